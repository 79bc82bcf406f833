"""JSON positions, the JSON-LD reader, the emitter and `postlint jsonld`, and the corpus HTML pages."""

from __future__ import annotations

import json

import pytest

import postlint
from postlint.cli.main import main
from postlint.engine.config import parse_config
from postlint.engine.linter import Linter
from postlint.model.jsonld import JSONError, parse_located
from postlint.readers import parse
from postlint.structured_data.emit import build, place

FIXTURE = """---
hiring-organization: Acme Analytics
location: Denver, CO, US
employment-type: Full-time
date-posted: 2025-01-06
valid-through: 2999-01-31
---

# Chief Technology Officer (CTO)

Lead our engineering teams in Denver.

💰 $160,000 - $350,000

## Responsibilities

- Own the technology roadmap.
- Build & scale the platform.
"""


def test_parse_located_points_at_keys_and_values():
    text = '{\n  "a": [1, {"b": "x\\"y"}],\n  "c": null\n}'
    doc = parse_located(text)
    assert doc.value == {"a": [1, {"b": 'x"y'}], "c": None}
    assert text[doc.key_at(doc.value, "c") :].startswith('"c"')
    inner = doc.value["a"][1]
    start, end = doc.value_span(inner, "b")
    assert text[start:end] == '"x\\"y"'
    assert text[doc.key_at(doc.value["a"], 1)] == "{"


@pytest.mark.parametrize(
    ("text", "pos"), [('{"a": 1,}', 8), ('{"a" 1}', 5), ("[1, 2", 5), ('{"a": tru}', 6), ("{} x", 3)]
)
def test_parse_located_errors_carry_offsets(text, pos):
    with pytest.raises(JSONError) as info:
        parse_located(text)
    assert info.value.pos == pos


def test_jsonld_reader_maps_description_to_source():
    text = '{"@type": "JobPosting", "title": "Data Engineer",\n "description": "<p>Build &amp; run pipelines.</p><ul><li>Python \\u2013 SQL</li></ul>"}'
    posting = parse(text, "jsonld")
    assert posting.title == "Data Engineer"
    blocks = list(posting.body_blocks())
    assert [b.text for b in blocks] == ["Build & run pipelines.", "Python – SQL"]
    assert posting.locate(blocks[0].start) == (2, 21)
    dash = blocks[1].text.index("–")
    assert text[blocks[1].at(dash) : blocks[1].at(dash) + 6] == "\\u2013"


def test_broken_json_file_is_a_finding_not_a_crash():
    found = Linter(parse_config({"select": ["SD"]})).lint_text('{"@type": "JobPosting",\n "title": }', format="jsonld")
    assert [(d.code, d.line, d.column) for d in found] == [("SD000", 2, 11)]


def test_emitted_posting_has_the_salary_and_passes_sd_rules():
    emitted = build(parse(FIXTURE, "markdown"))
    doc = emitted.document
    assert emitted.missing == []
    assert doc["title"] == "Chief Technology Officer"
    assert doc["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {"@type": "QuantitativeValue", "minValue": 160000, "maxValue": 350000, "unitText": "YEAR"},
    }
    assert doc["employmentType"] == "FULL_TIME" and doc["datePosted"] == "2025-01-06"
    assert doc["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Denver",
        "addressRegion": "CO",
        "addressCountry": "US",
    }
    assert "<li>Build &amp; scale the platform.</li>\n</ul>" in doc["description"]
    found = Linter(parse_config({"select": ["SD"]})).lint_text(json.dumps(doc, indent=2), format="jsonld")
    assert [(d.code, d.severity) for d in found] == [("SD010", "info")]  # identifier and directApply are the author's


def test_missing_inputs_are_named():
    emitted = build(parse("# Data Engineer\n\nBuild pipelines.\n", "markdown"))
    assert [m.split(":")[0] for m in emitted.missing] == ["datePosted", "hiringOrganization", "jobLocation"]
    assert any(n.startswith("baseSalary") for n in emitted.notes)


def test_config_fills_what_front_matter_lacks():
    config = parse_config({"hiring-organization": "Acme", "location": "Remote, US", "date-posted": "2025-02-01"})
    doc = build(parse("# Data Engineer\n\nA fully remote role.\n", "markdown"), config).document
    assert doc["hiringOrganization"]["name"] == "Acme"
    assert doc["jobLocationType"] == "TELECOMMUTE" and doc["applicantLocationRequirements"] == {
        "@type": "Country",
        "name": "US",
    }


