"""postlint never touches the network: every default rule, every format and
``postlint jsonld`` run with sockets disabled, on pages that reference remote
resources and external entities."""

from __future__ import annotations

import socket

import pytest

from postlint.cli.main import main

MARKDOWN = """---
title: Data Engineer
---
# Data Engineer

![logo](https://example.com/logo.png) We want a rockstar engineer in Berlin. [Apply](https://example.com/apply).

## Responsibilities

- Build pipelines <img src="https://example.com/pixel.gif">
"""
TEXT = "Data Engineer\n\nAbout Us\n\nWe want a rockstar engineer. See https://example.com/jobs.\n\n• Build pipelines\n"
HTML = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "http://example.com/secret"> <!ENTITY % remote SYSTEM "http://example.com/x.dtd"> %remote;]>
<html><head>
<link rel="stylesheet" href="https://example.com/site.css"><script src="https://example.com/app.js"></script>
<base href="https://example.com/"><meta http-equiv="refresh" content="0; url=https://example.com/">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",
 "hiringOrganization": {"@type": "Organization", "sameAs": "https://example.com", "logo": "https://example.com/l.png"}}</script>
</head><body><iframe src="https://example.com/frame"></iframe>
<h1>Data Engineer &xxe;</h1><p>We want a rockstar engineer. <img src="//example.com/i.png" srcset="https://example.com/2x.png 2x"></p>
<object data="https://example.com/o.swf"></object><svg><use href="https://example.com/s.svg#i"/></svg>
</body></html>
"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize(("name", "text"), [("job.md", MARKDOWN), ("job.txt", TEXT), ("job.html", HTML)])
def test_default_rules_and_every_format_run_offline(tmp_path, capsys, no_sockets, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for fmt in ("full", "json", "sarif", "github", "gitlab", "junit", "html"):
        code = main(["check", str(path), "--format", fmt, "--exit-zero"])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), fmt
        assert out, fmt
    code = main(["jsonld", str(path)])
    out, err = capsys.readouterr()
    # Exit 1: the sample lacks required properties (datePosted...), reported one per line.
    assert code == 1 and '"@type": "JobPosting"' in out
    assert err.startswith("postlint: required property datePosted") and "Traceback" not in err


def test_html_entities_are_not_expanded_from_anywhere(no_sockets):
    from postlint.readers import parse

    posting = parse(HTML, "html")
    assert posting.title == "Data Engineer &xxe;"
    assert "secret" not in posting.prose
