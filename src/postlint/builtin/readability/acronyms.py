"""READ016: acronyms used without being spelled out. The capitals that are no acronym to spell out
(currencies, units, codes, citations, makers' products) are :mod:`postlint.builtin.readability.not_acronyms`;
the vocabulary of capitals shared with READ014 is :mod:`postlint.builtin.readability.capitals`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from postlint.builtin.readability.capitals import (
    CAPS_RUN,
    acronym_data,
    allowed_acronyms,
    english_word,
    spoken_run,
)
from postlint.builtin.readability.long_forms import (
    LongForms,
    defined,
    defined_outside_blocks,
    first_long_forms,
    hyphenated_long_forms,
    spelled_just_before,
)
from postlint.builtin.readability.name_lists import in_name_list
from postlint.builtin.readability.not_acronyms import in_code_list, not_jargon
from postlint.builtin.readability.own_names import own_names, restates_title
from postlint.builtin.readability.prose import ReadRule
from postlint.builtin.readability.state_codes import foreign_state_code
from postlint.builtin.readability.style import capital_matches
from postlint.engine.rule import Context, Rule
from postlint.engine.scope import scope_blocks
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.model.schema import QUALIFICATION_KINDS
from postlint.pay.patterns import META_TEXT_KEYS as PAY_TEXT_KEYS
from postlint.pay.patterns import meta_key


@lru_cache(maxsize=1)
def _proper_names() -> re.Pattern[str]:
    """Names with capitals inside ("Athena SWAN", "IG Metall"): their capitals are the name."""
    names = sorted(acronym_data().get("names", []), key=lambda n: (-len(n), n))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?!\w)")


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
        "then 'CS'; 'Y Combinator', then 'YC'; the title's 'Customer Experience Team Lead', then 'CX': X stands for Experience or Exchange; within one table cell: a header's 'Grade | Step' spells no GS); a lower-case one met earlier ('accounts payable', then 'AP') does not, since any two words would. Words right before "
        "the acronym in brackets whose initials it is spell it out in any case ('service-level agreements (SLAs)'). Where the letters are "
        "not their initials (a translation), a capitalised name right before the brackets glosses it ('Employee Capital Plans (PPK)'), and "
        "so does a short phrase of any case opening its item or clause, after an article or not ('Profit sharing (PLR)', 'A bachelor’s degree (HBO)', 'Full-time, permanent contract (CDI)', a plan's number after it in the brackets too: 'Occupational pension (ITP 1)'); "
        "one word ('Python (AWS)'), a phrase inside a sentence and a kind of tool before an example ('Cloud platforms (OCI)') "
        "gloss nothing. Language levels "
        "('at a BBB level', 'bilingual imperative CBC/CBC') are grades, as is a US federal pay plan with its grade ('GS 11 - 12', 'GS-13'); a legal citation ('5 CFR 213.3102', 'RCW 49.58.110') keeps its fixed form, as does quoted text a candidate is told to copy "
        "(a subject line or reference after 'subject', 'reference', 'quote', 'mention' or 'use the code': 'with the subject line \"Mainframe - BLR\"'; "
        "a board's code word after 'mention the word' or 'use the code' is copied quoted or not: 'mention the word GLIMMER'; "
        "other quoted text is prose). A "
        "part of a name does not ('General Services Administration' spells GSA, not GS), but for its last three capitalised words ('… Independent School District', then 'ISD'). Three or more tools or standards "
        "listed among the qualifications or the duties, in a bullet or a sentence ('especially EKS, SES and SQS', 'using JAWS, NVDA, VoiceOver', 'data in Stata, SPSS or R is required', 'experience "
        "with ACH, RTP or FedNow', a profession's credentials: 'fully qualified ACA, ACCA or CIMA') are names a candidate knows, not jargon; a business's paperwork ('SLA, SOW and RFP') stays "
        "jargon however listed. Neither are words of a phrase shouted in capitals ('CALL OR TEXT NOW', '¡¡APLICA YA!!', '100% PAID!!': "
        "whatever READ014 reports), "
        "the start of a name spelled out before its acronym ('HM Revenue & Customs (HMRC)'), an acronym spelled out earlier "
        "with a class ('commercial driver's license (CDL-A)', then 'CDL'), or letters before a noun that says what they "
        "name ('an RF gun', 'MRT station', 'the RTC bus', 'the POS terminal', 'NBI clearance', a place, also in one word: 'SM City Cebu', 'SM Megamall', not 'a DBS check' or 'an RSA certificate', a product's edition: 'IDA Pro', a product's version by letters after it: 'Windows XP', 'Dynamics AX', a model after its maker of trucks, plant or aircraft: 'Volvo VNLs', a product or module of SAP's, Cisco's and other software or network makers' after its name, and the same letters later: 'SAP GUI', 'Cisco IOS' (not 'SAP EPC'), a maker known by its capitals before its product line or part: 'ARM Cortex-M', 'AMD EPYC servers' (not 'an ARM loan'), a family doctor's place: 'GP surgeries', 'GP practice' (not a fund's 'GPs'), a carrier: 'J&T Express', a pension fund: 'the ABP pension fund', not "
        "a kind of pension: 'a DB pension scheme'). A copyright's holder ('© 2026 WUZZUF') is a name, as is the page's own name in capitals: its job board's or employer's, standing alone on a line of the page's chrome ('XING' over the board's menu), ending its <title> ('… | XING') or in the employer's declared name, a country's letters are known in a posting paid in its dollars ('HK permanent residents' beside 'HK$28,000', 'Geelong, VIC, AU' in one paid in AUD; not another currency's: 'AE' in one paid in AED), as are capitals paired with a named project or place ('such as NEOM and the Red Sea Project'), a line's label for a degree's level its board's field ('UG: B.Tech in Any Specialization'). A firm's suffix (PLC, LLC) is known only after the firm's name, a time zone "
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
                if (why := not_jargon(posting, block, m)) is not None:
                    if why == "product":
                        seen.add(word)  # "SAP GUI", then "GUI": the same product
                    continue
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
                elif in_code_list(text, m.start(), m.end()):
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
