"""dx.explore: one self-contained HTML page, checked as a file, in headless Chromium and in Firefox.

The browser tests drive Debian's ``chromium`` through ``chromedriver``, and ``firefox-esr`` over
WebDriver BiDi (``make browser`` installs them); where one is missing its tests are skipped with
that reason.
"""

from __future__ import annotations

import json
import re
import shutil

import numpy as np
import pandas as pd
import pytest

import discourse as dx
from discourse._errors import InputError, OutputError
from tests.conftest import CORPORA

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
HOSTILE = ('Beijing said the "Cold War mentality" is wrong </script><script>window.pwned=1</script> '
           '<img src=x onerror="window.pwned=2"> & so on.')


@pytest.fixture(scope="module")
def ungdc():
    """Real text: the UN General Debate statements of the P5 and Central Asia shipped in corpora/."""
    corpus = dx.load(CORPORA / "ungdc", progress=False)
    return corpus, dx.frames.measure(corpus, "china_diplomatic")


@pytest.fixture(scope="module")
def small():
    """Three sources; one of them (C) with no frame hits; hostile, Chinese and right-to-left text."""
    corpus = dx.load(pd.DataFrame({
        "text": [HOSTILE, "China and Russia seek mutual trust and win-win cooperation. 我们坚持合作共赢。",
                 "The weather was fine. الطقس جميل اليوم.", "We reject the Cold War mentality and bloc confrontation."],
        "source": ["A", "B", "C", "A"], "published": ["2020-01-05", "2020-02-01", "2021-03-01", "2021-04-01"]}),
        progress=False)
    return corpus, dx.frames.measure(corpus, "china_diplomatic")


def _data(page: str) -> dict:
    found = re.search(r'<script id="dx-data" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def test_the_page_is_self_contained_and_escapes_what_it_quotes(small, tmp_path):
    corpus, frames = small
    page = dx.explore(corpus, frames, tmp_path / "x.html").read_text("utf-8")
    assert not re.search(r"<script[^>]+src=", page), "every script is inline"
    assert "sourceMappingURL" not in page
    data = _data(page)
    assert page.count("</script>") == 5  # the data, three Vega scripts, the app: the text closed none
    assert "window.pwned=1" in json.dumps(data, ensure_ascii=False)  # kept as data, not as markup
    assert "<img" not in page.split('id="dx-data"')[1].split("</script>")[0]


def test_groups_frames_and_empty_cells_are_named(small, tmp_path):
    corpus, frames = small
    data = _data(dx.explore(corpus, frames, tmp_path / "x.html").read_text("utf-8"))
    assert data["groups"] == ["A", "B", "C"]  # C has words but no hits: still a group
    assert "hegemonism" in data["empty_frames"] and "cold_war_mentality" not in data["empty_frames"]
    assert data["periods"] == ["2020-01-01", "2021-01-01"]
    kwic = data["kwic"]
    sentences = ["".join(p) for p in zip(kwic["left"], kwic["match"], kwic["right"])]
    assert any("合作共赢" in s for s in sentences)
    assert sum(data["cells"]["count"]) == len(frames.drop_duplicates(["doc_id", "start", "end", "frame"]))


def test_words_candidates_and_counts(ungdc, tmp_path):
    corpus, frames = ungdc
    data = _data(dx.explore(corpus, frames, tmp_path / "x.html", by="speaker_country", time="year",
                            period=None).read_text("utf-8"))
    terms = data["terms"]
    docs = corpus.documents.assign(speaker_country=corpus.documents["doc_id"].map(
        frames.drop_duplicates("doc_id").set_index("doc_id")["speaker_country"]))
    assert "china" in terms["terms"] and len(terms["terms"]) <= 30 * len(data["groups"])
    chn = data["groups"].index("CHN")
    mine = {terms["terms"][t]: c for g, t, c in zip(terms["group"], terms["term"], terms["count"]) if g == chn}
    assert mine["china"] > 100 and terms["n"][chn] > 10 * mine["china"]
    samples = terms["samples"]
    china = [m for g, t, m in zip(samples["group"], samples["term"], samples["match"])
             if g == chn and terms["terms"][t] == "china"]
    assert 1 <= len(china) <= 2 and all(m.lower() == "china" for m in china)
    text = corpus.documents.set_index("doc_id")["text"]
    for d, a, b, m in zip(samples["doc_id"][:50], samples["start"][:50], samples["end"][:50], samples["match"][:50]):
        assert text[d][a:b] == m  # offsets into documents.text
    assert len(docs)  # the documents are there to be counted


def test_a_hundred_thousand_distinct_words_keep_the_page_small(tmp_path):
    rng = np.random.default_rng(0)
    words = ["".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), 9)) for _ in range(100_000)]
    corpus = dx.load(pd.DataFrame({"text": [" ".join(words[:50_000]) + ". We oppose hegemonism.",
                                            " ".join(words[50_000:]) + ". We seek win-win cooperation."],
                                   "source": ["A", "B"], "published": ["2020-01-01", "2020-06-01"]}), progress=False)
    page = dx.explore(corpus, dx.frames.measure(corpus, "china_diplomatic"), tmp_path / "x.html")
    assert page.stat().st_size < 2_000_000 and len(_data(page.read_text("utf-8"))["terms"]["terms"]) <= 60


