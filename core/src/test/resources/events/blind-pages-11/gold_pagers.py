"""Story 2: Hezbollah's pagers and walkie-talkies explode, and the strike that kills Ibrahim Aqil, Sep 2024
(pages 1105-1108)."""
from gold_common import Story

S = Story("pagers", "Lebanon pager and walkie-talkie blasts and the Aqil strike, Sep 2024", ("2024-09-17", "2024-09-21"),
          "1983-04-18", "1105 ar Hezbollah-aligned, 1106 en wire, 1107 en Israel-aligned, 1108 ar regional (London)")

E = S.entity
E("israel-gov", "ISR GOV", ["Israel", "Jerusalem", "إسرائيل", "العدو الإسرائيلي", "العدو", "حكومة العدو",
                            "العدو الصهيوني", "Officials in Israel", "the Israelis"])
E("idf", "ISR MIL", ["Israeli military", "The Israeli military", "IDF", "the IDF", "the military",
                     "Israeli fighter jets", "Israeli Air Force jets", "the jets", "مقاتلات إسرائيلية",
                     "الجيش الإسرائيلي", "الغارة الإسرائيلية"], "israel-gov")
E("halevi", "ISR MIL", ["Herzi Halevi", "IDF Chief of Staff Lt. Gen. Herzi Halevi", "Halevi"], "idf")
E("mossad", "ISR GOV", ["Mossad", "Israel's Mossad spy agency", "الاستخبارات الإسرائيلية"], "israel-gov")
E("gallant", "ISR GOV", ["Yoav Gallant", "يوآف غالانت", "وزير حربها يوآف غالانت", "غالانت"], "israel-gov")
E("netanyahu", "ISR GOV", ["Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu", "Netanyahu",
                           "the prime minister's office", "بنيامين نتنياهو", "نتنياهو"], "israel-gov")
E("israeli-civilians", "ISR CVL", ["Israelis", "civilians", "the residents of the north", "60,000 Israelis"])
E("hezbollah", "LBN REB", ["Hezbollah", "حزب الله", "الحزب", "المقاومة", "members of Hezbollah",
                           "Hezbollah operatives", "the terror organization", "the group", "عناصر الحزب",
                           "آلاف من عناصر الحزب"])
E("nasrallah", "LBN REB", ["Hassan Nasrallah", "Hezbollah leader Hassan Nasrallah", "Nasrallah", "حسن نصر الله",
                           "الأمين العام لحزب الله حسن نصر الله", "الأمين العام لحزب الله السيد حسن نصر الله",
                           "نصر الله"], "hezbollah")
E("aqil", "LBN REB", ["Ibrahim Aqil", "Aqil", "إبراهيم عقيل", "عقيل", "القيادي إبراهيم عقيل"], "hezbollah")
E("radwan", "LBN REB", ["Radwan Force", "Hezbollah's elite Radwan Force", "Radwan commanders",
                        "around ten other Radwan commanders", "قوة الرضوان"], "hezbollah")
E("lebanon-civilians", "LBN CVL", ["people", "civilians", "an eight-year-old girl", "مدنيين", "شخصا", "المواطنين",
                                   "السكان", "المشيعين", "الجرحى", "عددا من الجرحى"])
E("lebanon-gov", "LBN GOV", ["Lebanon", "لبنان", "Lebanese government", "his government"])
E("mikati", "LBN GOV", ["Najib Mikati", "Lebanon's caretaker Prime Minister Najib Mikati", "Mikati"], "lebanon-gov")
E("lebanon-health", "LBN GOV", ["Lebanon's health ministry", "health ministry", "the ministry",
                                "وزارة الصحة العامة", "وزارة الصحة"], "lebanon-gov")
E("abiad", "LBN GOV", ["Firass Abiad", "Health Minister Firass Abiad", "Lebanon's health minister",
                       "وزير الصحة فراس الأبيض", "فراس الأبيض"], "lebanon-health")
E("lebanese-red-cross", "NGO", ["Lebanese Red Cross", "الصليب الأحمر اللبناني"])
E("iran-gov", "IRN GOV", ["Iran", "Tehran", "إيران", "طهران"])
E("iran-mfa", "IRN GOV", ["Iran's foreign ministry", "Iranian foreign ministry"], "iran-gov")
E("amani", "IRN GOV", ["Mojtaba Amani", "Iran's ambassador to Lebanon", "مجتبى أماني",
                       "السفير الإيراني في لبنان مجتبى أماني", "أماني"], "iran-gov")
E("irna", "IRN MED", ["IRNA", "إرنا", "وكالة \"إرنا\"", "Iranian state media"], "iran-gov")
E("syria-gov", "SYR GOV", ["Syria", "سوريا", "Damascus"])
E("iraq-gov", "IRQ GOV", ["Iraq", "Baghdad", "العراق", "بغداد"])
E("egypt-gov", "EGY GOV", ["Egypt", "مصر"])
E("egypt-mfa", "EGY GOV", ["Egypt's foreign ministry", "الخارجية المصرية"], "egypt-gov")
E("jordan-gov", "JOR GOV", ["Jordan", "الأردن"])
E("qatar-gov", "QAT GOV", ["Qatar", "قطر"])
E("algeria-gov", "DZA GOV", ["Algeria", "الجزائر"])
E("gold-apollo", "TWN BUS", ["Gold Apollo", "Taiwan's Gold Apollo", "غولد أبولو", "شركة \"غولد أبولو\" التايوانية",
                             "الشركة"])
E("hsu", "TWN BUS", ["Hsu Ching-kuang", "Its founder Hsu Ching-kuang", "مؤسس الشركة"], "gold-apollo")
E("bac", "HUN BUS", ["BAC Consulting", "BAC", "a Budapest-based company, BAC Consulting", "بي إيه سي",
                     "شركة \"بي إيه سي\""])
