"""Read and check curated facts files (YAML), with line-accurate errors.

A facts file describes one source and lists the facts it states. Each fact has an
``id``, a ``type`` and the fields of its type (``FACT_TYPES``), and a ``quote``:
the exact words of the source that state it. Loading checks the shape of every
fact (unknown keys, missing fields, bad values, duplicate ids) and that every
quote occurs verbatim in the source; cross-references between facts are checked
by the builder, which sees all files at once.

Examples
--------
>>> from pathlib import Path
>>> facts_file = load_facts_file(Path("seeds/000_76d85414e33cee7f.facts.yaml"))
>>> facts_file.source.id
'klaebo-50km-record-2026-02-21'
>>> facts_file.fact("medal-50km-silver").fields["athlete"]
'martin-lowstrom-nyenget'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from .errors import PodiumError

__all__ = [
    "FACT_TYPES",
    "MEDAL_TYPES",
    "WEEKDAYS",
    "Fact",
    "FactsFile",
    "SourceInfo",
    "load_facts_file",
    "load_facts_dir",
]

MEDAL_TYPES = ("gold", "silver", "bronze")
SEASONS = ("winter", "summer")
SEXES = ("men", "women", "mixed", "open")
SCOPES = ("single_games", "career")
HOLDERS = ("athlete", "nation")
SOURCE_KINDS = ("article", "data")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ARTICLE_DATE = "article date"

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_NOC = re.compile(r"^[A-Z]{3}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --- Field checkers: each returns the clean value or raises ValueError(reason) --------

def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty text")
    return value


def _slug(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValueError(f"must be a lower-case slug like 'eric-heiden', not {value!r}")
    return value


def _noc(value: Any) -> str:
    if not isinstance(value, str) or not _NOC.match(value):
        raise ValueError(f"must be a three-letter NOC code like 'NOR', not {value!r}")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"must be a whole number of 0 or more, not {value!r}")
    return value


def _year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1896 <= value <= 2100:
        raise ValueError(f"must be a year between 1896 and 2100, not {value!r}")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _date(value: Any) -> dt.date:
    try:
        if not _ISO_DATE.match(str(value)):
            raise ValueError(value)
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"must be a real date written YYYY-MM-DD, not {value!r}") from None


def _day(value: Any) -> str:
    if value == ARTICLE_DATE or value in WEEKDAYS:
        return value
    raise ValueError(f"must be '{ARTICLE_DATE}' or a weekday name like 'Friday', not {value!r}")


def _one_of(choices: tuple[str, ...], what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"unknown {what} {value!r} (expected one of: {', '.join(choices)})")
        return value

    return check


def _list_of(check: Callable[[Any], Any]) -> Callable[[Any], list]:
    def check_list(value: Any) -> list:
        if not isinstance(value, list) or not value:
            raise ValueError("must be a non-empty list")
        return [check(item) for item in value]

    return check_list


# --- The fact types: field -> (required, checker) --------------------------------------

_R, _O = True, False
FACT_TYPES: dict[str, dict[str, tuple[bool, Callable[[Any], Any]]]] = {
    "published": {"date": (_R, _date)},
    "photo_credit": {"credit": (_R, _text)},
    "games": {
        "games": (_R, _slug), "name": (_R, _text), "aliases": (_O, _list_of(_text)),
        "season": (_R, _one_of(SEASONS, "season")), "year": (_R, _year),
    },
    "nation": {"nation": (_R, _noc), "name": (_R, _text), "aliases": (_O, _list_of(_text))},
    "discipline": {"discipline": (_R, _slug), "name": (_R, _text), "aliases": (_O, _list_of(_text))},
    "athlete": {
        "athlete": (_R, _slug), "name": (_R, _text), "preferred_name": (_O, _text),
        "aliases": (_O, _list_of(_text)), "nation": (_R, _noc), "discipline": (_O, _slug),
    },
    "age": {"athlete": (_R, _slug), "age": (_R, _count)},
    "event": {
        "event": (_R, _slug), "name": (_R, _text), "aliases": (_O, _list_of(_text)),
        "games": (_R, _slug), "discipline": (_R, _slug), "sex": (_R, _one_of(SEXES, "sex")),
        "team_event": (_R, _flag),
    },
    "medal": {
        "medal": (_R, _one_of(MEDAL_TYPES, "medal type")), "athlete": (_R, _slug),
        "nation": (_R, _noc), "event": (_R, _slug), "date": (_O, _date), "day": (_O, _day),
    },
    # a nation's team medal whose members the source does not name ("Norway won the relay"): the team is the nation's
    # entry in a team event
    "team_medal": {
        "medal": (_R, _one_of(MEDAL_TYPES, "medal type")), "nation": (_R, _noc), "event": (_R, _slug),
        "date": (_O, _date), "day": (_O, _day),
    },
    "tally": {
        "tally": (_R, _slug), "athlete": (_O, _slug), "nation": (_O, _noc),
        "games": (_O, _slug), "before_games": (_O, _slug),
        "golds": (_O, _count), "medals": (_O, _count),
    },
    "record_category": {
        "category": (_R, _slug), "name": (_R, _text), "measure": (_R, _text),
        "scope": (_R, _one_of(SCOPES, "scope")), "season": (_O, _one_of(SEASONS, "season")),
        "individual_only": (_R, _flag), "holder": (_R, _one_of(HOLDERS, "holder kind")),
        "nation": (_O, _noc),
    },
    "record": {
        "record": (_R, _slug), "category": (_R, _slug), "holder": (_O, _text),
        "value": (_O, _count), "value_sum_of": (_O, _list_of(_slug)), "games": (_O, _slug),
        "set_by": (_O, _slug), "supersedes": (_O, _slug), "still_stands": (_O, _flag),
        "challenged_by": (_O, _slug), "stood_for": (_O, _text),
    },
}

_SOURCE_FIELDS: dict[str, tuple[bool, Callable[[Any], Any]]] = {
    "id": (_R, _slug),
    "file": (_R, _text),
    "kind": (_R, _one_of(SOURCE_KINDS, "source kind")),
    "licence": (_R, _text),
    "url": (_O, _text),
    "title": (_O, _text),
}


# --- What a loaded file holds ------------------------------------------------------------

@dataclass(frozen=True)
class SourceInfo:
    """The ``source:`` block of a facts file, and the text of the source it names."""

    id: str
    file: str
    kind: str
    licence: str
    text: str
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Fact:
    """One fact: its id, type, checked fields, quote, and where it is written."""

    id: str
    type: str
    quote: str
    fields: dict[str, Any]
    path: str
    line: int
    field_lines: dict[str, int] = field(default_factory=dict)

    def error(self, message: str, field_name: str | None = None) -> PodiumError:
        """An error pointing at this fact (and one of its fields)."""
        line = self.field_lines.get(field_name, self.line) if field_name else self.line
        where = f"fact '{self.id}'" + (f" field '{field_name}'" if field_name else "")
        return PodiumError(message, file=self.path, line=line, field=where)


@dataclass(frozen=True)
class FactsFile:
    """A checked facts file: its source and its facts in file order."""

    path: str
    source: SourceInfo
    facts: tuple[Fact, ...]

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (KeyError if there is none)."""
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)


