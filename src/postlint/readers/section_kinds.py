"""Section kinds decided by a heading's words or by a section's content, with the reason.

Readers name a section's kind from its heading when the schema's aliases know
it. This analysis runs after reading and decides the rest:

1. a heading word the aliases do not list in that form ("Minimum
   Qualification", "Examples of Duties and Tasks"), by lemma;
2. otherwise the section's own items: qualification items ("Experience
   with…", "Knowledge of…", "5+ years…", degrees, "You have…") make a skills
   section, duty items (imperative or third-person verbs, "You will…") a
   responsibilities section; pay, benefits, EEO, how-to-apply and location
   content get their own kinds.

Every section gets ``Section.decided``, the reason in words, which
``postlint parse`` prints: ``alias 'duties'``, ``heading word 'qualification'``,
``content: 7 of 8 items are duties``. Lemmas come from :func:`postlint.language.nlp.lemma`
(spaCy's lookup table, without loading a pipeline).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from postlint.language.keywords import has_role_word
from postlint.language.places import PLACE_NAMES, US_STATE_CODES
from postlint.language.prefilter import LoweredPattern
from postlint.model.posting import Block, Posting, Section
from postlint.model.schema import Schema, normalize_heading, parse_alias
from postlint.readers.text_lines import is_label

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*\+?")

# The kind each content category names, and the category's plural noun for the reason.
CATEGORY_KIND = {
    "duties": "responsibilities",
    "qualifications": "skills",
    "pay": "compensation",
    "benefits": "benefits",
    "eeo": "eeo",
    "how-to-apply": "how-to-apply",
    "location": "location",
}
_CATEGORY_NOUN = {
    "duties": "duties",
    "qualifications": "qualifications",
    "pay": "about pay",
    "benefits": "benefits",
    "eeo": "equal-opportunity statements",
    "how-to-apply": "about applying",
    "location": "about location",
}

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

# Verbs that open a duty ("Manage…", "Develops…"), as lemmas: office work, then the hands-on work of
# warehouses, kitchens, shops, care and trades ("Pick, pack and ship orders", "Greet guests").
DUTY_VERBS = frozenset(
    """accept access accomplish account achieve act adapt address adjust administer advance advise advocate align
    allocate analyse analyze answer anticipate apply appraise approve arrange articulate assemble assess assign assist
    attend audit author authorize balance brief build calculate care carry champion check clean code collaborate collect
    communicate compile complete comply compose conduct configure confer consolidate construct consult contribute control
    convene coordinate correspond counsel create curate debug decide define delegate deliver demonstrate deploy design
    determine develop diagnose direct discuss distribute document draft drive edit educate empower enable encourage
    enforce engage engineer ensure enter establish estimate evaluate examine execute expand explain facilitate file
    finalize forecast formulate foster gather generate guide handle help hire identify implement improve inform initiate
    inspect install instruct integrate interpret interview investigate issue join keep launch lead learn liaise maintain
    manage map market measure mentor model modernize monitor motivate negotiate observe obtain onboard operate optimize
    orchestrate organize organise oversee own participate partner perform plan prepare present prioritize prioritise
    process procure produce program promote propose prototype provide publish purchase pursue raise read receive recommend
    reconcile record recruit reduce refine represent report request research resolve respond review revise run schedule
    scope screen secure select serve set shape share ship solve source specify staff standardize steer streamline
    strengthen structure submit summarize supervise supply support survey sustain teach test track train transform
    translate troubleshoot tune understand update upgrade use utilize validate verify visit work write synthesize
    synthesise envision evangelize translate cultivate nurture grow scale mature embed influence inspire
    pick pack unpack load unload stock restock sort shelve rotate stack scan count label wrap fill haul transport
    greet welcome seat cook bake grill prep chop wash sweep mop sanitize fold repair fix replace weld fabricate cut
    paint trim prune harvest spray sell take patrol escort dispatch route drive feed bathe groom dispense triage draw
    mix pour tutor coach
    redesign rebuild rewrite refactor migrate make move automate extend add retire simplify harden reshape
    prospect pitch canvass turn hit leverage""".split()  # a salesperson's (blind set S94: "Prospect for new accounts")
)
# First words (lemmas) of a qualification item.
_QUAL_FIRST = frozenset(
    """experience knowledge ability able skill skills proficiency proficient familiarity familiar understanding degree
    bachelor master masters phd doctorate certification certificate certified license licence licensed background
    expertise fluency fluent comfort comfortable demonstrated demonstrate proven strong excellent solid deep working
    track minimum possession graduation equivalent equivalency education completion must candidate candidates
    applicant applicants expert advanced basic thorough good exceptional outstanding superior effective
    high associate previous prior current valid hands passion interest curiosity attention capacity capable
    have hold possess bring know be""".split()
)
_QUAL_ANYWHERE = re.compile(
    r"^\W*(?:(?:at least|a minimum of|minimum of|over|more than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten)"
    r"\+?\s*(?:\(\d+\)\s*)?(?:or more\s+)?(?:years?|yrs)\b|\b(?:bachelor|master|ph\.?d|degree|diploma|ged|"
    r"certificate|certification|licen[cs]e|(?:years?|months?) of (?:[\w-]+ ){0,3}experience)\b",
    re.I,
)
_QUAL_START = re.compile(r"^\W*(?:you (?:have|are|bring|possess|hold|know|can|understand|enjoy|thrive)|you're|you've|"
                         r"must (?:have|be|possess|hold)|should have|ideally|have (?:a|an|experience|knowledge|strong))\b", re.I)
_DUTY_START = re.compile(r"^\W*(?:you will|you'll|you’ll|will|responsible for|serves? as|acts? as|works? (?:with|closely)|"
                         r"be (?:responsible|accountable)|in this role|the (?:incumbent|employee|position) (?:will|is))\b", re.I)
_EEO = LoweredPattern(re.compile(
    r"equal (?:employment )?opportunit|discriminat|regardless of (?:race|age|sex|gender|religion)|sexual orientation|"
    r"gender identity|national origin|protected (?:veteran|class|status)|reasonable accommodation|affirmative action|"
    r"\beoe\b|accommodations? (?:is|are) available",
    re.I,
))
_APPLY = LoweredPattern(re.compile(
    r"\bto apply\b|\bapply (?:online|by|at|through|via|here|now|today|for this|on our)\b|"
    r"\bsubmit (?:your|an|a|the) (?:application|resume|résumé|cv|cover)|\bsend (?:your|a|us) (?:resume|résumé|cv|application)|"
    r"\bapplication (?:deadline|process|form|packet|materials)|\bcover letter\b|\bapplications (?:will|must|are|received)\b|"
    r"\binterview process\b|\bhiring process\b",
    re.I,
))
_MONEY = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s?(?:k|USD|CAD|EUR|GBP)\b")
_PAY_WORD = re.compile(r"\b(?:salary|salaries|pay|wage|wages|compensation|hourly|annually|per (?:hour|year|annum|month)|"
                       r"range|step|grade|remuneration)\b", re.I)
_BENEFIT_LEMMAS = frozenset(
    """insurance dental vision retirement pension 401k pto vacation holiday holidays tuition wellness benefit perk
    parental maternity paternity childcare commuter fsa hsa gym sabbatical stipend reimbursement
    aguinaldo vacaciones""".split()
)
_BENEFIT_PHRASE = re.compile(r"\b(?:paid (?:time off|leave|holidays?|vacation)|time off|sick leave|life insurance|"
                             r"health (?:care|insurance|plan|benefits)|401\(k\)|retirement plan|employee assistance)\b", re.I)
_LOCATION = re.compile(r"\b(?:remote|hybrid|on-?site|in[- ]office|telework|teleworking|located in|based in|work from home|"
                       r"relocation)\b", re.I)
_PLACE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), ([A-Z]{2}|[A-Z][a-z]+)\b")


def _names_place(text: str) -> bool:
    """A town and its state or country ("Portland, OR", "Leeds, Yorkshire"), not a signature's role and
    firm ("Senior Technical Recruiter, Brightledger", blind set S97), unless a known place follows."""
    return any(
        m.group(2).lower() in PLACE_NAMES or m.group(2) in US_STATE_CODES or not has_role_word(m.group(1))
        for m in _PLACE.finditer(text)
    )


def _words(text: str, limit: int = 40) -> list[str]:
    return _WORD.findall(text[:400])[:limit]


def block_category(text: str) -> str | None:
    """What one block states: 'duties', 'qualifications', 'pay', 'benefits', 'eeo', 'how-to-apply', 'location' or None."""
    from postlint.language.nlp import lemma

    text = text[:1000]  # what a block states shows in its first lines; bounds every search below
    words = _words(text)
    if not words:
        return None
    first = lemma(words[0])
    if _EEO.search(text):
        return "eeo"
    if _DUTY_START.match(text):
        return "duties"
    if _QUAL_START.match(text) or _QUAL_ANYWHERE.search(" ".join(words[:14])) or first in _QUAL_FIRST:
        return "qualifications"
    head = words[0]
    if first in DUTY_VERBS and head[:1].isupper() and (head.lower() == first or head.lower().endswith("s")):
        # "Manage…" (imperative) or "Manages…" (third person), not "Management of…".
        return "duties"
    if _APPLY.search(text):
        return "how-to-apply"
    if _MONEY.search(text) and _PAY_WORD.search(text):
        return "pay"
    lemmas = {lemma(w) for w in words}
    if _BENEFIT_PHRASE.search(text) or lemmas & _BENEFIT_LEMMAS:
        return "benefits"
    if len(words) <= 25 and (_LOCATION.search(text) or (len(words) <= 8 and _names_place(text))):
        return "location"
    return None


def _content_blocks(section: Section) -> list[Block]:
    """The blocks that say what a section is: its list items when it has two or more
    (the prose around a list is often an aside or boilerplate), else all its text."""
    items = [b for b in section.blocks if b.kind == "list_item"]
    if len(items) >= 2:
        return items
    return [b for b in section.blocks if b.kind in ("list_item", "paragraph", "table_row")]


def content_vote(blocks: Iterable[Block]) -> tuple[str, int, int] | None:
    """(category, how many blocks state it, how many blocks) when one category holds most blocks."""
    return text_vote([b.text for b in blocks])


def text_vote(texts: list[str]) -> tuple[str, int, int] | None:
    """:func:`content_vote` over texts: the plain-text reader asks it of the lines under a heading."""
    if not texts:
        return None
    votes = Counter(c for c in map(block_category, texts) if c)
    if not votes:
        return None
    (best, count), *rest = votes.most_common()
    if rest and rest[0][1] == count:
        return None
    n = len(texts)
    if count * 2 < n or (n >= 3 and count < 2):
        return None
    return best, count, n


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
    return normalized(section.title) in GENERIC_HEADINGS and prose >= minimum


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
        if section.kind != "other" and _numbered_part(section, parents) and schema.parent_kind(section.kind) != "responsibilities":
            section.kind = "other"  # "2. Accessibility Standards" under "Key objectives": a part of the duties, no EEO statement
        if section.kind != "other":
            if not section.decided:
                alias = matched_alias(schema, title, section.kind) if section.heading else None
                section.decided = f"alias '{alias}'" if alias else "heading"
            continue
        found = heading_word(title) if section.heading is not None else None
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
            vote = content_vote(_content_blocks(section))
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
                section.decided = f"content: {count} of {total} {noun} {verb} {_CATEGORY_NOUN[category]}"
                section.kind = kind
            elif vote and kind in above:
                category, count, total = vote
                noun = "item" if total == 1 else "items"
                verb = "is" if count == 1 else "are"
                section.decided = f"content: {count} of {total} {noun} {verb} {_CATEGORY_NOUN[category]}, a part of its {kind} parent"
            elif section.heading is not None and _EXPECT_HEADING.match(title) and _not_duties(section) and schema.spec("skills"):
                # "What we expect" over "Very good Kotlin", "Docker and Kubernetes": what the candidate brings
                # (a Polish software house's "Czego oczekujemy", blind set S78); over duties the vote above decides.
                section.kind = "skills"
                section.decided = "heading 'what we expect' over no duties"
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
    posting._cache.clear()
    posting._cache["kinds-decided"] = True
    return posting


# The employer's expectations of the candidate: its requirements, or its duties when the items are duties.
# Not "What you can expect" or "What to expect" (what the job gives, or the hiring process).
_EXPECT_HEADING = re.compile(
    r"(?i)^[^\w\n]{0,8}what\s+(?:we|i)\s+expect(?:\s+(?:from|of)\s+(?:you|the\s+candidate|candidates|applicants))?[\s:.!]{0,8}$"
)


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
    kinds = [block_category(b.text) for b in _content_blocks(section)]
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
            section.kind = "skills"
            section.decided = f"{section.decided}; a second duties list of what the candidate can do: the skills"
            for child in section.children:
                child.parent_kind = section.kind


# A numbered part: "Objective 2: …", "Goal 1 -", "3. Collaborate effectively…", "#2 Lead the team".
_NUMBERED_PART = re.compile(r"(?i)\s*(?:(?:key\s+)?(?:objective|goal|outcome|priority|focus area|area|result)\s*#?\s*\d+\b|#?\d{1,2}[.):]\s|#\d{1,2}\s)")


def intro_words(posting: Posting) -> int:
    """Words of untitled prose before the first heading (the intro that can define the role)."""
    return sum(len(b.text.split()) for b in posting.preamble if b.kind in ("paragraph", "list_item"))
