"""File readers: decoding, Markdown, HTML, DOCX, PDF, limits and hostile files.

Every fixture is generated here (tmp_path or in memory): no binary fixtures are committed.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import zipfile

import pytest
from hypothesis import given, strategies as st

from prescreen.readers import (
    Document,
    Part,
    ReadLimits,
    UnreadableFile,
    format_for,
    read_bytes,
    read_document,
)
from prescreen.readers.html import extract

# ---------------------------------------------------------------------------------------------
# helpers


def find_loc(part: Part, needle: str):
    i = part.text.find(needle)
    assert i != -1, f"{needle!r} not in {part.text!r}"
    return part.locate(i)


def source_loc(source: str, needle: str) -> tuple[int, int]:
    i = source.index(needle)
    line = source.count("\n", 0, i) + 1
    col = i - (source.rfind("\n", 0, i) + 1) + 1
    return line, col


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WP_NS = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def w_p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def w_table(rows: list[list[str]]) -> str:
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{w_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl><w:tblPr/>{body}</w:tbl>"


def w_doc(root: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{root} {W_NS} {WP_NS} {MC_NS}>{inner}</w:{root}>'


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def make_docx(files: dict[str, str | bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        if "[Content_Types].xml" not in files:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


BODY = (
    "<w:body>"
    + w_p("第一段正文")
    + '<w:p><w:r><w:t>保留文字</w:t></w:r>'
    '<w:ins w:id="1" w:author="审核人"><w:r><w:t>插入的文字</w:t></w:r></w:ins>'
    '<w:del w:id="2" w:author="审核人"><w:r><w:delText>删除的内部意见</w:delText></w:r></w:del></w:p>'
    + w_table([["甲", "乙"]])
    + w_table([["序号", "姓名", "电话"], ["1", "李四", "123"], ["2", "张三", "13800138000"]])
    + w_p("表后段落")
    + '<w:p><w:r><w:t>制表</w:t><w:tab/><w:t>符</w:t></w:r></w:p>'
    '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="图片替代文字"/>'
    "</wp:inline></w:drawing></w:r></w:p>"
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>文本框</w:t></mc:Choice>'
    "<mc:Fallback><w:t>文本框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>无制表</w:t></w:r></w:p>'
    "<w:sectPr/></w:body>"
)

CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>关于某事项的通知</dc:title><dc:subject>内部主题</dc:subject><dc:creator>王五</dc:creator>"
    "<cp:keywords>关键词</cp:keywords><dc:description>描述文字</dc:description>"
    "<cp:lastModifiedBy>赵六</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
    "</cp:coreProperties>"
)
APP = (
    '<?xml version="1.0" encoding="UTF-8"?><Properties '
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Microsoft Office Word</Application><Company>某某局办公室</Company><Pages>1</Pages>"
    "</Properties>"
)
CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8"?><Properties '
    'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级">'
    "<vt:lpwstr>内部</vt:lpwstr></property></Properties>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'hyperlink" Target="mailto:zhangsan@example.cn" TargetMode="External"/></Relationships>'
)


def full_docx() -> bytes:
    return make_docx({
        "word/document.xml": w_doc("document", BODY),
        "word/_rels/document.xml.rels": RELS,
        "word/header1.xml": w_doc("hdr", w_p("页眉：内部资料")),
        "word/header2.xml": w_doc("hdr", w_p("第二页眉")),
        "word/footer1.xml": w_doc("ftr", w_p("页脚文字")),
        "word/footnotes.xml": w_doc(
            "footnotes",
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:id="1">{w_p("脚注内容")}</w:footnote>',
        ),
        "word/endnotes.xml": w_doc("endnotes", f'<w:endnote w:id="1">{w_p("尾注内容")}</w:endnote>'),
        "word/comments.xml": w_doc(
            "comments",
            f'<w:comment w:id="0" w:author="审核人">{w_p("批注：此处涉及个人信息")}</w:comment>',
        ),
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "docProps/custom.xml": CUSTOM,
    })


def _pdf_string(codes: list[int]) -> str:
    return "<" + "".join(f"{c:04X}" for c in codes) + ">"


def make_pdf(pages: list[str | None]) -> bytes:
    """A valid PDF written by hand: a Type0 font with a ToUnicode map, so CJK text extracts.
    A page given as None has a drawing and no text."""
    chars = sorted(set("".join(p for p in pages if p)) - {"\n"})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    bfchar = "".join(f"<{cid[c]:04X}> <{c.encode('utf-16-be').hex().upper()}>\n" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}endbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode()
    objs: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        4: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>",
        5: b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        6: b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    }
    kids = []
    n = 7
    for text in pages:
        if text is None:
            content = b"0.5 g 72 72 400 600 re f"
        else:
            ops = ["BT /F1 12 Tf 14 TL 72 760 Td"]
            for k, line in enumerate(text.split("\n")):
                if k:
                    ops.append("T*")
                ops.append(_pdf_string([cid[c] for c in line]) + " Tj")
            ops.append("ET")
            content = "\n".join(ops).encode()
        objs[n] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (n + 1)
        )
        objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# decoding and plain text


def test_utf8_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("第一行\n身份证号码\n".encode())
    doc = read_document(p)
    assert doc.format == "txt" and doc.encoding == "utf-8"
    assert [part.name for part in doc.parts] == ["body"]
    assert doc.parts[0].text == "第一行\n身份证号码\n"
    assert find_loc(doc.parts[0], "号码") == find_loc(doc.parts[0], "号码").__class__(2, 4, None)
    assert doc.path == str(p)


def test_gbk_draft_from_windows(tmp_path):
    text = "关于印发《某某办法》的通知\r\n各处室：\r\n联系人：张三\r\n"
    p = tmp_path / "draft.txt"
    p.write_bytes(text.encode("gbk"))
    doc = read_document(p)
    assert doc.encoding == "gb18030"
    assert doc.parts[0].text == text
    assert text.encode(doc.encoding) == p.read_bytes()
    # \r\n is kept and lines are counted on \n: line and column stay right
    loc = find_loc(doc.parts[0], "张三")
    assert (loc.line, loc.column) == (3, 5)


def test_gb18030_four_byte_characters(tmp_path):
    text = "生僻字：𠀀𪚥，欧元€"
    data = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")
    p = tmp_path / "rare.md"
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.parts[0].text == text and doc.encoding == "gb18030"


@pytest.mark.parametrize("codec,bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"),
    ("utf-8", b"\xef\xbb\xbf"),
])
def test_bom(tmp_path, codec, bom):
    text = "标题\n第二行 身份证"
    p = tmp_path / "bom.txt"
    p.write_bytes(bom + text.encode(codec))
    doc = read_document(p)
    assert doc.parts[0].text == text  # BOM dropped
    loc = find_loc(doc.parts[0], "身份证")
    assert (loc.line, loc.column) == (2, 5)
    assert doc.encoding == {"utf-8": "utf-8-sig"}.get(codec, codec[:6])
    if codec in ("utf-8", "utf-16-le", "utf-32-le") and sys.byteorder == "little":
        # re-encoding with the reported name writes the same bytes (what --fix relies on)
        assert doc.parts[0].text.encode(doc.encoding) == p.read_bytes()


def test_undecodable_bytes_name_the_file(tmp_path):
    p = tmp_path / "broken.txt"
    p.write_bytes(b"abc \x80\xff\x80\xff def")
    with pytest.raises(UnreadableFile) as e:
        read_document(p)
    assert e.value.path == str(p)
    assert str(p) in str(e.value) and "cannot decode" in e.value.reason


def test_encoding_override(tmp_path):
    p = tmp_path / "big5.txt"
    p.write_bytes("繁體中文".encode("big5"))
    doc = read_document(p, encoding="big5")
    assert doc.parts[0].text == "繁體中文" and doc.encoding == "big5"
    with pytest.raises(UnreadableFile, match="unknown encoding"):
        read_document(p, encoding="no-such-codec")
    with pytest.raises(UnreadableFile, match="cannot decode as utf-8"):
        read_document(p, encoding="utf-8")


def test_binary_named_md(tmp_path):
    p = tmp_path / "image.md"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UnreadableFile, match="binary file"):
        read_document(p)


def test_control_characters_are_binary():
    with pytest.raises(UnreadableFile, match="binary file"):
        read_bytes(bytes(range(1, 9)) * 50, "x.txt")


def test_unknown_suffix_text_and_binary(tmp_path):
    p = tmp_path / "notes.rst"
    p.write_text("标题\n====\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.format == "txt" and doc.parts[0].text == "标题\n====\n"
    q = tmp_path / "legacy.doc"
    q.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(UnreadableFile, match="binary"):
        read_document(q)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    doc = read_document(p)
    assert doc.parts[0].text == "" and doc.parts[0].locate(0).line == 1


def test_stdin_sniffs_pdf_and_docx():
    assert format_for("-", make_pdf(["abc"])) == "pdf"
    assert format_for("-", full_docx()) == "docx"
    assert format_for("-", b"plain") == "txt"
    assert read_bytes(full_docx(), "-").format == "docx"
    assert read_bytes("你好".encode(), "-").parts[0].text == "你好"


# ---------------------------------------------------------------------------------------------
# Markdown

MD = """---
title: 关于张三的通报
author: 李四
---

