"""An OpenAI-compatible chat server on 127.0.0.1, in a thread, whose replies the test scripts.

The installed ``openai`` SDK sends through ``httpx2``, which respx and vcrpy do not see, so the
tests fake the network instead: a real HTTP server on a loopback port.

    with FakeServer() as fake:                       # every reply made up from the request (auto_reply)
        engine = LLMEngine(base_url=fake.base_url, model="fake", api_key="sk-test")
        ...
    with FakeServer([error(429, retry_after=0.05), Reply(content={"answer": ...})]) as fake:
        ...                                          # scripted replies, in order, then auto_reply
    fake.requests[-1].body["messages"]               # what the server received

A queued item is a :class:`Reply`, or a callable ``(FakeRequest) -> Reply``. When the queue is
empty ``default`` answers (a Reply or a callable; :func:`auto_reply` unless told otherwise).

Faults: any HTTP status with an OpenAI-style error body (``error(status, message, retry_after=)``),
latency (``Reply(latency=0.2)`` or ``FakeServer(latency=...)`` for every reply, counted from the
request's arrival, so the server's own work is part of it), a connection
reset (``reset()``), a body that is not JSON (``Reply(raw=b"...")``), a content that is not JSON
(``Reply(content="not json")``). Options that act on every request:

- ``reject_modes={"json_schema": 500}``: answer that status to a ``response_format`` of that type,
  with a message that names response_format, as llama.cpp's server does for json_schema
  (``FakeServer(llamacpp=True)`` is the same as ``reject_modes={"json_schema": 500}``).
- ``api_key="sk-..."``: answer 401 to any other ``Authorization: Bearer`` key.
- ``models=("fake",)``: answer 404 model_not_found to any other model (None: any model).
- ``served=[{"id": "gemma", "meta": {...}}]``: what ``GET /v1/models`` lists (else ``models``, else "fake"),
  as a llama.cpp server lists the model file it loaded whatever name a request gives.

``stream: true`` requests are answered as server-sent events, the content cut into small chunks.
``GET /v1/models`` lists ``models``. Every request is recorded in ``fake.requests``.
"""

from __future__ import annotations

import collections
import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable

__all__ = ["LoopbackServer", "FakeServer", "FakeRequest", "Reply", "error", "reset", "auto_reply", "body_of", "document_of", "schema_of", "fill_schema", "sourced_quotes", "quotes_of"]


@dataclass
class Reply:
    """One scripted answer. ``content`` that is not a str is sent as JSON text."""

    content: Any = None
    status: int = 200
    message: str | None = None  # the error message of a non-200 reply
    headers: dict[str, str] = field(default_factory=dict)
    latency: float = 0.0
    reset: bool = False  # close the connection with a TCP reset, no answer
    raw: bytes | None = None  # send exactly these bytes as the body
    usage: tuple[int, int] | None = None  # (prompt_tokens, completion_tokens); estimated when None
    finish_reason: str = "stop"


def error(status: int, message: str | None = None, *, retry_after: float | None = None, latency: float = 0.0) -> Reply:
    """An HTTP error reply with an OpenAI-style body (and a Retry-After header when given)."""
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
    return Reply(status=status, message=message or _REASONS.get(status, "error"), headers=headers, latency=latency)


def reset(latency: float = 0.0) -> Reply:
    """Close the connection with a TCP reset instead of answering."""
    return Reply(reset=True, latency=latency)


_REASONS = {
    400: "Bad request",
    401: "Incorrect API key provided",
    403: "Forbidden",
    404: "The model does not exist",
    429: "Rate limit reached, please retry later",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
}


@dataclass
class FakeRequest:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict | None
    arrived: float = 0.0  # time.monotonic() when the server began to read it

    @property
    def messages(self) -> list[dict]:
        return list((self.body or {}).get("messages") or [])

    def text_of(self, role: str) -> str:
        """The contents of every message of ``role``, joined by blank lines."""
        return "\n\n".join(_content_text(m.get("content")) for m in self.messages if m.get("role") == role)

    @property
    def system(self) -> str:
        return self.text_of("system")

    @property
    def user(self) -> str:
        return self.text_of("user")

    @property
    def mode(self) -> str:
        """``json_schema``, ``json_object`` or ``text``: the structured-output mode of the request."""
        rf = (self.body or {}).get("response_format") or {}
        return rf.get("type") or "text"

    @property
    def all_text(self) -> str:
        return "\n\n".join(_content_text(m.get("content")) for m in self.messages)


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # [{"type": "text", "text": ...}]
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections when 32 or 64 clients connect at once (each retries after 1 s)


