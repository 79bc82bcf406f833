"""Blocks of a copied page's lines that are the board's, not the posting's: the site's name over its trail,
a careers page's running head, a list of similar jobs, the employer's screening questions, the hiring team and
a board's summary box. Each answer looks at a run of lines; :mod:`postlint.readers.page_chrome` answers for one line.
"""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.readers.bylines import byline
from postlint.readers.page_chrome import is_chrome
from postlint.readers.site_menus import NAV_LINKS, is_menu_line
from postlint.readers.text_lines import line_groups
from postlint.readers.text_shapes import GENERIC_HEADINGS, SALARY, normalized

# A board's heading over other adverts after the posting, in the languages of the boards seen (blind set S83:
# Bumeran's "Avisos similares", profession.hu's "Hasonló állások").
_SIMILAR_HEAD = re.compile(
    r"(?:similar|related|recommended) (?:jobs|roles|vacancies|positions)(?: (?:near you|you may like|for you))?|"
    # Welcome to the Jungle's "Other jobs at Lumio", "More jobs from Acme" (blind set S86).
    r"(?:other|more) (?:jobs|roles|vacancies|positions|openings) (?:at|from|with) \S+(?: \S+){0,5}|"
    # ITviec's "More jobs for you" (blind set S91), "Other jobs you may like", "Jobs you might be interested in".
    r"(?:other|more) (?:jobs|roles|vacancies|positions|openings) (?:for you|near you|you may like|you might like)|"
    r"(?:jobs|roles) you (?:may|might) (?:also )?(?:like|be interested in)|"
    r"more jobs like this|"
    # LinkedIn's sidebar of other employers' jobs, copied after the posting (blind set S113), and its alert box under it.
    r"people also viewed|set alert for similar jobs|"
    r"avisos similares|empleos similares|ofertas similares|vagas (?:semelhantes|similares)|"
    r"offres (?:d emploi )?similaires|ähnliche (?:jobs|stellen|stellenangebote)|hasonló állások"
)


def is_similar_jobs_heading(text: str) -> bool:
    """A board's heading over its list of other adverts: "Similar jobs", "Avisos similares"."""
    return len(text) <= 60 and _SIMILAR_HEAD.fullmatch(normalized(text)) is not None


def similar_jobs_lines(texts: list[str]) -> set[int]:
    """A board's list of other adverts: the heading ("Similar jobs", "Avisos similares") and the short lines
    right under it, up to the first empty line ("QA Manual Semi Senior – Híbrido – CABA"): titles the poster
    cannot edit. A line of more than 20 words is prose, and ends the list. Past empty lines, each further
    card of another job is the list's too (LinkedIn's "People also viewed": "Account Executive" / "Brightwell
    Payroll · Leeds" / "Up to £38K/yr", a card a block), up to the first block that is no card."""
    out: set[int] = set()
    n = 0
    while n < len(texts):
        if not is_similar_jobs_heading(texts[n]):
            n += 1
            continue
        out.add(n)
        n += 1
        while n < len(texts) and texts[n].strip() and len(texts[n].split()) <= 20:
            out.add(n)
            n += 1
        while (card := _job_card(texts, n)) is not None:
            out.update(range(card[0], card[1]))
            n = card[1]
    return out


def _job_card(texts: list[str], n: int) -> tuple[int, int] | None:
    """The block after the empty lines from line ``n`` (first line, past the last) when it is a card of another
    job: two to six short lines and no sentence, a role's title first ("Sales Development Representative"), then
    its employer's byline ("Tallyhaus · Manchester, England") or its pay ("£28K/yr - £32K/yr")."""
    first = n
    while first < len(texts) and not texts[first].strip():
        first += 1
    if first == n or first >= len(texts):
        return None
    last = first
    while last < len(texts) and texts[last].strip():
        last += 1
    lines = [texts[k].strip() for k in range(first, last)]
    if not 2 <= len(lines) <= 6 or any(len(t.split()) > 12 or t[-1:] in ".!?:;" for t in lines):
        return None
    if not has_role_word(lines[0]) or SALARY.search(lines[0]) or is_similar_jobs_heading(lines[0]):
        return None
    if not any(byline(t) is not None or "·" in t or (SALARY.search(t) and len(t.split()) <= 6) for t in lines[1:]):
        return None
    return first, last