@pytest.mark.parametrize(
    ("location", "address", "missing"),
    [
        ("Berlin, Germany", {"addressLocality": "Berlin", "addressCountry": "DE"}, 0),
        ("Austin, TX", {"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}, 0),
        ("Springfield", {"addressLocality": "Springfield"}, 1),
        # How the work is done is no part of the place; the UK's nations are in GB.
        ("London, England, United Kingdom (Hybrid)", {"addressLocality": "London", "addressRegion": "England", "addressCountry": "GB"}, 0),
        ("Edinburgh, Scotland", {"addressLocality": "Edinburgh", "addressCountry": "GB"}, 0),
        ("Denver, CO (On-site)", {"addressLocality": "Denver", "addressRegion": "CO", "addressCountry": "US"}, 0),
        # A code after a region is a country, even one a US state shares (CA: Canada, not California).
        ("Mississauga, ON, CA", {"addressLocality": "Mississauga", "addressRegion": "ON", "addressCountry": "CA"}, 0),
        ("Hamilton, ON (On-site)", {"addressLocality": "Hamilton", "addressRegion": "ON", "addressCountry": "CA"}, 0),
        # Blind set S109: a postcode after the region's code, in its country's shape; four digits make WA Australia's.
        ("Geelong West, VIC 3218", {"addressLocality": "Geelong West", "addressRegion": "VIC", "postalCode": "3218", "addressCountry": "AU"}, 0),
        ("Bunbury, WA 6230", {"addressLocality": "Bunbury", "addressRegion": "WA", "postalCode": "6230", "addressCountry": "AU"}, 0),
        ("Seattle, WA 98101", {"addressLocality": "Seattle", "addressRegion": "WA", "postalCode": "98101", "addressCountry": "US"}, 0),
        ("Toronto, ON M5V 2T6", {"addressLocality": "Toronto", "addressRegion": "ON", "postalCode": "M5V 2T6", "addressCountry": "CA"}, 0),
        ("Berlin 10115", {"addressLocality": "Berlin 10115"}, 1),
    ],
)
def test_place(location, address, missing):
    props, gaps = place(location)
    got = props["jobLocation"].address.model_dump(by_alias=True, exclude_none=True)
    assert {k: v for k, v in got.items() if k != "@type"} == address
    assert len(gaps) == missing


def test_jsonld_command(tmp_path, capsys):
    path = tmp_path / "cto.md"
    path.write_text(FIXTURE, encoding="utf-8")
    assert main(["jsonld", str(path)]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["baseSalary"]["value"]["maxValue"] == 350000
    bare = tmp_path / "bare.md"
    bare.write_text("# Data Engineer\n\nBuild pipelines.\n", encoding="utf-8")
    assert main(["jsonld", str(bare), "--format", "script"]) == 1
    out = capsys.readouterr()
    assert out.out.startswith('<script type="application/ld+json">')
    assert "required property datePosted" in out.err


def test_cto_example_salary(cto_md):
    doc = build(parse(cto_md, "markdown")).document
    value = doc["baseSalary"]["value"]
    assert (doc["baseSalary"]["currency"], value["minValue"], value["maxValue"]) == ("USD", 160000, 350000)


def test_corpus_html_pages_lint_without_a_crash(corpus_dir):
    pages = sorted((corpus_dir / "html").glob("*.html"))[::9]  # a spread of pages; parsing all is slow
    assert pages
    linter = Linter(parse_config({"select": ["SEO", "SD"]}))
    for page in pages:
        result = linter.lint_file(page)
        assert result.error is None, result.error
        assert {d.code for d in result.diagnostics} <= {f"SEO{n:03}" for n in range(11)} | {
            f"SD{n:03}" for n in range(13)
        }


def test_emitter_refuses_invalid_or_reversed_dates():
    from postlint.readers import parse as parse_posting
    from postlint.structured_data.emit import build

    base = "---\ncompany: Acme\nlocation: Denver, CO, US\n{dates}---\n\n# Data Engineer\n\nSalary: $90,000 - $110,000 a year.\n"
    bad = build(parse_posting(base.format(dates="date-posted: yesterday\n")))
    assert "datePosted" not in bad.document and bad.missing == ["datePosted: 'yesterday' is not an ISO 8601 date; write YYYY-MM-DD"]
    reversed_ = build(parse_posting(base.format(dates="date-posted: 2026-11-01\nvalid-through: 2026-01-01\n")))
    assert reversed_.missing == ["validThrough: 2026-01-01 is before datePosted 2026-11-01"]
    good = build(parse_posting(base.format(dates="date-posted: 2026-11-01\nvalid-through: 2026-12-31\n")))
    assert good.missing == [] and good.document["validThrough"] == "2026-12-31"


def test_jsonld_command_checks_stdin_like_a_file(capsys, monkeypatch):
    import io
    import sys

    from postlint.cli.main import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("caf\u00e9 ".encode() + b"\xff\xfe bad\n")))
    assert main(["jsonld", "-"]) == 2
    assert capsys.readouterr().err == "postlint: error: -: invalid UTF-8 at byte 6; save the file as UTF-8\n"


def test_a_jsonld_postings_facts_are_its_metadata():
    job = {
        "@context": "https://schema.org", "@type": "JobPosting", "title": "Product Designer",
        "datePosted": "2025-05-01", "validThrough": "2099-12-31",
        "description": "<p>Design our booking app with a small team.</p>",
        "hiringOrganization": {"@type": "Organization", "name": "Lumen Health"},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Austin", "addressCountry": "US"}},
        "employmentType": "FULL_TIME",
        "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                       "value": {"@type": "QuantitativeValue", "minValue": 110000, "maxValue": 140000, "unitText": "YEAR"}},
    }
    text = json.dumps(job, indent=2)
    posting = postlint.parse(text, "jsonld")
    assert (posting.salary.min, posting.salary.max, posting.salary.currency, posting.salary.period) == (110000, 140000, "USD", "YEAR")
    assert posting.meta["employmentType"] == "FULL_TIME"
    codes = {d.code for d in postlint.lint(text, path="job.jsonld")}
    assert not codes & {"PAY001", "STR010", "STR011", "STR004"}


def test_a_piece_rate_is_no_base_salary():
    emitted = build(parse("# Truck Driver\n\nPay: $0.55 - $0.68 per mile\n", "markdown"), None)
    assert "baseSalary" not in emitted.document
    assert "baseSalary: '$0.55 - $0.68 per mile' is paid per mile; add what it comes to per hour, week or year" in emitted.notes


@pytest.mark.parametrize(("location", "currency"), [("Mississauga, ON, CA", "CAD"), ("Sydney, Australia", "AUD"), ("Austin, TX", "USD")])
def test_a_bare_dollar_is_the_dollar_where_the_job_is(location, currency):
    posting = parse(f"---\nlocation: {location}\n---\n# Logistics Coordinator\n\nPay: $50,000 to $65,000 per year.\n", "markdown")
    emitted = build(posting)
    assert emitted.document["baseSalary"]["currency"] == currency
    assert f"baseSalary: the currency ({currency}, YEAR) of '$50,000 to $65,000 per year' was inferred; check it" in emitted.notes


def test_a_stated_currency_is_kept_wherever_the_job_is():
    posting = parse("---\nlocation: Mississauga, ON, CA\n---\n# Analyst\n\nPay: USD 50,000 to 65,000 per year.\n", "markdown")
    assert build(posting).document["baseSalary"]["currency"] == "USD"


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        # Blind set S27: an open top on the page printed Python's None.
        ("Pay starts at $17.50 per hour.", "(from 17.5)"),
        ("Pay is $17.50 - $19.00 per hour.", "(17.5–19)"),
        ("Pay is $4,200 per month.", "(4200)"),
    ],
)
def test_salary_mismatch_says_the_page_range_in_words(shown, said):
    page = (
        "<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\","
        " \"title\": \"Forklift Operator\", \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"USD\","
        " \"value\": {\"@type\": \"QuantitativeValue\", \"value\": 18.50, \"unitText\": \"HOUR\"}}}</script></head>"
        f"<body><h1>Forklift Operator</h1><p>{shown}</p></body></html>"
    )
    found = [d.message for d in postlint.lint(page, path="job.html") if d.code == "SD009" and "baseSalary" in d.message]
    assert found == [f"`baseSalary` (18.5) differs from the pay on the page {said}."]
