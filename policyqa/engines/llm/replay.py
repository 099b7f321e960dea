"""Judged replies in the LLM cache: what a client replays, waits for, stores, and could not store.

    store = ReplyStore(cache, lease_seconds=660)
    hit = store.lookup(key)             # a reply to replay; else None with the lease on key held
    store.save(key, value)              # {"content", ..., "valid": bool}: stored, lease released

A valid reply is replayed by every later run. A reply marked invalid is replayed only during the
run that stored it (this client, or a process running beside it: ``created`` after ``started``), so
a rerun asks again what failed. A key without a usable reply is leased before its request is sent:
another thread or process that wants it waits for the reply instead of sending the same request
(the lease of a dead owner, or one past its time, is taken over). A reply the cache cannot store (a
full disk) is kept in memory for the rest of the run and counted in ``unsaved``.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import Any, Callable

CACHE_ERRORS = (sqlite3.Error, OSError)


class ReplyStore:
    """One client's view of the cache: replay, leases, judged replies, and what could not be stored."""

    def __init__(self, cache: Any, *, lease_seconds: float = 660.0, started: float | None = None):
        self.cache = cache
        self.lease_seconds = lease_seconds
        self.started = time.time() if started is None else started  # replies marked invalid before this are asked again
        self.unsaved = 0
        self.unsaved_reason: str | None = None
        self._memory: dict[str, dict] = {}
        self._lock = threading.Lock()

    def usable(self, value: Any, created: float) -> bool:
        """A stored reply to replay: a valid one, or one marked invalid during this run."""
        return isinstance(value, dict) and isinstance(value.get("content"), str) and (value.get("valid", True) is not False or created >= self.started)

    def lookup(self, key: str, *, left: Callable[[], float | None] = lambda: None, expired: Callable[[], Exception] | None = None,
               sleep: Callable[[float], None] = time.sleep) -> dict | None:
        """A stored reply to replay; else None, with the lease on ``key`` held (or no lease, when the
        cache cannot hold one). While another thread or process holds it, waits for its reply (``sleep``
        between looks); when ``left()`` (the seconds left to the caller's deadline) runs out, raises ``expired()``."""
        if key in self._memory:
            return self._memory[key]
        if not hasattr(self.cache, "acquire"):  # a plain get/put cache: no leases
            try:
                hit = self.cache.get(key)
            except CACHE_ERRORS:
                return None
            return hit if hit is not None and self.usable(hit, 0.0) else None
        pause = 0.02
        while True:
            try:
                got = self.cache.entry(key)
                if got is not None and self.usable(*got):
                    self.cache.count(True)
                    return got[0]
                if self.cache.acquire(key, self.lease_seconds, answered=self.usable):
                    self.cache.count(False)
                    return None
            except CACHE_ERRORS:
                return None  # the cache cannot lease: send without one
            remaining = left()
            if remaining is not None and remaining <= 0 and expired is not None:
                raise expired()
            sleep(pause if remaining is None else max(0.0, min(pause, remaining)))
            pause = min(pause * 1.5, 0.25)

    def release(self, key: str | None) -> None:
        """Give up the lease on ``key`` (a request that failed or was never judged)."""
        if key is None:
            return
        try:
            self.cache.release(key)
        except (*CACHE_ERRORS, AttributeError):
            pass

    def save(self, key: str, value: dict) -> None:
        """Store a judged reply and give up its lease, in one transaction; on a cache that cannot
        store it, keep it in memory for this run and count it."""
        try:
            if hasattr(self.cache, "acquire"):
                self.cache.put(key, value, release=True)
            else:
                self.cache.put(key, value)
        except CACHE_ERRORS as e:
            with self._lock:
                self._memory[key] = value
                self.unsaved += 1
                self.unsaved_reason = str(e) or type(e).__name__
            self.release(key)

    @property
    def problem(self) -> str | None:
        """What could not be written to the cache in this run, as one line (None: nothing)."""
        if not self.unsaved:
            return None
        where = getattr(self.cache, "path", "the cache")
        n = self.unsaved
        return (f"{n} repl{'ies' if n != 1 else 'y'} could not be written to the LLM cache {where} ({self.unsaved_reason}): "
                f"they were used in this run, and the next run asks for them again")
