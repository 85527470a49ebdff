"""Reading files into screenable text, with a map back to where each character came from.

    doc = read_document(path)            # or read_bytes(data, name) for stdin
    for part in doc.parts:               # body, header1, comments, page 3, …
        result = screener.check(part.text)
        for f in result.findings:
            loc = part.locate(f.start)   # Location(line, column, label)

Formats: .txt (and anything text-like), .md, .html/.htm, .docx, .pdf. Decoding: BOM (UTF-8/16/32),
then strict UTF-8, then GB18030; otherwise UnreadableFile naming the file.

Every failure to read — undecodable, binary, malformed, too large, a zip bomb, a scanned PDF, a
permission error, a symlink loop — is an `UnreadableFile`: never an empty document that would pass.
See docs/formats.md.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence, Union

from ..errors import PrescreenError

__all__ = [
    "UnreadableFile",
    "Location",
    "Part",
    "Document",
    "ReadLimits",
    "FORMATS",
    "format_for",
    "read_document",
    "read_bytes",
]


class UnreadableFile(PrescreenError):
    """The file cannot be screened (undecodable, malformed, too large, no text layer…). Never a pass."""

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # picklable across --jobs worker processes
        return (type(self), (self.path, self.reason))


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
    sub-location (e.g. "table 2 row 3"). An empty label ends the previous one (text after a table).
    """

    name: str
    text: str
    source: Optional[str] = None
    source_pos: Optional[Sequence[int]] = None
    labels: Sequence[tuple[int, str]] = field(default_factory=tuple)
    _line_starts: list[int] = field(default_factory=list, compare=False, repr=False)
    _label_offsets: list[int] = field(default_factory=list, compare=False, repr=False)

    def source_offset(self, offset: int) -> int:
        """Offset in the source of text offset `offset` (clamped to the text)."""
        if self.source_pos is not None and self.text:
            return self.source_pos[max(0, min(offset, len(self.text) - 1))]
        return offset

    @classmethod
    def from_lines(cls, name: str, lines: "Sequence[tuple[str, str]]") -> "Part":
        """A part made of (text, label) lines joined by newlines; a label change starts a sub-location."""
        texts: list[str] = []
        labels: list[tuple[int, str]] = []
        offset, current = 0, ""
        for text, label in lines:
            if label != current:
                labels.append((offset, label))
                current = label
            texts.append(text)
            offset += len(text) + 1
        return cls(name, "\n".join(texts), labels=tuple(labels))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the decoded source that text[start:end] came from."""
        if self.source_pos is None:
            return start, end
        return self.source_pos[start], self.source_pos[max(start, end - 1)] + 1

    def locate(self, offset: int) -> Location:
        src = self.source if self.source is not None else self.text
        pos = self.source_offset(offset)
        if not self._line_starts:
            starts = [0]
            i = src.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = src.find("\n", i + 1)
            object.__setattr__(self, "_line_starts", starts)
        line = max(0, bisect.bisect_right(self._line_starts, pos) - 1)
        label = self.name if self.name != "body" else None
        if self.labels:
            if not self._label_offsets:
                object.__setattr__(self, "_label_offsets", [o for o, _ in self.labels])
            j = bisect.bisect_right(self._label_offsets, offset) - 1
            if j >= 0 and self.labels[j][1]:
                sub = self.labels[j][1]
                label = f"{self.name} {sub}" if self.name != "body" else sub
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
    # things a reviewer should know that do not stop screening (e.g. "page 3: no text layer")
    notes: tuple[str, ...] = ()
    size: int = 0  # bytes read

    def part(self, name: str) -> Optional[Part]:
        for p in self.parts:
            if p.name == name:
                return p
        return None


MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """Caps against hostile or runaway input. Exceeding one is an UnreadableFile, never a pass."""

    max_file_bytes: int = 100 * MB  # any single file
    max_zip_total_bytes: int = 200 * MB  # sum of decompressed sizes in a DOCX
    max_zip_entries: int = 10_000  # entries in a DOCX
    max_zip_ratio: float = 200.0  # decompressed/compressed, checked on entries of at least:
    zip_ratio_min_bytes: int = 1 * MB
    max_pdf_pages: int = 10_000


DEFAULT_LIMITS = ReadLimits()

# suffix → format. Anything else is read as text if it decodes (and is sniffed for PDF/zip magic).
FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md", ".mdx": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx",
    ".pdf": "pdf",
}


def format_for(name: Union[str, Path], data: Optional[bytes] = None) -> str:
    """The format a file is read as: by suffix, else by content (PDF / zip magic), else "txt"."""
    suffix = Path(str(name)).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is not None:
        return fmt
    if data is not None:
        if data[:1024].lstrip(b"\r\n\t \x00\xef\xbb\xbf")[:5] == b"%PDF-":
            return "pdf"
        if data[:4] == b"PK\x03\x04":
            return "docx"
    return "txt"


def read_bytes(
    data: bytes,
    name: str,
    *,
    encoding: Optional[str] = None,
    limits: Optional[ReadLimits] = None,
) -> Document:
    """Read an in-memory file (stdin: name "-" or the name given with --stdin-filename)."""
    limits = limits or DEFAULT_LIMITS
    name = str(name)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("read_bytes needs bytes")
    data = bytes(data)
    if len(data) > limits.max_file_bytes:
        raise UnreadableFile(name, f"file too large: {len(data)} bytes (limit {limits.max_file_bytes})")
    fmt = format_for(name, data)
    fingerprint = hashlib.sha256(data).hexdigest()
    try:
        if fmt == "txt":
            from .text import read_text

            doc = read_text(data, name, encoding=encoding)
        elif fmt == "md":
            from .markdown import read_markdown

            doc = read_markdown(data, name, encoding=encoding)
        elif fmt == "html":
            from .html import read_html

            doc = read_html(data, name, encoding=encoding)
        elif fmt == "docx":
            from .docx import read_docx

            doc = read_docx(data, name, limits=limits)
        else:
            from .pdf import read_pdf

            doc = read_pdf(data, name, limits=limits)
    except UnreadableFile:
        raise
    except RecursionError:
        raise UnreadableFile(name, f"malformed {fmt.upper()}: nested too deeply") from None
    except MemoryError:
        raise UnreadableFile(name, f"{fmt.upper()} too large to read in memory") from None
    except Exception as e:  # fail closed: a reader bug is an unreadable file, never a pass
        raise UnreadableFile(
            name, f"internal error reading {fmt.upper()} ({type(e).__name__}: {e}); not screened"
        ) from e
    return Document(
        path=name,
        format=doc.format,
        encoding=doc.encoding,
        parts=doc.parts,
        fingerprint=fingerprint,
        notes=doc.notes,
        size=len(data),
    )


def read_file_bytes(path: Union[str, Path], limits: Optional[ReadLimits] = None) -> bytes:
    """The bytes of a regular file, refusing what cannot or must not be read, with the OS reason."""
    limits = limits or DEFAULT_LIMITS
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    # O_NONBLOCK: opening a FIFO must not hang the scan (it is refused below as not a regular file)
    flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(name, flags)
    except OSError as e:
        raise UnreadableFile(name, _os_reason(e)) from None
    try:
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):
                raise UnreadableFile(name, "is a directory")
            if not stat.S_ISREG(st.st_mode):
                raise UnreadableFile(name, "not a regular file")
            if st.st_size > limits.max_file_bytes:
                raise UnreadableFile(
                    name, f"file too large: {st.st_size} bytes (limit {limits.max_file_bytes})"
                )
            chunks = []
            total = 0
            while True:
                chunk = os.read(fd, min(1 << 20, limits.max_file_bytes + 1 - total) or 1)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > limits.max_file_bytes:
                    raise UnreadableFile(name, f"file too large: more than {limits.max_file_bytes} bytes")
            after = os.fstat(fd)
        except OSError as e:
            raise UnreadableFile(name, _os_reason(e)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if (
        len(data) != st.st_size
        or after.st_size != st.st_size
        or after.st_mtime_ns != st.st_mtime_ns
    ):
        raise UnreadableFile(name, "file changed while it was being read")
    return data


def read_document(
    path: Union[str, Path],
    *,
    encoding: Optional[str] = None,
    limits: Optional[ReadLimits] = None,
) -> Document:
    """Read a file from disk. `Document.fingerprint` is the sha256 of exactly the bytes read."""
    data = read_file_bytes(path, limits)
    return read_bytes(data, str(path), encoding=encoding, limits=limits)


def _os_reason(e: OSError) -> str:
    import errno

    if e.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if e.errno == errno.ENOENT:
        return "no such file (or a dangling symlink)"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.EISDIR:
        return "is a directory"
    return e.strerror or str(e)
