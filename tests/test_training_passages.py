"""The reader of the passages in our conventions that scripts/train_tagger.py trains on."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
CONVENTIONS = sorted((ROOT / "scripts" / "data" / "conventions").glob("conv_*.jsonl"))


@pytest.fixture(scope="module")
def trainer_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "scripts" / "train_tagger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_tagger", module)
    spec.loader.exec_module(module)
    return module


def _passage(tmp_path: Path, text: str, entities: list[list[str]]) -> Path:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"text": text, "script": "traditional", "entities": entities},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_a_place_in_a_currency_word_may_stay_unlisted(trainer_script: ModuleType, tmp_path: Path) -> None:
    text = "澳門旅遊局稱，澳門上月酒店收入約12億澳門元。"
    path = _passage(tmp_path, text, [["澳門旅遊局", "ORG"], ["澳門", "PLACE"]])
    [(view, spans)] = trainer_script.read_conventions(path)
    assert view.startswith("澳门旅游局") and [(a, b) for a, b, _label in spans] == [(0, 5), (7, 9)]


@pytest.mark.parametrize("text", ["澳門上月酒店收入上升，澳門旅客增多。", "澳門今日舉行澳門元旦升旗儀式。"])
def test_a_listed_name_left_unlisted_elsewhere_is_refused(trainer_script: ModuleType, tmp_path: Path,
                                                          text: str) -> None:
    # 澳門元旦 is no currency: only an amount makes 澳門元 one
    path = _passage(tmp_path, text, [["澳門", "PLACE"]])
    with pytest.raises(SystemExit, match="occurs again"):
        trainer_script.read_conventions(path)


@pytest.mark.parametrize("path", CONVENTIONS, ids=lambda p: p.name)
def test_every_training_file_reads(trainer_script: ModuleType, path: Path) -> None:
    passages = trainer_script.read_conventions(path)
    assert len(passages) == len(path.read_text(encoding="utf-8").splitlines())


def test_a_model_trained_by_source_keeps_the_shared_weights_and_ours(trainer_script: ModuleType) -> None:
    # what crfsuite learns for one feature key 5 (shared), its copy in our passages and its copy in a corpus
    learnt = {("5", "B-ORG"): 1.0, ("conventions:5", "B-ORG"): 0.5, ("conventions:5", "O"): -0.25,
              ("cluener:5", "B-ORG"): 3.0, ("cluener:6", "O"): 2.0}
    rows = trainer_script.weight_rows(learnt, "conventions", 1.0)
    labels = list(trainer_script.LABELS)
    assert set(rows) == {5}  # a key only a corpus's copy holds is no feature of the exported model
    assert rows[5][labels.index("B-ORG")] == 1.5 and rows[5][labels.index("O")] == -0.25
    half = trainer_script.weight_rows(learnt, "conventions", 0.5)
    assert half[5][labels.index("B-ORG")] == 1.25
    shared = trainer_script.weight_rows(learnt, "conventions", 0.0)
    assert shared[5][labels.index("B-ORG")] == 1.0 and shared[5][labels.index("O")] == 0.0


def test_each_feature_gets_a_copy_owned_by_its_source(trainer_script: ModuleType) -> None:
    rows = trainer_script.with_source_copies([["1", "2"], ["3"]], "conventions")
    assert rows == [["1", "2", "conventions:1", "conventions:2"], ["3", "conventions:3"]]
    # the exporter reads the copies back: the shared key and our copy land in one row
    learnt = {(key, "O"): 1.0 for row in rows for key in row}
    merged = trainer_script.weight_rows(learnt)
    assert sorted(merged) == [1, 2, 3] and all(row[0] == 2.0 for row in merged.values())


def test_a_copy_may_weigh_less_than_the_feature_it_copies(trainer_script: ModuleType) -> None:
    [row] = trainer_script.with_source_copies([["1", "2"]], "msra", 0.3)
    assert row == {"1": 1.0, "2": 1.0, "msra:1": 0.3, "msra:2": 0.3}
    # exported with the copy's value as its scale, a copy adds its weight times its value
    learnt = {("1", "O"): 1.0, ("conventions:1", "O"): 2.0}
    assert trainer_script.weight_rows(learnt, "conventions", 0.3)[1][0] == np.float32(1.0 + 2.0 * 0.3)
