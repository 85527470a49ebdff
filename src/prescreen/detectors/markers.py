"""Secret, internal-circulation and disclosure-attribute markers (PRIMER §4; 涉密信息不上网).

Tell a mark from a mention by where it sits and how it is bound:
- a state-secret level bound to ★ (or an OCR-damaged ☆ * ＊) and a period is a mark wherever it
  stands, unless it is quoted or introduced as an example (标志为“秘密★10年”);
- a level, work-secret or internal-circulation phrase alone on a short line (or in brackets) is a mark;
  the same words inside a prose sentence are not;
- a disclosure attribute is the bracketed 附注 line or a "公开属性：…" field.
Marker vocabularies live in the rule files' `params`; the structural logic lives here.
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from ..models import Channel, Genre, Severity
from .base import Detector, Doc, Hit, alternation
from .structure import SHORT_LINE, Line, Structure, is_mention, structure_of

DETECTORS = {
    "SM101": "StateSecretMark",
    "SM201": "WorkSecretMark",
    "SM301": "NotPublicAttribute",
    "SM302": "OnRequestAttribute",
    "SM303": "AttributeMismatch",
    "SN101": "InternalCirculationMark",
    "SN201": "LimitedDistribution",
    "SN202": "ProcessDraft",
}

STAR = "★☆*✩✭⋆✱✲✪"
_LEVEL = r"(?P<level>绝密|机密|秘密)"
_PERIOD = (
    r"(?P<period>长期|永久|[0-9]{4}\s*年\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?|[0-9]{4}[.\-/][0-9]{1,2}[.\-/][0-9]{1,2}"
    r"|[0-9]{1,3}\s*个?\s*月|[0-9]{1,3}\s*年|解密条件\s*[:：]?\s*[^\s,，。;；]{1,30}|[^\s,，。;；]{1,20}后解密)"
)
_STAR_MARK = regex.compile(rf"{_LEVEL}\s*(?P<star>[{regex.escape(STAR)}])\s*{_PERIOD}?")
_LEVEL_FIELD = regex.compile(rf"密级\s*[:：]?\s*{_LEVEL}(?:\s*[{regex.escape(STAR)}]?\s*{_PERIOD})?")
_LEVEL_ALONE = regex.compile(rf"^(?:密级\s*[:：]?\s*)?{_LEVEL}(?:\s+{_PERIOD})?$")
_BRACKETS = "()（）[]【】〔〕<>《》"


def _bare(s: str) -> str:
    """A line without white space and outer brackets, for whole-line comparisons."""
    s = regex.sub(r"\s+", "", s)
    while s and s[0] in "([【〔<" and s[-1] in ")]】〕>":
        s = s[1:-1]
    return s


def _line_hit(st: Structure, ln: Line, s: int, e: int, **kw) -> Hit:
    nt = st.norm(ln)
    a, b = st.span(ln, nt, s, e)
    return Hit(a, b, space="orig", **kw)


def _whole_line(st: Structure, ln: Line, **kw) -> Hit:
    lead = len(ln.text) - len(ln.text.lstrip(" \t\u3000"))
    body = ln.text.rstrip(" \t\u3000\r")
    return Hit(ln.start + lead, ln.start + len(body), space="orig", **kw)


class _MarkerDetector(Detector):
    """Shared: candidate lines of the document structure."""

    def lines(self, doc: Doc) -> tuple[Structure, list[Line]]:
        st = structure_of(doc)
        return st, st.candidate_lines


class StateSecretMark(_MarkerDetector):
    """SM101: 绝密/机密/秘密 bound to ★ and a period, or a level alone on a head line."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        st, lines = self.lines(doc)
        for ln in lines:
            nt = st.norm(ln)
            t = nt.text
            found = False
            for m in _STAR_MARK.finditer(t):
                s, e = m.span()
                if is_mention(t, s, e):
                    continue
                found = True
                period = m.group("period") or "（未标保密期限）"
                period_flat = regex.sub(r"\s+", "", period)
                damaged = m.group("star") != "★"
                yield _line_hit(
                    st, ln, s, e,
                    message=f"文件标有国家秘密标志“{m.group('level')}★{period_flat}”，涉密信息严禁上网",
                    explanation=f"level {m.group('level')!r} bound to {m.group('star')!r}"
                    + (" (damaged star)" if damaged else "") + f", period {period!r}",
                )
            if found:
                continue
            f = _LEVEL_FIELD.search(t)
            if f and len(ln.stripped) <= SHORT_LINE + 10 and not is_mention(t, f.start("level"), f.end("level")):
                yield _line_hit(st, ln, f.start(), f.end(),
                                message=f"文件版头标有密级“{f.group('level')}”，涉密信息严禁上网",
                                explanation=f"密级 field {f.group('level')!r} on a short line")
                continue
            bare = _bare(t)
            m = _LEVEL_ALONE.match(bare)
            if m and len(ln.stripped) <= SHORT_LINE:
                head = st.in_head(ln)
                yield _whole_line(
                    st, ln,
                    severity=Severity.BLOCK if head else Severity.REVIEW,
                    message=f"文件{'版头' if head else ''}单独标有密级“{m.group('level')}”，请核实是否为涉密文件",
                    explanation=f"level {m.group('level')!r} alone on {'a head' if head else 'a'} line",
                )


