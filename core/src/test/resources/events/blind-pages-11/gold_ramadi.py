"""Story 1: the Islamic State takes Ramadi, May 2015 (pages 1101-1104)."""
from gold_common import Story

S = Story("ramadi", "Islamic State takes Ramadi, May 2015", ("2015-05-14", "2015-05-26"), "2013-12-01",
          "1101 en wire, 1102 ar PMF-aligned, 1103 ar Anbar (tribal, anti-government), 1104 en regional (Dubai)")

# ---- entities -----------------------------------------------------------------------------------
E = S.entity
E("isis", "IMG REB", ["Islamic State", "Islamic State fighters", "the militants", "militants", "its fighters",
                      "داعش", "عصابات داعش", "عصابات \"داعش\" الإرهابية", "الدواعش", "تنظيم الدولة",
                      "مسلحي تنظيم الدولة", "عناصر التنظيم", "التنظيم", "مقاتليه", "ISIS", "IS"])
E("iraq-gov", "IRQ GOV", ["Iraq", "Baghdad", "the Iraqi government", "the authorities", "بغداد",
                          "الحكومة المركزية", "الحكومة", "السلطات", "الحكومة العراقية"])
E("abadi", "IRQ GOV", ["Haider al-Abadi", "Prime Minister Haider al-Abadi", "Abadi", "Abadi's office",
                       "his office", "the prime minister", "حيدر العبادي", "العبادي",
                       "رئيس الوزراء حيدر العبادي", "القائد العام للقوات المسلحة رئيس الوزراء حيدر العبادي"],
  "iraq-gov")
E("obeidi", "IRQ GOV", ["Khaled al-Obeidi", "خالد العبيدي", "وزير الدفاع خالد العبيدي", "العبيدي"], "iraq-gov")
E("iraq-army", "IRQ MIL", ["Iraqi army", "the army", "army units", "Iraqi soldiers", "Iraqi troops",
                           "Iraqi forces", "troops", "the army's 8th Brigade", "الجيش", "الجيش العراقي",
                           "قطعات من الجيش والشرطة", "القطعات", "القوات الحكومية", "مئات العناصر من الجيش",
                           "القوات الأمنية", "اللواء الثامن"], "iraq-gov")
E("iraq-police", "IRQ COP", ["police", "Iraqi police", "policemen", "captured policemen", "الشرطة",
                             "الشرطة المحلية", "أفراد من الشرطة المحلية", "منتسبا أمنيا"], "iraq-gov")
E("pmf", "IRQ MIL", ["Popular Mobilisation Forces", "Popular Mobilization Forces", "the paramilitaries",
                     "Shi'ite paramilitaries", "Iraq's Shi'ite-led paramilitary forces", "PMF",
                     "الحشد الشعبي", "قوات الحشد الشعبي", "هيئة الحشد", "هيئة الحشد الشعبي", "الحشد",
                     "طلائع قوات الحشد الشعبي", "فصائل المقاومة", "الميليشيات", "مصادر في الحشد"], "iraq-gov")
E("muhandis", "IRQ MIL", ["Abu Mahdi al-Muhandis", "أبو مهدي المهندس", "المهندس",
                          "نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس"], "pmf")
E("nouri", "IRQ MIL", ["Karim al-Nouri", "كريم النوري", "النوري", "المتحدث باسم الحشد الشعبي كريم النوري"], "pmf")
E("asadi", "IRQ MIL", ["Ahmed al-Asadi", "spokesman for the Popular Mobilisation Forces"], "pmf")
E("kataib-hezbollah", "IRQ MIL", ["Kataib Hezbollah", "كتائب حزب الله"], "pmf")
E("badr", "IRQ MIL", ["Badr Organisation", "منظمة بدر"], "pmf")
E("ameri", "IRQ MIL", ["Hadi al-Ameri", "هادي العامري", "أمينها العام هادي العامري"], "badr")
E("anbar-council", "IRQ GOV", ["Anbar's provincial council", "Anbar provincial council", "provincial council",
                               "مجلس محافظة الأنبار", "مجلس المحافظة"])
E("athal-fahdawi", "IRQ GOV", ["Athal al-Fahdawi", "council member Athal al-Fahdawi"], "anbar-council")
E("rawi", "IRQ GOV", ["Suhaib al-Rawi", "Anbar's governor Suhaib al-Rawi", "the Anbar governor"])
E("haimour", "IRQ GOV", ["Muhannad Haimour", "spokesman for the Anbar governor", "the governor's spokesman"], "rawi")
E("tribes", "IRQ MIL", ["tribal fighters", "Sunni tribal fighters", "مقاتلي العشائر", "مقاتليهم",
                        "عشائر الرمادي", "أبناء عشيرتي البوفهد والبوعلوان", "شيوخ العشائر المتعاونين مع الحكومة",
                        "tribes"])
E("rafi-fahdawi", "IRQ MIL", ["Rafi Abdul Karim al-Fahdawi", "الشيخ رافع عبد الكريم الفهداوي",
                              "رافع عبد الكريم الفهداوي", "الفهداوي"], "tribes")
E("ramadi-civilians", "IRQ CVL", ["civilians", "people", "displaced", "residents of Ramadi", "each family",
                                  "مدنيا", "النازحين", "آلاف النازحين", "الفارين من الرمادي", "عائلات"])
E("us-gov", "USA GOV", ["United States", "the United States", "Washington", "American", "الولايات المتحدة",
                        "واشنطن", "أمريكي"])
E("us-military", "USA MIL", ["U.S. military", "the Pentagon", "Pentagon"], "us-gov")
E("warren", "USA MIL", ["Steve Warren", "Colonel Steve Warren", "Pentagon spokesman Colonel Steve Warren",
                        "a Pentagon spokesman, Colonel Steve Warren", "Warren"], "us-military")
E("carter", "USA GOV", ["Ashton Carter", "U.S. Defense Secretary Ashton Carter", "the secretary", "Carter"], "us-gov")
E("biden", "USA GOV", ["Joe Biden", "Vice President Joe Biden", "Biden"], "us-gov")
E("us-coalition", "USA MIL", ["U.S.-led coalition", "The U.S.-led coalition", "the coalition", "coalition warplanes",
                              "التحالف الدولي", "طيران ما يسمى \"التحالف الدولي\"", "طائرات التحالف",
                              "طائرات التحالف الدولي"])
