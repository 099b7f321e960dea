"""Settings of the LLM engine: where to send, which model, which key, what the endpoint can do.

Each setting is taken from the first place that gives it::

    explicit argument (LLMEngine(...), --base-url/--model/--preset)
    POLICYQA_BASE_URL / POLICYQA_MODEL / POLICYQA_API_KEY / POLICYQA_PRESET
    OPENAI_BASE_URL / OPENAI_API_KEY            (and the preset's own key variable, e.g. DEEPSEEK_API_KEY)
    the config file                             ($POLICYQA_CONFIG, else $XDG_CONFIG_HOME/policyqa/config.toml|yaml,
                                                 else ~/.config/policyqa/config.toml|yaml)
    the preset                                  (base URL, default model, modes, context, prices)

A config file (TOML or YAML) may hold ``preset``, ``base_url``, ``model``, ``api_key`` and a
``presets`` table that overrides a preset's fields or defines new presets::

    preset = "deepseek"
    [presets.deepseek]
    input_price = 0.27          # per 1M prompt tokens
    context = 65536

The config file may also set ``timeout`` (seconds one request may take, 120), ``deadline`` (seconds
one plan may take in all; 600 for a remote endpoint, none for one on this machine), ``retries``,
``reasks``, ``max_output_tokens``, ``context`` and ``max_retry_after`` (a longer Retry-After ends the
plan with QuotaExceeded; 60); a value that is not a finite positive number is a ConfigError.

Structured-output ``modes`` are tried in order (json_schema, json_object, text); a mode the
endpoint rejects is skipped from then on. Prices are per 1M tokens in the preset's currency, as
published when this was written: check them and override them in the config file.
The API key is never part of a repr, an error message, a cache key or a report.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from ...errors import ConfigError
from .redact import redact_url, url_secrets

MODES = ("json_schema", "json_object", "text")
LOCAL_KEY = "not-needed"  # what the SDK sends to a local server that checks no key


@dataclass(frozen=True)
class Preset:
    """What a provider's OpenAI-compatible endpoint is and can do."""

    name: str
    base_url: str | None
    model: str | None = None  # default model
    modes: tuple[str, ...] = MODES  # structured-output modes, best first
    context: int = 32_768  # tokens of context
    input_price: float | None = None  # per 1M prompt tokens
    output_price: float | None = None  # per 1M completion tokens
    currency: str = "USD"
    key_var: str | None = None  # the provider's own API-key variable
    needs_key: bool = True


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("openai", "https://api.openai.com/v1", "gpt-4o-mini", MODES, 128_000, 0.15, 0.60, "USD", "OPENAI_API_KEY"),
        Preset("deepseek", "https://api.deepseek.com/v1", "deepseek-chat", ("json_object", "text"), 64_000, 0.27, 1.10, "USD", "DEEPSEEK_API_KEY"),
        Preset("qwen", "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus", ("json_object", "text"), 131_072, 0.8, 2.0, "CNY", "DASHSCOPE_API_KEY"),
        Preset("moonshot", "https://api.moonshot.cn/v1", "moonshot-v1-32k", ("json_object", "text"), 32_768, 24.0, 24.0, "CNY", "MOONSHOT_API_KEY"),
        Preset("zhipu", "https://open.bigmodel.cn/api/paas/v4", "glm-4-plus", ("json_object", "text"), 128_000, 5.0, 5.0, "CNY", "ZHIPUAI_API_KEY"),
        Preset("vllm", "http://127.0.0.1:8000/v1", None, MODES, 32_768, needs_key=False),
        Preset("ollama", "http://127.0.0.1:11434/v1", None, MODES, 8_192, needs_key=False),
        Preset("llamacpp", "http://127.0.0.1:8080/v1", None, ("json_object", "text"), 8_192, needs_key=False),
    )
}
ALIASES = {"dashscope": "qwen", "kimi": "moonshot", "glm": "zhipu", "llama.cpp": "llamacpp", "llama-cpp": "llamacpp"}
_HOSTS = {
    "api.openai.com": "openai",
    "api.deepseek.com": "deepseek",
    "dashscope.aliyuncs.com": "qwen",
    "dashscope-intl.aliyuncs.com": "qwen",
    "api.moonshot.cn": "moonshot",
    "open.bigmodel.cn": "zhipu",
}
_PRESET_FIELDS = {"base_url", "model", "modes", "context", "input_price", "output_price", "currency", "key_var", "needs_key"}


