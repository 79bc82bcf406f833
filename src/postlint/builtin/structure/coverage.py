"""STR005's parts stated inside other parts: years of experience or a degree among the skills cover education
and experience, duties under the role's heading or told as "You will…" sentences cover the responsibilities, and
opening prose defines the role, as does the opening prose under "Roles & Responsibilities" (the rule itself is in :mod:`postlint.builtin.structure.sections`)."""

from __future__ import annotations

import re

from postlint.language.prefilter import LoweredPattern
from postlint.model.posting import Posting, Section
from postlint.model.schema import Schema, SectionSpec, normalize_heading
from postlint.readers.section_kinds import matched_alias

# Most postings state years of experience or a degree inside "Requirements" /
# "Who you are" rather than in a section of their own; that covers the kind.
# A count of years is in figures ("5+ years") or words ("One year of SQL", "three years'").
# "A year" counts only as "a year of" ("ten days a year with the team" is not experience).
_YEARS_IN_WORDS = (
    # "Seven or more years building infrastructure" (blind set S36): the work done in them, in -ing.
    # Or the post held in them: "At least three years as a store manager" (blind set S88); not "two years as part of…",
    # nor the employer's own years: "ten years as a family business" (review).
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\s(?:or|to)\s\w+)?\s(?:full\s)?years?(?:'|’)?\s"
    r"(?:of|in|with|experience|\w+ing|as(?=\s(?:an?|the)\s(?!(?:company|business|family|team|firm|group|whole|result|condition|matter)\b)))\b"
    r"|\ban?\s(?:full\s)?year\sof\b"
    # The years as a least: "One year or more in a support, reservations or front-desk job", "three years plus as a
    # chef", "a year or longer in retail" (blind set S119 re-score). Then "in" a kind of work, not a place or a
    # length: not "a contract of one year or more in Lisbon", "one year or more in total", "… or more starting in May".
    r"|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\s(?:full\s)?years?(?:'|’)?(?:\s(?:or\s(?:more|longer)|plus)|\+)\s"
    r"(?:of|experience|(?!(?:starting|beginning|commencing|during|following|depending|including)\b)\w+ing|as\s(?:an?|the)\s(?!(?:company|business|family|team|firm|group|whole|result|condition|matter)\b)"
    # Or "in … support", or on a workplace: "Two years or more in customer support", "One year or more on a line" (blind
    # sets S134, S135); not "in support of the Lisbon office", nor "on a fixed-term basis".
    r"|in\s(?:an?|any|your)\s|in\s(?:[\w-]+,?\s(?:or\s|and\s)?){0,3}?(?:roles?|jobs?|positions?|posts?|settings?|environments?"
    r"|industry|sector|field|customer\sservice|sales|retail|hospitality|management|support(?!\sof\b))\b"
    r"|on\s(?:an?|the)\s(?:[\w-]+\s){0,2}?(?:lines?|floors?|sites?|road|desks?|wards?)\b))"
)
_EXPERIENCE_OR_DEGREE = LoweredPattern(re.compile(
    # An age is no experience: "You must be at least 18 years old", "18 years of age" (blind set S87).
    r"(?i)\b\d{1,2}\s?\+?\s?(?:-|–|to)?\s?\d{0,2}\+?\s(?:years?|yrs)\b(?![ -]old\b| of age\b)|" + _YEARS_IN_WORDS + "|"
    r"\b(?:bachelor|master|associate|doctorate|ph\.?d)|"
    r"\bdegree\b|\bdiploma\b|\b(?:years|track record|background) (?:of|in|with)\b(?! age\b)|\bexperience (?:in|with|of|on|across|alongside|\w+ing)\b"
    # "6 months' experience", "six months of caregiving experience"; a certificate or licence is a credential
    r"|\b(?:\d{1,2}|six|three|twelve)\+?\s(?:months?)(?:'|’)?\s(?:of\s)?(?:[\w-]+\s){0,2}?experience\b"
    # Seasonal work counts its experience in seasons: "At least one season at a hotel front desk", "two seasons of
    # deck work" (blind sets S48, S49).
    # ("a full season at the resort" is the time asked for, not experience.)
    r"|\b(?:\d{1,2}|one|two|three|four|five)\+?\s(?:full\s)?(?:\w+\s)?seasons?\s(?:of|at|on|in|as|with|working)\b"
    r"|\bcertificat(?:e|ion)s?\b|\bcertified\b|\blicen[cs](?:es?|ed)\b"
    # A level of schooling: India's "12th pass or graduate" (blind set S101 re-score).
    r"|\b(?:10th|12th)\s(?:pass|passed|standard)\b"
    # Or its graduates: "At least senior high school graduate", "college graduate" (blind set S128); not "high school students".
    r"|\b(?:high|secondary)[\s-]school\s(?:graduates?|grad|diploma|education|completion)\b|\b(?:college|university)\s(?:graduates?|education)\b"
    # Experience asked for by name: "Contact centre experience required", "Canadian experience required, in …" (blind
    # set S76); or waived, which answers the part too: "No experience needed: we train you on the first day" (S50),
    # "No past experience needed", "no retail experience required" (S77).
    r"|\bexperience\s(?:is\s)?(?:required|essential|needed|necessary|mandatory|preferred|desirable)\b"
    # A record of work shipped: "You have shipped at least one PC or console game", "two shipped titles"
    # (precision sample 1207), as game studios ask for experience.
    r"|\b(?:shipped|launched|released)\s(?:at\sleast\s)?(?:one|two|three|\d{1,2}|a|several|multiple)\s(?:[\w-]+\s){0,4}?(?:games?|titles?|products?|apps?)\b"
    r"|\b(?:one|two|three|\d{1,2}|several|multiple)\+?\s(?:[\w-]+\s){0,2}?shipped\s(?:[\w-]+\s){0,2}?(?:games?|titles?|products?)\b"
    # Past work asked for in plain words: "Shopify ninja who has done this before", "Can show 2-3 stores you've
    # worked on" (blind set S78 re-score). Not "has done nothing wrong", nor "can show up on time".
    r"|\b(?:has|have|who['’]s|you['’]ve)\s(?:already\s)?done\s(?:this|it|that|this\skind\sof\s\w+|(?:similar|the\ssame)\s\w+)\sbefore\b"
    r"|\b(?:show|share)\s(?:(?:us|me)\s)?(?:[\w-]+\s){0,4}?(?:you['’]ve|you\shave)\s(?:worked\son|built|designed|shipped|launched|delivered)\b"
    # The candidate's past work in the perfect: "The ideal candidate has led a team in a contact centre" (blind set S104),
    # "you've managed a kitchen", "someone who has worked in retail". Not the employer's: "we have built…".
    r"|\b(?:(?:candidate|applicant|person|someone|who|you)\s(?:has|have)|you['’]ve)\s(?:already\s|previously\s|ideally\s|successfully\s)?"
    r"(?:led|managed|run|supervised|worked\s(?:in|as|at|on|with)|held|coached|trained|owned|taught)\b"
    # Past work by where it was done: "Practiced teaching, coaching or consulting in previous roles" (precision
    # sample: a CDS posting), "in a prior position".
    r"|\bin\s(?:a\s|your\s|their\s)?(?:previous|prior|past|former)\s(?:roles?|positions?|jobs?|posts?|employment|workplaces?)\b"
    # "Experienced working on cross-functional teams", "experienced in payroll": experience asked for by its adjective.
    r"|\bexperienced\s(?:in|with|at|as|on|working|leading|managing|running|building|delivering|supporting)\b"
))
# An item that asks for experience in its own words: "Previous reception or customer service
# experience", "Proven sales experience" (not "…so that we can evaluate your previous experience").
# An item of the skills that opens with the word asks for it too: "Experience and approach for leading teams".
# (Anchored, its blanks possessive: searched, the unanchored form retried a run of blanks from each of them.)
_EXPERIENCE_ITEM = re.compile(r"(?i)\A\s*+(?:(?:previous|prior|proven|relevant|demonstrated|hands-on)\s+(?:[\w/-]+\s+){0,4}?)?experienced?\b")


