#!/usr/bin/env python3
"""Generate the labelled VIOLATIONS corpus (recall test data) for prescreen.

Output: corpora/violations/<category>.jsonl (nine categories), evasion.jsonl and
README.md. Deterministic: no randomness, no clock, fixed iteration order; the
.jsonl files and README.md are this script's committed output.

Run from anywhere:  python corpora/tools/make_violations.py

Each record marks every violating span with U+27E6 / U+27E7. ``parse_marked``
turns a marked text into (clean_text, [(start, end), ...]) with offsets into the
clean text (markers removed); evaluation code can import it from here.

All phone numbers, account ids and URLs in spam are placeholders (xxxx); all
persons and organisations targeted in insult/defamation records are fictitious
(王某, 某某医院 ...). Weapon, explosive and drug records are advertising teasers
only and contain no operational detail.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

OPEN, CLOSE = "\u27e6", "\u27e7"
CATEGORIES = [
    "constitution",
    "state_security",
    "national_honor",
    "ethnic_hatred",
    "religion_cult",
    "rumor",
    "obscenity_violence",
    "insult_defamation",
    "other_illegal",
]
EVASION_KINDS = ["traditional", "fullwidth", "separator", "zero_width", "styled_digits", "mixed"]

OUT_DIR = Path(__file__).resolve().parent.parent / "violations"


# --------------------------------------------------------------------------
# disguise helpers (used by the evasion records)
# --------------------------------------------------------------------------
ZW = "\u200b"  # ZERO WIDTH SPACE
ZWNJ = "\u200c"  # ZERO WIDTH NON-JOINER
ZWJ = "\u200d"  # ZERO WIDTH JOINER
WJ = "\u2060"  # WORD JOINER
BOM = "\ufeff"  # ZERO WIDTH NO-BREAK SPACE
ZERO_WIDTH_CHARS = {ZW, ZWNJ, ZWJ, WJ, BOM}


def zw(s: str, ch: str = ZW) -> str:
    """Insert an invisible character between every two characters."""
    return ch.join(s)


def sep(s: str, d: str) -> str:
    """Insert a visible separator between every two characters."""
    return d.join(s)


def fw(s: str) -> str:
    """ASCII -> full-width forms (space -> ideographic space)."""
    out = []
    for c in s:
        if c == " ":
            out.append("\u3000")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


_CIRCLED = {"0": "\u24ea", **{str(i): chr(0x2460 + i - 1) for i in range(1, 10)}}


def circ(s: str) -> str:
    """Digits -> circled digits (0 -> ⓪, 1 -> ①, ...)."""
    return "".join(_CIRCLED.get(c, c) for c in s)


def mbold(s: str) -> str:
    """Digits -> MATHEMATICAL BOLD DIGITs (𝟎..𝟗)."""
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() and c.isascii() else c for c in s)


# --------------------------------------------------------------------------
# clean government-web contexts (no prohibited content of any kind)
# --------------------------------------------------------------------------
CTX: dict[str, dict] = {
    "tepai": {
        "date": "2024-03-28",
        "title": "市科技局组织科技特派员开展春耕技术服务",
        "paras": [
            "3月以来，市科技局结合春耕生产实际，组织42名省、市科技特派员深入全市12个乡镇、36个村开展技术服务活动，围绕蔬菜集约化育苗、果树春季修剪、病虫害绿色防控等内容进行现场指导。",
            "活动期间，科技特派员通过田间课堂、入户指导、线上答疑等方式，累计培训农户1200余人次，发放技术资料3000余份，帮助解决生产技术难题60余个。",
            "下一步，市科技局将进一步完善科技特派员服务机制，推动科技成果在基层转化落地，为乡村振兴提供有力科技支撑。",
            "（来源：农村科技科　　编辑：综合科）",
        ],
    },
    "gaoxin": {
        "date": "2024-04-28",
        "title": "关于组织开展2024年度高新技术企业认定申报工作的通知",
        "paras": [
            "各区（县）科技主管部门，各有关企业：",
            "根据《高新技术企业认定管理办法》及其工作指引有关规定，现就组织开展我市2024年度高新技术企业认定申报工作有关事项通知如下。",
            "一、申报条件。申请认定的企业须在我市注册成立一年以上，通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权。",
            "二、申报时间。企业网上注册及材料提交时间为2024年5月10日至6月20日，逾期不予受理。",
            "三、有关要求。各区（县）科技主管部门要加强政策宣传和申报辅导，认真做好推荐材料的审核把关工作，确保申报材料真实、完整。",
            "联系电话：0812-3333482（办公室）",
            "市科学技术局　2024年4月28日",
        ],
    },
    "report": {
        "date": "2024-01-20",
        "title": "2023年度政府信息公开工作年度报告（节选）",
        "paras": [
            "一、总体情况",
            "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”，围绕中心工作，着力推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新进展。",
            "（一）主动公开情况。全年通过门户网站主动公开政府信息326条，其中工作动态148条、通知公告57条、政策文件及解读21条、人事信息13条、财政预决算信息8条；通过政务新媒体发布信息412条。",
            "（二）依申请公开情况。全年共收到政府信息公开申请6件，均已在法定期限内答复，未发生因政府信息公开申请引起的行政复议和行政诉讼。",
            "（三）平台建设情况。进一步优化门户网站栏目设置，及时更新政府信息公开指南和目录，确保信息发布规范、准确、及时。",
        ],
    },
    "board_road": {
        "date": "2024-03-15",
        "title": "留言标题：关于城西路段路面破损的问题",
        "paras": [
            "留言时间：2024-03-12 09:41　　留言人：网友",
            "留言内容：城西大道与滨河路交叉口往北约200米处路面坑洼较多，雨天积水严重，电动车通行很不安全，希望有关部门尽快维修。",
            "办理单位：市住房和城乡建设局　　回复时间：2024-03-15 16:20",
            "回复内容：您好！感谢您对城市建设的关注。经现场核查，您反映的路段确有局部破损情况，我局已安排养护单位于3月20日前完成修补，施工期间请注意绕行。如有疑问，可拨打12345政务服务便民热线。",
        ],
    },
    "sports": {
        "title": "我市第五届全民健身运动会开幕",
        "paras": [
            "5月18日上午，我市第五届全民健身运动会在市体育中心开幕。本届运动会设置广场舞、太极拳、气排球、门球、健步走等12个比赛项目，来自全市各行业的3000余名运动员参加比赛。",
            "据介绍，本届运动会将持续至6月底，比赛期间各赛场免费向市民开放。市体育局有关负责人表示，将以运动会为契机，进一步完善全民健身公共服务体系，推动全民健身活动深入开展。",
        ],
        "comments": [
            ("晨跑的老张", "2024-05-18 12:03", "希望多建几个社区健身场地。"),
            ("市民小刘", "2024-05-18 15:47", "气排球比赛在哪个场馆？想去看看。"),
        ],
    },
    "safety": {
        "date": "2024-01-25",
        "title": "关于做好2024年春节期间安全生产工作的通知",
        "paras": [
            "各乡镇（街道）、县直有关单位：",
            "春节将至，人员流动和生产经营活动明显增多，安全生产工作任务繁重。为确保全县安全生产形势持续稳定，现就有关事项通知如下：",
            "一、压实安全责任。各单位要严格落实安全生产责任制，主要负责人要亲自部署、亲自检查，确保各项措施落实到位。",
            "二、强化隐患排查。重点加强对人员密集场所、燃气、道路交通、建筑施工等领域的安全检查，发现隐患立即整改。",
            "三、严格值班值守。节日期间实行24小时值班和领导带班制度，遇有突发情况要第一时间报告。",
            "县安全生产委员会办公室　2024年1月25日",
        ],
    },
    "garbage": {
        "title": "东湖街道开展垃圾分类进社区宣传活动",
        "paras": [
            "为进一步提高居民垃圾分类知晓率和参与率，近日，东湖街道联合辖区物业服务企业在6个社区开展垃圾分类宣传活动。",
            "活动现场，志愿者通过展板讲解、有奖问答、互动游戏等形式，向居民介绍可回收物、有害垃圾、厨余垃圾和其他垃圾的分类标准和投放要求，并发放宣传手册和分类垃圾袋。",
            "活动共吸引居民600余人参与，发放宣传资料1500余份。下一步，街道将持续开展常态化宣传引导，推动垃圾分类成为居民的自觉行动。",
        ],
        "comments": [
            ("东湖居民", "2024-04-11 19:22", "小区的分类垃圾桶能不能多放几个？"),
            ("志愿者小周", "2024-04-12 08:05", "欢迎大家报名参加下一期志愿服务。"),
        ],
    },
    "medins": {
        "date": "2024-08-26",
        "title": "《关于做好2025年度城乡居民基本医疗保险参保缴费工作的通知》政策解读",
        "paras": [
            "一、缴费时间。2025年度城乡居民基本医疗保险集中缴费期为2024年9月1日至12月31日，待遇享受期为2025年1月1日至12月31日。",
            "二、缴费标准。2025年度城乡居民基本医疗保险个人缴费标准为每人每年400元，特困人员、低保对象等困难群体按规定享受参保资助。",
            "三、缴费渠道。参保群众可通过税务部门线上缴费平台、银行网点、村（社区）代收点等渠道缴费。",
            "四、咨询方式。如有疑问，可拨打医保服务热线12393咨询。",
        ],
    },
    "recruit": {
        "date": "2024-05-27",
        "title": "县属事业单位2024年公开招聘工作人员公告",
        "paras": [
            "根据《事业单位人事管理条例》和有关规定，经研究，决定面向社会公开招聘县属事业单位工作人员35名。现将有关事项公告如下：",
            "一、招聘原则。坚持德才兼备的用人标准，贯彻公开、平等、竞争、择优的原则，实行考试与考核相结合。",
            "二、报名条件。具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行，年龄在18周岁以上、35周岁以下，具有岗位所需的学历、专业或技能条件。",
            "三、报名方式。本次招聘采取网上报名方式，报名时间为2024年6月3日9:00至6月7日17:00。",
            "四、咨询电话：0832-6125570（县人力资源和社会保障局事业单位管理股）",
        ],
    },
    "commend": {
        "title": "关于拟表彰2023年度全市科技工作先进个人的公示",
        "paras": [
            "根据《关于开展2023年度全市科技工作先进集体和先进个人评选工作的通知》要求，经单位推荐、资格审查、综合评审，拟对20名同志予以表彰，现予以公示。",
            "公示时间：2024年2月26日至3月1日（5个工作日）。",
            "公示期间，如对公示对象有异议，可通过来信、来电、来访等方式向市科技局机关党委反映。反映情况要实事求是，以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名。",
            "监督电话：0812-3336205",
        ],
        "comments": [
            ("科技口的老同志", "2024-02-27 10:16", "向先进学习，祝贺！"),
        ],
    },
    "meeting": {
        "date": "2024-07-09",
        "title": "市政务公开工作推进会召开",
        "paras": [
            "7月9日，市政府办公室召开全市政务公开工作推进会，总结上半年政务公开工作情况，部署下半年重点任务。各区（县）政府办公室和市直各部门分管负责同志参加会议。",
            "会议指出，今年以来，全市各级各部门认真落实政务公开工作要点，在重点领域信息公开、政策解读回应、政府网站和政务新媒体建设等方面取得积极成效。",
            "会议要求，要进一步聚焦群众关切，规范公开内容，提升解读质量，加强网站和政务新媒体常态化监管，推动政务公开工作提质增效。",
        ],
    },
    "realestate": {
        "date": "2024-04-02",
        "title": "不动产首次登记办事指南",
        "paras": [
            "一、事项名称：国有建设用地使用权及房屋所有权首次登记",
            "二、办理依据：《不动产登记暂行条例》《不动产登记暂行条例实施细则》",
            "三、申请材料：1.不动产登记申请书；2.申请人身份证明；3.不动产权属来源证明材料；4.建设工程符合规划的材料；5.房屋已经竣工的材料；6.不动产调查成果资料。",
            "四、办理时限：自受理之日起5个工作日内办结。",
            "五、办理地点：市政务服务中心二楼不动产登记窗口",
            "六、咨询电话：0812-3368100",
        ],
    },
    "board_parking": {
        "date": "2024-06-05",
        "title": "留言标题：老旧小区停车难问题",
        "paras": [
            "留言时间：2024-06-03 20:15　　留言人：网友",
            "留言内容：我们小区建于上世纪九十年代，没有规划停车位，现在车辆越来越多，晚上经常堵住消防通道，希望街道能想办法协调解决。",
            "办理单位：东湖街道办事处",
            "回复内容：您好！您反映的问题已收悉。街道已会同社区和物业对小区周边空闲地块进行摸排，计划利用小区东侧闲置空地增设停车位40个，同时在夜间开放周边两家单位内部停车场供居民错时停放。感谢您的理解与支持。",
        ],
    },
    "farm": {
        "title": "青石镇举办秋季农业实用技术培训班",
        "paras": [
            "9月12日，青石镇在镇文化站举办秋季农业实用技术培训班，邀请县农业农村局农技专家为全镇种植大户、家庭农场主和村级农技员共计80余人授课。",
            "培训围绕秋播小麦品种选择、测土配方施肥、农机具安全使用等内容展开，专家结合本地土壤和气候特点，详细讲解了关键技术要点，并现场解答了学员提出的问题。",
            "通过培训，进一步提升了农户科学种田水平，为明年夏粮丰收打下了良好基础。",
        ],
        "comments": [
            ("种粮大户", "2024-09-13 07:41", "专家讲得实在，下次还来听。"),
        ],
    },
    "school": {
        "date": "2024-08-20",
        "title": "关于做好2024年秋季学期中小学开学工作的通知",
        "paras": [
            "各乡镇中心学校，县直各学校：",
            "为确保秋季学期开学工作平稳有序，现将有关事项通知如下：",
            "一、各学校要于8月28日前完成校舍安全检查，对教室、宿舍、食堂、围墙等设施进行全面排查。",
            "二、认真做好教材发放和课程安排工作，严格落实国家课程方案，不得随意增减课时。",
            "三、加强开学第一课教育，组织开展安全教育、心理健康教育等主题活动。",
            "县教育和体育局　2024年8月20日",
        ],
    },
    "site": {
        "date": "2024-05-27",
        "title": "首页 > 通知公告 > 关于调整政务服务大厅夏季工作时间的公告",
        "paras": [
            "为方便群众办事，自2024年6月1日起，市政务服务中心夏季工作时间调整为：上午9:00—12:00，下午14:30—17:30，周六上午正常办公（仅限不动产登记、社保、医保窗口）。特此公告。",
            "市政务服务管理局　2024年5月27日",
            "【打印本页】【关闭窗口】",
            "主办单位：市人民政府办公室　　承办单位：市大数据中心　　网站标识码：5104000001",
        ],
    },
    "culture": {
        "title": "我县非遗展演活动精彩上演",
        "paras": [
            "6月8日是文化和自然遗产日。当天，县文化广电和旅游局在城市广场举办非物质文化遗产展演活动，花灯、竹编、剪纸、传统戏曲等20余个非遗项目集中亮相。",
            "活动现场，非遗传承人现场展示技艺，并与市民游客互动交流，吸引了2000余名群众驻足观看。",
            "近年来，我县持续加强非遗保护传承，建成非遗传习所8个，培养青年传承人60余名，非遗保护工作取得明显成效。",
        ],
        "comments": [
            ("爱看花灯", "2024-06-08 21:30", "竹编太精致了，给传承人点赞。"),
        ],
    },
    "health": {
        "title": "县人民医院开展“健康进乡村”义诊活动",
        "paras": [
            "为提升农村群众健康意识，6月15日，县人民医院组织心内科、内分泌科、眼科、中医科等科室12名医务人员到白沙乡开展义诊活动。",
            "义诊现场，医务人员为群众免费测量血压、血糖，进行健康咨询，并针对高血压、糖尿病等常见慢性病开展用药指导和健康宣教。",
            "本次活动共接诊群众300余人次，发放健康宣传资料800余份。",
        ],
        "comments": [
            ("白沙乡村民", "2024-06-15 18:02", "医生很耐心，希望经常来。"),
        ],
    },
    "jobfair": {
        "title": "县人社局举办2024年春风行动专场招聘会",
        "paras": [
            "2月20日，县人力资源和社会保障局在县人力资源市场举办春风行动专场招聘会，组织86家企业提供就业岗位2100余个，涵盖制造业、商贸服务、电子信息等多个行业。",
            "招聘会现场设置了政策咨询、技能培训报名、劳务输出登记等服务台，为求职者提供“一站式”服务。据统计，当天进场求职人员1800余人，初步达成就业意向560余人。",
        ],
        "comments": [
            ("求职小王", "2024-02-20 17:45", "下一场招聘会什么时候？"),
            ("返乡青年", "2024-02-21 09:12", "岗位挺多的，家门口就业挺好。"),
        ],
    },
    "xianfa_day": {
        "title": "我县开展“12·4”国家宪法日集中宣传活动",
        "paras": [
            "12月4日，县委依法治县办联合县司法局在县城中心广场开展“12·4”国家宪法日集中宣传活动，县级有关部门设置宣传咨询台，向过往群众发放宣传资料、解答法律咨询。",
            "活动现场，工作人员通过展板展示、以案释法、有奖问答等方式，宣传宪法知识和与群众生活密切相关的法律法规，引导群众自觉尊法学法守法用法。",
            "活动共发放宣传资料5000余份，解答群众法律咨询200余人次。",
        ],
        "comments": [
            ("普法志愿者", "2024-12-04 16:20", "今天的有奖问答很热闹。"),
        ],
    },
    "flag": {
        "title": "市各界群众举行国庆升旗仪式",
        "paras": [
            "10月1日清晨，市各界群众代表500余人在市人民广场举行升国旗仪式，庆祝中华人民共和国成立75周年。",
            "6时30分，国旗护卫队护卫着国旗，踏着整齐的步伐走向升旗台。随着雄壮的国歌响起，鲜艳的五星红旗冉冉升起，全场群众行注目礼。",
            "仪式结束后，不少市民留在广场合影留念，表达对祖国的美好祝福。",
        ],
        "comments": [
            ("早起的市民", "2024-10-01 08:10", "带孩子去看了，很受教育。"),
        ],
    },
    "martyrs": {
        "title": "我市举行烈士纪念日公祭活动",
        "paras": [
            "9月30日上午，我市在烈士陵园隆重举行烈士纪念日公祭活动，驻市部队官兵、机关干部、学生代表等300余人参加。",
            "公祭仪式上，全体人员向革命烈士默哀，少先队员齐声诵读献词，各界代表依次向烈士纪念碑敬献花篮，并瞻仰烈士纪念碑。",
            "大家表示，将铭记革命先烈的丰功伟绩，传承红色基因，立足岗位作出新的贡献。",
        ],
        "comments": [
            ("退役老兵", "2024-09-30 12:40", "致敬英烈，永远怀念。"),
        ],
    },
    "strait": {
        "title": "海峡两岸青年创新创业交流活动在我市举行",
        "paras": [
            "8月15日，海峡两岸青年创新创业交流活动在我市高新区举行，来自台湾地区的40余名青年创业者与本市青年企业家、高校学生围绕数字经济、文化创意等话题开展交流。",
            "活动期间，台湾青年参观了市青年创业园和部分科技企业，并就项目合作、落地政策等进行了深入洽谈。",
            "市台办有关负责人表示，将持续优化服务，为两岸青年交流合作搭建更多平台。",
        ],
        "comments": [
            ("创业园小陈", "2024-08-15 20:11", "欢迎台湾青年来园区落地。"),
        ],
    },
    "minzu_games": {
        "title": "我市举办少数民族传统体育运动会",
        "paras": [
            "9月10日，我市第八届少数民族传统体育运动会开幕，来自全市各县（区）的600余名运动员参加押加、秋千、陀螺、射弩等8个项目的角逐。",
            "本届运动会以“民族团结一家亲、同心共筑中国梦”为主题，充分展示了各族群众积极向上的精神风貌。比赛期间，主办方还设置了传统美食、民族服饰展示区，吸引众多市民参观。",
        ],
        "comments": [
            ("体育迷", "2024-09-10 19:05", "射弩比赛第一次看到，很精彩。"),
        ],
    },
    "vaccine": {
        "title": "我县启动适龄女生HPV疫苗免费接种工作",
        "paras": [
            "为加快推进宫颈癌防治，从9月起，我县对13至14周岁在校女生免费接种国产二价HPV疫苗，各乡镇卫生院和社区卫生服务中心设立接种点。",
            "县卫生健康局提醒，请家长携带受种者身份证件和预防接种证，按照学校通知的时间到指定接种点接种，接种后需现场留观30分钟。",
        ],
        "comments": [
            ("一位家长", "2024-09-02 21:14", "已经预约了，流程很方便。"),
        ],
    },
    "flood": {
        "title": "县防汛抗旱指挥部部署汛期防汛工作",
        "paras": [
            "5月20日，县防汛抗旱指挥部召开全县防汛工作会议，安排部署今年汛期防汛工作。",
            "会议要求，各乡镇和有关部门要全面排查水库、山塘、河道堤防等重点部位的安全隐患，落实巡查值守责任，修订完善防汛应急预案，备足防汛物资，确保安全度汛。",
            "据悉，今年全县已储备编织袋5万条、救生衣800件、冲锋舟6艘。",
        ],
        "comments": [
            ("河边住户", "2024-05-20 22:37", "辛苦了，希望今年平平安安。"),
        ],
    },
    "market": {
        "title": "市市场监管局开展节前食品安全检查",
        "paras": [
            "为保障节日期间群众“舌尖上的安全”，市市场监管局近日组织执法人员对全市大型商超、农贸市场开展节前食品安全检查。",
            "检查重点为食品进货查验记录、索证索票、冷链食品储存条件以及过期食品清理等情况。检查中共出动执法人员120人次，检查经营主体260家，责令整改问题18个。",
        ],
        "comments": [
            ("买菜的阿姨", "2024-01-30 10:03", "支持多查查，吃得放心。"),
        ],
    },
}

FOOTER = "版权所有：市人民政府办公室　　技术支持：市大数据中心　　建议使用1920×1080分辨率浏览"


COMMENT_USERS = ["游客", "匿名用户", "网友a7f3", "热心市民", "路过的", "用户9527", "城南老王"]


def plant(ctx_name: str, mode: str, payload: str, *, at: int = -1) -> str:
    """Insert a violating payload into a clean context.

    mode:
      line    - payload as its own (hijacked) paragraph after paragraph ``at``
      inline  - payload appended to the end of paragraph ``at`` (pasted text)
      comment - payload posted as the newest comment in the comment area
      footer  - payload after the page footer (spam footer)
    """
    ctx = CTX[ctx_name]
    paras = list(ctx["paras"])
    comments = list(ctx.get("comments", []))
    footer: list[str] = []
    if mode == "line":
        idx = at if at >= 0 else len(paras) - 1
        paras.insert(idx + 1, payload)
    elif mode == "inline":
        idx = at if at >= 0 else len(paras) - 1
        paras[idx] = paras[idx] + payload
    elif mode == "comment":
        day = comments[-1][1][:10] if comments else ctx["date"]
        user = COMMENT_USERS[sum(map(ord, payload)) % len(COMMENT_USERS)]
        comments.append((user, f"{day} 23:{10 + len(payload) % 50:02d}", payload))
    elif mode == "footer":
        if ctx_name == "site":
            footer = [payload]
        else:
            footer = [FOOTER, payload]
    else:
        raise ValueError(mode)
    parts = [ctx["title"], *paras]
    if comments:
        parts.append(f"网友评论（{len(comments)}）")
        for u, t, c in comments:
            parts.append(f"{u}　{t}")
            parts.append(c)
    parts.extend(footer)
    return "\n".join(parts)


# --------------------------------------------------------------------------
# records: short standalone items  (severity, text, note)
# planted items                   (severity, ctx, mode, at, payload, note)
# --------------------------------------------------------------------------
S = "short"
P = "planted"

DATA: dict[str, list[tuple]] = {}

DATA["constitution"] = [
    (S, "block", "⟦打倒共产党⟧，⟦结束一党专政⟧，人民要自己当家作主！大家转发起来。", "slogans rejecting Party leadership"),
    (S, "block", "这部宪法根本不值得遵守，⟦废除现行宪法⟧，⟦取消共产党的领导地位⟧，才有真正的出路。", "call to abolish the constitution and Party leadership"),
    (S, "block", "群里都看看：⟦社会主义制度必须推翻⟧，⟦照搬西方多党轮流执政⟧才是唯一正道，别再被洗脑了。", "call to overturn the socialist system"),
    (S, "block", "#拒绝四项基本原则# ⟦坚决反对党的领导⟧，⟦人民民主专政就是骗局⟧，支持的扣1", "hashtag post rejecting the four cardinal principles"),
    (S, "block", "【转发】老李：咱们搞个联署，⟦要求删除宪法里党的领导条款⟧，⟦另立新宪⟧，名单私聊我。", "forwarded chat organising petition to rewrite constitution"),
    (S, "block", "口号统一一下：⟦共产党下台⟧！⟦还政于民⟧！周六广场集合，不见不散。", "protest slogans, call to assemble"),
    (S, "block", "⟦宪法就是一张废纸⟧，⟦社会主义道路走不通⟧，早点改旗易帜吧。", "dismissing constitution and socialist road"),
    (S, "review", "有人说⟦三权分立⟧比现在的制度好，大家怎么看？", "topic word in a questioning voice"),
    (S, "review", "⟦宪政民主⟧才是方向吗？网上讨论很多，求科普一下。", "topic word, unclear voice"),
    (P, "block", "xianfa_day", "comment", 0, "⟦宪法就是一张废纸⟧，⟦党的领导必须废除⟧，搞这些宣传有什么用。", "comment under constitution-day news rejecting constitution"),
    (P, "block", "gaoxin", "line", 3, "⟦推翻社会主义制度，实行多党制⟧，有志者加群共商大计。", "hijacked line in a notice"),
    (P, "block", "site", "footer", 0, "⟦取消党的领导，废除宪法，全民公投另立新制⟧——转自网络", "spam footer on a site page"),
    (P, "block", "board_road", "inline", 1, "说到底这个国家⟦根本不该由共产党领导⟧，⟦人民民主专政早该废除⟧。", "pasted into a citizen's message"),
    (P, "block", "report", "line", 2, "⟦打倒共产党，结束一党专政⟧", "hijacked line in annual report"),
    (P, "block", "sports", "comment", 0, "⟦马克思主义是邪说，必须彻底抛弃⟧，别再搞什么指导思想了。", "comment rejecting the guiding ideology"),
    (P, "review", "meeting", "comment", 0, "现行宪法第一条要不要改？⟦多党制⟧是不是更好，大家讨论一下。", "topic word in a comment, unclear voice"),
    (P, "block", "tepai", "inline", 2, "⟦反对宪法，反对党的领导，从你我做起⟧！", "hijacked sentence appended to news"),
]

DATA["state_security"] = [
    (S, "block", "⟦台湾独立万岁⟧！⟦支持台独⟧，两岸一边一国，转起来！", "Taiwan independence slogans"),
    (S, "block", "⟦西藏独立⟧，⟦Free Tibet⟧，让雪山狮子旗飘起来！", "Tibet independence slogans"),
    (S, "block", "⟦东突厥斯坦独立⟧是唯一出路，⟦东突万岁⟧！", "East Turkestan separatist slogans"),
    (S, "block", "本人在某研究所工作，⟦手上有机密级文件出售，境外买家优先⟧，邮箱联系。", "offer to sell classified documents"),
    (S, "block", "高薪兼职：⟦拍摄军港舰船照片⟧，⟦定期提供军事基地动态⟧，日结，境外客户，加Q详谈。", "espionage recruitment ad"),
    (S, "block", "⟦武装推翻现政权⟧的时机到了，各地⟦组织起义⟧，串联名单私聊。", "call for armed overthrow"),
    (S, "block", "⟦光复香港，时代革命⟧，⟦香港独立⟧才是唯一出路！", "Hong Kong independence slogans"),
    (S, "block", "⟦颠覆中共政权⟧从今天开始，⟦推翻暴政⟧，转发就是参与。", "subversion call with spread-urging"),
    (S, "review", "⟦台独⟧到底是怎么回事？看到有人转发相关视频，这种能转吗？", "topic word in a question"),
    (P, "block", "strait", "comment", 0, "⟦台湾是一个独立国家，支持台独⟧，别搞什么交流了。", "separatist comment under cross-strait news"),
    (P, "block", "report", "line", 3, "⟦东突厥斯坦独立万岁⟧", "hijacked line in annual report"),
    (P, "block", "site", "footer", 0, "⟦诚招涉密单位人员，出售内部机密文件，报酬丰厚⟧ 联系邮箱xxxx@xxxx.com", "spam footer soliciting state secrets"),
    (P, "block", "board_parking", "inline", 1, "顺便说一句，⟦西藏独立⟧才是藏人的出路，⟦支持藏独⟧。", "pasted into a citizen's message"),
    (P, "block", "safety", "line", 2, "⟦推翻中共政权，建立新国家⟧，有意者加群。", "hijacked line in a notice"),
    (P, "block", "culture", "comment", 0, "⟦支持港独，光复香港⟧！", "separatist comment"),
    (P, "review", "strait", "comment", 0, "网上说的⟦台湾独立公投⟧是真的吗？有没有懂的说说。", "topic word in a question"),
    (P, "block", "recruit", "line", 3, "⟦境外高薪招募：收集本地军事设施坐标及照片⟧，日结。", "espionage recruitment hijacking a job notice"),
]

DATA["national_honor"] = [
    (S, "block", "⟦支那人⟧就是素质低，这个⟦支那⟧国家没救了。", "slur for China"),
    (S, "block", "下周国庆，⟦去广场把五星红旗烧了⟧，拍视频发群里。", "call to burn the national flag"),
    (S, "block", "⟦把国歌改成搞笑版⟧到处放，⟦升旗时故意嘘它⟧，笑死。", "mocking the national anthem"),
    (S, "block", "⟦董存瑞炸碉堡是瞎编的⟧，⟦黄继光堵枪眼违背常识⟧，这些所谓英雄全是宣传。", "denigrating heroes and martyrs"),
    (S, "block", "⟦中国猪⟧活该被看不起，⟦支那猪⟧滚出地球。", "slurs for Chinese people"),
    (S, "block", "⟦国徽丑得要死，贴在厕所里正合适⟧。", "insulting the national emblem"),
    (S, "block", "⟦狼牙山五壮士是一群土匪⟧，课本全是骗人的。", "defaming martyrs"),
    (S, "block", "⟦大日本皇军万岁⟧，⟦南京大屠杀是假的⟧，支那人洗洗睡吧。", "pro-invader glorification and denial"),
    (S, "review", "这张⟦倒挂国旗⟧的照片是不是P的？看着挺离谱。", "flag topic, unclear voice"),
    (P, "block", "flag", "comment", 0, "⟦升个破旗有什么好看的，烧了算了⟧。", "comment calling to burn the flag"),
    (P, "block", "martyrs", "comment", 0, "⟦这些烈士死了活该⟧，⟦什么英雄都是骗人的⟧。", "comment insulting martyrs"),
    (P, "block", "meeting", "line", 1, "⟦支那人滚出去，支那必亡⟧", "hijacked slur line"),
    (P, "block", "site", "footer", 0, "⟦国歌恶搞版下载⟧ ⟦踩踏国旗视频⟧全网最全，点击进入", "spam footer with anthem/flag desecration"),
    (P, "block", "board_road", "inline", 1, "修个路都修不好，⟦中国人就是劣等民族⟧。", "pasted denigration into a message"),
    (P, "block", "school", "line", 4, "⟦把教室里的国徽摘下来扔进垃圾桶⟧", "hijacked line desecrating the emblem"),
    (P, "review", "culture", "comment", 0, "⟦支那⟧这个词到底是什么意思？历史上为什么这么叫？", "slur as topic, questioning voice"),
    (P, "block", "martyrs", "comment", 0, "⟦赖宁救火就是愚蠢的宣传⟧，⟦英雄都是编出来的⟧。", "comment denigrating heroes"),
]

DATA["ethnic_hatred"] = [
    (S, "block", "⟦新疆人都是小偷⟧，看见了赶紧躲远点。", "regional-ethnic hateful generalisation"),
    (S, "block", "⟦把回回都赶出去⟧，⟦绿绿⟧别来我们这开店。", "slur and call to expel"),
    (S, "block", "⟦藏族人都是野蛮人⟧，不配住在城里。", "hateful generalisation"),
    (S, "block", "⟦少数民族都是寄生虫⟧，吃我们的喝我们的，早该取消他们的一切待遇。", "hateful generalisation"),
    (S, "block", "⟦汉人都该滚出新疆⟧，⟦这里不欢迎汉族⟧。", "call to expel Han people"),
    (S, "block", "招工启事：⟦不要回族、维族、彝族⟧，其他不限，日结200。", "ethnic discrimination in a job ad"),
    (S, "block", "⟦蒙古族都是酒鬼⟧，⟦彝族人天生就爱犯罪⟧。", "hateful generalisations"),
    (S, "block", "⟦黑鬼⟧都滚出广州，⟦黑人都是罪犯⟧。", "racial slur and generalisation"),
    (S, "review", "⟦绿绿⟧这个说法是什么意思？在群里看到好多人用。", "slur as topic, question"),
    (P, "block", "minzu_games", "comment", 0, "⟦维族人就不配和我们住一个小区⟧。", "comment with ethnic exclusion"),
    (P, "block", "recruit", "line", 2, "⟦本岗位不招少数民族，回族、藏族一律不要⟧。", "discriminatory line hijacking a job notice"),
    (P, "block", "board_parking", "inline", 1, "⟦这帮回回就是一群畜生，全赶走才好⟧。", "slur pasted into a citizen message"),
    (P, "block", "minzu_games", "comment", 0, "⟦少数民族都是蛮夷⟧，办什么运动会。", "comment with hateful generalisation"),
    (P, "block", "site", "footer", 0, "⟦驱逐外族，汉族至上⟧，加入我们！", "spam footer with supremacist slogan"),
    (P, "review", "culture", "comment", 0, "听说⟦彝族人都比较凶⟧，是真的吗？想去那边旅游有点担心。", "generalisation in a question"),
    (P, "block", "farm", "inline", 1, "⟦藏族人都是骗子，别跟他们做生意⟧。", "pasted generalisation in news"),
    (P, "block", "jobfair", "comment", 0, "⟦朝鲜族都是棒子，赶回去⟧。", "slur comment"),
]

DATA["religion_cult"] = [
    (S, "block", "⟦法轮大法好⟧，⟦真善忍好⟧，诚念九字得福报。", "Falun Gong slogans"),
    (S, "block", "⟦三退保平安⟧，退党退团退队，化名也可以，⟦天灭中共⟧就在眼前。", "Falun Gong 'three withdrawals' recruiting"),
    (S, "block", "姐妹们，⟦全能神⟧已经来了，⟦东方闪电⟧的话语是末世救恩，信了才能躲过大灾难，加我一起聚会。", "Almighty God cult recruiting"),
    (S, "block", "⟦门徒会⟧本周六晚聚会，带上新朋友，⟦信主得医治不用去医院⟧。", "Mentuhui gathering notice"),
    (S, "block", "⟦呼喊派⟧聚会通知：周日晚七点，⟦呼喊主名可以赶鬼治病⟧。", "Shouters cult notice"),
    (S, "block", "祖传⟦符水治病⟧，癌症糖尿病⟦包治百病⟧，不灵退钱，电话：1xx-xxxx-xxxx", "talisman-water healing ad"),
    (S, "block", "大师亲临，⟦驱邪作法⟧，⟦改运转运⟧，⟦开光收费⟧888元起，私聊预约。", "exorcism and fortune-changing ad"),
    (S, "block", "⟦算命看风水⟧，⟦测你有没有血光之灾⟧，化解费用面议，加薇：xxxx", "fortune-telling ad"),
    (S, "review", "村里请人⟦看风水⟧定房子朝向，这个一般要花多少钱？", "superstition topic, unclear voice"),
    (P, "block", "garbage", "comment", 0, "⟦法轮大法好，三退保平安⟧，请上大纪元退党。", "Falun Gong comment"),
    (P, "block", "school", "line", 2, "⟦全能神教会诚邀你参加聚会，末日审判即将来临⟧", "cult recruiting line in a notice"),
    (P, "block", "site", "footer", 0, "⟦专业驱邪作法、开光改运、符水治病⟧，电话xxxx-xxxxxxx", "superstition spam footer"),
    (P, "block", "board_road", "inline", 1, "我妈⟦信了观音法门，病都不用治⟧，大家都来信吧。", "cult promotion in a citizen message"),
    (P, "block", "health", "comment", 0, "⟦喝符水比吃药管用⟧，有病找大师，比医院强。", "talisman-water comment under free clinic news"),
    (P, "block", "sports", "comment", 0, "⟦退党退团退队，三退保平安⟧，天要灭中共了。", "Falun Gong comment"),
    (P, "review", "board_parking", "inline", 1, "另外请问⟦全能神⟧是什么？最近小区里有人在发传单。", "cult name in a question"),
    (P, "block", "report", "line", 4, "⟦实际神已经降临，东方闪电照遍全地⟧", "hijacked cult slogan"),
]

DATA["rumor"] = [
    (S, "block", "⟦紧急扩散⟧！⟦内部消息，明天零点封城⟧，赶紧去超市囤菜，⟦转给家人⟧！", "fake lockdown with spread-urging"),
    (S, "block", "⟦自来水厂被投毒了⟧，这两天千万别喝自来水，⟦不转不是中国人⟧！", "water poisoning rumor"),
    (S, "block", "⟦西部某县凌晨发生大地震，死亡上千人，官方全面封锁消息⟧，速转！", "fabricated earthquake with cover-up claim"),
    (S, "block", "朋友在银行上班说的，⟦本地农商行下周要倒闭⟧，⟦存款赶紧取出来⟧，晚了就没了！", "bank-run rumor"),
    (S, "block", "⟦疫苗里掺了毒，孩子打了会瘫痪⟧，已经死了好几个，千万别让孩子打，扩散！", "vaccine rumor"),
    (S, "block", "⟦有辆白色面包车专门抢小孩，已经抓走三个⟧，各位家长⟦看到请转发⟧！", "child-abduction rumor"),
    (S, "block", "⟦化工厂爆炸毒气泄漏，半个城都要撤离⟧，政府不让说，⟦速转⟧！", "chemical leak rumor"),
    (S, "block", "⟦食盐马上要断货涨价十倍⟧，赶紧去抢，⟦告诉身边每一个人⟧。", "panic-buying rumor"),
    (S, "review", "听说⟦明天要封城⟧？有没有官方消息？", "rumor topic in a question"),
    (P, "block", "flood", "comment", 0, "⟦内部消息，上游水库今晚要垮坝⟧，⟦赶紧转给家人⟧逃命！", "dam-collapse rumor comment"),
    (P, "block", "board_road", "inline", 1, "另外我亲戚在水务局，⟦下周全市停水一个月⟧，⟦大家赶紧扩散⟧。", "outage rumor in a citizen message"),
    (P, "block", "safety", "line", 1, "⟦紧急通知：明天起全城封控，所有人不得出门，转发周知⟧", "fake official notice inserted"),
    (P, "block", "vaccine", "comment", 0, "⟦打了这个疫苗的已经死了十几个，医院瞒着⟧，别去！", "vaccine death rumor comment"),
    (P, "block", "site", "footer", 0, "⟦重磅：城南学校发生命案，死亡六名学生，官方隐瞒⟧ 点击查看", "fabricated tragedy footer"),
    (P, "review", "meeting", "comment", 0, "⟦据说那边地震死了很多人⟧？有知道情况的吗？", "unverified claim in a question"),
    (P, "block", "market", "comment", 0, "⟦超市卖的大米都是塑料做的，已经吃死人了⟧，⟦不转不是中国人⟧！", "food rumor with spread-urging"),
    (P, "block", "medins", "line", 2, "⟦明天起银行取款限额五百，存款要被冻结⟧，⟦速速扩散⟧！", "bank freeze rumor hijacking a policy page"),
]

DATA["obscenity_violence"] = [
    (S, "block", "⟦同城约炮，上门服务⟧，安全私密，加V:xxxxxx", "hookup/prostitution ad"),
    (S, "block", "寂寞吗？⟦一对一裸聊⟧，⟦真人激情视频⟧，扫码进群。", "nude chat ad"),
    (S, "block", "⟦成人视频免费看⟧，⟦最新看片网址⟧：www.xxxx.com，收藏防失联。", "porn site ad"),
    (S, "block", "⟦网上真人百家乐⟧，⟦注册送彩金⟧88元，⟦充值返水⟧无上限，官网xxxx。", "online casino ad"),
    (S, "block", "⟦时时彩代理⟧招募，⟦稳赚计划群⟧，日入过千，私聊拉你。", "lottery gambling agent recruitment"),
    (S, "block", "⟦出售仿真枪，改装配件齐全⟧，⟦气枪猎枪⟧货到付款，微信联系。", "gun sale teaser"),
    (S, "block", "⟦管制刀具批发⟧，⟦军刺弹簧刀⟧，全国包邮，不查身份。", "controlled knife sale"),
    (S, "block", "⟦自制炸药资料包⟧出售，⟦雷管导火索现货⟧，私聊。", "explosive sale teaser"),
    (S, "block", "谁敢强拆我家，⟦我就血洗整个村委会⟧，⟦把他们全杀光⟧。", "violent threat/incitement"),
    (S, "block", "⟦那个砍人的干得漂亮，多来几个这样的英雄⟧。", "glorifying a violent attack"),
    (S, "review", "看到一个⟦凶杀现场视频⟧，太吓人了，谁有完整版？", "gore topic, unclear voice"),
    (P, "block", "site", "footer", 0, "⟦澳门线上娱乐 注册即送888元彩金⟧ www.xxxx.com", "casino spam footer"),
    (P, "block", "garbage", "comment", 0, "⟦附近寂寞少妇 同城约炮⟧ 加微信xxxx", "hookup spam comment"),
    (P, "block", "report", "line", 2, "⟦最新成人电影在线看⟧ xxxx.com", "porn spam line in annual report"),
    (P, "block", "recruit", "inline", 3, "⟦出售仿真枪 钢珠枪 货到付款⟧", "gun sale pasted into a job notice"),
    (P, "block", "safety", "footer", 0, "⟦时时彩 北京赛车 稳赚不赔⟧ 加群xxxx", "gambling spam footer"),
    (P, "block", "board_parking", "inline", 1, "⟦再不解决我就带刀去砍了他们全家⟧。", "violent threat in a citizen message"),
    (P, "block", "farm", "comment", 0, "⟦炸药 雷管 导火索 出售⟧ 电话xxxx", "explosive sale spam comment"),
    (P, "block", "jobfair", "comment", 0, "⟦裸聊视频 一对一 夜间上门服务⟧ 私聊", "sex service spam comment"),
]

DATA["insult_defamation"] = [
    (S, "block", "⟦城建局局长王某是个贪官畜生⟧，⟦吃人不吐骨头的狗官⟧！", "abuse of a named official"),
    (S, "block", "⟦某某县人民医院都是骗子⟧，⟦黑心医院⟧专坑病人的钱，大家千万别去！", "defaming a hospital"),
    (S, "block", "⟦人肉搜索⟧这个执法的城管，⟦把他全家地址电话挖出来⟧，让他不得好死。", "doxxing call"),
    (S, "block", "⟦刘某某这个脑残⟧也配当镇长？⟦傻逼一个⟧。", "abuse of a named township head"),
    (S, "block", "⟦某某中学的张老师是个变态⟧，⟦专门骚扰女学生⟧，大家转发让他身败名裂。", "unverified accusation against a named teacher"),
    (S, "block", "⟦某某物业公司全是流氓地痞⟧，⟦经理李某是黑社会⟧。", "defaming a company and manager"),
    (S, "block", "⟦派出所陈某所长收黑钱包庇坏人⟧，⟦祝他出门被车撞死⟧。", "defamation and curse against official"),
    (S, "block", "⟦周某某就是个小三⟧，这是她的照片和单位，大家⟦人肉曝光她⟧。", "shaming and doxxing a named woman"),
    (S, "review", "⟦某某律所就是骗钱的⟧吧？我交了钱一直没消息。", "accusation in a complaint, unclear"),
    (P, "block", "board_road", "inline", 1, "之前打电话反映，⟦你们信访办的孙某就是个废物⟧，⟦狗仗人势的东西⟧。", "abuse of named staff in a message"),
    (P, "block", "commend", "comment", 0, "⟦拟表彰的这个李某某就是个贪污犯，靠老婆上位的⟧。", "defaming a named commendee"),
    (P, "block", "meeting", "comment", 0, "⟦这个镇长是个傻逼⟧，⟦建议人肉他⟧。", "abuse and doxxing call"),
    (P, "block", "tepai", "line", 1, "⟦某某房地产公司老板吴某是诈骗犯，欠钱不还全家死光⟧", "defamation line hijacking news"),
    (P, "block", "site", "footer", 0, "⟦揭露某某医院黑幕：医生都是杀人犯⟧ 点击查看", "defamatory spam footer"),
    (P, "block", "sports", "comment", 0, "⟦主持开幕式的那个副局长就是个脑残，猪一样的东西⟧。", "abuse of official in comment"),
    (P, "review", "school", "line", 5, "⟦教育局那个领导是不是有问题啊，听说收了好处⟧", "insinuation, unclear voice"),
    (P, "block", "recruit", "inline", 4, "⟦人事股的郑某是个色狼⟧，去面试的女生小心。", "defamatory sentence pasted into job notice"),
]

DATA["other_illegal"] = [
    (S, "block", "⟦出售冰毒、麻古⟧，⟦溜冰工具齐全⟧，同城货到付款，V:xxxxx", "drug sale ad"),
    (S, "block", "⟦办证刻章⟧，⟦假文凭学信网可查⟧，⟦代办驾驶证不用考试⟧，电话：xxxxxxx", "fake certificate ad"),
    (S, "block", "⟦代开发票⟧，⟦增值税专用发票，点数低⟧，可验证后付款。", "invoice fraud ad"),
    (S, "block", "⟦出售公民个人信息⟧，⟦身份证四件套⟧、⟦银行卡四件套⟧，量大从优，私聊。", "personal data trade ad"),
    (S, "block", "⟦代孕包成功⟧，⟦可选性别⟧，试管一条龙，⟦招募代孕妈妈⟧。", "surrogacy ad"),
    (S, "block", "⟦招募跑分，日赚千元⟧，只需提供银行卡和收款码，⟦帮忙走账⟧无风险。", "money-laundering mule recruitment"),
    (S, "block", "急用钱？⟦裸贷⟧秒批，⟦凭裸照放款⟧，无需抵押。", "nude-collateral loan ad"),
    (S, "block", "⟦出售穿山甲⟧、⟦象牙制品⟧，⟦野生熊掌保真⟧，冷链到家。", "wildlife trade ad"),
    (S, "block", "⟦网络刷单返利⟧，宝妈兼职日赚300-500，先垫付后返佣，加导师QQ。", "order-brushing scam recruitment"),
    (S, "block", "⟦实名手机卡出售，不用本人到场⟧，接码专用。", "real-name SIM card sale"),
    (S, "review", "有没有人知道⟦哪里能办证⟧？证件丢了补办太慢。", "certificate topic, unclear voice"),
    (P, "block", "site", "footer", 0, "⟦代开各类发票 增值税发票 点数优惠⟧ 电话xxxx", "invoice spam footer"),
    (P, "block", "jobfair", "comment", 0, "⟦招聘跑分兼职 日赚千元⟧ 提供银行卡即可。", "money mule spam comment"),
    (P, "block", "realestate", "line", 3, "⟦办证 刻章 各类证件 学历证书 包过⟧", "fake certificate line in a service guide"),
    (P, "block", "culture", "comment", 0, "⟦出售冰毒 K粉 同城送货⟧", "drug sale spam comment"),
    (P, "block", "board_parking", "inline", 1, "⟦本人出售全国公民身份信息、车主信息、快递信息⟧，有需要的联系。", "personal data sale in a message"),
    (P, "block", "health", "comment", 0, "⟦代孕 包男孩 包成功⟧ 不成功退款", "surrogacy spam comment"),
    (P, "review", "jobfair", "comment", 0, "这个⟦刷单兼职⟧靠谱吗？说每天能赚几百。", "scam topic in a question"),
    (P, "block", "meeting", "comment", 0, "⟦高价收购银行卡、对公账户⟧，当天结算。", "bank account buying spam"),
]


# --------------------------------------------------------------------------
# evasion records: (category, severity, evasion, spec, note)
#   spec = (S, text) or (P, ctx, mode, at, payload)
# --------------------------------------------------------------------------
EVASION: list[tuple] = [
    # constitution
    ("constitution", "block", "traditional", (S, "⟦打倒共產黨⟧，⟦結束一黨專政⟧，人民要自己當家作主！大家轉發起來。"), "traditional-script anti-Party slogans"),
    ("constitution", "block", "separator", (S, "⟦打*倒*共*产*党⟧，周末广场见，转发越多越好。"), "asterisk-separated slogan"),
    ("constitution", "block", "zero_width", (S, f"⟦{zw('废除宪法')}⟧，⟦{zw('取消党的领导')}⟧，这才是出路。"), "ZWSP inside calls to abolish"),
    ("constitution", "block", "fullwidth", (S, "⟦打倒ＧＣＤ⟧，⟦ＧＣＤ下台⟧，群里的人都转一下。"), "full-width abbreviation for the Party"),
    ("constitution", "block", "mixed", (P, "xianfa_day", "comment", 0, "⟦推·翻·社·會·主·義·制·度⟧，宣传这些没用。"), "traditional + middle-dot separators in comment"),
    ("constitution", "block", "separator", (P, "meeting", "line", 1, "⟦共 产 党 下 台⟧"), "space-separated slogan hijacking news"),
    ("constitution", "review", "traditional", (S, "有人說⟦多黨制⟧比現在的制度好，大家怎麼看？"), "traditional topic word, unclear voice"),
    ("constitution", "block", "zero_width", (P, "gaoxin", "line", 2, f"⟦{zw('打倒共产党', WJ)}⟧，⟦{zw('废除宪法', WJ)}⟧"), "word-joiner-split slogans in a notice"),
    ("constitution", "block", "mixed", (S, f"⟦反{ZW}對*黨{ZW}的*領{ZW}導⟧，支持的扣１，不支持的別說話。"), "traditional + ZWSP + asterisks"),
    # state_security
    ("state_security", "block", "traditional", (S, "⟦台灣獨立萬歲⟧！⟦支持台獨⟧，兩岸一邊一國，轉起來！"), "traditional separatist slogans"),
    ("state_security", "block", "separator", (S, "⟦台-独-万-岁⟧，⟦西·藏·独·立⟧，转起来。"), "hyphen and middle-dot separated slogans"),
    ("state_security", "block", "zero_width", (S, f"⟦{zw('东突厥斯坦独立')}⟧是唯一出路，兄弟们转起来。"), "ZWSP inside separatist slogan"),
    ("state_security", "block", "fullwidth", (S, "⟦Ｆｒｅｅ　Ｔｉｂｅｔ⟧！雪山狮子旗永远飘扬！"), "full-width Latin separatist slogan"),
    ("state_security", "block", "fullwidth", (S, "⟦ＴＡＩＷＡＮ　ＩＮＤＥＰＥＮＤＥＮＣＥ⟧，一边一国，转！"), "full-width Latin separatist slogan"),
    ("state_security", "block", "mixed", (P, "site", "footer", 0, "⟦出·售·國·家·機·密⟧ 聯繫ＱＱ：ｘｘｘｘ"), "traditional + separators offering state secrets"),
    ("state_security", "block", "separator", (P, "safety", "line", 3, "⟦推 翻 中 共 政 权⟧，有意者加群。"), "space-separated overthrow call"),
    ("state_security", "block", "traditional", (P, "report", "line", 1, "⟦東突厥斯坦獨立萬歲⟧，維吾爾人要自由！"), "traditional separatist line in report"),
    ("state_security", "block", "zero_width", (P, "culture", "comment", 0, f"⟦{zw('光复香港时代革命', ZWNJ)}⟧"), "ZWNJ-split slogan comment"),
    ("state_security", "block", "mixed", (S, "⟦台*獨*萬*歲⟧，⟦ｆｒｅｅ　ｔａｉｗａｎ⟧"), "traditional + asterisks, full-width Latin"),
    # national_honor
    ("national_honor", "block", "traditional", (S, "⟦支那豬⟧都滾出地球，這個⟦支那國家⟧沒救了。"), "traditional-script slurs"),
    ("national_honor", "block", "separator", (S, "⟦支/那/猪⟧都滚出地球，说得对的点个赞。"), "slash-separated slur"),
    ("national_honor", "block", "zero_width", (S, f"⟦{zw('烧国旗')}⟧直播，今晚八点，不见不散。"), "ZWSP inside flag-burning call"),
    ("national_honor", "block", "fullwidth", (S, "⟦Ｓｈｉｎａ⟧人就是不行，⟦ｃｈｉｎａ　ｐｉｇ⟧哈哈。"), "full-width romanised slurs"),
    ("national_honor", "block", "mixed", (P, "flag", "comment", 0, f"⟦燒{ZW}國{ZW}旗⟧去，升什么旗。"), "traditional + ZWSP flag-burning comment"),
    ("national_honor", "block", "traditional", (P, "martyrs", "comment", 0, "⟦狼牙山五壯士是一群土匪⟧，課本裡全是編的。"), "traditional martyr defamation"),
    ("national_honor", "block", "separator", (P, "school", "line", 4, "⟦把 国 徽 扔 进 垃 圾 桶⟧"), "spaced emblem desecration line"),
    ("national_honor", "block", "zero_width", (P, "meeting", "comment", 0, f"⟦{zw('支那政府')}⟧开什么会。"), "ZWSP slur in comment"),
    # ethnic_hatred
    ("ethnic_hatred", "block", "traditional", (S, "⟦少數民族都是寄生蟲⟧，吃我們的喝我們的，⟦把回回趕出去⟧！"), "traditional hateful generalisation"),
    ("ethnic_hatred", "block", "separator", (S, "⟦绿*绿*滚*出*去⟧，别来我们这开店。"), "asterisk-separated slur"),
    ("ethnic_hatred", "block", "zero_width", (S, f"⟦{zw('维族人都是小偷')}⟧，看见了赶紧躲远点。"), "ZWSP generalisation"),
    ("ethnic_hatred", "block", "mixed", (P, "farm", "inline", 1, "⟦藏·族·人·都·是·騙·子⟧。"), "traditional + dots generalisation pasted in news"),
    ("ethnic_hatred", "block", "separator", (P, "recruit", "line", 2, "⟦回-族-维-族-一-律-不-要⟧"), "hyphenated discriminatory line in job notice"),
    ("ethnic_hatred", "block", "traditional", (P, "minzu_games", "comment", 0, "⟦漢人都該滾出新疆⟧，這裡不歡迎你們。"), "traditional expulsion call"),
    ("ethnic_hatred", "block", "zero_width", (P, "jobfair", "comment", 0, f"⟦{zw('蒙古族都是酒鬼', ZWJ)}⟧。"), "ZWJ-split generalisation comment"),
    ("ethnic_hatred", "block", "separator", (S, "招工：⟦不要 回 族 维 族⟧，其他不限，日结两百。"), "spaced discriminatory job ad"),
    # religion_cult
    ("religion_cult", "block", "traditional", (S, "⟦法輪大法好⟧，真善忍好，⟦誠念九字得福報⟧。"), "traditional Falun Gong slogans"),
    ("religion_cult", "block", "separator", (S, "⟦法·轮·大·法·好⟧ ⟦三·退·保·平·安⟧"), "dot-separated cult slogans"),
    ("religion_cult", "block", "zero_width", (S, f"⟦{zw('全能神')}⟧教会欢迎你，⟦{zw('东方闪电')}⟧照亮末世。"), "ZWSP cult names"),
    ("religion_cult", "block", "fullwidth", (S, "⟦ＦＬＧ大法好⟧，⟦ＴＵＩＤＡＮＧ保平安⟧，化名也行。"), "full-width cult abbreviations"),
    ("religion_cult", "block", "styled_digits", (S, "⟦③退保平安⟧，退党退团退队，化名也行。"), "circled digit in cult slogan"),
    ("religion_cult", "block", "mixed", (P, "health", "comment", 0, "⟦驅-邪-作-法⟧ ⟦符-水-治-病⟧，比医院管用。"), "traditional + hyphens superstition ad"),
    ("religion_cult", "block", "traditional", (P, "site", "footer", 0, "⟦專業驅邪作法、開光改運⟧，靈驗收費，電話xxxx"), "traditional superstition footer"),
    ("religion_cult", "block", "separator", (P, "board_parking", "inline", 1, "⟦门 徒 会⟧ 周六聚会，欢迎邻居参加。"), "spaced cult name in a message"),
    ("religion_cult", "block", "zero_width", (P, "garbage", "comment", 0, f"⟦{zw('算命看风水', BOM)}⟧，化解血光之灾，加薇xxxx"), "BOM-split fortune-telling spam"),
    ("religion_cult", "block", "mixed", (S, f"⟦ＦＬ{ZW}Ｇ好⟧，⟦天{ZW}滅{ZW}中{ZW}共⟧，誠心三退得平安。"), "full-width + ZWSP, traditional + ZWSP"),
    # rumor
    ("rumor", "block", "traditional", (S, "⟦緊急擴散⟧！⟦內部消息，明天零點封城⟧，趕緊去超市囤菜，⟦轉給家人⟧！"), "traditional fake lockdown"),
    ("rumor", "block", "separator", (S, "⟦自*来*水*被*投*毒⟧，千万别喝，⟦速*转⟧！"), "asterisk-separated poisoning rumor"),
    ("rumor", "block", "zero_width", (S, f"⟦{zw('不转不是中国人')}⟧：⟦{zw('明天封城')}⟧，赶紧囤菜。"), "ZWSP spread-urging and rumor"),
    ("rumor", "block", "styled_digits", (S, f"⟦西部某县发生{circ('8')}级地震，死亡{circ('1000')}多人，官方隐瞒⟧，速转！"), "circled digits in fabricated disaster"),
    ("rumor", "block", "fullwidth", (S, "⟦明天０点封城⟧，⟦存款限取５００元⟧，赶紧转！"), "full-width digits in rumor"),
    ("rumor", "block", "mixed", (P, "flood", "comment", 0, "⟦緊-急-擴-散⟧：⟦上游水庫今晚要垮壩⟧！"), "traditional + hyphens dam rumor"),
    ("rumor", "block", "separator", (P, "safety", "line", 1, "⟦内 部 消 息 明 天 封 城⟧，转发周知。"), "spaced fake lockdown line"),
    ("rumor", "block", "zero_width", (P, "vaccine", "comment", 0, f"⟦{zw('疫苗打了会瘫痪')}⟧，⟦{zw('转给家人')}⟧！"), "ZWSP vaccine rumor comment"),
    ("rumor", "block", "traditional", (P, "market", "comment", 0, "⟦化工廠爆炸毒氣洩漏，官方隱瞞⟧，大家快轉！"), "traditional chemical-leak rumor"),
    ("rumor", "block", "styled_digits", (P, "medins", "line", 1, f"⟦明天{circ('0')}点起全城停水{circ('7')}天⟧，赶紧囤水！"), "circled digits outage rumor"),
    ("rumor", "review", "traditional", (S, "聽說⟦明天起全城封鎖⟧？有沒有官方消息？"), "traditional rumor topic, question"),
    # obscenity_violence
    ("obscenity_violence", "block", "traditional", (S, "⟦網上真人百家樂⟧，⟦註冊送彩金⟧88元，⟦充值返水無上限⟧，官網xxxx.com"), "traditional casino ad"),
    ("obscenity_violence", "block", "separator", (S, "⟦约*炮⟧ ⟦裸*聊⟧ 同城私聊，安全私密，加V:xxxx"), "asterisk-separated sex ad"),
    ("obscenity_violence", "block", "zero_width", (S, f"⟦{zw('出售仿真枪')}⟧，⟦{zw('气枪猎枪')}⟧货到付款。"), "ZWSP gun sale teaser"),
    ("obscenity_violence", "block", "fullwidth", (S, "⟦ＡＶ在线看⟧，⟦ＰＫ１０计划群⟧，加ＱＱ：ｘｘｘｘ"), "full-width porn/gambling terms"),
    ("obscenity_violence", "block", "styled_digits", (S, f"⟦{circ('6')}合彩⟧内部资料，⟦时时彩{circ('1')}分钟开奖⟧，包中。"), "circled digits in lottery gambling"),
    ("obscenity_violence", "block", "mixed", (P, "site", "footer", 0, f"⟦線·上·賭·場⟧ ⟦註冊送{circ('888')}⟧ 點擊進入"), "traditional + dots + circled digits casino footer"),
    ("obscenity_violence", "block", "separator", (P, "farm", "comment", 0, "⟦炸 药 雷 管 出 售⟧ 电话xxxx"), "spaced explosive sale comment"),
    ("obscenity_violence", "block", "zero_width", (P, "jobfair", "comment", 0, f"⟦{zw('同城约炮')}⟧ 加微信xxxx"), "ZWSP hookup spam"),
    ("obscenity_violence", "block", "traditional", (P, "recruit", "inline", 3, "⟦出售仿真槍、獵槍⟧，配件齊全，貨到付款。"), "traditional gun sale pasted into notice"),
    ("obscenity_violence", "block", "fullwidth", (P, "report", "line", 2, "⟦ＡＶ成人视频⟧ ｗｗｗ．ｘｘｘｘ．ｃｏｍ"), "full-width porn spam line"),
    ("obscenity_violence", "block", "separator", (S, "谁敢拆我家，⟦血-洗-村-委-会⟧，说到做到。"), "hyphenated violent threat"),
    ("obscenity_violence", "block", "mixed", (S, f"⟦賭{ZW}博網站⟧注册送{mbold('188')}，天天返水。"), "traditional + ZWSP gambling ad"),
    ("obscenity_violence", "block", "styled_digits", (S, f"⟦注册送{mbold('888')}元彩金⟧，真人视讯，提款秒到。"), "math-bold digits in casino ad"),
    # insult_defamation
    ("insult_defamation", "block", "traditional", (S, "⟦王局長是個貪官畜生⟧，吃人不吐骨頭，大家都來評評理。"), "traditional abuse of named official"),
    ("insult_defamation", "block", "separator", (S, "⟦人*肉*搜*索⟧这个城管，⟦傻*逼*一*个⟧。"), "asterisk-separated doxxing and abuse"),
    ("insult_defamation", "block", "zero_width", (S, f"⟦{zw('某某医院都是骗子')}⟧，专坑病人，大家千万别去。"), "ZWSP defamation of hospital"),
    ("insult_defamation", "block", "fullwidth", (S, "⟦张镇长就是个ＳＢ⟧，⟦ＮＭＳＬ⟧，这种人也配当官？"), "full-width abusive abbreviations"),
    ("insult_defamation", "block", "mixed", (P, "commend", "comment", 0, "⟦李·某·某·是·貪·官⟧，憑什麼表彰？"), "traditional + dots defamation comment"),
    ("insult_defamation", "block", "separator", (P, "meeting", "comment", 0, "⟦脑 残 局 长⟧ 开会就会念稿。"), "spaced abuse of official"),
    ("insult_defamation", "block", "traditional", (P, "health", "comment", 0, "⟦這個醫院都是騙子，黑心醫院⟧，誰去誰倒霉。"), "traditional defamation of hospital"),
    ("insult_defamation", "block", "zero_width", (P, "board_road", "inline", 1, f"⟦{zw('人肉搜索')}修路的包工头⟧，曝光他全家。"), "ZWSP doxxing call in a message"),
    ("insult_defamation", "block", "styled_digits", (S, f"⟦赵某某就是个{circ('250')}⟧，这种人也配当主任？"), "circled-digit insult of named official"),
    # other_illegal
    ("other_illegal", "block", "traditional", (S, "⟦代開發票⟧，⟦增值稅專用發票點數低⟧，可先驗票後付款，私聊。"), "traditional invoice fraud ad"),
    ("other_illegal", "block", "separator", (S, "⟦冰|毒⟧ ⟦麻|古⟧ 同城送，V:xxxx"), "pipe-separated drug names"),
    ("other_illegal", "block", "zero_width", (S, f"⟦{zw('出售冰毒')}⟧，⟦{zw('溜冰')}⟧工具齐全，同城货到付款。"), "ZWSP drug sale"),
    ("other_illegal", "block", "fullwidth", (S, "⟦出售Ｋ粉⟧，同城送货，加ＶＸ：ｘｘｘｘ"), "full-width K in drug sale"),
    ("other_illegal", "block", "styled_digits", (S, f"⟦身份证{circ('4')}件套⟧、⟦银行卡{circ('4')}件套⟧出售，量大从优。"), "circled digits in data-trade ad"),
    ("other_illegal", "block", "styled_digits", (S, f"⟦招募跑分，日赚{circ('1000')}⟧，提供银行卡即可。"), "circled digits in mule recruitment"),
    ("other_illegal", "block", "mixed", (P, "site", "footer", 0, "⟦代-開-發-票⟧ 電話xxxx"), "traditional + hyphens invoice footer"),
    ("other_illegal", "block", "separator", (P, "health", "comment", 0, "⟦代 孕 包 成 功⟧ 可选性别"), "spaced surrogacy spam"),
    ("other_illegal", "block", "traditional", (P, "realestate", "line", 4, "⟦辦證刻章，假文憑⟧包過，聯繫QQ:xxxx"), "traditional fake-certificate line"),
    ("other_illegal", "block", "zero_width", (P, "board_parking", "inline", 1, f"⟦{zw('出售公民个人信息')}⟧，有需要联系。"), "ZWSP personal data sale"),
    ("other_illegal", "block", "fullwidth", (S, "宝妈兼职⟦刷单返利日赚３００⟧，加导师ＱＱ：ｘｘｘｘ"), "full-width digits in scam recruitment"),
    ("other_illegal", "block", "mixed", (S, f"⟦Ｋ·粉⟧ ⟦冰{ZW}毒⟧ 同城貨到付款，加ＶＸ：ｘｘｘｘ"), "full-width + dot, ZWSP, traditional context"),
    ("other_illegal", "review", "separator", (S, "有没有人知道哪里能⟦办-证⟧？证件丢了补办太慢。"), "hyphenated topic word, question"),
]


# --------------------------------------------------------------------------
# parsing and validation
# --------------------------------------------------------------------------
def parse_marked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip ⟦⟧ markers; return clean text and [start, end) spans into it."""
    clean: list[str] = []
    spans: list[tuple[int, int]] = []
    start = None
    for ch in text:
        if ch == OPEN:
            if start is not None:
                raise ValueError(f"nested {OPEN}: {text!r}")
            start = len(clean)
        elif ch == CLOSE:
            if start is None:
                raise ValueError(f"unmatched {CLOSE}: {text!r}")
            if len(clean) == start:
                raise ValueError(f"empty span: {text!r}")
            spans.append((start, len(clean)))
            start = None
        else:
            clean.append(ch)
    if start is not None:
        raise ValueError(f"unclosed {OPEN}: {text!r}")
    return "".join(clean), spans


