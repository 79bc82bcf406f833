"""Regular expressions and tables behind :mod:`postlint.pay.amounts` and :mod:`postlint.pay.salary`.

Every quantifier is bounded and every number must start where a number
starts, so a scan is linear in the text's length even on hostile input
(a megabyte of digits and dashes).
"""

from __future__ import annotations

import re

# The currency tables, passed on to the modules that read them from here.
from postlint.pay.currencies import CODES, SYMBOLS, UNITS_PER_USD, WORD_CODES, WORD_CODES_GROUPED, WORD_CURRENCY_CODES  # noqa: F401

Period = str  # one of HOUR, DAY, WEEK, MONTH, YEAR

PERIODS: dict[str, Period] = {
    "hour": "HOUR", "hr": "HOUR", "h": "HOUR", "hourly": "HOUR", "ph": "HOUR", "p.h.": "HOUR", "p/h": "HOUR",
    "day": "DAY", "d": "DAY", "daily": "DAY", "day rate": "DAY",
    "week": "WEEK", "wk": "WEEK", "w": "WEEK", "weekly": "WEEK",
    "month": "MONTH", "mo": "MONTH", "mth": "MONTH", "monthly": "MONTH", "pcm": "MONTH", "calendar month": "MONTH",
    "year": "YEAR", "yr": "YEAR", "y": "YEAR", "annum": "YEAR", "annual": "YEAR", "annually": "YEAR",
    "yearly": "YEAR", "pa": "YEAR", "p.a.": "YEAR", "p.a": "YEAR", "p/a": "YEAR",
    # French and German, as "par an" and "pro Monat" end a figure (period_of reads a phrase's last word).
    "annuel": "YEAR", "annuelle": "YEAR", "an": "YEAR", "année": "YEAR", "jährlich": "YEAR", "jahr": "YEAR",
    "mensuel": "MONTH", "mensuelle": "MONTH", "mois": "MONTH", "monatlich": "MONTH", "monat": "MONTH",
    "heure": "HOUR", "stunde": "HOUR", "jour": "DAY", "tag": "DAY", "semaine": "WEEK", "woche": "WEEK",
    "maand": "MONTH", "maandelijks": "MONTH", "jaar": "YEAR", "jaarlijks": "YEAR", "uur": "HOUR", "dag": "DAY",
    # Portuguese and Spanish: "R$ 12.000 a R$ 15.000 por mês" (blind set S27), "$25,000 MXN al mes".
    "mês": "MONTH", "mes": "MONTH", "mensal": "MONTH", "mensual": "MONTH", "hora": "HOUR", "dia": "DAY", "día": "DAY",
    "semana": "WEEK", "ano": "YEAR", "año": "YEAR", "anual": "YEAR",
    # Japanese, after a slash: "30万円/月", "1,500円/時" (blind set S62).
    "月": "MONTH", "年": "YEAR", "日": "DAY", "時": "HOUR", "時間": "HOUR",
}

UP_TO = {"up to", "upto", "to a maximum of", "to a max of", "max", "maximum", "max of", "maximum of",
         "not to exceed", "as much as"}
FROM = {"starting at", "starting from", "starts at", "starts from", "start at", "start from", "from", "min",
        "minimum", "min of", "minimum of", "at least", "upwards of", "in excess of"}

_SP = r"[ \t\u00a0\u202f\u2009]"  # horizontal space, incl. no-break and thin spaces
_GAP = r"\s{0,8}"  # markup blanked to spaces and wrapped lines widen gaps

