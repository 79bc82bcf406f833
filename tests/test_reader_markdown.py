from __future__ import annotations

import pytest

import postlint
from postlint.model.schema import load_schema
from postlint.readers.markdown import read_markdown

DOC = """---
title: Data Engineer
keywords: [data, pipelines]
---

# Data Engineer

Join **our** team at [Acme](https://acme.example) and see `code here`.

## What you'll do

- Build *pipelines* in Python
- Review code
  - nested item

## Requirements

| Skill | Level |
|-------|-------|
| SQL   | High  |

```
rockstar in code
```

<!-- rockstar in a comment -->
"""


def test_front_matter_and_title():
    p = postlint.parse(DOC)
    assert p.meta == {"title": "Data Engineer", "keywords": ["data", "pipelines"]}
    assert p.title == "Data Engineer"
    assert p.title_block is not None and p.locate(p.title_block.start) == (6, 3)


def test_prose_mask_keeps_length_and_offsets():
    p = postlint.parse(DOC)
    assert len(p.prose) == len(p.source)
    assert p.prose.count("\n") == p.source.count("\n")
    para = p.preamble[0]
    assert para.text.split() == ["Join", "our", "team", "at", "Acme", "and", "see", "."]
    start = para.text.index("Acme")
    assert p.source[para.at(start) : para.at(start) + 4] == "Acme"
    # Code, comments, link targets and front matter are not prose.
    assert "rockstar" not in p.prose and "https" not in p.prose and "keywords" not in p.prose


def test_sections_kinds_and_items():
    p = postlint.parse(DOC)
    kinds = [(s.kind, s.title) for s in p.walk()]
    assert kinds == [("responsibilities", "What you'll do"), ("skills", "Requirements")]
    items = p.find("responsibilities").items
    assert [i.clean for i in items] == ["Build pipelines in Python", "Review code", "nested item"]
    assert [i.level for i in items] == [1, 1, 2]
    assert p.locate(items[0].start) == (12, 3)
    row = p.find("skills").blocks
    assert [b.kind for b in row] == ["table_row", "table_row"]
    assert row[1].clean == "SQL High"


def test_bold_label_is_a_label_heading():
    p = postlint.parse("# CTO\n\n## Education\n\n**Preferred:**\n\n- MBA\n")
    edu = p.find("education-experience")
    assert [(c.kind, c.title, c.level) for c in edu.children] == [("preferred-qualifications", "Preferred:", 7)]
    assert edu.children[0].items[0].text == "MBA"


def test_plain_line_naming_a_part_over_a_list_heads_it():
    # A careers site's Markdown with no headings: "What we're looking for:" and "An excellent
    # candidate will be able to:" over their lists head them, as the same lines do in plain text.
    text = (
        "---\ntitle: Recruiter\n---\nWe are looking for a creative recruiter to own full-cycle hiring and scale our team.\n\nWhat we\u2019re looking for:\n\n* You close candidates\n\n"
        "An excellent candidate will be able to:\n\n* Manage full-cycle recruiting\n"
    )
    p = postlint.parse(text, path="r.md")
    assert [(s.kind, s.title, s.level) for s in p.sections] == [
        ("skills", "What we\u2019re looking for:", 7),
        ("responsibilities", "An excellent candidate will be able to:", 7),
    ]
    assert p.find("skills").items[0].text == "You close candidates"
    missing = [d.message for d in postlint.lint(text, path="r.md") if d.code == "STR005"]
    assert not [m for m in missing if m.startswith(("Missing the responsibilities", "Missing the skills"))], missing
    assert any(m.startswith("Missing the education and experience section") for m in missing)


def test_lead_in_no_alias_knows_or_over_prose_stays_a_paragraph():
    for text in (
        "# Recruiter\n\nYou will:\n\n* Close candidates\n",  # no part of the posting named
        "# Recruiter\n\nWhat we\u2019re looking for:\n\nSomeone who closes candidates.\n",  # no list below
        "# Recruiter\n\nWhat we\u2019re looking for: someone who closes candidates and builds the\nteam:\n\n* Sourcing\n",
    ):
        p = postlint.parse(text, path="r.md")
        assert p.sections == [], text
        assert p.preamble[0].kind == "paragraph"


