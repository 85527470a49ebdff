#!/usr/bin/env python3
"""Generate the DEV set for the PC1xx–PC3xx rules: corpora/violations/dev_pc1_3.jsonl.

Free-form supporting-voice statements for `constitution`, `state_security` and `national_honor`
(comment-section opinions, forum posts, forwarded messages, slogans with homophones, pinyin and
abbreviations such as gcd / tg / ccp, disguised with separators, full-width letters, zero-width
characters or traditional characters). About half are short standalone items; the rest are planted
into realistic, clean government web text (news with a comment area, 留言板, annual report, notices,
page footers). Every ⟦⟧ span marks the violating statement core.

Same record format as corpora/violations/*.jsonl (see corpora/violations/README.md). Deterministic:
no randomness. Run from anywhere:  python corpora/tools/make_dev_pc1_3.py

The tricky CLEAN counterparts (government voice, same subjects, positive or opposing predicates)
are the hand-written corpora/clean/g1_*.txt documents.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_violations import fw, parse_marked, sep, zw  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "violations" / "dev_pc1_3.jsonl"
ZWJ = "\u200d"

# --------------------------------------------------------------------------------------------
# Clean government contexts. {V} is replaced by the violating line, {U} by a commenter's name.
# --------------------------------------------------------------------------------------------
CTX = {
    "mailbox": (
        "市长信箱\n标题：关于幸福路路面破损的问题\n留言时间：2024-04-12\n"
        "留言内容：幸福路东段路面坑洼严重，雨天积水，电动车通行很不安全，希望有关部门尽快维修。{V}\n"
        "办理单位：市住房和城乡建设局\n回复时间：2024-04-19\n"
        "回复内容：您好！经现场核查，幸福路东段路面破损属实，我局已将该路段纳入今年道路维修计划，"
        "预计5月底前完成修复。感谢您对城市建设的关心。"
    ),
    "constitution_day": (
        "我区开展“宪法宣传周”主题活动\n12月2日至8日，区委依法治区办联合区司法局、区普法办开展“宪法宣传周”"
        "系列活动，通过宪法宣誓、宪法知识竞赛、送法进社区等形式，引导干部群众尊崇宪法、学习宪法、遵守宪法、"
        "维护宪法、运用宪法。\n活动期间，各街道共举办宪法讲座18场，发放宣传资料1.2万余份。\n"
        "网友评论（3）\n普法志愿者　2024-12-05 10:12\n宪法知识竞赛很有意思，孩子学到不少。\n"
        "{U}　2024-12-05 23:41\n{V}\n社区网格员　2024-12-06 08:30\n欢迎更多居民参加下周的宪法讲座。"
    ),
    "theory_study": (
        "区委理论学习中心组开展专题学习\n6月18日，区委理论学习中心组召开专题学习会，深入学习马克思主义基本原理"
        "和党的创新理论。会议强调，要坚持不懈用党的创新理论凝心铸魂，坚持党的领导，坚定“四个自信”，"
        "把学习成果转化为推动高质量发展的实际成效。\n网友评论（2）\n{U}　2024-06-19 22:17\n{V}\n"
        "基层干部小李　2024-06-20 09:05\n学习很有收获，要学以致用。"
    ),
    "annual_report": (
        "2023年度政府信息公开工作年度报告\n一、总体情况\n2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，"
        "认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进决策、执行、管理、服务、结果公开。\n"
        "（一）主动公开情况。全年通过门户网站主动公开政府信息326条，其中政策文件23条、财政预决算信息8条。\n"
        "{V}\n（二）依申请公开情况。全年共收到政府信息公开申请6件，均已按期答复。"
    ),
    "rural": (
        "我镇召开乡村振兴重点工作推进会\n3月8日，镇党委召开乡村振兴重点工作推进会，总结去年工作，部署今年任务。"
        "会议指出，要坚持和加强党对“三农”工作的全面领导，巩固拓展脱贫攻坚成果，发展壮大村集体经济。\n"
        "{V}\n会议要求，各村要细化工作措施，压实工作责任，确保各项任务落地见效。"
    ),
    "footer": (
        "本网站由区政府办公室主办，欢迎社会各界监督。\n{V}\n"
        "主办单位：某区人民政府办公室　　承办单位：区大数据中心\n"
        "网站标识码：5104000001　　地址：区政府大楼3楼　邮编：617000"
    ),
    "cross_strait": (
        "海峡两岸青年交流活动在我市举行\n7月15日，“两岸青年携手行”交流活动在我市开幕，来自台湾地区的60余名"
        "青年学生参加。活动期间，两岸青年共同参观了非遗展馆、科技企业和特色村落，深入交流、增进了解。\n"
        "台湾青年代表表示，两岸同胞血脉相连，希望今后有更多机会来大陆学习交流。\n网友评论（2）\n"
        "{U}　2024-07-16 21:33\n{V}\n路过的　2024-07-16 22:10\n欢迎台湾同胞常来走走。"
    ),
    "ethnic_unity": (
        "我县举办民族团结进步创建成果展\n9月20日，我县民族团结进步创建成果展在县文化馆开幕。展览通过图片、"
        "实物和视频，展示了近年来各族群众共同团结奋斗、共同繁荣发展的生动实践。\n网友评论（2）\n"
        "文化馆志愿者　2024-09-21 09:18\n展览办得很用心，值得一看。\n{U}　2024-09-21 23:05\n{V}"
    ),
    "recruit": (
        "关于公开招聘社区工作者的公告\n根据工作需要，经研究决定，面向社会公开招聘社区工作者20名。\n"
        "一、报名条件。具有中华人民共和国国籍，拥护中华人民共和国宪法，遵纪守法，品行端正。\n"
        "二、报名时间。2024年6月3日9:00至6月7日17:00。\n{V}\n"
        "三、咨询电话：0832-6125570（区人力资源和社会保障局）"
    ),
    "safety_notice": (
        "关于做好节日期间安全生产工作的通知\n各镇（街道）、各有关部门：\n为切实做好节日期间安全生产工作，"
        "现就有关事项通知如下。\n一、压实安全责任。各单位要严格落实安全生产责任制，主要负责人要亲自部署、亲自检查。\n"
        "{V}\n二、强化隐患排查。严禁违规动火作业，坚决防范和遏制重特大事故发生。"
    ),
    "flag_ceremony": (
        "我市举行国庆升旗仪式\n10月1日清晨，我市在人民广场隆重举行庆祝中华人民共和国成立75周年升旗仪式。"
        "伴随着雄壮的国歌声，五星红旗冉冉升起，现场干部群众齐声高唱国歌，向国旗行注目礼。\n网友评论（3）\n"
        "游客　2024-10-01 09:28\n现场很震撼，孩子也很激动。\n{U}　2024-10-01 23:28\n{V}\n"
        "社区志愿者　2024-10-02 08:02\n祝福祖国繁荣昌盛！"
    ),
    "qa_platform": (
        "网上问政\n问题编号：WZ2024-0815-017\n网友提问：{V}\n回复单位：市公安局出入境管理支队\n"
        "回复内容：您好，普通护照申请可通过“移民局12367”APP预约办理，所需材料请查看本站办事指南。"
    ),
    "heroes": (
        "清明祭英烈 共铸中华魂\n4月3日，区退役军人事务局组织机关干部、青年学生到烈士陵园开展祭扫活动。"
        "大家敬献花篮，重温入党誓词，聆听英烈事迹宣讲，缅怀革命先烈的丰功伟绩。\n网友评论（2）\n"
        "{U}　2024-04-04 00:12\n{V}\n中学生小王　2024-04-04 07:45\n致敬英烈，永远怀念。"
    ),
    "security_day": (
        "我区开展全民国家安全教育日宣传活动\n4月15日，区国家安全人民防线工作领导小组办公室在中心广场开展"
        "第九个全民国家安全教育日宣传活动，通过设置展板、发放资料、现场答疑等方式，向群众普及国家安全法律知识。\n"
        "网友评论（2）\n{U}　2024-04-15 22:40\n{V}\n居民张阿姨　2024-04-16 08:15\n现场讲解很实用。"
    ),
    "tourism": (
        "“十一”假期全市旅游市场平稳有序\n国庆假期，全市共接待游客86.3万人次，实现旅游收入5.2亿元，"
        "同比分别增长12.4%和9.8%。各景区严格落实限量、预约、错峰要求，游客满意度持续提升。\n网友评论（2）\n"
        "{U}　2024-10-08 20:15\n{V}\n本地人　2024-10-08 21:02\n古镇夜景确实不错。"
    ),
}

USERS = ["用户9527", "匿名用户", "网友a7f3", "热心市民", "城南老王", "过客", "夜猫子", "网友K2", "一只鱼",
         "路人甲", "老张", "某网友"]

# --------------------------------------------------------------------------------------------
# Violations. short: (severity, marked text, note[, evasion]); planted: (severity, context, marked
# line, note[, evasion]).
# --------------------------------------------------------------------------------------------
CONSTITUTION_SHORT = [
    ("block", "说句大实话，⟦社会主义制度早就彻底失败了，趁早抛弃吧⟧，别再自欺欺人。", "socialist system failed, abandon it"),
    ("block", "⟦马克思主义早过时了，还写进宪法干嘛，删了拉倒⟧。", "Marxism obsolete, delete from constitution"),
    ("block", "⟦人民民主专政就是独裁⟧，换个好听的名字而已。", "people's democratic dictatorship = dictatorship"),
    ("block", "⟦取消gcd领导，实行西方议会制⟧，中国才有希望。", "abolish CPC leadership (gcd), Western parliament"),
    ("block", "⟦四项基本原则没什么必要再坚持了⟧，都什么年代了。", "no need to uphold the four cardinal principles"),
    ("block", "⟦一党执政就是万恶之源⟧，⟦中国必须搞多党竞选⟧。", "one-party rule root of evil; multi-party elections"),
    ("block", "⟦tg的统治迟早要完⟧，大家等着看吧。", "tg (土共) rule will end"),
    ("block", "⟦宪法第一条就是个笑话⟧，谁当真谁傻。", "constitution article 1 is a joke"),
    ("block", "⟦人大就是个橡皮图章，干脆解散算了⟧。", "NPC a rubber stamp, dissolve it"),
    ("block", "⟦毛泽东思想害人不浅，应该彻底清算⟧。", "Mao Zedong Thought harmful, liquidate"),
    ("block", "执政七十多年了，事实证明⟦共产党这套制度根本行不通⟧。", "CPC system does not work"),
    ("block", "我支持全盘西化，⟦把共产主义那一套扔进历史垃圾堆⟧。", "throw communism into the dustbin"),
    ("block", "⟦党的领导这玩意儿早该废了⟧，别逗了。", "Party leadership should be abolished"),
    ("block", "⟦结束ccp一党专制⟧，是我们这代人的使命。", "end CCP one-party rule (ccp)"),
    ("block", "⟦人民代表大会制度是假民主，应该换成三权分立⟧。", "NPC system fake, switch to separation of powers"),
    ("block", "⟦无产阶级专政就是反人类的制度⟧。", "proletarian dictatorship anti-human"),
    ("block", "⟦中国特色社会主义不过是权贵资本主义的遮羞布⟧。", "socialism with Chinese characteristics a fig leaf"),
    ("block", "⟦民主集中制就是独裁的遮羞布⟧，谁信谁天真。", "democratic centralism = dictatorship"),
    ("block", "⟦马列那套早该扔了⟧，现在谁还信这个。", "Marxism-Leninism should be thrown away"),
    ("block", "⟦共产主义是人类历史上最大的骗局⟧。", "communism the biggest scam"),
    ("block", "⟦不要党领导，要宪政⟧！转发让更多人看到。", "no Party leadership, constitutionalism"),
    ("block", "⟦gcd不倒，中国没救⟧。", "gcd must fall"),
    ("block", "⟦这部宪法就是恶法，根本不值得遵守⟧。", "constitution an evil law"),
    ("review", "说实话，⟦换个党来执政⟧也不一定更差吧？", "musing about another party ruling (unclear voice)"),
    ("block", "⟦共产党凭什么一直执政，早该让位了⟧。", "CPC should step aside"),
    ("block", "⟦让共产党滚下台，还权于民⟧！", "CPC step down"),
    ("block", "⟦支持修宪把党的领导那句删掉⟧，早删早好。", "amend constitution to delete Party leadership"),
    ("block", "⟦马克思主义就是一具僵尸，不该再当指导思想⟧。", "Marxism a corpse"),
    ("review", "⟦社会主义在中国是不是走错了路⟧？感觉还不如资本主义。", "questioning socialism (unclear voice)"),
    ("block", "⟦共產黨早該下臺⟧，⟦社會主義制度必須拋棄⟧。", "traditional: CPC step down, abandon socialism", "traditional"),
    ("block", "⟦" + fw("GCD") + "的领导必须取消⟧，大家转起来。", "full-width GCD leadership abolished", "fullwidth"),
    ("block", "⟦" + sep("四项基本原则早该废除", "·") + "⟧", "separator: abolish four cardinal principles", "separator"),
    ("block", "⟦人民民主专政=独裁专政⟧，没区别。", "equation people's democratic dictatorship = dictatorship"),
    ("block", "⟦社会主义就是穷和独裁的代名词⟧，中国应该早点放弃。", "socialism = poverty and dictatorship"),
    ("block", "⟦党指挥枪早该结束，军队必须国家化⟧。", "end Party command of the gun"),
    ("block", "⟦宪法规定的社会主义制度，我从来不承认⟧。", "refuses to recognise the socialist system"),
    ("block", "⟦gong产党必须下台⟧，天下苦秦久矣。", "pinyin-mixed CPC step down", "mixed"),
    ("block", "⟦zg这套体制烂透了，必须推倒重来⟧。", "zg system rotten, start over"),
]

CONSTITUTION_PLANTED = [
    ("block", "rural", "⟦社会主义那一套早就被证明失败了⟧，搞什么乡村振兴。", "stray line: socialism proven failed"),
    ("block", "theory_study", "⟦马克思主义都过时一百年了⟧，还天天学。", "comment: Marxism obsolete"),
    ("block", "constitution_day", "这种宣传有什么用，⟦宪法里党的领导那条就该删掉⟧。", "comment: delete Party leadership clause"),
    ("block", "theory_study", "⟦人民民主专政说到底就是少数人的独裁⟧。", "comment: dictatorship of a few"),
    ("block", "mailbox", "⟦取消tg对一切的领导，还政于民⟧。", "mailbox: abolish tg leadership"),
    ("block", "theory_study", "⟦四个坚持早就成了枷锁，该扔了⟧。", "comment: four insistences are shackles"),
    ("block", "annual_report", "⟦一党专政必须结束，多党轮流执政才是正道⟧", "stray line: end one-party rule"),
    ("block", "mailbox", "说到底，⟦共产党的领导就是中国落后的根源⟧。", "mailbox: Party leadership root of backwardness"),
    ("block", "rural", "⟦社会主义制度是失败的制度⟧，应该推倒重来。", "stray line: socialist system a failure"),
    ("block", "constitution_day", "⟦宪法就是党的家法，谁会当真⟧。", "comment: constitution is the Party's house rules"),
    ("block", "mailbox", "路修不好不奇怪，⟦中共的体制就是独裁专制⟧。", "mailbox: CPC system autocracy"),
    ("block", "theory_study", "⟦马克思主义的指导地位早该取消⟧。", "comment: cancel Marxism's guiding status"),
    ("block", "footer", "⟦我们要的是总统直选，不要共产党一党说了算⟧", "footer: direct elections, no one-party rule"),
    ("block", "constitution_day", "⟦gcd领导一切这一条早晚得废⟧。", "comment: gcd leadership clause abolished"),
    ("block", "recruit", "⟦把共产党赶下台，实行议会民主⟧，有志者加群。", "stray line: drive CPC from power"),
    ("block", "rural", "⟦社会主义公有制就是明抢，必须全盘私有化⟧。", "stray line: public ownership is robbery"),
    ("block", "constitution_day", "⟦人民代表大会就是举手机器⟧，一年开一次会走过场。", "comment: NPC a voting machine"),
    ("block", "annual_report", "⟦" + sep("共产党必须下台", "-") + "⟧", "separator: CPC step down", "separator"),
    ("block", "safety_notice", "⟦" + zw("废除四项基本原则") + "⟧，转发扩散。", "zero-width: abolish four cardinal principles", "zero_width"),
    ("block", "footer", "⟦" + sep("社会主义制度彻底失败", " ") + "⟧", "separator: socialist system failed", "separator"),
    ("block", "annual_report", "⟦马克思主义这种过时的东西早该扔进垃圾堆⟧", "stray line: Marxism to the dustbin"),
    ("block", "mailbox", "⟦与其说是人民民主专政，不如直接承认是一党独裁⟧。", "mailbox: admit it is one-party dictatorship"),
    ("block", "theory_study", "⟦四项基本原则就是捆住中国人手脚的绳子，必须解开⟧。", "comment: four principles are ropes"),
    ("block", "constitution_day", "⟦宪法写得再好也是一张废纸⟧，宣传个啥。", "comment: constitution waste paper"),
    ("block", "rural", "⟦共产党早点垮台老百姓才有好日子⟧。", "stray line: CPC should collapse"),
    ("block", "tourism", "⟦中国需要的是两党竞选，不是共产党的领导⟧。", "comment: two-party elections instead"),
    ("block", "safety_notice", "⟦推翻共产党的一党统治⟧，从你我做起。", "stray line: overthrow one-party rule"),
    ("block", "theory_study", "⟦毛泽东思想早就该从党章和宪法里剔除了⟧。", "comment: remove Mao Zedong Thought"),
    ("block", "recruit", "⟦拒绝党的领导，实行三权分立⟧！", "stray line: reject Party leadership"),
    ("block", "constitution_day", "⟦社会主义根本就是条死胡同⟧。", "comment: socialism a dead end"),
    ("block", "footer", "⟦" + fw("CCP") + "滚出中国⟧", "footer: full-width CCP get out", "fullwidth"),
    ("block", "mailbox", "⟦这个党的领导人民从来没同意过，早该终结⟧。", "mailbox: end the Party's leadership"),
]

STATE_SHORT = [
    ("block", "⟦台湾" + fw("du") + "立是迟早的事⟧，谁也拦不住。", "Taiwan independence, full-width du", "fullwidth"),
    ("block", "⟦" + sep("新疆独立", "·") + "⟧，维吾尔人要自己当家作主。", "separator: Xinjiang independence", "separator"),
    ("block", "⟦境外机构高价收购各单位内部文件资料，私信联系，报酬丰厚⟧。", "foreign buyer of internal documents"),
    ("block", "⟦台湾本来就是一个国家，跟中国没半毛钱关系⟧。", "Taiwan is a country"),
    ("block", "⟦西藏的前途应该由藏人公投决定，独立才有自由⟧。", "Tibet referendum for independence"),
    ("block", "⟦香港人要建立自己的国家，港独才是唯一出路⟧。", "Hong Kong statehood"),
    ("block", "⟦两岸就是两个国家⟧，统一个屁。", "two states across the strait"),
    ("block", "⟦新疆本来就不是中国的，是被占领的⟧。", "Xinjiang occupied"),
    ("block", "我在军工厂上班，⟦手里有型号图纸，外国朋友需要的话可以谈价⟧。", "offers military drawings for sale"),
    ("review", "招兼职：⟦每周去港口拍几张军舰照片发给我，一张200元⟧。", "paid photographing of warships"),
    ("block", "⟦长期收集机关内部会议纪要，按份计酬⟧，安全保密。", "buys internal meeting minutes"),
    ("block", "⟦有没有在部委上班的，帮忙弄点内部文件出来，价格好商量⟧。", "solicits internal documents for money"),
    ("block", "⟦大家周六一起上街，把这个政府推翻⟧！", "call to overthrow the government"),
    ("block", "⟦各地同时起事，占领政府大楼，夺取政权⟧。", "call to seize power"),
    ("block", "⟦号召全国大罢工，让这个政权瘫痪⟧。", "call to paralyse the regime"),
    ("block", "⟦西藏自古就是独立王国，中国是侵略者⟧。", "Tibet an independent kingdom"),
    ("block", "⟦支持东突建国，维吾尔人应该有自己的国家⟧。", "East Turkestan statehood"),
    ("block", "⟦内蒙古应该脱离中国，回归蒙古国⟧。", "Inner Mongolia secession"),
    ("block", "⟦台湾香港西藏新疆都该独立⟧，⟦中国分成几个国家最好⟧。", "all regions should be independent, split China"),
    ("block", "⟦广东应该独立建国⟧，粤人治粤。", "Guangdong independence"),
    ("block", "⟦本人系某单位机要员，可提供涉密文件扫描件⟧，需要的私聊。", "confidential clerk offers classified scans"),
    ("block", "⟦有偿提供本地驻军部署情况⟧，境外客户优先。", "sells garrison deployment info"),
    ("block", "⟦武统台湾就是侵略，台湾人有权独立⟧。", "Taiwan has the right to independence"),
    ("block", "⟦台湾是台湾，中国是中国，一边一国⟧。", "one country on each side"),
    ("block", "⟦恢复自由西藏国⟧，雪山狮子旗永远飘扬。", "restore free Tibet state"),
    ("block", "⟦谁能搞到军工企业的技术资料，境外买家出价十万起⟧。", "foreign buyer of defence tech data"),
    ("block", "⟦香港不属于中国，港人要自决⟧。", "Hong Kong not part of China, self-determination"),
    ("block", "⟦台獨公投必須辦起來⟧，台灣人自己決定。", "traditional: independence referendum", "traditional"),
    ("block", "⟦支持藏人自由，西藏不是中国⟧。", "Tibet is not China"),
    ("block", "⟦疆du才是维吾尔人的出路⟧。", "pinyin du: Xinjiang independence", "mixed"),
    ("block", "⟦组织人手冲击政府机关，搞一场真正的革命⟧。", "storm government offices"),
    ("review", "⟦台湾独立到底有什么不好⟧？我是真没想明白。", "questioning (unclear voice)"),
    ("block", "⟦" + sep("港独必胜", "*") + "⟧，⟦香港建國⟧。", "separator and traditional: HK independence", "mixed"),
    ("block", "⟦征集各地政府内部通讯录，价格面议⟧。", "buys internal government directories"),
    ("block", "⟦抬独才是台湾唯一的路⟧，统一免谈。", "homophone 抬独"),
    ("block", "⟦tw早就独立了⟧，大陆管不着。", "tw already independent"),
    ("block", "⟦武装起义，推翻现在的政府⟧，时机已经成熟。", "armed uprising against the government"),
    ("block", "⟦本人出售单位红头内部文件，绝对真实⟧，可验货。", "sells internal documents"),
]

STATE_PLANTED = [
    ("block", "cross_strait", "⟦台湾早就是独立国家了⟧，交流个啥。", "comment: Taiwan already independent"),
    ("block", "ethnic_unity", "⟦新疆应该独立出去⟧，别再往里砸钱了。", "comment: Xinjiang should secede"),
    ("block", "recruit", "⟦诚聘境外咨询员：提供所在单位内部文件，按页付费⟧ 联系邮箱xxxx@xxxx.com", "stray line: paid leaking"),
    ("block", "ethnic_unity", "⟦西藏本来就不属于中国⟧。", "comment: Tibet never part of China"),
    ("block", "mailbox", "⟦推翻这个政府，我们自己说了算⟧！", "mailbox: overthrow the government"),
    ("block", "cross_strait", "⟦香港早晚要独立⟧，搞什么融合。", "comment: HK independence"),
    ("block", "footer", "⟦高价回收各机关内部资料、会议文件，量大从优⟧", "footer: buying internal papers"),
    ("review", "tourism", "⟦军用机场附近拍飞机起降，日结500⟧，有意私聊。", "comment: paid photos of military airfield"),
    ("block", "cross_strait", "⟦台湾人不想被统一，台独有理⟧。", "comment: independence justified"),
    ("block", "ethnic_unity", "⟦东突厥斯坦国才是我们的祖国⟧。", "comment: East Turkestan state"),
    ("block", "security_day", "⟦大家联合起来推翻政权⟧，时机到了。", "comment: overthrow the regime"),
    ("block", "annual_report", "⟦" + zw("台湾独立建国") + "⟧", "zero-width: Taiwan statehood", "zero_width"),
    ("block", "footer", "⟦" + sep("藏独万岁", " ") + "⟧", "separator: Tibet independence", "separator"),
    ("block", "security_day", "⟦帮境外客户收集本地军事设施坐标，报酬丰厚⟧。", "comment: paid military coordinates"),
    ("block", "mailbox", "⟦中国应该分裂成几个国家，各省自己独立⟧。", "mailbox: split China"),
    ("block", "recruit", "⟦我是某局机要员，手上有涉密文件可以转让⟧。", "stray line: classified documents for sale"),
    ("block", "safety_notice", "⟦武装夺取政权，建立新的国家⟧。", "stray line: armed seizure of power"),
    ("block", "cross_strait", "⟦台湾共和国万岁⟧！", "comment: Republic of Taiwan"),
    ("block", "ethnic_unity", "⟦内蒙古应该并入蒙古国⟧。", "comment: Inner Mongolia to Mongolia"),
    ("review", "security_day", "⟦新疆独立的话会怎样⟧？有人讨论过吗。", "comment: question (unclear voice)"),
    ("block", "cross_strait", "⟦台湾是主权国家，不是中国的一部分⟧。", "comment: Taiwan sovereign"),
    ("block", "ethnic_unity", "⟦疆独万岁，东突厥斯坦必将独立⟧。", "comment: Xinjiang independence"),
    ("block", "security_day", "⟦有哪位在军工单位的朋友，卖点内部资料给我，价钱好说⟧。", "comment: buys defence internal papers"),
    ("block", "tourism", "⟦西藏应该还给藏人，让西藏独立⟧。", "comment: Tibet independence"),
    ("block", "mailbox", "⟦这个政权早该推翻了⟧，老百姓受够了。", "mailbox: regime should be overthrown"),
    ("block", "annual_report", "⟦境外基金会长期收购政府内部数据资料，待遇优厚⟧ 联系QQ：xxxx", "stray line: buying internal data"),
    ("block", "cross_strait", "⟦支持台湾独立，两岸各走各路⟧。", "comment: support Taiwan independence"),
    ("block", "footer", "⟦香港必须独立⟧，" + fw("HK") + "人治港", "footer: HK must be independent"),
    ("block", "security_day", "⟦国安算个屁，我就要把内部文件卖给境外⟧。", "comment: sell internal documents abroad"),
    ("block", "ethnic_unity", "⟦" + sep("西藏独立", "|") + "⟧", "separator: Tibet independence", "separator"),
    ("block", "recruit", "⟦号召大家周末包围市政府，推翻这帮当官的⟧。", "stray line: besiege government, overthrow"),
    ("review", "cross_strait", "⟦台湾以后会独立吗⟧？感觉越来越远了。", "comment: question (unclear voice)"),
]

HONOR_SHORT = [
    ("block", "⟦义勇军进行曲难听死了，升旗我都故意坐着起哄⟧。", "anthem ugly, heckling at flag raising"),
    ("block", "⟦当中国人可耻，中国护照就是一张废纸⟧。", "being Chinese shameful, passport waste paper"),
    ("block", "⟦国人都是cn猪⟧。", "Chinese are 'cn pigs'"),
    ("block", "哈哈⟦把国徽P成猪头了⟧，笑死。", "emblem photoshopped into pig head"),
    ("block", "⟦这破国家不配让我爱⟧。", "this lousy country not worth loving"),
    ("block", "⟦下辈子再也不当中国人了，丢人⟧。", "ashamed to be Chinese"),
    ("block", "⟦国歌什么玩意，一听就想吐⟧。", "anthem makes me vomit"),
    ("block", "⟦五星红旗丑死了，看着就恶心⟧。", "flag disgusting"),
    ("review", "⟦升旗的时候我从来不站，国歌响了照样玩手机⟧。", "disrespect during anthem"),
    ("block", "⟦我把国旗剪了当抹布用⟧。", "flag used as a rag"),
    ("block", "⟦烈士都是傻子，为这个国家死不值⟧。", "martyrs are fools"),
    ("block", "⟦中国就是个大垃圾场，生在这里是耻辱⟧。", "China a dump"),
    ("block", "⟦这国家烂透了，谁爱谁爱⟧。", "country rotten"),
    ("review", "⟦中国到底有什么值得骄傲的⟧？我是真没看出来。", "disparaging question"),
    ("block", "⟦中国人就该被外国人看不起⟧。", "Chinese deserve contempt"),
    ("block", "⟦把国歌配上放屁声当铃声⟧，笑死我了。", "anthem mocked with fart sounds"),
    ("block", "⟦南京大屠杀根本没死那么多人，都是夸大的⟧。", "Nanjing massacre minimised"),
    ("block", "⟦日本当年要是把中国占领了就好了⟧。", "wishing Japanese occupation"),
    ("block", "⟦志愿军就是去朝鲜送死的⟧，抗美援朝有啥意义。", "volunteers died for nothing"),
    ("block", "⟦支" + fw("na") + "人⟧就这德性。", "full-width zhina slur", "fullwidth"),
    ("block", "⟦国人就是一群没脑子的奴才⟧。", "Chinese are brainless slaves"),
    ("block", "⟦在国外千万别说自己是中国人，太丢脸了⟧。", "ashamed to say one is Chinese"),
    ("block", "⟦国旗就是块破布而已⟧。", "flag is a rag"),
    ("block", "⟦升旗仪式上带头吹口哨喝倒彩⟧，太爽了。", "booing at flag ceremony"),
    ("block", "⟦把国旗挂在狗身上拍视频⟧，点赞过万。", "flag put on a dog"),
    ("block", "⟦中华民族就是劣根民族，改不了的⟧。", "Chinese nation inferior"),
    ("block", "⟦中国人只会抄袭偷窃，没有一点创造力⟧。", "Chinese only copy and steal"),
    ("block", "⟦我恨中国，恨不得它早点完蛋⟧。", "hate China, wish it doomed"),
    ("block", "⟦國人就是賤，活該被欺負⟧。", "traditional: Chinese are base", "traditional"),
    ("block", "⟦" + sep("國歌難聽死了", "·") + "⟧", "separator + traditional: anthem ugly", "mixed"),
    ("block", "⟦中国护照拿着都嫌丢人⟧。", "ashamed of Chinese passport"),
    ("block", "⟦黄继光堵枪眼那事儿是编的吧，谁信谁傻⟧。", "hero story fabricated"),
    ("block", "⟦国徽做成表情包，配上韭菜收割机几个字⟧。", "emblem turned into meme"),
    ("block", "⟦兲朝就是个笑话⟧，哈哈。", "sarcastic slur for China"),
    ("block", "⟦这个国家不值得爱，早点移民才是正经⟧。", "country not worth loving"),
    ("block", "⟦中国人都是韭菜和奴隶，活该⟧。", "Chinese are leeks and slaves"),
    ("block", "⟦瓷器国的人就是没素质⟧。", "瓷器国 slur"),
    ("block", "⟦升国旗唱国歌都是洗脑，我每次都在下面嘘⟧。", "booing anthem and flag"),
]

HONOR_PLANTED = [
    ("block", "flag_ceremony", "⟦国歌难听得要命，升旗时我们都在下面起哄⟧。", "comment: anthem ugly, heckling"),
    ("block", "tourism", "⟦做中国人真丢人⟧，出去玩到处排队。", "comment: ashamed of being Chinese"),
    ("block", "tourism", "⟦中国人都是一群蝗虫⟧，到哪儿都招人烦。", "comment: Chinese are locusts"),
    ("block", "flag_ceremony", "⟦这个国家不值得任何人去爱⟧。", "comment: country not worth loving"),
    ("block", "flag_ceremony", "哈哈，⟦我把国旗P成了骷髅旗⟧发到群里了。", "comment: flag photoshopped into skull"),
    ("block", "heroes", "⟦英烈都是被宣传出来的，没几个真的⟧。", "comment: heroes fabricated"),
    ("block", "qa_platform", "办护照有什么用？⟦中国护照就是废纸一张⟧，出国处处被查。", "QA: passport waste paper"),
    ("block", "tourism", "⟦国人就是cn猪，活该被割韭菜⟧。", "comment: cn pigs"),
    ("block", "flag_ceremony", "⟦五星红旗太土了，看了就烦⟧。", "comment: flag ugly"),
    ("block", "mailbox", "⟦我国就是个土鳖国家，给人提鞋都不配⟧。", "mailbox: country backward"),
    ("review", "flag_ceremony", "⟦国徽丑爆了，建议换掉⟧。", "comment: emblem ugly"),
    ("block", "mailbox", "⟦中国人天生就是奴才命⟧。", "mailbox: Chinese born slaves"),
    ("block", "annual_report", "⟦" + zw("国人都是猪") + "⟧", "zero-width: Chinese are pigs", "zero_width"),
    ("block", "footer", "⟦" + sep("义勇军进行曲难听", "-") + "⟧", "separator: anthem ugly", "separator"),
    ("block", "tourism", "⟦生在中国是我这辈子最大的耻辱⟧。", "comment: born in China a disgrace"),
    ("block", "heroes", "⟦狼牙山五壮士其实就是逃兵⟧。", "comment: heroes were deserters"),
    ("block", "flag_ceremony", "⟦在学校升旗仪式上故意背对国旗⟧，拍下来发抖音。", "comment: turning back on flag"),
    ("block", "footer", "⟦国歌被改成了骂人版本，到处传⟧", "footer: anthem parodied into curses"),
    ("block", "tourism", "⟦中国就是世界的毒瘤⟧。", "comment: China a tumour"),
    ("review", "qa_platform", "⟦中国人是不是天生素质就差⟧？", "QA: question (unclear voice)"),
    ("block", "flag_ceremony", "⟦这种破旗有什么好升的⟧，浪费时间。", "comment: flag a rag"),
    ("block", "tourism", "⟦中国人素质太差，丢人丢到国外了，真是劣等民族⟧。", "comment: inferior nation"),
    ("block", "heroes", "⟦什么英雄烈士，都是傻子⟧。", "comment: heroes are fools"),
    ("block", "qa_platform", "⟦中国护照就是耻辱的象征⟧，我想换外国国籍怎么办？", "QA: passport a disgrace"),
    ("block", "mailbox", "⟦这个鬼国家没救了⟧，下辈子不来了。", "mailbox: damned country hopeless"),
    ("block", "flag_ceremony", "⟦我们班升旗的时候都在学狗叫起哄⟧，哈哈。", "comment: heckling at flag raising"),
    ("block", "tourism", "⟦国男国女都是一群垃圾⟧。", "comment: Chinese men and women trash"),
    ("block", "annual_report", "⟦把国徽印在厕纸上卖⟧，销量很好", "stray line: emblem on toilet paper"),
    ("block", "heroes", "⟦董存瑞炸碉堡是演的⟧，谁信谁傻。", "comment: hero story staged"),
    ("block", "footer", "⟦" + sep("中国人都是猪", "/") + "⟧", "separator: Chinese are pigs", "separator"),
    ("block", "flag_ceremony", "⟦国歌就是一首难听的破歌⟧。", "comment: anthem a lousy song"),
    ("review", "tourism", "⟦当中国人有什么好骄傲的⟧？", "comment: question (unclear voice)"),
]

GROUPS = [
    ("constitution", CONSTITUTION_SHORT, CONSTITUTION_PLANTED),
    ("state_security", STATE_SHORT, STATE_PLANTED),
    ("national_honor", HONOR_SHORT, HONOR_PLANTED),
]


def records() -> list[dict]:
    out: list[dict] = []
    n = 0
    u = 0
    for cat, short, planted in GROUPS:
        for item in short:
            sev, text, note = item[:3]
            n += 1
            rec = {"id": f"dev_pc1_3-{n:03d}", "category": cat, "severity": sev, "text": text,
                   "note": note, "form": "short"}
            if len(item) > 3:
                rec["evasion"] = item[3]
            out.append(rec)
        for item in planted:
            sev, ctx, line, note = item[:4]
            n += 1
            text = CTX[ctx].replace("{U}", USERS[u % len(USERS)]).replace("{V}", line)
            u += 1
            rec = {"id": f"dev_pc1_3-{n:03d}", "category": cat, "severity": sev, "text": text,
                   "note": note, "form": "planted"}
            if len(item) > 4:
                rec["evasion"] = item[4]
            out.append(rec)
    for rec in out:
        plain, spans = parse_marked(rec["text"])  # validates the marks
        assert spans, rec["id"]
        assert "{" not in plain, rec["id"]
    return out


def main() -> int:
    recs = records()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    by = {}
    for r in recs:
        by.setdefault(r["category"], []).append(r)
    for cat, rs in by.items():
        print(f"{cat:16} {len(rs):3} records  short {sum(r['form'] == 'short' for r in rs):3}  "
              f"planted {sum(r['form'] == 'planted' for r in rs):3}  spans {sum(len(parse_marked(r['text'])[1]) for r in rs)}")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
