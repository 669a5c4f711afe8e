"""Story 4: the Israel-Hezbollah ground war and ceasefire, October-November 2024 (pages 1613-1616)."""
from gold_common import E

NAME = "lebanon"
TITLE = ("the Israel-Hezbollah ground war and ceasefire, Oct-Nov 2024 (the ground raids from 1 Oct and eight Israeli "
         "soldiers killed near Maroun al-Ras, UNIFIL's Naqoura headquarters hit on 10-11 Oct and the Ramyah gate forced "
         "on 13 Oct with the Israeli denial, the 40 contributors' condemnation, Crosetto, France, Netanyahu's demand to "
         "move the peacekeepers, the Basta and Nuwayri strike of 10 Oct, Adraee's evacuation orders for the south and "
         "Baalbek, strikes on Baalbek and Tyre, Hezbollah's ambushes in Aita al-Shaab and Khiam, rockets on Haifa, the "
         "drone on Netanyahu's Caesarea home (19 Oct, claimed 22 Oct), Naim Qassem's election (29 Oct) and first speech, "
         "Hochstein's visits, the Basta strike of 23 Nov and Hezbollah's 250 projectiles of 24 Nov, the ceasefire approved "
         "on 26 Nov and in force on 27 Nov with its 60-day terms, warnings not to return, fire near Khiam on 'suspects' or "
         "'citizens', returning families and the Lebanese army's deployment)")
WINDOW = ("2024-10-01", "2024-11-27")
BACKGROUND_FROM = "2023-10-08"

ENTITIES = {
    "israel-gov": {"code": "ISR GOV", "names": ["Israel", "إسرائيل", "Israeli government"]},
    "security-cabinet": {"code": "ISR GOV", "names": ["the security cabinet", "security cabinet",
                                                      "Israel's security cabinet"], "member_of": "israel-gov"},
    "netanyahu": {"code": "ISR GOV", "names": [
        "Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu", "Netanyahu", "the Prime Minister", "بنيامين نتنياهو",
        "نتنياهو", "رئيس الوزراء بنيامين نتنياهو", "رئيس وزراء العدو بنيامين نتنياهو"], "member_of": "israel-gov"},
    "ben-gvir": {"code": "ISR GOV", "names": ["Itamar Ben-Gvir", "National Security Minister Itamar Ben-Gvir", "Ben-Gvir"],
                 "member_of": "israel-gov"},
    "idf": {"code": "ISR MIL", "names": [
        "Israeli military", "The Israeli military", "the Israeli military", "IDF", "the IDF", "IDF forces", "Troops",
        "troops", "the Air Force", "Israeli tank fire", "Two Israeli Merkava tanks", "IDF tanks", "the military",
        "the army", "جيش الاحتلال", "جيش العدو", "القوات الإسرائيلية", "الجيش الإسرائيلي", "الطيران الحربي المعادي",
        "الطائرات الإسرائيلية", "غارات معادية", "قوة إسرائيلية", "العدو", "قوات الاحتلال"], "member_of": "israel-gov"},
    "adraee": {"code": "ISR MIL", "names": [
        "Avichay Adraee", "The Israeli military's Arabic-language spokesman, Avichay Adraee",
        "IDF Arabic-language spokesman Avichay Adraee", "Adraee", "أفيخاي أدرعي", "المتحدث باسم جيش الاحتلال أفيخاي أدرعي",
        "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي", "أدرعي"], "member_of": "idf"},
    "israeli-media": {"code": "ISR MED", "names": ["إعلام العدو", "Israeli media"]},
    "stern": {"code": "ISR GOV", "names": ["Avichai Stern", "Kiryat Shmona mayor Avichai Stern"]},
    "israeli-civilians": {"code": "ISR CVL", "names": ["Israelis", "مستوطنين", "سبعة مستوطنين", "residents of the north"]},
    "hezbollah": {"code": "LBN REB", "names": [
        "Hezbollah", "Hizbollah", "the terror group", "its fighters", "حزب الله", "الحزب", "المقاومة",
        "المقاومة الإسلامية", "مقاتلو المقاومة الإسلامية", "بيانات المقاومة", "Radwan forces"]},
    "hezbollah-shura": {"code": "LBN REB", "names": ["مجلس شورى حزب الله", "مجلس شورى الحزب", "Hezbollah's Shura Council"],
                        "member_of": "hezbollah"},
    "qassem": {"code": "LBN REB", "names": [
        "Naim Qassem", "Sheikh Naim Qassem", "الشيخ نعيم قاسم", "سماحة الشيخ نعيم قاسم", "نعيم قاسم", "قاسم",
        "الشيخ قاسم", "الأمين العام لحزب الله الشيخ نعيم قاسم"], "member_of": "hezbollah"},
    "fadlallah": {"code": "LBN REB", "names": [
        "Hassan Fadlallah", "حسن فضل الله", "النائب حسن فضل الله",
        "عضو كتلة \"الوفاء للمقاومة\" النائب حسن فضل الله"], "member_of": "hezbollah"},
    "safa": {"code": "LBN REB", "names": ["Wafiq Safa", "وفيق صفا"], "member_of": "hezbollah"},
    "lebanon-gov": {"code": "LBN GOV", "names": ["Lebanon", "لبنان", "مجلس الوزراء", "the Lebanese government",
                                                 "الحكومة اللبنانية"]},
    "mikati": {"code": "LBN GOV", "names": [
        "Najib Mikati", "Lebanon's caretaker Prime Minister Najib Mikati", "Mikati", "نجيب ميقاتي",
        "رئيس الحكومة نجيب ميقاتي", "رئيس حكومة تصريف الأعمال نجيب ميقاتي", "ميقاتي"], "member_of": "lebanon-gov"},
    "berri": {"code": "LBN GOV", "names": ["Nabih Berri", "نبيه بري", "رئيس مجلس النواب نبيه بري", "بري"],
              "member_of": "lebanon-gov"},
    "laf": {"code": "LBN MIL", "names": ["the Lebanese army", "Lebanese army", "الجيش اللبناني", "الجيش"],
            "member_of": "lebanon-gov"},
    "lebanon-health": {"code": "LBN GOV", "names": [
        "Lebanon's health ministry", "Lebanese health ministry", "وزارة الصحة العامة", "وزارة الصحة",
        "وزارة الصحة اللبنانية"], "member_of": "lebanon-gov"},
    "nna": {"code": "LBN GOV", "names": ["الوكالة الوطنية للإعلام", "National News Agency", "NNA"],
            "member_of": "lebanon-gov"},
    "lebanese-civilians": {"code": "LBN CVL", "names": [
        "22 people", "29 people", "residents", "residents of south Lebanon", "residents of more than 20 villages in the "
        "south", "residents of the buildings", "people", "سكان الجنوب", "جميع سكان مدينة بعلبك وبلدتي عين بورضاي ودورس",
        "آلاف العائلات النازحة", "مواطنين", "المواطنين", "النازحين", "19 شخصا", "عشرات المنازل"]},
    "unifil": {"code": "IGO", "names": [
        "UNIFIL", "the UNIFIL mission", "U.N. peacekeepers", "peacekeepers", "the peacekeepers", "15 peacekeepers",
        "two Indonesian peacekeepers", "two Sri Lankan soldiers", "the force", "the mission", "اليونيفيل",
        "قوات اليونيفيل"], "member_of": "un"},
    "troop-contributors": {"code": "IGO", "names": [
        "Forty countries that contribute troops to the force", "troop contributors", "the countries that send troops"]},
    "crosetto": {"code": "ITA GOV", "names": ["Guido Crosetto", "Italian Defence Minister Guido Crosetto", "Crosetto"]},
    "biden": {"code": "USA GOV", "names": ["Joe Biden", "US President Joe Biden", "Biden", "الرئيس الأميركي جو بايدن",
                                           "جو بايدن", "بايدن"], "member_of": "us-gov"},
    "hochstein": {"code": "USA GOV", "names": [
        "Amos Hochstein", "US envoy Amos Hochstein", "Hochstein", "آموس هوكستين", "المبعوث الأميركي آموس هوكستين",
        "المبعوث آموس هوكستين", "هوكستين"], "member_of": "us-gov"},
}


