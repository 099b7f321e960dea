"""LLM settings (arguments, environment, config file, presets), prompt files and token counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyqa.engines.llm.config import LOCAL_KEY, PRESETS, config_path, resolve
from policyqa.errors import ConfigError
from policyqa.engines.llm.prompts import load_prompt, parse_prompt, prompt_names, render_text
from policyqa.engines.llm.tokens import OFFLINE, count_tokens, token_counter


def test_arguments_beat_policyqa_variables_beat_openai_variables_beat_the_config_file():
    env = {"POLICYQA_BASE_URL": "https://a.example/v1", "OPENAI_BASE_URL": "https://b.example/v1", "POLICYQA_MODEL": "m-env",
           "OPENAI_API_KEY": "sk-openai-xxxxxxxx"}
    config = {"base_url": "https://c.example/v1", "model": "m-file", "api_key": "sk-file-xxxxxxxx"}
    s = resolve(env=env, config=config)
    assert (s.base_url, s.model, s.api_key) == ("https://a.example/v1", "m-env", "sk-openai-xxxxxxxx")
    assert s.sources["api_key"] == "OPENAI_API_KEY" and s.sources["base_url"] == "POLICYQA_BASE_URL"
    s = resolve("https://d.example/v1/", "m-arg", "sk-arg-xxxxxxxx", env=env, config=config)
    assert (s.base_url, s.model, s.api_key, s.sources["api_key"]) == ("https://d.example/v1", "m-arg", "sk-arg-xxxxxxxx", "argument")
    s = resolve(env={"POLICYQA_API_KEY": "sk-pq-xxxxxxxx", "OPENAI_API_KEY": "sk-openai-xxxxxxxx"}, config=config)
    assert (s.base_url, s.model, s.api_key) == ("https://c.example/v1", "m-file", "sk-pq-xxxxxxxx")
    assert "sk-" not in repr(s) and "sk-" not in str(s)


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_gives_a_base_url_modes_and_context(name):
    env = {"POLICYQA_API_KEY": "sk-xxxxxxxxxx", "POLICYQA_MODEL": "some-model"}
    s = resolve(preset_name=name, env=env, config={})
    p = PRESETS[name]
    assert s.base_url == p.base_url and s.modes == p.modes and s.context == p.context and s.preset == name
    assert (s.input_price is None) == (not p.needs_key)  # cloud presets carry prices, local ones none


def test_presets_know_the_providers_and_their_limits():
    env = {"DEEPSEEK_API_KEY": "sk-ds-xxxxxxxx", "DASHSCOPE_API_KEY": "sk-qw-xxxxxxxx"}
    ds = resolve(preset_name="deepseek", env=env, config={})
    assert ds.model == "deepseek-chat" and ds.api_key == "sk-ds-xxxxxxxx" and "json_schema" not in ds.modes
    assert resolve(preset_name="dashscope", env=env, config={}).preset == "qwen"
    assert resolve(base_url="https://api.deepseek.com/v1", env=env, config={}).preset == "deepseek"  # known host
    local = resolve(preset_name="llamacpp", model="gemma", env={}, config={})
    assert local.api_key == LOCAL_KEY and local.modes == ("json_object", "text")


def test_config_file_overrides_and_defines_presets(tmp_path: Path):
    f = tmp_path / "config.toml"
    f.write_text('preset = "lab"\nmodel = "qwen2.5-7b"\n[presets.lab]\nbase_url = "http://10.0.0.5:8000/v1"\nmodes = ["json_object"]\n'
                 'context = 16000\ninput_price = 0.1\noutput_price = 0.2\nneeds_key = false\n[presets.deepseek]\ncontext = 128000\n', encoding="utf-8")
    s = resolve(env={"POLICYQA_CONFIG": str(f)})
    assert (s.base_url, s.model, s.modes, s.context, s.input_price, s.api_key) == ("http://10.0.0.5:8000/v1", "qwen2.5-7b", ("json_object",), 16000, 0.1, LOCAL_KEY)
    s = resolve(preset_name="deepseek", env={"POLICYQA_CONFIG": str(f), "DEEPSEEK_API_KEY": "sk-xxxxxxxxxx"})
    assert s.context == 128000 and s.input_price == PRESETS["deepseek"].input_price


def test_config_file_in_xdg_config_home_yaml(tmp_path: Path):
    d = tmp_path / "policyqa"
    d.mkdir()
    (d / "config.yaml").write_text("base_url: http://127.0.0.1:11434/v1\nmodel: qwen2.5\n", encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert config_path(env) == d / "config.yaml"
    s = resolve(env=env)
    assert s.model == "qwen2.5" and s.api_key == LOCAL_KEY  # loopback: no key needed


def test_bad_config_is_a_config_error_naming_the_file(tmp_path: Path):
    f = tmp_path / "config.toml"
    f.write_text("preset = [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=str(f)):
        resolve(env={"POLICYQA_CONFIG": str(f)})
    with pytest.raises(ConfigError, match="no such config file"):
        resolve(env={"POLICYQA_CONFIG": str(tmp_path / "missing.toml")})
    f.write_text('[presets.openai]\ncontxt = 5\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown preset field.*contxt"):
        resolve(preset_name="openai", env={"POLICYQA_CONFIG": str(f), "OPENAI_API_KEY": "sk-xxxxxxxxxx"})


def test_missing_settings_name_what_to_set():
    with pytest.raises(ConfigError, match="POLICYQA_BASE_URL"):
        resolve(env={}, config={})
    with pytest.raises(ConfigError, match="POLICYQA_MODEL"):
        resolve(base_url="http://127.0.0.1:8080/v1", env={}, config={})
    with pytest.raises(ConfigError, match="DEEPSEEK_API_KEY") as ei:
        resolve(preset_name="deepseek", env={}, config={})
    assert "POLICYQA_API_KEY" in str(ei.value)
    with pytest.raises(ConfigError, match="unknown preset 'gpt5'"):
        resolve(preset_name="gpt5", env={}, config={})


def test_every_prompt_has_a_version_and_the_variables_the_engine_fills():
    names = prompt_names()
    assert {"summarize", "measures", "targets", "ask", "map", "reduce", "format", "reask"} <= set(names)
    for n in names:
        p = load_prompt(n)
        assert p.version and p.key == f"{n}@{p.version}"
    for n in ("summarize", "measures", "targets", "map", "reduce"):
        p = load_prompt(n)
        assert not {"title", "region"} & p.variables  # what a plan supplies goes in the data block only, never beside it
        assert ({"document"} if n != "reduce" else {"notes"}) <= p.variables and "数据" in p.system and "<document>" in p.system
    assert {"question", "documents", "abstain", "language"} <= load_prompt("ask").variables


def test_rendering_is_exact_and_inserts_values_verbatim():
    p = parse_prompt("---\nname: t\nversion: 2\n---\n# system\n规则 {rule}\n# user\n<document>\n{document}\n</document>\n", where="t.md")
    msgs = p.render(rule="一", document="含 {rule} 与 {\"a\": 1} 的文字")
    assert msgs == [{"role": "system", "content": "规则 一"}, {"role": "user", "content": "<document>\n含 {rule} 与 {\"a\": 1} 的文字\n</document>"}]
    with pytest.raises(ConfigError, match="document"):
        p.render(rule="一")
    assert render_text('{"json": 1} {x}', {"x": 2}) == '{"json": 1} 2'
    with pytest.raises(ConfigError, match="version"):
        parse_prompt("---\nname: t\n---\ntext", where="t.md")


def test_token_counts_are_offline_and_marked_approximate_for_other_vendors():
    assert token_counter("deepseek-chat").approximate and token_counter("deepseek-chat").encoding_name == OFFLINE
    assert not token_counter("gpt-4").approximate  # cl100k_base is the bundled file itself
    n = count_tokens("力争到2027年新增企业400家以上", "qwen-plus")
    assert 5 < n < 30
    text = (Path(__file__).parents[1] / "evals" / "plans" / "002_8aae07e36f419ad9.txt").read_text(encoding="utf-8")
    assert len(text) / 3 < count_tokens(text) < len(text) * 2


def test_prompts_load_from_a_source_checkout_without_an_install(monkeypatch):
    """Run from a clone with PYTHONPATH=. and nothing installed: the package-data module is not
    there, and the prompts come from the top-level prompts/ folder."""
    from policyqa.engines.llm import prompts

    def not_installed(package):
        raise ModuleNotFoundError(f"No module named {package!r}")

    monkeypatch.setattr(prompts, "files", not_installed)
    prompts.prompt_dir.cache_clear()
    prompts.load_prompt.cache_clear()
    try:
        assert str(prompts.prompt_dir()).endswith("prompts")
        assert "ask" in prompts.prompt_names() and prompts.load_prompt("ask").key.startswith("ask@")
    finally:
        prompts.prompt_dir.cache_clear()
        prompts.load_prompt.cache_clear()


def test_prompts_come_from_the_checkout_policyqa_runs_from():
    """A checkout run with PYTHONPATH=. uses its own prompts/, even when another checkout is
    installed in editable mode (whose package data would otherwise win)."""
    import policyqa
    from policyqa.engines.llm import prompts

    prompts.prompt_dir.cache_clear()
    try:
        assert Path(str(prompts.prompt_dir())).resolve() == Path(policyqa.__file__).resolve().parent.parent / "prompts"
    finally:
        prompts.prompt_dir.cache_clear()


@pytest.mark.parametrize("field, bad", [("timeout", float("nan")), ("timeout", 0), ("timeout", -1.0), ("deadline", float("inf")), ("deadline", 0.0),
                                        ("max_retry_after", float("nan")), ("retries", 0), ("reasks", -1)])
def test_settings_that_are_not_finite_positive_numbers_are_config_errors(field, bad):
    with pytest.raises(ConfigError, match=field.replace("_", "[_ ]") if field != "max_retry_after" else "max_retry_after"):
        resolve(base_url="https://api.example.com/v1", model="m", api_key="k", env={}, config={}, **{field: bad})


def test_a_remote_endpoint_has_a_deadline_per_plan_a_local_one_none_unless_given():
    from policyqa.engines.llm.config import DEFAULT_DEADLINE

    assert resolve(base_url="https://api.example.com/v1", model="m", api_key="k", env={}, config={}).deadline == DEFAULT_DEADLINE
    assert resolve(base_url="http://127.0.0.1:8080/v1", model="m", env={}, config={}).deadline is None
    assert resolve(base_url="http://127.0.0.1:8080/v1", model="m", env={}, config={"deadline": 30}).deadline == 30
    assert resolve(base_url="https://api.example.com/v1", model="m", api_key="k", env={}, config={}, timeout=5.0, deadline=12.5).timeout == 5.0


def test_a_text_never_has_more_tokens_than_utf8_bytes():
    """The bound the engine uses to skip counting (policyqa.engines.llm.tokens.byte_bound) holds on
    every seed plan, the shared corpus, special-token text, lone surrogates, emoji and rare characters."""
    from policyqa.engines.llm.tokens import byte_bound

    counter = token_counter("gpt-4")
    texts = [p.read_text("utf-8", "replace") for d in (Path(__file__).parents[1] / "evals" / "plans", Path(__file__).parents[2] / "shared" / "corpus")
             for p in sorted(d.glob("*.txt"))]
    texts += ["<|endoftext|><|fim_prefix|>", "\ud800孤立\udfff", "😀🇨🇳👨‍👩‍👧", "𠀀𠀁𪚥𰀀龘靐齉", "\x00\x01\x7f", " " * 50, "a" * 1000, ""]
    assert len(texts) >= 20
    for t in texts:
        assert counter.count(t) <= byte_bound(t), t[:40]
    assert all(counter.fits(t, byte_bound(t)) for t in texts)
    assert not counter.fits("力争到2027年新增企业400家以上", 5)  # past the bytes it counts, and the count decides
