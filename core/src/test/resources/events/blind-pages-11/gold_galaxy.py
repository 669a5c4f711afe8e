"""Story 3: the Houthis seize the Galaxy Leader and attack Red Sea shipping, Nov-Dec 2023 (pages 1109-1112)."""
from gold_common import Story

S = Story("galaxy", "Galaxy Leader seized and Red Sea shipping attacked, Nov-Dec 2023", ("2023-10-19", "2023-12-19"),
          "2023-10-07", "1109 en wire, 1110 ar Houthi-aligned, 1111 ar Yemeni-government-aligned (Aden), 1112 en regional (Tokyo)")

E = S.entity
E("houthis", "YEM REB", ["Houthis", "the Houthis", "Yemen's Houthi movement", "Yemen's Houthi rebels", "Houthi rebels",
                         "The Iran-aligned group", "the group", "أنصار الله", "جماعة الحوثي", "الجماعة", "الحوثيين",
                         "الحوثيون", "الميليشيا الحوثية", "الميليشيا", "قيادة أنصار الله"])
E("houthi-forces", "YEM REB", ["Houthi forces", "its naval forces", "Houthi commandos", "Houthi fighters",
                               "القوات المسلحة اليمنية", "القوات المسلحة", "القوات البحرية", "عناصر من القوات البحرية",
                               "قواتنا المسلحة"], "houthis")
E("saree", "YEM REB", ["Yahya Saree", "the Houthis' military spokesman Yahya Saree", "Their military spokesman Yahya Saree",
                       "Saree", "يحيى سريع", "العميد يحيى سريع", "العميد سريع", "سريع",
                       "المتحدث الرسمي باسم القوات المسلحة اليمنية العميد يحيى سريع"], "houthi-forces")
E("abdulmalik", "YEM REB", ["Abdulmalik al-Houthi", "عبدالملك بدر الدين الحوثي", "السيد عبدالملك بدر الدين الحوثي",
                            "قائد الثورة السيد عبدالملك بدر الدين الحوثي"], "houthis")
E("bukhaiti", "YEM REB", ["Mohammed al-Bukhaiti", "محمد البخيتي", "البخيتي", "عضو المكتب السياسي لأنصار الله محمد البخيتي",
                          "القيادي فيها محمد البخيتي"], "houthis")
E("al-masirah", "YEM MED", ["Al Masirah", "قناة المسيرة", "المسيرة"], "houthis")
E("yemen-gov", "YEM GOV", ["the Yemeni government", "الحكومة الشرعية"])
E("eryani", "YEM GOV", ["Muammar al-Eryani", "معمر الإرياني", "الإرياني", "وزير الإعلام في الحكومة الشرعية معمر الإرياني"],
  "yemen-gov")
E("saba-aden", "YEM MED", ["Saba", "وكالة الأنباء اليمنية (سبأ) الرسمية", "وكالة الأنباء اليمنية", "سبأ"], "yemen-gov")
E("israel-gov", "ISR GOV", ["Israel", "إسرائيل", "العدو الإسرائيلي", "الكيان"])
E("netanyahu", "ISR GOV", ["Benjamin Netanyahu", "Israel's prime minister's office", "مكتب رئيس وزراء العدو بنيامين نتنياهو",
                           "بنيامين نتنياهو", "نتنياهو"], "israel-gov")
E("israel-linked-ships", "ISR BUS", ["every ship owned or operated by Israeli companies or flying the Israeli flag",
                                     "any vessel with links to Israel", "all ships heading to Israeli ports",
                                     "جميع السفن التابعة للعدو الإسرائيلي أو التي تتعامل معه", "السفن الإسرائيلية",
                                     "تلك السفن"])
E("galaxy-leader", "BUS", ["Galaxy Leader", "the car carrier Galaxy Leader", "The Galaxy Leader", "the vessel", "the ship",
                           "غالاكسي ليدر", "السفينة \"غالاكسي ليدر\"", "سفينة إسرائيلية", "السفينة"])
E("galaxy-crew", "CVL", ["Its 25 crew members", "crew members", "the crew", "25 crew members", "طاقم السفينة", "طاقمها",
                         "طاقم \"غالاكسي ليدر\"", "طاقمها المكون من 25 بحارا"])
E("japan-gov", "JPN GOV", ["Japan", "Tokyo", "الحكومة اليابانية", "اليابان"])
E("kamikawa", "JPN GOV", ["Yoko Kamikawa", "Foreign Minister Yoko Kamikawa", "Kamikawa"], "japan-gov")
E("japan-shipowners", "JPN BUS", ["The Japanese Shipowners' Association", "Japanese Shipowners' Association"])
E("iran-gov", "IRN GOV", ["Iran", "Tehran", "طهران", "إيران", "النظام الإيراني"])
E("iran-mfa", "IRN GOV", ["Iran's foreign ministry", "خارجيتها"], "iran-gov")
E("kanaani", "IRN GOV", ["Nasser Kanaani", "Iran's foreign ministry spokesman Nasser Kanaani", "ناصر كنعاني",
                         "المتحدث باسم خارجيتها ناصر كنعاني"], "iran-mfa")
E("saudi-gov", "SAU GOV", ["Saudi Arabia", "السعودية"])
E("oman-gov", "OMN GOV", ["Oman", "عمان"])
E("us-gov", "USA GOV", ["United States", "the United States", "Washington", "the administration", "أمريكا",
                        "الولايات المتحدة"])
