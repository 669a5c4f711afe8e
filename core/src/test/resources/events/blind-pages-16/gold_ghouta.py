"""Story 3: the Eastern Ghouta offensive, February-April 2018 (pages 1609-1612). The Douma chemical
attack and its aftermath are left out (another set covers them)."""
from gold_common import E

NAME = "ghouta"
TITLE = ("the Eastern Ghouta offensive, Feb-Mar 2018 (government and Russian bombardment from 18 Feb with the "
         "Observatory's and the White Helmets' differing tolls, resolution 2401 of 24 Feb, Russia's daily five-hour "
         "'humanitarian pause' from 27 Feb and the empty al-Wafideen corridor with Moscow's charge and the rebels' "
         "denial, the factions' pledge to expel Hayat Tahrir al-Sham, the ground push and the split into three pockets "
         "on 10-11 Mar, the aid convoys to Douma on 5 and 9 Mar and the medical supplies removed, the Hamouriyah "
         "corridor from 15 Mar with UN and Russian counts, Ahrar al-Sham's exit from Harasta on 22-23 Mar and "
         "Faylaq al-Rahman's from Arbin and Zamalka on 24-25 Mar to Idlib, Jaish al-Islam's talks and the Russian "
         "ultimatum, mortar fire on Damascus, UN, US, French, German, British and Jordanian statements)")
WINDOW = ("2018-02-18", "2018-04-14")
BACKGROUND_FROM = "2013-01-01"

ENTITIES = {
    "syria-gov": {"code": "SYR GOV", "names": [
        "Syrian government", "the Syrian government", "Damascus", "the government", "government officials",
        "النظام", "دمشق", "الحكومة السورية"]},
    "saa": {"code": "SYR MIL", "names": [
        "Syrian army", "the Syrian army", "Syrian government forces", "government forces", "Syrian troops",
        "Syrian troops and military police", "troops", "the troops", "قوات النظام", "قوات النظام والميليشيات المساندة لها",
        "الجيش العربي السوري", "الجيش", "وحدات من الجيش", "وحدات الجيش"], "member_of": "syria-gov"},
    "sana": {"code": "SYR GOV", "names": ["SANA", "سانا", "وكالة سانا التابعة للنظام", "وكالة سانا"],
             "member_of": "syria-gov"},
    "syria-state-tv": {"code": "SYR GOV", "names": ["State television", "Syrian state television", "state media",
                                                    "التلفزيون السوري"], "member_of": "syria-gov"},
    "damascus-police": {"code": "SYR COP", "names": ["قيادة شرطة دمشق", "Damascus police"], "member_of": "syria-gov"},
    "russia-gov": {"code": "RUS GOV", "names": ["Russia", "Moscow", "روسيا", "موسكو", "الجانب الروسي"]},
    "putin": {"code": "RUS GOV", "names": ["Vladimir Putin", "Putin", "فلاديمير بوتين", "الرئيس فلاديمير بوتين", "بوتين"],
              "member_of": "russia-gov"},
    "lavrov": {"code": "RUS GOV", "names": ["Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov", "Lavrov"],
               "member_of": "russia-gov"},
    "russia-mod": {"code": "RUS MIL", "names": ["Russia's defence ministry", "Russian defence ministry",
                                                "وزارة الدفاع الروسية"], "member_of": "russia-gov"},
    "shoigu": {"code": "RUS MIL", "names": ["Sergei Shoigu", "سيرغي شويغو", "وزير الدفاع الروسي سيرغي شويغو"],
               "member_of": "russia-mod"},
    "russian-military": {"code": "RUS MIL", "names": [
        "Russian forces", "its Russian allies", "Russian officers", "the Russian military", "الطيران الروسي",
        "الضباط الروس"], "member_of": "russia-gov"},
    "recon-centre": {"code": "RUS MIL", "names": [
        "The Russian military's reconciliation centre", "Russian reconciliation centre", "reconciliation centre",
        "مركز المصالحة الروسي", "مركز المصالحة"], "member_of": "russian-military"},
    "jaish-islam": {"code": "SYR REB", "names": [
        "Jaish al-Islam", "Jaysh al-Islam", "the group", "جيش الإسلام", "ما يسمى \"جيش الإسلام\"",
        "إرهابيي ما يسمى \"جيش الإسلام\"", "مقاتلي جيش الإسلام"]},
    "bayraqdar": {"code": "SYR REB", "names": ["Hamza Bayraqdar", "Hamza Bairaqdar", "حمزة بيرقدار"],
                  "member_of": "jaish-islam"},
    "faylaq": {"code": "SYR REB", "names": [
        "Faylaq al-Rahman", "Faylaq al-Rahman fighters", "فيلق الرحمن", "ما يسمى \"فيلق الرحمن\"",
        "إرهابيي ما يسمى \"فيلق الرحمن\""]},
    "olwan": {"code": "SYR REB", "names": ["Wael Olwan", "Wael Alwan", "وائل علوان", "الناطق باسم فيلق الرحمن وائل علوان"],
              "member_of": "faylaq"},
    "ahrar": {"code": "SYR REB", "names": ["Ahrar al-Sham", "Ahrar al-Sham fighters", "حركة أحرار الشام",
                                           "إرهابيي \"حركة أحرار الشام\"", "أحرار الشام"]},
    "hts": {"code": "SYR REB", "names": ["Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham fighters", "هيئة تحرير الشام",
                                         "عناصر هيئة تحرير الشام"]},
    "ghouta-rebels": {"code": "SYR REB", "names": [
        "rebels", "Rebels", "the factions", "rebel groups", "المسلحين", "المجموعات الإرهابية", "الإرهابيين",
        "الإرهابيون", "المجموعات المسلحة", "فصائل جيش الإسلام وفيلق الرحمن وحركة أحرار الشام"]},
    "ghouta-civilians": {"code": "SYR CVL", "names": [
        "civilians", "Hundreds of families", "more than 1,100 civilians", "Tens of thousands of civilians",
        "52 civilians", "dozens of sick and wounded people", "about 1,000 sick and wounded people", "people",
        "الأهالي", "ستة مدنيين", "مدنيا", "آلاف العائلات", "أكثر من 80 ألف مدني", "المدنيين", "عائلاتهم"]},
    "damascus-civilians": {"code": "SYR CVL", "names": ["شخصين", "أربعة مدنيين", "residents of Damascus"]},
    "sohr": {"code": "NGO", "names": [
        "Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights", "The Britain-based Observatory",
        "The Observatory", "SOHR", "المرصد السوري لحقوق الإنسان", "المرصد السوري"]},
    "white-helmets": {"code": "NGO", "names": [
        "Syrian Civil Defence", "The Syrian Civil Defence", "White Helmets", "the White Helmets",
        "الدفاع المدني السوري", "الدفاع المدني", "الخوذ البيضاء"]},
    "douma-council": {"code": "SYR OPP", "names": ["المجلس المحلي لمدينة دوما", "Douma local council"]},
    "zeid": {"code": "IGO", "names": ["Zeid Ra'ad al-Hussein", "زيد بن رعد الحسين",
                                      "المفوض السامي لحقوق الإنسان زيد بن رعد الحسين"], "member_of": "un"},
    "lowcock": {"code": "IGO", "names": ["Mark Lowcock", "Lowcock", "the U.N.'s humanitarian chief"], "member_of": "un"},
    "who": {"code": "IGO", "names": ["World Health Organization", "the World Health Organization", "WHO",
                                     "منظمة الصحة العالمية"], "member_of": "un"},
    "icrc": {"code": "NGO", "names": ["International Committee of the Red Cross", "the International Committee of the "
                                      "Red Cross", "the Red Cross", "ICRC", "اللجنة الدولية للصليب الأحمر"]},
    "sarc": {"code": "NGO", "names": ["Syrian Arab Red Crescent", "the Syrian Arab Red Crescent",
                                      "الهلال الأحمر العربي السوري"]},
    "merkel": {"code": "DEU GOV", "names": ["Angela Merkel", "أنغيلا ميركل", "المستشارة الألمانية أنغيلا ميركل"]},
    "macron": {"code": "FRA GOV", "names": ["Emmanuel Macron", "إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون"],
               "member_of": "france-gov"},
    "france-mfa": {"code": "FRA GOV", "names": ["France's foreign ministry", "French foreign ministry"],
                   "member_of": "france-gov"},
    "us-state": {"code": "USA GOV", "names": ["The U.S. State Department", "U.S. State Department", "State Department"],
                 "member_of": "us-gov"},
    "uk-fco": {"code": "GBR GOV", "names": ["Britain's Foreign Office", "British Foreign Office", "Britain"]},
    "safadi": {"code": "JOR GOV", "names": ["Ayman Safadi", "Jordan's Foreign Minister Ayman Safadi", "Safadi"]},
}

