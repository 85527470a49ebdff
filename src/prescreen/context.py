"""Context that decides a candidate's fate (PRIMER §3).

A hit from the automaton is a candidate, not a finding. Each filter below is a plain predicate that
returns the reason to turn the candidate away, or None; the screener applies them in order and
records the first reason (shown by `check(..., explain=True)`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .segment import Segmenter

# Sentence ends in the normalised text (full-width forms are folded to ASCII by NFKC).
SENTENCE_END = frozenset("。!?;\n")
# How far a cue may stand from the hit inside its sentence.
CUE_BEFORE = 60
CUE_AFTER = 40
# A supporting cue must be this close to escalate a topic term (支持台独, 台独万岁).
SUPPORT_GAP = 4
# A document with this many distinct opposing cues is written in an opposing voice overall.
DOC_OPPOSING_MIN = 3


def _is_alnum_ascii(c: str) -> bool:
    return c.isascii() and c.isalnum()


_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")


def sentence_ends(text: str) -> list[int]:
    """Offsets of every sentence-ending character, sorted."""
    return [m.start() for m in _SENTENCE_END_RE.finditer(text)]


def sentence_bounds(text: str, start: int, end: int, limit: int = 200, ends: Optional[list[int]] = None,
                    breaks: Sequence[int] = ()) -> tuple[int, int]:
    """[a, b) of the sentence around [start, end), capped at `limit` chars each side.

    `ends` are offsets of sentence-ending characters (excluded from both sides); `breaks` are
    offsets where a removed line break separated two sentences (text[break] starts a new one)."""
    if ends is None:
        ends = sentence_ends(text)
    i = bisect.bisect_left(ends, start)  # first end at or after start
    a = ends[i - 1] + 1 if i > 0 else 0
    j = bisect.bisect_left(ends, end)  # first end at or after end
    b = ends[j] if j < len(ends) else len(text)
    if breaks:
        k = bisect.bisect_right(breaks, start)  # breaks at or before start
        if k > 0:
            a = max(a, breaks[k - 1])
        k = bisect.bisect_left(breaks, end)  # first break at or after end
        if k < len(breaks):
            b = min(b, breaks[k])
    return max(a, start - limit, 0), min(b, end + limit, len(text))


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    term: str


class VoiceIndex:
    """Where the opposing-voice and supporting-voice cues of one text are."""

    def __init__(self, text: str, opposing: Sequence[CueHit], supporting: Sequence[CueHit],
                 breaks: Sequence[int] = ()) -> None:
        self.text = text
        self.breaks = breaks
        self.opposing = sorted(opposing, key=lambda c: c.start)
        self.supporting = sorted(supporting, key=lambda c: c.start)
        self._opp_starts = [c.start for c in self.opposing]
        self._sup_starts = [c.start for c in self.supporting]
        self.distinct_opposing = len({c.term for c in self.opposing})
        self._ends: Optional[list[int]] = None

    def bounds(self, s: int, e: int) -> tuple[int, int]:
        if self._ends is None:  # computed on the first candidate only: most texts have none
            self._ends = sentence_ends(self.text)
        return sentence_bounds(self.text, s, e, ends=self._ends, breaks=self.breaks)

    @property
    def document_opposing(self) -> bool:
        return self.distinct_opposing >= DOC_OPPOSING_MIN

    def _in(self, cues: list[CueHit], starts: list[int], a: int, b: int, s: int, e: int) -> Optional[CueHit]:
        i = bisect.bisect_left(starts, a)
        while i < len(cues) and cues[i].start < b:
            c = cues[i]
            if c.end <= b and not (c.start < e and s < c.end):  # a cue is not the hit itself
                return c
            i += 1
        return None

    def opposing_near(self, s: int, e: int) -> Optional[CueHit]:
        """An opposing cue (打击, 严禁, 辟谣…) in the same sentence, within reach of [s, e)."""
        a, b = self.bounds(s, e)
        return self._in(self.opposing, self._opp_starts, max(a, s - CUE_BEFORE), min(b, e + CUE_AFTER), s, e)

    def supporting_adjacent(self, s: int, e: int) -> Optional[CueHit]:
        """A supporting cue (支持, 万岁…) right next to [s, e) in the same sentence."""
        a, b = self.bounds(s, e)
        return self._in(self.supporting, self._sup_starts, max(a, s - SUPPORT_GAP - 3), min(b, e + SUPPORT_GAP + 3), s, e)


# --- filters: each returns the reason to drop the candidate, or None -------------------------------


def not_whole_token(text: str, s: int, e: int) -> Optional[str]:
    """Latin/digit terms match whole tokens only: 'vpn' is not inside 'openvpn2'."""
    if _is_alnum_ascii(text[s]) and s > 0 and _is_alnum_ascii(text[s - 1]):
        return f"not a whole token: preceded by {text[s - 1]!r}"
    if _is_alnum_ascii(text[e - 1]) and e < len(text) and _is_alnum_ascii(text[e]):
        return f"not a whole token: followed by {text[e]!r}"
    return None


class AllowIndex:
    """Allow-phrase hits of one text, grouped by scope and sorted. `covering` is the filter: a longer
    allow phrase that contains the hit wins (工业大麻 over 大麻), in O(log n) per candidate."""

    def __init__(self, allow: list[tuple[int, int, str, str]]) -> None:
        self._by_scope: dict[str, list[tuple[int, int, str]]] = {}
        for a, b, p, sc in allow:
            self._by_scope.setdefault(sc, []).append((a, b, p))
        for v in self._by_scope.values():
            v.sort()
        self._starts = {sc: [a for a, _, _ in v] for sc, v in self._by_scope.items()}

    def covering(self, s: int, e: int, scopes: tuple[str, ...]) -> Optional[str]:
        for sc in scopes:
            hits = self._by_scope.get(sc)
            if not hits:
                continue
            i = bisect.bisect_right(self._starts[sc], s)  # phrases starting at or before s
            j = i - 1
            while j >= 0 and s - hits[j][0] <= 200:  # allow phrases are short
                a, b, p = hits[j]
                if e <= b and (b - a) > (e - s):
                    return f"inside allow phrase {p!r}"
                j -= 1
        return None


def inside_longer_word(seg: Segmenter, text: str, s: int, e: int, pad: int = 8) -> Optional[str]:
    """The hit does not start and end on word boundaries (特色|情况 around 色情, 白粉病 around 白粉)."""
    a = max(0, s - pad)
    b = min(len(text), e + pad)
    window = text[a:b]
    edges = seg.boundaries(window)
    if (s - a) in edges and (e - a) in edges:
        return None
    # find the token(s) that straddle the hit, for the explanation
    pos = 0
    words = []
    for t in seg.tokens(window):
        if pos < e - a and s - a < pos + len(t):
            words.append(t)
        pos += len(t)
    return f"inside longer word(s) {'/'.join(words)!r} (jieba)"


OPEN_QUOTES = "“‘「『\"'《〈"
CLOSE_QUOTES = "”’」』\"'》〉"


QUOTE_REACH = 120  # how far a quotation may extend around a hit


def quoted(text: str, s: int, e: int) -> bool:
    """The hit is wrapped in quotation marks: 以“充值返水”为诱饵 mentions the phrase, it does not use it."""
    return s > 0 and e < len(text) and text[s - 1] in OPEN_QUOTES and text[e] in CLOSE_QUOTES


def in_quotation(text: str, s: int, e: int) -> bool:
    """The hit stands anywhere inside a quotation (称“据内部消息，…地震，紧急扩散”). Used only in a
    document written in an opposing voice, where quoting is how the rumour or ad is reported; a
    supporting text quotes too (诚心念“法lun大法好”). The quotation must open before the hit and close
    after it, with no other quotation mark in between, within QUOTE_REACH characters."""
    if quoted(text, s, e):
        return True
    lo = max(0, s - QUOTE_REACH)
    left = text[lo:s]
    i = max(left.rfind(q) for q in OPEN_QUOTES_PAIRED)
    if i == -1 or any(q in left[i + 1:] for q in CLOSE_QUOTES_PAIRED):
        return False
    right = text[e:e + QUOTE_REACH]
    j = min((k for k in (right.find(q) for q in CLOSE_QUOTES_PAIRED) if k != -1), default=-1)
    return j != -1 and not any(q in right[:j] for q in OPEN_QUOTES_PAIRED)


# Quotation marks that come in distinct open/close pairs (straight quotes cannot be told apart).
OPEN_QUOTES_PAIRED = "“‘「『《"
CLOSE_QUOTES_PAIRED = "”’」』》"


def cjk_len(term: str) -> int:
    return sum(1 for c in term if "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003134f")
