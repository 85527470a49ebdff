# Builds the PC801/PC802/PC805/PC806 patterns and their prefilters (dev helper, not shipped).
import json, regex

GAP = r"[^。!?;\n，,、：:“”]"
TP = (r"局长|副局长|书记|副书记|主任|副主任|科长|副科长|股长|处长|厅长|部长|县长|副县长|市长|副市长|镇长|副镇长|乡长|村长|支书|村主任|区长|"
      r"院长|校长|所长|站长|队长|主席|经理|总经理|董事长|老板|包工头|医生|大夫|护士|老师|教师|班主任|教授|法官|检察官|警察|民警|警官|协警|辅警|交警|"
      r"城管|干部|村干部|领导|官员|公务员|记者|律师|(?<=\p{Han})某某?")
TO = (r"医院|卫生院|诊所|公司|集团|企业|银行|政府|镇政府|乡政府|县政府|市政府|街道办|居委会|村委会|派出所|公安局|公安|法院|检察院|城管局|城管|"
      r"学校|中学|小学|幼儿园|大学|物业|开发商|房地产商|商家|工厂|律所|律师事务所|信访办|"
      + "|".join(rf"(?<=\p{{Han}}){u}(?=(?:都|就|全|真|简直|纯属|分明|也)?是)" for u in "局厅委办"))
DIRECT = (r"(?<![牲家])畜生(?![产长])|畜牲|人渣|狗官|王八蛋|王八羔子|混蛋|狗东西|狗杂种|狗娘养的|狗日的|狗仗人势|贱人|婊子|(?<!畜)禽兽(?!医)|衣冠禽兽|"
          r"猪狗不如|猪一样的|(?<![a-z0-9])sb(?![a-z0-9])|(?<![a-z0-9])nmsl(?![a-z0-9])|傻逼|傻b|煞笔|沙比|傻叉|脑残(?!疾)|去死(?![者亡伤难])|不得好死|死全家|全家死光|断子绝孙|"
          r"出门被车撞|天打雷劈|贪官污吏|吸血鬼|败类|人民的蛀虫|走狗|汉奸|卖国贼")
IS_PREFIX = r"(?:是|就是|都是|全是|真是|简直是|纯属|分明是|就一)(?:个|一个|一群|一帮|一伙|群|帮|伙|些|家)?(?:大|老|死)?"
IS_NOUNS = (r"骗子|流氓(?!罪)|地痞|土匪|强盗|废物(?!处|回收|利用|收集|管理|产生|污染)|垃圾(?![\p{Han}])|黑社会(?!性质)|刽子手|杀人犯|贪官|贪污犯|诈骗犯|强奸犯|"
            r"吸血鬼|走狗|汉奸|卖国贼|色狼|色魔|变态(?!反应)|小三(?![峡亚轮门元])|二奶|神经病(?!学|科|医|专)|白痴|蠢货|蠢猪|傻子|弱智(?!儿童|人|群体|者)|骗钱的|蛀虫|寄生虫|狗腿子|"
            r"二百五(?!十)|(?<![0-9])250(?![0-9])|黑店|魔窟|贼窝|狗窝|屠宰场|畜生|人渣|败类|王八蛋")
IS = IS_PREFIX + "(?:" + IS_NOUNS + ")"
ORG_DIRECT = (r"(?<![牲家])畜生(?![产长])|人渣|王八蛋|狗东西|狗日的|狗娘养的|不得好死|死全家|断子绝孙|(?<!畜)禽兽(?!医)|(?<![a-z0-9])sb(?![a-z0-9])|"
              r"傻逼|傻b|煞笔|草菅人命|谋财害命|丧尽天良|黑心肝|吃人不吐骨头")
ABUSE_PREFIX = r"狗官|贪官|人渣|畜生|禽兽|黑心|无良|流氓|骗子|败类|王八蛋|傻逼|脑残|(?<![a-z0-9])sb|垃圾"
ABUSE_PREFIX_ORG = r"黑心|无良|垃圾|流氓|土匪|骗子|杀人|吃人|狗屁|王八蛋|傻逼"
CURSES = r"出门被车撞死|被车撞死|被车撞|不得好死|早点死|早死|死全家|全家死光|断子绝孙|天打雷劈|生孩子没屁眼|暴毙|横死"
ALLEG = (r"收黑钱|收红包|收了好处|收好处|拿回扣|吃回扣|包庇坏人|包庇黑恶|充当保护伞|包养情妇|包养|养小三|养情妇|有小三|专门骚扰|骚扰女|"
         r"(?<!防)(?:猥亵|性侵)了?(?:女|学生|小孩|儿童|病人|下属|同事)|睡女学生|靠老婆上位|靠睡上位|上位的|贪了|黑幕")
HEARSAY_ALLEG = r"收了好处|收好处|收黑钱|收红包|拿回扣|包养|养小三|有小三|养情妇"
DOX_ITEMS = r"住址|地址|电话|手机号|身份证|单位|照片|信息|底细"

def split_top(alts):
    parts, depth, cls, cur, i = [], 0, False, "", 0
    while i < len(alts):
        c = alts[i]
        if c == "\\":
            cur += alts[i:i + 2]; i += 2; continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(cur); cur = ""; i += 1; continue
        cur += c; i += 1
    parts.append(cur)
    return parts

