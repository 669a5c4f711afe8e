"""Shared pieces of the blind-pages-13 gold: entities, places, event helpers and the checks.

Written for this set (blind-pages-13). The story modules (gold_kobani.py, gold_sanaa.py,
gold_doha.py, gold_portsudan.py) hold the pages' events; make_gold.py checks and writes.
"""
import gzip, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES = os.path.join(HERE, "..", "..", "..", "..", "..", "..", "..", "shared", "data", "geonames", "cities500.txt.gz")
CITIES_ALT = "/work/shared/data/geonames/cities500.txt.gz"

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
SECTORS = {"GOV", "MIL", "REB", "PTY", "OPP", "CVL", "MED", "COP", "IGO", "NGO", "BUS", "LEG", "UAF"}
SPEECH = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "SUPPORT", "CONSULT", "CONCEDE"}

ENTITIES = {}
PLACES = {}


def ent(eid, code, names, member_of=None):
    assert eid not in ENTITIES, eid
    e = {"code": code, "names": list(names)}
    if member_of:
        e["member_of"] = member_of
    ENTITIES[eid] = e


def place(pid, names, lat, lon, radius_km, geonames_id=None, note=None):
    assert pid not in PLACES, pid
    if note is None:
        note = f"GeoNames cities500 ({geonames_id})" if geonames_id else "approximate"
    PLACES[pid] = {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
                   "geonames_id": geonames_id, "note": note}


def lst(x):
    """None -> []; list -> list; 'a, b, 0' -> ['a', 'b', None] ('0' stands for the outlet's own voice)."""
    if x is None:
        return []
    if isinstance(x, list):
        return x
    out = []
    for p in x.split(","):
        p = p.strip()
        if p == "0":
            out.append(None)
        elif p:
            out.append(p)
    return out


def ev(label, types, actor, recipient, place_, date, modality, claimants, evidence, **kw):
    """One gold event. types and modality are space-separated strings; actor, recipient, place and
    claimants are comma-separated ids (or lists when a literal holds a comma)."""
    e = {"label": label, "types": types.split(), "actor": lst(actor), "recipient": lst(recipient),
         "place": lst(place_), "date": date, "modality": modality.split(), "claimants": lst(claimants),
         "evidence": evidence}
    for k in ("date_also", "size", "mode", "destination", "optional", "note", "gloss"):
        if k in kw:
            v = kw.pop(k)
            if k == "destination":
                v = lst(v)
            if k == "mode" and isinstance(v, str):
                v = v.split()
            e[k] = v
    if kw:
        raise TypeError(f"{label}: unknown fields {sorted(kw)}")
    return e


def doc(file, outlet, language, title, published, published_note, dateline, body_first, body_last,
        chrome, events):
    return {"file": file, "outlet": outlet, "language": language, "title": title,
            "published": published, "published_note": published_note, "dateline": dateline,
            "body_first": body_first, "body_last": body_last, "chrome_not_body": chrome,
            "comments_first": None, "comments_last": None, "comment_authors": [], "events": events}


# ---------------------------------------------------------------- entities: Kobani
ent("isis", "IMG REB", ["Islamic State", "Islamic State fighters", "the Islamic State", "the militants",
    "Daesh", "Daesh militants", "Daesh fighters", "داعش", "تنظيم داعش", "مرتزقة داعش", "التنظيم",
    "تنظيم \"الدولة الإسلامية\"", "الدولة الإسلامية", "عناصر التنظيم"])
ent("ypg", "SYR REB", ["YPG", "the YPG", "People's Protection Units", "the so-called People's Protection Units",
    "Kurdish fighters of the People's Protection Units (YPG)", "Kurdish fighters", "anti-Daesh forces",
    "The PYD's armed wing, the YPG", "وحدات حماية الشعب", "المقاتلين الكرد", "المقاتلين الأكراد",
    "المدافعين عن المدينة", "المقاتلين", "الوحدات"])
ent("ypj", "SYR REB", ["YPJ", "Women's Protection Units", "وحدات حماية المرأة"], "ypg")
ent("ypg-command", "SYR REB", ["YPG General Command", "القيادة العامة لوحدات حماية الشعب"], "ypg")
ent("polat-can", "SYR REB", ["Polat Can", "A YPG spokesman, Polat Can", "YPG spokesman Polat Can"], "ypg")
ent("xelil", "SYR REB", ["Redur Xelil", "Redur Khalil", "ريدور خليل",
    "المتحدث باسم وحدات حماية الشعب ريدور خليل"], "ypg")
ent("pyd", "SYR PTY", ["PYD", "the PYD", "Democratic Union Party", "Syrian Kurdish Democratic Union Party (PYD)",
    "PYD officials", "حزب الاتحاد الديمقراطي"])
