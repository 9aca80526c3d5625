"""The built-in stages (entities, slogans, facts) and their options as one frozen, validated config.

A stage is a callable ``Analysis -> Analysis``. The built-in ones also take keyword options, and say which:
``pipeline(...)`` hands each its own and refuses an option that no stage of the pipeline reads. They are
importable by name (``from zhnews.stages import facts``, or ``zhnews.pipeline("entities", "facts")``).

>>> cfg = StageOptions.build(field="title", types=["LAB"])
>>> cfg.for_stage(facts), cfg.for_stage(entities)
({'field': 'title'}, {'types': ('LAB',)})
>>> StageOptions.build(colour="red")
Traceback (most recent call last):
...
zhnews.errors.InputError: unknown option 'colour': the options are field, lexicon, max_bytes, recognizer, types
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .page.parse import DEFAULT_MAX_BYTES
from .types import Analysis

__all__ = ["STAGES", "BuiltinStage", "StageOptions", "entities", "facts", "slogans"]

Stage = Callable[[Analysis], Analysis]
_FIELDS = ("body", "title")


@dataclass(frozen=True, slots=True)
class BuiltinStage:
    """A built-in stage: ``run(analysis, **options)``; ``takes`` names the options it reads. ``run_many``, when
    set, does the same for many analyses at once, faster than one by one (see :meth:`over`)."""

    name: str
    takes: tuple[str, ...]
    run: Callable[..., Analysis]
    run_many: Callable[..., list[Analysis]] | None = None

    def __call__(self, a: Analysis, **options: Any) -> Analysis:
        self._check(options)
        return self.run(a, **options)

    def over(self, analyses: list[Analysis], **options: Any) -> list[Analysis]:
        """The stage run on each analysis, in order: the same results as calling it on each."""
        self._check(options)
        if self.run_many is None:
            return [self.run(a, **options) for a in analyses]
        return self.run_many(analyses, **options)

    def _check(self, options: dict[str, Any]) -> None:
        unknown = sorted(set(options) - set(self.takes))
        if unknown:
            raise InputError(f"the {self.name} stage takes no option {unknown[0]!r}; it takes {', '.join(self.takes)}")

    def __repr__(self) -> str:
        return f"<zhnews stage {self.name}>"


def _entities(a: Analysis, **options: Any) -> Analysis:
    from .extract.entities import extract_entities

    return dataclasses.replace(a, entities=tuple(extract_entities(a.article, **options)))


def _entities_many(analyses: list[Analysis], **options: Any) -> list[Analysis]:
    from .extract.entities import extract_entities_many

    found = extract_entities_many([a.article for a in analyses], **options)
    return [dataclasses.replace(a, entities=tuple(f)) for a, f in zip(analyses, found, strict=True)]


def _slogans(a: Analysis, **options: Any) -> Analysis:
    from .extract.slogans import extract_slogans

    return dataclasses.replace(a, slogans=tuple(extract_slogans(a.article, **options)))


def _facts(a: Analysis, **options: Any) -> Analysis:
    from .extract.facts import extract_numeric_facts

    return dataclasses.replace(a, facts=tuple(extract_numeric_facts(a.article, **options)))


#: Stage: entities of the article (title, body, credits); options ``lexicon``, ``types``, ``recognizer``.
entities = BuiltinStage("entities", ("lexicon", "types", "recognizer"), _entities, _entities_many)
#: Stage: slogans of the article's body (``field="title"``: of its title).
slogans = BuiltinStage("slogans", ("field",), _slogans)
#: Stage: numeric facts of the article's body (``field="title"``: of its title).
facts = BuiltinStage("facts", ("field",), _facts)

STAGES: dict[str, BuiltinStage] = {s.name: s for s in (entities, slogans, facts)}


@dataclass(frozen=True, slots=True)
class StageOptions:
    """Options of a pipeline, checked once when it is built (``None``: the stage's default).

    ``max_bytes`` bounds the page (``parse_page``, in every pipeline); ``lexicon``, ``types`` and
    ``recognizer`` go to :data:`entities`; ``field`` to :data:`slogans` and :data:`facts`."""

    lexicon: Any = None
    types: tuple[str, ...] | None = None
    recognizer: Any = None
    field: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def build(cls, **options: Any) -> StageOptions:
        """Validated options: an unknown name or a bad value is an :class:`~zhnews.errors.InputError`."""
        names = sorted(f.name for f in dataclasses.fields(cls))
        for name in options:
            if name not in names:
                raise InputError(f"unknown option {name!r}: the options are {', '.join(names)}")
        values = {k: v for k, v in options.items() if v is not None}
        if "lexicon" in values:
            from .extract.entities import load_lexicon

            values["lexicon"] = load_lexicon(values["lexicon"])  # built once, here, not per page
        if "types" in values:
            values["types"] = _entity_types(values["types"])
        if "field" in values and values["field"] not in _FIELDS:
            raise InputError(f"field must be one of {', '.join(_FIELDS)}, not {values['field']!r}")
        if "max_bytes" in values and not (isinstance(values["max_bytes"], int) and values["max_bytes"] > 0):
            raise InputError(f"max_bytes must be a positive int, not {values['max_bytes']!r}")
        return cls(**values)

    def given(self) -> list[str]:
        """Names of the options set to something other than their default."""
        return [f.name for f in dataclasses.fields(self) if getattr(self, f.name) != f.default]

    def for_stage(self, stage: BuiltinStage) -> dict[str, Any]:
        """The options ``stage`` reads that are set."""
        return {name: getattr(self, name) for name in stage.takes if getattr(self, name) is not None}


def _entity_types(types: Iterable[str] | str) -> tuple[str, ...]:
    from .extract.entities import ENTITY_TYPES

    if isinstance(types, str):
        types = [t for t in types.replace(",", " ").split() if t]
    try:
        wanted = tuple(types)
    except TypeError:
        raise InputError(f"types must be entity type names, not {type(types).__name__}") from None
    unknown = [t for t in wanted if t not in ENTITY_TYPES]
    if unknown:
        raise InputError(f"unknown entity type {unknown[0]!r}; use {', '.join(ENTITY_TYPES)}")
    return wanted


def resolve_stages(stages: Iterable[Stage | str]) -> tuple[Stage, ...]:
    """Stages given as functions or by built-in name."""
    out: list[Stage] = []
    for stage in stages:
        if isinstance(stage, str):
            if stage not in STAGES:
                raise InputError(f"no built-in stage {stage!r}: the stages are {', '.join(STAGES)}")
            stage = STAGES[stage]
        if not callable(stage):
            raise InputError(f"a stage is a function Analysis -> Analysis or a stage name, not {stage!r}")
        out.append(stage)
    return tuple(out)


def check_owners(options: StageOptions, stages: tuple[Stage, ...]) -> None:
    """Each option that is set must be read by a stage of the pipeline."""
    present = [s for s in stages if isinstance(s, BuiltinStage)]
    for name in options.given():
        if name == "max_bytes":
            continue
        if not any(name in s.takes for s in present):
            owners = [s.name for s in STAGES.values() if name in s.takes]
            raise InputError(f"option {name!r} is for the {' and '.join(owners)} stage, which this pipeline lacks")
