"""Words of short texts (a question, a claim) cut by jieba, without loading jieba's whole dictionary.

jieba keeps its dictionary (349,000 words and every prefix of each, 584,000 keys) as one Python
dict that every process unmarshals from jieba's cache file: about 0.55 s, to cut a question of
twenty characters. :func:`cutter` gives a :class:`jieba.Tokenizer` whose dictionary is the same
words, prefixes and frequencies in a marisa trie (``marisa-trie``), memory-mapped from a file in
the cache folder (``$POLICYQA_CACHE_DIR``, else ``$XDG_CACHE_HOME/policyqa``, else
``~/.cache/policyqa``): it opens in about a millisecond and cuts exactly as jieba's own dictionary
does (a test compares them), since jieba's exact and search modes only ask whether a piece of
the text is a word or a word's prefix and how frequent it is. The file is written once, from
jieba's ``dict.txt``, the first time a process needs it (a second or two; its name holds jieba's
version and the dictionary's size and date, so a new jieba writes a new one). Where the file
cannot be written, jieba's own dictionary serves. Cutting a question (:func:`lcut`, and
:func:`search_tokens`, jieba's search mode) reads the trie alone: jieba itself is not imported.

Bulk segmentation (the ``jieba`` index tokenizer, part-of-speech tagging of measures) keeps
jieba's own dict, which is faster per lookup once loaded.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import patterns

_CUTTER: Any = None
_LOCK = threading.Lock()
JIEBA_LOCK = threading.RLock()  # jieba's first import and initialisation, one thread at a time
_TOTAL = ""  # the trie's key for jieba's total frequency (jieba never looks up an empty piece)


def cutter() -> Any:
    """A jieba tokenizer (``lcut``, ``cut``, ``tokenize``) over the memory-mapped dictionary; jieba's own where that cannot be had."""
    global _CUTTER
    if _CUTTER is None:
        with _LOCK:
            if _CUTTER is None:
                _CUTTER = _open() or _full()
    return _CUTTER


class _Words:
    """jieba's dictionary as :func:`lcut` and :func:`search_tokens` read it (``FREQ``, ``total``): the
    memory-mapped trie alone, without importing jieba (its import loads the HMM's tables, 10–20 ms
    of every command's start, for cutting that never uses them)."""

    __slots__ = ("FREQ", "total")

    def __init__(self, freq: Any, total: int):
        self.FREQ, self.total = freq, total


_WORDS: list[Any] = []
_WORDS_LOCK = threading.Lock()  # (not _LOCK: the fallback, cutter(), takes that one)


def _words() -> Any:
    """The trie's :class:`_Words`, or jieba's tokenizer where the trie cannot be had (read once)."""
    if not _WORDS:
        with _WORDS_LOCK:
            if not _WORDS:
                trie = _open_trie()
                if trie:
                    _WORDS.append(_Words(Frequencies(trie[0]), trie[1]))
                else:  # jieba's own: its tokenizer (cutter() gives the module then, whose tokenizer is jieba.dt)
                    cut = cutter()
                    _WORDS.append(getattr(cut, "dt", cut))
    return _WORDS[0]


def frequencies() -> Any:
    """jieba's ``FREQ`` (word or prefix → frequency, 0 for a prefix only) over the trie, without importing jieba."""
    return _words().FREQ


# jieba's blocks of a text: runs of Han characters, letters and digits (re_han_default), and the
# spaces between the rest (re_skip_default), as jieba 0.42 writes them
_HAN = patterns.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = patterns.compile("(\r\n|\\s)", re.U)


def search_tokens(text: str) -> list[tuple[str, int, int]]:
    """jieba's ``tokenize(text, mode="search", HMM=False)``: each word of :func:`lcut` with the
    dictionary words of two and three characters inside it first, as (word, start, end) (a test
    compares them)."""
    freq = _words().FREQ
    out: list[tuple[str, int, int]] = []
    start = 0
    for w in lcut(text):
        n = len(w)
        if n > 2:
            out += [(w[i : i + 2], start + i, start + i + 2) for i in range(n - 1) if freq.get(w[i : i + 2])]
        if n > 3:
            out += [(w[i : i + 3], start + i, start + i + 3) for i in range(n - 2) if freq.get(w[i : i + 3])]
        out.append((w, start, start + n))
        start += n
    return out


def lcut(text: str) -> list[str]:
    """``cutter().lcut(text, HMM=False)``: jieba's exact mode without its HMM, the same words, cut in
    a fraction of the time (a test compares them). jieba builds each block's DAG of dictionary words,
    then walks it backwards for the likeliest route, through three generators; here the DAG and the
    route are found in one backward pass, and each piece's log-frequency is remembered, the same
    number jieba computes (``log(freq or 1) - log(total)``, the same operations in the same order),
    so ties between routes fall the same way."""
    cut = _words()
    out: list[str] = []
    han, skip = _HAN, _SKIP
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            _cut_block(block, cut, out)
        else:
            for x in skip.split(block):
                if skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


