"""Story 2: Mukalla retaken from AQAP (Yemen, Apr-May 2016). Pages 1705-1708."""
from gold_common import entity, place, story, Page, link, contra

story("mukalla", "Mukalla retaken from AQAP and the May bombings, Apr-May 2016",
      "2016-04-01", "2016-05-31", "2015-01-01")

# ---------------------------------------------------------------- entities
entity("yemen-gov", "YEM GOV", ["Yemeni government", "the Yemeni government", "the government",
       "state bodies", "الحكومة اليمنية", "حكومة الرياض"])
entity("hadi", "YEM GOV", ["Abd-Rabbu Mansour Hadi", "President Abd-Rabbu Mansour Hadi", "Hadi",
       "رئيس الجمهورية عبدربه منصور هادي", "عبدربه منصور هادي"], member_of="yemen-gov")
entity("qubaty", "YEM GOV", ["Mohammed Qubaty", "محمد قباطي", "وزير إعلامها محمد قباطي"], member_of="yemen-gov")
entity("ahmed-bin-breik", "YEM GOV", ["Ahmed bin Breik", "Hadramawt governor Ahmed bin Breik",
       "the provincial governor Ahmed bin Breik", "محافظ حضرموت اللواء أحمد سعيد بن بريك",
       "أحمد سعيد بن بريك"], member_of="yemen-gov")
entity("saba", "YEM GOV", ["Saba", "the state news agency Saba", "state news agency Saba"], member_of="yemen-gov")
entity("yemen-army", "YEM MIL", ["Yemeni forces", "Yemeni and Emirati-backed forces", "the army", "army",
       "troops", "Forces", "government and coalition forces", "Columns of army trucks and armoured vehicles",
       "soldiers", "15 soldiers", "قوات الجيش الوطني", "الجيش الوطني", "الجيش اليمني", "القوات",
       "جنود الجيش الوطني", "ثلاثة من جنود الجيش الوطني", "15 جنديا"], member_of="yemen-gov")
entity("hadrami-elite", "YEM MIL", ["Hadrami Elite", "Hadrami Elite units", "newly trained Hadrami Elite units",
       "the Hadrami Elite forces", "النخبة الحضرمية", "قوات النخبة الحضرمية", "قوات النخبة"],
       member_of="yemen-army")
entity("yemen-police", "YEM COP", ["police", "the police", "guards", "حراس المعسكر"], member_of="yemen-gov")
entity("recruits", "YEM COP", ["police recruits", "young men queuing to join the police", "apostate recruits",
       "the wounded", "الشبان الذين تجمعوا للتجنيد", "47 شخصا", "تجمع للمرتدين", "تجمعا لهم",
       "ما يسمى \"قوات الأمن\"", "الجرحى"], member_of="yemen-police")
entity("saudi-coalition", "SAU MIL", ["Saudi-led coalition", "the Saudi-led coalition", "the coalition",
       "coalition", "Coalition warplanes", "coalition aircraft", "brothers in the coalition",
       "قوات التحالف العربي بقيادة المملكة العربية السعودية", "قوات التحالف العربي", "قيادة التحالف",
       "التحالف", "طيران العدوان", "دول العدوان بقيادة السعودية والإمارات", "العدوان",
       "مصدر في قيادة التحالف"], member_of="saudi-gov")
entity("saudi-gov", "SAU GOV", ["Saudi Arabia", "Riyadh", "المملكة العربية السعودية", "السعودية",
       "الملك سلمان بن عبدالعزيز"])
entity("asiri", "SAU MIL", ["Ahmed Asiri", "Brigadier General Ahmed Asiri", "A coalition spokesman",
       "المتحدث باسم التحالف العميد الركن أحمد عسيري", "أحمد عسيري"], member_of="saudi-coalition")
entity("spa", "SAU GOV", ["Saudi Press Agency", "the Saudi Press Agency", "وكالة الأنباء السعودية (واس)",
       "وكالة الأنباء السعودية", "واس"], member_of="saudi-gov")
entity("al-arabiya", "SAU MED", ["Al Arabiya", "قناة \"العربية\"", "العربية"])
entity("uae", "ARE GOV", ["United Arab Emirates", "the UAE", "UAE", "الإمارات", "الشيخ محمد بن زايد"])
entity("uae-forces", "ARE MIL", ["Emirati special forces", "Emirati-backed forces", "قوات إماراتية",
       "ضباط إماراتيين", "قوات إماراتية وسعودية خاصة"], member_of="uae")
entity("aqap", "YEM REB", ["Al Qaeda in the Arabian Peninsula", "Al Qaeda in the Arabian Peninsula (AQAP)",
       "AQAP", "al Qaeda", "Al Qaeda", "the group", "militants", "more than 800 militants",
       "تنظيم القاعدة", "القاعدة", "التنظيم", "عناصر التنظيم", "عناصر القاعدة", "أنصار الشريعة",
       "ما يسمى \"أنصار الشريعة\"", "مقاتلي القاعدة", "عناصر تنظيم القاعدة"])
entity("batarfi", "YEM REB", ["Khalid Batarfi", "خالد باطرفي", "القيادي في التنظيم خالد باطرفي"], member_of="aqap")
entity("isis-yemen", "YEM REB", ["Islamic State", "Islamic State in Yemen", "تنظيم \"داعش\" الإرهابي",
       "\"داعش\"", "داعش"])
entity("amaq", "SYR REB", ["وكالة \"أعماق\" التابعة له"])
entity("houthis", "YEM REB", ["Houthis", "the Houthis", "الحوثيين", "أنصار الله", "ميليشيا الحوثي",
       "الانقلابيين", "الجيش واللجان الشعبية"])
entity("houthi-politburo", "YEM REB", ["المكتب السياسي لأنصار الله", "مصدر في المكتب السياسي لأنصار الله"],
       member_of="houthis")
entity("m-ali-houthi", "YEM REB", ["Mohammed Ali al-Houthi", "محمد علي الحوثي",
       "رئيس اللجنة الثورية العليا محمد علي الحوثي"], member_of="houthis")
entity("houthi-delegation", "YEM REB", ["الوفد الوطني", "the Houthi delegation"], member_of="houthis")
entity("saleh-forces", "YEM REB", ["forces loyal to former president Ali Abdullah Saleh", "Ali Abdullah Saleh",
       "Saleh", "صالح", "وصالح"])
