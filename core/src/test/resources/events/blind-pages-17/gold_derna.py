"""Story 4: the LNA's Derna offensive (Libya, May-Jun 2018). Pages 1713-1716."""
from gold_common import entity, place, story, Page, link, contra

story("derna", "Derna: Haftar's offensive on the Derna Protection Force, May-Jun 2018",
      "2018-05-01", "2018-07-15", "2014-01-01")

# ---------------------------------------------------------------- entities
entity("lna", "LBY MIL", ["Libyan National Army", "Libyan National Army (LNA)", "LNA", "the LNA",
       "his self-styled Libyan National Army (LNA)", "Haftar's forces", "his forces", "its forces",
       "Forces loyal to eastern Libyan commander Khalifa Haftar", "troops", "LNA warplanes", "artillery",
       "the army", "LNA fighters", "two soldiers", "three of its soldiers", "the Karama militias",
       "القوات المسلحة العربية الليبية", "قوات الجيش", "الجيش", "وحدات الجيش", "القوات", "الجنود",
       "قوات حفتر", "عملية الكرامة", "القوات المهاجمة", "الطيران الحربي التابع للجيش", "فرق الهندسة العسكرية"])
entity("haftar", "LBY MIL", ["Khalifa Haftar", "Eastern Libyan commander Khalifa Haftar", "Haftar",
       "خليفة حفتر", "المشير خليفة حفتر", "حفتر", "القائد العام",
       "القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر"], member_of="lna")
entity("mismari", "LBY MIL", ["Ahmed al-Mismari", "An LNA spokesman, Ahmed al-Mismari", "their spokesman",
       "أحمد المسماري", "المسماري", "الناطق الرسمي باسم القيادة العامة أحمد المسماري"], member_of="lna")
entity("lna-media", "LBY MIL", ["المكتب الإعلامي للقيادة العامة", "المركز الإعلامي لغرفة عمليات عمر المختار",
       "إعلام الكرامة"], member_of="lna")
entity("hor", "LBY GOV", ["House of Representatives", "مجلس النواب في طبرق", "مجلس النواب"])
entity("thinni", "LBY GOV", ["Abdullah al-Thinni", "عبدالله الثني", "رئيس الحكومة المؤقتة عبدالله الثني",
       "رئيس الحكومة المؤقتة غير المعترف بها دوليا عبدالله الثني", "الحكومة المؤقتة"])
entity("dpf", "LBY REB", ["Derna Protection Force", "the Derna Protection Force", "Derna Mujahideen Shura Council",
       "the Derna Mujahideen Shura Council", "the group", "the last fighters", "17 militants", "militants",
       "fighters who surrender", "its fighters", "قوة حماية درنة", "\"قوة حماية درنة\"", "ما تسمى \"قوة حماية درنة\"",
       "الجماعات الإرهابية", "المسلحين", "من تبقى من المسلحين", "مقاتليها", "40 إرهابيا", "الإرهابيين",
       "26 آخرين", "مجلس شورى مجاهدي درنة"])
entity("gna", "LBY GOV", ["Government of National Accord", "The Tripoli-based Government of National Accord (GNA)",
       "GNA", "The GNA", "the GNA", "حكومة الوفاق", "حكومة الوفاق الوطني", "حكومته"])
entity("presidential-council", "LBY GOV", ["the Presidential Council of the U.N.-backed Government of National Accord",
       "Presidential Council", "المجلس الرئاسي لحكومة الوفاق في طرابلس", "المجلس الرئاسي"], member_of="gna")
entity("serraj", "LBY GOV", ["Fayez al-Serraj", "فائز السراج", "رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج"],
       member_of="presidential-council")
entity("unsmil", "IGO", ["UNSMIL", "the U.N. mission, UNSMIL", "بعثة الأمم المتحدة للدعم في ليبيا"], member_of="un")
entity("salame", "IGO", ["Ghassan Salame", "The U.N. envoy for Libya, Ghassan Salame", "Salame"], member_of="unsmil")
entity("ribeiro", "IGO", ["Maria Ribeiro", "The U.N. humanitarian coordinator for Libya, Maria Ribeiro"], member_of="un")
entity("unsc", "IGO", ["the U.N. Security Council"])
entity("icrc", "NGO", ["The International Committee of the Red Cross", "an ICRC spokeswoman"])
entity("lrcs", "NGO", ["Libyan Red Crescent", "الهلال الأحمر الليبي - فرع درنة", "الهلال الأحمر الليبي"])
entity("hrw", "NGO", ["Human Rights Watch", "منظمة هيومن رايتس ووتش"])
entity("amnesty", "NGO", ["Amnesty International"])
entity("malta-mfa", "MLT GOV", ["Malta's foreign ministry", "Maltese foreign ministry"])
entity("egypt-gov", "EGY GOV", ["Egypt", "مصر"])
entity("uae-air", "ARE MIL", ["Emirati aircraft", "طائرات حربية \"يعتقد أنها إماراتية\""], member_of="uae")
entity("libya-alhadath", "LBY MED", ["Libya al-Hadath", "قناة \"ليبيا الحدث\""])
entity("derna-civilians", "LBY CVL", ["civilians", "families", "many families", "thousands of families",
       "Derna's roughly 125,000 people", "six members of one family", "at least 12 civilians", "captured men",
       "wounded civilians", "civilians who want to leave", "People there", "أهالي درنة", "أربعة مدنيين بينهم طفلان",
       "أكثر من 70 عائلة", "عشرات العائلات", "المدنيين", "مدنيين اعتقلتهم", "للسكان", "المتضررين"])
