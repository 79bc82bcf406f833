"""Salary parsing: the forms real postings use, the numbers that are not pay, and posting search."""

from __future__ import annotations

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postlint.pay.salary import PayMention, Salary, find_pay_mentions, find_salary, infer_period, parse_salary
from postlint.readers import parse

H, D, W, M, Y = "HOUR", "DAY", "WEEK", "MONTH", "YEAR"

# text -> (min, max, currency, period, period_inferred, open_ended)
FORMS = [
    ("💰 $160,000 - $350,000", 160000, 350000, "USD", Y, True, None),
    ("$160k–$350k", 160000, 350000, "USD", Y, True, None),
    ("USD 140k-175k", 140000, 175000, "USD", Y, True, None),
    ("£42,000 to £48,000 p.a.", 42000, 48000, "GBP", Y, False, None),
    ("€65.000 – €80.000", 65000, 80000, "EUR", Y, True, None),
    ("65 000 €", 65000, 65000, "EUR", Y, True, None),
    ("65.000,50 €", 65000.5, 65000.5, "EUR", Y, True, None),
    ("65 000 – 80 000 €", 65000, 80000, "EUR", Y, True, None),
    ("CA$110,000–130,000", 110000, 130000, "CAD", Y, True, None),
    ("C$95,000 per year", 95000, 95000, "CAD", Y, False, None),
    ("CAD 90,000", 90000, 90000, "CAD", Y, True, None),
    ("CAD $90,000 - $110,000", 90000, 110000, "CAD", Y, True, None),
    ("$28 - $34 an hour", 28, 34, "USD", H, False, None),
    ("$45/hr", 45, 45, "USD", H, False, None),
    ("$18.50 - $22.00 per hour", 18.5, 22, "USD", H, False, None),
    ("$40–45/hr", 40, 45, "USD", H, False, None),
    ("45 €/h", 45, 45, "EUR", H, False, None),
    ("5,500 - 6,200 EUR per month", 5500, 6200, "EUR", M, False, None),
    ("Pay: $3,500/month", 3500, 3500, "USD", M, False, None),
    ("$72,500.00 - $98,000.00 annually", 72500, 98000, "USD", Y, False, None),
    ("$120K/yr", 120000, 120000, "USD", Y, False, None),
    ("$150K-$200K/year", 150000, 200000, "USD", Y, False, None),
    ("£500 per day", 500, 500, "GBP", D, False, None),
    ("$2,000 a week", 2000, 2000, "USD", W, False, None),
    ("$1,500 - $2,000 per week", 1500, 2000, "USD", W, False, None),
    ("GS-15 ($136,908 to $183,500)", 136908, 183500, "USD", Y, True, None),
    # A gross/net word between the amount and its period.
    ("€65.000 – €80.000 brutto per year", 65000, 80000, "EUR", Y, False, None),
    ("€4.800 - €6.200 gross per month", 4800, 6200, "EUR", M, False, None),
    ("£50,000 gross p.a.", 50000, 50000, "GBP", Y, False, None),
    ("$80,000 base, $160,000 OTE", 80000, 80000, "USD", Y, True, None),
    ("$120,000 - $150,000 salary and 0.5% - 1.0% equity", 120000, 150000, "USD", Y, True, None),
    ("GS-13: $98,496 - $128,043 per year", 98496, 128043, "USD", Y, False, None),
    ("The salary range for this position is: GS-15 Step 1 - $128,078 to GS-15 Step 10 $172,500",
     128078, 172500, "USD", Y, True, None),
    ("Base salary GS-15 - $128,078 to $172,500", 128078, 172500, "USD", Y, True, None),
    ("GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500", 108885, 172500, "USD", Y, True, None),
    ("| GS-15 | $136,908 | $183,500 |", 136908, 183500, "USD", Y, True, None),
    ("Starting at $85,000", 85000, None, "USD", Y, True, "from"),
    ("from $60k", 60000, None, "USD", Y, True, "from"),
    ("Minimum salary of $70,000", 70000, None, "USD", Y, True, "from"),
    ("Up to $150,000", None, 150000, "USD", Y, True, "up-to"),
    ("Salary: Up to £60k DOE", None, 60000, "GBP", Y, True, "up-to"),
    ("$200k+", 200000, None, "USD", Y, True, "plus"),
    ("$100k and up", 100000, None, "USD", Y, True, "plus"),
    ("$100-120k", 100000, 120000, "USD", Y, True, None),
    ("€50-60k", 50000, 60000, "EUR", Y, True, None),
    ("40-45k EUR", 40000, 45000, "EUR", Y, True, None),
    ("65k€", 65000, 65000, "EUR", Y, True, None),
    ("between $50,000 and $60,000", 50000, 60000, "USD", Y, True, None),
    ("From £45,000 to £55,000 per annum", 45000, 55000, "GBP", Y, False, None),
    ("$55,000 to 65,000 a year", 55000, 65000, "USD", Y, False, None),
    ("Salary: 90,000 - 110,000 per year", 90000, 110000, None, Y, False, None),
    ("Hourly rate: 25 - 30", 25, 30, None, H, False, None),
    ("USD $120,000", 120000, 120000, "USD", Y, True, None),
    ("US$ 90,000", 90000, 90000, "USD", Y, True, None),
    ("Compensation: $95,000–$120,000 USD", 95000, 120000, "USD", Y, True, None),
    ("A$130,000 — A$150,000 + super", 130000, 150000, "AUD", Y, True, None),
    ("NZ$80,000", 80000, 80000, "NZD", Y, True, None),
    ("CHF 120'000", 120000, 120000, "CHF", Y, True, None),
    ("₹12,00,000 - ₹18,00,000 per annum", 1200000, 1800000, "INR", Y, False, None),
    ("$4,000 - $5,000", 4000, 5000, "USD", M, True, None),
    ("$350 - $450", 350, 450, "USD", D, True, None),
    ("$25/hour DOE", 25, 25, "USD", H, False, None),
    ("£30k–£35k pro rata", 30000, 35000, "GBP", Y, True, None),
    # India's lakh (100,000), as Naukri prints pay: a multiplier once, for both ends; LPA is per annum.
    ("₹ 3.5-6.5 Lacs P.A.", 350000, 650000, "INR", Y, False, None),
    ("CTC: 6.5 LPA", 650000, 650000, "INR", Y, False, None),
    ("Salary: 4 - 6 lakhs per annum", 400000, 600000, "INR", Y, False, None),
    ("₹18L – ₹32L", 1800000, 3200000, "INR", Y, True, None),  # Wellfound's lakhs (blind set S9)
    # Each end with its period, as LinkedIn prints pay (blind set V: the range was read as $22 alone).
    ("$22/hr - $29/hr", 22, 29, "USD", H, False, None),
    ("$22 per hour - $29 per hour", 22, 29, "USD", H, False, None),
    ("£550/day – £650/day", 550, 650, "GBP", D, False, None),
    ("$22/hr - $20/hr", 22, 20, "USD", H, False, None),  # reversed: PAY005's to report
    # Currencies of Africa and Asia by code and by local sign (blind set S6: a KES range was not pay at all).
    ("Salary: KES 450,000 – 650,000 gross per month", 450000, 650000, "KES", M, False, None),
    ("Salary: KSh 80,000 per month", 80000, 80000, "KES", M, False, None),
    ("Basic Salary: Ksh. 35,910 - 48,120 per month", 35910, 48120, "KES", M, False, None),  # blind set S80
    ("Pay: ₦450,000 monthly", 450000, 450000, "NGN", M, False, None),
    ("Salary: RM 5,500 per month", 5500, 5500, "MYR", M, False, None),
    ("Salary: Rp 8.000.000 per month", 8000000, 8000000, "IDR", M, False, None),
    ("Salary: ₱35,000 a month", 35000, 35000, "PHP", M, False, None),
    # The peso's code before a thousands group (blind set S30); "PHP 8.2" stays the language (below).
    ("Salary: PHP 18,000 – 24,000 per month", 18000, 24000, "PHP", M, False, None),
    ("Pay: PHP 25k a month", 25000, 25000, "PHP", M, False, None),
    ("Salary: KES 180,000 – 240,000 gross monthly", 180000, 240000, "KES", M, False, None),  # blind set S34
    # South Africa's rand (blind set S18), and a Japanese wave dash between the ends.
    ("R45 000 - R55 000 per month", 45000, 55000, "ZAR", M, False, None),
    ("Salary: R45,000 per month", 45000, 45000, "ZAR", M, False, None),
    ("Pay: R350k per year", 350000, 350000, "ZAR", Y, False, None),
    # Blind set S38: a contractor's VAT, and a part-time figure's pro rata, between the amount and its period.
    ("B2B: 22 000 – 28 000 PLN net + VAT per month", 22000, 28000, "PLN", M, False, None),
    ("£30,000 pro rata per annum", 30000, 30000, "GBP", Y, False, None),
    # Blind set S78: the VAT in brackets after the net word, then the period.
    ("B2B: 18 000 – 25 000 PLN net (+ VAT) / month", 18000, 25000, "PLN", M, False, None),
    ("€4.800 gross (before tax) per month", 4800, 4800, "EUR", M, False, None),
    # Blind set S43: the currency's code in brackets before the period; the rand's hourly figures.
    ("R18 500 – R22 000 (ZAR) per month", 18500, 22000, "ZAR", M, False, None),
    ("Overtime: R145.00 per hour", 145, 145, "ZAR", H, False, None),
    ("R85 per hour on Sundays", 85, 85, "ZAR", H, False, None),
    # Blind set S42: "base salary" and Ireland's long service increments before the period.
    ("£60,000 – £70,000 base salary per year", 60000, 70000, "GBP", Y, False, None),
    ("€58,196 – €69,646 LSIs per annum", 58196, 69646, "EUR", Y, False, None),
    # Blind set S49: a gross word before a slash and the period.
    ("40,000,000 - 60,000,000 VND gross / month", 40000000, 60000000, "VND", M, False, None),
    ("¥6,000,000〜¥9,000,000 / year", 6000000, 9000000, "JPY", Y, False, None),
    # Blind set S62: 円 after the amount names the yen; 万 is ten thousand.
    ("Base salary: 650万円 – 850万円 a year", 6500000, 8500000, "JPY", Y, False, None),
    ("6,500,000円 – 8,500,000円", 6500000, 8500000, "JPY", Y, True, None),
    ("¥650万 – ¥850万 per year", 6500000, 8500000, "JPY", Y, False, None),
    ("Salary: 30万円/月", 300000, 300000, "JPY", M, False, None),
    # Blind set S72: millions with their currency and a pay word or a period are pay; so are Korea's won and 만원.
    ("Annual salary: KRW 62 million to KRW 70 million per year", 62000000, 70000000, "KRW", Y, False, None),
    ("Annual salary: from KRW 62 million (6,200만원) per year", 62000000, None, "KRW", Y, False, "from"),
    ("Salary: 62 million won a year", 62000000, 62000000, "KRW", Y, False, None),
    ("Salary: KRW 62M", 62000000, 62000000, "KRW", Y, True, None),
    ("VND 25 million per month", 25000000, 25000000, "VND", M, False, None),
    ("Sales Executive salary: VND 25 million per month", 25000000, 25000000, "VND", M, False, None),
    ("OTE (on-target earnings): VND 40 million per month", 40000000, 40000000, "VND", M, False, None),
    ("연봉 6,200만원 per year", 62000000, 62000000, "KRW", Y, False, None),
    # A weighting or reimbursement in the salary's own label is part of the pay, not a perk (review of S67, S73).
    ("Salary including London Weighting: £38,500 - £42,000 a year", 38500, 42000, "GBP", Y, False, None),
    ("Salary (inclusive of London weighting): £42,000 per annum", 42000, 42000, "GBP", Y, False, None),
    ("Pay (travel reimbursed): £18.50 per hour", 18.5, 18.5, "GBP", H, False, None),
    ("Salary inc. London weighting: £42,000 per annum", 42000, 42000, "GBP", Y, False, None),
    ("1,500円/時間", 1500, 1500, "JPY", H, False, None),
    ("$27.00 per hour and up", 27, None, "USD", H, False, "plus"),
    # French and German periods in English postings (blind set S18).
    ("€55k–€65k brut annuel (gross annual base salary)", 55000, 65000, "EUR", Y, False, None),
    ("€3 200 brut par mois", 3200, 3200, "EUR", M, False, None),
    ("€55.000 pro Jahr", 55000, 55000, "EUR", Y, False, None),
    ("€4.500 - €6.000 bruto per maand", 4500, 6000, "EUR", M, False, None),  # Dutch (blind set S20)
    # Portuguese and Spanish (blind set S27): "a" between two amounts, "por mês", "al mes".
    ("R$ 12.000 a R$ 15.000 por mês", 12000, 15000, "BRL", M, False, None),
    ("MXN 25,000 - 30,000 al mes", 25000, 30000, "MXN", M, False, None),
    ("$18 a hour", 18, 18, "USD", H, False, None),
    # A salary schedule's steps in brackets between the ends (blind set S26).
    ("$47,250 (BA, Step 0) to $89,830 (MA+30, Step 22) per year", 47250, 89830, "USD", Y, False, None),
    ("$50,000 (gross) - $60,000 (per year)", 50000, 60000, "USD", Y, False, None),
    # Thousands after a pay word, no currency or period (blind set S29): pay all the same.
    ("Salary 18k in hand", 18000, 18000, None, M, True, None),
    ("salary from 22k", 22000, None, None, Y, True, "from"),
    # A county's steps, labelled, the period before them (blind set S20).
    ("Salary Steps (hourly):\nStep 1 $24.87 | Step 2 $26.11 | Step 3 $27.42", 24.87, 27.42, "USD", H, False, None),
    # A pay scale's points in columns, wrapped over two rows (blind set S19: Ireland's HSE).
    ("Salary scale:\n   €45,034  €46,421  €47,806  €53,336\n   €54,722  €56,102  LSI", 45034, 56102, "EUR", Y, True, None),
]


