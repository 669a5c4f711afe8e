"""Story 3: Nahr al-Bared (Lebanon, May-Sep 2007). Pages 1709-1712."""
from gold_common import entity, place, story, Page, link, contra

story("naharbared", "Nahr al-Bared: Fatah al-Islam and the Lebanese army, May-Sep 2007",
      "2007-05-01", "2007-09-30", "2000-01-01")

# ---------------------------------------------------------------- entities
entity("lebanon-gov", "LBN GOV", ["the Lebanese government", "Lebanese government", "the government",
       "Lebanon", "الحكومة اللبنانية", "الدولة اللبنانية", "القضاء اللبناني"])
entity("siniora", "LBN GOV", ["Fouad Siniora", "Prime Minister Fouad Siniora", "Siniora", "فؤاد السنيورة",
       "السنيورة", "رئيس الحكومة فؤاد السنيورة", "رئيس الحكومة اللبنانية فؤاد السنيورة"], member_of="lebanon-gov")
entity("murr", "LBN GOV", ["Elias Murr", "إلياس المر", "وزير الدفاع إلياس المر"], member_of="lebanon-gov")
entity("laf", "LBN MIL", ["Lebanese army", "the Lebanese army", "the army", "army", "Lebanese army tanks and artillery",
       "troops", "Troops", "soldiers", "27 soldiers", "136 soldiers", "army posts", "army checkpoints",
       "الجيش اللبناني", "الجيش", "وحداته", "وحداتها", "المؤسسة العسكرية", "مراكز للجيش", "عددا من العسكريين",
       "163 عسكريا", "مواكب الجيش العائدة"], member_of="lebanon-gov")
entity("laf-command", "LBN MIL", ["An army spokesman", "army command", "قيادة الجيش - مديرية التوجيه",
       "قيادة الجيش"], member_of="laf")
entity("suleiman", "LBN MIL", ["Michel Suleiman", "ميشال سليمان", "قائد الجيش العماد ميشال سليمان"], member_of="laf")
entity("isf", "LBN COP", ["police", "Police", "two policemen", "Internal Security Forces", "قوى الأمن الداخلي"],
       member_of="lebanon-gov")
entity("nna", "LBN GOV", ["National News Agency", "الوكالة الوطنية للإعلام"], member_of="lebanon-gov")
entity("fatah-islam", "LBN REB", ["Fatah al-Islam", "the al Qaeda-inspired Fatah al-Islam group",
       "Fatah al-Islam fighters", "militants", "the militants", "the group", "the remaining fighters",
       "a terrorist gang", "about 80 militants", "a man wanted over the May 20 fighting", "فتح الإسلام",
       "تنظيم \"فتح الإسلام\"", "تنظيم \"فتح الإسلام\" الإرهابي", "عصابة فتح الإسلام", "عناصر التنظيم",
       "عناصرها", "المسلحين", "التنظيم", "المجموعة الإرهابية", "المجرمين", "39 إرهابيا", "20 آخرين",
       "من تبقى من المسلحين"])
entity("taha", "LBN REB", ["Abu Salim Taha", "A spokesman for the group, Abu Salim Taha", "أبو سليم طه",
       "المتحدث باسم \"فتح الإسلام\" أبو سليم طه"], member_of="fatah-islam")
entity("absi", "LBN REB", ["Shaker al-Absi", "the group's leader, Shaker al-Absi", "شاكر العبسي", "العبسي",
       "زعيم التنظيم شاكر العبسي"], member_of="fatah-islam")
entity("militant-families", "PSE CVL", ["Dozens of women and children from the families of Fatah al-Islam fighters",
       "63 women and 38 children", "the women", "63 امرأة و40 طفلا من عائلات المسلحين", "عائلات المسلحين"])
entity("plo", "PSE GOV", ["Palestine Liberation Organization", "the Palestine Liberation Organization", "PLO",
       "the factions", "منظمة التحرير", "فصائل منظمة التحرير الفلسطينية", "الفصائل"])
entity("zaki", "PSE GOV", ["Abbas Zaki", "عباس زكي", "ممثل منظمة التحرير في لبنان عباس زكي"], member_of="plo")
entity("abbas", "PSE GOV", ["Mahmoud Abbas", "محمود عباس", "الرئيس الفلسطيني محمود عباس"], member_of="plo")
entity("alliance-forces", "PSE OPP", ["Alliance of Palestinian Forces", "تحالف القوى الفلسطينية"])
entity("hamas", "PSE REB", ["Hamas", "حركة حماس"])
entity("scholars", "PSE REL", ["Palestinian Scholars League", "the Palestinian Scholars League", "Palestinian clerics",
       "رابطة علماء فلسطين"])
entity("hajj", "PSE REL", ["Sheikh Mohammed al-Hajj", "Mohammed al-Hajj"], member_of="scholars")
entity("unrwa", "IGO", ["UNRWA", "الأونروا", "وكالة الأونروا"], member_of="un")
entity("icrc", "NGO", ["اللجنة الدولية للصليب الأحمر"])
entity("prcs", "NGO", ["Palestinian Red Crescent", "الهلال الأحمر الفلسطيني"])
entity("lrc", "NGO", ["Lebanese Red Cross", "The Lebanese Red Cross"])
entity("syria-gov", "SYR GOV", ["Syria", "Damascus"])
entity("syria-interior", "SYR GOV", ["Its interior minister", "Syrian interior minister"], member_of="syria-gov")
entity("us-gov", "USA GOV", ["The United States", "Washington"])
entity("us-state", "USA GOV", ["The U.S. State Department", "U.S. State Department", "the State Department",
       "State Department"], member_of="us-gov")