def test_crlf_and_lone_cr_positions():
    for newline in ("\r\n", "\r"):
        text = newline.join(["# Title", "", "## Duties", "", "- Lead the team", ""])
        p = postlint.parse(text)
        item = p.find("responsibilities").items[0]
        assert p.locate(item.start) == (5, 3)
        assert p.source[item.start : item.end] == "Lead the team"


def test_unknown_heading_is_other_and_one_word_alias_needs_short_heading():
    schema = load_schema("cto")
    assert schema.classify("🎯 Role Definition") == "role-definition"
    assert schema.classify("Hard Skills (Technical)") == "hard-skills"
    assert schema.classify("Benefits") == "benefits"
    assert schema.classify("Benefits of working with the whole team") == "other"
    assert schema.classify("Our office dog") == "other"
    assert schema.classify("Desired attributes") == "preferred-qualifications"
    assert schema.classify("Desired outcomes") == "other"  # the role's goals, not qualifications
    p = read_markdown("# T\n\n## Our office dog\n\nWoof.\n", schema)
    assert p.sections[0].kind == "other"


def test_inline_html_code_is_not_prose():
    # As the HTML reader reads it: <code>, <kbd>, <samp> and <pre> with their content are blanked.
    text = "# T\n\nUse <code>manpower</code> and <KBD class=k>Ctrl</KBD> with <b>bold</b> words.\n"
    p = postlint.parse(text)
    [para] = p.preamble
    code, kbd = "<code>manpower</code>", "<KBD class=k>Ctrl</KBD>"
    assert para.text == f"Use {' ' * len(code)} and {' ' * len(kbd)} with    bold     words."
    assert p.prose[para.start : para.end] == para.text
    # Unclosed or mismatched: only the tags are markup, the text stays prose.
    [para] = postlint.parse("# T\n\nA <code>open and <kbd>x</samp> end.\n").preamble
    assert para.text.split() == ["A", "open", "and", "x", "end."]


def test_find_returns_none_when_absent():
    assert postlint.parse("# T\n\nText.\n").find("benefits") is None


def test_fast_inline_patterns_match_their_readable_forms():
    # _BARE_URL and _EMPHASIS are rewritten so every alternative starts with a
    # literal (for speed); they must find exactly what the plain forms find.
    import random
    import re

    from postlint.readers import markdown_mask as markdown

    readable = {
        markdown._BARE_URL: re.compile(r"\b(?:https?://|www\.)[^\s<>()]+[^\s<>().,;:!?'\"]"),
        markdown._EMPHASIS: re.compile(r"\*+|~~|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|\\(?=[!-/:-@\[-`{-~])|(?<!\S)\[|\[(?=\S)|\](?!\()"),
    }
    pieces = ["http", "s", "://", "www.", "w", "h", "é", "_", "__", "*", "~", "\\", "[", "]", "(", ")", "1", "a", " ", "\n", ".", ",", "'", "<"]
    rnd = random.Random(7)
    samples = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for fast, plain in readable.items():
        for text in samples:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_schema_lookups_agree_with_a_walk_of_the_tree():
    schema = load_schema("cto")
    walked = schema.walk()
    assert walked[0][1] is None and len(walked) == len({id(s) for s, _ in walked})
    for spec, parent in walked:
        first = next((s, p) for s, p in walked if s.kind == spec.kind)
        assert schema.spec(spec.kind) is first[0]
        assert schema.parent_kind(spec.kind) == (first[1].kind if first[1] else None)
    assert schema.spec("no-such-kind") is None and schema.parent_kind("no-such-kind") is None
    assert schema.parent_kind("hard-skills") == "skills" and schema.parent_kind("skills") is None
    walked.clear()  # a caller's copy: the schema's own walk is untouched
    assert schema.walk()


def test_a_heading_that_announces_the_job_defines_the_role():
    from postlint.readers.outline import outline

    text = "# Software Officer\n\n### The Technical Operations team is hiring a Software Officer!\n\nThe Software Officer will oversee the renewal of software licences and work with clients and stakeholders.\n"
    posting = postlint.parse(text)
    sections = outline(posting)["sections"]
    assert [(s["kind"], s["decided"]) for s in sections] == [("role-definition", "heading announces the job")]


