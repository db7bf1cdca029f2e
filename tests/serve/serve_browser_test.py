#!/usr/bin/python3
"""End to end: `swvcheck serve` in headless Chromium, as a controller uses it.

Starts the server on a free port on 127.0.0.1, uploads a fixture through the plain HTML form
(no JavaScript), reads its findings on the SWV view, uploads a broken report and reads its line
and column, submits the form empty, and stops the server by its PID. Also checks that nothing
of the uploads is left in the private folder.

Usage: serve_browser_test.py SWVCHECK FIXTURES_DIR SCREENSHOT_DIR
"""
import glob
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


def fail(message):
    print("FOUT: " + message, file=sys.stderr)
    sys.exit(1)


def start_server(swvcheck):
    server = subprocess.Popen([swvcheck, "serve", "--port", "0", "--check-date", "2026-11-25"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    if "http://127.0.0.1:" not in line:
        server.kill()
        fail("serve meldde geen adres: %r %r" % (line, server.stderr.read()))
    address = line[line.index("http://"):].split()[0]
    return server, address


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1200,1600"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def upload(driver, address, report=None):
    driver.get(address)
    form = driver.find_element(By.TAG_NAME, "form")
    if form.get_attribute("method") != "post" or form.get_attribute("enctype") != "multipart/form-data":
        fail("het formulier is geen post met multipart/form-data")
    if report:
        driver.find_element(By.ID, "jaarverslag").send_keys(os.path.abspath(report))
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # The click returns before the answer is shown: wait until the form's page is replaced
    # (a busy machine takes seconds to check the upload).
    WebDriverWait(driver, 60).until(expected_conditions.staleness_of(form))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return driver.find_element(By.TAG_NAME, "body").text


def main():
    swvcheck, fixtures, screenshots = sys.argv[1:4]
    server, address = start_server(swvcheck)
    # Only this server's upload folders (named after its PID): other tests run at the same time.
    own = "swvcheck-serve-%d-*" % server.pid
    left_before = set(glob.glob("/dev/shm/" + own) + glob.glob(os.path.join(tempfile.gettempdir(), own)))
    driver = browser()
    try:
        driver.get(address)
        if driver.execute_script("return document.scripts.length") != 0:
            fail("de formulierpagina bevat JavaScript")

        page = upload(driver, address, os.path.join(fixtures, "jaarverslagen", "po3006-2022.xml"))
        for expected in ("Samenwerkingsverband PO3006 · verslagjaar 2022", "Document: po3006-2022.xml",
                         "Overtredingen: moeten worden hersteld (1)", "Signalen: toelichten in het jaarverslag",
                         "ligt € 0,01 boven de signaleringswaarde € 520.679,01", "Norm: RS-2"):
            if expected not in page:
                fail("na upload van po3006-2022.xml ontbreekt %r op de pagina:\n%s" % (expected, page[:2000]))
        if "swvcheck-serve-" in driver.page_source:
            fail("de pagina noemt de tijdelijke map")
        os.makedirs(screenshots, exist_ok=True)
        shot = os.path.join(screenshots, "serve-swv-view.png")
        driver.save_screenshot(shot)
        if os.path.getsize(shot) < 10000:
            fail("de schermafdruk is leeg")

        driver.find_element(By.LINK_TEXT, "Nog een jaarverslag controleren").click()
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.ID, "jaarverslag"))
        page = upload(driver, address, os.path.join(fixtures, "broken", "amount-comma.xml"))
        if "amount-comma.xml:8:24" not in page or "Niet geladen documenten" not in page:
            fail("een kapot jaarverslag toont regel en kolom niet:\n%s" % page[:2000])

        page = upload(driver, address)
        if "Kies eerst een jaarverslag" not in page:
            fail("een leeg formulier geeft geen uitleg:\n%s" % page[:2000])
    finally:
        driver.quit()
        server.terminate()  # stopped by its PID
        server.wait(timeout=10)
    left_after = set(glob.glob("/dev/shm/" + own) + glob.glob(os.path.join(tempfile.gettempdir(), own)))
    if left_after - left_before:
        fail("uploads bleven achter in " + ", ".join(sorted(left_after - left_before)))
    print("serve in Chromium: formulier, SWV-weergave, kapot bestand en leeg formulier zoals verwacht")


if __name__ == "__main__":
    main()
