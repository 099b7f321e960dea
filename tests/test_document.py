"""Reading files into Documents: encodings, line endings, HTML, PDF, folders and bad input.

Fixtures are made at test time by re-encoding the seed plans into tmp_path.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import policyqa
from policyqa.reading.document import Document, read, read_file
from policyqa.errors import InputError
from policyqa.reading.pdf import pdf_text

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "evals" / "plans"
S000 = SEEDS / "000_08dfb0cd4d043f74.txt"
S001 = SEEDS / "001_b7ec731a890b3eaa.txt"
S002 = SEEDS / "002_8aae07e36f419ad9.txt"
S003 = SEEDS / "003_26c80170ebd69532.txt"
S004 = SEEDS / "004_242c219d5e2dc360.txt"


def utf8(p: Path) -> str:
    return p.read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    f = tmp_path / name
    f.write_bytes(data)
    return f


# -- encodings ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "seed, encoding, detected",
    [
        (S000, "utf-8-sig", "utf-8-sig"),
        (S000, "gbk", "gb18030"),
        (S001, "gb18030", "gb18030"),  # traditional script with toned pinyin: only GB18030 holds it all
        (S004, "gb18030", "gb18030"),
        (S000, "utf-16", "utf-16"),  # with a byte-order mark
        (S001, "utf-16-le", "utf-16-le"),  # without one
        (S002, "utf-16-be", "utf-16-be"),
    ],
)
def test_a_seed_in_another_encoding_reads_as_the_utf8_seed(tmp_path, seed, encoding, detected):
    text = utf8(seed)
    doc = read_file(write(tmp_path, f"plan.{encoding}.txt", text.encode(encoding)))
    reference = read_file(seed)
    assert doc.encoding == detected
    assert doc.raw == text  # no BOM character left in the decoded source
    assert doc.text == reference.text
    assert doc.repairs == reference.repairs


def test_big5_traditional_text(tmp_path):
    # seed 004's clean text is traditional script that Big5 can hold
    text = read_file(S004).text
    doc = read_file(write(tmp_path, "lanzhou.big5.txt", text.encode("big5")))
    assert doc.encoding == "big5"
    assert doc.raw == text
    assert "蘭州新區" in doc.text and doc.script == "traditional"


def test_big5_of_taiwan_and_hong_kong(tmp_path):
    text = read_file(S004).text[:3000] + "碁銹裏墻恒粧嫺。"  # 0xF9D6–0xF9FE: cp950, not strict Big5
    doc = read_file(write(tmp_path, "taiwan.txt", text.encode("cp950")))
    assert doc.encoding == "cp950" and doc.raw == text
    hk = "香港特區政府推動啓德發展，㗎嘢。" + text
    doc = read_file(write(tmp_path, "hongkong.txt", hk.encode("big5hkscs")))
    assert doc.encoding == "big5hkscs" and doc.raw == hk


@pytest.mark.parametrize(
    "text, encoding",
    [("一、總體要求。", "big5"), ("一、总体要求。", "gbk"), ("政府工作报告", "gbk"), ("力爭到2027年新增企業100家", "big5"), ("一、總體要求。裏", "cp950")],
)
def test_short_chinese_texts_in_legacy_encodings(tmp_path, text, encoding):
    assert read_file(write(tmp_path, "short.txt", text.encode(encoding))).text == text


def test_utf8_with_a_nul_after_every_full_stop(tmp_path):
    text = utf8(S000)
    raw = text.replace("。", "。\x00")
    doc = read_file(write(tmp_path, "nul.txt", raw.encode("utf-8")))
    assert doc.encoding == "utf-8" and doc.raw == raw
    assert doc.text == read_file(S000).text and doc.repairs["control"] == text.count("。")


def test_utf32_and_japanese(tmp_path):
    text = utf8(S002)
    assert read_file(write(tmp_path, "u32.txt", text.encode("utf-32"))).text == read_file(S002).text
    ja = "日本国民は、正当に選挙された国会における代表者を通じて行動し、この憲法を確定する。\n" * 30
    doc = read_file(write(tmp_path, "ja.txt", ja.encode("cp932")))
    assert doc.encoding == "cp932" and doc.raw == ja


def test_crlf_is_removed_and_offsets_still_index_the_crlf_source(tmp_path):
    text = utf8(S002)
    doc = read_file(write(tmp_path, "crlf.txt", text.replace("\n", "\r\n").encode("utf-8")))
    reference = read_file(S002)
    assert "\r" not in doc.text
    assert doc.text == reference.text
    assert doc.repairs["crlf"] == text.count("\n")
    quote = "中欧班列开行1601列"
    cs = doc.text.index(quote)
    rs, re_ = doc.raw_span(cs, cs + len(quote))
    assert doc.raw[rs:re_] == quote
    assert doc.clean_between(rs, re_) == quote
    # a span across a line break maps onto the raw text with its \r\n inside
    nl = doc.text.index("\n", cs)
    rs, re_ = doc.raw_span(nl - 3, nl + 3)
    assert "\r\n" in doc.raw[rs:re_] and doc.clean_between(rs, re_) == doc.text[nl - 3 : nl + 3]


# -- HTML --------------------------------------------------------------------------------------
def _page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p.replace('&', '&amp;')}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>金华市2023年政府工作报告</title>
<style>p {{ color: red }} .nav {{ display: none }}</style>
<script>var menu = "首页 新闻中心"; if (a < b) {{ track("点击"); }}</script></head>
<body>
<header><div class="logo">金华市人民政府门户网站</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li><li>政务公开</li></ul></nav>
<div class="breadcrumb">当前位置 &gt; 首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div id="content"><div class="article">
<h1>金华市2023年政府工作报告</h1>
{body}
</div></div>
<div class="share">分享到：微信 微博</div>
<footer>版权所有：金华市人民政府 浙ICP备00000000号 <a href="/map">网站地图</a></footer>
<!-- 统计代码 -->
</body></html>"""


