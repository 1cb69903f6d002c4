"""Write docs/figures/explorer.png: the explorer of the bundled UN General Debate slice in headless Chromium.

The main view with China against the United States and the frame "hegemonism" chosen, as a reader
sees it. Needs Debian's chromium and chromedriver (make browser).

Usage: .venv/bin/python tools/explorer_screenshot.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import discourse as dx

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "figures" / "explorer.png"


def main() -> int:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    corpus = dx.load(ROOT / "corpora" / "ungdc", progress=False)
    frames = dx.frames.measure(corpus, "china_diplomatic")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1500", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")),
                              options=options)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            page = dx.explore(corpus, frames, Path(tmp) / "ungdc.html", by="speaker_country", time="year",
                              period=None, title="UN General Debate, P5 and Central Asia: frames by state")
            driver.get(page.as_uri())
            WebDriverWait(driver, 30).until(lambda d: d.execute_script("return !!window.dxExplorer"))
            Select(driver.find_element(By.ID, "dx-a")).select_by_visible_text("CHN")
            Select(driver.find_element(By.ID, "dx-b")).select_by_visible_text("USA")
            driver.find_element(By.CSS_SELECTOR, '#dx-counts tr[data-frame="hegemonism"] button').click()
            driver.execute_async_script("const done = arguments[0]; window.dxExplorer.drawn().then(done);")
            OUT.parent.mkdir(exist_ok=True)
            driver.save_screenshot(str(OUT))
    finally:
        driver.quit()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
