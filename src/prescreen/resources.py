"""Where the shipped rule data lives.

In a wheel, `rules/` is installed as `prescreen/_rules` and read through importlib.resources; in a
source checkout (editable install, tests) the repository's `rules/` folder is used directly.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


@lru_cache(maxsize=1)
def rules_root() -> Traversable:
    packaged = resources.files("prescreen").joinpath("_rules")
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "prescreen's rule data is missing: neither the installed package's _rules folder nor a "
        "source checkout's rules/ folder was found; reinstall the package"
    )


def read_rule_text(relpath: str) -> str:
    node = rules_root()
    for part in relpath.split("/"):
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def iter_rule_files(subdir: str = "", suffix: str = ".toml") -> list[tuple[str, str]]:
    """(relative path, text) of every rule data file below `subdir`, sorted by path."""
    out: list[tuple[str, str]] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in node.iterdir():
            rel = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, rel + "/")
            elif child.name.endswith(suffix):
                out.append((rel, child.read_text(encoding="utf-8")))

    node = rules_root()
    if subdir:
        for part in subdir.split("/"):
            node = node.joinpath(part)
    walk(node, f"{subdir}/" if subdir else "")
    return sorted(out)