SEPARATORS = set("*·-|/_ .、~+\u3000")
TRAD_CHARS = set(
    "產黨結專當轉發來說現麼灣獨萬歲兩邊國機東維爾豬滾這沒燒壯課裡編數蟲們趕漢該歡騙"
    "輪誠報驅開運專靈驗費電話緊擴內點氣廠隱瞞洩網樂註冊無槍獵齊貨線賭場擊進長個貪頭評"
    "醫誰憑麼稅後辦證過聯繫滅庫壩聽義對導會鎖"
)


def _visible_len(s: str) -> int:
    return sum(1 for c in s if c not in ZERO_WIDTH_CHARS)


def check_evasion(kind: str, spans_text: list[str]) -> None:
    joined = "".join(spans_text)
    has_fw = any("\uff01" <= c <= "\uff5e" for c in joined)
    has_zw = any(c in ZERO_WIDTH_CHARS for c in joined)
    has_sep = any(c in SEPARATORS for c in joined)
    has_styled = any(unicodedata.normalize("NFKC", c).isdigit() and not c.isascii()
                     and not ("\uff10" <= c <= "\uff19") for c in joined)
    has_trad = any(c in TRAD_CHARS for c in joined)
    flags = {"fullwidth": has_fw, "zero_width": has_zw, "separator": has_sep,
             "styled_digits": has_styled, "traditional": has_trad}
    if kind == "mixed":
        assert sum(flags.values()) >= 2, (kind, spans_text, flags)
    else:
        assert flags[kind], (kind, spans_text, flags)