def _approx(names, lat, lon, r, what):
    return {"names": names, "lat": lat, "lon": lon, "radius_km": r, "geonames_id": None,
            "note": f"{what}; approximate (not in cities500)."}


PLACES = {
    "eastern-ghouta": _approx(["Eastern Ghouta", "the Ghouta", "the enclave", "the rebel-held Eastern Ghouta",
                               "الغوطة الشرقية", "الغوطة", "الغوطة الشرقية المحاصرة", "مدن وبلدات الغوطة الشرقية المحاصرة",
                               "the southern pocket of Eastern Ghouta", "Ghouta's southern pocket"],
                              33.54, 36.41, 12, "Eastern Ghouta (region), centroid"),
    "douma": {"names": ["Douma", "Duma", "دوما", "مدينة دوما"], "lat": 33.57175, "lon": 36.4027, "radius_km": 4,
              "geonames_id": 170592, "note": "GeoNames cities500 (170592)"},
    "harasta": {"names": ["Harasta", "حرستا"], "lat": 33.55869, "lon": 36.36515, "radius_km": 4, "geonames_id": 169897,
                "note": "GeoNames cities500 (169897)"},
    "arbin": {"names": ["Arbin", "عربين"], "lat": 33.53719, "lon": 36.36635, "radius_km": 3, "geonames_id": 169372,
              "note": "GeoNames cities500 (169372)"},
    "zamalka": _approx(["Zamalka", "زملكا"], 33.5275, 36.3585, 3, "Zamalka, Eastern Ghouta"),
    "ein-terma": _approx(["Ein Terma", "Ain Tarma", "عين ترما"], 33.5117, 36.3503, 3, "Ein Terma, Eastern Ghouta"),
    "jobar": _approx(["Jobar", "حي جوبر", "جوبر"], 33.5248, 36.3331, 2, "Jobar district, Damascus"),
    "mesraba": _approx(["Mesraba", "مسرابا"], 33.5409, 36.3891, 3, "Mesraba, Eastern Ghouta"),
    "madyara": _approx(["Madyara", "مديرا"], 33.5519, 36.3826, 3, "Madyara, Eastern Ghouta"),
    "beit-sawa": _approx(["Beit Sawa", "بيت سوى"], 33.5289, 36.3994, 3, "Beit Sawa, Eastern Ghouta"),
    "hamouriyah": _approx(["Hamouriyah", "Hammouriyeh", "حمورية", "ممر حمورية"], 33.5233, 36.3769, 3,
                          "Hamouriyah, Eastern Ghouta (site of the corridor)"),
    "wafideen": _approx(["al-Wafideen corridor", "al-Wafideen", "مخيم الوافدين", "الممر"], 33.5957, 36.3811, 3,
                        "Al-Wafideen camp crossing north of Douma"),
    "hosh-dawahra": _approx(["حوش الضواهرة", "جبهة حوش الضواهرة", "Hosh al-Dawahra", "الشيفونية"], 33.5459, 36.4604, 4,
                            "Hosh al-Dawahra and al-Shifoniya, eastern front of the Ghouta"),
    "nashabiyah": {"names": ["An Nashabiyah", "al-Nashabiyah", "النشابية"], "lat": 33.51051, "lon": 36.48569,
                   "radius_km": 4, "geonames_id": 173178, "note": "GeoNames cities500 (173178)"},
    "jisreen": _approx(["Jisreen", "جسرين"], 33.4937, 36.3687, 3, "Jisreen, southern Eastern Ghouta"),
    "idlib": {"names": ["Idlib", "إدلب", "محافظة إدلب", "the northern province of Idlib", "Idlib province"],
              "lat": 35.93062, "lon": 36.63393, "radius_km": 60, "geonames_id": 169389,
              "note": "GeoNames cities500 (169389); the radius covers the province."},
    "damascus": {"names": ["Damascus", "دمشق", "العاصمة", "أحياء العاصمة"], "lat": 33.5102, "lon": 36.29128,
                 "radius_km": 8, "geonames_id": 170654, "note": "GeoNames cities500 (170654)"},
    "bab-touma": _approx(["Bab Touma", "حي باب توما", "باب توما"], 33.5127, 36.3165, 2, "Bab Touma, Old Damascus"),
    "qassaa": _approx(["al-Qassaa", "حي القصاع", "القصاع"], 33.5174, 36.3134, 2, "Al-Qassaa district, Damascus"),
    "adra": _approx(["Adra", "عدرا", "shelters in Adra", "مراكز الإقامة المؤقتة في عدرا والدوير وحرجلة"], 33.607, 36.514,
                    12, "Adra (shelters; also Dweir and Harjalla nearby)"),
}

