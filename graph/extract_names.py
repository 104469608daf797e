"""The name list of ``podium extract``: athletes of the graph and of the results data.

An article writes a name one way, the results data another: "Ireen Wüst" is
``Irene Karlijn "Ireen" Wst`` before 2018 (letters beyond ASCII dropped, the
used name in quotes), "Michel Mulder" is ``Michel Theodoor Mulder``, "Alexander
Bolshunov" is ``Aleksandr Bolshunov``. ``NameIndex.match`` finds the data's
athlete behind an article's name in three steps, strictest first:

1. ``exact``: the folded names are equal (``graph.names.fold``: Klaebo = Klæbo);
2. ``variant``: a variant key is equal: first and last name only, the used name
   in quotes instead of the given names, or the article's name with its letters
   beyond ASCII dropped (the pre-2018 rows' spelling);
3. ``fuzzy``: within the same Games (and sport, when known) only, a rapidfuzz
   ``token_sort_ratio`` of the first-and-last-name keys of at least
   ``FUZZY_THRESHOLD``, with the same first letter and a surname ratio of at
   least ``FUZZY_THRESHOLD`` (transliterations: Alexander = Aleksandr).
4. ``prefix``: within the same Games and sport only, the data's name (two
   words or more) is the first words of the article's longer name, the data
   keeping one of several family names ("Julia Pereira" for "Julia Pereira
   de Sousa Mabileau").
5. ``phonetic``: within the same Games only, every name sounds the same
   (jellyfish's metaphone codes are equal; the given and the family name when one
   side writes two names only) and the first-and-last keys still score at least
   ``PHONETIC_FLOOR``: two romanisations of one name ("Alexander Zaitsev" =
   "Aleksandr Zaytsev", ratio 82) that the fuzzy step misses; one person of one
   nation only, and never a name written family name first ("Kim Dae-heon" is
   not "Kim Seung-Hun").

Rows of the same Games are preferred to rows of other Games: a name seen with
one NOC in the Games of the article is strong evidence. A match is returned only
when every candidate at the best step agrees on one NOC; otherwise there is no
nation and the caller says why. The match says how it was made and its score,
so the draft can report it.

Examples
--------
>>> index = NameIndex()
>>> index.add_row('Irene Karlijn "Ireen" Wst', "NED", "F", 2014, "Speed Skating")
>>> index.add_row("Aleksandr Bolshunov", "ROC", "M", 2022, "Cross Country Skiing")
>>> index.match("Ireen Wüst").how, index.match("Ireen Wüst").noc
('variant', 'NED')
>>> found = index.match("Alexander Bolshunov", games=2022, discipline="cross-country-skiing")
>>> (found.how, found.noc, found.name, round(found.score))
('fuzzy', 'ROC', 'Aleksandr Bolshunov', 89)
>>> index.match("Alexander Bolshunov") is None   # fuzzy only within the article's Games
True
>>> index.add_row("Julia Pereira", "FRA", "F", 2018, "Snowboarding")
>>> found = index.match("Julia Pereira de Sousa Mabileau", games=2018, discipline="snowboarding")
>>> (found.how, found.noc)
('prefix', 'FRA')
>>> index.match("Julia Pereira de Sousa Mabileau", games=2018, discipline="luge") is None  # same sport only
True
>>> index.add_row("Aleksandr Gennadyevich Zaytsev", "URS", "M", 1976, "Figure Skating")
>>> found = index.match("Alexander Gennadyevich Zaitsev", games=1976)
>>> (found.how, found.noc, found.name)
('phonetic', 'URS', 'Aleksandr Gennadyevich Zaytsev')
>>> index.match("Alexander Gennadyevich Zaitsev", games=1980) is None   # same Games only
True
"""

from __future__ import annotations

import csv
import gzip
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import jellyfish
from rapidfuzz import fuzz, process

from .names import fold, slug

__all__ = ["DATA_FILE", "FUZZY_THRESHOLD", "DataMedal", "NameIndex", "NameMatch", "data_event_words", "load_name_index", "name_keys"]