_codes = "|".join(CODES)
_dollars = r"(?:US|USD|CA|CAN|C|AU|A|NZ|HK|SG|S|R|MX|NT)?\$"
_SIGNS = "€£¥₹₩₪₦₱฿₫₽₴₺₵৳"
# South Africa's rand, "R45 000" or "R 45,000" or "R45k": only before a thousands group or a "k",
# so "R2", "R&D" and release numbers stay words; or an hourly figure with its cents or its hour,
# "Overtime rate: R145.00", "R85 per hour" (blind set S43).
_RAND = (
    r"R(?=[ \u00a0]?\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?![\d,.]\d)|[ \u00a0]?\d{1,3}(?:[.,]\d)?[kK](?![A-Za-z])"
    r"|[ \u00a0]?\d{2,3}\.\d{2}(?![\d.])|[ \u00a0]?\d{2,3}\s?(?:per|an?|/)\s?(?:hour|hr|h\b|day|shift))"
)
# The Philippine peso's code, "PHP 18,000" or "PHP 18000": only before a thousands group, four digits or
# a "k", so the language's versions ("PHP 8.2", "PHP 7") stay the language (blind set S30).
_PESO = r"PHP(?=[ \u00a0]?\d{1,3}(?:[ ,\u00a0]\d{3})+(?![\d,.]\d)|[ \u00a0]?\d{4,}|[ \u00a0]?\d{1,3}(?:[.,]\d)?[kK](?![A-Za-z]))"
# A salary-sized figure after a sign or code that is a word too: a thousands group, a "k", or (_LOOSE) four
# plain digits that are no year. "Tk 8.6" (Tcl/Tk), "S/4HANA", "COP 2025" and "AMD 7950X" stay what they are.
_GROUPED = r"\d{1,3}(?:[ ,.\u00a0]\d{3})+(?![\d,.]\d)|\d{1,3}(?:[.,]\d)?[kK](?![A-Za-z])"
_LOOSE = rf"{_GROUPED}|(?!(?:19|20)\d\d(?!\d))\d{{4,}}"
_WORD_CODES = rf"(?:{'|'.join(WORD_CODES)})(?=[ \u00a0]?\$?[ \u00a0]?(?:{_LOOSE}))|(?:{'|'.join(WORD_CODES_GROUPED)})(?=[ \u00a0]?(?:{_GROUPED}))"
_LETTER_SIGNS = (
    rf"(?-i:K[Ss]hs?(?:\.(?=[ \u00a0]?\d))?|RM|Rp\.?|{_RAND}|{_PESO}|Tk\.?(?=[ \u00a0]?(?:{_LOOSE}))|S/\.?(?=[ \u00a0]?(?:{_LOOSE}|\d{{3}}(?!\d))))"
)
CUR_PRE = (
    rf"(?<![A-Za-z])(?:{_dollars}|[{_SIGNS}]|{_LETTER_SIGNS}(?![A-Za-z])|(?:{_codes})(?![A-Za-z])(?:{_SP}?\$)?"  # "CAD $90,000"
    rf"|(?:{_WORD_CODES})(?:{_SP}?\$)?)"
)
# A suffix symbol must not be the prefix of the next amount ("$28 $34").
# Japan's 円 follows its amount: "6,500,000円", "650万円" (blind set S62); so do Korea's 원 and "won"
# ("62 million won"; the word only after a grouped or multiplied figure, :func:`amounts._build` checks).
# A code that is a word too ("2.800.000 COP") counts only after a salary-sized figure: :func:`amounts._build` checks.
CUR_SUF = (
    rf"(?:(?:[{_SIGNS}$]|zł|円|원|(?:{_codes}|{'|'.join(WORD_CURRENCY_CODES)})(?![A-Za-z])"
    rf"|(?i:euros?|dollars?|yen)\b|[Ww]on\b)(?!{_SP}?\d))"
)

# Grade of the US federal General Schedule, as TTS/USAJOBS write it
# ("GS-15", "GS-GS 15", "GS-Senior Executive Service"), with an optional step.
GRADE = rf"(?:GS-(?:GS{_SP}?)?\d{{1,2}}(?!\d)|(?:GS-)?Senior{_SP}Executive{_SP}Service)"
_STEP = rf"(?:,?{_SP}{{0,3}}Step{_SP}{{0,2}}\d{{1,2}})?"
_GRADE_TAIL = rf"{_STEP}{_SP}{{0,3}}[-–—:(]?{_GAP}"

# Units that make a number a duration or a head count, never pay.
_NOT_PAY_UNIT = (
    r"(?!\s{0,3}(?:%|(?i:percent|years?|yrs?|months|weeks|days|hours|people|persons|employees|staff|members"
    r"|users|customers|countries|engineers|reports|pounds|lbs?"
    # "runs the monthly pay of 900 employers" (blind set S35)
    r"|employers|companies|businesses|clients|firms|organi[sz]ations|schools|stores|sites|patients|students|families|homes)\b))"
)


# A bare first number must start a token: not "GS-15", "v2", "1.5", "+1 555", "#3".
_BARE = r"(?<![\w.,+\-–—/#@~])"


def _num(i: int) -> str:
    # Indian lakh grouping (12,00,000) first; then thousands groups sharing one
    # separator (comma, dot, space, apostrophe); a 1-2 digit tail is decimals.
    # 401(k)/403(b) are plans, not amounts.
    return (
        rf"(?!40[13]{_SP}?\(?[kKbB]\b)"
        rf"(?P<n{i}>(?:\d{{1,2}}(?:,\d\d){{1,3}},\d{{3}}"
        rf"|\d{{1,3}}(?P<s{i}>[,.'’ \u00a0\u202f\u2009])\d{{3}}(?:(?P=s{i})\d{{3}}){{0,3}}|\d{{1,9}})"
        rf"(?:[.,]\d{{1,2}})?)(?![\d%]|[.,]\d)"
    )