entity("derna-council", "LBY GOV", ["المجلس المحلي لمدينة درنة", "Derna local council"])
entity("derna-elders", "LBY CVL", ["the city's elders", "the city's notables"])
entity("unidentified-attackers", "UAF", ["a car bomb", "A car bomb"])

# ---------------------------------------------------------------- places
place("derna", ["Derna", "the coastal city of Derna", "the city", "Derna's al-Haritha hospital", "درنة", "مدينة درنة",
      "المدينة", "مدينة درنة المحاصرة", "مستشفى الهريش", "مبنى مديرية الأمن"], 32.76704, 22.63669, 6, 87205)
place("derna-old-city", ["the old city", "the old quarter", "the old city's market", "المدينة القديمة",
      "أجزاء من المدينة القديمة", "محيط المدينة القديمة"], 32.766, 22.638, 1.5,
      note="Derna's old city; approximate.")
place("maghar", ["al-Maghar district", "the al-Maghar district", "حي المغار"], 32.762, 22.645, 1.5,
      note="Al-Maghar district of Derna; approximate.")
place("fatayeh", ["al-Fatayeh", "the hills of al-Fatayeh", "منطقة الفتائح"], 32.73, 22.70, 4,
      note="Al-Fatayeh, south-east of Derna; approximate.")
place("dahr-hamar", ["Dahr al-Hamar", "the Dahr al-Hamar area", "مرتفعات الظهر الأحمر", "محور الظهر الأحمر"],
      32.745, 22.66, 3, note="Dahr al-Hamar heights, southern edge of Derna; approximate.")
place("shiha", ["Shiha", "the Shiha district", "حي شيحا"], 32.762, 22.62, 2, note="Shiha district of Derna; approximate.")
place("bab-tobruk", ["Bab Tobruk", "حي باب طبرق"], 32.765, 22.655, 1.5, note="Bab Tobruk district of Derna; approximate.")
place("hila", ["منطقة الحيلة", "al-Hila"], 32.74, 22.64, 3, note="Al-Hila area south of Derna; approximate.")
place("sahaba-square", ["al-Sahaba square", "ميدان الصحابة", "شارع البحر"], 32.767, 22.637, 1,
      note="Al-Sahaba square and the sea road, central Derna; approximate.")
place("east-districts", ["the eastern districts", "الأحياء الشرقية"], 32.76, 22.66, 3,
      note="Eastern districts of Derna; approximate.")
place("city-centre", ["the city centre", "the centre of Derna", "وسط المدينة"], 32.766, 22.64, 1.5,
      note="Centre of Derna; approximate.")
place("west-districts", ["الأحياء الغربية من المدينة", "the western districts"], 32.765, 22.61, 3,
      note="Western districts of Derna; approximate.")
place("western-road", ["a corridor on the western road", "the western road"], 32.76, 22.58, 5,
      note="Western road out of Derna; approximate.")
place("ain-mara", ["Ain Mara", "عين مارة"], 32.75, 22.43, 4, note="Ain Mara, west of Derna; approximate.")
place("benghazi", ["Benghazi", "بنغازي"], 32.11486, 20.06859, 15, 88319)
place("tripoli-ly", ["Tripoli", "طرابلس"], 32.88743, 13.18733, 15, 2210247)

# ---------------------------------------------------------------- 1713 ar LNA-aligned
p = Page("derna", 13, "1713_bawwabatburqa_commander_declares_derna_liberated_mismari_last_pockets_within_days.txt",
         "بوابة برقة الإخبارية", "ar",
         "القائد العام يعلن تحرير درنة.. والمسماري: تطهير آخر جيوب الإرهاب في المدينة القديمة خلال أيام",
         "2018-06-29",
         "From the page's date line (الجمعة 15 شوال 1439هـ - 29 يونيو 2018م, Hijri beside Gregorian, checked with "
         "java.time.chrono.HijrahDate (Umm al-Qura): 15 Shawwal 1439 = 2018-06-29); 'مساء أمس الخميس' is 2018-06-28, "
         "'اليوم الجمعة' 2018-06-29, 'خلال الأيام الثلاثة الماضية' 26-28 Jun, 'في أواخر مايو' late May, 'السابع من مايو "
         "الماضي' 2018-05-07, 'منذ عام 2016' background.",
         "درنة",
         "أعلن القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، مساء أمس الخميس",
         "بعد حصار فرضه الجيش على المدينة منذ عام 2016.",
         ["الرئيسية | أخبار ليبيا | القيادة العامة | بنغازي | الجبل الأخضر | اقتصاد | فيديو",
          "شارك الخبر: فيسبوك | تويتر | واتساب", "اقرأ أيضا",
          "بالفيديو: لحظة دخول الجنود إلى ميدان الصحابة", "افتتاح مطار الأبرق بعد أعمال الصيانة",
          "انطلاق امتحانات الشهادة الثانوية في بنغازي"])
E = p.e
E("COERCE,ASSAULT", "lna,haftar", "dpf", "derna", "2018-06-28", "asserted", "haftar",
  "أعلن القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر، مساء أمس الخميس، \"تحرير مدينة درنة بالكامل\" من الجماعات الإرهابية",
  mode="seize", note="A declaration of victory: the capture it announces, the speaker as claimant.",
  gloss="Field Marshal Khalifa Haftar announced yesterday (Thursday) evening 'the complete liberation of Derna' from the terrorist groups")
E("COERCE", "lna", "dpf", "derna", "2018-06-28", "asserted", "libya-alhadath,haftar",
  "إن قوات الجيش \"دخلت درنة مرفوعة الرأس\"", opt=True,
  gloss="the army's forces 'entered Derna with heads held high' (the same capture; optional)")