def test_an_announcement_that_ends_with_a_call_to_apply_still_defines_the_role():
    from postlint.readers.outline import outline

    # Precision sample 5757: the closing "we encourage you to apply!" voted the section how-to-apply.
    text = (
        "# Enterprise Service Architect — Digital Credentials Team\n\n### The Digital Credentials team is hiring Enterprise Architects!\n\n"
        "This fully remote position is open to applicants anywhere in the country. "
        "If you are passionate about IT, we encourage you to apply!\n"
    )
    sections = outline(postlint.parse(text))["sections"]
    assert [(s["kind"], s["decided"]) for s in sections] == [("role-definition", "heading announces the job")]
    # Without the announcement, the same prose is how to apply.
    plain = text.replace("The Digital Credentials team is hiring Enterprise Architects!", "Next steps")
    assert [s["kind"] for s in outline(postlint.parse(plain))["sections"]] == ["how-to-apply"]


def test_a_question_about_other_jobs_is_no_part_of_this_one():
    from postlint.readers.outline import outline

    # Blind set S39: the heading word 'role' made a talent-pool note the role definition (STR006 asked for 40 words).
    text = "# Backend Engineer\n\n## Not the right role?\n\nJoin our talent pool and we will contact you when a role opens that fits you.\n"
    sections = outline(postlint.parse(text))["sections"]
    assert [(s["kind"], s["decided"]) for s in sections] == [("other", "a question about other jobs")]
    assert [d.code for d in postlint.lint(text) if d.code == "STR006"] == []
    # "ALSO HIRING" over another job's lines is of no kind either (blind set S42).
    also = "# Warehouse Associate\n\n## ALSO HIRING\n\n- Van drivers for local deliveries\n- A clean driving record\n"
    assert [(s["kind"], s["decided"]) for s in outline(postlint.parse(also))["sections"]] == [("other", "a note about other jobs")]
    # "Don't see a job for you?" is one too; "Is this the right role for you?" asks about this job.
    dont = outline(postlint.parse(text.replace("Not the right role?", "Don't see a job for you?")))["sections"]
    assert [s["decided"] for s in dont] == ["a question about other jobs"]
    # A question about this role still names it.
    asked = outline(postlint.parse(text.replace("Not the right role?", "What is the role?")))["sections"]
    assert [s["kind"] for s in asked] == ["role-definition"]


def test_what_we_expect_over_requirements_is_the_skills_and_over_duties_the_duties() -> None:
    from postlint.readers.outline import outline

    # Blind set S78: a Polish software house's "What we expect" over tools and years was of no kind.
    text = "# Senior Kotlin Engineer\n\n## What we expect\n\n- At least 5 years with JVM backends\n- Very good Kotlin\n- Docker and Kubernetes\n"
    assert [(s["kind"], s["decided"]) for s in outline(postlint.parse(text))["sections"]] == [
        ("skills", "heading 'what we expect' over no duties")
    ]
    assert [s["kind"] for s in outline(postlint.parse(text.replace("What we expect", "What we expect from you:")))["sections"]] == ["skills"]
    # Over duties it heads the duties.
    duties = "# Senior Kotlin Engineer\n\n## What we expect from you\n\n- Design and build backend services.\n- Own the data model.\n- Review pull requests.\n"
    assert [s["kind"] for s in outline(postlint.parse(duties))["sections"]] == ["responsibilities"]
    # "What you can expect" and "What to expect" are what the job gives or the process, not requirements.
    for heading in ("What you can expect", "What to expect", "What we expect to achieve this year"):
        assert [s["kind"] for s in outline(postlint.parse(text.replace("What we expect", heading)))["sections"]] == ["other"]


def test_what_the_hire_needs_over_requirements_is_the_skills() -> None:
    from postlint.readers.outline import outline

    # Blind set S113: "What a data engineer needs here" over years, tools and habits was of no kind.
    items = (
        "- You're a SQL expert who can read a query plan\n- Three or more years building pipelines in Python\n"
        "- Comfort with on-call, about one week in five\n- Clear written English\n- A habit of testing your own pipelines\n"
        "- Nice to have: some Javascript for our dashboards\n- Open to Singaporeans only.\n"
    )
    text = "# Data Engineer\n\n## What a data engineer needs here\n\n" + items
    assert [(s["kind"], s["decided"]) for s in outline(postlint.parse(text))["sections"]] == [
        ("skills", "heading says what the hire needs, over no duties")
    ]
    assert [s["kind"] for s in outline(postlint.parse(text.replace("a data engineer", "the ideal candidate")))["sections"]] == ["skills"]
    # What someone else needs is not the hire's: "What our customers need".
    assert [s["kind"] for s in outline(postlint.parse(text.replace("What a data engineer needs here", "What our customers need")))["sections"]] == ["other"]
    # Over duties it is no skills list.
    duties = "# Data Engineer\n\n## What a data engineer needs here\n\n- Build pipelines.\n- Own the data model.\n- Review pull requests.\n"
    assert [s["kind"] for s in outline(postlint.parse(duties))["sections"]] != ["skills"]