# 标题

正文段落。<!-- 内部意见：暂不公开 -->

![身份证照片](images/id.png "证件")

[联系我们](mailto:wangwu@example.cn)

```
代码块里的 110101199003077777
```
"""


def test_markdown_everything_published_is_screened():
    doc = read_bytes(MD.encode(), "post.md")
    assert doc.format == "md" and len(doc.parts) == 1
    body = doc.parts[0]
    assert body.text == MD  # raw source: offsets are source offsets
    for needle in ("张三", "李四", "内部意见", "身份证照片", "mailto:wangwu@example.cn", "110101199003077777"):
        loc = find_loc(body, needle)
        assert (loc.line, loc.column) == source_loc(MD, needle), needle


# ---------------------------------------------------------------------------------------------
# HTML

HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>通知 &amp; 公告</title>
<meta name="description" content="联系人张三，&#x8EAB;份证号见附件">
<style>.secret { content: "样式内容"; }</style>
<script>var s = "脚本内容";</script>
</head>
<body>
<p>正文<b>加粗</b>继续。&lt;标签&gt;</p>
<div style="display:none">隐藏的内部意见</div>
<p hidden>隐藏属性段落</p>
<img src="a.png" alt="图片说明文字" title="图片标题">
<input type="text" placeholder="请输入姓名" value="默认值">
<input type="hidden" name="token" value="隐藏字段值">
<p>电话 13800138000 <!-- prescreen-ignore PD101 -- 公开的办公电话 --></p>
<!-- 注释：待删除 -->
<a href="mailto:lisi@example.cn" aria-label="发邮件">邮件</a>
<script type="application/ld+json">{"author": "结构化作者"}</script>
</body>
</html>
"""


