"""Story 4: Khalifa Haftar's Libyan National Army advances on Tripoli, April 2019 (pages 1113-1116)."""
from gold_common import Story

S = Story("tripoli", "Haftar's offensive on Tripoli, Apr 2019", ("2019-04-03", "2019-04-16"), "2014-05-01",
          "1113 ar LNA-aligned, 1114 en wire, 1115 en regional (Valletta), 1116 ar GNA-aligned")

APR4_5 = "2019-04-04|2019-04-05"
APR4_8 = "2019-04-04|2019-04-05|2019-04-06|2019-04-07|2019-04-08"
APR4_10 = "2019-04-04|2019-04-05|2019-04-06|2019-04-07|2019-04-08|2019-04-09|2019-04-10"

E = S.entity
E("lna", "LBY MIL", ["Libyan National Army", "Khalifa Haftar's Libyan National Army (LNA)", "LNA", "The LNA", "the LNA",
                     "Haftar's forces", "Haftar's self-styled Libyan National Army", "LNA aircraft", "An LNA warplane",
                     "LNA fighters", "forces loyal to the eastern commander Khalifa Haftar",
                     "A warplane belonging to Khalifa Haftar's Libyan National Army (LNA)",
                     "القوات المسلحة العربية الليبية", "الجيش", "قوات الجيش", "وحدات الجيش", "وحدات من الجيش",
                     "القيادة العامة", "قوات حفتر", "ميليشيات حفتر", "طيران حفتر", "عناصر الجيش",
                     "مصادر في القيادة العامة"])
E("haftar", "LBY MIL", ["Khalifa Haftar", "Haftar", "the eastern commander", "المشير خليفة حفتر", "المشير حفتر", "حفتر",
                        "القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر"], "lna")
E("mismari", "LBY MIL", ["Ahmed al-Mismari", "LNA spokesman Ahmed al-Mismari", "al-Mismari", "اللواء أحمد المسماري",
                         "المسماري", "الناطق الرسمي باسم القيادة العامة اللواء أحمد المسماري"], "lna")
E("lna-media", "LBY MIL", ["شعبة الإعلام الحربي", "المكتب الإعلامي للقيادة العامة", "LNA media office"], "lna")
E("gna", "LBY GOV", ["Government of National Accord", "GNA", "the GNA", "the internationally recognised Government of National Accord (GNA)",
                     "the Tripoli-based government", "Tripoli", "حكومة الوفاق الوطني", "حكومة الوفاق", "المجلس الرئاسي",
                     "ما يسمى \"المجلس الرئاسي\"", "the legitimate government of Prime Minister Serraj"])
E("serraj", "LBY GOV", ["Fayez al-Serraj", "Serraj", "Prime Minister Serraj", "فائز السراج", "السراج",
                        "رئيس المجلس الرئاسي فائز السراج"], "gna")
E("gna-forces", "LBY MIL", ["Forces loyal to the GNA", "Government forces", "Tripoli's forces", "GNA forces",
                            "forces allied to the internationally recognised Government of National Accord (GNA)",
                            "armed groups from Tripoli and Misrata", "قوات حكومة الوفاق الوطني", "القوات",
                            "التشكيلات المسلحة الموالية له", "سلاح الجو التابع للحكومة", "طائرات من الكلية الجوية بمصراتة",
                            "الميليشيات"], "gna")
E("gnounou", "LBY MIL", ["Mohamed Gnounou", "العقيد محمد قنونو", "قنونو", "المتحدث باسم قوات حكومة الوفاق الوطني العقيد محمد قنونو"],
  "gna-forces")
E("gna-health", "LBY GOV", ["The GNA's health ministry", "GNA health ministry", "وزارة الصحة بحكومة الوفاق"], "gna")
E("zawiya-forces", "LBY MIL", ["local forces", "Zawiya forces", "كتائب الثوار", "ثوار الزاوية", "الثوار"], "gna-forces")
E("gharyan-council", "LBY GOV", ["Gharyan municipal council", "المجلس البلدي للمدينة"])
E("libya-civilians", "LBY CVL", ["civilians", "people", "residents", "the wounded", "سكان العاصمة", "المدنيين", "الجرحى"])
E("migrants", "CVL", ["migrants", "migrants locked up in detention centres", "more than 150 of them"])
E("un", "IGO", ["United Nations", "The United Nations", "U.N.", "UN", "الأمم المتحدة"])
E("guterres", "IGO", ["Antonio Guterres", "U.N. Secretary-General Antonio Guterres", "Guterres", "أنطونيو غوتيريش", "غوتيريش",
                      "الأمين العام للأمم المتحدة أنطونيو غوتيريش"], "un")
E("unsmil", "IGO", ["UN mission in Libya", "The U.N. mission in Libya", "بعثة الأمم المتحدة", "البعثة الأممية"], "un")
E("salame", "IGO", ["Ghassan Salame", "UN envoy Ghassan Salame", "Salame"], "unsmil")
E("who", "IGO", ["World Health Organization", "The World Health Organization", "WHO"], "un")
E("ocha", "IGO", ["the UN humanitarian office (OCHA)", "OCHA", "UN humanitarian office"], "un")
E("unhcr", "IGO", ["The UN refugee agency", "UN refugee agency", "UNHCR"], "un")
E("unsc", "IGO", ["U.N. Security Council", "Security Council"], "un")
E("us-gov", "USA GOV", ["United States", "The United States", "Washington", "الولايات المتحدة"])
E("us-military", "USA MIL", ["U.S. troops", "some of its troops", "its troops"], "us-gov")
E("pompeo", "USA GOV", ["Mike Pompeo", "Secretary of State Mike Pompeo", "Pompeo", "مايك بومبيو", "وزير الخارجية الأمريكي مايك بومبيو",
                        "بومبيو"], "us-gov")
