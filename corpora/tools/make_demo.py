#!/usr/bin/env python3
"""Generate corpora/demo/: the drafts `make demo` screens, one or more per supported format.

Text formats are written directly; the DOCX is assembled from minimal OOXML with zipfile; the PDF
needs reportlab (a development-time tool only: the generated files are committed, and `make demo`
does not need reportlab). Deterministic: running it twice gives the same bytes (fixed timestamps).

    python corpora/tools/make_demo.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parents[1] / "demo"

NOTICE_MD = """---
title: 关于做好2024年汛期安全防范工作的通知
department: 某县应急管理局
---

# 关于做好2024年汛期安全防范工作的通知

各乡镇人民政府，县级有关部门：

入汛以来，我县降雨偏多，局地出现短时强降雨。为切实做好汛期安全防范工作，现将有关事项通知如下：

一、压实防汛责任。各乡镇要落实防汛行政首长负责制，逐村逐户排查山洪地质灾害隐患点。

二、加强监测预警。气象部门发布暴雨黄色预警后，各地要及时转移危险区域群众。

三、严格值班值守。严格执行24小时值班和领导带班制度，重要情况及时报告。

联系人：县应急管理局办公室，电话：0831-8223456，传真：0831-8223457，邮箱：yjj@example.gov.cn

![防汛演练现场照片（县应急管理局供图）](drill.jpg)

某县应急管理局
2024年6月3日

（此件公开发布）
"""

ANTI_GAMBLING_TXT = """警方提示：远离网络赌博

近期，我市公安机关破获多起利用网络平台组织赌博的案件。不法分子通过短视频平台发布“注册送彩金”“充值返水”等虚假宣传，诱骗群众参赌。经查，该团伙以“真人百家乐”为主要赌博项目，涉案资金达1200余万元。

警方提醒广大群众：网络赌博“十赌九骗”，切勿轻信所谓“稳赚不赔”的“内部消息”。发现涉赌线索，请拨打110或向当地派出所举报。

某市公安局
2024年5月20日
"""

LIST_MD = """# 2024年第二批城乡低保拟保障对象公示

根据《社会救助暂行办法》，经个人申请、入户调查、民主评议，现将拟保障对象公示如下：

| 序号 | 姓名 | 身份证号码 | 联系电话 | 家庭人口 |
|---|---|---|---|---|
| 1 | 王*明 | 5101**********1234 | 139****5678 | 3 |
| 2 | 李建华 | 510104198703151233 | 13812345678 | 2 |
| 3 | 赵*芳 | 5101**********263X | 136****0021 | 4 |

公示期为7天。如有异议，请于公示期内向县民政局反映，监督电话：0831-8221234。

<!-- prescreen-disable-next-line PD102 -- 本单位值班手机，已批准公开 -->
值班手机：13900001111

某县民政局
2024年7月1日
"""

BRIEFING_TXT = """内部资料　注意保存

舆情工作简报
2024年第5期

一、本周网络舆情总体平稳。
二、关于某项目的网民留言已转相关部门办理。
"""

DRAFT_GBK = """关于调整城区停车收费标准的实施方案
（征求意见稿）

一、总体要求
为规范城区停车秩序，提高停车资源利用效率，制定本方案。
二、收费标准
（具体标准待价格听证后确定）
"""

RUMOR_MD = """# 网友留言

留言：紧急扩散！内部消息，明天全市停水停电三天，赶紧去超市抢购，转给家人！

回复：您好，经核实，全市供水供电正常，请勿轻信和传播不实信息。
"""

FORUM_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>县长信箱 - 留言选登</title>
<meta name="description" content="县长信箱留言选登与答复">
</head>
<body>
<h1>县长信箱留言选登</h1>
<div class="msg">
  <p>留言：希望尽快修复城北路段的路灯。</p>
  <p>答复：县住建局已安排维修，预计本周内完成。感谢您的关注。</p>
</div>
<div class="msg" style="display:none">
  <p>加微信进网上真人赌场，注册送彩金，日赚千元！</p>
</div>
<img src="banner.png" alt="县长信箱">
<script>var visits = 1024;</script>
<p>监督电话：0831-12345 &nbsp; 邮箱：xzxx@example.gov.cn</p>
</body>
</html>
"""

SECRET_DOCX_BODY = [
    "份号：000123",
    "机密★5年",
    "某县人民政府办公室文件",
    "县政办发〔2024〕15号",
    "关于某重点项目推进情况的报告",
    "县委：",
    "现将某重点项目推进情况报告如下。",
]
SECRET_DOCX_TABLE = [["项目", "负责人", "联系电话"], ["一期工程", "刘某某", "0831-8224567"]]

ANNUAL_PDF = [
    "某县科学技术局2023年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》要求编制。",
    "一、总体情况：全年主动公开政府信息326条，其中政策文件18件。",
    "二、依申请公开：收到申请3件，均已按期答复。",
    "三、存在的问题：信息更新的及时性有待提高。",
    "联系电话：0831-8225678，邮编：644000。",
    "（此件主动公开）",
]


def w_p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def write_docx(path: Path) -> None:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{w_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in SECRET_DOCX_TABLE)
    body = "".join(w_p(t) for t in SECRET_DOCX_BODY) + f"<w:tbl>{rows}</w:tbl>" + \
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>请审核。</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>' + \
        '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>'
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>',
        "word/header1.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {ns}>{w_p("内部文件")}</w:hdr>',
        "word/comments.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:comments {ns}><w:comment w:id="0" w:author="审核人">'
        f'{w_p("经办人手机13812345678，请电话确认。")}</w:comment></w:comments>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>重点项目推进情况报告</dc:title><dc:creator>县政府办公室</dc:creator></cp:coreProperties>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)  # invariant: no timestamps or random ids
    c.setFont("STSong-Light", 12)
    y = 780
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 22
    c.save()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "01_flood_notice.md").write_text(NOTICE_MD, encoding="utf-8")
    (OUT / "02_police_tips_anti_gambling.txt").write_text(ANTI_GAMBLING_TXT, encoding="utf-8")
    (OUT / "03_low_income_list.md").write_text(LIST_MD, encoding="utf-8")
    (OUT / "04_internal_briefing.txt").write_text(BRIEFING_TXT, encoding="utf-8")
    (OUT / "05_parking_draft_gbk.txt").write_bytes(DRAFT_GBK.encode("gbk"))
    (OUT / "06_mailbox_rumor.md").write_text(RUMOR_MD, encoding="utf-8")
    (OUT / "07_mailbox_page.html").write_text(FORUM_HTML, encoding="utf-8")
    write_docx(OUT / "08_project_report.docx")
    write_pdf(OUT / "09_annual_report.pdf", ANNUAL_PDF)
    print(f"wrote {len(list(OUT.iterdir()))} files to {OUT}")


if __name__ == "__main__":
    main()