def test_html_text_attributes_comments_hidden():
    doc = read_bytes(HTML.encode(), "page.html")
    assert doc.format == "html" and doc.encoding == "utf-8"
    body = doc.parts[0]
    t = body.text
    for needle in ("通知 & 公告", "联系人张三，身份证号见附件", "正文加粗继续。<标签>", "隐藏的内部意见",
                   "隐藏属性段落", "图片说明文字", "图片标题", "请输入姓名", "默认值", "隐藏字段值",
                   "<!-- 注释：待删除 -->", "mailto:lisi@example.cn", "发邮件", "结构化作者"):
        assert needle in t, needle
    assert "样式内容" not in t and "脚本内容" not in t


@pytest.mark.parametrize("needle", ["联系人张三", "隐藏的内部意见", "隐藏属性段落", "图片说明文字", "请输入姓名",
                                    "13800138000", "注释：待删除", "lisi@example.cn", "结构化作者", "加粗"])
def test_html_line_and_column_of_found_string(needle):
    body = read_bytes(HTML.encode(), "page.html").parts[0]
    loc = find_loc(body, needle)
    assert (loc.line, loc.column) == source_loc(HTML, needle)
    # the reported line is the source line
    assert needle in body.line_text(body.text.find(needle))


def test_html_character_reference_maps_to_its_start():
    body = read_bytes(HTML.encode(), "page.html").parts[0]
    loc = find_loc(body, "身份证")
    assert (loc.line, loc.column) == source_loc(HTML, "&#x8EAB;份证")
    loc = find_loc(body, "<标签>")
    assert (loc.line, loc.column) == source_loc(HTML, "&lt;标签&gt;")


