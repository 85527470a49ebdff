"""Configuration: one pydantic model that drives the API, the CLI and the pre-commit hook.

Found by walking up from a folder: `prescreen.toml`, `.prescreen.toml`, or `[tool.prescreen]` in
`pyproject.toml`. Paths inside (user packs) are relative to the file they are written in.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import Channel, Genre, Severity
from .normalize import DEFAULT_SKIP
from .rulefile import RuleFileError, _line_for

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("prescreen.toml", ".prescreen.toml", "pyproject.toml")


class MaskingPolicy(BaseModel):
    """How many characters a mask keeps at the head and tail, per identifier type."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id_head: int = Field(default=6, ge=0, le=8)  # 6 = region code only; never the birth date
    id_tail: int = Field(default=4, ge=0, le=4)
    mobile_head: int = Field(default=3, ge=0, le=7)
    mobile_tail: int = Field(default=4, ge=0, le=4)
    card_head: int = Field(default=4, ge=0, le=6)
    card_tail: int = Field(default=4, ge=0, le=4)
    passport_head: int = Field(default=1, ge=0, le=3)
    passport_tail: int = Field(default=2, ge=0, le=4)
    email_local_keep: int = Field(default=1, ge=0, le=3)
    mask_char: str = Field(default="*", min_length=1, max_length=1)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Rule selection, as in Ruff: codes, prefixes ("PC7", "PD"), names ("gambling.ad") or category ids.
    select: list[str] = Field(default_factory=list)  # empty: every rule that is on by default
    extend_select: list[str] = Field(default_factory=list)  # switch on rules that are off by default
    ignore: list[str] = Field(default_factory=list)
    # Severity per selector (code, prefix, name or category): "block" | "review" | "info".
    severity: dict[str, Severity] = Field(default_factory=dict)
    # Policy: a strict CMS treats every `review` as `block`.
    review_as_block: bool = False
    fail_on: Literal["block", "review"] = "block"
    channel: Channel = Channel.PROACTIVE
    genre: Genre = Genre.GENERAL
    # User rule packs: rule files or folders of them (same format as rules/ in this package).
    packs: list[str] = Field(default_factory=list)
    # Extra allow phrases, per category id or "*" for all: a phrase that covers a hit wins.
    allow: dict[str, list[str]] = Field(default_factory=dict)
    # Numbers and addresses that are public for this site (e.g. an office's mobile hotline).
    allow_numbers: list[str] = Field(default_factory=list)
    masking: MaskingPolicy = Field(default_factory=MaskingPolicy)
    skip_chars: str = DEFAULT_SKIP
    traditional: bool = True
    matcher: Literal["auto", "pyahocorasick", "ahocorasick_rs"] = "auto"
    regex_timeout: float = Field(default=1.0, gt=0, le=60)
    # Where this config came from (set by the loader), to resolve relative pack paths.
    root: Optional[str] = None


def find_config(start: str | Path = ".") -> Optional[Path]:
    """The nearest config file at or above `start`: prescreen.toml, .prescreen.toml or a pyproject with [tool.prescreen]."""
    here = Path(start).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            cand = folder / name
            if not cand.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    data = tomllib.loads(cand.read_text(encoding="utf-8"))
                except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                    continue
                if "prescreen" not in data.get("tool", {}):
                    continue
            return cand
    return None


def load_config(path: str | Path) -> Config:
    """Read and validate a config file; errors name the file and line."""
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise RuleFileError(str(p), 1, f"invalid TOML: {e}") from None
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("prescreen", {})
    data = {k.replace("-", "_"): v for k, v in data.items()}
    data["root"] = str(p.resolve().parent)
    try:
        return Config.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(err["loc"])
        key = str(loc[0]) if loc else ""
        line = _line_for(raw, (key.replace("_", "-"),) + loc[1:]) if key else 1
        if line == 1 and key:
            line = _line_for(raw, loc)
        raise RuleFileError(str(p), line, f"{'.'.join(map(str, loc))}: {err['msg']}") from None


def discover_config(start: str | Path = ".") -> Config:
    found = find_config(start)
    return load_config(found) if found else Config()