entity("camp-civilians", "PSE CVL", ["civilians", "15 civilians", "the camp's roughly 31,000 refugees", "the wounded",
       "Residents", "أكثر من 15 ألف لاجئ فلسطيني", "مئات العائلات", "النازحين", "المدنيين", "المدنيين الفلسطينيين",
       "18 جريحا", "30 مدنيا", "أهالي المخيم", "الأهالي", "أهله", "نحو 30 ألف لاجئ",
       "about 30,000 refugees displaced from Nahr al-Bared", "the Palestinian people"])
entity("lebanese-civilians", "LBN CVL", ["a woman", "10 people", "المواطنون"])
entity("unidentified-attackers", "UAF", ["Gunmen in the building", "a bomb", "مصدر النيران"])

# ---------------------------------------------------------------- places
place("nahr-al-bared", ["Nahr al-Bared", "the Nahr al-Bared Palestinian refugee camp", "the camp", "Nahr al-Bared camp",
      "the besieged Nahr al-Bared camp", "the camp's \"old\" section", "the camp's edge", "the entrances of Nahr al-Bared",
      "مخيم نهر البارد", "نهر البارد", "المخيم", "ركام المخيم", "الأطراف الشمالية للمخيم", "مداخل المخيم"],
      34.507, 35.955, 3, note="Nahr al-Bared refugee camp north of Tripoli; approximate (not in cities500).")
place("beddawi", ["Beddawi", "Beddawi camp", "مخيم البداوي", "البداوي", "مخيم البداوي المجاور"], 34.455, 35.868, 2,
      note="Beddawi refugee camp, north-east Tripoli; approximate (not in cities500).")
place("tripoli-lb", ["Tripoli", "a hospital in Tripoli", "طرابلس", "مستشفى طرابلس الحكومي"], 34.43352, 35.84415, 8, 266826)
place("mitein", ["al-Mitein street", "al-Mitein street in Tripoli"], 34.437, 35.835, 2,
      note="Al-Mitein street, Tripoli; approximate.")
place("beirut", ["Beirut"], 33.89332, 35.50157, 10, 276781)
place("ashrafieh", ["Ashrafieh", "the Ashrafieh district of Beirut"], 33.888, 35.52, 2,
      note="Ashrafieh district of Beirut; approximate.")
place("akkar", ["عكار", "Akkar"], 34.53, 36.1, 25, note="Akkar (region); centroid approximate.")
place("minyeh", ["المنية", "Minyeh"], 34.477, 35.93, 4, note="Minyeh, north of Tripoli; approximate.")
place("lebanon", ["Lebanon", "other places", "لبنان"], 33.9, 35.8, 120, note="Lebanon (country); centroid approximate.")
place("north-border", ["two border crossings in the north"], 34.63, 36.2, 30,
      note="Syrian-Lebanese border crossings in the north (region); approximate.")

# ---------------------------------------------------------------- 1709 en wire
p = Page("naharbared", 9, "1709_ashgrovenewswire_lebanese_army_shells_camp_after_fatah_al_islam_kills_27_soldiers.txt",
         "Ashgrove Newswire", "en",
         "Lebanese army shells Palestinian camp after Fatah al-Islam kills 27 soldiers",
         "2007-05-21T19:05",
         "From the page's date line (Monday, May 21, 2007 - 19:05 (Beirut time)); 'on Monday' is 2007-05-21, 'on "
         "Sunday', 'before dawn on Sunday' and 'Late on Sunday' 2007-05-20, 'the previous day' 2007-05-19.",
         "TRIPOLI, Lebanon",
         "Lebanese army tanks and artillery pounded the Nahr al-Bared Palestinian refugee camp",
         "to deal with \"violent extremists\".",
         ["Top News | World | Middle East | Europe | Business | Markets | Photos",
          "Share this article: Email | Facebook | Digg | Print", "Related coverage",
          "Oil prices climb on U.S. refinery outages", "Iraq: bombs kill dozens in Baghdad market",
          "Factbox: Palestinian refugee camps in Lebanon"])
E = p.e
E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", "2007-05-21", "asserted", "null,security sources",
  "Lebanese army tanks and artillery pounded the Nahr al-Bared Palestinian refugee camp near Tripoli for a second day on Monday",
  also=["2007-05-20"], mode="heavy-weapons")
b1709_may20 = E("ASSAULT", "fatah-islam", "laf", "nahr-al-bared", "2007-05-20", "asserted", "null,security sources",
  "after militants of the al Qaeda-inspired Fatah al-Islam group overran army posts around the camp and killed 27 soldiers on Sunday",
  size={"dead": 27})
E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", None, "asserted", "security sources",
  "At least 20 militants have been killed, the sources said", also=["2007-05-20", "2007-05-21"], size={"dead": 20})
b1709_civ = E("ASSAULT", "laf,fatah-islam", "camp-civilians", "nahr-al-bared", None, "asserted", "security sources",
  "along with 15 civilians, in the worst internal fighting in Lebanon since the end of the 1975-90 civil war",
  also=["2007-05-20", "2007-05-21"], size={"dead": 15})
E("COERCE", "isf", "fatah-islam", "mitein,tripoli-lb", "2007-05-20", "asserted", "null",
  "The fighting began before dawn on Sunday when police raided an apartment on al-Mitein street in Tripoli, hunting suspects in a bank robbery the previous day in Amyoun",
  mode="arrest")
E("ASSAULT", "unidentified-attackers,fatah-islam", "isf", "mitein,tripoli-lb", "2007-05-20", "asserted", "null",
  "Gunmen in the building opened fire", mode="firearms")