E("hungary-gov", "HUN GOV", ["Hungary", "Hungarian government", "الحكومة المجرية"])
E("kovacs", "HUN GOV", ["Zoltan Kovacs", "Hungary's government spokesman Zoltan Kovacs"], "hungary-gov")
E("taiwan-prosecutors", "TWN JUD", ["Taiwanese prosecutors", "النيابة العامة في تايوان"])
E("us-gov", "USA GOV", ["United States", "the United States", "Washington", "الولايات المتحدة", "واشنطن"])
E("us-state-dept", "USA GOV", ["State Department", "U.S. State Department"], "us-gov")
E("miller", "USA GOV", ["Matthew Miller", "State Department spokesman Matthew Miller"], "us-state-dept")
E("nyt", "USA MED", ["New York Times", "The New York Times", "نيويورك تايمز", "صحيفة \"نيويورك تايمز\""])
E("un", "IGO", ["United Nations", "U.N.", "UN", "الأمم المتحدة"])
E("guterres", "IGO", ["Antonio Guterres", "Guterres", "أنطونيو غوتيريش", "غوتيريش",
                      "الأمين العام للأمم المتحدة أنطونيو غوتيريش"], "un")
E("turk", "IGO", ["Volker Turk", "The UN human rights chief, Volker Turk", "UN human rights chief"], "un")
E("unsc", "IGO", ["U.N. Security Council", "Security Council", "مجلس الأمن الدولي", "مجلس الأمن"], "un")
E("unidentified-attackers", "UAF", ["unidentified attackers", "unknown", "unknown attackers"])

P = S.place
P("lebanon", ["Lebanon", "across Lebanon", "لبنان"], 33.9, 35.85, 120,
  note="Lebanon as a whole (country); centroid approximate.")
P("beirut", ["Beirut", "the Lebanese capital", "بيروت", "سماء بيروت"], 33.89332, 35.50157, 12, 276781)
P("dahiyeh", ["Dahiyeh", "Beirut's Dahiyeh quarter", "Beirut's southern suburbs", "Dahiyeh in Beirut",
              "الضاحية الجنوبية لبيروت", "الضاحية", "الضاحية الجنوبية"], 33.85, 35.51, 4,
  note="Beirut's southern suburbs (Dahiyeh); approximate.")
P("jamous", ["منطقة الجاموس بالضاحية الجنوبية لبيروت", "منطقة الجاموس", "الجاموس"], 33.846, 35.514, 2,
  note="Al-Jamous area of the southern suburbs, site of the 20 September strike; approximate.")
P("south-lebanon", ["the south", "southern Lebanon", "الجنوب"], 33.3, 35.4, 45, note="Southern Lebanon; centroid approximate.")
P("bekaa", ["the eastern Bekaa valley", "Bekaa", "البقاع"], 33.85, 36.0, 45, note="Bekaa valley; centroid approximate.")
P("zarit", ["ثكنة زرعيت", "زرعيت", "Zar'it"], 33.097, 35.286, 3, note="Zar'it barracks, northern Israel; approximate.")
P("ruwaisat-alam", ["موقع رويسات العلم", "رويسات العلم"], 33.33, 35.70, 4,
  note="Ruwaisat al-Alam position, Kfarchouba hills / Shebaa farms; approximate.")
P("northern-israel", ["northern Israel", "the north", "the Galilee", "الجبهة الشمالية"], 32.95, 35.4, 60,
  note="Northern Israel (the Galilee); centroid approximate.")
P("beirut-airport", ["مطار بيروت", "Beirut airport"], 33.8209, 35.4884, 3,
  note="Beirut-Rafic Hariri International Airport; approximate.")
P("tehran", ["Tehran", "طهران"], 35.69439, 51.42151, 20, 112931)
P("taipei", ["Taipei", "تايوان"], 25.04776, 121.53185, 20, 1668341)

# ---- 1105 ar Hezbollah-aligned ------------------------------------------------------------------
p = S.page("1105_jabalamilpress_second_massacre_wireless_devices.txt", "موقع جبل عامل برس", "ar",
           "العدو يرتكب مجزرة ثانية بتفجير أجهزة لاسلكية.. وحزب الله: القصاص العادل آت",
           "2024-09-18T21:10",
           "From the page's date line (الأربعاء 15 ربيع الأول 1446 هـ الموافق 18 أيلول 2024 م - 21:10 بتوقيت بيروت, "
           "Hijri beside Gregorian, checked against Umm al-Qura with java.time.chrono.HijrahDate); 'عصر اليوم الأربعاء' "
           "and 'اليوم' are 2024-09-18, 'أمس الثلاثاء', 'أمس' and 'مساء أمس' 2024-09-17, 'غد الخميس' 2024-09-19.",
           "بيروت",
           "عاد العدو الإسرائيلي، عصر اليوم الأربعاء، ليرتكب جريمة جديدة",
           "عصر غد الخميس في كلمة يتناول فيها التطورات الأخيرة.",
           ["شارك الخبر: واتساب | تلغرام | فيسبوك | إكس", "أخبار ذات صلة",
            "المقاومة الإسلامية تستهدف تجمعا لجنود العدو في محيط موقع المالكية",
            "بلدية الغبيري تعلن فتح مراكز لإيواء العائلات", "قراءة في خطاب الرئيس بري الأخير"])
r105_walkie = p.ev(1, "ASSAULT", "israel-gov|idf|mossad", "hezbollah|lebanon-civilians", "dahiyeh|south-lebanon|bekaa|lebanon",
                   "2024-09-18", "asserted", "~|lebanon-health",
                   "عاد العدو الإسرائيلي، عصر اليوم الأربعاء، ليرتكب جريمة جديدة بتفجير أجهزة اتصال لاسلكية في مناطق عدة من "
                   "الضاحية الجنوبية لبيروت والجنوب والبقاع، ما أدى إلى استشهاد 14 شخصا وإصابة أكثر من 450 آخرين بجروح",
                   size={"dead": 14, "wounded": 450}, mode="explosives",
                   note="The outlet names Israel in its own voice; the toll is the health ministry's first count.",
                   gloss="the Israeli enemy this Wednesday afternoon committed a new crime by blowing up wireless devices in the southern suburb, the south and the Bekaa, killing 14 and wounding more than 450 (health ministry)")
