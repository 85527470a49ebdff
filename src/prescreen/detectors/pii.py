"""Personal information (category `privacy`, PRIMER §5): rules PD101–PD108 and PD201.

Where things are found: identifiers are matched on the normalised text (`doc.text`: NFKC, lower
case, full-width digits already ASCII; digits keep their spaces and hyphens) and hits carry
normalised offsets. Context is read from the ORIGINAL text instead, folded one-to-one (traditional →
simplified, full-width ASCII → ASCII, Latin lower case) so that offsets still line up: normalisation
removes white space between two Han characters, which joins table cells (王明\\t城市低保) and lines
(…头闸镇\\n县防汛抗旱指挥部…) — exactly the structure that says whose number a number is.

Number tokens: one regex finds maximal runs of digits joined by single spaces or hyphens, never
preceded or followed by a digit, a Latin letter, a mask character or a decimal point. A token is
judged whole (138 1234 5678 and 6222 0212 3456 7890 123 are one identifier each); when it has several
space-separated groups each group is also judged on its own (a row "1 13812345678 2"). A sub-run of a
longer digit run (文号, 订单号, 合同编号, 20-digit accounts) is never a candidate: there is no token
boundary inside it.

Data: the words that make a number personal or public (联系人 / 咨询电话 / 收款单位 …) are in each
rule file's `params` (read here as `self.params`); surnames and name stop-words are data files under
rules/privacy/. Suggestions are the masked form of the original characters.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional, Sequence

import regex

from .. import validate as V
from ..config import MaskingPolicy
from ..masking import MASK_CHARS, mask_as, mask_positions, transfer_mask
from ..models import Genre, Severity
from ..normalize import load_t2s
from ..resources import read_rule_text
from .base import Detector, Doc, Hit, alternation

DETECTORS = {
    "PD101": "IdNumber",
    "PD102": "MobileNumber",
    "PD103": "BankCard",
    "PD104": "TravelDocument",
    "PD105": "Email",
    "PD106": "HomeAddress",
    "PD107": "SensitiveAttribute",
    "PD108": "IndividualCreditCode",
    "PD201": "MaskInsufficient",
}

_M = regex.escape(MASK_CHARS)
# A number token (see the module docstring): digit groups joined by single spaces or hyphens, maybe a
# final check character x. Its neighbours are checked in Python (a look-behind at every position of
# the text costs ten times more than the match itself).
# Only tokens of 11+ characters can be identifiers (a mobile has 11 digits): shorter digit runs fail
# inside the regex engine instead of costing a Python-level match each.
_NUM = regex.compile(r"[0-9](?:[0-9]|[ \-](?=[0-9])){10,}x?")
_NOT_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_" + MASK_CHARS)
_NOT_AFTER = _NOT_BEFORE | {"@"}
_ALNUM_RUN = regex.compile(r"[0-9a-z]+")
_GROUP = regex.compile(r"[0-9]+x?")
_HAN_RUN = regex.compile(r"[\p{Han}\u3007]+", regex.V1)
# Characters that mask part of a name in the original text (李*华, 王×明, 张○).
_NAME_MASKS = MASK_CHARS + "xX＊"
# Table cells: tabs, runs of 2+ spaces, ideographic spaces (folded to ASCII space here).
_CELL_SPLIT = regex.compile(r"\t+| {2,}")

_MOBILE_GROUPS = {(11,), (3, 4, 4), (3, 8), (7, 4), (4, 4, 3)}
_ID18_GROUPS = {(18,), (6, 8, 4), (6, 4, 4, 4), (6, 12)}
_ID15_GROUPS = {(15,), (6, 6, 3)}


# --- number candidates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumCand:
    """A candidate identifier inside a number token (normalised offsets)."""

    start: int
    end: int
    digits: str  # digits (and a final 'x') without separators
    lens: tuple[int, ...]  # group lengths
    plus: bool  # written with a leading '+'
    whole: bool  # the whole token (False: one space-separated group of it)


def _group3(text: str, i: int) -> bool:
    """text[i:] starts with exactly three digits: a thousands group after a comma."""
    return text[i:i + 3].isdigit() and len(text[i:i + 3]) == 3 and not text[i + 3:i + 4].isdigit()


def number_tokens(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, has '+') of every number token whose neighbours are not digits, Latin letters,
    mask characters or a decimal point; `start` includes a leading '+' / '+ '."""
    n = len(text)
    for m in _NUM.finditer(text):
        s, e = m.span()
        if s > 0:
            p = text[s - 1]
            # a decimal part, or the tail group of 1,234,567 (a group is exactly three digits);
            # NFKC turns the Chinese comma "，" into ",", so "…1237，2019年" must not join up
            if p in _NOT_BEFORE or (s > 1 and text[s - 2].isdigit() and (p == "." or (p == "," and e - s == 3))):
                continue
        if e < n:
            q = text[e]
            if q in _NOT_AFTER or (q == "." and e + 1 < n and text[e + 1].isdigit()) or (q == "," and _group3(text, e + 1)):
                continue
        if s > 0 and text[s - 1] == "+":
            yield s - 1, e, True
        elif s > 1 and text[s - 2:s] == "+ ":
            yield s - 2, e, True
        else:
            yield s, e, False


MIN_TOKEN = 8  # the shortest identifier a rule looks for (台胞证: 8 digits); shorter tokens are years, counts


def doc_numbers(doc: Doc) -> list[list[NumCand]]:
    """number_candidates of the document, computed once per check and shared by the PD rules."""
    cached = doc.extra.get("pii_numbers")
    if cached is None:
        cached = doc.extra["pii_numbers"] = list(number_candidates(doc.text))
    return cached


