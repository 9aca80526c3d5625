"""Script detection and the normalised view's offset map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhnews import detect_script, normalise


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("杭州余杭為構築科技成果轉移轉化首選地營造良好生態", "hant"),
        ("杭州余杭为构筑科技成果转移转化首选地营造良好生态", "hans"),
        ("ABC 123", "unknown"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_phrase_conversion_changes_length_and_maps_back() -> None:
    original = "推動網際網路與實體經濟融合，投資１２億元"
    view = normalise(original, taiwan_phrases=True)
    assert view.text == "推动互联网与实体经济融合，投资12亿元"
    start = view.text.index("互联网")
    a, b = view.to_original(start, start + 3)
    assert original[a:b] == "網際網路"
    # spans after the length-changing phrase still land on the same characters
    s = view.text.index("12亿元")
    a, b = view.to_original(s, s + 4)
    assert original[a:b] == "１２億元"


def test_spaces_fold_without_moving_offsets() -> None:
    original = "之江\u3000實驗室\u00a0等13家"
    view = normalise(original)
    assert view.text == "之江 实验室 等13家"
    s = view.text.index("实验室")
    assert view.original_text(s, s + 3) == "實驗室"


def test_zero_width_characters_are_dropped_from_the_view() -> None:
    original = "鯤\u200b鵬計劃"
    view = normalise(original)
    assert view.text == "鲲鹏计划"
    assert view.original_text(0, 4) == original


def test_out_of_range_span_raises() -> None:
    view = normalise("余杭")
    with pytest.raises(IndexError):
        view.to_original(0, 5)


TRAD = st.sampled_from(list("餘杭區實驗室網際路鯤鵬計劃黃金條產業鏈創新驅動發展１２３ \u3000\u00a0，。"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TRAD, st.characters()), max_size=60).map("".join))
def test_every_view_span_maps_inside_the_original(original: str) -> None:
    view = normalise(original)
    n = len(view.text)
    assert len(view.starts) == n == len(view.ends)
    prev = 0
    for i in range(n):
        a, b = view.to_original(i, i + 1)
        assert 0 <= a < b <= len(original)
        assert a >= prev  # the map is monotone
        prev = a
    if n:
        a, b = view.to_original(0, n)
        assert original[a:b].strip("\u200b\u200c\u200d\u2060\ufeff")  # a whole-view span covers real text


def test_default_view_keeps_words_both_scripts_share() -> None:
    # Taiwan vocabulary swaps are opt-in: 新增 and 支援 stay as the page wrote them
    assert normalise("新增國家級眾創空間，支援龍頭企業").text == "新增国家级众创空间，支援龙头企业"
    assert normalise("新增", taiwan_phrases=True).text == "添加"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TRAD, st.characters()), max_size=60).map("".join))
def test_fast_one_to_one_view_equals_character_by_character_conversion(original: str) -> None:
    # the one-to-one path converts with a code-point string table; it must agree with OpenCC's pairs
    from hypothesis import assume

    from zhnews.script import _ZERO_WIDTH, _tables

    tables = _tables(False)
    assume(tables.phrase_re is None or tables.phrase_re.search(original) is None)
    assume(not any(z in original for z in _ZERO_WIDTH))
    view = normalise(original)
    # a lone surrogate reads as U+FFFD in the view (the error contract: no str breaks a later stage)
    expected = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else tables.chars.get(ord(ch), ch) for ch in original)
    assert view.text == expected
    assert list(view.starts) == list(range(len(original)))
    assert list(view.ends) == list(range(1, len(original) + 1))


def test_script_of_characters_beyond_the_basic_plane_is_counted() -> None:
    # 𠀀-plane characters are rare in news; detect_script still counts the traditional-only ones there
    from zhnews.script import _tables

    astral_trad = sorted(c for c in _tables(False).trad_only if c > "\uffff")
    assert astral_trad
    assert detect_script(astral_trad[0] * 3 + "说") == "hant"


def test_simplified_characters_are_never_rewritten() -> None:
    # OpenCC's Taiwan variant table maps 么 → 幺, 抬 → 擡, 著 → 着; the view must leave simplified text alone
    text = "怎么办？著名学者抬头看，显著提升"
    assert normalise(text).text == text
    assert normalise("怎麼辦？顯著的啟示").text == "怎么办？显著的启示"


@pytest.mark.parametrize(("text", "simplified"), [("食物環境衞生署", "食物环境卫生署"), ("敍事", "叙事"),
                                                  ("抬头看", "抬头看")])
def test_hong_kong_variant_forms_read_as_their_simplified_characters(text: str, simplified: str) -> None:
    # 衞 is Hong Kong's and Macau's form of 衛; 抬 is simplified text's own and stays
    view = normalise(text)
    assert view.text == simplified and len(view.text) == len(text)
