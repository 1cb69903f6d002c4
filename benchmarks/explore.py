"""Benchmark: the explorer page of the whole UN General Debate corpus in headless Chromium.

Builds ``dx.explore`` of the full corpus (every speech 1946-2024, about 10,000 documents) by
speaker state and year, then opens it in Debian's chromium (through chromedriver) and times,
in the browser: the page from navigation to its charts drawn, and a filter (the period from 2000
on) from the change to the charts redrawn. The baseline, measured in the same run, is the same
page of the bundled 321-speech slice (``corpora/ungdc``). Prints the page size and the Python time
to write it too.

Target (issue 20): 10,000 documents load and filter in under a second on this machine.

Usage: python benchmarks/explore.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import discourse as dx
from pipeline import FULL

ROOT = Path(__file__).resolve().parents[1]


def page(path: Path, out: Path) -> tuple[Path, int, float]:
    """The explorer of a corpus: the file, its documents, and the seconds to measure and write it."""
    corpus = dx.load(path, progress=False)
    start = time.perf_counter()
    frames = dx.frames.measure(corpus, "china_diplomatic")
    target = dx.explore(corpus, frames, out, by="speaker_country", time="year", period=None, overwrite=True)
    return target, len(corpus.documents), time.perf_counter() - start


def in_browser(driver, path: Path) -> tuple[float, float]:
    """Milliseconds from navigation to the charts drawn, and from a filter change to their redraw."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return !!window.dxExplorer"))
    opened = driver.execute_async_script(
        "const done = arguments[0]; window.dxExplorer.drawn().then(() => done(performance.now()));")
    filtered = driver.execute_async_script("""
        const done = arguments[0], select = document.getElementById('dx-from');
        const year = [...select.options].findIndex(o => o.textContent === '2000');
        const t0 = performance.now();
        select.value = String(year); select.dispatchEvent(new Event('change'));
        window.dxExplorer.drawn().then(() => done(performance.now() - t0));""")
    return opened, filtered


def main() -> int:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        print("chromium and chromedriver are needed (make browser)")
        return 1
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")),
                              options=options)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            small, n_small, t_small = page(ROOT / "corpora" / "ungdc", Path(tmp) / "small.html")
            full, n_full, t_full = page(FULL, Path(tmp) / "full.html") if FULL.is_file() else (None, 0, 0.0)
            for name, target, n, seconds in (("bundled slice (baseline)", small, n_small, t_small),
                                             ("full UNGDC", full, n_full, t_full)):
                if target is None:
                    print(f"{name}: {FULL} is not here")
                    continue
                opened, filtered = in_browser(driver, target)
                print(f"{name}: {n:,} documents, page {target.stat().st_size / 1e6:.1f} MB written in "
                      f"{seconds:.1f} s; opened and drawn in {opened:.0f} ms, a filter redrawn in {filtered:.0f} ms")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
