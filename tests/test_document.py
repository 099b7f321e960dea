"""Reading files into Documents: encodings, line endings, HTML, PDF, folders and bad input.

Fixtures are made at test time by re-encoding the seed plans into tmp_path.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import policyqa
from policyqa.document import Document, read, read_file
from policyqa.errors import InputError
from policyqa.pdf import pdf_text

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
