"""Built-in logic rules, bound to their rule files by code.

Each module listed in `_MODULES` defines `DETECTORS = {"CODE": "ClassName", ...}`. The table is built
on first use (not at import time) so that importing prescreen stays cheap. User packs cannot add
entries: a rule pack is data and never executes code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from .base import Detector, Doc, Hit

_MODULES = ("markers", "pii", "sensitive")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for mod in _MODULES:
        try:
            m = import_module(f"{__name__}.{mod}")
        except ModuleNotFoundError as e:
            if e.name == f"{__name__}.{mod}":
                continue  # module not written yet
            raise
        for code, cls in getattr(m, "DETECTORS", {}).items():
            if code in table:
                raise RuntimeError(f"logic rule {code} is defined twice ({table[code][0]} and {mod})")
            table[code] = (mod, cls)
    return table


def detector_class(code: str) -> type[Detector]:
    try:
        mod, cls = _table()[code]
    except KeyError:
        raise KeyError(f"no built-in logic for rule {code}") from None
    return getattr(import_module(f"{__name__}.{mod}"), cls)


def has_detector(code: str) -> bool:
    return code in _table()


__all__ = ["Detector", "Doc", "Hit", "detector_class", "has_detector"]