entity("un", "IGO", ["الأمم المتحدة"])
entity("un-envoy-yemen", "IGO", ["Ismail Ould Cheikh Ahmed", "The United Nations envoy for Yemen",
       "Ould Cheikh Ahmed"], member_of="un")
entity("us-gov", "USA GOV", ["U.S. officials"])
entity("mukalla-civilians", "YEM CVL", ["residents", "Residents", "one resident", "people of Mukalla",
       "the people of Mukalla", "one shopkeeper", "الأهالي", "أهالي المكلا", "المئات من أهالي المكلا",
       "سكان في المكلا", "العشرات من أبناء المدينة", "أبناء حضرموت", "the people of Hadramawt"])
entity("mukalla-elders", "YEM CVL", ["local elders", "elders"])
entity("unidentified-attackers", "UAF", ["A suicide bomber", "A second attacker", "a suicide car bomb",
       "تفجير انتحاري", "مسلحا آخر", "منفذه"])

# ---------------------------------------------------------------- places
place("mukalla", ["Mukalla", "the Yemeni port city of Mukalla", "the city", "المكلا", "مدينة المكلا",
      "مدخل المدينة الغربي", "المدينة"], 14.54248, 49.12424, 10, 78754)
place("riyan", ["Riyan airport", "مطار الريان"], 14.663, 49.375, 4,
      note="Riyan airport east of Mukalla; approximate (not in cities500).")
place("mukalla-port", ["the port", "الميناء", "ميناء المكلا"], 14.52, 49.135, 2,
      note="Mukalla port; approximate.")
place("khalf", ["Khalf", "the Fuwwah and Khalf districts", "منطقة خلف"], 14.535, 49.15, 2,
      note="Khalf district of Mukalla; approximate.")
place("fuwwah", ["Fuwwah", "the Fuwwah district", "منطقة فوه"], 14.505, 49.07, 3,
      note="Fuwwah district, western Mukalla; approximate.")
place("shihr", ["al-Shihr", "Shihr", "مدينة الشحر", "الشحر"], 14.76026, 49.60537, 6, 30490)
place("ghayl-bawazir", ["Ghayl Bawazir", "غيل باوزير", "منطقة غيل باوزير"], 14.77611, 49.36611, 5, 75618)
place("wadi-hadramawt", ["Wadi Hadramawt", "وادي حضرموت"], 15.9, 48.8, 80,
      note="Wadi Hadramawt valley (region); centroid approximate.")
place("hadramawt", ["Hadramawt", "محافظة حضرموت", "حضرموت", "some 600 km of coastline"], 15.6, 49.0, 260,
      note="Hadramawt governorate (region); centroid approximate.")
place("shabwa", ["Shabwa", "Shabwa provinces", "محافظة شبوة"], 14.7, 46.8, 130,
      note="Shabwa governorate (region); centroid approximate.")
place("abyan", ["Abyan"], 13.6, 45.8, 100, note="Abyan governorate (region); centroid approximate.")
place("riyadh", ["Riyadh"], 24.68773, 46.72185, 20, 108410)
place("aden", ["Aden"], 12.77944, 45.03667, 12, 415189)
place("saudi-arabia", ["Saudi Arabia", "hospitals in Saudi Arabia"], 24.0, 45.0, 900,
      note="Saudi Arabia (country); centroid approximate.")
place("kuwait", ["Kuwait", "الكويت"], 29.36972, 47.97833, 20, 285787)
place("nihm", ["نهم", "مديرية نهم"], 15.55, 44.55, 25, note="Nihm district east of Sanaa; approximate.")
place("sirwah", ["صرواح", "منطقة صرواح"], 15.44933, 45.01891, 15, 34703,
      note="GeoNames cities500 (34703, Suq Sirwah).")
place("taiz", ["تعز", "Taiz"], 13.57952, 44.02091, 12, 70225)
place("anad", ["قاعدة العند", "al-Anad base"], 13.18, 44.77, 5, note="Al-Anad air base, Lahij; approximate.")

# ---------------------------------------------------------------- 1705 ar government/coalition-aligned
p = Page("mukalla", 5, "1705_sahifatyamanalittihadiya_mukalla_liberated_army_and_hadrami_elite_enter_city.txt",
         "صحيفة يمن الاتحادية", "ar",
         "تحرير المكلا.. الجيش الوطني والنخبة الحضرمية يدخلان المدينة بإسناد التحالف وفرار عناصر القاعدة",
         "2016-04-25",
         "From the page's date line (الإثنين 18 رجب 1437هـ الموافق 25 أبريل 2016م, Hijri beside Gregorian, "
         "checked with java.time.chrono.HijrahDate (Umm al-Qura): 18 Rajab 1437 = 2016-04-25); 'مساء أمس الأحد' "
         "is 2016-04-24, 'صباح اليوم الإثنين' 2016-04-25, 'الثاني من أبريل 2015' background.",
         "المكلا",
         "دخلت قوات الجيش الوطني والنخبة الحضرمية، مساء أمس الأحد، مدينة المكلا",
         "بينهم القيادي في التنظيم خالد باطرفي.",
         ["الرئيسية | أخبار محلية | الجيش والأمن | عربي ودولي | اقتصاد | حوارات | كتابات",
          "شارك الخبر: فيسبوك | تويتر | واتساب", "اقرأ أيضا",
          "بالصور: فرحة الأهالي في شوارع المكلا", "محافظ عدن يتفقد سير العمل في ميناء المعلا",
          "انطلاق امتحانات الشهادة الأساسية في مأرب"])
E = p.e
b1705_entry = E("COERCE,MOBILIZE,ASSAULT", "yemen-army,hadrami-elite", "aqap", "mukalla", "2016-04-24", "asserted", "null",
  "دخلت قوات الجيش الوطني والنخبة الحضرمية، مساء أمس الأحد، مدينة المكلا، عاصمة محافظة حضرموت",
  mode="seize", gloss="the national army and Hadrami Elite forces entered Mukalla, capital of Hadramawt, yesterday (Sunday) evening")
E("COOPERATE,ASSAULT", "saudi-coalition", "yemen-army,aqap", "mukalla", "2016-04-24", "asserted", "null",
  "وبإسناد جوي وبري من قوات التحالف العربي بقيادة المملكة العربية السعودية",
  gloss="with air and ground support from the Saudi-led Arab coalition")
