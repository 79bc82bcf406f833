"""The HTML report: self-contained, escaped, highlighted, filterable; rendered in headless Chromium when present."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from test_formats import RULES, Fake, sample_report

from postlint.engine.report import FileResult, Report
from postlint.formats import render
from postlint.readers import parse

CHROMIUM = "/usr/bin/chromium"
HOSTILE = '# Lead <img src=x onerror=alert(1)>\n\nA rockstar "quoted" & <script>alert(2)</script>.\n'


def hostile_report() -> Report:
    posting = parse(HOSTILE, path='jobs/<b>"x".md')
    rule = Fake(code="INC042", name="bro-culture")
    i = HOSTILE.index("rockstar")
    j = HOSTILE.index("<script>")
    diags = [
        rule.diagnostic(posting, i, j + 8, "Flagged <b>bold</b> & 'quoted'"),
        Fake(code="PAY001", name="salary-present", severity="error").diagnostic(posting, j, j + 10, "overlaps"),
    ]
    return Report(results=[FileResult(posting.path, diags, posting=posting)])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_self_contained_no_external_assets():
    page = render("html", sample_report(), RULES)
    found = tags(page)
    assert not [t for t, a in found if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for t, a in found if t == "script" and "src" in a]
    assert "default-src 'none'" in page
    assert not re.search(r"url\(|@import", page)


def test_everything_from_the_posting_is_escaped():
    page = render("html", hostile_report(), RULES)
    assert [t for t, _ in tags(page)].count("script") == 1  # only the report's own
    assert "<img" not in page and "<b>bold" not in page and "<b>\"x" not in page
    assert "&lt;script&gt;" in page and "&lt;/script&gt;." in page
    assert "Flagged &lt;b&gt;bold&lt;/b&gt; &amp; &#x27;quoted&#x27;" in page
    assert "jobs/&lt;b&gt;&quot;x&quot;.md" in page


def test_findings_highlighted_and_overlaps_split():
    page = render("html", hostile_report(), RULES)
    marks = re.findall(r'<mark class="sev-(\w+)" data-keys="([^"]*)"[^>]*>(.*?)</mark>', page)
    assert [(sev, keys) for sev, keys, _ in marks] == [
        ("warning", "inclusivity:warning"),
        ("error", "inclusivity:warning pay:error"),
        ("error", "pay:error"),
    ]
    assert "".join(text for *_, text in marks) == 'rockstar &quot;quoted&quot; &amp; &lt;script&gt;al'


def test_filters_and_metrics():
    page = render("html", sample_report(), RULES)
    boxes = [(a["name"], a["value"]) for t, a in tags(page) if t == "input"]
    assert boxes == [
        ("family", "inclusivity"),
        ("family", "readability"),
        ("family", "structure"),
        ("severity", "error"),
        ("severity", "warning"),
        ("severity", "info"),
    ]
    rows = [(a["data-family"], a["data-severity"]) for t, a in tags(page) if t == "tr" and a.get("class") == "finding"]
    assert rows == [("structure", "error"), ("inclusivity", "warning"), ("readability", "info")]
    assert "words: <b>8</b>" in page and "title: <b>Lead, Data</b>" in page
    assert "jobs/broken.md: invalid UTF-8 at byte 3" in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or (CHROMIUM if os.path.exists(CHROMIUM) else None)


@pytest.mark.skipif(_chromium() is None, reason="chromium not installed")
def test_renders_in_headless_chromium_and_filters_work(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render("html", hostile_report(), RULES), encoding="utf-8")
    args = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
        page.as_uri() + "#severity=error",
    ]
    dom = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True).stdout
    assert 'data-ready="1"' in dom  # the inline script ran under the page's CSP
    rows = re.findall(r'<tr class="finding" data-family="(\w+)" data-severity="(\w+)"( hidden="")?', dom)
    assert rows == [("inclusivity", "warning", ' hidden=""'), ("pay", "error", "")]
    assert '<span id="visible">1</span>' in dom
    marks = re.findall(r'<mark class="([^"]+)"', dom)
    assert marks == ["sev-warning off", "sev-error", "sev-error"]
    assert "&lt;script&gt;" in dom and "<script>alert" not in dom

