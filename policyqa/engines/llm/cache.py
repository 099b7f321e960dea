"""The LLM cache: one SQLite file of responses keyed by everything that shaped the request.

    cache = Cache()                       # $POLICYQA_CACHE_DIR, else $XDG_CACHE_HOME/policyqa, else ~/.cache/policyqa
    k = cache.key(endpoint=url, model=m, prompt="summarize", prompt_version="3",
                  messages=messages, schema=schema, params={"temperature": 0})
    hit = cache.get(k)                    # dict | None
    cache.put(k, response_dict)

A key is the sha256 of the canonical JSON (sorted keys, no spaces) of the parts given, so the
same request always gets the same key and any change of endpoint, model, prompt version,
message, schema or parameter gets a new one. Anything named like a credential (``api_key``,
``authorization``, ``secret``, ``password``…) is stripped from the key material and from stored
values, and user names, passwords and query strings are dropped from endpoint URLs: no key is
ever written to the file.

Writes are transactions in WAL mode with a busy timeout, so threads and several processes can
share a file; the writes a Cache's threads make while one of them commits go together in its next
transaction (the threads of a batch do not queue to commit one by one). Because the key does not depend on the time or on
the API key, a run recorded against a real API replays offline with the same outputs.

A request under way holds a lease on its key (a row with the owner's host, pid and an expiry):
another thread or process about to send the same request waits for its answer instead
(:meth:`Cache.acquire`, :meth:`Cache.release`, :meth:`Cache.entry`). A lease whose owner died
(same host, pid gone) or whose time ran out is taken over.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import sqlite3
import threading
import uuid
import time
import weakref
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import urlsplit, urlunsplit

from ...errors import ConfigError
from ...files import default_cache_dir  # noqa: F401  (where the cache lives; re-exported here)
from ... import patterns

FILE_NAME = "llm.sqlite"
FORMAT = 2  # part of every key: bump to invalidate every entry when the stored shape changes (2: replies marked valid or not)

# names that hold a credential; stripped wherever they appear (``max_tokens`` and ``prompt_tokens`` are not credentials)
_SECRET_NAME = patterns.compile(
    r"^(?:x[-_])?(?:api[-_]?key|apikey|authorization|proxy[-_]authorization|bearer|secret|client[-_]secret|password|passwd|"
    r"access[-_]?token|refresh[-_]?token|auth[-_]?token|session[-_]?token|id[-_]token|cookie|set[-_]cookie)$",
    re.IGNORECASE,
)
_SECRET_VALUE = patterns.compile(r"^\s*bearer\s+[A-Za-z0-9._~+/=-]{8,}\s*$", re.IGNORECASE)  # an Authorization header's value

_ENTRY_AND_LEASE = ("SELECT e.value, e.created, l.host, l.pid, l.expires FROM (SELECT ? AS k) AS q "
                    "LEFT JOIN entries AS e ON e.key = q.k LEFT JOIN leases AS l ON l.key = q.k")
_TAKE_FREE = ("INSERT INTO leases(key, owner, host, pid, expires) SELECT ?, ?, ?, ?, ? "
              "WHERE NOT EXISTS (SELECT 1 FROM entries WHERE key = ?) ON CONFLICT(key) DO NOTHING")
_COUNT = "INSERT INTO counters(name, value) VALUES(?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created REAL NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS leases (
    key TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    expires REAL NOT NULL
);
"""
_HOST = socket.gethostname()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def is_secret_name(name: str) -> bool:
    """True for a field or header name that holds a credential."""
    return bool(_SECRET_NAME.match(str(name)))


def scrub(value: Any) -> Any:
    """``value`` with every credential-named field removed and bearer strings blanked (recursively)."""
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items() if not is_secret_name(k)}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    if isinstance(value, str) and _SECRET_VALUE.match(value):
        return ""
    return value


def endpoint_id(url: str | None) -> str | None:
    """The endpoint as it goes into a key: no user name, password, query or fragment; no trailing slash."""
    if url is None:
        return None
    parts = urlsplit(str(url).strip())
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host.lower(), parts.path.rstrip("/"), "", ""))


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, (set, frozenset)):
        return sorted(obj, key=repr)
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    if isinstance(obj, bytes):
        return obj.decode("utf-8", "replace")
    raise TypeError(f"cannot put a {type(obj).__name__} into a cache key")


