#!/usr/bin/env python3
"""Generate the labelled recall corpora ``markers.jsonl`` and ``privacy.jsonl``.

Output: ``corpora/violations/markers.jsonl`` and ``corpora/violations/privacy.jsonl``
(relative to the repository root).  The script is deterministic: all numbers come
from ``random.Random(SEED)`` and every record is written in a fixed order, so
re-running it reproduces byte-identical files.

Every expected finding is wrapped in ⟦ ⟧ (U+27E6 / U+27E7).  Text outside the
marks is meant to be clean: it contains distractors (office landlines, masked
IDs, 文号, order numbers, 统一社会信用代码 of companies, prose mentions of 国家秘密)
that a screener must NOT flag.  ``self_check()`` verifies the generated records
(checksums inside marks, no unmasked personal data or ★ marks outside them)
and aborts if something is wrong.

Usage:  python corpora/tools/make_markers_privacy.py [--check-only]
"""
from __future__ import annotations

import datetime as _dt
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20240917
OUT_DIR = Path(__file__).resolve().parents[1] / "violations"
LM, RM = "\u27e6", "\u27e7"


def M(s: str) -> str:
    """Wrap an expected finding in ⟦ ⟧."""
    return LM + s + RM


# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def id_check_char(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def id18_valid(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if id_check_char(s[:17]) != s[17]:
        return False
    # resident IDs, 81/82/83 residence permits and 9-prefixed foreigner permanent-residence
    # IDs all carry the birth date at positions 7-14
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def luhn_digit(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


# GB 32100 统一社会信用代码 and GB 11714 组织机构代码
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_code_check(body8: str) -> str:
    r = 11 - sum(_org_val(c) * w for c, w in zip(body8, ORG_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def credit_code_check(body17: str) -> str:
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_WEIGHTS))
    return CC_CHARS[(31 - s % 31) % 31]


def credit_code_valid(s: str) -> bool:
    return len(s) == 18 and all(c in CC_CHARS for c in s) and credit_code_check(s[:17]) == s[17]


def fw(s: str) -> str:
    """ASCII digits/letters -> full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def cn_date(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def birth_of(id18: str) -> _dt.date:
    return _dt.date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))


# ---------------------------------------------------------------------------
# deterministic value generator
# ---------------------------------------------------------------------------
MOBILE_PREFIXES = ("133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                   "157", "158", "159", "177", "180", "181", "182", "183", "186", "187", "188",
                   "189", "191", "199")
CARD_BINS = {  # bin: (bank, length)
    "622202": ("中国工商银行", 19),
    "621226": ("中国工商银行", 19),
    "621700": ("中国建设银行", 19),
    "621799": ("中国建设银行", 19),
    "622848": ("中国农业银行", 19),
    "621483": ("招商银行", 16),
    "622588": ("招商银行", 16),
    "623668": ("中国建设银行", 19),
    "621661": ("中国银行", 19),
    "622908": ("兴业银行", 18),
}
TELS = {  # city: (area code, local length, plausible leading digits of the local number)
    "成都": ("028", 8, ("85", "86", "87", "61")), "攀枝花": ("0812", 7, ("33", "22", "25")),
    "淄博": ("0533", 7, ("21", "22", "31")), "贵阳": ("0851", 8, ("85", "86", "84")),
    "平罗": ("0952", 7, ("60", "61")), "杭州": ("0571", 8, ("85", "87", "88")),
    "深圳": ("0755", 8, ("26", "86", "83")), "北京": ("010", 8, ("65", "85", "84")),
    "米易": ("0812", 7, ("81", "82")), "珠海": ("0756", 7, ("21", "22", "33")),
    "南京": ("025", 8, ("83", "84", "52")), "银川": ("0951", 7, ("50", "60", "51")),
}


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def _uniq(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not make a unique value")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def birth(self, lo: int = 1952, hi: int = 2004) -> _dt.date:
        start, end = _dt.date(lo, 1, 1), _dt.date(hi, 12, 31)
        return start + _dt.timedelta(days=self.rng.randrange((end - start).days))

    def id18(self, region: str, sex: str | None = None, birth: _dt.date | None = None,
             last: str | None = None, age: tuple[int, int] = (1952, 2004)) -> str:
        """Valid 18-char resident ID.  sex: 'm'/'f'; last: force check char ('X');
        age: range of birth years that fits the context."""
        def make():
            b = birth or self.birth(*age)
            for _ in range(2000):
                seq = self.rng.randrange(1, 1000)
                if sex == "m" and seq % 2 == 0:
                    continue
                if sex == "f" and seq % 2 == 1:
                    continue
                body = f"{region}{b:%Y%m%d}{seq:03d}"
                chk = id_check_char(body)
                if last is not None and chk != last:
                    continue
                if last is None and chk == "X":
                    continue  # keep X endings for the explicit X cases
                return body + chk
            raise RuntimeError("no sequence found")
        return self._uniq(make)

    def id15(self, region: str, sex: str | None = None) -> str:
        def make():
            b = self.birth(1940, 1979)
            seq = self.rng.randrange(1, 1000)
            if sex == "m" and seq % 2 == 0:
                seq = (seq + 1) % 1000 or 1
            if sex == "f" and seq % 2 == 1:
                seq = (seq + 1) % 1000
            return f"{region}{b:%y%m%d}{seq:03d}"
        return self._uniq(make)

    def foreigner_id(self, province: str, nationality: str, sex: str | None = None,
                     age: tuple[int, int] = (1960, 1990)) -> str:
        # 2023 外国人永久居留身份证: 9 + 2-digit province + 3-digit ISO nationality + date + seq + check
        return self.id18("9" + province + nationality, sex=sex, age=age)

    def mobile(self) -> str:
        return self._uniq(lambda: self.rng.choice(MOBILE_PREFIXES) + self.digits(8))

    def card(self, bin_: str) -> str:
        length = CARD_BINS[bin_][1]

        def make():
            partial = bin_ + self.digits(length - len(bin_) - 1)
            return partial + luhn_digit(partial)
        return self._uniq(make)

    def tel(self, city: str) -> str:
        code, n, heads = TELS[city]

        def make():
            head = self.rng.choice(heads)
            return f"{code}-{head}{self.digits(n - len(head))}"
        return self._uniq(make)

    def masked_id(self, region: str | None = None, style: int = 0) -> str:
        region = region or self.rng.choice(("510104", "330106", "640221", "510402", "370303"))
        tail = self.digits(3) + self.rng.choice("0123456789X")
        if style == 0:
            return region[:4] + "*" * 10 + tail
        if style == 1:
            return region + "*" * 8 + tail
        return region[:3] + "*" * 11 + tail

    def masked_mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + "****" + self.digits(4)

    def masked_card(self) -> str:
        return self.rng.choice(("6222", "6217", "6228", "6214")) + " **** **** " + self.digits(4)

    def credit(self, region: str, kind: str = "91") -> str:
        def make():
            org8 = "MA" + "".join(self.rng.choice(CC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY")
                                  for _ in range(6))
            body17 = kind + region + org8 + org_code_check(org8)
            if any(c not in CC_CHARS for c in body17):
                return None
            return body17 + credit_code_check(body17)
        v = None
        while v is None:
            v = make()
        self.used.add(v)
        return v

    def order_no(self, prefix: str = "DD") -> str:
        return self._uniq(lambda: prefix + "2024" + self.digits(8))


# ---------------------------------------------------------------------------
# markers.jsonl
# ---------------------------------------------------------------------------
SP = "　" * 12  # indentation for 落款 lines

T = {
    "fund": dict(
        org="攀枝花市科学技术局", prefix="攀科发",
        title="关于做好2024年度市级科技计划项目资金管理工作的通知",
        to="各区（县）科技主管部门，局属各单位：",
        body=[
            "为进一步规范市级科技计划项目资金管理，提高财政资金使用效益，根据《中华人民共和国预算法》和市财政局、市科技局《关于进一步加强市级科技计划项目资金管理的实施意见》有关规定，现就做好2024年度项目资金管理工作通知如下。",
            "一、压实项目承担单位主体责任。项目承担单位要建立健全内部控制制度，严格按照批复的预算执行，不得擅自调整支出科目，不得截留、挤占、挪用项目资金。",
            "二、加快预算执行进度。各区（县）科技主管部门要加强对项目实施情况的跟踪督导，对执行进度滞后的项目及时预警，督促承担单位于11月底前完成年度支出任务。",
            "三、强化绩效评价结果运用。绩效评价结果将作为后续项目立项和资金安排的重要依据，对评价等次为“差”的单位，两年内不再受理其项目申报。",
            "请各单位于10月15日前将项目资金执行情况报送市科技局资源配置与管理科（电话：0812-3335126）。",
        ]),
    "flood": dict(
        org="平罗县人民政府办公室", prefix="平政办发",
        title="关于切实做好2024年主汛期防汛工作的通知",
        to="各乡（镇）人民政府，县级有关部门：",
        body=[
            "当前我县已全面进入主汛期，据气象部门预测，7月下旬至8月上旬我县降雨偏多，局地可能出现强降雨过程，防汛形势严峻复杂。为切实保障人民群众生命财产安全，现就有关事项通知如下。",
            "一、严格落实防汛责任。各乡（镇）要严格落实以行政首长负责制为核心的防汛责任制，明确水库、山塘、地质灾害隐患点的巡查责任人，做到责任到人、措施到位。",
            "二、全面开展隐患排查。对辖区内病险水库、在建工程、低洼易涝区域开展拉网式排查，建立问题清单，限期整改到位。",
            "三、强化值班值守。汛期实行24小时值班和领导带班制度，遇有重大汛情险情，要在30分钟内电话报告、1小时内书面报告县防汛抗旱指挥部办公室（值班电话：0952-6013110）。",
        ]),
    "safety": dict(
        org="淄博市科学技术局", prefix="淄科发",
        title="关于开展2024年第三季度安全生产大检查的通知",
        to="各科室，局属各单位：",
        body=[
            "为深入贯彻落实安全生产工作决策部署，有效防范遏制各类生产安全事故发生，经研究，决定于2024年8月至9月在全系统开展第三季度安全生产大检查。",
            "一、检查范围。局机关各科室、局属各单位办公场所、实验室、档案室及在建项目施工现场。",
            "二、检查重点。重点检查消防设施器材配备和完好情况、危险化学品储存管理情况、用电线路敷设情况以及安全生产责任制落实情况。",
            "三、工作要求。各单位要认真组织自查，对发现的问题建立台账，明确整改责任人和整改时限，做到整改措施、责任、资金、时限和预案“五落实”。自查报告请于9月20日前报局办公室。",
        ]),
    "open": dict(
        org="平罗县科学技术局", prefix="平科发",
        title="关于印发2024年政务公开工作要点的通知",
        to="各科室：",
        body=[
            "现将《平罗县科学技术局2024年政务公开工作要点》印发给你们，请结合实际认真抓好落实。",
            "一、坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，持续深化重点领域信息公开。",
            "二、严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，做到涉密信息不上网、上网信息不涉密。",
            "三、规范政策解读工作，坚持政策文件与解读材料同步组织、同步审签、同步部署，提高解读质量。",
            "四、加强政府网站和政务新媒体管理，及时更新栏目内容，确保信息发布准确、规范、安全。各科室要明确一名信息员，负责本科室政府信息的收集、审核和报送工作。",
        ]),
    "rural": dict(
        org="平罗县科学技术局", prefix="平科发",
        title="关于开展2024年科技特派员服务乡村振兴活动的通知",
        to="各乡（镇）人民政府，县级有关部门：",
        body=[
            "为深入推进科技特派员制度，助力乡村全面振兴，县科技局决定在全县组织开展2024年科技特派员服务乡村振兴活动。",
            "一、活动内容。围绕枸杞、设施蔬菜、优质水稻等特色产业，组织科技特派员深入田间地头开展技术培训和现场指导，推广新品种、新技术、新模式。",
            "二、服务方式。每名科技特派员联系1至2个村或农业经营主体，每月开展现场服务不少于2次，全年服务时间不少于40天。",
            "三、考核管理。县科技局将按季度对科技特派员服务情况进行考核，考核结果作为年度评优和续聘的重要依据。",
            "请各乡（镇）于4月30日前将需求汇总表报送县科技局农业科技服务办公室。",
        ]),
    "meeting": dict(
        org="攀枝花市人民政府办公室", prefix="攀府阅", banner="攀枝花市人民政府会议纪要",
        title="全市重点科技创新项目推进会议纪要",
        to=None,
        body=[
            "2024年5月20日上午，市政府副市长主持召开全市重点科技创新项目推进会，听取了市科技局关于重点项目推进情况的汇报，研究了存在的困难和问题。市发展改革委、市财政局、市自然资源和规划局等部门负责同志参加会议。现将会议议定事项纪要如下。",
            "一、会议指出，今年以来各部门协同推进重点科技创新项目建设，总体进展顺利，但部分项目仍存在用地报批慢、配套资金到位不及时等问题。",
            "二、会议要求，市自然资源和规划局要加快项目用地报批进度，6月底前完成相关手续；市财政局要按照项目进度及时拨付配套资金。",
            "三、会议明确，由市科技局牵头建立重点项目月调度机制，每月汇总项目进展情况，重大问题及时报市政府协调解决。",
        ]),
    "talent": dict(
        org="成都市科学技术局", prefix="成科发",
        title="关于印发《高层次科技人才引进培育实施办法》的通知",
        to="各区（市）县科技主管部门，市级有关部门：",
        body=[
            "《高层次科技人才引进培育实施办法》已经局党组会议审议通过，现印发给你们，请认真贯彻执行。",
            "一、本办法所称高层次科技人才，是指在本市企业、高校、科研院所全职工作，符合本办法规定条件的科技创新领军人才、青年拔尖人才和创新团队。",
            "二、对新引进的科技创新领军人才，给予最高100万元的安家补贴和科研经费支持；对青年拔尖人才，给予最高30万元的科研经费支持。",
            "三、各区（市）县要建立人才服务专员制度，在子女入学、医疗保障、住房保障等方面提供便利服务。",
            "四、本办法自印发之日起施行，有效期5年。",
        ]),
    "drill": dict(
        org="成都市武侯区人民政府办公室", prefix="武府办发",
        title="关于组织开展2024年地震应急疏散演练的通知",
        to="各街道办事处，区级有关部门：",
        body=[
            "为提高全区应对地震灾害的应急处置能力和公众自救互救能力，经区抗震救灾指挥部研究，决定于2024年5月12日前后组织开展地震应急疏散演练。",
            "一、演练时间和地点。主会场设在区行政中心广场，各街道、学校、医院、大型商场同步开展疏散演练。",
            "二、演练内容。主要包括地震预警信息发布、人员紧急疏散、伤员救治、应急物资调运和灾情信息报送等科目。",
            "三、工作要求。各单位要制定具体演练方案，提前做好人员组织、场地布置和安全保障工作，确保演练安全有序。演练结束后5个工作日内，将演练总结报区应急管理局。",
        ]),
    "econ": dict(
        org="平罗县统计局", prefix="平统发",
        title="2024年上半年全县规模以上工业经济运行情况分析",
        to=None,
        body=[
            "今年上半年，全县规模以上工业企业实现工业增加值同比增长6.8%，增速较一季度提高0.9个百分点。分行业看，化工、冶金、农副食品加工三大行业增加值合计占规上工业的62.3%，对全县工业增长的贡献率达到71.5%。",
            "从企业效益看，1至6月全县规上工业企业实现营业收入145.6亿元，同比增长5.2%；实现利润总额8.7亿元，同比下降3.1%，降幅较一季度收窄2.4个百分点。",
            "从用电情况看，上半年全县工业用电量23.4亿千瓦时，同比增长4.6%，其中高载能行业用电量占比78.2%。",
            "下半年，要继续落实稳工业增长各项政策措施，加强重点企业运行监测，帮助企业解决用工、用能、融资等方面的困难，推动工业经济持续回升向好。",
        ]),
    "bizenv": dict(
        org="平罗县人民政府办公室", prefix="平政办发",
        title="关于进一步优化营商环境提升政务服务效能的通知",
        to="各乡（镇）人民政府，县级有关部门：",
        body=[
            "为深入贯彻落实《优化营商环境条例》，持续提升政务服务效能，现就有关事项通知如下。",
            "一、全面推行“一件事一次办”。聚焦企业和群众高频办事需求，梳理形成“一件事”清单，实行一次告知、一表申请、一套材料、一窗受理。",
            "二、压缩审批办理时限。各部门承诺办理时限在法定时限基础上平均压缩50%以上，企业开办时间压缩至1个工作日以内。",
            "三、畅通诉求反映渠道。充分发挥12345政务服务便民热线作用，对企业和群众反映的问题实行首问负责、限时办结。",
            "四、强化监督考核。县营商环境建设领导小组办公室将定期通报各部门工作推进情况，对工作不力的予以约谈。",
        ]),
    "secrecy": dict(
        org="贵州省科学技术厅", prefix="黔科发",
        title="关于开展2024年度保密工作自查自评的通知",
        to="厅机关各处室，厅属各单位：",
        body=[
            "为进一步落实保密工作责任制，防范失泄密风险，根据上级保密工作部门统一部署，决定在全厅开展2024年度保密工作自查自评。",
            "一、自查内容。重点检查保密工作责任制落实情况、涉密人员管理情况、计算机和移动存储介质管理情况以及政府信息公开保密审查情况。",
            "二、工作要求。各单位要严格执行《中华人民共和国保守国家秘密法》，严禁在非涉密计算机上存储、处理涉密信息，严禁通过互联网传递涉密文件资料，严禁泄露国家秘密和工作秘密。",
            "三、时间安排。各单位自查工作于6月30日前完成，并将自查报告报厅办公室。厅办公室将组织对部分单位进行抽查。",
        ]),
    "fire": dict(
        org="米易县人民政府办公室", prefix="米府办发",
        title="关于加强2024年春季森林草原防灭火工作的通知",
        to="各乡（镇）人民政府，县级有关部门：",
        body=[
            "当前正值春季森林草原防火紧要期，气温回升快、降水偏少，林区可燃物载量大，森林火险等级持续偏高。为切实做好森林草原防灭火工作，现就有关事项通知如下。",
            "一、严格管控野外火源。在重点林区入口设立检查站，严禁携带火种进山，严禁在林区内烧荒、烧秸秆、上坟烧纸等野外用火行为。",
            "二、加强巡护瞭望。各乡（镇）要组织护林员加强巡山护林，实行网格化管理，确保火情早发现、早报告、早处置。",
            "三、做好扑救准备。各级森林消防队伍要保持临战状态，备足扑火机具和物资，一旦发生火情，确保快速出动、科学扑救。",
        ]),
    # ---- process drafts / internal requests ---------------------------------
    "draft_rule": dict(
        org="攀枝花市科学技术局", prefix=None, banner=None,
        title="攀枝花市科技计划项目管理办法",
        to=None,
        body=[
            "第一章　总　则",
            "第一条　为规范市级科技计划项目管理，提高项目实施质量和财政资金使用效益，根据《四川省科技计划项目管理办法》等有关规定，结合我市实际，制定本办法。",
            "第二条　本办法适用于使用市级财政科技资金支持的科技计划项目的申报、立项、实施、验收和监督管理。",
            "第三条　项目管理遵循公开公正、择优支持、分类管理、注重绩效的原则。",
            "第二章　职责分工",
            "第四条　市科技局负责制定项目指南，组织项目申报、评审、立项和验收，对项目实施情况进行监督检查。",
            "第五条　项目承担单位是项目实施的责任主体，负责按照任务书组织实施项目，规范使用项目资金，按时报送项目执行情况。",
        ]),
    "draft_plan": dict(
        org="平罗县科学技术局", prefix=None, banner=None,
        title="平罗县2025年科技工作要点",
        to=None,
        body=[
            "2025年全县科技工作的总体思路是：以科技创新引领产业创新，聚焦枸杞、设施农业、精细化工等主导产业，强化企业科技创新主体地位，加快推进科技成果转化，为全县经济社会高质量发展提供科技支撑。",
            "一、培育壮大创新主体。新培育国家高新技术企业3家、自治区科技型中小企业20家，推动规上工业企业研发活动全覆盖。",
            "二、加快科技成果转化。组织实施自治区重点研发计划项目5项以上，力争技术合同成交额突破1.2亿元。",
            "三、深化科技特派员制度。选派科技特派员60名以上，实现全县行政村科技服务全覆盖。",
            "四、优化创新生态。落实研发费用加计扣除、科技创新券等政策，全社会研发投入强度力争达到1.1%。",
        ]),
    "draft_reg": dict(
        org="平罗县科学技术局", prefix=None, banner=None,
        title="平罗县科技创新促进办法",
        to=None,
        body=[
            "第一条　为促进科技创新，推动科技成果转化为现实生产力，根据《中华人民共和国科学技术进步法》等法律法规，结合本县实际，制定本办法。",
            "第二条　县人民政府设立科技创新专项资金，主要用于支持企业研发投入、科技成果转化、创新平台建设和科技人才培养。",
            "第三条　对当年新认定的国家高新技术企业，给予一次性奖励10万元；对重新认定的，给予一次性奖励5万元。",
            "第四条　对企业建设的自治区级以上工程技术研究中心、重点实验室，给予最高50万元的建设补助。",
            "第五条　本办法由县科学技术局负责解释，自发布之日起施行。",
        ]),
    "request_fund": dict(
        org="攀枝花市科学技术局", prefix="攀科", signer_line="签发人：王建平",
        title="关于申请追加2024年度市级科技创新专项经费的请示",
        to="市人民政府：",
        body=[
            "2024年，市委、市政府将钒钛新材料、阳光康养等领域关键核心技术攻关列为重点工作。按照年初预算，市级科技创新专项经费安排3000万元，目前已下达2860万元，剩余额度难以满足下半年新增重大科技专项的资金需求。",
            "经测算，下半年拟新启动钒钛新材料重大科技专项2项、产学研协同创新项目8项，共需经费850万元。为保障上述项目按期启动实施，特申请追加2024年度市级科技创新专项经费710万元。",
            "妥否，请批示。",
        ],
        fuzhu="（联系人：李娜，电话：0812-3335126）"),
    "request_org": dict(
        org="平罗县科学技术局", prefix="平科", signer_line="签发人：马志刚",
        title="关于调整局机关内设科室职能配置的请示",
        to="县委机构编制委员会办公室：",
        body=[
            "根据县委、县政府关于深化机构改革的总体部署，结合科技管理职能转变和工作实际，为进一步理顺职责关系，提高工作效能，我局拟对机关内设科室职能配置进行调整。",
            "一、将农业科技服务办公室承担的科技特派员管理职责调整至工业科技服务办公室，统一负责科技人才服务工作。",
            "二、在党政办公室加挂政务公开办公室牌子，负责本局政府信息公开、政策解读和政务新媒体管理等工作。",
            "以上请示当否，请批复。",
        ],
        fuzhu="（联系人：杨帆，电话：0952-6012867）"),
    "minutes": dict(
        org="淄博市科学技术局", prefix=None, banner=None,
        title="2024年第6次局长办公会议纪要",
        to=None,
        body=[
            "2024年6月12日，局长主持召开2024年第6次局长办公会议，局领导班子成员、各科室负责人参加会议。会议研究了以下事项：",
            "一、听取了资源配置与管理科关于2024年度市级科技计划项目评审情况的汇报。会议同意评审结果，按程序进行公示。",
            "二、研究了机关办公用房维修改造事项。会议同意由办公室按照政府采购有关规定组织实施，严格控制工程造价。",
            "三、研究了下半年重点工作安排。会议要求各科室对照年度目标任务，查找差距，细化措施，确保全年任务圆满完成。",
        ]),
    # ---- sensitive-content bodies -------------------------------------------
    "army_visit": dict(
        org="平罗县双拥工作领导小组办公室", prefix="平双拥办发",
        title="关于开展2024年春节走访慰问驻县部队活动的通知",
        to="县双拥工作领导小组各成员单位：",
        body=[
            "为深入开展双拥共建活动，进一步巩固和发展军政军民团结，经县双拥工作领导小组研究，决定在2024年春节前后开展走访慰问驻县部队活动。",
            "一、慰问时间。2024年2月1日至2月8日。",
            "二、慰问对象和安排。{MIL}",
            "三、有关要求。各成员单位要高度重视，精心组织，按照勤俭节约的原则准备慰问品，严格遵守中央八项规定精神。慰问活动结束后，请于2月20日前将活动开展情况报县双拥办（电话：0952-6011808）。",
        ]),
    "army_land": dict(
        org="米易县自然资源局", prefix="米自然资发",
        title="关于攀莲镇贤家村集体土地征收补偿安置工作的通知",
        to="攀莲镇人民政府，县级有关部门：",
        body=[
            "为保障县级重点项目建设用地需求，经四川省人民政府批准，拟征收攀莲镇贤家村部分集体土地。现就征收补偿安置工作有关事项通知如下。",
            "一、征收范围。{MIL}",
            "二、补偿标准。按照《四川省人民政府关于调整全省征地区片综合地价标准的通知》执行，地上附着物和青苗补偿按县人民政府公布的标准执行。",
            "三、工作要求。攀莲镇人民政府要做好政策宣传和群众工作，县自然资源局负责组织开展土地现状调查和补偿登记，确保征收工作依法依规、平稳有序。",
        ]),
    "road": dict(
        org="米易县交通运输局", prefix="米交发",
        title="关于县道X112线改建工程施工期间交通管制的通知",
        to="各乡（镇）人民政府，县级有关部门：",
        body=[
            "县道X112线改建工程已于2024年3月开工建设，为确保施工安全和道路通行秩序，现就施工期间交通管制有关事项通知如下。",
            "一、管制路段和时间。{MIL}",
            "二、绕行线路。过往车辆请经县道X108线、乡道Y021线绕行，大型货车禁止驶入管制路段。",
            "三、施工单位要规范设置施工标志和安全防护设施，安排专人疏导交通，确保群众出行安全。",
        ]),
    "quake_station": dict(
        org="成都市武侯区应急管理局", prefix="武应急发",
        title="关于区地震监测站迁建工程有关事项的通知",
        to="各街道办事处，区级有关部门：",
        body=[
            "为提升全区地震监测能力，经区政府同意，区地震监测站将迁建至簇锦街道，迁建工程于2024年4月开工，预计10月底建成投入使用。",
            "一、站址情况。{COORD}",
            "二、保护要求。监测站周边500米范围内禁止进行爆破、打桩等产生强振动的施工作业，相关街道要做好巡查和宣传工作。",
            "三、请各有关单位积极支持配合迁建工作，遇有问题及时与区应急管理局联系（电话：028-85571234）。",
        ]),
    "water": dict(
        org="攀枝花市生态环境局", prefix="攀环发",
        title="关于加强金沙江城区段集中式饮用水水源地保护工作的通知",
        to="各区（县）人民政府，市级有关部门：",
        body=[
            "为保障城市供水安全，根据《中华人民共和国水污染防治法》和《饮用水水源保护区划分技术规范》，现就加强集中式饮用水水源地保护工作通知如下。",
            "一、保护区范围。{COORD}",
            "二、管控措施。一级保护区内禁止新建、改建、扩建与供水设施和保护水源无关的建设项目，禁止从事网箱养殖、旅游、游泳、垂钓等可能污染饮用水水体的活动。",
            "三、职责分工。市生态环境局负责水源地水质监测和执法检查，各区（县）人民政府负责辖区内保护区标志设置和日常巡查。",
        ]),
    "substation": dict(
        org="成都市发展和改革委员会", prefix="成发改能源",
        title="关于110千伏东桂变电站新建工程项目核准的批复",
        to="国网四川省电力公司成都供电公司：",
        body=[
            "你公司《关于核准110千伏东桂变电站新建工程的请示》收悉。经研究，现批复如下。",
            "一、为满足区域负荷增长需要，提高供电可靠性，同意建设110千伏东桂变电站新建工程。",
            "二、建设地点和规模。{COORD}本期新建主变压器2台，容量2×50兆伏安，新建110千伏线路8.6公里。",
            "三、项目总投资约9860万元，由你公司自筹解决。请按照本核准文件要求，依法办理规划、用地、环评等相关手续后开工建设。",
        ]),
    "pipeline": dict(
        org="平罗县应急管理局", prefix="平应急发",
        title="关于开展油气输送管道高后果区安全隐患排查整治的通知",
        to="各乡（镇）人民政府，县级有关部门：",
        body=[
            "为有效防范油气输送管道安全事故，根据自治区油气输送管道保护工作部署，决定在全县开展油气输送管道高后果区安全隐患排查整治。",
            "一、排查重点。{COORD}",
            "二、整治要求。对排查发现的占压、间距不足、第三方施工等隐患，各乡（镇）要建立台账，明确整改时限，确保年底前整改到位。",
            "三、管道企业要加强日常巡护，配齐应急物资，定期组织应急演练。",
        ]),
    "econ_table": dict(
        org="米易县统计局", prefix=None, banner=None,
        title="2024年1—8月全县主要经济指标完成情况",
        to=None,
        body=[
            "1—8月，全县主要经济指标保持平稳增长。现将主要指标完成情况通报如下：",
            "指标名称\t1—8月\t同比增长（%）\n规模以上工业增加值（亿元）\t38.6\t7.2\n固定资产投资（亿元）\t52.3\t9.1\n社会消费品零售总额（亿元）\t26.8\t5.4\n一般公共预算收入（亿元）\t6.7\t3.8",
            "{DATA}",
            "各部门要对照年度目标，分析差距原因，采取有力措施，确保完成全年目标任务。",
        ]),
}

DATES = [_dt.date(2024, m, d) for m, d in
         ((1, 8), (1, 22), (2, 26), (3, 15), (3, 28), (4, 10), (4, 23), (5, 9), (5, 27), (6, 14),
          (6, 28), (7, 5), (7, 19), (8, 2), (8, 16), (8, 30), (9, 11), (9, 25), (10, 14),
          (10, 29), (11, 12), (11, 26), (12, 10), (12, 24))]


# issue-date windows that keep each topic consistent with the dates in its body
WINDOWS = {
    "fund": ((3, 1), (9, 30)), "flood": ((6, 15), (7, 20)), "safety": ((7, 1), (8, 16)),
    "open": ((2, 1), (5, 31)), "rural": ((3, 1), (4, 20)), "meeting": ((5, 21), (6, 14)),
    "drill": ((3, 15), (5, 1)), "econ": ((7, 10), (8, 31)), "secrecy": ((4, 1), (6, 14)),
    "fire": ((1, 20), (3, 31)), "draft_plan": ((10, 1), (12, 31)), "request_fund": ((6, 1), (9, 30)),
    "minutes": ((6, 13), (6, 30)), "army_visit": ((1, 8), (1, 31)), "road": ((3, 1), (3, 31)),
    "quake_station": ((3, 1), (4, 30)), "econ_table": ((9, 5), (10, 31)),
}


class Doc:
    """Assemble a GB/T 9704-shaped document from a topic and head/附注 parts."""

    def __init__(self):
        self.n = 0

    def __call__(self, topic: str, head=(), fuzhu=None, title=None, pre=(), fill=None,
                 after_title=(), append=(), banner=True, foot_extra=None) -> str:
        t = T[topic]
        self.n += 1
        lo, hi = WINDOWS.get(topic, ((1, 1), (12, 31)))
        cands = [d for d in DATES if _dt.date(2024, *lo) <= d <= _dt.date(2024, *hi)]
        d = cands[(self.n * 7) % len(cands)]
        lines = list(pre) + list(head)
        ban = t.get("banner", t["org"] + "文件")
        if banner and ban:
            lines.append(ban)
        if t.get("prefix"):
            docno = f"{t['prefix']}〔{d.year}〕{(self.n * 13) % 97 + 3}号"
            if t.get("signer_line"):
                docno += "　　　　" + t["signer_line"]
            lines.append(docno)
        lines.append("")
        lines.append(title or t["title"])
        lines.extend(after_title)
        lines.append("")
        if t.get("to"):
            lines.append(t["to"])
        for p in t["body"]:
            for k, v in (fill or {}).items():
                p = p.replace("{" + k + "}", v)
            lines.append(p)
        lines.extend(append)
        lines.append("")
        lines.append(SP + t["org"])
        lines.append(SP + cn_date(d))
        if foot_extra:
            lines.append(foot_extra)
        fz = fuzhu if fuzhu is not None else t.get("fuzhu")
        if fz:
            lines.append(fz)
        return "\n".join(lines).lstrip("\n")


def build_markers() -> list[dict]:
    doc = Doc()
    recs: list[dict] = []

    def add(cat, sev, note, text, meta=None):
        r = {"id": f"mk-{len(recs) + 1:03d}", "category": cat, "severity": sev,
             "text": text, "note": note}
        if meta:
            r["meta"] = meta
        recs.append(r)

    S, B = "secret", "block"
    # ---- A. state-secret marks on the head ---------------------------------
    add(S, B, "state secret mark 绝密★长期 under 份号, with 紧急程度",
        doc("meeting", head=["000123", M("绝密★长期"), "特急"]))
    add(S, B, "state secret mark 机密★5年",
        doc("fund", head=["000087", M("机密★5年"), "加急"]))
    add(S, B, "state secret mark 秘密★1年 (no 份号)",
        doc("safety", head=[M("秘密★1年")]))
    add(S, B, "state secret mark 秘密★6个月",
        doc("flood", head=["000215", M("秘密★6个月")]))
    add(S, B, "state secret mark with a calendar date as period",
        doc("talent", head=["000031", M("机密★2025年12月31日")]))
    add(S, B, "state secret mark with a decryption condition",
        doc("fund", head=["000042", M("机密★解密条件：项目通过验收后")]))
    add(S, B, "level 秘密 alone on its own header line under 份号 000123",
        doc("flood", head=["000123", M("秘密"), "特急"]))
    add(S, B, "level 机密 alone on its own header line under 份号",
        doc("drill", head=["000056", M("机密")]))
    add(S, B, "level 绝密 alone on the first line, then 紧急程度",
        doc("meeting", head=[M("绝密"), "特急"]))
    add(S, B, "damaged mark: ☆ instead of ★",
        doc("bizenv", head=[M("机密☆5年")]))
    add(S, B, "damaged mark: ASCII * instead of ★",
        doc("fire", head=[M("秘密*1年")]))
    add(S, B, "damaged mark: full-width ＊ instead of ★",
        doc("rural", head=["000019", M("机密＊3年")]))
    add(S, B, "damaged mark: space before ★",
        doc("safety", head=["000077", M("秘密 ★1年")]))
    add(S, B, "damaged mark: full-width space after ★",
        doc("talent", head=[M("机密★　10年")]))
    add(S, B, "damaged mark: space inside the level (机 密★3年)",
        doc("fund", head=["000164", M("机 密★3年")]))
    add(S, B, "OCR split: every character separated by spaces",
        doc("meeting", head=["0 0 0 0 0 8", M("绝 密 ★ 长 期")]))
    add(S, B, "OCR split: period broken onto the next line",
        doc("econ", head=[M("机密★\n5年")]))
    add(S, B, "period written in Chinese numerals (秘密★一年)",
        doc("drill", head=["000301", M("秘密★一年")]))
    add(S, B, "mark with ★ but no period",
        doc("bizenv", head=["000012", M("机密★")]))
    add(S, B, "mark inside a 密级 field of a form-style head",
        doc("minutes", head=["密级：" + M("秘密★2年") + "　　　　共印20份"], banner=False))
    add(S, B, "level inside 份号/密级 fields on one line",
        doc("econ", head=["份号：000045　　密级：" + M("机密")], banner=False))
    add(S, B, "secret mark on a scraped web page (breadcrumb above the head)",
        doc("open", pre=["你的位置：首页 > 政务公开 > 通知公告", "发布时间：2024-03-18　来源：县科技局　浏览次数：126", ""],
            head=[M("秘密★1年")]))
    add(S, B, "state secret mark with full-width digits",
        doc("secrecy", head=["０００１０３", M("机密★１０年"), "加急"]))

    # ---- B. work secrets ----------------------------------------------------
    add(S, B, "work secret header mark 工作秘密",
        doc("econ", head=[M("工作秘密")]))
    add(S, B, "work secret mark 工作秘密 under 份号 with 紧急程度",
        doc("meeting", head=["000321", M("工作秘密"), "加急"]))
    add(S, B, "work secret mark 内部事项 注意保管 (full-width space)",
        doc("bizenv", head=[M("内部事项　注意保管")]))
    add(S, B, "work secret mark 内部事项 注意保管 (ASCII space)",
        doc("fire", head=[M("内部事项 注意保管")]))
    add(S, B, "work secret mark on a 会议纪要 head",
        doc("minutes", head=[M("内部事项　注意保管")], banner=False))

    # ---- C. internal circulation -------------------------------------------
    N = "sensitive"
    add(N, B, "internal circulation cover line 内部资料 注意保存",
        doc("econ", head=[M("内部资料　注意保存")], banner=False))
    add(N, B, "internal circulation 内部资料 注意保存 on a 纪要 head",
        doc("meeting", head=[M("内部资料 注意保存")]))
    add(N, B, "internal circulation 内部文件 on the head",
        doc("fund", head=[M("内部文件")]))
    add(N, B, "internal circulation 内部使用 on the head",
        doc("safety", head=[M("内部使用")]))
    add(N, B, "仅供内部参考 under the title of an analysis",
        doc("econ", after_title=["（" + M("仅供内部参考") + "）"], banner=False))
    add(N, B, "内部参考 注意保存 on the cover of a 简报-like notice",
        doc("flood", head=["防汛工作简报（第7期）", M("内部参考　注意保存")], banner=False))
    add(N, B, "此件不得翻印 in the 附注 position",
        doc("secrecy", fuzhu=M("（此件不得翻印）")))
    add(N, B, "不得外传 in the 附注 position",
        doc("talent", fuzhu=M("（此件不得外传）")))
    add(N, B, "内部文件 不得外传 combined head line",
        doc("minutes", head=[M("内部文件　不得外传")], banner=False))
    add(N, B, "仅供内部参考 as 附注",
        doc("drill", fuzhu=M("（仅供内部参考）")))
    add(N, B, "内部使用 on the head of a web-published page",
        doc("rural", pre=["当前位置：首页 > 信息公开 > 通知公告", ""], head=[M("内部使用")]))

    # ---- D. disclosure attribute --------------------------------------------
    add(S, B, "附注 （此件不公开） after the date",
        doc("fund", fuzhu=M("（此件不公开）")))
    add(S, B, "附注 （此件不予公开） after the date",
        doc("safety", fuzhu=M("（此件不予公开）")))
    add(S, B, "header field 公开属性：不予公开",
        doc("bizenv", head=[M("公开属性：不予公开")]))
    add(S, B, "附注 with half-width parentheses (此件不公开)",
        doc("talent", fuzhu=M("(此件不公开)")))
    add(S, B, "公开方式：不予公开 after the date",
        doc("fire", fuzhu=M("公开方式：不予公开")))
    add(S, B, "附注 with inner spaces （ 此件不予公开 ）",
        doc("drill", fuzhu=M("（ 此件不予公开 ）")))
    add(S, B, "（此件依申请公开） on the proactive channel",
        doc("rural", fuzhu=M("（此件依申请公开）")), meta={"channel": "proactive"})
    add(S, B, "（此件依申请公开） on the proactive channel, analysis report",
        doc("econ", fuzhu=M("（此件依申请公开）")), meta={"channel": "proactive"})
    add(S, B, "公开方式：依申请公开 on the proactive channel",
        doc("quake_station", fill={"COORD": "新站址位于簇锦街道铁佛社区，占地约3.2亩，建设观测室、记录室各1间。"},
            fuzhu=M("公开方式：依申请公开")), meta={"channel": "proactive"})
    add(S, "review", "（此件依申请公开） on the on-request channel: review only",
        doc("flood", fuzhu=M("（此件依申请公开）")), meta={"channel": "on_request"})
    add(S, "review", "公开方式：依申请公开 on the on-request channel: review only",
        doc("open", fuzhu=M("公开方式：依申请公开")), meta={"channel": "on_request"})
    add(S, "review", "（此件依申请公开） on the on-request channel: review only",
        doc("secrecy", fuzhu=M("（此件依申请公开）")), meta={"channel": "on_request"})

    # ---- E. limited distribution and process drafts ----------------------
    RV = "review"
    add(N, RV, "limited distribution （此件发至县级）",
        doc("flood", fuzhu=M("（此件发至县级）")))
    add(N, RV, "limited distribution （此件发至乡镇）",
        doc("fire", fuzhu=M("（此件发至乡镇）")))
    add(N, RV, "limited distribution （此件发至县团级）",
        doc("talent", fuzhu=M("（此件发至县团级）")))
    add(N, RV, "internal draft: 征求意见稿 in the title (not a public-comment notice)",
        doc("draft_rule", title="攀枝花市科技计划项目管理办法（" + M("征求意见稿") + "）"))
    add(N, RV, "internal draft: 讨论稿 in the title",
        doc("draft_plan", title="平罗县2025年科技工作要点（" + M("讨论稿") + "）"))
    add(N, RV, "internal draft: 送审稿 in the title",
        doc("draft_reg", title="平罗县科技创新促进办法（" + M("送审稿") + "）"))
    add(N, RV, "征求意见稿 standing alone on the head line of an internal draft",
        doc("draft_rule", head=[M("征求意见稿")]))
    add(N, RV, "讨论稿 on the head line of an internal draft",
        doc("draft_plan", head=[M("讨论稿")]))
    add(N, RV, "请示 (internal upward request) with 签发人",
        doc("request_fund", title=M("关于申请追加2024年度市级科技创新专项经费的请示")))
    add(N, RV, "请示 (internal upward request) to the 编办",
        doc("request_org", title=M("关于调整局机关内设科室职能配置的请示")))
    add(N, RV, "内部会议纪要 head line",
        doc("minutes", head=[M("内部会议纪要")], banner=False))
    add(N, RV, "内部会议纪要 in the title",
        doc("minutes", title="2024年第6次局长办公会" + M("内部会议纪要"), banner=False))

    # ---- F. sensitive content -------------------------------------------------
    pub = "（此件公开发布）"
    add(N, RV, "precise coordinates in DMS form",
        doc("quake_station", fill={"COORD": "新站址位于簇锦街道，站址坐标为" + M("东经103°59′18″、北纬30°36′47″") + "，占地约3.2亩。"},
            fuzhu=pub))
    add(N, RV, "precise coordinates of a water intake in DMS form",
        doc("water", fill={"COORD": "一级保护区为取水口（" + M("东经101°43′25″，北纬26°35′08″") + "）上游1000米至下游100米的水域及两岸纵深50米的陆域。"},
            fuzhu=pub))
    add(N, RV, "decimal coordinates with 6 decimals",
        doc("substation", fill={"COORD": "站址位于成都市龙泉驿区东安街道，站址中心坐标（" + M("104.263512, 30.569462") + "）。"},
            fuzhu=pub))
    add(N, RV, "decimal coordinates with E/N letters",
        doc("pipeline", fill={"COORD": "重点排查姚伏镇输气管道3号阀室（" + M("E106.481254°，N38.905617°") + "）周边200米范围内的人员密集场所和违章占压情况。"},
            fuzhu=pub))
    add(N, RV, "military unit designator 解放军32150部队 (武警某部 left unlabelled)",
        doc("army_visit", fill={"MIL": "县委、县政府领导分别带队走访慰问" + M("解放军32150部队") + "、武警某部及县人武部，看望慰问部队官兵。"},
            fuzhu=pub))
    add(N, RV, "military unit designator in a land-acquisition notice",
        doc("army_land", fill={"MIL": "贤家村4组、5组集体土地共计86.4亩，其中北侧地块与" + M("中国人民解放军78092部队") + "营区相邻，具体界址以勘测定界图为准。"},
            fuzhu=pub))
    add(N, RV, "military facility near a named village (radar station)",
        doc("fire", append=["四、加强重点部位防护。要重点加强对" + M("石门村北侧山顶雷达站") + "周边林区的巡护，确保重要设施安全。"],
            fuzhu=pub))
    add(N, RV, "military facility near a named village (ammunition depot)",
        doc("flood", append=["四、各乡（镇）要对" + M("红岩村西侧弹药库") + "周边山体开展地质灾害隐患专项排查，发现险情立即报告。"],
            fuzhu=pub))
    add(N, RV, "military facility near a named village (missile position)",
        doc("road", fill={"MIL": "2024年4月1日至9月30日，对县道X112线K8+200至K15+600段实行半幅通行管制，该路段途经" + M("黄土坡村后山导弹阵地") + "外侧，施工车辆不得在路段内停靠。"},
            fuzhu=pub))
    add(N, RV, "unpublished internal statistics (未经批准不得对外公开)",
        doc("econ", append=[M("以上数据为内部统计，未经批准不得对外公开") + "。"], banner=False))
    add(N, RV, "unpublished data in a table note",
        doc("econ_table", fill={"DATA": M("本表数据仅供内部掌握，未经批准不得公开引用") + "。"}))

    # ---- G. CMS metadata disagrees with the 附注 --------------------------------
    add(S, B, "CMS attribute 主动公开 but 附注 says （此件不予公开）",
        doc("open", fuzhu=M("（此件不予公开）")), meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 主动公开 but 附注 says （此件不公开）",
        doc("bizenv", fuzhu=M("（此件不公开）")), meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 主动公开 but head field says 公开属性：不予公开",
        doc("rural", head=[M("公开属性：不予公开")]), meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 主动公开 but 公开方式：不予公开 after the date",
        doc("drill", fuzhu=M("公开方式：不予公开")), meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 主动公开 but 附注 says （此件依申请公开）",
        doc("fund", fuzhu=M("（此件依申请公开）")), meta={"attribute": "主动公开", "channel": "proactive"})
    add(S, B, "CMS attribute 主动公开 but 附注 says （此件不予公开）",
        doc("fire", fuzhu=M("（此件不予公开）")), meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 主动公开 but 附注 says （此件不公开）",
        doc("safety", fuzhu=M("（此件不公开）")), meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 主动公开 but 附注 says （此件不予公开）, scraped page",
        doc("talent", pre=["首页 > 政府信息公开 > 法定主动公开内容 > 政策文件", ""], fuzhu=M("（此件不予公开）")),
        meta={"attribute": "主动公开"})
    add(S, B, "CMS attribute 不予公开 conflicts with 附注 （此件主动公开）: label the 附注",
        doc("flood", fuzhu=M("（此件主动公开）")), meta={"attribute": "不予公开"})
    add(S, B, "CMS attribute 不予公开 conflicts with 附注 （此件公开发布）: label the 附注",
        doc("secrecy", fuzhu=M("（此件公开发布）")), meta={"attribute": "不予公开"})
    return recs


# ---------------------------------------------------------------------------
# privacy.jsonl
# ---------------------------------------------------------------------------
def build_privacy(g: Gen) -> list[dict]:
    recs: list[dict] = []

    def add(typ, sev, note, text, meta=None):
        r = {"id": f"pv-{len(recs) + 1:03d}", "category": "privacy", "severity": sev,
             "type": typ, "text": text, "note": f"{typ}: {note}"}
        if meta:
            r["meta"] = meta
        recs.append(r)

    B, RV = "block", "review"

    # ======================= resident ID numbers (block) =====================
    i1 = g.id18("510402", sex="m", age=(1965, 1995))
    add("id", B, "18-digit ID of the party in an administrative penalty decision",
        f"""攀枝花市东区市场监督管理局
行政处罚决定书
攀东市监罚〔2024〕37号

当事人：刘建军，男，{cn_date(birth_of(i1))}出生
公民身份号码：{M(i1)}
住所：攀枝花市东区炳草岗街道
经查，当事人于2024年3月至5月期间，在未取得食品经营许可证的情况下，在其经营的门店内从事预包装食品销售活动，违法所得共计人民币2360元。上述事实有现场检查笔录、询问笔录、销售单据等证据为证。
当事人的上述行为违反了《中华人民共和国食品安全法》第三十五条第一款的规定。依据《中华人民共和国食品安全法》第一百二十二条第一款的规定，本局决定对当事人作出如下行政处罚：一、没收违法所得2360元；二、罚款人民币5000元。
当事人应当自收到本决定书之日起十五日内缴纳罚款。如不服本处罚决定，可以在收到本决定书之日起六十日内依法向攀枝花市东区人民政府申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。
联系电话：{g.tel('攀枝花')}
{SP}攀枝花市东区市场监督管理局
{SP}2024年6月18日""", {"genre": "行政处罚决定书"})

    i2 = g.id18("510107", sex="m", age=(1980, 2000))
    add("id", B, "18-digit ID of a defendant in a criminal judgment excerpt",
        f"""四川省成都市武侯区人民法院
刑事判决书
（2024）川0107刑初412号
公诉机关成都市武侯区人民检察院。
被告人王志强，男，{cn_date(birth_of(i2))}出生，公民身份号码{M(i2)}，汉族，初中文化，无业，户籍地四川省成都市武侯区。因涉嫌盗窃罪于2024年2月6日被刑事拘留，同年3月12日被依法逮捕。现羁押于成都市看守所。
辩护人陈某，四川某律师事务所律师。
成都市武侯区人民检察院以成武检刑诉〔2024〕398号起诉书指控被告人王志强犯盗窃罪，于2024年5月8日向本院提起公诉。本院依法适用简易程序，实行独任审判，公开开庭审理了本案。被害人李某某（身份证号{g.masked_id('510107')}）到庭参加诉讼。现已审理终结。""",
        {"genre": "判决书"})

    rows = []
    names = ["马秀兰", "杨万福", "李春花", "王德成", "丁学义", "周桂芳", "冯玉山", "马金花"]
    marked_rows = {1, 5}
    for k, nm in enumerate(names):
        sex = "f" if nm[-1] in "兰花芳" else "m"
        if k in marked_rows:
            v = M(g.id18("640221", sex=sex, birth=g.birth(1940, 1963)))
        else:
            v = g.masked_id("640221", style=0)
        rows.append(f"{k + 1}\t{nm}\t{v}\t585.00")
    add("id", B, "two unmasked IDs in a tab-separated pension payment list, others masked",
        "平罗县2024年第二季度城乡居民基本养老保险待遇发放名单（黄渠桥镇）\n序号\t姓名\t身份证号码\t发放金额（元）\n"
        + "\n".join(rows)
        + f"\n公示期：2024年7月1日至7月7日。对公示名单有异议的，请在公示期内向黄渠桥镇社会保障服务中心反映。\n咨询电话：{g.tel('平罗')}",
        {"genre": "补贴发放名单"})

    i4 = g.id18("510104", sex="f", age=(1960, 1990))
    add("id", B, "ID of the petitioner in a 信访 reply",
        f"""关于张丽华反映房屋漏水问题的信访事项处理意见书
锦住建信复〔2024〕126号

张丽华（身份证号：{M(i4)}）：
你于2024年4月8日通过四川省网上信访信息系统反映的“小区楼顶防水层破损导致房屋漏水”问题，本机关已依法受理。经调查核实，你所在小区楼顶防水层确因年久老化出现破损，物业服务企业已于4月20日完成维修，并经现场闭水试验合格。
如对本处理意见不服，可以自收到本意见书之日起30日内，向成都市锦江区人民政府书面提出复查申请。
（咨询电话：{g.tel('成都')}）
{SP}成都市锦江区住房和城乡建设局
{SP}2024年4月30日""", {"genre": "信访回复"})

    i5 = g.id18("510104", sex="m", age=(1955, 1985))
    add("id", B, "ID glued to Chinese characters on both sides",
        f"""不动产权证书遗失补发公告
申请人陈国庆身份证号{M(i5)}住成都市锦江区书院街街道，因保管不善，将其位于锦江区的不动产权证书（川（2019）成都市不动产权第0231567号）遗失，现申请补发。根据《不动产登记暂行条例实施细则》第二十二条规定，现予公告。自公告之日起15个工作日内无异议的，我中心将注销原证书并补发新证书。
异议受理电话：{g.tel('成都')}
{SP}成都市不动产登记中心
{SP}2024年9月3日""", {"genre": "公告"})

    i6 = g.id18("330106", sex="f", last="X", age=(1980, 2000))
    add("id", B, "ID ending in upper-case X in a 公告送达",
        f"""杭州市西湖区人力资源和社会保障局
公告送达书
西人社监告字〔2024〕第19号

王小红（公民身份号码：{M(i6)}）：
本局受理的你与杭州某某餐饮管理有限公司（统一社会信用代码：{g.credit('330106')}）劳动报酬争议一案，因无法直接送达，现依法向你公告送达《劳动保障监察限期改正指令书》。自本公告发布之日起满30日，即视为送达。
联系电话：{g.tel('杭州')}
{SP}杭州市西湖区人力资源和社会保障局
{SP}2024年5月16日""", {"genre": "公告送达"})

    i7 = g.id18("520102", sex="m", last="X", age=(1950, 1975)).lower()
    add("id", B, "ID ending in lower-case x in a lost-document notice",
        f"""遗失声明
周德明（身份证号码{M(i7)}）遗失贵阳市南明区农村宅基地使用证一本，证号南宅字第0087号，特此声明作废。
本栏目刊登遗失声明须提交本人身份证明材料，办理咨询：{g.tel('贵阳')}（工作日9:00—17:00）。
发布日期：2024年8月12日""", {"genre": "遗失声明"})

    i8 = g.id18("510402", sex="f", age=(1970, 1995))
    add("id", B, "ID written in full-width digits",
        f"""攀枝花市2024年8月失业保险金申领审核结果公示
经审核，以下人员符合失业保险金领取条件，现予公示：
姓名：罗秀英　身份证号：{M(fw(i8))}　领取期限：12个月　月领取标准：1740元
姓名：何志刚　身份证号：{g.masked_id('510402', style=1)}　领取期限：9个月　月领取标准：1740元
公示期为5个工作日。如有异议，请向市就业服务中心反映（电话：{g.tel('攀枝花')}）。""",
        {"genre": "公示名单"})

    i9 = g.id15("510104", sex="m")
    add("id", B, "15-digit legacy ID in an old property record",
        f"""国有土地使用权注销登记公告
原土地使用权人：周德华，身份证号：{M(i9)}（1998年登记时使用证件），坐落于成都市锦江区督院街街道，土地证号锦国用（1998）字第0456号。因该宗地已纳入棚户区改造征收范围，根据《不动产登记暂行条例》有关规定，拟注销其国有土地使用权登记。
利害关系人如有异议，请自公告之日起15个工作日内向我中心提出书面异议（电话：{g.tel('成都')}）。
{SP}成都市锦江区不动产登记中心
{SP}2024年3月22日""", {"genre": "公告"})

    i10 = g.id15("640221", sex="f")
    add("id", B, "15-digit legacy ID in a land-contract tab table",
        f"""平罗县姚伏镇小店子村土地承包经营权确权登记结果公示
户主姓名\t证件号码\t承包地块数\t承包面积（亩）
马玉芳\t{M(i10)}\t4\t12.36
丁万祥\t{g.masked_id('640221', style=2)}\t3\t9.80
公示期7天。对公示结果有异议的，请向村民委员会或镇农业农村服务中心反映，联系电话：{g.tel('平罗')}。""",
        {"genre": "公示名单"})

    i11 = g.id18("810000", sex="m", age=(1990, 2000))
    add("id", B, "HK residence-permit number (810000 prefix)",
        f"""深圳市南山区2024年港澳青年创新创业补贴拟发放名单公示
根据《南山区支持港澳青年创新创业若干措施》，经审核，拟对以下人员发放创业补贴：
申请人：陈家乐　港澳台居民居住证号码：{M(i11)}　所创办企业：深圳某某科技有限公司（统一社会信用代码{g.credit('440305')}）　补贴金额：5万元
公示期为2024年7月15日至7月21日。如有异议，请以书面形式向区人力资源局反映（电话：{g.tel('深圳')}）。""",
        {"genre": "补贴发放名单"})

    i12 = g.id18("820000", sex="f", age=(1955, 1964))
    add("id", B, "Macao residence-permit number (820000 prefix)",
        f"""关于珠海横琴参保港澳居民社会保险待遇核定结果的公示
经核定，澳门居民梁嘉欣（港澳台居民居住证号码{M(i12)}）符合按月领取基本养老保险待遇条件，月养老金为2318.60元。
公示期间如有异议，请与社会保险经办窗口联系，业务编号：SB2024071803。咨询电话：{g.tel('珠海')}。""",
        {"genre": "公示名单"})

    i13 = g.id18("830000", sex="m", age=(1998, 2002))
    add("id", B, "Taiwan residence-permit number (830000 prefix)",
        f"""2024年度台湾青年就业见习补贴发放公示
见习单位：杭州某某文化创意有限公司（统一社会信用代码{g.credit('330106')}）
见习人员：林志豪，港澳台居民居住证号码：{M(i13)}，见习期限：2024年3月1日至8月31日，补贴标准：每月2490元。
受理部门：杭州市西湖区台湾事务办公室，电话：{g.tel('杭州')}。""",
        {"genre": "补贴发放名单"})

    i14 = g.foreigner_id("11", "840", sex="m", age=(1965, 1985))
    add("id", B, "9-prefixed foreigner permanent-residence ID (2023 format, province 11, nationality 840)",
        f"""北京市朝阳区2024年外籍高层次人才住房补贴拟支持名单公示
姓名：MICHAEL JOHNSON（中文名：马克）
外国人永久居留身份证号码：{M(i14)}
工作单位：北京某某生物医药研究院
补贴标准：每月5000元，期限3年。
公示期：2024年10月8日至10月14日。如有异议，请致电{g.tel('北京')}。""",
        {"genre": "公示名单"})

    i15 = g.foreigner_id("44", "410", sex="f", age=(1970, 1988))
    add("id", B, "9-prefixed foreigner permanent-residence ID (province 44, nationality 410)",
        f"""深圳市南山区引进海外人才奖励发放结果
经审核，韩籍专家KIM MINJI（金敏智），证件类型：外国人永久居留身份证，证件号码{M(i15)}，符合海外高层次人才奖励条件，奖励金额30万元，分三年发放。
文号：深南人才〔2024〕23号。咨询电话：{g.tel('深圳')}。""",
        {"genre": "公示名单"})

    i16 = g.id18("510107", sex="m", age=(1970, 1995))
    sp16 = f"{i16[:6]} {i16[6:14]} {i16[14:]}"
    add("id", B, "ID written with spaces in 6-8-4 groups",
        f"""成都市武侯区人力资源和社会保障局
认定工伤决定书
武人社工认〔2024〕第1087号

申请人：何建军
职工姓名：何建军　性别：男　身份证号码：{M(sp16)}
用人单位：成都某某物流有限公司（统一社会信用代码：{g.credit('510107')}）
职工何建军于2024年4月15日在公司仓库搬运货物时左手受伤，经成都市第三人民医院诊断为左手第三掌骨骨折。根据《工伤保险条例》第十四条第（一）项之规定，认定为工伤。
如对本工伤认定决定不服，可自收到本决定书之日起60日内申请行政复议。
{SP}2024年5月30日""", {"genre": "行政决定书"})

    i17 = g.id18("370303", sex="f", age=(1960, 1990))
    add("id", B, "ID of the right holder in a property notice",
        f"""淄博市不动产登记中心
不动产首次登记公告（2024第0315号）
经初步审定，我中心拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，现予公告。
权利人：孙丽华，证件种类：居民身份证，证件号码：{M(i17)}
不动产坐落：淄博市张店区公园街道
不动产单元号：370303005002GB00123F00010002
公告期间：2024年5月6日至2024年5月20日
异议书面材料送达地址：淄博市张店区人民西路某号不动产登记中心，联系电话：{g.tel('淄博')}""",
        {"genre": "公告"})

    i18 = g.id18("510402", sex="m", age=(1960, 1995))
    add("id", B, "name masked (李某某) but the ID left unmasked: an unmasked valid ID is still a block",
        f"""攀枝花市东区城市管理行政执法局
行政处罚决定书
攀东城执罚〔2024〕58号

当事人：李某某，男
身份证号：{M(i18)}
经查，当事人于2024年7月3日在攀枝花市东区炳草岗大街占道经营，经执法人员劝阻后拒不改正。以上事实有现场照片、询问笔录为证。依据《四川省城乡环境综合治理条例》第六十三条的规定，决定对当事人处以罚款人民币200元。
{SP}2024年7月10日""", {"genre": "行政处罚决定书", "subtype": "name_masked_id_unmasked"})

    i19 = g.id18("330106", sex="m", age=(1975, 1995))
    add("id", B, "defendant name masked (张某) but ID unmasked in a judgment",
        f"""浙江省杭州市西湖区人民法院
民事判决书
（2024）浙0106民初5521号
原告：杭州某某小额贷款有限公司，住所地杭州市西湖区，统一社会信用代码{g.credit('330106')}。
被告：张某，男，{birth_of(i19).year}年出生，汉族，公民身份号码{M(i19)}。
原告与被告借款合同纠纷一案，本院于2024年6月3日立案后，依法适用简易程序，公开开庭进行了审理。原告委托诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭。本案现已审理终结。""",
        {"genre": "判决书", "subtype": "name_masked_id_unmasked"})

    agg_names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "吴敏", "徐强",
                 "孙红梅", "胡建国"]
    lines = ["米易县2024年度公益性岗位拟聘用人员名单", "序号\t姓名\t性别\t身份证号码\t拟聘岗位"]
    posts = ["保洁", "护林员", "治安巡逻", "社区服务", "道路养护", "保洁"]
    for k, nm in enumerate(agg_names):
        sex = "f" if nm in ("王芳", "李娜", "陈静", "黄丽", "吴敏", "孙红梅") else "m"
        lines.append(f"{k + 1}\t{nm}\t{'女' if sex == 'f' else '男'}\t{M(g.id18('510421', sex=sex, age=(1966, 1995)))}\t{posts[k % len(posts)]}")
    lines.append(f"公示期：2024年3月4日至3月8日。监督电话：{g.tel('米易')}。")
    add("id", B, "aggregation risk: 12-row list of names with unmasked IDs (each ID marked)",
        "\n".join(lines), {"genre": "招聘拟录用公示", "aggregation": True, "rows": 12})

    i21 = g.id18("440305", sex="f", age=(1988, 1998))
    add("id", B, "ID in half-width parentheses right after a name",
        f"""南山区2024年第一批人才安居住房配租结果公示
经资格审核、摇号，下列申请人获得配租资格：
李娜(身份证{M(i21)})，配租房源：南山区粤海街道人才安居房，户型两房；
王建新（身份证{g.masked_id('440305', style=0)}），配租房源：南山区西丽街道人才安居房，户型一房。
咨询电话：{g.tel('深圳')}，订单编号：{g.order_no('AJ')}。""",
        {"genre": "公示名单"})

    x22 = g.id18("640221", sex="m", last="X", age=(1955, 1975))
    add("id", B, "X-ending ID inside a tab-separated subsidy table",
        f"""平罗县2024年耕地地力保护补贴兑付明细（头闸镇）
序号\t户主\t身份证号\t补贴面积（亩）\t补贴金额（元）
1\t马福祥\t{M(x22)}\t18.5\t1998.00
2\t李桂英\t{g.masked_id('640221', style=1)}\t11.2\t1209.60
补贴资金已通过“一卡通”发放。政策咨询：平罗县农业农村局，{g.tel('平罗')}。""",
        {"genre": "补贴发放名单"})

    # ========================== mobile numbers (block) =======================
    m1 = g.mobile()
    add("mobile", B, "mobile of a private contact person (cooperative head) in a 通知",
        f"""关于举办2024年枸杞标准化种植技术培训班的通知
各乡（镇）农业综合服务站，各枸杞种植合作社：
为提升我县枸杞标准化种植水平，县科技局定于2024年3月20日在头闸镇举办枸杞标准化种植技术培训班，培训内容包括整形修剪、水肥一体化和病虫害绿色防控等。
请各合作社于3月15日前报名。现场联系人：平罗县红宝枸杞种植专业合作社理事长马兰花，联系电话：{M(m1)}；县科技局农业科技服务办公室，联系电话：{g.tel('平罗')}。
{SP}平罗县科学技术局
{SP}2024年3月8日""", {"genre": "通知"})

    m2 = g.mobile()
    add("mobile", B, "mobile with +86 and spaces in 3-4-4 groups",
        f"""2024中国（成都）国际科技成果转化对接会项目推介
项目名称：高精度光纤传感监测系统
项目持有人：周文斌博士
联系方式：周先生 {M('+86 ' + m2[:3] + ' ' + m2[3:7] + ' ' + m2[7:])}
大会组委会办公室：{g.tel('成都')}，邮箱：dhzwh@cdst.gov.cn""", {"genre": "通知"})

    m3 = g.mobile()
    add("mobile", B, "mobile with 0086- prefix",
        f"""关于海外引才联络站联络员的公告
经研究，聘请旅居德国的刘海燕女士为我市驻德国海外引才联络站联络员，聘期三年。刘海燕女士联系电话：{M('0086-' + m3)}。
市委人才工作领导小组办公室联系电话：{g.tel('攀枝花')}。
{SP}2024年6月5日""", {"genre": "公告"})

    m4 = g.mobile()
    add("mobile", B, "mobile in 3-4-4 hyphen form of a complainant",
        f"""关于群众反映噪声扰民问题的办理情况
来件编号：GD20240612-0083
群众诉求：市民赵先生（联系电话：{M(m4[:3] + '-' + m4[3:7] + '-' + m4[7:])}）反映，张店区华光路某建筑工地夜间施工噪声扰民。
办理情况：经区综合行政执法局现场核查，该工地未办理夜间施工许可，执法人员已责令其立即停止夜间施工，并依法立案调查。
承办单位：淄博市张店区综合行政执法局（电话：{g.tel('淄博')}）""", {"genre": "信访回复"})

    m5 = g.mobile()
    add("mobile", B, "mobile with spaces in 3-4-4 groups in a shortlist table",
        f"""成都市武侯区2024年社区工作者招聘拟聘用人员公示
序号\t姓名\t准考证号\t联系电话\t拟聘社区
1\t林晓燕\t2024051208\t{M(m5[:3] + ' ' + m5[3:7] + ' ' + m5[7:])}\t玉林北路社区
2\t郭秀英\t2024051231\t{g.masked_mobile()}\t簇桥社区
公示期5个工作日，监督电话：{g.tel('成都')}。""", {"genre": "招聘拟录用公示"})

    m6 = g.mobile()
    add("mobile", B, "mobile written in full-width digits",
        f"""拾金不昧表扬通报
2024年5月16日，市民政务服务中心保洁员在大厅拾到钱包一个，内有现金及银行卡若干，经查询联系，失主为市民黄丽（手机号码{M(fw(m6))}），现已将钱包完璧归还。
特此通报表扬。
{SP}攀枝花市政务服务中心
{SP}2024年5月20日
（失物招领咨询电话：{g.tel('攀枝花')}）""", {"genre": "通知"})

    m7 = g.mobile()
    add("mobile", B, "mobile glued to Chinese characters on both sides",
        f"""关于开展城东片区棚户区改造入户调查的公告
为做好城东片区棚户区改造工作，定于2024年4月1日至4月15日开展入户调查登记，请相关住户配合。调查期间如有疑问，可联系本片区居民代表王永红联系电话{M(m7)}转交材料，或拨打区住房保障中心咨询电话{g.tel('淄博')}。
{SP}2024年3月25日""", {"genre": "公告"})

    m8 = g.mobile()
    add("mobile", B, "mobile of an informant in a handling-result notice",
        f"""关于实名举报事项办理结果的公示
举报人：刘女士，手机号码{M(m8)}
举报事项：反映某某超市销售过期食品。
办理结果：经米易县市场监督管理局执法人员现场检查，该超市货架上确有3种预包装食品超过保质期，已依法立案查处（米市监立〔2024〕112号）。
举报奖励：根据《市场监管领域重大违法行为举报奖励暂行办法》，给予举报人奖励200元。
咨询电话：{g.tel('米易')}""", {"genre": "信访回复"})

    m9 = g.mobile()
    add("mobile", B, "mobile of the addressee in a 公告送达",
        f"""公告送达
赵磊（手机：{M(m9)}）：
因你与本单位劳动争议一案无法直接送达，现向你公告送达《仲裁裁决书》（淄张劳人仲案字〔2024〕第217号）。自公告之日起经过六十日，即视为送达。
{SP}淄博市张店区劳动人事争议仲裁委员会
{SP}2024年8月9日
联系电话：{g.tel('淄博')}""", {"genre": "公告送达"})

    m10 = g.mobile()
    add("mobile", B, "contiguous +86 mobile",
        f"""2024年“蓉漂”人才招聘会参会须知
参展单位报名截止时间为2024年9月10日。参会求职者如需帮助，可联系志愿者队长唐勇（{M('+86' + m10)}）。
组委会咨询电话：{g.tel('成都')}；订单编号以报名系统生成的{g.order_no('RP')}为准。""", {"genre": "通知"})

    m11 = g.mobile()
    add("mobile", B, "mobile with (+86) in parentheses",
        f"""关于征集2024年科技志愿服务项目的通知
各区（县）科协：
现征集2024年科技志愿服务项目，请于6月30日前报送项目申报书。项目咨询：科技志愿者服务队队长宋佳，电话{M('(+86)' + m11)}；市科协科普部，电话{g.tel('贵阳')}。
{SP}贵阳市科学技术协会
{SP}2024年6月3日""", {"genre": "通知"})

    m12 = g.mobile()
    add("mobile", B, "mobile of an applicant in a licence publicity",
        f"""食品小作坊登记证核发公示
申请人：谢丽萍
联系方式：{M(m12)}
经营场所：平罗县城关镇南大街
登记证编号：JY16402210012345（食品小作坊）
经审查，申请人符合食品小作坊登记条件，准予登记，有效期3年。监督电话：{g.tel('平罗')}""",
        {"genre": "行政许可公示"})

    vols = ["韩冰", "于海波", "董丽娟", "郑海涛"]
    trows = "\n".join(f"{k + 1}\t{nm}\t{M(g.mobile())}\t{['城关镇', '黄渠桥镇', '姚伏镇', '头闸镇'][k]}"
                      for k, nm in enumerate(vols))
    add("mobile", B, "mobiles in a tab-separated volunteer table",
        f"""平罗县2024年防汛抗旱志愿服务队队员名单
序号\t姓名\t联系电话\t服务乡镇
{trows}
县防汛抗旱指挥部办公室值班电话：{g.tel('平罗')}""", {"genre": "公示名单"})

    lines = ["攀枝花市东区2024年第二季度就业困难人员公益性岗位补贴发放花名册",
             "序号\t姓名\t身份证号码\t联系电话\t补贴金额（元）"]
    for k, nm in enumerate(["罗小平", "梁宏", "宋佳", "郑海涛", "谢丽萍", "韩冰", "唐勇", "冯桂兰",
                            "于海波", "董丽娟", "朱红梅", "高志强"]):
        lines.append(f"{k + 1}\t{nm}\t{g.masked_id('510402', style=0)}\t{M(g.mobile())}\t2130.00")
    lines.append(f"咨询电话：{g.tel('攀枝花')}")
    add("mobile", B, "aggregation risk: 12-row list of names with unmasked mobiles (each mobile marked)",
        "\n".join(lines), {"genre": "补贴发放名单", "aggregation": True, "rows": 12})

    m15 = g.mobile()
    add("mobile", B, "mobile of a debtor in a court notice",
        f"""关于被执行人限制消费的公告
（2024）黔0102执1563号
被执行人：林晓峰，联系电话{M(m15)}。
因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》，对其采取限制消费措施。
{SP}贵阳市南明区人民法院
{SP}2024年7月22日""", {"genre": "公告"})

    m16 = g.mobile()
    add("mobile", B, "mobile with 微信同号 of a farm contact",
        f"""2024年米易县早春蔬菜产销对接信息
产品：早春番茄、苦瓜，预计上市量约800吨。
种植基地：米易县撒莲镇
联系人：基地负责人罗福林，手机（微信同号）{M(m16)}
县农业农村局市场信息科：{g.tel('米易')}""", {"genre": "通知"})

    # =========================== bank cards (block) ===========================
    rows = []
    for k, nm in enumerate(["冯桂兰", "马建军", "罗小平"]):
        rows.append(f"{k + 1}\t{nm}\t{g.masked_id('510421', style=0)}\t{M(g.card('622848'))}\t1200.00")
    add("bankcard", B, "19-digit card numbers, contiguous, in a tab table",
        "米易县2024年度农村困难残疾人生活补贴发放明细\n序号\t姓名\t身份证号\t银行卡号\t发放金额（元）\n"
        + "\n".join(rows) + f"\n开户行：中国农业银行米易县支行。咨询电话：{g.tel('米易')}",
        {"genre": "补贴发放名单"})

    c2 = g.card("622202")
    add("bankcard", B, "19-digit card grouped 4-4-4-4-3 next to 开户行/卡号",
        f"""关于退还王秀兰多缴城乡居民医疗保险费的通知
王秀兰：
经核查，你2024年度重复缴纳城乡居民基本医疗保险费380元。我局已于2024年3月18日将多缴费用退至你本人银行卡，开户行：中国工商银行攀枝花炳草岗支行，卡号：{M(' '.join([c2[0:4], c2[4:8], c2[8:12], c2[12:16], c2[16:]]))}。请注意查收。
咨询电话：{g.tel('攀枝花')}
{SP}攀枝花市东区医疗保障局
{SP}2024年3月20日""", {"genre": "通知"})

    c3 = g.card("622588")
    add("bankcard", B, "16-digit card grouped 4-4-4-4",
        f"""关于发放2024年度见习补贴的公告
见习人员：吴敏，见习单位：贵州某某科技有限公司（统一社会信用代码{g.credit('520102')}）。
见习补贴6000元已拨付至见习人员本人招商银行账号{M(' '.join([c3[0:4], c3[4:8], c3[8:12], c3[12:]]))}。
文号：筑人社就〔2024〕41号；咨询电话：{g.tel('贵阳')}。""", {"genre": "补贴发放名单"})

    c4 = g.card("621700")
    add("bankcard", B, "card number glued to Chinese characters (卡号…的)",
        f"""信访事项答复意见
胡建国同志：
你反映的征地补偿款未到账问题已收悉。经核实，补偿款共计48620元已于2024年5月8日汇入你提供的建设银行卡号{M(c4)}的账户内，请注意查收。
如有疑问，请与镇征地办联系（电话：{g.tel('淄博')}）。
{SP}淄博市张店区马尚街道办事处
{SP}2024年5月15日""", {"genre": "信访回复"})

    c5 = g.card("621799")
    add("bankcard", B, "account number of a private plaintiff in a judgment",
        f"""判决如下：
一、被告成都某某装饰工程有限公司（统一社会信用代码{g.credit('510104')}）于本判决生效之日起十日内向原告郭秀英支付工程款86000元，款项支付至原告郭秀英名下中国建设银行账户（账号：{M(c5)}）；
二、驳回原告郭秀英的其他诉讼请求。
案件受理费1975元，减半收取计987.5元，由被告负担。
（2024）川0104民初3372号""", {"genre": "判决书"})

    c6 = g.card("621226")
    add("bankcard", B, "card number in parentheses in a 信访 reply",
        f"""关于李春花反映高龄津贴停发问题的答复
李春花：
你反映的高龄津贴停发问题，经核查系你的社会保障卡换发后银行卡号变更未及时登记所致。我局已将补发的2024年1—4月高龄津贴共计400元转入你本人工商银行卡（{M(c6)}）。
答复单位：平罗县民政局（咨询电话{g.tel('平罗')}）
2024年5月6日""", {"genre": "信访回复"})

    c7 = g.card("623668")
    add("bankcard", B, "card number in full-width digits",
        f"""公益性岗位补贴更正公告
因银行账户信息有误，原公示的2024年3月公益性岗位补贴发放名单中，梁宏的补贴发放银行卡号更正为{M(fw(c7))}（中国建设银行），其他信息不变。
咨询电话：{g.tel('攀枝花')}""", {"genre": "补贴发放名单"})

    c8 = g.card("621661")
    add("bankcard", B, "social security card financial account number",
        f"""城乡居民养老保险待遇领取资格确认结果
参保人：唐桂珍，社会保障号码：{g.masked_id('510421', style=1)}
社会保障卡金融账号{M(c8)}（中国银行米易支行）
经确认，参保人2024年度待遇领取资格有效，养老金按月发放至上述账户。
业务咨询：{g.tel('米易')}""", {"genre": "通知"})

    c9 = g.card("621700")
    add("bankcard", B, "card number with hyphens 4-4-4-4-3",
        f"""关于王建新同志申领一次性创业补贴的审核意见
经审核，王建新同志符合一次性创业补贴申领条件，补贴金额10000元，将拨付至其本人银行卡（开户行：中国建设银行成都武侯支行，卡号：{M('-'.join([c9[0:4], c9[4:8], c9[8:12], c9[12:16], c9[16:]]))}）。
受理编号：{g.order_no('CY')}；审核部门电话：{g.tel('成都')}。""", {"genre": "行政决定书"})

    rows = []
    for k, nm in enumerate(["马金花", "丁学义", "杨晓东"]):
        cell = M(g.card("621226")) if k != 1 else g.masked_card()
        rows.append(f"{k + 1}\t{nm}\t平罗中学\t{cell}\t2000")
    add("bankcard", B, "two unmasked cards in a student-aid table, one masked",
        "平罗县2024年秋季学期普通高中国家助学金发放名单\n序号\t姓名\t学校\t银行卡号\t金额（元）\n"
        + "\n".join(rows) + f"\n资助中心电话：{g.tel('平罗')}", {"genre": "补贴发放名单"})

    c11 = g.card("622202")
    add("bankcard", B, "card of an informant receiving a reward",
        f"""举报奖励发放通知
举报人：徐强
根据淄博市市场监督管理局《举报奖励决定书》（淄市监奖〔2024〕9号），对你举报的某某药店销售假药一案给予奖励3000元，奖励资金已发放至你指定的银行卡{M(c11)}（中国工商银行）。
咨询电话：{g.tel('淄博')}""", {"genre": "通知"})

    # ================= passports and travel permits (block) ===================
    p1 = "EA" + g.digits(7)
    add("passport", B, "passport EA+7 digits of a returnee in a subsidy list",
        f"""2024年度留学回国人员创业启动支持计划拟资助名单公示
姓名：杨晓东，留学国家：德国，护照号：{M(p1)}
创办企业：成都某某智能科技有限公司（统一社会信用代码{g.credit('510107')}）
拟资助金额：20万元
公示期5个工作日，受理电话：{g.tel('成都')}。""", {"genre": "公示名单"})

    p2 = "E" + g.digits(8)
    add("passport", B, "passport E+8 digits of a private traveller",
        f"""关于组织企业参加2024年德国汉诺威工业博览会的通知
经报名审核，以下企业人员随团参展：
成都某某机器人有限公司　技术总监　高志强　护照号码：{M(p2)}
参展团组联络人：市商务局外经科，电话{g.tel('成都')}。请参展人员于3月5日前将签证材料交至团组联络人。""",
        {"genre": "通知"})

    p3 = "C" + g.digits(8)
    add("passport", B, "往来港澳通行证 C+8 digits",
        f"""2024年粤港澳大湾区青年科技人才交流活动参加人员名单
1.林晓燕，成都某某生物科技有限公司研发工程师，往来港澳通行证号码：{M(p3)}
2.何军，成都市科技局，公务团组（证件信息略）
活动组织单位：成都市科学技术协会，联系电话：{g.tel('成都')}""", {"genre": "公示名单"})

    p4 = "H" + g.digits(10)
    add("passport", B, "港澳居民来往内地通行证 H+10 digits",
        f"""港澳居民就业登记办理结果公示
姓名：陈嘉豪
证件类型：港澳居民来往内地通行证
证件号码：{M(p4)}
就业单位：深圳某某金融信息服务有限公司
登记日期：2024年6月12日
办理部门：深圳市南山区人力资源局，电话：{g.tel('深圳')}""", {"genre": "公示名单"})

    p5 = "M" + g.digits(8)
    add("passport", B, "回乡证 M+8 digits of a Macao resident",
        f"""珠海市2024年澳门青年实习计划实习补贴发放公示
实习生：何嘉怡，回乡证号码{M(p5)}，实习单位：珠海某某会展有限公司，补贴标准每月3000元。
公示期为2024年8月1日至8月7日，业务编号：{g.order_no('SX')}。""", {"genre": "补贴发放名单"})

    p6 = g.digits(8)
    add("passport", B, "台胞证 8 digits next to its context word",
        f"""关于台湾同胞参加2024年海峡两岸青年创业大赛获奖名单的公示
二等奖：林佳蓉（台湾居民来往大陆通行证号码：{M(p6)}），项目名称：智慧茶园物联网管理平台。
奖金5万元。咨询电话：{g.tel('杭州')}。""", {"genre": "公示名单"})

    p7 = g.digits(8)
    add("passport", B, "台胞证号 glued to Chinese characters",
        f"""关于台湾居民申请在我县开办个体工商户的受理通知
申请人台湾居民陈志明台胞证号{M(p7)}申请在平罗县城关镇开办茶叶零售店，材料齐全，符合法定形式，予以受理。
受理编号：{g.order_no('SL')}；咨询电话：{g.tel('平罗')}""", {"genre": "行政许可公示"})

    p8 = "G" + g.digits(8)
    add("passport", B, "older G+8 passport in a notarial-certificate notice",
        f"""公证书作废公告
我处于2019年出具的（2019）川攀证字第1287号公证书，所涉当事人罗秀英护照号码{M(p8)}信息有误，现声明该公证书作废。
攀枝花市公证处　电话：{g.tel('攀枝花')}
2024年4月2日""", {"genre": "公告"})

    p9a, p9b = "E" + g.digits(8), "E" + g.digits(8)
    add("passport", B, "two passports in a tab-separated delegation table",
        f"""2024年企业赴新加坡经贸洽谈团人员名单
序号\t姓名\t单位\t职务\t护照号码
1\t朱红梅\t贵州某某茶业有限公司\t总经理\t{M(p9a)}
2\t梁宏\t贵州某某大数据有限公司\t副总经理\t{M(p9b)}
团组联络：贵州省商务厅对外投资处，电话{g.tel('贵阳')}""", {"genre": "公示名单"})

    # ============================ e-mail (block) ==============================
    add("email", B, "personal 163 mailbox of a named expert",
        f"""2024年度市级科技计划项目评审专家名单（部分）
张伟，成都某某大学教授，个人邮箱：{M('zhangwei1987@163.com')}
项目管理机构邮箱：xmk@cdst.gov.cn，咨询电话：{g.tel('成都')}""", {"genre": "公示名单"})
    add("email", B, "numeric QQ mailbox of a technology envoy",
        f"""2024年平罗县科技特派员服务联系表（节选）
科技特派员：马建军（枸杞栽培），服务村：姚伏镇小店子村，邮箱：{M('845216733@qq.com')}
县科技局农业科技服务办公室电话：{g.tel('平罗')}""", {"genre": "公示名单"})
    add("email", B, "petitioner's mailbox in a 信访 reply",
        f"""网民留言办理答复
留言人：刘先生（电子邮箱{M('liu_haitao1979@126.com')}）
留言内容：咨询科技型中小企业评价入库条件。
答复：根据《科技型中小企业评价办法》，企业须同时满足职工总数不超过500人、年销售收入不超过2亿元等条件，具体可登录科技型中小企业服务平台查询，或致电{g.tel('淄博')}咨询。
答复单位：淄博市科学技术局""", {"genre": "信访回复"})
    add("email", B, "mailbox glued to the label 联系邮箱 and a comma",
        f"""关于征集2024年度科普作品的通知
本次征集活动由市科协主办，作品统一发送至征集邮箱kpzj@pzhkx.org.cn。获奖作者李华的作品《钒钛的奥秘》入选优秀科普作品，作者联系邮箱{M('lihua_2008@126.com')}，请作者于5月10日前确认领奖信息。
市科协科普部电话：{g.tel('攀枝花')}""", {"genre": "通知"})
    add("email", B, "gmail with upper-case letters of an overseas expert",
        f"""海外高层次人才引进项目拟入选人员公示
杨明远，美国某某大学博士后，拟入选领域：新材料，联系邮箱：{M('YangMingyuan.Phd@gmail.com')}
对公示对象有异议的，请向市委人才办反映，电话：{g.tel('杭州')}，邮箱：rcb@hangzhou.gov.cn""",
        {"genre": "公示名单"})
    add("email", B, "foxmail address of a shortlisted candidate",
        f"""南山区2024年公开招聘社区网格员拟录用人员公示
拟录用人员：郑海涛，准考证号2024031107，联系邮箱{M('zhenghaitao@foxmail.com')}
公示期间接受社会监督，监督电话：{g.tel('深圳')}。""", {"genre": "招聘拟录用公示"})
    add("email", B, "sina and outlook mailboxes in a tab table",
        f"""2024年青年科技人才托举工程入选者名单
序号\t姓名\t单位\t电子邮箱
1\t韩冰\t贵州某某研究院\t{M('hanbing_gz@sina.com')}
2\t于海波\t贵州某某大学\t{M('yuhaibo2021@outlook.com')}
省科协组织人事部电话：{g.tel('贵阳')}""", {"genre": "公示名单"})
    add("email", B, "private mailbox of a complainant quoted in a handling report",
        f"""关于来信反映某小区物业收费问题的调查处理情况
来信人董女士通过电子邮件（{M('dong.lijuan@163.com')}）反映，米易县某小区物业公司擅自提高物业服务费。经县住建局调查，该物业公司收费标准未经业主大会同意，已责令其恢复原收费标准并退还多收费用。
承办单位：米易县住房和城乡建设局（{g.tel('米易')}）""", {"genre": "信访回复"})
    add("email", B, "126 mailbox of a contest winner",
        f"""第五届“创客平罗”创新创业大赛获奖名单公示
一等奖：宋佳团队，项目名称：枸杞深加工冻干技术，团队负责人邮箱{M('songjia0815@126.com')}
大赛组委会办公室电话：{g.tel('平罗')}；组委会邮箱：plkjj@nxpl.gov.cn""", {"genre": "公示名单"})

    # ========================= home addresses (review) ========================
    add("address", RV, "home address below 街道 of the penalised person",
        f"""成都市锦江区卫生健康局
行政处罚决定书
锦卫罚〔2024〕21号

当事人：罗小平，男
住址：{M('成都市锦江区春熙路街道红星小区5栋2单元302室')}
经查，当事人未取得医师资格证书，于2024年1月至3月期间在其住所内为他人提供针灸、推拿等诊疗服务，违反了《中华人民共和国基本医疗卫生法》第三十八条的规定。决定给予如下行政处罚：一、没收违法所得4500元；二、罚款人民币30000元。
联系电话：{g.tel('成都')}
{SP}2024年4月19日""", {"genre": "行政处罚决定书"})
    add("address", RV, "domicile of a defendant in a judgment excerpt",
        f"""被告：梁宏，男，汉族，住{M('淄博市张店区公园街道华光路36号鑫城花园8号楼3单元201室')}。
原告：淄博某某商贸有限公司，住所地淄博市张店区，统一社会信用代码{g.credit('370303')}。
原告与被告买卖合同纠纷一案，本院于2024年3月12日立案后，依法适用简易程序，公开开庭进行了审理。
（2024）鲁0303民初2871号""", {"genre": "判决书"})
    add("address", RV, "home addresses in a minimum-living-allowance list",
        f"""攀枝花市东区炳草岗街道2024年第三季度城市低保新增对象公示
序号\t户主姓名\t家庭人口\t家庭住址\t月保障金额（元）
1\t冯玉山\t2\t{M('炳草岗街道金海世纪城5栋2单元1102室')}\t1180
2\t周桂芳\t1\t{M('炳草岗街道人民街社区竹湖园小区3栋1单元502室')}\t690
公示期7天，监督电话：{g.tel('攀枝花')}""", {"genre": "公示名单"})
    add("address", RV, "petitioner's home quoted in a 信访 reply",
        f"""信访事项答复意见书
谢丽萍：
你反映的位于{M('贵阳市云岩区中华中路街道富水北路某某花园2栋1单元1803室')}的房屋楼上住户违规改建卫生间导致你家渗水问题，经区住建局协调，楼上住户已于2024年6月15日完成防水修复。
（文号：云住建信复〔2024〕88号，咨询电话{g.tel('贵阳')}）""", {"genre": "信访回复"})
    add("address", RV, "service address of a private person in a 公告送达",
        f"""公告
王德成：
本机关在办理你涉嫌违法建设一案中，因按照你的送达地址（{M('平罗县城关镇南街社区丽景花园12号楼2单元401室')}）无法送达相关法律文书，现依法公告送达《限期拆除决定书》（平综执限拆〔2024〕14号）。自公告之日起满60日视为送达。
联系电话：{g.tel('平罗')}""", {"genre": "公告送达"})
    add("address", RV, "rural home address (村·组·号) of a private person",
        f"""米易县2024年农村危房改造补助对象公示
户主：唐桂珍，家庭住址：{M('米易县攀莲镇贤家村4组27号')}，改造方式：维修加固，补助金额：1.5万元。
公示期5天，监督电话：{g.tel('米易')}""", {"genre": "公示名单"})
    add("address", RV, "address of a person whose house is expropriated",
        f"""房屋征收补偿决定公告
被征收人：丁学义
被征收房屋坐落：{M('平罗县黄渠桥镇侯家梁村三队18号')}
房屋建筑面积：136.5平方米，补偿金额：人民币417600元。
被征收人对本补偿决定不服的，可以依法申请行政复议，也可以依法提起行政诉讼。
文号：平政征补〔2024〕7号""", {"genre": "公告"})
    add("address", RV, "home address in a lost-document notice",
        f"""遗失声明
何军，住址：{M('成都市武侯区玉林街道玉林北路12号院3栋1单元502室')}，不慎遗失成都市居住证一本，声明作废。
本栏目咨询电话：{g.tel('成都')}""", {"genre": "遗失声明"})
    add("address", RV, "home address of a loser in a lost-and-found commendation",
        f"""表扬信
2024年2月18日，我局执法队员在巡查中拾到钱包一个，内有身份证、银行卡及现金若干。经多方查找，联系到失主王桂兰（家住{M('淄博市张店区科苑街道华侨城小区17号楼2单元602室')}），已将钱包如数归还。
特此表扬。
淄博市张店区综合行政执法局（{g.tel('淄博')}）""", {"genre": "通知"})

    # ============ name + sensitive personal attribute (review) ================
    add("sensitive_attr", RV, "low-income household head named with a disease",
        f"""攀枝花市东区2024年临时救助对象公示
救助对象：低保户{M('王德兵，患尿毒症，需长期血液透析')}，家庭人口3人。
救助金额：6000元。救助依据：《攀枝花市临时救助实施办法》。
身份证号：{g.masked_id('510402', style=0)}
监督电话：{g.tel('攀枝花')}""", {"genre": "公示名单"})
    add("sensitive_attr", RV, "named person with a disability grade",
        f"""米易县2024年残疾人两项补贴新增对象名单
序号\t姓名\t身份证号\t残疾类别及等级\t补贴标准（元/月）
1\t{M('李秀珍' + chr(9) + g.masked_id('510421', style=1) + chr(9) + '肢体残疾二级')}\t90
2\t{M('冯玉山' + chr(9) + g.masked_id('510421', style=1) + chr(9) + '视力残疾一级')}\t90
县残联联系电话：{g.tel('米易')}""", {"genre": "补贴发放名单"})
    add("sensitive_attr", RV, "named registered poor household (ID properly masked)",
        f"""平罗县高庄乡2024年防返贫监测对象识别结果公示
{M('监测户户主马福祥，建档立卡脱贫户，因病致贫风险')}，家庭人口5人，身份证号{g.masked_id('640221', style=2)}。
公示期7天，监督电话：{g.tel('平罗')}""", {"genre": "公示名单"})
    add("sensitive_attr", RV, "named person with leukemia in a temporary-aid notice",
        f"""临时救助审批结果公示
经审核，{M('罗小平因患急性白血病住院治疗')}，家庭生活陷入困境，符合临时救助条件，给予临时救助金8000元。
文号：米民救〔2024〕35号，咨询电话：{g.tel('米易')}""", {"genre": "公示名单"})
    add("sensitive_attr", RV, "named person with a severe mental disorder",
        f"""城关镇2024年严重精神障碍患者监护补助发放情况
{M('周国华，严重精神障碍患者（精神分裂症）')}，监护人周桂芳，发放监护补助1200元。
镇社会事务办电话：{g.tel('平罗')}""", {"genre": "补贴发放名单"})
    add("sensitive_attr", RV, "named person under community correction",
        f"""关于社区矫正对象报到情况的通报
{M('社区矫正对象孙海涛（因危险驾驶罪被判处拘役二个月，缓刑四个月）')}已于2024年5月6日到武侯区玉林街道司法所报到，矫正期自2024年5月6日起至2024年9月5日止。
武侯区司法局，电话：{g.tel('成都')}""", {"genre": "通知"})
    add("sensitive_attr", RV, "named HIV-positive person in an aid list",
        f"""2024年度困难群众医疗救助对象花名册（节选）
{M('黄德明，艾滋病病毒感染者')}，救助金额：5000元
朱红梅，门诊慢性病，救助金额：1200元
身份证号均已按规定处理（{g.masked_id('520102', style=0)}等）。咨询电话：{g.tel('贵阳')}""",
        {"genre": "补贴发放名单"})
    add("sensitive_attr", RV, "named person in extreme-poverty support with intellectual disability",
        f"""特困人员供养对象认定公示
{M('申请人杨万福，智力残疾二级，无劳动能力、无生活来源')}，符合特困人员认定条件，拟纳入分散供养。
身份证号：{g.masked_id('640221', style=0)}。公示期7天，监督电话：{g.tel('平罗')}""", {"genre": "公示名单"})
    add("sensitive_attr", RV, "named person in community drug rehabilitation",
        f"""关于落实社区戒毒社区康复人员帮扶措施的通知
各社区：
{M('社区康复人员何志刚')}已办理报到手续，请玉林北路社区落实帮扶责任人，协助其办理就业登记。
街道禁毒办电话：{g.tel('成都')}""", {"genre": "通知"})

    # ====================== insufficient masking (review) ======================
    a = g.id18("510104", sex="m", age=(1998, 2003))
    add("mask_insufficient", RV, "ID masked but birth year still visible (5101041987****1234)",
        f"""2024年成都市锦江区见习补贴发放公示
见习人员：陈志远，身份证号：{M(a[:10] + '****' + a[14:])}，见习单位：成都某某科技有限公司，补贴金额：8400元。
见习人员：林晓燕，身份证号：{g.masked_id('510104', style=0)}，见习单位：成都某某文化传媒有限公司，补贴金额：8400元。
咨询电话：{g.tel('成都')}""", {"genre": "补贴发放名单"})
    a = g.id18("510104", sex="f", age=(1985, 1995))
    add("mask_insufficient", RV, "ID with only 2 digits of the day hidden (510104198703**1234)",
        f"""锦江区2024年春季学期学前教育资助对象公示
幼儿姓名：王*萱，监护人身份证号：{M(a[:12] + '**' + a[14:])}，资助金额：750元。
咨询电话：{g.tel('成都')}""", {"genre": "公示名单"})
    a = g.id18("330106", sex="m", age=(1990, 2000))
    add("mask_insufficient", RV, "ID with the full birth date visible (last 4 hidden)",
        f"""西湖区2024年退役军人一次性创业补助公示
姓名：徐*强，身份证号：{M(a[:14] + '****')}，补助金额：10000元。
公示期5天，咨询电话：{g.tel('杭州')}""", {"genre": "公示名单"})
    a = g.id18("370303", sex="f", age=(1955, 1968))
    add("mask_insufficient", RV, "ID with only the region masked (******19870315…)",
        f"""张店区2024年度计划生育特别扶助对象确认名单
姓名：郭*英，身份证号：{M('******' + a[6:])}，扶助标准：每月590元。
咨询电话：{g.tel('淄博')}""", {"genre": "公示名单"})
    m = g.mobile()
    add("mask_insufficient", RV, "mobile with only 2 digits hidden (1381234**78)",
        f"""关于2024年度优秀网格员的通报
城关镇南街社区网格员：马*花，联系电话{M(m[:7] + '**' + m[9:])}
镇综治中心电话：{g.tel('平罗')}""", {"genre": "通知"})
    m = g.mobile()
    add("mask_insufficient", RV, "mobile with a single digit hidden",
        f"""高新区2024年人才公寓配租结果
承租人：杨*东，手机号：{M(m[:5] + '*' + m[6:])}，房号：人才公寓A座。
咨询电话：{g.tel('成都')}，业务编号：{g.order_no('GY')}""", {"genre": "公示名单"})
    m = g.mobile()
    add("mask_insufficient", RV, "mobile with only the last digit hidden",
        f"""12345热线工单回访情况
来电人：谢女士，来电号码：{M(m[:10] + '*')}，诉求：咨询居住证办理流程。回访结果：满意。
（办理单位：武侯区公安分局，联系电话{g.tel('成都')}；另一来电号码{g.masked_mobile()}已按规定处理）""",
        {"genre": "信访回复"})
    c = g.card("622202")
    add("mask_insufficient", RV, "bank card with only 4 digits hidden (15 of 19 visible)",
        f"""补贴发放更正说明
原公示的唐*勇银行卡号为{M(c[:12] + '****' + c[16:])}（中国工商银行），因账户冻结改为现金发放，其余人员（如{g.masked_card()}）不变。
咨询电话：{g.tel('米易')}""", {"genre": "补贴发放名单"})
    add("mask_insufficient", RV, "e-mail with only 2 characters of the local part hidden",
        f"""2024年科普讲解大赛获奖名单
二等奖：宋*，邮箱：{M('songjia19**@163.com')}
组委会邮箱：kpds@cdst.gov.cn，电话：{g.tel('成都')}""", {"genre": "公示名单"})
    a = g.id18("640221", sex="f", age=(2005, 2006))
    add("mask_insufficient", RV, "ID with only 3 digits of the sequence hidden",
        f"""平罗县2024年农村订单定向医学生拟录取名单
姓名：马*兰，身份证号：{M(a[:14] + '***' + a[17:])}，拟录取院校：宁夏医科大学。
咨询电话：{g.tel('平罗')}""", {"genre": "招聘拟录用公示"})
    return recs


# ---------------------------------------------------------------------------
# self check
# ---------------------------------------------------------------------------
MARK_RE = re.compile(LM + "(.*?)" + RM, re.S)
OUT_MOBILE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[ \-]?|0086[ \-]?|\(\+86\))?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)")
OUT_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
OUT_LONGNUM = re.compile(r"\d(?:[ \-]?\d){14,}")
OUT_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
OUT_PASSPORT = re.compile(r"(?<![A-Za-z0-9])(?:E[A-Z]?\d{7,8}|[GCHM]\d{8,10})(?!\d)")
OUT_MARK = re.compile(r"[★☆]|此件不|不予公开|依申请公开|此件发至|征求意见稿|讨论稿|送审稿|内部资料|内部文件|内部使用|"
                      r"内部参考|不得外传|不得翻印|内部事项|内部会议纪要|未经批准|°\d|\d+\.\d{5,}|\d{5}部队|雷达站|弹药库|导弹")
HEAD_LEVEL = {"秘密", "机密", "绝密", "工作秘密"}
CREDIT_RE = re.compile(r"统一社会信用代码[^0-9A-Z]{0,12}([0-9A-Z]{18})")
DISTRACTOR_RE = re.compile(r"0\d{2,3}-\d{7,8}|\*{2,}|〔\d{4}〕|[（(]\d{4}[）)]|[A-Z]{2}\d{10,}|统一社会信用代码")


def _outside(text: str) -> str:
    return unicodedata.normalize("NFKC", MARK_RE.sub("〓", text))


def _check_span(typ: str, span: str) -> str | None:
    s = unicodedata.normalize("NFKC", span)
    if typ == "id":
        d = re.sub(r"[ \-]", "", s)
        if len(d) == 18:
            return None if id18_valid(d) else f"invalid id {span}"
        if len(d) == 15 and d.isdigit():
            try:
                _dt.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
                return None
            except ValueError:
                return f"invalid date in 15-digit id {span}"
        return f"bad id length {span}"
    if typ == "mobile":
        d = re.sub(r"^(\(\+86\)|\+86|0086-?)", "", s.replace(" ", "")).replace("-", "")
        return None if re.fullmatch(r"1[3-9]\d{9}", d) else f"bad mobile {span}"
    if typ == "bankcard":
        d = re.sub(r"[ \-]", "", s)
        ok = d.isdigit() and 16 <= len(d) <= 19 and luhn_valid(d)
        return None if ok else f"bad card {span}"
    if typ == "passport":
        return None if re.fullmatch(r"E[A-Z]?\d{7,8}|[GCHM]\d{8,10}|\d{8}", s) else f"bad passport {span}"
    if typ == "email":
        return None if "@" in s else f"bad email {span}"
    if typ == "mask_insufficient":
        return None if "*" in s else f"no mask in {span}"
    return None


def self_check(markers: list[dict], privacy: list[dict]) -> list[str]:
    errors = []
    for r in markers + privacy:
        t = r["text"]
        rid = r["id"]
        if t.count(LM) != t.count(RM) or t.count(LM) == 0:
            errors.append(f"{rid}: unbalanced or missing marks")
            continue
        if not all(MARK_RE.findall(t)):
            errors.append(f"{rid}: empty mark")
        out = _outside(t)
        for name, rx in (("mobile", OUT_MOBILE), ("id", OUT_ID), ("long number", OUT_LONGNUM),
                         ("passport", OUT_PASSPORT)):
            m = rx.search(out)
            if m:
                errors.append(f"{rid}: unmarked {name} {m.group(0)!r}")
        for m in OUT_EMAIL.finditer(out):
            if not m.group(1).endswith((".gov.cn", ".org.cn")):
                errors.append(f"{rid}: unmarked personal e-mail {m.group(0)!r}")
        m = OUT_MARK.search(out)
        if m:
            errors.append(f"{rid}: unmarked marker-like text {m.group(0)!r}")
        for line in out.split("\n"):
            if line.strip(" 　") in HEAD_LEVEL:
                errors.append(f"{rid}: unmarked header level line {line!r}")
        for k in ("id", "category", "severity", "text", "note"):
            if k not in r:
                errors.append(f"{rid}: missing {k}")
        if r["severity"] not in ("block", "review"):
            errors.append(f"{rid}: bad severity")
    for r in markers:
        if r["category"] not in ("secret", "sensitive"):
            errors.append(f"{r['id']}: bad category")
    for r in privacy:
        if r["category"] != "privacy":
            errors.append(f"{r['id']}: bad category")
        if not DISTRACTOR_RE.search(_outside(r["text"])):
            errors.append(f"{r['id']}: no distractor outside the marks")
        for span in MARK_RE.findall(r["text"]):
            e = _check_span(r["type"], span)
            if e:
                errors.append(f"{r['id']}: {e}")
    for r in markers + privacy:
        for code in CREDIT_RE.findall(r["text"]):
            if not credit_code_valid(code):
                errors.append(f"{r['id']}: invalid 统一社会信用代码 {code}")
    ids = [r["id"] for r in markers + privacy]
    if len(ids) != len(set(ids)):
        errors.append("duplicate record ids")
    return errors


def main(argv: list[str]) -> int:
    g = Gen(SEED)
    markers = build_markers()
    privacy = build_privacy(g)
    errors = self_check(markers, privacy)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    if "--check-only" not in argv:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for name, recs in (("markers.jsonl", markers), ("privacy.jsonl", privacy)):
            with open(OUT_DIR / name, "w", encoding="utf-8", newline="\n") as f:
                for r in recs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(f"markers.jsonl: {len(markers)} records")
    for k, v in sorted(Counter((r["category"], r["severity"]) for r in markers).items()):
        print(f"  {k[0]:<9} {k[1]:<6} {v}")
    print(f"privacy.jsonl: {len(privacy)} records")
    for k, v in sorted(Counter((r["type"], r["severity"]) for r in privacy).items()):
        print(f"  {k[0]:<18} {k[1]:<6} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