E("uk-gov", "GBR GOV", ["Britain", "United Kingdom", "بريطانيا"])
E("france-gov", "FRA GOV", ["France", "Paris", "فرنسا"])
E("italy-gov", "ITA GOV", ["Italy", "إيطاليا"])
E("conte", "ITA GOV", ["Giuseppe Conte", "Prime Minister Giuseppe Conte", "Conte"], "italy-gov")
E("uae-gov", "ARE GOV", ["United Arab Emirates", "the United Arab Emirates", "الإمارات"])
E("egypt-gov", "EGY GOV", ["Egypt", "مصر"])
E("russia-gov", "RUS GOV", ["Russia", "Moscow", "موسكو", "روسيا"])
E("lavrov", "RUS GOV", ["Sergei Lavrov", "سيرغي لافروف", "وزير الخارجية الروسي سيرغي لافروف", "لافروف"], "russia-gov")
E("malta-gov", "MLT GOV", ["Malta", "the government"])
E("abela", "MLT GOV", ["Carmelo Abela", "Malta's Foreign Minister Carmelo Abela"], "malta-gov")

P = S.place
P("tripoli", ["Tripoli", "the capital", "طرابلس", "العاصمة"], 32.88743, 13.18733, 20, 2210247)
P("gharyan", ["Gharyan", "غريان", "مدينة غريان"], 32.17222, 13.02028, 10, 2217362)
P("aziziya", ["Aziziya", "العزيزية", "مدينة العزيزية"], 32.53194, 13.0175, 8, 2220139)
P("zawiya", ["Zawiya", "الزاوية"], 32.7571, 12.72764, 10, 2218970)
P("benghazi", ["Benghazi", "بنغازي"], 32.11486, 20.06859, 20, 88319)
P("rajma", ["الرجمة", "مقر القيادة العامة بالرجمة شرق بنغازي", "al-Rajma"], 32.08, 20.32, 6,
  note="Al-Rajma, the LNA general command east of Benghazi; approximate.")
P("mitiga", ["Mitiga airport", "Tripoli's Mitiga airport", "مطار معيتيقة"], 32.894, 13.276, 3,
  note="Mitiga airport, eastern Tripoli; approximate.")
P("old-airport", ["the disused international airport", "the old airport", "the former international airport",
                  "مطار طرابلس الدولي القديم", "مطار طرابلس الدولي"], 32.669, 13.159, 4,
  note="Tripoli International Airport (disused since 2014), south of the city; approximate.")
P("bridge-27", ["Bridge 27", "a checkpoint known as Bridge 27", "بوابة الـ27", "بوابة الجسر 27"], 32.815, 12.905, 5,
  note="The 'Bridge 27' checkpoint on the coastal road about 27 km west of Tripoli; approximate.")
P("suq-khamis", ["the Souq al-Khamis area", "Souq al-Khamis", "منطقة سوق الخميس", "سوق الخميس"], 32.6, 13.1, 12,
  note="Suq al-Khamis, south of Tripoli near Aziziya; approximate.")
P("ain-zara", ["Ain Zara", "the Ain Zara district", "the Ain Zara centre", "عين زارة"], 32.82, 13.23, 5,
  note="Ain Zara district, southern Tripoli; approximate.")
P("wadi-rabie", ["Wadi Rabie", "وادي الربيع", "منطقة وادي الربيع"], 32.77, 13.28, 5,
  note="Wadi Rabie district, south-east Tripoli; approximate.")
P("qasr-bin-ghashir", ["قصر بن غشير", "منطقة قصر بن غشير", "Qasr bin Ghashir"], 32.69, 13.18, 5,
  note="Qasr bin Ghashir, south of Tripoli; approximate.")
P("south-tripoli", ["the southern outskirts of Tripoli", "the southern suburbs", "the capital's southern districts",
                    "أحياء جنوب العاصمة", "جنوب العاصمة"], 32.78, 13.2, 15,
  note="Tripoli's southern suburbs; approximate.")
P("ghadames", ["Ghadames", "the desert town of Ghadames", "غدامس", "مدينة غدامس"], 30.13366, 9.50072, 10, 2217440)
P("libya", ["Libya", "ليبيا", "out of Libya"], 27.0, 17.0, 700, note="Libya (country); centroid approximate.")

# ---- 1113 ar LNA-aligned ------------------------------------------------------------------------
p = S.page("1113_minassatfajrbarqa_army_enters_gharyan_haftar_receives_guterres.txt", "منصة فجر برقة الإخبارية", "ar",
           "قوات الجيش تدخل غريان وتواصل زحفها نحو طرابلس.. والمشير حفتر يستقبل غوتيريش في بنغازي",
           "2019-04-05",
           "From the page's date line (الجمعة 29 رجب 1440هـ - 5 أبريل 2019م, Hijri beside Gregorian, checked against "
           "Umm al-Qura with java.time.chrono.HijrahDate); 'اليوم الجمعة' is 2019-04-05, 'أمس' and 'أمس الخميس' "
           "2019-04-04; the entry into Gharyan and the other undated claims lie on 4-5 April.",
           "بنغازي",
           "استقبل القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، اليوم الجمعة",
           "رافضا \"إلقاء اللوم على طرف بعينه\".",
           ["شارك الخبر: فيسبوك | تويتر | واتساب", "اقرأ أيضا", "مديرية أمن بنغازي تضبط شحنة مخدرات",
            "الهلال الأحمر فرع بنغازي يوزع سلالا غذائية", "افتتاح معرض للكتاب في جامعة بنغازي"])
r113_meet = p.ev(1, "CONSULT", "haftar|lna|guterres", "guterres|un|haftar", "rajma|benghazi", "2019-04-05", "asserted", "lna-media|~",
                 "استقبل القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، اليوم الجمعة، الأمين العام للأمم المتحدة "
                 "أنطونيو غوتيريش في مقر القيادة العامة بالرجمة شرق بنغازي",
                 gloss="Field Marshal Haftar received UN Secretary-General Guterres today (Friday) at the general command in al-Rajma east of Benghazi")
p.ev(2, "THREATEN|REJECT", "haftar|lna", "gna-forces|guterres", "rajma|benghazi", "2019-04-05", "asserted|planned", "lna-media|haftar",
     "وأكد المشير حفتر لضيفه أن العمليات العسكرية \"لن تتوقف حتى القضاء على الإرهاب\" في العاصمة",
     note="A vow to go on (THREATEN), which also turns down the UN's call (REJECT accepted); 'terrorism' in the capital stands for the forces there.",
     gloss="Haftar told his guest that military operations 'will not stop until terrorism is eliminated' in the capital")
