"""The page stage's word lists live in data files under page/rules, read by one loader."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from zhnews.page import wordlists

RULES = resources.files("zhnews.page").joinpath("rules")
PAGE_CODE = "\n".join(p.read_text(encoding="utf-8") for p in Path(str(resources.files("zhnews.page"))).glob("*.py"))
FILES = sorted(p.name for p in RULES.iterdir() if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", FILES)
def test_every_rule_file_is_read_and_used(name: str) -> None:
    stem = name[:-4]
    assert wordlists.rule_lines(stem), f"{name} holds no rules"
    assert f'"{stem}"' in PAGE_CODE or f"'{stem}'" in PAGE_CODE, f"no page module reads {name}"


def test_a_word_is_listed_once_per_file() -> None:
    for name in FILES:
        if name in ("boilerplate.txt", "meta_date_keys.txt", "meta_title_keys.txt", "meta_source_keys.txt",
                    "error_marks.txt"):
            continue  # one rule per line, not a word list
        words = wordlists.words(name[:-4])
        doubled = sorted({w for w in words if words.count(w) > 1})
        assert doubled == [], f"{name} lists {doubled} twice"


def test_the_loader_reads_files_once() -> None:
    wordlists.words.cache_clear()
    wordlists.rule_lines.cache_clear()
    first = wordlists.words("source_labels")
    assert wordlists.rule_lines.cache_info().misses == 1
    assert wordlists.words("source_labels") == first
    assert wordlists.rule_lines.cache_info().misses == 1


def test_page_code_bounds_sizes_instead_of_timing_out() -> None:
    # one error policy for bounded work: no wall-clock regex timeouts (they raise the built-in
    # TimeoutError, which batch mode does not record); page code cuts its input instead
    assert "timeout=" not in PAGE_CODE


def test_dates_are_read_in_the_first_characters_of_a_line_only() -> None:
    from zhnews.page.dates import MAX_DATE_TEXT, find_dates

    assert find_dates("发布时间：2020-01-02 " + "字" * MAX_DATE_TEXT)
    assert find_dates("字" * MAX_DATE_TEXT + " 发布时间：2020-01-02") == []
