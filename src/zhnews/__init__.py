"""zhnews: Chinese news pages to structured articles, entities, policy slogans and numeric facts.

Nothing heavy is imported here: the stages load their modules and data on first use.

>>> import zhnews
>>> page = "杭州新聞\\n2022-12-02 16:40\\n今年前三季度，余杭實現數字經濟核心産業增加值1157.2億元。"
>>> article = zhnews.parse_page(page)
>>> article.published.isoformat()
'2022-12-02T16:40:00+08:00'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "parse_page": "zhnews.page.parse",
    "analyze": "zhnews.compose",
    "pipeline": "zhnews.compose",
    "pipe": "zhnews.compose",
    "write_jsonl": "zhnews.compose",
    "tables": "zhnews.compose",
    "read_jsonl": "zhnews.compose",
    "ErrorRecord": "zhnews.compose",
    "Pipeline": "zhnews.compose",
    "extract_entities": "zhnews.extract.entities",
    "extract_entities_many": "zhnews.extract.entities",
    "load_lexicon": "zhnews.extract.entities",
    "Lexicon": "zhnews.extract.entities",
    "extract_numeric_facts": "zhnews.extract.facts",
    "extract_slogans": "zhnews.extract.slogans",
    "find_quantities": "zhnews.extract.numbers",
    "Quantity": "zhnews.extract.numbers",
    "Resources": "zhnews.resources",
    "default_resources": "zhnews.resources",
    "reset_resources": "zhnews.resources",
    "normalise": "zhnews.script",
    "detect_script": "zhnews.script",
    "TextView": "zhnews.script",
    "Article": "zhnews.types",
    "Paragraph": "zhnews.types",
    "Credit": "zhnews.types",
    "Entity": "zhnews.types",
    "Slogan": "zhnews.types",
    "NumericFact": "zhnews.types",
    "Analysis": "zhnews.types",
    "ZhnewsError": "zhnews.errors",
    "InputError": "zhnews.errors",
    "EmptyInputError": "zhnews.errors",
    "InputTooLargeError": "zhnews.errors",
    "DecodeError": "zhnews.errors",
    "NoArticleError": "zhnews.errors",
    "ResourceError": "zhnews.errors",
    "StageError": "zhnews.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]

if TYPE_CHECKING:  # pragma: no cover
    from .compose import ErrorRecord, Pipeline, analyze, pipe, pipeline, read_jsonl, tables, write_jsonl
    from .errors import (
        DecodeError,
        EmptyInputError,
        InputError,
        InputTooLargeError,
        NoArticleError,
        ResourceError,
        StageError,
        ZhnewsError,
    )
    from .extract.entities import Lexicon, extract_entities, extract_entities_many, load_lexicon
    from .extract.facts import extract_numeric_facts
    from .extract.numbers import Quantity, find_quantities
    from .extract.slogans import extract_slogans
    from .page.parse import parse_page
    from .resources import Resources, default_resources, reset_resources
    from .script import TextView, detect_script, normalise
    from .types import Analysis, Article, Credit, Entity, NumericFact, Paragraph, Slogan


#: Submodules reachable as attributes after a bare ``import zhnews`` (``zhnews.stages.facts``), loaded on use.
_SUBMODULES = frozenset({"compose", "stages", "output", "errors", "types", "script"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return import_module(f"zhnews.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zhnews' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
