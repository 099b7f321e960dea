"""Numbers as Chinese plans write them, and units brought to one scale.

    parse_number("3.6万")      -> 36000.0        parse_number("两千三百") -> 2300.0
    parse_number("百分之三十") -> 30.0           parse_number("１,２００") -> 1200.0
    normalise(3.6, "万亩")     -> (36000.0, "亩")
    normalise(460, "亿元")     -> (46000000000.0, "元")

Arabic digits (half or full width, with thousands commas and a decimal point), Chinese
numerals (零〇一二两三四五六七八九十百千万亿, with 点 for a decimal point), and the scales
万 / 亿 / 千 / 百 / 十 after either. :func:`normalise` moves a scale written into a unit
(万亩, 亿件, 万标箱, 亿元) into the value, so two figures written differently compare equal;
the text as written is kept elsewhere (``Target.original``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from .. import patterns

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
SMALL_SCALES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_SCALES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
SCALES = {**SMALL_SCALES, **BIG_SCALES}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SCALES) + "点點"

# Units that are themselves words with a scale-looking first character: never split them.
_FIXED_UNITS = ("千瓦时", "千瓦", "千米", "千克", "千帕", "百分点", "个百分点", "千分点")
_PERCENT = {"%": "%", "％": "%", "‰": "‰", "百分点": "个百分点", "个百分点": "个百分点"}

_ARABIC = patterns.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _arabic(text: str) -> tuple[float, str] | None:
    """The Arabic number at the start of ``text`` (already NFKC) and the rest."""
    m = _ARABIC.match(text)
    if not m:
        return None
    return float(m.group().replace(",", "")), text[m.end() :]


def _chinese_int(text: str) -> int | None:
    """A whole Chinese numeral: 一百二十 → 120, 两千三百 → 2300, 十万 → 100000, 三千零五 → 3005."""
    if not text:
        return None
    if len(text) > 1 and all(c in DIGITS for c in text):  # digit by digit: 二〇二三 → 2023
        return int("".join(str(DIGITS[c]) for c in text))
    total = 0  # sum of completed 亿 / 万 groups
    section = 0  # inside the current 万 group
    digit: int | None = None
    for ch in text:
        if ch in DIGITS:
            if DIGITS[ch] or digit is None:  # 零 keeps the place: 三千零五
                digit = DIGITS[ch]
        elif ch in SMALL_SCALES:
            section += (1 if digit is None else digit) * SMALL_SCALES[ch]
            digit = None
        elif ch in BIG_SCALES:
            scale = BIG_SCALES[ch]
            group = section + (digit or 0)
            if group == 0:
                group = 1 if total == 0 else 0
            if group == 0:  # 亿 after 万: 万亿
                total *= scale
            else:
                total = (total + group) * scale if scale > 10_000 else total + group * scale
            section = 0
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def _chinese(text: str) -> float | None:
    """A Chinese numeral, possibly with a decimal part (三点五 → 3.5, 一点二万 → 12000)."""
    for sep in ("点", "點"):
        if sep in text:
            whole, _, rest = text.partition(sep)
            frac_digits = ""
            i = 0
            while i < len(rest) and rest[i] in DIGITS:
                frac_digits += str(DIGITS[rest[i]])
                i += 1
            scale_part = rest[i:]
            w = _chinese_int(whole) if whole else 0
            if w is None or not frac_digits or not all(c in SCALES for c in scale_part):
                return None
            value = w + float("0." + frac_digits)
            for c in scale_part:
                value *= SCALES[c]
            return value
    v = _chinese_int(text)
    return None if v is None else float(v)


_MIXED_PART = patterns.compile(r"(\d[\d,]*(?:\.\d+)?)([萬万億亿千仟百佰]*)")


def _mixed(s: str) -> float | None:
    """Arabic digits between scales, as Taiwan's and Hong Kong's texts write them: 18萬119 → 180119, 1千1百 → 1100,
    2億6,000萬 → 260000000, 485萬2,877 → 4852877 (each part times its scale, the scales falling). One digit after a scale (1万5) is not read: it is
    said for 15000 as often as written for 10005."""
    total, last, pos = 0.0, float("inf"), 0
    for m in _MIXED_PART.finditer(s):
        if m.start() != pos:
            return None
        a = _arabic(m.group(1))
        if a is None or a[1]:
            return None
        scale = 1.0
        for ch in m.group(2):
            scale *= SCALES[ch]
        if scale >= last:
            return None
        total, last, pos = total + a[0] * scale, scale, m.end()
    if last == 1.0 and len(m.group(1)) == 1:  # 1万5: said for 15000 as often as written for 10005; not read
        return None
    return total if pos == len(s) and pos else None


_THOUSANDS_SPACE = patterns.compile(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))")


def parse_number(text: str) -> float | None:
    """The number ``text`` writes, or None when it is not one number.

    Accepts Arabic digits (full-width too, thousands commas, decimals), an Arabic number
    followed by scales (3.6万 → 36000, 1.2万亿 → 1.2e12), Chinese numerals (十万, 两千三百,
    一百二十, 三点五), percentages written out (百分之三十 → 30), fractions (三分之一 → 1/3) and a
    sign written out (负8.6 → -8.6). Surrounding spaces are
    ignored; anything else (units, words) makes it None.
    """
    if not isinstance(text, str):
        return None
    return _parse_number(text)


@lru_cache(maxsize=8192)
def _parse_number(text: str) -> float | None:
    """parse_number of a str (remembered: the same figures are read again and again, in a plan's
    claims, quotes and targets)."""
    s = unicodedata.normalize("NFKC", text).strip().replace("，", ",")
    s = _THOUSANDS_SPACE.sub("", s)  # 7 000 (thousands by a space)
    if not s:
        return None
    if s[0] in "负負−" and len(s) > 1:  # a negative figure as a text writes it: 负8.6 (the contribution of a shrinking sector)
        v = _parse_number(s[1:])
        return None if v is None else -v
    if s.startswith("百分之"):
        s = s[3:]
        if not s:
            return None
    elif "分之" in s:  # a fraction: 三分之一 → 1/3
        den, _, num = s.partition("分之")
        d, n = parse_number(den), parse_number(num)
        return None if not d or n is None else n / d
    a = _arabic(s)
    if a is not None:
        value, rest = a
        if any(c.isdigit() for c in rest):
            return _mixed(s)
        for ch in rest:
            if ch not in SCALES:
                return None
            value *= SCALES[ch]
        return value
    if all(c in CHINESE_NUMERAL_CHARS for c in s):
        return _chinese(s)
    return None


def normalise(value: float, unit: str | None) -> tuple[float, str | None]:
    """``(value, unit)`` with a scale written into the unit moved into the value.

    万亩 → 亩 (×10⁴), 亿件 → 件 (×10⁸), 万标箱 → 标箱, 亿元 → 元, 万千瓦 → 千瓦,
    百分之 → %, ％ → %. Units without a scale (亩, 家, %, 个百分点, 千瓦) are returned as
    they are; the function is idempotent: ``normalise(*normalise(v, u)) == normalise(v, u)``.
    """
    if unit is None:
        return float(value), None
    u = unicodedata.normalize("NFKC", unit).strip()
    if u in _PERCENT:
        return float(value), _PERCENT[u]
    if u == "百分之":
        return float(value), "%"
    factor = 1.0
    while u and u not in _FIXED_UNITS and u[0] in SCALES and len(u) > 1:
        factor *= SCALES[u[0]]
        u = u[1:]
    value = float(value) * factor
    if factor != 1.0:
        value = round(value, 6) if abs(value) < 1e6 else float(round(value, 2))
    return value, u or None


def format_number(value: float) -> str:
    """A value as a plain string: 36000 not 36000.0, 0.5 stays 0.5."""
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")
