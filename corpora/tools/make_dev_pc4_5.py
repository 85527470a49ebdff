#!/usr/bin/env python3
"""Generate the PC4xx/PC5xx DEVELOPMENT set: corpora/violations/dev_pc4_5.jsonl.

Free-form violations of two categories, written independently of the rule files:

- ethnic_hatred: hostile generalisations, dehumanising words, exclusion and expulsion aimed at
  each of the 56 ethnic groups (and the regional stand-ins 新疆人 / 西藏人 that are used as
  ethnic proxies), in the voice of a comment, a chat message or a notice;
- religion_cult: banned cults recruiting and preaching in their own voice (呼喊派, 全能神/东方闪电/
  实际神, 门徒会, 观音法门, 法轮功, 被立王, 灵灵教, 主神教, 三班仆人派, 一贯道 …) and
  superstition sold for money (算命, 消灾, 做法事, 符水, 开光, 转运, 风水, 改运 …).

Some records are disguised (separators, zero-width characters, traditional characters,
homophones). About half are planted into ordinary government web text (news with a comment
area, 留言板, 招聘公告, page footers). Format: see corpora/violations/README.md; the extra
field "evasion" names the disguise where there is one.

Deterministic; run from anywhere:  python corpora/tools/make_dev_pc4_5.py
This is a DEVELOPMENT set: rules may be tuned against it. The independent test set is
corpora/holdout/ (never tune against that).
"""
from __future__ import annotations

import json
from pathlib import Path

OPEN, CLOSE = "\u27e6", "\u27e7"
ZW = "\u200b"
OUT = Path(__file__).resolve().parent.parent / "violations" / "dev_pc4_5.jsonl"


def zw(s: str) -> str:
    return ZW.join(s)


def sep(s: str, d: str) -> str:
    return d.join(s)


# ---------------------------------------------------------------------------------------------
# host documents (clean government web text) for planted records; {V} is the violating line
# ---------------------------------------------------------------------------------------------

HOST_ETHNIC = {
    "unity_award": (
        "我市召开第七次民族团结进步表彰大会\n"
        "9月20日，我市召开第七次民族团结进步表彰大会，对45个民族团结进步模范集体和89名模范个人进行表彰。\n"
        "会议指出，要以铸牢中华民族共同体意识为主线，推动各民族交往交流交融，让汉族、回族、藏族、土族、撒拉族等各族群众像石榴籽一样紧紧抱在一起。\n"
        "受表彰的模范个人中，有扎根牧区三十年的藏族乡村医生，有带领乡亲发展特色种植的回族致富带头人，也有热心调解邻里纠纷的汉族社区干部。\n"
        "网友评论（3）\n"
        "河湟人家　2024-09-20 20:11\n"
        "为模范点赞，我们村各族群众相处得就像一家人。\n"
        "路人甲　2024-09-20 22:47\n"
        "{V}"
    ),
    "parking_message": (
        "留言标题：出租屋管理混乱问题\n"
        "留言时间：2024-05-11 21:36　　留言人：网友\n"
        "留言内容：我们小区有不少房子被二房东隔成小间对外出租，楼道里堆满杂物，存在消防隐患。{V}希望社区加强出租房屋管理。\n"
        "办理单位：城南街道办事处\n"
        "回复内容：您好！您反映的问题已收悉。街道已会同社区、派出所和消防救援站对该小区出租房屋开展联合检查，督促房东清理楼道杂物，"
        "对违规分隔的房屋责令限期整改。同时提醒广大房东依法办理房屋租赁登记备案。感谢您的监督。"
    ),
    "recruit_notice": (
        "县人民医院2024年公开招聘编外工作人员公告\n"
        "根据工作需要，经研究，决定面向社会公开招聘编外工作人员12名。现将有关事项公告如下：\n"
        "一、招聘岗位。护理岗8名，药剂岗2名，收费岗2名，具体岗位条件详见附件。\n"
        "二、报名条件。遵守宪法和法律，具有良好的品行和正常履行职责的身体条件，年龄在18周岁以上、35周岁以下。\n"
        "{V}\n"
        "三、报名时间和地点。2024年7月1日至7月5日，县人民医院行政楼三楼人事科。\n"
        "四、咨询电话：0836-5122346（人事科）"
    ),
    "rental_guide": (
        "首页 > 办事服务 > 房屋租赁登记备案办事指南\n"
        "一、办理依据：《商品房屋租赁管理办法》。\n"
        "二、办理条件：出租人和承租人签订书面租赁合同后30日内，到房屋所在地住房城乡建设部门办理登记备案。\n"
        "三、申请材料：房屋租赁合同、房屋权属证明、当事人身份证明。\n"
        "四、办理时限：3个工作日。五、收费标准：不收费。\n"
        "主办单位：市住房和城乡建设局　　网站标识码：5134000012\n"
        "{V}"
    ),
    "village_news": (
        "索玛花开幸福来——大凉山易地扶贫搬迁安置点见闻\n"
        "走进三河村安置点，一排排黄墙灰瓦的新房整齐排列，水泥路通到家家户户门口。彝族群众吉克阿依告诉记者，搬进新家后，她在村里的扶贫车间上班，每月有两千多元收入。\n"
        "近年来，安置点发展花椒、核桃等特色产业，开办农民夜校，帮助彝族群众学习国家通用语言和实用技术，群众的生活一天比一天好。\n"
        "网友评论（2）\n"
        "山里娃　2024-04-02 09:15\n"
        "变化真大，为驻村干部点赞。\n"
        "过客　2024-04-02 23:05\n"
        "{V}"
    ),
    "festival_news": (
        "第十届民族文化旅游节开幕\n"
        "6月18日，第十届民族文化旅游节在县城民族广场开幕。开幕式上，傣族孔雀舞、苗族芦笙舞、侗族大歌、瑶族长鼓舞等节目轮番上演，吸引了上万名游客观看。\n"
        "旅游节期间还将举办民族特色美食展、非遗手工艺展销和民族体育表演等活动，推动文旅融合发展。\n"
        "网友评论（3）\n"
        "爱旅游的小王　2024-06-18 19:20\n"
        "孔雀舞太美了，明年还来。\n"
        "本地人　2024-06-18 21:02\n"
        "欢迎大家来玩。\n"
        "游客　2024-06-18 23:41\n"
        "{V}"
    ),
    "policy_qa": (
        "政策解读：我省少数民族考生高考加分政策调整问答\n"
        "问：这次调整的主要内容是什么？\n"
        "答：按照国家统一部署，我省逐步减少和严格控制高考加分项目，少数民族聚居地区的少数民族考生仍可按规定享受加分照顾，具体分值和适用范围以省招生考试院公布的为准。\n"
        "问：考生如何申请？\n"
        "答：符合条件的考生在报名时如实填写民族成分和户籍信息，由县级招生考试机构审核公示。\n"
        "网友评论（1）\n"
        "考生家长　2024-03-02 22:18\n"
        "{V}"
    ),
    "footer": (
        "关于做好2024年汛期地质灾害防范工作的通知\n"
        "各乡镇人民政府，县直有关部门：\n"
        "为切实做好汛期地质灾害防范工作，保障人民群众生命财产安全，现就有关事项通知如下：一、全面开展隐患排查；二、落实群测群防责任；三、加强值班值守和信息报送。\n"
        "县自然资源局　2024年5月6日\n"
        "【打印本页】【关闭窗口】\n"
        "{V}"
    ),
}