p.ev(3, "REQUEST", "guterres|un", "lna|gna-forces|gna", "tripoli", "2019-04-04", "asserted", "~",
     "وكان غوتيريش قد دعا خلال زيارته طرابلس أمس إلى \"وقف التصعيد\" وتجنب \"مواجهة دامية\"",
     gloss="Guterres had called during his visit to Tripoli yesterday for 'de-escalation' and avoiding 'a bloody confrontation'")
p.ev(4, "REJECT", "مصادر في القيادة العامة|lna", "guterres|un", "", None, "asserted", "مصادر في القيادة العامة",
     "وهي دعوة اعتبرتها مصادر في القيادة العامة \"في غير محلها\"", date_also=APR4_5,
     gloss="a call that sources in the general command considered 'misplaced'")
r113_gharyan = p.ev(5, "COERCE|ASSAULT", "lna", "gna-forces", "gharyan", None, "asserted", "mismari",
                    "أعلن الناطق الرسمي باسم القيادة العامة اللواء أحمد المسماري أن وحدات الجيش دخلت مدينة غريان \"دون قتال يذكر\"",
                    date_also="2019-04-03|" + APR4_5,
                    gloss="the general command's spokesman Ahmed al-Mismari announced that army units entered Gharyan 'without significant fighting'")
p.ev(6, "SUPPORT", "أعيان المدينة وشبابها", "lna", "gharyan", None, "asserted", "mismari",
     "مشيرا إلى أن \"أعيان المدينة وشبابها استقبلوا أبطال الجيش بالترحاب\"", date_also="2019-04-03|" + APR4_5,
     optional=True, gloss="saying 'the town's notables and youth welcomed the army's heroes'")
p.ev(7, "COERCE|ASSAULT", "lna", "gna-forces", "aziziya|suq-khamis", None, "asserted", "mismari",
     "وأضاف المسماري في مؤتمر صحفي أن الجيش بسط سيطرته كذلك على مدينة العزيزية ومنطقة سوق الخميس",
     date_also=APR4_5,
     gloss="al-Mismari added at a news conference that the army had also taken control of Aziziya and Suq al-Khamis")
p.ev(8, "MOBILIZE", "lna", "gna-forces", "tripoli", None, "asserted", "mismari", "وأن \"قواتنا باتت على مشارف طرابلس\"",
     date_also=APR4_5, optional=True, gloss="and that 'our forces are now on the outskirts of Tripoli'")
r113_airport = p.ev(9, "COERCE|ASSAULT", "lna", "gna-forces", "old-airport", "2019-04-05", "asserted", "lna-media",
                    "أعلنت شعبة الإعلام الحربي أن وحدات من الجيش سيطرت على مطار طرابلس الدولي القديم جنوب العاصمة بعد اشتباكات قصيرة",
                    date_also="~",
                    gloss="the military media division announced that army units took the old Tripoli International Airport south of the capital after brief clashes")
r113_capt = p.ev(10, "COERCE", "gna-forces|zawiya-forces", "lna", "bridge-27", None, "alleged|asserted",
                 "وسائل إعلام تابعة للمجلس الرئاسي",
                 "ما تداولته وسائل إعلام تابعة للمجلس الرئاسي عن أسر عشرات من عناصر الجيش عند بوابة الـ27 غرب طرابلس",
                 date_also=APR4_5,
                 note="The capture as the outlet reports the other side's media ('what they circulated'): alleged.",
                 gloss="what media of the Presidential Council circulated about dozens of army men captured at Gate 27 west of Tripoli")
p.ev(11, "RETREAT", "lna", "gna-forces|zawiya-forces", "bridge-27", None, "asserted", "mismari",
     "قال المسماري إن ما جرى \"لا يعدو كونه انسحابا تكتيكيا لإعادة التموضع\"", date_also=APR4_5, mode="withdraw",
     gloss="al-Mismari said what happened 'was no more than a tactical withdrawal to reposition'")
r113_deny = p.ev(12, "REJECT|COERCE", "mismari|lna", "gna|gna-forces", "bridge-27", None, "asserted|denied", "mismari|~",
                 "نافيا سقوط أسرى بالأعداد التي \"تروجها أبواق الميليشيات\"", date_also=APR4_5,
                 gloss="denying that prisoners were taken in the numbers 'the militias' mouthpieces are peddling'")
p.ev(13, "ASSAULT|MOBILIZE", "haftar|lna", "gna-forces|gna", "tripoli", "2019-04-04", "asserted|planned", "haftar|~",
     "وكان المشير حفتر قد أعلن أمس الخميس، في تسجيل صوتي، انطلاق عملية تحرير طرابلس",
     gloss="Haftar had announced yesterday (Thursday) in an audio recording the launch of the operation to 'liberate' Tripoli")
p.ev(14, "REQUEST", "haftar", "lna", "", "2019-04-04", "asserted", "haftar|~",
     "وموجها إياها إلى عدم إطلاق النار على \"من يرفع الراية البيضاء\" وإلى حماية المدنيين والممتلكات العامة",
     gloss="directing them not to fire on 'whoever raises the white flag' and to protect civilians and public property")
p.ev(15, "REQUEST", "lna", "libya-civilians", "tripoli", None, "asserted", "lna|~",
     "وطالبت القيادة العامة سكان العاصمة بالتزام منازلهم", date_also=APR4_5,
     gloss="the general command asked the capital's residents to stay at home")
r113_mobil = p.ev(16, "MOBILIZE", "serraj|gna", "gna-forces", "tripoli", None, "asserted", "~",
                  "أعلن فائز السراج، رئيس ما يسمى \"المجلس الرئاسي\"، حالة \"النفير العام\"", date_also=APR4_5,
                  note="'So-called' distances the council, not the mobilisation.",
                  gloss="Fayez al-Serraj, head of the so-called 'Presidential Council', declared 'general mobilisation'")
p.ev(17, "REQUEST", "serraj|gna", "gna-forces", "", None, "asserted", "~",
     "وأمر التشكيلات المسلحة الموالية له بالتصدي لتقدم الجيش", date_also=APR4_5,
     gloss="and ordered the armed formations loyal to him to confront the army's advance")
p.ev(18, "ASSAULT", "gna-forces", "lna", "gharyan", None, "asserted", "مصادر عسكرية",
     "فيما أقلعت طائرات من الكلية الجوية بمصراتة لقصف مواقع الجيش في محيط غريان", date_also=APR4_5, mode="aerial",
     gloss="while aircraft took off from the air academy in Misrata to bomb army positions around Gharyan, per military sources")
