"""READ016: acronyms used without being spelled out, and the vocabulary of capitals it shares
with READ014 (the allowed acronyms, dictionary words, runs of capitals)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from postlint.builtin.readability.capitals import (
    CAPS_RUN,
    acronym_data,
    allowed_acronyms,
    cried_word,
    english_word,
    spoken_run,
)
from postlint.builtin.readability.copied_text import copied_text
from postlint.builtin.readability.direct_messages import direct_message
from postlint.builtin.readability.long_forms import (
    LongForms,
    defined,
    defined_outside_blocks,
    first_long_forms,
    hyphenated_long_forms,
    spelled_just_before,
)
from postlint.builtin.readability.name_lists import in_name_list
from postlint.builtin.readability.own_names import own_names, restates_title
from postlint.builtin.readability.prose import ReadRule
from postlint.builtin.readability.state_codes import foreign_state_code
from postlint.builtin.readability.style import capital_matches
from postlint.engine.rule import Context, Rule
from postlint.engine.scope import scope_blocks
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.model.schema import QUALIFICATION_KINDS
from postlint.pay.patterns import CODES as CURRENCY_CODES
from postlint.pay.patterns import META_TEXT_KEYS as PAY_TEXT_KEYS
from postlint.pay.patterns import WORD_CURRENCY_CODES, meta_key


@lru_cache(maxsize=1)
def _proper_names() -> re.Pattern[str]:
    """Names with capitals inside ("Athena SWAN", "IG Metall"): their capitals are the name."""
    names = sorted(acronym_data().get("names", []), key=lambda n: (-len(n), n))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")


@lru_cache(maxsize=1)
def _maker_before() -> re.Pattern[str]:
    """A maker of trucks, plant or aircraft right before: its model follows ("Volvo VNLs")."""
    makers = sorted(acronym_data().get("makers", []), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in makers) + r")\s+$")


@lru_cache(maxsize=1)
def _product_codes() -> dict[str, frozenset[str]]:
    return {maker: frozenset(codes) for maker, codes in acronym_data().get("product_codes", {}).items()}


def _product_code(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is one of the products a maker right before it names by capitals."""
    before = text[max(0, start - 16) : start].rstrip(" \t").rsplit(None, 1)[-1:] or [""]
    codes = _product_codes().get(before[0])
    return codes is not None and word in codes


@lru_cache(maxsize=1)
def _brand_lines() -> dict[str, re.Pattern[str]]:
    """A maker known by its capitals -> one of its product lines or the part it makes, right after ("ARM Cortex-M");
    letters known before the noun they name -> those nouns ("GP surgeries")."""
    lines = {**acronym_data().get("known_before", {}), **acronym_data().get("brands", {})}
    return {
        brand: re.compile(r"(?:(?<![ \t])[ \t]++|-)(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
                          + r")(?i:s)?(?![^\W\d_])")
        for brand, words in lines.items()
    }


# A head noun that says what a name is, so its letters need no spelling out.
_KIND_AFTER = re.compile(
    # The blanks are taken once, from their first (a run of blanks is not retried from each of its places).
    r"(?<!\s)\s++(?:"
    # A transit operator's bus or train: "the RTC bus" (blind set S42), "an MTA train".
    r"(?:station|stations|gun|guns|scanner|scanners|trade\s+fair|fair|expo|exhibition|airport|bus|buses|train|trains|tram|trams)\b"
    # The terminal a shop's worker rings sales on: "the POS terminal" (blind set S99); not "till", also "until".
    r"|(?:terminal|terminals)\b"
    # A clearance an authority issues, by its letters: "NBI clearance" (S99), a Filipino's standard pre-employment paper, as
    # "police clearance". Not a check, card, certificate or licence, where the letters name the scheme to know ("a DBS
    # check", "an RSA certificate": blind sets' planted findings).
    r"|(?:clearance|clearances)\b"
    # A place named by a brand's letters: "SM City Cebu", "IBM Plaza" (S30 re-score).
    r"|(?:City|Plaza|Mall|Tower|Towers|Centre|Center|Square|Building|Campus|Park|Market|Markets)\b"
    # or by one word that ends in such a place ("SM Megamall", "SM Southmall", "Technopark", blind set S99): a name,
    # where "SLA Reports" is not. Bounded, so a long word is scanned once.
    r"|[A-Z][a-z]{1,12}(?:mall|malls|plaza|park|market|center|centre|tower|towers|city)\b"
    # A product by its edition: "IDA Pro" (blind set S62), "XYZ Studio"; a carrier's trading name: "J&T Express"
    # beside Ninja Van (blind set S75), "XPO Logistics".
    r"|(?:Pro|Studio|Suite|Express|Logistics|Airlines|Airways)\b(?![-'’]\w))"
)
# A pension fund by its letters: "the ABP pension fund" (blind set S71), "the LGPS Pension Scheme"; not a kind of
# pension, defined benefit or contribution or additional contributions ("a DB pension scheme").
_PENSION_AFTER = re.compile(r"(?<!\s)\s++(?i:pension)\s++(?i:funds?|schemes?|plans?)\b")
_PENSION_KINDS = frozenset({"DB", "DC", "AVC"})
# Firms' suffixes the allow list holds: known as such only after the firm's name ("Crestfield Bank PLC").
_SUFFIXES = frozenset({"PLC", "LLC", "LLP", "LTD", "INC", "KG"})
_NAME_BEFORE = re.compile(r"[A-Z][\w&'’.-]*,?\s+$")