@pytest.mark.parametrize(("text", "low", "high", "currency", "period", "inferred", "open_ended"), FORMS,
                         ids=[f[0] for f in FORMS])
def test_real_world_forms(text: str, low, high, currency, period, inferred, open_ended) -> None:
    found = parse_salary(text)
    assert found is not None
    got = (found.min, found.max, found.currency, found.period, found.period_inferred, found.open_ended)
    assert got == (low, high, currency, period, inferred, open_ended)
    assert text[found.start : found.end] == found.raw


NOT_PAY = [
    "Competitive salary",
    "Salary: DOE",
    "Pay is negotiable",
    "Compensation commensurate with experience",
    "Paid at market rate",
    "Founded in 2023",
    "10+ years of experience",
    "Occasional travel may be required up to 10%-20% per year.",
    "Call us at (555) 123-4567",
    "Phone: +1 555 123 4567",
    "Generous 401(k) match",
    "401k match up to 6%",
    "SOC 2 Type II and ISO 27001 certified",
    "A team of ~40 people",
    "Manage a $5 million budget",
    "Own a multi-million dollar portfolio",
    "$2M ARR and growing",
    "We raised $40M in our Series B",
    "$1.2B in annual revenue",
    "Must be able to lift 50 pounds",
    "Salary range: GS-15",
    "OPM's 2023 General Schedule (GS) Salary Calculator",
    "24/7 on-call rotation",
    "Hybrid: 3 days a week in the office",
    "40 hours per week",
    "Salary review every 12 months",
    "$1,000 signing bonus",
    "$2,500 annual learning budget",
    "Our success rate is 95 per year",
    "Experience with CAD 3D modelling",
    "Version 2.0 shipped in Q3",
    "Our pay includes a free $5L water bottle",  # a capital L is lakhs only after rupees
    "Our stack: PHP 8 and MySQL 8, with rates of change logged",  # the language, not the peso's code
    "You know PHP 8.2 and Laravel 11 and have shipped 3 apps",
    "Our bureau runs the monthly pay of 900 employers across Ireland",  # a count of clients (blind set S35)
    "We serve 5 lakh customers across India",
    "Our app has 120万 downloads in Japan",  # 万 alone, no yen and no pay word
    # Millions without a pay word or a period, without a currency, or a budget's size (blind set S72).
    "We closed a USD 40 million Series B last spring",
    "Our app serves 2 million customers in Korea",
    "Salary: 62 million per year",  # no currency: millions of what?
    "Salary: USD 2 million a year",  # a million-dollar year is no wage a posting states
    "A KRW 500 million annual budget",
    "New hires receive a sign-on bonus of up to KRW 10 million",
    # Millions after a budget's, a target's or revenue's words, a period or not (review of the S72 fix).
    "- Manage a marketing budget of KRW 50 million per month",
    "- Hit a sales target of VND 300 million per month",
    "- Own a budget of KRW 200 million per year",
    "Grow monthly revenue to VND 500 million per month",
    "In 2019 won the national design award",  # "won" is Korea's won only after a grouped or multiplied figure
    "Tuition reimbursement up to $5,250 per year",  # a benefit's cap, not the pay (blind set S4)
    "A market supplement of £2,000 a year for children's social workers",  # a supplement to the pay (blind set S73)
    "London weighting of £4,000 per annum",
    "Salary supplement of £2,000 a year",  # a pay word right before it names the supplement
    "Our salary is set nationally. London weighting of £4,000 per annum is added",
    # A pay system's limit, not what the job pays.
    "Please note the maximum salary available for the GS pay system is $183,500",
    "Pay is capped by law at the statutory pay cap of $191,900",
    "We maintain the R2 and R3 releases of our pay app",  # "R" before a figure is rand only before a thousands group
    "",
]