def test_html_lines_match_source_lines_for_suppression():
    body = read_bytes(HTML.encode(), "page.html").parts[0]
    lines = body.text.split("\n")
    src_lines = HTML.split("\n")
    assert len(lines) == len(src_lines)
    phone_line = next(i for i, s in enumerate(src_lines) if "13800138000" in s)
    # the suppression comment is on the same text line as the number it covers
    assert "13800138000" in lines[phone_line] and "prescreen-ignore PD101" in lines[phone_line]


def test_html_line_structure_with_multiline_attributes_and_references():
    src = '<p>a</p><img alt="第一\n第二" title=\'x&#10;y\'>\n<p>中&amp;\n国</p>'
    text, pos = extract(src)
    assert text.count("\n") == src.count("\n")
    for i, ch in enumerate(text):
        assert text.count("\n", 0, i) == src.count("\n", 0, pos[i])
    assert "x y" in text  # a reference that decodes to a newline does not add a line


def test_html_deeply_nested():
    depth = 10_000
    src = "<div>" * depth + "\n深层身份证\n" + "</div>" * depth
    doc = read_bytes(src.encode(), "deep.html")
    loc = find_loc(doc.parts[0], "深层身份证")
    assert (loc.line, loc.column) == (2, 1)


@pytest.mark.parametrize("src", [
    "<![foo bar", "<![if !supportLists]>列表<![endif]>", "</>文字", "<p <p <p", "&#;&#x;&", "<!--未闭合",
    "<a href='x>文字", "<script>未闭合脚本", "<!doctype", "<?xml ?>文字", "<<>>", "&#99999999;",
])
def test_html_malformed_does_not_crash(src):
    doc = read_bytes(src.encode(), "bad.html")
    text, pos = doc.parts[0].text, doc.parts[0].source_pos
    assert len(pos) == len(text)
    assert all(0 <= p < len(src) for p in pos)


def test_html_declared_big5_and_gbk():
    src = '<html><head><meta charset="big5"></head><body>繁體內容</body></html>'
    doc = read_bytes(src.encode("big5"), "tw.html")
    assert doc.encoding == "big5" and "繁體內容" in doc.parts[0].text
    src = '<html><head><meta charset="gb2312"></head><body>简体内容</body></html>'
    doc = read_bytes(src.encode("gbk"), "cn.htm")
    assert doc.encoding == "gb18030" and "简体内容" in doc.parts[0].text


_HTML_BITS = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "<span class=x>", "</span>", "<br>", "<br/>", "<div hidden>", "</div>",
    "<!-- c -->", "<!--", "-->", "&amp;", "&#x4E2D;", "&#10;", "&#13;", "&lt", "&", "<", ">", "\n", "\r\n",
    "中", "国", "a", " ", '<img alt="x&amp;y\nz" title=\'t\'>', "<script>", "</script>", "<style>",
    "</style>", "<![CDATA[x]]>", "<![foo", "</>", "<!doctype html>", "<?pi?>", "<a href=u>", "</a>",
    '"', "'", "=", "<input value=v placeholder='p'>", '<meta content="m">',
    '<script type="application/ld+json">', "<textarea>", "<title>",
])


@given(st.lists(st.one_of(_HTML_BITS, st.text(max_size=5)), max_size=40))
def test_property_html_offsets(bits):
    src = "".join(bits)
    text, pos = extract(src)
    if "\x00" not in src:
        try:
            read_bytes(src.encode("utf-8", "surrogatepass"), "p.html")
        except UnreadableFile as e:
            assert "internal error" not in e.reason, e.reason
    assert len(pos) == len(text)
    last = 0
    for i, ch in enumerate(text):
        p = pos[i]
        assert 0 <= p < len(src)
        assert p >= last  # monotonic
        last = p
        # each character is the source character, a decoded reference, or a separator
        assert ch == src[p] or src[p] == "&" or ch == " ", (i, ch, src[p])
    # line N of the text is line N of the source, for every character
    lines_before = 0
    for i, ch in enumerate(text):
        assert lines_before == src.count("\n", 0, pos[i])
        if ch == "\n":
            assert src[pos[i]] == "\n"
            lines_before += 1