ent("salih-muslim", "SYR PTY", ["Salih Muslim", "PYD co-chair Salih Muslim", "صالح مسلم",
    "الرئيس المشترك لحزب الاتحاد الديمقراطي صالح مسلم"], "pyd")
ent("kobani-health", "SYR GOV", ["هيئة الصحة في مقاطعة كوباني", "Kobani canton health authority"])
ent("kobani-civilians", "SYR CVL", ["About 180,000 people", "people", "civilians", "some 200,000 people from Kobani",
    "the town's people", "سكانها", "نحو 200 ألف من سكانها", "أكثر من 190 ألف شخص", "المدنيين"])
ent("turkey-gov", "TUR GOV", ["Turkey", "Ankara", "The authorities", "the Turkish state", "Turkish officials",
    "تركيا", "أنقرة", "السلطات التركية"])
ent("turkey-army", "TUR MIL", ["Turkish army", "the army", "Turkish tanks", "Turkish forces"], "turkey-gov")
ent("turkey-security", "TUR MIL", ["Turkish security forces", "Jandarma", "قوات الجندرمة", "الجندرمة"], "turkey-gov")
ent("turkish-police", "TUR COP", ["police", "Police", "Turkish police", "the police"], "turkey-gov")
ent("efkan-ala", "TUR GOV", ["Efkan Ala", "Interior Minister Efkan Ala"], "turkey-gov")
ent("diyarbakir-governor", "TUR GOV", ["the governor of Diyarbakir", "Diyarbakir governor"], "turkey-gov")
ent("erdogan", "TUR GOV", ["Tayyip Erdogan", "President Tayyip Erdogan", "Recep Tayyip Erdogan", "Erdogan",
    "رجب طيب أردوغان", "الرئيس التركي رجب طيب أردوغان", "الرئيس رجب طيب أردوغان", "أردوغان"], "turkey-gov")
ent("davutoglu", "TUR GOV", ["Ahmet Davutoglu", "Prime Minister Ahmet Davutoglu", "أحمد داود أوغلو",
    "رئيس الوزراء التركي أحمد داود أوغلو", "داود أوغلو"], "turkey-gov")
ent("cavusoglu", "TUR GOV", ["Mevlut Cavusoglu", "مولود جاووش أوغلو", "وزير الخارجية التركي مولود جاووش أوغلو",
    "جاووش أوغلو"], "turkey-gov")
ent("arinc", "TUR GOV", ["Bulent Arinc", "Arinc", "Government spokesman and Deputy Prime Minister Bulent Arinc"],
    "turkey-gov")
ent("afad", "TUR GOV", ["AFAD", "Disaster and Emergency Management Authority (AFAD)",
    "the Disaster and Emergency Management Authority (AFAD)"], "turkey-gov")
ent("anadolu", "TUR MED", ["Anadolu", "Anadolu Agency", "وكالة الأناضول"])
ent("kurds-turkey", "TUR CVL", ["Kurds", "Kurdish demonstrators", "crowds", "hundreds of Kurds", "protesters",
    "Hundreds of people", "a crowd", "مئات الأكراد", "عشرات الشبان الكرد", "Kurdish protesters"])
ent("islamist-supporters", "TUR OPP", ["supporters of a rival Islamist group", "Islamist supporters"])
ent("hdp", "TUR PTY", ["HDP", "The pro-Kurdish HDP", "pro-Kurdish HDP", "Peoples' Democratic Party"])
ent("pkk", "TUR REB", ["PKK", "Kurdistan Workers Party (PKK)", "Kurdistan Workers Party", "the PKK",
    "PKK terrorist organisation", "حزب العمال الكردستاني"])
ent("us-coalition", "USA MIL", ["U.S.-led coalition", "U.S.-led coalition aircraft", "coalition aircraft",
    "the coalition", "international coalition", "طيران التحالف الدولي", "التحالف الدولي", "طائرات التحالف",
    "التحالف"])
ent("us-military", "USA MIL", ["U.S. military", "the U.S. military", "طائرات أمريكية", "US aircraft"], "us-gov")
ent("centcom", "USA MIL", ["U.S. Central Command", "Central Command", "CENTCOM", "القيادة المركزية الأمريكية",
    "A spokesman"], "us-military")
ent("kirby", "USA MIL", ["John Kirby", "Rear Admiral John Kirby", "Pentagon spokesman Rear Admiral John Kirby",
    "Kirby"], "us-military")
ent("us-state-dept", "USA GOV", ["U.S. State Department", "State Department", "وزارة الخارجية الأمريكية"], "us-gov")
ent("us-gov", "USA GOV", ["United States", "the United States", "Washington", "U.S.", "the U.S.", "America",
    "واشنطن", "الولايات المتحدة", "الإدارة الأمريكية"])
