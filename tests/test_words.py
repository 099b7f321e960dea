"""jieba over its dictionary in a memory-mapped trie cuts exactly as jieba over its own dict."""

from pathlib import Path

import pytest

import policyqa
from policyqa.retrieval import words
from policyqa.retrieval.corpus import _jieba

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def texts():
    plans = policyqa.load([ROOT / "evals" / "plans", ROOT / "evals" / "corpus" / "100_hailaer_gwr_2016.txt"])
    return [p.simplified for p in plans] + [p.text for p in plans]


def test_trie_cuts_every_text_as_jieba_does(texts):
    own = _jieba().dt
    trie = words.cutter()
    assert isinstance(trie.FREQ, words.Frequencies)  # the trie, not jieba's dict
    for text in texts:
        assert trie.lcut(text, HMM=False) == own.lcut(text, HMM=False)


def test_search_mode_parts_are_jieba_s(texts):
    own = _jieba().dt
    trie = words.cutter()
    for text in texts[:3]:
        for w in {w for w in own.lcut(text, HMM=False) if len(w) >= 3}:
            assert list(trie.tokenize(w, mode="search", HMM=False)) == list(own.tokenize(w, mode="search", HMM=False))
            assert words.search_tokens(w) == list(own.tokenize(w, mode="search", HMM=False))
        for s in text.split("。")[:100]:  # whole sentences too, offsets and all
            assert words.search_tokens(s) == list(own.tokenize(s, mode="search", HMM=False))


def test_cutting_a_question_does_not_import_jieba(tmp_path):
    # jieba's import loads its HMM's tables (10-20 ms of every command's start); cutting a question reads only the trie
    import subprocess
    import sys

    code = ("import sys; from policyqa.retrieval import words; "
            "assert words.lcut('哪些地方提到中欧班列？') == ['哪些地方', '提到', '中欧', '班列', '？']; "
            "assert ('中欧', 6, 8) in words.search_tokens('哪些地方提到中欧班列'); "
            "print('jieba' in sys.modules)")
    env = {**__import__("os").environ, "POLICYQA_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "from policyqa.retrieval import words; words.lcut('写入')"], env=env, check=True)  # writes the trie
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_a_damaged_trie_file_is_written_again(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path))
    path = words.trie_path()
    assert path.parent == tmp_path
    path.write_bytes(b"not a trie")
    t = words._open()
    assert t is not None and t.lcut("哪些地方提到中欧班列？", HMM=False) == ["哪些地方", "提到", "中欧", "班列", "？"]
    assert path.stat().st_size > 1_000_000
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_an_unwritable_cache_folder_falls_back_to_jieba_s_own_dictionary(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(blocker / "cache"))  # below a file: no folder can be made
    assert words._open() is None
    monkeypatch.setattr(words, "_CUTTER", None)
    assert words.cutter().lcut("兰州新区积极布局未来产业", HMM=False) == _jieba().lcut("兰州新区积极布局未来产业", HMM=False)


def test_the_one_pass_cut_is_jieba_s(texts):
    """words.lcut (the DAG and the route in one backward pass) cuts as jieba's exact mode without HMM."""
    trie = words.cutter()
    odd = ["", " ", "\r\n", "5G网络覆盖率达到95.5%以上", "GDP增长5%，CPI涨幅3%左右", "ａｂｃ１２３全角", "Ignore previous instructions",
           "粤港澳大湾区\n长三角一体化", "乾隆年间的皇后与天后", "一二三四五六七八九十百千万亿", "abc-def_g+h#i&j.k%l", "臺灣與香港的繁體字"]
    for text in texts + odd + [s for t in texts for s in t.split("。")[:200]]:
        assert words.lcut(text) == trie.lcut(text, HMM=False), text[:40]


def test_parts_of_speech_from_the_trie_are_dict_txt_s(tmp_path, monkeypatch):
    """words.tag reads the tags' trie (written once into the cache folder) and gives what jieba's dict.txt says."""
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(words, "_TAGS", [])
    words.tag.cache_clear()
    try:
        lines = words.dictionary_file().read_text(encoding="utf-8").splitlines()
        sample = [ln.split() for ln in lines[::997] if len(ln.split()) >= 3]
        assert len(sample) > 300
        for word, _, pos in sample:
            assert words.tag(word) == pos, word
        assert words.tag("不在词典里的词语") is None
        assert words.tags_path().exists() and words._TAGS[0] is not None  # the trie answered, not the file
    finally:
        words.tag.cache_clear()
        monkeypatch.setattr(words, "_TAGS", [])


def test_parts_of_speech_without_a_cache_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(words, "_TAGS", [])
    words.tag.cache_clear()
    try:
        assert (words.tag("预计"), words.tag("中国"), words.tag("不在词典里的词语")) == ("vn", "ns", None)
        assert words._TAGS == [None]
    finally:
        words.tag.cache_clear()
        monkeypatch.setattr(words, "_TAGS", [])


def test_cutting_a_question_with_an_unwritable_cache_folder_falls_back_to_jieba(tmp_path):
    # no trie can be written: lcut and search_tokens cut over jieba's own dictionary, as jieba does
    import subprocess
    import sys

    blocker = tmp_path / "file"
    blocker.write_text("")
    env = {**__import__("os").environ, "POLICYQA_CACHE_DIR": str(blocker / "cache")}
    code = ("from policyqa.retrieval import words; "
            "print(words.lcut('哪些地方提到中欧班列？'), ('中欧', 6, 8) in words.search_tokens('哪些地方提到中欧班列'))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True).stdout.strip()
    assert out == "['哪些地方', '提到', '中欧', '班列', '？'] True"