HOST_RELIGION = {
    "venue_safety": (
        "县民宗局开展宗教活动场所消防安全检查\n"
        "为切实做好节日期间宗教活动场所安全工作，3月12日，县民族宗教事务局会同县消防救援大队对全县14处宗教活动场所开展消防安全检查。\n"
        "检查组重点查看了消防器材配备、电气线路敷设、香烛使用管理和人员密集时段疏散预案等情况，要求各场所落实主体责任，确保信教群众安全。\n"
        "网友评论（2）\n"
        "热心市民　2024-03-12 18:30\n"
        "安全无小事，点赞。\n"
        "匿名用户　2024-03-12 23:10\n"
        "{V}"
    ),
    "neighbour_day": (
        "幸福里社区举办第五届邻里节\n"
        "5月25日，幸福里社区第五届邻里节在社区广场举行。居民们带来了自家做的特色美食，还进行了包饺子比赛、亲子游戏和才艺展示。\n"
        "社区党委书记表示，邻里节已经成为社区凝聚人心的品牌活动，下一步将继续开展“邻里守望”志愿服务，打造有温度的社区。\n"
        "网友评论（2）\n"
        "幸福里居民　2024-05-25 17:42\n"
        "饺子好吃，明年还参加。\n"
        "平安是福　2024-05-26 06:15\n"
        "{V}"
    ),
    "noise_message": (
        "留言标题：小区夜间噪音扰民\n"
        "留言时间：2024-07-08 22:41　　留言人：网友\n"
        "留言内容：小区广场舞音响声音太大，每天晚上要放到十点多，老人孩子休息不好。{V}希望街道协调一下。\n"
        "办理单位：东城街道办事处\n"
        "回复内容：您好！街道已联系社区和广场舞队负责人，约定活动时间为19:00至21:00，音量控制在规定范围以内。感谢您的反映。"
    ),
    "free_clinic": (
        "县人民医院开展“健康进乡村”义诊活动\n"
        "6月15日，县人民医院组织心内科、内分泌科、眼科、中医科等科室12名医务人员到白沙乡开展义诊，为群众免费测量血压、血糖，提供健康咨询，发放常用药品。\n"
        "中医科专家还为群众讲解了中药饮片煎煮方法和冬病夏治穴位贴敷知识，受到群众欢迎。\n"
        "网友评论（2）\n"
        "白沙乡民　2024-06-15 19:03\n"
        "医生很耐心，谢谢。\n"
        "有缘人　2024-06-16 00:12\n"
        "{V}"
    ),
    "folk_festival": (
        "古镇非遗民俗文化节开幕\n"
        "2月24日元宵节，古镇非遗民俗文化节开幕。舞龙舞狮、踩高跷、划旱船等民俗表演依次登场，剪纸、糖画、面塑等非遗传承人现场展示技艺。\n"
        "文化节期间还将举办猜灯谜、民俗摄影展等活动，让游客在欢乐祥和的氛围中感受传统文化魅力。\n"
        "网友评论（2）\n"
        "古镇老街坊　2024-02-24 20:11\n"
        "好热闹，有年味。\n"
        "大师工作室　2024-02-25 01:33\n"
        "{V}"
    ),
    "footer": (
        "关于2024年端午节放假期间政务服务安排的公告\n"
        "根据国务院办公厅通知，2024年端午节放假时间为6月8日至10日，共3天。放假期间，市政务服务中心暂停线下服务，网上办事大厅正常受理业务。\n"
        "市政务服务管理局　2024年6月3日\n"
        "主办单位：市人民政府办公室　　网站标识码：3205000003\n"
        "{V}"
    ),
    "township_news": (
        "青山镇召开2024年春耕生产动员会\n"
        "3月5日，青山镇召开春耕生产动员会，部署春耕备耕、农资保供和农田水利设施维修工作。{V}会议要求各村抢抓农时，确保粮食播种面积稳定。\n"
        "镇农业综合服务中心将组织农技人员进村入户开展技术指导。"
    ),
    "anti_cult_news": (
        "城关社区开展反邪教宣传进小区活动\n"
        "4月20日，城关社区联合派出所在小区广场开展反邪教宣传活动，通过展板、发放宣传册等形式，揭露邪教组织的欺骗手段和危害，引导居民崇尚科学、远离邪教。\n"
        "网友评论（2）\n"
        "城关居民　2024-04-20 18:05\n"
        "这样的宣传很有必要。\n"
        "新朋友　2024-04-21 05:47\n"
        "{V}"
    ),
}