def test_byline_under_the_title_is_metadata() -> None:
    from postlint.readers.outline import parse as parse_any

    text = (
        "# Data Engineer\n\n**Acme Payments** · London, England, United Kingdom (Hybrid) · Full-time\n\n"
        "We build payment tools for small shops across Europe.\n"
    )
    p = parse_any(text, "markdown")
    assert (p.meta["company"], p.meta["location"], p.meta["employment-type"]) == (
        "Acme Payments", "London, England, United Kingdom (Hybrid)", "Full-time",
    )
    start, end = p.meta_spans["company"]
    assert text[start:end] == "Acme Payments"
    assert "Acme Payments" not in p.prose and [b.kind for b in p.body_blocks()] == ["paragraph"]
    # Front matter wins over the byline; a line of prose under the title is no byline.
    p = parse_any("---\ncompany: Acme Ltd\n---\n# Data Engineer\n\nAcme Payments · London, UK\n", "markdown")
    assert p.meta["company"] == "Acme Ltd" and p.meta["location"] == "London, UK"
    p = parse_any("# Data Engineer\n\nWe build tools · for shops · every day.\n", "markdown")
    assert "company" not in p.meta


def test_evaluation_criteria_heading_names_the_skills() -> None:
    # Seed 1357: "All candidates will be evaluated based on their experiences:" over qualification bullets.
    schema = load_schema("cto")
    assert schema.classify("All candidates will be evaluated based on their experiences:") == "skills"
    assert schema.classify("How you will be evaluated") == "other"


def test_a_sentence_about_the_role_is_no_role_definition() -> None:
    # Seed 1357: "Three teams are hiring for this role" over links to the teams' postings.
    from postlint.readers.section_kinds import heading_word

    assert heading_word("Three teams are hiring for this role") is None
    assert heading_word("About this role") == ("role-definition", "role")


def test_spanish_pay_and_benefit_headings() -> None:
    # Blind set S73: "Sueldo y prestaciones" is a pay part, as "Salary and benefits" is; "Prestaciones" a benefits one.
    text = "# Frontend Developer\n\n## Sueldo y prestaciones\n\n- Sueldo: MXN 55,000 – 70,000 al mes\n\n## Prestaciones\n\n- Aguinaldo\n\n## Lo que ofrecemos\n\n- Horario flexible\n\n## Benefits\n\n- Dental\n"
    kinds = [s.kind for s in postlint.parse(text, format="markdown").sections]
    assert kinds == ["compensation", "benefits", "benefits", "benefits"]


def test_german_requirement_headings() -> None:
    # Blind set S114: StepStone's "Ihr Profil" is the requirements, as "Your profile" is; "Von Vorteil" the nice-to-haves.
    # The benefits' "Was wir bieten" and a bare "Profil" (the company's, as often) stay out.
    from postlint.model.schema import load_schema

    schema = load_schema("cto")
    assert [schema.classify(h) for h in ("Ihr Profil", "Das bringst du mit", "Was Sie mitbringen", "Anforderungen", "Jouw profiel")] == ["skills"] * 5
    assert [schema.classify(h) for h in ("Von Vorteil", "Wünschenswert")] == ["preferred-qualifications"] * 2
    assert [schema.classify(h) for h in ("Was wir bieten", "Profil", "Ihre Anforderungen an uns")] == ["other"] * 3


def test_who_fits_is_the_requirements() -> None:
    # Blind set S114: Naukri's "Who fits" over the candidate's SQL and degree; "The team" and "The perks" stay out.
    from postlint.model.schema import load_schema

    schema = load_schema("cto")
    assert [schema.classify(h) for h in ("Who fits", "You're a good fit if", "Are you a fit?")] == ["skills"] * 3
    assert [schema.classify(h) for h in ("The team", "The perks", "Who we are")] == ["about-company", "benefits", "about-company"]


