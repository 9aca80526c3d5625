"""The typed results of every zhnews stage: frozen dataclasses with a JSON round trip, and the kinds
they take (``Literal`` aliases whose values are defined here once, e.g. :data:`ENTITY_TYPES`).

>>> p = Paragraph(text="近年來，余杭區緊緊圍繞創新。", start=0, end=14)
>>> Paragraph.from_dict(p.to_dict()) == p
True
>>> c = Credit(name="俞舒珺", role="責編")
>>> c.kind
'editor'
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, TypeVar, get_args

from .errors import InputError

__all__ = [
    "ENTITY_TYPES",
    "FACT_KINDS",
    "QUALIFIERS",
    "QUANTITY_KINDS",
    "SLOGAN_KINDS",
    "Analysis",
    "Article",
    "Attrs",
    "Credit",
    "CreditKind",
    "Entity",
    "EntityType",
    "ErrorRecord",
    "Evidence",
    "FactKind",
    "NumericFact",
    "Paragraph",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "Script",
    "Slogan",
    "SloganKind",
    "credit_kind",
    "credit_roles",
]

Script = Literal["hans", "hant", "unknown"]
InputKind = Literal["html", "text"]
DatePrecision = Literal["day", "minute", "second"]
Field = Literal["title", "body", "credits", "text"]

#: The types of named entity (``Entity.type``).
EntityType = Literal["LAB", "PROGRAMME", "POLICY", "AWARD", "ORG", "PLATFORM", "PLACE", "PERSON", "EVENT"]
#: What a numeric fact counts (``NumericFact.kind``); a unit of ``extract/rules/units.tsv`` names one of these.
FactKind = Literal["currency", "amount", "percent", "percentage_point", "count", "area", "volume", "length",
                   "weight", "power", "energy", "concentration", "duration", "age", "multiple", "fraction", "rank",
                   "index"]
#: Words that qualify a number (``NumericFact.qualifiers``), strongest first: ``NumericFact.qualifier`` is
#: the first of these present.
Qualifier = Literal["more than", "less than", "at least", "at most", "approximate", "rank", "increase", "decrease",
                    "cumulative"]
#: How a slogan was recognised (``Slogan.kind``), the most specific first.
SloganKind = Literal["counted", "numbered", "parallel", "known", "formula", "quoted"]
#: What :func:`zhnews.find_quantities` found (``Quantity.kind``).
QuantityKind = Literal["number", "percent", "currency"]
#: What a credit gives (``Credit.kind``).
CreditKind = Literal["author", "editor", "reviewer", "proofreader", "photographer", "other"]

ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
FACT_KINDS: tuple[FactKind, ...] = get_args(FactKind)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
SLOGAN_KINDS: tuple[SloganKind, ...] = get_args(SloganKind)
QUANTITY_KINDS: tuple[QuantityKind, ...] = get_args(QuantityKind)

def responsible_editor_roles() -> frozenset[str]:
    """The roles of a page's responsible editor (``page/rules/responsible_editor_roles.txt``): where one
    is printed, it is the page's editor."""
    from .page.wordlists import editor_roles

    return editor_roles()


def credit_kind(role: str) -> CreditKind:
    """Map a role word as printed (记者, 責編, 审核 …) to author/editor/reviewer/proofreader/photographer.

    >>> credit_kind("責任編輯"), credit_kind("通讯员"), credit_kind("校对")
    ('editor', 'author', 'proofreader')
    """
    return credit_roles().get(role, "other")


def credit_roles() -> Mapping[str, CreditKind]:
    """Each role word (记者, 責編, 审核 …) with the kind of credit it gives, read once from
    ``page/rules/credit_roles.txt``.

    >>> credit_roles()["攝影"]
    'photographer'
    """
    from .page.wordlists import credit_roles as read

    return read()