p.ev(2, "ASSAULT", "israel-gov|unidentified-attackers", "lebanon-civilians|hezbollah", "dahiyeh", "2024-09-18", "asserted",
     "مراسلنا", "ودوى أحد الانفجارات خلال تشييع شهداء مجزرة الأمس في الضاحية", optional=True,
     note="One blast of the same wave, told by the correspondent.",
     gloss="one of the blasts went off during the funeral of yesterday's martyrs in the southern suburb, per our correspondent")
r105_pagers = p.ev(3, "ASSAULT", "israel-gov|mossad|idf", "hezbollah|lebanon-civilians", "lebanon", "2024-09-17", "asserted",
                   "~|abiad",
                   "المجزرة التي نفذها العدو أمس الثلاثاء عبر تفجير آلاف أجهزة النداء \"البيجر\" في وقت واحد، والتي "
                   "ارتفعت حصيلتها إلى 12 شهيدا، بينهم طفلان، ونحو 2800 جريح",
                   size={"dead": 12, "wounded": 2800}, mode="explosives",
                   gloss="the massacre the enemy carried out yesterday, Tuesday, by blowing up thousands of pagers at once, whose toll rose to 12 martyrs, two of them children, and about 2,800 wounded (health minister Abiad)")
r105_blame = p.ev(4, "ACCUSE|ASSAULT", "hezbollah|israel-gov", "israel-gov|hezbollah", "", "2024-09-17", "asserted", "hezbollah|~",
                  "وحمّل حزب الله في بيان \"العدو الصهيوني المسؤولية الكاملة عن هذا العدوان الإجرامي\"",
                  date_also="2024-09-18",
                  note="Holding Israel responsible: ACCUSE, or the attack with Hezbollah as claimant.",
                  gloss="Hezbollah in a statement held 'the Zionist enemy fully responsible for this criminal aggression'")
r105_threat = p.ev(5, "THREATEN", "hezbollah", "israel-gov", "", "2024-09-17", "asserted|planned", "hezbollah|~",
                   "مؤكدا أن \"هذا العدو الغادر والمجرم سينال حتما قصاصه العادل على هذه المجزرة، من حيث يحتسب ومن حيث لا يحتسب\"",
                   date_also="2024-09-18",
                   gloss="stressing that 'this treacherous, criminal enemy will surely receive its just punishment for this massacre, from where it expects and where it does not'")
p.ev(6, "THREATEN|AGREE", "hezbollah", "israel-gov", "", "2024-09-18", "planned|asserted", "hezbollah|~",
     "وشدد الحزب على أن المقاومة \"ستواصل عملياتها إسنادا لغزة\"", date_also="2024-09-17",
     gloss="the party insisted the resistance 'will continue its operations in support of Gaza'")
p.ev(7, "ASSAULT", "hezbollah", "idf", "zarit|ruwaisat-alam", "2024-09-18", "asserted", "hezbollah",
     "إذ أعلن في بيانات متتالية استهداف ثكنة زرعيت وموقع رويسات العلم بالأسلحة الصاروخية وإصابتهما إصابة مباشرة",
     mode="heavy-weapons",
     gloss="announcing in successive statements that it struck the Zar'it barracks and the Ruwaisat al-Alam position with rockets, with direct hits")
p.ev(8, "REJECT", "israel-gov", "hezbollah", "", "2024-09-18", "asserted", "~",
     "لاذت حكومة العدو بالصمت ولم تتبن التفجيرات", date_also="2024-09-17", optional=True,
     note="Silence, neither claim nor denial: optional.",
     gloss="the enemy government kept silent and did not claim the blasts")
p.ev(9, "THREATEN", "gallant|israel-gov", "hezbollah", "", "2024-09-18", "asserted|planned", "gallant|~",
     "وزير حربها يوآف غالانت تحدث اليوم عن \"بداية مرحلة جديدة في الحرب\"",
     gloss="its war minister Yoav Gallant spoke today of 'the beginning of a new phase in the war'")
p.ev(10, "MOBILIZE", "gallant|idf|israel-gov", "hezbollah", "northern-israel", "2024-09-18", "planned|asserted", "gallant|~",
     "معلنا نقل \"مركز الثقل\" إلى الجبهة الشمالية عبر دفع قوات وموارد إضافية إليها", destination="northern-israel",
     gloss="announcing the shift of 'the centre of gravity' to the northern front by sending extra forces and resources there")
r105_amani = p.ev(11, "ASSAULT", "israel-gov|unidentified-attackers", "amani|iran-gov", "beirut|lebanon", "2024-09-17",
                  "asserted", "~",
                  "الذي أصيب أمس بجروح طفيفة في يده ووجهه جراء انفجار جهاز نداء كان بحوزته",
                  mode="explosives",
                  gloss="(ambassador Amani) who was lightly wounded in the hand and face yesterday when a pager he carried exploded")
p.ev(12, "ACCUSE", "amani|iran-gov", "israel-gov", "", None, "asserted", "irna|amani",
     "العملية بأنها \"جريمة حرب متكاملة الأركان\"، بحسب ما نقلت عنه وكالة \"إرنا\"",
     date_also="2024-09-17|2024-09-18",
     gloss="(Amani described) the operation as 'a war crime in every element', IRNA quoted him as saying")
p.ev(13, "AID", "المواطنون", "lebanon-civilians", "lebanon", "2024-09-17", "asserted", "~",
     "وتهافت المواطنون منذ مساء أمس على مراكز التبرع بالدم في مختلف المناطق",
     date_also="2024-09-18", optional=True,
     gloss="citizens have flocked to blood donation centres across the regions since yesterday evening")
r105_blood = p.ev(14, "REQUEST", "lebanon-health", "المواطنون", "", "2024-09-17", "asserted", "~",
                  "تلبية لنداء وزارة الصحة", date_also="2024-09-18",
                  note="The health ministry's blood appeal, named in passing.",
                  gloss="answering the health ministry's appeal (for blood donors)")
p.ev(15, "ACCUSE|REJECT", "iran-gov|syria-gov|iraq-gov", "israel-gov", "", None, "asserted", "~",
     "دانت إيران وسوريا والعراق \"العدوان الصهيوني\" على لبنان",
     date_also="2024-09-17|2024-09-18",
     gloss="Iran, Syria and Iraq condemned 'the Zionist aggression' on Lebanon")