def _g(names, lat, lon, r, gid):
    return {"names": names, "lat": lat, "lon": lon, "radius_km": r, "geonames_id": gid,
            "note": f"GeoNames cities500 ({gid})"}


def _approx(names, lat, lon, r, what):
    return {"names": names, "lat": lat, "lon": lon, "radius_km": r, "geonames_id": None,
            "note": f"{what}; approximate (not in cities500)."}


PLACES = {
    "beirut": _g(["Beirut", "central Beirut", "بيروت", "قلب بيروت", "مناطق في قلب بيروت"], 33.89332, 35.50157, 8, 276781),
    "dahiyeh": _approx(["Dahiyeh", "Beirut's Dahiyeh", "الضاحية الجنوبية", "الضاحية الجنوبية لبيروت", "الضاحية"],
                       33.852, 35.505, 4, "Beirut's southern suburbs (Dahiyeh)"),
    "basta": _approx(["Basta", "Beirut's Basta district", "the crowded Basta and Nuwayri districts of central Beirut",
                      "Nuwayri", "منطقة النويري", "النويري", "البسطة"], 33.889, 35.503, 1.5,
                     "Basta and Nuwayri districts of central Beirut"),
    "ramyah": _approx(["Ramyah", "Ramyeh", "رامية"], 33.103, 35.315, 3, "Ramyah, Bint Jbeil district"),
    "naqoura": _g(["Naqoura", "UNIFIL's headquarters in Naqoura", "الناقورة"], 33.11806, 35.13972, 4, 278832),
    "maroun-al-ras": _approx(["Maroun al-Ras", "مارون الراس"], 33.1036, 35.4431, 3, "Maroun al-Ras, Bint Jbeil district"),
    "aita-al-shaab": _approx(["Aita al-Shaab", "عيتا الشعب", "بلدة عيتا الشعب الحدودية"], 33.0967, 35.3369, 3,
                             "Aita al-Shaab, Bint Jbeil district"),
    "khiam": _approx(["Khiam", "الخيام", "مدينة الخيام", "الأطراف الشرقية لمدينة الخيام", "أطراف بلدة الخيام", "البلدة"],
                     33.3286, 35.6086, 4, "Khiam, Marjayoun district"),
    "south-lebanon": _approx(["south Lebanon", "southern Lebanon", "the south", "جنوب لبنان", "الجنوب", "القرى الأمامية",
                              "القرى الحدودية", "villages along the border", "more than 20 villages in the south"],
                             33.25, 35.4, 40, "South Lebanon (region), centroid"),
    "litani": _approx(["south of the Litani river", "the Litani river", "جنوب الليطاني", "منطقة جنوب الليطاني",
                       "جنوب نهر الليطاني"], 33.2, 35.4, 30, "The area south of the Litani river (region)"),
    "north-litani": _approx(["north of the river", "north of the Litani", "شمال الليطاني"], 33.45, 35.5, 30,
                            "The area north of the Litani river (region)"),
    "awali": _approx(["north of the Awali river", "the Awali river", "نهر الأولي"], 33.6, 35.45, 20,
                     "North of the Awali river (region)"),
    "bekaa": _approx(["Bekaa", "البقاع"], 33.85, 36.0, 50, "Bekaa valley (region), centroid"),
    "lebanon": _approx(["Lebanon", "لبنان"], 33.9, 35.8, 150, "Lebanon (country), centroid"),
    "baalbek": _g(["Baalbek", "بعلبك", "مدينة بعلبك", "بعلبك ومحيطها"], 34.00583, 36.21806, 8, 277130),
    "deir-al-ahmar": _approx(["Deir al-Ahmar", "دير الأحمر"], 34.126, 36.128, 5, "Deir al-Ahmar, Baalbek-Hermel"),
    "zahle": _g(["Zahle", "زحلة"], 33.84675, 35.90203, 8, 266045),
    "tyre": _g(["Tyre", "صور", "مدينة صور"], 33.27333, 35.19389, 5, 267008),
    "sidon": _g(["Sidon", "صيدا", "مدخل صيدا", "الأوتوستراد الساحلي عند مدخل صيدا"], 33.55751, 35.37148, 6, 268064),
    "haifa": _g(["Haifa", "حيفا", "a military base south of Haifa"], 32.81841, 34.9885, 15, 294801),
    "stella-maris": _approx(["Stella Maris", "قاعدة ستيلا ماريس البحرية", "قاعدة ستيلا ماريس البحرية شمال غرب حيفا"],
                            32.827, 34.971, 3, "Stella Maris naval base, north-west Haifa"),
    "krayot": _approx(["Krayot", "منطقة الكريوت", "الكريوت"], 32.84, 35.08, 6, "The Krayot suburbs of Haifa Bay"),
    "tel-aviv": _g(["Tel Aviv", "تل أبيب"], 32.08088, 34.78057, 12, 293397),
    "petah-tikva": _g(["Petah Tikva", "بتاح تكفا"], 32.08707, 34.88747, 6, 293918),
    "caesarea": _g(["Caesarea", "قيسارية", "the Prime Minister's private home in Caesarea"], 32.51888, 34.90459, 4, 7117228),
    "jerusalem": _g(["Jerusalem", "القدس"], 31.76904, 35.21633, 10, 281184),
    "washington": _g(["Washington", "the White House", "واشنطن"], 38.89511, -77.03637, 15, 4140963),
}

