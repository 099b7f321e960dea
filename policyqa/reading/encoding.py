"""Bytes to text: which encoding a file is in, decided once, and said in errors when it is none.

    decode(data, name) -> (text, encoding)

In order:

1. a byte-order mark: UTF-8, UTF-32, UTF-16 (the text must then read as text);
2. NUL bytes in a regular pattern (every second or fourth byte): UTF-16 or UTF-32 without a mark;
3. valid UTF-8 (stray NULs, as after every 。 of a damaged file, are left for cleaning to drop);
4. UTF-16 without a mark whose text is mostly Chinese;
5. the legacy encodings that decode the whole file strictly: GB18030 (GB2312, GBK), Big5 as
   used in Taiwan (cp950) and Hong Kong (Big5-HKSCS), and for long files Japanese (cp932,
   EUC-JP) and Korean (cp949). Big5 text also decodes as GB18030, into rare characters, and
   the reverse holds too: each candidate's text is scored by the share of its Chinese
   characters that are common ones (in GB2312, or in Big5's frequent-character block); the
   best wins, charset-normalizer breaks ties, and a Japanese or Korean encoding is taken only
   when charset-normalizer names it and no Chinese reading scores well.

Anything else is an :class:`~policyqa.errors.InputError` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError
from .. import patterns

BIG5_FAMILY = ("big5", "cp950", "big5hkscs")  # strict Big5, then Taiwan's and Hong Kong's supersets
OTHER_CJK = ("cp932", "euc_jp", "cp949")
SAMPLE = 100_000  # characters scored per candidate
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its mark starts with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PLAUSIBLE = patterns.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\t\n\r\f\u00a0-\u024f]")
_CONTROL = patterns.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CJK = patterns.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding's name (see the module docstring)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(name, f"undecodable: has a {enc} byte-order mark but is not {enc}") from None
            if enc != "utf-8-sig" and plausible(text) < 0.8:
                raise InputError(name, f"undecodable: has a {enc.upper()} byte-order mark but does not read as {enc.upper()} text")
            return text, enc
    head = data[:4096]
    if b"\x00" in head:
        enc = _wide_by_pattern(head)
        if enc:
            text = _try(data, enc)
            if text is not None and plausible(text) >= 0.8:
                return text, enc
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if b"\x00" in head:
        for enc in ("utf-16-le", "utf-16-be"):  # CJK text in UTF-16 has few NULs
            text = _try(data, enc)
            if text is not None and plausible(text) >= 0.9 and cjk_share(text) > 0.3:
                return text, enc
        raise InputError(name, "binary file (contains NUL bytes), not text")
    best = _legacy(data)
    if best is None:
        raise InputError(name, "undecodable: not UTF-8, UTF-16, GB18030, Big5 (cp950, HKSCS) or another CJK encoding")
    return best


def plausible(text: str, sample: int = 20000) -> float:
    """Share of characters that ordinary Chinese or Latin text is made of."""
    head = text[:sample]
    return len(_PLAUSIBLE.findall(head)) / max(1, len(head))


def control_share(text: str, sample: int = 65536) -> float:
    """Share of control characters (not tabs, line or page breaks) in the start of ``text``."""
    head = text[:sample]
    return len(_CONTROL.findall(head)) / max(1, len(head))


def cjk_share(text: str, sample: int = 20000) -> float:
    head = text[:sample]
    return len(_CJK.findall(head)) / max(1, len(head))


def _try(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _wide_by_pattern(head: bytes) -> str | None:
    """UTF-32 or UTF-16 of mostly Latin text: NULs at every fourth or second byte."""
    n = len(head) // 4 * 4
    if n >= 8:
        q = [head[i:n:4].count(0) / (n // 4) for i in range(4)]
        if q[2] > 0.9 and q[3] > 0.9:
            return "utf-32-le"
        if q[0] > 0.9 and q[1] > 0.9:
            return "utf-32-be"
    half = max(1, len(head) // 2)
    even = head[0::2].count(0) / half
    odd = head[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _common(ch: str) -> bool:
    """A character of everyday Chinese: in GB2312, or in Big5's block of frequent characters."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xA4 <= b[0] <= 0xC6


def common_share(text: str, sample: int = SAMPLE) -> float:
    """Share of the Chinese characters in the start of ``text`` that are common ones (1.0 when there are none)."""
    chars = _CJK.findall(text[:sample])
    if not chars:
        return 1.0
    counts: dict[str, int] = {}
    for c in chars:
        counts[c] = counts.get(c, 0) + 1
    return sum(n for c, n in counts.items() if _common(c)) / len(chars)


def _legacy(data: bytes) -> tuple[str, str] | None:
    """The best strict decoding among the legacy CJK encodings, or None when none decodes."""
    scores: dict[str, float] = {}
    for family in (("gb18030",), BIG5_FAMILY):
        for enc in family:  # the first of a family that decodes: they agree where they overlap
            text = _try(data, enc)
            if text is not None:
                scores[enc] = common_share(text)
                break
    others = [enc for enc in OTHER_CJK if len(data) >= 2048 and _try(data, enc) is not None]
    if not scores and not others:
        return None
    top = max(scores.values(), default=0.0)
    tied = [enc for enc, s in scores.items() if s >= top - 0.02]
    choice = tied[0] if tied else others[0]
    if len(tied) > 1:
        choice = _normalizer_choice(data, tied) or choice
    if top < 0.8 and others:  # no Chinese reading is Chinese: Japanese or Korean, when the detector says so
        pick = _normalizer_choice(data, [*scores, *others])
        if pick in others:
            choice = pick
    return data.decode(choice), choice


def _normalizer_choice(data: bytes, candidates: list[str]) -> str | None:
    """charset-normalizer's pick among ``candidates`` (codec names), or None."""
    from charset_normalizer import from_bytes

    names = {codecs.lookup(c).name: c for c in candidates}
    try:
        match = from_bytes(data, cp_isolation=list(names)).best()
    except Exception:  # noqa: BLE001  (a detector's failure is no reason to fail the read)
        return None
    if match is None:
        return None
    return names.get(codecs.lookup(match.encoding).name)
