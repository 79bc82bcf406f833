"""INC007: physical or sensory demands, a driving licence among them, stated without the accommodation that
makes them fair. (INC005, a cap on years of experience, is :mod:`postlint.builtin.inclusivity.experience_caps`.)"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import chain

from postlint.builtin.inclusivity.physical_terms import PHYSICAL, PHYSICAL_WORDS
from postlint.engine.rule import Context, Rule
from postlint.engine.scope import scope_blocks
from postlint.language.prefilter import blocks_with
from postlint.language.sentence_split import sentence_starts
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting

# A licence that is only welcome, or one the posting lets other travel replace.
_LICENCE_OPTIONAL = re.compile(
    r"(?i)\b(?:not essential|not required|an advantage|advantageous|desirable|preferred|a plus|a bonus|an asset|beneficial|nice to have|optional|"
    r"(?:by|through) other means|alternative (?:means|transport(?:ation)?|arrangements)|or (?:the )?ability to (?:travel|get to|meet the travel))\b"
)
_HOW_OFTEN = r"(?:daily|weekly|regularly|frequently|often|every\s+day|each\s+day)"
# Places a job goes round, near enough to drive between: not offices (a train or a plane between cities).
_ROUNDS = (
    r"(?:buildings|sites|job\s+sites|schools|campuses|stores|shops|branches|outlets|clients|customers|patients|farms|homes"
    r"|locations|facilities|depots|warehouses|venues|properties|dealers|retailers|pharmacies|accounts"
    # A council's or utility's field sites: "travels daily between treatment plants" (blind set S108).
    r"|plants|reservoirs|stations|substations|parks|reserves|cemeteries|clinics|hospitals|libraries|centres|centers|yards|mines)"
)
# Travel between such places, on the licence's own line ("…; the position travels daily between school buildings",
# blind set S99), or anywhere as a daily round ("Travels daily between district buildings"); not "travel between our
# offices", nor "travel to the interview".
_SITE_TRAVEL = re.compile(
    rf"(?i)\btravel(?:s|l?ing|l?ed)?\s+(?:{_HOW_OFTEN}\s+)?(?:between|across|among|around)\s+(?:(?!{_ROUNDS}\b)[\w-]+\s+){{0,3}}{_ROUNDS}\b"
)
_DAILY_SITE_TRAVEL = re.compile(
    rf"(?i)\btravel(?:s|l?ing)?\s+{_HOW_OFTEN}\s+between\s+(?:(?!{_ROUNDS}\b)[\w-]+\s+){{0,3}}{_ROUNDS}\b"
    rf"|\b(?:daily|weekly|regular|frequent)\s+travel\s+between\s+(?:(?!{_ROUNDS}\b)[\w-]+\s+){{0,3}}{_ROUNDS}\b"
)
# Visiting the job's places by car: "Visit stores across Moscow and the region by car every week" (blind set S98),
# whatever the places are ("Visit dealerships, shops and yards across the Front Range by car", blind set S118).
# The worker's visits, by the verb's place (see _the_workers_verb): not "customers visit our stores by car"; and the
# places are not the one workplace or the interview (see _COMMUTE). Routes the worker plans or covers by car likewise:
# "you will plan your own routes across Galway, Mayo and Roscommon by car" (blind set S114); not routes planned for
# others from an office, with no car of the worker's. Not a car that other transport may replace ("by car or public
# transport"): then the licence is not needed.
_BY_CAR = (
    r"\bby\s+(?:company\s+)?(?:car|van|vehicle)\b"
    r"(?!\s*(?:,\s*)?(?:or|and/or|/)\s*(?:by\s+)?(?:public|train|rail|bus|bike|bicycle|foot|transit|tram|plane|air)\b)"
)
_VISITS_BY_CAR = re.compile(
    r"(?i)\b(?:visit(?:s|ing)?|tour(?:s|ing)?|cover(?:s|ing)?|travel(?:s|l?ing)?\s+(?:to|between|across|around|among))\s+"
    r"(?P<what>[^.;!?\n]{0,100}?)" + _BY_CAR
    + r"|\b(?:plan(?:s|ning)?|run(?:s|ning)?|cover(?:s|ing)?|work(?:s|ing)?|manag(?:e|es|ing)|driv(?:e|es|ing))\s+"
    r"(?:(?!routes?\b)[\w'’-]+\s+){0,3}routes?\b[^.;!?\n]{0,80}?" + _BY_CAR
)
# Where a worker goes by car to work, not on the job: the office, the one site or store, work, the interview, "us".
_COMMUTE = re.compile(
    r"(?i)\b(?:offices?|headquarters|hq|premises|workplace|work|interviews?|us)\b"
    r"|^(?:the|our|this|its|your)\s+(?:[\w'’-]+\s+)?(?:site|store|shop|plant|warehouse|building|campus|base|depot|school|clinic|hospital|station)\s*$"
)


# Driving as a duty makes a licence job-related: "patrols in a marked vehicle", "deliveries", "drive the van".
_DRIVING_DUTY = re.compile(
    # "drive the van", "drives university vehicles to field sites"
    # ("the farm ute", Australia's and New Zealand's pickup, blind set S53; a quad bike)
    # A fire service's vehicles by its words, and a second verb joined: "Drive and operate fire apparatus" (blind set S125).
    r"\bdriv(?:e|es|ing)\s+(?:(?:and|or|&)\s+[\w'’-]+\s+)?(?:[\w'’-]+\s+){0,2}?(?:vehicles?|trucks?|vans?|cars?|utes?|pick-?ups?|motorcycles?|quad\s+bikes?|bus(?:es)?|forklifts?|tractors?|bins?|trailers?|equipment|machinery"
    r"|apparatus|fire\s+(?:engines?|appliances?)|ambulances?|routes?|deliver(?:y|ies)|patients|clients|students|residents|customers|guests)\b|\bpatrol|\bCDL\b|\bcommercial\s+driver"
    r"|\bdeliver(?:y|ies)\b[^.;]{0,30}\b(?:routes?|drivers?|vans?|vehicles?|trucks?)\b|\b(?:company|fleet|marked|state|county)\s+vehicles?\b"
    r"|\btrucks?\b|\bvans?\b|\bshuttl(?:e|es|ing)\s+(?:\w+\s+)?(?:trailers|patients|guests|vehicles|cars|residents|students)\b"
    r"|\bhaul(?:s|ing)?\b|\btransport(?:ing|s)?\s+(?:patients|clients|goods|equipment|materials|residents|students)"
    # "drive to client sites", "you will drive to the site and fix it" (blind set S31)
    # A courier's day: "make deliveries by car", "you will be driving most of the day" (blind set S32).
    r"|\bdeliver(?:y|ies)\s+by\s+(?:car|van|vehicle|truck|scooter|motorbike)\b|\bdriving\s+(?:most|all|much|part)\s+of\s+the\s+(?:day|shift|time)\b|\bcouriers?\b"
    # ("the position drives daily between school buildings", blind set S99: a how-often may come between)
    r"|\bdriv(?:e|es|ing)\s+(?:" + _HOW_OFTEN + r"\s+)?(?:to|between)\s+(?:\w+\s+){0,3}?(?:visits|clients|sites?|appointments|customers|patients|homes|locations|stores|branches|offices|schools|farms|jobs?|job\s+sites?)\b"
    # A sales rep on the road: "spend most of their week driving out to see clients" (blind set S40).
    r"|\bdriv(?:e|es|ing)\s+(?:out\s+|around\s+|over\s+)?to\s+(?:see|visit|meet)\s+(?:\w+\s+){0,2}?(?:clients|customers|patients|prospects|accounts|growers|farmers|dealers|members|families)\b"
    r"|\bmileage\b"
    # "you will drive between the two shafts", "the job involves driving" (blind set S62); not "requires driving growth".
    r"|\bdriv(?:e|es|ing)\s+(?:" + _HOW_OFTEN + r"\s+)?between\b|\bdriving\s+is\s+(?:an?\s+)?(?:\w+\s+)?part\s+of\b"
    r"|\b(?:involves?|includes?|requires?)\s+(?:some\s+|regular\s+|frequent\s+|occasional\s+|daily\s+|a\s+lot\s+of\s+|lots\s+of\s+)?driving\b"
    r"(?=\s*(?:[.,;:!)]|$)|\s+(?:to|between|across|around|within|in|on|and)\b)"
    # A community post's rounds: "the post involves daily home visits across Midlothian" (blind set S34).
    r"|\bhome\s+visits\b|\bvisits\s+(?:to\s+)?(?:clients|patients|families)\s+(?:in\s+)?(?:their|at\s+home)"
    # Deliveries made, or a car for them: "Make deliveries to partner pantries", "a reliable car for deliveries"
    # (blind set S79); not "accept deliveries" at a front desk nor "project delivery".
    # (The deliveries themselves, not paperwork for them: "complete paperwork for deliveries"; review.)
    # Pickups likewise: "do the Saturday pickups", "a reliable car for pickups" (blind set S103).
    r"|\b(?:make|makes|making|do|does|doing|run|runs|running|complete|completes|completing)\s+(?:(?:home|local|daily|the|our|all|some|van|food|customer|saturday|weekly)\s+){0,2}(?:deliveries|pick-?ups)\b"
    # Or for visits round places: "a car for worksite visits" (blind set S135); not visits to the office.
    r"|\b(?:cars?|vehicles?|transportation|transport)\s+(?:\w+\s+){0,3}?for\s+"
    r"(?:(?:\w+\s+){0,2}?(?:deliver(?:y|ies|ing)|pick-?ups)|(?:(?!(?:office|hq|headquarters|interview)s?\b)\w+\s+){0,2}?visits)\b",
    re.IGNORECASE,
)
# A car of one's own: a sign of driving for work ("reliable transportation to visit clients"), unless it
# is asked for beside the licence itself ("Own car and valid driver's licence essential", blind set S18).
_OWN_VEHICLE = re.compile(r"(?i)\b(?:reliable|own|personal)\s+(?:vehicle|car|transportation)\b")
_WITH_OR_WITHOUT = re.compile(r"with\s+or\s+without\s+(?:a\s+)?(?:reasonable\s+)?accommodations?", re.IGNORECASE)
_ACCOMMODATION = re.compile(r"accommodat|adjustments?\b", re.IGNORECASE)
# An accommodation offered for the work, not only for applying: "Accommodation is available on request"
# under the requirements frames nothing (blind set S33); "reasonable adjustments", "to perform the
# essential functions" do.
_FOR_THE_WORK = re.compile(
    r"(?i)\breasonable\b|\bperform|\bessential\b|\bfunctions?\b|\bduties\b|\brequirements?\b|\b(?:the|this)\s+(?:role|job|position|work)\b"
)


def _accommodates_the_work(text: str) -> bool:
    return _ACCOMMODATION.search(text) is not None and _FOR_THE_WORK.search(text) is not None


class PhysicalRequirements(Rule):
    code: str = "INC007"
    name: str = "physical-requirements"
    summary: str = "Physical or sensory requirements without 'with or without reasonable accommodation'."
    why: str = "Under the ADA a qualified person can do the essential functions with or without reasonable accommodation; 'must be able to lift 50 lbs' alone tells disabled candidates not to apply."
    source: str = "https://askjan.org/media/JobDescriptions.html"
    example: str = "Must be able to lift 50 lbs and stand for long periods."
    passing: str = "Must be able to lift 50 lbs, with or without reasonable accommodation."
    notes: str = (
        "A driver's licence (a 'valid', 'full' or 'clean' one, one by its category, or a bare 'Driving licence' opening a "
        "line) is reported only where the posting gives no driving duty (driving, patrols, vehicles, "
        "deliveries or pickups, routes): where driving is part of the job the licence is job-related ('Make deliveries to "
        "partner pantries', 'a reliable car for deliveries' or for visits ('a car for worksite visits'), '… licence for Saturday pickups'; not 'Accept deliveries' at a desk; 'Visit stores across the region by "
        "car every week', any places visited by car ('Visit dealerships, shops and yards … by car'), 'You will plan your own routes across the county by car', 'Travels daily between district buildings'; not customers who come by car, the "
        "drive to the office, the one site or the interview, a car that public transport may replace ('by car or public transport'), nor travel between "
        "offices), or where the licence's own line gives that reason, after it or before it ('…, as field checks mean driving around the "
        "municipality', 'Site visits mean driving around the borough, so a full driving licence is needed', '… as fieldwork means driving the School's Land Rover', '…; the position travels daily between school buildings', '…, as the position travels "
        "daily between treatment plants': travel round any places but offices, cities or countries). A licence offered as "
        "one of the identity documents ('Driver's license, passport or state ID') or as a bonus is not reported, nor "
        "'bend' and 'crawl' as figures of speech ('bend, not break', 'crawl, walk and run'). Heavy things lifted, carried "
        "or handled count with no weight given ('Lift heavy boxes', 'Carry and set up heavy gazebos', Job Bank's "
        "'Handling heavy loads' as a line of its own: anything heavy the worker lifts or carries, a list of things for "
        "moving and handling); a system's load does not ('services that handle heavy loads', 'heavy "
        "loads of data', 'heavy workloads', 'heavy traffic', 'heavy machinery experience'), nor what a shop carries "
        "('Our branches carry heavy equipment') or a heavy goods vehicle. A sentence's demands are one finding naming "
        "each ('Must be able to lift 50 lbs and stand for long periods'): one accommodation covers them."
    )
    severity: str = "warning"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if any(_WITH_OR_WITHOUT.search(b.text) and _frames(b) for b in blocks_with(posting, posting.blocks(), ("without",))):
            return  # the posting already frames its requirements as essential functions
        for block in blocks_with(posting, scope_blocks(posting, "prose"), PHYSICAL_WORDS):
            found = list(PHYSICAL.finditer(block.text))
            if not found:
                continue  # most blocks: no need to gather the section's text
            if _accommodates_the_work(block.text):
                continue
            section = posting.section_of(block.start)
            if section is not None and any(_accommodates_the_work(b.text) and _frames(b) for b in section.all_blocks()):
                continue
            demands: list[re.Match[str]] = []  # one sentence's demands, reported together
            starts: list[int] | None = None
            for m in found:
                if m.group("hv") and not _the_workers_verb(block.text, m.start()):
                    continue  # "Our branches carry heavy equipment": what a shop stocks
                if "licen" in m.group(0).lower():  # a driving licence ("valid", "full", "clean")
                    if _drives(posting):
                        continue  # driving is a duty: the licence is job-related
                    if _LICENCE_OPTIONAL.search(block.text):
                        continue  # "…is an advantage but not essential", "…or the ability to travel by other means"
                    yield self.at_block(
                        posting, block, m.start(), m.end(),
                        f"'{m.group(0)}' shuts out people who cannot drive; ask for it only if driving is part of the job, or say how else the travel can be done.",
                    )
                    continue
                if starts is None:
                    starts = sentence_starts(block.text)  # once a block: each look-up is a bisection, not a scan
                if demands and bisect_right(starts, m.start()) != bisect_right(starts, demands[0].start()):
                    yield self._demands(posting, block, demands)
                    demands = []
                demands.append(m)
            if demands:
                yield self._demands(posting, block, demands)

    def _demands(self, posting: Posting, block: Block, demands: list[re.Match[str]]) -> Diagnostic:
        """One finding for a sentence's demands ("Must be able to lift …, stand for long periods"): one accommodation covers them."""
        quoted = ", ".join(f"'{m.group(0)}'" for m in demands)
        return self.at_block(
            posting, block, demands[0].start(), demands[-1].end(),
            f"{quoted} without 'with or without reasonable accommodation'; add it, or describe the outcome ('move', 'communicate').",
        )


