"""/compare and /track in the REPL, over every plan loaded."""

import io
import json

from policyqa.structure.plan import load
from policyqa.repl import Session, run_lines
from seriesfake import H2023, H2024, ScriptedEngine


def session() -> Session:
    return Session(load([str(H2023), str(H2024)]), engine=ScriptedEngine())


def test_compare_an_indicator_across_the_plans_loaded():
    reply = session().execute("/compare gdp")
    assert reply.text.splitlines()[0] == "4 figures of gdp in 2 of 2 plans"
    assert "[target] gdp 5.5%左右" in reply.text and "湖州市 · huzhou_gwr_2024.txt:12 [240–272]" in reply.text
    assert len(reply.data["rows"]) == 4


def test_compare_without_an_indicator_names_them():
    assert "gdp" in session().execute("/compare").text


def test_track_the_targets_of_the_plans_loaded():
    reply = session().execute("/track")
    assert reply.text.splitlines()[0] == "9 targets tracked: 4 met, 2 exceeded, 2 not met, 1 unclear"
    assert "target 5.5%—6% → 6.1%: exceeded" in reply.text
    assert [r["verdict"] for r in session().execute("/track cpi").data["rows"]] == ["exceeded"]


def test_an_unknown_indicator_is_one_line_and_the_session_goes_on():
    out = io.StringIO()
    status = run_lines(session(), ["/compare nonsense", "/track gdp"], out, json_lines=True)
    first, second = [json.loads(x) for x in out.getvalue().splitlines()]
    assert status == 2 and "unknown indicator 'nonsense'" in first["error"]  # a mistake (2), and the session went on
    assert second["rows"][0]["verdict"] == "exceeded"


def test_help_lists_them():
    text = session().execute("/help").text
    assert "/compare" in text and "/track" in text
