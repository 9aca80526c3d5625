"""Build ``src/zhnews/extract/rules/world_places.tsv``: country and territory names in Chinese, both scripts;
and ``world_divisions.tsv``: the first-level divisions of other countries (亚利桑那州, 安大略省; see
``render_divisions``).

    pip install pycountry && python scripts/build_world_places.py [--check]

Source: the gettext catalogues (``iso3166-1.mo``) of the ``pycountry`` package, which ships the Debian
iso-codes translations of ISO 3166-1 (LGPL-2.1). For every country and territory the short name, the official
name and the common name are read in the zh_CN, zh_TW and zh_HK locales. Country names are public facts; this
script only reshapes them:

- a bracketed note is dropped (聖馬丁 (法屬) → 聖馬丁); names holding other punctuation are left out;
- a long official form also yields its short form (俄羅斯聯邦 → 俄羅斯, 玻利維亞多民族國 → 玻利維亞);
- every name is written as given and in the simplified view zhnews matches on (紐西蘭 → 纽西兰);
- a name that is a listed short name plus 国 is left out (以色列国 beside 以色列);
- names of one character never appear (美, 英 alone are too ambiguous to find in running text).

zhnews reads the generated file at run time and needs neither pycountry nor gettext. ``--check`` compares the
file with what the script would write and exits 1 when they differ.
"""

from __future__ import annotations

import gettext
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "zhnews" / "extract" / "rules" / "world_places.tsv"
DIVISIONS_OUT = OUT.with_name("world_divisions.tsv")
# the first-level divisions kept: names that say they are divisions (亚利桑那州, 安大略省, 中央邦 …), so that no
# name is a common word; China's, Taiwan's, Hong Kong's and Macau's are the gazetteer's, Japan's are hand-listed
DIVISION_ENDINGS = ("州", "省", "邦", "共和国", "自治区", "自治州", "领地", "大区")
DIVISIONS_SKIPPED = frozenset({"CN", "TW", "HK", "MO", "JP"})
# stems that make a division's name a description (东部省, 中部省, 三角州) or a political label (伪…)
DIVISION_STEMS_LEFT_OUT = frozenset({"东部", "西部", "南部", "北部", "中部", "东方", "西方", "南方", "北方", "中央",
                                     "沿海", "丘陵", "三角", "首都", "东北", "西北", "东南", "西南", "大", "新"})
LOCALES = ("zh_CN", "zh_TW", "zh_HK")
# official forms stripped to a short name, longest first; matched on the simplified view
FORM_SUFFIXES = (
    "北马里亚纳群岛自由联邦", "民主主义人民共和国", "民主社会主义共和国", "联邦民主共和国", "民主人民共和国",
    "人民民主共和国", "社会主义共和国", "玻利瓦尔共和国", "阿拉伯共和国", "伊斯兰共和国", "人民共和国", "联邦共和国",
    "民主共和国", "联合共和国", "合作共和国", "东岸共和国", "哈希姆王国", "哈什米王国", "特别行政区", "东共和国",
    "多民族国", "联合王国", "自由联邦", "共和国", "大公国", "苏丹国", "独立国", "合众国", "共荣邦", "王国", "公国",
    "侯国", "联邦", "邦联", "联盟", "国协",
)
# a form prefix that leaves the country's common name (阿拉伯埃及共和国 → 埃及)
FORM_PREFIXES = ("阿拉伯",)
# names (simplified view) left out: short forms that stripping would make but that are other words or no
# name of the country (中华 as in 中华民族, 中非 mostly "China-Africa" as in 中非合作, 阿拉伯联合 half a name);
# 东加 (Tonga in Taiwan), which running text holds across words (广东加快); 教廷, the Holy See, a body
NOT_NAMES = frozenset({"中华", "中非", "阿拉伯联合", "联合", "大韩民", "中华民", "东加", "教廷"})
PUNCT = re.compile(r"[^\w·]")
BRACKETED = re.compile(r"\s*[(（][^)）]*[)）]")


def _catalogues() -> tuple[str, list[gettext.NullTranslations]]:
    """pycountry's version and its iso3166-1 catalogue in each Chinese locale."""
    from importlib.metadata import version

    import pycountry

    found = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc]) for loc in LOCALES]
    return version("pycountry"), found


def _english_names() -> Iterator[tuple[str, list[str]]]:
    """(alpha-2 code, English names) for each ISO 3166-1 entry, in the package's order."""
    import pycountry

    for country in pycountry.countries:
        names = [getattr(country, field, None) for field in ("name", "official_name", "common_name")]
        yield country.alpha_2, [n for n in names if n]


def clean(name: str) -> str:
    """A translated name without a bracketed note or spaces; '' when other punctuation is left.

    >>> clean("聖馬丁 (法屬)"), clean("博奈尔、圣尤斯特歇斯岛和萨巴")
    ('聖馬丁', '')
    """
    name = BRACKETED.sub("", name).replace(" ", "")
    return "" if PUNCT.search(name) else name


