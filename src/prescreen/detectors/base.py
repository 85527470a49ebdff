"""What a logic rule (a detector written in Python) sees and returns.

A detector is bound to its rule file by code (rules/**/<CODE>_*.toml holds its metadata, data in
`params`, documentation and examples). It gets a read-only `Doc` and yields `Hit`s; the screener
turns hits into findings with original offsets. Detectors must be pure: no state changes in `find`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Literal, Optional

import regex

from ..config import Config
from ..models import DocumentMeta, Severity
from ..rulefile import RuleSpec

if TYPE_CHECKING:
    from ..context import VoiceIndex
    from ..normalize import NormalizedText, Normalizer


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    space: Literal["norm", "orig"] = "norm"  # which text the offsets index
    severity: Optional[Severity] = None  # default: the rule's severity
    message: Optional[str] = None  # default: the rule's message
    suggestion: Optional[str] = None
    explanation: str = ""
    score: float = 1.0


@dataclass(frozen=True)
class Doc:
    """Everything a rule may look at for one text."""

    original: str
    norm: "NormalizedText"
    meta: DocumentMeta
    config: Config
    voice: "VoiceIndex"
    # Normaliser for line-level structure rules: like the main one, but keeps * (a damaged ★).
    line_normalizer: Optional["Normalizer"] = None
    chunk: int = 0  # index of this chunk in a very large text (0: the document's head is here)
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, escaped, in the order given (put longer words first
    where one word is a prefix of another)."""
    return "|".join(regex.escape(w) for w in words)


class Detector:
    """Base class for logic rules."""

    def __init__(self, spec: RuleSpec, config: Config) -> None:
        self.spec = spec
        self.config = config
        self.params = spec.params

    def find(self, doc: Doc) -> Iterable[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError
