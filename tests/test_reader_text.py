"""The plain-text reader: headings, bullets, labels and paragraphs guessed from pasted job-board text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postlint.model.posting import Posting
from postlint.readers import parse

# Written for these tests: one posting that exercises every heuristic.
POSTING = """\
← Back to jobs
Home / Careers / Engineering

Senior Platform Engineer

💼 $140,000 – $170,000 per year

RemoteEngineeringPlatformInfrastructure

🚀 About the Role

We run the platform that ships our product.
It serves millions of requests a day.

What You'll Do

• Design and operate the build system
• Keep deploys fast and safe
    ◦ Own the canary pipeline
    ◦ Write the runbooks
• Mentor engineers across
  three product teams

Requirements

Must Have:

1. Five years running production systems
2) Deep knowledge of Linux

Soft Skills

- Clear writing
- Calm under pressure

Our Stack

Python, Go and Terraform on AWS.

🎁 Benefits

✅ Health insurance
✅ Four-day week

Apply now
Share
"""


def read(text: str) -> Posting:
    return parse(text, "text")


def outline(posting: Posting) -> list[tuple[int, str, str, str | None]]:
    return [(s.level, s.kind, s.title, s.parent_kind) for s in posting.walk()]


def at(posting: Posting, offset: int) -> str:
    line, col = posting.locate(offset)
    return f"{line}:{col}"


@pytest.fixture(scope="module")
def posting() -> Posting:
    return read(POSTING)


def test_title_and_preamble(posting: Posting) -> None:
    assert posting.format == "text"
    assert posting.title == "Senior Platform Engineer"
    assert posting.title_block is not None
    assert posting.title_block.kind == "heading" and posting.title_block.level == 1
    assert at(posting, posting.title_block.start) == "4:1"
    # The salary line is a paragraph in the preamble, its emoji blanked.
    assert [(b.kind, b.text) for b in posting.preamble] == [("paragraph", "$140,000 – $170,000 per year")]
    assert at(posting, posting.preamble[0].start) == "6:3"


def test_tags_line_goes_to_meta(posting: Posting) -> None:
    assert posting.meta["tags"] == ["Remote", "Engineering", "Platform", "Infrastructure"]
    assert "RemoteEngineering" not in posting.prose
    assert all("Remote" not in b.text for b in posting.blocks())


def test_navigation_junk_is_not_prose(posting: Posting) -> None:
    texts = [b.text for b in posting.blocks()]
    for junk in ("Back to jobs", "Careers", "Apply now", "Share"):
        assert all(junk not in t for t in texts)
        assert junk not in posting.prose
    assert posting.prose.startswith(" " * 14 + "\n" + " " * 28 + "\n")


def test_section_tree(posting: Posting) -> None:
    assert outline(posting) == [
        (2, "role-definition", "About the Role", None),
        (2, "responsibilities", "What You'll Do", None),
        (2, "skills", "Requirements", None),
        (7, "skills", "Must Have:", "skills"),
        (3, "soft-skills", "Soft Skills", "skills"),
        (2, "other", "Our Stack", None),  # an unknown heading whose lines state no skills: a part of its own
        (2, "benefits", "Benefits", None),
    ]
    heads = {s.title: at(posting, s.heading.start) for s in posting.walk() if s.heading}
    assert heads == {
        "About the Role": "10:3",
        "What You'll Do": "15:1",
        "Requirements": "24:1",
        "Must Have:": "26:1",
        "Soft Skills": "31:1",
        "Our Stack": "36:1",
        "Benefits": "40:3",
    }


def test_paragraph_lines_join(posting: Posting) -> None:
    role = posting.find("role-definition")
    assert role is not None
    [para] = role.blocks
    assert para.kind == "paragraph"
    assert para.clean == "We run the platform that ships our product. It serves millions of requests a day."
    assert (at(posting, para.start), at(posting, para.end)) == ("12:1", "13:38")


def test_bullets_levels_and_wrapped_lines(posting: Posting) -> None:
    duties = posting.find("responsibilities")
    assert duties is not None
    assert [(b.level, b.clean) for b in duties.items] == [
        (1, "Design and operate the build system"),
        (1, "Keep deploys fast and safe"),
        (2, "Own the canary pipeline"),
        (2, "Write the runbooks"),
        (1, "Mentor engineers across three product teams"),  # the indented line continues the item
    ]
    assert [at(posting, b.start) for b in duties.items] == ["17:3", "18:3", "19:7", "20:7", "21:3"]
    # The glyph and the indentation are blanked in the prose mask.
    first = duties.items[0]
    assert posting.source[first.start - 2] == "•" and posting.prose[first.start - 2] == " "
    nested = duties.items[2]
    assert posting.prose[nested.start - 6 : nested.start] == " " * 6


def test_numbered_items_and_labels(posting: Posting) -> None:
    must = posting.find_all("skills")[1]
    assert must.heading is not None and must.heading.kind == "label"
    assert must.heading.text == "Must Have:"
    assert [b.text for b in must.items] == ["Five years running production systems", "Deep knowledge of Linux"]
    assert [at(posting, b.start) for b in must.items] == ["28:4", "29:4"]
    soft = posting.find("soft-skills")
    assert soft is not None and [b.text for b in soft.items] == ["Clear writing", "Calm under pressure"]


def test_emoji_lines_in_a_row_are_a_list(posting: Posting) -> None:
    benefits = posting.find("benefits")
    assert benefits is not None
    assert [(b.kind, b.level, b.text) for b in benefits.blocks] == [
        ("list_item", 1, "Health insurance"),
        ("list_item", 1, "Four-day week"),
    ]
    assert [at(posting, b.start) for b in benefits.items] == ["42:3", "43:3"]


def test_prose_mask_matches_blocks(posting: Posting) -> None:
    assert len(posting.prose) == len(posting.source)
    assert posting.prose.count("\n") == posting.source.count("\n")
    for block in posting.blocks():
        assert block.offsets is None
        assert posting.prose[block.start : block.end] == block.text
        assert posting.source[block.start : block.end] == block.text


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_other_line_endings(posting: Posting, eol: str) -> None:
    other = read(POSTING.replace("\n", eol))
    assert len(other.prose) == len(other.source)
    assert other.title == posting.title
    assert other.meta == posting.meta
    assert outline(other) == outline(posting)
    mine = [(b.kind, b.level, b.clean, posting.locate(b.start), posting.locate(b.end)) for b in posting.blocks()]
    theirs = [(b.kind, b.level, b.clean, other.locate(b.start), other.locate(b.end)) for b in other.blocks()]
    assert theirs == mine
    assert eol in other.prose


def test_what_is_not_a_heading() -> None:
    text = (
        "Widget Engineer\n\n"
        "Intro paragraph here.\n"
        "This Is Not A Heading\n\n"
        "Ends With A Period.\n\n"
        "This line has far too many words to be a label at all:\n\n"
        "🌍 12 Offices Worldwide\n\n"
        "Final Words\n"
    )
    posting = read(text)
    assert posting.title == "Widget Engineer"
    assert posting.sections == []
    assert [b.clean for b in posting.preamble] == [
        "Intro paragraph here. This Is Not A Heading",  # not standing alone
        "Ends With A Period.",
        "This line has far too many words to be a label at all:",
        "12 Offices Worldwide",  # an emoji line with digits is a paragraph
        "Final Words",  # nothing follows it
    ]
    assert {b.kind for b in posting.preamble} == {"paragraph"}


def test_heading_levels_follow_the_schema() -> None:
    text = (
        "Primary Functions\n\n"  # a child kind before any section: level 3
        "Some duty text.\n\n"
        "Career Progression\n\n"
        "Typical Career Path\n\n"  # same kind as the current level-2 section: level 3
        "From engineer to CTO.\n\n"
        "Skills\n\n"
        "- One\n"
    )
    posting = read(text)
    assert posting.title is None  # a schema heading is not a job title
    assert outline(posting) == [
        (3, "primary-functions", "Primary Functions", None),
        (2, "career-progression", "Career Progression", None),
        (3, "career-progression", "Typical Career Path", "career-progression"),
        (2, "skills", "Skills", None),
    ]


def test_title_skips_junk_and_salary_lines() -> None:
    posting = read("Skip to content\n→ Home\n\n💰 $90k – $120k\n\nData Analyst\n\nWe analyse data for a living.\n")
    assert posting.title == "Data Analyst"
    assert posting.title_block is not None and at(posting, posting.title_block.start) == "6:1"
    assert [b.text for b in posting.preamble] == ["$90k – $120k", "We analyse data for a living."]
    # A first line that is a sentence is no title, even if it mentions pay; the heading below it that names a role is.
    posting = read("We pay a fair salary and offer a kind team to work with.\n\nData Analyst\n\nText.\n")
    assert posting.title == "Data Analyst" and at(posting, posting.title_block.start) == "3:1"
    posting = read("We pay a fair salary and offer a kind team to work with.\n\nBenefits\n\nText.\n")
    assert posting.title is None  # a part of a posting names no job


def test_empty_and_blank_input() -> None:
    for text in ("", "\n\n", "   \r\n\t\n"):
        posting = read(text)
        assert posting.prose == "".join(c if c in "\r\n" else " " for c in text)
        assert posting.title is None and posting.sections == [] and posting.preamble == []


def _seed_path() -> Path | None:
    env = os.environ.get("POSTLINT_SEED")
    path = Path(env) if env else Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "cto-posting.txt"
    return path if path.is_file() else None


@pytest.fixture(scope="module")
def seed() -> Posting:
    path = _seed_path()
    if path is None:
        pytest.skip("seed posting not found (set POSTLINT_SEED)")
    return read(path.read_text(encoding="utf-8"))


def test_seed_title_tags_and_salary(seed: Posting) -> None:
    assert seed.title == "Key Responsibilities and Required Skills for Chief Technology Officer (CTO)"
    assert seed.meta["tags"] == ["Executive", "Technology", "Leadership", "Product", "Engineering"]
    assert [(b.kind, b.text) for b in seed.preamble] == [("paragraph", "$160,000 - $350,000")]
    assert at(seed, seed.preamble[0].start) == "5:3"
    assert "Back to Home" not in seed.prose


def test_seed_sections(seed: Posting) -> None:
    top = [(s.level, s.kind, s.title) for s in seed.sections]
    assert top == [
        (2, "role-definition", "Role Definition"),
        (2, "career-progression", "Career Progression"),
        (2, "responsibilities", "Core Responsibilities"),
        (2, "skills", "Required Skills & Competencies"),
        (2, "education-experience", "Education & Experience"),
    ]
    children = {s.kind: [c.kind for c in s.children] for s in seed.sections}
    assert children == {
        "role-definition": [],
        "career-progression": ["career-progression"],
        "responsibilities": ["primary-functions", "secondary-functions"],
        "skills": ["hard-skills", "soft-skills"],
        "education-experience": ["educational-background", "experience-requirements"],
    }
    counts = {kind: len(seed.find(kind).items) for kind in ("primary-functions", "secondary-functions")}
    counts |= {kind: len(seed.find(kind).items) for kind in ("hard-skills", "soft-skills")}
    assert counts == {"primary-functions": 22, "secondary-functions": 10, "hard-skills": 13, "soft-skills": 10}


def test_seed_labels_and_positions(seed: Posting) -> None:
    path = seed.find("career-progression").children[0]
    assert path.title == "Typical Career Path" and path.level == 3
    assert [(c.title, len(c.items)) for c in path.children] == [
        ("Entry Point From:", 3),
        ("Advancement To:", 4),
        ("Lateral Moves:", 3),
    ]
    assert all(c.heading.kind == "label" and c.level == 7 for c in path.children)
    background = seed.find("educational-background")
    assert [c.title for c in background.children] == [
        "Minimum Education:",
        "Preferred Education:",
        "Relevant Fields of Study:",
    ]
    assert at(seed, seed.find("role-definition").heading.start) == "9:3"
    primary = seed.find("primary-functions")
    assert at(seed, primary.heading.start) == "41:1"
    assert at(seed, primary.items[0].start) == "43:5"
    assert primary.items[0].text.startswith("Define, articulate, and own")
    assert len(seed.prose) == len(seed.source)


def test_sentence_case_known_section_names_are_headings() -> None:
    from postlint.readers import parse

    posting = parse(
        "Sales Associate\n\nAbout the job\nGreenleaf Outfitters is a store.\n\nWhat you'll do\n• Greet customers\n\n"
        "We are a friendly team\nthat loves books.\n",
        "text",
    )
    assert [(s.kind, s.title) for s in posting.walk()] == [
        ("role-definition", "About the job"),
        ("responsibilities", "What you'll do"),
    ]
    # An ordinary sentence-case line is still a paragraph.
    assert posting.find("responsibilities").blocks[-1].clean == "We are a friendly team that loves books."


def test_one_bare_line_among_sentences_is_no_list() -> None:
    # "Assessment accommodation" was link text: alone among sentences it does not make them items.
    text = (
        "Data Analyst\n\nEssential criteria:\no Experience with SQL;\no Experience with Python;\no Experience in statistics.\n\n"
        "Candidates will be assessed on the criteria listed above.\n"
        "Our team is fully distributed. This job can be done from anywhere in Canada.\n"
        "Assessment accommodation\n"
        "All employees must attest to their vaccination status.\n"
    )
    p = parse(text, "text")
    assert [b.text for b in p.blocks() if b.kind == "list_item"] == [
        "Experience with SQL;", "Experience with Python;", "Experience in statistics.",
    ]
    assert p.sections[0].items == [b for b in p.blocks() if b.kind == "list_item"]


def test_bare_lines_make_a_list_with_its_punctuated_items() -> None:
    p = parse("Data Analyst\n\nRequirements\n\nYou know SQL well\nStrong Python skills.\nClear writing.\n", "text")
    assert [b.text for b in p.blocks() if b.kind == "list_item"] == ["You know SQL well", "Strong Python skills.", "Clear writing."]


@pytest.mark.parametrize(
    "requirements",
    [
        "Requirements\nExperience with SQL\nStrong Python skills\nClear writing\n",
        "Requirements\n\nExperience with SQL\nStrong Python skills\nClear writing\n",
        "Requirements\n\nKnowledge of GAAP\nStrong Python skills\nClear writing\n",
    ],
)
def test_a_qualification_with_its_object_is_an_item_not_a_heading(requirements: str) -> None:
    p = parse(f"Data Analyst\n\n{requirements}", "text")
    assert [(s.kind, s.title, len(s.items)) for s in p.walk()] == [("skills", "Requirements", 3)]


def test_experience_alone_is_still_a_heading() -> None:
    p = parse("Data Analyst\n\nRequirements\n\n- SQL\n- Python\n\nExperience\n\n- Two years in a data team\n", "text")
    assert [(s.kind, s.title) for s in p.walk()] == [("skills", "Requirements"), ("education-experience", "Experience")]


# Blind set S6: LinkedIn's insight lines around the posting, copied as text.
LINKEDIN = """\
Data Analyst
Brightwave Logistics · Manchester, England, United Kingdom (On-site)

