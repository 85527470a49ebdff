"""Markdown: everything in the file gets published, so the raw source is screened.

Rendering Markdown to text would drop what still ships: YAML/TOML front matter (titles, authors,
descriptions that become page metadata), fenced code, HTML comments (present in the page source),
link URLs and image alt text. Screening the source as one Part "body" keeps all of it, and text
offsets are source offsets, so line and column are exact and inline suppression comments
(`<!-- prescreen-ignore CODE -->`) apply on their own line.
"""

from __future__ import annotations

from typing import Optional

from . import Document, Part
from .text import decode


def read_markdown(data: bytes, name: str, *, encoding: Optional[str] = None) -> Document:
    text, enc = decode(data, name, encoding)
    return Document(path=name, format="md", encoding=enc, parts=(Part("body", text),))
