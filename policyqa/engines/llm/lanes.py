"""The HTTP client the LLM client sends through when none is given: each request on a connection pool of its own.

    http = lanes_client()                   # an httpx2.Client with the SDK's defaults (openai.DefaultHttpxClient)
    openai.OpenAI(..., http_client=http)

One pool shared by a batch's threads set the batch's pace at 64 requests in flight: every request
and every response that closes takes the pool's lock and, holding it, looks at each idle
connection with a ``poll`` (a system call, so the thread lets go of the interpreter lock and waits
to get it back). While other threads validated and grounded their replies each such wait took
milliseconds, and the requests behind the lock waited for all of them: the last requests of a
batch of 100 plans at 64 took 100–290 ms from entering the pool to being written (measured).

Here a request takes a lane, an ``httpx2.HTTPTransport`` no other request uses until its response
is closed, and gives it back then; the lane last given back is taken first, so its connection is
the one most recently used. A lane's pool holds the one connection its requests use, so a request
looks at one connection and waits for no other thread. The lanes share one SSL context; as many
lanes exist as requests were ever in flight at once. Proxies from the environment work as with
the SDK's own client (``httpx2.Client`` mounts them beside the transport).
"""

from __future__ import annotations

import threading
from typing import Any, Callable, Iterator

import httpx2
import openai


class _GivesBack(httpx2.SyncByteStream):
    """A response's body that gives its lane back when it is closed (once)."""

    def __init__(self, stream: Any, back: Callable[[], None]):
        self._stream = stream
        self._back: Callable[[], None] | None = back

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            if hasattr(self._stream, "close"):
                self._stream.close()
        finally:
            back, self._back = self._back, None
            if back is not None:
                back()


class Lanes(httpx2.BaseTransport):
    """A transport that sends each request on a lane of its own (see the module doc)."""

    def __init__(self, keepalive_expiry: float | None = 5.0, trust_env: bool = True):
        self._expiry = keepalive_expiry  # the SDK's (httpx2's default): an idle connection is dropped after 5 s
        self._trust_env = trust_env
        self._ssl: Any = None
        self._free: list[httpx2.HTTPTransport] = []
        self._all: list[httpx2.HTTPTransport] = []
        self._lock = threading.Lock()

    def _lane(self) -> httpx2.HTTPTransport:
        with self._lock:
            if self._free:
                return self._free.pop()  # the one given back last: its connection is the freshest
            if self._ssl is None:  # made once, for every lane (loading the CA bundle costs milliseconds)
                self._ssl = httpx2.create_ssl_context(trust_env=self._trust_env)
            ssl = self._ssl
        lane = httpx2.HTTPTransport(verify=ssl, trust_env=self._trust_env,
                                    limits=httpx2.Limits(max_connections=None, max_keepalive_connections=1, keepalive_expiry=self._expiry))
        with self._lock:
            self._all.append(lane)
        return lane

    def _give_back(self, lane: httpx2.HTTPTransport) -> None:
        with self._lock:
            self._free.append(lane)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        lane = self._lane()
        try:
            response = lane.handle_request(request)
        except BaseException:
            self._give_back(lane)
            raise
        response.stream = _GivesBack(response.stream, lambda: self._give_back(lane))
        return response

    def close(self) -> None:
        with self._lock:
            lanes, self._all, self._free = self._all, [], []
        for lane in lanes:
            lane.close()

    def __len__(self) -> int:
        return len(self._all)


class _Client(openai.DefaultHttpxClient):  # type: ignore[misc, valid-type]
    """The SDK's defaults (timeout, limits, redirects) over lanes; closed when dropped, as the SDK's own client is."""

    def __del__(self) -> None:
        try:
            if not self.is_closed:
                self.close()
        except Exception:  # noqa: BLE001  (interpreter shutdown)
            pass


def lanes_client() -> httpx2.Client:
    """An ``httpx2.Client`` with the SDK's own defaults whose requests each take a lane."""
    return _Client(transport=Lanes())