class LoopbackServer:
    """An HTTP server on 127.0.0.1:<free port> in a daemon thread, handing each request to
    ``self._handle(handler, method)``; a context manager. Subclasses set up their state first."""

    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # else each answer waits ~40 ms for a delayed ACK
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                self._quietly("GET")

            def do_POST(self):
                self._quietly("POST")

            def _quietly(self, method: str) -> None:
                try:
                    fake._handle(self, method)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout): nothing to answer
                    self.close_connection = True

        self._server = _Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name=type(self).__name__, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        raise NotImplementedError


class FakeServer(LoopbackServer):
    """An OpenAI-compatible ``/v1/chat/completions`` on 127.0.0.1:<free port>, in a daemon thread."""

    def __init__(
        self,
        replies: Iterable[Reply | Callable[[FakeRequest], Reply]] = (),
        *,
        default: Reply | Callable[[FakeRequest], Reply] | None = None,
        latency: float = 0.0,
        reject_modes: dict[str, int] | None = None,
        llamacpp: bool = False,
        api_key: str | None = None,
        models: Iterable[str] | None = None,
        served: Iterable[dict] | None = None,
    ):
        self.queue: collections.deque = collections.deque(replies)
        self.default = default if default is not None else auto_reply
        self.latency = latency
        self.reject_modes = dict(reject_modes or {})
        if llamacpp:
            self.reject_modes.setdefault("json_schema", 500)
        self.api_key = api_key
        self.models = tuple(models) if models is not None else None
        self.served = [dict(m) for m in served] if served is not None else None  # what GET /models lists (else ``models``)
        self.requests: list[FakeRequest] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- scripting ----------------------------------------------------------------------------
    def enqueue(self, *replies: Reply | Callable[[FakeRequest], Reply]) -> None:
        with self._lock:
            self.queue.extend(replies)

    @property
    def chat_requests(self) -> list[FakeRequest]:
        """The requests to /chat/completions, in order."""
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- handling -----------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        arrived = time.monotonic()
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        path = h.path.split("?")[0]
        req = FakeRequest(method, path, {k.lower(): v for k, v in h.headers.items()}, body, arrived)
        with self._lock:
            self.requests.append(req)
        if self.api_key is not None and h.headers.get("Authorization") != f"Bearer {self.api_key}":
            return self._reply(h, req, error(401, "Incorrect API key provided. You can find your API key at https://example.invalid/keys."), code="invalid_api_key")
        if method == "GET" and path.rstrip("/").endswith("/models"):
            listed = self.served if self.served is not None else [{"id": n, "owned_by": "fake"} for n in (self.models or ("fake",))]
            return _send_json(h, 200, {"object": "list", "data": [{"object": "model", **m} for m in listed]})
        if method != "POST" or not path.rstrip("/").endswith("/chat/completions"):
            return _send_json(h, 404, {"error": {"message": f"no route {method} {path}", "type": "invalid_request_error"}})
        if body is None:
            return _send_json(h, 400, {"error": {"message": "request body is not JSON", "type": "invalid_request_error"}})
        if self.models is not None and body.get("model") not in self.models:
            msg = f"The model `{body.get('model')}` does not exist or you do not have access to it."
            return self._reply(h, req, error(404, msg), code="model_not_found")
        status = self.reject_modes.get(req.mode)
        if status:
            msg = f"Unsupported response_format type: {req.mode}" if status >= 500 else f"Invalid parameter: response_format of type '{req.mode}' is not supported with this model"
            return self._reply(h, req, error(status, msg))
        with self._lock:
            item = self.queue.popleft() if self.queue else self.default
        reply = item(req) if callable(item) else item
        self._reply(h, req, reply)

    def _reply(self, h: BaseHTTPRequestHandler, req: FakeRequest, reply: Reply, *, code: str | None = None) -> None:
        delay = reply.latency or self.latency  # from the request's arrival: the server's own work is part of it
        if delay:
            time.sleep(max(0.0, delay - (time.monotonic() - req.arrived)) if req.arrived else delay)
        if reply.reset:
            h.close_connection = True
            try:
                h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                h.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            h.connection.close()
            return
        if reply.raw is not None:
            return _send(h, reply.status, reply.raw, headers=reply.headers)
        if reply.status != 200:
            kind = {401: "invalid_request_error", 404: "invalid_request_error", 429: "rate_limit_error"}.get(reply.status, "server_error" if reply.status >= 500 else "invalid_request_error")
            err = {"error": {"message": reply.message, "type": kind, "code": code or reply.status}}
            return _send_json(h, reply.status, err, headers=reply.headers)
        content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content, ensure_ascii=False)
        model = (req.body or {}).get("model") or "fake"
        usage = reply.usage or (max(1, len(req.all_text) // 2), max(1, len(content) // 2))
        if (req.body or {}).get("stream"):
            return self._stream(h, model, content, usage, reply)
        out = {
            "id": f"chatcmpl-fake{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": reply.finish_reason}],
            "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]},
        }
        _send_json(h, 200, out, headers=reply.headers)

    def _stream(self, h: BaseHTTPRequestHandler, model: str, content: str, usage: tuple[int, int], reply: Reply) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Cache-Control", "no-cache")
        h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True
        base = {"id": "chatcmpl-fakestream", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}

        def event(obj: dict) -> None:
            h.wfile.write(b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n")
            h.wfile.flush()

        event({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})
        for i in range(0, len(content), 8):
            event({**base, "choices": [{"index": 0, "delta": {"content": content[i : i + 8]}, "finish_reason": None}]})
        event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}]})
        event({**base, "choices": [], "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}})
        h.wfile.write(b"data: [DONE]\n\n")
        h.wfile.flush()


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, *, ctype: str = "application/json", headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def _send_json(h: BaseHTTPRequestHandler, status: int, obj: Any, *, headers: dict[str, str] | None = None) -> None:
    _send(h, status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), headers=headers)


# -- a model that always answers well-formed, grounded JSON ----------------------------------------

_DOC = re.compile(r"<document\b([^>]*)>(.*?)</document>", re.S)
_DOC_ID = re.compile(r'\bid="([^"]*)"')
_QUOTE_TAG = re.compile(r"<quote>(.*?)</quote>", re.S)
_SCHEMA_BLOCK = re.compile(r"```json\s*(\{.*?\})\s*```", re.S)


_BODY = re.compile(r"<(text|notes)>\n?(.*?)\n?</\1>", re.S)


def body_of(block: str) -> str:
    """The text of a ``<document>`` block: inside its ``<text>`` (or ``<notes>``) tag when it has one
    (the title, region and section tags beside it are not text to quote), else all of it."""
    m = _BODY.search(block)
    return m.group(2) if m else block


def document_of(req: FakeRequest) -> str:
    """The data the request's user messages delimit with ``<document>`` tags (all of them, joined), else ''."""
    return "\n".join(body_of(body) for _, body in _DOC.findall(req.user))


def schema_of(req: FakeRequest) -> dict | None:
    """The JSON schema the request asks for: from response_format, else a ```json block of the prompt."""
    rf = (req.body or {}).get("response_format") or {}
    if rf.get("type") == "json_schema":
        return (rf.get("json_schema") or {}).get("schema")
    if rf.get("schema"):
        return rf["schema"]
    for m in _SCHEMA_BLOCK.finditer(req.all_text):
        try:
            obj = json.loads(m.group(1))
        except ValueError:
            continue
        if isinstance(obj, dict) and ("properties" in obj or "$defs" in obj):
            return obj
    return None


def quotes_of(document: str) -> list[str]:
    """Sentences of the document a model could quote: ``<quote>`` tags when there are, else sentences."""
    document = body_of(document)
    tagged = [q.strip() for q in _QUOTE_TAG.findall(document) if q.strip()]
    if tagged:
        return tagged
    text = re.sub(r"<[^>]+>", "\n", document)
    parts = [p.strip() for p in re.split(r"[。；;！？\n]", text)]
    return [p for p in parts if len(p) >= 8 and not p.startswith("[")] or [p for p in parts if p] or [""]


def sourced_quotes(req: FakeRequest) -> list[tuple[str, str]]:
    """``(document id, quote)`` for every quotable sentence of every ``<document>`` block (id '' when none)."""
    out = []
    for attrs, body in _DOC.findall(req.user):
        m = _DOC_ID.search(attrs)
        out += [(m.group(1) if m else "", q) for q in quotes_of(body) if q]
    return out


def fill_schema(schema: dict, quotes: list[str] | list[tuple[str, str]], *, items: int = 2) -> Any:
    """A made-up instance of ``schema`` that a careful model could give: quote fields are taken, in
    turn, from ``quotes`` (strings, or ``(doc id, quote)`` pairs: a ``doc`` field gets the id of the
    quote that comes next); a text, title, answer or metric is the first clause of the quote that
    comes next (so its quote supports it); a figure (an object with ``original`` and ``quote``) is
    read from the next quote that writes one, by policyqa's own parser (none when no quote does);
    section headings and responsible units are left empty; a year is one the quote writes, else
    null; a ``none`` flag is true exactly when the object's lists came out empty."""
    defs = schema.get("$defs") or schema.get("definitions") or {}
    pairs = [q if isinstance(q, tuple) else ("", q) for q in quotes] or [("", "")]
    counter = [0]

    def peek() -> tuple[str, str]:
        return pairs[counter[0] % len(pairs)]

    def quote() -> str:
        q = peek()[1]
        counter[0] += 1
        return q

    def resolve(s: dict) -> dict:
        while "$ref" in s:
            s = defs.get(s["$ref"].split("/")[-1], {})
        if "anyOf" in s:
            options = [o for o in s["anyOf"] if resolve(o).get("type") != "null"]
            s = {**resolve(options[0]), "nullable": True} if options else {"type": "null"}
        if "allOf" in s and len(s["allOf"]) == 1:
            s = resolve(s["allOf"][0])
        return s

    def figure(props: dict) -> dict | None:
        for step in range(len(pairs)):
            doc, q = pairs[(counter[0] + step) % len(pairs)]
            found = _figures_of(q)
            if not found:
                continue
            counter[0] += step + 1
            f = found[0]
            out = {"metric": f["metric"], "value": f["value"], "unit": f["unit"], "comparator": f["comparator"], "year": _year_of(q),
                   "original": f["original"], "quote": q}
            if "kind" in props:
                out["kind"] = "target"
            if "doc" in props:
                out["doc"] = doc
            return {k: out.get(k) for k in props}
        return None

    def make(s: dict, name: str) -> Any:
        s = resolve(s)
        if "enum" in s:
            return s["enum"][0]
        if "const" in s:
            return s["const"]
        t = s.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), "null")
        if t == "object":
            props = s.get("properties") or {}
            if "original" in props and "quote" in props:
                return figure(props)
            obj = {k: make(v, k) for k, v in props.items()}
            if "none" in props:
                lists = [k for k, v in props.items() if resolve(v).get("type") == "array"]
                obj["none"] = bool(lists) and all(not obj[k] for k in lists)
            return obj
        if t == "array":
            if name in ("section", "units"):
                return []
            n = max(s.get("minItems", 0), min(items, s.get("maxItems", items)))
            made = [make(s.get("items") or {"type": "string"}, name.rstrip("s")) for _ in range(n)]
            return [x for x in made if x is not None]
        if t == "string":
            if "quote" in name.lower():
                return quote()
            if name == "doc":
                return peek()[0]
            if name == "original":
                return peek()[1]
            if name in ("text", "title", "answer", "metric"):
                return _first_clause(peek()[1])
            return f"{name}的内容"
        if t == "integer":
            if "year" in name.lower():
                y = _year_of(peek()[1])
                return y if y is not None or s.get("nullable") else 2027
            return 1
        if t == "number":
            return 1.0
        if t == "boolean":
            return False
        return None

    return make(schema, "root")