E("REQUEST", "haftar,lna", "dpf", "derna", "2018-06-28", "asserted", "libya-alhadath,haftar",
  "داعيا من تبقى من المسلحين إلى \"تسليم أنفسهم وأسلحتهم\"", mode="surrender",
  gloss="calling on the remaining gunmen to 'hand over themselves and their weapons'")
E("THREATEN", "haftar,lna", "dpf", "derna", "2018-06-28", "hypothetical,asserted", "libya-alhadath,haftar",
  "ومتوعدا من يرفض بـ\"مصير من سبقهم\"", gloss="and threatening those who refuse with 'the fate of those before them'")
E("COERCE", "lna", "dpf", "maghar,derna-old-city", "2018-06-29", "asserted", "mismari",
  "أن وحدات الجيش تحاصر آخر جيوب المسلحين في حي المغار وأجزاء من المدينة القديمة", also=["2018-06-28"],
  mode="besiege", gloss="army units are besieging the gunmen's last pockets in al-Maghar and parts of the old city (al-Mismari, in Benghazi)")
E("ASSAULT", "lna", "dpf", "maghar,derna-old-city", None, "planned", "mismari",
  "مؤكدا أن \"تطهيرها مسألة أيام\"", gloss="stressing that 'clearing them is a matter of days'")
E("ASSAULT", "lna", "dpf", "derna", None, "asserted", "mismari",
  "وكشف المسماري أن القوات قتلت خلال الأيام الثلاثة الماضية أكثر من 40 إرهابيا",
  also=["2018-06-26", "2018-06-27", "2018-06-28"], size={"dead": 40},
  gloss="al-Mismari said the forces killed more than 40 terrorists in the past three days")
E("COERCE", "lna", "dpf", "derna", None, "asserted", "mismari",
  "وأسرت 26 آخرين", also=["2018-06-26", "2018-06-27", "2018-06-28"], size={"militants": 26}, mode="arrest",
  gloss="and captured 26 others")
E("ASSAULT", "dpf", "lna", "derna", None, "asserted", "mismari",
  "فيما فقد الجيش منذ انطلاق العملية 36 من عناصره", also=["2018-05-07", None], size={"dead": 36},
  gloss="while the army has lost 36 of its men since the operation began")
b1713_noexec = E("REJECT,ASSAULT", "mismari,lna", "منظمات حقوقية,dpf", "derna", "2018-06-29", "asserted,denied", "mismari",
  "ونفى المسماري ما وصفها بـ\"ادعاءات\" منظمات حقوقية عن إعدام أسرى على أيدي الجنود", also=[None],
  note="A denial: REJECT by al-Mismari, or the executions with modality denied.",
  gloss="al-Mismari denied what he called 'claims' by rights groups that soldiers executed prisoners")
b1713_fatayeh = E("COERCE", "lna", "dpf", "fatayeh,dahr-hamar", None, "asserted", "mismari",
  "ومذكرا بأن القوات سيطرت على منطقة الفتائح ومرتفعات الظهر الأحمر في أواخر مايو",
  also=["2018-05-20", "2018-05-21", "2018-05-22", "2018-05-23", "2018-05-24", "2018-05-25", "2018-05-26",
        "2018-05-27", "2018-05-28", "2018-05-29", "2018-05-30", "2018-05-31", None], mode="seize",
  gloss="recalling that the forces took al-Fatayeh and the Dahr al-Hamar heights in late May")
E("SUPPORT", "derna-civilians", "lna", "sahaba-square,derna", None, "asserted", "lna-media",
  "مقاطع مصورة تظهر أهالي درنة يستقبلون الجنود في شارع البحر وميدان الصحابة", also=["2018-06-28", "2018-06-29", None],
  gloss="videos showing Derna's residents welcoming the soldiers on the sea road and al-Sahaba square (the operations room's media centre)")
E("SUPPORT", "lna", "dpf", "derna", None, "asserted", "lna-media",
  "فيما رفعت أعلام البلاد فوق مبنى مديرية الأمن", also=["2018-06-28", "2018-06-29"], opt=True,
  gloss="the national flags were raised over the security directorate (passive; optional)")
E("ASSAULT", "lna", "dpf", "derna-old-city", "2018-06-29", "asserted", "مراسل \"بوابة برقة\"",
  "بأن الطيران الحربي التابع للجيش واصل استهداف تحركات المسلحين في محيط المدينة القديمة", also=["2018-06-28"],
  mode="aerial", gloss="the army's warplanes kept striking the gunmen's movements around the old city (our correspondent)")
E("ASSAULT", "dpf", "lna,derna-civilians", "derna", None, "asserted", "مراسل \"بوابة برقة\"",
  "التي زرعتها الجماعات الإرهابية في الشوارع والمنازل", mode="explosives", opt=True,
  gloss="(mines) that the terrorist groups planted in streets and homes (optional)")
E("AID", "lrcs", "derna-civilians", "shiha,derna", None, "asserted", "lrcs",
  "انتشال 23 جثة من تحت الأنقاض في حي شيحا", also=["2018-06-28", "2018-06-29", None], size={"bodies": 23}, opt=True,
  gloss="recovered 23 bodies from the rubble in Shiha (optional)")
E("AID,RETREAT", "lrcs", "derna-civilians", "derna", None, "asserted", "lrcs",
  "وإجلاء أكثر من 70 عائلة كانت عالقة في مناطق الاشتباك إلى الأحياء الغربية من المدينة",
  also=["2018-06-28", "2018-06-29", None], size={"families": 70}, dest="west-districts", mode="humanitarian",
  gloss="and evacuated more than 70 families trapped in the combat zones to the city's western districts (Libyan Red Crescent)")
