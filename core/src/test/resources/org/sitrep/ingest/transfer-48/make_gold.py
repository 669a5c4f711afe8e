#!/usr/bin/env python3
"""Build and check transfer-48.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py            (checks, then writes transfer-48.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Theme: THE ORDINARY CASE. Every page is a crawler's flattened text (one block per line, no
wrapping) of an ordinary news article page of a mainstream or mid-size outlet, in the site templates
of 2022-2026. Twelve kinds of outlet, each once per language (48NN English, 48NN+12 Arabic):
 1 pan-Arab satellite channel   2 national daily (print edition)   3 international wire
 4 regional portal (heavy chrome)   5 state news agency   6 digital-native explainer
 7 business/energy outlet   8 local city site   9 diaspora outlet (translation)
10 fact-check   11 opinion column   12 long feature.
LAYOUT below: `blank` pages have a blank line between body paragraphs (blocks outside the body may
run over adjacent lines); `lines` pages have no blank line anywhere.

Each document also carries, besides the json keys of transfer-47:
  evidence     the verbatim date text the publication date is read from ("order": "dmy"/"mdy" for
               numeric dates; "in_body": True when it is the dateline opening the text);
  other_dates  other dates on the page (updates, widgets, originals, comment stamps) with the day
               each one means; they are parsed and must differ from the publication day;
  hijri        (4814) the Hijri date printed beside the Gregorian one;
  neutral      lines inside the body span that belong to the article but are not running text
               (subheadings, question headings): neither required nor forbidden, NOT written to
               the json, left out of paragraph and word counts;
  credits      written to the json (score_events.py scores them): byline names with their role.

Checks (lines compared stripped); any failure prints the problems and writes nothing:
  * every gold string is non-empty, has no line break or outer space, and occurs verbatim in its
    page; the title is a whole line; body_first is a line prefix; body_last is the whole last line
    of the span; every chrome and neutral line is a whole line or a line prefix; neutral lines lie
    strictly inside the span; no duplicate chrome;
  * the body (non-chrome, non-neutral lines of the span) has 250-600 words and 5-10 paragraphs,
    each at least 18 words; on `blank` pages kept lines of the span are separated by blank lines;
  * after score_events.py's normalization no chrome line (longer than 3 characters), no title and
    no comments_first occurs in the body (neutral lines included);
  * comments_first is a line prefix after body_last; every comment author is on a line after
    body_last, and not in the body; credits names sit on a line outside the body, with a known
    role;
  * published is ISO; the evidence text occurs once in the page, outside the body unless in_body,
    and parses (month names in English, both Arabic month systems, Arabic-Indic digits, ISO,
    numeric D/M/Y or M/D/Y that is unambiguous because one field is above 12) to exactly that day,
    with a matching weekday where it names one; every other_dates entry parses to its stated day,
    which differs from published;
  * the Hijri date (4814) is what java.time.chrono.HijrahDate (Umm al-Qura) gives for the
    published day, asked of the JDK through a one-class java program; no java, no gold;
  * the relative phrase falls on its weekday 1-7 days before publication, sits on one body line,
    occurs once in the body, and is the body's only weekday name; weekday names elsewhere sit only
    on listed chrome lines; no page has today/yesterday/tonight/tomorrow, اليوم, أمس, الليلة,
    غدا(ً) or البارحة;
  * the language agrees with score_events.py's --lang test (Arabic when more than a third of
    body_first's characters are Arabic script);
  * the page has 300-800 words; the layout matches LAYOUT; the folder holds exactly 24 pages
    named 48NN_<slug>.txt, at most 200 characters long.
The json is loaded again after writing.
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-48.gold.json")

# kind k: English page 4800+k, Arabic page 4812+k. English odd kinds and Arabic even kinds are
# `blank`, the others `lines`: six of each per language, as in transfer-47.
LAYOUT = {}
for k in range(1, 13):
    LAYOUT[4800 + k] = "blank" if k % 2 else "lines"
    LAYOUT[4812 + k] = "lines" if k % 2 else "blank"

ABOUT = [
    "Forty-eighth transfer check set (t48): 24 text pages, 12 English (4801-4812) and 12 Arabic (4813-4824). Theme: THE ORDINARY CASE, each page a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page of a mainstream or mid-size outlet in the site templates of 2022-2026. Twelve kinds of outlet, each once per language (48NN and 48NN+12 share the kind, with different stories and outlets): (1) a pan-Arab satellite channel's news site (live ticker, 'BREAKING' / 'عاجل', a relative '3 hours ago' / 'منذ 3 ساعات' beside the absolute date, same-day update); (2) a national daily's article (masthead date, kicker above the title, 'Print edition: page 3' / 'النسخة الورقية: الصفحة 3'; the Arabic page prints the Hijri date beside the Gregorian one); (3) an international wire on its own site (date line under the byline, 'Updated 10 years ago', dateline 'CITY, Month D (Agency) -', 'Reporting by ...; Editing by ...'); (4) a regional portal with heavy chrome (trending bar, currency rates, prayer-times widget carrying the crawl day, numeric D/M/Y date, numbered most-read list, comments); (5) a state news agency's English / Arabic service (date only in the dateline with the agency's name, 'Source:' / 'المصدر:', item number); (6) a digital-native explainer (deck, ISO date-times with a next-day update, read time, key-points bullets, question subheadings, a newsletter signup inside the body); (7) a business / energy outlet (market ticker, date inside the byline, 'Related:' / 'ذات صلة:' link lines inside the body); (8) a local city site (weather line, district sections, numeric M/D/Y / Arabic-Indic D/M/Y, obituaries box, community notices); (9) a diaspora outlet's translation ('Translated by' / 'ترجمة:', 'Original article in Arabic/English' with the original's earlier date); (10) a fact-check (claim, rating and verdict boxes, sources list, a next-day update); (11) an opinion column (author photo alt text, weekday date inside the byline, views disclaimer, author bio, comments); (12) a long feature (deck, photo captions with credits, subheadings, pull quotes that repeat a body sentence with an attribution, 'Continue reading' / 'تابع القراءة' and a registration wall in the middle of the text; the Arabic page shows only a later 'آخر تحديث' above the title and its publication date at the end). Stories of 2014-2025, none of transfer-47's. Outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t48 helper without reading any Sitrep source, resource, tools/ script or test, without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-47's README.md, make_gold.py, transfer-47.gold.json and its pages 4701, 4713 and 4718 were read, for the format. Layout per page in make_gold.py's LAYOUT. Odd pages (4801, 4803, ..., 4813, 4815, ...) may be studied later; even pages stay the check.",
    "Gold conventions (as t47's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph belongs to it (4803, 4805, 4815, 4817 and the city datelines). Publisher apparatus is chrome: mastheads, slogans, menus, breadcrumbs, section and kicker lines, tickers, 'BREAKING' labels, trending bars, currency and prayer-time widgets, weather lines, date lines, bylines and credit lines ('Reporting by ...', 'Translated by ...'), print-edition lines, decks, key-points bullets, claim / rating / verdict boxes, photo captions and alt text, pull quotes, 'Read also' / 'Related:' / 'اقرأ أيضاً' / 'ذات صلة:' link lines, newsletter and registration prompts, 'Continue reading', 'Source:' and item-number lines, disclaimers, author bios, original-article lines, sources lists, share lines (including those that repeat the title), tags, related and most-read lists, comment headers and stamps, obituaries and notices, cookie lines and footers. Subheadings and question headings inside a body are neutral (listed only in make_gold.py). The publication date is the article's own first publication: not an 'Updated' / 'Update' / 'آخر تحديث' / 'حُدّث' date (4806, 4810, 4818, 4822, 4824), not a widget's crawl day (4804, 4816), not an original article's date (4809, 4821), not a comment stamp; beside a relative '3 hours ago' / 'منذ 3 ساعات' the absolute date wins (4801, 4813); beside a Hijri date only the Gregorian half counts (4814). Each document carries published_note, the evidence text, other_dates and events: [] (no events are coded in this set). Comments (4802, 4804, 4809, 4811, 4814, 4816, 4821, 4823) carry comments_first and comment_authors. credits list byline names (author, editor, translator). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication.",
]

DOCS = [
    {
        "n": 4801, "language": "en",
        "outlet": "kind 1, a pan-Arab satellite channel's English news site (Horizon Arabia, invented): Iran's drone and missile attack on Israel",
        "title": "Iran launches more than 300 drones and missiles at Israel in its first direct attack",
        "published": "2024-04-14",
        "published_note": "'Published 3 hours ago | 14 April 2024, 06:40 GMT' (the relative '3 hours ago' stands beside the absolute date, which wins); 'Updated 14 April 2024, 08:15 GMT' is the same day; the text's 'late on Saturday' is 13 April",
        "evidence": {"text": "14 April 2024, 06:40 GMT"},
        "other_dates": [],
        "body_first": "Iran launched more than 300 drones and missiles at Israel late on Saturday and",
        "body_last": "Israel's war cabinet met in Tel Aviv to discuss its options. An Israeli official, speaking on condition of anonymity, told Horizon Arabia that the response would come \"at a time of our choosing\", while Arab and Western diplomats said several capitals were pressing both sides to step back and avoid a regional war.",
        "chrome_not_body": [
            "Your window on the Arab world",
            "Watch live ▶ | العربية | Français",
            "Home | Middle East | Gulf | North Africa | World | Business | Sport | Opinion | Videos",
            "LIVE TICKER ▪ Jordan says its air defences intercepted objects that entered the kingdom's airspace overnight ▪ Oil markets brace for volatility as trading resumes ▪ UN Security Council to hold emergency session at Israel's request",
            "BREAKING",
            "Middle East › Iran",
            "Published 3 hours ago | 14 April 2024, 06:40 GMT",
            "Updated 14 April 2024, 08:15 GMT",
            "Horizon Arabia and agencies",
            "[Image] Interceptions light up the night sky over Jerusalem as air raid sirens sound across Israel. (Photo: Yousef Haddad / Horizon Arabia)",
            "Read also: What we know about the strike on Iran's consulate building in Damascus",
            "Share: Iran launches more than 300 drones and missiles at Israel in its first direct attack | Facebook | X | WhatsApp | Telegram",
            "Tags: Iran, Israel, Revolutionary Guards, Jordan, air defence",
            "Most read",
            "1. Jordan says it intercepted flying objects over its territory",
            "2. Airlines reroute flights as regional airspace reopens",
            "3. Explainer: Iran's arsenal of drones and ballistic missiles",
            "4. Oil prices in focus as traders weigh escalation risk",
            "5. Gulf states call for restraint after night of interceptions",
            "About us | Contact | Advertise with us | Privacy policy | Terms of use",
            "© 2024 Horizon Arabia. All rights reserved.",
            "We use cookies to improve your experience. By continuing to browse the site you accept our cookie policy. Accept | Manage settings",
        ],
        "neutral": [],
        "relative": {"phrase": "late on Saturday", "date": "2024-04-13"},
        "credits": [],
    },
    {
        "n": 4802, "language": "en",
        "outlet": "kind 2, a national daily's article (The Lebanon Herald, invented) with kicker and print-edition line: the Beirut port explosion",
        "title": "Rescuers search port rubble as death toll from Beirut explosion passes 135",
        "published": "2020-08-06",
        "published_note": "the masthead date 'Thursday, 6 August 2020' above the title (weekday, D Month YYYY); the comment stamps are the same day; the text's 'on Tuesday' is 4 August",
        "evidence": {"text": "Thursday, 6 August 2020"},
        "other_dates": [],
        "body_first": "Rescue teams worked through the night at the ruined port of Beirut, digging through",
        "body_last": "The disaster compounds the worst economic crisis in Lebanon's modern history. The port handled most of the country's imports, and the destruction of its main grain silos has raised fears of bread shortages, although the economy minister said the country had enough flour for the coming weeks.",
        "chrome_not_body": [
            "THE LEBANON HERALD",
            "Lebanon's English-language daily",
            "Thursday, 6 August 2020",
            "Subscribe | E-paper | Sign in",
            "Home | Lebanon | Region | Business | Opinion | Culture | Sport | Obituaries",
            "Lebanon > Beirut blast",
            "AFTER THE BLAST",
            "Print edition: page 3",
            "By Rana Khoury and Karim Saade",
            "Share this article: Facebook | X | WhatsApp | Email",
            "Related coverage",
            "How 2,750 tonnes of ammonium nitrate came to be stored in the heart of the capital",
            "Volunteers turn Gemmayzeh's steps into a relief hub",
            "Editorial: A state that failed its citizens",
            "Comments (3)",
            "Samir T. · 6 August 2020 at 09:12",
            "Reply",
            "Layla M. · 6 August 2020 at 10:47",
            "Georges Nassar · 6 August 2020 at 13:30",
            "Post a comment",
            "Contact us | Advertise | Careers | Terms and conditions | Privacy policy",
            "© 2020 The Lebanon Herald. All rights reserved.",
        ],
        "neutral": [],
        "relative": {"phrase": "on Tuesday", "date": "2020-08-04"},
        "comments_first": "Six years that cargo sat there and nobody moved it. Someone must answer for this.",
        "comment_authors": ["Samir T.", "Layla M.", "Georges Nassar"],
        "credits": [{"role": "author", "name": "Rana Khoury"}, {"role": "author", "name": "Karim Saade"}],
    },
    {
        "n": 4803, "language": "en",
        "outlet": "kind 3, an international wire's article on its own site (Orbis News Agency, invented): the start of the Saudi-led air campaign in Yemen",
        "title": "Saudi-led coalition launches air strikes on Houthi forces in Yemen",
        "published": "2015-03-26",
        "published_note": "'March 26, 2015 9:41 AM GMT' under the byline (Month D, YYYY), with the dateline 'RIYADH/ADEN, March 26 (Orbis) -' (no year); 'Updated 10 years ago' is a relative stamp with no date; the text's 'on Wednesday' is 25 March",
        "evidence": {"text": "March 26, 2015 9:41 AM GMT"},
        "other_dates": [],
        "body_first": "RIYADH/ADEN, March 26 (Orbis) - Saudi Arabia and a coalition of Arab states launched",
        "body_last": "Iran condemned the strikes as a dangerous step that would deepen the crisis and called for an immediate halt. Oil prices rose more than 4 percent in early trade on fears that the conflict could disrupt shipping through the Bab el-Mandeb strait, through which close to 4 million barrels of oil pass every day.",
        "chrome_not_body": [
            "Orbis News Agency",
            "World | Business | Markets | Energy | Politics | Investigations | More",
            "Middle East & Africa",
            "By Khalid Mansour and Alexandra Reid",
            "March 26, 2015 9:41 AM GMT · Updated 10 years ago",
            "Reporting by Khalid Mansour in Aden and Alexandra Reid in Riyadh; Editing by Helen Carter",
            "How we report: the Orbis editorial code",
            "Licensing and reprints",
            "More from Orbis",
            "Houthi fighters seize air base north of Aden",
            "Gulf states say they will protect Yemen's government",
            "Oil jumps as Yemen strikes stir Middle East supply fears",
            "Orbis is an independent news agency serving newspapers, broadcasters and websites in more than 100 countries.",
            "Market data delayed by at least 15 minutes. © 2025 Orbis News Agency",
        ],
        "neutral": [],
        "relative": {"phrase": "on Wednesday", "date": "2015-03-25"},
        "credits": [{"role": "author", "name": "Khalid Mansour"}, {"role": "author", "name": "Alexandra Reid"}, {"role": "editor", "name": "Helen Carter"}],
    },
    {
        "n": 4804, "language": "en",
        "outlet": "kind 4, a regional news portal with heavy chrome (Mesopotamia Now, invented): Fallujah declared fully retaken",
        "title": "Iraqi forces declare Fallujah fully liberated after month-long offensive",
        "published": "2016-06-27",
        "published_note": "'27/06/2016 - 18:40' under the title (numeric D/M/Y, unambiguous: day 27); not the prayer-times widget's 'Thursday 30 June 2016' (the crawl day), nor the comment stamps (27/06 and 28/06/2016); the text's 'on Sunday' is 26 June",
        "evidence": {"text": "27/06/2016 - 18:40", "order": "dmy"},
        "other_dates": [{"text": "Thursday 30 June 2016", "date": "2016-06-30"}, {"text": "28/06/2016 08:30", "date": "2016-06-28", "order": "dmy"}],
        "body_first": "Baghdad – The commander of the Fallujah operation, Lieutenant General Abdul-Wahab al-Saadi, announced on",
        "body_last": "The government has pledged to investigate allegations that some displaced men were mistreated by members of armed groups during security screening, and officials in Anbar called for the rapid restoration of services so that families could return before the winter.",
        "chrome_not_body": [
            "Mesopotamia Now",
            "Iraq's news portal",
            "Sign in | Register | العربية | Kurdî",
            "Home | Iraq | Kurdistan | Politics | Security | Economy | Sport | Culture | Video | Opinion",
            "Trending: #Fallujah | Ramadi returns | Basra heatwave | Euro 2016 | Dinar rate",
            "Dollar in Baghdad market: 1,183 IQD | Erbil: 1,186 IQD | Gold 21k: 218,000 IQD per mithqal",
            "Prayer times, Baghdad – Thursday 30 June 2016: Fajr 3:41 | Dhuhr 12:11 | Asr 15:52 | Maghrib 19:20 | Isha 20:46",
            "Home > Security > Anbar",
            "27/06/2016 - 18:40 | Mesopotamia Now – Baghdad | 4,812 views",
            "Read also: Tens of thousands crowd into camps around Amiriyat al-Fallujah",
            "Tags: Fallujah, Anbar, Islamic State, displacement",
            "Share on Facebook | Twitter | WhatsApp | Telegram",
            "Most read",
            "1. Dinar steadies against the dollar after central bank auction",
            "2. Basra records 51 degrees as power cuts spread",
            "3. Kurdistan region announces salary schedule for public employees",
            "4. Iraqi forces declare Fallujah fully liberated after month-long offensive",
            "5. Ramadi families return to the Tamim district",
            "Comments (2)",
            "Abu Omar al-Dulaimi | 27/06/2016 19:05",
            "Noor H. | 28/06/2016 08:30",
            "Add your comment",
            "About us | Advertise | Contact | Privacy",
            "© 2016 Mesopotamia Now. All rights reserved.",
        ],
        "neutral": [],
        "relative": {"phrase": "on Sunday", "date": "2016-06-26"},
        "comments_first": "Congratulations to our heroes. Now the people of Fallujah need water, electricity and schools, not speeches.",
        "comment_authors": ["Abu Omar al-Dulaimi", "Noor H."],
        "credits": [],
    },
    {
        "n": 4805, "language": "en",
        "outlet": "kind 5, a state news agency's English service (Iraqi National Press Agency, INPA, invented name): the end of the war against Islamic State declared",
        "title": "Prime Minister announces the end of the war against Daesh and the full liberation of Iraq's territory",
        "published": "2017-12-09",
        "published_note": "only the dateline 'BAGHDAD, 9 December 2017 (INPA) –' opening the text carries a date (D Month YYYY); the page has no date line, the item number and 'Source:' line carry none; the text's 'on Thursday' is 7 December",
        "evidence": {"text": "BAGHDAD, 9 December 2017 (INPA)", "in_body": True},
        "other_dates": [],
        "body_first": "BAGHDAD, 9 December 2017 (INPA) – Prime Minister and Commander-in-Chief of the Armed Forces",
        "body_last": "The United Nations Assistance Mission for Iraq and a number of Arab and foreign governments congratulated Iraq on the victory, and celebrations were held in Baghdad and several provinces, where citizens raised the national flag in public squares.",
        "chrome_not_body": [
            "Iraqi National Press Agency",
            "English Service",
            "Home | Politics | Security | Economy | Provinces | Culture | Sport | Photos | Archive",
            "العربية | English | Kurdî | Türkmençe",
            "Source: Media Office of the Prime Minister",
            "Item No.: 531286 | Category: Security",
            "Print | E-mail | Share",
            "Other news in Security",
            "Federal Police hand over security of western Mosul districts to local police",
            "Counter-Terrorism Service honours fighters of the Mosul operations",
            "Border guards deploy along the western frontier",
            "About INPA | Contact | Subscription services | Terms of use",
            "© INPA – Iraqi National Press Agency",
        ],
        "neutral": [],
        "relative": {"phrase": "on Thursday", "date": "2017-12-07"},
        "credits": [],
    },
    {
        "n": 4806, "language": "en",
        "outlet": "kind 6, a digital-native explainer (wayfinder., invented): the Houthis' seizure of the Galaxy Leader",
        "title": "What the Houthis' seizure of the Galaxy Leader means for Red Sea shipping",
        "published": "2023-11-21",
        "published_note": "'2023-11-21T09:30:00Z · Updated 2023-11-22T14:05:00Z · 6 min read' (ISO); the update is the next day and must not win; the text's 'on Sunday' is 19 November",
        "evidence": {"text": "2023-11-21T09:30:00Z"},
        "other_dates": [{"text": "2023-11-22T14:05:00Z", "date": "2023-11-22"}],
        "body_first": "Houthi fighters dropped from a military helicopter onto the deck of the Galaxy Leader",
        "body_last": "Some operators with Israeli links have already begun sending ships the long way round the Cape of Good Hope, adding up to two weeks to voyages between Asia and Europe. The bigger question, analysts say, is whether the Houthis widen their definition of a legitimate target to include ships with no Israeli connection at all.",
        "chrome_not_body": [
            "wayfinder.",
            "The Middle East, explained",
            "Explainers | Newsletters | Podcasts | Maps | About",
            "Explainer · Red Sea",
            "Yemen's Houthis have turned months of threats into a hijacking at sea. Here is what happened, who was on board and why shipping firms are nervous.",
            "By Hana Lindqvist",
            "2023-11-21T09:30:00Z · Updated 2023-11-22T14:05:00Z · 6 min read",
            "Key points",
            "• Houthi fighters landed by helicopter on a car carrier in the southern Red Sea and took its 25 crew members hostage.",
            "• The group says it will go after ships linked to Israel for as long as the war in Gaza continues.",
            "• Insurers and shipping lines are reassessing the risks of sailing through the Bab el-Mandeb.",
            "Get the wayfinder Mideast newsletter: one explainer in your inbox every weekday morning. Your email address | Sign up",
            "Was this explainer useful? Yes | No",
            "Share: X | LinkedIn | WhatsApp | Copy link",
            "More explainers",
            "Who are the Houthis, and what do they want?",
            "How the Suez Canal became a lifeline for Egypt's economy",
            "Mapped: the world's busiest shipping chokepoints",
            "wayfinder. is reader-supported. Become a member",
            "About | Careers | Ethics policy | Privacy | Cookie settings",
            "© 2023 wayfinder media",
        ],
        "neutral": ["Who owns the ship?", "Why did the Houthis do it?", "Why does it matter for shipping?"],
        "relative": {"phrase": "on Sunday", "date": "2023-11-19"},
        "credits": [{"role": "author", "name": "Hana Lindqvist"}],
    },
    {
        "n": 4807, "language": "en",
        "outlet": "kind 7, an energy and business outlet (Crude Compass, invented) covering a conflict event: the blockade of Libya's oil ports",
        "title": "Libya's oil output set to collapse as blockade shuts eastern ports",
        "published": "2020-01-20",
        "published_note": "inside the byline 'By Mark Ellison, Senior Correspondent | January 20, 2020, 7:45 AM EST' (Month D, YYYY); not the events box's '24-25 March 2020'; the text's 'on Saturday' is 18 January",
        "evidence": {"text": "January 20, 2020, 7:45 AM EST"},
        "other_dates": [],
        "body_first": "Libya's oil production is on course to fall to its lowest level since the",
        "body_last": "Libya holds Africa's largest proven crude reserves and sends most of its exports to Europe, with Italy, Spain and Germany among the main buyers. Refiners around the Mediterranean that rely on light, sweet Libyan grades may have to turn to alternatives from West Africa and the Caspian.",
        "chrome_not_body": [
            "CRUDE COMPASS",
            "Energy intelligence for decision makers",
            "Brent 65.34 ▲0.5% | WTI 58.87 ▲0.3% | Dubai 65.10 ▲0.4% | Henry Hub 1.97 ▼1.1% | EUR/USD 1.109 ▼0.1%",
            "Home | Oil | Gas | Power | Markets | Geopolitics | Data | Events | Subscribe",
            "Geopolitics | Libya",
            "By Mark Ellison, Senior Correspondent | January 20, 2020, 7:45 AM EST",
            "Related: Berlin summit ends with pledge to respect Libya arms embargo",
            "Related: OPEC+ output cuts: what traders are watching this quarter",
            "Topics: Libya, crude oil, NOC, supply disruptions, OPEC",
            "Share: LinkedIn | X | Email | Print",
            "Most read in Geopolitics",
            "Iraq's oil exports steady despite protests in the south",
            "Tanker rates ease after Gulf tensions cool",
            "Upcoming event: Crude Compass Mediterranean Energy Forum, Athens, 24-25 March 2020. Register now",
            "About Crude Compass | Subscriptions | Advertise | Terms | Privacy",
            "© 2020 Crude Compass Ltd. Market data delayed by 15 minutes.",
        ],
        "neutral": [],
        "relative": {"phrase": "on Saturday", "date": "2020-01-18"},
        "credits": [{"role": "author", "name": "Mark Ellison"}],
    },
    {
        "n": 4808, "language": "en",
        "outlet": "kind 8, a local city news site (The Ashkelon Coast Courier, invented): rocket fire on Ashkelon",
        "title": "Ashkelon counts the damage after the heaviest rocket fire the city has known",
        "published": "2021-05-13",
        "published_note": "'Posted 05/13/2021 at 8:20 a.m. | Updated 05/13/2021 at 3:05 p.m.' (numeric M/D/Y, unambiguous: day 13; the update is the same day); the text's 'on Tuesday' is 11 May",
        "evidence": {"text": "Posted 05/13/2021", "order": "mdy"},
        "other_dates": [],
        "body_first": "Two women were killed and dozens of residents were wounded when rockets fired from",
        "body_last": "In Gaza, Israeli air strikes have continued against what the military described as Hamas targets. The Health Ministry in the enclave said dozens of people, among them children, had been killed since the fighting began.",
        "chrome_not_body": [
            "The Ashkelon Coast Courier",
            "Local news for Ashkelon and the southern coast",
            "Ashkelon 26°C, partly cloudy | Sea: calm | Air quality: moderate",
            "Home | City | Schools | Community | Business | Sports | Events | Obituaries | Classifieds",
            "Neighborhoods: Barnea | Afridar | Shimshon | Marina | Agamim",
            "City > Security",
            "Posted 05/13/2021 at 8:20 a.m. | Updated 05/13/2021 at 3:05 p.m.",
            "By Dana Levi, Courier staff",
            "Get Courier alerts on WhatsApp: text JOIN to our newsroom line.",
            "Share: Facebook | WhatsApp | Email",
            "Obituaries",
            "Miriam Azoulay, 88, of Afridar, beloved mother and grandmother",
            "Yosef Ben-Haim, 79, of Shimshon, retired port engineer",
            "All obituaries »",
            "Community events",
            "Blood drive at the Afridar community center has been postponed",
            "Barnea seniors' club: phone circle every morning at 10 a.m.",
            "Contact the newsroom | Advertise | Subscribe to the print edition | Privacy",
            "© 2021 The Ashkelon Coast Courier",
        ],
        "neutral": [],
        "relative": {"phrase": "on Tuesday", "date": "2021-05-11"},
        "credits": [{"role": "author", "name": "Dana Levi"}],
    },
    {
        "n": 4809, "language": "en",
        "outlet": "kind 9, a diaspora outlet's translation from Arabic (The Nile Diaspora Review, invented; original in the invented Darfur Voice): the killing of West Darfur's governor",
        "title": "Governor of West Darfur killed hours after accusing the RSF of genocide in El Geneina",
        "published": "2023-06-16",
        "published_note": "the only date of the page's own is at the end, 'Published: 16 June 2023' (D Month YYYY); the next line's original Arabic article is dated 15 June 2023 and is not this page's date; the comment stamps are 16 June; the text's 'on Wednesday' is 14 June",
        "evidence": {"text": "Published: 16 June 2023"},
        "other_dates": [{"text": "Darfur Voice, 15 June 2023", "date": "2023-06-15"}],
        "body_first": "Khamis Abakar, the governor of West Darfur state, was killed in El Geneina on",
        "body_last": "Abakar, a former leader of an armed movement that signed the Juba peace agreement in 2020, had been appointed governor under the terms of that deal. In his final interview he appealed for an international intervention to stop the killings, and said that the state authorities no longer had any means of protecting the population.",
        "chrome_not_body": [
            "The Nile Diaspora Review",
            "Sudanese voices from London, Cairo, Doha and beyond",
            "Home | Sudan | Diaspora | Translations | Opinion | Culture | Donate",
            "Translations › Darfur",
            "Written by Ibrahim Adam for Darfur Voice | Translated by Mariam Idris",
            "Published: 16 June 2023",
            "Original article in Arabic: «مقتل والي غرب دارفور بعد ساعات من اتهامه الدعم السريع بالإبادة», Darfur Voice, 15 June 2023",
            "Share: Facebook | X | WhatsApp | Email",
            "Comments (2)",
            "Fatima S. | 16 June 2023, 14:02",
            "Osman El-Tayeb | 16 June 2023, 18:37",
            "Support independent Sudanese journalism: donate to The Nile Diaspora Review.",
            "About | Contributors | Contact | Privacy policy",
            "© 2023 The Nile Diaspora Review",
        ],
        "neutral": [],
        "relative": {"phrase": "on Wednesday", "date": "2023-06-14"},
        "comments_first": "Thank you for translating this. The English-language press is barely covering Geneina.",
        "comment_authors": ["Fatima S.", "Osman El-Tayeb"],
        "credits": [{"role": "author", "name": "Ibrahim Adam"}, {"role": "translator", "name": "Mariam Idris"}],
    },
    {
        "n": 4810, "language": "en",
        "outlet": "kind 10, a fact-check article (CheckPoint MENA, invented): a game clip passed off as Iranian missiles hitting Ben Gurion airport",
        "title": "No, this video does not show Iranian missiles destroying Ben Gurion airport",
        "published": "2024-10-03",
        "published_note": "'Oct. 3, 2024' alone on a line above the section and title (abbreviated month with a period); not 'Update, Oct. 4, 2024: ...'; the text's 'on Tuesday' is 1 October",
        "evidence": {"text": "Oct. 3, 2024"},
        "other_dates": [{"text": "Update, Oct. 4, 2024", "date": "2024-10-04"}],
        "body_first": "A video viewed more than four million times on X, TikTok and Facebook claims",
        "body_last": "CheckPoint MENA rates this claim False. The video predates the attack by two years, comes from a video game and does not show Ben Gurion airport.",
        "chrome_not_body": [
            "Fact-checking the news from the Middle East and North Africa",
            "Home | Fact-checks | Explainers | How we work | Corrections | About us",
            "Oct. 3, 2024",
            "Fact-check · Israel · Iran",
            "By Youssef Hadid",
            "Update, Oct. 4, 2024: this article was updated to add the response of the account that first shared the clip.",
            "Claim: A video shows Iranian ballistic missiles destroying terminals and airliners at Israel's Ben Gurion airport.",
            "Rating: False",
            "Verdict: The clip comes from a military simulation video game and was online two years before the attack. Ben Gurion airport was not hit.",
            "Sources",
            "1. YouTube: original Arma 3 clip, uploaded in 2022 (archived copy)",
            "2. Israel Airports Authority: statement on the reopening of Israeli airspace",
            "3. Israel Defense Forces: statement on the missile attack",
            "4. Reverse image searches with Google Lens and Yandex",
            "Spotted a claim we should check? Send it to us on WhatsApp.",
            "Read our corrections policy | Support our work",
            "Share: Facebook | X | WhatsApp | Copy link",
            "More fact-checks",
            "No, this photo does not show Hezbollah's leader in hiding",
            "Misleading: old footage of Beirut strikes shared as new",
            "© 2024 CheckPoint MENA",
        ],
        "neutral": [],
        "relative": {"phrase": "on Tuesday", "date": "2024-10-01"},
        "credits": [{"role": "author", "name": "Youssef Hadid"}],
    },
    {
        "n": 4811, "language": "en",
        "outlet": "kind 11, an opinion column (The Arabian Sentinel, invented): the Houthi takeover of Sanaa",
        "title": "Yemen's transition died in Sanaa, and the world watched",
        "published": "2014-09-24",
        "published_note": "inside the byline 'By Faisal Ba-Obaid | Wednesday 24 September 2014 13:05 AST' (weekday D Month YYYY); the comment stamps are 24 and 25 September; the text's 'on Sunday' is 21 September",
        "evidence": {"text": "Wednesday 24 September 2014"},
        "other_dates": [{"text": "September 25, 2014 at 9:05 am", "date": "2014-09-25"}],
        "body_first": "When Houthi fighters walked into the government headquarters in Sanaa on Sunday, meeting almost",
        "body_last": "Yemenis deserve better than a choice between militias and a paralysed state. If the new agreement is to mean anything, the Houthis must withdraw their fighters from the capital and hand over the heavy weapons they have seized, and the parties that signed it must finally govern for the country rather than for themselves.",
        "chrome_not_body": [
            "The Arabian Sentinel",
            "Home | News | Opinion | Analysis | Business | Culture | Video | Newsletters",
            "Opinion › Columnists",
            "[Photo: Faisal Ba-Obaid, columnist]",
            "By Faisal Ba-Obaid | Wednesday 24 September 2014 13:05 AST",
            "The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of The Arabian Sentinel.",
            "Faisal Ba-Obaid is a Yemeni political scientist and a former lecturer at the University of Aden. He writes a weekly column for The Arabian Sentinel.",
            "Share: Facebook | Twitter | LinkedIn | Email",
            "Comments (3)",
            "Hamdan Y.",
            "September 24, 2014 at 3:10 pm",
            "Reema K.",
            "September 24, 2014 at 6:42 pm",
            "Salem Bin Ali",
            "September 25, 2014 at 9:05 am",
            "More opinion",
            "Libya's two parliaments and the battle for legitimacy",
            "Why Iraq's new government needs the Sunni provinces",
            "About us | Contact | Advertise | Privacy",
            "© 2014 The Arabian Sentinel",
        ],
        "neutral": [],
        "relative": {"phrase": "on Sunday", "date": "2014-09-21"},
        "comments_first": "Finally someone says it plainly. The dialogue conference was a hotel party while the country burned.",
        "comment_authors": ["Hamdan Y.", "Reema K.", "Salem Bin Ali"],
        "credits": [{"role": "author", "name": "Faisal Ba-Obaid"}],
    },
    {
        "n": 4812, "language": "en",
        "outlet": "kind 12, a long feature (The Atlas Post, invented): the last evacuation from east Aleppo",
        "title": "The last buses from east Aleppo",
        "published": "2016-12-24",
        "published_note": "'24 December 2016' alone under the byline (D Month YYYY); the text's 'on Thursday' is 22 December, the day the evacuation ended",
        "evidence": {"text": "24 December 2016"},
        "other_dates": [],
        "body_first": "The first buses arrived at the edge of the besieged enclave before dawn, green",
        "body_last": "Many of those who left say they do not expect to return soon. \"Aleppo is ours and we will go back one day,\" Umm Khaled said in a borrowed room in a village near Idlib city. \"But not while the people who bombed us are the ones who hold the keys.\"",
        "chrome_not_body": [
            "The Atlas Post",
            "Subscribe | Sign in",
            "World | Middle East | Europe | Africa | Business | Climate | Culture | Long Reads",
            "Long Read · Syria",
            "For four years the eastern half of Syria's largest city held out under siege and bombardment. It took a week for its last residents to leave. These are their stories.",
            "By Claire Aubert and Omar Khatib",
            "24 December 2016",
            "A family waits to board one of the green government buses in al-Ramouseh, on the southern edge of Aleppo. Photograph: Ahmad Sweid for The Atlas Post",
            "“We left the keys in the door. There was no point in locking it.” — Umm Khaled, teacher",
            "Continue reading",
            "Register for free to keep reading The Atlas Post's long reads. Already registered? Sign in",
            "“Nobody on the bus spoke. Even the babies were quiet.” — Abu Jamil, carpenter",
            "Evacuees wait in the cold at a reception point in al-Rashideen, west of Aleppo. Photograph: Omar Khatib for The Atlas Post",
            "This article is part of our series Syria's Long War.",
            "Topics: Syria, Aleppo, refugees, Red Cross",
            "Share: Facebook | X | Email | Gift this article",
            "More long reads",
            "Inside Mosul's old city as the battle begins",
            "The doctors of Madaya",
            "About us | Contact | Terms and conditions | Privacy | Cookie preferences",
            "© 2016 The Atlas Post",
        ],
        "neutral": ["The crossing", "Nine hours at the checkpoint", "Idlib, and after"],
        "relative": {"phrase": "on Thursday", "date": "2016-12-22"},
        "credits": [{"role": "author", "name": "Claire Aubert"}, {"role": "author", "name": "Omar Khatib"}],
    },
    {
        "n": 4813, "language": "ar",
        "outlet": "kind 1, a pan-Arab satellite channel's news site (قناة الضفتين, invented): Iran vows to avenge Ismail Haniyeh's killing in Tehran",
        "title": "إيران تتوعد بالرد على اغتيال إسماعيل هنية في طهران وسط مخاوف من حرب إقليمية",
        "published": "2024-08-01",
        "published_note": "'منذ 3 ساعات | 1 أغسطس 2024 - 07:15 بتوقيت مكة المكرمة' (relative beside absolute, Egyptian month); 'آخر تحديث: 1 أغسطس 2024 - 09:40' is the same day; the text's 'فجر الأربعاء' is 31 July",
        "evidence": {"text": "1 أغسطس 2024 - 07:15"},
        "other_dates": [],
        "body_first": "طهران - توعدت إيران بالرد على اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية",
        "body_last": "ودعت دول عربية وغربية إلى ضبط النفس وتجنب توسيع دائرة الصراع، فيما عقد مجلس الأمن الدولي جلسة طارئة بطلب من إيران، وعلقت شركات طيران عدة رحلاتها إلى طهران وبيروت وعمّان تحسباً لأي تصعيد.",
        "chrome_not_body": [
            "قناة الضفتين",
            "البث المباشر | English",
            "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | منوعات | برامج | فيديو",
            "شريط الأخبار: الأمم المتحدة تدعو إلى ضبط النفس في المنطقة ▪ أسعار النفط ترتفع مع تصاعد التوتر ▪ شركات طيران تعلق رحلاتها إلى بيروت وطهران",
            "عاجل",
            "الشرق الأوسط | إيران",
            "منذ 3 ساعات | 1 أغسطس 2024 - 07:15 بتوقيت مكة المكرمة",
            "آخر تحديث: 1 أغسطس 2024 - 09:40",
            "الضفتين - وكالات",
            "[صورة] إيرانيون يرفعون صور إسماعيل هنية خلال تجمع في ساحة فلسطين وسط طهران. (تصوير: رضا كاظمي / الضفتين)",
            "اقرأ أيضاً: من هو إسماعيل هنية؟ محطات في مسيرة رئيس المكتب السياسي لحماس",
            "شارك: إيران تتوعد بالرد على اغتيال إسماعيل هنية في طهران وسط مخاوف من حرب إقليمية | فيسبوك | إكس | واتساب | تيليغرام",
            "الوسوم: إيران، حماس، إسماعيل هنية، إسرائيل، طهران",
            "الأكثر قراءة",
            "1. من هو فؤاد شكر الذي أعلنت إسرائيل استهدافه في بيروت؟",
            "2. شركات طيران تعلق رحلاتها إلى المنطقة حتى إشعار آخر",
            "3. أسعار النفط ترتفع مع تصاعد المخاوف من حرب إقليمية",
            "4. قطر: الاغتيالات السياسية تقوض مسار المفاوضات",
            "من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية | شروط الاستخدام",
            "© 2024 قناة الضفتين. جميع الحقوق محفوظة.",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية. موافق | الإعدادات",
        ],
        "neutral": [],
        "relative": {"phrase": "فجر الأربعاء", "date": "2024-07-31"},
        "credits": [],
    },
    {
        "n": 4814, "language": "ar",
        "outlet": "kind 2, a national daily's article (صحيفة الرافدين الجديدة, invented) with kicker and print-edition line: the destruction of al-Nuri mosque in Mosul",
        "title": "داعش يفجر جامع النوري ومنارة الحدباء في الموصل القديمة مع اقتراب القوات العراقية",
        "published": "2017-06-22",
        "published_note": "the masthead line 'الخميس 27 رمضان 1438 هـ - 22 حزيران 2017 م | العدد 3561' above the title: weekday, Hijri (27 Ramadan 1438 = 22 June 2017 in the Umm al-Qura calendar, checked with java.time.chrono.HijrahDate) beside the Gregorian date with a Levantine month; only the Gregorian half counts; the text's 'مساء الأربعاء' is 21 June",
        "evidence": {"text": "22 حزيران 2017 م"},
        "other_dates": [],
        "hijri": {"text": "27 رمضان 1438 هـ", "year": 1438, "month": 9, "day": 27},
        "body_first": "الموصل - فجّر مسلحو تنظيم داعش مساء الأربعاء جامع النوري الكبير ومنارته الحدباء في",
        "body_last": "وتقدر الأمم المتحدة أن عشرات الآلاف من المدنيين ما زالوا عالقين في الأحياء المتبقية تحت سيطرة التنظيم، وسط نقص حاد في الغذاء والماء والدواء، فيما تحذر منظمات إنسانية من أن المسلحين يستخدمونهم دروعاً بشرية لإبطاء تقدم القوات.",
        "chrome_not_body": [
            "صحيفة الرافدين الجديدة",
            "يومية سياسية مستقلة تصدر عن مؤسسة الرافدين للصحافة والنشر",
            "الخميس 27 رمضان 1438 هـ - 22 حزيران 2017 م | العدد 3561",
            "الرئيسية | محليات | سياسة | أمن | اقتصاد | ثقافة | رياضة | آراء | النسخة الورقية",
            "الرئيسية > أمن > نينوى",
            "معركة الموصل القديمة",
            "النسخة الورقية: الصفحة 3",
            "كتب: سالم العبيدي",
            "شارك المقال: فيسبوك | تويتر | واتساب",
            "مقالات ذات صلة",
            "القوات العراقية تقتحم الموصل القديمة من ثلاثة محاور",
            "نازحو الموصل القديمة: خرجنا عبر الأنقاض تحت القصف",
            "التعليقات (2)",
            "أبو علي الموصلي | 22 حزيران 2017 - 10:12",
            "نوال عبد الكريم | 22 حزيران 2017 - 14:47",
            "أضف تعليقك",
            "© صحيفة الرافدين الجديدة 2017 - جميع الحقوق محفوظة",
        ],
        "neutral": [],
        "relative": {"phrase": "مساء الأربعاء", "date": "2017-06-21"},
        "comments_first": "رحم الله الحدباء، ستبقى في قلوبنا وسنعيد بناءها بأيدينا.",
        "comment_authors": ["أبو علي الموصلي", "نوال عبد الكريم"],
        "credits": [{"role": "author", "name": "سالم العبيدي"}],
    },
    {
        "n": 4815, "language": "ar",
        "outlet": "kind 3, an international wire's Arabic service (وكالة المرساة الدولية للأنباء, invented): 33 Turkish soldiers killed in Idlib",
        "title": "مقتل 33 جندياً تركياً في غارة جوية بإدلب وأنقرة ترد بقصف مواقع للقوات السورية",
        "published": "2020-02-28",
        "published_note": "'٢٨ فبراير ٢٠٢٠ ٠٩:٤٠ ص بتوقيت غرينتش' under the byline (Arabic-Indic digits, Egyptian month), with the dateline 'أنقرة/بيروت، ٢٨ فبراير (المرساة) -' (no year); 'آخر تحديث منذ 5 سنوات' is a relative stamp with no date; the text's 'مساء الخميس' is 27 February",
        "evidence": {"text": "٢٨ فبراير ٢٠٢٠ ٠٩:٤٠ ص"},
        "other_dates": [],
        "body_first": "أنقرة/بيروت، ٢٨ فبراير (المرساة) - قال مسؤولون أتراك إن 33 جندياً تركياً على الأقل",
        "body_last": "وتشن القوات الحكومية السورية بدعم جوي روسي منذ كانون الأول/ديسمبر هجوماً واسعاً على آخر معقل كبير للمعارضة المسلحة في شمال غرب البلاد، أدى بحسب الأمم المتحدة إلى نزوح نحو مليون شخص، معظمهم من النساء والأطفال، نحو الحدود التركية.",
        "chrome_not_body": [
            "وكالة المرساة الدولية للأنباء - الخدمة العربية",
            "العالم | الشرق الأوسط | أعمال | أسواق | طاقة | صحة | رياضة",
            "الشرق الأوسط",
            "بقلم: هالة سليمان وأوزان يلدز",
            "٢٨ فبراير ٢٠٢٠ ٠٩:٤٠ ص بتوقيت غرينتش · آخر تحديث منذ 5 سنوات",
            "(تغطية صحفية: هالة سليمان في بيروت وأوزان يلدز في أنقرة؛ تحرير: سامي حداد)",
            "معاييرنا: مدونة المرساة للسلوك التحريري",
            "أخبار ذات صلة",
            "الليرة التركية تتراجع بعد التصعيد في إدلب",
            "الأمم المتحدة: نزوح غير مسبوق في شمال غرب سوريا",
            "ترخيص المحتوى | اتصل بنا | سياسة الخصوصية",
            "© 2025 وكالة المرساة الدولية للأنباء. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "relative": {"phrase": "مساء الخميس", "date": "2020-02-27"},
        "credits": [{"role": "author", "name": "هالة سليمان"}, {"role": "author", "name": "أوزان يلدز"}, {"role": "editor", "name": "سامي حداد"}],
    },
    {
        "n": 4816, "language": "ar",
        "outlet": "kind 4, a regional news portal with heavy chrome (بوابة المنارة الليبية, invented): the Tripoli clashes between the 444 Brigade and Rada",
        "title": "55 قتيلاً و146 جريحاً حصيلة اشتباكات طرابلس بين اللواء 444 وجهاز الردع",
        "published": "2023-08-16",
        "published_note": "'16/08/2023 | 21:10 - طرابلس - ...' under the title (numeric D/M/Y, unambiguous: day 16); not the prayer-times widget's 'السبت 19 أغسطس 2023' (the crawl day), nor the comment stamps; the text's 'يوم الاثنين' is 14 August",
        "evidence": {"text": "16/08/2023 | 21:10", "order": "dmy"},
        "other_dates": [{"text": "السبت 19 أغسطس 2023", "date": "2023-08-19"}, {"text": "17/08/2023 - 08:40", "date": "2023-08-17", "order": "dmy"}],
        "body_first": "طرابلس - أعلن مركز طب الطوارئ والدعم ارتفاع حصيلة الاشتباكات التي شهدتها العاصمة طرابلس",
        "body_last": "ويعد اللواء 444 قتال وجهاز الردع من أقوى التشكيلات المسلحة في العاصمة، ويتبع كل منهما اسمياً مؤسسات الدولة في طرابلس، غير أن التنافس بينهما على النفوذ ظل مصدر توتر دائم في مدينة لم تعرف استقراراً أمنياً كاملاً منذ سنوات.",
        "chrome_not_body": [
            "بوابة المنارة الليبية",
            "أخبار ليبيا لحظة بلحظة",
            "الرئيسية | ليبيا | طرابلس | برقة | فزان | اقتصاد | رياضة | منوعات | فيديو",
            "الأكثر تداولاً: #اشتباكات_طرابلس | مطار معيتيقة | سعر الدولار | نتائج الشهادة الثانوية | الدوري الليبي",
            "أسعار العملات في السوق الموازية: الدولار 5.86 دينار | اليورو 6.38 دينار | الجنيه الإسترليني 7.45 دينار",
            "مواقيت الصلاة في طرابلس - السبت 19 أغسطس 2023: الفجر 04:53 | الظهر 13:13 | العصر 16:52 | المغرب 19:53 | العشاء 21:14",
            "ليبيا > طرابلس",
            "16/08/2023 | 21:10 - طرابلس - بوابة المنارة الليبية | 12,304 مشاهدة",
            "اقرأ أيضاً: من هو محمود حمزة آمر اللواء 444 قتال؟",
            "الوسوم: طرابلس، اللواء 444، جهاز الردع، مطار معيتيقة",
            "شارك الخبر: فيسبوك | إكس | واتساب | تيليغرام",
            "الأكثر قراءة",
            "1. سعر الدولار في السوق الموازية يسجل ارتفاعاً جديداً",
            "2. استئناف الرحلات في مطار معيتيقة بعد توقف الاشتباكات",
            "3. وزارة التعليم تعلن موعد نتائج الشهادة الثانوية",
            "4. الدبيبة يتفقد الأحياء المتضررة من الاشتباكات",
            "5. الهلال الأحمر يجلي عائلات عالقة في جنوب طرابلس",
            "التعليقات (2)",
            "محمد الورفلي | 16/08/2023 - 22:05",
            "سالمة بن عمران | 17/08/2023 - 08:40",
            "أضف تعليقاً",
            "من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية",
            "© 2023 بوابة المنارة الليبية. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الاثنين", "date": "2023-08-14"},
        "comments_first": "رحم الله الضحايا. إلى متى يدفع المواطن ثمن صراع التشكيلات المسلحة؟",
        "comment_authors": ["محمد الورفلي", "سالمة بن عمران"],
        "credits": [],
    },
    {
        "n": 4817, "language": "ar",
        "outlet": "kind 5, a state news agency's Arabic service (الوكالة الوطنية اليمنية للأنباء - يمنا, invented name): the Houthi drone attack on al-Dhabba oil terminal and the terrorist designation",
        "title": "مجلس الدفاع الوطني يصنف جماعة الحوثي منظمة إرهابية عقب الهجوم على ميناء الضبة النفطي",
        "published": "2022-10-22",
        "published_note": "only the dateline 'المكلا، 22 أكتوبر 2022 (يمنا) -' opening the text carries a date (Egyptian month); no date line, the item number and 'المصدر:' line carry none; the text's 'يوم الجمعة' is 21 October",
        "evidence": {"text": "المكلا، 22 أكتوبر 2022 (يمنا)", "in_body": True},
        "other_dates": [],
        "body_first": "المكلا، 22 أكتوبر 2022 (يمنا) - قرر مجلس الدفاع الوطني، في اجتماع استثنائي عقده",
        "body_last": "وأشاد المجلس بيقظة القوات المسلحة والأمن في حضرموت، ووجه برفع الجاهزية في جميع المنشآت النفطية والموانئ، مؤكداً أن الدولة ستتخذ كل ما يلزم لحماية مقدرات الشعب اليمني ومصالحه الاقتصادية.",
        "chrome_not_body": [
            "الوكالة الوطنية اليمنية للأنباء",
            "الرئيسية | رئاسة الدولة | الحكومة | محليات | اقتصاد | عربي ودولي | رياضة | أرشيف",
            "عربي | English",
            "محليات",
            "المصدر: مكتب رئاسة الجمهورية",
            "رقم الخبر: 7712094 | القسم: محليات",
            "طباعة | إرسال لصديق | مشاركة",
            "أخبار ذات صلة",
            "رئيس الوزراء يطلع على ترتيبات تأمين المنشآت النفطية في حضرموت",
            "محافظ حضرموت يتفقد ميناء الضبة ويشيد بجاهزية الحراسة",
            "الحكومة تدعو الشركات الملاحية إلى عدم الالتفات إلى تهديدات الميليشيا",
            "عن الوكالة | اتصل بنا | خدمات الاشتراك | شروط الاستخدام",
            "جميع الحقوق محفوظة © الوكالة الوطنية اليمنية للأنباء",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الجمعة", "date": "2022-10-21"},
        "credits": [],
    },
    {
        "n": 4818, "language": "ar",
        "outlet": "kind 6, a digital-native explainer (فاصلة, invented): the Israel-Hezbollah ceasefire",
        "title": "اتفاق وقف إطلاق النار في لبنان: ما أبرز بنوده ومن يضمن تنفيذه؟",
        "published": "2024-11-27",
        "published_note": "'نُشر: 2024-11-27T06:30:00+02:00 · حُدّث: 2024-11-28T10:15:00+02:00' (ISO with offset); the update is the next day and must not win; the text's 'مساء الثلاثاء' is 26 November",
        "evidence": {"text": "2024-11-27T06:30:00+02:00"},
        "other_dates": [{"text": "2024-11-28T10:15:00+02:00", "date": "2024-11-28"}],
        "body_first": "دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ عند الرابعة فجراً",
        "body_last": "ويبقى السؤال الأكبر هو ما إذا كانت الهدنة ستصمد طوال الأيام الستين، وما إذا كان الجيش اللبناني قادراً على الانتشار بالعدد والعتاد الكافيين، في بلد يعاني أزمة اقتصادية خانقة وفراغاً رئاسياً مستمراً منذ أكثر من عامين.",
        "chrome_not_body": [
            "فاصلة",
            "الخبر كما يجب أن يُفهم",
            "شروحات | نشرات بريدية | بودكاست | خرائط | من نحن",
            "شرح · لبنان",
            "بعد أكثر من عام على فتح جبهة الجنوب وشهرين من الحرب الواسعة، دخل وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ. إليكم ما نعرفه عن الاتفاق وما لا نعرفه.",
            "كتبت: ريم حداد",
            "نُشر: 2024-11-27T06:30:00+02:00 · حُدّث: 2024-11-28T10:15:00+02:00 · مدة القراءة: 5 دقائق",
            "أبرز النقاط",
            "• هدنة مدتها ستون يوماً ينسحب خلالها الجيش الإسرائيلي تدريجياً من جنوب لبنان.",
            "• الجيش اللبناني ينتشر جنوب نهر الليطاني ويتسلم المواقع التي يخليها حزب الله.",
            "• لجنة برئاسة الولايات المتحدة وبمشاركة فرنسا تراقب التنفيذ.",
            "اشترك في نشرة فاصلة الصباحية: شرح واحد كل صباح في بريدك الإلكتروني. بريدك الإلكتروني | اشترك",
            "هل كان هذا الشرح مفيداً؟ نعم | لا",
            "شارك: إكس | واتساب | فيسبوك | نسخ الرابط",
            "شروحات أخرى",
            "ما هو القرار 1701 ولماذا فشل تطبيقه؟",
            "خريطة: القرى الحدودية التي دمرتها الحرب",
            "فاصلة منصة مستقلة يدعمها قراؤها. انضم إلينا",
            "من نحن | الوظائف | ميثاق التحرير | الخصوصية | إعدادات ملفات تعريف الارتباط",
            "© 2024 فاصلة",
        ],
        "neutral": ["ما أبرز بنود الاتفاق؟", "من يراقب التنفيذ؟", "ماذا عن النازحين؟"],
        "relative": {"phrase": "مساء الثلاثاء", "date": "2024-11-26"},
        "credits": [{"role": "author", "name": "ريم حداد"}],
    },
    {
        "n": 4819, "language": "ar",
        "outlet": "kind 7, a business and energy outlet (منصة مؤشر, invented) covering a conflict event: container lines pause Red Sea transits after Houthi attacks",
        "title": "عمالقة الشحن يعلّقون عبور البحر الأحمر بعد هجمات الحوثيين على السفن",
        "published": "2023-12-16",
        "published_note": "inside the byline 'بقلم: عمر الشامي | 16 ديسمبر 2023 | 10:30 بتوقيت غرينتش' (Egyptian month); the text's 'يوم الجمعة' is 15 December",
        "evidence": {"text": "16 ديسمبر 2023 | 10:30"},
        "other_dates": [],
        "body_first": "علّقت أكبر شركات شحن الحاويات في العالم عبور سفنها في البحر الأحمر ومضيق باب",
        "body_last": "ويثير تعليق العبور مخاوف في مصر، التي تعتمد على إيرادات قناة السويس مصدراً رئيسياً للعملة الصعبة، إذ حققت القناة إيرادات قياسية تجاوزت تسعة مليارات دولار في السنة المالية الماضية.",
        "chrome_not_body": [
            "منصة مؤشر",
            "أعمال · طاقة · أسواق",
            "برنت 76.55$ ▲0.2% | غرب تكساس 71.43$ ▼0.1% | الذهب 2019$ ▼0.9% | مؤشر حاويات شنغهاي 1254 ▲9.6% | اليورو/الدولار 1.089",
            "الرئيسية | أسواق | طاقة | شحن ولوجستيات | شركات | اقتصاد كلي | بيانات",
            "شحن ولوجستيات | البحر الأحمر",
            "بقلم: عمر الشامي | 16 ديسمبر 2023 | 10:30 بتوقيت غرينتش",
            "ذات صلة: الحوثيون يتوعدون باستهداف السفن المتجهة إلى إسرائيل",
            "ذات صلة: كم تخسر قناة السويس من تراجع حركة العبور؟",
            "الوسوم: البحر الأحمر، الحوثيون، ميرسك، قناة السويس، أسعار الشحن",
            "شارك: لينكدإن | إكس | واتساب | البريد الإلكتروني",
            "الأكثر قراءة في شحن ولوجستيات",
            "أسعار التأمين ضد مخاطر الحرب تقفز في البحر الأحمر",
            "موانئ جيبوتي تستعد لتراجع حركة الترانزيت",
            "اشترك في نشرة مؤشر الأسبوعية لأسواق الطاقة والشحن",
            "عن المنصة | اتصل بنا | الاشتراكات | الخصوصية",
            "© 2023 منصة مؤشر. بيانات الأسواق متأخرة 15 دقيقة.",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الجمعة", "date": "2023-12-15"},
        "credits": [{"role": "author", "name": "عمر الشامي"}],
    },
    {
        "n": 4820, "language": "ar",
        "outlet": "kind 8, a local city news site (الحالمة نت, invented, Taiz): the reopening of the road between Taiz and al-Hawban",
        "title": "بعد تسع سنوات من الإغلاق.. فرحة في تعز بإعادة فتح طريق الحوبان",
        "published": "2024-06-15",
        "published_note": "'نُشر بتاريخ: ١٥/٠٦/٢٠٢٤ - ١١:٢٠ | كتب: ...' (numeric D/M/Y in Arabic-Indic digits, unambiguous: day 15); the text's 'يوم الخميس' is 13 June",
        "evidence": {"text": "١٥/٠٦/٢٠٢٤ - ١١:٢٠", "order": "dmy"},
        "other_dates": [],
        "body_first": "تعز - عبرت مئات السيارات والحافلات الصغيرة الطريق الرابط بين وسط مدينة تعز ومنطقة",
        "body_last": "ويأمل التجار وأصحاب المحال في أن ينعكس فتح الطريق على أسعار السلع والخضروات التي ارتفعت بفعل كلفة النقل عبر الطرق البديلة، فيما قالت نقابة النقل إن أجرة الراكب بين وسط المدينة والحوبان قد تنخفض إلى أقل من ربع ما كانت عليه.",
        "chrome_not_body": [
            "الحالمة نت",
            "أخبار تعز ومديرياتها",
            "تعز ٢٨° غائم جزئياً | الرطوبة ٥٤٪ | الرياح ١٢ كم/س",
            "الرئيسية | المدينة | مديريات | مجتمع | مدارس وجامعات | رياضة محلية | خدمات | وفيات | إعلانات",
            "المديريات: القاهرة | المظفر | صالة | التعزية | صبر الموادم | الحوبان",
            "المدينة > طرق ومواصلات",
            "نُشر بتاريخ: ١٥/٠٦/٢٠٢٤ - ١١:٢٠ | كتب: نبيل القدسي",
            "شارك: فيسبوك | واتساب | تيليغرام",
            "وفيات",
            "انتقل إلى رحمة الله الحاج عبده سيف الشرعبي عن عمر ناهز 81 عاماً، والعزاء في منزله بحي المسبح.",
            "انتقلت إلى رحمة الله الحاجة فاطمة أحمد المخلافي، والعزاء في منزل نجلها بحي الروضة.",
            "جميع الوفيات »",
            "إعلانات المجتمع",
            "مؤسسة المياه: جدول توزيع المياه في أحياء مديرية المظفر",
            "مكتب التربية: بدء التسجيل في المراكز الصيفية",
            "من نحن | اتصل بنا | أعلن معنا | سياسة النشر",
            "© 2024 الحالمة نت - جميع الحقوق محفوظة",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الخميس", "date": "2024-06-13"},
        "credits": [{"role": "author", "name": "نبيل القدسي"}],
    },
    {
        "n": 4821, "language": "ar",
        "outlet": "kind 9, a diaspora outlet's translation from English (جسور, invented; original in the invented The Tigris Review): the drone attack on Mustafa al-Kadhimi's home",
        "title": "محاولة اغتيال الكاظمي بطائرة مسيّرة تكشف هشاشة المنطقة الخضراء بعد الانتخابات",
        "published": "2021-11-08",
        "published_note": "'8 تشرين الثاني 2021' alone above the title (Levantine month); the original English article at the end is dated '7 نوفمبر 2021' (Egyptian month) and is not this page's date; the text's 'فجر الأحد' is 7 November",
        "evidence": {"text": "8 تشرين الثاني 2021"},
        "other_dates": [{"text": "7 نوفمبر 2021", "date": "2021-11-07"}],
        "body_first": "بغداد - نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرات مسيّرة محملة",
        "body_last": "ويرى مراقبون أن الهجوم رسالة مفادها أن الخاسرين في الانتخابات قادرون على قلب الطاولة إذا لم يحصلوا على حصة في الحكومة المقبلة، وأن مفاوضات تشكيلها ستجري هذه المرة تحت تهديد السلاح.",
        "chrome_not_body": [
            "جسور",
            "مجلة العراقيين في الشتات",
            "الرئيسية | العراق | المهجر | ترجمات | آراء | ثقافة | تبرّع",
            "ترجمات",
            "8 تشرين الثاني 2021",
            "بقلم: ديفيد هارت | ترجمة: ليلى الجبوري",
            "المقال الأصلي بالإنجليزية: «Drone attack on Iraqi premier's home lays bare the fragility of the Green Zone» - The Tigris Review، 7 نوفمبر 2021",
            "ملاحظة: تنشر جسور ترجمات مختارة لمقالات عن العراق بالاتفاق مع ناشريها، والآراء الواردة فيها تعبر عن كتابها.",
            "شارك: فيسبوك | إكس | واتساب",
            "التعليقات (2)",
            "أبو زينب البصري | 2021/11/08 - 12:40",
            "هدى الربيعي | 2021/11/08 - 19:15",
            "ادعم جسور بتبرعك",
            "من نحن | كتّابنا | اتصل بنا | سياسة الخصوصية",
            "© 2021 جسور",
        ],
        "neutral": [],
        "relative": {"phrase": "فجر الأحد", "date": "2021-11-07"},
        "comments_first": "الحمد لله على سلامته، لكن من يحاسب من أطلق هذه الطائرات؟",
        "comment_authors": ["أبو زينب البصري", "هدى الربيعي"],
        "credits": [{"role": "author", "name": "ديفيد هارت"}, {"role": "translator", "name": "ليلى الجبوري"}],
    },
    {
        "n": 4822, "language": "ar",
        "outlet": "kind 10, a fact-check article (ميزان, invented): an old photo shared as the army inside Khartoum's Republican Palace",
        "title": "صورة الجنود داخل القصر الجمهوري في الخرطوم قديمة ولا توثق استعادته",
        "published": "2025-03-24",
        "published_note": "'24 مارس/آذار 2025 | آخر تحديث: 25 مارس/آذار 2025' above the title (both month systems, Egyptian first); the update on the same line is the next day and must not win; the text's 'يوم الجمعة' is 21 March",
        "evidence": {"text": "24 مارس/آذار 2025"},
        "other_dates": [{"text": "آخر تحديث: 25 مارس/آذار 2025", "date": "2025-03-25"}],
        "body_first": "انتشرت على نطاق واسع في منصات التواصل الاجتماعي صورة لعشرات الجنود يرفعون أسلحتهم ويلوحون",
        "body_last": "وتوصل ميزان إلى أن الادعاء مضلل: الحدث الذي يشير إليه وقع فعلاً، لكن الصورة المستخدمة لتوثيقه قديمة وتعود إلى سياق مختلف تماماً، ولا تُظهر القصر الجمهوري.",
        "chrome_not_body": [
            "منصة للتحقق من الأخبار والصور المتداولة",
            "الرئيسية | تحققات | أدلة ومنهجية | تصحيحات | عن ميزان",
            "24 مارس/آذار 2025 | آخر تحديث: 25 مارس/آذار 2025",
            "تحقق · السودان",
            "إعداد: سارة عثمان",
            "الادعاء: صورة تُظهر جنوداً من الجيش السوداني يحتفلون داخل قاعة الاستقبال الكبرى في القصر الجمهوري بالخرطوم بعد استعادته من قوات الدعم السريع.",
            "التقييم: مضلل",
            "الخلاصة: استعاد الجيش القصر الجمهوري بالفعل، لكن الصورة المتداولة التُقطت عام 2019 ولا علاقة لها بالمعارك الأخيرة.",
            "المصادر",
            "1. الصورة الأصلية المنشورة في نيسان/أبريل 2019 (نسخة مؤرشفة)",
            "2. بيان الجيش السوداني بشأن السيطرة على القصر الجمهوري",
            "3. صور رسمية لقاعات القصر الجمهوري منشورة قبل الحرب",
            "4. نتائج البحث العكسي عبر محركات بحث الصور",
            "هل لديك صورة أو خبر تريد التحقق منه؟ أرسله إلينا عبر واتساب.",
            "شارك: فيسبوك | إكس | واتساب | نسخ الرابط",
            "تحققات أخرى",
            "فيديو قديم من ود مدني يُنشر على أنه من الخرطوم",
            "لا، هذه ليست صورة قائد قوات الدعم السريع في نيالا",
            "© 2025 ميزان. المحتوى متاح للنشر مع ذكر المصدر.",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الجمعة", "date": "2025-03-21"},
        "credits": [{"role": "author", "name": "سارة عثمان"}],
    },
    {
        "n": 4823, "language": "ar",
        "outlet": "kind 11, an opinion column (الأفق الجديد, invented): Israel's strikes on Iran",
        "title": "حرب الأيام الطويلة: ماذا تعني الضربة الإسرائيلية لإيران للمنطقة؟",
        "published": "2025-06-16",
        "published_note": "inside the byline 'بقلم: مازن العطار | الاثنين 16 حزيران 2025 - 08:00' (weekday, Levantine month); the comment stamps are 16 and 17 June; the text's 'فجر الجمعة' is 13 June",
        "evidence": {"text": "الاثنين 16 حزيران 2025"},
        "other_dates": [{"text": "17 حزيران 2025 - 07:48", "date": "2025-06-17"}],
        "body_first": "حين بدأت الطائرات الإسرائيلية فجر الجمعة ضرب المنشآت النووية والقواعد العسكرية في إيران، لم",
        "body_last": "المطلوب الآن ليس اختيار معسكر، بل ضغط عربي جاد ومنسق لوقف النار قبل أن تتسع الحرب، وإعادة الملف النووي إلى طاولة التفاوض، لأن البديل حرب مفتوحة لن يكون فيها منتصر، ولن تنجو منها عاصمة في المنطقة.",
        "chrome_not_body": [
            "الأفق الجديد",
            "الرئيسية | أخبار | آراء | تحليلات | اقتصاد | ثقافة | فيديو | النشرة البريدية",
            "آراء > كتّاب الأفق",
            "[صورة الكاتب: مازن العطار]",
            "بقلم: مازن العطار | الاثنين 16 حزيران 2025 - 08:00",
            "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الأفق الجديد.",
            "مازن العطار كاتب وباحث أردني في شؤون الأمن الإقليمي، عمل مستشاراً في عدد من مراكز الدراسات، ويكتب مقالاً أسبوعياً في الأفق الجديد.",
            "شارك: فيسبوك | إكس | واتساب | البريد الإلكتروني",
            "التعليقات (3)",
            "خالد المومني",
            "16 حزيران 2025 - 10:22",
            "رنا",
            "16 حزيران 2025 - 13:05",
            "سامر الحوراني",
            "17 حزيران 2025 - 07:48",
            "مقالات رأي أخرى",
            "لبنان بعد الهدنة: دولة تبحث عن سلاحها",
            "العراق بين واشنطن وطهران: حياد ممكن أم مستحيل؟",
            "من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية",
            "© 2025 الأفق الجديد",
        ],
        "neutral": [],
        "relative": {"phrase": "فجر الجمعة", "date": "2025-06-13"},
        "comments_first": "تحليل متوازن. المشكلة أن لا أحد في المنطقة يملك قرار وقف هذه الحرب.",
        "comment_authors": ["خالد المومني", "رنا", "سامر الحوراني"],
        "credits": [{"role": "author", "name": "مازن العطار"}],
    },
    {
        "n": 4824, "language": "ar",
        "outlet": "kind 12, a long feature (مجلة رواق, invented): families displaced again from Rafah",
        "title": "النزوح الأخير: رحلة عائلات رفح من الخيمة إلى الخيمة",
        "published": "2024-05-19",
        "published_note": "the only publication date is at the end, 'نُشرت هذه القصة في 19 أيار 2024 ضمن سلسلة ...' (Levantine month); 'آخر تحديث: 22 أيار 2024 - 10:30' above the title is a later update and must not win; the text's 'يوم السبت' is 18 May",
        "evidence": {"text": "نُشرت هذه القصة في 19 أيار 2024"},
        "other_dates": [{"text": "آخر تحديث: 22 أيار 2024", "date": "2024-05-22"}],
        "body_first": "حين وصلت الرسائل النصية والمنشورات التي تطالب سكان الأحياء الشرقية لرفح بالإخلاء، كانت أم",
        "body_last": "ويحذر عاملون في المجال الإنساني من أن إغلاق معبر رفح وتراجع دخول المساعدات يهددان بتفاقم المجاعة، في وقت تعمل فيه المستشفيات الميدانية القليلة في المنطقة بأكثر من طاقتها بكثير.",
        "chrome_not_body": [
            "مجلة رواق",
            "اشترك | تسجيل الدخول",
            "الرئيسية | سياسة | مجتمع | اقتصاد | ثقافة | تحقيقات | قصص طويلة",
            "قصص طويلة · فلسطين",
            "آخر تحديث: 22 أيار 2024 - 10:30",
            "لجأ إليها أكثر من مليون إنسان هرباً من الحرب، ثم طُلب منهم أن يرحلوا مرة أخرى. في هذه القصة يروي نازحون كيف غادروا المدينة الحدودية، وإلى أين.",
            "كتبت: ياسمين الشوا | تصوير: محمد أبو سعدة",
            "عائلة تحمّل أمتعتها على عربة يجرها حمار في حي تل السلطان غرب رفح. (تصوير: محمد أبو سعدة / مجلة رواق)",
            "«في كل مرة نقول إنها الأخيرة» - أم محمد أبو طه، نازحة من الشجاعية",
            "تابع القراءة",
            "سجّل مجاناً لمتابعة قراءة القصص الطويلة في مجلة رواق. لديك حساب؟ سجّل الدخول",
            "نازحون ينصبون خيامهم على الرمال في منطقة المواصي غرب خان يونس. (تصوير: محمد أبو سعدة / مجلة رواق)",
            "«الخيمة نفسها صارت تُباع بمئات الدولارات» - أبو خليل، مدرس متقاعد",
            "نُشرت هذه القصة في 19 أيار 2024 ضمن سلسلة «غزة: حياة على الطريق».",
            "الموضوعات: غزة، رفح، النزوح، الأونروا",
            "شارك: فيسبوك | إكس | واتساب | نسخ الرابط",
            "قصص طويلة أخرى",
            "أطباء الشمال: شهادات من مستشفى كمال عدوان",
            "خان يونس بعد الانسحاب: مدينة بلا ملامح",
            "عن رواق | اتصل بنا | الشروط والأحكام | الخصوصية",
            "© 2024 مجلة رواق",
        ],
        "neutral": ["الرحيل الأول من رفح", "في المواصي"],
        "relative": {"phrase": "يوم السبت", "date": "2024-05-18"},
        "credits": [{"role": "author", "name": "ياسمين الشوا"}],
    },
]


def norm(s):
    """score_events.py's normalization, copied so that the check sees what the scorer sees."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s)
    s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def scorer_lang(gd):
    """score_events.py's --lang test."""
    t = gd.get("body_first") or gd.get("title") or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
           "السبت": 5, "الأحد": 6}