E("COERCE,ASSAULT", "fatah-islam", "laf", "nahr-al-bared", "2007-05-20", "asserted", "null",
  "within hours Fatah al-Islam fighters had seized army checkpoints at the entrances of Nahr al-Bared", mode="seize")
b1709_taha = E("ASSAULT,ACCUSE,REJECT", "taha,fatah-islam,laf", "laf,fatah-islam", "nahr-al-bared", "2007-05-20", "asserted",
  "taha", "its fighters had only \"defended themselves\" after the army attacked them first", also=["2007-05-21", None],
  note="Taha's counter-account: the army's attack with Taha as claimant (ACCUSE, REJECT of the army's version accepted).")
E("THREATEN", "taha,fatah-islam", "laf,lebanon-gov", "lebanon", "2007-05-21", "hypothetical,asserted", "taha",
  "threatened to carry the battle \"to other places\" in Lebanon if the shelling did not stop", also=[None])
E("REJECT", "siniora,lebanon-gov", "fatah-islam", "beirut", None, "asserted", "siniora",
  "the government would not negotiate with \"a terrorist gang\"", also=["2007-05-20", "2007-05-21"])
E("CONSULT", "lebanon-gov", "lebanon-gov", "beirut", None, "asserted", "null",
  "after an emergency cabinet meeting in Beirut", also=["2007-05-20", "2007-05-21"], opt=True)
E("THREATEN", "siniora,laf", "fatah-islam", "nahr-al-bared", None, "planned,asserted", "siniora",
  "the army would put an end to what he called \"this phenomenon\"", also=["2007-05-20", "2007-05-21"])
E("ACCUSE", "siniora", "fatah-islam", None, None, "asserted", "siniora",
  "He described the attack on the soldiers as \"an attack on Lebanon\"", also=["2007-05-20", "2007-05-21"])
E("ASSAULT", "unidentified-attackers", "lebanese-civilians", "ashrafieh,beirut", "2007-05-20", "asserted", "null",
  "Late on Sunday, a bomb exploded near a shopping centre in the Ashrafieh district of Beirut, killing a woman and wounding 10 people",
  also=["2007-05-21"], size={"dead": 1, "wounded": 10}, mode="explosives")
E("ACCUSE", "several politicians", "fatah-islam", None, None, "asserted", "several politicians",
  "several politicians linked it to the fighting in the north", opt=True)
E("ASSAULT", "laf", "camp-civilians", "nahr-al-bared", None, "asserted", "Residents",
  "several buildings had collapsed under the bombardment", also=["2007-05-20", "2007-05-21"], mode="destroy")
E("REQUEST", "unrwa", "laf,fatah-islam", "nahr-al-bared", "2007-05-21", "asserted", "unrwa",
  "called for a halt to the fighting so that the wounded could be evacuated", also=[None], mode="ceasefire")
E("ASSAULT", "unidentified-attackers", "unrwa", "nahr-al-bared", None, "asserted", "unrwa",
  "one of its aid trucks had come under fire at the camp's edge", also=["2007-05-20", "2007-05-21"], mode="firearms")
E("ACCUSE", "anti-Syrian politicians in Beirut", "syria-gov", None, None, "asserted", "anti-Syrian politicians in Beirut",
  "which anti-Syrian politicians in Beirut accuse of using Fatah al-Islam as a tool")
E("REJECT,COOPERATE", "syria-gov,fatah-islam", "lebanon-gov,fatah-islam", None, None, "asserted,denied", "syria-gov",
  "denied any link to the group", also=["2007-05-20", "2007-05-21"],
  note="A denial: REJECT by Syria, or the link with modality denied.")
E("COERCE", "syria-gov", "absi", None, None, "historical", "syria-interior",
  "Damascus had jailed the group's leader, Shaker al-Absi, for three years for smuggling weapons", opt=True)
E("REJECT,ACCUSE", "zaki,plo", "fatah-islam", None, "2007-05-21", "asserted", "zaki",
  "Fatah al-Islam had \"nothing to do with the Palestinian people\"", also=["2007-05-20", None])
E("REJECT", "plo,zaki", "fatah-islam", None, None, "planned,asserted", "zaki",
  "the factions would give it no cover", opt=True)
E("SUPPORT", "us-state,us-gov", "lebanon-gov", None, "2007-05-21", "asserted", "us-state",
  "The U.S. State Department said Washington backed the Lebanese government's efforts to deal with \"violent extremists\"",
  also=["2007-05-20", None])

# ---------------------------------------------------------------- 1710 ar Palestinian-camps outlet
p = Page("naharbared", 10, "1710_shabakatmukhayyamatalshamal_thousands_flee_nahr_al_bared_to_beddawi_during_truce.txt",
         "شبكة مخيمات الشمال", "ar",
         "آلاف العائلات تنزح من نهر البارد إلى البداوي خلال الهدنة.. والفصائل: لا غطاء لـ\"فتح الإسلام\"",
         "2007-05-24",
         "From the page's date line (الخميس 7 جمادى الأولى 1428هـ - 24 أيار/مايو 2007, Hijri beside Gregorian, checked "
         "with java.time.chrono.HijrahDate (Umm al-Qura): 7 Jumada al-Ula 1428 = 2007-05-24); 'مساء الثلاثاء' and 'يوم "
         "الثلاثاء' are 2007-05-22, 'أمس الأربعاء' 2007-05-23, 'مساء اليوم' 2007-05-24, 'منذ الأحد' since 2007-05-20.",
         "مخيم البداوي",
         "نزح أكثر من 15 ألف لاجئ فلسطيني من مخيم نهر البارد",
         "على الأطراف الشمالية للمخيم بعد انتهاء الهدنة.",
         ["الرئيسية | أخبار المخيمات | لبنان | فلسطين | الأونروا | بيانات | اتصل بنا",
          "شارك الخبر: فيسبوك | بريد إلكتروني | طباعة", "اقرأ أيضا",
          "بالصور: أطفال نهر البارد في مدارس البداوي", "حملة تبرعات للنازحين في مخيمات الجنوب",
          "الأونروا تمدد فترة التسجيل في مدارسها"])