def __getattr__(name: str) -> Any:
    # CREDIT_KINDS, the role table of earlier versions, is now data: read when first asked for
    if name == "CREDIT_KINDS":
        return credit_roles()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Attrs(Mapping[str, Any]):
    """An immutable mapping of extra facts (``Entity.attrs``): read like a dict, never changed; lists
    given to it are kept as tuples, dicts as :class:`Attrs`. Pickles, and equals a dict of the same items.

    >>> a = Attrs({"chain": ["浙江省", "杭州市"]})
    >>> a["chain"], a == {"chain": ("浙江省", "杭州市")}, dict(Attrs())
    (('浙江省', '杭州市'), True, {})
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, Any] | None = None) -> None:
        self._items: dict[str, Any] = {k: _frozen(v) for k, v in (items or {}).items()}

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return repr(self._items)

    def __reduce__(self) -> tuple[type[Attrs], tuple[dict[str, Any]]]:
        return Attrs, (self._items,)


def _frozen(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple([v if type(v) is str else _frozen(v) for v in value])  # a str is kept as it is
    if isinstance(value, Mapping) and not isinstance(value, Attrs):
        return Attrs(value)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


R = TypeVar("R", bound="_Record")


class _Record:
    """Mixin of the result dataclasses: ``to_dict`` gives JSON-ready plain values; ``from_dict`` reverses
    it, reading each field's type (nested records, tuples, datetimes, :class:`Attrs`); keys that are not
    fields are ignored, a missing field with no default is an :class:`~zhnews.errors.InputError`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
        if not isinstance(data, Mapping):
            raise InputError(f"{cls.__name__}.from_dict takes the dict to_dict() gave, not {type(data).__name__}")
        hints = _field_types(cls)
        try:
            values = {name: _revived(hint, data[name]) for name, hint in hints.items() if name in data}
        except (TypeError, ValueError, AttributeError) as exc:  # a value of the wrong shape for its field
            raise InputError(f"{cls.__name__}.from_dict: a field holds a value of the wrong shape ({exc})") from exc
        missing = [f.name for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                   if f.name not in values and f.default is dataclasses.MISSING
                   and f.default_factory is dataclasses.MISSING]
        if missing:
            raise InputError(f"{cls.__name__}.from_dict: no {', '.join(missing)} in the record; pass what "
                             f"{cls.__name__}.to_dict() gave")
        return cls(**values)


def _field_types(cls: type) -> dict[str, Any]:
    """The resolved type of each field of a result dataclass (computed once per class: a few classes)."""
    hints = _HINTS.get(cls)
    if hints is None:
        resolved = typing.get_type_hints(cls)
        hints = _HINTS[cls] = {f.name: resolved[f.name] for f in dataclasses.fields(cls)}
    return hints


_HINTS: dict[type, dict[str, Any]] = {}


