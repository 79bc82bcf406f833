"""STR rules: the posting's sections against the schema (``rules/schema/*.toml``): required, sized, not empty, not doubled; and front matter that parses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.coverage import (
    covered_in_skills,
    duties_in_role,
    intro_words,
    role_in_combined_part,
    stated_inline,
)
from postlint.builtin.structure.sources import RESUME, REWORK
from postlint.engine.rule import Context, Rule, counted
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting, Section
from postlint.model.schema import QUALIFICATION_KINDS, Schema, SectionSpec, normalize_heading


def _headings_hint(spec: SectionSpec, n: int = 3) -> str:
    names = [a[:1].upper() + a[1:] for a in spec.aliases[:n]]
    return ", ".join(f"'{a}'" for a in names[:-1]) + f" or '{names[-1]}'" if len(names) > 1 else f"'{names[0]}'"


# Kind ids that do not read as words once their hyphens are spaces.
_KIND_LABELS = {"education-experience": "education and experience", "about-company": "about the company", "eeo": "equal-opportunity"}


def kind_label(kind: str) -> str:
    return _KIND_LABELS.get(kind, kind.replace("-", " "))


class UnreadableMetadata(Rule):
    code: str = "STR000"
    name: str = "invalid-front-matter"
    summary: str = "Front matter that does not parse (or names an unknown jurisdiction) is ignored; fix it so its title, salary, keywords and legal profile count."
    why: str = "postlint reads the title, pay and keywords from front matter; a syntax error hides them all."
    example: str = "---\ntitle: [Data Engineer\n---\n\nText."
    passing: str = "---\ntitle: Data Engineer\n---\n\nText."
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for offset, message in posting.problems:
            yield self.diagnostic(posting, offset, offset + 3, message)
        yield from self._unknown_jurisdictions(posting)

    def _unknown_jurisdictions(self, posting: Posting) -> Iterator[Diagnostic]:
        """A typo in `jurisdictions:` would silently switch the legal checks off."""
        from postlint.pay.jurisdictions import all_jurisdictions

        value = posting.meta.get("jurisdictions", posting.meta.get("jurisdiction"))
        codes = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        known = all_jurisdictions()
        for code in codes:
            if str(code).upper() not in known:
                m = re.search(rf"(?m)^jurisdictions?\s*[:=].*?({re.escape(str(code))})", posting.source)
                start, end = (m.start(1), m.end(1)) if m else (0, 3)
                yield self.diagnostic(posting, start, end, f"Unknown jurisdiction {str(code)!r} in front matter; known: {', '.join(sorted(known))}.")


class RequiredSection(Rule):
    code: str = "STR005"
    name: str = "required-section"
    summary: str = "Every section the schema requires is present (for the CTO schema: role definition, responsibilities, skills, education & experience)."
    why: str = (
        "Google requires the description to be a complete representation of the job, including responsibilities, "
        "qualifications, skills, education and experience; re:Work's guide names the same parts."
    )
    notes: str = (
        "A part stated inside another counts as present, as most postings write them: years of experience ('two years of…', 'three years as a store manager', "
        "'shipped at least one game', 'has done this before', 'can show 2-3 stores you've worked on', "
        "the candidate's past work in the perfect: 'has led a team in a contact centre', 'you've worked with React', "
        "'previous retail experience', 'experienced working on…', work done 'in previous roles', past work finishing a lead-in's perfect: "
        "'… are to have:' over 'Conducted user research…', or none: 'no past experience needed'), a degree, a diploma, a level of schooling ('senior high school graduate'), a certificate or a licence among the skills or requirements "
        "cover education and experience (an age, 'at least 18 years old', does not); three or "
        "more duties listed under the role's own heading, or told there or in the untitled opening prose as 'You will…' (or 'The postholder will…') sentences, counted by the duties they coordinate ('You will own onboarding, run the absence process and be the first contact' tells three), or in one sentence that lists them ('Responsibilities will include a, b and c'), cover the "
        "responsibilities; untitled opening prose of 40 words "
        "or more defines the role (under a heading that only opens the text, such as Careers24's 'Introduction', too), and so does as much prose before the list under a heading that names the role and its "
        "duties together ('Roles & Responsibilities'). A post with no headings may name a part by an inline label that is the "
        "part's whole name, opening a paragraph or a sentence ('The work: you'll own…', 'What you need: a degree in…'; "
        "not a duty's own label such as 'Fellowship Experience Management:', nor a benefit's 'Education: up to £1,000'), and "
        "years or a degree told after such a skills label cover education and experience; an 'Essential Qualification:' "
        "field does too. A sub-part ('Experience requirements') covers its parent. A board's 'Job description' "
        "heading in Dutch, German, French or Spanish ('Vacature omschrijving', 'Stellenbeschreibung', 'Description du poste', "
        "'Descripción del puesto', 'Descripción de la oferta') names the role definition. An agency's 'What they're looking for' "
        "(its client's) names the skills as 'What we're looking for' does."
    )
    source: str = REWORK
    example: str = "# Data Engineer\n\n## About the role\n\nYou will build and run the data platform that every team depends on for reporting, experiments and the models behind our product."
    passing: str = (
        "# Data Engineer\n\n## About the role\n\nYou will build and run the data platform that every team depends on for reporting, "
        "experiments and the models behind our product, working with analysts and engineers across the company.\n\n"
        "## Responsibilities\n\n- Build pipelines\n- Run the warehouse\n- Mentor analysts\n\n## Requirements\n\n- SQL\n- Python\n- Airflow\n\n"
        "## Education and experience\n\n- A degree in a technical field or equivalent experience"
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for spec, parent in ctx.schema.walk():
            if not spec.required or posting.find(spec.kind) is not None:
                continue
            if any(posting.find(child.kind) is not None for child in spec.children):
                continue  # "Experience requirements" alone covers education & experience
            if spec.intro and intro_words(posting) >= (spec.words.min if spec.words and spec.words.min else 1):
                continue
            if covered_in_skills(posting, spec) or duties_in_role(posting, spec) or role_in_combined_part(posting, spec):
                continue
            if stated_inline(posting, spec, ctx.schema):
                continue  # "What you need: a degree in…" in a post with no headings (blind set S110 re-score)
            if parent is not None:
                present = posting.find(parent.kind)
                # A child is required only where the parent is split into the schema's sub-kinds.
                child_kinds = {c.kind for c in parent.children}
                if present is None or not any(c.kind in child_kinds for c in present.children):
                    continue
                where = f" under '{present.title}'"
            else:
                where = ""
            yield self.at_document(
                posting,
                f"Missing the {kind_label(spec.kind)} section{where}: add a heading such as {_headings_hint(spec)}.",
            )


class SectionSize(Rule):
    code: str = "STR006"
    name: str = "section-size"
    summary: str = "Lists and sections stay within the schema's bounds (items per list, words of prose)."
    why: str = (
        "A responsibilities list of 3–12 items is read; one of 22 is skimmed past. A one-line role definition says "
        "nothing about the job. Bounds come from the schema, so teams can set their own."
    )
    notes: str = (
        "Never reported for too few words: a job board's heading over the whole description ('Full job description', "
        "'Job description') when the role is described under its own heading after it ('About the role'). A person "
        "specification's groups ('Qualifications', 'Experience', each over its 'Essential' criteria) are one list, and so are "
        "bold groups under a heading that lists nothing of its own ('What we are looking for' over 'Analytical thinking' and "
        "'Technical Knowledge'). A box of "
        "fields under sub-headings and no prose of its own (Job Bank's 'Overview': 'Languages', 'Education'), or of 'Label: value' lines (USAJOBS's 'Overview'; a document's 'Prepared by:' / 'Approved by:' block), is no description."
    )
    source: str = REWORK
    example: str = "# Data Engineer\n\n## Responsibilities\n\n- Build pipelines\n- Run the warehouse"
    passing: str = "# Data Engineer\n\n## Responsibilities\n\n- Build pipelines\n- Run the warehouse\n- Mentor analysts"
    severity: str = "info"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for section in posting.walk():
            spec = ctx.schema.spec(section.kind)
            if spec is None or section.heading is None:
                continue
            items = _items(section)
            # The longest of the section's lists: lists under their own label lines ("Renewals", then three
            # items; "Reporting", then two) are several lists, each within bounds (precision sample 6262).
            longest = max(_runs(section, items), key=len, default=[])
            if spec.items is not None and items:
                if spec.items.max is not None and len(longest) > spec.items.max:
                    extra = longest[spec.items.max]
                    yield self.diagnostic(posting, extra.start, extra.end, f"'{section.title}' lists {len(longest)} items; keep it to {spec.items.max} or fewer (this is item {spec.items.max + 1}): merge or cut the rest.")
                elif spec.items.min is not None and len(items) < spec.items.min and _all_items(section) < spec.items.min and (
                    _form_items(posting, section) < spec.items.min and not _listed_elsewhere(posting, section, spec.items.min)
                    and _group_items(posting, section) < spec.items.min
                ):
                    yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' lists {counted(len(items), 'item')}; give at least {spec.items.min}.")
            if spec.words is not None and spec.words.min is not None:
                words = section.words()
                if 0 < words < spec.words.min and not _wraps_the_description(posting, section) and not field_box(posting, section):
                    yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' has {counted(words, 'word')}; describe it in at least {spec.words.min}.")


# A board's heading over the whole description: Indeed's "Full job description", Taleo's "Job Description".
_WRAPPERS = frozenset({"job description", "full job description", "description", "position description", "role description"})


def _wraps_the_description(posting: Posting, section: Section) -> bool:
    """A board's wrapper heading over parts that describe the job under their own headings, the role among them
    ("About the role"): its few words are a lead-in, not the role's description (blind set S72). With no such part
    after it (a Workday export's "Job Description:" of 30 words over the duties), it is the role's description."""
    if normalize_heading(section.title or "") not in _WRAPPERS:
        return False
    sections = list(posting.walk())
    later = sections[next(i for i, s in enumerate(sections) if s is section) + 1 :]
    return any(s.kind == section.kind and s.words() for s in later)


# A "Label: value" line of a box of fields: "Pay scale & grade: GS 12", "Work schedule: Full-time"; a value may run
# long ("Work Schedule: Monday through Friday, 8:00 am to 5:00 pm, with weekend animal checks…", PeopleAdmin's).
_FIELD_LINE = re.compile(r"^[ \t]*[A-Z][\w &/(),'’-]{1,40}:[ \t]+\S[^\n]{0,120}$", re.M)


def field_box(posting: Posting, section: Section) -> bool:
    """A board's box of fields under one heading, no prose of its own: Job Bank's "Overview" over "Languages" /
    "English", "Education" / "Secondary school", "Experience" / "1 year or more" (blind set S82), or USAJOBS's
    "Overview" over its "Label: value" lines, most of them read as the posting's fields (blind set S95). Its few
    words are values, not a description of the job; sub-parts that are sentences ("The team" / "We are five.") are.
    A document-control block ("Prepared by:", "Approved by:", "Date approved:") is such a box too, whatever the
    reader made of its first label (blind set S108), and two such lines when the posting took one as its field
    (PeopleAdmin's "Position Information", S109)."""
    rows = _field_rows(posting, section)
    if rows >= 3 or (rows == 2 and _holds_a_field(posting, section)):
        return True
    if section.heading is not None and section.blocks and not section.children:
        own = [b for b in section.blocks if b.kind != "heading"]
        lines = _FIELD_LINE.findall(posting.source, section.heading.end, section.end)
        return len(lines) >= 3 and all(_FIELD_LINE.fullmatch(b.text.strip()) and b.text.rstrip()[-1:] not in ".!?" for b in own)
    if any(b.kind != "heading" for b in section.blocks) or len(section.children) < 3:
        return False

    def value(sub: Section) -> bool:
        texts = [b.text.strip() for b in sub.all_blocks() if b.kind != "heading"]
        return bool(texts) and all(len(t.split()) <= 8 and t[-1:] not in ".!?" for t in texts)

    return sum(value(sub) for sub in section.children) * 2 > len(section.children)


def _field_rows(posting: Posting, section: Section) -> int:
    """How many lines stand under the heading, its sub-parts' included, when every one is a "Label: value" line
    with no sentence's stop at its end; 0 when any line is not."""
    if section.heading is None:
        return 0
    start = posting.source.find("\n", section.heading.end)
    rows = [line for line in posting.source[start:section.end].split("\n") if line.strip()] if start >= 0 else []
    fields = all(_FIELD_LINE.fullmatch(line.rstrip()) and line.rstrip()[-1:] not in ".!?" for line in rows)
    return len(rows) if fields else 0


def _holds_a_field(posting: Posting, section: Section) -> bool:
    """One of the section's lines was read as the posting's metadata ("Working Title: Research Technician II")."""
    start, end = section.heading.end if section.heading else section.start, section.end
    return any(start <= s < end for s, _ in posting.meta_spans.values())


def _listed_elsewhere(posting: Posting, section: Section, least: int) -> bool:
    """Another qualifications list holds enough: a short "Requirements" of logistics (hours, a start date)
    beside a full "Qualifications" is no list to pad (precision sample 5858; STR015 reports two such parts)."""
    if section.kind not in QUALIFICATION_KINDS:
        return False
    return any(other is not section and other.kind in QUALIFICATION_KINDS and len(_items(other)) >= least for other in posting.walk())


def _group_items(posting: Posting, section: Section) -> int:
    """The items of the section and its headed siblings when their parent lists nothing of its own: bold groups of
    one list ("What we are looking for" over "Being client-oriented", four items, "Analytical thinking", three, and
    "Technical Knowledge", two) are one list, not a short one (precision sample 1301)."""
    parent = next((s for s in posting.walk() if any(c is section for c in s.children)), None)
    if parent is None or len(parent.children) < 2 or _items(parent):
        return len(_items(section))
    return sum(len(_items(c)) for c in parent.children if c.heading is not None)


def _form_items(posting: Posting, section: Section) -> int:
    """The items of every section with this one's title and kind: a person specification's
    "Essential criteria" under each group ("Qualifications", "Experience", "Skills") are one
    list cut by the form (blind set S27: NHS Jobs)."""
    title = (section.title or "").strip().lower()
    same = [s for s in posting.walk() if s.kind == section.kind and (s.title or "").strip().lower() == title]
    if len(same) > 1:
        return sum(len(_items(s)) for s in same)
    if _opens_with_criteria(section):
        # "Qualifications" / "Essential" / one item, then "Experience" / "Essential" / two: the groups of one
        # person specification, its criteria labelled by a line rather than a heading (blind set S56).
        return sum(len(_items(s)) for s in posting.walk() if _opens_with_criteria(s))
    return len(_items(section))


def _opens_with_criteria(section: Section) -> bool:
    """The section's first line is a person specification's "Essential" or "Essential criteria" label."""
    first = next((b for b in section.blocks if b is not section.heading and b.kind != "heading"), None)
    return first is not None and first.kind != "list_item" and normalize_heading(first.text) in ("essential", "essential criteria")


def _runs(section: Section, items: list) -> list[list]:
    """``items`` cut into lists wherever another block of the section stands between two of them."""
    chosen = {id(b) for b in items}
    runs: list[list] = [[]]
    for b in section.blocks:
        if id(b) in chosen:
            runs[-1].append(b)
        elif b.kind != "list_item" and runs[-1]:
            runs.append([])
    return [r for r in runs if r] if any(runs) else [items]


def _items(section: Section) -> list:
    """List items of a section, or of its sub-sections when it only has those; not the list a
    "For each job on your resume, tell us:" lead-in opens (what to write, not the section's items)."""
    own: list = []
    about_resume = False
    for b in section.blocks:
        if b.kind != "list_item":
            about_resume = b.text.rstrip().endswith(":") and RESUME.search(b.text) is not None
        elif b.level <= 1 and not about_resume:
            own.append(b)
    if own or not section.children:
        return own
    return []


def _all_items(section: Section) -> int:
    """List items of a section and its sub-sections: two resume instructions followed by a
    'Specialized experience' label with the real list are not a short list."""
    return sum(1 for b in section.all_blocks() if b.kind == "list_item" and b.level <= 1)


class EmptySection(Rule):
    code: str = "STR014"
    name: str = "empty-section"
    summary: str = "A heading with nothing under it."
    why: str = "An empty section reads as an unfinished posting and leaves candidates guessing."
    example: str = "# Data Engineer\n\n## Benefits\n\n## Responsibilities\n\n- Build pipelines"
    passing: str = "# Data Engineer\n\n## Benefits\n\n- Health insurance\n\n## Responsibilities\n\n- Build pipelines"
    notes: str = (
        "On an HTML page, a heading over a form, a button or an embedded frame ('Apply for this job' over the "
        "application form) is not empty, unless the form is in the page's footer or navigation. Nor is a heading over "
        "a code block only ('## Install' over its command) or code spans only ('## Technologies' over '`python` `django`')."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        sections = list(posting.walk())
        for i, section in enumerate(sections):
            if section.heading is None or section.blocks or section.children:
                continue
            after = sections[i + 1] if i + 1 < len(sections) else None
            if section.heading.kind == "label" and section.level > 2 and not _empty_label(section, after, ctx):
                continue  # a trailing "Preferred:" label with nothing after is the list's own problem
            if after is not None and after.kind not in _NOT_THE_DESCRIPTION and generic_alias(section, ctx.schema) is not None:
                continue  # "Job Description & Requirements" over the posting's parts: a job board's container
            if posting.format == "html" and _holds_a_control(posting, section, after):
                continue  # "Apply for this job" over the application form (blind set S79): the form is its content
            if _holds_code(posting, section, after):
                continue  # "## Install" over its command in a code block (blind set S89): code is no prose, but content
            yield self.diagnostic(posting, section.heading.start, section.heading.end, f"The section '{section.title}' is empty: add its content or remove the heading.")


# Parts that follow a job's description rather than make it up: an empty "Position description"
# right over "How to apply" wraps nothing (blind set S46).
_NOT_THE_DESCRIPTION = frozenset(("how-to-apply", "eeo"))


# A page's content that is no text: a form and its fields, a button, an embedded frame or player.
_CONTROL = re.compile(r"(?i)<(?:form|input|button|select|textarea|iframe|embed|object|video|audio)\b")
# Where the section ends: the next heading's tag (an accordion's "<h3><button>Benefits"), or the page's chrome
# (a footer's newsletter form is no section's content).
_BODY_END = re.compile(r"(?i)<(?:h[1-6]|footer|nav)\b|</(?:main|article|body)\s*>")


def _holds_a_control(posting: Posting, section: Section, after: Section | None) -> bool:
    """An HTML section whose heading is followed, before the next heading and the page's chrome, by a form,
    a button or an embedded frame: the reader keeps no text of them, but the section is not empty."""
    if section.heading is None:
        return False
    start = section.heading.end
    end = after.heading.start if after is not None and after.heading is not None else len(posting.source)
    chrome = _BODY_END.search(posting.source, start, end)
    return _CONTROL.search(posting.source, start, chrome.start() if chrome else end) is not None


# A Markdown code block: a fence's opening line, or a line indented four blanks (after a heading, code); or a code
# span, as a line of tags is written ("`python` `django` `postgresql`" under "Technologies", blind set S112).
_MD_CODE = re.compile(r"^(?: {0,3}(?:`{3}|~{3})| {4}|\t)[ \t]*+\S|`[ \t]*+[^`\s][^`\n]*+`", re.M)
_HTML_CODE = re.compile(r"(?i)<(?:pre|code)\b")


def _holds_code(posting: Posting, section: Section, after: Section | None) -> bool:
    """A section whose only content is code (an install command): the reader keeps no prose of it, but it is not empty.
    Code inside an HTML comment does not count, nor, on a page, code in its footer or navigation."""
    if section.heading is None or posting.format not in ("markdown", "html"):
        return False
    start = section.heading.end
    end = after.heading.start if after is not None and after.heading is not None else len(posting.source)
    if posting.format == "html" and (chrome := _BODY_END.search(posting.source, start, end)):
        end = chrome.start()
    between = _without_comments(posting.source[start:end])
    return (_MD_CODE if posting.format == "markdown" else _HTML_CODE).search(between) is not None


def _without_comments(text: str) -> str:
    """``text`` without its HTML comments (an unclosed one runs to the end), in one pass: a lazy regex retried
    from each "<!--" of an unclosed run would be quadratic."""
    kept, at = [], 0
    while (opening := text.find("<!--", at)) >= 0:
        kept.append(text[at:opening])
        closing = text.find("-->", opening + 4)
        if closing < 0:
            return "".join(kept)
        at = closing + 3
    kept.append(text[at:])
    return "".join(kept)


def _empty_label(label: Section, after: Section | None, ctx: Context) -> bool:
    """A bold label with nothing under it is an empty part when another label of another part follows
    (Greenhouse's "Benefits" right over "How to apply"), not one that opens a sub-part of its own kind
    ("Qualifications" over "Required:")."""
    if after is None or after.heading is None or after.heading.kind != "label" or "other" in (label.kind, after.kind):
        return False
    return after.kind != label.kind and ctx.schema.parent_kind(after.kind) != label.kind


def generic_alias(section: Section, schema: Schema) -> str | None:
    """The job board's generic words that name the heading ("job description" in "Job Description &
    Requirements", "job details"), or None for a heading named otherwise."""
    from postlint.readers.section_kinds import matched_alias
    from postlint.readers.text_shapes import GENERIC_HEADINGS

    alias = matched_alias(schema, section.title, section.kind)
    return alias if alias in GENERIC_HEADINGS else None


RULES: list[Rule] = [
    UnreadableMetadata.default(),
    RequiredSection.default(),
    SectionSize.default(),
    EmptySection.default(),
]