# ---------------------------------------------------------------------------------------------
# ethnic_hatred
# ---------------------------------------------------------------------------------------------
# (text with ⟦⟧, severity, note)
ETHNIC_SHORT = [
    ("⟦维吾尔族人个个都是贼⟧，出门把包看紧点。", "block", "generalisation: thieves (Uyghur)"),
    ("跟你说，⟦回族的人心眼都坏，跟他们合伙迟早被坑⟧。", "block", "generalisation + warning (Hui)"),
    ("⟦藏族那帮人又懒又脏⟧，凭什么还给他们发补贴。", "block", "dirty and lazy (Tibetan)"),
    ("⟦蒙古族的都是酒鬼，招司机千万别要⟧。", "block", "drunkards + hiring exclusion (Mongol)"),
    ("⟦苗族人会下蛊，跟他们来往小心被害死⟧。", "block", "superstitious smear (Miao)"),
    ("⟦彝族佬天生就爱偷⟧，村里丢了东西准是他们干的。", "block", "born thieves (Yi)"),
    ("⟦壮族人脑子笨，干不了技术活⟧。", "block", "stupid (Zhuang)"),
    ("⟦布依族那些人素质太差，别招进厂里⟧。", "block", "low quality + hiring exclusion (Buyei)"),
    ("⟦朝鲜族都是白眼狼⟧，赚了钱就跑韩国。", "block", "ingrates (Korean)"),
    ("⟦满族人就是一群寄生虫⟧，祖上吃铁杆庄稼，现在还想吃低保。", "block", "parasites (Manchu)"),
    ("⟦侗族人没一个讲卫生的，别让他们住进我们小区⟧。", "block", "dirty + exclusion (Dong)"),
    ("⟦瑶族人野蛮得很，跟没开化似的⟧。", "block", "savage (Yao)"),
    ("⟦白族人全是奸商⟧，去大理买东西一定被宰。", "block", "swindling traders (Bai)"),
    ("⟦土家族的人一个比一个刁，谁跟他们打交道谁吃亏⟧。", "block", "crafty + warning (Tujia)"),
    ("⟦哈尼族就是落后民族，不配和我们的孩子坐一个教室⟧。", "block", "backward + 不配 (Hani)"),
    ("⟦哈萨克族人都是土匪⟧，放牧就是抢草场。", "block", "bandits (Kazakh)"),
    ("⟦傣族的女人都不正经⟧。", "block", "sexual smear (Dai)"),
    ("⟦黎族人又穷又懒，活该一辈子受穷⟧。", "block", "poor and lazy (Li)"),
    ("⟦傈僳族就是一窝贼⟧。", "block", "nest of thieves (Lisu)"),
    ("⟦佤族都是野人⟧，以前还砍人头。", "block", "savages (Wa)"),
    ("⟦畲族人素质低下，本店不欢迎⟧。", "block", "low quality + shop exclusion (She)"),
    ("⟦高山族那些番仔都一个德性⟧。", "block", "slur 番仔 (Gaoshan)"),
    ("⟦拉祜族人天生懒骨头，扶贫扶不起来⟧。", "block", "born lazy (Lahu)"),
    ("⟦水族人都是一帮穷鬼，借钱从来不还⟧。", "block", "paupers + dishonest (Sui)"),
    ("⟦东乡族的全是混混⟧，见了绕着走。", "block", "thugs (Dongxiang)"),
    ("⟦纳西族人都奸得很⟧，丽江的客栈别住他们开的。", "block", "crafty (Naxi)"),
    ("⟦景颇族人脾气暴，动不动就拔刀，一群野蛮人⟧。", "block", "violent savages (Jingpo)"),
    ("⟦柯尔克孜族的人没一个靠谱的⟧。", "block", "unreliable (Kyrgyz)"),
    ("⟦土族人就是下等人⟧。", "block", "inferior people (Tu)"),
    ("⟦达斡尔族算什么东西，也配跟我们争草场⟧。", "block", "contempt (Daur)"),
    ("⟦仫佬族、毛南族这些小民族就该自生自灭⟧。", "block", "should die out (Mulao, Maonan)"),
    ("⟦羌族人都是山里的野猴子⟧。", "block", "dehumanising (Qiang)"),
    ("⟦布朗族、基诺族的人都蠢得要死，教了也白教⟧。", "block", "stupid (Blang, Jino)"),
    ("⟦撒拉族都是强盗出身，做生意专门坑人⟧。", "block", "robbers (Salar)"),
    ("⟦仡佬族的人一个个贼眉鼠眼，看着就不像好人⟧。", "block", "shifty (Gelao)"),
    ("⟦锡伯族那帮杂种都给我滚回东北去⟧。", "block", "slur + expulsion (Xibe)"),
    ("⟦阿昌族人都是骗子，卖的刀全是假货⟧。", "block", "swindlers (Achang)"),
    ("⟦普米族人又脏又臭，坐车都不想挨着⟧。", "block", "dirty (Pumi)"),
    ("⟦塔吉克族那些人根本不算中国人，统统赶出去⟧。", "block", "exclusion from the nation (Tajik)"),
    ("⟦怒族人穷得叮当响还好吃懒做⟧。", "block", "lazy (Nu)"),
    ("⟦乌孜别克族都是投机倒把的奸商⟧。", "block", "profiteers (Uzbek)"),
    ("⟦俄罗斯族就是二毛子，不算自己人⟧。", "block", "slur 二毛子 (Russian)"),
    ("⟦鄂温克族的人只会喝酒打猎，一群废物⟧。", "block", "useless (Evenki)"),
    ("⟦德昂族人身上都有病，离他们远点⟧。", "block", "diseased + avoid (De'ang)"),
    ("⟦保安族天天带刀，全是暴徒⟧。", "block", "thugs (Bonan)"),
    ("⟦裕固族算不上什么民族，一帮放羊的土包子⟧。", "block", "contempt (Yugur)"),
    ("⟦京族人都是搞走私的⟧，东兴那边全是。", "block", "smugglers (Gin)"),
    ("⟦塔塔尔族的人都信不得⟧。", "block", "untrustworthy (Tatar)"),
    ("⟦独龙族、珞巴族、门巴族还没开化，跟原始人一样⟧。", "block", "primitive (Derung, Lhoba, Monba)"),
    ("⟦鄂伦春族人一个个都是酒蒙子⟧。", "block", "drunkards (Oroqen)"),
    ("⟦赫哲族就是吃生鱼的野人⟧。", "block", "savages (Hezhen)"),
    ("⟦汉族人都是奸诈的侵略者，滚出我们的地方⟧！", "block", "hatred against Han"),
    ("⟦新疆人都是恐怖分子，火车站见到就报警⟧。", "block", "regional stand-in: terrorists"),
    ("⟦西藏人身上一股味，别让他们进店⟧。", "block", "regional stand-in: smell + exclusion"),
    ("⟦少数民族就知道占便宜⟧，高考加分凭什么。", "block", "minorities as freeloaders"),
    ("⟦那个民族的人没一个好东西，谁娶谁倒霉⟧。", "block", "unnamed ethnic group"),
    ("⟦这些蛮子就该全部赶回山里去⟧。", "block", "slur + expulsion"),
    ("⟦维族的房子千万别租，租了就等着倒霉⟧。", "block", "rental exclusion"),
    ("急招普工数名，包吃住，⟦新疆籍、藏族的一概不予考虑⟧。", "block", "hiring exclusion"),
    ("房东直租两室一厅，⟦不租少数民族，新疆西藏的免问⟧。", "block", "rental exclusion"),
    ("听说⟦苗族人都会放蛊⟧，是不是真的？不敢去那边玩。", "review", "stereotype in a question"),
    ("有人说⟦回族人特别抱团，不好相处⟧，大家怎么看？", "review", "stereotype reported, unclear voice"),
    # disguised
    ("⟦維吾爾族人個個都是賊⟧，出門把包看緊點。", "block", "traditional characters", "traditional"),
    ("⟦" + sep("藏族人都是骗子", "*") + "⟧，" + "别跟他们做生意。", "block", "asterisk separators", "separator"),
    ("⟦" + zw("彝族人天生就是贼") + "⟧，村里千万别让他们进来。", "block", "zero-width spaces", "zero_width"),
    ("⟦" + sep("回族", " ") + "的 都 是 坏 人⟧，离远点。", "block", "spaces", "separator"),
    ("⟦少數民族都是蛀蟲，滾回山裡去⟧！", "block", "traditional, parasite + expulsion", "traditional"),
    ("⟦维吾儿族的人都是小偷⟧，别让进小区。", "block", "misspelt group name (儿 for 尔)", "homophone"),
]

