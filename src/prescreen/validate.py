"""Pure validators for Chinese personal and organisation identifiers (PRIMER §5).

Every function here takes a plain string (ASCII digits and letters; callers normalise first) and
returns a bool or a small value; nothing reads the clock except through the `today` argument's
default, so the tests can pin the date. The detectors in `detectors/pii.py` use these as *hard*
checks (a resident ID with a wrong check digit or an impossible birth date is not an ID) and as
*soft* signals (region code, UnionPay prefix).

References:
- GB 11643-1999 公民身份号码: 6-digit region + YYYYMMDD + 3-digit sequence + ISO 7064 MOD 11-2 check
  (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check "10X98765432"[sum % 11]). 15-digit legacy
  numbers: region + YYMMDD (19YY) + sequence, no check character.
- 港澳台居民居住证: the same layout with region 810000 / 820000 / 830000.
- 外国人永久居留身份证 (2023): 9 + 2-digit province + 3-digit ISO 3166 nationality + YYYYMMDD + 3-digit
  sequence + the same MOD 11-2 check.
- GB 32100-2015 统一社会信用代码: 18 chars over 0-9 and 21 letters (no I O S V Z), MOD 31 check with
  weights 3^i mod 31.
- Luhn (ISO/IEC 7812) for bank cards; UnionPay cards start with 62.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

# --- resident identity numbers ----------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

# First two digits of the region code (GB/T 2260 provinces) plus the special prefixes.
PROVINCES: dict[str, str] = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古",
    "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
    "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏",
    "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆",
    "71": "台湾", "81": "香港", "82": "澳门", "83": "台湾（居住证）", "91": "国外",
}
# Residence permits for HK / Macao / Taiwan residents use exactly these region codes.
PERMIT_REGIONS = {"810000": "香港居民居住证", "820000": "澳门居民居住证", "830000": "台湾居民居住证"}
EARLIEST_BIRTH = _dt.date(1900, 1, 1)


def id_check_char(body17: str) -> str:
    """The MOD 11-2 check character ('0'-'9' or 'X') of the first 17 digits."""
    if len(body17) != 17 or not body17.isdigit() or not body17.isascii():
        raise ValueError(f"need 17 ASCII digits, got {body17!r}")
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def real_date(year: int, month: int, day: int, today: Optional[_dt.date] = None) -> Optional[_dt.date]:
    """The date if it exists on the calendar, is not before 1900 and not in the future; else None."""
    try:
        d = _dt.date(year, month, day)
    except ValueError:
        return None
    if d < EARLIEST_BIRTH or d > (today or _dt.date.today()):
        return None
    return d


def province_known(code: str) -> bool:
    """Soft signal: the first two digits are a province (or 71/81/82/83/91) prefix."""
    return code[:2] in PROVINCES


def region_plausible(region6: str) -> bool:
    """Soft signal for a 6-digit region code: known province and a city/county shape.

    Region codes retire and new ones appear, so this never rejects an ID on its own.
    """
    if len(region6) != 6 or not region6.isascii() or not region6.isdigit():
        return False
    if region6 in PERMIT_REGIONS:
        return True
    return province_known(region6) and region6[2:4] != "99"


def id_kind(s: str) -> Optional[str]:
    """Which kind of 18-character identity number `s` is shaped as (no validation):
    'resident', 'permit' (HK/MO/TW residence permit) or 'foreigner'; None if not 18 chars."""
    s = s.upper()
    if len(s) != 18 or not s.isascii() or not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        return None
    if s[:6] in PERMIT_REGIONS:
        return "permit"
    if s[0] == "9":
        return "foreigner"
    return "resident"


def id18_birth(s: str, today: Optional[_dt.date] = None) -> Optional[_dt.date]:
    """Birth date of an 18-character number if it is real (1900 <= date <= today), else None."""
    if len(s) != 18 or not s[6:14].isascii() or not s[6:14].isdigit():
        return None
    return real_date(int(s[6:10]), int(s[10:12]), int(s[12:14]), today)


def id18_valid(s: str, today: Optional[_dt.date] = None) -> bool:
    """Hard validation of an 18-character resident ID, residence permit or foreigner card number:
    17 digits + check character matching MOD 11-2, and a real birth date. Region is not checked."""
    s = s.upper()
    if id_kind(s) is None:
        return False
    if id_check_char(s[:17]) != s[17]:
        return False
    return id18_birth(s, today) is not None


def foreigner_id_plausible(s: str) -> bool:
    """Soft shape check of a 9-prefixed foreigner permanent-residence number: province + nationality."""
    return len(s) == 18 and s[0] == "9" and s[1:3] in PROVINCES and 4 <= int(s[3:6]) <= 894


def id15_birth(s: str, today: Optional[_dt.date] = None) -> Optional[_dt.date]:
    if len(s) != 15 or not s.isdigit() or not s.isascii():
        return None
    return real_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]), today)


def id15_valid(s: str, today: Optional[_dt.date] = None) -> bool:
    """A 15-digit legacy ID has no check character: 15 digits and a real 19YY birth date."""
    return id15_birth(s, today) is not None


def id15_to_18(s: str) -> str:
    """Upgrade a legacy number: insert '19' before the year and append the check character."""
    if len(s) != 15 or not s.isdigit():
        raise ValueError(f"need 15 digits, got {s!r}")
    body = s[:6] + "19" + s[6:]
    return body + id_check_char(body)


# --- bank cards -------------------------------------------------------------------------------------


def luhn_check_digit(partial: str) -> str:
    """The digit that makes `partial + digit` pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(s: str) -> bool:
    """Luhn (mod 10) over a digit string of at least 2 digits."""
    if len(s) < 2 or not s.isdigit() or not s.isascii():
        return False
    return luhn_check_digit(s[:-1]) == s[-1]


