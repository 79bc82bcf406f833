"""The HTML reader: blocks with decoded text mapped back to exact source offsets, site chrome skipped."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import postlint
from postlint.model.posting import Block, Posting
from postlint.readers import parse

# Written for these tests: a page with chrome around a posting.
PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<title>Staff Engineer | Acme Careers</title>
<meta name="description" content="Join Acme &amp; build things.">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Engineer"}
</script>
<style>p { color: red; }</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><nav><a href="/">Home</a> <a href="/jobs">All jobs</a></nav></header>
<main id="main">
<h1>Staff Engineer</h1>
<p>You&rsquo;ll lead   the
platform team &amp; ship <strong>fast</strong>.</p>
<h2>Responsibilities</h2>
<ul>
  <li>Design systems</li>
  <li>Review code
    <ul><li>Mentor juniors</li></ul>
  </li>
  <li>Run incidents</li>
</ul>
<h2>Requirements</h2>
<h3>Hard Skills</h3>
<ol><li>Go</li><li>Kubernetes</li></ol>
<p><strong>Preferred:</strong></p>
<dl><dt>Location</dt><dd>Remote &#8211; US</dd></dl>
<table><tr><th>Level</th><th>Pay</th></tr><tr><td>L6</td><td>$200k</td></tr></table>
<div hidden>Secret text</div>
<p aria-hidden="true">Decorative</p>
<div role="navigation">Breadcrumbs</div>
<script>var x = "<p>not text</p>";</script>
Loose closing words.
</main>
<footer><p>&copy; Acme 2024</p></footer>
</body>
</html>
"""


def read(text: str) -> Posting:
    return parse(text, "html")


def at(posting: Posting, offset: int) -> str:
    line, col = posting.locate(offset)
    return f"{line}:{col}"


def check_offsets(posting: Posting) -> None:
    """Every block character sits at its source offset: verbatim, or the start of a reference."""
    assert len(posting.prose) == len(posting.source)
    assert posting.prose.count("\n") == posting.source.count("\n")
    for block in posting.blocks():
        if block.offsets is not None:
            assert len(block.offsets) == len(block.text)
            assert block.offsets == sorted(block.offsets)
        assert block.at(0) == block.start and block.start < block.end <= len(posting.source)
        for i, ch in enumerate(block.text):
            offset = block.at(i)
            if ch in " \n":  # a folded space, or a <br>'s line break (at its "<")
                assert posting.source[offset].isspace() or posting.source[offset] == "<"
            else:
                assert posting.source[offset] in (ch, "&"), (block.text, i)
                assert posting.prose[offset] == ch


@pytest.fixture(scope="module")
def posting() -> Posting:
    return read(PAGE)


def test_title_and_head_meta(posting: Posting) -> None:
    assert posting.format == "html"
    assert posting.title == "Staff Engineer"
    assert posting.title_block is not None and at(posting, posting.title_block.start) == "15:5"
    assert posting.meta["html_title"] == "Staff Engineer | Acme Careers"
    assert posting.meta["description"] == "Join Acme & build things."
    assert "title" not in posting.meta  # the page has an h1


def test_jsonld_is_captured_raw(posting: Posting) -> None:
    [entry] = posting.meta["jsonld"]
    assert entry["text"] == '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Engineer"}'
    assert posting.source[entry["start"] : entry["start"] + len(entry["text"])] == entry["text"]
    assert at(posting, entry["start"]) == "7:1"
    assert json.loads(entry["text"])["@type"] == "JobPosting"


def test_entities_and_folded_whitespace(posting: Posting) -> None:
    [intro] = posting.preamble
    assert intro.kind == "paragraph"
    assert intro.text == "You’ll lead the platform team & ship fast."
    assert (at(posting, intro.start), at(posting, intro.end)) == ("16:4", "17:48")
    assert intro.offsets is not None
    quote = intro.at(intro.text.index("’"))
    assert posting.source.startswith("&rsquo;", quote) and posting.prose[quote] == "’"
    amp = intro.at(intro.text.index("&"))
    assert posting.source.startswith("&amp;", amp) and posting.prose[amp : amp + 5] == "&    "
    # "lead   the\nplatform": one space in the text, the source's own whitespace in the prose.
    lead = intro.text.index("lead")
    assert intro.at(lead + 4) == posting.source.index("   the")
    assert intro.at(intro.text.index("platform")) == posting.source.index("platform")
    assert posting.prose[intro.start : intro.start + 8] == "You’    "
    assert intro.end_at(len(intro.text)) == intro.end and posting.source[intro.end - 1] == "."


