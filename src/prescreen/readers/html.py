"""HTML: what a visitor sees or can read in the page source, mapped back to source line and column.

Parsed with the standard library's html.parser (tolerant, not recursive: 10,000 nested elements are
fine). The screened text of the one Part "body" is built from, in source order:

- text nodes, character references decoded (`&amp;`, `&#x4E2D;`); every decoded character maps to the
  `&` of its reference;
- hidden content (`display:none`, `hidden`, `<template>`, `<noscript>`): it ships in the page;
- attribute values that render or ship: title, alt, placeholder, aria-label (and other aria text),
  summary, abbr, label of option/optgroup/track, `<meta content>`, `value` of input/option/button/
  data/param, `href` of a/area (mailto: and URLs carry personal data too);
- comments, raw (`<!-- … -->`), so inline suppression directives work;
- JSON-LD (`<script type="application/ld+json">`): structured data published to search engines.
  Other script and style content is not published text and is skipped.

Line structure is preserved: between two pieces the text holds exactly as many "\\n" as the source
between them (or one space when the source has a tag there, nothing between text split only by
inline tags such as <b>, <span>). So line N of `text` is line N of the source, and `source_pos`
maps every character of `text` to its offset in the decoded source: `Part.locate` gives source
line and column, and suppression comments apply to their source line.
"""

from __future__ import annotations

import codecs
import re
from array import array
from html import unescape as _unescape
from html.parser import HTMLParser
from typing import Optional

from . import Document, Part
from .text import decode

# The same reference syntax html.unescape handles (so decoding piecewise gives the same text).
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")

# html.parser's own tag/attribute syntax (tagfind_tolerant, attrfind_tolerant), for value offsets.
_TAGNAME = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTR = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*"
    r"('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)

_ATTRS_ANY = frozenset({
    "title", "alt", "placeholder", "aria-label", "aria-description", "aria-placeholder",
    "aria-roledescription", "aria-valuetext", "summary", "abbr",
})
_ATTRS_BY_TAG = {
    "meta": frozenset({"content"}),
    "input": frozenset({"value"}),
    "option": frozenset({"value", "label"}),
    "optgroup": frozenset({"label"}),
    "track": frozenset({"label"}),
    "button": frozenset({"value"}),
    "data": frozenset({"value"}),
    "param": frozenset({"value"}),
    "a": frozenset({"href"}),
    "area": frozenset({"href"}),
}