E("MOBILIZE", "yemen-army", "aqap", "riyan,mukalla-port,khalf,mukalla", "2016-04-25", "asserted", "مراسلنا في المكلا",
  "أفاد مراسلنا في المكلا بأن القوات انتشرت في مطار الريان والميناء ومقر قيادة المنطقة العسكرية الثانية في منطقة خلف",
  also=["2016-04-24"], gloss="the forces deployed at Riyan airport, the port and the Second Military Region HQ in Khalf (our correspondent)")
b1705_fled = E("RETREAT", "aqap", "yemen-army", "mukalla", "2016-04-24", "asserted", "مراسلنا في المكلا",
  "فيما فر عناصر التنظيم باتجاه وادي حضرموت ومحافظة شبوة", also=["2016-04-25", None],
  dest="wadi-hadramawt,shabwa", mode="withdraw",
  gloss="while the group's members fled towards Wadi Hadramawt and Shabwa")
E("ASSAULT", "aqap", "yemen-gov", "mukalla", None, "asserted", "مراسلنا في المكلا",
  "بعد أن فخخوا عددا من المباني الحكومية", mode="explosives", opt=True,
  gloss="after booby-trapping a number of government buildings (optional)")
b1705_800 = E("ASSAULT", "saudi-coalition,yemen-army,uae-forces", "aqap", "mukalla", None, "asserted", "spa,saudi-coalition",
  "وأعلنت قيادة التحالف، في بيان نقلته وكالة الأنباء السعودية (واس)، مقتل أكثر من 800 من عناصر تنظيم القاعدة وفرار آخرين",
  also=["2016-04-24", "2016-04-25", None], size={"dead": 800},
  gloss="the coalition command announced, in a statement carried by SPA, that more than 800 AQAP members were killed and others fled")
b1705_joint = E("COOPERATE", "uae-forces,saudi-coalition,yemen-army", "yemen-army,uae-forces,saudi-coalition", "mukalla",
  "2016-04-24", "asserted", "spa,saudi-coalition",
  "في عملية مشتركة شاركت فيها قوات إماراتية وسعودية خاصة إلى جانب الجيش اليمني", also=[None],
  gloss="in a joint operation in which Emirati and Saudi special forces took part beside the Yemeni army")
E("THREATEN", "asiri,saudi-coalition", "aqap", "hadramawt", None, "planned,asserted", "al-arabiya,asiri",
  "متوعدا عناصر التنظيم الفارين بالملاحقة \"أينما ذهبوا\"", also=["2016-04-24", "2016-04-25", None],
  gloss="vowing to pursue the fleeing members 'wherever they go' (to al-Arabiya)")
E("ASSAULT", "saudi-coalition,asiri", "aqap", "hadramawt", None, "planned", "al-arabiya,asiri",
  "إن العمليات \"ستستمر حتى تطهير كامل حضرموت\"",
  gloss="operations 'will continue until all Hadramawt is cleansed'")
b1705_shihr = E("COERCE", "yemen-army", "aqap", "shihr,ghayl-bawazir", "2016-04-25", "asserted", "مصدر في السلطة المحلية",
  "كما استعادت القوات صباح اليوم الإثنين مدينة الشحر ومنطقة غيل باوزير شرقي المكلا دون مقاومة تذكر",
  mode="seize", gloss="the forces also retook al-Shihr and Ghayl Bawazir east of Mukalla this Monday morning with hardly any resistance")
E("SUPPORT", "hadi", "mukalla-civilians,ahmed-bin-breik", None, None, "asserted", "null",
  "وهنأ رئيس الجمهورية عبدربه منصور هادي، في اتصال هاتفي بمحافظ حضرموت اللواء أحمد سعيد بن بريك، أبناء حضرموت بـ\"تحرير عاصمتهم من براثن الإرهاب\"",
  also=["2016-04-24", "2016-04-25"], gloss="President Hadi, in a phone call with Hadramawt governor Ahmed bin Breik, congratulated the people of Hadramawt on 'freeing their capital from terrorism's claws'")
E("CONSULT", "hadi,ahmed-bin-breik", "ahmed-bin-breik,hadi", None, None, "asserted", "null",
  "في اتصال هاتفي بمحافظ حضرموت اللواء أحمد سعيد بن بريك", also=["2016-04-24", "2016-04-25"], opt=True,
  gloss="in a phone call with the governor (optional)")
E("REQUEST", "hadi", "ahmed-bin-breik,yemen-gov", "mukalla", None, "asserted", "null",
  "موجها بسرعة إعادة الخدمات وتطبيع الحياة في المدينة", also=["2016-04-24", "2016-04-25"],
  gloss="directing a swift restoration of services and normal life in the city")
b1705_aqapstmt = E("RETREAT", "aqap", "saudi-coalition,yemen-army", "mukalla", None, "asserted,alleged", "aqap",
  "زعم تنظيم القاعدة، في بيان نسب إلى ما يسمى \"أنصار الشريعة\" وتداولته حسابات مقربة منه، أن انسحاب مقاتليه جاء \"حقنا لدماء المسلمين في المكلا\"",
  also=["2016-04-24", "2016-04-23"], mode="withdraw",
  note="'زعم' and 'ما يسمى' distance the claim: alleged accepted.",
  gloss="AQAP claimed in a statement attributed to the so-called 'Ansar al-Sharia' that its fighters' withdrawal was 'to spare Muslim blood in Mukalla'")
E("THREATEN", "aqap", "saudi-coalition,yemen-gov", None, None, "planned,asserted", "aqap",
  "متوعدا بمواصلة القتال \"بأسلوب آخر\"", gloss="vowing to keep fighting 'in another way'")
b1705_nodeal = E("REJECT,AGREE", "saudi-coalition,aqap", "houthis,aqap", "mukalla", None, "asserted,denied",
  "مصدر في قيادة التحالف",
  "ونفى مصدر في قيادة التحالف ما تروجه وسائل إعلام الانقلابيين عن \"صفقة\" سمحت للتنظيم بالخروج من المدينة",
  also=["2016-04-24", "2016-04-25", None],
  note="A denial: REJECT by the coalition source, or the deal with modality denied.",
  gloss="a source in the coalition command denied what the putschists' media spread about a 'deal' that let the group leave the city")
E("RETREAT,ASSAULT", "aqap,saudi-coalition", "yemen-army,aqap", "mukalla", None, "asserted", "مصدر في قيادة التحالف",
  "مؤكدا أن مقاتلي القاعدة \"فروا تحت النار\"", also=["2016-04-24"], opt=True,
  gloss="stressing that AQAP fighters 'fled under fire' (optional)")