ent("peshmerga", "IRQ MIL", ["peshmerga", "the Iraqi Kurdish peshmerga", "Iraqi Kurdish peshmerga",
    "peshmerga fighters", "some 150 peshmerga fighters", "قوات البيشمركة", "البيشمركة",
    "قوات البيشمركة الكردية العراقية", "قوات من البيشمركة الكردية العراقية", "القوة",
    "قافلة من قوات البيشمركة الكردية العراقية"], "krg")
ent("krg", "IRQ GOV", ["Kurdistan Regional Government", "سلطات إقليم كردستان العراق", "إقليم كردستان العراق"])
ent("fsa", "SYR REB", ["Free Syrian Army", "FSA", "الجيش السوري الحر", "الجيش الحر",
    "مجموعة من نحو 50 مقاتلا من الجيش السوري الحر"])
ent("okaidi", "SYR REB", ["Abdul Jabbar al-Okaidi", "العقيد عبد الجبار العكيدي", "عبد الجبار العكيدي"], "fsa")
ent("sohr", "NGO", ["Syrian Observatory for Human Rights", "The Syrian Observatory for Human Rights", "SOHR",
    "the monitor", "المرصد السوري لحقوق الإنسان", "المرصد السوري"])
ent("unhcr", "IGO", ["UNHCR", "U.N. refugee agency", "the U.N. refugee agency"], "un")
ent("un", "IGO", ["United Nations", "U.N.", "the U.N.", "the United Nations", "الأمم المتحدة"])

# ---------------------------------------------------------------- entities: Sanaa
ent("houthis", "YEM REB", ["Houthis", "the Houthis", "Houthi rebels", "Shi'ite Houthi rebels", "the rebels",
    "Houthi fighters", "rebel fighters", "Houthi gunmen", "Fighters in civilian clothes", "Ansar Allah",
    "أنصار الله", "اللجان الشعبية", "الثوار", "جماعة الحوثي", "ميليشيا الحوثي", "ميليشيا الحوثي المسلحة",
    "مسلحين حوثيين", "مسلحي الجماعة", "الميليشيا", "الجماعة", "الحركة", "الحوثيين"])
ent("abdulmalik", "YEM REB", ["Abdul-Malik al-Houthi", "عبدالملك بدر الدين الحوثي", "السيد عبدالملك الحوثي",
    "قائد الثورة السيد عبدالملك بدر الدين الحوثي", "عبدالملك الحوثي"], "houthis")
ent("abdulsalam", "YEM REB", ["Mohammed Abdulsalam", "A Houthi spokesman, Mohammed Abdulsalam", "محمد عبدالسلام",
    "الناطق الرسمي لأنصار الله محمد عبدالسلام", "عبدالسلام", "ناطقها محمد عبدالسلام"], "houthis")
ent("bukhaiti", "YEM REB", ["Mohammed al-Bukhaiti", "محمد البخيتي", "عضو المكتب السياسي لأنصار الله محمد البخيتي"],
    "houthis")
ent("al-masirah", "YEM MED", ["Al Masirah", "قناة المسيرة", "المسيرة"], "houthis")
ent("first-armoured", "YEM MIL", ["1st Armoured Division", "the army's 1st Armoured Division", "الفرقة الأولى مدرع",
    "ميليشيات الفرقة", "ميليشيات علي محسن الأحمر", "الفرقة", "army units"], "yemen-army")
ent("ali-mohsen", "YEM MIL", ["Ali Mohsen al-Ahmar", "General Ali Mohsen al-Ahmar", "علي محسن الأحمر"],
    "first-armoured")
ent("islah", "YEM PTY", ["Islah", "The Islah party", "the Islamist Islah party", "Islah party",
    "التجمع اليمني للإصلاح", "حزب الإصلاح", "الإصلاح", "عناصر حزب الإصلاح", "الحزب"])
ent("hamid-ahmar", "YEM PTY", ["Hamid al-Ahmar", "الشيخ حميد الأحمر", "حميد الأحمر"], "islah")
ent("jmp", "YEM PTY", ["Joint Meeting Parties", "أحزاب اللقاء المشترك"])
ent("yemen-parties", "YEM PTY", ["the main political parties", "political parties", "القوى السياسية"])
ent("yemen-gov", "YEM GOV", ["the government", "the state", "Yemeni government", "الدولة", "مؤسسات الدولة",
    "الحكومة"])
ent("hadi", "YEM GOV", ["Abd-Rabbu Mansour Hadi", "President Abd-Rabbu Mansour Hadi", "Hadi",
    "عبدربه منصور هادي", "الرئيس عبدربه منصور هادي", "الرئيس هادي", "هادي"], "yemen-gov")
