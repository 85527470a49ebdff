"""Sensitive content that needs a reviewer (PRIMER §4, seed 004: 防范数据汇聚引发泄密风险和开源信息泄密失密).

Each is its own rule so a site can switch it off: precise coordinates, military unit designators,
military facilities at a named place, data declared unpublished, and aggregation of personal data.
Word lists live in the rule files' `params`.
"""

from __future__ import annotations

from typing import Iterable

import regex

from ..models import Severity
from .base import Detector, Doc, Hit, alternation

DETECTORS = {
    "SN301": "PreciseCoordinates",
    "SN302": "MilitaryUnit",
    "SN303": "MilitaryFacility",
    "SN304": "UnpublishedData",
    "SN305": "PersonalDataAggregation",
}

# (NFKC turns ″ into ′′, so seconds accept both.)
# Decimal degrees with >= 5 decimals (about 1 m), as a pair; or degrees-minutes-seconds.
_DECIMAL_PAIR = regex.compile(
    r"(?<![0-9.])(?:[en]\s*)?(?P<a>-?[0-9]{1,3}\.[0-9]{5,})\s*°?\s*(?:[en]\s*)?[,，、;；/\s]\s*(?:[en]\s*)?"
    r"(?P<b>-?[0-9]{1,3}\.[0-9]{5,})\s*°?(?![0-9])"
)
_FIVE_DECIMALS = regex.compile(r"\.[0-9]{5}")
_DMS = regex.compile(
    r"(?:东经|西经|北纬|南纬|[en])?\s*[0-9]{1,3}\s*[°度]\s*[0-9]{1,2}\s*[′'分]\s*[0-9]{1,2}(?:\.[0-9]+)?\s*(?:′′|″|''|\"|秒)"
)


class PreciseCoordinates(Detector):
    """SN301: coordinates precise to a building (>= 5 decimals, or degrees-minutes-seconds)."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        t = doc.text
        for m in (_DECIMAL_PAIR.finditer(t) if _FIVE_DECIMALS.search(t) else ()):
            a, b = abs(float(m.group("a"))), abs(float(m.group("b")))
            if a <= 180 and b <= 180 and (a <= 90 or b <= 90):
                yield Hit(m.start(), m.end(), explanation="decimal coordinate pair with >= 5 decimals")
        if "°" not in t and "度" not in t:
            return
        for m in _DMS.finditer(t):
            yield Hit(m.start(), m.end(), explanation="degrees-minutes-seconds coordinate")


_UNIT = regex.compile(r"(?<![0-9])(?P<hit>(?:中国人民解放军|解放军|武警|中国人民武装警察部队)?[0-9]{5}\s*部队)")
# A chain of unit levels (某总队第三支队第二大队五中队): locates a specific unit even without a number.
_UNIT_CHAIN = regex.compile(
    r"(?P<hit>(?:武警|解放军|部队|消防救援)?[\p{Han}0-9]{0,6}?(?:总队|支队|旅|团)[\p{Han}0-9]{0,6}?(?:大队|营)[\p{Han}0-9]{0,6}?(?:中队|连|排))",
    regex.V1,
)


class MilitaryUnit(Detector):
    """SN302: military unit cover designators (32150部队)."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        t = doc.text
        for m in _UNIT.finditer(t):
            yield Hit(*m.span("hit"), explanation="five-digit unit designator followed by 部队")
        if "队" in t or "连" in t:
            for m in _UNIT_CHAIN.finditer(t):
                yield Hit(*m.span("hit"), explanation="a chain of unit levels (总队/支队 … 大队 … 中队)")


class MilitaryFacility(Detector):
    """SN303: a military facility word close to a specific place (a village, a mountain, a road number)."""

    def __init__(self, spec, config) -> None:  # noqa: ANN001
        super().__init__(spec, config)
        fac = alternation(self.params["facilities"])
        place = alternation(self.params["place_suffixes"])
        window = int(self.params.get("window", 12))
        self._fac = regex.compile(fac)
        self._pat = regex.compile(rf"(?:\p{{Han}}{{1,6}}(?:{place})[^。；;\n]{{0,{window}}}?)(?:{fac})")

    def find(self, doc: Doc) -> Iterable[Hit]:
        if not self._fac.search(doc.text):
            return
        for m in self._pat.finditer(doc.text):
            yield Hit(m.start(), m.end(), explanation="military facility next to a named place")


class UnpublishedData(Detector):
    """SN304: data the text itself declares unpublished (以上数据…未经批准不得公开)."""

    def __init__(self, spec, config) -> None:  # noqa: ANN001
        super().__init__(spec, config)
        subj = alternation(self.params["subjects"])
        verb = alternation(self.params["restrictions"])
        self._subj = regex.compile(subj)
        self._pat = regex.compile(rf"(?:{subj})[^。；;\n]{{0,24}}?(?:{verb})")

    def find(self, doc: Doc) -> Iterable[Hit]:
        if not self._subj.search(doc.text):
            return
        for m in self._pat.finditer(doc.text):
            yield Hit(m.start(), m.end(), explanation="the text declares these data not for publication")


class PersonalDataAggregation(Detector):
    """SN305: many persons' unmasked identifiers in one text (a list or table): aggregation risk."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        from ..validate import id18_valid, mobile_valid  # the privacy validators

        rows: list[tuple[int, int]] = []
        for m in regex.finditer(r"(?<![0-9a-z])(?:[0-9]{17}[0-9x]|1[3-9][0-9]{9})(?![0-9a-z])", doc.text):
            v = m.group()
            if (len(v) == 18 and id18_valid(v)) or (len(v) == 11 and mobile_valid(v)):
                rows.append(m.span())
        review_at = int(self.params.get("review_rows", 5))
        block_at = int(self.params.get("block_rows", 20))
        if len(rows) < review_at:
            return
        sev = Severity.BLOCK if len(rows) >= block_at else Severity.REVIEW
        yield Hit(rows[0][0], rows[-1][1], severity=sev,
                  message=f"文本集中列出{len(rows)}个未遮掩的身份证号或手机号，存在数据汇聚泄露风险",
                  explanation=f"{len(rows)} unmasked identifiers (review from {review_at}, block from {block_at})")