def _amount(i: int) -> str:
    bare_start = _BARE if i == 1 else ""
    # India's lakh (100,000): "₹ 3.5-6.5 Lacs P.A.", "6.5 LPA" (lakhs per annum).
    # "₹18L – ₹32L": a capital L after rupees is lakhs too (the scanner drops it after any other sign).
    # Japan's 万 and Korea's 만 are ten thousand: "650万円" is ¥6,500,000, "6,200만원" ₩62,000,000.
    mult = rf"(?:{_SP}?(?P<m{i}>[kKmMbBL万만]|(?i:thousand|million|billion|mil|mln|mn|mm|bn|lakhs?|lacs?|lpa))(?![A-Za-z]))?"
    return (
        rf"(?:(?P<c{i}>{CUR_PRE}){_SP}{{0,2}}|{bare_start}){_num(i)}{mult}"
        rf"(?:{_SP}{{0,2}}(?P<d{i}>{CUR_SUF})|(?![A-Za-z])){_NOT_PAY_UNIT}"
    )


_LEAD = (
    r"(?P<lead>(?i:up\s?to|to\sa\smax(?:imum)?\sof|max(?:imum)?(?:\sof)?|not\sto\sexceed|as\smuch\sas"
    r"|start(?:ing|s)?\s(?:at|from)|from|min(?:imum)?(?:\sof)?|at\sleast|upwards\sof|in\sexcess\sof|between))"
)
_SEP = (
    rf"(?P<sep>{_GAP}(?:-{{1,2}}|[–—‒―~〜～]){_GAP}|\s{{1,8}}(?i:to|and|through|thru|until)\s{{1,8}}"
    # Portuguese and Spanish "a" between two amounts with their currency: "R$ 12.000 a R$ 15.000" (blind set S27).
    rf"|\s{{1,3}}a\s{{1,3}}(?={CUR_PRE})"
    # Table cells: "| GS-15 | $136,908 | $183,500 |" reads as min and max.
    rf"|\s{{1,8}}(?:\|\s{{0,8}})?(?={CUR_PRE}))"
    rf"(?:{GRADE}{_GRADE_TAIL})?"
)
_PLUS = rf"(?:(?P<plus>\+)|{_SP}{{1,3}}(?P<plusw>(?i:and\sup|and\sabove|and\sover|or\smore|or\shigher))\b)"
_UNIT = r"(?i:hour|hr|day|week|wk|month|mo|mth|year|yr|annum|calendar\smonth)"
# "€65.000 – €80.000 brutto per year", "€4.800 gross per month", "KES 180,000 – 240,000 gross monthly" (blind set
# S34): a gross/net word may sit before the period; so may a contractor's VAT ("PLN net + VAT per month", blind set
# S38) and a part-time figure's "pro rata" ("£30,000 pro rata per annum").
# So may the currency's code in brackets: "R18 500 – R22 000 (ZAR) per month" (blind set S43), "base salary",
# and Ireland's long service increments: "€58,196 – €69,646 LSIs per annum" (blind set S42); and before a
# slash: "Up to 60,000,000 VND gross / month" (blind set S49). A short aside may follow the gross word: "PLN net (+ VAT)
# / month" (blind set S78); one right after the amount is _ASIDE's. Or right against the slash: justjoin.it's "PLN net/month"
# (blind set S86).
_GROSS = r"(?:(?:(?i:brutto|netto|bruto|brut|gross|net|base(?:\s+salary|\s+pay)?|basic\s+salary|salary|LSIs?|(?:before|pre)[\s-]tax)(?:\s{1,3}|(?=/))(?:\+\s?(?i:vat)\s{1,3}|\([^()\n]{1,20}\)\s{0,3})?|\+\s?(?i:vat)\s{1,3}|(?i:pro[\s-]rata)\s{1,3}|\(\s?[A-Z]{3}\s?\)\s{1,3})(?=/|(?i:per|an?|each|every|p\.?a|pa\b|annuel|mensuel|par\s|pro\s|por\s|jährlich|monatlich|hourly|daily|weekly|monthly|annually|yearly)))?"
PERIOD = (
    rf"{_GAP}{_GROSS}\(?{_SP}{{0,2}}(?:/{_SP}?(?P<pu1>{_UNIT}|[hdwy月年日]|時間?)|(?i:per|an?|each|every){_SP}{{1,3}}(?P<pu2>{_UNIT})"
    r"|(?P<pu3>(?i:hourly|daily|weekly|monthly|annually|annual|yearly|p\.a\.|p\.a|p/a|pa|pcm|p\.h\.|p/h|ph)"
    # A bare unit in capitals, as ATS exports print it: "$22.57 - $28.75 HOUR".
    r"|HOUR|HR|DAY|WEEK|MONTH|YEAR|ANNUM"
    # French and German periods in postings written in English: "€55k–€65k brut annuel", "par mois", "pro Jahr".
    # Dutch too: "€4.500 - €6.000 bruto per maand" (blind set S20).
    r"|(?i:annuel(?:le)?|mensuel(?:le)?|jährlich|monatlich|maandelijks|jaarlijks|mensal|mensual)"
    r"|(?i:par|pro|per)\s{1,3}(?i:an|année|mois|heure|jour|semaine|jahr|monat|stunde|tag|woche|maand|jaar|uur|dag)"
    r"|(?i:por|al)\s{1,3}(?i:mês|mes|hora|dia|día|semana|ano|año)))"
    r"(?![A-Za-z])"
)

