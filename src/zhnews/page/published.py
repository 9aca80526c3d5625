"""The publication date: a scored choice among every date a page states.

Candidates come from each place a page prints or encodes its date: header lines near the headline,
machine-readable metadata (meta tags, JSON-LD, ``<time>``), a line labelled as the publication time
elsewhere on the page (a table cell, a forum post's signature, the footer), a short line after the
body, the URL. Each is scored by kinds of evidence, and the best wins:

- where it was found (a header line over metadata, metadata over a labelled line elsewhere, over a
  line after the body, over the URL) and how near the body a header line sits;
- its label: a publication label (发布时间, 发表于) over a bare one (日期) over none; a document's other
  dates (成文日期, 实施日期) count against it;
- a time of day printed with it;
- agreement: the same day in the URL, in the metadata, on another of the page's date lines;
- against it: a site's clock line (今天是…, a weekday far above the body).

A day is then completed by a time of day printed for the same day elsewhere. The rule of the winner
and the agreements it had are recorded in ``Article.evidence``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .body import BodyRegion, is_prose
from .dates import CHINA_TZ, FoundDate, date_from_url, date_labels, find_dates, label_rank, parse_iso
from .headline import far_date_line
from .html import HtmlPage
from .lines import Line
from .wordlists import rule_lines

__all__ = ["DateCandidate", "date_candidates", "extract_date"]


@dataclass(slots=True)
class DateCandidate:
    """A date the page states, where it was found, and the evidence for it (``score``, ``why``)."""

    found: FoundDate
    rule: str
    base: float
    label: int = 0  # label_rank of its line: 2 publication label, 1 bare, 0 none, -1 a document's other date
    index: int = -1  # the line it is on (-1 for metadata and the URL)
    clock: bool = False  # a site's clock line
    score: float = 0.0
    why: list[str] = field(default_factory=list)

    @property
    def day(self) -> object:
        return self.found.value.astimezone(CHINA_TZ).date()


#: evidence weights: where a date was found (base), its label, its time of day, agreement
_BASE = {"header": 6.0, "meta": 5.0, "far": 4.5, "labelled": 4.0, "after": 3.0, "url": 1.0}
_LABEL = {2: 1.0, 1: 0.5, 0: 0.0, -1: -4.0}
_TIMED = 2.0
_TIMED_AND_LABELLED = 1.0
_AGREES_URL = 0.75
_AGREES_META = 0.75
_CLOCK = -10.0


def _header_candidates(lines: Sequence[Line], region: BodyRegion) -> list[DateCandidate]:
    """Dates in the header above the body (and its first line when that is not prose). Dates in
    links and long lines are left out; a site's clock line is kept with its penalty."""
    out: list[DateCandidate] = []
    for i in range(max(0, region.start - 25), min(len(lines), region.start + 1)):
        line = lines[i]
        if line.link_density > 0.5 or len(line.text) > 160:
            continue
        rank = label_rank(line.text)
        if i == region.start and is_prose(line.text) and rank <= 0:
            continue
        clock = rank <= 0 and _clock_line(line.text, far=i < region.start - 3)
        for d in find_dates(line.text):
            out.append(DateCandidate(d, _header_rule(rank, d.precision != "day"), _BASE["header"], rank, i, clock))
    return out + _far_header_candidates(lines, region)


def _far_header_candidates(lines: Sequence[Line], region: BodyRegion) -> list[DateCandidate]:
    """The header's date line far above the body (:func:`~zhnews.page.headline.far_date_line`), when
    it lies beyond the header searched above."""
    i = far_date_line(lines, region.start)
    if i is None or i >= region.start - 25 or _clock_line(lines[i].text, far=True):
        return []
    rank = label_rank(lines[i].text)
    return [DateCandidate(d, "date line far above the body", _BASE["far"], rank, i) for d in find_dates(lines[i].text)]


def _header_rule(rank: int, timed: bool) -> str:
    if rank == 2 or (rank == 1 and not timed):
        return "labelled header line"
    return "timed header line" if timed else "header line"


def date_candidates(
    lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None, url: str | None
) -> list[DateCandidate]:
    """Every date the page states in a place a publication date is printed or encoded."""
    out = _header_candidates(lines, region)
    meta = _meta_date(html)
    if meta is not None:
        out.append(DateCandidate(meta, "meta/JSON-LD date", _BASE["meta"]))
    labelled = _labelled_elsewhere(lines, region)
    if labelled is not None:
        out.append(DateCandidate(labelled, "labelled line away from the headline", _BASE["labelled"], 2))
    after = _after_body_date(lines, region)
    if after is not None:
        out.append(DateCandidate(after, "short line after the body", _BASE["after"]))
    found, rule = _url_date(url, html)
    if found is not None:
        out.append(DateCandidate(found, rule, _BASE["url"]))
    return out