def test_a_key_facts_table_fills_unset_metadata() -> None:
    # Blind set S6: "| Location | London (Shoreditch) |" names the workplace; front matter still wins.
    text = "# Contract DevOps Engineer\n\n| Key facts | |\n|---|---|\n| Location | **London (Shoreditch)** |\n| Rate | £550 – £650 per day |\n\nYou will migrate services.\n"
    posting = postlint.parse(text, format="markdown")
    assert posting.meta["location"] == "London (Shoreditch)"
    assert posting.source[slice(*posting.meta_spans["location"])] == "**London (Shoreditch)**"
    assert "Rate" in [b.text.split()[0] for b in posting.blocks() if b.kind == "table_row"][-1]
    fronted = postlint.parse("---\nlocation: Leeds\n---\n" + text, format="markdown")
    assert fronted.meta["location"] == "Leeds"


def test_earnings_and_company_description_headings() -> None:
    # Blind set S7: "What you earn" is the pay; "Company Description" is about the company, not the role.
    posting = postlint.parse("# Driver\n\n## Company Description\n\nWe haul steel.\n\n## What you earn\n\n- 70% of the load\n", format="markdown")
    assert [(s.kind, s.title) for s in posting.walk()] == [("about-company", "Company Description"), ("compensation", "What you earn")]


def test_where_you_can_work_and_why_us_headings() -> None:
    # Blind set S9: Teamtailor's "Where you can work" is the location; Personio's "Why us?" the benefits.
    posting = postlint.parse("# Support Agent\n\n## Where you can work\n\n- Mexico\n- Colombia\n\n## Why us?\n\n- Paid leave\n", format="markdown")
    assert [s.kind for s in posting.walk()] == ["location", "benefits"]


def test_code_spans_pair_backtick_runs_of_the_same_length():
    """CommonMark's pairing: a run of backticks closes at the next run of the same length; a run
    with none is literal text."""
    from postlint.readers.markdown_mask import _blank_code_spans

    assert _blank_code_spans("use `git` and ``a`b`` now") == "use       and         now"
    assert _blank_code_spans("a ``b` c") == "a ``b` c"  # no run of two to close it: prose
    assert _blank_code_spans("`a``b`") == "      "  # "``" inside is content, not a closer
    assert _blank_code_spans("`" * 5000 + " x") == "`" * 5000 + " x"


def test_closing_hashes_of_a_heading():
    from postlint.readers.markdown_mask import _closing_hashes

    assert [_closing_hashes(b) for b in ("## Title ##", "## Learn C#", "## Title", "# ###", "## A" + " " * 9 + "#")] == [8, 11, 8, 1, 4]


def test_a_key_facts_row_of_hours_is_no_employment_type():
    text = "# Social Worker\n\n| Item | Detail |\n| --- | --- |\n| Hours | 36.25 per week |\n| Job type | Full-time, permanent |\n"
    assert postlint.parse(text).meta["employment-type"] == "Full-time, permanent"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # An owner writing in the first person (blind set S12's e-mail, r/forhire posts).
        ("What I need help with", "responsibilities"),
        ("What I'm looking for", "skills"),
        ("Who I am looking for", "skills"),
        ("How to get in touch", "how-to-apply"),
        # Blind set S15: a cafe's text-message headings.
        ("what you'd be doing", "responsibilities"),
        ("what you get", "benefits"),
        ("Get in touch", "how-to-apply"),
        # Near them, other parts.
        ("What I can offer", "benefits"),
    ],
)
def test_first_person_and_contact_headings(heading: str, kind: str) -> None:
    posting = postlint.parse(f"# Bookkeeper\n\n## {heading}\n\nSend me a note at jo@example.com about this.\n")
    assert [s.kind for s in posting.walk()] == [kind]


def test_text_inside_block_html_is_a_paragraph_and_scripts_are_not():
    # Blind set S25: Notion exports a callout as <aside>; its text was dropped with the tags.
    source = (
        "# Backend Engineer\n\n## Compensation\n\n<aside>\n💶 Salary: €80,000 - €95,000 a year.\nPaid monthly.\n\n</aside>\n\n"
        "<script>\nvar rockstar = 1;\n</script>\n\n<div align=\"center\"><img src=\"logo.png\"></div>\n"
    )
    p = postlint.parse(source, path="job.md")
    texts = [b.text.strip() for b in p.blocks()]
    assert texts == ["Backend Engineer", "Compensation", "💶 Salary: €80,000 - €95,000 a year.\nPaid monthly."]
    block = list(p.blocks())[2]
    assert p.locate(block.start + block.text.index("Salary")) == (6, 3)
    assert p.find("compensation") is not None and "rockstar" not in p.prose and "aside" not in p.prose
    assert p.salary is not None and (p.salary.min, p.salary.max) == (80000, 95000)