# ---------------------------------------------------------------------------------------------
# DOCX


def test_docx_parts(tmp_path):
    p = tmp_path / "draft.docx"
    p.write_bytes(full_docx())
    doc = read_document(p)
    assert doc.format == "docx" and doc.encoding is None
    names = [part.name for part in doc.parts]
    assert names == ["body", "header1", "header2", "footer1", "footnotes", "endnotes", "comments",
                     "deleted text", "properties", "links"]
    body = doc.part("body")
    lines = body.text.split("\n")
    assert lines[0] == "第一段正文"
    assert lines[1] == "保留文字插入的文字"  # tracked insertion included
    assert "删除的内部意见" not in body.text
    assert lines[2] == "甲\t乙"
    assert lines[5] == "2\t张三\t13800138000"
    assert "制表\t符" in lines and "无制表" in lines
    assert " 图片替代文字 " in body.text
    assert body.text.count("文本框") == 1  # mc:Fallback duplicate skipped
    assert doc.part("header1").text == "页眉：内部资料"
    assert doc.part("footer1").text == "页脚文字"
    assert doc.part("footnotes").text == "脚注内容"
    assert doc.part("endnotes").text == "尾注内容"
    assert doc.part("comments").text == "批注：此处涉及个人信息"
    assert doc.part("deleted text").text == "删除的内部意见"
    assert doc.part("links").text == "mailto:zhangsan@example.cn"


def test_docx_locations():
    doc = read_bytes(full_docx(), "draft.docx")
    body = doc.part("body")
    assert find_loc(body, "张三").label == "table 2 row 3"
    assert find_loc(body, "13800138000").label == "table 2 row 3"
    assert find_loc(body, "甲").label == "table 1 row 1"
    assert find_loc(body, "第一段").label is None
    assert find_loc(body, "表后段落").label is None  # the table label ends with the table
    loc = find_loc(body, "表后段落")
    assert loc.line == 7 and loc.column == 1
    assert find_loc(doc.part("comments"), "个人信息").label == "comments"
    assert find_loc(doc.part("header1"), "内部资料").label == "header1"
    assert find_loc(doc.part("deleted text"), "内部意见").label == "deleted text in body"


def test_docx_properties():
    doc = read_bytes(full_docx(), "draft.docx")
    props = doc.part("properties")
    got, offset = {}, 0
    for v in props.text.split("\n"):
        got[props.locate(offset).label] = v
        offset += len(v) + 1
    assert got == {
        "properties title": "关于某事项的通知", "properties subject": "内部主题", "properties creator": "王五",
        "properties keywords": "关键词", "properties description": "描述文字",
        "properties lastModifiedBy": "赵六", "properties company": "某某局办公室", "properties 密级": "内部",
    }


def test_docx_deletions_in_header_and_table():
    body = ("<w:body><w:tbl><w:tr><w:tc>" + w_p("a") + "</w:tc><w:tc><w:p>"
            '<w:del w:id="1" w:author="x"><w:r><w:delText>表格删除</w:delText></w:r></w:del>'
            "</w:p></w:tc></w:tr></w:tbl></w:body>")
    hdr = ('<w:p><w:moveFrom w:id="3" w:author="x"><w:r><w:t>移走的文字</w:t></w:r></w:moveFrom>'
           "<w:r><w:t>页眉</w:t></w:r></w:p>")
    doc = read_bytes(make_docx({"word/document.xml": w_doc("document", body),
                                "word/header1.xml": w_doc("hdr", hdr)}), "d.docx")
    deleted = doc.part("deleted text")
    assert find_loc(deleted, "表格删除").label == "deleted text in body table 1 row 1"
    assert find_loc(deleted, "移走的文字").label == "deleted text in header1"
    assert doc.part("header1").text == "页眉"


def test_docx_deep_nesting():
    inner = "<w:sdt><w:sdtContent>" * 10_000 + w_p("深层内容") + "</w:sdtContent></w:sdt>" * 10_000
    doc = read_bytes(make_docx({"word/document.xml": w_doc("document", f"<w:body>{inner}</w:body>")}), "n.docx")
    assert doc.part("body").text == "深层内容"