def short_form(name: str, simplified: str) -> str:
    """The common short name inside an official form, in the script of ``name``; '' when there is none.

    ``simplified`` is ``name`` in the simplified view (the suffixes are matched there).

    >>> short_form("俄羅斯聯邦", "俄罗斯联邦"), short_form("阿拉伯埃及共和国", "阿拉伯埃及共和国")
    ('俄羅斯', '埃及')
    >>> short_form("中非共和国", "中非共和国"), short_form("美国", "美国")
    ('', '')
    """
    if len(name) != len(simplified):
        return ""
    for suffix in FORM_SUFFIXES:
        if simplified.endswith(suffix):
            cut = len(simplified) - len(suffix)
            start = next((len(p) for p in FORM_PREFIXES if simplified.startswith(p) and cut - len(p) >= 2), 0)
            short = name[start:cut]
            ok = len(short) >= 2 and simplified[start:cut] not in NOT_NAMES
            return short if ok else ""
    return ""


def forms(translated: Iterable[str], simplify: Callable[[str], str]) -> list[str]:
    """Every name (2+ characters) to list for one country: given, short, and their simplified views."""
    out: list[str] = []
    for raw in translated:
        name = clean(raw)
        if not name or simplify(name) in NOT_NAMES:
            continue
        simple = simplify(name)
        short = short_form(name, simple)
        for item in (name, simple, short, simplify(short) if short else ""):
            if len(item) >= 2 and item not in out:
                out.append(item)
    return [n for n in out if not _short_plus_guo(n, out)]


def _short_plus_guo(name: str, names: list[str]) -> bool:
    """True for 以色列国 beside 以色列: the 国 form adds nothing and meets 以色列国内 in running text.

    >>> _short_plus_guo("以色列国", ["以色列", "以色列国"]), _short_plus_guo("美国", ["美国"])
    (True, False)
    """
    return name[-1] in "国國" and name[:-1] in names


def render() -> str:
    from zhnews.script import to_simplified

    version, catalogues = _catalogues()
    lines = [
        "# Countries and territories (ISO 3166-1): short, official and common names in Chinese, both scripts.",
        "# GENERATED by scripts/build_world_places.py: do not edit by hand; world_regions.tsv holds the hand list.",
        f"# Source: pycountry {version} (LGPL-2.1), its iso-codes gettext catalogues iso3166-1 for zh_CN, zh_TW,",
        "# zh_HK. Official forms also give their short form; names are listed as given and simplified.",
        "# name<TAB>TYPE",
    ]
    seen: set[str] = set()
    for code, english in _english_names():
        translated = [cat.gettext(n) for cat in catalogues for n in english]
        names = [n for n in forms(translated, to_simplified) if n not in seen]
        if not names:
            continue
        seen.update(names)
        lines.append(f"# {code} {english[0]}")
        lines.extend(f"{n}\tPLACE" for n in names)
    return "\n".join(lines) + "\n"


def division_name(name: str, simplify: Callable[[str], str]) -> str:
    """The simplified view of a first-level division's translated name, or '' when it is not kept.

    >>> division_name("亚利桑那州", str), division_name("東部省", lambda n: n.replace("東", "东"))
    ('亚利桑那州', '')
    >>> division_name("伪阿鲁纳恰尔邦", str), division_name("萨尔", str)
    ('', '')
    """
    simple = simplify(clean(name))
    ending = next((e for e in DIVISION_ENDINGS if simple.endswith(e)), None)
    if ending is None or len(simple) < 3 or simple.startswith("伪"):
        return ""
    return "" if simple[: -len(ending)] in DIVISION_STEMS_LEFT_OUT else simple


def _gazetteer_names() -> set[str]:
    """The full and short names of China's divisions in zhnews' gazetteer (``extract/data/divisions.tsv``)."""
    text = (OUT.parents[1] / "data" / "divisions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name for row in rows for name in row[1:3] if name}


def render_divisions() -> str:
    """world_divisions.tsv: the first-level divisions of other countries (ISO 3166-2) in the simplified view."""
    from importlib.metadata import version

    import pycountry

    from zhnews.script import to_simplified

    catalogues = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[loc])
                  for loc in LOCALES if (Path(pycountry.LOCALES_DIR) / loc / "LC_MESSAGES" / "iso3166-2.mo").exists()]
    lines = [
        "# First-level divisions of other countries (ISO 3166-2): states, provinces, regions, in the simplified",
        "# view zhnews matches on. GENERATED by scripts/build_world_places.py: do not edit by hand.",
        f"# Source: pycountry {version('pycountry')} (LGPL-2.1), its iso-codes gettext catalogues iso3166-2 for the",
        "# Chinese locales it has. Kept: names ending as a division does (州 省 邦 共和国 自治区 自治州 领地 大区),",
        "# except those of China's own divisions in the gazetteer (河南省).",
        "# name<TAB>TYPE",
    ]
    seen = _gazetteer_names()  # China's own names win (Vietnam's 河南省 is left out)
    for sub in sorted(pycountry.subdivisions, key=lambda d: d.code):
        if sub.country_code in DIVISIONS_SKIPPED or sub.parent_code:
            continue
        for cat in catalogues:
            translated = cat.gettext(sub.name)
            name = division_name(translated, to_simplified) if translated != sub.name else ""
            if name and name not in seen:
                seen.add(name)
                lines.append(f"{name}\tPLACE")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(OUT.parents[3]))  # the repository's src, ahead of any installed zhnews
    status = 0
    for out, text in ((OUT, render()), (DIVISIONS_OUT, render_divisions())):
        if "--check" in argv:
            same = out.exists() and out.read_text(encoding="utf-8") == text
            print(f"{out.name} is up to date" if same else f"{out.name} differs: rerun the script")
            status = status or (0 if same else 1)
            continue
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out} ({sum(1 for x in text.splitlines() if x and not x.startswith('#'))} names)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