# What may stand before a bare "lift"/"carry" that is the worker's: an infinitive, a modal, "you", a joined verb.
_WORKERS_VERB_BEFORE = re.compile(
    r"(?i)(?:^|[\n.;:!?•(,*–—-]|\b(?:to|will|must|can|may|might|could|should|would|shall|you|and|or|also|then|help|helps"
    r"|safely|regularly|frequently|often|occasionally|sometimes|routinely)|['’]ll)\s*$"
)


def _the_workers_verb(text: str, start: int) -> bool:
    """Whether the "lift"/"carry" at ``text[start]`` is the worker's doing: an "-ing" form, or a bare verb opening
    a line or clause, or after "to", a modal or "you"; not a third party's ("Our branches carry heavy equipment")."""
    if text[start:start + 12].lower().split()[0].endswith("ing"):
        return True
    return _WORKERS_VERB_BEFORE.search(text, max(0, start - 20), start) is not None


def _frames(block: Block) -> bool:
    """Whether an accommodation statement in ``block`` frames other requirements: a sentence or a
    heading does; a list item that is itself a physical requirement ("carry trays of up to 25 lbs,
    with or without reasonable accommodation") frames only itself, and so does one naming a task the
    pattern does not know ("Stand for most of a 12-hour shift, with or without …", blind set S21): a
    list item frames the list only when it speaks of it ("All of the above …", "these requirements")."""
    return block.kind != "list_item" or (PHYSICAL.search(block.text) is None and _SPEAKS_OF_THE_LIST.search(block.text) is not None)


