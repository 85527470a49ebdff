"""Human formats: `full` (Ruff-like, with the line and an East-Asian-width underline) and `concise`."""

from __future__ import annotations

import unicodedata
from typing import Callable, TextIO

from ..rulefile import RuleSpec
from ..scan import FileFinding, FileReport
from . import Summary, safe

_SEV_COLOUR = {"block": "\033[1;31m", "review": "\033[1;33m", "info": "\033[36m"}
_RESET = "\033[0m"


def display_width(s: str) -> int:
    w = 0
    for c in s:
        if unicodedata.combining(c) or c in "\u200b\u200c\u200d\ufeff":
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def _loc(rep: FileReport, ff: FileFinding) -> str:
    label = f" [{ff.location.label}]" if ff.location.label else ""
    return f"{rep.path}:{ff.location.line}:{ff.location.column}:{label}"


def _sev(sev: str, colour: bool) -> str:
    return f"{_SEV_COLOUR[sev]}[{sev}]{_RESET}" if colour else f"[{sev}]"


def _render(reports: list[FileReport], summary: Summary, out: TextIO, opts: dict,
            finding: "Callable[[FileReport, FileFinding, bool], None]") -> None:
    """The frame both human formats share: errors, each finding, notices, then the summary."""
    colour = bool(opts.get("colour"))
    for rep in reports:
        if rep.error:
            print(f"{rep.path}: error: {rep.error}", file=out)
            continue
        for ff in rep.findings:
            finding(rep, ff, colour)
        for n in rep.notices:
            print(f"{rep.path}: warning: {n}", file=out)
    render_summary(summary, out, opts)


def render_full(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    def one(rep: FileReport, ff: FileFinding, colour: bool) -> None:
        f = ff.finding
        print(f"{_loc(rep, ff)} {f.rule} {_sev(f.severity.value, colour)} {f.message} ({f.name})", file=out)
        line = ff.line_text.replace("\t", "    ").rstrip("\r")
        col0 = ff.location.column - 1
        raw_line = ff.line_text
        pre = raw_line[:col0].replace("\t", "    ")
        if ff.end.line == ff.location.line:
            span = raw_line[col0:ff.end.column - 1]
        else:
            span = raw_line[col0:]
        gutter = " " * len(str(ff.location.line))
        print(f"{gutter} |", file=out)
        print(f"{ff.location.line} | {line}", file=out)
        print(f"{gutter} | {' ' * display_width(pre)}{'^' * max(1, display_width(span.replace(chr(9), '    ')))}", file=out)
        if f.suggestion:
            print(f"{gutter} = 建议：{safe(f.suggestion)}", file=out)
        print(f"{gutter} = 依据：{f.basis}", file=out)
        print(file=out)

    _render(reports, summary, out, opts, one)


def render_concise(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    def one(rep: FileReport, ff: FileFinding, colour: bool) -> None:
        f = ff.finding
        print(f"{_loc(rep, ff)} {f.rule} {_sev(f.severity.value, colour)} {f.message}: {f.masked_text}", file=out)

    _render(reports, summary, out, opts, one)


def render_statistics(summary: Summary, rules: dict[str, RuleSpec], out: TextIO) -> None:
    for code, n in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        r = rules.get(code)
        print(f"{n:6d}  {code:6}  [{r.severity.value if r else '?':6}]  {r.name if r else ''}", file=out)


def render_summary(summary: Summary, out: TextIO, opts: dict) -> None:
    d = summary.decisions
    parts = [f"{d.get(k, 0)} {k}" for k in ("block", "review", "pass") if d.get(k)]
    if d.get("error"):
        parts.append(f"{d['error']} could not be screened")
    print(f"Screened {summary.files} file{'s' if summary.files != 1 else ''}: {', '.join(parts) or 'nothing'}.", file=out)
    if summary.by_category:
        cats = ", ".join(f"{c} {n}" for c, n in sorted(summary.by_category.items(), key=lambda kv: -kv[1]))
        print(f"Findings by category: {cats}.", file=out)
    if summary.baselined:
        print(f"{summary.baselined} finding(s) already in the baseline were not reported.", file=out)
    for p, e in summary.errors:
        print(f"Not screened: {p}: {e}", file=out)
    if summary.skipped:
        why: dict[str, int] = {}
        for _, w in summary.skipped:
            why[w] = why.get(w, 0) + 1
        print("Skipped: " + ", ".join(f"{n} by {w}" for w, n in why.items()) + ".", file=out)
