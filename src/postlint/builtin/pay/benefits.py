"""PAY007: benefits and other pay are described (health, retirement, paid leave, bonus, equity)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import LoweredPattern, blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.pay.jurisdictions import in_force, legal_note

# Insurance or healthcare as the work's domain, not a cover the employer gives: "You have worked on a health
# insurance system", "experience in the healthcare industry" (blind set S96); not "medical insurance company
# contribution of 80%", the employer's share of the cover (review).
_NOT_OFFERED = (
    r"(?!\s{1,3}(?:systems?|software|platforms?|industry|sector|compan(?:y|ies)(?!\s+(?:contributions?|paid|match|funded|pays))|carriers?|claims|domain|clients?|customers?"
    r"|members?|markets?|products?|applications?|apps?|firms?|startups?|space|tech(?:nology)?|data|experience|background"
    r"|organi[sz]ations?|agenc(?:y|ies)|brokers?|brokerage|underwriting|projects?|solutions?|payers?|insurers?|processing"
    r"|operations|analytics|regulations?|billing|records|it)\b)"
)
# Dentistry as the workplace or the trade, not a dental plan: "Smile Avenue Dental Clinic is hiring a receptionist",
# "Sawtooth Family Dental is hiring" (blind set S100), "a dental nurse", "dental office experience".
_DENTAL_WORK = (
    r"(?!\s{1,3}(?:clinics?|practices?|surger(?:y|ies)|offices?|cent(?:re|er)s?|groups?|hospitals?|labs?|laborator(?:y|ies)"
    r"|nurs(?:e|es|ing)|assistants?|hygienists?|technicians?|receptionists?|therapists?|surgeons?|patients?|industry|sector"
    r"|schools?|chains?|studios?|careers?|experience|background|terminology|procedures|is\s+(?:hiring|looking|seeking|recruiting))\b)"
)
# Specific enough that "technical vision", "platform health" and "diversity, equity
# and inclusion" do not count as benefits.
_BENEFITS = LoweredPattern(re.compile(
    # "+ super" first: a '+' has no word boundary before it (blind set S17: "$32.50 per hour + super").
    r"(?i)\+\s*(?:\d+(?:\.\d+)?\s?%\s+)?super\b|\+\s*(?:real|meaningful|generous|significant|founding|early)\s+equity\b|"
    r"\b(?:benefits? (?:include|package|plan|such as|like)|(?:our|full|comprehensive|competitive|generous|great) benefits|"
    r"health(?:care| (?:insurance|care|plan|benefits|coverage))" + _NOT_OFFERED + r"|dental" + _DENTAL_WORK + r"|vision (?:insurance|care|coverage|plan)|"
    r"(?:medical|health|dental) (?:insurance|coverage|cover|plan|benefits)" + _NOT_OFFERED + r"|pension|life assurance|company car|car allowance|401\s?\(?k\)?|retirement (?:plan|savings|benefits|contributions?)|"
    r"paid (?:time off|leave|holidays|vacation|parental|days? off|sick (?:time|leave|days))|(?:free|staff) meals?|\bpto\b|vacation (?:days|time|leave|pay)|holiday pay|parental leave|"
    r"sick (?:leave|days)|(?:life|disability) insurance" + _NOT_OFFERED + r"|stock options?|\brsus?\b|equity (?:grant|package|compensation|stake)|"
    r"(?:annual|performance|signing|sign-on) bonus(?:es)?|bonus (?:plan|eligible|program)|commission (?:plan|structure|on)|"
    # A bonus by its amount or its period: "A bonus of up to $100 a month when a video passes 100k views" (blind set S30);
    # not "a bonus if you know Rust", a nice-to-have.
    r"(?:monthly|quarterly|weekly|yearly|referral|holiday|christmas|attendance|retention|productivity|completion|project|cash) bonus(?:es)?|"
    r"bonus(?:es)? (?:of (?:up to )?|up to |worth )(?:[$€£¥₹]|[a-z]{3}\s?)?\d+|[$€£¥₹]\s?\d[\d,.]*k? (?:\w+ )?bonus|"
    r"tuition (?:reimbursement|assistance)|wellness (?:allowance|stipend|budget|program)|"
    # Australia's superannuation, as pay lines write it: "$32.50 an hour plus super", "+ 11.5% super".
    r"superannuation|(?:plus|\+|incl\.?|including|and)\s+(?:\d+(?:\.\d+)?\s?%\s+)?super|"
    # Leave counted in days ("30 days off", "25 days' annual leave", "28 days holiday") and equity as part of the pay.
    r"\d+ (?:working |paid )?days['’]? (?:off|of (?:paid )?(?:leave|holidays?|vacation)|(?:paid |annual )?(?:leave|holidays?|vacation))|"
    # "26 days paid off per year" (blind set S42)
    r"\d+ days? paid (?:off|leave|holidays?|vacation)|"
    r"annual leave|holiday allowance|(?:plus|\+)\s*equity|"
    # Leave by its label, a colon or a table's cell after it ("Holiday: 30 days", "| Holiday | 30 days |", blind set
    # S103: a row's cells join with a space), and the UK's idiom "30 days plus public holidays".
    r"(?:holidays?|vacation)(?::\s*|\s+)\d+ (?:working |paid )?days|"
    r"\d+ (?:working |paid )?days['’]? (?:(?:annual )?(?:leave|holidays?) )?(?:plus|\+|and) (?:public|bank|national|statutory) holidays|"
    # Equity beside the pay, with a word of its own: "Competitive salary + real equity", "salary and equity"
    # (blind set S83); not a review of pay equity ("salary and equity reviews").
    # (Nor pay fairness: "We review pay and equity across every team", "fair pay and equity"; review of the session's change.)
    r"(?<!review )(?<!reviews )(?<!reviewing )(?<!fair )(?<!equal )"
    r"(?:salary|pay|base|compensation|cash)\s+(?:\+|plus|and|&|with)\s+(?:(?:real|meaningful|generous|significant|founding|early)\s+)?"
    r"equity\b(?!\s+(?:reviews?|audits?|analys[ie]s|gaps?|checks?|across|between|among|within|for\s+all|in)\b)|plus\s+(?:real|meaningful|generous|significant|founding|early)\s+equity|"
    # A staff discount or meals on shift: what hospitality and retail offer ("50% off food", "staff discount").
    r"(?:staff|employee|team member) discounts?|\d{1,2}\s?% (?:off|discount on) (?:food|meals?|drinks|products|merchandise|purchases)|"
    r"(?:free|discounted) (?:staff )?meals?|meals? (?:on|during) (?:shift|duty)|"
    # ... and a meal given each shift: "free coffee and a meal on every shift" (blind set S104 re-score), "1 meal on duty".
    r"\b(?:a|one|1) (?:free |hot |staff )?meal (?:on|each|every|per) (?:every |each )?(?:shift|duty)\b|"
    # The Gulf's hospitality package: "Accommodation + transport provided", "free accommodation" (blind set S112); not
    # a disability accommodation ("Reasonable accommodation provided upon request") nor a guest's ("… provided to guests").
    # Nor one denied: "no accommodation or transport provided" (review).
    r"(?<!reasonable )(?<!disability )(?<!workplace )(?<!no )(?<!not )(?<!without )"
    r"(?<!accommodation or )(?<!housing or )(?<!transport or )(?<!visa or )(?:accommodation|housing|transport(?:ation)?|visa)"
    r"(?:\s{0,3}(?:\+|&|,|/|and|or)\s{0,3}(?:accommodation|housing|transport(?:ation)?|meals?|food|visa|(?:air |return |annual )?(?:tickets?|flights?))){0,3}"
    r"\s{1,3}(?:(?:is|are|will be)\s{1,3})?(?:provided|included|covered|free)\b"
    r"(?!\s{1,3}(?:to|for|upon|on request|on demand|if|when|as|during|throughout|in the interview)\b)|"
    r"free (?:accommodation|housing|transport(?:ation)?|visa)|"
    # The Philippines: a health plan (HMO), the 13th-month pay and the mandated SSS, PhilHealth and Pag-IBIG (blind set S20).
    r"\bhmo\b|13th[- ]month (?:pay|salary|bonus)|philhealth|pag-?ibig|pensionable"
    # Poland's and other labour codes' extra pay: "the 13th salary", "a length-of-service allowance" (blind set S48).
    r"|13th (?:salary|pay)|(?:length[- ]of[- ]service|long[- ]service|seniority) (?:allowance|bonus|pay|supplement)"
    # India's provident fund and state insurance, Germany's leave and equity (blind sets S28, S29).
    r"|provident fund|\besic?\b|gratuity|\d+\s+urlaubstage|\bvsop\b|virtual (?:stock|share) options?"
    # A locum's or contractor's package: malpractice cover, travel and lodging paid, licences reimbursed (blind set S39).
    r"|malpractice (?:insurance|coverage|cover)|(?:travel|housing),? (?:and )?lodging|lodging (?:and|provided|paid|covered|included)"
    r"|rental car|licen[cs](?:e|ure) reimbursement|cme (?:allowance|stipend|reimbursement)"
    # Spanish, as Mexico's and Latin America's postings list them: the statutory year-end bonus (aguinaldo), the
    # vacation bonus, paid leave, health and life cover, grocery vouchers, a savings fund, benefits above the legal
    # minimum (blind set S73: "Aguinaldo of 30 days, 20 days of vacaciones, seguro de gastos médicos mayores").
    r"|aguinaldo|prima vacacional|vacaciones|seguro (?:de gastos m[ée]dicos|m[ée]dico|de vida|de salud)|vales de despensa"
    r"|fondo de ahorro|prestaciones (?:de ley|superiores))\b"
))
# "+ equity" right after the pay's figure or period: "$170k–$210k + equity", "$210,000 a year + 0.1–0.5% equity"
# (blind set S99); not "Diversity + Equity + Inclusion". Apart from _BENEFITS, and only where a '+' is, so the
# long alternation pays nothing for it.
_PLUS_EQUITY = re.compile(
    r"(?i)(?:\d\s?k?|\b(?:year|yr|annum|month|hour|hr|ote))\s{0,3}\+\s{0,3}(?:(?:\d[\d.]{0,5}\s?%?\s?(?:-|–|to)\s?)?\d[\d.]{0,5}\s?%\s{1,3})?equity\b"
)


# A bank's charge on an account, not the staff's pay: "Explain account charges, including commission on turnover
# (COT)" (blind set S107). Only as a charge: "(COT)" after it or a fee word beside it; "10% commission on turnover" is pay.
_TURNOVER_FEE = r"\bcommissions?\s+on\s+(?:(?:account|customer)\s+)?turnover\b"
_FEE_WORD = r"\b(?:charges?|charged|fees?|levies|tariffs?)\b"
_BANK_FEE = re.compile(
    rf"(?i){_TURNOVER_FEE}(?=\s*\(\s*cot\s*\)|[^.;\n]{{0,40}}{_FEE_WORD})|{_FEE_WORD}[^.;\n]{{0,40}}?{_TURNOVER_FEE}"
)


def _describes(text: str) -> bool:
    """``text`` names a benefit."""
    if "turnover" in text.lower():
        text = _BANK_FEE.sub(lambda m: " " * len(m.group()), text)
    return _BENEFITS.found_in(text) or ("+" in text and _PLUS_EQUITY.search(text) is not None)


# A word from each _BENEFITS alternative: blocks with none of them are not scanned.
_BENEFIT_WORDS = (
    "benefit", "health", "dental", "vision", "medical", "pension", "401", "retirement", "paid", "pto", "vacation",
    "parental", "sick", "insurance", "stock", "rsu", "equity", "bonus", "commission", "tuition", "wellness", "super",
    "days off", "days of", "days'", "days’", "days annual", "days holiday", "days vacation", "days leave", "annual leave",
    "holiday allowance", "holiday pay", "discount", "% off", "meal", "accommodation", "housing", "transport", "visa", "hmo", "13th", "philhealth", "pag", "service", "seniority",
    # "esi" alone is inside "design" and "residents": only as a word's start or end, or "esic".
    "provident", " esi", "esi ", "esic", "gratuity", "urlaubstage", "vsop", "virtual s",
    "malpractice", "lodging", "rental car", "reimbursement", "cme ",
    # The UK's words (review): "Private medical cover", "Life assurance", "Holiday: 25 days", "Company car".
    "assurance", "company car", "car allowance", "holiday",
    "aguinaldo", "vacacion", "seguro", "despensa", "fondo de ahorro", "prestaciones",
)

# A heading that names benefits; "What you get" or "Why join us" may list credits and merch (blind set S65).
# Spanish "Prestaciones" and "Beneficios" name them too (blind set S73).
_NAMED_BENEFITS = re.compile(r"(?i)benefit|perk|package|reward|prestaciones|beneficios")


class BenefitsDescribed(Rule):
    code: str = "PAY007"
    name: str = "benefits-described"
    summary: str = "Describe benefits and other pay: health, retirement, paid leave, bonus, equity."
    why: str = "Colorado, Washington, Illinois, Maryland, Minnesota and New Jersey require a general description of benefits and other compensation in the posting."
    source: str = "https://regulations.justia.com/states/colorado/1100/1101-d-1/rule-7-ccr-1103-18/rule-7-ccr-1103-18-11"
    severity: str = "info"
    example: str = "# Data Engineer\n\nSalary: $90,000 - $110,000 a year."
    passing: str = "# Data Engineer\n\nSalary: $90,000 - $110,000 a year, with health insurance, a pension and 25 days of paid leave."
    notes: str = (
        "A section headed 'Benefits', 'Perks', 'Package' or 'Total rewards' describes them whatever it lists. One under a "
        "looser heading ('What you get', 'What we offer', 'Why join us') counts only when it names one of them, as any "
        "other text does: credits, merch and a say in the roadmap are not benefits, while a staff discount or meals on "
        "shift or on duty, what hospitality and retail offer, are, and so is housing, transport or a visa provided "
        "('Accommodation + transport provided', the Gulf's package; not 'Reasonable accommodation provided upon "
        "request'). Spanish headings ('Prestaciones', "
        "'Beneficios') and benefits ('aguinaldo', 'vacaciones', 'seguro de gastos médicos') count as the English do. "
        "Equity counts beside the pay ('Competitive salary + real equity', 'salary and equity', '$170k–$210k + equity'), not as fairness "
        "('diversity, equity and inclusion', 'salary and equity reviews'). Insurance or healthcare as the work's domain "
        "('worked on a health insurance system', 'healthcare experience') is no benefit, nor is dentistry as the workplace "
        "('Smile Avenue Dental Clinic is hiring', 'a dental nurse'). Leave counts by its label, in prose or in a table's row "
        "('Holiday: 30 days', '| Holiday | 30 days |', 'Vacation | 25 days'), and as '30 days plus public holidays'. "
        "A bank's charge on an account ('account charges, including commission on turnover (COT)') is not commission pay."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for section in posting.find_all("benefits"):
            # An empty 'Benefits' heading describes nothing (STR014 reports it); a looser heading's list is read below.
            if _NAMED_BENEFITS.search(section.title or "") and any(b.kind not in ("heading", "label") for b in section.all_blocks()):
                return
        if any(_describes(b.text) for b in blocks_with(posting, posting.body_blocks(), _BENEFIT_WORDS)):
            return
        # A details box's or front matter's values: "Salary: $96,681 – $108,470 (plus super)", "benefits: …".
        if any(_describes(v) for v in _meta_texts(posting.meta)):
            return
        laws = in_force(posting, ctx, "benefits")
        yield self.at_document(posting, f"Benefits are not described: add a 'Benefits' section (health, retirement, paid leave, bonus or equity){legal_note(laws)}.", severity="error" if laws else None)


def _meta_texts(meta: dict[str, object]) -> Iterator[str]:
    for value in meta.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, str))


RULES: list[Rule] = [BenefitsDescribed.default()]