def duties_in_role(posting: Posting, spec: SectionSpec) -> bool:
    """Duties listed under the role's own heading ("The role", then 'Check guests in and out…')
    cover the responsibilities: three or more items, most of them duties, or none of them anything
    else (tasks named as nouns: "Trunking and multi-drop deliveries", "Walkaround checks", blind set S22)."""
    if spec.kind != "responsibilities":
        return False
    from postlint.readers.block_categories import block_category, content_vote

    sections = posting.find_all("role-definition")
    for section in sections:
        # Its own items, or with its parts' ("*The gig:*" over duties, then "*Details:*" over the pay and
        # perks, a chat post's parts read as its subsections: blind set S38).
        for items in ([b for b in section.blocks if b.kind == "list_item"], [b for b in section.all_blocks() if b.kind == "list_item"]):
            if len(items) < 3:
                continue
            vote = content_vote(items)
            if (vote is not None and vote[0] == "duties") or (vote is None and not any(block_category(b.text) for b in items)):
                return True
            # Three or more duties and fewer items of any other kind, the rest saying nothing ("Upsell specials…"):
            # a server's seven tasks, one of them physical (blind set S53), are its duties still.
            kinds = [k for k in (block_category(b.text) for b in items) if k]
            duties = kinds.count("duties")
            if duties >= 3 and duties > len(kinds) - duties:
                return True
    # Or three duties told in its prose: "You will take messy returns… You will build dashboards… You will review
    # the work of two junior analysts." (the UK Civil Service's "Job description", blind set S41 re-score).
    from postlint.language.nlp import sentences

    # The untitled opening prose tells the role too ("We are looking for… You will write… You will port…",
    # blind set S78 re-score), as a heading over it would.
    told_in = [b for s in sections for b in s.blocks] + list(posting.preamble)
    paragraphs = {id(b) for b in told_in if b.kind == "paragraph" and ("you" in b.text.lower() or "will" in b.text)}
    if not paragraphs:
        return False
    # The posting's shared sentences (the readability rules split them already), not a pass of its own.
    said = [s.text for s in sentences(posting) if id(s.block) in paragraphs]
    if any(_lists_duties(t) for t in said):
        return True
    return sum(1 + len(_MORE_DUTIES.findall(t, m.end())) for t in said if (m := _DUTY_SENTENCE.match(t))) >= 3