On-site   Full-time   Mid-Senior level
501-1,000 employees · Transportation, Logistics, Supply Chain and Storage
Skills: SQL, Power BI, Forecasting, +4 more
See how you compare to 63 others who clicked apply. Try Premium for $0

About the job

We are looking for a Data Analyst to help our depots plan labour better.
"""


def test_linkedin_insight_lines_are_metadata_or_chrome() -> None:
    posting = parse(LINKEDIN, "text")
    assert posting.meta["employment-type"] == "On-site   Full-time   Mid-Senior level"
    assert posting.meta["company"] == "Brightwave Logistics"
    assert [(s.kind, s.title) for s in posting.walk()] == [("role-definition", "About the job")]
    assert [b.text for b in posting.body_blocks()] == ["We are looking for a Data Analyst to help our depots plan labour better."]


@pytest.mark.parametrize(
    "line",
    [
        # Blind set S113: "over 100 applicants", and the pitch closing another of LinkedIn's lines.
        "See how you compare to over 100 applicants. Try Premium for £0",
        "Get AI-powered advice on this job and more exclusive features with Premium. Try Premium for £0",
        "Try Premium for €0",
    ],
)
def test_linkedins_premium_pitch_is_chrome(line: str) -> None:
    from postlint.readers.page_chrome import is_chrome

    assert is_chrome(line)


@pytest.mark.parametrize("line", ["We sell a Premium plan. Customers try Premium for free.", "Our customers can Try Premium for free", "Premium pay: £0.50 an hour extra"])
def test_a_sentence_about_premium_is_no_pitch(line: str) -> None:
    from postlint.readers.page_chrome import is_chrome

    assert not is_chrome(line)


def test_a_field_line_with_a_figure_is_no_heading() -> None:
    # Blind set S113: Indeed's "Pay: From $22.50 per hour" over its "Benefits:" list had been an empty pay part.
    text = (
        "Warehouse Associate\nAtlantica Distribution Inc.\nMoncton, NB\nPay\nFrom $22.50 an hour\nJob type\nFull-time\n"
        "Pay: From $22.50 per hour\n\nBenefits:\nDental care\nVision care\n"
    )
    assert [s.title for s in parse(text, "text").walk()] == ["Benefits"]
    # Close: a stage of the hiring numbered in its label heads the prose below it still.
    stage = (
        "Warehouse Associate\nAtlantica Distribution Inc.\n\nWe are hiring six night-shift warehouse associates for permanent jobs.\n\n"
        "Stage 2: the interview\n\nYou will meet the shift supervisor on the floor for thirty minutes and walk the aisles together.\n"
    )
    assert [s.title for s in parse(stage, "text").walk()][-1] == "Stage 2: the interview"


def test_a_boards_watchlist_button_is_chrome() -> None:
    # Blind set S112: Trade Me's "Apply now    Add to Watchlist" had been an empty part.
    from postlint.readers.page_chrome import is_apply_button_row, is_chrome

    assert is_chrome("Apply now    Add to Watchlist") and is_apply_button_row("Apply now    Add to Watchlist")
    assert is_chrome("Add to shortlist")
    # Close: a duty that adds things to a watchlist is the posting's text.
    assert not is_chrome("Add to the watchlist any supplier that misses two deliveries")
    assert not is_chrome("Apply now    Add to your skills")


def test_a_button_may_name_the_job_as_an_offer_or_vacancy() -> None:
    # Blind set S119: a Polish board's "[ Apply ]   [ Save offer ]" is its row of buttons, as "Apply   Save job" is.
    from postlint.readers.page_chrome import is_apply_button_row

    assert is_apply_button_row("[ Apply ]   [ Save offer ]") and is_apply_button_row("Apply now    Share this vacancy")
    # Close: a sentence's words after the button are no button.
    assert not is_apply_button_row("Apply now    Save the offer letter")


def test_lever_header_between_slashes_is_metadata() -> None:
    # Blind set S6: Lever prints place, team, commitment and workplace between slashes.
    text = (
        "Senior Backend Engineer\nNairobi, Kenya / Engineering – Payments Platform / Full-time / Hybrid\n\n"
        "Pesaflow builds payment rails for small merchants. You will build and run our settlement service.\n"
    )
    posting = parse(text, "text")
    assert (posting.meta["location"], posting.meta["employment-type"]) == ("Nairobi, Kenya", "Full-time")
    assert [b.text for b in posting.body_blocks()] == [
        "Pesaflow builds payment rails for small merchants. You will build and run our settlement service."
    ]
    # Parts between slashes that name no place or type are the posting's text: "Design / Research / Writing".
    plain = parse("Content Designer\nDesign / Research / Writing\n\nYou will write guidance for our users.\n", "text")
    assert "location" not in plain.meta and "employment-type" not in plain.meta


def test_a_byline_led_by_a_term_names_no_employer() -> None:
    # Blind set S6: "13 weeks" leads a travel nurse's facts line; it is no company.
    posting = parse("Travel ICU Nurse\n13 weeks · Nights (3x12) · Contract\n\nYou will work nights in a teaching hospital in Tucson.\n", "text")
    assert "company" not in posting.meta and posting.meta["employment-type"] == "Contract"


def test_a_first_line_of_parts_between_bars_naming_a_role_and_pay_is_the_title() -> None:
    # Blind set S7: a Philippine BPO ad's header line is its title (STR002 then reports the pay and the place in it).
    line = "CUSTOMER SERVICE REPRESENTATIVE | US HEALTHCARE ACCOUNT | EASTWOOD QC | ₱28K-₱35K + SIGN-ON BONUS!!!"
    posting = parse(line + "\n\nOur client is looking for Customer Service Representatives for its US healthcare account.\n", "text")
    assert posting.title == line


def test_canadas_public_service_header_names_the_department() -> None:
    # Blind set S7: "Department - Sector" over "Ottawa (Ontario)", under a header field.
    text = (
        "Policy Analyst\nReference number: DFO26J-021874-000342\nFisheries and Oceans Canada - Strategic Policy Sector\n"
        "Ottawa (Ontario)\n$83,063 to $97,733 (annual)\n\nWork environment\nYou will write briefing notes for the Minister.\n"
    )
    posting = parse(text, "text")
    assert (posting.meta["company"], posting.meta["location"]) == ("Fisheries and Oceans Canada", "Ottawa (Ontario)")


def test_an_empty_benefits_heading_adopts_no_unrelated_heading() -> None:
    # Blind set S8: "Benefits" left empty over "How You Will Be Evaluated" is an empty part, not a parent.
    text = (
        "Electrician\n\nDuties\n- Install lighting\n- Troubleshoot circuits\n\nBenefits\n\n"
        "How You Will Be Evaluated\nYou will be evaluated on how well you meet the qualifications.\n\n"
        "How to Apply\nApply on USAJOBS by 12/08/2026.\n"
    )
    posting = parse(text, "text")
    benefits = posting.find("benefits")
    assert benefits is not None and benefits.children == [] and list(benefits.all_blocks()) == []
    # A short heading under it is one of its parts: "Benefits" over "Health".
    nested = parse("Electrician\n\nBenefits\n\nHealth\n- Medical and dental\n\nHow to Apply\nApply online.\n", "text")
    assert [c.title for c in nested.find("benefits").children] == ["Health"]


def test_a_craigslist_ad_keeps_its_title_and_drops_the_qr_line() -> None:
    # Blind set S8: a title that calls for movers with pay is the title; "QR Code Link to This Post" is chrome.
    text = "Movers Wanted - $22/hr - Start Tomorrow (Alexandria)\n\nQR Code Link to This Post\n\nWe need three movers for local moves.\n"
    posting = parse(text, "text")
    assert posting.title == "Movers Wanted - $22/hr - Start Tomorrow (Alexandria)"
    assert [b.text for b in posting.body_blocks()] == ["We need three movers for local moves."]


def test_terms_after_the_requirements_are_what_the_job_gives() -> None:
    # Blind set S69: "Terms:" over an allowance, medical cover and leave is a part of its own, not more requirements.
    text = (
        "MEL Officer\n\nRequirements:\n- Bachelor's degree in Statistics.\n- Three years of survey experience.\n\n"
        "Terms:\n- A field allowance of up to KES 8,000 per month.\n- Medical cover and 24 days of annual leave.\n\n"
        "How to Apply:\nSend a CV to jobs@example.org.\n"
    )
    posting = parse(text, "text")
    assert [(s.kind, s.title) for s in posting.sections if s.title] == [("skills", "Requirements"), ("benefits", "Terms"), ("how-to-apply", "How to Apply")]
    assert [len(list(s.all_blocks())) for s in posting.sections if s.title] == [2, 2, 1]


def test_a_colon_between_digits_is_no_label() -> None:
    # Blind set S78: "1:1" in a title line over header fields made the title a field named by the words before it.
    text = "Special Education Paraprofessional - 1:1 Support (Req 2417)\n\nLocation: Willow Creek, OR\n\nYou will support one student in class.\n"
    posting = parse(text, "text")
    assert posting.title == "Special Education Paraprofessional - 1:1 Support (Req 2417)"
    assert posting.meta == {"location": "Willow Creek, OR"}
    # A label before a time is still a label: "Start time: 9:30", "Shift 2: 14:00-22:00".
    from postlint.readers.header_box import pairs

    assert [(p.label, p.key) for p in pairs("Start time: 9:30")] == [("Start time", None)]
    assert [p.label for p in pairs("Shift 2: 14:00-22:00")] == ["Shift 2"]
    assert [p.label for p in pairs("Hours:9:30-17:30")] == ["Hours"]
    assert pairs("Ratio 1:1 support") == []


def test_a_colon_inside_brackets_is_no_label() -> None:
    # Blind set S83: "(Ref: ENV/2611)" made the title line over a "Location:" field a field of its own.
    text = "Countryside Ranger (Ref: ENV/2611)\n\nLocation: Nant y Garth Country Park\n\nAbout the role\n\nYou will patrol the park.\n"
    posting = parse(text, "text")
    assert posting.title == "Countryside Ranger (Ref: ENV/2611)"
    assert posting.meta == {"location": "Nant y Garth Country Park"}
    from postlint.readers.header_box import pairs

    assert pairs("Countryside Ranger [Ref: ENV/2611]") == []
    # A label with brackets of its own is labelled by the colon after them; the value keeps its brackets.
    assert [(p.label, p.value("Location (hybrid: 2 days): Leeds")) for p in pairs("Location (hybrid: 2 days): Leeds")] == [("Location (hybrid: 2 days)", "Leeds")]
    line = "Salary: £30,000 (pro rata: 37 hours)"
    assert [(p.key, p.value(line)) for p in pairs(line)] == [("salary", "£30,000 (pro rata: 37 hours)")]


def test_location_labels_in_other_languages() -> None:
    # Blind set S98: Trabajando's "Ubicación:" names the work town as "Location:" does.
    text = "Maintenance Planner – Calama\n\nUbicación: Calama, Chile\n\nBuild the weekly maintenance schedule.\n"
    assert parse(text, "text").meta == {"location": "Calama, Chile"}
    from postlint.readers.header_box import label_key

    assert [label_key(w) for w in ("Standort", "Lieu de travail", "Localização", "Lokalizacja", "Arbeitsort")] == ["location"] * 5
    assert label_key("Lugar de entrevista") is None  # where the interview is, not the work
    # The pay in a box of such fields is still the pay.
    box = "Maintenance Planner\n\nUbicación: Calama, Chile\nRenta: CLP 2.400.000 – 2.900.000 brutos\n\nBuild the schedule.\n"
    posting = parse(box, "text")
    assert posting.salary is not None and posting.salary.currency == "CLP"


def test_a_long_title_case_title_is_the_title() -> None:
    # Blind set S87: a UN consultancy's 16-word title was untitled preamble, so STR001 said "No job title".
    title = "National Consultant – Monitoring of Water, Sanitation and Hygiene (WASH) Programmes in Arid and Semi-Arid Counties"
    assert parse(f"{title}\n\nThe consultant will monitor the programme.\n", "text").title == title
    # Near-misses: a long opening sentence with no stop, and a Title Case tagline naming no role.
    for line in (
        "We are looking for an experienced consultant to monitor water and sanitation programmes across the arid counties of Kenya",
        "The Leading Provider of Cloud Software for Small and Medium Businesses Across Europe, Africa and North America Since 1999",
    ):
        assert parse(f"{line}\n\nThe consultant will monitor the programme.\n", "text").title is None


def test_a_posted_date_and_time_line_is_no_title() -> None:
    # Blind set S87: Craigslist's "Posted 2026-12-03 09:14" over the ad was its title (STR002 "contains a date").
    for stamp in ("Posted 2026-12-03 09:14", "Posted 2026-12-03", "Posted on 3 December 2026 at 9:14 am"):
        posting = parse(f"{stamp}\n\nMover (Portland)\n\nWe need a mover for the weekend.\n", "text")
        assert posting.title == "Mover (Portland)"
        assert posting.meta == {"date-posted": "2026-12-03"}
    # Near-miss: a title with a year in it stays the title.
    posting = parse("Graduate Engineer 2026-27 Intake\n\nWe need graduates for the weekend.\n", "text")
    assert posting.title == "Graduate Engineer 2026-27 Intake"


def test_sentences_a_line_after_a_parts_bulleted_list_and_prose_are_no_items() -> None:
    # Blind set S84: three pay lines after "What I need:", its six bullets and a paragraph were three more
    # items, so the duties were 3 of 9 and STR005 said "Missing the responsibilities section".
    duties = "".join(f"- {d}\n" for d in (
        "Fix the Javascript error that breaks the Stripe payment step on mobile", "Get LCP under 2.5 seconds (now 4.8 seconds on mobile)",
        "Keep my good-looking product pages, just make them load fast", "Push every change through Github so I can review it",
        "Hotfixes only on weekdays", "Test the order API with my Postman collection",
    ))
    tail = (
        "\nI'm looking for someone who can start this week. We have a flash sale on December 12.\n\n"
        "Longer-term work pays up to $45/hr for the right person.\nBonus of up to $200 if pages load in under 2.5 seconds by the sale.\n"
        "I will add you to the repository once we agree on a plan.\n"
    )
    from postlint.readers.outline import parse as parse_and_classify

    posting = parse_and_classify("WooCommerce Developer\n\nWhat I need:\n" + duties + tail, "text")
    (part,) = [s for s in posting.sections if s.title == "What I need:"]
    assert sum(b.kind == "list_item" for b in part.all_blocks()) == 6
    assert part.kind == "responsibilities"
    # Near-miss: with no bullets above them in the part, sentences one a line are still a list that lost its bullets.
    posting = parse("WooCommerce Developer\n\nWhat I need:\nFix the checkout error on mobile.\nGet LCP under 2.5 seconds.\nTest the order API.\n", "text")
    assert sum(b.kind == "list_item" for s in posting.sections for b in s.all_blocks()) == 3


def test_pay_under_its_contract_type_is_no_field() -> None:
    # Blind set S86: justjoin.it's "B2B: 18 000 - 25 000 PLN net/month" over "Employment Type: B2B, Permanent" was a
    # field named "b2b", so PAY001 said no pay was stated.
    head = "Senior Java Developer\n\nB2B: 18 000 - 25 000 PLN net/month\nPermanent: 20 000 - 24 000 PLN gross/month\n\n"
    posting = parse(head + "Employment Type: B2B, Permanent\n\nWe build payment software.\n", "text")
    assert posting.meta == {"employment-type": "B2B, Permanent"}
    assert posting.salary is not None and (posting.salary.min, posting.salary.max, posting.salary.period) == (18000, 25000, "MONTH")
    # Near-miss: a rate under another name in the header stays a field of its own.
    posting = parse("Line Cook\n\nWeekend rate: up to $14/hr\nEmployment Type: Part-time\n\nWe cook.\n", "text")
    assert posting.meta.get("weekend-rate") == "up to $14/hr"


def test_a_boards_card_of_the_employer_over_the_title_is_no_title() -> None:
    # Blind set S88: Work at a Startup's banner, the employer and its tagline over "Founding Engineer" and its pay:
    # the banner was the title (STR003 "8 words", the SEO rules on the keyphrase 'Work').
    waas = "Work at a Startup · Backed by Y Combinator\nQuillbox\nTax prep for freelancers, done for you\n\nFounding Engineer\n$150K - $190K per year\nSan Francisco, CA, US · Full-time\nApply to Quillbox\n\nAbout the role\nYou will build the app that files quarterly taxes.\n"
    posting = parse(waas, "text")
    assert posting.title == "Founding Engineer"
    assert posting.meta["company"] == "Quillbox"  # named again below: the employer, not the board's banner
    assert "Tax prep for freelancers" in posting.prose  # the card's other lines stay text
    # Blind set S89: Otta's card (name, tagline, facts) over the title alone, its "Salary:" field under it.
    otta = "Ledgerline\nOpen banking infrastructure for small lenders\nFintech · Series A · 38 employees · London, United Kingdom\n\nSenior Backend Engineer\n\nSalary: Up to £95,000 per year\n\nAbout Ledgerline\n\nLedgerline builds the plumbing that lets small lenders see bank data.\n"
    posting = parse(otta, "text")
    assert (posting.title, posting.meta["company"]) == ("Senior Backend Engineer", "Ledgerline")
    # A board's name the page does not name again is no employer.
    posting = parse("Wellfound\nQuillbox\nTax prep for freelancers\n\nFounding Engineer\n$150K - $190K per year\n\nAbout Quillbox\nQuillbox files taxes.\n", "text")
    assert (posting.title, posting.meta.get("company")) == ("Founding Engineer", "Quillbox")


def test_a_first_block_naming_a_role_stays_the_title() -> None:
    # Near-misses of the card: the first block names the role, or the line naming one under it is a sentence.
    posting = parse("Founding Engineer\nQuillbox\nSan Francisco, CA\n\nTeam Lead\n$150K - $190K per year\n\nYou will lead.\n", "text")
    assert posting.title == "Founding Engineer"
    posting = parse("Quillbox Careers\nTax prep for freelancers\n\nWe need an engineer.\n$150K - $190K per year\n\nYou will build.\n", "text")
    assert posting.title == "Quillbox Careers"


def test_a_cards_company_facts_blanked_as_chrome_stay_in_the_card() -> None:
    # Blind set S92: Wellfound's card, its size line ("11-50 employees · Seed") page chrome, over the title and its pay:
    # the company's name was the title, the title a heading.
    wellfound = "Tallyrock\nLedger and payments infrastructure for community banks\n11-50 employees · Seed\n\nFounding Backend Engineer\n$150k – $185k\nRemote (US)\nFull Time\n\nAbout the job\n\nYou will build our ledger services in Go for Tallyrock.\n"
    posting = parse(wellfound, "text")
    assert (posting.title, posting.meta.get("company")) == ("Founding Backend Engineer", "Tallyrock")
    assert "11-50 employees" not in posting.prose  # still chrome
    # Near-miss: the first block names the role over the facts: it stays the title.
    posting = parse("Backend Engineer\n11-50 employees · Seed\n\nSenior Engineer\n$150k – $185k\n\nYou will build.\n", "text")
    assert posting.title == "Backend Engineer"


def test_wellfounds_account_links_and_the_employer_over_the_title() -> None:
    # Blind set S102: Wellfound's "Log In   Sign Up" was the title and keyphrase (SEO003, SEO004, SEO005); without it,
    # the employer's name over the title, which the opening prose names again, was.
    page = "Wellfound\nDiscover   Jobs   Companies   Salaries\nLog In   Sign Up\n\nLedgerleaf\n\nFounding Full-Stack Engineer\n\nAbout the job\n\nLedgerleaf is a young company that automates accounts payable for restaurant groups.\n"
    posting = parse(page, "text")
    assert (posting.title, posting.meta.get("company")) == ("Founding Full-Stack Engineer", "Ledgerleaf")
    assert "Sign Up" not in posting.prose
    # Near-misses: a name the text does not say again, or a place, over the line naming a role stays as it was read.
    assert parse(page.replace("Ledgerleaf is", "We are"), "text").title == "Ledgerleaf"
    berlin = "Berlin\n\nSenior Engineer\n\nAbout the job\n\nOur Berlin office automates accounts payable.\n"
    assert parse(berlin, "text").meta.get("company") is None


def test_a_boards_menu_line_under_its_lower_case_name_is_chrome() -> None:
    # Blind set S95: Jora's bar, its name in lower case before its links, was the title (STR004, STR011, the SEO rules on 'jora').
    jora = "jora  |  Search jobs  |  Sign in\n\nCasual Storeperson - Cold Store\nRiverina Fresh Logistics\nWagga Wagga NSW\nCasual/Temp\nfrom $33.19 per hour\n\nWe're a busy cold-store in Wagga Wagga, NSW.\n"
    posting = parse(jora, "text")
    assert (posting.title, posting.meta.get("company")) == ("Casual Storeperson - Cold Store", "Riverina Fresh Logistics")
    assert "jora" not in posting.prose
    # Near-misses: a part not a menu link keeps the line ("jora | Storeperson | Sign in"); two parts are no menu.
    assert parse("acme  |  Storeperson  |  Sign in\n\nWe pack orders.\n", "text").title == "acme | Storeperson | Sign in"
    assert parse("acme | Sign in\n\nWe pack orders.\n", "text").title == "acme | Sign in"


def test_hacker_news_bars_over_a_who_is_hiring_header_are_chrome() -> None:
    # Blind set S108: HN's menu and the story's byline over the comment kept its header from being read (STR001, STR004).
    hn = (
        "Hacker News new | threads | past | comments | ask | show | jobs | submit    login\n\n"
        "Ask HN: Who is hiring? (December 2026)\n"
        "587 points by whoishiring 6 days ago | hide | past | favorite | 744 comments\n\n"
        "Tallowline | Senior Backend Engineer (Go) | Lisbon, Portugal | Full-time | €70k–€95k\n\n"
        "We build the payments ledger behind about 1,400 independent online shops in Portugal and Spain.\n"
    )
    posting = parse(hn, "text")
    assert (posting.title, posting.meta.get("company")) == ("Senior Backend Engineer (Go)", "Tallowline")
    assert "points" not in posting.prose and "threads" not in posting.prose
    # Near-misses: a line of parts that are not all HN's links, or a byline's words in a sentence, stay text.
    assert parse("New grads | Backend Engineer | past clients\n\nWe pack orders.\n", "text").title is not None
    assert "12 points" in parse("Backend Engineer\n\nWe gave 12 points by the judges 2 days ago a look.\n", "text").prose


def test_a_brazilian_town_and_its_state_code_is_a_place_line() -> None:
    # Blind set S95: Catho's "São Paulo - SP (Vila Leopoldina)" under the employer was no location (STR010).
    from postlint.readers.header_stack import place_line

    assert all(place_line(t) for t in ("São Paulo - SP (Vila Leopoldina)", "Campinas - SP", "Rio de Janeiro - RJ"))
    # Near-misses: a team or department before a code; a code North America shares needs a known town.
    assert not any(place_line(t) for t in ("Sales - SP", "IT Support - SP", "Team - RS", "Marketing - PA", "Engineer - SP"))


def test_a_column_of_skill_tags_in_capitals_is_a_list_not_headings() -> None:
    # Blind set S96: Naukri's "Key Skills" prints one tag a line; "COBOL", "JCL" and "CICS" read as headings.
    naukri = "Mainframe Developer\n\nYou will maintain our batch programs.\n\nKey Skills\nCOBOL\nDB2\nJCL\nCICS\nMainframe\n\nAbout Acme\n\nAcme Staffing is a staffing firm in Bengaluru.\n"
    posting = parse(naukri, "text")
    assert [(s.kind, s.title) for s in posting.walk()] == [("skills", "Key Skills"), ("about-company", "About Acme")]
    skills = next(s for s in posting.walk() if s.title == "Key Skills")
    assert [b.text for b in skills.blocks] == ["COBOL", "DB2", "JCL", "CICS", "Mainframe"]
    # Near-misses: a one-word part in capitals over its text, and stacked capitals of known parts, stay headings.
    posting = parse("Welder\n\nRESPONSIBILITIES\nWeld frames.\nBENEFITS\nDental\n\nOVERVIEW\nWe build trailers.\n", "text")
    assert [s.title for s in posting.walk()] == ["RESPONSIBILITIES", "BENEFITS", "OVERVIEW"]


def test_a_boards_box_of_fields_keeps_the_labels_it_does_not_know() -> None:
    # Blind set S102: Wellfound's sidebar, two known labels then "Visa sponsorship", "Relocation" and "Skills" over
    # tags, was read as items of the list above it (STR008 counted 15).
    page = "Engineer\n\nWhat we're looking for\n- SQL you are proud of\n- React in production\n\nJob type\nFull Time\nRole\nSoftware Engineer\nVisa sponsorship\nNot Available\nSkills\nReact\nAWS\n"
    posting = parse(page, "text")
    assert [b.text for b in posting.find("skills").blocks] == ["SQL you are proud of", "React in production"]
    assert "Visa sponsorship" not in posting.prose and "AWS" not in posting.prose
    # Near-miss: the title over the same fields, in one block, stays the title.
    posting = parse("Software Engineer\nJob type\nFull Time\nLocation\nBerlin\nVisa sponsorship\nNot Available\n\nYou will build our ledger in Go.\n", "text")
    assert posting.title == "Software Engineer"


def test_a_chats_greeting_is_no_title() -> None:
    # Blind set S102: "hey guys 👋" over a Discord post was the title and keyphrase (SEO003, SEO004); it stays text.
    posting = parse("hey guys 👋\nwe're HIRING!!! 🎉🎉\nlooking for a 3D environment artist for our dungeon crawler\n", "text")
    assert posting.title is None
    assert "hey guys" in posting.prose  # INC002 still reads "guys"
    # Near-misses: a title over the greeting stays the title; a line naming a role after "Hello" is one.
    assert parse("3D Environment Artist\n\nhey guys 👋\nwe're hiring, message me\n", "text").title == "3D Environment Artist"
    assert parse("Hello Fresh Driver\n\nDeliver meal kits around Leeds in our vans.\n", "text").title == "Hello Fresh Driver"


def test_one_word_headings_over_short_lines_of_words_stay_headings() -> None:
    # Review: "SCHEDULE" over "Monday to Friday" is a heading; only a column of names ("DB2", "Spring Boot") is tags.
    text = "Store Assistant\n\nYou will serve customers in our Leeds shop.\n\nRESPONSIBILITIES\nServe customers\nStock shelves\nRun the till\nSCHEDULE\nMonday to Friday\nWeekends off\nEQUIPMENT\nUniform provided\nSafety boots\n"
    assert [s.title for s in parse(text, "text").walk()] == ["RESPONSIBILITIES", "SCHEDULE", "EQUIPMENT"]


def test_a_boards_box_of_fields_leaves_its_benefits_to_the_posting() -> None:
    # Review: Indeed's box ("Job type" / "Full-time" / "Pay" / …) took its "Benefits" and their items as fields,
    # and PAY007 said no benefits were described.
    text = "Warehouse Operative\n\nYou will pick, pack and load orders for stores across the north of England.\n\nJob type\nFull-time\nPay\n£24,000 a year\nBenefits\nCompany pension\nFree parking\nStaff discount\n"
    benefits = next(s for s in parse(text, "text").walk() if s.title == "Benefits")
    assert [b.text for b in benefits.blocks] == ["Company pension", "Free parking", "Staff discount"]


def test_a_pdfs_hard_wrapped_paragraph_keeps_its_first_line() -> None:
    # Blind set S108: a PDF's line ending "… residents across" read as a lead-in heading over its own paragraph,
    # so READ009 lost the first of three sentences opening "Council".
    text = "Water Quality Coordinator\n\nCouncil supplies drinking water to 54,000 residents across\nDubbo and eleven smaller villages. Council operates two water treatment\nplants. Council has adopted a risk-based approach to drinking water.\n"
    posting = parse(text, "text")
    assert list(posting.walk()) == []  # no heading: one paragraph under the title
    assert "Council supplies drinking water" in posting.prose
    # Near-miss: a dangling lead-in over one item a line stays a heading.
    text = "Product Designer\n\nWe build a budgeting app for families.\n\nYou might thrive in this role if you have\n3+ years of product design experience on a consumer app\nA portfolio with shipped work and the reasoning behind it\nComfort with experiment data and basic SQL\n"
    heading = next(s for s in parse(text, "text").walk())
    assert (heading.title, len(heading.blocks)) == ("You might thrive in this role if you have", 3)


def test_a_signature_mark_heads_nothing_and_its_sign_off_is_no_list() -> None:
    # Blind set S111: India's "Sd/-" over the signing office and the employer's name was a heading over two items.
    # It heads nothing and is no prose; the lines under it are the sign-off, a line each.
    text = (
        "Assistant (Accounts)\n\n"
        "HOW TO APPLY\n\nSend the form by Speed Post to the Deputy Director.\n\n"
        "Sd/-\nDeputy Director (Administration)\nNATIONAL INSTITUTE OF AGRICULTURAL PRICE STATISTICS\n"
    )
    posting = read(text)
    assert [s.heading.clean for s in posting.sections if s.heading] == ["HOW TO APPLY"]
    assert "Sd/-" not in posting.text  # a mark, not words
    assert [(b.kind, b.clean) for b in posting.blocks()][-2:] == [
        ("paragraph", "Deputy Director (Administration)"),
        ("paragraph", "NATIONAL INSTITUTE OF AGRICULTURAL PRICE STATISTICS"),
    ]


def test_an_agencys_menu_after_its_long_name_is_chrome() -> None:
    # Blind set S117: the agency's menu, its name of three words and a symbol first, was the title (STR003, SEO001…).
    from postlint.readers.page_chrome import is_chrome

    menu = "Harcourt & Vale Recruitment   Jobs   Sectors   Candidates   Clients   Contact us"
    assert is_chrome(menu)
    assert is_chrome("Harcourt and Vale Recruitment   Jobs   Sectors   Contact us")
    # Near-misses: a first part naming a role is no site's name; one link is too few beside a long name.
    assert not is_chrome("Sales & Marketing Manager   Jobs   Manchester")
    assert not is_chrome("Harcourt and Vale Recruitment   Jobs   Sectors   Candidates")
    # Without the page's other chrome under it, the line naming the role is the title still.
    text = f"{menu}\n\nPayroll Officer - Salford\n\nOur client is a logistics firm in Salford.\n"
    assert parse(text, "text").title == "Payroll Officer - Salford"


def test_the_candidate_in_the_third_person_reads_as_a_qualification() -> None:
    # Blind set S114: "Bring these" over "The ideal candidate has…" and a degree was of no kind (STR009 missed the degree);
    # "The successful candidate will report to…" is a duty, not a qualification.
    text = (
        "VP of Sales\n\nWhere you come in\n\nYou will own the number for the region and build the forecast from scratch, "
        "with the CEO and the board.\n\nBring these\n\nThe ideal candidate has ten or more years in B2B software sales.\n"
        "Bachelor's degree required.\nEvery salesman on the team today came from freight or SaaS.\n"
        "A record of building a team of 20+ from early stage.\n"
    )
    from postlint.readers.outline import parse as read_outline

    part = next(s for s in read_outline(text, format="text").walk() if s.title == "Bring these")
    assert part.kind == "skills"
    from postlint.readers.block_categories import block_category

    assert block_category("The successful candidate will report to the CEO.") is None
    assert block_category("The successful candidate will have five years of sales.") == "qualifications"


def test_a_professional_qualification_held_is_a_qualification() -> None:
    # Blind set S114: "ACA, ACCA or CIMA qualified" left Reed's "The person" of no kind; "Qualified candidates will be
    # contacted" is no qualification.
    from postlint.readers.block_categories import block_category

    assert [block_category(t) for t in ("ACA, ACCA or CIMA qualified", "CIPD qualified", "Part-qualified ACCA")] == ["qualifications"] * 3
    assert block_category("Qualified candidates will be contacted within a week.") is None


def test_a_pay_grade_label_over_pay_is_the_salary() -> None:
    # Blind set S120: "Grade 7:" made the range a field named "grade-7", hidden from the PAY rules.
    from postlint.readers.header_box import pairs

    for line in ("Grade 7: £37,174 – £44,128", "Band 5: £29,970 – £36,483 a year", "Pay grade: £40,000", "Grade 7/8: £37,174 – £52,000"):
        assert [p.key for p in pairs(line)] == ["salary"], line
    # Near misses: a grade with no pay, a grade's number alone, a label that names no grade.
    assert [p.key for p in pairs("Grade: Senior")] == ["experience-level"]
    assert [p.key for p in pairs("Grade 7: Research Fellow")] == [None]
    assert [p.key for p in pairs("Grade: 7")] == ["experience-level"]
    assert [p.key for p in pairs("Relocation: £5,000")] == [None]