_SPEAKS_OF_THE_LIST = re.compile(
    r"(?i)\b(?:above|following|these|those|listed|essential\s+functions|all\s+of\s+the|the\s+(?:duties|requirements|tasks)"
    r"|this\s+(?:role|position|job))\b"
)


def _drives(posting: Posting) -> bool:
    """Whether the posting gives driving as a duty (outside the licence requirement itself)."""
    found = posting._cache.get("drives")
    if found is None:
        found = posting._cache["drives"] = any(_drives_in(b.text) for b in posting.blocks())
    return found


def _drives_in(text: str) -> bool:
    rest = PHYSICAL.pattern.sub(" ", text)
    if _DRIVING_DUTY.search(rest) or _DAILY_SITE_TRAVEL.search(rest) or _licence_for_driving(text):
        return True
    if any(
        _the_workers_verb(rest, m.start()) and not (m.group("what") and _COMMUTE.search(m.group("what").strip()))
        for m in _VISITS_BY_CAR.finditer(rest)
    ):
        return True
    # The licence's own sentence names the car as a second requirement, not a duty.
    return _OWN_VEHICLE.search(rest if rest == text else _without_licence_sentences(text)) is not None


# The licence asked for a driving duty: "A valid driver's license for deliveries", "… for driving to partner pantries",
# or for collections, the deliveries' other half: "… for Saturday pickups from our grocery partners" (blind set S103).
_LICENCE_FOR_DRIVING = re.compile(
    r"(?i)\blicen[cs]e\s+(?:[\w'’]+\s+){0,6}?for\s+(?:\w+\s+){0,2}?"
    r"(?:deliveries|delivering|pick-?ups|picking\s+up|collecting|driving\s+(?:to|between|around))\b"
)
# Or its clause gives the reason, that the job means driving: "Driving licence, category B, as field checks mean
# driving around the municipality" (blind set S81), "… as the role involves driving"; not "… requires driving change".
_MEANS_DRIVING = re.compile(
    r"(?i)\b(?:means?|involves?|requires?|includes?|entails?)\s+(?:some\s+|regular\s+|frequent\s+|occasional\s+|daily\s+|a\s+lot\s+of\s+)?"
    r"driving\b(?=\s*(?:[.,;:!)]|$)|\s+(?:to|between|across|around|within|in|on|and|from)\b"
    # or a vehicle by its name or make: "… as fieldwork means driving the School's Land Rover" (blind set S105).
    r"|\s+(?:the|a|an|our|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z]))"
)
_LICENCE_AS = re.compile(r"(?i)\blicen[cs]e\b[^.;!?\n]*?\b(?:as|since|because|given\s+that)\s+(?:[\w'’-]+\s+){1,5}$")
# The reason may come first: "Site visits mean driving around the borough, so a full driving licence is needed" (blind
# set S115), "As fieldwork means driving …, a full licence is essential" (see _reason_first).
_SO = re.compile(r"(?i)(?:,[ \t]*|[ \t])(?:and[ \t]+)?(?:so|therefore|hence|thus|which[ \t]+is[ \t]+why)\b")
_AS_REASON = re.compile(r"(?i)(?:^|[.;!?\n:•*–—-])[ \t]*(?:as|since|because|given\s+that)\s+(?:[\w'’-]+\s+){1,5}$")
# Or that the job travels round places, whatever they are: "Current Class C driver licence, as the position travels
# daily between treatment plants" (blind set S108), or, daily, anywhere on its line ("…; the position travels daily
# between reservoirs"); not offices, cities or countries (a train or a plane).
_TRAVELS_ROUND = re.compile(
    rf"(?i)\btravel(?:s|l?ing)?\s+(?:(?P<often>{_HOW_OFTEN})\s+)?(?:between|across|around|among)\s+"
    r"(?!(?:[\w'’-]+\s+){0,5}?(?:offices|cities|countries|states|continents|time\s+zones|the\s+(?:world|globe))\b)"
)