ETHNIC_PLANTED = [
    ("unity_award", "⟦藏族人素质都不行，评什么模范⟧。", "block", "comment under commendation news"),
    ("unity_award", "⟦撒拉族的都是强盗后代⟧，表彰他们干什么。", "block", "comment"),
    ("unity_award", "⟦回回都是一个德性，别被他们骗了⟧。", "block", "slur comment"),
    ("unity_award", "⟦土族人懒得要死，给他们钱也是白给⟧。", "block", "comment"),
    ("parking_message", "⟦二房东专门租给新疆人，那些人都是小偷⟧，住进来以后小区天天丢电动车。", "block", "hostile line in 留言"),
    ("parking_message", "⟦少数民族住进来就是又脏又乱，物业应该把他们清出去⟧。", "block", "exclusion in 留言"),
    ("parking_message", "⟦房子千万别再租给藏族人了，都是些不讲卫生的⟧。", "block", "rental exclusion in 留言"),
    ("parking_message", "⟦彝族那帮人就是一群贼⟧，楼道里的东西都是他们偷的。", "block", "hostile line in 留言"),
    ("recruit_notice", "⟦回族、维吾尔族、哈萨克族考生勿报⟧。", "block", "exclusion line in a job notice"),
    ("recruit_notice", "⟦本次招聘不接受少数民族报名⟧。", "block", "exclusion line"),
    ("recruit_notice", "⟦藏族、彝族人员因生活习惯差异，不予录用⟧。", "block", "exclusion line"),
    ("rental_guide", "⟦出租房屋一律不租新疆人和西藏人，违者后果自负⟧！", "block", "footer spam"),
    ("rental_guide", "⟦朝鲜族都是棒子，房东们别租给他们⟧。", "block", "footer spam"),
    ("village_news", "⟦彝族人天生就懒，怎么扶都扶不起来⟧。", "block", "comment under poverty-relief news"),
    ("village_news", "⟦这帮彝族佬迟早把国家吃穷⟧。", "block", "comment"),
    ("village_news", "⟦凉山那些彝族人都是吸毒贩毒的⟧，扶他们干嘛。", "block", "comment"),
    ("festival_news", "⟦傣族女的都是卖的⟧，去西双版纳小心点。", "block", "comment"),
    ("festival_news", "⟦苗族人都会放蛊，千万别吃他们给的东西⟧。", "block", "comment"),
    ("festival_news", "⟦侗族瑶族这些山里人都没开化，有什么好看的⟧。", "block", "comment"),
    ("festival_news", "⟦那个民族的人素质都不行，谁跟他们做生意谁倒霉⟧。", "block", "comment (unnamed group)"),
    ("policy_qa", "⟦少数民族凭什么加分，一群寄生虫⟧。", "block", "comment under policy Q&A"),
    ("policy_qa", "⟦回族维族这些人根本不配享受加分政策⟧。", "block", "comment"),
    ("policy_qa", "⟦汉族就是二等公民，少数民族骑在我们头上⟧。", "block", "comment stirring hostility"),
    ("footer", "⟦维族滚出内地，回族滚回西北⟧！", "block", "footer spam, expulsion"),
    ("footer", "⟦蒙古鞑子都该赶回草原⟧。", "block", "footer spam, slur + expulsion"),
    ("footer", "⟦" + zw("新疆人都是小偷骗子") + "⟧，房子千万别租给他们。", "block", "footer spam, zero-width", "zero_width"),
    ("unity_award", "⟦藏族人又脏又懒，根本不配享受这些政策⟧。", "block", "comment, traditional", "traditional_ok"),
    ("village_news", "⟦彝族人天生就是賊，村裡千萬別讓他們進來⟧。", "block", "comment, traditional", "traditional"),
    ("festival_news", "⟦" + sep("苗族人都是蛮子", "·") + "⟧。", "block", "comment, middle dots", "separator"),
    ("festival_news", "听说⟦傣族人都很懒⟧，是真的吗？", "review", "stereotype in a question"),
    ("recruit_notice", "⟦普米族、怒族、独龙族等山区少数民族素质低，一律不招⟧。", "block", "exclusion line"),
    ("rental_guide", "⟦房东注意：维吾尔族、回族租客事多，一概不租⟧。", "block", "footer spam, rental exclusion"),
    ("parking_message", "⟦那些回族人天天在楼下烤肉，一个个野蛮得很⟧。", "block", "hostile line in 留言"),
    ("parking_message", "⟦住在三楼的藏族人都是骗子，大家别借钱给他们⟧。", "block", "hostile line in 留言"),
    ("village_news", "⟦少数民族就是等靠要，天生好吃懒做⟧。", "block", "comment"),
    ("village_news", "⟦彝族人都是酒鬼，扶贫款全拿去喝酒了⟧。", "block", "comment"),
    ("unity_award", "⟦藏族土族这些人都是白眼狼，给再多好处也没用⟧。", "block", "comment"),
    ("unity_award", "⟦汉人都是奸猾的，跟他们讲什么团结⟧。", "block", "comment against Han"),
    ("festival_news", "⟦傈僳族人都是小偷，逛节会的看好手机⟧。", "block", "comment"),
    ("festival_news", "⟦瑶族佬全是穷鬼，来了也不消费⟧。", "block", "comment"),
    ("policy_qa", "⟦这些少数民族的人天生就笨，加分也考不上⟧。", "block", "comment"),
    ("policy_qa", "⟦蒙古族哈萨克族的考生素质差，凭什么照顾⟧。", "block", "comment"),
    ("footer", "⟦外地的新疆人都滚出我们市⟧！", "block", "footer spam, expulsion"),
    ("footer", "⟦保安族东乡族撒拉族都是一路货色⟧。", "block", "footer spam"),
    ("recruit_notice", "⟦回族、維吾爾族人員一律不錄用⟧。", "block", "exclusion line, traditional", "traditional"),
]