E("us-military", "USA MIL", ["U.S. Central Command", "القيادة المركزية الأمريكية", "U.S. Navy", "المدمرات الأمريكية"], "us-gov")
E("carney", "USA MIL", ["The U.S. destroyer Carney", "Carney", "USS Carney", "المدمرة الأمريكية \"كارني\"", "كارني"], "us-military")
E("mason", "USA MIL", ["USS Mason", "المدمرة الأمريكية \"ميسون\"", "ميسون"], "us-military")
E("austin", "USA GOV", ["Lloyd Austin", "Defense Secretary Lloyd Austin", "لويد أوستن", "وزير الدفاع الأمريكي لويد أوستن",
                        "أوستن"], "us-gov")
E("prosperity-guardian", "USA MIL", ["Operation Prosperity Guardian", "multinational naval task force", "حارس الازدهار",
                                     "عملية متعددة الجنسيات", "التحالف الجديد"], "us-military")
E("uk-navy", "GBR MIL", ["HMS Diamond", "a British destroyer, HMS Diamond", "a British destroyer"])
E("msc", "CHE BUS", ["MSC", "The Geneva-based company", "the MSC Palatium III", "MSC Palatium III", "إم إس سي",
                     "إم إس سي كلارا"])
E("maersk", "DNK BUS", ["Maersk", "Denmark's Maersk", "the Maersk Gibraltar", "ميرسك"])
E("hapag", "DEU BUS", ["Hapag-Lloyd", "Germany's Hapag-Lloyd", "its container ship Al Jasrah", "Al Jasrah"])
E("bp", "GBR BUS", ["BP", "بي بي", "مجموعة \"بي بي\" النفطية البريطانية"])
E("strinda", "NOR BUS", ["the Norwegian tanker Strinda", "Strinda", "ناقلة النفط النرويجية \"ستريندا\"", "ستريندا"])
E("ambrey", "GBR BUS", ["Ambrey", "the British maritime security firm Ambrey"])

P = S.place
P("red-sea", ["Red Sea", "the Red Sea", "the southern Red Sea", "البحر الأحمر"], 15.5, 41.8, 350,
  note="The southern Red Sea; centroid approximate.")
P("bab-al-mandab", ["Bab al-Mandab", "the Bab al-Mandab strait", "the strait", "مضيق باب المندب", "باب المندب"],
  12.6, 43.35, 40, note="Bab al-Mandab strait; approximate.")
P("gulf-of-aden", ["Gulf of Aden", "خليج عدن"], 12.5, 47.0, 300, note="Gulf of Aden; centroid approximate.")
P("yemen-coast", ["off the Yemeni coast", "off Yemen", "الساحل اليمني"], 14.0, 42.6, 120,
  note="Yemen's Red Sea coast (Tihama, Hodeidah to Mokha); approximate.")
P("hodeidah", ["Hodeidah", "the Yemeni port of Hodeidah", "the port of Hodeidah", "الحديدة", "محافظة الحديدة"],
  14.79781, 42.95452, 15, 79415)
P("salif", ["Salif", "ميناء الصليف", "الصليف", "ميناء الصليف بمحافظة الحديدة"], 15.30755, 42.67107, 8, 77843)
P("eilat", ["Eilat", "أم الرشراش"], 29.55805, 34.94821, 10, 295277)
P("manama", ["Manama", "المنامة"], 26.22787, 50.58565, 15, 290340)

# ---- 1109 en wire -------------------------------------------------------------------------------
p = S.page("1109_lodestarwire_shipping_giants_halt_red_sea.txt", "Lodestar Wire Service", "en",
           "Shipping giants halt Red Sea voyages as Houthi attacks escalate; U.S. warship downs 14 drones",
           "2023-12-16T19:45",
           "From the page's date line (Published 16 Dec 2023 19:45 GMT · Updated 16 Dec 2023 21:20 GMT): the "
           "publication, not the update; 'on Saturday' and 'early on Saturday' are 2023-12-16, 'on Friday' 2023-12-15, "
           "'a day earlier' 2023-12-14, 'Late on Monday' 2023-12-11, 'last weekend' 9-10 December, 'November 19' explicit, "
           "'next week' 17-23 December.",
           "LONDON/DUBAI",
           "MSC, the world's largest container line, said on Saturday it would stop sending ships",
           "adding about ten days to the journey.",
           ["Share this story: X | LinkedIn | Facebook | Email", "More from Lodestar",
            "Container rates to Europe double in a week", "Oil rises as Red Sea risk grows",
            "EU leaders open accession talks with Ukraine"])
p.ev(1, "RETREAT|SANCTION", "msc", "", "red-sea", "2023-12-16", "asserted|planned", "msc|~",
     "MSC, the world's largest container line, said on Saturday it would stop sending ships through the Red Sea after one "
     "of its vessels came under attack",
     note="A shipping line pausing a route because of attacks: RETREAT (SANCTION accepted).")
p.ev(2, "ASSAULT", "unidentified-attackers|houthis", "msc", "bab-al-mandab", "2023-12-15", "asserted", "msc",
     "The Geneva-based company said the MSC Palatium III was hit by a drone on Friday in the Bab al-Mandab strait",
     size={"drones": 1}, mode="aerial")
r109_maersk = p.ev(3, "RETREAT|SANCTION", "maersk", "", "bab-al-mandab|red-sea", "2023-12-15", "asserted", "maersk|~",
                   "Denmark's Maersk said on Friday it had told all its vessels bound for the strait to hold their journeys "
                   "\"until further notice\"")
p.ev(4, "ASSAULT", "unidentified-attackers|houthis", "maersk", "bab-al-mandab|red-sea", "2023-12-14", "asserted", "maersk|~",
     "after a near-miss involving the Maersk Gibraltar a day earlier")