D1609 = {
    "file": "1609_wakalatsanabilalghouta_russian_truce_falls_in_first_hour_shelling_douma_harasta.txt",
    "outlet": "وكالة سنابل الغوطة", "language": "ar",
    "title": "\"الهدنة الروسية\" تسقط في ساعتها الأولى.. قصف على دوما وحرستا وعشرات الضحايا رغم القرار 2401",
    "published": "2018-02-28",
    "published_note": "From the page's date line (الأربعاء 12 جمادى الآخرة 1439هـ - 28 شباط/فبراير 2018, Hijri beside "
                      "Gregorian, checked against Umm al-Qura: 12 Jumada al-Akhira 1439 = 2018-02-28); 'أمس الثلاثاء' "
                      "is 2018-02-27, 'يوم الإثنين' 2018-02-26, 'مساء السبت' 2018-02-24, 'فجر الأحد' 2018-02-25, "
                      "'18 شباط' explicit.",
    "dateline": "ريف دمشق",
    "body_first": "واصلت قوات النظام والطيران الروسي، أمس الثلاثاء",
    "body_last": "ويعيش فيها نحو 400 ألف نسمة.",
    "chrome": ["الرئيسية | أخبار الغوطة | ريف دمشق | سوريا | تقارير | صور وفيديو | من نحن",
               "شارك الخبر: فيسبوك | تويتر | واتساب | تلغرام", "اقرأ أيضا", "بالصور: أطفال الغوطة في الأقبية",
               "حملة تبرعات لمشافي الغوطة في الشمال السوري", "الائتلاف يطالب بتحرك دولي عاجل"],
    "events": [
        E(1, "ASSAULT", "saa russian-military", "ghouta-civilians", "douma harasta eastern-ghouta", "2018-02-27",
          "asserted", [None, "white-helmets"],
          "واصلت قوات النظام والطيران الروسي، أمس الثلاثاء، قصف مدن وبلدات الغوطة الشرقية المحاصرة خلال الساعات الخمس "
          "التي أعلنتها موسكو \"هدنة إنسانية\"، ما أسفر عن مقتل ستة مدنيين في دوما وحرستا", size={"dead": 6},
          mode="aerial",
          gloss="government forces and Russian aircraft kept bombing the besieged Ghouta on Tuesday during the five hours "
                "Moscow declared a 'humanitarian truce', killing six civilians in Douma and Harasta, per the civil defence"),
        E(2, "RETREAT AGREE", "putin russia-gov", "ghouta-rebels", "eastern-ghouta", "2018-02-26",
          "planned asserted alleged", ["shoigu", "russia-mod"],
          "وكان وزير الدفاع الروسي سيرغي شويغو قد أعلن يوم الإثنين أن الرئيس فلاديمير بوتين أمر بـ\"هدنة إنسانية\" يومية "
          "من التاسعة صباحا حتى الثانية ظهرا", mode="ceasefire", date_also=["2018-02-27"],
          note="Russia's daily five-hour pause: a unilateral ceasefire, planned from 27 Feb; scare quotes accept alleged.",
          gloss="Russian Defence Minister Shoigu announced on Monday that Putin had ordered a daily 'humanitarian truce' "
                "from 9 a.m. to 2 p.m."),
        E(3, "RETREAT", "russia-gov", "ghouta-civilians", "wafideen", "2018-02-26", "planned asserted",
          ["shoigu", "russia-mod"], "مع فتح \"ممر إنساني\" عند مخيم الوافدين لخروج المدنيين", mode="access",
          date_also=["2018-02-27"], gloss="with a 'humanitarian corridor' opened at al-Wafideen camp for civilians to leave"),
        E(4, "ASSAULT ACCUSE", "ghouta-rebels recon-centre", "ghouta-civilians", "wafideen", "2018-02-27",
          "alleged asserted", ["recon-centre"],
          "في حين زعم \"مركز المصالحة\" الروسي في قاعدة حميميم أن \"المسلحين\" قصفوا الممر لمنع الأهالي من المغادرة",
          note="Russia's charge (an accusation naming the deed), distanced by 'زعم'.",
          gloss="while the Russian 'reconciliation centre' at Hmeimim claimed the 'militants' shelled the corridor to stop "
                "people leaving"),
        E(5, "REJECT ASSAULT", "olwan faylaq ghouta-rebels", "recon-centre russia-gov ghouta-civilians", [], "2018-02-27", "asserted denied", ["olwan"],
          "ونفى الناطق باسم فيلق الرحمن وائل علوان هذه الرواية", date_also=["2018-02-28", None],
          gloss="Faylaq al-Rahman spokesman Wael Olwan denied this account"),
        E(6, "ACCUSE", "olwan faylaq", "syria-gov", [], "2018-02-27", "asserted", ["olwan"],
          "مؤكدا أن الأهالي يرفضون الخروج إلى مناطق النظام خوفا من الاعتقال والتجنيد الإجباري", optional=True,
          date_also=["2018-02-28", None],
          gloss="saying people refuse to leave for government areas for fear of arrest and conscription (optional)"),
        E(7, "REQUEST", "unsc", "syria-gov ghouta-rebels", [], "2018-02-24", "asserted", [None],
          "وكان مجلس الأمن الدولي قد تبنى بالإجماع، مساء السبت، القرار 2401 الذي يطالب بوقف الأعمال القتالية في عموم سوريا "
          "لمدة ثلاثين يوما \"دون تأخير\"", mode="ceasefire",
          gloss="the Security Council unanimously adopted on Saturday evening resolution 2401 demanding a 30-day cessation "
                "of hostilities across Syria 'without delay'"),
        E(8, "ASSAULT", "saa", "jaish-islam ghouta-rebels", "hosh-dawahra nashabiyah eastern-ghouta", "2018-02-25",
          "asserted", ["مراسلنا"],
          "وحاولت قوات النظام والميليشيات المساندة لها التقدم على جبهات حوش الضواهرة والشيفونية والنشابية منذ فجر الأحد، في "
          "أعنف هجوم بري منذ بدء الحملة",
          gloss="government forces and allied militias tried to advance on the Hosh al-Dawahra, al-Shifoniya and "
                "al-Nashabiyah fronts from dawn on Sunday, the heaviest ground attack of the campaign, per our correspondent"),
        E(9, "ASSAULT", "jaish-islam", "saa", "hosh-dawahra nashabiyah eastern-ghouta", "2018-02-25", "asserted",
          ["مراسلنا"], "إلا أن مقاتلي جيش الإسلام تصدوا لها", date_also=["2018-02-26", "2018-02-27"],
          gloss="but Jaish al-Islam fighters repelled them"),
        E(10, "ASSAULT", "jaish-islam", "saa", "hosh-dawahra", None, "asserted", ["jaish-islam"],
          "وأعلن جيش الإسلام مقتل أكثر من 30 عنصرا من قوات النظام وتدمير دبابتين على جبهة حوش الضواهرة",
          size={"dead": 30, "tanks": 2}, date_also=["2018-02-25", "2018-02-26", "2018-02-27"],
          gloss="Jaish al-Islam announced more than 30 government soldiers killed and two tanks destroyed on the Hosh "
                "al-Dawahra front"),
        E(11, "ASSAULT", "saa russian-military syria-gov", "ghouta-civilians", "eastern-ghouta", "2018-02-18", "asserted",
          ["sohr"],
          "ووثق المرصد السوري لحقوق الإنسان مقتل 582 مدنيا، بينهم 136 طفلا، منذ بدء الحملة الجوية والمدفعية في 18 شباط",
          size={"dead": 582, "children": 136}, date_also=[None, "2018-02-27", "2018-02-28"], mode="aerial",
          note="A running toll since 18 Feb: the day is the campaign's start (undated also accepted).",
          gloss="the Syrian Observatory documented 582 civilians killed, 136 children among them, since the air and "
                "artillery campaign began on 18 February"),
        E(12, "ASSAULT", "saa russian-military syria-gov", "ghouta-civilians", "eastern-ghouta", "2018-02-18", "asserted",
          ["white-helmets"], "فيما قال الدفاع المدني إن عدد الضحايا تجاوز 650", size={"dead": 650},
          date_also=[None, "2018-02-27", "2018-02-28"], gloss="while the civil defence said the toll exceeded 650"),
        E(13, "AGREE CONCEDE", "jaish-islam faylaq ahrar ghouta-rebels", "unsc hts", "eastern-ghouta", None,
          "planned asserted", [None],
          "وتعهدت فصائل جيش الإسلام وفيلق الرحمن وحركة أحرار الشام، في رسالة مشتركة إلى رئيس مجلس الأمن، بإخراج عناصر هيئة "
          "تحرير الشام من الغوطة خلال 15 يوما من بدء تطبيق الهدنة", date_also=["2018-02-26", "2018-02-27", None],
          note="A pledge (AGREE); the expulsion itself is planned.",
          gloss="Jaish al-Islam, Faylaq al-Rahman and Ahrar al-Sham pledged in a joint letter to the Security Council "
                "president to remove Hayat Tahrir al-Sham members from the Ghouta within 15 days of the truce"),
        E(14, "SUPPORT", "jaish-islam faylaq ahrar ghouta-rebels", "unsc", [], None, "asserted", [None],
          "مرحبة بالقرار الأممي", optional=True, date_also=["2018-02-26", "2018-02-27", None],
          gloss="welcoming the UN resolution (optional)"),
        E(15, "ASSAULT", "ghouta-rebels", "damascus-civilians", "bab-touma damascus", None, "alleged asserted", ["sana"],
          "زعمت وكالة سانا التابعة للنظام أن \"المجموعات الإرهابية\" استهدفت حي باب توما في دمشق بقذائف هاون، ما أدى إلى "
          "مقتل شخصين وإصابة تسعة آخرين", size={"dead": 2, "wounded": 9}, mode="heavy-weapons",
          date_also=["2018-02-27", "2018-02-28"],
          gloss="the regime's SANA claimed 'terrorist groups' hit Bab Touma in Damascus with mortars, killing two and "
                "wounding nine"),
        E(16, "REQUEST", "douma-council", "un", "douma", None, "asserted", ["douma-council"],
          "وناشد المجلس المحلي لمدينة دوما المنظمات الدولية إدخال قوافل الغذاء والدواء بشكل عاجل",
          date_also=["2018-02-27", "2018-02-28"],
          gloss="Douma's local council appealed to international organisations to bring in food and medicine convoys urgently"),
        E(17, "REQUEST", "guterres un", [], [], None, "asserted", ["guterres"],
          "جدد الأمين العام للأمم المتحدة أنطونيو غوتيريش مطالبته بتطبيق القرار فورا",
          date_also=["2018-02-26", "2018-02-27", "2018-02-28"],
          gloss="UN Secretary-General Guterres renewed his demand that the resolution be applied at once"),
        E(18, "ACCUSE", "zeid un", "syria-gov saa russia-gov", [], None, "asserted", ["zeid"],
          "فيما وصف المفوض السامي لحقوق الإنسان زيد بن رعد الحسين ما تتعرض له الغوطة بأنه \"حملة إبادة\"",
          date_also=["2018-02-26", "2018-02-27", "2018-02-28", None],
          note="The recipient is implied (those bombing the Ghouta).",
          gloss="UN rights chief Zeid Ra'ad al-Hussein called what the Ghouta is suffering 'a campaign of annihilation'"),
        E(19, "REQUEST CONSULT", "merkel macron france-gov", "russia-gov putin", [], None, "asserted", [None],
          "ودعت المستشارة الألمانية أنغيلا ميركل والرئيس الفرنسي إيمانويل ماكرون، في اتصال هاتفي مع بوتين، روسيا إلى "
          "الضغط على النظام لتطبيق الهدنة", date_also=["2018-02-25", "2018-02-26", "2018-02-27"],
          gloss="Merkel and Macron, in a phone call with Putin, urged Russia to press the regime to apply the truce"),
        E(20, "COERCE", "syria-gov saa", "ghouta-civilians", "eastern-ghouta", None, "historical asserted", [None],
          "ويحاصر النظام الغوطة الشرقية منذ عام 2013", optional=True, date_also=[None],
          gloss="the regime has besieged Eastern Ghouta since 2013 (background)"),
    ],
}

