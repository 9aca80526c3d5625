"""Train the PER/LOC/ORG tagger shipped as ``src/zhnews/extract/models/ner_tagger.npz``.

    pip install python-crfsuite numpy
    python scripts/train_tagger.py [--sets msra,pd1998_jan,cluener] [--max-iter 150] [--c1 0.02] [--c2 0.01]
                                   [--repeat cluener=5,conventions=6,msra=2] [--hit-context 1] [--words]
                                   [--conventions scripts/data/conventions/*.jsonl]
                                   [--source-copies conventions|all|SET,... [--copy-value 1.0] [--source-scale S]]
                                   [--keep FILE.crfsuite]
    python scripts/train_tagger.py --from-crfsuite FILE.crfsuite --out X.npz [--source-scale S]

The defaults are the shipped model's settings (session 13's choice, first trained in session 12 as "K2"), but
for the passages: it was trained on the first ten files (``conv_h1`` to ``conv_h10``; the default reads all 30,
those of sessions 16 and 17 too). ``python scripts/train_tagger.py --conventions
scripts/data/conventions/conv_h{1,10,2,3,4,5,6,7,8,9}.jsonl`` (the default's sorted order) rebuilds it bit for
bit (about 40 minutes on one core, deterministic) from the built-in lexicons as they were when it was trained
(their matches are features): ``git checkout 159ff5e -- src/zhnews/extract/rules`` first; with later lexicons
the weights differ a little.

Reads the TRAIN splits of ``../shared/ner`` (origins, licences and conventions in that folder's README;
``docs/entities.md`` names them for users), cuts each sentence into the pieces the library tags
(:func:`zhnews.extract.tagger.segments`), computes each character's features with the library's own
:func:`~zhnews.extract.tagger.feature_keys` (character n-grams, and where the character sits in a match of
the built-in lexicons and gazetteer: :func:`zhnews.extract.entities.dictionary_hits`), and trains a
linear-chain CRF with python-crfsuite (L-BFGS, L1 + L2; deterministic for the same data and options). The
learnt weights are written as 64-bit feature keys, a float16 weight row per key and a transition matrix.
The dev splits are never read here: ``benchmarks/eval_ner.py`` scores the result on them. ``--limit``
trains on the first N sentences of each set, for a quick trial. ``--conventions FILE ...`` adds passages
annotated in our own conventions (``scripts/data/conventions``: PERSON, PLACE, ORG and LAB become PER, LOC,
ORG, ORG; the rules' types stay untagged), weighted with ``--repeat conventions=K``; the blind sets never.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_ner import ner_dir, read_bio  # noqa: E402

from zhnews.extract._words import segmenter  # noqa: E402
from zhnews.extract.entities import dictionary_hits  # noqa: E402
from zhnews.extract.tagger import HIT_CONTEXT_COLUMNS, LABELS, feature_keys, segments  # noqa: E402
from zhnews.resources import Resources  # noqa: E402
from zhnews.types import ENTITY_TYPES  # noqa: E402

OUT = ROOT / "src" / "zhnews" / "extract" / "models" / "ner_tagger.npz"
#: the passages in our conventions (``--conventions``: all 30 files by default; the shipped model read conv_h1-h10)
CONVENTIONS = ROOT / "scripts" / "data" / "conventions"


def training_pieces(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, list[str]]]:
    """The library's tagging pieces of one sentence with their BIO labels (spans cut by a piece are dropped)."""
    text = "".join(unicodedata.normalize("NFKC", ch)[:1] or ch for ch in text)  # one char per char
    tags = ["O"] * len(text)
    for a, b, typ in spans:
        tags[a] = "B-" + typ
        for i in range(a + 1, b):
            tags[i] = "I-" + typ
    out = []
    for a, b in segments(text):
        piece = tags[a:b]
        i = 0
        while i < len(piece) and piece[i].startswith("I-"):  # the end of a name the cut split: not a name
            piece[i] = "O"
            i += 1
        out.append((text[a:b], piece))
    return out


#: The tagger's label for each type of our annotated passages; the others (EVENT, POLICY …) are the rules'.
CONVENTION_LABELS = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG", "LAB": "ORG"}


