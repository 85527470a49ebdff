"""Public result models: Decision, Category, Severity, Finding, Result, DocumentMeta.

These are the contract callers rely on (see docs/api.md). They serialise to JSON with a
versioned schema (`Result.schema_version`); personal data is masked when serialised.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, field_serializer

SCHEMA_VERSION = "1"


class Decision(str, Enum):
    """What the caller may do with the text."""

    PASS = "pass"
    REVIEW = "review"
    BLOCK = "block"

    def __str__(self) -> str:  # "pass", not "Decision.PASS", in f-strings and reports
        return self.value


class Severity(str, Enum):
    """How serious one finding is. `info` never changes the decision."""

    INFO = "info"
    REVIEW = "review"
    BLOCK = "block"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.REVIEW: 1, Severity.BLOCK: 2}


class Category(str, Enum):
    """The nine categories of 《互联网信息服务管理办法》第十五条 plus the three the review adds."""

    CONSTITUTION = "constitution"
    STATE_SECURITY = "state_security"
    NATIONAL_HONOR = "national_honor"
    ETHNIC_HATRED = "ethnic_hatred"
    RELIGION_CULT = "religion_cult"
    RUMOR = "rumor"
    OBSCENITY_VIOLENCE = "obscenity_violence"
    INSULT_DEFAMATION = "insult_defamation"
    OTHER_ILLEGAL = "other_illegal"
    SECRET = "secret"
    SENSITIVE = "sensitive"
    PRIVACY = "privacy"

    def __str__(self) -> str:
        return self.value


class Channel(str, Enum):
    """Where the text is going to be published."""

    PROACTIVE = "proactive"  # 主动公开: the website itself (default)
    ON_REQUEST = "on_request"  # 依申请公开: released to one applicant
    INTERNAL = "internal"  # 内网 / internal distribution: only screening for privacy matters

    def __str__(self) -> str:
        return self.value


class Genre(str, Enum):
    """Document genre, where it changes what may stand in the text."""

    GENERAL = "general"
    PUNISHMENT = "punishment"  # 惩戒公示 / 行政处罚公示: names of the punished may stand
    MANDATORY = "mandatory"  # mandatory disclosure (e.g. 任前公示): names may stand
    PUBLIC_COMMENT = "public_comment"  # 公开征求意见: a draft published for comment is fine

    def __str__(self) -> str:
        return self.value

    @classmethod
    def _missing_(cls, value: object) -> "Genre | None":
        """Accept the Chinese names CMS fields use (惩戒公示, 行政处罚决定书, 任前公示, 公开征求意见…)."""
        if isinstance(value, str):
            for alias, genre in _GENRE_ALIASES:
                if alias in value:
                    return genre
        return None


_GENRE_ALIASES = (
    ("惩戒", Genre.PUNISHMENT), ("处罚", Genre.PUNISHMENT), ("失信", Genre.PUNISHMENT),
    ("任前公示", Genre.MANDATORY), ("干部公示", Genre.MANDATORY), ("强制公开", Genre.MANDATORY),
    ("征求意见", Genre.PUBLIC_COMMENT),
)


class DocumentMeta(BaseModel):
    """What the caller knows about the document (all optional)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    channel: Channel = Channel.PROACTIVE
    genre: Genre = Genre.GENERAL
    # The CMS's own 公开属性 field, e.g. "主动公开", "依申请公开", "不予公开".
    attribute: Optional[str] = None
    path: Optional[str] = None


class Finding(BaseModel):
    """One problem in the text: what, where (original offsets), why, and how to fix it."""

    model_config = ConfigDict(frozen=True)

    rule: str = Field(description="stable rule code, e.g. PC701")
    name: str = Field(description="rule name, e.g. gambling.ad")
    category: Category
    severity: Severity
    start: int = Field(ge=0, description="offset into the original text (code points)")
    end: int = Field(ge=0)
    text: str = Field(repr=False, description="original[start:end]; masked when serialised if personal")
    message: str
    basis: str
    suggestion: Optional[str] = None
    explanation: str = ""
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    location: Optional[str] = Field(default=None, description="part of a file, e.g. 'header1'")

    @property
    def masked_text(self) -> str:
        """The matched text as any report may show it."""
        return mask_for_report(self.text, self.category)

    @field_serializer("text")
    def _serialise_text(self, value: str) -> str:
        return mask_for_report(value, self.category)

    def __str__(self) -> str:
        return f"{self.start}-{self.end} {self.rule} [{self.severity}] {self.message}: {self.masked_text}"


class Suppressed(BaseModel):
    """A candidate that context turned away; kept only when `explain=True`."""

    model_config = ConfigDict(frozen=True)

    rule: str
    start: int
    end: int
    reason: str


class Result(BaseModel):
    """The outcome of screening one text."""

    model_config = ConfigDict(frozen=True)

    schema_version: str = SCHEMA_VERSION
    decision: Decision
    findings: list[Finding] = Field(default_factory=list)
    suppressed: list[Suppressed] = Field(default_factory=list)
    # Things the reviewer should know that are not findings, e.g. an inline suppression that matched nothing.
    notices: list[str] = Field(default_factory=list)
    stats: dict[str, Any] = Field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.decision is Decision.PASS

    def __bool__(self) -> bool:  # a Result is always truthy; use .passed
        return True

    def by_category(self) -> dict[Category, list[Finding]]:
        out: dict[Category, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.category, []).append(f)
        return out


def mask_for_report(text: str, category: Category) -> str:
    """Mask what a report prints: personal data keeps its head and tail only."""
    if category is not Category.PRIVACY:
        return text
    from .masking import mask_generic

    return mask_generic(text)
