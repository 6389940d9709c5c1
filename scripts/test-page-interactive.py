#!/usr/bin/python3
"""Drives the page with a real (headless) Chromium through Selenium, the way
a person would: keys in the editor, Ctrl+Enter, arrow keys over the lanes, a
traceback click, the share link. Called by scripts/test-page.sh with the
server's base URL; exits non-zero with the failed checks listed."""
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1].rstrip("/")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


options = webdriver.ChromeOptions()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1400,1000", f"--user-data-dir={tempfile.mkdtemp()}"):
    options.add_argument(arg)
driver = webdriver.Chrome(options=options)
driver.set_page_load_timeout(30)
wait = WebDriverWait(driver, 30)
by_id = lambda ident: driver.find_element(By.ID, ident)


def status_is(*wanted):
    wait.until(lambda d: by_id("status").text.split(":")[0] in wanted)
    return by_id("status").text


try:
    driver.get(f"{BASE}/#example=tasks-and-gather&run=1")
    check(status_is("completed", "failed").startswith("completed"), "gather did not complete")
    full = by_id("stdout").text

    # Arrow keys over the lanes step through events; output follows the step.
    last_label = by_id("step-label").text
    lanes = by_id("lanes")
    lanes.click()  # clicking the lanes also picks the event under the pointer
    lanes.send_keys(Keys.HOME)
    check(by_id("step-label").text.startswith("event 1 /"), f"Home did not go to event 1: {by_id('step-label').text}")
    check(by_id("stdout").text == "", f"stdout at event 1 should be empty, is {by_id('stdout').text!r}")
    for _ in range(13):
        lanes.send_keys(Keys.ARROW_RIGHT)
    check(by_id("step-label").text.startswith("event 14 /"), f"13 x ArrowRight: {by_id('step-label').text}")
    check(by_id("stdout").text == "background: start", f"stdout at event 14: {by_id('stdout').text!r}")
    check(not by_id("line-mark").get_attribute("hidden"), "no line highlighted in the editor while stepping")
    lanes.send_keys(Keys.ARROW_LEFT)
    check(by_id("step-label").text.startswith("event 13 /"), f"ArrowLeft: {by_id('step-label').text}")
    lanes.send_keys(Keys.END)
    check(by_id("step-label").text == last_label and by_id("stdout").text == full, "End did not return to the last event")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#lane-scroll .marks .current")) == 1, "the current event is not highlighted in the lanes")

    # Typing: Tab inserts four spaces; Ctrl+Enter runs the edited program.
    source = by_id("source")
    source.click()
    source.send_keys(Keys.CONTROL, "a")
    source.send_keys(Keys.DELETE)
    source.send_keys("import asyncio\nasync def main():\n")
    source.send_keys(Keys.TAB)
    source.send_keys('print("typed")\nasyncio.run(main())\n')
    check(source.get_attribute("value") == 'import asyncio\nasync def main():\n    print("typed")\nasyncio.run(main())\n',
          f"Tab did not indent: {source.get_attribute('value')!r}")
    check(by_id("example").get_attribute("value") == "", "editing did not leave the example")
    source.send_keys(Keys.CONTROL, Keys.ENTER)
    wait.until(lambda d: by_id("stdout").text == "typed")
    check(status_is("completed").startswith("completed"), "the typed program did not complete")

    # An exception: its traceback frames point at lines of the program.
    source.send_keys(Keys.CONTROL, "a")
    source.send_keys(Keys.DELETE)
    source.send_keys('import asyncio\nasync def main():\n')
    source.send_keys(Keys.TAB)
    source.send_keys('raise KeyError("k")\nasyncio.run(main())\n')
    by_id("run").click()
    check(status_is("exception").startswith("exception"), "no exception status")
    frames = driver.find_elements(By.CSS_SELECTOR, "#error button.frame")
    check(any("line 3, in main" in f.text for f in frames), f"traceback frames: {[f.text for f in frames]}")
    for frame in frames:
        if "line 3" in frame.text:
            frame.click()
    check(not by_id("error-mark").get_attribute("hidden"), "clicking a frame did not mark its line")

    # The share link carries the program; opening it runs the same program.
    by_id("share").click()
    wait.until(lambda d: "src=" in d.current_url)
    link = driver.current_url
    driver.get("about:blank")
    driver.get(link)
    check(status_is("exception").startswith("exception"), "the shared link did not re-run the program")
    check("KeyError" in by_id("source").get_attribute("value"), "the shared link lost the program")
except Exception as error:  # a timeout or a missing element is a failure, not a crash
    failures.append(f"{type(error).__name__}: {error}")
finally:
    driver.quit()

if failures:
    print("test-page (interactive): FAILED", *failures, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print("test-page (interactive): ok (arrow-key scrubbing, Tab, Ctrl+Enter, traceback click, share link)")
