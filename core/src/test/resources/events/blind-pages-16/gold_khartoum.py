"""Story 2: the Sudanese army's recapture of Khartoum's centre, March 2025, and the drone war that
followed (pages 1605-1608)."""
from gold_common import E

NAME = "khartoum"
TITLE = ("the Sudanese army's recapture of Khartoum's centre, Mar-May 2025 (the Republican Palace taken on 21 Mar and "
         "the RSF drone that killed state-television staff and officers there, told as journalists by the army side and "
         "as army morale officers by the RSF side; the RSF's 89 dead and 'repositioning' claims; the Central Bank and "
         "intelligence headquarters on 22 Mar, the Manshiya bridge on 24 Mar, the airport and Burhan's 'Khartoum is "
         "free' on 26 Mar; the RSF columns over the Jabal Awliya bridge; summary executions charged to each side, the "
         "UN rights office's alarm; Egyptian, Saudi and Arab League welcomes; returns of displaced families; the RSF's "
         "drones on the Merowe and Um Dabakir power stations and on Port Sudan from 4 May, Sudan's break with the UAE "
         "and the UAE's denial)")
WINDOW = ("2025-03-20", "2025-05-06")
BACKGROUND_FROM = "2023-04-15"

ENTITIES = {
    "saf": {"code": "SDN MIL", "names": [
        "Sudanese army", "the Sudanese army", "Sudan's army", "the army", "army", "his troops", "troops", "soldiers",
        "An army spokesman", "army statements", "القوات المسلحة السودانية", "القوات المسلحة", "الجيش", "جيش الفلول",
        "قيادة الجيش", "إعلام الجيش", "الجيش وكتائب البراء بن مالك"]},
    "nabil-abdallah": {"code": "SDN MIL", "names": [
        "Nabil Abdallah", "Army spokesman Nabil Abdallah", "نبيل عبد الله", "العميد نبيل عبد الله",
        "الناطق الرسمي باسم القوات المسلحة العميد نبيل عبد الله", "الناطق الرسمي باسم القوات المسلحة"],
        "member_of": "saf"},
    "burhan": {"code": "SDN MIL", "names": [
        "Abdel Fattah al-Burhan", "General Abdel Fattah al-Burhan", "army chief General Abdel Fattah al-Burhan",
        "Sudan's army chief, General Abdel Fattah al-Burhan", "Burhan", "al-Burhan", "عبد الفتاح البرهان", "البرهان",
        "الفريق أول ركن عبد الفتاح البرهان",
        "رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان"], "member_of": "saf"},
    "sudan-gov": {"code": "SDN GOV", "names": [
        "the army-backed government", "army-led authorities", "the army-led authorities", "Sudan", "Port Sudan authority",
        "الحكومة السودانية", "السودان"]},
    "sudan-sdc": {"code": "SDN GOV", "names": [
        "Sudan's Security and Defence Council", "Security and Defence Council", "مجلس الأمن والدفاع"],
        "member_of": "sudan-gov"},
    "yassin-ibrahim": {"code": "SDN GOV", "names": ["Yassin Ibrahim", "Defence Minister Yassin Ibrahim"],
                       "member_of": "sudan-gov"},
    "sudan-info": {"code": "SDN GOV", "names": ["the information ministry", "information ministry",
                                                "وزارة الثقافة والإعلام"], "member_of": "sudan-gov"},
    "aiser": {"code": "SDN GOV", "names": [
        "Khalid al-Aiser", "خالد الإعيسر", "وزير الثقافة والإعلام خالد الإعيسر"], "member_of": "sudan-info"},
    "khartoum-state": {"code": "SDN GOV", "names": ["the Khartoum state government", "Khartoum state government",
                                                    "حكومة ولاية الخرطوم"], "member_of": "sudan-gov"},
    "northern-state": {"code": "SDN GOV", "names": ["سلطات الولاية", "سلطات الولاية الشمالية",
                                                    "Northern State authorities"], "member_of": "sudan-gov"},
    "sudan-tv": {"code": "SDN MED", "names": [
        "Sudan's state television", "state television", "three staff of Sudan's state television", "journalists",
        "a group of soldiers and journalists", "التلفزيون القومي", "ثلاثة من منسوبي التلفزيون القومي",
        "تجمعا للإعلاميين والضباط", "الإعلاميين", "صحفيين مدنيين"], "member_of": "sudan-gov"},
    "baraa": {"code": "SDN MIL", "names": [
        "al-Baraa bin Malik brigades", "allied fighters", "soldiers and allied fighters", "كتائب البراء بن مالك",
        "كتائب البراء بن مالك الإرهابية", "الكتائب المتحالفة مع الجيش"]},
    "rsf": {"code": "SDN REB", "names": [
        "Rapid Support Forces", "the Rapid Support Forces", "Rapid Support Forces (RSF)", "RSF", "the RSF",
        "the paramilitary", "RSF fighters", "RSF pickup trucks", "مليشيا الدعم السريع", "مليشيا الدعم السريع المتمردة",
        "المليشيا", "قوات الدعم السريع", "الدعم السريع", "مسيرات قوات الدعم السريع", "مسيرات القوات", "الأشاوس",
        "مسيرة انتحارية تابعة للمليشيا", "عناصر المليشيا"]},
    "rsf-spokesman": {"code": "SDN REB", "names": [
        "الناطق الرسمي باسم القوات", "بيان صادر عن الناطق الرسمي باسم القوات", "RSF spokesman"], "member_of": "rsf"},
    "tibeig": {"code": "SDN REB", "names": [
        "Elbasha Tibeig", "الباشا طبيق", "المستشار بقوات الدعم السريع الباشا طبيق"], "member_of": "rsf"},
    "abdelrahim": {"code": "SDN REB", "names": [
        "Abdelrahim Dagalo", "عبد الرحيم دقلو", "الفريق عبد الرحيم دقلو",
        "القائد الثاني لقوات الدعم السريع الفريق عبد الرحيم دقلو"], "member_of": "rsf"},
    "khartoum-civilians": {"code": "SDN CVL", "names": [
        "civilians", "displaced people", "displaced families", "Hundreds of displaced families",
        "more than 400,000 displaced people", "civilians accused of collaborating with the RSF", "detainees",
        "some 100,000 people", "محتجزين مدنيين", "مدنيين", "المواطنون", "عشرات الأسر", "شبان مقيدي الأيدي",
        "الشعب السوداني"]},
    "ohchr": {"code": "IGO", "names": ["The U.N. human rights office", "U.N. human rights office", "UN human rights office",
                                       "مفوضية الأمم المتحدة لحقوق الإنسان"], "member_of": "un"},
    "hrc": {"code": "IGO", "names": ["Human Rights Council", "مجلس حقوق الإنسان"], "member_of": "un"},
    "iom": {"code": "IGO", "names": ["International Organization for Migration",
                                     "The International Organization for Migration", "IOM", "المنظمة الدولية للهجرة"],
            "member_of": "un"},
    "wfp": {"code": "IGO", "names": ["World Food Programme", "The World Food Programme", "WFP", "برنامج الأغذية العالمي"],
            "member_of": "un"},
    "uae-mfa": {"code": "ARE GOV", "names": ["The UAE's foreign ministry", "the UAE's foreign ministry"],
                "member_of": "uae"},
}

