"""Read the results data files (CSV, gzip or not) row by row, with line-accurate errors.

Three shapes of file are known, told apart by their header: the athlete results
(``olympic_athletes.csv.gz``: one row per athlete, Games and event), the medal table
(``medal_table.csv``: one row per Games and NOC) and the editions (``editions.csv``:
one row per edition of the Games). Values are read as text with the :mod:`csv`
module, so the literal strings ``nan`` and ``NAN`` of the 2018+ team rows stay as
they are (pandas would turn them into missing values unless told otherwise).

A file that cannot be read as a whole (not UTF-8, a truncated gzip, a missing
column, broken CSV quoting) raises :class:`~graph.errors.PodiumError` naming the file
and line. A single row that cannot be used is not an error: the importer counts it
by reason.

Examples
--------
>>> import io
>>> kind_of_header(["id", "name", "sex", "age", "height", "weight", "team", "noc", "games",
...                 "year", "season", "city_local_latin", "city_english", "sport", "event", "medal"])
'athletes'
>>> kind_of_header(["edition_id", "games", "year"]) is None
True
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from pathlib import Path
from typing import Iterator

from .errors import PodiumError

__all__ = ["COLUMNS", "DataFile", "kind_of_header", "open_data_file", "read_rows"]

# The columns each kind of file must have (more are allowed and ignored).
COLUMNS: dict[str, tuple[str, ...]] = {
    "athletes": ("id", "name", "sex", "age", "height", "weight", "team", "noc", "games", "year",
                 "season", "city_local_latin", "city_english", "sport", "event", "medal"),
    "medal_table": ("edition_id", "games", "year", "season", "noc", "country", "gold", "silver",
                    "bronze", "total", "notes"),
    "editions": ("edition_id", "games", "year", "season", "city_local_latin", "city_english",
                 "country", "opening_ceremony", "closing_ceremony", "participants", "nocs",
                 "medal_events", "disciplines", "notes", "source"),
}
# Columns that tell the kinds apart: the first kind whose marker columns are all present wins.
_MARKERS = (("athletes", {"id", "name", "event"}),
            ("medal_table", {"gold", "total"}),
            ("editions", {"opening_ceremony", "closing_ceremony"}))
_GZIP_MAGIC = b"\x1f\x8b"
_KIND_NAMES = {"athletes": "an athlete results file", "medal_table": "a medal table",
               "editions": "an editions file"}


def kind_of_header(header: list[str]) -> str | None:
    """The kind of data file a header belongs to, or None if it is none of them."""
    names = set(header)
    for kind, markers in _MARKERS:
        if markers <= names:
            return kind
    return None


class DataFile:
    """One data file: its path, kind and header, read lazily.

    Parameters
    ----------
    path:
        A CSV file, compressed with gzip or not (told by its first bytes, not its name).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.gzipped = _is_gzip(self.path)
        with open_data_file(self.path) as handle:
            header = _next_row(csv.reader(handle), self.path, 1)
        if header is None:
            raise PodiumError("empty file: no header row", file=str(self.path), line=1)
        self.header = header
        kind = kind_of_header(header)
        if kind is None:
            raise PodiumError(
                "not a results file: the header matches none of the athletes, medal table or "
                "editions columns", file=str(self.path), line=1,
            )
        missing = [name for name in COLUMNS[kind] if name not in header]
        if missing:
            raise PodiumError(f"missing column(s) {', '.join(missing)} in what looks like {_KIND_NAMES[kind]}",
                              file=str(self.path), line=1, field=missing[0])
        self.kind = kind

    def __repr__(self) -> str:
        return f"DataFile({str(self.path)!r}, kind={self.kind!r})"


def _is_gzip(path: Path) -> bool:
    try:
        with open(path, "rb") as raw:
            return raw.read(2) == _GZIP_MAGIC
    except OSError as error:
        raise PodiumError(f"cannot read: {error.strerror}", file=str(path)) from None


def open_data_file(path: Path) -> io.TextIOBase:
    """Open a CSV file as UTF-8 text, decompressing gzip when its first bytes say so."""
    if _is_gzip(path):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def _next_row(reader, path: Path, line: int) -> list[str] | None:
    try:
        return next(reader)
    except StopIteration:
        return None
    except UnicodeDecodeError as error:
        bad_line, column = _first_bad_utf8(path)
        raise PodiumError(f"not UTF-8 text ({error.reason} at byte {column} of the line)",
                          file=str(path), line=bad_line or line) from None
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise PodiumError(f"truncated or corrupt gzip data ({error})", file=str(path), line=line) from None
    except csv.Error as error:
        raise PodiumError(f"bad CSV: {error}", file=str(path), line=line) from None


def _first_bad_utf8(path: Path) -> tuple[int | None, int]:
    """The first line (1-based) that is not UTF-8, and the byte in it: the decoder reads in
    blocks, so only a second, line-by-line pass (on the error path only) can tell."""
    opener = gzip.open if _is_gzip(path) else open
    try:
        with opener(path, "rb") as raw:
            for number, data in enumerate(raw, start=1):
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError as error:
                    return number, error.start
    except (OSError, EOFError, zlib.error):
        pass
    return None, 0


def read_rows(data_file: DataFile, as_tuples: bool = False) -> Iterator[tuple[int, dict[str, str] | tuple | list[str]]]:
    """Yield ``(line, row)`` for every data row; ``row`` is a dict of the known columns
    (or, with ``as_tuples``, a tuple of them in :data:`COLUMNS` order: faster).

    A row with the wrong number of fields is yielded as the raw list, so the caller
    can count it as unusable; every other failure raises ``PodiumError``.
    """
    columns = COLUMNS[data_file.kind]
    header = data_file.header
    index = [header.index(name) for name in columns]
    width = len(header)
    with open_data_file(data_file.path) as handle:
        reader = csv.reader(handle)
        _next_row(reader, data_file.path, 1)
        while True:
            line = reader.line_num + 1
            row = _next_row(reader, data_file.path, line)
            if row is None:
                return
            if len(row) != width:
                yield line, row
                continue
            values = tuple([row[i] for i in index])
            yield line, (values if as_tuples else dict(zip(columns, values)))