r105_iraqaid = p.ev(16, "AID", "iraq-gov", "lebanon-gov|lebanon-civilians", "", None, "asserted", "~",
                    "أرسلت بغداد طائرة محملة بالمستلزمات الطبية وفريقا من الأطباء إلى مطار بيروت",
                    date_also="2024-09-17|2024-09-18", destination="beirut-airport",
                    gloss="Baghdad sent a plane loaded with medical supplies and a team of doctors to Beirut airport")

# ---- 1106 en wire -------------------------------------------------------------------------------
p = S.page("1106_sextantnewswire_hezbollah_pagers_explode_lebanon.txt", "Sextant Newswire", "en",
           "Pagers carried by Hezbollah members explode across Lebanon, killing nine and wounding thousands",
           "2024-09-18T05:30",
           "From the page's date line (Published: 18 Sep 2024, 05:30 GMT | Updated: 18 Sep 2024, 09:55 GMT): the "
           "publication, not the update; 'on Tuesday afternoon' is 2024-09-17, 'on Wednesday' 2024-09-18, "
           "'since October 8' 2023-10-08.",
           "BEIRUT/TAIPEI",
           "Hundreds of pagers used by members of Hezbollah blew up almost at the same moment across Lebanon",
           "displacing tens of thousands of people on both sides.",
           ["Share this article: X | Facebook | LinkedIn | Email", "Related coverage",
            "Explainer: what are pagers and why does Hezbollah use them?", "Fed set to start cutting rates",
            "Airlines suspend flights to Beirut and Tel Aviv"])
r106_pagers = p.ev(1, "ASSAULT", "unidentified-attackers|israel-gov", "hezbollah|lebanon-civilians",
                   "lebanon|dahiyeh|south-lebanon|bekaa", "2024-09-17", "asserted", "abiad|~",
                   "Hundreds of pagers used by members of Hezbollah blew up almost at the same moment across Lebanon on "
                   "Tuesday afternoon, killing at least nine people, among them an eight-year-old girl, and wounding about 2,800",
                   size={"dead": 9, "wounded": 2800}, mode="explosives",
                   note="The wire leaves the author open in its own voice: unidentified attackers beside Israel, the side blamed.")
p.ev(2, "ASSAULT", "unidentified-attackers|israel-gov", "lebanon-civilians|hezbollah", "dahiyeh|south-lebanon|bekaa",
     "2024-09-17", "asserted", "witnesses",
     "catching people in supermarkets, in cars and on the pavements of Beirut's southern suburbs, the south and the "
     "eastern Bekaa valley", optional=True, note="The same blasts, told by witnesses.")
p.ev(3, "REQUEST", "Hospitals across the country", "", "lebanon", "2024-09-17", "asserted", "~",
     "Hospitals across the country put out calls for blood donors", date_also="2024-09-18")
p.ev(4, "REQUEST", "lebanon-health", "all medical staff", "", "2024-09-17", "asserted", "~",
     "the ministry asked all medical staff to report for work", date_also="2024-09-18", optional=True,
     note="An administrative call to the ministry's own staff: optional.")
r106_amani = p.ev(5, "ASSAULT", "unidentified-attackers|israel-gov", "amani|iran-gov", "lebanon|beirut", "2024-09-17",
                  "asserted", "irna",
                  "Iran's ambassador to Lebanon, Mojtaba Amani, was among those hurt, Iranian state media reported",
                  mode="explosives")
r106_blame = p.ev(6, "ACCUSE|ASSAULT", "hezbollah|israel-gov", "israel-gov|hezbollah", "", "2024-09-17", "asserted",
                  "hezbollah|~",
                  "Hezbollah said in a statement that it held Israel \"fully responsible for this criminal aggression\"",
                  date_also="2024-09-18")
r106_threat = p.ev(7, "THREATEN", "hezbollah", "israel-gov", "", "2024-09-17", "asserted|planned", "hezbollah|~",
                   "that Israel would receive \"its just punishment\"", date_also="2024-09-18")
p.ev(8, "REJECT", "idf", "", "", None, "asserted", "~", "The Israeli military declined to comment",
     date_also="2024-09-17|2024-09-18", optional=True, note="A refusal to comment is not an event; optional.")
p.ev(9, "REJECT", "israel-gov|netanyahu", "", "", None, "asserted", "~",
     "Officials in Israel would neither confirm nor deny involvement", date_also="2024-09-17|2024-09-18", optional=True,
     note="Neither confirm nor deny: optional.")
r106_mossad = p.ev(10, "ASSAULT|ACCUSE", "mossad|israel-gov", "hezbollah", "", None, "asserted", "Two security sources",
                   "Two security sources said Israel's Mossad spy agency had planted a small quantity of explosives inside a "
                   "batch of 5,000 pagers ordered by the group months ago", date_also="~",
                   note="An accusation that names the author: the deed (the sabotage) with the sources as claimant.")
r106_apollo = p.ev(11, "REJECT", "gold-apollo|hsu", "", "taipei", "2024-09-18", "asserted", "gold-apollo|hsu|~",
                   "Taiwan's Gold Apollo, whose brand appeared on fragments of the devices in photographs, disowned them on Wednesday")
r106_bac = p.ev(12, "ACCUSE", "hsu|gold-apollo", "bac", "taipei", "2024-09-18", "asserted", "hsu|~",
                "Its founder Hsu Ching-kuang told reporters in Taipei that the model had been made and sold under licence by "
                "a Budapest-based company, BAC Consulting",
                note="Naming another firm as the maker is ACCUSE.")
r106_hungary = p.ev(13, "REJECT", "kovacs|hungary-gov", "", "", None, "asserted", "kovacs|~",
                    "Hungary's government spokesman Zoltan Kovacs said BAC was a trading intermediary with no manufacturing or "
                    "operational site in Hungary", date_also="2024-09-17|2024-09-18")
