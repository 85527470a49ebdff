"""DOCX (and .docm/.dotx/.dotm): every piece of text the file carries, by part.

A DOCX is a zip of XML parts. It is read with zipfile and the standard library's expat parser, as a
stream (no tree, no recursion: deeply nested XML is fine), refusing any DOCTYPE (so no entity
expansion and no external entities), under caps on entry count, decompressed size and compression
ratio (zip bombs are refused).

Parts (each a `Part`; empty ones are left out, except "body"):
  body           word/document.xml: one line per paragraph; a table row is one line, its cells
                 joined by tabs, labelled "table N row M"; tracked insertions are included, text
                 boxes and image alt text (descr/title) too
  header1 …      word/header1.xml … (named after the file), footer1 …
  footnotes, endnotes, comments
  deleted text   tracked deletions (w:del/w:delText) and moved-away text (w:moveFrom) from every
                 part: not shown by Word, but still inside the file that is published. Each line is
                 labelled where it came from ("in body table 2 row 3", "in header1")
  properties     docProps/core.xml, app.xml and custom.xml: title, subject, creator, keywords,
                 description, lastModifiedBy, category, company, manager, custom properties; one
                 line each, labelled with the property name
  links          external hyperlink targets (word/_rels/document.xml.rels)
  glossary       building blocks (word/glossary/document.xml)
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from typing import Callable, Optional
from xml.parsers import expat

from . import Document, Part, ReadLimits, UnreadableFile

_HEADER_FOOTER = re.compile(r"(header|footer)(\d*)\.xml")


class _Refused(Exception):
    pass


class _ZipReader:
    def __init__(self, data: bytes, name: str, limits: ReadLimits) -> None:
        self.name, self.limits = name, limits
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                NotImplementedError, KeyError, IndexError) as e:
            raise UnreadableFile(name, f"not a valid DOCX: corrupt zip ({e})") from None
        if len(infos) > limits.max_zip_entries:
            raise UnreadableFile(
                name, f"zip bomb refused: {len(infos)} entries (limit {limits.max_zip_entries})"
            )
        total = 0
        for info in infos:
            total += info.file_size
            if (
                info.file_size >= limits.zip_ratio_min_bytes
                and info.file_size > limits.max_zip_ratio * max(info.compress_size, 1)
            ):
                ratio = info.file_size / max(info.compress_size, 1)
                raise UnreadableFile(
                    name,
                    f"zip bomb refused: {info.filename!r} expands {ratio:.0f}:1 "
                    f"(limit {limits.max_zip_ratio:.0f}:1)",
                )
        if total > limits.max_zip_total_bytes:
            raise UnreadableFile(
                name,
                f"zip bomb refused: {total} bytes decompressed (limit {limits.max_zip_total_bytes})",
            )
        self.names = {i.filename: i for i in infos}
        self.budget = limits.max_zip_total_bytes

    def read(self, entry: str) -> Optional[bytes]:
        info = self.names.get(entry)
        if info is None:
            return None
        chunks = []
        try:
            with self.zf.open(info) as f:
                while True:
                    chunk = f.read(1 << 20)
                    if not chunk:
                        break
                    self.budget -= len(chunk)
                    if self.budget < 0:
                        raise UnreadableFile(
                            self.name,
                            f"zip bomb refused: more than {self.limits.max_zip_total_bytes} bytes decompressed",
                        )
                    chunks.append(chunk)
        except UnreadableFile:
            raise
        except RuntimeError as e:  # encrypted entry
            raise UnreadableFile(self.name, f"cannot read {entry}: {e}") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
            raise UnreadableFile(self.name, f"corrupt zip entry {entry}: {e}") from None
        return b"".join(chunks)


def _parse(
    data: bytes,
    name: str,
    entry: str,
    start: Callable[[str, dict], None],
    end: Callable[[str], None],
    chars: Callable[[str], None],
) -> None:
    p = expat.ParserCreate(namespace_separator=" ")

    def refuse(*_args) -> None:
        raise _Refused("DOCTYPE declarations are not allowed")

    p.StartDoctypeDeclHandler = refuse
    p.EntityDeclHandler = refuse
    p.ExternalEntityRefHandler = refuse
    p.buffer_text = True
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = chars
    try:
        p.Parse(data, True)
    except _Refused as e:
        raise UnreadableFile(name, f"refused {entry}: {e}") from None
    except expat.ExpatError as e:
        raise UnreadableFile(name, f"malformed XML in {entry}: {e}") from None


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


class _WordText:
    """Paragraph text of one WordprocessingML part, streamed from expat events."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.lines: list[tuple[str, str]] = []  # (line, label)
        self.deleted: list[tuple[str, str]] = []  # (line, where)
        self.stack: list[str] = []
        self.para: list[list[str]] = []
        self.dpara: list[list[str]] = []
        self.loose: list[str] = []
        self.mode: Optional[str] = None  # "t" or "del" inside w:t / w:delText
        self.skip = 0  # depth inside mc:Fallback (a duplicate of the mc:Choice content)
        self.deleting = 0  # inside w:del / w:moveFrom
        self.tables = 0
        self.tdepth = 0
        self.row = 0
        self.cells: Optional[list[str]] = None
        self.cell: Optional[list[str]] = None

    def _where(self) -> str:
        return f"{self.part} table {self.tables} row {self.row}" if self.tdepth else self.part

    def _add(self, s: str, deleted: bool = False) -> None:
        if self.para:
            (self.dpara if deleted else self.para)[-1].append(s)
        elif deleted:
            self.deleted.append((s, f"in {self._where()}"))
        else:
            self.loose.append(s)

    def start(self, name: str, attrs: dict) -> None:
        local = _local(name)
        parent = self.stack[-1] if self.stack else ""
        self.stack.append(local)
        if self.skip:
            self.skip += 1
            return
        if local == "Fallback":
            self.skip = 1
        elif local == "p":
            self.para.append([])
            self.dpara.append([])
        elif local == "t":
            self.mode = "del" if self.deleting else "t"
        elif local == "delText":
            self.mode = "del"
        elif local in ("del", "moveFrom"):
            self.deleting += 1
        elif local == "tab" and parent == "r":
            self._add("\t", bool(self.deleting))
        elif local in ("br", "cr") and parent in ("r", "p"):
            self._add(" " if self.tdepth else "\n", bool(self.deleting))
        elif local == "noBreakHyphen" and parent == "r":
            self._add("-", bool(self.deleting))
        elif local == "docPr":  # drawing: alt text ships with the image
            for key in ("title", "descr"):
                v = attrs.get(key)
                if v:
                    self._add(" " + v.replace("\n", " ") + " ")
        elif local == "tbl":
            self.tdepth += 1
            if self.tdepth == 1:
                self.tables += 1
                self.row = 0
        elif local == "tr" and self.tdepth == 1:
            self.row += 1
            self.cells = []
        elif local == "tc" and self.tdepth == 1:
            self.cell = []

    def end(self, name: str) -> None:
        local = self.stack.pop() if self.stack else _local(name)
        if self.skip:
            self.skip -= 1
            return
        if local == "p":
            text = "".join(self.para.pop()) if self.para else ""
            dtext = "".join(self.dpara.pop()) if self.dpara else ""
            if self.para:  # a paragraph inside a text box inside a paragraph
                if text:
                    self.para[-1].append(" " + text + " ")
                if dtext:
                    self.dpara[-1].append(" " + dtext + " ")
                return
            if dtext.strip():
                self.deleted.append((dtext, f"in {self._where()}"))
            if self.tdepth and self.cell is not None:
                self.cell.append(text)
            else:
                self._line(text, "")
        elif local in ("t", "delText"):
            self.mode = None
        elif local in ("del", "moveFrom"):
            self.deleting = max(0, self.deleting - 1)
        elif local == "tc" and self.tdepth == 1:
            if self.cells is not None and self.cell is not None:
                self.cells.append(" ".join(c for c in self.cell if c.strip()))
            self.cell = None
        elif local == "tr" and self.tdepth == 1:
            if self.cells is not None:
                self._line("\t".join(self.cells), f"table {self.tables} row {self.row}")
            self.cells = None
        elif local == "tbl":
            self.tdepth = max(0, self.tdepth - 1)

    def chars(self, data: str) -> None:
        if self.skip or self.mode is None:
            return
        self._add(data, self.mode == "del" or bool(self.deleting))

    def _line(self, text: str, label: str) -> None:
        if text.strip():
            self.lines.append((text, label))

    def finish(self) -> None:
        while self.para:  # unclosed paragraphs cannot happen in well-formed XML; be safe
            self._line("".join(self.para.pop()), "")
        if self.loose:
            self._line("".join(self.loose), "")