E = p.e
b1710_flee = E("RETREAT,MOBILIZE", "camp-civilians", "fatah-islam,laf", "nahr-al-bared", "2007-05-22", "asserted", "unrwa",
  "نزح أكثر من 15 ألف لاجئ فلسطيني من مخيم نهر البارد شمالي لبنان إلى مخيم البداوي المجاور منذ مساء الثلاثاء",
  also=["2007-05-23", "2007-05-24"], size={"people": 15000}, dest="beddawi",
  gloss="more than 15,000 Palestinian refugees fled Nahr al-Bared to nearby Beddawi camp since Tuesday evening (per UNRWA)")
E("RETREAT", "fatah-islam", "laf", "nahr-al-bared", "2007-05-22", "asserted", "null,unrwa",
  "مستغلين هدنة هشة أعلنها تنظيم \"فتح الإسلام\" من جانب واحد", also=["2007-05-23", None], mode="ceasefire",
  gloss="taking advantage of a fragile truce Fatah al-Islam declared unilaterally")
E("RETREAT,MOBILIZE", "camp-civilians", "fatah-islam,laf", "nahr-al-bared", None, "asserted", "مراسلنا في البداوي",
  "وأفاد مراسلنا في البداوي بأن مئات العائلات وصلت سيرا على الأقدام أو في شاحنات صغيرة", dest="beddawi", opt=True,
  also=["2007-05-22", "2007-05-23", "2007-05-24"],
  gloss="hundreds of families arrived on foot or in small trucks (our correspondent; the same flight, optional)")
E("AID", "unrwa,plo", "camp-civilians", "beddawi", None, "asserted", "مراسلنا في البداوي",
  "وأن المدارس التابعة للأونروا ومقار الفصائل امتلأت بالنازحين", opt=True,
  gloss="UNRWA schools and faction offices filled with the displaced (optional)")
E("ASSAULT", "unidentified-attackers", "unrwa", "nahr-al-bared", "2007-05-22", "asserted", "null",
  "وكانت قافلة إغاثة تابعة للأونروا قد تعرضت لإطلاق نار يوم الثلاثاء أثناء محاولتها الدخول إلى المخيم، ما أدى إلى إصابة اثنين من العاملين",
  size={"wounded": 2}, mode="firearms",
  note="The page leaves the source of fire open (ولم يعرف مصدر النيران).",
  gloss="an UNRWA relief convoy came under fire on Tuesday while trying to enter the camp, wounding two staff")
E("AID,RETREAT", "laf", "camp-civilians", "nahr-al-bared", None, "asserted", "nna,مصدر عسكري",
  "أن الجيش اللبناني \"سهل خروج المدنيين\" وفتح ممرات آمنة لهم", also=["2007-05-22", "2007-05-23", None],
  mode="access", gloss="the Lebanese army 'eased the civilians' exit' and opened safe corridors for them (NNA, a military source)")
E("THREATEN", "laf", "fatah-islam", "nahr-al-bared", None, "planned,hypothetical", "nna,مصدر عسكري",
  "مؤكدا أن وحداته \"لن توقف ملاحقة المجموعة الإرهابية\" ما لم تستسلم", also=["2007-05-23", "2007-05-24", None],
  gloss="stressing that its units 'will not stop pursuing the terrorist group' unless it surrenders")
E("AID", "icrc,prcs", "camp-civilians", "nahr-al-bared", "2007-05-23", "asserted", "null",
  "وتمكنت اللجنة الدولية للصليب الأحمر والهلال الأحمر الفلسطيني من إجلاء 18 جريحا وعشر جثث من داخل المخيم",
  size={"wounded": 18, "bodies": 10}, mode="humanitarian",
  gloss="the ICRC and the Palestinian Red Crescent evacuated 18 wounded and ten bodies from inside the camp")
E("RETREAT", "laf,fatah-islam", "fatah-islam,laf", "nahr-al-bared", "2007-05-23", "asserted", "null",
  "خلال هدنة استمرت ساعتين بعد ظهر أمس الأربعاء", mode="ceasefire",
  gloss="during a two-hour truce yesterday (Wednesday) afternoon")
E("REJECT", "plo,alliance-forces", "fatah-islam", "beddawi", None, "asserted", "plo,alliance-forces",
  "\"رفضها توفير أي غطاء سياسي أو أمني لعصابة فتح الإسلام\"", also=["2007-05-23", "2007-05-24"],
  gloss="'its refusal to provide any political or security cover to the Fatah al-Islam gang' (joint statement of the PLO factions and the Alliance)")
E("CONSULT", "plo,alliance-forces", "alliance-forces,plo", "beddawi", None, "asserted", "null",
  "بعد اجتماع طارئ في مخيم البداوي", also=["2007-05-23", "2007-05-24"], opt=True,
  gloss="after an emergency meeting in Beddawi camp (optional)")
E("REQUEST", "plo,alliance-forces", "fatah-islam", "nahr-al-bared", None, "asserted", "plo,alliance-forces",
  "مطالبة عناصرها بـ\"تسليم أنفسهم إلى القضاء اللبناني\" والخروج من المخيم وترك أهله",
  also=["2007-05-23", "2007-05-24"], mode="surrender",
  gloss="demanding its members 'hand themselves over to the Lebanese judiciary' and leave the camp")
