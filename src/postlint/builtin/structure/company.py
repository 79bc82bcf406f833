"""STR004: the hiring organization is named: in front matter or config, an 'About us' section,
a title prefix ("Login.gov: Security Engineer"), the opening text ("Harbor & Vine is…") or a web
page's meta description or <title>."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.employer_at import employer_at
from postlint.builtin.structure.mail_domain import named_by_mail_domain
from postlint.builtin.structure.not_an_employer import (
    a_common_noun,
    a_name_elsewhere,
    a_person,
    a_post_by_initials,
    an_agency,
    not_named_like,
)
from postlint.builtin.structure.sources import GOOGLE_JOBPOSTING
from postlint.engine.rule import Context, Rule
from postlint.language.job_titles import has_role_word
from postlint.language.names import front_matter_names
from postlint.language.places import PLACE_NAMES
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting, Section
from postlint.readers.bylines import employment_type_line
from postlint.readers.header_stack import names_workplace, place_line

# "The Canadian Digital Service is focused on…", "18F is an office…", "At Acme, we…",
# "Join Acme": a proper name introduced as the employer in the opening text.
# "We're Pebble, a 9-person startup", "Harbor & Vine is…", "Northline Housing manages 12,000 homes",
# "The Canadian Digital Service (CDS) was established in 2017…".
# A name may end in a legal form in lower case: "Norðurfang hf. is a fishing company" (blind set S48).
_NAME = r"[A-Z0-9][\w.&’'-]*(?: (?:of |of the |for |for the |and |& )?[A-Z0-9][\w.&’'-]*){0,5}(?: e?hf\.?)?"
# What an owner calls the firm they run: "a young agency", "a 12-person studio", "a family bakery".
_BUSINESS = (
    r"(?:agency|studio|company|firm|business|start-?up|shop|store|restaurant|bakery|caf[eé]|bar|pub|practice|clinic|salon"
    r"|consultancy|charity|non-?profit|organi[sz]ation|brand|label|publisher|school|nursery|farm|group|collective|co-?op"
    r"|cooperative|workshop|garage|kitchen|hotel|lab|team)"
)
# What an employer opening a sentence does: "… is a seafood restaurant", "… builds", "… was founded in".
_INTRO_VERB = (
    r"(?:is|are|works|builds|helps|delivers|makes|provides|serves|creates|develops|offers|partners|collaborates|has|believes|exists"
    r"|needs|seeks|hires|wants"
    r"|manages|runs|operates|sells|installs|routes|designs|ships|supplies|distributes|imports|connects|powers|employs"
    r"|improves|supports|modernizes|modernises|transforms|enables|empowers|brings|applies|uses|invests|protects|funds|oversees"
    r"|dispatches|represents|trains|recruits|accepts"  # a union hall: "IBEW Local 112 dispatches apprentices" (blind set S31)
    # What a maker or a trade does: "Sever Napitki produces juices and kvass" (blind set S98); not what a tool or a
    # person does too ("Airflow processes…", "Maria maintains…"), nor what figures do ("Demand grows…").
    r"|produces|manufactures|brews|bakes|roasts|publishes|exports|insures|lends|assembles|fabricates|constructs"
    r"|transports|hauls|refines"
    # What a charity does for people: "Red River Community Pantry feeds about 900 families a month" (blind set S103);
    # not what a tool feeds ("Kafka feeds our dashboards") nor a farmhand ("Maria feeds the calves").
    r"|(?:feeds|houses|shelters|clothes)(?= (?:[\w,+-]+ ){0,3}?(?:families|people|households|children|kids|students|pupils"
    r"|neighbou?rs|residents|seniors|veterans|refugees|communit(?:y|ies)|women|youth)\b)"
    r"|(?:was|were) (?:established|founded|created|launched|formed|set up|started)) (?:[a-z0-9]|(?:NOW )?HIRING\b)"
)
# Other verbs listed before the employer's: "Hallam Cold Chain Logistics stores and delivers chilled food" (blind set
# S100), "… picks, packs and ships"; the last verb says it is an employer, as it would alone.
_VERBS_BEFORE = r"(?:(?:[a-z]{2,}s, ){0,3}[a-z]{2,}s,? (?:and|&) )?"
_ORG_KIND = r"(?:Council|Trust|Authority|Board|Service|Foundation|Charity|Society|Association|Agency|Ministry|Hospital|University|College)"
# A part of an organisation named after its possessive: "… Council's countryside service", "Acme's data team".
_UNIT_NOUN = r"(?:team|service|department|division|unit|programme|program|office|branch|directorate|lab|laboratory)s?"
_ORG_INTRO = re.compile(
    rf"(?:^|[.!?]\s+)(?:At |Join )(?:the )?(?P<a>{_NAME})(?:[,!.]| (?=we\b|our\b))"
    rf"|(?:^|[.!?]\s+)(?:We're |We’re |We are )(?P<c>{_NAME}),"
    # "I run Copperline Studio, a young agency of four people" (blind set S65): its owner names it, then says
    # what it is; "We run Postgres, an open-source database" names a tool, no kind of business.
    rf"|(?:^|[.!?]\s+)(?:I|We) (?:run|own|founded|co-founded|started|set up) (?:the )?(?P<h>{_NAME}), (?:a|an|the) (?:[\w-]+ ){{0,4}}?{_BUSINESS}\b"
    # "Cedar Valley School District in Cedar Falls, Iowa, needs drivers", "Aire Valley Homes in Leeds is
    # hiring" (blind set S31): a place may sit between.
    # Or a street and a town: "Smoke & Sorrel on Haywood Rd in West Asheville, NC is HIRING" (blind set S69).
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<b>{_NAME})(?: \([A-Z0-9]{{2,8}}\))?(?: on [A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?: (?:Rd|St|Ave|Blvd|Dr|Ln)\.?)?)?"
    rf"(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+|, [A-Z]{{2}})?,?)? {_VERBS_BEFORE}{_INTRO_VERB}"
    # "The Washington State Department of Ecology's Water Quality Program is hiring…", "Acme's data team is hiring"
    # (blind set S23): the employer before its unit.
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<d>{_NAME})['’]s (?:[\w-]+ ){{1,4}}(?:is|are) (?:hiring|looking|recruiting|seeking|growing)\b"
    # "Glanrafon County Council's countryside service looks after three country parks" (blind set S83): the employer
    # before a unit of its own that says what it does; not "Python's type system is…".
    # (Its unit "looks after" or "cares for" things too; a person who looks after a vacancy names no employer: review.)
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<i>{_NAME})['’]s (?:[\w-]+ ){{0,3}}{_UNIT_NOUN} (?:{_INTRO_VERB}|looks after|cares for)"
    # An organisation by its kind looks after things too: "Glanrafon County Council looks after three country parks".
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<j>(?:[A-Z][\w&'’-]* ){{1,5}}{_ORG_KIND}) (?:looks after|cares for)"
    # "The King County Department of Local Services, Permitting Division, is recruiting…" (blind set S29): a unit between commas.
    # "Pine Ridge Public Schools, Independent School District 2187, is building its substitute pool" (blind set S74).
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<e>{_NAME}), (?P<unit>[A-Z][\w&' -]{{2,60}}), {_INTRO_VERB}"
    # A firm by its legal form opening a sentence: "Sai Shakti Facility Services Pvt Ltd, licensed under…" (blind set S29).
    r"|(?:^|[.!?]\s+)(?P<f>(?:[A-Z][\w&'’-]*\s){1,5}(?:Pvt\.?\s|Private\s)?(?:Ltd|Limited|LLC|Inc|GmbH|PLC|Plc|Pty\sLtd|LLP)\.?)(?=[,\s])"
    # The employer doing something, then hiring in the same sentence: "Driftsync Labs sponsors most of the work on this
    # repository, and we're hiring a full-time engineer" (blind set S89): the firm is the "we".
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<k>{_NAME}) [a-z]+s\b[^.!?]{{0,120}}?\band we(?:['’]re| are) (?:now |currently )?(?:hiring|looking for|recruiting)\b"
    # The employer making a product named like itself: "Tallow Speech Labs maintains Tallow, an open-source…" (blind set
    # S121); checked by not_named_like, as "Apache Airflow runs Apache Spark jobs" names a tool.
    rf"|(?:^|[.!?]\s+)(?:The )?(?P<m>{_NAME}) (?:builds|makes|maintains|develops|sponsors|ships|sells|runs|operates|publishes|creates|created|offers|provides)"
    r" (?P<product>[A-Z][\w&’'-]*+(?: [A-Z][\w&’'-]*+){0,3})(?=[,;:!?)]|\.(?:\s|$)| (?:an?|the|and|for|to|which|that)\b)"
    # An agency naming its client: "Our client, Brightwell Catering Equipment Ltd, designs, supplies and installs
    # commercial kitchens" (blind set S106, once an agency's own name stopped counting: S117).
    rf"|(?:^|[.!?]\s+)(?:Our|The|My) client,? (?P<l>{_NAME}),? {_VERBS_BEFORE}{_INTRO_VERB}"
    # "These opportunities are located in the General Services Administration (GSA)" (precision sample 2424):
    # the employer where the jobs sit, when its name says it is an organisation.
    rf"|\b(?:positions?|opportunit(?:y|ies)|roles?|jobs?|vacanc(?:y|ies)) (?:is|are) (?:located |based |housed |placed )?(?:in|within) "
    rf"(?:the )?(?P<g>{_NAME})"
)
# What names an organisation: "… Administration", "… Department of …", "… Services".
_ORG_WORD = re.compile(
    r"\b(?:Administration|Department|Agency|Services?|Office|Ministry|Bureau|Council|Authority|Commission|Division|Board"
    r"|Company|Corporation|Group|University|College|Hospital|Institute|Foundation|Cent(?:er|re)|District|Trust)\b"
)
# What names an organisation's part between commas: "Permitting Division", "Independent School District 2187",
# "Local 112"; not a person's post ("Director of Nursing") nor a place ("West Yorkshire").
_UNIT_WORD = re.compile(r"\b(?:Unit|Team|Programm?e?|Section|Branch|Campus|Laborator(?:y|ies)|Local \d{1,5}|Chapter)\b")


def _an_org_unit(name: str, unit: str) -> bool:
    """Whether "``name``, ``unit``, …" names an employer and its unit, not a person and their post, a town and
    its region, or a list ("Kubernetes, Terraform and AWS, are the tools")."""
    if name.lower() in PLACE_NAMES or unit.lower() in PLACE_NAMES or _ROLE_WORD.search(unit) or has_role_word(unit):
        return False
    return bool(_ORG_WORD.search(unit) or _UNIT_WORD.search(unit))


# "the benefits of working at GSA and TTS": specific enough to look for in every paragraph.
# "Line Cooks … wanted at Bluefin Kitchen on NE Alberta St" (blind set S31).
_WORKING_AT = re.compile(
    rf"\b(?:working|to work|careers?|wanted|needed) (?:at|for) (?:the )?(?P<name>{_NAME})(?=[,.!;]|\s+(?:and|is|are|on|in)\b|$)"
    # "Tomás Ibarra just joined Tallyfox as our first Head of Design" (blind set S83): the firm that is "ours".
    rf"|\b(?:joined|joins|joining) (?:the )?(?P<joined>{_NAME}) (?:team )?as (?:our|its)\b"
)
# Names that are roles, not employers: "The Chief Technology Officer (CTO) is the executive…".
_ROLE_WORD = re.compile(
    r"(?i)\b(?:officer|engineer|manager|director|designer|developer|lead|specialist|analyst|chief|head|vp|president|"
    r"architect|administrator|advisor|adviser|coordinator|recruiter|executive|associate|representative|consultant|nurse|teacher|"
    r"candidate|role|position|person|team member|you|we|this|it|our|they|"
    r"interim|senior|junior|(?-i:C[A-Z]{1,2}O))\b"
)
# What opens a sentence about the job, not the employer: "Work is steady through October", "Pay is weekly".
_NOT_AN_EMPLOYER = frozenset(
    "Work Pay Training Overtime Everything Nothing Everyone Safety Experience Travel Parking Housing Lunch Relocation "
    "Success Culture Life Time Hours Scheduling Onboarding Growth Flexibility Compensation Equipment Uniform "
    # Pronouns open sentences too: "He has run the Houston office for 11 years" names no one's firm (blind set S50).
    "He She They It This That There I You".split()
    # and determiners: "Most are document-level notes", "Each is saved under…".
    + "All Each Both Most Some Many Few Several These Those Either Neither".split()
)
# "Milking is hard", "Teaching is a calling": an activity opening a sentence, not an employer.
_GERUND = re.compile(r"[A-Z][a-z]+ing")
_PLURAL_WORD = re.compile(r"[A-Z][a-z]+s")
# A plural's verb, a place between or not: " are ", " in Gunma are ".
_PLACE_THEN_ARE = re.compile(r"(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+)?,?)? are ")
# What a British firm's plural verb goes on to: "Greggs are looking for…", "Barclays are a bank…".
_FIRM_ARE = re.compile(r" are (?:looking|hiring|seeking|recruiting|growing|expanding|proud|committed|delighted|excited|an?|the|one|now|currently)\b")
# "Login.gov: Security Engineer", "18F - Recruiter": an employer prefix on the title.
_TITLE_ORG = re.compile(r"^(?P<org>[^:|–—-]{2,40}?)\s*(?::|\s[|–—-])\s+\S")


_TITLE_AT_ORG = re.compile(rf"\s(?:@|at)\s+(?P<org>{_NAME})\s*$")


def _company_in_text(posting: Posting) -> str | None:
    title = posting.title or ""
    m = _TITLE_ORG.match(title)
    rest = title[m.end() - 1 :] if m else ""
    # "Login.gov: Security Engineer": the part after the separator names the role; "Dairy Farm Hand -
    # Seasonal" is a title and its season, "Movers Wanted - Start Tomorrow" a title and a date.
    if m and not _ROLE_WORD.search(m.group("org")) and not has_role_word(m.group("org")) and (has_role_word(rest) or _ROLE_WORD.search(rest)):
        return m.group("org").strip()
    if m and _hn_header(title):
        return m.group("org").strip()
    # "Senior Solidity Developer @ Nomad Yield Labs", "Line Cook at Harbor Grill": the employer after the role.
    after = _TITLE_AT_ORG.search(title)
    if after and has_role_word(title[: after.start()]) and not _ROLE_WORD.search(after.group("org")):
        return after.group("org")
    return employer_in_text(posting) or _employer_of_the_page(posting)


def _hn_header(title: str) -> bool:
    """A Hacker News "Who is hiring" header for several roles: "Tessellate Health | Backend, Frontend, Design |
    San Francisco or Remote (US/Canada) | Full-time" (blind set S76). Its first part is the employer, as the thread's
    convention has it, when three or more parts follow and one says where or on what terms the work is."""
    parts = [p.strip() for p in title.split(" | ")]
    if len(parts) < 4 or len(parts) > 8 or any(not p or len(p.split()) > 12 for p in parts):
        return False
    first = parts[0]
    if not first[:1].isupper() or len(first.split()) > 5 or place_line(first) or employment_type_line(first):
        return False
    return any(employment_type_line(p) for p in parts[2:]) and any(place_line(p) or names_workplace(p) for p in parts[2:])



def employer_in_text(posting: Posting) -> str | None:
    """The employer as the opening text introduces it ("Harbor Grill is a seafood restaurant…",
    "At Acme, we…") or as "working at …" names it, or ``None``."""
    # Paragraphs of a few words are a details box's fields ("Job ID", "Full-Time"), not the opening text.
    paragraphs = [b for b in posting.body_blocks() if b.kind == "paragraph" and len(b.text.split()) >= 3]
    # "X is…" names the employer only near the top: later it is more often a product or a tool.
    for block in paragraphs[:6]:
        if name := _introduced(posting, block.clean):
            return name
    for block in paragraphs:
        m = _WORKING_AT.search(block.clean)
        name = m and (m.group("name") or m.group("joined"))
        if name and not _ROLE_WORD.search(name):
            return name
    if name := employer_at((b.clean for b in paragraphs[:3]), _NOT_AN_EMPLOYER):
        return name  # "to join the Computational Health group at Severnside University", "Support Engineers at GitLab are…"
    # A founder's or owner's byline over their own post: "Founder & CEO at Tallyfox | Making invoicing boring again".
    for block in list(posting.blocks())[:8]:
        if (m := _OWNER_AT.search(block.text)) and not _ROLE_WORD.search(m.group("name")):
            return m.group("name")
    return None


# Emoji between sentences or before the first: "Hey guys! 👋 Pinecrest Labs builds…" (blind set S80).
# A greeting before the first sentence's name: "Hey guys, Redline is adding 12 trucks…" (blind set S91), or before
# "we're": "Hey all, we're Mile High Hauling, a two-truck moving outfit" (blind set S56) opens the sentence as "We're".
# A wave or a dash ends the greeting as a comma does: "Hey guys 👋 Bluegum & Co is looking…" (blind set S110).
_EMOJI_RUN = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]*"
_GREETING = re.compile(
    r"(^|[.!?])[ \t]*(?:Hey|Hi|Hello|Howdy|Greetings|Good (?:morning|afternoon|evening))(?: [\w'’-]+){0,2}"
    rf"(?:,|[ \t]*{_EMOJI_RUN}[,!]?|[ \t]+[–—-])\s+(?P<next>we\b)?"
)
_EMOJI_OPENER = re.compile(rf"(^|[.!?])[ \t]*{_EMOJI_RUN}\s+")
_OWNER_AT = re.compile(
    rf"(?m:^(?:Co-?founder|Founder|Owner)(?: (?:&|and|/) (?:CEO|CTO|COO|Managing Director|Owner|Co-?founder))? (?:at|@) (?P<name>{_NAME})\s*(?:[|•·]|$))"
)


def _introduced(posting: Posting, text: str) -> str | None:
    """The employer a sentence of ``text`` introduces ("Harbor Grill is a seafood restaurant…"), or ``None``."""
    text = _EMOJI_OPENER.sub(lambda m: f"{m.group(1)} " if m.group(1) else "", text)
    text = _GREETING.sub(lambda m: (f"{m.group(1)} " if m.group(1) else "") + ("We" if m.group("next") else ""), text)
    for m in _ORG_INTRO.finditer(text):
        if m.group("g"):
            if _ORG_WORD.search(m.group("g")):
                return m.group("g")
            continue  # "Positions are based in Cedar Rapids": a place
        if m.group("m") and not_named_like(m.group("m"), m.group("product")):
            continue
        name = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f") or m.group("h") or m.group("i") or m.group("j") or m.group("k") or m.group("l") or m.group("m")
        if name and name.startswith("Our Lady ") and not has_role_word(name):
            return name  # "Our Lady of the Lakes Medical Center is a 312-bed teaching hospital"
        if (
            m.group("b") and _PLURAL_WORD.fullmatch(name or "") and (are := _PLACE_THEN_ARE.match(text, m.end("b")))
            and not _FIRM_ARE.match(text, are.end() - 5)
        ):
            # "Topics are practical and hands-on", "Shifts are 8 hours", "Summers in Gunma are hot": things
            # (blind sets S47, S56); "Greggs are hiring" is a firm.
            continue
        if m.group("e") and not _an_org_unit(m.group("e"), m.group("unit")):
            continue  # "Austin, Texas, is home…", "Maria Lopez, Director of Nursing, has built…", "Python, Django and Postgres, is…"
        if m.group("b") and a_person(posting, text, m):
            continue  # "Rachel runs the calf shed. She will show you…" (blind set S67)
        if m.group("b") and a_common_noun(posting, text, m):
            continue  # "Code is on GitHub", "Coffee is free on Fridays" (blind set S90)
        if m.group("b") and (an_agency(text, m.end("b")) or a_post_by_initials(posting, m.group("b"))):
            continue  # "Harcourt & Vale Recruitment is acting as an employment agency…", "The FD is keen…" (blind set S117)
        if m.group("k") and re.fullmatch(r"[A-Z][a-z]{1,20}", name) and not a_name_elsewhere(posting, name):
            continue  # "Demand grows every month, and we're hiring", "Maria loves Rust, and …": one plain word (review)
        if name and not _ROLE_WORD.search(name) and name not in _NOT_AN_EMPLOYER and not _GERUND.fullmatch(name):
            return name
    return None


# A web page's own title after the job's: "Social Worker | North Marlshire County Council".
_PAGE_TITLE_ORG = re.compile(r"\s(?:\||–|—|-|::)\s+(?P<org>[^|–—]{3,80}?)\s*$")


def _employer_of_the_page(posting: Posting) -> str | None:
    """The employer a web page names in its own summary ("North Marlshire County Council is recruiting a
    qualified social worker…", its meta description) or after the job in its <title>, when the name says it
    is an organisation ("… | North Marlshire County Council"; blind set S73); not a job board's name ("| Indeed")."""
    description = posting.meta.get("description")
    if isinstance(description, str) and (name := _introduced(posting, description.strip())):
        return name
    page_title = posting.meta.get("html_title")
    # Only the title's end can hold it: a bounded search, whatever a hostile title's length.
    m = _PAGE_TITLE_ORG.search(page_title, max(0, len(page_title) - 90)) if isinstance(page_title, str) else None
    org = m.group("org") if m else ""
    if _ORG_WORD.search(org) and not has_role_word(org) and not _ROLE_WORD.search(org) and not _BOARD_WORD.search(org):
        return org
    return None


# A board's or a careers site's name, not the employer's: "Hospital Jobs", "Council Careers".
_BOARD_WORD = re.compile(r"(?i)\b(?:jobs?|careers?|vacanc(?:y|ies)|recruitment|hiring|board)\b")


# What a board prints where it hides the employer: "Posted by: Confidential employer", "Company: Undisclosed"
# (blind set S74). No name; a whole value only, so "Private Ventures Ltd" is one.
_PLACEHOLDER = re.compile(
    r"(?i)(?:an?\s+|the\s+|our\s+)?(?:(?:confidential|undisclosed|anonymous|unnamed|withheld|not\s+disclosed|private)"
    r"(?:\s+(?:employer|company|client|organi[sz]ation|firm|business|advertiser|hirer))?|client|n/?a)[.]?"
)


# An ad's line naming who placed it, at its foot too: "Posted by: Desert Shield Protective Services" (blind set S135), as
# the byline under the title does (readers/bylines.py). The whole line, and an organisation's name: three words or more,
# or ending in an organisation's word or legal form; not a person's two ("Posted by: Janet Morrow").
_POSTED_BY_LINE = re.compile(rf"[*_]*(?i:posted|listed|advertised) (?i:by):?[*_]* [*_]*(?P<name>{_NAME})[*_]*\.?")
_LEGAL_FORM = re.compile(r"\b(?:Inc|Ltd|LLC|LLP|PLC|plc|GmbH|Co|Corp|Pty|LP)\.?$")


def _posted_by(posting: Posting) -> str | None:
    """The organisation a whole "Posted by: …" line names, or ``None`` (a placeholder, a board, a person)."""
    for block in posting.blocks():
        if block.kind not in ("heading", "paragraph", "label") or "by" not in block.text[:24].lower():
            continue
        m = _POSTED_BY_LINE.fullmatch(block.clean)
        if m is None:
            continue
        name = m.group("name").rstrip(".")
        if _PLACEHOLDER.fullmatch(name) or _BOARD_WORD.search(name):
            continue
        if len(name.split()) >= 3 or _ORG_WORD.search(name) or _LEGAL_FORM.search(name):
            return name
    return None


def company_name(posting: Posting, ctx: Context) -> str | None:
    names = [n for n in front_matter_names(posting.meta) if not _PLACEHOLDER.fullmatch(n)]
    return next(iter(names), None) or ctx.config.hiring_organization


class CompanyNamed(Rule):
    code: str = "STR004"
    name: str = "company-named"
    summary: str = "Name the hiring organization (front matter `company`, config `hiring-organization`, or an 'About us' section)."
    why: str = "Google requires `hiringOrganization` — the company, not the hiring location; candidates want to know who they would work for."
    source: str = GOOGLE_JOBPOSTING
    example: str = "# Data Engineer\n\n## Responsibilities\n\n- Build pipelines"
    passing: str = "---\ncompany: Acme Corp\n---\n\n# Data Engineer\n\n## Responsibilities\n\n- Build pipelines"
    notes: str = (
        "The opening text names it too ('Harbor Grill is a seafood restaurant…', 'At Acme, we…', 'Sever Napitki produces juices…', a charity feeding or housing people ('Red River Community Pantry feeds about 900 families'), 'Hey guys, Redline is adding…', "
        "'Driftsync Labs sponsors this repository, and we're hiring', 'Tallow Speech Labs maintains Tallow, …' (a product named by the start of the firm's name), 'Glanrafon County "
        "Council's countryside service looks after…', 'Tomás just joined Tallyfox as our first…', 'to join the Computational Health group at Severnside University', "
        "'Support Engineers at GitLab are…' in a paragraph's first sentence; not 'an expert at Excel' or 'formerly an engineer at Google'), "
        "as does an organisation named in the text "
        "(two words or more) whose name is the domain of an e-mail address in the posting ('Corrib Mutual' beside "
        "'…@corribmutual.ie', 'Severnside University' beside '…@severnside.ac.uk'; not a board's or an agency's, nor when the posting writes for 'our client'), a founder's "
        "byline over their post ('Founder & CEO at Tallyfox'), the employer's equal-opportunity statement anywhere in "
        "the text ('UNICEF is committed to diversity…', not 'We are…' or 'Our Client is…'), and so does a web "
        "page's meta description ('North Marlshire County Council is recruiting…') or its <title> ending in an "
        "organisation's name ('Social Worker | North Marlshire County Council'), not a job board's ('| Hospital Jobs'). "
        "A name with a part between commas counts when the part is an organisation's ('…, Permitting Division, is recruiting'), "
        "not a person's post ('Maria Lopez, Director of Nursing, has…'). A single word saying what a thing is like "
        "('Code is on GitHub', 'Coffee is free on Fridays') names no one unless the posting writes it capitalised again "
        "mid-sentence and never in lower case ('Lumio is fully remote… join Lumio'). "
        "An agency saying it acts for the employer ('Harcourt & Vale Recruitment is acting as an employment agency…', "
        "'… are recruiting on behalf of a manufacturer') names only itself, and a post's initials the posting spells out "
        "('The FD is keen…' beside 'Finance Director (FD)') name no one. "
        "An ad's whole line 'Posted by: Harrow Lane Cleaning Services' names it too, at its foot as well (an organisation's "
        "name: not 'Posted by: Janet Morrow'). "
        "A placeholder where the name should be ('Posted by: Confidential employer', 'company: Undisclosed') names no one, "
        "nor does an 'About the company' that only keeps the name back ('This company prefers to stay confidential')."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if company_name(posting, ctx) or _about_us(posting) or _company_in_text(posting) or _equal_opportunity_employer(posting):
            return
        if _posted_by(posting):
            return  # "Posted by: Harrow Lane Cleaning Services" at an ad's foot
        if named_by_mail_domain(posting):
            return  # "Corrib Mutual" beside …@corribmutual.ie: the organisation the mail is from
        if posting.meta.get("jsonld"):
            return  # the structured-data rules check hiringOrganization there
        unnamed = next((sec.title for sec in posting.find_all("about-company")), None)
        why = f" ('{unnamed}' does not say who it is)" if unnamed else ""
        if placeholder := next((n for n in front_matter_names(posting.meta) if _PLACEHOLDER.fullmatch(n)), None):
            why = f" ('{placeholder}' is no name)"
        yield self.at_document(posting, f"The hiring organization is not named{why}: set `company` in front matter, `hiring-organization` in config, or add an 'About us' section.")


# The employer's own equal-opportunity statement, wherever it stands: "UNICEF is committed to diversity and inclusion
# within its workforce" (blind set S87: past the opening text, where "X is…" is more often a product), "Acme Corp
# is an equal opportunity employer". A product or a tool makes no such statement; "We", "The Company" and "Our
# Client" name no one.
_EEO_SELF = re.compile(
    r"(?:^|[.!?]\s+)(?!(?:We|They|It|You|He|She|I|Everyone|Everybody|All|Each|Management|Leadership|Staff|Employer|"
    r"Company|Organi[sz]ation|Team|This|That|(?:The|Our|This|Your) (?:Company|Employer|Client|Organi[sz]ation|Firm|Business|"
    r"Hirer|Team|Department))\b)"
    rf"(?P<name>{_NAME}) (?:is|are) (?:an? )?(?:proud(?:ly)? )?(?:(?:an? )?equal[- ]opportunit(?:y|ies)(?: and affirmative[- ]action)? employer"
    r"|committed to (?:diversity|equality|equity|inclusion|inclusivity|equal opportunit|(?:building |creating |fostering )?(?:an? )?(?:diverse|inclusive)))"
)


def _equal_opportunity_employer(posting: Posting) -> str | None:
    """The employer an equal-opportunity statement names as itself ("UNICEF is committed to diversity…"), or ``None``."""
    for block in blocks_with(posting, posting.body_blocks(), ("committed to", "opportunit")):
        if m := _EEO_SELF.search(block.clean):
            return m.group("name")
    return None


# "About Our Client", "About the Company (Confidential)": a recruiter's section about an employer it does not name.
_UNNAMED_EMPLOYER = re.compile(r"(?i)\b(?:our|the|a)\s+client\b|\bconfidential\b")


# "About the shifts", "About the work": the job's own parts under an "About" heading, not the employer.
_ABOUT_THE_JOB = re.compile(
    r"(?i)^about\s+(?:the\s+|this\s+|your\s+)?(?:shifts?|nights?|night\s+shifts?|work|hours|schedule|roster|pay|duties|tasks|location|area|job|role|position|opportunity|you|season)\b"
)


def _about_us(posting: Posting) -> bool:
    return any(
        not _UNNAMED_EMPLOYER.search(s.title or "") and not _ABOUT_THE_JOB.match(s.title or "") and not _keeps_it_secret(posting, s)
        for s in posting.find_all("about-company")
    )


# The employer keeping its name back: "This company prefers to stay confidential" (Wuzzuf, blind set S82), "Our client
# wishes to remain anonymous", "The company name will be disclosed at interview". Said of the employer, not of
# the applicant ("Your details will be kept confidential"); a clause between commas may follow it ("Our client, a
# leading pharmaceutical company, prefers…").
_KEPT_SECRET = re.compile(
    r"(?i)\b(?:this|the|our|its)\s+(?:[\w'’-]+\s+){0,2}?(?:company|employer|client|organi[sz]ation|firm|business|hirer|advertiser)"
    r"(?:['’]s)?(?:\s+(?:name|identity))?(?:,[^.!?,]{1,60}+,)?\s+"
    r"(?:(?:is|are|prefers?\s+to|wish(?:es)?\s+to|wants?\s+to|(?:has\s+)?asked\s+to|(?:has\s+)?cho(?:sen|oses?|se)\s+to|would\s+like\s+to|will)\s+"
    r"(?:(?:stay|remain|be\s+kept|be)\s+)?(?:confidential|anonymous|undisclosed|unnamed|withheld|not\s+(?:be\s+)?(?:disclosed|named|revealed))"
    r"|will\s+be\s+(?:disclosed|revealed|shared|given)\s+(?:at|during|to|after|later|on))\b"
)


def _keeps_it_secret(posting: Posting, section: Section) -> bool:
    """An 'About the company' whose text is a placeholder ('Confidential') or says the employer keeps its name back,
    with no name in it: it names no one."""
    text = " ".join(b.clean for b in section.all_blocks() if b.kind != "heading" and b is not section.heading).strip()
    if not text:
        return False
    return bool(_PLACEHOLDER.fullmatch(text)) or (_KEPT_SECRET.search(text) is not None and _introduced(posting, text) is None)


RULES: list[Rule] = [CompanyNamed.default()]