def test_html_page_keeps_the_text_in_order_and_drops_markup_scripts_and_navigation(tmp_path):
    paragraphs = [ln for ln in read_file(S003).text.split("\n") if len(ln) > 20][:6]
    page = _page(paragraphs)
    doc = read_file(write(tmp_path, "report.html", page.encode("utf-8")))
    assert doc.format == "html"
    positions = [doc.text.find(p) for p in paragraphs]
    assert -1 not in positions and positions == sorted(positions)
    for gone in ("<p>", "track(", "color: red", "新闻中心", "当前位置", "分享到", "版权所有", "网站地图", "统计代码", "门户网站"):
        assert gone not in doc.text, gone
    assert doc.text.lstrip().startswith("金华市2023年政府工作报告")
    assert doc.repairs["html_hidden"] >= 6 and doc.repairs["html_tag"] > 0
    # every paragraph's offsets point into the HTML source, where the same words stand
    for p in paragraphs:
        cs = doc.text.index(p)
        rs, re_ = doc.raw_span(cs, cs + len(p))
        assert doc.raw[rs:re_].replace("&amp;", "&") == p


def test_html_in_gb18030_with_entities(tmp_path):
    page = "<html><body><p>力争到2027年&nbsp;新增&ldquo;专精特新&rdquo;企业&#49;&#48;0家&amp;以上</p></body></html>"
    doc = read_file(write(tmp_path, "x.htm", page.encode("gb18030")))
    assert doc.encoding == "gb18030"
    assert "力争到2027年\xa0新增“专精特新”企业100家&以上" in doc.text


def test_a_page_with_a_title_and_paragraphs_reads_as_one_line_each(tmp_path):
    page = "<!doctype html><html><head><title>t</title></head><body><p>一、总体要求。</p><p>二、主要任务。</p></body></html>"
    doc = read_file(write(tmp_path, "t.html", page.encode("utf-8")))
    assert doc.format == "html" and doc.text == "t\n一、总体要求。\n二、主要任务。"
    for line in doc.text.split("\n"):
        cs = doc.text.index(line)
        rs, re_ = doc.raw_span(cs, cs + len(line))
        assert page[rs:re_] == line and doc.clean_between(rs, re_) == line