E("ASSAULT", "aqap,unidentified-attackers", "yemen-army", "fuwwah,mukalla", None, "asserted", "مصدر عسكري",
  "أن ثلاثة من جنود الجيش الوطني قتلوا وأصيب تسعة آخرون في انفجار عبوة ناسفة على مدخل المدينة الغربي قرب منطقة فوه",
  also=["2016-04-24", "2016-04-25"], size={"dead": 3, "wounded": 9}, mode="explosives",
  gloss="three national army soldiers were killed and nine wounded by a roadside bomb at the city's western entrance near Fuwwah (a military source)")
E("ACCUSE,ASSAULT", "yemen-army,aqap", "aqap,yemen-army", "mukalla", None, "asserted", "مصدر عسكري",
  "متهما التنظيم بزرع عشرات العبوات على الطرق المؤدية إلى المكلا", also=["2016-04-24", "2016-04-25", None],
  gloss="accusing the group of planting dozens of bombs on the roads leading to Mukalla")
E("SUPPORT,PROTEST", "mukalla-civilians", "yemen-gov,saudi-gov,uae", "mukalla", "2016-04-24", "asserted", "شهود عيان",
  "وخرج المئات من أهالي المكلا إلى شوارع المدينة ابتهاجا، رافعين أعلام الجمهورية وصور الملك سلمان بن عبدالعزيز والشيخ محمد بن زايد",
  also=["2016-04-25"], gloss="hundreds of Mukalla's residents took to the streets in joy, raising the republic's flags and pictures of King Salman and Sheikh Mohammed bin Zayed (eyewitnesses)")
E("COERCE", "aqap", "yemen-gov", "mukalla", "2015-04-02", "historical", "null",
  "ويذكر أن عناصر القاعدة سيطروا على المكلا في الثاني من أبريل 2015", opt=True,
  gloss="AQAP took Mukalla on 2 April 2015 (background, optional)")
E("ASSAULT,RETREAT", "aqap", "yemen-gov,batarfi", "mukalla", "2015-04-02", "historical", "null",
  "واقتحموا السجن المركزي وأطلقوا سراح مئات السجناء بينهم القيادي في التنظيم خالد باطرفي", mode="release", opt=True,
  gloss="and stormed the central prison, freeing hundreds of inmates including the group's leader Khalid Batarfi (background, optional)")

# ---------------------------------------------------------------- 1706 en wire
p = Page("mukalla", 6, "1706_northgatewire_aqap_slips_out_of_mukalla_residents_doubt_coalition_toll.txt",
         "Northgate Wire", "en",
         "Al Qaeda slips out of Mukalla with little fight; residents doubt coalition's toll of 800",
         "2016-04-26T09:12",
         "From the page's date line (April 26, 2016 | 09:12 GMT); 'on Sunday' is 2016-04-24, 'the night before' "
         "2016-04-23, 'on Monday' 2016-04-25, 'in the days before the assault' 20-23 Apr, 'April 2015' background.",
         "ADEN/DUBAI",
         "Al Qaeda in the Arabian Peninsula (AQAP) fighters pulled out of the Yemeni port city of Mukalla",
         "has struck its leaders with drones for years.",
         ["World | Middle East | Africa | Asia | Business | Energy | Markets | Video",
          "Share this story: X | Facebook | LinkedIn | Email", "More from Northgate",
          "Saudi Arabia unveils Vision 2030 reform plan", "Oil falls as output freeze hopes fade",
          "Kuwait hosts Yemen peace talks for a fifth day"])
E = p.e
b1706_out = E("RETREAT", "aqap", "yemen-army,uae-forces", "mukalla", "2016-04-24", "asserted", "residents and local officials",
  "Al Qaeda in the Arabian Peninsula (AQAP) fighters pulled out of the Yemeni port city of Mukalla largely without a fight as Yemeni and Emirati-backed forces moved in on Sunday",
  also=["2016-04-23"], mode="withdraw")
b1706_800 = E("ASSAULT", "saudi-coalition", "aqap", "mukalla", None, "asserted", "saudi-coalition",
  "the Saudi-led coalition's statement that more than 800 militants had been killed",
  also=["2016-04-24", "2016-04-25", None], size={"dead": 800},
  note="The coalition's toll, which the page questions: a separate event with size.")
b1706_entry = E("MOBILIZE,COERCE", "yemen-army", "aqap", "mukalla", "2016-04-24", "asserted", "witnesses",
  "Columns of army trucks and armoured vehicles entered the city from the west after dawn prayers, witnesses told Northgate by telephone",
  mode="seize")
E("COERCE", "yemen-army", "aqap", "mukalla-port,mukalla", "2016-04-24", "asserted", "witnesses",
  "troops took over the presidential palace, the port and the headquarters of the Second Military Region, which AQAP had used as an arms depot",
  also=["2016-04-25"], mode="seize")
E("RETREAT", "aqap", "yemen-army", "mukalla", "2016-04-23", "asserted", "one resident",
  "\"They left in pickups toward the mountains the night before. There was almost no shooting,\" said one resident",
  also=["2016-04-24"], opt=True, note="The same withdrawal told by a resident (optional).")
E("CONSULT", "aqap,mukalla-elders", "mukalla-elders,aqap", "mukalla", None, "asserted", "Two tribal sources",
  "Two tribal sources said AQAP had negotiated its exit through local elders",
  also=["2016-04-22", "2016-04-23", "2016-04-24", None])
E("REQUEST", "mukalla-elders", "aqap", "mukalla", None, "asserted", "Two tribal sources",
  "who asked the group to leave to spare the city a battle", also=["2016-04-22", "2016-04-23", None],
  mode="withdraw")
E("COERCE", "saudi-coalition,yemen-army", "aqap", "mukalla,hadramawt", "2016-04-24", "asserted", "asiri",
  "said the operation had \"liberated\" Mukalla and some 600 km of coastline", also=["2016-04-25", None],
  note="A declaration of victory: the capture it announces, the spokesman as claimant.")
E("THREATEN", "asiri,saudi-coalition", "aqap", "riyadh", None, "planned,asserted", "asiri",
  "\"Those who were killed are killed; those who fled will be followed,\" he told reporters in Riyadh",
  also=["2016-04-24", "2016-04-25"])
