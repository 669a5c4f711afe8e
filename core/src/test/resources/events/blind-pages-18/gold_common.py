"""Shared helpers, vocabularies and cross-story entities and places for blind-pages-18.

Written for this set by an independent annotator (see README.md). Each story module
(gold_qusayr, gold_arsal, gold_shabwa, gold_benghazi) defines STORY, ENTITIES, PLACES,
DOCS, LINKS and CONTRA; make_gold.py merges them, checks them and writes the gold file.
"""

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"}
MODES = {"seize", "aerial", "ceasefire", "withdraw", "humanitarian", "arrest", "explosives",
         "firearms", "heavy-weapons", "surrender", "access", "mediate", "besiege", "release",
         "destroy", "meet", "abduct", "visit", "obstruct", "investigate", "return", "demo"}
SIZE_KEYS = {"dead", "wounded", "people", "captives", "fighters", "militants", "children", "women",
             "families", "vehicles", "strikes"}


def E(eid, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
    """One gold event. eid is the page-local number, e.g. "1801-3" (prefixed with "b")."""
    ev = {
        "id": "b" + eid,
        "types": list(types),
        "actor": list(actor),
        "recipient": list(recipient),
        "place": list(place),
        "date": date,
        "modality": list(modality),
        "claimants": list(claimants),
        "evidence": evidence,
    }
    for k in ("date_also", "size", "mode", "destination", "optional", "note", "gloss"):
        if k in kw:
            ev[k] = kw.pop(k)
    if kw:
        raise ValueError(f"{eid}: unknown keys {sorted(kw)}")
    return ev


def days(start, end):
    """Every day from start to end inclusive, as YYYY-MM-DD strings."""
    import datetime
    a = datetime.date.fromisoformat(start)
    b = datetime.date.fromisoformat(end)
    out = []
    while a <= b:
        out.append(a.isoformat())
        a += datetime.timedelta(days=1)
    return out


def doc(file, outlet, language, title, published, published_note, dateline, body_first, body_last,
        chrome, events):
    return {
        "file": file,
        "outlet": outlet,
        "language": language,
        "title": title,
        "published": published,
        "published_note": published_note,
        "dateline": dateline,
        "body_first": body_first,
        "body_last": body_last,
        "chrome_not_body": list(chrome),
        "comments_first": None,
        "comments_last": None,
        "comment_authors": [],
        "events": list(events),
    }


def geo(names, lat, lon, radius_km, geonames_id=None, note=None):
    if note is None:
        note = f"GeoNames cities500 ({geonames_id})" if geonames_id else "approximate"
    return {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
            "geonames_id": geonames_id, "note": note}


def ent(code, names, member_of=None):
    e = {"code": code, "names": list(names)}
    if member_of:
        e["member_of"] = member_of
    return e


# Entities that more than one story uses (a story module may add names to them through
# EXTRA_NAMES; make_gold.py merges the lists).
ENTITIES = {
    "un": ent("IGO", ["United Nations", "the United Nations", "U.N.", "UN", "الأمم المتحدة"]),
    "unsc": ent("IGO", ["U.N. Security Council", "Security Council", "the Security Council",
                        "the U.N. Security Council", "مجلس الأمن", "مجلس الأمن الدولي"], "un"),
    "icrc": ent("NGO", ["International Committee of the Red Cross",
                        "The International Committee of the Red Cross", "ICRC", "Red Cross",
                        "اللجنة الدولية للصليب الأحمر", "اللجنة الدولية"]),
    "hezbollah": ent("LBN REB", ["Hezbollah", "Lebanon's Hezbollah", "Hezbollah fighters",
                                 "the Shi'ite group", "حزب الله", "ميليشيا حزب الله",
                                 "ميليشيا حزب الله اللبناني", "حزب الله اللبناني", "الحزب",
                                 "ميليشيات الحزب", "ميليشيات حزب الله", "المقاومة"]),
    "nasrallah": ent("LBN REB", ["Hassan Nasrallah", "Sayyed Hassan Nasrallah", "Nasrallah",
                                 "حسن نصر الله", "السيد حسن نصر الله",
                                 "الأمين العام لحزب الله حسن نصر الله",
                                 "الأمين العام لحزب الله السيد حسن نصر الله"], "hezbollah"),
    "lebanon-gov": ent("LBN GOV", ["Lebanese government", "the Lebanese government", "Lebanon",
                                   "the government", "the authorities", "الحكومة", "الدولة",
                                   "الحكومة اللبنانية", "مجلس الوزراء"]),
    "laf": ent("LBN MIL", ["Lebanese army", "the Lebanese army", "the army", "army", "troops",
                           "الجيش اللبناني", "الجيش", "وحدات الجيش", "المؤسسة العسكرية"], "lebanon-gov"),
    "laf-command": ent("LBN MIL", ["Lebanese army command", "army command", "an army statement",
                                   "قيادة الجيش", "قيادة الجيش - مديرية التوجيه",
                                   "قيادة الجيش اللبناني"], "laf"),
    "nna": ent("LBN GOV", ["National News Agency", "Lebanon's National News Agency",
                           "الوكالة الوطنية للإعلام"], "lebanon-gov"),
    "lrc": ent("NGO", ["Lebanese Red Cross", "the Lebanese Red Cross", "Lebanese Red Cross teams"]),
    "hujeiri": ent("LBN GOV", ["Ali al-Hujeiri", "Arsal's mayor, Ali al-Hujeiri", "Arsal's mayor",
                               "علي الحجيري", "رئيس بلدية عرسال علي الحجيري", "رئيس بلدية عرسال"],
                   "lebanon-gov"),
    "hariri": ent("LBN OPP", ["Saad Hariri", "former Prime Minister Saad Hariri",
                              "Former Prime Minister Saad Hariri", "Hariri", "سعد الحريري",
                              "رئيس الحكومة الأسبق سعد الحريري", "الحريري"]),
    "salam": ent("LBN GOV", ["Tammam Salam", "Prime Minister Tammam Salam", "Salam", "تمام سلام",
                             "الرئيس تمام سلام"], "lebanon-gov"),
    "saa": ent("SYR MIL", ["Syrian army", "the Syrian army", "Syrian troops", "Syrian government forces",
                           "government forces", "the army", "troops", "الجيش العربي السوري",
                           "جيشنا الباسل", "وحدات من جيشنا الباسل", "وحدات الجيش", "قوات الأسد",
                           "قوات النظام", "الجيش"], "syria-gov"),
    "syria-airforce": ent("SYR MIL", ["Syrian warplanes", "Syrian air force", "warplanes",
                                      "طائرات حربية تابعة للنظام السوري", "الطيران الحربي",
                                      "طيران النظام"], "saa"),
    "syria-gov": ent("SYR GOV", ["Syrian government", "the Syrian government", "Damascus", "Syria",
                                 "the regime", "the Syrian regime", "نظام الأسد", "النظام",
                                 "النظام السوري", "الدولة", "الحكومة السورية"]),
    "saudi-gov": ent("SAU GOV", ["Saudi Arabia", "Riyadh", "السعودية", "المملكة العربية السعودية"]),
    "uae": ent("ARE GOV", ["United Arab Emirates", "the United Arab Emirates", "UAE", "the UAE",
                           "الإمارات", "دولة الإمارات"]),
    "unidentified-attackers": ent("UAF", ["unidentified attackers", "unknown attackers", "gunmen",
                                          "مجهولين", "مجهولون", "جهات لم تسمها"]),
    "isis": ent("SYR REB", ["Islamic State", "the Islamic State", "Islamic State fighters", "Daesh",
                            "داعش", "تنظيم داعش", "تنظيم \"داعش\"", "تنظيم الدولة الإسلامية",
                            "الدولة الإسلامية", "تنظيم \"الدولة الإسلامية\""]),
    "usa": ent("USA GOV", ["United States", "the United States", "Washington", "U.S.",
                           "الولايات المتحدة"]),
    "turkey": ent("TUR GOV", ["Turkey", "Ankara", "تركيا"]),
    "qatar": ent("QAT GOV", ["Qatar", "Doha", "قطر"]),
}

# Places that more than one story uses.
PLACES = {
    "beirut": geo(["Beirut", "بيروت"], 33.89332, 35.50157, 10, 276781),
    "baalbek": geo(["Baalbek", "بعلبك"], 34.00583, 36.21806, 8, 277130),
    "bekaa": geo(["Bekaa", "the Bekaa", "Bekaa Valley", "the Bekaa Valley", "البقاع",
                  "مستشفيات البقاع"], 33.85, 36.0, 50, None,
                 "Bekaa valley (region, LB.08 and LB.11); centroid approximate."),
    "arsal": geo(["Arsal", "the Lebanese town of Arsal", "عرسال", "بلدة عرسال",
                  "بلدة عرسال البقاعية", "البلدة"], 34.179, 36.418, 6, None,
                 "Arsal, Baalbek-Hermel, Lebanon; approximate (not in cities500)."),
    "arsal-outskirts": geo(["the hills around Arsal", "the hills near Arsal", "the barren hills",
                            "the barren hills along the Syrian border", "جرود عرسال", "الجرود"],
                           34.12, 36.48, 20, None,
                           "Arsal's barren outskirts (jurud) toward the Syrian border; approximate."),
    "lebanon": geo(["Lebanon", "لبنان", "الأراضي اللبنانية"], 33.9, 35.9, 120, None,
                   "Lebanon (country); centroid approximate."),
    "syria": geo(["Syria", "سوريا", "الأراضي السورية", "الداخل السوري"], 35.0, 38.5, 350, None,
                 "Syria (country); centroid approximate."),
    "damascus": geo(["Damascus", "دمشق"], 33.5102, 36.29128, 12, 170654),
    "labweh": geo(["Labweh", "the nearby town of Labweh", "اللبوة", "بلدة اللبوة"], 34.195, 36.35, 4,
                  None, "Labweh (al-Laboue), Baalbek-Hermel; approximate (not in cities500)."),
    "riyadh": geo(["Riyadh", "الرياض"], 24.68773, 46.72185, 20, 108410),
    "abu-dhabi": geo(["Abu Dhabi", "أبوظبي"], 24.45118, 54.39696, 20, 292968),
}