def test_sections_lists_and_levels(posting: Posting) -> None:
    outline = [(s.level, s.kind, s.title, s.parent_kind) for s in posting.walk()]
    assert outline == [
        (2, "responsibilities", "Responsibilities", None),
        (2, "skills", "Requirements", None),
        (3, "hard-skills", "Hard Skills", "skills"),
        (7, "preferred-qualifications", "Preferred:", "hard-skills"),
    ]
    duties = posting.find("responsibilities")
    assert [(b.level, b.text) for b in duties.items] == [
        (1, "Design systems"),
        (1, "Review code"),
        (2, "Mentor juniors"),
        (1, "Run incidents"),
    ]
    assert [at(posting, b.start) for b in duties.items] == ["20:7", "21:7", "22:13", "24:7"]
    assert all(b.offsets is None and posting.prose[b.start : b.end] == b.text for b in duties.items)
    hard = posting.find("hard-skills")
    assert [(b.text, at(posting, b.start)) for b in hard.items] == [("Go", "28:9"), ("Kubernetes", "28:20")]


def test_labels_definitions_and_tables(posting: Posting) -> None:
    preferred = posting.find("preferred-qualifications")
    assert preferred.heading.kind == "label" and preferred.heading.text == "Preferred:"
    assert [(b.kind, b.text, at(posting, b.start)) for b in preferred.blocks] == [
        ("paragraph", "Location", "30:9"),
        ("paragraph", "Remote – US", "30:26"),
        ("table_row", "Level Pay", "31:16"),
        ("table_row", "L6 $200k", "31:51"),
        ("paragraph", "Loose closing words.", "36:1"),  # loose text in <main>
    ]
    dash = preferred.blocks[1]
    assert posting.source.startswith("&#8211;", dash.at(dash.text.index("–")))


def test_chrome_hidden_and_scripts_are_skipped(posting: Posting) -> None:
    text = "\n".join(b.text for b in posting.blocks())
    for gone in (
        "Skip to main",
        "Home",
        "All jobs",
        "Secret",
        "Decorative",
        "Breadcrumbs",
        "not text",
        "Acme 2024",
        "color",
    ):
        assert gone not in text
        assert gone not in posting.prose
    check_offsets(posting)


def test_title_from_title_tag_without_h1() -> None:
    posting = read(
        "<html><head><title>Product Designer | Acme | Jobs</title></head><body><h2>About the role</h2><p>Design.</p>"
    )
    assert posting.title == "Product Designer | Acme"
    assert posting.meta["html_title"] == "Product Designer | Acme | Jobs"
    assert posting.title_block is None
    assert posting.sections[0].kind == "role-definition"


def test_svg_title_is_not_the_page_title() -> None:
    posting = read("<body><svg><title>Lock icon</title></svg><title>Real &amp; Title</title><p>x</p></body>")
    assert posting.meta["html_title"] == "Real & Title"


def test_unclosed_tags() -> None:
    page = (
        "<html><head><title>T</title><body><main><h2>Duties<p>Intro &amp more"
        "<ul><li>One<li>Two<ul><li>Deep</ul><li>Three"
    )
    posting = read(page)
    duties = posting.find("responsibilities")
    assert duties is not None and duties.title == "Duties"  # a block start ends the unclosed <h2>
    blocks = [(b.kind, b.level, b.text) for b in posting.blocks()]
    assert blocks[-4:] == [
        ("list_item", 1, "One"),
        ("list_item", 1, "Two"),
        ("list_item", 2, "Deep"),
        ("list_item", 1, "Three"),
    ]
    assert blocks[:2] == [("heading", 2, "Duties"), ("paragraph", 0, "Intro & more")]
    check_offsets(posting)


def test_icons_and_buttons_do_not_split_blocks() -> None:
    posting = read(
        "<h2><svg><title>gift</title><path d='M0'/></svg> Benefits</h2>"
        "<p>Click <button>Apply</button> today <script>track()</script>please.</p>"
    )
    assert [(b.kind, b.text) for b in posting.blocks()] == [
        ("heading", "Benefits"),
        ("paragraph", "Click today please."),
    ]
    assert posting.sections[0].kind == "benefits"
    assert "html_title" not in posting.meta


