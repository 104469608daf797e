"""The interactive HTML view: its data, its file, its command, and the page in a real browser.

The browser tests drive Debian's Chromium (/usr/bin/chromium, `apt-get install chromium`)
through Playwright, offline: no browser is downloaded, every request other than the
page's own file is refused and recorded. Without Chromium they FAIL with a message,
unless PODIUM_SKIP_BROWSER=1 says to skip them. A screenshot of each view is kept in
test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from graph.cli import main
from graph.errors import PodiumError
from graph.names import fold
from graph.views import VIEWS
from graph.viz import CLASS_STYLES, _script_json, check_view, graph_data, render_html, write_html

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "seeds" / "000_76d85414e33cee7f.txt"
ARTIFACTS = ROOT / "test-artifacts"
ID = "https://w3id.org/podium/id/"
KLAEBO = ID + "athlete/johannes-hosflot-klaebo"
NYENGET = ID + "athlete/martin-lowstrom-nyenget"
CHROMIUM = os.environ.get("PODIUM_CHROMIUM", "/usr/bin/chromium")
# The machine and CI have no network: keep Chromium from trying to reach anything.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def pages(seed_dataset, tmp_path_factory) -> dict[str, Path]:
    """The HTML page of every view, written once."""
    folder = tmp_path_factory.mktemp("viz")
    return {view: write_html(seed_dataset, folder / f"{view}.html", view) for view in VIEWS}


# --- The data behind the page ------------------------------------------------------------------

@pytest.mark.parametrize("view", sorted(VIEWS))
def test_data_has_every_node_and_edge_of_the_view(seed_dataset, view):
    graph = VIEWS[view](seed_dataset)
    data = graph_data(seed_dataset, view)
    assert len(data["nodes"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert {node["id"] for node in data["nodes"]} == set(graph.nodes)
    assert data["directed"] == graph.is_directed()


def test_klaebo_node_has_his_names_keys_and_quotes(seed_dataset):
    data = graph_data(seed_dataset, "podium")
    klaebo = next(node for node in data["nodes"] if node["id"] == KLAEBO)
    assert klaebo["label"] == "Johannes Høsflot Klæbo"
    assert klaebo["type"] == "Athlete"
    assert klaebo["names"] == ["Johannes Hoesflot Klaebo", "Johannes Høsflot Klæbo", "Klaebo", "Klæbo"]
    assert {"johannes hosflot klabo", "klabo"} <= set(klaebo["keys"])
    assert ["pod:age", "29", False] in klaebo["properties"]
    assert ["pod:represents", "Norway", False] in klaebo["properties"]
    assert ["pod:birthYearEarliest", "1996", True] in klaebo["properties"]  # derived from his age
    article = ARTICLE.read_text(encoding="utf-8")
    quotes = [entry["quote"] for entry in klaebo["quotes"]]
    assert "The 29-year-old entered the Games" in quotes
    assert all(quote in article for quote in quotes)


def test_full_view_medal_node_says_nyenget_took_silver(seed_dataset):
    data = graph_data(seed_dataset, "full")
    medal = next(node for node in data["nodes"]
                 if node["id"] == ID + "medal/milano-cortina-2026-cross-country-skiing-men-50-km-mass-start/silver/"
                                        "martin-lowstrom-nyenget")
    assert medal["type"] == "Medal"
    assert ["pod:awardedTo", "Martin Løwstrøm Nyenget", False] in medal["properties"]
    assert ["pod:medalType", "silver", False] in medal["properties"]
    assert [q["quote"] for q in medal["quotes"]] == ["Klaebo's teammates, Martin Loewstroem Nyenget, took silver"]


def test_records_view_edge_is_heiden_to_klaebo_five_to_six(seed_dataset):
    data = graph_data(seed_dataset, "records")
    edge = next(edge for edge in data["edges"] if edge["from"] == ID + "athlete/eric-heiden")
    assert edge["to"] == KLAEBO
    assert edge["label"] == "5 → 6"
    assert ["record_label", "Most gold medals by one athlete at a single Winter Olympics"] in edge["details"]


def test_every_class_the_issue_names_has_its_own_style():
    looks = [CLASS_STYLES[name][:2] for name in ("Athlete", "Event", "Medal", "Record", "Nation", "Games", "Source")]
    assert len(set(looks)) == len(looks)


# --- The file ----------------------------------------------------------------------------------

def test_page_is_self_contained(pages):
    html = pages["full"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link[^>]*\bhref=\"(?!data:)", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "sourceMappingURL" not in html
    assert "vis-network" in html and "@version 9.1.2" in html


def test_same_graph_gives_the_same_bytes(seed_dataset):
    assert render_html(seed_dataset, "records") == render_html(seed_dataset, "records")


def test_embedded_json_cannot_close_its_script_element():
    text = _script_json({"label": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text


def test_unknown_view_is_a_podium_error():
    with pytest.raises(PodiumError, match=r"unknown view 'medals' \(expected one of: full, podium, records\)"):
        check_view("medals")


# --- The command -------------------------------------------------------------------------------

def test_viz_writes_the_page_and_says_so(tmp_path, capsys):
    output = tmp_path / "podium.html"
    assert main(["viz", "--view", "podium", "-o", str(output)]) == 0
    assert capsys.readouterr().out == f"wrote {output} (podium view)\n"
    assert "Johannes Høsflot Klæbo" in output.read_text(encoding="utf-8")


def test_viz_default_output_is_build_podium_html(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["viz", "--view", "records"]) == 0
    assert (tmp_path / "build" / "podium.html").is_file()
    assert capsys.readouterr().out == "wrote build/podium.html (records view)\n"


def test_viz_unknown_view_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["viz", "--view", "medals", "-o", str(tmp_path / "x.html")]) == 2
    captured = capsys.readouterr()
    assert captured.err == "podium: error: --view: unknown view 'medals' (expected one of: full, podium, records)\n"
    assert captured.out == ""
    assert list(tmp_path.iterdir()) == []


def test_viz_output_folder_missing_is_one_line_and_exit_2(tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    assert main(["viz", "-o", str(missing / "podium.html")]) == 2
    assert capsys.readouterr().err == f"podium: error: {missing}: output folder does not exist\n"
    assert not missing.exists()


# --- In a real browser -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright: offline, headless, no browser download."""
    if os.environ.get("PODIUM_SKIP_BROWSER") == "1":
        pytest.skip("PODIUM_SKIP_BROWSER=1: browser tests skipped on request")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it (apt-get install chromium) "
                    "or set PODIUM_SKIP_BROWSER=1 to skip the browser tests", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Python package playwright missing: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000)
        yield chromium
        chromium.close()


