"""Draft a facts file from a plain-text Winter Olympics results article, by rules.

``extract(path)`` reads an article and drafts the facts the curated seed files
hold: the article's date, the Games, nations, disciplines, athletes, events, medals
and records. Each drafted fact quotes the exact words of the article that state it
(so the builder's quote check holds) and carries the rule that drafted it and a
confidence; ``draft_yaml`` writes them as YAML comments above each fact, so the
draft loads as an ordinary facts file and a user can review it.

No model is loaded: sentences are split by ``pysbd`` (rule-based), names are
matched against a name list made from the facts files of the graph and, when
present, the results data (``graph.extract_names``: folded names, first and last
name, used name, rapidfuzz within the same Games); nations and Games come from
small reference tables (``graph/reference``).

The rules are hand-written regular expressions over one sentence at a time;
each has a name (``medal-won``, ``medal-won-by``, ``record-set`` ...) shown by
``--explain``. The medal rules and the words for events live in
``graph.extract_rules``; this module reads the article, keeps the state across
sentences (people, events, Games), reads nations and records, and assembles the
draft. What the rules cannot read is left out, never guessed: a medal whose
athlete, event or nation cannot be read from the text is not drafted.

Examples
--------
>>> text = ("date 2026-02-21 Norway's Emil Iversen won bronze in the men's cross-country "
...         "50km mass start at the Milano Cortina 2026 Winter Olympics.")
>>> draft = extract_text(text, "a.txt", names=NameIndex())
>>> [(f.fields["medal"], f.fields["athlete"], f.fields["event"]) for f in draft.medals()]
[('bronze', 'emil-iversen', 'milano-cortina-2026-cross-country-skiing-men-50-km-mass-start')]
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import pysbd
from rapidfuzz import fuzz

from .errors import PodiumError
from .extract_data import DataConfirmedMedals
from .extract_names import DATA_FILE, FAMILY_FIRST_NOCS, DataMedal, NameIndex, NameMatch, load_name_index, name_keys
from .extract_rules import (
    CREW_FORMATS, DISCIPLINES, ELSEWHERE_WORDS, FORMAT_DISCIPLINE, FORMAT_SEX, FORMAT_SPELLINGS, FORMATS, NUMBER_WORDS, RULES, SKATING_SPORTS, TEAM_FORMATS,
    MedalRules,
    _LONE_FORMAT_UNSAFE, _LONE_SAFE_SPELLINGS, _ONE_EVENT_DISCIPLINES, _SEGMENT, _Person, _Span,
)
from .facts import WEEKDAYS
from .names import fold, slug

__all__ = [
    "DATA_FILE",
    "Draft",
    "DraftFact",
    "NameIndex",
    "draft_facts",
    "extract",
    "extract_text",
    "draft_yaml",
    "load_name_index",
]

REFERENCE = Path(__file__).resolve().parent / "reference"


def _read_reference(name: str) -> list[dict[str, str]]:
    with open(REFERENCE / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _nations() -> tuple[dict[str, str], dict[str, str]]:
    """(spelling -> NOC, NOC -> name) from ``reference/nations.csv``."""
    by_spelling: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in _read_reference("nations.csv"):
        names[row["noc"]] = row["name"]
        for spelling in [row["name"], *filter(None, row["aliases"].split("|"))]:
            by_spelling.setdefault(spelling, row["noc"])
        by_spelling.setdefault(row["noc"], row["noc"])
    return by_spelling, names


_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split())}


@lru_cache(maxsize=1)
def _games() -> tuple[dict[int, str], dict[str, list[int]]]:
    """(year -> Games name, spelling -> years) of the Winter Games, from ``reference/winter_games.csv``."""
    names: dict[int, str] = {}
    years: dict[str, list[int]] = {}
    for row in _read_reference("winter_games.csv"):
        year = int(row["year"])
        names[year] = row["name"]
        for spelling in [row["name"], *filter(None, row["aliases"].split("|"))]:
            years.setdefault(spelling, []).append(year)
    return names, years


# --- Names of athletes: graph.extract_names (NameIndex, load_name_index) ---------------------------


# --- The draft ------------------------------------------------------------------------------------

@dataclass
class DraftFact:
    """One drafted fact: its fields in file order (``id``, ``type``, ..., ``quote``), rule and confidence."""

    id: str
    type: str
    fields: dict[str, Any]
    quote: str
    rule: str
    confidence: float
    note: str = ""


@dataclass
class Draft:
    """A drafted facts file: the source block, the facts, and warnings for the user."""

    source: dict[str, str]
    facts: list[DraftFact]
    warnings: list[str] = field(default_factory=list)

    def medals(self) -> list[DraftFact]:
        return [fact for fact in self.facts if fact.type == "medal"]

    def team_medals(self) -> list[DraftFact]:
        return [fact for fact in self.facts if fact.type == "team_medal"]

    def records(self) -> list[DraftFact]:
        return [fact for fact in self.facts if fact.type == "record"]

    def of_type(self, fact_type: str) -> list[DraftFact]:
        return [fact for fact in self.facts if fact.type == fact_type]


# --- Reading the article ----------------------------------------------------------------------------

_HEADER = re.compile(r"^(source|licence|license|title):[ \t]*(.+)$")
# a date in a news site's address: "/2014/02/17/", "/2010/feb/28/", "/1994-02-14/"
# ("/2010/feb/28/", "/1994-02-14/news/", "/news/bs-xpm-2006-02-13-0602130036-story.html")
# ("/sport/loch-dominates-luge-20100215-o2y7.html": eight digits between dashes)
_URL_DATE = re.compile(r"[/-](?P<year>(?:19|20)\d\d)(?:/|-)(?P<month>0?[1-9]|1[0-2]|[A-Za-z]{3})(?:/|-)(?P<day>0?[1-9]|[12]\d|3[01])(?=/|$|[^\d])"
                       r"|-(?P<year8>(?:19|20)\d\d)(?P<month8>0[1-9]|1[0-2])(?P<day8>0[1-9]|[12]\d|3[01])(?=-|\.html?$|/|$)")
# a news lede's name in capitals: "JOHANN OLAV KOSS won his third speed skating gold medal"
_CAPITALS_LEDE = re.compile(r"^(\s*)((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)(?=\s+[a-z])")


def _roman(numeral: str) -> int:
    """The value of a Roman numeral of the Games' numbers (no library for five letters).

    >>> _roman("XXIII"), _roman("XIX"), _roman("IV")
    (23, 19, 4)
    """
    values = [{"I": 1, "V": 5, "X": 10}[letter] for letter in numeral]
    return sum(-value if following > value else value for value, following in zip(values, values[1:] + [0]))


def _capitals_lowered(sentence: str) -> str:
    """The sentence with a news lede's name in capitals written as a name (same length, so offsets hold).

    >>> _capitals_lowered("JOHANN OLAV KOSS won his third gold medal.")
    'Johann Olav Koss won his third gold medal.'
    """
    found = _CAPITALS_LEDE.match(sentence)
    if not found:
        return sentence
    words = re.sub(r"[^\W\d_]+", lambda word: word.group(0).capitalize(), found.group(2))
    return sentence[:found.start(2)] + words + sentence[found.end(2):]


# a news report's dateline before its first words: "HAKUBA, Japan, Feb. 16 (Monday) — ", "NAGANO, Japan (AP) -- "
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z](?:,[^—–]{0,60}?|\s+\([A-Z]+\))\s*(?:—|–|--)\s*")
# a dateline's city at a line's start ("OSLO: ", "SOCHI, Russia —"), where it says where the report was filed
# ("BEIJING: ", "SALT LAKE CITY - ", "NAGANO, Japan (AP) --")
_DATELINE_CITY = re.compile(r"^([A-Z][A-Z.'’ -]*[A-Z])(?=,|:\s|\s+\(|\s+--|\s+[—–]|\s+-\s)", re.M)
_MONTHS = {name: number for number, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def read_article(path: Path) -> str:
    """The article's text; bad input (missing, empty, binary, not UTF-8) raises ``PodiumError``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PodiumError("article not found", file=str(path)) from None
    except OSError as exc:
        raise PodiumError(f"cannot read: {exc.strerror}", file=str(path)) from None
    if b"\x00" in data:
        raise PodiumError("not a text file (it holds NUL bytes)", file=str(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PodiumError("not UTF-8 text", file=str(path), line=line) from None
    if not text.strip():
        raise PodiumError("the article is empty", file=str(path))
    return text


def _header(text: str) -> dict[str, str]:
    """``source:``, ``licence:`` and ``title:`` lines at the top (the dev set's attribution)."""
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            break
        header[match.group(1).replace("license", "licence")] = match.group(2).strip()
    return header


@dataclass
class _Sentence:
    text: str
    start: int
    paragraph: int


_LINE_RUNS_ON = re.compile(r"^(?=.{45,90}$).*[^.!?\"”:)\s]\s*$")   # a print layout's line that ends mid-sentence


def _unwrapped(body: str) -> str:
    r"""A hard-wrapped text (a print layout: lines of at most about 90 characters, sentences running over the line ends,
    "... Kjetil Andre Aamodt and Janica\nKostelic emerged ...") with each line break inside a paragraph as a space, for the
    sentence splitter, which ends a sentence at a line break; the same length, so the sentences read keep the text's own
    characters (a quote keeps its line breaks). Other texts are returned as they are: a line break there ends a headline,
    a caption or a list's line. (The rules' words that a space joins, "ahead of", are still not read across a line break.)

    >>> _unwrapped("A won the race and\nB took silver.\n\nC said.")
    'A won the race and\nB took silver.\n\nC said.'
    """
    lines = body.split("\n")
    body_lines = [line for line in lines if line.strip()]
    runs_on = [(line, after) for line, after in zip(lines, lines[1:]) if after.strip() and _LINE_RUNS_ON.match(line)]
    wrapped = (len(runs_on) >= 5 and sum(len(line) <= 90 for line in body_lines) >= 0.8 * len(body_lines)
               and 3 * sum(after.strip()[:1].islower() for _, after in runs_on) >= len(runs_on))
    return re.sub(r"(?<=\S)\n(?=[ \t]*\S)", " ", body) if wrapped else body


def _sentences(text: str) -> list[_Sentence]:
    """Sentences with their offsets (pysbd), split again at blank lines (captions, headers)."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    result: list[_Sentence] = []
    # the attribution lines are one sentence each ("source: https://en.wikipedia.org/?oldid=1&title=A" is not split at "?")
    body_start = 0
    for line in text.splitlines(keepends=True):
        if not _HEADER.match(line.strip()):
            break
        result.append(_Sentence(line.strip(), body_start + len(line) - len(line.lstrip()), 0))
        body_start += len(line)
    paragraph = 0
    # pysbd does not split between two double hyphens ("TURIN, Italy -- A won. B took a gold hat trick -- pairs, men's and
    # dance."): it is given en dashes in their place, and the sentences are then read from the text as written
    for span in segmenter.segment(_unwrapped(text[body_start:]).replace("--", "\u2013\u2013")):
        offset = body_start + span.start
        for part in re.split(r"(\n\s*\n)", text[offset:offset + len(span.sent)]):
            if re.fullmatch(r"\n\s*\n", part):
                paragraph += 1
            elif part.strip():
                # "... Ski Complex.Justyna Kowalczyk won": a copy that lost the space after a full stop (the words stay as written)
                start = 0
                for glued in [*re.finditer(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])", part), None]:
                    piece = part[start:glued.start() if glued else len(part)]
                    if piece.strip():
                        lead = len(piece) - len(piece.lstrip())
                        result.append(_Sentence(piece.strip(), offset + start + lead, paragraph))
                    start = glued.start() if glued else start
            offset += len(part)
    return result


# --- Mentions ----------------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # Latin-1 and Extended-A capitals (Šics, Łukasz; the block alternates cases)
_TOKEN = rf"[{_UPPER}][\w'’.]*(?:-[\w]+)*"
_PARTICLE = r"(?:van der|van den|van ['’]t|van['’]t|van|von|de|der|di|da|le|la|del|af|ter|ten)"
_NAME = re.compile(rf"(?:(?<![\w’'-])|(?<=[\w)]--)){_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{0,4}}")   # ("(AP by Mark Long)--Ole Einar Bjoerndalen")
# (compared lower-cased, not folded: folding would make the surname "Aas" the word "as")
_STOP = {
    word.lower() for word in (
        "The A An And But However As In On At With His Her Their Its This That These Those After Before When While "
        "Olympic Olympics Olympian Games Winter Summer World Cup Championships Team Teams Committee National Center Centre "
        "Arena Oval Stadium Park Resort Hall Men Women Mixed Gold Silver Bronze January February March April May June July "
        "August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Getty Images "
        "AFP Reuters AP Ice Ribbon Speed Skating Biathlon Cross Country Alpine Ski Skiing Nordic Combined Luge Skeleton "
        "Bobsleigh Curling Hockey Snowboard Freestyle Final Sprint Pursuit Relay Mass Start Record Records Norwegian "
        "American Russian Swedish French German Italian Dutch Austrian Swiss Canadian Finnish Japanese Chinese Korean "
        "Individual Neutral Athletes Athlete Skater Skier Biathlete Race Event Medal Medals Medalist Medallist Champion "
        "He She It They Only Also Both Neither None Then There Thereby Later Earlier Despite Although Since Because Kuyangshu "
        # a preposition opening a sentence is no given name ("For Bjørn Dæhlie this was ...")
        "For By Following Unlike Like Under Against Among Without "
        # an adverb opening a sentence is no given name ("Finally Sigvard Ericsson set a new Olympic record")
        "Finally Eventually Meanwhile Afterwards Subsequently Ultimately Initially Originally Thus Again "
        # a role or description opening a sentence is no given name ("Teammate Sven Kramer hoped to win gold", "Skip Muirhead")
        "Teammate Teammates Compatriot Compatriots Countryman Countrywoman Countrymen Countrywomen Veteran Defending Reigning Skip Goalie "
        "Captain Coach Rookie Pilot Driver Brakeman "
        # ("Snowboarder Zoi Sadowski Synnott made history", "Speedskater Ireen Wüst", "Freestyle skier Jakara Anthony")
        "Snowboarder Speedskater Skaters Skiers Luger Slider Jumper Bobsledder Curler Freeskier Racer Olympian "
        # a continent, region or state is no person ("the first ice dancers from Canada and North America to win", "in Lake
        # Placid, New York, where he won")
        "America Europe Asia Africa Oceania Scandinavia New "
        # a news page's buttons and credits are no names ("0 Comment(s)Print E-mail Xinhua, February 17, 2022")
        "Print E-mail Email Share Comment Comments Tweet Xinhua"
    ).split()
}


# words of a venue's name that are also family names: "Park Seung-hi" (a Korean name, family name first), "Alex Hall" (a
# name of the results data) are people, "Genting Snow Park" is not
_VENUE_WORDS = {"park", "hall", "arena", "center", "centre"}
_MONTH_WORDS = {"May", "June", "July", "August", "April"}

# a national federation's name, which names its sport but no event ("USA Luge", "U.S. Speedskating")
_FEDERATION = re.compile(r"\b(?:USA|U\.S\.|Team\s+USA)\s+(?:Luge|Bobsled(?:\s+(?:&|and)\s+Skeleton)?|Skeleton|Curling|Hockey|Speedskating|"
                         r"Speed\s+Skating|Figure\s+Skating|Biathlon|Ski\s+(?:&|and)\s+Snowboard|Nordic\s+Combined|Ski\s+Jumping)\b")
# an appositive that describes an athlete by the season's standings (", the overall World Cup leader,"), no competition of its own
_WORLD_CUP_APPOSITIVE = re.compile(r",\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?World\s+Cup\s+(?:leader|champion|winner|title\s+holder)\b[^,.;]*,")
# sports whose events a distance alone names ("the 1500 m" of a speed skater)
_DISTANCE_SPORTS = {"speed-skating", "short-track-speed-skating", "cross-country-skiing"}
# the sports whose races are named by a distance in that unit ("the men's 15-kilometer race" of a paragraph after one about
# figure skating is no figure skating event)
_SPORTS_BY_UNIT = {"m": {"speed-skating", "short-track-speed-skating"}, "km": {"cross-country-skiing", "biathlon", "nordic-combined"}}
# a skating distance without its unit after "the" ("in the 1,000", "gold medalist in the 500"), not a count of other things
_BARE_SKATING_DISTANCE = re.compile(r"\bthe\s+(?:(?P<sex>men|women)['’]s\s+)?(10,?000|5,?000|3,?000|1,?500|1,?000|500)(?!\d|[.,]\d|\s*(?:m\b|-?met|km|kilomet|points?|spectators|people|fans|athletes|skaters|seconds|ft|feet))")
# Disciplines no event of which is called "individual" (an adjective there: "the first individual short track gold")
_NO_INDIVIDUAL_EVENT = {"speed-skating", "short-track-speed-skating", "alpine-skiing", "snowboarding", "freestyle-skiing", "luge",
                        "bobsleigh", "curling", "ice-hockey"}
_HILL_FORMATS = {"normal hill", "large hill", "normal hill team", "large hill team"}


def _sports_of_format(fmt: str | None) -> set[str]:
    """The sports whose events a format names alone (a hill: ski jumping's or Nordic combined's), or none known."""
    return {FORMAT_DISCIPLINE[fmt]} if fmt in FORMAT_DISCIPLINE else {"ski-jumping", "nordic-combined"} if fmt in _HILL_FORMATS else set()


def _can_hold(fmt: str | None, discipline: str | None) -> bool:
    """Whether an event of ``fmt`` can be of ``discipline`` (no normal hill is Alpine skiing's)."""
    sports = _sports_of_format(fmt)
    return not sports or discipline in sports
# formats that name no event alone in a page of many sports, but do in a biography of one sport ("gold in the relay")
_BIOGRAPHY_FORMATS = {"biathlon": ("sprint", "individual", "pursuit", "relay"), "cross-country-skiing": ("sprint", "pursuit", "relay"),
                      "luge": ("singles", "doubles"), "short-track-speed-skating": ("relay",), "nordic-combined": ("individual", "team"),
                      "alpine-skiing": ("combined",)}


class _Extractor(MedalRules, DataConfirmedMedals):
    """One article's extraction: state carried across sentences (current event, category...)."""

    def __init__(self, text: str, file_name: str, names: NameIndex, date: dt.date | None) -> None:
        self.text = text
        self.file_name = file_name
        self.names = names
        self.header = _header(text)
        # the name the page is titled by, without a qualifier ("Michael Schmid (skier)"): a biography's subject
        # (or a section of their page: "Billy Fiske - Bobsled Career")
        self.title_name = re.sub(r"\s*\([^()]*\)\s*$|\s+[-–—]\s+(?:[A-Z]?[a-z]+\s+){0,2}(?:[Cc]areer|[Bb]iography|[Ll]ife)\s*$", "",
                                 self.header.get("title") or "").strip()
        self.sentences = _sentences(text)
        self.spelling_noc, self.noc_names = _nations()
        self.games_names, self.games_years = _games()
        self.people: dict[str, _Person] = {}
        self.facts: list[DraftFact] = []
        self.warnings: list[str] = []
        self.article_sexes: set[str] = set()  # "F"/"M" of the article's sex words and men's/women's events
        self.date = date
        self.date_rule = "given" if date else ""
        self.date_quote = ""
        self.nations_seen: dict[str, tuple[str, str]] = {}  # NOC -> (quote, spelling)
        self.nation_spellings: dict[str, set[str]] = {}
        self.disciplines_seen: dict[str, tuple[str, set[str]]] = {}
        self.games_seen: dict[int, tuple[str, str, set[str]]] = {}  # year -> (quote, rule, spellings)
        self.medal_nations: dict[str, str] = {}  # NOC -> quote, of a medal's nation at its Games that is not its athlete's
        self.events: dict[tuple, dict[str, Any]] = {}
        self.medals: dict[tuple[str, str, str], DraftFact] = {}
        self.records: list[DraftFact] = []
        self.categories: dict[str, DraftFact] = {}
        self.main_games: int | None = None
        self.article_year: int | None = None
        self.last_subject: _Person | None = None
        self.team_medals: dict[tuple, tuple[str, str, str]] = {}   # (event, NOC) -> (medal, quote, day said)
        # team medals whose members the text does not name: (event, NOC, medal, quote, day said)
        self.unnamed_team_medals: list[tuple[tuple, str, str, str, str | None]] = []
        self.team_members: dict[tuple, list[_Person]] = {}         # (event, NOC) -> members named
        self.leg_mentions: dict[tuple, list[_Person]] = {}         # event -> people named in a relay's leg narrative
        self.team_mentions: dict[tuple, list[_Person]] = {}        # event -> people named while a team event is read
        self.pending_medals: list[tuple[_Person, str, str, str, str | None]] = []   # medals read before any event
        self.eventless_medals: list[tuple[_Person, str, str, str, str | None]] = []  # medals read with no event named near them
        self.title_games_years: set[int] = set()   # the Games the title, a dateline or "four years ago" name
        self.games_by_data = False                 # the article's Games are the results data's (it names none)
        self.disqualified: dict[tuple[str, tuple | None], str] = {}   # (athlete, event or None: every event) -> the sentence
        self.pending_mates: list[tuple[_Person, tuple, list[_Person], str]] = []   # a medallist's crew mates, named apart
        self.heading_event: tuple | None = None   # the event a section heading names ("Men" of a figure skating overview)
        self.previous_text = ""                   # the sentence before the one being read
        self.current_sport: str | None = None     # the discipline of the event the sentences before it were about
        self._other_hosts: tuple[int, re.Pattern | None] | None = None   # (Games, "in <host city of other Games>"), built once
        self.last_disqualified: list[str] = []   # the athletes of the last disqualification read ("their results were restored")
        self.event_spans: list[tuple[int, tuple]] = []   # (offset, event key) of the events named in the current sentence
        self.title_event: tuple | None = None   # the event the page title names
        self.title_discipline: str | None = None   # the discipline of a page title that names no event ("Alpine skiing at the 1994 ...")
        self.section_discipline: str | None = None   # the sport a round-up's section heading names ("Cross country skiing")
        self.past_games: set[int] = set()       # Games the article names only as past ("the gold medallists from the 1992 Games")
        self.biography = False                  # a person's biography: Games read passage by passage, "she" is its subject
        self.bio_subject: _Person | None = None
        self.data_cues = []                     # clauses naming an athlete and a medal word (``graph.extract_data``)
        self.ties = []                          # "A tied with B": (A, B, event, quote, day), drafted last
        self.in_segment = False                 # the sentences read tell a figure skating segment ("the pairs free skate")
        self.named_in: dict[str, list[_Person]] = {}   # sentence text -> the people it names (``graph.extract_data``)
        self.read_in: dict[str, list[tuple]] = {}   # sentence text -> (athlete, event, medal, rule) of each medal read from it
        self.beaten_in: dict[str, tuple[_Person, list[_Person]]] = {}   # sentence -> its subject and the names it tells as beaten

    # -- the date ----------------------------------------------------------------------------

    def find_date(self) -> None:
        body = self.text
        # ("date 2018-02-12", or a news page's date alone on its line: "2018-02-12")
        # (after the attribution lines too: "source: https://...\n\n date 2026-02-20 The Dutch dominated ...")
        attribution = r"^(?:(?:source|licence|license|title):[^\n]*\n|\s*\n)*\s*"
        match = re.search(rf"{attribution}date (\d{{4}}-\d{{2}}-\d{{2}})\b", body) or re.search(rf"{attribution}(\d{{4}}-\d{{2}}-\d{{2}})[ \t]*$", body, re.M)
        if match and not self.date:
            try:
                self.date = dt.date.fromisoformat(match.group(1))
            except ValueError:
                raise PodiumError(f"impossible date {match.group(1)!r}", file=self.file_name, line=1) from None
            self.date_rule, self.date_quote = "published-date-line", match.group(0).strip()
            return
        if self.date:
            return
        # A written dateline ("26 Feb, 2010", "February 17, 2010") in the first lines, read by dateparser.
        head = "\n".join(line for line in body.splitlines()[:8] if not _HEADER.match(line.strip()))
        # (not a masthead's founding date: "Spokane, Washington  Est. May 19, 1883")
        head = re.sub(r"\b(?:Est\.|Established|Founded)\s+[^\n]*", "", head)
        written = re.search(
            # not a birth date: "William Demong (born March 29, 1980, in ...)" is a biography's, not the article's date
            r"(?<!born )(?<!born on )(?<!b\. )\b(\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? \d{4}|"
            r"(?:(?<!born )(?<!born on )(?<!b\. )(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})|"
            # "CBC Sports - Tuesday Feb. 18, 2014 10:59 ET"
            r"(?:(?<!born )(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\. \d{1,2}, \d{4}))\b",
            head,
        )
        if not written:
            # a written date alone on its line further down, below a site's menus ("    Sunday, February 15, 1998")
            lines = "\n".join(line for line in body.splitlines()[:40] if not _HEADER.match(line.strip()))
            written = re.search(r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?((?:January|February|March|April|May|June|July|August|"
                                r"September|October|November|December) \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|"
                                r"August|September|October|November|December),? \d{4})"
                                # ("Wednesday, February 11, 1998; 4:02 a.m. EST", "Sunday, February 27, 1994; Page D1": a time or a
                                # page after a semicolon)
                                r"(?:;[ \t]*(?:\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?|Page[ \t]+[A-Z]?\d+))?[ \t]*$", lines, re.M)
            # (or a dateline opening the report's first paragraph: "Midway, Utah Feb. 20, 2002 (AP by Mark Long)--Ole ...")
            written = written or re.search(r"^[ \t]*[A-Z][A-Za-z .,'-]{2,40}?\s((?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|"
                                           r"April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})\s*(?:\(|--|—|–)", lines, re.M)
        if written:
            import dateparser

            parsed = dateparser.parse(written.group(1), languages=["en"], settings={"STRICT_PARSING": True})
            if parsed:
                self.date, self.date_rule, self.date_quote = parsed.date(), "published-dateline", written.group(1)
                return
        # the date a news site writes in the article's address ("source: https://www.denverpost.com/2014/02/17/...",
        # ".../news/2010/feb/28/...", ".../1994-02-14/news/...")
        url = self.header.get("source", "").split()[0] if self.header.get("source") else ""
        in_url = _URL_DATE.search(url)
        if in_url:
            eight = "8" if in_url.group("year8") else ""
            month = in_url.group(f"month{eight}").lower()
            month_number = int(month) if month.isdigit() else _MONTHS.get(month[:3], 0)
            try:
                self.date = dt.date(int(in_url.group(f"year{eight}")), month_number, int(in_url.group(f"day{eight}")))
            except ValueError:
                return   # not a date after all ("/2014/99/12/")
            self.date_rule, self.date_quote = "published-url-date", in_url.group(0).strip("/")

    # -- Games, nations, disciplines -------------------------------------------------------------

    def _games_patterns(self) -> Iterable[tuple[re.Pattern, str]]:
        spellings = sorted(self.games_years, key=len, reverse=True)
        names = "|".join(re.escape(s) for s in spellings)
        yield re.compile(rf"(?:the )?(?P<name>{names}) (?P<year>\d{{4}})(?: (?:Winter Olympic Games|Winter Olympics|Olympic Winter Games|Winter Games|Olympics|Games))?"), "games-year"
        yield re.compile(rf"(?:the )?(?P<year>\d{{4}}) (?:(?P<name>{names}) )?(?:Winter Olympic Games|Winter Olympics|Olympic Winter Games|Winter Games|Olympic Games|Olympics)"), "games-year"
        yield re.compile(rf"(?:the )?(?P<name>{names}) (?:Winter Olympic Games|Winter Olympics|Olympic Winter Games|Winter Games|Games|Olympics)"), "games-name"
        yield re.compile(r"(?:the )?(?:Winter Olympic Games|Winter Olympics|Olympic Winter Games|Winter Games) (?P<year>\d{4})"), "games-year"
        # "the 2026 Milan-Cortina d’Ampezzo Winter Olympics": a year, the host as a report spells it, and "Winter" said
        yield re.compile(r"(?:the )?(?P<year>\d{4}) (?:[A-Z][\w'’.]*(?:[ -][A-Za-z][\w'’.]*){0,3} )(?:Winter Olympic Games|Winter Olympics|Olympic Winter Games|Winter Games)"), "games-year"
        # "at the Winter Games in PyeongChang", "the Olympics in Sochi": the Games, then their host
        yield re.compile(rf"(?:the )?(?:Winter Olympic Games|Winter Olympics|Olympic Winter Games|Winter Games|Olympics|Games) (?:in|at) (?P<name>{names})\b"), "games-name"
        # "at Cortina d'Ampezzo in 1956", "in 2002 at Salt Lake City": a host and the year of its Games, side by side
        yield re.compile(rf"(?P<name>{names}),? in (?P<year>\d{{4}})\b"), "games-year"
        yield re.compile(rf"\b(?P<year>\d{{4}}),? (?:at|in) (?P<name>{names})\b"), "games-year"

    def games_in(self, sentence: str) -> list[tuple[int, str, str, str | None]]:
        """(year, quote, rule, spelling) of each Winter Games the sentence names."""
        found: list[tuple[int, str, str, str | None]] = []
        taken: list[tuple[int, int]] = []
        for pattern, rule in self._games_patterns():
            for match in pattern.finditer(sentence):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                name = match.groupdict().get("name")
                year = int(match.group("year")) if match.groupdict().get("year") else None
                if year is None:
                    years = self.games_years.get(name, [])
                    if len(years) != 1:
                        continue  # "Innsbruck Games": two Games, left open
                    year = years[0]
                if year not in self.games_names or (name and year not in self.games_years.get(name, [])):
                    continue
                taken.append((match.start(), match.end()))
                found.append((year, match.group(0), rule, name))
        # "24th Winter Olympic Games": the Games by their number (the Winter Games held, in order: 1924 the 1st)
        # ("XXIII Olympic Winter Games": in Roman numerals)
        held = sorted(self.games_names)
        for match in re.finditer(r"\b(?:(\d{1,2})(?:st|nd|rd|th)|([XVI]{1,6}))\s+(?:Olympic\s+Winter\s+Games|Winter\s+Olympic\s+Games|Winter\s+Olympics|Winter\s+Games)\b", sentence):
            number = int(match.group(1)) if match.group(1) else _roman(match.group(2))
            if held and held[0] == 1924 and 0 < number <= len(held) and all(not (s < match.end() and match.start() < e) for s, e in taken):
                found.append((held[number - 1], match.group(0), "games-number", None))
        # "competed at the 1960, 1964 and 1968 Winter Olympics": each year of the list
        for match in re.finditer(r"\b((?:(?:19|20)\d\d\s*,\s*)*(?:19|20)\d\d\s*,?\s+and\s+(?:19|20)\d\d)\s+(?:Winter\s+Olympic\s+Games|Winter\s+Olympics|"
                                 r"Olympic\s+Winter\s+Games|Winter\s+Games)\b", sentence):
            for year in (int(y) for y in re.findall(r"\d{4}", match.group(1))):
                if year in self.games_names and all(year != f[0] for f in found):
                    found.append((year, match.group(0), "games-year", None))
        return found

    def nations_in(self, sentence: str) -> list[tuple[str, int, int, str]]:
        """(NOC, start, end, spelling) of each nation the sentence names."""
        spellings = sorted(self.spelling_noc, key=len, reverse=True)
        # "Germany-2" (a bobsleigh named by its nation and number) names Germany; "Austria-Hungary" names no nation of the list
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in spellings) + r")(?![\w]|-(?!\d\b))")
        found = []
        for match in pattern.finditer(sentence):
            spelling = match.group(1)
            if spelling.isupper() and len(spelling) == 3 and spelling not in sentence[max(0, match.start() - 2):match.end() + 1]:
                continue
            # ("the U.S. team", and the beaten side of a game: "to beat the U.S. 3-2")
            if spelling in ("US", "U.S.") and not re.search(r"\bU\.?S\.? (?:team|skier|skater)", sentence) and not re.search(
                    r"\b(?:beat|beating|defeat|defeated|defeating|edged|edging|over|against)\s+the\s+$", sentence[:match.start()]):
                continue
            found.append((self.spelling_noc[spelling], match.start(), match.end(), spelling))
        return found

    def see_nation(self, noc: str, quote: str, spelling: str) -> None:
        self.nations_seen.setdefault(noc, (quote, spelling))
        self.nation_spellings.setdefault(noc, set()).add(spelling)

    def disciplines_in(self, sentence: str) -> list[tuple[str, str]]:
        lowered = sentence.lower()
        found = []
        taken: list[tuple[int, int]] = []
        pairs = sorted(((s, d) for d, (_, ss) in DISCIPLINES.items() for s in ss), key=lambda p: -len(p[0]))
        for spelling, discipline in pairs:
            # ("one of the most successful female Dutch all-round speed skaters": the athlete's noun in the plural after "one of
            # the"; not "both speed skaters" on a short track page)
            plural = "s?" if spelling.endswith(("er", "ete")) else ""
            for match in re.finditer(rf"(?<![\w-]){re.escape(spelling)}{plural}(?![\w-])", lowered):
                if match.group(0).endswith(("ers", "etes")) and not re.search(r"\bone of the\s[^.;]{0,60}$", lowered[:match.start()]):
                    continue
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                found.append((discipline, sentence[match.start():match.end()]))
        return found

    # -- People -------------------------------------------------------------------------------------

    def _clean_name(self, span: str) -> tuple[str, int] | None:
        """Strip leading non-name words (Norway's, American, The) and a trailing 's; offset of the name."""
        offset = 0
        # a nation of several words before the name: "South Korea's Lee Sang-hwa", "Czech Republic's ..."
        lead = re.match(r"(?:[Tt]he\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)+?)(?:['’]s?)?\s+", span)
        if lead and lead.group(1) in self.spelling_noc and " " in lead.group(1):
            offset = lead.end()
            span = span[offset:]
        tokens = span.split()
        whole = " ".join(tokens)
        if len(tokens) >= 2 and tokens[0] in self.spelling_noc and (fold(whole) == fold(self.title_name) or self.names.get(whole)):
            return whole, offset   # "Finn Helgesen": a demonym that is a given name, of the page's title or the name list
        known = self.names.get(whole) is not None
        while tokens and not (tokens[0].lower() in _VENUE_WORDS and (known or len(tokens) > 1 and "-" in tokens[1])) and (
                tokens[0].rstrip("'’s").rstrip("'’").lower() in _STOP or tokens[0].rstrip("'’s") in self.spelling_noc
                          or re.fullmatch(r"[\w-]+-year-old", tokens[0])   # "Eighteen-year-old Mikaela Shiffrin", "Twenty-two-year-old"
                          or re.fullmatch(r"[A-Z][a-z]+-born", tokens[0])   # "Canadian-born Dale Begg-Smith of Australia"
                          # "Sestriere's Kandahar piste": a possessor (not a nation) is no word of the name after it
                          or re.search(r"\w['’]s$", tokens[0]) and len(tokens) > 1 and not known
                          # "Norway's A", "the Netherlands' A" (a plural's possessive)
                          or tokens[0] in self.spelling_noc or re.sub(r"['’]s?$", "", tokens[0]) in self.spelling_noc):
            offset += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and tokens[-1].lower() in _STOP and not (known and tokens[-1].lower() in _VENUE_WORDS):
            tokens = tokens[:-1]
        # "Gaétan T. Boucher OC CQ": post-nominal letters of honours (all capitals after a name of two words or more)
        while tokens and re.fullmatch(r"[A-Z]{2,4}", tokens[-1]) and sum(1 for t in tokens[:-1] if re.search(r"[a-zà-ÿ]", t)) >= 2:
            tokens = tokens[:-1]
        if not tokens:
            return None
        name = " ".join(tokens)
        name = re.sub(r"['’]s?$", "", name)
        name = re.sub(r"(?<=\w\w)\.$", "", name)  # a full stop after a word, not an initial
        return (name, offset) if name else None

    def persons_in(self, sentence: str) -> list[_Span]:
        spans: list[_Span] = []
        sentence = _capitals_lowered(sentence)
        for match in self._NICKNAMED.finditer(sentence):
            # 'Michael ("Mike") Schmid': the name without the nickname, spanning the words as written; the nickname's
            # where the page is titled by it ('Adrianus ("Ard") Schenk' on the page "Ard Schenk")
            known = fold(self.title_name) == fold(f"{match.group(2)} {match.group(3)}")
            person = self.person(f"{match.group(2) if known else match.group(1)} {match.group(3)}")
            if person:
                person.written = person.written or match.group(0)
                spans.append(_Span(person, match.start(), match.end()))
        nations = [(start, end) for _, start, end, _ in self.nations_in(sentence)]
        for match in _NAME.finditer(sentence):
            if any(s.start <= match.start() < s.end for s in spans):
                continue
            if any(start <= match.start() and match.end() <= end for start, end in nations):
                continue   # "the Commonwealth of Independent States": words of a nation's name
            given = self._nation_as_given_name(match.group(0), sentence[match.end():])
            if given:
                start = match.start() + match.group(0).find(given)
                person = self.person(given, given_nation=True)
                if person:
                    spans.append(_Span(person, start, start + len(given)))
                    continue
            # "silver in the super G. Kjetil André Aamodt won": the G ends the event's name, it is no initial of the next name
            cut = re.match(r"G\.\s+", match.group(0)) if re.search(r"\bsuper[\s-]$", sentence[:match.start()], re.I) else None
            cleaned = self._clean_name(match.group(0)[cut.end():] if cut else match.group(0))
            if not cleaned:
                continue
            name, offset = cleaned
            start = match.start() + offset + (cut.end() if cut else 0)
            # the span may have been split at spaces other than one: find the name itself
            start = sentence.find(name, start)
            if start < 0:
                continue
            if re.search(r"\b(?:at|in)\s+$", sentence[:start]) and not self.names.get(name) and fold(name) not in self.people:
                continue   # "in giant slalom at Axamer Lizum", "held at Soldier Hollow": a place, unless a known name
            person = self.person(name, given_nation=name.split()[0] in self.spelling_noc)   # ("Finn Helgesen": see _clean_name)
            if person:
                spans.append(_Span(person, start, start + len(name)))
        return self._siblings(sentence, spans)

    _NICKNAMED = re.compile(rf"(?<![\w’'-])({_TOKEN})\s+\(?[\"“]([{_UPPER}][\w'’.-]*)[\"”]\)?\s+({_TOKEN}(?:\s+{_TOKEN})?)")

    def _nation_as_given_name(self, span: str, after: str) -> str | None:
        """ "Jordan Stolz of the United States": a nation's one-word name that is a person's given name.

        Read so only where the name list knows the whole name, or the text gives the person another
        nation right after the name ("of|from <Nation>", "(NOC)"); "Norway Anna Alpha" stays a nation
        and a name.

        >>> ex = _Extractor("", "a.txt", NameIndex(), None)
        >>> ex._nation_as_given_name("Jordan Stolz", " of the United States won"), ex._nation_as_given_name("Jordan Stolz", " won")
        ('Jordan Stolz', None)
        """
        tokens = span.split()
        while tokens and tokens[0].lower() in _STOP:
            tokens = tokens[1:]
        if (len(tokens) < 2 or self.spelling_noc.get(tokens[0]) is None or tokens[0] != self.noc_names.get(self.spelling_noc[tokens[0]])
                or any(t.lower() in _STOP or t in self.spelling_noc for t in tokens[1:])):
            return None
        name = re.sub(r"['’]s?$", "", " ".join(tokens))
        other = re.match(r"\s*,?\s*(?:of|from|representing)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})|\s*\(([A-Z]{3})\)", after)
        nation = other and (other.group(2) or next((s for s in sorted(self.spelling_noc, key=len, reverse=True)
                                                    if (other.group(1) or "").startswith(s)), None))
        if self.names.get(name) or (nation and self.spelling_noc.get(nation) not in (None, self.spelling_noc[tokens[0]])):
            return name
        return None

    _SIBLINGS = re.compile(r"\b(?:brothers|sisters|siblings|twins|brother\s+and\s+sister|sister\s+and\s+brother)\b", re.I)

    def _siblings(self, sentence: str, spans: list[_Span]) -> list[_Span]:
        """ "Andreas and Wolfgang Linger": a given name alone before "and" and a two-word name is a sibling sharing the surname.

        Read only where the sentence says they are siblings ("brothers", "sisters", "twins") or the name list
        knows the composed name; the given name must not end another name ("Anna Alpha and Bo Beta").
        """
        found = list(spans)
        for span in spans:
            tokens = sentence[span.start:span.end].split()
            given = re.search(rf"(?<![\w’'.-])([{_UPPER}][a-zß-öø-ÿ]+)\s+and\s+$", sentence[:span.start])
            if len(tokens) != 2 or not given or re.search(rf"[{_UPPER}][\w’'.-]*\s+$", sentence[:given.start()]):
                continue
            word = given.group(1)
            if word.lower() in _STOP or word in self.spelling_noc or word in self.games_years or any(s.start <= given.start() < s.end for s in found):
                continue
            full = f"{word} {tokens[1]}"
            if not (self._SIBLINGS.search(sentence) or self.names.get(full)):
                continue
            person = self.person(full)
            if person:
                person.written = person.written or word
                found.append(_Span(person, given.start(1), given.end(1)))
        return sorted(found, key=lambda s: s.start)

    def person(self, name: str, *, given_nation: bool = False) -> _Person | None:
        """The person a name means: known full name, an earlier person's short name, or a new full name.

        ``given_nation``: the first word is a nation's name read as a given name ("Jordan Stolz").
        """
        key = fold(name)
        tokens = name.split()
        known = self.names.get(name) is not None
        # a stop word that is a name's here: a venue word of a known name or before a Korean given name ("Park Seung-hi"), or a
        # month inside a name of three words or more ("Catriona Le May Doan")
        name_word = [t.lower() in _VENUE_WORDS and (known or number == 0 and len(tokens) > 1 and "-" in tokens[1])
                     or t in _MONTH_WORDS and 0 < number < len(tokens) - 1 for number, t in enumerate(tokens)]
        if (any(token.lower() in _STOP and not name_word[number] for number, token in enumerate(tokens))
                or any(t in self.spelling_noc for t in tokens[given_nation:]) or name in self.spelling_noc):
            return None  # "the United States" is a nation, not a person
        if any(t in self.games_years for t in (name, *tokens)):
            return None
        if key in self.people:
            return self.people[key]
        for person in self.people.values():  # "Birger Ruud" after "Birger Johannes Ruud": the middle name left out
            full = fold(person.name).split()
            if len(tokens) == 2 and len(full) > 2 and [full[0], full[-1]] == key.split():
                person.short.add(name)
                return person
        for person in self.people.values():  # "Kim Kihoon" after "Kim Ki-hoon": the same letters, spaced otherwise
            if len(tokens) >= 2 and fold(person.name).replace(" ", "") == key.replace(" ", ""):
                person.short.add(name)
                return person
        for person in self.people.values():  # a short form of a full name seen earlier
            full = fold(person.name).split()
            if len(key.split()) < len(full) and full[-len(key.split()):] == key.split():
                person.short.add(name)
                return person
        if len(tokens) == 1 and len(key) >= 6:
            # a misspelt surname of someone named in full before ("Geizenberger" after "Natalie Geisenberger"):
            # the same first letter and a rapidfuzz ratio >= 88 with one person's surname only
            near = [p for p in self.people.values() if fold(p.name).split()[-1][:1] == key[:1]
                    and fuzz.ratio(fold(p.name).split()[-1], key) >= 88]
            if len(near) == 1:
                near[0].short.add(name)
                return near[0]
        if len(tokens) == 1:
            # "Yan was the fastest in the last run" after "Yan Wengang of China": a family name written first (Chinese and
            # Korean names), the first word of one person's name of those nations
            # (the nation the text gives, or the results data's: "Kim" after "Kim Yuna", "the South Korean")
            first = [p for p in self.people.values() if len(p.name.split()) == 2 and fold(p.name).split()[0] == key
                     and (p.nation or getattr(self.data_match(p, None), "noc", None)) in FAMILY_FIRST_NOCS]
            if len(first) == 1:
                first[0].short.add(name)
                return first[0]
        known = self.names.get(name)
        if len(tokens) < 2:
            # a lone surname is someone's only when a full name came first, or when the results data says whose it is
            return self._lone_surname(name)
        preferred = known[0] if known and fold(known[0]) == key else name
        # "Donna L. Weinbrecht": the slug leaves a middle initial out (donna-weinbrecht), as the texts and the data name her
        person = _Person(name=name, preferred=preferred, athlete=slug(re.sub(r"(?<=\w)\s+[A-Z]\.(?=\s+\w)", "", preferred)))
        if known:
            person.sex = known[2]
        self.people[key] = person
        return person

    def _lone_surname(self, name: str) -> _Person | None:
        """ "Zöggeler's gold gave him a complete set of medals": a surname the page never writes after a given name,
        taken as the one athlete of the page's event (its title's) with that surname in the results data.

        Only on the page of one event of known Games; two entrants of that surname (brothers, a common name) give
        none. The nation is the data's, and the reading is warned so the reviewer checks it.
        """
        # (a given name before it, on the same line: "Kristina Šmigun", not "... Championship.\n\nŠmigun")
        if not self.title_event or len(name) < 3 or re.search(rf"\b[A-Z][\w.'’-]*(?<!\.)[ \t]+{re.escape(name)}\b", self.text):
            return None
        # the data drops letters beyond ASCII ("Zggeler" for Zöggeler): the text's surname is looked up both ways
        plain = fold("".join(char for char in name if ord(char) < 128))
        entrants = self._event_entrants()
        rows = [row for key in dict.fromkeys((fold(name), plain)) for row in entrants.get(key, []) if self._entered_page_event(row)]
        if len({row.name for row in rows}) != 1:
            return None
        row = rows[0]
        person = _Person(name=name, preferred=name, athlete=slug(name), sex=row.sex, data_name=row.name)
        self.set_nation(person, row.noc, "athlete-nation-data", "")
        person.nation_note = (f"nation from results data '{row.name}' ({row.noc}, {self._page_games()} Games, the page's event's one "
                              f"entrant named {name})")
        self.warnings.append(f"'{name}' (a surname alone) is read as the results data's '{row.name}' ({row.noc}), "
                             f"the one entrant of the page's event with that surname: check it")
        self.people[fold(name)] = person
        return person

    def _event_entrants(self) -> dict[str, list]:
        """The results data's athletes of the page's discipline at its Games, by folded surname (computed once; whether
        they entered the page's event is checked for the few a surname picks, see ``_entered_page_event``)."""
        if self._entrants is None:
            self._entrants = {}
            discipline = self._key_parts(self.title_event)["discipline"]
            for number in self.names.by_games.get(self._page_games(), []):
                row = self.names.rows[number]
                if row.noc and row.sport == discipline:
                    # (a double surname's first part too: "Šmigun" for the data's "Kristina migun-Vhi")
                    double = fold(row.name.split()[-1].split("-")[0])
                    for surname in {fold(row.name).split()[-1], double, name_keys(row.name)[0].split()[-1]}:
                        self._entrants.setdefault(surname, []).append(row)
        return self._entrants

    def _entered_page_event(self, row: Any) -> bool:
        """Whether a results-data row's athlete entered the page's event at its Games."""
        wanted = self._key_parts(self.title_event)
        for label in self.names.events.get((row.name, self._page_games()), ()):
            sport = next((" ".join(label.split()[:k]) for k in range(1, 5) if slug(" ".join(label.split()[:k])) == row.sport), "")
            if sport and self._same_event(self._data_event_parts(DataMedal(sport, label, "")), wanted):
                return True
        return False

    _entrants: dict[str, list] | None = None

    def _page_games(self) -> int | None:
        """The Games of the page's (title's) event."""
        return self.events[self.title_event]["games"] or self.main_games or self.article_year

    def person_of(self, athlete: str) -> _Person | None:
        """The person the text names whose slug is ``athlete`` (the first read), or None."""
        return next((p for p in self.people.values() if p.athlete == athlete), None)

    def data_match(self, person: _Person, games: int | None, discipline: str | None = None) -> NameMatch | None:
        """The results data's athlete behind a person of the text (a lone surname's is the one found for it)."""
        noc = person.nation
        if person.data_name:
            return self.names.match(person.data_name, games=games, discipline=discipline, noc=noc)
        return (self.names.match(person.preferred, games=games, discipline=discipline, noc=noc)
                or self.names.match(person.name, games=games, discipline=discipline, noc=noc))

    # -- Events ---------------------------------------------------------------------------------------

    _SEX = r"(?P<sex>men['’]s|women['’]s|mixed|ladies['’])"
    # ("the men's 12.5K pursuit", "the 5K classical": American news copy's kilometres)
    _DIST = r"(?P<plus>\d+(?:\.\d+)?\s?km\s?\+\s?)?(?P<dist>(?:\d\s?[x×]\s?)?\d+(?:[.,]\d+)?)\s?-?\s?(?P<unit>km|kilometers?|kilometres?|metres?|meters?|m|k)(?![\w])"

    def _format_of_sports_seen(self, fmt: str) -> bool:
        """Whether ``fmt`` is a format of a sport the article names ("normal hill" in a ski jumper's biography)."""
        return bool(_sports_of_format(fmt) & set(self.disciplines_seen)) or self._one_sports_format(fmt)

    # "The competitor with the fastest time after 50 kilometres is the winner" (Olympics Wiki's format section)
    _RACE_DISTANCE = re.compile(r"\b(?:fastest\s+time\s+after|(?:race|competition)\s+(?:was|is)\s+(?:held\s+|skied\s+)?over|over\s+a\s+distance\s+of)\s+"
                                r"(\d+(?:\.\d+)?)\s*(?:km|kilometres|kilometers)\b")

    def _title_race_distance(self) -> None:
        """A cross-country mass start the title names without its distance takes the distance the text gives the race
        (the seed's `50-km-mass-start`; biathlon's mass start keeps none, as the annotators write it)."""
        title = self.title_event
        if title is None or title[0] or title[2] != "mass start" or self.events[title]["discipline"] != "cross-country-skiing":
            return
        distances = {m.group(1) for sentence in self.sentences for m in self._RACE_DISTANCE.finditer(sentence.text)}
        if len(distances) == 1:
            self.events[title]["legs"] = (distances.pop(), "km")   # (the distance the id takes where the mention has none)

    # "Dario Cologna, who had won the 15 kilometres the previous week", "Arianna Fontana, reigning bronze medalist and winner
    # of the 500 metre event a few days prior": a medal of another event of these Games, told in a preview
    _DAYS_BEFORE = re.compile(
        r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s*,\s*(?:[^,;()]*?\band\s+)?(?:who\s+(?:had\s+)?(?:also\s+)?(?:won|took|claimed)\s+|having\s+(?:also\s+)?won\s+|winner\s+of\s+)"
        r"(?:the\s+(?P<medal>gold|silver|bronze)(?:\s+medal)?\s+in\s+)?(?P<event>the\s+[^,;()]{2,60}?)\s+"
        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several|\d+)\s+days\s+(?:before|prior|earlier)"
        r"|the\s+previous\s+(?:week|day)|a\s+week\s+(?:before|earlier))\b")

    def medals_won_days_before(self, text: str, spans: list[_Span]) -> None:
        """A medal of another event of the page's Games, told as won days before (rule ``medal-days-before``)."""
        if self.biography or not self.title_event or not self.article_year:
            return
        for span in spans:
            told = self._DAYS_BEFORE.match(text, span.end)
            if not told or self._HEDGE.search(told.group(0)):
                continue
            # the words name an event of the page's sport unless they name another ("won the 15 kilometres" is a race)
            words = re.sub(r"^the\s+|\s+(?:race|event|competition)$", "", told.group("event"))
            mentions = [m for m in self.events_in(words) if m[0]["discipline"]] or self.events_in(
                f"{words} {DISCIPLINES[self.events[self.title_event]['discipline']][0]} race") if self.events[self.title_event]["discipline"] else []
            if len(mentions) != 1:
                continue
            parts = mentions[0][0]
            if not parts["sex"] and self.events[title_key := self.title_event]["sex"] in ("men", "women"):
                parts["sex"] = self.events[title_key]["sex"]   # a skier of the women's downhill won the women's super-G
            # (not read as the title's event, as a bare distance of the page is: this one was won days before it)
            title, self.title_event = self.title_event, None
            try:
                key = self.see_event(parts, _Sentence(text, 0, 0), mentions[0][3], self.article_year)
            finally:
                self.title_event = title
            if key is not None and key != self.title_event:
                self._draft_medal(span.person, key, (told.group("medal") or "gold").lower(), "medal-days-before", text, None)

    # "Medvedtsev's two misses saw him win silver", "Kvalfoss's time earned him the bronze"
    _POSSESSIVE_MEDAL = re.compile(r"['’]s?\s+(?:[\w-]+\s+){1,6}?(?P<verb>saw|earned|gave|brought)\s+(?:him|her|them)\s+"
                                   r"(?:(?:win|take|claim|earn)\s+)?(?:the\s+|a\s+)?(?P<medal>gold|silver|bronze)\b")

    def possessive_medals(self, text: str, spans: list[_Span], event: tuple | None) -> None:
        """A medal whose winner is named as a possessor: "while Medvedtsev's two misses saw him win silver" (rule
        ``medal-possessive``), of the clause's event."""
        if event is None:
            return
        for span in spans:
            said = self._POSSESSIVE_MEDAL.match(text, span.end)
            if said and not self._HEDGE.search(text[said.start("verb"):said.end()]) and not self._elsewhere(said.group(0), "", None):
                self._draft_medal(span.person, event, said.group("medal").lower(), "medal-possessive", text, self._day_in(text))

    def biography_sport_event(self, text: str) -> tuple | None:
        """In a biography of one sport that has one event a sex (a curler, a skeleton racer), that event.

        "Schmirler spearheaded a deserved 7-5 victory, and secured the gold medal for Canada" in a curler's biography is
        the women's curling of the passage's Games (the sex is read as for any event: from the text, or the subject's
        sex in the results data).
        """
        if not self.biography or len(self.disciplines_seen) != 1:
            return None
        discipline = next(iter(self.disciplines_seen))
        if discipline not in _ONE_EVENT_DISCIPLINES:
            return None
        parts = {"sex": None, "discipline": discipline, "dist": None, "unit": None, "fmt": discipline}
        return self.see_event(parts, _Sentence(text, 0, 0), discipline, self.article_year)

    def _one_sports_format(self, fmt: str) -> bool:
        """Whether ``fmt`` alone names an event of the one sport a biography names ("the relay" of a biathlete)."""
        if not self.biography or len(self.disciplines_seen) != 1:
            return False
        return fmt in _BIOGRAPHY_FORMATS.get(next(iter(self.disciplines_seen)), ())

    def _in_other_host_city(self, text: str) -> bool:
        """Whether ``text`` says "in|at <city>" of a city that hosted Winter Games, none of them the article's."""
        if not self.article_year:
            return False
        if self._other_hosts is None or self._other_hosts[0] != self.article_year:
            # (not a city the article's Games share a name with: "Cortina d'Ampezzo" of 1956 in a report of Milano Cortina 2026)
            ours = {word.lower() for city, years in self.games_years.items() if self.article_year in years for word in re.findall(r"\w{4,}", city)}
            others = [city for city, years in self.games_years.items() if self.article_year not in years and city[:1].isupper()
                      and not {word.lower() for word in re.findall(r"\w{4,}", city)} & ours]
            pattern = re.compile(rf"\b(?:in|at)\s+(?:{'|'.join(map(re.escape, sorted(others, key=len, reverse=True)))})\b(?!\s+\d)") if others else None
            self._other_hosts = (self.article_year, pattern)
        return bool(self._other_hosts[1] and self._other_hosts[1].search(text))

    def _sport_has_format(self, discipline: str | None, fmt: str) -> bool:
        """Whether the results data has an event of ``discipline`` with ``fmt`` at the article's Games: "mass start" of
        speed skating from 2018, of biathlon from 2006 (no Games known, or not held whole by the index: False)."""
        if not discipline or self.article_year not in self.names.whole_games:
            return False
        return any(sport == discipline and fmt.lower() in label.lower()
                   for label, (sport, _, _) in self.names.events_entered(self.article_year).items())

    def _sport_of_race(self, dist: str, unit: str | None, fmt: str) -> str | None:
        """The one sport whose events at the article's Games include a ``dist`` ``fmt`` race in the results data's labels
        ("50 km mass start" of 2026: cross-country skiing's "Mass Start (50 kilometres)"), else None."""
        if self.article_year not in self.names.whole_games or unit not in ("km", "m"):
            return None
        distance = f"{dist} {'kilometres' if unit == 'km' else 'metres'}"
        races = [(sport, label) for label, (sport, _, _) in self.names.events_entered(self.article_year).items()
                 if re.search(rf"(?<![\d.,]){re.escape(distance)}\b", label.replace(",", ""))]
        # (the data's label may leave the format out: 2026's "Cross Country Skiing 50 kilometres (Classical), Men")
        named = {sport for sport, label in races if fmt.lower() in label.lower()}
        sports = named or {sport for sport, _ in races}
        return sports.pop() if len(sports) == 1 else None

    def events_in(self, sentence: str, sport: str | None = None) -> list[tuple[dict[str, Any], int, int, str]]:
        """Event mentions: (parts, start, end, core spelling); ``sport``: the discipline the words are known to be of (a
        results data label's), instead of the one the sentences around them name."""
        disciplines = "|".join(sorted((re.escape(s) for _, ss in DISCIPLINES.values() for s in ss), key=len, reverse=True))
        formats = "|".join(re.escape(f) for f in sorted({*FORMATS, *FORMAT_SPELLINGS}, key=len, reverse=True))
        # "snowboard cross" is a format, though "snowboard" spells a discipline ("freestyle skiing" stays a discipline)
        spellings = [s for _, ss in DISCIPLINES.values() for s in ss]
        prefixed = "|".join(re.escape(f) for f in {*FORMATS, *FORMAT_SPELLINGS} if any(f.lower().startswith(s + " ") for s in spellings)) or "(?!)"
        pattern = re.compile(
            # ("5000 m short-track relay": a discipline between the distance and the format)
            # ("the inaugural women's Olympic bobsled race": the sex before an Olympic word)
            # ("the biathlon mixed relay": the sex between the discipline and the format, the discipline not a format's after it)
            # (no format right after a digit: "The 12-man final" of a slopestyle report is no "2-man" bobsleigh)
            rf"(?:{self._SEX}\s+(?:Olympic\s+)?)?(?:(?!(?:{prefixed})(?![\w-]))(?P<disc>{disciplines})\s+(?:(?P<sexb>mixed)\s+(?=(?:{formats})(?![\w-])))?)?(?P<core>(?:{self._DIST})?\s*(?:(?<=\s)(?P<disc3>{disciplines})\s+(?=(?:{formats})(?![\w-])))?(?<!\d)(?P<fmt>{formats})?)(?:(?:\s+|(?<=\s))(?P<disc2>{disciplines})(?![\w-])(?!\s+mixed\s+(?:{formats})(?![\w-])))?",
            re.IGNORECASE,
        )
        found = []
        # ("JOHANN OLAV KOSS won his third speed skating gold medal ... clocking 13min 30.55sec in the 10,000 metres": a news
        # report's distance alone, the sport named in the sentence or the one before)
        news = not self.biography and not self.title_event
        # (else the report's one sport, else the sport of the event the sentences before were about)
        near_sports = ({sport} if sport else {d for d, _ in self.disciplines_in(f"{self.previous_text} {sentence}")} or {self.one_sport()} - {None}
                       or {self.current_sport} - {None}) if news else set()
        distance_sport_near = news and len(near_sports) == 1 and near_sports <= _DISTANCE_SPORTS
        near_sport = next(iter(near_sports)) if len(near_sports) == 1 else None
        for match in pattern.finditer(sentence):
            if not match.group("dist") and not match.group("fmt") and not (match.group("sex") and (match.group("disc") or match.group("disc2"))):
                continue  # "women's luge" names an event only where the article has one women's luge event
            legs = re.search(r"\d\s?[x×]\s?\d", match.group("dist") or "") is not None   # "4x5 km", "4 × 7.5 km"
            # "won gold ... in the 4x5 km": legs times a distance name a relay
            legs_named = legs and re.search(r"\b(?:in|won|winning|of|for)\s+the\s*$", sentence[:match.start()]) is not None
            if (not match.group("fmt") and not match.group("sex") and not match.group("disc") and not match.group("disc2") and not re.match(r"\s*(?:race|event|competition|final)", sentence[match.end():])
                    and not (legs and self.title_event and self.title_event[2] == "relay")
                    and not legs_named
                    and not (self.biography and self.one_sport() in _DISTANCE_SPORTS
                             and re.search(r"\b(?:in|at|won|winning|of|for|on|which\s+was)\s+the\s*$|\b(?:medal|champion)\s*[,:–—-]\s*$"
                                           r"|\b(?:gold|silver|bronze|triumph|victory|title|won)\s+over\s*$", sentence[:match.start()]))
                    and not (distance_sport_near and re.search(r"\b(?:in|over|winning)\s+the\s*$|(?<!\bwho\s)\bwon\s+the\s*$", sentence[:match.start()]))
                    # ("in the 30 km, 50 km and 4×10 km relay", "the 500 metres in 1980, the 1000 metres in 1984": a distance listed
                    # after a distance read)
                    and not (found and re.fullmatch(r"(?:\s*in\s+(?:19|20)\d\d)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", sentence[found[-1][2]:match.start()])
                             and found[-1][0]["dist"])
                    # ("in the 1,500 and 1,000 meters": the unit written once, after the second distance)
                    and not (distance_sport_near and re.search(r"\bthe\s+\d[\d,.]*\s+and\s+$", sentence[:match.start()]))):
                continue  # "30 km" alone is not an event (but "won silver in the 1500 m", "Olympic silver medal, 1,500 meters", "gold over 500 meters" in a speed skater's biography are); "after 4x7.5 kilometres" (legs) is the distance of a relay page's relay
            fmt = match.group("fmt") and next((f for f in {**{f.lower(): f for f in FORMATS}, **FORMAT_SPELLINGS}.items()
                                                if f[0] == match.group("fmt").lower()), (None, None))[1]
            fmt = "super-G" if fmt in ("super G", "super g") else fmt   # one spelling, so that the format's discipline is known
            if not fmt and legs_named:
                fmt = "relay"   # "in the 4x5 km"
            # "Nana Takagi won the mass start" of a news round-up's speed skating paragraph: a format of the one sport near, that
            # the results data holds at those Games (not a format an event read before has: "the four inaugural slopestyle
            # events" after "the men's slopestyle")
            # (an event read before with that format, of another sport, does not count: "the women's mass start" of a speed
            # skating paragraph after the cross-country "50-kilometer mass start race")
            near_format = bool(fmt and near_sport and fmt not in FORMAT_DISCIPLINE
                               and not any(key[2] == fmt and self.events[key]["discipline"] in (None, near_sport) for key in self.events)
                               and self._sport_has_format(near_sport, fmt))
            if (fmt in ("two-man", "four-man", "two-woman") and not match.group("disc") and not match.group("disc2")
                    and "bobsleigh" not in self.disciplines_seen and not self.disciplines_in(sentence)
                    and re.match(r"\s+(?:showdown|battle|duel|contest|fight|affair|race\s+between|struggle|tussle|show)\b", sentence[match.end():], re.I)):
                continue   # "a final that was a two-man showdown between Hanyu and Chan": two men, no bobsleigh
            if fmt == "two-man" and re.match(r"(?:\s+(?:bobsleigh|bobsled|bob))?\s*(?:\(women\)|(?:races?|events?|competitions?)\s+for\s+women)",
                                             sentence[match.end():], re.I):
                fmt = "two-woman"   # "two-man bobsleigh races for women", "two-man bobsleigh (women)": a machine translation's two-woman
            if not match.group("dist") and not match.group("sex") and not (fmt in FORMAT_SEX or re.search(r"man\b", match.group("fmt") or "") or fmt in FORMAT_DISCIPLINE and (
                    match.group("disc") or match.group("disc2") or [k for k in self.events if k[2] == fmt] or not self.events
                    # "won gold in the downhill" in a discipline's overview page: that Games' downhill (its sex is read apart)
                    or FORMAT_DISCIPLINE[fmt] == self.title_discipline
                    # ("Italy's Michela Moioli won a crowded Snowcross final" in a day's round-up: the snow park's and the
                    # cross courses' formats name no part of another sport's event, as "the downhill" of a combined does)
                    or news and FORMAT_DISCIPLINE[fmt] in ("snowboarding", "freestyle-skiing")
                    # ("became the third consecutive Austrian woman to win a gold medal in the Olympic super-G": alpine's
                    # super-G and giant slalom, no run of a combined, as the object of a medal's words)
                    or news and fmt in ("super-G", "giant slalom") and re.search(
                        r"\b(?:gold|silver|bronze|won|win|wins|winning|took|claimed|captured)\b(?:\s+medal)?\s+(?:in|at)\s+the\s+(?:Olympic\s+)?$",
                        sentence[:match.start("fmt")]) is not None
                    and not {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", sentence)} - {self.article_year})
                    # "a silver medal in the individual large hill ... a gold medal in the individual normal hill event" of a
                    # ski jumper's biography: an event of the sport its subject's noun names
                    or fmt and self.biography and self._format_of_sports_seen(fmt)
                    # ("also won bronze medals in the normal and large hill" in a ski jumping report)
                    or fmt in _HILL_FORMATS and not self.title_event and self.one_sport() in ("ski-jumping", "nordic-combined")
                    and re.search(r"\b(?:normal|large)\s+and\s+(?:the\s+)?$", sentence[:match.start()], re.I)
                    # ("in the big-hill competition Sunday" of a report naming ski jumping, and no Nordic combined)
                    or fmt in _HILL_FORMATS and news and len({"ski-jumping", "nordic-combined"} & set(self.disciplines_seen)) == 1
                    # "In the pursuit competition" on the page of a pursuit: its event
                    or fmt and self.title_event and self.title_event[2] == fmt
                    or fmt and not self.events and (fmt not in _LONE_FORMAT_UNSAFE or match.group("fmt").lower() in _LONE_SAFE_SPELLINGS) or fmt and (match.group("disc") or match.group("disc2"))
                    or near_format and fmt not in _LONE_FORMAT_UNSAFE
                    and not {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", sentence)} - {self.article_year}
                    or fmt in _HILL_FORMATS and re.match(r"\s?/\s?(?:\d\s?[x×]\s?)?\d", sentence[match.end():])  # "large hill/10 km"
                    # ("the figure skating team event": a mixed event, its sport named)
                    or fmt == "team" and self._discipline_of(match.group("disc") or match.group("disc2") or match.group("disc3")) == "figure-skating"):
                continue  # "sprint" alone is not an event; "the halfpipe" is the article's one halfpipe event, or its first
            if (not match.group("dist") and not match.group("sex") and fmt in _LONE_FORMAT_UNSAFE and not (match.group("disc") or match.group("disc2"))
                    and match.group("fmt").lower() not in _LONE_SAFE_SPELLINGS and not self._one_sports_format(fmt)
                    and not (self.title_event and self.title_event[2] == fmt)
                    and not (fmt == "team" and self._discipline_of(match.group("disc3")) == "figure-skating")):
                continue   # ("the pursuit" on the page of a pursuit is its event)
            if match.group("fmt") and match.group("fmt").lower() == "freestyle" and re.match(r"\s+skiing", sentence[match.end():], re.I):
                continue
            if (match.group("fmt") and match.group("fmt").lower() == "pairs" and not match.group("sex")
                    and re.search(r"(?:\b\d+|\b(?:two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|\w+ty-\w+|all|many|several|the\s+other)\s*)\s*$", sentence[:match.start()], re.I)):
                continue  # "With 20 pairs competing": crews counted (bobsleigh, luge), not the pairs event
            if (match.group("fmt") and match.group("fmt").lower() == "pairs" and not match.group("sex")
                    and re.match(r"\s+of\b", sentence[match.end("fmt"):])):
                continue  # "had to wait for seven more pairs of skaters to go": speed skaters two by two, not the pairs event
            if (match.group("fmt") and match.group("fmt").lower() == "pairs" and not match.group("sex")
                    and re.search(r"\b(?:rac\w+|skat\w+|compet\w+|start\w*|drawn|ran|run)\s+in\s*$", sentence[:match.start("fmt")], re.I)):
                continue  # "athletes raced in pairs": speed skaters two by two, not the pairs event
            unit = match.group("unit")
            dist = match.group("dist")
            if match.group("plus") and dist:  # "15km+15km skiathlon": the whole race, 30 km
                first = float(re.match(r"[\d.]+", match.group("plus")).group(0))
                dist = f"{first + float(dist):g}"
            parts = {
                "sex": (match.group("sex") or match.group("sexb") or "").lower().replace("’", "'").replace("ladies'", "women's").rstrip("'s").rstrip("'") or None,
                "discipline": self._discipline_of(match.group("disc") or match.group("disc2") or match.group("disc3")),
                # "1,500 metres" is 1500 (a thousands comma), "7,5 km" is 7.5 (a decimal comma)
                "dist": re.sub(r"\s?[x×]\s?", " × ", re.sub(r",(?=\d{3}\b)", "", dist).replace(",", ".")) if dist else None,
                "unit": ("km" if unit and unit.lower().startswith("k") else "m") if unit else None,
                "fmt": (fmt if fmt in FORMAT_SPELLINGS.values() else fmt.lower()) if fmt else None,
            }
            if parts["fmt"] == "team" and parts["discipline"] == "figure-skating":
                parts["sex"] = parts["sex"] or "mixed"
            if (parts["discipline"] or self.one_sport()) == "ski-jumping" and parts["dist"] and parts["fmt"] is None:
                continue   # "the 90-meter event": a hill by its size, whose name (normal or large) changed over the years
            if (parts["discipline"] is None and news and len(near_sports) == 1
                    and (parts["dist"] and parts["fmt"] is None and next(iter(near_sports)) in _SPORTS_BY_UNIT[parts["unit"]]
                         or not parts["dist"] and near_format)):
                # "in the 10,000 metres" of a speed skating report, "French biathlete Vincent Jay ... He won the men's 10-kilometer event"
                parts["discipline"] = next(iter(near_sports))
            if parts["discipline"] is None and news and parts["dist"] and parts["fmt"] and not sport:
                # "Klaebo's triumph in the 50-kilometer mass start race": the one sport with that race at the Games
                parts["discipline"] = self._sport_of_race(parts["dist"], parts["unit"], parts["fmt"])
            possessive = re.search(r"\b(her|his)\s+(?:[\w-]+\s+){0,2}$", sentence[:match.start()]) if news and parts["sex"] is None else None
            if possessive:
                # "China's Zhou Yang defended her Olympic 1,500m short track title ... in the men's 1,000m": hers, not the men's
                parts["sex"] = "women" if possessive.group(1) == "her" else "men"
            if parts["fmt"] is None and parts["discipline"] == "figure-skating" and parts["sex"] in ("men", "women"):
                parts["fmt"] = "singles"  # "the men's figure skating" is the men's singles
            if parts["fmt"] is None and parts["dist"] and " × " in parts["dist"]:
                parts["fmt"] = "relay"  # "the men's 4 × 7.5 km biathlon relay": legs make a relay
            if parts["fmt"] == "tournament":
                parts["fmt"] = None  # "the men's curling tournament" is the discipline's event for one sex
            if parts["fmt"] in ("super g", "super-g"):
                parts["fmt"] = "super-G"
            if (parts["fmt"] in ("giant slalom", "slalom") and not parts["discipline"]
                    and (self.biography and (self.one_sport() or next((d for d, _ in self.disciplines_in(sentence)), None)) == "snowboarding"
                         or news and self.one_sport() == "snowboarding")):
                # "the inaugural men's giant slalom event" of a snowboarder's biography; "winning the men's giant slalom" of a
                # report whose one sport is snowboarding ("the sport's first gold medalist", "the snowboarders")
                parts["discipline"] = "snowboarding"
            if parts["fmt"] == "individual" and (parts["discipline"] or near_sport) == "figure-skating" and parts["sex"] in ("men", "women"):
                parts["fmt"] = "singles"   # "withdrawal from the men's individual competition" of figure skating: the men's singles
            if parts["fmt"] == "individual" and (parts["discipline"] or near_sport) in _NO_INDIVIDUAL_EVENT:
                continue   # "won the first individual short track gold medal ...: the women's 500m": no short track event is so named
            if parts["fmt"] == "team relay" and (parts["dist"] or (parts["discipline"] or near_sport) not in (None, "luge")):
                parts["fmt"] = "relay"   # "the 3000-meter team relay" of short track is its relay; luge's team relay is an event of its own
                if match.group("fmt").lower().startswith("mixed"):
                    parts["sex"] = "mixed"   # "the mixed team relay" of short track: its mixed relay
            if (parts["fmt"] in _HILL_FORMATS and parts["discipline"] in (None, "ski-jumping")
                    and re.match(r"\s*(?:and|\+|/)\s*(?:the\s+|a\s+)?\d+(?:\.\d+)?\s?-?\s?(?:km|k|kilomet(?:er|re)s?)\b[\s-]*cross[\s-]*country", sentence[match.end():], re.I)):
                # "dominating the large hill ski jumping and 10km cross-country race": the two legs of Nordic combined's event
                parts["discipline"] = "nordic-combined"
            if parts["sex"] == "mixed" and parts["fmt"] in ("snowboard cross", "aerials"):
                parts["fmt"] = f"team {parts['fmt']}"   # "took the title in mixed aerials": the mixed team event
            parts["discipline"] = parts["discipline"] or FORMAT_DISCIPLINE.get(parts["fmt"] or "")
            if parts["fmt"] == "team pursuit" and parts["sex"]:
                # "the men's team pursuit": speed skating's, the one Winter sport with one (not a format that names its
                # sport alone, which would make "the team pursuit" of a round-up an event only where its sport is named)
                parts["discipline"] = parts["discipline"] or "speed-skating"
            parts["sex"] = parts["sex"] or FORMAT_SEX.get(parts["fmt"] or "")
            if parts["fmt"] == "classic":
                parts["fmt"] = "classical"
            halves = re.match(r"\s+(\d+(?:\.\d+)?)\s?km\s?\+\s?(\d+(?:\.\d+)?)\s?km\b", sentence[match.end():]) if parts["fmt"] == "skiathlon" and not parts["dist"] else None
            if halves:
                # "the women's skiathlon 7.5km + 7.5km": the whole race, 15 km (as "7.5km+7.5km skiathlon")
                parts["dist"], parts["unit"] = f"{float(halves.group(1)) + float(halves.group(2)):g}", "km"
            core = match.group("core").strip()
            found.append((parts, match.start(), match.end(), core))
        # "won bronze medals in the normal and large hill": the first hill of the pair names its own event
        for match in re.finditer(r"\b(normal|large)\s+and\s+(?:the\s+)?(normal|large)\s+hills?\b", sentence, re.I):
            second = next((item for item in found if item[1] <= match.start(2) < item[2] and item[0]["fmt"] in _HILL_FORMATS), None)
            if second and match.group(1).lower() != match.group(2).lower() and all(not start <= match.start(1) < end for _, start, end, _ in found):
                found.append(({**second[0], "fmt": f"{match.group(1).lower()} hill"}, match.start(1), match.end(1), f"{match.group(1)} hill"))
                found.sort(key=lambda item: item[1])
        skating = near_sports & {"speed-skating", "short-track-speed-skating"}
        if news and len(skating) == 1:
            # "gave the Netherlands its first gold medal in a sprint race by setting an Olympic record in the 1,000": a skating
            # distance written without its unit, as news reports do
            for match in _BARE_SKATING_DISTANCE.finditer(sentence):
                if all(not start <= match.start(2) < end for _, start, end, _ in found):
                    # ("in the 5,000 relay": the distance's relay)
                    relay = re.match(r"[\s-]+relay\b", sentence[match.end(2):])
                    parts = {"sex": match.group("sex"), "discipline": next(iter(skating)), "dist": match.group(2).replace(",", ""), "unit": "m",
                             "fmt": "relay" if relay else None}
                    found.append((parts, match.start(2), match.end(2) + (relay.end() if relay else 0), match.group(2)))
            found.sort(key=lambda item: item[1])
        # "the men's 50km mass start classic cross country skiing gold medal": a ski style right after a format is that
        # mention's, not an event of its own (and the sport after it is the mention's too)
        merged: list[tuple[dict[str, Any], int, int, str]] = []
        for item in found:
            if (merged and item[0]["fmt"] in ("classical", "freestyle") and not item[0]["dist"] and not item[0]["sex"]
                    and merged[-1][0]["fmt"] and merged[-1][0]["fmt"] not in ("classical", "freestyle")
                    and not sentence[merged[-1][2]:item[1]].strip()):
                parts, start, _, core = merged[-1]
                merged[-1] = ({**parts, "discipline": parts["discipline"] or item[0]["discipline"]}, start, item[2], core)
                continue
            merged.append(item)
        return merged

    @staticmethod
    def _discipline_of(spelling: str | None) -> str | None:
        if not spelling:
            return None
        for discipline, (_, spellings) in DISCIPLINES.items():
            if spelling.lower() in spellings:
                return discipline
        return None

    def event_key(self, parts: dict[str, Any]) -> tuple | None:
        """Mentions of one event share distance and format; a format alone joins the one event that has it.

        The men's and the women's event of one distance and format are two events: a mention whose sex is
        not the sex of the event already seen with that distance and format gets a key with its sex.
        """
        key = self._event_key(parts)
        if key is not None and len(key) == 3 and parts.get("sex") and key in self.events and self.events[key]["sex"] not in (None, parts["sex"]):
            return (*key, parts["sex"])
        return key

    def one_sport(self) -> str | None:
        """The article's one discipline: the only one it names, or a biography's one of its first sentence naming any ("a
        former German speed skater", whose childhood as a figure skater a later paragraph tells)."""
        if len(self.disciplines_seen) == 1:
            return next(iter(self.disciplines_seen))
        if not (self.biography and self.disciplines_seen):
            return None
        first = next(iter(self.disciplines_seen.values()))[0]
        lead = [discipline for discipline, (quote, _) in self.disciplines_seen.items() if quote == first]
        return lead[0] if len(lead) == 1 and first else None

    def _event_key(self, parts: dict[str, Any]) -> tuple | None:
        seen = (parts["discipline"] or self.one_sport()
                or (self.events[self.title_event]["discipline"] if self.title_event in self.events else None))
        if parts["fmt"] in ("individual", "sprint", "pursuit") and seen == "biathlon" and parts["dist"]:
            # "the 20 km individual", "the 10 km sprint": biathlon's individual, sprint and pursuit have the distance their
            # name and sex imply (one id with "the sprint", as the annotators write them; the seed's mass start keeps its)
            parts = {**parts, "dist": None, "unit": None}
        key = (parts["dist"], parts["unit"], parts["fmt"])
        title = self.title_event
        legs = parts["fmt"] == "relay" and " × " in (parts["dist"] or "") and parts["sex"] is None  # "after 4x7.5 kilometres" in a relay's page
        if (title and parts["dist"] and parts["fmt"] == title[2] and title[0] is None and key not in self.events
                and (self.events[title]["sex"] in (None, parts["sex"]) and parts["sex"] or legs)):
            if (legs or parts["fmt"] == "relay" and " × " in parts["dist"]) and title[0] is None:
                # the title's "Men's relay" is the 4 x 7.5 km relay (its legs, "after 4x7.5 kilometres", or "the men's 4 x 7.5 km relay")
                self.events[title]["legs"] = (parts["dist"], parts["unit"])
            return title  # "Women's sprint" in the page title, "the women's 7.5 km sprint" in its text: the page's one event
        if (title and parts["dist"] and parts["fmt"] is None and title[0] is None and title[2] not in TEAM_FORMATS and key not in self.events
                # (not an event no distance names: "the women's 30-kilometer race" is no giant slalom of a round-up's title)
                and title[2] not in FORMAT_DISCIPLINE
                and self.events[title]["sex"] in (None, parts["sex"] or self.events[title]["sex"])
                and self.events[title]["discipline"] in (None, parts["discipline"] or self.events[title]["discipline"])):
            return title  # "Nordic combined ... – Sprint" in the title, "the 7.5 kilometre race" in its text: the page's one event
        if parts["dist"] is None and parts["fmt"] is None:
            same = [k for k, e in self.events.items() if e["discipline"] == parts["discipline"] and e["sex"] in (None, parts["sex"])]
            if not same and parts["discipline"] in _ONE_EVENT_DISCIPLINES and parts["sex"]:
                return (None, None, parts["discipline"])  # "the women's skeleton": the discipline's event for one sex
            if not same and parts["discipline"] == "luge" and parts["sex"] in ("men", "women"):
                return (None, None, "singles")   # "the Olympic women's luge": its singles (doubles and the relay are named so)
            if not same and parts["discipline"] and parts["sex"] in ("men", "women"):
                # "the women's bobsledding competition" of 2010: the two-woman, the only women's bobsleigh event then
                only = self._the_one_event_for(parts["discipline"], parts["sex"], self.article_year)
                if only is not None:
                    return only
            return same[0] if len(same) == 1 else None
        # (not an event of another sport: "the women's mass start" of a speed skating paragraph is not the cross-country
        # skiing's "50-kilometer mass start race" read before)
        sport_fits = [k for k, e in self.events.items() if parts["discipline"] is None or e["discipline"] in (None, parts["discipline"])]
        if parts["dist"] is None:
            same = [k for k in sport_fits if k[2] == parts["fmt"]]
            if len(same) == 1:
                return same[0]
        if parts["fmt"] is None:
            same = [k for k in sport_fits if k[0] == parts["dist"] and k[1] == parts["unit"]]
            if len(same) == 1:
                return same[0]
        return key

    # biathlon's individual races by their distance: each is one sex's (since women's biathlon began, 1992)
    _BIATHLON_DISTANCE_SEX = {("sprint", "10"): "men", ("sprint", "7.5"): "women", ("pursuit", "12.5"): "men", ("pursuit", "10"): "women",
                              ("individual", "20"): "men", ("individual", "15"): "women"}

    def see_event(self, parts: dict[str, Any], sentence: _Sentence, core: str, games: int | None) -> tuple | None:
        if (parts.get("sex") is None and parts.get("unit") == "km" and (games or self.article_year or 0) >= 1992
                and (parts.get("discipline") or self.one_sport()) == "biathlon"):
            # ("the 10-kilometer sprint" of the men and "the women's 7.5k sprint" are two events, though both ids drop the distance)
            parts = {**parts, "sex": self._BIATHLON_DISTANCE_SEX.get((parts["fmt"], parts["dist"]))}
        key = self.event_key(parts)
        if key is None:
            return None
        created = key not in self.events
        event = self.events.setdefault(key, {"sex": None, "discipline": None, "quote": sentence.text, "spellings": set(), "games": None, "score": -1})
        score = sum(1 for k in ("sex", "discipline", "dist", "fmt") if parts.get(k))
        if score > event["score"]:
            event["quote"], event["score"] = sentence.text, score
        for k in ("sex", "discipline"):
            if parts.get(k) and not event[k]:
                event[k] = parts[k]
        if parts["dist"] and parts["fmt"]:
            event["spellings"].add(core)
        # (an event read before is not re-dated by a later mention of other Games: "Lange won the two-man bobsled Sunday night
        # ... He earned gold in the two-man and four-man events at the 2006 Turin Games")
        # (nor by Games every naming of which is past: "... won bronze in two-man at the Sochi Games three years ago")
        if (games and not event["games"] and (created or self.biography or self.article_year in (None, games))
                and (created or games not in self.past_games)):
            event["games"] = games
        return key

    def _the_one_event_for(self, discipline: str, sex: str, games: int | None) -> tuple | None:
        """The key of the one event of ``discipline`` for ``sex`` at ``games`` in the results data, if it has one
        (women's bobsleigh of 2002 to 2018: the two-woman; women's ski jumping of 2014: the normal hill).

        The events entered are read, not the medals won: the data's team events from 2018 on have no medal rows.
        """
        if games is None:
            return None
        ours = [(label, name) for label, (sport, label_sex, name) in self.names.events_entered(games).items()
                if sport == discipline and label_sex == sex]
        parts = self._data_event_parts(DataMedal(ours[0][1], ours[0][0], "")) if len(ours) == 1 else None
        return (parts["dist"], parts["unit"], parts["fmt"]) if parts and (parts["fmt"] or parts["dist"]) else None

    def _the_sports_one_event(self, discipline: str, games: int) -> tuple | None:
        """The one event of ``discipline`` at ``games`` in the results data's medals, seen as the page's event; else None."""
        rows = {medal.event: medal for (_, year), medals in self.names.medals.items() if year == games
                for medal in medals if slug(medal.sport) == discipline}
        parts = self._data_event_parts(next(iter(rows.values()))) if len(rows) == 1 else None
        if not parts or not (parts["fmt"] or parts["dist"]):
            return None
        line = next(line for line in self.text.splitlines() if line.startswith("title:"))
        key = self.see_event(parts, _Sentence(line, 0, 0), next(iter(rows)), games)
        if key:
            self.warnings.append(f"the page's event is the results data's one {discipline} event of the {games} Games "
                                 f"('{next(iter(rows))}'): check it")
        return key

    # -- The pass over the sentences ---------------------------------------------------------------------

    def run(self) -> Draft:
        self.find_date()
        title = self.header.get("title", "")
        title_disciplines = self.disciplines_in(title)
        title_games = self.games_in(title)
        fandom = re.match(r"[A-Z][\w ]+? ((?:19|20)\d\d)/", title)
        if not title_games and title_disciplines and fandom and int(fandom.group(1)) in self.games_names:
            # "Short Track 2018/Men's 1000 metre": the Olympics Wiki names its pages by the sport and the Games' year
            line = next(line for line in self.text.splitlines() if line.startswith("title:"))
            title_games = [(int(fandom.group(1)), line, "games-year", None)]
            self.games_seen.setdefault(int(fandom.group(1)), (line, "games-year", set()))
        if not title_games:
            title_games = self._dateline_games() or self._games_years_ago()
        self.title_games_years = {year for year, *_ in title_games}
        current_event: tuple | None = None
        for parts, _, _, core in self.events_in(title):
            # a page title ("Luge at the 2018 Winter Olympics – Women's singles") names the page's event
            parts["discipline"] = parts["discipline"] or (title_disciplines[0][0] if title_disciplines else None)
            line = next(line for line in self.text.splitlines() if line.startswith("title:"))
            current_event = self.see_event(parts, _Sentence(line, 0, 0), core, title_games[0][0] if title_games else None) or current_event
        dash = re.search(r"(?:\s[–—-]\s*|/)(?:(?P<sex>Men|Women)['’]s\s+)?(?P<name>[A-Za-z][A-Za-z -]*?)\s*$", title)
        fmt = dash and {**{f.lower(): f for f in FORMATS}, **FORMAT_SPELLINGS}.get(dash.group("name").lower())
        if dash and not fmt and title_disciplines and title_disciplines[0][0] == "bobsleigh" and dash.group("name").lower() in ("two", "four"):
            fmt = f"{dash.group('name').lower()}-{'woman' if dash.group('sex') == 'Women' else 'man'}"   # "Bobsleigh 2018/Women's two"
        if current_event is None and fmt and title_disciplines:
            # "Biathlon at the 1968 Winter Olympics – Individual": the words after the dash name the page's event, even a
            # format that names no event alone in running text ("individual", "sprint")
            parts = {"sex": (dash.group("sex") or "").lower() or FORMAT_SEX.get(fmt), "discipline": title_disciplines[0][0], "dist": None,
                     "unit": None, "fmt": fmt}
            line = next(line for line in self.text.splitlines() if line.startswith("title:"))
            current_event = self.see_event(parts, _Sentence(line, 0, 0), dash.group("name"), title_games[0][0] if title_games else None)
        if current_event is None and title_disciplines and title_games and not re.search(r"\s[–—-]\s|\b(?:men|women)\b", title, re.I):
            # "1956 Winter Olympics / Ski jumping": a sport that had one event at those Games (by the results data's medals)
            current_event = self._the_sports_one_event(title_disciplines[0][0], title_games[0][0])
        sex_only = re.search(r"\s[–—-]\s*(?P<sex>Men|Women)['’]s\s*$", title)
        if current_event is None and sex_only and title_disciplines and title_disciplines[0][0] in _ONE_EVENT_DISCIPLINES:
            # "Skeleton at the 2026 Winter Olympics – Men's": the one event of that sex of a sport of one event a sex
            parts = {"sex": sex_only.group("sex").lower(), "discipline": title_disciplines[0][0], "dist": None, "unit": None,
                     "fmt": title_disciplines[0][0]}
            line = next(line for line in self.text.splitlines() if line.startswith("title:"))
            current_event = self.see_event(parts, _Sentence(line, 0, 0), sex_only.group(0).strip(" –—-"), title_games[0][0] if title_games else None)
        self.title_event = current_event
        self._title_race_distance()
        self.title_discipline = title_disciplines[0][0] if title_disciplines and current_event is None else None
        current_category: str | None = None
        in_rounds = False
        results_line_bronze = False   # a "Bronze: ..." results line read, so that the next "Gold: ..." line is another event
        other_competition = False   # the sentence before opened with another competition ("At the 1988 Skate Canada, ...")
        standing_before: int | None = None   # the paragraph whose last sentence told another competition's standings
        skip_header = bool(self.header)
        # the article's Games, read ahead, so that a medal of another year is known as such while reading
        named = [(sentence.text, self.games_in(sentence.text)) for sentence in self.sentences]
        years = {g[0] for _, found in named for g in found}
        self.past_games = self._past_games(named)
        self.article_year = self._main_games(title_games, years)
        body = [s.text for s in self.sentences if not (skip_header and _HEADER.match(s.text.split("\n")[0]))]
        # (a short description line above the lead, "Norwegian ski jumper (1911–1998)", is not the lead)
        if len(body) > 1 and re.fullmatch(r"[^.]{0,80}\((?:1[89]|20)\d\d[–-](?:19|20)\d\d\)", body[0].strip()):
            body = body[1:]
        # a biography ("Anna Alpha (born 4 May 1970) is a ..."): its Games are the ones each passage names
        self.biography = bool(not title_games and current_event is None and body
                              and re.search(r"\(born\b|\bborn\s+(?:on\s+)?(?:\d|[A-Z][a-z]+\s+\d)"
                                            # "Eugenio Monti (23 January 1928 – 1 December 2003) was": the dates of a life
                                            # ("Franz Kapus (April 12, 1909 in Zurich – March 4, 1981 in Zurich) was")
                                            # ("(April 12, 1924, Uurainen, Central Finland – April 28, 1999) was": the place after a comma)
                                            r"|\((?:[^()]*?\s)?(?:1[89]|20)\d\d(?:(?:\s+in\s|,\s*)[^()–-]*?)?\s*[–-]\s*(?:[^()]*?\s)?(?:19|20)\d\d(?:(?:\s+in\s|,\s*)[^()]*?)?\)\s*,?\s*(?:was|is)\b"
                                            # "is a Japanese freestyle skier.": a copy that lost the name of the lead (a template)
                                            r"|^(?:is|was)\s+an?\s+(?:former\s+|retired\s+)?[A-Z]", body[0])
                              # "Billy Fiske - Bobsled Career": a section of a person's page
                              or bool(self.title_name and re.search(r"\s[-–—]\s+(?:\w+\s+){0,2}(?:career|biography|life)\s*$", title, re.I))
                              # "Mirja Hietamies is a former cross country skier from Finland": the page's title, a sportsperson
                              or bool(self.title_name and re.match(
                                  rf"{re.escape(self.title_name)}\s+(?:is|was)\s+an?\s+(?:former\s+|retired\s+)?[^.;]{{0,60}}?"
                                  r"\b(?:skiers?|skaters?|jumpers?|biathletes?|racers?|lugers?|snowboarders?|bobsledders?|curlers?|players?|athletes?)\b",
                                  body[0]))
                              # an excerpt that starts after the lead ("In 1994, the final year of his career, he ...") on a page
                              # titled by a person's name whose surname the text goes on using
                              or bool(self.title_name and len(self.title_name.split()) >= 2
                                      and re.search(rf"\b{re.escape(self.title_name.split()[-1])}\b", " ".join(body))
                                      and re.search(r"\b(?:he|she)\b", body[0], re.I)
                                      and re.search(r"\b(?:his|her)\s+(?:career|life|debut|childhood)\b", " ".join(body))))
        previous = ""
        headline = self._headline(title_games)
        for sentence in [*(s for s in self.sentences if s is not headline), *([headline] if headline else [])]:
            text = sentence.text
            self.previous_text, previous = previous, text   # (the sentence before: "that race" is the one it names)
            self.current_sport = self.events[current_event]["discipline"] if current_event in self.events else None
            if sentence is headline:
                current_event = None   # (the headline, read last, speaks only of the event it names itself)
            elif skip_header and _HEADER.match(text.split("\n")[0]):
                # the attribution lines; "title:" still tells the Games and the discipline
                continue
            named_games = {g[0] for g in self.games_in(text)}
            if self.biography and not named_games and re.search(r"\bOlympic|\b(?:19|20)\d\d\s+Games\b", text):
                # "In 2006, he won the Olympic gold medal": a Winter Games year with an Olympic word, in a biography
                named_games = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text) if int(y) in self.games_names}
                for year in named_games:   # (those Games are named by this sentence: its quote declares them)
                    self.games_seen.setdefault(year, (text, "games-biography-year", set()))
            # (not a year of a result the sentence compares with: "beating Lee Jung-su's previous record set at the 2010 games")
            passage_games = {year for year in named_games
                             if not re.search(rf"\b(?:previous|former|old|earlier|prior)\b[^,;.]{{0,40}}\b{year}\b", text, re.I)}
            if self.biography and not named_games and self.article_year:
                # "Four years later he was able to repeat his triumph over 500 meters in Albertville": the Games that many years
                # after the passage's, named by its host city or an Olympic word
                later = re.search(r"\b(four|eight|twelve|4|8|12)\s+years\s+later\b", text, re.I)
                year = self.article_year + {"four": 4, "eight": 8, "twelve": 12}.get(later.group(1).lower(), 0) if later else 0
                if later and not year - self.article_year:
                    year = self.article_year + int(later.group(1))
                hosts = [city for city, years in self.games_years.items() if year in years]
                if later and year in self.games_names and (any(re.search(rf"\b{re.escape(city)}\b", text) for city in hosts)
                                                           or re.search(r"\b(?:Olympics|Olympic|Games)\b", text)):
                    passage_games = {year}
                    self.games_seen.setdefault(year, (text, "games-biography-year", set()))
            if self.biography and len(passage_games) == 1:
                # "At the 2006 Winter Olympics she won gold ...", a section "2010 Winter Olympics": the Games of this
                # sentence and of the ones after it, until another Games is named
                self.article_year = next(iter(passage_games))
            later = self.biography and len(named_games) > 1 and re.search(r"\b(?:returned|came\s+back|went\s+on)\b[^.;]*$", text[:max(
                m.start() for m in re.finditer("|".join(str(y) for y in named_games), text))])
            if later:
                # "retired after the 1992 Games ..., but then returned yet again for the 1994 Games": the sentences after
                # it are about the Games the athlete returned for (this sentence's own medals keep their years)
                pending_year = max(named_games)
            else:
                pending_year = None
            for year, quote, rule, spelling in self.games_in(text):
                seen = self.games_seen.setdefault(year, (quote, rule, set()))
                if spelling:
                    seen[2].add(spelling)
            for noc, _, _, spelling in self.nations_in(text):
                self.see_nation(noc, text, spelling)
            for discipline, spelling in self.disciplines_in(text):
                quote, spellings = self.disciplines_seen.setdefault(discipline, (text, set()))
                spellings.add(spelling)
            spans = self.persons_in(text)
            for span in spans:
                span.person.mentions += 1
                span.person.first_quote = span.person.first_quote or text
            if self.biography and self.bio_subject is None and not spans and re.match(r"(?:is|was)\s", text) and self.header.get("title"):
                # "is a Japanese freestyle skier. She won ...": the lead lost its name; the title names the subject
                spans_of_title = self.persons_in(self.header["title"])
                if len(spans_of_title) == 1 and spans_of_title[0].end - spans_of_title[0].start == len(self.header["title"].strip()):
                    self.bio_subject = spans_of_title[0].person
                    self.nation_rules(text, [_Span(self.bio_subject, 0, 0)])   # "is a Swiss bobsledder": the subject's nation
            if self.biography and self.bio_subject is None and spans:
                # its subject is the one named as the title names it ("As driver of the first five-man U.S. Bobsled team ...,
                # Fiske became the youngest gold medalist (until eclipsed by Toni Nieminen in 1992)" on "Billy Fiske - Bobsled
                # Career"), else the first named
                surname = fold(self.title_name).split()[-1] if self.title_name else ""
                ours = [span.person for span in spans if surname in fold(span.person.name).split()]   # ("James Edmound Alpha Jr.")
                titled = self.persons_in(self.title_name) if self.title_name and not ours else []
                if not ours and len(titled) == 1 and titled[0].end - titled[0].start == len(self.title_name):
                    ours = [titled[0].person]
                    spans = self.persons_in(text)   # (the title's person known, "Fiske" alone is theirs)
                self.bio_subject = ours[0] if ours else spans[0].person
            self.nation_rules(text, spans)
            self.named_in.setdefault(text, []).extend(span.person for span in spans)
            beaten = [span.person for span in spans[1:] if self._beaten(text, span)]
            if beaten and not self._is_object(text, spans[0]):
                self.beaten_in.setdefault(text, (spans[0].person, beaten))
            if re.match(r"\s*Gold\s*:", text) and results_line_bronze:
                # "Gold: Aliona Savchenko and Bruno Massot, Germany — ..." after the team event's "Bronze: United States" line:
                # a results line's gold after a bronze line is of another event, which its block may name later (not the
                # event named last in the block before)
                current_event = None
            results_line_bronze = re.match(r"\s*Bronze\s*:", text) is not None or (results_line_bronze and not re.match(r"\s*Gold\s*:", text))
            event_here = None
            self.event_spans = []
            heading_sports = self.disciplines_in(text) if re.fullmatch(r"[A-Z][\w -]{2,40}", text.strip()) else []
            if len(heading_sports) == 1 and not spans:
                # a round-up's section heading ("Speedskating", "Cross country skiing"): the sport of the events that follow
                self.section_discipline = heading_sports[0][0]
                current_event = None
            heading = re.fullmatch(r"(Men|Women|Ladies)(?:['’]s\s+singles)?", text.strip())
            if heading and not self.title_event and self.one_sport() == "figure-skating":
                # a figure skating overview's section "Men": the men's singles, its sentences' event (``heading_event``)
                sex = "men" if heading.group(1) == "Men" else "women"
                parts = {"sex": sex, "discipline": "figure-skating", "dist": None, "unit": None, "fmt": "singles"}
                current_event = self.heading_event = self.see_event(parts, sentence, heading.group(0), self.article_year)
            # "After A and B won the men's and women's singles, C and D ...": the leading clause's event is not C's
            # ("As driver of the first five-man U.S. Bobsled team to win the Olympics, Fiske ...": a role, no leading clause)
            # ("Three days after surviving a horrific crash on the men's downhill course ..., A made himself ...", after a dateline)
            dateline = _DATELINE.match(text)
            lead = re.compile(r"(?:(?:[A-Z]\w+|\w+)\s+(?:days?|weeks?|hours?)\s+(?:after|before)\b|After|Before|While|Although|Though|As(?!\s+(?:the\s+)?(?:driver|pilot|captain|brakeman|member|part|leader|skip|anchor)\b)"
                            r"|Since|When|Following|Despite)\b[^,]*,").match(text, dateline.end() if dateline else 0)
            for parts, start, end, core in self.events_in(text):
                # (not "held her nerve to take the women's snowboard slopestyle title": her nerve is no result of hers)
                if (re.search(r"\b(?:his|her|their)\b[^,.;]*$", text[max(0, start - 40):start])
                        and not re.search(r"\b(?:his|her|their)\s+(?:nerve|composure|cool|focus|head|nerves)\s+(?:to|and)\s+(?:win|take|claim|capture|won|took|claimed|captured)\s+(?:the\s+)?$",
                                          text[max(0, start - 60):start])
                        # ("Brignone claimed her second gold of the Games in the women's giant slalom": the medal won there)
                        and not re.search(rf"\b{self._VERB}\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:gold|silver|bronze)(?:\s+medal)?(?:\s+of\s+the\s+(?:Games|Olympics))?\s+(?:in|on)\s+the\s*$",
                                          text[max(0, start - 90):start])
                        and not re.search(r"\b(?:defen[cs]e\s+of|defended|defending|retained|retaining)\s+(?:his|her|their)(?:\s+Olympic)?"
                                      r"(?:\s+(?:title|crown)\s+(?:in|over)(?:\s+the)?)?\s*$", text[max(0, start - 60):start])
                        # ("by anchoring his team to victory in the biathlon mixed relay")
                        and not re.search(r"\b(?:his|her|their)\s+(?:team|teammates|country|nation|squad)\s+to\s+(?:victory|gold|the\s+(?:title|gold))\s+in\s+the\s*$",
                                          text[max(0, start - 60):start])):
                    continue  # "after her silver medal in the 1500m event": another of her events, not this one ("defended her downhill title", "defended her title in the 1500m" are)
                if re.search(r"\b(?:sport|event|discipline)\s+(?:that|which)\s+(?:combines|consists\s+of|includes|mixes)\b", text[max(0, start - 90):start]):
                    continue  # "a first in the sport that combines ski jumping off the normal hill and a 10-kilometer cross-country ski race"
                if re.search(r",\s*(?:the\s+)?(?:[\w-]+\s+)?(?:(?:gold|silver|bronze)\s+medal(?:l)?ist|champion)\s+(?:in|of)\s+the\s*$", text[max(0, start - 60):start]):
                    continue  # "Hiroyasu Shimizu of Japan, gold medalist in the 500, won the bronze": the appositive's event
                if re.search(r"\b(?:days?|weeks?|hours?)\s+(?:after|before)\s+the\s+$", text[max(0, start - 40):start]):
                    continue  # "a day after the men's slalom races": a date told by another event, not the one spoken of
                if (parts["discipline"] == "cross-country-skiing" and re.match(r"[\s-]*(?:ski\s+)?(?:race|leg|portion|part|section|course|stage)\b", text[end:])
                        and (current_event and self.events[current_event]["discipline"] == "nordic-combined"
                             or "nordic-combined" in self.disciplines_seen and re.search(r"\bski[\s-]?jump|\bNordic\s+combined\b", text, re.I))):
                    continue  # "After leading the ski-jumping competition, A began the 7.5-kilometer cross-country race" of a Nordic combined report: its event's leg
                if re.match(r"\s+(?:(?:gold|silver|bronze)\s+)?medal(?:l)?ists?\b|\s+(?:world\s+|defending\s+|reigning\s+)?(?:champions?|winners?)\b", text[end:]):
                    continue  # "Germany's women's relay silver medallists, A and B, ...", "None of the sprint medalists won a medal in the pursuit": a description of the athletes by another result
                # Discipline and Games written close to the mention belong to it
                # ("50 kilometre freestyle competition in cross-country skiing at the 2022 Winter Olympics").
                near = text[max(0, text.rfind(" ", 0, max(0, start - 25)) + 1):end + 25]   # (from a word's start: "short track speed skating men's")
                disciplines = [d for d, _ in self.disciplines_in(near) if _can_hold(parts["fmt"], d)]
                if not parts["discipline"] and len(set(disciplines)) == 1:
                    parts["discipline"] = disciplines[0]
                elif not parts["discipline"]:
                    # "In snowboarding, ... in the women's halfpipe": the one sport named before the mention (not "a speed skater")
                    # (not a sport inside quotation marks: "the record held by Ole Einar Bjoerndalen, dubbed “the King of
                    # Biathlon”, when she won gold in the women's 4 x 5 kilometre relay" is a cross-country skier's relay)
                    unquoted = re.sub(r"[“\"][^”\"]*[”\"]", lambda quoted: " " * len(quoted.group(0)), text[:start])
                    before = {d for d, spelling in self.disciplines_in(unquoted) if not spelling.lower().endswith(("skater", "skier"))
                              and _can_hold(parts["fmt"], d)}
                    parts["discipline"] = before.pop() if len(before) == 1 else None
                if _can_hold(parts["fmt"], self.section_discipline):
                    parts["discipline"] = parts["discipline"] or self.section_discipline
                if (parts["fmt"] in _HILL_FORMATS and not disciplines and "nordic-combined" in self.disciplines_seen
                        and "ski-jumping" not in self.disciplines_seen):
                    parts["discipline"] = "nordic-combined"  # "the 10 km individual large hill" of a Nordic combined skier
                if parts["fmt"] == "relay" and parts["discipline"] == "speed-skating":
                    # ("short-track speedskating events, winning the 5,000-meter relay": long track has no relay, its team
                    # event is the team pursuit)
                    parts["discipline"] = "short-track-speed-skating"
                games_near = [g[0] for g in self.games_in(text[end:end + 60])]
                key = self.see_event(parts, sentence, core, games_near[0] if games_near else None)
                relative = re.search(r"(?:,|—|--)\s*(?:who|which)\s+[^,;—]*$", text[:start])  # "Silver went to X, who took gold in the sprint"
                if key and not (lead and start < lead.end()) and not relative:
                    event_here = event_here or key
                if key:
                    self.event_spans.append((start, key))
            other_years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)} - {self.article_year}
            # ("Jay also won the 20 km individual race at the 2009 World Cup event in Vancouver": another competition's event is
            # not the one the next sentences speak of)
            # (not a World Cup title that describes the athlete: "Raich, the overall World Cup leader, won the men's giant slalom")
            described = _WORLD_CUP_APPOSITIVE.sub(" ", text)
            elsewhere = bool(event_here and re.search(ELSEWHERE_WORDS, described, re.I) and not re.search(r"\b(?:Olympic|Olympics|Games)\b", text))
            # ("Bergsma won the bronze medal in the men's 5,000-metre race earlier in the games", "Kramer had set a new Olympic
            # record on the way to a gold medal in the men's 5,000m": an event told in passing, not the one the report goes on with)
            # ("Including a bronze in the mass start in Beijing, it was her third career Olympic medal" of a 2026 report: the
            # host city of other Games after the event)
            elsewhere = elsewhere or bool(event_here and not self.biography and not self.title_event and any(
                self._in_other_host_city(text[start:start + 60]) for start, key in self.event_spans if key == event_here))
            # (the "had won" before the event's last mention: not "... to win the women's ice hockey final ..., reclaiming the gold
            # medal the Americans had taken from them four years ago")
            told_until = max((start for start, key in self.event_spans if key == event_here), default=len(text))
            elsewhere = elsewhere or bool(event_here and not self.biography and (
                re.search(r"\bearlier\s+in\s+the\s+(?:Games|week)\b", text, re.I)
                # ("Earlier, the Japanese skater has won silver in the 1,500m, the 500m as well as the team pursuit")
                or re.match(r"\s*(?:Earlier|Previously|Before\s+that|Before\s+this)\b", text)
                or re.search(r"\bhad\s+(?:(?:already|previously|twice|once|also)\s+){0,2}(?:won|taken|claimed|set|equall?ed|matched)\b", text[:told_until], re.I)))
            if event_here and not elsewhere and not (self.title_event and not self.biography and other_years and event_here != self.title_event):
                current_event = event_here
            elif event_here:
                pass   # "The last Olympic mass start race in 2002 ... was a shorter 30 kilometre event": the page's event goes on
            elif current_event and (named := self.disciplines_in(_FEDERATION.sub(" ", text))) and all(
                    d != self.events[current_event]["discipline"] for d, _ in named):
                # ("the third singles medal ever for USA Luge": a federation's name, no sport of another event)
                current_event = None  # "In snowboarding, ..." after a figure skating event: not that event any more
            if re.fullmatch(r"(?:Heats?|Quarter-?finals?|Semi-?finals?|Qualification|Qualifying(?: round)?|Preliminary round|"
                            r"Round \d+|Repechage|Final B|B final|Training)\s*:?", text, re.I):
                in_rounds = True   # a section of the rounds before the final: "won the race" there wins no medal
            elif re.fullmatch(r"(?:Final(?: A)?|A final|Finals?|Results|Medal(?:l?ists)|Summary|Race|Medals)\s*:?", text, re.I):
                in_rounds = False
            # "At the 1988 Skate Canada, ... both skaters debuted their programs. Orser came in first place": the sentence
            # right after one that opens with another dated competition speaks of that competition if it names no Games
            carried = other_competition and not re.search(r"\b(?:Olympic|Olympics|Games)\b", text) and not self.games_in(text)
            # "..., and were leading the 2021–22 Luge World Cup before the Olympics. Latvia were second, and Austria third.": places
            # without a word of medals right after another competition's standings, in its paragraph, are those standings
            carried = carried or (standing_before == sentence.paragraph
                                  and not re.search(r"\b(?:gold|silver|bronze|medal\w*|won|wins?|podium|Olympic|Olympics|Games)\b", text, re.I))
            standing_before = sentence.paragraph if re.search(
                r"\b(?:leading|led|leads|topped|tops)\s+the\s+[^.;]{0,40}?\b(?:World\s+Cup|standings|rankings?)\b", text) else None
            # ("At the 1988 Skate Canada", "At the Biathlon World Championships 2013 in Nove Mesto", "At the World Championships")
            opening = re.match(r"\s*(?:At|In|During)\s+the\s+(?:(?:19|20)\d\d(?:[–-]\d\d)?\s+([A-Z][^,;.]*)|([A-Z][^,;.]*?\s(?:19|20)\d\d)\b"
                               r"|([A-Z][^,;.]*?\bChampionships?)\b)", text)
            other_competition = bool(opening and not re.search(r"\b(?:Olympic|Olympics|Games|Winter)\b", next(g for g in opening.groups() if g))
                                     and not self.games_in(text))   # (the next sentence only)
            if sentence is headline:
                in_rounds = carried = False
            if (not in_rounds and not carried and not self.biography_medal_years(text, spans) and not self.biography_medal_list(text, spans)
                    and not self.biography_events_in_years(text, spans)):
                superseded = self._SUPERSEDED.match(text)
                before = {key: fact.confidence for key, fact in self.medals.items()} if superseded else {}
                # (a figure skating segment named here, or before with no event named since: "In the pairs free skate ...")
                self.in_segment = bool(_SEGMENT.search(text)) or (self.in_segment and not self.event_spans)
                self.medal_rules(text, spans, current_event, event_here)
                self.medals_won_days_before(text, spans)
                self.possessive_medals(text, spans, event_here or current_event)
                if superseded:
                    self.superseded_medals(text, [key for key, fact in self.medals.items() if before.get(key) != fact.confidence])
                else:
                    self.data_medal_cues(sentence, spans, current_event)
            self.disqualified_medals(text, spans, event_here or current_event)
            self.crew_mates(text, spans, event_here or current_event)
            self.crew_of_the_named(text, spans, event_here or current_event)
            if current_event and current_event[2] in TEAM_FORMATS:
                self.team_mentions.setdefault(current_event, []).extend(span.person for span in spans)
            elif self.in_segment and (team_event := self._figure_skating_team_event()):
                # ("In the women's free skate, Kaori Sakamoto topped the standings ..., earning another 10 points for Japan": a
                # segment of the team event the report is about names its skaters)
                self.team_mentions.setdefault(team_event, []).extend(span.person for span in spans)
            if current_event and current_event[2] in TEAM_FORMATS and re.search(r"\b(?:leg|legs|anchor\w*|finish\s+line|exchange|hand-?over)\b", text):
                # "In the last leg, Anna Nechaevskaya could not match the pace": a relay narrative names team members
                self.leg_mentions.setdefault(current_event, []).extend(span.person for span in spans)
            current_category = self.record_rules(text, spans, current_category, current_event)
            self.sex_words(text, spans)
            subjects = [span for span in spans if not self._is_object(text, span)]
            # ("The 27-year-old clocked ..., lowering the previous Olympic record ... set by Jorien ter Mors": a sentence opening
            # with a description of the previous subject, or a pronoun, is still about them)
            opening = self.pronoun_span(text[:subjects[0].start]) if subjects and re.match(r"\s*(?:(?:He|She)\b|\S+,?\s+(?:the|The)\s|The\s)", text) else None
            opening = opening if opening and opening.start < 40 and not re.search(r"[,;]\s*(?:and|but|while)\b", text[:subjects[0].start]) else None
            self.last_subject = (opening or subjects[0]).person if subjects else (self.last_subject if self._PRONOUN.search(text) or self.pronoun_span(text) else None)
            if pending_year:
                self.article_year = pending_year
        self.main_games = self._main_games(title_games)
        for year, quote, rule, spelling in title_games:  # "title: Alpine skiing at the 2022 Winter Olympics – ..."
            if year not in self.games_seen:
                self.games_seen[year] = (title, rule, {spelling} if spelling else set())
        if self.main_games and self.main_games not in self.games_seen:
            self.see_games_by_city(self.main_games)
        self.games_from_data()
        self.team_medals_drafted()
        self.pending_medals_drafted()
        self.eventless_medals_drafted()
        self.data_medals_drafted()
        self.crew_mates_drafted()
        self.disqualified_dropped()
        self.ties_drafted()
        self.rivals_confirmed()
        self.data_contradicted_dropped()
        self.conflicting_medals_dropped()
        # (a hill names no Alpine event: "off the normal hill" of a report whose one sport named is the Alpine combined)
        if title_disciplines:
            for key, event in self.events.items():
                if _can_hold(key[2], title_disciplines[0][0]):
                    event["discipline"] = event["discipline"] or title_disciplines[0][0]
                if title_disciplines[0][0] not in self.disciplines_seen:
                    self.disciplines_seen[title_disciplines[0][0]] = ("", {title_disciplines[0][1]})
        elif self.one_sport():
            # "the men's halfpipe" in an article that names one discipline (snowboarding) is of that discipline
            only = self.one_sport()
            for key, event in self.events.items():
                if _can_hold(key[2], only):
                    event["discipline"] = event["discipline"] or only
        return self.assemble()

    @staticmethod
    def _past_games(named: list[tuple[str, list]]) -> set[int]:
        """Games that every sentence naming them tells as past: "the gold medallists from the 1992 Games", "since the 2006
        Games", "at those 2002 Salt Lake City Olympics" (only where the article's own Games are not otherwise known).

        ``named``: each sentence with the Games ``games_in`` finds in it (read once for the article's Games too).
        """
        past: set[int] = set()
        present: set[int] = set()
        for text, found in named:
            for year, quote, _, _ in found:
                at = text.find(quote)
                window = text[max(0, at - 40):at + len(quote) + 30]
                # ("Uytdehaage's Olympic record set at altitude in Salt Lake City in 2002": a record's Games)
                # ("the gold medallists from the 1992 Games", "doubling their total from the Nagano Games"; not "the biggest
                # stars to emerge from the 1994 Lillehammer Winter Olympics" of a look-back at them)
                told_past = re.search(r"\b(?:(?<!emerge\s)(?<!emerged\s)(?<!emerging\s)from|since|previous|last|earlier|"
                                      r"former|ago|those|four\s+years)\b|\brecord\s+(?:was\s+)?set\b", window, re.I)
                (past if told_past else present).add(year)
        return past - present

    def _headline(self, title_games: list) -> _Sentence | None:
        """A news report's headline that states a medal with a verb ("White wins halfpipe snowboarding gold", "Daehlie wins
        50-km cross country for 3rd Nagano gold"), read after the body, so that the surname it gives is a person the body
        names in full.

        Not a reference page's title, which names its Games ("Biathlon at the 2006 Winter Olympics – Men's pursuit",
        "Bobsleigh 2018/Women's two"), nor a biography's.
        """
        title = self.header.get("title", "")
        if not title or title_games or self.biography:
            return None
        if not re.search(r"\b(?:wins?|won|takes?|took|claims?|claimed|captures?|grabs?|gets?|sweeps?|swept)\b", title, re.I):
            return None
        return next((s for s in self.sentences if s.text.startswith("title:")), None)

    def _games_years_ago(self) -> list[tuple[int, str, str, str | None]]:
        """The Games of an undated news report that names earlier Games as so many years ago: "Holcomb won bronze in
        two-man at the Sochi Games four years ago" is told at the 2018 Games (only where that is one Winter Games)."""
        if self.date is not None:
            return []   # (a dated report's Games are its date's)
        implied: dict[int, str] = {}
        for sentence in self.sentences:
            for year, quote, _, _ in self.games_in(sentence.text):
                at = sentence.text.find(quote)
                ago = (re.match(r"[^.;]{0,20}?\b(four|eight|twelve|sixteen|4|8|12|16)\s+years\s+(?:ago|earlier)\b", sentence.text[at + len(quote):], re.I)
                       or re.search(r"\b(four|eight|twelve|sixteen|4|8|12|16)\s+years\s+ago\s+(?:in|at)\s+(?:the\s+)?$", sentence.text[:at], re.I))
                if ago:
                    now = year + (NUMBER_WORDS.get(ago.group(1).lower()) or int(ago.group(1)))
                    if now in self.games_names:
                        implied.setdefault(now, sentence.text)
        if len(implied) != 1:
            return []
        year, text = next(iter(implied.items()))
        self.games_seen.setdefault(year, (text, "games-years-ago", set()))
        return [(year, text, "games-years-ago", None)]

    def _dateline_games(self) -> list[tuple[int, str, str, str | None]]:
        """The Games of a news report's dateline: "PYEONGCHANG, South Korea (AP) —", "NAGANO, Japan (AP) --", "BEIJING --",
        "BEIJING: " open a report filed from a host city of one Winter Games (not one dated in another year)."""
        for sentence in self.sentences[:12]:
            line = sentence.text.lstrip()
            if _HEADER.match(line):
                continue
            line = re.sub(r"^By\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?=[A-Z]{2})", "", line)   # ("By Patrick Johnston SOCHI, Russia (Reuters) -")
            found = _DATELINE_CITY.match(line)
            if not found:
                continue
            city = next((name for name in self.games_years if name.lower() == found.group(1).lower()), None)
            years = self.games_years.get(city, []) if city else []
            # (not a city of old Games whose report names later ones: "OSLO: ... took bronze ... in Pyeongchang")
            if (len(set(years)) == 1 and (self.date is None or self.date.year == years[0])
                    and not any(self._city_named(later) for later in self.games_names if later > years[0])):
                self.games_seen.setdefault(years[0], (sentence.text, "games-dateline", {found.group(1)}))
                return [(years[0], sentence.text, "games-dateline", city)]
        return []

    def _main_games(self, title_games: list, seen: Iterable[int] | None = None) -> int | None:
        """The article's Games: the title's, else the article date's if named or dated in Games time, else the latest named."""
        seen = set(self.games_seen if seen is None else seen)
        if title_games:
            return title_games[0][0]
        during = self.date and self.date.year in self.games_names and self.date.month <= 3
        # (a look-back whose address is dated in other Games' time, that names one Games by a day of theirs, its words of the
        # Olympics all in the sentences of those Games: "Feb. 15 - The Golden Run" of 2014, "on the afternoon of Feb. 15, 1994
        # in Lillehammer, Norway when Roffe-Steinrotter stunned the Winter Olympics by winning the women's Super-G")
        look_back = bool(during and self.date_rule == "published-url-date" and len(seen) == 1 and self.date.year not in seen
                         and re.search(rf"\b(?:Jan|Feb|Mar)\w*\.?\s+\d{{1,2}},\s+{next(iter(seen))}\b", self.text)
                         and not self._olympic_named(seen))
        if self.date and (self.date.year in seen or during and (self._city_named(self.date.year) or self._olympic_named() and not look_back)):
            return self.date.year  # "date 2018-02-20 ... in PyeongChang", "... won Olympic gold": news written during the Games
        if during and not look_back:
            return None  # written during Games it does not name: the other Games named are not the article's
        # (not Games every naming of which tells them as past: "BOTH gold medallists from the 1992 Games in Albertville were
        # beaten yesterday" is a report of later Games it does not name)
        if seen - self.past_games:
            return max(seen - self.past_games)
        # an undated report (or one dated after them) that says "Winter Olympics" and names the host city of one Winter Games
        # only: "took bronze ... in the women's team sprint freestyle in Pyeongchang"
        undated = _DATELINE_CITY.sub("", self.text)
        named = [year for year in self.games_names if self._city_named(year, undated)]
        if (len(named) == 1 and named[0] not in self.past_games and (self.date is None or self.date.year >= named[0])
                and re.search(r"\bWinter\s+(?:Olympic|Games)", self.text)):
            return named[0]
        return None

    def _city_named(self, year: int, text: str | None = None) -> re.Match | None:
        spellings = sorted({name for name, years in self.games_years.items() if year in years} | {self.games_names[year]}, key=len, reverse=True)
        return re.search(rf"(?<!\w)(?:{'|'.join(re.escape(name) for name in spellings)})(?!\w)", self.text if text is None else text, re.I)

    def _olympic_named(self, seen: Iterable[int] = ()) -> re.Match | None:
        """ "won Olympic gold", "at the Olympics": the word that makes an article dated during Winter Games about them (not
        in a sentence naming other Games ``seen``: "... Feb. 15, 1994 in Lillehammer, Norway when A stunned the Winter
        Olympics" of a look-back dated 2014)."""
        # (and "the Olympic downhill", "of the Games yesterday": a news report dated during them)
        others = set(seen) - {self.date.year if self.date else None}
        for match in re.finditer(r"\bOlympic(?:s|\s+(?:gold|silver|bronze|champion|title|medal\w*|record))\b|\bOlympic\s+[a-z]|\bthe\s+(?:Winter\s+)?Games\b", self.text):
            sentence = self._sentence_at(match.start()) if others else None
            if not (sentence and {year for year, *_ in self.games_in(sentence.text)} & others):
                return match
        return None

    def _sentence_at(self, offset: int) -> _Sentence | None:
        """The sentence of the text that holds ``offset``, if any."""
        return next((s for s in self.sentences if s.start <= offset < s.start + len(s.text)), None)

    def see_games_by_city(self, year: int) -> None:
        """The Games of an article dated during them that names their city ("in PyeongChang") or says "Olympic gold": quote that sentence."""
        city = self._city_named(year)
        rule = "games-dated-city"
        if not city:
            city, rule = self._olympic_named(), "games-dated-olympic"
        sentence = self._sentence_at(city.start()) if city else None
        if sentence:
            self.games_seen[year] = (sentence.text, rule, {city.group(0)} if rule == "games-dated-city" else set())

    # -- Nation rules -----------------------------------------------------------------------------

    def nation_rules(self, text: str, spans: list[_Span]) -> None:
        nations = self.nations_in(text)
        for span in spans:
            person = span.person
            if person.nation and person.nation_rule == "athlete-nation-adjacent":
                continue
            for noc, start, end, spelling in nations:
                adjacent = (
                    # ("Soviet/Unified Team skier Raisa Smetanina": the first of two nations written together)
                    end <= span.start and re.fullmatch(r"['’]s?\s+|(?:/[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+(?:[a-z][a-z-]*\s+){0,3}", text[end:span.start])  # not "SOCHI, Russia -- Martin Fourcade" is not None
                    and (spelling not in self.noc_names.values() or re.match(r"['’]s?\s", text[end:]) is not None)
                ) or (
                    # "Germany-2 driven by Johannes Lochner": a bobsleigh named by its nation and number, and its pilot
                    end <= span.start and re.fullmatch(r"-\d\s*,?\s*(?:driven|piloted|steered)\s+by\s+", text[end:span.start]) is not None
                ) or (
                    # "the Swiss crew, driven by Michael Vogt": a crew named by its nation, and its pilot
                    end <= span.start and re.fullmatch(r"\s+(?:crew|team|sled|bob|four|duo|pair)\s*,?\s*(?:driven|piloted|steered|skippered|led)\s+by\s+", text[end:span.start]) is not None
                ) or (
                    # "Norway sent out Bjørn Dæhlie on the third leg", "Italy fielded A": the nation's own athlete
                    end <= span.start and re.fullmatch(r"\s+(?:then\s+)?(?:sent\s+out|sends\s+out|fielded|fields)\s+", text[end:span.start]) is not None
                ) or (
                    start >= span.end and re.fullmatch(
                        r"(?:\s*\((?:gold|silver|bronze)\))?(?:['’]s?)?\s*(?:,\s*(?:also\s+)?(?:representing\s+)?|\s+)?(?:of|from|for|\()\s*(?:the\s+)?|\s+\(|\s{1,3}|,\s+(?:also\s+)?of\s+|,?\s+representing\s+(?:the\s+)?",
                        text[span.end:start],
                    ) is not None
                ) or (
                    # "Semen Elistratov claimed the bronze for the Russian Olympic Committee (ROC)", "won bronze for Russia"
                    start >= span.end and re.fullmatch(r"\s+(?:won|took|claimed|captured|earned|grabbed|picked\s+up)\s+(?:the\s+|a\s+)?(?:gold|silver|bronze)"
                                                       r"(?:\s+medal)?\s+for\s+(?:the\s+)?", text[span.end:start]) is not None
                )
                if adjacent:
                    self.set_nation(person, noc, "athlete-nation-adjacent", text)
                    self.see_nation(noc, text, spelling)
                    break
        # "Anna Alpha (born 4 May 1970) is a retired Norwegian cross-country skier": the subject's nation (also after honours'
        # letters, "Anna Alpha OC CQ (born ...)")
        if spans:
            described = re.match(r"\.?(?:\s+[A-Z]{2,4}\b)*\s*(?:\([^)]*\)\s*)?,?\s*(?:is|was)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?![\w-])",
                                 text[spans[0].end:])
            noc = described and next((self.spelling_noc[w] for w in (described.group(1), described.group(1).split()[0]) if w in self.spelling_noc), None)
            lead = re.match(r"\.?(?:\s+[A-Z]{2,4}\b)*\s*(?:\([^)]*\)\s*)?,?\s*(?:is|was)\s+(?:an?|the)\s", text[spans[0].end:])   # (".": "Shea Jr. (born")
            if noc and spans[0].start < 3:
                self.set_nation(spans[0].person, noc, "athlete-nation-adjacent", text)
                self.see_nation(noc, text, described.group(1) if described.group(1) in self.spelling_noc else described.group(1).split()[0])
            elif (self.biography and lead and spans[0].start < 3
                    # (names of places in the brackets of the lead, "(born 1944 in Anna Paulowna, Noord-Holland)", are no others)
                    and all(span.start < spans[0].end + lead.end() for span in spans[1:])):
                # "Kim Ki-hoon (born 1967) is a retired short track speed skater and the first gold medalist ... for Korea"
                # ("is a former speed skater from the Netherlands": the nation right after the athlete noun)
                nation = next((n for n in nations if re.search(r"\b(?:for|representing)\s+(?:the\s+)?$|\b(?:skater|skier|jumper|biathlete|luger|"
                                                              r"bobsledder|racer|snowboarder|curler|athlete|slider)\s+from\s+(?:the\s+)?$", text[:n[1]])), None)
                if nation:
                    self.set_nation(spans[0].person, nation[0], "athlete-nation-adjacent", text)
                    self.see_nation(nation[0], text, nation[3])
        # "A and B, both of Russia, won": each name of the list before "both|all (three) of <Nation>"
        for index, span in enumerate(spans):
            both = re.match(r"\s*,?\s*(?:both|all(?:\s+(?:two|three|four|five|six))?)\s+(?:of|from|representing)\s+(?:the\s+)?", text[span.end:])
            nation = both and next((n for n in nations if n[1] == span.end + both.end()), None)
            if nation and len(self._name_list(text, spans, index)) >= 2:
                for member in self._name_list(text, spans, index):
                    self.set_nation(member.person, nation[0], "athlete-nation-adjacent", text)
                self.see_nation(nation[0], text, nation[3])
        # "Gold: Aliona Savchenko and Bruno Massot, Germany — After ...": a results line's names, then their nation before a dash
        for index, span in enumerate(spans):
            listed = self._name_list(text, spans, index)
            if span is not listed[-1]:
                continue
            nation = next((n for n in nations if re.fullmatch(r",\s+(?:the\s+)?", text[span.end:n[1]])
                           and re.match(r"\s*(?:[—–:;]|-{1,2}\s|$)", text[n[2]:])), None)
            if nation:
                for member in listed:
                    self.set_nation(member.person, nation[0], "athlete-nation-adjacent", text)
                self.see_nation(nation[0], text, nation[3])
        # "French sisters A (gold) and B (silver)", "the Austrian pair A and B": a nation's word before a group's word is
        # each listed name's nation (the adjacency above gives it to the first name only)
        for noc, _, end, spelling in nations:
            group = re.match(r"(?:['’]s?)?\s+(?:[a-z][a-z-]*\s+){0,2}?(?:sisters|brothers|siblings|twins|duo|pair|trio|teammates|compatriots)\s+",
                             text[end:])
            first = group and next((i for i, span in enumerate(spans) if span.start == end + group.end()), None)
            if first is not None:
                listed = re.compile(r"(?:\s*\((?:gold|silver|bronze)\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
                last = first
                while last + 1 < len(spans) and listed.fullmatch(text[spans[last].end:spans[last + 1].start]):
                    last += 1
                if last > first:
                    for member in spans[first:last + 1]:
                        self.set_nation(member.person, noc, "athlete-nation-adjacent", text)
                    self.see_nation(noc, text, spelling)
        # "X's teammates, A ... and B": A and B share X's nation; "in a Norwegian sweep": all of them.
        sweep = re.search(r"\b(?:a|an|the)\s+(\w+)\s+(?:sweep|one-two|1-2|podium sweep)\b", text)
        # "Norway took all three medals, with A ...", "Norway swept the podium": every name of the sentence is Norway's
        swept = re.search(r"(?:^|[,;]\s*)\s*(?:[Tt]he\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:took|won|claimed|captured|swept)\s+(?:all\s+three\s+medals|the\s+podium|the\s+three\s+medals|all\s+the\s+medals)\b", text)
        noc = (self.spelling_noc.get(sweep.group(1)) if sweep else None) or (self.spelling_noc.get(swept.group(1)) if swept else None)
        if noc and not (swept and self._HEDGE.search(text[:swept.end()])):
            for span in spans:
                self.set_nation(span.person, noc, "athlete-nation-teammate", text)
        for index, span in enumerate(spans):
            if re.match(r"['’]s\s+team-?mates?\b", text[span.end:]) and span.person.nation:
                for other in spans[index + 1:]:
                    self.set_nation(other.person, span.person.nation, "athlete-nation-teammate", text)
            # "his teammate A", "with compatriots A and B", "A won, and teammate B tied": the nation of the name before
            if re.search(r"\b(?:(?:his|her|their)\s+(?:team-?mates?|compatriots?|countrym[ae]n|countrywom[ae]n)|with\s+(?:team-?mates?|compatriots?))\s*,?\s*$"
                         r"|(?:\band|,)\s+(?:team-?mate|compatriot|countrym[ae]n|countrywom[ae]n)\s+$", text[:span.start], re.I):
                previous = [s for s in spans[:index] if s.person.nation] or [s for s in self._recent if s.person.nation]
                if previous:
                    # "with teammates B and C": each name of the list after the word
                    for member in self._name_list(text, spans, index)[self._name_list(text, spans, index).index(span):]:
                        self.set_nation(member.person, previous[-1].person.nation, "athlete-nation-teammate", text)
        self._recent = spans or getattr(self, "_recent", [])

    _recent: list[_Span] = []

    def nation_from_data(self, person: _Person, key: tuple | None) -> None:
        """A nation the text does not state, from the name list (same Games first); not exact matches are warned."""
        if person.nation:
            return
        event = self.events.get(key) if key else None
        games = (event["games"] if event else None) or self.main_games
        discipline = event["discipline"] if event else None
        found = self.data_match(person, games, discipline)
        if not found or not found.noc:
            return
        self.set_nation(person, found.noc, "athlete-nation-data-fuzzy" if found.how in ("fuzzy", "prefix", "phonetic") else "athlete-nation-data", person.first_quote)
        person.nation_note = f"nation from {found.describe()}"
        if found.how != "exact":
            self.warnings.append(f"nation of {person.name} is {found.noc}, from {found.describe()}: check it")

    @staticmethod
    def set_nation(person: _Person, noc: str, rule: str, quote: str) -> None:
        rank = {"athlete-nation-adjacent": 4, "athlete-nation-teammate": 3, "athlete-nation-data": 2, "athlete-nation-data-fuzzy": 1, "": 0}
        if rank[rule] > rank[person.nation_rule]:
            person.nation, person.nation_rule, person.nation_quote = noc, rule, quote

    # -- Medals ------------------------------------------------------------------------------------------

    def _draft_medal(self, person: _Person, event: tuple, medal: str, rule: str, quote: str, day: str | None) -> None:
        """Keep the medal drafted by the surest rule.

        In a biography the medal is of the Games its passage names: the event takes them, or, when the event
        already has other Games (the same event at two Games), a key of its own for these Games.
        """
        event = self.passage_event(event)
        key = (person.athlete, event, medal)
        self.read_in.setdefault(quote, []).append((person.athlete, event, medal, rule))
        confidence = RULES[rule][0]
        existing = self.medals.get(key)
        if existing is None or existing.confidence < confidence:
            fields: dict[str, Any] = {"medal": medal, "athlete": person.athlete, "nation": None, "event": event}
            if day:
                fields["day"] = day
            self.medals[key] = DraftFact("", "medal", fields, quote, rule, confidence, note=person.name)

    def passage_event(self, event: tuple) -> tuple:
        """The event at the Games of the biography's passage: the event itself, which takes those Games if it has none,
        or, when it already has other Games (the same event at two Games), a key of its own for these Games. Outside a
        biography, the event."""
        if not (self.biography and self.article_year and event in self.events):
            return event
        seen = self.events[event]
        if seen["games"] is None:
            seen["games"] = self.article_year
        elif seen["games"] != self.article_year:
            other = (*event, self.article_year)
            self.events.setdefault(other, {**seen, "games": self.article_year, "spellings": set(seen["spellings"])})
            return other
        return event

    def _day_in(self, text: str) -> str | None:
        match = re.search(r"\bon (" + "|".join(WEEKDAYS) + r")\b", text)
        return match.group(1) if match else None

    # -- Record rules ------------------------------------------------------------------------------------

    def _category_from(self, phrase: str, holder_kind: str, nation: str | None = None) -> str | None:
        lowered = phrase.lower()
        measure = "golds" if re.search(r"\bgold(?:s| medals?)?\b|\btitles\b", lowered) else "medals" if "medal" in lowered else None
        if re.search(r"\bindividual (?:wins|golds|titles|gold medals)\b", lowered):
            measure = "individual-golds"
        if measure is None:
            return None
        holder = slug(self.noc_names.get(nation, nation)) if nation else "athlete"
        if re.search(r"\bsingle (?:winter )?(?:olympics|games|olympic games)\b|\bat (?:one|a single) (?:winter )?games\b", lowered):
            return f"most-{measure}-{holder}-single-winter-games"
        if re.search(r"\bcareer\b", lowered) and "winter" in lowered:
            return f"most-career-winter-{measure}-{holder}"
        if re.search(r"\bin olympic history\b|\bcareer\b", lowered):
            return f"most-career-olympic-{measure}-{holder}"
        return None

    def add_category(self, category: str, quote: str) -> None:
        if category in self.categories:
            return
        parts = category.split("-")
        if category.startswith("olympic-record-") or category.startswith("world-record-"):
            kind = "Olympic" if category.startswith("olympic") else "World"
            fields = {"category": category, "name": f"{kind} record", "measure": "best mark in the event",
                      "scope": "single_games", "individual_only": False, "holder": "athlete"}
        else:
            single = category.endswith("single-winter-games")
            individual = "individual" in parts
            measure = "gold medals" if "golds" in parts else "medals"
            holder_kind = "athlete" if "athlete" in parts else "nation"
            nation = None
            if holder_kind == "nation":
                name = category[len("most-golds-"):-len("-single-winter-games")] if single else ""
                nation = next((noc for noc, n in self.noc_names.items() if slug(n) == name), None)
            if single:
                name = f"Most {'individual-event ' if individual else ''}{measure} by {'one athlete' if holder_kind == 'athlete' else self.noc_names.get(nation, 'a nation')} at a single Winter Olympics"
            else:
                season = "Winter Olympic" if "winter" in parts else "Olympic"
                name = f"Most career {season} {measure} by one athlete"
            fields = {"category": category, "name": name, "measure": f"Olympic {measure}" + (" in individual events" if individual else ""),
                      "scope": "single_games" if single else "career"}
            if single or "winter" in parts:
                fields["season"] = "winter"
            fields.update({"individual_only": individual, "holder": holder_kind})
            if nation:
                fields["nation"] = nation
        self.categories[category] = DraftFact("", "record_category", fields, quote, "record-category", RULES["record-category"][0])

    def add_record(self, category: str, holder: str | None, quote: str, rule: str, *, value: int | None = None,
                   games: int | None = None, still_stands: bool | None = None, set_by: tuple | None = None,
                   previous: bool = False, note: str = "") -> DraftFact:
        fields: dict[str, Any] = {"record": None, "category": category}
        if holder:
            fields["holder"] = holder
        if value is not None:
            fields["value"] = value
        if games:
            fields["games"] = games
        if set_by:
            fields["set_by"] = set_by
        if still_stands is not None:
            fields["still_stands"] = still_stands
        for existing in self.records:
            if (existing.fields["category"] == category and existing.fields.get("holder") == holder and holder
                    and not previous and existing.note != "previous" and existing.note == note):
                for k, v in fields.items():
                    existing.fields.setdefault(k, v)
                return existing
        fact = DraftFact("", "record", fields, quote, rule, RULES[rule][0], note="previous" if previous else note)
        self.records.append(fact)
        return fact

    # "the sixth gold Olympic medal, more than any other luger had ever won", "her fourth Olympic title, more than any other
    # skier": a career record of one kind of athlete
    _NTH_MORE_THAN_ANY = re.compile(
        r"\b(?:the|his|her)\s+(?P<nth>\w+)\s+(?P<what>(?:Olympic\s+)?(?:gold|title|medal)(?:\s+Olympic)?(?:\s+medal)?)\s*,\s*more\s+than\s+any\s+other\s+"
        r"(?P<who>(?:[a-z-]+\s+){0,2}?(?:skater|skier|biathlete|luger|slider|jumper|snowboarder|curler|bobsledder|athlete|Olympian|woman|man))\b")

    def _kind_category(self, who: str, measure: str, winter: bool, quote: str, rule: str) -> str:
        """The career record category of one kind of athlete ("luger": ``most-career-olympic-golds-luger``), drafted once."""
        who = who.lower()
        kind = "athlete" if who in ("athlete", "olympian") else slug(who)
        cat = f"most-career-{'winter' if winter else 'olympic'}-{measure}-{kind}"
        if cat not in self.categories:
            counted = "gold medals" if measure == "golds" else "medals"
            name = f"Most career {'Winter ' if winter else ''}Olympic {counted} by one {'athlete' if kind == 'athlete' else who}"
            fields = {"category": cat, "name": name, "measure": f"{'Winter ' if winter else ''}Olympic {counted}", "scope": "career"}
            if winter:
                fields["season"] = "winter"
            fields.update({"individual_only": False, "holder": "athlete"})
            self.categories[cat] = DraftFact("", "record_category", fields, quote, rule, RULES[rule][0])
        return cat

    # "his seventh gold medal, a Winter Olympic record", "her 10th Olympic medal, an Olympic record": the athlete's career count
    _NTH_RECORD = re.compile(r"\b(?:his|her)\s+(?P<nth>\w+)\s+(?:Olympic\s+|career\s+)?(?P<what>gold\s+medal|gold|title|medal)\s*,\s*"
                             r"(?:a|an|then\s+a|then\s+an|(?P<equal>equall?ing|matching|tying)\s+the)\s+(?:new\s+)?(?P<winter>Winter\s+)?Olympic\s+record\b(?!\s+(?:time|score|mark|run|jump|total|of\b))"
                             # "her 10th Olympic medal, equaling the Winter Olympic record for women held by ... Raisa Smetanina"
                             r"(?:\s+for\s+(?P<sex>women|men)\b)?(?P<held>\s+held\s+by\s+)?")

    # "the most successful athlete in the women's competition|at these Games|of the Games": these Games' best, no career record
    # ("at the Olympic Winter Games", "at the Olympics" are left alone: they often mean the Games of all years)
    _GAMES_BEST = re.compile(r"\s+(?:in|at|of|during)\s+(?:(?:the|these|this|those)\s+(?:[\w’'-]+\s+){0,2}?(?:competitions?|events?|tournament|programme|program|races?)"
                             r"|(?:these|this|those)\s+(?:[\w’'-]+\s+){0,2}?(?:Games|Olympics)|the\s+(?:(?:19|20)\d\d\s+(?:Winter\s+)?)?Games"
                             r"|the\s+(?:19|20)\d\d\s+(?:Winter\s+)?Olympics)\b(?!\s+history)")
    # "was the most decorated Olympian in history|of all time|ever|to date": a career record stated in the past tense
    _ALL_TIME = re.compile(r"[^.;]{0,40}?\b(?:in\s+(?:(?:Winter\s+)?Olympic\s+|the\s+sport['’]s\s+)?history|of\s+all\s+time|ever|to\s+date|all[- ]time)\b")

    def record_rules(self, text: str, spans: list[_Span], category: str | None, current_event: tuple | None) -> str | None:
        games_here = self.games_in(text)
        self.event_record_rules(text, spans, current_event)
        # "the record for most golds by one athlete in a single Winter Olympics"
        for match in re.finditer(r"\brecord (?:for|of) (?:(\w+) for )?most ([^.,;]+?)(?=[.,;]|$)", text):
            cat = self._category_from(match.group(2), "athlete")
            if not cat:
                continue
            self.add_category(cat, text[match.start():match.end()])
            category = cat
            value = NUMBER_WORDS.get(match.group(1) or "", None)
            before = text[:match.start()]
            if re.search(r"\bprevious\s+$", before) and value is not None:
                self.add_record(cat, None, text[max(0, match.start() - 13):match.end()].lstrip(), "record-previous-value", value=value, previous=True)
                if re.search(r"\b(?:he|she)\s+has\s+broken\b", before, re.I):
                    main = self.main_athlete()
                    if main:
                        self.add_record(cat, main.athlete, text, "record-broken-pronoun", games="main")
            elif re.search(r"\b(?:setting|set|sets|broke|breaking|breaks)\s+(?:the|a)\s+$", before):
                subject = [s for s in spans if s.end <= match.start()]
                if subject:
                    self.add_record(cat, subject[0].person.athlete, text, "record-category", games="main")
        # "the nearly 50-year record set by NAME, who won five golds at the 1980 Lake Placid Olympics"
        for match in re.finditer(r"\brecord set by\s+", text):
            after = [s for s in spans if s.start >= match.end()]
            if after and category:
                holder = after[0]
                games = [g for g in games_here if text.find(g[1]) > holder.start]
                won = re.search(r"who won (\w+) golds?", text[holder.end:])
                value = NUMBER_WORDS.get(won.group(1)) if won else None
                self.add_record(category, holder.person.athlete, text[:text.find(games[0][1]) + len(games[0][1])] if games else text,
                                "record-set-by", value=value, games=games[0][0] if games else None, previous=True)
                breaker = [s for s in spans if s.end <= match.start() and re.match(r"['’]s\s+(?:victory|win)", text[s.end:])]
                if breaker:
                    self.add_record(category, breaker[0].person.athlete, text, "record-broken", games="main",
                                    set_by=(breaker[0].person.athlete, current_event) if current_event else None)
        # "Heiden's record for individual wins still stands"
        for match in re.finditer(r"['’]s record for ([\w ]+?) still stands", text):
            holder = [s for s in spans if s.end <= match.start()]
            if holder and category:
                cat = self._category_from(match.group(1) + " " + category.replace("-", " "), "athlete")
                if cat:
                    self.add_category(cat, text[text.rfind(holder[-1].person.short and sorted(holder[-1].person.short)[0] or holder[-1].person.name, 0, match.start()):match.end()])
                    previous = next((r for r in self.records if r.fields["category"] == category and r.fields.get("holder") == holder[-1].person.athlete), None)
                    self.add_record(cat, holder[-1].person.athlete, text, "record-still-stands", still_stands=True,
                                    games=previous.fields.get("games") if previous else None, previous=True)
        # "the second-most decorated gold medalist in Olympic history after American Michael Phelps, who has 23"
        for match in re.finditer(r"most decorated (?:gold medal(?:l)?ist|Olympian|athlete) in Olympic history after", text):
            after = [s for s in spans if s.start >= match.end()]
            has = re.search(r"who has (\d+|\w+)", text[match.end():])
            if after:
                cat = "most-career-olympic-golds-athlete" if "gold" in match.group(0) else "most-career-olympic-medals-athlete"
                self.add_category(cat, text)
                value = int(has.group(1)) if has and has.group(1).isdigit() else NUMBER_WORDS.get(has.group(1)) if has else None
                self.add_record(cat, after[0].person.athlete, text, "record-most-decorated", value=value, previous=True)
        # "Wüst also became the most decorated Olympic skater", "making her the most successful female
        # cross-country skier", "she became the most decorated athlete in Winter Olympics history":
        # a career medal record of one kind of athlete.
        for match in re.finditer(r"\b(?P<verb>became|becomes|become|is|was|remains|remained|making\s+(?:her|him))\s+(?:now\s+)?the\s+most\s+(?:decorated|successful)\s+"
                                 r"(?P<winter>Winter\s+)?(?:Olympic\s+)?(?P<who>(?:[a-z-]+\s+){0,2}?(?:skater|skier|biathlete|luger|slider|jumper|snowboarder|curler|athlete|Olympian|woman|man))\b"
                                 r"(?:\s+in\s+(?:the\s+)?(?P<winter2>Winter\s+)?Olympics?\s+history)?", text):
            if self._GAMES_BEST.match(text, match.end()) or (match.group("verb") == "was" and not (
                    match.group("winter2") is not None or self._ALL_TIME.match(text, match.end()))):
                continue  # "was the most successful male skier with two medals", "... in the women's competition": these Games' best
            subject = [s for s in spans if s.end <= match.start() and not self._is_object(text, s)]
            pronoun = None if subject else self.pronoun_span(text[:match.end()])
            holder = subject[-1].person if subject else (pronoun.person if pronoun else None)
            if holder is None:
                continue
            winter = bool(match.group("winter") or match.group("winter2"))
            cat = self._kind_category(match.group("who"), "medals", winter, text, "record-most-decorated-sport")
            self.add_record(cat, holder.athlete, text, "record-most-decorated-sport", games="main")
        # "Athletes from Norway won the most medals overall, with 39, surpassing the previous record of 37 medals
        # set by the United States at the 2010 Winter Olympics"; "Germany and Norway tied for the most gold
        # medals with 14 each, equaling the record set by Canada in 2010": a record of all nations at one Games.
        for match in re.finditer(r"\b(?:won|tied\s+for|took|claimed|collected)\s+the\s+most\s+(?P<measure>gold\s+medals|golds|medals)\b", text):
            rest = text[match.end():]
            beaten = re.search(r"\b(?P<how>surpassing|breaking|beating|bettering|equall?ing|tying|matching)\s+the\s+(?:previous\s+)?record\b(?P<of>[^.;]*?)\bset\s+by\s+", rest)
            holders = [noc for noc, _, _, _ in self.nations_in(text[:match.start()])]
            previous = self.nations_in(rest[beaten.end():]) if beaten else []
            if not beaten or not holders or not previous or self._HEDGE.search(text[:match.start()]):
                continue
            at_games = self.games_in(rest[beaten.end():])
            in_year = re.match(r"[^.;]*?\bin\s+((?:19|20)\d\d)\b", rest[beaten.end():])
            if not (at_games or in_year or re.search(r"\bsingle\b", text)):
                continue  # not said to be a record of one Games
            measure = "golds" if "gold" in match.group("measure") else "medals"
            cat = f"most-{measure}-nation-single-winter-games"
            self.add_category(cat, text)
            value = re.match(r"\s+(?:overall\s*)?,?\s*with\s+(\d+)", rest)
            old_value = re.search(r"\bof\s+(\d+)", beaten.group("of"))
            old_games = at_games[0][0] if at_games else int(in_year.group(1)) if in_year else None
            self.add_record(cat, previous[0][0], text, "record-nation-most", previous=True, games=old_games,
                            value=int(old_value.group(1)) if old_value else None)
            equal = beaten.group("how").startswith(("equal", "tying", "matching"))
            for noc in dict.fromkeys(holders):
                self.add_record(cat, noc, text, "record-nation-most", games="main", note="equal" if equal else "new",
                                value=int(value.group(1)) if value else None)
        # "Team Norway broke its own gold medal record at a single Winter Olympics on Friday when NAME won ..."
        for match in re.finditer(r"(?:Team\s+)?(\w+)\s+broke\s+its\s+own\s+([\w ]*record[\w ]*?(?:single Winter Olympics|single Games|single Olympics))", text):
            noc = self.spelling_noc.get(match.group(1))
            if not noc:
                continue
            cat = self._category_from(match.group(2), "nation", noc)
            if not cat:
                continue
            self.add_category(cat, match.group(0))
            self.add_record(cat, noc, match.group(0), "record-nation-own", previous=True)
            setter = [s for s in spans if s.start > match.end()]
            won_event = [e for e in (self.events_in(text)) if e[1] > match.end()]
            event_key = self.event_key(won_event[0][0]) if won_event else current_event
            self.add_record(cat, noc, text, "record-nation-own", games="main",
                            set_by=(setter[0].person.athlete, event_key) if setter and event_key else None, note="new")
        # "For Bjørn Dæhlie this was his seventh gold medal, a Winter Olympic record at the time": a career record of the athlete
        for match in self._NTH_RECORD.finditer(text):
            nth = _ORDINALS.get(match.group("nth").lower()) or (int(match.group("nth")[:-2]) if match.group("nth")[:-2].isdigit() else None)
            holders = [s for s in spans if s.end <= match.start() and not self._is_object(text, s)]
            holder = holders[-1].person if holders else None
            if nth is None or holder is None or self._HEDGE.search(text[:match.start()]):
                continue
            measure = "golds" if re.match(r"gold|title", match.group("what"), re.I) else "medals"
            kind = {"women": "female-athlete", "men": "male-athlete"}.get(match.group("sex") or "", "athlete")
            cat = f"most-career-{'winter' if match.group('winter') else 'olympic'}-{measure}-{kind}"
            if kind == "athlete":
                self.add_category(cat, text)
            else:
                self._kind_category(kind.replace("-", " "), measure, bool(match.group("winter")), text, "record-nth-athlete")
            equal = bool(match.group("equal"))
            self.add_record(cat, holder.athlete, text, "record-nth-athlete", value=nth, games="main", note="equal" if equal else "")
            # ("held by Soviet/Unified Team skier Raisa Smetanina": who held it before, with the same count)
            before = match.group("held") and next((s for s in spans if match.end() <= s.start <= match.end() + 50), None)
            if before:
                self.add_record(cat, before.person.athlete, text, "record-nth-athlete", value=nth if equal else None, previous=True)
        # "for Geisenberger this was the sixth gold Olympic medal, more than any other luger had ever won": the career record
        # of one kind of athlete, the count its value
        for match in self._NTH_MORE_THAN_ANY.finditer(text):
            nth = _ORDINALS.get(match.group("nth").lower()) or (int(match.group("nth")[:-2]) if match.group("nth")[:-2].isdigit() else None)
            named = [s for s in spans if s.end <= match.start()]
            pronoun = None if named else self.pronoun_span(text[:match.start()])
            holder = named[-1].person if named else (pronoun.person if pronoun else None)
            if nth is None or holder is None or self._HEDGE.search(text[:match.start()]):
                continue
            measure = "golds" if re.search(r"gold|title", match.group("what"), re.I) else "medals"
            cat = self._kind_category(match.group("who"), measure, False, text, "record-nth-more-than-any")
            self.add_record(cat, holder.athlete, text, "record-nth-more-than-any", value=nth, games="main")
        for match in re.finditer(r"\bgave\s+(\w+)\s+a\s+record\s+(\d+)(?:st|nd|rd|th)\s+gold medal", text):
            noc = self.spelling_noc.get(match.group(1))
            if noc:
                cat = f"most-golds-{slug(self.noc_names[noc])}-single-winter-games"
                self.add_category(cat, match.group(0))
                main = self.main_athlete()
                self.add_record(cat, noc, match.group(0), "record-nation-nth", value=int(match.group(2)), games="main",
                                set_by=(main.athlete, current_event) if main and current_event else None, note="nth")
        return category

    # -- Olympic and world records of an event ---------------------------------------------------------

    _RECORD_KIND = r"(?P<kind>Olympic|world)(?:\s+and\s+[\w-]+)?"
    _RECORD_VERB = (r"(?:set|sets|setting|broke|breaks|breaking|established|establishing|skated|skating|(?:raced|skated|skied|sped)\s+to|"
                    r"clocked|posted|improved|improving|bettered|bettering|beat|beating|edged|edging|lowered|lowering|eclipsed|eclipsing|"
                    r"smashed|smashing|shattered|shattering|"
                    # "Kok skated faster than the Olympic record", "went under the world record": a new record
                    r"(?:skated|skating|raced|racing|skied|skiing|was|went|going)\s+(?:faster\s+than|quicker\s+than|under|below))")
    # "set an Olympic record", "edging the existing Olympic record", "set Olympic records", "in Olympic record time",
    # "with a new Olympic record of 12:39.77"; not "the Olympic record holder"
    _RECORD_SET = re.compile(
        rf"\b{_RECORD_VERB}\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:new\s+|existing\s+|previous\s+|old\s+|standing\s+)?{_RECORD_KIND}\s+(?P<noun>records?)\b(?![- ]hold)(?!\s+(?:pace|split|schedule|time\s+at))"
        rf"|\b(?:in|with)\s+(?:a\s+|an\s+)?(?:new\s+)?{_RECORD_KIND.replace('kind', 'kind2')}\s+(?P<noun2>record)\b(?![- ]hold)", re.I)
    # "Olympic speed skating records were set on the men's 5,000 metres by A, the men's team pursuit by B, C and D"
    _RECORD_PASSIVE = re.compile(rf"\b{_RECORD_KIND}\s+(?:[\w-]+\s+){{0,2}}?records?\s+(?:was|were|has\s+been|have\s+been)\s+"
                                 r"(?:set|broken|established|bettered|improved|lowered)\b", re.I)
    # "won the gold medal setting three world best scores" (the figure skating term: short program, free skating and
    # total, so the event's world record); "a world best total score"; not "a world best score" alone (a segment's)
    _WORLD_BEST = re.compile(rf"\b{_RECORD_VERB}\s+(?:(?P<count>three|all\s+three)\s+(?:new\s+)?world\s+best\s+(?:scores|marks)"
                             r"|(?:a\s+|the\s+|her\s+|his\s+|their\s+)?(?:new\s+)?world\s+best\s+(?:total|combined|overall)\s+score)\b", re.I)
    # a record of something else than the event's result: "a world record score in the short program"
    _RECORD_NOT_EVENT = re.compile(r"\s*(?:score|points|total|for\s+(?:a|the)\s+(?:short|free)|"
                                   # "setting a new Olympic record for the fastest goal from the start of a period"
                                   r"for\s+(?:the\s+)?(?:fastest|quickest|most|longest|highest|youngest|oldest|earliest|latest|biggest|largest)\b|in\s+the\s+(?:short\s+program|free\s+(?:skate|skating|program|dance)|"
                                   r"rhythm\s+dance|(?:first|second|third|opening)\s+(?:run|round|jump|leg)))", re.I)
    # ... unless the event's total is named too ("world record scores in both the rhythm dance and overall total")
    _RECORD_TOTAL = re.compile(r"\b(?:(?:overall|combined|final)\s+(?:total|score)|total\s+score)\b", re.I)
    # words that make a record a wish, a near miss or a mistake ("under the impression that he had won ... in a
    # new Olympic record", "nearly broke the world record", "failed to beat the Olympic record")
    _RECORD_HEDGE = re.compile(r"\b(?:impression|thought|believed|almost|nearly|narrowly|outside|short\s+of|shy\s+of|disqualified|would|could|might|"
                               r"not|never|miss\w*|fail\w*|chas\w*|bid|attempt\w*|try|tried|hop\w*|expected|aim\w*)\b", re.I)
    # a record of another competition ("set the world record at the World Cup in Calgary") or Games ("in 2014")
    _RECORD_ELSEWHERE = re.compile(r"\bWorld\s+(?:Championships?|Cup)|\bEuropean|\bnational\b|\bjunior|\bYouth\b|\bParalympic|\btest\s+event|\bpersonal\b"
                                   r"|\b(?:a|one|two|four|eight|\w+)\s+years?\s+(?:earlier|ago|before|previously)|\bprevious\s+(?:Winter\s+)?(?:Games|Olympics|edition)"
                                   r"|\bhad\s+(?:previously\s+|already\s+)?(?:set|broken|held|established)\b", re.I)

    def event_record_rules(self, text: str, spans: list[_Span], current_event: tuple | None) -> None:
        """Olympic and world records of an event: who set them, and who held them before.

        * set, in the active voice: "NAME set|broke a new Olympic record", "edging the existing Olympic record",
          "won in Olympic record time", "first A and then B set Olympic records" (each of them); a team
          event's record goes to each member named ("A, B and C set an Olympic record in the team pursuit");
        * set, in the passive: "Olympic records were set on the men's 5,000 metres by A, the men's team
          pursuit by B, C and D" (each event with its holders);
        * held: "the Olympic record holder NAME", "world record holder, NAME", "NAME, the world record holder",
          "the former Olympic record of NAME" (the standing record before the race).

        A record in a hedge ("nearly", "under the impression", "failed to"), of another competition or Games
        ("at the World Cup", "in 2014") or of a part of the event ("a world record score in the short program")
        is not drafted.
        """
        for match in self._RECORD_SET.finditer(text):
            kind = (match.group("kind") or match.group("kind2")).lower()
            plural = (match.group("noun") or match.group("noun2") or "").lower() == "records"
            # "world record scores in both the rhythm dance and overall total": the total is the event's mark
            total = self._RECORD_TOTAL.search(re.split(r"[.;]", text[match.end():])[0])
            if (self._RECORD_NOT_EVENT.match(text, match.end()) and not total) or self._record_elsewhere(text, match):
                continue
            event = next((key for start, key in self.event_spans if match.end() <= start < match.end() + 40), None)
            if event is None and re.match(r"\s+(?:in|on|over|for)\s+the\s+[\w\s-]{1,30}?\b(?:event|race|distance)\b", text[match.end():]):
                continue   # "a new world record in the 100 yard event": an event the extractor does not know, not the page's
            holders = self._record_holders(text, spans, match.start(), several=plural or (event or current_event or ("",) * 3)[2] in CREW_FORMATS)
            event = event or next((key for start, key in self.event_spans if holders and holders[0].end <= start < match.start()), None) or current_event
            if not event:
                continue
            several = plural or event[2] in CREW_FORMATS
            event = self.passage_event(event)   # a biography's record of its passage's Games ("at the 1972 Winter Olympics")
            for person in (span.person for span in (holders if several else holders[-1:])):
                self.add_record(f"{kind}-record-@{event}", person.athlete, text, "record-set", set_by=(person.athlete, event))
        for match in self._WORLD_BEST.finditer(text):
            event = current_event
            holders = self._record_holders(text, spans, match.start(), several=False)
            if event and holders and not self._record_elsewhere(text, match):
                person = holders[-1].person
                self.add_record(f"world-record-@{event}", person.athlete, text, "record-set", set_by=(person.athlete, event))
        for match in self._RECORD_PASSIVE.finditer(text):
            if self._record_elsewhere(text, match):
                continue
            kind = match.group("kind").lower()
            items = [(start, key) for start, key in self.event_spans if start >= match.end()] or [(match.end(), current_event)]
            for number, (start, key) in enumerate(items):
                stop = items[number + 1][0] if number + 1 < len(items) else len(text)
                by = re.match(r"(?:[^,;]|,(?=\d))*?\bby\s+", text[start:stop])  # "5,000 metres by"
                first = next((i for i, span in enumerate(spans) if by and span.start == start + by.end()), None)
                if key is None or first is None:
                    continue
                listed = self._name_list(text, spans, first, loose=True)
                for member in listed[listed.index(spans[first]):]:
                    self.add_record(f"{kind}-record-@{key}", member.person.athlete, text, "record-set-passive", set_by=(member.person.athlete, key))
        if not current_event:
            return
        self.nation_record_rules(text, current_event)
        for span in spans:
            held = re.search(r"\b(Olympic|world)\s+record[- ]holders?\s*(?:,\s*|\s+(?:was|is)\s+|\s+)$", text[:span.start], re.I)
            after = re.match(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|\s*\([A-Z]{3}\))?"
                             # "X, the world record holder"; "X was the 2025 world champion and the world record holder"
                             r"(?:,|\s+(?:was|is)(?:\s+(?:[^.;,]|,(?=\d)){0,80}?\s+and)?)\s+(?:the\s+)?(?:current\s+|reigning\s+)?(Olympic|world)\s+record[- ]holder\b", text[span.end:], re.I)
            former = re.search(r"\b(?:(?:former|previous|old)\s+(Olympic|world)\s+record\s+of|(Olympic|world)\s+record\s+held\s+by)\s*$", text[:span.start], re.I)
            found = held or after or former
            if found:
                kind = next(group for group in found.groups() if group).lower()
                self.add_record(f"{kind}-record-@{current_event}", span.person.athlete, text, "record-holder", previous=True)

    # "Norway were the defending champion and the Olympic record holder", "Japan, the world record holder", "the
    # world record was held by Norway", "the Olympic record holders were the United States"
    _NATION_HELD = re.compile(r"(?:\s+team)?(?:\s+(?:were|was|are|is)\s+(?:also\s+)?(?:the\s+[\w\s-]{0,40}?\s+and\s+(?:also\s+)?)?|\s*,\s+)(?:the\s+)?"
                              r"(?:current\s+|reigning\s+)?(Olympic|world)\s+record[- ]holders?\b", re.I)
    _HELD_BY_NATION = re.compile(r"\b(Olympic|world)\s+record(?:\s+(?:was|is)\s+held\s+by|\s+held\s+by|[- ]holders?\s*(?:,|\s+(?:was|were|is|are)))\s+(?:the\s+)?$", re.I)
    # "the US team set a new world record ... two months before the start of the Olympics": the world record at the start
    _NATION_SET_BEFORE = re.compile(r"(?:['’]s)?(?:\s+team)?\s+(?:set|broke|established|lowered|improved)\s+(?:a\s+|the\s+)?(?:new\s+)?(world)\s+record\b", re.I)
    _BEFORE_GAMES = re.compile(r"\b(?:before|ahead\s+of)\s+the\s+(?:start\s+of\s+the\s+)?(?:Olympics|Games|Olympic\s+Games|Winter\s+Olympics)\b", re.I)

    def nation_record_rules(self, text: str, current_event: tuple) -> None:
        """A team event's Olympic or world record held by a nation before the Games (a previous record, holder the NOC).

        Read in a team event only: "Norway were the defending champion and the Olympic record holder", "the world record
        was held by Japan", "the US team set a new world record two months before the start of the Olympics"; not a
        former holder ("the former world record holder"), nor a hedge ("could break the world record").
        """
        if current_event[2] not in TEAM_FORMATS:
            return
        for noc, start, end, spelling in self.nations_in(text):
            lead = re.split(r"[;]|\bwhile\b|\bbut\b", text[:start])[-1]
            possessive = re.match(r"['’]s\s", text[end:]) is not None   # "held by Norway's Anders Alpha": the athlete's
            found = self._NATION_HELD.match(text, end) or (None if possessive else self._HELD_BY_NATION.search(text[:start]))
            if not found:
                found = self._NATION_SET_BEFORE.match(text, end)
                found = found if found and self._BEFORE_GAMES.search(text) else None
            if not found or self._RECORD_HEDGE.search(lead[-120:]) or re.search(r"\b(?:former|previous|old|then)\s*$", text[:found.start(1)]):
                continue
            self.see_nation(noc, text, spelling)
            self.add_record(f"{found.group(1).lower()}-record-@{current_event}", noc, text, "record-holder", previous=True)

    def _record_elsewhere(self, text: str, match: re.Match) -> bool:
        """A record of another competition or Games, or in a hedge (``event_record_rules``)."""
        window = text[max(0, match.start() - 80):match.end() + 50]
        years = {int(y) for y in re.findall(r"\b(?:in|at|during)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)?((?:19|20)\d\d)\b", text[match.end():match.end() + 50])}
        lead = re.split(r"[;]|\bwhile\b|\bbut\b", text[:match.start()])[-1]
        return bool(years - {self.article_year}) or bool(self._RECORD_ELSEWHERE.search(window)) or bool(self._RECORD_HEDGE.search(lead[-120:]))

    def _record_holders(self, text: str, spans: list[_Span], position: int, several: bool) -> list[_Span]:
        """The subject(s) of a record set at ``position``: the nearest name before it in its clause, or the names
        listed with it ("A, B and C", "first A and then B") when ``several``; a pronoun is the previous subject."""
        before = [span for span in spans if span.end <= position and not self._is_object(text, span)]
        if not before:
            pronoun = self.pronoun_span(text[:position])
            return [pronoun] if pronoun else []
        if re.search(r"[;]|\bwhile\b|\bbut\b|\bwhereas\b", text[before[-1].end:position]):
            return []
        holders = [before[-1]]
        while several and len(holders) < len(before):
            previous = before[-len(holders) - 1]
            if not re.fullmatch(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|\s*\([A-Z]{3}\))?"
                                r"\s*,?\s*(?:and\s+)?(?:then\s+|later\s+|afterwards\s+)?", text[previous.end:holders[0].start]):
                break
            holders.insert(0, previous)
        return holders

    def main_athlete(self) -> _Person | None:
        if not self.people:
            return None
        return max(self.people.values(), key=lambda p: (p.mentions, -list(self.people.values()).index(p)))

    # -- Assembling the facts --------------------------------------------------------------------------

    def games_slug(self, year: int) -> str:
        return f"{slug(self.games_names[year])}-{year}"

    @staticmethod
    def _nordic_combined_event(dist: str | None, unit: str | None, fmt: str | None) -> tuple[str | None, str | None, str | None]:
        """(distance, unit, format) of a Nordic combined event as its id names it.

        The hill names the event: "individual large hill/10 km" is `large-hill`, its team event (on either hill, one a
        Games) `team`; before the hills named them, "the 15 km individual" is `individual` and "the 3 x 10 km team" (or
        relay) `team`, as the annotators and the results data write them.

        >>> _Extractor._nordic_combined_event("15", "km", "individual"), _Extractor._nordic_combined_event(None, None, "large hill team")
        ((None, None, 'individual'), (None, None, 'team'))
        """
        if fmt in _HILL_FORMATS:
            return None, None, "team" if fmt.endswith("team") else fmt
        if fmt in (None, "individual", "relay", "team") and (dist or fmt):
            return None, None, "team" if fmt in ("relay", "team") else "individual"
        return dist, unit, fmt

    def _biathlon_format_of(self, dist: str, unit: str | None, sex: str, games: int) -> str | None:
        """The format of the one biathlon event of ``sex`` at ``games`` the results data holds over that distance ("20 km" of
        2006's men: the individual), or None."""
        formats = {parts["fmt"] for _, parts in self._entered_event_parts(games, "biathlon", sex)
                   if parts["dist"] == dist and parts["unit"] == unit and parts["fmt"]}
        return formats.pop() if len(formats) == 1 else None

    def _entered_event_parts(self, games: int | None, discipline: str | None, sex: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """(sex, event parts) of each event of ``discipline`` (of ``sex``, if given) the results data holds at ``games``."""
        for label, (sport, label_sex, name) in (self.names.events_entered(games) if games else {}).items():
            if sport == discipline and sex in (None, label_sex):
                parts = self._data_event_parts(DataMedal(name, label, ""))
                if parts:
                    yield label_sex, parts

    def _relay_legs_of(self, discipline: str, sex: str, games: int, total: str) -> str | None:
        """The legs ("4 × 7.5") of the one relay of ``discipline`` and ``sex`` the results data holds at ``games``, where they
        make up the ``total`` distance a report writes ("30"), else None."""
        legs = set()
        for _, parts in self._entered_event_parts(games, discipline, sex):
            if parts["fmt"] == "relay" and parts["dist"] and " × " in parts["dist"]:
                count, length = parts["dist"].split(" × ")
                try:
                    made_up = abs(float(count) * float(length) - float(total.replace(",", ""))) < 0.01
                except ValueError:
                    made_up = False   # (a distance that is no number: nothing to compare)
                if made_up:
                    legs.add(parts["dist"])
        return legs.pop() if len(legs) == 1 else None

    def _event_name_parts(self, key: tuple) -> tuple[str | None, str | None, str | None]:
        """(distance, unit, format) an event's name and id share: the relay's legs where the mention has no distance,
        Nordic combined's hill, and no "individual" for a discipline of one event per sex ("Men's skeleton")."""
        event = self.events[key]
        dist, unit, fmt = key[:3]
        dist, unit = (dist, unit) if dist else event.get("legs", (None, None))
        if event["discipline"] == "nordic-combined":
            dist, unit, fmt = self._nordic_combined_event(dist, unit, fmt)
        if event["discipline"] in _ONE_EVENT_DISCIPLINES and fmt == "individual":
            fmt = None  # "the men's individual gold" of skeleton is the discipline's event for men (`...-skeleton-men`)
        return dist, unit, fmt

    def event_slug(self, key: tuple) -> str | None:
        event = self.events[key]
        games = event["games"] or self.main_games
        if games is None or games not in self.games_seen or not event["discipline"] or not event["sex"]:
            return None   # (Games the text never names are not declared, so nothing may refer to them)
        dist, unit, fmt = self._event_name_parts(key)
        if event["discipline"] == "ski-jumping" and fmt in ("normal hill team", "large hill team"):
            fmt = f"team {fmt[:-len(' team')]}"  # the annotators' convention: `team-large-hill`
        if event["discipline"] == "cross-country-skiing" and dist and fmt in ("classical", "freestyle"):
            fmt = None  # the ids leave the ski style out: "the women's 10 kilometre classical" is `10-km`
        if event["discipline"] in SKATING_SPORTS and dist and fmt == "sprint":
            fmt = None  # "the women's 500-meter sprint" of speed skating is its 500 m (no skating event is a sprint)
        if event["discipline"] == "biathlon" and dist and not fmt:
            fmt = self._biathlon_format_of(dist, unit, event["sex"], games) or fmt   # "the 20km race" of 2006's men: the individual
        if fmt == "relay" and dist and " × " not in dist:
            # "the men's 30-kilometer biathlon relay" of 2002: the results data's relay of those legs ("4 × 7.5")
            dist = self._relay_legs_of(event["discipline"], event["sex"], games, dist) or dist
        if event["discipline"] == "cross-country-skiing" and fmt in ("pursuit", "skiathlon") or event["discipline"] == "biathlon" and fmt in ("individual", "sprint", "pursuit"):
            # and name the pursuit (1992 to 2006) and the skiathlon (one a sex and Games, of 30, 20 or 15 km) by the format,
            # as biathlon's: "the women's 2x7.5km pursuit", "the men's 15km+15km skiathlon"
            dist = unit = None
        name = " ".join(x for x in (f"{dist} {unit}" if dist else None, fmt if fmt != event["discipline"] else None) if x)
        if not name:
            return f"{self.games_slug(games)}-{event['discipline']}-{event['sex']}"
        return f"{self.games_slug(games)}-{event['discipline']}-{event['sex']}-{slug(name)}"

    def assemble(self) -> Draft:
        """The draft: medals and records whose athletes, events and nations are known, and what they name."""
        published = self.date is not None and self.date_rule.startswith("published")
        self.infer_event_discipline()
        self.infer_event_sex()
        self.infer_relay_legs()
        self.events_completed_by_data()
        used_events: set[tuple] = set()
        used_people: dict[str, _Person] = {}
        medals = self.resolve_medals(published, used_events, used_people)
        team_medals = self.team_medal_facts(published, used_events, {(m.fields["event"], m.fields["medal"]) for m in medals})
        records = self.resolve_records(medals, used_events, used_people)
        self.link_supersessions(records)
        self.name_records(records, used_people)
        facts: list[DraftFact] = []
        if published:
            facts.append(DraftFact("article-date", "published", {"date": self.date.isoformat()}, self.date_quote,
                                   self.date_rule, RULES[self.date_rule][0]))
        facts += self.games_facts(records, used_events)
        facts += self.nation_facts(records, used_people)
        facts += self.discipline_facts(used_events)
        facts += self.athlete_facts(medals, used_people)
        facts += self.event_facts(used_events)
        facts += medals
        facts += team_medals
        facts += self.category_facts(records)
        facts += records
        if not medals and not team_medals and not records:
            self.warnings.append("no medal or record found in the article")
        return Draft(self.source_block(), facts, self.warnings)

    # Words by which a text says a person's sex: "She was the second woman", "Austrian brothers A and B".
    # (a word of kin gives its sex only right before names: "the sisters A and B", not "He has three sisters")
    _SEX_WORDS = re.compile(r"\b(?P<fem>she|her|herself|woman)\b(?!['’])|(?<![\w-])(?P<masc>he|him|his|himself|man)\b(?!['’-])", re.I)
    _KIN_BEFORE_NAME = re.compile(r"\b(?:(?P<fem>sisters?|daughter)|(?P<masc>brothers?|son))\s+$", re.I)

    def sex_words(self, text: str, spans: list[_Span]) -> None:
        """Note the sex a sentence's words give to the people it names, or to the one its pronoun stands for when it names none.

        >>> from graph.extract_names import NameIndex
        >>> reader = _Extractor("x", "a.txt", NameIndex(), None)
        >>> person = reader.person("Ester Ledecka")
        >>> reader.last_subject = person
        >>> reader.sex_words("She was the second woman to win.", [])
        >>> sorted(person.text_sexes)
        ['F']
        """
        found = {"F" if match.group("fem") else "M" for match in self._SEX_WORDS.finditer(text)}
        found |= {"F" if kin.group("fem") else "M" for span in spans for kin in [self._KIN_BEFORE_NAME.search(text[:span.start])] if kin}
        found_here = found | {{"men": "M", "women": "F"}[p["sex"]] for p, _, _, _ in self.events_in(text) if p["sex"] in ("men", "women")}
        self.article_sexes |= found_here
        pronoun = None if spans else self.pronoun_span(text)
        people = [span.person for span in spans] or ([pronoun.person] if pronoun else [])
        for person in people:
            person.text_sexes |= found

    def infer_event_sex(self) -> None:
        """Events need a sex: from the mention, else the medallists' sex in the name list, when the text agrees.

        The data's sex of an athlete is not their event's (mixed events, open events): it is used only where the
        text itself gives a medallist that sex ("She was ...", "brothers"), or where every sex the article gives
        (pronouns, "men's" events) is that one ("his", "the men's 50 km" and "Dale-Skjevdal won the 15-kilometer
        mass start biathlon race"); "McMorris won a bronze in the slopestyle" in a page of men's and women's
        events, with no word of his sex, names no event. A team event ("the team event") is never given a sex so.
        """
        # a biography's first subject pronoun ("..., he broke a ten-year Olympic jinx") is its subject's sex
        body = " ".join(s.text for s in self.sentences if not _HEADER.match(s.text.split("\n")[0]))
        first = re.search(r"\b(?:(?P<fem>[Ss]he)|(?P<masc>[Hh]e))\b", body) if self.biography else None
        bio_sex = ("women" if first.group("fem") else "men") if first else None
        for key, event in self.events.items():
            if not event["sex"]:
                medallists = [p for (athlete, k, _), m in self.medals.items() if k == key for p in self.people.values() if p.athlete == athlete]
                # (the subject's teammates named with them, "along with countrymen A, B and C", are of the subject's team)
                partners = {athlete for (athlete, k, _), m in self.medals.items() if k == key and m.rule == "medal-crew-partner"}
                if (bio_sex and medallists and any(p is self.bio_subject for p in medallists)
                        and all(p is self.bio_subject or p.athlete in partners for p in medallists) and key[2] not in {"pairs", "ice dance"}):
                    # (a team event may be mixed: its sex is the pronoun's only where the results data's team event of the
                    # subject at those Games is of that sex)
                    games = event["games"] or self.main_games or self.article_year
                    name = self._data_name_at(self.bio_subject, games) if key[2] in TEAM_FORMATS else None
                    data_sex = (self.names.event_sex(name, games, key[2]) if name else None) if key[2] in TEAM_FORMATS else bio_sex
                    if data_sex == bio_sex:
                        event["sex"], event["sex_rule"] = bio_sex, f"the biography's first pronoun '{first.group(0)}'"
                        continue
                sexes = {p.sex for p in medallists if p.sex}
                if not sexes and medallists and all(len(p.text_sexes) == 1 for p in medallists):
                    # an athlete the results data lacks: the text's own words ("she won gold", "his country's first gold")
                    sexes = {s for p in medallists for s in p.text_sexes}
                elif not sexes and medallists and len(self.article_sexes) == 1 and {s for p in medallists for s in p.text_sexes} == self.article_sexes:
                    # a report whose every word of sex is one, and one of whose medallists it names so ("When Tommy Moe ...
                    # crossed the finish line of the Olympic downhill", "Moe said. He danced on his skis")
                    sexes = set(self.article_sexes)
                one = next(iter(sexes)) if len(sexes) == 1 else None
                # (in a biography whose text gives no sex at all, the data's sex of its subject)
                if one and key[2] != "team" and (any(one in p.text_sexes for p in medallists) or self.article_sexes == {one}
                                                 or self.biography and not self.article_sexes and any(p is self.bio_subject for p in medallists)):
                    event["sex"] = {"M": "men", "F": "women"}[sexes.pop()]
                    event["sex_rule"] = "the medallists' sex in the results data"
                elif not self.article_sexes and key[2] and key[2] not in TEAM_FORMATS and medallists:
                    # an overview page that gives no sex at all ("Markus Wasmeier ... two gold medals (super G and giant
                    # slalom)"): the sex of the data's event of that format each medallist entered at those Games
                    games = event["games"] or self.main_games or self.article_year
                    found = set()
                    for person in medallists:
                        name = self._data_name_at(person, games)
                        found.add(self.names.event_sex(name, games, key[2]) if name else None)
                    if len(found) == 1 and None not in found:
                        event["sex"] = found.pop()
                        event["sex_rule"] = "the results data's event its medallists entered"
                if not event["sex"] and key[0] and event["discipline"] and medallists:
                    # "Iivo Niskanen of Finland took gold in cross-country's 50-kilometer mass start" of 2018: the one sex whose
                    # event of that sport, distance and format the results data holds at those Games (the women raced 30 km)
                    sex = self._sex_of_distance(key, event["games"] or self.main_games or self.article_year)
                    if sex:
                        event["sex"], event["sex_rule"] = sex, "the one sex with that distance at those Games in the results data"

    def _sex_of_distance(self, key: tuple, games: int | None) -> str | None:
        """The one sex ("men", "women") of the results data's events at ``games`` that fit the event ``key`` (its sport and
        distance, and its format where the text gives one), else None."""
        parts = self._key_parts(key)
        sexes = {sex for sex, data in self._entered_event_parts(games, parts["discipline"])
                 if data["dist"] == parts["dist"] and data["unit"] == parts["unit"] and self._same_event(data, parts, loose=True)}
        return sexes.pop() if len(sexes) == 1 and sexes <= {"men", "women"} else None

    def _data_name_at(self, person: _Person, games: int, near: bool = False) -> str | None:
        """The results data's name of ``person`` at ``games``, where the name list matches them exactly or by a variant
        (``near``: or by a near spelling of a name of those Games, "Vladimir Grigorev" for Grigoryev)."""
        row = self.data_match(person, games)
        return row.name if row and row.games == games and (row.how in ("exact", "variant") or near and row.how in ("fuzzy", "phonetic") and row.score >= 90) else None

    def infer_event_discipline(self) -> None:
        """An event the text names without its sport ("won a further gold ... in the 4x5 km" of a "Nordic skiing champion")
        takes the sport of the one event of that distance and format its medallists won at those Games in the results data.

        A skating distance read as one of the two skating sports ("Zhou Yang ... won her second consecutive gold medal in the
        women's 1,500 meters" after a speed skating paragraph) takes the other where every medallist's medal is there.
        """
        for key, event in self.events.items():
            if event["discipline"] and not (event["discipline"] in SKATING_SPORTS and key[0]) or not (key[0] or key[2]):
                continue
            games = event["games"] or self.main_games or self.article_year
            found = set()
            for (athlete, k, medal) in self.medals:
                if k != key:
                    continue
                name = self._data_name_at(self.person_of(athlete), games, near=True)
                rows = [m for m in self.names.medals.get((name, games), ()) if m.medal == medal] if name else []
                fits = {parts["discipline"] for parts in map(self._data_event_parts, rows)
                        if parts and all(parts[name] in (None, value) for name, value in (("dist", key[0]), ("unit", key[1]), ("fmt", key[2])))}
                found.add(next(iter(fits)) if len(fits) == 1 else None)
            if len(found) == 1 and None not in found and found != {event["discipline"]}:
                if event["discipline"] and (not found <= SKATING_SPORTS
                                            or event["discipline"] in {d for d, _ in self.disciplines_in(event["quote"])}):
                    continue   # (a sport the event's own sentence names stays: "Short Track Speed Skating: Gao Tingyu ... won")
                event["discipline"] = found.pop()
                self.warnings.append(f"sport of the event '{' '.join(x for x in key[:3] if x)}' at the {games} Games from the results data's "
                                     "event its medallists won: check it")

    def infer_relay_legs(self) -> None:
        """A relay the text names without its legs ("gold in the relay") takes those of the one relay of its sport and
        sex that its medallists entered at those Games in the results data ("4 x 7.5 kilometres"), with a warning."""
        for key, event in self.events.items():
            if key[2] != "relay" or key[0] or event.get("legs") or not event["sex"] or not event["discipline"]:
                continue
            games = event["games"] or self.main_games or self.article_year
            found = set()
            for (athlete, k, _), _fact in self.medals.items():
                if k != key:
                    continue
                name = self._data_name_at(self.person_of(athlete), games)
                found.add(self.names.relay_legs(name, games, event["sex"], event["discipline"]) if name else None)
            if len(found) == 1 and None not in found:
                event["legs"] = found.pop()
                self.warnings.append(f"legs of the {event['sex']}'s {event['discipline']} relay of {games} ({event['legs'][0]} {event['legs'][1]}) "
                                     "from the results data's relay its medallists entered: check it")

    # "This was the only podium sweep at the 2022 Olympics": the page's event was a sweep, its medallists of one nation
    _SWEEP_SAID = re.compile(r"^(?:This|It|That)\s+(?:was|is)\s+(?:the\s+(?:only|first|second|third|fourth|last)\s+|an?\s+)(?:[\w-]+\s+)?(?:podium\s+)?sweep\b")

    def nation_of_a_sweep(self) -> None:
        """On an event's page that says it was a sweep, medallists whose nation is not known take the one nation of the others.

        Read only where gold, silver and bronze are all drafted, the sentence names no event and no other Games' year,
        and the medallists' nations known (from the text or the results data) are one.
        """
        if self.title_event is None or self.biography:
            return
        quote = next((s.text for s in self.sentences if self._SWEEP_SAID.search(s.text) and not self.events_in(s.text)
                      and not {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text)} - {self.article_year}), None)
        if quote is None:
            return
        medallists = [(person, medal) for (athlete, key, medal) in self.medals if key == self.title_event
                      for person in self.people.values() if person.athlete == athlete]
        if {medal for _, medal in medallists} != {"gold", "silver", "bronze"}:
            return
        for person, _ in medallists:
            self.nation_from_data(person, self.title_event)
        known = {person.nation for person, _ in medallists if person.nation}
        if len(known) != 1:
            return
        noc = known.pop()
        for person, _ in medallists:
            if not person.nation:
                self.set_nation(person, noc, "athlete-nation-teammate", quote)
                person.nation_note = f"nation of the other medallists: the text says the event was a sweep ('{quote[:60]}')"

    def nation_read_again(self) -> None:
        """A medallist's nation told before the text names them in full: "Norway's Dahlie Extends His Record" above "Bjorn
        Dahlie showed why ...", the headline's lone surname not yet a name when it was read. The sentences naming a
        medallist still without a nation are read for it again, now that their names are known."""
        lacking = {person.athlete: person for (athlete, _, _) in self.medals for person in self.people.values()
                   if person.athlete == athlete and not person.nation}
        for person in lacking.values():
            # (the headline's capitals make "Dahlie Extends" a name of its own, so the words are matched here, not the spans)
            name = rf"(?:{re.escape(person.name)}|{re.escape(person.name.split()[-1])})\b"
            for sentence in self.sentences:
                text = sentence.text
                # (not a nation's name that is the person's given name: "Georgia Beta", "Jordan Alpha")
                found = next(((noc, spelling) for noc, start, end, spelling in self.nations_in(text)
                              if spelling != person.name.split()[0] and re.match(rf"(?:['’]s?)?\s+{name}", text[end:])
                              or re.search(rf"{name}\s+(?:of|from)\s+(?:the\s+)?$", text[:start])), None)
                if found:
                    self.set_nation(person, found[0], "athlete-nation-adjacent", text)
                    self.see_nation(found[0], text, found[1])
                    break

    def nation_of_a_team(self) -> None:
        """The names one sentence gives a team's medal share a nation: "Jeongmin Lee, Juneseo Lee, Jongun Rim and Dongmin Shin
        ... take the silver medal" in the relay, Shin Korean by the results data: the others, whose nation is not known, too.

        Read only for team events (relays, team pursuits, team events), where the nations known of that sentence's
        medallists of that colour are one."""
        teams: dict[tuple, list[_Person]] = {}
        for (athlete, key, medal), fact in self.medals.items():
            if key[2] in TEAM_FORMATS:
                teams.setdefault((key, medal, fact.quote), []).extend(p for p in self.people.values() if p.athlete == athlete)
        for (key, _, quote), members in teams.items():
            if len(members) < 2:
                continue
            for person in members:
                self.nation_from_data(person, key)
            known = {person.nation for person in members if person.nation}
            if len(known) == 1:
                noc = known.pop()
                for person in members:
                    if not person.nation:
                        self.set_nation(person, noc, "athlete-nation-teammate", quote)
                        person.nation_note = f"nation of the teammates named with them ('{quote[:60]}')"

    def resolve_medals(self, published: bool, used_events: set[tuple], used_people: dict[str, _Person]) -> list[DraftFact]:
        """The medals whose event and athlete's nation are known, with slugs, day and id; warnings for the rest."""
        self.nation_read_again()
        self.nation_of_a_sweep()
        self.nation_of_a_team()
        for key, event in self.events.items():
            if len(key) == 4 and key[:3] in self.events:
                # a biography's same event at other Games (keyed with the year): the sex and sport read for it later
                for name in ("sex", "discipline"):
                    event[name] = event[name] or self.events[key[:3]][name]
        medals = []
        # two mentions of one event that the ids do not tell apart ("the women's 10 kilometres", "the women's 10km classic")
        # are that one event: its first key, and one medal of an athlete there
        first_key = self.first_key_of_each_event()
        drafted: set[tuple[str, str, str]] = set()
        for (athlete, key, medal), fact in self.medals.items():
            person = self.person_of(athlete)
            self.nation_from_data(person, key)
            event_slug = self.event_slug(key)
            if event_slug is None:
                self.warnings.append(f"{medal} medal of {person.name} not drafted: the event's Games, discipline or sex is not stated")
                continue
            key = first_key[event_slug]
            if (athlete, event_slug, medal) in drafted:
                continue
            event = self.events[key]
            games = event["games"] or self.main_games
            if not self._data_holds(event["discipline"], event["sex"], games):
                # "Amy Williams ... swept to victory in the women's skeleton", in a report whose only Games named are "Lake
                # Placid in 1980" (another athlete's title): no women's skeleton was held then, so those are not the medal's Games
                self.warnings.append(f"{medal} medal of {person.name} not drafted: the results data holds no {event['sex']}'s "
                                     f"{event['discipline']} event at the {games} Games, so the Games read for it are wrong")
                continue
            drafted.add((athlete, event_slug, medal))
            if not person.nation:
                self.warnings.append(f"{medal} medal of {person.name} not drafted: the athlete's nation is not stated")
                continue
            fact.fields["event"] = event_slug
            fact.fields["nation"] = self._nation_at(person, key, fact) or person.nation
            if "day" not in fact.fields and published:
                fact.fields["day"] = "article date"
            if "day" in fact.fields and not published:
                self.warnings.append(f"{medal} medal of {person.name}: 'on {fact.fields['day']}' is not resolved, the article has no date (pass --date)")
                del fact.fields["day"]
            what = f"{medal}-{slug(' '.join(str(k) for k in key if k))}"
            fact.id = f"medal-{slug(person.preferred.split()[-1])}-{what}"
            if any(m.id == fact.id for m in medals):  # siblings of one crew ("Andreas and Wolfgang Linger"): the full name
                fact.id = f"medal-{athlete}-{what}"
            medals.append(fact)
            used_events.add(key)
            used_people[athlete] = person
        return medals

    def team_medal_facts(self, published: bool, used_events: set[tuple], drafted: set[tuple[str, str]]) -> list[DraftFact]:
        """The team medals of nations whose members the text does not name ("Norway won the men's relay"), of a team event
        whose Games, sport and sex are known and where no member's medal of that colour is drafted (``drafted``: event id
        and colour of the athletes' medals). A crew's (two-man bobsleigh, luge doubles) is warned, not drafted."""
        facts: list[DraftFact] = []
        first_key = self.first_key_of_each_event()
        for event_key, noc, medal, quote, day in self.unnamed_team_medals:
            nation = self.noc_names.get(noc, noc)
            event_slug = self.event_slug(event_key)
            if event_key[2] not in TEAM_FORMATS:
                self.warnings.append(f"team {medal} medal of {nation} not drafted: the text does not name the crew's members ({quote[:80]!r})")
                continue
            if event_slug is None:
                self.warnings.append(f"team {medal} medal of {nation} not drafted: the event's Games, discipline or sex is not stated")
                continue
            key = first_key[event_slug]
            event = self.events[key]
            games = event["games"] or self.main_games
            if (event_slug, medal) in drafted or not self._data_holds(event["discipline"], event["sex"], games):
                continue
            if self._names_a_team_member(key, noc, games):
                self.warnings.append(f"team {medal} medal of {nation} not drafted: the text names a member the results data has in "
                                     f"that team, whom the rules did not link to the medal ({quote[:80]!r})")
                continue
            drafted.add((event_slug, medal))
            noc = self.names.noc_at(noc, games) if games else noc   # ("the Russian team" of 2022: ROC, as the data writes it)
            fields = {"medal": medal, "nation": noc, "event": event_slug}
            if published:
                fields["day"] = day or "article date"
            facts.append(DraftFact(f"team-medal-{noc.lower()}-{medal}-{event_slug}", "team_medal", fields, quote, "medal-team-nation",
                                   RULES["medal-team-nation"][0]))
            used_events.add(key)
            self.medal_nations.setdefault(noc, quote)
        return facts

    def _names_a_team_member(self, key: tuple, noc: str, games: int | None) -> bool:
        """Whether the article names someone the results data has in ``noc``'s entry of the event at ``games``: its team
        medal is then theirs, not one with no member named ("Norway's Johannes Thingnes Boe sprinted for the win" of the
        mixed relay Norway won)."""
        if not games:
            return False
        codes = {noc, self.names.noc_at(noc, games)}
        for person in self.people.values():
            match = self.data_match(person, games)
            if match is not None and match.games == games and match.noc in codes and self._entered_fitting(match.name, games, key):
                return True
        return False

    def _data_holds(self, discipline: str, sex: str, games: int) -> bool:
        """Whether the results data holds an event of ``discipline`` for ``sex`` at ``games`` (true where the index does not
        hold those whole Games, as a name list built by hand: only what the data rules out is ruled out)."""
        held = self.names.events_held(games)
        return not held or (discipline, sex) in held

    def first_key_of_each_event(self) -> dict[str, tuple]:
        """Event id -> the key of its first mention (keys differ where the ids do not: the ski style, a spelling)."""
        first: dict[str, tuple] = {}
        for key in self.events:
            event_slug = self.event_slug(key)
            if event_slug is not None:
                first.setdefault(event_slug, key)
        return first

    def _nation_at(self, person: _Person, key: tuple, fact: DraftFact) -> str | None:
        """In a biography with medals of several Games, the athlete's nation at the medal's Games, where the results data differs.

        "a former East German luger" with medals of 1988 and 1992: the 1992 rows say GER. Only a row of those very
        Games, matched by the same name or its variant, counts; the change is warned.
        """
        if fact.rule != "medal-years":
            return None
        games = self.events[key]["games"]
        found = self.data_match(person, games)
        if not found or found.games != games or found.how not in ("exact", "variant") or not found.noc or found.noc == person.nation:
            return None
        self.warnings.append(f"nation of {person.name} at the {games} Games is {found.noc}, not {person.nation}, from {found.describe()}: check it")
        self.medal_nations.setdefault(found.noc, person.first_quote)
        return found.noc

    def resolve_records(self, medals: list[DraftFact], used_events: set[tuple], used_people: dict[str, _Person]) -> list[DraftFact]:
        """The records with their "@event" categories, Games and ``set_by`` medals resolved; holders need a nation."""
        medal_ids = {(f.fields["athlete"], self._key_of(f)): f.id for f in medals}
        records = []
        for record in self.records:
            category = record.fields["category"]
            if "-record-@" in category:
                kind, key = category.split("-record-@")
                key = _event_key_from(key)  # the event key was written into the string
                event_slug = self.event_slug(key) if key in self.events else None
                if event_slug is None:
                    continue
                category = f"{kind}-record-{event_slug}"
                record.fields["category"] = category
                used_events.add(key)
                self.add_category(category, record.quote)
            if record.fields.get("games") == "main":
                record.fields["games"] = self.main_games
            if record.fields.get("games"):
                record.fields["games"] = self.games_slug(record.fields["games"]) if isinstance(record.fields["games"], int) else record.fields["games"]
                self.games_seen.setdefault(int(record.fields["games"].rsplit("-", 1)[1]), ("", "games-year", set()))
            if "set_by" in record.fields:
                medal_id = medal_ids.get(record.fields["set_by"])
                if medal_id:
                    record.fields["set_by"] = medal_id
                else:
                    del record.fields["set_by"]
            holder = record.fields.get("holder")
            if holder and not holder.isupper():
                person = self.person_of(holder)
                if person is None:
                    continue
                self.nation_from_data(person, None)
                if not person.nation:
                    self.warnings.append(f"record of {person.name} not drafted: the athlete's nation is not stated")
                    continue
                used_people[holder] = person
            if holder and holder.isupper():
                self.nations_seen.setdefault(holder, (record.quote, holder))
            records.append(record)
        return records

    @staticmethod
    def link_supersessions(records: list[DraftFact]) -> None:
        """Within a category, the new mark supersedes the previous one (an equalled mark supersedes nothing)."""
        for category in {r.fields["category"] for r in records}:
            chain = [r for r in records if r.fields["category"] == category]
            previous = [r for r in chain if r.note == "previous"]
            new = [r for r in chain if r.note != "previous"]
            ordered = previous + sorted(new, key=lambda r: 1 if r.note == "nth" else 0)
            for older, newer in zip(ordered, ordered[1:]):
                if newer.note == "equal" or older.note == "equal":
                    continue
                if newer.note != "previous":
                    newer.fields.setdefault("supersedes", older)

    @staticmethod
    def name_records(records: list[DraftFact], used_people: dict[str, _Person]) -> None:
        """Ids and record slugs (category, holder, Games), unique; ``supersedes`` becomes the older record's slug."""
        for index, record in enumerate(records):
            holder = record.fields.get("holder")
            who = slug(holder) if holder and holder.isupper() else slug(used_people[holder].preferred.split()[-1]) if holder else f"value-{record.fields.get('value', index)}"
            suffix = record.fields.get("games", "").rsplit("-", 1)[-1] if record.fields.get("games") else ""
            record.id = f"record-{who}-{record.fields['category']}" + (f"-{suffix}" if suffix else "")
            record.fields["record"] = f"{record.fields['category']}-{who}" + (f"-{suffix}" if suffix else "")
        _unique_ids(records, "record")
        for record in records:
            if isinstance(record.fields.get("supersedes"), DraftFact):
                record.fields["supersedes"] = record.fields["supersedes"].fields["record"]

    def games_facts(self, records: list[DraftFact], used_events: set[tuple]) -> list[DraftFact]:
        """The Games the medals and records need, where the text names them."""
        facts = []
        games_years = sorted({int(r.fields["games"].rsplit("-", 1)[1]) for r in records if r.fields.get("games")}
                             | {self.events[k]["games"] or self.main_games for k in used_events})
        for year in games_years:
            quote, rule, spellings = self.games_seen.get(year, ("", "games-year", set()))
            if not quote:
                self.warnings.append(f"Games of {year} not declared: not named in the text")
                continue
            fields = {"games": self.games_slug(year), "name": f"{self.games_names[year]} {year}"}
            aliases = sorted(s for s in spellings if s != self.games_names[year] and s in self.text)
            if aliases:
                fields["aliases"] = aliases
            fields.update({"season": "winter", "year": year})
            facts.append(DraftFact(f"games-{self.games_slug(year)}", "games", fields, quote, rule, RULES[rule][0]))
        return facts

    def nation_facts(self, records: list[DraftFact], used_people: dict[str, _Person]) -> list[DraftFact]:
        """The nations of the athletes, record holders and categories."""
        facts = []
        nocs = sorted({p.nation for p in used_people.values()} | {r.fields["holder"] for r in records if r.fields.get("holder", "").isupper()}
                      | {c.fields["nation"] for c in self.categories.values() if "nation" in c.fields} | set(self.medal_nations))
        for noc in nocs:
            quote, spelling = self.nations_seen.get(noc, ("", noc))
            fields = {"nation": noc, "name": self.noc_names.get(noc, noc)}
            aliases = sorted(s for s in self.nation_spellings.get(noc, set()) if s != fields["name"] and s != noc and s in self.text)
            if aliases:
                fields["aliases"] = aliases
            if not quote:
                person = next((p for p in used_people.values() if p.nation == noc), None)
                quote = person.first_quote if person else self.medal_nations[noc]
                rule = "athlete-nation-data"
            else:
                rule = "nation-mention"
            facts.append(DraftFact(f"nation-{noc.lower()}", "nation", fields, quote, rule, RULES[rule][0]))
        return facts

    def discipline_facts(self, used_events: set[tuple]) -> list[DraftFact]:
        """The disciplines of the events drafted."""
        facts = []
        for discipline in sorted({self.events[k]["discipline"] for k in used_events}):
            quote, spellings = self.disciplines_seen.get(discipline, ("", set()))
            name = DISCIPLINES[discipline][0]
            if not quote:
                quote = self.header.get("title", "")
            rule = "discipline-mention"
            if not quote:
                # (a sport the text never names, its events' taken from the results data: the sentence of its first event)
                quote = next(self.events[k]["quote"] for k in sorted(used_events, key=str) if self.events[k]["discipline"] == discipline)
                rule = "discipline-data"
            fields = {"discipline": discipline, "name": name}
            aliases = sorted(s for s in spellings if s.lower() != name.lower() and s in self.text and s.lower() in DISCIPLINES[discipline][1] and not s.lower().endswith(("skater", "skier")))
            if aliases:
                fields["aliases"] = aliases
            facts.append(DraftFact(f"discipline-{discipline}", "discipline", fields, quote, rule, RULES[rule][0]))
        return facts

    def athlete_facts(self, medals: list[DraftFact], used_people: dict[str, _Person]) -> list[DraftFact]:
        """The athletes of the medals and records, in the order the article names them."""
        facts = []
        athlete_discipline = {m.fields["athlete"]: self.events[self._key_of(m)]["discipline"] for m in medals}
        order = list(self.people.values())
        for athlete, person in sorted(used_people.items(), key=lambda item: order.index(item[1])):
            written = person.name if person.name in self.text else person.written or person.name
            fields: dict[str, Any] = {"athlete": athlete, "name": written}
            if person.preferred != written and fold(person.preferred) == fold(written):
                fields["preferred_name"] = person.preferred
            aliases = sorted(s for s in person.short if s in self.text)
            title = self.title_name.split()
            if (self.biography and person is self.bio_subject and len(title) >= 2 and title != written.split()
                    and fold(written.split()[0]) == fold(title[0])
                    and fold(title[-1]) in (fold(written.split()[-1]), re.split(r"[-\s]", fold(written.split()[-1]))[-1]) and self.title_name not in aliases):
                # "Alexander Gennadyevich Zaitsev" on the page titled "Alexander Zaitsev"; "Ortrun Zöphel-Enderlein" (a married
                # name) on "Ortrun Enderlein"; "Kerrin Anne Lee-Gartner" on "Kerrin Lee-Gartner"
                aliases.append(self.title_name)
            if person.written and person.written != written and re.search(r'["“]', person.written):
                aliases.append(person.written)   # 'Anton "Toni" Sailer' as written, beside the name "Toni Sailer" it is known by
            if aliases:
                fields["aliases"] = aliases
            fields["nation"] = person.nation
            if athlete in athlete_discipline:
                fields["discipline"] = athlete_discipline[athlete]
            quote = person.nation_quote if not person.nation_rule.startswith("athlete-nation-data") else person.first_quote
            facts.append(DraftFact(f"athlete-{athlete}", "athlete", fields, quote or person.first_quote, person.nation_rule,
                                   RULES[person.nation_rule][0], note=person.nation_note))
        return facts

    def event_facts(self, used_events: set[tuple]) -> list[DraftFact]:
        """The events of the medals and records, in the order the article names them."""
        facts = []
        first_key = self.first_key_of_each_event()
        # (the same event under two keys is drafted once, from its first mention)
        used = {first_key.get(self.event_slug(key), key) for key in used_events}
        for key in sorted(used, key=lambda k: list(self.events).index(k)):
            event = self.events[key]
            dist, unit, fmt = self._event_name_parts(key)
            name = " ".join(x for x in (f"{dist} {unit}" if dist else None, fmt if fmt != event["discipline"] else None) if x)
            name = name or DISCIPLINES[event["discipline"]][0]
            sex = "Mixed" if event["sex"] == "mixed" else f"{event['sex'].capitalize()}'s"
            fields = {"event": self.event_slug(key), "name": f"{sex} {name}"}
            aliases = sorted(s for s in event["spellings"] if s != name and s in self.text)
            if aliases:
                fields["aliases"] = aliases
            fields.update({"games": self.games_slug(event["games"] or self.main_games), "discipline": event["discipline"],
                           "sex": event["sex"], "team_event": fmt in TEAM_FORMATS})
            note = f"sex from {event['sex_rule']}" if event.get("sex_rule") else ""
            facts.append(DraftFact(f"event-{fields['event']}", "event", fields, event["quote"], "event-mention", RULES["event-mention"][0], note=note))
        return facts

    def category_facts(self, records: list[DraftFact]) -> list[DraftFact]:
        """The record categories of the records drafted."""
        categories = [self.categories[c] for c in sorted({r.fields["category"] for r in records})]
        for category in categories:
            category.id = f"category-{category.fields['category']}"
        return categories

    def source_block(self) -> dict[str, str]:
        """The draft's ``source:`` block, from the file name and the article's attribution lines."""
        source_id = slug(Path(self.file_name).stem)[:60].strip("-") or "article"
        source = {"id": source_id, "file": Path(self.file_name).name, "kind": "article",
                  "licence": self.header.get("licence", "UNKNOWN: state the article's licence before committing")}
        if self.header.get("source"):
            source["url"] = self.header["source"].split()[0]
        if self.header.get("title"):
            source["title"] = self.header["title"]
        return source

    def _key_of(self, medal: DraftFact) -> tuple:
        return next(k for (a, k, m), f in self.medals.items() if f is medal)


