"""Bad input: one line naming the file and line (or fact and field), exit 2, no output written."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.cli import main

FACTS = "000_76d85414e33cee7f.facts.yaml"


def replace_once(path: Path, old: str, new: str) -> int:
    """Replace one occurrence of old in the file; return the 1-based line it was on."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def run_build(seeds: Path, tmp_path: Path, capsys) -> tuple[int, str, Path]:
    output = tmp_path / "out.ttl"
    code = main(["build", "--seeds", str(seeds), "-o", str(output)])
    captured = capsys.readouterr()
    return code, captured.err, output


def assert_one_line_error(code: int, err: str, output: Path, *expected: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("podium: error: ")
    assert "Traceback" not in err
    for part in expected:
        assert part in lines[0], (part, lines[0])
    assert not output.exists()
    assert not list(output.parent.glob(".out.ttl.*")), "a temporary file was left behind"


def test_malformed_yaml(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "    type: published\n", "    type: [published\n")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:", "malformed YAML")
    assert f"{FACTS}:{line}" in err or f"{FACTS}:{line + 1}" in err


def test_unknown_key(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "    day: Friday\n", "    day: Friday\n    weather: sunny\n") + 1
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "fact 'medal-biathlon-gold'", "unknown key 'weather'")


def test_missing_field(seeds_copy, tmp_path, capsys):
    replace_once(seeds_copy / FACTS, "    medal: silver\n", "")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, "fact 'medal-50km-silver'", "missing field 'medal'")


def test_missing_quote(seeds_copy, tmp_path, capsys):
    replace_once(seeds_copy / FACTS, """    quote: "Emil Iversen, won bronze in a Norwegian sweep"\n""", "")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, "fact 'medal-50km-bronze'", "missing field 'quote'")


def test_tampered_quote_fails_the_build(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "Martin Loewstroem Nyenget, took silver\"", "Martin Loewstroem Nyenget, took gold\"")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "fact 'medal-50km-silver' field 'quote'",
                          "quote not found verbatim in 000_76d85414e33cee7f.txt")


def test_unknown_medal_type(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "    medal: bronze\n", "    medal: tin\n")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "field 'medal'", "unknown medal type 'tin'")


def test_impossible_date(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "    date: 2026-02-21\n", "    date: 2026-02-30\n")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "fact 'article-date' field 'date'", "'2026-02-30'")


@pytest.mark.parametrize("written", ["20260221", "2026-2-21", "21.02.2026"])
def test_date_must_be_written_yyyy_mm_dd(seeds_copy, tmp_path, capsys, written):
    line = replace_once(seeds_copy / FACTS, "    date: 2026-02-21\n", f"    date: {written}\n")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "must be a real date written YYYY-MM-DD")


def test_duplicate_id(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "  - id: medal-50km-bronze\n", "  - id: medal-50km-silver\n")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "duplicate fact id")


def test_athlete_without_nation(seeds_copy, tmp_path, capsys):
    text = (seeds_copy / FACTS).read_text(encoding="utf-8")
    start = text.index("  - id: athlete-iversen\n")
    nation = text.index("    nation: NOR\n", start)
    (seeds_copy / FACTS).write_text(text[:nation] + text[nation + len("    nation: NOR\n"):], encoding="utf-8")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, "fact 'athlete-iversen'", "missing field 'nation'")


def test_unknown_reference(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "    athlete: emil-iversen\n    nation: NOR\n    event:", "    athlete: emil-iversn\n    nation: NOR\n    event:")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "unknown athlete 'emil-iversn'")


def test_preferred_name_must_be_a_respelling(seeds_copy, tmp_path, capsys):
    line = replace_once(seeds_copy / FACTS, "    preferred_name: Martin Løwstrøm Nyenget\n", "    preferred_name: Martin Johaug Nyenget\n")
    code, err, output = run_build(seeds_copy, tmp_path, capsys)
    assert_one_line_error(code, err, output, f"{FACTS}:{line}:", "is not a re-spelling")


def test_missing_seeds_folder(tmp_path, capsys):
    code, err, output = run_build(tmp_path / "nowhere", tmp_path, capsys)
    assert_one_line_error(code, err, output, "nowhere", "seeds folder not found")


def test_output_folder_must_exist(capsys, tmp_path):
    code = main(["build", "-o", str(tmp_path / "no" / "such" / "podium.ttl")])
    err = capsys.readouterr().err
    assert code == 2 and err.strip().count("\n") == 0 and "output folder does not exist" in err


def test_failed_build_keeps_the_previous_output(seeds_copy, tmp_path, capsys):
    output = tmp_path / "out.ttl"
    assert main(["build", "--seeds", str(seeds_copy), "-o", str(output)]) == 0
    before = output.read_bytes()
    replace_once(seeds_copy / FACTS, "    medal: bronze\n", "    medal: tin\n")
    assert main(["build", "--seeds", str(seeds_copy), "-o", str(output)]) == 2
    capsys.readouterr()
    assert output.read_bytes() == before


@pytest.mark.parametrize("fact_text", ["facts: []\n", "source: {}\nfacts:\n  - id: x\n"])
def test_structurally_wrong_files(tmp_path, capsys, fact_text):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.facts.yaml").write_text(fact_text, encoding="utf-8")
    code, err, output = run_build(seeds, tmp_path, capsys)
    assert_one_line_error(code, err, output, "a.facts.yaml:")