def test_stance_cells_are_the_stance_tables_counts(ungdc, tmp_path):
    corpus, frames = ungdc
    stance = dx.stance.measure(corpus)
    data = _data(dx.explore(corpus, frames, tmp_path / "x.html", by="speaker_country", time="year", period=None,
                            stance=stance).read_text("utf-8"))
    cells = pd.DataFrame(data["stance"]["cells"])
    cells = cells.assign(group=[data["groups"][g] for g in cells["group"]],
                         target=[data["stance"]["targets"][t] for t in cells["target"]],
                         label=[("favour", "against", "neutral")[k] for k in cells["label"]])
    page = cells.groupby(["group", "target", "label"])["count"].sum()
    rows = stance[stance["target"].notna()].fillna({"speaker_country": "(none)"})
    expected = rows.groupby(["speaker_country", "target", "stance"]).size()
    assert page.sum() == len(rows) and page.to_dict() == {k: v for k, v in expected.to_dict().items() if v}
    assert data["stance"]["targets"][0] == rows["target"].value_counts().index[0]  # the most named first


@pytest.fixture(scope="module")
def nothing():
    """Real words, no frame hits."""
    corpus = dx.load(pd.DataFrame({"text": ["The weather was fine in the city today.", "Rain is expected tomorrow."],
                                   "source": ["A", "B"], "published": ["2020-01-01", "2020-02-01"]}), progress=False)
    return corpus, dx.frames.measure(corpus, "china_diplomatic")


def test_a_corpus_with_no_frame_hits_still_gets_a_page(nothing, tmp_path):
    corpus, frames = nothing
    assert frames.empty
    data = _data(dx.explore(corpus, frames, tmp_path / "x.html").read_text("utf-8"))
    assert data["groups"] == ["A", "B"] and data["cells"]["count"] == [] and data["kwic"]["match"] == []


def test_same_inputs_same_bytes(small, tmp_path):
    corpus, frames = small
    one = dx.explore(corpus, frames, tmp_path / "a.html").read_bytes()
    two = dx.explore(corpus, frames, tmp_path / "b.html").read_bytes()
    assert one == two


def test_never_replaces_a_file_unasked(small, tmp_path):
    corpus, frames = small
    target = tmp_path / "mine.html"
    target.write_text("the user's own page")
    with pytest.raises(OutputError, match="exists"):
        dx.explore(corpus, frames, target)
    assert target.read_text() == "the user's own page"
    with pytest.raises(OutputError, match="folder"):
        dx.explore(corpus, frames, tmp_path)
    dx.explore(corpus, frames, target, overwrite=True)
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".*partial"))


def test_bad_arguments_name_the_field(small, tmp_path):
    corpus, frames = small
    with pytest.raises(InputError, match="by"):
        dx.explore(corpus, frames, tmp_path / "x.html", by="outlet")
    with pytest.raises(InputError, match="frame"):
        dx.explore(corpus, frames.drop(columns="frame"), tmp_path / "x.html")


def test_the_exposure_in_the_page_is_the_rate_tables(ungdc, tmp_path):
    corpus, frames = ungdc
    data = _data(dx.explore(corpus, frames, tmp_path / "x.html", by="speaker_country", time="year",
                            period=None).read_text("utf-8"))
    table = dx.stats.rate(frames, by="speaker_country", time="year", period=None, corpus=corpus)
    words = table.drop_duplicates(["speaker_country", "period"])
    assert data["exposure"]["words"] == words["words"].tolist()
    k = table["count"].to_numpy()
    np.testing.assert_allclose(np.array(data["garwood"]["high"])[k] / table["words"] * 1000, table["conf_high"])
    np.testing.assert_allclose(np.array(data["garwood"]["low"])[k] / table["words"] * 1000, table["conf_low"])