p.ev(5, "RETREAT|SANCTION", "hapag", "", "red-sea", None, "asserted", "~", "Germany's Hapag-Lloyd followed suit",
     date_also="2023-12-15|2023-12-16")
p.ev(6, "ASSAULT", "unidentified-attackers|houthis", "hapag", "yemen-coast|red-sea", None, "asserted", "~",
     "after a projectile struck its container ship Al Jasrah off Yemen", date_also="2023-12-14|2023-12-15")
p.ev(7, "ASSAULT", "houthis|houthi-forces", "maersk|msc|hapag", "red-sea", None, "asserted", "houthis",
     "Yemen's Houthi movement claimed attacks on two of the ships, saying its naval forces had fired on them with drones "
     "and a missile because they were bound for Israel", date_also="2023-12-14|2023-12-15", mode="aerial",
     note="The claim of responsibility: the attacks with the Houthis as claimant.")
p.ev(8, "REJECT", "both companies|msc|maersk|hapag", "houthis", "", None, "asserted", "~|both companies",
     "a claim both companies rejected", date_also="2023-12-15|2023-12-16")
r109_carney = p.ev(9, "ASSAULT", "carney|us-military", "houthis|houthi-forces", "red-sea", "2023-12-16", "asserted", "us-military",
                   "The U.S. destroyer Carney shot down 14 drones launched from Houthi-controlled areas of Yemen early on Saturday",
                   size={"drones": 14}, mode="aerial",
                   note="A named warship shooting down drones is ASSAULT (the launch itself optional, b1109-10).")
p.ev(10, "ASSAULT", "houthis|houthi-forces", "", "red-sea", "2023-12-16", "asserted", "us-military",
     "14 drones launched from Houthi-controlled areas of Yemen", size={"drones": 14}, mode="aerial", optional=True)
p.ev(11, "ASSAULT", "uk-navy", "houthis|houthi-forces", "red-sea", "2023-12-16", "asserted", "~|us-military",
     "a British destroyer, HMS Diamond, brought down a drone that appeared to be heading for merchant ships",
     date_also="~", mode="aerial")
r109_strinda = p.ev(12, "ASSAULT", "houthis|houthi-forces|unidentified-attackers", "strinda", "yemen-coast|red-sea",
                    "2023-12-11", "asserted", "~",
                    "Late on Monday a missile fired from Yemen slammed into the Norwegian tanker Strinda off the Yemeni coast, "
                    "setting it ablaze", mode="aerial")
p.ev(13, "ASSAULT", "houthi-forces|saree|houthis", "strinda", "yemen-coast|red-sea", "2023-12-11", "asserted", "saree",
     "the Houthis' military spokesman Yahya Saree said the ship had been struck after its crew \"ignored all warnings\"",
     date_also="2023-12-12", note="The Houthi claim of the Strinda attack: a second report with a new claimant.")
p.ev(14, "THREATEN", "saree|houthi-forces", "israel-linked-ships", "", None, "asserted", "saree|~",
     "Saree has repeatedly threatened any vessel with links to Israel", date_also="~", optional=True,
     note="Repeated, undated threats: optional.")
p.ev(15, "THREATEN", "saree|houthi-forces", "israel-linked-ships", "", None, "asserted|hypothetical", "saree|~",
     "last weekend widened the warning to all ships heading to Israeli ports, whatever their flag, unless food and "
     "medicine are allowed into Gaza", date_also="2023-12-09|2023-12-10")
r109_seize = p.ev(16, "COERCE", "houthi-forces|houthis", "galaxy-leader|galaxy-crew", "red-sea", "2023-11-19", "asserted", "~",
                  "The campaign began on November 19, when Houthi commandos dropped from a helicopter onto the deck of the car "
                  "carrier Galaxy Leader and sailed it to the Yemeni port of Hodeidah", destination="hodeidah")
r109_crew = p.ev(17, "COERCE", "houthis|houthi-forces", "galaxy-crew", "", None, "asserted", "~",
                 "Its 25 crew members, from Bulgaria, Ukraine, the Philippines, Mexico and Romania, are still being held",
                 date_also="2023-11-19|2023-12-16", size={"captives": 25},
                 note="The detention goes on; its start (19 Nov) and the day of the report accepted.")
p.ev(18, "COOPERATE|MOBILIZE", "us-gov", "", "red-sea", None, "asserted|planned", "a U.S. official|~",
     "Washington has been trying to put together a multinational naval task force to protect shipping",
     date_also="2023-12-16|~")
p.ev(19, "CONSULT|AGREE", "austin|us-gov", "", "", None, "planned", "a U.S. official|~",
     "Defense Secretary Lloyd Austin is expected to discuss it during a visit to the region next week",
     date_also="2023-12-17|2023-12-18|2023-12-19|~", optional=True, note="A planned visit with no counterpart named.")
p.ev(20, "RETREAT", "Some ships", "", "red-sea", None, "asserted", "~",
     "Some ships have already turned around toward the Cape of Good Hope", date_also="2023-12-16|~", optional=True)

