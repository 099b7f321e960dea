"""What an endpoint sends back, read strictly: the HTTP body of a chat completion, and the JSON in its text.

    reply = read_completion(status, content_type, body_text)  # Reply, or Unreadable (HTML, not JSON, no choices)
    obj = extract_json(reply.content)                          # the one JSON object the text holds, whole
    errors = reply_problems(reply)                             # a reply cut off (finish_reason "length") …

Nothing here guesses: a body that is not a chat completion is :class:`Unreadable` (the client
retries it as a transient fault, and counts the tokens its ``usage`` names, when it names them); a
text whose JSON is broken or cut off is an error, never the first inner ``{…}`` that happens to
parse; a reply the server cut off at the output limit is an error even when its JSON parses.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from ... import patterns

CUT_OFF = {"length": "the reply was cut off at the output limit (finish_reason: length): answer with fewer or shorter items",
           "content_filter": "the reply was withheld by the provider's content filter (finish_reason: content_filter)"}


@dataclass(frozen=True)
class Reply:
    """One chat completion as the server sent it."""

    content: str | None
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Unreadable(ValueError):
    """A body that is not a chat completion (HTML, not JSON, no choices); carries the tokens its usage names."""

    def __init__(self, message: str, *, prompt_tokens: int = 0, completion_tokens: int = 0):
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        super().__init__(message)


def _tokens(usage: Any) -> tuple[int, int]:
    if not isinstance(usage, dict):
        return 0, 0
    def num(v: Any) -> int:
        return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and v == v and v >= 0 else 0
    return num(usage.get("prompt_tokens")), num(usage.get("completion_tokens"))


def read_completion(content_type: str | None, text: str) -> Reply:
    """The chat completion in an HTTP body (status 200), or :class:`Unreadable`."""
    try:
        data = json.loads(text)
    except ValueError:
        kind = "HTML" if re.match(r"\s*<(?:!doctype|html|head|body)\b", text or "", re.I) else "not JSON"
        snippet = re.sub(r"\s+", " ", text or "")[:80]
        raise Unreadable(f"the reply is {kind} ({content_type or 'no content type'}: {snippet!r})") from None
    if not isinstance(data, dict):
        raise Unreadable(f"the reply is a JSON {type(data).__name__}, not a chat completion")
    pt, ct = _tokens(data.get("usage"))
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        err = data.get("error")
        why = f": {str(err.get('message') if isinstance(err, dict) else err)[:120]}" if err else ""
        raise Unreadable(f"the reply has no choices{why}", prompt_tokens=pt, completion_tokens=ct)
    choice = choices[0]
    message = choice.get("message")
    if not isinstance(message, dict):
        raise Unreadable("the reply's first choice has no message", prompt_tokens=pt, completion_tokens=ct)
    content = message.get("content")
    if content is not None and not isinstance(content, str):
        raise Unreadable(f"the reply's content is a {type(content).__name__}, not text", prompt_tokens=pt, completion_tokens=ct)
    finish = choice.get("finish_reason")
    return Reply(content, finish if isinstance(finish, str) else None, pt, ct)


def reply_problems(finish_reason: str | None, content: str | None) -> list[str]:
    """Why a reply cannot be used whatever it says: cut off, filtered, or empty."""
    if finish_reason in CUT_OFF:
        return [CUT_OFF[finish_reason]]
    if content is None or not content.strip():
        return ["the reply is empty"]
    return []


_FENCE = patterns.compile(r"```(?:json|JSON)?[ \t]*\n?(.*?)```", re.S)


def extract_json(text: str, *, prose: bool = True) -> dict:
    """The one JSON object ``text`` holds, parsed whole; ValueError otherwise.

    The whole text, else the inside of a ```json fence, else (``prose``: a model answering in plain
    text) the object that starts at the first ``{`` with only prose around it. A text whose first
    object is broken or cut off is an error: no inner ``{…}`` is taken in its place."""
    text = (text or "").strip()
    if not text:
        raise ValueError("the reply is empty")
    try:
        obj = json.loads(text)
    except ValueError:
        pass
    else:
        if isinstance(obj, dict):
            return obj
        raise ValueError(f"the reply is a JSON {type(obj).__name__}, not an object")
    fences = _FENCE.findall(text)
    if fences:
        body = fences[0].strip()
        try:
            obj = json.loads(body)
        except ValueError as e:
            raise ValueError(f"the JSON in the reply is broken or cut off ({e})") from None
        if not isinstance(obj, dict):
            raise ValueError(f"the reply is a JSON {type(obj).__name__}, not an object")
        return obj
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object in the reply")
    if not prose and text[:start].strip():
        raise ValueError("the reply has text before its JSON object")
    try:
        obj, end = json.JSONDecoder().raw_decode(text, start)
    except ValueError as e:
        raise ValueError(f"the JSON in the reply is broken or cut off ({e.args[0] if e.args else e})") from None
    if not prose and text[end:].strip():
        raise ValueError("the reply has text after its JSON object")
    if "{" in text[end:] and _another_object(text[end:]):
        raise ValueError("the reply holds more than one JSON object")
    return obj


def _another_object(rest: str) -> bool:
    i = rest.find("{")
    try:
        json.JSONDecoder().raw_decode(rest, i)
    except ValueError:
        return False
    return True


def errors_of(e: ValidationError) -> list[str]:
    """A pydantic error as lines the model can act on: ``where: what``."""
    return [f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}" for err in e.errors()[:12]]


def strict_schema(model: type[BaseModel]) -> dict:
    """The model's JSON schema as OpenAI's strict mode wants it: every property required, no extra ones, no defaults."""
    return json.loads(_strict_schema_text(model))


def plain_schema(model: type[BaseModel]) -> dict:
    """The model's JSON schema (a fresh copy; pydantic builds it once per class here)."""
    return json.loads(schema_text(model))


@functools.lru_cache(maxsize=64)
def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False)


@functools.lru_cache(maxsize=64)
def schema_pretty(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=1)


@functools.lru_cache(maxsize=64)
def _strict_schema_text(model: type[BaseModel]) -> str:
    schema = copy.deepcopy(model.model_json_schema())

    def fix(node: Any) -> None:
        if isinstance(node, dict):
            node.pop("default", None)
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
                node["required"] = list(node["properties"])
            for v in node.values():
                fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)

    fix(schema)
    return json.dumps(schema, ensure_ascii=False)