E("REJECT", "taha,fatah-islam", "plo,laf", "nahr-al-bared", "2007-05-24", "asserted", "taha",
  "إن عناصر التنظيم \"لن يسلموا أنفسهم ولن يخرجوا\"", also=["2007-05-23", None],
  gloss="the group's members 'will neither surrender nor leave' (Taha, by telephone)")
E("THREATEN", "taha,fatah-islam", "laf", "nahr-al-bared", "2007-05-24", "hypothetical,asserted", "taha",
  "مضيفا أن \"أي اقتحام للمخيم سيحوله إلى مقبرة للجيش\"", also=["2007-05-23", None],
  gloss="adding that 'any storming of the camp will turn it into a graveyard for the army'")
b1710_civ = E("ASSAULT,ACCUSE", "laf,taha", "camp-civilians,laf", "nahr-al-bared", None, "asserted,alleged", "taha",
  "ومدعيا أن \"القصف العشوائي\" أدى إلى مقتل 30 مدنيا منذ الأحد", also=["2007-05-20", None], size={"dead": 30},
  note="'مدعيا' distances Taha's toll: alleged accepted.",
  gloss="and claiming 'indiscriminate shelling' had killed 30 civilians since Sunday")
E("SUPPORT", "siniora,lebanon-gov", "plo,alliance-forces", None, None, "asserted", "siniora",
  "ورحب رئيس الحكومة اللبنانية فؤاد السنيورة بموقف الفصائل", also=["2007-05-23", "2007-05-24"],
  gloss="PM Fouad Siniora welcomed the factions' position")
E("ACCUSE", "siniora", "fatah-islam", None, None, "asserted", "siniora",
  "معتبرا أن \"فتح الإسلام لا تمثل الفلسطينيين\"", also=["2007-05-23", "2007-05-24"], opt=True,
  gloss="saying 'Fatah al-Islam does not represent the Palestinians' (optional)")
E("REJECT", "murr,laf", "fatah-islam", None, None, "asserted", "murr",
  "أعلن وزير الدفاع إلياس المر أن الجيش \"لن يفاوض المجرمين\"", also=["2007-05-23", "2007-05-24"],
  gloss="Defence Minister Elias Murr announced the army 'will not negotiate with criminals'")
E("THREATEN", "murr,laf", "fatah-islam", "nahr-al-bared", None, "hypothetical,planned", "murr",
  "وأنه \"سيحسم الأمر\" إذا لم يستسلموا", also=["2007-05-23", "2007-05-24"],
  gloss="and that it 'will settle the matter' if they do not surrender")
E("REQUEST", "abbas", "siniora,lebanon-gov", None, None, "asserted", "abbas",
  "دعا الرئيس الفلسطيني محمود عباس، في اتصال هاتفي مع السنيورة، إلى \"حماية المدنيين الفلسطينيين\"",
  also=["2007-05-23", "2007-05-24"], gloss="President Mahmoud Abbas, in a phone call with Siniora, called for 'protecting Palestinian civilians'")
E("CONSULT", "abbas,siniora", "siniora,abbas", None, None, "asserted", "null",
  "في اتصال هاتفي مع السنيورة", also=["2007-05-23", "2007-05-24"], opt=True,
  gloss="in a phone call with Siniora (optional)")
E("SUPPORT", "abbas", "lebanon-gov", None, None, "asserted", "abbas",
  "مؤيدا \"حق الدولة اللبنانية في بسط سلطتها على أراضيها\"", also=["2007-05-23", "2007-05-24"],
  gloss="backing 'the Lebanese state's right to extend its authority over its territory'")
E("REQUEST", "hamas", "laf,fatah-islam", "nahr-al-bared", None, "asserted", "hamas",
  "وطالبت حركة حماس بوقف فوري لإطلاق النار ومعالجة الأزمة \"بالوسائل السياسية\"", also=["2007-05-23", "2007-05-24"],
  mode="ceasefire", gloss="Hamas demanded an immediate ceasefire and a solution 'by political means'")
E("ACCUSE", "hamas", "laf", "nahr-al-bared", None, "asserted", "hamas",
  "محذرة من \"عقاب جماعي\" لأهالي المخيم", also=["2007-05-23", "2007-05-24"],
  gloss="warning against 'collective punishment' of the camp's people")
E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", "2007-05-24", "asserted", "مراسلنا,شهود داخل المخيم",
  "أن القصف المدفعي استؤنف مساء اليوم على الأطراف الشمالية للمخيم بعد انتهاء الهدنة", mode="heavy-weapons",
  gloss="artillery shelling resumed this evening on the camp's northern edges after the truce ended (passive; the army's guns)")

# ---------------------------------------------------------------- 1711 ar pro-army paper
p = Page("naharbared", 11, "1711_jaridatsawtalarz_army_takes_nahr_al_bared_absi_killed_more_than_200_militants.txt",
         "جريدة صوت الأرز", "ar",
         "الجيش يحسم معركة نهر البارد.. سقوط المخيم وترجيحات بمقتل العبسي وأكثر من 200 إرهابي",
         "2007-09-03T12:30",
         "From the page's date line (03/09/2007 - 12:30 بتوقيت بيروت, day-first); 'أمس الأحد' and 'فجرا' are "
         "2007-09-02, '20 أيار' 2007-05-20 and '24 آب' 2007-08-24 explicit, 'الأسبوع المقبل' after 2007-09-03.",
         "نهر البارد",
         "أحكم الجيش اللبناني، أمس الأحد، سيطرته الكاملة على مخيم نهر البارد",
         "بعد مفاوضات قادتها رابطة علماء فلسطين.",
         ["الرئيسية | لبنان | الجيش | سياسة | اقتصاد | ثقافة | رياضة | أرشيف",
          "شارك: فيسبوك | بريد إلكتروني | طباعة", "مواضيع ذات صلة",
          "بالصور: الجيش يدخل أحياء المخيم القديم", "أسعار المحروقات على حالها",
          "انطلاق العام الدراسي في المدارس الرسمية"])
