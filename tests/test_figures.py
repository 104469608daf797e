"""The static figure: the record timeline's data, the layout, readable labels, the files, bad input."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from itertools import combinations

import pytest

from graph.cli import main
from graph.errors import PodiumError
from graph.figures import DPI, FIGURE_SIZE, podium_layout, record_timeline, static_figure, write_static
from graph.views import podium_view

ID = "https://w3id.org/podium/id/"


def test_record_timeline_is_heiden_then_klaebo(seed_dataset):
    entries = record_timeline(seed_dataset)
    assert [(e.holder, e.value, e.year, e.date, e.games, e.stood_years) for e in entries] == [
        ("Eric Heiden", 5, 1980, "", "Lake Placid 1980", 46),
        ("Johannes Høsflot Klæbo", 6, 2026, "2026-02-21", "Milano Cortina 2026", None),
    ]


def test_record_timeline_leaves_out_marks_without_a_value(seed_dataset):
    # Norway's own record: the mark before 2026 has neither value nor date, Friday's has a date
    # but the article gives no count; only the 18 of Saturday can be drawn.
    entries = record_timeline(seed_dataset, ID + "category/most-golds-norway-single-winter-games")
    assert [(e.holder, e.value, e.date) for e in entries] == [("Norway", 18, "2026-02-21")]


def test_podium_layout_puts_the_50_km_medallists_on_one_circle(seed_dataset):
    positions = podium_layout(podium_view(seed_dataset))
    medallists = [ID + "athlete/" + a for a in ("johannes-hosflot-klaebo", "martin-lowstrom-nyenget", "emil-iversen")]
    loners = [ID + "athlete/" + a for a in ("eric-heiden", "johannes-dale-skjevdal", "michael-phelps")]
    # the three share a podium: on the unit circle around (0, 0); the others in a column to the right
    for node in medallists:
        x, y = positions[node]
        assert x * x + y * y == pytest.approx(1.0)
    assert len({positions[node][0] for node in loners}) == 1
    assert min(positions[node][0] for node in loners) > 1.0 + 2.0
    assert sorted(positions[node][1] for node in loners) == pytest.approx([-0.6, 0.0, 0.6])


def test_no_two_labels_overlap_and_all_fit_in_the_figure(seed_dataset):
    figure = static_figure(seed_dataset)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    texts = [text for axes in figure.axes for text in (*axes.texts, axes.title)]
    texts += [text for axes in figure.axes if axes.get_legend() for text in axes.get_legend().get_texts()]
    shown = [t for t in texts if t.get_visible() and t.get_text().strip()]
    assert {t.get_text() for t in shown} >= {"Johannes Høsflot Klæbo", "Martin Løwstrøm Nyenget", "Emil Iversen",
                                              "gold/silver", "Men's 50 km mass start", "stood 46 years"}
    boxes = {t.get_text(): t.get_window_extent(renderer) for t in shown}
    overlapping = [(a, b) for (a, box_a), (b, box_b) in combinations(boxes.items(), 2) if box_a.overlaps(box_b)]
    assert overlapping == []
    whole = figure.bbox
    outside = [text for text, box in boxes.items()
               if box.x0 < whole.x0 or box.y0 < whole.y0 or box.x1 > whole.x1 or box.y1 > whole.y1]
    assert outside == []


def test_png_has_the_expected_size(seed_dataset, tmp_path):
    path = write_static(seed_dataset, tmp_path / "figure.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (FIGURE_SIZE[0] * DPI, FIGURE_SIZE[1] * DPI) == (1400, 650)
    assert len(data) > 20_000  # a drawing, not an empty canvas


def test_svg_has_the_expected_size_and_same_bytes_twice(seed_dataset, tmp_path):
    first = write_static(seed_dataset, tmp_path / "a.svg")
    second = write_static(seed_dataset, tmp_path / "b.svg")
    root = ET.parse(first).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert (root.get("width"), root.get("height")) == ("1008pt", "468pt")  # 14 x 6.5 inches at 72 pt
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 50
    assert first.read_bytes() == second.read_bytes()


def test_unknown_figure_format_is_a_podium_error(seed_dataset, tmp_path):
    with pytest.raises(PodiumError, match=r"unknown figure format '.gif' \(expected .svg or .png\)"):
        write_static(seed_dataset, tmp_path / "figure.gif")
    assert list(tmp_path.iterdir()) == []


def test_viz_static_writes_the_figure(tmp_path, capsys):
    output = tmp_path / "figure.svg"
    assert main(["viz", "--static", str(output)]) == 0
    assert capsys.readouterr().out == f"wrote {output} (podium network and record timeline)\n"
    assert output.stat().st_size > 20_000


def test_viz_static_missing_folder_is_one_line_and_exit_2(tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    assert main(["viz", "--static", str(missing / "figure.png")]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"podium: error: {missing}: output folder does not exist\n"
    assert captured.out == ""
    assert not missing.exists()