E("iom", "IGO", ["International Organization for Migration", "The International Organization for Migration",
                 "IOM", "منظمة الهجرة الدولية"])
E("un", "IGO", ["United Nations", "U.N.", "UN", "الأمم المتحدة"])
E("ocha", "IGO", ["U.N.'s humanitarian office", "the U.N.'s humanitarian office", "OCHA",
                  "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
                  "أوتشا"], "un")

# ---- places -------------------------------------------------------------------------------------
P = S.place
P("ramadi", ["Ramadi", "the city", "الرمادي", "مدينة الرمادي", "المدينة", "أطراف المدينة"], 33.42056, 43.30778, 10, 98717)
P("anbar-ops-command", ["Anbar Operations Command headquarters", "the Anbar Operations Command headquarters",
                        "مقر قيادة عمليات الأنبار"], 33.445, 43.29, 4,
  note="Anbar Operations Command headquarters, northern Ramadi; approximate.")
P("malaab", ["Malaab district", "the Malaab district", "الملعب", "أحياء الملعب والضباط والحوز"], 33.405, 43.315, 3,
  note="Malaab (stadium) district, southern Ramadi; approximate.")
P("govt-compound", ["government compound", "the government compound in the city centre", "the compound",
                    "المجمع الحكومي", "المجمع الحكومي وسط المدينة"], 33.424, 43.303, 2,
  note="Anbar provincial government compound, central Ramadi; approximate.")
P("habbaniyah", ["Habbaniyah", "قاعدة الحبانية العسكرية", "قاعدة الحبانية", "الحبانية"], 33.37, 43.57, 12,
  note="Habbaniyah and its air base east of Ramadi; approximate (not in cities500).")
P("khalidiya", ["Khalidiya", "الخالدية"], 33.40, 43.47, 8, note="Khalidiya, between Ramadi and Habbaniyah; approximate.")
P("bzeibiz", ["Bzeibiz bridge", "the Bzeibiz bridge", "جسر بزيبز", "جسر بزيبز على نهر الفرات"], 33.19, 43.87, 6,
  note="Bzeibiz bridge over the Euphrates, Anbar-Baghdad boundary; approximate.")
P("baghdad", ["Baghdad", "the capital", "Baghdad province", "بغداد", "العاصمة"], 33.34058, 44.40088, 25, 98182)
P("anbar", ["Anbar", "Anbar province", "the province", "الأنبار", "محافظة الأنبار", "المحافظة", "مدن الأنبار"],
  33.3, 42.2, 250, note="Anbar governorate (admin1 IQ.01); centroid approximate.")
P("husaybah-sharqiya", ["Husaybah al-Sharqiya"], 33.45, 43.40, 5,
  note="Husaybah al-Sharqiya, east of Ramadi; approximate.")
P("fallujah", ["Falluja", "Fallujah", "الفلوجة"], 33.34913, 43.78599, 10, 99454)
P("mosul", ["Mosul", "الموصل"], 36.335, 43.11889, 15, 99072)
P("tikrit", ["Tikrit", "تكريت"], 34.61581, 43.67861, 10, 90150)
P("karbala", ["Karbala", "كربلاء"], 32.61603, 44.02488, 10, 94824)

# ---- 1101 en wire -------------------------------------------------------------------------------
p = S.page("1101_keystonedispatch_islamic_state_seizes_ramadi.txt", "Keystone Dispatch Agency", "en",
           "Islamic State seizes Ramadi as Iraqi forces pull out; Abadi puts Shi'ite paramilitaries on alert",
           "2015-05-17T18:40",
           "From the page's date line (Published: 17 May 2015, 18:40 GMT | Updated: 17 May 2015, 22:15 GMT): the "
           "publication, not the update; 'on Sunday' and 'earlier on Sunday' are 2015-05-17, 'since Friday' "
           "2015-05-15, 'late on Thursday' 2015-05-14, 'on Friday' 2015-05-15.",
           "BAGHDAD/RAMADI",
           "Islamic State fighters overran Ramadi on Sunday after Iraqi soldiers and police abandoned",
           "when militants took parts of the city along with neighbouring Falluja.",
           ["Share: Facebook | Twitter | Email | Print", "More from Middle East",
            "Saudi-led coalition resumes air strikes as Yemen truce expires", "Oil slips as Iraqi exports hit record",
            "Islamic State fighters close in on Syria's Palmyra"])
r101_fall = p.ev(1, "COERCE|ASSAULT", "isis", "iraq-army|iraq-police", "ramadi", "2015-05-17", "asserted",
                 "~|security officials", "Islamic State fighters overran Ramadi on Sunday",
                 note="The fall of the city, in the outlet's voice and the security officials'.")
r101_abandon = p.ev(2, "RETREAT", "iraq-army|iraq-police", "isis", "ramadi", "2015-05-17", "asserted",
                    "~|security officials",
                    "Iraqi soldiers and police abandoned their last positions in the city", mode="withdraw")
r101_pullout = p.ev(3, "RETREAT", "iraq-army", "isis", "anbar-ops-command|ramadi", "2015-05-17", "asserted",
                    "A police major in the provincial capital",
                    "army units pulled out of the Anbar Operations Command headquarters in the north of the city in "
                    "the afternoon, leaving behind Humvees, tanks and crates of ammunition", mode="withdraw",
                    note="A second report of the withdrawal, with a new claimant (the police major).")
p.ev(4, "ASSAULT", "isis", "iraq-army|iraq-police", "malaab|ramadi", "2015-05-17", "asserted",
     "A police major in the provincial capital",
     "sending at least ten suicide car bombs against checkpoints and the Malaab district in the south of the city",
     size={"car_bombs": 10}, mode="suicide-bombing", note="'according to the officer' carries the police major's claim.")