D1613 = {
    "file": "1613_bluewaternewswire_israeli_tanks_burst_into_un_post_troop_contributors_protest.txt",
    "outlet": "Bluewater Newswire", "language": "en",
    "title": "Israeli tanks burst into U.N. post in south Lebanon as troop contributors protest",
    "published": "2024-10-13T14:50",
    "published_note": "From the page's date line (October 13, 2024 | 14:50 GMT); 'early on Sunday' and 'on Sunday' are "
                      "2024-10-13, 'on Saturday' 2024-10-12, 'on Friday' 2024-10-11, 'on Thursday' and 'Thursday night' "
                      "2024-10-10, 'Oct. 1' explicit, 'the next day' 2024-10-02.",
    "dateline": "BEIRUT/JERUSALEM",
    "body_first": "Two Israeli Merkava tanks smashed through the main gate of a U.N. peacekeepers' position at Ramyah",
    "body_last": "most of them in the past four weeks.",
    "chrome": ["World | Middle East | Europe | Americas | Business | Energy | Video",
               "Share this story: X | Facebook | LinkedIn | Email", "Related coverage",
               "Oil edges up as Middle East risk lingers", "Explainer: what is UNIFIL and who serves in it?",
               "Hurricane Milton clean-up begins in Florida"],
    "events": [
        E(1, "ASSAULT COERCE", "idf", "unifil", "ramyah south-lebanon", "2024-10-13", "asserted", ["unifil"],
          "Two Israeli Merkava tanks smashed through the main gate of a U.N. peacekeepers' position at Ramyah in south "
          "Lebanon early on Sunday and stayed inside for about 45 minutes", size={"tanks": 2}),
        E(2, "ASSAULT", "idf unidentified-attackers", "unifil", "ramyah", "2024-10-13", "asserted", ["unifil"],
          "Later in the morning, rounds fired nearby released smoke over the same position and 15 peacekeepers suffered "
          "skin irritation", size={"injured": 15},
          note="The page does not say who fired (the Israeli side is implied): unidentified attackers accepted."),
        E(3, "REJECT ASSAULT", "idf", "unifil", "ramyah", "2024-10-13", "asserted denied", ["idf"],
          "The Israeli military said a tank had been reversing under fire while evacuating wounded soldiers and denied "
          "that it had breached the base deliberately",
          note="A denial of a deliberate breach: REJECT, or the breach with modality denied."),
        E(4, "ASSAULT", "idf", "unifil", "naqoura", "2024-10-10", "asserted", [None],
          "Israeli tank fire hit an observation tower at UNIFIL's headquarters in Naqoura on Thursday, wounding two "
          "Indonesian peacekeepers", size={"wounded": 2}, mode="heavy-weapons"),
        E(5, "ASSAULT", "idf unidentified-attackers", "unifil", "naqoura", "2024-10-11", "asserted", [None],
          "two Sri Lankan soldiers were hurt by blasts near the tower on Friday", size={"wounded": 2}),
        E(6, "ACCUSE REJECT", "troop-contributors", "idf israel-gov", [], "2024-10-12", "asserted", ["troop-contributors"],
          "Forty countries that contribute troops to the force said in a joint statement on Saturday that they strongly "
          "condemned the attacks"),
        E(7, "ACCUSE", "crosetto", "idf israel-gov", [], None, "asserted possible", ["crosetto"],
          "Italian Defence Minister Guido Crosetto said they could amount to war crimes",
          date_also=["2024-10-10", "2024-10-11", "2024-10-12", "2024-10-13"]),
        E(8, "ACCUSE SANCTION", "france-gov", "israel-gov", [], None, "asserted", [None],
          "France summoned Israel's ambassador", date_also=["2024-10-10", "2024-10-11", "2024-10-12", "2024-10-13"],
          note="Summoning an ambassador: a diplomatic protest (ACCUSE, SANCTION accepted)."),
        E(9, "REQUEST", "netanyahu israel-gov", "guterres un unifil", [], "2024-10-13", "asserted", ["netanyahu"],
          "Prime Minister Benjamin Netanyahu, in a video addressed to U.N. Secretary-General Antonio Guterres, demanded "
          "that the peacekeepers be moved \"out of harm's way\" at once", date_also=[None]),
        E(10, "ACCUSE", "netanyahu israel-gov", "hezbollah", [], "2024-10-13", "asserted", ["netanyahu"],
          "saying Hezbollah was using them as human shields", date_also=[None]),
        E(11, "REJECT", "unifil", "netanyahu israel-gov", [], "2024-10-13", "asserted", ["unifil"],
          "UNIFIL said its troops would remain in all their positions", date_also=[None],
          note="Refusing to move is REJECT."),
        E(12, "ASSAULT MOBILIZE", "idf israel-gov", "hezbollah", "south-lebanon", "2024-10-01", "asserted", [None],
          "Israel launched what it called \"limited, localised and targeted\" ground raids into south Lebanon on Oct. 1"),
        E(13, "ASSAULT", "hezbollah", "idf", "maroun-al-ras", "2024-10-02", "asserted", ["idf"],
          "Eight soldiers were killed the next day in close-quarters fighting near Maroun al-Ras, the Israeli military said",
          size={"dead": 8}),
        E(14, "ASSAULT", "hezbollah", "idf", "aita-al-shaab", "2024-10-13", "asserted", ["hezbollah"],
          "Hezbollah said on Sunday its fighters had ambushed an Israeli force trying to advance into Aita al-Shaab",
          date_also=["2024-10-12", None]),
        E(15, "ASSAULT", "hezbollah", "idf", "haifa", "2024-10-13", "asserted", ["hezbollah"],
          "had fired a salvo of rockets at a military base south of Haifa", date_also=["2024-10-12", None]),
        E(16, "ASSAULT", "hezbollah", "israel-gov idf", [], "2024-10-12", "asserted", ["idf"],
          "The Israeli military said about 320 projectiles had crossed from Lebanon on Saturday", size={"rockets": 320}),
        E(17, "ASSAULT COERCE", "idf", "hezbollah", [], "2024-10-12", "asserted", ["idf"],
          "most of them intercepted or falling in open areas", optional=True, note="Interceptions (optional)."),
        E(18, "ASSAULT", "idf", "lebanese-civilians hezbollah", "basta beirut", "2024-10-10", "asserted",
          ["lebanon-health"],
          "An Israeli strike on Thursday night on the crowded Basta and Nuwayri districts of central Beirut killed 22 "
          "people, Lebanon's health ministry said", size={"dead": 22}, mode="aerial"),
        E(19, "ASSAULT", "idf", "safa hezbollah", "basta beirut", "2024-10-10", "asserted",
          ["A Lebanese security source"],
          "A Lebanese security source said the target had been Wafiq Safa, head of Hezbollah's liaison and coordination "
          "unit, who survived", mode="aerial", note="The same strike, its target per a security source."),
        E(20, "REQUEST", "adraee idf", "lebanese-civilians", "south-lebanon", "2024-10-12", "asserted", [None],
          "The Israeli military's Arabic-language spokesman, Avichay Adraee, on Saturday ordered residents of more than "
          "20 villages in the south to move north of the Awali river", destination="awali",
          note="An evacuation order is REQUEST, with the destination given."),
        E(21, "THREATEN", "adraee idf", "hezbollah", "south-lebanon", "2024-10-12", "asserted", [None],
          "saying the army would act \"forcefully\" against Hezbollah there"),
        E(22, "ACCUSE REJECT", "mikati lebanon-gov", "idf israel-gov", [], None, "asserted", ["mikati"],
          "Lebanon's caretaker Prime Minister Najib Mikati condemned the attacks on UNIFIL",
          date_also=["2024-10-10", "2024-10-11", "2024-10-12", "2024-10-13"]),
        E(23, "REQUEST", "mikati lebanon-gov", [], [], None, "asserted", ["mikati"],
          "called for the full implementation of U.N. resolution 1701",
          date_also=["2024-10-10", "2024-10-11", "2024-10-12", "2024-10-13"]),
        E(24, "ASSAULT", "idf israel-gov", "lebanese-civilians", "lebanon", None, "asserted", ["lebanon-health"],
          "Lebanon's health ministry says more than 2,200 people have been killed in Israeli attacks since October 2023",
          size={"dead": 2200}, date_also=[None], note="A running toll since October 2023."),
    ],
}

