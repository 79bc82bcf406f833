"""STR rules: the posting's structure against the schema (``rules/schema/*.toml``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint.engine.rule import Context, Rule, counted
from postlint.language.keywords import has_role_word
from postlint.language.names import COMPANY_KEYS, name_of
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting, Section
from postlint.model.schema import Schema, SectionSpec, normalize_heading

GOOGLE_JOBPOSTING = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
REWORK = "https://rework.withgoogle.com/guides/hiring-create-a-job-description/steps/define-the-role-and-qualifications/"


def _headings_hint(spec: SectionSpec, n: int = 3) -> str:
    names = [a[:1].upper() + a[1:] for a in spec.aliases[:n]]
    return ", ".join(f"'{a}'" for a in names[:-1]) + f" or '{names[-1]}'" if len(names) > 1 else f"'{names[0]}'"


# Kind ids that do not read as words once their hyphens are spaces.
_KIND_LABELS = {"education-experience": "education and experience", "about-company": "about the company", "eeo": "equal-opportunity"}


def _kind_label(kind: str) -> str:
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


class TitlePresent(Rule):
    code: str = "STR001"
    name: str = "title-present"
    summary: str = "A posting needs a job title."
    why: str = "Google for Jobs requires `title`; candidates and job boards search by it first."
    source: str = GOOGLE_JOBPOSTING
    example: str = "## About the role\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\n## About the role\n\nYou will build our data platform."
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not posting.title:
            yield self.at_document(
                posting,
                "No job title: start the posting with a `# Title` heading or set `title` in front matter.",
            )


_LOCATION_LABEL = "a location or work arrangement"
# After a dash or "in", a team, field or shift rather than a place ("Product Designer - Growth",
# "Research Fellow in Robotics", "Nurse - Night"): business and academic words, and the suffixes
# of fields (-ics, -ology, -ment, -ance, -ions), which place names rarely end in.
_AREA = re.compile(
    r"(?i)\b(?:\w+(?:ics|ology|ography|istry|ment|ance|ence|ity|ism|ship|ions)|growth|enterprise|platform|payments?|"
    r"infrastructure|mobile|backend|back-end|frontend|front-end|sales|data|product|design|engineering|research|support|core|"
    r"identity|search|ads|commerce|strategy|legal|people|talent|recruiting|brand|content|commercial|healthcare|fintech|"
    r"cloud|consumer|creator|trust|safety|risk|billing|web|ios|android|night|nights|day|days|weekend|weekends|evening|"
    r"evenings|marketing|consulting|accounting|banking|nursing|teaching|manufacturing|retail|hospitality|finance|"
    r"tax|audit|payroll|benefits|services|smb|midmarket|mid-market|api|devops|ai|ml|games|gaming|hardware|software)\b"
)
_TITLE_PROBLEMS: list[tuple[str, re.Pattern[str]]] = [
    ("a requisition or job code", re.compile(r"(?i)(?:\b(?:req|requisition|job)\s*(?:id|no\.?|number|#)?\s*[:#]?\s*[A-Z]*-?\d{3,}\b|#\s?\d{3,}\b|\b[A-Z]{1,4}-\d{3,}\b|\(\s*\d{4,}\s*\))")),
    ("a salary", re.compile(r"(?:[$£€¥]\s?\d|\b\d{2,3}\s?[kK]\b|\b(?:USD|EUR|GBP|CAD)\s?\d)")),
    ("a date", re.compile(r"(?i)\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b")),
    (_LOCATION_LABEL, re.compile(r"(?i)(?:[-–—|(,]\s*(?:remote|hybrid|on-?site)\b|\b(?:remote|hybrid|on-?site)\s*[)\]]|\s[-–—|]\s*[A-Z][a-z]+(?:,\s*[A-Z]{2})?\s*$|\bin\s+[A-Z][a-z]+(?:,\s*[A-Z]{2})?\s*$)")),
    ("'!' or '*'", re.compile(r"[!*]")),
]
_SHOUT = re.compile(r"\b[A-Z]{4,}\b")


class TitleClean(Rule):
    code: str = "STR002"
    name: str = "title-clean"
    summary: str = "The title holds only the job title: no codes, salary, dates, locations, company name, '!' or shouting."
    why: str = (
        "Google's job-posting guidance: don't include job codes, addresses, dates, salaries or company names in the "
        "title, and use proper capitalization. Those facts belong in their own fields."
    )
    source: str = GOOGLE_JOBPOSTING
    example: str = "# SENIOR ENGINEER - Remote (Req 48213)\n\nText."
    passing: str = "# Senior Engineer\n\nText."
    allowed_caps: list[str] = Field(default_factory=lambda: ["CTO", "CEO", "CFO", "COO", "CPO", "CISO", "HR", "IT", "UX", "UI", "QA", "SRE", "AI", "ML", "API", "AWS", "GCP", "SAAS", "DEVOPS", "VP", "SVP", "EVP", "GS", "ISSO", "USDS", "TTS"])

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        block = posting.title_block
        if block is None:
            return
        text = block.text
        for label, pattern in _TITLE_PROBLEMS:
            m = pattern.search(text)
            if m:
                s, e = m.start(), m.end()
                while s < e and text[s] in " -–—|(,":
                    s += 1
                if label == _LOCATION_LABEL and (has_role_word(text[s:e]) or _AREA.search(text[s:e])):
                    continue  # "18F - Recruiter", "Designer - Growth", "Lecturer in Economics": not places
                yield self.at_block(posting, block, s, e, f"The title contains {label}: keep only the job title and state this elsewhere in the posting.")
        company = _company_name(posting, ctx)
        if company and len(company) > 2:
            i = text.lower().find(company.lower())
            if i >= 0:
                yield self.at_block(posting, block, i, i + len(company), f"The title contains the company name '{company}': name the hiring organization in the body or metadata instead.")
        allowed = {a.upper() for a in self.allowed_caps}
        letters = [c for c in text if c.isalpha()]
        shouting = [m for m in _SHOUT.finditer(text) if m.group(0) not in allowed]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.7 and len(letters) > 6 and shouting:
            yield self.at_block(posting, block, 0, len(text), "The title is in capitals: write it in title case (Google asks for proper capitalization).")


class TitleLength(Rule):
    code: str = "STR003"
    name: str = "title-length"
    summary: str = "Keep the title short: at most 60 characters (warning) and about 6 words (info)."
    why: str = (
        "Short titles get more clicks and applications (Appcast 2018: 1–3-word titles had about twice the apply rate "
        "of 12+-word titles; Glassdoor: titles over 60 characters were clicked about half as often)."
    )
    source: str = "https://blog.ongig.com/writing-job-descriptions/how-long-should-a-job-title-be"
    example: str = "# Senior Principal Staff Software Engineer for Platform Infrastructure Reliability Team\n\nText."
    passing: str = "# Senior Platform Engineer\n\nText."
    max_chars: int | None = Field(default=None, ge=1, description="defaults to the schema's title max-chars")
    max_words: int | None = Field(default=None, ge=1, description="defaults to the schema's title max-words")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        block = posting.title_block
        if block is None:
            return
        spec = ctx.schema.fields.get("title")
        max_chars = self.max_chars or (spec.max_chars if spec else None) or 60
        max_words = self.max_words or (spec.max_words if spec else None) or 6
        title = block.clean
        if len(title) > max_chars:
            yield self.at_block(posting, block, 0, len(block.text), f"The title is {len(title)} characters long; keep it to {max_chars} or fewer so it is not cut off in search results.")
        elif (words := _word_count(title)) > max_words:
            yield self.at_block(posting, block, 0, len(block.text), f"The title has {words} words; titles of {max_words} words or fewer get more applications.", severity="info")


def _word_count(title: str) -> int:
    """Words of a title: a lone dash or bar between its parts ("18F - Designer") is no word."""
    return sum(1 for w in title.split() if any(ch.isalnum() for ch in w))


# "The Canadian Digital Service is focused on…", "18F is an office…", "At Acme, we…",
# "Join Acme": a proper name introduced as the employer in the opening text.
# "We're Pebble, a 9-person startup", "Harbor & Vine is…", "Northline Housing manages 12,000 homes",
# "The Canadian Digital Service (CDS) was established in 2017…".
_NAME = r"[A-Z0-9][\w.&’'-]*(?: (?:of |for |and |& )?[A-Z0-9][\w.&’'-]*){0,5}"
_ORG_INTRO = re.compile(
    rf"(?:^|[.!?]\s+)(?:At |Join )(?:the )?(?P<a>{_NAME})(?:[,!.]| (?=we\b|our\b))"
    rf"|(?:^|[.!?]\s+)(?:We're |We’re |We are )(?P<c>{_NAME}),"
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<b>{_NAME})(?: \([A-Z0-9]{{2,8}}\))? "
    r"(?:is|are|works|builds|helps|delivers|makes|provides|serves|creates|develops|offers|partners|collaborates|has|believes|exists"
    r"|manages|runs|operates|sells|installs|routes|designs|ships|supplies|distributes|imports|connects|powers|employs"
    r"|improves|supports|modernizes|modernises|transforms|enables|empowers|brings"
    r"|(?:was|were) (?:established|founded|created|launched|formed|set up|started)) [a-z0-9]"
)
# "the benefits of working at GSA and TTS": specific enough to look for in every paragraph.
_WORKING_AT = re.compile(rf"\b(?:working|to work|careers?) (?:at|for) (?:the )?(?P<name>{_NAME})(?=[,.!;]|\s+(?:and|is|are)\b|$)")
# Names that are roles, not employers: "The Chief Technology Officer (CTO) is the executive…".
_ROLE_WORD = re.compile(
    r"(?i)\b(?:officer|engineer|manager|director|designer|developer|lead|specialist|analyst|chief|head|vp|president|"
    r"architect|administrator|advisor|adviser|coordinator|recruiter|executive|associate|representative|consultant|nurse|teacher|"
    r"candidate|role|position|person|team member|you|we|this|it|our|they|"
    r"interim|senior|junior|(?-i:C[A-Z]{1,2}O))\b"
)
# "Login.gov: Security Engineer", "18F - Recruiter": an employer prefix on the title.
_TITLE_ORG = re.compile(r"^(?P<org>[^:|–—-]{2,40}?)\s*(?::|\s[|–—-])\s+\S")


def _company_in_text(posting: Posting) -> str | None:
    title = posting.title or ""
    m = _TITLE_ORG.match(title)
    if m and not _ROLE_WORD.search(m.group("org")):
        return m.group("org").strip()
    paragraphs = [b for b in posting.body_blocks() if b.kind == "paragraph"]
    # "X is…" names the employer only near the top: later it is more often a product or a tool.
    for block in paragraphs[:6]:
        for m in _ORG_INTRO.finditer(block.clean):
            name = m.group("a") or m.group("b") or m.group("c")
            if name and not _ROLE_WORD.search(name):
                return name
    for block in paragraphs:
        m = _WORKING_AT.search(block.clean)
        if m and not _ROLE_WORD.search(m.group("name")):
            return m.group("name")
    return None


def _company_name(posting: Posting, ctx: Context) -> str | None:
    named = next((n for n in (name_of(posting.meta.get(key)) for key in COMPANY_KEYS) if n), None)
    return named or ctx.config.hiring_organization


class CompanyNamed(Rule):
    code: str = "STR004"
    name: str = "company-named"
    summary: str = "Name the hiring organization (front matter `company`, config `hiring-organization`, or an 'About us' section)."
    why: str = "Google requires `hiringOrganization` — the company, not the hiring location; candidates want to know who they would work for."
    source: str = GOOGLE_JOBPOSTING
    example: str = "# Data Engineer\n\n## Responsibilities\n\n- Build pipelines"
    passing: str = "---\ncompany: Acme Corp\n---\n\n# Data Engineer\n\n## Responsibilities\n\n- Build pipelines"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if _company_name(posting, ctx) or posting.find("about-company") is not None or _company_in_text(posting):
            return
        if posting.meta.get("jsonld"):
            return  # the structured-data rules check hiringOrganization there
        yield self.at_document(posting, "The hiring organization is not named: set `company` in front matter, `hiring-organization` in config, or add an 'About us' section.")


class RequiredSection(Rule):
    code: str = "STR005"
    name: str = "required-section"
    summary: str = "Every section the schema requires is present (for the CTO schema: role definition, responsibilities, skills, education & experience)."
    why: str = (
        "Google requires the description to be a complete representation of the job, including responsibilities, "
        "qualifications, skills, education and experience; re:Work's guide names the same parts."
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
            if spec.intro and _intro_words(posting) >= (spec.words.min if spec.words and spec.words.min else 1):
                continue
            if _covered_in_skills(posting, spec) or _duties_in_role(posting, spec):
                continue
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
                f"Missing the {_kind_label(spec.kind)} section{where}: add a heading such as {_headings_hint(spec)}.",
            )


# Most postings state years of experience or a degree inside "Requirements" /
# "Who you are" rather than in a section of their own; that covers the kind.
# A count of years is in figures ("5+ years") or words ("One year of SQL", "three years'").
# "A year" counts only as "a year of" ("ten days a year with the team" is not experience).
_YEARS_IN_WORDS = (
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\s(?:or|to)\s\w+)?\s(?:full\s)?years?(?:'|’)?\s(?:of|in|with|experience)\b"
    r"|\ban?\s(?:full\s)?year\sof\b)"
)
_EXPERIENCE_OR_DEGREE = re.compile(
    r"(?i)\b\d{1,2}\s?\+?\s?(?:-|–|to)?\s?\d{0,2}\+?\s(?:years?|yrs)\b|" + _YEARS_IN_WORDS + "|"
    r"\b(?:bachelor|master|associate|doctorate|ph\.?d)|"
    r"\bdegree\b|\bdiploma\b|\b(?:years|track record|background) (?:of|in|with)\b|\bexperience (?:in|with|of|on|across|alongside|\w+ing)\b"
)
def _duties_in_role(posting: Posting, spec: SectionSpec) -> bool:
    """Duties listed under the role's own heading ("The role", then 'Check guests in and out…')
    cover the responsibilities: three or more items, most of them duties."""
    if spec.kind != "responsibilities":
        return False
    from postlint.readers.section_kinds import content_vote

    for section in posting.find_all("role-definition"):
        items = [b for b in section.all_blocks() if b.kind == "list_item"]
        vote = content_vote(items) if len(items) >= 3 else None
        if vote is not None and vote[0] == "duties":
            return True
    return False


_COVERED_BY_SKILLS = ("education-experience", "educational-background", "experience-requirements")


def _covered_in_skills(posting: Posting, spec: SectionSpec) -> bool:
    if spec.kind not in _COVERED_BY_SKILLS:
        return False
    return any(
        _EXPERIENCE_OR_DEGREE.search(b.text)
        for s in posting.find_all("skills") for b in s.all_blocks()
    )


def _intro_words(posting: Posting) -> int:
    """Words of untitled prose before the first heading (the opening paragraphs)."""
    return sum(len(b.text.split()) for b in posting.preamble if b.kind == "paragraph")


class SectionSize(Rule):
    code: str = "STR006"
    name: str = "section-size"
    summary: str = "Lists and sections stay within the schema's bounds (items per list, words of prose)."
    why: str = (
        "A responsibilities list of 3–12 items is read; one of 22 is skimmed past. A one-line role definition says "
        "nothing about the job. Bounds come from the schema, so teams can set their own."
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
            if spec.items is not None and items:
                if spec.items.max is not None and len(items) > spec.items.max:
                    extra = items[spec.items.max]
                    yield self.diagnostic(posting, extra.start, extra.end, f"'{section.title}' lists {len(items)} items; keep it to {spec.items.max} or fewer (this is item {spec.items.max + 1}): merge or cut the rest.")
                elif spec.items.min is not None and len(items) < spec.items.min and _all_items(section) < spec.items.min:
                    yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' lists {counted(len(items), 'item')}; give at least {spec.items.min}.")
            if spec.words is not None and spec.words.min is not None:
                words = section.words()
                if 0 < words < spec.words.min:
                    yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' has {counted(words, 'word')}; describe it in at least {spec.words.min}.")


def _items(section: Section) -> list:
    """List items of a section, or of its sub-sections when it only has those."""
    own = [b for b in section.blocks if b.kind == "list_item" and b.level <= 1]
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

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for section in posting.walk():
            if section.heading is None or section.blocks or section.children:
                continue
            if section.heading.kind == "label" and section.level > 2:
                continue  # a trailing "Preferred:" label with nothing after is the list's own problem
            yield self.diagnostic(posting, section.heading.start, section.heading.end, f"The section '{section.title}' is empty: add its content or remove the heading.")


_TEAM = re.compile(r"(?i)\b(?:team|squad|group|department|division|unit|branch|office)\b")


def _weak_kind(section: Section, schema: Schema) -> bool:
    """A kind read from one generic word of a longer heading ("Opportunity overview" by 'overview')."""
    from postlint.readers.section_kinds import matched_alias
    from postlint.readers.text_shapes import GENERIC_HEADINGS

    alias = matched_alias(schema, section.title, section.kind)
    return alias is not None and alias in GENERIC_HEADINGS and normalize_heading(section.title) != alias


class DuplicateSection(Rule):
    code: str = "STR015"
    name: str = "duplicate-section"
    summary: str = "The same kind of section appears twice at the same level."
    why: str = "Two 'Requirements' sections split what candidates must compare; merge them."
    severity: str = "info"
    example: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n\n## Benefits\n\n- Dental\n\n## Qualifications\n\n- Python"
    passing: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n- Python\n\n## Benefits\n\n- Dental"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        def siblings(sections: list[Section]) -> Iterator[Diagnostic]:
            seen: dict[str, Section] = {}
            for section in sections:
                if section.kind != "other" and section.heading is not None and section.heading.kind == "heading":
                    if section.kind == "about-company" and _TEAM.search(section.title or ""):
                        pass  # "About the Operations Team" beside "About CDS": the team, not the company again
                    elif section.kind in seen and _weak_kind(section, ctx.schema):
                        pass  # "Opportunity overview" is a role definition only by its last word: no grounds to merge
                    elif section.kind in seen and _weak_kind(seen[section.kind], ctx.schema):
                        seen[section.kind] = section  # the first was weak: this one stands for the kind
                    elif section.kind in seen:
                        first = seen[section.kind]
                        line, _ = posting.locate(first.heading.start)  # type: ignore[union-attr]
                        yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' covers the same ground as '{first.title}' (line {line}, both {_kind_label(section.kind)} sections): merge them.")
                    else:
                        seen[section.kind] = section
                yield from siblings(section.children)

        yield from siblings(posting.sections)


RULES: list[Rule] = [
    UnreadableMetadata.default(),
    TitlePresent.default(),
    TitleClean.default(),
    TitleLength.default(),
    CompanyNamed.default(),
    RequiredSection.default(),
    SectionSize.default(),
    EmptySection.default(),
    DuplicateSection.default(),
]
