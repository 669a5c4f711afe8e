"""Story 1: Baghouz, the last Islamic State pocket (Syria, Feb-Mar 2019). Pages 1701-1704."""
from gold_common import entity, place, story, Page, link, contra

story("baghouz", "Baghouz, the last Islamic State pocket, Feb-Mar 2019",
      "2018-12-01", "2019-03-31", "2014-01-01")

# ---------------------------------------------------------------- entities
entity("sdf", "SYR REB", ["Syrian Democratic Forces", "the U.S.-backed Syrian Democratic Forces",
       "U.S.-backed Syrian Democratic Forces", "SDF", "the SDF", "the alliance", "U.S.-backed forces",
       "قوات سوريا الديمقراطية", "قسد", "ميليشيا قسد", "ميليشيا \"قسد\"", "الميليشيا", "قواته",
       "المقاتلين", "مقاتلي الوحدات الخاصة"])
entity("ypg", "SYR REB", ["YPG", "the YPG", "Kurdish YPG militia", "the Kurdish YPG militia",
       "وحدات حماية الشعب"], member_of="sdf")
entity("sdc", "SYR OPP", ["Syrian Democratic Council", "the Syrian Democratic Council",
       "the SDF's political arm"], member_of="sdf")
entity("aanes", "SYR OPP", ["Autonomous Administration", "الإدارة الذاتية"])
entity("bali", "SYR REB", ["Mustafa Bali", "SDF media chief Mustafa Bali", "Bali",
       "head of the SDF media office", "مصطفى بالي", "بالي",
       "مدير المركز الإعلامي لقوات سوريا الديمقراطية مصطفى بالي", "المتحدث باسمها مصطفى بالي"],
       member_of="sdf")
entity("afrin", "SYR REB", ["Adnan Afrin", "SDF commander Adnan Afrin"], member_of="sdf")
entity("mazloum", "SYR REB", ["Mazloum Abdi", "مظلوم عبدي",
       "القائد العام لقوات سوريا الديمقراطية مظلوم عبدي"], member_of="sdf")
entity("isis", "SYR REB", ["Islamic State", "the Islamic State", "Islamic State fighters",
       "the militants", "the group", "Daesh", "the fighters", "the fighters still inside",
       "hardline fighters", "its fighters", "داعش", "تنظيم داعش", "تنظيم داعش الإرهابي", "التنظيم",
       "عناصر التنظيم", "مسلحي داعش", "إرهابيي داعش", "مسلحي تنظيم داعش", "فلول داعش",
       "قادة في التنظيم", "عدد من عناصر التنظيم", "مجموعة من إرهابيي داعش"])
entity("amaq", "SYR REB", ["Amaq", "Amaq news agency", "the group's Amaq news agency", "its Amaq news agency",
       "أعماق", "وكالة \"أعماق\""], member_of="isis")
entity("coalition-oir", "USA MIL", ["U.S.-led coalition", "the U.S.-led coalition", "the coalition",
       "coalition", "its aircraft", "التحالف الدولي", "طيران التحالف الدولي",
       "التحالف الدولي بقيادة الولايات المتحدة", "ما يسمى \"التحالف الدولي\"",
       "طيران ما يسمى \"التحالف الدولي\"", "التحالف", "التحالف غير الشرعي", "قوات التحالف",
       "طيران التحالف", "ما يسمى التحالف", "مروحيات التحالف"], member_of="us-gov")
entity("sean-ryan", "USA MIL", ["Sean Ryan", "Colonel Sean Ryan", "a coalition spokesman"],
       member_of="coalition-oir")
entity("us-gov", "USA GOV", ["United States", "the United States", "Washington", "U.S.",
       "الولايات المتحدة", "واشنطن", "برعاية أميركية"])
entity("us-forces", "USA MIL", ["U.S. forces", "القوات الأميركية"], member_of="us-gov")
entity("trump", "USA GOV", ["Donald Trump", "الرئيس الأميركي دونالد ترامب", "ترامب"], member_of="us-gov")
entity("syria-gov", "SYR GOV", ["Syrian government", "Damascus", "حكومة دمشق", "دمشق",
       "وسائل إعلام دمشق"])
entity("syria-mfa", "SYR GOV", ["the foreign ministry", "foreign ministry", "Syrian foreign ministry",
       "وزارة الخارجية والمغتربين", "وزارة الخارجية في حكومة دمشق"], member_of="syria-gov")
entity("sana", "SYR GOV", ["SANA", "the state news agency SANA", "وكالة سانا", "سانا"],
       member_of="syria-gov")
entity("saa", "SYR MIL", ["Syrian army", "the Syrian army", "الجيش العربي السوري",
       "وحدات الجيش العربي السوري"], member_of="syria-gov")
entity("russia-mod", "RUS MIL", ["Russian defence ministry", "وزارة الدفاع الروسية"])
entity("turkey-gov", "TUR GOV", ["Turkey", "Ankara", "أنقرة", "تركيا"])
entity("erdogan", "TUR GOV", ["Tayyip Erdogan", "Turkish President Tayyip Erdogan", "Erdogan"],
       member_of="turkey-gov")
entity("kalin", "TUR GOV", ["Ibrahim Kalin", "إبراهيم قالن", "المتحدث باسم الرئاسة التركية إبراهيم قالن"],
       member_of="turkey-gov")
entity("iraq-gov", "IRQ GOV", ["Iraq", "Baghdad", "Iraqi government", "العراق"])
entity("iraq-security", "IRQ GOV", ["the Iraqi security services", "Iraqi security services"],
       member_of="iraq-gov")
entity("iraq-army", "IRQ MIL", ["the Iraqi military", "Iraqi military"], member_of="iraq-gov")
entity("krg", "IRQ GOV", ["Kurdistan Region", "the Kurdistan Region", "Officials in Erbil",
       "Kurdistan Regional Government"])
entity("un", "IGO", ["United Nations", "the United Nations", "U.N.", "UN", "U.N. agencies",
       "الأمم المتحدة", "المنظمات الدولية"])
entity("unsg", "IGO", ["U.N. Secretary-General", "الأمين العام للأمم المتحدة"], member_of="un")
entity("unsc", "IGO", ["U.N. Security Council", "Security Council", "the Security Council",
       "مجلس الأمن", "رئيس مجلس الأمن", "مجلس الأمن الدولي"], member_of="un")
entity("ocha", "IGO", ["OCHA", "the U.N. humanitarian office OCHA", "U.N. humanitarian office"],
       member_of="un")
entity("who", "IGO", ["World Health Organization", "the World Health Organization", "WHO"],
       member_of="un")
