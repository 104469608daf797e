"""Cut the small test slices of the real results data (run by hand; not a test).

    python tests/data/make_slices.py /path/to/shared/data/olympics

Keeps, in file order, the rows that hold the cases the tests check: Lake Placid 1980
speed skating (Eric Heiden's five golds), the athletes of the seed article (Klæbo,
Nyenget, Iversen, Dale-Skjevdal, Phelps) with all their rows (their 2018+ team rows
have no NOC and no medal), Marit Bjørgen under her two ids, Ole Einar Bjørndalen (the
career record of eight), the 2014 women's team sprint (a complete pre-2018 team
event), the 2026 men's 50 km and 15 km mass start, and one exact duplicate row with
its original. The medal table keeps Norway's Winter rows and the 1980 and 2026 Winter
rows; the editions file is kept whole.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "olympics-slice"
IDS = {"47192", "136452", "149341", "136458", "148985", "94406", "11943", "136633", "11951"}


def keep(row: dict) -> bool:
    if row["id"] in IDS:
        return True
    if row["games"] == "1980 Winter" and row["sport"] == "Speed Skating" and "Men's" in row["event"]:
        return row["medal"] != "" or row["id"] < "20000"
    if row["games"] == "2014 Winter" and row["event"] == "Cross Country Skiing Women's Team Sprint":
        return row["medal"] != ""
    if row["games"] == "2026 Winter" and row["event"] in (
            "Cross Country Skiing 50 kilometres (Classical), Men", "Biathlon Mass Start (15 kilometres), Men"):
        return row["medal"] != ""
    return False


def main(source: Path) -> None:
    with gzip.open(source / "olympic_athletes.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines(keepends=True)
    header = lines[0]
    reader = csv.DictReader(io.StringIO("".join(lines)))
    kept, seen, duplicate = [], set(), None
    for line, row in zip(lines[1:], reader):
        if line in seen and duplicate is None and row["games"] < "1950":
            duplicate = line
        seen.add(line)
        if keep(row):
            kept.append(line)
    original = next(line for line in lines[1:] if line == duplicate)
    kept += [original, duplicate]  # an exact duplicate: the second is skipped on import
    with gzip.GzipFile(OUT / "olympic_athletes.csv.gz", "wb", mtime=0) as raw:
        raw.write((header + "".join(kept)).encode("utf-8"))
    with open(source / "medal_table.csv", encoding="utf-8", newline="") as handle:
        rows = handle.read().splitlines(keepends=True)
    table = [rows[0]] + [r for r in rows[1:] if (",Winter,NOR," in r) or r.split(",")[1] in ("1980 Winter", "2026 Winter")]
    (OUT / "medal_table.csv").write_text("".join(table), encoding="utf-8", newline="")
    (OUT / "editions.csv").write_bytes((source / "editions.csv").read_bytes())
    print(f"{len(kept)} athlete rows, {len(table) - 1} medal table rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