PLACES = {
    "khartoum": {"names": ["Khartoum", "the capital", "الخرطوم", "وسط الخرطوم", "the city centre", "Khartoum state"],
                 "lat": 15.55177, "lon": 32.53241, "radius_km": 15, "geonames_id": 379252,
                 "note": "GeoNames cities500 (379252)"},
    "republican-palace": {"names": ["Republican Palace", "the Republican Palace", "the wrecked Republican Palace",
                                    "the palace", "القصر الجمهوري", "القصر الجمهوري بالخرطوم", "القصر", "محيط القصر",
                                    "باحات القصر"], "lat": 15.6105, "lon": 32.533, "radius_km": 2, "geonames_id": None,
                          "note": "Republican Palace on Nile Street, central Khartoum; approximate (not in cities500)."},
    "central-bank": {"names": ["Central Bank of Sudan", "the Central Bank of Sudan", "بنك السودان المركزي",
                               "مبنى بنك السودان المركزي", "مباني بنك السودان المركزي"], "lat": 15.608, "lon": 32.526,
                     "radius_km": 2, "geonames_id": None,
                     "note": "Central Bank of Sudan headquarters, central Khartoum; approximate."},
    "khartoum-airport": {"names": ["Khartoum's international airport", "Khartoum International Airport",
                                   "the capital's airport", "مطار الخرطوم"], "lat": 15.5895, "lon": 32.5532,
                         "radius_km": 3, "geonames_id": None, "note": "Khartoum International Airport; approximate."},
    "manshiya-bridge": {"names": ["Manshiya bridge", "the Manshiya bridge", "جسر المنشية"], "lat": 15.594, "lon": 32.59,
                        "radius_km": 3, "geonames_id": None,
                        "note": "Manshiya bridge over the Blue Nile, Khartoum to Sharq al-Nil; approximate."},
    "jabal-awliya": {"names": ["Jabal Awliya", "جبل أولياء", "Jabal Awliya districts"], "lat": 15.24, "lon": 32.5,
                     "radius_km": 10, "geonames_id": None, "note": "Jabal Awliya, south of Khartoum; approximate."},
    "jabal-awliya-bridge": {"names": ["Jabal Awliya bridge", "the Jabal Awliya bridge", "the Jabal Awliya dam bridge",
                                      "جسر جبل أولياء"], "lat": 15.23, "lon": 32.48, "radius_km": 4, "geonames_id": None,
                            "note": "Bridge over the Jabal Awliya dam on the White Nile; approximate."},
    "west-bank-white-nile": {"names": ["the west bank of the White Nile", "west bank of the White Nile",
                                       "غرب النيل الأبيض"], "lat": 15.3, "lon": 32.35, "radius_km": 40,
                             "geonames_id": None,
                             "note": "West bank of the White Nile south-west of Khartoum (region); approximate."},
    "kalakla": {"names": ["Kalakla", "الكلاكلة", "حي الكلاكلة", "حي الكلاكلة جنوب الخرطوم"], "lat": 15.46, "lon": 32.51,
                "radius_km": 4, "geonames_id": None, "note": "Kalakla district, southern Khartoum; approximate."},
    "south-khartoum": {"names": ["southern Khartoum", "Khartoum's southern districts", "جنوب الخرطوم",
                                 "أحياء جنوب الخرطوم"], "lat": 15.48, "lon": 32.52, "radius_km": 10, "geonames_id": None,
                       "note": "Southern districts of Khartoum (region); approximate."},
    "omdurman": {"names": ["Omdurman", "أم درمان"], "lat": 15.64453, "lon": 32.47773, "radius_km": 12,
                 "geonames_id": 365137, "note": "GeoNames cities500 (365137)"},
    "bahri": {"names": ["Bahri", "Khartoum North", "الخرطوم بحري", "بحري"], "lat": 15.64, "lon": 32.55, "radius_km": 8,
              "geonames_id": None, "note": "Bahri (Khartoum North); approximate (not in cities500)."},
    "port-sudan": {"names": ["Port Sudan", "بورتسودان", "بورت سودان"], "lat": 19.61745, "lon": 37.21644, "radius_km": 15,
                   "geonames_id": 377039, "note": "GeoNames cities500 (377039)"},
    "osman-digna": {"names": ["Osman Digna air base", "the Osman Digna air base", "قاعدة عثمان دقنة"], "lat": 19.576,
                    "lon": 37.216, "radius_km": 5, "geonames_id": None,
                    "note": "Osman Digna air base at Port Sudan; approximate."},
    "atbara": {"names": ["Atbara", "عطبرة"], "lat": 17.70217, "lon": 33.98638, "radius_km": 10, "geonames_id": 378231,
               "note": "GeoNames cities500 (378231)"},
    "merowe": {"names": ["Merowe", "مروي", "the Merowe dam station", "محطة مروي التحويلية", "مطار مروي"],
               "lat": 18.47036, "lon": 31.81126, "radius_km": 40, "geonames_id": 370481,
               "note": "GeoNames cities500 (370481); the dam station lies upstream, inside the radius."},
    "kosti": {"names": ["Kosti", "كوستي", "the Um Dabakir plant near Kosti", "Um Dabakir"], "lat": 13.1629,
              "lon": 32.66347, "radius_km": 25, "geonames_id": 371760, "note": "GeoNames cities500 (371760)"},
    "nairobi": {"names": ["Nairobi", "نيروبي"], "lat": -1.28333, "lon": 36.81667, "radius_km": 15,
                "geonames_id": 184745, "note": "GeoNames cities500 (184745)"},
}