class _PhraseLineMark(_MarkerDetector):
    """A marker phrase (from params) that makes up a short line of its own, or a bracketed line."""

    def __init__(self, spec, config) -> None:  # noqa: ANN001
        super().__init__(spec, config)
        self._pat = self.setup_patterns()

    def setup_patterns(self) -> regex.Pattern:
        core = alternation(self.params["phrases"])
        tail = alternation(self.params.get("suffixes", []))
        tail_re = rf"(?:[\s,，、;；]*(?:{tail}))?" if tail else ""
        return regex.compile(rf"^(?:此件|本件|本文件|本材料|本资料)?(?:仅供|仅限|只供|只限|供)?(?P<core>{core}){tail_re}(?P<rest>.*)$")

    def find(self, doc: Doc) -> Iterable[Hit]:
        pat = self._pat
        st, lines = self.lines(doc)
        max_rest = int(self.params.get("max_trailing", 12))
        for ln in lines:
            if len(ln.stripped) > SHORT_LINE + 10:
                continue
            nt = st.norm(ln)
            bare = _bare(nt.text)
            m = pat.match(bare)
            if not m or len(m.group("rest")) > max_rest or regex.search(r"[。；;]", m.group("rest")):
                continue
            if is_mention(bare, m.start("core"), m.end("core")):
                continue
            yield _whole_line(st, ln, explanation=f"marker {m.group('core')!r} on a line of its own")


class WorkSecretMark(_PhraseLineMark):
    """SM201: 工作秘密 / 内部事项 注意保管 as a mark."""


class InternalCirculationMark(_PhraseLineMark):
    """SN101: 内部资料 注意保存, 内部文件, 不得外传, 此件不得翻印 … as a mark."""


_ATTR_FIELD = regex.compile(r"^(?:公开属性|公开方式|公开类型|信息公开属性|公开选项)\s*[:：]\s*(?P<attr>主动公开|依申请公开|不予公开|不公开|免予公开)")
_ATTR_NOTE = regex.compile(r"^(?:此件|本件)(?P<attr>公开发布|主动公开|依申请公开|不予公开|不公开|免予公开)$")
_CANON = {"公开发布": "主动公开", "主动公开": "主动公开", "依申请公开": "依申请公开",
          "不予公开": "不予公开", "不公开": "不予公开", "免予公开": "不予公开"}


def disclosure_attributes(doc: Doc) -> list[tuple[str, Hit]]:
    """Every disclosure attribute the text declares: (canonical value, where)."""
    cached = doc.extra.get("attributes")
    if cached is not None:
        return cached
    st = structure_of(doc)
    out: list[tuple[str, Hit]] = []
    for ln in st.candidate_lines:
        if len(ln.stripped) > SHORT_LINE + 10:
            continue
        nt = st.norm(ln)
        bare = _bare(nt.text)
        m = _ATTR_NOTE.match(bare) or _ATTR_FIELD.match(bare)
        if m:
            out.append((_CANON[m.group("attr")], _whole_line(st, ln, explanation=f"disclosure attribute {m.group('attr')!r}")))
    doc.extra["attributes"] = out
    return out


