"""The numeric and slogan extractors stay small named steps with their word lists in data files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "extract"
MODULES = ["facts.py", "numbers.py", "slogans.py", "_measure.py", "_periods.py", "_rulefiles.py"]


@pytest.mark.parametrize("name", MODULES)
def test_no_function_is_longer_than_fifty_lines(name: str) -> None:
    tree = ast.parse((EXTRACT / name).read_text(encoding="utf-8"))
    long = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 50]  # type: ignore[operator]
    assert long == []


def test_every_list_of_the_rule_files_is_read() -> None:
    # a list written in a rules file that no code reads is a list that drifts: each key is looked up
    from zhnews.extract import _rulefiles

    code = "".join((EXTRACT / name).read_text(encoding="utf-8") for name in MODULES)
    for file in ("facts.txt", "slogans.txt", "periods.txt"):
        for key in _rulefiles.keyed(file):
            read = f'"{key}"' in code or f"'{key}'" in code
            read = read or (key.startswith("loose_") and "'loose_' + name" in code)  # read in a loop
            assert read, (file, key)


def test_the_currency_list_is_written_once() -> None:
    # every currency word the patterns know comes from rules/currencies.tsv
    from zhnews.extract.numbers import currencies

    assert "新台币" in currencies() and "林吉特" in currencies()
    assert "林吉特" not in (EXTRACT / "numbers.py").read_text(encoding="utf-8")