def _shouted_phrases(text: str) -> list[re.Match[str]]:
    """The phrases of ``text`` shouted in capitals: READ016's own reading, and every phrase READ014 reports,
    in any language ("¡¡APLICA YA!!", blind set S73), so no word is reported under both codes."""
    runs = [r for r in CAPS_RUN.finditer(text) if _shouted_run(r.group(0))]
    # A lone word READ014 reports too: a dictionary word or one too long for an acronym ("Only SHORTLISTED
    # candidates", blind set S106).
    return runs + [r for r in capital_matches(text) if CAPS_RUN.fullmatch(r.group(0)) or r.group(0).isalpha()]


def _shouted_run(run: str) -> bool:
    words = re.findall(r"[A-Z]+", run)
    # Two dictionary words are a phrase shouted too ("interview THIS WEEK", blind set S69), as READ014 reads them.
    return any(english_word(w) for w in words) or spoken_run(words, least=2)


# Grade and level codes ("EX-05", "IT-03") are names, not acronyms to spell out.
# "Not after a word character, &, / or ." (".NET" is a name) is tested once the first capital is taken
# ((?<![\w&/].) looks back over it): a pattern that opens with a capital lets the
# regex engine skip ahead to capitals, twice as fast as opening with the lookbehind.
# Capitals joined by a hyphen ("HEC-RAS", "MIL-STD") are one product or standard name, not two acronyms.
# ("pre-IPO", "non-GSA" still name one.)
# Also the mixed-case "… as a Service" family: "BaaS", "DBaaS", "MLaaS" (blind set S94); other words in camel case
# ("DevOps", "GitHub") are names, not initialisms.
_ACRONYM = re.compile(r"([A-Z](?<![\w&/.].)(?<![A-Z0-9]-.)(?:[A-Z0-9&]*[A-Z]|[A-Z]{0,3}aaS))(s?)(?![\w&])(?!-\d)(?!-[A-Z])")


# A chemical formula of common elements with a digit in it: "H2S", "H2SO4", "SO2" (blind set S15).
_CHEMICAL_FORMULA = re.compile(r"(?:(?:H|He|Li|B|C|N|O|F|Na|Mg|Al|Si|P|S|Cl|K|Ca|Fe|Cu|Zn|Br|Ag|I|Pb|Hg|Mn|Cr|Ni|Co|Sn|Ba)\d{0,2}){2,}")