class Page:
    """One opened view: the Playwright page, its console errors, and requests it tried."""

    def __init__(self, browser, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=45_000)

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:  # the page must need nothing from outside
            self.requests.append(route.request.url)
            route.abort()

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        print(f"screenshot: {path}")
        return path

    def click_node(self, node_id: str) -> None:
        """A real mouse click where the node is drawn."""
        point = self.page.evaluate(
            "id => podium.network.canvasToDOM(podium.network.getPositions([id])[id])", node_id)
        box = self.page.locator("#network").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_full_view_in_chromium(browser, pages, seed_dataset):
    graph = VIEWS["full"](seed_dataset)
    view = Page(browser, pages["full"])
    try:
        assert view.page.evaluate("podium.drawn()") == {"nodes": graph.number_of_nodes(),
                                                          "edges": graph.number_of_edges()}
        assert view.page.locator("#legend li").count() == len({t for _, t in graph.nodes(data="type")})

        # Click Klæbo: the panel shows his label, class and a sentence of the article.
        view.click_node(KLAEBO)
        panel = view.page.locator("#panel")
        assert panel.get_attribute("data-node") == KLAEBO
        assert panel.locator("h2").inner_text() == "Johannes Høsflot Klæbo"
        assert panel.locator(".type").inner_text() == "Athlete"
        quotes = panel.locator("blockquote .text").all_inner_texts()
        assert "The 29-year-old entered the Games" in quotes
        article = ARTICLE.read_text(encoding="utf-8")
        assert all(quote in article for quote in quotes)
        view.screenshot("viz-full-klaebo.png")

        # Search without the æ: the first hit, and the node Enter selects, is Klæbo.
        view.page.locator("#panel").evaluate("panel => panel.replaceChildren()")
        view.page.locator("#search").fill("Klaebo")
        first = view.page.locator("#results li").first
        assert first.get_attribute("data-id") == KLAEBO
        view.page.locator("#search").press("Enter")
        assert view.page.evaluate("podium.network.getSelectedNodes()") == [KLAEBO]
        assert panel.locator("h2").inner_text() == "Johannes Høsflot Klæbo"
        view.screenshot("viz-full-search.png")
        # Any spelling finds him first: with or without the letters, any case, any part.
        for query in ("Klæbo", "klæbo", "KLAEBO", "Hoesflot", "Høsflot", "johannes hosflot klaebo"):
            assert view.page.evaluate("query => podium.search(query)[0].id", query) == KLAEBO, query
        assert view.errors == []
        assert view.requests == []
    finally:
        view.page.close()