ent("basindwa", "YEM GOV", ["Mohammed Salim Basindwa", "Prime Minister Mohammed Salim Basindwa", "Basindwa",
    "محمد سالم باسندوة", "رئيس حكومة الوفاق محمد سالم باسندوة", "رئيس الوزراء محمد سالم باسندوة", "باسندوة"],
    "yemen-gov")
ent("yemen-interior", "YEM GOV", ["The interior ministry", "interior ministry", "وزارة الداخلية"], "yemen-gov")
ent("yemen-defence", "YEM GOV", ["Defence Ministry", "وزارة الدفاع"], "yemen-gov")
ent("yemen-police", "YEM COP", ["police units", "police"], "yemen-interior")
ent("security-committee", "YEM GOV", ["Supreme Security Committee", "اللجنة الأمنية العليا"], "yemen-gov")
ent("yemen-army", "YEM MIL", ["Yemeni army", "the army", "army depots", "المعسكرات", "معسكر الفرقة الأولى مدرع"],
    "yemen-gov")
ent("yemen-tv", "YEM MED", ["state television", "the state television building", "Staff", "the station"],
    "yemen-gov")
ent("sanaa-civilians", "YEM CVL", ["civilians", "residents", "people", "مواطنين", "ثلاثة مواطنين بينهم طفل",
    "مدنيون", "الأحياء السكنية"])
ent("hirak", "YEM PTY", ["the southern separatist movement", "Southern Movement", "الحراك الجنوبي"])
ent("benomar", "IGO", ["Jamal Benomar", "U.N. envoy Jamal Benomar", "Benomar", "جمال بنعمر",
    "المبعوث الأممي جمال بنعمر"], "un")
ent("unsc", "IGO", ["U.N. Security Council", "The U.N. Security Council", "Security Council",
    "مجلس الأمن الدولي", "مجلس الأمن"], "un")
ent("gcc", "IGO", ["Gulf Cooperation Council", "the six-nation Gulf Cooperation Council", "Gulf Arab states", "GCC",
    "مجلس التعاون لدول الخليج العربية", "المجلس الأعلى لمجلس التعاون لدول الخليج العربية", "مجلس التعاون"])
ent("saudi-gov", "SAU GOV", ["Saudi Arabia", "Riyadh", "the kingdom", "السعودية", "المملكة العربية السعودية"])
ent("iran-gov", "IRN GOV", ["Iran", "Tehran", "إيران", "طهران"])
ent("iran-lawmaker", "IRN LEG", ["a lawmaker close to the Supreme Leader", "an Iranian lawmaker"], "iran-gov")

# ---------------------------------------------------------------- entities: Doha
ent("israel-gov", "ISR GOV", ["Israel", "Israeli", "إسرائيل", "تل أبيب", "الاحتلال", "الاحتلال الصهيوني",
    "الكيان المحتل", "الحكومة الإسرائيلية"])
ent("idf", "ISR MIL", ["Israeli military", "The Israeli military", "IDF", "The IDF", "Israeli jets", "fighter jets",
    "the military", "the jets", "جيش الاحتلال", "طائرات إسرائيلية", "طائراته", "جيش الاحتلال الإسرائيلي"],
    "israel-gov")
ent("shin-bet", "ISR GOV", ["Shin Bet", "the Shin Bet security service", "the Shin Bet"], "israel-gov")
ent("netanyahu", "ISR GOV", ["Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu", "Netanyahu",
    "بنيامين نتنياهو", "نتنياهو", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "مجرم الحرب بنيامين نتنياهو"],
    "israel-gov")
ent("netanyahu-office", "ISR GOV", ["Prime Minister Benjamin Netanyahu's office", "Netanyahu's office",
    "مكتب مجرم الحرب بنيامين نتنياهو", "مكتب نتنياهو"], "israel-gov")
ent("katz", "ISR GOV", ["Israel Katz", "Defense Minister Israel Katz", "Katz"], "israel-gov")
ent("lapid", "ISR OPP", ["Yair Lapid", "Opposition leader Yair Lapid", "Lapid"])
ent("danon", "ISR GOV", ["Danny Danon", "Ambassador to the U.N. Danny Danon", "Danon"], "israel-gov")
ent("israeli-civilians", "ISR CVL", ["six people", "Israelis", "people"])
ent("hamas", "PSE REB", ["Hamas", "the terror group", "Hamas's leadership", "Hamas leaders", "حماس",
    "حركة المقاومة الإسلامية (حماس)", "حركة المقاومة الإسلامية", "الحركة", "قادة حماس", "وفد حماس",
    "وفدها المفاوض", "the group's negotiating delegation", "Hamas's top brass"])
