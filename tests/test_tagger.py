"""The shipped tagger: its search, its features and its offsets, on sentences written here."""

from __future__ import annotations

import pytest

from zhnews import normalise
from zhnews.extract.tagger import feature_keys, load_tagger, segments

SENTENCES = [
    "国务院总理在北京会见了来访的新加坡总理，双方就数字经济合作交换了意见。",
    "张伟、李娜和王强三位代表在会上发言，市长陈明表示支持。",
    "该公司在日本大阪和美国加利福尼亚州设有研发中心，员工超过三千人。",
    "上海交通大学与华东师范大学联合成立了人工智能研究院。",
    "今天天气很好，我们去公园散步，看见很多人在跳舞。",
    "",
    "12345，。！？",
]


@pytest.fixture(scope="module")
def tagger():  # type: ignore[no-untyped-def]
    return load_tagger()


def test_the_split_search_finds_the_same_path_as_the_whole_search(tagger) -> None:  # type: ignore[no-untyped-def]
    texts = [s for s in SENTENCES if s]
    assert tagger.tag(texts) == tagger.tag(texts, split=False)


def test_a_characters_features_do_not_depend_on_its_batch() -> None:
    alone, _ = feature_keys(["北京欢迎你"])
    batched, lengths = feature_keys(["上海", "北京欢迎你", "天津"])
    assert lengths.tolist() == [2, 5, 2]
    assert (batched[2:7] == alone).all()


def test_emissions_add_the_feature_rows_in_feature_order(tagger) -> None:  # type: ignore[no-untyped-def]
    # summed at once over the feature axis, the scores must be those of adding the rows one by one, to the
    # last bit (the split search and the plain-Python search of short runs compare them exactly)
    import numpy as np

    keys, _ = feature_keys([s for s in SENTENCES if s] * 20, [[]] * (len(SENTENCES) - 1) * 20)
    rows = tagger.table.rows_of(np.ascontiguousarray(keys.T))
    expected = tagger.weights[rows[0]].copy()
    for row in rows[1:]:
        expected += tagger.weights[row]
    assert (tagger.emissions(keys) == expected).all()
    assert (tagger.table.rows_of(keys[:, 0].copy()) == rows[0]).all()  # one key at a time: the same rows


def test_the_model_knows_most_features_of_news_text(tagger) -> None:  # type: ignore[no-untyped-def]
    # guards the feature code and the model file against drifting apart (a changed hash would leave the
    # model's keys unknown and every character O)
    keys, _ = feature_keys(["国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。"])
    rows = tagger.table.rows_of(keys[:, :5])  # unigrams: any news character is known
    assert (rows != tagger.table.missing).mean() > 0.9