def build_record(rid: str, category: str, severity: str, spec: tuple, note: str,
                 evasion: str | None = None) -> dict:
    form = spec[0]
    if form == S:
        text = spec[1]
    else:
        _, ctx, mode, at, payload = spec
        text = plant(ctx, mode, payload, at=at)
        # the surrounding context must be clean: all markers come from the payload
        assert OPEN not in plant(ctx, mode, "X", at=at)
    clean, spans = parse_marked(text)
    n = _visible_len(clean)
    assert 1 <= len(spans) <= 3, (rid, len(spans))
    if form == S:
        assert 15 <= n <= 120, (rid, n, clean)
    else:
        assert 200 <= n <= 800, (rid, n)
    spans_text = [clean[a:b] for a, b in spans]
    for st in spans_text:
        assert 2 <= _visible_len(st) <= 40, (rid, st)
        assert st == st.strip(), (rid, st)
    assert severity in ("block", "review"), rid
    assert category in CATEGORIES, rid
    rec = {"id": rid, "category": category, "severity": severity, "text": text, "note": note}
    if evasion is not None:
        assert evasion in EVASION_KINDS, rid
        check_evasion(evasion, spans_text)
        rec["evasion"] = evasion
    rec["form"] = form
    return rec


def build() -> dict[str, list[dict]]:
    files: dict[str, list[dict]] = {}
    for cat in CATEGORIES:
        recs = []
        for i, row in enumerate(DATA[cat], 1):
            if row[0] == S:
                _, sev, text, note = row
                spec = (S, text)
            else:
                _, sev, ctx, mode, at, payload, note = row
                spec = (P, ctx, mode, at, payload)
            recs.append(build_record(f"{cat}-{i:03d}", cat, sev, spec, note))
        assert len(recs) >= 14, cat
        files[cat] = recs
    ev = []
    for i, (cat, sev, kind, spec, note) in enumerate(EVASION, 1):
        ev.append(build_record(f"evasion-{i:03d}", cat, sev, spec, note, evasion=kind))
    assert len(ev) >= 70
    assert {r["category"] for r in ev} == set(CATEGORIES)
    files["evasion"] = ev
    ids = [r["id"] for rs in files.values() for r in rs]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for rs in files.values() for r in rs]
    assert len(texts) == len(set(texts)), "duplicate texts"
    return files


