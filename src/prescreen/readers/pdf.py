"""PDF: the text layer, one Part per page ("page 1", "page 2", …), read with pypdf (extra `files`).

- A PDF whose pages have no extractable text at all (a scan) is an UnreadableFile: it cannot be
  screened, so it must not pass. OCR it first.
- Pages without text in an otherwise text PDF are listed in `Document.notes` (the CLI shows them).
- Encrypted PDFs: a file that opens with the empty user password (owner-password "protection"
  only, common for published documents) is read; any other encrypted PDF is an UnreadableFile.
- Document information (title, author, subject, keywords, creator, producer) is a Part
  "properties"; annotation text (comments, notes) is a Part "annotations" labelled by page.
- Malformed PDFs are UnreadableFile.
"""

from __future__ import annotations

import io
import logging

from . import Document, Part, ReadLimits, UnreadableFile

_INSTALL = "PDF support needs pypdf: pip install 'prescreen[files]'"
_INFO_KEYS = (
    ("/Title", "title"), ("/Author", "author"), ("/Subject", "subject"), ("/Keywords", "keywords"),
    ("/Creator", "creator"), ("/Producer", "producer"),
)
_logging_quieted = False


def _quiet_pypdf_logging() -> None:
    # pypdf logs recoverable damage as warnings; with no handler configured they would go to
    # stderr through logging's last-resort handler and garble the CLI's output. Applications that
    # configure logging still receive them (propagation is untouched).
    global _logging_quieted
    if not _logging_quieted:
        logging.getLogger("pypdf").addHandler(logging.NullHandler())
        _logging_quieted = True


def _clean(text: str) -> str:
    # pypdf may return lone surrogates or NULs from broken font maps; they are not publishable text
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def read_pdf(data: bytes, name: str, *, limits: ReadLimits) -> Document:
    try:
        import pypdf
    except ImportError:
        raise UnreadableFile(name, _INSTALL) from None
    _quiet_pypdf_logging()
    if b"%PDF-" not in data[:1024]:
        raise UnreadableFile(name, "not a PDF (no %PDF- header)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as e:  # missing AES backend, broken encryption dictionary…
                raise UnreadableFile(name, f"encrypted PDF cannot be read ({type(e).__name__}: {e})") from None
            if not ok:
                raise UnreadableFile(name, "encrypted PDF (password required): cannot be screened")
        pages = reader.pages
        count = len(pages)
    except UnreadableFile:
        raise
    except Exception as e:
        raise UnreadableFile(name, f"malformed PDF: {type(e).__name__}: {e}") from None
    if count == 0:
        raise UnreadableFile(name, "PDF has no pages")
    if count > limits.max_pdf_pages:
        raise UnreadableFile(name, f"PDF has {count} pages (limit {limits.max_pdf_pages})")

    parts: list[Part] = []
    notes: list[str] = []
    annotations: list[tuple[str, str]] = []
    any_text = False
    for i in range(count):
        try:
            page = pages[i]
            text = _clean(page.extract_text() or "")
        except Exception as e:
            raise UnreadableFile(name, f"malformed PDF: page {i + 1}: {type(e).__name__}: {e}") from None
        if text.strip():
            any_text = True
        else:
            notes.append(f"page {i + 1}: no text layer (image only?), not screened")
        parts.append(Part(f"page {i + 1}", text))
        annotations.extend((t, f"page {i + 1}") for t in _annotations(page))
    if not any_text:
        raise UnreadableFile(name, "no text layer: scanned PDF cannot be screened; OCR it first")

    props = _properties(reader)
    if props:
        parts.append(_lines_part("properties", props))
    if annotations:
        parts.append(_lines_part("annotations", annotations))
    return Document(path=name, format="pdf", encoding=None, parts=tuple(parts), notes=tuple(notes))


def _lines_part(name: str, lines: list[tuple[str, str]]) -> Part:
    return Part.from_lines(name, lines)


def _properties(reader) -> list[tuple[str, str]]:
    try:
        info = reader.metadata
        if not info:
            return []
        out = []
        for key, label in _INFO_KEYS:
            value = info.get(key)
            if value is not None:
                value = _clean(str(value)).replace("\n", " ").strip()
                if value:
                    out.append((value, label))
        return out
    except Exception:  # a broken info dictionary does not hide the pages' text
        return []


def _annotations(page) -> list[str]:
    out = []
    try:
        annots = page.get("/Annots")
        if annots is None:
            return out
        annots = annots.get_object()
        for ref in annots[:10_000]:
            annot = ref.get_object()
            for key in ("/Contents", "/T"):
                value = annot.get(key)
                if value is not None:
                    value = _clean(str(value)).replace("\n", " ").strip()
                    if value:
                        out.append(value)
    except Exception:
        pass
    return out
