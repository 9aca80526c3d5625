"""Evaluate parse_page on the shared corpus of real pages, beside trafilatura and GNE.

    python benchmarks/eval_pages.py                 # print the table
    python benchmarks/eval_pages.py --check         # also fail when a figure drops below benchmarks/floors.json
    python benchmarks/eval_pages.py --write         # also rewrite the pages section of benchmarks/RESULTS.md

Reads ``../shared/corpus`` (or ``$ZHNEWS_CORPUS``) by path and exits 0 with a note when it is absent.
Its folders ``pages/`` (+ ``seed/``) and ``more_pages/`` (when present) are scored apart and together;
floors.json holds pages/ under bare keys and more_pages/ under ``more_pages.KEY``.
Truth schema: see the corpus README. Scoring:

- title: exact after stripping surrounding spaces (not scored where the truth has none: more_pages);
- no date invented: on more_pages, ``date`` null means the page shows no day, so none should be found;
- no article: on more_pages, ``body_text`` null is an error page; NoArticleError is the right answer;
- date: the published day, as the page shows it, equals ``date`` (or ``date_alt``);
- date+time: on pages whose truth shows a time, the same instant to the precision shown
  (+08:00 unless the truth names GMT/UTC/Z);
- byline / editor / source: over the pages whose truth has them; names compared as sets after
  stripping spaces (editors split on 、); ``no-byline kept`` counts pages whose truth shows no byline
  where the extractor invented none;
- body F1: multiset F1 of character bigrams (whitespace removed) against ``body_text``; where the
  truth is partial, recall is used; ``body_with`` / ``body_without`` snippet checks on every page;
- text mode: each page's ``<body>`` rendered to plain text by a renderer written here (block elements
  end lines, like a scraper's text output), parsed, and compared with the HTML parse (same title,
  day and credits).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

CN = timezone(timedelta(hours=8))
FLOORS = HERE / "floors.json"
RESULTS = HERE / "RESULTS.md"


def corpus_dir() -> Path | None:
    path = Path(os.environ.get("ZHNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))
    return path if (path / "pages").is_dir() else None


# ---------------------------------------------------------------- truth helpers

def truth_day(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def truth_instant(value: str | None) -> tuple[datetime, str] | None:
    """(instant, precision) of a truth date_full that shows a time, else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|GMT|UTC)?", value)
    if not m:
        return None
    tz = timezone.utc if m[7] else CN
    dt = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz)
    return dt, ("second" if m[6] else "minute")


def names(values: Any) -> set[str]:
    if values is None:
        return set()
    if isinstance(values, str):
        values = re.split(r"[、,，]", values)
    return {re.sub(r"\s+", "", v) for v in values if v and v.strip()}


def bigrams(text: str) -> Counter[str]:
    t = re.sub(r"\s+", "", text or "")
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


def body_scores(pred: str, truth: str) -> tuple[float, float, float]:
    p, t = bigrams(pred), bigrams(truth)
    common = sum((p & t).values())
    if not p or not t or not common:
        return 0.0, 0.0, 0.0
    prec, rec = common / sum(p.values()), common / sum(t.values())
    return prec, rec, 2 * prec * rec / (prec + rec)


# ---------------------------------------------------------------- extractors

def run_zhnews(raw: bytes | str, url: str | None) -> dict[str, Any]:
    import zhnews

    a = zhnews.parse_page(raw, url=url)
    return {
        "title": a.title, "published": a.published, "precision": a.published_precision,
        "authors": a.authors, "editors": a.editors, "source": a.source, "body": a.body,
    }


def run_trafilatura(raw: bytes, url: str | None) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, output_format="python")
    if doc is None:
        return {}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    published = None
    if d.get("date"):
        try:
            published = datetime.fromisoformat(d["date"]).replace(tzinfo=CN)
        except ValueError:
            published = None
    authors = [x for x in re.split(r"[;,，、\s]+", d.get("author") or "") if x]
    return {"title": d.get("title"), "published": published, "precision": "day", "authors": authors,
            "editors": None, "source": None, "body": d.get("text") or ""}