# ---------------------------------------------------------------------------------------------
# religion_cult
# ---------------------------------------------------------------------------------------------
RELIGION_SHORT = [
    ("⟦主来了！弟兄姊妹今晚七点老地方聚会，一起放声呼喊主名⟧，⟦不呼喊的得不着生命⟧。", "block", "Shouters gathering"),
    ("⟦全能神已经在中国作工了，末世只有归向神才能躲过大灾难⟧，加我微信了解。", "block", "Almighty God recruiting"),
    ("⟦神的国度已经降临，实际神发表话语审判人类⟧，赶快接受神末世的作工。", "block", "Almighty God preaching"),
    ("姐妹们，⟦东方闪电的话语就是真理⟧，别再守着老教会了。", "block", "Eastern Lightning recruiting"),
    ("⟦门徒会的弟兄说女的要蒙头祷告才蒙神悦纳⟧，周三晚上来我家聚会。", "block", "Mentuhui gathering"),
    ("⟦被立王是神亲自立的王，跟着他才能进天国⟧。", "block", "Beiliwang preaching"),
    ("⟦观音法门即刻开悟，清海师父一印心就能见光听音⟧，免费报名。", "block", "Guanyin Famen recruiting"),
    ("⟦看了真相资料就明白了，赶快声明退出党团队，保你平安⟧。", "block", "Falun Gong 'three withdrawals'"),
    ("⟦大法弟子今晚十二点整点统一发正念⟧，请同修互相转告。", "block", "Falun Gong instruction"),
    ("⟦灵灵教的华雪和就是第二个耶稣，信他的人末日得救⟧。", "block", "Lingling cult preaching"),
    ("⟦主神教说刘家国是主神，信主神得永生⟧，快来参加家庭聚会。", "block", "Zhushen cult preaching"),
    ("⟦三班仆人派的大仆人来带领聚会，只有我们才是真教会⟧。", "block", "Sanban Puren cult"),
    ("⟦一贯道点传师给你点玄关，求了道就能超生了死⟧。", "block", "Yiguandao recruiting"),
    ("⟦末日大灾难就在眼前，全能神的家是最后的方舟⟧，赶紧进来。", "block", "Almighty God doomsday"),
    ("⟦心灵法门的卢台长说念小房子能消业障⟧，一张五百，私聊请经文。", "block", "Xinling Famen, paid"),
    ("⟦呼喊派的聚会点搬到村东头了，凡呼喊主名的必得救⟧。", "block", "Shouters notice"),
    ("⟦算命消灾，做法事一场688元，不灵不收钱⟧。", "block", "paid superstition"),
    ("⟦大师亲手画的符，烧成符水喝三天，什么病都能好⟧。", "block", "talisman water cure"),
    ("⟦开光貔貅转运招财，改运包好⟧，微信下单。", "block", "blessed charms for luck"),
    ("⟦看风水改运，保你明年升官发财，收费合理⟧。", "block", "feng shui for money"),
    ("⟦孩子夜哭是撞了邪，请仙姑收惊，一次两百⟧。", "block", "exorcism for money"),
    ("⟦家里老人老生病是祖坟风水不好，迁坟改运，费用面议⟧。", "block", "grave feng shui for money"),
    ("⟦本人祖传神算，测婚姻财运，准了再付款⟧。", "block", "fortune telling for money"),
    ("⟦八字相冲必须化解，化解费一千八，化完保你婚姻美满⟧。", "block", "paid ritual"),
    ("⟦喝了仙姑的神水，三天病就好了，比医院强百倍⟧。", "block", "holy water cure"),
    ("⟦大仙替你消灾解难，随喜功德三百起⟧，心诚则灵。", "block", "paid ritual"),
    ("⟦请道长做场法事，保你官司必赢，价钱好商量⟧。", "block", "paid ritual"),
    ("⟦转运符放钱包里，年底包你发财⟧，88元一张包邮。", "block", "charm sale"),
    # disguised
    ("⟦全能神已經作工，末世歸向神才能得救⟧，快來聚會。", "block", "traditional", "traditional"),
    ("⟦" + sep("呼喊主名才能得救", "*") + "⟧，今晚聚会别迟到。", "block", "separators", "separator"),
    ("⟦" + zw("法轮大法弟子送真相") + "⟧，请收下看看。", "block", "zero-width", "zero_width"),
    ("⟦發輪功師父講的都是真理，煉功祛病健身⟧。", "block", "homophone + traditional", "homophone"),
    ("⟦東方閃電的弟兄姊妹歡迎你來聚會⟧。", "block", "traditional", "traditional"),
    ("⟦" + sep("算命改运", "·") + "，包灵验，加V详谈⟧。", "block", "middle dots", "separator"),
    ("⟦實際神已經來了，快歸向全能神⟧。", "block", "traditional", "traditional"),
    # unclear voice
    ("听说⟦全能神的人说末日要来了⟧，是真的吗？", "review", "cult claim in a question"),
    ("小区里有人塞⟦门徒会⟧的传单，这是什么教？", "review", "cult name in a question"),
]

