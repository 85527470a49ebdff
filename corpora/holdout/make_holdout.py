#!/usr/bin/env python3
"""Generate planted.jsonl for the prescreen hold-out set.

Deterministic: no randomness, no network. Every record is a realistic piece of
government-website text with exactly one planted problem wrapped in ⟦ ⟧
(U+27E6 / U+27E7). Run:  python3 make_holdout.py  (writes planted.jsonl next
to this file).

Written without access to the library's rules, sources, corpora or tests.
"""
from __future__ import annotations

import datetime
import json
import os
from collections import Counter

L, R = "\u27e6", "\u27e7"


def m(s: str) -> str:
    """Mark a span."""
    return f"{L}{s}{R}"


# ---------------------------------------------------------------------------
# checksum helpers (privacy records must be *valid* identifiers)
# ---------------------------------------------------------------------------
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, _W)) % 11]


def resident_id(region: str, birth: str, seq: int, want_x: bool = False) -> str:
    """18-digit resident ID with a valid MOD 11-2 check digit and real date.

    With want_x, step the sequence number until the check character is X.
    """
    datetime.date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))  # validate
    while True:
        body = f"{region}{birth}{seq:03d}"
        c = id_check(body)
        if not want_x or c == "X":
            return body + c
        seq += 1


def luhn_complete(partial: str) -> str:
    """Append the Luhn check digit to partial."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:  # positions that get doubled once the check digit is appended
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


ID1 = resident_id("510402", "19870315", 237)          # 攀枝花市东区
ID2 = resident_id("520102", "19650922", 104, True)    # 贵阳市南明区, check X
ID3 = resident_id("370303", "19920707", 518)          # 淄博市张店区
ID4 = resident_id("640221", "19781130", 42)           # 平罗县
CARD1 = luhn_complete("622848041736520918")           # 19 digits, UnionPay (ABC-style BIN)
CARD2 = luhn_complete("621700283006417352")           # 19 digits, UnionPay (CCB-style BIN)
for _c in (CARD1, CARD2):
    assert luhn_ok(_c) and len(_c) == 19

# ---------------------------------------------------------------------------
# host texts (clean government-website prose)
# ---------------------------------------------------------------------------
H = {}
H["garbage"] = (
    "西湖区北山街道开展垃圾分类入户宣传活动\n"
    "发布时间：2023-05-16　来源：北山街道\n\n"
    "为进一步提高居民垃圾分类知晓率和参与率，5月15日，北山街道组织社区工作人员、志愿者60余人，"
    "分组走进辖区12个小区开展垃圾分类入户宣传。志愿者向居民发放《杭州市生活垃圾分类指导手册》，"
    "现场讲解易腐垃圾、可回收物、有害垃圾和其他垃圾的分类标准，并对小区投放点的“定时定点”投放要求进行说明。"
    "活动共走访居民1300余户，发放宣传资料2600份，收集居民意见建议37条。街道相关负责人表示，"
    "下一步将结合居民意见，优化投放点位设置，持续推动垃圾分类工作提质增效。"
)
H["drowning"] = (
    "关于切实做好2022年暑期学生防溺水工作的通知\n\n"
    "各乡镇中心学校，县直各学校：\n"
    "暑假将至，学生离校时间长、活动范围广，溺水事故进入高发期。为切实保障学生生命安全，现将有关工作通知如下：\n"
    "一、各学校要在放假前召开一次防溺水专题班会，向学生讲清“六不”要求，做到人人知晓。\n"
    "二、各学校要通过家长会、致家长一封信、家长微信群等方式，提醒家长切实履行监护责任。\n"
    "三、各乡镇中心学校要配合当地政府对辖区内河流、水库、山塘等危险水域开展排查，设置警示标志。\n"
    "县教育体育局安全股　联系电话：0797-6322158"
)
H["foodsafety"] = (
    "市市场监管局开展春节前食品安全专项检查\n\n"
    "1月10日至1月20日，市市场监管局组织执法人员对全市大型商超、农贸市场、食品批发市场和节日期间集中供应的"
    "年货食品开展专项检查。检查重点包括进口冷链食品追溯、肉制品进货查验、散装食品标签标识和过期食品清理等。"
    "专项检查共出动执法人员1260人次，检查食品经营主体3872家次，责令整改问题86个，立案查处违法案件14起。"
    "市市场监管局提醒广大消费者，选购年货时要到正规商超和市场购买，注意查看生产日期和保质期，索要购物凭证。"
    "如发现食品安全问题，可拨打12315投诉举报。"
)
H["village"] = (
    "渭源县推进乡村振兴示范村建设\n\n"
    "今年以来，渭源县以“产业兴旺、生态宜居”为目标，统筹整合涉农资金1.2亿元，在全县16个乡镇打造乡村振兴示范村21个。"
    "示范村重点实施道路硬化、污水治理、厕所改造和村庄绿化等工程，同时依托中药材、马铃薯等特色产业，"
    "培育农民专业合作社42家，带动2300余户农户增收。截至目前，示范村人居环境整治项目已完成投资8600万元，"
    "占年度计划的78%。县农业农村局负责同志表示，将进一步总结示范村建设经验，以点带面推动全县乡村振兴工作整体提升。"
)
H["gjj"] = (
    "《关于调整住房公积金个人住房贷款政策的通知》解读\n\n"
    "一、调整背景。为支持缴存职工合理住房消费，根据省住房和城乡建设厅有关要求，结合我市住房公积金运行情况，"
    "市住房公积金管理委员会研究决定对个人住房贷款政策作出调整。\n"
    "二、主要内容。（一）首套住房最低首付款比例由30%调整为20%；（二）双缴存职工家庭最高贷款额度由60万元提高至80万元；"
    "（三）多子女家庭购买首套住房的，最高贷款额度可上浮20%。\n"
    "三、实施时间。本通知自2024年3月1日起施行。\n"
    "咨询电话：市住房公积金管理中心 0931-8469012，或拨打12329住房公积金服务热线。"
)
H["festival"] = (
    "第十二届荔波县布依族“六月六”民俗文化旅游节开幕\n\n"
    "7月10日，第十二届荔波县布依族“六月六”民俗文化旅游节在荔波县城樟江广场开幕。本届文化旅游节以“多彩民俗·幸福荔波”为主题，"
    "历时3天，设置民族服饰展演、布依八音坐唱、非遗手工艺展示、特色美食展销等12项活动。开幕式上，来自各乡镇的"
    "16支民间文艺队伍同台献艺，吸引了2万余名游客和当地群众观看。县文体广电旅游局负责同志介绍，"
    "节庆期间全县共接待游客15.6万人次，实现旅游综合收入1.1亿元。"
)
H["school"] = (
    "关于2021年秋季义务教育阶段学校招生入学工作的通告\n\n"
    "一、招生对象。2021年8月31日前年满6周岁的适龄儿童（2015年8月31日前出生）入读小学一年级；2021年小学毕业生入读初中一年级。\n"
    "二、招生原则。坚持免试就近入学原则，公办学校按照划定的学区招生，民办学校纳入审批地统一管理，与公办学校同步招生。\n"
    "三、报名时间。2021年7月1日至7月10日，家长可通过“城区义务教育招生服务平台”进行网上报名。\n"
    "咨询电话：区教育局基础教育科 0898-65236178"
)
H["road"] = (
    "关于临时封闭G210国道部分路段施工的通告\n\n"
    "因G210国道K1423+300至K1425+800段路面大修工程施工需要，为确保施工安全和道路通行安全，"
    "经公安交通管理部门同意，决定自2020年9月1日起至9月30日止，对上述路段实行半幅封闭施工，另一半幅实行双向通行。"
    "施工期间，过往车辆请按照现场交通标志标线和交通安全设施的指示减速慢行，服从现场管理人员指挥。"
    "大型货车请提前绕行G75兰海高速。由此带来的不便，敬请谅解。\n"
    "咨询电话：0771-5601236"
)
H["clinic"] = (
    "县人民医院开展“服务百姓健康行动”大型义诊活动\n\n"
    "9月12日，县人民医院组织心内科、内分泌科、骨科、眼科、妇产科等12个科室的30余名医务人员，"
    "深入石门镇集镇开展大型义诊活动。义诊现场，医务人员为群众免费测量血压、血糖，开展健康咨询，"
    "并针对高血压、糖尿病等慢性病患者进行用药指导。活动共接诊群众800余人次，发放健康宣传资料1500余份，"
    "为行动不便的12名老人提供上门诊疗服务。"
)
H["tax"] = (
    "税务部门多措并举落实组合式税费支持政策\n\n"
    "今年以来，市税务局持续落实组合式税费支持政策，通过“政策找人”精准推送、“税费服务进园区”上门辅导等方式，"
    "确保各项政策应享尽享。1至6月，全市新增减税降费及退税缓费42.6亿元，惠及纳税人缴费人18.3万户次。"
    "市税务局开通“小微企业纳税咨询专线”，安排业务骨干专人解答。纳税人可拨打12366纳税缴费服务热线咨询有关政策。"
)
H["training"] = (
    "市人社局举办2023年农民工职业技能提升培训班\n\n"
    "为提高农民工就业创业能力，市人社局依托市高级技工学校、县职教中心等培训机构，面向农村转移劳动力"
    "开设电工、焊工、中式烹调、养老护理、电子商务等14个工种的职业技能培训班。培训实行免费培训、补贴到人，"
    "学员经考核取得职业技能等级证书的，可按规定享受职业培训补贴。截至10月底，全市累计开班126期，培训6200余人，"
    "培训后就业率达到81%。"
)
H["flood"] = (
    "县防汛抗旱指挥部关于做好强降雨防范应对工作的紧急通知\n\n"
    "各乡镇人民政府，县防指各成员单位：\n"
    "据县气象局预报，6月18日至21日我县将出现一次强降雨过程，累计雨量可达100至150毫米，局地超过200毫米。"
    "请各乡镇、各单位立即进入临战状态，严格落实24小时值班值守和领导带班制度，加强对山洪灾害危险区、"
    "地质灾害隐患点、病险水库和在建工程的巡查防守，必要时果断组织危险区域群众提前转移避险。\n"
    "县防汛办值班电话：0745-6822119"
)
H["tech"] = (
    "关于组织申报2025年度市级科技计划项目的通知\n\n"
    "各有关单位：\n"
    "为深入实施创新驱动发展战略，现启动2025年度市级科技计划项目申报工作。本年度重点支持关键核心技术攻关、"
    "科技成果转化、农业科技创新和社会发展科技创新四类项目。申报单位应为在本市注册、具有独立法人资格的企业、"
    "高校、科研院所等。项目申报通过“市科技计划项目管理系统”网上进行，申报截止时间为2025年4月30日。\n"
    "业务咨询：市科技局计划与规划科，电话0812-3333475"
)
H["elder"] = (
    "区民政局推进社区嵌入式养老服务设施建设\n\n"
    "今年，区民政局计划新建社区嵌入式养老服务中心8个、老年助餐点20个。截至目前，已建成投用社区养老服务中心5个、"
    "老年助餐点14个，为辖区老年人提供日间照料、助餐助浴、康复护理、精神慰藉等服务，累计服务老年人3.6万人次。"
    "区民政局将持续完善“15分钟养老服务圈”，让老年人在家门口享受便捷养老服务。"
)
H["forest"] = (
    "林业局全面加强清明节期间森林防火工作\n\n"
    "清明节临近，祭祀用火增多，森林火灾风险等级升高。县林业局组织全县护林员1260名上岗巡护，在重点林区入山路口"
    "设立防火检查站43个，严格“进山不带火、野外不用火”要求，劝导群众文明祭扫。县林业局提醒，"
    "凡在森林防火区野外用火引发森林火灾的，将依法追究法律责任。发现火情请立即拨打12119森林火警电话。"
)
H["river"] = (
    "市河长办召开全面推行河湖长制工作推进会\n\n"
    "会议通报了一季度全市河湖长巡河履职情况和“清四乱”专项行动进展。一季度，全市各级河湖长累计巡河2.3万人次，"
    "发现并整改问题612个，清理河道垃圾4800余吨，拆除违章建筑37处。会议要求，各县区要压实河湖长责任，"
    "紧盯汛前河道清障，持续改善河湖水环境质量。"
)
H["census"] = (
    "关于开展2024年全国1%人口抽样调查入户登记的公告\n\n"
    "根据国务院统一部署，我市将于2024年11月1日起开展全国1%人口抽样调查入户登记工作。调查员将佩戴统一制发的调查员证，"
    "入户登记调查小区内住户的人口信息。调查取得的资料仅用于统计目的，依法予以保密，任何单位和个人不得泄露。"
    "请广大市民积极配合，如实申报。如对调查员身份有疑问，可拨打市统计局咨询电话0376-6366071核实。"
)
H["party"] = (
    "街道机关党支部开展主题党日活动\n\n"
    "6月28日，街道机关党支部组织党员干部40余人开展“重温入党誓词、践行初心使命”主题党日活动。"
    "全体党员面向党旗重温入党誓词，集中学习了党章和有关党内法规，并围绕如何做好基层群众服务工作进行了交流讨论。"
    "活动结束后，党员们分组深入辖区困难群众家中走访慰问，帮助解决实际困难6件。"
)
H["traffic"] = (
    "交警大队开展“一盔一带”安全守护行动\n\n"
    "为减少道路交通事故伤亡，县公安局交警大队在城区主要路口和国省道沿线设置执勤点，集中查处驾乘摩托车、"
    "电动自行车不戴安全头盔以及驾乘汽车不系安全带等交通违法行为。行动开展以来，共查处相关交通违法行为2317起，"
    "发放安全头盔800顶。交警部门提醒，戴头盔、系安全带是保护生命安全最简单有效的措施。"
)
H["petition"] = (
    "关于“小区停车位收费过高”问题的回复\n\n"
    "回复单位：区住房和城乡建设局\n回复时间：2021-08-23\n"
    "您好！您反映的问题已收悉。经核实，该小区物业服务企业停车位收费标准已在区发改局备案，但未在小区显著位置公示。"
    "我局已责令该物业服务企业于8月30日前完成公示整改，并将持续加强对物业服务收费行为的监督检查。感谢您对我们工作的关心和支持！"
)
H["water"] = (
    "关于城区部分区域临时停水的通知\n\n"
    "因城区供水管网改造施工需要，定于2019年11月6日8:00至20:00，对解放路以东、滨河路以北区域临时停止供水。"
    "请受影响区域的用户提前做好储水准备，停水期间请关闭水龙头，防止来水后跑水。施工结束后将尽快恢复供水。"
    "由此给您带来的不便，敬请谅解。\n供水服务热线：0858-8221096"
)


MORE = {
    "garbage": "据了解，北山街道自2019年全面推行生活垃圾分类以来，已在辖区建成标准化投放点96个，配备垃圾分类督导员48名，"
               "居民垃圾分类准确率由最初的62%提高到目前的91%。街道还通过“积分兑换”“红黑榜”等方式，激发居民参与热情。",
    "drowning": "四、各学校要在放假前对学生进行一次安全承诺签字，并将防溺水安全教育情况于7月10日前报县教育体育局安全股。\n"
                "五、暑假期间，各学校要安排教师定期进行家访或电话回访，了解学生假期动态，发现安全隐患及时提醒家长。",
    "foodsafety": "下一步，市市场监管局将继续加大节日期间食品安全监督抽检力度，重点对肉制品、乳制品、酒类、"
                  "速冻食品等节令食品开展抽检，抽检结果将及时向社会公布。",
    "village": "在示范村建设中，渭源县坚持规划先行，邀请省内高校规划团队编制村庄规划，做到“一村一策”；"
               "同时注重发挥村民主体作用，通过“一事一议”、村民议事会等方式，引导群众投工投劳3.2万个。",
    "gjj": "四、办理渠道。缴存职工可通过市住房公积金管理中心各服务网点、网上服务大厅、手机公积金APP等渠道申请贷款。"
           "已签订借款合同的，按原合同约定执行。",
    "festival": "据悉，“六月六”是布依族的传统节日，2011年被列入第三批国家级非物质文化遗产名录。近年来，荔波县依托"
                "世界自然遗产地资源，推动民族文化与旅游深度融合，民俗节庆已成为吸引游客的重要品牌。",
    "school": "四、入学材料。适龄儿童少年家长须提供户口簿、房产证明或者居住证明等材料，具体要求以各学校招生简章为准。"
              "五、特殊群体。进城务工人员随迁子女、烈士子女、现役军人子女等按照有关政策妥善安排入学。",
    "road": "施工期间，施工单位将在施工路段前后2公里处设置警示标志和限速标志，夜间设置警示灯，并安排专人24小时值守，"
            "确保过往车辆和行人安全。遇雨雪天气或者节假日车流高峰，施工单位将视情暂停施工，保障道路畅通。",
    "clinic": "据了解，今年以来，县人民医院已先后组织“服务百姓健康行动”义诊活动11场，覆盖全县8个乡镇，累计服务群众7600余人次。"
              "医院还与各乡镇卫生院建立了双向转诊机制，为基层群众提供便捷的医疗服务。",
    "tax": "下一步，市税务局将持续优化办税缴费服务，扩大“非接触式”办税范围，全面推行电子发票，"
           "让纳税人缴费人办税更便利、更高效。同时，严厉打击虚开发票、骗取退税等涉税违法犯罪行为。",
    "training": "市人社局相关负责人介绍，今年将继续扩大职业技能培训规模，重点围绕先进制造业、现代服务业和乡村振兴急需紧缺工种开展培训，"
                "并加强与企业合作，推行“订单式”“定向式”培训，促进培训与就业有效衔接。",
    "flood": "各乡镇要提前预置抢险队伍和物资，落实危险区域群众转移“谁组织、转移谁、何时转、转到哪”等措施，"
             "确保转移一户不漏、一人不少。各单位要严格执行汛情、险情、灾情报告制度，重要情况第一时间报告。",
    "tech": "项目经费实行分类资助，关键核心技术攻关类项目最高资助100万元，其他类项目资助10万元至30万元。"
            "申报单位须对申报材料的真实性负责，凡弄虚作假的，一经查实，取消申报资格并纳入科研诚信记录。",
    "elder": "区民政局还将推动养老机构与医疗机构签约合作，为入住老年人提供医疗巡诊、健康管理等服务；"
             "开展家庭养老床位建设试点，为经济困难的失能、半失能老年人提供上门照护服务。"
             "全区60周岁以上户籍老年人现有9.8万人，占户籍人口的21.4%。",
    "forest": "县林业局同时提醒广大群众，清明祭扫提倡鲜花祭扫、网络祭扫等文明低碳方式，不在林区及其边缘烧纸、燃放鞭炮。"
              "各乡镇要落实防火责任，加强对特殊人群的监管看护，严防失火。",
    "river": "会议强调，要持续深化河湖长制，加强河湖长制工作考核，强化部门协作和流域联防联控；"
             "要加快推进城乡污水处理设施建设，推进入河排污口排查整治，确保全市国控、省控断面水质稳定达标。"
             "各县区总河长要亲自部署、亲自督办，推动河湖治理各项任务落地见效。",
    "census": "本次调查的标准时点为2024年11月1日零时。调查内容包括姓名、性别、年龄、民族、受教育程度、就业、婚姻、"
              "生育、住房等情况。调查对象应当依照《中华人民共和国统计法》的规定，真实、准确、完整、及时地提供调查所需资料。",
    "party": "活动中，街道党工委书记为党员干部讲授了专题党课，要求全体党员立足岗位，积极投身基层治理和为民服务，"
             "在疫情防控、文明创建、矛盾化解等工作中当先锋、作表率。支部还为光荣在党50年的3名老党员送去了纪念章。",
    "traffic": "交警部门同时提醒，驾驶人要自觉遵守交通法规，不超速、不超员、不酒驾，行人要遵守交通信号，"
               "共同营造安全、有序、畅通的道路交通环境。市民可通过“交管12123”APP举报交通违法行为。",
    "petition": "\n如您对上述回复有疑问，可通过本平台继续留言，或拨打区住建局物业管理科电话0377-63186215咨询。",
    "water": "供水公司提醒，恢复供水初期可能出现短时水压不足或水质浑浊现象，请用户放水片刻后再使用。"
             "如有紧急用水需求，请提前与供水服务热线联系。",
}
for _k, _v in MORE.items():
    _host = H[_k]
    _lines = _host.split("\n")
    if "电话" in _lines[-1] and _k != "petition":
        H[_k] = "\n".join(_lines[:-1]) + "\n" + _v + "\n" + _lines[-1]
    else:
        H[_k] = _host + ("" if _v.startswith("\n") else "\n") + _v

# ---------------------------------------------------------------------------
# frames
# ---------------------------------------------------------------------------

def comments(host: str, *lines: str, head: str = "网友评论") -> str:
    return host + f"\n\n【{head}】\n" + "\n".join(lines)


def tail(host: str, line: str) -> str:
    return host + "\n" + line


def mid(host: str, line: str) -> str:
    head, _, rest = host.partition("\n\n")
    return head + "\n\n" + line + "\n" + rest


def board(title: str, question: str, reply: str, unit: str, date: str) -> str:
    return (
        f"网民留言：{title}\n留言时间：{date}\n留言内容：{question}\n\n"
        f"回复单位：{unit}\n回复内容：{reply}"
    )


RECS: list[tuple[str, str, str, str]] = []


def add(cat: str, sev: str, text: str, note: str) -> None:
    RECS.append((cat, sev, text, note))


# ===========================================================================
# constitution
# ===========================================================================
add("constitution", "block",
    comments(H["party"], "游客（IP属地：广东）：支持，基层党员辛苦了。",
             "游客（IP属地：境外）：" + m("共产党的领导早该废除了，实行多党轮流执政才是正道") + "！"),
    "comment rejecting Party leadership and calling for a multi-party system, under a 主题党日 news item")
add("constitution", "block",
    tail(H["tax"], "\n" + m("社会主义制度已经彻底失败，必须抛弃，全盘照搬西方宪政") + "，转发让更多人看清真相"),
    "spam line appended to a tax news item rejecting the socialist system")
add("constitution", "block",
    comments(H["census"], "网友“老城居民”：调查员很耐心，点赞。",
             "网友“自由之声”：" + m("人大就是橡皮图章，应当取消，改成三权分立") + "。"),
    "comment calling to abolish the people's congress system in favour of separation of powers")
add("constitution", "block",
    mid(H["village"], m("结束一党专政，实行多党制！")),
    "slogan injected into the body of a rural revitalisation report (defaced page)")
add("constitution", "block",
    comments(H["school"], "家長甲：請問外地戶籍怎麼報名？",
             "遊客：" + m("廢除社會主義制度，實行全面私有化才有出路") + "。"),
    "traditional-character comment demanding abolition of the socialist system")
add("constitution", "block",
    comments(H["training"], "学员小周：培训很实用，拿到了电工证。",
             "匿名用户：" + m("坚 决 反 对 党 的 领 导") + "，大家醒醒吧"),
    "space-separated slogan opposing Party leadership; the word 反对 is the supporting voice here, not an opposing cue")
add("constitution", "block",
    comments(H["elder"], "网友“夕阳红”：助餐点饭菜不错，希望多开几个。",
             "网友“思想者”：" + m("马克思主义早就过时了，应该从宪法里删掉，不能再当指导思想") + "。"),
    "comment demanding Marxism be removed from the constitution as guiding ideology")
add("constitution", "block",
    tail(H["traffic"], "评论：" + m("人民民主专政就是独裁，必须废除") + "，顶上去让大家看见"),
    "comment rejecting the people's democratic dictatorship")
add("constitution", "block",
    comments(H["festival"], "网友“布依阿妹”：六月六真热闹！",
             "网友“x_77”：" + m("取消gcd领导，实行西方议会制") + "，这才叫民主"),
    "pinyin-abbreviation disguise (gcd = 共产党) in a comment rejecting Party leadership")
add("constitution", "review",
    comments(H["river"], "网友“河边人”：河道比去年干净多了。",
             "网友“路人乙”：我看" + m("四项基本原则没什么必要再坚持了，早该放弃") + "。"),
    "milder opinion-style rejection of the Four Cardinal Principles; voice clear but tone low-key, review expected")

# ===========================================================================
# state_security
# ===========================================================================
add("state_security", "block",
    comments(H["festival"], "网友“山水荔波”：明年还来！",
             "网友“formosa_88”：" + m("台湾独立万岁，台湾是台湾人的国家") + "！"),
    "Taiwan-independence slogan in a supporting voice posted as a comment")
add("state_security", "block",
    tail(H["road"], m("西藏獨立　自由西藏") + "　請轉發"),
    "traditional-character Tibet-independence slogan appended to a road closure notice")
add("state_security", "block",
    comments(H["clinic"], "网友“石门人”：义诊很及时，感谢医生。",
             "网友“匿名”：" + m("东突厥斯坦独立，建立我们自己的国家") + "。"),
    "'East Turkestan' independence slogan in a supporting voice")
add("state_security", "block",
    comments(H["training"], "网友“阿强”：报名了焊工班。",
             "网友“HK_freedom”：" + m("香港独立，光复香港，时代革命") + "！"),
    "Hong Kong independence slogans posted as a comment")
add("state_security", "block",
    tail(H["flood"], "\n【兼职信息】" + m("高薪招聘兼职摄影：拍摄港口军舰、军用机场照片，日结五百，不问身份，加微信详谈") + "。"),
    "espionage-style recruitment ad (photographing military ports and airfields) injected into an emergency notice")
add("state_security", "block",
    comments(H["water"], "网友“解放路住户”：收到，提前接水。",
             "网友“觉醒者”：" + m("推翻现政权，全国人民一起上街") + "！"),
    "call to overthrow the state posted as a comment")
add("state_security", "block",
    comments(H["tech"], "网友“创客”：申报系统什么时候开放？",
             "网友“ｔｗ＿ｎｏ１”：支持" + m("台湾ｄｕ立") + "，两岸一边一国"),
    "full-width Latin + pinyin disguise of 台独 in a supporting voice")
add("state_security", "block",
    comments(H["foodsafety"], "网友“吃货”：检查要常态化。",
             "网友“远方”：" + m("新·疆·独·立") + "是唯一出路"),
    "separator-disguised Xinjiang-independence slogan")
add("state_security", "block",
    tail(H["garbage"], "转发：" + m("内蒙古独立，南蒙古自由") + "，团结起来"),
    "Inner-Mongolia separatist slogan appended to a community news item")
add("state_security", "block",
    comments(H["petition"], "网友“业主”：物业早该管管了。",
             "网友“合作伙伴”：" + m("境外机构高价收购各单位内部文件资料，有渠道的私信联系，报酬丰厚") + "。"),
    "solicitation to sell internal/classified documents to foreign buyers (espionage solicitation)")

# ===========================================================================
# national_honor
# ===========================================================================
add("national_honor", "block",
    comments(H["tax"], "网友“会计小王”：退税到账很快。",
             "网友“看透了”：" + m("支那这破国家早晚要完蛋") + "。"),
    "slur 支那 used for China in a comment")
add("national_honor", "block",
    comments(H["party"], "网友“老党员”：重温誓词很有意义。",
             "网友“不服”：" + m("把五星红旗烧了才解气，这破旗谁稀罕") + "。"),
    "comment advocating burning the national flag")
add("national_honor", "block",
    comments(H["school"], "家长乙：学区划分什么时候公布？",
             "网友“躺平”：" + m("义勇军进行曲难听死了，每次升旗我都故意坐着起哄") + "。"),
    "comment disparaging and deliberately disrespecting the national anthem")
add("national_honor", "block",
    comments(H["census"], "网友“统计迷”：支持人口普查。",
             "网友“润了”：" + m("当中国人可耻，中国护照就是一张废纸") + "。"),
    "comment degrading national honour")
add("national_honor", "block",
    comments(H["village"], "网友“渭源人”：家乡越来越美了。",
             "网友“***”：" + m("支·那人就配过这种日子") + "。"),
    "separator-disguised slur 支·那")
add("national_honor", "block",
    comments(H["traffic"], "网友“骑手”：头盔确实该戴。",
             "网友“路人”：" + m("国人都是cn猪，活该") + "。"),
    "slur 'cn猪' against the Chinese nation")
add("national_honor", "block",
    tail(H["festival"], "分享：" + m("把国徽P成猪头了，太好笑了，快转发") + "。"),
    "shared post desecrating the national emblem")
add("national_honor", "block",
    comments(H["clinic"], "网友“医护家属”：医生们辛苦了。",
             "网友“樱花控”：" + m("当年日本就该把中国全占了，现在早过上好日子了") + "。"),
    "comment glorifying the Japanese invasion of China")
add("national_honor", "block",
    comments(H["forest"], "网友“护林员老李”：清明期间我们全员在岗。",
             "网友“真相帝”：" + m("狼牙山五壮士都是编出来的，英烈全是假的") + "。"),
    "comment slandering revolutionary martyrs (英雄烈士保护法)")
add("national_honor", "review",
    comments(H["garbage"], "网友“分类达人”：厨余垃圾桶能不能再多放几个？",
             "网友“懒得说”：" + m("这破国家不配让我爱，国庆还升什么国旗") + "。"),
    "contemptuous remark about the country and the flag, less explicit than desecration; review expected")

# ===========================================================================
# ethnic_hatred
# ===========================================================================
add("ethnic_hatred", "block",
    comments(H["petition"], "网友“租客”：我们小区也有类似问题。",
             "网友“老房东”：" + m("新疆人都是小偷骗子，房子千万别租给他们") + "。"),
    "regional/ethnic generalisation calling for housing discrimination")
add("ethnic_hatred", "block",
    comments(H["village"], "网友“扶贫干部”：产业带动效果明显。",
             "网友“看不惯”：" + m("藏族人又脏又懒，根本不配享受这些政策") + "。"),
    "ethnic generalisation against Tibetans")
add("ethnic_hatred", "block",
    comments(H["foodsafety"], "网友“买菜的”：市场检查要到位。",
             "网友“***”：" + m("回回没一个好东西，别去他们店里买") + "。"),
    "ethnic slur 回回 with a boycott call")
add("ethnic_hatred", "block",
    comments(H["festival"], "网友“游客”：布依族的八音坐唱太好听了。",
             "网友“本地人”：" + m("汉人滚出去，我们这里不欢迎汉族") + "。"),
    "anti-Han exclusion comment")
add("ethnic_hatred", "block",
    tail(H["traffic"], "評論：" + m("維族都是恐怖分子") + "，大家小心"),
    "traditional-character generalisation labelling Uyghurs as terrorists")
add("ethnic_hatred", "block",
    comments(H["elder"], "网友“社区志愿者”：欢迎大家来助餐点。",
             "网友“草原狼”：" + m("蒙 古 族 都 是 野 蛮 人") + "。"),
    "space-separated ethnic generalisation")
add("ethnic_hatred", "block",
    comments(H["flood"], "网友“山里人”：转移群众要及时。",
             "网友“外乡人”：" + m("彝族人天生就是贼，村里千万别让他们进来") + "。"),
    "ethnic generalisation with exclusion call")
add("ethnic_hatred", "block",
    comments(H["school"], "家长丙：民办学校摇号规则在哪看？",
             "网友“不公平”：" + m("少数民族都是劣等民族，凭什么高考给他们加分") + "。"),
    "comment calling ethnic minorities inferior")
add("ethnic_hatred", "block",
    comments(H["water"], "网友“滨河路”：停水时间能不能缩短？",
             "网友“路过”：" + m("绿绿都该赶出去") + "，别让他们在这开店"),
    "coded online slur (绿绿) targeting Muslim ethnic groups, with expulsion call")
add("ethnic_hatred", "review",
    comments(H["tax"], "网友“个体户”：政策宣传很及时。",
             "网友“生意人”：" + m("那个民族的人素质都不行，谁跟他们做生意谁倒霉") + "。"),
    "generalisation against an unnamed ethnic group; target implicit, review expected")

# ===========================================================================
# religion_cult
# ===========================================================================
add("religion_cult", "block",
    comments(H["clinic"], "网友“患者家属”：感谢义诊团队。",
             "网友“有缘人”：" + m("法轮大法好，真善忍好") + "，记住就能保平安"),
    "Falun Gong slogan in a supporting voice")
add("religion_cult", "block",
    tail(H["road"], m("法輪大法好") + "　天滅中共　三退保平安"),
    "traditional-character Falun Gong slogan line appended to a road notice (marked span is the core slogan)")
add("religion_cult", "block",
    comments(H["elder"], "网友“退休教师”：养老服务越来越好了。",
             "网友“健康人生”：" + m("修炼法*轮*功，祛病健身不用吃药") + "。"),
    "separator-disguised promotion of Falun Gong with a health claim")
add("religion_cult", "block",
    tail(H["garbage"], "\n" + m("诚念九字真言，三退保平安") + "，有缘人速看"),
    "Falun Gong '三退/九字真言' slogan, no explicit name")
add("religion_cult", "block",
    comments(H["flood"], "网友“值班员”：已到岗。",
             "网友“信者”：" + m("全能神已经降临，末日就要到了，快加入东方闪电才能得救") + "！"),
    "Almighty God / Eastern Lightning cult recruitment")
add("religion_cult", "block",
    comments(H["training"], "网友“小刘”：养老护理班还招人吗？",
             "网友“弟兄”：" + m("主来了！快到聚会点一起呼喊主名，呼喊才能得救") + "。"),
    "Shouters (呼喊派) recruitment message")
add("religion_cult", "block",
    tail(H["village"], "\n【广告】" + m("张大仙神符水，一碗治百病，癌症糖尿病喝了都能好") + "，详询村口小卖部"),
    "superstition ad: talisman water curing disease")
add("religion_cult", "block",
    tail(H["census"], "\n【推广】" + m("专业驱邪作法、看风水改命、破财消灾，灵验不收费") + "。"),
    "superstition ad: exorcism and fate-changing services")
add("religion_cult", "block",
    comments(H["river"], "网友“钓鱼佬”：河里鱼多了。",
             "网友“门徒”：" + m("信主就不用吃药打针，病自然会好，快来门徒会") + "。"),
    "Disciples Society (门徒会) recruitment with refuse-medicine claim")
add("religion_cult", "block",
    comments(H["party"], "网友“社区书记”：活动很有意义。",
             "网友“灵”：" + m("信 全 能 神 ，躲 过 大 灾 难") + "。"),
    "space-separated Almighty God cult message")

# ===========================================================================
# rumor
# ===========================================================================
add("rumor", "block",
    tail(H["foodsafety"], "\n" + m("紧急扩散！明天起全市封城三天，超市全部关门，赶紧囤米囤面，转给家人") + "！"),
    "fabricated lockdown notice with spread-urging")
add("rumor", "block",
    comments(H["tax"], "网友“小老板”：退税政策好。",
             "网友“知情人”：" + m("内部消息：城东农商银行资金链断了，下周就要倒闭，有存款的赶紧去取") + "！"),
    "bank-run rumour framed as inside information")
add("rumor", "block",
    comments(H["flood"], "网友“下游村民”：请问需要转移吗？",
             "网友“水库边”：" + m("青山水库大坝已经裂了，随时可能溃坝，政府瞒着不说，下游的赶紧跑") + "！"),
    "dam-failure rumour during a flood warning")
add("rumor", "block",
    tail(H["water"], "\n网传：" + m("滨河路一带自来水被人投毒，已经死了好几个人，千万别喝自来水，扩散") + "！"),
    "water-poisoning rumour appended to a water-outage notice")
add("rumor", "block",
    comments(H["census"], "网友“夜猫子”：调查员几点上门？",
             "网友“预言家”：" + m("据可靠消息，今晚12点将发生8级大地震，大家千万不要睡觉") + "！"),
    "earthquake-prediction rumour")
add("rumor", "block",
    tail(H["drowning"], "\n【家长群转发】" + m("外地来了一伙抢孩子的，开白色面包车，已经抢走十几个小孩了，家长们转起来") + "！"),
    "child-abduction chain message")
add("rumor", "block",
    comments(H["clinic"], "网友“宝妈”：什么时候有儿童义诊？",
             "网友“揭秘者”：" + m("这批疫苗是毒疫苗，打了的孩子都会变傻，已经有上百个孩子出事了") + "，赶紧转"),
    "vaccine-harm rumour")
add("rumor", "block",
    tail(H["festival"], "\n" + m("緊急通知：核電站發生洩漏，趕快去買碘鹽，晚了就沒了") + "！"),
    "traditional-character nuclear-leak rumour")
add("rumor", "block",
    comments(H["village"], "网友“养殖户”：合作社效益不错。",
             "网友“村民”：" + m("从下个月起农村养狗每条要交500元税，不交就没收，转发周知") + "。"),
    "fake-policy rumour with spread-urging")
add("rumor", "block",
    comments(H["traffic"], "网友“司机”：路口执勤辛苦。",
             "网友“消息灵通”：" + m("听说化工园区爆炸死了上百人，官方只说3个，大家都转一下") + "。"),
    "casualty-cover-up rumour with spread-urging")

# ===========================================================================
# obscenity_violence
# ===========================================================================
add("obscenity_violence", "block",
    tail(H["garbage"], "\n" + m("同城美女上门服务，全套一条龙，加薇信详聊") + "。"),
    "prostitution ad injected into a community news item")
add("obscenity_violence", "block",
    tail(H["tech"], "\n" + m("成人視頻免費看，激情直播夜夜不停") + "　點擊進入"),
    "traditional-character porn ad")
add("obscenity_violence", "block",
    comments(H["festival"], "网友“驴友”：明年还要来玩。",
             "网友“官方推荐”：" + m("澳门首家线上赌场，首充送100%，日出千万") + "。"),
    "online casino ad posted as a comment")
add("obscenity_violence", "block",
    tail(H["census"], "\n" + m("靠谱菠菜平台，百家乐真人视讯，秒提款") + "，注册送彩金"),
    "gambling ad disguised with homophone 菠菜 (博彩)")
add("obscenity_violence", "block",
    comments(H["road"], "网友“货车司机”：绕行路线在哪？",
             "网友“福利”：" + m("赌*博*网 注册就送88元") + "，天天返水"),
    "separator-disguised gambling ad")
add("obscenity_violence", "block",
    tail(H["water"], "\n" + m("黄色视频　ＡＶ在线　免费看") + "　ｗｗｗ.ｘｘ５２０.ｃｃ"),
    "full-width porn-site ad")
add("obscenity_violence", "block",
    comments(H["forest"], "网友“猎户”：防火人人有责。",
             "网友“户外装备”：" + m("出售手狗、气狗、钢珠枪，包邮到付") + "。"),
    "firearm sale ad using slang (狗 = gun)")
add("obscenity_violence", "block",
    board("强拆问题", "他们要是再敢来拆我家，" + m("我就带刀去把他们全家都砍了，砍死一个够本") + "。",
          "您好！经核实，您所反映的房屋位于城中村改造征收范围内，征收工作依法依规进行，补偿方案已公示。"
          "如对补偿有异议，可依法申请行政复议或者提起行政诉讼，也可到区征收办当面咨询，我们将安排专人为您解释政策、核对评估结果。"
          "请您通过合法途径理性表达诉求。咨询电话：0371-63625517，接待时间：工作日上午9:00至12:00。",
          "区房屋征收与补偿办公室", "2020-05-12"),
    "violent threat in a citizen message published on a 留言板 page (reply is opposing voice, the message is not)")
add("obscenity_violence", "block",
    comments(H["traffic"], "网友“老司机”：安全第一。",
             "网友“猎奇”：" + m("真实砍人现场高清视频，血肉横飞，点我主页观看") + "。"),
    "gore video bait")
add("obscenity_violence", "block",
    tail(H["elder"], "\n" + m("约炮神器，一夜情交友，附近的人秒回") + "，下载APP"),
    "casual-sex app ad")

# ===========================================================================
# other_illegal
# ===========================================================================
add("other_illegal", "block",
    comments(H["clinic"], "网友“老病号”：希望常来。",
             "网友“货源充足”：" + m("出售冰毒、K粉、麻古，货到付款，安全隐蔽") + "。"),
    "drug sale ad")
add("other_illegal", "block",
    tail(H["training"], "\n" + m("溜冰、飞叶子的朋友私聊，量大从优") + "。"),
    "drug sale ad in slang (溜冰 = meth, 飞叶子 = cannabis)")
add("other_illegal", "block",
    tail(H["school"], "\n" + m("办证刻章：学历证、驾驶证、身份证一条龙，网上可查") + "。"),
    "fake certificate / forged documents ad")
add("other_illegal", "block",
    comments(H["tax"], "网友“财务”：发票政策讲得清楚。",
             "网友“代理”：" + m("代开增值税专用发票，各类发票点数低，可验证") + "。"),
    "invoice-fraud ad on a tax news page")
add("other_illegal", "block",
    comments(H["census"], "网友“居民”：信息要保密啊。",
             "网友“数据商”：" + m("出售车主资料、快递单号、手机号实名数据，数据新鲜") + "。"),
    "trade in citizens' personal data")
add("other_illegal", "block",
    tail(H["clinic"], "\n【健康服务】" + m("代孕包成功，可选性别，试管婴儿一条龙") + "。"),
    "surrogacy and sex-selection ad")
add("other_illegal", "block",
    comments(H["training"], "网友“求职者”：电商班什么时候开课？",
             "网友“兼职”：" + m("招跑分，有银行卡就能做，日赚千元零风险") + "。"),
    "money-laundering 跑分 recruitment")
add("other_illegal", "block",
    tail(H["gjj"], "\n" + m("高价收购银行卡、对公账户、U盾四件套") + "，当天结算"),
    "solicitation to buy bank cards/accounts (两卡)")
add("other_illegal", "block",
    comments(H["school"], "网友“高三家长”：招生政策很清楚。",
             "网友“学长”：" + m("出售考试答案和作弊耳机，包过") + "。"),
    "exam-cheating equipment and answers for sale")
add("other_illegal", "block",
    tail(H["festival"], "\n" + m("出售假幣，１比３，高仿可過驗鈔機") + "。"),
    "counterfeit currency ad with full-width digits and traditional characters")

# ===========================================================================
# insult_defamation (all names fictional)
# ===========================================================================
add("insult_defamation", "block",
    board("拆迁补偿不公", m("王建军这个狗官，全家不得好死") + "！补偿款到现在都没给。",
          "您好！经核实，您反映的补偿款已于2022年3月15日经区财政拨付至镇政府，镇政府将于本月底前发放到户。"
          "对发放延迟问题，我们已督促整改，并对相关工作人员进行了批评教育。"
          "感谢您对我镇工作的监督。如到期仍未收到补偿款，请持本人身份证件到镇征收办公室查询，或拨打镇政府值班电话0913-2215306反映。", "东关镇人民政府", "2022-03-28"),
    "abusive curse against a named official in a published 留言板 message")
add("insult_defamation", "block",
    comments(H["village"], "网友“老乡”：示范村建得好。",
             "网友“知情人”：" + m("镇党委书记刘德明贪污了几百万，还养了三个情人，全镇人都知道") + "。"),
    "unverified corruption and private-life allegation against a named official (defamation)")
add("insult_defamation", "block",
    comments(H["traffic"], "网友“电动车主”：头盔质量要把关。",
             "网友“受害者”：" + m("城管局那帮人就是土匪流氓，一群畜生") + "。"),
    "abuse against a government department and its staff")
add("insult_defamation", "block",
    comments(H["elder"], "网友“家属”：服务中心环境很好。",
             "网友“看客”：" + m("张丽华这个局长是靠陪睡爬上去的") + "。"),
    "sexual slur and defamation of a named official")
add("insult_defamation", "block",
    comments(H["river"], "网友“环保爱好者”：清四乱效果明显。",
             "网友“老河工”：" + m("赵 卫 东 就 是 个 人 渣") + "。"),
    "space-separated insult against a named person")
add("insult_defamation", "block",
    comments(H["road"], "網友“車主”：施工什麼時候結束？",
             "網友“憤怒”：" + m("陳志剛這個貪官王八蛋") + "！"),
    "traditional-character insult against a named official")
add("insult_defamation", "block",
    comments(H["census"], "网友“居民甲”：调查员很专业。",
             "网友“居民乙”：" + m("周海林就是个煞笔书记") + "，啥也不懂"),
    "homophone-disguised profanity (煞笔) against a named official")
add("insult_defamation", "block",
    comments(H["clinic"], "网友“病人家属”：谢谢医生。",
             "网友“维权”：" + m("县医院黄志明主任医术垃圾，收红包害死人，就是个杀人犯") + "。"),
    "defamation and abuse of a named doctor")
add("insult_defamation", "block",
    tail(H["village"], "\n村民揭发：" + m("合作社老板孙立新是诈骗犯，骗光了全村人的钱") + "，大家别信他。"),
    "defamatory criminal accusation against a named private person")
add("insult_defamation", "review",
    comments(H["flood"], "网友“防汛志愿者”：大家注意安全。",
             "网友“看不下去”：" + m("马晓东副县长能力太差了，简直是个饭桶") + "。"),
    "milder insult of a named official; review expected")

# ===========================================================================
# secret
# ===========================================================================
SEC_BODY = (
    "各乡镇人民政府，县直各有关单位：\n"
    "为加快推进2021年度重点项目建设，确保全年目标任务圆满完成，经县政府研究，现将有关事项通知如下：\n"
    "一、压实工作责任。各单位要对照年度目标任务，逐项细化工作措施，明确责任领导和责任人，"
    "实行“一个项目、一名领导、一套班子、一抓到底”的工作机制。\n"
    "二、强化调度督导。县发改局要会同有关部门建立重点项目月调度制度，每月5日前汇总上月进展情况，"
    "对项目推进中遇到的用地、资金、审批等问题，及时提请县政府专题研究解决。\n"
    "三、严格考核问责。对推进不力、进度滞后的项目，县政府督查室将进行专项督查并通报；"
    "对因工作不力造成严重后果的，依规依纪追究有关人员责任。\n"
)
add("secret", "block",
    "000087\n" + m("机密★5年") + "\n特急\n\n宁县人民政府办公室文件\n\n宁政办发〔2021〕12号\n\n"
    "宁县人民政府办公室\n关于做好2021年度重点项目建设工作的通知\n\n" + SEC_BODY +
    "\n宁县人民政府办公室\n2021年3月2日",
    "state-secret mark with period in line 2 of a GB/T 9704 head")
add("secret", "block",
    m("秘密★2025年12月31日") + "\n\n市发展和改革委员会\n关于报送重大项目储备情况的函\n\n市发改函〔2024〕57号\n\n"
    "市自然资源局、市生态环境局：\n"
    "根据市委、市政府工作安排，我委正在组织编制全市2025年重大项目储备库。为做好项目用地保障和环评审批衔接工作，"
    "请你们于2024年10月15日前，将本部门牵头推进的重大项目用地保障、环评审批进展情况，以及存在的困难问题和建议"
    "书面报送我委，电子版同时发送至指定邮箱。报送材料须经单位主要负责同志审核签字。\n"
    "联系人：投资科　电话：0371-67181235\n\n市发展和改革委员会\n2024年9月26日",
    "state-secret mark with a date as the period")
add("secret", "block",
    "000012\n" + m("绝密★长期") + "\n\n关于边境管控工作的情况报告\n\n"
    "省人民政府：\n今年以来，我州认真落实边境管控各项部署，组织开展军警民联合巡逻，强化边境通道管理，"
    "全州边境地区社会大局保持稳定。现将有关情况报告如下：\n"
    "一、基本情况。我州边境线长，通道多，管控任务繁重。\n"
    "二、主要做法。一是完善联防联控机制；二是加强边境巡逻和通道管控；三是深化边境地区群防群治。\n"
    "三、存在问题和下步打算。针对管控力量不足、技防设施覆盖不全等问题，下一步将加大投入，完善边境立体化防控体系。\n\n"
    "州人民政府\n2019年6月11日",
    "top-secret mark with 长期 period")
add("secret", "block",
    m("机密☆3年") + "\n\n县应急管理局\n关于2023年度危险化学品重大危险源监管情况的报告\n\n"
    "县人民政府：\n2023年，我局按照省、市部署，对全县危险化学品重大危险源企业实行分级包保责任制，"
    "完成在线监测预警系统接入、安全风险评估和专项检查。现将有关情况报告如下。\n"
    "一、重大危险源分布情况。全县共有危险化学品重大危险源企业若干家，主要分布在化工园区。\n"
    "二、监管工作开展情况。全年开展专项检查4轮，督促企业整改隐患127项，组织应急演练9次。\n"
    "三、下一步工作措施。进一步完善重大危险源监测预警体系，推进企业安全生产标准化建设。\n\n"
    "县应急管理局\n2023年12月8日",
    "OCR-damaged secret mark (☆ instead of ★) with period")
add("secret", "block",
    m("秘密＊6个月") + "\n\n关于拟提拔干部考察情况的报告\n\n"
    "县委组织部：\n根据工作安排，考察组于2018年5月14日至18日对拟提拔人选进行了考察。考察采取个别谈话、"
    "民主测评、查阅资料、实地了解等方式进行，共个别谈话86人次，发放民主测评表92份。现将考察情况报告如下：\n"
    "一、考察工作开展情况\n二、考察对象的德、能、勤、绩、廉表现\n三、民主测评和个别谈话推荐情况\n四、个人有关事项报告查核情况\n五、考察组意见\n\n"
    "考察组认为，考察对象政治素质好，工作实绩较为突出，群众公认度较高，符合拟任职务任职条件。\n\n考察组\n2018年5月21日",
    "damaged mark with full-width asterisk in place of ★")
add("secret", "review",
    m("秘　密") + "\n\n镇人民政府\n关于节日期间重点人员稳控工作安排的通知\n\n各村（社区）：\n"
    "国庆节即将来临，为确保节日期间全镇社会大局和谐稳定，现就有关事项通知如下：\n"
    "一是落实包保责任。各村（社区）要对排查出的重点人员逐一落实包保干部，做到底数清、情况明。\n"
    "二是加强矛盾纠纷排查。对土地流转、征地补偿、邻里纠纷等问题要及时调处，防止矛盾激化。\n"
    "三是严格值班值守。节日期间实行24小时值班和领导带班制度，重要情况及时报告镇综治中心。\n\n"
    "镇人民政府\n2017年9月28日",
    "bare level mark with a spacing character, no ★ or period, standing alone in the head line")
add("secret", "review",
    "编号：0031\n" + m("机密") + "\n\n关于开展全县国防动员潜力调查统计工作的通知\n\n"
    "县直各有关单位，各乡镇人民政府：\n根据上级部署，定于2016年7月至9月开展国防动员潜力调查统计工作。"
    "本次调查统计范围包括人力资源、交通运输、医疗卫生、信息通信、物资储备等领域。请各单位按照统计口径，"
    "指定专人负责，认真组织填报，确保数据真实准确，于9月10日前将统计报表报送县国防动员委员会办公室。"
    "调查统计资料须按规定管理，严防失泄密。\n\n县国防动员委员会办公室\n2016年6月30日",
    "bare 机密 alone in the head line without ★")
add("secret", "block",
    m("工作秘密") + "\n\n关于2020年度市直部门绩效考评初步结果的通报\n\n"
    "市直各部门：\n根据《2020年度市直部门绩效考评办法》，市考评办组织对市直各部门年度目标任务完成情况进行了考评。"
    "考评采取日常考核、年终考核和满意度测评相结合的方式，共考评市直部门48个。从初步结果看，多数部门完成了年度目标任务，"
    "但也有部分部门存在重点工作推进迟缓、工作台账不规范等问题。现将初步结果通报如下，请各部门认真对照、查找差距，"
    "对初步结果有异议的，于2月5日前向市考评办提出书面复核申请。\n\n市绩效考评办公室\n2021年1月29日",
    "work-secret mark at the head of a document")
add("secret", "block",
    "县财政局关于下达2022年第二批乡村振兴衔接资金的通知\n\n"
    "县财预〔2022〕83号\n\n各乡镇人民政府，县农业农村局：\n"
    "根据《中央财政衔接推进乡村振兴补助资金管理办法》和上级资金下达文件，现将2022年第二批乡村振兴衔接资金"
    "下达你们，并就有关事项通知如下：\n一、请按规定用途使用资金，优先支持联农带农富农产业发展。\n"
    "二、加强资金监管，严禁截留、挤占、挪用，确保资金安全和使用效益。\n"
    "三、按要求做好项目绩效目标管理和资金支出进度报送工作。\n\n"
    "县财政局\n2022年7月18日\n" + m("（此件不予公开）"),
    "non-disclosure attribute note after the date")
add("secret", "block",
    "区人民政府办公室关于调整区安全生产委员会组成人员的通知\n\n" + m("公开属性：不予公开") + "\n\n"
    "各街道办事处，区政府各部门：\n因人事变动和工作需要，经区政府同意，现将区安全生产委员会组成人员调整如下：\n"
    "主任：区长\n副主任：常务副区长、分管应急管理工作的副区长\n"
    "成员：区应急管理局、区公安分局、区住建局、区交通运输局、区市场监管局、区消防救援大队等单位主要负责人\n"
    "区安全生产委员会办公室设在区应急管理局，办公室主任由区应急管理局局长兼任。"
    "今后成员如有变动，由成员单位接任工作的同志自行替补，不再另行发文。\n\n"
    "区人民政府办公室\n2020年4月9日",
    "disclosure attribute 不予公开 stated in the head")

# ===========================================================================
# sensitive
# ===========================================================================
add("sensitive", "block",
    m("内部资料　注意保存") + "\n\n2019年全县社会稳定形势分析\n\n县委政法委\n2019年12月\n\n"
    "2019年，全县社会大局总体平稳。全年受理矛盾纠纷1263件，调处成功1218件，调处成功率96.4%。"
    "信访总量同比下降8.7%，未发生重大群体性事件。但是，征地拆迁、劳资纠纷、非法集资等领域矛盾隐患仍然存在，"
    "部分矛盾纠纷呈现主体多元化、诉求复杂化的特点，需要引起高度重视。\n"
    "下一步，要坚持和发展新时代“枫桥经验”，健全矛盾纠纷多元化解机制，把矛盾纠纷化解在基层、消除在萌芽状态。",
    "internal-circulation marker at the head of an analysis report")
add("sensitive", "block",
    "市城市管理局2023年第三季度数字城管案件分析\n" + m("（仅供内部传阅，不得外传）") + "\n\n"
    "第三季度，数字城管平台共立案各类城市管理问题4.6万件，结案4.4万件，结案率95.7%。其中，"
    "市容环境类问题占58.3%，道路设施类问题占17.6%，园林绿化类问题占9.2%，其他问题占14.9%。"
    "各区结案率均在90%以上，但部分区按期结案率偏低，个别专业部门存在重复派遣、推诿扯皮现象，需进一步加强督办。"
    "第四季度，市城市管理局将开展数字城管案件“回头看”，对超期案件实行挂牌督办。",
    "not-for-external-distribution marker")
add("sensitive", "block",
    "关于印发《全市安全生产大检查工作方案》的通知\n\n各县区人民政府，市安委会各成员单位：\n"
    "现将《全市安全生产大检查工作方案》印发给你们，请结合实际认真抓好落实，并于每月25日前将工作进展情况报送市安委办。\n\n"
    "市安全生产委员会办公室\n2018年4月3日\n" + m("（此件不得翻印）") + "\n\n"
    "全市安全生产大检查工作方案\n为深刻吸取近期事故教训，全面排查整治各类安全隐患，有效防范和坚决遏制重特大事故发生，"
    "决定在全市范围内开展安全生产大检查。检查时间为2018年4月至9月，重点检查危险化学品、非煤矿山、"
    "道路交通、建筑施工、消防等行业领域。",
    "no-reproduction marker after the date")
add("sensitive", "block",
    m("内部文件") + "\n\n局党组会议纪要\n〔2022〕第6次\n\n"
    "2022年5月10日，局党组书记、局长李明远主持召开局党组会议，研究了干部教育培训、机关作风建设和"
    "下半年重点工作安排。会议议定事项如下：\n一、原则同意2022年干部教育培训计划，由人事科按程序组织实施；\n"
    "二、开展机关作风建设专项整治，重点解决推诿扯皮、办事拖拉等问题；\n"
    "三、各科室于5月20日前报送下半年重点工作清单，办公室汇总后提交下次党组会议审议。\n"
    "出席：李明远、王志刚、刘芳、陈建国\n列席：办公室、人事科负责同志",
    "internal-document marker at the head of party-group minutes")
add("sensitive", "review",
    "县卫生健康局关于征求《县域医共体绩效考核办法》意见的通知\n\n局机关各股室，各医共体牵头医院：\n"
    "为进一步完善县域医共体考核机制，我局起草了《县域医共体绩效考核办法》，现印发你们征求意见，"
    "请于3月15日前将书面意见反馈至医政股，逾期视为无意见。\n\n附件：县域医共体绩效考核办法" + m("（征求意见稿）") + "\n"
    "第一条　为推进县域医共体建设，规范绩效考核工作，制定本办法。\n第二条　本办法适用于全县各医共体。\n"
    "第三条　绩效考核坚持目标导向、公平公正、奖惩并重的原则，考核结果与医保基金打包付费、院长年薪挂钩。\n\n"
    "县卫生健康局\n2025年3月5日",
    "internal consultation draft (sent to internal units only, not a public 征求意见) posted to the site")
add("sensitive", "review",
    m("讨论稿") + "\n\n乡镇机构改革人员分流安置初步方案\n\n"
    "根据县委、县政府关于乡镇机构改革的总体部署，结合各乡镇机构设置和人员编制核定情况，提出人员分流安置初步方案如下：\n"
    "一、分流安置原则。坚持以人为本、平稳过渡，统筹考虑人员年龄、专业、工作经历等因素，确保队伍稳定。\n"
    "二、分流渠道。主要通过调剂使用、充实基层一线、符合条件的提前退休等方式分流安置。\n"
    "三、时间安排。2019年6月底前完成人员摸底，9月底前完成分流安置。\n四、工作要求。各乡镇要加强思想政治工作，做到思想不乱、工作不断、队伍不散。",
    "internal discussion draft of a staffing plan")
add("sensitive", "review",
    "抗洪抢险一线党旗红\n\n发布时间：2020-07-16　来源：县融媒体中心\n\n7月12日以来，我县遭遇持续强降雨，多条河流水位超过警戒线，部分乡镇受灾严重。灾情发生后，"
    "驻地" + m("中国人民解放军66352部队") + "官兵300余人紧急驰援，与消防救援队伍、民兵一起奋战在抗洪一线，"
    "累计转移群众2300余人，加固堤防5.6公里，抢通道路12处。县委、县政府主要负责同志深入一线慰问参与抗洪抢险的部队官兵，"
    "向他们致以崇高敬意。目前，全县受灾群众已得到妥善安置，灾后恢复重建工作有序展开。",
    "military unit designation number (部队番号/代号) published in a news item instead of 驻地某部")
add("sensitive", "review",
    "县退役军人事务局开展“八一”走访慰问活动\n\n发布时间：2021-07-30　来源：县退役军人事务局\n\n建军节前夕，县委副书记带队走访慰问驻县部队，"
    "先后来到" + m("武警某总队第三支队第二大队五中队") + "营区和县人武部，向官兵们致以节日问候，送去慰问品。"
    "座谈会上，双方就军民共建、退役军人安置、随军家属就业、军人子女入学等工作进行了交流。"
    "县委副书记表示，县委、县政府将一如既往支持部队建设，认真落实各项拥军优属政策，切实解决官兵后顾之忧。部队官兵表示，将继续发扬光荣传统，积极支持地方经济社会建设。",
    "detailed armed-police unit designation down to company level")
add("sensitive", "review",
    "县应急管理局关于成品油库安全检查情况的通报\n\n5月23日，县应急管理局会同县消防救援大队对中石化城北油库开展安全检查。该油库位于"
    + m("北纬30°35′21.48″、东经114°17′36.92″") + "，总库容3.2万立方米。检查发现消防泵房应急照明损坏、"
    "部分储罐防雷接地检测超期、应急预案未及时修订等问题4项，已责令企业限期整改。"
    "县应急管理局将对整改情况进行复查，对逾期未整改的，依法予以处罚。同时提醒全县危险化学品企业，汛期将至，要加强储罐区巡检和防雷设施检测，严防事故发生。",
    "precise DMS coordinates of an oil depot in a published notice")
add("sensitive", "review",
    "关于划定县城饮用水水源保护区的公告\n\n经省人民政府批准，现将县城饮用水水源保护区划定情况公告如下：\n"
    "一级保护区：取水口（坐标：" + m("29.562734, 106.551293") + "）上游1000米至下游100米的水域及其两岸纵深50米的陆域。\n"
    "二级保护区：一级保护区上游边界向上游延伸2000米、下游边界向下游延伸200米的水域及其两岸纵深1000米的陆域。\n"
    "在饮用水水源保护区内，禁止设置排污口；在一级保护区内，禁止新建、改建、扩建与供水设施和保护水源无关的建设项目，"
    "禁止从事网箱养殖、旅游、游泳、垂钓或者其他可能污染饮用水水体的活动。",
    "high-precision decimal coordinates of a drinking-water intake (critical infrastructure)")

# ===========================================================================
# privacy
# ===========================================================================
add("privacy", "block",
    "关于2019年度见义勇为人员拟表彰名单的公示\n\n经个人申报、单位推荐、县见义勇为基金会评审，"
    "拟对以下人员予以表彰，现予公示：\n1．张伟，男，身份证号码：" + m(ID1) + "，2019年7月在金沙江边救起落水儿童一名。\n"
    "2．某某公司员工集体，2019年9月协助公安机关抓获抢劫犯罪嫌疑人一名。\n"
    "公示期为2019年12月2日至12月8日。对公示对象有异议的，请以书面形式向县见义勇为基金会反映，并提供联系方式，"
    "以便核实。\n联系电话：0812-6653210",
    "unmasked checksum-valid resident ID next to a name in a commendation notice")
add("privacy", "block",
    "南明区人力资源和社会保障局\n关于发放2016年度就业困难人员社会保险补贴的公示\n\n"
    "根据《贵州省就业补助资金管理办法》有关规定，经个人申请、街道初审、区就业局复核，以下人员符合社会保险补贴条件，现予公示：\n"
    "序号　姓名　身份证号码　补贴月数　补贴金额（元）\n1　罗桂英　" + m(ID2) + "　12　4860\n"
    "公示期5个工作日。如有异议，请在公示期内以书面形式与区就业局联系，电话：0851-85512347。公示无异议后，补贴资金将直接拨付至个人社会保障卡账户。",
    "unmasked resident ID ending in check character X in a subsidy table")
add("privacy", "block",
    "淄博市张店区城市管理局\n行政处罚决定书\n\n张城管罚字〔2023〕第214号\n\n"
    "当事人：李红梅，女，身份证号码" + m(ID3) + "，住张店区某街道某小区。\n"
    "经查，当事人于2023年6月3日在张店区华光路占道经营，执法人员当场责令改正，当事人拒不改正。"
    "依据《淄博市城市市容和环境卫生管理条例》有关规定，决定给予当事人罚款人民币200元的行政处罚。\n"
    "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n张店区城市管理局\n2023年6月20日",
    "natural person's full ID number in a published penalty decision (should be masked)")
add("privacy", "block",
    "平罗县农业农村局\n关于2020年耕地地力保护补贴发放情况的公示（姚伏镇）\n\n"
    "根据自治区财政厅、农业农村厅有关文件精神，2020年耕地地力保护补贴标准为每亩102元。现将姚伏镇补贴发放情况公示如下：\n"
    "户主：马金花　身份证：" + m(ID4[:6] + " " + ID4[6:14] + " " + ID4[14:]) + "　补贴面积12.6亩　补贴金额1285.20元\n"
    "以上补贴资金已通过“一卡通”发放到户，全镇共发放补贴1836户、资金187.6万元。如有疑问，请与镇农业服务中心联系，电话：0952-6021358。",
    "valid resident ID written with spaces in 6-8-4 groups next to a name")
add("privacy", "block",
    "县市场监督管理局关于举报奖励兑现情况的公告\n\n"
    "根据《市场监管领域重大违法行为举报奖励暂行办法》，经审核，对举报人陈晓东（联系电话：" + m("13907715236") + "）"
    "举报的某超市销售过期食品一案予以奖励人民币1000元。该案经查证属实，我局已依法对涉事超市作出没收违法所得、"
    "罚款的行政处罚。\n请举报人于30日内携带本人有效身份证件到县市场监管局领取奖金，逾期视为放弃。\n"
    "我局欢迎社会各界继续积极举报食品安全违法行为，举报电话：12315。\n咨询电话：0771-4832105",
    "whistle-blower's name and personal mobile published together (also breaches reporter confidentiality)")
add("privacy", "review",
    "关于召开2024年社区志愿服务项目对接会的通知\n\n各社区、各志愿服务组织：\n"
    "为推动志愿服务项目与社区需求精准对接，定于2024年3月20日下午2:30在街道党群服务中心三楼会议室召开志愿服务项目对接会，"
    "请各单位派1名负责同志参加，并于3月18日前报送参会人员名单和拟对接的项目清单。\n"
    "报名联系人：街道团工委　赵雅婷，手机：" + m("+86 186-5127-3390") + "\n"
    "会议期间将安排志愿服务项目路演和现场签约，欢迎各社区积极参加。\n街道办公室电话：0512-65238801",
    "staff member's personal mobile (+86, 3-4-4 separators) next to her name instead of an office line")
add("privacy", "block",
    "关于2021年第二季度高龄津贴发放情况的公示\n\n"
    "本季度高龄津贴已于6月25日通过社会保障卡发放至80周岁以上老年人账户，共发放1362人、资金40.86万元。"
    "个别老人因银行卡信息有误被退回，请家属核对后到社区办理变更：\n"
    "户名：刘桂兰　卡号：" + m(group4(CARD1)) + "　开户行：中国农业银行某县支行\n"
    "办理变更时请携带老人身份证、户口簿原件及本人有效证件，变更后津贴将于下月补发。\n社区服务中心电话：0931-4617725",
    "Luhn-valid 19-digit bank card number (4-4-4-4-3) next to a person's name and bank branch")
add("privacy", "block",
    "关于退还多缴住宿费的通知\n\n经学校财务室核查，因宿舍调整，以下学生2022年秋季学期多缴住宿费，学校将按原路退回。"
    "退费工作于2022年11月30日前完成。\n"
    "学生家长王国庆，银行卡号" + m(CARD2) + "开户行建设银行城关支行，退费金额600元。\n"
    "其他学生的退费明细已通过班主任逐一告知家长，请家长注意查收银行到账信息。如有疑问请与学校财务室联系，电话：0935-8225016，工作时间：周一至周五8:30—17:30。",
    "Luhn-valid bank card glued to Chinese text without spaces")
add("privacy", "review",
    "关于2023年度优秀志愿者评选结果的公示\n\n经社区推荐、志愿服务时长核查和评审委员会评审，拟评选刘晓梅等10名同志为2023年度优秀志愿者。"
    "对评选结果有异议的，请在公示期内（2024年1月8日至1月12日）与区志愿者协会联系。\n"
    "刘晓梅，女，区图书馆志愿者，累计志愿服务时长426小时，联系邮箱：" + m("liuxm1986@163.com") + "\n"
    "其余9名同志名单详见附件。公示期满无异议的，由区志愿者协会发文表彰并颁发证书。\n区志愿者协会电话：0551-62671208",
    "private email address next to a named individual")
add("privacy", "block",
    "关于2018年度因公出国（境）任务和人员情况的公示\n\n"
    "根据因公出国（境）管理有关规定，现将我局2018年度因公出国（境）情况公示如下：\n"
    "团组名称：赴德国职业教育培训考察团\n出访人员：副局长周建平，护照号码：" + m("EA6172384") + "\n"
    "出访时间：2018年10月12日至10月21日\n出访任务：考察德国“双元制”职业教育模式\n经费来源：部门预算\n"
    "出访成果：形成考察报告1份，提出职业教育改革建议5条。\n公示期5个工作日。如有异议，请与局办公室联系，电话：0451-86617203。",
    "passport number next to an official's name in a travel disclosure")
# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------
CATS = ["constitution", "state_security", "national_honor", "ethnic_hatred", "religion_cult", "rumor",
        "obscenity_violence", "insult_defamation", "other_illegal", "secret", "sensitive", "privacy"]


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "planted.jsonl")
    cnt = Counter(c for c, *_ in RECS)
    assert set(cnt) == set(CATS) and all(v == 10 for v in cnt.values()), cnt
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, sev, text, note) in enumerate(RECS, 1):
            assert sev in ("block", "review")
            assert text.count(L) == 1 and text.count(R) == 1 and text.index(L) < text.index(R), (i, text)
            plain = text.replace(L, "").replace(R, "")
            assert 200 <= len(plain) <= 1500, (i, cat, len(plain))
            rec = {"id": f"hp-{i:03d}", "category": cat, "severity": sev, "text": text, "note": note}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(RECS)} records to {out}")
    print(dict(cnt))
    print(dict(Counter(s for _, s, _, _ in RECS)))


if __name__ == "__main__":
    main()
