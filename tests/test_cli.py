"""The command line: exact output of build, export, help for every command, docs for every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent


def test_build_prints_a_one_line_summary(tmp_path, capsys):
    output = tmp_path / "podium.ttl"
    assert main(["build", "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert out == (
        f"wrote {output}: 2540 triples, 6 athletes, 2 events, 4 medals, 9 records, 1 sources\n"
    )
    assert len(Graph().parse(output, format="turtle")) == 2540


def test_build_default_output_is_build_podium_ttl(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    assert (tmp_path / "build" / "podium.ttl").is_file()
    assert capsys.readouterr().out.startswith("wrote build/podium.ttl: ")


@pytest.mark.parametrize("fmt, rdflib_format", [("nt", "nt"), ("ttl", "turtle")])
def test_export_to_stdout(fmt, rdflib_format):
    result = CliRunner().invoke(cli, ["export", "--format", fmt])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.output, format=rdflib_format)) == 2540


def test_export_trig_to_file(tmp_path, capsys):
    output = tmp_path / "podium.trig"
    assert main(["export", "--format", "trig", "-o", str(output)]) == 0
    dataset = Dataset()
    dataset.parse(output, format="trig")
    assert sum(len(g) for g in dataset.graphs()) == 2540


def test_unknown_export_format_is_a_usage_error(capsys):
    assert main(["export", "--format", "xls"]) == 2
    assert "Invalid value for '-f' / '--format'" in capsys.readouterr().err


def all_commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("command", all_commands())
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help, f"{command} has no help text"
    assert "Usage: " in result.output


@pytest.mark.parametrize("command", all_commands())
def test_every_command_is_documented_in_the_readme(command):
    assert f"podium {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test]' && python -m pytest"
    assert command in readme
    assert command in ci.splitlines()