_LOOK = regex.compile(r"\(\?<?[=!](?:\\p\{Han\}|\[[^\]]*\]|[^()])*\)")
def literals(alts):
    """The literal words of a flat alternation (lookarounds stripped); fails on anything else."""
    out = []
    for a in split_top(alts):
        lit = _LOOK.sub("", a)
        if lit.startswith("(?:"):  # (?:猥亵|性侵)了?(...) : take the inner words
            continue
        assert regex.fullmatch(r"[\p{Han}a-z0-9]{2,}", lit), (a, lit)
        out.append(lit)
    return out

def first_chars(alts):
    out = set()
    for a in split_top(alts):
        a = regex.sub(r"^(?:\(\?<?[=!](?:\\p\{Han\}|[^()])*\)|\(\?:|\()+", "", a)
        if a:
            out.add(a[0])
    return "".join(sorted(c for c in out if c not in "\\[]^-"))
def guard(alts):
    return "(?=[" + first_chars(alts) + "])"

P801 = [
    rf"(?P<hit>{guard(TP)}(?:{TP}){GAP}{{0,8}}?{guard(IS + '|' + DIRECT)}(?:{IS}|{DIRECT}))",
    rf"(?P<hit>(?:{ABUSE_PREFIX})(?:局长|书记|主任|科长|处长|县长|市长|镇长|乡长|村长|院长|校长|所长|医生|老师|教师|警察|城管|干部|领导|法官|律师|记者|老板)"
    r"(?![\p{Han}]{0,1}(?:队伍|问题|现象|行为|案|罪)))",
    rf"(?P<hit>(?:狗官|贪官|人渣|畜生|畜牲|禽兽|王八蛋|狗东西|贱人|败类){GAP}{{0,4}}?(?:不得好死|去死吧|死全家|全家死光|断子绝孙|天打雷劈|早点死))",
    rf"(?P<hit>(?:祝|愿|希望|诅咒|咒)(?:他|她|他们|她们|你|你们|这人|此人)(?:全家|一家)?[^。!?;\n，,]{{0,4}}?(?:{CURSES}))",
]
PF801 = literals(IS_NOUNS) + literals(DIRECT) + literals(ABUSE_PREFIX) + literals(CURSES) + ["去死吧", "早点死"]
P802 = [
    rf"(?P<hit>{guard(TO)}(?:{TO}){GAP}{{0,8}}?{guard(IS + '|' + ORG_DIRECT)}(?:{IS}|{ORG_DIRECT}))",
    rf"(?P<hit>(?:{ABUSE_PREFIX_ORG})(?:医院|公司|银行|政府|派出所|公安局|法院|学校|物业|开发商|企业|城管)"
    r"(?![\p{Han}]{0,1}(?:分类|处理|清运|收集|转运|问题|案|罪|行为|电话|短信|邮件|信息|队伍)))",
]
PF802 = literals(IS_NOUNS) + literals(ORG_DIRECT) + literals(ABUSE_PREFIX_ORG)
P805 = [
    rf"(?P<hit>(?:把|将|给我)(?:他|她|他们|她们|这人|此人|这个人|这家伙)(?:的)?(?:全家|家人|家里人|家庭|老婆|老公|孩子|父母|爸妈)?(?:的)?[^。!?;\n，,]{{0,6}}?"
    rf"(?:{DOX_ITEMS})[^。!?;\n]{{0,4}}?(?:挖出来|扒出来|找出来|查出来|人肉出来|曝光|公布出来|公布|发出来|发到网上|挂出来))",
    r"(?P<hit>人肉搜索(?:一下)?(?:这个|这位|那个|这名|此人|他(?!人)|她(?!人)|[\p{Han}]{1,6}?的(?:人|男的|女的|男人|女人|司机|老师|医生|城管|包工头|老板|局长|领导|干部|护士|警察|民警|家伙)))",
]
PF805 = literals(DOX_ITEMS) + ["人肉搜索"]
P806 = [
    rf"(?P<hit>{guard(TP + '|' + TO)}(?:{TP}|{TO}){GAP}{{0,8}}?{guard(ALLEG)}(?:{ALLEG}))",
    rf"(?P<hit>(?:听说|据说|有人说|都说)[^。!?;\n]{{0,10}}?(?:{HEARSAY_ALLEG}))",
    r"(?P<hit>专门(?:骚扰|猥亵|欺负)(?:女学生|女生|学生|女病人|病人|女同事|女下属|妇女|小孩))",
]
PF806 = literals(ALLEG) + ["猥亵", "性侵", "骚扰", "欺负"] + literals(HEARSAY_ALLEG)
out = {}
for name, pats, pf in [("P801", P801, PF801), ("P802", P802, PF802), ("P805", P805, PF805), ("P806", P806, PF806)]:
    for p in pats:
        regex.compile(p, regex.V1)
        assert "\\b" not in p and "\\W" not in p and "'''" not in p
    out[name] = {"patterns": pats, "prefilter": list(dict.fromkeys(pf))}
print(json.dumps(out, ensure_ascii=False))
