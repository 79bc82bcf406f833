"""Section kinds decided by a heading's words or by a section's content, with the reason.

Readers name a section's kind from its heading when the schema's aliases know
it. This analysis runs after reading and decides the rest:

1. a heading word the aliases do not list in that form ("Minimum
   Qualification", "Examples of Duties and Tasks"), by lemma;
2. otherwise the section's own items: qualification items ("Experience
   with…", "Knowledge of…", "5+ years…", degrees, "You have…") make a skills
   section, duty items (imperative or third-person verbs, "You will…") a
   responsibilities section; pay, benefits, EEO, how-to-apply and location
   content get their own kinds (what one block states is
   :mod:`postlint.readers.block_categories`'s).

Every section gets ``Section.decided``, the reason in words, which
``postlint parse`` prints: ``alias 'duties'``, ``heading word 'qualification'``,
``content: 7 of 8 items are duties``. Lemmas come from :func:`postlint.language.nlp.lemma`
(spaCy's lookup table, without loading a pipeline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from postlint.model.posting import Posting, Section
from postlint.model.schema import Schema, normalize_heading, parse_alias
from postlint.readers.block_categories import (
    CATEGORY_KIND,
    CATEGORY_NOUN,
    block_category,
    content_blocks,
    content_vote,
)
from postlint.readers.block_categories import leading_words as _words
from postlint.readers.role_in_prose import role_told_as_work_environment
from postlint.readers.text_lines import is_label
from postlint.readers.training_given import training_given_after_hire

# Heading words (lemmas) that name a kind when no alias matched the heading.
_HEADING_LEMMAS = {
    "duty": "responsibilities", "responsibility": "responsibilities", "function": "responsibilities",
    "task": "responsibilities", "accountability": "responsibilities",
    "qualification": "skills", "requirement": "skills", "skill": "skills", "competency": "skills",
    "knowledge": "skills", "ability": "skills", "abilities": "skills", "ksa": "skills", "ksas": "skills",
    "benefit": "benefits", "perk": "benefits",
    "salary": "compensation", "compensation": "compensation", "wage": "compensation", "pay": "compensation",
    # Spanish: "Prestaciones", "Beneficios", "Sueldo y prestaciones" (as "Salary and benefits", blind set S73).
    "prestaciones": "benefits", "beneficios": "benefits", "sueldo": "compensation", "salario": "compensation",
    "apply": "how-to-apply", "application": "how-to-apply",
    "location": "location",
    "eeo": "eeo", "eoe": "eeo",
    "education": "education-experience",
    "criterion": "skills", "criteria": "skills",
    "asset": "preferred-qualifications", "preferred": "preferred-qualifications", "desirable": "preferred-qualifications",
    "plus": "preferred-qualifications", "bonus": "preferred-qualifications",
}
# Weaker words, read only when no word above is in the heading ("Position Requirements" is about skills).
_HEADING_LEMMAS_WEAK = {
    "position": "role-definition", "role": "role-definition", "overview": "role-definition", "summary": "role-definition",
    "definition": "role-definition", "purpose": "role-definition",
    "process": "how-to-apply", "selection": "how-to-apply", "apply": "how-to-apply",
    "offer": "benefits", "join": "benefits", "ofrecemos": "benefits",
}

def names_a_part(line: str, schema: Schema) -> bool:
    """Whether a one-line lead-in ending in a colon names a part of the posting ("What we're
    looking for:", "An excellent candidate will be able to:"): over a list it heads that list,
    as the same line does in plain text. One no section alias knows ("You will:") does not, nor
    one that names prose parts only by the way ("Product managers on our team are:")."""
    text = line.strip()
    if "\n" in text or not is_label(text):
        return False
    return schema.classify(text) not in _NOT_LIST_HEADS


# Parts told in prose: a lead-in naming one ("on our team", "the role") introduces a list of
# something else.
_NOT_LIST_HEADS = frozenset({"other", "about-company", "role-definition"})


def heading_word(heading: str) -> tuple[str, str] | None:
    """(kind, word) for a short heading holding a word that names a kind, by lemma."""
    from postlint.language.nlp import lemma

    words = _words(heading, 16)
    if not words or len(words) > 14:
        return None
    pay_bonus = _PAY_BONUS.search(heading) is not None
    lemmas = [(lemma(word), word.lower()) for word in words]  # once: three tables ask
    for table in (_PREFERRED_LEMMAS, _HEADING_LEMMAS, _HEADING_LEMMAS_WEAK):
        if table is not _PREFERRED_LEMMAS and len(words) > 10:
            break  # a long heading names a kind only by a nice-to-have phrase ("…that would be an asset include:")
        for base, lower in lemmas:
            kind = table.get(base) or table.get(lower)
            if kind == "preferred-qualifications" and pay_bonus and base in ("bonus", "plus"):
                continue  # "$10,000 Sign-On Bonus!" is pay, not "Bonus points"
            if kind == "role-definition" and len(words) >= 5 and _FOR_THIS_ROLE.search(heading):
                continue  # "Three teams are hiring for this role": a sentence about the role, not its definition
            if kind is not None:
                return kind, base
    return None


# A link's label over a page elsewhere, not a part: GC Jobs' "Information on language requirements" (blind set S101).
_LINK_LABEL = re.compile(r"(?i)[ \t]*+(?:more\s+)?information\s+(?:on|about)\b|[ \t]*+(?:learn|read|find\s+out)\s+more\s+(?:on|about)\b")
_OTHER_JOBS = re.compile(r"(?i)\b(?:also\s+hiring|other\s+(?:open\s+)?(?:roles|jobs|openings|vacancies|positions)|more\s+(?:open\s+)?(?:roles|jobs|openings))\b")
_NOT_THIS_ROLE = re.compile(r"(?i)(?:\bnot|\bno|n['’]t)\b[^?.!]{0,30}\b(?:role|job|position|opening|vacanc\w*)s?\b")
_FOR_THIS_ROLE = re.compile(r"(?i)\b(?:for|to|in) (?:this|the) (?:role|job|position)\b")
_PREFERRED_LEMMAS = {k: v for k, v in _HEADING_LEMMAS.items() if v == "preferred-qualifications"}
# A bonus that is money: an amount, or the kind of payment it is.
_PAY_BONUS = re.compile(
    r"[$€£]|\d|(?i:\b(?:sign(?:ing|-on| on)|joining|annual|performance|referral|retention|relocation|holiday|shift|"
    r"quarterly|yearly|cash)\s+bonus)"
)


def _generic_over_prose(section: Section, intro: object) -> bool:
    from postlint.readers.text_shapes import GENERIC_HEADINGS, normalized

    minimum = intro.words.min if getattr(intro, "words", None) and intro.words.min else 40  # type: ignore[attr-defined]
    prose = sum(len(b.text.split()) for b in section.blocks if b.kind == "paragraph")
    title = normalized(section.title)
    return (title in GENERIC_HEADINGS or title in _OPENING_HEADINGS) and prose >= minimum


# A heading that only says the text opens here: Careers24's fixed "Introduction" over the employer and the role
# (blind set S103). Its prose is the opening text, as it would be untitled. (Kept apart from GENERIC_HEADINGS,
# which the title logic reads too.)
_OPENING_HEADINGS = frozenset(("introduction", "intro"))


def repeats_title(heading: str, title: str | None) -> bool:
    """The heading is the job title again (give or take a grade or a team): every word of 3+ letters is in the title."""
    if not title:
        return False
    title_words = {w.lower() for w in _words(title, 40)}
    words = [w.lower() for w in _words(heading, 20) if len(w) > 2 and not w[0].isdigit()]
    return len(words) >= 2 and all(w in title_words or w in ("position", "role", "job") for w in words)


_HIRING = re.compile(r"(?i)\b(?:is|are|we['’]re|we\s+are)\s+(?:now\s+)?(?:hiring|looking\s+for|seeking|recruiting)\b")


def announces_title(heading: str, title: str | None) -> bool:
    """The heading announces the job ("The Technical Operations team is hiring a Software Officer!"):
    a hiring verb and two or more of the title's words."""
    if not title or not _HIRING.search(heading):
        return False
    title_words = {w.lower() for w in _words(title, 40) if len(w) > 2}
    return len(title_words & {w.lower() for w in _words(heading, 30)}) >= min(2, len(title_words))


def matched_alias(schema: Schema, heading: str, kind: str) -> str | None:
    """The alias of ``kind`` that names ``heading`` (the longest found in it)."""
    specs = [spec for spec, _ in schema.walk() if spec.kind == kind]
    if not specs:
        return None  # "other" has no aliases: no need to normalise the heading (100,000 headings)
    norm = normalize_heading(heading)
    padded = f" {norm} "
    best = None
    for spec in specs:
        for alias in spec.aliases:
            a, how = parse_alias(alias)
            if how == "prefix":
                hit = norm.startswith(a + " ")
            elif how == "exact":
                hit = norm == a
            else:
                hit = norm == a or f" {a} " in padded
            if hit and (best is None or len(a) > len(best)):
                best = alias.strip() if how == "prefix" else a
    return best


def _ancestors(section: Section, parents: dict[int, Section]) -> Iterable[Section]:
    parent = parents.get(id(section))
    while parent is not None:
        yield parent
        parent = parents.get(id(parent))


def _numbered_part(section: Section, parents: dict[int, Section]) -> bool:
    """A numbered heading under a responsibilities section ("Objective 2: …", "3. Collaborate …")."""
    if section.heading is None or not _NUMBERED_PART.match(section.title):
        return False
    return "responsibilities" in {a.kind for a in _ancestors(section, parents)}


def classify_content(posting: Posting, schema: Schema) -> Posting:
    """Decide each section's kind (heading alias, heading word, content) and record why; in place, once."""
    if posting._cache.get("kinds-decided"):
        return posting
    flat = list(posting.walk())
    parents = {id(child): parent for parent in flat for child in parent.children}
    intro = next((spec for spec, _ in schema.walk() if spec.intro), None)
    for section in flat:
        title = section.title  # once: a heading's clean text is rebuilt on every read
        if section.kind != "other" and section.heading is not None and _ratings_panel(section):
            # Glassdoor's "Benefits" over "Benefits rated 3.2 ★ by 212 employees": the board's panel of what employees
            # said, not the posting's benefits (blind set S101).
            section.relabel("other", "a board's panel of employee ratings")
            continue
        if section.kind != "other" and _numbered_part(section, parents) and schema.parent_kind(section.kind) != "responsibilities":
            section.kind = "other"  # "2. Accessibility Standards" under "Key objectives": a part of the duties, no EEO statement
        if section.kind != "other":
            if not section.decided:
                alias = matched_alias(schema, title, section.kind) if section.heading else None
                section.decided = f"alias '{alias}'" if alias else "heading"
            continue
        # A link's label with no text of its own names no part by its words ("Information on language requirements").
        link = section.heading is not None and not section.blocks and _LINK_LABEL.match(title) is not None
        found = heading_word(title) if section.heading is not None and not link else None
        if section.heading is not None and (
            (title.rstrip().endswith("?") and _NOT_THIS_ROLE.search(title) and not _FOR_THIS_ROLE.search(title)) or _OTHER_JOBS.search(title)
        ):
            # "Not the right role?", "Don't see a job for you?": a talent pool, of no kind of this job's (blind set S39);
            # "ALSO HIRING" over another job's lines (blind set S42).
            section.decided = "a question about other jobs" if title.rstrip().endswith("?") else "a note about other jobs"
        elif section.heading is not None and intro is not None and _generic_over_prose(section, intro):
            # "=== JOB DETAILS ===" over the header and the role's description: the intro.
            section.kind = intro.kind
            section.decided = f"generic heading '{title}' over {section.words()} words of prose"
        elif section.heading is not None and repeats_title(title, posting.title) and schema.spec("role-definition"):
            # "Cloud Platform Lead - GS-15" under the title "18F - Cloud Platform Lead": the role's own introduction.
            section.kind = "role-definition"
            section.decided = "heading repeats the title"
        elif _numbered_part(section, parents):
            # "Objective 2: Model the behaviors we want partners to adopt" under "Key objectives": one of
            # the parent's numbered parts, whatever its items sound like ("Demonstrate credibility…")
            # or a word of its heading ("1. Promote and Position TTS", "… and EEO responsibility").
            section.decided = "a numbered part of its responsibilities parent"
        elif found is not None and schema.spec(found[0]) is not None:
            section.kind = found[0]
            section.decided = f"heading word '{found[1]}'"
        else:
            vote = content_vote(content_blocks(section))
            kind = CATEGORY_KIND.get(vote[0]) if vote else None
            above = {a.kind for a in _ancestors(section, parents)}
            announced = section.heading is not None and announces_title(title, posting.title) and schema.spec("role-definition")
            if announced and kind == "how-to-apply":
                # "… is hiring Enterprise Architects!" over prose that ends "we encourage you to apply!": the
                # announcement's close, not how to apply (precision sample 5757).
                vote = kind = None
            if vote and kind and schema.spec(kind) is not None and kind not in above and _box_field(section, parents):
                # Job Bank's "Certificates, licences, memberships, and courses" over two tickets: a field the board
                # names, its few values too few to name it otherwise (blind set S91: a skills list of 2 too short).
                section.decided = "no alias; a field of a box of fields, its few values name no part"
            elif vote and kind and schema.spec(kind) is not None and kind not in above:
                category, count, total = vote
                noun = "item" if total == 1 else "items"
                verb = "is" if count == 1 else "are"
                section.decided = f"content: {count} of {total} {noun} {verb} {CATEGORY_NOUN[category]}"
                section.kind = kind
            elif vote and kind in above:
                category, count, total = vote
                noun = "item" if total == 1 else "items"
                verb = "is" if count == 1 else "are"
                section.decided = f"content: {count} of {total} {noun} {verb} {CATEGORY_NOUN[category]}, a part of its {kind} parent"
            elif section.heading is not None and _EXPECT_HEADING.match(title) and _not_duties(section) and schema.spec("skills"):
                # "What we expect" over "Very good Kotlin", "Docker and Kubernetes": what the candidate brings
                # (a Polish software house's "Czego oczekujemy", blind set S78); over duties the vote above decides.
                section.kind = "skills"
                section.decided = "heading 'what we expect' over no duties"
            elif section.heading is not None and _asks_of_hire(title, posting.title) and _not_duties(section) and _some_asked(section) and schema.spec("skills"):
                # "What a data engineer needs here" over years, tools and habits: what the hire must bring (blind set S113).
                section.kind = "skills"
                section.decided = "heading says what the hire needs, over no duties"
            elif announced:
                # "The Technical Operations team is hiring a Software Officer!" over prose the content does
                # not decide: the role's own introduction.
                section.kind = "role-definition"
                section.decided = "heading announces the job"
            else:
                section.decided = "no alias, content undecided" if section.heading is not None else "untitled"
        for child in section.children:
            child.parent_kind = section.kind
    _abilities_as_skills(flat, schema)
    _required_among_preferred(flat, schema)
    role_told_as_work_environment(flat, schema, intro_words(posting))
    training_given_after_hire(flat)
    posting._cache.clear()
    posting._cache["kinds-decided"] = True
    return posting


# The employer's expectations of the candidate: its requirements, or its duties when the items are duties.
# Not "What you can expect" or "What to expect" (what the job gives, or the hiring process).
_EXPECT_HEADING = re.compile(
    r"(?i)^[^\w\n]{0,8}what\s+(?:we|i)\s+expect(?:\s+(?:from|of)\s+(?:you|the\s+candidate|candidates|applicants))?[\s:.!]{0,8}$"
)


# "What a data engineer needs here", "What the ideal candidate brings", "What this role requires": the need of the
# person hired (its subject checked apart); not "What our customers need" nor "What you'll get".
_NEEDS_HEADING = re.compile(
    r"(?i)^[^\w\n]{0,8}what\s+(?:(?:a|an|the|this|our|each|every)\s+)?((?:[\w'’-]+\s+){1,3}?)"
    r"(?:needs?|requires?|brings?|must\s+(?:have|bring|know)|should\s+(?:have|bring|know))\b(?:\s+[\w'’-]+){0,4}?[\s:.!?]{0,8}$"
)
# Who the hire is, when the heading does not use the title's own words.
_HIRE_NOUNS = frozenset(("candidate", "applicant", "hire", "person", "someone", "role", "position", "job", "you"))


def _asks_of_hire(heading: str, title: str | None) -> bool:
    """The heading asks what the person hired needs: its subject is the candidate, the role or the title's noun."""
    m = _NEEDS_HEADING.match(heading)
    if m is None:
        return False
    head = m.group(1).split()[-1].lower()
    return head in _HIRE_NOUNS or (bool(title) and head in {w.lower() for w in _words(title, 40) if len(w) > 2})


def _some_asked(section: Section) -> bool:
    """At least one item reads as a qualification."""
    return any(block_category(b.text) == "qualifications" for b in content_blocks(section))


def _box_field(section: Section, parents: dict[int, Section]) -> bool:
    """A field of a board's box: its parent has no text of its own over three or more fields, and it holds at most
    three short values ("Red Seal certificate (welder), or working toward it")."""
    parent = parents.get(id(section))
    # A label's sub-part, as the plain-text reader makes a box's fields; a Markdown "### Your toolkit" is a part (review).
    if parent is None or section.heading is None or section.heading.kind != "label":
        return False
    if len(parent.children) < 3 or any(b.kind != "heading" for b in parent.blocks):
        return False
    values = [b for b in section.blocks if b.kind != "heading"]
    return 0 < len(values) <= 3 and not section.children and all(len(b.text.split()) <= 12 for b in values)


def _not_duties(section: Section) -> bool:
    """No more of the section's items read as duties than as qualifications."""
    kinds = [block_category(b.text) for b in content_blocks(section)]
    return kinds.count("duties") <= kinds.count("qualifications")


# What the candidate will be able to do, as a lead-in: "An excellent candidate will be able to:".
_ABILITIES = re.compile(r"(?i)\b(?:candidate|applicant|you|person)\b.{0,30}\b(?:be able to|can)\W*$")


def _abilities_as_skills(flat: list[Section], schema: Schema) -> None:
    """A second duties list that says what the candidate can do ("We're looking for someone who will:"
    then "An excellent candidate will be able to:"), in a posting with no skills part, is its skills
    (precision sample 5151: CDS postings read as missing their skills)."""
    if schema.spec("skills") is None or any(s.kind in ("skills", "hard-skills", "soft-skills") for s in flat):
        return
    duties = [s for s in flat if s.kind == "responsibilities" and s.heading is not None]
    for section in duties[1:]:
        if _ABILITIES.search(section.title):
            section.relabel("skills", f"{section.decided}; a second duties list of what the candidate can do: the skills")


# What a qualification section's own sentence requires: "A Master's degree … is required", "Figma is essential",
# "You must hold…"; not "is not required", "a plus, not a requirement".
_STATES_REQUIRED = re.compile(
    r"(?i)\b(?:is|are)\s+(?:absolutely\s+|strictly\s+)?(?:required|essential|mandatory|compulsory)\b"
    r"|\bmust\s+(?:have|hold|be|possess|speak)\b"
)


def _required_among_preferred(flat: list[Section], schema: Schema) -> None:
    """A nice-to-have heading over the posting's only qualifications, whose text says what is required, is the
    requirements: Welcome to the Jungle's fixed "Preferred experience" (its "Profil recherché") over "A Master's
    degree … is required" (blind set S101). Beside a requirements part it stays the nice-to-haves."""
    from postlint.model.schema import QUALIFICATION_KINDS

    if schema.spec("skills") is None or any(s.kind in QUALIFICATION_KINDS for s in flat):
        return
    for section in flat:
        if section.kind != "preferred-qualifications" or section.heading is None:
            continue
        if any(_STATES_REQUIRED.search(b.text) for b in section.all_blocks() if b.kind != "heading"):
            section.relabel("skills", f"{section.decided}; the posting's only qualifications, saying what is required: the skills")


# A board's line of employees' ratings: "Benefits rated 3.2 ★ by 212 employees", "Rated 4.1 out of 5 by 87 employees".
# (The words before it, what was rated, are checked apart: a pattern opening on them is slow to search.)
_RATED_BY = re.compile(
    r"(?i)\brated\s+\d(?:[.,]\d)?\s*(?:[★☆⭐]+|out\s+of\s+5|/\s?5|stars?)\s*(?:by|from)\s+\d[\d,]*\s+"
    r"(?:employees|reviews|ratings|reviewers|people)\b"
)


def _ratings_panel(section: Section) -> bool:
    """The section opens with a board's line of employees' ratings."""
    first = next((b for b in section.blocks if b.kind != "heading"), None)
    if first is None or len(first.text) > 120 or (m := _RATED_BY.search(text := first.text.strip())) is None:
        return False
    return _RATED_WHAT.fullmatch(text, 0, m.start()) is not None


_RATED_WHAT = re.compile(r"(?:[^\W\d][\w&/' -]{0,40})?")


# A numbered part: "Objective 2: …", "Goal 1 -", "3. Collaborate effectively…", "#2 Lead the team".
_NUMBERED_PART = re.compile(r"(?i)\s*(?:(?:key\s+)?(?:objective|goal|outcome|priority|focus area|area|result)\s*#?\s*\d+\b|#?\d{1,2}[.):]\s|#\d{1,2}\s)")


def intro_words(posting: Posting) -> int:
    """Words of untitled prose before the first heading (the intro that can define the role)."""
    return sum(len(b.text.split()) for b in posting.preamble if b.kind in ("paragraph", "list_item"))