# A sentence that lists the duties in a run: "Responsibilities will include the collection of soil cores…, the
# establishment…, the extraction…, and the preparation of sequencing libraries." (a UK university's "The role",
# blind set S105).
_DUTIES_INCLUDE = re.compile(r"(?i)(?:(?:key|main|principal|your|the|other)\s+)?(?:responsibilities|duties)\s+(?:will\s+)?include\s*:?\s+")


def _lists_duties(sentence: str) -> bool:
    """The sentence opens by saying the duties include three or more things, listed with commas ("a, b and c")."""
    m = _DUTIES_INCLUDE.match(sentence.lstrip())
    if m is None:
        return False
    parts = [p for p in re.split(r"\s*[,;]\s*", sentence.lstrip()[m.end() :]) if p.strip()]
    return len(parts) + (len(parts) > 1 and " and " in parts[-1]) >= 3


# A sentence that states a duty to the reader: "You will build…", "You'll review…", "As a data analyst, you will lead…".
# (Not what the job gives: "You will receive a laptop", "You'll get 25 days", "You will be eligible for…";
# nor whom you answer to: "You will report to the CTO".) Up to two clauses before it, none with a comma
# inside, so a run of commas is no slow search.
_DUTY_SENTENCE = re.compile(
    # The UK's academic posts tell them in the third person: "The postholder will sample…" (blind set S105).
    # Or after "and" joining it to a clause: "Right now the squad is small, and you will hire three more engineers" (Comeet,
    # blind set S105 re-score).
    r"(?i)(?:[^.;,]{1,60}+,\s+){0,2}(?:(?:and|so)\s+)?(?:you\s+will|you['’]ll|you['’]d|you\s+would|you\s+are\s+going\s+to"
    r"|the\s+(?:post[- ]?holder|role[- ]?holder|job[- ]?holder|successful\s+(?:candidate|applicant))\s+will)\s+"
    r"(?!(?:be\s+(?:paid|based|joining|part|eligible|offered|given|entitled)|receive|get|enjoy|have|earn|need|join|report\s+(?:directly\s+)?to"
    # Nor how the job will feel, which an opening pitch tells: "You'll love our studio", "You will feel at home",
    # "You'll grow quickly" (review of the session's change).
    r"|love|feel|grow|thrive|fit|belong|find|discover|like|meet|see|know|want|be\s+(?:welcomed|supported|surrounded|happy|proud))\b)[a-z]+"
)