b1706_aqapstmt = E("RETREAT", "aqap", "saudi-coalition,yemen-army", "mukalla", None, "asserted", "aqap",
  "AQAP said in a statement posted online that it had withdrawn \"to protect the people of Mukalla from a war the invaders want to wage in their streets\"",
  also=["2016-04-24", "2016-04-23"], mode="withdraw")
b1706_deny = E("REJECT,ASSAULT", "aqap,saudi-coalition", "saudi-coalition,aqap", "mukalla", None, "asserted,denied", "aqap",
  "and denied that any of its fighters had been killed in the city", also=["2016-04-24", "2016-04-25", None],
  note="A denial: REJECT by AQAP, or the killings with modality denied.")
b1706_joint = E("COOPERATE", "uae-forces,hadrami-elite", "hadrami-elite,uae-forces", "mukalla", "2016-04-24", "asserted",
  "a Yemeni military official",
  "Emirati special forces led the ground operation together with newly trained Hadrami Elite units, a Yemeni military official said")
E("COOPERATE,AID", "us-gov", "saudi-coalition", None, None, "asserted", "U.S. officials",
  "U.S. officials said Washington had provided intelligence and aerial refuelling for coalition aircraft", mode="military")
E("ASSAULT", "saudi-coalition", "aqap", "wadi-hadramawt,riyan", None, "asserted", "local officials",
  "Coalition warplanes struck AQAP positions in Wadi Hadramawt and around Riyan airport in the days before the assault, killing at least 14 militants, local officials said",
  also=["2016-04-20", "2016-04-21", "2016-04-22", "2016-04-23"], size={"dead": 14}, mode="aerial")
b1706_shihr = E("COERCE", "yemen-army", "aqap", "shihr", "2016-04-25", "asserted", "ahmed-bin-breik",
  "Forces also took back al-Shihr, east of Mukalla, on Monday, the provincial governor Ahmed bin Breik said", mode="seize")
E("SUPPORT", "hadi", "yemen-army,saudi-coalition", None, None, "asserted", "saba,hadi",
  "President Abd-Rabbu Mansour Hadi, in a statement carried by the state news agency Saba, congratulated the army and the \"brothers in the coalition\"",
  also=["2016-04-24", "2016-04-25"])
E("REQUEST", "hadi", "yemen-gov", "mukalla", None, "asserted", "saba,hadi",
  "ordered state bodies to return to the city", also=["2016-04-24", "2016-04-25"])
b1706_doubt = E("REJECT,ASSAULT", "mukalla-civilians,saudi-coalition", "saudi-coalition,aqap", "mukalla", None,
  "asserted,denied", "mukalla-civilians",
  "Residents said the coalition's figure could not be true", also=["2016-04-25", "2016-04-26", None],
  note="Residents reject the toll: REJECT, or the 800 killed with modality denied.")
E("COERCE", "aqap", "yemen-gov", "mukalla", None, "historical", "null",
  "AQAP seized Mukalla in April 2015, freeing some 300 prisoners from its jail", opt=True)
E("ASSAULT", "us-gov", "aqap", None, None, "historical", "null",
  "has struck its leaders with drones for years", mode="aerial", opt=True)

# ---------------------------------------------------------------- 1707 en regional (Jeddah)
p = Page("mukalla", 7, "1707_redseagazette_suicide_bomber_kills_police_recruits_in_mukalla_islamic_state_claims.txt",
         "The Red Sea Gazette", "en",
         "Suicide bomber kills dozens of police recruits in Mukalla; Islamic State claims attack",
         "2016-05-16T08:40",
         "From the page's date line (16/05/2016 | 08:40 KSA, day-first); 'on Sunday' and 'Earlier on Sunday' are "
         "2016-05-15, 'On Thursday' 2016-05-12, 'on Saturday night' 2016-05-14, 'three weeks after' and 'the "
         "April 24 takeover' 2016-04-24.",
         "JEDDAH/MUKALLA",
         "A suicide bomber blew himself up among young men queuing to join the police",
         "urged the parties to \"unite against terrorism\".",
         ["Home | Kingdom | Gulf | Yemen | World | Business | Opinion | Sport",
          "Share: Facebook | Twitter | WhatsApp | Email", "Also in the Gazette",
          "Jeddah port handles record container volumes", "Ramadan timings announced for government offices",
          "Opinion: Yemen's coast needs more than soldiers"])
E = p.e
b1707_bomb = E("ASSAULT", "unidentified-attackers,isis-yemen", "recruits", "mukalla", "2016-05-15", "asserted", "medical sources",
  "A suicide bomber blew himself up among young men queuing to join the police in the Yemeni port city of Mukalla on Sunday, killing at least 41 and wounding more than 60, medical sources said",
  size={"dead": 41, "wounded": 60}, mode="suicide",
  note="The page names the claimant (Islamic State) only in the next paragraph: the bomber beside the side that claims it.")
b1707_drove = E("COERCE,ASSAULT", "yemen-army,saudi-coalition", "aqap", "mukalla", "2016-04-24", "asserted", "null",
  "three weeks after government and coalition forces drove al Qaeda out of the city", also=[None])
b1707_800 = E("ASSAULT", "saudi-coalition,yemen-army", "aqap", "mukalla", None, "asserted", "saudi-coalition",
  "in an operation the coalition says killed more than 800 militants", also=["2016-04-24", None], size={"dead": 800})
b1707_claim = E("ASSAULT", "isis-yemen", "recruits", "fuwwah,mukalla", "2016-05-15", "asserted,alleged", "amaq,isis-yemen",
  "Islamic State claimed the attack in a statement carried by its Amaq news agency, saying one of its \"martyrdom seekers\" had targeted \"apostate recruits\" at a gathering point in the Fuwwah district",
  mode="suicide", note="A claim of responsibility: the attack with the claiming party as claimant.")
b1707_second = E("ASSAULT", "yemen-police", "unidentified-attackers,isis-yemen", "mukalla", "2016-05-15", "asserted",
  "a security official",
  "A second attacker was shot dead by guards before he could detonate his vest at the gate of the police compound, a security official told the Gazette",
  size={"dead": 1}, mode="firearms")
E("ASSAULT", "gunmen,unidentified-attackers", "hadrami-elite", "mukalla", "2016-05-15", "asserted", "null,a security official",
  "Earlier on Sunday, gunmen attacked a checkpoint of the Hadrami Elite forces west of the city, killing two soldiers",
  size={"dead": 2}, mode="firearms", note="An attack whose author the page leaves open.")