p.ev(19, "REQUEST", "us-gov|uk-gov|france-gov|italy-gov|uae-gov", "كافة الأطراف|lna|gna", "", None, "asserted", "~",
     "وأصدرت الولايات المتحدة وبريطانيا وفرنسا وإيطاليا والإمارات بيانا مشتركا أعربت فيه عن \"القلق العميق\" وحثت \"كافة "
     "الأطراف على خفض التوتر فورا\"", date_also=APR4_5,
     gloss="the US, Britain, France, Italy and the UAE issued a joint statement expressing 'deep concern' and urging 'all parties to de-escalate at once'")
p.ev(20, "REQUEST", "lavrov|russia-gov", "جميع القوى السياسية|lna|gna", "", None, "asserted", "lavrov|~",
     "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعو \"جميع القوى السياسية\" إلى تسوية خلافاتها عبر الحوار",
     date_also=APR4_5,
     gloss="Russian FM Sergei Lavrov said Moscow calls on 'all political forces' to settle their differences through dialogue")
p.ev(21, "REJECT", "lavrov|russia-gov", "", "", None, "asserted", "lavrov|~", "رافضا \"إلقاء اللوم على طرف بعينه\"",
     date_also=APR4_5, optional=True, gloss="refusing 'to lay the blame on any one party'")

# ---- 1114 en wire -------------------------------------------------------------------------------
p = S.page("1114_azimuthpresswire_haftar_forces_bomb_mitiga_airport.txt", "Azimuth Press Wire", "en",
           "Haftar's forces bomb Tripoli's only working airport as death toll climbs",
           "2019-04-08T16:50",
           "From the page's date line (Published: 08 April 2019 16:50 GMT | Updated: 08 April 2019 19:05 GMT): the "
           "publication, not the update; 'on Monday' is 2019-04-08, 'on Sunday' and 'Sunday afternoon' 2019-04-07, "
           "'since Thursday' and 'on Thursday' 2019-04-04, 'last week' 1-7 April (4 April in Tripoli, 5 April in Benghazi).",
           "TRIPOLI/BENGHAZI",
           "A warplane belonging to Khalifa Haftar's Libyan National Army (LNA) struck Tripoli's Mitiga airport",
           "where they have met stiffer resistance from armed groups from Tripoli and Misrata.",
           ["Share this article: Facebook | Twitter | LinkedIn | Email", "More from Africa",
            "Sudan protesters camp outside army headquarters for third day",
            "Algeria's parliament to meet on Bouteflika successor", "Gold edges higher on weaker dollar"])
p.ev(1, "ASSAULT", "lna", "gna|gna-forces", "mitiga|tripoli", "2019-04-08", "asserted", "~|an airport official|residents",
     "A warplane belonging to Khalifa Haftar's Libyan National Army (LNA) struck Tripoli's Mitiga airport on Monday, forcing "
     "the suspension of all flights at the capital's only functioning airport", mode="aerial",
     note="The flights suspended are the strike's consequence, not a separate event.")
p.ev(2, "ASSAULT", "lna", "gna-forces", "mitiga|tripoli", "2019-04-08", "asserted", "lna",
     "The LNA, which is loyal to a rival administration in the east, said it had targeted a MiG-23 warplane and a helicopter "
     "belonging to forces allied to the internationally recognised Government of National Accord (GNA)", mode="aerial",
     note="The same strike as the LNA tells it: a second report with a new claimant.")
r114_who = p.ev(3, "ASSAULT", "lna|gna-forces", "libya-civilians|gna-forces|lna", "south-tripoli|tripoli", None, "asserted", "who",
                "The World Health Organization said 51 people had been killed, fighters and civilians, and 163 wounded since Thursday",
                date_also=APR4_8, size={"dead": 51, "wounded": 163})
p.ev(4, "ASSAULT", "lna|unidentified-attackers", "libya-civilians", "south-tripoli|tripoli", None, "asserted", "gna-health",
     "The GNA's health ministry put the number of civilian dead at 11, among them two doctors killed while they were "
     "evacuating the wounded", date_also=APR4_8, size={"dead": 11})
p.ev(5, "ASSAULT", "gna-forces", "lna", "south-tripoli", None, "asserted", "lna",
     "The LNA said 14 of its soldiers had been killed since the start of its offensive", date_also=APR4_8, size={"dead": 14})
r114_truce = p.ev(6, "REQUEST", "unsmil|un", "lna|gna-forces", "south-tripoli", "2019-04-07", "asserted", "unsmil",
                  "a two-hour humanitarian truce it had requested for Sunday afternoon, to evacuate the wounded and civilians from "
                  "the southern suburbs", date_also="2019-04-06", mode="ceasefire")
r114_ignored = p.ev(7, "REJECT", "lna|gna-forces", "unsmil|un", "south-tripoli", "2019-04-07", "asserted", "unsmil",
                    "had been \"largely ignored\" by both sides", note="Ignoring a truce appeal is REJECT.")
p.ev(8, "ASSAULT", "lna|gna-forces", "gna-forces|lna", "old-airport|ain-zara|wadi-rabie", "2019-04-08", "asserted", "residents",
     "Heavy fighting raged around the disused international airport, 24 km south of the centre, and in the districts of Ain "
     "Zara and Wadi Rabie on Monday")
r114_gnaairport = p.ev(9, "COERCE", "gna-forces", "lna", "old-airport", None, "asserted", "gna-forces",
                       "Government forces said they were \"in full control\" of the old airport",
                       date_also="2019-04-07|2019-04-08")
p.ev(10, "REJECT|COERCE", "lna", "gna-forces", "old-airport", None, "asserted|denied", "lna|~", "a claim the LNA disputed",
     date_also="2019-04-07|2019-04-08")
r114_volcano = p.ev(11, "ASSAULT", "gna-forces", "lna", "", "2019-04-07", "asserted|planned", "gna-forces",
                    "Forces loyal to the GNA announced on Sunday a counter-offensive, dubbed \"Volcano of Rage\"")
r114_coup = p.ev(12, "ACCUSE", "serraj|gna", "haftar|lna", "", None, "asserted", "serraj|~",
                 "Fayez al-Serraj, head of the Tripoli-based government, accused Haftar of attempting \"a coup\"",
                 date_also=APR4_8)
