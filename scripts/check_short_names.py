"""Which short names of the built-in lexicons sit inside other words of real text: a check to run after adding names.

    python scripts/check_short_names.py [--max-length 3] [--min-share 0.1] [--names NAME ...]

Every match of the built-in lexicons is a feature the tagger reads, also where the name does not start and end words
of the text (思科 in 反思科技, 力拓 in 努力拓宽, 北宁 in 西北宁夏 took the place 宁夏 from the tagger). The library's
own lexicon recogniser checks word edges; the tagger's features do not, since the model was trained on matches as they
come. So a short name that often occurs away from word edges is left out or listed with its company word (思科公司).

This script reads the sentences of the TRAIN splits of ``../shared/ner`` (``ZHNEWS_NER`` overrides the folder;
skipped cleanly when absent), finds every occurrence of each lexicon name of at most ``--max-length`` characters
(on the simplified view, as the library matches), and counts how many of them do not start and end jieba words,
segmented a few characters around. It prints the names whose share of such occurrences is at least
``--min-share`` (and that occur at least twice away from word edges), with one example each. It reads no dev split.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

_WINDOW = 6  # characters segmented on each side of an occurrence


def train_sentences(folder: Path) -> Iterator[str]:
    """The sentences of every ``train/*.bio`` file (``char<TAB>tag`` lines, a blank line between sentences)."""
    for path in sorted((folder / "train").glob("*.bio")):
        chars: list[str] = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    chars.append(line.split("\t")[0])
                elif chars:
                    yield "".join(chars)
                    chars = []
        if chars:
            yield "".join(chars)


def short_names(max_length: int) -> list[str]:
    """The built-in lexicons' names of at most ``max_length`` characters, on the simplified view, once each."""
    from zhnews.extract._entity_data import _LEXICON_FILES
    from zhnews.extract._rulefiles import lines
    from zhnews.extract._source import view_of

    names = {view_of(line.split("\t")[0]).text for name in _LEXICON_FILES for line in lines(name)}
    return sorted(n for n in names if 2 <= len(n) <= max_length)


def inside_words(text: str, names: list[str]) -> tuple[Counter[str], Counter[str], dict[str, str]]:
    """(occurrences, occurrences away from word edges, an example of the latter) of each name in ``text``."""
    import ahocorasick_rs

    from zhnews.extract._words import segmenter
    from zhnews.resources import default_resources

    seg = segmenter(default_resources())
    matcher = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.Standard)
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    example: dict[str, str] = {}
    for index, a, b in matcher.find_matches_as_indexes(text, overlapping=True):
        name = names[index]
        seen[name] += 1
        lo, hi = max(0, a - _WINDOW), min(len(text), b + _WINDOW)
        spans = seg.word_spans(text[lo:hi])
        if not (any(lo + x == a for _w, x, _y in spans) and any(lo + y == b for _w, _x, y in spans)):
            inside[name] += 1
            example.setdefault(name, text[lo:hi].replace("\n", " "))
    return seen, inside, example


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-length", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.1)
    parser.add_argument("--names", nargs="*", help="check these names instead of the lexicons' short names")
    args = parser.parse_args()
    folder = Path(os.environ.get("ZHNEWS_NER", ROOT.parent / "shared" / "ner"))
    if not (folder / "train").is_dir():
        print(f"{folder}/train not found: skipped")
        return 0
    from zhnews.extract._source import view_of

    names = sorted({view_of(n).text for n in args.names}) if args.names else short_names(args.max_length)
    text = "\n".join(view_of(s).text for s in train_sentences(folder))
    seen, inside, example = inside_words(text, names)
    flagged = [n for n in names if inside[n] >= 2 and inside[n] >= args.min_share * seen[n]]
    for name in sorted(flagged, key=lambda n: -inside[n]):
        print(f"{name}\t{inside[name]} of {seen[name]} away from word edges\t{example[name]}")
    print(f"{len(names)} names read, {len(flagged)} flagged, {len(text):,} characters of training text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
