"""The rules of ``podium extract`` that read medals in a sentence, and the words they know.

``graph.extract`` reads an article sentence by sentence and keeps the state (people, events,
the draft); this module holds what decides that a sentence states a medal:

* the vocabulary of events (disciplines, formats and what a format implies: "the women's
  downhill" is alpine skiing, "the pairs" are mixed, "the four-man" is men's bobsleigh);
* ``RULES``: every rule's name, confidence and wording (shown by ``--explain``);
* ``MedalRules``, a mixin of ``graph.extract._Extractor``: one athlete's medal ("won gold",
  "the silver went to", "became Olympic champion", "defended her title", "Gold: X (NOR)",
  "X (gold)"), medals of a list of names ("A, B and C took the medals", "B and C completed the
  podium", "won silver and bronze, respectively", "shared the silver", both members of a pair or
  crew, two siblings named once, "Andreas and Wolfgang Linger", as ``graph.extract`` splits them), places relative to a medallist ("ahead of", "followed by",
  "behind", "beat B to the gold"), medals counted with their events ("two gold medals (super G and giant slalom)") or, in a
  biography, with their Games' years ("two Olympic gold medals (1992, 1998)"), victory words ("was victorious", "the winner was"), places kept ("remained
  in the bronze medal position", "sufficient for an eventual silver medal"), team medals of nations and their
  members ("A skied the anchor leg for Norway"), and the guards that keep a medal of another competition, Games,
  event or round ("won silver at the 2014 Games", "World Cup", "who had won", "in the
  semifinal", a "Semifinals" section, "first after two runs", "at the Olympic test event", "the
  reigning world champion was X", "in first position after the first shooting", one skier's place in a relay), a
  forecast ("was predicted to win gold", "one of the favourites"), a medal taken away ("but was later
  disqualified") and a second medal of
  one athlete in one event (``conflicting_medals_dropped``) out of the article's event.

The rules are regular expressions over one sentence (hand-written: no model is downloaded or
run, as the issue requires); each has a test of its own in ``tests/test_extract_rules.py``.

Examples
--------
>>> FORMAT_DISCIPLINE["downhill"], FORMAT_SEX["pairs"], "doubles" in CREW_FORMATS
('alpine-skiing', 'mixed', True)
>>> RULES["medal-podium"][0]
0.8
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "CREW_FORMATS",
    "DISCIPLINES",
    "ELSEWHERE_WORDS",
    "FORMATS",
    "FORMAT_DISCIPLINE",
    "FORMAT_SEX",
    "FORMAT_SPELLINGS",
    "MEDALS",
    "MedalRules",
    "NUMBER_WORDS",
    "ORDINAL_MEDAL",
    "RULES",
    "TEAM_FORMATS",
    "written_count",
]

# --- Events, medals and rules ------------------------------------------------------------------------

DISCIPLINES: dict[str, tuple[str, tuple[str, ...]]] = {
    # slug: (name, spellings in copy); longest spellings are tried first
    "cross-country-skiing": ("cross-country skiing", ("cross-country skiing", "cross country skiing", "cross-country", "cross country", "xc skiing")),
    "biathlon": ("biathlon", ("biathlon", "biathlete")),
    "short-track-speed-skating": ("short track speed skating", ("short track speed skating", "short-track speed skating", "short track speed skater",
                                                               "short-track speed skater", "short track skater", "short track speedskater",
                                                               "short-track speedskater", "short track speedskating", "short track", "short-track")),
    "speed-skating": ("speed skating", ("speed skating", "speedskating", "speed skater", "speedskater")),
    "alpine-skiing": ("alpine skiing", ("alpine skiing", "alpine")),
    "ski-jumping": ("ski jumping", ("ski jumping", "ski jump", "ski jumper")),
    "nordic-combined": ("Nordic combined", ("nordic combined",)),
    "freestyle-skiing": ("freestyle skiing", ("freestyle skiing", "freestyle skier", "freeskiing", "freeski", "freeskier")),
    "snowboarding": ("snowboarding", ("snowboarding", "snowboarder", "snowboard")),
    "figure-skating": ("figure skating", ("figure skating", "figure skater", "pair skater", "pairs skater", "ice dancer")),
    "luge": ("luge", ("luge", "luger")),
    "bobsleigh": ("bobsleigh", ("bobsleigh", "bobsledding", "bobsledder", "bobsled")),
    "skeleton": ("skeleton", ("skeleton",)),
    "curling": ("curling", ("curling", "curler")),
    "ice-hockey": ("ice hockey", ("ice hockey", "hockey")),   # ("women's hockey gold" of the Winter Games: its ice hockey)
    "ski-mountaineering": ("ski mountaineering", ("ski mountaineering", "skimo")),
}
# Event formats, longest first so "giant slalom" wins over "slalom".
FORMATS = (
    "team sprint", "mass start", "team pursuit", "giant slalom", "super-G", "super G", "big air",
    "normal hill", "large hill", "skiathlon", "sprint", "pursuit", "individual", "relay",
    "freestyle", "classical", "classic", "downhill", "slalom", "combined", "halfpipe",
    "slopestyle", "moguls", "aerials", "singles", "doubles", "ski cross", "snowboard cross",
)
# Formats written in other words, spelled as the results data names them; longest first.
FORMAT_SPELLINGS: dict[str, str] = {
    "parallel giant slalom": "parallel giant slalom", "parallel slalom": "parallel slalom",
    "individual normal hill": "normal hill", "normal hill individual": "normal hill",
    "individual large hill": "large hill", "large hill individual": "large hill",
    "big hill": "large hill", "big-hill": "large hill",   # news's name of the large hill ("in the big-hill competition Sunday")
    "team large hill": "large hill team", "large hill team": "large hill team",
    "team normal hill": "normal hill team", "normal hill team": "normal hill team",
    "ice dancing": "ice dance", "ice dance": "ice dance", "pairs skating": "pairs", "pair skating": "pairs", "pairs": "pairs",
    "individual skating": "singles",   # "The ladies' individual skating event" of older Games' pages
    # bobsleigh crews keep "man"/"woman" in the slug (the project's convention: ``...-bobsleigh-men-two-man``)
    "four-man bobsleigh": "four-man", "four-man bobsled": "four-man", "four-man bob": "four-man", "four-man": "four-man", "4-man": "four-man",
    "five-man bobsleigh": "five-man", "five-man bobsled": "five-man", "five-man": "five-man",   # St. Moritz 1928's crews of four or five
    "two-man bobsleigh": "two-man", "two-man bobsled": "two-man", "two-man bob": "two-man", "two-man": "two-man", "2-man": "two-man",
    "two-woman bobsleigh": "two-woman", "two-woman bobsled": "two-woman", "two-woman bob": "two-woman", "two-woman": "two-woman",
    "2-woman": "two-woman",
    "dual moguls": "dual moguls", "dual mogul": "dual moguls",
    "mogul": "moguls", "monobob": "monobob", "team event": "team", "team relay": "team relay", "mixed team relay": "team relay", "tournament": "tournament", "individual sprint": "sprint",
    "boardercross": "snowboard cross", "snowboardcross": "snowboard cross", "sbx": "snowboard cross", "snowcross": "snowboard cross",
    "super combined": "super combined", "super-combined": "super combined", "supercombined": "super combined",
    "super giant slalom": "super-G", "super-giant slalom": "super-G",   # "the men's super giant slalom" of older news
    "mass-start": "mass start",   # "the inaugural men's 15km mass-start biathlon event"
    "team combined": "team combined",   # alpine skiing's team event of 2026 (a downhill skier and a slalom skier)
    # the mixed team events of snowboard cross (from 2022) and aerials (from 2022), as the results data names them
    "team snowboard cross": "team snowboard cross", "mixed team snowboard cross": "team snowboard cross",
    "team aerials": "team aerials", "mixed team aerials": "team aerials",
    "mixed team cross": "team snowboard cross",   # "won the mixed team cross gold" (snowboarding's; no Olympic ski cross team event)
    # "Aerial skiers A and B claimed gold medals": the aerials
    "aerial skiing": "aerials", "aerial skiers": "aerials", "aerial skier": "aerials",
    # cross-country skiing's pursuit of 1992 to 2006, by its other names ("the men's 30km double pursuit")
    "double pursuit": "pursuit", "combined pursuit": "pursuit",
}
# A format that names its discipline ("the women's downhill" is alpine skiing) or its sex ("the pairs" are mixed).
FORMAT_DISCIPLINE = {
    "downhill": "alpine-skiing", "super-G": "alpine-skiing", "giant slalom": "alpine-skiing", "slalom": "alpine-skiing",
    "moguls": "freestyle-skiing", "dual moguls": "freestyle-skiing", "aerials": "freestyle-skiing", "ski cross": "freestyle-skiing",
    "snowboard cross": "snowboarding", "parallel giant slalom": "snowboarding", "parallel slalom": "snowboarding",
    "skiathlon": "cross-country-skiing", "normal hill team": "ski-jumping", "large hill team": "ski-jumping",
    "pairs": "figure-skating", "ice dance": "figure-skating", "four-man": "bobsleigh", "five-man": "bobsleigh", "two-man": "bobsleigh", "two-woman": "bobsleigh",
    "monobob": "bobsleigh", "super combined": "alpine-skiing", "team combined": "alpine-skiing",
    "team snowboard cross": "snowboarding", "team aerials": "freestyle-skiing",
}
# (luge's "team relay" is mixed; another sport's, or one with a distance, "the 3000-meter team relay", is its relay)
FORMAT_SEX = {"pairs": "mixed", "ice dance": "mixed", "team relay": "mixed", "team snowboard cross": "mixed", "team aerials": "mixed", "four-man": "men", "five-man": "men", "two-man": "men", "two-woman": "women", "monobob": "women"}
TEAM_FORMATS = {"team sprint", "team pursuit", "relay", "team relay", "large hill team", "normal hill team", "team", "curling", "ice-hockey",
                "team combined", "team snowboard cross", "team aerials"}
# Events whose medal goes to each athlete of a pair or crew named together ("A and B of China won gold").
CREW_FORMATS = TEAM_FORMATS | {"doubles", "pairs", "ice dance", "two-man", "two-woman", "four-man", "five-man"}
_PAIR_FORMATS = {"doubles", "pairs", "ice dance", "two-man", "two-woman"}   # crews of two
# A format alone ("the halfpipe") names the article's one event with it; these are too common for that.
_LONE_FORMAT_UNSAFE = {"sprint", "individual", "freestyle", "classical", "combined", "singles", "doubles", "pursuit",
                       "relay", "team", "tournament"}
# ... but these spellings of them name one event on their own ("the individual sprint event" of a biography).
_LONE_SAFE_SPELLINGS = {"individual sprint"}
# Disciplines whose events are named by sex alone ("the women's skeleton", "the men's curling tournament").
_ONE_EVENT_DISCIPLINES = {"skeleton", "curling", "ice-hockey"}
# the two skating sports, whose distances a report can leave to either ("the 1,500" of a skater)
SKATING_SPORTS = {"speed-skating", "short-track-speed-skating"}
MEDALS = ("gold", "silver", "bronze")
# a segment of a figure skating event: "the pairs free skate", "the men's short program", "the free dance"
_SEGMENT = re.compile(r"\b(?:short|free|long)\s+(?:program(?:me)?|skate|skating)\b|\b(?:free|rhythm|short|original|compulsory)\s+dance\b", re.I)
ORDINAL_MEDAL = {"first": "gold", "second": "silver", "third": "bronze", "1st": "gold", "2nd": "silver", "3rd": "bronze"}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}


def written_count(word: str, default: int | None = 0) -> int | None:
    """The number a count word stands for ("a", "two", "3"); ``default`` for a word that is none.

    >>> written_count("an"), written_count("two"), written_count("3"), written_count("both", None)
    (1, 2, 3, None)
    """
    return {"a": 1, "an": 1}.get(word, NUMBER_WORDS.get(word, int(word) if word.isdigit() else default))

# Confidence of each rule: how sure a reviewer can be that the fact is stated as drafted.
RULES: dict[str, tuple[float, str]] = {
    "published-date-line": (0.95, "a 'date YYYY-MM-DD' line at the top of the article"),
    "published-dateline": (0.8, "a written date near the top of the article (dateparser)"),
    "published-url-date": (0.7, "a date in the address of the 'source:' line: '/2014/02/17/', '/2010/feb/28/'"),
    "games-dateline": (0.8, "a news report's dateline names a host city of one Winter Games: 'PYEONGCHANG, South Korea (AP) —'"),
    "games-years-ago": (0.7, "an undated report names earlier Games as so many years ago: 'won bronze at the Sochi Games four years ago' (a report of 2018)"),
    "games-year": (0.95, "'<year> Winter Olympics' or '<Games name> <year>'"),
    "games-dated-city": (0.7, "the article is dated in a Winter Games' year before April and names that Games' city, or is undated (or dated after) and names the city of one Winter Games only, saying 'Winter Olympics'"),
    "games-data": (0.6, "the article names no Games: the one Winter Games at which the results data has the medals it tells (two at least); the sentence saying 'Olympic' is quoted"),
    "games-dated-olympic": (0.6, "the article is dated in a Winter Games' year before April and says 'Olympic gold|champion|medal' or 'Olympics'"),
    "games-biography-year": (0.75, "in a biography, a Winter Games' year given for an Olympic medal: 'two Olympic gold medals (1992, 1998)'"),
    "games-name": (0.85, "a Games city with 'Games' or 'Olympics', year from the reference table"),
    "games-number": (0.9, "the Winter Games by their number: '24th Winter Olympic Games' (the Winter Games held, 1924 the first)"),
    "nation-mention": (0.9, "a nation's name, NOC code or demonym in the text"),
    "discipline-mention": (0.9, "a discipline's name in the text"),
    "discipline-data": (0.6, "the text never names the discipline: its event's sport is the results data's (the sentence of the event is quoted)"),
    "athlete-nation-adjacent": (0.9, "'<Nation>'s NAME', 'NAME of <Nation>', 'NAME (NOC)', '<demonym> NAME'"),
    "athlete-nation-teammate": (0.8, "'teammate(s)' of an athlete whose nation is known, or 'a <demonym> sweep'"),
    "athlete-nation-data": (0.6, "nation from the results data (the text does not say it): same name, or first and last name, used name, letters beyond ASCII dropped"),
    "athlete-nation-data-fuzzy": (0.5, "nation from the results data: a name of the same Games and sport nearly matches (rapidfuzz >= 85), sounds the same (metaphone) or is the first words of the article's longer name; warned, check it"),
    "event-mention": (0.85, "'<men's|women's> <distance> <format>' in the text"),
    "medal-won": (0.95, "'NAME won|took|claimed ... gold|silver|bronze'"),
    "medal-one-two": (0.75, "'NAME made it a Norwegian one-two', 'to make a 1-2 finish for the Dutch': second, behind a compatriot"),
    "medal-won-event": (0.9, "'NAME won the event|race|title', 'won the <event>', 'won the large hill and the team large hill, placing third in the normal hill' (each event its medal), 'was victorious', 'claimed victory', 'triumphed', 'was the winner'"),
    "medal-won-by": (0.9, "'the event was won by NAME', 'the silver medal was (also) won by (a pair of brothers,) NAME' or 'gold|silver|bronze went to NAME'"),
    "medal-ellipsis": (0.8, "'..., and NAME of <Nation> bronze' after a medal verb"),
    "medal-champion": (0.85, "'the (Olympic) champion|winner was NAME', 'the bronze medalist was U.S. teammate NAME', 'NAME became|was crowned the Olympic champion', 'remained in the bronze medal position' (not 'the defending champion', not 'after the first shooting')"),
    "medal-finished": (0.85, "'NAME finished|came|placed|became|were second|third', 'finished with the bronze medal', '..., and NAME, the defending champion, third', 'finishing in first position', 'to take second place', '..., which was sufficient for an eventual silver medal', 'good enough for bronze'"),
    "medal-fastest-time": (0.7, "'NAME posted|set the second|third fastest time' (a timed race's final order)"),
    "medal-member-of-team": (0.75, "'was part of Sweden's winning men's 4 x 10 km relay team', 'a member of the silver medal-winning 3000-meter relay team', 'part of the team that won the 3000 m relay': the member's medal in that team event"),
    "medal-team-nation": (0.75, "a nation's team medal whose members the text does not name ('Sweden won the event' of a relay page, 'Finland won the silver medals, and Germany finished third'), to the nation's team in a team event"),
    "medal-team-member": (0.75, "a team event's medal to each member named ('A, B, C and D won the relay', 'Norway, represented by A and B', 'Finland finished with the bronze, with captain A', 'Norway won the relay' and 'Norway (A)' for a leg, 'A skied the anchor leg for Norway, which won', 'second-placed Norway')"),
    "medal-team-data": (0.6, "a team's medal the text states ('Russia won a comfortable gold medal'), to a member the page names while it reads that event ('Yelena Välbe, skiing the third leg', 'Klaus Siebert struggled') whom the results data lists in that nation's team with that medal; warned with the data's row"),
    "medal-pronoun": (0.65, "a medal rule read in a sentence without a name: 'she|he' is the previous sentence's subject"),
    "medal-victory": (0.8, "'NAME's victory in the <event>', 'NAME's silver medal in the <event> was ...'"),
    "medal-listed-events": (0.75, "'NAME led the medal table with two gold medals (super-G and giant slalom)': a medal in each event in the brackets, as many as counted"),
    "medal-defended": (0.75, "'NAME defended|retained|repeated her (2014) title|success' (this article's event)"),
    "medal-nation-with": (0.8, "'<Nation> (also) won the bronze (medal), with NAME ...' in an individual event: NAME of that nation"),
    "medal-tie": (0.8, "'A and B shared|tied for the silver': each of them; 'A tied with B': B shares the one medal A has in the event"),
    "medal-list": (0.85, "a results list: 'Gold: NAME (NOC)', 'NAME (gold)'"),
    "medal-respectively": (0.8, "'A and B won silver and bronze, respectively', 'with A and B taking silver and bronze' (single athletes, one event), 'Silver and bronze went to A and B' (crews of the event's size)"),
    "medal-years": (0.7, "a biography's medals of several Games in one sentence: 'won two Olympic gold medals (1992, 1998), one silver medal (1988) and one bronze (1994) in men's doubles', 'won Olympic silver in 1988, gold in 1992 and bronze in 1994' (one event, Winter Games years, an Olympic word), 'two gold medals (Men's doubles: 1972, Men's singles: 1984)' at the Winter Olympics, a list of merits' line '1968 Olympic silver medal, 1,500 meters'"),
    "medal-data": (0.55, "a clause naming an athlete and a medal word in words no other rule reads ('the gold medalist for this event', 'consecutive Olympic gold medals in 2014 and 2018'), confirmed by the results data: the athlete's medals of that colour at those Games (of the events the clause names) are exactly as many as it says (see graph.extract_data)"),
    "medal-data-rival": (0.5, "a person a sentence names beside the medal it states, in that event ('Parrot scored a 90.96 to hold off Su Yiming of China', 'Fourcade edged Simon Schempp'): the colour of their one medal in that event at those Games in the results data; warned (see graph.extract_data)"),
    "medal-podium": (0.8, "'A, B and C took the medals' (in order), 'B and C completed|rounded out the podium' (silver, bronze)"),
    "medal-days-before": (0.6, "a medal of another event of these Games told as won days before: 'A, who had won the 15 kilometres the previous week', 'winner of the 500 metre event a few days prior', 'who won the bronze medal in the Super-G a couple of days before'"),
    "medal-possessive": (0.65, "a medal whose winner is named as a possessor: 'while Medvedtsev's two misses saw him win silver', 'Kvalfoss's time earned him the bronze'"),
    "medal-crew-partner": (0.75, "a crew event's medal to the partner named with the medallist: 'he won the gold medal along with brakeman B in the two-man event', 'His American team-mates were A, B, C and D' (of the medallist's nation)"),
    "medal-relative": (0.7, "a place relative to a medallist: 'gold ahead of B (and C)', 'followed by B and C', 'silver behind A', 'bronze behind A and B', 'beat B to the gold'"),
    "record-set": (0.85, "'NAME set|broke|bettered a new Olympic|world record', 'setting three world best scores', 'edging the existing Olympic record', 'in Olympic record time', 'A and then B set Olympic records', 'world record scores in ... the overall total' (a pair: both)"),
    "record-set-passive": (0.8, "'Olympic records were set on the <event> by NAME, the <event> by A, B and C' (each named holder)"),
    "record-holder": (0.8, "'the Olympic|world record holder (was) NAME', 'NAME, the world record holder', 'the former Olympic record of NAME'; in a team event 'Norway were the Olympic record holder', 'the world record was held by Japan', 'the US team set a new world record ... before the start of the Olympics'"),
    "record-category": (0.85, "'the record for most <golds|medals> by one athlete in a single Winter Olympics'"),
    "record-set-by": (0.85, "'the record set by NAME, who won <n> golds at <Games>'"),
    "record-broken": (0.75, "'NAME's victory shattered|broke the record' (the record named before)"),
    "record-still-stands": (0.85, "'NAME's record for individual wins still stands'"),
    "record-previous-value": (0.8, "'the previous record of <n> for most ...'"),
    "record-broken-pronoun": (0.6, "'he|she has broken the previous record': the article's main athlete"),
    "record-most-decorated": (0.75, "'most decorated ... in Olympic history after NAME, who has <n>'"),
    "record-most-decorated-sport": (0.75, "'NAME became|making her the most decorated|successful (Winter) Olympic skater|skier|athlete... (in Winter Olympics history)'"),
    "record-nation-most": (0.75, "'<Nations> won|tied for the most (gold) medals ..., surpassing|equaling the record set by <Nation> at <Games>'"),
    "record-nation-own": (0.8, "'<Nation> broke its own gold medal record at a single Winter Olympics'"),
    "record-nth-athlete": (0.75, "'his seventh gold medal, a Winter Olympic record': the athlete's career record of golds|medals, the count its value"),
    "record-nth-more-than-any": (0.75, "'for NAME this was the sixth gold Olympic medal, more than any other luger had ever won': the career record of golds|medals of that kind of athlete, the count its value"),
    "record-nation-nth": (0.8, "'gave <Nation> a record <n>th gold medal'"),
}

# The words of another competition, another Games or a round, shared by every rule's guard ("won gold at the World
# Championships", "four years earlier", "in the previous Games", "in his career", "in the semifinal"): each guard
# adds its own (``MedalRules._ELSEWHERE``, ``graph.extract_data``'s ``_DATA_ELSEWHERE``).
ELSEWHERE_WORDS = (
    r"\bWorld\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Championships?|Cup)|\bWorld\s+title|\bEuropean\s+(?:[A-Z][\w-]*\s+){0,3}?Championships?|\bYouth\s+Olympic|\b(?:Boys|Girls)['’]\s|\bParalympic|\bX\s+Games|\btest\s+events?\b"
    r"|\b(?:a|one|four|eight|two|\w+)\s+years?\s+(?:earlier|ago|before|previously|prior)|\b(?:previous|last|past|prior)\s+(?:Winter\s+)?(?:Games|Olympics|edition)"
    r"|\bin\s+(?:his|her|their)\s+career\b|\bheat\b|\bsemi-?finals?\b|\bquarter-?finals?\b|\bqualif\w*|\btraining\b"
    # the season's other competitions: "won the jumping competition at the Holmenkollen ski festival", "the Four Hills Tournament"
    r"|\bdemonstration\s+(?:event|sport)s?\b"   # "the short-track demonstration event at the 1988 Winter Olympics": no Olympic medal
    # "won the only team sprint event of the season" (not "his second international victory of the season", an Olympic win)
    r"|\b(?:only|other|first|last|next|previous)\s+(?:[\w-]+\s+){0,2}?(?:event|race|competition)s?\s+of\s+the\s+(?:(?:19|20)\d\d[–-]\d\d\s+)?season\b"
    r"|\bHolmenkollen\b|\bFour\s+Hills\b|\bski\s+(?:festival|games)\b|\bGrand\s+Prix\b|\bnational\s+(?:title|championships?)\b"
    # a nation's or a body's own championships: "At the Norwegian Championships", "the U.S. Figure Skating Championships"
    r"|(?:\bU\.S\.|\b(?!(?:Olympic|Olympics|Winter|The|These|This|Those)\b)[A-Z][a-z]+)\s+(?:(?!Olympic\b)[A-Z][a-z]+\s+){0,2}Championships?\b"
)

# --- People named in a sentence ------------------------------------------------------------------------

@dataclass
class _Person:
    name: str          # the full name as the article writes it
    preferred: str     # the spelling with diacritics where the name list has it
    athlete: str       # the slug
    short: set[str] = field(default_factory=set)   # shorter spellings the article uses
    nation: str | None = None
    nation_rule: str = ""
    nation_quote: str = ""
    nation_note: str = ""   # how the results data gave the nation
    sex: str | None = None
    first_quote: str = ""
    mentions: int = 0
    written: str = ""       # the spelling the text uses where the full name is never written ("Andreas" of "Andreas and Wolfgang Linger")
    text_sexes: set[str] = field(default_factory=set)  # "F"/"M" of words of the text about them ("she", "brothers")
    data_name: str = ""     # the results data's name of a lone surname the text never writes in full ("Zöggeler")


@dataclass
class _Span:
    person: _Person
    start: int   # offsets within the sentence
    end: int

# --- Medal rules ---------------------------------------------------------------------------------------

class MedalRules:
    """The medal rules of ``graph.extract._Extractor`` (a mixin: it reads and writes the extractor's state).

    It needs from the extractor: ``events``, ``medals``, ``team_medals``, ``team_members``,
    ``leg_mentions``, ``pending_medals``, ``pending_mates``, ``disqualified``, ``last_disqualified``, ``ties``, ``event_spans``,
    ``last_subject``, ``previous_text``, ``article_year``, ``biography``, ``bio_subject``, ``games_years``, ``games_names``,
    ``games_seen``, ``main_games``, ``sentences``, ``spelling_noc``, ``noc_names``, ``warnings`` and the methods ``events_in``,
    ``nations_in``, ``see_nation``, ``set_nation``, ``nation_from_data``, ``data_match`` (a person's results data row, for the
    nationality of "The 29-year-old German"), ``_day_in`` and ``_draft_medal``.
    """

    # The verbs of winning a medal: "won|took|claimed|bagged|settled for|skied to (silver)" (one table for every rule that
    # reads "NAME <verb> ... <medal>"); "raced|skied|skated to" are motion verbs that reach a medal
    _VERB = (r"(?:won|wins|win|winning|took|takes|take|taking|claimed|claims|claim|claiming|earned|earning|earns|earn|grabbed|grabbing|grabs|"
             r"captured|capture|captures|capturing|collected|collecting|collects|secured|securing|secure|secures|bagged|bagging|bags|"
             r"clinched|clinch|clinches|clinching|added|adding|picked\s+up|picking\s+up|picks\s+up|settled\s+for|settle\s+for|settles\s+for|settling\s+for|"
             r"shared|sharing|nabbed|nabbing|snatched|snatching|scooped|scooping|landed|landing|pocketed|pocketing|snagged|snagging|"
             r"(?:was|were)\s+awarded|received|receiving|receives|got|gets|getting|(?:brought|bring|brings|bringing)\s+home|"
             r"managed|manages|managing|seized|seizes|seizing|"   # "tumbled and managed only bronze", "seized the silver"
             # "drove USA-1 to the Olympic gold medal", "piloted her sled to silver"
             r"(?:drove|driving|drives|piloted|piloting|pilots|steered|steering)\s+(?:[\w’'-]+\s+){1,2}?to|"
             # "gave Norway its first gold": the subject won the nation's medal
             r"(?:gave|giving|gives|handed|handing)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=\s+(?:its|their|her|his|a|an)\b)|"
             r"(?:raced|racing|skied|skiing|skated|skating|sped|speeding|slid|sliding|flew|flying|jumped|jumping|charged|charging|powered|powering|"
             r"cruised|cruising|glided|gliding|stormed|storming|soared|soaring|surged|surging|sprinted|sprinting|rode|riding|battled|battling|fought|fighting)\s+to)")
    # a proper name's possessive for a determiner: "captured Japan's first figure skating gold"
    _PROPER_POSSESSIVE = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s?"
    # a nation written before a name: "the Czech Republic's", "Norwegian" (a demonym's endings)
    _NATION_BEFORE_NAME = rf"{_PROPER_POSSESSIVE}\s+|(?:(?:South|North|New)\s+)?[A-Z][a-z]+(?:an|ish|ese|ch|ss|ic|i)\s+"
    # ("would go on to win" is Wikipedia's narrative past, not a hedge; see also ``_NARRATIVE``)
    _HEDGE = re.compile(r"\b(?:could|would(?!\s+(?:go\s+on\s+to|later|eventually|recover\s+to|come\s+back\s+to|bounce\s+back\s+to)\b)|(?<!\bthe\s)might|hope[sd]?|hoping|aim(?:s|ed|ing)?|bid|chasing|chase|miss(?:ed|es)?(?!\s+(?:shots?|targets?)\b)|fail(?:ed|s)?|not(?!\s+(?:have|had|having)\s+(?:any\s+|much\s+)?(?:difficult\w*|trouble|problems?))|never|will|no longer|went on to defend|(?<!upset\sthe\s)(?<!beat\sthe\s)(?<!stunned\sthe\s)(?<!beating\sthe\s)(?<!upsetting\sthe\s)favou?rites?|contenders?|candidates?|hopefuls?|chances?|seek\w*|looking\s+to|wants?|wanted|needs?|needed|needing|targets?(?=\s+(?:a|an|his|her|their|gold|silver|bronze|medals?|victory|the\s+(?:gold|silver|bronze|podium|title|medal|win))\b)|targeted|attempt\w*|dream\w*|set\s+to|expected|try|tries|tried|gunning|predicted|tipped|projected|poised|touted|slated|positioned|primed|in\s+(?:a\s+)?position|on\s+(?:course|track)\s+to|(?:eyes|sights)\s+(?:\w+\s+){0,2}?on)\b", re.I)

    def _hedged_before(self, clause: str, position: int) -> bool:
        """A hedge before ``position`` in the same predicate: "He was a favourite for the event, and finished second to
        B" is no hedge of "finished" (", and" starts another predicate of the subject); "could have won gold" is."""
        start = max((m.end() for m in re.finditer(r",\s+and\s+(?=(?:then\s+|later\s+|eventually\s+)?[a-z]+(?:ed|ook|on|ame)\b)", clause)
                     if m.end() <= position), default=0)
        return self._HEDGE.search(clause[start:position]) is not None

    # A clause ends at ';', 'while', 'after', and at 'but' when a new subject follows ("but Leenstra only
    # finished sixth"); "but ultimately finished 0.08 seconds behind" goes on with the same subject.
    _CLAUSE_END = re.compile(r"[;]|\bwhile\b|\bafter\b|\bbut\b(?=\s+(?:[A-ZÀ-Ö]|(?:he|she|they|it|the|a|an|his|her|their)\b))")
    # A name after these words is the object of a comparison ("held a lead over Achtereekte's time"), not
    # the subject of what follows, unless a relative clause makes it one ("behind X, who took silver").
    _OBJECT_BEFORE = re.compile(r"\b(?:over|than|behind|ahead\s+of|beating|beat|beats|defeat|defeating|defeated|edge|edging|edged|edges|outpace|outpacing|outpaced|"
                                r"upset|upsetting|upsets|overtook|overtaking|overtakes|outraced|outracing|outraces|outsprinted|outsprinting|outskated|outskating|outdueled|outduelled|outjumped|"
                                r"(?:collision|collided|crash(?:ed)?|contact|clash(?:ed)?)\s+with|(?:skipped|captained|coached)\s+by|"
                                r"topping|topped|top|pipped|pipping|holding\s+off|held\s+off|(?:lost|losing|conceded|conceding)\s+(?:[\w.,]+\s+){0,6}?to)\s+(?:[a-z][a-z-]*\s+){0,3}(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+)?"
                                # ("she beat Chinese Wang Manli": a demonym before the name; "upset favored South Korean Ahn Hyun-soo")
                                r"(?:(?:South|North|East|West|New)\s+)?(?:[A-Z][a-z]+(?:an|ish|ese|ch|ss|ic|i)\s+)?$")

    # "Kjetil Jansrud (silver)", "Bo Beta of Norway (silver)": the medal in brackets after the name
    _BRACKET = re.compile(r"\s*(?:(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*)?\((gold|silver|bronze)\)")

    # "NAME won the event|race|title|relay", "took the win|victory" (not "took the final podium spot")
    _WON_EVENT = re.compile(r"\b(?:won|wins|(?<![Mm]edal-)(?<![Mm]edal\s)winning|claimed|took|captured|clinched|wrapped\s+up|(?<=\bto\s)(?:win|take|claim|capture))\s+(?:the\s+)?(?:(?!(?:medals?|at|in|during|from|with)\b)[\w’'-]+\s+){0,8}?(?:event|race|title|final(?!\s+(?:podium|spot|place|step|position|medal|lap|run|leg|jump|round|stretch|metres|meters|corner|turn|straight|climb|descent|shooting|exchange))|competition|crown|relay)\b"
                            r"|\b(?:took|secured|claimed|earned|sealed|clinched)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:win|victory|triumph)\b(?![^,.;]{0,30}\b(?:run|heat|round|leg|semi\w*|quarter\w*|World\s+Cup)\b)"
                            # "won both the slalom and the giant slalom events": read only as a chain of the events named
                            r"|\b(?:won|wins|winning|claimed|took|captured)\s+both\s+(?:the\s+)?(?:(?!(?:medals?|at|in|during|from)\b)[\w’'-]+\s+){1,8}?(?:events|races)\b")
    _NARRATIVE = re.compile(r"(?<=\bwho\s)would\s+(?=(?:go\s+on\s+to\s+)?(?:win|take|claim|capture)\b[^,.;]*\b(?:in|at)\s+this\s+(?:event|race|competition|final)\b(?![^.;]*\bif\b))")
    # a verb phrase joined to the one before it: "..., and also won", "and eventually went on to"
    _JOINED = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+|eventually\s+|finally\s+|ultimately\s+|subsequently\s+)?(?:went\s+on\s+to\s+)?$")

    # "the event was won by", "the silver medal was also won by a pair of brothers, ": the medal of the name after it
    _WON_BY = re.compile(r"\b(?:(?P<medal>gold|silver|bronze)(?:\s+medal)?\s+(?:was|were|is|has\s+been)\s+(?:also\s+|then\s+|instead\s+)?)?"
                         r"(?:won|claimed|taken|captured|earned|secured|bagged|grabbed|clinched|collected|snatched|picked\s+up)\s+by\s+"
                         r"(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:pair|duo|trio|team|crew|brothers|sisters|siblings|twins)(?:\s+of(?:\s+(?:brothers|sisters|siblings|twins))?)?\s*,?\s*"
                         # "won by Polish jumper Adam Małysz"
                         r"|(?:[A-Z][a-z]+\s+)?(?:ski\s+|speed\s+|alpine\s+)?(?:jumper|skier|skater|biathlete|racer|luger|snowboarder|athlete|bobsledder|slider)\s+)?$", re.I)

    # "upset the dominant team of the past four years, American stars Madison Chock and Evan Bates, and claimed gold": the
    # beaten named after an appositive that ends in a noun of them
    _OBJECT_AFTER_APPOSITIVE = re.compile(r"\b(?:upset|upsetting|beat|beating|defeated|defeating|dethroned|dethroning|toppled|toppling)\s+"
                                          r"the\s+[a-z]+(?:\s+[a-z]+){0,8},\s+(?:[A-Z][a-z]+(?:an|ish|ese|ch|ss|ic|i)\s+)?(?:[a-z]+\s+){1,2}$")

    def _is_object(self, text: str, span: _Span) -> bool:
        """A compared name ("edged X"), or a possessor ("Shaolin's brother won"), is not the subject of what follows."""
        possessor = re.match(r"['’]s\s+(?!(?:victory|win|triumph|team-?mates?|gold|silver|bronze|medal|title)\b)[a-z]", text[span.end:])
        # "Olsbu, who started just before Vítková, ... won": a name inside another's relative clause is not its subject
        inside = re.search(r"[\w.)],\s*who\s+[^,;()]*\s$", text[:span.start]) is not None
        # ("edged B, who won bronze": B's relative clause has B's medal; "held off B, who had the best shooting, to win bronze":
        # an infinitive after the relative clause is the subject's)
        relative = re.match(r"\s*,?\s*(?:who|which)\b[^,;.]*(?P<purpose>,\s*to\s+(?:win|take|claim|earn|secure|capture|grab)\b)?", text[span.end:])
        before = re.sub(r"[A-Z][\w'’-]*/$", "", text[:span.start])   # "less than Papadakis/Cizeron": the pair's second name too
        # ("lost 0.01 in the fourth run to Jamanka and Burghardt": the pair's second name too)
        # ("ahead of Austria's Johannes Lamparter and Finland's Ilkka Herola": a nation before the second name)
        pair = re.sub(rf"(?:[A-Z][\w'’.-]*\s+){{1,3}}and\s+(?:{self._NATION_BEFORE_NAME})?$", "", before)
        before = pair if pair != before and (self._OBJECT_BEFORE.search(pair) or self._OBJECT_AFTER_APPOSITIVE.search(pair)) else before
        return possessor is not None or inside or ((self._OBJECT_BEFORE.search(before) or self._OBJECT_AFTER_APPOSITIVE.search(before)) is not None
                                         and (relative is None or relative.group("purpose") is not None) and not self._BRACKET.match(text[span.end:]))

    def _figure_skating_team_event(self) -> tuple | None:
        """The figure skating team event, where the article names it (its segments, "the men's free skate", name events too)."""
        return next((key for key, event in self.events.items() if key[2] == "team" and event["discipline"] in (None, "figure-skating")
                     and self.one_sport() == "figure-skating"), None)

    _BEATEN_BEFORE = re.compile(r"\b(?:beat|beating|beats|defeat|defeated|defeating|edge|edged|edges|edging|(?:hold|holds|held|holding)\s+off|"
                                r"pipped|pipping|outpaced|outpacing|outdueled|outduelled|ahead\s+of|over)\s+(?:out\s+)?(?:[a-z][a-z-]*\s+){0,3}"
                                r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+)?(?:(?:South|North|East|West|New)\s+)?(?:[A-Z][a-z]+(?:an|ish|ese|ch|ss|ic|i)\s+)?"
                                r"(?:[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)?(?:of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?and\s+(?:[A-Z][\w.-]*['’]s\s+)?)?$")

    def _beaten(self, text: str, span: _Span) -> bool:
        """A name the sentence's subject beat: "edged B", "to hold off B of China and C", "ahead of Austria's B" (not a
        possessor, nor a name in another's relative clause)."""
        return (self._BEATEN_BEFORE.search(text[:span.start]) is not None and re.match(r"['’]s\s", text[span.end:]) is None
                and re.search(r"[\w.)],\s*who\s+[^,;()]*\s$", text[:span.start]) is None)

    # "... saw her lose this advantage and cross the line 0.39 seconds down to take second place": a sentence
    # without a name whose subject is a pronoun speaks of the previous sentence's subject.
    _PRONOUN = re.compile(r"\b(?P<fem>she|her)\b|\b(?P<masc>he|him|his)\b", re.I)
    _BIOGRAPHY_SUBJECT = re.compile(r"^\s*(?:[A-Z]\w*,\s*)?(?:The\s+(?:greatest|biggest|best|finest)\s+(?:success|achievement|triumph|result)\s+(?:was|came)\b"
                                    r"|the\s+[\"“][^\"”]{2,30}[\"”](?=\s+(?:became|won|took|claimed|was)\b))")

    # "Christopher Grotheer left no doubt ... The 29-year-old German dominated the men's skeleton": a sentence opening with
    # the subject's age or nationality (and a noun for an athlete) speaks of the previous sentence's subject
    # ("One of the surprising breakout stars of the Winter Games, the Czech pulled double-duty": after an opening phrase)
    _DESCRIPTOR = re.compile(r"^\s*(?:(?:But|And|Yet|Then|There|Here|Earlier|Later|Previously|Now|Meanwhile),?\s+|[A-Z][^,;.:\"“”]{0,80},\s+)?(?:The|(?<=,\s)the)\s+(?P<age>(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s*)?"
                             r"(?P<demonym>(?:(?:South|North|New)\s+)?[A-Z][a-z]+\b)?\s*"
                             r"(?:(?:star|veteran|champion|skier|skater|racer|slider|rider|snowboarder|jumper|biathlete|athlete|teenager|youngster)\s+)?"
                             r"(?=(?:also\s+|then\s+|later\s+|finally\s+)?(?:(?:has|had|have)\s+(?:already\s+|also\s+)?)?[a-z]+(?:ed|ook|on|ame|ot|ew|ode)\b)")

    def _descriptor_span(self, text: str, person: "_Person") -> _Span | None:
        """The previous sentence's subject, where the sentence opens with a description of them ("The 29-year-old German")."""
        match = self._DESCRIPTOR.match(text)
        if not match or not (match.group("age") or match.group("demonym")):
            return None
        if match.group("demonym"):
            nations = self.nations_in(match.group("demonym"))
            # only a nationality the person has, by the text or else the results data ("The German" of a German): else it
            # is someone else's description
            known = person.nation
            if known is None:
                found = self.data_match(person, self.main_games, None)
                known = found.noc if found else None
            if len(nations) != 1 or nations[0][3] != match.group("demonym") or known not in (None, nations[0][0]):
                return None
        return _Span(person, match.start("age") if match.group("age") else match.start("demonym"), match.end())

    def pronoun_span(self, text: str) -> _Span | None:
        """The previous sentence's subject standing for the first pronoun of a sentence without names
        (or for its opening description: "The 29-year-old German dominated ...")."""
        match = self._PRONOUN.search(text)
        # in a biography, its subject ("... the win by Eugeni Redkine prevented him ... In 1994, he was part of the relay team")
        person = (self.bio_subject if self.biography else None) or self.last_subject
        said = self._BIOGRAPHY_SUBJECT.search(text) if self.biography and self.bio_subject else None
        if said:
            # "The greatest success was winning the gold medal in giant slalom", 'There, the "flying dentist" became Olympic
            # Champion': a biography's words for its subject, opening the sentence
            return _Span(self.bio_subject, said.start(), said.end())
        described = self._descriptor_span(text, person) if person is not None else None
        if described and (not match or match.start() >= described.start):
            return described
        if not match or person is None:
            return None
        sex = "F" if match.group("fem") else "M"
        if (person.sex and person.sex != sex) or (person.text_sexes and sex not in person.text_sexes):
            return None  # the data's or the text's sex of the person is not the pronoun's
        return _Span(person, match.start(), match.end())

    def medal_rules(self, text: str, spans: list[_Span], current_event: tuple | None, event_here: tuple | None) -> None:
        """The medals one sentence states: for each subject named, the first rule that reads its clause.

        A medal found is dropped when the guards say it is another Games', competition's, event's
        or round's (``_elsewhere``, ``_other_event``); else it goes to the event named in its own
        clause, or the sentence's, or the article's current one, and on to a crew's other members,
        a tie's other names and the places stated relative to it.
        """
        previous_medal_verb = False
        day = self._day_in(text)
        all_spans = spans
        spans = [span for span in spans if not self._is_object(text, span)]
        # a pronoun sentence about another year or the career ("she won gold in 2014") is not read
        # (a year of the article's Games is not another year: "he became Olympic champion ... at Sochi in 2014")
        other_year = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)} - {self.article_year}
        # ("Three days earlier, she had secured super-G gold": earlier at these Games, in the event the sentence names)
        these_games = self.event_spans and re.sub(rf"\b{self._DAYS_EARLIER}", "", text, flags=re.I) or text
        pronoun = self.pronoun_span(text) if not spans and not other_year and not re.search(r"\b(?:previous|earlier|career)\b", these_games) else None
        if pronoun and re.match(r"\s*When\s+(?:he|she)\b", text) and re.search(ELSEWHERE_WORDS, self.previous_text, re.I):
            # "... nine years after his breakthrough at the 1985 World Championships. When he took the giant slalom crown in
            # Bormio, ...": the time clause goes back to the competition the sentence before names
            pronoun = None
        if pronoun:
            # "... was her best year; she first became National Champion, then she won gold on the 1,000 m": each
            # subject pronoun after the first opens a clause of the same person
            again = [_Span(pronoun.person, m.start(), m.end()) for m in re.finditer(r"\b(?:[Ss]he|[Hh]e)\b", text) if m.start() > pronoun.start
                     and (m.group(0).lower() == "she") == (text[pronoun.start:pronoun.end].lower() in ("she", "her"))]
            spans = [pronoun, *again]
        elif spans and not other_year and not re.search(r"\b(?:previous|earlier|career)\b", text):
            # "He won gold, with B taking silver": a subject pronoun before the first name is a subject too
            subject = re.search(r"\b(?P<fem>[Ss]he)\b|\b(?P<masc>[Hh]e)\b", text[:spans[0].start])
            pronoun = self.pronoun_span(subject.group(0)) if subject else None
            if pronoun:
                pronoun = _Span(pronoun.person, subject.start(), subject.end())
                # (also where the person is named later, as an object: "She won another gold in the 500 meters in a race in
                # which silver medalist B accused Turner")
                spans = [pronoun, *spans]
        for index, span in enumerate(spans):
            nxt = spans[index + 1].start if index + 1 < len(spans) else len(text)
            # "with Norway's A taking two penalties, the West Germans were able to take the bronze": a nation as the subject
            # of a new clause takes the medal words after it
            # ("..., with the United States taking silver": the nation's own medal)
            nxt = next((start for _, start, end, _ in self.nations_in(text) if span.end < start < nxt
                        and (re.search(r",\s*(?:the\s+)?(?:[A-Z][a-z]+\s+)?$", text[span.end:start])
                             and re.match(r"\s+(?:were|was|had|have|has|took|won|claimed|finished|came|went|got|managed|secured)\b", text[end:])
                             or re.search(r",\s*with\s+(?:the\s+)?$", text[span.end:start])
                             and re.match(r"\s+(?:taking|winning|claiming|earning|grabbing|collecting|settling|finishing)\b", text[end:]))), nxt)
            window = text[span.end:nxt]
            # "Anna Alpha (born 4 May 1984) is ...": a birth date is no year of a medal (blanked, offsets kept)
            window = re.sub(r"\((?:born|b\.)\s[^)]*\)", lambda m: " " * len(m.group(0)), window)
            for other in all_spans:
                # "finished fourth, behind B who won bronze": the relative clause of a compared name is B's, not the subject's
                relative_of = re.match(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s*,?\s*(?:who|which)\b[^,;.]*",
                                       text[other.end:]) if other not in spans and span.end <= other.start < nxt else None
                if relative_of:
                    cut = other.end - span.end
                    window = window[:cut] + " " * min(relative_of.end(), len(window) - cut) + window[cut + relative_of.end():]
            # "the record held by her compatriot Ole Einar Bjoerndael, ..., when she won gold in the women's relay": a name
            # told as another's ("her compatriot") is not the "she" after it; the pronoun's clause is not the name's
            possessed = re.search(r"\b(her|his)\s+(?:[\w-]+\s+){0,2}$", text[:span.start], re.I)
            pronoun_after = re.search(r"\bshe\b" if possessed.group(1).lower() == "her" else r"\bhe\b", window, re.I) if possessed else None
            if pronoun_after:
                window = window[:pronoun_after.start()]
            self._member_of_winning_team(span, window, text, day)
            before = text[spans[index - 1].end if index else 0:span.start]
            # "X, who had led after the first run, finished second": a relative clause without a medal is skipped
            # (its "after" or "but" does not end the subject's clause)
            # (and so is a participle: "Sui and Han, leading after the short program, made mistakes and won silver")
            relative = re.match(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|\s*\([A-Z]{3}\))?\s*,\s*(?:who|which|(?:having\s+)?[a-z]+ing|having\s+[a-z]+ed)\s+[^,;]*,", window)
            participle = relative is not None and re.match(r"[^,]*,\s*(?:who|which)\b", relative.group(0)) is None
            # "Bo Beta, last year's world champion, took silver": an appositive (a noun phrase, no verb) describes the athlete
            appositive = None if relative else self._APPOSITIVE.match(window)
            if appositive and (re.search(r"\b(?:won|wins|took|claimed|finished|was|were|is|came|placed|[a-z]+ed)\b", appositive.group("app"))
                               or re.search(r"\b(?:gold|silver|bronze|medal\w*|first|second|third)\b", appositive.group("app"))
                               and not self._elsewhere(appositive.group("app"), "", None)):
                appositive = None  # a clause, or a medal of this event ("X, the silver medallist, ...")
            if appositive:
                clause = " " * appositive.end() + self._CLAUSE_END.split(window[appositive.end():])[0]
            elif relative and self._HEDGE.search(relative.group(0)):
                # "Beat Feuz, attempting to add Olympic gold to his world title, took bronze": a hoped-for medal in a relative
                # clause or participle is not the subject's; the predicate after it is
                clause = " " * relative.end() + self._CLAUSE_END.split(window[relative.end():])[0]
            elif relative and not re.search(r"\b(?:gold|silver|bronze|medal\w*|won|wins|winning|title|champion\w*"
                                          + (r"|first|second|third|podium" if participle else
                                             r"|(?:finish\w*|came|placed|ended\s+up)\s+(?:in\s+)?(?:first|second|third)") + r")\b", relative.group(0)):
                clause = " " * relative.end() + self._CLAUSE_END.split(window[relative.end():])[0]
            elif relative and not participle and not re.search(r"\b(?:gold|silver|bronze|medal\w*|won|wins|winning|title|champion\w*)\b", relative.group(0)):
                # "Smit, who broke the world record en route to finishing second, only started competing ... a year before the
                # Games": the place is the relative clause's, and so is what the guards read
                clause = relative.group(0)
            else:
                clause = self._CLAUSE_END.split(window)[0]
            # ", who won gold in 2018, took silver": the relative clause speaks of another Games
            # (and so does one about another event, "who won gold on the normal hill", or a hedged one, "who failed to win gold")
            clause = re.sub(r",\s*(?:who|which)\s+[^,;]*(?:,|[.;]?\s*$)", lambda m: "," if self._elsewhere(m.group(0), "", None)
                            or self._other_event(m.group(0), event_here or current_event)
                            or (m.group(0).rstrip().endswith(",") and self._HEDGE.search(m.group(0))) else m.group(0), clause)
            # "who would win the silver medal in this event": the narrative past, not a hedge (blanked, offsets kept)
            clause = self._NARRATIVE.sub(lambda m: " " * len(m.group(0)), clause)
            medal = rule = None
            # "A (gold) and B (silver) became the first sisters to win gold and silver": the bracket is the name's own medal
            own = self._BRACKET.match(clause)
            # ("won the second of his three gold medals at these Games": one of them, this event's)
            # ("on the way to win the tenth heat and the gold medal": the race won, and with it the medal)
            verb = None if own else re.search(rf"\b{self._VERB}\s+(?:home\s+)?(?:the\s+(?:first|second|third|fourth|fifth|last|final)\s+of\s+(?:his|her|their)\s+"
                             rf"|the\s+(?:[\w-]+\s+)?(?:heat|race|final|pair)\s+and\s+(?:the\s+|a\s+)?|the\s+|a\s+|his\s+|her\s+|their\s+|its\s+|an?\s+"
                             # ("captured Japan's first figure skating gold": a nation's possessive for a determiner)
                             rf"|(?:{self._PROPER_POSSESSIVE})\s+)?(?:(?!(?:ahead|behind|over|than|and|in|at|for|with|but|after|before|of|to|by)\b)[\w’'-]+\s+){{0,3}}?"
                             # ("giving Russia its second straight men's figure skating gold medal": an event's words too)
                             rf"(?:(?:men|women|ladies)['’]s\s+(?:(?!(?:and|in|at|for|with|of|to|by)\b)[\w-]+\s+){{0,2}}?)?"
                             rf"(?P<medal>gold|silver|bronze)(?:\s+medal)?(?![\w-])", clause, re.I)
            second = re.match(r"(?:\s+medals?)?\s*,?\s+and\s+(?:a\s+|the\s+)?(gold|silver|bronze)\b[^.;]*\brespectively\b", clause[verb.end():], re.I) if verb and len(self._name_list(text, spans, index, loose=True)) == 1 else None
            if second and not self._hedged_before(clause, verb.start()) and not self._elsewhere(clause, "", None):
                # "Miho Takagi also won silver and bronze in the 1,500 and 1,000 meters, respectively": each medal its event
                named = [key for start, key in self.event_spans if span.end + verb.end() <= start < span.end + len(clause)]
                named = [key for number, key in enumerate(named) if key not in named[:number]]
                if len(named) == 2:
                    for medal_word, key in zip((verb.group("medal").lower(), second.group(1).lower()), named):
                        self._draft_medal(span.person, key, medal_word, "medal-respectively", text, day)
                    previous_medal_verb = True
                    continue
            if verb and (re.search(r"\brespectively\b", clause) or re.match(r"(?:\s+medals?)?\s*(?:,\s*(?:gold|silver|bronze)\s*)?,?\s+and\s+(?:the\s+)?(?:gold|silver|bronze)\b(?!\s+medal(?:l)?ist)", clause[verb.end():], re.I)
                         and len(self._name_list(text, spans, index, loose=True)) >= 2):
                verb = None  # "A and B won silver and bronze, respectively": read for the list below
            if verb and re.match(r"\s*(?:,\s*(?:gold|silver|bronze)\s*)?,?\s+and\s+(?:a\s+|the\s+)?(?:gold|silver|bronze)\s+medals\b", clause[verb.end():], re.I):
                verb = None  # "he won gold and silver medals at the 1994 Winter Olympics": medals of two events, neither named
            if verb and self._IN_A_ROUND.match(clause, verb.end()):
                verb = None  # "who won silver in the first run": a round's place, not a medal
            if verb and re.search(r"\b(?:ahead\s+of|behind|over|than|beating|defeating)\s+(?:[\w.-]+\s+){0,4}$", clause[:verb.start()]):
                verb = None  # "0.1 seconds ahead of three skaters winning Olympic silver": the compared ones' medal
            if verb and re.search(r"\b(?:last|previous|past|first)\s+(?:two|three|four|five|six|\d+)\s+$", clause[verb.start():verb.start("medal")], re.I):
                verb = None  # "Geisenberger, who won the last three gold medals": the event's golds of Games before, not this one
            tally = verb and self._TALLY.search(clause, verb.start())
            if tally and tally.start() < verb.end():
                verb = None  # "who won one gold and one silver": a count of medals of several events, none of one event
            if verb and not self._hedged_before(clause, verb.start()) and not (
                    {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", self._REPEATED.sub("", self._DESCRIBED.sub("", clause[:verb.start()])))} - {self.article_year}):
                medal, rule = verb.group("medal").lower(), "medal-won"
            if own:
                medal, rule = own.group(1), "medal-list"
            won_event = None
            if not medal:
                won_event = self._WON_EVENT.search(clause)
                # "won the two most recent World Cup events, and also won the Olympic race": the win joined by "and (also)"
                for later in self._WON_EVENT.finditer(clause):
                    if (won_event and later.start() > won_event.start() and self._JOINED.search(clause[:later.start()])
                            and re.search(r"\bOlympic\b", later.group(0))):
                        won_event = later
                if won_event and not self._hedged_before(clause, won_event.start()) and not re.search(r"\bmedal\b", won_event.group(0)):
                    medal, rule = "gold", "medal-won-event"
            relative = re.search(r"(\w+),\s*which\s+was\s+won\s+by\s*$", before)  # "the sprint event of the day before, which was won by"
            won_by = self._WON_BY.search(before)
            if (not medal and won_by and not self._HEDGE.search(before)
                    and not (relative and relative.group(1).lower() not in ("event", "race", "competition", "final"))):
                # "the silver medal was (also) won by X"; "the event was won by X" is gold, but "the silver in the event
                # was won by X" (a medal word away from the verb) is not read
                other = re.search(r"\b(?:silver|bronze|second|third|runner-up)\b", re.split(r"[.;]", before[:won_by.start()])[-1], re.I)
                if won_by.group("medal") or not other:
                    medal, rule = (won_by.group("medal") or "gold").lower(), "medal-won-by"
            if not medal:
                # ("The gold in the women's mass start also went to a Dutch skater: reigning world champion Marijke Groenewoud")
                went = re.search(r"\b(?:the\s+)?(gold|silver|bronze|victory|win|title|first\s+place|second\s+place|third\s+place)(?:\s+medal)?"
                                 r"(?:\s+(?:in|of)\s+the\s+[^,.;:]{1,60}?)?\s+(?:also\s+)?went\s+to\s+(?:(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:pair|duo|trio|team|crew)\s+of\s+"
                                 r"|an?\s+[\w-]+\s+(?:skater|skier|athlete|racer|rider|snowboarder|jumper|slider|biathlete)\s*:\s*)?"
                                 # ("went to Germany's Dajana Eitberger", "went to World champion Alexei Grichin of Belarus")
                                 r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+|(?:the\s+)?(?:(?:world|defending|reigning|European|Olympic)\s+){1,2}champion\s+)?$", before, re.I)
                # "Completing the sweep and winning bronze was Bob de Jong": the medal before "was", of the name after it
                # ("Taking silver was Germany's Susanne Kreher and Axel Jungk": a nation before the name)
                went = went or re.search(rf"\b(?:winning|taking|claiming|earning|collecting)\s+(?:the\s+)?(gold|silver|bronze)(?:\s+medal)?\s+(?:was|were)\s+(?:{self._NATION_BEFORE_NAME})?$", before, re.I)
                # "It was the first Olympic gold for X": the medal the sentence names, of the name after "for"
                went = went or re.search(r"\b(?:was|is)\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(gold|silver|bronze)(?:\s+medal)?\s+for\s+$", before, re.I)
                if went and self._IN_A_ROUND.match(before, went.end(1)):
                    went = None   # "Victory in the first run went to A": a run's, not the event's
                if went and not self._HEDGE.search(before[:went.start()]):
                    word = went.group(1).lower().replace(" place", "")
                    medal, rule = ORDINAL_MEDAL.get(word, word if word in MEDALS else "gold"), "medal-won-by"
            if not medal:
                ellipsis = re.match(r"\s*,?\s*(?:(?:also\s+)?(?:of|from|representing)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*,?\s+|\([A-Z]{3}\)\s*,?\s*)?"
                                    # "and Eva Samková, the defending champion, third": an appositive between name and place
                                    # ("and A and B the bronze medal, for each of them the first Olympic medal": one after it)
                                    # ("and Claudia Pechstein, Niemann's teammate, third")
                                    r"(?:(?:(?<=,)|(?<=,\s))\s*(?:the|a|an|his|her|[A-Z][\w-]*['’]s)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}\s*,\s*)?(?:the\s+|a\s+|in\s+)?(gold|silver|bronze|second|third)(?:\s+medal|\s+place)?(?:\s+for\s+(?:the\s+)?[A-Z][\w ]*)?(?:\s*,\s*(?:his|her|their|its|for\s+(?:each\s+of\s+)?(?:him|her|them|both)\s+(?:the|their|his|her))\s+(?:[\w-]+\s+){0,4}?(?:medal|podium|result)s?)?\s*[.,;]?\s*(?:and\s*)?$", self._CITATION.sub("", clause))
                if ellipsis and previous_medal_verb and not self._PARTIAL.match(window[window.find(ellipsis.group(1)) + len(ellipsis.group(1)):]):
                    word = ellipsis.group(1).lower()
                    medal, rule = ORDINAL_MEDAL.get(word, word), "medal-ellipsis"
            if not medal:
                titled = self._TITLE_WAS.search(before)
                if titled and not self._TITLE_QUALIFIER.search(titled.group("qualifier")):
                    medal, rule = (titled.group("medal") or "gold").lower(), "medal-champion"
            if not medal:
                finished = re.search(r"\b(?:finish(?:ed|es|ing)?|came|placed|was|were|became|ended(?:\s+up)?)\s+(?:on\s+the\s+podium\s+)?(?:in\s+)?(first|second|third|1st|2nd|3rd)\b(?!\s+(?:in|at)\s+(?:the\s+)?(?:World|overall))"
                                     rf"|\b(?:to\s+)?{self._PLACE_VERB}\s+(?:the\s+)?(first|second|third|1st|2nd|3rd)\s+(?:place|position|spot)\b"
                                     # ("Germany's Johannes Ludwig took third in 3:10.932")
                                     r"|\b(?:to\s+)?(?:take|takes|took|taking)\s+(second|third|2nd|3rd)(?=\s*(?:[,.;]|$|\s(?:in|with|behind|overall)\b))"
                                     rf"|\b{self._PLACE_VERB}\s+(?:the\s+)?{self._PODIUM_STEP}"
                                     r"|\b(?:finished|came|placed)\s+(?:\d[.,]\d|[^,.;]){0,40}?\bfor\s+(?:the\s+)?(silver|bronze)\b"
                                     r"|\b(?:finished|was|came)\s+(?:as\s+)?(?:the\s+)?(runner-up)\b"
                                     r"|\b(?:finished|ended(?:\s+up)?|came\s+away)\s+with\s+(?:the\s+|a\s+)?(gold|silver|bronze)\b", clause)
                partial = finished and self._PARTIAL.match(window[window.find(finished.group(0)) + len(finished.group(0)):])  # "first after the first run"
                # "by 5.9 km was second", "After 800 m he was second": a place at a point of the course
                partial = partial or (finished and self._CHECKPOINT_BEFORE.search(re.split(r"[.;,]", before)[-1] + " " + clause[:finished.start()]))
                # "In pair 3, A improved the time ..., and B became second": a standing while the pairs skate, not the result
                partial = partial or (finished and re.match(r"\s*(?:In|After)\s+(?:the\s+)?(?:pair|heat)\s+\d+\b", text, re.I))
                # "during the Compulsory Dance, which saw A finishing second": a segment of the event, not its result
                partial = partial or (finished and re.search(r"\b(?:during|in|after)\s+the\s+(?:compulsory|original|short|rhythm|free)\s+(?:dance|program(?:me)?|skate)\b", text, re.I)
                                      and not re.search(r"\b(?:overall|in\s+total|final\s+(?:standings|results))\b", clause))
                # "In the pairs free skate earlier in the evening, ... Georgia's A and B placed second": in a report of the figure
                # skating team event, a place while the text tells a segment is the segment's, not a medal
                partial = partial or (finished and self.in_segment and self._figure_skating_team_event()
                                      and not re.search(r"\b(?:overall|in\s+total|final\s+(?:standings|results))\b", clause))
                # "A were in first place after the short program, while B were in second": a standing ("were in") shares the
                # segment of the clause it is compared with
                standing = finished and re.match(r"(?:was|were)\s+in\b", finished.group(0))
                partial = partial or (standing and re.search(r"\bwhile\b", text[:span.start] + clause[:finished.start()])
                                      and any(self._PARTIAL.match(text, m.end()) for m in re.finditer(r"\b(?:first|second|third)\s+place|\bin\s+(?:first|second|third)\b", text)))
                listed = finished and self._PLACES_LISTED.match(clause, finished.end()) and len(self._name_list(text, spans, index, loose=True)) >= 2
                # "whose result was first improved by Peiffer": "first" an adverb of the passive, not a place
                partial = partial or (finished and re.match(r"(?:was|were)\b", finished.group(0))
                                      and re.match(r"\s+(?:[a-z]+ed|[a-z]+en|set|held|run|won)\b", clause[finished.end():]))
                if finished and not partial and not listed and not self._hedged_before(clause, finished.start()):
                    step = {k: v for k, v in finished.groupdict().items() if v}
                    word = ({"last": "bronze", "top": "gold", "middle": "silver"}[next(iter(step))] if step
                            else next(g for g in finished.groups() if g).replace("runner-up", "silver"))
                    medal, rule = ORDINAL_MEDAL.get(word, word), "medal-finished"
            if not medal:
                # "posted the third fastest time": a timed race's final order; "the (then-)fastest time" is
                # often a provisional lead, so only second and third are read.
                fastest = re.search(r"\b(?:posted|set|skated|recorded|clocked)\s+the\s+(second|third)[- ](?:fastest|best)\s+time\b", clause)
                partial = fastest and re.search(r"\b(?:run|heat|round|leg|lap|training|qualif\w*|split|intermediate)\b", clause[fastest.end():])
                if fastest and not partial and not self._hedged_before(clause, fastest.start()):
                    medal, rule = ORDINAL_MEDAL[fastest.group(1)], "medal-fastest-time"
            if not medal:
                champion = re.search(r"\b(?:became|(?:was|were)\s+crowned)\s+(?:the\s+)?(?:Olympic\s+)?(?:[\w-]+\s+)?[Cc]hampions?\b"
                                     r"|\bbecame\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?Olympic\s+champions?\b"
                                     # "became the first Olympic biathlon champion", "was the first Olympic downhill champion"
                                     r"|\b(?:became|was|is)\s+the\s+(?:first|inaugural)\s+Olympic\s+(?:[\w-]+\s+){1,2}?champion\b"
                                     # "At the 2002 Winter Olympics, she became the inaugural women's skeleton champion"
                                     r"|\bbecame\s+the\s+inaugural\s+(?:[\w’'-]+\s+){1,3}?champion\b"
                                     r"|\bbecame\s+the\s+(?:[\w-]+\s+){0,2}?(?:Olympic\s+)?(gold|silver|bronze)\s+medal(?:l)?ist\b"
                                     r"|\b(?:finished|remained|stayed|ended(?:\s+up)?|held)\s+in\s+(?:the\s+)?(gold|silver|bronze)(?:\s+medal)?\s+position\b"
                                     r"|^\s*(?:(?:of|from)\s+(?:the\s+)?[A-Z][\w ]*?\s+)?(?:was|is)\s+the\s+(?:(?:19|20)\d\d\s+)?(?:Olympic\s+)?(?:(gold|silver|bronze)\s+medal(?:l)?ist|champion)\b"
                                     r"|\b(?:hold|held|holding|hung|hang)\s+on\s+(?:to|for)\s+(?:the\s+)?(gold|silver|bronze)\b", clause)
                titled_year = champion and re.search(r"\b(?:19|20)\d\d\b", champion.group(0))
                if titled_year and int(titled_year.group(0)) != self.article_year:
                    champion = None  # "is the 2018 Olympic champion" in a page of other Games: that Games' title
                if champion and not self._hedged_before(clause, champion.start()) and not ("position" in champion.group(0) and self._PARTIAL.match(window[champion.end():])):
                    medal, rule = next((g for g in champion.groups() if g), "gold").lower(), "medal-champion"
            if not medal:
                # "X was victorious", "X triumphed", "X claimed victory", "X was the winner" (not "of the first run")
                victory = self._VICTORY.search(clause)
                if victory and not self._hedged_before(clause, victory.start()) and not self._PARTIAL.match(window[victory.end():]):
                    medal, rule = "gold", "medal-won-event"
            if not medal:
                # "..., which was sufficient for an eventual silver medal", "finished in 1:23.4, good enough for bronze":
                # read over the subject's whole window (the "which" clause follows the main verb's clause)
                enough = self._ENOUGH.search(self._CLAUSE_SEMI.split(window)[0])
                if enough and not self._HEDGE.search(window[:enough.start()]) and not self._IN_A_ROUND.match(window, enough.end()):
                    medal, rule = enough.group("medal").lower(), "medal-finished"
            if not medal and re.match(r"['’]s\s+(?:victory|win|triumph)\s+in\b", window):
                medal, rule = "gold", "medal-victory"
            owned = None if medal else self._OWNED_MEDAL.match(window)
            if owned and any(start == span.end + owned.end() for start, _ in self.event_spans):
                medal, rule = owned.group("medal").lower(), "medal-victory"   # "X's silver medal in the women's slalom was ..."
            if not medal:
                medal, rule = self._more_medal_rules(clause, before)
            if not medal and previous_medal_verb:
                also = re.search(r"(?:\band|,)\s+(?:the\s+)?(gold|silver|bronze)(?:\s+medal)?\s+(?:(?:went\s+)?to|by)\s*$", before, re.I)
                if also:
                    medal, rule = also.group(1).lower(), "medal-ellipsis"
            if medal and self._TAKEN_AWAY.search(clause):
                continue  # "finished second, but was later disqualified", "won gold but was stripped of the medal"
            checked = clause
            if verb is not None and rule == "medal-won":
                # "set an Olympic record in the semifinals and eventually won the silver medal": the guards read the medal's own verb phrase
                joined = re.search(r"\band\s+(?:then\s+|later\s+|eventually\s+|finally\s+|ultimately\s+|subsequently\s+)?(?:went\s+on\s+to\s+)?$", clause[:verb.start()])
                checked = clause[joined.start():] if joined else clause
            if rule == "medal-won-event" and won_event is not None and self._JOINED.search(clause[:won_event.start()]):
                checked = clause[self._JOINED.search(clause[:won_event.start()]).start():]   # "..., and also won the Olympic race"
            if rule == "medal-won-by":
                # "the last World Cup race was won by X": the competition is named before the name, not after it
                checked = re.split(r"[.;]", before)[-1] + clause
            # "Klaebo won gold in the sprint and Krueger took gold in the skiathlon": the event in the clause is the medal's,
            # the first after the medal words ("X, the 2014 champion in the 1500 m, won silver in the 3000 m")
            end = span.end + len(window) if rule in ("medal-won-by", "medal-list") else span.end + len(self._CLAUSE_END.split(window)[0])
            after = span.end + verb.end() if verb is not None and rule == "medal-won" else span.end
            # "American pilot Steve Holcomb, who won the four-man event at Vancouver, ..., stayed in the bronze medal position":
            # an appositive's event without a medal word is the athlete's description, not the medal's
            # (nor one with a medal word when the medal's verb comes after it: "Beta, who won gold on the normal hill on
            # Sunday, earned silver")
            described = re.match(r"\s*,\s*(?:who|which)\s+[^,;]*,", window)
            own = (span.end + described.end() if described and (not re.search(r"\b(?:gold|silver|bronze|medals?)\b", described.group(0), re.I)
                                                                 or medal and re.search(rf"\b{medal}\b", window[described.end():], re.I)
                                                                 and not re.search(rf"\b{medal}\b", described.group(0), re.I))
                   else span.end)
            after = max(after, own)
            clause_event = (next((key for start, key in self.event_spans if after <= start < end), None)
                            or next((key for start, key in self.event_spans if own <= start < end), None))
            if verb is not None and rule == "medal-won":
                # "was part of the group that clinched the team pursuit gold medal": the event inside the medal's words is its
                inside = {key for start, key in self.event_spans if max(span.end + verb.start(), own) <= start < after}
                clause_event = inside.pop() if len(inside) == 1 else clause_event
            if rule == "medal-won-by":
                # "after it won the team event and the pairs title went to A and B": the event named in the words that give
                # the medal away is the medal's
                lead = span.start - len(re.split(r"[.;,]|\band\b|\bwhile\b", before)[-1])
                named = {key for start, key in self.event_spans if lead <= start < span.start}
                clause_event = named.pop() if len(named) == 1 else clause_event
            if (medal and rule == "medal-won-event" and won_event is not None and re.match(r"\S+\s+both\b", won_event.group(0))
                    and len({key for start, key in self.event_spans if span.end <= start < end}) < 2):
                continue  # "won both events": which two, the clause does not say
            if medal and clause_event and after == span.end and len({key for start, key in self.event_spans if span.end <= start < end}) > 1:
                # "won the large hill and the team large hill, placing third in the normal hill": each event with its own
                # medal; any other words between two events leave the clause unread
                chain = self._won_events_chain(text, span.end, end) if rule == "medal-won-event" else []
                if chain and not self._then_elsewhere(text[:span.start]) and not self._elsewhere(checked, before, rule):
                    for chain_medal, key in chain:
                        self._draft_medal(span.person, key, chain_medal, rule, text, day)
                    previous_medal_verb = True
                continue
            if medal and self._then_elsewhere(text[:span.start]):
                continue  # "since 1976, when 1972 champion X won the silver medal": that year's medal, not this event's
            when = re.match(r"\s*When\s+[^,;]*?\b((?:19|20)\d\d)\b[^,;]*,", text)
            if medal and when and int(when.group(1)) != self.article_year and span.start < when.end():
                continue  # "When Midori Ito finished second to Kristi Yamaguchi in 1992, Ito apologized": that year's medals
            if medal and rule == "medal-won-event" and re.search(r"\bthe\s+(?:competition|event|race)\b", clause) and self._ELSEWHERE.search(text[:span.start]):
                continue  # "A World Cup event was held at B on 20 November, and Germany's team of A ... won the competition": that one
            if medal and (self._elsewhere(checked, before, rule) or (clause_event is None and self._other_event(clause, event_here or current_event))):
                continue  # "who had won silver in 2014", "won gold at the World Championships": not this event's medal
            if (not medal and re.search(r"\b(?:won|earned|took|claimed|collected)\s+(?:two|three|four|five|\d)\s+(?:Olympic\s+)?medals\b", clause)
                    and not self._HEDGE.search(clause) and not self._elsewhere(clause, before, None)):
                # (not "also won two medals at the 1954 FIS Nordic World Ski Championships with a silver in the relay")
                # "earned two medals at the 2010 Winter Olympics, with a gold in the 15 km and a silver in the relay"
                pairs = self._medal_event_pairs(clause, span.end, 0)
                for other_medal, other in pairs:
                    self._draft_medal(span.person, other, other_medal, "medal-won", text, day)
                if pairs:
                    previous_medal_verb = True
                    continue
            listed = None if medal else self._MEDALS_LISTED.search(window)
            if (listed and listed.start() < len(clause) and not self._hedged_before(clause, listed.start())
                    and not self._elsewhere(clause, before, None) and not self._then_elsewhere(text[:span.start])):
                # "led the individual medal table with two gold medals (super G and giant slalom)": a medal in each event listed
                inside = [key for start, key in self.event_spans if span.end + listed.start("inside") <= start < span.end + listed.end("inside")]
                inside = [key for i, key in enumerate(inside) if key not in inside[:i]]
                count = listed.group("count").lower()
                if len(inside) == written_count(count):
                    for key in inside:
                        self._draft_medal(span.person, key, listed.group("medal").lower(), "medal-listed-events", text, day)
                    previous_medal_verb = True
                    continue
            if not medal:
                if self._podium_list(text, spans, index, clause, current_event or event_here, day):
                    previous_medal_verb = True
                won = event_here or current_event
                if (span is pronoun and won is not None and (span.person.athlete, won, "gold") in self.medals
                        and not self._elsewhere(clause, before, None)):
                    # "Oftebro claimed his second Nordic combined gold ... The 25-year-old crossed the line in 24:45.0, ahead of
                    # Austria's Johannes Lamparter and Finland's Ilkka Herola": the places after the winner's gold, told next
                    self._relative_medals(text, all_spans, span, clause, "gold", won, day)
                continue
            previous_medal_verb = True
            event = clause_event or event_here or current_event
            if (clause_event is None and event_here is not None and self.title_event is not None and event_here != self.title_event
                    and not self.biography and all(start >= end for start, key in self.event_spans if key == event_here)):
                # "A took his second gold medal of the Games after being part of the winning team in the relay earlier":
                # the event named past the medal's clause is another one's; the page's event is the medal's
                event = self.title_event
            mentions = [start for start, key in self.event_spans if key == event_here]
            theirs = [other.end for other in spans if mentions and end <= other.start < min(mentions)]
            # (or a nation's: "A won his third gold medal at the Olympics, and South Korea added another gold to its total
            # after the short-track 3,000-meter relay")
            theirs += [nation_end for _, start, nation_end, _ in self.nations_in(text) if mentions and span.end <= start < min(mentions)
                       and re.search(r"(?:,\s*|\band\s+|;\s*)(?:the\s+)?$", text[:start])]
            if (clause_event is None and event is event_here and event_here is not None and mentions and theirs
                    and re.search(rf"\b{self._VERB}\b", text[max(theirs):min(mentions)])):
                # "A became the first to win gold in alpine skiing, and B took the silver in the men's slalom": the event
                # is named in another subject's clause, with its own verb; A's event is not stated
                self.warnings.append(f"medal of {span.person.name} ({medal}) not drafted: the event named is another athlete's")
                continue
            if (rule == "medal-list" and event is not None and event[2] in CREW_FORMATS - TEAM_FORMATS
                    and len(self._name_list(text, spans, index, loose=True)) < 2):
                continue  # "Gold: Yuzuru Hanyu, Japan" in a digest read under the pairs: a pair's medal names two
            if (rule == "medal-finished" and event is not None and event[2] in TEAM_FORMATS - {"team sprint"}
                    and len(self._name_list(text, spans, index, loose=True)) < 2):
                continue  # "he was first in and out of the opening shoot" in a relay: one skier's place is a leg's, not the team's
            if event is not None and event[2] not in CREW_FORMATS and re.search(r"\b(?:team|crew|duo|pair)\s+of\s+(?:[A-Z][\w'’.-]*\s+){0,4}?(?:and\s+)?$", text[:span.start]):
                # "The Swiss-1 team of A and B tied for silver" read under an individual event: the team's event is another
                self.warnings.append(f"medal of {span.person.name} ({medal}) not drafted: a team's medal, read under an individual event")
                continue
            if event is None:
                event = self.biography_sport_event(text)   # "secured the gold medal for Canada" in a curler's biography
            if event is None:
                if not self.events and (rule == "medal-list" or not self.biography):
                    # "Gold: X (ITA)" above the text that names the event, a news lede whose next sentence names it: kept until
                    # the article's event is known
                    self.pending_medals.append((span.person, medal, "medal-pronoun" if span is pronoun else rule, text, day))
                else:
                    self.eventless_medals.append((span.person, medal, "medal-pronoun" if span is pronoun else rule, text, day))
                continue
            self._draft_medal(span.person, event, medal, "medal-pronoun" if span is pronoun else rule, text, day)
            if event[2] in TEAM_FORMATS and re.search(self._FOR_TEAM, clause):
                self._skier_of_team(span.person, event, medal, text, day)
            if verb and rule == "medal-won":
                # "won gold medals in the super-G and in the parallel giant slalom": one medal in each event listed
                for other in self._medal_events(clause, verb, span.end, end):
                    if other != event:
                        self._draft_medal(span.person, other, medal, "medal-won", text, day)
                # "won the silver medal in the 15 km and a bronze in the relay": each further medal with its own event
                for other_medal, other in self._medal_event_pairs(clause, span.end, verb.end()):
                    if other != event:
                        self._draft_medal(span.person, other, other_medal, "medal-won", text, day)
                        if other[2] in TEAM_FORMATS:
                            # "won the bronze medal in the men's singles and the gold in the team relay, along with his teammates
                            # A, B, and C": the teammates are the second medal's
                            self._team_partners(text, spans, span, end, other_medal, other, day)
            if event[2] in CREW_FORMATS:
                # "A, B, C and D won the relay", "A and B of China won the pairs": each member named wins the medal;
                # "A and B of Canada and C and D of Germany shared gold": two crews tied, each member of each.
                shared = re.search(r"\b(?:shared|share|sharing|tied|tie)\b", clause) is not None
                crew = self._name_list(text, spans, index, loose=shared)
                crew = self._leg_skier_with(text, spans, crew) + crew
                for member in crew:
                    if member is not span:
                        self._draft_medal(member.person, event, medal, "medal-team-member", text, day)
                    group = self._name_list(text, spans, spans.index(member)) if shared else crew
                    nations = {m.person.nation for m in group if m.person.nation}
                    team_for = re.search(r"\bfor\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})", clause)
                    if not nations and team_for and team_for.group(1).rstrip(".") in self.spelling_noc and event[2] in TEAM_FORMATS:
                        nations = {self.spelling_noc[team_for.group(1).rstrip(".")]}   # "A, B, C and D won the relay for Norway"
                    # "Germany, represented by A, B, C, and D, won the event": the nation the crew is said to represent
                    represented = re.search(r"(?:^|[.;]\s*|,\s*and\s+)(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*,?\s+(?:being\s+)?represented\s+by\s+$",
                                            text[:crew[0].start])
                    if not nations and represented and represented.group(1) in self.spelling_noc:
                        nations = {self.spelling_noc[represented.group(1)]}
                    if len(nations) == 1:  # "China's A and B", "A and B of China": one nation for the crew
                        self.set_nation(member.person, next(iter(nations)), "athlete-nation-teammate", text)
            elif re.search(r"\b(?:shared|share|sharing|tied|tie)\b", clause):
                # "A of Sweden and B of Finland shared the silver": a tie, each of them wins the medal.
                for member in self._name_list(text, spans, index, loose=True):
                    if member is not span:
                        self._draft_medal(member.person, event, medal, "medal-tie", text, day)
            self._relative_medals(text, all_spans, span, clause, medal, event, day)
        self.nation_medal_with(text, all_spans, event_here or current_event, day)
        self.medals_went_to(text, all_spans, event_here or current_event, day)
        self.team_medal_rules(text, spans, event_here or current_event, day)
        self.tied_with(text, all_spans, event_here or current_event, day)

    # "won the gold medal along with brakeman Fritz Waller", "together with her partner B", "with brakeman B"
    _CREW_PARTNER = re.compile(r"\b(?:(?:along|together)\s+with\s+(?:(?:his|her)\s+)?(?:(?:brakeman|brakemen|pilot|partner|driver|pusher|team-?mate)\s+)?"
                               r"|with\s+(?:(?:his|her)\s+)?(?:brakeman|pilot|partner|driver|pusher)\s+)$")

    def _crew_partner(self, text: str, spans: list[_Span], span: _Span, clause: str, medal: str, event: tuple, day: str | None) -> None:
        """ "A won the gold medal along with brakeman B in the two-man event": B wins it too, and is of A's nation (a crew
        is one nation's); only in a crew event of two (a pair, a two-man sled, a luge double)."""
        end = span.end + len(clause)
        if event[2] in TEAM_FORMATS:
            self._team_partners(text, spans, span, end, medal, event, day)
            return
        if event[2] not in _PAIR_FORMATS:
            return
        partner = next((other for other in spans if span.end < other.start <= end and self._CREW_PARTNER.search(text[span.end:other.start])
                        and not self._hedged_before(clause, other.start - span.end)), None)
        if partner is None or partner.person is span.person:
            return
        if span.person.nation:
            self.set_nation(partner.person, span.person.nation, "athlete-nation-teammate", text)
        self._draft_medal(partner.person, event, medal, "medal-crew-partner", text, day)

    _TEAM_PARTNERS = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:his|her|their)\s+)?(?:fellow\s+)?(?:countrymen|countrywomen|compatriots|team-?mates)\s+$")

    def _team_partners(self, text: str, spans: list[_Span], span: _Span, end: int, medal: str, event: tuple, day: str | None) -> None:
        """ "Lee also won gold in the 5000 meter relay along with countrymen A, B and C": each named teammate wins the team's
        medal too, and is of the team's nation."""
        after = [other for other in spans if span.end < other.start]   # (the list goes on past the clause its first name ends)
        if not after or after[0].start > end or not self._TEAM_PARTNERS.search(text[span.end:after[0].start]) or self._hedged_before(text[span.end:end], after[0].start - span.end):
            return
        members = after[:1]
        while len(members) < len(after) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", text[members[-1].end:after[len(members)].start]):
            members.append(after[len(members)])
        for member in members:
            if member.person is span.person:
                continue
            if span.person.nation:
                self.set_nation(member.person, span.person.nation, "athlete-nation-teammate", text)
            self._draft_medal(member.person, event, medal, "medal-crew-partner", text, day)

    # "Silver and bronze went to the two German bobsleighs with A and B as well as C and D": the colours in the names' order
    _WENT_TO = re.compile(r"\b(?P<m1>gold|silver|bronze)(?:\s*,\s*(?P<m2>silver|bronze))?\s*,?\s+and\s+(?P<m3>silver|bronze)(?:\s+medals?)?\s+went\s+to\s+", re.I)

    def medals_went_to(self, text: str, spans: list[_Span], event: tuple | None, day: str | None) -> None:
        """ "Silver and bronze went to A and B" (in order); in a crew event, crews of its size ("... with Sandra Prokoff and
        Ulrike Holzner as well as Susi Erdmann and Nicole Herschmann"); a nation named before the first name is theirs."""
        found = self._WENT_TO.search(text)
        if event is None or not found or self._HEDGE.search(text[:found.start()]) or self._elsewhere(text[found.start():], "", None):
            return
        medals = [found.group(g).lower() for g in ("m1", "m2", "m3") if found.group(g)]
        crew = 2 if event[2] in _PAIR_FORMATS else 4 if event[2] == "four-man" else 1
        after = [span for span in spans if span.start >= found.end()]
        names = after[:1]
        while len(names) < len(after) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*/\s*)",
                                                      text[names[-1].end:after[len(names)].start]):
            names.append(after[len(names)])
        if not names or len(names) != crew * len(medals) or len(set(medals)) != len(medals):
            return
        nations = {noc for noc, start, _, _ in self.nations_in(text) if found.end() <= start < names[0].start}
        for number, member in enumerate(names):
            if len(nations) == 1:
                self.set_nation(member.person, next(iter(nations)), "athlete-nation-adjacent", text)
            self._draft_medal(member.person, event, medals[number // crew], "medal-respectively", text, day)

    # "His American team-mates were Geoffrey Mason, Nion Tucker, Clifford Grey and Richard Parke": the crew of the subject
    _CREW_MATES = re.compile(r"\s*(?:His|Her)\s+(?:[A-Z][a-z]+\s+)?(?:team-?mates|crew-?mates|crew)\s+(?:were|included|consisted\s+of|was\s+made\s+up\s+of)\s+")

    def crew_mates(self, text: str, spans: list[_Span], event: tuple | None) -> None:
        """Remember the crew named for the previous subject in a crew event ("His American team-mates were A, B, C and D");
        ``crew_mates_drafted`` gives them the subject's medal in that event, whichever rule drafts it."""
        said = self._CREW_MATES.match(text)
        if event is None or event[2] not in CREW_FORMATS - TEAM_FORMATS or not said or self._HEDGE.search(text):
            return
        pronoun = self.pronoun_span(text[:said.end()])
        first = next((i for i, span in enumerate(spans) if span.start == said.end()), None)
        if pronoun is None or first is None:
            return
        mates = [span.person for span in self._name_list(text, spans, first) if span.person is not pronoun.person]
        self.pending_mates.append((pronoun.person, event, mates, text))

    def crew_of_the_named(self, text: str, spans: list[_Span], event: tuple | None) -> None:
        """ "Friedrich described it as a great feeling as his team of Thorsten Margis, Candy Bauer and Alexander Schueller
        finished their four runs": the crew named for the name before "his team of" shares that name's medal."""
        if event is not None and event[2] not in CREW_FORMATS - TEAM_FORMATS or self._HEDGE.search(text) or self._ELSEWHERE.search(text):
            return
        # (no event read for the sentence: the name's one medal of a crew event, in ``crew_mates_drafted``)
        for said in re.finditer(r"\b(?:his|her)\s+(?:team|crew|sled|bobsled|bobsleigh)\s+of\s+", text):
            owner = [span for span in spans if span.end <= said.start()]
            first = next((i for i, span in enumerate(spans) if span.start == said.end()), None)
            if owner and first is not None:
                mates = [span.person for span in self._name_list(text, spans, first) if span.person is not owner[-1].person]
                self.pending_mates.append((owner[-1].person, event, mates, text))
        # "Annen and brakeman Beat Hefti broke the track start record", "driver Christoph Langen and brakeman Markus Zimmermann":
        # a bobsleigh's driver and the crew mate named by a role
        for owner, mate in zip(spans, spans[1:]):
            if re.fullmatch(r"\s*,?\s*(?:and|with|alongside)\s+(?:(?:his|her)\s+)?(?:brakem[ae]n|brakewom[ae]n|pushers?|push\s+athletes?)\s+", text[owner.end:mate.start]):
                self.pending_mates.append((owner.person, event, [mate.person], text))

    def crew_mates_drafted(self) -> None:
        """The crew mates named for a medallist share the medal of their event (rule ``medal-crew-partner``)."""
        for person, event, mates, quote in self.pending_mates:
            theirs = [entry for entry in self.medals if entry[0] == person.athlete
                      and (entry[1][:3] == event[:3] if event is not None else entry[1][2] in CREW_FORMATS - TEAM_FORMATS)]
            for _, key, medal in (theirs if event is not None or len(theirs) == 1 else []):
                self.nation_from_data(person, key)   # (the medallist's nation, where only the results data gives it)
                if person.nation:
                    for mate in mates:
                        self.set_nation(mate, person.nation, "athlete-nation-teammate", quote)
                # (a biography's medal at its own Games: see ``passage_event``)
                self._draft_at_games(mates, key, medal, self.events[key]["games"] or self.article_year, quote, "medal-crew-partner")

    _TIED_WITH = re.compile(r"\s+(?:again\s+|also\s+)?(?:tied|dead-heated|shared\s+(?:the\s+|his\s+|her\s+)?(?:win|victory|title|gold(?:\s+medal)?))\s+with\s+"
                            r"(?:(?:his|her|fellow)\s+)?(?:(?:team-?mate|compatriot|countryman|countrywoman)\s+)?$")

    def tied_with(self, text: str, spans: list[_Span], event: tuple | None, day: str | None) -> None:
        """ "This time Grishin tied with Roald Aas": B shares A's medal in the event (see ``ties_drafted``)."""
        if event is None or self._HEDGE.search(text) or self._ELSEWHERE.search(text) or self._then_elsewhere(text):
            return
        if {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)} - {self.article_year}:
            return   # "In 1956 he shared the win with B": another Games' tie
        for first, second in zip(spans, spans[1:]):
            if self._TIED_WITH.fullmatch(text[first.end:second.start]) and not re.match(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*,?\s*(?:for|in)\s+(?!first\b)\w+", text[second.end:]):
                self.ties.append((first.person, second.person, event, text, day))   # ("tied with B for fourth place": none)

    def ties_drafted(self) -> None:
        """Each tie's second name takes the one medal the first has in the event, once every other rule has drafted."""
        for first, second, event, text, day in self.ties:
            medals = [medal for (athlete, key, medal) in self.medals if athlete == first.athlete and key == event]
            if len(medals) == 1:
                self._draft_medal(second, event, medals[0], "medal-tie", text, day)

    # "after being part of Sweden's winning Men's 4 x 10km relay team", "was a member of the silver medal-winning 3000-meter
    # relay team", "participating in the gold-medal winning relay team", "was part of the team that won the 3000 m relay"
    _TEAM_MEMBER = re.compile(
        r"\b(?:(?:a\s+)?(?:part|member)\s+of|participat(?:ed|ing)\s+in)\s+(?:the\s+|his\s+|her\s+|their\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s?\s+)"
        r"(?:(?P<medal>gold|silver|bronze)(?:[-\s]medal)?[-\s])?winning\s+(?P<event>[^,;.()]*?)\s*(?:team|squad|quartet)\b"
        r"|\b(?:a\s+)?(?:part|member)\s+of\s+the\s+(?:team|squad|quartet)\s+that\s+won\s+(?:the\s+)?(?P<event2>[^,;.()]*?)(?=\s+(?:in|with|at|on)\b|[,;.]|$)")

    def _member_of_winning_team(self, span: _Span, window: str, text: str, day: str | None) -> None:
        """The medal of a member of a winning team, told in the member's clause ("A was part of the winning relay team").

        The team's event must be named inside the phrase; a hedged phrase, or one of another competition or Games, is
        not read.
        """
        found = self._TEAM_MEMBER.search(self._CLAUSE_SEMI.split(window)[0])
        if found is None:
            return
        group = "event" if found.group("event") is not None else "event2"
        start, end = span.end + found.start(group), span.end + found.end(group)
        key = next((k for begin, k in self.event_spans if start <= begin < end or begin < start < begin + 3), None)
        rest = re.split(r"[,;]", window[found.start():])[0]   # ("... relay team at the World Championships")
        if (key is None or key[2] not in TEAM_FORMATS or self._HEDGE.search(window[:found.start()])
                or self._elsewhere(rest, window[:found.start()], None) or self._then_elsewhere(text[:span.start])):
            return
        self._draft_medal(span.person, key, (found.group("medal") or "gold").lower(), "medal-member-of-team", text, day)

    # "X's silver medal in the women's slalom was New Zealand's first": the possessor's medal in the event named right after
    _OWNED_MEDAL = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}?)?['’]s\s+(?:first\s+|only\s+|second\s+|third\s+)?(?:Olympic\s+)?(?P<medal>gold|silver|bronze)(?:\s+medal)?\s+in\s+(?:the\s+)?")
    # "led the individual medal table with two gold medals (super G and giant slalom)", "won two golds (downhill, super-G)"
    _MEDALS_LISTED = re.compile(r"\b(?:won|wins|took|claimed|earned|collected|captured|with|taking|winning)\s+(?P<count>two|three|four|five|[2-5])\s+"
                                r"(?:Olympic\s+)?(?:individual\s+)?(?P<medal>gold|silver|bronze)(?:s|\s+medals)\s*\((?P<inside>[^()]*)\)", re.I)

    # "two Olympic gold medals (1992, 1998), one silver medal (1988)", "silver in 1988, gold in 1992": a medal with its Games' years
    _YEARS_MEDAL = re.compile(r"\b(?:(?P<count>one|two|three|four|five|six|a|an|[1-6])\s+)?(?:Olympic\s+)?(?P<medal>gold|silver|bronze)(?:s|\s+medals?)?"
                              r"\s*\((?P<years>(?:19|20)\d\d(?:\s*(?:,|and)\s*(?:19|20)\d\d)*)\)"
                              r"|\b(?P<medal2>gold|silver|bronze)(?:\s+medals?)?\s+(?:in|at)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)

    def biography_medal_years(self, text: str, spans: list[_Span]) -> bool:
        """A biography's sentence listing medals of several Games with their years, for its subject (and a crew partner).

        Each year must be a Winter Games' and the sentence must name one event and say "Olympic|Games"; a sentence
        about another competition ("World Championships") or hedged is not read. Returns whether the sentence was read
        (then no other medal rule reads it: its years are not the passage's Games).
        """
        if not self._olympic_biography_sentence(text):
            return False
        found: list[tuple[str, int]] = []
        for match in self._YEARS_MEDAL.finditer(text):
            years = [int(y) for y in re.findall(r"(?:19|20)\d\d", match.group("years") or match.group("year"))]
            count = (match.group("count") or "").lower()
            if count and written_count(count) != len(years):
                return False  # "two gold medals (1992)": the count and the years disagree, nothing is read
            found += [((match.group("medal") or match.group("medal2")).lower(), year) for year in years]
        if len({year for _, year in found}) < 2 or any(year not in self.games_names for _, year in found):
            return False  # one Games (the other rules read it), or a year without Winter Games (a world title's)
        events = {key for _, key in self.event_spans}
        first = self._YEARS_MEDAL.search(text).start()
        subjects = [span.person for span in spans if span.end <= first and not self._is_object(text, span)]
        if re.search(r"\b(?:he|she|they)\b", text[:first], re.I) and self.bio_subject is not None:
            subjects.append(self.bio_subject)   # "Together with Stefan Krauße he won"
        subjects = [person for i, person in enumerate(subjects) if all(other is not person for other in subjects[:i])]
        if len(events) != 1 or not subjects:
            return False
        event = events.pop()
        if len(subjects) > 1 and event[2] not in CREW_FORMATS:
            return False  # two people's medals in an individual event: whose is which is not read
        for medal, games in found:
            self._draft_at_games(subjects, event, medal, games, text)
        return True

    # "She is a three-time Olympic gold medallist, winning the 500 metres in 1980, the 1000 metres in 1984 and the 1500
    # metres in 1984": one colour, then events each with the year of its Games
    _EVENT_IN_YEAR_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|on)\s+)?(?:the\s+)?")

    def biography_events_in_years(self, text: str, spans: list[_Span]) -> bool:
        """A biography's sentence of one medal colour and a list of events, each with its year ("winning the 500 metres in
        1980, the 1000 metres in 1984 and the 1500 metres in 1984"), for its subject; a count written before the colour
        ("three-time") must be the list's length. Returns whether the sentence was read."""
        if not self._olympic_biography_sentence(text) or self.bio_subject is None:
            return False
        keys = dict(self.event_spans)
        items: list[tuple[int, int, tuple, int]] = []   # (start, end of the year, event, year)
        for _, start, end, _ in self.events_in(text):
            year = re.match(r"\s*in\s+((?:19|20)\d\d)\b", text[end:])
            if start not in keys or not year or int(year.group(1)) not in self.games_names:
                continue
            if items and not self._EVENT_IN_YEAR_JOIN.fullmatch(text[items[-1][1]:start].rstrip() + " "):
                items = []   # not one list: start again
            items.append((start, end + year.end(), keys[start], int(year.group(1))))
        if len(items) < 2 or len({year for *_, year in items}) < 2:
            return False
        lead = text[:items[0][0]]
        if not re.search(r"\b(?:won|winning|wins|in)\s+(?:the\s+)?$", lead):
            return False
        colours = {m.lower() for m in re.findall(r"\b(gold|silver|bronze)\b", lead, re.I)} | ({"gold"} if re.search(r"\bOlympic\s+champion\b", lead) else set())
        count = re.search(r"\b(two|three|four|five|six)(?:-time|\s+(?:Olympic\s+)?(?:gold|silver|bronze))", lead, re.I)
        if len(colours) != 1 or (count and written_count(count.group(1).lower()) != len(items)):
            return False
        subject = [span.person for span in spans if span.end <= items[0][0] and not self._is_object(text, span)]
        if not (subject and subject[0] is self.bio_subject or not subject and re.match(r"\s*(?:He|She)\b", text)):
            return False
        medal = colours.pop()
        for _, _, event, year in items:
            self._draft_at_games([self.bio_subject], event, medal, year, text)
        return True

    def _olympic_biography_sentence(self, text: str) -> bool:
        """A biography's sentence that says "Olympic|Games" and names no other competition and no hedge."""
        return bool(self.biography and re.search(r"\bOlympic|\bGames\b", text) and not self._ELSEWHERE.search(text) and not self._HEDGE.search(text))

    def _draft_at_games(self, people: list[_Person], event: tuple, medal: str, games: int | None, quote: str,
                        rule: str = "medal-years") -> None:
        """A biography's medal of the ``games`` Games for each of ``people`` (rule ``medal-years``, or ``rule``).

        ``_draft_medal`` keys a biography's event by the passage's Games: they are ``games`` while it drafts.
        """
        year = self.article_year
        try:
            self.article_year = games
            if games:
                self.games_seen.setdefault(games, (quote, "games-biography-year", set()))
            for person in people:
                self._draft_medal(person, event, medal, rule, quote, None)
        finally:
            self.article_year = year

    # "two gold medals (Men's doubles: 1972, Men's singles: 1984) and one silver medal (Men's singles: 1980)": a medal
    # record's lines in a biography, each event with its Games' years
    _EVENT_YEARS_MEDAL = re.compile(r"\b(?:(?P<count>one|two|three|four|five|six|a|an|[1-6])\s+)?(?:Olympic\s+)?(?P<medal>gold|silver|bronze)"
                                    r"(?:s|\s+medals?)?\s*\((?P<items>[^():]+:\s*(?:19|20)\d\d[^()]*)\)", re.I)

    # "1968 Olympic silver medal, 1,500 meters", "1994 Olympic champion: 500 m": a line of a biography's list of merits,
    # one medal of that year's Games in one event
    _MERITS_LINE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*:?\s+(?:Winter\s+)?Olympic(?:s|\s+Games)?\s+(?:(?P<medal>gold|silver|bronze)(?:\s+medal)?|champion)"
                              r"\s*[,:–—-]\s*(?P<event>(?:[^,;.()]|(?<=\d)[,.](?=\d))+?)\.?", re.I)

    def biography_medal_list(self, text: str, spans: list[_Span]) -> bool:
        """A biography's sentence giving its subject's Olympic medals as a medal record does: "(Event: year, Event: year)".

        Read only where the sentence says "Olympic|Games", names no other competition and no hedge, every year is a Winter
        Games' and every event of the brackets is one the sentence names; the counts written must match. Returns whether
        the sentence was read (then no other medal rule reads it).
        """
        if not self._olympic_biography_sentence(text):
            return False
        line = self._MERITS_LINE.fullmatch(text.strip())
        if line and self.bio_subject is not None and all(span.person is self.bio_subject for span in spans):
            inside = {key for start, key in self.event_spans if line.start("event") <= start - (len(text) - len(text.lstrip())) < line.end("event")}
            if len(inside) == 1 and int(line.group("year")) in self.games_names:
                medal = (line.group("medal") or "gold").lower()
                self._draft_at_games([self.bio_subject], inside.pop(), medal, int(line.group("year")), text)
                return True
        found: list[tuple[str, tuple, int]] = []
        for match in self._EVENT_YEARS_MEDAL.finditer(text):
            pairs = []
            for part in re.finditer(r"(?P<event>[A-Za-z][^:,;]*?):\s*(?P<years>(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*)", match.group("items")):
                start = match.start("items") + part.start("event")
                key = next((k for offset, k in self.event_spans if start <= offset < start + len(part.group("event"))), None)
                if key is None:
                    return False  # an event of the brackets the sentence does not name as one
                pairs += [(key, int(year)) for year in re.findall(r"(?:19|20)\d\d", part.group("years"))]
            count = (match.group("count") or "").lower()
            if count and written_count(count) != len(pairs):
                return False
            found += [(match.group("medal").lower(), key, year) for key, year in pairs]
        if not found or any(year not in self.games_names for _, _, year in found):
            return False
        first = self._EVENT_YEARS_MEDAL.search(text).start()
        subjects = [span.person for span in spans if span.end <= first and not self._is_object(text, span)]
        if not subjects and re.search(r"\b(?:he|she)\b", text[:first], re.I) and self.bio_subject is not None:
            subjects = [self.bio_subject]   # "Competing in five Winter Olympics, he earned two gold medals (...)"
        if len(subjects) != 1:
            return False
        for medal, key, games in found:
            self._draft_at_games(subjects, key, medal, games, text)
        return True

    # "A skied the final lap for the United States team consisting of B, C and D": A is a member too
    _TEAM_OF = re.compile(r"[^.;]{0,40}?\b(?:team|quartet|squad|relay)\s+(?:consisting\s+of|made\s+up\s+of|comprising|with|alongside)\s+$")

    def _leg_skier_with(self, text: str, spans: list[_Span], crew: list[_Span]) -> list[_Span]:
        """The skier of a leg named before a team's members ("A skied the final lap for the team consisting of B and C")."""
        before = [s for s in spans if s.end <= crew[0].start]
        if not before:
            return []
        leg = self._LEG_FOR.match(text, before[-1].end)
        if leg and self._TEAM_OF.fullmatch(text[leg.end():crew[0].start]):
            return [before[-1]]
        return []

    _MEDAL_IN = re.compile(r"\b(?:(?:and|with)\s+(?:also\s+)?(?:(?:a|an|the|one)\s+)?|(?:a|an|the|one)\s+)(gold|silver|bronze)(?:\s+medal)?\s+(?:in|at)\s+(?:the\s+)?(?=\S)", re.I)

    def _medal_event_pairs(self, clause: str, offset: int, start: int) -> list[tuple[str, tuple]]:
        """(medal, event) of each "a|the <medal> in the <event>" after ``start`` in a clause (the event named right after it).

        A pair whose own words name another Games or competition, a round or a hedge is left out.
        """
        pairs = []
        for found in self._MEDAL_IN.finditer(clause, start):
            at = offset + found.end()
            event = next((key for begin, key in self.event_spans if at - 1 <= begin <= at), None)
            rest = re.split(r"\band\s+(?:a|an|the|one)\s+(?:gold|silver|bronze)\b|[;]", clause[found.start() + 4:])[0]
            if (event is not None and not self._elsewhere(clause[found.start():found.start() + 4] + rest, "", None)
                    and not self._IN_A_ROUND.match(clause, found.end()) and not self._PARTIAL.match(clause[found.end():])
                    and not self._HEDGE.search(clause[start:found.start()])):
                pairs.append((found.group(1).lower(), event))
        return pairs

    # The words between two events of "won the A and the B, placing third in the C": the same medal, or a place of its own
    _CHAIN_SAME = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:(?:in|on)\s+)?(?:the\s+)?")
    _CHAIN_PLACE = re.compile(r"\s*,?\s*(?:and\s+)?(?:placing|placed|finishing|finished|coming|came|taking|took|winning|won|adding|added)\s+"
                              r"(?:a\s+|the\s+)?(?P<place>first|second|third|gold|silver|bronze)(?:\s+(?:place|medal))?\s+(?:in|on|at)\s+(?:the\s+)?")

    def _won_events_chain(self, text: str, begin: int, end: int) -> list[tuple[str, tuple]]:
        """(medal, event) of each event of "won the A and the B, placing third in the C" (``begin``: just after the name).

        Read only where "won|took the" stands right before the first event and nothing but "and (the)" or a place
        ("placing third in the") stands between two events up to the clause's ``end``; else nothing.
        """
        mentions = [(start, stop) for _, start, stop, _ in self.events_in(text) if begin <= start < end]
        keys = dict(self.event_spans)
        if len(mentions) < 2 or any(start not in keys for start, _ in mentions):
            return []
        if not re.fullmatch(r"\s*,?\s*(?:won|wins|claimed|took|captured|clinched)\s+(?:both\s+)?(?:the\s+)?", text[begin:mentions[0][0]].rstrip() + " "):
            return []
        chain, medal = [("gold", keys[mentions[0][0]])], "gold"
        for (_, stop), (start, _) in zip(mentions, mentions[1:]):
            between = text[stop:start].rstrip() + " "   # (a mention may start with the space before it)
            place = self._CHAIN_PLACE.fullmatch(between)
            if place:
                medal = ORDINAL_MEDAL.get(place.group("place"), place.group("place"))
            elif not self._CHAIN_SAME.fullmatch(between):
                return []
            chain.append((medal, keys[start]))
        if len({key for _, key in chain}) < len(chain) or re.match(r"\s*(?:\w+\s+){0,2}?(?:runs?|rounds?|heats?|qualif\w*|semi\w*)\b", text[mentions[-1][1]:end]):
            return []
        return chain

    def _medal_events(self, clause: str, verb: re.Match, offset: int, end: int) -> list[tuple]:
        """The events of "won gold medals|golds in the A and (in) the B": several, only with a plural medal word.

        Every event named in the clause after the medal words counts, unless another medal word or a place
        comes between them ("won gold in the 500 m and silver in the 1000 m" is read medal by medal).
        """
        after = offset + verb.end()
        events = [(start, key) for start, key in self.event_spans if after <= start < end]
        if len(events) < 2:
            return []
        if not re.match(r"(?:gold|silver|bronze)\s+medals\b|(?:gold|silver|bronze)s\b", clause[verb.start("medal"):], re.I):
            if not (re.search(r"\b(?:two|three|four|both)\s+(?:gold|silver|bronze)", verb.group(0), re.I)
                    or self._events_joined(clause, verb.end(), offset, [start for start, _ in events])):
                return []
        between = clause[verb.end():events[-1][0] - offset]
        if re.search(r"\b(?:gold|silver|bronze|medal|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b", between, re.I):
            return []
        return [key for _, key in events]

    def _events_joined(self, clause: str, at: int, offset: int, starts: list[int]) -> bool:
        """Whether "gold" (ending at ``at``) is followed by nothing but "in the A and (in) the B" (``starts``: the events'
        offsets in the text, the clause starting at ``offset``).

        "won gold in the slalom and the giant slalom" is a gold in each; "won gold in the slalom and was fourth in the
        giant slalom" is not read as a list.
        """
        mentions = {start + offset: stop for _, start, stop, _ in self.events_in(clause)}
        if any(start not in mentions for start in starts):
            return False
        if not re.fullmatch(r"(?:\s+medal)?\s+(?:in|at|on)\s+(?:the\s+)?", clause[at:starts[0] - offset].rstrip() + " "):
            return False
        for first, second in zip(starts, starts[1:]):
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:(?:in|on)\s+)?(?:the\s+)?", clause[mentions[first]:second - offset].rstrip() + " "):
                return False
        return not re.match(r"\s*(?:\w+\s+){0,2}?(?:runs?|rounds?|heats?|qualif\w*|semi\w*)\b", clause[mentions[starts[-1]]:])

    # "... won gold at the 2014 Games|the World Championships", "who had won silver": another competition's medal.
    _ELSEWHERE = re.compile(
        ELSEWHERE_WORDS
        + r"|\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:event|race|competition|stage)\b"
        r"|\bthe\s+other\s+(?:\w+\s+)?(?:events|races|competitions)\b|\b(?:morning|afternoon|classical|freestyle|opening)\s+(?:leg|half|part|portion)\b"
        r"|\b(?:days?|weeks?)\s+(?:before|earlier|previously|prior|ago)|\bpreviously\s+(?:won|took|claimed|earned|captured)\b|\bearlier\s+in\s+the\s+(?:Games|week)"
        r"|\blast\s+(?:year|season|winter|month|week)\b|\badvanc\w*|\bB\s+final\b", re.I)

    # "repeated her 2018 performance and won the silver medal": the year is the result repeated, not this medal's
    _REPEATED = re.compile(r"\b(?:repeated|repeating|replicated|matched|matching|equalled|equaled|emulated|mirrored)\s+(?:his|her|their)\s+"
                           r"(?:19|20)\d\d\s+(?:performance|result|success|feat|placing)\b")

    # "won the event, improving on her silver in 2022": a past result this medal is compared with, not this medal
    # (a comma is often left out before "going one better": "won gold for the United States going one better from her silver")
    _IMPROVED = re.compile(r"(?:,\s*(?:(?:thus|so|thereby)\s+)?(?:improving|improved|bettering|bettered|upgrading|upgraded|adding\s+to|avenging|following\s+up)"
                           r"|,?\s*(?:going\s+|went\s+)?one\s+better\s+(?:than|from|on))\s+(?:on\s+|upon\s+)?(?:his|her|their|its)\s+[^,;.]*", re.I)

    # "Ayumu Hirano, the 2014 silver medalist, took silver": an appositive describing the athlete, not this medal
    _DESCRIBED = re.compile(r"\bthe\s+(?:19|20)\d\d\s+(?:Olympic\s+)?(?:(?:gold|silver|bronze)\s+)?(?:medal(?:l)?ist|champion)\b")

    # "won one gold and one silver", "two golds and a silver": a tally of medals of several events
    _TALLY = re.compile(r"\b(?:one|two|three|four|five|six|a|an|\d+)\s+(?:gold|silver|bronze)s?(?:\s+medals?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                        r"(?:one|two|three|four|five|six|a|an|\d+)\s+(?:gold|silver|bronze)s?\b", re.I)
    # "since 1976, when X won the silver", "in 2010, when", "in Sochi, where": a clause about that year's or Games' race
    # ("Sweden had won two medals in 2014, with Teodor Peterson having won the silver": "with" goes on about that year)
    _THEN = r"\s*,?\s*(?:when|where|with|at\s+which|in\s+which)\b[^,;()]*$"

    def _then_elsewhere(self, before: str) -> bool:
        """Whether a name stands in a "when|where" clause about another year or Games ("since 1976, when ..."), or in a
        sentence that opens with another competition ("At the Norwegian Championships, A, alongside B, won ...")."""
        opening = re.match(r"\s*(?:At|In|During)\s+(?:the\s+)?[^,;]{0,80},", before)
        if opening and self._ELSEWHERE.search(opening.group(0)):
            return True
        # ("since the 2014 Sochi Games, at which Noriaki Kasai won a silver medal")
        then = re.search(rf"\b((?:19|20)\d\d)(?:\s+[A-Z][\w’'-]*){{0,2}}?(?:\s+(?:Winter\s+)?(?:Games|Olympics))?{self._THEN}", before)
        if then and int(then.group(1)) != self.article_year:
            return True
        cities = "|".join(re.escape(c) for c, ys in self.games_years.items() if self.article_year not in ys)
        return bool(cities) and re.search(rf"\b(?:in|at)\s+(?:{cities})(?:\s+(?:Games|Olympics))?{self._THEN}", before) is not None

    # earlier at the same Games: "earlier in the Games", "three days earlier", "earlier this week"
    _DAYS_EARLIER = (r"(?:earlier\s+in\s+the\s+(?:Games|week)|earlier\s+this\s+week|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"a\s+few|several|\d+)\s+days?|a\s+day|a\s+week)\s+(?:earlier|before|ago))\b")

    def _elsewhere(self, clause: str, before: str, rule: str | None) -> bool:
        """Whether a medal phrase is about another competition or Games than the article's event."""
        if rule == "medal-defended":
            # "repeated her 2014 success", "defended her 1928 and 1932 title": the title kept
            clause = re.sub(r"\b(?:19|20)\d\d(?:\s*(?:,|and)\s*(?:19|20)\d\d)*\b", "", clause, count=1)
        # "repeated her 2018 performance and won the silver medal": the year is the result repeated, not this medal's
        clause = self._IMPROVED.sub("", self._REPEATED.sub("", clause))
        # "won the silver medal on the large hill (since ... were also considered the world championships, he was separately
        # awarded a world championship medal)": an aside in brackets explains, it names no other competition of this medal
        clause = re.sub(r"\((?:since|as|because|although|though)\b[^()]*\)", "", clause)
        # "to win the tenth heat and the gold medal": the heat won, and with it the medal (not a heat's place)
        clause = re.sub(r"\bheat\s+and\s+(?=(?:the\s+|a\s+)?(?:gold|silver|bronze)\b)", "", clause)
        # "won a silver medal in the large hill at the 1976 Winter Olympics in Innsbruck and the ski jumping event at the
        # Holmenkollen ski festival in 1975": what follows these Games joined by "and the" is a second thing won, not this one
        these = re.search(rf"\b{self.article_year}\s+(?:Winter\s+)?(?:Olympics|Olympic\s+Games|Games)\b(?:\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?(?=\s+and\s+(?:the|a|an)\s)", clause) if self.article_year else None
        clause = clause[:these.end()] if these else clause
        # "redeemed herself for a disappointing performance in Lillehammer four years ago by winning gold today in the 3,000
        # meters": a medal said to be won today is the report's; the past told before it is not its
        today = re.search(r"\b(?:win|wins|won|winning|took|taking|claimed|claiming|captured|capturing)\s+(?:the\s+|a\s+|an\s+)?"
                          r"(?:Olympic\s+)?(?:gold|silver|bronze)(?:\s+medal)?\s+(?:today|tonight)\b", clause)
        clause = clause[today.start():] if today else clause
        # "won the gold medal and thereby defended her 2018 title": a year the athlete's past title owns
        clause = re.sub(r"\b(?:his|her|their)\s+(?:19|20)\d\d\s+(?:Olympic\s+)?(?:title|crown)\b", "", clause)
        # a year or Games city just after the medal words ("won silver in 2014", "gold at the Sochi 2014 Games",
        # "won gold in Sochi") or opening the sentence ("In 2014, ..."); "the first Russian win since 2006" is not one
        cities = "|".join(re.escape(c) for c, ys in self.games_years.items() if self.article_year not in ys)
        # ("won bronze in the normal hill and silver in the large hill in Salt Lake": five words between)
        at = re.compile(rf"\b(?:gold|silver|bronze|medal|title|won|event|race|runner-up|second|third|place|podium|winner|victory|victorious)\s+(?:[\w’'-]+\s+){{0,5}}?(?:in|at|during)\s+(?:the\s+)?"
                        rf"(?:(?P<city>{cities})\b|(?:[A-Z][\w.-]*\s+)?(?P<year>(?:19|20)\d\d)\b)")
        for found in at.finditer(clause):
            if found.group("city") or int(found.group("year")) != self.article_year:
                return True
        # "won the downhill and bronzed in the super-G in 2010": a year in the segment of the medal words
        described = self._DESCRIBED.sub("", clause)
        segment = next((seg for seg in re.split(r"[,;(]", described)
                        if re.search(r"\b(?:gold|silver|bronze|medal\w*|won|wins?|title|champion|first|second|third|podium|runner-up|winner|victor\w*|triumph\w*)\b", seg)), "")
        if {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", segment)} - {self.article_year}:
            return True
        opening = re.match(r"\s*(?:In|At|During)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)?((?:19|20)\d\d)\b", before)
        if opening and int(opening.group(1)) != self.article_year:
            return True
        # "The last race at a World Championship was in 2003, and A won that event": "that" event is the one named before
        if re.search(r"\bthat\s+(?:event|race|title|competition)\b", clause) and (
                self._ELSEWHERE.search(before)
                # ("The most recent team sprint event in classic technique had been in Canmore, Canada, on 18 December 2004.
                # Jens Arne Svartedal and Eldar Rønning won that race": the sentence before names it, of another year)
                or self._ELSEWHERE.search(self.previous_text)
                or {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", self.previous_text)} - {self.article_year}):
            return True
        if self.events_in(clause):
            # "won the bronze medal in the men's 5,000-metre race earlier in the games": these Games, in the event it names
            clause = re.sub(rf"\b{self._DAYS_EARLIER}", "", clause, flags=re.I)
        return bool(self._ELSEWHERE.search(clause) or re.search(r"\bhad\s+(?:(?:already|previously|twice|once|also)\s+){0,2}(?:won|taken|claimed)\b", clause))

    def _other_event(self, clause: str, event: tuple | None) -> bool:
        """ "who won the bronze medal in the Super-G" in a downhill article: another event's medal."""
        if event is None:
            return False
        distances = {d.replace(",", "") for d in re.findall(r"\b(?:in|at)\s+the\s+(?:(?:men|women)['’]s\s+)?(\d[\d,.]*)\s?(?:m|km|metres|meters)\b", clause)}
        if event[0] and distances and event[0].replace(",", "") not in distances:
            return True  # "captured the gold in the 1000m on Monday" in a 1500 m article
        if event[2] is None:
            return False
        formats = "|".join(re.escape(f) for f in sorted({*FORMATS, *FORMAT_SPELLINGS}, key=len, reverse=True))
        named = {FORMAT_SPELLINGS.get(m.lower(), m.lower()) for m in re.findall(rf"\b(?:in|at|on)\s+the\s+(?:(?:men|women)['’]s\s+)?({formats})\b", clause, re.I)}
        named = {"super-G" if f in ("super g", "super-g") else "classical" if f == "classic" else f for f in named}
        return bool(named) and event[2] not in named and not any(event[2] in f or f in event[2] for f in named)

    # "the (Olympic) champion was X", "the bronze medalist was X" ...
    _TITLE_WAS = re.compile(r"(?:\b(?:the|and)\s+|^\s*|[,;:]\s*)(?P<qualifier>(?:[\w’'-]+\s+){0,4}?)(?:(?:(?P<medal>gold|silver|bronze)\s+medal(?:l)?ist|champion|winner)\s+(?:was|is|became)\s*"
                            # "the bronze medalist was U.S. teammate Andrew Weibrecht", "... was compatriot X"
                            r"(?:(?:[A-Z][\w.]*\s+|his\s+|her\s+|their\s+)?(?:team-?mate|compatriot|countryman|countrywoman)\s+"
                            # "The silver medalist became Italy's Stefania Belmondo" (after a disqualification)
                            r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+"
                            # "The winner was the defending Olympic champion Magnar Solberg": the title describes the winner
                            r"|the\s+(?:defending|reigning)\s+(?:Olympic\s+|world\s+)?champion\s+"
                            # "The winner was the first racer over the finish line, Vincent Defrasne": a description, then the name
                            r"|the\s+[a-z][^,;.]{0,60},\s*)?"
                            # "The winner of the competition Jacob Tullin Thams ..." (not "The silver medalist, A, ...": in the
                            # paragraph on the previous Games' medallists that event pages open with, that is theirs)
                            r"|winner\s+of\s+the\s+(?:competition|event|race)\s*,?\s*"
                            # "Olympic champions were the Bob USA II with Jill Bakken and Vonetta Flowers": a crew by its sled
                            r"|Olympic\s+champions\s+were\s+the\s+(?:Bob|sled|bobsleigh|boat)\s+[^,;.]{1,20}?\s+with\s+)$", re.I)
    # ... but not "the reigning world champion was X", "the defending Olympic champion was X", "the 2014 bronze
    # medalist was X", "the World Cup downhill champion is X": a title of another competition or Games.
    _TITLE_QUALIFIER = re.compile(r"\b(?:defending|reigning|former|previous|incumbent|current|then|world|cup|european|junior|youth|"
                                  r"national|overall|season|(?:19|20)\d\d)\b", re.I)

    # Wikipedia's citation markers ("bronze.[2][3]"), dropped where a rule reads to the end of a clause
    _CITATION = re.compile(r"\s*\[(?:\d+|[a-z]|note \d+|citation needed)\]")

    # A medal word followed by a round of the event ("silver in the first run", "gold after two runs")
    # ("finished first in the morning run": a run of the day)
    _IN_A_ROUND = re.compile(r"(?:\s+medal)?\s+(?:in|after|of|at)\s+(?:the\s+)?(?:(?:first|second|third|opening|one|two|three|\d|morning|afternoon|final)\s+(?:runs?|rounds?|legs?|jumps?|laps?)|heats?|semi\w*|quarter\w*|qualif\w*|halfway)\b", re.I)

    # Verbs that take a place or a podium step ("secured second place", "took the final podium spot")
    _PLACE_VERB = (r"(?:take|takes|took|taking|claim|claims|claimed|claiming|secure|secures|secured|securing|earn|earns|earned|earning|grab|grabbed|grabbing|"
                   r"clinch|clinched|clinching|capture|captured|capturing|finish(?:ed|es|ing)?\s+in|end(?:ed|s|ing)?(?:\s+up)?\s+in|came\s+in|fill(?:ed|s|ing)?|complet(?:ed|es|ing))")
    # A step of the podium: "the final podium spot", "the last spot on the podium" (bronze), "the top step of the podium" (gold)
    _PODIUM_STEP = (r"(?:(?P<last>final|last|third|remaining|bottom|lowest)\s+(?:podium\s+(?:spot|place|step|position)|(?:spot|place|step|position)\s+(?:on|of)\s+the\s+podium)"
                    r"|(?P<top>top|highest)\s+(?:step|spot)\s+(?:of|on)\s+the\s+podium|(?P<middle>second)\s+step\s+(?:of|on)\s+the\s+podium)\b")
    # "A, B and C finished first, second and third": places listed after the first, read by the list rule
    _PLACES_LISTED = re.compile(r"(?:\s+(?:medals?|places?))?(?:\s*,\s*(?:the\s+)?(?:gold|silver|bronze|second|third))?\s*,?\s+and\s+(?:the\s+)?(?:gold|silver|bronze|second|third)\b(?!\s+medal(?:l)?ist)", re.I)

    _APPOSITIVE = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|\s*\([A-Z]{3}\))?\s*,\s*"
                             r"(?P<app>(?:the|a|an|last|this|his|her|their|[\w’']+['’]s|\d{1,2})\b[^,;()]*),(?=\s*[a-z])")

    # A place at a point of the course, stated before it: "by 5.9 km was second", "at the halfway mark was third"
    _CHECKPOINT_BEFORE = re.compile(r"\b(?:by|at|after|through|until)\s+(?:the\s+)?(?:\d+(?:[.,]\d+)?\s?(?:km|kilomet(?:re|er)s?|m|metres|meters)(?!\s+(?:race|event|final))\b"
                                    r"|halfway\b|(?:first|second|third|last|final)\s+(?:intermediate|split|checkpoint|time\s+check)s?\b|(?:the\s+)?(?:intermediate|split|time\s+check)s?\b)", re.I)

    _TAKEN_AWAY = re.compile(r"\b(?:was|were|been|being)\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:disqualified|stripped|relegated|downgraded|upgraded)\b"
                             r"|\blater\s+(?:upgraded|downgraded|stripped|disqualified|reallocated|annulled)\b", re.I)
    _VICTORY = re.compile(r"\b(?:was|were|emerged|proved)\s+(?:the\s+|a\s+)?(?:(?:overall\s+|race\s+|event\s+|eventual\s+|surprise\s+|surprising\s+|"
                          r"unexpected\s+|deserved\s+|worthy\s+|clear\s+|popular\s+|home\s+|first-time\s+)?winners?|victorious)\b"
                          r"|\btriumphed\b|\b(?:topped|topping|tops)\s+the\s+podium\b|\b(?:finished|stood|ended(?:\s+up)?)\s+(?:on\s+)?top\s+of\s+the\s+podium\b|\b(?:claimed|took|secured|sealed|clinched|grabbed|earned|captured)\s+(?:the\s+)?(?:victory|win)\b"
                          r"|\b(?:surg|rac|ski|skat|cruis|power|storm|charg|glid|soar)(?:ed|ing)\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:victory|win|gold|title)\b"
                          # "he held off the field to win by 20 seconds" (a margin, not the passive "was won by")
                          r"|(?<!was\s)(?<!were\s)\b(?:won|wins|win|winning)\s+by\s+(?:only\s+|just\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                          r"(?:[\d.,]+|a|an|one|two|three|half\s+a)\s+(?:[\w.]+\s+)?(?:seconds?|s|points?|metres?|minutes?|margin|hundredths?|tenths?)\b")
    # "which was sufficient for an eventual silver medal", ", good enough for bronze", "was enough for the bronze"
    _ENOUGH = re.compile(r"(?:\b(?:which|that|this|it)\s+(?:was|proved|turned\s+out\s+to\s+be)\s+|,\s*|\b(?:was|were|proved)\s+"
                         # "Witt skated well enough for the gold"
                         r"|\b(?:skated|skied|jumped|raced|performed|slid)\s+(?:well|fast|far|cleanly)\s+)(?:just\s+|only\s+|still\s+)?"
                         r"(?:good\s+enough|enough|sufficient)\s+(?:for|to\s+(?:win|take|claim|secure))\s+(?:an?\s+|the\s+)?(?:eventual\s+|final\s+)?"
                         r"(?P<medal>gold|silver|bronze)\b", re.I)
    _CLAUSE_SEMI = re.compile(r";|\bwhile\b|\bbut\b(?=\s+(?:[A-ZÀ-Ö]|(?:he|she|they|it|the|a|an|his|her|their)\b))")

    # Words after a place that make it a round's, a split's or a start order ("first after the first run", "in first
    # position after the second shooting", "second to advance", "first to start")
    _PARTIAL = re.compile(r"[^.;]{0,30}?\b(?:after|in|at|of|through|until|following)\s+(?:the\s+)?(?:(?:first|second|third|fourth|opening|one|two|three|\d|last|final|morning|afternoon)\s+"
                          r"(?:runs?|rounds?|legs?|jumps?|laps?|shootings?|shoots?|shots?|bouts?|stages?|splits?|loops?|intervals?|checkpoints?|time\s+checks?|exchanges?|segments?)|"
                          r"(?:short\s+program|rhythm\s+dance|halfway|intermediate|qualif\w*|heats?|semi\w*|quarter\w*|training|prone|standing|shooting|split))"
                          r"|[^.;]{0,30}?\b(?:to|and)\s+(?:advance|progress|qualify|move\s+on)"
                          r"|\s+(?:to\s+(?:start|go|compete|race|ski|skate|jump|slide|descend|drop\s+in)|(?:starter|out\s+of\s+the\s+gate))\b", re.I)

    # Words between a list of names and "took the podium" that make the list's order another than the medals'
    _NOT_IN_ORDER = re.compile(r"\b(?:lead\w*|led|consecutive\w*|turn|succession|one\s+after|after|before|run|round|respectively)\b", re.I)

    _PODIUM = re.compile(r"\b(?:completed|completing|rounded\s+out|rounding\s+out|made\s+up|filled|took)\s+(?:the\s+)?(?:(?:three\s+|other\s+(?:two\s+)?)?medals|(?:[\w-]+\s+)?podium)\b")

    def _more_medal_rules(self, clause: str, before: str) -> tuple[str | None, str | None]:
        """More shapes of one athlete's medal: "won the <event>", "X won.", "defended her title", "Gold: X"."""
        hedged = lambda match: self._hedged_before(clause, match.start())  # noqa: E731
        won = re.match(r"\s*(?:\([A-Z]{3}\)\s*|(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*)?,?\s*(?:won|wins|claimed|took|captured|clinched)\s+(?:the\s+)?(?:Olympic\s+)?", clause)
        if won and any(won.end() - 1 <= start <= won.end() for _, start, _, _ in self.events_in(clause)):
            return "gold", "medal-won-event"
        # "Antoine Deneriaz rocketed down Sestriere's Kandahar piste to take the men's Alpine skiing downhill": a later verb
        # of winning whose object is an event
        starts = {start for _, start, _, _ in self.events_in(clause)}
        later = next((m for m in re.finditer(r"\b(?:to\s+(?:win|take|claim|capture)|and\s+(?:won|took|claimed|captured))\s+(?:the\s+)?(?:Olympic\s+)?", clause)
                      if starts & {m.end() - 1, m.end()}), None)
        if later and not hedged(later):
            return "gold", "medal-won-event"
        alone = re.search(r"\b(?:won|wins|(?:held|hung|went|came|rallied|recovered)\s+(?:on\s+|back\s+|from\s+behind\s+)?to\s+win)\s*(?:[.,;!]|$|\s+(?:by(?!\s+(?:the\s+|a\s+)?[A-Z])|ahead|again|comfortably|easily|convincingly|with\s*$|with\s+(?=[A-Z])|(?:in|with)\s+(?:a\s+)?(?:(?:winning\s+)?time\s+of\s+)?(?:\d+:\d|\d+\s+(?:minutes?|hours?|min)\b)))", clause)
        # ("won by 0.3 seconds" is a win, "the first medal won by Russia" a passive, not the subject's win)
        # a run named before in a coordinated phrase ("took the lead in the second run and held on to win") is not the win's
        if alone and not hedged(alone) and not re.search(r"\b(?:run|heat|round|leg)\b", re.split(r"\band\b", clause[:alone.start()])[-1]):
            return "gold", "medal-won-event"
        # "Kjell Storelid made it a Norwegian one-two ahead of ...", "Jan Bos finished in 1:10.71 to make a 1-2 finish for the
        # Dutch": second, behind a compatriot
        one_two = re.search(r"\b(?:made|makes|make|making|completed|completing|sealed|sealing)\s+(?:it\s+)?(?:a|an)\s+(?:[A-Z][\w-]*\s+)?"
                            r"(?:one-two|1-2)(?:\s+finish)?\b", clause)
        if one_two and not hedged(one_two):
            return "silver", "medal-one-two"
        # "won a tense and at times historic battle in the Olympic women's luge", "made himself into an Olympic legend with a
        # stunning victory in the men's super giant slalom"
        battle = re.search(r"\bwon\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:battle|duel|showdown|thriller)\b"
                           r"|\b(?:with|by)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:victory|win|triumph)\s+in\s+the\b", clause)
        if battle and not hedged(battle):
            return "gold", "medal-won-event"
        # ("was able to repeat his triumph over 500 meters")
        defended = re.search(r"\b(?:(?:successfully\s+)?(?:defended|retained|repeated|replicated)|(?:was|were)\s+able\s+to\s+(?:repeat|defend|retain))\s+(?:(?:his|her|their)\s+(?:(?:19|20)\d\d(?:\s*(?:,|and)\s*(?:19|20)\d\d)*\s+)?)?"
                             r"(?:Olympic\s+)?(?:(?:men|women)['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:title|crown|success|victory|triumph|gold(?:\s+medal)?)\b"
                             r"|\brepeated\s+as\s+(?:the\s+)?(?:Olympic\s+)?(?:champion|gold\s+medal(?:l)?ist)\b"
                             # "completed a superb defence of her Olympic super combined title"
                             r"|\b(?:completed|made|mounted|secured|sealed)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:successful\s+)?defen[cs]e\s+of\s+(?:his|her|their)\s+"
                             r"(?:Olympic\s+)?(?:[\w-]+\s+){0,3}?(?:title|crown)\b", clause)
        if defended and not hedged(defended):
            return "gold", "medal-defended"
        # ("A tied for the silver with B of Switzerland": B shares it, drafted by ``_relative_medals``)
        tied = re.search(r"\btied\s+(?:for|with\s+\S+(?:\s+\S+)?\s+for)\s+(?:the\s+)?(gold|silver|bronze)\b", clause)
        if tied and not hedged(tied):
            return tied.group(1), "medal-tie"
        medal_of = re.search(r"\b(?:won|took|claimed|collected|earned)\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+){0,3}?medal\s*(?:,|:|—|–|-)\s*(?:a|the)\s+(gold|silver|bronze)\b", clause)
        if medal_of and not hedged(medal_of):
            return medal_of.group(1), "medal-won"
        beat = re.search(r"\b(?:beat|beating|edged|edging|pipped|pipping|outpaced|outpacing)\s+(?:out\s+)?[^,;.]{0,60}?\s+to\s+(?:the\s+)?(gold|silver|bronze|title|victory|win)\b", clause)
        if beat and not hedged(beat) and not self._PARTIAL.match(clause[beat.end():]):
            return {"title": "gold", "victory": "gold", "win": "gold"}.get(beat.group(1), beat.group(1)), "medal-relative"
        bracket = self._BRACKET.match(clause)
        if bracket:
            return bracket.group(1), "medal-list"
        listed = re.search(r"(?:^|[.;\n]\s*)(gold|silver|bronze)(?:\s+medal(?:l?ist)?)?\s*[:–—]\s*$", before, re.I)
        if listed:
            return listed.group(1).lower(), "medal-list"
        return None, None

    def _podium_list(self, text: str, spans: list[_Span], index: int, clause: str, event: tuple | None, day: str | None) -> bool:
        """ "A, B and C took the medals": gold, silver, bronze in order; "B and C completed the podium": silver, bronze."""
        listed = self._name_list(text, spans, index, loose=True)
        if listed and self._then_elsewhere(text[:listed[0].start]):
            return False  # "since 2010, when A and B took silver and bronze": that year's medals
        # medals or places listed in the order of the names: "won the gold and the silver medals", "finished first, second and third"
        place = r"(?:the\s+)?(gold|silver|bronze|first|second|third)(?:\s+(?:medals?|places?))?"
        respectively = re.search(rf"\b(?:{self._VERB}|finish(?:ed|ing)|came|coming|placed|placing|ended(?:\s+up)?|ending(?:\s+up)?)\s+(?:in\s+)?{place}(?:\s*,\s*{place})?"
                                 rf",?\s+and\s+{place}(?:\s+(?:medal(?:l)?ists?|medals?|places?))?(?P<resp>\s*,?\s*respectively\b)?", clause)
        if respectively and not any(w in MEDALS for w in respectively.groups()[:3] if w) and not respectively.group("resp") and re.match(rf"\s*{self._VERB}\b", clause[respectively.start():]):
            respectively = None  # "won first and second runs": places of a medal verb are medals only with medal words
        if respectively and (self._PARTIAL.match(clause[respectively.end():]) or self._IN_A_ROUND.match(clause, respectively.end())
                             or self._elsewhere(clause, "", None)):
            respectively = None  # "finished first, second and third in the first run", "... at the 2018 World Championships"
        if respectively and not respectively.group("resp") and (event is None or event[2] in CREW_FORMATS or re.search(r"\band\b", clause[respectively.end():])):
            respectively = None  # "A and B took silver and bronze" is read in order for single athletes and one event only
        if respectively and event is not None and not self._hedged_before(clause, respectively.start()):
            medals = [ORDINAL_MEDAL.get(m, m) for m in respectively.groups()[:3] if m]
            names = self._name_list(text, spans, index, loose=True)
            # "A and B, and C and D, ... won the silver and bronze, respectively": pairs of a two-person event, in order
            crew = 2 if event[2] in _PAIR_FORMATS and respectively.group("resp") and len(names) == 2 * len(medals) else 1
            if len(names) == crew * len(medals) and names[-1] is spans[index]:
                for number, member in enumerate(names):
                    self._draft_medal(member.person, event, medals[number // crew], "medal-respectively", text, day)
                return True
        # "with (teammates) B and C second and third": places after names introduced by "with", no verb
        bare = re.match(r"\s*(?:the\s+)?(second|silver)\s*,?\s+and\s+(?:the\s+)?(third|bronze)\b(?!\s+(?:in|at|after)\b)", clause)
        if bare and event is not None and event[2] not in CREW_FORMATS:
            names = self._name_list(text, spans, index, loose=True)
            if (len(names) == 2 and names[-1] is spans[index]
                    and re.search(r"\bwith\s+(?:(?:his|her|their)\s+)?(?:(?:team-?mates?|compatriots?)\s+)?$", text[:names[0].start])
                    and not self._HEDGE.search(text[:names[0].start]) and not self._elsewhere(clause, "", None)
                    # after a win of this event, not of a run: "A won, with B and C second and third"
                    and re.search(r"\b(?:won|wins|gold|victory|title|champion)\b", text[:names[0].start])
                    and not re.search(r"\b(?:runs?|heats?|rounds?|legs?|lead|led|leads|semi\w*|quarter\w*|qualif\w*|training|after)\b", text)):
                for member, medal in zip(names, ("silver", "bronze")):
                    self._draft_medal(member.person, event, medal, "medal-respectively", text, day)
                return True
        podium = self._PODIUM.search(clause)
        passive = re.search(r"\b(?:podium|medals?)\s+(?:was|were)\s+(?:completed|rounded\s+out)\s+by\s*$", text[:spans[index].start])
        if passive and event is not None and event[2] not in CREW_FORMATS:
            names = self._name_list(text, spans, index, loose=True)
            if names[0] is spans[index] and len(names) in (1, 2):
                for member, medal in zip(names, MEDALS[3 - len(names):]):
                    self._draft_medal(member.person, event, medal, "medal-podium", text, day)
                return True
        if not podium or event is None or self._hedged_before(clause, podium.start()) or self._elsewhere(clause, "", None):
            return False
        if self._NOT_IN_ORDER.search(clause[:podium.start()]) or len(clause[:podium.start()].split()) > 5:
            return False  # "A, B and C consecutively came to the lead and took the podium": the order is not the medals'
        names = self._name_list(text, spans, index, loose=True)
        if names[-1] is not spans[index] or event[2] in CREW_FORMATS:
            return False
        completing = re.match(r"(?:completed|completing|rounded|rounding)|took\s+the\s+other", podium.group(0))
        if len(names) == 3 and not re.match(r"took\s+the\s+other", podium.group(0)):
            medals = MEDALS
        elif completing and len(names) in (1, 2):
            medals = MEDALS[3 - len(names):]
        else:
            return False
        for member, medal in zip(names, medals):
            self._draft_medal(member.person, event, medal, "medal-podium", text, day)
        return True

    # what follows the one beaten: "(of Norway) (by 0.04 seconds|by a scant two hundredths of a second) (to take the gold)"
    _BEATEN_TO = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
                            r"(?P<margin>\s+by\s+(?:only\s+|just\s+|a\s+(?:mere\s+|scant\s+)?)?[\w.,]+\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:seconds?|s|points?|metres?|m|hundredths?|tenths?|thousandths?)(?:\s+of\s+a\s+second)?)?"
                            r"(?P<to>\s*,?\s+to\s+(?:take\s+|win\s+|claim\s+|capture\s+)?(?:the\s+)?(?:gold|title|victory|win)\b)?")

    def _relative_medals(self, text: str, spans: list[_Span], span: _Span, clause: str, medal: str, event: tuple, day: str | None) -> None:
        """Places stated relative to a medallist: "gold ahead of B and C", "followed by B and C", "silver behind A", "second to A";
        in a crew event, the partner the medal is won with ("along with brakeman B")."""
        if event[2] in CREW_FORMATS:
            self._crew_partner(text, spans, span, clause, medal, event, day)
            return  # "A and B ahead of C and D": pairs, not places
        end = span.end + len(clause)
        for word, places in (("ahead of", {"gold": ("silver", "bronze"), "silver": ("bronze",)}),
                             ("in front of", {"gold": ("silver", "bronze"), "silver": ("bronze",)}),
                             ("followed by", {"gold": ("silver", "bronze"), "silver": ("bronze",)}),
                             ("behind", {"silver": ("gold",), "bronze": ("gold", "silver")})):
            found = re.search(rf"\b{word}\s+(?:(?:the\s+)?[\w.,]+\s+(?:seconds?|s|points?|metres?|m)\s+(?:of\s+)?)?"
                              r"(?:(?:(?:his|her|their)\s+)?(?:compatriots?|team-?mates?|countrym[ae]n|countrywom[ae]n)\s+|fellow\s+(?:[A-Z][a-z]+\s+)?"
                              # ("ahead of the Dutch defending champion, Bart Veldkamp")
                              r"|the\s+(?:[A-Z][a-z]+\s+)?(?:defending|reigning|world|Olympic)\s+champion\s*,?\s+"
                              # ("behind 22-year-old Russian Irina Slutskaya")
                              # ("ahead of Dutch skater Merel Conijn")
                              r"|(?:\d+-year-old\s+)?(?:[A-Z][a-z]+(?:an|ish|ese|ch|ss|ic)\s+)(?:(?:skater|skier|racer|rider|slider|jumper|biathlete|snowboarder)\s+)?(?=[A-Z])|[A-Z][a-z]+-born\s+"
                              # ("followed by the Czech Republic's Gabriela Soukalova")
                              rf"|(?:{self._NATION_BEFORE_NAME})(?=[A-Z]))?", text[span.end:end + 1])   # (the clause, and the name's first letter)
            if not found or medal not in places or self._hedged_before(clause, found.start()):
                continue
            start = span.end + found.end()
            first = next((i for i, s in enumerate(spans) if s.start == start), None)
            if first is None:
                continue
            names = self._name_list(text, spans, first, loose=True)
            names = names[names.index(spans[first]):]
            wanted = places[medal]
            if word == "behind" and medal == "bronze" and len(names) == 1 and any(
                    k == event and m == "gold" and a != names[0].person.athlete for a, k, m in self.medals):
                # "Kwan settled for the bronze medal behind Irina Slutskaya", the gold drafted for another: A is second
                self._draft_medal(names[0].person, event, "silver", "medal-relative", text, day)
                continue
            if word == "behind" and medal == "bronze" and len(names) != 2:
                continue  # "bronze behind A": A is gold or silver
            if word != "behind" and len(names) > len(wanted):
                continue  # "ahead of A, B and C": not a podium
            for member, place in zip(names, wanted):
                self._draft_medal(member.person, event, place, "medal-relative", text, day)
        # "beating Matti Hautamäki to the title by only one point": the one beaten to the gold is second; "won the event by
        # only 24 seconds over Swede B": B is second; "A tied for the silver with B": B shares the silver
        for other in spans:
            if not span.end <= other.start <= end:
                continue
            lead = text[span.end:other.start]
            margin = medal == "gold" and re.search(r"\bby\s+(?:only\s+|just\s+|a\s+mere\s+)?[\w.,]+\s+(?:seconds?|s|points?|metres?|m)\s+over\s+(?:[A-Z][a-z]+\s+)?$", lead)
            tie = re.search(rf"\btied\s+for\s+(?:the\s+)?{medal}(?:\s+medal)?\s+with\s+$", lead)
            if (margin or tie) and not self._HEDGE.search(lead):
                self._draft_medal(other.person, event, medal if tie else "silver", "medal-tie" if tie else "medal-relative", text, day)
            # "finished second to Georg Thoma": the one the silver medallist was second to won
            # ("won silver ..., being beaten by Eric Heiden": the one who beat the silver medallist won)
            if medal == "silver" and re.search(r"\b(?:(?:second|runner-up)\s+to|(?:being\s+|was\s+)?beaten\s+(?:only\s+)?by)\s+$", lead) and not self._hedged_before(lead, len(lead)):
                self._draft_medal(other.person, event, "gold", "medal-relative", text, day)
            beaten = medal == "gold" and other.start < end and re.search(
                r"\b(?:beat|beating|beats|(?P<narrowly>edged|edging|edges|pipped|pipping))\s+(?:out\s+)?(?:(?:his|her|their)\s+(?:compatriots?|team-?mates?)\s+)?$", lead)
            after = beaten and self._BEATEN_TO.match(text, other.end)
            # "beat B to the title"; "edged (out) B by 0.04 seconds (to take the gold)": the one edged by a margin is second
            if after and (after.group("to") or beaten.group("narrowly") and after.group("margin")) and not self._hedged_before(clause, beaten.start()):
                self._draft_medal(other.person, event, "silver", "medal-relative", text, day)

    @staticmethod
    def _name_list(text: str, spans: list[_Span], index: int, loose: bool = False) -> list[_Span]:
        """The names listed with ``spans[index]`` ("A, B, C and D"; ``loose``: "A of Norway, B (SWE) and C"), in order."""
        # ("Virtue/Moir", "Tobias Wendl / Tobias Arlt": a pair; "Fiske and his team-mates, Clifford Grey, Eddie Eagan, and Jay O'Brien")
        joiner = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:(?:his|her|their)\s+team-?mates\s*,\s*)?|\s*,?\s*&\s*|\s*/\s*")
        if loose:
            # ("A and his brother, B, won gold and bronze respectively": a kin word between the names)
            joiner = re.compile(r"(?:\s*\([A-Z]{3}\)|\s*,?\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?"
                                r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*&\s*)"
                                # ("Fiske and his team-mates, Clifford Grey, Eddie Eagan, and Jay O'Brien took gold")
                                r"(?:(?:his|her)\s+(?:(?:twin|younger|older|elder|big|little)\s+)?(?:brother|sister)\s*,\s*|(?:his|her|their)\s+team-?mates\s*,\s*"
                                # ("the Czech Republic's Gabriela Soukalova and Norwegian Tiril Eckhoff": a nation before the name)
                                rf"|{MedalRules._NATION_BEFORE_NAME})?")
        first = last = index
        while first > 0 and joiner.fullmatch(text[spans[first - 1].end:spans[first].start]):
            first -= 1
        while last + 1 < len(spans) and joiner.fullmatch(text[spans[last].end:spans[last + 1].start]):
            last += 1
        return spans[first:last + 1]

    # A nation's team medal: "Norway won the gold|the event", "with Sweden taking the silver medal", "..., and
    # Olympic Athletes from Russia (OAR) bronze", "OAR became third", "Germany were second", "the gold went to
    # Norway", "won by Norway", "thus winning gold for Norway"; "Austria, with A, B, and C / D, won silver, and Latvia,
    # with E, F, and G / H, bronze" (the members between commas).
    _TEAM_MEDAL = (
        r"(?P<nation>{nations})(?:['’]s)?(?:,\s*which\s+(?:eventually\s+|then\s+|later\s+|went\s+on\s+to\s+)?|,\s*with\s+[^.;]*?,\s+|\s+)(?:team\s+|quartet\s+|squad\s+)?(?:\([^)]*\)\s*)?(?:(?:were|was)\s+able\s+to\s+|managed\s+to\s+|ha(?:ve|s)\s+)?{verb}\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:(?!(?:medals?|in|at|of|for|and|but)\b)[a-z]+\s+){{0,2}}?(?:Olympic\s+)?(?P<medal>gold|silver|bronze)",
        r"(?P<nation>{nations})(?:['’]s)?(?:,\s*which\s+(?:eventually\s+|then\s+|later\s+|went\s+on\s+to\s+)?|\s+)(?:team\s+)?(?:won|wins|win|claimed|took|captured)\s+the\s+(?:event|race|relay|title|competition)\b",
        # "Canada, skipped by A, defeated Denmark 7-5 today to win the first-ever Olympic women's curling gold medal": the final's winner
        r"(?P<nation>{nations})(?:,\s*(?:skipped|led|captained|coached)\s+by\s+[^.;]*?,)?\s+(?:defeated|beat|edged|downed|routed|crushed)\s+[^.;]{{0,60}}?\bto\s+win\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,5}}?(?P<medal>gold)\b",
        # "Canada beat the United States 3-2 to win the women's ice hockey final": the final's winner (the beaten nation's
        # silver is read by ``_FINAL_BEATEN``)
        r"(?P<nation>{nations})(?:,\s*(?:skipped|led|captained|coached)\s+by\s+[^.;]*?,)?\s+(?:defeated|beat|edged|downed|routed|crushed)\s+[^.;]{{0,60}}?\bto\s+win\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:final|gold\s+medal\s+(?:game|match))\b",
        # "Canada recovered from the brink of defeat to beat the U.S. 3-2 and earn a fourth consecutive women's hockey gold"
        r"(?P<nation>{nations})\s+(?:[a-z]+\s+){{1,8}}?to\s+(?:defeat|beat|edge|down|rout|crush)\s+[^.;]{{0,60}}?\b(?:and|to)\s+(?:win|earn|take|claim|capture|clinch)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){{0,5}}?(?P<medal>gold)\b",
        r"(?P<nation>{nations})\s+(?:\([A-Z]{{3}}\)\s+)?(?:became|finished|placed|were|was|came)\s+(?:in\s+)?(?P<ordinal>first|second|third)\b",
        r"(?:,\s*|\band\s+)(?:the\s+)?(?P<nation>{nations})(?:,\s*with\s+[^.;]*?,)?\s+(?:\([A-Z]{{3}}\)\s+)?(?P<tail>gold|silver|bronze|second|third)\s*(?=[.,;]|$)",
        r"\b(?:the\s+)?(?P<medal>gold|silver|bronze)(?:\s+medal)?\s+went\s+to\s+(?:the\s+)?(?P<nation>{nations})\b",
        r"(?:\b(?P<medal>(?i:gold|silver|bronze))(?:\s+medal)?\s+(?:was|were)\s+(?:also\s+)?)?(?P<by>\b(?:won|claimed|taken))\s+by\s+(?:the\s+)?(?P<nation>{nations})\b",
        r"\bwinning\s+(?:the\s+)?(?P<medal>gold|silver|bronze)(?:\s+medal)?\s+for\s+(?:the\s+)?(?P<nation>{nations})\b",
        r"\b(?P<ordinal>first|second|third)[- ]placed\s+(?:the\s+)?(?P<nation>{nations})\b",
        r"(?P<nation>{nations})\s+(?:finished|ended(?:\s+up)?|came\s+away)\s+with\s+(?:the\s+|a\s+)?(?P<medal>gold|silver|bronze)\b",
        # "The United States successfully defended its title in the figure skating team event", "Germany won the women's team
        # sprint": the team event named right after the verb, no medal word
        r"(?P<nation>{nations})(?:['’]s)?\s+(?:team\s+)?(?:(?:successfully\s+)?defended\s+(?:its|their)\s+(?:Olympic\s+)?title\s+in|won|wins|claimed|captured)\s+"
        r"the\s+(?:[\w'’-]+\s+){{0,4}}?(?:team\s+event|relay|team\s+pursuit|team\s+sprint|team\s+relay|team\s+competition)\b",
        # "..., with Japan finishing a close second and host Italy taking bronze"
        r"\bwith\s+(?:the\s+)?(?:host\s+)?(?P<nation>{nations})\s+(?:finishing|coming|placing|ending\s+up)\s+(?:in\s+)?(?:an?\s+(?:close|distant|comfortable|narrow)\s+)?(?P<ordinal>second|third)\b",
    )
    # "Canada beat the United States 3-2 to win the women's ice hockey final": the beaten finalist's silver (a tournament's
    # final, the only match whose loser wins a medal)
    _FINAL_BEATEN = (r"(?P<winner>{nations})(?:,\s*(?:skipped|led|captained|coached)\s+by\s+[^.;]*?,)?\s+(?:(?:[a-z]+\s+){{1,8}}?to\s+(?:defeat|beat|edge|down|rout|crush)|defeated|beat|edged|downed|routed|crushed)\s+"
                     r"(?:the\s+)?(?P<nation>{nations})(?!\w)[^.;]{{0,40}}?\b(?:to|and)\s+(?:win|earn|take|claim|capture|clinch)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){{0,5}}?"
                     r"(?:final|gold(?:\s+medal)?(?:\s+(?:game|match))?)\b")
    # "Norway ..., being represented by A and B": the members a preview names for a nation's team
    _REPRESENTED_BY = re.compile(r"[^.;]{0,80}?,?\s+(?:being\s+|was\s+|were\s+|is\s+|are\s+)?represented\s+by\s+")
    # "Finland finished with the bronze medal, beating the United States, with captain Teemu Selänne ...": a member
    # ("Italy captured gold as Davide Ghiotto, Andrea Giovannini and Michele Malfatti clocked 3:39.20 in the men's team
    # pursuit": the names right after "as" are the team's)
    _WITH_MEMBER = re.compile(r"(?:[^.;]*?[\s,])?with\s+(?:(?:its|their|the\s+team['’]s)\s+)?(?:(?:captain|goalkeeper|goaltender|anchor|skip|"
                              r"veteran|star|forward|defen[cs]eman|leader)\s+)?|\s+as\s+(?=[A-Z])")
    # a nation the medal clause names as beaten, not as the team of the name after "with"
    _BEATEN_NATION = re.compile(r"\b(?:beating|beat|defeating|defeated|over|ahead\s+of|than|against)\s+(?:the\s+)?$")
    # "OAR (Natalya Nepryayeva) and Norway (Ingvild Flugstad Østberg) skied together": a leg of a nation's team.
    # ("Norway, with A, B, C and D, won", "Norway, whose team consisted of A, ...", "The Norwegian team consisted of A, ...")
    _MEMBERS_AT = re.compile(r"\s*(?:['’]s\s+)?(?:,\s*whose\s+)?(?:team\s+|quartet\s+|squad\s+)?(?:\(|of\s+|(?:consisting|consisted|consists|composed|comprised)\s+of\s+|"
                             r"comprising\s+|made\s+up\s+of\s+|,?\s*with\s+|:\s*)")

    # "A skied the anchor leg for Norway", "B raced the first two laps for the Netherlands"
    _LEG_FOR = re.compile(r"\s+(?:skied|skated|raced|ran|anchored|started|completed|took|opened|closed)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:legs?|laps?)\s+for\s+(?:the\s+)?")

    def nation_medal_with(self, text: str, spans: list[_Span], event: tuple | None, day: str | None) -> None:
        """ "Norway also won the bronze medal, with Halvard Hanevold beating ...": in an individual event, the athlete
        named right after "with" (or "through", "thanks to") wins the nation's medal, and is of that nation."""
        if event is None or event[2] in CREW_FORMATS:
            return
        for noc, start, end, spelling in self.nations_in(text):
            if start and not re.search(r"(?:^|[.;:]\s*|,\s*(?:and|while|as)\s+|\b(?:and|while|as)\s+)$", text[:start]):
                continue  # the nation must be the clause's subject, not "behind Norway's ..."
            said = re.match(rf"\s+(?:also\s+|then\s+)?(?P<verb>{self._VERB})\s+(?:the\s+|a\s+)?(?P<medal>gold|silver|bronze)(?:\s+medal)?\s*,?\s+"
                            r"(?:with|through|thanks\s+to|courtesy\s+of|via)\s+", text[end:])
            if not said or self._HEDGE.search(text[max(0, start - 40):start]) or self._elsewhere(said.group(0), text[:start], None):
                continue
            who = next((span for span in spans if span.start == end + said.end()), None)
            if who is None or (who.person.nation and who.person.nation != noc):
                continue
            self.set_nation(who.person, noc, "athlete-nation-adjacent", text)
            self.see_nation(noc, text, spelling)
            self._draft_medal(who.person, event, said.group("medal").lower(), "medal-nation-with", text, day)

    @staticmethod
    def _to_clause_end(text: str, position: int) -> str:
        """``text`` up to the end of the clause holding ``position`` (its next comma, semicolon or dash)."""
        end = re.search(r"[,;]|\s[—–]\s|\s--\s", text[position:])
        return text[:position + end.start()] if end else text

    def team_medal_rules(self, text: str, spans: list[_Span], event: tuple | None, day: str | None) -> None:
        """A team event's medals stated for nations, and the members named for each nation (drafted in ``team_medals_drafted``)."""
        if event is None or event[2] not in TEAM_FORMATS:
            return
        nations = "|".join(re.escape(n) for n in sorted(self.spelling_noc, key=len, reverse=True) if len(n) > 3 or n.isupper())
        for noc, start, end, spelling in self.nations_in(text):
            after = self._MEMBERS_AT.match(text, end)
            listed = [i for i, span in enumerate(spans) if after and span.start == after.end()]
            if not listed:
                # "won by Germany's Natalie A, Johannes B, Tobias C / Tobias D": a possessive before a list of names (one
                # name so written is an athlete of that nation, not a team)
                possessive = re.match(r"['’]s\s+", text[end:])
                listed = [i for i, span in enumerate(spans) if possessive and span.start == end + possessive.end()]
                listed = listed if listed and len(self._name_list(text, spans, listed[0])) > 1 else []
            if listed:
                members = self.team_members.setdefault((event, noc), [])
                for member in self._name_list(text, spans, listed[0]):
                    if member.person not in members:
                        members.append(member.person)
                    self.set_nation(member.person, noc, "athlete-nation-adjacent", text)
                    self.see_nation(noc, text, spelling)
        for noc, start, end, spelling in self.nations_in(text):
            represented = self._REPRESENTED_BY.match(text, end)
            if represented and not any(end <= s < represented.end() for _, s, _, _ in self.nations_in(text)):
                listed = [i for i, span in enumerate(spans) if span.start == represented.end()]
                if listed:
                    self._add_members(event, noc, self._name_list(text, spans, listed[0]), text)
        for span in spans:  # "A skied the anchor leg for Norway": a member of Norway's team
            leg = self._LEG_FOR.match(text, span.end)
            noc = next((n for n, start, _, _ in self.nations_in(text) if leg and start == leg.end()), None)
            if noc:
                members = self.team_members.setdefault((event, noc), [])
                if span.person not in members:
                    members.append(span.person)
                self.set_nation(span.person, noc, "athlete-nation-adjacent", text)
        # "The podium had Russia, Norway, and Italy, in that order": the nations' medals in order
        podium = re.search(rf"\bpodium\s+(?:had|was|read|consisted\s+of)\s+(?:the\s+)?({nations})\s*,\s*(?:the\s+)?({nations})\s*,?\s+and\s+(?:the\s+)?({nations})"
                           r"\s*,?\s+in\s+that\s+order\b", text)
        if podium and not self._HEDGE.search(text[:podium.start()]) and not self._ELSEWHERE.search(text):
            for spelling, medal in zip(podium.groups(), ("gold", "silver", "bronze")):
                self.see_nation(self.spelling_noc[spelling], text, spelling)
                self.team_medals.setdefault((event, self.spelling_noc[spelling]), (medal, text, day or ""))
        for match in re.finditer(self._FINAL_BEATEN.format(nations=nations), text):
            if not self._HEDGE.search(text[max(0, match.start() - 40):match.start()]) and not self._ELSEWHERE.search(self._to_clause_end(text, match.end())):
                noc = self.spelling_noc[match.group("nation")]
                self.see_nation(noc, text, match.group("nation"))
                self.team_medals.setdefault((event, noc), ("silver", text, day or ""))
        # ("After the 1st exchange Finland was third": a standing during the race, not a medal)
        standing = re.search(r"\b(?:after|at)\s+the\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|halfway|last)\s+"
                             r"(?:exchange|handover|hand-over|leg|lap|period|end|split|intermediate|shooting)\b", text, re.I)
        for pattern in self._TEAM_MEDAL:
            for match in re.finditer(pattern.format(nations=nations, verb=self._VERB), text):
                if self._HEDGE.search(text[max(0, match.start() - 40):match.start()]) or standing and standing.start() < match.start():
                    continue
                if re.search(r"[A-Z][\w'’.-]*\s+(?:of|from)\s+(?:the\s+)?$", text[:match.start("nation")]):
                    continue   # "Kelsey Serwa of Canada won the gold in women's skicross": the athlete's nation, not a team's
                if self._ELSEWHERE.search(self._to_clause_end(text, match.end())):
                    # "the last World Cup relay ... was won by the Norwegian team of A, B": not this event's (a clause after the
                    # medal's is another's: "..., reclaiming the gold medal the Americans had taken from them four years ago")
                    continue
                if (match.groupdict().get("by") and not match.group("medal")
                        and re.search(r"\b(?:silver|bronze|second|third)\b", re.split(r"[.;]", text[:match.start()])[-1], re.I)):
                    continue  # "the silver in the relay was claimed by Norway": not read (never a gold)
                word = (match.groupdict().get("medal") or match.groupdict().get("ordinal") or match.groupdict().get("tail") or "gold").lower()
                noc = self.spelling_noc[match.group("nation")]
                self.see_nation(noc, text, match.group("nation"))
                self.team_medals.setdefault((event, noc), (ORDINAL_MEDAL.get(word, word), text, day or ""))
                with_member = self._WITH_MEMBER.match(text, match.end())
                between = [s for _, s, _, _ in self.nations_in(text) if match.end() <= s < (with_member.end() if with_member else 0)]
                if with_member and all(self._BEATEN_NATION.search(text[:s]) for s in between):
                    first = next((i for i, span in enumerate(spans) if span.start == with_member.end()), None)
                    member = self._name_list(text, spans, first) if first is not None else []   # "with A, B, C and D": each
                    if member and member[0].person.nation in (None, noc):
                        self._add_members(event, noc, member, text)

    # "he unleashed a sprint ... to win the gold medal for his team", "took silver for Norway": one skier's medal is the team's
    _FOR_TEAM = r"\b(?:gold|silver|bronze)(?:\s+medal)?\s+for\s+(?:(?:his|her|their|the)\s+(?:team|country|nation|squad|quartet)\b|[A-Z])"

    def _skier_of_team(self, person: _Person, event: tuple, medal: str, text: str, day: str | None) -> None:
        """A relay's medal one skier won "for his team": the team's medal of the skier's nation, the skier a member.

        The other members are the ones the leg narrative names (``members_from_legs``), up to the relay's legs.
        """
        self.nation_from_data(person, event)
        if person.nation is None:
            return
        members = self.team_members.setdefault((event, person.nation), [])
        if person not in members:
            members.append(person)
        self.team_medals.setdefault((event, person.nation), (medal, text, day or ""))

    def _add_members(self, event: tuple, noc: str, listed: list[_Span], text: str) -> None:
        """Members named for a nation's team in a team event: they win its medal, and are of that nation."""
        members = self.team_members.setdefault((event, noc), [])
        for member in listed:
            if member.person.nation not in (None, noc):
                continue
            if member.person not in members:
                members.append(member.person)
            self.set_nation(member.person, noc, "athlete-nation-adjacent", text)

    def team_medals_drafted(self) -> None:
        """Each named member of a team wins the team's medal; a team without named members is warned about."""
        self.members_from_legs()
        confirmed = self.members_from_data()
        for (event, noc), (medal, quote, day) in self.team_medals.items():
            members = self.team_members.get((event, noc), [])
            if not members:
                if not any(k[1] == event and k[2] == medal for k in self.medals):
                    self.unnamed_team_medals.append((event, noc, medal, quote, day or None))   # the nation's (``team_medal_facts``)
                continue
            for person in members:
                self._draft_medal(person, event, medal, "medal-team-data" if id(person) in confirmed else "medal-team-member", quote, day or None)

    def conflicting_medals_dropped(self) -> None:
        """An athlete wins one medal in an event: of two drafted, the surer rule's stays; of two as sure, neither.

        "The event was won by A, with B taking the silver" and, later, "A and B had won medals at the test
        event": a second medal of the same athlete and event is a misreading of one of the sentences.
        """
        by_entry: dict[tuple, list] = {}
        for key, fact in self.medals.items():
            by_entry.setdefault(key[:2], []).append((key, fact))
        for found in by_entry.values():
            if len(found) < 2:
                continue
            found.sort(key=lambda item: -item[1].confidence)
            keep = found[0][0] if found[0][1].confidence > found[1][1].confidence else None
            for key, fact in found:
                if key != keep:
                    del self.medals[key]
                    self.warnings.append(f"{key[2]} medal of {fact.note} not drafted: the text gives them another medal in the same "
                                         f"event ({'by a surer rule' if keep else 'as surely'}; {fact.quote[:80]!r})")

    # "Lazutina had tested positive ... and was disqualified from all events", "was later stripped of the gold medal"
    _DISQUALIFIED = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:(?:later|also|subsequently|then|retroactively|eventually)\s+)?"
                               r"(?:disqualified|stripped\s+of)\b(?P<rest>[^.;]*)", re.I)
    # "On 1 February 2018, their results were restored as a result of the successful appeal": a disqualification undone
    _REINSTATED = re.compile(r"\b(?:results?|medals?|titles?)\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|subsequently\s+)?"
                             r"(?:restored|reinstated|returned|given\s+back)\b|\b(?:disqualifications?|bans?|sanctions?)\s+(?:were|was|had\s+been)\s+"
                             r"(?:later\s+|subsequently\s+)?(?:overturned|annulled|lifted|quashed|cancell?ed)\b", re.I)

    def disqualified_medals(self, text: str, spans: list[_Span], event: tuple | None) -> None:
        """A medallist disqualified: their medals in that event (or, "from all events", at these Games) are dropped, and
        the other medals of that event read so far are the original result, which a later sentence may change ("This
        brought Paruzzi up to gold medal. The silver medalist became Italy's Stefania Belmondo").

        Only a disqualification of someone with a medal drafted in the event counts ("disqualified ... in a heat" of a
        race the athlete won no medal in changes nothing); a hedge ("could be disqualified") is none; a later sentence
        restoring the results ("their results were restored ... after the successful appeal") undoes it.
        """
        restored = self._REINSTATED.search(text)
        if restored and not self._HEDGE.search(text[max(0, restored.start() - 60):restored.start()]):
            people = {span.person.athlete for span in spans} or (set(self.last_disqualified) if re.search(r"\b(?:their|his|her)\b", text, re.I) else set())
            for key in [key for key in self.disqualified if key[0] in people]:
                del self.disqualified[key]
            return
        for match in self._DISQUALIFIED.finditer(text):
            if self._HEDGE.search(text[max(0, match.start() - 60):match.start()]):
                continue
            named = [index for index, span in enumerate(spans) if span.end <= match.start() and not re.search(r"[;]", text[span.end:match.start()])]
            if named and not re.fullmatch(r"\s*(?:\([^()]*\)\s*)?(?:,[^,;]*,\s*)?(?:\w+\s+){0,2}", text[spans[named[-1]].end:match.start()]):
                # "Yang Yang (A) crossed the line together with Chun ..., but was then disqualified": the name just before is
                # not the subject of the disqualification; the sentence's first subject is
                subjects = [index for index in named if not self._is_object(text, spans[index])]
                named = subjects[:1]
            pronoun = None if named else self.pronoun_span(text[:match.start()])
            # ("Legkov and Vylegzhanin were disqualified": each of them)
            people = ([span.person for span in self._name_list(text, spans, named[-1])] if named
                      else [pronoun.person] if pronoun else [])
            every = re.match(r"\s+from\s+all\s+(?:(?:his|her|their|the)\s+)?(?:events|races|results|competitions)", match.group("rest"))
            # ("was disqualified from the 1000-meter race": that event's)
            from_event = next((key for start, key in self.event_spans if match.start("rest") <= start < match.end("rest")), None)
            # (in a biography, the event at the passage's Games: see ``passage_event``)
            events = None if every else {self.passage_event(from_event or event)} if (from_event or event) else set()
            for person in people:
                lost = [key for key in self.medals if key[0] == person.athlete and (events is None or key[1] in events)]
                for event_lost in {key[1] for key in lost}:
                    self.disqualified[(person.athlete, None if events is None else event_lost)] = text
                    originals = [key for key in self.medals if key[1] == event_lost and key[0] != person.athlete]
                    self.superseded_medals(text, [key for key in originals if self.medals[key].confidence > 0.5])
            self.last_disqualified = [person.athlete for person in people]

    def disqualified_dropped(self) -> None:
        """Drop the medals of disqualified athletes (see ``disqualified_medals``), whichever sentence drafted them."""
        for key in [key for key in self.medals if (key[0], key[1]) in self.disqualified or (key[0], None) in self.disqualified]:
            fact = self.medals.pop(key)
            quote = self.disqualified.get((key[0], key[1])) or self.disqualified[(key[0], None)]
            self.warnings.append(f"{key[2]} medal of {fact.note} not drafted: disqualified ({quote[:60]!r}...)")

    # "Originally, A won the gold medal ... However, ...": a result that a later sentence may change (a disqualification, a
    # second gold awarded after a judging scandal)
    _SUPERSEDED = re.compile(r"\s*(?:Originally|Initially|At\s+first)\b")

    def superseded_medals(self, text: str, keys: list[tuple]) -> None:
        """The medals of a sentence telling the original result are kept with a confidence below every rule's (0.5).

        A medal that another sentence gives the athlete in the same event then wins over it (see
        ``conflicting_medals_dropped``); a medal no other sentence changes stays, with a warning to check it.
        """
        for key in keys:
            fact = self.medals[key]
            fact.confidence = min(fact.confidence, 0.5)
            self.warnings.append(f"{key[2]} medal of {fact.note} is the original result ({text[:60]!r}...): check that it stands")

    def pending_medals_drafted(self) -> None:
        """Medals read before any event was named go to the event the next sentence of their paragraph names first ("JOHANN
        OLAV KOSS won his third speed skating gold medal of the Games yesterday. ... clocking 13min 30.55sec in the 10,000
        metres."); a results list's ("Gold: X (ITA)"), and a news report's, also to the article's event when it names exactly
        one."""
        for person, medal, rule, quote, day in self.pending_medals:
            following = self._event_named_next(quote)
            if following and following[2] not in CREW_FORMATS and any(
                    k == following and m == medal and a != person.athlete and fact.quote == self.events[following]["quote"]
                    for (a, k, m), fact in self.medals.items()):
                # "Finland's Mika Myllylae won, ... Ekaterina Dafovska won the first ever winter gold for Bulgaria in the 15km
                # biathlon": the next sentence names the event for its own medal of that colour, another's
                following = None
            only = next(iter(self.events)) if len(self.events) == 1 else None
            # (a news report of one event: "Armin Zoeggeler, the reigning Olympic luge champion, ..., winning his country's first
            # gold medal of these Winter Games", its event named paragraphs later, "in men's singles"; the sport the medal's
            # sentence names, if any, is that event's, or the one it will be given)
            named = {d for d, _ in self.disciplines_in(quote)}
            sport = self.events[only]["discipline"] if only else None
            # (not where the report names another sport too: a skeleton report's one event read is "the freestyle skiing
            # slopestyle" of a medal told in passing, its own "skeleton gold" naming no sex)
            of_report = (only is not None and not self.biography and not self.title_event
                         and (named <= {sport} if sport else len(named) <= 1) and (not sport or set(self.disciplines_seen) <= {sport}))
            # (else, in a news report, the one event named whose results data has the medal: "Russia's Adelina Sotnikova
            # wins the Sochi Olympic gold medal" of a report naming the women's singles, the pairs and the men's singles)
            by_data = None if only or following or self.biography or self.title_event else self.event_the_data_names(person, medal, self.main_games)
            if only and only[2] not in CREW_FORMATS and any(k == only and m == medal and a != person.athlete for a, k, m in self.medals):
                only = None   # (the report's one event has that colour's medallist already, another)
            if only and (rule == "medal-list" or of_report) or following or by_data:
                self._draft_medal(person, following or by_data or only, medal, rule, quote, day)
                if by_data:
                    self.warnings.append(f"{medal} medal of {person.name}: its event, named nowhere near it, is the one the "
                                         f"results data has it in: check it")
            else:
                self.eventless_medals.append((person, medal, rule, quote, day))

    def _event_named_next(self, quote: str) -> tuple | None:
        """The one event first named by the sentence after ``quote``, in the same paragraph."""
        number = next((i for i, sentence in enumerate(self.sentences) if sentence.text == quote), None)
        if number is None or number + 1 >= len(self.sentences) or self.sentences[number + 1].paragraph != self.sentences[number].paragraph:
            return None
        named = [key for key, event in self.events.items() if event["quote"] == self.sentences[number + 1].text]
        return named[0] if len(named) == 1 else None

    def members_from_legs(self) -> None:
        """A person named in a relay's leg narrative joins a medal team of their nation that still lacks legs.

        The nation is the text's or the results data's; the team must have fewer members named than the
        relay has legs ("4 × 5 km": 4; a team sprint: 2), so a full team is never grown.
        """
        for event, people in self.leg_mentions.items():
            legs = 2 if event[2] == "team sprint" else int(event[0].split(" × ")[0]) if event[0] and " × " in event[0] else 0
            taken = {id(p) for members in self.team_members.values() for p in members}
            for person in people:
                if id(person) in taken:
                    continue
                self.nation_from_data(person, event)
                members = self.team_members.get((event, person.nation))
                if person.nation and (event, person.nation) in self.team_medals and members is not None and len(members) < legs:
                    members.append(person)
                    taken.add(id(person))
