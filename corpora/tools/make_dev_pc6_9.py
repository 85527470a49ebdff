#!/usr/bin/env python3
"""Generate the DEV set for the PC6xx–PC9xx rule packs: corpora/violations/dev_pc6_9.jsonl.

The four categories rumor, obscenity_violence, insult_defamation and other_illegal, written
FREE-FORM (not in the wording of the rule files) to measure how well the rules generalise:
fabricated disaster/poisoning/leak/tax/policy claims with urging to spread, flee or hoard and
claims of a cover-up; sexual-service and porn ads in new wordings; violent threats and gore ads;
abuse of named officials, people and organisations with insults and unproven accusations; other
illegal ads (drugs, certificates, invoices, personal data, cards, surrogacy, cheating...) in new
wordings, plus the FRESH rounds (sentences written after each round of rule changes, see below).
Disguises: separators, a space between every character, homophones, traditional
characters, full-width forms. About half the records are planted in realistic government pages
(a comment under a news item, a 留言板 post, a page footer, a paragraph of a notice).

Same record format as the other violation files (see corpora/violations/README.md); span markers
⟦⟧ enclose the violating phrase. Deterministic: rerun `python corpora/tools/make_dev_pc6_9.py`.

Content policy as in make_violations.py: ad and slogan wording only, no operational detail;
contact details are placeholders (xxxx); every person, place and organisation is fictitious.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "violations" / "dev_pc6_9.jsonl"
OPEN, CLOSE = "\u27e6", "\u27e7"

# --------------------------------------------------------------------------------------------
# host pages (clean government text); {X} is where the violating comment or paragraph goes
# --------------------------------------------------------------------------------------------
HOSTS = {
    "flood_news": (
        "青岗县水利局开展汛前水库安全检查\n"
        "5月16日，县水利局组织技术人员对全县12座小型水库开展汛前安全检查，重点查看大坝坝体、溢洪道、放水设施和"
        "监测预警设施运行情况，逐库核实巡查责任人、技术责任人和行政责任人。\n"
        "检查组要求，各水库管理单位要严格执行汛期24小时值班制度，落实雨前排查、雨中巡查、雨后复查，"
        "确保水库安全度汛。\n"
        "网友评论（3）\n"
        "河边住户　2024-05-16 20:12\n"
        "辛苦了，希望今年风调雨顺。\n"
        "老李头　2024-05-16 21:40\n"
        "上游那段河堤去年修过，挺结实的。\n"
        "{NICK}　2024-05-16 23:37\n"
        "{X}"
    ),
    "message_board": (
        "留言标题：{TITLE}\n"
        "留言时间：2024-04-08 10:21　　留言人：网友\n"
        "留言内容：{X}\n"
        "办理单位：滨河区人民政府办公室\n"
        "回复时间：2024-04-12 16:05\n"
        "回复内容：您好！您反映的问题已收悉，我办已转相关部门核实办理，办理结果将及时向您反馈。"
        "感谢您对我区工作的关心和支持。如有其他问题，可拨打12345政务服务便民热线。"
    ),
    "vaccine_notice": (
        "关于开展2024年秋季儿童免疫规划疫苗查漏补种工作的通知\n"
        "各乡镇卫生院、社区卫生服务中心：\n"
        "为提高适龄儿童免疫规划疫苗接种率，定于9月2日至10月31日在全县开展查漏补种工作。"
        "请家长携带儿童预防接种证，按照接种单位通知的时间到指定接种点接种，接种后需现场留观30分钟。\n"
        "县卫生健康局　2024年8月26日\n"
        "网友评论（2）\n"
        "一位家长　2024-08-26 21:14\n"
        "已经预约了，流程很方便。\n"
        "{NICK}　2024-08-26 23:36\n"
        "{X}"
    ),
    "leader_visit": (
        "副县长马晓东到白沙乡调研乡村振兴工作\n"
        "6月4日，副县长马晓东带队到白沙乡调研乡村振兴工作，先后来到高山茶叶基地、村级集体经济产业园和"
        "易地搬迁安置点，详细了解产业发展、就业帮扶和后续扶持情况。\n"
        "调研中，马晓东指出，要坚持产业为基，持续壮大村级集体经济，拓宽群众增收渠道。\n"
        "网友评论（2）\n"
        "白沙乡村民　2024-06-04 19:08\n"
        "茶叶基地这两年变化真大。\n"
        "{NICK}　2024-06-04 23:41\n"
        "{X}"
    ),
    "award_notice": (
        "关于拟推荐2024年度全县劳动模范人选的公示\n"
        "经基层推荐、资格审查和县总工会研究，拟推荐吴志刚等10名同志为2024年度全县劳动模范人选，现予公示。"
        "公示期为2024年4月22日至4月28日。公示期间，如有异议，可通过来信、来电、来访等方式向县总工会反映。\n"
        "联系电话：0831-5123406\n"
        "网友评论（2）\n"
        "老同事　2024-04-22 10:16\n"
        "向先进学习，祝贺！\n"
        "{NICK}　2024-04-22 23:35\n"
        "{X}"
    ),
    "school_notice": (
        "关于做好2024年秋季学期开学工作的通知\n"
        "各中心学校，县直各学校：\n"
        "一、各学校要于8月28日前完成校舍安全检查，对教室、宿舍、食堂、围墙等设施进行全面排查。\n"
        "二、认真做好教材发放和课程安排工作，严格落实国家课程方案。\n"
        "三、加强开学第一课教育，组织开展安全教育、心理健康教育等主题活动。\n"
        "县教育和体育局　2024年8月20日\n"
        "网友评论（1）\n"
        "{NICK}　2024-08-20 23:48\n"
        "{X}"
    ),
    "hospital_news": (
        "县人民医院开展“健康义诊进乡村”活动\n"
        "6月15日，县人民医院组织内科、儿科、中医科等科室12名医务人员到白沙乡开展义诊活动。"
        "医务人员为群众免费测量血压、血糖，进行健康咨询，并针对高血压、糖尿病等常见慢性病开展用药指导和健康宣教。\n"
        "本次活动共接诊群众300余人次，发放健康宣传资料800余份。\n"
        "网友评论（2）\n"
        "白沙乡村民　2024-06-15 18:02\n"
        "医生很耐心，希望经常来。\n"
        "{NICK}　2024-06-15 23:28\n"
        "{X}"
    ),
    "footer": (
        "公告\n"
        "为方便群众办事，自2024年6月1日起，区政务服务中心夏季工作时间调整为：上午9:00—12:00，下午14:30—17:30，"
        "周六上午正常办公（仅限不动产登记、社保、医保窗口）。特此公告。\n"
        "滨河区政务服务管理局　2024年5月27日\n"
        "【打印本页】【关闭窗口】\n"
        "主办单位：滨河区人民政府办公室　　承办单位：区大数据中心　　网站标识码：5199000012\n"
        "{X}"
    ),
    "report_paragraph": (
        "滨河区2023年政府信息公开工作年度报告\n"
        "一、总体情况\n"
        "（一）主动公开情况。全年通过区政府门户网站主动公开政府信息1268条，其中工作动态512条、通知公告173条、"
        "政策文件及解读64条。\n"
        "{X}\n"
        "（二）依申请公开情况。全年共收到政府信息公开申请9件，均已在法定期限内答复。\n"
        "（三）平台建设情况。进一步优化门户网站栏目设置，及时更新政府信息公开指南和目录。"
    ),
    "weather_warning": (
        "滨河区气象台发布台风蓝色预警\n"
        "受今年第5号台风影响，预计7月28日夜间至30日我区将出现大风和强降雨天气，局地累计雨量可达150毫米。"
        "请相关单位做好防台风准备工作，加固户外广告牌、临时搭建物，渔船回港避风。\n"
        "网友评论（2）\n"
        "渔村老周　2024-07-28 09:30\n"
        "船已经回港了，谢谢提醒。\n"
        "{NICK}　2024-07-28 22:51\n"
        "{X}"
    ),
    "water_quality": (
        "滨河区2024年第二季度城市供水水质公告\n"
        "根据《生活饮用水卫生标准》，区供水水质监测站对全区3座水厂出厂水、管网水进行了抽样检测，"
        "共检测水样96份，各项指标均符合国家标准。\n"
        "网友评论（2）\n"
        "东城居民　2024-07-05 20:11\n"
        "水质公告每季度都有，挺好。\n"
        "{NICK}　2024-07-05 23:20\n"
        "{X}"
    ),
    "investment_news": (
        "滨河区举办2024年文旅招商推介会\n"
        "4月18日，滨河区2024年文旅招商推介会举行，现场签约文旅项目8个，总投资26.5亿元，涵盖滨水休闲、"
        "民宿集群、研学基地等业态。\n"
        "{X}\n"
        "推介会上，区文旅局介绍了全区文旅资源和招商政策，与会企业代表实地考察了滨河湿地公园和古镇片区。"
    ),
    "demolition_board": (
        "留言标题：{TITLE}\n"
        "留言时间：2024-03-12 09:41　　留言人：网友\n"
        "留言内容：{X}\n"
        "办理单位：滨河区住房和城乡建设局\n"
        "回复时间：2024-03-18 15:30\n"
        "回复内容：您好！您反映的情况我局已会同街道进行了解，相关补偿标准已在征收决定公告中公布，"
        "如对评估结果有异议，可依法申请复核评估。感谢您的来信。"
    ),
    "court_open_day": (
        "县人民法院举办“公众开放日”活动\n"
        "5月20日，县人民法院举办“公众开放日”活动，邀请人大代表、政协委员和群众代表30余人走进法院，"
        "参观诉讼服务中心、审判法庭和执行指挥中心，旁听一起民间借贷纠纷案件庭审。\n"
        "网友评论（2）\n"
        "法律爱好者　2024-05-20 19:40\n"
        "开放日很有意义，长见识了。\n"
        "{NICK}　2024-05-20 23:12\n"
        "{X}"
    ),
    "pre_appointment": (
        "县管干部任前公示\n"
        "根据干部选拔任用有关规定，经县委研究，拟任李晓峰同志为县自然资源局局长，现予公示。"
        "公示期间，对公示对象有异议的，可通过来信、来电、来访等方式向县委组织部反映。\n"
        "举报电话：0831-12380\n"
        "网友评论（1）\n"
        "{NICK}　2024-09-03 23:02\n"
        "{X}"
    ),
}


def host(name: str, x: str, nick: str = "匿名用户", title: str = "关于小区问题的反映") -> str:
    return HOSTS[name].replace("{NICK}", nick).replace("{TITLE}", title).replace("{X}", x)


# --------------------------------------------------------------------------------------------
# records: (category, severity, text-with-marks, note, evasion or None)
# --------------------------------------------------------------------------------------------
R = "rumor"
O = "obscenity_violence"
I = "insult_defamation"
L = "other_illegal"

SHORT: list[tuple[str, str, str, str, str | None]] = [
    # ---------------- rumor ----------------
    (R, "block", "⟦青岗水库大坝昨晚裂了一道大口子，随时可能溃坝⟧，⟦政府瞒着不说⟧，下游几个村的⟦赶紧往山上跑⟧！",
     "dam crack rumor, cover-up, flee", None),
    (R, "block", "⟦城北自来水厂被人投了毒，医院已经躺了好几个⟧，这几天千万别喝自来水，⟦扩散⟧！",
     "water poisoning rumor", None),
    (R, "block", "緊急通知：⟦紅沙灣核電站昨夜發生洩漏⟧，⟦趕快去買碘鹽⟧，晚了就沒了！",
     "nuclear leak rumor, hoarding", "traditional"),
    (R, "block", "⟦从下个月起城里养狗每条每年要交800元养犬税，交不起的一律没收⟧，⟦大家转发周知⟧。",
     "fabricated dog tax", None),
    (R, "block", "⟦听说化工园区昨晚爆炸死了一百多人，官方只说死了2个⟧，⟦大家都转一下⟧，让更多人知道真相。",
     "explosion death toll cover-up", None),
    (R, "block", "⟦市一医院发现了好几例怪病，传染性很强，整栋楼都封了⟧，⟦上面压着不让报⟧，家里有老人小孩的这几天别出门。",
     "epidemic cover-up", None),
    (R, "block", "我表哥在应急局上班，⟦说下周三前后会有7级以上地震⟧，⟦让家里人提前搬到空地上去⟧，别不信。",
     "earthquake prediction via insider", None),
    (R, "block", "⟦超市卖的大米一半是塑料做的，吃多了会得癌⟧，⟦赶紧告诉你爸妈⟧别再买了。",
     "food safety rumor", None),
    (R, "block", "⟦镇上农商银行资金链断了，下个月就关门，存款全部取不出来⟧，⟦有钱在里面的抓紧去取⟧！",
     "bank run rumor", None),
    (R, "block", "⟦明天开始全市加油站停止供油一周⟧，⟦赶紧去把车加满，再囤几桶⟧！",
     "fuel shortage rumor", None),
    (R, "block", "⟦镇上来了一伙开黑色面包车的外地人，专门偷小孩，已经丢了三个⟧，⟦家长们互相转告⟧，看好孩子！",
     "child abduction rumor", None),
    (R, "block", "⟦这批疫苗查出来有毒，打了的小孩好几个都瘫了⟧，⟦卫健委瞒着不公布⟧，⟦千万别带孩子去打⟧。",
     "vaccine rumor with cover-up", None),
    (R, "block", "⟦高铁站那边刚才有人拿刀砍人，死了七八个⟧，大家这几天别往那边去，⟦新闻肯定不会报的⟧。",
     "violent incident rumor", None),
    (R, "block", "⟦下个月起养老金要停发三个月⟧，⟦群里的老人都转一转⟧，早做准备。",
     "pension rumor", None),
    (R, "block", "⟦河西片区的地下水早就被化工厂污染了，喝了得癌⟧，⟦政府一直捂着⟧，赶紧买桶装水喝。",
     "pollution cover-up rumor", None),
    (R, "block", "⟦明 天 全 城 封 控 ， 超 市 全 部 关 门⟧ ， ⟦赶 紧 去 抢 菜⟧ 。",
     "lockdown rumor, space between characters", "separator"),
    (R, "block", "⟦核电站那边出事泄露了⟧，⟦快去囤碘盐和酱油⟧，晚了就买不到了。",
     "nuclear leak hoarding", None),
    (R, "block", "⟦明天起全市断网断电３天⟧，⟦赶紧囤水囤粮⟧，⟦转给亲戚朋友⟧！",
     "blackout rumor", "fullwidth"),
    (R, "block", "⟦这次洪水其实淹死了好几百人，上面只公布了十几个⟧，⟦看到的赶紧保存，马上就会被删⟧。",
     "flood death toll cover-up", None),
    (R, "block", "⟦东门海鲜市场的虾蟹都带病毒，已经吃死了两个人⟧，千万别去买，⟦扩散给身边的人⟧。",
     "food poisoning rumor", None),
    (R, "block", "⟦養老保險下個月全部停繳，之前交的錢都作廢⟧，⟦趕緊轉給家裡老人⟧！",
     "pension rumor traditional", "traditional"),
    (R, "review", "⟦听说明天要地震⟧？有没有知道的？",
     "earthquake hearsay question", None),
    # ---------------- obscenity_violence ----------------
    (O, "block", "⟦同城美女上门服务，全套一条龙⟧，加薇信详聊。", "sexual service ad", None),
    (O, "block", "⟦附近的小姐姐寂寞难耐，今晚可约⟧，+V看照片。", "sexual service ad", None),
    (O, "block", "⟦学生兼职妹，可包夜，价格美丽⟧，私我。", "prostitution ad", None),
    (O, "block", "⟦酒店空降，清纯学生妹，全套服务⟧，先服务后付款。", "prostitution ad", None),
    (O, "block", "⟦国产自拍偷拍，无删减高清资源⟧，点主页链接。", "porn resource ad", None),
    (O, "block", "⟦午夜福利视频，老司机都懂⟧，私信发你网址。", "porn resource ad", None),
    (O, "block", "⟦真实砍人现场高清视频，血肉横飞⟧，点我主页观看。", "gore content ad", None),
    (O, "block", "⟦我就带刀去把他们全家都砍了⟧，⟦砍死一个够本⟧。", "violent threat", None),
    (O, "block", "⟦谁再来拆我家房子，我就一把火把村委会烧了⟧。", "arson threat", None),
    (O, "block", "⟦明天我揣着菜刀去学校门口，见一个杀一个⟧。", "mass violence threat", None),
    (O, "block", "⟦这个月工资再不发，我就去把老板全家捅了⟧。", "violent threat", None),
    (O, "block", "⟦汽油我已经买好了，明天去镇政府跟他们同归于尽⟧。", "violent threat", None),
    (O, "block", "⟦老子迟早炸了这个破派出所⟧。", "bomb threat", None),
    (O, "block", "⟦车祸现场、分尸现场高清无码合集⟧，进群看。", "gore content ad", None),
    (O, "block", "⟦女主播一对一脱光了陪你聊⟧，下载APP。", "sex camming ad", None),
    (O, "block", "⟦视频裸体聊天，真人验证，不满意不收费⟧。", "nude chat ad", None),
    (O, "block", "⟦美女主播全程露点直播⟧，扫码进直播间。", "porn livestream ad", None),
    (O, "block", "⟦虐猫视频全集出售，越残忍越好看⟧。", "animal cruelty gore", None),
    (O, "block", "⟦同城約妹，上門服務，包夜價格實惠⟧，加微。", "prostitution ad traditional", "traditional"),
    (O, "block", "⟦上·门·服·务 美·女 包·夜⟧ 加V", "prostitution ad separators", "separator"),
    (O, "block", "⟦我 要 杀 了 他 们 全 家⟧", "threat spaces", "separator"),
    (O, "block", "⟦线上真钱棋牌，输赢都能提现，充值就送⟧，人多好玩。", "gambling ad", None),
    # ---------------- insult_defamation ----------------
    (I, "review", "⟦镇党委书记刘德明贪污了几百万，还养了三个情人⟧。", "unproven corruption allegation", None),
    (I, "block", "⟦城管局那帮人就是土匪流氓，一群畜生⟧。", "organisation abuse", None),
    (I, "review", "⟦张丽华这个局长是靠陪睡爬上去的⟧。", "sexual allegation against named official", None),
    (I, "block", "⟦赵 卫 东 就 是 个 人 渣⟧。", "named abuse spaced", "separator"),
    (I, "block", "县医院黄志明主任⟦医术垃圾，收红包害死人⟧，⟦就是个杀人犯⟧。", "doctor abuse", None),
    (I, "block", "⟦马晓东副县长能力太差了，简直是个饭桶⟧。", "official abuse", None),
    (I, "block", "⟦教育局的孙建国就是个老色鬼⟧，天天骚扰女老师。", "named abuse", None),
    (I, "block", "⟦李春梅这种女人也配当校长？就是个泼妇⟧。", "named abuse", None),
    (I, "review", "⟦派出所那伙警察跟黑社会是一伙的，收了保护费⟧。", "organisation allegation", None),
    (I, "block", "⟦王海涛那个狗东西⟧，⟦贪了扶贫款去赌博⟧。", "named abuse plus allegation", None),
    (I, "block", "⟦街道办那群废物⟧，除了吃拿卡要什么都不会。", "organisation abuse", None),
    (I, "block", "⟦信访局的人全是冷血动物，一帮吸血鬼⟧。", "organisation abuse", None),
    (I, "block", "⟦村支书陈国富是个地痞无赖⟧，霸占村里的地。", "named abuse", None),
    (I, "review", "⟦这个法官吃了原告的钱，判案全看谁给的多⟧。", "judge bribery allegation", None),
    (I, "block", "⟦人民医院的医生都是屠夫⟧，进去就别想活着出来。", "organisation abuse", None),
    (I, "block", "⟦顺达公司老板郑伟就是个骗子加流氓⟧，欠了工人三年工资。", "named abuse", None),
    (I, "review", "⟦吳建軍這個局長收了開發商兩百萬⟧，誰都知道。", "allegation traditional", "traditional"),
    (I, "block", "⟦刘-德-明-是-个-畜-生⟧", "named abuse separators", "separator"),
    (I, "block", "⟦孙书记就是个沙雕⟧，啥事都办不成。", "homophone insult", None),
    (I, "block", "⟦周副镇长这个王八⟧，⟦活该断子绝孙⟧。", "official abuse curse", None),
    (I, "block", "⟦何美玲就是个不要脸的狐狸精，专门勾引有钱人⟧。", "named abuse", None),
    # ---------------- other_illegal ----------------
    (L, "block", "⟦冰、果、K都有货，同城闪送⟧，懂的来。", "drug sale slang", None),
    (L, "block", "⟦专业办理各类证件：身份证、驾驶证、毕业证、房产证，一比一还原⟧，加微详聊。", "fake certificates", None),
    (L, "block", "⟦有需要开票的老板找我，各行各业的票都能开，专票普票都有⟧，点数好商量。", "invoice fraud", None),
    (L, "block", "⟦全国车主信息实时更新，五毛一条⟧，需要的私聊。", "personal data sale", None),
    (L, "block", "⟦高价回收银行卡，一张一千五，只要一类卡⟧，当天结算。", "bank card purchase", None),
    (L, "block", "⟦出租微信号、支付宝账号，一天200⟧，躺着赚钱。", "account rental", None),
    (L, "block", "⟦试管代孕一站式服务，包生儿子⟧，不成功全额退款。", "surrogacy ad", None),
    (L, "block", "⟦招聘代孕妈妈，报酬二十万⟧，包吃包住。", "surrogacy recruitment", None),
    (L, "block", "⟦不用上课不用考试，半年拿本科毕业证，学信网能查⟧。", "diploma mill", None),
    (L, "block", "⟦驾照不用考，交钱直接拿本⟧，C1、B2都能办。", "driving licence without exam", None),
    (L, "block", "⟦成人高考替考，包过⟧，价格私聊。", "exam impersonation", None),
    (L, "block", "⟦今年中考真题答案，考前三天发给你⟧，诚信交易。", "exam answers sale", None),
    (L, "block", "⟦专业查人：开房记录、通话清单、微信聊天记录都能查⟧，保密。", "illegal data lookup", None),
    (L, "block", "⟦穿山甲鳞片、犀角，老货保真⟧，喜欢的私我。", "wildlife sale", None),
    (L, "block", "⟦新型听话水，无色无味，喷一下就听话⟧，货到付款。", "drugging agent sale", None),
    (L, "block", "⟦專業代開增值稅發票，各行業都可開⟧，點數低。", "invoice fraud traditional", "traditional"),
    (L, "block", "⟦办*证*刻*章 各*类*证*件⟧ 电话xxxx", "fake certificate ad separators", "separator"),
    (L, "block", "⟦Ｋ粉 冰毒 麻古 同城配送⟧ ＱＱ：ｘｘｘｘ", "drug sale fullwidth", "fullwidth"),
    (L, "block", "⟦长期高价收购电话卡、物联网卡⟧，量大价优。", "SIM card purchase", None),
    (L, "block", "⟦帮老板走流水，一天一百万流水给你3个点⟧。", "money laundering", None),
    (L, "block", "⟦信用卡套现，秒到账，费率0.5⟧。", "credit card cash-out", None),
    (L, "block", "⟦考场专用作弊耳机，全程包过⟧。", "cheating device", None),
    (L, "block", "⟦电子烟油加了料，抽一口飘飘欲仙⟧，懂的私聊。", "spiked e-liquid", None),
    (L, "block", "⟦带你去缅甸搞钱，月入十万，包偷渡过境⟧。", "illegal border crossing recruitment", None),
]

PLANTED: list[tuple[str, str, str, str, str, str | None, dict]] = [
    # (category, severity, host, planted text, note, evasion, host kwargs)
    # ---------------- rumor ----------------
    (R, "block", "flood_news",
     "⟦上游水库今晚要开闸放水，整个镇子都会被淹，官方不敢说⟧，⟦住低处的赶紧跑⟧！",
     "flood rumor comment", None, {"nick": "知情人"}),
    (R, "block", "message_board",
     "我家在滨河路，⟦听邻居说自来水被人投毒了，医院里躺了十几个⟧，⟦政府为什么瞒着不说⟧？大家千万别喝自来水。",
     "water poisoning rumor on message board", None, {"title": "自来水是不是出问题了"}),
    (R, "block", "vaccine_notice",
     "⟦这批疫苗是过期的，已经打死过人了⟧，⟦千万别带孩子去，转给群里家长⟧。",
     "vaccine rumor comment", None, {}),
    (R, "block", "flood_news",
     "⟦专家内部说这个月底真要大地震⟧，⟦赶紧囤点吃的喝的⟧。",
     "quake rumor comment", None, {"nick": "用户8812"}),
    (R, "block", "message_board",
     "⟦东区化工厂爆炸了，毒气正往城里飘⟧，⟦官方只说是小火灾⟧，大家关好门窗别出门。",
     "chemical leak rumor message", None, {"title": "东区是不是出事了"}),
    (R, "block", "report_paragraph",
     "⟦医保卡下个月全部作废，里面的钱会被清零⟧，⟦赶紧去把钱取出来，转给家里老人⟧！",
     "medical insurance rumor planted in report", None, {}),
    (R, "block", "investment_news",
     "⟦从明年起农村种地要交土地税，每亩300元，不交就收回承包地⟧，⟦大家转发⟧。",
     "land tax rumor planted", None, {}),
    (R, "block", "weather_warning",
     "⟦气象局的朋友说这次台风会死上千人，上面不让往外说⟧，⟦能走的赶紧走⟧。",
     "typhoon rumor comment", None, {}),
    (R, "block", "school_notice",
     "⟦学校食堂的饭菜里有老鼠药，已经有学生被毒死了⟧，⟦学校和教育局都瞒着⟧！",
     "school poisoning rumor", None, {}),
    (R, "block", "water_quality",
     "⟦水质报告都是假的，自来水里测出了致癌物⟧，⟦政府瞒报⟧，千万别喝，⟦扩散⟧！",
     "water quality rumor", None, {}),
    (R, "block", "flood_news",
     "⟦聽說化工廠那邊爆炸死了好多人，官方只說沒有傷亡⟧，⟦大家快轉⟧。",
     "explosion rumor traditional", "traditional", {"nick": "路人甲"}),
    (R, "block", "flood_news",
     "⟦大 坝 裂 了 ， 马 上 就 要 溃 坝⟧ ， ⟦下 游 的 快 跑⟧ ！",
     "dam rumor spaced", "separator", {"nick": "网友a7f3"}),
    (R, "block", "message_board",
     "⟦有人在菜市场给小孩打毒针，已经抓走了好几个孩子⟧，⟦派出所不让说⟧，大家千万要看好孩子。",
     "child abduction rumor message", None, {"title": "菜市场不安全"}),
    (R, "block", "footer",
     "⟦县农商行要破产了，内部员工都在偷偷取钱⟧，⟦有存款的赶紧取出来⟧，晚了就没了。",
     "bank run rumor in footer", None, {}),
    (R, "block", "weather_warning",
     "⟦明天开始全区拉闸限电，要停一个月⟧，⟦赶紧去买发电机和蜡烛⟧。",
     "power cut rumor", None, {"nick": "用户3306"}),
    (R, "block", "investment_news",
     "⟦高速上连环车祸烧死了三十多人，新闻一个字都不报⟧，⟦大家转出去⟧。",
     "accident cover-up rumor planted", None, {}),
    (R, "block", "hospital_news",
     "⟦医院太平间都堆满了，这次流感死了几百人⟧，⟦卫健委瞒着⟧，出门一定戴口罩，⟦转告家人⟧。",
     "epidemic death toll rumor", None, {}),
    (R, "block", "water_quality",
     "⟦明天起物价全部上涨５倍⟧，⟦赶紧去超市囤货⟧！",
     "price rumor fullwidth", "fullwidth", {}),
    (R, "block", "school_notice",
     "⟦下周起全县中小学停课，因为出了传染病⟧，⟦通知还没发，先告诉你们，快转给其他家长⟧。",
     "school closure rumor", None, {}),
    (R, "block", "report_paragraph",
     "⟦外省运来的猪肉都带非洲猪瘟，吃了人也会感染⟧，⟦朋友圈都转起来⟧！",
     "pork rumor planted", None, {}),
    # ---------------- obscenity_violence ----------------
    (O, "block", "investment_news",
     "⟦同城约会，美女上门，全套服务⟧ 薇信xxxx",
     "sexual service ad planted", None, {}),
    (O, "block", "demolition_board",
     "补偿款一直谈不拢，⟦再逼我搬，我就拿刀去把拆迁办的人一个个全砍了⟧。",
     "threat on message board", None, {"title": "拆迁补偿不合理"}),
    (O, "block", "message_board",
     "干了一年活一分钱没拿到，⟦包工头再不给钱，我就去把他家房子炸了，大不了一起死⟧。",
     "bomb threat wage dispute", None, {"title": "农民工工资被拖欠"}),
    (O, "block", "school_notice",
     "⟦看学生妹私密视频，点我头像⟧",
     "porn ad under school notice", None, {"nick": "福利姐姐"}),
    (O, "block", "investment_news",
     "⟦本地夜生活，少妇兼职，快餐200包夜500⟧ 私聊",
     "prostitution ad planted", None, {}),
    (O, "block", "footer",
     "⟦午夜成人影院 免费看片 最新网址⟧ xxxx.com",
     "porn site footer spam", None, {}),
    (O, "block", "court_open_day",
     "⟦杀人分尸完整视频，胆小勿入⟧，私信我发资源。",
     "gore ad comment", None, {"nick": "资源分享"}),
    (O, "block", "hospital_news",
     "⟦那个医生治死了我爸，我要带刀去医院让他偿命⟧。",
     "threat against doctor", None, {}),
    (O, "block", "demolition_board",
     "⟦再不處理，我就去把他們全家殺了⟧。",
     "threat traditional", "traditional", {"title": "强拆问题"}),
    (O, "block", "leader_visit",
     "⟦我早就想弄死那几个城管了，看到一个捅一个⟧。",
     "threat against officers", None, {}),
    (O, "block", "investment_news",
     "⟦线上真人棋牌，输赢都能提现，注册就领红包⟧，官网xxxx.com",
     "gambling ad planted", None, {}),
    (O, "block", "weather_warning",
     "⟦ＳＰＡ会所 全套服务 美女技师⟧ 加ＶＸ：ｘｘｘｘ",
     "prostitution ad fullwidth", "fullwidth", {"nick": "会所客服"}),
    (O, "block", "flood_news",
     "⟦高清偷拍女厕所视频，打包出售⟧",
     "voyeur porn sale", None, {"nick": "用户0091"}),
    (O, "block", "demolition_board",
     "⟦谁敢动我家的地，我就让他全家陪葬⟧。",
     "death threat message board", None, {"title": "土地纠纷"}),
    (O, "block", "message_board",
     "物业天天停我家的水，⟦再这样我就去放火把物业办公室烧了⟧。",
     "arson threat", None, {"title": "物业乱停水"}),
    (O, "block", "school_notice",
     "⟦上次捅学生的那个人是英雄，这种人应该多几个⟧。",
     "glorifying violence", None, {}),
    (O, "block", "report_paragraph",
     "⟦寂寞少妇在线陪聊 可视频可见面⟧ 加微xxxx",
     "sexual service ad in report", None, {}),
    (O, "block", "court_open_day",
     "⟦判得这么轻？等他出来我亲手宰了他⟧。",
     "revenge threat", None, {}),
    (O, "block", "footer",
     "⟦約·炮·神·器 同·城·速·約⟧ 點擊下載",
     "hookup app ad traditional separators", "mixed", {}),
    (O, "block", "hospital_news",
     "⟦真实车祸断头现场视频，高清无码⟧，关注我看完整版。",
     "gore ad comment", None, {"nick": "猎奇君"}),
    # ---------------- insult_defamation ----------------
    (I, "block", "leader_visit",
     "⟦陪同调研的那个马副县长就是个饭桶，啥也不懂⟧。",
     "official abuse under news", None, {}),
    (I, "block", "message_board",
     "我在路边卖菜，⟦城管执法大队的赵队长就是个土匪⟧，把我的三轮车抢走了。",
     "named officer abuse", None, {"title": "城管执法粗暴"}),
    (I, "review", "award_notice",
     "⟦这个吴志刚的劳模是给领导送钱买来的⟧，大家心里都清楚。",
     "allegation against award nominee", None, {}),
    (I, "review", "pre_appointment",
     "⟦拟任的这个李晓峰在原单位贪了好几百万，还包养了情妇⟧，这种人也能提拔？",
     "allegation against nominee", None, {}),
    (I, "block", "hospital_news",
     "⟦儿科的何主任就是个庸医⟧，⟦收红包还害死了我侄子⟧。",
     "doctor abuse allegation", None, {}),
    (I, "block", "message_board",
     "宅基地的事拖了三年，⟦你们国土局的人就是一群吸血鬼⟧。",
     "organisation abuse message", None, {"title": "宅基地审批太慢"}),
    (I, "block", "school_notice",
     "⟦校长钱立新这个老流氓⟧，⟦猥亵过好几个女学生⟧，教育局管不管？",
     "principal abuse allegation", None, {}),
    (I, "block", "court_open_day",
     "⟦那个判案的刘法官就是条收钱的狗⟧。",
     "judge abuse", None, {}),
    (I, "block", "message_board",
     "⟦物業經理張強就是個無賴，畜生不如⟧。",
     "manager abuse traditional", "traditional", {"title": "物业服务差"}),
    (I, "review", "leader_visit",
     "⟦镇长林海把全镇的扶贫款都装进了自己腰包⟧，这次调研就是走过场。",
     "corruption allegation", None, {}),
    (I, "block", "weather_warning",
     "⟦交警队那帮孙子就知道罚款，一群强盗⟧。",
     "police abuse", None, {"nick": "老司机"}),
    (I, "review", "report_paragraph",
     "⟦宣传部的冯丽丽跟好几个领导都有一腿，升得比谁都快⟧。",
     "sexual allegation planted", None, {}),
    (I, "block", "investment_news",
     "⟦文旅局长黄建新就是个只会吹牛的草包⟧，招商全是假的。",
     "official abuse planted", None, {}),
    (I, "block", "demolition_board",
     "⟦拆迁办的陈主任是个黑心烂肺的东西⟧，⟦一家人都不得好死⟧。",
     "abuse and curse", None, {"title": "拆迁补偿不公"}),
    (I, "block", "award_notice",
     "⟦吴 志 刚 就 是 个 马 屁 精 ， 一 条 哈 巴 狗⟧",
     "named abuse spaced", "separator", {"nick": "知情人士"}),
    (I, "block", "hospital_news",
     "⟦县医院就是个杀人不眨眼的屠宰场⟧。",
     "hospital abuse", None, {}),
    (I, "review", "message_board",
     "⟦社区书记王桂兰把低保名额都给了她自己亲戚，还收了人家的钱⟧。",
     "allegation on message board", None, {"title": "低保评定不公"}),
    (I, "block", "school_notice",
     "⟦三年级的班主任周敏简直就是个神经病⟧，天天体罚学生。",
     "teacher abuse", None, {}),
    (I, "block", "footer",
     "⟦滨河区环保局全是一帮吃干饭的废物⟧",
     "organisation abuse footer", None, {}),
    (I, "block", "pre_appointment",
     "⟦李晓峰這個人就是個偽君子，人渣一個⟧。",
     "nominee abuse traditional", "traditional", {}),
    # ---------------- other_illegal ----------------
    (L, "block", "investment_news",
     "⟦各类证件加急办理，毕业证、资格证、驾驶证都能做⟧，联系xxxx",
     "fake certificates planted", None, {}),
    (L, "block", "report_paragraph",
     "⟦公司开票找我，增值税专票普票都能开，税点低⟧ 电话xxxx",
     "invoice fraud planted", None, {}),
    (L, "block", "flood_news",
     "⟦冰妹、溜冰工具同城配送⟧ 懂的加我",
     "drug sale comment", None, {"nick": "夜猫子"}),
    (L, "block", "footer",
     "⟦出售全国手机号实名数据、快递单号信息，每天更新⟧ xxxx",
     "personal data sale footer", None, {}),
    (L, "block", "school_notice",
     "⟦高考替考，名校大学生亲自上阵，包上一本⟧，私聊xxxx",
     "exam impersonation comment", None, {"nick": "学长"}),
    (L, "block", "message_board",
     "⟦收银行卡，一张八百到一千五，有U盾更好⟧，需要钱的联系我。",
     "bank card purchase message", None, {"title": "兼职信息"}),
    (L, "block", "hospital_news",
     "⟦代孕试管包男孩，成功率99%⟧ 详询xxxx",
     "surrogacy ad comment", None, {"nick": "好孕中心"}),
    (L, "block", "weather_warning",
     "⟦野生穿山甲现货，活体冷冻都有⟧，价格私聊。",
     "wildlife sale comment", None, {"nick": "山货"}),
    (L, "block", "investment_news",
     "⟦手机点赞兼职，一单五元，日结不压款⟧ 加导师xxxx",
     "task scam recruitment", None, {}),
    (L, "block", "footer",
     "⟦出售迷情药、失身粉，无色无味，效果保证⟧ xxxx",
     "drugging agent sale footer", None, {}),
    (L, "block", "report_paragraph",
     "⟦代辦畢業證、學位證，學信網可查⟧ 聯繫xxxx",
     "diploma ad traditional", "traditional", {}),
    (L, "block", "flood_news",
     "⟦大 麻 叶 子 到 货 了 ， 货 到 付 款⟧",
     "drug sale spaced", "separator", {"nick": "匿名"}),
    (L, "block", "court_open_day",
     "⟦专业帮人洗白黑钱，跑分通道稳定，日结佣金⟧。",
     "laundering ad", None, {}),
    (L, "block", "leader_visit",
     "⟦高价收对公账户、营业执照，一套两万⟧。",
     "corporate account purchase", None, {}),
    (L, "block", "water_quality",
     "⟦查个人开房记录、户籍信息，半小时出结果⟧，v：xxxx",
     "illegal data lookup comment", None, {}),
    (L, "block", "award_notice",
     "⟦职称证书不用评审，直接拿证，全国联网可查⟧",
     "fake professional title", None, {"nick": "职称办理"}),
    (L, "block", "school_notice",
     "⟦中考答案考前出售，准确率百分百⟧，名额有限。",
     "exam answers sale", None, {"nick": "押题王"}),
    (L, "block", "investment_news",
     "⟦缅北高薪招聘，月入五万，包办偷渡⟧ 联系xxxx",
     "border crossing recruitment", None, {}),
    (L, "block", "footer",
     "⟦Ｖ信收购实名微信号、支付宝号，高价长期收⟧",
     "account purchase fullwidth", "fullwidth", {}),
    (L, "block", "hospital_news",
     "⟦验血查男女，寄血三天出结果，准确率99%⟧",
     "fetal sex test ad", None, {"nick": "香港验血"}),
]

# --------------------------------------------------------------------------------------------
# FRESH ROUNDS: after each round of rule changes a new set of free-form sentences was written, measured
# once (recall on them was 3-10/15 before tuning), then used for the next round. They are kept here as
# regression records; the whole sentence is the span. (category, severity, text, round)
# --------------------------------------------------------------------------------------------
FRESH: list[tuple[str, str, str, str]] = [
    ('rumor', 'block', '刚收到消息，西山隧道塌方了，里面埋了几十辆车，交通局压着不发布，大家别走那条路，转给开车的朋友', '1'),
    ('rumor', 'block', '疾控的同学悄悄告诉我，咱们市已经有人感染了新型出血热，医院都住满了，上面怕引起恐慌一直不公开', '1'),
    ('rumor', 'block', '重要提醒：下月1号开始存款超过5万要交利息税，赶快把钱转走，晚一步就亏了', '1'),
    ('rumor', 'block', '化工厂排的废水把河里的鱼全毒死了，下游吃水的都要得病，政府收了钱装聋作哑，扩散出去让大家都知道', '1'),
    ('rumor', 'block', '明天全县停水一个星期，水厂被污染了，赶紧接满水缸，多囤几桶矿泉水', '1'),
    ('rumor', 'block', '那个小区昨晚煤气爆炸，炸死了十多个人，电视台一个字不提，让我们都转出去', '1'),
    ('rumor', 'block', '城南幼儿园有老师虐待孩子，已经打死了一个，园长塞了钱压下来了，家长们赶快去接孩子', '1'),
    ('rumor', 'block', '速看！据可靠消息，本周六全市所有银行暂停取款，有钱的赶紧去取', '1'),
    ('rumor', 'block', '湖里发现了一具无头女尸，凶手还在附近流窜，晚上千万别出门，告诉家里人', '1'),
    ('rumor', 'block', '今年养老保险不交的以后医保卡直接停用，村里都在传，赶紧互相通知一下', '1'),
    ('rumor', 'block', '水库管理员说大坝有裂缝，县里不让声张，住在坝下的赶紧收拾东西往外跑', '1'),
    ('rumor', 'block', '紧急！城西菜市场的猪肉全是病死猪，已经吃倒了一家人，转给身边所有人', '1'),
    ('rumor', 'block', '高压线旁边的基站辐射超标，附近已经好几个人得了白血病，政府就是不管，大家快搬走', '1'),
    ('rumor', 'block', '下周开始外地车一律不准进城，抓到罚五千，赶紧转给跑货的司机', '1'),
    ('rumor', 'block', '省里来的专家私下说今年夏天会有特大洪水，整个县城都要淹，能搬的早点搬', '1'),
    ('obscenity_violence', 'block', '高端商务模特，可陪游陪玩，全城最低价，微信详谈', '1'),
    ('obscenity_violence', 'block', '大学城附近学妹兼职，颜值高，服务好，可到酒店', '1'),
    ('obscenity_violence', 'block', '会所新到一批00后技师，一条龙服务，包您满意', '1'),
    ('obscenity_violence', 'block', '看直播间的小姐姐跳脱衣舞，打赏就能看更多', '1'),
    ('obscenity_violence', 'block', '私人影院午夜场，成人片随便点，情侣专座', '1'),
    ('obscenity_violence', 'block', '收藏了几百部日韩无码片，一个G两块钱', '1'),
    ('obscenity_violence', 'block', '谁再欺负我女儿，我就拿斧头劈了他', '1'),
    ('obscenity_violence', 'block', '等我出去了第一件事就是找到那个法官，让他全家不得安宁，我弄死他', '1'),
    ('obscenity_violence', 'block', '狗日的开发商不给房，我明天扛着煤气罐去售楼部', '1'),
    ('obscenity_violence', 'block', '我要把那个告状的打断腿，看他还敢不敢', '1'),
    ('obscenity_violence', 'block', '有没有人一起去学校门口堵那个老师，揍死他', '1'),
    ('obscenity_violence', 'block', '收集了各种跳楼自杀现场照片，重口味慎入，私聊获取', '1'),
    ('obscenity_violence', 'block', '网上打牌能赢真钱，一局几百，微信转账结算', '1'),
    ('obscenity_violence', 'block', '真人在线斗牛，庄闲对赌，输了包赔一半', '1'),
    ('obscenity_violence', 'block', '这种狗官就该被人捅死，捅他的人是为民除害', '1'),
    ('insult_defamation', 'block', '卫健局的杨明辉就是个只会拍马屁的狗奴才', '1'),
    ('insult_defamation', 'block', '街道那个姓郭的主任就是个流氓，仗着有人撑腰欺负老百姓', '1'),
    ('insult_defamation', 'review', '派出所所长韩立军跟黑老大称兄道弟，收黑钱放人', '1'),
    ('insult_defamation', 'block', '那个叫宋佳的副科长长得跟猪一样，还整天骂人', '1'),
    ('insult_defamation', 'block', '我们镇的陆书记就是个大骗子，答应修的路到现在都没修', '1'),
    ('insult_defamation', 'block', '医院的田主任是个没良心的屠夫，开刀就为了拿提成', '1'),
    ('insult_defamation', 'block', '县长秘书孔凡宇靠拍马屁上位，背后就是个人渣', '1'),
    ('insult_defamation', 'block', '房管局那些人都是一群饭桶，办个证跑了十几趟', '1'),
    ('insult_defamation', 'review', '邱校长睡了好几个女老师，还把自己小舅子安排进学校', '1'),
    ('insult_defamation', 'review', '这个姓谢的法官收了被告二十万，判决完全颠倒黑白', '1'),
    ('insult_defamation', 'block', '老 板 范 德 胜 是 个 王 八 蛋，拖欠工资不给', '1'),
    ('insult_defamation', 'block', '物业公司都是一帮地痞流氓，收费不干活', '1'),
    ('insult_defamation', 'review', '村会计魏红霞做假账贪了集体的钱，还给她儿子盖了别墅', '1'),
    ('insult_defamation', 'block', '税务局的蒋科长简直是个吸血鬼，逼得我们小店关门', '1'),
    ('insult_defamation', 'block', '乡长邓建华就是一头蠢驴，瞎指挥害得我们颗粒无收', '1'),
    ('other_illegal', 'block', '到货一批高纯度的冰，质量杠杠的，同城一小时送达', '1'),
    ('other_illegal', 'block', '需要叶子的老哥私聊，云南直发，包邮', '1'),
    ('other_illegal', 'block', '全国各地驾驶证、行驶证均可办理，档案可查，不用到场', '1'),
    ('other_illegal', 'block', '帮忙做大专本科学历，学信网永久可查，先拿证后付款', '1'),
    ('other_illegal', 'block', '专业代开普票专票，各种行业都能做，价格实惠', '1'),
    ('other_illegal', 'block', '出手一批股民和宝妈精准数据，手机号带姓名，一毛一条', '1'),
    ('other_illegal', 'block', '能查任何人的手机定位和开房记录，一次500，不准不要钱', '1'),
    ('other_illegal', 'block', '收购个人银行卡一套1200，带U盾和手机卡，秒结', '1'),
    ('other_illegal', 'block', '出租支付宝和微信收款码，每天躺赚300，有意者联系', '1'),
    ('other_illegal', 'block', '招募代孕妈妈，身体健康即可，报酬丰厚，全程保密', '1'),
    ('other_illegal', 'block', '泰国试管包性别，双胞胎定制，全程陪同', '1'),
    ('other_illegal', 'block', '四六级考试答案考前一天发，包过不过退款', '1'),
    ('other_illegal', 'block', '迷药、催情水现货，一滴见效，顺丰保密发货', '1'),
    ('other_illegal', 'block', '穿山甲、熊胆粉、虎骨酒，正宗野生，朋友圈看图', '1'),
    ('other_illegal', 'block', '跑分平台招代理，佣金千分之八，需要有闲置银行卡', '1'),
    ('rumor', 'block', '刚刚！城东加油站发生爆炸，死伤无数，消防车全去了，大家别往那边走，赶快发给你的家人', '2'),
    ('rumor', 'block', '真的假的？听说下个月开始电动车上路要考驾照，没证的全部扣车，大家传一传', '2'),
    ('rumor', 'block', '我在医院当护士的姐姐说，这几天送来的发烧病人特别多，其实是新病毒，院里让我们别乱说', '2'),
    ('rumor', 'block', '北河大桥已经出现了大裂缝，随时要断，交通部门知道了也不管，开车的千万绕开', '2'),
    ('rumor', 'block', '今晚12点后全市手机信号全部关闭，检修三天，有急事的提前打电话，速传', '2'),
    ('rumor', 'block', '学校后山那片林子有人贩子出没，前天一个初二女生失踪了，老师都不让往外讲，家长注意', '2'),
    ('rumor', 'block', '某某奶粉厂的奶粉检出三聚氰胺，已经有婴儿肾结石住院了，还在卖，千万别买，转起来', '2'),
    ('rumor', 'block', '好消息！国家给60岁以上老人每人发3000元补贴，拿身份证去村委会登记，过期作废，告诉你身边的老人', '2'),
    ('rumor', 'block', '市里要拆迁整个老城区，补偿款每平米只给500，文件下周就出来，赶紧找关系', '2'),
    ('rumor', 'block', '昨晚那场大火烧死了几十个工人，老板跑了，政府捂得严严实实', '2'),
    ('rumor', 'block', '刚从内部群里看到的，明天上午全市的学校都要停课，原因保密，先别外传', '2'),
    ('rumor', 'block', '注意！最近有一种新型诈骗，接到这个号码的电话一接听手机就会被盗刷，紧急通知大家', '2'),
    ('rumor', 'block', '河里的水全是黑的，鱼死了一大片，肯定是上游化工厂偷排，环保局收了好处才不管', '2'),
    ('rumor', 'block', '大家注意，城北小区的自来水有股怪味，好几户都拉肚子了，物业还不承认', '2'),
    ('rumor', 'block', '朋友圈疯传，县一中有学生跳楼了，校方封锁了现场，所有老师都被下了封口令', '2'),
    ('rumor', 'block', '地震局专家预测未来三天本地必有强震，家里备好应急包，晚上别睡太死', '2'),
    ('rumor', 'block', '鸡蛋里查出致癌物了，吃了会得肝癌，超市都下架了，你们家还在吃吗？快扔掉', '2'),
    ('rumor', 'block', '县医院停止接收急诊，说是设备坏了，有病去市里，别耽误了', '2'),
    ('rumor', 'block', '今年粮食要减产一半，米价马上要翻倍，手里有钱的多买几袋米放着', '2'),
    ('rumor', 'block', '下周一起全县严查电动车，不戴头盔一律罚200扣车，不是开玩笑，快转', '2'),
    ('obscenity_violence', 'block', '同城交友，寂寞空虚的姐姐约你，见面再付款', '2'),
    ('obscenity_violence', 'block', '高端私人定制服务，大学生、空姐、模特任选，一晚三千', '2'),
    ('obscenity_violence', 'block', '按摩店新来的几个妹妹手法好，还有特殊项目，懂的来', '2'),
    ('obscenity_violence', 'block', '网红私房照流出，露脸无水印，二十块一套', '2'),
    ('obscenity_violence', 'block', '全网最全的偷拍视频合集，宾馆、浴室、更衣室都有，下载链接在评论区', '2'),
    ('obscenity_violence', 'block', '成年人的快乐，你懂的，扫码进群看精彩', '2'),
    ('obscenity_violence', 'block', '拆我房子？行，谁来拆我就砍谁，我这条命不要了', '2'),
    ('obscenity_violence', 'block', '明天我就去把那个姓王的车给砸了，再找人废了他', '2'),
    ('obscenity_violence', 'block', '这帮当官的就该拉出去全部枪毙', '2'),
    ('obscenity_violence', 'block', '我已经准备好了，等他下班就在路口捅他', '2'),
    ('obscenity_violence', 'block', '要是讨不回工钱，我就从楼上跳下去，再带几个一起走', '2'),
    ('obscenity_violence', 'block', '今天谁敢来强拆，我就点燃煤气跟他们同归于尽', '2'),
    ('obscenity_violence', 'block', '我迟早要拿枪把那几个人都突突了', '2'),
    ('obscenity_violence', 'block', '真实杀人视频，全程无剪辑，胆子大的来看', '2'),
    ('obscenity_violence', 'block', '网上斗地主赢了直接微信提现，我一晚上赢了两千', '2'),
    ('obscenity_violence', 'block', '时时彩稳赚计划，跟着导师投注，每天回本', '2'),
    ('obscenity_violence', 'block', '加入我们的体育竞猜群，每场比赛都有内幕，包赢', '2'),
    ('obscenity_violence', 'block', '炸药配方和制作步骤我都有，需要的私信', '2'),
    ('obscenity_violence', 'block', '出售高仿真手枪，可发射钢珠，威力大', '2'),
    ('obscenity_violence', 'block', '那个人被打得满脸是血，太解气了，打得好，再多打几下', '2'),
    ('insult_defamation', 'block', '公安局的刘队长就是条看门狗，谁给钱就帮谁', '2'),
    ('insult_defamation', 'block', '街道主任李华这个人阴险狡诈，就是个笑面虎', '2'),
    ('insult_defamation', 'review', '我们村的支书孙德旺是个老赖，欠钱不还还打人', '2'),
    ('insult_defamation', 'block', '城管大队的胖子队长简直就是个流氓头子', '2'),
    ('insult_defamation', 'block', '社保局办事的那个女的态度恶劣，就是个母夜叉', '2'),
    ('insult_defamation', 'review', '那个姓胡的副县长包养了两个女大学生，大家都知道', '2'),
    ('insult_defamation', 'review', '镇卫生院院长方国华拿国家的钱给自己盖了三层楼', '2'),
    ('insult_defamation', 'review', '县法院执行局的人跟被执行人串通好了，收了钱就不执行', '2'),
    ('insult_defamation', 'block', '人社局的钟敏就是个势利眼，有关系的马上办，没关系的拖着', '2'),
    ('insult_defamation', 'block', '这家医院就是个骗钱的黑窝点，没病都给你说成有病', '2'),
    ('insult_defamation', 'review', '教育局长胡建军的文凭是假的，花钱买的', '2'),
    ('insult_defamation', 'block', '那个局长就是个贪得无厌的硕鼠', '2'),
    ('insult_defamation', 'block', '开发商老板丁海就是个无耻的骗子，卷钱跑路了', '2'),
    ('insult_defamation', 'block', '住建局的那帮官僚全是废物点心', '2'),
    ('insult_defamation', 'review', '学校的体育老师严俊猥亵女生，学校还包庇他', '2'),
    ('insult_defamation', 'block', '派出所的民警都是流氓，打人还不讲理', '2'),
    ('insult_defamation', 'block', '村主任葛长林是个欺男霸女的恶霸', '2'),
    ('insult_defamation', 'block', '这个医生就是个杀猪的，把我妈的手术做坏了', '2'),
    ('insult_defamation', 'review', '县委书记的小舅子承包了全县的工程，都是他一手安排的', '2'),
    ('insult_defamation', 'block', '我们单位的郝处长是个王八蛋，克扣我们的奖金', '2'),
    ('other_illegal', 'block', '本人有货，冰和麻果都有，老客户优惠，见面交易', '2'),
    ('other_illegal', 'block', '新到一批上头的烟，抽了能嗨一晚上，要的私我', '2'),
    ('other_illegal', 'block', '专业制作各种公章、合同章、发票章，当天可取', '2'),
    ('other_illegal', 'block', '二级建造师证挂靠，不用考，一年两万', '2'),
    ('other_illegal', 'block', '出售今年一建考试押题，原题命中率90%', '2'),
    ('other_illegal', 'block', '有资源出售全市小区业主电话，精准到楼栋门牌', '2'),
    ('other_illegal', 'block', '可帮忙查询任何手机号的机主姓名和身份证号', '2'),
    ('other_illegal', 'block', '回收实名认证的抖音号、快手号，一个五十', '2'),
    ('other_illegal', 'block', '招聘日结兼职，提供银行卡帮忙转账，每笔提成5%', '2'),
    ('other_illegal', 'block', '专业帮你刷淘宝好评，一单八块，日结', '2'),
    ('other_illegal', 'block', '提供无抵押小额贷款，黑户白户都能下，不看征信', '2'),
    ('other_illegal', 'block', '代孕公司招募身体健康女性，三十万起，包吃包住', '2'),
    ('other_illegal', 'block', '出售稀有的国家一级保护鸟类，活体，懂的联系', '2'),
    ('other_illegal', 'block', '出售象牙手镯、犀牛角杯，老物件保真', '2'),
    ('other_illegal', 'block', '帮人代考科目一科目四，全程包过', '2'),
    ('other_illegal', 'block', '各种考试作弊设备，橡皮擦接收器，考场实测可用', '2'),
    ('other_illegal', 'block', '私人订制身份证，全国联网可查，不要问为什么', '2'),
    ('other_illegal', 'block', '有偿捐卵，年轻漂亮的女孩优先，营养费三万', '2'),
    ('other_illegal', 'block', '一手货源，高仿名牌包包，和专柜一模一样', '2'),
    ('obscenity_violence', 'block', '提供境外赌博网站代理，返点高，有意私聊', '2'),
    ('rumor', 'block', '紧急消息：上游的电站大坝出现管涌，专家说今晚就可能垮，下游三个乡的人马上撤，别等通知了', '3'),
    ('rumor', 'block', '听卫生院的人讲，咱们镇已经有十几个人得了怪病，发烧吐血，县里封锁了消息，大家尽量别去赶集', '3'),
    ('rumor', 'block', '从7月1号起，农村老人没缴够15年社保的，养老金一分都领不到了，这是内部文件，快发到家族群', '3'),
    ('rumor', 'block', '超市卖的小龙虾都是用福尔马林泡的，吃了会中毒，我邻居全家都进医院了，大家转告一下', '3'),
    ('rumor', 'block', '银行马上要实行存款实名复核，没复核的账户会被冻结，里面的钱就拿不出来了，抓紧时间去银行', '3'),
    ('rumor', 'block', '昨晚在高速口抓到一个偷孩子的团伙，车上还有五个孩子，新闻不敢报，家长们看好孩子', '3'),
    ('rumor', 'block', '据知情人透露，城西的化工厂明年要搬到我们镇，排出来的气会致癌，所有人都要站出来反对，传给更多人', '3'),
    ('rumor', 'block', '明天气温会到45度，电网扛不住，全城要停电三天，冰箱里的东西赶紧处理掉', '3'),
    ('rumor', 'block', '食品厂用地沟油做月饼被查了，但是上面压着没公布，这批月饼已经卖到了各个超市', '3'),
    ('rumor', 'block', '县人民医院有个病人死在手术台上，医院花钱把家属摆平了，这种医院还敢去吗？扩散', '3'),
    ('obscenity_violence', 'block', '孤单吗？同城美少女在线视频，一对一私密聊天，先聊后付', '3'),
    ('obscenity_violence', 'block', '新开的养生馆，全是年轻女技师，男士专属服务，价格优惠', '3'),
    ('obscenity_violence', 'block', '提供校园学生妹资源，可约可过夜，详情私聊', '3'),
    ('obscenity_violence', 'block', '网盘资源：国内外成人影片5000部，永久会员88元', '3'),
    ('obscenity_violence', 'block', '免费看国产偷拍，点击下方链接进入', '3'),
    ('obscenity_violence', 'block', '再让我看见那个混蛋，我一刀一刀剐了他', '3'),
    ('obscenity_violence', 'block', '谁把我家祖坟挖了，我就把他家的人一个一个全宰了', '3'),
    ('obscenity_violence', 'block', '明天带上兄弟们去村委会，把那几个贪官拖出来打一顿，打死算我的', '3'),
    ('obscenity_violence', 'block', '我在网上买了一把弩，准备找那个骗我钱的人算账', '3'),
    ('obscenity_violence', 'block', '这个社会对我不公平，我要让更多人陪我一起死', '3'),
    ('obscenity_violence', 'block', '打死那些狗城管是为民除害，支持这么干', '3'),
    ('obscenity_violence', 'block', '真人百家乐，手机上就能玩，百元起充，每天返水', '3'),
    ('obscenity_violence', 'block', '今晚世界杯，平台开盘了，赔率最高，下注就送彩金', '3'),
    ('obscenity_violence', 'block', '分享几个肢解动物的视频，够刺激，要的留言', '3'),
    ('obscenity_violence', 'block', '高清无码车祸碾压视频合集，三块钱打包带走', '3'),
    ('insult_defamation', 'block', '那个姓韦的所长就是个吃里扒外的败家子', '3'),
    ('insult_defamation', 'block', '区长付海波是个十足的草包，只会喊口号', '3'),
    ('insult_defamation', 'block', '城管局的人都是一群穿着制服的土匪', '3'),
    ('insult_defamation', 'block', '我们镇的镇长就是个大贪官，他家的别墅有五层', '3'),
    ('insult_defamation', 'block', '水务公司的经理潘强是个骗子，收了钱不给装水表', '3'),
    ('insult_defamation', 'review', '法院的法官都收钱，谁送的多判谁赢', '3'),
    ('insult_defamation', 'review', '交通局长龙志刚的情人开了个公司，全县修路的活都给了她', '3'),
    ('insult_defamation', 'block', '这个副校长就是个变态老色狼，专门对女学生下手', '3'),
    ('insult_defamation', 'block', '那个姓莫的医生简直是禽兽，连病人的钱都骗', '3'),
    ('insult_defamation', 'block', '民政局的那个科长尤红就是个吸血的蚂蟥', '3'),
    ('insult_defamation', 'block', '居委会的蔡主任就是个长舌妇，到处说人坏话', '3'),
    ('insult_defamation', 'block', '村支书和黑社会勾结，强占村民的土地，还打伤了人', '3'),
    ('other_illegal', 'block', '自家种的罂粟壳，炖肉特别香，需要的联系', '3'),
    ('other_illegal', 'block', '冰毒改叫“糖”，懂的都懂，同城秒发', '3'),
    ('other_illegal', 'block', '办理各种资格证，电工证、焊工证、叉车证，免培训直接拿证', '3'),
    ('other_illegal', 'block', '学信网可查的本科学历，两个月出证，价格私聊', '3'),
    ('other_illegal', 'block', '企业各种发票都能开，专票3个点', '3'),
    ('other_illegal', 'block', '手上有全国快递数据，每天十万条更新，需要的老板找我', '3'),
    ('other_illegal', 'block', '专业调查婚外情，手机定位、开房记录一查就有', '3'),
    ('other_illegal', 'block', '急收对公账户，公司注册满一年的优先，一户五千', '3'),
    ('other_illegal', 'block', '出租自己的手机号码接验证码，一个码两块钱', '3'),
    ('other_illegal', 'block', '高薪招聘打字员，在家就能做，先交押金再领任务', '3'),
    ('other_illegal', 'block', '出售濒危鹦鹉，带证，可以包邮', '3'),
    ('other_illegal', 'block', '代孕套餐：包生男孩全程40万，不成功退款', '3'),
    ('other_illegal', 'block', '科目一替考，包过，不过全退', '3'),
    ('obscenity_violence', 'block', '枪支零件拆散发货，回去自己组装', '3'),
    ('rumor', 'block', '刚才路过人民广场，好多警车，听说有人持枪抢银行打死了两个保安，新闻还没出来，先告诉大家注意安全', '4'),
    ('rumor', 'block', '最新消息，明年起独生子女补贴全部取消，已经领的也要退回，家里有独生子女证的赶紧去问', '4'),
    ('rumor', 'block', '我们小区楼下的变电站有强辐射，住在附近的人都得了癌，物业和电力公司一直瞒着业主', '4'),
    ('rumor', 'block', '中午食堂的米饭里吃出了死老鼠，好多学生上吐下泻送医院了，学校让家长签保密协议，太黑了', '4'),
    ('rumor', 'block', '聽說下週全市的菜市場都要關閉，肉菜要漲三倍，大家趕快多買點存著', '4'),
    ('rumor', 'block', '洪水马上要到县城了，县领导的家属昨晚就已经连夜转走了，我们老百姓还被蒙在鼓里', '4'),
    ('rumor', 'block', '最近有人冒充燃气公司上门，往屋里喷迷药然后抢劫，已经好几家中招了，赶快发给家里老人', '4'),
    ('rumor', 'block', '据说下个月全国统一更换新版身份证，旧证作废，不换的不能坐车不能取钱，快点转发', '4'),
    ('rumor', 'block', '这次地震其实死了几百人，新闻只报了十几个，救援的朋友亲口说的，看完赶快转', '4'),
    ('rumor', 'block', '緊急通知：自來水廠被恐怖分子投毒，所有人今天都不要喝水，轉發給你愛的人', '4'),
    ('rumor', 'block', '明 天 起 全 市 禁 止 燃 放 烟 花 ， 抓 到 就 拘 留 十 五 天 ， 快 转', '4'),
    ('rumor', 'block', '医院的疫苗是假的，是从黑作坊进的货，打了会得白血病，上面已经知道了但是不处理', '4'),
    ('obscenity_violence', 'block', '本地佳丽，温柔体贴，包夜包服务，联系方式看头像', '4'),
    ('obscenity_violence', 'block', '想找刺激的兄弟看过来，会所新到一批学生兼职，安全保密', '4'),
    ('obscenity_violence', 'block', '独家私密视频，国产精品，会员免费看，注册送三天VIP', '4'),
    ('obscenity_violence', 'block', '直播间的美女主播今晚脱光跳舞，打赏一百就能进房间', '4'),
    ('obscenity_violence', 'block', '再拖欠我的工钱，我就提着汽油桶去你们公司，大家一起完蛋', '4'),
    ('obscenity_violence', 'block', '我发誓要让那个抢我老婆的人血溅五步', '4'),
    ('obscenity_violence', 'block', '谁要是敢动我儿子一根手指头，我就灭他全家', '4'),
    ('obscenity_violence', 'block', '那个强拆的队长，我记住你了，走夜路小心点，我会让你后悔的', '4'),
    ('obscenity_violence', 'block', '这帮吸血的开发商，迟早有人放把火把他们烧干净，我第一个支持', '4'),
    ('obscenity_violence', 'block', '手机棋牌真人对战，赢了秒提现，首充送百分之五十', '4'),
    ('obscenity_violence', 'block', '分享一段真实的斩首现场视频，高清完整，胆小勿看', '4'),
    ('obscenity_violence', 'block', '我要买几把开山刀，去把村里那几个恶霸全收拾了', '4'),
    ('insult_defamation', 'block', '县教育局的柏局长就是个不学无术的官混子', '4'),
    ('insult_defamation', 'review', '我们村的会计刘小芳做账全是假的，把钱都贪到自己口袋里了', '4'),
    ('insult_defamation', 'block', '信访局长许建国这个人两面三刀，当面一套背后一套，小人一个', '4'),
    ('insult_defamation', 'block', '环保局执法大队那帮人就是一群收钱不办事的废物', '4'),
    ('insult_defamation', 'block', '那个姓梁的法官就是开发商养的一条狗', '4'),
    ('insult_defamation', 'block', '镇上的邓副镇长在外面养了好几个小老婆，钱都是从扶贫项目里捞的', '4'),
    ('insult_defamation', 'review', '县人民医院骨科的吴主任就是个只认钱的黑心医生', '4'),
    ('insult_defamation', 'block', '交警大队的段队长简直就是个土霸王，想罚谁就罚谁', '4'),
    ('insult_defamation', 'block', '街道办书记汪洁这个贱女人，靠关系当上的领导', '4'),
    ('insult_defamation', 'review', '幼儿园园长宋丹丹虐待孩子，还收家长的红包', '4'),
    ('insult_defamation', 'block', '黄 局 长 是 个 大 贪 官 ， 人 渣 败 类', '4'),
    ('insult_defamation', 'block', '國土局的周科長就是個無恥小人，專門刁難老百姓', '4'),
    ('other_illegal', 'block', '专业代办各类职称，中级高级都能办，不用考试，全国通用', '4'),
    ('other_illegal', 'block', '需要冰的老哥看过来，品质保证，送货上门', '4'),
    ('other_illegal', 'block', '出售全新未激活的电话卡，免实名，可批量', '4'),
    ('other_illegal', 'block', '本人高价回收各种闲置银行卡，一类卡最高两千', '4'),
    ('other_illegal', 'block', '代做各类财务报表、银行流水、收入证明，逼真可用', '4'),
    ('other_illegal', 'block', '提供公民身份证正反面照片和手持照，一套二十元', '4'),
    ('other_illegal', 'block', '帮你黑进任何人的微信，查看聊天记录，成功后付款', '4'),
    ('other_illegal', 'block', '出售野生娃娃鱼和穿山甲，活的，可以送到家', '4'),
    ('other_illegal', 'block', '招募代孕志愿者，报酬可观，全程有专人照顾', '4'),
    ('other_illegal', 'block', '四级六级、计算机等级考试，可找人代考，保证通过', '4'),
    ('other_illegal', 'block', '办理港澳通行证加急，不需要本人去，两天拿证', '4'),
    ('other_illegal', 'block', '出售上头电子烟，一口就飘，男女通用', '4'),
    ('rumor', 'block', '号外！城南那座老桥今天中午整个断了，掉下去好几辆车，现在封锁了不让靠近，知道的人赶紧通知一下', '5'),
    ('rumor', 'block', '听说卫健委下了文件，以后看病医保只报销三成，下个月就执行，家里有老人的提前做好准备', '5'),
    ('rumor', 'block', '这两天别去人民公园，有个精神病拿着刀在里面乱砍人，已经伤了好多个，警察到现在都没抓到', '5'),
    ('rumor', 'block', '重大消息：国家要收回农村宅基地，一户只能留一处，多的全部充公，村干部都不敢说', '5'),
    ('rumor', 'block', '朋友在疾控工作，说这次的流感其实是禽流感变异，传染性极强，已经死人了，口罩赶紧备上', '5'),
    ('rumor', 'block', '今天凌晨化工园区又炸了，黑烟飘了半个城，空气里有毒，千万不要开窗，孩子别送学校了', '5'),
    ('rumor', 'block', '所有储户注意！本地村镇银行老板跑路了，钱全没了，还没取的抓紧，别信银行的解释', '5'),
    ('rumor', 'block', '学校门口那个卖零食的被查出来卖的是毒糖果，好多孩子吃了住院，大家看好孩子不要买', '5'),
    ('rumor', 'block', '中秋节后油价要大涨，一升涨两块，赶紧去把油箱加满', '5'),
    ('rumor', 'block', '據內部人士講，下個月開始全省所有學校取消寒暑假，大家轉起來', '5'),
    ('rumor', 'block', '公交车上有人用针扎乘客，被扎的人会感染艾滋病，已经有人中招，坐车小心，扩散', '5'),
    ('rumor', 'block', '刚才地震局的人在群里说，今天夜里有强余震，最好别在家里睡', '5'),
    ('obscenity_violence', 'block', '夜深了睡不着？来找我聊聊吧，照片真实，可视频验证，收费合理', '5'),
    ('obscenity_violence', 'block', '东区足疗店的技师都是年轻妹子，加钟有惊喜，老板娘人很好说话', '5'),
    ('obscenity_violence', 'block', '资源群：各种网红福利、主播走光合集，进群费19.9', '5'),
    ('obscenity_violence', 'block', '你再敢来我家闹，我就拿菜刀跟你拼了', '5'),
    ('obscenity_violence', 'block', '谁把我儿子打成这样，我一定要他血债血偿，拼了这条命也要弄死他', '5'),
    ('obscenity_violence', 'block', '这狗日的开发商，逼得我没活路了，明天我就去他们售楼处点火', '5'),
    ('obscenity_violence', 'block', '我已经在他家楼下蹲了三天，就等他出来', '5'),
    ('obscenity_violence', 'block', '对面那几个混混再敢挑衅，我们兄弟明天就带家伙过去干他们', '5'),
    ('obscenity_violence', 'block', '真正的黑拳比赛视频，打到半死的那种，会员可看', '5'),
    ('obscenity_violence', 'block', '棋牌游戏刚上线，充值一百送五十，金币可以兑换现金', '5'),
    ('obscenity_violence', 'block', '网上百家乐包赢技巧，一个月赚了二十万，想学的私我', '5'),
    ('obscenity_violence', 'block', '老子活够了，明天就去学校门口，谁也别想好过', '5'),
    ('insult_defamation', 'review', '镇政府的韩主任说话比放屁还难听，就是个没教养的东西', '5'),
    ('insult_defamation', 'block', '县城管执法局局长杜永强天天喝大酒，就是个酒囊饭袋', '5'),
    ('insult_defamation', 'block', '那个姓骆的副镇长就是个卑鄙无耻的伪君子，当面一套背后一套', '5'),
    ('insult_defamation', 'review', '社区的沈书记跟物业老板是一伙的，收了好处才不管我们业主', '5'),
    ('insult_defamation', 'review', '县医院院长戴明亮把医院当成他家的，采购设备全找亲戚，吃了不少回扣', '5'),
    ('insult_defamation', 'block', '财政局的裴科长仗着他舅舅是副县长，天天作威作福，活脱脱一个土皇帝', '5'),
    ('insult_defamation', 'block', '医保局的那帮人都是吃人饭不干人事的畜牲', '5'),
    ('insult_defamation', 'review', '小学的郑校长跟好几个女老师关系暧昧，早就该查查他了', '5'),
    ('insult_defamation', 'block', '那个女法官收了对方律师的钱，判得一塌糊涂，就是个司法败类', '5'),
    ('insult_defamation', 'block', '派出所所长就是黑社会的保护伞，什么案子都能摆平', '5'),
    ('insult_defamation', 'block', '物业经理柴文就是个死不要脸的骗子', '5'),
    ('insult_defamation', 'block', '街道的谭干事就是个狗腿子，专门给领导溜须拍马', '5'),
    ('other_illegal', 'block', '支持各种小额网贷口子，秒批秒到，不看负债，不打电话', '5'),
    ('other_illegal', 'block', '兄弟们，正宗东北大麻，味道好劲儿大，量大优惠', '5'),
    ('other_illegal', 'block', '提供真实的医院病历、诊断书、住院证明，可用于请假报销', '5'),
    ('other_illegal', 'block', '各地公司、个体户营业执照出售，带对公账户，可过户', '5'),
    ('other_illegal', 'block', '急收闲置的微信号，注册满一年的，一个八十', '5'),
    ('other_illegal', 'block', '帮忙注册各种平台的实名账号，身份证我们提供', '5'),
    ('other_illegal', 'block', '资格证考试包过班，考前给题，保证拿证', '5'),
    ('other_illegal', 'block', '专业收集他人隐私，跟踪拍照，定位行踪，调查取证', '5'),
    ('other_illegal', 'block', '出售新鲜的野生猫头鹰和穿山甲，冷冻活体都有', '5'),
    ('other_illegal', 'block', '高价收购孕妇B超单和出生证明空白页', '5'),
    ('other_illegal', 'block', '卖号卖卡，支付宝微信实名号，可以代过人脸', '5'),
    ('other_illegal', 'block', '跑分项目招人，用自己的收款码每天躺赚几百', '5'),
]


def record(n: int, cat: str, sev: str, text: str, note: str, form: str, evasion: str | None) -> dict:
    rec = {"id": f"dev_pc6_9-{n:03d}", "category": cat, "severity": sev, "text": text, "note": note,
           "form": form}
    if evasion:
        rec["evasion"] = evasion
    return rec


def check_marks(text: str) -> None:
    depth = 0
    for ch in text:
        if ch == OPEN:
            depth += 1
        elif ch == CLOSE:
            depth -= 1
        if depth not in (0, 1):
            raise ValueError(f"bad marks: {text!r}")
    if depth or OPEN not in text:
        raise ValueError(f"bad marks: {text!r}")


def build() -> list[dict]:
    out: list[dict] = []
    n = 0
    cats = [R, O, I, L]
    for cat in cats:
        for c, sev, text, note, ev in SHORT:
            if c != cat:
                continue
            n += 1
            check_marks(text)
            out.append(record(n, c, sev, text, note, "short", ev))
        for c, sev, hname, x, note, ev, kw in PLANTED:
            if c != cat:
                continue
            n += 1
            check_marks(x)
            out.append(record(n, c, sev, host(hname, x, **kw), note, "planted", ev))
        for c, sev, text, rnd in FRESH:
            if c != cat:
                continue
            n += 1
            ev = "separator" if "  " not in text and text.count(" ") > 5 else ("traditional" if any(ch in text for ch in "說電內萬個長這說轉發漢東發廠") else None)
            out.append(record(n, c, sev, OPEN + text + CLOSE, f"fresh round {rnd}", "short", ev))
    return out


def main() -> int:
    recs = build()
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    by = Counter((r["category"], r["form"]) for r in recs)
    for (c, form), k in sorted(by.items()):
        print(f"{c:20} {form:8} {k}")
    print(f"{len(recs)} records -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