@dataclass(frozen=True)
class Settings:
    """Everything the client needs to reach a model. ``sources`` says where each value came from."""

    base_url: str = field(repr=False)  # may hold credentials (http://user:key@host/v1): shown only through ``endpoint``
    model: str
    api_key: str = field(repr=False)
    preset: str | None = None
    modes: tuple[str, ...] = MODES
    context: int = 32_768
    input_price: float | None = None
    output_price: float | None = None
    currency: str = "USD"
    max_output_tokens: int = 2_048
    timeout: float = 120.0  # seconds one request may take
    retries: int = 5  # attempts at a transient failure (429, 5xx, timeout, reset, unreadable reply)
    reasks: int = 2  # re-asks after a schema error or an ungrounded claim
    deadline: float | None = None  # seconds one plan (or question) may take in all; None: no limit
    max_retry_after: float = 60.0  # a Retry-After longer than this ends the plan at once (QuotaExceeded)
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for name in ("timeout", "max_retry_after"):
            if not _positive(getattr(self, name)):
                raise ConfigError(f"{_OPTION.get(name, name)} must be a finite number of seconds above 0, not {getattr(self, name)!r}")
        if self.deadline is not None and not _positive(self.deadline):
            raise ConfigError(f"--deadline must be a finite number of seconds above 0, not {self.deadline!r}")
        if not isinstance(self.retries, int) or isinstance(self.retries, bool) or self.retries < 1:
            raise ConfigError(f"retries must be a whole number, 1 or more, not {self.retries!r}")
        if not isinstance(self.reasks, int) or isinstance(self.reasks, bool) or self.reasks < 0:
            raise ConfigError(f"reasks must be a whole number, 0 or more, not {self.reasks!r}")

    @cached_property
    def endpoint(self) -> str:
        """The base URL as messages, logs and reports show it: credentials in it masked (found once: every request's cache key names it)."""
        return redact_url(self.base_url.rstrip("/"))

    @property
    def secrets(self) -> list[str]:
        """What must never be shown: the API key and any credentials written into the base URL."""
        return [s for s in [self.api_key if self.api_key != LOCAL_KEY else None, *url_secrets(self.base_url)] if s]

    def __repr__(self) -> str:
        return f"Settings(endpoint={self.endpoint!r}, model={self.model!r}, preset={self.preset!r}, key from {self.key_source})"

    @property
    def key_source(self) -> str:
        return self.sources.get("api_key", "the API key")

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


DEFAULT_DEADLINE = 600.0  # seconds per plan for a remote endpoint; a model on this machine has none (slow, and free)
_OPTION = {"timeout": "--timeout", "max_retry_after": "max_retry_after"}


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in ("localhost", "::1") or host.startswith("127.")


def config_path(env: Mapping[str, str] | None = None) -> Path | None:
    """The config file in use: $POLICYQA_CONFIG, else the first of config.toml/.yaml/.yml in the user config dir."""
    env = os.environ if env is None else env
    if env.get("POLICYQA_CONFIG"):
        return Path(env["POLICYQA_CONFIG"]).expanduser()
    base = Path(env["XDG_CONFIG_HOME"]).expanduser() if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    for name in ("config.toml", "config.yaml", "config.yml"):
        p = base / "policyqa" / name
        if p.is_file():
            return p
    return None


def load_config(path: Path | None) -> dict[str, Any]:
    """The config file as a dict ({} when there is none). A bad file is a ConfigError naming it."""
    if path is None:
        return {}
    if not path.is_file():
        raise ConfigError(f"{path}: no such config file (POLICYQA_CONFIG names it)")
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            data = tomllib.loads(text)
    except Exception as e:  # noqa: BLE001  OSError, UnicodeDecodeError, TOMLDecodeError, yaml.YAMLError
        raise ConfigError(f"{path}: cannot read the config file: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config file must be a table of settings")
    return data