p.ev(13, "THREATEN", "serraj|gna", "lna|haftar", "tripoli", None, "asserted|planned", "serraj|~",
     "vowed that his forces would defend the capital \"to the last\"", date_also=APR4_8)
p.ev(14, "RETREAT", "us-military|us-gov", "", "libya|tripoli", "2019-04-07", "asserted", "us-gov",
     "The United States said on Sunday it had temporarily moved some of its troops out of Libya \"due to security conditions "
     "on the ground\"", mode="withdraw")
r114_pompeo = p.ev(15, "REJECT|ACCUSE", "pompeo|us-gov", "lna|haftar", "", "2019-04-07", "asserted", "pompeo|~",
                   "Secretary of State Mike Pompeo said Washington opposed the military offensive", date_also="~")
p.ev(16, "REQUEST", "pompeo|us-gov", "lna|haftar", "", "2019-04-07", "asserted", "pompeo|~",
     "urged \"an immediate halt\" to operations against the capital", date_also="~")
p.ev(17, "REJECT", "russia-gov", "unsc|lna", "", None, "asserted", "diplomats",
     "Russia, however, blocked a draft U.N. Security Council statement that would have called on the LNA to stop its advance",
     date_also="2019-04-07|2019-04-08")
p.ev(18, "CONSULT", "guterres|un|serraj", "serraj|gna|guterres", "tripoli", None, "asserted", "~",
     "U.N. Secretary-General Antonio Guterres, who met Serraj in Tripoli", date_also="2019-04-04")
r114_meet = p.ev(19, "CONSULT", "guterres|un|haftar", "haftar|lna|guterres", "benghazi", None, "asserted", "~",
                 "and Haftar in Benghazi last week", date_also="2019-04-05")
p.ev(20, "REQUEST", "guterres|un", "lna|gna-forces", "", None, "asserted", "guterres|~",
     "still hoped a bloody confrontation around the capital could be avoided", date_also="2019-04-05|2019-04-06|2019-04-07|2019-04-08",
     optional=True, note="A hope rather than an appeal: optional.")
r114_gharyan = p.ev(21, "COERCE|ASSAULT", "lna", "gna-forces", "gharyan", "2019-04-04", "asserted", "~",
                    "Haftar's forces took Gharyan, a town about 100 km south of Tripoli, on Thursday without heavy fighting")
p.ev(22, "MOBILIZE", "lna", "gna-forces", "tripoli", None, "asserted", "~", "before pushing north toward the capital",
     date_also=APR4_8, destination="tripoli", optional=True)
p.ev(23, "ASSAULT", "gna-forces", "lna", "tripoli", None, "asserted", "~",
     "where they have met stiffer resistance from armed groups from Tripoli and Misrata", date_also=APR4_8, optional=True)

# ---- 1115 en regional (Valletta) ----------------------------------------------------------------
p = S.page("1115_vallettamedreview_un_shelves_libya_conference.txt", "Valletta Mediterranean Review", "en",
           "UN shelves Libya conference as Tripoli fighting displaces thousands",
           "2019-04-10T18:20",
           "From the page's date line (10/04/2019 18:20 CEST, day-first), local time kept; 'on Tuesday' and 'on Tuesday "
           "morning' are 2019-04-09, 'on Wednesday' 2019-04-10, 'April 4' and 'April 14-16' explicit, 'in 2014' May 2014, "
           "'earlier this year' January 2019.",
           "VALLETTA / TRIPOLI",
           "The United Nations on Tuesday called off a national conference that was meant to chart a path to elections",
           "and extended its reach into the oil-rich south earlier this year.",
           ["Share: Facebook | Twitter | LinkedIn | Email", "Related stories",
            "Malta's migrant rescue row: NGO ship allowed to dock", "Comment: Europe's Libya policy in disarray",
            "Gozo ferry tender delayed again"])
p.ev(1, "SANCTION|CONSULT", "un|unsmil|salame", "", "ghadames", "2019-04-09", "asserted", "~|un",
     "The United Nations on Tuesday called off a national conference that was meant to chart a path to elections in Libya",
     note="Calling off talks is SANCTION ('suspended talks'); CONSULT accepted.")
p.ev(2, "CONSULT|AGREE", "salame|unsmil", "", "ghadames", None, "planned", "salame|~",
     "UN envoy Ghassan Salame told reporters in Tripoli that the gathering, planned for April 14-16 in the desert town of "
     "Ghadames, would be rescheduled \"as soon as possible\"", date_also="~",
     note="A future meeting, rescheduled: planned, no day.")
r115_who = p.ev(3, "ASSAULT", "lna|gna-forces", "libya-civilians|gna-forces|lna", "south-tripoli|tripoli", None, "asserted", "who",
                "The World Health Organization said on Wednesday that 56 people had been killed and 266 wounded in the fighting "
                "since April 4", date_also=APR4_10, size={"dead": 56, "wounded": 266})
p.ev(4, "RETREAT|MOBILIZE", "libya-civilians", "", "south-tripoli", None, "asserted", "ocha",
     "the UN humanitarian office (OCHA) said more than 6,000 people had fled their homes in the capital's southern districts",
     date_also=APR4_10, size={"people": 6000})
p.ev(5, "AID|RETREAT", "unhcr|un", "migrants", "ain-zara", None, "asserted", "unhcr",
     "it had moved more than 150 of them from the Ain Zara centre to a safer facility",
     date_also="2019-04-08|2019-04-09|2019-04-10", size={"people": 150},
     note="Moving detainees out of harm's way is AID (an evacuation).")
p.ev(6, "REQUEST", "conte|italy-gov", "haftar|lna", "", "2019-04-09", "asserted", "conte|~",
     "Prime Minister Giuseppe Conte said on Tuesday there could be \"no military solution\" and urged Haftar to pull his "
     "troops back", mode="withdraw")
p.ev(7, "AID|SUPPORT|ACCUSE", "france-gov|gna", "haftar|lna|france-gov", "", None, "alleged|asserted", "gna|~",
     "France, which has been accused in Tripoli of quietly backing the eastern commander", date_also="~",
     note="The charge names France as Haftar's backer: the backing as the accusers tell it, ACCUSE accepted.")
