#!/usr/bin/python3
"""Checks the page's state panel, small-screen and dark layouts, warning
marks and a long trace in headless Chromium through Selenium. Called by
scripts/test-page.sh with the server's base URL; exits non-zero with the
failed checks listed. Prints the time a 100-step scrub of a 100,000-event
trace took (bounded only generously: a loaded machine is slow, not broken).
"""
import base64
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1].rstrip("/")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def link(source, **params):
    """A page link that loads `source` (base64url, like share.js) and runs it."""
    encoded = base64.urlsafe_b64encode(source.encode()).decode().rstrip("=")
    extra = "".join(f"&{k}={v}" for k, v in params.items())
    return f"{BASE}/#src=b.{encoded}&run=1{extra}"


options = webdriver.ChromeOptions()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1400,1000", f"--user-data-dir={tempfile.mkdtemp()}"):
    options.add_argument(arg)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(options=options)
driver.set_page_load_timeout(60)
driver.set_script_timeout(120)
wait = WebDriverWait(driver, 60)
by_id = lambda ident: driver.find_element(By.ID, ident)


def open_and_wait(url):
    driver.get("about:blank")
    driver.get(url)
    wait.until(lambda d: by_id("status").text.split(":")[0] in ("completed", "exception", "deadlock", "limit", "failed"))
    return by_id("status").text


def console_errors(where):
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            failures.append(f"{where}: console error: {entry.get('message')}")


def task_card(label):
    """The state panel's entry of the task whose heading contains `label`."""
    for card in driver.find_elements(By.CSS_SELECTOR, "#state .state-task"):
        if label in card.find_element(By.CSS_SELECTOR, ".state-task-head strong").text:
            return card
    return None


def locals_of(card):
    """name -> repr of the innermost frame's locals in a task card."""
    frames = card.find_elements(By.CSS_SELECTOR, ".state-frame")
    if not frames:
        return {}
    rows = frames[-1].find_elements(By.CSS_SELECTOR, "tr")
    return {r.find_element(By.TAG_NAME, "th").text: r.find_element(By.TAG_NAME, "td").text for r in rows}


def badge(card):
    return card.find_element(By.CSS_SELECTOR, ".state-badge").text if card else None