def test_docx_zip_bomb_ratio():
    data = make_docx({"word/document.xml": w_doc("document", "<w:body/>"),
                      "word/media/bomb.bin": b"\x00" * (50 * 1024 * 1024)})
    assert len(data) < 1024 * 1024
    with pytest.raises(UnreadableFile, match="zip bomb"):
        read_bytes(data, "bomb.docx")


def test_docx_zip_bomb_total_size():
    data = make_docx({"word/document.xml": w_doc("document", "<w:body>" + w_p("x" * 5000) + "</w:body>")})
    with pytest.raises(UnreadableFile, match="zip bomb"):
        read_bytes(data, "big.docx", limits=ReadLimits(max_zip_total_bytes=4000))
    assert read_bytes(data, "big.docx").part("body").text == "x" * 5000


def test_docx_zip_bomb_entry_count():
    files = {"word/document.xml": w_doc("document", "<w:body/>")}
    files.update({f"x/{i}": b"" for i in range(10_001)})
    with pytest.raises(UnreadableFile, match="zip bomb.*entries"):
        read_bytes(make_docx(files, zipfile.ZIP_STORED), "many.docx")


def test_docx_declared_size_lie_is_caught():
    data = bytearray(make_docx({"word/document.xml": w_doc("document", "<w:body>" + w_p("真" * 3000) + "</w:body>")}))
    # shrink the declared uncompressed size in the central directory: zipfile stops there and the
    # CRC no longer matches
    cd = data.find(b"word/document.xml", data.find(b"PK\x01\x02")) - 46
    assert data[cd:cd + 4] == b"PK\x01\x02"
    data[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    with pytest.raises(UnreadableFile):
        read_bytes(bytes(data), "lie.docx")


@pytest.mark.parametrize("mangle", [
    lambda d: d[: len(d) // 2],  # truncated
    lambda d: b"PK\x03\x04" + os.urandom(200),
    lambda d: b"not a zip at all",
    lambda d: b"",
])
def test_docx_corrupt_zip(mangle):
    with pytest.raises(UnreadableFile):
        read_bytes(mangle(full_docx()), "corrupt.docx")


def test_docx_malformed_xml_and_doctype():
    with pytest.raises(UnreadableFile, match="malformed XML in word/document.xml"):
        read_bytes(make_docx({"word/document.xml": "<w:document><w:body>"}), "m.docx")
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              f'<w:document {W_NS}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(UnreadableFile, match="DOCTYPE"):
        read_bytes(make_docx({"word/document.xml": laughs}), "lol.docx")
    xxe = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<w:document {W_NS}><w:body>{w_p("&x;")}</w:body></w:document>')
    with pytest.raises(UnreadableFile, match="DOCTYPE"):
        read_bytes(make_docx({"word/document.xml": xxe}), "xxe.docx")


def test_docx_without_document_part():
    with pytest.raises(UnreadableFile, match="no word/document.xml"):
        read_bytes(make_docx({"xl/workbook.xml": "<workbook/>"}), "sheet.docx")


def test_docx_encrypted_entry_is_unreadable():
    data = bytearray(make_docx({"word/document.xml": w_doc("document", "<w:body/>")}))
    # set the "encrypted" flag bit on every entry (local and central headers)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = data.find(sig)
        while i != -1:
            data[i + off] |= 1
            i = data.find(sig, i + 4)
    with pytest.raises(UnreadableFile):
        read_bytes(bytes(data), "enc.docx")


# ---------------------------------------------------------------------------------------------
# PDF


def test_pdf_text_layer(tmp_path):
    p = tmp_path / "notice.pdf"
    p.write_bytes(make_pdf(["关于张三的通知\n身份证号码", "Hello 13800138000"]))
    doc = read_document(p)
    assert doc.format == "pdf" and doc.notes == ()
    assert [part.name for part in doc.parts] == ["page 1", "page 2"]
    assert "关于张三的通知" in doc.parts[0].text and "身份证号码" in doc.parts[0].text
    assert "13800138000" in doc.parts[1].text
    loc = find_loc(doc.parts[0], "身份证")
    assert loc.label == "page 1" and loc.line == 2
    assert find_loc(doc.parts[1], "13800138000").label == "page 2"


def test_pdf_without_text_layer(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([None, None]))
    with pytest.raises(UnreadableFile, match="no text layer"):
        read_document(p)


def test_pdf_some_pages_without_text_are_noted():
    doc = read_bytes(make_pdf(["第一页", None]), "mixed.pdf")
    assert doc.notes == ("page 2: no text layer (image only?), not screened",)


def test_pdf_blank_pages_written_by_pypdf():
    import pypdf

    w = pypdf.PdfWriter()
    w.add_blank_page(612, 792)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(UnreadableFile, match="no text layer"):
        read_bytes(buf.getvalue(), "blank.pdf")


def test_pdf_metadata_is_screened():
    import pypdf

    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(["正文"]))))
    w.add_metadata({"/Title": "内部通知", "/Author": "王五"})
    buf = io.BytesIO()
    w.write(buf)
    doc = read_bytes(buf.getvalue(), "meta.pdf")
    props = doc.part("properties")
    assert find_loc(props, "内部通知").label == "properties title"
    assert find_loc(props, "王五").label == "properties author"