def _score(c: DateCandidate, others: list[DateCandidate], region: BodyRegion) -> None:
    """Sum the evidence for one candidate into ``c.score`` and name what agreed in ``c.why``."""
    score = c.base + _LABEL.get(c.label, 0.0)
    if c.found.precision != "day":
        score += _TIMED + (_TIMED_AND_LABELLED if c.label == 2 else 0.0)
    if c.index >= 0 and c.rule.endswith("header line"):
        score += 0.01 * (c.index - region.start + 25)  # the nearest to the body among equals
    if c.clock:
        score += _CLOCK
        c.why.append("a site's clock line")
    url = [o for o in others if o.base == _BASE["url"]]
    meta = [o for o in others if o.base == _BASE["meta"]]
    if c.base != _BASE["url"] and any(o.day == c.day for o in url):
        score += _AGREES_URL
        c.why.append("the URL names the same day")
    if c.base != _BASE["meta"] and any(o.day == c.day for o in meta):
        score += _AGREES_META
        c.why.append("the metadata names the same day")
    c.score = score


def extract_date(
    lines: Sequence[Line], region: BodyRegion, html: HtmlPage | None, url: str | None
) -> tuple[FoundDate | None, str]:
    """Publication date and the rule that chose it: the best-scored of :func:`date_candidates`,
    completed by a time of day printed for the same day elsewhere. Dates inside the body's prose and
    inside links are never taken."""
    candidates = date_candidates(lines, region, html, url)
    for c in candidates:
        _score(c, candidates, region)
    usable = [c for c in candidates if c.score > 0]
    if not usable:
        return None, "none"
    best = max(usable, key=lambda c: c.score)
    pick, rule = best.found, best.rule
    if best.why:
        rule += " (" + "; ".join(best.why) + ")"
    if pick.precision == "day":
        timed = _timed_same_day(pick, lines, region, _meta_date(html))
        if timed is not None:
            pick, rule = timed, rule + " + time of day printed for that day"
    return pick, rule


def _clock_line(text: str, far: bool) -> bool:
    """A site's clock: 今天是… anywhere, a weekday beside the date when far above the body."""
    labels = date_labels()
    return bool(labels.clock.search(text) or (far and labels.weekday.search(text)))

def _labelled_elsewhere(lines: Sequence[Line], region: BodyRegion) -> FoundDate | None:
    """A date right after a publication label (发布时间：…, 发表于 …, 张贴 @ …, Posted on …) away from
    the headline: inside the body region (a forum post's signature), after the body, in a table
    cell or footer; the first one after the body starts, else the last one above it."""
    after = range(region.start, len(lines))
    before = range(region.start - 1, -1, -1)
    publish = date_labels().publish
    for indexes in (after, before):
        for i in indexes:
            line = lines[i]
            text = line.text
            if len(text) > 160 or not publish.search(text):  # the cheap test first: most lines have no label
                continue
            if line.link_density > 0.5 or (len(text) > 80 and is_prose(text)) or label_rank(text) != 2:
                continue
            dates = [d for d in find_dates(text) if publish.search(text[max(0, d.start - 12):d.start])]
            if dates:
                return dates[0]
    return None


def _timed_same_day(
    pick: FoundDate, lines: Sequence[Line], region: BodyRegion, meta: FoundDate | None
) -> FoundDate | None:
    """A date with a time of day for the day already chosen: metadata, a labelled line anywhere
    outside the body's prose, or a header line (even one that is mostly a link)."""
    day = pick.value.date()
    if meta is not None and meta.precision != "day" and meta.value.astimezone(CHINA_TZ).date() == day:
        return meta
    header = range(max(0, region.start - 25), region.start)
    for i in [*header, *range(region.end, len(lines))]:
        text = lines[i].text
        if len(text) > 160 or is_prose(text) or (i >= region.end and label_rank(text) != 2):
            continue
        for d in find_dates(text):
            if d.precision != "day" and d.value.date() == day:
                return d
    return None

def _after_body_date(lines: Sequence[Line], region: BodyRegion) -> FoundDate | None:
    """The first date on a short line after the body, unless it is one of a list of dated items
    (related articles: consecutive lines each with a date); else one on furniture inside the body."""
    window = range(region.end, min(len(lines), region.end + 12))
    dated = {i: find_dates(lines[i].text) for i in window
             if len(lines[i].text) <= 80 and lines[i].link_density <= 0.5}
    for i, dates in dated.items():
        if dates and not (dated.get(i - 1) or dated.get(i + 1)):
            return dates[0]
    for i in region.stripped:
        dates = find_dates(lines[i].text)
        if dates:
            return dates[0]
    return None

def _url_date(url: str | None, html: HtmlPage | None) -> tuple[FoundDate | None, str]:
    for candidate in (url, html.canonical if html else None, html.meta.get("og:url") if html else None):
        value = date_from_url(candidate) if candidate else None
        if value is not None:
            return FoundDate(value, candidate or "", 0, 0, "day"), "URL"
    return None, "none"

def _meta_date(html: HtmlPage | None) -> FoundDate | None:
    if html is None:
        return None
    values = [html.meta[k] for k in rule_lines("meta_date_keys") if k in html.meta] + html.ld_dates + html.time_values
    for value in values:
        found = parse_iso(value)
        if found is not None:
            return found
    return None
