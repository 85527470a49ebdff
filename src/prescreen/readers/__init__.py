"""Reading files into screenable text, with a map back to where each character came from.

    doc = read_document(path)            # or read_bytes(data, name) for stdin
    for part in doc.parts:               # body, header1, comments, page 3, …
        result = screener.check(part.text)
        for f in result.findings:
            loc = part.locate(f.start)   # Location(line, column, label)

Formats: .txt (and anything text-like), .md, .html/.htm, .docx, .pdf. Decoding: BOM (UTF-8/16/32),
then strict UTF-8, then GB18030; otherwise UnreadableFile naming the file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional, Sequence


class UnreadableFile(Exception):
    """The file cannot be screened (undecodable, malformed, too large, no text layer…). Never a pass."""

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Location:
    line: int  # 1-based line in the source file (or in the part, for formats without source lines)
    column: int  # 1-based column, in code points
    label: Optional[str] = None  # part of the document: "header1", "comments", "table 2 row 3", "page 4"


@dataclass(frozen=True)
class Part:
    """One screenable piece of a document.

    `text` is what gets screened. `source_pos[i]`, when given, is the offset in the decoded source
    file of `text[i]` (HTML text nodes, attributes); without it, text offsets are source offsets.
    `source` is the decoded source text used for line/column (defaults to `text`).
    `labels` are (offset in text, label) pairs, sorted: the label in force at an offset names the
    sub-location (e.g. "table 2 row 3").
    """

    name: str
    text: str
    source: Optional[str] = None
    source_pos: Optional[Sequence[int]] = None
    labels: Sequence[tuple[int, str]] = field(default_factory=tuple)
    _line_starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def locate(self, offset: int) -> Location:
        src = self.source if self.source is not None else self.text
        pos = offset
        if self.source_pos is not None and self.text:
            pos = self.source_pos[min(offset, len(self.text) - 1)]
        if not self._line_starts:
            starts = [0]
            i = src.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = src.find("\n", i + 1)
            object.__setattr__(self, "_line_starts", starts)
        line = bisect.bisect_right(self._line_starts, pos) - 1
        label = self.name if self.name != "body" else None
        if self.labels:
            j = bisect.bisect_right([o for o, _ in self.labels], offset) - 1
            if j >= 0:
                label = f"{self.name} {self.labels[j][1]}" if self.name != "body" else self.labels[j][1]
        return Location(line + 1, pos - self._line_starts[line] + 1, label)

    def line_text(self, offset: int) -> str:
        """The source line holding `offset` (for reports)."""
        loc = self.locate(offset)
        src = self.source if self.source is not None else self.text
        a = self._line_starts[loc.line - 1]
        b = src.find("\n", a)
        return src[a:b if b != -1 else len(src)]


@dataclass(frozen=True)
class Document:
    path: str
    format: str  # txt | md | html | docx | pdf
    encoding: Optional[str]
    parts: tuple[Part, ...]
    # the exact bytes' fingerprint (sha256) when read, so --fix can refuse a file that changed
    fingerprint: str = ""