def test_a_markdown_post_whose_body_is_html(tmp_path):
    post = (
        "# 关于加快发展新质生产力的实施意见\n\n"
        '<p cms-style="font-L">一、<span style="color:red">总体要求</span></p>\n'
        '<p cms-style="font-L">　　力争到2027年，新增&ldquo;专精特新&rdquo;企业100家以上。</p>\n'
        '<p cms-style="font-L"><strong>二、主要任务</strong><br/>（一）培育优势产业链群。</p>\n'
    )
    doc = read_file(write(tmp_path, "post.md", post.encode("utf-8")))
    assert doc.format == "html"
    assert doc.text.split("\n") == [
        "# 关于加快发展新质生产力的实施意见",
        "一、总体要求",
        "力争到2027年，新增“专精特新”企业100家以上。",
        "二、主要任务",
        "（一）培育优势产业链群。",
    ]
    cs = doc.text.index("新增“专精特新”")
    rs, re_ = doc.raw_span(cs, cs + 8)
    assert post[rs:re_] == "新增&ldquo;专精特新&rdquo;"
    plain = read_file(write(tmp_path, "notes.md", "# 标题\n\n正文，a < b 时。\n".encode()))
    assert plain.format == "text" and "a < b" in plain.text


def test_word_html_and_awkward_markup_never_leak_or_crash(tmp_path):
    page = (
        "<html><head><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
        "<style><!-- p.MsoNormal {margin:0} --></style></head><body>"
        "<p class=MsoListParagraph><![if !supportLists]><span>1.</span><![endif]>加强组织领导。</p>"
        "<p title=it's>推进“数字政府”建设。</p>"
        '<script>document.write("</div><p>假</p>"); if (a < b) {}</script>'
        "<p>全年新增&unknownentity;企业&#19968;百家&amp;以上</p>"
        "<div class='nav-bar'><a>首页</a><div>政务公开</div></div>"
        "<p>末段。<script>never closed"
    )
    doc = read_file(write(tmp_path, "word.htm", page.encode("utf-8")))
    lines = doc.text.split("\n")
    assert "1.加强组织领导。" in lines and "推进“数字政府”建设。" in lines
    assert "全年新增&unknownentity;企业一百家&以上" in lines  # an unknown entity stays as written
    for gone in ("mso", "<", "假", "首页", "政务公开", "never closed", "supportLists"):
        assert gone not in doc.text, gone
    assert lines[-1] == "末段。"


# -- PDF ---------------------------------------------------------------------------------------
def make_pdf(pages: list[list[str]]) -> bytes:
    """A small valid PDF: ASCII lines in Helvetica, Chinese lines in the standard STSong-Light CID font."""
    objs: list[bytes | None] = [None, None]
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objs.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> >>"
    )
    objs.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>")
    kids = []
    for lines in pages:
        ops = ["BT"]
        for i, ln in enumerate(lines):
            y = 800 - 20 * i
            if ln.isascii():
                s = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"/F1 12 Tf 1 0 0 1 40 {y} Tm ({s}) Tj")
            else:
                ops.append(f"/F2 12 Tf 1 0 0 1 40 {y} Tm <{ln.encode('utf-16-be').hex()}> Tj")
        ops.append("ET")
        stream = "\n".join(ops).encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objs)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 5 0 R >> >> /Contents {content} 0 R >>".encode())
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _seed_sentences(seed: Path, n: int) -> list[str]:
    text = read_file(seed).text
    return [s + "。" for s in text.replace("\n", "").split("。") if 8 <= len(s) <= 40][:n]


def test_pdf_with_a_text_layer(tmp_path):
    pytest.importorskip("pdfminer")
    first, second = _seed_sentences(S000, 4)[:2], _seed_sentences(S000, 4)[2:]
    f = write(tmp_path, "lanxi.pdf", make_pdf([["Lanxi plan 2027", *first], [*second, "12"]]))
    doc = read_file(f)
    assert doc.format == "pdf" and doc.encoding == "pdf"
    for s in first + second:
        assert s in doc.text
    assert "Lanxi plan 2027" in doc.text
    assert "\f" not in doc.text and doc.repairs["page_break"] >= 1
    assert pdf_text(f) == doc.raw  # the library function, given a path
    cs = doc.text.index(second[0])
    rs, re_ = doc.raw_span(cs, cs + len(second[0]))
    assert doc.raw[rs:re_] == second[0]


def test_pdf_without_pdfminer_says_how_to_install_it(tmp_path, monkeypatch):
    f = write(tmp_path, "plan.pdf", make_pdf([["hello"]]))
    monkeypatch.setitem(sys.modules, "pdfminer.high_level", None)  # import fails as if not installed
    with pytest.raises(InputError) as e:
        read_file(f)
    assert str(f) in str(e.value) and "pip install 'policyqa[pdf]'" in str(e.value)