p.ev(14, "ACCUSE|REJECT", "mikati|lebanon-gov", "israel-gov", "", None, "asserted", "mikati|~",
     "Lebanon's caretaker Prime Minister Najib Mikati called the explosions \"a flagrant violation of Lebanese sovereignty\"",
     date_also="2024-09-17|2024-09-18",
     note="The charge's target is the party the page blames (Israel), not named in the sentence.")
p.ev(15, "ACCUSE|REQUEST", "mikati|lebanon-gov", "unsc|israel-gov", "", None, "planned", "mikati|~",
     "said his government would lodge a complaint with the U.N. Security Council", date_also="2024-09-17|2024-09-18")
p.ev(16, "REJECT|ASSAULT", "miller|us-gov", "", "", None, "asserted|denied", "miller|~",
     "the United States had no advance knowledge of the attack and was not involved", date_also="2024-09-17|2024-09-18")
p.ev(17, "REQUEST", "miller|us-gov", "iran-gov", "", None, "asserted", "miller|~",
     "urged Iran not to take advantage of the incident to stoke tensions", date_also="2024-09-17|2024-09-18")
p.ev(18, "ASSAULT", "hezbollah|israel-gov|idf", "israel-gov|idf|hezbollah", "", None, "historical", "~",
     "Hezbollah and Israel have traded fire across the border almost daily since October 8",
     date_also="2023-10-08", optional=True)

# ---- 1107 en Israel-aligned ---------------------------------------------------------------------
p = S.page("1107_galileefrontlinepost_idf_eliminates_radwan_commander_aqil.txt", "Galilee Frontline Post", "en",
           "IDF eliminates Radwan commander Ibrahim Aqil in Beirut strike as Nasrallah's threats ring hollow",
           "2024-09-20T23:48",
           "From the page's date line (Friday, September 20, 2024 | 11:48 PM IDT); 'on Friday afternoon' and 'On Friday "
           "morning' are 2024-09-20, 'a day after' and 'on Thursday' 2024-09-19, 'Tuesday and Wednesday' 17-18 "
           "September, 'September 17 and 18' explicit, 'the 1983 bombing' 18 April 1983.",
           "TEL AVIV",
           "Israeli fighter jets struck a building in Beirut's Dahiyeh quarter on Friday afternoon",
           "forcing some 60,000 Israelis from their homes in the north.",
           ["Share: WhatsApp | Facebook | X | Telegram", "Read more", "Analysis: the Radwan Force after Aqil",
            "Northern council heads demand a date for the return home", "Weekend weather: heat wave eases"])
r107_aqil = p.ev(1, "ASSAULT", "idf|israel-gov", "aqil|radwan|hezbollah", "dahiyeh|beirut", "2024-09-20", "asserted", "idf|~",
                 "Israeli fighter jets struck a building in Beirut's Dahiyeh quarter on Friday afternoon, killing Ibrahim Aqil, "
                 "the commander of Hezbollah's elite Radwan Force", mode="aerial")
r107_ten = p.ev(2, "ASSAULT", "idf|israel-gov", "radwan|aqil|hezbollah", "dahiyeh|beirut", "2024-09-20", "asserted", "idf",
                "Aqil was meeting with around ten other Radwan commanders in the basement of a residential building when the "
                "jets hit, and \"they were eliminated along with him\"", size={"dead": 10}, mode="aerial",
                note="The IDF's count of the other commanders killed (about ten besides Aqil).")
p.ev(3, "ASSAULT|ACCUSE", "radwan|hezbollah|idf", "israeli-civilians|radwan", "northern-israel", None, "planned|alleged|asserted",
     "idf", "The IDF said the group had been plotting an \"October 7-style\" incursion into the Galilee to kill and kidnap civilians",
     date_also="~", note="The plot the IDF charges: a planned ASSAULT with the IDF as claimant, ACCUSE accepted.")
p.ev(4, "THREATEN", "halevi|idf", "hezbollah", "", "2024-09-20", "asserted|planned", "halevi|~",
     "We will continue to pursue our enemies in order to protect our citizens, including in Dahiyeh in Beirut",
     date_also="~")
r107_toll = p.ev(5, "ASSAULT", "idf|israel-gov", "lebanon-civilians|hezbollah", "dahiyeh|beirut", "2024-09-20", "asserted",
                 "lebanon-health",
                 "Lebanon's health ministry, which does not distinguish between civilians and terrorists, said at least 14 "
                 "people were killed and 66 wounded", size={"dead": 14, "wounded": 66})
p.ev(6, "ASSAULT", "idf|israel-gov", "lebanon-civilians", "dahiyeh", "2024-09-20", "alleged|asserted",
     "Hezbollah-affiliated media", "Hezbollah-affiliated media claimed that children were among the dead", optional=True)
p.ev(7, "ASSAULT", "aqil|hezbollah", "us-gov", "beirut", "1983-04-18", "historical", "~",
     "his role in the 1983 bombing of the U.S. Embassy in Beirut that killed 63 people", size={"dead": 63}, optional=True)
r107_nthreat = p.ev(8, "THREATEN", "nasrallah|hezbollah", "israel-gov", "", "2024-09-19", "asserted|planned", "nasrallah|~",
                    "promised Israel \"a harsh reckoning\"")
r107_boom = p.ev(9, "MOBILIZE|THREATEN", "idf|israel-gov", "hezbollah|lebanon-civilians", "beirut", "2024-09-19", "asserted", "~",
                 "While he spoke on Thursday, Israeli Air Force jets broke the sound barrier over Beirut, rattling windows "
                 "across the Lebanese capital",
                 note="A show of force over a capital: MOBILIZE, THREATEN accepted.")
r107_naccuse = p.ev(10, "ACCUSE", "nasrallah|hezbollah", "israel-gov", "", "2024-09-19", "asserted", "nasrallah|~",
                    "Nasrallah said the explosions of Tuesday and Wednesday had \"crossed all red lines\" and amounted to \"a "
                    "declaration of war\"")
p.ev(11, "THREATEN", "nasrallah|hezbollah", "israel-gov|israeli-civilians", "", "2024-09-19", "asserted|planned", "nasrallah|~",
     "insisted the group would keep firing at northern Israel until the war in Gaza ends")