r101_toll = p.ev(5, "ASSAULT", "isis", "ramadi-civilians|iraq-army|iraq-police", "ramadi", "2015-05-17", "asserted",
                 "haimour",
                 "Muhannad Haimour, spokesman for the Anbar governor, said about 500 people, civilians and members of "
                 "the security forces, had been killed since Friday",
                 date_also="2015-05-15|2015-05-16", size={"dead": 500},
                 note="Toll since Friday (15-17 May); the killers are the attackers the page names, Islamic State.")
r101_exec = p.ev(6, "ASSAULT", "isis", "iraq-police|tribes", "ramadi", "2015-05-17", "asserted", "haimour",
                 "the militants had executed captured policemen and tribal fighters in the streets",
                 date_also="2015-05-15|2015-05-16|~", mode="execution")
r101_claim = p.ev(7, "COERCE|ASSAULT", "isis", "iraq-army", "ramadi", "2015-05-17", "asserted|alleged", "isis",
                  "Islamic State said in a statement posted online that its fighters had \"purged the whole of Ramadi\" "
                  "and seized the base of the army's 8th Brigade",
                  date_also="~",
                  note="Claim of the capture: the deed with the claiming group as claimant ('could not be independently verified').")
r101_order = p.ev(8, "REQUEST|MOBILIZE", "abadi|iraq-gov", "pmf", "", "2015-05-17", "asserted|planned", "abadi|~",
                  "Prime Minister Haider al-Abadi ordered the Popular Mobilisation Forces, an umbrella of mostly Shi'ite "
                  "volunteer groups, to get ready to join the fight for Anbar",
                  date_also="~", note="An order is REQUEST; the readiness it orders is a planned MOBILIZE. 'his office said'.")
p.ev(9, "REQUEST", "abadi|iraq-gov", "iraq-army", "", "2015-05-17", "asserted", "abadi|~",
     "He also instructed the army to hold its positions", date_also="~")
r101_council = p.ev(10, "REQUEST", "anbar-council", "iraq-gov|pmf", "", "2015-05-17", "asserted", "~|anbar-council|athal-fahdawi",
                    "Anbar's provincial council voted earlier on Sunday to ask Baghdad to send the paramilitaries into "
                    "the province")
r101_compound = p.ev(11, "ASSAULT", "isis", "iraq-gov|iraq-police", "govt-compound|ramadi", "2015-05-14", "asserted", "~",
                     "an assault that began late on Thursday with a string of suicide bombings against the government "
                     "compound in the city centre", date_also="2015-05-15", mode="suicide-bombing")
p.ev(12, "COERCE|ASSAULT", "isis", "iraq-gov|iraq-police", "govt-compound|ramadi", "2015-05-15", "asserted", "~",
     "The militants overran the compound on Friday and raised their black flag over the provincial police headquarters")
p.ev(13, "ASSAULT", "us-coalition", "isis", "ramadi", "2015-05-17", "asserted", "us-coalition",
     "The U.S.-led coalition said it had carried out seven air strikes near Ramadi in the past 24 hours",
     date_also="2015-05-16", size={"strikes": 7}, mode="aerial")
r101_iom = p.ev(14, "RETREAT|MOBILIZE", "ramadi-civilians", "", "ramadi", None, "asserted", "iom",
                "The International Organization for Migration said about 25,000 people had fled Ramadi since Friday, "
                "many heading east toward Baghdad",
                date_also="2015-05-15|2015-05-16|2015-05-17", size={"people": 25000}, destination="baghdad",
                note="Flight since Friday, IOM count.")
p.ev(15, "COERCE|SANCTION", "iraq-gov", "ramadi-civilians", "bzeibiz", None, "asserted", "iom|~",
     "some were stranded at the Bzeibiz bridge over the Euphrates because they lacked a sponsor in the capital",
     date_also="2015-05-15|2015-05-16|2015-05-17", optional=True,
     note="The page does not say who held them up; optional here (explicit on 1103 and 1104).")
p.ev(16, "COERCE", "isis", "iraq-gov|iraq-army", "ramadi|fallujah", None, "historical", "~",
     "when militants took parts of the city along with neighbouring Falluja",
     date_also="2014-01-01|~", optional=True)
p.ev(17, "COERCE", "isis", "iraq-gov|iraq-army", "mosul", None, "historical", "~",
     "since they swept through Mosul almost a year ago", date_also="2014-06-10|~", optional=True)

# ---- 1102 ar PMF-aligned ------------------------------------------------------------------------
p = S.page("1102_shabakatfuratalmuqawama_hashd_reaches_habbaniyah.txt", "شبكة فرات المقاومة الإخبارية", "ar",
           "طلائع الحشد الشعبي تصل قاعدة الحبانية استعدادا لتحرير الرمادي.. والمهندس: \"الأنبار لن تبقى بيد الدواعش\"",
           "2015-05-19",
           "From the page's date line (الثلاثاء 1 شعبان 1436 هـ - 19 أيار 2015 م, Hijri beside Gregorian, checked "
           "against Umm al-Qura with java.time.chrono.HijrahDate); 'مساء أمس الاثنين' is 2015-05-18, 'الأحد' "
           "2015-05-17, 'خلال الأيام الثلاثة الماضية' 16-18 May, 'حزيران من العام الماضي' June 2014.",
           "الأنبار",
           "وصلت طلائع قوات الحشد الشعبي، مساء أمس الاثنين، إلى قاعدة الحبانية العسكرية",
           "ثاني مركز محافظة يسقط بيد داعش بعد الموصل في حزيران من العام الماضي.",
           ["شارك الخبر: فيسبوك | تويتر | واتساب | تلغرام", "اقرأ أيضا",
            "مواكب خدمية تنطلق من كربلاء نحو جبهات القتال", "الحشد يحبط تعرضا في بيجي ويقتل 20 إرهابيا",
            "أمانة بغداد تطلق حملة لتأهيل الجزرات الوسطية"])
r102_arrive = p.ev(1, "MOBILIZE", "pmf", "isis", "habbaniyah", "2015-05-18", "asserted", "مراسلنا",
                   "وصلت طلائع قوات الحشد الشعبي، مساء أمس الاثنين، إلى قاعدة الحبانية العسكرية شرق الرمادي",
                   destination="habbaniyah",
                   gloss="the vanguard of the Popular Mobilisation Forces reached the Habbaniyah base east of Ramadi on Monday evening, per our correspondent")