def test_code_is_not_prose() -> None:
    # Like Markdown code spans and fences: <pre>, <code>, <kbd> and <samp> text is in no block
    # and blank in the prose mask; inline code still parts the words around it.
    page = (
        "<h2>Tools</h2>\n<pre>chairman\n  manpower</pre>\n"
        "<p>Run <code>make &amp;&amp; go</code> then press <kbd>Ctrl</kbd>; see <samp>ok</samp>.</p>\n"
        "<p>chair<code>x</code>man</p>\n<p><code>only code</code></p>\n"
    )
    posting = read(page)
    assert [(b.kind, b.text) for b in posting.blocks()] == [
        ("heading", "Tools"),
        ("paragraph", "Run then press ; see ."),
        ("paragraph", "chair man"),
    ]
    for gone in ("chairman", "manpower", "make", "go", "Ctrl", "ok", "x", "only code"):
        assert f" {gone} " not in f" {posting.prose} "
    run, split = list(posting.blocks())[1:]
    assert (at(posting, run.start), run.at(4), run.at(15)) == ("4:4", page.index("then"), page.index("; see"))
    assert (split.at(5), split.at(6)) == (page.index("<code>x"), page.index("man</p>"))
    check_offsets(posting)


def test_mismatched_heading_end_tag() -> None:
    posting = read("<h1>Partnerships Director</h2><p>We partner.</p>")
    assert posting.title == "Partnerships Director"
    assert [b.text for b in posting.preamble] == ["We partner."]


def test_unclosed_head_and_paragraphs() -> None:
    posting = read("<head><title>Job</title><p>First<p>Second<div>Third</div>")
    assert [(b.kind, b.text) for b in posting.blocks()] == [
        ("paragraph", "First"),
        ("paragraph", "Second"),
        ("paragraph", "Third"),
    ]
    assert posting.meta["title"] == "Job"


def test_crlf_positions() -> None:
    page = "<main>\r\n<h1>Engineer</h1>\r\n<p>Line one\r\nline two</p>\r\n<ul>\r\n<li>Item</li>\r\n</ul>\r\n</main>\r\n"
    posting = read(page)
    assert posting.title == "Engineer"
    assert [(b.text, at(posting, b.start), at(posting, b.end)) for b in posting.blocks()] == [
        ("Engineer", "2:5", "2:13"),
        ("Line one line two", "3:4", "4:9"),
        ("Item", "6:5", "6:9"),
    ]
    assert posting.prose.count("\r\n") == page.count("\r\n")
    check_offsets(posting)


def test_many_jsonld_blocks_and_unclosed_one() -> None:
    page = (
        '<script type="application/ld+json">{"a": 1}</script>\n'
        "<script type='APPLICATION/LD+JSON; charset=utf-8'>\n  [1, 2]\n</script>\n"
        '<script type="application/ld+json">{"broken": '
    )
    posting = read(page)
    entries = posting.meta["jsonld"]
    assert [e["text"] for e in entries] == ['{"a": 1}', "[1, 2]", '{"broken":']
    assert [at(posting, e["start"]) for e in entries] == ["1:36", "3:3", "5:36"]
    assert posting.sections == [] and posting.preamble == []


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<",
        "&",
        "&#",
        "&#xZZ; &#; text",
        "<!--",
        "<!-- open comment <p>hidden</p>",
        "<div class='x",
        "</p></p></div>",
        "<![CDATA[x",
        "<?php echo 1",
        "<script>",
        "a < b && c > d",
        "<p>fish &chips; &notit; &#128512; &#0;</p>",
        "<table><td>cell<tr><th>head",
        "<li>orphan item</li><dd>orphan</dd>",
        "<p>x</p" + "<b" * 50,
    ],
)
def test_broken_html_never_raises(page: str) -> None:
    posting = read(page)
    check_offsets(posting)


def test_unknown_and_partial_references() -> None:
    posting = read("<p>fish &chips; &notit; &#128512;</p>")
    [para] = posting.preamble
    assert para.text == "fish &chips; ¬it; 😀"
    check_offsets(posting)


def test_pathological_input_stays_linear() -> None:
    # Python's HTMLParser rescans to the end for each unterminated tag: quadratic without care.
    script = "<html><head><script>" + "var s = '<div>' + a<b;\n" * 100_000 + "</script></head><body><p>Hi</p>"
    tags = '<div class="x' + "a<b " * 50_000
    comments = "<p>x</p>" + "<!-- a >" * 50_000
    # Speed is measured in benchmarks/, not asserted here; these inputs would take
    # minutes if the reader were quadratic, so a regression shows as a slow suite.
    assert [b.text for b in read(script).blocks()] == ["Hi"]
    for page in (tags, comments):
        check_offsets(read(page))


def _corpus() -> Path | None:
    env = os.environ.get("POSTLINT_CORPUS")
    root = Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    return root / "html" if (root / "html").is_dir() else None


def _corpus_pages() -> list[Path]:
    folder = _corpus()
    return sorted(folder.glob("*.html")) if folder else []