E("ACCUSE", "ahmed-bin-breik", "isis-yemen,unidentified-attackers", "mukalla", "2016-05-15", "asserted", "ahmed-bin-breik",
  "Hadramawt governor Ahmed bin Breik condemned the \"cowardly terrorist crime\"", also=["2016-05-16"])
E("AGREE,MOBILIZE", "ahmed-bin-breik,yemen-police", "isis-yemen", "mukalla", "2016-05-15", "planned,asserted", "ahmed-bin-breik",
  "vowed that recruitment would go on", also=["2016-05-16"],
  note="A pledge that recruitment continues: AGREE (MOBILIZE accepted), planned.")
E("AGREE,SUPPORT,COOPERATE", "saudi-coalition", "yemen-gov", None, "2016-05-15", "planned,asserted", "spa,saudi-coalition",
  "said the attack \"will not deter\" it from backing the Yemeni government against terrorism", also=["2016-05-16", None])
E("ACCUSE", "saudi-coalition", "houthis,saleh-forces", None, "2016-05-15", "asserted", "spa,saudi-coalition",
  "blamed the Houthis and forces loyal to former president Ali Abdullah Saleh for \"creating the chaos in which terrorism grows\"",
  also=["2016-05-16", None])
b1707_thu = E("ASSAULT", "isis-yemen,unidentified-attackers", "yemen-army,hadrami-elite", "mukalla", "2016-05-12", "asserted",
  "null,isis-yemen",
  "On Thursday, a suicide car bomb killed 15 soldiers at a checkpoint on the city's eastern edge, in an attack also claimed by Islamic State",
  size={"dead": 15}, mode="suicide")
b1707_aqapno = E("REJECT,ASSAULT", "aqap", "isis-yemen,yemen-army", "mukalla", None, "asserted,denied", "aqap",
  "AQAP denied any role in that blast in a rare statement",
  also=["2016-05-12", "2016-05-13", "2016-05-14", "2016-05-15", None])
b1707_withdrew = E("RETREAT", "aqap", "yemen-army", "mukalla", None, "asserted", "null",
  "AQAP, which withdrew to the hills and to neighbouring Abyan and Shabwa provinces",
  also=["2016-04-23", "2016-04-24", None], dest="abyan,shabwa", mode="withdraw")
E("COERCE", "yemen-police", "24 suspects", "fuwwah,khalf", "2016-05-14", "asserted", "Security officials",
  "police arrested 24 suspects in raids in the Fuwwah and Khalf districts on Saturday night", mode="arrest",
  also=["2016-05-15"])
E("ACCUSE,REQUEST", "hadi", "isis-yemen,unidentified-attackers", "mukalla", "2016-05-15", "asserted", "saba,hadi",
  "President Abd-Rabbu Mansour Hadi ordered an investigation", also=["2016-05-16"],
  note="An announced investigation: ACCUSE (REQUEST accepted as an order).")
E("AID,REQUEST", "hadi", "recruits", "mukalla", "2016-05-15", "planned,asserted", "saba,hadi",
  "directed that the wounded be flown to Aden and to hospitals in Saudi Arabia for treatment",
  also=["2016-05-16"], dest="aden,saudi-arabia", mode="humanitarian")
E("ACCUSE", "un-envoy-yemen", "isis-yemen,unidentified-attackers", "mukalla", "2016-05-15", "asserted", "un-envoy-yemen",
  "condemned the bombing and urged the parties to \"unite against terrorism\"", also=["2016-05-16"])
E("REQUEST", "un-envoy-yemen", "yemen-gov,houthis", "kuwait", "2016-05-15", "asserted", "un-envoy-yemen",
  "urged the parties to \"unite against terrorism\"", also=["2016-05-16"])
E("CONSULT", "yemen-gov,houthis,un-envoy-yemen", "houthis,yemen-gov", "kuwait", "2016-05-16", "asserted", "null",
  "who is chairing peace talks between the government and the Houthis in Kuwait", also=["2016-05-15", None],
  mode="mediate")

# ---------------------------------------------------------------- 1708 ar Houthi-aligned
p = Page("mukalla", 8,
         "1708_mawqisadaalsumud_massacre_of_recruits_in_mukalla_daesh_claims_aggression_trades_blame.txt",
         "موقع صدى الصمود", "ar",
         "مجزرة بحق مجندين في المكلا.. \"داعش\" يتبنى وقوى العدوان تتقاذف الاتهامات مع \"القاعدة\"",
         "2016-05-16T13:40",
         "From the page's date line (نشر في: 2016-05-16 - 13:40 | آخر تحديث: 2016-05-16 - 16:15, year-first): the "
         "publication, not the update; 'عصر أمس الأحد' is 2016-05-15, 'اليوم' 2016-05-16, 'خلال الساعات الماضية' "
         "15-16 May, 'الخميس الماضي' 2016-05-12, 'العاشر من أبريل' 2016-04-10.",
         "صنعاء",
         "قتل 47 شخصا وأصيب أكثر من 50 آخرين",
         "طالت العشرات من أبناء المدينة بتهمة الانتماء إلى القاعدة.",
         ["الرئيسية | أخبار | جبهات العزة | العدوان | سياسة | تقارير | فيديو",
          "شارك: فيسبوك | تويتر | واتساب | تلغرام", "اقرأ أيضا",
          "بالفيديو: مشاهد من عمليات الجيش واللجان في نهم", "مسيرة جماهيرية في صعدة تنديدا بالعدوان",
          "انقطاع الكهرباء عن أحياء في الحديدة"])
E = p.e
b1708_bomb = E("ASSAULT", "unidentified-attackers,isis-yemen", "recruits", "mukalla", "2016-05-15", "asserted", "مصادر محلية",
  "قتل 47 شخصا وأصيب أكثر من 50 آخرين، معظمهم من الشبان الذين تجمعوا للتجنيد في صفوف ما يسمى \"قوات الأمن\" الموالية للعدوان، في تفجير انتحاري استهدف تجمعا لهم في مدينة المكلا بمحافظة حضرموت، عصر أمس الأحد",
  size={"dead": 47, "wounded": 50}, mode="suicide",
  gloss="47 people were killed and more than 50 wounded, most of them young men gathered to enlist in the so-called 'security forces' loyal to the aggression, in a suicide bombing on their gathering in Mukalla yesterday afternoon (local sources)")