def _dump(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _material(parts: dict[str, Any]) -> dict[str, Any]:
    clean = scrub(dict(parts))
    for name in ("endpoint", "base_url"):
        if isinstance(clean.get(name), str):
            clean[name] = endpoint_id(clean[name])
    return {"format": FORMAT, **clean}


def canonical(parts: dict[str, Any]) -> str:
    """The canonical JSON of key parts (credentials stripped, endpoint normalised)."""
    return _dump(_material(parts))


def canonical_bytes(value: Any) -> bytes:
    """The canonical JSON (UTF-8) of one part of a key, credentials stripped: what :func:`keyer` hashes."""
    return _dump(scrub(value)).encode("utf-8")


def keyer(vary: str, **fixed: Any) -> Callable[[Any], str]:
    """``f(value) == Cache.key(**fixed, **{vary: value})``, the fixed parts serialised once: for
    many requests that differ only in their messages. The key is the same sha256 of the same
    canonical JSON (its top-level keys sorted, so the varying part is spliced in at its place)."""
    if vary in fixed:
        raise ValueError(f"{vary!r} is both fixed and varying")
    material = _material(fixed)
    if is_secret_name(vary):  # stripped from the key material: it never changes the key
        const = hashlib.sha256(_dump(material).encode("utf-8")).hexdigest()
        return lambda value, encoded=None: const
    lo = {k: v for k, v in material.items() if k < vary}
    hi = {k: v for k, v in material.items() if k > vary}
    head = _dump(lo)[:-1] + ("," if lo else "") + _dump(vary) + ":"
    tail = ("," if hi else "") + _dump(hi)[1:]
    start, end = hashlib.sha256(head.encode("utf-8")), tail.encode("utf-8")

    def key(value: Any, encoded: bytes | None = None) -> str:
        """``encoded``: ``canonical_bytes(value)``, when the caller has made it already (and sends it)."""
        h = start.copy()
        data = canonical_bytes(value) if encoded is None else encoded
        for i in range(0, len(data), _HASH_PIECE):  # the same digest as one update
            h.update(data[i : i + _HASH_PIECE])
        h.update(end)
        return h.hexdigest()

    return key


# hashlib lets go of the interpreter lock to hash 2,048 bytes or more at once (and then at every later
# update of that hash): a request's messages hashed in smaller pieces keep it, as hashing 10 kB takes
# microseconds, and a thread of a batch that let go of the lock waits to get it back
_HASH_PIECE = 2047


def _flush_counts(path: Path, pending: dict[str, int]) -> None:
    """Write hit/miss counts still pending when a Cache is dropped or the interpreter exits."""
    if not any(pending.values()):
        return
    try:
        with sqlite3.connect(path, timeout=5.0) as conn:
            conn.executemany(_COUNT, [(name, n) for name, n in pending.items() if n])
    except sqlite3.Error:
        return
    pending.update(hits=0, misses=0)


class _Job:
    """One write's work in a transaction, and its outcome for the thread that asked for it."""

    def __init__(self, fn: Callable[[sqlite3.Connection], Any]):
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.lead = False
        self.wake = threading.Event()  # set when done, or when its thread is to lead the next commit

    def finish(self, error: BaseException | None = None) -> None:
        self.error = error
        self.done = True
        self.wake.set()


class Cache:
    """Responses by key in one SQLite file; safe to share between threads and processes."""

    def __init__(self, path: str | os.PathLike[str] | None = None):
        p = Path(path).expanduser() if path is not None else default_cache_dir() / FILE_NAME
        if p.is_dir():
            p = p / FILE_NAME
        self.path = p
        self.hits = 0  # this instance's lookups
        self.misses = 0
        self._pending = {"hits": 0, "misses": 0}  # counted, not yet written to the file
        self._finalizer: weakref.finalize | None = None
        self._lock = threading.Lock()
        self._jobs: list[_Job] = []  # writes waiting for the next commit
        self._committing = False  # a thread is committing (the leader)
        self._wconn: sqlite3.Connection | None = None  # the leader's connection
        self._opening = threading.Lock()
        self._conns: list[sqlite3.Connection] = []  # every connection open, to close
        self._idle: list[sqlite3.Connection] = []  # those free for a read
        self._ready = False

    def __repr__(self) -> str:
        return f"Cache({str(self.path)!r})"

    # -- keys ------------------------------------------------------------------------------------
    @staticmethod
    def key(**parts: Any) -> str:
        """sha256 of the canonical JSON of the parts: endpoint, model, prompt, prompt_version, messages, schema, params…"""
        return hashlib.sha256(canonical(parts).encode("utf-8")).hexdigest()

    # -- storage ---------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            if not self._ready:
                with self._lock:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.executescript(_SCHEMA)
                    self._ready = True
            conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as e:
            raise ConfigError(f"{self.path}: cannot open the LLM cache ({e}); set POLICYQA_CACHE_DIR or pass --cache PATH") from e
        with self._lock:
            self._conns.append(conn)
            if self._finalizer is None:  # counts still pending when the cache is dropped or at exit
                self._finalizer = weakref.finalize(self, _flush_counts, self.path, self._pending)
        return conn

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for one read, kept for the next (the 64 threads of a batch share a few rather than each opening its own)."""
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
        try:
            yield conn
        finally:
            with self._lock:
                if any(c is conn for c in self._conns):  # not closed meanwhile
                    self._idle.append(conn)

    def open(self) -> None:
        """Open the file now (its tables made, a connection to read and the one to write), rather than in the first lookup."""
        with self._reading():
            pass
        self._writer_conn()

    def _writer_conn(self) -> sqlite3.Connection:
        with self._opening:
            if self._wconn is None:
                self._wconn = self._open()
            return self._wconn

    # -- writes: the writes waiting together go in one transaction (group commit) -----------------
    def _write(self, statements: list[tuple[str, tuple]]) -> None:
        """Run ``statements`` in one transaction, with the hit/miss counts gathered since the last one."""
        with self._lock:
            if not statements and not any(self._pending.values()):
                return

        def run(conn: sqlite3.Connection) -> None:
            for sql, args in statements:
                conn.execute(sql, args)

        self._transact(run)

    def _transact(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """``fn(conn)`` inside a write transaction; its result, or its error.

        One thread at a time commits (the leader): every write waiting when it starts, its own among
        them, in one transaction with the pending hit/miss counts; then the first write that arrived
        meanwhile leads the next. Threads that each committed alone queued on one lock, each commit
        waiting for the GIL at every statement while it held the lock: with 64 threads in a batch the
        writes, not the provider, set the pace. A write whose transaction fails is run again alone, so
        an error (a full disk, a lock held too long by another process) is its own."""
        job = _Job(fn)
        with self._lock:
            self._jobs.append(job)
            job.lead = not self._committing
            self._committing = True
        if not job.lead:
            job.wake.wait()  # done by a leader, or asked to lead
        if not job.done:
            self._lead()
        if job.error is not None:
            raise job.error
        return job.result

    def _lead(self) -> None:
        """Commit every write waiting, then pass the lead to the first that arrived meanwhile (or none)."""
        with self._lock:
            jobs, self._jobs = self._jobs, []
        try:
            conn = self._writer_conn()
            if len(jobs) > 1:
                try:
                    self._commit(conn, jobs)
                except Exception:  # noqa: BLE001  run each alone: its error is its own
                    pass
                else:
                    for job in jobs:
                        job.finish()
            for job in jobs:
                if not job.done:
                    try:
                        self._commit(conn, [job])
                    except Exception as e:  # noqa: BLE001
                        job.finish(error=e)
                    else:
                        job.finish()
        except BaseException as e:  # a cache that cannot be opened (ConfigError), an interrupt: every write taken fails with it
            for job in jobs:
                if not job.done:
                    job.finish(error=e)
            raise
        finally:
            with self._lock:
                if self._jobs:
                    self._jobs[0].lead = True
                    self._jobs[0].wake.set()
                else:
                    self._committing = False

    def _commit(self, conn: sqlite3.Connection, jobs: list[_Job]) -> None:
        """Run ``jobs`` and the pending counts in one transaction (retried while another process holds the file locked)."""
        with self._lock:
            counts = dict(self._pending)
            self._pending.update(hits=0, misses=0)
        try:
            for attempt in range(5):
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        for job in jobs:
                            job.result = job.fn(conn)
                        for name, n in counts.items():
                            if n:
                                conn.execute(_COUNT, (name, n))
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise
                    conn.execute("COMMIT")
                    return
                except sqlite3.OperationalError as e:  # "database is locked" past the busy timeout: try again
                    if "locked" not in str(e) or attempt == 4:
                        raise
                    time.sleep(0.05 * (attempt + 1))
        except BaseException:
            with self._lock:  # the counts are not lost with the write
                for name, n in counts.items():
                    self._pending[name] += n
            raise

    def get(self, key: str) -> dict | None:
        """The value stored under ``key``, or None (counts a hit or a miss; the counts reach the
        file with the next write, every 64 lookups, ``stats()``, ``close()`` or at exit)."""
        got = self.entry(key)
        self.count(got is not None)
        return None if got is None else got[0]

    def entry(self, key: str) -> tuple[dict, float] | None:
        """``(value, created)`` stored under ``key``, or None; counts nothing."""
        with self._reading() as conn:
            row = conn.execute("SELECT value, created FROM entries WHERE key = ?", (key,)).fetchone()
        return None if row is None else (json.loads(row[0]), float(row[1]))

    def count(self, hit: bool) -> None:
        """Count one lookup as a hit or a miss (a full disk keeps the counts pending: never an error)."""
        with self._lock:
            name = "hits" if hit else "misses"
            setattr(self, name, getattr(self, name) + 1)
            self._pending[name] += 1
            flush = sum(self._pending.values()) >= 64
        if flush:
            try:
                self._write([])
            except (sqlite3.Error, OSError):
                pass

    # -- leases ------------------------------------------------------------------------------------
    @property
    def owner(self) -> str:
        """This instance's name on the leases it holds."""
        if not hasattr(self, "_owner"):
            self._owner = f"{_HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        return self._owner

    def acquire(self, key: str, seconds: float, *, answered: Any = None) -> bool:
        """Take the lease on ``key`` for ``seconds`` (True), or find it held by a live owner (False).
        A lease past its expiry, or held by a process of this host that is gone, is taken over.
        ``answered(value, created)``: when an entry stored meanwhile satisfies it, no lease is taken
        (False: read the entry), so a request answered between a lookup and this call is not sent again."""
        def take(conn: sqlite3.Connection) -> bool:
            now = time.time()
            if conn.execute(_TAKE_FREE, (key, self.owner, _HOST, os.getpid(), now + seconds, key)).rowcount == 1:
                return True  # neither an entry nor a lease: taken in one statement (a batch's every new request)
            value, created, *row = conn.execute(_ENTRY_AND_LEASE, (key,)).fetchall()[0]  # one statement: the GIL is waited for once
            if answered is not None and value is not None and answered(json.loads(value), float(created)):
                return False
            if row[0] is not None and (row[2] < now or (row[0] == _HOST and not _alive(int(row[1])))):
                conn.execute("DELETE FROM leases WHERE key = ?", (key,))
                row[0] = None
            if row[0] is None:
                conn.execute("INSERT INTO leases(key, owner, host, pid, expires) VALUES(?, ?, ?, ?, ?)", (key, self.owner, _HOST, os.getpid(), now + seconds))
            return row[0] is None

        return self._transact(take)

    def holder(self, key: str) -> str | None:
        """Who holds the lease on ``key`` (host:pid:id), or None."""
        with self._reading() as conn:
            row = conn.execute("SELECT owner FROM leases WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def release(self, key: str) -> None:
        """Give up this instance's lease on ``key`` (nothing when it holds none)."""
        self._write([("DELETE FROM leases WHERE key = ? AND owner = ?", (key, self.owner))])

    def put(self, key: str, value: dict, *, release: bool = False) -> None:
        """Store ``value`` (a JSON-able dict, credentials stripped) under ``key``, in one transaction
        (``release``: giving up this instance's lease on ``key`` in the same one)."""
        if not isinstance(value, dict):
            raise TypeError("a cache value is a dict")
        text = json.dumps(scrub(value), ensure_ascii=False, separators=(",", ":"), default=_jsonable)
        statements = [("INSERT OR REPLACE INTO entries(key, value, created, hits) VALUES(?, ?, ?, 0)", (key, text, time.time()))]
        if release:
            statements.append(("DELETE FROM leases WHERE key = ? AND owner = ?", (key, self.owner)))
        self._write(statements)

    def __contains__(self, key: str) -> bool:
        with self._reading() as conn:
            return conn.execute("SELECT 1 FROM entries WHERE key = ?", (key,)).fetchone() is not None

    def __bool__(self) -> bool:  # a cache is a cache even while empty (``cache or default`` must not drop it)
        return True

    def __len__(self) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def stats(self) -> dict:
        """entries, bytes (the file with its WAL), hits and misses (all time, in this file), path."""
        self._write([])
        with self._reading() as conn:
            entries = int(conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
            counters = dict(conn.execute("SELECT name, value FROM counters").fetchall())
        size = sum(os.path.getsize(f) for f in (self.path, Path(f"{self.path}-wal")) if os.path.exists(f))
        return {"path": str(self.path), "entries": entries, "bytes": size, "hits": int(counters.get("hits", 0)), "misses": int(counters.get("misses", 0))}

    def clear(self) -> int:
        """Remove every entry and reset the counters; returns how many entries there were."""
        n = len(self)
        with self._lock:
            self._pending.update(hits=0, misses=0)
        self._write([("DELETE FROM entries", ()), ("DELETE FROM counters", ()), ("DELETE FROM leases", ())])
        with self._reading() as conn:
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("VACUUM")
            except sqlite3.OperationalError:  # another process is reading: the space is reused later
                pass
        return n

    def close(self) -> None:
        """Write the pending counts and close every connection this instance opened (a later call opens them again)."""
        if self._conns:
            try:
                self._write([])
            except sqlite3.Error:
                pass
        with self._lock:
            conns, self._conns, self._idle, self._wconn = self._conns, [], [], None
        for c in conns:
            try:
                c.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