_LOG_FREQ: dict[str, float] = {}  # piece → log(frequency or 1) - log(total), for the cutter in _LOG_OF
_LOG_OF: list[Any] = [None]


def _cut_block(block: str, cut: Any, out: list[str]) -> None:
    """jieba's ``__cut_DAG_NO_HMM`` of one block of Han characters, letters and digits, appended to ``out``."""
    from math import log

    if _LOG_OF[0] is not cut or len(_LOG_FREQ) >= _REMEMBERED:
        _LOG_FREQ.clear()
        _LOG_OF[0] = cut
    logs, get = _LOG_FREQ, cut.FREQ.get
    logtotal = log(cut.total)
    n = len(block)
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best = None
        best_x = k
        i = k
        frag = block[k]
        while i < n:
            f = get(frag)
            if f is None:  # neither a word nor the prefix of one
                break
            if f:  # a word: one way out of k
                lf = logs.get(frag)
                if lf is None:
                    lf = logs[frag] = log(f) - logtotal
                s = lf + score[i + 1]
                if best is None or s >= best:  # the later end wins a tie, as max() over (score, end) pairs picks it
                    best, best_x = s, i
            i += 1
            frag = block[k : i + 1]
        if best is None:  # no word starts here: the character alone
            piece = block[k]
            lf = logs.get(piece)
            if lf is None:
                lf = logs[piece] = log(get(piece) or 1) - logtotal
            best = lf + score[k + 1]
        score[k] = best
        nxt[k] = best_x
    x, buf = 0, ""
    while x < n:
        y = nxt[x] + 1
        word = block[x:y]
        if y - x == 1 and word.isascii() and word.isalnum():  # jieba's re_eng: one ASCII letter or digit
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)


def import_jieba() -> Any:
    """``import jieba``, without its import of setuptools' ``pkg_resources`` (0.05–0.25 s of scanning
    every installed package): jieba then opens its data files by path, the same files. The block
    is lifted as soon as jieba is imported, and is not set when ``pkg_resources`` is already loaded."""
    with JIEBA_LOCK:  # another thread's import under way leaves a half-made module in sys.modules
        if "jieba" in sys.modules:
            return sys.modules["jieba"]
        block = "pkg_resources" not in sys.modules
        if block:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "import pkg_resources" raises ImportError
        try:
            import jieba
        finally:
            if block and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
                del sys.modules["pkg_resources"]
        return jieba


def _full() -> Any:
    from .corpus import _jieba

    return _jieba()


_REMEMBERED = 1 << 16  # pieces whose answers Frequencies keeps (then it forgets them all and starts again)
_UNSEEN = -1  # no frequency is negative


class Frequencies:
    """jieba's ``FREQ`` (word or prefix → frequency, 0 for a prefix that is no word) read from a marisa trie.

    jieba asks of every piece of a text whether it is a word or a word's prefix, then how frequent
    it is (two or three lookups a piece), and the pieces of claims and questions recur (政策, 发展,
    建设 …): each answer from the trie is kept in a dict (None: neither word nor prefix), which
    answers again in a fraction of a trie lookup (the claims of a batch reply, 17 characters on average,
    are cut in about a third of the time)."""

    __slots__ = ("_trie", "_seen")

    def __init__(self, trie: Any):
        self._trie = trie
        self._seen: dict[str, int | None] = {}

    def _look_up(self, key: str) -> int | None:
        v = self._trie.get(key)
        f = v[0][0] if v else None
        if len(self._seen) >= _REMEMBERED:
            self._seen.clear()
        self._seen[key] = f
        return f

    def __contains__(self, key: str) -> bool:
        f = self._seen.get(key, _UNSEEN)
        if f == _UNSEEN:
            f = self._look_up(key)
        return f is not None

    def __getitem__(self, key: str) -> int:
        f = self._seen.get(key, _UNSEEN)
        if f == _UNSEEN:
            f = self._look_up(key)
        if f is None:
            raise KeyError(key)
        return f

    def get(self, key: str, default: int | None = None) -> int | None:
        f = self._seen.get(key, _UNSEEN)
        if f == _UNSEEN:
            f = self._look_up(key)
        return default if f is None else f


