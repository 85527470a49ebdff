"""Normalisation with an exact map back to original offsets.

What it undoes (PRIMER §6, the evasion forms writers use to slip past filters):
- compatibility forms: full-width Latin and digits, circled and styled digits (NFKC, per character);
- case (Latin lower-cased);
- traditional characters (character-level table from OpenCC, rules/normalize/t2s.tsv);
- invisible characters: zero-width spaces and joiners, bidi controls, soft hyphens, BOM;
- combining marks stacked on characters;
- lone surrogates (U+FFFD, one-to-one);
- separators *between two CJK characters*: white space (also line breaks, which PDF extraction puts
  in the middle of words) and a configurable set of punctuation (赌*博, 赌 博, 赌·博).

How: every character whose normal form is not exactly one character, and every separator run
between CJK characters, is an "irregular" span found by one regex over the original text. Between
irregular spans the text goes through `str.translate` with a one-to-one table, so the offset map
is a short list of breakpoints (one per irregular span), not an array the size of the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence


from .resources import read_rule_text

# Zero-width and formatting characters that render as nothing: removed everywhere.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
# Default separators dropped between two CJK characters (besides white space).
DEFAULT_SKIP = "*＊·・•‧∙⋅_＿|｜~～^-－.．/／\\＼#＃+＋'\"`"

# What counts as CJK for the "between two CJK characters" test (Han ideographs incl. extensions and
# compatibility ideographs, and 〇); original text may be traditional. Explicit ranges let the
# stdlib `re` engine do this (3-4x faster here than `regex` with \p{Han}).
_CJK = ("\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
        # and characters that fold to Han: radicals (⼈), kanbun marks, circled ideographs (㊀), found
        # by fuzzing — without them ㊀#㊀ normalised to 一#一 and only a second pass removed the #
        "\u2e80-\u2fdf\u3190-\u319f\u3280-\u32b0\U0002f800-\U0002fa1f")
# Combining marks (Mn/Me) that can sit on any character.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u302a-\u302f\u3099\u309a"

# Astral ranges whose characters may fold (mathematical alphanumerics, enclosed alphanumerics,
# CJK compatibility supplement), matched as irregular spans.
_ASTRAL_FOLD = "\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff\U0002f800-\U0002fa1f"

# Code point ranges where NFKC/case folding changes characters (checked once, on first use).
_FOLD_RANGES: tuple[tuple[int, int], ...] = (
    (0x0041, 0x005A),  # A-Z
    (0x00A0, 0x024F),  # Latin-1, Latin Extended (ligatures, superscripts, accented capitals)
    (0x02B0, 0x02FF),
    (0x0370, 0x03FF),  # Greek (ΑΒΓ lookalikes)
    (0x0400, 0x04FF),  # Cyrillic
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x2BFF),  # punctuation, super/subscripts, letterlike, number forms, enclosed alnum
    (0x2E80, 0x2FDF),  # CJK radicals (⼈ -> 人)
    (0x3000, 0x33FF),  # CJK symbols, enclosed CJK, compatibility
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE10, 0xFE6F),  # vertical and small forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x1D400, 0x1D7FF),  # mathematical alphanumerics (𝟏 𝐀)
    (0x1F100, 0x1F1FF),  # enclosed alphanumeric supplement (🄰)
    (0x2F800, 0x2FA1F),  # CJK compatibility supplement
)


@dataclass(frozen=True)
class NormalizedText:
    """The normalised text and the map from its indices back to the original's."""

    original: str
    text: str
    # Irregular spans, sorted: normalised [n_start, n_start+n_len) <-> original [o_start, o_start+o_len).
    _n_starts: Sequence[int]
    _n_lens: Sequence[int]
    _o_starts: Sequence[int]
    _o_lens: Sequence[int]
    # Normalised offsets where a removed line break still ends a sentence: before a heading
    # (一、 （二） 3. 第四条) or after a short title line. Removing line breaks between CJK
    # characters mends words broken by PDF extraction; these breaks were structure, not wrapping.
    breaks: Sequence[int] = ()

    def _locate(self, n: int) -> tuple[int, int]:
        """Original [start, end) of the character at normalised index n (0 <= n < len(text))."""
        i = bisect.bisect_right(self._n_starts, n) - 1
        if i < 0:
            return n, n + 1
        ns, nl, os_, ol = self._n_starts[i], self._n_lens[i], self._o_starts[i], self._o_lens[i]
        if n < ns + nl:  # inside an expansion: every output char maps to the whole source span
            return os_, os_ + ol
        o = os_ + ol + (n - ns - nl)
        return o, o + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original span that produced it."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}-{end} outside normalised text of length {len(self.text)}")
        return self._locate(start)[0], self._locate(end - 1)[1]

    def to_normalized(self, orig: int) -> int:
        """The first normalised index at or after original offset `orig` (for rules that work on lines)."""
        i = bisect.bisect_right(self._o_starts, orig) - 1
        if i < 0:
            return orig
        ns, nl, os_, ol = self._n_starts[i], self._n_lens[i], self._o_starts[i], self._o_lens[i]
        if orig < os_ + ol:
            return ns
        return ns + nl + (orig - os_ - ol)

    @property
    def changed(self) -> bool:
        return bool(self._n_starts) or self.text != self.original