D1614 = {
    "file": "1614_galileesentinel_ceasefire_with_hezbollah_takes_hold_idf_warns_lebanese.txt",
    "outlet": "The Galilee Sentinel", "language": "en",
    "title": "Ceasefire with Hezbollah takes hold; IDF warns Lebanese not to head south yet",
    "published": "2024-11-27T08:30",
    "published_note": "From the page's date line (27.11.2024 | 08:30 IST (Israel) | Updated 11:05, day-first): the "
                      "publication, not the update; 'on Wednesday' is 2024-11-27, 'on Tuesday' and 'before the vote' "
                      "2024-11-26, 'On Sunday' 2024-11-24, 'on Saturday' 2024-11-23, 'October 19' and 'October 1' "
                      "explicit, 'last week' 18-22 Nov.",
    "dateline": "JERUSALEM",
    "body_first": "The ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday",
    "body_last": "who shuttled between Beirut and Jerusalem last week.",
    "chrome": ["News | Israel | North | Security | Middle East | Opinion | Podcasts",
               "Share: Facebook | X | WhatsApp | Telegram", "Read more",
               "Northern farmers count the cost of a lost season", "Reservists' businesses struggle, survey finds",
               "Opinion: a truce is not a victory"],
    "events": [
        E(1, "RETREAT", "israel-gov idf hezbollah", "hezbollah israel-gov", "south-lebanon", "2024-11-27", "asserted",
          [None], "The ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday", mode="ceasefire"),
        E(2, "AGREE", "security-cabinet israel-gov", "hezbollah lebanon-gov us-gov", [], "2024-11-26", "asserted", [None],
          "hours after the security cabinet approved the US-brokered arrangement by a vote of 10 to 1"),
        E(3, "REJECT", "ben-gvir", "israel-gov", [], "2024-11-26", "asserted", [None],
          "National Security Minister Itamar Ben-Gvir cast the only vote against it"),
        E(4, "THREATEN", "netanyahu israel-gov", "hezbollah", [], "2024-11-26", "hypothetical asserted", ["netanyahu"],
          "\"Should Hezbollah break the agreement or try to rearm, we will strike it hard,\" Prime Minister Benjamin "
          "Netanyahu said in a televised address before the vote"),
        E(5, "RETREAT", "idf israel-gov", "lebanon-gov hezbollah", "south-lebanon", None, "planned", [None],
          "Under the deal, the IDF will pull out of southern Lebanon gradually over 60 days", mode="withdraw",
          date_also=[None], note="Deal term (planned)."),
        E(6, "MOBILIZE", "laf lebanon-gov", [], "litani south-lebanon", None, "planned", [None],
          "while the Lebanese army deploys south of the Litani river", date_also=[None], note="Deal term (planned)."),
        E(7, "RETREAT", "hezbollah", "israel-gov idf", "litani", None, "planned", [None],
          "Hezbollah is to move its fighters and heavy weapons north of the river", mode="withdraw",
          destination="north-litani", date_also=[None], note="Deal term (planned)."),
        E(8, "AGREE COOPERATE", ["us-gov", "a US-led committee"], "israel-gov lebanon-gov", [], None, "planned", [None],
          "a US-led committee will monitor compliance", date_also=[None], note="Deal term (planned)."),
        E(9, "REQUEST THREATEN", "adraee idf", "lebanese-civilians", "south-lebanon", "2024-11-27", "asserted", [None],
          "Within hours, IDF Arabic-language spokesman Avichay Adraee warned residents of south Lebanon not to return to "
          "some 60 villages and not to approach IDF forces, \"for your own safety\"", size={"villages": 60}),
        E(10, "ASSAULT", "idf", ["suspects", "lebanese-civilians"], "khiam", "2024-11-27", "asserted", ["idf"],
          "Troops fired at several vehicles carrying suspects who had approached the forces near Khiam, the IDF said",
          mode="firearms"),
        E(11, "ASSAULT", "idf", "hezbollah lebanese-civilians", "dahiyeh beirut", "2024-11-26", "asserted", [None],
          "In the final hours before the truce, the Air Force struck some 20 targets in Beirut's Dahiyeh within two "
          "minutes on Tuesday, as well as targets in central Beirut", size={"targets": 20}, mode="aerial"),
        E(12, "REQUEST", "idf", "lebanese-civilians", "dahiyeh beirut", "2024-11-26", "asserted", [None],
          "after issuing evacuation warnings to residents of the buildings"),
        E(13, "ASSAULT", "hezbollah", "israel-gov israeli-civilians idf", "tel-aviv petah-tikva haifa", "2024-11-24",
          "asserted", [None],
          "On Sunday, Hezbollah fired some 250 rockets and drones at Israel, one of the heaviest barrages of the war, "
          "reaching Tel Aviv, Petah Tikva and Haifa", size={"rockets": 250}),
        E(14, "ASSAULT", "hezbollah", "idf", "tel-aviv", "2024-11-24", "alleged asserted", ["hezbollah"],
          "The terror group claimed it had targeted a \"military base\" near Tel Aviv with \"advanced missiles\"",
          note="A claim of responsibility, distanced ('claimed', scare quotes)."),
        E(15, "ASSAULT", "idf", "hezbollah", "basta beirut", "2024-11-23", "asserted", ["idf", None],
          "That barrage followed an IDF strike on Saturday on a building in Beirut's Basta district, which the military "
          "said was aimed at a senior Hezbollah operative", mode="aerial"),
        E(16, "ASSAULT", "idf", "lebanese-civilians", "basta beirut", "2024-11-23", "asserted", ["lebanon-health"],
          "Lebanon's health ministry said 29 people were killed", size={"dead": 29}, note="The same strike's toll."),
        E(17, "ASSAULT", "hezbollah", "netanyahu israel-gov", "caesarea", "2024-10-19", "asserted", [None],
          "a Hezbollah drone hit the Prime Minister's private home in Caesarea on October 19", mode="aerial"),
        E(18, "ASSAULT MOBILIZE", "idf", "hezbollah", "south-lebanon", "2024-10-01", "asserted", [None],
          "Since the IDF began its ground operation on October 1"),
        E(19, "ASSAULT", "idf", "hezbollah", "south-lebanon", None, "asserted", ["idf"],
          "troops have dismantled Hezbollah infrastructure in more than 70 villages along the border, the military says",
          size={"villages": 70}, mode="destroy", date_also=[None]),
        E(20, "ASSAULT COERCE", "idf", "unifil", "ramyah", None, "asserted", ["unifil"],
          "when the mission said IDF tanks had forced their way into one of its positions at Ramyah",
          date_also=["2024-10-13", None]),
        E(21, "REJECT ASSAULT", "idf", "unifil", [], None, "asserted denied", ["idf"],
          "The IDF has said it never deliberately targeted the peacekeepers", date_also=[None]),
        E(22, "REJECT ACCUSE", "stern", "israel-gov", [], None, "asserted", ["stern"],
          "Kiryat Shmona mayor Avichai Stern called the deal a \"surrender agreement\"",
          date_also=["2024-11-26", "2024-11-27"]),
        E(23, "REJECT", "stern", "israel-gov hezbollah", [], None, "asserted", ["stern"],
          "said residents would not return \"to live next to Radwan forces again\"", optional=True,
          date_also=["2024-11-26", "2024-11-27"]),
        E(24, "AGREE SUPPORT", "biden us-gov", "israel-gov lebanon-gov", "washington", "2024-11-26", "asserted", ["biden"],
          "US President Joe Biden, announcing the deal at the White House on Tuesday, said it was meant to end the "
          "hostilities for good"),
        E(25, "COOPERATE AGREE", "biden us-gov france-gov", "israel-gov lebanon-gov", [], "2024-11-26", "planned asserted",
          ["biden"], "Washington and France would work with both sides to see it carried out"),
        E(26, "CONSULT", "hochstein us-gov", "lebanon-gov israel-gov", "beirut jerusalem", None, "asserted", [None],
          "It was negotiated by US envoy Amos Hochstein, who shuttled between Beirut and Jerusalem last week",
          mode="mediate", date_also=["2024-11-19", "2024-11-20", "2024-11-21"]),
    ],
}