def preset(name: str, overrides: Mapping[str, Any] | None = None, *, where: str = "") -> Preset:
    """The preset called ``name`` (or an alias), with ``overrides`` (a config file's table) applied."""
    key = ALIASES.get(name.lower(), name.lower())
    base = PRESETS.get(key)
    over = dict(overrides or {})
    unknown = set(over) - _PRESET_FIELDS
    if unknown:
        raise ConfigError(f"{where or 'preset ' + name}: unknown preset field(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_PRESET_FIELDS))}")
    if base is None:
        if not over:
            raise ConfigError(f"unknown preset {name!r}; choose one of {', '.join(sorted(PRESETS))} or define it under [presets.{name}] in the config file")
        base = Preset(key, None)
    if "modes" in over:
        modes = tuple(over["modes"])
        bad = [m for m in modes if m not in MODES]
        if bad or not modes:
            raise ConfigError(f"{where or 'preset ' + name}: modes must be some of {', '.join(MODES)}, not {modes}")
        over["modes"] = modes
    return replace(base, **over)


def resolve(
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    preset_name: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    config: Mapping[str, Any] | None = None,
    **overrides: Any,
) -> Settings:
    """The engine's settings from arguments, environment, config file and preset (see the module doc).

    ``config`` replaces the config file (tests); ``overrides`` set any other :class:`Settings` field.
    """
    env = os.environ if env is None else env
    path = None
    if config is None:
        path = config_path(env)
        config = load_config(path)
    where = str(path) if path else "the config file"
    sources: dict[str, str] = {}

    def pick(name: str, arg: Any, *env_vars: str) -> Any:
        if arg not in (None, ""):
            sources[name] = "argument"
            return arg
        for var in env_vars:
            if env.get(var):
                sources[name] = var
                return env[var]
        if config.get(name) not in (None, ""):
            sources[name] = where
            return config[name]
        return None

    name = pick("preset", preset_name, "POLICYQA_PRESET")
    url = pick("base_url", base_url, "POLICYQA_BASE_URL", "OPENAI_BASE_URL")
    if name is None and url:
        name = _HOSTS.get((urlsplit(url).hostname or "").lower())
    tables = config.get("presets") or {}
    p = preset(name, tables.get(name) or tables.get(ALIASES.get(str(name).lower(), "")), where=f"{where} [presets.{name}]") if name else None
    if url is None and p is not None and p.base_url:
        url, sources["base_url"] = p.base_url, f"preset {p.name}"
    if not url:
        raise ConfigError(
            "no LLM endpoint: set POLICYQA_BASE_URL (or OPENAI_BASE_URL), pass --base-url or --preset "
            f"({', '.join(sorted(PRESETS))}), or write base_url in {path or '~/.config/policyqa/config.toml'}"
        )
    url = str(url).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{sources.get('base_url', 'base_url')}: {redact_url(url)!r} is not an http(s) URL")
    mdl = pick("model", model, "POLICYQA_MODEL")
    if mdl is None and p is not None and p.model:
        mdl, sources["model"] = p.model, f"preset {p.name}"
    if not mdl:
        raise ConfigError(f"no model for {redact_url(url)}: set POLICYQA_MODEL, pass --model, or write model in {path or 'the config file'}")
    key_vars = ["POLICYQA_API_KEY"] + ([p.key_var] if p is not None and p.key_var and p.key_var != "OPENAI_API_KEY" else []) + ["OPENAI_API_KEY"]
    key = pick("api_key", api_key, *key_vars)
    if not key:
        if (p is not None and not p.needs_key) or (p is None and is_loopback(url)):
            key, sources["api_key"] = LOCAL_KEY, "none needed"
        else:
            raise ConfigError(f"no API key for {redact_url(url)}: set {' or '.join(key_vars)}, or pass api_key")
    fields: dict[str, Any] = {"preset": p.name if p else None}
    if p is not None:
        fields.update(modes=p.modes, context=p.context, input_price=p.input_price, output_price=p.output_price, currency=p.currency)
    for k in ("max_output_tokens", "timeout", "retries", "reasks", "context", "deadline", "max_retry_after"):
        if k in config and k not in overrides:
            fields[k] = config[k]
    fields.update({k: v for k, v in overrides.items() if v is not None})
    if "deadline" not in fields and not is_loopback(url):
        fields["deadline"] = DEFAULT_DEADLINE
    unknown = set(fields) - set(Settings.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"unknown LLM setting(s): {', '.join(sorted(unknown))}")
    return Settings(base_url=url, model=str(mdl), api_key=str(key), sources=sources, **fields)