p.ev(2, "MOBILIZE", "pmf", "isis", "habbaniyah|khalidiya", "2015-05-18", "asserted", "muhandis",
     "إن نحو ثلاثة آلاف مقاتل من فصائل المقاومة انتشروا في محيط الحبانية والخالدية",
     date_also="2015-05-19|~", size={"soldiers": 3000}, destination="habbaniyah|khalidiya",
     note="A second report of the deployment, with a new claimant (al-Muhandis).",
     gloss="(al-Muhandis said) some 3,000 fighters of the resistance factions had deployed around Habbaniyah and Khalidiya")
p.ev(3, "THREATEN", "muhandis|pmf", "isis", "", None, "asserted|planned", "muhandis|~",
     "الأنبار لن تبقى بيد الدواعش، وساعة الصفر باتت قريبة جدا",
     date_also="2015-05-18|2015-05-19",
     gloss="'Anbar will not stay in the hands of the Daesh men; zero hour is very close'")
r102_order = p.ev(4, "REQUEST|MOBILIZE", "abadi|iraq-gov", "pmf", "", "2015-05-17", "asserted|planned", "~",
                  "الذي وجه الأحد هيئة الحشد بالاستعداد للمشاركة في معارك الأنبار",
                  gloss="(Abadi) who on Sunday directed the PMF commission to prepare to take part in the battles of Anbar")
r102_council = p.ev(5, "REQUEST", "anbar-council", "iraq-gov|pmf", "", "2015-05-17", "asserted", "~",
                    "بعد ساعات من تصويت مجلس المحافظة على طلب دخول الحشد إلى المحافظة",
                    gloss="hours after the provincial council voted to request the entry of the PMF into the province")
r102_fall = p.ev(6, "COERCE|ASSAULT", "isis", "iraq-army|iraq-police", "ramadi", "2015-05-17", "asserted", "~",
                 "وكانت عصابات داعش قد اجتاحت الرمادي الأحد إثر هجمات بعشرات العجلات المفخخة يقودها انتحاريون",
                 mode="suicide-bombing",
                 gloss="Daesh gangs had swept into Ramadi on Sunday after attacks with dozens of car bombs driven by suicide bombers")
r102_pullout = p.ev(7, "RETREAT", "iraq-army|iraq-police", "isis", "anbar-ops-command|ramadi", "2015-05-17", "asserted", "~",
                    "أعقبها انسحاب غير منظم لقطعات من الجيش والشرطة من مقر قيادة عمليات الأنبار",
                    mode="withdraw",
                    gloss="followed by a disorderly withdrawal of army and police units from the Anbar Operations Command headquarters")
p.ev(8, "ACCUSE|REQUEST", "muhandis|pmf", "iraq-army", "", None, "asserted", "muhandis|~",
     "وهو انسحاب وصفه المهندس بأنه \"خيانة من بعض القادة يجب أن يحاسبوا عليها\"",
     date_also="2015-05-17|2015-05-18|2015-05-19",
     gloss="a withdrawal al-Muhandis called 'treason by some commanders, who must be held to account for it'")
p.ev(9, "ACCUSE|AGREE", "obeidi|iraq-gov", "iraq-army", "", None, "asserted", "obeidi|~",
     "أعلن وزير الدفاع خالد العبيدي تشكيل لجنة تحقيقية للوقوف على ملابسات انسحاب القطعات من المدينة",
     date_also="2015-05-17|2015-05-18|2015-05-19",
     note="An announced investigation is ACCUSE (AGREE accepted).",
     gloss="Defence Minister Khaled al-Obeidi announced a committee of inquiry into the circumstances of the units' withdrawal from the city")
p.ev(10, "AGREE|THREATEN|SANCTION", "obeidi|iraq-gov", "iraq-army", "", None, "planned|asserted", "obeidi|~",
     "متعهدا بمعاقبة \"كل من يثبت تقصيره\"",
     date_also="2015-05-17|2015-05-18|2015-05-19",
     note="A pledge to punish: AGREE (a pledge), THREATEN or SANCTION accepted.",
     gloss="pledging to punish 'anyone proven to have failed in his duty'")
r102_exec = p.ev(11, "ASSAULT", "isis", "ramadi-civilians|iraq-police", "ramadi", None, "asserted", "nouri|مصادر ميدانية",
                 "نقل المتحدث باسم الحشد الشعبي كريم النوري عن \"مصادر ميدانية\" أن الدواعش أعدموا أكثر من 170 مدنيا ومنتسبا أمنيا",
                 date_also="2015-05-17|2015-05-18|2015-05-15|2015-05-16", size={"dead": 170}, mode="execution",
                 gloss="PMF spokesman Karim al-Nouri, citing 'field sources', said Daesh executed more than 170 civilians and security personnel")
p.ev(12, "ACCUSE", "nouri|pmf", "ساسة الفنادق|أطرافا إقليمية", "", None, "asserted", "nouri|~",
     "واتهم النوري \"ساسة الفنادق\" و\"أطرافا إقليمية\" بعرقلة دخول الحشد إلى الأنبار منذ أشهر",
     date_also="2015-05-18|2015-05-19|~",
     gloss="al-Nouri accused 'hotel politicians' and 'regional parties' of blocking the PMF's entry into Anbar for months")
p.ev(13, "ASSAULT", "us-coalition", "isis", "ramadi", None, "asserted|alleged", "us-gov",
     "ادعت الولايات المتحدة أن طيران ما يسمى \"التحالف الدولي\" نفذ 17 غارة حول الرمادي خلال الأيام الثلاثة الماضية",
     date_also="2015-05-16|2015-05-17|2015-05-18", size={"strikes": 17}, mode="aerial",
     note="Distanced by ادعت and 'so-called': alleged accepted.",
     gloss="the United States claimed the aircraft of the so-called 'international coalition' carried out 17 strikes around Ramadi over the past three days")
