"""Credentials written into a base URL (http://u:KEY@host/v1, ?api_key=KEY) never reach a message, a log or a report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from policyqa import batch, load
from policyqa.cli import main
from policyqa.engines.llm.config import resolve
from policyqa.engines.llm.engine import LLMEngine
from policyqa.errors import ConfigError, LLMError
from policyqa.engines.llm.redact import redact, redact_url, url_secrets

sys.path.insert(0, str(Path(__file__).parent))
from fakeserver import FakeServer, error  # noqa: E402

KEY = "sk-url-secret-0123456789abcdef"
PASSWORD = "hunter2-passw0rd"
PLAN = Path(__file__).parents[1] / "evals" / "plans" / "003_26c80170ebd69532.txt"


def with_credentials(base_url: str, how: str) -> str:
    scheme, rest = base_url.split("://", 1)
    if how == "userinfo":
        return f"{scheme}://user:{KEY}@{rest}"
    if how == "password":
        return f"{scheme}://{PASSWORD}@{rest}"
    return f"{base_url}?api_key={KEY}"


def test_redact_masks_user_info_query_keys_bearer_tokens_and_given_secrets():
    assert redact_url(f"http://u:{KEY}@host:8000/v1") == "http://***@host:8000/v1"
    assert redact_url(f"https://api.example.com/v1?api_key={KEY}&x=1") == "https://api.example.com/v1?api_key=***&x=1"
    assert redact_url("https://api.example.com/v1?access_token=abc&key=def") == "https://api.example.com/v1?access_token=***&key=***"
    assert redact_url("https://api.deepseek.com/v1") == "https://api.deepseek.com/v1"
    assert url_secrets(f"http://u:{KEY}@h/v1?token=t0k3n") == ["u", KEY, "t0k3n"]
    text = f"cannot reach http://me:{PASSWORD}@h/v1 (Authorization: Bearer {KEY}) and {PASSWORD} again"
    out = redact(text, [PASSWORD])
    assert PASSWORD not in out and KEY not in out and "Bearer ***" in out


@pytest.mark.parametrize("how", ["userinfo", "password", "query"])
def test_client_errors_and_reprs_never_show_url_credentials(how):
    with FakeServer(default=error(500, "upstream overloaded")) as fake:
        url = with_credentials(fake.base_url, how)
        e = LLMEngine(base_url=url, model="fake", api_key="sk-not-this-one-000000", retries=2, sleep=lambda _: None, backoff=0.0)
        with pytest.raises((LLMError, ConfigError)) as ei:
            e.targets(load(PLAN)[0])
    secret = PASSWORD if how == "password" else KEY
    for shown in (str(ei.value), repr(e), repr(e.settings), repr(e.client), e.settings.endpoint):
        assert secret not in shown, shown
    assert "***" in e.settings.endpoint


def test_rejected_key_at_an_endpoint_with_credentials_is_one_clean_line(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYQA_API_KEY", "sk-wrong-key-12345678")
    with FakeServer(api_key="sk-right") as fake:
        url = with_credentials(fake.base_url, "userinfo")
        code = main(["targets", str(PLAN), "--engine", "llm", "--base-url", url, "--model", "fake", "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and KEY not in err and "sk-wrong-key-12345678" not in err and "***@127.0.0.1" in err
    assert len(err.strip().splitlines()) == 1


def test_batch_lines_and_json_never_show_url_credentials(capsys, monkeypatch):
    with FakeServer(default=error(400, "Content flagged")) as fake:
        url = with_credentials(fake.base_url, "userinfo")
        result = batch.run(LLMEngine(base_url=url, model="fake", sleep=lambda _: None), load(PLAN), "targets", progress=False)
        assert result.failed and all(KEY not in i.error for i in result.failed)
        assert main(["batch", "targets", str(PLAN), "--base-url", url, "--model", "fake", "--no-cache", "--json"]) == 1
    captured = capsys.readouterr()
    assert KEY not in captured.out and KEY not in captured.err
    assert json.loads(captured.out)[0]["error"]


def test_config_errors_never_show_url_credentials():
    with pytest.raises(ConfigError) as ei:
        resolve(base_url=f"https://u:{KEY}@api.example.com/v1", env={}, config={})
    assert KEY not in str(ei.value)
    with pytest.raises(ConfigError) as ei:
        resolve(base_url=f"https://api.example.com/v1?api_key={KEY}", model="m", env={}, config={})
    assert KEY not in str(ei.value)
