"""Writing files so that a reader never sees half of one.

:func:`write_atomic` writes to a temporary file beside the target, flushes it to disk and
renames it over the target: a full disk or an interrupted run leaves the previous file intact.
:func:`writable_dir` checks, before a long run, that its output folder can be written;
:func:`default_cache_dir` is where policyqa keeps what it can compute again (the LLM cache, jieba's trie).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError


def write_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` whole, or leave ``path`` as it was (the error propagates)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return p


def writable_dir(path: str | os.PathLike[str]) -> Path:
    """Make the folder ``path`` if needed and check that a file can be written in it; else InputError."""
    p = Path(path)
    try:
        p.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".policyqa-", dir=p)
        os.close(fd)
        os.unlink(tmp)
    except OSError as e:
        raise InputError(str(path), f"cannot write to this folder ({e.strerror or e})") from None
    return p


def default_cache_dir() -> Path:
    """``$POLICYQA_CACHE_DIR``, else ``$XDG_CACHE_HOME/policyqa``, else ``~/.cache/policyqa``."""
    if os.environ.get("POLICYQA_CACHE_DIR"):
        return Path(os.environ["POLICYQA_CACHE_DIR"]).expanduser()
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]).expanduser() / "policyqa"
    return Path.home() / ".cache" / "policyqa"