D1615 = {
    "file": "1615_mawqijabhatalisnad_sheikh_naim_qassem_secretary_general_resistance_strikes_haifa.txt",
    "outlet": "موقع جبهة الإسناد", "language": "ar",
    "title": "الشيخ نعيم قاسم أمينا عاما.. والمقاومة تكبد العدو خسائر عند أطراف الخيام وتدك حيفا",
    "published": "2024-10-30",
    "published_note": "From the page's date line (الأربعاء 27 ربيع الآخر 1446هـ - 30 تشرين الأول 2024, Hijri beside "
                      "Gregorian, checked against Umm al-Qura: 27 Rabi al-Akhir 1446 = 2024-10-30); 'أمس الثلاثاء' and "
                      "'فجر أمس' are 2024-10-29, 'اليوم الأربعاء', 'ظهر اليوم' and 'اليوم' 2024-10-30, 'يوم الإثنين' "
                      "2024-10-28, '21 تشرين الأول', '22 تشرين الأول', 'يوم 19' and 'الأول من تشرين الأول' explicit.",
    "dateline": "بيروت",
    "body_first": "انتخب مجلس شورى حزب الله، أمس الثلاثاء",
    "body_last": "من دون أن يتمكن من تثبيت مواقعه فيها، بحسب المقاومة.",
    "chrome": ["الرئيسية | المقاومة | لبنان | فلسطين | محور | مقالات | فيديو",
               "شارك: فيسبوك | إكس | واتساب | تلغرام", "اقرأ أيضا",
               "بالفيديو: مشاهد من عمليات المقاومة عند الحافة الأمامية", "مسيرة شعبية في صنعاء نصرة للبنان",
               "قراءة في خطاب الشيخ قاسم الأول"],
    "events": [
        E(1, "SUPPORT AGREE", "hezbollah-shura hezbollah", "qassem", [], "2024-10-29", "asserted", ["hezbollah"],
          "انتخب مجلس شورى حزب الله، أمس الثلاثاء، سماحة الشيخ نعيم قاسم أمينا عاما للحزب خلفا لسماحة السيد الشهيد حسن نصر الله",
          note="Electing a leader: SUPPORT (AGREE accepted).",
          gloss="Hezbollah's Shura Council on Tuesday elected Sheikh Naim Qassem secretary-general, succeeding the "
                "martyred Hassan Nasrallah"),
        E(2, "THREATEN", "qassem hezbollah", "idf israel-gov", [], "2024-10-30", "planned asserted", ["qassem"],
          "أكد الشيخ قاسم اليوم الأربعاء أن المقاومة ستواصل العمل بـ\"خطة الحرب\" التي وضعها السيد الشهيد",
          note="A statement of intent to keep fighting: THREATEN, planned.",
          gloss="Qassem said on Wednesday the resistance will keep to the 'war plan' set by the martyred leader"),
        E(3, "REJECT", "qassem hezbollah", "israel-gov", [], "2024-10-30", "asserted", ["qassem"],
          "وأنها \"لن تستجدي وقف إطلاق النار\"", gloss="and that it 'will not beg for a ceasefire'"),
        E(4, "REQUEST", "qassem hezbollah", "israel-gov", [], "2024-10-30", "asserted", ["qassem"],
          "مشددا على أن أي وقف للعدوان يجب أن يكون \"بالشروط التي نراها مناسبة وتحفظ سيادة لبنان\"",
          note="Conditions for a ceasefire: REQUEST.",
          gloss="insisting any halt to the aggression must be 'on the terms we see fit and that preserve Lebanon's "
                "sovereignty'"),
        E(5, "REJECT ACCUSE", "qassem hezbollah", "hochstein us-gov", [], "2024-10-30", "asserted", ["qassem"],
          "وقال قاسم إن ما يحمله المبعوث الأميركي آموس هوكستين \"لا يعدو كونه شروط العدو بغلاف أميركي\"",
          gloss="Qassem said what US envoy Amos Hochstein carries 'is nothing but the enemy's terms in American wrapping'"),
        E(6, "SUPPORT", "qassem hezbollah", "berri", [], "2024-10-30", "asserted", ["qassem"],
          "معلنا دعم الحزب للحراك السياسي الذي يقوده رئيس مجلس النواب نبيه بري",
          gloss="declaring the party's support for the political effort led by Speaker Nabih Berri"),
        E(7, "CONSULT", "hochstein berri mikati", "berri mikati hochstein", "beirut", "2024-10-21", "asserted", [None],
          "وكان هوكستين قد زار بيروت في 21 تشرين الأول والتقى بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي", mode="meet",
          gloss="Hochstein had visited Beirut on 21 October and met Berri and caretaker PM Najib Mikati"),
        E(8, "ASSAULT", "hezbollah", "idf", "khiam", "2024-10-29", "asserted", ["hezbollah", None],
          "تصدى مقاتلو المقاومة الإسلامية فجر أمس لقوة إسرائيلية حاولت التقدم نحو الأطراف الشرقية لمدينة الخيام، ودمروا ثلاث "
          "دبابات ميركافا بالصواريخ الموجهة وأوقعوا أطقمها بين قتيل وجريح", size={"tanks": 3},
          gloss="Islamic Resistance fighters repelled at dawn on Tuesday an Israeli force trying to advance on Khiam's "
                "eastern edge, destroying three Merkava tanks with guided missiles, per the resistance's statements"),
        E(9, "ASSAULT", "idf", "hezbollah", "khiam", "2024-10-29", "asserted", ["hezbollah", None],
          "لقوة إسرائيلية حاولت التقدم نحو الأطراف الشرقية لمدينة الخيام", optional=True,
          gloss="an Israeli force that tried to advance on Khiam's eastern edge (the Israeli push itself; optional)"),
        E(10, "ASSAULT", "hezbollah", "idf", "south-lebanon", None, "asserted", ["idf"],
          "وأقر جيش الاحتلال بمقتل أربعة من جنوده في جنوب لبنان خلال اليومين الماضيين", size={"dead": 4},
          date_also=["2024-10-28", "2024-10-29", "2024-10-30"],
          gloss="the occupation army admitted four of its soldiers were killed in south Lebanon in the past two days"),
        E(11, "ASSAULT", "idf", "hezbollah", "khiam", None, "alleged asserted", ["idf"],
          "زاعما أن قواته \"دمرت بنى تحتية\" للحزب في البلدة", mode="destroy", date_also=["2024-10-29", None],
          gloss="claiming its forces had 'destroyed infrastructure' of the party in the town"),
        E(12, "ASSAULT", "hezbollah", "idf israel-gov", "stella-maris haifa", "2024-10-30", "asserted", [None, "hezbollah"],
          "واستهدفت المقاومة ظهر اليوم قاعدة ستيلا ماريس البحرية شمال غرب حيفا بصلية من الصواريخ النوعية",
          gloss="the resistance struck the Stella Maris naval base north-west of Haifa at noon with a salvo of rockets"),
        E(13, "ASSAULT", "hezbollah", "israeli-civilians", "krayot haifa", "2024-10-30", "asserted", ["israeli-media"],
          "فيما اعترف إعلام العدو بسقوط صواريخ في منطقة الكريوت وإصابة سبعة مستوطنين بجروح", size={"injured": 7},
          gloss="while enemy media admitted rockets fell in the Krayot and seven 'settlers' were wounded"),
        E(14, "ASSAULT", "hezbollah", "netanyahu israel-gov", "caesarea", "2024-10-19", "asserted", ["hezbollah"],
          "تبني المقاومة، في 22 تشرين الأول، المسؤولية الكاملة عن استهداف منزل رئيس وزراء العدو بنيامين نتنياهو في قيسارية "
          "بمسيرة يوم 19 من الشهر نفسه", mode="aerial",
          note="A claim of responsibility is the attack itself with the claiming party as claimant.",
          gloss="the resistance's claim on 22 October of full responsibility for the drone strike on Netanyahu's home in "
                "Caesarea on the 19th"),
        E(15, "THREATEN", "hezbollah", "israel-gov", [], "2024-10-22", "planned asserted", ["hezbollah"],
          "متوعدة بأن \"الأيام المقبلة ستحمل ما هو أعظم\"", gloss="vowing that 'the coming days will bring greater things'"),
        E(16, "REQUEST", "adraee idf", "lebanese-civilians", "baalbek", "2024-10-30", "asserted", [None],
          "أصدر المتحدث باسم جيش الاحتلال أفيخاي أدرعي اليوم إنذارا لجميع سكان مدينة بعلبك وبلدتي عين بورضاي ودورس بإخلائها فورا",
          note="An evacuation order is REQUEST.",
          gloss="Israeli army spokesman Avichay Adraee ordered all residents of Baalbek, Ain Bourday and Douris to "
                "evacuate at once"),
        E(17, "ACCUSE", "adraee idf", "hezbollah", "baalbek", "2024-10-30", "alleged asserted", ["adraee"],
          "مدعيا وجود \"منشآت لحزب الله\" فيها", optional=True,
          gloss="claiming there were 'Hezbollah facilities' there (the order's justification; optional)"),
        E(18, "RETREAT MOBILIZE", "lebanese-civilians", [], "baalbek", "2024-10-30", "asserted", [None],
          "ما تسبب بموجة نزوح كبيرة نحو دير الأحمر وزحلة", destination="deir-al-ahmar zahle",
          gloss="causing a large wave of displacement towards Deir al-Ahmar and Zahle"),
        E(19, "ASSAULT", "idf", "lebanese-civilians", "baalbek", "2024-10-30", "asserted", ["lebanon-health", None],
          "وشن الطيران الحربي المعادي بعد الظهر غارات عنيفة على بعلبك ومحيطها، أدت إلى استشهاد 19 شخصا وفق حصيلة أولية "
          "لوزارة الصحة العامة", size={"dead": 19}, mode="aerial",
          gloss="enemy warplanes struck Baalbek and its surroundings in the afternoon, killing 19 people, per a first "
                "health ministry toll"),
        E(20, "ASSAULT", "idf", "lebanese-civilians", "tyre", "2024-10-28", "asserted", ["مراسلنا في الجنوب", None],
          "استهدفت غارات معادية أحياء سكنية في مدينة صور يوم الإثنين بعد إنذارات مماثلة، ما أدى إلى تدمير عدة مبان",
          mode="aerial",
          gloss="enemy strikes hit residential districts of Tyre on Monday after similar warnings, destroying several buildings"),
        E(21, "ASSAULT", "idf", "lebanese-civilians", "aita-al-shaab", None, "asserted", ["مراسلنا في الجنوب", None],
          "كما فجر جيش الاحتلال عشرات المنازل في بلدة عيتا الشعب الحدودية", mode="destroy",
          date_also=["2024-10-28", "2024-10-29", "2024-10-30", None],
          gloss="and the occupation army blew up dozens of houses in the border village of Aita al-Shaab"),
        E(22, "ASSAULT MOBILIZE", "idf", "hezbollah", "south-lebanon", "2024-10-01", "asserted", ["hezbollah"],
          "ويواصل العدو منذ الأول من تشرين الأول محاولاته التوغل في القرى الحدودية، من دون أن يتمكن من تثبيت مواقعه فيها",
          gloss="since 1 October the enemy has kept trying to push into the border villages without managing to hold its positions there, per the resistance"),
    ],
}