entity("irc", "NGO", ["International Rescue Committee", "The International Rescue Committee", "IRC"])
entity("icrc", "NGO", ["International Committee of the Red Cross",
       "the International Committee of the Red Cross", "ICRC", "Red Cross",
       "اللجنة الدولية للصليب الأحمر"])
entity("krc", "NGO", ["Kurdish Red Crescent", "The Kurdish Red Crescent", "Heyva Sor"])
entity("sohr", "NGO", ["Syrian Observatory for Human Rights",
       "The Britain-based Syrian Observatory for Human Rights", "SOHR",
       "المرصد السوري لحقوق الإنسان"])
entity("baghouz-civilians", "SYR CVL", ["civilians", "women and children", "families",
       "departing families", "More than 3,000 people", "people", "the last civilians",
       "some 2,000 people", "More than 59,000 people", "More than 67,000 people",
       "wounded and sick people", "المدنيين", "المحاصرين", "دفعات من المحاصرين", "ألفي شخص",
       "16 مدنيا", "آلاف المدنيين", "أكثر من خمسة آلاف شخص", "عشرات العائلات",
       "مخيم البحرة للنازحين", "الوافدين", "72 ألف شخص"])
entity("iraqi-civilians", "IRQ CVL", ["some 30,000 of its citizens", "the families",
       "families of Islamic State fighters"])
entity("yazidis", "IRQ CVL", ["Yazidi women and children", "Yazidis"])
entity("unidentified-attackers", "UAF", ["unidentified attackers", "unknown attackers",
       "a roadside bomb", "مجهولون"])

# ---------------------------------------------------------------- places
place("baghouz", ["Baghouz", "the enclave", "the riverside pocket", "the pocket", "the Baghouz pocket",
      "the Baghouz tent camp", "a tent camp on the river bank", "the camp", "the ruins of Baghouz",
      "الباغوز", "بلدة الباغوز", "الجيب", "الجيب المحاصر", "آخر نقطة كان يتحصن فيها عناصر التنظيم على ضفة النهر"],
      34.478, 40.955, 5, note="Al-Baghuz Fawqani on the east bank of the Euphrates, Deir ez-Zor; "
      "approximate (not in cities500).")
place("screening-point", ["an SDF screening point in the desert", "the screening point",
      "نقطة تجميع في البادية"], 34.55, 40.99, 15,
      note="SDF screening point in the desert north of Baghouz; approximate.")
place("hajin", ["Hajin", "هجين"], 34.69508, 40.83138, 8, 174506)
place("susah", ["Susah", "السوسة"], 34.53366, 40.95819, 4, 172415)
place("albu-kamal", ["Albu Kamal", "Abu Kamal", "البوكمال", "مدينة البوكمال", "ريف البوكمال الشرقي"],
      34.45226, 40.91854, 12, 174448)
place("al-hol", ["al-Hol", "al-Hol camp", "the al-Hol camp", "مخيم الهول", "المخيم"],
      36.39042, 41.14983, 6, 173797, note="GeoNames cities500 (173797, Al Hawl); the camp lies by the town.")
place("deir-ez-zor-prov", ["Deir ez-Zor province", "دير الزور", "ريف دير الزور الشرقي",
      "eastern Syria"], 35.0, 40.5, 130, note="Deir ez-Zor governorate (region); centroid approximate.")
place("omar-field", ["al-Omar oil field", "حقل العمر", "حقل العمر النفطي"], 35.09, 40.56, 8,
      note="Al-Omar oil field east of the Euphrates, Deir ez-Zor; approximate.")
place("euphrates-east", ["east of the Euphrates", "east of the river", "northeast Syria",
      "شرقي الفرات", "شرقي نهر الفرات", "شمال شرقي البلاد"], 36.0, 40.0, 220,
      note="Syria east of the Euphrates (region); centroid approximate.")
place("euphrates-west-bank", ["الضفة الغربية لنهر الفرات قبالة الباغوز", "عبر النهر"], 34.47, 40.93, 6,
      note="West bank of the Euphrates opposite Baghouz; approximate.")
place("bahra-camp", ["مخيم البحرة", "مخيم البحرة للنازحين قرب هجين"], 34.72, 40.80, 5,
      note="Al-Bahra displacement camp near Hajin; approximate.")
place("raqqa", ["Raqqa", "الرقة"], 35.95283, 39.00788, 10, 172955)
place("syria", ["Syria", "سوريا", "الأراضي السورية"], 35.0, 38.5, 400,
      note="Syria (country); centroid approximate.")
place("iraq", ["Iraq", "العراق"], 33.2, 43.7, 450, note="Iraq (country); centroid approximate.")
place("qayyarah", ["al-Qayyarah", "a camp near al-Qayyarah, south of Mosul"], 35.79933, 43.29447, 8, 99003)
place("sanliurfa", ["Sanliurfa"], 37.16708, 38.79392, 10, 298333)
place("sinjar", ["Sinjar"], 36.3209, 41.87656, 10, 448149)
place("busayrah", ["al-Busayrah"], 35.15618, 40.42716, 5, 173927)
place("kurdistan-region", ["Kurdistan Region", "the Kurdistan Region"], 36.4, 44.3, 150,
      note="Kurdistan Region of Iraq (region); centroid approximate.")

# ---------------------------------------------------------------- 1701 en wire
p = Page("baghouz", 1,
         "1701_tidewaternewsagency_thousands_more_leave_baghouz_as_sdf_holds_fire_on_last_is_pocket.txt",
         "Tidewater News Agency", "en",
         "Thousands more leave Baghouz as U.S.-backed forces hold fire on last Islamic State pocket",
         "2019-03-05T14:35",
         "From the page's date line (Published: 5 March 2019, 14:35 GMT | Updated: 5 March 2019, 19:10 GMT): "
         "the publication, not the update; 'on Tuesday' and 'earlier in the day' are 2019-03-05, 'on Monday' "
         "2019-03-04, 'on Sunday' 2019-03-03, 'over the past week' 26 Feb-5 Mar, 'Feb. 20' and 'Feb. 9' explicit.",
         "NEAR BAGHOUZ, Syria/BEIRUT",
         "More than 3,000 people, among them hundreds of Islamic State fighters who gave themselves up",
         "is not believed to be in Baghouz.",
         ["Home | World | Middle East | Europe | Business | Markets | Pictures | Video",
          "Share this article: X | Facebook | LinkedIn | Email", "Related coverage",
          "Oil steadies as OPEC cuts offset demand worries",
          "Iraq's parliament debates U.S. troop presence",
          "Factbox: who are the Syrian Democratic Forces?"])