E = p.e
E("COERCE,ASSAULT", "laf", "fatah-islam", "nahr-al-bared", "2007-09-02", "asserted", "null",
  "أحكم الجيش اللبناني، أمس الأحد، سيطرته الكاملة على مخيم نهر البارد، بعد 106 أيام من المعارك مع تنظيم \"فتح الإسلام\" الإرهابي",
  mode="seize", gloss="the Lebanese army took full control of Nahr al-Bared yesterday, Sunday, after 106 days of fighting with the 'terrorist' Fatah al-Islam")
E("RETREAT", "fatah-islam", "laf", "nahr-al-bared", "2007-09-02", "asserted", "null",
  "إثر محاولة فاشلة قام بها من تبقى من المسلحين للفرار من المخيم فجرا", mode="withdraw",
  gloss="after a failed attempt at dawn by the remaining gunmen to flee the camp")
E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", "2007-09-02", "asserted", "laf-command",
  "وأعلنت قيادة الجيش - مديرية التوجيه، في بيان، أن وحداتها \"قضت على 39 إرهابيا خلال محاولتهم الفرار",
  size={"dead": 39}, gloss="the army command said its units 'eliminated 39 terrorists as they tried to flee'")
E("COERCE", "laf", "fatah-islam", "nahr-al-bared", "2007-09-02", "asserted", "laf-command",
  "وألقت القبض على 20 آخرين", size={"militants": 20}, mode="arrest", gloss="and arrested 20 others")
b1711_222 = E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", None, "asserted", "laf-command",
  "مشيرة إلى أن عدد قتلى التنظيم منذ بدء المعارك في 20 أيار بلغ 222 قتيلا", also=["2007-05-20", None],
  size={"dead": 222}, gloss="the group's dead since the fighting began on 20 May reached 222")
E("COERCE", "laf", "fatah-islam", "nahr-al-bared", None, "asserted", "laf-command",
  "فيما بلغ عدد الموقوفين 202", also=["2007-05-20", None], size={"militants": 202}, mode="arrest",
  gloss="while 202 were detained")
b1711_163 = E("ASSAULT", "fatah-islam", "laf", "nahr-al-bared", None, "asserted", "laf-command",
  "وأوضحت قيادة الجيش أن 163 عسكريا استشهدوا في المعارك، بينهم ضباط، فيما جرح أكثر من 400",
  also=["2007-05-20", None], size={"dead": 163, "wounded": 400},
  gloss="163 soldiers, officers among them, were killed in the fighting and more than 400 wounded (army command)")
E("ASSAULT", "laf", "absi", "nahr-al-bared", "2007-09-02", "possible,asserted", "nna,مصدر أمني",
  "أن جثة يعتقد أنها لزعيم التنظيم شاكر العبسي نقلت إلى مستشفى طرابلس الحكومي لإخضاعها لفحوص الحمض النووي",
  also=[None], gloss="a body believed to be that of the group's leader Shaker al-Absi was taken to Tripoli government hospital for DNA tests (NNA, a security source)")
E("RETREAT", "absi", "laf", "nahr-al-bared", None, "possible", "مصادر أخرى",
  "في حين رجحت مصادر أخرى أن يكون العبسي قد فر من المخيم قبل أيام", mode="withdraw",
  gloss="while other sources said al-Absi probably fled the camp days earlier")
E("SUPPORT,PROTEST", "lebanese-civilians", "laf", "tripoli-lb,akkar,minyeh", "2007-09-02", "asserted", "null",
  "حيث خرج المواطنون إلى الشوارع ونثروا الأرز والورود على مواكب الجيش العائدة", also=["2007-09-03"],
  gloss="citizens took to the streets and threw rice and roses on the returning army convoys (Tripoli, Akkar, Minyeh)")
E("SUPPORT", "laf", "fatah-islam", "nahr-al-bared", "2007-09-02", "asserted", "null",
  "فيما رفعت الأعلام اللبنانية فوق ركام المخيم", opt=True,
  gloss="Lebanese flags were raised over the camp's rubble (passive; optional)")
E("COERCE", "laf,lebanon-gov", "fatah-islam", "nahr-al-bared", "2007-09-02", "asserted", "siniora",
  "وأعلن رئيس الحكومة فؤاد السنيورة، في كلمة متلفزة، \"انتصار لبنان على الإرهاب\"", opt=True,
  gloss="PM Siniora declared in a televised speech 'Lebanon's victory over terrorism' (the same capture; optional)")
E("AGREE,AID", "siniora,lebanon-gov", "camp-civilians", "nahr-al-bared", None, "planned", "siniora",
  "متعهدا بإعادة إعمار المخيم وعودة أهله إليه \"في أقرب وقت\"",
  gloss="pledging to rebuild the camp and return its people 'as soon as possible'")
E("COERCE", "lebanon-gov", "fatah-islam,plo", "nahr-al-bared", None, "planned", "siniora",
  "ومؤكدا أن المخيم سيكون \"تحت سلطة الدولة اللبنانية وحدها\"", opt=True,
  gloss="and that the camp will be 'under the sole authority of the Lebanese state' (optional)")
E("THREATEN", "suleiman,laf", None, None, None, "planned,asserted", "suleiman",
  "محذرا من أن المؤسسة العسكرية \"ستلاحق كل من تسول له نفسه المس بالأمن\" أينما كان",
  also=["2007-09-02", "2007-09-03"],
  gloss="warning that the army 'will pursue anyone tempted to harm security' wherever he is (addressed to no one named)")