try:
    # ---- the state panel at a chosen step of the queues example -------------------------
    status = open_and_wait(f"{BASE}/#example=queues&detail=state&run=1")
    check(status.startswith("completed"), f"queues with detail=state: status {status!r}")
    # The step: the print of "p2 put item 0 (size 2)". By then (reading the program):
    # main awaits the gather; both consumers waited in queue.get() on the empty
    # queue and were woken by the two puts (ready, nothing bound to `item` yet);
    # p1 put its item and sleeps until t=1; p2 (running) has just printed; the
    # queue (maxsize 2) holds p1-0 and p2-0 with nobody waiting on it.
    index = driver.execute_script("""
        const trace = window.__interleave && window.__interleave.trace;
        return trace ? trace.events.findIndex(e => e.kind === 'print' && e.text.startsWith('p2 put item 0')) : -1;""")
    check(isinstance(index, int) and index >= 0, f"queues: no print of 'p2 put item 0' (index {index!r})")
    driver.execute_script("window.__interleave.goTo(arguments[0]);", index)
    main = task_card("Task-1")
    check(badge(main) == "waiting", f"queues: main should wait, is {badge(main)!r}")
    check(main is not None and "gather" in main.text, "queues: main's wait does not say gather")
    c0, c1 = task_card("Task-2"), task_card("Task-3")
    p1, p2 = task_card("Task-4"), task_card("Task-5")
    for name, card, want in (("c0", c0, "ready"), ("c1", c1, "ready"), ("p1", p1, "waiting"), ("p2", p2, "running")):
        check(card is not None and badge(card) == want, f"queues: {name} should be {want}, is {badge(card)!r}")
    if c0 and c1:
        check(locals_of(c0) == {"queue": "Queue#1", "name": "'c0'"}, f"queues: c0 locals {locals_of(c0)}")
        check(locals_of(c1) == {"queue": "Queue#1", "name": "'c1'"}, f"queues: c1 locals {locals_of(c1)}")
        check("consumer, line 15" in c0.text, f"queues: c0 should be at line 15: {c0.text!r}")
    if p1:
        check(locals_of(p1) == {"queue": "Queue#1", "name": "'p1'", "count": "3", "i": "0"}, f"queues: p1 locals {locals_of(p1)}")
        check("sleep until t=1" in p1.text and "producer, line 10" in p1.text, f"queues: p1 should sleep at line 10: {p1.text!r}")
    if p2:
        check(locals_of(p2) == {"queue": "Queue#1", "name": "'p2'", "count": "2", "i": "0"}, f"queues: p2 locals {locals_of(p2)}")
    objects = driver.find_elements(By.CSS_SELECTOR, "#state .state-object[data-object='Queue#1']")
    if check(len(objects) == 1, "queues: Queue#1 is not shown"):
        text = objects[0].text
        check("2 items of max 2: ['p1-0', 'p2-0']" in text, f"queues: Queue#1 reads {text!r}")
        check("getters waiting: none" in text and "putters waiting: none" in text, f"queues: Queue#1 waiters {text!r}")
    console_errors("queues")

    # ---- warnings marked in the editor and the lanes ------------------------------------
    program = ("import asyncio\n\nasync def helper():\n    return 1\n\nasync def main():\n"
               "    helper()\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n")
    open_and_wait(link(program, detail="lines"))
    marks = driver.find_elements(By.CSS_SELECTOR, ".warn-mark")
    check(any(m.get_attribute("data-line") == "7" for m in marks), f"warnings: no editor mark at line 7 ({[m.get_attribute('data-line') for m in marks]})")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#lane-scroll .marks .warn")) >= 1, "warnings: no warning mark in the lanes")
    console_errors("warnings")

    # ---- 360 px wide, light and dark: nothing scrolls sideways ----------------------------
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 780, "deviceScaleFactor": 1, "mobile": True})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        open_and_wait(f"{BASE}/#example=queues&detail=state&run=1&step=40")
        sizes = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        check(sizes[0] <= sizes[1], f"360 px {scheme}: the page scrolls sideways ({sizes[0]} > {sizes[1]})")
        wide = driver.execute_script("""
            return [...document.querySelectorAll('body *')].filter(e => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.right > document.documentElement.clientWidth + 1 && !e.closest('.lane-scroll');
            }).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);""")
        check(not wide, f"360 px {scheme}: elements stick out: {wide}")
        background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        dark = driver.execute_script("""const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
            return (r + g + b) / 3 < 80;""")
        check(dark == (scheme == "dark"), f"360 px {scheme}: body background {background}")
        driver.save_screenshot(f"{tempfile.gettempdir()}/interleave-360-{scheme}.png")
        console_errors(f"360 px {scheme}")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

    # ---- keyboard: every control has a name --------------------------------------------
    unnamed = driver.execute_script("""
        return [...document.querySelectorAll('button, select, input, textarea, [tabindex]')].filter(e => {
          if (e.closest('[hidden]')) return false;
          const named = e.getAttribute('aria-label') || e.labels && e.labels.length || (e.textContent || '').trim() || e.getAttribute('aria-labelledby');
          return !named;
        }).map(e => e.tagName + '#' + e.id);""")
    check(not unnamed, f"controls without a label: {unnamed}")

    # ---- favicon --------------------------------------------------------------------------
    favicon = driver.execute_script("return fetch('/favicon.ico').then(r => [r.status, r.headers.get('content-type')])")
    check(favicon == [200, "image/x-icon"], f"favicon: {favicon}")

    # ---- a 100,000-event trace: scrubbing stays responsive ------------------------------------
    storm = ("import asyncio\n\nasync def spin(n):\n    for _ in range(n):\n        await asyncio.sleep(0)\n\n"
             "async def main():\n    await asyncio.gather(spin(17000), spin(17000))\n\nasyncio.run(main())\n")
    open_and_wait(link(storm))
    count = driver.execute_script("return window.__interleave.trace.events.length")
    check(count >= 100000, f"long trace: only {count} events")
    timing = driver.execute_script("""
        const page = window.__interleave, n = page.trace.events.length;
        const t0 = performance.now();
        for (let k = 0; k < 100; k++) { page.goTo(Math.floor(n / 2) + k); document.body.offsetHeight; }
        const t1 = performance.now();
        for (let k = 0; k < 100; k++) { page.goTo(Math.floor((k * 7919) % n)); document.body.offsetHeight; }
        const t2 = performance.now();
        return [t1 - t0, t2 - t1];""")
    print(f"test-page-state: 100,000-event trace ({count} events): 100 steps {timing[0]:.0f} ms, 100 jumps across the trace {timing[1]:.0f} ms")
    check(timing[0] < 20000 and timing[1] < 60000, f"long trace: scrubbing took {timing} ms")
    console_errors("long trace")
finally:
    driver.quit()

if failures:
    print("test-page-state: FAILED", *failures, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print("test-page-state: ok (state panel at a step of the queues example, warnings, 360 px light and dark, labels, favicon, 100,000 events)")