p.ev(8, "REJECT", "france-gov", "gna", "", None, "asserted", "france-gov|~", "said it had no \"hidden agenda\"",
     date_also="2019-04-08|2019-04-09|2019-04-10")
p.ev(9, "SUPPORT", "france-gov", "gna|serraj", "", None, "asserted", "a foreign ministry spokeswoman|france-gov",
     "France supports the legitimate government of Prime Minister Serraj", date_also="2019-04-08|2019-04-09|2019-04-10")
p.ev(10, "REJECT", "france-gov", "", "", None, "asserted|denied", "a foreign ministry spokeswoman|france-gov",
     "adding that Paris had not been told of the offensive in advance", date_also="2019-04-08|2019-04-09|2019-04-10",
     optional=True)
p.ev(11, "REQUEST", "abela|malta-gov", "lna|gna-forces", "", None, "asserted", "abela|~",
     "Malta's Foreign Minister Carmelo Abela called for an immediate ceasefire", date_also="2019-04-08|2019-04-09|2019-04-10",
     mode="ceasefire")
p.ev(12, "CONSULT|AID", "malta-gov", "Maltese nationals", "libya", None, "asserted", "abela|~",
     "said the government was in touch with the roughly 30 Maltese nationals still in Libya about leaving",
     date_also="2019-04-08|2019-04-09|2019-04-10", optional=True)
r115_capt = p.ev(13, "COERCE", "zawiya-forces|gna-forces", "lna", "bridge-27|zawiya", None, "asserted", "zawiya-forces",
                 "local forces paraded some of the 128 LNA fighters they said they had captured at a checkpoint known as Bridge "
                 "27 in the first hours of the offensive", date_also=APR4_5, size={"captives": 128},
                 note="The capture in the first hours (4-5 April); the parade itself is not dated.")
r115_dismiss = p.ev(14, "REJECT", "lna", "zawiya-forces|gna-forces", "", None, "asserted", "lna|~",
                    "the LNA has dismissed the figure as \"exaggerated\"", date_also=APR4_10)
r115_airport = p.ev(15, "COERCE", "lna", "gna-forces", "old-airport", None, "asserted", "mismari",
                    "LNA spokesman Ahmed al-Mismari said on Tuesday that his forces held the former international airport",
                    date_also="2019-04-05|2019-04-09")
p.ev(16, "ASSAULT", "lna", "gna-forces", "suq-khamis", None, "asserted", "mismari",
     "announced that LNA aircraft had hit a GNA ammunition depot in the Souq al-Khamis area",
     date_also="2019-04-08|2019-04-09", mode="aerial")
p.ev(17, "ASSAULT", "gna-forces", "lna", "ain-zara", None, "asserted", "gna-forces",
     "Tripoli's forces said they had pushed the LNA back in the Ain Zara district", date_also="2019-04-09|2019-04-10")
p.ev(18, "ASSAULT", "lna", "gna|gna-forces", "mitiga|tripoli", "2019-04-09", "asserted", "airport officials",
     "An LNA warplane struck Mitiga airport for a second time on Tuesday morning", mode="aerial")
p.ev(19, "AID", "uae-gov|egypt-gov", "lna|haftar", "", None, "asserted|historical", "~",
     "backed by the United Arab Emirates and Egypt", date_also="~", optional=True)
p.ev(20, "ASSAULT", "haftar|lna", "", "benghazi", None, "historical", "~",
     "since a campaign he launched in Benghazi in 2014", date_also="2014-05-16", optional=True)
p.ev(21, "COERCE", "lna", "", "libya", None, "historical|asserted", "~",
     "extended its reach into the oil-rich south earlier this year", date_also="2019-01-15|~", optional=True)

# ---- 1116 ar GNA-aligned ------------------------------------------------------------------------
p = S.page("1116_bawwabatarusalbahr_volcano_of_rage_launched.txt", "بوابة عروس البحر الإخبارية", "ar",
           "انطلاق عملية «بركان الغضب» لدحر قوات حفتر.. وعشرات الأسرى من «الغزاة» في قبضة ثوار الزاوية",
           "2019-04-07T22:15",
           "From the page's date line (نُشر في: 2019-04-07 22:15 | حُدّث في: 2019-04-08 09:40, year-first): the "
           "publication, not the update; 'اليوم الأحد', 'اليوم' and 'بعد ظهر اليوم' are 2019-04-07, 'مساء أمس السبت' "
           "2019-04-06, 'منذ الخميس' and 'الخميس الماضي' 2019-04-04, 'بين 14 و16 من الشهر الجاري' 14-16 April.",
           "طرابلس",
           "أعلن المتحدث باسم قوات حكومة الوفاق الوطني العقيد محمد قنونو، اليوم الأحد",
           "وسط شكوك متزايدة في إمكانية انعقاده.",
           ["شارك الخبر: فيسبوك | تويتر | واتساب | تلغرام", "اقرأ أيضا", "بلدية طرابلس المركز تعلن جاهزية مراكز الإيواء",
            "انقطاع التيار الكهربائي عن أحياء جنوب العاصمة", "الأهلي طرابلس يتأهل إلى ربع النهائي"])
r116_volcano = p.ev(1, "ASSAULT", "gna-forces", "lna", "", "2019-04-07", "asserted|planned", "gnounou",
                    "أعلن المتحدث باسم قوات حكومة الوفاق الوطني العقيد محمد قنونو، اليوم الأحد، انطلاق عملية \"بركان الغضب\" "
                    "لـ\"تطهير كل المدن الليبية من القوات المعتدية وغير الشرعية\"",
                    gloss="GNA forces spokesman Colonel Mohamed Gnounou announced today (Sunday) the launch of operation 'Volcano of Rage' to 'purge all Libyan cities of aggressor and illegitimate forces'")
p.ev(2, "ASSAULT", "gna-forces", "lna", "gharyan|aziziya", "2019-04-07", "asserted", "gnounou",
     "مؤكدا أن سلاح الجو التابع للحكومة شن غارات على تمركزات قوات حفتر في محيط غريان والعزيزية", date_also="2019-04-06",
     mode="aerial",
     gloss="saying the government's air force struck Haftar's forces' positions around Gharyan and Aziziya")