class AcronymFirstUse(ReadRule):
    code: str = "READ016"
    name: str = "acronym-first-use"
    summary: str = "An acronym is used without being spelled out the first time."
    why: str = "Candidates from other companies and industries may not know internal or niche acronyms; spell one out on first use, e.g. 'service-level agreement (SLA)'."
    source: str = "https://www.plainlanguage.gov/guidelines/words/minimize-abbreviations/"
    example: str = "# Engineer\n\nYou will own our SLAs."
    passing: str = "# Engineer\n\nYou will own our service-level agreements (SLAs) and talk to the CEO."
    severity: str = "info"
    notes: str = (
        "A capitalised long form met earlier in the posting counts as spelling out, brackets or not ('the Computer Systems group', "
        "then 'CS'; 'Y Combinator', then 'YC'; the title's 'Customer Experience Team Lead', then 'CX': X stands for Experience or Exchange); a lower-case one met earlier ('accounts payable', then 'AP') does not, since any two words would. Words right before "
        "the acronym in brackets whose initials it is spell it out in any case ('service-level agreements (SLAs)'). Where the letters are "
        "not their initials (a translation), a capitalised name right before the brackets glosses it ('Employee Capital Plans (PPK)'), and "
        "so does a short phrase of any case opening its item or clause ('Profit sharing (PLR)', 'Full-time, permanent contract (CDI)'); "
        "one word ('Python (AWS)'), a phrase inside a sentence and a kind of tool before an example ('Cloud platforms (OCI)') "
        "gloss nothing. Language levels "
        "('at a BBB level', 'bilingual imperative CBC/CBC') are grades; a legal citation ('5 CFR 213.3102', 'RCW 49.58.110') keeps its fixed form, as does quoted text a candidate is told to copy "
        "(a subject line or reference after 'subject', 'reference', 'quote', 'mention' or 'use the code': 'with the subject line \"Mainframe - BLR\"'; "
        "a board's code word after 'mention the word' or 'use the code' is copied quoted or not: 'mention the word GLIMMER'; "
        "other quoted text is prose). A "
        "part of a name does not ('General Services Administration' spells GSA, not GS), but for its last three capitalised words ('… Independent School District', then 'ISD'). Three or more tools or standards "
        "listed among the qualifications or the duties, in a bullet or a sentence ('especially EKS, SES and SQS', 'using JAWS, NVDA, VoiceOver', 'data in Stata, SPSS or R is required', 'experience "
        "with ACH, RTP or FedNow') are names a candidate knows, not jargon; a business's paperwork ('SLA, SOW and RFP') stays "
        "jargon however listed. Neither are words of a phrase shouted in capitals ('CALL OR TEXT NOW', '¡¡APLICA YA!!', '100% PAID!!': "
        "whatever READ014 reports), "
        "the start of a name spelled out before its acronym ('HM Revenue & Customs (HMRC)'), an acronym spelled out earlier "
        "with a class ('commercial driver's license (CDL-A)', then 'CDL'), or letters before a noun that says what they "
        "name ('an RF gun', 'MRT station', 'the RTC bus', 'the POS terminal', 'NBI clearance', a place, also in one word: 'SM City Cebu', 'SM Megamall', not 'a DBS check' or 'an RSA certificate', a product's edition: 'IDA Pro', a product's version by letters after it: 'Windows XP', 'Dynamics AX', a model after its maker of trucks, plant or aircraft: 'Volvo VNLs', a product or module of SAP's, Cisco's and other software or network makers' after its name, and the same letters later: 'SAP GUI', 'Cisco IOS' (not 'SAP EPC'), a maker known by its capitals before its product line or part: 'ARM Cortex-M', 'AMD EPYC servers' (not 'an ARM loan'), a family doctor's place: 'GP surgeries', 'GP practice' (not a fund's 'GPs'), a carrier: 'J&T Express', a pension fund: 'the ABP pension fund', not "
        "a kind of pension: 'a DB pension scheme'). A copyright's holder ('© 2026 WUZZUF') is a name, as is the page's own name in capitals: its job board's or employer's, standing alone on a line of the page's chrome ('XING' over the board's menu), ending its <title> ('… | XING') or in the employer's declared name, a country's letters are known in a posting paid in its dollars ('HK permanent residents' beside 'HK$28,000'), as are capitals paired with a named project or place ('such as NEOM and the Red Sea Project'), a line's label for a degree's level its board's field ('UG: B.Tech in Any Specialization'). A firm's suffix (PLC, LLC) is known only after the firm's name, a time zone "
        "(AEDT, BST, IST) after a time ('11:55 pm AEDT'). A plain-text header's pay line ('Salary: MPS/UPS') is read as prose; "
        "its other fields (firm, place) are not. So are the words before 'hiring' in a headline for a title ('Reputed MNC company "
        "hiring Telecallers'); a title's own codes ('ICU Nurse') are not read, nor those of a 'Job title:' field that gives the title again. Never reported: the acronyms every reader knows, listed in "
        "rules/readability/acronyms.toml (CEO, HR, PTO, RN, CV, GDPR, NHS, US state and Canadian province codes…), "
        "plus any in the rule's `allow` option; a US state's code, though, only in a posting paid in North America's money (dollars, "
        "pesos) or where it reads as a place ('Lansing, MI', 'MI 48933'): 'Produce MI' in a posting paid in pounds is management information; DC too "
        "is reported there (a data centre in a posting paid in yen), but not in 'Washington DC' or as a direct current ('24V DC', 'DC motors'). Paperwork listed among other tools is a tool ('APQP, PPAP, FMEA, MSA and SPC'). DM as a direct message ('DM me', "
        "'send us a DM') is an everyday word, and in a posting that uses it so, so are its other DMs ('reads every DM'), but 'the DM' (a person)."
    )
    allow: list[str] = []

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        allowed = allowed_acronyms() | set(self.allow)
        # Prose only: the title and a "Keywords: SEO, LLM" declaration are not read as sentences.
        body = {id(b) for b in scope_blocks(posting, "prose")}
        fields = _pay_fields(posting) + _hirer_in_title(posting)
        field_ids = {id(b) for b in fields}
        body |= field_ids
        seen: set[str] = set()
        named: set[str] = set()  # acronyms a list of tools or standards named: names again among the skills and duties
        long_forms = LongForms(posting)
        spelled_later: dict[str, int] | None = None  # acronym -> where a long form first spells it, once a finding asks
        hyphenated: dict[str, int] | None = None  # "CDL" -> where "(CDL-A)" is spelled out, once an acronym asks
        for block in sorted((*posting.blocks(), *fields), key=lambda b: b.start) if fields else posting.blocks():
            long_forms.reach(block)
            text = block.text
            if restates_title(text, posting.title):
                continue  # "Job title: TechToGov - TTS: GS 13 …" under the same title: the title's codes, not prose
            if text.isupper() and id(block) not in field_ids:
                continue  # a shouted line is READ014's business (a field's value of letters is no line: "Salary: MPS/UPS")
            shouted: list[re.Match[str]] | None = None  # shouted phrases, found once a block needs them
            names: list[tuple[int, int]] | None = None  # names with capitals inside, likewise
            listed: set[str] = set()  # acronyms this block lists as names: judged once per block
            for m in _ACRONYM.finditer(text):
                word = m.group(1)
                if word in seen or word in listed:
                    continue  # spelled out or reported already ("programmable logic controllers (PLCs)", then "PLC", blind set S35)
                if word in _SUFFIXES and not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    pass  # "weekly PLC meetings" in a school: a Professional Learning Community, not a firm's suffix (blind set S26)
                elif word in allowed or word + m.group(2) in allowed or sum(c.isupper() for c in word) < 2:
                    if not foreign_state_code(posting, text, m.start(1), m.end(1)):
                        continue  # "Produce MI" in a posting paid in pounds: management information, not Michigan (blind set S98)
                if word.isupper() is False and not word[:1].isupper():
                    continue
                if english_word(word):
                    continue  # a word in capitals ("UPDATED"), READ014's business, not an acronym
                if text.startswith("!", m.end()) and cried_word(m.group(0)):
                    continue  # a short word cried ("100% PAID!!"), READ014's shout
                if not word.isalpha() and _CHEMICAL_FORMULA.fullmatch(word):
                    continue  # a formula ("H2S", "SO2"): written so in every safety sheet, nothing to spell out
                if text.startswith("$", m.end()) and len(word) <= 3:
                    continue  # a currency's country: "NZ$26", "HK$100"
                if len(word) == 2 and word in _dollar_places(posting):
                    continue  # that country elsewhere in a posting paid in its dollars: "HK permanent residents" beside "HK$28,000" (blind set S93)
                if word == "RM" and _AMOUNT_AFTER.match(text, m.end()):
                    continue  # Malaysia's ringgit before its amount: "RM 500 monthly" (blind set S36)
                if word in _WORD_CURRENCIES and (
                    _AMOUNT_AFTER.match(text, m.end()) or _NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start())
                ):
                    continue  # a currency whose code is a word too, beside its amount: "MAD 12,000", "2.800.000 COP" (review)
                if word in CURRENCY_CODES or word in _PAY_PERIODS:  # beside its amount or not ("paid in USD, or AED if you prefer", blind set S28)
                    continue  # an ISO 4217 code ("SEK 32 000", "paid in AED"): what PAY004 asks for; a period, "$28.75 HOUR"
                if word in _UNITS and _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # a unit after its number: "2 GB firmware images", "a 40 TB cluster"
                if word in _TIME_ZONES and (_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _ZONE_AFTER.match(text, m.end())
                                            or text[max(0, m.start() - 4) : m.start()].rstrip().endswith("/")):
                    continue  # a clock's zone after its time: "11:55 pm AEDT", "9am BST" (precision sample 2424)
                if _MAILBOX_REST.match(text, m.end()) or (_POSTAL_CODE.fullmatch(word) and _POSTAL_REST.match(text, m.end())):
                    continue  # an e-mail address ("VHATUCHR@va.gov", "STATCAN.datascience@…") or a Canadian postal code ("L5B 1M2")
                if _REFERENCE_REST.match(text, m.end()):
                    continue  # the head of a reference number: "Advertisement No. DGPCL/HR/REC/03/2026" (blind set S59)
                if _DOTTED_NAME.match(text, m.end()) or _EIRCODE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                    continue  # part of a dotted name ("ASP.NET") or the second half of an Irish Eircode ("W91 X77F")
                if _LEVEL_CODE.fullmatch(word) and _LEVEL_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 60):
                    continue  # a language level ("at a BBB level", "bilingual imperative CBC/CBC"): a grade, not an acronym
                if word == "DM" and direct_message(posting, text, m.start(), m.end()):
                    continue  # "DM me", "send us a DM": a direct message, everyday words (a Deputy Minister is no such thing)
                if _NAME_PREFIX.search(text, max(0, m.start() - 20), m.start()) and not _LOWER_PREFIXES.search(text, max(0, m.start() - 20), m.start()):
                    continue  # the second half of a hyphenated name: "Pag-IBIG" (blind set S20)
                if _TEXT_KEYWORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _TEXT_NUMBER_AFTER.match(text, m.end()):
                    continue  # a keyword to text: "text JOBS to 614-555-0132" (blind set S20)
                if (bracket := _LONGER_IN_BRACKETS.match(text, m.end())) and bracket.group(1).startswith(word):
                    continue  # the start of a name spelled out before its acronym: "HM Revenue & Customs (HMRC)" (blind set S25)
                if _KIND_AFTER.match(text, m.end()) or (word not in _PENSION_KINDS and _PENSION_AFTER.match(text, m.end())):
                    continue  # the thing named says what it is: "Tanjong Pagar MRT station", "an RF gun", "the IFAT trade fair" (blind set S27)
                if _NAMED_SIBLING_AFTER.match(text, m.end()) or _NAMED_SIBLING_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    continue  # one of a pair with a named project or place: "giga-projects such as NEOM and the Red Sea Project" (blind set S86)
                if _product_code(text, m.start(), word):
                    # A maker's product or module after its name: "SAP GUI", "SAP FICO" (precision sample 1217), "Cisco IOS"
                    # (blind set S108); named so once, its later bare uses are the same product ("IOS upgrades").
                    seen.add(word)
                    continue
                if _maker_before().search(text, max(0, m.start() - 24), m.start()):
                    continue  # a model after its maker: "Freightliner Cascadias and Volvo VNLs" (blind set S77)
                if (line := _brand_lines().get(word)) and line.match(text, m.end()):
                    continue  # a maker known by its capitals before its product line: "ARM Cortex-M parts" (blind set S88); "GP surgeries" (S97)
                if len(word) <= 4 and (m.start() == 0 or text[m.start() - 1] == "\n") and _DEGREE_VALUE.match(text, m.end()):
                    continue  # a board's field for a level of degree: Naukri's "UG: B.Tech/B.E. in Any Specialization" (blind set S85)
                if _COPYRIGHT_BEFORE.search(posting.source, max(0, (at := block.at(m.start())) - 24), at):
                    # The holder of a copyright, a name: "© 2026 WUZZUF. All rights reserved." (blind set S87). Read in
                    # the source: a reader may take the "©" for a line's bullet.
                    continue
                if copied_text(text, m.start(), m.end()):
                    continue  # a quoted subject line or code to copy: 'with the subject line "Mainframe - BLR"' (blind set S96)
                if _cited(text, m.start(), m.end()):
                    continue  # a legal citation ("5 CFR 213.3102"): its form is fixed, spelling it out is optional
                if shouted is None:
                    shouted = _shouted_phrases(text)
                if any(r.start() <= m.start() and m.end() <= r.end() for r in shouted):
                    continue  # part of a shouted phrase ("ENTER JOB ANNOUNCEMENT NUMBER")
                if hyphenated is None:
                    hyphenated = hyphenated_long_forms(posting)
                if hyphenated.get(word, len(posting.source)) < block.at(m.start()):
                    seen.add(word)  # "Class A commercial driver's license (CDL-A)", then "Class A CDL" (blind set S24)
                elif defined(text, m.start(), m.end()) or long_forms.spell(word, m.start()) or spelled_just_before(text, m.start(), word):
                    seen.add(word)
                elif id(block) in trade_sections(posting) and in_name_list(text, m.start(), m.end()):
                    # One of a list of tools or standards ("SAML, OIDC, LDAP"): a name to know, not jargon, here and at
                    # its later uses among the skills and duties ("Experience of FME" after "ArcGIS Pro, FME and QGIS", blind set S81).
                    listed.add(word)
                    named.add(word)
                elif word in named and id(block) in trade_sections(posting):
                    continue
                elif _in_code_list(text, m.start(), m.end()):
                    continue  # "IT Program Manager (PLCYPLN/INFOSEC)": a title's codes, not words to spell out
                elif id(block) in body:
                    if names is None:
                        names = [n.span() for n in _proper_names().finditer(text)]
                    if any(s <= m.start() and m.end() <= e for s, e in names):
                        continue  # part of a name: "Athena SWAN", "IG Metall", "Mapbox GL"
                    if word in own_names(posting):
                        continue  # the page's own name: its board's masthead ("XING" over the menu), its employer's
                    seen.add(word)
                    if defined_outside_blocks(posting, word, block.at(m.start())):
                        continue  # "Fly-in fly-out (FIFO)" in a header line read as metadata, not as a block
                    if spelled_later is None:
                        spelled_later = first_long_forms(posting)
                    later = spelled_later.get(word)
                    if later is not None and later > block.at(m.start()):
                        message = (f"'{m.group(0)}' is spelled out only later (line {posting.locate(later)[0]}): "
                                   f"write out what it stands for at its first use, with '{word}' in brackets.")
                    else:
                        message = (f"'{m.group(0)}' is not spelled out: on first use, write out what it stands for with '{word}' in brackets, "
                                   "as in 'service-level agreement (SLA)'.")
                    yield self.at_block(posting, block, m.start(1), m.end(), message)