def _table(files: dict[str, list[dict]]) -> str:
    lines = ["| file | records | short | planted | block | review | spans |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    tot = [0] * 6
    for name, recs in files.items():
        row = [
            len(recs),
            sum(r["form"] == S for r in recs),
            sum(r["form"] == P for r in recs),
            sum(r["severity"] == "block" for r in recs),
            sum(r["severity"] == "review" for r in recs),
            sum(len(parse_marked(r["text"])[1]) for r in recs),
        ]
        tot = [a + b for a, b in zip(tot, row)]
        lines.append(f"| `{name}.jsonl` | " + " | ".join(map(str, row)) + " |")
    lines.append("| **total** | " + " | ".join(f"**{t}**" for t in tot) + " |")
    return "\n".join(lines)


def _evasion_table(recs: list[dict]) -> str:
    cats = CATEGORIES
    lines = ["| evasion \\ category | " + " | ".join(c for c in cats) + " | total |",
             "|---|" + "---:|" * (len(cats) + 1)]
    for kind in EVASION_KINDS:
        row = [sum(r["evasion"] == kind and r["category"] == c for r in recs) for c in cats]
        lines.append(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [sum(r["category"] == c for r in recs) for c in cats]
    lines.append("| **total** | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return "\n".join(lines)


README = """# Labelled violations corpus (recall)

Test data for the nine prohibited-content categories of 《互联网信息服务管理办法》第十五条
(PRIMER §2). Every record contains prohibited content **in a supporting voice** (an ad, a
slogan, spam, an inflammatory post) and the screener must find it. Used to measure recall;
the clean corpus (`corpora/clean/`) measures precision.

**Generated — do not edit by hand.** Source: `corpora/tools/make_violations.py`
(deterministic; rerun `python corpora/tools/make_violations.py` and commit the output).

## Files

One JSON Lines file per category, plus `evasion.jsonl` (disguised variants, all categories):

{table}

`short` = standalone item (spam post, ad, slogan, comment, forwarded chat), 15–120 visible
characters. `planted` = the violating phrase inserted into an ordinary, clean piece of
government web text (工作动态, 通知, 年度报告, 留言板 page, 办事指南, comment area, page footer),
200–800 visible characters; everything outside the marked spans is clean official text.

## Record format

```json
{{"id": "rumor-002", "category": "rumor", "severity": "block",
  "text": "⟦自来水厂被投毒了⟧，这两天千万别喝自来水，⟦不转不是中国人⟧！",
  "note": "water poisoning rumor", "form": "short"}}
```

| field | meaning |
|---|---|
| `id` | `<file>-NNN`, unique across the corpus |
| `category` | one of the nine ids: `constitution`, `state_security`, `national_honor`, `ethnic_hatred`, `religion_cult`, `rumor`, `obscenity_violence`, `insult_defamation`, `other_illegal` (in `evasion.jsonl` each record carries its own) |
| `severity` | expected decision: `block` = explicit violation (ad, slogan, call to action); `review` = a topic word in an unclear voice (a question, hearsay) that a human must judge — a screener should return at least `review` for it and should not be penalised for `block` |
| `text` | the whole document/paragraph, with every violating span wrapped in `⟦` (U+27E6) and `⟧` (U+27E7) |
| `note` | short English description of what is planted |
| `form` | `short` or `planted` (see above) |
| `evasion` | only in `evasion.jsonl`: `traditional`, `fullwidth`, `separator`, `zero_width`, `styled_digits` or `mixed` |

### Spans

- Remove the markers to get the text the screener sees; span offsets are `[start, end)` in
  that clean text (Python `str` indices, i.e. code points). `parse_marked(text)` in
  `corpora/tools/make_violations.py` does this.
- A record has 1–3 spans, all of the record's category. A span marks the core violating
  phrase (typically 2–20 characters), not the whole paragraph.
- Scoring rule: a span counts as found when some finding overlaps it (any overlap of
  `[start, end)` offsets); the strict variant also requires the finding's category to equal
  the record's `category`. A record is found when all its spans are. Findings outside spans
  are not scored here, but everything outside the spans of a planted record is clean official
  text, so they point at precision problems.
- In `evasion.jsonl` the markers enclose the **disguised** form exactly as it appears, and
  findings must point at the original (un-normalised) offsets (PRIMER §6).

## Evasion techniques

- `traditional` — 繁體 text (打倒共產黨, 代開發票, 網上真人百家樂); spans may include characters
  that are the same in both scripts when the context is traditional.
- `fullwidth` — full-width Latin/digits (ＧＣＤ, ＦＬＧ, ＡＶ, ＰＫ１０, Ｋ粉, ０点, ＳＢ).
- `separator` — visible separators between characters: `*` ` ` `·` `-` `|` `/`.
- `zero_width` — invisible characters between characters: U+200B (most), U+200C, U+200D,
  U+2060, U+FEFF. They are written as raw characters, not `\\u200b` escapes, so they are
  invisible in most viewers (use `repr()` or `cat -A` to see them).
- `styled_digits` — circled digits (③退保平安, ⑥合彩, 身份证④件套) and mathematical bold
  digits (注册送𝟖𝟖𝟖); all fold to ASCII under NFKC.
- `mixed` — two or more of the above in one span.

Evasion records by technique and category:

{evasion_table}

## Content policy of this corpus

Ad, slogan and spam wording only. Weapon, explosive and drug records are sale/teaser wording
without any instructions; obscenity records are ad wording without explicit description.
Contact details are placeholders (`V:xxxx`, `xxxx.com`). People and organisations targeted in
`insult_defamation` are fictitious or masked (王某, 某某医院). Rumors name no real place.
"""


def main(argv: list[str]) -> int:
    files = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, recs in files.items():
        path = OUT_DIR / f"{name}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (OUT_DIR / "README.md").write_text(
        README.format(table=_table(files), evasion_table=_evasion_table(files["evasion"])),
        encoding="utf-8", newline="\n")
    for name, recs in files.items():
        print(f"{name}.jsonl: {len(recs)}")
    print(f"total: {sum(len(r) for r in files.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
