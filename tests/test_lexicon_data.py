"""The lexicon data files parse, hold no clashes, and the generated one matches its build script.

Checked here: world_places.tsv and world_divisions.tsv (generated from pycountry), world_regions.tsv and
organisations.tsv (hand-written), lab_endings.txt. A name that is also a common word of jieba's dictionary (a
tag that is no proper noun, frequency above COMMON_FREQ) must be listed in fixtures/lexicon_common_words.txt,
which says why it is kept.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from zhnews.extract.entities import ENTITY_TYPES, canonical_key
from zhnews.script import to_simplified

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "src" / "zhnews" / "extract" / "rules"
TSV_FILES = ("world_places.tsv", "world_divisions.tsv", "world_regions.tsv", "organisations.tsv")
ALLOWLIST = Path(__file__).parent / "fixtures" / "lexicon_common_words.txt"
COMMON_FREQ = 2000
PROPER_TAGS = ("nr", "ns", "nt", "nz")


def data_lines(path: Path) -> list[str]:
    """The lines of a rules file that are neither blank nor a ``#`` comment."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def entries(name: str) -> list[tuple[str, str]]:
    return [tuple(line.split("\t")) for line in data_lines(RULES / name)]  # type: ignore[misc]


@cache
def jieba_words() -> dict[str, tuple[int, str]]:
    """jieba's main dictionary: word -> (frequency, tag)."""
    jieba = pytest.importorskip("jieba")
    words: dict[str, tuple[int, str]] = {}
    for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            words[parts[0]] = (int(parts[1]), parts[2])
    return words


def allowlisted() -> set[str]:
    return {line.split("\t")[0] for line in data_lines(ALLOWLIST)}


@pytest.mark.parametrize("name", TSV_FILES)
def test_each_line_is_a_name_and_a_known_type(name: str) -> None:
    bad = [line for line in data_lines(RULES / name)
           if len(parts := line.split("\t")) != 2 or parts[1] not in ENTITY_TYPES or parts[0] != parts[0].strip()
           or not parts[0] or any(ch.isspace() for ch in parts[0])]
    assert bad == []


@pytest.mark.parametrize("name", TSV_FILES)
def test_no_name_twice_in_a_file(name: str) -> None:
    counts = Counter(n for n, _ in entries(name))
    assert [n for n, c in counts.items() if c > 1] == []


@pytest.mark.parametrize("name", TSV_FILES)
def test_no_name_of_one_character(name: str) -> None:
    # the library keys a name by its simplified, folded form: that must keep two characters too
    assert [n for n, _ in entries(name) if len(n) < 2 or len(canonical_key(n)) < 2] == []


def test_one_key_has_one_type_across_the_lexicons() -> None:
    types: dict[str, set[str]] = {}
    for name in TSV_FILES:
        for n, t in entries(name):
            types.setdefault(canonical_key(n), set()).add(t)
    assert {k: v for k, v in types.items() if len(v) > 1} == {}


def test_common_words_are_kept_only_on_purpose() -> None:
    words, allowed = jieba_words(), allowlisted()
    common = {n for name in TSV_FILES for n, _ in entries(name)
              if n in words and words[n][0] > COMMON_FREQ and not words[n][1].startswith(PROPER_TAGS)}
    for n in sorted(common & allowed):
        print(f"kept on purpose, reconsider now and then: {n} {words[n]}")
    assert sorted(common - allowed) == [], "common words: drop them or add them to the allowlist with a reason"


def test_allowlist_names_only_listed_common_words() -> None:
    words = jieba_words()
    listed = {n for name in TSV_FILES for n, _ in entries(name)}
    stale = [n for n in allowlisted()
             if n not in listed or n not in words or words[n][0] <= COMMON_FREQ]
    assert stale == []


def test_lab_endings_are_simplified_distinct_and_long_enough() -> None:
    endings = data_lines(RULES / "lab_endings.txt")
    assert len(endings) == len(set(endings))
    assert [e for e in endings if len(e) < 2 or to_simplified(e) != e or e != e.strip()] == []


def _script(name: str):
    """The module of ``scripts/NAME.py``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_script():
    return _script("build_world_places")


@pytest.mark.parametrize("name, render", [("world_places.tsv", "render"), ("world_divisions.tsv", "render_divisions")])
def test_generated_file_is_what_the_build_script_writes(name: str, render: str) -> None:
    pytest.importorskip("pycountry")
    from importlib.metadata import version

    text = (RULES / name).read_text(encoding="utf-8")
    built_from = re.search(r"^# Source: pycountry (\S+) ", text, re.M)
    assert built_from, f"{name} must name the pycountry version it was built from"
    if built_from.group(1) != version("pycountry"):
        pytest.skip(f"built from pycountry {built_from.group(1)}, {version('pycountry')} installed: rebuild to compare")
    assert text == getattr(_build_script(), render)()


def test_build_script_turns_official_forms_into_short_names() -> None:
    build = _build_script()
    # our own inputs: a traditional official form, a bracketed note, a one-character result, a 国 form
    got = build.forms(["巴拉圭共和國", "聖皮耶 (法屬)", "泰王國", "巴拉圭國"], to_simplified)
    assert got == ["巴拉圭共和國", "巴拉圭共和国", "巴拉圭", "聖皮耶", "圣皮耶", "泰王國", "泰王国"]


def test_build_script_examples_hold() -> None:
    import doctest

    assert doctest.testmod(_build_script()).failed == 0


def test_japanese_surnames_are_simplified_of_two_or_three_characters_and_listed_once() -> None:
    names = [w for line in data_lines(RULES / "japanese_surnames.txt") for w in line.split()]
    assert len(names) == len(set(names))
    assert [n for n in names if not 2 <= len(n) <= 3 or to_simplified(n) != n] == []


def _check_short_names_script():
    return _script("check_short_names")


def test_the_short_name_check_counts_a_name_inside_a_phrase_and_not_one_that_is_a_word() -> None:
    script = _check_short_names_script()
    seen, inside, example = script.inside_words("各地努力拓宽就业渠道。力拓集团公布业绩。", ["力拓"])
    assert seen["力拓"] == 2 and inside["力拓"] == 1 and "努力拓宽" in example["力拓"]


def test_the_short_name_check_reads_the_lexicons_short_names_simplified() -> None:
    names = _check_short_names_script().short_names(3)
    assert "华为" in names and "臺積電" not in names and all(2 <= len(n) <= 3 for n in names)
