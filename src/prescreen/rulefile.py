"""Rule files: one TOML file per rule (or lexicon), validated by pydantic.

Format (docs/rules.md has the full reference):

    code = "PC701"                 # family prefix + 3 digits, stable forever
    name = "gambling.ad"
    category = "obscenity_violence"
    severity = "block"             # default for every term/pattern of the rule
    kind = "terms"                 # terms | cooccurrence | pattern | logic
    message = "含赌博广告用语"
    basis = "《互联网信息服务管理办法》第十五条第（七）项"
    terms = '''
    真人百家乐 | 赌博游戏的招揽用语            <- term | note
    百家乐 | review | 单独出现时需判断语气       <- term | severity | note
    '''
    [doc]
    summary = "..."; why = "..."; gaps = "..."
    [[examples]]
    text = "注册即送彩金，⟦真人百家乐⟧24小时在线"   <- ⟦⟧ marks what must be found
    [[examples]]
    text = "严厉打击真人百家乐等网络赌博"           <- no marks: the rule must stay silent

Term blocks are line-oriented multi-line strings so that every term has an exact line number;
any error names the file and line. Nothing is silently dropped.
"""

from __future__ import annotations

import sys
from typing import Any, Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from .models import Category, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SPAN_OPEN, SPAN_CLOSE = "⟦", "⟧"
CODE_RE = r"^[A-Z]{2,3}[0-9]{3}$"
NAME_RE = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"
TERM_BLOCKS = ("terms", "allow", "requires", "prefilter")


class RuleFileError(ValueError):
    """A rule or config file is invalid; says which file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path, self.line, self.reason = path, line, message
        super().__init__(f"{path}:{line}: {message}")


class TermEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    term: str
    severity: Optional[Severity] = None
    note: str = ""
    line: int = 0


class Example(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    text: str
    severity: Optional[Severity] = None  # expected severity of the marked findings
    meta: dict[str, Any] = Field(default_factory=dict)
    note: str = ""

    @field_validator("text")
    @classmethod
    def _balanced(cls, v: str) -> str:
        parse_marked(v)  # raises on unbalanced marks
        return v

    @property
    def plain(self) -> str:
        return parse_marked(self.text)[0]

    @property
    def spans(self) -> list[tuple[int, int]]:
        return parse_marked(self.text)[1]


class RuleDoc(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    summary: str = Field(min_length=4)
    why: str = Field(min_length=4)
    gaps: str = ""


class RuleSpec(BaseModel):
    """One rule as written in its file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=CODE_RE)
    name: str = Field(pattern=NAME_RE)
    category: Category
    severity: Severity
    kind: Literal["terms", "cooccurrence", "pattern", "logic"]
    message: str = Field(min_length=2)
    basis: str = Field(min_length=2)
    suggestion: Optional[str] = None
    # sensitive: an opposing voice nearby (打击, 严禁, 辟谣…) turns the candidate away;
    # absolute: context never turns it away (used for markers and identifiers).
    voice: Literal["sensitive", "absolute"] = "sensitive"
    # Word-boundary check with jieba on a window around the hit: auto = for terms of <= 3 CJK chars.
    boundary: Literal["auto", "always", "never"] = "auto"
    enabled: bool = True
    terms: list[TermEntry] = Field(default_factory=list)
    allow: list[TermEntry] = Field(default_factory=list)
    requires: list[TermEntry] = Field(default_factory=list)
    window: int = Field(default=40, ge=1, le=500)
    patterns: list[str] = Field(default_factory=list)
    # pattern rules: literal terms one of which every match contains or stands next to. The regex
    # then runs only within `window` characters of their hits (found in the one automaton pass),
    # instead of over the whole text.
    prefilter: list[TermEntry] = Field(default_factory=list)
    params: dict[str, Any] = Field(default_factory=dict)
    doc: RuleDoc
    examples: list[Example] = Field(min_length=2)
    source: str = ""

    @field_validator("patterns")
    @classmethod
    def _compile(cls, v: list[str], info: ValidationInfo) -> list[str]:
        # Built-in rules are compiled by the test suite on every CI run; compiling them again in
        # every fresh process cost ~0.4 s of start-up, so only user packs are compiled at load.
        check = not (info.context or {}).get("trusted", False)
        for i, p in enumerate(v):
            if check:
                try:
                    regex.compile(p, regex.V1)
                except regex.error as e:
                    raise ValueError(f"patterns[{i}] does not compile: {e}") from e
            if "\\b" in p or "\\W" in p:
                raise ValueError(f"patterns[{i}] uses \\b or \\W, which misbehave next to Chinese text; "
                                 "use look-arounds on digits/letters instead")
        return v

    @model_validator(mode="after")
    def _shape(self) -> "RuleSpec":
        if self.kind == "terms" and not self.terms:
            raise ValueError("a terms rule needs a non-empty `terms` block")
        if self.kind == "cooccurrence" and (not self.terms or not self.requires):
            raise ValueError("a cooccurrence rule needs `terms` (anchors) and `requires`")
        if self.kind == "pattern" and not self.patterns:
            raise ValueError("a pattern rule needs `patterns`")
        if self.prefilter and self.kind != "pattern":
            raise ValueError("`prefilter` belongs to pattern rules")
        if not any(e.spans for e in self.examples):
            raise ValueError("at least one example must mark (with ⟦⟧) what the rule finds")
        if not any(not e.spans for e in self.examples):
            raise ValueError("at least one example must be a text the rule must NOT flag")
        return self

    def entry_severity(self, entry: TermEntry) -> Severity:
        return entry.severity or self.severity