RELIGION_PLANTED = [
    ("venue_safety", "⟦主已经来了，快到聚会点一起呼喊主名，呼喊才能得救⟧！", "block", "Shouters comment"),
    ("venue_safety", "⟦这些教堂都是假的，全能神才是末世唯一的真道⟧，私信我。", "block", "Almighty God comment"),
    ("venue_safety", "⟦观音法门免费印心，吃素打坐能见光听音⟧，有缘人私信。", "block", "Guanyin Famen comment"),
    ("neighbour_day", "⟦末世到了，只有信实际神才能蒙保守⟧，赶快归向。", "block", "Almighty God comment"),
    ("neighbour_day", "⟦大法师父说了，做了三退的人大难来时能保命⟧。", "block", "Falun Gong comment"),
    ("neighbour_day", "⟦门徒会每周五在我家聚会，蒙头祷告，欢迎邻居来⟧。", "block", "Mentuhui comment"),
    ("neighbour_day", "⟦神已经在东方显现，东方闪电照遍全地⟧。", "block", "Almighty God comment"),
    ("noise_message", "⟦楼上那家天天聚会呼喊主名，说不呼喊就不能得救⟧，吵得人睡不着。", "review", "reported cult practice (unclear voice)"),
    ("noise_message", "⟦想消灾的可以找我，做法事收费便宜⟧。", "block", "spam in 留言"),
    ("free_clinic", "⟦看病不如喝符水，大仙的符水一碗五十，包治不孕⟧。", "block", "talisman water ad"),
    ("free_clinic", "⟦信了全能神病自己就好了，根本不用吃药⟧。", "block", "cult cure claim"),
    ("free_clinic", "⟦练法轮功能祛病健身，我练了三年药都停了⟧。", "block", "Falun Gong cure claim"),
    ("free_clinic", "⟦神婆给你驱驱邪，比吃中药管用，一次三百⟧。", "block", "exorcism ad"),
    ("folk_festival", "⟦专业算命看相，测财运改运势，不准不要钱⟧。", "block", "fortune telling spam"),
    ("folk_festival", "⟦开光转运手串，戴上保你逢凶化吉，现价168⟧。", "block", "blessed bracelet ad"),
    ("folk_festival", "⟦风水大师上门布局，改运旺财，包好包灵⟧。", "block", "feng shui ad"),
    ("folk_festival", "⟦求签解签、做法事超度亡灵，价格面议⟧。", "block", "ritual ad"),
    ("footer", "⟦被立王的子民有福了，跟随被立王才能得救⟧。", "block", "Beiliwang spam"),
    ("footer", "⟦灵灵教欢迎你，末日之前快来受洗⟧。", "block", "Lingling spam"),
    ("footer", "⟦" + sep("三退保平安", "|") + "⟧，化名也可以。", "block", "separator", "separator"),
    ("township_news", "⟦主神教的弟兄说信主神不用种地，末日到了粮食都没用⟧。", "block", "cult line pasted into news"),
    ("township_news", "⟦一贯道求道才能避劫，求道请联系点传师⟧。", "block", "cult line pasted into news"),
    ("anti_cult_news", "⟦别听他们瞎说，全能神才是真神，归向神才有出路⟧。", "block", "cult reply under anti-cult news"),
    ("anti_cult_news", "⟦呼喊主名真的能得救，我们每晚都在聚会⟧。", "block", "cult reply under anti-cult news"),
    ("anti_cult_news", "⟦大法好不好，看看真相资料就知道了⟧。", "block", "Falun Gong reply under anti-cult news"),
    ("township_news", "⟦全能神教会欢迎您，末世唯有神的国度能存留⟧。", "block", "cult line pasted into news"),
    ("free_clinic", "⟦身上有病是被邪祟缠上了，请大仙做场法事就好，一千二包好⟧。", "block", "paid ritual"),
    ("venue_safety", "⟦观音法门的师父是活佛，印心就能了脱生死⟧。", "block", "Guanyin Famen comment"),
    ("neighbour_day", "⟦大纪元说中共要完了，赶紧三退⟧。", "block", "Falun Gong comment"),
    ("folk_festival", "⟦测八字、看姻缘、合婚改名，灵验再付费⟧。", "block", "fortune telling spam"),
    ("footer", "⟦東方閃電：神已經來了，快回家⟧！", "block", "footer spam, traditional", "traditional"),
    ("noise_message", "⟦住户们可以来一楼参加呼喊聚会，呼喊主名病就能好⟧。", "block", "cult spam in 留言"),
    ("anti_cult_news", "⟦反什么邪教，门徒会的蒙头祷告灵得很⟧。", "block", "cult reply under anti-cult news"),
]