@pytest.mark.skipif(not _corpus_pages(), reason="corpus not found (set POSTLINT_CORPUS)")
def test_corpus_pages_read_cleanly() -> None:
    for page in _corpus_pages():
        posting = read(page.read_text(encoding="utf-8"))
        check_offsets(posting)
        assert posting.title, page.name
        kinds = {s.kind for s in posting.walk()}
        assert kinds & {"responsibilities", "skills", "role-definition"}, page.name
        text = "\n".join(b.text for b in posting.blocks())
        for chrome in (
            "Skip to main content",
            "An official website of the United States government",
            "Back to all jobs",
        ):
            assert chrome not in text, (page.name, chrome)


def test_corpus_devops_posting() -> None:
    folder = _corpus()
    page = folder / "tts-archive-devops-engineer.html" if folder else None
    if page is None or not page.is_file():
        pytest.skip("corpus not found (set POSTLINT_CORPUS)")
    posting = read(page.read_text(encoding="utf-8"))
    assert posting.title == "Login.gov - DevOps/Site Reliability Engineer (IT Specialist)"
    top = [(s.kind, s.title) for s in posting.sections if s.level == 2]
    assert top[:3] == [
        ("role-definition", "Role Summary:"),
        ("responsibilities", "Key Objectives"),
        ("other", "Basic Information"),
    ]
    objectives = posting.find("responsibilities")
    assert [len(c.items) for c in objectives.children] == [6, 5, 6]
    first: Block = objectives.children[0].items[0]
    assert at(posting, first.start) == "280:7"
    assert first.text.startswith("Define key success metrics")


def test_a_page_whose_only_text_is_a_pre_is_read_as_a_plain_text_posting():
    page = (
        "<html><body><pre>Senior Data Engineer\n\nWe are hiring a data engineer.\n\n"
        "Responsibilities\n- Build pipelines\n</pre></body></html>\n"
    )
    posting = parse(page, format="html")
    assert posting.title == "Senior Data Engineer"
    assert [(b.kind, b.text) for b in posting.blocks()] == [
        ("heading", "Senior Data Engineer"),
        ("paragraph", "We are hiring a data engineer."),
        ("heading", "Responsibilities"),
        ("list_item", "Build pipelines"),
    ]
    item = list(posting.blocks())[-1]
    assert page[item.start : item.end] == "Build pipelines" and posting.source == page
    assert posting.prose[: page.index("Senior")].strip() == ""  # the tags are not prose


def test_a_pre_beside_prose_or_holding_entities_stays_code():
    beside = "<html><body><h1>Data Engineer</h1><p>You build pipelines.</p><pre>chairman</pre></body></html>"
    assert [b.text for b in parse(beside, format="html").blocks()] == ["Data Engineer", "You build pipelines."]
    code = "<html><body><h1>Data Engineer</h1><p>You build pipelines.</p><pre>if a &lt; b: chairman()</pre></body></html>"
    assert [b.text for b in parse(code, format="html").blocks()] == ["Data Engineer", "You build pipelines."]


def test_a_whole_page_pre_with_entities_is_read_as_html_text():
    page = "<html><body><pre>Data Engineer at R&amp;D Labs\n\nYou build pipelines &amp; tools.</pre></body></html>"
    posting = parse(page, format="html")
    [block] = posting.blocks()
    assert block.text == "Data Engineer at R&D Labs You build pipelines & tools."
    i = block.text.index("tools")
    assert page[block.offsets[i] : block.offsets[i] + 5] == "tools"


def test_an_apply_button_is_no_text_but_a_way_to_apply():
    from postlint.readers import parse

    p = parse("<h1>Barista</h1><p>Make coffee for our guests every morning.</p><p><a href='#'>Apply now</a></p>", "html")
    assert p.meta["apply"] == "Apply now"
    assert [b.text for b in p.blocks()] == ["Barista", "Make coffee for our guests every morning."]


def test_an_apply_link_in_a_row_of_links_is_a_way_to_apply():
    """Blind set S77: iCIMS's job options, three links in a row; the row is dropped, the apply link kept."""
    from postlint.readers import parse

    row = (
        "<div><a href='/jobs/4817/apply'>Apply for this job online</a> <a href='/e'>Email this job to a friend</a> "
        "<a href='/s'>Share on your newsfeed</a></div>"
    )
    p = parse(f"<h1>Clinical Applications Analyst</h1><p>You will build Epic workflows.</p>{row}", "html")
    assert p.meta["apply"] == "Apply for this job online"
    assert [b.text for b in p.blocks()] == ["Clinical Applications Analyst", "You will build Epic workflows."]