# Another duty the same sentence coordinates: "You will own onboarding…, run the absence process…, and be the first
# contact…" tells three, "… prepare the files for our Works Council and keep our contracts in line" two (blind set
# S118). It opens with a verb's base form before its object or particle; not a noun ("designers, engineers in Berlin").
_MORE_DUTIES = re.compile(
    r"(?:,[ \t]*+(?:and[ \t]++|or[ \t]++)?|[ \t]and[ \t]++)(?:also[ \t]++)?(?!(?:the|our|a|an|your|their|its)\b)"
    r"(?![a-z]*[^s\W]s\b)[a-z]++[ \t]++(?:the|our|a|an|your|their|its|all|every|each|new|with|to|on|in|up|out|for)\b"
)


_COVERED_BY_SKILLS = ("education-experience", "educational-background", "experience-requirements")


# A field that states the schooling asked for, wherever the posting puts it: "🎓 Qualification: 12th pass or graduate"
# among a chat post's details (blind set S101 re-score), "Education: Any graduate".
# Or India's "Essential Qualification: Bachelor's Degree in Commerce" under "ELIGIBILITY" (blind set S111 re-score).
_EDUCATION_FIELD = re.compile(r"(?i)[^\w\n]{0,6}(?:educational\s+|minimum\s+|essential\s+|required\s+)?(?:qualifications?|education)\s*:\s*\w")
_MONEY_IN = re.compile(r"[$€£₹¥]|\d\s*(?:k|usd|eur|gbp|inr)\b|\ballowance\b|\bbudget\b|\breimburs", re.IGNORECASE)


# A label opening a block or a sentence, then what it names: a post with no headings writes its parts so
# ("The work: you'll own…", "Who we want: a backend engineer with 3+ years…", "What you need: a degree…").
# The label is up to five words, capitalised; the colon is followed by the part's text.
_INLINE_LABEL = re.compile(r"(?:^|(?<=[.!?])[ \t]++|\n)[^\w\n]{0,3}([A-Z][\w'’]*+(?:[ \t][\w'’&/]++){0,4}):[ \t]++(?=\S)")


def inline_parts(posting: Posting, schema: Schema) -> dict[str, list[str]]:
    """Parts of the posting told under an inline label rather than a heading: kind -> the texts after its labels
    (each up to the next label or the block's end), in paragraphs and list items outside any section of that kind."""
    cached = posting._cache.get("inline-parts")
    if cached is not None:
        return cached
    found: dict[str, list[str]] = {}
    for block in posting.body_blocks():
        if block.kind not in ("paragraph", "list_item") or ":" not in block.text:
            continue
        labels = list(_INLINE_LABEL.finditer(block.text))
        for m, after in zip(labels, [*labels[1:], None]):  # noqa: B905 - the last label runs to the block's end
            label = m.group(1)
            kind = schema.classify(label)
            # The whole label is the part's name ("What you need"), not a duty's that holds one ("Fellowship
            # Experience Management: Design, develop…").
            if kind == "other" or matched_alias(schema, label, kind) != normalize_heading(label):
                continue
            text = block.text[m.end() : after.start() if after else len(block.text)]
            if kind != "compensation" and _MONEY_IN.search(text):
                continue  # a benefit's "Education: up to £1,000 a year for courses" asks for no schooling (review)
            if len(text.split()) >= 3:
                found.setdefault(kind, []).append(text)
    posting._cache["inline-parts"] = found
    return found


def stated_inline(posting: Posting, spec: SectionSpec, schema: Schema) -> bool:
    """The part is told under an inline label ("What you need: …"), or, for education and experience, the skills told
    so state the years or the degree asked for ("Who we want: a backend engineer with 3+ years of experience")."""
    parts = inline_parts(posting, schema)
    if spec.kind in parts or any(child.kind in parts for child in spec.children):
        return True
    if spec.kind in _COVERED_BY_SKILLS:
        return any(_EXPERIENCE_OR_DEGREE.search(text) for text in parts.get("skills", ()))
    return False