@pytest.mark.parametrize("text", NOT_PAY)
def test_numbers_that_are_not_pay(text: str) -> None:
    assert parse_salary(text) is None


def test_megabyte_of_digits_and_dashes() -> None:
    assert parse_salary("1-2-" * 250_000) is None
    assert parse_salary("9" * 1_000_000) is None
    assert parse_salary("salary " + "1 - " * 50_000) is None
    found = parse_salary("$" + "1-" * 500_000)
    assert found is not None and (found.min, found.max) == (1, 1)


def test_grade_and_currency_flags() -> None:
    assert parse_salary("GS-15 ($136,908 to $183,500)").grade == "GS-15"
    assert parse_salary("GS-GS 15 Step 1 - $106,595 to GS-GS 15 Step 10 $138,572").grade == "GS-15"
    ses = parse_salary("GS-Senior Executive Service Step 1 - $132,552 to GS-Senior Executive Service Step 10 $183,300")
    assert (ses.grade, ses.min, ses.max) == ("SES", 132552, 183300)
    assert parse_salary("$90,000").currency_inferred is True
    assert parse_salary("¥5,000,000").currency_inferred is True
    for text in ("US$90,000", "USD 90,000", "USD $90,000", "£90,000", "€90.000", "$90,000 CAD"):
        assert parse_salary(text).currency_inferred is False, text
    assert parse_salary("$90,000 CAD").currency == "CAD"


