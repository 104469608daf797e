"""Measure ``graph.extract`` on a development set: precision and recall of medals and records.

A development set is a folder of articles (``NAME.txt``) each with hand-made
expected facts (``NAME.expected.yaml``: ``medals`` as ``{medal, athlete, nation,
event}`` and ``records`` as ``{category, holder}``). File names starting with
``train_`` are the articles the rules were written against; ``heldout_`` ones
were read only after the rules were frozen. Figures are given for each split.

A drafted medal counts as right when its medal type, event slug and athlete
match an expected one; athletes are compared by folded name
(``johannes-hoesflot-klaebo`` = ``johannes-hosflot-klaebo``), and a name the
article writes with a nickname is either form (``Anton "Toni" Sailer``: ``anton-sailer``
or ``toni-sailer``). A record counts as right when its category and holder match. Run it with::

    python -m graph.extract_eval tests/extract_devset
    python -m graph.extract_eval tests/extract_newsset --texts TEXTS   # news texts are not committed
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import PodiumError
from .extract import NameIndex, extract, load_name_index
from .names import fold

__all__ = ["Score", "articles_of", "evaluate", "source_of", "medal_keys", "record_keys", "main"]


def _person(key: str | None) -> str:
    """A drafted or expected athlete's slug folded for comparison, its initials joined ("j-j-thomas" = "jj-thomas"); a
    nation's code as it is."""
    if not key or key.isupper():
        return key or ""
    return re.sub(r"\b(\w) (?=\w\b)", r"\1", fold(key.replace("-", " ")))


def medal_keys(medals: list[dict]) -> Counter:
    """(medal, event, folded athlete) of each medal."""
    return Counter((m["medal"], m["event"], _person(m["athlete"])) for m in medals)


# 'Anton "Toni" Sailer', 'Adrianus ("Ard") Schenk': a written name with a nickname
_NICKNAMED = re.compile(r"(?P<given>.+?)\s+\(?[\"“](?P<nick>[^\"”]+)[\"”]\)?\s+(?P<surname>.+)")


def athlete_names(athletes: list[dict]) -> dict[str, set[str]]:
    """The folded names each drafted athlete goes by: its slug's, both forms of a name written with a nickname, and the
    full names the text also calls it by (its aliases of two words or more: "Birger Ruud" of "Birger Johannes Ruud").

    >>> athlete_names([{"athlete": "toni-sailer", "name": 'Anton "Toni" Sailer'}])["toni-sailer"] == {"toni sailer", "anton sailer"}
    True
    >>> "nikki stone" in athlete_names([{"athlete": "nicole-stone", "name": 'Nicole "Nikki" L. Stone'}])["nicole-stone"]
    True
    >>> sorted(athlete_names([{"athlete": "birger-johannes-ruud", "aliases": ["Birger Ruud", "Ruud"]}])["birger-johannes-ruud"])
    ['birger johannes ruud', 'birger ruud']
    """
    names = {}
    for athlete in athletes:
        found = {_person(athlete["athlete"])}
        for name in [athlete.get("name") or "", *athlete.get("aliases", [])]:
            nicknamed = _NICKNAMED.fullmatch(name)
            if nicknamed:
                # (a middle initial left out: 'Nicole "Nikki" L. Stone' is also "Nikki Stone")
                surname = re.sub(r"^(?:[A-Z]\.\s+)+", "", nicknamed["surname"])
                found |= {fold(f"{nicknamed['given']} {surname}"), fold(f"{nicknamed['nick']} {surname}"),
                          fold(f"{nicknamed['given']} {nicknamed['surname']}"), fold(f"{nicknamed['nick']} {nicknamed['surname']}")}
            elif name in athlete.get("aliases", []) and len(name.split()) > 1:
                found.add(fold(name))
        names[athlete["athlete"]] = found
    return names


def _aligned(drafted: Counter, expected: Counter, names: dict[str, set[str]], slugs: dict[str, str]) -> Counter:
    """The drafted keys with each athlete named as the expected fact names them, where that is one of the athlete's names."""
    aligned: Counter = Counter()
    for (medal, event, person), count in drafted.items():
        known = names.get(slugs.get(person, ""), {person})
        person = next((p for (m, e, p) in expected if m == medal and e == event and p in known), person)
        aligned[(medal, event, person)] += count
    return aligned


def record_keys(records: list[dict]) -> Counter:
    """(category, folded holder) of each record."""
    return Counter((r["category"], _person(r.get("holder"))) for r in records)


@dataclass
class Score:
    """Counts of right, drafted and expected facts; precision and recall from them."""

    right: int = 0
    drafted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, drafted: Counter, expected: Counter, where: str) -> None:
        right = drafted & expected
        self.right += sum(right.values())
        self.drafted += sum(drafted.values())
        self.expected += sum(expected.values())
        self.misses += [f"{where}: wrong {key}" for key in (drafted - expected).elements()]
        self.misses += [f"{where}: missed {key}" for key in (expected - drafted).elements()]

    @property
    def precision(self) -> float:
        return self.right / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def line(self) -> str:
        return f"precision {self.precision:.2f} ({self.right}/{self.drafted}), recall {self.recall:.2f} ({self.right}/{self.expected})"