E("REQUEST", "presidential-council,gna", "lna,dpf", "tripoli-ly", None, "asserted", "presidential-council",
  "اكتفى المجلس الرئاسي لحكومة الوفاق في طرابلس بالدعوة إلى \"حماية المدنيين واحترام القانون الدولي الإنساني\"",
  also=["2018-06-28", "2018-06-29", None],
  gloss="the GNA's Presidential Council in Tripoli merely called for 'protecting civilians and respecting international humanitarian law'")
E("ACCUSE,REJECT", "hor", "presidential-council,gna", None, None, "asserted", "hor",
  "وهي الدعوة التي وصفها مجلس النواب في طبرق بأنها \"تأخرت كثيرا\" وتتجاهل \"تضحيات الجيش\"",
  also=["2018-06-28", "2018-06-29", None],
  gloss="a call the House of Representatives in Tobruk described as 'very late' and ignoring 'the army's sacrifices'")
E("SUPPORT", "thinni", "lna", None, None, "asserted", "thinni",
  "ورحب رئيس الحكومة المؤقتة عبدالله الثني بتحرير المدينة", also=["2018-06-28", "2018-06-29"],
  gloss="interim PM Abdullah al-Thinni welcomed the city's liberation")
E("AID,AGREE", "thinni", "derna-civilians", "derna", None, "planned,asserted", "thinni",
  "معلنا تشكيل لجنة لإعادة الإعمار وتعويض المتضررين", also=["2018-06-28", "2018-06-29", None],
  gloss="announcing a committee for reconstruction and compensating those harmed")
E("REJECT,COERCE", "dpf,lna", "lna,dpf", "derna", None, "asserted,denied,alleged", "dpf",
  "في حين زعمت ما تسمى \"قوة حماية درنة\"، في بيان على صفحتها، أن مقاتليها \"ما زالوا يسيطرون على أجزاء من المدينة\"",
  also=["2018-06-28", "2018-06-29", None],
  note="The DPF rejects the capture: REJECT, or the capture with modality denied; 'زعمت' and 'ما تسمى' accept alleged.",
  gloss="while the so-called 'Derna Protection Force' claimed on its page that its fighters 'still control parts of the city'")
E("ASSAULT", "dpf", "lna", "maghar", None, "asserted,alleged", "dpf",
  "وأنهم كبدوا القوات المهاجمة \"خسائر فادحة\" في حي المغار", also=["2018-06-28", "2018-06-29", None],
  gloss="and that they inflicted 'heavy losses' on the attacking forces in al-Maghar")
b1713_may7 = E("ASSAULT", "haftar,lna", "dpf", "derna", "2018-05-07", "asserted", "null",
  "وكان حفتر قد أطلق عملية تحرير درنة في السابع من مايو الماضي",
  gloss="Haftar had launched the operation to liberate Derna on 7 May")
E("COERCE", "lna", "dpf,derna-civilians", "derna", None, "historical,asserted", "null",
  "بعد حصار فرضه الجيش على المدينة منذ عام 2016", mode="besiege", opt=True,
  gloss="after a siege the army imposed on the city since 2016 (background, optional)")

# ---------------------------------------------------------------- 1714 en wire
p = Page("derna", 14, "1714_longshorenewsagency_haftar_launches_ground_offensive_on_derna.txt",
         "Longshore News Agency", "en",
         "Haftar launches ground offensive on Derna, eastern Libya's last holdout",
         "2018-05-08T16:50",
         "From the page's date line (Published: 8 May 2018 16:50 GMT); 'on Monday' is 2018-05-07, 'on Tuesday' and "
         "'On Tuesday' 2018-05-08, 'last week' 30 Apr-6 May, 'since 2016' and 'May 2017' background.",
         "BENGHAZI/TUNIS",
         "Eastern Libyan commander Khalifa Haftar said on Monday that his self-styled Libyan National Army",
         "killing two soldiers, local media reported.",
         ["World | Africa | Middle East | Europe | Business | Markets | Video",
          "Share this article: X | Facebook | LinkedIn | Email", "Related coverage",
          "Oil output at Libya's Sharara field recovers", "Tunisia's local elections: turnout falls",
          "Explainer: who controls what in Libya"])
E = p.e
b1714_may7 = E("ASSAULT", "lna,haftar", "dpf", "derna", "2018-05-07", "asserted", "haftar",
  "Eastern Libyan commander Khalifa Haftar said on Monday that his self-styled Libyan National Army (LNA) had begun a ground offensive to take the coastal city of Derna")
E("ASSAULT,MOBILIZE", "lna", "dpf", "derna", "2018-05-08", "asserted", "residents",
  "his forces pushed into outlying districts on Tuesday, residents said")
E("ASSAULT", "haftar,lna", "dpf", "derna", "2018-05-07", "asserted", "haftar",
  "\"The zero hour for the liberation of Derna has struck,\" Haftar told a military parade in Benghazi", opt=True,
  note="The same launch in Haftar's words (optional).")
E("CONSULT", "lna,derna-elders", "derna-elders,lna", "derna", None, "asserted", "haftar",
  "saying efforts to reach a peaceful solution with the city's elders had failed", opt=True)
E("ASSAULT", "lna", "dpf", "fatayeh,dahr-hamar", "2018-05-08", "asserted", "an LNA field commander",
  "LNA warplanes carried out at least six strikes on the hills of al-Fatayeh and Dahr al-Hamar on the southeastern edge of the city",
  also=["2018-05-07"], size={"strikes": 6}, mode="aerial")