# Canada's federal and provincial signature over their sites, in either order: "Government of Canada / Gouvernement du Canada".
_GOV_SIGNATURE = re.compile(
    r"(?i)(?:government of [a-z][\w.' -]{1,30}?[ \t]+/[ \t]+gouvernement (?:du|de la|de l['’]|des|de) ?[a-z][\w.' -]{1,30}"
    r"|gouvernement (?:du|de la|de l['’]|des|de) ?[a-z][\w.' -]{1,30}?[ \t]+/[ \t]+government of [a-z][\w.' -]{1,30})"
)

# The federal job sites' names under the signature.
_GOV_SITE = re.compile(r"(?i)job\s?bank|guichet[- ]emplois|job\s?bank\s*/\s*guichet[- ]emplois")


def site_name_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The site's name over its breadcrumb trail at the top of a copied page ("Wantedly" over
    "ホーム > 募集 > エンジニア"): one or two words, then a line of chrome that is a trail."""
    first = next((n for n, b in enumerate(blank) if not b), None)
    if first is None or first + 1 >= len(texts):
        return set()
    # The site's name and its owner's, a line each: Platsbanken over "Arbetsförmedlingen" (blind set S81).
    names = [first, first + 1] if not blank[first + 1] and first + 2 < len(texts) and blank[first + 2] else [first]
    below = texts[names[-1] + 1].strip() if blank[names[-1] + 1] else ""
    # Over a trail or a menu ("Search jobs   Salaries   Sign in"): "ZipRecruiter", "Government of Canada / Gouvernement du Canada".
    menu = any(c in below for c in ">»›") or len(re.split(r"\s{2,}|\|", below)) >= 3
    # A government's signature in both its languages heads its sites, a trail below or not (blind set S91): chrome
    # whatever stands under it ("Job Bank" is the site's name; "Policy Analyst" is the job's title).
    signed = {first} if _GOV_SIGNATURE.fullmatch(texts[first].strip()) else set()
    if not (menu and is_chrome(below)) and not signed:
        return set()
    # A site's menu in its own language under its name, the trail under both: Jobindex's "Find job    Virksomheder
    # Jobannoncer    Log ind" (blind set S104, where the name over it became the title). Chrome with the name.
    if len(names) == 2 and any(c in below for c in ">»›") and is_chrome(below) and _menu_row(texts[names[1]]):
        names = names[:1]
        if _site_name(texts[names[0]].strip(), 3):
            return {names[0], names[0] + 1}
    for n in [n for n in names if n not in signed]:
        name = texts[n].strip()
        if signed and not (menu and is_chrome(below)) and not (_GOV_SITE.fullmatch(name) or is_chrome(name)):
            return signed  # under the signature alone, only a site's name goes: "Kitchen helper" is the title (review)
        limit = 7 if len(names) == 1 else 3
        # A name in two languages counts by its halves: "Government of Canada / Gouvernement du Canada" over "Job Bank".
        longest = max(len(half.split()) for half in name.split(" / "))
        if longest > limit or any(c.isdigit() for c in name) or name[-1:] in ":!?" or has_role_word(name):
            return signed
    return set(names)


# A site's name written as its address, alone on the page's first line: "Canada.ca", "Daijob.com", "seek.com.au".
SITE_ADDRESS = re.compile(
    r"(?i)(?<![\w.-])(?:www\.)?[a-z0-9][a-z0-9-]{0,62}+(?:\.[a-z0-9-]{1,63}+){0,2}"
    r"\.(?:com|net|org|gov|edu|jobs|info|(?!js)[a-z]{2})"  # a country's code, not a library's "Node.js"
)


def site_address_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The site's name as its address on the page's first line ("Daijob.com", "Canada.ca", blind set S108), over its
    menu or trail ("Sign in", "Job Search    Company Search    Login") or the page's label for the posting ("Job
    posting"): never the job's title. The short lines between them that name no role are the site's too (its tagline,
    "Job Bank", a language link), and so is the label; the line under it is the title."""
    first = next((n for n, b in enumerate(blank) if not b), None)
    if first is None or len(texts[first]) > 80 or not SITE_ADDRESS.fullmatch(texts[first].strip()):
        return set()
    # Alone over the title, the address may be the employer's name ("Booking.com"): the walk keeps it as text.
    out: set[int] = set()
    site: list[int] = [first]
    nav = False
    for m in range(first + 1, min(len(texts), first + 16)):
        text = texts[m].strip()
        if normalized(text) in GENERIC_HEADINGS:
            out.update(site)
            out.update(range(first, m + 1))  # the page's label for the posting, and what is over it
            nav = True
        elif blank[m]:
            if text and (normalized(text) in NAV_LINKS or is_menu_line(text) or any(c in text for c in ">»›")):
                out.update(site)
                nav = True
        elif not nav and not _blank_between(blank, first, m) and _site_name(text, 7):
            site.append(m)
        else:
            break
    return out