def test_lines_of_labels_or_bullet_characters_are_one_block_each():
    # Blind set S24: bold labels on consecutive lines; S25: a Slack message's "•" lines.
    source = (
        "# Programme Officer\n\n**Organisation:** Tumaini Health Trust\n**Location:** Kisumu, Kenya\n"
        "**Contract:** Full-time, two-year fixed-term contract\n\n• *Stack:* React, TypeScript\n• *Pay:* KES 180,000 a month\n\n"
        "You will lead the project\nwith county teams.\n\nNote: bring a laptop.\nWe provide the rest.\n"
    )
    p = postlint.parse(source, path="job.md")
    blocks = [(b.kind, b.text.strip()) for b in p.body_blocks()]
    assert blocks == [
        ("paragraph", "Organisation:   Tumaini Health Trust"),
        ("paragraph", "Location:   Kisumu, Kenya"),
        ("paragraph", "Contract:   Full-time, two-year fixed-term contract"),
        ("list_item", "Stack:  React, TypeScript"),
        ("list_item", "Pay:  KES 180,000 a month"),
        ("paragraph", "You will lead the project\nwith county teams."),
        ("paragraph", "Note: bring a laptop.\nWe provide the rest."),
    ]
    assert p.meta["company"] == "Tumaini Health Trust" and p.meta["location"] == "Kisumu, Kenya"
    assert p.meta["employment-type"] == "Full-time, two-year fixed-term contract"
    assert p.locate(p.meta_spans["location"][0]) == (4, 15)


def test_emoji_shortcodes_are_not_prose():
    # Blind set S25: a Slack message's ":wave:" stood before the employer's name.
    source = "# Frontend Engineer\n\n:wave: Maplewave is hiring! Meet at 10:30:00 on site. :white_check_mark: Paid take-home.\n"
    p = postlint.parse(source, path="job.md")
    assert p.preamble[0].text.split() == ["Maplewave", "is", "hiring!", "Meet", "at", "10:30:00", "on", "site.", "Paid", "take-home."]
    assert [d for d in postlint.lint(source, path="job.md") if d.code == "STR004"] == []


def test_a_headings_attribute_block_is_markup_not_title():
    # Blind set S31: pandoc's "{#id}" was counted in the title's length (79 characters, not 39) and named the sections.
    text = "# Senior Data Analyst {#senior-data-analyst}\n\nYou will turn repair data into insight.\n\n## Nice to have {: #nice .extra}\n\n## How to apply\n\nEmail jobs@example.org.\n"
    posting = postlint.parse(text, path="a.md")
    assert posting.title == "Senior Data Analyst"
    assert [s.title for s in posting.walk()] == ["Nice to have", "How to apply"]
    # Braces that are words of the heading stay: no "#" or "." opens them, or no blank precedes them.
    assert postlint.parse("# Engineer {Go, Rust}\n\nText.\n", path="a.md").title == "Engineer {Go, Rust}"
    assert postlint.parse("# Engineer{#x}\n\nText.\n", path="a.md").title == "Engineer{#x}"


_GRID = """# Data Analyst

Aire Valley Homes is hiring a data analyst. You will build reports for our housing teams.

+-----------------------+---------------------------------------------+
| **Key facts**         |                                             |
+=======================+=============================================+
| Location              | Leeds (hybrid, two days a week at our       |
|                       | Wellington Street office)                   |
+-----------------------+---------------------------------------------+
| Contract              | Permanent, full-time (35 hours a week)      |
+-----------------------+---------------------------------------------+
"""


def test_a_pandoc_grid_table_is_read_row_by_row():
    # Blind set S31: markdown-it read the grid table as one paragraph, one 31-word "sentence" with no location.
    posting = postlint.parse(_GRID, path="a.md")
    rows = [" ".join(b.text.split()) for b in posting.blocks() if b.kind == "table_row"]
    assert rows == [
        "Key facts",
        "Location Leeds (hybrid, two days a week at our Wellington Street office)",
        "Contract Permanent, full-time (35 hours a week)",
    ]
    assert posting.meta["location"] == "Leeds (hybrid, two days a week at our Wellington Street office)"
    start, end = posting.meta_spans["location"]
    assert _GRID[start:end].startswith("Leeds (hybrid") and _GRID[start:end].endswith("Street office)")
    assert posting.meta["employment-type"] == "Permanent, full-time (35 hours a week)"
    codes = {d.code for d in postlint.lint(_GRID, path="a.md")}
    assert not codes & {"READ004", "STR010", "STR011"}
    # A border with no border to close it is no table: the lines stay one paragraph.
    assert [b.kind for b in postlint.parse("# T\n\n+------+\n| two |\n", path="a.md").blocks()] == ["heading", "paragraph"]


