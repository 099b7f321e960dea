"""`policyqa compare`, `policyqa track` and `policyqa indicators`: tables, JSON, CSV, HTML, and
one clear line (exit 2) for bad input. The HTML page is opened in a real headless browser."""

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from policyqa import cli
from policyqa.analysis.comparison import CompareRow
from policyqa.analysis.indicators import load_table
from policyqa.analysis.tables import read_csv, read_json, to_html
from policyqa.analysis.tracking import TrackRow
from seriesfake import FIXTURES, H2023, H2024, ScriptedEngine


@pytest.fixture
def scripted(monkeypatch):
    monkeypatch.setattr(cli, "engine_from_args", lambda args: ScriptedEngine())


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_json_gives_each_reports_gdp_target_cited(scripted, capsys):
    code, out, _ = run(capsys, "compare", H2023, H2024, "--indicator", "gdp", "--kind", "target", "--json")
    rows = read_json(out, CompareRow)
    assert code == 0 and [(r.plan_year, r.original) for r in rows] == [(2023, "5.5%—6%"), (2024, "5.5%左右")]
    assert all(r.original in r.citation.quote for r in rows)


def test_compare_csv_round_trips(scripted, capsys):
    code, out, _ = run(capsys, "compare", FIXTURES, "--csv")
    rows = read_csv(out, CompareRow)
    assert code == 0 and len(rows) == 23 and {r.kind for r in rows} == {"target", "result"}
    code, out2, _ = run(capsys, "compare", FIXTURES, "--json")
    assert read_json(out2, CompareRow) == rows


def test_compare_table_for_people(scripted, capsys):
    code, out, _ = run(capsys, "compare", FIXTURES, "--indicator", "cpi", "--year", "2023")
    assert code == 0
    assert "湖州市" in out and "3%" in out and "0.4%" in out and "huzhou_gwr_2023.txt" in out


def test_compare_with_nothing_to_show_says_so(scripted, capsys):
    code, out, err = run(capsys, "compare", FIXTURES, "--indicator", "grain_output")
    assert code == 0 and out == "" and err.strip() == "no figures of grain_output in 2 plans"


def test_track_table_json_and_csv(scripted, capsys):
    code, out, _ = run(capsys, "track", FIXTURES)
    assert code == 0 and "not met" in out and "unclear" in out
    code, out, _ = run(capsys, "track", FIXTURES, "--json")
    rows = read_json(out, TrackRow)
    assert len(rows) == 9 and {r.verdict for r in rows} == {"met", "exceeded", "not_met", "unclear"}
    code, out, _ = run(capsys, "track", FIXTURES, "--csv", "--indicator", "gdp")
    assert [(r.year, r.result_original, r.verdict) for r in read_csv(out, TrackRow)] == [(2023, "6.1%", "exceeded")]


def test_html_is_one_self_contained_file(scripted, capsys, tmp_path):
    page = tmp_path / "out" / "compare.html"
    code, out, err = run(capsys, "compare", FIXTURES, "--html", page)
    assert code == 0 and out == "" and f"wrote 23 rows to {page}" in err
    text = page.read_text(encoding="utf-8")
    assert "<table" in text and "<svg" in text and "<script>" in text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text) and "<link" not in text  # no external asset
    assert not list(page.parent.glob(".*.tmp"))  # written atomically


def test_html_escapes_what_the_plans_say(tmp_path):
    from seriesfake import figure
    from policyqa.structure.plan import load

    doc = tmp_path / "x.txt"
    doc.write_text("政府工作报告\n——2024年1月5日在某会议上\n今年地区生产总值增长5%<script>alert(1)</script>。", encoding="utf-8")
    plan = load(str(doc))[0]
    t = figure(plan, "今年地区生产总值增长5%<script>alert(1)</script>。", "5%", "地区生产总值增长", 5, "%")
    from policyqa.analysis.comparison import rows_of

    page = to_html(rows_of(plan, [t]))
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