def is_unionpay(s: str) -> bool:
    return s.startswith("62")


# Issuer prefixes of card networks used in China: UnionPay 62 (and 60/81 domestic debit BINs seen
# on older cards), Visa 4, Mastercard 51-55, JCB 35, Amex 34/37.
CARD_PREFIXES = ("62", "60", "4", "51", "52", "53", "54", "55", "35", "34", "37")


def card_prefix_known(s: str) -> bool:
    return s.startswith(CARD_PREFIXES)


def bank_card_shape(s: str) -> bool:
    return 16 <= len(s) <= 19 and s.isdigit() and s.isascii()


# --- mobile numbers ---------------------------------------------------------------------------------

# Allocated three-digit prefixes of mainland mobile numbers (MIIT numbering plan; 140-144 are 13-digit
# IoT ranges, 154 and 194 unallocated, 174 satellite, 16x/17x include the virtual operators).
MOBILE_PREFIXES: frozenset[str] = frozenset(
    [f"13{d}" for d in "0123456789"]
    + [f"14{d}" for d in "56789"]
    + [f"15{d}" for d in "012356789"]
    + [f"16{d}" for d in "2567"]
    + [f"17{d}" for d in "012345678"]
    + [f"18{d}" for d in "0123456789"]
    + [f"19{d}" for d in "012356789"]
)


def mobile_valid(s: str) -> bool:
    """11 digits in an allocated range (a +86 / 0086 prefix must be stripped by the caller)."""
    return len(s) == 11 and s.isdigit() and s.isascii() and s[:3] in MOBILE_PREFIXES


def strip_country_code(digits: str) -> tuple[str, str]:
    """('86' or '0086' or '', rest) for a digit string that may carry the country code."""
    for p in ("0086", "86"):
        if digits.startswith(p) and len(digits) - len(p) == 11:
            return p, digits[len(p):]
    return "", digits


# --- landlines --------------------------------------------------------------------------------------

# Area codes without the trunk 0 ("10" = 010). Two-digit codes are the big cities; the three-digit
# ones are listed by province as ranges. Compact, not exhaustive for every county-level merger.
_AREA_SPEC = (
    "10 20-29 "
    "310-319 335 "  # 河北
    "349-359 "  # 山西
    "370-379 391-398 "  # 河南
    "410-419 421 427 429 "  # 辽宁
    "431-439 "  # 吉林
    "450-459 464 467-469 "  # 黑龙江
    "470-479 482 483 "  # 内蒙古
    "510-519 523 527 "  # 江苏
    "530-539 543 546 631-635 "  # 山东
    "550-559 561-566 "  # 安徽
    "570-580 "  # 浙江
    "591-599 "  # 福建
    "660-663 668 750-760 762 763 766 768 769 "  # 广东
    "691 692 870-879 883 886-888 "  # 云南
    "701 790-799 "  # 江西
    "710-719 722 724 728 "  # 湖北
    "730-739 743-746 "  # 湖南
    "770-779 "  # 广西
    "812-818 825-839 "  # 四川
    "851-859 "  # 贵州
    "891-897 "  # 西藏
    "898 899 "  # 海南
    "901-909 990-999 "  # 新疆
    "910-919 "  # 陕西
    "930-939 941 943 "  # 甘肃
    "951-955 "  # 宁夏
    "970-979"  # 青海
)