def test_an_exact_alias_names_only_the_heading_that_is_it() -> None:
    # Blind set S38: a chat post's "*You:*" heads the skills; "you" inside other headings names nothing.
    from postlint.model.schema import load_schema
    from postlint.readers.section_kinds import matched_alias

    schema = load_schema("cto")
    assert schema.classify("*You:*") == "skills"
    assert matched_alias(schema, "You:", "skills") == "you"
    assert schema.classify("You will:") == "other"
    assert schema.classify("What you'll do") == "responsibilities"


def test_about_and_a_name_is_the_company_even_with_a_word_of_the_pay() -> None:
    # Blind set S44: "About Tucano Pay" was a second pay part (STR015 asked to merge it with "Pay and contract").
    from postlint.model.schema import load_schema

    schema = load_schema("cto")
    assert schema.classify("About Tucano Pay") == "about-company"
    assert (schema.classify("About Pay"), schema.classify("About the pay"), schema.classify("About the role")) == (
        "compensation", "compensation", "role-definition",
    )



def test_an_employer_and_its_unit_over_a_byline() -> None:
    # Blind set S48: GC Jobs' employer in bold with its branch, a hard break, then the place and terms;
    # STR004 said no employer was named.
    from postlint.readers.outline import parse as read_outline

    text = (
        "# Student Digital Content Assistant\n\n**Library and Archives Canada (LAC)** – Digital Services Branch  \n"
        "Gatineau, Quebec · Student, full-time, May to August 2027\n\n## What you will do\n\n- Update collection pages\n"
    )
    p = read_outline(text, "markdown")
    assert (p.meta["company"], p.meta["location"]) == ("Library and Archives Canada (LAC)", "Gatineau, Quebec")
    assert p.locate(p.meta_spans["company"][0]) == (3, 3)
    # Two lines of prose under the title stay prose.
    p = read_outline("# Analyst\n\nWe are a small team – and growing fast.  \nJoin us in Ottawa · Hybrid\n", "markdown")
    assert "company" not in p.meta


def test_a_readme_sections_lone_h2_headline_is_the_title() -> None:
    # Blind set S73: a GitHub README's section opens with "## We're hiring: …" over "###" parts; it was read as a section.
    text = "## We're hiring: Rust maintainer (contract)\n\nLedgerline is the Rust toolkit for bank files.\n\n### About you\n\n- You write Rust\n"
    posting = postlint.parse(text)
    assert posting.title == "We're hiring: Rust maintainer (contract)"
    assert [s.heading.text for s in posting.sections] == ["About you"]
    # Two "##" headings, or a "##" part ("About the role"), are sections as before.
    for other in ("## About the role\n\nText.\n\n### About you\n\n- You write Rust\n", text + "\n## Senior Developer\n\nText.\n"):
        assert postlint.parse(other).title is None
    # Review: a lone "##" over no "###" parts, or under a front-matter title, stays a section.
    assert postlint.parse("## Meet your engineering manager\n\nPriya leads the data team.\n").title is None
    with_title = postlint.parse("---\ntitle: Data Engineer\n---\n\n## Meet your manager\n\nPriya leads it.\n\n### Her team\n\nFour engineers.\n")
    assert with_title.title == "Data Engineer"
    assert [s.heading.text for s in with_title.sections] == ["Meet your manager"]


def test_to_be_successful_you_will_have_names_the_skills() -> None:
    # Blind set S75: SEEK's "To be successful you will have:" over eleven must-haves was no section of a kind (STR008, STR005).
    schema = load_schema("cto")
    assert schema.classify("To be successful you will have:") == "skills"
    assert schema.classify("To be successful in this role, you’ll need") == "skills"
    assert schema.classify("In this role, you will have the opportunity to:") != "skills"
    assert schema.classify("What you will have") != "skills"


