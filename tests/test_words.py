"""The segmenter walks jieba's dictionary itself; it must give what jieba gives."""

from __future__ import annotations

import jieba
import jieba.posseg
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews.extract._words import pos_tokens, word_spans

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


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join))
def test_words_and_flags_equal_jieba(text: str) -> None:
    assert [(t.word, t.flag) for t in pos_tokens(text)] == [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=False)]
    assert word_spans(text) == list(jieba.tokenize(text, HMM=False))


def test_offsets_are_shifted_and_contiguous() -> None:
    tokens = pos_tokens(PROSE, 100)
    assert tokens[0].start == 100 and tokens[-1].end == 100 + len(PROSE)
    assert all(tokens[i].end == tokens[i + 1].start for i in range(len(tokens) - 1))
    assert "".join(t.word for t in tokens) == PROSE


def test_a_word_added_to_jieba_is_seen() -> None:
    jieba.add_word("鲲鹏计划测试词", freq=100000, tag="nz")
    try:
        assert ("鲲鹏计划测试词", "nz") in [(t.word, t.flag) for t in pos_tokens("启动鲲鹏计划测试词")]
    finally:
        jieba.del_word("鲲鹏计划测试词")
