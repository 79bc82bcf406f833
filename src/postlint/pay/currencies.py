"""The currencies postings use: their ISO 4217 codes, their signs and roughly how many of each buy a US dollar.

Read by :mod:`postlint.pay.patterns` (which builds its expressions from them and passes them on)."""

from __future__ import annotations

# ISO 4217 codes postings use; upper case only, so "try"/"cad" as words never match.
# Codes that are also common words or acronyms in postings are WORD_CODES below, and PHP
# (the language) is a sign of its own (patterns._PESO). SAR (a bank's suspicious activity
# report) is in: a code counts only right beside an amount.
CODES = (
    "USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF JPY CNY INR SGD HKD BRL MXN ZAR ILS AED TWD KRW RON "
    "BGN ISK TRY KES NGN GHS EGP TZS UGX ETB XOF PKR BDT LKR IDR MYR THB VND QAR SAR KWD BHD OMR JOD ARS CLP UAH RUB RSD "
    # The Americas', Africa's and Asia's other currencies that are no word or acronym of their own (blind set S75).
    "UYU PYG BOB GTQ JMD BBD XCD BZD GYD HTG VES XAF RWF ZMW MWK MZN BWP AOA DZD TND MUR LYD "
    "MMK KHR LAK KZT UZS AZN AFN IQD LBP BND"
).split()
# Codes that are words or acronyms too (COP the climate conference, PEN pen testing, MAD, NPR the radio, DOP a
# director of photography, CRC a checksum, AMD the chipmaker, GEL, NAD, MVR a driver's motor vehicle record, MNT
# medical nutrition therapy, HNL Honolulu's airport, TTD The Trade Desk): a currency only beside a salary-sized
# figure, "COP 2.800.000", "PEN 2,500", "2.800.000 COP", "AMD 450,000" (blind set S75). The first five take four
# plain digits ("PEN 2500", not a year); the others only a grouped figure or a "k".
WORD_CODES = ("COP", "PEN", "MAD", "NPR", "DOP")
WORD_CODES_GROUPED = ("CRC", "AMD", "GEL", "NAD", "MVR", "MNT", "HNL", "TTD")
# Both kinds, for what only asks whether letters may be such a currency.
WORD_CURRENCY_CODES = WORD_CODES + WORD_CODES_GROUPED

# Roughly how many units of a currency buy one US dollar (2025, rounded): PAY005 raises its
# upper bounds of a plausible amount by this much, so "KES 650,000 a month" or "¥400,000 a
# month" is not called implausible. A factor of two either way changes nothing that matters.
UNITS_PER_USD: dict[str, float] = {
    "JPY": 150, "KRW": 1400, "INR": 85, "KES": 130, "NGN": 1500, "GHS": 13, "EGP": 50, "TZS": 2600, "UGX": 3700,
    "ETB": 120, "XOF": 600, "PKR": 280, "BDT": 120, "LKR": 300, "IDR": 16000, "MYR": 4.5, "THB": 34, "VND": 25000,
    "PHP": 57, "HUF": 360, "CZK": 23, "ISK": 138, "CLP": 950, "ARS": 1000, "UAH": 41, "RUB": 90, "RSD": 105,
    "TWD": 32, "CNY": 7.2, "HKD": 7.8, "SEK": 10.5, "NOK": 10.8, "DKK": 6.9, "MXN": 18, "BRL": 5.5, "ZAR": 18,
    "ILS": 3.7, "AED": 3.7, "TRY": 35, "PLN": 4, "RON": 4.6, "QAR": 3.6, "SAR": 3.75, "BGN": 1.8,
    # U.S. Treasury, Reporting Rates of Exchange as of 30 June 2026 (fiscaldata.treasury.gov), rounded.
    "COP": 3450, "PEN": 3.4, "MAD": 9.4, "NPR": 151, "DOP": 59, "CRC": 450, "AMD": 370, "GEL": 2.6, "NAD": 16.4,
    "UYU": 40, "PYG": 6070, "BOB": 6.85, "GTQ": 7.6, "HNL": 26.7, "JMD": 159, "TTD": 6.75, "BBD": 2, "XCD": 2.7,
    "BZD": 2, "GYD": 215, "HTG": 130, "VES": 620, "XAF": 576, "RWF": 1450, "ZMW": 18, "MWK": 1750, "MZN": 63,
    "BWP": 12.8, "AOA": 910, "DZD": 133, "TND": 2.9, "MUR": 47, "LYD": 6.4, "MMK": 3670, "KHR": 4020, "LAK": 22300,
    "MNT": 3580, "KZT": 478, "UZS": 12000, "AZN": 1.7, "AFN": 65, "IQD": 1310, "LBP": 89500, "BND": 1.3, "MVR": 15.4,
}

# Symbol -> (code, inferred). A bare "$" or "¥" names several currencies, so the
# code is a guess; prefixed dollars and the other symbols are unambiguous.
SYMBOLS: dict[str, tuple[str, bool]] = {
    "US$": ("USD", False), "USD$": ("USD", False), "CA$": ("CAD", False), "CAN$": ("CAD", False),
    "C$": ("CAD", False), "AU$": ("AUD", False), "A$": ("AUD", False), "NZ$": ("NZD", False),
    "HK$": ("HKD", False), "SG$": ("SGD", False), "S$": ("SGD", False), "R$": ("BRL", False),
    "MX$": ("MXN", False), "NT$": ("TWD", False), "$": ("USD", True), "€": ("EUR", False),
    "£": ("GBP", False), "¥": ("JPY", True), "₹": ("INR", False), "₩": ("KRW", False), "₪": ("ILS", False),
    "zł": ("PLN", False), "euro": ("EUR", False), "euros": ("EUR", False), "dollar": ("USD", True),
    "dollars": ("USD", True), "yen": ("JPY", False), "円": ("JPY", False),
    # Local signs: Kenya's shilling, Malaysia's ringgit and Indonesia's rupiah as written before amounts.
    "KSh": ("KES", False), "Ksh": ("KES", False), "KShs": ("KES", False), "Kshs": ("KES", False),
    # With the abbreviation's full stop, as Kenyan county boards write it: "Basic Salary: Ksh. 35,910" (blind set S80).
    "KSh.": ("KES", False), "Ksh.": ("KES", False), "KShs.": ("KES", False), "Kshs.": ("KES", False),
    "RM": ("MYR", False), "Rp": ("IDR", False), "Rp.": ("IDR", False), "₦": ("NGN", False), "₱": ("PHP", False),
    "฿": ("THB", False), "₫": ("VND", False), "₽": ("RUB", False), "₴": ("UAH", False), "₺": ("TRY", False),
    "₵": ("GHS", False), "R": ("ZAR", False), "PHP": ("PHP", False),
    # Bangladesh's taka as bdjobs writes it, "Tk. 35000" (blind set S74), and Peru's sol, "S/ 2,500".
    "Tk": ("BDT", False), "Tk.": ("BDT", False), "৳": ("BDT", False), "S/": ("PEN", False), "S/.": ("PEN", False),
    # Korea's won after its amount: "62 million won", "6,200만원" (blind set S72).
    "won": ("KRW", False), "원": ("KRW", False),
}
