"""Pages as a reader sees them: headless Chromium (Debian's ``chromium``) renders a URL or a file.

``render`` returns the DOM after the page's scripts ran (what a reader's browser shows, checked as text) and
saves a screenshot next to it, so a person can look at what the test saw.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
TIMEOUT = 90


def _chromium(folder: Path, *args: str) -> str:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--user-data-dir={folder / 'chromium-profile'}", "--window-size=1280,1600", *args],
        capture_output=True, text=True, timeout=TIMEOUT, check=True,
    ).stdout


def render(url: str, folder: Path, name: str) -> str:
    """The rendered DOM of ``url``; the screenshot is ``folder/<name>.png``."""
    screenshot = folder / f"{name}.png"
    _chromium(folder, f"--screenshot={screenshot}", url)
    assert screenshot.stat().st_size > 10_000, f"{screenshot}: Chromium drew (almost) nothing"
    return _chromium(folder, "--dump-dom", url)


def visible_text(dom: str) -> str:
    """The DOM's text without tags, scripts or styles, whitespace collapsed: what a reader can read."""
    tree = HTMLParser(dom)
    for node in tree.css("script, style"):
        node.decompose()
    return " ".join((tree.body.text(separator="") if tree.body else "").split())