ent("hayya", "PSE REB", ["Khalil al-Hayya", "خليل الحية", "الحية"], "hamas")
ent("humam-hayya", "PSE REB", ["Humam al-Hayya", "al-Hayya's son Humam", "همام خليل الحية"], "hamas")
ent("labad", "PSE REB", ["Jihad Labad", "جهاد لبد"], "hamas")
ent("pij", "PSE REB", ["Palestinian Islamic Jihad", "Islamic Jihad", "حركة الجهاد الإسلامي"])
ent("pflp", "PSE REB", ["Popular Front for the Liberation of Palestine", "PFLP", "الجبهة الشعبية لتحرير فلسطين"])
ent("gaza-civilians", "PSE CVL", ["Gaza residents", "سكان المدينة", "برجا سكنيا"])
ent("qatar-gov", "QAT GOV", ["Qatar", "Doha", "the Qataris", "قطر", "الدوحة", "دولة قطر"])
ent("qatar-pm", "QAT GOV", ["Sheikh Mohammed bin Abdulrahman Al Thani",
    "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "الشيخ محمد بن عبدالرحمن آل ثاني",
    "رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني",
    "رئيس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني"], "qatar-gov")
ent("tamim", "QAT GOV", ["Sheikh Tamim bin Hamad Al Thani", "Qatar's emir", "أمير قطر الشيخ تميم بن حمد آل ثاني",
    "الشيخ تميم بن حمد آل ثاني"], "qatar-gov")
ent("ansari", "QAT GOV", ["Majed al-Ansari", "Foreign ministry spokesman Majed al-Ansari"], "qatar-gov")
ent("qatar-moi", "QAT GOV", ["Qatar's interior ministry", "Qatari interior ministry"], "qatar-gov")
ent("qatar-security", "QAT COP", ["internal security force", "Qatari internal security force", "قوة الأمن الداخلي",
    "قوة الأمن الداخلي القطرية", "عنصر أمن قطري", "several other officers"], "qatar-gov")
ent("dosari", "QAT COP", ["Badr al-Dosari", "Corporal Badr al-Dosari", "بدر الدوسري", "الوكيل عريف بدر الدوسري",
    "العريف بدر الدوسري"], "qatar-security")
ent("qna", "QAT MED", ["Qatar News Agency", "QNA", "وكالة الأنباء القطرية"], "qatar-gov")
ent("trump", "USA GOV", ["Donald Trump", "President Donald Trump", "Trump", "الرئيس الأمريكي"], "us-gov")
ent("leavitt", "USA GOV", ["Karoline Leavitt", "White House press secretary Karoline Leavitt", "Leavitt"], "us-gov")
ent("witkoff", "USA GOV", ["Steve Witkoff", "his envoy Steve Witkoff", "Witkoff"], "us-gov")
ent("rubio", "USA GOV", ["Marco Rubio", "ماركو روبيو", "وزير الخارجية الأمريكي ماركو روبيو", "روبيو"], "us-gov")
ent("uae", "ARE GOV", ["United Arab Emirates", "the United Arab Emirates", "UAE", "the UAE", "Abu Dhabi",
    "الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة", "الإمارات العربية المتحدة"])
ent("jordan", "JOR GOV", ["Jordan", "الأردن"])
ent("egypt-gov", "EGY GOV", ["Egypt", "مصر", "الشقيقة مصر", "Cairo"])
ent("sisi", "EGY GOV", ["Abdel Fattah al-Sisi", "الرئيس المصري عبد الفتاح السيسي", "السيسي"], "egypt-gov")
ent("iran-mfa", "IRN GOV", ["Iran's foreign ministry", "Iranian foreign ministry"], "iran-gov")
ent("pezeshkian", "IRN GOV", ["Masoud Pezeshkian", "الرئيس الإيراني مسعود بزشكيان", "بزشكيان"], "iran-gov")
ent("guterres", "IGO", ["Antonio Guterres", "U.N. Secretary-General Antonio Guterres", "Guterres",
    "الأمين العام للأمم المتحدة أنطونيو غوتيريش", "غوتيريش"], "un")
ent("un-spokesman", "IGO", ["a U.N. spokesman", "his spokesman", "U.N. spokesman"], "un")
ent("arab-islamic-summit", "IGO", ["Arab-Islamic summit", "emergency Arab-Islamic summit",
    "القمة العربية الإسلامية الطارئة", "القمة", "البيان الختامي للقمة", "قادة وممثلو نحو 60 دولة"])
ent("budaiwi", "IGO", ["Jasem Albudaiwi", "جاسم البديوي", "الأمين العام للمجلس جاسم البديوي"], "gcc")
ent("arab-league", "IGO", ["Arab League", "the Arab League", "جامعة الدول العربية"])

# ---------------------------------------------------------------- entities: Port Sudan
ent("rsf", "SDN REB", ["Rapid Support Forces", "the paramilitary Rapid Support Forces (RSF)", "RSF", "the RSF",
    "the paramilitaries", "paramilitaries", "ميليشيا الدعم السريع المتمردة", "الميليشيا", "قوات الدعم السريع",
    "الدعم السريع", "ميليشيا الدعم السريع"])
