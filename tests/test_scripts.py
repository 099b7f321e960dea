"""Scripts: to_simplified leaves a short text as it is only where OpenCC's t2s would, and converts the rest."""

import random
import re
from pathlib import Path

import pytest

from policyqa.reading import scripts

ROOT = Path(__file__).parents[1]


def _opencc(text: str) -> str:
    return scripts._convert("t2s", text)


def test_a_text_left_as_it_is_is_what_opencc_returns():
    """On every sentence and stretch of the seed plans and the shared corpus, traditional and mixed
    texts and random strings: the same as OpenCC's t2s; and most simplified sentences skip the call."""
    unchanged = scripts._t2s_unchanged()
    assert unchanged is not None  # the installed OpenCC's dictionaries are read
    files = [f for d in (ROOT / "evals" / "plans", ROOT.parent / "shared" / "corpus") for f in sorted(d.glob("*.txt"))]
    texts = [s for f in files for s in re.split(r"(?<=[。！？\n])", f.read_text("utf-8", "replace")) if s]
    texts += [s[i : i + n] for s in texts[:400] for n in (2, 7) for i in range(0, len(s), 5)]
    texts += ["臺灣與香港的繁體字", "乾隆年間", "有序推进", "沈澱物", "一目瞭然", "\uf900\uf901", "著名的著作", "干部", "後來", "發展規劃", "", " "]
    rng = random.Random(7)
    pool = [chr(c) for c in range(0x4E00, 0x9FA6, 37)] + list("，。、：；abcXYZ0123456789 \n％（）《》“”")
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    skipped = 0
    for t in texts:
        assert scripts.to_simplified(t) == _opencc(t), t[:40]
        skipped += unchanged(t)
    assert skipped > len(texts) // 2


def test_a_lone_surrogate_still_goes_to_opencc():
    with pytest.raises(UnicodeEncodeError):
        _opencc("发展\ud800")
    with pytest.raises(UnicodeEncodeError):
        scripts.to_simplified("发展\ud800")


def test_a_long_text_converted_line_by_line_is_what_opencc_returns():
    """A text longer than SHORT goes to OpenCC only in its lines that t2s could change: the same as
    OpenCC's t2s of the whole, on every file of the seed plans and the corpora (whole, in parts, with
    blank lines between its lines) and on long random texts, simplified with a few traditional
    characters or mixed."""
    files = [f for d in (ROOT / "evals" / "plans", ROOT / "evals" / "corpus", ROOT.parent / "shared" / "corpus") for f in sorted(d.glob("*.*"))]
    texts = []
    for f in files:
        t = f.read_text("utf-8", "replace")
        texts += [t, t[: 5000], t[len(t) // 3 :], t.replace("\n", "\n\n")]
    rng = random.Random(11)
    mixed = [chr(c) for c in range(0x4E00, 0x9FA6, 37)] + list("，。、：；abcXYZ0123456789 \n\n\n％（）《》“”有序覆盖後發展臺灣\U00020000")
    simplified = list("发展推进建设加快实施推动加强提升完善深化创新产业经济政策项目企业服务体系机制\n\n，。有序")
    for i in range(600):
        pool = mixed if i % 2 else simplified + [rng.choice(mixed)]
        texts.append("".join(rng.choice(pool) for _ in range(rng.randint(scripts.SHORT + 1, 4000))))
    for t in texts:
        assert scripts.to_simplified(t) == _opencc(t), t[:40]
    with pytest.raises(UnicodeEncodeError):
        scripts.to_simplified("发展\n" * 600 + "\ud800")
