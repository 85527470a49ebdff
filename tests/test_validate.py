"""Validators for personal and organisation identifiers (src/prescreen/validate.py), table-driven,
plus differential tests of every checksum against a straightforward reference written here from the
standards' own formulations, and the number-token rules of the privacy detectors (full-width digits,
numbers glued to Chinese, numbers inside longer digit runs)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import prescreen
from prescreen import validate as V
from prescreen.detectors.pii import as_card, as_id, as_mobile, masked_tokens, number_candidates

TODAY = dt.date(2024, 6, 1)


# --- reference implementations (independent formulations, not copies) -------------------------------


def ref_id_check(body17: str) -> str:
    """GB 11643: weight of position i (1-based from the left) is 2^(18-i) mod 11; check value
    a1 = (12 - (sum mod 11)) mod 11, written 'X' for 10."""
    s = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(body17))
    a1 = (12 - s % 11) % 11
    return "X" if a1 == 10 else str(a1)


def ref_luhn(number: str) -> bool:
    """Luhn: from the right, double every second digit, add the digits of the products."""
    total = 0
    for i, c in enumerate(number[::-1]):
        d = int(c) * (2 if i % 2 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


REF_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def ref_credit_check(body17: str) -> str:
    """GB 32100: weight of position i (0-based) is 3^i mod 31; check = 31 - (sum mod 31), 31 -> 0."""
    s = sum(REF_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body17))
    c = 31 - s % 31
    return REF_CHARS[0 if c == 31 else c]


def make_id(body17: str) -> str:
    return body17 + ref_id_check(body17)


# --- resident IDs -----------------------------------------------------------------------------------

ID_CASES = [
    ("510104198701011237", True, "valid, Sichuan"),
    ("11010519491231002X", True, "valid, check X"),
    ("11010519491231002x", True, "lower-case x"),
    ("440304200002294568", True, "29 February of a leap year"),
    ("810000199001011230", True, "Hong Kong residence permit"),
    ("911004198501011232", True, "foreigner permanent residence (9 + province + nationality)"),
    ("510104198701011234", False, "bad check digit"),
    ("51010419870101123X", False, "bad check character X"),
    ("510104198702301236", False, "30 February (check digit right)"),
    ("510104198704311230", False, "31 April"),
    ("440304190002294560", False, "29 February 1900 (not a leap year)"),
    (make_id("51010418991231123"), False, "born before 1900"),
    (make_id("51010420250101123"), False, "born in the future"),
    (make_id("51010419871301123"), False, "month 13"),
    ("51010419870101123", False, "17 characters"),
    ("5101041987010112377", False, "19 characters"),
    ("51010419870101123A", False, "letter other than X"),
    ("５１０１０４１９８７０１０１１２３７", False, "full-width digits: callers normalise first"),
]


@pytest.mark.parametrize("value,ok,why", ID_CASES, ids=[c[2] for c in ID_CASES])
def test_id18(value: str, ok: bool, why: str) -> None:
    assert V.id18_valid(value, TODAY) is ok


def test_id_kinds_and_region() -> None:
    assert V.id_kind("510104198701011237") == "resident"
    assert V.id_kind("810000199001011230") == "permit"
    assert V.id_kind("911004198501011232") == "foreigner"
    assert V.id_kind("51010419870101123") is None
    assert V.region_plausible("510104") and V.region_plausible("830000")
    assert not V.region_plausible("990104") and not V.region_plausible("51a104")
    assert V.foreigner_id_plausible("911004198501011232")  # province 11, nationality 004
    assert not V.foreigner_id_plausible("999004198501011232")
    assert set(V.PROVINCES) >= {str(c) for c in range(11, 16)} | {"65", "71", "81", "82", "83", "91"}


ID15_CASES = [
    ("510104870101123", True, "valid legacy"),
    ("110105491231002", True, "1949"),
    ("510104870230123", False, "30 February"),
    ("510104871301123", False, "month 13"),
    ("51010487010112", False, "14 digits"),
    ("51010487010112x", False, "no check character in legacy numbers"),
]


@pytest.mark.parametrize("value,ok,why", ID15_CASES, ids=[c[2] for c in ID15_CASES])
def test_id15(value: str, ok: bool, why: str) -> None:
    assert V.id15_valid(value, TODAY) is ok


def test_id15_upgrade() -> None:
    assert V.id15_to_18("510104870101123") == make_id("51010419870101123")


def test_real_date_bounds() -> None:
    assert V.real_date(1900, 1, 1, TODAY) == dt.date(1900, 1, 1)
    assert V.real_date(1899, 12, 31, TODAY) is None
    assert V.real_date(2024, 6, 1, TODAY) == TODAY
    assert V.real_date(2024, 6, 2, TODAY) is None
    assert V.real_date(2023, 2, 29, TODAY) is None


# --- differential: checksums against the references --------------------------------------------------


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_property_id_check_matches_reference(body: str) -> None:
    assert V.id_check_char(body) == ref_id_check(body)


@given(st.text(alphabet="0123456789", min_size=2, max_size=25))
def test_property_luhn_matches_reference(number: str) -> None:
    assert V.luhn_valid(number) == ref_luhn(number)
    assert ref_luhn(number[:-1] + V.luhn_check_digit(number[:-1]))


@given(st.text(alphabet=REF_CHARS, min_size=17, max_size=17))
def test_property_credit_check_matches_reference(body: str) -> None:
    assert V.credit_code_check_char(body) == ref_credit_check(body)
    assert V.credit_code_valid(body + ref_credit_check(body))


def test_checksums_exhaustive_sample() -> None:
    """A fixed random sample large enough to hit every check value, independent of hypothesis."""
    rng = random.Random(20240601)
    seen_id, seen_cc = set(), set()
    for _ in range(5000):
        body = "".join(rng.choice("0123456789") for _ in range(17))
        assert V.id_check_char(body) == ref_id_check(body)
        seen_id.add(ref_id_check(body))
        cc = "".join(rng.choice(REF_CHARS) for _ in range(17))
        assert V.credit_code_check_char(cc) == ref_credit_check(cc)
        seen_cc.add(ref_credit_check(cc))
        num = "".join(rng.choice("0123456789") for _ in range(rng.randint(12, 19)))
        assert V.luhn_valid(num) == ref_luhn(num)
    assert len(seen_id) == 11 and len(seen_cc) == 31


# --- bank cards, mobiles, landlines, credit codes, travel documents ----------------------------------

CARD_CASES = [
    ("6222021001123456789", True, True),
    ("6217001234567890122", True, True),
    ("6214831234567896", True, True),
    ("4111111111111111", True, False),  # Visa test number: Luhn-valid, not UnionPay
    ("6222021001123456788", False, True),
    ("6217001234567890123", False, True),
]


@pytest.mark.parametrize("value,luhn,unionpay", CARD_CASES)
def test_cards(value: str, luhn: bool, unionpay: bool) -> None:
    assert V.luhn_valid(value) is luhn
    assert V.is_unionpay(value) is unionpay
    assert V.bank_card_shape(value) and V.card_prefix_known(value)


MOBILE_CASES = [
    ("13812345678", True), ("14512345678", True), ("14912345678", True), ("15012345678", True),
    ("15312345678", True), ("16212345678", True), ("16612345678", True), ("17012345678", True),
    ("17812345678", True), ("18012345678", True), ("19012345678", True), ("19912345678", True),
    ("14012345678", False),  # 140-144: 13-digit IoT ranges
    ("14412345678", False), ("15412345678", False), ("16012345678", False), ("16812345678", False),
    ("17912345678", False), ("19412345678", False), ("12345678901", False), ("1381234567", False),
    ("138123456789", False), ("1381234567a", False),
]


@pytest.mark.parametrize("value,ok", MOBILE_CASES)
def test_mobile(value: str, ok: bool) -> None:
    assert V.mobile_valid(value) is ok


def test_mobile_prefix_set_shape() -> None:
    assert len(V.MOBILE_PREFIXES) == 10 + 5 + 9 + 4 + 9 + 10 + 9
    assert V.strip_country_code("8613812345678") == ("86", "13812345678")
    assert V.strip_country_code("008613812345678") == ("0086", "13812345678")
    assert V.strip_country_code("13812345678") == ("", "13812345678")


LANDLINE_CASES = [
    ("081233351261", ("0812", "33351261")),  # 8-digit local numbers exist in 4-digit areas too
    ("08123335126", ("0812", "3335126")),
    ("02861889512", ("028", "61889512")),
    ("01062345678", ("010", "62345678")),
    ("057187965113", ("0571", "87965113")),
    ("075722836012", ("0757", "22836012")),
    ("09516013110", ("0951", "6013110")),
    ("02812345678", None),  # local numbers do not start with 1
    ("06001234567", None),  # 0600 is not an area code
]


@pytest.mark.parametrize("digits,want", LANDLINE_CASES)
def test_landline(digits: str, want) -> None:
    assert V.landline_split(digits) == want


def test_area_codes_and_service_numbers() -> None:
    assert {"010", "020", "021", "029", "0311", "0571", "0812", "0851", "0898", "0951", "0991"} <= V.AREA_CODES
    assert V.area_code_shape("010") and V.area_code_shape("0812") and not V.area_code_shape("0012")
    assert V.service_number("12345") and V.service_number("95598") and V.service_number("4000330096")
    assert not V.service_number("13812345678")


CREDIT_CASES = [
    ("91510100MA61R8T296", True), ("91440606MA52N7C414", True), ("11510107008675125E", True),
    ("125101004507327513", True), ("12420000420007137E", True), ("92510104MA6CXXXX01", True),
    ("92510104MA6CXXXX02", False), ("91510100MA61R8T29", False), ("91510100MA61R8T29I", False),
    ("91510100ma61r8t296", True),  # case-insensitive
]


@pytest.mark.parametrize("value,ok", CREDIT_CASES)
def test_credit_code(value: str, ok: bool) -> None:
    assert V.credit_code_valid(value) is ok


def test_credit_code_individual_and_org_code() -> None:
    assert V.credit_code_individual("92510104MA6CXXXX01")
    assert not V.credit_code_individual("91510100MA61R8T296")
    assert V.org_code_valid("MA61R8T29")  # positions 9-17 of a real code
    assert not V.org_code_valid("MA61R8T28")


@pytest.mark.parametrize("value,pp,hk,tw", [
    ("E12345678", True, False, False), ("EA1234567", True, False, False), ("G12345678", True, False, False),
    ("C12345678", False, True, False), ("H1234567801", False, True, False), ("M12345678", False, True, False),
    ("01234567", False, False, True), ("E1234567", False, False, False), ("X12345678", False, False, False),
])
def test_travel_document_shapes(value: str, pp: bool, hk: bool, tw: bool) -> None:
    assert V.passport_shape(value) is pp
    assert V.hk_mo_permit_shape(value) is hk
    assert V.tw_permit_shape(value) is tw


# --- number tokens: what the detectors consider an identifier at all --------------------------------


def kinds(text: str) -> list[tuple[str, str]]:
    """(kind, digits) of the identifier-shaped candidates in a normalised text."""
    out = []
    for cands in number_candidates(text):
        for c in cands:
            if as_id(c):
                out.append(("id", c.digits))
            elif as_mobile(c):
                out.append(("mobile", c.digits))
            elif c.whole and as_card(c):
                out.append(("card", c.digits))
    return out


TOKEN_CASES = [
    ("身份证号510104198701011237后", [("id", "510104198701011237")], "glued to Chinese on both sides"),
    ("号码：510104 19870101 1237。", [("id", "510104198701011237")], "6-8-4 grouping"),
    ("文号2023051010419870101123745", [], "an ID inside a longer digit run"),
    ("订单号dd202312150008736421", [], "digits glued to letters (order number)"),
    ("合同编号：5101002023121500123", [("card", "5101002023121500123")], "19 digits: card-shaped, never an ID"),
    ("项目代码2312-510107-04-01-345678", [], "hyphenated project code"),
    ("电话13812345678转", [("mobile", "13812345678")], "glued mobile"),
    ("手机 138 1234 5678", [("mobile", "13812345678")], "3-4-4"),
    ("+86 138-1234-5678", [("mobile", "8613812345678")], "country code"),
    ("1 13812345678 2", [("mobile", "13812345678")], "a group of a table row"),
    ("138123456789", [], "12 digits"),
    ("金额13812345678.50元", [], "a decimal number"),
    ("6222 0210 0112 3456 789", [("card", "6222021001123456789")], "4-4-4-4-3"),
    ("4402 2390 0901 0012 3456", [], "20 digits: an account, not a card"),
    ("5101041987****1234", [], "masked: not a plain number"),
    ("139****5678", [], "masked mobile"),
    ("zhang13812345678@qq.com", [], "the local part of an e-mail"),
]


@pytest.mark.parametrize("text,want,why", TOKEN_CASES, ids=[c[2] for c in TOKEN_CASES])
def test_number_tokens(text: str, want: list, why: str) -> None:
    assert kinds(text) == want


def test_masked_tokens() -> None:
    t = "身份证5101041987****1234，手机139****5678，卡号6222 **** **** 1234，金额**"
    assert [t[a:b] for a, b in masked_tokens(t)] == ["5101041987****1234", "139****5678", "6222 **** **** 1234", "**"]


# --- the same cases end to end: PD101 through prescreen.check (original offsets) ---------------------

E2E_ID = [
    ("当事人身份证号码510104198701011237，", "510104198701011237"),
    ("申请人（身份证号：５１０１０４１９８７０１０１１２３７）", "５１０１０４１９８７０１０１１２３７"),
    ("王五330106199003070022为本村户籍人口", "330106199003070022"),
    ("身份证号：11010519491231002ｘ。", "11010519491231002ｘ"),
    ("居住证号码810000199001011230", "810000199001011230"),
    ("身份证号码：510104198701011234", None),  # bad check digit
    ("身份证号码：510104198702301236", None),  # 30 February
    ("身份证号码：510104********1237", None),  # masked
    ("文号2023051010419870101123745号", None),  # inside a longer run
    ("订单号DD510104198701011237", None),  # glued to letters
    ("统一社会信用代码：91510100MA61R8T296", None),
]


@pytest.mark.parametrize("text,want", E2E_ID)
def test_id_end_to_end(text: str, want) -> None:
    found = [text[f.start:f.end] for f in prescreen.check(text).findings if f.rule == "PD101"]
    assert found == ([want] if want else [])
