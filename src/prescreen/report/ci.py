"""CI formats: GitHub workflow annotations and GitLab code-quality JSON."""

from __future__ import annotations

import json
from typing import TextIO

from ..rulefile import RuleSpec
from ..scan import FileReport
from . import Summary

GITHUB = {"block": "error", "review": "warning", "info": "notice"}
GITLAB = {"block": "blocker", "review": "major", "info": "info"}


def _esc_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _esc_prop(s: str) -> str:
    return _esc_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    for rep in reports:
        if rep.error:
            print(f"::error file={_esc_prop(rep.path)},title=prescreen::{_esc_data('not screened: ' + rep.error)}", file=out)
        for ff in rep.findings:
            f = ff.finding
            props = (f"file={_esc_prop(rep.path)},line={ff.location.line},col={ff.location.column},"
                     f"endLine={ff.end.line},endColumn={ff.end.column},title={_esc_prop(f'{f.rule} {f.name}')}")
            print(f"::{GITHUB[f.severity.value]} {props}::{_esc_data(f'{f.message}：{f.masked_text}')}", file=out)


def render_gitlab(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    items = []
    for rep in reports:
        for ff in rep.findings:
            f = ff.finding
            items.append({
                "description": f"{f.rule} {f.message}：{f.masked_text}",
                "check_name": f.rule,
                "fingerprint": ff.digest[:32],
                "severity": GITLAB[f.severity.value],
                "location": {"path": rep.path, "lines": {"begin": ff.location.line, "end": ff.end.line}},
            })
    json.dump(items, out, ensure_ascii=False, indent=1)
    out.write("\n")