def record_builder(cls: type[R]) -> Callable[..., R]:
    """A constructor of the result dataclass ``cls`` that takes every field by position, in declaration order,
    for code that builds many records from values of the right types (the extractors build hundreds of
    thousands on a long text). It fills the slots directly: no ``object.__setattr__`` per field as a frozen
    dataclass's ``__init__`` does, about half the time, the same record. Nothing is converted or defaulted
    (``__post_init__`` is not run): an ``Entity``'s ``attrs`` must already be an :class:`Attrs`.

    >>> make = record_builder(Paragraph)
    >>> make("正文", 0, 2, False) == Paragraph("正文", 0, 2, False)
    True
    """
    setters = tuple(getattr(cls, f.name).__set__ for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    count, new = len(setters), object.__new__

    def build(*values: Any) -> R:
        if len(values) != count:
            raise TypeError(f"{cls.__name__} has {count} fields, {len(values)} values were given")
        record = new(cls)
        for set_field, value in zip(setters, values):  # noqa: B905 - the count is checked above, once
            set_field(record, value)
        return record

    return build


def _revived(hint: Any, value: Any) -> Any:
    """``value`` as read from JSON turned back into the field type ``hint``."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [h for h in get_args(hint) if h is not type(None)]
        return _revived(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        return tuple(_revived(get_args(hint)[0], v) for v in value)
    if hint is datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if hint is Attrs:
        return Attrs(value)
    if isinstance(hint, type) and issubclass(hint, _Record):
        return value if isinstance(value, hint) else hint.from_dict(value)
    return value


@dataclass(frozen=True, slots=True)
class Paragraph(_Record):
    """One paragraph (or subheading) of an article body; ``body[start:end] == text``."""

    text: str
    start: int
    end: int
    heading: bool = False



@dataclass(frozen=True, slots=True)
class Credit(_Record):
    """A person credited on the page, with the role word as the page prints it and the ``rule`` that
    found the credit (evidence; not part of equality)."""

    name: str
    role: str
    kind: CreditKind | Literal[""] = ""  # "" : the kind of ``role`` (see credit_roles)
    rule: str = dataclasses.field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", credit_kind(self.role))



@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """Why a page field holds its value: the ``rule`` that chose it and the ``text`` it was read from
    (a page line, a meta tag's value, the URL), as spans carry their ``rule``.

    >>> Evidence(field="published", rule="labelled header line", text="发布日期：2022-12-02").to_dict()["rule"]
    'labelled header line'
    """

    field: str
    rule: str
    text: str = ""



def _short(text: str | None, n: int = 30) -> str | None:
    return text if text is None or len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True, slots=True, repr=False)
class Article(_Record):
    """A news page turned into its parts.

    ``published`` is timezone-aware (+08:00 when the page names no zone); ``published_text`` is the
    date as the page shows it and ``published_precision`` says whether the page gave a time of day.
    ``boilerplate`` keeps every line of the page that is not in the body (navigation, header, credit
    lines, furniture inside the body, footer), in page order, for audit. ``decode_errors`` counts
    the bytes of a ``bytes`` page that no codec could read (each is U+FFFD in the text).
    ``evidence`` says, per field, which rule chose the value and from what text.
    """

    title: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    published: datetime | None = None
    published_text: str | None = None
    published_precision: DatePrecision | None = None
    source: str | None = None
    credits: tuple[Credit, ...] = ()
    breadcrumb: tuple[str, ...] = ()
    url: str | None = None
    script: Script = "unknown"
    input_kind: InputKind = "html"
    encoding: str | None = None
    boilerplate: tuple[str, ...] = ()
    decode_errors: int = 0
    evidence: tuple[Evidence, ...] = ()

    def why(self, field: str) -> Evidence | None:
        """The evidence for ``field`` (title, published, source, authors, editors …), or None."""
        return next((e for e in self.evidence if e.field == field), None)

    def __repr__(self) -> str:
        """Short: title, date, source and counts (the full text is in :meth:`to_dict`).

        >>> Article(title="园区新闻", body="第一段。\\n第二段。", paragraphs=(Paragraph("第一段。", 0, 4),
        ...         Paragraph("第二段。", 5, 9)), source="示例日报")
        Article(title='园区新闻', published=None, source='示例日报', paragraphs=2, body=9 chars)
        """
        published = self.published.isoformat() if self.published else None
        return (f"Article(title={_short(self.title)!r}, published={published!r}, source={_short(self.source)!r}, "
                f"paragraphs={len(self.paragraphs)}, body={len(self.body):,} chars)")

    @property
    def authors(self) -> list[str]:
        """Byline names (记者, 作者, 通讯员, 撰稿, 文 …), in page order."""
        return [c.name for c in self.credits if c.kind == "author"]

    @property
    def editors(self) -> list[str]:
        """Editors (责任编辑, 责编, 编辑 …), in page order; where the page names its responsible editor
        (责任编辑, 责编), that one alone, as the page's formal credit (``credits`` keeps every name)."""
        editors = [c for c in self.credits if c.kind == "editor"]
        roles = responsible_editor_roles()
        responsible = [c.name for c in editors if c.role in roles]
        return responsible or [c.name for c in editors]

    @property
    def reviewers(self) -> list[str]:
        """Reviewers (审核, 终审, 监制 …), in page order."""
        return [c.name for c in self.credits if c.kind == "reviewer"]

    @property
    def credits_text(self) -> str:
        """The source and credits as one line (来源：中國網；通訊員：余文；責編：俞舒珺): the text that entity
        offsets with ``field="credits"`` index."""
        parts = ([f"来源：{self.source}"] if self.source else []) + [f"{c.role}：{c.name}" for c in self.credits]
        return "；".join(parts)

    @property
    def headings(self) -> list[str]:
        return [p.text for p in self.paragraphs if p.heading]



@dataclass(frozen=True, slots=True)
class Entity(_Record):
    """A named entity; ``source_text[start:end] == text`` where ``field`` names the source text."""

    text: str
    start: int
    end: int
    type: EntityType
    canonical: str
    field: Field = "body"
    parts: tuple[Entity, ...] = ()
    rule: str = ""
    confidence: float = 1.0
    attrs: Attrs = dataclasses.field(default_factory=Attrs, hash=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.attrs, Attrs):  # a dict given: frozen (lists become tuples)
            object.__setattr__(self, "attrs", Attrs(self.attrs))



@dataclass(frozen=True, slots=True)
class Slogan(_Record):
    """A policy slogan or named formula (“五链”融合, 黄金20条 …) with its members when it counts them."""

    text: str
    start: int
    end: int
    canonical: str
    kind: SloganKind
    members: tuple[str, ...] = ()
    entity: str | None = None
    field: Field = "body"
    rule: str = ""



@dataclass(frozen=True, slots=True)
class NumericFact(_Record):
    """A quantity stated in the text, resolved to a number with its unit and context.

    ``qualifier`` is the strongest of ``qualifiers`` (more than, less than, at least, at most,
    approximate, rank, increase, decrease, cumulative); ``kind`` is currency, percent,
    percentage_point, count, area, length, weight, power, energy, duration, multiple, fraction ….
    ``period_start`` and ``period_end`` are the first and last day of ``period`` (ISO dates,
    ``2021-01-01``), resolved with the page's publication date as reference; None when the period
    cannot be resolved (see docs/facts-and-slogans.md).
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    kind: FactKind
    qualifier: Qualifier | None = None
    measure: str | None = None
    period: str | None = None
    subject: str | None = None
    sentence: str | None = None
    currency: str | None = None
    field: Field = "body"
    qualifiers: tuple[Qualifier, ...] = ()
    period_start: str | None = None
    period_end: str | None = None



@dataclass(frozen=True, slots=True, repr=False)
class Analysis(_Record):
    """Everything zhnews extracts from one page."""

    article: Article
    entities: tuple[Entity, ...] = ()
    slogans: tuple[Slogan, ...] = ()
    facts: tuple[NumericFact, ...] = ()
    id: Any = None

    def __repr__(self) -> str:
        """Short: id, title, date and counts (the full text is in :meth:`to_dict`)."""
        art = self.article
        published = art.published.isoformat() if art.published else None
        return (f"Analysis(id={self.id!r}, title={_short(art.title)!r}, published={published!r}, "
                f"entities={len(self.entities)}, slogans={len(self.slogans)}, facts={len(self.facts)})")


@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    """A number found in text. ``text == original[start:end]``; ``value`` is the resolved number
    (a percentage's value is in percent: 11.7 for 11.7%; money is in the currency's unit)."""

    start: int
    end: int
    text: str
    value: float | None
    kind: QuantityKind
    currency: str | None = None
    unit: str | None = None
    approximate: bool = False
    word: str | None = None  # the unit as printed: 元, 美元, 億元's 元; %, 个百分点, 成, 折 for percentages


@dataclass(frozen=True, slots=True)
class ErrorRecord(_Record):
    """An item of a batch that could not be analysed, in its place (``on_error="record"``).

    ``id`` is the item's id (its index when it has none), ``index`` its position in the stream, ``error``
    the error's class name (a :mod:`zhnews.errors` class, or the class of an unexpected exception),
    ``message`` what went wrong."""

    id: Any
    error: str
    message: str
    index: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorRecord:
        return cls(id=data.get("id"), error=data["error"], message=data["message"], index=data.get("index"))