# ---- 1110 ar Houthi-aligned ---------------------------------------------------------------------
p = S.page("1110_mawqialisaralyamani_naval_forces_seize_israeli_ship.txt", "موقع الإعصار اليماني", "ar",
           "القوات البحرية تقتاد سفينة إسرائيلية إلى الساحل اليمني.. والعميد سريع: كل سفن العدو أهداف مشروعة",
           "2023-11-20",
           "From the page's date line (الاثنين 6 جمادى الأولى 1445هـ الموافق 20 نوفمبر 2023م, Hijri beside Gregorian, "
           "checked against Umm al-Qura with java.time.chrono.HijrahDate); 'مساء أمس الأحد' is 2023-11-19, 'اليوم "
           "الاثنين' 2023-11-20, 'الثلاثاء الماضي' 2023-11-14, 'خلال الأسابيع الماضية' from 19 October.",
           "صنعاء",
           "أعلن المتحدث الرسمي باسم القوات المسلحة اليمنية العميد يحيى سريع، مساء أمس الأحد",
           "زعمت المدمرات الأمريكية اعتراض عدد منها فوق البحر الأحمر.",
           ["شارك: واتساب | تلغرام | فيسبوك | إكس", "اقرأ أيضا", "مسيرات حاشدة في صنعاء تضامنا مع غزة",
            "طيران العدوان يستهدف مزارع المواطنين في صعدة", "وزارة الصحة: ارتفاع حالات الكوليرا في الحديدة"])
r110_seize = p.ev(1, "COERCE", "houthi-forces|houthis", "galaxy-leader|israel-gov", "red-sea", "2023-11-19", "asserted", "saree",
                  "أعلن المتحدث الرسمي باسم القوات المسلحة اليمنية العميد يحيى سريع، مساء أمس الأحد، أن القوات البحرية نفذت "
                  "عملية عسكرية في البحر الأحمر أسفرت عن الاستيلاء على سفينة إسرائيلية واقتيادها إلى الساحل اليمني",
                  destination="yemen-coast",
                  gloss="armed forces spokesman Brigadier Yahya Saree announced on Sunday evening that the naval forces carried out an operation in the Red Sea that seized an Israeli ship and took it to the Yemeni coast")
p.ev(2, "AGREE", "saree|houthi-forces", "galaxy-crew", "", "2023-11-19", "asserted|planned", "saree|~",
     "مؤكدا أن القوات المسلحة \"تتعامل مع طاقم السفينة وفقا لتعاليم وقيم ديننا الإسلامي\"", date_also="~", optional=True,
     note="An assurance about the crew's treatment: optional AGREE.",
     gloss="stressing the armed forces 'treat the ship's crew according to the teachings and values of our Islamic religion'")
r110_threat = p.ev(3, "THREATEN", "saree|houthi-forces", "israel-linked-ships|israel-gov", "", "2023-11-19", "asserted|planned",
                   "saree|~",
                   "وحذر البيان \"جميع السفن التابعة للعدو الإسرائيلي أو التي تتعامل معه\" من أنها ستصبح \"هدفا مشروعا\" لقواتنا المسلحة",
                   gloss="the statement warned 'all ships belonging to the Israeli enemy or dealing with it' that they will become 'a legitimate target' for our armed forces")
p.ev(4, "REQUEST", "saree|houthi-forces", "دول العالم", "", "2023-11-19", "asserted", "saree|~",
     "داعيا دول العالم إلى سحب مواطنيها العاملين ضمن طواقم تلك السفن",
     gloss="calling on the world's states to withdraw their nationals working in those ships' crews")
p.ev(5, "COERCE", "houthi-forces|houthis", "galaxy-leader|galaxy-crew", "red-sea", "2023-11-19", "asserted", "al-masirah",
     "وبثت قناة المسيرة، اليوم الاثنين، مشاهد مصورة تظهر مروحية تحط على سطح السفينة \"غالاكسي ليدر\" وعناصر من القوات "
     "البحرية ينزلون منها ويسيطرون على غرفة القيادة، قبل اقتياد السفينة إلى ميناء الصليف بمحافظة الحديدة",
     destination="salif", optional=True,
     note="The boarding told again by the same side (al-Masirah's footage): optional.",
     gloss="al-Masirah aired footage today (Monday) of a helicopter landing on the Galaxy Leader and naval forces taking the bridge, before the ship was taken to Salif port in Hodeidah")
p.ev(6, "ACCUSE", "bukhaiti|houthis", "israel-gov", "", None, "asserted", "bukhaiti|al-masirah",
     "وقال عضو المكتب السياسي لأنصار الله محمد البخيتي في تصريح للمسيرة إن السفينة \"مملوكة لرجل أعمال صهيوني\"",
     date_also="2023-11-19|2023-11-20", optional=True,
     note="A claim about ownership, not a deed: optional ACCUSE.",
     gloss="Ansar Allah politburo member Mohammed al-Bukhaiti told al-Masirah the ship is 'owned by a Zionist businessman'")
p.ev(7, "THREATEN", "bukhaiti|houthis", "israel-gov", "", None, "planned|hypothetical", "bukhaiti|~",
     "مشددا على أن \"عملياتنا لن تتوقف حتى يتوقف العدوان على غزة\"", date_also="2023-11-19|2023-11-20",
     gloss="insisting 'our operations will not stop until the aggression on Gaza stops'")
r110_pmo = p.ev(8, "REJECT", "netanyahu|israel-gov", "houthis|houthi-forces", "", "2023-11-19", "alleged|asserted", "netanyahu|~",
                "سارع مكتب رئيس وزراء العدو بنيامين نتنياهو إلى التنصل من السفينة، مدعيا في بيان أنها \"مملوكة لشركة بريطانية "
                "وتشغلها شركة يابانية\" وأنها \"ليست إسرائيلية\"",
                date_also="2023-11-20",
                note="The denial, distanced by مدعيا (alleged accepted).",
                gloss="the enemy prime minister Netanyahu's office hastened to disown the ship, claiming in a statement it is 'owned by a British company and operated by a Japanese one' and 'not Israeli'")
