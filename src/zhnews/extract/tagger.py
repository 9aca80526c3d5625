"""A character tagger for people, places and organisations: a linear-chain CRF run with numpy.

The model is trained by ``scripts/train_tagger.py`` (python-crfsuite, on the train splits of the public
news NER corpora named in ``docs/entities.md``) and ships as ``models/ner_tagger.npz``. Training and
tagging share :func:`feature_keys`: each feature of a character (a character n-gram around it, or a
dictionary hit) is a 64-bit key computed from code points with numpy, so tagging needs no per-character
Python work: the keys are looked up in the model's sorted key array, their weight rows summed, and the
best label sequence found by Viterbi over all sentences of a text at once.

Text is tagged as given; callers pass the simplified, width-folded view (:func:`zhnews.normalise`).

>>> from zhnews.extract.entities import dictionary_hits
>>> from zhnews.resources import default_resources
>>> tagger, text = load_tagger(), "国务院总理李强在北京会见了法国总统马克龙。"
>>> tagger.spans_text(text, dictionary_hits(text, default_resources()))
[('国务院', 'ORG'), ('李强', 'PER'), ('北京', 'LOC'), ('法国', 'LOC'), ('马克龙', 'PER')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from operator import add
from typing import Any

import regex

from ..errors import ResourceError

__all__ = ["HIT_CONTEXT_COLUMNS", "LABELS", "NerTagger", "feature_keys", "load_tagger", "segments"]

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
#: character offsets each n-gram template reads, relative to the character tagged
TEMPLATES: tuple[tuple[int, ...], ...] = (
    (0,), (-1,), (1,), (-2,), (2,),
    (-1, 0), (0, 1), (-2, -1), (1, 2), (-1, 1),
    (-2, -1, 0), (-1, 0, 1), (0, 1, 2),
)
_BOS, _EOS = 0x110001, 0x110002  # beyond Unicode: padding before and after a sentence
# private-use characters stand for the padding while a batch is built as one string (see feature_keys);
# text holding them is read as padding there, which only makes its features a little less informative
_PAD_BEFORE, _PAD_AFTER = "\U0010fffd\U0010fffd", "\U0010fffe\U0010fffe"
_PAD_BEFORE_CP, _PAD_AFTER_CP = 0x10FFFD, 0x10FFFE
_MULT = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5)
#: the characters that end a sentence (and a semicolon's clause); the tagger cuts its pieces there, and the
#: entity rules that read a whole sentence stop there
SENTENCE_STOPS = "。！？!?；;\n"
#: a sentence is cut at these, and a long clause at these too; tags never cross a cut
_SENTENCE_END = regex.compile(f"[{regex.escape(SENTENCE_STOPS)}]+")
_CLAUSE_END = regex.compile(r"[，,、：:]")
MAX_SEGMENT = 64
#: runs holding at most this many characters in all are searched in plain Python (see _viterbi_small)
SMALL_SEARCH = 256
BATCH_CHARS = 32768
#: keys still probing when this few are left are finished one at a time (FeatureTable.rows_of)
_SCALAR_TAIL = 32



def _np() -> Any:
    try:
        import numpy
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError("numpy is not installed: pip install numpy") from exc
    return numpy


def fold_codes(text: str) -> Any:
    """Code points of ``text`` as uint64, digits folded to 0 and ASCII letters to lower case."""
    np = _np()
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    cps[(cps >= 48) & (cps <= 57)] = 48
    upper = (cps >= 65) & (cps <= 90)
    cps[upper] += 32
    return cps


#: classes of dictionary hits a model may read (see feature_keys): index + 1 is the class's code
HIT_CLASSES = ("place", "organisation", "other name", "short place")
#: the levels of dictionary context a model may read (feature_keys' hit_context) and the columns each adds
HIT_CONTEXT_COLUMNS = {0: 0, 1: 2, 2: 3}
Hit = tuple[int, int, int]  # start, end, index into HIT_CLASSES
Piece = tuple[int, int, int]  # the index of a text, and a piece of it to tag: start, end
#: jieba's part-of-speech flags the word features tell apart, by prefix, first match (index + 1; 0 for others)
WORD_FLAG_CLASSES = ("nr", "ns", "nt", "nz", "n", "v", "p", "m", "eng", "x")
#: the columns the word features add (feature_keys' ``words``): the character's place in its word, that
#: place with the word's flag class, and that place with the character itself
WORD_COLUMNS = 3
Words = Sequence[Sequence[Any]]  # (word, flag, ...) of each word of a text, in order, covering it (Token fits)


def feature_keys(texts: Sequence[str], hits: Sequence[Sequence[Hit]] | None = None,
                 hit_context: int = 0, words: Sequence[Words] | None = None) -> tuple[Any, Any]:
    """(keys, lengths): keys[n, t] is template t's key at the n-th character of all texts in a row
    (``keys.T`` is C-contiguous: a row per template).

    Each text is read on its own (two padding code points before it and after it), so a character's
    keys depend on its text alone. With ``hits`` (dictionary matches in each text, not overlapping), one
    more column says where a character sits in a match (first, inside, last) and the match's class;
    ``hit_context`` 1 adds two columns, that code at the characters before and after (nothing past a
    text's ends), and 2 one more, the code together with the character itself. With ``words`` (each
    text's words and their part-of-speech flags, as the segmenter gives them), :data:`WORD_COLUMNS` more
    say where the character sits in its word (:func:`word_codes`).

    >>> keys, lengths = feature_keys(["中国", "美"])
    >>> keys.shape, lengths.tolist()
    ((3, 13), [2, 1])
    >>> bool(keys[1, 1] == feature_keys(["中国"])[0][1, 1])  # U-1 at 国 reads 中, in any batch
    True
    """
    np = _np()
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    padded = "".join(f"{_PAD_BEFORE}{t}{_PAD_AFTER}" for t in texts)
    codes = fold_codes(padded)
    codes[codes == _PAD_BEFORE_CP] = _BOS
    codes[codes == _PAD_AFTER_CP] = _EOS
    starts = np.cumsum(lengths + 4) - lengths - 2  # where each text's first character sits in ``padded``
    at = np.repeat(starts - np.cumsum(np.concatenate(([0], lengths[:-1]))), lengths) + np.arange(lengths.sum())
    # one contiguous row per template (the keys returned are its transpose, a view); step j mixes the j-th
    # character of every template that has one into its row, all such rows at once
    hit_columns = 0 if hits is None else 1 + HIT_CONTEXT_COLUMNS[hit_context]
    extra = hit_columns + (0 if words is None else WORD_COLUMNS)
    by_template = np.empty((len(TEMPLATES) + extra, len(at)), dtype=np.uint64)
    with np.errstate(over="ignore"):
        by_template[:len(TEMPLATES)] = np.array([((t + 1) * _MULT[0]) % 2**64 for t in range(len(TEMPLATES))],
                                                dtype=np.uint64)[:, None]
        shifted: dict[int, Any] = {}  # offset -> the code of the character that far from each character
        for j, (rows, offsets) in enumerate(_template_steps()):
            read = np.stack([shifted[o] if o in shifted else shifted.setdefault(o, codes[at + o]) for o in offsets])
            read *= np.uint64(_MULT[j + 1])
            block = by_template[rows]  # a view when the rows are a slice
            block ^= read
            block *= np.uint64(_MULT[0])
            block += np.uint64(j + 1)
            if not isinstance(rows, slice):
                by_template[rows] = block
        if hits is not None:
            code = np.array(_hit_codes(texts, hits), dtype=np.uint64)
            by_template[len(TEMPLATES)] = _mixed(len(TEMPLATES) + 1, code)
            if hit_context >= 1:
                around = np.zeros(len(codes), dtype=np.uint64)  # the match code at each padded position
                around[at] = code
                by_template[len(TEMPLATES) + 1] = _mixed(len(TEMPLATES) + 2, around[at - 1])
                by_template[len(TEMPLATES) + 2] = _mixed(len(TEMPLATES) + 3, around[at + 1])
            if hit_context >= 2:
                by_template[len(TEMPLATES) + 3] = _mixed(len(TEMPLATES) + 4, code, codes[at])
        if words is not None:
            _fill_word_columns(by_template[len(TEMPLATES) + hit_columns:], texts, words, codes[at])
    return by_template.T, lengths


def _fill_word_columns(rows: Any, texts: Sequence[str], words: Sequence[Words], characters: Any) -> None:
    """Write the :data:`WORD_COLUMNS` rows of the word features: the place in the word, with the flag class,
    with the character (``characters``: each character's folded code)."""
    np = _np()
    place, flag = (np.array(column, dtype=np.uint64) for column in word_codes(texts, words))
    with np.errstate(over="ignore"):
        rows[0] = _mixed(len(TEMPLATES) + 11, place)
        rows[1] = _mixed(len(TEMPLATES) + 12, place, flag)
        rows[2] = _mixed(len(TEMPLATES) + 13, place, characters)


def word_codes(texts: Sequence[str], words: Sequence[Words]) -> tuple[list[int], list[int]]:
    """Per character of all texts: (its place in its word, the word's flag class). The place is 1 for a word of
    one character, else its position (first, inside, last) in a word of two, three, or four or more characters;
    the flag class is the index + 1 of the first of :data:`WORD_FLAG_CLASSES` the word's flag starts with, 0 for
    none.

    >>> word_codes(["李强在北京"], [[("李强", "nr"), ("在", "p"), ("北京", "ns")]])
    ([2, 4, 1, 2, 4], [1, 1, 7, 2, 2])
    """
    places: list[int] = []
    flags: list[int] = []
    for text, found in zip(texts, words, strict=True):
        covered = 0
        for word, flag, *_rest in found:
            n = len(word)
            covered += n
            flags += (_flag_class(flag),) * n
            places += _places_in_a_word(n)
        if covered != len(text):
            raise ValueError(f"the words given do not cover the text {text[:20]!r}")
    return places, flags


@lru_cache(maxsize=256)
def _flag_class(flag: str) -> int:
    return next((k + 1 for k, prefix in enumerate(WORD_FLAG_CLASSES) if flag.startswith(prefix)), 0)


@lru_cache(maxsize=64)
def _places_in_a_word(n: int) -> tuple[int, ...]:
    """The place codes of the characters of a word of ``n`` characters (see :func:`word_codes`)."""
    if n == 1:
        return (1,)
    base = 2 + 3 * (min(n, 4) - 2)
    return (base, *(base + 1,) * (n - 2), base + 2)


def _mixed(template: int, values: Any, more: Any = None) -> Any:
    """The keys of one template over values (and a second value per character, when given)."""
    np = _np()
    key = (np.uint64((template * _MULT[0]) % 2**64) ^ (values * np.uint64(_MULT[1]))) * np.uint64(_MULT[0])
    if more is not None:
        key = (key ^ (more * np.uint64(_MULT[2]))) * np.uint64(_MULT[0])
    return key + np.uint64(1)


@lru_cache(maxsize=1)
def _template_steps() -> list[tuple[Any, list[int]]]:
    """For each step j: the templates that read a j-th character (a slice of TEMPLATES when they are
    adjacent, as templates listed by length are) and the offset each reads there."""
    out = []
    for j in range(max(len(t) for t in TEMPLATES)):
        users = [t for t, template in enumerate(TEMPLATES) if len(template) > j]
        rows: Any = slice(users[0], users[-1] + 1) if users == list(range(users[0], users[-1] + 1)) else users
        out.append((rows, [TEMPLATES[t][j] for t in users]))
    return out


def _hit_codes(texts: Sequence[str], hits: Sequence[Sequence[Hit]]) -> list[int]:
    """Per character of all texts: 0 outside a match, else 1 + 3 * class + (0 first, 1 inside, 2 last)."""
    out: list[int] = []
    for text, found in zip(texts, hits, strict=True):
        codes = [0] * len(text)
        for a, b, cls in found:
            base = 1 + 3 * cls
            codes[a:b] = [base] + [base + 1] * (b - a - 2) + [base + 2]
        out += codes
    return out


def segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces a text is tagged in: sentences, long ones cut at clause marks, and
    runs of at most :data:`MAX_SEGMENT` characters; whitespace-only pieces are dropped.

    >>> segments("上海发布。北京，天津")
    [(0, 5), (5, 10)]
    """
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        _cut_long(text, start, m.end(), out)
        start = m.end()
    _cut_long(text, start, len(text), out)
    return [(a, b) for a, b in out if text[a:b].strip()]


def _cut_long(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while b - a > MAX_SEGMENT:
        cut = None
        for m in _CLAUSE_END.finditer(text, a + MAX_SEGMENT // 4, a + MAX_SEGMENT):
            cut = m.end()
        cut = cut or a + MAX_SEGMENT
        out.append((a, cut))
        a = cut
    if b > a:
        out.append((a, b))


class FeatureTable:
    """The model's feature keys in an open-addressing hash table, looked up for many keys at once.

    Built once when the model loads; a lookup costs a probe or two per key (a sorted array cost twenty).
    Key 0 marks an empty slot (a real key is 0 with probability 2**-64; such a key would be ignored).
    The n-th probe of a key steps n slots past the one before (triangular probing: it reaches every
    slot of a power-of-two table, and keys do not pile into the long clusters linear probing makes).
    """

    def __init__(self, keys: Any) -> None:
        np = _np()
        self.missing = len(keys)  # the index of the zero row after the model's rows
        bits = max(4, int(2 * len(keys)).bit_length())  # half full at most: probes stay short
        self.shift = np.uint64(64 - bits)
        self.mask = (1 << bits) - 1
        self.slots = np.zeros(1 << bits, dtype=np.uint64)
        self.rows = np.full(1 << bits, len(keys), dtype=np.int32)  # a model holds far fewer than 2**31 keys
        pending = np.arange(len(keys))
        slot = (keys >> self.shift).astype(np.int64)
        self.max_probe = 0
        while len(pending):
            free = self.slots[slot[pending]] == 0
            cand = pending[free]
            _, first = np.unique(slot[cand], return_index=True)  # one key per free slot this round
            won = cand[first]
            self.slots[slot[won]] = keys[won]
            self.rows[slot[won]] = won
            pending = np.setdiff1d(pending, won, assume_unique=True)
            self.max_probe += 1 if len(pending) else 0
            slot[pending] = (slot[pending] + self.max_probe) & self.mask

    def rows_of(self, queries: Any) -> Any:
        """Row index (int32) of each query key; the number of keys (a zero row) where the model lacks it.

        Every key is probed at once while many are pending; the few that sit in long probe chains (a
        chain runs to :attr:`max_probe` slots) are finished one by one, where numpy's per-call cost
        would outweigh the work."""
        np = _np()
        flat = queries.ravel()
        slot = (flat >> self.shift).astype(np.int64)
        found = self.slots[slot]  # the first probe, for every key
        out = self.rows[slot]  # right where the key is found, and where the slot is empty (the missing row)
        pending = np.flatnonzero((found != flat) & (found != 0))
        out[pending] = self.missing
        step = 1
        while len(pending) > _SCALAR_TAIL:
            slot[pending] = (slot[pending] + step) & self.mask
            step += 1
            here = slot[pending]
            found = self.slots[here]
            hit = found == flat[pending]
            out[pending[hit]] = self.rows[here[hit]]
            pending = pending[~hit & (found != 0)]
        for k in pending.tolist():
            out[k] = self._probe_one(int(flat[k]), int(slot[k]), step)
        return out.reshape(queries.shape)

    def _probe_one(self, key: int, slot: int, step: int) -> int:
        """The row of one key whose last probe was ``slot`` and whose next probe steps ``step`` slots on;
        the missing row when an empty slot comes first."""
        slots = self.slots
        while True:
            slot = (slot + step) & self.mask
            step += 1
            found = int(slots[slot])
            if found == key:
                return int(self.rows[slot])
            if found == 0:
                return self.missing


@dataclass(frozen=True)
class NerTagger:
    """A trained model: its feature table, one weight row per feature (a column per label), transitions."""

    table: FeatureTable
    weights: Any      # float32[n + 1, labels]; the last row is zero (a key the model never saw)
    transitions: Any  # float32[labels, labels]: from row label to column label
    labels: tuple[str, ...] = LABELS
    reads_hits: bool = False  # trained with dictionary matches (feature_keys' hits column)
    hit_context: int = 0  # 1: and the matches beside each character, 2: and the match with the character
    reads_words: bool = False  # trained with the segmenter's words (feature_keys' words columns)

    @cached_property
    def margins(self) -> Any:
        return self.sure_margins()

    def emissions(self, keys: Any) -> Any:
        """Label scores per character: the sum of its features' weight rows."""
        np = _np()
        by_feature = self.table.rows_of(np.ascontiguousarray(keys.T))  # a row of indices per feature
        # [feature, character, label], summed over the first axis: numpy adds its slabs one after another
        # in feature order (pairwise summation is only for the innermost axis), the sums of adding the
        # rows one by one, to the last bit
        return np.add.reduce(self.weights.take(by_feature, axis=0), axis=0)

    def tag(self, texts: Sequence[str], *, hits: Sequence[Sequence[Hit]] | None = None,
            words: Sequence[Words] | None = None, split: bool = True) -> list[list[int]]:
        """The best label indices for each text (exactly the Viterbi path).

        A character whose O score beats every other label's by more than any choice of neighbours could
        make up (:meth:`sure_margins`) is O on the best path, which therefore splits there: the path is
        sought (Viterbi, all runs at once) over the runs of other characters between such ones, each
        entered from O and left to O. Most characters of news are plainly O, so the search runs over short
        runs instead of whole sentences. ``split=False`` searches whole texts (the same result, slower).
        A model that reads words (:attr:`reads_words`) needs each text's ``words``.
        """
        np = _np()
        if not texts:
            return []
        labels, lengths = self._labels(texts, hits, words, split)
        return [part.tolist() for part in np.split(labels, np.cumsum(lengths)[:-1])]

    def _labels(self, texts: Sequence[str], hits: Sequence[Sequence[Hit]] | None, words: Sequence[Words] | None,
                split: bool) -> tuple[Any, Any]:
        """(labels of all characters in a row, length of each text)."""
        np = _np()
        if self.reads_hits and hits is None:
            hits = [()] * len(texts)  # no dictionary at hand: every character reads "no match"
        if self.reads_words and words is None:
            raise ValueError("this tagger model reads words: pass each text's words (the segmenter's pos_tokens)")
        keys, lengths = feature_keys(texts, hits if self.reads_hits else None, self.hit_context,
                                     words if self.reads_words else None)
        flat = self.emissions(keys)
        labels = np.zeros(len(flat), dtype=np.int8)
        margins = self.margins if split else np.full(len(self.labels) - 1, np.inf)
        starts, sizes, entered, left = _runs(flat, lengths, margins)
        if len(starts) and int(sizes.sum()) <= SMALL_SEARCH:
            for a, n, came, goes in zip(starts.tolist(), sizes.tolist(), entered.tolist(), left.tolist(),
                                        strict=True):
                labels[a:a + n] = self._viterbi_small(flat[a:a + n].tolist(), came, goes)
        elif len(starts):
            rows = np.repeat(np.arange(len(starts)), sizes)
            cols = np.arange(len(rows)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
            emit = np.zeros((len(starts), int(sizes.max()), len(self.labels)), dtype=np.float32)
            emit[rows, cols] = flat[starts[rows] + cols]
            emit[entered, 0, :] += self.transitions[0, :]  # from O before the run
            emit[left, sizes[left] - 1, :] += self.transitions[:, 0]  # to O after it
            labels[starts[rows] + cols] = self._viterbi(emit, sizes)[cols, rows]
        return labels, lengths

    def sure_margins(self) -> Any:
        """For each label y but O: by how much O's score must beat y's at a character for no path through
        y there to beat the same path through O, whatever the labels around it."""
        np = _np()
        t = self.transitions
        into = (t[:, 1:] - t[:, :1]).max(axis=0)  # best gain of entering y instead of O
        out_of = (t[1:, :] - t[:1, :]).max(axis=1)  # best gain of leaving y instead of O
        return np.maximum(into, 0) + np.maximum(out_of, 0)

    @cached_property
    def _transitions_list(self) -> list[list[float]]:
        return self.transitions.tolist()  # type: ignore[no-any-return]

    @cached_property
    def _transitions_into(self) -> list[list[float]]:
        """The transitions by the label they lead to: ``_transitions_into[y][x]`` is x -> y."""
        return self.transitions.T.tolist()  # type: ignore[no-any-return]

    def _viterbi_small(self, emit: list[list[float]], entered: bool, left: bool) -> list[int]:
        """The best path through one short run, in plain Python (numpy's per-call cost outweighs the
        work on a few characters); the same search as :meth:`_viterbi`."""
        trans = self._transitions_list
        into = self._transitions_into
        labels = range(len(trans))
        score = [e + (trans[0][y] if entered else 0.0) for y, e in enumerate(emit[0])]
        back: list[list[int]] = []
        for row in emit[1:]:
            step, after = [], []
            for y in labels:  # the first best previous label: what max() with a key over the labels gives
                reach = list(map(add, score, into[y]))  # score[x] + trans[x][y] for each x
                top = max(reach)
                step.append(reach.index(top))
                after.append(top + row[y])
            score = after
            back.append(step)
        if left:
            score = [v + trans[y][0] for y, v in enumerate(score)]
        path = [max(labels, key=score.__getitem__)]
        for step in reversed(back):
            path.append(step[path[-1]])
        return path[::-1]

    def _viterbi(self, emit: Any, lengths: Any) -> Any:
        """Best label per position, as an array [position, sequence] (zeros past a sequence's end).

        The forward pass keeps each position's best scores; the backtrace then finds the label before
        each chosen one among seven (the same sums as choosing it for all seven labels going forward:
        the same path). Candidates are laid out [previous label, sequence, label], so that the best of
        them is an element-wise maximum of seven contiguous slabs, numpy's fast case."""
        np = _np()
        batch, width, n_labels = emit.shape
        ends: dict[int, list[int]] = {}
        for b, n in enumerate(lengths.tolist()):
            ends.setdefault(n - 1, []).append(b)
        best_to = np.empty((width, batch, n_labels), dtype=np.float32)  # best score of a path to each label
        best_to[0] = emit[:, 0, :]
        last = np.zeros((batch, n_labels), dtype=np.float32)
        trans = self.transitions[:, None, :]
        cand = np.empty((n_labels, batch, n_labels), dtype=np.float32)
        # views made once, indexed per step: [step][previous label, sequence, 1] and [step][sequence, label]
        previous = best_to.transpose(0, 2, 1)[:, :, :, None]
        emit_at = emit.transpose(1, 0, 2)
        add, maximum = np.add, np.maximum.reduce
        for i in range(1, width):
            add(previous[i - 1], trans, out=cand)
            here = best_to[i]
            maximum(cand, axis=0, out=here)
            add(here, emit_at[i], out=here)
        for i, at in ends.items():
            last[at] = best_to[i][at]
        best = last.argmax(axis=1)
        paths = np.zeros((width, batch), dtype=np.int8)
        current = np.zeros(batch, dtype=np.int64)
        into = self.transitions.T  # [label, previous label]
        scores = np.empty((batch, n_labels), dtype=np.float32)
        for i in range(width - 1, -1, -1):
            if i in ends:
                current[ends[i]] = best[ends[i]]
            paths[i] = current
            if i:
                add(best_to[i - 1], into[current], out=scores)
                current = scores.argmax(axis=1)
        return paths

    def spans(self, text: str, hits: Sequence[Hit] = (),
              words_of: Callable[[str], Words] | None = None) -> list[tuple[int, int, str]]:
        """(start, end, PER | LOC | ORG) in ``text``; ``hits`` are dictionary matches in it (start, end,
        class), not overlapping, read by a model trained with them; ``words_of`` segments a piece of the
        text (the segmenter's ``pos_tokens``), for a model that reads words."""
        return self.spans_many([text], [hits], words_of)[0]

    def spans_many(self, texts: Sequence[str], hits: Sequence[Sequence[Hit]] | None = None,
                   words_of: Callable[[str], Words] | None = None) -> list[list[tuple[int, int, str]]]:
        """:meth:`spans` of each text, all tagged together: the pieces of many texts share one search, whose
        cost is mostly a fixed number of numpy steps (a page's title and body, or a stream's pages, cost
        little more than one of them). The same spans as tagging each text alone.

        >>> tagger = load_tagger()
        >>> texts = ["李强在北京。", "马克龙访问上海"]
        >>> tagger.spans_many(texts) == [tagger.spans(t) for t in texts]
        True
        """
        np = _np()
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        pieces = [(k, a, b) for k, text in enumerate(texts) for a, b in segments(text)]
        ordered = [sorted(found) for found in hits] if hits is not None else [[] for _ in texts]
        for batch in _batches(pieces):
            chunks = [texts[k][a:b] for k, a, b in batch]
            words = [words_of(chunk) for chunk in chunks] if self.reads_words and words_of is not None else None
            labels, lengths = self._labels(chunks, [_hits_within(ordered[k], a, b) for k, a, b in batch], words, True)
            # the piece each character of the batch belongs to, and where its first character sits
            first = (np.cumsum(lengths) - lengths).tolist()
            for start, end, typ in self._decode(labels, lengths):
                j = bisect_right(first, start) - 1
                k, a, _b = batch[j]
                out[k].append((a + start - first[j], a + end - first[j], typ))
        return out

    def spans_text(self, text: str, hits: Sequence[Hit] = (),
                   words_of: Callable[[str], Words] | None = None) -> list[tuple[str, str]]:
        """(name, type) of each span: :meth:`spans` for reading."""
        return [(text[a:b], t) for a, b, t in self.spans(text, hits, words_of)]

    def _decode(self, labels: Any, lengths: Any) -> list[tuple[int, int, str]]:
        """(start, end, type) of each name in a row of labels: a B- label and the I- labels of its type
        that follow it within the same text (an I- after anything else is no name)."""
        np = _np()
        kinds = [name[2:] for name in self.labels]
        begins = np.array([name.startswith("B-") for name in self.labels])
        insides = np.array([name.startswith("I-") for name in self.labels])
        kind_id = np.array([sorted(set(kinds)).index(k) for k in kinds])
        lab = labels.astype(np.int64)
        first = np.zeros(len(lab), dtype=bool)
        first[np.cumsum(lengths) - lengths] = True
        same_kind = np.concatenate(([False], kind_id[lab[1:]] == kind_id[lab[:-1]]))
        goes_on = insides[lab] & same_kind & ~first & np.concatenate(([False], lab[:-1] != 0))
        stops = np.append(np.flatnonzero(~goes_on), len(lab))
        starts = np.flatnonzero(begins[lab])
        ends = stops[np.searchsorted(stops, starts, side="right")]
        return [(start, end, kinds[label]) for start, end, label in
                zip(starts.tolist(), ends.tolist(), lab[starts].tolist(), strict=True)]


def _hits_within(hits: list[Hit], a: int, b: int) -> list[Hit]:
    """The hits that lie inside ``[a, b)``, relative to ``a``."""
    out = []
    for k in range(bisect_left(hits, (a, a, -1)), len(hits)):  # no slice: a copy of the rest would be quadratic
        start, end, cls = hits[k]
        if start >= b:
            break
        if end <= b:
            out.append((start - a, end - a, cls))
    return out


def _batches(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces (of one text or of many) grouped so that a group holds about :data:`BATCH_CHARS` characters: the
    arrays of one group stay small (a 30 MB text is tagged in bounded memory)."""
    out: list[list[Piece]] = [[]]
    size = 0
    for piece in pieces:
        if size >= BATCH_CHARS:
            out.append([])
            size = 0
        out[-1].append(piece)
        size += piece[2] - piece[1]
    return [group for group in out if group]


def _runs(flat: Any, lengths: Any, margins: Any) -> tuple[Any, Any, Any, Any]:
    """(start, size, entered from O, left to O) of each run of characters not plainly O, within a text."""
    np = _np()
    plain = ((flat[:, :1] - flat[:, 1:]) > margins[None, :]).all(axis=1)
    text_of = np.repeat(np.arange(len(lengths)), lengths)
    first = np.zeros(len(flat), dtype=bool)
    first[np.cumsum(lengths) - lengths] = True  # a text's first character
    active = ~plain
    prev_active = np.concatenate(([False], active[:-1])) & ~first
    starts = np.flatnonzero(active & ~prev_active)
    next_active = np.concatenate((active[1:], [False])) & np.concatenate((~first[1:], [False]))
    stops = np.flatnonzero(active & ~next_active) + 1
    entered = ~first[starts]
    text_end = np.cumsum(lengths)[text_of[stops - 1]]
    return starts, stops - starts, entered, stops < text_end


def load_tagger(path: str | None = None) -> NerTagger:
    """The model shipped in the package (or one at ``path``), read from its ``.npz`` file."""
    np = _np()
    source: Any = path or resources.files("zhnews.extract").joinpath("models/ner_tagger.npz")
    try:
        with source.open("rb") if path is None else open(path, "rb") as fh:
            data = np.load(fh)
            keys, weights, transitions = data["keys"], data["weights"], data["transitions"]
            labels = tuple(str(x) for x in data["labels"])
            reads_hits = bool(data["reads_hits"]) if "reads_hits" in data else False
            hit_context = int(data["hit_context"]) if "hit_context" in data else 0
            reads_words = bool(data["reads_words"]) if "reads_words" in data else False
            if hit_context not in HIT_CONTEXT_COLUMNS:
                raise ValueError(f"hit_context {hit_context} (this version reads {sorted(HIT_CONTEXT_COLUMNS)})")
    except (OSError, KeyError, ValueError) as exc:
        raise ResourceError(f"cannot read the tagger model {source}: reinstall zhnews or retrain it with "
                            f"scripts/train_tagger.py ({exc})") from exc
    zero = np.zeros((1, weights.shape[1]), dtype=np.float32)
    return NerTagger(table=FeatureTable(keys), weights=np.vstack([weights.astype(np.float32), zero]),
                     transitions=transitions.astype(np.float32), labels=labels, reads_hits=reads_hits,
                     hit_context=hit_context, reads_words=reads_words)