ent("qurashi", "SDN REB", ["al-Fateh Qurashi", "الفاتح قرشي", "المتحدث الرسمي باسم قوات الدعم السريع الفاتح قرشي",
    "قرشي"], "rsf")
ent("tasis", "SDN REB", ["Tasis", "Sudan Founding Alliance", "تحالف السودان التأسيسي", "تأسيس"])
ent("saf", "SDN MIL", ["Sudanese army", "the army", "army", "Sudan's army", "air defences", "its air defences",
    "its aircraft", "القوات المسلحة", "الجيش", "طيران الجيش", "سلاح الجو التابع للقوات المسلحة",
    "الدفاعات الجوية", "إعلام الجيش", "القوات المسلحة السودانية", "جيش الحركة الإسلامية", "قيادة الجيش"],
    "sudan-gov")
ent("nabil-abdallah", "SDN MIL", ["Nabil Abdallah", "نبيل عبد الله", "العميد نبيل عبد الله",
    "الناطق الرسمي باسم القوات المسلحة العميد نبيل عبد الله"], "saf")
ent("burhan", "SDN MIL", ["Abdel Fattah al-Burhan", "General Abdel Fattah al-Burhan",
    "army chief General Abdel Fattah al-Burhan", "عبد الفتاح البرهان", "البرهان",
    "الفريق أول ركن عبد الفتاح البرهان"], "saf")
ent("sdc", "SDN GOV", ["Security and Defence Council", "Sudan's Security and Defence Council",
    "the Security and Defence Council", "مجلس الأمن والدفاع السوداني", "مجلس الأمن والدفاع"], "sudan-gov")
ent("sudan-gov", "SDN GOV", ["Sudan", "Sudan's army-led authorities", "the Port Sudan authority", "السودان",
    "سلطة بورتسودان", "الحكومة السودانية", "Sudan's government"])
ent("yassin-ibrahim", "SDN GOV", ["Yassin Ibrahim", "ياسين إبراهيم", "وزير الدفاع الفريق أول ركن ياسين إبراهيم"],
    "sudan-gov")
ent("aiser", "SDN GOV", ["Khalid al-Aiser", "خالد الإعيسر",
    "وزير الثقافة والإعلام الناطق الرسمي باسم الحكومة خالد الإعيسر"], "sudan-gov")
ent("sudan-caa", "SDN GOV", ["Sudan's civil aviation authority", "civil aviation authority", "سلطات الطيران المدني"],
    "sudan-gov")
ent("uae-mfa", "ARE GOV", ["The Emirati foreign ministry", "Emirati foreign ministry", "UAE foreign ministry",
    "وزارة خارجيتها", "وزارة الخارجية الإماراتية"], "uae")
ent("wam", "ARE MED", ["WAM", "the state news agency WAM"], "uae")
ent("nkweta-salami", "IGO", ["Clementine Nkweta-Salami", "The U.N. resident coordinator, Clementine Nkweta-Salami",
    "U.N. resident coordinator"], "un")
ent("unhas", "IGO", ["UNHAS", "the U.N.'s humanitarian air service", "U.N. humanitarian air service"], "un")
ent("wfp", "IGO", ["World Food Programme", "The World Food Programme", "WFP"], "un")
ent("fletcher", "IGO", ["Tom Fletcher", "U.N. relief chief Tom Fletcher", "Fletcher"], "un")
ent("igad", "IGO", ["IGAD", "the African Union's regional bloc IGAD"])
ent("icj", "IGO", ["World Court", "the World Court", "International Court of Justice"])
ent("unidentified-attackers", "UAF", ["unidentified attackers", "drones", "Drones", "a swarm of drones",
    "One drone", "مسيرات", "مسيرات انتحارية", "gunmen"])
ent("nyala-civilians", "SDN CVL", ["14 civilians", "civilians", "14 مدنيا", "المدنيين"])
ent("port-sudan-civilians", "SDN CVL", ["residents", "سكانها", "المدنيين", "the city's residents"])


# ---------------------------------------------------------------- places (GeoNames cities500 ids where present)
place("kobani", ["Kobani", "كوباني", "مدينة كوباني", "عين العرب", "Ayn al-Arab", "Ain al-Arab", "the town",
      "مدينة عين العرب (كوباني) السورية", "the Syrian border town of Kobani", "المدينة"], 36.89095, 38.35347, 8, 172256)
place("mishtenour", ["Mishtenour hill", "Mishtenour", "the strategic height of Mishtenour hill", "تلة مشتة نور",
      "مشتة نور"], 36.884, 38.365, 3, None, "Mishtenour hill on the south-eastern edge of Kobani; approximate.")