E("ASSAULT", "lna", "dpf", "derna", "2018-05-08", "asserted", "an LNA field commander",
  "artillery shelled positions held by the Derna Protection Force", also=["2018-05-07"], mode="heavy-weapons")
E("ACCUSE", "haftar", "dpf", None, None, "asserted", "haftar",
  "an alliance of Islamist fighters and former rebels that Haftar says is linked to al Qaeda")
E("ASSAULT", "dpf", "lna", "derna", "2018-05-08", "asserted", "dpf",
  "said in a statement that it had repelled \"the Karama militias' attack\" and destroyed two armoured vehicles",
  also=["2018-05-07"], size={"vehicles": 2}, mode="destroy")
E("REJECT,COERCE", "dpf,lna", "lna,dpf", "derna", "2018-05-08", "asserted,denied", "dpf",
  "and denied LNA claims of advances", also=["2018-05-07", None])
E("RETREAT,MOBILIZE", "derna-civilians", "lna", "east-districts", None, "asserted", "Residents reached by telephone",
  "many families had fled from the eastern districts toward the city centre", also=["2018-05-07", "2018-05-08"],
  dest="city-centre")
E("ACCUSE,REJECT", "salame,unsmil", "lna,dpf", "derna", None, "asserted", "unsmil,salame",
  "The U.N. envoy for Libya, Ghassan Salame, said he was \"deeply concerned\" for Derna's roughly 125,000 people",
  also=["2018-05-07", "2018-05-08"], note="'Deeply concerned': ACCUSE (REJECT accepted), as 'alarmed'.")
E("REQUEST", "salame,unsmil", "lna,dpf", "derna", None, "asserted", "unsmil,salame",
  "called on all sides to protect civilians and let aid in", also=["2018-05-07", "2018-05-08"], mode="humanitarian")
E("REQUEST", "gna", "lna", "derna", None, "asserted", "gna",
  "called for an immediate halt to military operations", also=["2018-05-07", "2018-05-08"], mode="ceasefire")
E("AGREE,CONSULT", "gna", "derna-elders,lna", "derna", None, "planned,asserted", "gna",
  "offered to mediate with the city's notables", also=["2018-05-07", "2018-05-08", None], mode="mediate")
E("COERCE,ASSAULT", "lna", "dpf,derna-civilians", "derna", None, "historical,asserted", "null",
  "Haftar's forces have besieged Derna since 2016 and have repeatedly bombed it", mode="besiege", opt=True)
E("ASSAULT", "egypt-gov", "dpf", "derna", None, "historical", "null",
  "Egypt, a close Haftar ally, struck targets in Derna in May 2017", mode="aerial", opt=True)
E("REQUEST", "hrw", "lna", "derna", None, "asserted", "hrw",
  "Human Rights Watch urged the LNA to ensure that fighters who surrender are not mistreated",
  also=["2018-05-07", "2018-05-08"])
E("ACCUSE,ASSAULT", "hrw,lna", "lna", "benghazi", None, "asserted", "hrw",
  "citing videos of summary executions by its members in Benghazi")
E("REJECT", "mismari,lna", "hrw", None, "2018-05-08", "asserted", "mismari",
  "said on Tuesday that the army \"respects the laws of war\"", opt=True)
E("AGREE,RETREAT,AID", "mismari,lna", "derna-civilians", "derna", "2018-05-08", "planned,asserted", "mismari",
  "would give safe passage to civilians who want to leave", also=[None], mode="access")
b1714_ainmara = E("ASSAULT", "unidentified-attackers", "lna", "ain-mara", "2018-05-08", "asserted", "local media",
  "On Tuesday, a car bomb exploded near a checkpoint of Haftar's forces in Ain Mara, west of Derna, killing two soldiers, local media reported",
  size={"dead": 2}, mode="explosives")

# ---------------------------------------------------------------- 1715 en regional (Valletta)
p = Page("derna", 15, "1715_maltachannelherald_families_trapped_in_derna_old_city_un_urges_pause.txt",
         "The Malta Channel Herald", "en",
         "Families trapped in Derna's old city as Haftar's forces push into centre; U.N. urges humanitarian pause",
         "2018-06-12T14:30",
         "From the page's date line (12/06/2018 | 14:30 CEST, day-first); 'on Monday' is 2018-06-11, 'on Sunday' "
         "2018-06-10, 'Tuesday's' 2018-06-12, 'in the past week' 5-12 Jun, 'May 8' and 'May 7' explicit.",
         "VALLETTA/DERNA",
         "Forces loyal to eastern Libyan commander Khalifa Haftar have pushed into the centre of Derna",
         "since they launched the campaign on May 7.",
         ["Home | Malta | Mediterranean | Europe | World | Business | Opinion | Sport",
          "Share: Facebook | Twitter | LinkedIn | Email", "More from the Herald",
          "Valletta cruise terminal expansion approved", "Migrant rescue ship stranded off Malta",
          "Opinion: Europe's Libya policy is adrift"])
E = p.e
E("COERCE,ASSAULT", "lna", "dpf", "city-centre,derna", "2018-06-11", "asserted", "mismari",
  "Forces loyal to eastern Libyan commander Khalifa Haftar have pushed into the centre of Derna and now control most of the city, their spokesman said on Monday",
  also=["2018-06-10", None], mode="seize")
E("COERCE", "lna", "dpf", "sahaba-square,derna", None, "asserted", "mismari",
  "troops had taken the port, al-Sahaba square and the area around the Ali Bey mosque", also=["2018-06-10", "2018-06-11"],
  opt=True, note="Details of the same advance (optional).")