def test_spans_are_relative_to_the_string() -> None:
    text = "Benefits aside, the pay is $28 - $34 an hour, paid weekly."
    found = parse_salary(text)
    assert (found.start, found.end) == (text.index("$28"), text.index(", paid"))
    assert found.raw == "$28 - $34 an hour"


def test_side_by_side_amounts_must_rise_to_be_a_range() -> None:
    found = parse_salary("$120k $20k bonus")
    assert (found.min, found.max, found.raw) == (120000, 120000, "$120k")


def test_salary_is_frozen() -> None:
    found = parse_salary("$45/hr")
    assert isinstance(found, Salary)
    with pytest.raises(pydantic.ValidationError):
        found.min = 1  # type: ignore[misc]


@pytest.mark.parametrize(("value", "period"), [(15, H), (200, H), (201, D), (1500, D), (1501, M), (19999, M),
                                               (20000, Y), (350000, Y)])
def test_period_bands(value: float, period: str) -> None:
    assert infer_period(value) == period


# -- postings --------------------------------------------------------------
def test_front_matter_string() -> None:
    text = '---\ntitle: Data Engineer\nsalary: "$90,000 - $110,000"\n---\n# Data Engineer\n\nWe pay $1 per hour.\n'
    found = find_salary(parse(text, "markdown"))
    assert (found.min, found.max, found.currency, found.period) == (90000, 110000, "USD", Y)
    assert text[found.start : found.end] == "$90,000 - $110,000"


def test_front_matter_bare_numbers_are_pay() -> None:
    text = "---\nsalary: 90000 - 110000\nsalary_currency: EUR\nsalary_period: monthly\n---\n# Role\n\nText.\n"
    found = find_salary(parse(text, "markdown"))
    assert (found.min, found.max, found.currency, found.period, found.period_inferred) == (
        90000, 110000, "EUR", M, False)
    assert text[found.start : found.end] == "90000 - 110000"


def test_front_matter_min_and_max_keys() -> None:
    text = "---\nsalary-min: 120000\nsalary-max: 140000\ncurrency: GBP\n---\n# Role\n\nText.\n"
    found = find_salary(parse(text, "markdown"))
    assert (found.min, found.max, found.currency, found.period, found.period_inferred) == (
        120000, 140000, "GBP", Y, True)
    assert text[found.start : found.end] == "120000"


def test_front_matter_monetary_amount() -> None:
    text = (
        "---\nbaseSalary:\n  currency: USD\n  value:\n    minValue: 40\n    maxValue: 50\n    unitText: HOUR\n---\n"
        "# Role\n\nText.\n"
    )
    found = find_salary(parse(text, "markdown"))
    assert (found.min, found.max, found.currency, found.period, found.period_inferred) == (40, 50, "USD", H, False)