r116_airport = p.ev(3, "COERCE", "gna-forces", "lna", "old-airport", "2019-04-07", "asserted", "gnounou",
                    "وقال قنونو إن القوات \"تسيطر بالكامل على مطار طرابلس الدولي\"", date_also="~",
                    gloss="Gnounou said the forces 'are in full control of Tripoli International Airport'")
r116_never = p.ev(4, "REJECT|COERCE", "gnounou|gna-forces", "lna", "old-airport", "2019-04-07", "asserted|denied", "gnounou|~",
                  "نافيا أن تكون قوات حفتر قد دخلته في أي وقت",
                  gloss="denying that Haftar's forces had entered it at any time")
p.ev(5, "ASSAULT", "gna-forces", "lna", "", "2019-04-07", "asserted", "gnounou",
     "ومؤكدا أنها كبدت \"ميليشيات حفتر\" خسائر فادحة في الأرواح والعتاد", date_also="2019-04-04|2019-04-05|2019-04-06", optional=True,
     note="Losses inflicted, told by the same side without place or number: optional.",
     gloss="and saying they had inflicted heavy losses in lives and equipment on 'Haftar's militias'")
p.ev(6, "ASSAULT", "lna|gna-forces", "gna-forces|lna", "wadi-rabie|ain-zara", "2019-04-07", "asserted", "~",
     "فيما تواصلت الاشتباكات في منطقتي وادي الربيع وعين زارة جنوب العاصمة",
     gloss="as clashes continued in Wadi Rabie and Ain Zara south of the capital")
r116_mobil = p.ev(7, "MOBILIZE", "serraj|gna", "gna-forces", "tripoli", "2019-04-04", "asserted", "~",
                  "الذي أعلن \"النفير العام\" منذ الخميس",
                  gloss="(Serraj) who declared 'general mobilisation' on Thursday")
p.ev(8, "REQUEST", "serraj|gna", "كل القادرين على حمل السلاح", "tripoli", "2019-04-06", "asserted", "serraj|~",
     "قد دعا في كلمة متلفزة مساء أمس السبت \"كل القادرين على حمل السلاح\" إلى الدفاع عن العاصمة",
     gloss="had called in a televised speech on Saturday evening on 'all who can bear arms' to defend the capital")
r116_coup = p.ev(9, "ACCUSE", "serraj|gna", "haftar|lna", "", "2019-04-06", "asserted", "serraj|~",
                 "متهما حفتر بـ\"الانقلاب على الاتفاق السياسي\" و\"طعن\" العملية السلمية في الظهر",
                 gloss="accusing Haftar of a 'coup against the political agreement' and of 'stabbing' the peace process in the back")
p.ev(10, "THREATEN", "serraj|gna", "lna|haftar", "", "2019-04-06", "asserted|planned", "serraj|~",
     "محذرا من أن \"كل من يعتدي على طرابلس سيدفع الثمن\"",
     gloss="warning that 'whoever attacks Tripoli will pay the price'")
p.ev(11, "COERCE|ASSAULT", "zawiya-forces|gna-forces", "lna", "bridge-27", None, "asserted", "~",
     "بعد استعادة السيطرة على بوابة الجسر 27", date_also=APR4_5,
     gloss="after retaking the Bridge 27 gate")
p.ev(12, "COERCE", "zawiya-forces", "lna", "zawiya", None, "asserted", "~",
     "وفي الزاوية، عرضت كتائب الثوار عشرات الأسرى من قوات حفتر", date_also="2019-04-05|2019-04-06|2019-04-07",
     optional=True, note="The parade of the captives; the capture itself is b1116-13.",
     gloss="in Zawiya, the revolutionary brigades paraded dozens of prisoners from Haftar's forces")
r116_capt = p.ev(13, "COERCE", "zawiya-forces|gna-forces", "lna", "bridge-27|zawiya", None, "asserted", "آمر إحدى الكتائب",
                 "وقال آمر إحدى الكتائب لـ\"عروس البحر\" إن عدد الأسرى بلغ 145 عنصرا، إضافة إلى أكثر من 60 آلية عسكرية غنمها الثوار",
                 date_also=APR4_5, size={"captives": 145, "vehicles": 60},
                 gloss="a brigade commander told Arous al-Bahr the prisoners numbered 145, besides more than 60 military vehicles seized")
p.ev(14, "ASSAULT", "lna", "gna-forces|libya-civilians", "wadi-rabie", "2019-04-07", "asserted", "مصادر محلية",
     "استهدف طيران حفتر اليوم منطقة وادي الربيع بغارتين", size={"strikes": 2}, mode="aerial",
     gloss="Haftar's aircraft today struck Wadi Rabie with two raids, per local sources")
p.ev(15, "ASSAULT", "lna|gna-forces", "libya-civilians|gna-forces|lna", "south-tripoli|tripoli", None, "asserted", "gna-health",
     "وأعلنت وزارة الصحة بحكومة الوفاق أن حصيلة الاشتباكات بلغت 21 قتيلا و27 جريحا بين مدنيين وعسكريين منذ الخميس",
     date_also="2019-04-04|2019-04-05|2019-04-06|2019-04-07", size={"dead": 21, "wounded": 27},
     gloss="the GNA health ministry said the toll of the clashes since Thursday reached 21 dead and 27 wounded, civilians and military")
p.ev(16, "ASSAULT", "lna|unidentified-attackers", "libya-civilians", "qasr-bin-ghashir", None, "asserted", "gna-health",
     "بينهم طبيب ميداني قضى أثناء إسعافه الجرحى في منطقة قصر بن غشير",
     date_also="2019-04-04|2019-04-05|2019-04-06|2019-04-07", size={"dead": 1},
     gloss="among them a field doctor killed while treating the wounded in Qasr bin Ghashir")
r116_ignored = p.ev(17, "REJECT", "lna", "unsmil|un", "south-tripoli", "2019-04-07", "asserted", "شهود عيان",
                    "ولم تلتزم قوات حفتر بالهدنة الإنسانية التي دعت إليها بعثة الأمم المتحدة لمدة ساعتين بعد ظهر اليوم",
                    gloss="Haftar's forces did not respect the two-hour humanitarian truce the UN mission called for this afternoon, per witnesses")