E("COERCE", "lna", "dpf", "derna", None, "asserted", "mismari",
  "He said 17 militants had been captured and would be handed to the military prosecutor",
  also=["2018-06-10", "2018-06-11", None], size={"militants": 17}, mode="arrest")
E("RETREAT", "dpf", "lna", "derna", None, "asserted", "dpf",
  "The Derna Protection Force said in a statement that its fighters had withdrawn from some districts \"to spare the blood of civilians\"",
  also=["2018-06-10", "2018-06-11", None], mode="withdraw")
E("REJECT,COERCE", "dpf,lna", "lna,dpf", "derna", None, "asserted,denied", "dpf",
  "but denied that the city had fallen", also=["2018-06-11", "2018-06-12", None])
E("ASSAULT,ACCUSE", "lna,dpf", "derna-civilians,lna", "shiha", "2018-06-10", "asserted", "dpf",
  "accused the LNA of shelling homes in the Shiha district, where it said six members of one family were killed on Sunday",
  size={"dead": 6}, mode="heavy-weapons",
  note="An accusation naming the author: the shelling with the DPF as claimant, ACCUSE accepted.")
E("ACCUSE,REJECT", "ribeiro,un", None, "derna", None, "asserted", "ribeiro",
  "said she was alarmed by reports of civilians killed by \"indiscriminate shelling and air strikes\"",
  also=["2018-06-11", "2018-06-12"])
E("REQUEST", "ribeiro,un", "lna,dpf", "derna", None, "asserted", "ribeiro",
  "called for a humanitarian pause to let families leave and medical teams enter", also=["2018-06-11", "2018-06-12"],
  mode="ceasefire")
E("AID", "icrc", "derna-civilians", "derna", None, "asserted", "icrc",
  "The International Committee of the Red Cross said it had delivered surgical supplies to Derna's al-Haritha hospital",
  also=["2018-06-10", "2018-06-11", "2018-06-12"], mode="humanitarian")
E("ASSAULT", "lna,dpf", "derna-civilians", "derna", None, "asserted", "amnesty",
  "Amnesty International said at least 12 civilians had been killed in the past week", size={"dead": 12},
  also=["2018-06-05", "2018-06-06", "2018-06-07", "2018-06-08", "2018-06-09", "2018-06-10", "2018-06-11", "2018-06-12"])
E("REQUEST", "amnesty", "lna,dpf", "derna", None, "asserted", "amnesty",
  "urged all sides not to use residential areas for military purposes", also=["2018-06-11", "2018-06-12", None])
b1715_exec = E("ASSAULT,ACCUSE", "lna,amnesty", "dpf,lna", "dahr-hamar", None, "asserted,alleged", "amnesty",
  "It also cited reports that LNA fighters had executed captured men in the Dahr al-Hamar area",
  note="An accusation naming the author: the killings with Amnesty as claimant (reported, so alleged accepted).")
E("ACCUSE", "presidential-council,gna", None, "derna,tripoli-ly", None, "asserted", "presidential-council",
  "the Presidential Council of the U.N.-backed Government of National Accord condemned \"the killing of civilians in Derna\"",
  also=["2018-06-11", "2018-06-12"], note="A condemnation that names no one: no recipient.")
E("REQUEST", "presidential-council,gna", "unsc", "tripoli-ly", None, "asserted", "presidential-council",
  "asked the U.N. Security Council to act", also=["2018-06-11", "2018-06-12"])
E("ASSAULT", "lna,dpf", "dpf,lna", "maghar,derna-old-city", "2018-06-12", "asserted", "residents",
  "Tuesday's fighting centred on the al-Maghar district and the old city's market, residents said")
E("REQUEST", "lna", "derna-civilians", "derna-old-city", None, "asserted", "One resident",
  "the LNA had dropped leaflets ordering civilians to leave the old city within 48 hours through a corridor on the western road",
  also=["2018-06-10", "2018-06-11", "2018-06-12"], dest="western-road",
  note="An evacuation order: REQUEST, with the corridor as destination.")
E("AID,AGREE", "malta-mfa", "derna-civilians", "derna", None, "hypothetical,planned", "malta-mfa",
  "Malta's foreign ministry said it had offered to take in wounded civilians for treatment if a medical corridor were opened",
  mode="humanitarian")
b1715_ainmara = E("ASSAULT", "unidentified-attackers", "lna", "ain-mara", "2018-05-08", "asserted", "lna",
  "A car bomb at Ain Mara on May 8 killed three of its soldiers, according to the LNA", size={"dead": 3}, mode="explosives")
b1715_may7 = E("ASSAULT", "lna", "dpf", "derna", "2018-05-07", "asserted", "null",
  "since they launched the campaign on May 7")

# ---------------------------------------------------------------- 1716 ar GNA-leaning (Tripoli)
p = Page("derna", 16, "1716_bawwabattarabulusalhurra_shelling_on_derna_un_warns_dpf_denies_advance.txt",
         "بوابة طرابلس الحرة", "ar",
         "قصف متواصل على أحياء درنة وتحذيرات أممية من كارثة إنسانية.. و\"قوة حماية درنة\" تنفي تقدم قوات حفتر",
         "2018-05-28T21:15",
         "From the page's date line (تاريخ النشر: 2018/05/28 - 21:15 (بتوقيت طرابلس), year-first); 'مساء أمس الأحد' is "
         "2018-05-27, 'فجر اليوم الإثنين' 2018-05-28, 'الأسبوع الماضي' 21-27 May, 'السابع من مايو الجاري' 2018-05-07, "
         "'منذ نحو عامين' since 2016.",
         "طرابلس",
         "تواصل قوات حفتر، أو ما يعرف بـ\"عملية الكرامة\"",
         "تهدف إلى \"تحرير درنة\" من \"الجماعات الإرهابية\".",
         ["الرئيسية | ليبيا | الغرب الليبي | الجنوب | مغاربي | دولي | رأي | فيديو",
          "شارك: فيسبوك | تويتر | واتساب", "اقرأ أيضا",
          "بالصور: مصراتة تستقبل قافلة مساعدات لدرنة", "المصرف المركزي يعلن إجراءات جديدة للنقد الأجنبي",
          "مباراة الاتحاد والأهلي بدون جمهور"])