D1610 = {
    "file": "1610_mawqialshamalabiya_first_faylaq_al_rahman_batch_leaves_arbin_zamalka_harasta_cleared.txt",
    "outlet": "موقع الشام الأبية", "language": "ar",
    "title": "خروج الدفعة الأولى من إرهابيي \"فيلق الرحمن\" من عربين وزملكا.. وحرستا خالية من السلاح",
    "published": "2018-03-25T11:30",
    "published_note": "From the page's date line (2018-03-25 | 11:30 بتوقيت دمشق, year-first); 'مساء أمس السبت', "
                      "'صباح أمس' and 'مساء أمس' are 2018-03-24, 'الجمعة' and 'يوم الجمعة' 2018-03-23, 'الحادي عشر من "
                      "آذار' 2018-03-11, 'الخامس عشر من الشهر الجاري' 2018-03-15, '26 شباط' explicit, 'خمسة أسابيع' "
                      "back to 2018-02-18.",
    "dateline": "دمشق",
    "body_first": "خرجت مساء أمس السبت الدفعة الأولى من الحافلات",
    "body_last": "لإنهاء خطر القذائف التي كانت تطلق من الغوطة على أحياء العاصمة.",
    "chrome": ["الرئيسية | محليات | الميدان | سياسة | اقتصاد | ثقافة | اتصل بنا", "شارك: فيسبوك | تويتر | واتساب",
               "مواضيع ذات صلة", "بالفيديو: الأهالي يستقبلون الجيش في حمورية", "افتتاح معرض الكتاب في مكتبة الأسد",
               "ارتفاع الصادرات الزراعية إلى العراق"],
    "events": [
        E(1, "RETREAT", "faylaq", "saa syria-gov", "arbin zamalka ein-terma jobar eastern-ghouta", "2018-03-24",
          "asserted", [None],
          "خرجت مساء أمس السبت الدفعة الأولى من الحافلات التي تقل إرهابيي ما يسمى \"فيلق الرحمن\" وعائلاتهم من بلدات عربين "
          "وزملكا وعين ترما وحي جوبر باتجاه محافظة إدلب", mode="withdraw", destination="idlib",
          gloss="the first batch of buses carrying the 'terrorists' of the so-called Faylaq al-Rahman and their families "
                "left Arbin, Zamalka, Ein Terma and Jobar for Idlib on Saturday evening"),
        E(2, "RETREAT", "faylaq ghouta-civilians", "saa syria-gov", "arbin eastern-ghouta", "2018-03-24", "asserted",
          ["مراسل \"الشام الأبية\"", "مصدر في محافظة ريف دمشق"],
          "ونقل مراسل \"الشام الأبية\" عن مصدر في محافظة ريف دمشق أن عدد الخارجين في الدفعة الأولى بلغ 5435 شخصا، بينهم "
          "1800 مسلح، على متن 98 حافلة", size={"people": 5435, "fighters": 1800, "buses": 98}, mode="withdraw",
          destination="idlib",
          gloss="our correspondent, citing a Rif Dimashq governorate source: 5,435 people left in the first batch, "
                "1,800 of them gunmen, on 98 buses"),
        E(3, "AGREE", "faylaq recon-centre russia-gov syria-gov", "recon-centre syria-gov faylaq", "eastern-ghouta",
          "2018-03-23", "asserted", [None], "وجاء ذلك تنفيذا لاتفاق تم التوصل إليه الجمعة بوساطة مركز المصالحة الروسي",
          gloss="in execution of an agreement reached on Friday through the mediation of the Russian reconciliation centre"),
        E(4, "RETREAT", "faylaq", "saa syria-gov", "arbin zamalka eastern-ghouta", "2018-03-23", "planned",
          [None], "يقضي بخروج الإرهابيين الرافضين للتسوية", mode="withdraw", date_also=["2018-03-24", None],
          note="Deal term: the exit of those who refuse the settlement (planned).",
          gloss="providing for the exit of the 'terrorists' who reject the settlement"),
        E(5, "RETREAT", "faylaq", "saa syria-gov", "arbin zamalka eastern-ghouta", "2018-03-23", "planned", [None],
          "وتسليم أسلحتهم الثقيلة والمتوسطة وخرائط الأنفاق والألغام", mode="disarm", date_also=["2018-03-24", None],
          note="Deal term: handing over heavy weapons and maps (planned).",
          gloss="the handover of their heavy and medium weapons and the maps of tunnels and mines"),
        E(6, "CONCEDE", "syria-gov", "faylaq ghouta-civilians", "eastern-ghouta", "2018-03-23", "planned", [None],
          "وتسوية أوضاع الراغبين بالبقاء", date_also=["2018-03-24", None],
          note="Deal term: a 'settlement' (amnesty) for those who stay, CONCEDE (planned).",
          gloss="and the 'settlement of the status' of those wishing to stay"),
        E(7, "COERCE MOBILIZE", "saa", "ahrar", "harasta", "2018-03-24", "asserted", [None],
          "وفي حرستا، دخلت وحدات من الجيش المدينة صباح أمس", gloss="in Harasta, army units entered the town yesterday morning"),
        E(8, "RETREAT", "ahrar", "saa syria-gov", "harasta", "2018-03-23", "asserted", [None],
          "بعد خروج آخر حافلات إرهابيي \"حركة أحرار الشام\" نحو إدلب يوم الجمعة", mode="withdraw", destination="idlib",
          gloss="after the last buses of Ahrar al-Sham 'terrorists' left for Idlib on Friday"),
        E(9, "SUPPORT", "saa", "syria-gov", "harasta", "2018-03-24", "asserted", [None],
          "ورفعت العلم الوطني فوق مبنى البلدية", note="Raising the flag is SUPPORT (CODING).",
          gloss="and raised the national flag over the municipality building"),
        E(10, "RETREAT", "ahrar ghouta-civilians", "saa syria-gov", "harasta", None, "asserted", ["مصدر عسكري"],
          "وبلغ عدد من أخرجوا من حرستا خلال يومين أكثر من 4500 بين مسلح ومدني، بحسب مصدر عسكري", size={"people": 4500},
          mode="withdraw", destination="idlib", date_also=["2018-03-22", "2018-03-23"],
          gloss="more than 4,500 gunmen and civilians were taken out of Harasta in two days, per a military source"),
        E(11, "ASSAULT COERCE", "saa", "ghouta-rebels", "mesraba madyara eastern-ghouta", "2018-03-11", "asserted", [None],
          "وكان الجيش قد أحكم في الحادي عشر من آذار فصل الغوطة إلى ثلاثة قطاعات معزولة، بعد سيطرته على بلدتي مسرابا ومديرا",
          gloss="the army had on 11 March completed splitting the Ghouta into three isolated sectors after taking "
                "Mesraba and Madyara"),
        E(12, "RETREAT", "saa syria-gov russia-gov", "ghouta-civilians", "hamouriyah", "2018-03-15", "asserted",
          [None, "recon-centre"], "ومنذ فتح ممر حمورية في الخامس عشر من الشهر الجاري", mode="access",
          gloss="since the Hamouriyah corridor was opened on the 15th of this month"),
        E(13, "RETREAT MOBILIZE", "ghouta-civilians", [], "hamouriyah eastern-ghouta", "2018-03-15", "asserted",
          ["recon-centre"],
          "خرج أكثر من 80 ألف مدني من الغوطة إلى مراكز الإقامة المؤقتة في عدرا والدوير وحرجلة", size={"people": 80000},
          destination="adra", date_also=[None],
          gloss="more than 80,000 civilians left the Ghouta for temporary shelters in Adra, Dweir and Harjalla, per the "
                "Russian reconciliation centre"),
        E(14, "AID", "sarc", "ghouta-civilians", "adra", None, "asserted", ["recon-centre"],
          "حيث قدم لهم الهلال الأحمر العربي السوري الوجبات والرعاية الصحية", mode="humanitarian", date_also=[None],
          gloss="where the Syrian Arab Red Crescent gave them meals and health care"),
        E(15, "RETREAT AGREE", "russia-gov", "ghouta-rebels", "eastern-ghouta", "2018-02-26", "asserted planned",
          ["recon-centre"], "وتندرج هذه الممرات ضمن الهدنة الإنسانية اليومية التي أعلنتها موسكو في 26 شباط لمدة خمس ساعات",
          mode="ceasefire", date_also=["2018-02-27"],
          gloss="these corridors are part of the daily five-hour humanitarian truce Moscow announced on 26 February"),
        E(16, "REJECT ACCUSE", "ghouta-rebels recon-centre", "russia-gov ghouta-rebels", "eastern-ghouta", None,
          "asserted", ["recon-centre"], "والتي رفضت المجموعات المسلحة الالتزام بها طوال أسابيع", date_also=[None],
          note="The charge that the armed groups refused the truce: REJECT by them, or ACCUSE by the source.",
          gloss="which the armed groups refused to respect for weeks, per the same source"),
        E(17, "CONSULT", "jaish-islam russia-gov", "russia-gov jaish-islam", "douma", "2018-03-25", "asserted", [None],
          "وفي دوما، تتواصل المفاوضات بين الجانب الروسي وإرهابيي ما يسمى \"جيش الإسلام\"", date_also=["2018-03-24", None],
          gloss="in Douma, negotiations continue between the Russian side and the so-called Jaish al-Islam"),
        E(18, "REQUEST", "jaish-islam", "russia-gov", "douma", None, "possible asserted", [None],
          "وسط أنباء عن مطالبة الأخير بالبقاء في المدينة وتحويلها إلى منطقة \"إدارة ذاتية\" تحت إشراف روسي",
          date_also=[None], note="Unattributed reports: possible.",
          gloss="amid reports that the group demands to stay in the town and make it a 'self-administered' area under "
                "Russian supervision"),
        E(19, "REJECT", "syria-gov", "jaish-islam", "douma", None, "asserted", ["مصدر مطلع"],
          "وهو ما رفضته دمشق قطعيا بحسب مصدر مطلع", date_also=[None],
          gloss="which Damascus flatly rejected, per an informed source"),
        E(20, "THREATEN", "saa", "jaish-islam", "douma", None, "asserted hypothetical", ["مصدر عسكري"],
          "وقال مصدر عسكري لـ\"الشام الأبية\" إن \"أمام الإرهابيين في دوما خيارين لا ثالث لهما: المصالحة أو الحسم العسكري\"",
          date_also=["2018-03-24", "2018-03-25"],
          gloss="a military source said 'the terrorists in Douma have two options and no third: reconciliation or "
                "military resolution'"),
        E(21, "MOBILIZE THREATEN", "saa", "jaish-islam", "douma", None, "planned asserted", ["مصدر عسكري"],
          "مؤكدا أن وحدات الجيش جاهزة لاستئناف العمليات \"في أي لحظة\"", optional=True,
          date_also=["2018-03-24", "2018-03-25"],
          gloss="stressing that army units are ready to resume operations 'at any moment' (optional)"),
        E(22, "ASSAULT", "ghouta-rebels", "damascus-civilians", "qassaa damascus", "2018-03-24", "asserted",
          ["damascus-police"],
          "استهدف الإرهابيون مساء أمس حي القصاع في دمشق بقذيفتي هاون، ما أدى إلى إصابة أربعة مدنيين بجروح",
          size={"wounded": 4}, mode="heavy-weapons",
          gloss="the 'terrorists' hit al-Qassaa in Damascus with two mortar shells yesterday evening, wounding four "
                "civilians, per Damascus police"),
        E(23, "ASSAULT", "saa", "ghouta-rebels", "eastern-ghouta", "2018-02-18", "asserted", [None],
          "بعد خمسة أسابيع من بدء العملية العسكرية التي أطلقها الجيش", optional=True, date_also=[None],
          gloss="five weeks after the start of the military operation the army launched (background; optional)"),
    ],
}

