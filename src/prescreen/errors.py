"""Exceptions callers may catch."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Result


class PrescreenError(Exception):
    """Base class of prescreen's own errors."""


class ScreeningError(PrescreenError, RuntimeError):
    """Screening could not complete. The text must be treated as not passed (fail closed)."""


class ScreeningFailed(PrescreenError):
    """Raised by `require_pass` when the decision is not `pass`; carries the result."""

    def __init__(self, result: "Result") -> None:
        self.result = result
        counts = ", ".join(f"{f.rule} {f.severity}" for f in result.findings[:5])
        more = f" (+{len(result.findings) - 5} more)" if len(result.findings) > 5 else ""
        super().__init__(f"screening decision is {result.decision}: {counts}{more}")