p.ev(12, "REJECT", "israel-gov", "", "", None, "asserted", "~",
     "Jerusalem has still not formally taken responsibility for the pager operation", date_also="2024-09-20|~",
     optional=True, note="No claim of responsibility: optional.")
r107_pagers = p.ev(13, "ASSAULT", "israel-gov|mossad|unidentified-attackers", "hezbollah", "lebanon", "2024-09-17", "asserted", "~",
                   "the pager operation, which killed dozens of Hezbollah operatives and wounded thousands in two waves on "
                   "September 17 and 18", date_also="2024-09-18", mode="explosives",
                   note="Both waves in one phrase; the first day as date, the second accepted.")
p.ev(14, "AGREE|THREATEN", "netanyahu|israel-gov", "israeli-civilians|hezbollah", "", None, "planned", "netanyahu|~",
     "We said we would return the residents of the north safely to their homes, and that is exactly what we will do",
     date_also="2024-09-19|2024-09-20|~", note="A pledge (AGREE) that reads as a threat to Hezbollah (THREATEN accepted).")
p.ev(15, "ASSAULT", "hezbollah", "idf|israel-gov", "northern-israel", "2024-09-20", "asserted", "hezbollah",
     "Hezbollah said it had fired some 140 rockets at air defense bases and an army headquarters in the north",
     size={"rockets": 140}, mode="heavy-weapons")
p.ev(16, "ASSAULT", "idf", "hezbollah", "northern-israel", "2024-09-20", "asserted", "idf",
     "The IDF said most were intercepted or fell in open areas", optional=True,
     note="Interceptions: optional.")
p.ev(17, "ACCUSE|REJECT", "turk|un", "", "", None, "asserted", "turk|~",
     "The UN human rights chief, Volker Turk, slammed the device explosions",
     date_also="2024-09-18|2024-09-19|2024-09-20",
     note="A condemnation that names no author has no recipient.")
p.ev(18, "REQUEST", "turk|un", "", "", None, "asserted", "turk|~", "called for an independent investigation",
     date_also="2024-09-18|2024-09-19|2024-09-20")
p.ev(19, "ACCUSE|REJECT", "iran-mfa|iran-gov", "israel-gov|idf", "", "2024-09-20", "asserted", "iran-mfa|~",
     "Iran's foreign ministry labelled the Beirut strike \"a gross violation\" of Lebanon's sovereignty", date_also="~")
p.ev(20, "ASSAULT", "hezbollah", "israel-gov|israeli-civilians", "northern-israel", None, "historical", "~",
     "Hezbollah has fired thousands of rockets, missiles and drones at Israel since October 8",
     date_also="2023-10-08", optional=True)
p.ev(21, "RETREAT|MOBILIZE", "israeli-civilians", "", "northern-israel", None, "historical", "~",
     "forcing some 60,000 Israelis from their homes in the north", date_also="2023-10-08|~",
     size={"people": 60000}, optional=True)

# ---- 1108 ar regional (London) ------------------------------------------------------------------
p = S.page("1108_sahifatalmashriqaldawliya_dahiyeh_strike_toll_37.txt", "صحيفة المشرق الدولية", "ar",
           "ضربة الضاحية ترفع الحصيلة إلى 37 قتيلا.. ولبنان بين صدمة «البيجر» ووعيد نصر الله",
           "2024-09-21T10:35",
           "From the page's date line (تاريخ النشر: 21.09.2024 - 10:35 ت.غ | آخر تحديث: 21.09.2024 - 13:50 ت.غ, "
           "day-first, GMT): the publication, not the update; 'عصر أمس الجمعة' and 'مساء الجمعة' are 2024-09-20, "
           "'صباح اليوم السبت' 2024-09-21, 'عصر الخميس' and 'الخميس' 2024-09-19, 'الثلاثاء' 2024-09-17, 'الأربعاء' "
           "2024-09-18, 'الثامن من تشرين الأول الماضي' 2023-10-08.",
           "لندن - بيروت",
           "ارتفعت حصيلة الغارة الإسرائيلية التي استهدفت مبنى سكنيا في منطقة الجاموس",
           "ويتبادل حزب الله وإسرائيل القصف عبر الحدود منذ الثامن من تشرين الأول الماضي.",
           ["شارك المقال: فيسبوك | إكس | واتساب | البريد", "اقرأ أيضا", "رأي: لبنان في عين العاصفة",
            "الليرة تستقر وسط ترقب", "معرض الكتاب في الشارقة يفتح أبوابه"])
r108_toll = p.ev(1, "ASSAULT", "idf|israel-gov", "lebanon-civilians|aqil|hezbollah", "jamous|dahiyeh|beirut", "2024-09-20",
                 "asserted", "abiad",
                 "ارتفعت حصيلة الغارة الإسرائيلية التي استهدفت مبنى سكنيا في منطقة الجاموس بالضاحية الجنوبية لبيروت، عصر "
                 "أمس الجمعة، إلى 37 قتيلا بينهم ثلاثة أطفال وسبع نساء، و68 جريحا",
                 size={"dead": 37, "wounded": 68}, mode="aerial",
                 gloss="the toll of the Israeli strike on a residential building in al-Jamous, Beirut's southern suburb, on Friday afternoon rose to 37 dead, including three children and seven women, and 68 wounded (health minister Abiad)")
p.ev(2, "AID", "فرق الدفاع المدني", "lebanon-civilians", "jamous|dahiyeh", "2024-09-21", "asserted", "~",
     "فيما تواصل فرق الدفاع المدني رفع الأنقاض بحثا عن مفقودين", date_also="2024-09-20", optional=True,
     gloss="as civil defence teams keep clearing rubble in search of the missing")
r108_aqil = p.ev(3, "ASSAULT", "idf|israel-gov", "aqil|hezbollah", "jamous|dahiyeh|beirut", "2024-09-20", "asserted", "hezbollah",
                 "وأقر حزب الله في بيان بمقتل القيادي إبراهيم عقيل",
                 date_also="2024-09-21",
                 note="Hezbollah's acknowledgement of Aqil's death: the killing, with Hezbollah as claimant.",
                 gloss="Hezbollah acknowledged in a statement the death of its commander Ibrahim Aqil")