# --- in a real browser --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Debian's chromium and chromedriver are not installed (make browser installs them)")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1600", "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _open(driver, path):
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "return !!window.dxExplorer && document.querySelectorAll('#dx-fw svg').length > 0"))
    return driver


def _severe(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_in_chromium_the_page_opens_and_its_z_scores_are_fightin_words(browser, ungdc, tmp_path):
    corpus, frames = ungdc
    path = dx.explore(corpus, frames, tmp_path / "ungdc.html", by="speaker_country", time="year", period=None)
    driver = _open(browser, path)
    assert _severe(driver) == [] and driver.execute_script("return window.dxExplorer.errors") == []
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0  # no network
    frame = "sovereignty"
    page_rates = pd.DataFrame(driver.execute_script(
        f"return window.dxExplorer.rates(window.dxExplorer.data.frames.indexOf('{frame}'))"))
    table = dx.stats.rate(frames, by="speaker_country", time="year", period=None, corpus=corpus)
    table = table[(table["frame"] == frame) & (table["words"] > 0)].fillna({"speaker_country": "(none)"})
    merged = page_rates.assign(period=page_rates["period"].astype(int)).merge(
        table.assign(period=table["period"].astype(int)), left_on=["group", "period"],
        right_on=["speaker_country", "period"], validate="one_to_one")
    assert len(merged) == len(table) == len(page_rates)
    np.testing.assert_allclose(merged[["rate", "low", "high"]].to_numpy(float),
                               merged[["estimate", "conf_low", "conf_high"]].to_numpy(float), rtol=1e-9)
    state = driver.execute_script("return window.dxState")
    counts = (frames.drop_duplicates(["doc_id", "start", "end", "frame"]).fillna({"speaker_country": "(none)"})
              .groupby(["speaker_country", "frame"]).size().rename("count").reset_index())
    prior = driver.execute_script("return window.dxExplorer.data.prior")
    assert prior == len(driver.execute_script("return window.dxExplorer.data.frames"))  # one per frame
    expected = dx.stats.fightin_words(counts, group="speaker_country", term="frame", prior=prior)
    mine = expected[expected["group"] == state["a"]].set_index("term")["statistic"]
    page = pd.Series({r["frame"]: r["z"] for r in state["fw"]})
    np.testing.assert_allclose(page.sort_index(), mine.reindex(page.index).sort_index(), rtol=1e-9)


def test_in_chromium_a_click_on_a_frame_shows_its_sentences_and_a_filter_changes_the_counts(browser, ungdc,
                                                                                             tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    corpus, frames = ungdc
    path = dx.explore(corpus, frames, tmp_path / "ungdc.html", by="speaker_country", time="year", period=None)
    driver = _open(browser, path)
    Select(driver.find_element(By.ID, "dx-a")).select_by_visible_text("CHN")
    Select(driver.find_element(By.ID, "dx-b")).select_by_visible_text("USA")
    row = driver.find_element(By.CSS_SELECTOR, '#dx-counts tr[data-frame="hegemonism"]')
    hits = frames.drop_duplicates(["doc_id", "start", "end", "frame"])
    chn = hits[(hits["frame"] == "hegemonism") & (hits["speaker_country"] == "CHN")]
    assert row.find_element(By.CSS_SELECTOR, ".dx-a").text == str(len(chn))
    row.find_element(By.CSS_SELECTOR, "button").click()
    marks = driver.find_elements(By.CSS_SELECTOR, "#dx-kwic tbody mark")
    matched = set(chn["matched_text"]) | set(hits.loc[hits["frame"] == "hegemonism", "matched_text"])
    assert marks and {m.text for m in marks} <= matched
    assert "hegemonism" in driver.find_element(By.ID, "dx-frame-h").text
    # a filter: the statements from 2000 on only
    years = sorted(hits["year"].dropna().unique())
    Select(driver.find_element(By.ID, "dx-from")).select_by_visible_text("2000")
    later = chn[chn["year"] >= 2000]
    row = driver.find_element(By.CSS_SELECTOR, '#dx-counts tr[data-frame="hegemonism"]')
    assert 2000 in years and row.find_element(By.CSS_SELECTOR, ".dx-a").text == str(len(later))
    # and the frames said about China only
    Select(driver.find_element(By.ID, "dx-about")).select_by_visible_text("CHN")
    about = frames[(frames["target_country"] == "CHN") & (frames["speaker_country"] == "CHN") & (frames["year"] >= 2000)]
    expected = about.drop_duplicates(["doc_id", "start", "end", "frame"]).groupby("frame").size()
    shown = {r.get_attribute("data-frame"): int(r.find_element(By.CSS_SELECTOR, ".dx-a").text)
             for r in driver.find_elements(By.CSS_SELECTOR, "#dx-counts tbody tr")}
    assert expected.sum() > 0 and {f: n for f, n in shown.items() if n} == expected.to_dict()
    assert "not the rates" in driver.find_element(By.ID, "dx-kwic-note").text
    assert _severe(driver) == []


def test_in_chromium_a_page_with_nothing_to_compare_says_so(browser, nothing, tmp_path):
    from selenium.webdriver.common.by import By

    corpus, frames = nothing
    browser.get(dx.explore(corpus, frames, tmp_path / "x.html").resolve().as_uri())
    assert "No frame hits in this corpus" in browser.find_element(By.ID, "dx-notes").text
    assert _severe(browser) == []


def test_in_chromium_hostile_text_is_shown_as_text(browser, small, tmp_path):
    from selenium.webdriver.common.by import By

    corpus, frames = small
    driver = _open(browser, dx.explore(corpus, frames, tmp_path / "x.html"))
    driver.execute_script("window.dxExplorer.select(window.dxExplorer.data.frames.indexOf('cold_war_mentality'))")
    text = driver.find_element(By.ID, "dx-kwic").text
    assert "</script><script>window.pwned=1</script>" in text and '<img src=x onerror="window.pwned=2">' in text
    assert driver.execute_script("return window.pwned === undefined")
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element(By.ID, "dx-a")).select_by_visible_text("C")  # words, but no frame hits
    notes = driver.find_element(By.ID, "dx-notes").text
    assert "C has no frame hits under these filters" in notes and "hegemonism" in notes
    assert _severe(driver) == []


def test_in_chromium_words_between_two_groups_are_fightin_words_and_show_their_sentences(browser, ungdc, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    corpus, frames = ungdc
    driver = _open(browser, dx.explore(corpus, frames, tmp_path / "x.html", by="speaker_country", time="year",
                                       period=None))
    Select(driver.find_element(By.ID, "dx-a")).select_by_visible_text("CHN")
    Select(driver.find_element(By.ID, "dx-b")).select_by_visible_text("USA")
    page = pd.DataFrame(driver.execute_script("return window.dxExplorer.termScores()")).set_index("term")["z"]
    quotes = corpus.quotes[corpus.quotes["kind"] == "turn"].fillna({"speaker_country": "(none)"})
    counts = dx.stats.count_terms(quotes, by="speaker_country", stop_words="english", min_count=3)
    expected = dx.stats.fightin_words(counts, groups=["CHN", "USA"], prior=1000.0)
    expected = expected[expected["group"] == "CHN"].set_index("term")["statistic"]
    np.testing.assert_allclose(page.to_numpy(), expected.reindex(page.index).to_numpy(), rtol=1e-9)
    driver.execute_script("window.dxExplorer.selectTerm(arguments[0])", page.idxmax())
    marks = driver.find_elements(By.CSS_SELECTOR, "#dx-term-samples tbody mark")
    assert marks and {m.text.lower() for m in marks} == {page.idxmax()}
    assert _severe(driver) == []


def test_in_chromium_stance_toward_a_target_under_the_filters(browser, ungdc, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    corpus, frames = ungdc
    stance = dx.stance.measure(corpus)
    driver = _open(browser, dx.explore(corpus, frames, tmp_path / "x.html", by="speaker_country", time="year",
                                       period=None, stance=stance))
    Select(driver.find_element(By.ID, "dx-a")).select_by_visible_text("CHN")
    Select(driver.find_element(By.ID, "dx-b")).select_by_visible_text("USA")
    target = driver.find_element(By.CSS_SELECTOR, "#dx-target option:checked").text.rsplit(" (", 1)[0]
    Select(driver.find_element(By.ID, "dx-from")).select_by_visible_text("2010")
    rows = stance[(stance["target"] == target) & (stance["year"] >= 2010)]
    for group in ("CHN", "USA"):
        row = driver.find_element(By.CSS_SELECTOR, f'#dx-stance-counts tr[data-group="{group}"]')
        mine = rows[rows["speaker_country"] == group]["stance"].value_counts()
        for label in ("favour", "against", "neutral"):
            assert row.find_element(By.CSS_SELECTOR, f".dx-{label}").text == str(mine.get(label, 0)), (group, label)
    assert driver.find_elements(By.CSS_SELECTOR, "#dx-stance svg") and _severe(driver) == []


# --- in Firefox, through WebDriver BiDi (no geckodriver: Firefox speaks the protocol itself) ---------

class _Firefox:
    """A headless Firefox driven over WebDriver BiDi with websocket-client (a selenium dependency)."""

    def __init__(self, binary, profile):
        import socket
        import subprocess
        import time

        import websocket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.process = subprocess.Popen([binary, "--headless", "--no-remote", "--profile", str(profile),
                                         "--remote-debugging-port", str(port), "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline, self.n, self.logs = time.monotonic() + 60, 0, []
        while True:
            try:
                self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}/session", timeout=60,
                                                      suppress_origin=True)
                break
            except OSError:
                if time.monotonic() > deadline:
                    self.process.kill()
                    raise
                time.sleep(0.3)
        self.call("session.new", {"capabilities": {}})
        self.call("session.subscribe", {"events": ["log.entryAdded"]})
        self.context = self.call("browsingContext.getTree", {})["contexts"][0]["context"]

    def call(self, method, params):
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("method") == "log.entryAdded":
                self.logs.append(message["params"])
            elif message.get("id") == self.n:
                assert message["type"] == "success", message
                return message["result"]

    def run(self, expression):
        """Evaluate JavaScript in the page (awaiting a promise) and return its JSON-decoded value."""
        result = self.call("script.evaluate", {"expression": f"Promise.resolve({expression}).then(JSON.stringify)",
                                               "target": {"context": self.context}, "awaitPromise": True})
        assert result["type"] == "success", result
        value = result["result"].get("value")  # JSON.stringify(undefined) is undefined: no value
        return None if value is None else json.loads(value)

    def open(self, path):
        self.call("browsingContext.navigate", {"context": self.context, "url": path.resolve().as_uri(),
                                               "wait": "complete"})
        return self.run("window.dxExplorer.drawn()")

    def close(self):
        try:
            self.call("session.end", {})
        finally:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def firefox(tmp_path_factory):
    binary = shutil.which("firefox-esr") or shutil.which("firefox")
    if binary is None:
        pytest.skip("Firefox is not installed (make browser installs Debian's firefox-esr)")
    pytest.importorskip("websocket")
    driver = _Firefox(binary, tmp_path_factory.mktemp("firefox-profile"))
    yield driver
    driver.close()


def test_in_firefox_the_page_opens_a_frame_shows_its_sentences_and_a_filter_changes_the_counts(firefox, ungdc,
                                                                                                tmp_path):
    corpus, frames = ungdc
    firefox.open(dx.explore(corpus, frames, tmp_path / "x.html", by="speaker_country", time="year", period=None))
    assert firefox.run("window.dxExplorer.errors") == [] and firefox.run("document.querySelectorAll('#dx-fw svg').length")
    row = "document.querySelector('#dx-counts tr[data-frame=\"hegemonism\"]')"
    firefox.run(f"{row}.querySelector('button').click()")
    marks = firefox.run("[...document.querySelectorAll('#dx-kwic tbody mark')].map(m => m.textContent)")
    hits = frames.drop_duplicates(["doc_id", "start", "end", "frame"])
    assert marks and set(marks) <= set(hits.loc[hits["frame"] == "hegemonism", "matched_text"])
    firefox.run("(() => { const s = document.getElementById('dx-from'); s.value = String([...s.options].findIndex("
                "o => o.textContent === '2000')); s.dispatchEvent(new Event('change')); })()")
    top = firefox.run("window.dxState.a")
    later = hits[(hits["frame"] == "hegemonism") & (hits["speaker_country"] == top) & (hits["year"] >= 2000)]
    assert firefox.run(f"{row}.querySelector('.dx-a').textContent") == str(len(later))
    assert [e for e in firefox.logs if e.get("level") == "error"] == []