# --- YAML with line numbers ----------------------------------------------------------------

class _Mapping(dict):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers, refuses duplicate keys and reads dates as text.

    PyYAML would turn ``2026-02-30`` into a Python error with no line; dates stay
    text here and are checked field by field.
    """


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode):
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    yield mapping
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise yaml.MarkedYAMLError(
                problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PodiumError("not UTF-8 text", file=str(path)) from None
    except OSError as exc:
        raise PodiumError(f"cannot read: {exc.strerror}", file=str(path)) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise PodiumError(f"malformed YAML: {exc.problem}", file=str(path), line=line) from None
    except yaml.YAMLError as exc:
        raise PodiumError(f"malformed YAML: {exc}", file=str(path)) from None


# --- Checking ------------------------------------------------------------------------------

def _check_fields(
    data: _Mapping,
    spec: dict[str, tuple[bool, Callable[[Any], Any]]],
    *,
    path: str,
    where: str,
    skip: tuple[str, ...] = (),
) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key in data:
        if key not in spec and key not in skip:
            known = ", ".join(sorted((*spec, *skip)))
            raise PodiumError(
                f"unknown key {key!r} (known keys: {known})",
                file=path, line=data.key_lines.get(key, data.line), field=where,
            )
    for key, (required, check) in spec.items():
        if key not in data:
            if required:
                raise PodiumError(f"missing field {key!r}", file=path, line=data.line, field=where)
            continue
        try:
            clean[key] = check(data[key])
        except ValueError as exc:
            raise PodiumError(
                str(exc), file=path, line=data.key_lines.get(key, data.line),
                field=f"{where} field '{key}'",
            ) from None
    return clean


def _check_fact(raw: Any, *, path: str, index: int) -> Fact:
    if not isinstance(raw, _Mapping):
        raise PodiumError(f"fact #{index + 1} must be a mapping of fields", file=path)
    where = f"fact #{index + 1}"
    if "id" not in raw:
        raise PodiumError("missing field 'id'", file=path, line=raw.line, field=where)
    try:
        fact_id = _slug(raw["id"])
    except ValueError as exc:
        raise PodiumError(str(exc), file=path, line=raw.key_lines["id"], field=f"{where} field 'id'") from None
    where = f"fact '{fact_id}'"
    fact_type = raw.get("type")
    if fact_type not in FACT_TYPES:
        raise PodiumError(
            f"unknown fact type {fact_type!r} (expected one of: {', '.join(FACT_TYPES)})",
            file=path, line=raw.key_lines.get("type", raw.line), field=where,
        )
    if "quote" not in raw:
        raise PodiumError("missing field 'quote': every stated fact quotes its source", file=path, line=raw.line, field=where)
    try:
        quote = _text(raw["quote"])
    except ValueError as exc:
        raise PodiumError(str(exc), file=path, line=raw.key_lines["quote"], field=f"{where} field 'quote'") from None
    fields = _check_fields(raw, FACT_TYPES[fact_type], path=path, where=where, skip=("id", "type", "quote"))
    fact = Fact(fact_id, fact_type, quote, fields, path, raw.line, dict(raw.key_lines))
    _check_fact_rules(fact)
    return fact


def _check_fact_rules(fact: Fact) -> None:
    """Rules that span fields of one fact."""
    fields = fact.fields
    if fact.type in ("medal", "team_medal") and "date" in fields and "day" in fields:
        raise fact.error("give either 'date' or 'day', not both", "day")
    if fact.type == "tally":
        if ("athlete" in fields) == ("nation" in fields):
            raise fact.error("a tally counts either an 'athlete' or a 'nation'")
        if "games" in fields and "before_games" in fields:
            raise fact.error("give either 'games' or 'before_games', not both", "before_games")
        if "golds" not in fields and "medals" not in fields:
            raise fact.error("a tally needs 'golds' or 'medals'")
    if fact.type == "record" and "value" in fields and "value_sum_of" in fields:
        raise fact.error("give either 'value' or 'value_sum_of', not both", "value_sum_of")
    if fact.type == "record_category" and "nation" in fields and fields["holder"] != "nation":
        raise fact.error("only a nation's record category can be restricted to one nation", "nation")


def _check_in_source(fact: Fact, source: SourceInfo) -> None:
    """The quote, and every spelling the fact says the source uses, occur verbatim in it.

    The spellings are the aliases and, for an athlete, the name. Other names (an
    event's "Men's 50 km mass start") are the curator's labels and are not checked.
    """
    if fact.quote not in source.text:
        raise fact.error(f"quote not found verbatim in {source.file}: {fact.quote!r}", "quote")
    spellings = [("aliases", alias) for alias in fact.fields.get("aliases", [])]
    if fact.type == "athlete":
        spellings.append(("name", fact.fields["name"]))
    for key, spelling in spellings:
        if spelling not in source.text:
            raise fact.error(f"spelling {spelling!r} does not occur in {source.file}", key)


def load_facts_file(path: Path) -> FactsFile:
    """Load and check one facts file and the source it names.

    Raises
    ------
    PodiumError
        On malformed YAML, an unknown key or fact type, a missing or bad field, a
        duplicate fact id, or a quote that is not in the source.
    """
    path_text = str(path)
    data = _read_yaml(path)
    if not isinstance(data, _Mapping) or "source" not in data or "facts" not in data:
        raise PodiumError("a facts file needs a 'source:' block and a 'facts:' list", file=path_text, line=1)
    extra = [key for key in data if key not in ("source", "facts")]
    if extra:
        raise PodiumError(f"unknown key {extra[0]!r} (known keys: facts, source)", file=path_text, line=data.key_lines[extra[0]])
    raw_source = data["source"]
    if not isinstance(raw_source, _Mapping):
        raise PodiumError("'source' must be a mapping", file=path_text, line=data.key_lines["source"])
    meta = _check_fields(raw_source, _SOURCE_FIELDS, path=path_text, where="source")
    source_path = path.parent / meta["file"]
    try:
        text = source_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PodiumError(f"source file {meta['file']!r} not found beside the facts file", file=path_text, line=raw_source.key_lines["file"], field="source field 'file'") from None
    except UnicodeDecodeError:
        raise PodiumError("source is not UTF-8 text", file=str(source_path)) from None
    source = SourceInfo(text=text, **meta)
    raw_facts = data["facts"]
    if not isinstance(raw_facts, list) or not raw_facts:
        raise PodiumError("'facts' must be a non-empty list", file=path_text, line=data.key_lines["facts"])
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_facts):
        fact = _check_fact(raw, path=path_text, index=index)
        if fact.id in seen:
            raise fact.error(f"duplicate fact id (first used on line {seen[fact.id]})")
        seen[fact.id] = fact.line
        _check_in_source(fact, source)
        facts.append(fact)
    return FactsFile(path_text, source, tuple(facts))


def load_facts_dir(seeds: Path) -> list[FactsFile]:
    """Load every ``*.facts.yaml`` of a folder, in name order.

    Raises
    ------
    PodiumError
        If the folder does not exist, holds no facts file, or a file is bad; or if
        two files describe the same source id.
    """
    if not seeds.is_dir():
        raise PodiumError("seeds folder not found", file=str(seeds))
    paths = sorted(seeds.glob("*.facts.yaml"))
    if not paths:
        raise PodiumError("no *.facts.yaml file in the seeds folder", file=str(seeds))
    files = [load_facts_file(path) for path in paths]
    by_id: dict[str, str] = {}
    for facts_file in files:
        if facts_file.source.id in by_id:
            raise PodiumError(
                f"source id {facts_file.source.id!r} is already used by {by_id[facts_file.source.id]}",
                file=facts_file.path, field="source field 'id'",
            )
        by_id[facts_file.source.id] = facts_file.path
    return files