b1708_claim = E("ASSAULT", "isis-yemen", "recruits", "mukalla", "2016-05-15", "asserted", "amaq,isis-yemen",
  "وتبنى تنظيم \"داعش\" الإرهابي التفجير في بيان نشرته وكالة \"أعماق\" التابعة له", mode="suicide",
  gloss="IS claimed the bombing in a statement published by its Amaq agency")
E("ASSAULT", "isis-yemen", "recruits", "fuwwah,mukalla", "2016-05-15", "alleged,asserted", "amaq,isis-yemen",
  "زاعما أن منفذه فجر حزامه الناسف وسط \"تجمع للمرتدين\" قرب مقر الشرطة في منطقة فوه", opt=True,
  gloss="claiming its bomber detonated his belt amid 'a gathering of apostates' near the police HQ in Fuwwah (the same claim; optional)")
b1708_second = E("ASSAULT", "unidentified-attackers,yemen-police", "yemen-police,unidentified-attackers", "mukalla",
  "2016-05-15", "asserted", "مراسلنا في حضرموت",
  "بأن مسلحا آخر لاذ بالفرار بعد تبادل لإطلاق النار مع حراس المعسكر", mode="firearms",
  gloss="another gunman fled after an exchange of fire with the camp's guards (our Hadramawt correspondent)")
E("AID", "مستشفى ابن سينا", "recruits", "mukalla", "2016-05-15", "asserted", "مراسلنا في حضرموت",
  "فيما نقل الجرحى إلى مستشفى ابن سينا الذي أطلق نداء للتبرع بالدم", opt=True,
  gloss="the wounded were taken to Ibn Sina hospital, which appealed for blood donations (optional)")
E("ACCUSE", "houthi-politburo,houthis", "saudi-coalition,saudi-gov,uae", None, "2016-05-15", "asserted", "houthi-politburo",
  "وحمل المكتب السياسي لأنصار الله \"دول العدوان بقيادة السعودية والإمارات\" المسؤولية الكاملة عن الجريمة",
  also=["2016-05-16"], gloss="Ansar Allah's political bureau held 'the aggression states led by Saudi Arabia and the UAE' fully responsible for the crime")
b1708_handover = E("RETREAT,COOPERATE", "aqap", "uae", "mukalla", None, "asserted,alleged", "houthi-politburo",
  "\"ما جرى في المكلا يكشف زيف مسرحية تحرير المدينة التي سلمتها القاعدة للإمارات دون قتال\"",
  also=["2016-04-24", None], mode="withdraw",
  note="The Houthi account of AQAP's exit: a handover to the UAE without a fight.",
  gloss="'what happened in Mukalla exposes the sham of the city's liberation play, a city al-Qaeda handed to the UAE without a fight'")
E("ACCUSE", "m-ali-houthi,houthis", "isis-yemen,unidentified-attackers", "mukalla", "2016-05-15", "asserted", "m-ali-houthi",
  "ودان رئيس اللجنة الثورية العليا محمد علي الحوثي التفجير", also=["2016-05-16"],
  gloss="the head of the Supreme Revolutionary Committee, Mohammed Ali al-Houthi, condemned the bombing")
E("REQUEST", "m-ali-houthi", "mukalla-civilians", "hadramawt", "2016-05-15", "asserted", "m-ali-houthi",
  "داعيا أبناء حضرموت إلى \"عدم الانجرار خلف مشاريع المحتل\"", also=["2016-05-16"],
  gloss="calling on the people of Hadramawt 'not to be dragged behind the occupier's projects'")
E("THREATEN", "m-ali-houthi,houthis", "saudi-coalition", None, "2016-05-15", "planned,asserted", "m-ali-houthi",
  "ومتوعدا بأن يواصل الجيش واللجان الشعبية التصدي \"للعدوان وأدواته التكفيرية\" في كل الجبهات",
  also=["2016-05-16"], gloss="vowing that the army and popular committees will keep confronting 'the aggression and its takfiri tools' on every front")
E("ACCUSE", "qubaty,yemen-gov", "houthis,saleh-forces", None, None, "asserted", "qubaty",
  "اتهمت حكومة الرياض، على لسان وزير إعلامها محمد قباطي، الحوثيين وصالح بـ\"تسهيل حركة الجماعات الإرهابية\"",
  also=["2016-05-15", "2016-05-16"], gloss="the 'Riyadh government', through its information minister Mohammed Qubaty, accused the Houthis and Saleh of 'facilitating the movement of terrorist groups'")
E("REJECT,ACCUSE", "houthi-politburo,houthis", "yemen-gov,qubaty", None, None, "asserted", "مصدر في المكتب السياسي لأنصار الله",
  "وهو ما رفضه مصدر في المكتب السياسي لأنصار الله، واصفا الاتهام بأنه \"محاولة بائسة للتغطية على الفشل\"",
  also=["2016-05-15", "2016-05-16"], gloss="which a source in Ansar Allah's political bureau rejected, calling it 'a miserable attempt to cover up failure'")
E("SANCTION,REJECT", "houthi-delegation,houthis", "yemen-gov,un", "kuwait", "2016-05-16", "asserted", "null",
  "وفي الكويت، علق الوفد الوطني مشاركته في جلسة المشاورات اليوم",
  note="Suspending participation in talks: SANCTION (REJECT accepted).",
  gloss="in Kuwait, the 'national delegation' suspended its participation in today's session of talks")
E("ACCUSE,ASSAULT", "houthi-delegation,saudi-coalition", "saudi-coalition,houthis", "nihm,taiz", None, "asserted",
  "houthi-delegation",
  "احتجاجا على ما وصفه بـ\"خروقات العدوان\" في نهم وتعز", also=["2016-05-15", "2016-05-16", None],
  gloss="in protest at what it called 'the aggression's violations' in Nihm and Taiz")
E("REQUEST", "houthi-delegation,houthis", "un", "kuwait", "2016-05-16", "asserted", "houthi-delegation",
  "مطالبا الأمم المتحدة بـ\"موقف واضح\" من استمرار الغارات",
  gloss="demanding 'a clear position' from the UN on the continuing air strikes")