@pytest.mark.parametrize("name", ["podium", "records"])
def test_small_views_in_chromium(browser, pages, seed_dataset, name):
    graph = VIEWS[name](seed_dataset)
    view = Page(browser, pages[name])
    try:
        assert view.page.evaluate("podium.drawn()") == {"nodes": graph.number_of_nodes(),
                                                          "edges": graph.number_of_edges()}
        view.page.locator("#search").fill("loewstroem")  # the article's spelling of Løwstrøm
        view.page.locator("#search").press("Enter")
        if NYENGET in graph:
            assert view.page.locator("#panel h2").inner_text() == "Martin Løwstrøm Nyenget"
        view.screenshot(f"viz-{name}.png")
        # A click on the legend's Athlete entry hides the athletes; a second shows them again.
        athletes = sorted(node for node, kind in graph.nodes(data="type") if kind == "Athlete")
        hidden = "ids => ids.map(id => podium.network.body.nodes[id].options.hidden === true)"
        entry = view.page.locator('#legend li[data-type="Athlete"]')
        entry.click()
        assert view.page.evaluate(hidden, athletes) == [True] * len(athletes)
        entry.click()
        assert view.page.evaluate(hidden, athletes) == [False] * len(athletes)
        view.page.locator("#search").press("Escape")
        # Zoom with the wheel, drag a node with the mouse.
        box = view.page.locator("#network").bounding_box()
        scale = view.page.evaluate("podium.network.getScale()")
        view.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        view.page.mouse.wheel(0, -400)
        view.page.wait_for_function("scale => podium.network.getScale() > scale", arg=scale)
        node = athletes[0]
        where = "id => podium.network.getPositions([id])[id]"
        before = view.page.evaluate(where, node)
        view.page.evaluate("id => podium.network.focus(id, {scale: 1, animation: false})", node)
        point = view.page.evaluate("id => podium.network.canvasToDOM(podium.network.getPositions([id])[id])", node)
        view.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        view.page.mouse.down()
        view.page.mouse.move(box["x"] + point["x"] + 60, box["y"] + point["y"] + 40, steps=8)
        view.page.mouse.up()
        after = view.page.evaluate(where, node)
        assert (after["x"] - before["x"], after["y"] - before["y"]) == pytest.approx((60, 40), abs=2)
        assert view.errors == []
        assert view.requests == []
    finally:
        view.page.close()


def test_click_on_an_edge_shows_the_record_broken(browser, pages):
    view = Page(browser, pages["records"])
    try:
        edge = next(e for e in graph_data_of(pages["records"])["edges"] if e["from"] == ID + "athlete/eric-heiden")
        point = view.page.evaluate(
            "id => podium.network.canvasToDOM(podium.network.body.edges[id].edgeType.getPoint(0.5))", edge["id"])
        box = view.page.locator("#network").bounding_box()
        view.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        panel = view.page.locator("#panel")
        assert panel.locator("h2").inner_text() == "5 → 6"
        assert panel.locator("p").first.inner_text() == "Eric Heiden → Johannes Høsflot Klæbo"
        assert "Most gold medals by one athlete at a single Winter Olympics" in panel.inner_text()
        assert view.errors == []
    finally:
        view.page.close()


def graph_data_of(page: Path) -> dict:
    """The JSON document embedded in a written page."""
    html = page.read_text(encoding="utf-8")
    text = re.search(r'<script type="application/json" id="podium-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(text)


# Names whose folding is easy to get wrong: the seed's, Nordic and other Latin letters,
# dashes and spaces unidecode turns into "-" and " ", apostrophes, and a real "oe".
TRICKY_NAMES = [
    "Johannes Høsflot Klæbo", "Martin Løwstrøm Nyenget", "Martin Loewstroem Nyenget", "Bjørn Dæhlie",
    "Marit Bjørgen", "Therese Johaug", "Ole Einar Bjørndalen", "Kjetil Jansrud", "Aksel Lund Svindal",
    "Ærø Åsa Ågren", "Müller-Lüdenscheidt", "Hanna Öberg", "Charlotte Kalla", "Zoë Saldaña", "Joël Œuvray",
    "Łukasz Kruczek", "Đorđe Đoković", "Þórdís Gylfadóttir", "Straße", "Kamil Stoch",
    "Dale–Skjevdal", "Dale—Skjevdal", "O’Brien", "Anne\u00a0Marie", "tab\tbed", "  spaced   out  ",
    "Men's 50 km mass start", "Sofía Gómez Villafañe", "İlkay", "Nadezhda Skardino",
]


def test_javascript_fold_matches_python_fold(browser, pages, seed_dataset):
    names = sorted({name for node in graph_data(seed_dataset, "full")["nodes"] for name in node["names"]})
    names += TRICKY_NAMES
    view = Page(browser, pages["records"])
    try:
        folded = view.page.evaluate("names => names.map(podium.fold)", names)
    finally:
        view.page.close()
    mismatches = [(name, js, fold(name)) for name, js in zip(names, folded) if js != fold(name)]
    assert mismatches == []
