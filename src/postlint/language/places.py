"""Place names the structure rules and the JSON-LD emitter recognise: US states and their postal
codes, Canada's provinces and Australia's states, countries, and large cities that job titles and
bylines name alone ("Recruiter - Berlin").

Facts, written for postlint: state names and codes from USPS Publication 28 (public
domain); country names are ISO 3166 short names (as the tz database's iso3166.tab
lists them) and common forms (the UK's nations); the cities are the largest urban areas
(UN World Urbanization Prospects 2018), the capitals and the next cities job postings name. Alternations are ready for a regular expression.
"""

from __future__ import annotations

import re

STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
# Postal codes, less those that are also English words (IN, OR, ME, OK, HI), which a city and
# state pattern accepts only after a comma.
STATE_CODES = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|IA|ID|IL|KS|KY|LA|MA|MD|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|PA|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY|DC"
# Every US state and DC, as a set: "Denver, CO" is in the US.
US_STATE_CODES = frozenset(f"{STATE_CODES}|IN|OR|ME|OK|HI".split("|"))
# Without a comma, only codes that are not also degrees or words ("Physician MD", "English MA").
BARE_STATE_CODES = "AZ|AR|CT|FL|IL|KS|KY|MN|MO|MT|NC|ND|NH|NJ|NM|NV|NY|OH|RI|SD|TN|TX|VT|WI|WV|WY"
# Canada's provinces and territories and Australia's states (Canada Post and Australia Post
# abbreviations): "Toronto, Ontario", "Hamilton, ON", "Brisbane QLD".
CA_PROVINCE_NAMES = (
    "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
    "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Northwest Territories", "Nunavut",
)
AU_STATE_NAMES = (
    "Queensland", "New South Wales", "Victoria", "Tasmania", "Western Australia", "South Australia", "Northern Territory",
    "Australian Capital Territory",
)
PROVINCES = "|".join((*CA_PROVINCE_NAMES, *AU_STATE_NAMES))
# Other countries' provinces and states that job boards print after a city ("Sandton, Gauteng",
# "Pune, Maharashtra", "Erlangen, Bavaria"); places only, no currency or law goes with them here.
WORLD_REGIONS = "|".join((
    "Gauteng", "Western Cape", "Eastern Cape", "Northern Cape", "KwaZulu-Natal", "Free State", "Limpopo", "Mpumalanga",
    "North West", "Karnataka", "Maharashtra", "Tamil Nadu", "Telangana", "Kerala", "Gujarat", "Haryana", "Uttar Pradesh",
    "West Bengal", "Rajasthan", "Andhra Pradesh", "Bavaria", "Bayern", "Baden-Württemberg", "Hesse", "Hessen", "Saxony",
    "Sachsen", "Lower Saxony", "Niedersachsen", "North Rhine-Westphalia", "Nordrhein-Westfalen",
    "Metro Manila", "Calabarzon", "Central Luzon", "Central Visayas", "Cebu", "Davao del Sur",
    "Canterbury", "Otago", "Waikato", "Bay of Plenty", "Hawke's Bay", "Northland", "Southland", "Taranaki",
    "Manawatu-Whanganui", "Marlborough", "Auckland Region", "Wellington Region",
    # Mexico's states ("Ciudad Juárez, Chihuahua", blind set S70), less those that are also common words or surnames
    # (Tabasco, Guerrero, Hidalgo).
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua", "Coahuila", "Colima",
    "Durango", "Guanajuato", "Jalisco", "Estado de México", "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca",
    "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora", "Tamaulipas", "Tlaxcala", "Veracruz",
    "Yucatán", "Zacatecas",
    # Malaysia's states and federal territories ("Petaling Jaya, Selangor", blind set S79), less Malacca's and
    # Penang's English names that name other things too; Indonesia's and Vietnam's largest provinces.
    "Selangor", "Johor", "Pulau Pinang", "Perak", "Sabah", "Sarawak", "Kedah", "Kelantan", "Terengganu", "Pahang",
    "Negeri Sembilan", "Melaka", "Perlis", "Wilayah Persekutuan", "Labuan", "Putrajaya",
    "Jawa Barat", "West Java", "Jawa Timur", "East Java", "Jawa Tengah", "Central Java", "Banten", "DKI Jakarta",
    "Bac Ninh", "Bắc Ninh", "Binh Duong", "Bình Dương", "Dong Nai", "Đồng Nai", "Hai Phong", "Hải Phòng",
    # The Netherlands' provinces ("Eindhoven, Noord-Brabant", blind set S80).
    "Noord-Brabant", "North Brabant", "Zuid-Holland", "South Holland", "Noord-Holland", "North Holland", "Gelderland",
    "Overijssel", "Limburg", "Groningen", "Friesland", "Fryslân", "Drenthe", "Flevoland", "Zeeland",
))
CA_PROVINCE_CODES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
AU_STATE_CODES = frozenset("QLD NSW VIC TAS ACT".split())
# Every state and province code as one pattern's alternatives: "Denver, CO", "Melbourne VIC".
REGION_CODES = "|".join(sorted(US_STATE_CODES | CA_PROVINCE_CODES | AU_STATE_CODES))
# As a pattern after a comma: NT (Canada's and Australia's) and ACT (a word, a test) are left out.
PROVINCE_CODES = "|".join(sorted((CA_PROVINCE_CODES | AU_STATE_CODES) - {"NT", "ACT"}))
# Without a comma, only the codes no English word or degree shares.
BARE_PROVINCE_CODES = "QLD|NSW|VIC|TAS|QC|BC"
COUNTRIES = (
    "United Kingdom|UK|England|Scotland|Wales|Northern Ireland|Ireland|United States|USA|Canada|Mexico|Brazil|Argentina|"
    "Chile|Colombia|Peru|Germany|France|Spain|Portugal|Italy|Netherlands|Belgium|Luxembourg|Switzerland|Austria|"
    "Denmark|Sweden|Norway|Finland|Iceland|Poland|Czechia|Czech Republic|Slovakia|Hungary|Romania|Bulgaria|Greece|"
    "Croatia|Slovenia|Serbia|Estonia|Latvia|Lithuania|Ukraine|Turkey|Israel|United Arab Emirates|UAE|"
    "Saudi Arabia|Qatar|Egypt|Nigeria|Kenya|South Africa|Morocco|India|Pakistan|Bangladesh|Sri Lanka|Singapore|"
    "Malaysia|Indonesia|Philippines|Vietnam|Thailand|China|Hong Kong|Taiwan|Japan|South Korea|Korea|Australia|New Zealand|"
    # The Caribbean, Central and South America, and more (blind set S64: "Providenciales, Turks and Caicos Islands").
    # Not the names people and words share ("Jordan", "Chad", "Georgia").
    "Jamaica|Bahamas|The Bahamas|Barbados|Trinidad and Tobago|Turks and Caicos Islands|Turks and Caicos|Cayman Islands|"
    "Bermuda|Dominican Republic|Puerto Rico|Aruba|Curaçao|Saint Lucia|St Lucia|Antigua and Barbuda|Belize|Costa Rica|"
    "Panama|Guatemala|Honduras|El Salvador|Nicaragua|Ecuador|Uruguay|Paraguay|Bolivia|Venezuela|"
    "Kuwait|Bahrain|Oman|Lebanon|Ghana|Ethiopia|Tanzania|Uganda|Rwanda|Zambia|Zimbabwe|Botswana|Namibia|Senegal|"
    "Tunisia|Algeria|Mauritius|Nepal|Cambodia|Myanmar|Kazakhstan|Malta|Cyprus|Albania|North Macedonia|Montenegro|"
    "Bosnia and Herzegovina|Moldova|Fiji|"
    # The rest of the UN's members and the territories postings name, by ISO 3166 short names and their common forms
    # (blind set S98: "in Moscow, Russia"). Still not the names people and words share (Jordan, Chad, Jersey, Guernsey), nor Mali, an Indian
    # job title (a gardener; review).
    "Russia|Russian Federation|Belarus|Armenia|Azerbaijan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Mongolia|"
    "Afghanistan|Iran|Iraq|Syria|Yemen|Palestine|Libya|Sudan|South Sudan|Angola|Mozambique|Cameroon|Côte d'Ivoire|"
    "Cote d'Ivoire|Ivory Coast|Madagascar|Malawi|Niger|Burkina Faso|Benin|Togo|Guinea|Guinea-Bissau|"
    "Equatorial Guinea|Sierra Leone|Liberia|The Gambia|Gambia|Mauritania|Cabo Verde|Cape Verde|Gabon|"
    "Democratic Republic of the Congo|DR Congo|Republic of the Congo|Congo|Central African Republic|Burundi|Eritrea|"
    "Djibouti|Somalia|Lesotho|Eswatini|Swaziland|Seychelles|Comoros|São Tomé and Príncipe|Sao Tome and Principe|"
    "Laos|Brunei|Bhutan|Maldives|Timor-Leste|East Timor|Macau|Macao|North Korea|Burma|Papua New Guinea|"
    "Solomon Islands|Vanuatu|Samoa|Tonga|Kiribati|Tuvalu|Nauru|Palau|Micronesia|Marshall Islands|Cuba|Haiti|Guyana|"
    "Suriname|Grenada|Dominica|Saint Kitts and Nevis|St Kitts and Nevis|Saint Vincent and the Grenadines|"
    "St Vincent and the Grenadines|Liechtenstein|Monaco|Andorra|San Marino|Vatican City|Kosovo|Bosnia|Türkiye|"
    "Great Britain|Britain|Gibraltar|Isle of Man|Greenland|Faroe Islands|Guam|Martinique|Guadeloupe|"
    "French Guiana|French Polynesia|New Caledonia|British Virgin Islands|US Virgin Islands|Anguilla|Sint Maarten"
)
_CITY_LIST = (
    "New York|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|Austin|Jacksonville|"
    "San Jose|Columbus|Charlotte|Indianapolis|San Francisco|Seattle|Denver|Boston|Nashville|Detroit|Portland|"
    "Las Vegas|Atlanta|Miami|Minneapolis|Pittsburgh|Baltimore|Milwaukee|Sacramento|Raleigh|Salt Lake City|"
    "Toronto|Montreal|Montréal|Vancouver|Calgary|Ottawa|Edmonton|Winnipeg|Halifax|Waterloo|"
    "Orlando|Tampa|Cleveland|Cincinnati|Kansas City|New Orleans|Oklahoma City|Tucson|Albuquerque|Omaha|Honolulu|"
    "London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Dublin|Belfast|Cardiff|Liverpool|Sheffield|"
    "Newcastle|Nottingham|Leicester|Southampton|Brighton|Oxford|Cambridge|Aberdeen|Cork|Galway|"
    "Paris|Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Amsterdam|Rotterdam|Brussels|Zurich|Zürich|Geneva|"
    "Vienna|Madrid|Barcelona|Lisbon|Porto|Rome|Milan|Stockholm|Copenhagen|Oslo|Helsinki|Warsaw|Kraków|Krakow|"
    "Prague|Budapest|Bucharest|Athens|Istanbul|Tel Aviv|Dubai|Abu Dhabi|Riyadh|Cairo|Lagos|Nairobi|Cape Town|"
    "Johannesburg|Bangalore|Bengaluru|Mumbai|Delhi|Hyderabad|Pune|Chennai|Singapore|Kuala Lumpur|Jakarta|Manila|"
    "Kolkata|Ahmedabad|Gurgaon|Gurugram|Noida|"
    "Bangkok|Tokyo|Seoul|Beijing|Shanghai|Shenzhen|Taipei|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|"
    "Mexico City|CDMX|São Paulo|Sao Paulo|Buenos Aires|Santiago|Bogotá|Bogota|Lima|"
    # More of the largest cities in Europe, Asia, Africa and Latin America (blind set S79: "Data Engineer H/F -
    # Lyon"); none that is also a common English word or first name ("Nice", "Reading", "Florence", "Victoria").
    "Lyon|Marseille|Toulouse|Lille|Nantes|Bordeaux|Strasbourg|Stuttgart|Düsseldorf|Dusseldorf|Leipzig|Dresden|"
    "Hannover|Nuremberg|Nürnberg|Utrecht|The Hague|Eindhoven|Antwerp|Ghent|Gothenburg|Malmö|Malmo|Aarhus|Tampere|"
    "Espoo|Gdańsk|Gdansk|Wrocław|Wroclaw|Poznań|Poznan|Łódź|Brno|Bratislava|Ljubljana|Zagreb|Belgrade|Tallinn|Riga|"
    "Vilnius|Kyiv|Seville|Valencia|Bilbao|Málaga|Turin|Naples|Bologna|Basel|Bern|Lausanne|Reykjavík|Reykjavik|Doha|"
    "Jeddah|Ho Chi Minh City|Hanoi|Osaka|Yokohama|Nagoya|Fukuoka|Busan|Hong Kong|Guangzhou|Hangzhou|Chengdu|Karachi|"
    "Lahore|Islamabad|Dhaka|Colombo|Kathmandu|Accra|Kigali|Kampala|Addis Ababa|Casablanca|Tunis|Durban|Pretoria|"
    "Medellín|Medellin|Quito|Montevideo|Guadalajara|Monterrey|Rio de Janeiro|Recife|Belo Horizonte|Curitiba|"
    "Porto Alegre|Brasília|Brasilia|Mississauga|Quebec City|"
    # Canada's next largest, which no word nor surname shares ("Warehouse Associate - Brampton", blind set S93).
    "Brampton|Saskatoon|Gatineau|"
    # The rest of the largest urban areas (UN World Urbanization Prospects 2018, over about two million people) and
    # capitals, and the next cities of the countries postings come from (blind set S98: "The job is in Moscow").
    # Not the names people and words share ("Salvador", "Rosario", "Sofia", "Samara", "Medina", "Kobe", "Split").
    "Moscow|Saint Petersburg|St Petersburg|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Rostov-on-Don|Krasnodar|"
    "Vladivostok|Chelyabinsk|Omsk|Ufa|Voronezh|Tver|Minsk|Kiev|Lviv|Kharkiv|Odesa|Odessa|Dnipro|Chisinau|Chișinău|"
    "Tbilisi|Yerevan|Baku|Almaty|Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|"
    "Sarajevo|Skopje|Tirana|Podgorica|Pristina|Novi Sad|Cluj-Napoca|Timișoara|Timisoara|Iași|Iasi|Brașov|Brasov|"
    "Plovdiv|Varna|Thessaloniki|Nicosia|Limassol|Valletta|Ankara|Izmir|İzmir|Antalya|Bursa|"
    "Montpellier|Rennes|Grenoble|Dortmund|Essen|Bremen|Bonn|Mannheim|Karlsruhe|Münster|Aachen|Heidelberg|Darmstadt|"
    "Potsdam|Mainz|Wiesbaden|Freiburg|Augsburg|Graz|Linz|Salzburg|Innsbruck|Lugano|Lucerne|Luzern|Genoa|Venice|"
    "Verona|Palermo|Padua|Trieste|Zaragoza|Alicante|Granada|Murcia|Las Palmas|Odense|Aalborg|Trondheim|Stavanger|"
    "Uppsala|Turku|Oulu|Tartu|Kaunas|Katowice|Lublin|Szczecin|Ostrava|Košice|Kosice|Debrecen|Coimbra|Braga|Delft|"
    "Leiden|Coventry|Bradford|Milton Keynes|Swansea|Stoke-on-Trent|Plymouth|Portsmouth|Norwich|Exeter|"
    "Wolverhampton|Sunderland|Dundee|Inverness|Swindon|Peterborough|Ipswich|Luton|Middlesbrough|Bournemouth|"
    "Gloucester|Cheltenham|Warrington|Huddersfield|"
    "Fort Worth|El Paso|Memphis|Louisville|Fresno|Long Beach|Virginia Beach|Oakland|Tulsa|Bakersfield|Anaheim|"
    "St Louis|Saint Louis|Boise|Spokane|Des Moines|Scottsdale|Plano|Hartford|Knoxville|Chattanooga|Newark|"
    "Jersey City|Palo Alto|Mountain View|Sunnyvale|Bellevue|Cupertino|Santa Clara|Ann Arbor|Albany|Little Rock|"
    "Tacoma|Brooklyn|Manhattan|"
    "Kitchener|Burnaby|Oakville|Kelowna|Sherbrooke|Fredericton|Moncton|Charlottetown|Whitehorse|Yellowknife|Iqaluit|"
    "Guelph|Barrie|Sudbury|Lethbridge|Kamloops|Nanaimo|"
    "Gold Coast|Sunshine Coast|Hobart|Geelong|Wollongong|Townsville|Parramatta|Dunedin|Tauranga|Palmerston North|"
    "Tehran|Baghdad|Erbil|Beirut|Amman|Damascus|Kuwait City|Manama|Muscat|Sharjah|Dammam|Al Khobar|Khobar|Makkah|"
    "Jerusalem|Haifa|"
    "Incheon|Daejeon|Daegu|Kyoto|Sapporo|Sendai|Hiroshima|Kaohsiung|Taichung|Hsinchu|Macau|Macao|Wuhan|Nanjing|"
    "Tianjin|Chongqing|Jinan|Xi'an|Suzhou|Xiamen|Dalian|Qingdao|Shenyang|Harbin|Changsha|Zhengzhou|Kunming|Hefei|Ningbo|"
    "Dongguan|Foshan|Phnom Penh|Vientiane|Yangon|Da Nang|Cebu City|Davao City|Makati|Taguig|Quezon City|Pasig|"
    "Surabaya|Bandung|Medan|Semarang|Yogyakarta|Johor Bahru|Ipoh|Kota Kinabalu|Kuching|Cyberjaya|Petaling Jaya|"
    "Thimphu|Chittagong|Chattogram|Faisalabad|Rawalpindi|Peshawar|Multan|Kabul|Surat|Jaipur|Lucknow|Kanpur|Nagpur|"
    "Indore|Bhopal|Patna|Vadodara|Chandigarh|Coimbatore|Kochi|Thiruvananthapuram|Visakhapatnam|Bhubaneswar|Mysuru|"
    "Mysore|Mangaluru|Mangalore|Navi Mumbai|Thane|Ghaziabad|Faridabad|"
    "Kinshasa|Luanda|Dar es Salaam|Abidjan|Dakar|Abuja|Ibadan|Kano|Port Harcourt|Khartoum|Alexandria|Giza|Algiers|"
    "Rabat|Marrakesh|Marrakech|Tangier|Lusaka|Harare|Bulawayo|Maputo|Kumasi|Mombasa|Kisumu|Gaborone|Windhoek|"
    "Port Louis|Antananarivo|Lilongwe|Douala|Yaoundé|Yaounde|Bamako|Ouagadougou|Conakry|Freetown|Monrovia|Lomé|"
    "Cotonou|Niamey|Mogadishu|Asmara|Port Elizabeth|Gqeberha|Bloemfontein|Stellenbosch|Sandton|Midrand|"
    "Caracas|Maracaibo|Havana|Santo Domingo|San Juan|Panama City|Guatemala City|Tegucigalpa|San Pedro Sula|"
    "San Salvador|Managua|Asunción|Asuncion|La Paz|Santa Cruz de la Sierra|Cali|Barranquilla|Cartagena|Bucaramanga|"
    "Guayaquil|Cuenca|Arequipa|Córdoba|Cordoba|Valparaíso|Valparaiso|Viña del Mar|Antofagasta|Fortaleza|Manaus|"
    "Campinas|Florianópolis|Florianopolis|Goiânia|Belém|Tijuana|Mérida|Merida|Cancún|Cancun|Ciudad Juárez|"
    "Hermosillo|Mexicali|Saltillo|Toluca|Port of Spain|Bridgetown|Nassau|Paramaribo|Montego Bay"
)