r110_iranacc = p.ev(9, "COERCE|ACCUSE", "iran-gov|netanyahu|israel-gov", "galaxy-leader|iran-gov", "", "2023-11-19",
                    "asserted|alleged", "netanyahu|~",
                    "فيما وصف العملية بأنها \"عمل إرهابي إيراني\"", date_also="2023-11-20",
                    note="An accusation naming the author: the seizure with Israel's PMO as claimant, ACCUSE accepted.",
                    gloss="and called the operation 'an Iranian terrorist act'")
r110_iranden = p.ev(10, "REJECT|COERCE", "kanaani|iran-mfa|iran-gov", "israel-gov|netanyahu", "", "2023-11-20", "asserted|denied",
                    "kanaani|~",
                    "ونفت طهران على لسان المتحدث باسم خارجيتها ناصر كنعاني أي دور لها في العملية",
                    date_also="2023-11-19",
                    gloss="Tehran, through its foreign ministry spokesman Nasser Kanaani, denied any role in the operation")
p.ev(11, "COERCE", "houthis|houthi-forces", "galaxy-leader|galaxy-crew", "salif", None, "asserted", "مصادر محلية في الحديدة",
     "وأفادت مصادر محلية في الحديدة بأن السفينة ترسو حاليا قبالة ميناء الصليف",
     date_also="2023-11-20|~", optional=True, note="Where the ship is held: a state more than a deed; optional.",
     gloss="local sources in Hodeidah said the ship is now anchored off Salif port")
r110_japan = p.ev(12, "REQUEST|CONSULT", "japan-gov", "houthis", "", None, "asserted", "مصدر مطلع في صنعاء",
                  "أن الحكومة اليابانية تواصلت مع قيادة أنصار الله عبر وسطاء، مطالبة بالإفراج عن السفينة وطاقمها",
                  date_also="2023-11-19|2023-11-20",
                  gloss="(an informed source in Sanaa revealed) that the Japanese government contacted the Ansar Allah leadership through mediators, demanding the release of the ship and its crew")
p.ev(13, "REJECT|REQUEST", "houthis", "japan-gov", "", None, "asserted|hypothetical", "مصدر مطلع في صنعاء",
     "الرد كان واضحا: \"مصير السفينة مرتبط بوقف العدوان على غزة\"", date_also="2023-11-19|2023-11-20",
     note="A refusal with a condition: REJECT, REQUEST (the condition) accepted.",
     gloss="the answer was clear: 'the ship's fate is tied to an end to the aggression on Gaza'")
p.ev(14, "THREATEN", "abdulmalik|houthis", "israel-linked-ships|israel-gov", "red-sea", "2023-11-14", "asserted|planned", "abdulmalik|~",
     "وكان قائد الثورة السيد عبدالملك بدر الدين الحوثي قد توعد في خطاب الثلاثاء الماضي بـ\"الظفر\" بالسفن الإسرائيلية في البحر الأحمر",
     gloss="the leader of the revolution Abdulmalik al-Houthi had vowed in a speech last Tuesday to 'seize' Israeli ships in the Red Sea")
p.ev(15, "REQUEST|THREATEN", "abdulmalik|houthis", "houthi-forces", "red-sea", "2023-11-14", "asserted", "abdulmalik|~",
     "داعيا إلى تعقبها وتفتيش كل سفينة يشتبه بتبعيتها للكيان", optional=True,
     note="The same speech's call to track and search ships.",
     gloss="calling for them to be tracked and every ship suspected of belonging to the entity to be searched")
p.ev(16, "ASSAULT", "houthi-forces|houthis", "israel-gov", "eilat", None, "asserted", "~",
     "كما أطلقت القوات المسلحة خلال الأسابيع الماضية دفعات من الصواريخ والطائرات المسيرة باتجاه \"أم الرشراش\" المحتلة",
     date_also="2023-10-19|~", mode="aerial",
     gloss="the armed forces also fired salvos of missiles and drones in recent weeks towards occupied 'Umm al-Rashrash' (Eilat)")
p.ev(17, "ASSAULT", "us-military", "houthi-forces|houthis", "red-sea", None, "alleged|asserted", "us-military",
     "زعمت المدمرات الأمريكية اعتراض عدد منها فوق البحر الأحمر", date_also="2023-10-19|~", mode="aerial",
     note="Interceptions the outlet distances (زعمت).",
     gloss="some of which US destroyers claimed to have intercepted over the Red Sea")

# ---- 1111 ar Aden, government-aligned -----------------------------------------------------------
p = S.page("1111_sahifatshamsanaljadida_prosperity_guardian_launched.txt", "صحيفة شمسان الجديدة", "ar",
           "واشنطن تطلق «حارس الازدهار» لحماية الملاحة.. والحكومة: الحوثيون ينفذون أجندة طهران في البحر الأحمر",
           "2023-12-19T09:30",
           "From the page's date line (2023/12/19 - 09:30 بتوقيت عدن, year-first); 'أمس الاثنين' and 'أمس' are "
           "2023-12-18, 'نهاية الأسبوع الماضي' 15-16 December, 'فجر السبت الماضي' 2023-12-16, '19 نوفمبر الماضي' and "
           "'11 ديسمبر الجاري' explicit.",
           "عدن",
           "أعلن وزير الدفاع الأمريكي لويد أوستن، أمس الاثنين، إطلاق عملية متعددة الجنسيات",
           "مؤكدة أنها على اتصال بالحوثيين عبر وسطاء في المنطقة.",
           ["شارك الخبر: فيسبوك | إكس | واتساب", "أخبار ذات صلة", "البنك المركزي في عدن يعلن مزادا جديدا للعملة",
            "انقطاع الكهرباء يعود إلى أحياء المعلا", "منتخب الشباب يتأهل إلى نهائيات آسيا"])