# A headline for a title: who hires, then whom ("Reputed MNC company hiring Telecallers", a chat's forward).
_HIRING_IN_TITLE = re.compile(r"(?i)(?<![ \t])[ \t]++(?:is |are )?(?:now )?hiring\b")  # from a run's start only: linear


def _hirer_in_title(posting: Posting) -> list[Block]:
    """The words before "hiring" in a headline title, read as prose: they describe the employer, not the role
    ("Reputed MNC company hiring Telecallers", blind set S94). A title's own codes ("ICU Nurse") stay unread."""
    title = posting.title_block
    if title is None or (m := _HIRING_IN_TITLE.search(title.text, 0, 120)) is None or len(title.text[: m.start()].split()) < 2:
        return []
    offsets = title.offsets[: m.start()] if title.offsets is not None else None
    return [Block(kind="paragraph", start=title.start, end=title.at(m.start()), text=title.text[: m.start()], offsets=offsets)]


def _pay_fields(posting: Posting) -> list[Block]:
    """A pasted header's pay line ("Salary: MPS/UPS", blind set S75), kept as metadata, as a block to read:
    often the only pay a posting states, in a scale's letters. Its other fields hold names (firm, place, team)."""
    if posting.format != "text":
        return []  # an HTML field is a block already, and front matter is not shown
    return [
        Block(kind="paragraph", start=start, end=end, text=posting.source[start:end])
        for key, (start, end) in posting.meta_spans.items() if meta_key(key) in PAY_TEXT_KEYS
    ]