@pytest.mark.parametrize("argv,needle", [
    (["compare", "no/such/file.txt"], "no/such/file.txt"),
    (["compare", str(H2023), "--indicator", "nonsense"], "unknown indicator 'nonsense'"),
    (["track", str(H2023), "--tolerance", "-1"], "--tolerance"),
])
def test_bad_input_is_one_line_and_exit_2(scripted, capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err and "Traceback" not in err


def test_an_html_file_that_cannot_be_written_is_one_line_naming_it(scripted, capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, out, err = run(capsys, "compare", H2023, "--html", blocker / "page.html")
    assert code == 2 and len(err.strip().splitlines()) == 1 and str(blocker / "page.html") in err


def test_track_says_which_plans_it_left_out(scripted, capsys, tmp_path):
    other = tmp_path / "noregion.txt"
    other.write_text("一些文字，没有地名，也没有年份。", encoding="utf-8")
    code, out, err = run(capsys, "track", H2023, H2024, other)
    assert code == 0 and "noregion.txt" in err and "--region" in err


def test_policyqa_indicators_lists_the_table(capsys):
    code, out, _ = run(capsys, "indicators", "--json")
    data = json.loads(out)
    assert code == 0 and data["version"] == load_table().version
    assert any(i["id"] == "gdp" and "地区生产总值" in i["aliases"] for i in data["indicators"])
    code, out, _ = run(capsys, "indicators")
    assert code == 0 and "industrial_value_added" in out


def test_compare_with_the_offline_engine_end_to_end(capsys):
    code, out, _ = run(capsys, "compare", FIXTURES, "--indicator", "gdp", "--kind", "target", "--json")
    rows = read_json(out, CompareRow)
    assert code == 0 and {r.plan_year for r in rows} == {2023, 2024}
    assert any(r.value == 5.5 and r.comparator == "左右" and r.year == 2024 for r in rows)
    assert all(r.kind == "target" and r.engine == "offline" for r in rows)


# -- the page in a real browser -------------------------------------------------------------------
def _chromium() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) if p), None)


def _browse(page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess:
    exe = _chromium()
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={tmp / 'profile'}", "--hide-scrollbars", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


def _png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB(A) rows of an 8-bit, non-interlaced PNG (what chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, colour, _, _, interlace = ihdr
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, [bytes(r) for r in rows] if bpp == 3 else [bytes(b for i, b in enumerate(r) if i % 4 != 3) for r in rows]


def _count(rows: list[bytes], rgb: tuple[int, int, int], tol: int = 8) -> int:
    n = 0
    for r in rows:
        for i in range(0, len(r), 3):
            if abs(r[i] - rgb[0]) <= tol and abs(r[i + 1] - rgb[1]) <= tol and abs(r[i + 2] - rgb[2]) <= tol:
                n += 1
    return n


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("command", ["compare", "track"])
def test_the_html_page_shows_its_table_and_charts_in_a_headless_browser(scripted, capsys, tmp_path, command):
    page = tmp_path / f"{command}.html"
    assert run(capsys, command, FIXTURES, "--html", page)[0] == 0
    shot = tmp_path / "shot.png"
    done = _browse(page, tmp_path, "--window-size=1280,1400", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file(), done.stderr[-500:]
    w, h, rows = _png_pixels(shot)
    assert (w, h) == (1280, 1400)
    assert _count(rows, (0x3B, 0x6F, 0xD1)) > 500  # target bars drawn
    assert _count(rows, (0x1F, 0x9D, 0x55) if command == "track" else (0x7A, 0x86, 0x99)) > 300  # met (track) or result (compare) bars
    assert _count(rows, (0xF1, 0xF4, 0xF9)) > 2000  # the table's header row
    # the script runs: a page opened as #sort=year:desc comes sorted, newest year first
    dom = _browse(page, tmp_path, "--dump-dom", page.as_uri() + "#sort=year:desc").stdout
    assert 'aria-sort="descending"' in dom
    body = dom[dom.index("<tbody>") :]
    years = [int(y) for y in re.findall(r'<td data-sort="(\d{4})" class="num">', body)]
    assert years and years == sorted(years, reverse=True)
