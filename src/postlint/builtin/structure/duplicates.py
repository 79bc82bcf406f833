"""STR015: the same kind of section twice at one level, and the many ways a posting's two parts of
one kind are not a duplicate (a team beside the company, halves of one form, a wrapper, a board's tags)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.sections import field_box, generic_alias, kind_label
from postlint.engine.rule import Context, Rule
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting, Section
from postlint.model.schema import QUALIFICATION_KINDS, Schema, normalize_heading

_TEAM = re.compile(r"(?i)\b(?:team|squad|group|department|division|unit|branch|office)\b")


def _weak_kind(section: Section, schema: Schema) -> bool:
    """A kind read from one generic word of a longer heading ("Opportunity overview" by 'overview'),
    or from the section's content rather than its heading ("Leadership" over items that read as
    qualifications): no ground to call two sections the same."""
    if section.decided.startswith("content:"):
        return True
    alias = generic_alias(section, schema)
    return alias is not None and normalize_heading(section.title) != alias


_PROCESS = re.compile(r"(?i)\b(?:process|selection|interviews?|assessment|steps|what happens next)\b")


_DOCUMENTS = re.compile(r"(?i)\bdocuments\b|\bwhat to (?:send|submit)\b")


def _hiring_part(section: Section) -> str:
    """Which part of applying a how-to-apply section covers: how applicants are assessed, what
    documents to send (USAJOBS's "Required Documents" beside its "How To Apply"), or how to apply."""
    title = section.title or ""
    return "process" if _PROCESS.search(title) else "documents" if _DOCUMENTS.search(title) else "apply"


_TAG_GAP = re.compile(r"[,|·•]|\t| {2,}")


def _tag_line(posting: Posting, section: Section) -> bool:
    """A section that holds one line of three or more short names between commas, bars, dots, tabs or
    wide gaps, as job boards print a posting's tags (Upwork's "Skills and Expertise" row, blind set
    S72), or a column of them with no bullets (Naukri's "Key Skills", blind set S96): no sentence, nothing to merge."""
    blocks = [b for b in section.all_blocks() if b is not section.heading]
    if len(blocks) >= 3 and all(_bare_tag(posting, b) for b in blocks):
        return True
    if len(blocks) != 1 or "\n" in blocks[0].text.strip():
        return False
    parts = [p.strip() for p in _TAG_GAP.split(blocks[0].text.strip())]
    return len(parts) >= 3 and all(p and len(p.split()) <= 3 and not p.endswith(".") for p in parts)


def _bare_tag(posting: Posting, block: Block) -> bool:
    """A line of one to three words alone, with no bullet or number before it and no sentence's stop after it."""
    line_start = posting.source.rfind("\n", 0, block.start) + 1
    text = block.text.strip()
    return (
        block.kind == "list_item" and 1 <= len(text.split()) <= 3 and text[-1:] not in ".:;,!?"
        and not posting.source[line_start : block.start].strip() and "\n" not in text
    )


class DuplicateSection(Rule):
    code: str = "STR015"
    name: str = "duplicate-section"
    summary: str = "The same kind of section appears twice at the same level."
    why: str = "Two 'Requirements' sections split what candidates must compare; merge them."
    notes: str = (
        "Role definitions of different jobs are not a duplicate: a heading naming jobs in the plural ('Warehouse and "
        "dispatch roles'), or two headings that each repeat a different part of a title announcing several jobs. "
        "Nor is a heading naming the project ('The project') beside the role's ('The role'): the work the job serves "
        "and the job. A box of 'Label: value' fields under a role heading (a position description's name over its "
        "'Position Title:' and 'Position Number:' lines) is no role definition to merge. Qualifications headed as the "
        "conditions for admission ('Eligibility criteria': nationality, diploma, registration, checked pass or fail) are "
        "no duplicate of the criteria scored beside them ('Selection criteria', 'Skills, competencies and knowledge')."
    )
    severity: str = "info"
    example: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n\n## Benefits\n\n- Dental\n\n## Qualifications\n\n- Python"
    passing: str = "# Data Engineer\n\n## Requirements\n\n- SQL\n- Python\n\n## Benefits\n\n- Dental"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        def siblings(sections: list[Section], parent: str | None = None) -> Iterator[Diagnostic]:
            seen: dict[str, Section] = {}
            for section in sections:
                if parent is not None and (section.kind == parent or (parent in QUALIFICATION_KINDS and section.kind in QUALIFICATION_KINDS)):
                    pass  # "Essential qualifications", "Skills", "Other requirements" under "Requirements": its parts (blind set S48)
                elif section.kind != "other" and section.heading is not None and section.heading.kind == "heading":
                    # "Selection Process" or "Required Documents" beside "How to Apply": parts of applying, each its own
                    # (blind sets S28, S48).
                    kind = f"how-to-apply:{_hiring_part(section)}" if section.kind == "how-to-apply" else section.kind
                    if section.kind == "education-experience":
                        kind += _half(section)
                    if section.kind == "about-company" and _TEAM.search(section.title or ""):
                        pass  # "About the Operations Team" beside "About CDS": the team, not the company again
                    elif kind in seen and _weak_kind(section, ctx.schema):
                        pass  # "Opportunity overview" is a role definition only by its last word: no grounds to merge
                    elif kind in seen and _says_otherwise(section):
                        pass  # "Job summary" over where the office is and the benefits: not a second role definition
                    elif kind in seen and _wrapper(section):
                        pass  # a heading over other parts only: nothing of its own to merge
                    elif kind in seen and _tag_line(posting, section):
                        pass  # a board's "Key Skills" tags ("Java, Spring Boot, Kafka"): the board's field, not a second list (blind set S24)
                    elif kind in seen and _other_jobs(seen[kind], section):
                        # A release announcing two jobs: "Operations Manager", then "Warehouse and dispatch roles" (blind set S99).
                        if _JOBS.search(seen[kind].title or "") and not _JOBS.search(section.title or ""):
                            seen[kind] = section  # this one may still repeat a later definition of the role
                    elif kind in seen and _project_beside_role(seen[kind], section):
                        # "The project" (the research it funds) beside "The role" (the postholder's duties, blind set S105):
                        # two parts; the role's own heading stands for the kind.
                        if _PROJECT.search(seen[kind].title or ""):
                            seen[kind] = section
                    elif kind in seen and _gate_beside_criteria(seen[kind], section):
                        # "Eligibility criteria" (pass/fail: nationality, diploma, registration) beside "Selection
                        # criteria" (scored): two parts of a public-service notice (blind set S109); the scored one
                        # stands for the kind.
                        if _GATE.search(seen[kind].title or ""):
                            seen[kind] = section
                    elif kind in seen and _parts_of_one_form(seen[kind], section):
                        pass  # the NHS's "Desirable" under each criteria group; "Physical demands" beside "Work environment"
                    elif kind in seen and _fields_box(posting, section):
                        pass  # a box of "Label: value" lines ("Prepared by:", "Approved by:"): no prose to merge
                    elif kind in seen and (
                        _weak_kind(seen[kind], ctx.schema) or _wrapper(seen[kind]) or _facts_box(seen[kind])
                        or _fields_box(posting, seen[kind]) or _tag_line(posting, seen[kind])
                    ):
                        # The first was weak, only wrapped other parts, is a box of facts (USAJOBS's "Overview":
                        # dates, grade, announcement number; blind set S46; a position description's name over its
                        # "Position Title:" fields, S108) or a board's tags over the posting (Dice's "Skills" row,
                        # blind set S101): this one stands for the kind.
                        seen[kind] = section
                    elif kind in seen:
                        first = seen[kind]
                        line, _ = posting.locate(first.heading.start)  # type: ignore[union-attr]
                        yield self.diagnostic(posting, section.heading.start, section.heading.end, f"'{section.title}' covers the same ground as '{first.title}' (line {line}, both {kind_label(section.kind)} sections): merge them.")
                    else:
                        seen[kind] = section
                yield from siblings(section.children, section.kind)

        yield from siblings(posting.sections)


# Jobs in the plural: "Warehouse and dispatch roles", "Open positions".
_JOBS = re.compile(r"(?i)\b(?:roles|positions|jobs|vacancies|openings)\b")


def _other_jobs(first: Section, section: Section) -> bool:
    """Two role definitions of different jobs, as a posting or press release announcing several gives: one of
    them names jobs in the plural, or each heading repeats another part of the title ("Operations Manager" and
    "Warehouse Staff" under "… Hiring an Operations Manager and 60 Warehouse Staff") with no word in common."""
    if first.kind != "role-definition" or section.kind != "role-definition":
        return False
    if _JOBS.search(first.title or "") or _JOBS.search(section.title or ""):
        return True
    if first.decided != "heading repeats the title" or section.decided != "heading repeats the title":
        return False
    words = [{w for w in normalize_heading(s.title or "").split() if len(w) > 2} - {"position", "role", "job"} for s in (first, section)]
    return not (words[0] & words[1])


_PROJECT = re.compile(r"(?i)\bproject\b")


def _project_beside_role(first: Section, section: Section) -> bool:
    """Two role definitions, one headed by the project ("The project", "About the project") and the other not:
    the work the job serves and the job itself, as UK academic posts write them."""
    if first.kind != "role-definition" or section.kind != "role-definition":
        return False
    return bool(_PROJECT.search(first.title or "")) != bool(_PROJECT.search(section.title or ""))


# The conditions for admission, checked pass or fail before the qualifications are scored: an EU notice's
# "Eligibility criteria", the HSE's "Eligibility Criteria" beside its "Skills, Competencies and Knowledge".
_GATE = re.compile(r"(?i)\b(?:eligibility|admission|admissibility)\b")


def _gate_beside_criteria(first: Section, section: Section) -> bool:
    """Two qualification sections, one headed as the conditions for admission and the other not."""
    if first.kind not in QUALIFICATION_KINDS or section.kind not in QUALIFICATION_KINDS:
        return False
    return bool(_GATE.search(first.title or "")) != bool(_GATE.search(section.title or ""))


# A person specification lists Essential and Desirable criteria under each of its groups
# (qualifications, experience, skills): the same headings, different criteria.
_CRITERIA_GROUP = frozenset(("essential", "desirable", "essential criteria", "desirable criteria", "person specification"))


def _parts_of_one_form(first: Section, section: Section) -> bool:
    """Two sections of a kind that a job description writes more than once on purpose: a person
    specification's repeated criteria headings, and the several working conditions (physical
    demands, work environment, travel) US job descriptions give a heading each."""
    if section.kind == "working-conditions":
        return True
    titles = {normalize_heading(first.title or ""), normalize_heading(section.title or "")}
    return bool(titles & _CRITERIA_GROUP)


def _half(section: Section) -> str:
    """Which half of "education and experience" a heading names alone (":education", ":experience"), or "":
    Canada's public service gives each a heading (blind set S66, precision sample 8484)."""
    title = normalize_heading(section.title or "")
    education, experience = "education" in title or "degree" in title, "experience" in title
    return ":education" if education and not experience else ":experience" if experience and not education else ""


def _facts_box(section: Section) -> bool:
    """A role definition of three or more short lines and no sentence: a board's box of facts (USAJOBS's
    "Overview"), not prose to merge. (A list of duties is short lines too: only a role definition is meant as prose.)"""
    blocks = [b for b in section.all_blocks() if b is not section.heading and b.kind != "heading"]
    return section.kind == "role-definition" and len(blocks) >= 3 and all(len(b.text.split()) <= 8 and b.text.rstrip()[-1:] not in ".!?" for b in blocks)


def _fields_box(posting: Posting, section: Section) -> bool:
    """A role definition that is a box of fields ("Position Title:", "Position Number:" under a position
    description's name; "Prepared by:", "Approved by:"), as STR006 reads one: no description to merge."""
    return section.kind == "role-definition" and field_box(posting, section)


def _wrapper(section: Section) -> bool:
    """A heading with no text of its own over parts of other kinds or over nothing: USAJOBS's "Requirements"
    over "Conditions of Employment", its "Qualifications" being a sibling only in a pasted copy; a board's
    empty "Job description" over the posting's own headings (blind set S55, STR014's business)."""
    return not section.blocks and all(c.kind not in (section.kind, "other") for c in section.children)


def _says_otherwise(section: Section) -> bool:
    """The section's own blocks state another kind than its heading names: three or more of them,
    and most of those that state any kind (a benefits list under "Job summary")."""
    from collections import Counter

    from postlint.readers.block_categories import CATEGORY_KIND, block_category

    def same(kind: str) -> bool:
        return kind == section.kind or (kind == "skills" and section.kind in QUALIFICATION_KINDS)

    votes = Counter(c for c in (block_category(b.text) for b in section.blocks) if c)
    if votes:
        (category, count), = votes.most_common(1)
        if not same(CATEGORY_KIND[category]) and count >= 3 and count * 2 > sum(votes.values()):
            return True
    if section.kind != "role-definition":
        return False
    # A summary whose blocks, its sub-parts' too, state three or more other parts and never the
    # role: USAJOBS's "Job Summary" over the hiring authority, the duty locations and the benefits.
    every = Counter(c for c in (block_category(b.text) for b in section.all_blocks()) if c)
    return sum(every.values()) >= 3 and not any(same(CATEGORY_KIND[c]) for c in every)


RULES: list[Rule] = [DuplicateSection.default()]