def test_a_bare_apply_in_a_sites_menu_is_no_way_to_apply():
    from postlint.readers import parse

    menu = "<div><a href='/'>Home</a> <a href='/apply'>Apply</a> <a href='/contact'>Contact</a></div>"
    p = parse(f"{menu}<h1>Clinical Applications Analyst</h1><p>You will build Epic workflows.</p>", "html")
    assert "apply" not in p.meta


def test_an_apply_link_beside_a_referral_link_is_a_way_to_apply():
    """Blind set S104: Jobvite's "Apply" beside "Refer a Friend", two links read as one line."""
    from postlint.readers import parse

    row = "<div><a href='/job/oPq7/apply'>Apply</a>\n<a href='/job/oPq7/refer'>Refer a Friend</a></div>"
    p = parse(f"<h1>Senior Backend Engineer</h1><p>You will design the rating services.</p>{row}", "html")
    assert p.meta["apply"] == "Apply"
    # Two links of a site's menu hold no job's button.
    menu = "<div><a href='/'>Home</a> <a href='/apply'>Apply</a></div>"
    q = parse(f"{menu}<h1>Senior Backend Engineer</h1><p>You will design the rating services.</p>", "html")
    assert "apply" not in q.meta


def test_bold_paragraphs_head_sections_as_in_markdown() -> None:
    """Greenhouse and Lever pages head their parts with <p><strong>…</strong></p>, not <h2>."""
    html = (
        "<html><body><h1>Veterinary Technician</h1><p>We are a six-doctor practice in South Austin, Texas.</p>"
        "<p><strong>What you'll do</strong></p><ul><li>Restrain patients for exams</li><li>Draw blood and run lab work</li></ul>"
        "<p><b>Pay &amp; Perks</b></p><ul><li>$22 - $28 per hour</li><li>Health insurance</li></ul>"
        "<p><strong>We answer every application within a week.</strong></p>"
        "<p><strong>Apply by May 1</strong> and tell us about yourself.</p></body></html>"
    )
    p = read(html)
    assert [(s.title, s.kind) for s in p.walk()] == [("What you'll do", "responsibilities"), ("Pay & Perks", "benefits")]
    # A bold sentence, or bold words opening a sentence, stay text.
    assert [b.kind for b in p.find("benefits").blocks][-2:] == ["paragraph", "paragraph"]


def test_plain_paragraph_naming_a_part_over_a_list_heads_it() -> None:
    """<p>What we're looking for:</p> over its <ul> heads it, as the same line does in Markdown and text;
    a lead-in no alias knows, one naming the team by the way, or one over prose stays a paragraph."""
    html = (
        "<html><body><h1>Recruiter</h1><p>We are hiring.</p>"
        "<p>What we&rsquo;re looking for:</p><ul><li>You close candidates</li></ul>"
        "<p>You will:</p><ul><li>Run interviews</li></ul>"
        "<p>Recruiters on our team are:</p><ul><li>Curious</li></ul>"
        "<p>An excellent candidate will be able to:</p><p>Manage recruiting.</p></body></html>"
    )
    p = read(html)
    assert [(s.title, s.kind) for s in p.walk()] == [("What we\u2019re looking for:", "skills")]
    assert [b.kind for b in p.find("skills").blocks] == ["list_item", "paragraph", "list_item", "paragraph", "list_item", "paragraph", "paragraph"]


def test_byline_under_the_title_is_metadata() -> None:
    """Workable prints the place, team and type on one line under the <h1>: metadata, not the first paragraph."""
    html = (
        "<html><body><h1>Senior Backend Engineer</h1>"
        "<p class=\"job-meta\">Lisbon, Lisbon, Portugal &middot; Engineering &middot; Full time &middot; Hybrid</p>"
        "<h2>Description</h2><p>Tallyfold is looking for a Senior Backend Engineer to scale our payments platform.</p></body></html>"
    )
    p = read(html)
    assert (p.meta["location"], p.meta["employment-type"]) == ("Lisbon, Lisbon, Portugal", "Full time")
    assert p.source[slice(*p.meta_spans["location"])] == "Lisbon, Lisbon, Portugal"
    assert p.preamble == [] and "Engineering" not in p.prose
    assert [d.code for d in postlint.lint(html, path="j.html") if d.code == "SEO003"] == []
    # A sentence under the title is the first paragraph, as before.
    p = read("<html><body><h1>Barista</h1><p>We roast coffee in Lisbon, Portugal, every day.</p></body></html>")
    assert [b.text for b in p.preamble] == ["We roast coffee in Lisbon, Portugal, every day."]


