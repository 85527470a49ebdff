"""prescreen: screen Chinese drafts before they are published on a government website.

    import prescreen
    result = prescreen.check(text)
    if not result.passed:
        for f in result.findings:
            print(f.rule, f.severity, f.message, f.start, f.end)

Importing this package does no work: rules are compiled by the first `check()` (or by an explicit
`Screener(config)`), and jieba is loaded only when a candidate needs word boundaries.
"""

from __future__ import annotations

import threading
from typing import Any, Optional

from .config import Config, MaskingPolicy, discover_config, load_config
from .errors import PrescreenError, ScreeningError, ScreeningFailed
from .models import (
    SCHEMA_VERSION,
    Category,
    Channel,
    Decision,
    DocumentMeta,
    Finding,
    Genre,
    Result,
    Severity,
)
from .rulefile import RuleFileError
from .screener import Screener

__version__ = "0.1.0"

_lock = threading.Lock()
_default: list[Screener] = []  # holds at most one lazily built Screener, shared by check()


def default_screener() -> Screener:
    """The Screener behind `check()`: built on first use with the default config, then reused."""
    if not _default:
        with _lock:
            if not _default:
                _default.append(Screener(Config()))
    return _default[0]


def check(text: str, meta: Optional[DocumentMeta] = None, **meta_fields: Any) -> Result:
    """Screen `text` with the default rules. Keyword arguments fill DocumentMeta (channel, genre, attribute)."""
    return default_screener().check(text, meta, **meta_fields)


def require_pass(text: str, meta: Optional[DocumentMeta] = None, **meta_fields: Any) -> Result:
    """Return the result when it passes; otherwise raise ScreeningFailed carrying it."""
    result = check(text, meta, **meta_fields)
    if not result.passed:
        raise ScreeningFailed(result)
    return result


def mask(text: str, config: Optional[Config] = None) -> str:
    """Return `text` with every personal identifier masked per the masking policy."""
    from .fix import mask_text

    screener = default_screener() if config is None else Screener(config)
    return mask_text(screener, text)


__all__ = [
    "SCHEMA_VERSION",
    "Category",
    "Channel",
    "Config",
    "Decision",
    "DocumentMeta",
    "Finding",
    "Genre",
    "MaskingPolicy",
    "PrescreenError",
    "Result",
    "RuleFileError",
    "ScreeningError",
    "ScreeningFailed",
    "Screener",
    "Severity",
    "check",
    "default_screener",
    "discover_config",
    "load_config",
    "mask",
    "require_pass",
]