D1616 = {
    "file": "1616_sahifataldiffatayn_displaced_return_south_as_ceasefire_takes_effect_army_deploys.txt",
    "outlet": "صحيفة الضفتين", "language": "ar",
    "title": "عودة النازحين إلى الجنوب مع بدء سريان وقف النار.. والجيش اللبناني يباشر الانتشار",
    "published": "2024-11-27T19:20",
    "published_note": "From the page's date line (تاريخ النشر: 2024/11/27 - 19:20 (بتوقيت بيروت), year-first); "
                      "'فجر اليوم الأربعاء' and 'اليوم' are 2024-11-27, 'مساء أمس' 2024-11-26, '19 و20 تشرين الثاني' and "
                      "'29 تشرين الأول' explicit.",
    "dateline": "بيروت",
    "body_first": "بدأ عند الساعة الرابعة من فجر اليوم الأربعاء سريان اتفاق وقف إطلاق النار",
    "body_last": "نحو 3823 شهيدا وأكثر من 15 ألف جريح.",
    "chrome": ["الرئيسية | لبنان | سوريا | فلسطين | الخليج | العالم | آراء | اقتصاد",
               "شارك المقال: فيسبوك | إكس | واتساب | لينكدإن", "الأكثر قراءة", "أسعار المحروقات تتراجع في لبنان",
               "معرض بيروت للكتاب يعود بعد انقطاع", "الليرة التركية تهبط إلى مستوى قياسي"],
    "events": [
        E(1, "RETREAT", "israel-gov idf hezbollah lebanon-gov", "hezbollah israel-gov lebanon-gov", "lebanon south-lebanon",
          "2024-11-27", "asserted", [None],
          "بدأ عند الساعة الرابعة من فجر اليوم الأربعاء سريان اتفاق وقف إطلاق النار بين لبنان وإسرائيل", mode="ceasefire",
          gloss="the ceasefire agreement between Lebanon and Israel took effect at 4 a.m. on Wednesday"),
        E(2, "RETREAT MOBILIZE", "lebanese-civilians", [], "sidon south-lebanon", "2024-11-27", "asserted", [None],
          "مع عودة آلاف العائلات النازحة إلى قراها في الجنوب والبقاع وإلى الضاحية الجنوبية لبيروت",
          destination="south-lebanon bekaa dahiyeh", note="Returns of displaced families, coded like flight.",
          gloss="as thousands of displaced families returned to their villages in the south and the Bekaa and to "
                "Beirut's southern suburbs (traffic jams at the Sidon entrance)"),
        E(3, "MOBILIZE", "laf lebanon-gov", [], "litani south-lebanon", "2024-11-27", "asserted", ["laf"],
          "وأعلن الجيش اللبناني في بيان أنه باشر تعزيز انتشاره في منطقة جنوب الليطاني",
          gloss="the Lebanese army said in a statement it had begun reinforcing its deployment south of the Litani"),
        E(4, "REQUEST", "laf", "lebanese-civilians", "south-lebanon", "2024-11-27", "asserted", ["laf"],
          "داعيا المواطنين إلى التريث في العودة إلى القرى الأمامية إلى حين انسحاب القوات الإسرائيلية منها",
          gloss="asking citizens to hold off returning to the front-line villages until the Israeli forces withdraw"),
        E(5, "REQUEST THREATEN", "adraee idf", "lebanese-civilians", "south-lebanon", "2024-11-27", "asserted", [None],
          "حذر المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي سكان الجنوب من العودة إلى أكثر من 60 قرية",
          size={"villages": 60},
          gloss="Israeli army spokesman Avichay Adraee warned southerners against returning to more than 60 villages"),
        E(6, "ASSAULT", "idf", "lebanese-civilians", "khiam", "2024-11-27", "asserted", ["nna"],
          "فيما أفادت الوكالة الوطنية للإعلام بأن القوات الإسرائيلية أطلقت النار باتجاه مواطنين حاولوا الوصول إلى أطراف بلدة الخيام",
          mode="firearms",
          gloss="while the National News Agency said Israeli forces fired towards citizens trying to reach the edge of Khiam"),
        E(7, "AGREE", "biden us-gov", "israel-gov lebanon-gov", [], "2024-11-26", "asserted", [None],
          "الذي أعلنه الرئيس الأميركي جو بايدن مساء أمس", gloss="(the agreement) announced by US President Joe Biden "
                                                             "yesterday evening"),
        E(8, "RETREAT", "idf israel-gov", "lebanon-gov hezbollah", "south-lebanon", None, "planned", [None],
          "على انسحاب القوات الإسرائيلية تدريجيا خلال 60 يوما", mode="withdraw", date_also=[None],
          gloss="deal term: gradual withdrawal of Israeli forces within 60 days"),
        E(9, "MOBILIZE", "laf unifil lebanon-gov", [], "litani", None, "planned", [None],
          "وانتشار الجيش اللبناني وقوات اليونيفيل جنوب نهر الليطاني", date_also=[None],
          gloss="deal term: deployment of the Lebanese army and UNIFIL south of the Litani"),
        E(10, "RETREAT", "hezbollah", "israel-gov idf", "litani", None, "planned", [None],
          "وعدم وجود أي سلاح غير شرعي في المنطقة", mode="disarm", date_also=[None],
          note="Deal term: no illegal weapons south of the Litani, the conceding party being Hezbollah (planned).",
          gloss="deal term: no illegal weapons in the area"),
        E(11, "AGREE COOPERATE", "us-gov france-gov", "israel-gov lebanon-gov", [], None, "planned", [None],
          "مع إنشاء لجنة إشراف برئاسة أميركية وعضوية فرنسية", date_also=[None],
          gloss="deal term: a monitoring committee chaired by the US with French membership"),
        E(12, "REQUEST", "berri", "lebanese-civilians", [], "2024-11-27", "asserted", ["berri"],
          "دعا رئيس مجلس النواب نبيه بري النازحين إلى العودة إلى بلداتهم \"حتى لو إلى الركام\"",
          gloss="Speaker Nabih Berri called on the displaced to return to their towns 'even to the rubble'"),
        E(13, "SUPPORT AGREE", "lebanon-gov", "us-gov", [], "2024-11-27", "asserted", ["lebanon-gov"],
          "وعقد مجلس الوزراء جلسة استثنائية اليوم رحب خلالها بالاتفاق",
          gloss="the cabinet held an extraordinary session today and welcomed the agreement"),
        E(14, "AGREE MOBILIZE", "mikati lebanon-gov", [], "south-lebanon", "2024-11-27", "planned asserted", ["mikati"],
          "وأكد رئيس الحكومة نجيب ميقاتي التزام لبنان بتطبيق القرار 1701 وتعزيز حضور الجيش في الجنوب وتطويع عناصر جدد",
          gloss="PM Najib Mikati affirmed Lebanon's commitment to resolution 1701, to a stronger army presence in the "
                "south and to recruiting new soldiers"),
        E(15, "COOPERATE AGREE", "fadlallah hezbollah", "laf", [], "2024-11-27", "planned asserted", ["fadlallah"],
          "وقال عضو كتلة \"الوفاء للمقاومة\" النائب حسن فضل الله إن المقاومة \"ستتعاون مع الجيش\" في تطبيق الاتفاق",
          date_also=[None],
          gloss="Hezbollah MP Hassan Fadlallah said the resistance 'will cooperate with the army' in applying the agreement"),
        E(16, "CONSULT", "hochstein berri", "berri hochstein", "beirut", "2024-11-19", "asserted", [None],
          "وكانت الوساطة الأميركية قد تسارعت مع زيارة المبعوث آموس هوكستين إلى بيروت في 19 و20 تشرين الثاني، حيث عقد جولات "
          "مطولة من المحادثات مع بري", mode="mediate", date_also=["2024-11-20"],
          gloss="the US mediation sped up with envoy Amos Hochstein's visit to Beirut on 19-20 November, with long talks "
                "with Berri"),
        E(17, "CONSULT", "hochstein netanyahu", "netanyahu hochstein", [], None, "asserted", [None],
          "قبل أن ينتقل إلى إسرائيل للقاء رئيس الوزراء بنيامين نتنياهو", mode="meet",
          date_also=["2024-11-20", "2024-11-21"],
          gloss="before moving on to Israel to meet Prime Minister Benjamin Netanyahu"),
        E(18, "ASSAULT", "idf", "hezbollah lebanese-civilians", "dahiyeh basta beirut", "2024-11-26", "asserted", [None],
          "شنت الطائرات الإسرائيلية سلسلة غارات عنيفة على الضاحية الجنوبية ومناطق في قلب بيروت، بينها منطقة النويري، ما أدى "
          "إلى سقوط عدد من الضحايا", mode="aerial", date_also=["2024-11-27"],
          gloss="in the hours before the truce, Israeli aircraft carried out heavy strikes on the southern suburbs and "
                "central Beirut, including Nuwayri, causing casualties"),
        E(19, "THREATEN", "netanyahu israel-gov", "hezbollah", [], None, "hypothetical asserted", [None],
          "وكان نتنياهو قد توعد بضرب حزب الله \"بقوة\" إذا خرق الاتفاق", date_also=["2024-11-26", None],
          gloss="Netanyahu had threatened to strike Hezbollah 'hard' if it breached the agreement"),
        E(20, "SUPPORT AGREE", "hezbollah-shura hezbollah", "qassem", [], "2024-10-29", "asserted", [None],
          "الذي انتخبه مجلس شورى الحزب في 29 تشرين الأول خلفا للسيد حسن نصر الله",
          gloss="(Qassem) whom the party's Shura Council elected on 29 October to succeed Hassan Nasrallah"),
        E(21, "ASSAULT", "idf israel-gov", "lebanese-civilians", "lebanon", None, "asserted", ["lebanon-health"],
          "بلغت حصيلة الاعتداءات الإسرائيلية منذ تشرين الأول 2023 نحو 3823 شهيدا وأكثر من 15 ألف جريح",
          size={"dead": 3823, "wounded": 15000}, date_also=[None],
          gloss="the toll of Israeli attacks since October 2023 reached about 3,823 killed and over 15,000 wounded, per "
                "the Lebanese health ministry"),
    ],
}