def number_candidates(text: str) -> Iterator[list[NumCand]]:
    """For every number token: the whole token first, then its single groups (space-separated)."""
    for start, end, plus in number_tokens(text):
        if end - start < MIN_TOKEN:
            continue
        ns = start + (2 if plus and text[start + 1] == " " else 1 if plus else 0)
        groups = [g.span() for g in _GROUP.finditer(text, ns, end)]
        digits = "".join(text[a:b] for a, b in groups)
        out = [NumCand(start, end, digits, tuple(b - a for a, b in groups), plus, True)]
        if len(groups) > 1:
            for i, (a, b) in enumerate(groups):
                if (i == 0 or text[a - 1] == " ") and (i == len(groups) - 1 or text[b] == " "):
                    if i == 0 and plus:
                        continue
                    out.append(NumCand(a, b, text[a:b], (b - a,), False, False))
        yield out


def as_mobile(c: NumCand) -> Optional[tuple[str, str]]:
    """(country code, 11-digit number) if the candidate is a mobile number in an allocated range."""
    d = c.digits
    if "x" in d:
        return None
    lens = c.lens
    cc = ""
    if len(d) in (13, 15):
        cc, rest = V.strip_country_code(d)
        if not cc:
            return None
        if not c.plus and lens[0] != len(cc):  # 8613812345678 without '+' or a separator: not sure
            return None
        first = lens[0] - len(cc)
        lens = ((first,) if first else ()) + lens[1:]
        d = rest
    elif len(d) != 11:
        return None
    if lens not in _MOBILE_GROUPS or not V.mobile_valid(d):
        return None
    return cc, d


def as_card(c: NumCand) -> Optional[str]:
    d = c.digits
    if not V.bank_card_shape(d):
        return None
    lens = c.lens
    if len(lens) == 1 or (len(lens) == 2 and lens[0] == 6):
        return d
    if len(lens) >= 4 and all(n == 4 for n in lens[:-1]) and 1 <= lens[-1] <= 4:
        return d
    return None


def as_id(c: NumCand) -> Optional[str]:
    d = c.digits
    if c.plus:
        return None
    if len(d) == 18 and c.lens in _ID18_GROUPS:
        return d.upper()
    if len(d) == 15 and d.isdigit() and c.lens in _ID15_GROUPS:
        return d
    return None


# --- word lists and names ---------------------------------------------------------------------------


def _words(params: dict[str, Any], key: str) -> list[str]:
    v = params.get(key, [])
    if isinstance(v, str):
        v = [w.strip() for w in v.replace("\n", ",").split(",")]
    return [w for w in v if w]


class Cues:
    """A word list compiled into one alternation (longest first)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted({w for w in words if w}, key=len, reverse=True)
        self._re = regex.compile(alternation(self.words)) if self.words else None

    def last(self, text: str) -> Optional[str]:
        found = None
        if self._re is not None and text:
            for m in self._re.finditer(text):
                found = m.group()
        return found

    def last_at(self, text: str) -> int:
        """Start of the last occurrence in `text`, or -1."""
        pos = -1
        if self._re is not None and text:
            for m in self._re.finditer(text):
                pos = m.start()
        return pos

    def first(self, text: str) -> Optional[str]:
        if self._re is None or not text:
            return None
        m = self._re.search(text)
        return m.group() if m else None

    def finditer(self, text: str) -> Iterator[Any]:
        if self._re is None:
            return iter(())
        return self._re.finditer(text)


@lru_cache(maxsize=4)
def load_surnames(relpath: str) -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from a data file under rules/."""
    single: set[str] = set()
    compound: set[str] = set()
    for line in read_rule_text(relpath).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) == 2:
            compound.add(line)
        else:
            single.update(c for c in line if not c.isspace())
    return frozenset(single), frozenset(compound)


@lru_cache(maxsize=4)
def load_word_file(relpath: str) -> frozenset[str]:
    words: set[str] = set()
    for line in read_rule_text(relpath).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            words.update(line.split())
    return frozenset(words)


class Names:
    """Shape-based recognition of personal names (2–3 Han characters starting with a surname)."""

    def __init__(self, params: dict[str, Any]) -> None:
        self.single, self.compound = load_surnames(params.get("surnames_file", "privacy/surnames.txt"))
        self.stop = set(_words(params, "name_stopwords"))
        if params.get("name_stopwords_file"):
            self.stop |= load_word_file(params["name_stopwords_file"])
        self.stop_suffixes = tuple(_words(params, "name_stop_suffixes"))
        self.prefixes = tuple(sorted(_words(params, "name_prefixes"), key=len, reverse=True))

    def is_name(self, run: str) -> bool:
        if run in self.stop or (self.stop_suffixes and run.endswith(self.stop_suffixes)):
            return False
        if "某" in run:  # 张某, 李某某: a masked name, but still a person
            return 2 <= len(run) <= 3 and run[0] in self.single or run[:2] in self.compound
        if run[:2] in self.compound:
            return 3 <= len(run) <= 4
        return 2 <= len(run) <= 3 and run[0] in self.single

    def name_in_run(self, run: str) -> Optional[str]:
        """The run is a name, or ends with a role/title word followed by a name (志愿者队长唐勇)."""
        if self.is_name(run):
            return run
        for p in self.prefixes:
            i = run.rfind(p)
            if i != -1 and 2 <= len(run) - i - len(p) <= 3:
                cand = run[i + len(p):]
                if self.is_name(cand):
                    return cand
        return None

    def name_before(self, runs: Sequence[str], skip: Sequence[str] = (), max_runs: int = 4) -> Optional[str]:
        """A name among the nearest Han runs before a number. Label runs (联系电话) are skipped; any
        other long run (prose) ends the search."""
        for run in reversed(list(runs)[-max_runs:]):
            name = self.name_in_run(run)
            if name:
                return name
            if skip and run.endswith(tuple(skip)):
                continue
            if len(run) >= 4:
                return None
        return None

    def name_after(self, runs: Sequence[str]) -> Optional[str]:
        return runs[0] if runs and self.is_name(runs[0]) else None


# --- context on the folded original text ------------------------------------------------------------