D1611 = {
    "file": "1611_lodestarwire_syrian_army_splits_eastern_ghouta_in_three_aid_convoy_reaches_douma.txt",
    "outlet": "Lodestar Wire", "language": "en",
    "title": "Syrian army splits Eastern Ghouta in three as aid convoy reaches Douma",
    "published": "2018-03-11T16:05",
    "published_note": "From the page's date line (Published: 11 March 2018 16:05 GMT); 'on Saturday and Sunday' are "
                      "2018-03-10/11, 'on Friday' 2018-03-09, 'on Monday' 2018-03-05, 'Feb. 18', 'Feb. 24' and "
                      "'Feb. 27' explicit, 'last month' 2018-02.",
    "dateline": "BEIRUT/GENEVA",
    "body_first": "Syrian government forces captured the town of Mesraba and surrounding farmland",
    "body_last": "has been besieged by government forces since 2013 and is home to some 400,000 people.",
    "chrome": ["Top News | World | Middle East | Business | Markets | Tech | Pictures",
               "Share this article: Twitter | Facebook | LinkedIn | Email", "Related coverage",
               "Turkish-led forces close in on Afrin town", "Oil prices rise on strong U.S. jobs data",
               "Analysis: Russia's long game in Syria"],
    "events": [
        E(1, "ASSAULT COERCE", "saa", "ghouta-rebels", "mesraba eastern-ghouta", "2018-03-11", "asserted", ["sohr"],
          "Syrian government forces captured the town of Mesraba and surrounding farmland on Saturday and Sunday, "
          "slicing the rebel-held Eastern Ghouta into three pockets and encircling Douma and Harasta",
          date_also=["2018-03-10"], note="The split completed on Sunday 11 March (Saturday also accepted)."),
        E(2, "ASSAULT COERCE", "saa", "ghouta-rebels", "eastern-ghouta", "2018-03-11", "asserted", ["syria-state-tv"],
          "State television said troops had \"cut the supply lines of the terrorists\" in the Ghouta and linked up with "
          "units advancing from the west", date_also=["2018-03-10"], note="The same advance, told by state TV."),
        E(3, "RETREAT MOBILIZE", "ghouta-civilians", [], "beit-sawa mesraba", None, "asserted", ["residents"],
          "Hundreds of families fled from Beit Sawa and Mesraba into Douma as the troops closed in, residents said",
          destination="douma", date_also=["2018-03-10", "2018-03-11"]),
        E(4, "ASSAULT", "saa russian-military syria-gov", "ghouta-civilians", "eastern-ghouta", "2018-02-18", "asserted",
          ["sohr"],
          "says more than 1,100 civilians, among them some 240 children, have been killed since the government and its "
          "Russian allies began their assault on Feb. 18", size={"dead": 1100, "children": 240}, date_also=[None],
          note="A running toll since 18 Feb (undated also accepted)."),
        E(5, "ASSAULT", "saa russian-military syria-gov", "ghouta-civilians", "eastern-ghouta", "2018-02-18", "asserted",
          ["white-helmets"],
          "The Syrian Civil Defence, the rescue service known as the White Helmets, puts the toll at over 1,250",
          size={"dead": 1250}, date_also=[None]),
        E(6, "ASSAULT", "faylaq saa", "saa faylaq", "jisreen eastern-ghouta", None, "asserted possible", ["faylaq"],
          "Faylaq al-Rahman, the main rebel group in the southern part of the enclave, said its fighters had beaten back "
          "an attack near Jisreen and killed dozens of soldiers", date_also=["2018-03-10", "2018-03-11"],
          note="'the claim could not be verified': possible accepted."),
        E(7, "AID", "un icrc sarc", "ghouta-civilians", "douma", "2018-03-09", "asserted", [None],
          "A convoy of 13 trucks from the United Nations, the International Committee of the Red Cross and the Syrian "
          "Arab Red Crescent delivered food to Douma on Friday", size={"trucks": 13}, mode="humanitarian"),
        E(8, "AID", "un icrc sarc", "ghouta-civilians", "douma", "2018-03-05", "asserted", [None],
          "A first convoy on Monday had to leave before it was fully unloaded", mode="humanitarian"),
        E(9, "ASSAULT", "unidentified-attackers saa", "un icrc sarc", "douma", "2018-03-05", "asserted", [None],
          "had to leave before it was fully unloaded because of shelling", optional=True,
          note="Shelling that cut the convoy short; its author is left open (optional)."),
        E(10, "COERCE", "syria-gov", "un who", [], None, "asserted", ["who"],
          "the World Health Organization said government officials had removed 70 percent of its medical supplies, "
          "including trauma kits and surgical items, before it set out", mode="seize", date_also=["2018-03-05"]),
        E(11, "AGREE", "jaish-islam un", "un jaish-islam", "douma", None, "asserted", ["jaish-islam"],
          "Jaish al-Islam, the largest rebel group in Douma, said it had agreed with the United Nations to send a first "
          "group of Hayat Tahrir al-Sham fighters held in its prisons to Idlib",
          date_also=["2018-03-09", "2018-03-10", "2018-03-11"]),
        E(12, "RETREAT", "jaish-islam", "hts", "douma", None, "planned", ["jaish-islam"],
          "to send a first group of Hayat Tahrir al-Sham fighters held in its prisons to Idlib", mode="release",
          destination="idlib", date_also=[None], note="The agreed transfer itself, planned."),
        E(13, "AGREE CONCEDE", "ghouta-rebels jaish-islam faylaq ahrar", "unsc hts", [], None, "asserted planned", [None],
          "in line with a pledge the factions made to the Security Council last month",
          date_also=["2018-02-26", "2018-02-27", None]),
        E(14, "RETREAT", "ghouta-civilians", [], "wafideen", "2018-03-10", "asserted", ["russia-mod"],
          "Russia's defence ministry said 52 civilians had left the enclave through the al-Wafideen corridor on Saturday",
          size={"people": 52}),
        E(15, "RETREAT", "russia-gov", "ghouta-rebels", "eastern-ghouta", "2018-02-27", "asserted alleged", [None],
          "the daily five-hour \"humanitarian pause\" it has declared since Feb. 27", mode="ceasefire", optional=True,
          note="The pause, mentioned in passing (optional)."),
        E(16, "REJECT COERCE", "ghouta-rebels", "russia-gov ghouta-civilians", [], None, "asserted denied", ["ghouta-rebels"],
          "Rebels deny Moscow's charge that they keep civilians from leaving", date_also=[None]),
        E(17, "ACCUSE", "russia-gov", "ghouta-rebels", [], None, "asserted", ["russia-gov"],
          "Moscow's charge that they keep civilians from leaving", optional=True, date_also=[None],
          note="The Russian charge inside the denial (optional)."),
        E(18, "ACCUSE", "us-state us-gov", "russia-gov syria-gov", [], None, "asserted", ["us-state"],
          "The U.S. State Department accused Russia and the Syrian government of ignoring Security Council resolution 2401",
          date_also=["2018-03-10", "2018-03-11"]),
        E(19, "REQUEST", "unsc", "syria-gov ghouta-rebels", [], "2018-02-24", "asserted", [None],
          "adopted unanimously on Feb. 24, which demanded a 30-day truce across Syria", mode="ceasefire"),
        E(20, "REJECT", "lavrov russia-gov", "us-state us-gov", [], None, "asserted", ["lavrov"],
          "Russian Foreign Minister Sergei Lavrov rejected the charge, saying the resolution did not cover \"terrorists\"",
          date_also=["2018-03-10", "2018-03-11"]),
        E(21, "COOPERATE AID", "lavrov russia-gov", "syria-gov", [], None, "planned asserted", ["lavrov"],
          "Moscow would keep helping Damascus fight them", date_also=["2018-03-10", "2018-03-11", None],
          note="A pledge of continued military help: COOPERATE (AID accepted), planned."),
        E(22, "REQUEST", "lowcock un", "syria-gov", "eastern-ghouta", None, "asserted", ["lowcock"],
          "Mark Lowcock, the U.N.'s humanitarian chief, called for the immediate medical evacuation of about 1,000 sick "
          "and wounded people", date_also=["2018-03-10", "2018-03-11"]),
        E(23, "ACCUSE REJECT", "france-mfa france-gov", "syria-gov saa russia-gov", [], None, "asserted", ["france-mfa"],
          "France's foreign ministry condemned what it called the indiscriminate bombardment of civilians",
          date_also=["2018-03-10", "2018-03-11"]),
        E(24, "THREATEN", "france-mfa france-gov", "syria-gov saa russia-gov", [], None, "planned asserted",
          ["france-mfa"], "said those responsible would have to answer for their crimes",
          date_also=["2018-03-10", "2018-03-11"]),
        E(25, "COERCE", "saa syria-gov", "ghouta-civilians", "eastern-ghouta", None, "historical asserted", [None],
          "has been besieged by government forces since 2013", optional=True, date_also=[None]),
    ],
}

