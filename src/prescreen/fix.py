"""Auto-masking: rewrite a text with every personal identifier replaced by its masked form.

`mask_text(screener, text)` screens the text and replaces the span of every privacy finding (review
or block) with the finding's `suggestion` — the masked form of the original characters that the
privacy rules compute per the masking policy (`Config.masking`). Everything outside those spans is
left byte-identical; replacements are applied right to left so earlier offsets stay valid.

Findings of severity `info` are left alone (they do not change the decision either), and so are
findings whose suggestion is missing or is not a mask of the span (a rule-level advice text).
Overlapping findings (e.g. two rules on one number) are resolved in favour of the longer span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import Category, Finding, Severity

if TYPE_CHECKING:
    from .screener import Screener


def _is_mask(f: Finding, mask_char: str) -> bool:
    """The suggestion is a replacement for the span (it hides part of it), not advice text."""
    s = f.suggestion
    return bool(s) and s != f.text and mask_char in s


def findings_to_mask(findings: list[Finding], mask_char: str = "*") -> list[Finding]:
    """The privacy findings to mask, non-overlapping, left to right (shared by mask() and --fix)."""
    cands = [f for f in findings
             if f.category is Category.PRIVACY and f.severity is not Severity.INFO and _is_mask(f, mask_char)]
    cands.sort(key=lambda f: (-(f.end - f.start), f.start))  # longest first wins an overlap
    chosen: list[Finding] = []
    for f in cands:
        if all(f.end <= g.start or g.end <= f.start for g in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return chosen


def mask_spans(findings: list[Finding], mask_char: str = "*") -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, replacement) for the privacy findings to mask, left to right."""
    return [(f.start, f.end, f.suggestion or "") for f in findings_to_mask(findings, mask_char)]


def splice(text: str, edits: "list[tuple[int, int, str]]") -> str:
    """`text` with each non-overlapping, sorted (start, end, replacement) applied."""
    out: list[str] = []
    pos = 0
    for a, b, rep in edits:
        out.append(text[pos:a])
        out.append(rep)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def mask_text(screener: "Screener", text: str) -> str:
    """`text` with every privacy finding's span replaced by its masked suggestion."""
    result = screener.check(text)
    return splice(text, mask_spans(result.findings, screener.config.masking.mask_char))