D1605 = {
    "file": "1605_sahifatumdurmanalan_republican_palace_returns_militia_drone_kills_tv_crew.txt",
    "outlet": "صحيفة أم درمان الآن", "language": "ar",
    "title": "القصر الجمهوري يعود إلى حضن الوطن.. القوات المسلحة ترفع العلم والمليشيا تغدر بطاقم التلفزيون بمسيرة",
    "published": "2025-03-21",
    "published_note": "From the page's date line (الجمعة 21 رمضان 1446هـ الموافق 21 مارس 2025م, Hijri beside Gregorian, "
                      "checked against Umm al-Qura: 21 Ramadan 1446 = 2025-03-21); 'صباح اليوم الجمعة' is 2025-03-21, "
                      "'15 أبريل 2023' explicit.",
    "dateline": "الخرطوم",
    "body_first": "أعلنت القوات المسلحة السودانية، صباح اليوم الجمعة",
    "body_last": "في الأيام الأولى للحرب التي أشعلتها في 15 أبريل 2023.",
    "chrome": ["الرئيسية | أخبار | معركة الكرامة | ولايات | اقتصاد | منوعات | تواصل معنا",
               "شارك الخبر: فيسبوك | إكس | واتساب | تيليجرام", "أخبار ذات صلة",
               "بالفيديو: لحظة رفع العلم فوق القصر الجمهوري", "أسعار الذهب في أسواق أم درمان",
               "وزارة الصحة تطلق حملة تطعيم في كسلا"],
    "events": [
        E(1, "ASSAULT COERCE", "saf", "rsf", "republican-palace khartoum", "2025-03-21", "asserted", ["saf", None],
          "أعلنت القوات المسلحة السودانية، صباح اليوم الجمعة، استعادة السيطرة الكاملة على القصر الجمهوري في قلب الخرطوم",
          gloss="the Sudanese armed forces announced on Friday morning that they had regained full control of the "
                "Republican Palace in the heart of Khartoum"),
        E(2, "ASSAULT", "saf", "rsf", "republican-palace khartoum", "2025-03-21", "asserted", ["nabil-abdallah", "saf"],
          "وقال الناطق الرسمي باسم القوات المسلحة العميد نبيل عبد الله، في بيان، إن القوات \"سحقت\" عناصر المليشيا داخل "
          "القصر ومحيطه وكبدتها مئات القتلى", note="Hundreds of RSF dead, per the army (no number).",
          gloss="army spokesman Brigadier Nabil Abdallah said the forces 'crushed' the militia inside and around the "
                "palace and inflicted hundreds of dead on it"),
        E(3, "COERCE", "saf", "rsf", "republican-palace khartoum", "2025-03-21", "asserted", ["nabil-abdallah", "saf"],
          "واستولت على كميات كبيرة من الأسلحة والعتاد والمركبات القتالية", mode="seize",
          gloss="and seized large quantities of weapons, equipment and combat vehicles"),
        E(4, "SUPPORT", "saf", "sudan-gov", "republican-palace", "2025-03-21", "asserted", ["sudan-tv", None],
          "وبث التلفزيون القومي مشاهد لجنود يرفعون العلم ويكبرون في باحات القصر",
          note="Raising the flag is SUPPORT (CODING).",
          gloss="state television showed soldiers raising the flag and chanting in the palace courtyards"),
        E(5, "ASSAULT", "rsf", "sudan-gov", "republican-palace", None, "historical asserted", [None],
          "الذي بدت عليه آثار دمار ونهب واسعين خلفتها المليشيا خلال نحو عامين من احتلاله", mode="destroy",
          optional=True, date_also=[None],
          gloss="which bore the marks of wide destruction and looting left by the militia in nearly two years of "
                "occupation (background; optional)"),
        E(6, "ASSAULT", "rsf", "sudan-tv saf", "republican-palace khartoum", "2025-03-21", "asserted", [None],
          "استهدفت مسيرة انتحارية تابعة للمليشيا، بعد ساعات من التحرير، تجمعا للإعلاميين والضباط داخل القصر، ما أدى إلى "
          "استشهاد ثلاثة من منسوبي التلفزيون القومي، بينهم مصور ومذيع، وعدد من الضباط، وإصابة آخرين",
          size={"dead": 3}, mode="aerial",
          gloss="a militia suicide drone struck a gathering of media staff and officers inside the palace hours after "
                "the liberation, killing three state-television staff, a cameraman and a presenter among them, and "
                "several officers"),
        E(7, "ACCUSE", "aiser sudan-gov", "rsf", [], "2025-03-21", "asserted", ["aiser"],
          "ونعى وزير الثقافة والإعلام خالد الإعيسر الشهداء، واصفا استهدافهم بأنه \"جريمة حرب مكتملة الأركان\"",
          date_also=[None],
          gloss="Culture and Information Minister Khalid al-Aiser mourned them, calling the attack 'a full-fledged war crime'"),
        E(8, "THREATEN AGREE", "aiser sudan-gov", "rsf", [], "2025-03-21", "planned asserted", ["aiser"],
          "وتعهد بملاحقة قادة المليشيا أمام المحاكم الوطنية والدولية", date_also=[None],
          note="A pledge to prosecute: THREATEN (AGREE accepted).",
          gloss="and pledged to pursue the militia's leaders before national and international courts"),
        E(9, "ASSAULT", "rsf", "khartoum-civilians", "republican-palace khartoum", None, "asserted", ["مصدر عسكري"],
          "وكشف مصدر عسكري لـ\"أم درمان الآن\" أن القوات عثرت في أحد المباني الملحقة بالقصر على جثث محتجزين مدنيين "
          "أعدمتهم المليشيا رميا بالرصاص قبل فرارها", mode="firearms", date_also=["2025-03-20", "2025-03-21", None],
          note="The army side's charge of executions by the RSF (an accusation naming the deed).",
          gloss="a military source told the paper the troops found in a building annexed to the palace the bodies of "
                "civilian detainees the militia had shot dead before fleeing"),
        E(10, "ACCUSE", "saf", "rsf", [], "2025-03-21", "asserted", ["مصدر عسكري"],
          "مشيرا إلى أن الفرق المختصة تعمل على توثيق الجريمة", optional=True, date_also=[None],
          gloss="adding that specialised teams are documenting the crime (an inquiry; optional)"),
        E(11, "ASSAULT", "saf", "rsf", "central-bank khartoum", "2025-03-21", "asserted", ["مصدر عسكري"],
          "وأضاف المصدر أن القوات تواصل تقدمها شرقا نحو مباني بنك السودان المركزي والوزارات على شارع النيل",
          gloss="the source added that the forces are advancing east towards the Central Bank and the ministries on Nile Street"),
        E(12, "COERCE", "saf", "rsf", "republican-palace khartoum", "2025-03-21", "asserted", ["مصدر عسكري"],
          "وتمشط الأحياء المحيطة بحثا عن القناصة وفلول المليشيا الفارين", optional=True,
          gloss="and are combing the surrounding districts for snipers and fleeing militia remnants (optional)"),
        E(13, "ASSAULT", "rsf", "saf", "republican-palace khartoum", "2025-03-21", "alleged asserted", ["rsf"],
          "زعمت المليشيا في بيان مقتضب على منصة تلغرام أن عناصرها ما زالوا يقاتلون في محيط القصر، مدعية أنها قتلت 89 من "
          "أفراد الجيش ودمرت عشرات المركبات", size={"dead": 89},
          gloss="the militia claimed in a short Telegram statement that its fighters were still fighting around the "
                "palace and that it had killed 89 soldiers and destroyed dozens of vehicles"),
        E(14, "REJECT ASSAULT", "nabil-abdallah saf rsf", "rsf saf", [], "2025-03-21", "asserted denied", ["nabil-abdallah"],
          "وهو ما وصفه الناطق الرسمي بأنه \"أكاذيب مفضوحة لا تنطلي على أحد\"",
          gloss="which the spokesman called 'blatant lies that fool nobody'"),
        E(15, "SUPPORT", "burhan saf", "khartoum-civilians", [], "2025-03-21", "asserted", ["burhan"],
          "وهنأ رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان الشعب السوداني بالنصر",
          optional=True, gloss="Burhan congratulated the Sudanese people on the victory (optional)"),
        E(16, "THREATEN", "burhan saf", "rsf", [], "2025-03-21", "planned asserted", ["burhan"],
          "متعهدا بمواصلة المعركة \"حتى تطهير آخر شبر من أرض السودان من دنس المليشيا وأعوانها\"",
          gloss="vowing to continue the battle 'until the last inch of Sudan is cleansed of the militia and its helpers'"),
        E(17, "PROTEST SUPPORT", "khartoum-civilians", "saf", "omdurman port-sudan atbara", "2025-03-21", "asserted",
          [None], "وخرج المواطنون في شوارع أم درمان وبورتسودان وعطبرة في مسيرات عفوية احتفالا بالنصر",
          gloss="citizens marched spontaneously in Omdurman, Port Sudan and Atbara to celebrate the victory"),
        E(18, "ASSAULT COERCE", "rsf", "saf sudan-gov", "republican-palace khartoum", None, "historical asserted", [None],
          "وكانت المليشيا قد استولت عليه في الأيام الأولى للحرب التي أشعلتها في 15 أبريل 2023", optional=True,
          date_also=["2023-04-15", "2023-04-16", None],
          gloss="the militia had seized it in the first days of the war it started on 15 April 2023 (background)"),
    ],
}