D1612 = {
    "file": "1612_jordanvalleypost_last_faylaq_al_rahman_convoys_leave_ghouta_jaish_al_islam_holds_out.txt",
    "outlet": "The Jordan Valley Post", "language": "en",
    "title": "Last Faylaq al-Rahman convoys leave Ghouta's southern pocket; Jaish al-Islam holds out in Douma",
    "published": "2018-03-26T20:15",
    "published_note": "From the page's date line (Monday, March 26, 2018 - 20:15 (Amman time)); 'late on Sunday' is "
                      "2018-03-25, 'on Monday' 2018-03-26, 'March 22 and 23', 'March 11', 'March 15' and 'Feb. 18' "
                      "explicit, 'last week' 19-25 March.",
    "dateline": "AMMAN",
    "body_first": "The last buses carrying Faylaq al-Rahman fighters and their families out of the southern pocket",
    "body_last": "condemned what it called the forced displacement of the Ghouta's population.",
    "chrome": ["Home | Jordan | Region | World | Business | Culture | Sports", "Share: Facebook | Twitter | Email | Print",
               "More from the Post", "Amman water tariffs to rise in summer", "King receives Iraqi delegation in Aqaba",
               "Jerash festival line-up announced"],
    "events": [
        E(1, "RETREAT", "faylaq ghouta-civilians", "saa syria-gov", "arbin eastern-ghouta", "2018-03-25", "asserted", [None],
          "The last buses carrying Faylaq al-Rahman fighters and their families out of the southern pocket of Eastern "
          "Ghouta left Arbin late on Sunday", mode="withdraw", destination="idlib"),
        E(2, "RETREAT", "faylaq ghouta-civilians", "saa syria-gov", "eastern-ghouta", None, "asserted",
          ["syria-state-tv"],
          "completing a Russian-brokered evacuation that Syrian state television said had moved about 7,000 people to "
          "the northern province of Idlib in two days", size={"people": 7000}, mode="withdraw", destination="idlib",
          date_also=["2018-03-24", "2018-03-25"]),
        E(3, "COERCE MOBILIZE", "saa", "faylaq", "arbin zamalka ein-terma", "2018-03-26", "asserted", ["syria-state-tv"],
          "Syrian troops and military police entered Arbin, Zamalka and Ein Terma on Monday morning"),
        E(4, "AGREE", "olwan faylaq", "russian-military russia-gov", [], None, "asserted", ["olwan"],
          "Wael Olwan, a spokesman for Faylaq al-Rahman, said the group had accepted the deal only \"to spare what is "
          "left of our people\"", date_also=["2018-03-23", None]),
        E(5, "THREATEN", "russian-military", "faylaq", "arbin zamalka eastern-ghouta", None, "asserted hypothetical",
          ["olwan"], "after Russian officers threatened to flatten the towns if it refused",
          date_also=["2018-03-22", "2018-03-23"]),
        E(6, "ACCUSE", "olwan faylaq", "russia-gov", [], None, "asserted", ["olwan"], "He accused Russia of war crimes",
          date_also=["2018-03-25", "2018-03-26"]),
        E(7, "ASSAULT", "saa russian-military", "faylaq ghouta-civilians", "eastern-ghouta", None, "asserted", ["olwan"],
          "said the fighters were leaving \"under fire\"", optional=True, date_also=["2018-03-24", "2018-03-25"],
          note="Fire on the departing fighters, in the spokesman's words (optional)."),
        E(8, "RETREAT", "ahrar ghouta-civilians", "saa syria-gov", "harasta", "2018-03-22", "asserted", ["sohr"],
          "The evacuation followed that of Harasta, where some 1,400 Ahrar al-Sham fighters and about 6,000 civilians "
          "left for Idlib on March 22 and 23, according to the Syrian Observatory for Human Rights",
          size={"fighters": 1400, "people": 6000}, mode="withdraw", destination="idlib", date_also=["2018-03-23"]),
        E(9, "ASSAULT COERCE", "saa", "ghouta-rebels", "eastern-ghouta", "2018-03-11", "asserted", [None],
          "Government forces had split the enclave into three pockets on March 11, isolating Harasta and Douma from the "
          "southern towns"),
        E(10, "RETREAT MOBILIZE", "ghouta-civilians", [], "hamouriyah eastern-ghouta", "2018-03-15", "asserted", [None],
          "Tens of thousands of civilians have left through a corridor at Hamouriyah since government forces opened it "
          "on March 15", date_also=[None], note="The exodus since the corridor opened (day of opening, or undated)."),
        E(11, "RETREAT MOBILIZE", "ghouta-civilians", [], "hamouriyah", "2018-03-15", "asserted", ["un"],
          "The United Nations puts their number at about 50,000", size={"people": 50000}, date_also=[None]),
        E(12, "RETREAT MOBILIZE", "ghouta-civilians", [], "hamouriyah", "2018-03-15", "asserted", ["russia-gov"],
          "while Russia says it is above 100,000", size={"people": 100000}, date_also=[None]),
        E(13, "COERCE", "syria-gov", "ghouta-civilians", "adra", None, "asserted", [None],
          "Many are held in shelters in Adra and other areas on the edge of Damascus", optional=True, date_also=[None],
          note="Displaced people held in shelters (optional)."),
        E(14, "CONSULT", "jaish-islam russian-military", "russian-military jaish-islam", "douma", "2018-03-26",
          "asserted", [None], "In Douma, the last pocket, Jaish al-Islam is still in talks with Russian officers",
          date_also=[None]),
        E(15, "REJECT", "bayraqdar jaish-islam", "russian-military russia-gov", "douma", "2018-03-26", "asserted",
          ["bayraqdar"],
          "Hamza Bayraqdar, a spokesman for the group, told the Post by telephone that it would not leave the town",
          date_also=[None]),
        E(16, "THREATEN", "recon-centre", "jaish-islam", "douma", None, "asserted", ["recon-centre"],
          "The Russian military's reconciliation centre said the group had until the end of the week to accept an exit "
          "deal, warning that \"the other option is well known\"", date_also=["2018-03-25", "2018-03-26"],
          note="An ultimatum is THREATEN."),
        E(17, "ASSAULT", "saa russian-military syria-gov", "ghouta-civilians", "eastern-ghouta", "2018-02-18", "asserted",
          ["sohr"],
          "The Observatory says more than 1,600 civilians have been killed in the enclave since the offensive began on "
          "Feb. 18", size={"dead": 1600}, date_also=[None]),
        E(18, "AID", "icrc sarc", "ghouta-civilians", "douma", None, "asserted", ["icrc"],
          "The International Committee of the Red Cross and the Syrian Arab Red Crescent evacuated dozens of sick and "
          "wounded people from Douma last week", mode="humanitarian",
          date_also=["2018-03-19", "2018-03-20", "2018-03-21", "2018-03-22", "2018-03-23"],
          note="Evacuating the wounded is AID."),
        E(19, "REQUEST", "safadi", [], [], "2018-03-26", "asserted", ["safadi"],
          "Jordan's Foreign Minister Ayman Safadi called on Monday for the full implementation of Security Council "
          "resolution 2401 and for a political settlement under U.N. auspices"),
        E(20, "ACCUSE REJECT", "uk-fco", "syria-gov", [], None, "asserted", ["uk-fco"],
          "Britain's Foreign Office condemned what it called the forced displacement of the Ghouta's population",
          date_also=["2018-03-25", "2018-03-26"]),
    ],
}

