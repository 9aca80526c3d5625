"""The optional HanLP recogniser, for real: a tiny model trained here, saved, loaded by path.

Skipped when the extra is not installed (pip install torch==2.13.0 && pip install -e '.[hanlp]');
CI installs it, so these run there.
"""

from __future__ import annotations

import pickle

import pytest

import zhnews
from zhnews import ResourceError
from zhnews.backends.hanlp import ENV, HanLPRecognizer

SENTENCES = [
    ("王明在杭州工作", [("王明", "NR"), ("杭州", "NS")]),
    ("浙江大学位于杭州", [("浙江大学", "NT"), ("杭州", "NS")]),
    ("李华访问了北京", [("李华", "NR"), ("北京", "NS")]),
    ("清华大学在北京", [("清华大学", "NT"), ("北京", "NS")]),
    ("张伟来到上海", [("张伟", "NR"), ("上海", "NS")]),
]


def _conll(sentence: str, spans: list[tuple[str, str]]) -> str:
    tags = ["O"] * len(sentence)
    for text, tag in spans:
        at = sentence.index(text)
        tags[at] = "B-" + tag
        for k in range(at + 1, at + len(text)):
            tags[k] = "I-" + tag
    return "\n".join(f"{ch}\t{t}" for ch, t in zip(sentence, tags, strict=True))


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("hanlp")
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    root = tmp_path_factory.mktemp("hanlp")
    data = root / "train.tsv"
    data.write_text("\n\n".join(_conll(s, e) for s, e in SENTENCES * 20) + "\n", encoding="utf-8")
    model_dir = root / "model"
    RNNNamedEntityRecognizer().fit(str(data), str(data), str(model_dir), epochs=30, embed=32, rnn_hidden=32,
                                   crf=False, batch_size=8, lr=0.01, patience=30, verbose=False,
                                   tagging_scheme="BIO", seed=1)  # HanLP seeds from the clock otherwise
    return model_dir


def test_recognizer_loads_by_path_and_maps_tags(tiny_model) -> None:
    rec = HanLPRecognizer(tiny_model)
    text = "王明在北京工作。清华大学位于北京。"
    spans = rec(text)
    assert spans, "the trained model should find something in its own training patterns"
    assert {t for _, _, t in spans} <= {"PERSON", "PLACE", "ORG"}
    for a, b, _ in spans:
        assert 0 <= a < b <= len(text)
    assert (3, 5, "PLACE") in spans  # 北京, learned from the training sentences


def test_env_variable_and_pickling(tiny_model, monkeypatch) -> None:
    monkeypatch.setenv(ENV, str(tiny_model))
    rec = HanLPRecognizer()
    again = pickle.loads(pickle.dumps(rec))
    assert again.path == rec.path and again("王明在北京工作") == rec("王明在北京工作")


def test_merged_with_rules(tiny_model) -> None:
    rec = HanLPRecognizer(tiny_model)
    text = "张伟在上海参观了之江实验室。"
    ents = zhnews.extract_entities(text, recognizer=rec)
    by_text = {e.text: (e.type, e.rule) for e in ents}
    assert by_text["之江实验室"] == ("LAB", "suffix 实验室")  # the rules win on their types
    for e in ents:
        assert text[e.start:e.end] == e.text


def test_missing_model_is_a_clear_error(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    with pytest.raises(ResourceError, match="ZHNEWS_HANLP_MODEL"):
        HanLPRecognizer()
    with pytest.raises(ResourceError, match="not a HanLP model directory"):
        HanLPRecognizer(tmp_path / "nowhere")