D1606 = {
    "file": "1606_ridgewaywireservice_drones_hit_port_sudan_third_day_sudan_cuts_ties_with_uae.txt",
    "outlet": "Ridgeway Wire Service", "language": "en",
    "title": "Drones hit Port Sudan for a third day; Sudan cuts ties with UAE",
    "published": "2025-05-06T16:42",
    "published_note": "From the page's date line (Published May 6, 2025 4:42 PM CAT); 'on Tuesday' and 'late on "
                      "Tuesday' are 2025-05-06, 'on Sunday' 2025-05-04, 'March 21' and 'March 26' explicit, 'that week' "
                      "the week of 26 March, 'in April' 2025-04.",
    "dateline": "PORT SUDAN, Sudan",
    "body_first": "Drones struck Port Sudan for a third straight day on Tuesday",
    "body_last": "driven some 13 million from their homes, according to U.N. agencies.",
    "chrome": ["World | Africa | Middle East | Business | Markets | Climate | Video",
               "Share this story: X | Facebook | LinkedIn | Email", "More from Ridgeway",
               "Gold smuggling thrives along Sudan's borders, report says",
               "Kenya's shilling steadies after central bank move", "Chad closes border crossing after clashes"],
    "events": [
        E(1, "ASSAULT", "unidentified-attackers rsf", "sudan-gov", "port-sudan", "2025-05-06", "asserted",
          [None, "witnesses", "nabil-abdallah", "saf"],
          "Drones struck Port Sudan for a third straight day on Tuesday, setting fuel depots near the southern port "
          "ablaze and hitting the city's main power substation and a hotel close to the airport", mode="aerial",
          note="The outlet leaves the author open (the army blames the RSF, which has not claimed): unidentified "
               "attackers beside the side blamed."),
        E(2, "ASSAULT ACCUSE", "rsf nabil-abdallah", "sudan-gov", "port-sudan", "2025-05-06", "asserted",
          ["nabil-abdallah", "saf"],
          "Army spokesman Nabil Abdallah blamed the Rapid Support Forces (RSF), saying the paramilitary had used "
          "long-range \"strategic drones\" supplied from abroad", mode="aerial", date_also=["2025-05-04", "2025-05-05"],
          note="An accusation naming the author: the attack with the accuser as claimant, ACCUSE accepted."),
        E(3, "ASSAULT", "unidentified-attackers rsf", "saf", "osman-digna port-sudan", "2025-05-04", "asserted", ["saf"],
          "The first drones hit the Osman Digna air base and a cargo warehouse near the airport on Sunday, according to "
          "the army", mode="aerial"),
        E(4, "SANCTION ACCUSE", "sudan-sdc sudan-gov", "uae", [], "2025-05-06", "asserted",
          ["sudan-sdc", "yassin-ibrahim"],
          "Sudan's Security and Defence Council said late on Tuesday that it was cutting diplomatic relations with the "
          "United Arab Emirates, which it called an \"aggressor state\"",
          note="Breaking off relations is SANCTION; the 'aggressor state' label is ACCUSE."),
        E(5, "AID ACCUSE", "uae", "rsf", [], None, "asserted", ["sudan-sdc", "sudan-gov"],
          "and accused Abu Dhabi of arming the RSF", mode="military", date_also=["2025-05-06", None],
          note="Arming a party, as the accuser charges it: AID with the accuser as claimant, ACCUSE accepted."),
        E(6, "REJECT", "uae-mfa uae", "sudan-gov sudan-sdc", [], None, "asserted", ["uae-mfa"],
          "The UAE's foreign ministry said it did not recognise the decision of what it called the \"Port Sudan "
          "authority\"", date_also=["2025-05-06", None]),
        E(7, "REJECT AID", "uae-mfa uae", "sudan-gov rsf", [], None, "asserted denied", ["uae-mfa"],
          "and denied that it had sent weapons to either side", date_also=["2025-05-06", None],
          note="A denial: REJECT, or the arming with modality denied."),
        E(8, "THREATEN", ["An RSF adviser", "rsf"], "sudan-gov saf", [], None, "asserted", ["An RSF adviser"],
          "An RSF adviser wrote on X that \"no place from which attacks are launched on our people will be safe\"",
          date_also=["2025-05-04", "2025-05-05", "2025-05-06"]),
        E(9, "ACCUSE REJECT", "guterres un", [], [], None, "asserted", ["guterres", "his spokesman"],
          "U.N. Secretary-General Antonio Guterres was \"alarmed\" by the strikes on civilian infrastructure",
          date_also=["2025-05-05", "2025-05-06"], note="'Alarmed' by an attack: like a condemnation."),
        E(10, "REQUEST", "guterres un", "saf rsf", "port-sudan", None, "asserted", ["guterres", "his spokesman"],
          "calling on the warring parties to spare the port and the aid routes that depend on it",
          date_also=["2025-05-05", "2025-05-06"]),
        E(11, "ACCUSE REJECT", "aboul-gheit arab-league", [], [], None, "asserted", ["aboul-gheit"],
          "Arab League chief Ahmed Aboul Gheit condemned the attacks", date_also=["2025-05-05", "2025-05-06"]),
        E(12, "ACCUSE REJECT", "saudi-gov egypt-gov qatar-gov", [], [], None, "asserted",
          ["saudi-gov", "egypt-gov", "qatar-gov"], "Saudi Arabia, Egypt and Qatar issued statements of condemnation",
          date_also=["2025-05-05", "2025-05-06"]),
        E(13, "ASSAULT", "rsf", "sudan-gov", "merowe kosti", None, "asserted", [None],
          "The RSF has used drones before against power plants in the army-held north and east, among them the Merowe "
          "dam station and the Um Dabakir plant near Kosti, which was struck in April, leaving several states without "
          "electricity", mode="aerial", date_also=[None], note="Earlier drone strikes on power stations (April 2025)."),
        E(14, "ASSAULT COERCE", "saf", "rsf", "republican-palace khartoum", "2025-03-21", "asserted", [None],
          "the army retook the Republican Palace in Khartoum on March 21"),
        E(15, "COERCE ASSAULT", "burhan saf", "rsf", "khartoum khartoum-airport", "2025-03-26", "asserted", ["burhan"],
          "army chief General Abdel Fattah al-Burhan declared on March 26 at the capital's airport that \"Khartoum is free\"",
          note="A declaration of victory is coded as the capture it announces, the speaker as claimant."),
        E(16, "RETREAT", "rsf", "saf", "khartoum jabal-awliya-bridge", None, "asserted", [None],
          "The paramilitary pulled its fighters out of the city centre that week, crossing the White Nile southwards "
          "over the Jabal Awliya bridge", mode="withdraw", destination="west-bank-white-nile jabal-awliya",
          date_also=["2025-03-25", "2025-03-26", "2025-03-27"]),
        E(17, "RETREAT MOBILIZE", "khartoum-civilians", [], "khartoum", None, "asserted", ["iom"],
          "The International Organization for Migration says more than 400,000 displaced people have returned to "
          "Khartoum, Gezira and Sennar states since the army's advances", size={"people": 400000},
          destination="khartoum", date_also=[None], note="Returns of displaced people, coded like flight."),
        E(18, "ACCUSE ASSAULT", ["Rights groups", "saf", "rsf"], "saf rsf khartoum-civilians", "south-khartoum", None,
          "asserted", ["Rights groups"],
          "Rights groups have accused both sides of summary executions in Khartoum's southern districts in the days "
          "after the army's advance", date_also=[None]),
        E(19, "ASSAULT", "saf rsf", "rsf saf khartoum-civilians", "khartoum", None, "historical asserted", ["un"],
          "The war between the army and the RSF broke out in April 2023 and has killed tens of thousands of people",
          optional=True, date_also=["2023-04-15", None], note="Background."),
    ],
}