def dictionary_file() -> Path:
    """jieba's own dictionary, ``dict.txt`` beside its module (found without importing jieba)."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or not spec.origin:
        raise ImportError("jieba is not installed")
    return Path(spec.origin).with_name("dict.txt")


def trie_path() -> Path:
    """Where the trie of the installed jieba's dictionary is kept (named by the file's path, size
    and time: a new jieba, or a changed dictionary, gets a trie of its own)."""
    from ..files import default_cache_dir

    f = dictionary_file()
    st = f.stat()
    key = hashlib.sha1(f"{f}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return default_cache_dir() / f"jieba-{key}.marisa"


def _open_trie() -> tuple[Any, int] | None:
    """The memory-mapped trie of jieba's dictionary and its total frequency (written the first time), or None."""
    try:
        import marisa_trie
    except ImportError:
        return None
    try:
        path = trie_path()
        try:
            trie = marisa_trie.RecordTrie("<Q").mmap(str(path))
        except (OSError, ValueError, RuntimeError):
            _write(path)
            trie = marisa_trie.RecordTrie("<Q").mmap(str(path))
        total = trie.get(_TOTAL)
        if not total:
            return None
    except (OSError, ValueError, RuntimeError, ImportError):
        return None  # an unwritable cache folder: jieba's own dictionary
    return trie, total[0][0]


def _open() -> Any:
    found = _open_trie()
    if found is None:
        return None
    jieba = import_jieba()
    t = jieba.Tokenizer()
    t.FREQ, t.total, t.initialized = Frequencies(found[0]), found[1], True
    return t


def _write(path: Path) -> None:
    """The trie of jieba's ``dict.txt`` (jieba's own parser), written whole or not at all."""
    import marisa_trie

    jieba = import_jieba()
    with open(dictionary_file(), "rb") as f:
        freq, total = jieba.Tokenizer.gen_pfdict(f)
    trie = marisa_trie.RecordTrie("<Q", [(k, (v,)) for k, v in freq.items()] + [(_TOTAL, (total,))])
    _save(trie, path)


def _save(trie: Any, path: Path) -> None:
    """Save a marisa trie to ``path`` whole or not at all (marisa writes by file name, so
    :func:`policyqa.files.write_atomic`, which writes text, does not serve)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        trie.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_TAGS: list[Any] = []  # [the tags' trie, or None where it cannot be had]
_TAGS_LOCK = threading.Lock()


@lru_cache(maxsize=1 << 14)
def tag(word: str) -> str | None:
    """jieba's part of speech for ``word`` (``n``, ``v``, ``ns`` …), as its ``dict.txt`` gives it; None
    when the dictionary does not hold the word. The tags are read from a marisa trie memory-mapped
    from the cache folder (written from ``dict.txt`` the first time, beside the frequencies' trie),
    a lookup of microseconds; where it cannot be written, the file itself is searched."""
    if not _TAGS:
        with _TAGS_LOCK:
            if not _TAGS:
                _TAGS.append(_open_tags())
    tags = _TAGS[0]
    if tags is not None:
        found = tags.get(word)
        return found[0].decode("ascii", "replace") if found else None
    data = _dict_bytes()
    i = data.find(b"\n" + word.encode("utf-8") + b" ")
    if i < 0:
        return None
    line = data[i + 1 : data.find(b"\n", i + 1)].split()
    return line[-1].decode("ascii", "replace") if len(line) >= 3 else None


def tags_path() -> Path:
    """Where the trie of the installed jieba dictionary's parts of speech is kept."""
    path = trie_path()
    return path.with_name(path.stem + "-tags.marisa")


def _open_tags() -> Any:
    try:
        import marisa_trie
    except ImportError:
        return None
    try:
        path = tags_path()
        try:
            return marisa_trie.BytesTrie().mmap(str(path))
        except (OSError, ValueError, RuntimeError):
            _write_tags(path)
            return marisa_trie.BytesTrie().mmap(str(path))
    except (OSError, ValueError, RuntimeError):
        return None  # an unwritable cache folder: the file is searched


def _write_tags(path: Path) -> None:
    """The trie of word → part of speech of jieba's ``dict.txt`` (lines "word frequency tag"), written whole or not at all."""
    import marisa_trie

    items = []
    for line in _dict_bytes().split(b"\n"):
        parts = line.split()
        if len(parts) >= 3:
            items.append((parts[0].decode("utf-8"), parts[-1]))
    trie = marisa_trie.BytesTrie(items)
    _save(trie, path)


_DICT_BYTES: list[bytes] = []


def _dict_bytes() -> bytes:
    """jieba's ``dict.txt``, read once, with a newline before its first line."""
    if not _DICT_BYTES:
        with _LOCK:
            if not _DICT_BYTES:
                _DICT_BYTES.append(b"\n" + dictionary_file().read_bytes())
    return _DICT_BYTES[0]