def _licence_for_driving(text: str) -> bool:
    if _LICENCE_WORD.search(text) is None:
        return False  # each reason below is read beside a licence
    if _LICENCE_FOR_DRIVING.search(text):
        return True
    if _SITE_TRAVEL.search(text) and any(_LICENCE_WORD.search(line) and _SITE_TRAVEL.search(line) for line in text.split("\n")):
        return True  # the licence's line says the job goes between sites
    if any(
        m.group("often") and _LICENCE_WORD.search(text, _line_start(text, m.start(), 300), m.start())
        for m in _TRAVELS_ROUND.finditer(text)
    ):
        return True  # or that it goes round places daily, before the licence's line ends
    # The clause before the verb, at most 120 characters back, or after it up to the clause's end: bounded work on
    # hostile input.
    return any(
        _LICENCE_AS.search(text, max(0, m.start() - 120), m.start())
        or _reason_first(text, m)
        for m in chain(_MEANS_DRIVING.finditer(text), _TRAVELS_ROUND.finditer(text))
    )


def _reason_first(text: str, m: re.Match[str]) -> bool:
    """Whether the reason ``m`` (driving, travel round places) comes before the licence in its clause: "…, so a
    licence is needed" after it, or "As …" opening the clause and the licence after its comma. Reads at most 160
    characters on, 60 back: bounded work on hostile input."""
    end = _CLAUSE_END.search(text, m.end(), m.end() + 160)
    clause = text[m.end():end.start() if end else m.end() + 160]
    so = _SO.search(clause)
    if so and _LICENCE_WORD.search(clause, so.end()):
        return True
    comma = clause.find(",")
    return comma >= 0 and _LICENCE_WORD.search(clause, comma) is not None and (
        _AS_REASON.search(text, max(0, m.start() - 60), m.start()) is not None
    )