def test_compensation_section_beats_earlier_mentions() -> None:
    text = (
        "# Platform Engineer\n\nWe grew revenue past $50k per month last year.\n\n"
        "## Compensation\n\n- Base: **120,000 - 140,000** per year\n- 401(k) with 4% match\n"
    )
    found = find_salary(parse(text, "markdown"))
    assert (found.min, found.max, found.currency, found.period) == (120000, 140000, None, Y)
    assert text[found.start : found.end] == "120,000 - 140,000** per year"


def test_salary_line_in_the_preamble() -> None:
    text = "Back to Home\n\nChief Technology Officer (CTO)\n\n💰 $160,000 - $350,000\n\n## Role Definition\n\nLead.\n"
    posting = parse(text, "markdown")
    found = posting.salary
    assert (found.min, found.max, found.currency, found.currency_inferred) == (160000, 350000, "USD", True)
    assert text[found.start : found.end] == "$160,000 - $350,000"


def test_gs_label_line_in_the_body() -> None:
    text = "# 18F: Chapter Director\n\n## Basic information\n\n**Salary range:** GS-15 ($136,908 to $183,500)\n"
    found = find_salary(parse(text, "markdown"))
    assert (found.min, found.max, found.grade) == (136908, 183500, "GS-15")
    assert text[found.start : found.end] == "GS-15 ($136,908 to $183,500)"


def test_no_salary() -> None:
    text = "# Designer\n\n## About the role\n\nJoin a team of ~40 people. 10+ years of experience. SOC 2.\n"
    assert find_salary(parse(text, "markdown")) is None


def test_html_source_offsets() -> None:
    text = "<html><body><h1>Analyst</h1><p>Salary: &pound;42,000 to &pound;48,000 p.a.</p></body></html>"
    try:
        posting = parse(text, "html")
    except ImportError:  # pragma: no cover - the HTML reader is optional here
        pytest.skip("no HTML reader")
    found = find_salary(posting)
    assert (found.min, found.max, found.currency) == (42000, 48000, "GBP")
    assert text[found.start : found.end] == "&pound;42,000 to &pound;48,000 p.a."


def test_pay_mentions() -> None:
    text = (
        "---\nsalary: Competitive\n---\n# Engineer\n\nWe offer a competitive salary (DOE).\n\n"
        "Funded by the Department of Energy (DOE).\n\n## Compensation\n\n$90k-$110k, depending on experience.\n"
    )
    mentions = find_pay_mentions(parse(text, "markdown"))
    assert all(isinstance(m, PayMention) for m in mentions)
    assert [(m.kind, m.text) for m in mentions] == [
        ("vague", "Competitive"),
        ("vague", "competitive salary"),
        ("vague", "DOE"),
        ("salary", "$90k-$110k"),
        ("vague", "depending on experience"),
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_vague_pay_only() -> None:
    posting = parse("# Role\n\nCompensation: negotiable, commensurate with experience.\n", "markdown")
    assert find_salary(posting) is None
    assert [m.text for m in find_pay_mentions(posting)] == ["Compensation: negotiable", "commensurate with experience"]


def test_period_from_the_pages_json_ld_when_the_text_omits_it():
    page = (
        "<html><head><script type=\"application/ld+json\">"
        '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",'
        ' "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",'
        ' "value": {"@type": "QuantitativeValue", "minValue": 45, "maxValue": 55, "unitText": "HOUR"}}}'
        "</script></head><body><h1>Data Engineer</h1><p>Pay: $45 - $55</p></body></html>"
    )
    salary = parse(page, "html").salary
    assert (salary.min, salary.max, salary.period, salary.period_inferred) == (45, 55, "HOUR", False)
    plain = parse("<html><body><h1>Data Engineer</h1><p>Pay: $45 - $55</p></body></html>", "html").salary
    assert (plain.period, plain.period_inferred) == ("HOUR", True)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["$", "€", "USD", "CAD", " ", "k", "K", "million", "to", "-", "–", "per", "year", "hour", "GS", "-12", "a", ",", ".", "٣", "five", "up to", "salary"]), max_size=14))
def test_pay_amounts_always_hold_a_digit(pieces):
    # _scan skips text without a decimal digit: PAY must never match such text.
    from postlint.pay import patterns as P

    text = "".join(pieces)
    match = P.PAY.search(text)
    assert match is None or any(ch.isdecimal() for ch in match.group())


def test_pay_in_eastern_arabic_digits_is_still_scanned():
    # "\d" reads every decimal digit, so the digit gate must too.
    found = parse_salary("Salary: $٩٠,٠٠٠ a year")
    assert found is not None and (found.min, found.max, found.period, found.raw) == (90000.0, 90000.0, "YEAR", "$٩٠,٠٠٠ a year")


@pytest.mark.parametrize(
    ("line", "configured", "severity", "message"),
    [
        # A year's amount read from its size: advice one step below the rule's severity.
        ("Salary: $160,000 - $350,000", None, "info", "'$160,000 - $350,000' does not say per what; read as a year from the amount: write it out."),
        ("Salary: $160,000 - $350,000", "error", "warning", "'$160,000 - $350,000' does not say per what; read as a year from the amount: write it out."),
        # A smaller amount's period is a guess: the rule's own severity.
        ("Salary: $300 - $900", None, "warning", "'$300 - $900' does not say per what; read as a day from the amount: write it out."),
    ],
)
def test_pay_period_severity(line: str, configured: str | None, severity: str, message: str) -> None:
    from postlint.engine.config import Config
    from postlint.engine.linter import lint

    rules = {"PAY003": {"severity": configured}} if configured else {}
    found = lint(f"# Data Engineer\n\n{line}\n", config=Config.model_validate({"select": ["PAY003"], "rules": rules}))
    assert [(d.code, d.severity, d.message) for d in found] == [("PAY003", severity, message)]


