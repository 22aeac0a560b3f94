"""The documentation site builds without a warning, documents every public module, and reads as a person sees it.

The build (scripts/build_docs.py) runs Sphinx with -W -n: a broken cross-reference, a missing page,
an operation the spec lacks or a public method or property without a docstring fails it.
The browser check drives Debian's chromium through playwright (no downloaded browser).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "_ext"))

import public_api  # noqa: E402

from .site import ARTIFACTS, built_site  # noqa: E402


def test_every_public_module_has_a_reference_page_with_its_members() -> None:
    site = built_site()
    for module in public_api.public_modules():
        page = site / "reference" / "api" / f"{module}.html"
        assert page.exists(), f"no reference page for {module}"
    project_page = (site / "reference" / "api" / "dssclient.dss.project.html").read_text(encoding="utf-8")
    # Signatures, and the operation linked to the spec page.
    assert 'id="dssclient.dss.project.DSSProject.get_settings"' in project_page
    assert 'href="../../openapi/index.html#/projects/getprojectsettings"' in project_page
    async_page = (site / "reference" / "api" / "dssclient.aio.dss.project.html").read_text(encoding="utf-8")
    assert 'id="dssclient.aio.dss.project.AsyncDSSProject.get_settings"' in async_page


def test_the_spec_is_rendered_and_downloadable() -> None:
    site = built_site()
    page = (site / "openapi" / "index.html").read_text(encoding="utf-8")
    assert "getProjectSettings" in page
    # The scripts are inlined and the CDN logo replaced (the browser check sees no request leave).
    assert "bundles/redoc.standalone.js" not in page and "cdn.redoc.ly/redoc/logo" not in page
    assert (site / "openapi" / "dss-public-api.yaml").read_bytes() == (
        Path(public_api.__file__).parents[2] / "spec" / "dss-public-api.yaml"
    ).read_bytes()
    spec = json.loads((site / "openapi" / "dss-public-api.json").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")


def test_the_emulator_configuration_and_cli_are_documented() -> None:
    from dataclasses import fields

    from dssclient.emulator.config import EmulatorConfig

    page = (built_site() / "reference" / "emulator.html").read_text(encoding="utf-8")
    for field in fields(EmulatorConfig):
        assert f'<code class="docutils literal notranslate"><span class="pre">{field.name}</span></code>' in page
    assert "--api-key" in page and "usage: python -m dssclient.emulator" in page
    # Each field's row says what it sets (its comment in config.py, or its group's).
    rows = re.findall(r"<tr class=\"row-(?:odd|even)\">(.*?)</tr>", page, flags=re.S)
    described = {
        re.sub(r"<[^>]+>", "", cells[0]).strip(): re.sub(r"<[^>]+>", "", cells[3]).strip()
        for cells in (re.findall(r"<td>(.*?)</td>", row, flags=re.S) for row in rows)
        if len(cells) == 4
    }
    assert set(described) == {field.name for field in fields(EmulatorConfig)}
    assert [name for name, text in described.items() if not text] == []


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("Debian's chromium is not installed (python3 scripts/dev.py test installs it)")
    return path


def test_the_site_in_a_headless_browser() -> None:
    """Home, a reference page and the spec page load without a console error; search finds a method."""
    sync_api = pytest.importorskip("playwright.sync_api")
    site = built_site()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            problems: list[str] = []
            page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: problems.append(str(error)))
            outside: list[str] = []
            page.on(
                "request",
                lambda request: (
                    None
                    if request.url.startswith(("file:", "data:", "blob:", "about:"))
                    else outside.append(request.url)
                ),
            )

            page.goto((site / "index.html").as_uri())
            assert "dssclient" in page.title()
            page.screenshot(path=str(ARTIFACTS / "docs-home.png"))

            page.goto((site / "reference" / "api" / "dssclient.dss.project.html").as_uri())
            page.wait_for_selector("#dssclient\\.dss\\.project\\.DSSProject\\.get_settings")
            link = page.locator("a.dss-operation", has_text="getProjectSettings").first
            href = link.get_attribute("href")
            assert href is not None and href.endswith("#/projects/getprojectsettings")
            page.screenshot(path=str(ARTIFACTS / "docs-reference.png"))

            # Following the operation's link lands on the operation in the spec's page.
            link.click()
            page.wait_for_selector("[id='projects/getprojectsettings']", timeout=30_000)
            page.wait_for_timeout(500)
            assert page.locator("[id='projects/getprojectsettings']").is_visible()
            page.screenshot(path=str(ARTIFACTS / "docs-spec.png"))

            # The search, as a reader uses it: type in the box, press Enter, read the results.
            page.goto((site / "index.html").as_uri())
            page.fill("input[name='q']", "get_settings")
            page.press("input[name='q']", "Enter")
            page.wait_for_selector("#search-results ul.search li", timeout=30_000)
            results = page.locator("#search-results ul.search li a").all_inner_texts()
            assert any("get_settings" in text for text in results), results[:10]
            page.screenshot(path=str(ARTIFACTS / "docs-search.png"))

            assert problems == [], problems
            assert outside == [], f"the site loaded from the network: {outside}"
        finally:
            browser.close()


def test_operation_links_name_only_operations_of_the_spec() -> None:
    """Every link to the spec page names an operation the spec has (the build warns otherwise; checked here too)."""
    site = built_site()
    spec = json.loads((site / "openapi" / "dss-public-api.json").read_text(encoding="utf-8"))
    known = {
        operation["operationId"].lower()
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    linked: set[str] = set()
    for page in (site / "reference" / "api").glob("*.html"):
        linked.update(re.findall(r'openapi/index\.html#/[a-z0-9-]+/([a-z0-9]+)"', page.read_text(encoding="utf-8")))
    assert len(linked) > 300, len(linked)
    assert linked <= known, sorted(linked - known)