r108_fifteen = p.ev(4, "ASSAULT", "idf|israel-gov", "radwan|aqil|hezbollah", "jamous|dahiyeh|beirut", "2024-09-20", "asserted", "idf",
                    "في حين قال الجيش الإسرائيلي إن الغارة أسفرت عن مقتل عقيل و\"نحو 15 قائدا آخر\" في قوة الرضوان",
                    size={"dead": 15}, mode="aerial",
                    note="The IDF's count as this outlet reports it: about 15 other commanders.",
                    gloss="while the Israeli army said the strike killed Aqil and 'about 15 other commanders' of the Radwan Force")
r108_naccuse = p.ev(5, "ACCUSE", "nasrallah|hezbollah", "israel-gov", "", "2024-09-19", "asserted", "nasrallah|~",
                    "خطاب ألقاه الأمين العام لحزب الله حسن نصر الله عصر الخميس، وصف فيه تفجيرات أجهزة \"البيجر\" واللاسلكي "
                    "بأنها \"مجزرة\" و\"إعلان حرب\"",
                    gloss="a speech by Hezbollah's secretary-general Nasrallah on Thursday afternoon, in which he called the pager and walkie-talkie blasts 'a massacre' and 'a declaration of war'")
r108_nthreat = p.ev(6, "THREATEN", "nasrallah|hezbollah", "israel-gov", "", "2024-09-19", "asserted|planned", "nasrallah|~",
                    "متوعدا إسرائيل بـ\"حساب عسير وقصاص عادل\"",
                    gloss="threatening Israel with 'a hard reckoning and just punishment'")
p.ev(7, "ACCUSE", "nasrallah|hezbollah", "israel-gov", "", "2024-09-19", "asserted", "nasrallah|~",
     "ومعتبرا أن \"العدو تجاوز كل الضوابط والخطوط الحمراء\"", optional=True,
     note="The same speech's charge again.",
     gloss="and holding that 'the enemy has crossed all limits and red lines'")
r108_boom = p.ev(8, "MOBILIZE|THREATEN", "idf|israel-gov", "hezbollah|lebanon-civilians", "beirut", "2024-09-19", "asserted", "~",
                 "وتزامنا مع الخطاب، خرقت مقاتلات إسرائيلية جدار الصوت مرات عدة في سماء بيروت",
                 gloss="as the speech went on, Israeli warplanes broke the sound barrier several times over Beirut")
r108_pagers = p.ev(9, "ASSAULT", "unidentified-attackers|israel-gov", "hezbollah|lebanon-civilians", "lebanon", "2024-09-17",
                   "asserted", "~",
                   "وكانت أجهزة النداء قد انفجرت الثلاثاء بين أيدي آلاف من عناصر الحزب ومدنيين في آن واحد",
                   mode="explosives",
                   note="The combined toll of both waves (about 40 dead, more than 3,000 wounded) is not split; no size.",
                   gloss="the pagers had exploded on Tuesday in the hands of thousands of party members and civilians at once")
r108_walkie = p.ev(10, "ASSAULT", "unidentified-attackers|israel-gov", "hezbollah|lebanon-civilians", "lebanon", "2024-09-18",
                   "asserted", "~", "تلتها الأربعاء انفجارات أجهزة لاسلكية", mode="explosives",
                   gloss="followed on Wednesday by walkie-talkie explosions")
p.ev(11, "REJECT", "israel-gov", "", "", None, "asserted", "~", "وفيما لم تعلن إسرائيل رسميا مسؤوليتها عن التفجيرات",
     date_also="2024-09-17|2024-09-21|~", optional=True,
     gloss="while Israel has not officially claimed the blasts")
r108_mossad = p.ev(12, "ASSAULT|ACCUSE", "mossad|israel-gov", "hezbollah", "", None, "asserted", "nyt|مسؤولين أمريكيين",
                   "نقلت صحيفة \"نيويورك تايمز\" عن مسؤولين أمريكيين أن الاستخبارات الإسرائيلية زرعت شحنات متفجرة صغيرة في "
                   "الأجهزة قبل تسليمها إلى الحزب", date_also="~",
                   gloss="the New York Times, citing US officials, said Israeli intelligence planted small explosive charges in the devices before they were delivered to the party")
r108_apollo = p.ev(13, "REJECT", "gold-apollo", "", "", None, "asserted", "gold-apollo|~",
                   "ونفت شركة \"غولد أبولو\" التايوانية تصنيع الأجهزة", date_also="2024-09-18",
                   gloss="Taiwan's Gold Apollo denied making the devices")
p.ev(14, "ACCUSE", "gold-apollo", "bac", "", None, "asserted", "gold-apollo|~",
     "مؤكدة أن شركة \"بي إيه سي\" ومقرها بودابست هي التي صنعتها بموجب ترخيص", date_also="2024-09-18",
     optional=True, note="Gold Apollo's naming of BAC told again, within its denial.",
     gloss="saying it was BAC, based in Budapest, that made them under licence")
r108_hungary = p.ev(15, "REJECT", "hungary-gov", "", "", None, "asserted", "hungary-gov|~",
                    "قبل أن تنفي الحكومة المجرية بدورها أن تكون الأجهزة قد مرت بأراضيها", date_also="2024-09-18",
                    gloss="before the Hungarian government in turn denied the devices had passed through its territory")
p.ev(16, "ACCUSE|COERCE", "taiwan-prosecutors", "hsu|gold-apollo", "taipei", "2024-09-19", "asserted", "~",
     "واستجوبت النيابة العامة في تايوان مؤسس الشركة الخميس",
     note="Questioning by prosecutors: an investigation (ACCUSE), COERCE accepted.",
     gloss="prosecutors in Taiwan questioned the company's founder on Thursday")
p.ev(17, "ACCUSE|REJECT", "guterres|un", "", "", None, "asserted", "guterres|~",
     "دان الأمين العام للأمم المتحدة أنطونيو غوتيريش \"الاستهداف العشوائي\" للمدنيين",
     date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20|2024-09-21",
     gloss="UN Secretary-General Guterres condemned 'the indiscriminate targeting' of civilians")