def _line_start(text: str, at: int, most: int) -> int:
    """Where the line holding ``at`` starts, looking at most ``most`` characters back (bounded work)."""
    lo = max(0, at - most)
    return max(lo, text.rfind("\n", lo, at) + 1)


_CLAUSE_END = re.compile(r"[.;!?\n]")
_LICENCE_WORD = re.compile(r"(?i)\blicen[cs]e\b")
_DRIVING_LICENCE = re.compile(r"(?i)\b(?:driver['’]?s|driving)\s+licen[cs]e\b")


def _without_licence_sentences(text: str) -> str:
    """``text`` with each clause that names a driving licence (from the clause's start, or the
    last clause cut, to the clause end after its last licence) replaced by one space.

    Found from the licences outward: one pattern spanning the clause around a licence searched
    again from every character, quadratic (50,000 blanks took a minute)."""
    licences = list(_DRIVING_LICENCE.finditer(text))
    kept: list[str] = []
    done = 0  # text before this is written out or replaced
    i = 0
    while i < len(licences):
        first = licences[i]
        if first.start() < done:
            i += 1
            continue
        start = max(done, max(text.rfind(c, done, first.start()) for c in ".;!?\n") + 1)
        end_of_clause = _CLAUSE_END.search(text, first.start())
        clause_end = end_of_clause.start() if end_of_clause else len(text)
        while i + 1 < len(licences) and licences[i + 1].start() < clause_end:
            i += 1  # a later licence in the same clause: the cut runs past it
        after = _CLAUSE_END.search(text, licences[i].end())
        kept += [text[done:start], " "]
        done = after.start() if after else len(text)
        i += 1
    kept.append(text[done:])
    return "".join(kept)



RULES: list[Rule] = [PhysicalRequirements.default()]