def run_gne(raw: bytes, url: str | None) -> dict[str, Any]:
    from gne import GeneralNewsExtractor

    import zhnews.page.decode as dec

    text, _ = dec.decode_bytes(raw)  # GNE takes str; give it our decoding so charset lies do not count
    try:
        out = GeneralNewsExtractor().extract(text)
    except Exception:  # GNE raises on some pages; that page scores zero
        return {}
    published, precision = None, "day"
    m = re.search(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?",
                  out.get("publish_time") or "")
    if m:
        published = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0),
                             tzinfo=CN)
        precision = "second" if m[6] else ("minute" if m[4] else "day")
    authors = [x for x in re.split(r"[;,，、\s]+", out.get("author") or "") if x]
    return {"title": out.get("title"), "published": published, "precision": precision, "authors": authors,
            "editors": None, "source": None, "body": out.get("content") or ""}


# ---------------------------------------------------------------- text renderer

_BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
           "header", "footer", "nav", "aside", "ul", "ol", "table", "blockquote", "pre", "dd", "dt", "dl",
           "center", "form", "figure", "figcaption", "hr", "address", "main"}
_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "svg", "select", "button", "textarea"}


def render_text(raw: bytes) -> str:
    """Render a page's <body> as a scraper's plain-text dump: one line per block, no markup."""
    from lxml import html as lxml_html

    import zhnews.page.decode as dec

    text, _ = dec.decode_bytes(raw)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    root = lxml_html.document_fromstring(text)
    out: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _SKIP or not tag:
            if el.tail:
                out.append(el.tail)
            return
        if tag in _BLOCKS:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    lines = [" ".join(line.split()) for line in "".join(out).splitlines()]
    return "\n".join(line for line in lines if line)


def render_text_flat(raw: bytes) -> str:
    """A harsher dump, as ``get_text("\\n")`` scrapers give: the ``<title>`` first, then every text
    node of the <body> on a line of its own (inline elements too: a link inside a byline splits it)."""
    from lxml import html as lxml_html

    import zhnews.page.decode as dec

    text, _ = dec.decode_bytes(raw)
    root = lxml_html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    for el in list(root.iter(*_SKIP - {"head"})):
        if el.getparent() is not None:
            el.drop_tree()  # its tail (the text after it) is kept, as in render_text
    title = root.find(".//title")
    body = root.find("body")
    parts = [title.text_content() if title is not None else ""]
    parts += list((body if body is not None else root).itertext())
    lines = [" ".join(line.split()) for line in "\n".join(parts).splitlines()]
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------- scoring