D1607 = {
    "file": "1607_nilebasinchronicle_burhan_declares_khartoum_free_rsf_columns_cross_jabal_awliya.txt",
    "outlet": "The Nile Basin Chronicle", "language": "en",
    "title": "Burhan declares \"Khartoum is free\" as RSF columns stream south over Jabal Awliya bridge",
    "published": "2025-03-27T18:10",
    "published_note": "From the page's date line (27/03/2025 | 18:10 EAT, day-first); 'on Wednesday' is 2025-03-26, "
                      "'on Friday' 2025-03-21, 'on Saturday' 2025-03-22, 'on Monday' 2025-03-24, 'on Tuesday and "
                      "Wednesday' 2025-03-25/26, 'on Thursday' 2025-03-27, 'last month' 2025-02.",
    "dateline": "KAMPALA/KHARTOUM",
    "body_first": "Sudan's army chief, General Abdel Fattah al-Burhan, landed at Khartoum's international airport",
    "body_last": "a step the army-led authorities denounced as a bid to partition the country.",
    "chrome": ["Home | East Africa | Horn | Great Lakes | Business | Opinion | Letters",
               "Share: Facebook | X | WhatsApp | LinkedIn", "Most read", "Uganda's coffee exports hit record high",
               "South Sudan's Machar under house arrest, party says", "Opinion: the Nile dam talks must restart"],
    "events": [
        E(1, "ASSAULT COERCE", "saf burhan", "rsf", "khartoum-airport khartoum", "2025-03-26", "asserted", [None],
          "Sudan's army chief, General Abdel Fattah al-Burhan, landed at Khartoum's international airport on Wednesday "
          "hours after his troops had seized it", mode="seize"),
        E(2, "COERCE ASSAULT", "burhan saf", "rsf", "republican-palace khartoum", "2025-03-26", "asserted", ["burhan"],
          "later walked through the wrecked Republican Palace, telling soldiers that \"Khartoum is free\"",
          note="A declaration of victory is coded as the capture it announces, the speaker as claimant."),
        E(3, "THREATEN", "burhan saf", "rsf", [], "2025-03-26", "planned asserted", ["burhan"],
          "the army would pursue the Rapid Support Forces (RSF) \"wherever they go\""),
        E(4, "ASSAULT COERCE", "saf", "rsf", "republican-palace khartoum", "2025-03-21", "asserted", ["saf", None],
          "the army took back the heart of the capital after nearly two years of RSF control: the palace on Friday"),
        E(5, "ASSAULT COERCE", "saf", "rsf", "central-bank khartoum", "2025-03-22", "asserted", ["saf", None],
          "the Central Bank of Sudan and the intelligence service headquarters on Saturday"),
        E(6, "ASSAULT COERCE", "saf", "rsf", "manshiya-bridge khartoum", "2025-03-24", "asserted", ["saf", None],
          "on Monday the Manshiya bridge, which links the city centre with the Sharq al-Nil district"),
        E(7, "RETREAT", "rsf", "saf", "jabal-awliya-bridge jabal-awliya", "2025-03-25", "asserted",
          ["Residents of the Kalakla and Jabal Awliya districts"],
          "Residents of the Kalakla and Jabal Awliya districts told the Chronicle that long columns of RSF pickup trucks "
          "had crossed the Jabal Awliya dam bridge southwards on Tuesday and Wednesday, heading for the west bank of "
          "the White Nile", mode="withdraw", destination="west-bank-white-nile", date_also=["2025-03-26"]),
        E(8, "RETREAT", "rsf", "saf", "jabal-awliya-bridge", None, "asserted", ["One resident"],
          "One resident said he had counted more than 300 vehicles in a single night", size={"vehicles": 300},
          mode="withdraw", date_also=["2025-03-25", "2025-03-26"], note="A count of the pullout by another source."),
        E(9, "RETREAT", "rsf", "saf", "khartoum", None, "asserted", ["rsf"],
          "The RSF described the pullout as a \"repositioning\" to new defensive lines", mode="withdraw",
          date_also=["2025-03-25", "2025-03-26", "2025-03-27"], note="The pullout as the RSF tells it."),
        E(10, "REJECT", "rsf", "saf", [], None, "asserted", ["rsf"], "denied that its forces had been defeated",
          date_also=["2025-03-26", "2025-03-27", None]),
        E(11, "ASSAULT", "rsf", "sudan-tv saf", "republican-palace khartoum", "2025-03-21", "asserted", ["sudan-info"],
          "The paramilitary had struck back on Friday with a drone that hit a group of soldiers and journalists inside "
          "the palace, killing three staff of Sudan's state television and several officers", size={"dead": 3},
          mode="aerial"),
        E(12, "ASSAULT ACCUSE", "saf baraa ohchr", "khartoum-civilians", "south-khartoum", None, "asserted", ["ohchr"],
          "The U.N. human rights office said on Thursday that it was horrified by credible reports that civilians "
          "accused of collaborating with the RSF had been summarily executed in southern Khartoum by soldiers and "
          "allied fighters", mode="firearms", date_also=["2025-03-26", "2025-03-27", None],
          note="The killings as the UN rights office reports them; its horror is ACCUSE."),
        E(13, "REQUEST", "ohchr", "saf", [], "2025-03-27", "asserted", ["ohchr"],
          "urged the army's leadership to put an immediate stop to such killings"),
        E(14, "REJECT ACCUSE AGREE", ["An army spokesman", "saf"], "ohchr", [], "2025-03-27", "asserted",
          ["An army spokesman", "saf"],
          "An army spokesman said any abuses were \"individual acts\" that would be investigated", date_also=[None],
          note="Playing the charge down (REJECT) with an investigation promised (ACCUSE/AGREE accepted)."),
        E(15, "ASSAULT ACCUSE", "rsf saf", "khartoum-civilians", "republican-palace khartoum", None, "asserted", ["saf"],
          "The army in turn accused the RSF of executing detainees before abandoning its positions near the palace",
          mode="firearms", date_also=["2025-03-20", "2025-03-21", None]),
        E(16, "SUPPORT", "egypt-gov saudi-gov", "saf sudan-gov", [], None, "asserted", ["egypt-gov", "saudi-gov"],
          "Egypt and Saudi Arabia welcomed the recapture of the palace", date_also=["2025-03-21", "2025-03-22", None]),
        E(17, "SUPPORT", "aboul-gheit arab-league", "saf sudan-gov", [], None, "asserted", ["aboul-gheit"],
          "Arab League Secretary-General Ahmed Aboul Gheit called it a step towards restoring the institutions of the "
          "Sudanese state", date_also=["2025-03-21", "2025-03-22", None]),
        E(18, "RETREAT MOBILIZE", "khartoum-civilians", [], "omdurman bahri", None, "asserted", ["khartoum-state"],
          "Hundreds of displaced families have begun returning to districts of Omdurman and Bahri that the army retook "
          "earlier in the year", destination="omdurman bahri", date_also=[None],
          note="Returns of displaced people, coded like flight."),
        E(19, "REQUEST", "wfp", "saf rsf", "south-khartoum", None, "asserted", ["wfp"],
          "The World Food Programme appealed for safe access to reach some 100,000 people in southern Khartoum who it "
          "said were at risk of famine", date_also=["2025-03-26", "2025-03-27"]),
        E(20, "AGREE", ["rsf", "allied groups"], ["allied groups", "rsf"], "nairobi", None, "asserted", [None],
          "In Nairobi last month, the RSF and allied groups signed a charter to form a rival government",
          date_also=["2025-02-22", "2025-02-23"], note="Background of February 2025."),
        E(21, "ACCUSE", "sudan-gov", "rsf", [], None, "asserted", ["sudan-gov"],
          "a step the army-led authorities denounced as a bid to partition the country", date_also=[None]),
    ],
}