def covered_in_skills(posting: Posting, spec: SectionSpec) -> bool:
    """The skills part, or a field of the posting, states the education or experience asked for."""
    if spec.kind not in _COVERED_BY_SKILLS:
        return False
    if any(_past_work_listed(s) for s in posting.find_all("skills")):
        return True
    # Not a benefit paying for courses: "Education: up to £1,000 a year" (review).
    if any(
        _EDUCATION_FIELD.match(b.text) and not _MONEY_IN.search(b.text)
        for b in posting.body_blocks() if b.kind in ("list_item", "paragraph", "label")
    ):
        return True
    return any(
        _EXPERIENCE_OR_DEGREE.search(b.text) or (b.kind == "list_item" and _EXPERIENCE_ITEM.match(b.text))
        for s in posting.find_all("skills") for b in s.all_blocks()
    )


# A lead-in whose perfect the items finish: "The requirements for this role are to have:", "You will have:", "You have:".
_HAVE_LEAD_IN = re.compile(r"(?i)\b(?:to|you|you['’]ll|you\s+will|should|must|will)\s+have\s*:?\s*$")
# Participles that are adjectives at the head of a skill ("Advanced Python", "Detailed knowledge of…"), no past work.
_ADJECTIVES = frozenset(("advanced", "detailed", "skilled", "motivated", "organised", "organized", "dedicated", "talented",
                         "qualified", "committed", "focused", "focussed", "interested", "certified", "licensed", "registered"))
_IRREGULAR = frozenset(("led", "built", "run", "taught", "held", "made", "written", "grown", "driven", "brought", "sold", "won"))


def _past_work_listed(section: Section) -> bool:
    """Items that finish the lead-in's perfect with past work: "… to have:" over "Conducted user research…",
    "Helped break down silos…" (a CDS posting: the candidate's past work, as 'has led a team' is)."""
    from postlint.language.nlp import lemma
    from postlint.readers.block_categories import DUTY_VERBS

    lead = section.title if section.heading is not None else ""
    for block in section.all_blocks():
        if block.kind == "heading" or block.kind == "label":
            lead = block.text
        elif block.kind == "paragraph":
            lead = block.text
        elif block.kind == "list_item" and _HAVE_LEAD_IN.search(lead.strip()[-40:]):
            first = block.text.split(maxsplit=1)[0].strip("*_").lower() if block.text.split() else ""
            if first in _IRREGULAR or (first.endswith("ed") and first not in _ADJECTIVES and lemma(first) in DUTY_VERBS):
                return True
    return False


# A heading that names the role and its duties together: "Roles & Responsibilities", "The role and your duties".
_ROLE_AND_DUTIES = re.compile(
    r"(?i)\b(?:roles?|position|job)\s*(?:and|&|\+|/)\s*(?:your\s+|key\s+)?(?:responsibilities|duties)\b"
    r"|\b(?:responsibilities|duties)\s*(?:and|&|\+|/)\s*(?:the\s+)?(?:roles?|position)\b"
)


def role_in_combined_part(posting: Posting, spec: SectionSpec) -> bool:
    """A heading over the role and its duties together ("Roles & Responsibilities") with opening prose of the
    role definition's length before its list ("We are looking for a Senior Accounts Executive to join…", blind set
    S90) defines the role too, as untitled opening prose would."""
    if spec.kind != "role-definition" or not spec.intro:
        return False
    least = spec.words.min if spec.words and spec.words.min else 1
    for section in posting.find_all("responsibilities"):
        if section.heading is None or not _ROLE_AND_DUTIES.search(section.heading.text):
            continue
        words = 0
        for block in section.blocks:
            if block.kind == "list_item":
                break
            if block.kind == "paragraph":
                words += len(block.text.split())
        if words >= least:
            return True
    return False


def intro_words(posting: Posting) -> int:
    """Words of untitled prose before the first heading (the opening paragraphs)."""
    return sum(len(b.text.split()) for b in posting.preamble if b.kind == "paragraph")