def _event_key_from(text: str) -> tuple:
    """The event key written into a provisional category name, read back (no ``eval``)."""
    import ast

    return tuple(ast.literal_eval(text))


def _unique_ids(facts: list[DraftFact], what: str) -> None:
    seen: Counter = Counter()
    for fact in facts:
        seen[fact.id] += 1
        count = seen[fact.id]
        if count > 1:
            fact.id = f"{fact.id}-{count}"
            fact.fields[what] = f"{fact.fields[what]}-{count}"


# --- Entry points ----------------------------------------------------------------------------------

def extract_text(text: str, file_name: str, *, names: NameIndex | None = None, date: dt.date | None = None) -> Draft:
    """Draft the facts of an article's text (see ``extract``)."""
    index = names if names is not None else load_name_index(None)
    return _Extractor(text, file_name, index, date).run()


def draft_facts(path: Path | str, *, seeds: Path | str | None = None, date: dt.date | None = None,
                explain: bool = False) -> tuple[str, list[str]]:
    """The drafted facts file of an article as YAML text, and the warnings (``podium extract``).

    Names are matched against the athletes of ``seeds`` and of the results data.
    """
    read_article(Path(path))  # bad input fails before the name list is read (about a second)
    draft = extract(path, names=load_name_index(Path(seeds) if seeds else None), date=date)
    return draft_yaml(draft, explain=explain), draft.warnings