ROOT = Path(__file__).resolve().parent.parent
#: The results data (read-only); ``PODIUM_DATA`` names another folder.
DATA_FILE = Path(os.environ.get("PODIUM_DATA", ROOT.parent / "shared" / "data" / "olympics")) / "olympic_athletes.csv.gz"
#: Least rapidfuzz score (0-100) of a fuzzy match, of the whole name and of the surname.
FUZZY_THRESHOLD = 85.0
#: Least rapidfuzz score of the first-and-last keys of a phonetic match (names that sound the same).
PHONETIC_FLOOR = 75.0

_NICKNAME = re.compile(r'"([^"]+)"')


def _strip_suffix(name: str) -> str:
    """A name without its generation suffix and a bracketed name change ("Tessa Jane Virtue (-McCormick)")."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    return re.sub(r",\s*(?:I{1,3}|IV|Jr\.?|Sr\.?)$", "", name.strip())


def name_keys(name: str) -> tuple[str, set[str]]:
    """The full key of a name and its variant keys (first and last name, used name, ASCII only).

    >>> full, variants = name_keys('Irene Karlijn "Ireen" Wst')
    >>> full, sorted(variants)
    ('irene karlijn wst', ['ireen wst', 'irene wst'])
    >>> name_keys("Ireen Wüst")
    ('ireen wust', {'ireen wst'})
    >>> name_keys("Tessa Jane Virtue (-McCormick)")[1] == {name_keys("Tessa Virtue")[0]}
    True
    """
    name = _strip_suffix(name)
    nickname = _NICKNAME.search(name)
    plain = _NICKNAME.sub(" ", name)
    full = fold(plain)
    variants: set[str] = set()
    tokens = full.split()
    if len(tokens) > 2:
        variants.add(f"{tokens[0]} {tokens[-1]}")
    if nickname and tokens:
        variants.add(f"{fold(nickname.group(1))} {tokens[-1]}")
    ascii_only = fold("".join(char for char in plain if ord(char) < 128))
    if any(ord(char) > 127 for char in plain) and len(ascii_only.split()) >= 2:
        variants.add(ascii_only)
        ascii_tokens = ascii_only.split()
        variants.add(f"{ascii_tokens[0]} {ascii_tokens[-1]}")
    variants.discard(full)
    return full, {v for v in variants if len(v.split()) >= 2}


@dataclass(frozen=True)
class NameMatch:
    """The athlete of the name list behind an article's name, and how sure the match is."""

    name: str           # the spelling of the name list
    noc: str | None
    sex: str | None
    how: str            # "exact", "variant", "fuzzy", "prefix" or "phonetic"
    score: float        # 100 for exact and variant matches
    games: int | None   # the Games of the rows matched, when they are the article's

    def describe(self) -> str:
        """One line for a warning or a draft comment.

        >>> NameMatch("Aleksandr Bolshunov", "ROC", "M", "fuzzy", 89.47, 2022).describe()
        "results data 'Aleksandr Bolshunov' (ROC, 2022 Games, fuzzy match, score 89)"
        """
        where = f", {self.games} Games" if self.games else ""
        return f"results data '{self.name}' ({self.noc}{where}, {self.how} match, score {self.score:.0f})"


@dataclass(frozen=True)
class DataMedal:
    """One medal of the results data: its sport and event as the data labels them, and its colour."""

    sport: str    # "Skeleton"
    event: str    # "Skeleton Women's Skeleton"
    medal: str    # "gold"


# The data's words for an event that articles (and the extractor's event reader) write otherwise.
_DATA_EVENT_WORDS = {"boardercross": "snowboard cross", "cross": "snowboard cross", "ice dancing": "ice dance",
                     "doubles, mixed": "doubles", "team cross": "team snowboard cross"}


