"""SARIF 2.1.0, as GitHub code scanning accepts it: stable rule ids, 1-based columns counted in
Unicode code points (columnKind), rule help text, partial fingerprints (keyed, never the raw text)."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import TextIO

from .. import __version__
from ..rulefile import RuleSpec
from ..scan import FileReport
from . import Summary, safe

LEVEL = {"block": "error", "review": "warning", "info": "note"}


def _rule(r: RuleSpec) -> dict:
    help_text = f"{r.doc.summary}\n\n为什么：{r.doc.why}\n\n依据：{r.basis}" + (f"\n\n已知局限：{r.doc.gaps}" if r.doc.gaps else "")
    return {
        "id": r.code, "name": r.name,
        "shortDescription": {"text": r.message},
        "fullDescription": {"text": r.doc.summary},
        "help": {"text": help_text, "markdown": help_text.replace("\n\n", "\n\n")},
        "defaultConfiguration": {"level": LEVEL[r.severity.value]},
        "properties": {"category": r.category.value, "tags": [r.category.value]},
    }


def _artifact(path: str) -> dict:
    p = PurePath(path)
    if p.is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": p.as_posix(), "uriBaseId": "%SRCROOT%"}


def render(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    used = sorted({ff.finding.rule for r in reports for ff in r.findings})
    index = {code: i for i, code in enumerate(used)}
    results = []
    for rep in reports:
        for ff in rep.findings:
            f = ff.finding
            region = {"startLine": ff.location.line, "startColumn": ff.location.column,
                      "endLine": ff.end.line, "endColumn": ff.end.column}
            loc = {"physicalLocation": {"artifactLocation": _artifact(rep.path), "region": region}}
            if ff.location.label:
                loc["logicalLocations"] = [{"name": ff.location.label, "kind": "part"}]
            results.append({
                "ruleId": f.rule, "ruleIndex": index[f.rule], "level": LEVEL[f.severity.value],
                "message": {"text": f"{f.message}：{f.masked_text}" + (f"（建议：{safe(f.suggestion)}）" if f.suggestion else "")},
                "locations": [loc],
                "partialFingerprints": {"prescreenFinding/v1": ff.digest[:32]},
                "properties": {"category": f.category.value, "score": f.score},
            })
    invocations = [{"executionSuccessful": not summary.errors,
                    "toolExecutionNotifications": [{"level": "error", "message": {"text": f"{p}: {e}"}} for p, e in summary.errors]}]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "prescreen", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://pypi.org/project/prescreen/",
                                "rules": [_rule(rules[c]) for c in used if c in rules]}},
            "columnKind": "unicodeCodePoints",
            "invocations": invocations,
            "results": results,
        }],
    }
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