def test_pdf_without_text_and_damaged_pdf(tmp_path):
    pytest.importorskip("pdfminer")
    empty = write(tmp_path, "scan.pdf", make_pdf([[]]))
    with pytest.raises(InputError, match="no text layer"):
        read_file(empty)
    broken = write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage" * 3)
    with pytest.raises(InputError) as e:
        read_file(broken)
    assert str(broken) in str(e.value) and "\n" not in str(e.value)


# -- datasets ----------------------------------------------------------------------------------
def _dataset_rows() -> list[dict]:
    return [
        {"id": 1, "title": "兰溪市委理论学习中心组文章", "content": utf8(S000)[:1500], "url": "https://example.org/1"},
        {"id": 2, "title": "馬鞍山市意見", "content": utf8(S001)[:1200], "url": "https://example.org/2"},
        {"id": 3, "title": "引号与转义", "content": '他说："力争到2027年，新增企业100家。"\n第二段\t😀结束。', "url": ""},
    ]


@pytest.mark.parametrize("name", ["export.json", "export.jsonl", "export.csv", "export.tsv"])
def test_csv_and_json_exports_of_a_text_dataset_read_one_plan_per_record(tmp_path, name):
    import csv
    import io
    import json

    rows = _dataset_rows()
    if name.endswith(".json"):
        data = json.dumps({"total": 3, "data": rows}, ensure_ascii=True, indent=1)  # every character escaped
    elif name.endswith(".jsonl"):
        data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    else:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter="," if name.endswith(".csv") else "\t")
        w.writeheader()
        w.writerows(rows)
        data = buf.getvalue()
    f = write(tmp_path, name, data.encode("utf-8"))
    doc = read_file(f)
    assert doc.format == ("csv" if name.endswith(("csv", "tsv")) else "json") and len(doc.records) == 3
    assert "https://example.org" not in doc.text and '"id"' not in doc.text
    plans = policyqa.load(f)
    assert [p.title for p in plans] == [r["title"] for r in rows]
    assert plans[0].region == "兰溪市" and plans[1].region == "马鞍山市"
    last = plans[2].text
    assert '他说："力争到2027年，新增企业100家。"\n第二段\t😀结束。' in last
    for p in plans:  # every clean character stands for its own span of the file
        for quote in ("力争到2027年", "😀", '"', "第二段"):
            i = p.text.find(quote)
            if i >= 0:
                cs = p.clean_start + i
                rs, re_ = doc.raw_span(cs, cs + len(quote))
                assert doc.clean_between(rs, re_) == quote
    cs = doc.text.index("😀")
    rs, re_ = doc.raw_span(cs, cs + 1)
    assert doc.raw[rs:re_] == ("\\ud83d\\ude00" if name.endswith(".json") else "😀")


def test_a_pdf_dumped_as_word_boxes_reads_as_its_lines(tmp_path):
    import json

    def box(x0, x1, y, text):
        return {"xMin": x0, "xMax": x1, "yMin": y, "yMax": y + 12, "text": text}

    pages = [
        {"width": 595, "height": 842, "words": [
            box(230, 360, 80, "肆、文 化"),
            box(112, 153, 200, "(1)2014"), box(157, 524, 199, "臺北爵士音樂節：於大安森林公園辦理 7"),
            box(127, 524, 222, "場露天爵士音樂會，約計吸引 3 萬人次"), box(127, 166, 244, "參與。"),
            box(290, 300, 800, "20")]},
        {"width": 595, "height": 842, "words": [box(112, 400, 80, "(2)臺北市立美術館\u958b館。"), box(0, 0, 100, "")]},
    ]
    f = write(tmp_path, "report.json", json.dumps(pages, ensure_ascii=True, indent=2).encode("utf-8"))
    doc = read_file(f)
    assert doc.format == "json" and len(doc.records) == 1
    assert "xMin" not in doc.text and "width" not in doc.text
    assert "(1)2014臺北爵士音樂節：" in doc.text  # words on one visual line are one line
    assert "(2)臺北市立美術館開館。" in doc.text  # the next page (every character was a \\u escape)
    plans = policyqa.load(f)
    assert len(plans) == 1 and plans[0].region == "台北市"
    for a, b in ((0, 10), (20, 40)):  # every clean character stands for its own span of the file
        rs, re_ = doc.raw_span(a, b)
        assert doc.clean_between(rs, re_) == doc.text[a:b]