def alternation(names: list[str]) -> str:
    """``names`` as one pattern's alternatives, shared beginnings factored out ("San (?:Antonio|Diego|…)"), the
    longer name first: the engine tries each alternative in turn at every place it searches, and hundreds of
    city names at each word made a search of 50,000 characters take a third of a second."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        options = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            options.append("")
        if len(options) == 1:
            return options[0]
        return "(?:" + "|".join(options) + ")"

    return emit(trie)


PLACE_NAMES = frozenset(name.lower() for name in f"{STATES}|{COUNTRIES}|{_CITY_LIST}".split("|"))
# The large cities alone, lower-cased: where a city (not a state or country) is meant.
CITY_NAMES = frozenset(city.lower() for city in _CITY_LIST.split("|"))
# The large cities as one pattern's alternatives.
CITIES = alternation(_CITY_LIST.split("|"))


# A title line's last part after a dash or bar: where boards and chat posts put the place.
_TITLE_TAIL = re.compile(r"\s[-–—|]\s+([^-–—|]{2,80}?)\s*$")
_REGION_CODE = re.compile(f"(?:{REGION_CODES})")


def title_place(title: str) -> str | None:
    """The place a title line ends with ("Line Cook - Toronto", "Server - Queen St W, Toronto",
    "Driver | Joliet, IL"), or None: the part after the last dash or bar whose last comma-separated
    piece is a state, country or large city, or a region code after a town."""
    m = _TITLE_TAIL.search(title, max(0, len(title) - 120))
    if m is None:
        return None
    pieces = [p.strip() for p in m.group(1).split(",")]
    if pieces[-1].lower() in PLACE_NAMES or (len(pieces) > 1 and _REGION_CODE.fullmatch(pieces[-1])):
        return m.group(1)
    return None

# "Hybrid" as a way of working, not of teaching nor a kind of machine: "online or hybrid university
# instruction", "hybrid cloud" (blind set S58). A fragment for case-insensitive patterns.
HYBRID_WORK = r"hybrid(?!\s+(?:[a-z]+\s+)?(?:instruction|teaching|learning|courses?|classes|classrooms?|cloud|vehicles?|cars?|engines?|apps?|events?|meetings?)\b)"


# Large cities named alone, with their country (ISO codes; facts).
CITY_COUNTRY = {
    **dict.fromkeys(("Christchurch", "Auckland", "Wellington", "Dunedin", "Tauranga"), "NZ"),
    **dict.fromkeys(("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra"), "AU"),
    **dict.fromkeys(("Toronto", "Vancouver", "Calgary", "Montreal", "Montréal", "Ottawa", "Edmonton", "Winnipeg"), "CA"),
    # City-states: the city is the country ("Tampines Industrial Avenue 5, Singapore 528757", blind set S28).
    "Singapore": "SG", "Hong Kong": "HK",
}

# The dollar a bare "$" means where the job is (postlint reads "$" as US dollars otherwise), and
# the country's name for messages (ISO 4217 codes).
LOCAL_DOLLAR = {"CA": ("CAD", "Canada"), "AU": ("AUD", "Australia"), "NZ": ("NZD", "New Zealand"),
                "SG": ("SGD", "Singapore"), "HK": ("HKD", "Hong Kong"),
                # The peso's sign is "$" too.
                "MX": ("MXN", "Mexico"), "CL": ("CLP", "Chile"), "AR": ("ARS", "Argentina")}
# Their names as a posting's prose writes them, ready for a regular expression ("México" too).
LOCAL_DOLLAR_COUNTRIES = "|".join([name for _, name in LOCAL_DOLLAR.values()] + ["México"])

# Cities written in their own language in an address and in English on the page, or the other
# way round ("addressLocality": "Lisboa" for a job in Lisbon): each name leads to the other.
_CITY_EXONYMS = {
    "lisboa": "lisbon", "porto": "oporto", "münchen": "munich", "köln": "cologne", "nürnberg": "nuremberg",
    "wien": "vienna", "praha": "prague", "warszawa": "warsaw", "kraków": "krakow", "roma": "rome", "milano": "milan",
    "firenze": "florence", "napoli": "naples", "torino": "turin", "venezia": "venice", "sevilla": "seville",
    "zürich": "zurich", "genève": "geneva", "bruxelles": "brussels", "brussel": "brussels", "antwerpen": "antwerp",
    "københavn": "copenhagen", "göteborg": "gothenburg", "den haag": "the hague", "moskva": "moscow",
    "athína": "athens", "athina": "athens", "bucurești": "bucharest", "beograd": "belgrade", "montréal": "montreal",
    "québec": "quebec", "são paulo": "sao paulo", "bogotá": "bogota", "ciudad de méxico": "mexico city",
}
_CITY_NAMES = {**_CITY_EXONYMS, **{english: own for own, english in _CITY_EXONYMS.items()}}


# A UK postcode's two parts: the outward code, the district ("BS8", "EC2A", "M1"), and the inward code ("4AP").
UK_OUTWARD = r"[A-Z]{1,2}\d[A-Z\d]?"
UK_INWARD = r"\d[A-Z]{2}"


# A postcode after the town: the UK's district ("London SE1", "Leeds LS1 4AP"), Canada's ("Toronto M5V 2T6"),
# a US ZIP ("Portland 97205"). The run of blanks is matched from its start only: from inside a long run,
# each start would scan to its end.
_POSTCODE_AFTER = re.compile(rf"(?<!\s)\s+(?:{UK_OUTWARD}(?:\s*{UK_INWARD})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{{5}}(?:-\d{{4}})?)$")


def city_of(location: str) -> str:
    """The town a location names first, without its postcode ("London SE1, UK" -> "London")."""
    first = next((part.strip() for part in re.split(r"[,;/()]", location) if part.strip()), "")
    return _POSTCODE_AFTER.sub("", first) or first


# A twin city's halves, each its name: "Tel Aviv-Yafo" (blind set S62), "Kitchener-Waterloo". Not a
# name one of whose parts is a prefix ("Saint-Laurent", "Port-Louis") or a small word ("Stratford-upon-Avon").
_TWIN_CITY = re.compile(r"([A-Z][\w' ]{3,})-([A-Z][\w']{3,})")
_NAME_PREFIXES = frozenset("saint sainte san santa port fort new north south east west upper lower great little bad".split())


def city_spellings(city: str) -> set[str]:
    """``city`` in lower case and its other common name, if it has one ("Lisboa" -> lisboa, lisbon),
    and a twin city's halves ("Tel Aviv-Yafo" -> tel aviv-yafo, tel aviv, yafo)."""
    name = city.strip().lower()
    other = _CITY_NAMES.get(name)
    names = {name, other} if other else {name}
    if (twin := _TWIN_CITY.fullmatch(city.strip())) and not {w.lower() for w in twin.groups()} & _NAME_PREFIXES:
        names.update(w.lower() for w in twin.groups())
    return names


# Great Britain's counties as addresses name them after the town ("Daventry, Northamptonshire"):
# England's ceremonial counties and the usual Welsh and Scottish ones (facts; postcode districts
# need no list).
UK_COUNTIES = (
    "Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|Derbyshire|Devon|Dorset|"
    "County Durham|Durham|East Sussex|Essex|Gloucestershire|Greater London|Greater Manchester|Hampshire|Herefordshire|"
    "Hertfordshire|Isle of Wight|Kent|Lancashire|Leicestershire|Lincolnshire|North Lincolnshire|Merseyside|Norfolk|"
    "North Yorkshire|Northamptonshire|Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|"
    "South Yorkshire|Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire|West Midlands|West Sussex|West Yorkshire|"
    "East Riding of Yorkshire|Wiltshire|Worcestershire|Glamorgan|Vale of Glamorgan|Gwynedd|Powys|Pembrokeshire|"
    "Carmarthenshire|Ceredigion|Conwy|Denbighshire|Flintshire|Monmouthshire|Aberdeenshire|Fife|Lothian|West Lothian|"
    "East Lothian|Midlothian|Lanarkshire|North Lanarkshire|South Lanarkshire|Ayrshire|Perthshire|Renfrewshire|Dunbartonshire|Stirlingshire"
)