E = p.e
b1701_out = E("RETREAT,MOBILIZE", "baghouz-civilians,isis", "sdf", "baghouz", "2019-03-05", "asserted", "sdf",
  "More than 3,000 people, among them hundreds of Islamic State fighters who gave themselves up, left the militants' last enclave at Baghouz in eastern Syria on Tuesday",
  size={"people": 3000}, note="The day's exodus as the SDF counts it.")
b1701_surr = E("RETREAT,COERCE", "isis", "sdf", "baghouz", "2019-03-05", "asserted", "sdf",
  "hundreds of Islamic State fighters who gave themselves up", mode="surrender",
  note="Surrender: RETREAT by the side that gives itself up (COERCE, the captors' detention, accepted).")
E("ASSAULT", "sdf", "isis", "baghouz", None, "planned,possible", "null",
  "as a slow evacuation again put off the final assault on the riverside pocket", opt=True,
  note="The assault put off (optional).")
E("RETREAT,MOBILIZE", "baghouz-civilians", "sdf", "baghouz", "2019-03-05", "asserted",
  "null,a Tidewater reporter at the scene",
  "Trucks packed with women and children rolled out of the enclave through the afternoon toward an SDF screening point in the desert",
  dest="screening-point", opt=True, note="The same exodus as seen by the outlet's reporter (optional).")
E("ACCUSE", "bali,sdf", "isis", "baghouz", "2019-03-05", "asserted", "bali",
  "Mustafa Bali, head of the SDF media office, said on Twitter that the fighters still inside were \"hiding behind civilians\"",
  also=[None])
E("THREATEN,AGREE", "bali,sdf", "isis", "baghouz", "2019-03-05", "hypothetical,planned,asserted", "bali",
  "the alliance would not storm the camp while families remained there", also=[None],
  note="An assault held back on a condition: THREATEN (hypothetical), or a pledge (AGREE).")
b1701_strikes = E("ASSAULT", "coalition-oir", "isis", "baghouz", None, "asserted", "coalition-oir",
  "The U.S.-led coalition said its aircraft had carried out 22 strikes on fighting positions around Baghouz over the past week",
  also=["2019-02-26", "2019-02-27", "2019-02-28", "2019-03-01", "2019-03-02", "2019-03-03",
        "2019-03-04", "2019-03-05"], size={"strikes": 22}, mode="aerial")
E("RETREAT", "sdf", "isis", "baghouz", "2019-03-05", "asserted", "sean-ryan",
  "the pause in ground operations was \"to protect civilians, not a gift to Daesh\"", also=[None],
  mode="ceasefire", note="The pause in the ground offensive, as the coalition spokesman explains it.")
E("THREATEN", "sean-ryan,coalition-oir", "isis", "baghouz", "2019-03-05", "hypothetical,asserted", "sean-ryan",
  "strikes would resume at once if the fighters fired on departing families", also=[None],
  note="A conditional threat (told Tidewater by telephone).")
E("RETREAT,MOBILIZE", "baghouz-civilians,isis", "sdf", "baghouz", "2019-03-05", "asserted", "sohr",
  "The Britain-based Syrian Observatory for Human Rights put the number of people who left on Tuesday at about 2,000",
  size={"people": 2000}, note="Another source's count of the same exodus: a separate event with size.")
E("RETREAT", "baghouz-civilians", "sdf", "baghouz", "2019-03-05", "asserted", "afrin",
  "SDF commander Adnan Afrin said earlier in the day that the last civilians had already come out",
  also=["2019-03-04"])
E("THREATEN", "isis", "sdf", "baghouz", "2019-03-04", "planned,asserted", "amaq,isis",
  "the group's Amaq news agency released a video on Monday showing fighters in a tent camp on the river bank vowing to fight \"until the last drop\"",
  note="A vow to fight on: THREATEN, planned.")
b1701_amaq = E("ASSAULT", "isis", "sdf", "baghouz", "2019-03-03", "asserted,alleged", "amaq,isis",
  "claimed that its fighters had killed dozens of \"apostates\" in a counter-attack on Sunday",
  note="A claim of responsibility: the attack with the claiming party as claimant; 'claimed' accepts alleged.")
E("REJECT,ASSAULT", "sdf,isis", "isis,sdf", "baghouz", "2019-03-03", "asserted,denied", "sdf",
  "The SDF denied losing any fighters that day", also=["2019-03-04", "2019-03-05", None],
  note="A denial: REJECT by the SDF, or the claimed losses with modality denied.")
b1701_hol = E("RETREAT,MOBILIZE", "baghouz-civilians", "sdf", "baghouz", None, "asserted", "ocha",
  "More than 59,000 people have fled the Baghouz area since December, most of them to the al-Hol camp in Hasakah province, the U.N. humanitarian office OCHA said on Monday",
  also=["2018-12-01", None], size={"people": 59000}, dest="al-hol",
  note="A running count since December: undated (or the start of December).")
E("REQUEST", "irc", "sdf,un", "screening-point", None, "asserted", "irc",
  "urged the SDF and U.N. agencies to set up a field clinic at the screening point",
  also=["2019-03-04", "2019-03-05", None])
b1701_feb20 = E("RETREAT,MOBILIZE", "baghouz-civilians", "sdf", "baghouz", "2019-02-20", "asserted", "null",
  "The evacuations began on Feb. 20, when a first convoy of about 50 trucks carried some 2,000 people out of the pocket",
  size={"people": 2000, "trucks": 50})
b1701_feb9 = E("ASSAULT", "sdf", "isis", "baghouz", "2019-02-09", "asserted", "null",
  "The SDF had launched the battle for Baghouz on Feb. 9")
E("RETREAT", "sdf", "isis", "baghouz", None, "asserted", "null",
  "halted it several times to let civilians leave", mode="ceasefire", opt=True,
  note="Pauses in the offensive (optional, undated).")
E("REQUEST", "syria-mfa,syria-gov", "us-forces,us-gov", "syria", None, "asserted", "sana,syria-mfa",
  "the foreign ministry again demanded that U.S. forces leave Syria",
  also=["2019-03-04", "2019-03-05", None], mode="withdraw")
E("ASSAULT,ACCUSE", "syria-mfa,coalition-oir", "baghouz-civilians,coalition-oir", "hajin,baghouz", None,
  "asserted", "sana,syria-mfa",
  "accused the coalition of killing civilians in strikes on Hajin and Baghouz",
  also=["2019-03-04", "2019-03-05", None],
  note="An accusation naming the author: the strikes with the accuser as claimant, ACCUSE accepted.")
