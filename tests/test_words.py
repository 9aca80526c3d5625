"""The segmenter adapter walks jieba's dictionary itself, on its own tokenizer; it must give what jieba gives."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews.errors import ResourceError
from zhnews.extract._words import JIEBA_ATTRIBUTES, Segmenter, pos_tokens, segmenter, word_spans
from zhnews.resources import Resources, default_resources, reset_resources

PROSE = (
    "今年前三季度，余杭区实现数字经济核心产业增加值1157.2亿元，同比增长11.7%。之江实验室等13家单位"
    "联合发布AI大模型，5G基站覆盖率达98%，人才新政“黄金20条”累计兑现资金90.96亿元。"
)
# pieces of prose, Latin letters, digits, the symbols jieba treats specially, and odd whitespace
PIECES = st.one_of(
    st.integers(0, len(PROSE) - 1).flatmap(lambda i: st.integers(i + 1, min(len(PROSE), i + 12))
                                           .map(lambda j: PROSE[i:j])),
    st.sampled_from(["AI", "a", "5", "G", ".", "%", "-", "#", "&", "_", "+", " ", "\r\n", "\t", "\u3000", "１２"]),
    st.text(max_size=3),
)


@lru_cache(maxsize=1)
def _jiebas_own_tagger() -> jieba.posseg.POSTokenizer:
    """jieba's posseg over the segmenter's tokenizer (jieba's dictionary and the places it learned: the same total,
    so the same floats; against jieba's global dictionary a tie between two paths could round the other way:
    黄黄黄a), its tags read by jieba from the dictionary file, the learned places' tags added."""
    seg = segmenter()
    tagger = jieba.posseg.POSTokenizer(seg._tokenizer)
    tagger.word_tag_tab.update({w: seg.tags[w] for w in seg.learned_places})
    return tagger


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join))
def test_words_and_flags_equal_jieba(text: str) -> None:
    jieba_tagger = _jiebas_own_tagger()
    assert [(t.word, t.flag) for t in pos_tokens(text)] == [(p.word, p.flag) for p in jieba_tagger.cut(text, HMM=False)]
    assert word_spans(text) == list(jieba_tagger.tokenizer.tokenize(text, HMM=False))


def test_the_dictionary_read_once_equals_jiebas_two_readings() -> None:
    tokenizer = jieba.Tokenizer()
    freq, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    seg = Segmenter()
    assert seg.freq == freq and seg._tokenizer.total == total
    assert seg.tags == jieba.posseg.POSTokenizer(tokenizer).word_tag_tab


def test_a_tie_between_two_paths_goes_as_jieba_sends_it_on_the_same_dictionary() -> None:
    tagger = _jiebas_own_tagger()
    for text in ("黄黄黄a", "率达98%，人才新政“黄黄黄a", "黄黄黄"):
        assert [(t.word, t.flag) for t in pos_tokens(text)] == [(p.word, p.flag) for p in tagger.cut(text, HMM=False)]


def test_offsets_are_shifted_and_contiguous() -> None:
    tokens = pos_tokens(PROSE, 100)
    assert tokens[0].start == 100 and tokens[-1].end == 100 + len(PROSE)
    assert all(tokens[i].end == tokens[i + 1].start for i in range(len(tokens) - 1))
    assert "".join(t.word for t in tokens) == PROSE


def test_the_jieba_attributes_it_reads_are_there() -> None:
    """The adapter reads these parts of jieba beyond its documented API; a jieba release that renames one
    fails here, not somewhere inside the extractors."""
    objects = {"jieba.Tokenizer": jieba.Tokenizer()}
    for owner, attribute, _what in JIEBA_ATTRIBUTES:
        assert hasattr(objects[owner], attribute), (owner, attribute)
    seg = Segmenter()
    tokenizer = seg._tokenizer
    assert isinstance(tokenizer.FREQ, dict) and isinstance(tokenizer.total, int) and tokenizer.initialized
    assert tokenizer.FREQ["实验"] > 0 and tokenizer.FREQ["实验室"] > 0 and tokenizer.total > 10**7
    assert seg.tags["实验室"] == "n"


def test_jieba_global_state_is_left_alone() -> None:
    logger = logging.getLogger("jieba")
    level, handlers, filters = logger.level, list(logger.handlers), list(logger.filters)
    seg = Segmenter()
    assert seg._tokenizer is not jieba.dt
    assert (logger.level, logger.handlers, logger.filters) == (level, handlers, filters)
    jieba.add_word("鲲鹏计划测试词", freq=100000, tag="nz")  # a word the user adds to jieba's own tokenizer
    try:
        assert "鲲鹏计划测试词" not in [t.word for t in seg.pos_tokens("启动鲲鹏计划测试词")]
    finally:
        jieba.del_word("鲲鹏计划测试词")


def test_a_word_added_to_the_segmenter_is_seen_there_only() -> None:
    seg = Segmenter()
    seg.add_word("鲲鹏计划测试词", 100000, "nz")
    assert ("鲲鹏计划测试词", "nz") in [(t.word, t.flag) for t in seg.pos_tokens("启动鲲鹏计划测试词")]
    assert ("鲲鹏计划测试词", 2, 9) in seg.word_spans("启动鲲鹏计划测试词")
    assert "鲲鹏计划测试词" not in [w for w, _, _ in jieba.tokenize("启动鲲鹏计划测试词", HMM=False)]
    assert "鲲鹏计划测试词" not in [t.word for t in Segmenter().pos_tokens("启动鲲鹏计划测试词")]


def test_the_segmenter_is_loaded_once_per_resources_and_dropped_by_reset() -> None:
    res = Resources()
    first = segmenter(res)
    assert segmenter(res) is first and pos_tokens("实验室", resources=res) == first.pos_tokens("实验室")
    res.reset()
    assert "segmenter" not in res.loaded()
    assert segmenter(res) is not first
    segmenter()  # the default instance
    reset_resources()
    assert "segmenter" not in default_resources().loaded()


def test_the_segmenter_knows_the_places_jiebas_mainland_dictionary_lacks() -> None:
    # built with the gazetteer it loads inside its own load (a builder may load another item)
    res = Resources()
    words = [t.word for t in segmenter(res).pos_tokens("高雄园区和新北市的厂商")]
    assert "高雄" in words and "新北" in words
    assert "gazetteer" in res.loaded()
    # a count before a city jieba files as a common word stays a count (一台|中型, not 一|台中|型)
    assert "台中" not in [t.word for t in segmenter(res).pos_tokens("该企业交付一台中型客车")]


def test_a_dictionary_of_ones_own_with_a_bad_line_is_a_typed_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "dict.txt"
    path.write_text("之江 100 ns\n\n实验室 500 n\n坏行 不是数字 n\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"line 4.*坏行"):
        Segmenter(str(path))