# The guard lets the engine skip mid-word letters and spaces cheaply.
# A schedule's step in brackets after an amount: "$47,250 (BA, Step 0) to $89,830 (MA+30, Step 22) per year"
# (blind set S26). Not a currency code, a period or a figure of its own: "(annual salary)" says per what (blind set S108).
_ASIDE = r"(?:\s{1,2}\((?![A-Z]{3}\))(?![^()\n]*(?i:hour|year|annu|month|week|day|\bper\b|\bp\.a\.|\d{3}))[^()\n$€£]{1,30}\))?"
PAY = re.compile(
    rf"(?=[$€£¥₹₩₪₦₱฿₫₽₴₺₵৳]{_SP}{{0,2}}\d|{_BARE}\d|(?<![A-Za-z])[A-Za-z])"
    rf"(?:\b{_LEAD}{_SP}{{1,3}})?(?:(?P<grade>{GRADE}){_GRADE_TAIL})?{_amount(1)}"
    rf"(?:{_ASIDE}{_SEP}{_amount(2)}{_ASIDE})?{_PLUS}?(?:{PERIOD})?"
    # "$27.00 per hour and up": the open end after the period.
    rf"(?:{_SP}{{1,3}}(?P<plusw_after>(?i:and\sup|and\sabove|or\smore|or\shigher))\b)?"
)

# A piece rate: "$0.68 per mile", "$25 a delivery", "$1,200/load". Paid per unit of work, not of time.
PIECE_AFTER = re.compile(
    # "$4,350 per three-credit course" (blind set S58): a course's size before it.
    r"\s{0,3}(?:/\s?|(?i:per|an?|each|every)\s{1,3})(?:(?i:[a-z0-9]+-(?:credit|unit|hour|week))\s{1,3})?(?P<piece>(?i:mile|km|kilometre|kilometer|load|delivery|drop|stop|piece"
    r"|trip|word|visit|session|lesson|article|patient|procedure|appointment|sale"
    # A college pays its adjuncts by the teaching: "$1,100 per credit hour", "$4,500 per course" (blind set S39).
    r"|credit\shour|semester\shour|contact\shour|course|section"
    # A picker's piece rates: "$28.00 per bin", "$0.32 per pound", "$185 per ton" (blind set S45).
    r"|bin|pound|lb|ton|tonne|box|crate|bucket|tray|flat|bushel|acre|tree|row"
    # A freelancer's fixed price for the work (blind sets S30, S44).
    r"|project|milestone"
    # A creative freelancer's piece rates: "$40 per illustration", "$25 per page" (blind set S113).
    r"|illustration|drawing|image|photo|photograph|page|video|episode|chapter|logo))(?:e?s)?\b"
    r"|\s{0,3}(?P<fixed>(?i:fixed[- ]price|flat\s+fee))\b"
    # "USD 2,400 for the whole project" (blind set S57).
    r"|\s{0,3}(?i:for\s+(?:the\s+|this\s+)(?:whole\s+|entire\s+|full\s+|complete\s+)?project)\b"
    # A price per piece of work, the piece named before it: "Future emails pay up to $60 each" (blind set S72).
    r"|[ \t]{1,3}(?P<each>(?i:each))\b(?![ \t]{0,3}(?:(?i:per|an?|every)\b|/))"
)
# A pay period schema.org names no unit for: "$2,612.50 - $3,512.00 Biweekly" (NEOGOV, blind set S43),
# "£1,150 per fortnight", "$2,400 semi-monthly". Read as a unit of its own, as a piece rate's is.
OTHER_PERIOD_AFTER = re.compile(
    r"\s{0,3}(?:(?P<two_weeks>(?i:bi-?weekly|fortnightly|every\s+(?:two|2)\s+weeks|(?:per|a|each|every)\s+fortnight))"
    r"|(?P<half_month>(?i:semi-?monthly|twice\s+a\s+month)))\b"
)
# Money that is not the job's pay: "$1,000 signing bonus", "$2,500 annual learning budget".
NOT_PAY_AFTER = re.compile(
    r"\s{0,3}(?i:signing|sign-on|sign\son|bonus|budget|allowance|learning|education|relocation|referral|credit"
    r"|reimburse\w*|revenue|ARR|in\s(?:funding|revenue|sales|assets|savings)|funding|valuation|grant|match)\b"
)