place("kobani-countryside", ["villages to the south and east", "ريفها", "the Kobani area", "ريف كوباني"],
      36.85, 38.35, 35, None, "Countryside of Kobani (some 300 villages); centroid approximate.")
place("mursitpinar", ["Mursitpinar", "the Mursitpinar crossing", "Mursitpinar border gate", "معبر مرشد بينار",
      "مرشد بينار", "المعبر", "the border fence near Mursitpinar", "الشريط الحدودي"], 36.903, 38.34746, 4, 304089,
      "GeoNames cities500 (304089); the crossing faces Kobani.")
place("suruc", ["Suruc", "سروج", "بلدة سروج", "بلدة سروج التركية", "camps around Suruc"],
      36.97612, 38.42533, 8, 300075)
place("diyarbakir", ["Diyarbakir", "ديار بكر"], 37.91363, 40.21721, 15, 316541)
place("mardin", ["Mardin"], 37.31309, 40.74357, 10, 304797)
place("siirt", ["Siirt"], 37.9293, 41.94134, 10, 300822)
place("van", ["Van"], 38.49457, 43.38323, 12, 298117)
place("turkey-southeast", ["cities across Turkey", "six provinces", "Turkey's Kurdish cities", "the southeast"],
      37.9, 40.5, 350, None, "Turkey's Kurdish-majority south-east, where most protests and curfews were; centroid approximate.")
place("turkey", ["Turkey", "into Turkey", "تركيا", "إلى تركيا", "الأراضي التركية", "نحو الأراضي التركية",
      "Turkish territory"], 39.0, 35.2, 800, None, "Turkey, country centroid; approximate.")
place("gaziantep", ["Gaziantep", "غازي عنتاب"], 37.05944, 37.3825, 15, 314830)
place("ankara", ["Ankara", "أنقرة", "بأنقرة"], 39.91987, 32.85427, 20, 323786)
place("erbil", ["Erbil", "أربيل", "بأربيل"], 36.18333, 44.01193, 15, 95446)
place("sanliurfa", ["Sanliurfa", "شانلي أورفا", "مطار شانلي أورفا"], 37.16708, 38.79392, 15, 298333)
place("habur", ["معبر الخابور", "Habur crossing", "Habur"], 37.14, 42.58, 8, None,
      "Habur border gate between Turkey and Iraqi Kurdistan, near Silopi; approximate (the cities500 'Habur' is in Yemen).")
place("estonia", ["إستونيا", "Estonia"], 58.6, 25.0, 250, None, "Estonia, country centroid; approximate.")

place("sanaa", ["Sanaa", "صنعاء", "the Yemeni capital", "the capital", "العاصمة", "العاصمة صنعاء", "Yemeni capital",
      "أحياء شمال صنعاء", "the north of the city"], 15.35472, 44.20667, 12, 71137)
place("firqa-hq", ["the headquarters of the army's 1st Armoured Division", "مقر الفرقة الأولى مدرع", "مقر الفرقة",
      "the compound of the 1st Armoured Division", "معسكر الفرقة الأولى مدرع"], 15.365, 44.185, 3, None,
      "1st Armoured Division headquarters, north-west Sanaa; approximate.")
place("iman-university", ["Iman University", "the nearby Iman University", "جامعة الإيمان", "جامعة الإيمان المجاورة"],
      15.372, 44.178, 3, None, "Iman University beside the 1st Armoured Division compound; approximate.")
place("tv-building", ["the state television building in northern Sanaa", "the state television building"],
      15.385, 44.205, 3, None, "Yemen state television building, northern Sanaa; approximate.")
place("shamlan", ["Shamlan", "شملان", "the Shamlan district", "أحياء شملان ومذبح"], 15.42, 44.17, 4, None,
      "Shamlan district, north-west Sanaa; approximate.")
place("madhbah", ["مذبح", "Madhbah"], 15.365, 44.175, 3, None, "Madhbah district, north-west Sanaa; approximate.")
place("hadda", ["حي حدة", "Hadda"], 15.31, 44.17, 3, None, "Hadda district, south-west Sanaa; approximate.")
place("presidential-palace", ["the presidential palace", "دار الرئاسة"], 15.33, 44.21, 3, None,
      "Presidential palace (Dar al-Riyasa), Sanaa; approximate.")
place("amran", ["Amran", "عمران", "the Amran road", "طريق عمران"], 15.6594, 43.94385, 15, 78428,
      "GeoNames cities500 (78428); radius widened to the road north of Sanaa.")
place("saada", ["Saada", "صعدة"], 16.94021, 43.76393, 15, 71334)
place("new-york", ["New York", "U.N. headquarters", "نيويورك"], 40.71427, -74.00597, 20, 5128581)
place("saudi-arabia", ["Saudi Arabia", "السعودية"], 24.0, 45.0, 900, None, "Saudi Arabia, country centroid; approximate.")

