"""Decoding bytes to text: BOM, then strict UTF-8, then GB18030 (a superset of GBK and GB2312).

The decoded text is kept exactly as decoded ("\\r\\n" stays): lines are counted on "\\n", so line and
column of every character are those an editor shows. A leading BOM is dropped.
"""

from __future__ import annotations

import codecs
from typing import Optional, Sequence

from . import Document, Part, UnreadableFile

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one. (BOM, codec without BOM,
# encoding reported). The reported name re-encodes with a BOM ("utf-8-sig", "utf-16", "utf-32"),
# so `text.encode(doc.encoding)` writes a file of the same kind (--fix).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# C0 controls that do not occur in text files (tab, LF, VT, FF, CR and ESC do).
_CONTROLS = frozenset(chr(c) for c in range(32)) - set("\t\n\v\f\r\x1b")


def decode(
    data: bytes,
    name: str,
    encoding: Optional[str] = None,
    *,
    extra: Sequence[str] = (),
) -> tuple[str, str]:
    """Decode `data`; returns (text, encoding name). `extra` encodings are tried after UTF-8 and
    before GB18030 (an HTML page's declared Big5, for instance). Raises UnreadableFile."""
    if encoding:
        try:
            codec = codecs.lookup(encoding)
        except LookupError:
            raise UnreadableFile(name, f"unknown encoding {encoding!r}") from None
        try:
            text = codecs.decode(data, codec.name, "strict")
        except (UnicodeDecodeError, ValueError) as e:
            raise UnreadableFile(name, f"cannot decode as {encoding}: {_where(e)}") from None
        if text.startswith("\ufeff"):
            text = text[1:]
        return _check_text(text, name), codec.name
    for bom, codec, reported in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec, "strict")
            except UnicodeDecodeError as e:
                raise UnreadableFile(name, f"has a {codec} byte-order mark but does not decode: {_where(e)}") from None
            return _check_text(text, name), reported
    nul = data.find(b"\x00")
    if nul != -1:
        raise UnreadableFile(
            name, f"binary file (NUL byte at offset {nul}; UTF-16 without a BOM needs --encoding)"
        )
    first_error = None
    for enc in ("utf-8", *extra, "gb18030"):
        try:
            text = data.decode(enc, "strict")
        except UnicodeDecodeError as e:
            if first_error is None:
                first_error = e
            continue
        except LookupError:
            continue
        return _check_text(text, name), enc
    raise UnreadableFile(
        name,
        f"cannot decode: not UTF-8 ({_where(first_error)}) nor GB18030; give the encoding with --encoding",
    )


def _where(e: Optional[BaseException]) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"invalid byte {e.object[e.start:e.start + 1].hex()} at offset {e.start}"
    return str(e)


def _check_text(text: str, name: str) -> str:
    """Refuse binary content that happened to decode."""
    nul = text.find("\x00")
    if nul != -1:
        raise UnreadableFile(name, f"binary file (NUL character at offset {nul})")
    head = text[:65536]
    if head:
        controls = sum(1 for ch in head if ch in _CONTROLS)
        if controls * 10 > len(head):
            raise UnreadableFile(name, "binary file (control characters)")
    return text


def read_text(data: bytes, name: str, *, encoding: Optional[str] = None) -> Document:
    text, enc = decode(data, name, encoding)
    return Document(path=name, format="txt", encoding=enc, parts=(Part("body", text),))