def score_page(pred: dict[str, Any], truth: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    if truth.get("title"):  # more_pages leaves the title unchecked (null)
        row["title"] = bool(pred) and (pred.get("title") or "").strip() == truth["title"].strip()
    day = truth_day(truth.get("date"))
    alt = truth_day(truth.get("date_alt"))
    published = pred.get("published") if pred else None
    if day:
        row["date"] = published is not None and published.date().isoformat() in {day, alt}
    elif "date" in truth and truth.get("date") is None and truth.get("no_day"):
        row["no_date"] = published is None
    full = truth_instant(truth.get("date_full"))
    if full:
        want, precision = full
        ok = published is not None and pred.get("precision") in ("minute", "second")
        if ok:
            got = published.astimezone(want.tzinfo)
            if precision == "minute":
                got = got.replace(second=0)
            ok = got == want
        row["datetime"] = ok
    authors = truth.get("author")
    if authors:
        row["byline"] = bool(pred) and names(pred.get("authors")) == names(authors)
    elif authors == []:
        row["no_byline"] = not (pred or {}).get("authors")
    if truth.get("editor"):
        row["editor"] = None if pred.get("editors") is None else names(pred.get("editors")) == names(truth["editor"])
    if truth.get("source"):
        row["source"] = re.sub(r"\s+", "", pred.get("source") or "") == re.sub(r"\s+", "", truth["source"])
    body = pred.get("body") or "" if pred else ""
    if truth.get("body_text"):
        _, rec, f1 = body_scores(body, truth["body_text"])
        row["body_f1"] = rec if truth.get("body_truth_partial") else f1
    elif "body_text" in truth and truth.get("no_article"):
        row["no_article"] = bool(pred.get("no_article")) if pred else False
    squash = re.sub(r"\s+", "", body)
    row["with_missing"] = [s for s in truth.get("body_with") or [] if re.sub(r"\s+", "", s) not in squash]
    row["without_found"] = [s for s in truth.get("body_without") or [] if re.sub(r"\s+", "", s) in squash]
    return row


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("title", "date", "no_date", "datetime", "byline", "no_byline", "editor", "source", "no_article"):
        vals = [r[key] for r in rows if key in r and r[key] is not None]
        out[key] = (sum(vals), len(vals))
    f1s = [r["body_f1"] for r in rows if "body_f1" in r]
    out["body_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    out["with_missing"] = sum(len(r["with_missing"]) for r in rows)
    out["without_found"] = sum(len(r["without_found"]) for r in rows)
    return out


def fmt(v: Any) -> str:
    if isinstance(v, tuple):
        n, d = v
        return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "n/a"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def pct(v: tuple[int, int]) -> float:
    return v[0] / v[1] if v[1] else 1.0


#: The folders of the shared corpus, scored apart and in total. ``more_pages`` marks where its truth
#: differs: title not checked (null), ``date`` null = the page shows no day, ``body_text`` null = no
#: article on the page (a forum error page).
SETS = ("pages", "more_pages")


def load_truth(path: Path, folder: str) -> dict[str, Any]:
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    if folder == "more_pages":
        truth["no_day"] = truth.get("date") is None
        truth["no_article"] = truth.get("body_text") is None
    return truth


def anchor_systems(with_anchors: bool) -> dict[str, Any]:
    systems: dict[str, Any] = {"zhnews": run_zhnews}
    if not with_anchors:
        return systems
    try:
        import trafilatura  # noqa: F401

        systems["trafilatura"] = run_trafilatura
    except ImportError:
        print("note: trafilatura not installed (pip install -e '.[dev]'); its column is skipped")
    try:
        import gne  # noqa: F401

        systems["GNE"] = run_gne
    except ImportError:
        print("note: gne not installed (pip install -e '.[dev]'); its column is skipped")
    return systems


def run_system(name: str, fn: Any, raw: bytes, url: str | None, details: list[str], stem: str) -> dict[str, Any]:
    from zhnews.errors import NoArticleError

    try:
        return fn(raw, url)
    except NoArticleError:  # the right answer on a page without an article
        return {"no_article": True}
    except Exception as exc:  # a crash scores zero and is listed
        details.append(f"{name} {stem}: {type(exc).__name__}: {exc}")
        return {}


def describe_miss(stem: str, row: dict[str, Any], pred: dict[str, Any]) -> str | None:
    bad = [k for k, v in row.items() if v is False or (k == "body_f1" and v < 0.9)]
    if not (row["with_missing"] or row["without_found"] or bad):
        return None
    return (
        f"{stem}: wrong {bad} missing {row['with_missing']} leaked {row['without_found']}"
        + (f" f1={row.get('body_f1', 0):.3f}" if "body_f1" in row else "")
        + f" | got title={pred.get('title')!r} date={pred.get('published')} "
        f"authors={pred.get('authors')} editors={pred.get('editors')} source={pred.get('source')!r}"
    )


#: per-field figures of the text renderings (key in the summary, label in the table); ``text_`` keys
#: for :func:`render_text`, ``flat_`` keys for :func:`render_text_flat`
_TEXT_FIELD_NAMES = (
    ("title", "headline right (truth checked)"),
    ("title_same", "headline = HTML parse"),
    ("date", "date (day) right"),
    ("no_date", "no date invented"),
    ("datetime", "date + time right"),
    ("byline", "byline right"),
    ("editor", "editor right"),
    ("source", "source right"),
)
RENDERERS = (("text", "text rendering", "render_text"), ("flat", "flat text rendering", "render_text_flat"))
TEXT_FIELDS = tuple((f"{prefix}_{key}", f"{name}: {label}") for prefix, name, _ in RENDERERS
                    for key, label in _TEXT_FIELD_NAMES)


def _text_fields(prefix: str, text_pred: dict[str, Any], html_pred: dict[str, Any],
                 truth: dict[str, Any]) -> dict[str, bool]:
    trow = score_page(text_pred, truth)
    out = {f"{prefix}_title_same": text_pred["title"] == html_pred["title"]}
    for key in ("title", "date", "no_date", "datetime", "byline", "editor", "source"):
        if key in trow and trow[key] is not None:
            out[f"{prefix}_{key}"] = bool(trow[key])
    return out


def text_mode(raw: bytes, url: str | None, truth: dict[str, Any], stem: str,
              details: list[str]) -> dict[str, bool]:
    """One HTML page rendered as text dumps and parsed: ``same`` (text parse = HTML parse on title,
    day and credits), ``truth`` (title where checked, day, credits right), both for
    :func:`render_text`, and one entry per field of :data:`TEXT_FIELDS` that the truth (or, for the
    headline, the HTML parse) can judge, for each renderer."""
    html_pred: dict[str, Any] = {}
    text_pred: dict[str, Any] = {}
    out: dict[str, bool] = {}
    same, ok = False, False
    for prefix, _, renderer in RENDERERS:
        try:
            html_pred = html_pred or run_zhnews(raw, url)
            pred = run_zhnews(globals()[renderer](raw), url)
            out.update(_text_fields(prefix, pred, html_pred, truth))
        except Exception as exc:
            details.append(f"{prefix}-mode {stem}: {type(exc).__name__}: {exc}")
            out.update({f"{prefix}_{key}": False for key, _ in _TEXT_FIELD_NAMES
                        if key not in ("no_date", "datetime") and (key != "title" or truth.get("title"))})
            continue
        if prefix == "text":
            text_pred = pred
            same = (pred["title"] == html_pred["title"]
                    and (pred["published"] and pred["published"].date())
                    == (html_pred["published"] and html_pred["published"].date())
                    and names(pred["authors"]) == names(html_pred["authors"])
                    and names(pred["editors"]) == names(html_pred["editors"]))
            trow = score_page(pred, truth)
            ok = all(trow.get(k, True) for k in ("title", "date", "byline", "editor"))
        elif pred["title"] != html_pred["title"]:
            details.append(f"flat-mode title differs {stem}: html={html_pred['title']!r} flat={pred['title']!r}")
    if not same:
        show = [(p.get("title"), p.get("published"), p.get("authors"), p.get("editors"), p.get("source"))
                for p in (html_pred, text_pred)]
        details.append(f"text-mode differs {stem}: html={show[0]} text={show[1]}")
    return {"text_same": bool(same), "text_truth": bool(ok), **out}


def evaluate_set(corpus: Path, folder: str, systems: dict[str, Any], details: list[str]) -> dict[str, Any]:
    """Score every page of one folder; text mode on its HTML pages (not on an error page)."""
    pages = sorted((corpus / folder).glob("*.html"))
    seed = sorted((corpus / "seed").glob("*.txt")) if folder == "pages" else []
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in systems}
    text_rows: list[dict[str, bool]] = []
    for path in pages + seed:
        truth = load_truth(path, folder)
        raw = path.read_bytes()
        url = truth.get("url")
        for name, fn in systems.items():
            if path.suffix == ".txt" and name != "zhnews":
                continue
            pred = run_system(name, fn, raw, url, details, path.stem)
            row = score_page(pred, truth)
            row["page"] = path.stem
            rows[name].append(row)
            miss = describe_miss(path.stem, row, pred) if name == "zhnews" else None
            if miss:
                details.append(miss)
        if path.suffix == ".html" and not truth.get("no_article"):
            text_rows.append(text_mode(raw, url, truth, path.stem, details))
    return {"rows": rows, "text_rows": text_rows, "pages": len(pages), "seed": len(seed)}


def summary_of(parts: list[dict[str, Any]], systems: dict[str, Any]) -> dict[str, Any]:
    summary = {name: summarise([r for p in parts for r in p["rows"][name]]) for name in systems}
    text_rows = [r for p in parts for r in p["text_rows"]]
    for key in ("text_same", "text_truth", *(k for k, _ in TEXT_FIELDS)):
        vals = [r[key] for r in text_rows if key in r]
        summary["zhnews"][key] = (sum(vals), len(vals))
    return summary


def evaluate(corpus: Path, with_anchors: bool = True) -> dict[str, Any]:
    """Score each folder of the corpus that is present, then all of them together."""
    systems = anchor_systems(with_anchors)
    details: list[str] = []
    parts = {folder: evaluate_set(corpus, folder, systems, details)
             for folder in SETS if (corpus / folder).is_dir()}
    sets = {folder: summary_of([part], systems) for folder, part in parts.items()}
    total = summary_of(list(parts.values()), systems)
    counts = {folder: (part["pages"], part["seed"]) for folder, part in parts.items()}
    return {"summary": sets["pages"], "sets": sets, "total": total, "counts": counts, "details": details,
            "pages": parts["pages"]["pages"], "seed": parts["pages"]["seed"]}


LABELS = [
    ("title", "title exact"), ("date", "date (day)"), ("no_date", "no date invented (page shows no day)"),
    ("datetime", "date + time, where shown"),
    ("byline", "byline (pages with one)"), ("no_byline", "no byline invented"), ("editor", "editor"),
    ("source", "source"), ("body_f1", "body F1 (mean)"), ("no_article", "no article found on an error page"),
    ("with_missing", "body_with snippets missing"),
    ("without_found", "body_without snippets leaked"), ("text_same", "text dump = HTML parse"),
    ("text_truth", "text dump right (title where checked, day, credits)"),
    *TEXT_FIELDS,
]


def table(summary: dict[str, Any]) -> str:
    systems = list(summary)
    lines = ["| field | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
    for key, label in LABELS:
        counts = [summary[s][key][1] for s in systems if isinstance(summary[s].get(key), tuple)]
        if counts and not any(counts):
            continue  # nothing of this kind in the set
        cells = [fmt(summary[s].get(key, "n/a")) if key in summary[s] else "n/a" for s in systems]
        if key in ("editor", "source") or key.startswith("text"):
            cells = [cells[0]] + ["n/a"] * (len(systems) - 1)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def figures(summary: dict[str, Any], prefix: str = "") -> dict[str, float]:
    z = summary["zhnews"]
    keys = ("title", "date", "no_date", "datetime", "byline", "no_byline", "editor", "source", "text_same")
    out = {prefix + k: pct(z[k]) for k in keys if prefix == "" or z[k][1]}
    out.update({prefix + k: pct(z[k]) for k in ("text_title", "text_title_same", "text_date", "text_byline",
                                                "flat_title", "flat_title_same", "flat_date", "flat_byline")
                if z[k][1]})
    if prefix == "":  # the ratchet's keys for pages/ as they were first recorded
        out = {k: v for k, v in out.items() if k not in ("no_date", "no_byline")}
    out[prefix + "body_f1"] = z["body_f1"]
    out[prefix + "without_found"] = -float(z["without_found"])
    return out


def all_figures(result: dict[str, Any]) -> dict[str, float]:
    """pages/ under its bare keys (as floors.json first recorded them), more_pages/ under ``more_pages.``."""
    got = figures(result["sets"]["pages"])
    for folder, summary in result["sets"].items():
        if folder != "pages":
            got.update(figures(summary, prefix=f"{folder}."))
    return got


def report(result: dict[str, Any]) -> str:
    blocks = []
    for folder, summary in result["sets"].items():
        n, s = result["counts"][folder]
        what = f"{n} HTML pages" + (f" + {s} text dump(s)" if s else "")
        blocks.append(f"### {folder}/ ({what})\n\n{table(summary)}")
    if len(result["sets"]) > 1:
        blocks.append(f"### both folders together\n\n{table(result['total'])}")
    return "\n\n".join(blocks)


#: The first score of ``more_pages/``, taken before any change was made for it (zhnews column of
#: ``python benchmarks/eval_pages.py`` at commit 50699cd). Kept here so RESULTS.md shows it beside
#: the current figures.
MORE_PAGES_FIRST_SCORE = (
    "date (day) 11/16 (0.69), no date invented 7/8, date + time 8/15 (0.53), byline 3/16 (0.19), "
    "no byline invented 7/8, editor 2/2, source 2/2, body F1 0.862, error page seen as no article 0/1, "
    "0 boilerplate snippets leaked; both folders together: date 38/43 (0.88), date + time 33/40 (0.82), "
    "byline 20/34 (0.59), body F1 0.905"
)


#: The per-field figures of the text renderings when they were first printed (commit 785687b, before
#: the scored headline choice for text dumps), both folders.
TEXT_FIRST_SCORE = (
    "pages/: headline right 27/27, = HTML parse 27/27, date (day) 26/26, date + time 24/24, byline 16/17, "
    "editor 12/13, source 20/22; more_pages/: headline = HTML parse 14/23 (title not in the truth), "
    "date (day) 16/16, no date invented 7/7, date + time 15/15, byline 15/16, editor 2/2, source 2/2. "
    "The flat rendering (render_text_flat), first scored at commit 6734540 after the scored headline "
    "choice (with its <script>/<style> text dropped, as render_text does): pages/: headline right 24/27, "
    "date (day) 26/26, date + time 23/24, byline 14/17, editor 12/13, source 15/22; more_pages/: headline "
    "= HTML parse 15/23, date (day) 16/16, no date invented 7/7, date + time 15/15, byline 9/16, editor 2/2, "
    "source 1/2"
)


def text_score_sentence(result: dict[str, Any]) -> str:
    """The first per-field text-rendering figures and the figures now, both folders."""
    parts = []
    for folder, summary in result["sets"].items():
        z = summary["zhnews"]
        cells = [f"{label} {z[key][0]}/{z[key][1]}" for key, label in TEXT_FIELDS if z.get(key, (0, 0))[1]]
        parts.append(f"{folder}/: " + ", ".join(cells))
    return (f"Text renderings, first per-field figures: {TEXT_FIRST_SCORE}.\n\n"
            f"Text renderings now: {'; '.join(parts)}.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when a figure is below benchmarks/floors.json")
    parser.add_argument("--write", action="store_true", help="rewrite the pages section of RESULTS.md")
    parser.add_argument("--no-anchors", action="store_true", help="skip trafilatura and GNE")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every page that misses")
    args = parser.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        print("shared corpus not found (../shared/corpus or $ZHNEWS_CORPUS): nothing to evaluate")
        return 0
    started = time.perf_counter()
    result = evaluate(corpus, with_anchors=not args.no_anchors)
    text = report(result)
    print(f"corpus: {corpus}")
    print(text)
    if "more_pages" in result["sets"]:
        print(first_score_sentence(result))
    print(text_score_sentence(result))
    if args.verbose:
        print("\n".join(result["details"]))
    print(f"({time.perf_counter() - started:.1f} s)")
    status = check_floors(all_figures(result)) if args.check else 0
    if args.write:
        write_results(text, result)
    return status


def check_floors(got: dict[str, float]) -> int:
    if not FLOORS.exists():
        return 0
    status = 0
    for key, floor in json.loads(FLOORS.read_text()).items():
        if key.split(".")[0] in SETS[1:] and not any(k.startswith(key.split(".")[0] + ".") for k in got):
            continue  # that folder is absent here
        if got.get(key, 0.0) + 1e-9 < floor:
            print(f"RATCHET FAILED: {key} = {got.get(key, 0.0):.3f} is below the recorded {floor:.3f}")
            status = 1
    if status == 0:
        print("ratchet: every figure at or above benchmarks/floors.json")
    return status


def first_score_sentence(result: dict[str, Any] | None = None) -> str:
    """The first score of more_pages/ and, given a result, the figures now, side by side."""
    text = f"more_pages/ first score (before any change made for it): {MORE_PAGES_FIRST_SCORE}"
    if result is None:
        return text
    z, t = result["sets"]["more_pages"]["zhnews"], result["total"]["zhnews"]

    def frac(v: tuple[int, int]) -> str:
        return f"{v[0]}/{v[1]} ({pct(v):.2f})"

    now = (
        f"date (day) {frac(z['date'])}, no date invented {frac(z['no_date'])}, date + time {frac(z['datetime'])}, "
        f"byline {frac(z['byline'])}, no byline invented {frac(z['no_byline'])}, editor {frac(z['editor'])}, "
        f"source {frac(z['source'])}, body F1 {z['body_f1']:.3f}, error page seen as no article "
        f"{frac(z['no_article'])}, {z['without_found']} boilerplate snippets leaked; both folders together: "
        f"date {frac(t['date'])}, date + time {frac(t['datetime'])}, byline {frac(t['byline'])}, "
        f"body F1 {t['body_f1']:.3f}"
    )
    return f"{text}.\n\nmore_pages/ now: {now}."


def write_section(key: str, heading: str, block: str) -> None:
    """Replace (or append) the ``key`` section of RESULTS.md, between its begin/end markers."""
    begin, end = f"<!-- {key}:begin -->", f"<!-- {key}:end -->"
    block = f"{begin}\n{block}\n{end}"
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Evaluation results\n"
    if begin in current:
        current = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, current, flags=re.S)
    else:
        current = current.rstrip() + f"\n\n## {heading}\n\n{block}\n"
    RESULTS.write_text(current, encoding="utf-8")


def write_results(text: str, result: dict[str, Any]) -> None:
    first = f"\n\n{first_score_sentence(result)}" if "more_pages" in result["sets"] else ""
    first += f"\n\n{text_score_sentence(result)}"
    write_section(
        "pages", "Page parsing",
        f"`python benchmarks/eval_pages.py --write` on the shared corpus, each folder apart and both together "
        f"(URL given where the truth has one).\n\n{text}{first}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