@pytest.mark.parametrize(
    ("text", "low", "high", "per", "raw"),
    [
        ("Up to $0.68 per mile", None, 0.68, "mile", "Up to $0.68 per mile"),
        ("$0.55 - $0.68 per mile", 0.55, 0.68, "mile", "$0.55 - $0.68 per mile"),
        ("$25 a delivery", 25.0, 25.0, "delivery", "$25 a delivery"),
        ("$1,200/load", 1200.0, 1200.0, "load", "$1,200/load"),
        # Blind set S39: an adjunct's pay by the teaching.
        ("$1,100 – $1,250 per credit hour", 1100.0, 1250.0, "credit hour", "$1,100 – $1,250 per credit hour"),
        ("$4,500 per course", 4500.0, 4500.0, "course", "$4,500 per course"),
        # Blind set S43: pay periods schema.org has no unit for, read as units of their own.
        ("$2,612.50 - $3,512.00 Biweekly", 2612.5, 3512.0, "two weeks", "$2,612.50 - $3,512.00 Biweekly"),
        ("£1,150 per fortnight", 1150.0, 1150.0, "two weeks", "£1,150 per fortnight"),
        ("$2,400 semi-monthly", 2400.0, 2400.0, "half month", "$2,400 semi-monthly"),
        # Blind set S45: a picker's piece rates.
        ("apples $28.00 per bin", 28.0, 28.0, "bin", "$28.00 per bin"),
        ("cherries $0.32 per pound", 0.32, 0.32, "pound", "$0.32 per pound"),
        ("wine grapes $185 per ton", 185.0, 185.0, "ton", "$185 per ton"),
        # Blind set S44: a freelancer's fixed price for the work.
        ("Milestone 1: $4,800 fixed price", 4800.0, 4800.0, "project", "$4,800 fixed price"),
    ],
)
def test_piece_rates_have_a_unit_of_work_and_no_period(text, low, high, per, raw) -> None:
    s = parse_salary(text)
    assert s is not None
    assert (s.min, s.max, s.per, s.period, s.period_inferred, s.raw) == (low, high, per, None, False, raw)


def test_a_piece_rate_says_per_what() -> None:
    from postlint.engine.config import Config
    from postlint.engine.linter import lint

    found = lint("# Truck Driver\n\nPay: $0.55 - $0.68 per mile\n", config=Config(select=["PAY003"]))
    assert found == []


def test_hourly_and_annual_columns_are_one_rate_not_a_range():
    """Blind set S12: a union pay table gives each step's hourly and annual pay side by side."""
    text = "# Social Worker\n\n| Step | Hourly | Annual |\n| --- | --- | --- |\n| 1 | CAD 35.10 | CAD 66,240 |\n| 2 | CAD 36.40 | CAD 68,700 |\n"
    s = find_salary(parse(text, "markdown"))
    assert (s.raw, s.min, s.max, s.currency, s.period, s.period_inferred) == ("CAD 35.10", 35.1, 35.1, "CAD", "HOUR", False)
    grades = "# Director\n\n| Grade | Minimum | Maximum |\n| --- | --- | --- |\n| GS-15 | $136,908 | $183,500 |\n"
    g = find_salary(parse(grades, "markdown"))
    assert (g.min, g.max) == (136908, 183500)


def test_lanes_of_a_salary_schedule_are_two_salaries_not_a_range():
    """Blind set S14: a school district's schedule by step and lane; a header of bounds stays a range."""
    lanes = "# Teacher\n\n| Step | BA | MA |\n|---|---|---|\n| 1 | $48,210 | $53,150 |\n"
    s = find_salary(parse(lanes, "markdown"))
    assert (s.raw, s.min, s.max) == ("$48,210", 48210, 48210)
    bounds = "# Teacher\n\n| Step | From | To |\n|---|---|---|\n| 1 | $48,210 | $53,150 |\n"
    b = find_salary(parse(bounds, "markdown"))
    assert (b.min, b.max) == (48210, 53150)


def test_yen_written_as_a_word_after_the_amount():
    """Blind set S12: a Japanese page's English line, "from 4,000,000 to 5,500,000 yen"."""
    s = find_salary(parse("Support Agent\n\nAnnual salary: from 4,000,000 to 5,500,000 yen.\n", "text"))
    assert (s.min, s.max, s.currency, s.currency_inferred, s.period) == (4000000, 5500000, "JPY", False, "YEAR")


def test_a_sign_on_bonus_before_the_pay_range_is_not_the_pay():
    s = find_salary(parse("# ICU Nurse\n\nSign-on bonus: $15,000 for nurses.\n\nPay range: $58.75 - $88.10 per hour\n", "markdown"))
    assert (s.raw, s.period) == ("$58.75 - $88.10 per hour", "HOUR")


def test_a_pay_scales_points_in_a_row_are_one_range():
    """Blind set S13: Ireland's HSE prints a scale's points, the period after the last."""
    s = find_salary(parse("Staff Nurse\n\nSalary\n€35,919 – €37,136 – €38,354 – €53,434 per annum\n", "text"))
    assert (s.min, s.max, s.currency, s.period, s.period_inferred) == (35919, 53434, "EUR", "YEAR", False)
    falling = find_salary(parse("# A\n\nPay: €50,000 – €60,000 – €40,000 a year.\n", "markdown"))
    assert (falling.min, falling.max) == (50000, 60000)