# Cheap gate (plain substring scans): no currency and no pay word means nothing to find.
HINT_CHARS = ("$", "€", "£", "¥", "円", "원", "₹", "₩", "₪", "₦", "₱", "฿", "₫", "₽", "₴", "₺", "₵", "৳", "zł", "KSh", "Ksh", "Tk", "S/")
HINT_WORDS = ("salar", "pay", "wage", "compensation", "remuneration", "stipend", "rate", "euro", "dollar", "yen", "ctc", "lpa", "lakh", "lac")
# Any currency sign or code: one scan instead of a substring test for each. Every alternative
# starts with a literal (the rand's "R" before its lookbehind), so the engine skips ahead to the
# characters a match can start with: a leading lookbehind made it try each alternative at every
# character, 15 times slower.
HINT_SYMBOLS = re.compile("|".join(re.escape(hint) for hint in HINT_CHARS + tuple(CODES) + WORD_CURRENCY_CODES) + r"|R(?<![A-Za-z]R)[ \u00a0]?\d{1,3}[ ,\u00a0]\d{3}|R(?<![A-Za-z]R)[ \u00a0]?\d{2,3}(?:\.\d{2}|\s?(?:per|an?|/)\s?(?:hour|hr|h\b|day|shift))")

# Context just before an amount, matched against the text after the last digit,
# sentence stop or currency sign (so "$" anchors at the amount).
BEFORE_STOP = re.compile(r".*[\d.;!?$€£]", re.S)
PAY_WORD_BEFORE = re.compile(
    r"(?i:\b(?:salary|salaries|pay|wages?|compensation|remuneration|stipend|ctc|(?:hourly|daily|day|base)\srates?)\b)"
    r"[^\d.;!?$€£]{0,30}$"
)
PERIOD_BEFORE = re.compile(
    r"(?i:\b(?P<pw>hourly|daily|weekly|monthly|annual|annually|yearly|per\shour|per\sday|per\sweek|per\smonth"
    r"|per\syear|per\sannum|day\srate)\b)[^\d.;!?$€£]{0,40}$"
)
# "the maximum salary available ... is $183,500" is an upper bound, not a fixed rate.
MAX_BEFORE = re.compile(r"(?i:\b(?:max(?:imum)?|highest|top\sof\s(?:the\s)?(?:range|band))\b)[^\d.;!?$€£]{0,60}$")
# "the maximum salary available for the GS pay system is $183,500", "the statutory pay cap
# of $191,900": a limit of a whole pay system, not what this job pays.
SYSTEM_CAP_BEFORE = re.compile(
    r"(?i:\b(?:pay\s(?:system|cap|plan|schedule)|statutory|by\slaw|federal\s(?:pay|salary)\s(?:cap|limit)|executive\sschedule)\b)"
    r"[^\d.;!?$€£]{0,40}$"
)
# A perk's money, not the salary: "a learning budget of ₹50,000 per year", "home office allowance: $500".
PERK_BEFORE = re.compile(
    r"(?i:\b(?:learning|training|education|development|conference|wellness|wellbeing|well-being|equipment|home[- ]office|"
    r"gym|fitness|book|travel|phone|mobile|internet|relocation|referral|moving|childcare|commuter|lunch|meal|tuition)\s"
    r"(?:budget|allowance|stipend|reimbursement|assistance|fund|credit|package|bonus|award)s?\b"
    # A service year's education award: "Segal AmeriCorps Education Award of up to $7,395" (blind set S41)
    r"|\beducation\s+awards?\b"
    # "Sign-on bonus: $15,000" before the pay range: a one-off, not the pay (blind set S13)
    # ... or paid under another name: "a retention payment of £2,000", "A relocation payment of up to €3,000" (S103).
    # (Only these: "mobile payments" or "phone support" name the work, whose pay may follow.)
    r"|\b(?:sign[- ]?on|signing|joining|retention|welcome|hiring)\s+(?:bonus(?:es)?|payments?)\b"
    r"|\b(?:relocation|moving)\s+(?:payments?|support|grants?|expenses|costs|lump\s+sums?)\b"
    # An insurance's cover: "Group medical insurance of ₹5,00,000", "life cover of £100,000" (blind set S24).
    r"|\b(?:insurance|cover|coverage|sum\sinsured|policy)\b"
    # A stipend named for what it pays for is an extra, like an allowance: "Bilingual/ESL stipend: up to $4,000 per
    # year", "Coaching stipend", "Housing stipend" (blind set S107). A bare, living or research stipend is the pay.
    r"|\b(?:bilingual|esl|ell|esol|language|coaching|athletics?|club|sponsor|technology|tech|mileage|transport(?:ation)?"
    r"|parking|housing|lodging|accommodation|rent|meals?|incidentals|uniform|tools?|degree|certification|leadership"
    r"|mentor(?:ing)?|department|extra[- ]duty|extracurricular|stem|special\s+education|sped|hard[- ]to[- ](?:fill|staff))"
    r"\s+stipends?\b"
    # Any allowance: "Car allowance of £5,400 per annum", "Transport allowance of $150 per month" (blind sets S28, S29).
    # (A service year's living allowance is its pay: "Living allowance: $2,150 per month", blind set S41.)
    r"|(?<!living )\ballowances?\b"
    # The size of the work, not its pay: "a track record of closing deals above EUR 100,000" (blind set S60).
    r"|\b(?:deals?|contracts?|orders?|sales|revenue|budgets?|portfolios?|pipelines?|quotas?|projects?)\s+(?:above|over|worth|exceeding|of\s+(?:over|up\s+to|more\s+than))\b"
    # The gap to the figure names no pay: "relocation support and a salary of $95,000 - $120,000" is the salary (review).
    r")(?:(?!(?i:salary|salaries|pay\b|wages?\b|compensation|base\b))[^\d.;!?$€£₹]){0,20}$"
)
# Money the organisation raises, earns or targets, not pay: "lift community income to £600,000 a year", "raise £2m a
# year", "a fundraising target of £600,000", "turnover of £5m" (blind set S123). Not "Salary raised to £30,000", nor
# "raised pay to £12 an hour" or "raised our rates to £12.50 an hour" (a pay word in the gap).
ORG_MONEY_BEFORE = re.compile(
    r"(?i:(?=[rfb])(?<!salary )(?<!salaries )(?<!pay )(?<!wages )(?<!wage )(?<!rate )(?<!rates )(?<!will be )(?<!been )"
    r"(?<!is )(?<!are )(?<!was )(?<!, )\b(?:raise[sd]?|raising|fundrais(?:e|es|ed|ing)|bring(?:s|ing)?\s+in|brought\s+in)\b"
    r"|\b(?:lift|lifting|grow|growing|increase|increasing|double|doubling|boost|boosting|take|taking)\s+(?:(?:our|the|its|your|annual|yearly)\s+)?"
    r"(?:\w+\s+)?(?:income|revenue|turnover|sales|donations|giving|funding)\s+(?:to|by|from|past|beyond|above|over)\b"
    r"|\b(?:fundraising|income|sales|revenue|turnover|donations?|giving|funding)\s+(?:targets?|goals?)\b|\bturnover\b)"
    # "We have raised our rates to £12.50 an hour": a rate in the gap is the pay raised (the session's review).
    r"(?:(?!(?i:salary|salaries|pay\b|wages?\b|compensation|base\b|rates?\b))[^\d.;!?$€£₹]){0,20}$"
)
# A pay label the word before a figure belongs to ("Base pay range (before shift differentials):", "Salary (inclusive
# of London weighting):", "Pay range, excluding premiums:"): the word qualifies the pay, it names no other money.
# A pay word right before it is part of that money's name ("Weekend pay differential", "Salary supplement").
_PAY_LABEL = re.compile(
    r"(?i)(?:\b(?:pay|salary|salaries|wages?|compensation|remuneration|earnings|range|rate)\b[^\S\n]{0,3}[^\s:]"
    r"|\b(?:before|excluding|excl|exclusive\s+of|inclusive\s+of|not\s+including|without|prior\s+to|except)\b)[^:\n]*$"
)
# The clause's start: a digit, a stop or a currency sign; a dot only before a new sentence, not after an abbreviation
# ("excl. premiums", "inc. London weighting" go on).
_CLAUSE_STOP = re.compile(r"[\d;!?$€£₹\n]|(?<!(?i:excl))(?<!(?i:incl))(?<!(?i:inc))\.(?=\s+[A-Z])")