p.ev(14, "ACCUSE", "مصادر في الحشد|pmf", "us-coalition", "", None, "asserted", "مصادر في الحشد",
     "مؤكدة أن طائرات التحالف \"كانت تتفرج على أرتال داعش وهي تتقدم في الصحراء\"",
     date_also="2015-05-17|2015-05-18|2015-05-19",
     gloss="(PMF sources) saying the coalition's aircraft 'were watching Daesh convoys advance through the desert'")
p.ev(15, "THREATEN", "kataib-hezbollah|pmf", "isis", "", None, "asserted|planned", "kataib-hezbollah|~",
     "وتوعدت كتائب حزب الله، أحد فصائل الحشد، بـ\"تطهير الرمادي خلال أيام\"",
     date_also="2015-05-17|2015-05-18|2015-05-19",
     gloss="Kataib Hezbollah, one of the PMF factions, vowed to 'purge Ramadi within days'")
p.ev(16, "REJECT", "kataib-hezbollah|pmf", "us-gov|us-military", "", None, "asserted", "kataib-hezbollah|~",
     "رافضة أي \"تدخل بري أمريكي\" في المعركة",
     date_also="2015-05-17|2015-05-18|2015-05-19",
     gloss="rejecting any 'American ground intervention' in the battle")
p.ev(17, "MOBILIZE|COOPERATE", "ameri|badr", "isis|iraq-army", "habbaniyah", None, "asserted", "badr|~",
     "أعلنت منظمة بدر أن أمينها العام هادي العامري وصل إلى الحبانية للإشراف على وضع خطة العمليات مع قادة الجيش والشرطة الاتحادية",
     date_also="2015-05-18|2015-05-19", destination="habbaniyah",
     gloss="the Badr Organisation said its secretary-general Hadi al-Ameri arrived in Habbaniyah to oversee the operations plan with army and federal police commanders")
p.ev(18, "COERCE", "isis", "iraq-gov|iraq-army", "mosul", None, "historical", "~",
     "ثاني مركز محافظة يسقط بيد داعش بعد الموصل في حزيران من العام الماضي",
     date_also="2014-06-10|~", optional=True,
     gloss="the second provincial capital to fall to Daesh after Mosul in June last year")

# ---- 1103 ar Anbar tribal outlet ----------------------------------------------------------------
p = S.page("1103_bawwabatalanbaralhurra_tribes_fought_alone_ramadi.txt", "بوابة الأنبار الحرة", "ar",
           "عشائر الرمادي قاتلت وحيدة.. نزوح الآلاف نحو بغداد واتهامات للحكومة بالتخلي عن المدينة",
           "2015-05-18T16:40",
           "From the page's date line (18/05/2015 - 16:40, day-first); 'يوم أمس الأحد', 'أمس' and 'مساء الأحد' are "
           "2015-05-17, 'منذ يوم الجمعة' from 2015-05-15, 'ليلة الخميس الماضي' 2015-05-14, 'نيسان الماضي' April 2015.",
           "الرمادي",
           "قال شيوخ عشائر في الرمادي إن مقاتليهم خاضوا معارك",
           "هجوما بسيارات مفخخة على المجمع الحكومي وسط المدينة.",
           ["شارك: فيسبوك | تويتر | واتساب", "أخبار ذات صلة", "أهالي هيت يناشدون بفتح ممر آمن",
            "ارتفاع أسعار الوقود في مخيمات عامرية الفلوجة", "مباراة ودية بين شباب الرمادي والقائم تأجلت"])
p.ev(1, "ASSAULT", "tribes", "isis", "malaab|ramadi", "2015-05-17", "asserted", "شيوخ عشائر في الرمادي",
     "قال شيوخ عشائر في الرمادي إن مقاتليهم خاضوا معارك \"حتى الرصاصة الأخيرة\" في أحياء الملعب والضباط والحوز",
     date_also="2015-05-15|2015-05-16",
     gloss="tribal sheikhs in Ramadi said their fighters fought 'to the last bullet' in the Malaab, Dhubbat and Hawz districts")
p.ev(2, "RETREAT", "tribes", "isis", "ramadi", "2015-05-17", "asserted", "شيوخ عشائر في الرمادي",
     "قبل أن يضطروا إلى الانسحاب يوم أمس الأحد", mode="withdraw",
     gloss="before they were forced to withdraw yesterday, Sunday")
p.ev(3, "RETREAT|ACCUSE", "iraq-army|tribes", "tribes|iraq-gov", "ramadi", "2015-05-17", "asserted", "شيوخ عشائر في الرمادي",
     "بعد أن تركتهم القوات الحكومية وحدهم في مواجهة مسلحي تنظيم الدولة",
     date_also="2015-05-15|2015-05-16|~", mode="withdraw",
     note="The government forces' pull-out as the sheikhs tell it, a charge as well (ACCUSE accepted).",
     gloss="after government forces left them alone to face the Islamic State's gunmen")
p.ev(4, "REQUEST", "tribes", "iraq-gov", "", None, "asserted|historical", "rafi-fahdawi",
     "مقاتلي العشائر \"طلبوا السلاح والذخيرة من بغداد منذ أشهر ولم يصلهم شيء\"",
     date_also="~", optional=True,
     gloss="the tribal fighters 'asked Baghdad for weapons and ammunition months ago and received nothing'")
p.ev(5, "ACCUSE", "rafi-fahdawi|tribes", "iraq-gov", "", None, "asserted", "rafi-fahdawi|~",
     "محملا الحكومة المركزية مسؤولية سقوط المدينة", date_also="2015-05-17|2015-05-18",
     gloss="holding the central government responsible for the fall of the city")
r103_exec = p.ev(6, "ASSAULT", "isis", "tribes|iraq-police", "ramadi", "2015-05-17", "asserted", "مراسلنا",
                 "أقدم عناصر التنظيم على إعدام ما لا يقل عن 40 من أبناء عشيرتي البوفهد والبوعلوان وأفراد من الشرطة المحلية في ساحات عامة",
                 date_also="2015-05-18|2015-05-15|2015-05-16|~", size={"dead": 40}, mode="execution",
                 gloss="per our correspondent, the group's members executed at least 40 men of the Albu Fahd and Albu Alwan tribes and local policemen in public squares")
