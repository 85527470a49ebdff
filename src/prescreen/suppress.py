"""Suppressions: the reviewer's own word that a finding is acceptable.

- inline directives inside HTML-style comments, in the text itself (Markdown and HTML carry them):
    <!-- prescreen-ignore PD101 -- reason -->            findings on the same line
    <!-- prescreen-disable-next-line PD1 -- reason -->   findings on the next line
    <!-- prescreen-disable PC7 -- reason --> … <!-- prescreen-enable -->
  Codes are optional (all rules) and may be prefixes; several are separated by commas or spaces.
- `allow_numbers` in the config: numbers that are public for this site (digits compared).
An inline directive that suppresses nothing is reported back as a notice, like Ruff's RUF100.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .config import Config
from .models import Category, Finding, Suppressed

_DIRECTIVE = regex.compile(
    r"<!--\s*prescreen-(ignore|disable-next-line|disable|enable)((?:[\s,]+[A-Z]{1,3}[0-9]{0,3})*)"
    r"\s*(?:--\s*(.*?))?\s*-->",
    regex.S,
)


@dataclass
class Directive:
    kind: str
    codes: tuple[str, ...]
    reason: str
    line: int  # 0-based line of the directive
    start: int  # first line it covers
    end: int  # last line it covers (inclusive)
    used: bool = False

    def covers(self, f: Finding, line: int) -> bool:
        return self.start <= line <= self.end and (not self.codes or any(f.rule.startswith(c) for c in self.codes))


def parse_directives(text: str) -> list[Directive]:
    if "prescreen-" not in text:
        return []
    starts = _line_starts(text)
    out: list[Directive] = []
    open_block: list[Directive] = []
    last_line = len(starts) - 1
    for m in _DIRECTIVE.finditer(text):
        line = bisect.bisect_right(starts, m.start()) - 1
        kind = m.group(1)
        codes = tuple(c for c in regex.split(r"[\s,]+", m.group(2) or "") if c)
        reason = (m.group(3) or "").strip()
        if kind == "ignore":
            out.append(Directive(kind, codes, reason, line, line, line))
        elif kind == "disable-next-line":
            out.append(Directive(kind, codes, reason, line, line + 1, line + 1))
        elif kind == "disable":
            d = Directive(kind, codes, reason, line, line, last_line)
            open_block.append(d)
            out.append(d)
        else:  # enable closes the most recent open block (or all of them when no codes are named)
            while open_block:
                d = open_block.pop()
                d.end = line
                if codes:
                    break
    return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _digits(s: str) -> str:
    """The digits of a number, without a +86 / 0086 country prefix on a mobile number."""
    d = "".join(c for c in s if c.isdigit() or c in "xX")
    for prefix in ("0086", "86"):
        if d.startswith(prefix) and len(d) == len(prefix) + 11 and d[len(prefix)] == "1":
            return d[len(prefix):]
    return d


def apply(findings: list[Finding], text: str, config: Config) -> tuple[list[Finding], list[Suppressed], list[str]]:
    """Drop suppressed findings. Returns (kept, what was suppressed and why, notices of unused directives)."""
    directives = parse_directives(text)
    allowed = {_digits(n) for n in config.allow_numbers if _digits(n)}
    if not directives and not allowed:
        return findings, [], []
    starts = _line_starts(text)
    kept: list[Finding] = []
    gone: list[Suppressed] = []
    for f in findings:
        if allowed and f.category is Category.PRIVACY and _digits(f.text) in allowed:
            gone.append(Suppressed(rule=f.rule, start=f.start, end=f.end, reason="allow_numbers in config"))
            continue
        line = bisect.bisect_right(starts, f.start) - 1
        hit = next((d for d in directives if d.covers(f, line)), None)
        if hit is not None:
            hit.used = True
            gone.append(Suppressed(rule=f.rule, start=f.start, end=f.end,
                                   reason=f"inline prescreen-{hit.kind} on line {hit.line + 1}"
                                   + (f": {hit.reason}" if hit.reason else "")))
            continue
        kept.append(f)
    unused = [
        f"line {d.line + 1}: unused suppression prescreen-{d.kind}" + (f" {','.join(d.codes)}" if d.codes else "")
        for d in directives if not d.used
    ]
    return kept, gone, unused