_INLINE = (
    "a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|nobr|q|rb|rp|rt|rtc|ruby|s|samp|"
    "small|span|strike|strong|sub|sup|time|tt|u|var"
)
# a gap made only of inline tags: text on either side is one run ("中<b>国</b>" → "中国")
_INLINE_GAP = re.compile(r"(?:\s*</?(?:" + _INLINE + r")(?:[\s/][^<>]*)?>)+\s*", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_DECLARED_OK = frozenset({"big5", "big5hkscs", "cp950"})  # honoured before the GB18030 fallback
_JSON_LD = re.compile(r"""\btype\s*=\s*["']?\s*application/ld\+json""", re.I)


def unescape_pos(raw: str, base: int, pos: array) -> str:
    """Decode character references in `raw` (at source offset `base`), appending each output
    character's source offset to `pos`. A reference that decodes to a newline gives a space, so
    the text keeps the source's line structure."""
    if "&" not in raw:
        pos.extend(range(base, base + len(raw)))
        return raw
    out = []
    last = 0
    for m in _CHARREF.finditer(raw):
        s = m.start()
        if s > last:
            out.append(raw[last:s])
            pos.extend(range(base + last, base + s))
        rep = _unescape(m.group(0))
        if "\n" in rep:
            rep = rep.replace("\n", " ")
        out.append(rep)
        pos.extend([base + s] * len(rep))
        last = m.end()
    if last < len(raw):
        out.append(raw[last:])
        pos.extend(range(base + last, base + len(raw)))
    return "".join(out)


class _Collector(HTMLParser):
    """Streams text, attribute values and comments, with their absolute source offsets, into the
    screened text and its position map."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.src = source
        self.abs = 0  # absolute source offset of the parser position
        self.pending: Optional[tuple[str, int, str]] = None  # (kind, start, data) awaiting its end
        self.keep_script = False
        self.out: list[str] = []
        self.positions = array("I" if len(source) < 2**32 else "q")
        self.prev_end = 0
        self.prev_kind: Optional[str] = None

    # Every construct ends with updatepos(start, end): that gives the end of the pending text.
    def updatepos(self, i: int, j: int) -> int:
        if j > i:
            ev = self.pending
            if ev is not None and ev[1] == self.abs:
                self.pending = None
                self._text(ev, self.abs + (j - i))
            self.abs += j - i
        return super().updatepos(i, j)

    def _flush(self, end: int) -> None:
        """A pending text whose end the parser did not report: it ends where the next thing starts."""
        ev = self.pending
        if ev is not None:
            self.pending = None
            self._text(ev, max(end, ev[1]))

    def _text(self, ev: tuple[str, int, str], end: int) -> None:
        kind, start, data = ev
        if kind == "data":
            self._piece(start, end, "text", decode=data)
        elif kind == "raw":
            self._piece(start, end, "text")
        else:
            self._piece(start, end, "comment")

    def _piece(self, start: int, end: int, kind: str, decode: Optional[str] = None) -> None:
        """Add source[start:end] (references decoded when `decode` is the parser's decoded text)."""
        src = self.src
        if start < self.prev_end:  # never overlap (defensive)
            start = self.prev_end
            decode = None
        if end <= start:
            return
        out, positions, prev_end = self.out, self.positions, self.prev_end
        newlines = src.count("\n", prev_end, start)
        if newlines:
            i = prev_end - 1
            for _ in range(newlines):
                i = src.index("\n", i + 1, start)
                positions.append(i)
            out.append("\n" * newlines)
        elif self.prev_kind is not None and not (
            kind == "text" and self.prev_kind == "text"
            and (start == prev_end or _INLINE_GAP.fullmatch(src, prev_end, start))
        ):
            out.append(" ")
            positions.append(prev_end)
        raw = src[start:end]
        if decode is not None and "&" in raw and _unescape(raw) == decode:
            out.append(unescape_pos(raw, start, positions))
        else:  # no references, or not the span we expected: the source itself, offsets exact
            out.append(raw)
            positions.extend(range(start, end))
        self.prev_end, self.prev_kind = end, kind

    def handle_data(self, data: str) -> None:
        self._flush(self.abs)
        if self.cdata_elem is not None:  # inside <script> or <style>
            if self.cdata_elem == "script" and self.keep_script:
                self.pending = ("raw", self.abs, data)
            return
        self.pending = ("data", self.abs, data)

    def handle_starttag(self, tag: str, attrs) -> None:
        self._flush(self.abs)
        raw = self.get_starttag_text() or ""
        self._attributes(tag, raw)
        if tag == "script":
            self.keep_script = bool(_JSON_LD.search(raw))

    def handle_startendtag(self, tag: str, attrs) -> None:
        self._flush(self.abs)
        self._attributes(tag, self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self._flush(self.abs)

    def handle_comment(self, data: str) -> None:
        self._flush(self.abs)
        self.pending = ("comment", self.abs, data)

    def unknown_decl(self, data: str) -> None:  # <![CDATA[…]]>, <![if …]>: raw, like a comment
        self._flush(self.abs)
        self.pending = ("comment", self.abs, data)

    def handle_decl(self, decl: str) -> None:
        self._flush(self.abs)

    def handle_pi(self, data: str) -> None:
        self._flush(self.abs)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # html.parser raises AssertionError on "<![foo"; treat it as a bogus comment instead
        saved = (self.lineno, self.offset, self.abs)
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset, self.abs = saved
            return self.parse_bogus_comment(i)

    def _attributes(self, tag: str, raw: str) -> None:
        start = self.abs
        wanted = _ATTRS_BY_TAG.get(tag)
        m = _TAGNAME.match(raw)
        if not m:
            return
        k = m.end()
        while k < len(raw):
            a = _ATTR.match(raw, k)
            if not a or a.end() == k:
                break
            k = a.end()
            value = a.group(3)
            if not value or not a.group(2):
                continue
            name = a.group(1).lower()
            if name not in _ATTRS_ANY and not (wanted and name in wanted):
                continue
            vstart = a.start(3)
            if value[:1] in ("'", '"'):
                value, vstart = value[1:-1], vstart + 1
            if value:
                self._piece(start + vstart, start + vstart + len(value), "attr", decode=_unescape(value))

    def run(self) -> tuple[str, array]:
        self.feed(self.src)
        self.close()
        self._flush(len(self.src))
        return "".join(self.out), self.positions


def extract(source: str) -> tuple[str, array]:
    """The screened text of an HTML source and the source offset of each of its characters."""
    return _Collector(source).run()


def _declared(data: bytes) -> tuple[str, ...]:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return ()
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return ()
    return (name,) if name in _DECLARED_OK else ()


def read_html(data: bytes, name: str, *, encoding: Optional[str] = None) -> Document:
    source, enc = decode(data, name, encoding, extra=() if encoding else _declared(data))
    text, positions = extract(source)
    part = Part("body", text, source=source, source_pos=positions)
    return Document(path=name, format="html", encoding=enc, parts=(part,))