# A country's two letters before its dollar: "HK$28,000", "NZ$26", "US$".
_DOLLAR_PLACE = re.compile(r"(?<![\w&/.-])([A-Z]{2})\$")


def _dollar_places(posting: Posting) -> frozenset[str]:
    """The countries whose dollars the posting pays in, by their letters: known to its readers wherever they stand."""
    places = posting._cache.get("dollar-places")
    if places is None:
        places = posting._cache["dollar-places"] = frozenset(m.group(1) for m in _DOLLAR_PLACE.finditer(posting.source))
    return places


# Brackets holding two or more capitalised codes between slashes: USAJOBS's "(PLCYPLN/INFOSEC)".
_CODE_LIST = re.compile(r"\((?:[A-Z][A-Z0-9]*/)+[A-Z][A-Z0-9]*\)")
# USAJOBS's specialty code in brackets after an official title's role noun.
_ONE_CODE = re.compile(r"\([A-Z][A-Z0-9]{3,}\)")
_TITLE_BEFORE_CODE = re.compile(r"(?:Specialist|Scientist|Analyst|Manager|Officer|Engineer)\s*$")


_NAME_PREFIX = re.compile(r"\b[A-Z][a-z]+-$")
# Prefixes that make "Non-GSA", "Pre-IPO", "Anti-CSRF" one acronym still, at a sentence's start.
_LOWER_PREFIXES = re.compile(r"\b(?:Non|Pre|Post|Anti|Pro|Sub|Multi|Co|Ex|Re|Un|Over|Under|Semi|Mid|Cross|Inter|Intra)-$")
_TEXT_KEYWORD_BEFORE = re.compile(r"(?i)\b(?:text|txt|sms|message|reply)\s+(?:the\s+word\s+)?[\"“']?$")
# "text JOBS to 614-555-0132"; "Reply STOP to opt out" (blind set S36)
_TEXT_NUMBER_AFTER = re.compile(r"(?i)[\"”']?\s+to\s+(?:\+?\(?\d|opt[- ]out\b|unsubscribe\b|cancel\b|stop\b)")
_REFERENCE_REST = re.compile(r"(?:/[A-Z0-9]+){2,}")
_DOTTED_NAME = re.compile(r"\.(?:NET|js|io|com)\b|\.[A-Z]{2,}\b")
_EIRCODE_BEFORE = re.compile(r"\b[A-Z]\d[\dW] $")
_POSTAL_CODE = re.compile(r"[A-Z]\d[A-Z]")
_POSTAL_REST = re.compile(r" ?\d[A-Z]\d\b")
# The rest of an e-mail address's mailbox after the capitals: "@va.gov", ".datascience@statcan.gc.ca" (blind set S42).
_MAILBOX_REST = re.compile(r"[\w.+-]{0,40}@[\w-]+\.")
def _in_code_list(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start + 1)
    found = _CODE_LIST.match(text, opening) if opening >= 0 else None
    if found is None and opening >= 0 and _TITLE_BEFORE_CODE.search(text, max(0, opening - 20), opening):
        found = _ONE_CODE.match(text, opening)  # "IT Specialist (INFOSEC)", "Data Scientist (CYBERSECURITY)"
    return found is not None and found.end() >= end