p.ev(18, "REQUEST", "guterres|un", "", "", None, "asserted", "guterres|~", "ودعا إلى \"أقصى درجات ضبط النفس\"",
     date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20|2024-09-21",
     gloss="and called for 'maximum restraint'")
p.ev(19, "CONSULT", "unsc", "", "", "2024-09-20", "asserted", "~",
     "فيما عقد مجلس الأمن الدولي جلسة طارئة مساء الجمعة بطلب من الجزائر ناقش خلالها التصعيد في لبنان",
     gloss="as the UN Security Council held an emergency session on Friday evening, at Algeria's request, on the escalation in Lebanon")
p.ev(20, "REQUEST", "algeria-gov", "unsc", "", None, "asserted", "~", "بطلب من الجزائر",
     date_also="2024-09-19|2024-09-20", optional=True,
     gloss="at Algeria's request")
p.ev(21, "ACCUSE|REJECT", "egypt-gov|jordan-gov|qatar-gov", "israel-gov", "", None, "asserted", "~",
     "ودانت كل من مصر والأردن وقطر الاعتداءات الإسرائيلية",
     date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20|2024-09-21",
     gloss="Egypt, Jordan and Qatar condemned the Israeli attacks")
p.ev(22, "ACCUSE", "egypt-mfa|egypt-gov", "israel-gov", "", None, "asserted", "egypt-mfa|~",
     "ووصفتها الخارجية المصرية بأنها \"تصعيد خطير ينذر بحرب شاملة\"",
     date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20|2024-09-21", optional=True,
     note="Egypt's condemnation again, in its foreign ministry's words.",
     gloss="the Egyptian foreign ministry called them 'a dangerous escalation that heralds all-out war'")
p.ev(23, "REQUEST", "lebanese-red-cross", "المواطنين", "", None, "asserted", "~",
     "ويواصل الصليب الأحمر اللبناني دعوة المواطنين إلى التبرع بالدم",
     date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20|2024-09-21",
     gloss="the Lebanese Red Cross keeps calling on citizens to donate blood")
r108_aid = p.ev(24, "AID", "iran-gov|iraq-gov", "lebanon-gov|lebanon-civilians", "", None, "asserted", "~",
                "فيما أرسلت إيران والعراق طائرات محملة بالأدوية وفرقا طبية",
                date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20",
                gloss="while Iran and Iraq sent planes loaded with medicine and medical teams")
p.ev(25, "AID", "iran-gov", "lebanon-civilians", "", None, "asserted", "~",
     "ونقلت طهران عددا من الجرحى لتلقي العلاج في مستشفياتها",
     date_also="2024-09-17|2024-09-18|2024-09-19|2024-09-20", destination="tehran",
     gloss="and Tehran flew a number of the wounded to be treated in its hospitals")
p.ev(26, "ASSAULT", "hezbollah|israel-gov|idf", "israel-gov|idf|hezbollah", "", None, "historical", "~",
     "ويتبادل حزب الله وإسرائيل القصف عبر الحدود منذ الثامن من تشرين الأول الماضي",
     date_also="2023-10-08", optional=True,
     gloss="Hezbollah and Israel have traded fire across the border since 8 October last year")

# ---- links --------------------------------------------------------------------------------------
K = S.link
K("Pagers explode across Lebanon, 17 Sep", r105_pagers, r106_pagers)
K("Pagers explode across Lebanon, 17 Sep", r106_pagers, r107_pagers)
K("Pagers explode across Lebanon, 17 Sep", r105_pagers, r108_pagers)
K("Pagers explode across Lebanon, 17 Sep", r107_pagers, r108_pagers)
K("Walkie-talkies explode, 18 Sep", r105_walkie, r108_walkie)
K("Hezbollah holds Israel fully responsible", r105_blame, r106_blame)
K("Hezbollah vows a 'just punishment'", r105_threat, r106_threat)
K("Iran's ambassador Mojtaba Amani wounded by a pager, 17 Sep", r105_amani, r106_amani)
K("Israeli intelligence said to have planted explosives in the pagers", r106_mossad, r108_mossad)
K("Gold Apollo disowns the pagers", r106_apollo, r108_apollo)
K("Hungary denies the devices were ever in the country", r106_hungary, r108_hungary)
K("Israeli strike kills Ibrahim Aqil in Beirut's southern suburb, 20 Sep", r107_aqil, r108_aqil)
K("Israeli strike in Beirut's southern suburb, 20 Sep, with the health ministry's toll", r107_toll, r108_toll)
K("Radwan commanders killed with Aqil, as the IDF counts them", r107_ten, r108_fifteen)
K("Nasrallah threatens Israel with a reckoning, 19 Sep", r107_nthreat, r108_nthreat)
K("Nasrallah calls the blasts a declaration of war, 19 Sep", r107_naccuse, r108_naccuse)
K("Israeli jets break the sound barrier over Beirut during Nasrallah's speech, 19 Sep", r107_boom, r108_boom)
K("Iraq flies medical aid to Lebanon", r105_iraqaid, r108_aid)

# ---- contradictions -----------------------------------------------------------------------------
C = S.contra
C("value", "size.dead", "Pager blasts of 17 Sep: at least nine dead (health minister, Sextant, first count) vs 12 dead "
  "including two children (health minister, Jabal Amil, a day later)", r106_pagers, r105_pagers)
C("value", "size.dead", "Strike in al-Jamous, 20 Sep: at least 14 dead and 66 wounded (health ministry, Galilee "
  "Frontline) vs 37 dead and 68 wounded (health minister, al-Mashriq, next morning)", r107_toll, r108_toll)
C("value", "size.dead", "Radwan commanders killed with Aqil: around ten (IDF, Galilee Frontline) vs about 15 (IDF, "
  "al-Mashriq)", r107_ten, r108_fifteen)
C("negation", "status", "Where the pagers were made: under licence by BAC in Budapest (Gold Apollo, Sextant) vs the "
  "devices never passed through Hungary (Hungarian government, al-Mashriq)", r106_bac, r108_hungary)
