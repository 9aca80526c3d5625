"""The reader of the passages in our conventions that scripts/train_tagger.py trains on."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

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