def canonical_attribute(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    v = regex.sub(r"[\s()（）]", "", value).removeprefix("此件")
    return _CANON.get(v, v if v in _CANON.values() else None)


class NotPublicAttribute(Detector):
    """SM301: （此件不公开）（此件不予公开）公开属性：不予公开."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        for attr, hit in disclosure_attributes(doc):
            if attr == "不予公开":
                yield hit


class OnRequestAttribute(Detector):
    """SM302: （此件依申请公开）: block on the proactive channel, review otherwise."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        for attr, hit in disclosure_attributes(doc):
            if attr == "依申请公开":
                proactive = doc.meta.channel is Channel.PROACTIVE
                yield Hit(hit.start, hit.end, space="orig",
                          severity=Severity.BLOCK if proactive else Severity.REVIEW,
                          explanation=hit.explanation + (" on the proactive channel" if proactive else f" on channel {doc.meta.channel}"))


class AttributeMismatch(Detector):
    """SM303: the CMS's 公开属性 disagrees with the document's own 附注, or says it is not for the website."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        meta_attr = canonical_attribute(doc.meta.attribute)
        if meta_attr is None:
            return
        declared = disclosure_attributes(doc)
        for attr, hit in declared:
            if attr != meta_attr:
                yield Hit(hit.start, hit.end, space="orig",
                          message=f"公开属性不一致：发布系统标为“{meta_attr}”，文件附注为“{attr}”",
                          explanation=f"metadata attribute {meta_attr!r} vs document {attr!r}")
        if doc.meta.channel is Channel.PROACTIVE and meta_attr in ("不予公开", "依申请公开") and not declared:
            end = min(len(doc.original), max(1, len(doc.original.split("\n", 1)[0])))
            yield Hit(0, end, space="orig",
                      message=f"发布系统将本文件公开属性标为“{meta_attr}”，不应在网站主动公开",
                      explanation=f"metadata attribute {meta_attr!r} on the proactive channel")


_LIMITED = regex.compile(r"^(?:此件|本件)(?:发|印发|下发|分送|传达)至(?P<scope>[^)）]{1,12})$")


class LimitedDistribution(_MarkerDetector):
    """SN201: （此件发至县级）: distribution limited to a level of government."""

    def find(self, doc: Doc) -> Iterable[Hit]:
        st, lines = self.lines(doc)
        for ln in lines:
            if len(ln.stripped) > SHORT_LINE:
                continue
            bare = _bare(st.norm(ln).text)
            m = _LIMITED.match(bare)
            if m:
                yield _whole_line(st, ln, message=f"文件标注“此件发至{m.group('scope')}”，属限定范围发放，请核实能否上网公开",
                                  explanation=f"limited distribution {m.group('scope')!r}")


class ProcessDraft(_MarkerDetector):
    """SN202: 征求意见稿 / 讨论稿 / 送审稿, 请示 and internal 会议纪要 in the document head."""

    def __init__(self, spec, config) -> None:  # noqa: ANN001
        super().__init__(spec, config)
        self._draft = regex.compile(rf"(?P<hit>{alternation(self.params['drafts'])})")
        self._public = regex.compile(alternation(self.params["public_comment"]))
        self._internal = regex.compile(alternation(self.params["internal_head"]))

    def find(self, doc: Doc) -> Iterable[Hit]:
        st, lines = self.lines(doc)
        draft_re, internal = self._draft, self._internal
        if not any(draft_re.search(st.norm(ln).text) or "请示" in ln.text or "纪要" in ln.text for ln in lines):
            return
        is_public = doc.meta.genre is Genre.PUBLIC_COMMENT or bool(self._public.search(doc.text))
        head_text = "".join(st.norm(ln).text for ln in st.lines[: st.head_end])
        for ln in lines:
            t = st.norm(ln).text
            if not st.in_head(ln):
                # outside the head, only a title line: 附件：…办法（征求意见稿） or a line ending in (讨论稿)
                m = draft_re.search(t)
                if m and not is_public and len(ln.stripped) <= 50 and not is_mention(t, m.start(), m.end()) \
                        and (_bare(t).startswith("附件") or regex.search(r"[(（]" + regex.escape(m.group("hit")) + r"[)）]\s*$", t)):
                    yield _line_hit(st, ln, m.start(), m.end(),
                                    message=f"文件附有“{m.group('hit')}”，属于过程性文稿，请核实是否为公开征求意见稿",
                                    explanation=f"process draft {m.group('hit')!r} in a title line")
                continue
            if len(ln.stripped) > 60:
                continue
            m = draft_re.search(t)
            if m and not is_public and not is_mention(t, m.start(), m.end()):
                yield _line_hit(st, ln, m.start(), m.end(),
                                message=f"文件为“{m.group('hit')}”，属于过程性文稿，请核实是否为公开征求意见稿",
                                explanation=f"process draft {m.group('hit')!r} in the document head")
                continue
            if regex.search(r"的请示$", _bare(t)):
                yield _whole_line(st, ln, message="文件为“请示”，属于内部过程性公文，一般不公开",
                                  explanation="title ends with 的请示 in the document head")
                continue
            if "会议纪要" in t and internal.search(head_text):
                yield _whole_line(st, ln, message="内部会议纪要，请核实能否公开",
                                  explanation="会议纪要 in a head that carries internal markers")