r116_truce = p.ev(18, "REQUEST", "unsmil|un", "lna|gna-forces", "south-tripoli", "2019-04-07", "asserted", "~|شهود عيان",
                  "الهدنة الإنسانية التي دعت إليها بعثة الأمم المتحدة لمدة ساعتين", date_also="2019-04-06", mode="ceasefire",
                  gloss="the two-hour humanitarian truce the UN mission called for")
p.ev(19, "ASSAULT", "lna", "libya-civilians|gna-forces", "south-tripoli", "2019-04-07", "asserted", "شهود عيان",
     "إذ واصلت قصف أحياء جنوب العاصمة خلال الفترة المحددة", mode="heavy-weapons",
     gloss="as they kept shelling the capital's southern districts during the set period")
p.ev(20, "SUPPORT", "gna", "pompeo|us-gov", "", "2019-04-07", "asserted", "gna|~",
     "ورحبت حكومة الوفاق ببيان وزير الخارجية الأمريكي مايك بومبيو",
     gloss="the GNA welcomed US Secretary of State Mike Pompeo's statement")
r116_pompeo = p.ev(21, "REJECT|REQUEST|ACCUSE", "pompeo|us-gov", "lna|haftar", "", "2019-04-07", "asserted", "pompeo|~",
                   "الذي أعلن فيه معارضة بلاده للهجوم العسكري على طرابلس وطالب بوقفه \"فورا\"", date_also="~",
                   gloss="in which he declared his country's opposition to the military offensive on Tripoli and demanded it stop 'immediately'")
p.ev(22, "ACCUSE", "gna", "france-gov|russia-gov", "", "2019-04-07", "asserted", "gna|~",
     "في حين نددت بـ\"الصمت المريب\" لكل من فرنسا وروسيا", date_also="2019-04-06|2019-04-05",
     gloss="while it denounced the 'suspicious silence' of France and Russia")
r116_gharyan = p.ev(23, "COERCE", "lna", "gna-forces", "gharyan", "2019-04-04", "asserted", "~",
                    "وكانت قوات حفتر قد دخلت مدينة غريان الخميس الماضي",
                    gloss="Haftar's forces had entered Gharyan last Thursday")
p.ev(24, "AGREE", "lna|بعض قادة المدينة", "بعض قادة المدينة|lna", "gharyan", None, "alleged|asserted", "ناشطون",
     "بعد \"صفقة\" مع بعض قادة المدينة، بحسب ما يتداوله ناشطون", date_also="2019-04-03|2019-04-04",
     note="A 'deal' in scare quotes, told by activists: alleged.",
     gloss="after a 'deal' with some of the town's leaders, according to what activists are circulating")
p.ev(25, "REJECT|AGREE", "gharyan-council", "", "gharyan", None, "asserted|denied", "gharyan-council|~",
     "وهو ما نفاه المجلس البلدي للمدينة", date_also="2019-04-04|2019-04-05|2019-04-06|2019-04-07",
     gloss="which the town's municipal council denied")
p.ev(26, "CONSULT|AGREE", "unsmil|un", "", "ghadames", "2019-04-14", "planned|possible", "~",
     "البعثة الأممية كانت تستعد لعقد \"الملتقى الوطني الجامع\" في مدينة غدامس بين 14 و16 من الشهر الجاري",
     date_also="2019-04-15|2019-04-16",
     note="A scheduled conference (a future meeting) in doubt: planned, possible accepted.",
     gloss="the UN mission was preparing to hold the 'comprehensive national conference' in Ghadames on 14-16 April")

# ---- links --------------------------------------------------------------------------------------
K = S.link
K("Guterres meets Haftar in Benghazi, 5 Apr", r113_meet, r114_meet)
K("LNA enters Gharyan, 4 Apr", r113_gharyan, r114_gharyan)
K("LNA enters Gharyan, 4 Apr", r114_gharyan, r116_gharyan)
K("LNA enters Gharyan, 4 Apr", r113_gharyan, r116_gharyan)
K("LNA says it holds the old Tripoli airport", r113_airport, r115_airport)
K("GNA forces say they fully control the old Tripoli airport", r114_gnaairport, r116_airport)
K("LNA fighters captured at Bridge 27 by Zawiya forces", r115_capt, r116_capt)
K("LNA fighters captured at Bridge 27 by Zawiya forces", r113_capt, r116_capt)
K("LNA plays down the Bridge 27 captures", r113_deny, r115_dismiss)
K("Serraj declares general mobilisation", r113_mobil, r116_mobil)
K("GNA forces launch 'Volcano of Rage', 7 Apr", r114_volcano, r116_volcano)
K("UN mission asks for a two-hour humanitarian truce, 7 Apr", r114_truce, r116_truce)
K("Two-hour truce ignored, 7 Apr", r114_ignored, r116_ignored)
K("Serraj accuses Haftar of a coup", r114_coup, r116_coup)
K("Pompeo opposes the offensive and asks for a halt, 7 Apr", r114_pompeo, r116_pompeo)
K("Fighting around Tripoli since 4 Apr, WHO toll", r114_who, r115_who)

# ---- contradictions -----------------------------------------------------------------------------
C = S.contra
C("value", "size.captives", "LNA fighters captured at Bridge 27: 128 (Zawiya forces, Valletta Review) vs 145 (a brigade "
  "commander, Arous al-Bahr)", r115_capt, r116_capt)
C("negation", "status", "Bridge 27: 145 LNA fighters captured (brigade commander, Arous al-Bahr) vs only a tactical "
  "withdrawal, no prisoners in such numbers (al-Mismari, Fajr Barqa)", r116_capt, r113_deny)
C("negation", "status", "Old Tripoli airport: taken by LNA units (LNA military media, Fajr Barqa) vs Haftar's forces "
  "never entered it (Gnounou, Arous al-Bahr)", r113_airport, r116_never)
C("negation", "status", "Old Tripoli airport: in the GNA's full control (GNA forces, Azimuth) vs held by the LNA "
  "(al-Mismari, Valletta Review)", r114_gnaairport, r115_airport)
C("negation", "status", "Old Tripoli airport: taken by the LNA (LNA military media, Fajr Barqa) vs in the GNA's full "
  "control (GNA forces, Azimuth)", r113_airport, r114_gnaairport)
C("value", "actor", "Who ignored the two-hour truce: both sides (UN mission, Azimuth) vs Haftar's forces (witnesses, "
  "Arous al-Bahr)", r114_ignored, r116_ignored)
