"""Prompts: Markdown files in ``prompts/`` (package data ``policyqa.prompt_files``), loaded by name.

A prompt file has YAML front matter with at least ``name`` and ``version``, then its text. A line
``# system`` starts the system message and a line ``# user`` the user message; a file with neither
is one user message. ``{name}`` is a placeholder (lower-case identifier in braces); every one must
be given a value, and values are inserted as they are (no further substitution)::

    p = load_prompt("summarize")
    messages = p.render(document=..., language=...)     # [{"role": "system", ...}, {"role": "user", ...}]
    p.key                                                 # "summarize@3": goes into cache keys and outputs

Everything a plan supplies (its text, title, region, section headings; notes quoting it) goes into
a prompt only through :func:`as_data` and inside the ``<document>`` block (:func:`data_block`), so
a plan cannot close the block or open one of its own: every look-alike of the prompt's tags
(``</document>``, ``</ document>``, ``＜/document＞``, ``&lt;/document&gt;``, ``<\u200b/document>``…)
loses its bracket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from ...errors import ConfigError
from ... import patterns

PACKAGE = "policyqa.prompt_files"


@lru_cache(maxsize=1)
def prompt_dir() -> Any:
    """Where the prompts are: the top-level ``prompts/`` folder of the source checkout this
    policyqa runs from (``PYTHONPATH=.``, installed or not: the checkout's own prompts, not
    those of another checkout installed in editable mode), else the installed package data."""
    from pathlib import Path

    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "pyproject.toml").is_file() and (checkout / "prompts" / "__init__.py").is_file():
        return checkout / "prompts"
    try:
        return files(PACKAGE)
    except ModuleNotFoundError:
        return checkout / "prompts"

_PLACEHOLDER = patterns.compile(r"\{([a-z_][a-z0-9_]*)\}")
_FRONT = patterns.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_SECTION = patterns.compile(r"^# (system|user)\s*$", re.M)


# the tags the prompts use, and the ways a text can write something a model may read as one of them
_TAG_NAMES = r"(?:document|documents|title|region|section|text|quote|notes|data|system|user|assistant|instructions?)"
_BRACKET = r"(?:<|＜|﹤|〈|⟨|‹|«|&lt;?|&#0*60;?|&#x0*3c;?|\\u003c|\\x3c|%3c)"
_INVISIBLE = r"[\s\u200b-\u200f\u2060-\u2064\ufeff\u00ad]*"
_LOOKALIKE = patterns.compile(_BRACKET + _INVISIBLE + r"(?:[/／⁄∕\\]+" + _INVISIBLE + r")?(?=" + _TAG_NAMES + r"(?![a-z]))", re.I)


def as_data(text: Any) -> str:
    """``text`` (from a plan, or echoing one) safe to put inside a prompt's data block: every
    opening or closing look-alike of a prompt tag has its bracket replaced by "(" (the words stay,
    so a quote of them still finds the plan's text, with one character changed)."""
    return _LOOKALIKE.sub(lambda m: "(" + ("/" if re.search(r"[/／⁄∕\\]", m.group()) else ""), "" if text is None else str(text))


def data_block(body: str, *, doc_id: str | None = None, body_tag: str = "text", escaped: bool = False, **fields: Any) -> str:
    """A ``<document>`` block: each field (title, region, section …) as a tag of its own, then the
    body in ``<text>`` (or ``body_tag``); every value passed through :func:`as_data` (the body too,
    unless the caller built it from escaped parts: ``escaped``). Empty fields are left out."""
    head = f'<document id="{as_data(doc_id)}">' if doc_id else "<document>"
    lines = [head] + [f"<{k}>{as_data(v)}</{k}>" for k, v in fields.items() if v not in (None, "")]
    return "\n".join(lines + [f"<{body_tag}>", body if escaped else as_data(body), f"</{body_tag}>", "</document>"])


def render_text(template: str, values: dict[str, Any]) -> str:
    """``template`` with each ``{name}`` replaced by ``str(values[name])``; a missing value is a ConfigError."""
    missing = sorted({m for m in _PLACEHOLDER.findall(template) if m not in values})
    if missing:
        raise ConfigError(f"prompt needs a value for {', '.join(missing)}")
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), template)


@dataclass(frozen=True)
class Prompt:
    """One versioned prompt: a system text (may be empty) and a user text with placeholders."""

    name: str
    version: str
    system: str
    user: str
    description: str = ""

    @property
    def key(self) -> str:
        """``name@version``: what cache keys and outputs record."""
        return f"{self.name}@{self.version}"

    @property
    def variables(self) -> frozenset[str]:
        return frozenset(_PLACEHOLDER.findall(self.system) + _PLACEHOLDER.findall(self.user))

    def render(self, **values: Any) -> list[dict[str, str]]:
        """The chat messages, placeholders filled (pure: same values, same messages)."""
        out = []
        if self.system:
            out.append({"role": "system", "content": render_text(self.system, values)})
        out.append({"role": "user", "content": render_text(self.user, values)})
        return out


def parse_prompt(text: str, *, where: str = "prompt") -> Prompt:
    """A :class:`Prompt` from a file's text; a file without name/version front matter is a ConfigError."""
    m = _FRONT.match(text)
    if not m:
        raise ConfigError(f"{where}: no front matter (--- name: …, version: … ---)")
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as e:
        raise ConfigError(f"{where}: bad front matter: {str(e).splitlines()[0]}") from None
    if not isinstance(meta, dict) or not meta.get("name") or meta.get("version") in (None, ""):
        raise ConfigError(f"{where}: front matter needs a name and a version")
    body = text[m.end() :]
    parts = _SECTION.split(body)
    system, user = "", ""
    if len(parts) == 1:
        user = body
    else:
        for role, content in zip(parts[1::2], parts[2::2]):
            if role == "system":
                system = content
            else:
                user = content
    if not user.strip():
        raise ConfigError(f"{where}: no user text")
    return Prompt(str(meta["name"]), str(meta["version"]), system.strip(), user.strip(), str(meta.get("description") or meta.get("purpose") or ""))


@lru_cache(maxsize=None)
def load_prompt(name: str) -> Prompt:
    """The prompt ``prompts/<name>.md`` shipped with the package."""
    f = prompt_dir().joinpath(f"{name}.md")
    if not f.is_file():
        raise ConfigError(f"no prompt named {name!r}; known: {', '.join(prompt_names())}")
    p = parse_prompt(f.read_text(encoding="utf-8"), where=f"prompts/{name}.md")
    if p.name != name:
        raise ConfigError(f"prompts/{name}.md: front matter names it {p.name!r}")
    return p


def prompt_names() -> list[str]:
    """The names of the shipped prompts."""
    return sorted(f.name[:-3] for f in prompt_dir().iterdir() if f.name.endswith(".md"))
