"""Medals the text states in words the medal rules do not read, confirmed one by one by the results data.

"She won consecutive Olympic gold medals in 2014 and 2018", "Shaun White, the gold medalist for this
event, came in seventh place after the first run", "the Olympic champion Yevgeny Grishin": the sentence
says that a named athlete won a medal of a colour (or the title) at these Games, but not in a phrasing
that ``graph.extract_rules`` reads, and often without naming the event. The results data knows the
athlete's medals of those Games; when exactly the medals the sentence speaks of are there, they are
drafted (rule ``medal-data``), each with the sentence as its quote and a warning naming the data's
event, for the reviewer.

What makes a sentence a candidate, and what keeps it out:

* it names the athlete (or a crew joined by "and") and medal words of theirs: after the name and before the
  next name ("A won silver, and B bronze": A's is silver), or right before it ("Silver medal-winning slalom
  skier A", "the 30 km winner A"): "gold", "silvers", "bronze medalist", "Olympic champion|title", "the
  downhill champion", "who won on the normal hill" (gold), "placed second|was the runner-up in the normal hill"
  (silver), "ending up on the podium" (the colour the data holds), with the count if one is written ("two
  golds"); colours and events said in turn are paired, each with the Games year said next to it ("a gold in the
  3 x 5 km at the 1956 Winter Olympics and a silver in the 10 km at the 1952 Winter Olympics");
* the words are no hedge (the medal rules' ``_HEDGE``), no other competition or round (``_DATA_ELSEWHERE``),
  and no title held before ("defending|reigning|former|two-time champion");
* its Games are the article's (a year of other Games next to the medal words, in a page about one Games,
  is a medal in passing, which the development set's convention leaves out) or, in a biography, the years
  next to the medal words or the passage's Games (for anyone but the subject and their crew, only the passage's);
* the event is said: named by the words, or the page's one event, or a discipline with one event a sex
  (skeleton, curling, ice hockey);
* the athlete is found in the results data at those Games, and the data's medals of that colour there, in
  those events, are exactly as many as the sentence says: its count, else one per event named, else one;
* nothing a surer rule drafted for the athlete is overridden: an athlete who already has a medal of that
  colour in that event keeps only it.

The same check reads a team's members (rule ``medal-team-data``, ``members_from_data``): a person the page names
while it reads a team event joins the team medal the text states for a nation ("Russia won a comfortable gold
medal", or a teammate's own medal in that relay) when the data lists them in that nation's team with that medal,
up to the team's size.

Written by hand: no library reads "the gold medalist for this event" as a statement about a person,
and the check against the results data is this project's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .extract_names import DataMedal, data_event_words
from .extract_rules import (
    _ONE_EVENT_DISCIPLINES, CREW_FORMATS, DISCIPLINES, ELSEWHERE_WORDS, FORMAT_DISCIPLINE, FORMAT_SPELLINGS, FORMATS, ORDINAL_MEDAL, SKATING_SPORTS, _Person, _Span,
    written_count,
)
from .names import fold, slug

if TYPE_CHECKING:  # the extractor's sentence (a mixin does not import its host)
    from .extract import _Sentence

__all__ = ["DataConfirmedMedals"]

_DATA_SEX = {"men": "M", "women": "F"}   # an event's sex -> the results data's sex of its athletes


def _words(name: str) -> set[str]:
    """The folded words of a name ("Ho-Seok Lee" -> {"ho", "seok", "lee"})."""
    return set(re.findall(r"[a-z]+", fold(name).lower()))


@dataclass
class _Cue:
    """A clause that names an athlete and medals, read for the pass after the sentences."""

    person: _Person
    medals: dict[str, int | None]     # colour -> count written ("two golds"), or None
    years: list[int]                  # Winter Games years next to the medal words
    events: list[tuple[tuple | None, dict[str, Any]]]   # events the words name: (key if the extractor knows it, parts)
    disciplines: set[str]             # discipline slugs the clause names
    sentence: "_Sentence"
    games: int | None                 # the article's (or, in a biography, the passage's) Games then
    years_each: list[list[int]] | None = None   # the Games years of each colour, in the colours' order
    with_subject: bool = False        # named in a crew with the biography's subject ("With partner Irina Rodnina, he is ...")
    compared: bool = False            # named as another's object ("Lemley beat Laffont ... to earn bronze": the bronze is Lemley's)


class DataConfirmedMedals:
    """A mixin of ``graph.extract._Extractor``: the ``medal-data`` and ``medal-team-data`` rules (see the module).

    It needs from the extractor: ``names``, ``events``, ``medals``, ``people``, ``event_spans``, ``article_year``,
    ``main_games``, ``biography``, ``games_names``, ``disciplines_seen``, ``title_event``, ``title_discipline``,
    ``team_medals``, ``team_members``, ``team_mentions``, ``noc_names``, ``warnings``, ``heading_event``, ``eventless_medals``,
    ``date``, ``text``, ``games_seen``, ``title_games_years``, ``games_by_data``, the medal rules' ``_HEDGE`` and
    ``_CLAUSE_END``, and the methods ``pronoun_span``, ``events_in``, ``disciplines_in``, ``event_key``, ``data_match``,
    ``_data_name_at``, ``person_of``, ``set_nation``, ``_then_elsewhere``, ``_draft_medal``, ``_draft_at_games``, ``_the_one_event_for``,
    ``_olympic_named`` and ``_sentence_at``.
    """

    # "gold", "two golds", "both gold medals", "the bronze medalist", "Olympic champion", "the Olympic title", "winners of an
    # Olympic luge event"
    _DATA_CUE = re.compile(
        r"\b(?:(?P<count>a|an|one|two|three|four|five|both|\d)\s+(?:(?:Olympic|individual|consecutive|more|further)\s+)*)?"
        r"(?P<medal>gold|silver|bronze)(?:s\b|\s+medal(?:l)?(?:s|ists?)?\b|\b)"
        r"|\b(?P<champion>Olympic\s+(?:champions?|title))\b"
        # "became the first repeat winners of an Olympic luge event"
        r"|\b(?P<winners>winners?\s+of\s+(?:an?|the)\s+(?:Olympic\s+)(?:[\w-]+\s+){0,3}?(?:event|race|title|competition))\b"
        # "and came second at the 1960 Winter Olympics": a place of the podium
        r"|\b(?:came|finished|placed|ended\s+up)\s+(?:in\s+)?(?P<place>second|third)\b(?!\s+(?:in|after)\s+(?:the\s+)?(?:first|second|run|round|heat|qualif))"
        # "and was the runner-up in the giant slalom"
        r"|\bwas\s+(?:the\s+)?(?P<runner>runner-up)\b"
        # "but he went on to victory" (gold)
        r"|\b(?:went\s+on|rallied|came\s+back)\s+to\s+(?P<victory>victory|(?:the\s+)?win)\b"
        # "won both individual events", "won all three races": golds, as many as it says (in a biography, of the passage's Games)
        r"|\b(?:won|took|claimed|captured|swept)\s+(?P<all>both|all\s+(?:two|three|four|five))\s+(?:of\s+)?(?:the\s+|(?:his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:events|races|titles)\b"
        # "surprise by ending up on the podium": a medal whose colour the data says
        r"|\b(?:ending\s+up|ended\s+up|finish(?:ed|ing)|stood|standing|climb(?:ed|ing))\s+(?:on|onto)\s+the\s+(?P<podium>podium)\b", re.I)
    # the medal words right before a name: "Silver medal-winning slalom skier A", "the bronze medallist A", "Olympic champion A",
    # "second place finisher A", "Victories by A and B (luge doubles)"
    _DATA_CUE_BEFORE = re.compile(
        r"\b(?:(?P<medal>gold|silver|bronze)(?:\s+medal)?(?:-winning|\s+medal(?:l)?ists?|\s+winners?)|Olympic\s+champions?"
        r"|(?P<place>second|third)[- ]place(?:d)?(?:\s+finisher)?|(?P<runner>runner-up)|Victor(?:y|ies)\s+(?:by|of))"
        # ("Olympic champion of the 1500 metres Lim Hyo-jun": the event between)
        r"(?:\s+(?P<of>of\s+the\s+(?:[\d,.]+\s*(?:m|km|metres|meters|kilometres|kilometers)|[a-z][\w -]{2,20}?)))?"
        r"\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:an|ish|ese|ch|ss|ic)\s+){0,3}$", re.I)
    # another competition, a round, other Games (``MedalRules._ELSEWHERE`` without "days earlier": the data says which Games)
    _DATA_ELSEWHERE = re.compile(ELSEWHERE_WORDS + r"|\blast\s+(?:year|season|winter)\b|\bTournament\b|\bTrophy\b|\bChampionships?\b", re.I)
    # a title held before, or another kind of champion: "defending Olympic champion", "two-time gold medalist", "the then world
    # champion", "former Olympic champion" (not "then served as flag bearer", "a former speed skater who won three gold medals")
    _DATA_CUE_GUARD = re.compile(r"\b(?:defending|reigning|(?:former|then)(?=\s+(?:[\w-]+\s+){0,2}?(?:champion|title|gold|silver|bronze|medal))|previous|junior|national|world|European|[\w]+-time|"
                                 r"if|whether|potential|possible|hopes?|favou?rites?|silverware)\b", re.I)

    data_cues: list[_Cue]
    _medal_years: dict[str, list[int]] | None = None   # data name -> the Games of its medals (made when first asked)

    # "With partner Irina Rodnina", "With his wife Ludmila Belousova": a crew partner opening a biography's sentence
    _WITH_PARTNER = r"(?:With|Together\s+with|Alongside)\s+(?:(?:his|her)\s+(?:wife|husband|partner)\s+|partner\s+)?[^,;]{0,60}?"

    # the Games years written right before a colour or a title ("the 2002 & 2006 Olympic bronze", "the 2010 Olympic champion")
    _YEARS_BEFORE = re.compile(r"(?:19|20)\d\d(?:\s*(?:&|and|,)\s*(?:19|20)\d\d)*(?:\s+(?:Winter\s+)?Olympic)?\s+$")

    # "the gold medalist for this event", "won the race": the clause speaks of the event being read
    _THIS_EVENT = re.compile(r"\b(?:this|the)\s+(?:event|race|competition|final)\b", re.I)

    def data_medal_cues(self, sentence: "_Sentence", spans: list[_Span], current_event: tuple | None) -> None:
        """Remember each clause of ``sentence`` that names an athlete and a medal word of theirs (for ``data_medals_drafted``).

        An athlete's medal words are the ones after their name and before the next name ("A won silver, and B
        bronze": A's is silver); a clause without a name whose subject is "he|she" speaks of the previous
        sentence's subject (in a biography, its subject).
        """
        text = sentence.text
        first = min((span.start for span in spans), default=len(text))
        pronoun = self.pronoun_span(text[:first])
        # ("With partner Irina Rodnina, he is ...", "With his wife Ludmila Belousova he was ...")
        partner = re.match(rf"\s*{self._WITH_PARTNER}(?:,\s*|\s+)(?P<pronoun>he|she)\b", text)
        if partner and (pronoun is None or pronoun.start < partner.start("pronoun")) and spans and spans[0].start < partner.end():
            # the pronoun after the partner is the subject
            found = self.pronoun_span(partner.group("pronoun"))
            pronoun = _Span(found.person, partner.start("pronoun"), partner.end()) if found else pronoun
        # "She won ...", "At the 1964 Olympics he won ...": the pronoun the subject (also before a name named later, "he won
        # gold ... (sharing the wins with B)"; and after an appositive, "A four-time Olympian (1956, 1960), he won ...")
        # ("At the 1994 Winter Olympics in Lillehammer, Norway, she won ...": a place with its country)
        opening = pronoun and re.fullmatch(r"\s*(?:(?:At|In|During)\s+(?:the\s+)?[^,;]{0,60}?(?:,\s*[A-Z][^,;]{0,30})?,?|(?:An?|The)\s+(?:[^,;()]|\([^()]*\)){1,80},"
                                           # "With partner Irina Rodnina, he is ...": the partner and the pronoun are a crew
                                           rf"|{self._WITH_PARTNER},?"
                                           # "Her main success dates from the 1988 Winter Olympics in Calgary, where she won ..."
                                           r"|(?:His|Her)\s+[^,;]{0,80}?\b(?:Olympics|Games)\b[^,;]{0,40},\s*(?:where|when))\s*",
                                           text[:pronoun.start])
        if pronoun and (pronoun.start < 3 or opening) and all(span.person is not pronoun.person for span in spans):
            spans = [pronoun, *spans]
        if not spans:
            return
        spans = sorted(spans, key=lambda span: span.start)
        if self._then_elsewhere(text[:spans[0].start]):
            return   # "At the world championships Zimyatov won only one medal": another competition's
        if re.search(r"\b(?:at\s+the\s+end\s+of|after)\s+(?:the\s+)?(?:first|second|opening)\s+day\b", text, re.I):
            return   # "At the end of the first day, ... over second placed Kerstin Szymkowiak": a standing, not a medal
        named = self._text_events(text)
        number = 0
        while number < len(spans):
            # names joined by "and", a comma alone or a slash are one crew ("A and B, the gold medalists", "Virtue/Moir"): the
            # last one's words
            last = number
            # (and "With his wife Ludmila Belousova he was ...": the partner and the pronoun after it)
            while last + 1 < len(spans) and (re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)|/", text[spans[last].end:spans[last + 1].start])
                                             or partner and spans[last + 1] is pronoun and spans[last].end <= partner.end()
                                             and not text[spans[last].end:spans[last + 1].start].strip()):
                last += 1
            crew, number = spans[number:last + 1], last + 1
            medals, cue_events = self._medal_words(text, crew, spans[last + 1].start if last + 1 < len(spans) else len(text), named)
            if not medals:
                continue
            begin, until = crew[-1].end, spans[last + 1].start if last + 1 < len(spans) else len(text)
            # the event of the words ("the 30 km winner A"), else the events named after the name (before the next one),
            # else the ones the sentence names before its first name
            events = (cue_events or [(key, parts) for start, _, key, parts in named if begin <= start < until]
                      or [(key, parts) for start, _, key, parts in named if start < spans[0].start])
            others = self.biography and all(member.person is not self.bio_subject for member in crew)
            if not events and current_event and (self._THIS_EVENT.search(text, begin, until) or others):
                # "the gold medalist for this event"; in a biography, another's medal in the event its passage tells ("Lee-Gartner
                # won the gold medal in the Olympic downhill. Only 0.06 seconds behind was silver medallist Hilary Lindh": the
                # data says if it is)
                events = [(current_event, self._key_parts(current_event))]
            if not events and (self.title_event or (self.heading_event and current_event == self.heading_event)):
                # a medal without an event on the page of one event, or in a section a heading names: that event's (the data
                # says if it is)
                events = [(self.title_event or self.heading_event, self._key_parts(self.title_event or self.heading_event))]
            if not events and current_event and not self.biography and not self.title_discipline and len(self.events) == 1:
                # "The bronze medallist Alex Gough (CAN) also made history" in a report of one event: that event's (the data
                # says if it is)
                events = [(current_event, self._key_parts(current_event))]
            disciplines = {d for d, _ in self.disciplines_in(text)}
            # the Winter Games years next to the name's medal words ("gold medals in 2014 and 2018"), not the sentence's others
            # ("Silver medalist A served as President of the federation from 1994 to 2020")
            near = text[max(0, crew[0].start - 60):until]
            said_years = {int(y) for cue in re.finditer(r"(?i)\b(?:gold|silver|bronze|champion\w*|winner|won|wins|title|second|third)\b", near)
                          for y in re.findall(r"\b(?:19|20)\d\d\b", near[max(0, cue.start() - 40):cue.end() + 40])}
            # (and the Games said right after each event the words name: "on the 10,000 m at the 1960 Winter Olympics in Squaw
            # Valley and on the 5,000 m at the 1964 Winter Olympics")
            said_years |= {int(y) for start, end, _, _ in named if begin <= start < until
                           for y in re.findall(r"^\s*(?:at|in)\s+(?:the\s+)?((?:19|20)\d\d)\s+(?:Winter\s+)?(?:Olympics|Olympic\s+Games|Games)\b", text[end:end + 40])}
            years = sorted(year for year in said_years if year in self.games_names)
            if said_years and not years:
                continue   # "a silver over 30 km in 1978": a year without Winter Games, another competition's medal
            cues = list(re.finditer(r"(?i)\b(?:gold|silver|bronze|champion\w*|winner|won|wins|title|second|third)\b", near))
            if not years and not self.biography and cues and all(self._in_other_host_city(near[cue.start():cue.end() + 70]) for cue in cues):
                # "won bronze in the normal hill and silver in the large hill in Salt Lake" of a 2010 report: each medal word
                # is of the Games of a host city it names (not "winner of the ... event in Sochi, as well as current
                # Olympic champion in the 1000 metre event", whose second is of these Games)
                continue
            # each colour's own Games: "a gold medal in the 3 x 5 km at the 1956 Winter Olympics ... and a silver medal in the 10 km
            # at the 1952 Winter Olympics" (one year after each colour, before the next), "improved from the 2018 bronze to the
            # 2022 silver" (one before each), "two golds (2002, 2006), one silver (1998), and three bronze (1994, 2010, 2014)"
            # (the years after each), "a silver medal at the 1980 games, as well as two golds and a bronze at the 1984 games"
            # (a colour said without years takes the next one's)
            colours = [cue.start() for cue in self._DATA_CUE.finditer(text, begin, until)]
            years_each = None
            if len(colours) == len(medals) > 1:
                def games_years(start: int, stop: int) -> list[int]:
                    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text[start:stop]) if int(y) in self.games_names]
                after = [games_years(start, stop) for start, stop in zip(colours, [*colours[1:], until])]
                before = [games_years(start, stop) for start, stop in zip([begin, *colours[:-1]], colours)]
                if all(len(found) == 1 for found in after):
                    years_each = after
                elif all(len(found) == 1 for found in before):
                    years_each = before
                elif all(self._YEARS_BEFORE.search(text[:start]) for start in colours):
                    # "the 2010 Olympic champion, the 2002 & 2006 Olympic bronze medalist": the years right before each colour
                    years_each = [[int(y) for y in re.findall(r"(?:19|20)\d\d", self._YEARS_BEFORE.search(text[:start]).group(0))
                                   if int(y) in self.games_names] for start in colours]
                elif after[-1]:
                    for colour in range(len(after) - 2, -1, -1):
                        after[colour] = after[colour] or after[colour + 1]
                    years_each = after if len({year for found in after for year in found}) > 1 else None
            with_subject = self.biography and any(member.person is self.bio_subject for member in crew)
            compared = crew[0] is not pronoun and self._is_object(text, crew[0])
            for member in crew:
                if all(cue.person is not member.person or cue.sentence is not sentence for cue in self.data_cues):
                    self.data_cues.append(_Cue(member.person, medals, years, events, disciplines, sentence, self.article_year, years_each,
                                               with_subject, compared))

    def _medal_words(self, text: str, crew: list[_Span], until: int,
                     mentions: list[tuple[int, int, tuple | None, dict[str, Any]]]) -> tuple[dict[str, int | None], list[tuple]]:
        """The medal colours (with the count written, or None) said of a name or crew, after it or right before it, and
        the events those words name ("who won on the normal hill", "the 30 km winner A", "A, the downhill champion")."""
        begin = crew[-1].end
        words = text[begin:until]
        clause_end = self._CLAUSE_END.search(text, begin, until)
        said_by_pronoun = re.fullmatch(r"(?i:he|she)", text[crew[-1].start:crew[-1].end]) is not None
        if clause_end and not self._DATA_CUE.search(text, begin, clause_end.start()) and re.search(
                r"\b(?:he|she|they|it)\b", text[clause_end.start():until], re.I) and not said_by_pronoun:
            words = ""   # "A and B, leading after the short program, made mistakes and won silver" is theirs; "..., but he won" is not
            # (a subject pronoun's own sentence goes on about it: "In the second jump he did not fare well, ..., but he went on
            # to victory")
        # a segment of the words that is hedged, another competition's or a title held before is blanked; a later verb phrase
        # stays ("he became European Champion in 1956, and won Olympic gold in ...": the Olympic gold is read)
        # "he is a two-time (1976, 1980) Olympic champion, six-time World champion": the Olympic titles with their years are
        # read before the titles of other competitions blank the clause
        # ("retained her Olympic title by beating four-time World Sprint Champion B": what follows "beating" describes B)
        beaten = re.search(r"\b(?:by\s+)?(?:beating|defeating|edging(?:\s+out)?|ahead\s+of)\b", words)
        if beaten:
            words = words[:beaten.start()] + " " * (len(words) - beaten.start())
        # (or "a two-time Olympic champion (1964, 1968)", the years after the title)
        years_said = r"\((?:19|20)\d\d(?:\s*(?:,|and)\s*(?:19|20)\d\d)+\)"
        titles = re.search(rf"\b(?P<count>\w+)-time\s+(?:{years_said}\s+Olympic\s+champions?\b|Olympic\s+champions?\s+{years_said})", words)
        said_at: list[tuple[int, str, int | None]] = [(titles.start(), "gold", written_count(titles.group("count").lower(), None))] if titles else []
        # ("earned a gold medal at the 1960 Winter Olympics in ski jumping and also won the Holmenkollen ski festival": the
        # other competition's predicate is blanked, the Olympic one kept)
        # (and each title of a list of titles: "is the 2010 Olympic champion, the 2002 & 2006 Olympic bronze medalist, a three-time
        # World champion (2002, 2003 and 2007)": the world titles are blanked, the Olympic ones kept)
        segments = re.split(r"(,?\s*(?:and|but)\s+(?:(?:he|she)\s+)?(?:also\s+|then\s+|later\s+|still\s+)?"
                            r"(?=(?:won|took|claimed|captured|earned|secured|collected|went\s+on\s+to)\b)"
                            r"|,\s*(?:and\s+)?(?=(?:the|a|an)\s+(?:[\w&-]+\s+){0,5}?(?:champion|medal(?:l)?ist|winner)s?\b))", words)
        words = "".join(" " * len(part) if (self._HEDGE.search(part) or self._DATA_ELSEWHERE.search(part) or self._DATA_CUE_GUARD.search(part))
                        else part for part in segments)
        if not words.strip():
            words = ""
        # (colours in the order the text says them: "he won the large hill and placed second in the normal hill event" pairs
        # gold with the large hill and silver with the normal hill)
        for cue in self._DATA_CUE.finditer(words):
            count = (cue.group("count") or cue.group("all") or "").lower().removeprefix("all ")
            said = 2 if count == "both" else written_count(count, None)
            medal = (ORDINAL_MEDAL.get((cue.group("place") or "").lower()) or ("silver" if cue.group("runner") else None)
                     or ("podium" if cue.group("podium") else None) or (cue.group("medal") or "gold").lower())
            said_at.append((cue.start(), medal, said))
        events = []
        if words:
            for start, end, key, parts in mentions:
                won = re.search(r"\b(?:won|wins|win|winning|winner\s+of)\s+(?:(?:on|in|at)\s+)?(?:(?:the|an?)\s+)?(?:Olympic\s*)?$", text[begin:start].rstrip() + " ")
                champion = re.match(r"\s+(?:champion|winner|gold\s+medal(?:l)?ist)\b", text[end:until])
                if begin <= start < until and (won or champion):
                    said_at.append((start - begin, "gold", None))
                    events.append((key, parts))   # "who won on the normal hill", "the downhill champion three days earlier"
            # a second colour said after a won event names its own event ("and placed second in the new normal hill event")
            if events and len({medal for _, medal, _ in said_at}) > len(events):
                events += [(key, parts) for start, _, key, parts in mentions
                           if begin <= start < until and (key, parts) not in events and start - begin > min(at for at, _, _ in said_at)]
                events.sort(key=lambda event: next(start for start, _, key, parts in mentions if (key, parts) == event))
        medals: dict[str, int | None] = {}
        for _, medal, said in sorted(said_at, key=lambda item: item[0]):
            medals.setdefault(medal, said)
        lead = text[max(0, crew[0].start - 60):crew[0].start]
        # the medal words nearest the name ("behind the runner-up was bronze medalist A": bronze)
        before = nearer = self._DATA_CUE_BEFORE.search(lead)
        while nearer:
            before, nearer = nearer, self._DATA_CUE_BEFORE.search(lead, nearer.start() + 1)
        winner = next(((key, parts) for start, end, key, parts in mentions
                       if re.fullmatch(r"\s+(?:champion|winner)\s+", text[end:crew[0].start])), None)
        guarded = self._DATA_CUE_GUARD.search(lead[-(len(before.group(0)) + 25 if before else 40):]) or re.search(r"\b(?:19|20)\d\d\b", lead[-40:])
        if before and not guarded:
            # "Silver medal-winning slalom skier A", "second place finisher A", "runner-up A"
            place = ORDINAL_MEDAL.get((before.group("place") or "").lower()) or ("silver" if before.group("runner") else None)
            medals.setdefault(place or (before.group("medal") or "gold").lower(), None)
            if before.group("of"):
                # "Olympic champion of the 1500 metres A": that event's
                where = crew[0].start - len(lead) + before.start("of")
                events += [(key, parts) for start, end, key, parts in mentions if where <= start < crew[0].start]
        elif winner and not guarded:
            medals.setdefault("gold", None)
            events.append(winner)   # "the 30 km winner A"
        return medals, events

    def data_medals_drafted(self) -> None:
        """Draft the medals of the remembered clauses that the results data confirms (see the module)."""
        for cue in [part for cue in self.data_cues for part in self._paired(cue)]:
            if self.biography and not (cue.person is self.bio_subject or cue.with_subject) and cue.years and cue.years != [cue.games]:
                continue  # "She succeeded Gretchen Fraser, who had won gold in the slalom in 1948": another's medal in passing
            if self.biography:
                games_list = cue.years or ([cue.games] if cue.games else [])
            elif not cue.years or cue.years == [self.article_year]:
                games_list = [self.article_year] if self.article_year else []
            else:
                continue  # other Games named in a page about one Games: a medal in passing
            if not cue.events:
                # no event named: only a discipline with one event a sex ("gold in 2014 and 2018" of a skeleton racer) says
                # which; in a biography, one medal of its subject ("He won a gold medal at the 1960 Olympics" of a Nordic
                # combined skier and ski jumper whose one 1960 gold is the Nordic combined's; not "gold and silver medals")
                sports = cue.disciplines or set(self.disciplines_seen) or ({self.title_discipline} if self.title_discipline else set())
                # ("a two-time (1976, 1980) Olympic champion": one a Games)
                said = next(iter(cue.medals.values())) if len(cue.medals) == 1 else 0
                # ("won both individual events" at one Games: the data's golds there are exactly two)
                one_medal = (self.biography and (cue.person is self.bio_subject or cue.with_subject) and len(cue.medals) == 1
                             and (said in (None, 1) or said == len(games_list) or len(games_list) == 1))
                if not sports or not (sports <= _ONE_EVENT_DISCIPLINES or one_medal):
                    self._eventless_cue_drafted(cue)
                    continue
                cue.disciplines = sports
            for medal, count in cue.medals.items():
                if count is not None and len(games_list) > 1:
                    if count != len(games_list):
                        continue  # "two golds in 1994, 1998 and 2002": count and years disagree
                    count = 1
                # ("won Olympic gold in the 500 meter and 1500 meter events in both 1956 and 1960": each event at each Games)
                wanted = count or (len(cue.events) if cue.events else 1)
                confirmed = [(games, self._data_medals(cue, medal, games, counted=count is not None)) for games in games_list]
                if count is None and len(cue.events) == len(games_list) > 1 and all(found is None or len(found) != wanted for _, found in confirmed):
                    # "Olympic Champion twice – on the 10,000 m at the 1960 Winter Olympics ... and on the 5,000 m at the 1964
                    # Winter Olympics": each event at the Games said after it, in the text's order
                    confirmed = [(games, self._data_medals(replace(cue, events=[event]), medal, games))
                                 for games, event in zip(games_list, cue.events)]
                    wanted = 1
                for games, found in confirmed:
                    if found is not None and len(found) == wanted:
                        for data_medal in found:
                            self._draft_data_medal(cue, data_medal, games)

    def rivals_confirmed(self) -> None:
        """The other people a sentence names where it tells one event's result, whose medal in that event the data has.

        "Otto won the gold medal in women's luge Wednesday, pulling away from teammates Barbara Niedernhuber and Silke
        Kraushaar": the sentence tells a medal from its own verb (``_WINNING_RULES``) and names others without their colour;
        "Parrot scored a 90.96 to hold off Su Yiming of China and Mark McMorris of Canada": its subject is an event's gold
        medallist and it names the beaten ("edged", "held off", "ahead of"). The results data's one medal of each of them
        in that event at those Games is drafted (rule ``medal-data-rival``), warned. Only a sentence of one event of the
        article's Games that names no other Games; not a person with a medal of that event drafted or with place or medal
        words of their own in the sentence, nor a colour another athlete of the sentence holds in an individual event (a
        crew's partner shares it). A medal the text implies: the colour is the data's, the sentence its context.
        """
        if self.biography or not self.main_games:
            return
        for quote, read in list(self.read_in.items()):
            drafted = [(athlete, key, medal, rule) for athlete, key, medal, rule in read if (athlete, key, medal) in self.medals]
            keys = {key for _, key, _, _ in drafted}
            if len(keys) == 1 and any(rule in self._WINNING_RULES for _, _, _, rule in drafted):
                key = keys.pop()
                colours = {medal for _, _, medal, _ in drafted}
                day = next(self.medals[(a, k, m)].fields.get("day") for a, k, m, _ in drafted)
                self._rivals_drafted(quote, key, self.named_in.get(quote, []), {a for a, *_ in read}, colours, day)
        for quote, (subject, beaten) in list(self.beaten_in.items()):
            golds = [(key, fact) for (athlete, key, medal), fact in self.medals.items() if athlete == subject.athlete and medal == "gold"]
            if quote in self.read_in or len(golds) != 1:
                continue   # (a sentence with medals of its own is read above)
            key, fact = golds[0]
            if any(self.event_key(found) not in (None, key) for found, *_ in self.events_in(quote)):
                continue   # ("edged B in the sprint" of a skier whose gold is the pursuit's)
            self._rivals_drafted(quote, key, beaten, {subject.athlete}, {"gold"}, fact.fields.get("day"))

    def _rivals_drafted(self, quote: str, key: tuple, people: list[_Person], told: set[str], colours: set[str], day: str | None) -> None:
        """Draft the data's one medal in event ``key`` of each of ``people`` named in ``quote`` (see ``rivals_confirmed``)."""
        games = self._key_games(key, self.main_games)
        if games != self.main_games or any(year != games for year, *_ in self.games_in(quote)):
            return
        # (not a person the sentence gives a place or medal words of their own, read or not: "second place finisher A" of
        # a skier the data has as third is no one's bronze)
        told = (told | {cue.person.athlete for cue in self.data_cues if cue.sentence.text == quote}
                | {person.athlete for person, _, _, said, _ in self.eventless_medals if said == quote})
        for person in {id(p): p for p in people}.values():
            if person.athlete in told or any(a == person.athlete and k == key for a, k, _ in self.medals):
                continue
            name = self._data_name_at(person, games)
            held = [m for m in self.names.medals.get((name, games), ())
                    if self._same_event(self._data_event_parts(m), self._key_parts(key))] if name else []
            if len(held) != 1 or (held[0].medal in colours and key[2] not in CREW_FORMATS):
                continue
            self._draft_medal(person, key, held[0].medal, "medal-data-rival", quote, day)
            self.warnings.append(f"{held[0].medal} medal of {person.name} (rule medal-data-rival): named where the sentence "
                                 f"tells that event's result; the colour is the results data's '{held[0].event}' at the {games} Games: check it")

    # the rules that read a win from the sentence's own verb ("won", "edged B to the gold", "finished first")
    _WINNING_RULES = {"medal-won", "medal-won-event", "medal-won-by", "medal-relative", "medal-finished", "medal-list"}

    def data_contradicted_dropped(self) -> None:
        """Drop a medal the results data contradicts: the data has the athlete in that very event at those Games, and
        has the event's medals, but not this one of theirs ("He won the silver in the 1000 m" read at the 1984 Games of a
        skater whose 1000 m silver the data has at 1980 and whose 1984 1000 m is gold).

        A team or crew event is judged only before 2018 (the data's team rows have no medal from 2018 on: "Shuster was nearly
        kicked out ... after the team's poor showing in Sochi in 2014" does not make his curling gold a 2014 one), and only
        when exactly one of the events the data has the athlete in at those Games is the drafted event; else nothing is said.
        """
        covered = self._events_with_medals()
        people = {person.athlete: person for person in self.people.values()}
        for key in list(self.medals):
            athlete, event_key, medal = key
            fact, person, event = self.medals[key], people.get(athlete), self.events.get(event_key)
            if fact.rule in ("medal-data", "medal-team-data", "medal-data-rival") or person is None or event is None:
                continue
            games = self._key_games(event_key, self.main_games)
            if event_key[2] in CREW_FORMATS and (games is None or games >= 2018):
                continue   # (the data's team rows have no medal from 2018 on)
            match = self.data_match(person, games) if games else None
            parts = self._key_parts(event_key)
            other_sex = match is not None and {"M": "women", "F": "men"}.get(match.sex or "") == parts["sex"]
            # (a name the data has, exactly, of the other sex at any Games: "equalled the record held by her compatriot Ole
            # Einar Bjoerndael ... when she won gold in the women's 4 x 5 kilometre relay" is not his gold)
            if match is None or match.games != games and not (match.how == "exact" and other_sex):
                continue
            # (a near spelling of a name of those very Games too: "Martin Ponsilouma" for the data's Ponsiluoma)
            if (match.how in ("exact", "variant") or match.how == "fuzzy" and match.score >= 90) and other_sex:
                # "he won the downhill combined" read under the women's downhill a sentence named: a man wins no women's event
                self.medals.pop(key)
                own = {**parts, "sex": {"M": "men", "F": "women"}[match.sex]}   # the event's parts for the athlete's sex
                counterpart = self._other_sex_event(event_key, parts, own["sex"], match.name, games, medal)
                # (the medal's sentence writes the event's format or distance without a sex before it)
                written = event_key[2] or event_key[0]
                unsexed = bool(written) and re.search(rf"(?<!men['’]s\s)\b{re.escape(written)}\b", fact.quote, re.I) is not None
                if (counterpart is None and unsexed and match.sex in person.text_sexes
                        and len(self._data_medals_fitting(match.name, games, medal, own)) == 1):
                    # "Hannah Teter and Gretchen Bleiler took gold and silver on the halfpipe with much of the last-minute drama
                    # that took place here Sunday in the men's contest", where "her" tells Teter's sex: the article's event of
                    # her sex, which its sentence names without one and a passing word of the other's made the men's
                    counterpart = self._sexed_key(event_key, own, games)
                if counterpart is not None:
                    # "The bronze went to Carolina Kostner" read under the men's singles a sentence before named: the
                    # article's women's singles, where the results data has her bronze
                    self.medals[(athlete, counterpart, medal)] = replace(fact, fields={**fact.fields, "event": counterpart})
                    self.warnings.append(f"{medal} medal of {fact.note} read under the {parts['sex']}'s event; drafted under the "
                                         f"{self.events[counterpart]['sex']}'s, where the results data has it: check it")
                    continue
                self.warnings.append(f"{medal} medal of {fact.note} not drafted: the results data has {match.name} as "
                                     f"{'a man' if match.sex == 'M' else 'a woman'}, and the event read is the {parts['sex']}'s")
                continue
            entered = {label: self._label_parts(label)
                       for label in self.names.events.get((match.name, games), ())}
            same = [label for label, data_parts in entered.items() if self._same_event(data_parts, parts)]
            # (a variant that keeps every word of the text's name: "Tatyana Navka" is the data's "Tatyana Aleksandrovna
            # Navka", but "Lee Kang Seok" is not the data's "Lee Ho-Seok")
            if entered and not any(self._same_event(data_parts, parts, loose=True) for data_parts in entered.values()) \
                    and (match.how == "exact" or match.how == "variant" and _words(person.name) <= _words(match.name)) \
                    and None not in entered.values():
                # the data has the athlete at those Games, in none of the events that fit the one read
                self._misread_event_moved(key, match.name, games, entered)
                continue
            if len(same) != 1 or (games, same[0]) not in covered:
                continue
            won = {m.medal for m in self.names.medals.get((match.name, games), ()) if m.event == same[0]}
            if medal not in won:
                self.medals.pop(key)
                self.warnings.append(f"{medal} medal of {fact.note} not drafted: the results data has {match.name} in "
                                     f"'{same[0]}' at the {games} Games with {', '.join(sorted(won)) or 'no medal'}")

    def _misread_event_moved(self, key: tuple, name: str, games: int, entered: dict[str, dict[str, Any]]) -> None:
        """Move a medal read under an event the results data has its athlete not even enter at those Games.

        To the article's one event where the data has that medal of theirs ("German Dieter Thoma was third" read under
        the Alpine combined a sentence before named, in a ski jumping report that names the normal hill: his bronze of
        1994 is the normal hill's); else to the data's one event of that medal in the discipline read ("a gold medal hat
        trick -- pairs, men's and dance" of the ice dancers Navka and Kostomarov: their 2006 gold is the ice dance's);
        else the medal is dropped. Each is warned.
        """
        athlete, event_key, medal = key
        fact = self.medals.pop(key)
        read = self.events[event_key]
        fitting = [other for other in self.events if other != event_key and self._key_games(other, self.main_games) == games
                   and self._data_medals_fitting(name, games, medal, self._key_parts(other))]
        in_discipline = [m for m in self.names.medals.get((name, games), ())
                         if m.medal == medal and slug(m.sport) == read["discipline"] and m.event in entered]
        target = None
        if len(fitting) == 1:
            # (the data's event completes what the article's leaves unsaid: the normal hill of a report naming no sport)
            data_medal = self._data_medals_fitting(name, games, medal, self._key_parts(fitting[0]))[0]
            target = self._article_event(fitting[0], self._data_event_parts(data_medal), fact.quote, games)
        elif len(in_discipline) == 1 and (data_key := self.event_key(entered[in_discipline[0].event])) is not None:
            target = self._article_event(data_key, entered[in_discipline[0].event], fact.quote, games)
        event_name = self.event_slug(event_key) or read["discipline"]
        if target is None:
            self.warnings.append(f"{medal} medal of {fact.note} not drafted: the results data has {name} at the {games} Games "
                                 f"only in {', '.join(sorted(entered))}, not in the event read ({event_name})")
            return
        self.medals.setdefault((athlete, target, medal), replace(fact, fields={**fact.fields, "event": target}))
        self.warnings.append(f"{medal} medal of {fact.note} read under an event {name} did not enter at the {games} Games "
                             f"({event_name}); drafted under the event where the results data has it: check it")

    def _article_event(self, key: tuple, parts: dict[str, Any], quote: str, games: int) -> tuple:
        """``key``, made an event of the article (quoted by ``quote``) if it is not one, its sex and discipline
        completed from the data event's ``parts``."""
        event = self.events.setdefault(key, {"sex": None, "discipline": None, "quote": quote, "spellings": set(),
                                             "games": None, "score": 0})
        for name in ("sex", "discipline"):
            event[name] = event[name] or parts[name]
        if not self.biography:
            event["games"] = event["games"] or games
        return key

    def event_the_data_names(self, person: _Person, medal: str, games: int | None) -> tuple | None:
        """The one event of the article in which the results data has ``person``'s ``medal`` at ``games``, or None.

        "Russia's Adelina Sotnikova wins the Sochi Olympic gold medal" above a report that goes on to name the women's
        singles, the pairs and the men's singles: her gold of 2014 is the data's women's singles, the only one of them.
        """
        match = self.data_match(person, games) if games else None
        if match is None or match.games != games:
            return None
        fitting = [key for key in self.events
                   if self._key_games(key, games) == games
                   and self._data_medals_fitting(match.name, games, medal, self._key_parts(key))]
        return fitting[0] if len(fitting) == 1 else None

    def _eventless_cue_drafted(self, cue: _Cue) -> None:
        """A remembered clause with one colour and no event ("Althaus took silver on 236.8 points" in a report of the women's
        normal hill), of the article's own Games where they are sure, its name no other's object ("Lemley beat
        Laffont ... to earn bronze" is Lemley's): drafted as an eventless medal is (``_event_of_data_medal``: the data's one
        medal of that colour, in an event the article lets a reader tell), warned, with a confidence below the rules'. Not
        in a biography, nor for a count ("two golds") or two colours."""
        if (self.biography or cue.compared or len(cue.medals) != 1 or cue.years not in ([], [self.main_games])
                or not self._games_sure(cue.games)):
            return
        medal, said = next(iter(cue.medals.items()))
        if said not in (None, 1) or medal == "podium":
            return
        key = self._event_of_data_medal(cue.person, medal, self.main_games, cue.sentence.text)
        if key is None:
            return
        self._draft_medal(cue.person, key, medal, "medal-data", cue.sentence.text, None)
        drafted = self.medals.get((cue.person.athlete, key, medal))
        if drafted is None or drafted.rule != "medal-data" or drafted.quote != cue.sentence.text:
            return   # a surer rule's medal stays
        drafted.confidence = min(drafted.confidence, 0.6)
        self.warnings.append(f"{medal} medal of {cue.person.name} (rule medal-data): its sentence names no event; drafted under the "
                             f"one event where the results data has it at the {self.main_games} Games: check it")

    def _games_sure(self, games: int | None) -> bool:
        """Whether the article's own Games are sure enough to read the event of a medal told at ``games`` (the Games the
        text was at then) from the results data: they are those Games, known by the article's date, its title or the data
        (not "Lillehammer in 1994", the one year of an undated 2002 round-up), not in a biography."""
        return (not self.biography and self.main_games is not None and self.main_games == games
                and (self.date is not None or self.main_games in self.title_games_years or self.games_by_data
                     or self._games_borne_out()))

    def _games_borne_out(self) -> bool:
        """Whether the results data bears out an undated article's Games: at least two of the medals read (with or without
        an event) are medals of that colour of their athletes at those Games, and none is of an athlete the data has
        medals of at other Games only ("Langenhan won the gold ... Italy's Dominik Fischnaller claimed the bronze" under
        "The Olympic Winter Games Milano Cortina 2026 men's singles competition concluded today").
        """
        games = self.main_games
        read = [(person, medal) for person, medal, *_ in self.eventless_medals]
        read += [(self.person_of(athlete), medal) for athlete, _, medal in self.medals]
        borne = 0
        for person, medal in read:
            name = self._data_name_at(person, games, near=True) if person else None
            if name and any(held.medal == medal for held in self.names.medals.get((name, games), ())):
                borne += 1
            elif person and not name:
                years = {year for held in self.names.names_of(person.data_name or person.name) for year in self._data_medal_years(held)}
                if years and games not in years:
                    return False
        return borne >= 2

    def eventless_medals_drafted(self) -> None:
        """Medals the rules read with no event named near them go to the one event where the results data has that medal
        of the athlete at the article's Games, where the article lets a reader tell it (``_event_of_data_medal``); warned,
        with a confidence below the rule's. Else (or in a biography, whose Games change by passage) they are not drafted.

        "Blair blasted into history by winning the 1,000 meters Wednesday night. ... Anke Baier of Germany was second at
        1:20.12": Baier's one silver of 1994 in the data is the women's 1,000 m speed skating.
        """
        # (the article's Games by its date or its title: "Lillehammer in 1994", the one year of an undated 2002 round-up, is
        # no ground)
        sure_games = self._games_sure(self.article_year)
        for person, medal, rule, quote, day in self.eventless_medals:
            key = self._event_of_data_medal(person, medal, self.main_games, quote) if sure_games else None
            if key is None:
                self.warnings.append(f"medal of {person.name} ({medal}) not drafted: no event named before it")
                continue
            self._draft_medal(person, key, medal, rule, quote, day)
            drafted = self.medals[(person.athlete, key, medal)]
            if drafted.quote == quote:
                drafted.confidence = min(drafted.confidence, 0.6)
            self.warnings.append(f"{medal} medal of {person.name}: no event is named near it; drafted under the one event where "
                                 f"the results data has it at the {self.main_games} Games: check it")

    def _event_of_data_medal(self, person: _Person, medal: str, games: int, quote: str) -> tuple | None:
        """The event of ``person``'s one ``medal`` at ``games`` in the results data, where the article lets a reader tell
        which it is: the one event of the article that it fits, else the data's own where the article writes its distance or
        format (a report of one race that only ever calls it "the 1,000 meters"). None where the data has two medals of that
        colour ("American duo A/B won the mixed team cross gold": her other gold is the event of the page)."""
        name = self._data_name_at(person, games, near=True)
        held = [m for m in self.names.medals.get((name, games), ()) if m.medal == medal] if name else []
        if len(held) > 1:
            # "Valerie Maltais of Canada took the bronze, 0.31 behind Rijpma-de Jong": of her two bronzes, the one in the event
            # of the medallist the sentence compares her with
            others = {id(p) for p in self.named_in.get(quote, []) if p is not person}
            beside = {key for (athlete, key, _) in self.medals
                      if any(id(p) in others for p in self.people.values() if p.athlete == athlete)}
            held = [m for m in held if any(self._same_event(self._data_event_parts(m), self._key_parts(key)) for key in beside)]
        parts = self._data_event_parts(held[0]) if len(held) == 1 else None
        if parts is None or self._named_medal_less_event(name, games):
            return None
        fitting = [key for key in self.events if self._key_games(key, games) == games and self._same_event(parts, self._key_parts(key))]
        if len(fitting) == 1:
            # (the data's event completes what the article's leaves unsaid: the Nordic combined of "the normal hill"; the
            # distance of a ski style, "the men's classical-style 15-kilometer race" read as "classical", as the ids name it)
            key = fitting[0]
            if key[0] is None and parts["dist"] and key[2] in ("classical", "freestyle"):
                with_distance = self.event_key(parts)
                key = with_distance if with_distance and self.events.get(with_distance, {}).get("discipline") in (None, parts["discipline"]) else key
            return self._article_event(key, parts, quote, games)
        key = self.event_key(parts) if self._named_in_words(parts, games, person) else None
        return self._article_event(key, parts, quote, games) if key else None

    def _named_medal_less_event(self, name: str, games: int) -> bool:
        """Whether ``name`` raced at ``games`` a team event whose data rows carry no medal (2018 on) and that the article
        names: the data's one medal of a colour may then not be the athlete's only one (Kalla's 2018 team sprint silver,
        beside the 10 km silver the data has)."""
        return any(self._entered_fitting(name, games, key, medal_less=True) for key in self.events if self._key_games(key, games) == games)

    def _entered_fitting(self, name: str, games: int, key: tuple, medal_less: bool = False) -> list[str]:
        """The labels of the data's events ``name`` entered at ``games`` that fit the article's event ``key`` (with
        ``medal_less``: only team events whose rows carry no medal, 2018 on)."""
        return [label for label in self.names.events.get((name, games), ())
                if (not medal_less or (games, label) in self.names.medal_less) and self._same_event(self._label_parts(label), self._key_parts(key))]

    def _named_in_words(self, parts: dict[str, Any], games: int, person: _Person) -> bool:
        """Whether the article writes the distance or the format of a data event, read as of its sport ("the 1,000 meters"
        of a speed skating event), or names its sport where the data has one event of it for that sex at those Games and
        the text gives the athlete that sex ("she" of a skater of 1998: the women's singles); not a sport's page that names
        neither of its two events, nor "In the ski jumping event, ... Althaus Katharina of Germany bagged a silver medal"."""
        if any((found["dist"] or found["fmt"]) and self._same_event(parts, {**found, "sex": None, "discipline": None})
               for found, *_ in self.events_in(self.text, sport=parts["discipline"])):
            return True
        if parts["discipline"] not in self.disciplines_seen or _DATA_SEX.get(parts["sex"]) not in person.text_sexes:
            return False
        # (skeleton, curling and ice hockey hold one event a sex, which ``_the_one_event_for`` leaves to the format)
        return parts["discipline"] in _ONE_EVENT_DISCIPLINES or self._the_one_event_for(parts["discipline"], parts["sex"], games) is not None

    def events_completed_by_data(self) -> None:
        """A medal whose event the text leaves without its sex or sport ("Aerial skiers Nikki Stone ... and Eric Bergoust ...
        claimed gold medals": one mention, a women's and a men's gold) takes the one event where the results data has that
        medal of the athlete at those Games among those that fit the text's words: a key with the data's sex, its sport
        filled in; warned. Only where the text gives the athlete that sex ("He and his brothers ...") or tells the event's
        medallists of both sexes at once (a sex the text leaves open is left open, as the annotators' guide says); not where
        the other medallists read under those words are all of the other sex, nor in a biography (its Games change by passage)."""
        if self.biography:
            return
        read = list(self.medals)
        for athlete, key, medal in read:
            event = self.events[key]
            games = self._key_games(key, self.main_games)
            if event["sex"] and event["discipline"] or games is None or len(key) != 3 or not (key[0] or key[2]):
                continue   # (and not a sport's event named by the sport alone, "In the ski jumping event": its hill is open)
            person = self.person_of(athlete)
            name = self._data_name_at(person, games, near=True)
            found = self._data_medals_fitting(name, games, medal, self._key_parts(key)) if name else []
            parts = self._data_event_parts(found[0]) if len(found) == 1 else None
            if not parts or not parts["sex"] or not parts["discipline"]:
                continue
            sex = _DATA_SEX.get(parts["sex"])
            others = {self._data_sex(a, games) for (a, k, _) in read if k == key and a != athlete} - {None}
            if others and sex not in others:
                continue   # (a woman's medal read under the men's 500 m told before it: a misreading, not a women's 500 m)
            told = {self._data_sex(a, games) for (a, k, _) in read if k[:3] == key and a != athlete} - {None}
            if sex not in person.text_sexes and told != {"M", "F"}:
                continue   # (the text gives the athlete's sex, or tells the event of both sexes at once; "Canada's first medalist
                # was Mark McMorris, who won a bronze in the slopestyle snowboarding event" leaves it open)
            sexed = self._sexed_key(key, parts, games)
            fact = self.medals.pop((athlete, key, medal))
            self.medals.setdefault((athlete, sexed, medal), replace(fact, fields={**fact.fields, "event": sexed}))
            self.warnings.append(f"{medal} medal of {person.name}: the text leaves the event's sex or sport unsaid; drafted under the "
                                 f"results data's '{found[0].event}', where it has the medal at the {games} Games: check it")

    def _sexed_key(self, key: tuple, parts: dict[str, Any], games: int) -> tuple:
        """The event ``key`` for the sex of a data event's ``parts`` (its sport filled in): a key of its own, so that the
        other sex's medals read under the same words keep theirs."""
        event = self.events[key]
        sexed = (*key, parts["sex"])
        self.events.setdefault(sexed, {**event, "spellings": set(event["spellings"])})
        self.events[sexed].update(sex=parts["sex"], discipline=event["discipline"] or parts["discipline"], games=event["games"] or games)
        return sexed

    def _data_sex(self, athlete: str, games: int) -> str | None:
        """The results data's sex ("M", "F") of a drafted athlete at ``games``, where it knows them."""
        person = self.person_of(athlete)
        match = self.data_match(person, games)
        return match.sex if match and match.games == games else None

    def games_from_data(self) -> None:
        """The Games of a report that names none (no year, no city, no date in their time: "Germany's Hermann Maier won the
        Olympic super-G Monday ... Austria's Hans Knauss was third"): the one Winter Games at which the results data has
        the medals read, each of its colour in an event that fits the text's, where at least two medals of athletes the
        data knows agree on them and no more than half as many fit no Games. The sentence saying "Olympic" is quoted."""
        if self.main_games is not None or self.biography or not self.medals:
            return
        latest = self.date.year if self.date else None
        fitting: list[set[int]] = []
        unknown = 0
        for athlete, key, medal in self.medals:
            person = self.person_of(athlete)
            names = set().union(*(self.names.names_of(name) for name in {person.data_name or person.preferred, person.name}))
            if not names:
                continue
            years = {year for name in names for year in self._data_medal_years(name)
                     if (latest is None or year <= latest) and self._data_medals_fitting(name, year, medal, self._key_parts(key))}
            if years:
                fitting.append(years)
            else:
                unknown += 1
        common = set.intersection(*fitting) if fitting else set()
        if len(fitting) < 2 or len(common) != 1 or 2 * unknown > len(fitting):
            return
        games = common.pop()
        olympic = self._olympic_named()
        sentence = self._sentence_at(olympic.start()) if olympic else None
        quote = sentence.text if sentence else next(iter(self.medals.values())).quote
        self.games_seen[games] = (quote, "games-data", set())
        self.main_games = games
        self.article_year = self.article_year or games
        self.games_by_data = True
        self.warnings.append(f"the article names no Games: the {games} Games are the one Winter Games where the results data "
                             "has the medals it tells: check it")

    def _data_medal_years(self, name: str) -> list[int]:
        """The Games at which the results data has medals of ``name``."""
        if self._medal_years is None:
            self._medal_years = {}
            for (holder, year) in self.names.medals:
                self._medal_years.setdefault(holder, []).append(year)
        return self._medal_years.get(name, [])

    def _key_games(self, key: tuple, default: int | None) -> int | None:
        """The Games of an event key: a biography's own for the key (its last part), else the event's, else ``default``."""
        return key[3] if len(key) > 3 and isinstance(key[3], int) else self.events[key]["games"] or default

    def _data_medals_fitting(self, name: str, games: int, medal: str, parts: dict[str, Any]) -> list[DataMedal]:
        """The results data's ``medal`` medals of ``name`` at ``games`` in an event that fits the text's ``parts``."""
        return [m for m in self.names.medals.get((name, games), ()) if m.medal == medal and self._same_event(self._data_event_parts(m), parts)]

    def _other_sex_event(self, key: tuple, parts: dict[str, Any], sex: str, name: str, games: int, medal: str) -> tuple | None:
        """The article's one event like ``key`` (discipline, distance, format) but of ``sex``, if the results data has
        ``name``'s ``medal`` in it at ``games``; else None."""
        like = [other for other in self.events if other != key and other[:3] == key[:3]
                and self.events[other]["sex"] == sex
                and (None in (self.events[other]["discipline"], parts["discipline"]) or self.events[other]["discipline"] == parts["discipline"])
                and self._key_games(other, self.main_games) == games]
        if len(like) != 1:
            return None
        return like[0] if len(self._data_medals_fitting(name, games, medal, self._key_parts(like[0]))) == 1 else None

    def _events_with_medals(self) -> set[tuple[int, str]]:
        """(Games, data event label) of every medal the results data holds."""
        return {(year, medal.event) for (_, year), medals in self.names.medals.items() for medal in medals}

    @staticmethod
    def _data_sport(label: str) -> str:
        """The sport of a data event label, the discipline its words open with.

        >>> DataConfirmedMedals._data_sport("Speed Skating Men's 1,000 metres"), DataConfirmedMedals._data_sport("Biathlon Mass Start (15 kilometres), Men")
        ('Speed Skating', 'Biathlon')
        """
        known = sorted(DISCIPLINES, key=len, reverse=True)
        words = next((label.split()[:sport.count("-") + 1] for sport in known if slug(label).startswith(f"{sport}-")), None)
        if words:
            return " ".join(words)
        found = re.match(r"(.+?)\s+(?:Men|Women|Mixed)\b|(.+?)\s+\S+.*,\s*(?:Men|Women|Mixed)$", label)
        return (found.group(1) or found.group(2)) if found else label

    def members_from_data(self) -> set[int]:
        """Members of a team medal the text states, named in the page, whom the results data lists in that team.

        "Russia won a comfortable gold medal over Norway" and, in the same relay's narrative, "Yelena Välbe,
        skiing the third leg, created a gap": Välbe is a member of Russia's gold team if the data holds her gold
        in that relay for Russia at those Games. A team gets no more members than it has (a relay, its legs). Returns
        the ids of the people added (their medals are drafted by rule ``medal-team-data``).
        """
        added: set[int] = set()
        if self.biography:
            return added   # a biography's events are keyed by the passage's Games; its subject's medals are read as such
        # a member's medal drafted in a team event ("Russian anchor Larisa Lazutina ... as Russia won a comfortable gold
        # medal") is their nation's team medal too
        for (athlete, key, medal), fact in list(self.medals.items()):
            person = self.person_of(athlete)
            nation = person.nation if person is not None else None
            if key in self.team_mentions and person is not None and nation is None:
                # ("Marie-Philip Poulin scored the overtime game-winner as Canada ... earn a fourth consecutive women's hockey
                # gold": her nation, not yet stated, is the results data's at those Games)
                games = self.events[key]["games"] or self.main_games or self.article_year
                match = self.data_match(person, games) if games else None
                nation = match.noc if match and match.games == games and match.how in ("exact", "variant") else None
            if key in self.team_mentions and nation:
                team = self.team_medals.setdefault((key, nation), (medal, fact.quote, fact.fields.get("day") or ""))
                if team[0] != medal:
                    continue   # (two teams of one nation on the podium: "Taking silver was Germany's A and B ... The same went for C and D")
                members = self.team_members.setdefault((key, nation), [])
                if person not in members:
                    members.append(person)
        for event, people in self.team_mentions.items():
            # at most as many members as the team has (the data's rows decide who they are): a relay's legs (4 when the text
            # does not say), a team sprint's 2, a roster for the other team events
            legs = (2 if event[2] == "team sprint" else int(event[0].split(" × ")[0]) if event[0] and " × " in event[0]
                    else 4 if event[2] == "relay" else 30)
            games = self.events[event]["games"] or self.main_games or self.article_year
            if not games:
                continue
            taken = {id(p) for members in self.team_members.values() for p in members}
            for person in people:
                if id(person) in taken:
                    continue
                match = self.data_match(person, games)
                if match is None or match.games != games or match.how not in ("exact", "variant") or not match.noc:
                    continue
                team = self.team_medals.get((event, match.noc))
                if team is None or person.nation not in (None, match.noc):
                    continue
                rows = self._data_medals_fitting(match.name, games, team[0], self._key_parts(event))
                if not rows:
                    # (from 2018 the data's team rows carry no medal: an entry in the team event is the membership, "Norway won the
                    # men's cross-country relay" and its anchor Klaebo, whom the data has in that relay)
                    rows = [DataMedal(self._data_sport(label), label, team[0])
                            for label in self._entered_fitting(match.name, games, event, medal_less=True)]
                members = self.team_members.setdefault((event, match.noc), [])
                if len(rows) != 1 or len(members) >= legs:
                    continue
                members.append(person)
                taken.add(id(person))
                added.add(id(person))
                self.set_nation(person, match.noc, "athlete-nation-data", person.first_quote)
                if person.nation_rule == "athlete-nation-data":
                    person.nation_note = f"nation from {match.describe()}"
                self.warnings.append(f"{team[0]} medal of {person.name} (rule medal-team-data): a member of "
                                     f"{self.noc_names.get(match.noc, match.noc)}'s team by the results data's '{rows[0].event}' at the {games} Games")
        return added

    @staticmethod
    def _paired(cue: _Cue) -> list[_Cue]:
        """ "a gold in the normal hill and a silver in the large hill": as many colours as events, in the same order, are
        one cue each (colour and event paired, and each colour's own Games when the text says them); any other cue stays
        whole."""
        if len(cue.medals) < 2:
            return [cue]
        if len(cue.medals) != len(cue.events) and cue.years_each and len(cue.events) <= 1:
            # "improved from the 2018 bronze to the 2022 silver" (on the page of one event), "a silver at the 1980 games, as
            # well as two golds and a bronze at the 1984 games": each colour (with its count) at its own Games
            return [_Cue(cue.person, {medal: count}, years, cue.events, cue.disciplines, cue.sentence, cue.games, with_subject=cue.with_subject)
                    for (medal, count), years in zip(cue.medals.items(), cue.years_each)]
        if any(count not in (None, 1) for count in cue.medals.values()) or len(cue.medals) != len(cue.events):
            return [cue]
        years = cue.years_each or [cue.years] * len(cue.medals)
        return [_Cue(cue.person, {medal: None}, said, [event], cue.disciplines, cue.sentence, cue.games, with_subject=cue.with_subject)
                for medal, event, said in zip(cue.medals, cue.events, years)]

    def _data_medals(self, cue: _Cue, medal: str, games: int, counted: bool = False) -> list[DataMedal] | None:
        """The data's medals of ``medal`` colour of the cue's athlete at ``games`` that fit the clause; None: not confirmable.

        ``counted``: the clause writes how many ("three gold medals"), so the data's medals are all read even where a surer
        rule drafted one of them (it keeps its own)."""
        person = cue.person
        # ("podium": a medal of the colour the data holds, in an event the athlete has none drafted in)
        drafted = [k for (a, k, m) in self.medals if a == person.athlete and medal in (m, "podium") and (self.events[k]["games"] or self.article_year) == games]
        if drafted and (not cue.events and not counted or any(self._same_event(self._key_parts(k), parts) for k in drafted for _, parts in cue.events)):
            return None  # a surer rule drafted it
        match = self.data_match(person, games)
        if match is None or match.games != games:
            return None
        found = [m for m in self.names.medals.get((match.name, games), ()) if medal in (m.medal, "podium")]
        if cue.disciplines:
            found = [m for m in found if slug(m.sport) in cue.disciplines]
        if cue.events:
            found = [m for m in found if any(self._same_event(self._data_event_parts(m), parts) for _, parts in cue.events)]
        return sorted(found, key=lambda m: m.event)

    def _text_events(self, text: str) -> list[tuple[int, int, tuple | None, dict[str, Any]]]:
        """The events a sentence names, for this rule: (start, end, key if the extractor knows the mention, parts).

        Wider than the extractor's own reading: a mention it leaves out as describing an athlete ("the downhill
        champion") or as too bare ("on the normal hill", "the 30 km winner") still names an event here, because
        the results data must then confirm a medal in it. The page's discipline fills a mention's own.
        """
        keys = dict(self.event_spans)
        found = []
        for parts, start, end, _ in self.events_in(text):
            key = keys.get(start)
            found.append((start, end, key, {**parts, **(self._key_parts(key) if key else {})}))
        # a distance alone before a title ("the 30 km winner A") or after a colour ("a silver medal in the 10 km at the 1952
        # Winter Olympics")
        distance = r"(\d+(?:[.,]\d+)?)\s*(km|kilomet(?:re|er)s?|m|met(?:re|er)s?)"
        for match in [*re.finditer(rf"(?<![\w.,]){distance}(?=\s+(?:winner|champion))", text),
                      *re.finditer(rf"\b(?:gold|silver|bronze)(?:\s+medal)?\s+in\s+the\s+{distance}\b(?!\s*(?:relay|[x×]\s))", text, re.I),
                      *re.finditer(rf"\bchampions?\s+of\s+the\s+{distance}\b(?!\s*(?:relay|[x×]\s))", text, re.I)]:   # "Olympic champion of the 1500 metres"
            if all(not start <= match.start(1) < end for start, end, _, _ in found):
                unit = "km" if match.group(2).startswith("k") else "m"
                found.append((match.start(1), match.end(2), None, {"dist": match.group(1).replace(",", "."), "unit": unit, "fmt": None,
                                                                   "sex": None, "discipline": None}))
        # "who won on the normal hill", "he won the large hill", "the downhill champion", "a gold in the normal hill": a format
        # alone, after a verb of winning or a colour, or before a title (the extractor reads a format alone only where it is
        # the page's)
        formats = "|".join(re.escape(f) for f in sorted({*FORMATS, *FORMAT_SPELLINGS}, key=len, reverse=True))
        # ("a gold in the individual normal hill and a silver in the individual large hill", "placed second in the new normal
        # hill event": a colour's or a place's event)
        for match in re.finditer(rf"\b(?:won|wins|win|winning)\s+(?:(?:on|in|at)\s+)?the\s+({formats})\b"
                                 rf"|\b({formats})\s+(?=champion|winner|gold\s+medal)|\bwinner\s+of\s+the\s+({formats})\b"
                                 rf"|\b(?:(?:gold|silver|bronze)(?:\s+medal)?|second|third|runner-up)\s+(?:in|on)\s+the\s+(?:(?:individual|new|inaugural)\s+)?({formats})\b", text, re.I):
            group = next(g for g in (1, 2, 3, 4) if match.group(g))
            if all(not start <= match.start(group) < end for start, end, _, _ in found):
                fmt = FORMAT_SPELLINGS.get(match.group(group).lower(), match.group(group).lower())
                found.append((match.start(group), match.end(group), None, {"dist": None, "unit": None, "fmt": fmt, "sex": None,
                                                                   "discipline": FORMAT_DISCIPLINE.get(fmt)}))
        # ("won both individual events": a kind of event, not one event)
        kinds = [m.span() for m in re.finditer(r"\b(?:both|all\s+(?:two|three|four|five))\s+(?:of\s+)?(?:the\s+|(?:his|her)\s+)?"
                                                r"(?:[\w-]+\s+){0,2}?(?:events|races|titles)\b", text)]
        found = [item for item in found if not any(start <= item[0] < end for start, end in kinds)]
        page = self._key_parts(self.title_event) if self.title_event else {"discipline": self.title_discipline}
        for *_, parts in found:
            parts["discipline"] = parts.get("discipline") or page.get("discipline")
        return sorted(found, key=lambda item: item[0])

    def _key_parts(self, key: tuple) -> dict[str, Any]:
        event = self.events[key]
        return {"dist": key[0], "unit": key[1], "fmt": key[2], "sex": event["sex"], "discipline": event["discipline"]}

    def _label_parts(self, label: str) -> dict[str, Any] | None:
        """The extractor's event parts of a data event label ("Biathlon Relay (4 × 6 kilometres), Mixed")."""
        return self._data_event_parts(DataMedal(self._data_sport(label), label, ""))

    def _data_event_parts(self, data_medal: DataMedal) -> dict[str, Any] | None:
        """The extractor's event parts of a data medal's event ("Speed Skating Men's 500 metres" -> 500 m, men)."""
        words = data_event_words(data_medal.sport, data_medal.event)
        discipline = slug(data_medal.sport)
        if words is None or discipline not in DISCIPLINES:
            return None
        sex, what = words
        parts = {"sex": sex, "discipline": discipline, "dist": None, "unit": None, "fmt": None}
        if what:
            found = self.events_in(f"{sex}'s {what}", sport=discipline)
            if not found:
                return None
            parts = {**found[0][0], "sex": sex, "discipline": discipline}
        return parts

    @staticmethod
    def _same_event(data: dict[str, Any] | None, named: dict[str, Any], loose: bool = False) -> bool:
        """Whether the data's event fits an event the text names (what the text leaves unsaid fits; ``loose``: what
        either leaves unsaid, "Cross Country Skiing Men's 50 kilometres" of 2010 and the text's "50 km mass start")."""
        if data is None:
            return False
        if loose:
            data = {name: named[name] if value is None else value for name, value in data.items()}
            if {data["discipline"], named["discipline"]} <= SKATING_SPORTS:
                data["discipline"] = named["discipline"]  # a skating distance is moved between the two sports later
            if {data["fmt"], named["fmt"]} == {"pursuit", "skiathlon"} and data["discipline"] == "cross-country-skiing":
                data["fmt"] = named["fmt"]  # the data's "30 km Skiathlon" of 2006 is the "30km double pursuit" of its day
        named = dict(named)
        if named["fmt"] == data["discipline"] and not data["fmt"]:
            named["fmt"] = None  # "(None, None, 'skeleton')": the discipline's one event
        if named["fmt"] == "team" and not data["fmt"] and data["discipline"] == "figure-skating" and data["sex"] == "mixed":
            named["fmt"] = None  # "the figure skating team event" is the data's "Figure Skating Team, Mixed" (its words read as the sport's)
        if named["fmt"] in ("classical", "freestyle") and not data["fmt"] and data["discipline"] == "cross-country-skiing":
            named["fmt"] = None  # "the 10 km classical" is the data's "10 kilometres" (the ids leave the ski style out too)
        return all(value is None or data[name] in (None, value) if name in ("sex", "discipline") else value is None or data[name] == value
                   for name, value in named.items())

    def _draft_data_medal(self, cue: _Cue, data_medal: DataMedal, games: int) -> None:
        parts = self._data_event_parts(data_medal)
        if parts is None:
            return
        named = next(((key, text_parts) for key, text_parts in cue.events if self._same_event(parts, text_parts)), None)
        # the text's words make the event (its slug is the one the text's other medals of it get), with the format the data
        # adds to a bare distance ("a bronze medal in the 15 km" of a biathlete: the data's 15 km individual); else the data's
        # (a key of the other sex is another event: "the 7.5K sprint" of the women, joined to the men's sprint read before)
        key = ((named[0] if named[0] and self.events[named[0]]["sex"] in (None, parts["sex"]) else None)
               or self.event_key({**named[1], "sex": parts["sex"], "fmt": named[1]["fmt"] or parts["fmt"]})) if named else self.event_key(parts)
        if (key is not None and len(key) == 3 and not self.biography and self.events.get(key, {}).get("sex") is None
                and {self._data_sex(a, games) for (a, k, _) in self.medals if k == key} - {None, _DATA_SEX.get(parts["sex"])}):
            # ("Aerial skiers Nikki Stone ... and Eric Bergoust ... claimed gold medals": her gold confirmed by the women's
            # aerials does not make his the women's)
            key = self._sexed_key(key, parts, games)
        if key is None:
            return
        self._article_event(key, parts, cue.sentence.text, games)
        # (a biography's medal is of the Games the data confirms; the Games are then seen, "at the 1980 games")
        self._draft_at_games([cue.person], key, data_medal.medal, games if self.biography else self.article_year, cue.sentence.text, rule="medal-data")
        # (in a biography, the event of a second Games is keyed with its year: see _draft_medal)
        drafted = (self.medals.get((cue.person.athlete, (*key, games), data_medal.medal))
                   or self.medals.get((cue.person.athlete, key, data_medal.medal)))
        if drafted is None or drafted.rule != "medal-data":
            return  # a surer rule's medal stays; nothing to say
        # the data's row that confirmed the medal, for the reviewer (the quote is the sentence that states it)
        said = "" if named else "; the sentence does not name the event, check it"
        self.warnings.append(f"{data_medal.medal} medal of {cue.person.name} (rule medal-data) confirmed by the results data's "
                             f"'{data_medal.event}' at the {games} Games{said}")