def in_pay_label(text: str, start: int) -> bool:
    """Whether the word at ``start`` qualifies a pay label before it in its clause, rather than naming a figure."""
    lo = max(0, start - 60)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)]
    return _PAY_LABEL.search(text, stops[-1] if stops else lo, start) is not None


# Money added to the pay or paid back, when it names the figure: "Reimbursement of up to AED 5,000 a quarter for ads"
# (blind set S67), "A market supplement of £2,000 a year", "London weighting of £4,000" (blind set S73). Not in the
# salary's own label: "Salary (inclusive of London weighting): £42,000", "Pay (travel reimbursed): £18.50" (:func:`in_pay_label`).
# Travel pay's meals-and-incidentals per diem is paid back too, never the pay (blind set S132: "Meals and incidentals:
# $560 per week" was read as the pay under "Pay and benefits").
SUPPLEMENT_BEFORE = re.compile(
    r"(?i)\b(?:reimburse(?:ments?|d)?|supplements?|weighting|incidentals|incidental\s+expenses|m&ie)\b"
    r"[^\d.;!?$€£₹]{0,20}$"
)
# The size of the work in millions, not its pay: "a marketing budget of KRW 50 million per month", "a sales target of
# VND 300 million per month" (review of blind set S72's fix). Pay words after it win: "Sales Executive salary:",
# "Income (base + sales commission):", "On-target earnings:".
MILLIONS_WORK_BEFORE = re.compile(
    r"(?i)\b(?:budgets?|targets?|quotas?|goals?|revenues?|turnover|sales|spend(?:ing)?|funding|valuation|gmv|arr|p&l"
    r"|portfolios?|pipelines?|deals?|contracts?|investments?|capital|assets|costs?|fund(?:raising)?)\b"
)
MILLIONS_PAY_WORD = re.compile(
    r"(?i)\b(?:salary|salaries|pay|wages?|compensation|remuneration|stipend|ctc|income|earnings|package|commissions?|ote"
    r"|(?:hourly|daily|day|base)\s+rates?)\b"
)
MIN_BEFORE = re.compile(r"(?i:\b(?:min(?:imum)?|lowest|floor)\b)[^\d.;!?$€£]{0,60}$")