@lru_cache(maxsize=2)
def _fold_table(traditional: bool) -> dict[int, int]:
    table: dict[int, int] = {}
    if traditional:
        table.update({ord(k): ord(v) for k, v in load_t2s().items()})
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII forms
        table[cp] = cp - 0xFEE0
    table[0x3000] = 0x20
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = cp + 32
    for cp in range(0xFF21, 0xFF3B):  # Ａ-Ｚ -> a-z
        table[cp] = cp - 0xFEE0 + 32
    return table


_RAW_STOPS = "\n。;；!！?？"  # clause ends as written in the original text
_RAW_AFTER_STOPS = _RAW_STOPS + ",，、"


class Ctx:
    """The original text of one document with the helpers rules use to read the clause, line, table
    row and table header around a span. Slices come back folded one-to-one (traditional → simplified,
    full-width ASCII → ASCII, lower case), so offsets into them are offsets into the original. Only
    the slices a rule asks for are folded: the whole text never is."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.raw = doc.original
        self._table = _fold_table(doc.config.traditional)
        self._headers: dict[int, Optional[list[str]]] = {}

    def fold(self, a: int, b: int) -> str:
        return self.raw[a:b].translate(self._table)

    def orig(self, s: int, e: int) -> tuple[int, int]:
        return self.doc.norm.to_original(s, e)

    def before(self, os: int, limit: int = 40, stops: str = _RAW_STOPS) -> tuple[int, str]:
        t = self.raw
        a = os
        lo = max(0, os - limit)
        while a > lo and t[a - 1] not in stops:
            a -= 1
        return a, self.fold(a, os)

    def after(self, oe: int, limit: int = 15, stops: str = _RAW_AFTER_STOPS) -> str:
        t = self.raw
        b = oe
        hi = min(len(t), oe + limit)
        while b < hi and t[b] not in stops:
            b += 1
        return self.fold(oe, b)

    def line_bounds(self, os: int) -> tuple[int, int]:
        t = self.raw
        a = t.rfind("\n", 0, os) + 1
        b = t.find("\n", os)
        return a, (len(t) if b == -1 else b)

    def previous_line(self, a: int, limit: int = 60) -> str:
        """The line ending right before line start `a`, capped to its last `limit` chars."""
        if a <= 0:
            return ""
        end = a - 1
        start = self.raw.rfind("\n", 0, end) + 1
        return self.fold(max(start, end - limit), end)

    def lines_before(self, os: int, nlines: int = 3, limit: int = 160) -> str:
        """Up to `nlines` lines above (plus the current line's start); stops at a blank line."""
        t = self.raw
        lo = max(0, os - limit)
        a = os
        seen = 0
        while a > lo:
            if t[a - 1] == "\n":
                if a >= 2 and t[a - 2] == "\n":
                    break
                seen += 1
                if seen > nlines:
                    break
            a -= 1
        return self.fold(a, os)

    @staticmethod
    def cells(line: str) -> list[tuple[int, int]]:
        """Cell spans of a (folded) table line: cells are separated by tabs or 2+ spaces."""
        out = []
        pos = 0
        for m in _CELL_SPLIT.finditer(line):
            if m.start() > pos and line[pos:m.start()].strip():
                out.append((pos, m.start()))
            pos = m.end()
        if pos < len(line) and line[pos:].strip():
            out.append((pos, len(line)))
        return out

    def row_spans(self, os: int) -> Optional[tuple[int, list[tuple[int, int]], int]]:
        """(line start, cell spans, index of the cell holding `os`); None outside tables."""
        a, b = self.line_bounds(os)
        line = self.fold(a, b)
        cs = self.cells(line)
        if len(cs) < 3:
            return None
        rel = os - a
        idx = next((i for i, (x, y) in enumerate(cs) if x <= rel < y), None)
        return None if idx is None else (a, cs, idx)

    def row(self, os: int) -> Optional[tuple[list[str], int]]:
        """The cells of the table row holding `os`, and the index of its cell; None outside tables."""
        rs = self.row_spans(os)
        if rs is None:
            return None
        a, cs, idx = rs
        line = self.fold(a, a + cs[-1][1])
        return [line[x:y].strip() for x, y in cs], idx

    def header(self, os: int, max_rows: int = 200) -> Optional[tuple[list[str], int]]:
        """The header row of the table holding `os` (the topmost row above with the same number of
        cells) and the column index; None outside tables or on the header row itself."""
        rs = self.row_spans(os)
        if rs is None:
            return None
        a, cs, idx = rs
        if a not in self._headers:
            found = None
            walked = []
            p = a
            for _ in range(max_rows):
                if p <= 0:
                    break
                if p in self._headers:  # a row above already knows its header
                    found = self._headers[p] or found
                    break
                end = p - 1
                start = self.raw.rfind("\n", 0, end) + 1
                line = self.fold(start, end)
                pc = self.cells(line)
                if len(pc) != len(cs):
                    break
                found = [line[x:y].strip() for x, y in pc]
                walked.append(start)
                p = start
            for w in walked:
                self._headers.setdefault(w, found)
            self._headers[a] = found
        found = self._headers[a]
        return (found, idx) if found else None


def han_runs(text: str) -> list[str]:
    return _HAN_RUN.findall(text)


def masked_suggestion(doc: Doc, s: int, e: int, masked_norm: str) -> str:
    """The mask computed on normalised text [s, e) carried over to the original characters."""
    a, b = doc.norm.to_original(s, e)
    return transfer_mask(doc.original[a:b], doc.text[s:e], masked_norm)


def policy(doc: Doc) -> MaskingPolicy:
    return doc.config.masking


def _today() -> _dt.date:
    return _dt.date.today()


class _ContextMixin:
    """Person / office cues around a span, from the rule's params."""

    params: dict[str, Any]

    def _init_context(self) -> None:
        p = self.params
        self.person = Cues(_words(p, "person_words"))
        self.office = Cues(_words(p, "office_words"))
        self.person_columns = Cues(_words(p, "person_columns"))
        self.office_suffixes = tuple(_words(p, "office_suffixes"))
        self.office_exclude = tuple(_words(p, "office_exclude"))
        self.label_tails = tuple(_words(p, "label_tails"))
        self.names = Names(p)

    def _dept_run(self, runs: Sequence[str]) -> Optional[str]:
        """A Han run that names a department or organisation (…局, …科, …中心, …有限公司)."""
        for run in runs:
            core = run
            for tail in self.label_tails:  # 民政局电话 -> 民政局
                if core.endswith(tail) and len(core) > len(tail):
                    core = core[: -len(tail)]
                    break
            if len(core) >= 3 and core.endswith(self.office_suffixes) \
                    and not any(x in core for x in self.office_exclude):
                return run
        return None

    def clause_cues(self, before: str, after: str) -> tuple[Optional[str], Optional[str]]:
        runs_b, runs_a = han_runs(before), han_runs(after)
        person = (self.person.last(before) or self.person.first(after)
                  or self.names.name_before(runs_b, self.label_tails) or self.names.name_after(runs_a))
        office = (self.office.last(before) or self.office.first(after)
                  or self._dept_run(runs_b[-2:]) or self._dept_run(runs_a[:1]))
        return person, office

    def table_cues(self, ctx: Ctx, os: int) -> tuple[Optional[str], Optional[str]]:
        """Cues from the other cells of a table row and from the header row."""
        row = ctx.row(os)
        if row is None:
            return None, None
        cells, idx = row
        others = [c for i, c in enumerate(cells) if i != idx]
        person = next((c for c in others if self.names.is_name(c)), None)
        office = self._dept_run([c for c in others if _HAN_RUN.fullmatch(c)])
        head = ctx.header(os)
        if head is not None:
            hcells, hidx = head
            col = hcells[hidx] if hidx < len(hcells) else ""
            person = person or self.person.last(col) or self.person_columns.first(" ".join(hcells))
            office = office or self.office.last(col)
        return person, office

    def cues(self, ctx: Ctx, os: int, oe: int, limit: int = 40) -> tuple[Optional[str], Optional[str]]:
        """(person cue, office cue) for the span [os, oe) of the original text: the clause, then the
        table row and header, then the line above (联系人：张三\\n联系电话：138…)."""
        a, before = ctx.before(os, limit)
        person, office = self.clause_cues(before, ctx.after(oe))
        if person is None or office is None:
            tp, to = self.table_cues(ctx, os)
            person, office = person or tp, office or to
        if person is None and office is None and a > 0 and ctx.raw[a - 1] == "\n":
            person, office = self.clause_cues(ctx.previous_line(a), "")
        return person, office


# --- PD101 resident ID ------------------------------------------------------------------------------


_ID_KINDS = {
    "resident": "居民身份证号码",
    "permit": "港澳台居民居住证号码",
    "foreigner": "外国人永久居留身份证号码",
}


class IdNumber(Detector):
    """Resident ID (18 / 15 digits), HK/MO/TW residence permits, foreigner permanent-residence cards."""

    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        self.other_labels = Cues(_words(self.params, "non_person_labels"))
        self.credit_labels = Cues(_words(self.params, "credit_labels"))
        self.id_labels = Cues(_words(self.params, "id_labels"))

    def find(self, doc: Doc) -> Iterable[Hit]:
        ctx: Optional[Ctx] = None
        today = _today()
        for cands in doc_numbers(doc):
            for c in cands:
                d = as_id(c)
                if d is None:
                    continue
                if len(d) == 18 and not V.id18_valid(d, today):
                    continue
                if len(d) == 15 and not (V.id15_valid(d, today) and V.region_plausible(d[:6])):
                    continue
                ctx = ctx or Ctx(doc)
                hit = self._judge(doc, ctx, c, d, today)
                if hit is not None:
                    yield hit
                if c.whole:
                    break  # the whole token is the ID: its groups are not looked at

    def _labels(self, ctx: Ctx, os: int) -> str:
        """The label zone of a number: the clause before it, the line above when the clause is
        empty, and the table column header."""
        a, before = ctx.before(os, 24)
        zone = before
        if not before.strip(" :\t"):
            zone = ctx.previous_line(a, 30) + " " + before
        head = ctx.header(os)
        if head is not None:
            hcells, idx = head
            zone = (hcells[idx] if idx < len(hcells) else "") + " " + zone
        return zone

    def _judge(self, doc: Doc, ctx: Ctx, c: NumCand, d: str, today: _dt.date) -> Optional[Hit]:
        os, oe = ctx.orig(c.start, c.end)
        zone = self._labels(ctx, os)
        sev, score, why = Severity.BLOCK, 1.0, []
        if len(d) == 18:
            kind = V.id_kind(d)
            why.append(_ID_KINDS[kind or "resident"] + "，校验位与出生日期均有效")
            if kind == "resident" and not V.region_plausible(d[:6]):
                sev, score = Severity.REVIEW, 0.6
                why.append(f"地区码 {d[:2]} 不在省级代码表中（软信号）")
            if kind == "foreigner" and not V.foreigner_id_plausible(d):
                sev, score = Severity.REVIEW, 0.6
                why.append("外国人永久居留身份证的省份/国籍代码不常见")
            if V.credit_code_valid(d):
                if self.credit_labels.last(zone):
                    return None  # a numeric 统一社会信用代码 that also passes the ID check
                sev, score = Severity.REVIEW, min(score, 0.5)
                why.append("同时符合统一社会信用代码校验")
        else:
            why.append("15位旧版身份证号码（无校验位），出生日期有效")
            if not self.id_labels.last(zone):
                sev, score = Severity.REVIEW, 0.5
                why.append("附近没有“身份证”等标签")
        other = self.other_labels.last(zone)
        if other and not self.id_labels.last(zone):
            if len(d) == 15:
                return None
            sev, score = Severity.REVIEW, min(score, 0.5)
            why.append(f"标签“{other}”表明可能是其他编号")
        masked = mask_as("id", doc.text[c.start:c.end], policy(doc))
        return Hit(c.start, c.end, severity=sev, score=score, explanation="；".join(why),
                   suggestion=masked_suggestion(doc, c.start, c.end, masked))


# --- PD102 mobile -----------------------------------------------------------------------------------

_CC_BEFORE = regex.compile(r"[(（]\s?\+?\s?(?:86|0086)\s?[)）]\s?$")


class MobileNumber(_ContextMixin, Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        self._init_context()
        self.other_labels = Cues(_words(self.params, "non_person_labels"))
        self.phone_labels = Cues(_words(self.params, "phone_labels"))

    def find(self, doc: Doc) -> Iterable[Hit]:
        ctx: Optional[Ctx] = None
        for cands in doc_numbers(doc):
            for c in cands:
                if as_mobile(c) is None:
                    continue
                ctx = ctx or Ctx(doc)
                hit = self._judge(doc, ctx, c)
                if hit is not None:
                    yield hit
                if c.whole:
                    break  # the whole token is a mobile: its groups are not looked at

    def _judge(self, doc: Doc, ctx: Ctx, c: NumCand) -> Optional[Hit]:
        t = doc.text
        s = c.start
        m = _CC_BEFORE.search(t, max(0, s - 10), s)
        if m:  # (+86)13812345678
            s = m.start()
        os, oe = ctx.orig(s, c.end)
        _, clause = ctx.before(os, 20)
        if self.other_labels.last_at(clause) > self.phone_labels.last_at(clause):
            return None  # 流水号：13812345678 — a number of another kind that looks like a mobile
        person, office = self.cues(ctx, os, oe)
        if office and not person:
            return None  # an office contact published on purpose
        if person and not office:
            sev, score, why = Severity.BLOCK, 0.95, f"手机号码，个人语境“{person}”"
        elif person and office:
            sev, score, why = Severity.REVIEW, 0.6, f"手机号码，个人语境“{person}”与单位语境“{office}”并存"
        else:
            sev, score, why = Severity.REVIEW, 0.5, "手机号码，语境不明（非单位联系方式时应去标识化）"
        masked = mask_as("mobile", t[s:c.end], policy(doc))
        return Hit(s, c.end, severity=sev, score=score, explanation=why,
                   suggestion=masked_suggestion(doc, s, c.end, masked))


# --- PD103 bank card --------------------------------------------------------------------------------


class BankCard(_ContextMixin, Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        self._init_context()
        self.card_words = Cues(_words(self.params, "card_words"))
        self.org = Cues(_words(self.params, "org_words"))
        self.org_exclude = tuple(_words(self.params, "org_exclude"))
        self.other_labels = Cues(_words(self.params, "non_person_labels"))
        self.id_words = Cues(_words(self.params, "id_words"))

    def find(self, doc: Doc) -> Iterable[Hit]:
        ctx: Optional[Ctx] = None
        today = _today()
        for cands in doc_numbers(doc):
            c = cands[0]  # cards: whole tokens only (groups of a card are not cards)
            d = as_card(c)
            if d is None:
                continue
            if len(d) == 18 and (V.id18_valid(d, today) or V.credit_code_valid(d)):
                continue  # an ID (PD101) or a numeric credit code
            ctx = ctx or Ctx(doc)
            hit = self._judge(doc, ctx, c, d)
            if hit is not None:
                yield hit

    def _org_cue(self, text: str) -> Optional[str]:
        w = self.org.last(text)
        if w:
            return w
        for run in han_runs(text):
            if any(x in run for x in self.org_exclude):
                continue
            if len(run) >= 3 and run.endswith(self.office_suffixes):
                return run
        return None

    def _person_cue(self, text: str, after: str) -> Optional[str]:
        named = (self.names.name_in_run(r) for r in reversed(han_runs(text)))
        return (self.person.last(text) or self.person.first(after)
                or next((n for n in named if n), None) or self.names.name_after(han_runs(after)))

    def _judge(self, doc: Doc, ctx: Ctx, c: NumCand, d: str) -> Optional[Hit]:
        os, oe = ctx.orig(c.start, c.end)
        a, clause = ctx.before(os, 40)
        after = ctx.after(oe)
        if self.other_labels.last(clause):
            return None
        if self.id_words.last_at(clause) > self.card_words.last_at(clause):
            return None  # labelled as an ID number that fails validation: not a card either
        # the clause decides first; the lines above (户名：张三\n开户行：…\n卡号：…) only when it is silent
        person, org = self._person_cue(clause, after), self._org_cue(clause)
        tp, to = self.table_cues(ctx, os)
        person, org = person or tp, org or to
        window = ctx.lines_before(os)
        if person is None and org is None:
            person, org = self._person_cue(window, ""), self._org_cue(window)
        head = ctx.header(os)
        col = head[0][head[1]] if head and head[1] < len(head[0]) else ""
        cw = self.card_words
        card_ctx = cw.last(clause) or cw.last(window) or cw.first(after) or cw.last(col)
        luhn = V.luhn_valid(d)
        if org and not person:
            return None  # an organisation's account: public (收款单位, 财政, 缴款)
        sig = f"{len(d)}位，Luhn{'有效' if luhn else '无效'}" + ("，银联62开头" if V.is_unionpay(d) else "")
        if luhn and (card_ctx or person):
            sev, score = (Severity.REVIEW, 0.6) if org else (Severity.BLOCK, 0.95)
            why = f"银行卡号（{sig}），语境“{person or card_ctx}”"
        elif luhn:
            if not V.card_prefix_known(d):
                return None
            sev, score, why = Severity.REVIEW, 0.5, f"疑似银行卡号（{sig}），无上下文"
        elif card_ctx:  # Luhn fails (some UnionPay cards do): only a card word makes it one
            sev, score, why = Severity.REVIEW, 0.4, f"疑似银行卡号（{sig}），语境“{card_ctx}”"
        else:
            return None
        if org:
            why += f"；同时出现单位语境“{org}”"
        masked = mask_as("bankcard", doc.text[c.start:c.end], policy(doc))
        return Hit(c.start, c.end, severity=sev, score=score, explanation=why,
                   suggestion=masked_suggestion(doc, c.start, c.end, masked))


# --- PD104 passports and travel permits ------------------------------------------------------------

# Matched against whole runs of Latin letters and digits (found by _ALNUM_RUN).
_TRAVEL = regex.compile(
    r"(?P<pp>[egdsp](?:[0-9]{8}|[a-z][0-9]{7}))|(?P<hk>[chm](?:[0-9]{10}|[0-9]{8}|[a-z][0-9]{7}))"
    r"|(?P<tm>[lt][0-9]{8})|(?P<tw>[0-9]{8})",
    regex.V1,
)
_TRAVEL_NAMES = {"pp": "护照号码", "hk": "港澳通行证号码", "tm": "往来台湾通行证号码", "tw": "台胞证号码"}


class TravelDocument(Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        p = self.params
        self.words = {
            "pp": Cues(_words(p, "passport_words")),
            "hk": Cues(_words(p, "hkmo_words")),
            "tm": Cues(_words(p, "tw_mainland_words")),
            "tw": Cues(_words(p, "tw_words")),
        }
        self.generic = Cues(_words(p, "generic_words"))
        self.any_doc = Cues(_words(p, "passport_words") + _words(p, "hkmo_words")
                            + _words(p, "tw_mainland_words"))

    def find(self, doc: Doc) -> Iterable[Hit]:
        t = doc.text
        ctx: Optional[Ctx] = None
        for r in _ALNUM_RUN.finditer(t):
            if not 8 <= r.end() - r.start() <= 11:
                continue
            m = _TRAVEL.fullmatch(t, r.start(), r.end())
            if m is None or m.lastgroup is None:
                continue
            kind = m.lastgroup
            s, e = m.span()
            ctx = ctx or Ctx(doc)
            os, oe = ctx.orig(s, e)
            a, before = ctx.before(os, 30)
            if not before.strip(" :\t"):
                before = ctx.previous_line(a, 30) + " " + before
            head = ctx.header(os)
            if head is not None and head[1] < len(head[0]):
                before = head[0][head[1]] + " " + before  # the column header is the label
            after = ctx.after(oe, 10)
            if not after.startswith("("):
                after = ""  # only a parenthesised label right after the number: E12345678（护照）
            cue = self.words[kind].last(before) or self.words[kind].first(after)
            if cue is None and kind != "tw":
                cue = self.any_doc.last(before) or self.generic.last(before)
            if cue is None:
                continue
            masked = mask_as("passport", t[s:e], policy(doc))
            yield Hit(s, e, severity=Severity.BLOCK, score=0.9,
                      explanation=f"{_TRAVEL_NAMES[kind]}，语境“{cue}”",
                      suggestion=masked_suggestion(doc, s, e, masked))


# --- PD105 e-mail -----------------------------------------------------------------------------------

_EMAIL = regex.compile(
    r"(?<![a-z0-9._%+\-])(?P<local>[a-z0-9](?:[a-z0-9._%+\-]*[a-z0-9_])?)@"
    r"(?P<domain>[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,})"
    r"(?![a-z0-9\-])",
    regex.V1,
)


class Email(_ContextMixin, Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        self._init_context()
        self.free = set(_words(self.params, "free_mail_domains"))
        self.org_suffixes = tuple(_words(self.params, "org_domain_suffixes"))

    def _free(self, domain: str) -> bool:
        parts = domain.split(".")
        return any(".".join(parts[i:]) in self.free for i in range(len(parts) - 1))

    def find(self, doc: Doc) -> Iterable[Hit]:
        t = doc.text
        ctx: Optional[Ctx] = None
        for m in _EMAIL.finditer(t):
            s, e = m.span()
            domain = m.group("domain")
            if domain.endswith(self.org_suffixes):
                continue  # gov.cn, edu.cn, org.cn: an organisation's mailbox
            ctx = ctx or Ctx(doc)
            os, oe = ctx.orig(s, e)
            person, office = self.cues(ctx, os, oe, 30)
            if self._free(domain):
                if office and not person:
                    sev, score = Severity.REVIEW, 0.5
                    why = f"免费邮箱（{domain}），单位语境“{office}”：如为单位对外公开邮箱可放行"
                else:
                    sev, score = Severity.BLOCK, 0.9
                    why = f"个人免费邮箱（{domain}）" + (f"，个人语境“{person}”" if person else "")
            elif person and not office:
                sev, score, why = Severity.REVIEW, 0.5, f"邮箱位于个人语境“{person}”旁"
            else:
                continue  # a company or organisation domain next to an office label
            masked = mask_as("email", t[s:e], policy(doc))
            yield Hit(s, e, severity=sev, score=score, explanation=why,
                      suggestion=masked_suggestion(doc, s, e, masked))


# --- PD106 home address -----------------------------------------------------------------------------


_ADDRESS_WHY = "（门牌、楼栋、单元、室或村组）"


class HomeAddress(Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        p = self.params
        cues = sorted(_words(p, "address_cues"), key=len, reverse=True)
        alt = "|".join([regex.escape(c) for c in cues] + _words(p, "cue_patterns"))
        self._cue = regex.compile(rf"(?P<cue>{alt})[: (]*(?P<addr>[\p{{Han}}0-9a-z\-#()]{{4,60}})", regex.V1)
        self.detail = [regex.compile(x, regex.V1) for x in _words(p, "detail_patterns")]
        self.keep_levels = _words(p, "keep_levels")
        self.fallback_levels = _words(p, "fallback_levels")
        self.org_before = Cues(_words(p, "org_words"))
        self.column_cues = Cues(_words(p, "address_cues") + _words(p, "address_columns"))

    def _detail_end(self, addr: str) -> int:
        """End of the last detailed component in `addr`, or -1."""
        return max((m.end() for d in self.detail for m in d.finditer(addr)), default=-1)

    def find(self, doc: Doc) -> Iterable[Hit]:
        t = doc.text
        ctx: Optional[Ctx] = None
        # 1. an address after a cue word (住址：…, 家住…, ，住…)
        for m in self._cue.finditer(t):
            addr = m.group("addr")
            last = self._detail_end(addr)
            if last == -1:
                continue
            s = m.start("addr")
            e = s + last
            ctx = ctx or Ctx(doc)
            os, _ = ctx.orig(m.start(), m.end("cue"))
            _, before = ctx.before(os, 12)
            if self.org_before.last(before + m.group("cue")):
                continue  # 公司住址, 单位地址
            yield self._hit(doc, s, e, f"“{m.group('cue')}”后的详细地址")
        # 2. a table cell under an address column header (家庭住址 | 现住址)
        if "\t" in doc.original or "  " in doc.original:
            ctx = ctx or Ctx(doc)
            done: set[int] = set()
            for d in self.detail:
                for m in d.finditer(t):
                    os, _ = ctx.orig(m.start(), m.end())
                    rs = ctx.row_spans(os)
                    head = ctx.header(os) if rs else None
                    if rs is None or head is None or head[1] >= len(head[0]):
                        continue
                    col = head[0][head[1]]
                    if not self.column_cues.last(col):
                        continue
                    la, cells, idx = rs
                    cx, cy = cells[idx]
                    if la + cx in done:
                        continue
                    done.add(la + cx)
                    yield self._hit_orig(doc, la + cx, la + cy, f"表格“{col}”列中的详细地址")

    def _hit(self, doc: Doc, s: int, e: int, why: str) -> Hit:
        a, b = doc.norm.to_original(s, e)
        return Hit(s, e, severity=Severity.REVIEW, score=0.7, explanation=why + _ADDRESS_WHY,
                   suggestion=self._truncate(doc.original[a:b], policy(doc).mask_char))

    def _hit_orig(self, doc: Doc, a: int, b: int, why: str) -> Hit:
        return Hit(a, b, space="orig", severity=Severity.REVIEW, score=0.7, explanation=why + _ADDRESS_WHY,
                   suggestion=self._truncate(doc.original[a:b], policy(doc).mask_char))

    def _truncate(self, addr: str, char: str = "*") -> str:
        """Keep the address down to 街道/乡镇 level and hide the rest, character for character."""
        cut = -1
        for lvl in self.keep_levels:
            i = addr.find(lvl)
            if i != -1:
                cut = max(cut, i + len(lvl))
        if cut <= 0:  # no 街道/乡镇: keep the county (区/县), else the city
            for lvl in self.fallback_levels:
                i = addr.find(lvl)
                if i != -1:
                    cut = i + len(lvl)
                    break
        if cut <= 0 or cut >= len(addr):
            cut = min(len(addr) // 3, 6)
        # same length as the original (file rewriting keeps offsets), separators kept in place
        return addr[:cut] + "".join(c if c.isspace() else char for c in addr[cut:])


# --- PD107 names next to sensitive attributes ------------------------------------------------------


class SensitiveAttribute(Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        p = self.params
        self.attrs = Cues(_words(p, "attributes"))
        self.attr_exclude = Cues(_words(p, "attribute_exclude"))
        self.names = Names(p)
        roles = sorted(_words(p, "roles"), key=len, reverse=True)
        followers = sorted(_words(p, "followers") + _words(p, "attributes"), key=len, reverse=True)
        single = "".join(sorted(self.names.single))
        comp = "|".join(sorted(self.names.compound))
        name = rf"(?:(?:{comp})\p{{Han}}{{1,2}}?|[{single}]\p{{Han}}{{1,2}}?)"
        alt_f = alternation(followers)
        alt_r = alternation(roles)
        # a name after a role word (户主张三, 申请人：李四) or starting a Han run (，李四患有…), ending
        # where a follower begins (患有, 系, 家, …) or where the Han run ends
        end = rf"(?=(?:{alt_f})|[^\p{{Han}}]|$)"
        self._after_role = regex.compile(rf"(?:{alt_r})[: ]?(?P<n>{name}){end}", regex.V1)
        self._run_start = regex.compile(rf"(?<!\p{{Han}})(?P<n>{name}){end}", regex.V1)
        self.exempt = {Genre(g): set(_words(p.get("genre_exempt_attributes", {}), g))
                       for g in p.get("genre_exempt_attributes", {})}
        self.before = int(p.get("window_before", 30))
        self.after = int(p.get("window_after", 20))

    def find(self, doc: Doc) -> Iterable[Hit]:
        exempt = self.exempt.get(doc.meta.genre, set())
        t = doc.text
        ctx: Optional[Ctx] = None
        seen: set[tuple[int, int]] = set()
        excluded = [m.span() for m in self.attr_exclude.finditer(t)]
        for am in self.attrs.finditer(t):
            if any(a <= am.start() and am.end() <= b for a, b in excluded):
                continue  # 慢性病 is not 性病
            if am.group() in exempt:
                continue  # the subject of a mandatory list (低保 in a 低保公示) or of a penalty notice
            ctx = ctx or Ctx(doc)
            oas, oae = ctx.orig(am.start(), am.end())
            a, _ = ctx.before(oas, self.before)
            b = oae + len(ctx.after(oae, self.after, _RAW_STOPS))
            win = ctx.fold(a, b)
            orig = doc.original
            for rx in (self._after_role, self._run_start):
                for m in rx.finditer(win):
                    s, e = a + m.start("n"), a + m.end("n")
                    name = m.group("n")
                    if (s, e) in seen or "某" in name or not self.names.is_name(name):
                        continue
                    if s > 0 and orig[s - 1].isdigit():
                        continue  # 4000余例, 300余人: a numeral, not a name
                    lo = max(0, s - 4)
                    near = self.attrs.finditer(ctx.fold(lo, e + 4))
                    if any(lo + x.start() < e and s < lo + x.end() for x in near):
                        continue  # 向低保户: the "name" runs into an attribute word
                    if (s > 0 and orig[s - 1] in _NAME_MASKS) or (e < len(orig) and orig[e] in _NAME_MASKS):
                        continue  # 李*华, 张** : already masked
                    seen.add((s, e))
                    yield Hit(s, e, space="orig", severity=Severity.REVIEW, score=0.6,
                              explanation=f"自然人姓名与敏感信息“{am.group()}”相邻",
                              suggestion=mask_as("name", orig[s:e], policy(doc)))


# --- PD108 unified social credit code of an individual business ------------------------------------



class IndividualCreditCode(Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        self.prefixes = tuple(_words(self.params, "individual_prefixes") or ["92"])

    def find(self, doc: Doc) -> Iterable[Hit]:
        t = doc.text
        for m in _ALNUM_RUN.finditer(t):
            if m.end() - m.start() != 18:
                continue
            code = m.group().upper()
            if not code.startswith(self.prefixes) or not V.credit_code_valid(code):
                continue
            s, e = m.span()
            masked = mask_positions(t[s:e], 8, 4, policy(doc).mask_char)
            yield Hit(s, e, severity=Severity.REVIEW, score=0.6,
                      explanation="个体工商户统一社会信用代码（92开头，GB 32100校验通过），"
                                  "经营者可能是自然人",
                      suggestion=masked_suggestion(doc, s, e, masked))


# --- PD201 insufficient masks -----------------------------------------------------------------------

_MASK_RUN = regex.compile(rf"[{_M}]+")
_MASK_TOKEN_CHARS = frozenset("0123456789x" + MASK_CHARS)


def masked_tokens(text: str) -> Iterator[tuple[int, int]]:
    """Spans of tokens made of digits, x and mask characters (single spaces or hyphens between
    groups) that hold at least one mask character; same neighbour rules as number tokens."""
    n = len(text)
    ch = _MASK_TOKEN_CHARS
    last_end = -1
    for m in _MASK_RUN.finditer(text):
        if m.start() < last_end:
            continue
        s, e = m.span()
        while True:  # grow left
            if s > 0 and text[s - 1] in ch:
                s -= 1
            elif s > 1 and text[s - 1] in " -" and text[s - 2] in ch:
                s -= 2
            else:
                break
        while True:  # grow right
            if e < n and text[e] in ch:
                e += 1
            elif e + 1 < n and text[e] in " -" and text[e + 1] in ch:
                e += 2
            else:
                break
        last_end = e
        if (s > 0 and text[s - 1] in _NOT_BEFORE) or (e < n and text[e] in _NOT_AFTER):
            continue
        yield s, e


_MASKED_EMAIL = regex.compile(
    rf"(?<![a-z0-9._%+\-{_M}])(?P<local>[a-z0-9._%+\-{_M}]*[{_M}][a-z0-9._%+\-{_M}]*)@"
    r"(?P<domain>[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,})",
    regex.V1,
)


class MaskInsufficient(Detector):
    def __init__(self, spec: Any, config: Any) -> None:
        super().__init__(spec, config)
        self.card_words = Cues(_words(self.params, "card_words"))
        self.id_words = Cues(_words(self.params, "id_words"))

    def find(self, doc: Doc) -> Iterable[Hit]:
        yield from self._numbers(doc)
        yield from self._emails(doc)

    def _numbers(self, doc: Doc) -> Iterator[Hit]:
        t = doc.text
        pol = policy(doc)
        for s, e in masked_tokens(t):
            tok = t[s:e]
            pos = [c for c in tok if c not in " -"]
            n = len(pos)
            # 'x' is a mask character except as the final check character of an ID
            hidden = [c in MASK_CHARS or (c == "x" and i != n - 1) for i, c in enumerate(pos)]
            if not any(hidden) or sum(ch.isdigit() for ch in pos) < 2:
                continue
            groups = tuple(len(g) for g in tok.replace("-", " ").split(" "))
            before = t[max(0, s - 20):s]
            kind = self._kind(pos, hidden, n, groups, before)
            if kind is None:
                continue
            head, tail, label = {
                "mobile": (pol.mobile_head, pol.mobile_tail, "手机号码"),
                "id": (pol.id_head, pol.id_tail, "身份证号码"),
                "card": (pol.card_head, pol.card_tail, "银行卡号"),
            }[kind]
            leak = [i for i in range(n) if not hidden[i] and head <= i < n - tail]
            if not leak:
                continue
            why = (f"{label}已部分遮挡，但仍显示 {len(leak)} 位本应隐藏的字符"
                   f"（策略：保留前{head}位、后{tail}位）")
            if kind == "id" and n == 18 and any(6 <= i < 14 for i in leak):
                why += "，暴露出生日期"
            masked = mask_positions(t[s:e], head, tail, pol.mask_char)
            yield Hit(s, e, severity=Severity.REVIEW, score=0.8, explanation=why,
                      suggestion=masked_suggestion(doc, s, e, masked))

    def _emails(self, doc: Doc) -> Iterator[Hit]:
        t = doc.text
        pol = policy(doc)
        for m in _MASKED_EMAIL.finditer(t):
            local = m.group("local")
            hidden = sum(c in MASK_CHARS for c in local)
            shown = sum(c.isalnum() for c in local)
            if shown <= pol.email_local_keep + 1 or hidden > shown:
                continue
            s, e = m.span()
            masked = (local[: pol.email_local_keep] + pol.mask_char * (len(local) - pol.email_local_keep)
                      + "@" + m.group("domain"))
            yield Hit(s, e, severity=Severity.REVIEW, score=0.7,
                      explanation=f"邮箱已部分遮挡，但仍显示 {shown} 个字符"
                                  f"（策略：保留{pol.email_local_keep}个）",
                      suggestion=masked_suggestion(doc, s, e, masked))

    def _kind(self, pos: Sequence[str], hidden: Sequence[bool], n: int, groups: tuple[int, ...],
              before: str) -> Optional[str]:
        if n == 11 and (pos[0] == "1" or hidden[0]) and (hidden[1] or pos[1] in "3456789"):
            return "mobile"
        four = len(groups) >= 4 and all(g == 4 for g in groups[:-1])
        if n in (15, 18) and not four:
            if self.card_words.last(before) and not self.id_words.last(before):
                return "card" if n >= 16 else None
            return "id"
        if 16 <= n <= 19 and (four or len(groups) == 1 or self.card_words.last(before)):
            return "card"
        return None
