"""The codebase's own rules: short functions, and word lists kept as data, not as Python literals."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

SRC = Path(__file__).resolve().parent.parent / "src" / "zhnews"
MAX_FUNCTION_LINES = 60
_HAN = regex.compile(r"\p{Han}")


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(SRC.rglob("*.py"))]


def test_no_function_is_longer_than_sixty_lines() -> None:
    long = [f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for path, tree in _modules() for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno is not None and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []


#: the numeral alphabet is the number grammar's, not a word list (numbers.py spells it out)
NUMERALS = frozenset("零〇○一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿兆")


def _chinese_words(node: ast.AST) -> list[str]:
    """The Chinese string constants a tuple, list or set literal holds, or a dict literal's keys (a word table
    such as role -> kind): all of them, or none."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        items: list[ast.expr | None] = list(node.elts)
    elif isinstance(node, ast.Dict):
        items = list(node.keys)
    else:
        return []
    words = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if not words or len(words) != len(items) or not all(_HAN.search(w) for w in words):
        return []
    return words


def _character_sets(node: ast.AST) -> list[str]:
    """``frozenset("的等在…")`` / ``set("…")``: a list of characters written as one string."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set")
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            and len(_HAN.findall(node.args[0].value)) >= 3):
        return list(node.args[0].value)
    return []


def test_word_lists_live_in_data_files() -> None:
    # a literal of three or more Chinese words (or characters) is a word list: it belongs in a rules file
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            words = _chinese_words(node) or _character_sets(node)
            if len(words) >= 3 and not set("".join(words)) <= NUMERALS:
                found.append(f"{path.relative_to(SRC)}:{getattr(node, 'lineno', '?')} {''.join(words)[:30]}")
    assert found == []