def test_spans_index_the_text_and_a_long_text_matches_its_sentences(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "".join(SENTENCES) * 300
    spans = tagger.spans(text)
    assert all(0 <= a < b <= len(text) and typ in ("PER", "LOC", "ORG") for a, b, typ in spans)
    one = tagger.spans(SENTENCES[0])
    assert spans[:len(one)] == one


def test_texts_tagged_together_get_the_spans_each_gets_alone(tagger) -> None:  # type: ignore[no-untyped-def]
    # a long text's pieces fill more than one batch of the search, and the short texts around it share
    # its batches: every span must land in its own text at the offsets tagging it alone gives
    from zhnews.extract.tagger import BATCH_CHARS

    long_text = "。".join(s for s in SENTENCES if s) * (BATCH_CHARS // 90)
    assert len(long_text) > BATCH_CHARS * 1.5
    texts = [SENTENCES[1], "", long_text, SENTENCES[0], "12345", SENTENCES[3] * 3]
    hits = [[(0, 2, 0)] if text.startswith("国务") else [] for text in texts]
    together = tagger.spans_many(texts, hits)
    assert together == [tagger.spans(text, found) for text, found in zip(texts, hits, strict=True)]
    assert together[1] == [] and together[0] and together[3]


def test_traditional_text_is_tagged_on_its_simplified_view(tagger) -> None:  # type: ignore[no-untyped-def]
    from zhnews.extract.entities import dictionary_hits
    from zhnews.resources import default_resources

    text = "國務院總理在北京會見了來訪的新加坡總理。"
    view = normalise(text)
    hits = dictionary_hits(view.text, default_resources())
    found = [(text[slice(*view.to_original(a, b))], typ) for a, b, typ in tagger.spans(view.text, hits)]
    assert ("北京", "LOC") in found and ("新加坡", "LOC") in found


def test_segments_cover_the_text_and_stay_short() -> None:
    text = "，".join(["这是一个很长的分句用来测试切分"] * 40) + "。第二句。"
    pieces = segments(text)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert max(b - a for a, b in pieces) <= 64


def test_the_plain_python_search_equals_the_array_search(tagger) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    rng = np.random.default_rng(7)
    for n in (1, 2, 5, 17):
        emit = rng.normal(0, 3, size=(1, n, len(tagger.labels))).astype(np.float32)
        array_path = tagger._viterbi(emit, np.array([n]))[:, 0].tolist()
        assert tagger._viterbi_small(emit[0].tolist(), False, False) == array_path


@pytest.mark.parametrize("level", [0, 1, 2])
def test_dictionary_context_columns_read_only_their_own_text(level: int) -> None:
    hits_alone = [[(0, 2, 0)]]
    alone, _ = feature_keys(["北京欢迎你"], hits_alone, level)
    batched, _ = feature_keys(["上海", "北京欢迎你", "天津"], [[(0, 2, 0)], [(0, 2, 0)], [(0, 2, 0)]], level)
    assert alone.shape[1] == 14 + {0: 0, 1: 2, 2: 3}[level]
    assert (batched[2:7] == alone).all()  # a neighbour's match never leaks across texts in a batch
    plain, _ = feature_keys(["北京欢迎你"], hits_alone)
    assert (alone[:, :14] == plain).all()  # the columns of level 0 stay as they are


def test_a_model_file_with_an_unknown_feature_level_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from importlib.resources import files

    import numpy as np

    from zhnews.errors import ResourceError

    shipped = dict(np.load(files("zhnews.extract").joinpath("models/ner_tagger.npz").open("rb")))
    shipped["hit_context"] = np.array(3)
    path = tmp_path / "model.npz"
    np.savez(path, **shipped)
    with pytest.raises(ResourceError):
        load_tagger(str(path))


def test_word_columns_follow_the_words_given_and_leave_the_other_columns_alone() -> None:
    one_word = feature_keys(["北京欢迎你"], words=[[("北京欢迎你", "l")]])[0]
    three_words = feature_keys(["北京欢迎你"], words=[[("北京", "ns"), ("欢迎", "v"), ("你", "r")]])[0]
    plain, _ = feature_keys(["北京欢迎你"])
    assert one_word.shape[1] == three_words.shape[1] == plain.shape[1] + 3
    assert (one_word[:, :13] == plain).all() and (three_words[:, :13] == plain).all()
    assert (one_word[:, 13:] != three_words[:, 13:]).any(axis=1).all()  # every character sits elsewhere
    words = [[("上海", "ns")], [("北京", "ns"), ("欢迎", "v"), ("你", "r")]]
    batched, _ = feature_keys(["上海", "北京欢迎你"], words=words)
    assert (batched[2:] == three_words).all()


def test_words_that_do_not_cover_the_text_are_refused() -> None:
    with pytest.raises(ValueError):
        feature_keys(["北京欢迎你"], words=[[("北京", "ns"), ("欢迎", "v")]])


def test_a_model_that_reads_words_asks_for_them_and_reads_them(tagger, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the shipped weights marked as reading words: the word columns' keys are unknown to it (zero rows), so given
    # the segmenter's words it must tag exactly as the shipped model; without them it must refuse
    from importlib.resources import files

    import numpy as np

    from zhnews.extract._words import segmenter

    shipped = dict(np.load(files("zhnews.extract").joinpath("models/ner_tagger.npz").open("rb")))
    shipped["reads_words"] = np.array(True)
    path = tmp_path / "model.npz"
    np.savez(path, **shipped)
    reader = load_tagger(str(path))
    text = "国务院总理在北京会见了来访的新加坡总理。张伟、李娜和王强三位代表在会上发言。"
    with pytest.raises(ValueError):
        reader.spans(text)
    assert reader.spans(text, words_of=segmenter().pos_tokens) == tagger.spans(text)
