"""Document structure for marker rules: lines, the head, the 附注 zone, and line-level normal forms.

Marks are structural (PRIMER §4): a secrecy mark sits in the head of a document (GB/T 9704: 份号,
密级和保密期限, 紧急程度 above the 发文机关标志) or in the 附注 line after the 成文日期, and a
mark stands on a line of its own or in brackets. Prose that talks about marks is a long line.

Computed once per check and shared by every marker rule through `Doc.extra`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Optional

import regex

from ..normalize import NormalizedText, Normalizer

# Lines that might carry a marker; everything else is never normalised (cheap on large texts).
_KEYWORDS = regex.compile(
    r"[密秘]|內部|内部|不得|公[开開]|不予|依申请|依申請|征求|徵求|讨论稿|討論稿|送审稿|送審稿|发至|發至|请示|請示|纪要|紀要|外传|外傳|翻印"
)
# 成文日期: 2023年8月16日 / 2023 年 8 月 16 日 / 二〇二三年八月十六日 (alone on a line, maybe after the issuer)
_DATE_LINE = regex.compile(
    r"(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"\s*(?:印发|发布)?\s*$"
)
HEAD_MAX_LINES = 12  # non-empty lines examined as the document head
NOTE_MAX_LINES = 6  # non-empty lines after the last date line examined as 附注
SHORT_LINE = 30  # a mark line is short; prose is long


@dataclass(frozen=True)
class Line:
    index: int  # 0-based line number
    start: int  # original offset of the first character
    text: str  # original text of the line (no newline)
    ordinal: int  # position among non-empty lines (0-based)

    @property
    def stripped(self) -> str:
        return self.text.strip(" \t\u3000\r")


class Structure:
    def __init__(self, original: str, normalizer: Normalizer, has_head: bool = True) -> None:
        self.original = original
        self.has_head = has_head
        self._normalizer = normalizer
        lines: list[Line] = []
        pos = 0
        ordinal = 0
        for i, raw in enumerate(original.split("\n")):
            if raw.strip(" \t\u3000\r"):
                lines.append(Line(i, pos, raw, ordinal))
                ordinal += 1
            pos += len(raw) + 1
        self.lines = lines
        self._norm_cache: dict[int, NormalizedText] = {}

    @cached_property
    def candidate_lines(self) -> list[Line]:
        return [ln for ln in self.lines if _KEYWORDS.search(ln.text)]

    @cached_property
    def head_end(self) -> int:
        """Ordinal of the first line that is not part of the head (the first long prose line, capped)."""
        if not self.has_head:  # a later chunk of a very large text
            return 0
        for ln in self.lines[:HEAD_MAX_LINES]:
            if len(ln.stripped) > 45:
                return ln.ordinal
        return min(HEAD_MAX_LINES, len(self.lines))

    @cached_property
    def last_date_ordinal(self) -> Optional[int]:
        for ln in reversed(self.lines):
            if _DATE_LINE.search(ln.stripped) and len(ln.stripped) <= 40:
                return ln.ordinal
        return None

    def in_head(self, ln: Line) -> bool:
        return ln.ordinal < self.head_end

    def in_note(self, ln: Line) -> bool:
        """附注 zone: the few lines after the last 成文日期, or the last lines of a document without one."""
        d = self.last_date_ordinal
        if d is not None:
            return d < ln.ordinal <= d + NOTE_MAX_LINES or ln.ordinal == d
        return ln.ordinal >= len(self.lines) - 3

    def norm(self, ln: Line) -> NormalizedText:
        """The line's normal form (full-width folded, traditional simplified, spaces between CJK removed)."""
        nt = self._norm_cache.get(ln.index)
        if nt is None:
            nt = self._norm_cache[ln.index] = self._normalizer.normalize(ln.text)
        return nt

    def span(self, ln: Line, nt: NormalizedText, s: int, e: int) -> tuple[int, int]:
        a, b = nt.to_original(s, e)
        return ln.start + a, ln.start + b


def structure_of(doc) -> Structure:  # noqa: ANN001 - Doc, avoiding an import cycle
    st = doc.extra.get("structure")
    if st is None:
        norm = doc.line_normalizer or Normalizer(doc.config.skip_chars.replace("*", ""))
        st = doc.extra["structure"] = Structure(doc.original, norm, has_head=doc.chunk == 0)
    return st


def is_mention(text: str, s: int, e: int) -> bool:
    """Quoted or introduced as an example (标注“内部资料”字样, 如“秘密★10年”): talking about a mark."""
    before = text[max(0, s - 8):s]
    after = text[e:e + 4]
    if (before and before[-1] in "“‘「『\"'《〈") or (after and after[0] in "”’」』\"'》〉"):
        return True
    return bool(regex.search(r"(标注|标明|标有|标识|标志为|标记|注明|字样|例如|如|称为|分为|包括)[\s“‘「\"']*$", before)) \
        or bool(regex.match(r"[\s”’」\"']*(字样|标志|标识|等字|等级)", after))