p.ev(1, "COOPERATE|MOBILIZE", "austin|us-gov|prosperity-guardian", "houthis", "red-sea|gulf-of-aden|manama", "2023-12-18",
     "asserted", "~|austin",
     "أعلن وزير الدفاع الأمريكي لويد أوستن، أمس الاثنين، إطلاق عملية متعددة الجنسيات تحت اسم \"حارس الازدهار\" لحماية "
     "السفن التجارية في البحر الأحمر وخليج عدن",
     note="A multinational naval operation launched: COOPERATE (MOBILIZE accepted); aimed at the Houthi attacks.",
     gloss="US Defense Secretary Lloyd Austin announced on Monday a multinational operation, 'Prosperity Guardian', to protect merchant ships in the Red Sea and the Gulf of Aden")
p.ev(2, "ACCUSE", "austin|us-gov", "houthis", "manama", "2023-12-18", "asserted", "austin|~",
     "متهما الحوثيين بتهديد حرية الملاحة و\"الازدهار الاقتصادي الدولي\" عبر هجماتهم المتهورة",
     gloss="accusing the Houthis of threatening freedom of navigation and 'international economic prosperity' with their reckless attacks")
p.ev(3, "RETREAT|SANCTION", "bp", "", "red-sea", "2023-12-18", "asserted", "~",
     "قرار مجموعة \"بي بي\" النفطية البريطانية تعليق مرور شحناتها عبر البحر الأحمر",
     gloss="the decision of the British oil group BP to suspend its shipments through the Red Sea")
r111_pause = p.ev(4, "RETREAT|SANCTION", "maersk|msc", "", "bab-al-mandab|red-sea", None, "asserted", "~",
                  "لتلتحق بكبرى شركات الشحن العالمية مثل \"ميرسك\" و\"إم إس سي\" التي أوقفت رحلاتها عبر مضيق باب المندب "
                  "نهاية الأسبوع الماضي", date_also="2023-12-15|2023-12-16",
                  gloss="joining the big shipping lines such as Maersk and MSC, which halted their voyages through Bab al-Mandab at the end of last week")
p.ev(5, "REJECT|THREATEN", "bukhaiti|houthis", "us-gov|prosperity-guardian", "", "2023-12-18", "asserted", "bukhaiti|~",
     "كتب القيادي فيها محمد البخيتي على منصة إكس أن \"أي تحالف تشكله أمريكا لن يوقف عملياتنا العسكرية\"",
     date_also="2023-12-19|~",
     gloss="its leader Mohammed al-Bukhaiti wrote on X that 'any coalition America forms will not stop our military operations'")
p.ev(6, "THREATEN", "bukhaiti|houthis", "us-gov|prosperity-guardian", "", "2023-12-18", "hypothetical|planned", "bukhaiti|~",
     "متوعدا بمواجهة \"أي تصعيد\" بتصعيد مماثل", date_also="2023-12-19|~",
     gloss="vowing to answer 'any escalation' with escalation")
p.ev(7, "ASSAULT", "houthi-forces|houthis", "سوان أتلانتيك|msc", "red-sea", "2023-12-18", "alleged|asserted", "houthis",
     "وكانت الجماعة قد زعمت، أمس، استهداف سفينتين هما \"سوان أتلانتيك\" و\"إم إس سي كلارا\" بطائرات مسيرة بحرية",
     mode="drone-boats",
     gloss="the group claimed (زعمت) yesterday to have struck two ships, the Swan Atlantic and the MSC Clara, with naval drones")
p.ev(8, "REJECT", "الشركة المشغلة للأولى", "houthis", "", "2023-12-18", "asserted", "~|الشركة المشغلة للأولى",
     "فيما أكدت الشركة المشغلة للأولى أنه لا صلة لها بإسرائيل", date_also="2023-12-19",
     gloss="while the operator of the first said it had no link to Israel")
p.ev(9, "ASSAULT|ACCUSE", "iran-gov|eryani", "israel-linked-ships|houthis|iran-gov", "red-sea", None, "asserted", "eryani|saba-aden",
     "اتهم وزير الإعلام في الحكومة الشرعية معمر الإرياني، في تصريح نقلته وكالة الأنباء اليمنية (سبأ) الرسمية، النظام الإيراني "
     "بـ\"إدارة هجمات الميليشيا الحوثية على السفن والتخطيط لها\"",
     date_also="2023-12-18|2023-12-19|~",
     note="A charge naming Iran as the planner of the attacks: the attacks with al-Eryani as claimant, ACCUSE accepted.",
     gloss="Information Minister Muammar al-Eryani, in remarks carried by the official Saba agency, accused the Iranian regime of 'running and planning the Houthi militia's attacks on ships'")
p.ev(10, "ACCUSE", "eryani|yemen-gov", "houthis", "", None, "asserted", "eryani|saba-aden",
     "معتبرا أن الميليشيا \"ترفع شعار نصرة غزة غطاء لابتزاز العالم وتهديد مصالح اليمنيين\"",
     date_also="2023-12-18|2023-12-19|~",
     gloss="holding that the militia 'raises the banner of support for Gaza as cover to blackmail the world and threaten Yemenis' interests'")
p.ev(11, "REQUEST", "eryani|yemen-gov", "المجتمع الدولي", "", None, "asserted", "eryani|saba-aden",
     "ودعا الإرياني المجتمع الدولي إلى \"تصنيف الميليشيا الحوثية منظمة إرهابية وتجفيف منابع تمويلها وتسليحها\"",
     date_also="2023-12-18|2023-12-19|~",
     gloss="al-Eryani called on the international community to 'designate the Houthi militia a terrorist organisation and dry up its funding and arming'")
