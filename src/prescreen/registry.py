"""The rule registry: every rule and lexicon, loaded from rules/ and user packs, selectable like Ruff.

A selector is a code ("PD101"), a code prefix ("PD", "PC7"), a name ("gambling.ad"), a name prefix
("gambling") or a category id ("privacy").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .config import Config
from .models import Severity
from .resources import iter_rule_files
from .rulefile import LexiconSpec, RuleFileError, RuleSpec, load_rule_file


def matches_selector(spec: RuleSpec, selector: str) -> bool:
    s = selector.strip()
    if not s:
        return False
    if s == spec.category.value or s == spec.name or spec.name.startswith(s + "."):
        return True
    # Codes and code prefixes are upper-case, as in Ruff (PD, PC7, PD101).
    return s[0].isupper() and spec.code.startswith(s)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[RuleSpec, ...]
    lexicons: tuple[LexiconSpec, ...]
    _by_code: dict[str, RuleSpec] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_code: dict[str, RuleSpec] = {}
        names: dict[str, str] = {}
        for r in self.rules:
            if r.code in by_code:
                raise RuleFileError(r.source, 1, f"duplicate rule code {r.code} (also in {by_code[r.code].source})")
            if r.name in names:
                raise RuleFileError(r.source, 1, f"duplicate rule name {r.name} (also {names[r.name]})")
            by_code[r.code] = r
            names[r.name] = r.code
        object.__setattr__(self, "_by_code", by_code)

    def get(self, code: str) -> RuleSpec:
        try:
            return self._by_code[code.upper()]
        except KeyError:
            raise KeyError(f"no rule {code!r}; `prescreen rules` lists them") from None

    def find(self, selector: str) -> list[RuleSpec]:
        return [r for r in self.rules if matches_selector(r, selector)]

    def select(self, config: Config) -> "RuleSet":
        """The rules a config switches on, in code order."""
        for sel in (*config.select, *config.extend_select, *config.ignore, *config.severity):
            if not self.find(sel):
                raise ValueError(f"selector {sel!r} matches no rule (codes, prefixes, names or category ids)")
        chosen = []
        for r in self.rules:
            on = any(matches_selector(r, s) for s in config.select) if config.select else r.enabled
            on = on or any(matches_selector(r, s) for s in config.extend_select)
            if on and not any(matches_selector(r, s) for s in config.ignore):
                chosen.append(r)
        return RuleSet(tuple(chosen), self.lexicons)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def severity_override(spec: RuleSpec, config: Config) -> Optional[Severity]:
    """The most specific severity the config sets for a rule: code > name > prefix > category."""
    best: Optional[tuple[int, Severity]] = None
    for sel, sev in config.severity.items():
        if not matches_selector(spec, sel):
            continue
        rank = 4 if sel.upper() == spec.code else 3 if sel == spec.name else 1 if sel == spec.category.value else 2
        if best is None or rank > best[0]:
            best = (rank, sev)
    return best[1] if best else None


def _load_many(files: Iterable[tuple[str, str]], trusted: bool = False) -> tuple[list[RuleSpec], list[LexiconSpec]]:
    rules: list[RuleSpec] = []
    lexicons: list[LexiconSpec] = []
    for path, raw in files:
        spec = load_rule_file(raw, path, trusted=trusted)
        (lexicons if isinstance(spec, LexiconSpec) else rules).append(spec)
    return rules, lexicons


def builtin_files() -> list[tuple[str, str]]:
    return [(f"rules/{p}", raw) for p, raw in iter_rule_files()]


def pack_files(paths: Iterable[str], root: Optional[str] = None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in paths:
        path = Path(p)
        if root and not path.is_absolute():
            path = Path(root) / path
        if path.is_dir():
            files = sorted(path.rglob("*.toml"))
            if not files:
                raise RuleFileError(str(path), 1, "rule pack folder holds no .toml rule files")
        elif path.is_file():
            files = [path]
        else:
            raise RuleFileError(str(path), 1, "rule pack not found")
        for f in files:
            try:
                out.append((str(f), f.read_text(encoding="utf-8")))
            except UnicodeDecodeError as e:
                raise RuleFileError(str(f), 1, f"rule files must be UTF-8: {e}") from None
    return out


def load_ruleset(config: Config | None = None) -> RuleSet:
    """Built-in rules plus the config's user packs (not yet narrowed by select/ignore)."""
    config = config or Config()
    rules, lexicons = _load_many(builtin_files(), trusted=True)
    if config.packs:
        urules, ulex = _load_many(pack_files(config.packs, config.root))
        for r in urules:
            if r.kind == "logic":
                raise RuleFileError(r.source, 1, "user packs may hold terms, cooccurrence and pattern rules only; "
                                    "`logic` rules are built into prescreen")
        rules += urules
        lexicons += ulex
    rules.sort(key=lambda r: r.code)
    return RuleSet(tuple(rules), tuple(lexicons))