def data_event_words(sport: str, label: str) -> tuple[str, str] | None:
    """(sex, words) of a results-data event label, in the words an article uses ("men", "20 kilometres individual").

    Both label forms of the data are read: "Biathlon Men's 20 kilometres" and "Biathlon Individual (20
    kilometres), Men". Ski styles in brackets are dropped (the project's event ids leave them out), a
    distance in brackets goes before the format, a hill keeps its name. A label of the discipline alone
    ("Skeleton Women's Skeleton", "Curling Team, Men") gives no words.

    >>> data_event_words("Biathlon", "Biathlon Individual (20 kilometres), Men"), data_event_words("Biathlon", "Biathlon Men's 20 kilometres")
    (('men', '20 kilometres individual'), ('men', '20 kilometres individual'))
    >>> data_event_words("Cross Country Skiing", "Cross Country Skiing Women's 3 x 5 kilometres Relay")
    ('women', '3 x 5 kilometres relay')
    >>> data_event_words("Skeleton", "Skeleton Women's Skeleton"), data_event_words("Curling", "Curling Team, Men")
    (('women', ''), ('men', ''))
    >>> data_event_words("Bobsleigh", "Bobsleigh Women's Two"), data_event_words("Luge", "Luge Mixed (Men)'s Doubles")
    (('women', 'two-woman'), ('men', 'doubles'))
    >>> data_event_words("Ski Jumping", "Ski Jumping Men's Large Hill, Team")
    ('men', 'large hill team')
    >>> data_event_words("Biathlon", "Biathlon Relay (4 × 6 kilometres), Mixed")
    ('mixed', '4 × 6 kilometres relay')
    """
    rest = label[len(sport):].strip() if label.startswith(sport) else label
    old = re.fullmatch(r"(Men|Women|Mixed)(?:\s*\((Men|Women)\))?'s\s+(.+)|(Mixed)\s+(.+)", rest)
    new = re.fullmatch(r"(.+),\s*(Men|Women|Mixed)", rest)
    if old:
        sex, words = ((old.group(2) or old.group(1)), old.group(3)) if old.group(1) else (old.group(4), old.group(5))
    elif new:
        sex, words = new.group(2), new.group(1)
    else:
        return None
    sex, words = sex.lower(), words.lower()
    words = re.sub(r"\s*\((?:classical|freestyle|\d+ laps)\)", "", words)
    # "individual (20 kilometres)", "relay (4 × 6 kilometres)"
    words = re.sub(r"^(.*?)\s*\(((?:\d+\s*[×x]\s*)?\d[\d.,]*\s+kilometres)\)$", r"\2 \1", words)
    words = re.sub(r"^(?:individual|sprint)?\s*\(?((?:normal|large) hill)\s*/\s*[\d.]+\s*km\)?(?:,\s*individual)?$", r"\1", words)
    words = re.sub(r",\s*individual$", "", words)
    words = re.sub(r",\s*team$", " team", words)
    if words in ("two", "four"):
        words = f"{words}-{'woman' if sex == 'women' else 'man'}"
    words = _DATA_EVENT_WORDS.get(words, words)
    if sport == "Biathlon" and re.fullmatch(r"[\d.]+ kilometres", words):
        # "Biathlon Women's 15 kilometres" is the individual: the data's newer label of it says so ("Individual (15 kilometres), Women")
        words = f"{words} individual"
    if fold(words) in (fold(sport), "team", "ice hockey", "curling", "skeleton"):
        words = ""   # the discipline's one event for this sex
    return sex, words


@dataclass(frozen=True)
class _Row:
    name: str
    noc: str | None
    sex: str | None
    year: int | None
    sport: str | None   # slug of the data's sport ("cross-country-skiing")