def test_label_headings_each_over_a_value_are_metadata() -> None:
    """Ashby's header box: "Location" / "Remote (US)", "Department" / "Design" as headings over one value each."""
    html = (
        "<html><body><h1>Product Designer</h1><div><h2>Location</h2><p>Remote (US)</p></div>"
        "<div><h2>Department</h2><p>Design</p></div><h2>What you'll do</h2><ul><li>Design dashboards</li></ul>"
        "<h2>Location</h2><p>We meet in Austin twice a year.</p></body></html>"
    )
    p = read(html)
    assert (p.meta["location"], p.meta["department"]) == ("Remote (US)", "Design")
    # "Department" had been read as a responsibilities part (its one word, "Design", a duty's verb);
    # a label heading over a sentence, alone, stays a part of the posting.
    assert [(s.title, s.kind) for s in p.walk()] == [("What you'll do", "responsibilities"), ("Location", "location")]


def test_a_label_box_ends_where_its_box_closes() -> None:
    """Ashby's side pane: the last label's value closes its box, so the description's opening prose in the next
    pane is no part of "Compensation" (blind set S90). A longer value beside two short ones is a field too, and
    "Location Type" is the workplace's."""
    html = (
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"baseSalary\": {\"value\": "
        "{\"minValue\": 165000, \"maxValue\": 205000, \"unitText\": \"YEAR\"}}}</script></head><body><h1>Senior Product Engineer</h1>"
        "<div class=\"brief\"><h2>Location</h2><p>Austin, Texas (hybrid, Tuesdays and Thursdays in the office)</p>"
        "<h2>Location Type</h2><p>Hybrid</p><h2>Department</h2><p>Engineering</p>"
        "<h2>Compensation</h2><p>$165,000 – $205,000</p></div>"
        "<div class=\"description\"><p>Lumenfold builds scheduling software for clinics. As a Senior Product Engineer you will ship features.</p>"
        "<h2>What you'll do</h2><ul><li>Build the booking flow</li></ul></div></body></html>"
    )
    p = read(html)
    assert p.meta["location"].startswith("Austin, Texas (hybrid") and p.meta["remote"] == "Hybrid"
    assert [b.text for b in p.preamble] == ["Lumenfold builds scheduling software for clinics. As a Senior Product Engineer you will ship features."]
    assert [s.title for s in p.walk()] == ["What you'll do"]
    # The figure the box shows takes its period from the page's JSON-LD, as one in a paragraph does.
    assert p.salary is not None and p.salary.period == "YEAR" and p.salary.period_structured
    # Prose after the value inside the same box is the label's own: that part stays.
    p = read(
        "<html><body><h1>Engineer</h1><div><h2>Location</h2><p>Remote</p><h2>Compensation</h2><p>$120,000</p>"
        "<p>Plus a yearly bonus of up to 10%.</p></div></body></html>"
    )
    assert [s.title for s in p.walk()] == ["Location", "Compensation"]


def test_the_sites_sidebar_is_chrome_a_box_in_the_article_is_not() -> None:
    html = (
        "<html><body><article><h1>Program Manager</h1><h2>How to Apply</h2><p>Apply at example.org/apply by June 15.</p>"
        "<aside><p>Pay: $60,000 - $70,000 a year.</p></aside></article>"
        "<aside><h3>Share this job</h3><p>Sign up for our newsletter!!</p></aside>"
        "<div role=\"complementary\"><p>Similar jobs near you</p></div></body></html>"
    )
    p = read(html)
    assert [s.title for s in p.walk()] == ["How to Apply"]
    assert "newsletter" not in p.prose and "Similar jobs" not in p.prose
    assert p.salary is not None and p.salary.min == 60000  # the article's own box stays
    # Inside <main>, beside the posting's <article>, it is the sidebar too; with no article, main's aside stays.
    p = read("<html><body><main><article><h1>PM</h1><h2>How to Apply</h2><p>Apply online.</p></article>"
             "<aside><h3>Share this job</h3></aside></main></body></html>")
    assert [s.title for s in p.walk()] == ["How to Apply"]
    p = read("<html><body><main><h1>PM</h1><p>We plan programs.</p><aside><p>Salary: $60,000 a year</p></aside></main></body></html>")
    assert p.salary is not None and p.salary.min == 60000


def test_lever_page_h2_title_and_header_fields() -> None:
    """Lever gives the job's title an <h2> (the <title> adds the employer) and marks its header fields by class."""
    html = (
        "<html><head><title>Pacific Coast Science Museum - Museum Educator</title></head><body>"
        "<div class=\"posting-headline\"><h2>Museum Educator</h2><div class=\"posting-categories\">"
        "<div class=\"sort-by-time posting-category location\">Vancouver, BC</div>"
        "<div class=\"posting-category commitment\">Full-time</div></div></div>"
        "<div class=\"section\"><h3>Your Impact</h3><ul><li>Lead gallery tours</li><li>Run school programs</li></ul></div>"
        "</body></html>"
    )
    p = read(html)
    assert p.title == "Museum Educator" and p.title_block is not None
    assert (p.meta["location"], p.meta["employment-type"]) == ("Vancouver, BC", "Full-time")
    assert [(s.title, s.kind) for s in p.walk()] == [("Your Impact", "responsibilities")]


