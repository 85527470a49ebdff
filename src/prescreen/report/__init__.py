"""Report formats for batch scans. Every format masks personal data (see `safe`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, TextIO

import regex

from ..masking import mask_generic
from ..rulefile import RuleSpec
from ..scan import FileFinding, FileReport

FORMATS = ("full", "concise", "json", "json-lines", "sarif", "github", "gitlab")

# Any long digit run or e-mail address in free text (explanations) is masked before printing.
_LEAKY = regex.compile(r"[0-9０-９][0-9０-９ \-xX]{5,}[0-9０-９xX]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def safe(text: str | None) -> str | None:
    """Mask anything identifier-shaped in free text."""
    if not text:
        return text
    return _LEAKY.sub(lambda m: mask_generic(m.group()), text)


@dataclass
class Summary:
    files: int = 0
    decisions: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    baselined: int = 0
    chars: int = 0

    @classmethod
    def of(cls, reports: list[FileReport], skipped: list[tuple[str, str]], baselined: int = 0) -> "Summary":
        s = cls(files=len(reports), skipped=skipped, baselined=baselined)
        for r in reports:
            s.chars += r.chars
            if r.error:
                s.errors.append((r.path, r.error))
                s.decisions["error"] = s.decisions.get("error", 0) + 1
                continue
            d = r.decision.value if r.decision else "pass"
            s.decisions[d] = s.decisions.get(d, 0) + 1
            for ff in r.findings:
                c = ff.finding.category.value
                s.by_category[c] = s.by_category.get(c, 0) + 1
                s.by_rule[ff.finding.rule] = s.by_rule.get(ff.finding.rule, 0) + 1
        return s

    def as_dict(self) -> dict:
        return {"files": self.files, "decisions": self.decisions, "findings_by_category": self.by_category,
                "findings_by_rule": self.by_rule, "errors": [{"path": p, "error": e} for p, e in self.errors],
                "skipped": [{"path": p, "why": w} for p, w in self.skipped], "baselined": self.baselined,
                "chars": self.chars}


def finding_dict(rep: FileReport, ff: FileFinding) -> dict:
    f = ff.finding
    return {
        "path": rep.path, "rule": f.rule, "name": f.name, "category": f.category.value,
        "severity": f.severity.value, "message": f.message, "basis": f.basis,
        "suggestion": safe(f.suggestion), "explanation": safe(f.explanation), "text": f.masked_text,
        "part": ff.part, "label": ff.location.label, "line": ff.location.line, "column": ff.location.column,
        "end_line": ff.end.line, "end_column": ff.end.column, "start": f.start, "end": f.end, "score": f.score,
    }


Renderer = Callable[[list[FileReport], Summary, dict[str, RuleSpec], TextIO, dict], None]


def renderer(fmt: str) -> Renderer:
    from . import ci, machine, sarif, text

    table: dict[str, Renderer] = {
        "full": text.render_full, "concise": text.render_concise, "json": machine.render_json,
        "json-lines": machine.render_jsonl, "sarif": sarif.render, "github": ci.render_github,
        "gitlab": ci.render_gitlab,
    }
    return table[fmt]