place("doha", ["Doha", "الدوحة", "the Qatari capital", "العاصمة القطرية الدوحة", "Qatar", "قطر"],
      25.28545, 51.53096, 15, 290030)
place("leqtaifiya", ["Leqtaifiya", "the Leqtaifiya district north of West Bay", "West Bay", "حي لقطيفية",
      "منطقة لقطيفية"], 25.335, 51.52, 3, None, "Leqtaifiya district north of West Bay, Doha; approximate.")
place("gaza-city", ["Gaza City", "مدينة غزة"], 31.50161, 34.46672, 8, 281133)
place("rimal", ["حي الرمال غرب المدينة", "حي الرمال", "Rimal"], 31.52, 34.445, 2, None,
      "Al-Rimal district, western Gaza City; approximate.")
place("jerusalem", ["Jerusalem", "القدس"], 31.76904, 35.21633, 12, 281184)
place("ramot-junction", ["Ramot Junction", "Ramot Junction in Jerusalem"], 31.817, 35.196, 3, None,
      "Ramot Junction, northern Jerusalem; approximate.")
place("tehran", ["Tehran", "طهران"], 35.69439, 51.42151, 20, 112931)
place("israel", ["Israel", "إسرائيل"], 31.5, 34.9, 200, None, "Israel, country centroid; approximate.")

place("port-sudan", ["Port Sudan", "بورتسودان", "مدينة بورتسودان", "the Red Sea city", "the city",
      "the city's main port", "the port"], 19.61745, 37.21644, 12, 377039)
place("port-sudan-airport", ["Port Sudan airport", "مطار بورتسودان", "مطار بورتسودان الدولي",
      "its only functioning international airport", "the airport", "the civilian airport", "المطار"],
      19.4336, 37.2341, 5, None, "Port Sudan New International Airport, south of the city; approximate.")
place("osman-digna", ["Osman Digna air base", "the Osman Digna air base", "قاعدة عثمان دقنة الجوية"],
      19.58, 37.2, 4, None, "Osman Digna air base, Port Sudan; approximate.")
place("south-port", ["الميناء الجنوبي", "the southern docks", "fuel storage tanks near the southern docks",
      "مستودعات الوقود في الميناء الجنوبي", "the strategic fuel depot", "the burning fuel terminal",
      "مستودعات الوقود"], 19.57, 37.235, 4, None, "Southern port and fuel terminal, Port Sudan; approximate.")
place("flamingo", ["قاعدة فلامنجو البحرية", "the Flamingo naval base", "Flamingo naval base"], 19.64, 37.215, 3, None,
      "Flamingo naval base, northern Port Sudan; approximate.")
place("kassala", ["Kassala", "كسلا", "the airport in Kassala"], 15.45099, 36.39998, 10, 372753)
place("kosti", ["Kosti", "كوستي", "مدينة كوستي بولاية النيل الأبيض"], 13.1629, 32.66347, 10, 371760)
place("nyala", ["Nyala", "نيالا", "مدينة نيالا", "مطار نيالا"], 12.04888, 24.88069, 10, 369004)
place("khartoum", ["Khartoum", "الخرطوم"], 15.55177, 32.53241, 20, 379252)


# ---------------------------------------------------------------- checks
def script_lang(t):
    """The scorer's test: Arabic when more than a third of the characters are Arabic script."""
    t = t or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def load_cities():
    path = CITIES if os.path.exists(CITIES) else CITIES_ALT
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            out[int(p[0])] = (p[1], float(p[4]), float(p[5]))
    return out


def page_body(text, d):
    a = text.find(d["body_first"])
    b = text.find(d["body_last"])
    if a < 0 or b < 0 or b < a:
        return None, a, b
    return text[a:b + len(d["body_last"])], a, b + len(d["body_last"])


def is_literal(x):
    return x is not None and x not in ENTITIES
ent("takfiri-elements", "UAF", ['عناصر "تكفيرية"', "عناصر تكفيرية", "takfiri elements"])
ent("haniyeh", "PSE REB", ["Ismail Haniyeh", "Hamas political chief Ismail Haniyeh", "إسماعيل هنية",
    "رئيس المكتب السياسي للحركة إسماعيل هنية"], "hamas")
place("gaza-strip", ["Gaza Strip", "the Gaza Strip", "قطاع غزة", "Gaza"], 31.42, 34.38, 30, None,
      "Gaza Strip centroid; approximate.")
place("washington", ["Washington", "the White House", "واشنطن"], 38.89511, -77.03637, 15, 4140963)
ent("darfur-kordofan-civilians", "SDN CVL", ["المدنيين في دارفور وكردفان", "civilians in Darfur and Kordofan"])
