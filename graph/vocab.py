"""The Podium vocabulary as a Python namespace, mirroring ontology/podium.ttl.

``_fail = True``: a typo such as ``POD.Medl`` raises instead of minting a new IRI.
A test checks that this list and the ontology declare the same terms.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["POD"]


class POD(DefinedNamespace):
    """Terms of https://w3id.org/podium/ontology#."""

    _fail = True
    _NS = Namespace("https://w3id.org/podium/ontology#")

    # classes
    Article: URIRef
    Athlete: URIRef
    DataFile: URIRef
    DerivedFact: URIRef
    Discipline: URIRef
    Event: URIRef
    Fact: URIRef
    Games: URIRef
    Medal: URIRef
    MedalTally: URIRef
    MedalType: URIRef
    Nation: URIRef
    NationalPodium: URIRef
    Record: URIRef
    RecordCategory: URIRef
    RecordScope: URIRef
    Season: URIRef
    Source: URIRef
    Sport: URIRef
    StatedFact: URIRef
    Team: URIRef

    # individuals
    Bronze: URIRef
    Career: URIRef
    Gold: URIRef
    Silver: URIRef
    SingleGames: URIRef
    Summer: URIRef
    Winter: URIRef

    # properties
    age: URIRef
    asOf: URIRef
    atGames: URIRef
    awardedOn: URIRef
    awardedTo: URIRef
    beforeGames: URIRef
    birthYearEarliest: URIRef
    birthYearLatest: URIRef
    category: URIRef
    challengedBy: URIRef
    competesIn: URIRef
    discipline: URIRef
    endDate: URIRef
    factId: URIRef
    forNation: URIRef
    golds: URIRef
    holder: URIRef
    holderClass: URIRef
    hostCity: URIRef
    inEvent: URIRef
    individualEventsOnly: URIRef
    measure: URIRef
    medalType: URIRef
    medals: URIRef
    member: URIRef
    nameKey: URIRef
    nocCode: URIRef
    partOfGames: URIRef
    photoCredit: URIRef
    podiumMedal: URIRef
    quote: URIRef
    rank: URIRef
    represents: URIRef
    restrictedTo: URIRef
    rule: URIRef
    scope: URIRef
    season: URIRef
    setAt: URIRef
    setBy: URIRef
    setOn: URIRef
    sex: URIRef
    sourceFile: URIRef
    sport: URIRef
    startDate: URIRef
    states: URIRef
    stillStands: URIRef
    stoodFor: URIRef
    stoodYears: URIRef
    supersedes: URIRef
    tallyOf: URIRef
    teamEvent: URIRef
    value: URIRef
    year: URIRef

    # results data, entity links and claim checks (issue 5)
    Participation: URIRef
    ClaimCheck: URIRef
    Verdict: URIRef
    Agrees: URIRef
    Disagrees: URIRef
    CannotBeChecked: URIRef
    participant: URIRef
    ofEvent: URIRef
    matchScore: URIRef
    checks: URIRef
    verdict: URIRef
    statedValue: URIRef
    computedValue: URIRef
    reason: URIRef