E("SUPPORT", "zaki,plo", "laf,lebanon-gov", None, None, "asserted", "zaki",
  "رحب ممثل منظمة التحرير في لبنان عباس زكي بانتهاء المعارك", also=["2007-09-02", "2007-09-03"],
  gloss="PLO representative Abbas Zaki welcomed the end of the fighting")
E("REQUEST", "zaki,plo", "lebanon-gov", "nahr-al-bared", None, "asserted", "zaki",
  "مطالبا بـ\"الإسراع في إعادة إعمار المخيم وعودة النازحين\"", also=["2007-09-02", "2007-09-03"],
  gloss="demanding 'swift reconstruction of the camp and the return of the displaced'")
E("REQUEST", "اللجنة الشعبية في مخيم البداوي", "laf", "beddawi,nahr-al-bared", None, "asserted", "اللجنة الشعبية في مخيم البداوي",
  "بينما طالبت اللجنة الشعبية في مخيم البداوي بالسماح للأهالي بتفقد منازلهم", also=["2007-09-02", "2007-09-03"],
  gloss="while the Beddawi camp popular committee asked that residents be allowed to check their homes")
E("REQUEST", "unrwa", "للمانحين", None, None, "planned", "unrwa",
  "معلنة عزمها إطلاق نداء طارئ للمانحين الأسبوع المقبل",
  gloss="announcing its intention to launch an emergency appeal to donors next week")
b1711_may20 = E("ASSAULT", "fatah-islam", "laf", "nahr-al-bared", "2007-05-20", "asserted", "null",
  "وكان عناصر التنظيم قد هاجموا في 20 أيار مراكز للجيش عند مداخل المخيم وفي محيطه، وقتلوا عددا من العسكريين أثناء نومهم",
  gloss="the group's members had attacked army posts at and around the camp's entrances on 20 May, killing soldiers in their sleep")
b1711_displ = E("RETREAT,MOBILIZE", "camp-civilians", "fatah-islam,laf", "nahr-al-bared", None, "asserted", "null",
  "ما أشعل المعارك التي نزح خلالها نحو 30 ألف لاجئ إلى مخيم البداوي ومناطق أخرى", also=["2007-05-20", None],
  size={"people": 30000}, dest="beddawi",
  gloss="sparking the fighting during which some 30,000 refugees fled to Beddawi camp and elsewhere")
b1711_fam = E("RETREAT", "laf,militant-families", "militant-families,fatah-islam", "nahr-al-bared", "2007-08-24", "asserted", "null",
  "كما كان الجيش قد سمح في 24 آب الماضي بخروج 63 امرأة و40 طفلا من عائلات المسلحين",
  size={"women": 63, "children": 40}, mode="access",
  gloss="the army had allowed 63 women and 40 children of the gunmen's families to leave on 24 August")
E("CONSULT", "scholars,fatah-islam,laf", "fatah-islam,laf", "nahr-al-bared", None, "asserted", "null",
  "بعد مفاوضات قادتها رابطة علماء فلسطين", also=["2007-08-24", None], mode="mediate", opt=True,
  gloss="after talks led by the Palestinian Scholars League (optional)")

# ---------------------------------------------------------------- 1712 en regional (Nicosia)
p = Page("naharbared", 12, "1712_easternmediterraneanmail_militants_wives_and_children_leave_nahr_al_bared.txt",
         "The Eastern Mediterranean Mail", "en",
         "Militants' wives and children leave Nahr al-Bared; army says end of siege is near",
         "2007-08-25T10:15",
         "From the page's date line (25.08.2007 | 10:15 EEST, day-first); 'on Friday' is 2007-08-24, 'on Thursday' "
         "2007-08-23, 'this week' 20-25 Aug, 'last week' 13-19 Aug, 'May 20' explicit, 'since May' and 'in June' "
         "background.",
         "NICOSIA/TRIPOLI",
         "Dozens of women and children from the families of Fatah al-Islam fighters left the besieged Nahr al-Bared camp",
         "saying it fears militants escaping into its territory.",
         ["Home | Cyprus | Levant | Greece | Turkey | Business | Comment | Sport",
          "Share: Email | Facebook | Print", "More from the Mail",
          "Nicosia hosts regional water conference", "Greek wildfires: EU sends aircraft",
          "Comment: the Levant's lost summer"])
E = p.e
b1712_fam = E("RETREAT", "militant-families,laf", "laf,fatah-islam", "nahr-al-bared", "2007-08-24", "asserted", "null",
  "Dozens of women and children from the families of Fatah al-Islam fighters left the besieged Nahr al-Bared camp in north Lebanon on Friday")
E("AGREE", "fatah-islam,laf,scholars", "laf,fatah-islam", "nahr-al-bared", "2007-08-24", "asserted", "null",
  "under a deal negotiated by Palestinian clerics", also=[None], mode="mediate")
E("REJECT", "fatah-islam", "laf", "nahr-al-bared", None, "asserted", "null",
  "ending weeks of refusal by the militants to let them go", opt=True)
b1712_lrc = E("AID,MOBILIZE", "lrc", "militant-families", "nahr-al-bared", "2007-08-24", "asserted", "lrc",
  "The Lebanese Red Cross said 63 women and 38 children were taken by bus to a hospital in Tripoli",
  size={"women": 63, "children": 38}, dest="tripoli-lb", mode="humanitarian")
E("COERCE", "laf", "militant-families", "tripoli-lb", "2007-08-24", "asserted", "lrc",
  "and then handed over to the army for questioning", mode="arrest")
