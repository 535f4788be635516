"""The API docs page works with no internet: a real headless Chromium (Debian's
package) opens /schema, with every request outside this machine refused, and the page
lists Storyloom's operations, drawn by the Swagger UI that Storyloom serves itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import httpx
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs Debian's chromium for the browser tests (.ci/run)")
        pytest.skip("the browser tests need Debian's chromium: apt-get install chromium")
    return CHROMIUM


def rendered(chromium: str, url: str) -> str:
    """The page's DOM once its scripts have run, in a browser that can reach nothing but
    this machine (every other host resolves nowhere)."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
             "--virtual-time-budget=20000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_docs_page_draws_every_operation_offline(api_url, chromium):
    page = httpx.get(f"{api_url}/schema")
    assert page.status_code == 200
    assert "http://" not in page.text.replace(api_url, "") and "https://" not in page.text, \
        "the page loads nothing from another host"
    dom = rendered(chromium, f"{api_url}/schema")
    assert 'class="swagger-ui"' in dom and "Storyloom" in dom
    assert "/v1/stories" in dom and "/functions/v1/story-generation" in dom, "the operations are listed"


def test_the_docs_assets_are_served_without_a_token(api_url):
    script = httpx.get(f"{api_url}/docs-assets/swagger-ui-bundle.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert len(script.content) > 500_000