def record(rid: str, cat: str, sev: str, text: str, note: str, form: str, evasion: str | None) -> dict:
    rec = {"id": rid, "category": cat, "severity": sev, "text": text, "note": note, "form": form}
    if evasion and evasion != "traditional_ok":
        rec["evasion"] = evasion
    return rec


def build() -> list[dict]:
    out: list[dict] = []
    n = 0
    for cat, short, planted, hosts in (
        ("ethnic_hatred", ETHNIC_SHORT, ETHNIC_PLANTED, HOST_ETHNIC),
        ("religion_cult", RELIGION_SHORT, RELIGION_PLANTED, HOST_RELIGION),
    ):
        for item in short:
            text, sev, note, *ev = item
            n += 1
            out.append(record(f"dev_pc4_5-{n:03d}", cat, sev, text, note, "short", ev[0] if ev else None))
        for item in planted:
            host, line, sev, note, *ev = item
            n += 1
            out.append(record(f"dev_pc4_5-{n:03d}", cat, sev, hosts[host].replace("{V}", line), note, "planted",
                              ev[0] if ev else None))
    return out


def check(recs: list[dict]) -> None:
    ids = set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        t = r["text"]
        assert t.count(OPEN) == t.count(CLOSE) >= 1, r["id"]
        depth = 0
        for ch in t:
            depth += ch == OPEN
            depth -= ch == CLOSE
            assert depth in (0, 1), r["id"]
        for host in list(HOST_ETHNIC.values()) + list(HOST_RELIGION.values()):
            assert OPEN not in host


def main() -> None:
    recs = build()
    check(recs)
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {}
    for r in recs:
        by.setdefault((r["category"], r["form"]), 0)
        by[(r["category"], r["form"])] += 1
    print(f"wrote {len(recs)} records to {OUT}: " + ", ".join(f"{c}/{f}={k}" for (c, f), k in sorted(by.items())))


if __name__ == "__main__":
    main()