DOCUMENTS = [D1613, D1614, D1615, D1616]

LINKS = [
    ("Israeli ground operation in south Lebanon launched on 1 Oct", ["b1613-12", "b1614-18"]),
    ("Israeli ground operation in south Lebanon launched on 1 Oct", ["b1613-12", "b1615-22"]),
    ("Israeli ground operation in south Lebanon launched on 1 Oct", ["b1614-18", "b1615-22"]),
    ("Israeli tanks force their way into the UNIFIL position at Ramyah", ["b1613-1", "b1614-20"]),
    ("Israeli denial of deliberately hitting the peacekeepers", ["b1613-3", "b1614-21"]),
    ("Hezbollah drone on Netanyahu's home in Caesarea, 19 Oct", ["b1614-17", "b1615-14"]),
    ("Naim Qassem elected Hezbollah secretary-general, 29 Oct", ["b1615-1", "b1616-20"]),
    ("Ceasefire in force at 4 a.m., 27 Nov", ["b1614-1", "b1616-1"]),
    ("Adraee warns residents not to return to some 60 villages, 27 Nov", ["b1614-9", "b1616-5"]),
    ("Israeli fire near Khiam on people approaching, 27 Nov", ["b1614-10", "b1616-6"]),
    ("Deal term: Israeli withdrawal within 60 days", ["b1614-5", "b1616-8"]),
    ("Deal term: Lebanese army deployment south of the Litani", ["b1614-6", "b1616-9"]),
    ("Deal term: no Hezbollah fighters or weapons south of the Litani", ["b1614-7", "b1616-10"]),
    ("Deal term: a US-led monitoring committee", ["b1614-8", "b1616-11"]),
    ("Biden announces the deal, 26 Nov", ["b1614-24", "b1616-7"]),
    ("Netanyahu's threat to strike Hezbollah if it breaks the deal", ["b1614-4", "b1616-19"]),
    ("Last Israeli strikes on Dahiyeh and central Beirut before the truce, 26 Nov", ["b1614-11", "b1616-18"]),
    ("Hochstein's shuttle mediation between Beirut and Israel, 19-21 Nov", ["b1614-26", "b1616-16"]),
]

CONTRADICTIONS = [
    ("value", "recipient", "Who the Israeli troops fired at near Khiam on 27 Nov: 'suspects' in vehicles (IDF, Galilee "
     "Sentinel) vs citizens trying to reach the town (National News Agency, al-Diffatayn)", ["b1614-10", "b1616-6"]),
    ("negation", "status", "The Ramyah incident: tanks smashing through the UNIFIL gate (UNIFIL, Bluewater) vs never a "
     "deliberate targeting of peacekeepers (IDF, Galilee Sentinel)", ["b1613-1", "b1614-21"]),
    ("negation", "status", "The ground operation: infrastructure dismantled in more than 70 border villages (IDF, Galilee "
     "Sentinel) vs an enemy unable to hold any position in the border villages (the resistance, Jabhat al-Isnad)",
     ["b1614-19", "b1615-22"]),
]