def test_admonitions_and_callouts_are_read_as_blocks_set_apart() -> None:
    # Blind sets S99, S97: MkDocs admonitions, Docusaurus containers and GitHub alerts. Markers are
    # no prose, an admonition's body is read as its own blocks, and all of it is a notice.
    text = (
        "# Developer Relations Engineer\n\n"
        '!!! note "What we offer"\n'
        "    - 30 days of paid holiday\n"
        "    - A company pension plan\n\n"
        "    A second paragraph.\n\n"
        "        code_in_the_box()\n\n"
        ":::tip[Edit this page]\nThis page lives in our docs repo.\n:::\n\n"
        "> [!NOTE]\n> An editor's note.\n\n"
        "The intro.\n"
    )
    p = postlint.parse(text)
    found = [(b.kind, b.clean, b.notice, p.locate(b.start)) for b in p.preamble]
    assert found == [
        ("list_item", "30 days of paid holiday", True, (4, 7)),
        ("list_item", "A company pension plan", True, (5, 7)),
        ("paragraph", "A second paragraph.", True, (7, 5)),
        ("paragraph", "This page lives in our docs repo.", True, (12, 1)),
        ("paragraph", "An editor's note.", True, (16, 3)),
        ("paragraph", "The intro.", False, (18, 1)),
    ]
    for markup in ("!!!", "What we offer", "code_in_the_box", ":::", "Edit this page", "NOTE"):
        assert markup not in p.prose


def test_admonition_syntax_in_code_stays_code() -> None:
    # Near-miss: the same markers shown as code (indented or fenced) are code, not boxes.
    text = (
        "# Technical Writer\n\nOur docs use admonitions:\n\n"
        "    !!! note\n        Indented code.\n\n"
        "```md\n:::note\nFenced code.\n:::\n```\n\n"
        "!!! Urgent hire\nWe need you now.\n"
    )
    p = postlint.parse(text)
    assert [(b.clean, b.notice) for b in p.preamble] == [("Our docs use admonitions:", False), ("!!! Urgent hire We need you now.", False)]
    assert "Indented code" not in p.prose and "Fenced code" not in p.prose


def test_the_person_is_the_requirements_exactly() -> None:
    # Blind set S114: Reed's "The person" over the qualifications; a heading naming a person by the way is no such part.
    from postlint.model.schema import load_schema

    schema = load_schema("cto")
    assert [schema.classify(h) for h in ("The person", "The Person:", "The candidate", "The individual")] == ["skills"] * 4
    assert [schema.classify(h) for h in ("The person you'll report to", "About the candidate experience")] == ["other", "about-company"]


def test_hugo_shortcode_boxes_are_set_apart() -> None:
    # Blind set S121: Hugo's paired shortcodes on lines of their own, "{{< notice >}}" and "{{% alert %}}", are
    # callout boxes like ":::note"; their markers are no prose.
    text = (
        "# Site Reliability Engineer\n\n"
        "{{< notice info >}}\nEdit this page on a branch.\n{{< /notice >}}\n\n"
        '{{% alert title="Handbook first" color="info" %}}\nOpen a merge request.\n{{% /alert %}}\n\n'
        "The intro.\n"
    )
    p = postlint.parse(text)
    found = [(b.clean, b.notice, p.locate(b.start)) for b in p.preamble]
    assert found == [("Edit this page on a branch.", True, (4, 1)), ("Open a merge request.", True, (8, 1)), ("The intro.", False, (11, 1))]
    for markup in ("{{", "notice", "alert", "Handbook first"):
        assert markup not in p.prose


def test_hugo_layout_and_unclosed_shortcodes_stay_prose() -> None:
    # Near-miss: a layout shortcode ("columns") holds the posting's own text, an unclosed one ("youtube") is no
    # pair, and a shortcode shown in fenced code is code.
    text = (
        "# Site Reliability Engineer\n\n"
        "{{< columns >}}\nWe run routing software.\n{{< /columns >}}\n\n"
        "{{< youtube abc123 >}}\nWatch our team.\n\n"
        "```md\n{{< notice info >}}\nFenced code.\n{{< /notice >}}\n```\n"
    )
    p = postlint.parse(text)
    assert [(b.clean, b.notice) for b in p.preamble] == [("We run routing software.", False), ("{{< youtube abc123 >}} Watch our team.", False)]
    assert "Fenced code" not in p.prose
