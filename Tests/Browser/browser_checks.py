#!/usr/bin/env python3
"""Browser checks CI runs after `swift test` (headless Chromium, no network):

1. every HTML page `heard run` writes, audited with axe-core: no serious or critical violation;
2. the review round trip: approve a quote on the review page, move another to a different topic, press
   "Save decisions", drop the downloaded file into Surveys/reviews/, run again: the quote is published and
   the moved one sits under its new theme.

Usage: browser_checks.py HEARD_BINARY REPOSITORY
"""
import glob, json, os, shutil, subprocess, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from axe_selenium_python import Axe

heard, repository = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="heard-browser-")
shutil.copytree(os.path.join(repository, "Surveys", "examples"), os.path.join(work, "Surveys", "examples"))
shutil.copy(os.path.join(repository, "Surveys", "actions.csv"), os.path.join(work, "Surveys", "actions.csv"))
downloads = os.path.join(work, "downloads")
os.makedirs(downloads)

def run():
    result = subprocess.run([heard, "run"], cwd=work, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"heard run failed ({result.returncode}): {result.stderr}")

def browser():
    options = Options()
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))

run()
driver = browser()
failures = []
pages = sorted(glob.glob(os.path.join(work, "Output", "**", "*.html"), recursive=True))
assert pages, "no HTML pages were written"
for page in pages:
    driver.get("file://" + page)
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    name = os.path.relpath(page, work)
    print(f"axe: {name}: {len(results['violations'])} violations, {len(bad)} serious or critical")
    for violation in bad:
        failures.append(f"{name}: {violation['id']} ({violation['impact']}): {violation['help']}")

# Review round trip on the first review page that has a quote.
review_pages = sorted(glob.glob(os.path.join(work, "Output", "review", "*.html")))
approved_text = None
moved = None
for page in review_pages:
    driver.get("file://" + page)
    quotes = driver.find_elements(By.CSS_SELECTOR, "section.quote")
    if not quotes:
        continue
    first = quotes[0]
    approved_text = first.find_element(By.CSS_SELECTOR, "blockquote p").text
    first.find_element(By.CSS_SELECTOR, "input[value=approve]").click()
    if len(quotes) > 1:
        from selenium.webdriver.support.ui import Select
        topic = Select(quotes[1].find_element(By.CSS_SELECTOR, "select"))
        current = quotes[1].find_element(By.CSS_SELECTOR, "select").get_attribute("data-current")
        # The topic with most quotes on the page, so the moved one stays a candidate (small themes give none).
        counts = {}
        for other in quotes:
            value = other.find_element(By.CSS_SELECTOR, "select").get_attribute("data-current")
            counts[value] = counts.get(value, 0) + 1
        choice = max((o.get_attribute("value") for o in topic.options if o.get_attribute("value") not in (current, "")),
                     key=lambda value: counts.get(value, 0))
        topic.select_by_value(choice)
        moved = (quotes[1].get_attribute("data-id"), choice, quotes[1].find_element(By.CSS_SELECTOR, "blockquote p").text)
    driver.find_element(By.ID, "save").click()
    for _ in range(50):
        saved = glob.glob(os.path.join(downloads, "*.json"))
        if saved and not any(f.endswith(".crdownload") for f in os.listdir(downloads)):
            break
        time.sleep(0.1)
    else:
        failures.append("the review page's Save decisions button produced no file")
    status = driver.find_element(By.ID, "status").text
    print(f"review: {os.path.relpath(page, work)}: {status}")
    break
driver.quit()

if approved_text is None:
    failures.append("no review page had a quote to approve")
else:
    saved = glob.glob(os.path.join(downloads, "*.json"))
    if saved:
        decisions = json.load(open(saved[0]))
        assert decisions["decisions"] and decisions["decisions"][0]["decision"] == "approve", decisions
        if moved:
            entry = next(d for d in decisions["decisions"] if d["id"] == moved[0])
            if entry.get("themes") != [moved[1]] or entry.get("text") != moved[2]:
                failures.append(f"the moved quote was saved as {entry}")
        os.makedirs(os.path.join(work, "Surveys", "reviews"), exist_ok=True)
        shutil.copy(saved[0], os.path.join(work, "Surveys", "reviews", os.path.basename(saved[0])))
        run()
        import html as htmllib
        published = htmllib.unescape("".join(open(p, encoding="utf-8").read()
                                             for p in glob.glob(os.path.join(work, "Output", "*.html"))))
        if approved_text.strip() not in published:
            failures.append("the approved quote was not published after the next run")
        else:
            print("review: the approved quote is published after the next run")
        if moved:
            import re
            pages_after = "".join(open(p, encoding="utf-8").read()
                                  for p in glob.glob(os.path.join(work, "Output", "review", "*.html")))
            sections = re.findall(r'data-id="' + re.escape(moved[0]) + r'".*?data-current="([^"]*)"', pages_after, re.S)
            if not sections or any(current != moved[1] for current in sections):
                failures.append(f"the moved quote is not under {moved[1]} after the next run: {sections}")
            else:
                print(f"review: the moved quote is under {moved[1]} after the next run")

shutil.rmtree(work, ignore_errors=True)
if failures:
    print("\n".join(["browser checks failed:"] + failures))
    sys.exit(1)
print(f"browser checks: {len(pages)} pages passed axe (no serious or critical violations); review round trip works")