E("THREATEN", "turkey-gov", "ypg,sdf", "euphrates-east", None, "asserted,hypothetical,planned", "turkey-gov",
  "has threatened to send its troops east of the Euphrates once the campaign is over",
  note="Turkey's standing threat, conditional on the end of the campaign.")

# ---------------------------------------------------------------- 1702 ar SDF-aligned
p = Page("baghouz", 2, "1702_shabakatalkhaburalikhbariya_sdf_declares_end_of_caliphate_in_baghouz.txt",
         "شبكة الخابور الإخبارية", "ar",
         "قسد تعلن القضاء على \"خلافة\" داعش في الباغوز.. ومظلوم عبدي يهدي النصر لأحد عشر ألف شهيد",
         "2019-03-23",
         "From the page's date line (السبت 16 رجب 1440هـ - 23 آذار/مارس 2019م, Hijri beside Gregorian, checked "
         "with java.time.chrono.HijrahDate (Umm al-Qura): 16 Rajab 1440 = 2019-03-23); 'اليوم السبت' is 2019-03-23, "
         "'خلال اليومين الماضيين' 2019-03-21/22, 'خلال الأسبوع الأخير' 16-23 Mar, 'التاسع من شباط' 2019-02-09.",
         "حقل العمر",
         "أعلنت قوات سوريا الديمقراطية، اليوم السبت، القضاء التام على ما يسمى",
         "وأوقفتها مرات عدة لإتاحة خروج المدنيين.",
         ["الرئيسية | أخبار الشمال والشرق | الجزيرة | الفرات | تقارير | حوارات | اتصل بنا",
          "شارك الخبر: فيسبوك | تويتر | واتساب | تلغرام", "اقرأ أيضا",
          "بالصور: الأهالي يحتفلون بالنصر في الحسكة والقامشلي",
          "افتتاح مدرسة جديدة في ريف الرقة الشمالي",
          "الإدارة الذاتية تعلن موعد امتحانات الشهادة الثانوية"])
E = p.e
b1702_decl = E("COERCE,ASSAULT", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "sdf,null",
  "أعلنت قوات سوريا الديمقراطية، اليوم السبت، القضاء التام على ما يسمى \"خلافة\" تنظيم داعش الإرهابي وتحرير بلدة الباغوز",
  also=["2019-03-22"], mode="seize",
  note="A declaration of victory is coded as the capture it announces, the speaker as claimant.",
  gloss="the SDF announced today, Saturday, the total elimination of IS's so-called 'caliphate' and the liberation of Baghouz")
E("COOPERATE,ASSAULT", "coalition-oir", "isis", "baghouz", None, "asserted", "null",
  "بعد معارك استمرت أشهرا بإسناد من طيران التحالف الدولي", mode="aerial", opt=True,
  gloss="after months of fighting with the support of the international coalition's aircraft (optional)")
E("COERCE", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "bali",
  "إن \"الباغوز تحررت والنصر العسكري على داعش قد تحقق\"", also=["2019-03-22"], opt=True,
  gloss="'Baghouz is liberated and the military victory over Daesh is achieved' (Bali; the same declaration, optional)")
b1702_flag = E("SUPPORT", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "bali",
  "مؤكدا أن المقاتلين رفعوا راية قسد فوق آخر نقطة كان يتحصن فيها عناصر التنظيم على ضفة النهر",
  also=["2019-03-22"], gloss="stressing that the fighters raised the SDF banner over the last point IS held on the river bank")
E("REQUEST", "mazloum,sdf", "المجتمع الدولي", "omar-field", "2019-03-23", "asserted", "mazloum",
  "داعيا المجتمع الدولي إلى إنشاء محكمة دولية خاصة لمحاكمة عناصر داعش المعتقلين لدى قواته",
  gloss="calling on the international community to set up a special international court to try the IS members his forces hold")
E("REQUEST", "mazloum,sdf", "المجتمع الدولي,syria-gov", "omar-field", "2019-03-23", "asserted", "mazloum",
  "وإلى دعم حوار سوري - سوري ينهي الأزمة", mode="meet",
  gloss="and to support a Syrian-Syrian dialogue that ends the crisis")
E("ASSAULT", "isis", "sdf", "deir-ez-zor-prov", None, "historical,asserted", "mazloum",
  "أهدى فيها النصر إلى \"أرواح أحد عشر ألف شهيد\" من مقاتلي قسد", size={"dead": 11000}, opt=True,
  gloss="he dedicated the victory to 'the souls of eleven thousand martyrs' among SDF fighters (a toll of years; optional)")
E("SUPPORT", "coalition-oir", "sdf", "baghouz", "2019-03-23", "asserted", "coalition-oir",
  "وهنأ التحالف الدولي بقيادة الولايات المتحدة، في بيان، قوات سوريا الديمقراطية على \"إنجاز تاريخي\"",
  gloss="the US-led coalition congratulated the SDF in a statement on a 'historic achievement'")
E("COERCE", "sdf,coalition-oir", "isis", "baghouz", "2019-03-23", "asserted", "trump",
  "قال الرئيس الأميركي دونالد ترامب في بيان صادر عن البيت الأبيض إن \"الخلافة\" أزيلت بنسبة مئة في المئة",
  also=["2019-03-22", None], opt=True,
  gloss="Trump said in a White House statement that the 'caliphate' had been removed one hundred percent (optional)")
E("THREATEN,AGREE", "trump,us-gov", "isis", None, "2019-03-23", "planned,asserted", "trump",
  "متعهدا بأن تبقى بلاده \"يقظة\" حتى هزيمة التنظيم نهائيا أينما كان",
  note="A vow to pursue the enemy: THREATEN, planned (AGREE accepted as a pledge).",
  gloss="pledging that his country will stay 'vigilant' until the group is finally defeated wherever it is")
E("RETREAT,MOBILIZE", "baghouz-civilians,isis", "sdf", "baghouz", None, "asserted", "مراسلنا",
  "أفاد مراسلنا بأن أكثر من خمسة آلاف شخص، بينهم نحو ألف مسلح سلموا أنفسهم، خرجوا خلال الأسبوع الأخير عبر الممر الذي فتحته قسد",
  also=["2019-03-16", "2019-03-17", "2019-03-18", "2019-03-19", "2019-03-20", "2019-03-21",
        "2019-03-22", None], size={"people": 5000, "fighters": 1000}, dest="al-hol",
  gloss="our correspondent reported that more than five thousand people, among them about a thousand gunmen who surrendered, came out in the last week through the corridor the SDF opened")
