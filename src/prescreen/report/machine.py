"""Machine formats: one JSON document, or JSON Lines (one finding or error per line, then a summary)."""

from __future__ import annotations

import json
from typing import TextIO

from .. import SCHEMA_VERSION, __version__
from ..rulefile import RuleSpec
from ..scan import FileReport
from . import Summary, finding_dict


def _file_dict(rep: FileReport) -> dict:
    return {
        "path": rep.path, "format": rep.format, "encoding": rep.encoding,
        "decision": rep.decision.value if rep.decision else None, "error": rep.error,
        "notices": rep.notices, "findings": [finding_dict(rep, ff) for ff in rep.findings],
    }


def render_json(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    doc = {"schema_version": SCHEMA_VERSION, "tool": "prescreen", "version": __version__,
           "files": [_file_dict(r) for r in reports], "summary": summary.as_dict()}
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")


def render_jsonl(reports: list[FileReport], summary: Summary, rules: dict[str, RuleSpec], out: TextIO, opts: dict) -> None:
    for r in reports:
        if r.error:
            out.write(json.dumps({"type": "error", "path": r.path, "error": r.error}, ensure_ascii=False) + "\n")
        for ff in r.findings:
            out.write(json.dumps({"type": "finding", **finding_dict(r, ff)}, ensure_ascii=False) + "\n")
    out.write(json.dumps({"type": "summary", "schema_version": SCHEMA_VERSION, **summary.as_dict()}, ensure_ascii=False) + "\n")
