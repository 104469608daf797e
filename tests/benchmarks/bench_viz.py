"""Benchmark of the visualisation: time to write each HTML view and the static figure,
and time for Chromium to load and lay out each view. Prints figures; asserts nothing.

Run it by hand (pytest does not collect it as a test)::

    python tests/benchmarks/bench_viz.py    # needs /usr/bin/chromium and playwright
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from graph.build import build
from graph.figures import write_static
from graph.viz import VIEW_NAMES, write_html

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def best_of(times: int, action) -> float:
    """The fastest of ``times`` runs of ``action``, in seconds."""
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return min(runs)


def main() -> None:
    dataset = build("seeds")
    folder = Path(tempfile.mkdtemp(prefix="podium-viz-bench-"))
    for view in VIEW_NAMES:
        path = folder / f"{view}.html"
        seconds = best_of(3, lambda: write_html(dataset, path, view))
        print(f"write_html {view}: {seconds:.2f} s (best of 3), {path.stat().st_size / 1e6:.2f} MB")
    for fmt in ("svg", "png"):
        path = folder / f"figure.{fmt}"
        seconds = best_of(3, lambda: write_static(dataset, path))
        print(f"write_static {fmt}: {seconds:.2f} s (best of 3), {path.stat().st_size / 1e3:.0f} kB")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for view in VIEW_NAMES:
            runs = []
            for _ in range(3):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                start = time.perf_counter()
                page.goto((folder / f"{view}.html").as_uri())
                page.wait_for_selector("body[data-ready=true]", timeout=60_000)
                runs.append(time.perf_counter() - start)
                page.close()
            print(f"chromium load and layout, {view}: {statistics.median(runs):.1f} s (median of 3)")
        browser.close()


if __name__ == "__main__":
    main()