@dataclass
class NameIndex:
    """Known athletes: preferred spelling, NOC and sex by folded name, and the rows to match against.

    Built from the graph's facts files and the results data (``load_name_index``);
    an empty index still works: names are then read from the text alone.
    """

    people: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    rows: list[_Row] = field(default_factory=list)
    by_full: dict[str, list[int]] = field(default_factory=dict)     # full key -> rows
    by_variant: dict[str, list[int]] = field(default_factory=dict)  # variant key -> rows
    by_games: dict[int, list[int]] = field(default_factory=dict)    # year -> rows
    events: dict[tuple[str, int], set[str]] = field(default_factory=dict)  # (data name, year) -> the data's events entered
    medals: dict[tuple[str, int], set[DataMedal]] = field(default_factory=dict)  # (data name, year) -> the data's medals won
    # (year, event) of the rows without a nation, which carry no medal (the 2018+ team rows: the data README's quirk 1)
    medal_less: set[tuple[int, str]] = field(default_factory=set)
    # Games whose every row the index holds (read from the results data file): only there may a missing event be read as
    # "not held" (an index built row by row, as the tests do, holds what it was given)
    whole_games: set[int] = field(default_factory=set)
    _seen: set[tuple] = field(default_factory=set, repr=False)
    _entered: dict[int, dict[str, tuple[str, str, str]]] = field(default_factory=dict, repr=False)

    def add(self, name: str, noc: str | None = None, sex: str | None = None, *, prefer: bool = False) -> None:
        """Know a spelling (a spelling with letters beyond ASCII, or ``prefer``, wins)."""
        key = fold(_NICKNAME.sub(" ", name))
        if key and (prefer or key not in self.people or _has_letters_beyond_ascii(name)):
            old = self.people.get(key, (name, None, None))
            self.people[key] = (name, noc or old[1], sex or old[2])

    def add_row(self, name: str, noc: str | None, sex: str | None, year: int | None, sport: str | None, event: str | None = None,
                medal: str | None = None) -> None:
        """Add one athlete's row of the results data (or of a facts file, without Games)."""
        self.add(_NICKNAME.sub(" ", name).replace("  ", " ").strip(), noc, sex)
        if event and year is not None:
            self.events.setdefault((name, year), set()).add(event)
            if noc is None:
                self.medal_less.add((year, event))
            if medal and sport:
                self.medals.setdefault((name, year), set()).add(DataMedal(sport, event, medal.lower()))
        row = _Row(name, noc, sex, year, slug(sport) if sport else None)
        if row in self._seen:
            return
        self._seen.add(row)
        number = len(self.rows)
        self.rows.append(row)
        full, variants = name_keys(name)
        self.by_full.setdefault(full, []).append(number)
        plain = _strip_suffix(name)
        if len(full.split()) >= 2 and "-" in plain.split()[-1]:
            # "Carole Montillet" for the data's "Carole Montillet-Carles": a double surname an article shortens to its first part
            # (also behind a bracketed name change: "Karin Enke" for "Karin Enke-Kania (-Busch-, -Richter)")
            variants = variants | {f"{full.split()[0]} {fold(plain.split()[-1].split('-')[0])}"}
        if len(full.split()) >= 3:
            # "Veikko Kankkonen" for the data's "Esa Veikko Antero Kankkonen": a middle given name the athlete goes by
            variants = variants | {f"{given} {full.split()[-1]}" for given in full.split()[1:-1]}
        variants = variants | _east_asian_orders(plain, noc)
        for key in variants:
            self.by_variant.setdefault(key, []).append(number)
        if year is not None:
            self.by_games.setdefault(year, []).append(number)

    def events_entered(self, games: int) -> dict[str, tuple[str, str, str]]:
        """Each event label the index's rows of ``games`` entered -> (sport slug, sex, the data's sport name); empty unless
        the index holds those whole Games (``whole_games``). Read once a Games and kept: every article of a run asks the same.

        >>> index = NameIndex(whole_games={2010})
        >>> index.add_row("Amy Williams", "GBR", "F", 2010, "skeleton", "Skeleton Women's Skeleton")
        >>> index.events_entered(2010), index.events_entered(1980)
        ({"Skeleton Women's Skeleton": ('skeleton', 'women', 'Skeleton')}, {})
        """
        if games not in self.whole_games:
            return {}
        if games not in self._entered:
            entered = {}
            for row in (self.rows[i] for i in self.by_games.get(games, [])):
                for label in self.events.get((row.name, games), ()):
                    # (a row's events include its athlete's other sports at those Games: each label under its own sport)
                    if not row.sport or not slug(label).startswith(f"{row.sport}-"):
                        continue
                    sport = " ".join(label.split()[:row.sport.count("-") + 1])
                    words = data_event_words(sport, label)
                    if words:
                        entered[label] = (row.sport, words[0], sport)
            self._entered[games] = entered
        return self._entered[games]

    def events_held(self, games: int) -> set[tuple[str, str]]:
        """(sport slug, sex) of every event entered at ``games`` (``events_entered``).

        >>> index = NameIndex(whole_games={2010})
        >>> index.add_row("Amy Williams", "GBR", "F", 2010, "skeleton", "Skeleton Women's Skeleton")
        >>> index.events_held(2010), index.events_held(1980)
        ({('skeleton', 'women')}, set())
        """
        return {(sport, sex) for sport, sex, _ in self.events_entered(games).values()}

    def noc_at(self, noc: str, year: int) -> str:
        """The code under which the results data has ``noc``'s athletes at the ``year`` Games, where it has none of ``noc``
        itself there and one other code of that line (Russia's athletes of 2018 and 2022 are "ROC" in the data).

        >>> index = NameIndex()
        >>> index.add_row("Anna Alpha", "ROC", "F", 2022, "Biathlon")
        >>> index.noc_at("RUS", 2022), index.noc_at("RUS", 2014), index.noc_at("NOR", 2022)
        ('ROC', 'RUS', 'NOR')
        """
        held = {self.rows[i].noc for i in self.by_games.get(year, [])}
        if noc in held:
            return noc
        line = [code for code, main in _NOC_LINE.items() if main == noc and code in held]
        return line[0] if len(line) == 1 else noc

    def event_sex(self, name: str, year: int, fmt: str) -> str | None:
        """The sex of the data's events of format ``fmt`` that the data's ``name`` entered at the ``year`` Games.

        "Alpine Skiing Men's Super G" gives ``men`` for a super-G; a mixed event, or events of both sexes, give none.

        >>> index = NameIndex()
        >>> index.add_row("Anna Alpha", "NOR", "F", 1994, "Alpine Skiing", "Alpine Skiing Women's Super G")
        >>> index.event_sex("Anna Alpha", 1994, "super-G"), index.event_sex("Anna Alpha", 1994, "downhill")
        ('women', None)
        >>> index.add_row("Bo Beta", "GER", "M", 1968, "Luge", "Luge Mixed (Men)'s Doubles")
        >>> index.event_sex("Bo Beta", 1968, "doubles")
        'men'

        """
        words = fmt.lower().replace("-", " ")
        # ("Luge Mixed (Men)'s Doubles": the open event the data labels men's)
        sexes = {(found.group(1) or found.group(2)).lower() for event in self.events.get((name, year), ())
                 if re.search(rf"(?<![\w-]){re.escape(words)}\b", event.lower().replace("-", " "))
                 for found in [re.search(r"\bMixed\s*\((Men|Women)\)|\b(Men|Women|Mixed)(?:'s)?\b", event)] if found}
        return next(iter(sexes)) if len(sexes) == 1 and sexes != {"mixed"} else None

    def relay_legs(self, name: str, year: int, sex: str, discipline: str) -> tuple[str, str] | None:
        """The distance (legs) and unit of the one relay of ``discipline`` (a slug) and ``sex`` the data's ``name`` entered
        in ``year``.

        >>> index = NameIndex()
        >>> index.add_row("Anders Alpha", "GER", "M", 1992, "Biathlon", "Biathlon Men's 4 x 7.5 kilometres Relay")
        >>> index.relay_legs("Anders Alpha", 1992, "men", "biathlon"), index.relay_legs("Anders Alpha", 1992, "women", "biathlon")
        (('4 × 7.5', 'km'), None)
        """
        found = set()
        for event in self.events.get((name, year), ()):
            sport = re.match(r"(.+?)\s+(?:Men|Women|Mixed)\b", event)
            words = sport and slug(sport.group(1)) == discipline and data_event_words(sport.group(1), event)
            legs = words and words[0] == sex and re.fullmatch(r"((?:\d+\s*x\s*)?[\d.,]+)\s+(kilometres|metres)\s+relay", words[1])
            if legs:
                dist = re.sub(r"\s*x\s*", " × ", re.sub(r",(?=\d{3}\b)", "", legs.group(1)))
                found.add((dist, "km" if legs.group(2) == "kilometres" else "m"))
        return found.pop() if len(found) == 1 else None

    def get(self, name: str) -> tuple[str, str | None, str | None] | None:
        """(preferred spelling, NOC, sex) of a name whose folded form is known."""
        return self.people.get(fold(name))

    def names_of(self, name: str) -> set[str]:
        """The results data's names of every athlete written ``name`` exactly or by a variant, at any Games and for any
        nation (``match`` answers with one athlete or none: "Georg Hackl" raced for West Germany, then for Germany)."""
        full, variants = name_keys(name)
        numbers = (self.by_full.get(full, []) + [i for key in variants for i in self.by_full.get(key, [])]
                   + [i for key in {full} | variants for i in self.by_variant.get(key, [])])
        return {self.rows[i].name for i in numbers if self.rows[i].noc}

    def match(self, name: str, *, games: int | None = None, discipline: str | None = None, noc: str | None = None) -> NameMatch | None:
        """The athlete behind ``name``: exact, then variant, then (same Games only) fuzzy; see the module. A name worn by
        athletes of several nations is the one of ``noc`` where it is given (the nation the text states: "Jonas Mueller
        of Austria" of 2026, not the German ice hockey player of that name)."""
        full, variants = name_keys(name)
        exact = self.by_full.get(full, [])
        variant = [i for key in variants for i in self.by_full.get(key, [])] + [i for key in {full} | variants for i in self.by_variant.get(key, [])]
        at_games = [row for row in dict.fromkeys(self.rows[i] for i in variant) if row.noc and games is not None and row.year == games]
        for how, numbers in (("exact", exact), ("variant", variant)):
            found = [row for row in dict.fromkeys(self.rows[i] for i in numbers) if row.noc]
            if not found:
                continue
            same_games = [row for row in found if games is not None and row.year == games]
            if how == "exact" and not same_games and at_games and {_NOC_LINE.get(row.noc, row.noc) for row in at_games} == {_NOC_LINE.get(row.noc, row.noc) for row in found}:
                # "Ted Ligety" of a facts file, no Games, and the data's "Theodore Sharp "Ted" Ligety" at these Games; the data's
                # "Vic Wild" of 2018 (ROC) and its 'Victor Ivan "Vic" Wild' of 2014 (RUS)
                continue
            chosen = same_games or found
            nocs = {row.noc for row in chosen}
            if len(nocs) > 1 and noc in nocs:
                chosen, nocs = [row for row in chosen if row.noc == noc], {noc}
            if len(nocs) == 1:
                row = chosen[0]
                return NameMatch(row.name, row.noc, row.sex, how, 100.0, games if same_games else None)
            return None  # the name is worn by athletes of several nations: no guess
        if games is None or games not in self.by_games:
            return None
        return self._fuzzy(full, variants, games, discipline, family_first=_family_first(name))

    def _fuzzy(self, full: str, variants: set[str], games: int, discipline: str | None, *, family_first: bool = False) -> NameMatch | None:
        tokens = full.split()
        if len(tokens) < 2:
            return None
        short = f"{tokens[0]} {tokens[-1]}"
        candidates = [self.rows[i] for i in self.by_games[games] if self.rows[i].noc]
        if discipline:
            candidates = [row for row in candidates if row.sport == discipline] or candidates
        choices = {}
        for number, row in enumerate(candidates):
            row_full, _ = name_keys(row.name)
            row_tokens = row_full.split()
            if len(row_tokens) >= 2:
                choices[number] = f"{row_tokens[0]} {row_tokens[-1]}"
        hits = process.extract(short, choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD, limit=20)
        good = []
        for _, score, number in hits:
            first, last = choices[number].split()
            # (Russian "ё" is "yo" or "e": the data's "Golubyov" is the news's "Golubev")
            if first[0] == tokens[0][0] and max(fuzz.ratio(last, tokens[-1]), fuzz.ratio(last.replace("yo", "e"), tokens[-1].replace("yo", "e"))) >= FUZZY_THRESHOLD:
                good.append((score, candidates[number]))
        if family_first and not good:
            # "Lee Seung-hoon" = "Lee Seung-Hun": a family name first and a hyphenated given name romanised
            # another way; the family names must be equal and the whole names score at least the threshold.
            for number, row in enumerate(candidates):
                row_full = name_keys(row.name)[0]
                if _family_first(row.name) and row_full.split()[0] == tokens[0]:
                    score = fuzz.ratio(row_full, full)
                    if score >= FUZZY_THRESHOLD:
                        good.append((score, row))
        if not good and len(tokens) == 2:
            # "Qiaobo Ye" = "Ye Qiaobo", "Dongmin Shin" = "Sin Dong-Min": an East Asian name written given name first, the
            # data's family name first; the given names equal (a hyphen aside), the family names equal or alike
            for row in candidates:
                row_tokens = name_keys(row.name)[0].split()
                if 2 <= len(row_tokens) <= 3 and "".join(row_tokens[1:]) == tokens[0] and fuzz.ratio(row_tokens[0], tokens[1]) >= FUZZY_THRESHOLD:
                    good.append((fuzz.ratio(f"{row_tokens[0]} {tokens[0]}", f"{tokens[1]} {tokens[0]}"), row))
        if not good and len(tokens) >= 3 and discipline:
            # "Julia Pereira de Sousa Mabileau" = "Julia Pereira": the data keeps the first of several family
            # names. Same Games and sport only, the data's name (two words or more) the first words of the article's.
            prefix = [row for row in candidates if row.sport == discipline
                      and 2 <= len(name_keys(row.name)[0].split()) < len(tokens)
                      and tokens[:len(name_keys(row.name)[0].split())] == name_keys(row.name)[0].split()]
            if prefix and len({row.noc for row in prefix}) == 1:
                row = min(prefix, key=lambda r: r.name)
                return NameMatch(row.name, row.noc, row.sex, "prefix", 100.0 * len(row.name.split()) / len(tokens), games)
        if not good:
            return None if family_first else self._phonetic(full, candidates, games)
        if len({row.noc for _, row in good}) != 1:
            return None
        score, row = max(good, key=lambda item: (item[0], item[1].name))
        return NameMatch(row.name, row.noc, row.sex, "fuzzy", score, games)

    @staticmethod
    def _phonetic(full: str, candidates: list, games: int) -> NameMatch | None:
        """The one person of the Games whose names sound like the article's (see the module): each name of the same count
        of names, else the given and the family name (one of the two names written with two words only)."""
        words = full.split()
        sounds = [jellyfish.metaphone(word) for word in words]
        short = f"{words[0]} {words[-1]}"
        found = {}
        for row in candidates:
            tokens = name_keys(row.name)[0].split()
            if len(tokens) < 2 or (len(tokens) != len(words) and 2 not in (len(tokens), len(words))):
                continue
            theirs = [jellyfish.metaphone(token) for token in tokens]
            if (theirs != sounds) if len(tokens) == len(words) else (theirs[0], theirs[-1]) != (sounds[0], sounds[-1]):
                continue
            score = fuzz.token_sort_ratio(short, f"{tokens[0]} {tokens[-1]}")
            if score >= PHONETIC_FLOOR:
                found[row.name] = (score, row)
        if len(found) != 1:
            return None   # no one, or two people who sound alike: no guess
        score, row = next(iter(found.values()))
        return NameMatch(row.name, row.noc, row.sex, "phonetic", score, games)