def _first_clause(q: str) -> str:
    """The first clause of a quote (at least 6 characters), else the quote: a text its quote supports."""
    for m in re.finditer(r"[，,：:；;]", q):
        if m.start() >= 6:
            return q[: m.start()]
    return q


def _year_of(q: str) -> int | None:
    m = re.search(r"(?<![0-9])((?:19|20)[0-9]{2})(?=\s*年)", q)
    return int(m.group(1)) if m else None


def _figures_of(q: str) -> list[dict]:
    """The figures of a quote as the offline engine's parser reads them (value with its scale, unit, comparator)."""
    from policyqa.structure.numbers import normalise
    from policyqa.engines.offline.targets import _figures

    out = []
    for f in _figures(q):
        value, unit = normalise(f.value, f.unit)
        head = re.split(r"[，,：:；;、]", q[: f.start])[-1].strip() or q[: f.start].strip()[-12:]
        out.append({"value": value, "unit": unit, "comparator": f.post or f.pre, "original": f.original, "metric": head[-16:] or f.original})
    return out


def auto_reply(req: FakeRequest) -> Reply:
    """A well-formed answer to any structured-output request: the schema filled in, quotes grounded
    in the request's ``<document>`` data; plain text for a request without a schema."""
    schema = schema_of(req)
    quotes = sourced_quotes(req)
    if schema is None:
        return Reply(content=quotes[0][1] if quotes else "好的")
    return Reply(content=fill_schema(schema, quotes))