# Pay talk with no numbers. "competitive"/"negotiable" count only next to a pay word;
# "DOE" also names the Department of Energy, so it needs pay words just before it.
_PAYW = r"(?:base\s)?(?:salary|salaries|pay|compensation|remuneration|wages?|rates?(?:\sof\spay)?|package)"
VAGUE = re.compile(
    rf"(?i:\b(?:competitive|attractive|generous|negotiable)\s{_PAYW}\b"
    rf"|\b(?:salary|salaries|pay|compensation|remuneration|wages?)\b[^.;\n\d]{{0,25}}?\b(?:competitive|negotiable)\b"
    r"|\b(?:depending|dependent|depends|based)\s(?:up)?on\s(?:your\s|the\scandidate'?s?\s)?"
    r"(?:experience|qualifications)\b"
    r"|\bcommensurate(?:\swith\s(?:your\s)?(?:experience|qualifications|skills))?\b"
    r"|\bmarket[\s-](?:rate|related|competitive)\b)"
    r"|\bD\.?O\.?E\.?(?![A-Za-z])"
)
# Where pay is the topic already (a front-matter pay key, a Compensation section)
# the bare words are enough: "salary: Competitive", "## Salary / Negotiable".
VAGUE_BARE = re.compile(r"(?i:\b(?:competitive|negotiable|tbd|to\sbe\sdetermined|market\srate)\b)")
# Words every VAGUE (case-insensitive part) or VAGUE_BARE match contains, and the start of
# "DOE": text with none of them is skipped without running the patterns.
VAGUE_WORDS = ("competitive", "attractive", "generous", "negotiable", "depend", "based", "commensurate", "market")
VAGUE_BARE_WORDS = ("competitive", "negotiable", "tbd", "determined", "market")
DOE_HINT = re.compile(r"D\.?O")
DOE_CONTEXT = re.compile(r"(?i:salary|pay|compensation|wage|rate|remuneration)[^.;\n]{0,40}$|[\d$€£kK][^.;\n]{0,6}$")