p.ev(7, "ASSAULT", "isis", "tribes", "ramadi", "2015-05-17", "asserted", "مراسلنا",
     "كما فجروا منازل عدد من شيوخ العشائر المتعاونين مع الحكومة",
     date_also="2015-05-18|2015-05-15|2015-05-16|~", mode="destroy",
     gloss="and blew up the houses of several tribal sheikhs who had worked with the government")
r103_toll = p.ev(8, "ASSAULT", "isis", "ramadi-civilians|iraq-army|iraq-police", "ramadi", "2015-05-17", "asserted",
                 "مسؤول في دائرة صحة الأنبار",
                 "إن حصيلة القتلى منذ يوم الجمعة \"لا تقل عن 250 بين مدنيين وعسكريين\"",
                 date_also="2015-05-15|2015-05-16|2015-05-18", size={"dead": 250},
                 gloss="(an Anbar health department official said) the death toll since Friday is 'no less than 250, civilians and military'")
p.ev(9, "REJECT|ASSAULT", "مسؤول في دائرة صحة الأنبار", "haimour", "", None, "asserted|denied",
     "مسؤول في دائرة صحة الأنبار|~", "نافيا صحة الأرقام التي تحدثت عن 500 قتيل",
     date_also="2015-05-17|2015-05-18",
     note="The official denies the 500 figure (whose author the page does not name: Haimour's on 1101).",
     gloss="denying the figures that spoke of 500 dead")
p.ev(10, "RETREAT|MOBILIZE", "ramadi-civilians", "", "bzeibiz", None, "asserted", "~",
     "عبر آلاف النازحين جسر بزيبز على نهر الفرات باتجاه العاصمة",
     date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18", destination="baghdad",
     gloss="thousands of displaced crossed the Bzeibiz bridge over the Euphrates towards the capital")
r103_bridge = p.ev(11, "COERCE|SANCTION", "iraq-gov", "ramadi-civilians", "bzeibiz", None, "asserted", "~",
                   "غير أن السلطات منعت كثيرين منهم من العبور بحجة \"عدم وجود كفيل\" داخل بغداد",
                   date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18",
                   gloss="but the authorities stopped many of them from crossing, citing 'the lack of a sponsor' inside Baghdad")
r103_ocha = p.ev(12, "RETREAT|MOBILIZE", "ramadi-civilians", "", "ramadi", None, "asserted", "ocha",
                 "وقدر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) عدد الفارين من الرمادي بأكثر من ثمانية آلاف شخص منذ الجمعة",
                 date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18", size={"people": 8000},
                 gloss="OCHA put the number who fled Ramadi since Friday at more than 8,000")
r103_iom = p.ev(13, "RETREAT|MOBILIZE", "ramadi-civilians", "", "ramadi", None, "possible|asserted", "iom",
                "في حين رجحت منظمة الهجرة الدولية أن يصل العدد إلى 25 ألفا",
                date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18", size={"people": 25000},
                gloss="while the IOM thought the number could reach 25,000")
p.ev(14, "REQUEST", "anbar-council", "iraq-gov|us-coalition", "", "2015-05-18", "asserted", "~|anbar-council",
     "ناشد مجلس محافظة الأنبار الحكومة المركزية والتحالف الدولي \"التدخل العاجل لإنقاذ ما تبقى من المحافظة\"",
     date_also="2015-05-17|~",
     gloss="the Anbar provincial council appealed to the central government and the international coalition to 'intervene urgently to save what is left of the province'")
r103_council = p.ev(15, "REQUEST", "anbar-council", "iraq-gov|pmf", "", "2015-05-17", "asserted", "~|anbar-council",
                    "بعد أن صوت أمس بالأغلبية على طلب دخول قوات الحشد الشعبي",
                    gloss="after it voted by majority yesterday to request the entry of the Popular Mobilisation Forces")
p.ev(16, "ACCUSE|ASSAULT", "ناشطون من أبناء المحافظة|pmf", "pmf|ramadi-civilians", "anbar", None, "asserted|possible",
     "ناشطون من أبناء المحافظة|~",
     "حذر ناشطون من أبناء المحافظة من \"انتهاكات طائفية\" قد ترافق دخول الميليشيات إلى مدن الأنبار",
     date_also="2015-05-17|2015-05-18",
     note="A warning of possible abuses: ACCUSE by the activists, or the abuses themselves as possible.",
     gloss="activists from the province warned of 'sectarian abuses' that could accompany the militias' entry into Anbar's towns")
p.ev(17, "ASSAULT", "pmf", "ramadi-civilians", "tikrit", None, "historical", "ناشطون من أبناء المحافظة",
     "مستذكرين ما جرى في تكريت في نيسان الماضي من حرق للمنازل ونهب للممتلكات",
     date_also="2015-04-01|~", mode="destroy", optional=True,
     gloss="recalling what happened in Tikrit last April: houses burned and property looted")
r103_claim = p.ev(18, "COERCE|ASSAULT", "isis", "iraq-army", "ramadi", "2015-05-17", "alleged|asserted", "isis",
                  "زعم تنظيم الدولة في بيان تداولته حسابات مقربة منه أن مقاتليه \"فتحوا\" الرمادي بالكامل وسيطروا على مقر اللواء الثامن",
                  date_also="2015-05-18|~",
                  note="The claim of capture, distanced by زعم.",
                  gloss="the Islamic State claimed, in a statement shared by accounts close to it, that its fighters had 'conquered' all of Ramadi and seized the 8th Brigade headquarters")
p.ev(19, "THREATEN", "isis", "iraq-gov", "", "2015-05-17", "asserted|planned", "isis|~",
     "متوعدا بالزحف نحو بغداد وكربلاء", date_also="2015-05-18|~", destination="baghdad|karbala",
     gloss="threatening to march on Baghdad and Karbala")
p.ev(20, "ASSAULT", "us-coalition", "isis", "ramadi", "2015-05-17", "asserted", "مصدر أمني",
     "وأفاد مصدر أمني لـ\"بوابة الأنبار\" بأن طائرات التحالف الدولي شنت غارات محدودة على أطراف المدينة مساء الأحد",
     mode="aerial",
     gloss="a security source told Bawwabat al-Anbar that coalition aircraft carried out limited strikes on the outskirts of the city on Sunday evening")