E("REQUEST", "fatah-islam", "laf", "nahr-al-bared", None, "asserted", "hajj",
  "the militants had asked the army for guarantees that the women would not be detained",
  also=["2007-08-22", "2007-08-23", "2007-08-24", None])
E("AGREE", "laf", "fatah-islam,militant-families", "nahr-al-bared", None, "asserted", "hajj",
  "the army had agreed only to \"treat them humanely\"", also=["2007-08-23", "2007-08-24", None])
E("REJECT", "fatah-islam", "laf,scholars", "nahr-al-bared", None, "asserted", "hajj",
  "the remaining fighters, put at between 70 and 90 by the army, had rejected a call to surrender",
  also=["2007-08-23", "2007-08-24", None], mode="surrender")
E("COERCE", "laf", "fatah-islam", "nahr-al-bared", None, "asserted", "laf-command",
  "An army spokesman said troops had taken most of the camp's \"old\" section",
  also=["2007-08-24", "2007-08-25", None], mode="seize")
E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", None, "asserted", "null,security sources",
  "Troops used helicopters this week to drop 250-kg bombs on the bunkers",
  also=["2007-08-20", "2007-08-21", "2007-08-22", "2007-08-23", "2007-08-24", "2007-08-25"], mode="aerial")
b1712_may20 = E("ASSAULT", "fatah-islam", "laf", "nahr-al-bared", "2007-05-20", "asserted", "null",
  "The fighting began on May 20, when Fatah al-Islam fighters attacked army posts around the camp and killed 27 soldiers",
  size={"dead": 27})
b1712_136 = E("ASSAULT", "fatah-islam", "laf", "nahr-al-bared", None, "asserted", "laf",
  "The army has lost 136 soldiers since then, according to its own count", also=["2007-05-20", None],
  size={"dead": 136})
E("ASSAULT", "laf", "fatah-islam", "nahr-al-bared", None, "asserted", "laf",
  "says about 80 militants have been killed", also=["2007-05-20", None], size={"dead": 80})
E("ASSAULT", "fatah-islam", "laf", "nahr-al-bared", None, "asserted,alleged", "fatah-islam",
  "In an audio message posted online last week, Fatah al-Islam claimed to have killed \"hundreds\" of soldiers",
  also=["2007-05-20", None], note="A claim of losses inflicted: the attacks with the claiming party as claimant.")
E("AID", "us-gov", "laf", None, None, "asserted", "null",
  "The United States has flown in ammunition and spare parts for the army since May", also=["2007-05-01", None],
  mode="military")
E("AID", "us-state,us-gov", "laf", None, None, "planned", "us-state",
  "the State Department said on Friday it would provide a further $30 million in military aid",
  also=["2007-08-24", None], mode="military")
E("REQUEST", "unrwa", "donors", None, "2007-08-24", "asserted", "unrwa",
  "again appealed to donors after receiving less than half of the $55 million it sought in June", also=[None],
  mode="humanitarian")
E("RETREAT", "camp-civilians", "fatah-islam,laf", "nahr-al-bared", None, "asserted", "unrwa",
  "about 30,000 refugees displaced from Nahr al-Bared were still living in Beddawi camp and in schools in the area",
  dest="beddawi", opt=True)
E("ASSAULT", "isf,fatah-islam", "fatah-islam,isf", "tripoli-lb", "2007-08-23", "asserted", "isf",
  "police said a man wanted over the May 20 fighting was killed in a shootout at a checkpoint on Thursday, and that two policemen were wounded",
  size={"dead": 1, "wounded": 2}, mode="firearms")
E("ACCUSE", "lebanon-gov", "syria-gov", None, None, "asserted", "lebanon-gov",
  "Syria, which the Lebanese government accuses of backing the group")
E("COERCE,SANCTION", "syria-gov", "lebanon-gov,fatah-islam", "north-border", None, "asserted", "null",
  "has closed two border crossings in the north, saying it fears militants escaping into its territory",
  mode="border", note="Closing border crossings: COERCE (SANCTION accepted).")

# ---------------------------------------------------------------- links and contradictions
link("Fatah al-Islam attacks army posts around Nahr al-Bared and kills 27 soldiers, 20 May", b1709_may20, b1712_may20)
link("Fatah al-Islam attacks army posts around Nahr al-Bared, 20 May", b1709_may20, b1711_may20)
link("Fatah al-Islam attacks army posts around Nahr al-Bared, 20 May", b1711_may20, b1712_may20)
link("Refugees flee Nahr al-Bared for Beddawi", b1710_flee, b1711_displ)
link("Militants' wives and children leave the camp, 24 Aug", b1711_fam, b1712_fam)
link("Militants' wives and children leave the camp, 24 Aug (the Red Cross count)", b1711_fam, b1712_lrc)
contra("value", "size.children", "Children among the militants' families who left on 24 Aug: 40 (Sawt al-Arz) vs 38 (Lebanese Red Cross, Eastern Mediterranean Mail)",
       b1711_fam, b1712_lrc)
contra("value", "actor", "Who attacked first on 20 May: Fatah al-Islam on army posts (Sawt al-Arz) vs the army, with the militants defending themselves (Taha, Ashgrove)",
       b1709_taha, b1711_may20)
contra("value", "actor", "Who attacked first on 20 May: Fatah al-Islam on army posts (Eastern Mediterranean Mail) vs the army, with the militants defending themselves (Taha, Ashgrove)",
       b1709_taha, b1712_may20)
contra("value", "size.dead", "Civilians killed in the first days: 15 (security sources, Ashgrove) vs 30 since Sunday (Taha, Mukhayyamat al-Shamal)",
       b1709_civ, b1710_civ)
