"""STR011: the posting states its employment type (full-time, part-time, contract, temporary, internship…)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.content import search_blocks
from postlint.builtin.structure.sources import GOOGLE_JOBPOSTING
from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import LoweredPattern, blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.jsonld import each_posting
from postlint.model.posting import Posting

# "contract" alone is too common ("vendor contracts"); it counts only as a kind of job.
_EMPLOYMENT_TYPE = LoweredPattern(re.compile(
    r"(?i)\b(?:full[- ]?time|part[- ]?time|contract(?:[- ]to[- ]hire| (?:role|position|job|basis|assignment|term))|temp[- ]to[- ](?:hire|perm)|"
    r"(?:a|on) (?:\d+[- ]month |b2b |fixed[- ]term |freelance ){0,1}(?:w-?2 |1099 |c2c )?contract\b|contractor (?:role|position)|independent contractors?|"
    # Taken on as one: "invoice us as a contractor", "you will work as a contractor" (blind set S65); not "3 years working as a contractor".
    r"(?:(?:you will|you['’]ll|you would|you['’]d) work|invoice (?:us|me)|bill (?:us|me)|engaged|hired|paid|join (?:us|the team)|be) as an? (?:self-employed |freelance )?contractor\b|"
    # A school district's "1.0 FTE, 190-day contract" (full-time equivalent: 1.0 is full time, 0.5 half).
    r"(?<![\d.])(?:0?\.\d{1,2}|1(?:\.0{1,2})?)\s?fte|\d{2,3}[- ]day contract|"
    # A travel clinician's "13-week travel contract" (blind set S34).
    r"\d{1,2}[- ](?:week|month)s?[- ](?:travel |locum |fixed[- ]term )?contract|"
    # Canada's public service: "a 2 year-term position", "a term position", "an indeterminate position"
    r"(?:\d+[- ])?(?:year|month)[- ]term|term (?:position|role|appointment|employment|assignment)|"
    r"indeterminate (?:position|role|basis|appointment|employment)|indefinite[- ](?:term )?(?:contract|employment)|temp(?:orary)? (?:role|position|job|assignment|contract)|"
    # "applications for various tenures, such as indeterminate, … and specified period"
    r"tenures?\b[^.;\n]{0,60}?\b(?:indeterminate|specified[- ]period|term|permanent|casual|temporary)|specified[- ]period (?:position|role|employment|appointment|basis)|"
    # A per diem job, not a per diem allowance: "Per diem: up to $75 per day", "a $75 per diem", "Day Rate + Per Diem"
    # (blind set S38).
    r"internship|paid intern|volunteer (?:role|position)|(?<!\d )(?<!\+ )(?<!plus )per[- ]diem(?!\s*[:$€£]|\s+(?:allowance|of|up\s+to|rates?|pay|payments?|expenses?|covered|provided|paid|reimburse\w*)\b)|permanent(?! resident| residence| address)|fixed[- ]term|"
    # An apprenticeship, and Spain's seasonal contract that calls the worker back each season (blind sets S48, S49).
    # ("Completed apprenticeship as an electrician" is a qualification: the word alone names no type.)
    r"apprenticeship (?:role|position|programme|program|vacancy|scheme|opportunity)|level \d apprenticeship|"
    r"seasonal (?:[\w-]+ )?contract|fixed[- ]discontinuous|fijo discontinuo|"
    # "Freelance, one-off project", "a freelance, short-term contract" (blind set S113): a word or two of how long or where
    # between; not "freelance, agency or in-house work".
    r"seasonal (?:role|position|job)|term appointment|freelance(?:,?\s{1,3}(?:one[- ]off|one[- ]time|short[- ]term|long[- ]term|ongoing"
    r"|remote|part[- ]time|full[- ]time|paid|hourly|occasional|project[- ]based|fixed[- ]price)){0,2},?\s{1,3}(?:role|position|basis|contract|gig|project)|"
    # A chat post's "Contract, about 20 hrs/week, remote" (the word opening a line or sentence, then the hours,
    # length or place of the work), and "looking for a freelance marketer" (blind set S73); not "Contract,
    # procurement and vendor management" nor "experience as a freelance writer".
    # Dice's header lines "Contract - W2", "Contract - 12 Month(s)" (blind set S101): a spaced hyphen, or the tax status.
    r"(?:^|(?<=\n)|(?<=[.!?•|·]\s))contract(?:\s*[,:|·–—]|\s+-)\s*(?:(?:about|around|approx\.?|approximately|roughly|up to|c\.)\s+)?"
    r"(?:\d+|remote|hybrid|on-?site|part[- ]time|full[- ]time|flexible|ongoing|temporary|fixed[- ]term|w-?2\b|1099\b|c2c\b|corp[- ]to[- ]corp)|"
    r"(?<!not )(?<!n't )(?<!n’t )(?:looking for|seeking|hiring|need|want|searching for|recruiting) an? freelancer?\b|co-?op (?:term|placement|student|position)|"
    # Australia, New Zealand and the UK: casual work, with no set hours ("Casual/Vacation", "a casual role").
    r"casual(?:/vacation| (?:role|position|job|basis|employment|contract|staff|workers?|personal care workers?|pool))|"
    r"zero[- ]hours? contract|"
    # A freelance board's panel: "Project Type: One-time project", "Fixed-price" on its own line (Upwork; blind set
    # S72 re-score); not a project manager's "fixed-price contracts".
    r"project type:\s*(?:one-time|ongoing|complex|short-term|long-term)|(?:^|(?<=\n))fixed[- ]price[ \t]*(?=\n|$)|"
    # On-call (Google's PER_DIEM): "a substitute pool of on-call custodians" (precision sample 9292); not a
    # software team's "on-call rotation" or "on-call shifts". The on-call workers only as the ones hired:
    # "Supervise on-call staff at weekends" is a duty.
    r"on[- ]call (?:basis|position|role|job|employment|pool)|"
    r"(?:pool of|as an?|hiring|looking for|seeking|recruiting|become an?|join us as an?) on[- ]call "
    r"(?:staff|custodians?|workers?|employees?|substitutes?|nurses?|drivers?|cleaners?|aides?)|"
    # "Coordinate the substitute list" is a duty; "join our substitute list" a way to be hired.
    r"substitute (?:position|role)|(?:join|on|to) (?:our|the|a) substitute (?:pool|list)|"
    # "Travel to our stores on an as-needed basis" says how often, not how the job is held.
    r"(?:work|working|employed|hired|employment|position|role|job)(?: is)? on an as[- ]needed basis|prn (?:basis|position|role)|"
    # A board's words in German, French or Spanish: "Vollzeit, Unbefristet" (StepStone, blind set S77), "Temps plein",
    # "un CDI" (not "CDD checks": customer due diligence), "Tiempo completo", "contrato indefinido".
    r"vollzeit|teilzeit|(?:un)?befristete?[nrs]?|feste? anstellung|festanstellung|temps (?:plein|partiel)|"
    r"(?:en|un|contrat|poste)\s(?:en\s)?cd[id]|tiempo (?:completo|parcial)|medio tiempo|jornada (?:completa|parcial)|media jornada|"
    r"contrato (?:indefinido|temporal)|"
    # hh.ru's fields in English: "Full employment, full day", "Project work, remote working", "Schedule: full day"
    # (blind set S98), a line or a label's value; not "full employment law" nor "a full day of interviews".
    r"(?:^|(?<=\n)|(?<=:[ \t]))(?:full|partial|part[- ]time) employment(?=[ \t]*(?:[,;]|$|\n))|"
    r"(?:^|(?<=\n))(?:project work|volunteering)[ \t]*,[ \t]*(?:full day|shift schedule|flexible schedule|remote work(?:ing)?"
    r"|rotation(?:al)?[- ]based work|fly[- ]in[- ]fly[- ]out)(?=[ \t]*(?:$|\n))|"
    r"(?:^|(?<=\n))(?:work )?schedule[ \t]*:[ \t]*full day(?=[ \t]*(?:[,;]|$|\n)))\b"
))
_FULL_DAY = re.compile(r"(?i)full[- ]day")
# Every _EMPLOYMENT_TYPE match holds one of these (lower case).
_EMPLOYMENT_TYPE_WORDS = (
    "full", "part", "contract", "temporary", "intern", "volunteer", "diem", "permanent", "fixed", "seasonal", "term", "indeterminate", "specified",
    "freelance", "term appointment", "coop", "co-op", "casual", "zero", "temp", "fte", "apprentice", "discontinu",
    "call", "substitute", "needed", "prn", "indefinite", "project type", "price", "project work", "volunteering",
    "zeit", "befrist", "anstellung", "temps", "cdi", "cdd", "tiempo", "jornada", "contrato",
)


# A title that says the kind of job: "Temp Software Developer - Notify", "Seasonal Picker",
# "Software Engineering Intern", "Staff Nurse (Locum)" (precision sample 5151), "Outreach Assistant
# (co-op)", a Canadian student's work term (precision sample 2424); "Co-op Grocery Clerk" is a
# cooperative's store.
_TITLE_TYPE = re.compile(
    r"(?i)^\W*(?:temp|temporary|seasonal|casual|contract|interim|locum|fixed[- ]term)\b"
    r"|\b(?:intern|interns|apprentice|co-?op student|freelancer?)\b|\((?:temp|temporary|contract|seasonal|casual|locum|ftc|interim|co-?op(?: term)?|\d+[- ]months?(?: contract| ftc)?)\)"
)


# Fields that state the employment type by their name, whatever their value: the type of employment, or of contract
# ("Type of contract: Individual consultancy", blind set S130).
_TYPE_KEYS = (
    "employment-type", "employment_type", "employmentType", "type_of_employment",
    "type-of-contract", "contract-type", "type_of_contract", "contract_type", "contractType",
)


class EmploymentType(Rule):
    code: str = "STR011"
    name: str = "employment-type"
    summary: str = "State the employment type: full-time, part-time, contract, temporary, internship…"
    why: str = "Google recommends employmentType and uses it for filters; candidates decide early on hours and permanence."
    notes: str = (
        "A job board's words in German, French or Spanish count too: 'Vollzeit, Unbefristet', 'Temps plein, CDI', 'Tiempo completo'; "
        "so do hh.ru's fields in English ('Full employment, full day', 'Project work, remote working', 'Schedule: full day'), Dice's header lines ('Contract - W2', "
        "'Contract - 12 Month(s)'), and a header field named for the type of contract ('Type of contract: Individual consultancy')."
    )
    source: str = GOOGLE_JOBPOSTING
    severity: str = "info"
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nThis is a full-time, permanent role. You will build our data platform."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if ctx.config.employment_type or any(posting.meta.get(k) for k in _TYPE_KEYS):
            return
        if posting.title and (_EMPLOYMENT_TYPE.search(posting.title) or _TITLE_TYPE.search(posting.title)):
            return
        if any(isinstance(v, str) and _EMPLOYMENT_TYPE.search(v) for v in posting.meta.values()):
            return  # a header field of its own: "Position:<tab>Service Plumber (Full-Time)" (blind set S26)
        if isinstance(schedule := posting.meta.get("schedule"), str) and _FULL_DAY.fullmatch(schedule.strip()):
            return  # hh.ru's "Schedule: full day", a header field: full-time
        if search_blocks(posting, _EMPLOYMENT_TYPE, blocks_with(posting, posting.blocks(), _EMPLOYMENT_TYPE_WORDS)):
            return
        if any(obj.get("employmentType") for _, obj in each_posting(posting)):
            return  # stated in the page's JobPosting structured data
        yield self.at_document(posting, "The employment type is not stated: say whether the job is full-time, part-time, contract, temporary or an internship.")


RULES: list[Rule] = [EmploymentType.default()]