def test_naukri_ctc_field_is_the_salary_and_an_insurance_cover_is_no_pay() -> None:
    # Blind set S24: "CTC:" heads the pay on Naukri; the insurance's cover further down is a perk.
    text = (
        "Senior Java Developer\n\nInfosphere Technologies Pvt. Ltd.\n\nExperience: 4 - 8 Years\nCTC: ₹ 12 - 18 LPA\n\n"
        "Perks and Benefits\n\n- Group medical insurance of ₹5,00,000 for you and your family.\n"
    )
    salary = parse(text, path="job.txt").salary
    assert salary is not None and (salary.min, salary.max, salary.currency, salary.period) == (1_200_000, 1_800_000, "INR", "YEAR")
    alone = parse("Java Developer\n\nWe are hiring in Pune.\n\n- Group medical insurance of ₹5,00,000 for you.\n", path="job.txt")
    assert alone.salary is None


@pytest.mark.parametrize(
    ("value", "currency", "period"),
    [
        (21_000, "PLN", "MONTH"),  # blind set S25: a Polish month's pay
        (45_000, "SEK", "MONTH"),
        (204_000, "PLN", "YEAR"),
        (1_800_000, "INR", "YEAR"),  # India's yearly CTC
        (600_000, "INR", "YEAR"),
        (6_000_000, "JPY", "YEAR"),
        (21_000, "USD", "YEAR"),
        (21_000, None, "YEAR"),
        (4_500, "PLN", "MONTH"),
        # Blind set S78: less than any full-time year pays, in a currency of many units to the dollar.
        (11_000_000, "VND", "MONTH"),  # USD 440: a Vietnamese factory month
        (47_110, "KES", "MONTH"),  # a Kenyan county nurse's month (blind set S60)
        (300_000, "VND", "DAY"),
        (25_000, "VND", "HOUR"),
        (120_000, "INR", "YEAR"),  # USD 1,400: a low yearly CTC still
        (90_000_000, "VND", "YEAR"),
    ],
)
def test_inferred_period_weighs_the_currency(value, currency, period) -> None:
    assert infer_period(value, currency) == period


def test_an_allowance_is_no_salary() -> None:
    # Blind sets S28, S29: an allowance in the pay section was taken for the salary over the header's range.
    text = (
        "Accounts Executive\nTampines Industrial Avenue 5, Singapore 528757\nPermanent, Full Time\n$3,800 to $4,500 Monthly\n\n"
        "Roles & Responsibilities\n\nYou will handle full set accounts for our Singapore office and process payroll for 45 staff.\n\n"
        "Remuneration and Benefits\n\n"
        "- 14 days annual leave\n- Transport allowance of $150 per month\n\nHow to Apply\n\nClick \"Apply Now\" and attach your resume.\n"
    )
    import postlint

    assert [d.code for d in postlint.lint(text, path="job.txt") if d.code in ("PAY005", "PAY002")] == []
    salary = postlint.parse(text, path="job.txt").salary
    assert salary is not None and (salary.min, salary.max, salary.period) == (3800, 4500, "MONTH")


def test_a_401k_after_a_pay_word_is_no_salary() -> None:
    assert parse_salary("Competitive salary and 401k match") is None


def test_the_period_on_the_line_under_the_amount() -> None:
    # Blind set S30: Upwork prints the amount, then "Hourly range" on the next line; PAY003 asked per what.
    import postlint

    text = "Shopify Developer\n\nWe are a skincare brand in Austin. You will fix checkout bugs.\n\n$35.00-$55.00\nHourly range\n\nIntermediate\nExperience level\n"
    salary = postlint.parse(text, path="job.txt").salary
    assert (salary.min, salary.max, salary.period, salary.period_inferred) == (35, 55, "HOUR", False)
    assert [d for d in postlint.lint(text, path="job.txt") if d.code == "PAY003"] == []


def test_a_board_panel_is_the_pay() -> None:
    # Blind set S72: Upwork's "$350" over "Fixed-price" is the pay, not "up to $60 each" in the prose above it.
    import postlint

    text = "Copywriter\n\nFuture emails pay up to $60 each if we keep working together.\n\n$350\nFixed-price\n\nIntermediate\n"
    salary = postlint.parse(text, "text", path="job.txt").salary
    assert (salary.min, salary.max, salary.per, salary.period, salary.raw) == (350, 350, "project", None, "$350")
    text = "Copywriter\n\nRush jobs pay $80 each.\n\n$35.00-$55.00\nHourly range\n"
    salary = postlint.parse(text, "text", path="job.txt").salary
    assert (salary.min, salary.max, salary.period, salary.period_inferred) == (35, 55, "HOUR", False)


@pytest.mark.parametrize(
    ("text", "per", "period"),
    [("Future emails pay up to $60 each if we keep working together.", "item", None),
     ("We are hiring two teachers at $58,000 each.", None, "YEAR"),  # a salary each, not a price
     ("$25 each hour", None, "HOUR")],
)
def test_a_price_each(text: str, per, period) -> None:
    s = parse_salary(text)
    assert (s.per, s.period) == (per, period)


def test_a_tables_period_in_the_line_that_leads_into_it() -> None:
    # Blind set S33: "The bands for this role are per year:" over a table of bands; PAY003 asked per what.
    import postlint

    text = "# Frontend Engineer\n\nThe bands for this role are per year:\n\n| Location | Band |\n|---|---|\n| United States | $170,000 – $200,000 USD |\n"
    salary = postlint.parse(text, path="a.md").salary
    assert (salary.min, salary.max, salary.period, salary.period_inferred) == (170000, 200000, "YEAR", False)
    # A line that does not lead into the table (no colon) gives no period.
    other = postlint.parse(text.replace("per year:", "per year."), path="a.md").salary
    assert other.period_inferred is True