def _expand_area(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for part in spec.split():
        if "-" in part:
            lo, hi = part.split("-")
            out.update(str(n) for n in range(int(lo), int(hi) + 1))
        else:
            out.add(part)
    return frozenset("0" + c for c in out)


AREA_CODES: frozenset[str] = _expand_area(_AREA_SPEC)


def area_code_shape(code: str) -> bool:
    """0 + 2 or 3 digits, trunk prefix shape only (010, 02x, 0[3-9]xx)."""
    if not code.isdigit() or code[:1] != "0":
        return False
    if len(code) == 3:
        return code == "010" or code[1] == "2"
    return len(code) == 4 and code[1] in "3456789"


def area_code_known(code: str) -> bool:
    return code in AREA_CODES


def landline_split(digits: str) -> Optional[tuple[str, str]]:
    """(area code, local number) if `digits` is a landline with a known area code and a 7-8 digit
    local number (first digit 2-9), else None."""
    for n in (3, 4):
        code, local = digits[:n], digits[n:]
        if code in AREA_CODES and 7 <= len(local) <= 8 and local.isdigit() and local[0] in "23456789":
            return code, local
    return None


def service_number(digits: str) -> bool:
    """Public service numbers: 1xxxx hotlines (12345, 12315, 95598...) and 400/800 numbers."""
    if len(digits) == 5 and digits[0] in "19":
        return True
    return len(digits) == 10 and digits[:3] in ("400", "800")


# --- unified social credit codes (GB 32100) ---------------------------------------------------------

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_VALUE = {c: i for i, c in enumerate(CREDIT_CHARS)}


def credit_code_check_char(body17: str) -> str:
    body17 = body17.upper()
    if len(body17) != 17 or any(c not in _CREDIT_VALUE for c in body17):
        raise ValueError(f"need 17 characters over {CREDIT_CHARS}, got {body17!r}")
    s = sum(_CREDIT_VALUE[c] * w for c, w in zip(body17, CREDIT_WEIGHTS))
    return CREDIT_CHARS[(31 - s % 31) % 31]


def credit_code_valid(s: str) -> bool:
    """GB 32100: 18 characters over the code alphabet and a matching MOD 31 check character."""
    s = s.upper()
    if len(s) != 18 or any(c not in _CREDIT_VALUE for c in s):
        return False
    return credit_code_check_char(s[:17]) == s[17]


def credit_code_individual(s: str) -> bool:
    """Registered by 工商 (9) as 个体工商户 (2): the holder may be a natural person."""
    return s[:2] == "92"


# GB 11714 organisation code (positions 9-17 of a credit code): soft signal only.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code_valid(s: str) -> bool:
    s = s.upper()
    if len(s) != 9 or not all(c.isdigit() or "A" <= c <= "Z" for c in s[:8]):
        return False
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s[:8], _ORG_WEIGHTS))
    r = 11 - total % 11
    return s[8] == {10: "X", 11: "0"}.get(r, str(r))


# --- passports and travel permits (shape only: no check digit) -------------------------------------


def passport_shape(s: str) -> bool:
    """E/G/D/S/P + 8 digits, or E/D/S/P + letter + 7 digits (2012+ e-passports: EA1234567)."""
    s = s.upper()
    if len(s) != 9 or s[0] not in "EGDSP":
        return False
    return s[1:].isdigit() or (s[1].isalpha() and s[2:].isdigit())


def hk_mo_permit_shape(s: str) -> bool:
    """往来港澳通行证 C + 8; 港澳居民来往内地通行证 H/M + 8 or 10 digits."""
    s = s.upper()
    if not s or s[0] not in "CHM":
        return False
    rest = s[1:]
    if len(rest) in (8, 10) and rest.isdigit():
        return True
    return len(rest) == 8 and rest[0].isalpha() and rest[1:].isdigit()


def tw_permit_shape(s: str) -> bool:
    """台湾居民来往大陆通行证 (台胞证): 8 digits since 2015."""
    return len(s) == 8 and s.isdigit()