def _make_part(name: str, lines: list[tuple[str, str]], force: bool = False) -> Optional[Part]:
    if not lines and not force:
        return None
    return Part.from_lines(name, lines)


def _word_part(z: _ZipReader, entry: str, part: str) -> Optional[_WordText]:
    data = z.read(entry)
    if data is None:
        return None
    w = _WordText(part)
    _parse(data, z.name, entry, w.start, w.end, w.chars)
    w.finish()
    return w


_CORE = {
    "title": "title", "subject": "subject", "creator": "creator", "keywords": "keywords",
    "description": "description", "lastModifiedBy": "lastModifiedBy", "category": "category",
    "contentStatus": "contentStatus", "identifier": "identifier",
}
_APP = {"Company": "company", "Manager": "manager", "HyperlinkBase": "hyperlinkBase"}


def _properties(z: _ZipReader) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def leaves(entry: str, wanted: Optional[dict]) -> None:
        data = z.read(entry)
        if data is None:
            return
        stack: list[tuple[str, dict]] = []
        buf: list[list[str]] = []

        def start(name: str, attrs: dict) -> None:
            stack.append((_local(name), attrs))
            buf.append([])

        def end(name: str) -> None:
            local, _attrs = stack.pop()
            text = "".join(buf.pop()).strip()
            if not text:
                return
            if wanted is not None:
                if len(stack) == 1 and local in wanted:
                    out.append((text.replace("\n", " "), wanted[local]))
            elif len(stack) == 2:  # custom.xml: <property name="…"><vt:lpwstr>value
                label = stack[1][1].get("name") or "custom"
                out.append((text.replace("\n", " "), label.replace("\n", " ")))

        def chars(data: str) -> None:
            if buf:
                buf[-1].append(data)

        _parse(data, z.name, entry, start, end, chars)

    leaves("docProps/core.xml", _CORE)
    leaves("docProps/app.xml", _APP)
    leaves("docProps/custom.xml", None)
    return out


