"""Checksum and shape validators for Chinese identifiers (pure functions, table-tested).

Sources: GB 11643-1999 (resident ID, ISO 7064 MOD 11-2), PRIMER §5.
"""

from __future__ import annotations

import datetime as _dt

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def _real_date(y: int, m: int, d: int, today: _dt.date | None = None) -> bool:
    try:
        date = _dt.date(y, m, d)
    except ValueError:
        return False
    return _dt.date(1900, 1, 1) <= date <= (today or _dt.date.today())


def id_number_ok(value: str) -> bool:
    """An 18-character resident ID (or 81/82/83 permit, 9-prefixed permanent-residence number)
    with a valid check character and a real birth date."""
    v = value.upper()
    if len(v) != 18 or not v[:17].isdigit() or not (v[17].isdigit() or v[17] == "X"):
        return False
    if not _real_date(int(v[6:10]), int(v[10:12]), int(v[12:14])):
        return False
    return id_check_char(v[:17]) == v[17]


# Mobile prefixes allocated to carriers (13x, 14x data/IoT excluded where not personal, 15x, 16x, 17x, 18x, 19x).
_MOBILE_PREFIXES = frozenset(
    [f"13{i}" for i in range(10)]
    + ["145", "146", "147", "148", "149"]
    + [f"15{i}" for i in (0, 1, 2, 3, 5, 6, 7, 8, 9)]
    + ["162", "165", "166", "167"]
    + [f"17{i}" for i in range(9)]
    + [f"18{i}" for i in range(10)]
    + [f"19{i}" for i in (0, 1, 2, 3, 5, 6, 7, 8, 9)]
)


def mobile_ok(value: str) -> bool:
    """An 11-digit mainland mobile number in an allocated range."""
    return len(value) == 11 and value.isdigit() and value[:3] in _MOBILE_PREFIXES