def _encrypted(user: str, owner: str) -> bytes:
    import pypdf

    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(["加密正文"]))))
    w.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_pdf_encrypted_with_password_is_unreadable():
    with pytest.raises(UnreadableFile, match="encrypted"):
        read_bytes(_encrypted("secret", "owner"), "locked.pdf")


def test_pdf_owner_password_only_is_read():
    doc = read_bytes(_encrypted("", "owner"), "protected.pdf")
    assert "加密正文" in doc.parts[0].text


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n garbage garbage",
    b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    b"not a pdf",
    b"",
])
def test_pdf_malformed(data):
    with pytest.raises(UnreadableFile):
        read_bytes(data, "bad.pdf")


def test_pdf_truncated():
    data = make_pdf(["正文内容"])
    with pytest.raises(UnreadableFile):
        read_bytes(data[: len(data) // 3], "cut.pdf")


# ---------------------------------------------------------------------------------------------
# limits and the file system


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 1000)
    with pytest.raises(UnreadableFile, match="too large"):
        read_document(p, limits=ReadLimits(max_file_bytes=999))
    with pytest.raises(UnreadableFile, match="too large"):
        read_bytes(b"a" * 1000, "x.txt", limits=ReadLimits(max_file_bytes=999))
    assert read_document(p, limits=ReadLimits(max_file_bytes=1000)).parts[0].text == "a" * 1000


def test_read_limits_defaults():
    lim = ReadLimits()
    assert lim.max_file_bytes == 100 * 1024 * 1024
    assert lim.max_zip_total_bytes == 200 * 1024 * 1024
    assert lim.max_zip_entries == 10_000 and lim.max_zip_ratio == 200
    with pytest.raises(Exception):
        lim.max_file_bytes = 1  # frozen


def test_fingerprint_is_sha256_of_bytes(tmp_path):
    data = "内容".encode("gbk")
    p = tmp_path / "f.txt"
    p.write_bytes(data)
    assert read_document(p).fingerprint == hashlib.sha256(data).hexdigest()
    assert read_bytes(data, "x.txt").fingerprint == hashlib.sha256(data).hexdigest()
    assert read_document(p).size == len(data)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    os.symlink(b, a)
    os.symlink(a, b)
    with pytest.raises(UnreadableFile, match="symlink loop"):
        read_document(a)


def test_missing_and_directory(tmp_path):
    with pytest.raises(UnreadableFile, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(UnreadableFile, match="directory"):
        read_document(tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    try:
        with pytest.raises(UnreadableFile, match="permission denied"):
            read_document(p)
    finally:
        p.chmod(0o600)


def test_permission_denied_reason(tmp_path, monkeypatch):
    """Also as root (where chmod 0 does not stop reading): the OS reason is reported."""
    import errno

    import prescreen.readers as readers

    def deny(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(readers.os, "open", deny)
    with pytest.raises(UnreadableFile, match="permission denied"):
        read_document(tmp_path / "x.txt")


def test_file_changed_while_reading(tmp_path, monkeypatch):
    import prescreen.readers as readers

    p = tmp_path / "growing.txt"
    p.write_text("原文")
    real_read = os.read
    state = {"done": False}

    def read_and_touch(fd, n):
        data = real_read(fd, n)
        if data and not state["done"]:
            state["done"] = True
            with open(p, "ab") as fh:  # another process appends while we read
                fh.write("追加".encode())
        return data

    monkeypatch.setattr(readers.os, "read", read_and_touch)
    with pytest.raises(UnreadableFile, match="changed while"):
        read_document(p)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_refused_without_hanging(tmp_path):
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_document(p)


def test_unreadable_file_is_picklable():
    import pickle

    e = pickle.loads(pickle.dumps(UnreadableFile("a.txt", "binary file")))
    assert (e.path, e.reason, str(e)) == ("a.txt", "binary file", "a.txt: binary file")


def test_part_locate_compatibility():
    part = Part("page 4", "ab\ncd")
    assert part.locate(4) == part.locate(4).__class__(2, 2, "page 4")
    part = Part("body", "x\ny", labels=((0, "table 1 row 1"), (2, "")))
    assert part.locate(0).label == "table 1 row 1"
    assert part.locate(2).label is None
    assert isinstance(read_bytes(b"x", "a.txt"), Document)


# ---------------------------------------------------------------------------------------------
# fuzzing: whatever the bytes, a reader returns a Document or raises UnreadableFile


@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a.pdf", "a.bin", "-"]))
def test_property_readers_only_raise_unreadable(data, name):
    try:
        doc = read_bytes(data, name)
    except UnreadableFile as e:
        assert "internal error" not in e.reason, e.reason  # a reader bug, not a bad file
        return
    for part in doc.parts:
        if part.text:
            part.locate(len(part.text) - 1)
            part.locate(0)


_DOCX = full_docx()
_PDF = make_pdf(["正文内容 Hello", "第二页"])


@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
       st.sampled_from(["docx", "pdf"]))
def test_property_mutated_docx_and_pdf(edits, kind):
    data = bytearray(_DOCX if kind == "docx" else _PDF)
    for where, value in edits:
        data[where % len(data)] = value
    try:
        read_bytes(bytes(data), f"m.{kind}")
    except UnreadableFile as e:
        assert "internal error" not in e.reason, e.reason


_W_BITS = st.sampled_from([
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:delText>", "</w:delText>", "<w:tab/>",
    "<w:br/>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:ins>", "</w:ins>",
    "<w:del>", "</w:del>", "<w:moveFrom>", "</w:moveFrom>", "<mc:Fallback>", "</mc:Fallback>",
    '<wp:docPr descr="alt"/>', "<w:txbxContent>", "</w:txbxContent>", "文字", "&amp;", "&bad;", "<", "]]>",
])


@given(st.lists(st.one_of(_W_BITS, st.text(max_size=3)), max_size=30))
def test_property_docx_xml(bits):
    xml = w_doc("document", "<w:body>" + "".join(bits) + "</w:body>")
    data = make_docx({"word/document.xml": xml.encode("utf-8", "surrogatepass")}, zipfile.ZIP_STORED)
    try:
        doc = read_bytes(data, "f.docx")
    except UnreadableFile as e:
        assert "internal error" not in e.reason, e.reason
        return
    for part in doc.parts:
        for off, _label in part.labels:
            assert 0 <= off <= len(part.text)
        assert list(part.labels) == sorted(part.labels, key=lambda x: x[0])


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r"), max_size=60)


@given(_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"]))
def test_property_decoding_round_trip(text, enc):
    data = text.encode(enc)
    if enc == "gb18030":
        try:
            data.decode("utf-8")
            return  # also valid UTF-8: UTF-8 is tried first, by design
        except UnicodeDecodeError:
            pass
    if enc == "utf-8" and text.startswith("\ufeff"):
        return  # a leading U+FEFF is a BOM
    doc = read_bytes(data, "t.txt")
    assert doc.parts[0].text == text
    assert text.encode(doc.encoding) == data or enc in ("utf-16", "utf-32") and sys.byteorder != "little"