def _blank_between(blank: list[bool], a: int, b: int) -> bool:
    """An empty or chrome line stands between lines ``a`` and ``b``."""
    return any(blank[k] for k in range(a + 1, b))


def _menu_row(line: str) -> bool:
    """A row of three or more short links between wide gaps or bars, each capitalised, no figure or sentence."""
    parts = [p.strip() for p in re.split(r"[ \t]{2,}|\|", line.strip()) if p.strip()]
    return len(parts) >= 3 and all(
        len(p.split()) <= 3 and (p[0].isupper() or (p[0].isalpha() and p[0].upper() == p[0].lower()))
        and not any(c.isdigit() or c in ".:!?," for c in p)
        for p in parts
    )


def _site_name(name: str, limit: int) -> bool:
    """A short line that may be a site's name: no figure, no end mark, no role."""
    return 0 < len(name.split()) <= limit and not any(c.isdigit() for c in name) and name[-1:] not in ":!?." and not has_role_word(name)


# A brochure's or a careers page's running head: "KILBRIDE FOODS - CAREERS AT OUR PORTLAOISE PLANT".
_CAREERS_HEAD = re.compile(r"(?i)\b(?:careers?|jobs|vacanc(?:y|ies)|opportunities|work(?:ing)? (?:at|with) us|join (?:us|our team))\b")


def careers_head_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The first line when it is a page's head about careers, naming no job, over a short line that
    names one (the title): "KILBRIDE FOODS - CAREERS AT OUR PORTLAOISE PLANT" over "Maintenance
    Technician (Electrical)" (blind set S35)."""
    lines = [n for n, b in enumerate(blank) if not b][:2]
    if len(lines) < 2:
        return set()
    head, title = texts[lines[0]].strip(), texts[lines[1]].strip()
    # A board's long title under it too: Workday's "Registered Nurse - Intensive Care Unit - Nights - $15,000 Sign-On Bonus" (blind set S81).
    if _CAREERS_HEAD.search(head) and not has_role_word(head) and len(title.split()) <= 14 and has_role_word(title) and title[-1:] not in ".:":
        return {lines[0]}
    return set()


_QUESTIONS_LEAD = re.compile(r"(?i)your application will include the following questions?\s*:?")
# The board's label over the lead, saying the same: SEEK's "Employer questions".
_QUESTIONS_LABEL = frozenset({"employer questions", "screening questions", "application questions"})


def employer_questions_lines(texts: list[str]) -> dict[int, str]:
    """SEEK's and Indeed's "Your application will include the following questions:" ("lead") and the questions
    under it up to a blank line ("question"), with the board's label over it ("label"). The questions are the
    employer's, to read ("What's your current hourly rate?" asks for pay history, blind set S75), but each is
    one of a list: not a heading ("What's your expected monthly basic salary?" made a second pay part, S45)."""
    out: dict[int, str] = {}
    for n, text in enumerate(texts):
        if _QUESTIONS_LEAD.fullmatch(text.strip()):
            out[n] = "lead"
            if n > 0 and normalized(texts[n - 1]) in _QUESTIONS_LABEL:
                out[n - 1] = "label"
            m = n + 1
            while m < len(texts) and texts[m].strip():
                out[m] = "question"
                m += 1
    return out