@pytest.mark.parametrize(
    ("text", "hinted"),
    [
        ("R45 000 a month", True),  # the rand before its amount, at the start
        ("Earn R 12,500 monthly", True),
        ("(R45 000)", True),
        ("PR 45 000 units shipped", False),  # a letter before the R: a word, not the rand
        ("Overtime rate: R145.00", True),  # blind set S43: an hourly figure with its cents
        ("Release R2 ships in May", False),
        ("Grade 12 and 3 years", False),
        ("USD 120k", True),
    ],
)
def test_currency_hint_reads_the_rand_only_after_no_letter(text: str, hinted: bool) -> None:
    from postlint.pay.patterns import HINT_SYMBOLS

    assert (HINT_SYMBOLS.search(text) is not None) is hinted


def test_a_service_years_living_allowance_is_its_pay_and_its_education_award_is_not() -> None:
    # Blind set S41: the award "of up to $7,395" was taken for the pay (PAY002, PAY003), the living allowance skipped.
    text = (
        "# Service Year Fellow\n\n## Stipend and benefits\n\n- Living allowance: $2,150 per month before taxes\n"
        "- Segal AmeriCorps Education Award of up to $7,395 after you complete your term\n"
    )
    s = find_salary(parse(text, "markdown"))
    assert (s.raw, s.min, s.period) == ("$2,150 per month", 2150.0, "MONTH")
    # Another allowance is still no pay: a car allowance beside the salary.
    car = find_salary(parse("# Sales Rep\n\n- Car allowance: $600 per month\n- Salary: $60,000 a year\n", "markdown"))
    assert car.raw == "$60,000 a year"



@pytest.mark.parametrize(
    ("text", "fmt", "raw"),
    [
        # Blind set S70: the night differential under "Pay and benefits" is no pay; the labelled range above it is.
        ("<h1>Radiologic Technologist</h1>\n<p>Pay: $31.50 – $42.75 per hour.</p>\n<h2>Pay and benefits</h2>\n"
         "<ul><li>Night shift differential of $4.00 per hour and weekend differential of $2.50 per hour</li>\n"
         "<li>Per diem rate: starting at $45.00 per hour for extra shifts</li></ul>\n", "html", "$31.50 – $42.75 per hour"),
        # A differential named after its figure, and the pay later in the same section.
        ("# Nurse\n\n## Compensation\n\n- $3.00 an hour night shift differential\n- Base pay: $38 - $46 per hour\n", "markdown", "$38 - $46 per hour"),
        # A differential and nothing else: it is all the pay there is.
        ("# Nurse\n\n## Compensation\n\n- Night shift differential of $4.00 per hour\n", "markdown", "$4.00 per hour"),
        # "plus premium" after the pay names no differential.
        ("# Nurse\n\n## Compensation\n\nSalary: $52,000 - $58,000 per year plus premium pay on holidays.\n", "markdown", "$52,000 - $58,000 per year"),
        # A differential in the pay's own label is no other rate: the range is the pay, not the fee below it.
        ("# RN\n\n## Compensation\n\nBase pay range (before shift differentials): $38.00 – $52.00 per hour\n\nEmployee parking: $45 per month\n",
         "markdown", "$38.00 – $52.00 per hour"),
        ("# RN\n\n## Compensation\n\nPay range, excluding premiums: $38.00 – $52.00 per hour\n\nUniform fee: $20 per month\n", "markdown",
         "$38.00 – $52.00 per hour"),
        ("# RN\n\n## Compensation\n\nPay range (excl. premiums): $38.00 – $52.00 per hour\n\nParking: $45 per month\n", "markdown",
         "$38.00 – $52.00 per hour"),
        # A "pay differential" is one: the base pay after it is the pay.
        ("# Nurse\n\n## Compensation\n\n- Weekend pay differential of $2.50 per hour\n- Base pay: $38 - $46 per hour\n", "markdown", "$38 - $46 per hour"),
        ("# Nurse\n\n## Compensation\n\n- Salary $38/hr plus a night differential of $4/hr\n", "markdown", "$38/hr"),
    ],
)
def test_a_differential_gives_way_to_the_labelled_pay(text: str, fmt: str, raw: str) -> None:
    assert parse(text, fmt).salary.raw == raw


def test_a_month_of_dong_is_not_read_as_a_year() -> None:
    # Blind set S78: "Salary: 8,500,000 - 11,000,000 VND" (USD 340-440) with no period was guessed to be a year's.
    found = parse_salary("Salary: 8,500,000 - 11,000,000 VND")
    assert found is not None and (found.max, found.currency, found.period, found.period_inferred) == (11_000_000, "VND", "MONTH", True)


def test_a_perk_before_the_salary_leaves_the_salary_whole() -> None:
    # Review: "relocation support" before "and a salary of" read the range's first figure as the perk's money.
    from postlint.readers import parse

    posting = parse("# Senior Geologist\n\nWe offer relocation support and a salary of $95,000 - $120,000 per year, full-time.\n", "markdown")
    assert posting.salary is not None and (posting.salary.min, posting.salary.max) == (95000, 120000)
    # Near-miss: the relocation payment's own figure is still no salary.
    posting = parse("# Senior Geologist\n\nA relocation payment of up to €3,000 is available.\n", "markdown")
    assert posting.salary is None