E("RETREAT,COERCE", "isis", "sdf", "baghouz", None, "asserted", "مراسلنا",
  "بينهم نحو ألف مسلح سلموا أنفسهم", also=["2019-03-16", "2019-03-22", None],
  size={"fighters": 1000}, mode="surrender",
  gloss="among them about a thousand gunmen who gave themselves up")
E("RETREAT", "sdf", "baghouz-civilians", "baghouz", None, "asserted", "مراسلنا",
  "عبر الممر الذي فتحته قسد", mode="access", opt=True,
  gloss="through the corridor the SDF opened (optional)")
E("MOBILIZE,COERCE,RETREAT", "sdf,baghouz-civilians", "baghouz-civilians", "screening-point", None, "asserted",
  "مراسلنا", "ونقلوا إلى مخيم الهول بريف الحسكة بعد التدقيق في هوياتهم", dest="al-hol",
  gloss="and they were moved to al-Hol camp in Hasakah countryside after their identities were checked (passive; the SDF moves them)")
b1702_comb = E("MOBILIZE,COERCE", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "مصدر عسكري في قسد",
  "فإن مقاتلي الوحدات الخاصة ما زالوا يمشطون الأنفاق والكهوف المطلة على النهر", also=["2019-03-22", None],
  gloss="special-unit fighters are still combing the tunnels and caves overlooking the river (an SDF military source)")
E("ASSAULT", "isis", "sdf", "baghouz", None, "asserted", "مصدر عسكري في قسد",
  "فيما فجر عدد من عناصر التنظيم أنفسهم خلال اليومين الماضيين لتفادي الأسر",
  also=["2019-03-21", "2019-03-22"], mode="suicide",
  gloss="while several IS members blew themselves up over the past two days to avoid capture")
b1702_deny = E("REJECT,AGREE", "bali,sdf,isis", "isis,sdf", "baghouz", "2019-03-23", "asserted,denied", "bali",
  "ونفى بالي مجددا وجود أي صفقة مع التنظيم لإخراج قادته من الباغوز", also=[None],
  note="A denial: REJECT by Bali, or the deal with modality denied.",
  gloss="Bali again denied any deal with the group to take its leaders out of Baghouz")
E("ACCUSE", "bali,sdf", "syria-gov", None, "2019-03-23", "asserted", "bali",
  "واصفا ما تروجه وسائل إعلام دمشق بأنه \"أكاذيب\"", also=[None], opt=True,
  gloss="calling what Damascus media spread 'lies' (optional)")
E("ACCUSE", "syria-mfa,syria-gov", "coalition-oir", "syria", "2019-03-23", "asserted", "sana,syria-mfa",
  "وصفت وزارة الخارجية في حكومة دمشق، في بيان نقلته وكالة سانا، وجود قوات التحالف في سوريا بأنه \"احتلال\"",
  also=[None], gloss="the foreign ministry of the Damascus government described the coalition's presence as 'occupation' in a statement carried by SANA")
E("ASSAULT,ACCUSE", "syria-mfa,coalition-oir", "coalition-oir,baghouz-civilians", "raqqa,baghouz", None,
  "asserted", "sana,syria-mfa",
  "معتبرة أن \"ما يسمى التحالف دمر الرقة والباغوز ولا يحق له ادعاء النصر\"",
  note="An accusation naming the author of the destruction: the deed with the accuser as claimant, ACCUSE accepted.",
  gloss="saying 'the so-called coalition destroyed Raqqa and Baghouz and has no right to claim victory'")
E("REJECT", "syria-mfa,syria-gov", "sdf,aanes", "euphrates-east", "2019-03-23", "asserted", "sana,syria-mfa",
  "كما جددت رفضها لأي \"مشاريع انفصالية\" في شمال شرقي البلاد", also=[None],
  gloss="and renewed its rejection of any 'separatist projects' in the north-east")
E("ACCUSE", "kalin,turkey-gov", "ypg", None, "2019-03-23", "asserted", "kalin",
  "إن هزيمة داعش \"لا ينبغي أن تتحول إلى شرعية لتنظيم إرهابي آخر\"، في إشارة إلى وحدات حماية الشعب",
  also=[None], gloss="Kalin said IS's defeat 'must not become legitimacy for another terrorist organisation', meaning the YPG")
E("THREATEN", "turkey-gov,kalin", "ypg,sdf", "euphrates-east", "2019-03-23", "asserted,planned,possible", "kalin",
  "ملوحة مجددا بعملية عسكرية شرقي الفرات", also=[None],
  gloss="again brandishing a military operation east of the Euphrates")
b1702_hol = E("RETREAT,MOBILIZE", "baghouz-civilians", "sdf", "baghouz", None, "asserted", "aanes",
  "قالت الإدارة الذاتية إن عدد الوافدين إلى المخيم منذ مطلع كانون الأول تجاوز 72 ألف شخص",
  also=["2018-12-01", None], size={"people": 72000}, dest="al-hol",
  gloss="the Autonomous Administration said arrivals at the camp since early December exceeded 72,000")
E("REQUEST", "aanes", "un", "al-hol", "2019-03-23", "asserted", "aanes",
  "مطالبة المنظمات الدولية بإرسال مساعدات عاجلة", also=[None], mode="humanitarian",
  gloss="demanding that international organisations send urgent aid")
E("REQUEST", "aanes", "الدول", "al-hol", "2019-03-23", "asserted", "aanes",
  "وداعية الدول إلى استعادة رعاياها من نساء وأطفال عناصر التنظيم", also=[None],
  gloss="and calling on states to take back their nationals among the wives and children of IS members")
b1702_feb9 = E("ASSAULT", "sdf", "isis", "baghouz", "2019-02-09", "asserted", "null",
  "يذكر أن قوات سوريا الديمقراطية بدأت معركة الباغوز في التاسع من شباط الماضي",
  gloss="the SDF began the battle of Baghouz on 9 February")
E("RETREAT", "sdf", "isis", "baghouz", None, "asserted", "null",
  "وأوقفتها مرات عدة لإتاحة خروج المدنيين", mode="ceasefire", opt=True,
  gloss="and halted it several times to let civilians out (optional)")