def articles_of(folder: Path, texts: Path | None = None) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """(article, expected facts) pairs of a set, and the expected files whose article is not in ``texts``.

    Without ``texts`` the articles are the folder's ``NAME.txt``, each with ``NAME.expected.yaml`` beside it (the
    development set). With ``texts`` the set is the folder's expected files and each article is ``texts/NAME.txt``:
    the news set, whose texts are not committed (news copy is not openly licensed).
    """
    folder = Path(folder)
    if texts is None:
        articles = sorted(folder.glob("*.txt"))
        if not articles:
            raise PodiumError("no article (*.txt) in the development set", file=str(folder))
        for article in articles:
            if not article.with_suffix(".expected.yaml").is_file():
                raise PodiumError("no expected facts beside the article", file=str(article.with_suffix(".expected.yaml")))
        return [(article, article.with_suffix(".expected.yaml")) for article in articles], []
    if not Path(texts).is_dir():
        raise PodiumError("not a folder of article texts", file=str(texts))
    expected_files = sorted(folder.glob("*.expected.yaml"))
    if not expected_files:
        raise PodiumError("no expected facts (*.expected.yaml) in the set", file=str(folder))
    pairs, missing = [], []
    for expected in expected_files:
        article = Path(texts) / expected.name.replace(".expected.yaml", ".txt")
        if article.is_file():
            pairs.append((article, expected))
        else:
            missing.append(expected)
    return pairs, missing


def evaluate(folder: Path, names: NameIndex | None = None, texts: Path | None = None) -> dict[str, dict[str, Score]]:
    """Scores by split (the file name's prefix: ``train``, ``heldout``, ``news9``) and kind (``medals``, ``records``)."""
    return _scores(articles_of(folder, texts)[0], names if names is not None else load_name_index(None))


def _scores(pairs: list[tuple[Path, Path]], names: NameIndex) -> dict[str, dict[str, Score]]:
    """The scores of (article, expected facts) pairs (``articles_of``)."""
    scores: dict[str, dict[str, Score]] = {}
    for article, expected_path in pairs:
        expected = _expected_facts(expected_path)
        split = article.name.split("_", 1)[0]
        try:
            draft = extract(article, names=names)
            # (a nation's team medal with no member named is scored as the annotators write it: the nation's code as athlete)
            medals = [f.fields for f in draft.medals()] + [{**f.fields, "athlete": f.fields["nation"]} for f in draft.team_medals()]
            records = [f.fields for f in draft.records()]
            labels = athlete_names([f.fields for f in draft.of_type("athlete")])
        except PodiumError:
            medals, records, labels = [], [], {}
        split_scores = scores.setdefault(split, {"medals": Score(), "records": Score()})
        expected_medals = medal_keys(expected.get("medals") or [])
        slugs = {_person(m["athlete"]): m["athlete"] for m in medals}
        split_scores["medals"].add(_aligned(medal_keys(medals), expected_medals, labels, slugs), expected_medals, article.name)
        split_scores["records"].add(record_keys(records), record_keys(expected.get("records") or []), article.name)
    return scores


def source_of(expected: Path) -> str:
    """The address an expected file's ``# source:`` comment gives, or ``""``."""
    found = re.search(r"^#\s*source:\s*(\S+)", expected.read_text(encoding="utf-8", errors="replace"), re.M)
    return found.group(1) if found else ""


def _expected_facts(path: Path) -> dict:
    """The expected facts of one article; a malformed file is a ``PodiumError`` naming its line."""
    try:
        expected = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise PodiumError(f"not YAML: {getattr(error, 'problem', None) or error}", file=str(path), line=line) from None
    except UnicodeDecodeError:
        raise PodiumError("not UTF-8 text", file=str(path)) from None
    if not isinstance(expected, dict):
        raise PodiumError("expected facts are a mapping with 'medals' and 'records'", file=str(path))
    return expected


def main(argv: list[str] | None = None) -> int:
    """Print the figures of a development set (default ``tests/extract_devset``); exit 2 on bad input."""
    parser = argparse.ArgumentParser(prog="python -m graph.extract_eval", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="tests/extract_devset", type=Path,
                        help="folder of NAME.expected.yaml, with NAME.txt beside each unless --texts (default: %(default)s)")
    parser.add_argument("--texts", type=Path, default=None,
                        help="folder of the articles NAME.txt, for a set whose texts are not committed (tests/extract_newsset)")
    args = parser.parse_args(argv)
    try:
        pairs, missing = articles_of(args.folder, args.texts)
        scores = _scores(pairs, load_name_index(None))
    except PodiumError as error:
        print(f"extract_eval: error: {error}", file=sys.stderr)
        return 2
    for split in sorted(scores):
        count = sum(1 for article, _ in pairs if article.name.split("_", 1)[0] == split)
        for kind, score in scores[split].items():
            print(f"{split} ({count} articles) {kind}: {score.line()}")
    for split in sorted(scores):
        for kind, score in scores[split].items():
            for miss in score.misses:
                print(f"  {split} {kind} {miss}")
    for expected in missing:
        print(f"  not measured, no text in {args.texts}: {expected.name} (source: {source_of(expected) or 'not given'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