class Normalizer:
    """Turns text into its matching form. Immutable and thread-safe once built."""

    def __init__(self, skip: str = DEFAULT_SKIP, *, traditional: bool = True) -> None:
        self.skip = skip
        self.traditional = traditional
        table, multi = _build_tables(traditional)
        self._table = table  # BMP code point -> code point (one-to-one part), as a list for speed
        self._multi = multi  # character -> replacement that is not one BMP character (deletions, expansions, astral)
        # Separators: the skip set, plus every character whose normal form is made of separators
        # only (﹡ -> *, … -> ...), plus combining marks, so that one pass removes what a second
        # pass would (normalisation is idempotent; property-tested).
        skip_set = set(skip)
        folds_to_sep = [chr(cp) for cp in range(0x10000) if table[cp] != cp and chr(table[cp]) in skip_set]
        folds_to_sep += [c for c, r in multi.items() if r and all(x in skip_set or x.isspace() for x in r)]
        sep = "".join(re.escape(c) for c in sorted(skip_set | set(folds_to_sep)))
        sep_class = rf"[\s{sep}{INVISIBLE}{_MARKS}]"
        # Astral characters stay out of the class (`re` matches them by linear search): the ranges
        # where NFKC changes astral characters are listed as ranges instead.
        multi_class = "".join(re.escape(c) for c in sorted(multi) if ord(c) <= 0xFFFF) + _ASTRAL_FOLD
        # Alternative 1: a separator run between two CJK characters (dropped whole).
        # Alternative 2: a character whose normal form is not one character; combining marks.
        self._irregular = re.compile(rf"(?<=[{_CJK}])(?P<sep>{sep_class}+)(?=[{_CJK}])|[{multi_class}]|[{_MARKS}]+")

    def normalize(self, text: str) -> NormalizedText:
        out: list[str] = []
        n_starts: list[int] = []
        n_lens: list[int] = []
        o_starts: list[int] = []
        o_lens: list[int] = []
        table = self._table
        multi = self._multi
        breaks: list[int] = []
        pos = 0
        npos = 0
        for m in self._irregular.finditer(text):
            a, b = m.span()
            if a > pos:
                chunk = text[pos:a].translate(table)
                out.append(chunk)
                npos += len(chunk)
            src = m.group()
            if m.start("sep") == -1 and len(src) == 1 and (src in multi or src > "\uffff"):
                rep = multi.get(src, src)
            else:  # separator run or combining marks: dropped
                rep = ""
                if "\n" in src and _hard_break(text, a, b):
                    breaks.append(npos)
            out.append(rep)
            n_starts.append(npos)
            n_lens.append(len(rep))
            o_starts.append(a)
            o_lens.append(b - a)
            npos += len(rep)
            pos = b
        if pos < len(text):
            out.append(text[pos:].translate(table))
        return NormalizedText(text, "".join(out), n_starts, n_lens, o_starts, o_lens, breaks)

    def normalize_term(self, term: str) -> str:
        """A term's matching form: the same pipeline, so terms and text always agree."""
        if self._irregular.search(term) is None:  # fast path: one-to-one characters only
            return term.translate(self._table)
        return self.normalize(term).text