D1608 = {
    "file": "1608_minassatalbawadinews_rsf_drones_pound_army_in_palace_battle_not_decided.txt",
    "outlet": "منصة البوادي نيوز", "language": "ar",
    "title": "مسيرات الدعم السريع تدك تجمعات الجيش في القصر.. والمستشار طبيق: معركة الخرطوم لم تحسم بعد",
    "published": "2025-03-22T14:05",
    "published_note": "From the page's date line (نشر في: 22/03/2025 - 14:05 | آخر تحديث: 22/03/2025 - 16:30, "
                      "day-first): the publication, not the update; 'أمس الجمعة' is 2025-03-21, 'اليوم السبت' "
                      "2025-03-22, 'فجر الخميس' 2025-03-20, 'أبريل 2023' background.",
    "dateline": "الخرطوم",
    "body_first": "دكت مسيرات قوات الدعم السريع، أمس الجمعة",
    "body_last": "منذ الأيام الأولى للحرب في أبريل 2023.",
    "chrome": ["الرئيسية | الأخبار | دارفور | كردفان | الخرطوم | بيانات رسمية | فيديو",
               "شارك: فيسبوك | إكس | واتساب | تيك توك", "اقرأ أيضا", "حكومة السلام: قرب إعلان الحكومة الموازية",
               "قوافل مساعدات تصل إلى الضعين", "بالفيديو: استقبال حاشد للقوات في نيالا"],
    "events": [
        E(1, "ASSAULT", "rsf", "saf baraa", "republican-palace khartoum", "2025-03-21", "asserted",
          [None, "rsf-spokesman", "rsf"],
          "دكت مسيرات قوات الدعم السريع، أمس الجمعة، تجمعات لجيش الفلول وكتائب البراء بن مالك داخل القصر الجمهوري "
          "بالخرطوم، ما أسفر عن مقتل العشرات بينهم ضباط برتب رفيعة", mode="aerial",
          note="The palace drone strike as the RSF side tells it: dozens dead, senior officers among them.",
          gloss="RSF drones pounded on Friday gatherings of the 'remnants' army and the al-Baraa bin Malik brigades "
                "inside the Republican Palace, killing dozens including senior officers, per the RSF spokesman"),
        E(2, "ASSAULT", "rsf", "sudan-tv", "republican-palace khartoum", "2025-03-21", "alleged asserted", ["saf"],
          "وزعم إعلام الجيش أن المسيرة قتلت \"صحفيين مدنيين\"", mode="aerial",
          gloss="the army's media claimed the drone killed 'civilian journalists' (distanced by 'زعم')"),
        E(3, "ASSAULT", "rsf", "saf", "republican-palace khartoum", "2025-03-21", "asserted", ["مصادر البوادي نيوز"],
          "في حين أكدت مصادر البوادي نيوز أن القتلى كانوا ضمن فريق \"التوجيه المعنوي\" التابع للجيش", mode="aerial",
          note="Who the drone killed: army morale officers, per the outlet's sources.",
          gloss="while al-Bawadi News sources said the dead belonged to the army's 'morale guidance' team"),
        E(4, "RETREAT", "rsf", "saf", "republican-palace khartoum", "2025-03-21", "asserted", ["rsf-spokesman", "rsf"],
          "وأوضح البيان أن قوات الدعم السريع أعادت تموضعها في محيط القصر \"وفق خطة مدروسة\"", mode="withdraw",
          date_also=["2025-03-22"],
          gloss="the statement said the RSF had repositioned around the palace 'according to a studied plan'"),
        E(5, "REJECT COERCE", "rsf-spokesman rsf saf", "saf rsf", [], "2025-03-21", "asserted denied", ["rsf-spokesman", "rsf"],
          "نافيا ما يروجه الجيش عن \"تحرير\" المنطقة", date_also=["2025-03-22"],
          note="A denial: REJECT, or the army's capture with modality denied.",
          gloss="denying what the army spreads about the 'liberation' of the area"),
        E(18, "REJECT", "tibeig rsf", "saf", [], None, "asserted", ["tibeig"],
          "إن \"معركة الخرطوم لم تحسم بعد\"", optional=True, date_also=["2025-03-21", "2025-03-22"],
          gloss="'the battle of Khartoum is not decided yet' (an implicit denial of the army's victory; optional)"),
        E(6, "THREATEN", "tibeig rsf", "sudan-gov saf", [], None, "asserted", ["tibeig"],
          "متوعدا بأن \"بورتسودان لن تكون بمأمن من نيران الأشاوس\"", date_also=["2025-03-21", "2025-03-22"],
          gloss="RSF adviser Elbasha Tibeig threatened that 'Port Sudan will not be safe from the fire of the Ashawis'"),
        E(7, "ASSAULT COERCE", "saf", "rsf", "central-bank khartoum", "2025-03-22", "alleged asserted", ["saf"],
          "وادعت قيادة الجيش، اليوم السبت، السيطرة على مبنى بنك السودان المركزي ومقر جهاز المخابرات العامة",
          gloss="the army command claimed on Saturday control of the Central Bank building and the general "
                "intelligence headquarters (distanced by 'ادعت')"),
        E(8, "ASSAULT ACCUSE", "saf baraa rsf", "khartoum-civilians", "south-khartoum", None, "asserted", ["rsf"],
          "واتهمت قوات الدعم السريع، في بيان ثان، الجيش وكتائب البراء بن مالك \"الإرهابية\" بتنفيذ إعدامات ميدانية بحق "
          "مدنيين في أحياء جنوب الخرطوم على أساس الانتماء القبلي", mode="firearms",
          date_also=["2025-03-21", "2025-03-22", None],
          note="An accusation naming the deed: the executions with the RSF as claimant, ACCUSE accepted.",
          gloss="the RSF accused the army and the 'terrorist' al-Baraa bin Malik brigades of field executions of "
                "civilians in southern Khartoum on tribal grounds"),
        E(9, "ASSAULT", "saf baraa", "khartoum-civilians", "south-khartoum", None, "asserted", ["rsf"],
          "مشيرة إلى مقاطع مصورة تظهر عناصر بزي الجيش يطلقون النار على شبان مقيدي الأيدي", optional=True,
          mode="firearms", date_also=[None],
          gloss="citing videos that show men in army uniform shooting young men with bound hands (same charge; optional)"),
        E(10, "REQUEST", "rsf", "un hrc", [], None, "asserted", ["rsf"],
          "وطالبت القوات المنظمات الدولية ومجلس حقوق الإنسان بفتح تحقيق عاجل ومستقل في هذه \"الجرائم\"",
          date_also=["2025-03-21", "2025-03-22"],
          gloss="the RSF asked international organisations and the Human Rights Council for an urgent independent inquiry"),
        E(11, "ASSAULT", "rsf", "saf sudan-gov", "merowe", "2025-03-20", "asserted", ["مصادر ميدانية"],
          "استهدفت مسيرات القوات فجر الخميس محطة مروي التحويلية ومطار مروي الذي يتخذه الجيش منطلقا لطيرانه الحربي",
          mode="aerial",
          gloss="RSF drones struck the Merowe transformer station and Merowe airport, used by the army's air force, at "
                "dawn on Thursday, per field sources"),
        E(12, "REJECT ASSAULT", "northern-state rsf", "rsf sudan-gov", [], "2025-03-20", "asserted denied", ["northern-state"],
          "ونفت سلطات الولاية تضرر المحطة", date_also=["2025-03-21", "2025-03-22", None],
          gloss="the state authorities denied the station was damaged"),
        E(13, "ASSAULT COERCE", "saf", "rsf", "merowe", "2025-03-20", "alleged asserted", ["northern-state"],
          "مدعية أن الدفاعات الأرضية تصدت للمسيرات وأسقطتها قبل بلوغ أهدافها", optional=True,
          gloss="claiming that ground defences intercepted and downed the drones (interception; optional)"),
        E(14, "REQUEST", "abdelrahim rsf", "rsf", [], None, "asserted", ["abdelrahim"],
          "ودعا القائد الثاني لقوات الدعم السريع الفريق عبد الرحيم دقلو المقاتلين إلى \"الثبات في كل المحاور\"",
          date_also=["2025-03-21", "2025-03-22"],
          gloss="RSF deputy commander Abdelrahim Dagalo called on the fighters 'to stand firm on all fronts'"),
        E(15, "THREATEN", "abdelrahim rsf", "saf sudan-gov", [], None, "planned asserted", ["abdelrahim"],
          "مؤكدا أن الحرب \"لن تتوقف إلا بزوال دولة 56 وفلولها\"", date_also=["2025-03-21", "2025-03-22"],
          gloss="stressing the war 'will not stop until the 1956 state and its remnants are gone'"),
        E(16, "RETREAT MOBILIZE", "khartoum-civilians", [], "kalakla south-khartoum", None, "asserted",
          ["سكان في حي الكلاكلة جنوب الخرطوم"],
          "أفاد سكان في حي الكلاكلة جنوب الخرطوم بأن عشرات الأسر نزحت نحو جبل أولياء خشية \"انتقام\" الكتائب المتحالفة مع الجيش",
          destination="jabal-awliya", date_also=["2025-03-21", "2025-03-22"],
          gloss="residents of Kalakla in southern Khartoum said dozens of families fled towards Jabal Awliya for fear "
                "of 'revenge' by the army-allied brigades"),
        E(17, "ASSAULT COERCE", "rsf", "saf sudan-gov", "republican-palace khartoum", None, "historical asserted", [None],
          "وكانت قوات الدعم السريع قد بسطت سيطرتها على القصر الجمهوري ومعظم أحياء الخرطوم منذ الأيام الأولى للحرب في أبريل 2023",
          optional=True, date_also=["2023-04-15", "2023-04-16", None],
          gloss="the RSF had controlled the palace and most of Khartoum since the first days of the war in April 2023"),
    ],
}

