"""A job title's words: the nouns that name a role ("Recruiter", "Data Engineers", "RN"), and the title as a
searcher types it, without its template phrase, company, grade, workload or brackets (``normalise_title``).
Readers ask the first to tell a title or a byline; the keyphrase (:mod:`postlint.language.keywords`) is the second."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Job-description templates put the job title after a stock phrase:
# "Key Responsibilities and Required Skills for Chief Technology Officer (CTO)".
_TEMPLATE = re.compile(
    r"^(?:(?:key|core|main)\s+)?(?:job\s+description|responsibilities|duties|skills|requirements)"
    r"(?:\s+(?:and|&)\s+(?:required\s+|key\s+)?(?:skills|responsibilities|duties|requirements|qualifications))?"
    r"\s+(?:for|of)\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
HIRING = re.compile(
    r"^(?:(?:(?:now|urgent(?:ly)?)\s+hiring|we(?:'|’)?re\s+hiring|hiring|urgent)\s*(?:[:\-–—]|!+)|(?:job|position|role|vacancy)\s*[:\-–—])\s*",
    re.IGNORECASE,
)  # "URGENT HIRING!!! Customer Service Representative" (blind set S20)
# "18F - Recruiter | Site", "Acme: Data Engineer"; "HOUSE CLEANER NEEDED ASAP!!! $25/hr CASH" (blind set S27).
_SEGMENTS = re.compile(r"\s+[|–—-]\s+|:\s+|!+\s*")
# "Senior Hair Stylist Wanted", "Drivers Needed Urgently": the ad's call, not the job's name.
# Or when: "Moving helpers needed Sat 12/12" (a Craigslist gig's headline, precision sample 1223).
_WANTED = re.compile(
    r"(?<!\s)\s+(?:wanted|needed|required)(?:\s+(?:now|urgently|asap|immediately|today|tomorrow|this\s+weekend))?"
    r"(?:\s+(?:this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)?(?:\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[\s!.]*$",
    re.IGNORECASE,
)
# "Conversion Copywriter Needed for Skincare Landing Pages …", "Nanny wanted in Brooklyn": the role is what comes
# before the call (precision sample 9292: a freelance board's whole headline had been the keyphrase).
# (The title's blanks are single spaces by then: one space, so a run of blanks is never retried.)
_WANTED_FOR = re.compile(r"(?<=\S) (?:wanted|needed|required) (?:for|in|at|to|by) .*$", re.IGNORECASE)
# "Barista / Shift Lead": two names for one job, which no sentence says together; the one that
# names a role is the keyphrase. ("Senior / Principal Software Developer" is one name of two ranks.)
_ALTERNATIVES = re.compile(r"\s+/\s+")
_LEVEL = re.compile(r"\s+(?:I{1,3}|IV|V|Level\s+\d)\s*$")
_RANKS = frozenset("team lead leader manager director head senior junior principal staff chief vp vice president officer associate".split())
# Ranks that are jobs alone: "Manager / Senior Manager (Policy)" names two jobs, "Senior / Lead Engineer" one.
_RANK_JOBS = frozenset("manager director officer associate leader".split())
_AT = re.compile(r"\s+(?:at|@)\s+.*$", re.IGNORECASE)  # "Data Engineer at Acme"
_TAG = re.compile(r"^\s*\[[^\]]{1,20}\]\s*")
# A public notice's title names its post after a stock phrase and closes on the year of the drive:
# "Recruitment of Graduate Engineer Trainees 2026" (blind set S71), "Recruitment for the post of Assistant Engineer".
_RECRUITMENT_OF = re.compile(r"(?i)^(?:notification\s+for\s+)?recruitment\s+(?:of|for)\s+(?:the\s+)?(?:posts?\s+of\s+)?")
# ... and may say how it selects: "Recruitment of Engineer Trainees through GATE 2026" (blind set S59).
# ... or on what terms: "Recruitment of Assistant (Accounts) on Direct Recruitment Basis", "… on Contract Basis" (blind set S111).
_YEAR_TAIL = re.compile(
    r"(?i)(?<!\s)\s+(?:(?:through|via)\s+.*|on\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}basis|(?:19|20)\d{2})$"
)  # from a run of blanks' start only: linear
_HIRING_WORD = re.compile(r"(?i)(?:now\s+|we(?:'|’)?re\s+)?hiring\s+(?=\S)")
# A job code closing the title: "… Teacher JobID: 4127", "… (Req #48213)" (blind set S26).
_CODE_TAIL = re.compile(
    r"(?i)\s*[-–—|,]?\s*\b(?:job\s*id|req(?:uisition)?(?:\s*(?:id|no\.?|number|#))?|job\s*(?:no\.?|number|#)|ref(?:erence)?(?:\s*(?:no\.?|number|#))?)"
    r"\s*[:#]?\s*[A-Z]*-?\d[\w/-]*\s*$"
)
# A number glued to the title's end by a hyphen, Taleo's way: "Clinical Applications Analyst II-2604418" (blind set S103).
# After any letter, as STR002 reads such a code ("Registered Nurse ICU-2604418": review).
_GLUED_CODE = re.compile(r"(?<=[A-Za-z])[-_]\d{5,}$")
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# The gender marker European titles carry, which nobody searches for: "Data Engineer H/F" (French, blind set S79),
# "Entwickler (m/w/d)" (German), "Monteur m/v" (Dutch).
_GENDER_MARK = re.compile(r"(?i)\s*\(?\b(?:h/f|f/h|m/f|f/m|m/w|w/m|m/v|v/m)(?:/[dxi])?\b\)?")
# A Swiss or German title's workload closes it: "Senior Data Engineer 80–100%" (blind set S83), "Pensum 60 %".
_WORKLOAD = re.compile(r"(?i)(?<!\s)\s+(?:pensum\s+)?(?:\d{1,3}\s*%?\s*(?:[-–—]|bis|to)\s*)?\d{1,3}\s*%$")  # from a run of blanks' start only: linear
_GRADE = re.compile(r"\s*\b(?:GS-?\d{1,2}(?:\s+(?:and|or|/)\s+GS-?\d{1,2})?)\b", re.IGNORECASE)
# Nouns that name a role (my own lists): they tell the job apart from a team or company
# name in "18F - Content Strategist" or "Centers of Excellence - Site Lead".
ROLE_WORDS = frozenset(
    ["accountant", "administrator", "advisor", "adviser", "agent", "analyst", "architect", "assistant", "associate", "attorney", "ceo", "cfo", "chief", "consultant", "coordinator", "counsel", "cto", "designer", "developer", "director", "editor", "engineer", "executive", "expert", "fellow", "head", "intern", "lead", "leader", "manager", "marketer", "nurse", "officer", "operator", "partner", "president", "programmer", "recruiter", "representative", "researcher", "scientist", "specialist", "strategist", "teacher", "technician", "tester", "writer", "vp",
     # Care, trades, hospitality, retail, logistics, public service and the professions.
     "aide", "apprentice", "attendant", "auditor", "baker", "barista", "bartender", "bookkeeper", "buyer", "caregiver",
     "carpenter", "cashier", "chef", "chemist", "clerk", "cook", "counselor", "counsellor", "courier", "custodian",
     "dentist", "dietitian", "dispatcher", "driver", "economist", "electrician", "estimator", "firefighter", "foreman",
     "guard", "handler", "housekeeper", "hygienist", "inspector", "installer", "instructor", "interpreter", "investigator",
     "janitor", "journeyman", "labourer", "laborer", "lawyer", "lecturer", "librarian", "machinist", "mechanic",
     "midwife", "nanny", "packer", "paralegal", "paramedic", "pharmacist", "phlebotomist", "photographer", "physician",
     "physiotherapist", "picker", "pilot", "plumber", "practitioner", "principal", "producer", "professor", "psychologist",
     "receptionist", "registrar", "sonographer", "solicitor", "statistician", "steward", "stocker", "superintendent",
     "supervisor", "surgeon", "surveyor", "teller", "technologist", "therapist", "trainer", "translator", "tutor",
     "underwriter", "veterinarian", "waiter", "waitress", "welder", "worker", "adjuster", "appraiser", "assessor",
     "stylist", "hairdresser", "barber", "beautician", "cleaner", "porter", "operative", "educator", "carer",
     "groundskeeper", "landscaper", "gardener", "roofer", "painter", "decorator", "joiner", "bricklayer",
     "mover", "loader", "handyman", "valet", "dishwasher", "budtender", "lifeguard",
     # a restaurant's floor (blind set S35)
     "busser", "barback", "sommelier", "hostess", "expeditor",
     # an open-source project's (blind set S73); a freelance board's (precision sample 9292)
     "maintainer", "copywriter", "ghostwriter",
     # a bank branch's, a mine's and a school's (blind sets S76, S78)
     "banker", "broker", "planner", "scheduler", "paraprofessional", "paraeducator", "optician", "optometrist",
     "radiographer", "audiologist", "nutritionist", "caseworker",
     # a finance team's head (blind set S117)
     "controller", "comptroller"]
)


# Care roles by their initials, in capitals only ("rn" is chat's "right now"): "RN Med/Surg Nights - $10K Sign-On Bonus"
# (blind set S111), "LPN - Long Term Care", "CNAs". Not "PT" or "OT" (part-time, overtime).
_ROLE_INITIALS = frozenset({"RN", "LPN", "LVN", "CNA", "CRNA", "APRN", "EMT"})


def has_role_word(text: str) -> bool:
    """Whether ``text`` names a role ("Recruiter", "Data Engineers", "RN")."""
    return any(
        w.lower().rstrip("s") in ROLE_WORDS or w.lower() in ROLE_WORDS or w in _ROLE_INITIALS or (w[-1] == "s" and w[:-1] in _ROLE_INITIALS)
        for w in re.findall(r"[A-Za-z]+", text)
    )


MAX_TITLE_CHARS = 400


@lru_cache(maxsize=1024)
def normalise_title(title: str) -> str:
    """The job title as a searcher types it: no template phrase, team or company, grade, workload or parenthetical."""
    # No title is this long; a cap bounds the patterns below on a hostile one (8,000 "(" took 0.3 s).
    text = " ".join(title.split())[:MAX_TITLE_CHARS]
    text = _TAG.sub("", text)  # a forum's tag: "[Hiring] Video editor …"
    text = _CODE_TAIL.sub("", text)
    text = _GLUED_CODE.sub("", text)
    text = _GENDER_MARK.sub("", text)
    text = re.sub(r"^[^\w(]+", "", text)  # leading emoji and bullets
    text = HIRING.sub("", text)
    if (lead := _HIRING_WORD.match(text)) and has_role_word(rest := text[lead.end() :]) and not has_role_word(rest.split()[0]):
        text = rest  # "Hiring Video Editor", a forum's "[Hiring]" tag once Markdown's brackets are blanked; not "Hiring Manager"
    text = _TEMPLATE.sub("", text)
    if (notice := _RECRUITMENT_OF.match(text)) and has_role_word(text[notice.end() :]):
        text = _YEAR_TAIL.sub("", text[notice.end() :])  # "Recruitment Consultant" names no such phrase
    # A slash inside brackets names tools, not two jobs: "Frontend Engineer (React / TypeScript)".
    alternatives = _ALTERNATIVES.split(text) if "(" not in text else _ALTERNATIVES.split(_PARENS.sub("", text))
    # Two jobs: the first is the keyphrase. A bare rank before the slash is not a job ("Senior / Lead Engineer"),
    # but two ranks of one job are ("Senior Manager / Manager", precision sample 8484).
    if len(alternatives) > 1 and (len(alternatives[0].split()) > 1 or alternatives[0].lower() not in _RANKS - _RANK_JOBS):
        text = " | ".join(alternatives)
    # Brackets first: a colon inside them cuts no segment ("Senior Environmental Health Officer (Ref: 2026/118)", blind set S60).
    if "(" in text or "[" in text:
        text = _PARENS.sub("", text)
    segments = [s for s in _SEGMENTS.split(text) if s.strip()] or [text]
    text = next((s for s in segments if has_role_word(s)), segments[0])
    text = _AT.sub("", text)
    if has_role_word(head := _WANTED_FOR.sub("", text)):
        text = head
    text = _WANTED.sub("", text)
    text = _PARENS.sub("", text)  # before the comma: "Senior Data Scientist (Remote, US)"
    text = _WORKLOAD.sub("", text)
    text = _GRADE.sub("", text)
    text = _LEVEL.sub("", text)  # "Mechanical Engineer II": searchers type the role, not its level
    head, comma, _ = text.partition(",")
    if comma and len(head.split()) >= 2 and has_role_word(head) and {w.lower() for w in head.split()} - _RANKS:
        # "Senior Data Scientist, Experimentation": the role before the comma is what searchers type.
        # A bare rank keeps its qualifier: "Director, Product Management", "Team Lead, Partnerships".
        text = head
    head, sep, _ = text.partition(" for ")
    if sep and has_role_word(head) and {w.lower() for w in head.split()} - _RANKS:
        text = head  # "Video editor for a woodworking YouTube channel"; "Director for Policy" keeps its qualifier
    # Trailing emoji: "WAREHOUSE ASSOCIATES 🚨🚨" (blind set S42); "C++" and "C#" keep their signs.
    while text and (text[-1].isspace() or text[-1] in "\ufe0e\ufe0f\u20e3" or unicodedata.category(text[-1]) in ("So", "Sk", "Cf")):
        text = text[:-1]
    return " ".join(text.split()).strip(" .,:;-–—")
