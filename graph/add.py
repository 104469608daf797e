"""Add an article to the graph: draft its facts, link them, check the whole folder builds, write.

``add(article, seeds)`` drafts the article's facts (``graph.extract``), links its
people, nations and events to those the seeds folder already declares (same slug,
found through ``graph.names.fold``, so Klaebo = Klæbo and Loewstroem = Løwstrøm),
drops the declarations the folder already holds (an event or a record is declared
once), builds the folder with the new article in a temporary copy (with SHACL
validation), and only then copies the article and its facts file into the folder.
The article becomes a new source: a named graph of its own.

What cannot be linked is reported, never guessed: a name that only nearly matches
a known one (rapidfuzz ratio of the folded names >= 90) is listed as a possible
match and left as a new entity.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from .build import DEFAULT_SEEDS, build, summary
from .errors import PodiumError
from .export import write_atomic
from .extract import Draft, draft_yaml, extract, load_name_index
from .facts import load_facts_dir
from .names import fold

__all__ = ["AddReport", "add", "link_draft"]

_DECLARES = {"athlete": "athlete", "nation": "nation", "games": "games", "discipline": "discipline",
             "event": "event", "record_category": "category", "record": "record", "tally": "tally"}
_ONCE = ("event", "record_category", "record", "tally")  # the builder allows one declaration of these


@dataclass
class AddReport:
    """What ``add`` did: files written, entities linked, new and possibly matching, counts."""

    article: Path
    facts_file: Path
    linked: dict[str, list[str]] = field(default_factory=dict)
    new: dict[str, list[str]] = field(default_factory=dict)
    possible: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The report in plain lines, for the command line."""
        out = [f"added {self.article.name} with {self.facts_file.name}"]
        plural = {"games": "Games", "record_category": "record categories", "tally": "tallies"}
        for kind in sorted(set(self.linked) | set(self.new)):
            what = plural.get(kind, f"{kind}s")
            if self.linked.get(kind):
                out.append(f"linked {what}: {', '.join(self.linked[kind])}")
            if self.new.get(kind):
                out.append(f"new {what}: {', '.join(self.new[kind])}")
        out += [f"not linked (possible match, check by hand): {line}" for line in self.possible]
        out += [f"warning: {warning}" for warning in self.warnings]
        if self.before and self.after:
            out.append("graph: " + ", ".join(f"{key} {self.before[key]} -> {self.after[key]}" for key in ("sources", "athletes", "events", "medals", "records")))
        return out


def _declared(seeds: Path) -> tuple[dict[str, set[str]], dict[str, str], set[str]]:
    """Keys declared by kind, athlete slug -> display name, and the source ids in use."""
    declared: dict[str, set[str]] = {kind: set() for kind in _DECLARES.values()}
    athlete_names: dict[str, str] = {}
    sources: set[str] = set()
    for facts_file in load_facts_dir(seeds):
        sources.add(facts_file.source.id)
        for fact in facts_file.facts:
            if fact.type in _DECLARES:
                declared[_DECLARES[fact.type]].add(fact.fields[_DECLARES[fact.type]])
            if fact.type == "athlete":
                athlete_names[fact.fields["athlete"]] = fact.fields.get("preferred_name", fact.fields["name"])
    return declared, athlete_names, sources