r103_pullout = p.ev(21, "RETREAT", "iraq-army", "isis", "ramadi", "2015-05-17", "asserted", "مصدر أمني",
                    "مئات العناصر من الجيش انسحبوا نحو قاعدة الحبانية تاركين خلفهم عشرات العربات والأسلحة الثقيلة",
                    date_also="~", destination="habbaniyah", mode="withdraw",
                    gloss="hundreds of army personnel withdrew towards the Habbaniyah base, leaving dozens of vehicles and heavy weapons behind")
p.ev(22, "ASSAULT", "isis|iraq-army", "iraq-army|isis", "ramadi", None, "historical", "~",
     "وكانت الرمادي تشهد منذ مطلع عام 2014 مواجهات متقطعة بين التنظيم والقوات الأمنية",
     date_also="2014-01-01|~", optional=True,
     gloss="Ramadi had seen intermittent clashes between the group and the security forces since early 2014")
r103_compound = p.ev(23, "ASSAULT", "isis", "iraq-gov|iraq-police", "govt-compound|ramadi", "2015-05-14", "asserted", "~",
                     "قبل أن يشن التنظيم ليلة الخميس الماضي هجوما بسيارات مفخخة على المجمع الحكومي وسط المدينة",
                     date_also="2015-05-15", mode="suicide-bombing",
                     gloss="before the group launched an attack with car bombs on the government compound in the city centre last Thursday night")

# ---- 1104 en regional (Dubai) -------------------------------------------------------------------
p = S.page("1104_khaleejledger_paramilitaries_launch_anbar_push.txt", "The Khaleej Ledger", "en",
           "Iraq's paramilitaries launch push to retake Anbar, nine days after Ramadi fell",
           "2015-05-26T21:15",
           "From the page's date line (Tuesday, May 26, 2015 | 9:15 PM GST, Gulf time); 'on Tuesday' is 2015-05-26, "
           "'on Sunday' 2015-05-24, 'on Monday' 2015-05-25, 'over the weekend' 23-24 May (read as Saturday-Sunday), "
           "'May 17', 'May 18' and 'May 15' explicit.",
           "DUBAI / BAGHDAD",
           "Iraq's Shi'ite-led paramilitary forces announced on Tuesday the start of an operation",
           "after the army broke up a Sunni protest camp outside the city.",
           ["Share this article | Facebook | Twitter | LinkedIn | WhatsApp", "Also in Middle East",
            "Kuwait tightens mosque security after Saudi bombing", "Gulf bourses end mixed as oil dips",
            "Yemen talks in Geneva postponed"])
p.ev(1, "ASSAULT|MOBILIZE", "pmf", "isis", "anbar", "2015-05-26", "asserted|planned", "~|pmf",
     "Iraq's Shi'ite-led paramilitary forces announced on Tuesday the start of an operation to drive Islamic State "
     "out of Anbar province", note="The counter-offensive announced (asserted start, planned course).")
p.ev(2, "COERCE", "isis", "iraq-army", "ramadi", "2015-05-17", "asserted", "~",
     "nine days after the militants captured its capital Ramadi", optional=True,
     note="The fall told again in passing; the clearest sentence is b1104-6.")
p.ev(3, "ASSAULT", "pmf", "isis", "ramadi", None, "planned", "asadi",
     "the offensive, code-named \"Labaik ya Hussein\", would cut Ramadi off from the south and from the east before "
     "troops move into the city", date_also="2015-05-26|~")
p.ev(4, "ACCUSE", "A Sunni lawmaker from Anbar", "pmf", "", None, "asserted", "A Sunni lawmaker from Anbar|~",
     "called it \"a sectarian banner raised over a Sunni city\"", date_also="2015-05-26|~")
p.ev(5, "ACCUSE", "warren|us-military", "pmf", "", None, "asserted", "warren|~",
     "a Pentagon spokesman, Colonel Steve Warren, said the name was \"unhelpful\"", date_also="2015-05-26|~",
     note="Criticism is ACCUSE.")
r104_fall = p.ev(6, "COERCE|ASSAULT", "isis", "iraq-army|iraq-police", "ramadi", "2015-05-17", "asserted", "~",
                 "The fall of Ramadi on May 17 came after Islamic State fighters, led by a wave of suicide car bombers, "
                 "punched through the city's last defences", mode="suicide-bombing")
r104_fled = p.ev(7, "RETREAT", "iraq-army|iraq-police", "isis", "ramadi", "2015-05-17", "asserted", "~",
                 "Iraqi troops and police fled in their vehicles, leaving behind dozens of Humvees and several tanks "
                 "supplied by the United States", date_also="~", mode="withdraw")
p.ev(8, "ACCUSE", "carter|us-gov", "iraq-army", "", "2015-05-24", "asserted", "carter|~",
     "U.S. Defense Secretary Ashton Carter said on Sunday that Iraqi forces \"showed no will to fight\" in Ramadi")
p.ev(9, "REJECT", "abadi|iraq-gov", "carter|us-gov", "", None, "asserted", "abadi|~",
     "Abadi's office hit back, saying the secretary had been \"given incorrect information\"",
     date_also="2015-05-24|2015-05-25")
p.ev(10, "CONSULT", "biden|us-gov|abadi", "abadi|iraq-gov|biden", "", "2015-05-25", "asserted", "~",
     "Vice President Joe Biden telephoned the prime minister on Monday")
p.ev(11, "SUPPORT|AGREE", "biden|us-gov", "iraq-gov|abadi", "", "2015-05-25", "asserted", "~",
     "to reaffirm American support for the fight against the militants")
p.ev(12, "AGREE|AID", "warren|us-coalition|us-military", "iraq-army|iraq-gov", "ramadi", "2015-05-18", "planned", "warren|~",
     "adding that the coalition would help Iraqi forces take Ramadi back",
     note="The 'setback' remark itself is an assessment, not an event; the pledge of help is AGREE (AID accepted), planned.")
r104_toll = p.ev(13, "ASSAULT", "isis", "ramadi-civilians|iraq-army|iraq-police", "ramadi", None, "asserted", "Iraqi officials",
                 "Iraqi officials said about 500 people were killed in the final days of the battle",
                 date_also="2015-05-15|2015-05-16|2015-05-17", size={"dead": 500})