# A social account's name as a post's first line: "sweetcrumbpdx", "@nonna.rosa_to" (Instagram, blind set S20).
def hiring_team_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The card under LinkedIn's "Meet the hiring team": the person's name and role, up to the
    next empty line. The heading itself is chrome already; the name is no heading of the posting."""
    out: set[int] = set()
    for n, text in enumerate(texts):
        # A substring test first: this runs on every line of every plain-text posting.
        if "hiring team" in text.lower() and normalized(text) == "meet the hiring team":
            m = n + 1
            while m < len(texts) and m <= n + 6 and texts[m].strip():
                out.add(m)
                m += 1
    return out


def board_summary_lines(texts: list[str]) -> set[int]:
    """Indeed's benefits summary: "Benefits" over "Pulled from the full job description" and the
    perks it copied, up to the next empty line. The employer's own text says them again below;
    read twice, they made a second benefits part (STR015) and headings of perks ("Company pension")."""
    out: set[int] = set()
    for n, text in enumerate(texts):
        if "pulled from" in text.lower() and normalized(text) == "pulled from the full job description":
            if n > 0 and normalized(texts[n - 1]) == "benefits":
                out.add(n - 1)
            m = n + 1
            while m < len(texts) and m <= n + 20 and texts[m].strip() and normalized(texts[m]) != "full job description":
                out.add(m)
                m += 1
    return out


# A board's salary survey beside the posting (Indeed's "Warehouse Associate salaries in Mississauga, ON" over
# "Average $20.41 per hour", Glassdoor's "Salary estimate", "Typical pay for this role"): figures the board
# gathered from other employers, never this job's pay (blind set S114, where the survey was taken for the salary).
_SURVEY_HEAD = re.compile(
    r"(?<![\w'&/-])(?:[\w'&/-]++ ){0,8}salaries in [\w' -]{1,60}|"
    r"(?:average|typical|estimated|median)(?: base| hourly| annual| total)? (?:salary|salaries|pay|wages?)(?: estimates?| range)?"
    r"(?: for (?:this|similar) (?:role|job|position)s?)?(?: in [\w' -]{1,60})?|"
    r"(?:salary|pay) (?:estimates?|insights|survey)(?: for (?:this|similar) (?:role|job|position)s?)?"
)
# The survey's figure, alone on its line: "Average $20.41 per hour", "Median salary: £31,500 a year", or one the
# board marks as its estimate, "$48K - $61K /yr (Glassdoor est.)". Not the employer's own ("(Employer est.)").
_SURVEY_FIGURE = re.compile(
    r"(?i)(?:average|avg\.?|median|typical)(?:[ \t]+(?:base|hourly|annual|total))?(?:[ \t]+(?:salary|pay|wages?|rate))?[ \t]*:?[ \t]*"
    r"[^\s\d]{0,3}[ \t]?\d[\d,.]*[kK]?(?:[ \t]*[-–][ \t]*[^\s\d]{0,3}[ \t]?\d[\d,.]*[kK]?)?"
    r"(?:[ \t]*(?:per|an|a|/)[ \t]*(?:hour|hr|year|yr|month|mo|week|wk|day|annum))?"
)
_ESTIMATE_TAG = re.compile(r"(?i)\((?:glassdoor|indeed|linkedin|ziprecruiter|monster|seek)[ \t]+est\.?\)$")
# The survey's links and notes: "View all salaries", "Based on 1,204 salaries reported".
_SURVEY_LINK = re.compile(
    r"(?:view|see|explore|compare)(?: all| more)? salaries(?: for [\w' -]{1,60})?|salary details|"
    r"based on \d+(?: \d+)* (?:salaries|salary reports|reports|employees|data points)(?: reported| submitted)?(?: \w+){0,4}"
)


def is_salary_survey_heading(text: str) -> bool:
    """A board's salary-survey heading: "Warehouse Associate salaries in Mississauga, ON", "Salary estimate"."""
    return len(text) <= 100 and _SURVEY_HEAD.fullmatch(normalized(text)) is not None


def is_salary_survey_line(text: str) -> bool:
    """A salary survey's own figure ("Average $20.41 per hour") or link ("View all salaries")."""
    line = text.strip()
    if len(line) > 100:
        return False
    if _SURVEY_FIGURE.fullmatch(line) or _SURVEY_LINK.fullmatch(normalized(line)):
        return True
    return _ESTIMATE_TAG.search(line) is not None and SALARY.search(line) is not None


def salary_survey_lines(texts: list[str]) -> set[int]:
    """A board's salary survey: a survey heading and the short lines under it up to the next empty line, or a run of
    short lines with no heading, when the run holds the survey's own figure ("Average $20.41 per hour") or its
    link ("View all salaries"). A heading alone is not enough: "Salaries in Germany" may head an employer's bands."""
    out: set[int] = set()
    for first, last in line_groups(texts):
        run = range(first, last + 1)
        if len(run) <= 8 and all(len(texts[k].split()) <= 12 for k in run):
            marks = [k for k in run if is_salary_survey_line(texts[k])]
            head = next((k for k in run if is_salary_survey_heading(texts[k])), None)
            if head is not None and any(k > head for k in marks):
                out.update(range(head, last + 1))
            elif any(not _SURVEY_LINK.fullmatch(normalized(texts[k])) for k in marks) and any(_SURVEY_LINK.fullmatch(normalized(texts[k])) for k in marks):
                out.update(range(min(marks), last + 1))
    return out