E("ASSAULT", "saudi-coalition", "houthis", "nihm,sirwah", "2016-05-16", "asserted", "مصدر عسكري",
  "وشن طيران العدوان، خلال الساعات الماضية، أكثر من 12 غارة على مديرية نهم ومنطقة صرواح في محافظة مأرب",
  also=["2016-05-15"], size={"strikes": 12}, mode="aerial",
  gloss="the aggression's aircraft carried out more than 12 strikes on Nihm district and Sirwah in Marib over the past hours (a military source)")
E("RETREAT", "saudi-coalition,houthis,yemen-gov", "houthis,saudi-coalition,yemen-gov", None, "2016-04-10", "asserted", "null",
  "في خرق جديد للهدنة المعلنة منذ العاشر من أبريل", mode="ceasefire", opt=True,
  gloss="in a new breach of the truce declared since 10 April (background, optional)")
E("MOBILIZE", "uae-forces,uae", "aqap", "riyan,mukalla-port", None, "asserted", "مراسلنا",
  "وأشار مراسلنا إلى أن قوات إماراتية عززت انتشارها في مطار الريان وميناء المكلا خلال الأيام الماضية",
  also=["2016-05-12", "2016-05-13", "2016-05-14", "2016-05-15", None],
  gloss="Emirati forces reinforced their deployment at Riyan airport and Mukalla port in recent days (our correspondent)")
E("MOBILIZE", "us-gov", "aqap", "anad,mukalla", None, "asserted", "وسائل إعلام أمريكية",
  "فيما نشرت واشنطن عددا من جنودها في قاعدة العند وقرب المكلا، بحسب وسائل إعلام أمريكية",
  gloss="while Washington deployed some of its troops at al-Anad base and near Mukalla, per US media")
b1708_thu = E("ASSAULT", "isis-yemen,unidentified-attackers", "hadrami-elite,yemen-army", "mukalla", "2016-05-12", "asserted",
  "null,isis-yemen",
  "يذكر أن تفجيرا انتحاريا آخر تبناه \"داعش\" استهدف، الخميس الماضي، نقطة تفتيش لقوات النخبة الحضرمية شرق المكلا وأدى إلى مقتل 15 جنديا",
  size={"dead": 15}, mode="suicide",
  gloss="another suicide bombing claimed by IS hit a Hadrami Elite checkpoint east of Mukalla last Thursday, killing 15 soldiers")
b1708_aqapno = E("REJECT,ASSAULT", "aqap", "isis-yemen,hadrami-elite", "mukalla", None, "asserted,denied", "aqap",
  "بينما تبرأ تنظيم القاعدة منه في بيان", also=["2016-05-12", "2016-05-13", "2016-05-14", "2016-05-15", None],
  gloss="while AQAP disowned it in a statement")
E("COERCE", "hadrami-elite,uae-forces", "mukalla-civilians", "mukalla", None, "asserted", "سكان في المكلا",
  "حملات دهم واعتقال تنفذها قوات النخبة بإشراف ضباط إماراتيين، طالت العشرات من أبناء المدينة بتهمة الانتماء إلى القاعدة",
  mode="arrest", gloss="raid and arrest campaigns by the Elite forces under Emirati officers' supervision, sweeping up dozens of the city's sons on charges of belonging to al-Qaeda (residents)")
E("ACCUSE", "mukalla-civilians", "hadrami-elite,uae-forces", "mukalla", None, "asserted", "سكان في المكلا",
  "وشكا سكان في المكلا لـ\"صدى الصمود\" من حملات دهم واعتقال", opt=True,
  gloss="residents of Mukalla complained to Sada al-Sumud of raid and arrest campaigns (optional)")

# ---------------------------------------------------------------- links and contradictions
link("Yemeni army and Hadrami Elite enter Mukalla, 24 Apr", b1705_entry, b1706_entry)
link("Government and coalition forces take Mukalla, 24 Apr", b1706_entry, b1707_drove)
link("Government and coalition forces take Mukalla, 24 Apr", b1705_entry, b1707_drove)
link("Coalition's toll of more than 800 AQAP dead", b1705_800, b1706_800)
link("Coalition's toll of more than 800 AQAP dead", b1706_800, b1707_800)
link("Coalition's toll of more than 800 AQAP dead", b1705_800, b1707_800)
link("AQAP leaves Mukalla, 23-24 Apr", b1705_fled, b1706_out)
link("AQAP leaves Mukalla", b1706_out, b1707_withdrew)
link("AQAP leaves Mukalla (a handover to the UAE in the Houthi account)", b1705_fled, b1708_handover)
link("AQAP's statement on its withdrawal from Mukalla", b1705_aqapstmt, b1706_aqapstmt)
link("Forces retake al-Shihr, 25 Apr", b1705_shihr, b1706_shihr)
link("Emirati special forces in the joint ground operation", b1705_joint, b1706_joint)
link("Suicide bombing of police recruits in Mukalla, 15 May", b1707_bomb, b1708_bomb)
link("Islamic State claims the bombing of the recruits via Amaq, 15 May", b1707_claim, b1708_claim)
link("Second attacker at the police compound, 15 May", b1707_second, b1708_second)
link("Suicide car bomb on a checkpoint east of Mukalla, 12 May, 15 soldiers killed", b1707_thu, b1708_thu)
link("AQAP disowns the 12 May bombing", b1707_aqapno, b1708_aqapno)
contra("value", "size.dead", "Dead in the bombing of the recruits on 15 May: at least 41 (medical sources, Red Sea Gazette) vs 47 (local sources, Sada al-Sumud)",
       b1707_bomb, b1708_bomb)
contra("value", "status", "The second attacker at the police compound: shot dead by guards (security official, Red Sea Gazette) vs fled after an exchange of fire (correspondent, Sada al-Sumud)",
       b1707_second, b1708_second)
contra("negation", "status", "AQAP's exit from Mukalla: no deal, the fighters 'fled under fire' (coalition source, Yemen al-Ittihadiya) vs a city handed to the UAE without a fight (Ansar Allah, Sada al-Sumud)",
       b1705_nodeal, b1708_handover)
contra("negation", "size.dead", "More than 800 AQAP dead (coalition, Yemen al-Ittihadiya) vs none of its fighters killed in the city (AQAP, Northgate)",
       b1705_800, b1706_deny)
contra("negation", "size.dead", "More than 800 AQAP dead (coalition, Red Sea Gazette) vs residents who say the figure cannot be true (Northgate)",
       b1707_800, b1706_doubt)