def link_draft(draft: Draft, seeds: Path, names_in_data: list[str] | None = None) -> AddReport:
    """Link a draft to a seeds folder in place: drop what the folder declares already, report the rest.

    The report's ``facts_file`` and ``article`` are filled in by ``add``.
    """
    declared, athlete_names, _ = _declared(seeds)
    report = AddReport(Path(draft.source["file"]), Path(""))
    keep = []
    for fact in draft.facts:
        kind = _DECLARES.get(fact.type)
        if kind is None:
            keep.append(fact)
            continue
        key = fact.fields[kind]
        label = f"{fact.fields.get('preferred_name', fact.fields.get('name', key))} ({key})" if kind in ("athlete", "event", "nation") else key
        if key in declared[kind]:
            report.linked.setdefault(fact.type, []).append(label)
            if fact.type in _ONCE:
                continue  # declared by another source already: the new facts refer to it
        else:
            report.new.setdefault(fact.type, []).append(label)
            if kind == "event":  # "men's mass start" and "men's 15 km mass start" of one Games: maybe one event
                prefix = f"{fact.fields['games']}-{fact.fields['discipline']}-{fact.fields['sex']}-"
                rest = key[len(prefix):]
                for other in sorted(declared["event"]):
                    if other.startswith(prefix) and (other.endswith("-" + rest) or key.endswith("-" + other[len(prefix):])):
                        report.possible.append(f"event {key} ~ {other} (same Games, discipline, sex and format)")
            if kind == "athlete":
                key_name = fold(fact.fields["name"])
                known = {fold(name): (athlete, name) for athlete, name in athlete_names.items()}
                in_data = key_name in set(names_in_data or [])
                for candidates, where in ((list(known), "graph"), ([] if in_data else list(names_in_data or []), "results data")):
                    match = process.extractOne(key_name, candidates, scorer=fuzz.ratio, score_cutoff=90)
                    if match and match[0] != key_name:
                        near = known.get(match[0], (None, match[0]))
                        what = f"graph athlete {near[0]}" if where == "graph" else "a name in the results data"
                        report.possible.append(f"{fact.fields['name']} ~ {near[1]} ({what}, similarity {match[1]:.0f})")
                        break
        keep.append(fact)
    draft.facts[:] = keep
    return report


def add(article: Path | str, seeds: Path | str = DEFAULT_SEEDS, *, licence: str | None = None,
        date: dt.date | None = None) -> AddReport:
    """Extract an article's facts and add the article to a seeds folder as a new source.

    Parameters
    ----------
    article:
        The article, plain UTF-8 text.
    seeds:
        The seeds folder to grow; the article and ``<article>.facts.yaml`` are copied into it.
    licence:
        The article's licence, where the article has no ``licence:`` line.
    date:
        The article's date, where the text has none.

    Raises
    ------
    PodiumError
        On bad input (see ``graph.extract.extract``), an article without a licence, a
        file name already used in the folder, or a folder that would no longer build.
    """
    article, seeds = Path(article), Path(seeds)
    names = load_name_index(seeds)
    draft = extract(article, names=names, date=date)
    if licence:
        draft.source["licence"] = licence
    if draft.source["licence"].startswith("UNKNOWN"):
        raise PodiumError("no licence: add a 'licence:' line at the top of the article or pass --licence", file=str(article))
    target_article = seeds / article.name
    target_facts = seeds / f"{article.stem}.facts.yaml"
    for target in (target_article, target_facts):
        if target.exists():
            raise PodiumError("already in the seeds folder", file=str(target))
    _, _, sources = _declared(seeds)
    base = draft.source["id"]
    draft.source["id"] = base if base not in sources else f"{base}-{len(sources) + 1}"
    data_names = sorted({key for key in names.people})
    report = link_draft(draft, seeds, data_names)
    report.article, report.facts_file = target_article, target_facts
    report.warnings = list(draft.warnings)
    text = draft_yaml(draft)
    before = summary(build(seeds, validate=False))
    with tempfile.TemporaryDirectory(prefix="podium-add-") as tmp:
        trial = Path(tmp) / "seeds"
        shutil.copytree(seeds, trial)
        shutil.copyfile(article, trial / article.name)
        (trial / target_facts.name).write_text(text, encoding="utf-8")
        try:
            after = summary(build(trial, validate=True))
        except PodiumError as error:
            raise PodiumError(f"the draft does not build with the seeds folder ({error}); run 'podium extract' and fix the draft by hand",
                              file=str(article)) from None
    shutil.copyfile(article, target_article)
    write_atomic(target_facts, text)
    report.before, report.after = before, after
    return report