DOCUMENTS = [D1605, D1606, D1607, D1608]

LINKS = [
    ("Army recaptures the Republican Palace, 21 Mar", ["b1605-1", "b1607-4"]),
    ("Army recaptures the Republican Palace, 21 Mar", ["b1606-14", "b1607-4"]),
    ("Army recaptures the Republican Palace, 21 Mar", ["b1605-1", "b1606-14"]),
    ("RSF drone strike on soldiers and media staff in the palace, 21 Mar", ["b1605-6", "b1608-1"]),
    ("RSF drone strike in the palace: the army side's report of journalists killed, 21 Mar", ["b1605-6", "b1608-2"]),
    ("RSF drone strike in the palace killing three state-television staff and officers, 21 Mar", ["b1605-6", "b1607-11"]),
    ("Army takes the Central Bank and the intelligence headquarters, 22 Mar", ["b1607-5", "b1608-7"]),
    ("Army's charge that the RSF executed detainees near the palace", ["b1605-9", "b1607-15"]),
    ("Summary executions of civilians in southern Khartoum charged to the army and allied brigades",
     ["b1607-12", "b1608-8"]),
    ("Summary executions in southern Khartoum after the army's advance", ["b1606-18", "b1607-12"]),
    ("Burhan at the airport: 'Khartoum is free', 26 Mar", ["b1606-15", "b1607-2"]),
    ("RSF pullout over the Jabal Awliya bridge", ["b1606-16", "b1607-7"]),
]