# Arabic names without word boundaries on purpose: "الأحداث" contains "الأحد" and is caught
DAY_RE = re.compile(r"\b(" + "|".join(EN_DAYS) + r")\b|(" + "|".join(AR_DAYS) + r")")
REL_WORDS = re.compile(r"\b(today|yesterday|tonight|tomorrow)\b|اليوم|البارحة|"
                       r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
             "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
AR_MONTHS = {  # Egyptian (Western) names and Levantine (Syriac) names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
ROLES = {"author", "editor", "translator"}
_EN_MON = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_AR_MON = "|".join(sorted(AR_MONTHS, key=len, reverse=True))
EN_DMY = re.compile(r"\b(\d{1,2})\s+(" + _EN_MON + r")\b\.?,?\s+(\d{4})\b", re.I)
EN_MDY = re.compile(r"\b(" + _EN_MON + r")\b\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
AR_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(" + _AR_MON + r")(?:\s*/\s*(?:" + _AR_MON + r"))?\s+(\d{4})")
NUM = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
ISO_ANY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def ascii_digits(s):
    return s.translate({0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)})


def parse_dates(text, order=None):
    """Every calendar day that `text` names, as a set of ISO strings; raises ValueError on a
    numeric date that is ambiguous or on an impossible date."""
    t = ascii_digits(text)
    found = set()
    for y, m, d in ISO_ANY.findall(t):
        found.add(datetime.date(int(y), int(m), int(d)).isoformat())
    t2 = ISO_ANY.sub(" ", t)
    for a, b, y in NUM.findall(t2):
        a, b = int(a), int(b)
        if order not in ("dmy", "mdy"):
            raise ValueError(f"numeric date without an order in {text!r}")
        d, m = (a, b) if order == "dmy" else (b, a)
        if not (d > 12 >= m):
            raise ValueError(f"numeric date {a}/{b} is not disambiguated by range")
        found.add(datetime.date(int(y), m, d).isoformat())
    for d, mon, y in EN_DMY.findall(t2):
        found.add(datetime.date(int(y), EN_MONTHS[mon.lower()], int(d)).isoformat())
    for mon, d, y in EN_MDY.findall(t2):
        found.add(datetime.date(int(y), EN_MONTHS[mon.lower()], int(d)).isoformat())
    for d, mon, y in AR_DMY.findall(t2):
        found.add(datetime.date(int(y), AR_MONTHS[mon], int(d)).isoformat())
    return found


def check_date_text(text, want, order, err, what):
    try:
        got = parse_dates(text, order)
    except ValueError as e:
        err(f"{what}: {e}")
        return
    if got != {want}:
        err(f"{what} {text!r} parses to {sorted(got)}, want {want}")
        return
    m = DAY_RE.search(text)
    if m:
        wd = EN_DAYS.index(m.group(1)) if m.group(1) else AR_DAYS[m.group(2)]
        if wd != datetime.date.fromisoformat(want).weekday():
            err(f"{what} {text!r}: weekday does not match {want}")


JAVA = """import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
public class HijriCheck {
    public static void main(String[] args) {
        for (String a : args) {
            HijrahDate h = HijrahDate.from(LocalDate.parse(a));
            System.out.println(a + " " + h.get(ChronoField.YEAR) + " " + h.get(ChronoField.MONTH_OF_YEAR)
                    + " " + h.get(ChronoField.DAY_OF_MONTH) + " " + h.getChronology().getId());
        }
    }
}
"""


def hijri_of(days, errors):
    """{iso day: (year, month, day, chronology)} from the JDK's HijrahDate (Umm al-Qura)."""
    java = shutil.which("java")
    if not java:
        errors.append("no java on PATH: the Hijri date cannot be checked")
        return {}
    tmp = tempfile.mkdtemp(prefix="t48-hijri-")
    try:
        src = os.path.join(tmp, "HijriCheck.java")
        with open(src, "w", encoding="utf-8") as f:
            f.write(JAVA)
        r = subprocess.run([java, src] + list(days), capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            errors.append(f"java failed: {r.stderr.strip()[:200]}")
            return {}
        out = {}
        for line in r.stdout.split("\n"):
            p = line.split()
            if len(p) == 5:
                out[p[0]] = (int(p[1]), int(p[2]), int(p[3]), p[4])
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def find_line(lines, s, start=0):
    for i in range(start, len(lines)):
        if lines[i] == s or lines[i].startswith(s):
            return i
    return -1


def gold_strings(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"],
           doc["evidence"]["text"]]
    out += doc["chrome_not_body"] + doc["neutral"] + [d["text"] for d in doc["other_dates"]]
    out += [c["name"] for c in doc["credits"]]
    if "comments_first" in doc:
        out += [doc["comments_first"]] + doc["comment_authors"]
    if "hijri" in doc:
        out.append(doc["hijri"]["text"])
    return out


def check(doc, errors, hijri):
    n = doc["n"]
    lay = LAYOUT[n]

    def err(msg):
        errors.append(f"{n}: {msg}")
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        err(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"48\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if "\r" in raw or "\f" in raw or "\t" in raw:
        err("carriage return, form feed or tab in page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        err("page must end with exactly one newline")
    page_words = len(raw.split())
    if not 300 <= page_words <= 800:
        err(f"page has {page_words} words")
    for s in gold_strings(doc):
        if not s or "\n" in s or s != s.strip():
            err(f"gold string empty, multi-line or with outer spaces: {s[:40]!r}")
        if s not in raw:
            err(f"gold string not verbatim in the page: {s[:40]!r}")
    raw_lines = raw.split("\n")
    idx = [k for k, l in enumerate(raw_lines) if l.strip()]
    lines = [raw_lines[k].strip() for k in idx]
    has_blank = "\n\n" in raw.strip("\n")
    if lay == "lines" and has_blank:
        err("layout 'lines' but the page has blank lines")
    if lay == "blank" and not has_blank:
        err("layout 'blank' but the page has no blank line")
    if doc["title"] not in lines:
        err("title is not a whole line")
    i = find_line(lines, doc["body_first"])
    if i < 0:
        err("body_first is not a line prefix")
        return None
    j = find_line(lines, doc["body_last"], i)
    if j < 0:
        err("body_last is not a line after body_first")
        return None
    if lines[j] != doc["body_last"]:
        err("body_last must be the whole last line")
    chrome, neutral = doc["chrome_not_body"], doc["neutral"]
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")
    for c in chrome:
        if find_line(lines, c) < 0:
            err(f"chrome line not found as a line or line prefix: {c[:50]!r}")
        if c == doc["title"]:
            err("the title is listed as chrome")
    for c in neutral:
        k = find_line(lines, c)
        if not i < k < j:
            err(f"neutral line not strictly inside the body span: {c!r}")
        if DAY_RE.search(c):
            err(f"weekday name on a neutral line: {c!r}")

    def is_chrome(line):
        return any(line == c or line.startswith(c) for c in chrome)

    def is_neutral(line):
        return any(line == c or line.startswith(c) for c in neutral)
    span = range(i, j + 1)
    if is_chrome(lines[i]) or is_chrome(lines[j]):
        err("a body edge is a chrome line")
    body_idx = [k for k in span if not is_chrome(lines[k]) and not is_neutral(lines[k])]
    kept_idx = [k for k in span if not is_chrome(lines[k])]
    paras = [lines[k] for k in body_idx]
    if lay == "blank":
        for a, b in zip(kept_idx, kept_idx[1:]):
            if idx[b] - idx[a] < 2:
                err(f"body lines not separated by a blank line: {lines[b][:40]!r}")
    for p in paras:
        if len(p.split()) < 18:
            err(f"short unlisted line inside the body span: {p[:60]!r}")
    body_text = " ".join(paras)
    words = len(body_text.split())
    if not 5 <= len(paras) <= 10:
        err(f"{len(paras)} body paragraphs")
    if not 250 <= words <= 600:
        err(f"{words} body words")
    nb = norm(" ".join(lines[k] for k in kept_idx))
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            err(f"chrome line occurs inside the normalized body: {c[:50]!r}")
    if norm(doc["title"]) in nb:
        err("title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        err("body_first / body_last not in the normalized body")
    # comments
    tail = lines[j + 1:]
    if "comments_first" in doc:
        if find_line(tail, doc["comments_first"]) < 0:
            err("comments_first is not a line prefix after the body")
        if norm(doc["comments_first"]) in nb:
            err("comments_first occurs inside the body")
        if is_chrome(doc["comments_first"]):
            err("comments_first is listed as chrome")
        for a in doc["comment_authors"]:
            if not any(a in l for l in tail):
                err(f"comment author not after the body: {a!r}")
            if len(norm(a)) > 3 and norm(a) in nb:
                err(f"comment author occurs inside the body: {a!r}")
    elif "comment_authors" in doc:
        err("comment_authors without comments_first")
    # credits
    for c in doc["credits"]:
        if c["role"] not in ROLES:
            err(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[k] for k in range(len(lines)) if not i <= k <= j):
            err(f"credit {c['name']!r} is not on a line outside the body")
    # dates
    pub = doc["published"]
    if not pub or not ISO_DAY.match(pub):
        err("published is not an ISO day")
        return None
    if not doc.get("published_note"):
        err("published_note missing")
    ev = doc["evidence"]
    if raw.count(ev["text"]) != 1:
        err(f"evidence occurs {raw.count(ev['text'])} times")
    k = next((k for k, l in enumerate(lines) if ev["text"] in l), -1)
    if ev.get("in_body"):
        if k != i:
            err("in_body evidence is not on the first body line")
    elif i <= k <= j and not is_chrome(lines[k]):
        err("evidence lies inside the body")
    check_date_text(ev["text"], pub, ev.get("order"), err, "evidence")
    for d in doc["other_dates"]:
        check_date_text(d["text"], d["date"], d.get("order"), err, "other date")
        if d["date"] == pub:
            err(f"other date {d['text']!r} falls on the publication day")
    if "hijri" in doc:
        h = doc["hijri"]
        got = hijri.get(pub)
        if not got:
            err("no HijrahDate answer for the publication day")
        elif (got[0], got[1], got[2]) != (h["year"], h["month"], h["day"]):
            err(f"Hijri {h} but HijrahDate gives {got}")
        else:
            want = f"{h['day']} {HIJRI_MONTHS[h['month'] - 1]} {h['year']}"
            if not h["text"].startswith(want):
                err(f"Hijri text {h['text']!r} does not read {want!r}")
    rel = doc["relative"]
    if not ISO_DAY.match(rel["date"]):
        err("relative date is not ISO")
        return None
    ref, rd = datetime.date.fromisoformat(pub), datetime.date.fromisoformat(rel["date"])
    if not 1 <= (ref - rd).days <= 7:
        err(f"relative date {rd} is {(ref - rd).days} days before {ref}")
    m = DAY_RE.search(rel["phrase"])
    wd = None if not m else (EN_DAYS.index(m.group(1)) if m.group(1) else AR_DAYS[m.group(2)])
    if wd != rd.weekday():
        err(f"phrase {rel['phrase']!r} does not fall on {rd} ({rd.strftime('%A')})")
    if body_text.count(rel["phrase"]) != 1:
        err(f"relative phrase occurs {body_text.count(rel['phrase'])} times in the body")
    if not any(rel["phrase"] in lines[k] for k in body_idx):
        err("relative phrase is not on one body line")
    if len(DAY_RE.findall(body_text)) != 1:
        err(f"{len(DAY_RE.findall(body_text))} weekday names in the body")
    body_set = set(body_idx)
    for k2, l in enumerate(lines):
        if REL_WORDS.search(l):
            err(f"relative-day word on the page: {l[:60]!r}")
        if k2 not in body_set and DAY_RE.search(l) and not is_chrome(l):
            err(f"weekday name outside the body on an unlisted line: {l[:60]!r}")
    if scorer_lang(doc) != doc["language"]:
        err(f"language {doc['language']} but score_events.py --lang reads {scorer_lang(doc)}")
    return name, len(paras), words, page_words, len(lines), len(raw_lines)


def main(argv):
    errors, out, stats = [], [], []
    if [d["n"] for d in DOCS] != list(range(4801, 4825)):
        errors.append("expected documents 4801-4824 in order")
    hijri = hijri_of(sorted({d["published"] for d in DOCS if "hijri" in d}), errors)
    for doc in DOCS:
        r = check(doc, errors, hijri)
        if not r:
            continue
        name, paras, words, page_words, nonempty, total = r
        stats.append((doc["n"], LAYOUT[doc["n"]], paras, words, page_words, nonempty, total))
        d = {"file": name}
        for k in ("language", "outlet", "title", "published", "published_note", "evidence",
                  "other_dates", "hijri", "body_first", "body_last", "chrome_not_body", "relative",
                  "comments_first", "comment_authors", "credits"):
            if k in doc:
                d[k] = doc[k]
        d["events"] = []
        out.append(d)
    pages = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    if len(pages) != 24:
        errors.append(f"expected 24 pages in the folder, found {len(pages)}")
    for lang in ("en", "ar"):
        nl = sum(1 for d in DOCS if d["language"] == lang)
        if nl != 12:
            errors.append(f"{nl} {lang} documents, want 12")
    for s in stats:
        print("%d (%s): %d paragraphs, %d body words, %d page words, %d non-empty lines (%d lines)" % s)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems; nothing written", file=sys.stderr)
        return 1
    if "--check" in argv:
        print("all checks passed")
        return 0
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(GOLD, encoding="utf-8") as f:
        json.load(f)
    print(f"wrote transfer-48.gold.json ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