r111_seize = p.ev(12, "COERCE", "houthis|houthi-forces", "galaxy-leader|galaxy-crew", "red-sea", "2023-11-19", "asserted", "~",
                  "السفينة \"غالاكسي ليدر\" التي اختطفتها الجماعة في 19 نوفمبر الماضي بإنزال جوي من مروحية، واقتادتها إلى "
                  "ميناء الصليف شمال الحديدة", destination="salif|hodeidah",
                  gloss="the Galaxy Leader, which the group hijacked on 19 November by a helicopter landing and took to Salif port north of Hodeidah")
r111_crew = p.ev(13, "COERCE", "houthis|houthi-forces", "galaxy-crew", "salif", None, "asserted", "~",
                 "محتجزة طاقمها المكون من 25 بحارا", date_also="2023-11-19|2023-12-19", size={"captives": 25},
                 gloss="holding its crew of 25 sailors")
r111_strinda = p.ev(14, "ASSAULT", "houthis|houthi-forces|unidentified-attackers", "strinda", "yemen-coast|red-sea", "2023-12-11",
                    "asserted", "~",
                    "كما تعرضت ناقلة النفط النرويجية \"ستريندا\" في 11 ديسمبر الجاري لهجوم بصاروخ كروز أطلق من مناطق سيطرة الميليشيا",
                    mode="aerial",
                    gloss="the Norwegian tanker Strinda was attacked on 11 December with a cruise missile fired from militia-held areas")
p.ev(15, "AID", "mason|us-military", "strinda", "yemen-coast|red-sea", "2023-12-11", "asserted", "~",
     "قبل أن تهب المدمرة الأمريكية \"ميسون\" لمساعدتها", date_also="2023-12-12",
     gloss="before the US destroyer Mason came to its aid")
r111_carney = p.ev(16, "ASSAULT", "carney|us-military", "houthis|houthi-forces", "red-sea", "2023-12-16", "asserted", "us-military",
                   "وكانت المدمرة الأمريكية \"كارني\" قد أسقطت فجر السبت الماضي 14 طائرة مسيرة أطلقت من مناطق سيطرة الحوثيين",
                   size={"drones": 14}, mode="aerial",
                   gloss="the US destroyer Carney had shot down at dawn last Saturday 14 drones launched from Houthi-held areas (per CENTCOM)")
p.ev(17, "REQUEST", "japan-gov", "houthis", "", None, "asserted", "japan-gov|~",
     "وطالبت الحكومة اليابانية مجددا بالإفراج الفوري عن طاقم \"غالاكسي ليدر\"", date_also="2023-12-18|2023-12-19|~",
     gloss="the Japanese government again demanded the immediate release of the Galaxy Leader's crew")
p.ev(18, "CONSULT", "japan-gov|houthis", "houthis|japan-gov", "", None, "asserted", "japan-gov|~",
     "مؤكدة أنها على اتصال بالحوثيين عبر وسطاء في المنطقة", date_also="2023-12-18|2023-12-19|~",
     gloss="saying it is in contact with the Houthis through mediators in the region")

# ---- 1112 en regional (Tokyo) -------------------------------------------------------------------
p = S.page("1112_pacificharbourherald_tokyo_presses_houthis_galaxy_leader.txt", "Pacific Harbour Herald", "en",
           "Tokyo presses Houthis to free Galaxy Leader crew as Israel disowns the seized ship",
           "2023-11-21T18:20",
           "From the page's date line (November 21, 2023 (Tue) 18:20 JST), local time kept; 'on Tuesday' is 2023-11-21, "
           "'two days after' and 'on Sunday' 2023-11-19, 'on Monday' 2023-11-20, 'October 19' explicit.",
           "TOKYO",
           "Japan has made a direct appeal to Yemen's Houthi rebels to release the car carrier Galaxy Leader",
           "NYK shares fell 2.1% in Tokyo trading on Tuesday.",
           ["Share | Facebook | X | LINE | Email", "Related", "Explainer: who are the Houthis?",
            "Port of Yokohama posts record car exports", "Kishida vows to pass extra budget before year-end"])
r112_japan = p.ev(1, "REQUEST", "japan-gov|kamikawa", "houthis", "", None, "asserted", "kamikawa|~",
                  "Japan has made a direct appeal to Yemen's Houthi rebels to release the car carrier Galaxy Leader and its "
                  "25 crew members", date_also="2023-11-20|2023-11-21")
p.ev(2, "COERCE", "houthis", "galaxy-leader", "red-sea", "2023-11-19", "asserted", "~",
     "two days after the vessel was seized in the southern Red Sea", optional=True,
     note="The seizure in passing; the clearest sentence is b1112-5.")
p.ev(3, "ACCUSE|REJECT", "kamikawa|japan-gov", "houthis", "", "2023-11-21", "asserted", "kamikawa|~",
     "\"We strongly condemn the seizure,\" Kamikawa told reporters")
p.ev(4, "REQUEST", "japan-gov|kamikawa", "israel-gov|saudi-gov|oman-gov|iran-gov", "", None, "asserted", "kamikawa|~",
     "Tokyo had also asked Israel, Saudi Arabia, Oman and Iran to use their influence with the Houthis to get the ship freed",
     date_also="2023-11-19|2023-11-20|2023-11-21")
r112_seize = p.ev(5, "COERCE", "houthi-forces|houthis", "galaxy-leader|galaxy-crew", "red-sea", "2023-11-19", "asserted", "houthis|~",
                  "Houthi fighters dropped by helicopter onto the ship's deck on Sunday afternoon, a video released by the "
                  "group on Monday showed", note="The video is the group's own: claimant the Houthis (or the outlet).")