# Canada's second-language levels: three letters of A, B, C, E or X ("BBB/BBB", "CBC").
_LEVEL_CODE = re.compile(r"[ABCEX]{3}")
_LEVEL_CONTEXT = re.compile(
    r"(?i)level|bilingual|linguistic|second[- ]language|official languages|french and english|english and french|[ABCEX]{3}/[ABCEX]{3}"
)
_CITED_BEFORE = re.compile(r"\b\d{1,3}\s$")
_CITED_AFTER = re.compile(r"\s§?\s?\d")


# US states' codes of law, cited by their letters and a section ("RCW 73.16", "ORS 659A.030",
# "WAC 296-126-092"): Washington, Oregon, Colorado, Nevada, Arizona, Michigan, New Hampshire,
# California's regulations, Texas's and Florida's administrative codes.
_STATE_CODES = frozenset({"RCW", "WAC", "ORS", "OAR", "CRS", "NRS", "ARS", "MCL", "RSA", "CCR", "NYCRR", "NJSA", "NJAC", "TAC", "FAC"})
_SECTION_AFTER = re.compile(r"\s§?\s?\d+[A-Z]?(?:[.-]\d+[A-Z]?)+\b")


# Standards bodies, cited by a standard's number: "DIN 3990", "IEC 61508", "ASTM A36" (blind set S32; ISO is allowed anywhere).
_STANDARD_BODIES = frozenset({"DIN", "EN", "IEC", "ASTM", "ANSI", "IEEE", "NFPA", "ASME", "SAE", "JIS", "BS", "AS", "CSA", "UL", "API", "VDI"})
_STANDARD_NUMBER = re.compile(r"[ \u00a0]?[A-Z]?\d{2,6}\b")
_MODEL_NUMBER = re.compile(r"[ \u00a0]\d{2,5}[A-Z]?\b")
# Makers of plant known by their letters, with a model's number: Caterpillar's CAT, JCB.
_MAKERS = frozenset({"CAT", "JCB"})