def test_a_json_export_of_pdf_pages_reads_as_one_plan_of_its_lines(tmp_path):
    import json

    def word(y, text):
        return {"xMin": 70.0, "xMax": 500.0, "yMin": y, "yMax": y + 10.0, "text": text}

    pages = [
        {"width": 595, "height": 842, "words": [word(80, "一、103 年度重要施政成果"), word(120, "(4)松山文創園區於 103"),
                                                 {**word(121, "年總計策辦展覽，入園參觀人次達 485 萬 2,877 人。"), "xMin": 510.0, "xMax": 900.0}]},
        {"width": 595, "height": 842, "words": [word(80, "二、未來施政重點")]},
    ]
    f = write(tmp_path, "report.json", json.dumps(pages, ensure_ascii=False, indent=1).encode("utf-8"))
    doc = read_file(f)
    assert doc.format == "json" and len(doc.records) == 1 and '"xMin"' not in doc.text
    plans = policyqa.load(f)
    assert len(plans) == 1
    text = plans[0].text
    # words on one line are joined by a space, lines by a newline
    assert "(4)松山文創園區於 103 年總計策辦展覽，入園參觀人次達 485 萬 2,877 人。" in text
    assert "一、103 年度重要施政成果\n" in text and text.rstrip().endswith("二、未來施政重點")
    i = text.index("485 萬")
    rs, re_ = doc.raw_span(plans[0].clean_start + i, plans[0].clean_start + i + 5)
    assert doc.raw[rs:re_] == "485 萬"


def test_a_csv_without_text_columns_reads_as_plain_text(tmp_path):
    doc = read_file(write(tmp_path, "numbers.csv", "年份,产值\n2023,613.22\n2024,650.1\n".encode()))
    assert doc.format == "text" and doc.records == () and "613.22" in doc.text


# -- folders -----------------------------------------------------------------------------------
def test_a_folder_is_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(utf8(S000), encoding="utf-8")
    (tmp_path / "b" / "deeper" / "c.txt").write_bytes(utf8(S001).encode("gb18030"))
    (tmp_path / "b" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))  # not a text suffix
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    docs = read(tmp_path)
    assert [Path(d.path).name for d in docs] == ["a.txt", "c.txt"]
    assert "創新" in docs[1].text


def test_load_skips_what_it_cannot_read_when_asked(tmp_path):
    (tmp_path / "a.txt").write_text(utf8(S000), encoding="utf-8")
    write(tmp_path, "b.txt", b"\x00\x01" * 100)
    with pytest.raises(InputError, match="b.txt: binary"):
        policyqa.load(tmp_path)
    skipped: list[InputError] = []
    plans = policyqa.load(tmp_path, on_skip=skipped.append)
    assert [Path(p.source).name for p in plans] == ["a.txt"] and [Path(e.path).name for e in skipped] == ["b.txt"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="empty folder"):
        read(tmp_path / "empty")


# -- bad input ---------------------------------------------------------------------------------
def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    loop = tmp_path / "loop"
    (loop / "sub").mkdir(parents=True)
    (loop / "sub" / "plan.txt").write_text(utf8(S000), encoding="utf-8")
    (loop / "sub" / "up").symlink_to(loop, target_is_directory=True)
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "loop": (loop, "directory loop"),
        "binary": (write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "binary"),
        "control": (write(tmp_path, "ctl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + "中文".encode()), "binary"),
        "empty": (write(tmp_path, "empty.txt", b""), "empty"),
        "blank": (write(tmp_path, "blank.txt", b" \n\r\n\t  \n"), "empty"),
        "undecodable": (write(tmp_path, "bad.txt", b"\xa1\xff\x80\xfe" * 40), "undecodable"),
        "bad utf-16": (write(tmp_path, "bom.txt", b"\xff\xfe" + bytes(range(0x80, 0x100)) * 4), "undecodable"),
        "junk only": (write(tmp_path, "junk.txt", "微信扫码领取福利\n點擊:0\n返回顶部\n".encode()), "no text left"),
    }


@pytest.mark.parametrize("case", ["missing", "loop", "binary", "control", "empty", "blank", "undecodable", "bad utf-16", "junk only"])
def test_unreadable_input_is_an_input_error_naming_the_file_and_the_reason(tmp_path, case):
    path, reason = _bad_inputs(tmp_path)[case]
    with pytest.raises(InputError) as e:
        read(path)
    msg = str(e.value)
    assert reason in msg
    assert str(path) in msg or (case == "loop" and str(path) in e.value.path)
    assert "\n" not in msg
    assert e.value.exit_code == 2


def test_files_that_are_not_regular_files_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="named pipe"):  # never waits for a writer
        read(fifo)
    if Path("/dev/zero").exists():
        with pytest.raises(InputError, match="character device"):
            read_file("/dev/zero")
    me = tmp_path / "me.txt"
    me.symlink_to(me)
    with pytest.raises(InputError, match="symlink loop"):
        read(me)
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="broken symlink"):
        read(dangling)


