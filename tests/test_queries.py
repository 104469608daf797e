"""Query files on the seed graph: exact rows, traced to the seed article.

Every expected row below comes from seeds/000_76d85414e33cee7f.txt (quoted beside
it) through the curated facts file, or from a derivation rule of graph/derive.py.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from graph.errors import PodiumError
from graph.queries import (
    QUERIES_DIR, QueryResult, bind_params, format_result, list_queries, load_query, parse_header,
    run_query, values_clause,
)

ID = "https://w3id.org/podium/id/"
KLAEBO, NYENGET, IVERSEN = "Johannes Høsflot Klæbo", "Martin Løwstrøm Nyenget", "Emil Iversen"
MEN_50KM, MILANO = "Men's 50 km mass start", "Milano Cortina 2026"
SOURCE = ID + "source/klaebo-50km-record-2026-02-21"
TEAMMATES_QUOTE = ("Klaebo's teammates, Martin Loewstroem Nyenget, took silver, "
                   "and Emil Iversen, won bronze in a Norwegian sweep.")
PREFERRED_RULE = ("The athlete's name with the letters the source transliterated restored "
                  "(ø written oe, æ written ae); both spellings fold to the same key.")
NAME_KEY_RULE = "Every label folded for matching: ASCII, lower case, oe/ae/aa/ue read as o/a/a/u."

# The parameters each query is tested with (also used by the meta-tests).
PARAMS = {
    "medal-tally": {"nation": "NOR", "games": "games/milano-cortina-2026"},
    "record-lineage": {"record": "record/most-golds-athlete-single-winter-games-klaebo-2026"},
    "athlete-medals": {"athlete": "Klæbo"},
    "evidence": {"entity": "athlete/martin-lowstrom-nyenget"},
}


def rows(dataset, name, **params):
    return run_query(dataset, name, params or PARAMS.get(name)).rows


# --- The questions of issue 3, with their exact rows on the seed graph ---------------------

def test_podium_teammates_are_the_three_norwegian_pairs_of_the_50_km(seed_dataset):
    # "Klaebo's teammates, Martin Loewstroem Nyenget, took silver, and Emil Iversen, won bronze"
    assert run_query(seed_dataset, "podium-teammates").variables == [
        "event", "games", "nation", "athlete1", "medal1", "athlete2", "medal2"]
    assert rows(seed_dataset, "podium-teammates") == [
        (MEN_50KM, MILANO, "NOR", KLAEBO, "gold", NYENGET, "silver"),
        (MEN_50KM, MILANO, "NOR", KLAEBO, "gold", IVERSEN, "bronze"),
        (MEN_50KM, MILANO, "NOR", NYENGET, "silver", IVERSEN, "bronze"),
    ]


def test_podium_sweeps_finds_the_norwegian_sweep_and_not_the_biathlon_with_one_known_medal(seed_dataset):
    # "... won bronze in a Norwegian sweep"; the biathlon race has only its gold in the graph.
    assert rows(seed_dataset, "podium-sweeps") == [(MEN_50KM, MILANO, "NOR", KLAEBO, NYENGET, IVERSEN)]


def test_record_breaks_heiden_five_broken_by_klaebo_six_after_46_years(seed_dataset):
    result = run_query(seed_dataset, "record-breaks")
    assert result.variables == ["record", "new_holder", "new_value", "set_on", "old_holder", "old_value",
                                "old_set_at", "stood_years", "stood_for"]
    assert result.rows == [
        # "he has broken and extended the previous record of eight for most career Winter Olympic
        # gold medals": 5 before + 6 at the Games = 11 (derived); the holders of eight are not named.
        ("Most career Winter Olympic gold medals by one athlete", KLAEBO, "11", None, None, "8", None, None, None),
        # "Team Norway broke its own gold medal record ... on Friday when Johannes Dale-Skjevdal won"
        ("Norway's most gold medals at a single Winter Olympics", "Norway", None, "2026-02-20", "Norway", None,
         None, None, None),
        # "shattered the nearly 50-year record set by ... Eric Heiden, who won five golds at the 1980
        # Lake Placid Olympics"; six golds at Milan Cortina; stood 2026 - 1980 = 46 years (derived).
        ("Most gold medals by one athlete at a single Winter Olympics", KLAEBO, "6", "2026-02-21", "Eric Heiden",
         "5", "Lake Placid 1980", "46", "nearly 50-year"),
        # "The win gave Norway a record 18th gold medal": the Friday record fell the next day.
        ("Norway's most gold medals at a single Winter Olympics", "Norway", "18", "2026-02-21", "Norway", None,
         MILANO, "0", None),
    ]


def test_records_standing_include_heidens_individual_record_challenged_by_klaebo(seed_dataset):
    assert rows(seed_dataset, "records-standing") == [
        ("Most career Olympic gold medals by one athlete", "Michael Phelps", "23", None, None, None, None),
        ("Most career Winter Olympic gold medals by one athlete", KLAEBO, "11", MILANO, None, None, None),
        ("Most gold medals by one athlete at a single Winter Olympics", KLAEBO, "6", MILANO, None, None, None),
        # "Heiden's record for individual wins still stands" (as of the article's date).
        ("Most individual-event gold medals by one athlete at a single Winter Olympics", "Eric Heiden", "5",
         "Lake Placid 1980", "true", KLAEBO, "2026-02-21"),
        ("Norway's most gold medals at a single Winter Olympics", "Norway", "18", MILANO, None, None, None),
    ]


@pytest.mark.parametrize("record", [
    "record/most-golds-athlete-single-winter-games-klaebo-2026",
    "record/most-golds-athlete-single-winter-games-heiden-1980",
    "category/most-golds-athlete-single-winter-games",
    ID + "category/most-golds-athlete-single-winter-games",
])
def test_record_lineage_oldest_first_from_any_mark_or_the_category(seed_dataset, record):
    assert rows(seed_dataset, "record-lineage", record=record) == [
        ("1", ID + "record/most-golds-athlete-single-winter-games-heiden-1980", "Eric Heiden", "5",
         "Lake Placid 1980", None),
        ("2", ID + "record/most-golds-athlete-single-winter-games-klaebo-2026", KLAEBO, "6", MILANO, "2026-02-21"),
    ]


def test_record_lineage_of_norways_own_record_has_three_marks(seed_dataset):
    assert [(row[0], row[1][len(ID):], row[3], row[5]) for row in
            rows(seed_dataset, "record-lineage", record="record/most-golds-norway-single-winter-games-18")] == [
        ("1", "record/most-golds-norway-single-winter-games-before-2026", None, None),
        ("2", "record/most-golds-norway-single-winter-games-2026-friday", None, "2026-02-20"),
        ("3", "record/most-golds-norway-single-winter-games-18", "18", "2026-02-21"),
    ]


def test_gold_leaders_phelps_stated_23_klaebo_derived_11(seed_dataset):
    assert rows(seed_dataset, "gold-leaders") == [
        # "American Michael Phelps, who has 23"
        ("Michael Phelps", "USA", "23", "2026-02-21", "stated", "American Michael Phelps, who has 23"),
        # "entered the Games with five gold medals" + "his six medals at Milan Cortina" = 11
        (KLAEBO, "NOR", "11", "2026-02-21", "derived",
         "Career golds after a Games = career golds before the Games + golds at the Games."),
    ]


def test_medal_tally_norway_18_golds_40_medals(seed_dataset):
    # "a record 18th gold medal ... the total medal count in these games to 40 overall"
    assert rows(seed_dataset, "medal-tally") == [("Norway", MILANO, "18", "40", "2026-02-21", "stated")]


def test_medal_tally_of_a_nation_without_a_tally_is_empty(seed_dataset):
    assert rows(seed_dataset, "medal-tally", nation="USA", games="games/milano-cortina-2026") == []


@pytest.mark.parametrize("name", ["Klæbo", "Klaebo", "KLAEBO", "klæbo", "Johannes Hoesflot Klaebo",
                                  "Johannes Høsflot Klæbo", "  johannes   høsflot klæbo "])
def test_athlete_medals_by_any_name_with_or_without_diacritics(seed_dataset, name):
    assert rows(seed_dataset, "athlete-medals", athlete=name) == [
        (KLAEBO, "gold", MEN_50KM, MILANO, "NOR", "2026-02-21"),
    ]


def test_athlete_medals_of_nyenget_and_of_an_unknown_name(seed_dataset):
    assert rows(seed_dataset, "athlete-medals", athlete="Loewstroem Nyenget") == []  # not one of his names
    assert rows(seed_dataset, "athlete-medals", athlete="Martin Lowstrom Nyenget") == [
        (NYENGET, "silver", MEN_50KM, MILANO, "NOR", "2026-02-21"),
    ]
    assert rows(seed_dataset, "athlete-medals", athlete="Dale-Skjevdal") == []  # no such alias in the source
    assert rows(seed_dataset, "athlete-medals", athlete="johannes dale skjevdal") == [
        ("Johannes Dale-Skjevdal", "gold", "Men's 15 km mass start", MILANO, "NOR", "2026-02-20"),
    ]


def test_evidence_gives_the_source_and_the_exact_sentence_of_every_fact(seed_dataset):
    nyenget = ID + "athlete/martin-lowstrom-nyenget"
    rdf, rdfs, skos, pod = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                            "http://www.w3.org/2004/02/skos/core#", "https://w3id.org/podium/ontology#")
    stated = ("stated", SOURCE, TEAMMATES_QUOTE)
    assert rows(seed_dataset, "evidence") == [
        (nyenget, rdf + "type", pod + "Athlete", *stated),
        (nyenget, rdfs + "label", NYENGET, "derived", None, PREFERRED_RULE),
        (nyenget, skos + "altLabel", "Martin Loewstroem Nyenget", *stated),
        (nyenget, skos + "altLabel", "Nyenget", *stated),
        (nyenget, skos + "prefLabel", NYENGET, "derived", None, PREFERRED_RULE),
        (nyenget, pod + "competesIn", ID + "discipline/cross-country-skiing", *stated),
        (nyenget, pod + "nameKey", "martin lowstrom nyenget", "derived", None, NAME_KEY_RULE),
        (nyenget, pod + "nameKey", "nyenget", "derived", None, NAME_KEY_RULE),
        (nyenget, pod + "represents", ID + "nation/NOR", *stated),
        (ID + "medal/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/silver/martin-lowstrom-nyenget",
         pod + "awardedTo", nyenget, "stated", SOURCE, "Klaebo's teammates, Martin Loewstroem Nyenget, took silver"),
    ]


def test_every_quote_in_evidence_is_in_the_seed_article(seed_dataset):
    article = (QUERIES_DIR.parent / "seeds" / "000_76d85414e33cee7f.txt").read_text(encoding="utf-8")
    for entity in ("athlete/johannes-hosflot-klaebo", "record/most-golds-athlete-single-winter-games-heiden-1980",
                   "tally/norway-at-milano-cortina-2026"):
        found = rows(seed_dataset, "evidence", entity=entity)
        assert found, entity
        for row in found:
            if row[3] == "stated":
                assert row[5] in article


# --- Meta-tests: every query file is documented and runs ------------------------------------

QUERY_NAMES = [query.name for query in list_queries()]


def test_the_nine_queries_of_the_issue_exist():
    assert set(QUERY_NAMES) >= {
        "podium-teammates", "podium-sweeps", "record-breaks", "records-standing", "record-lineage",
        "gold-leaders", "medal-tally", "athlete-medals", "evidence",
    }


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_query_file_has_header_full_prefixes_and_documents_params_and_columns(name):
    query = load_query(name)
    assert query.title and query.question.endswith("?") and query.description
    prepareQuery(query.text)  # parses on its own: every prefix is declared in the file
    body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))
    for param in query.params:
        assert re.search(rf"\?{param.name}\b", body), param.name
    projected = [str(var) for var in prepareQuery(query.text).algebra["PV"]]
    assert list(query.columns) == projected  # each result column is explained, in order
    assert all(query.columns.values())


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_values_clause_gives_the_same_rows_as_init_bindings(seed_dataset, name):
    query = load_query(name)
    expected = run_query(seed_dataset, query, PARAMS.get(name)).rows
    assert expected, f"{name} gives no rows on the seed graph with its test parameters"
    text = query.text + "\n" + values_clause(bind_params(query, PARAMS.get(name)))
    got = [tuple(None if term is None else str(term) for term in row) for row in seed_dataset.query(text)]
    assert got == expected


def test_parameters_are_never_pasted_into_the_query_text(seed_dataset):
    # A value that would break out of a pasted string literal is just a name that matches nobody.
    assert rows(seed_dataset, "athlete-medals", athlete='x" } UNION { ?s ?p ?o } #') == []
    assert rows(seed_dataset, "medal-tally", nation='NOR" || true || "', games="games/milano-cortina-2026") == []


# --- Headers, parameters and errors ----------------------------------------------------------

def test_parse_header_continuation_lines_params_and_columns():
    text = ("# title: T\n# question: Who\n#   won?\n# description: D\n"
            "# param: who | name | Klæbo | the athlete\n# column: x | the x\n\nSELECT ?x WHERE {}\n")
    fields, params = parse_header(text)
    assert fields == {"title": "T", "question": "Who won?", "description": "D", "column:x": "the x"}
    assert [tuple(param) for param in params] == [("who", "name", "Klæbo", "the athlete", 5)]


def test_bind_params_by_type_and_defaults(tmp_path):
    path = tmp_path / "typed.rq"
    path.write_text(
        "# title: Typed\n# question: Typed?\n"
        "# param: a | iri | | an IRI\n# param: b | name | | a name\n# param: c | integer | 3 | a count\n"
        "# param: d | date | | a day\n# param: e | string | x | text\n\n"
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }\n", encoding="utf-8")
    query = load_query(path)
    bound = bind_params(query, {"a": "athlete/emil-iversen", "b": "Løwstrøm", "d": "2026-02-21"})
    assert bound == {
        "a": URIRef(ID + "athlete/emil-iversen"), "b": Literal("lowstrom"), "c": Literal(3),
        "d": Literal("2026-02-21", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")), "e": Literal("x"),
    }
    assert bind_params(query, {"a": "http://example.org/x", "b": "", "d": "2026-01-01"})["a"] == URIRef(
        "http://example.org/x")
    with pytest.raises(PodiumError, match=r"typed\.rq:5: param 'c': not an integer: 'three'"):
        bind_params(query, {"a": "x", "b": "y", "c": "three", "d": "2026-01-01"})
    with pytest.raises(PodiumError, match=r"typed\.rq:6: param 'd': not a date \(YYYY-MM-DD\): '2026-02-30'"):
        bind_params(query, {"a": "x", "b": "y", "d": "2026-02-30"})


def test_missing_parameter_names_the_file_and_line_of_its_declaration(seed_dataset):
    with pytest.raises(PodiumError) as error:
        run_query(seed_dataset, "medal-tally", {"nation": "NOR"})
    assert str(error.value) == (
        "queries/medal-tally.rq:6: missing parameter 'games' (the Games, e.g. games/milano-cortina-2026); "
        "give --param games=VALUE")


def test_load_query_by_name_file_name_or_path(tmp_path):
    assert load_query("medal-tally").path == QUERIES_DIR / "medal-tally.rq"
    assert load_query("medal-tally.rq").path == QUERIES_DIR / "medal-tally.rq"
    assert load_query(QUERIES_DIR / "medal-tally.rq").name == "medal-tally"
    with pytest.raises(PodiumError, match=r"^nowhere/x\.rq: no such query file$"):
        load_query("nowhere/x.rq")
    with pytest.raises(PodiumError, match=r"^missing\.rq: no such query file$"):
        load_query("missing.rq")


def test_unknown_parameter_and_unknown_query(seed_dataset):
    with pytest.raises(PodiumError, match=r"^queries/podium-sweeps\.rq: unknown parameter 'nation' "
                                          r"\(this query takes: none\)$"):
        run_query(seed_dataset, "podium-sweeps", {"nation": "NOR"})
    with pytest.raises(PodiumError, match=r"^queries: unknown query 'medals' \(known: athlete-medals, evidence, "):
        load_query("medals")


def test_syntax_error_names_the_file_and_line(seed_dataset, tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: Bad\n# question: Bad?\n\nPREFIX pod: <https://w3id.org/podium/ontology#>\n"
                    "SELECT ?x WHERE {\n  ?x pod:value ?y\n  FILTER(?y > )\n}\n", encoding="utf-8")
    with pytest.raises(PodiumError, match=rf"^{re.escape(str(path))}:7: SPARQL syntax error"):
        run_query(seed_dataset, path)
    path.write_text("# title: Bad\n# question: Bad?\n\nSELECT ?x WHERE {\n  ?x zz:value ?y\n}\n", encoding="utf-8")
    with pytest.raises(PodiumError, match=rf"^{re.escape(str(path))}:5: SPARQL syntax error: "
                                          r"Unknown namespace prefix : zz$"):
        run_query(seed_dataset, path)


def test_a_declared_but_unused_parameter_is_an_error(tmp_path):
    path = tmp_path / "unused.rq"
    path.write_text("# title: U\n# question: U?\n# param: who | iri | | nobody uses it\n# (not ?who)\n\n"
                    "SELECT ?x WHERE { ?x ?p ?o }\n", encoding="utf-8")
    with pytest.raises(PodiumError, match=r"unused\.rq:3: param 'who' is declared but the query never uses \?who"):
        load_query(path)


def test_header_without_title_is_an_error(tmp_path):
    path = tmp_path / "untitled.rq"
    path.write_text("# question: Q?\n\nSELECT ?x WHERE { ?x ?p ?o }\n", encoding="utf-8")
    with pytest.raises(PodiumError, match=r"untitled\.rq:1: the header has no '# title:' line"):
        load_query(path)


# --- Result formats ----------------------------------------------------------------------------

@pytest.fixture()
def tally(seed_dataset) -> QueryResult:
    return run_query(seed_dataset, "medal-tally", PARAMS["medal-tally"])


def test_table_format(tally):
    assert format_result(tally, "table") == (
        "nation_name | games_name          | golds | medals | as_of      | basis\n"
        "------------+---------------------+-------+--------+------------+-------\n"
        "Norway      | Milano Cortina 2026 | 18    | 40     | 2026-02-21 | stated"
    )


def test_table_shortens_iris(seed_dataset):
    table = format_result(run_query(seed_dataset, "record-lineage", PARAMS["record-lineage"]), "table")
    assert table.splitlines()[2] == (
        "1    | id:record/most-golds-athlete-single-winter-games-heiden-1980 | Eric Heiden            | 5     "
        "| Lake Placid 1980    |")


def test_csv_format_is_w3c_sparql_csv(tally):
    assert format_result(tally, "csv") == (
        "nation_name,games_name,golds,medals,as_of,basis\r\n"
        "Norway,Milano Cortina 2026,18,40,2026-02-21,stated\r\n"
    )


def test_tsv_format_is_w3c_sparql_tsv(tally):
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert format_result(tally, "tsv") == (
        "?nation_name\t?games_name\t?golds\t?medals\t?as_of\t?basis\n"
        f'"Norway"\t"Milano Cortina 2026"\t"18"^^<{xsd}integer>\t"40"^^<{xsd}integer>\t'
        f'"2026-02-21"^^<{xsd}date>\t"stated"\n'
    )


def test_tsv_writes_iris_in_angle_brackets_and_leaves_unbound_cells_empty(seed_dataset):
    lines = format_result(run_query(seed_dataset, "record-lineage", PARAMS["record-lineage"]), "tsv").splitlines()
    assert lines[1].split("\t")[1] == f"<{ID}record/most-golds-athlete-single-winter-games-heiden-1980>"
    assert lines[1].split("\t")[5] == ""


def test_json_format_is_w3c_sparql_json(tally):
    data = json.loads(format_result(tally, "json"))
    assert data["head"] == {"vars": ["nation_name", "games_name", "golds", "medals", "as_of", "basis"]}
    assert data["results"]["bindings"][0]["golds"] == {
        "type": "literal", "value": "18", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert data["results"]["bindings"][0]["nation_name"] == {"type": "literal", "value": "Norway"}


def test_xml_format_is_w3c_sparql_xml(tally):
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(format_result(tally, "xml"))
    assert [var.get("name") for var in root.findall("s:head/s:variable", ns)] == [
        "nation_name", "games_name", "golds", "medals", "as_of", "basis"]
    (result,) = root.findall("s:results/s:result", ns)
    medals = result.find("s:binding[@name='medals']/s:literal", ns)
    assert (medals.text, medals.get("datatype")) == ("40", "http://www.w3.org/2001/XMLSchema#integer")


def test_formats_are_deterministic(seed_dataset):
    for fmt in ("table", "csv", "tsv", "json", "xml"):
        first = format_result(run_query(seed_dataset, "record-breaks"), fmt)
        assert format_result(run_query(seed_dataset, "record-breaks"), fmt) == first


def test_unknown_format(tally):
    with pytest.raises(PodiumError, match=r"--format: unknown format 'yaml'"):
        format_result(tally, "yaml")