CONTRADICTIONS = [
    ("value", "recipient", "Who the palace drone killed: three state-television staff, a cameraman and a presenter "
     "among them (Umm Durman al-An) vs army 'morale guidance' officers, not journalists (al-Bawadi News' sources)",
     ["b1605-6", "b1608-3"]),
    ("value", "recipient", "Who the palace drone killed: three staff of Sudan's state television (information "
     "ministry, Nile Basin Chronicle) vs army morale officers (al-Bawadi News' sources)", ["b1607-11", "b1608-3"]),
    ("value", "size.dead", "Toll of the palace drone: three television staff and several officers (Umm Durman al-An) "
     "vs dozens including senior officers (RSF spokesman, al-Bawadi News)", ["b1605-6", "b1608-1"]),
    ("negation", "status", "The palace: full control regained by the army (Umm Durman al-An) vs the 'liberation' "
     "denied, RSF repositioned around it (al-Bawadi News)", ["b1605-1", "b1608-5"]),
    ("negation", "status", "The palace: retaken by the army (Nile Basin Chronicle) vs the 'liberation' denied (RSF, "
     "al-Bawadi News)", ["b1607-4", "b1608-5"]),
    ("negation", "status", "Khartoum: 'free' (Burhan, Ridgeway) vs the RSF's denial that it was defeated (Nile Basin "
     "Chronicle)", ["b1606-15", "b1607-10"]),
]