# Codes one nation's athletes bore at different Games: Russia's "ROC" of 2018 and 2022 (the results data's)
_NOC_LINE = {"ROC": "RUS", "OAR": "RUS"}

# Nations whose athletes' names are family name first at home, however a list orders them
FAMILY_FIRST_NOCS = {"CHN", "KOR", "PRK", "TPE", "HKG"}


def _east_asian_orders(name: str, noc: str | None) -> set[str]:
    """The keys of a Korean or Chinese name of two words in the other order and with its given name written as one word:
    the results data's "Yu-Na Kim" is the news's "Kim Yuna" and "Kim Yu-na"; its "Kim Ki-Hoon" is "Kim Kihoon".

    >>> sorted(_east_asian_orders("Yu-Na Kim", "KOR")), sorted(_east_asian_orders("Kim Ki-Hoon", "KOR"))
    (['kim yu na', 'kim yuna', 'yuna kim'], ['ki hoon kim', 'kihoon kim', 'kim kihoon'])
    >>> _east_asian_orders("Yu-Na Kim", "USA")
    set()
    """
    tokens = name.split()
    if noc not in FAMILY_FIRST_NOCS or len(tokens) != 2:
        return set()
    if _family_first(name):
        family, given = tokens
    elif _family_first(f"{tokens[1]} {tokens[0]}"):
        given, family = tokens
    else:
        return set()
    family, spaced, joined = fold(family), fold(given), fold(given.replace("-", ""))
    return {f"{family} {spaced}", f"{family} {joined}", f"{spaced} {family}", f"{joined} {family}"} - {fold(name)}