E = p.e
E("ASSAULT", "lna", "derna-civilians,dpf", "derna", "2018-05-28", "asserted", "null",
  "تواصل قوات حفتر، أو ما يعرف بـ\"عملية الكرامة\"، قصفها الجوي والمدفعي على الأحياء السكنية في مدينة درنة المحاصرة",
  also=["2018-05-27"], mode="heavy-weapons,aerial",
  gloss="Haftar's forces, the so-called 'Operation Dignity', keep up their air and artillery bombardment of residential districts in besieged Derna")
E("ASSAULT", "lna", "derna-civilians", "bab-tobruk,derna", "2018-05-27", "asserted", "مصدر طبي في مستشفى الهريش",
  "حيث قتل أربعة مدنيين بينهم طفلان وأصيب آخرون، مساء أمس الأحد، جراء سقوط قذائف على منازل في حي باب طبرق",
  size={"dead": 4, "children": 2}, mode="heavy-weapons",
  gloss="four civilians, two children among them, were killed and others wounded yesterday (Sunday) evening when shells hit homes in Bab Tobruk (a medical source at al-Harish hospital)")
E("ASSAULT", "unidentified-attackers,uae-air", "dpf", "hila", "2018-05-28", "asserted,possible", "مراسل \"بوابة طرابلس الحرة\"",
  "إن طائرات حربية \"يعتقد أنها إماراتية\" شنت فجر اليوم الإثنين غارتين على منطقة الحيلة جنوبي المدينة",
  size={"strikes": 2}, mode="aerial",
  note="Aircraft 'believed to be Emirati': the unidentified attacker beside the side suspected; possible accepted.",
  gloss="warplanes 'believed to be Emirati' carried out two strikes at dawn today (Monday) on al-Hila south of the city (our correspondent)")
E("REJECT,ASSAULT", "lna-media,lna,uae-air", "dpf", "hila", "2018-05-28", "asserted,denied", "lna-media",
  "في حين نفى المكتب الإعلامي للقيادة العامة مشاركة أي طيران أجنبي في العمليات", also=[None],
  gloss="while the General Command's media office denied any foreign aircraft took part in the operations")
E("ASSAULT", "dpf", "lna", "dahr-hamar", None, "asserted", "dpf",
  "أكدت \"قوة حماية درنة\"، في بيان، أن مقاتليها صدوا هجوما لقوات حفتر على محور الظهر الأحمر، وقتلوا سبعة من عناصرها",
  also=["2018-05-27", "2018-05-28"], size={"dead": 7},
  gloss="the 'Derna Protection Force' said its fighters repelled an attack by Haftar's forces on the Dahr al-Hamar axis and killed seven of them")
b1716_deny = E("REJECT,COERCE", "dpf,lna", "lna,dpf", "fatayeh", None, "asserted,denied", "dpf",
  "نافية ما وصفته بـ\"أكاذيب\" إعلام الكرامة حول السيطرة على منطقة الفتائح", also=["2018-05-27", "2018-05-28", None],
  gloss="denying what it called the 'lies' of Karama media about taking al-Fatayeh")
b1716_fatayeh = E("COERCE", "lna", "dpf", "fatayeh,dahr-hamar", None, "asserted,alleged", "lna",
  "وكانت قوات حفتر قد أعلنت، الأسبوع الماضي، سيطرتها على منطقة الفتائح ومرتفعات الظهر الأحمر",
  also=["2018-05-21", "2018-05-22", "2018-05-23", "2018-05-24", "2018-05-25", "2018-05-26", "2018-05-27"],
  mode="seize", gloss="Haftar's forces had announced last week that they took al-Fatayeh and the Dahr al-Hamar heights")
E("ASSAULT", "lna", "dpf", "fatayeh,dahr-hamar", None, "asserted,alleged", "lna",
  "زاعمة مقتل العشرات من \"الإرهابيين\"",
  also=["2018-05-21", "2018-05-22", "2018-05-23", "2018-05-24", "2018-05-25", "2018-05-26", "2018-05-27"],
  note="'زاعمة' distances the toll: alleged accepted.", gloss="claiming to have killed dozens of 'terrorists'")
E("ACCUSE,REJECT", "unsmil", "lna,dpf", "derna", None, "asserted", "unsmil",
  "وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن \"قلقها البالغ\" إزاء تدهور الوضع الإنساني في درنة",
  also=["2018-05-27", "2018-05-28"], gloss="UNSMIL voiced its 'deep concern' over the worsening humanitarian situation in Derna")
E("REQUEST", "unsmil", "lna,dpf", "derna", None, "asserted", "unsmil",
  "مطالبة جميع الأطراف بـ\"السماح بالوصول الآمن ودون عوائق للمساعدات\" وبفتح ممرات لخروج المدنيين",
  also=["2018-05-27", "2018-05-28"], mode="humanitarian",
  gloss="demanding that all parties 'allow safe and unhindered access for aid' and open corridors for civilians to leave")