def _relationships(z: _ZipReader, entry: str) -> list[tuple[str, str, str]]:
    """(type, target, mode) of a .rels part."""
    data = z.read(entry)
    rels: list[tuple[str, str, str]] = []
    if data is None:
        return rels

    def start(name: str, attrs: dict) -> None:
        if _local(name) == "Relationship":
            rels.append((attrs.get("Type", ""), attrs.get("Target", ""), attrs.get("TargetMode", "")))

    _parse(data, z.name, entry, start, lambda n: None, lambda d: None)
    return rels


def _main_document(z: _ZipReader) -> Optional[str]:
    if "word/document.xml" in z.names:
        return "word/document.xml"
    for typ, target, _mode in _relationships(z, "_rels/.rels"):
        if typ.endswith("/officeDocument"):
            target = posixpath.normpath(target.lstrip("/"))
            if target in z.names:
                return target
    return None


def read_docx(data: bytes, name: str, *, limits: ReadLimits) -> Document:
    z = _ZipReader(data, name, limits)
    main = _main_document(z)
    if main is None:
        raise UnreadableFile(name, "not a DOCX: the zip has no word/document.xml")
    folder = posixpath.dirname(main)

    def entry(file: str) -> str:
        return posixpath.join(folder, file) if folder else file

    parts: list[Part] = []
    deleted: list[tuple[str, str]] = []

    body = _word_part(z, main, "body")
    assert body is not None
    parts.append(_make_part("body", body.lines, force=True))  # type: ignore[arg-type]
    deleted.extend(body.deleted)

    headers_footers = []
    for file in z.names:
        if posixpath.dirname(file) != folder:
            continue
        m = _HEADER_FOOTER.fullmatch(posixpath.basename(file))
        if m:
            headers_footers.append((m.group(1) != "header", int(m.group(2) or 0), file, m.group(1) + m.group(2)))
    for _kind, _num, file, part in sorted(headers_footers):
        w = _word_part(z, file, part)
        if w is not None:
            p = _make_part(part, w.lines)
            if p is not None:
                parts.append(p)
            deleted.extend(w.deleted)

    for file, part in (("footnotes.xml", "footnotes"), ("endnotes.xml", "endnotes"),
                       ("comments.xml", "comments")):
        w = _word_part(z, entry(file), part)
        if w is not None:
            p = _make_part(part, w.lines)
            if p is not None:
                parts.append(p)
            deleted.extend(w.deleted)

    glossary = _word_part(z, entry("glossary/document.xml"), "glossary")

    p = _make_part("deleted text", deleted)
    if p is not None:
        parts.append(p)
    p = _make_part("properties", _properties(z))
    if p is not None:
        parts.append(p)
    rels_entry = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    links = [
        (target.replace("\n", " "), "")
        for typ, target, mode in _relationships(z, rels_entry)
        if mode.lower() == "external" and target.strip()
    ]
    p = _make_part("links", links)
    if p is not None:
        parts.append(p)
    if glossary is not None:
        p = _make_part("glossary", glossary.lines + [(t, "deleted " + w) for t, w in glossary.deleted])
        if p is not None:
            parts.append(p)
    return Document(path=name, format="docx", encoding=None, parts=tuple(parts))