def _family_first(name: str) -> bool:
    """A name written family name first with a hyphenated given name ("Lee Seung-hoon", "Hwang Dae-heon").

    >>> _family_first("Lee Seung-hoon"), _family_first("Johannes Dale-Skjevdal"), _family_first("Anna Alpha")
    (True, False, False)
    """
    tokens = _strip_suffix(name).split()
    if len(tokens) != 2 or not re.fullmatch(r"[A-Z][a-z]{1,4}", tokens[0]):
        return False
    # a short family name and two short syllables: "Seung-hoon" (articles), "Seung-Hun" (the results data)
    return re.fullmatch(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}", tokens[1]) is not None


def _has_letters_beyond_ascii(name: str) -> bool:
    return any(ord(char) > 127 for char in name)


def load_name_index(seeds: Path | None = None, data_file: Path | None = DATA_FILE) -> NameIndex:
    """The name list: Winter athletes of the results data and of ``seeds``.

    Names from 2018 on keep their diacritics (Klæbo); earlier rows lost them
    (``Marit Bjrgen``), so a spelling with letters beyond ASCII is preferred.

    The results data is read when the file exists (about one second); names from
    the facts files win, so a slug drafted for a known athlete is the slug the graph uses.
    """
    index = NameIndex()
    if data_file is not None and Path(data_file).is_file():
        with gzip.open(data_file, "rt", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["season"] == "Winter":
                    noc = row["noc"] if re.fullmatch(r"[A-Z]{3}", row["noc"] or "") and row["noc"] != "NAN" else None
                    index.add_row(row["name"], noc, row["sex"] or None, int(row["year"]), row["sport"], row["event"] or None,
                                  row["medal"] or None)
                    index.whole_games.add(int(row["year"]))
    if seeds is not None and Path(seeds).is_dir():
        from .facts import load_facts_dir

        for facts_file in load_facts_dir(Path(seeds)):
            for fact in facts_file.facts:
                if fact.type == "athlete":
                    preferred = fact.fields.get("preferred_name", fact.fields["name"])
                    index.add(preferred, fact.fields["nation"], prefer=True)
                    index.add(fact.fields["name"], fact.fields["nation"])
                    index.add_row(preferred, fact.fields["nation"], None, None, fact.fields.get("discipline"))
    return index