class LexiconSpec(BaseModel):
    """A shared word list that shapes context: allow phrases, opposing-voice or supporting-voice cues."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: Literal["lexicon"]
    name: str = Field(pattern=NAME_RE)
    # neutral: phrases that contain an opposing cue without being one (恨不得, 巴不得, 怪不得)
    role: Literal["allow", "opposing", "supporting", "neutral"]
    description: str = Field(min_length=4)
    terms: list[TermEntry] = Field(min_length=1)
    source: str = ""


def parse_marked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip ⟦⟧ marks; return the plain text and the marked spans (plain offsets)."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    open_at: Optional[int] = None
    n = 0
    for ch in text:
        if ch == SPAN_OPEN:
            if open_at is not None:
                raise ValueError("nested ⟦ in example text")
            open_at = n
        elif ch == SPAN_CLOSE:
            if open_at is None or open_at == n:
                raise ValueError("⟧ without a matching ⟦, or an empty span")
            spans.append((open_at, n))
            open_at = None
        else:
            plain.append(ch)
            n += 1
    if open_at is not None:
        raise ValueError("⟦ without a closing ⟧")
    return "".join(plain), spans


def _block_start_line(raw: str, key: str) -> Optional[int]:
    """1-based line of the first content line of `key = '''…` (TOML drops the newline after the quotes)."""
    m = regex.search(rf"(?m)^[ \t]*{key}[ \t]*=[ \t]*(\"\"\"|''')", raw)
    if not m:
        return None
    line = raw.count("\n", 0, m.start()) + 1
    after = raw[m.end():m.end() + 2]
    return line + 1 if after.startswith("\n") or after.startswith("\r\n") else line


def _parse_term_block(raw: str, key: str, value: Any, path: str) -> list[dict[str, Any]]:
    if isinstance(value, list):  # also accept a plain TOML array of strings
        value = "\n".join(value)
    if not isinstance(value, str):
        raise RuleFileError(path, _line_for(raw, (key,)), f"`{key}` must be a multi-line string of terms")
    first = _block_start_line(raw, key) or _line_for(raw, (key,))
    entries: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for k, line in enumerate(value.splitlines()):
        lineno = first + k
        body = line.strip()
        if not body or body.startswith("#"):
            continue
        parts = [p.strip() for p in body.split("|")]
        term, sev, note = parts[0], None, ""
        if len(parts) >= 2 and parts[1] in ("block", "review", "info"):
            sev = parts[1]
            note = "|".join(parts[2:]).strip()
        elif len(parts) >= 2:
            note = "|".join(parts[1:]).strip()
        if not term:
            raise RuleFileError(path, lineno, f"empty term in `{key}`")
        if len(term) < 2:
            raise RuleFileError(path, lineno, f"single-character term {term!r} in `{key}`: too ambiguous to match")
        if term in seen:
            raise RuleFileError(path, lineno, f"duplicate term {term!r} in `{key}` (first at line {seen[term]})")
        seen[term] = lineno
        entries.append({"term": term, "severity": sev, "note": note, "line": lineno})
    return entries


def _line_for(raw: str, loc: tuple[Any, ...]) -> int:
    """Best line for a pydantic error location such as ('examples', 2, 'text')."""
    lines = raw.splitlines()
    if not loc:
        return 1
    key = str(loc[0])
    if len(loc) >= 2 and isinstance(loc[1], int):
        headers = [i for i, ln in enumerate(lines) if regex.match(rf"^\s*\[\[\s*{regex.escape(key)}\s*\]\]", ln)]
        if loc[1] < len(headers):
            start = headers[loc[1]]
            if len(loc) >= 3:
                for i in range(start + 1, len(lines)):
                    if lines[i].lstrip().startswith("["):
                        break
                    if regex.match(rf"^\s*{regex.escape(str(loc[2]))}\s*=", lines[i]):
                        return i + 1
            return start + 1
    for i, ln in enumerate(lines):
        if regex.match(rf"^\s*{regex.escape(key)}\s*=", ln) or regex.match(rf"^\s*\[\s*{regex.escape(key)}\s*\]", ln):
            if len(loc) >= 2 and isinstance(loc[1], str):  # a key inside a table
                for j in range(i + 1, len(lines)):
                    if lines[j].lstrip().startswith("["):
                        break
                    if regex.match(rf"^\s*{regex.escape(loc[1])}\s*=", lines[j]):
                        return j + 1
            return i + 1
    return 1


def load_rule_file(raw: str, path: str, *, trusted: bool = False) -> RuleSpec | LexiconSpec:
    """Parse and validate one rule or lexicon file. Raises RuleFileError naming file and line.

    `trusted` (built-in rules only) skips compiling patterns here; they compile on first use."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        m = regex.search(r"line (\d+)", str(e))
        raise RuleFileError(path, int(m.group(1)) if m else 1, f"invalid TOML: {e}") from None
    for key in TERM_BLOCKS:
        if key in data:
            data[key] = _parse_term_block(raw, key, data[key], path)
    data["source"] = path
    model: type[RuleSpec] | type[LexiconSpec] = LexiconSpec if data.get("kind") == "lexicon" else RuleSpec
    try:
        return model.model_validate(data, context={"trusted": trusted})
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(err["loc"])
        if loc and loc[0] in TERM_BLOCKS and len(loc) >= 2 and isinstance(loc[1], int):
            entry = data[loc[0]][loc[1]]
            line = entry["line"]
        else:
            line = _line_for(raw, loc)
        where = ".".join(str(x) for x in loc) or "file"
        more = f" (and {len(e.errors()) - 1} more)" if len(e.errors()) > 1 else ""
        raise RuleFileError(path, line, f"{where}: {err['msg']}{more}") from None