DOCUMENTS = [D1609, D1610, D1611, D1612]

LINKS = [
    ("Security Council resolution 2401 demanding a 30-day truce, 24 Feb", ["b1609-7", "b1611-19"]),
    ("Russia's daily five-hour humanitarian pause announced on 26 Feb", ["b1609-2", "b1610-15"]),
    ("The factions' pledge to the Security Council to expel Hayat Tahrir al-Sham", ["b1609-13", "b1611-13"]),
    ("Government forces split Eastern Ghouta into three pockets, 11 Mar", ["b1610-11", "b1611-1"]),
    ("Government forces split Eastern Ghouta into three pockets, 11 Mar", ["b1611-1", "b1612-9"]),
    ("Government forces split Eastern Ghouta into three pockets, 11 Mar", ["b1610-11", "b1612-9"]),
    ("Ahrar al-Sham's buses leave Harasta for Idlib, 22-23 Mar", ["b1610-8", "b1612-8"]),
    ("Faylaq al-Rahman's evacuation from Arbin and Zamalka to Idlib, 24-25 Mar", ["b1610-1", "b1612-2"]),
    ("Faylaq al-Rahman accepts the Russian-brokered exit deal, 23 Mar", ["b1610-3", "b1612-4"]),
    ("Civilians leave through the Hamouriyah corridor since 15 Mar", ["b1610-13", "b1612-10"]),
    ("Jaish al-Islam's talks with the Russians over Douma", ["b1610-17", "b1612-14"]),
]

CONTRADICTIONS = [
    ("value", "size.people", "People taken out of Harasta: more than 4,500 fighters and civilians (military source, "
     "al-Sham al-Abiya) vs some 1,400 fighters and about 6,000 civilians (Observatory, Jordan Valley Post)",
     ["b1610-10", "b1612-8"]),
    ("value", "size.people", "Civilians out through Hamouriyah: more than 80,000 (Russian reconciliation centre, "
     "al-Sham al-Abiya) vs about 50,000 (United Nations, Jordan Valley Post)", ["b1610-13", "b1612-11"]),
    ("value", "actor", "Who broke the daily pause: government forces and Russian aircraft bombing during it (civil "
     "defence, Sanabil al-Ghouta) vs the armed groups refusing to respect it (reconciliation centre, al-Sham al-Abiya)",
     ["b1609-1", "b1610-16"]),
    ("negation", "status", "The al-Wafideen corridor: shelled by the 'militants' to keep people in (Russian "
     "reconciliation centre, Sanabil al-Ghouta) vs rebels denying they keep civilians from leaving (Lodestar)",
     ["b1609-4", "b1611-16"]),
]