_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．]|第[一二三四五六七八九十百0-9]+[章节条款部分]")
TITLE_LINE = 22  # a line this short before a break is a heading or title, not wrapped prose


def _hard_break(text: str, a: int, b: int) -> bool:
    """Whether the line break in text[a:b] (between two CJK characters) ends a sentence: a heading
    follows, or a short title line is followed by a longer line (PDF wrapping gives lines of
    similar length, and mends words such as 转|变 across them)."""
    if _HEADING.match(text, b):
        return True
    line_start = text.rfind("\n", 0, a) + 1
    nxt = text.find("\n", b)
    next_len = (nxt if nxt != -1 else len(text)) - b
    return a - line_start < TITLE_LINE <= next_len


@lru_cache(maxsize=4)
def _build_tables(traditional: bool) -> tuple[list[int], dict[str, str]]:
    """Build the one-to-one translate table and the map of irregular characters.

    The table is a list indexed by BMP code point (str.translate looks it up ~2x faster than a
    dict); astral mappings (𝟏, compatibility ideographs) are rare and handled as irregular spans.
    Cached per process: the tables are immutable data derived from Unicode and rules/ files.
    """
    t2s: dict[str, str] = load_t2s() if traditional else {}
    table: dict[int, str] = {}
    multi: dict[str, str] = {}

    def fold(ch: str) -> str:
        out = unicodedata.normalize("NFKC", ch).lower()
        # NFKC can emit combining marks or traditional characters; finish them too.
        out = "".join(t2s.get(c, c) for c in out if not unicodedata.category(c).startswith("M"))
        return out

    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.category(ch) in ("Cn", "Cs"):
                continue
            f = fold(ch)
            if f != ch and not f.strip() and not ch.isspace():
                # spacing diacritics (゛ ¨ ˘) fold to a space plus a mark: drop them, or the space
                # they leave behind would only disappear on a second pass (found by fuzzing)
                multi[ch] = ""
                continue
            if f != ch:
                if len(f) == 1:
                    table[cp] = f
                else:
                    multi[ch] = f
    for t, s in t2s.items():
        table[ord(t)] = s
    for ch in _expand_class(INVISIBLE):
        multi[ch] = ""
        table.pop(ord(ch), None)
    for ch in multi:
        table.pop(ord(ch), None)
    for cp in [cp for cp in table if cp > 0xFFFF]:
        multi[chr(cp)] = table.pop(cp)
    as_list = list(range(0x10000))
    for cp, rep in table.items():
        as_list[cp] = ord(rep)
    # Lone surrogates (possible in Python str from broken decoders) cannot be encoded for the
    # matcher: fold them one-to-one to U+FFFD so offsets are unchanged.
    for cp in range(0xD800, 0xE000):
        as_list[cp] = 0xFFFD
    return as_list, multi


def _expand_class(spec: str) -> Iterable[str]:
    """Expand a character-class body like 'a-c\\u200b' (already unescaped) into characters."""
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            for cp in range(ord(spec[i]), ord(spec[i + 2]) + 1):
                yield chr(cp)
            i += 3
        else:
            yield spec[i]
            i += 1


@lru_cache(maxsize=1)
def load_t2s() -> dict[str, str]:
    """The traditional->simplified character table shipped in rules/normalize/t2s.tsv."""
    out: dict[str, str] = {}
    for line in read_rule_text("normalize/t2s.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        t, s = line.split("\t")
        out[t] = s
    return out