def test_workday_definition_list_is_metadata_and_greenhouse_app_title() -> None:
    html = (
        "<html><head><title>Store Manager - Acme Careers</title></head><body>"
        "<dl><dt>locations</dt><dd>Denver, CO</dd><dt>time type</dt><dd>Full time</dd>"
        "<dt>job requisition id</dt><dd>R0048213</dd><dt>favourite colour</dt><dd>Blue</dd></dl>"
        "<div class=\"app-title\">Store Manager</div><div class=\"company-name\">at Acme Home</div>"
        "<p>We sell furniture in four states.</p></body></html>"
    )
    p = read(html)
    assert {k: p.meta[k] for k in ("location", "employment-type", "job-number", "title", "company")} == {
        "location": "Denver, CO", "employment-type": "Full time", "job-number": "R0048213", "title": "Store Manager", "company": "Acme Home",
    }
    assert "favourite colour" not in p.meta and "Blue" in p.prose  # an unknown term stays text only


def test_a_row_of_links_alone_is_site_navigation() -> None:
    html = (
        "<html><body><div class=\"topbar\"><a href=\"/\">Bat City Coffee</a> | <a href=\"/menu\">Menu</a> | "
        "<a href=\"/shop\">Shop</a> | <a href=\"/jobs\">Jobs</a></div>"
        "<h1>Social Media Manager</h1><p>We roast coffee in Austin and sell it in 600 stores.</p>"
        "<p>Read our <a href=\"/a\">story</a>, <a href=\"/b\">values</a> and <a href=\"/c\">menu</a>.</p></body></html>"
    )
    p = read(html)
    assert [b.text for b in p.body_blocks()] == [
        "We roast coffee in Austin and sell it in 600 stores.", "Read our story, values and menu.",
    ]
    assert "Shop" not in p.prose


def test_a_department_in_the_byline_is_no_employer_when_the_page_names_the_university() -> None:
    # Blind set S5: the byline's "Department of …" is the unit; the page's title names the employer.
    page = (
        "<html><head><title>Research Assistant II | Lakeshore State University</title></head><body><main>"
        "<h1>Research Assistant II</h1>"
        "<p>Department of Ecology &amp; Evolutionary Biology &middot; Duluth, Minnesota &middot; Full-time</p>"
        "<p>You will run field sampling for the Freshwater Ecology Laboratory.</p></main></body></html>"
    )
    posting = read(page)
    assert (posting.meta["company"], posting.meta["department"]) == ("Lakeshore State University", "Department of Ecology & Evolutionary Biology")
    # A department that is the employer keeps its place: no university named.
    federal = read(page.replace("Research Assistant II | Lakeshore State University", "Nurse | USAJOBS").replace("Ecology &amp; Evolutionary Biology", "Veterans Affairs"))
    assert federal.meta["company"] == "Department of Veterans Affairs" and "department" not in federal.meta


def test_a_trades_department_in_the_byline_is_no_employer() -> None:
    # Blind set S107: BambooHR's "Service · Boise, Idaho" names the HVAC firm's department; STR002 took "Service"
    # in "HVAC Field Service Technician" for the company's name.
    page = (
        "<html><head><title>HVAC Field Service Technician - Larkspur Mechanical</title></head><body>"
        "<h2>HVAC Field Service Technician</h2><div>Service &middot; Boise, Idaho</div>"
        "<p>Larkspur Mechanical has kept homes in Boise warm since 1994.</p></body></html>"
    )
    posting = read(page)
    assert "company" not in posting.meta and posting.meta["department"] == "Service"
    assert [d for d in postlint.lint(page, path="j.html") if d.code == "STR002"] == []
    # A firm whose name holds such a word keeps its place: "Service Experts" is the employer.
    firm = read(page.replace("<div>Service &middot;", "<div>Service Experts &middot;"))
    assert firm.meta["company"] == "Service Experts" and "department" not in firm.meta


