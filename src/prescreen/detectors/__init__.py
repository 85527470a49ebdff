"""Built-in logic rules, bound to their rule files by code.

The table is built on first use (not at import time) so that importing prescreen stays cheap.
User packs cannot add entries: a rule pack is data and never executes code.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from .base import Detector, Doc, Hit

# code -> "module:Class" (modules below prescreen.detectors)
_TABLE: dict[str, str] = {}


@lru_cache(maxsize=None)
def detector_class(code: str) -> type[Detector]:
    try:
        target = _TABLE[code]
    except KeyError:
        raise KeyError(f"no built-in logic for rule {code}") from None
    mod, _, cls = target.partition(":")
    return getattr(import_module(f"{__name__}.{mod}"), cls)


def has_detector(code: str) -> bool:
    return code in _TABLE


__all__ = ["Detector", "Doc", "Hit", "detector_class", "has_detector"]