def extract(path: Path | str, *, names: NameIndex | None = None, date: dt.date | None = None) -> Draft:
    """Draft a facts file for a plain-text article.

    Parameters
    ----------
    path:
        The article (UTF-8 text). Lines ``source:``, ``licence:`` and ``title:`` at its
        top fill the source block.
    names:
        The name list (``load_name_index``); by default the results data's names.
    date:
        The article's date, where the text has none.

    Raises
    ------
    PodiumError
        If the file is missing, empty, not UTF-8 text, has no date (neither a date
        line, a dateline, nor ``date``) while it states medals, or states no result at all.
    """
    path = Path(path)
    text = read_article(path)
    draft = extract_text(text, str(path), names=names, date=date)
    if not draft.medals() and not draft.team_medals() and not draft.records():
        undrafted = [w for w in draft.warnings if "not drafted" in w]
        if undrafted:
            raise PodiumError(f"nothing drafted: {undrafted[0]}", file=str(path))
        raise PodiumError("no medal or record found in the article (nothing to draft)", file=str(path))
    return draft


# --- Writing the draft ----------------------------------------------------------------------------------

def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    text = str(value)
    if re.fullmatch(r"[A-Za-z][\w .'-]*", text) and text.lower() not in ("yes", "no", "true", "false", "null", "on", "off") and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def draft_yaml(draft: Draft, *, explain: bool = False) -> str:
    """The draft as a facts file: each fact preceded by ``# confidence C, rule R`` (and the rule in words with ``explain``)."""
    lines = [
        "# Drafted by `podium extract`: review every fact before adding it to the graph.",
        "# Each fact says which rule drafted it and how sure the rule is (0-1).",
    ]
    lines += [f"# warning: {warning}" for warning in draft.warnings]
    lines += ["", "source:"]
    lines += [f"  {key}: {_scalar(value)}" for key, value in draft.source.items()]
    lines += ["", "facts:"]
    for fact in draft.facts:
        comment = f"  # confidence {fact.confidence:.2f}, rule {fact.rule}"
        if fact.note and fact.type not in ("medal", "record"):
            comment += f" ({fact.note})"
        lines.append(comment)
        if explain:
            lines.append(f"  #   {RULES[fact.rule][1]}")
        lines.append(f"  - id: {fact.id}")
        lines.append(f"    type: {fact.type}")
        for key, value in fact.fields.items():
            lines.append(f"    {key}: {_scalar(value)}")
        lines.append(f"    quote: {_scalar(fact.quote)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