p.ev(6, "COERCE|THREATEN", "houthi-forces", "galaxy-crew", "red-sea", "2023-11-19", "asserted", "houthis|~",
     "then burst into the bridge and order crew members to raise their hands", optional=True)
r112_hodeidah = p.ev(7, "COERCE", "houthi-forces|houthis", "galaxy-leader", "red-sea", "2023-11-19", "asserted", "ambrey",
                     "The Galaxy Leader was then steered to the port of Hodeidah, according to the British maritime security firm Ambrey",
                     date_also="2023-11-20", destination="hodeidah|salif",
                     note="The ship taken to Hodeidah (later off Salif), per Ambrey: a second report with a new claimant.")
r112_threat = p.ev(8, "THREATEN", "saree|houthi-forces", "israel-linked-ships|israel-gov", "", "2023-11-19", "asserted|planned",
                   "saree|~",
                   "Their military spokesman Yahya Saree warned that every ship owned or operated by Israeli companies or flying "
                   "the Israeli flag would be a \"legitimate target\"", date_also="~")
r112_pmo = p.ev(9, "REJECT", "netanyahu|israel-gov", "houthis|houthi-forces", "", "2023-11-19", "asserted", "netanyahu|~",
                "Israel's prime minister's office pushed back at that description, saying the ship was \"British-owned and "
                "Japanese-operated\" and that no Israelis were aboard", date_also="2023-11-20")
r112_iranacc = p.ev(10, "COERCE|ACCUSE", "iran-gov|netanyahu|israel-gov", "galaxy-leader|iran-gov", "", "2023-11-19", "asserted",
                    "netanyahu|~", "It called the hijacking \"another act of Iranian terrorism\"", date_also="2023-11-20")
r112_iranden = p.ev(11, "REJECT|COERCE", "kanaani|iran-mfa|iran-gov", "israel-gov|netanyahu", "", "2023-11-20", "asserted|denied",
                    "kanaani|~", "Iran's foreign ministry spokesman Nasser Kanaani brushed off the charge on Monday")
p.ev(12, "SANCTION", "us-gov", "houthis", "", None, "possible|planned", "a State Department official",
     "a State Department official said the administration was weighing whether to put the Houthis back on its list of "
     "terrorist organisations", date_also="2023-11-20|2023-11-21|~")
p.ev(13, "ASSAULT", "carney|us-military", "houthi-forces|houthis", "red-sea", "2023-10-19", "asserted", "~",
     "The U.S. destroyer Carney shot down several drones and cruise missiles fired from Yemen toward Israel on October 19",
     mode="aerial")
p.ev(14, "ASSAULT", "houthi-forces|houthis", "israel-gov", "red-sea", "2023-10-19", "asserted", "~",
     "drones and cruise missiles fired from Yemen toward Israel on October 19", mode="aerial", optional=True,
     note="The launch behind the interception; the page names no launcher.")
p.ev(15, "REQUEST", "japan-shipowners", "member companies", "red-sea", None, "asserted", "~|japan-shipowners",
     "The Japanese Shipowners' Association urged member companies to steer clear of the southern Red Sea",
     date_also="2023-11-20|2023-11-21")

# ---- links --------------------------------------------------------------------------------------
K = S.link
K("Galaxy Leader seized by Houthi forces in the Red Sea, 19 Nov", r110_seize, r112_seize)
K("Galaxy Leader seized by Houthi forces in the Red Sea, 19 Nov", r109_seize, r112_seize)
K("Galaxy Leader seized by Houthi forces in the Red Sea, 19 Nov", r110_seize, r111_seize)
K("Galaxy Leader seized by Houthi forces in the Red Sea, 19 Nov", r109_seize, r111_seize)
K("Galaxy Leader seized and taken to a Yemeni port, 19 Nov", r112_hodeidah, r111_seize)
K("The Galaxy Leader's crew of 25 held", r109_crew, r111_crew)
K("Saree: Israeli-linked ships are legitimate targets, 19 Nov", r110_threat, r112_threat)
K("Israel's prime minister's office: the ship is not Israeli, 19 Nov", r110_pmo, r112_pmo)
K("Israel's prime minister's office: an Iranian act of terrorism, 19 Nov", r110_iranacc, r112_iranacc)
K("Iran denies a role in the seizure, 20 Nov", r110_iranden, r112_iranden)
K("Japan appeals to the Houthis to free the ship and crew", r110_japan, r112_japan)
K("Strinda hit by a missile from Yemen, 11 Dec", r109_strinda, r111_strinda)
K("USS Carney shoots down 14 drones, 16 Dec", r109_carney, r111_carney)
K("Maersk pauses Red Sea transits, 15 Dec", r109_maersk, r111_pause)

# ---- contradictions -----------------------------------------------------------------------------
C = S.contra
C("negation", "status", "Whether the Galaxy Leader is Israeli: 'an Israeli ship' (Saree, al-I'sar) vs 'British-owned and "
  "Japanese-operated', no Israelis aboard (Israel's PMO, Pacific Harbour)", r110_seize, r112_pmo)
C("negation", "status", "Author of the seizure: 'another act of Iranian terrorism' (Israel's PMO, Pacific Harbour) vs no "
  "role for Iran (Kanaani, al-I'sar)", r112_iranacc, r110_iranden)
C("negation", "status", "Author of the seizure: 'an Iranian terrorist act' (Israel's PMO, al-I'sar) vs Iran's denial "
  "(Kanaani, Pacific Harbour)", r110_iranacc, r112_iranden)
C("value", "destination", "Where the Galaxy Leader was taken: the port of Hodeidah (Lodestar) vs Salif port north of "
  "Hodeidah (Shamsan)", r109_seize, r111_seize)