# ---------------------------------------------------------------- 1703 ar Damascus-aligned
p = Page("baghouz", 3,
         "1703_sahifatalfayhaaljadida_new_coalition_massacre_near_albukamal_qasad_trucks_in_baghouz.txt",
         "صحيفة الفيحاء الجديدة", "ar",
         "مجزرة جديدة لطيران \"التحالف\" في ريف البوكمال.. وإخراج دفعة من المحاصرين في الباغوز بشاحنات \"قسد\"",
         "2019-02-21T10:45",
         "From the page's date line (تاريخ النشر: 2019/02/21 - 10:45 | آخر تحديث: 2019/02/21 - 13:20, year-first): "
         "the publication, not the update; 'أمس الأربعاء', 'مساء أمس' and 'ليلة أمس' are 2019-02-20, 'التاسع من "
         "الشهر الجاري' 2019-02-09, 'تشرين الأول الماضي' 2018-10, 'تشرين الثاني 2017' background.",
         "دير الزور",
         "ارتكب طيران ما يسمى \"التحالف الدولي\" بقيادة واشنطن مجزرة جديدة",
         "قد حرر مدينة البوكمال من التنظيم في تشرين الثاني 2017.",
         ["الرئيسية | محليات | الميدان | سياسة | اقتصاد | رياضة | أرشيف",
          "شارك: فيسبوك | تويتر | واتساب", "مواضيع ذات صلة",
          "بالفيديو: عودة الأهالي إلى الميادين", "ارتفاع أسعار الخضار في أسواق دمشق",
          "وزير الكهرباء يتفقد محطة دير علي"])
E = p.e
E("ASSAULT", "coalition-oir", "baghouz-civilians", "albu-kamal", "2019-02-20", "asserted", "sana,مصادر أهلية",
  "ارتكب طيران ما يسمى \"التحالف الدولي\" بقيادة واشنطن مجزرة جديدة بحق المدنيين في ريف البوكمال الشرقي، راح ضحيتها 16 مدنيا بينهم نساء وأطفال، أمس الأربعاء",
  size={"dead": 16}, mode="aerial", also=["2019-02-21"],
  gloss="the aircraft of the so-called 'international coalition' led by Washington committed a new massacre of civilians in the eastern Albu Kamal countryside, killing 16 civilians including women and children, yesterday, Wednesday (SANA, citing local sources)")
E("RETREAT,MOBILIZE,AID", "sdf,baghouz-civilians", "baghouz-civilians", "baghouz", "2019-02-21", "asserted", "null",
  "في حين واصلت ميليشيا \"قسد\" المدعومة أميركيا إخراج دفعات من المحاصرين في بلدة الباغوز",
  also=["2019-02-20"], gloss="while the US-backed 'SDF' militia went on taking batches of the besieged out of Baghouz")
b1703_feb20 = E("RETREAT,MOBILIZE", "baghouz-civilians,sdf", "sdf", "baghouz", "2019-02-20", "asserted",
  "مراسل الفيحاء في دير الزور",
  "أفاد مراسل الفيحاء في دير الزور بأن نحو 50 شاحنة وصلت مساء أمس إلى أطراف الباغوز، وخرجت محملة بنحو ألفي شخص",
  size={"people": 2000, "trucks": 50}, dest="screening-point,al-hol",
  gloss="about 50 trucks reached the edge of Baghouz yesterday evening and left loaded with about two thousand people (our Deir ez-Zor correspondent)")
E("ACCUSE,COERCE", "sdf", "baghouz-civilians", "al-hol", None, "asserted", "مراسل الفيحاء في دير الزور",
  "الذي وصفه المراسل بأنه \"معتقل جماعي\" تديره الميليشيا", opt=True,
  gloss="which the correspondent called a 'mass detention camp' run by the militia (optional)")
E("RETREAT,MOBILIZE", "sdf,baghouz-civilians", "baghouz-civilians", "baghouz", None, "planned,alleged", "bali",
  "أن عملية الإخراج ستستمر أياما", gloss="(the militia claimed through Bali) that the evacuation would go on for days")
E("ASSAULT", "sdf", "isis", "baghouz", None, "planned,hypothetical,alleged", "bali",
  "وأن \"الهجوم النهائي\" على الجيب سيبدأ \"فور خروج آخر مدني\"",
  gloss="and that the 'final assault' on the pocket would begin 'as soon as the last civilian is out'")
E("ACCUSE", "bali,sdf", "isis", "baghouz", None, "asserted,alleged", "bali",
  "مدعيا أن مسلحي داعش \"يستخدمون المدنيين دروعا بشرية\"", also=["2019-02-20", "2019-02-21"],
  note="'مدعيا' distances the claim: alleged accepted.",
  gloss="claiming that IS gunmen 'use civilians as human shields'")
b1703_deal = E("AGREE", "sdf,isis,us-gov", "isis,sdf", "baghouz", None, "asserted,alleged,possible", "مصادر محلية",
  "كشفت مصادر محلية لـ\"الفيحاء\" أن صفقة سرية أبرمت بين \"قسد\" وقادة في التنظيم برعاية أميركية",
  gloss="local sources told al-Fayhaa that a secret deal was struck between the SDF and IS leaders under US sponsorship")
E("AID,MOBILIZE,RETREAT", "coalition-oir,sdf", "isis", "baghouz", None, "planned,alleged", "مصادر محلية",
  "تقضي بنقل عدد من قادة داعش وعائلاتهم بمروحيات التحالف إلى جهة مجهولة",
  note="A deal term: planned.", gloss="providing for some IS leaders and their families to be flown out by coalition helicopters to an unknown destination")
E("RETREAT", "isis", "مختطفين لدى التنظيم", "baghouz", None, "planned,alleged", "مصادر محلية",
  "مقابل إطلاق سراح مختطفين لدى التنظيم", mode="release",
  gloss="in return for the release of abductees held by the group (a deal term)")
E("REJECT,AGREE", "sdf,isis", "isis,sdf", "baghouz", None, "asserted,denied", "sdf",
  "وهو ما نفته الميليشيا", gloss="which the militia denied")
E("REQUEST", "syria-mfa,syria-gov", "unsg,unsc", None, "2019-02-21", "asserted", "syria-mfa",
  "وجددت وزارة الخارجية والمغتربين، في رسالتين وجهتهما إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن، مطالبتها بحل ما وصفته بـ\"التحالف غير الشرعي\"",
  also=["2019-02-20", None],
  gloss="the foreign ministry, in two letters to the UN Secretary-General and the president of the Security Council, renewed its demand to dissolve what it called the 'illegitimate coalition'")
E("ASSAULT,ACCUSE", "syria-mfa,coalition-oir", "coalition-oir,baghouz-civilians", "hajin,susah,baghouz", None,
  "asserted", "syria-mfa",
  "محملة إياه مسؤولية \"المجازر المرتكبة بحق المدنيين السوريين في هجين والسوسة والباغوز\"",
  gloss="holding it responsible for 'the massacres committed against Syrian civilians in Hajin, al-Susah and Baghouz'")