r104_exec = p.ev(14, "ASSAULT", "isis", "ramadi-civilians|iraq-police|tribes", "ramadi", None, "asserted", "haimour",
                 "the governor's spokesman said some of them had been shot \"in cold blood\" after they were captured",
                 date_also="2015-05-15|2015-05-16|2015-05-17", mode="execution")
r104_claim = p.ev(15, "COERCE|ASSAULT", "isis", "iraq-army", "ramadi", "2015-05-17", "asserted|alleged", "isis",
                  "Islamic State said in an online statement that its fighters had taken the city \"by the grace of God\"",
                  date_also="~")
p.ev(16, "RETREAT|MOBILIZE", "ramadi-civilians", "", "ramadi", None, "asserted", "iom",
     "The International Organization for Migration put it at nearly 40,000 in the week after May 15",
     date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18|2015-05-19|2015-05-20|2015-05-21|2015-05-22",
     size={"people": 40000})
p.ev(17, "RETREAT|MOBILIZE", "ramadi-civilians", "", "ramadi", None, "asserted", "ocha",
     "while the U.N.'s humanitarian office spoke of \"more than 55,000\"",
     date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18|2015-05-19|2015-05-20|2015-05-21|2015-05-22",
     size={"people": 55000})
r104_bridge = p.ev(18, "COERCE|SANCTION|REQUEST", "iraq-gov", "ramadi-civilians", "bzeibiz", None, "asserted", "~",
                   "where the authorities demanded that each family show a sponsor in the capital",
                   date_also="2015-05-15|2015-05-16|2015-05-17|2015-05-18|2015-05-19|2015-05-20")
p.ev(19, "ASSAULT", "isis|tribes|iraq-police", "tribes|iraq-police|isis", "husaybah-sharqiya", "2015-05-25", "asserted",
     "tribes|iraq-police",
     "tribal fighters and police said on Monday they had repelled an Islamic State attack on Husaybah al-Sharqiya, east of Ramadi",
     date_also="2015-05-24|2015-05-23",
     note="The attack and its repulse as one clash; either side as actor.")
p.ev(20, "ASSAULT", "us-coalition", "isis", "ramadi", None, "asserted", "~",
     "coalition warplanes struck militant positions near the city 11 times over the weekend",
     date_also="2015-05-23|2015-05-24", size={"strikes": 11}, mode="aerial")
p.ev(21, "REQUEST", "rawi", "iraq-gov", "", None, "asserted", "rawi|~",
     "who had pleaded before the fall for \"urgent reinforcements and air cover\"",
     date_also="2015-05-14|2015-05-15|2015-05-16")
p.ev(22, "SUPPORT", "rawi", "any force|pmf", "", None, "asserted", "rawi|~",
     "said he now welcomed \"any force\" willing to help liberate the province",
     date_also="2015-05-24|2015-05-25|2015-05-26|~")
p.ev(23, "COERCE", "tribal gunmen|isis", "iraq-gov", "ramadi", None, "historical", "~",
     "when tribal gunmen and militants moved in", date_also="2014-01-01|~", optional=True)
p.ev(24, "COERCE", "iraq-army", "a Sunni protest camp", "ramadi", None, "historical", "~",
     "the army broke up a Sunni protest camp outside the city", date_also="2013-12-30|~", optional=True)

# ---- story links --------------------------------------------------------------------------------
K = S.link
K("Islamic State takes Ramadi, 17 May", r101_fall, r104_fall)
K("Islamic State takes Ramadi, 17 May", r101_fall, r102_fall)
K("Islamic State takes Ramadi, 17 May", r102_fall, r104_fall)
K("Islamic State's own claim of the capture of Ramadi", r101_claim, r104_claim)
K("Islamic State's own claim of the capture of Ramadi (and of the 8th Brigade base)", r101_claim, r103_claim)
K("Iraqi army and police withdraw from Ramadi, 17 May", r101_abandon, r104_fled)
K("Army units pull out of the Anbar Operations Command headquarters, 17 May", r101_pullout, r102_pullout)
K("Army units pull out of Ramadi, 17 May", r102_pullout, r103_pullout)
K("Suicide car bombs on the government compound, 14 May", r101_compound, r103_compound)
K("Abadi orders the Popular Mobilisation Forces to prepare, 17 May", r101_order, r102_order)
K("Anbar council votes to ask for the Popular Mobilisation Forces, 17 May", r101_council, r102_council)
K("Anbar council votes to ask for the Popular Mobilisation Forces, 17 May", r102_council, r103_council)
K("Anbar council votes to ask for the Popular Mobilisation Forces, 17 May", r101_council, r103_council)
K("About 500 killed in Ramadi since 15 May", r101_toll, r104_toll)
K("Captured policemen and fighters executed in Ramadi", r101_exec, r104_exec)
K("IOM: about 25,000 fled Ramadi since 15 May", r101_iom, r103_iom)
K("Displaced held at the Bzeibiz bridge for lack of a sponsor", r103_bridge, r104_bridge)

# ---- contradictions -----------------------------------------------------------------------------
C = S.contra
C("value", "size.dead", "Dead in Ramadi since 15 May: about 500 (Haimour, Keystone) vs no less than 250, the 500 figure "
  "denied (Anbar health official, Bawwabat al-Anbar)", r101_toll, r103_toll)
C("value", "size.dead", "Dead in Ramadi: about 500 (Iraqi officials, Khaleej Ledger) vs no less than 250 (Anbar health "
  "official, Bawwabat al-Anbar)", r104_toll, r103_toll)
C("value", "size.people", "Fled Ramadi since 15 May: about 25,000 (IOM, Keystone) vs more than 8,000 (OCHA, Bawwabat "
  "al-Anbar)", r101_iom, r103_ocha)
C("value", "size.dead", "Executed by Islamic State in Ramadi: more than 170 civilians and security men (PMF spokesman "
  "citing field sources, Furat) vs at least 40 tribesmen and policemen (correspondent, Bawwabat al-Anbar)",
  r102_exec, r103_exec)