E("REQUEST", "serraj,presidential-council", "lna", "derna", None, "asserted", "serraj",
  "ودعا رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج إلى \"وقف فوري للعمليات العسكرية\" في درنة",
  also=["2018-05-27", "2018-05-28"], mode="ceasefire",
  gloss="Presidential Council head Fayez al-Serraj called for 'an immediate halt to military operations' in Derna")
E("ACCUSE", "serraj", "lna", None, None, "asserted", "serraj",
  "محذرا من أن \"الحل العسكري لن يجلب إلا مزيدا من الدماء\"", also=["2018-05-27", "2018-05-28"], opt=True,
  gloss="warning that 'the military solution will only bring more blood' (optional)")
E("AID,AGREE", "serraj,gna", "derna-civilians", "derna", None, "planned", "serraj",
  "ومعلنا استعداد حكومته لإرسال شحنات أدوية عبر الهلال الأحمر", mode="humanitarian",
  gloss="and announcing his government's readiness to send medicine shipments through the Red Crescent")
E("ACCUSE,REJECT", "thinni", "gna", None, None, "asserted", "thinni",
  "وهاجم رئيس الحكومة المؤقتة غير المعترف بها دوليا عبدالله الثني حكومة الوفاق، معتبرا أن دعوتها \"تمثل غطاء للإرهابيين\"",
  also=["2018-05-27", "2018-05-28"],
  gloss="the internationally unrecognised interim PM Abdullah al-Thinni attacked the GNA, saying its call 'is cover for terrorists'")
E("REQUEST", "derna-council", "un", "derna", None, "asserted", "derna-council",
  "وطالب المجلس المحلي لمدينة درنة، في نداء استغاثة، المنظمات الدولية بالتدخل العاجل لفك الحصار المفروض على المدينة منذ نحو عامين",
  also=["2018-05-27", "2018-05-28"],
  gloss="Derna's local council, in a distress call, asked international organisations to intervene urgently to lift the siege imposed for about two years")
E("COERCE", "lna", "derna-civilians", "derna", None, "asserted", "derna-council",
  "مؤكدا أن قوات حفتر \"تمنع دخول الوقود والغذاء\" عبر البوابات", also=["2018-05-27", "2018-05-28", None],
  mode="besiege", gloss="stressing that Haftar's forces 'block fuel and food' at the gates")
E("RETREAT,MOBILIZE", "derna-civilians", "lna", "east-districts", None, "asserted", "derna-council",
  "وأن عشرات العائلات نزحت من الأحياء الشرقية إلى وسط المدينة", also=["2018-05-27", "2018-05-28", None],
  dest="city-centre", gloss="and that dozens of families fled from the eastern districts to the city centre")
E("ACCUSE", "hrw", "lna", "derna", None, "asserted", "hrw",
  "وكانت منظمة هيومن رايتس ووتش قد حذرت من \"عقاب جماعي\" للسكان",
  gloss="Human Rights Watch had warned of 'collective punishment' of the residents")
E("REQUEST", "hrw", "lna", "derna", None, "asserted", "hrw",
  "داعية قوات حفتر إلى الإفراج عن مدنيين اعتقلتهم على بوابات المدينة خلال محاولتهم الخروج", mode="release",
  gloss="calling on Haftar's forces to free civilians they detained at the city gates as they tried to leave")
E("COERCE", "lna", "derna-civilians", "derna", None, "asserted", "hrw",
  "مدنيين اعتقلتهم على بوابات المدينة خلال محاولتهم الخروج", mode="arrest",
  gloss="civilians they detained at the city gates while trying to leave (per HRW)")
b1716_may7 = E("ASSAULT", "haftar,lna", "dpf", "derna", "2018-05-07", "asserted", "null",
  "يذكر أن حفتر أطلق في السابع من مايو الجاري عملية عسكرية قال إنها تهدف إلى \"تحرير درنة\" من \"الجماعات الإرهابية\"",
  gloss="Haftar launched on 7 May a military operation he said aims to 'liberate Derna' from 'the terrorist groups'")

# ---------------------------------------------------------------- links and contradictions
link("Haftar launches the Derna offensive, 7 May", b1714_may7, b1715_may7)
link("Haftar launches the Derna offensive, 7 May", b1713_may7, b1716_may7)
link("Haftar launches the Derna offensive, 7 May", b1714_may7, b1716_may7)
link("Haftar launches the Derna offensive, 7 May", b1713_may7, b1714_may7)
link("Haftar launches the Derna offensive, 7 May", b1713_may7, b1715_may7)
link("Car bomb at an LNA checkpoint in Ain Mara, 8 May", b1714_ainmara, b1715_ainmara)
link("LNA takes al-Fatayeh and the Dahr al-Hamar heights, late May", b1713_fatayeh, b1716_fatayeh)
contra("value", "size.dead", "Soldiers killed by the Ain Mara car bomb on 8 May: two (local media, Longshore) vs three (the LNA, Malta Channel Herald)",
       b1714_ainmara, b1715_ainmara)
contra("negation", "status", "Control of al-Fatayeh: taken by the LNA in late May (al-Mismari, Bawwabat Burqa) vs 'lies' of Karama media (the DPF, Bawwabat Tarabulus al-Hurra)",
       b1713_fatayeh, b1716_deny)
contra("negation", "status", "Executions of captured men by LNA fighters: reported by Amnesty (Malta Channel Herald) vs denied by al-Mismari (Bawwabat Burqa)",
       b1715_exec, b1713_noexec)