E("REQUEST", "syria-mfa,syria-gov", "us-forces,us-gov", "syria", "2019-02-21", "asserted", "syria-mfa",
  "وداعية إلى خروج القوات الأميركية \"فورا ومن دون شروط\" من الأراضي السورية", also=["2019-02-20", None],
  mode="withdraw", gloss="and calling for US forces to leave Syrian territory 'immediately and unconditionally'")
E("ACCUSE", "russia-mod", "us-gov", "euphrates-east", None, "asserted", "russia-mod",
  "اتهمت وزارة الدفاع الروسية واشنطن بـ\"المماطلة\" في القضاء على فلول داعش شرقي الفرات",
  also=["2019-02-20", "2019-02-21", None],
  gloss="the Russian defence ministry accused Washington of 'stalling' in finishing off IS remnants east of the Euphrates")
E("ASSAULT,ACCUSE", "russia-mod,coalition-oir", "coalition-oir", "euphrates-east", None, "asserted", "russia-mod",
  "مشيرة إلى أن طيران التحالف \"يستهدف البنى التحتية بدل الإرهابيين\"", mode="aerial",
  gloss="saying the coalition's aircraft 'target infrastructure instead of terrorists'")
E("MOBILIZE", "saa", "isis", "euphrates-west-bank", "2019-02-21", "asserted", "null",
  "عززت وحدات الجيش العربي السوري انتشارها على الضفة الغربية لنهر الفرات قبالة الباغوز",
  also=["2019-02-20", None], gloss="Syrian army units reinforced their deployment on the west bank of the Euphrates opposite Baghouz")
E("ASSAULT", "isis", "saa", "euphrates-west-bank", "2019-02-20", "asserted", "مصدر عسكري",
  "أحبطت، بحسب مصدر عسكري، محاولة تسلل مجموعة من إرهابيي داعش عبر النهر ليلة أمس",
  also=["2019-02-21"], gloss="it foiled, per a military source, an attempt by a group of IS terrorists to infiltrate across the river last night")
E("ASSAULT", "saa", "isis", "euphrates-west-bank", "2019-02-20", "asserted", "مصدر عسكري",
  "عبر النهر ليلة أمس، وقتلت عددا منهم", also=["2019-02-21"],
  gloss="and killed several of them")
b1703_feb9 = E("ASSAULT", "sdf", "isis", "baghouz", "2019-02-09", "asserted", "null",
  "بعد نحو أسبوعين من بدء هجوم \"قسد\" على الباغوز في التاسع من الشهر الجاري",
  gloss="about two weeks after the start of the SDF's attack on Baghouz on the 9th of this month")
E("RETREAT", "sdf", "isis", "baghouz", None, "asserted,alleged", "null",
  "وهو الهجوم الذي توقف مرات عدة بذريعة إخراج المدنيين", mode="ceasefire", opt=True,
  gloss="an attack halted several times on the pretext of evacuating civilians (optional)")
E("ASSAULT,COERCE", "isis", "baghouz-civilians", "bahra-camp,hajin", None, "asserted,historical", "null",
  "كانوا قد هاجموا في تشرين الأول الماضي مخيم البحرة للنازحين قرب هجين وخطفوا عشرات العائلات",
  opt=True, gloss="IS gunmen attacked al-Bahra displacement camp near Hajin last October and abducted dozens of families (background, optional)")
E("COERCE,ASSAULT", "saa", "isis", "albu-kamal", None, "historical", "null",
  "كان الجيش العربي السوري قد حرر مدينة البوكمال من التنظيم في تشرين الثاني 2017", opt=True,
  gloss="the Syrian army had liberated Albu Kamal from the group in November 2017 (background, optional)")

# ---------------------------------------------------------------- 1704 en regional (Erbil)
p = Page("baghouz", 4,
         "1704_zagrostribune_al_hol_swells_as_baghdad_moves_to_take_back_iraqis_sdf_calls_for_court.txt",
         "The Zagros Tribune", "en",
         "Al-Hol camp swells as Baghdad moves to take back Iraqis; SDF calls for an international court",
         "2019-03-27T11:20",
         "From the page's date line (27.03.2019 | 11:20 AST, day-first); 'on Tuesday' is 2019-03-26, 'On Monday' "
         "and 'on Monday' 2019-03-25, 'on Sunday' 2019-03-24, 'On Saturday' 2019-03-23, 'Feb. 10' explicit, "
         "'since February' and 'since December' running counts.",
         "ERBIL/AL-HOL",
         "Iraq will begin bringing home some 30,000 of its citizens from the al-Hol camp",
         "killed by a roadside bomb near al-Busayrah on Monday.",
         ["Home | Kurdistan Region | Iraq | Syria | Business | Opinion | Culture | Sport",
          "Share: Facebook | Twitter | WhatsApp | Email", "More from the Tribune",
          "Erbil airport passenger numbers climb", "Opinion: the camps are the next battle",
          "Duhok dam levels rise after heavy rains"])
E = p.e
E("MOBILIZE,AID,RETREAT", "iraq-gov", "iraqi-civilians", "al-hol", None, "planned", "an Iraqi official",
  "Iraq will begin bringing home some 30,000 of its citizens from the al-Hol camp in northeast Syria, among them the families of Islamic State fighters",
  size={"people": 30000}, dest="iraq",
  note="Repatriation from a camp: MOBILIZE (AID, RETREAT accepted) by the receiving state, planned, with the destination.")
b1704_decl = E("COERCE,ASSAULT", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "sdf,null",
  "days after the U.S.-backed Syrian Democratic Forces (SDF) declared the end of the group's territorial \"caliphate\" at Baghouz",
  also=["2019-03-22", None], mode="seize")
E("COERCE", "iraq-security,iraq-gov", "iraqi-civilians", "qayyarah", None, "planned", "an Iraqi official",
  "the families would be screened by the Iraqi security services and held at a camp near al-Qayyarah, south of Mosul",
  dest="qayyarah")
E("COOPERATE,RETREAT", "sdf", "iraq-gov,isis", "iraq", None, "asserted", "iraq-army",
  "Baghdad has already received more than 280 Iraqi fighters handed over by the SDF since February",
  also=["2019-02-01", None], size={"fighters": 280},
  note="Handing prisoners to another state: COOPERATE (RETREAT accepted).")