def read_conventions(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Passages annotated in our conventions (``{"text", "script", "entities": [[surface, TYPE], ...]}``, every
    occurrence listed in order) as sentences of the normalised view the library tags, with the tagger's spans."""
    from zhnews.script import normalise

    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        text, at, listed = row["text"], 0, []
        for surface, typ in row["entities"]:
            if typ not in ENTITY_TYPES:
                raise SystemExit(f"{path}:{n}: unknown type {typ!r}")
            start = text.find(surface, at)
            if start < 0:
                raise SystemExit(f"{path}:{n}: {surface!r} not found after offset {at}")
            at = start + len(surface)
            listed.append((start, at, typ))
        view = normalise(text)
        if len(view.text) != len(text):
            raise SystemExit(f"{path}:{n}: the normalised view changes the passage's length")
        if _unlisted_repeat(text, listed + _currency_words(view.text)):
            raise SystemExit(f"{path}:{n}: a listed name occurs again outside the listed spans")
        spans = [(a, b, CONVENTION_LABELS[typ]) for a, b, typ in listed if typ in CONVENTION_LABELS]
        out.append((view.text, spans))
    return out


def _currency_words(view: str) -> list[tuple[int, int, str]]:
    """The spans of currency words (澳门元, 新台币: ``rules/currencies.tsv``) that end where a word ends, where
    a place's name is no name: the passages leave 澳門 in 95億澳門元 and 港元及澳門元 unlisted, and the tagger
    learns it so (澳门|元旦 holds no currency)."""
    from zhnews.extract._rulefiles import table
    from zhnews.extract._words import segmenter

    ends = {t.end for t in segmenter().pos_tokens(view)}
    spans = []
    for word, *_rest in table("currencies.tsv"):
        if len(word) >= 2:
            spans += [(m.start(), m.end(), "") for m in re.finditer(re.escape(word), view) if m.end() in ends]
    return spans


def _unlisted_repeat(text: str, listed: list[tuple[int, int, str]]) -> bool:
    """Whether a listed name occurs where no listed span covers it: the tagger would learn it is no name."""
    covered = [False] * len(text)
    for a, b, _typ in listed:
        covered[a:b] = [True] * (b - a)
    for surface in {text[a:b] for a, b, _typ in listed}:
        start = text.find(surface)
        while start >= 0:
            if not all(covered[start:start + len(surface)]):
                return True
            start = text.find(surface, start + 1)
    return False


def with_source_copies(feats: list[list[str]], source: str, copy_value: float = 1.0) -> list[Any]:
    """Each character's features followed by their copies owned by ``source`` (see :func:`build_trainer`);
    a copy's value is ``copy_value`` (crfsuite weighs a feature by its value; below 1, the regularisation costs
    a copy more than the shared feature for the same effect, so the shared weights carry what the sources share).

    >>> with_source_copies([["11", "12"]], "msra")
    [['11', '12', 'msra:11', 'msra:12']]
    >>> with_source_copies([["11"]], "msra", 0.25)
    [{'11': 1.0, 'msra:11': 0.25}]
    """
    if copy_value == 1.0:
        return [row + [f"{source}:{key}" for key in row] for row in feats]
    return [{**dict.fromkeys(row, 1.0), **dict.fromkeys((f"{source}:{key}" for key in row), copy_value)}
            for row in feats]


def build_trainer(sets: list[str], limit: int, hits: bool, repeat: dict[str, int] | None = None,
                  hit_context: int = 0, conventions: list[Path] | None = None,
                  copies_for: frozenset[str] = frozenset(), copy_value: float = 1.0,
                  words: bool = False) -> tuple[object, int]:
    """A crfsuite trainer holding every training piece's features and labels.

    ``copies_for``: in a piece from one of these sources (a set's name, ``conventions`` for our passages,
    ``all``), each feature is given twice, as itself and as a copy owned by the source (written
    ``source:key``). A source's copies learn where its annotation conventions differ from the others', so the
    shared weights need not bend to it; :func:`export` keeps the shared weights and adds a chosen source's
    copies (the command line exports ours, the conventions the library's output follows). ``words``: each
    piece's words from the library's segmenter are features too (``feature_keys``' words columns)."""
    import pycrfsuite

    folder = ner_dir()
    if folder is None:
        raise SystemExit("../shared/ner not found")
    trainer = pycrfsuite.Trainer(verbose=False)
    resources = Resources()
    pieces: list[tuple[str, list[str], str]] = []
    for name in sets:
        sentences = list(read_bio(folder / "train" / f"{name}.bio"))
        if limit:
            sentences = sentences[:limit]
        times = (repeat or {}).get(name, 1)
        for text, spans in sentences:
            pieces += [(piece, labels, name) for piece, labels in training_pieces(text, spans)] * times
        print(f"{name}: {len(sentences)} sentences" + (f", each {times} times" if times > 1 else ""), flush=True)
    if conventions:
        times = (repeat or {}).get("conventions", 1)
        passages = [item for path in conventions for item in read_conventions(path)]
        for text, spans in passages:
            pieces += [(piece, labels, "conventions") for piece, labels in training_pieces(text, spans)] * times
        print(f"conventions: {len(passages)} passages" + (f", each {times} times" if times > 1 else ""), flush=True)
    chars = 0
    for start in range(0, len(pieces), 512):
        batch = pieces[start:start + 512]
        texts = [p[0] for p in batch]
        found = [dictionary_hits(text, resources) for text in texts] if hits else None
        tokens = [segmenter(resources).pos_tokens(text) for text in texts] if words else None
        keys, _lengths = feature_keys(texts, found, hit_context, tokens)
        start_of = 0
        for text, labels, source in batch:
            feats = keys[start_of:start_of + len(text)].astype(str).tolist()
            if source in copies_for or "all" in copies_for:
                feats = with_source_copies(feats, source, copy_value)
            start_of += len(text)
            trainer.append(feats, labels)
            chars += len(text)
    print(f"{len(pieces)} pieces, {chars} characters", flush=True)
    return trainer, chars


def weight_rows(state_features: dict[tuple[str, str], float], source: str = "conventions",
                source_scale: float = 1.0) -> dict[int, np.ndarray]:
    """A weight row (a column per label of :data:`LABELS`) per feature key, from crfsuite's (attribute,
    label) weights: a shared feature's weight, plus ``source_scale`` times its copy owned by ``source``
    (attributes ``source:key``); copies owned by other sources are dropped. A model trained with copies of
    value v (``--copy-value``) is exported with ``source_scale`` v: the copy's weight times its value.

    >>> rows = weight_rows({("7", "O"): 1.0, ("conventions:7", "O"): 0.5, ("msra:7", "B-PER"): 2.0}, "conventions")
    >>> rows[7].tolist()
    [1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    >>> weight_rows({("msra:9", "O"): 2.0}, "conventions")
    {}
    """
    col = {lab: i for i, lab in enumerate(LABELS)}
    rows: dict[int, np.ndarray] = {}
    for (attr, label), weight in state_features.items():
        owner, _sep, key = attr.rpartition(":")
        if owner and (owner != source or not source_scale):
            continue
        row = rows.setdefault(int(key), np.zeros(len(LABELS), dtype=np.float32))
        row[col[label]] += weight * (source_scale if owner else 1.0)
    return rows


def export(model_path: str, out: Path, hits: bool, hit_context: int = 0, source: str = "conventions",
           source_scale: float = 1.0, words: bool = False) -> None:
    """Write a crfsuite model as the library's ``.npz``. A model trained with source copies keeps its shared
    weights plus ``source_scale`` times the copies owned by ``source`` (0: the shared weights alone); the
    other sources' copies are dropped. ``words``: the model reads the segmenter's words (recorded as reads_words)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    info = tagger.info()
    labels = list(LABELS)
    col = {lab: i for i, lab in enumerate(labels)}
    rows = weight_rows(info.state_features, source, source_scale)
    keys = np.array(sorted(rows), dtype=np.uint64)
    weights = np.stack([rows[int(k)] for k in keys]).astype(np.float16)
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), weight in info.transitions.items():
        transitions[col[a], col[b]] = weight
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, keys=keys, weights=weights, transitions=transitions, labels=np.array(labels),
                        reads_hits=np.array(hits), hit_context=np.array(hit_context), reads_words=np.array(words))
    print(f"wrote {out}: {len(keys)} feature keys, {out.stat().st_size / 1e6:.1f} MB", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="msra,pd1998_jan,cluener")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.02)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--repeat", default="cluener=5,conventions=6,msra=2",
                    help="weight a set by repeating its sentences ('' for none)")
    ap.add_argument("--no-hits", action="store_true", help="no dictionary features (character n-grams only)")
    ap.add_argument("--hit-context", type=int, default=1, choices=sorted(HIT_CONTEXT_COLUMNS),
                    help="1: also the dictionary matches beside each character; 2: and its match with the character")
    ap.add_argument("--words", action="store_true",
                    help="the segmenter's words as features too: each character's place in its word, with the word's "
                         "part-of-speech flag and with the character")
    ap.add_argument("--conventions", type=Path, nargs="*", default=sorted(CONVENTIONS.glob("*.jsonl")),
                    help="passages annotated in our conventions (JSON lines); weight them with --repeat conventions=K")
    ap.add_argument("--source-copies", default="",
                    help="sources (comma-separated; 'all') whose sentences give each feature a second copy owned "
                         "by the source (see build_trainer)")
    ap.add_argument("--copy-value", type=float, default=1.0,
                    help="with --source-copies: the value of each source's copy of a feature (see with_source_copies)")
    ap.add_argument("--source-scale", type=float, default=None,
                    help="with --source-copies: how much of our conventions' copies the exported model adds "
                         "(default: the copy value, all of their effect; 0: the shared weights alone)")
    ap.add_argument("--keep", type=Path,
                    help="also keep the crfsuite model file here, and its options beside it (name + .json)")
    ap.add_argument("--from-crfsuite", type=Path,
                    help="export this kept crfsuite model instead of training (options from the .json beside it)")
    args = ap.parse_args()
    if args.from_crfsuite:
        options = kept_options(args.from_crfsuite)
        export(str(args.from_crfsuite), args.out, options["hits"], options["hit_context"],
               source_scale=_scale(args.source_scale, options["copy_value"]), words=options.get("words", False))
        return 0
    copies_for = frozenset(filter(None, args.source_copies.split(",")))
    sources = {*args.sets.split(","), "conventions", "all"}
    if copies_for - sources:
        ap.error(f"--source-copies: unknown sources {sorted(copies_for - sources)} (the sets, conventions or all)")
    start = time.perf_counter()
    repeat = {name: int(times) for name, times in (part.split("=") for part in args.repeat.split(",") if part)}
    trainer, _chars = build_trainer(args.sets.split(","), args.limit, not args.no_hits, repeat, args.hit_context,
                                     args.conventions, copies_for, args.copy_value, args.words)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter,  # type: ignore[attr-defined]
                        "feature.possible_transitions": True})
    print(f"features built in {time.perf_counter() - start:.0f} s; training", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.crfsuite"
        trainer.train(str(model))  # type: ignore[attr-defined]
        if not model.exists():
            raise SystemExit("crfsuite wrote no model")
        print(f"trained in {time.perf_counter() - start:.0f} s", flush=True)
        if args.keep:  # before the export: a failing export loses no training
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(model, args.keep)
            _options_file(args.keep).write_text(json.dumps(
                {"hits": not args.no_hits, "hit_context": args.hit_context, "copy_value": args.copy_value,
                 "words": args.words,
                 "source_copies": sorted(copies_for)}) + "\n", encoding="utf-8")
        export(str(model), args.out, not args.no_hits, args.hit_context,
               source_scale=_scale(args.source_scale, args.copy_value), words=args.words)
    return 0


def _scale(asked: float | None, copy_value: float) -> float:
    """How much of our passages' copies an export adds: as asked, else all of their effect (their value)."""
    return copy_value if asked is None else asked


def _options_file(model: Path) -> Path:
    """Where the options of a kept model are written: its name with .json added (X.crfsuite.json)."""
    return model.with_name(model.name + ".json")


def kept_options(model: Path) -> dict[str, Any]:
    """The options a kept crfsuite model was trained with, from the JSON file ``--keep`` wrote beside it
    (``source_copies`` is kept for the record: a model trained with no copies for our passages has none to add)."""
    sidecar = _options_file(model)
    if not sidecar.exists():
        raise SystemExit(f"{sidecar} not found: the options the model was trained with (hits, hit_context, "
                         "copy_value) are needed to export it")
    return dict(json.loads(sidecar.read_text(encoding="utf-8")))


if __name__ == "__main__":
    raise SystemExit(main())
