"""A recogniser of laws and regulations cited in running text, with no 《》 and no issuer (依消防法规定,
根據殯葬管理條例, 公司法修法後): Taiwan's, Hong Kong's and Macau's outlets seldom quote a law's name, and the
mainland's often cite one bare after 依照 or 根据."""

from __future__ import annotations

import regex

from ..resources import Resources
from ._entity_data import _Cand, _Rules, _rules
from ._entity_endings import _distinctive
from ._words import Segmenter, Token, segmenter

#: how many characters a cited law's name may hold before its ending (全民防卫动员准备法: 8)
_NAME_REACH = 16
#: jieba's flags of the words a law's name holds: nouns, verbs (殡葬|管理, 政府|采购), adjectives, kinds and set phrases
_NAME_FLAGS = ("n", "v", "a", "b", "j", "l", "i")
_CLAUSE_START = regex.compile(r"[\p{P}\s]")


def _cited_laws(vt: str, res: Resources) -> list[_Cand]:
    """Laws named by a legal ending (``cited_law_endings``: 法, 条例 …) that the text cites: a citing word
    stands right before the name (依, 根据, 违反: ``citing_words``), or the name opens a clause and a word that
    follows laws comes right after it (公司法|修法后, 专利法|部分条文: ``after_a_law``). The name is words of
    nouns, verbs and adjectives, two characters or more before its ending, not a kind alone (根据|有关条例);
    a law's ending inside a common word (方法, 办法, 算法) names none.

    >>> [vt[c.a:c.b] for vt in ["依消防法规定，住宅应装设警报器。"] for c in _cited_laws(vt, Resources())]
    ['消防法']
    """
    rules = _rules(res)
    seg: Segmenter | None = None
    out: list[_Cand] = []
    for m in rules.cited_law_re.finditer(vt):
        s, e = m.span()
        lo = max(0, s - _NAME_REACH - 4)
        before = vt[lo:s]
        if not vt.startswith(rules.tuples["after_a_law"], e) \
                and not any(w in before for w in rules.tuples["citing_words"]):
            continue  # neither cited nor followed as laws are (方法, 法院, 执法): most 法 of a text, not segmented
        seg = seg or segmenter(res)
        words = seg.pos_tokens(vt[lo:min(len(vt), e + 4)], lo)
        start = _name_start(words, s, e, vt, rules, seg)
        if start is not None:
            out.append(_Cand(start, e, "POLICY", "cited law " + m.group(0), 0.85, 3))
    return out


def _name_start(words: list[Token], s: int, e: int, vt: str, rules: _Rules, seg: Segmenter) -> int | None:
    """Where the cited law whose ending spans ``vt[s:e]`` starts, or None where the text names no law there."""
    last = next((w for w in words if w.start < e <= w.end), None)
    if last is None or last.end != e or (last.start < s and len(last.word) < len(vt[s:e]) + 2
                                         and last.word not in rules.sets["laws_in_a_word"]):
        return None  # the ending cuts a word (法规), or a two-character word holds it (方法, 办法; not 烟酒|税法)
    before = [w for w in words if w.end <= min(last.start, s)]
    if vt[s:e] == "法" and _names_a_method(vt, s, last, before, rules):
        return None
    if last.word in rules.sets["laws_in_a_word"] and not _taxes_a_thing(before, rules):
        return None  # 中国|税法, 现行|税法: tax law in general, no law's name (货物|税法 is one)
    body: list[Token] = [last] if last.start < s else []
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w.word in rules.sets["citing_words"] or (
                w.word == "的" and k and before[k - 1].word in rules.sets["revising_words"]):
            return _checked(body, s, rules, seg)  # 依|某某法, 新修订的|某某法
        if _CLAUSE_START.fullmatch(w.word):
            return _opening_a_clause(body, s, e, vt, rules, seg)
        if not w.flag.startswith(_NAME_FLAGS) or w.word in rules.stops or s - w.start > _NAME_REACH:
            return None
        body.insert(0, w)
    return _opening_a_clause(body, s, e, vt, rules, seg) if body and body[0].start == 0 else None


def _taxes_a_thing(before: list[Token], rules: _Rules) -> bool:
    """Whether the word before a tax law's 税法 names what is taxed (货物, 烟酒, 所得): a common noun, no place and no
    kind (中国, 现行, 相关)."""
    word = before[-1] if before else None
    return word is not None and word.flag.startswith(("n", "vn", "j")) \
        and not word.flag.startswith(("ns", "nr", "nt")) and word.word not in rules.generic


def _opening_a_clause(body: list[Token], s: int, e: int, vt: str, rules: _Rules, seg: Segmenter) -> int | None:
    """The start of a law's name that opens a clause or the text, where a word that follows laws comes after
    it (消防法|修法后)."""
    return _checked(body, s, rules, seg) if vt.startswith(rules.tuples["after_a_law"], e) else None


def _names_a_method(vt: str, s: int, last: Token, before: list[Token], rules: _Rules) -> bool:
    """Whether the 法 at ``s`` ends a method's or a field's name rather than a law's: a word of method (疗法,
    除法, 秘法: ``method_words``), a kind of law before it (国际法: ``kinds_of_law``), or a numeral (二分法)
    before it."""
    if vt[s - 1:s + 1] in rules.sets["method_words"]:
        return True
    head = last.word[: s - last.start] if last.start < s else (before[-1].word if before else "")
    flag = last.flag if last.start < s else (before[-1].flag if before else "x")
    return head in rules.sets["kinds_of_law"] or flag == "m"


def _checked(body: list[Token], s: int, rules: _Rules, seg: Segmenter) -> int | None:
    """The start of the name ``body`` when it is two characters or more before the ending and names more than
    a kind (有关, 管理: ``entity_generic.txt``), or is a law's name jieba knows whole, a noun before its ending
    (公司法; not 管理条例)."""
    if not body or s - body[0].start < 2:
        return None
    head = [Token(w.word[: s - w.start], w.flag, w.start, min(w.end, s)) for w in body if w.start < s]
    if len(body) == 1 and body[0].end > s and not (head[0].word in rules.generic and seg.tags.get(head[0].word) != "n"):
        return body[0].start  # one word of the dictionary, its ending inside: 公司法, 消防法 (not 管理条例)
    return body[0].start if _distinctive(head, rules.generic) else None