def _cited(text: str, start: int, end: int) -> bool:
    """A title number before and a section number after ("5 CFR 213.3102", "29 USC 621"), a state's
    code of law and its dotted section ("RCW 73.16", blind set S23), or a standard by its number ("DIN 3990")."""
    if text[start:end] in _STATE_CODES and _SECTION_AFTER.match(text, end):
        return True
    if text[start:end] in _STANDARD_BODIES and _STANDARD_NUMBER.match(text, end):
        return True
    if text[start:end] in _MAKERS and _MODEL_NUMBER.match(text, end):
        return True  # a plant maker's model by its number: "CAT 793 haul trucks" (blind set S37)
    return _CITED_BEFORE.search(text, max(0, start - 5), start) is not None and _CITED_AFTER.match(text, end) is not None


# A name ending in the kind of thing it names, a project or a place, after "the" and two or more capitalised
# words: "the Red Sea Project", "the King Salman Park"; not "Business Development", "the Graduate Programme".
_KIND_OF_NAME = r"(?:Project|Programme|City|Resort|Island|Islands|Airport|Park|Initiative)\b"
# Capitals coordinated with such a name are a name of the same kind, right after or right before it.
# The blanks are taken whole and from their first (possessive, after no blank): a long run is tried once.
_NAMED_SIBLING_AFTER = re.compile(r"(?:,[ \t]*+|(?<![ \t])[ \t]++)(?:(?:and|or)[ \t]++)?the[ \t]++(?:[A-Z][\w'’-]*+[ \t]++){2,4}" + _KIND_OF_NAME)
_NAMED_SIBLING_BEFORE = re.compile(
    r"\b[Tt]he[ \t]++(?:[A-Z][\w'’-]*+[ \t]++){2,4}" + _KIND_OF_NAME + r"(?:,[ \t]*+|[ \t]++)(?:(?:and|or)[ \t]++)?$"
)
# A field's colon, then a degree or the board's word for any or none: "UG: B.Tech/B.E. in …", "PG: MBA/PGDM in …",
# "Doctorate: Not Required", "UG: Any Graduate".
_DEGREE_VALUE = re.compile(
    r":[ \t]*(?:(?:B|M)\.?[ \t]?(?:Tech|E\.|Sc|A\b|Com|Eng|S\b|Des|Arch|Pharm)|MBA|MCA|BCA|BBA|PGDM|LLB|LLM|MBBS|Ph\.?[ \t]?D"
    r"|Doctorate|Any[ \t]+(?:Graduate|Postgraduate|Doctorate)|Not[ \t]+Required|(?:Post[ \t]?)?Graduat(?:e|ion)\b)"
)
# A copyright notice's mark and year, right before its holder's name: "© 2026 ", "Copyright (c) 2024-2026 ".
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*)?$")
# A longer acronym in brackets a few words on: "HM Revenue & Customs (HMRC)".
_LONGER_IN_BRACKETS = re.compile(r"[^()\n]{1,40}?\(([A-Z][A-Z0-9&]{2,})\)")
# A pay's period in capitals, as a state's ATS prints it ("Salary: $22.57 - $28.75 HOUR"): a word, not letters.
_PAY_PERIODS = frozenset({"HOUR", "HOURS", "DAY", "DAYS", "WEEK", "WEEKS", "YEAR", "YEARS"})
# Units written in capitals, read as units after a number.
_UNITS = frozenset({"KB", "MB", "GB", "TB", "PB", "KW", "MW", "GW", "KWH", "MWH", "MPH", "RPM", "PSI", "BTU", "DPI", "FPS"})
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s?$")
# Currencies whose codes are words or acronyms too ("COP", "PEN", "MAD"): known only beside an amount.
_WORD_CURRENCIES = frozenset(WORD_CURRENCY_CODES)
_AMOUNT_AFTER = re.compile(r"\s?\d")
# Time zones by their letters, beyond the North American and European ones allowed anywhere: Australia's,
# New Zealand's, Britain's summer time, India's, and East Asia's, Africa's and Alaska's and Hawaii's.
# North America's daylight and central zones and Central Europe's are here too, not allowed anywhere: "CDT" is
# as often a Centre for Doctoral Training (blind set S35). EST, PST, ET, PT, GMT and UTC are allowed anywhere.
_TIME_ZONES = frozenset(
    "AEST AEDT ACST ACDT AWST NZST NZDT BST IST SGT HKT JST KST PHT WIB SAST CAT EAT WAT AKST AKDT HST AST ADT NST NDT WET WEST EET EEST MSK"
    " EDT CST CDT MST MDT PDT CET CEST".split()
)
# A zone named as one: "CET hours", "CST time", "EST/EDT", "CET+1", "(CET)".
_ZONE_AFTER = re.compile(r"\s*(?:/\s*[A-Z]{2,4}\b|[+-]\d|\s(?:time|hours|timezone|time zone|business hours|working hours)\b)")
# A time just before: "11:55 pm", "9am", "17:00 (", "noon", a placeholder "tbd" (USAJOBS's "tbd EDT to tbd EDT").
_TIME_BEFORE = re.compile(r"(?i)(?:\d(?::\d\d)?\s?(?:[ap]\.?m\.?)?|\b(?:tbd|tba|noon|midnight))\s*\(?$")

# The parts that name the trade's tools and standards: what a candidate brings, and the duties.
_TRADE_KINDS = frozenset((*QUALIFICATION_KINDS, "preferred-qualifications", "responsibilities"))


def trade_sections(posting: Posting) -> set[int]:
    """Ids of the blocks of the posting's qualification and responsibilities sections (and their parts)."""
    ids = posting._cache.get("trade-blocks")
    if ids is None:
        ids = posting._cache["trade-blocks"] = {
            id(b) for s in posting.walk() if s.kind in _TRADE_KINDS for b in s.all_blocks()
        }
    return ids


RULES: list[Rule] = [AcronymFirstUse.default()]
