"""The Files and Batches endpoints of the OpenAI API on 127.0.0.1, in front of the fake chat server.

    with FakeServer(...) as chat, FakeBatchServer(chat.base_url) as api:
        engine = LLMEngine(base_url=api.base_url, ...)

``POST /v1/files`` (multipart, purpose=batch), ``GET /v1/files/{id}``, ``GET /v1/files/{id}/content``,
``POST /v1/batches``, ``GET /v1/batches/{id}``, ``POST /v1/batches/{id}/cancel``. A batch moves
validating → in_progress → finalizing → completed, one step per poll after ``polls_to_finish``
polls; when it completes, each JSONL line's body is POSTed to the upstream chat server
(tests/fakeserver.py, which scripts the replies) and the answers become the output file (non-200
answers go to the error file, as OpenAI does). Every other path is passed to the upstream
server unchanged, so one base URL serves both live and batch calls (it also serves as a
recording proxy in front of a real server). ``self.log`` lists ``(method, path)`` of every
request received, ``self.forwarded`` ``(path, response_format type, status)`` of those passed on.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler

from fakeserver import LoopbackServer


class FakeBatchServer(LoopbackServer):
    def __init__(self, upstream: str, *, polls_to_finish: int = 2, fail_status: str | None = None):
        self.upstream = upstream.rstrip("/")  # e.g. http://127.0.0.1:PORT/v1
        self.polls_to_finish = polls_to_finish
        self.fail_status = fail_status  # e.g. "expired": the batch ends so, without an output file
        self.files: dict[str, dict] = {}
        self.batches: dict[str, dict] = {}
        self.log: list[tuple[str, str]] = []
        self.headers: list[dict[str, str]] = []
        self.forwarded: list[tuple[str, str, int]] = []  # (path, response_format type, upstream status) of passed-on requests
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    # -- helpers -----------------------------------------------------------------------------
    def _id(self, prefix: str) -> str:
        with self._lock:
            return f"{prefix}-{next(self._ids):04d}"

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "application/json") -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _json(self, h, status: int, obj) -> None:
        self._send(h, status, json.dumps(obj, ensure_ascii=False).encode("utf-8"))

    def _upstream(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes, str]:
        url = self.upstream + path[len("/v1"):] if path.startswith("/v1") else self.upstream + path
        req = urllib.request.Request(url, data=body, method=method, headers={k: v for k, v in headers.items() if k.lower() in ("content-type", "authorization")})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, r.read(), r.headers.get("Content-Type", "application/json")
        except urllib.error.HTTPError as e:
            return e.code, e.read(), e.headers.get("Content-Type", "application/json")

    # -- routing -----------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        path = h.path.split("?")[0]
        with self._lock:
            self.log.append((method, path))
            self.headers.append(dict(h.headers))
        parts = path.rstrip("/").split("/")  # ['', 'v1', 'files', id, 'content']
        if len(parts) >= 3 and parts[2] in ("files", "batches"):
            return self._api(h, method, parts[2], parts[3:], body)
        status, data, ctype = self._upstream(method, path, body or None, dict(h.headers))
        try:
            mode = ((json.loads(body) if body else {}).get("response_format") or {}).get("type") or "text"
        except (ValueError, AttributeError):
            mode = "?"
        with self._lock:
            self.forwarded.append((path, mode, status))
        self._send(h, status, data, ctype)

    def _api(self, h, method: str, kind: str, rest: list[str], body: bytes) -> None:
        if kind == "files" and method == "POST" and not rest:
            fields = _multipart(h.headers.get("Content-Type", ""), body)
            if fields.get("purpose", (None, b""))[1] != b"batch" or "file" not in fields:
                return self._json(h, 400, {"error": {"message": "purpose must be batch and a file is required"}})
            fid = self._id("file")
            name, data = fields["file"]
            self.files[fid] = {"id": fid, "object": "file", "bytes": len(data), "created_at": int(time.time()), "filename": name or "input.jsonl", "purpose": "batch", "data": data}
            return self._json(h, 200, _public(self.files[fid]))
        if kind == "files" and method == "GET" and rest:
            f = self.files.get(rest[0])
            if f is None:
                return self._json(h, 404, {"error": {"message": f"no file {rest[0]}"}})
            if rest[1:] == ["content"]:
                return self._send(h, 200, f["data"], "application/octet-stream")
            return self._json(h, 200, _public(f))
        if kind == "batches" and method == "POST" and not rest:
            req = json.loads(body or b"{}")
            if req.get("input_file_id") not in self.files or req.get("endpoint") != "/v1/chat/completions":
                return self._json(h, 400, {"error": {"message": "input_file_id must name an uploaded file; endpoint must be /v1/chat/completions"}})
            bid = self._id("batch")
            self.batches[bid] = {
                "id": bid, "object": "batch", "endpoint": req["endpoint"], "input_file_id": req["input_file_id"],
                "completion_window": req.get("completion_window", "24h"), "status": "validating", "created_at": int(time.time()),
                "output_file_id": None, "error_file_id": None, "metadata": req.get("metadata"), "errors": None,
                "request_counts": {"total": 0, "completed": 0, "failed": 0}, "_polls": 0, "_auth": h.headers.get("Authorization", ""),
            }
            return self._json(h, 200, _public(self.batches[bid]))
        if kind == "batches" and rest:
            b = self.batches.get(rest[0])
            if b is None:
                return self._json(h, 404, {"error": {"message": f"no batch {rest[0]}"}})
            if rest[1:] == ["cancel"] and method == "POST":
                b["status"] = "cancelled"
            elif method == "GET":
                self._advance(b)
            return self._json(h, 200, _public(b))
        return self._json(h, 404, {"error": {"message": f"no route {method} /{kind}/{'/'.join(rest)}"}})

    def _advance(self, b: dict) -> None:
        if b["status"] in ("completed", "failed", "expired", "cancelled"):
            return
        b["_polls"] += 1
        if b["_polls"] < self.polls_to_finish:
            b["status"] = "in_progress"
            return
        if self.fail_status:
            b["status"] = self.fail_status
            return
        out, err = [], []
        lines = [json.loads(x) for x in self.files[b["input_file_id"]]["data"].decode("utf-8").splitlines() if x.strip()]
        for n, line in enumerate(lines):
            payload = json.dumps(line["body"], ensure_ascii=False).encode("utf-8")
            status, data, _ = self._upstream("POST", "/v1/chat/completions", payload, {"Content-Type": "application/json", "Authorization": b["_auth"]})
            try:
                resp_body = json.loads(data)
            except ValueError:
                resp_body = {"raw": data.decode("utf-8", "replace")}
            row = {"id": f"batch_req_{n}", "custom_id": line["custom_id"], "response": {"status_code": status, "request_id": f"req_{n}", "body": resp_body}, "error": None}
            (out if status == 200 else err).append(json.dumps(row, ensure_ascii=False))
        for rows, field in ((out, "output_file_id"), (err, "error_file_id")):
            if rows:
                fid = self._id("file")
                data = ("\n".join(rows) + "\n").encode("utf-8")
                self.files[fid] = {"id": fid, "object": "file", "bytes": len(data), "created_at": int(time.time()), "filename": f"{field}.jsonl", "purpose": "batch_output", "data": data}
                b[field] = fid
        b["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(err)}
        b["status"] = "completed"


def _public(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if not k.startswith("_") and k != "data"}


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """Fields of a multipart/form-data body: name → (filename, bytes)."""
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    out: dict[str, tuple[str | None, bytes]] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            out[name] = (part.get_filename(), part.get_payload(decode=True) or b"")
    return out


def grounded_reply(req):
    """A reply that passes the LLM engine's checks: the schema filled with quotes copied from the
    request's documents (figures read from them), answers citing the request's first document id
    (tests/fakeserver.py's auto_reply, made to ground)."""
    import re

    from fakeserver import Reply, auto_reply, body_of, document_of, fill_schema, quotes_of, schema_of

    schema = schema_of(req)
    if schema is None:
        return auto_reply(req)
    blocks = [(m.group(1), body_of(m.group(2))) for m in re.finditer(r'<document\b[^>]*\bid="([^"]+)"[^>]*>((?:(?!<document\b).)*?)</document>', req.user, re.S)]
    blocks = [b for b in blocks if any(len(q) >= 8 for q in quotes_of(b[1]))]
    ids = [b[0] for b in blocks]
    doc = blocks[0][1] if blocks else document_of(req)  # an answer quotes the document it names
    quotes = [q for q in quotes_of(doc) if len(q) >= 8] or quotes_of(doc)
    obj = fill_schema(schema, quotes)

    def fix(node):
        if isinstance(node, dict):
            if "doc" in node and ids:
                node["doc"] = ids[0]
            for v in node.values():
                fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)

    fix(obj)
    return Reply(content=obj)