def test_a_file_over_the_limit_is_refused_up_front_naming_the_limit(tmp_path, monkeypatch):
    from policyqa.reading import document

    monkeypatch.setattr(document, "MAX_BYTES", 2**20)
    big = write(tmp_path, "big.txt", utf8(S000).encode() * (2**20 // len(utf8(S000).encode()) + 1))
    with pytest.raises(InputError, match=r"file too large: 1 MiB; the limit is 1 MiB"):
        read_file(big)


def test_office_files_and_images_say_what_they_are(tmp_path):
    with pytest.raises(InputError, match=r"ZIP archive \(a .docx"):
        read_file(write(tmp_path, "plan.txt", b"PK\x03\x04" + bytes(200)))


def test_from_text_and_its_offsets():
    raw = "創(chuàng)新驅(qū)動\r\n微信扫码领取福利\r\n發(fā)展"
    doc = Document.from_text(raw, "inline")
    assert doc.text == "創新驅動\n發展"
    assert doc.repairs == {"pinyin": 3, "crlf": 2, "junk": 1}
    assert [(r[2], r[3]) for r in doc.removed] == [("junk", "微信扫码领取福利")]
    rs, re_ = doc.removed[0][:2]
    assert raw[rs:re_].startswith("微信扫码领取福利") and doc.clean_between(rs, re_) == ""
    assert doc.raw_span(0, 4) == (0, raw.index("動") + 1)
    assert doc.clean_between(0, raw.index("\r")) == "創新驅動"


def test_a_markdown_posts_front_matter_gives_title_author_and_date_and_is_no_text(tmp_path):
    import policyqa
    from policyqa.citations import verify

    f = tmp_path / "post.md"
    f.write_text("---\ntitle: '某省公布今年增长目标 两会透露哪些信号？'\nheadimg: 'https://img.example/a.jpg'\nauthor: 王某某\n"
                 "date: Mon, 24 Jan 2022 01:55:56 GMT\n---\n\n<div><p>截至1月23日，已有29个省份公布了2022年经济增长目标。</p>"
                 "<p>大力推进产业链招商，新增项目100个。</p></div>\n", encoding="utf-8")
    plan = policyqa.load(f)[0]
    assert (plan.title, plan.author, plan.date) == ("某省公布今年增长目标 两会透露哪些信号？", "王某某", "2022-01-24")
    assert "headimg" not in plan.text and "https" not in plan.text and plan.text.startswith("某省公布今年增长目标")
    for t in policyqa.find_targets(plan):
        assert verify(t.citation, plan)


def test_entities_a_page_left_in_plain_text_are_read_as_their_characters():
    from policyqa.reading.document import Document

    raw = "广州市卫生健康委员会 &nbsp;&nbsp;广州市财政局\n首页&gt;政务公开\n到2025年，签约覆盖率达到45%&nbsp;以上。\n"
    doc = Document.from_text(raw, "page.txt")
    assert "&nbsp;" not in doc.text and "&gt;" not in doc.text
    plan = policyqa.split(doc)[0]
    cited = policyqa.cite(plan, doc.text.index("到2025年"), doc.text.index("以上。") + 3)
    assert policyqa.verify(cited, plan) and "&nbsp;" in raw[cited.start : cited.end]