E("THREATEN,SANCTION", "iraq-army,iraq-gov", "isis", "iraq", None, "planned", "iraq-army",
  "which said they would face trial under the country's anti-terrorism law",
  note="A pledge to prosecute: THREATEN (SANCTION accepted), planned.")
b1704_flag = E("SUPPORT", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "null",
  "On Saturday the SDF raised its yellow flag over the ruins of Baghouz, on the Euphrates near the Iraqi border")
E("COERCE", "sdf", "isis", "baghouz", "2019-03-23", "asserted", "bali",
  "\"Baghouz is free,\" SDF media chief Mustafa Bali wrote on Twitter", opt=True,
  note="The same declaration told again by the same side (optional).")
b1704_feb10 = E("ASSAULT", "sdf", "isis", "baghouz", "2019-02-10", "asserted", "coalition-oir",
  "The push on the enclave, launched on Feb. 10 according to the coalition's count", also=["2019-02-09"],
  note="The launch as the coalition dates it (the day before is also accepted).")
E("RETREAT", "sdf", "isis", "baghouz", None, "asserted", "null",
  "was halted several times to let civilians and surrendering fighters leave", mode="ceasefire", opt=True)
b1704_hol = E("RETREAT,MOBILIZE", "baghouz-civilians", "sdf", "baghouz", None, "asserted", "who",
  "More than 67,000 people have arrived at al-Hol since December, most of them women and children from the Baghouz pocket, the World Health Organization said on Tuesday",
  also=["2018-12-01", None], size={"people": 67000}, dest="al-hol")
E("REQUEST", "sdc,sdf", "un", "euphrates-east", "2019-03-25", "asserted", "sdc",
  "the Syrian Democratic Council, called for an international tribunal to be set up in northeast Syria to try foreign fighters")
E("COERCE", "sdf", "isis", "euphrates-east", None, "asserted", "sdc",
  "It said the SDF was holding about 1,000 foreign men from more than 50 countries",
  also=["2019-03-25", None], size={"fighters": 1000})
E("REJECT", "their home states", "sdf,sdc", None, None, "asserted", "sdc",
  "that most of their home states had refused to take them back")
E("THREATEN", "erdogan,turkey-gov", "ypg,sdf", "euphrates-east,sanliurfa", "2019-03-24", "asserted,planned", "erdogan",
  "repeated his threat to launch an operation against the Kurdish YPG militia, the backbone of the SDF, east of the Euphrates")
E("REJECT,THREATEN,ACCUSE", "erdogan,turkey-gov", "ypg,sdf", "sanliurfa", "2019-03-24", "asserted", "erdogan",
  "said Ankara would \"not allow a terror corridor\" on its southern border")
E("REJECT,ACCUSE", "syria-mfa,syria-gov", "sdf,us-gov", None, None, "asserted", "sana,syria-mfa",
  "the foreign ministry dismissed the SDF's victory as \"a U.S. show\"",
  also=["2019-03-23", "2019-03-24", "2019-03-25", "2019-03-26", None])
E("THREATEN", "syria-mfa,saa,syria-gov", "sdf", "euphrates-east", None, "planned,hypothetical", "sana,syria-mfa",
  "said the Syrian army would recover \"every inch\" of territory east of the river, by war or by reconciliation",
  also=["2019-03-23", "2019-03-24", "2019-03-25", "2019-03-26", None])
E("AID", "krc", "baghouz-civilians", "al-hol", None, "asserted", "krc",
  "The Kurdish Red Crescent said it had treated more than 1,800 wounded and sick people arriving from Baghouz in the last week of fighting",
  also=["2019-03-16", "2019-03-23", None], size={"people": 1800})
E("REQUEST", "icrc", None, "al-hol", None, "asserted", "icrc",
  "the International Committee of the Red Cross appealed for more tents, water and medical staff",
  also=["2019-03-25", "2019-03-26", None], mode="humanitarian")
E("AID,AGREE", "krg", "yazidis", "kurdistan-region", None, "planned", "Officials in Erbil",
  "Officials in Erbil said the Kurdistan Region would take in Yazidi women and children who were among the evacuees",
  dest="kurdistan-region")
E("COERCE", "isis", "yazidis", "sinjar", None, "historical,asserted", "null",
  "dozens of whom had been held by the group since it overran Sinjar in 2014", opt=True)
b1704_comb = E("MOBILIZE,COERCE", "sdf", "isis", "baghouz", None, "asserted", "sdf",
  "The SDF says its fighters are still combing tunnels under the Baghouz tent camp and the cliffs above it",
  also=["2019-03-26", "2019-03-27", None])
E("ASSAULT", "unidentified-attackers,isis", "sdf", "busayrah", "2019-03-25", "asserted", "sdf",
  "two of its fighters were killed by a roadside bomb near al-Busayrah on Monday", size={"dead": 2},
  mode="explosives", note="The page leaves the bomb's author open beside the sleeper cells it names.")

# ---------------------------------------------------------------- links and contradictions
link("First evacuation convoy out of Baghouz, about 50 trucks and 2,000 people, 20 Feb", b1701_feb20, b1703_feb20)
link("SDF launches the battle for Baghouz, 9 Feb", b1701_feb9, b1703_feb9)
link("SDF launches the battle for Baghouz, 9 Feb", b1702_feb9, b1703_feb9)
link("SDF launches the battle for Baghouz (9 or 10 Feb)", b1701_feb9, b1704_feb10)
link("SDF launches the battle for Baghouz (9 or 10 Feb)", b1702_feb9, b1704_feb10)
link("SDF declares the end of the 'caliphate' at Baghouz, 23 Mar", b1702_decl, b1704_decl)
link("SDF flag raised over Baghouz, 23 Mar", b1702_flag, b1704_flag)
link("Flight from the Baghouz area to al-Hol since December", b1701_hol, b1704_hol)
link("Flight from the Baghouz area to al-Hol since December", b1702_hol, b1704_hol)
link("SDF fighters comb the tunnels and cliffs of Baghouz after the declaration", b1702_comb, b1704_comb)
contra("value", "date", "Start of the battle for Baghouz: 9 Feb (Tidewater) vs 10 Feb by the coalition's count (Zagros Tribune)",
       b1701_feb9, b1704_feb10)
contra("value", "size.people", "Arrivals at al-Hol since December: more than 72,000 (Autonomous Administration, al-Khabour) vs more than 67,000 (WHO, Zagros Tribune)",
       b1702_hol, b1704_hol)
contra("negation", "status", "A secret deal to fly IS leaders out of Baghouz: reported by local sources (al-Fayhaa) vs denied by Bali (al-Khabour)",
       b1703_deal, b1702_deny)