# Front-matter keys, normalised to snake_case.
META_TEXT_KEYS = (
    "salary", "salary_range", "pay", "pay_range", "compensation", "compensation_range", "base_salary",
    "basesalary", "wage", "wages", "wage_range", "remuneration", "pay_rate", "salary_text",
)
META_MIN_KEYS = ("salary_min", "min_salary", "pay_min", "min_pay", "salary_from", "minimum_salary", "wage_min")
META_MAX_KEYS = ("salary_max", "max_salary", "pay_max", "max_pay", "salary_to", "maximum_salary", "wage_max")
META_CURRENCY_KEYS = ("salary_currency", "pay_currency", "currency")
META_PERIOD_KEYS = ("salary_period", "pay_period", "salary_unit", "pay_unit", "period", "per", "unit_text")
META_KEYS = frozenset(META_TEXT_KEYS + META_MIN_KEYS + META_MAX_KEYS)
# The value runs to the line's end, blanks after it included (cut with value_end): a lazy value
# before optional blanks tried every split of a long run of them.
META_LINE = re.compile(
    r"""^[ \t]*["']?(?P<key>[A-Za-z][\w -]{0,40}?)["']?[ \t]*[:=][ \t]*(?P<value>.*)""", re.M
)


def value_end(m: re.Match[str], group: str = "value") -> int:
    """Where ``group`` of a match ends once the blanks after it are left out."""
    start = m.start(group)
    return start + len(m.group(group).rstrip(" \t"))


def meta_key(key: object) -> str:
    return re.sub(r"[\s-]+", "_", str(key).strip().lower())


# -- small conversions -----------------------------------------------------
_GROUPING = re.compile(r"[ '\u2019\u00a0\u202f\u2009]")


def to_float(number: str) -> float:
    """'160,000' / '65.000' / '65 000' / '72,500.00' / '65.000,50' / '12,00,000' -> float."""
    s = _GROUPING.sub("", number)
    if "," in s and "." in s:  # the later one is the decimal mark
        cut = max(s.rfind(","), s.rfind("."))
        return float(s[:cut].replace(",", "").replace(".", "") + "." + s[cut + 1 :])
    for sep in ",.":
        if sep in s:
            parts = s.split(sep)
            # Several separators or a 3-digit tail group thousands; otherwise decimals.
            return float("".join(parts) if len(parts) > 2 or len(parts[-1]) == 3 else ".".join(parts))
    return float(s)


LAKH = 100_000
_FACTORS = {"万": 10_000, "만": 10_000, "k": 1000, "thousand": 1000, "lakh": LAKH, "lakhs": LAKH, "lac": LAKH, "lacs": LAKH, "lpa": LAKH, "l": LAKH}


MILLIONS = frozenset({"m", "million", "mil", "mln", "mn", "mm"})


def factor(mult: str | None, millions: bool = False) -> int | None:
    """What a multiplier word multiplies by: 1 with none, ``None`` for billions and (unless
    ``millions``) millions."""
    if mult and millions and mult.lower() in MILLIONS:
        return 1_000_000
    return _FACTORS.get(mult.lower()) if mult else 1


def amount(number: str, mult: str | None, millions: bool = False) -> float | None:
    """The amount, or ``None`` for billions and millions (a budget or revenue) unless ``millions``
    says the caller has read them as pay ("KRW 62 million per year")."""
    times = factor(mult, millions)
    return None if times is None else to_float(number) * times


def currency_of(token: str | None) -> tuple[str, bool] | None:
    """(ISO 4217 code, guessed?) for a currency sign or code."""
    if not token:
        return None
    token = token.strip()
    if token[:3] in CODES or token[:3] in WORD_CURRENCY_CODES:  # "USD", "CAD $", "COP $"
        return token[:3], False
    return SYMBOLS.get(token) or SYMBOLS.get(token.lower())


_LOOSE_FIGURE = re.compile(_LOOSE)
_GROUPED_FIGURE = re.compile(_GROUPED)


def word_code_fits(code: str, number: str, mult: str | None) -> bool:
    """Whether a code that is a word too ("COP", "PEN") may be the currency of ``number``: only a salary-sized
    figure's ("2.800.000 COP"), not "5 PEN testers" or "COP 26"."""
    figure = number + (mult if mult in ("k", "K") else "")
    if code in WORD_CODES:
        return _LOOSE_FIGURE.fullmatch(figure) is not None
    return code not in WORD_CODES_GROUPED or _GROUPED_FIGURE.fullmatch(figure) is not None


def period_of(unit: str) -> Period | None:
    unit = " ".join(unit.lower().split())
    return PERIODS.get(unit) or (PERIODS.get(unit.split()[-1]) if unit else None)


def grade_of(raw: str | None) -> str | None:
    """'GS-15' / 'GS-GS 15' -> 'GS-15'; the Senior Executive Service -> 'SES'."""
    if not raw:
        return None
    digits = re.search(r"\d{1,2}", raw)
    return f"GS-{int(digits.group())}" if digits else "SES"