def test_a_two_word_department_in_teamtailors_job_meta_row_is_no_employer() -> None:
    # Blind set S108: TeamTailor's "Product Design · Malmö · Full-time" names the team; STR002 took "Product Design"
    # in "Senior Product Designer" for the company's name.
    page = (
        "<h1>Senior Product Designer</h1>"
        "<div><span>Product Design</span> · <span>Malmö</span> · <span>Full-time</span></div>"
        "<p>Lönnberg builds a payments app for people in Sweden.</p>"
    )
    posting = read(page)
    assert "company" not in posting.meta and posting.meta["department"] == "Product Design"
    assert [d for d in postlint.lint(page, path="j.html") if d.code == "STR002"] == []
    # A firm named with one such word keeps its place: "Northwind Design" is the employer.
    firm = read(page.replace("<span>Product Design</span>", "<span>Northwind Design</span>"))
    assert firm.meta["company"] == "Northwind Design" and "department" not in firm.meta


def test_a_job_header_outside_main_holds_the_title() -> None:
    # Blind set S7: SmartRecruiters puts the posting's <h1> in <header class="job-header">, outside <main>.
    page = (
        "<html><head><title>Careers | Al Noor Guarding Services LLC</title></head><body>"
        '<header class="site-header"><a href="/">Home</a></header>'
        '<header class="job-header"><h1 class="job-title">Security Supervisor</h1></header>'
        "<main><h2>Job Description</h2><p>You will lead a team of 12 guards in Dubai.</p></main></body></html>"
    )
    posting = read(page)
    assert posting.title == "Security Supervisor"
    assert [b.text for b in posting.blocks()] == ["Security Supervisor", "Job Description", "You will lead a team of 12 guards in Dubai."]


def test_a_field_leading_the_byline_is_no_employer() -> None:
    # Blind set S9: "Reference: NUR-2026-114 · Riyadh, Saudi Arabia · Full-time" names no company.
    page = (
        "<html><body><h1>Staff Nurse</h1>"
        '<p class="vacancy-meta">Reference: NUR-2026-114 &middot; Riyadh, Saudi Arabia &middot; Full-time</p>'
        "<p>You will care for newborns in our neonatal unit.</p></body></html>"
    )
    posting = read(page)
    assert "company" not in posting.meta and posting.meta["location"] == "Riyadh, Saudi Arabia"


def test_a_paragraph_classed_as_a_banner_is_a_notice_kept_as_text() -> None:
    # Precision sample 1208: <p class="banner"> is set apart from the prose, not dropped; a section so classed
    # (a template's hero "banner") marks none of its paragraphs.
    posting = parse(
        '<h1>Cabin Crew</h1><p class="banner">Open day in Manila on 12 December.</p>'
        '<section class="banner"><p>Join our cabin crew.</p></section><p class="lead">We fly to 92 cities.</p>',
        "html",
    )
    blocks = [(b.text, b.notice) for b in posting.blocks() if b.kind == "paragraph"]
    assert blocks == [("Open day in Manila on 12 December.", True), ("Join our cabin crew.", False), ("We fly to 92 cities.", False)]


def test_a_boards_list_of_similar_jobs_is_page_chrome() -> None:
    # The HTML side of S83's plain-text fix: other adverts' titles ("QA Analyst SSr - CABA") are not the posting's.
    page = (
        "<html><body><h1>QA Engineer</h1><p>You will own test automation for our clinic software.</p>"
        "<h2>Requirements</h2><ul><li>Three years of Cypress</li></ul>"
        "<h2>Avisos similares</h2><ul><li>QA Analyst SSr - CABA</li><li>Tester Manual - GBA Norte</li></ul>"
        "<h2>How to apply</h2><p>Send your CV to jobs@example.com.</p></body></html>"
    )
    posting = parse(page, "html")
    assert [(s.kind, s.title) for s in posting.walk()] == [("skills", "Requirements"), ("how-to-apply", "How to apply")]
    assert "CABA" not in posting.prose


def test_a_form_that_wraps_the_page_is_read_its_captions_not() -> None:
    # Blind set S134: Taleo puts the whole job page inside a <form>; a hidden one, or an apply form, stays unread.
    prose = "You will sort parcels, load vans in route order and keep the dock tidy. " * 6
    form = f'<form action="/apply"><h1>Parcel Sorter</h1><p>{prose}</p><label>First name</label><input name="n"></form>'
    posting = parse(f"<html><body>{form}</body></html>", "html")
    assert [b.text for b in posting.blocks()] == ["Parcel Sorter", prose.strip()]
    hidden = parse(f"<html><body>{form.replace('<form', '<form hidden')}</body></html>", "html")
    assert list(hidden.blocks()) == []
    apply_form = '<form action="/apply"><p>Fields with a star are needed.</p><label>First name</label></form>'
    below = parse(f"<html><body><h1>Parcel Sorter</h1><p>{prose}</p>{apply_form}</body></html>", "html")
    assert [b.text for b in below.blocks()] == ["Parcel Sorter", prose.strip()]
