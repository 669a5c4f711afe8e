#!/usr/bin/env python3
"""Build and check transfer-50.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py            (checks, then writes transfer-50.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Theme: THE ORDINARY CASE AGAIN, OUTLET BY OUTLET, with twelve kinds of outlet that transfer-49 did
not use. Every page is a crawler's flattened text (one block per line, no wrapping) of an ordinary
news article page in the templates of 2019-2026, each kind once per language (50NN English,
50NN+12 Arabic, different stories and invented outlets):
 1 international wire's own site          2 European public broadcaster's English / Arabic service
 3 pan-Arab satellite channel's site      4 Syrian outlet (state-agency style EN, opposition AR)
 5 Iraqi channel's site                   6 Palestinian news agency
 7 Russian / Chinese state outlet         8 UN / humanitarian news page
 9 analyst's newsletter on a platform    10 Jordanian / Saudi (semi-)official agency
11 Libyan / Tunisian private outlet      12 South Asian English daily (EN) / Sudanese paper (AR)
LAYOUT: `blank` pages have a blank line between body paragraphs (blocks outside the body may run
over adjacent lines); `lines` pages have no blank line anywhere.

Keys per document (as transfer-49's json): file, language, outlet, title, published,
published_note, evidence, other_dates, order, hijri, body_first, body_last, chrome_not_body,
relative, comments_first, comment_authors, credits, events ([] here). Kept in this script only and
NOT written to the json: `unlisted` (chrome lines that cannot be listed because, after
score_events.py's normalization, they occur inside the body: a site name in a dateline, a section
name that is a body word).

Checks (lines compared stripped; any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 50NN_<slug>.txt (at most 200 characters), 12 per language,
    documents 5001-5024 in order; each page ends with one newline, has no tab / CR / form feed,
    300-800 words, and the layout of LAYOUT;
  * gold strings non-empty, single-line, no outer spaces, verbatim in the page; the title is a
    whole line above the body and not chrome; body_first a line prefix; body_last the whole last
    line of the span; chrome lines are whole lines or line prefixes, no duplicates; no body edge
    is chrome;
  * every non-empty line is the title, a body line, chrome, unlisted, or lies after
    comments_first (the comment section);
  * the body (the span's non-chrome lines) has 250-600 words and 5-10 paragraphs of at least 18
    words without ' | '; on `blank` pages its lines are separated by blank lines; after the
    scorer's normalization it contains no chrome line longer than 3 characters, not the title,
    not comments_first, and it does contain every unlisted line;
  * comments: comments_first is a line prefix after the body and not chrome; at least two
    authors, each on a chrome line after the body and absent from the body;
  * credits: roles author / editor / translator; each name on a chrome line outside the body;
  * dates: published is ISO; the evidence occurs once in the page, outside the body unless
    in_body (then on the first body line, the dateline), and parses to exactly the publication
    day, with a matching weekday if it names one. The parser reads English months (full,
    abbreviated, upper case; 'August، 2019' with an Arabic comma), Egyptian, Levantine and Maghrebi
    Arabic months (a second name after '/' or a space must name the same month; ',2024' with a
    comma before the year), Arabic-Indic digits, ISO, Y/M/D, and numeric D/M/Y or M/D/Y with '/',
    '.' or '-' only with the page's `order` and a field above 12. Every other_dates entry parses to
    its day, which differs from the publication day and lies outside the body. No stray dates:
    every date found on any line (after removing the Hijri text) is the publication day or an
    other_dates day;
  * Hijri (5022): java.time.chrono.HijrahDate (Umm al-Qura), run as a one-class program through
    `java`, must give the printed year, month and day for the publication day, and the text must
    read 'YYYY/MM/DD هـ'; with no java, no gold;
  * relative phrase: names the weekday of its date, 1-7 days before publication, occurs once in
    the body on one line, and is the body's only weekday name; weekday names elsewhere only on
    chrome lines; no today / yesterday / tonight / tomorrow / اليوم / أمس / الليلة / غدا / البارحة
    anywhere;
  * language: agrees with score_events.py --lang (Arabic when more than a third of body_first's
    characters are Arabic script), and the title's script agrees.
The json is loaded again after writing.
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-50.gold.json")
FIRST, LAST = 5001, 5024

# kind k: English page 5000+k, Arabic page 5012+k. English odd kinds and Arabic even kinds are
# `blank`, the others `lines`: six of each per language, as in transfer-49.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5000 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[5012 + _k] = "lines" if _k % 2 else "blank"

ABOUT = [
    "Fiftieth transfer check set (t50): 24 text pages, 12 English (5001-5012) and 12 Arabic (5013-5024). Theme: THE ORDINARY CASE AGAIN, OUTLET BY OUTLET, with twelve kinds of outlet that transfer-49 did not use, each once per language (50NN and 50NN+12 share the kind, with different stories and invented outlets): (1) an international wire's own site (three-name byline, 'Reporting by ...; Editing by ...', a trust-principles line; the Arabic page prints both month names side by side); (2) a European public broadcaster's English / Arabic service ('Skip to content', topic chips, 'Image source' / 'Image caption' lines inside the text, 'Related Topics', 'More on this story'; numeric M/D/Y alone above the English title); (3) a pan-Arab satellite channel's site (breaking ticker lines, 'Follow the live updates', video durations inside the text, 'Source: ... + agencies', a next-day 'Last update' on the date line); (4) a Syrian outlet (state-agency English with 'Idleb, BNA-' dateline and 'August، 2019' with an Arabic comma; opposition Arabic site with the date only at the end, Levantine month, comments); (5) an Iraqi channel's site (language switcher, weather / currency strip with the site's own next-day date in English, news ID, 'Read more' lines; relative 'منذ 4 ساعات' beside the Arabic date); (6) a Palestinian news agency (prayer times, the date only in the dateline 'Jenin, 27-1-2023 (SANABEL) -' / 'نابلس 27-2-2023 زيتون-', editor initials at the end); (7) a Russian / Chinese state outlet ('MOSCOW, March 27. /SEVER/.' without year, share-on-social-media line; the Arabic date only in the dateline, an editor line); (8) a UN / humanitarian news page (Format, Source, Country, Themes, Download PDF; 'Posted' the next day beside 'Originally published'); (9) an analyst's newsletter on a blogging platform (author line with 'min read', Likes / Restack / Share, a subscribe prompt inside the text, footnotes, comments; Arabic-Indic digits in Arabic); (10) a Jordanian / Saudi (semi-)official agency (English date only at the end, related news with earlier dates; Arabic weekday, Hijri Y/M/D beside Gregorian Y/M/D); (11) a Libyan / Tunisian private outlet ('Home » Politics »' breadcrumb, avatar line, view counter, share icons as words, comments; Maghrebi month 'ماي' with a next-day update); (12) a South Asian English daily ('Updated -' next day above the text, 'Published -' only at the end, 'Copyright©', the comments disclaimer) and a Sudanese paper (Arabic-Indic D/M/Y above the title, comments). Stories of 2015-2024, none of transfer-48's or transfer-49's. Outlets, writers, witnesses, analysts, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t50 helper without reading any Sitrep source, resource, tools/ script or test, without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-49's README.md, make_gold.py, transfer-49.gold.json and its pages 4901, 4913 and 4918 were read for the format, and transfer-48's README story list. Layout per page in make_gold.py's LAYOUT. Odd pages (5001, 5003, ..., 5013, 5015, ...) may be studied later; even pages stay the check.",
    "Gold conventions (as t49's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph belongs to it (5001, 5004, 5005, 5006, 5007, 5010, 5013, 5017, 5018, 5019, 5022). Publisher apparatus is chrome: site names, slogans, menus, language switchers, weather / currency and prayer-time strips, breaking tickers, topic chips, breadcrumbs, section and kicker lines, standfirsts, date lines, bylines and avatar lines, view counters, photo strips, image source / caption lines, video-player lines, 'Read more' / 'Read also' / 'اقرأ أيضاً' lines, subscribe prompts, 'Reporting by' / 'تغطية صحفية' / 'Translated by' / editor lines and initials, trust-principles and source lines, footnotes, tags, share lines (one repeats the title), related, most-read and more-on-this-story lists, comment headers, names and stamps, comment disclaimers, cookie and newsletter lines and footers. The publication date is the article's own first publication: not an 'Updated' / 'Last update' / 'Posted' / 'آخر تحديث' date (5003, 5008, 5012, 5015, 5023), not a site widget date (5005), not a comment stamp; beside a relative '4 hours ago' / 'منذ 4 ساعات' the absolute date wins (5001, 5017); beside the Hijri date only the Gregorian one counts (5022). Each document carries published_note, the evidence text, other_dates and events: [] (no events are coded in this set). Comments (5009, 5011, 5012, 5016, 5021, 5023, 5024) carry comments_first and comment_authors. credits list byline names (author, editor, translator). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication.",
]

DOCS = [
    {
        "n": 5001, "language": "en",
        "outlet": "kind 1, an international wire's own website (Meridian, invented): the Houthi-hit cargo ship Rubymar sinks in the Red Sea",
        "title": "Houthi-hit cargo ship Rubymar sinks in Red Sea, the first vessel lost in their campaign",
        "published": "2024-03-03",
        "published_note": "'March 3, 2024 11:26 AM GMT+3 · Updated 4 hours ago' under the three-name byline (Month D, YYYY; 08:26 UTC, the same day); the relative 'Updated 4 hours ago' on the same line names no day; the dateline 'ADEN/DUBAI, March 3 (Meridian)' has no year; the text's 'early on Saturday' is 2 March",
        "evidence": {"text": "March 3, 2024 11:26 AM GMT+3"},
        "other_dates": [],
        "body_first": "ADEN/DUBAI, March 3 (Meridian) - A cargo ship carrying about 21,000",
        "body_last": "The attacks have forced many of the world's largest container lines and tanker operators to send vessels around the Cape of Good Hope, adding days and costs to voyages between Asia and Europe. U.S. and British forces have carried out strikes on Houthi targets in Yemen since January in an effort to curb the attacks, so far without stopping them.",
        "chrome_not_body": [
            "Skip to main content",
            "Exclusive news, data and analytics for financial market professionals",
            "World | Business | Markets | Sustainability | Legal | Breakingviews | Technology | Investigations",
            "Middle East",
            "By Hana Salem, Tom Barlow and Yusuf Kassem",
            "March 3, 2024 11:26 AM GMT+3 · Updated 4 hours ago",
            "[1/3] The Belize-flagged cargo ship Rubymar, damaged in a Houthi missile attack, drifts off the coast of Yemen before it sank. Handout via Meridian. Purchase Licensing Rights",
            "Reporting by Hana Salem in Aden, Tom Barlow in London and Yusuf Kassem in Dubai; Additional reporting by Lina Farouk in Cairo; Writing by Hana Salem; Editing by Peter Graham and Alison Moore",
            "Our Standards: The Meridian Trust Principles.",
            "Read Next",
            "Houthis say they fired missiles at U.S. destroyer in Gulf of Aden",
            "Insurers raise war-risk premiums for Red Sea voyages again",
            "Suez Canal revenue slumps as ships avoid the Red Sea",
            "Sponsored Content",
            "Meridian, the news and media division of Meridian Group, supplies news to thousands of outlets in more than 100 countries.",
            "All quotes delayed a minimum of 15 minutes. © 2024 Meridian. All rights reserved",
            "We use cookies to improve your experience on our site. Accept all | Cookie settings",
        ],
        "unlisted": ["Meridian"],
        "relative": {"phrase": "on Saturday", "date": "2024-03-02"},
        "credits": [{"role": "author", "name": "Hana Salem"}, {"role": "author", "name": "Tom Barlow"}, {"role": "author", "name": "Yusuf Kassem"}, {"role": "editor", "name": "Peter Graham"}, {"role": "editor", "name": "Alison Moore"}],
    },
    {
        "n": 5002, "language": "en",
        "outlet": "kind 2, a European public broadcaster's English service (RWS Rhein World Service, invented): Syrian army heads north after the SDF's deal with Damascus during Turkey's offensive",
        "title": "Syrian army heads north after Kurds strike deal with Damascus",
        "published": "2019-10-14",
        "published_note": "'10/14/2019' alone on a line above the title, under the topic chips (numeric M/D/Y, unambiguous: day 14); the text's 'on Sunday evening' is 13 October",
        "evidence": {"text": "10/14/2019", "order": "mdy"},
        "other_dates": [],
        "order": "mdy",
        "body_first": "Syrian government troops have begun moving into towns in the north-east",
        "body_last": "\"For the Kurds this is a deal with a government they fought against for years, and they signed it because they had no other choice,\" said Jana Wolff, a researcher at the Berlin-based Centre for Eastern Mediterranean Studies. \"It may stop the Turkish advance in some places, but it hands Damascus back a large part of the country without a shot being fired.\"",
        "chrome_not_body": [
            "Skip to content",
            "RWS Rhein World Service",
            "Live TV | Languages: English | Deutsch | العربية | Türkçe | فارسی",
            "Home | Germany | World | Business | Science | Culture | Sports | In Focus",
            "Conflicts | Kurds | Turkey | Middle East",
            "10/14/2019",
            "Syria's Kurdish-led forces have turned to the government of Bashar al-Assad for protection as Turkey's offensive enters its sixth day. Washington says it is pulling its troops out of the region.",
            "Image source, Getty Images",
            "Image caption, Residents of Qamishli watch smoke rising over the border town of Ras al-Ain",
            "Image source, Reuters",
            "Image caption, A still from Syrian state television showing army vehicles arriving in Tal Tamr",
            "lh/jr (Reuters, AFP, dpa)",
            "Author: Lena Hartmann",
            "Related Topics",
            "Syria | Turkey | Kurds | Recep Tayyip Erdogan | Bashar al-Assad | NATO",
            "More on this story",
            "Turkey's offensive in Syria: What you need to know",
            "Germany restricts some arms exports to Turkey",
            "Who are the Syrian Democratic Forces?",
            "Send us your feedback | Share: Facebook | X | WhatsApp | Email",
            "RWS © 2019 | Legal notice | Privacy policy | Accessibility statement | Contact",
            "Cookies help us provide our services. By using this site you agree to our use of cookies. OK | More information",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Sunday", "date": "2019-10-13"},
        "credits": [{"role": "author", "name": "Lena Hartmann"}],
    },
    {
        "n": 5003, "language": "en",
        "outlet": "kind 3, a pan-Arab satellite channel's English site (Al Qimma, invented): the Israeli strike on the World Central Kitchen convoy",
        "title": "Seven aid workers killed in Israeli strike on World Central Kitchen convoy in Gaza",
        "published": "2024-04-02",
        "published_note": "'Published On Tuesday, 2 April 2024 | Last update: Wednesday, 3 April 2024 08:15 (Mecca)' under the byline (weekday, D Month YYYY); the update on the same line is the next day and must not win; the video durations '02:14', '02:41', '03:05' are no dates; the text's 'on Monday night' is 1 April",
        "evidence": {"text": "Tuesday, 2 April 2024"},
        "other_dates": [{"text": "Wednesday, 3 April 2024 08:15", "date": "2024-04-03"}],
        "body_first": "Seven aid workers with the US-based charity World Central Kitchen (WCK)",
        "body_last": "According to the United Nations, nearly 200 aid workers have been killed in Gaza since the start of the war in October, most of them Palestinian staff of UNRWA, the UN agency for Palestinian refugees.",
        "chrome_not_body": [
            "Al Qimma",
            "LIVE | Watch Al Qimma English",
            "News | Middle East | Explained | Opinion | Sport | Video | More",
            "BREAKING: Israeli army says it is reviewing the convoy incident at the highest levels",
            "BREAKING: World Central Kitchen pauses its operations in the region",
            "Follow the live updates on Israel's war on Gaza",
            "News | Israel-Palestine conflict",
            "The charity says its three-car convoy was hit while leaving a warehouse in Deir el-Balah, despite coordinating its movements with the Israeli army.",
            "By Reem Khatib and Omar Nasser",
            "Published On Tuesday, 2 April 2024 | Last update: Wednesday, 3 April 2024 08:15 (Mecca)",
            "Save | Share: Facebook | X | WhatsApp | Telegram",
            "Play Video",
            "Bodies of the charity's workers taken to Rafah crossing | 02:14",
            "Israel's army chief calls the convoy strike a grave error | 02:41",
            "Source: Al Qimma + agencies",
            "Related",
            "Cyprus sea corridor: how the aid ships reach Gaza | 03:05",
            "Who are the aid workers killed in Gaza?",
            "Most Read",
            "UN Security Council to discuss aid access",
            "Families of captives protest outside Knesset",
            "Sign up for Al Qimma breaking news alerts | Subscribe",
            "About | Contact | Careers | Terms | Privacy | Cookie preferences",
            "© 2024 Al Qimma Media Network",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Monday", "date": "2024-04-01"},
        "credits": [{"role": "author", "name": "Reem Khatib"}, {"role": "author", "name": "Omar Nasser"}],
    },
    {
        "n": 5004, "language": "en",
        "outlet": "kind 4, a Syrian state-agency-style English service (Barada News Agency, BNA, invented): army units enter Khan Sheikhoun",
        "title": "Army units enter Khan Sheikhoun after terrorists' collapse in southern Idleb countryside",
        "published": "2019-08-21",
        "published_note": "'21 August، 2019' under the title (D Month YYYY with an Arabic comma before the year, as state-agency English pages print it); the dateline 'Idleb, BNA-' has no date; the text's 'on Monday' is 19 August",
        "evidence": {"text": "21 August، 2019"},
        "other_dates": [],
        "body_first": "Idleb, BNA- Army units entered the town of Khan Sheikhoun in",
        "body_last": "The terrorist organizations in Idleb have repeatedly violated the de-escalation agreement reached in the Astana talks by targeting civilians and army positions, as well as the Hmeimim airbase, with rockets and armed drones.",
        "chrome_not_body": [
            "BNA Barada News Agency",
            "عربي | English | Français | Español | Русский | 中文",
            "Home | Politics | Provinces | Economy | Culture | Sports | Reports | Photos | Video",
            "Provinces",
            "21 August، 2019",
            "Print | Email | Facebook | Twitter | Telegram",
            "Translated by Rasha Haddad",
            "Tags: Idleb | Khan Sheikhoun | Syrian Arab Army | counter-terrorism",
            "Print | Email",
            "Most Viewed",
            "President al-Assad receives Russian presidential envoy",
            "Health Ministry launches vaccination campaign in Hama countryside",
            "Army units dismantle explosive devices in Daraa countryside",
            "About BNA | Contact us | Archive | RSS",
            "Barada News Agency © 2019 - All rights reserved",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Monday", "date": "2019-08-19"},
        "credits": [{"role": "translator", "name": "Rasha Haddad"}],
    },
    {
        "n": 5005, "language": "en",
        "outlet": "kind 5, an Iraqi channel's English site (Tigris Eye, invented): the US drone strike in Baghdad that killed a Kataib Hezbollah commander",
        "title": "US drone strike in eastern Baghdad kills senior Kataib Hezbollah commander",
        "published": "2024-02-08",
        "published_note": "'2024-02-08 09:41' under the title (ISO); the weather and currency strip at the top carries the site's own date 'Friday, 9 February 2024' (a widget date, the day after): it must not win; 'News ID: 74421' is no date; the text's 'on Wednesday' is 7 February",
        "evidence": {"text": "2024-02-08 09:41"},
        "other_dates": [{"text": "Friday, 9 February 2024", "date": "2024-02-09"}],
        "body_first": "Tigris Eye/ Baghdad - A US drone strike on a vehicle",
        "body_last": "The strike comes as Baghdad and Washington hold talks on the future of the coalition's mission in Iraq, which the government of Prime Minister Mohammed Shia al-Sudani wants to end according to a timetable agreed by the two sides.",
        "chrome_not_body": [
            "Kurdî | کوردی | عربي | English | Türkçe",
            "Friday, 9 February 2024 | Baghdad 16°C | Erbil 11°C | Basra 21°C | USD/IQD 1,520",
            "Home | Iraq News | Kurdistan | Middle East | World | Economy | Sports | Reports",
            "Iraq News",
            "News ID: 74421",
            "2024-02-08 09:41",
            "Read more: Iraq's armed factions: who they are and who backs them",
            "Read more: Sudani: the coalition's mission must end according to an agreed timetable",
            "Tags: Baghdad | Kataib Hezbollah | US strike | Popular Mobilization Forces | sovereignty",
            "Share: Facebook | X | Telegram | WhatsApp",
            "Most read",
            "Parliament postpones session on the federal budget tables",
            "Kurdistan Region salaries: Finance Ministry sends January funds",
            "Dust storm closes Basra airport for hours",
            "Tigris Eye © 2024 | About us | Advertise | Contact | Privacy",
        ],
        "unlisted": ["Tigris Eye"],
        "relative": {"phrase": "on Wednesday", "date": "2024-02-07"},
        "credits": [],
    },
    {
        "n": 5006, "language": "en",
        "outlet": "kind 6, a Palestinian news agency's English service (Sanabel News Agency, invented): Jenin buries nine killed in the Israeli raid on the camp",
        "title": "Jenin buries nine killed in Israeli raid as presidency suspends security coordination",
        "published": "2023-01-27",
        "published_note": "only the dateline 'Jenin, 27-1-2023 (SANABEL) -' opening the text carries a date (numeric D-M-Y with dashes, unambiguous: day 27); the prayer-time strip has times only; the text's 'on Thursday morning' is 26 January",
        "evidence": {"text": "Jenin, 27-1-2023", "order": "dmy", "in_body": True},
        "other_dates": [],
        "order": "dmy",
        "body_first": "Jenin, 27-1-2023 (SANABEL) - Thousands of mourners took part in the",
        "body_last": "A general strike was observed across the West Bank in mourning for the martyrs, with shops, schools and universities closed, while national and Islamic factions called for marches in the cities and at the points of friction with the occupation army.",
        "chrome_not_body": [
            "Sanabel News Agency",
            "عربي | English | עברית | Français",
            "Home | Occupation | Settlements | Prisoners | Jerusalem | Gaza | Politics | Economy | Culture",
            "Prayer times, Ramallah: Fajr 5:05 | Sunrise 6:28 | Dhuhr 11:56 | Asr 2:52 | Maghrib 5:17 | Isha 6:36",
            "N.S",
            "Print | Email | Share: Facebook | X | WhatsApp",
            "Related news",
            "Foreign Ministry calls for international protection for the Palestinian people",
            "Prisoners' Society: occupation arrests 14 citizens from the West Bank",
            "Health Ministry: 30 citizens killed by occupation forces since the start of the year",
            "About SANABEL | Contact | Photo archive | Newsletter",
            "All rights reserved © Sanabel News Agency 2023",
        ],
        "unlisted": ["SANABEL", "Occupation"],
        "relative": {"phrase": "on Thursday", "date": "2023-01-26"},
        "credits": [],
    },
    {
        "n": 5007, "language": "en",
        "outlet": "kind 7, a Russian state news agency's English service (SEVER, invented): the Syrian army retakes Palmyra with Russian air support",
        "title": "Syrian army liberates Palmyra from terrorists with Russian air support, Putin congratulates Assad",
        "published": "2016-03-27",
        "published_note": "'27 MAR 2016, 14:20 UPDATED: 27 MAR 2016, 19:48' above the title (D MON YYYY in capitals; the update is the same day); the dateline 'MOSCOW, March 27. /SEVER/.' has no year; the text's 'on Saturday' is 26 March",
        "evidence": {"text": "27 MAR 2016, 14:20"},
        "other_dates": [],
        "body_first": "MOSCOW, March 27. /SEVER/. The Syrian army has fully liberated the",
        "body_last": "Russia began its military operation in Syria at the request of President Assad last autumn. Most of the Russian aircraft were withdrawn from the Hmeimim airbase earlier this month, but Moscow has kept an air group there that continues to strike terrorist targets.",
        "chrome_not_body": [
            "Russian news agency",
            "Russian Politics & Diplomacy | World | Military & Defense | Business & Economy | Science & Space | Emergencies | Society & Culture | Sport",
            "Русский | English",
            "MILITARY & DEFENSE",
            "27 MAR 2016, 14:20 UPDATED: 27 MAR 2016, 19:48",
            "According to the Syrian General Command, the city's liberation is an important achievement in the war on terrorism",
            "You can share this story on social media:",
            "Facebook | VK | X | Telegram | OK",
            "Tags: Syria | Palmyra | Russian Aerospace Forces | Islamic State",
            "Read also",
            "Russian sappers to help clear mines in ancient Palmyra",
            "Lavrov, Kerry discuss Syrian settlement by phone",
            "SEVER Russian News Agency. Certificate of mass media registration No. 0000 | © 2016 SEVER. All rights reserved | Privacy policy | Terms of use",
        ],
        "unlisted": ["SEVER"],
        "relative": {"phrase": "on Saturday", "date": "2016-03-26"},
        "credits": [],
    },
    {
        "n": 5008, "language": "en",
        "outlet": "kind 8, a humanitarian news aggregator (ReliefLink, invented) relaying a news and press release: famine confirmed in Zamzam camp",
        "title": "Famine confirmed in Zamzam camp as fighting around El Fasher blocks aid",
        "published": "2024-08-01",
        "published_note": "'Originally published: 1 Aug 2024' in the metadata block under the title (D Mon YYYY); 'Posted: 2 Aug 2024' above it is the aggregator's own posting, the next day, and must not win; the text's 'on Tuesday' is 30 July",
        "evidence": {"text": "Originally published: 1 Aug 2024"},
        "other_dates": [{"text": "Posted: 2 Aug 2024", "date": "2024-08-02"}],
        "body_first": "Famine conditions are now present in Zamzam camp for displaced people",
        "body_last": "More than 10 million people have been displaced inside Sudan since the war began in April last year, making it the largest displacement crisis in the world, and more than 25 million people, around half of the population, face acute hunger, according to the United Nations.",
        "chrome_not_body": [
            "ReliefLink",
            "Serving the humanitarian community since 2001",
            "Updates | Countries | Disasters | Organizations | Topics | Jobs | Training",
            "Format: News and Press Release",
            "Source: Global Humanitarian News Service",
            "Posted: 2 Aug 2024",
            "Originally published: 1 Aug 2024",
            "Origin: View original",
            "Download PDF (214.6 KB)",
            "Share this: Famine confirmed in Zamzam camp as fighting around El Fasher blocks aid | Facebook | X | LinkedIn | Email",
            "Country: Sudan",
            "Themes: Food and Nutrition | Protection and Human Rights | Health",
            "Disaster: Sudan: Conflict and Displacement - 2023-2024",
            "Related Content",
            "Sudan: Humanitarian access snapshot, North Darfur",
            "IPC Famine Review Committee: Zamzam camp, North Darfur",
            "Subscribe to Sudan updates by email",
            "ReliefLink is an independent information service for humanitarian workers. | About | Terms | Privacy | Contact",
        ],
        "unlisted": ["Sudan"],
        "relative": {"phrase": "on Tuesday", "date": "2024-07-30"},
        "credits": [],
    },
    {
        "n": 5009, "language": "en",
        "outlet": "kind 9, an analyst's newsletter on a blogging platform (The Levant Ledger, invented): the drone attack on Tower 22",
        "title": "Three dead at Tower 22: what Washington's answer could look like",
        "published": "2024-01-29",
        "published_note": "inside the author line 'Rachel Ambrose · 9 min read · Jan 29, 2024' (abbreviated Month D, YYYY); the comment stamps 'Jan 29' and 'Jan 30' have no year; the text's 'early on Sunday' is 28 January",
        "evidence": {"text": "Jan 29, 2024"},
        "other_dates": [],
        "body_first": "Three American soldiers were killed and dozens wounded when a one-way",
        "body_last": "My own guess is a sustained campaign of the second kind, with a lot of public signalling beforehand to give Iranian personnel time to leave. Whether that restores deterrence or merely resets the clock is the question I will come back to next week.",
        "chrome_not_body": [
            "The Levant Ledger",
            "Subscribe | Sign in",
            "Home | Notes | Archive | About",
            "The drone that got through, the confusion in Amman, and three options, none of them clean",
            "Rachel Ambrose · 9 min read · Jan 29, 2024",
            "214 Likes | 37 Comments | Restack | Share",
            "Thanks for reading The Levant Ledger! Subscribe for free to receive new posts and support my work.",
            "[1] US Central Command, statement on the attack in north-east Jordan.",
            "[2] Claims collected from the group's Telegram channel; I have not been able to verify all of them.",
            "Comments",
            "Daniel Kessler | Jan 29",
            "Like | Reply",
            "Mariam Nassif | Jan 30",
            "Ready for more? Subscribe",
            "© 2024 Rachel Ambrose | Privacy | Terms | Collection notice",
            "Start writing | Get the app",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Sunday", "date": "2024-01-28"},
        "comments_first": "Good breakdown. I would add a fourth option",
        "comment_authors": ["Daniel Kessler", "Mariam Nassif"],
        "credits": [{"role": "author", "name": "Rachel Ambrose"}],
    },
    {
        "n": 5010, "language": "en",
        "outlet": "kind 10, a Jordanian state news agency's English service (Amman News Agency, ANA, invented): Jordanian jets strike Islamic State after the pilot's killing",
        "title": "Royal Jordanian Air Force strikes Daesh positions, jets fly over Karak on return",
        "published": "2015-02-05",
        "published_note": "only after the text: '5 February 2015, 18:40' under the editors' initials (D Month YYYY); the dateline 'Amman, Feb 5 (ANA) --' gives day and month without a year; the related news carry 4 and 3 February; the text's 'on Tuesday' is 3 February",
        "evidence": {"text": "5 February 2015, 18:40"},
        "other_dates": [{"text": "4 February 2015", "date": "2015-02-04"}, {"text": "3 February 2015", "date": "2015-02-03"}],
        "body_first": "Amman, Feb 5 (ANA) -- Formations of the Royal Jordanian Air",
        "body_last": "Arab and foreign leaders continued to contact His Majesty the King to express their solidarity with Jordan and their condemnation of the crime, which was also denounced by religious institutions across the Arab and Islamic worlds, including Al-Azhar.",
        "chrome_not_body": [
            "ANA",
            "Amman News Agency",
            "العربية | English",
            "Home | Local | Royal Court | Government | Arab & International | Economy | Sports | Culture",
            "Local",
            "SH/MK",
            "5 February 2015, 18:40",
            "Categories: Local | Armed Forces | Royal Court",
            "Related news",
            "Sajida al-Rishawi and Ziad al-Karbouli executed at dawn | 4 February 2015",
            "Army: the blood of the martyr pilot will not go in vain | 3 February 2015",
            "Print | Email | Share: Facebook | X",
            "About ANA | Contact | Archive | Photo service",
            "© 2015 Amman News Agency. All rights reserved.",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Tuesday", "date": "2015-02-03"},
        "credits": [],
    },
    {
        "n": 5011, "language": "en",
        "outlet": "kind 11, a Libyan private outlet's English site (Libya Frontline, invented): GNA forces retake Gharyan",
        "title": "Gharyan falls to GNA forces in biggest setback for Haftar's Tripoli offensive",
        "published": "2019-06-27",
        "published_note": "'27/06/2019 - 11:20 | 1,284 Views' under the author avatar line (numeric D/M/Y, unambiguous: day 27); the second comment is stamped the next day; the text's 'on Wednesday' is 26 June",
        "evidence": {"text": "27/06/2019 - 11:20", "order": "dmy"},
        "other_dates": [{"text": "28/06/2019 at 08:30", "date": "2019-06-28", "order": "dmy"}],
        "order": "dmy",
        "body_first": "Forces loyal to the UN-recognised Government of National Accord (GNA) have",
        "body_last": "The fighting around Tripoli has killed more than 700 people and displaced about 100,000 since April, according to the World Health Organization and the United Nations, and repeated calls by the UN envoy Ghassan Salame for a ceasefire have gone unheeded.",
        "chrome_not_body": [
            "Libya Frontline",
            "Independent news from Libya",
            "Home | Politics | Security | Economy | Society | Opinion | Contact",
            "Home » Politics » Gharyan falls to GNA forces",
            "Avatar photo Salem Elhouni",
            "27/06/2019 - 11:20 | 1,284 Views",
            "Facebook Twitter WhatsApp Telegram Email",
            "GNA-aligned fighters gather in a square in the centre of Gharyan. Photo: Libya Frontline",
            "Read also: Tripoli airport shut again after rocket fire",
            "Tags: Gharyan | GNA | LNA | Haftar | Tripoli",
            "Comments (2)",
            "Nouri Ben Saad | 27/06/2019 at 14:05",
            "Faiza A. | 28/06/2019 at 08:30",
            "Leave a Reply | Your email address will not be published.",
            "Most Popular",
            "Central Bank governor meets Tripoli businessmen over cash shortages",
            "Power cuts return to western cities as summer heat rises",
            "© 2019 Libya Frontline. All rights reserved. | About | Advertise | Privacy",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Wednesday", "date": "2019-06-26"},
        "comments_first": "Good news for Tripoli, but nobody should celebrate too early.",
        "comment_authors": ["Nouri Ben Saad", "Faiza A."],
        "credits": [{"role": "author", "name": "Salem Elhouni"}],
    },
    {
        "n": 5012, "language": "en",
        "outlet": "kind 12, a South Asian English-language daily (The Madras Standard, invented): the Indian Navy helps fight the fire on the Marlin Luanda",
        "title": "Indian Navy helps fight fire on tanker hit by Houthi missile in Gulf of Aden",
        "published": "2024-01-27",
        "published_note": "'Published - January 27, 2024 10:12 pm IST' only after the text (Month D, YYYY; 16:42 UTC, the same day); 'Updated - January 28, 2024 08:40 am IST' stands above the text and is the next day: it must not win; the comments are stamped 28 January; the text's 'on Friday evening' is 26 January",
        "evidence": {"text": "Published - January 27, 2024 10:12 pm IST"},
        "other_dates": [{"text": "Updated - January 28, 2024 08:40 am IST", "date": "2024-01-28"}, {"text": "January 28, 2024 at 09:15 am", "date": "2024-01-28"}, {"text": "January 28, 2024 at 11:02 am", "date": "2024-01-28"}],
        "body_first": "The Indian Navy's guided missile destroyer INS Visakhapatnam responded to a",
        "body_last": "Exporters' bodies have warned that the disruption is pushing up freight rates and insurance costs for Indian goods bound for Europe, the United States and Africa, and have sought the government's help in managing the added expenses.",
        "chrome_not_body": [
            "The Madras Standard",
            "e-Paper | Subscribe | Sign in",
            "India | World | Business | Sport | Opinion | Science | Entertainment | Videos",
            "World | Middle East",
            "INS Visakhapatnam's firefighting team joined the crew of the Marlin Luanda, which had 22 Indian sailors on board",
            "Arvind Raghunathan",
            "NEW DELHI",
            "Updated - January 28, 2024 08:40 am IST",
            "Published - January 27, 2024 10:12 pm IST",
            "Copyright© 2024, The Madras Standard Publishing Pvt Ltd.",
            "Related Topics: Indian Navy | Yemen | shipping | piracy | Red Sea crisis",
            "Comments",
            "Comments have to be in English, and in full sentences. They should be civil and stay on the topic of the article. Please read our community guidelines before posting.",
            "Suresh Menon | January 28, 2024 at 09:15 am",
            "R. Fernandes | January 28, 2024 at 11:02 am",
            "Login to post a comment | Terms of use",
            "Printable version | Feedback | Contact us | Archive | Privacy Policy",
        ],
        "unlisted": [],
        "relative": {"phrase": "on Friday", "date": "2024-01-26"},
        "comments_first": "Proud of our Navy.",
        "comment_authors": ["Suresh Menon", "R. Fernandes"],
        "credits": [{"role": "author", "name": "Arvind Raghunathan"}],
    },
    {
        "n": 5013, "language": "ar",
        "outlet": "kind 1, the Arabic service of an international wire (بوصلة, invented): Israel strikes Hodeidah port after the Houthi drone on Tel Aviv",
        "title": "إسرائيل تقصف ميناء الحديدة في اليمن بعد هجوم حوثي بطائرة مسيرة على تل أبيب",
        "published": "2024-07-20",
        "published_note": "'20 يوليو تموز 2024 - 17:35 بتوقيت جرينتش' under the three-name byline (D, both month names side by side without a slash, YYYY; GMT, the same day in Yemen); the text's 'فجر يوم الجمعة' is 19 July",
        "evidence": {"text": "20 يوليو تموز 2024"},
        "other_dates": [],
        "body_first": "دبي/القدس (بوصلة) - شنت طائرات حربية إسرائيلية غارات على ميناء الحديدة",
        "body_last": "ويستقبل ميناء الحديدة معظم واردات الوقود والغذاء إلى المناطق الخاضعة لسيطرة الحوثيين، وتشن الجماعة منذ نوفمبر تشرين الثاني هجمات على السفن في البحر الأحمر تقول إنها تأتي تضامنا مع الفلسطينيين في قطاع غزة.",
        "chrome_not_body": [
            "أخبار عاجلة وتحليلات وبيانات للأسواق",
            "الشرق الأوسط | العالم | الأعمال | الأسواق | الطاقة | تكنولوجيا | تحقيقات",
            "الشرق الأوسط",
            "من سالم الحكيمي وداليا حسن ومايا شتاين",
            "20 يوليو تموز 2024 - 17:35 بتوقيت جرينتش",
            "[1/2] دخان يتصاعد من خزانات للوقود في ميناء الحديدة عقب الضربات. صورة مأخوذة من تسجيل مصور. حقوق النشر",
            "(تغطية صحفية سالم الحكيمي في عدن وداليا حسن في دبي ومايا شتاين في القدس - إعداد رنا الشامي للنشرة العربية - تحرير أحمد صبري)",
            "معاييرنا: مبادئ الثقة في بوصلة.",
            "اقرأ المزيد",
            "الحوثيون يقولون إنهم استهدفوا سفينة في البحر الأحمر بصاروخين",
            "أسعار الوقود ترتفع في صنعاء وسط مخاوف من نقص الإمدادات",
            "محتوى برعاية",
            "بوصلة هي ذراع الأخبار والإعلام في مجموعة بوصلة، وتقدم الأخبار لآلاف المؤسسات الإعلامية حول العالم.",
            "جميع الأسعار متأخرة 15 دقيقة على الأقل. © 2024 بوصلة. جميع الحقوق محفوظة",
        ],
        "unlisted": ["بوصلة"],
        "relative": {"phrase": "يوم الجمعة", "date": "2024-07-19"},
        "credits": [{"role": "author", "name": "سالم الحكيمي"}, {"role": "author", "name": "داليا حسن"}, {"role": "author", "name": "مايا شتاين"}, {"role": "translator", "name": "رنا الشامي"}, {"role": "editor", "name": "أحمد صبري"}],
    },
    {
        "n": 5014, "language": "ar",
        "outlet": "kind 2, the Arabic service of a European public broadcaster (صوت أوروبا عربي, invented): the SDF announce the end of the 'caliphate' at Baghuz",
        "title": "قوات سوريا الديمقراطية تعلن القضاء على \"دولة الخلافة\" بعد السيطرة على الباغوز",
        "published": "2019-03-23",
        "published_note": "'23 مارس/ آذار 2019' under the title (D, Egyptian/Levantine month with a slash, YYYY); the text's 'يوم الجمعة' is 22 March",
        "evidence": {"text": "23 مارس/ آذار 2019"},
        "other_dates": [],
        "body_first": "أعلنت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة السيطرة الكاملة على",
        "body_last": "وكان التنظيم قد أعلن قيام \"الخلافة\" عام 2014 بعد سيطرته على مساحات واسعة من سوريا والعراق، تضم مدنا كبرى مثل الموصل والرقة، قبل أن يخسرها تباعا أمام حملات عسكرية متعددة. ولا يزال مصير آلاف المفقودين الذين خطفهم التنظيم خلال سنوات سيطرته مجهولاً، فيما تطالب عائلاتهم بالكشف عن المقابر الجماعية.",
        "chrome_not_body": [
            "تخطى إلى المحتوى",
            "صوت أوروبا عربي",
            "الرئيسية | أخبار | اقتصاد | علوم وتكنولوجيا | صحة | ثقافة | رياضة | فيديو",
            "سوريا | تنظيم الدولة | الأكراد",
            "23 مارس/ آذار 2019",
            "مصدر الصورة، Getty Images",
            "التعليق على الصورة، مقاتلون من قوات سوريا الديمقراطية يرفعون رايتهم فوق أحد المباني في الباغوز",
            "مصدر الصورة، AFP",
            "التعليق على الصورة، نساء وأطفال خرجوا من الباغوز ينتظرون نقلهم إلى المخيمات",
            "موضوعات ذات صلة",
            "سوريا | تنظيم الدولة الإسلامية | الأكراد | الولايات المتحدة",
            "المزيد حول هذه القصة",
            "مخيم الهول: آلاف الأطفال في انتظار مصير مجهول",
            "من هم مقاتلو قوات سوريا الديمقراطية؟",
            "شارك عبر فيسبوك | تويتر | واتساب | البريد الإلكتروني",
            "© 2019 صوت أوروبا. صوت أوروبا ليس مسؤولا عن محتوى المواقع الخارجية.",
        ],
        "unlisted": [],
        "relative": {"phrase": "يوم الجمعة", "date": "2019-03-22"},
        "credits": [],
    },
    {
        "n": 5015, "language": "ar",
        "outlet": "kind 3, a pan-Arab satellite channel's Arabic site (الأفق.نت, invented): the Israeli operation in Nuseirat",
        "title": "عملية إسرائيلية في النصيرات تستعيد أربعة رهائن ومئات القتلى والجرحى الفلسطينيين",
        "published": "2024-06-09",
        "published_note": "'نشر في: 09 يونيو ,2024: 10:15 ص GST' under the title (D Egyptian-month ,YYYY with the comma before the year, as some channel sites print it; 06:15 UTC); 'آخر تحديث: 10 يونيو ,2024' on the same line is the next day and must not win; the video durations are no dates; the text's 'يوم السبت' is 8 June",
        "evidence": {"text": "نشر في: 09 يونيو ,2024: 10:15 ص GST"},
        "other_dates": [{"text": "آخر تحديث: 10 يونيو ,2024: 08:05 ص GST", "date": "2024-06-10"}],
        "body_first": "قالت وزارة الصحة في غزة إن 274 فلسطينياً قُتلوا وأصيب نحو",
        "body_last": "وتأتي العملية فيما تتواصل الجهود الأمريكية والمصرية والقطرية للتوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى، بعد أن عرض بايدن نهاية الشهر الماضي مقترحا من ثلاث مراحل.",
        "chrome_not_body": [
            "الأفق.نت",
            "البث المباشر | English | فارسی",
            "الرئيسية | العالم العربي | العالم | اقتصاد | رياضة | منوعات | فيديو | برامج",
            "عاجل | الصحة في غزة: المستشفيات عاجزة عن استيعاب أعداد الجرحى",
            "عاجل | مجلس الحرب الإسرائيلي يعقد اجتماعا طارئا",
            "تابع التغطية المباشرة للحرب في غزة",
            "العالم العربي | فلسطين",
            "نشر في: 09 يونيو ,2024: 10:15 ص GST آخر تحديث: 10 يونيو ,2024: 08:05 ص GST",
            "فيديو | 01:52",
            "لحظة وصول الجرحى إلى مستشفى شهداء الأقصى في دير البلح",
            "فيديو | 02:14",
            "شهادات سكان من النصيرات عن ساعات القصف",
            "المصدر: الأفق.نت + وكالات",
            "الوسوم: غزة | النصيرات | الرهائن | الجيش الإسرائيلي",
            "شارك: فيسبوك | إكس | واتساب | تيليغرام",
            "الأكثر مشاهدة",
            "فيديو | 03:20 | خريطة تفاعلية: كيف جرت عملية النصيرات؟",
            "غانتس يعلن انسحابه من حكومة الحرب",
            "من نحن | اتصل بنا | الشروط والأحكام | سياسة الخصوصية",
            "جميع الحقوق محفوظة © 2024 الأفق.نت",
        ],
        "unlisted": [],
        "relative": {"phrase": "يوم السبت", "date": "2024-06-08"},
        "credits": [],
    },
    {
        "n": 5016, "language": "ar",
        "outlet": "kind 4, a Syrian opposition-aligned site (بوابة الشمال السوري, invented): the Russian air strike on the Jisr al-Shughur vegetable market",
        "title": "مجزرة في سوق للخضار بجسر الشغور بغارة جوية روسية",
        "published": "2023-06-26",
        "published_note": "only after the text: 'تاريخ النشر: 26 حزيران 2023 - 09:40' (D Levantine-month YYYY); the comment stamps are relative ('منذ 6 ساعات'); the text's 'يوم الأحد' is 25 June",
        "evidence": {"text": "تاريخ النشر: 26 حزيران 2023 - 09:40"},
        "other_dates": [],
        "body_first": "ارتكب الطيران الحربي الروسي مجزرة بحق المدنيين في سوق الخضار بمدينة",
        "body_last": "وتزعم روسيا عادة أن غاراتها تستهدف مواقع لـ\"الإرهابيين\" في إدلب، في حين يوثق الدفاع المدني ومنظمات حقوقية سقوط مدنيين في معظم هذه الهجمات، ومنها غارات طالت أسواقاً ومدارس ومستشفيات في السنوات الماضية.",
        "chrome_not_body": [
            "بوابة الشمال السوري",
            "صوت السوريين الأحرار",
            "الرئيسية | أخبار سورية | تقارير | حقوق الإنسان | اقتصاد | مقالات رأي | فيديو",
            "أخبار سورية",
            "إدلب - مراسل بوابة الشمال",
            "تاريخ النشر: 26 حزيران 2023 - 09:40",
            "الوسوم: جسر الشغور | إدلب | روسيا | الدفاع المدني",
            "طباعة | إرسال بالبريد الإلكتروني | فيسبوك | واتساب",
            "التعليقات (2)",
            "سامر العلي | منذ 6 ساعات",
            "أم يوسف | منذ 4 ساعات",
            "أضف تعليقاً",
            "اقرأ أيضاً",
            "الدفاع المدني يوثق ارتفاع الهجمات على ريف إدلب الغربي",
            "أسعار الخبز ترتفع في الشمال بعد قرار جديد لحكومة الإنقاذ",
            "جميع الحقوق محفوظة © 2023 بوابة الشمال السوري",
        ],
        "unlisted": [],
        "relative": {"phrase": "يوم الأحد", "date": "2023-06-25"},
        "comments_first": "رحم الله الشهداء، سوق الخضار مكان للفقراء فقط",
        "comment_authors": ["سامر العلي", "أم يوسف"],
        "credits": [],
    },
    {
        "n": 5017, "language": "ar",
        "outlet": "kind 5, an Iraqi channel's Arabic site (نخيل نيوز, invented): Sadr orders his supporters out of the Green Zone after the clashes",
        "title": "الصدر يمهل أنصاره ستين دقيقة للانسحاب من المنطقة الخضراء بعد ليلة من الاشتباكات الدامية",
        "published": "2022-08-30",
        "published_note": "'منذ 4 ساعات | 30/08/2022 - 14:10' under the title: a relative stamp beside the absolute numeric D/M/Y (unambiguous: day 30), which wins; the weather and currency strip has no date; 'رقم الخبر: 58213' is no date; the text's 'يوم الإثنين' is 29 August",
        "evidence": {"text": "30/08/2022 - 14:10", "order": "dmy"},
        "other_dates": [],
        "order": "dmy",
        "body_first": "نخيل نيوز/ بغداد - دعا زعيم التيار الصدري مقتدى الصدر أنصاره",
        "body_last": "ويشهد العراق أزمة سياسية حادة منذ الانتخابات التشريعية التي جرت في تشرين الأول من العام الماضي، إذ فشلت القوى السياسية في الاتفاق على تشكيل حكومة جديدة وانتخاب رئيس للجمهورية.",
        "chrome_not_body": [
            "Kurdî | کوردی | عربي | English | Türkçe",
            "بغداد 47° | أربيل 41° | البصرة 49° | الدولار 1,485 دينار",
            "الرئيسية | سياسة | أمن | اقتصاد | كوردستان | عربي ودولي | تقارير | فيديو",
            "سياسة",
            "رقم الخبر: 58213",
            "منذ 4 ساعات | 30/08/2022 - 14:10",
            "اقرأ أيضاً: ما هي المنطقة الخضراء؟ قصة الحي الأكثر تحصيناً في بغداد",
            "الوسوم: مقتدى الصدر | المنطقة الخضراء | التيار الصدري | بغداد",
            "شارك: فيسبوك | تويتر | تيليغرام | واتساب",
            "الأكثر قراءة",
            "الكهرباء: عودة المنظومة إلى العمل بعد انطفاء واسع في المحافظات الجنوبية",
            "ارتفاع أسعار الدولار في بورصة الكفاح والحارثية",
            "جميع الحقوق محفوظة لنخيل نيوز © 2022 | من نحن | اتصل بنا",
        ],
        "unlisted": ["نخيل نيوز"],
        "relative": {"phrase": "يوم الإثنين", "date": "2022-08-29"},
        "credits": [],
    },
    {
        "n": 5018, "language": "ar",
        "outlet": "kind 6, a Palestinian news agency (وكالة زيتون للأنباء, invented): settlers burn homes and cars in Huwara",
        "title": "مستعمرون يحرقون عشرات المنازل والمركبات في حوارة وشهيد برصاص الاحتلال في زعترة",
        "published": "2023-02-27",
        "published_note": "only the dateline 'نابلس 27-2-2023 زيتون-' opening the text carries a date (numeric D-M-Y with dashes, unambiguous: day 27); the prayer-time strip has times only; the text's 'مساء الأحد' is 26 February",
        "evidence": {"text": "نابلس 27-2-2023", "order": "dmy", "in_body": True},
        "other_dates": [],
        "order": "dmy",
        "body_first": "نابلس 27-2-2023 زيتون- أحرق مستعمرون، تحت حماية قوات الاحتلال الإسرائيلي، عشرات",
        "body_last": "وسادت البلدة صباحاً حالة من الحزن والذهول، فيما توافد مواطنون من القرى المجاورة للمساعدة في إزالة الركام، وأعلنت فعاليات محافظة نابلس الإضراب الشامل حداداً على روح الشهيد. وقدّرت جهات محلية الخسائر الأولية بملايين الشواكل.",
        "chrome_not_body": [
            "وكالة زيتون للأنباء والمعلومات",
            "عربي | English | Français | עברית",
            "الرئيسية | الاحتلال | الاستعمار | الأسرى | القدس | غزة | سياسة | اقتصاد | ثقافة",
            "مواقيت الصلاة - نابلس: الفجر 4:51 | الشروق 6:12 | الظهر 11:52 | العصر 3:04 | المغرب 5:35 | العشاء 6:55",
            "الاستعمار",
            "ي.ع",
            "طباعة | إرسال | مشاركة: فيسبوك | إكس | واتساب",
            "أخبار ذات صلة",
            "الخارجية تطالب بتوفير الحماية الدولية لأبناء شعبنا",
            "هيئة الأسرى: الاحتلال يعتقل 12 مواطناً من الضفة",
            "من نحن | اتصل بنا | أرشيف الصور | النشرة البريدية",
            "جميع الحقوق محفوظة © وكالة زيتون للأنباء 2023",
        ],
        "unlisted": ["زيتون"],
        "relative": {"phrase": "مساء الأحد", "date": "2023-02-26"},
        "credits": [],
    },
    {
        "n": 5019, "language": "ar",
        "outlet": "kind 7, the Arabic service of a Chinese state news agency (وكالة أنباء جسر الحرير, invented): Russia begins air strikes in Syria",
        "title": "روسيا تبدأ غارات جوية في سوريا بعد موافقة مجلس الاتحاد على استخدام القوات المسلحة",
        "published": "2015-09-30",
        "published_note": "only the dateline 'موسكو 30 سبتمبر 2015 (جسر الحرير) --' opening the text carries a date (D Egyptian-month YYYY); the text's 'يوم الاثنين' is 28 September",
        "evidence": {"text": "موسكو 30 سبتمبر 2015", "in_body": True},
        "other_dates": [],
        "body_first": "موسكو 30 سبتمبر 2015 (جسر الحرير) -- بدأت القوات الجوية الروسية",
        "body_last": "وتحتفظ روسيا بمنشأة بحرية في طرطوس على الساحل السوري، وعززت خلال الأسابيع الماضية وجودها العسكري في مطار قرب اللاذقية، حيث نشرت طائرات مقاتلة وقاذفات ومروحيات.",
        "chrome_not_body": [
            "وكالة أنباء جسر الحرير - القسم العربي",
            "中文 | English | Français | Español | Русский | العربية",
            "الصفحة الرئيسية | الصين | الشرق الأوسط | العالم | اقتصاد | ثقافة | علوم | صور | فيديو",
            "الشرق الأوسط",
            "المحرر: تشانغ مينغ",
            "يمكنك مشاركة هذا الخبر على وسائل التواصل الاجتماعي:",
            "فيسبوك | تويتر | ويبو | وي تشات",
            "أخبار ذات صلة",
            "الصين تدعو إلى حل سياسي للأزمة السورية",
            "لافروف: روسيا مستعدة لتنسيق الجهود مع التحالف الدولي",
            "حقوق الطبع والنشر © وكالة أنباء جسر الحرير. جميع الحقوق محفوظة.",
        ],
        "unlisted": ["جسر الحرير"],
        "relative": {"phrase": "يوم الاثنين", "date": "2015-09-28"},
        "credits": [{"role": "editor", "name": "تشانغ مينغ"}],
    },
    {
        "n": 5020, "language": "ar",
        "outlet": "kind 8, an Arabic humanitarian news page (نشرة العمل الإنساني, invented): the UN welcomes the Stockholm Agreement on Hodeidah",
        "title": "الأمم المتحدة ترحب باتفاق ستوكهولم وتدعو إلى تنفيذ سريع لوقف إطلاق النار في الحديدة",
        "published": "2018-12-14",
        "published_note": "'نُشر في 14 كانون الأول/ديسمبر 2018' in the metadata block under the title (D, Levantine/Egyptian month with a slash, YYYY); the text's 'يوم الخميس' is 13 December",
        "evidence": {"text": "نُشر في 14 كانون الأول/ديسمبر 2018"},
        "other_dates": [],
        "body_first": "رحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق الذي توصلت إليه",
        "body_last": "ودعا مجلس الأمن في بيان صحفي إلى احترام الاتفاق، فيما يُنتظر أن يبحث المجلس تشكيل بعثة لمراقبة وقف إطلاق النار وإعادة الانتشار في الحديدة، وتعزيز وجود الأمم المتحدة في المدينة.",
        "chrome_not_body": [
            "نشرة العمل الإنساني",
            "خدمة معلومات للعاملين في المجال الإنساني",
            "تحديثات | البلدان | الكوارث | المنظمات | المواضيع | وظائف | تدريب",
            "الشكل: خبر وبيان صحفي",
            "المصدر: مركز أخبار العمل الإنساني",
            "نُشر في 14 كانون الأول/ديسمبر 2018",
            "البلد: اليمن",
            "المواضيع: السلام والأمن | المساعدات الإنسانية | الأمن الغذائي",
            "تحميل PDF (186 كيلوبايت)",
            "المحتوى ذو الصلة",
            "اليمن: لمحة عن الوضع الإنساني في الحديدة",
            "غريفيث يطلع مجلس الأمن على نتائج مشاورات السويد",
            "اشترك في تحديثات اليمن عبر البريد الإلكتروني",
            "نشرة العمل الإنساني خدمة معلومات مستقلة. من نحن | الشروط | الخصوصية | اتصل بنا",
        ],
        "unlisted": ["اليمن"],
        "relative": {"phrase": "يوم الخميس", "date": "2018-12-13"},
        "credits": [],
    },
    {
        "n": 5021, "language": "ar",
        "outlet": "kind 9, an Arabic analyst's newsletter on a blogging platform (نشرة الخليج والجوار, invented): the Saudi-Iranian deal brokered in Beijing",
        "title": "اتفاق بكين: ماذا يعني التقارب السعودي الإيراني لليمن ولبنان؟",
        "published": "2023-03-12",
        "published_note": "inside the author line 'ليلى الراشد · ١٢ مارس ٢٠٢٣ · ٧ دقائق قراءة' (D Egyptian-month YYYY in Arabic-Indic digits); the comment stamps '١٢ مارس' and '١٣ مارس' have no year; the text's 'يوم الجمعة' is 10 March",
        "evidence": {"text": "١٢ مارس ٢٠٢٣"},
        "other_dates": [],
        "body_first": "فاجأ الإعلان عن اتفاق السعودية وإيران على استئناف العلاقات الدبلوماسية بوساطة",
        "body_last": "سأعود الأسبوع المقبل إلى ملف اليمن بالتفصيل، مع قراءة في ما تتداوله الأوساط القريبة من الطرفين عن شروط أي تسوية، وعن موقع الحكومة اليمنية منها.",
        "chrome_not_body": [
            "نشرة الخليج والجوار",
            "اشترك | تسجيل الدخول",
            "الرئيسية | ملاحظات | الأرشيف | عن النشرة",
            "قراءة أولى في بيان ثلاثي قصير وما لم يقله",
            "ليلى الراشد · ١٢ مارس ٢٠٢٣ · ٧ دقائق قراءة",
            "١٢٨ إعجاباً | ٢٣ تعليقاً | إعادة نشر | مشاركة",
            "شكراً لقراءتك نشرة الخليج والجوار! اشترك مجاناً لتصلك المقالات الجديدة وتدعم عملي.",
            "[١] نص البيان الثلاثي كما نشرته وكالات الأنباء الرسمية في البلدان الثلاثة.",
            "[٢] تصريحات لمسؤولين سعوديين لوسائل إعلام غربية، لم يتسن لي التحقق منها بشكل مستقل.",
            "التعليقات",
            "فهد القحطاني | ١٢ مارس",
            "أعجبني | رد",
            "مريم حيدري | ١٣ مارس",
            "هل تريد المزيد؟ اشترك",
            "© ٢٠٢٣ ليلى الراشد | الخصوصية | الشروط",
            "ابدأ الكتابة | حمّل التطبيق",
        ],
        "unlisted": [],
        "relative": {"phrase": "يوم الجمعة", "date": "2023-03-10"},
        "comments_first": "تحليل هادئ ومفيد.",
        "comment_authors": ["فهد القحطاني", "مريم حيدري"],
        "credits": [{"role": "author", "name": "ليلى الراشد"}],
    },
    {
        "n": 5022, "language": "ar",
        "outlet": "kind 10, a Saudi semi-official news agency (وكالة أنباء الواحة, invented): the coalition announces an operation after the attack on the Aramco station in Jeddah",
        "title": "التحالف يعلن بدء عملية عسكرية ضد مصادر التهديد في صنعاء والحديدة بعد الهجوم على محطة أرامكو في جدة",
        "published": "2022-03-26",
        "published_note": "'السبت 1443/08/23 هـ الموافق 2022/03/26 م' under the title: weekday, lunar Hijri Y/M/D (23 Shaban 1443 = 26 March 2022 in the Umm al-Qura calendar, checked with java.time.chrono.HijrahDate) beside the Gregorian Y/M/D; only the Gregorian half counts, and 1443/08/23 is no Gregorian date; the related news carry 20 and 21 March; the text's 'مساء الجمعة' is 25 March",
        "evidence": {"text": "2022/03/26"},
        "other_dates": [{"text": "2022/03/20", "date": "2022-03-20"}, {"text": "2022/03/21", "date": "2022-03-21"}],
        "hijri": {"text": "1443/08/23 هـ", "year": 1443, "month": 8, "day": 23},
        "body_first": "الرياض - واحة: أعلن تحالف دعم الشرعية في اليمن بدء عملية",
        "body_last": "وأكد التحالف التزامه بالقانون الدولي الإنساني وقواعده العرفية في جميع عملياته العسكرية، وحرصه على اتخاذ الإجراءات الكفيلة بحماية المدنيين والأعيان المدنية.",
        "chrome_not_body": [
            "وكالة أنباء الواحة",
            "English | Français | العربية",
            "الرئيسية | محلي | سياسي | اقتصادي | عسكري | دولي | رياضي | ثقافي",
            "السبت 1443/08/23 هـ الموافق 2022/03/26 م",
            "ع.م / ح.س",
            "التصنيفات: عسكري | التحالف | اليمن | أرامكو",
            "أخبار ذات صلة",
            "التحالف: اعتراض وتدمير طائرة مسيرة مفخخة أطلقت باتجاه المملكة | 2022/03/20",
            "وزارة الطاقة: السيطرة على حريق محدود في إحدى محطات التوزيع | 2022/03/21",
            "طباعة | إرسال | مشاركة",
            "جميع الحقوق محفوظة لوكالة أنباء الواحة © 2022 | من نحن | اتصل بنا",
        ],
        "unlisted": ["واحة", "عسكري"],
        "relative": {"phrase": "مساء الجمعة", "date": "2022-03-25"},
        "credits": [],
    },
    {
        "n": 5023, "language": "ar",
        "outlet": "kind 11, a Tunisian private outlet (قرطاج بوست, invented): Bashagha leaves Tripoli hours after entering it",
        "title": "باشاغا ينسحب من طرابلس بعد ساعات من دخولها وسط اشتباكات مسلحة",
        "published": "2022-05-18",
        "published_note": "inside the byline 'بقلم: منير بن علي | 18 ماي 2022 - 11:05 | آخر تحديث: 19 ماي 2022 - 09:30' (D Maghrebi-month YYYY); the update on the same line and the second comment are the next day; 'المشاهدات: 2,143' is no date; the text's 'فجر الثلاثاء' is 17 May",
        "evidence": {"text": "18 ماي 2022 - 11:05"},
        "other_dates": [{"text": "آخر تحديث: 19 ماي 2022 - 09:30", "date": "2022-05-19"}, {"text": "19 ماي 2022 - 08:15", "date": "2022-05-19"}],
        "body_first": "انسحب رئيس الحكومة المكلفة من مجلس النواب الليبي فتحي باشاغا من",
        "body_last": "وتتابع تونس بقلق التطورات في الجارة الجنوبية، التي تعد شريكاً اقتصادياً رئيسياً لها، إذ يعتمد آلاف التونسيين في المناطق الحدودية على التجارة مع ليبيا وعلى العمل فيها. وتخشى السلطات التونسية من أن يؤدي أي انزلاق جديد نحو الحرب إلى موجة نزوح باتجاه معبر رأس جدير.",
        "chrome_not_body": [
            "أخبار تونس والمغرب العربي على مدار الساعة",
            "الرئيسية | وطنية | سياسة | اقتصاد | مغاربي | عالمية | رياضة | ثقافة",
            "الرئيسية » سياسة » مغاربي",
            "صورة الكاتب منير بن علي",
            "بقلم: منير بن علي | 18 ماي 2022 - 11:05 | آخر تحديث: 19 ماي 2022 - 09:30",
            "المشاهدات: 2,143",
            "فيسبوك تويتر واتساب تيليغرام",
            "اقرأ أيضاً: ليبيا: من هما الحكومتان المتنافستان على السلطة؟",
            "الكلمات المفاتيح: ليبيا | طرابلس | باشاغا | الدبيبة",
            "التعليقات (2)",
            "سليم الجلاصي | 18 ماي 2022 - 13:40",
            "نادية ب. | 19 ماي 2022 - 08:15",
            "أضف تعليقاً",
            "الأكثر قراءة",
            "قيس سعيد يستقبل رئيسة الحكومة بقصر قرطاج",
            "ارتفاع أسعار الخضر في الأسواق البلدية",
            "© 2022 قرطاج بوست. جميع الحقوق محفوظة",
        ],
        "unlisted": ["قرطاج بوست"],
        "relative": {"phrase": "فجر الثلاثاء", "date": "2022-05-17"},
        "comments_first": "ربي يحفظ ليبيا وأهلها",
        "comment_authors": ["سليم الجلاصي", "نادية ب."],
        "credits": [{"role": "author", "name": "منير بن علي"}],
    },
    {
        "n": 5024, "language": "ar",
        "outlet": "kind 12, a Sudanese paper's site (صحيفة الخرطوم الجديدة, invented): Burhan declares a state of emergency and dissolves the councils",
        "title": "البرهان يعلن حالة الطوارئ ويحل مجلسي السيادة والوزراء بعد احتجاز حمدوك",
        "published": "2021-10-26",
        "published_note": "'التاريخ: ٢٦/١٠/٢٠٢١' above the title (numeric D/M/Y in Arabic-Indic digits, unambiguous: day 26); the second comment is stamped the next day; the text's 'يوم الاثنين' is 25 October",
        "evidence": {"text": "التاريخ: ٢٦/١٠/٢٠٢١", "order": "dmy"},
        "other_dates": [{"text": "٢٧/١٠/٢٠٢١ - ٠٩:٠٥ ص", "date": "2021-10-27", "order": "dmy"}],
        "order": "dmy",
        "body_first": "أعلن رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان حالة",
        "body_last": "وقال الطيب عثمان، وهو سائق ركشة في حي بري: \"خرجنا في ديسمبر وقدمنا شهداء حتى نعيش في دولة مدنية، ولن نرجع إلى البيوت قبل أن تعود الحكومة\".",
        "chrome_not_body": [
            "صحيفة الخرطوم الجديدة",
            "صحيفة سياسية مستقلة تصدر من الخرطوم",
            "الرئيسية | أخبار | سياسة | اقتصاد | ولايات | رياضة | أعمدة | كاريكاتير",
            "التاريخ: ٢٦/١٠/٢٠٢١",
            "أخبار",
            "الخرطوم: عوض الكريم محمد",
            "طباعة | إرسال لصديق | فيسبوك | واتساب",
            "التعليقات (2)",
            "المعز حسن | ٢٦/١٠/٢٠٢١ - ١١:٢٠ ص",
            "عادل بابكر | ٢٧/١٠/٢٠٢١ - ٠٩:٠٥ ص",
            "أضف تعليقك",
            "أخبار ذات صلة",
            "قوى الحرية والتغيير تدعو إلى مواكب في جميع المدن",
            "بنك السودان: استمرار العمل في المصارف رغم الإضراب",
            "جميع الحقوق محفوظة © 2021 صحيفة الخرطوم الجديدة",
        ],
        "unlisted": [],
        "relative": {"phrase": "يوم الاثنين", "date": "2021-10-25"},
        "comments_first": "الشارع قال كلمته",
        "comment_authors": ["المعز حسن", "عادل بابكر"],
        "credits": [{"role": "author", "name": "عوض الكريم محمد"}],
    },
]


# ---------------------------------------------------------------- what the scorer sees
def norm(s):
    """score_events.py's normalization (copied), so that the checks see what the scorer sees."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s)
    s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def scorer_lang(text):
    """score_events.py's --lang test (on body_first): Arabic when over a third is Arabic script."""
    n_ar = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return "ar" if n_ar > len(text) / 3 else "en"


# ---------------------------------------------------------------- weekdays, relative-day words
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
           "السبت": 5, "الأحد": 6}
# Arabic names without word boundaries on purpose: "الأحداث" contains "الأحد" and is caught.
DAY_RE = re.compile(r"\b(" + "|".join(EN_DAYS) + r")\b|(" + "|".join(AR_DAYS) + r")")
ABBR_RE = re.compile(r"\b(" + "|".join(EN_ABBR) + r")\b")
REL_WORDS = re.compile(r"\b(today|yesterday|tonight|tomorrow)\b|اليوم|البارحة|"
                       r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)


def weekdays_in(text):
    """Weekday numbers (Monday = 0) that text names: English full and abbreviated, Arabic."""
    found = set()
    for m in DAY_RE.finditer(text):
        found.add(EN_DAYS.index(m.group(1)) if m.group(1) else AR_DAYS[m.group(2)])
    for m in ABBR_RE.finditer(text):
        found.add(EN_ABBR.index(m.group(1)))
    return found


# ---------------------------------------------------------------- Gregorian dates
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
             "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
AR_MONTHS = {
    # Egyptian (Western) names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine (Syriac) names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Maghrebi names (Tunisia / Algeria, then Morocco)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12}
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
ROLES = {"author", "editor", "translator"}
_EN = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_AR = "|".join(sorted(AR_MONTHS, key=len, reverse=True))
RE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
RE_YMD = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
RE_NUM = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])")
# "21 August 2019", "27 MAR 2016", "21 August، 2019" (Arabic comma before the year)
RE_EN_DMY = re.compile(r"\b(\d{1,2})\s+(" + _EN + r")\b\.?\s*[,،]?\s+(\d{4})\b", re.I)
# "March 3, 2024", "Jan 29, 2024", "Dec. 4, 2017"
RE_EN_MDY = re.compile(r"\b(" + _EN + r")\b\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
# "20 يوليو تموز 2024", "23 مارس/ آذار 2019", "14 كانون الأول/ديسمبر 2018", "09 يونيو ,2024"
RE_AR_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(" + _AR + r")(?:\s*/\s*(" + _AR + r")|\s+(" + _AR + r"))?"
                       r"\s*,?\s*(\d{4})(?!\d)")


def ascii_digits(s):
    return s.translate({0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)})


def parse_dates(text, order=None):
    """Every Gregorian day text names, as a set of ISO strings. Raises ValueError on an impossible
    date, on two month names that disagree, and on a numeric D/M or M/D date that has no order or
    is not disambiguated by range (one field above 12)."""
    t = ascii_digits(text)
    days = set()

    def add(y, m, d):
        days.add(datetime.date(int(y), int(m), int(d)).isoformat())
    for y, m, d in RE_ISO.findall(t):
        add(y, m, d)
    t = RE_ISO.sub(" ", t)
    for y, m, d in RE_YMD.findall(t):
        add(y, m, d)
    t = RE_YMD.sub(" ", t)
    for a, _, b, y in RE_NUM.findall(t):
        a, b = int(a), int(b)
        if order not in ("dmy", "mdy"):
            raise ValueError(f"numeric date {a}/{b}/{y} without an order in {text!r}")
        d, m = (a, b) if order == "dmy" else (b, a)
        if not d > 12 >= m:
            raise ValueError(f"numeric date {a}/{b}/{y} in {text!r} is not disambiguated by range")
        add(y, m, d)
    t = RE_NUM.sub(" ", t)
    for d, mon, y in RE_EN_DMY.findall(t):
        add(y, EN_MONTHS[mon.lower()], d)
    for mon, d, y in RE_EN_MDY.findall(t):
        add(y, EN_MONTHS[mon.lower()], d)
    for d, mon, alt1, alt2, y in RE_AR_DMY.findall(t):
        alt = alt1 or alt2
        if alt and AR_MONTHS[alt] != AR_MONTHS[mon]:
            raise ValueError(f"month names {mon!r} and {alt!r} disagree in {text!r}")
        add(y, AR_MONTHS[mon], d)
    return days


def check_date(text, want, order, err, what):
    try:
        got = parse_dates(text, order)
    except ValueError as e:
        err(f"{what}: {e}")
        return
    if got != {want}:
        err(f"{what} {text!r} parses to {sorted(got)}, want {want}")
        return
    wd = weekdays_in(text)
    if wd and wd != {datetime.date.fromisoformat(want).weekday()}:
        err(f"{what} {text!r}: the weekday does not fall on {want}")


# ---------------------------------------------------------------- lunar Hijri (the JDK)
JAVA_SRC = """import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
public class HijriCheck50 {
    public static void main(String[] args) {
        for (String a : args) {
            HijrahDate h = HijrahDate.from(LocalDate.parse(a));
            System.out.println(a + " " + h.get(ChronoField.YEAR) + " " + h.get(ChronoField.MONTH_OF_YEAR)
                    + " " + h.get(ChronoField.DAY_OF_MONTH) + " " + h.getChronology().getCalendarType());
        }
    }
}
"""


def jdk_hijri(days, errors):
    """{ISO day: (year, month, day, calendar type)} from java.time.chrono.HijrahDate."""
    java = shutil.which("java")
    if not java:
        errors.append("no java on PATH: the Hijri date cannot be checked, so no gold is written")
        return {}
    tmp = tempfile.mkdtemp(prefix="t50-hijri-")
    try:
        src = os.path.join(tmp, "HijriCheck50.java")
        with open(src, "w", encoding="utf-8") as f:
            f.write(JAVA_SRC)
        r = subprocess.run([java, src] + sorted(days), capture_output=True, text=True, timeout=180)
        if r.returncode != 0:
            errors.append(f"java failed: {r.stderr.strip()[:300]}")
            return {}
        got = {}
        for line in r.stdout.splitlines():
            p = line.split()
            if len(p) == 5:
                got[p[0]] = (int(p[1]), int(p[2]), int(p[3]), p[4])
        return got
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- per-document checks
def line_index(lines, s, start=0):
    """Index of the first line from start that is s or starts with s, else -1."""
    for k in range(start, len(lines)):
        if lines[k] == s or lines[k].startswith(s):
            return k
    return -1


def strings_of(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"], doc["evidence"]["text"]]
    out += doc["chrome_not_body"] + doc["unlisted"]
    out += [d["text"] for d in doc["other_dates"]] + [c["name"] for c in doc["credits"]]
    if "comments_first" in doc:
        out += [doc["comments_first"]] + doc["comment_authors"]
    if "hijri" in doc:
        out.append(doc["hijri"]["text"])
    return out


def check(doc, errors, hijri):
    n, lay = doc["n"], LAYOUT[doc["n"]]

    def err(msg):
        errors.append(f"{n}: {msg}")
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        err(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"50\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\t"):
        err("carriage return, form feed or tab in the page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        err("the page must end with exactly one newline")
    page_words = len(raw.split())
    if not 300 <= page_words <= 800:
        err(f"the page has {page_words} words")
    for s in strings_of(doc):
        if not s or "\n" in s or s != s.strip():
            err(f"gold string empty, multi-line or with outer spaces: {s[:40]!r}")
        elif s not in raw:
            err(f"gold string not verbatim in the page: {s[:40]!r}")
    raw_lines = raw.split("\n")
    pos = [k for k, l in enumerate(raw_lines) if l.strip()]   # raw line number of each non-empty line
    lines = [raw_lines[k].strip() for k in pos]
    blank_inside = "\n\n" in raw.strip("\n")
    if lay == "lines" and blank_inside:
        err("layout 'lines' but the page has blank lines")
    if lay == "blank" and not blank_inside:
        err("layout 'blank' but the page has no blank line")
    t = lines.index(doc["title"]) if doc["title"] in lines else -1
    if t < 0:
        err("the title is not a whole line")
    i = line_index(lines, doc["body_first"])
    j = line_index(lines, doc["body_last"], max(i, 0))
    if i < 0 or j < 0:
        err("body_first / body_last not found as lines in order")
        return None
    if lines[j] != doc["body_last"]:
        err("body_last must be the whole last line of the span")
    chrome, unlisted = doc["chrome_not_body"], doc["unlisted"]
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")
    for c in chrome:
        if line_index(lines, c) < 0:
            err(f"chrome not found as a line or line prefix: {c[:50]!r}")
        if c == doc["title"]:
            err("the title is listed as chrome")

    def is_chrome(line):
        return any(line == c or line.startswith(c) for c in chrome)
    if is_chrome(lines[i]) or is_chrome(lines[j]):
        err("a body edge is a chrome line")
    if not 0 <= t < i:
        err("the title does not stand above the body")
    body_idx = [k for k in range(i, j + 1) if not is_chrome(lines[k])]
    paras = [lines[k] for k in body_idx]
    if lay == "blank":
        for a, b in zip(body_idx, body_idx[1:]):
            if pos[b] - pos[a] < 2:
                err(f"body lines not separated by a blank line: {lines[b][:40]!r}")
    for p in paras:
        if len(p.split()) < 18 or " | " in p:
            err(f"short or piped line inside the body span, not listed as chrome: {p[:60]!r}")
    body_text = " ".join(paras)
    words = len(body_text.split())
    if not 5 <= len(paras) <= 10:
        err(f"{len(paras)} body paragraphs")
    if not 250 <= words <= 600:
        err(f"{words} body words")
    nb = norm(body_text)
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            err(f"chrome occurs inside the normalized body: {c[:50]!r}")
    for u in unlisted:
        if u not in lines or is_chrome(u):
            err(f"unlisted line is not a whole line outside the chrome list: {u!r}")
        if norm(u) not in nb:
            err(f"unlisted line {u!r} does not occur in the body: list it as chrome")
    if norm(doc["title"]) in nb:
        err("the title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        err("body_first / body_last not in the normalized body")
    c_idx = None
    if "comments_first" in doc:
        c_idx = line_index(lines, doc["comments_first"], j + 1)
        if c_idx < 0:
            err("comments_first is not a line prefix after the body")
        if norm(doc["comments_first"]) in nb or is_chrome(doc["comments_first"]):
            err("comments_first is in the body or listed as chrome")
        if len(doc["comment_authors"]) < 2:
            err("fewer than two comment authors")
        for a in doc["comment_authors"]:
            if not any(a in lines[k] and is_chrome(lines[k]) for k in range(j + 1, len(lines))):
                err(f"comment author not on a chrome line after the body: {a!r}")
            if norm(a) in nb:
                err(f"comment author occurs inside the body: {a!r}")
    elif "comment_authors" in doc:
        err("comment_authors without comments_first")
    for k, l in enumerate(lines):
        if not (k == t or k in body_idx or is_chrome(l) or l in unlisted or (c_idx is not None and 0 <= c_idx <= k)):
            err(f"line {k} is neither title, body, chrome, unlisted nor comment section: {l[:60]!r}")
    for c in doc["credits"]:
        if c["role"] not in ROLES:
            err(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[k] and is_chrome(lines[k]) for k in range(len(lines)) if not i <= k <= j):
            err(f"credit {c['name']!r} is not on a chrome line outside the body")
        if norm(c["name"]) in nb:
            err(f"credit {c['name']!r} occurs inside the body")
    return raw, lines, i, j, t, body_idx, body_text, is_chrome, name, (len(paras), words, page_words, len(lines), len(raw_lines))


def check_dates(doc, errors, hijri, ctx):
    n = doc["n"]
    raw, lines, i, j, t, body_idx, body_text, is_chrome = ctx[:8]

    def err(msg):
        errors.append(f"{n}: {msg}")
    pub = doc["published"]
    if not pub or not ISO_DAY.match(pub):
        err("published is not an ISO day")
        return
    if not doc.get("published_note"):
        err("published_note missing")
    order, ev = doc.get("order"), doc["evidence"]
    if ev.get("order") != order:
        err("the evidence's order differs from the page's order")
    if raw.count(ev["text"]) != 1:
        err(f"the evidence occurs {raw.count(ev['text'])} times")
    k = next((k for k, l in enumerate(lines) if ev["text"] in l), -1)
    if ev.get("in_body"):
        if k != i or not lines[i].startswith(ev["text"]):
            err("in_body evidence does not open the first body line")
    elif k < 0 or k in body_idx:
        err("the evidence lies inside the body or on no line")
    check_date(ev["text"], pub, order, err, "evidence")
    allowed = {pub}
    for d in doc["other_dates"]:
        check_date(d["text"], d["date"], d.get("order"), err, "other date")
        if d.get("order", order) != order:
            err(f"other date {d['text']!r} has another order than the page")
        if d["date"] == pub:
            err(f"other date {d['text']!r} falls on the publication day")
        if any(d["text"] in lines[b] for b in body_idx):
            err(f"other date {d['text']!r} lies inside the body")
        allowed.add(d["date"])
    h = doc.get("hijri")
    for l in lines:
        probe = l.replace(h["text"], " ") if h else l
        try:
            stray = parse_dates(probe, order) - allowed
        except ValueError as e:
            err(f"page line: {e}")
            continue
        if stray:
            err(f"unlisted date {sorted(stray)} on the line {l[:60]!r}")
    if h:
        got = hijri.get(pub)
        if not got:
            err("no HijrahDate answer for the publication day")
        elif (got[0], got[1], got[2]) != (h["year"], h["month"], h["day"]):
            err(f"Hijri {h} but HijrahDate gives {got}")
        elif ascii_digits(h["text"]) != f"{h['year']}/{h['month']:02d}/{h['day']:02d} هـ":
            err(f"Hijri text {h['text']!r} does not read the computed date")
        if got and got[3] != "islamic-umalqura":
            err(f"HijrahDate calendar is {got[3]}, not islamic-umalqura")
        if not any(h["text"] in l and ev["text"] in l for l in lines):
            err("the Hijri date does not stand beside the Gregorian evidence")
    rel = doc["relative"]
    if not ISO_DAY.match(rel["date"]):
        err("relative date is not ISO")
        return
    ref, rd = datetime.date.fromisoformat(pub), datetime.date.fromisoformat(rel["date"])
    if not 1 <= (ref - rd).days <= 7:
        err(f"relative date {rd} is {(ref - rd).days} days before {ref}")
    if weekdays_in(rel["phrase"]) != {rd.weekday()}:
        err(f"phrase {rel['phrase']!r} does not name {rd} ({rd.strftime('%A')})")
    if body_text.count(rel["phrase"]) != 1 or not any(rel["phrase"] in lines[b] for b in body_idx):
        err("the relative phrase does not occur exactly once on a body line")
    if len(DAY_RE.findall(body_text)) + len(ABBR_RE.findall(body_text)) != 1:
        err("the body names another weekday besides the relative phrase")
    for k2, l in enumerate(lines):
        if REL_WORDS.search(l):
            err(f"relative-day word on the page: {l[:60]!r}")
        if k2 not in body_idx and weekdays_in(l) and not is_chrome(l):
            err(f"weekday name on a line that is not chrome: {l[:60]!r}")
    if scorer_lang(doc["body_first"]) != doc["language"]:
        err(f"language {doc['language']} but score_events.py --lang reads {scorer_lang(doc['body_first'])}")
    if scorer_lang(doc["title"]) != doc["language"]:
        err("the title's script does not agree with the language")


def main(argv):
    errors, out, stats = [], [], []
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        errors.append(f"expected documents {FIRST}-{LAST} in order")
    hijri = jdk_hijri({d["published"] for d in DOCS if "hijri" in d}, errors)
    for doc in DOCS:
        ctx = check(doc, errors, hijri)
        if not ctx:
            continue
        check_dates(doc, errors, hijri, ctx)
        name, counts = ctx[8], ctx[9]
        stats.append((doc["n"], LAYOUT[doc["n"]]) + counts)
        d = {"file": name}
        for k in ("language", "outlet", "title", "published", "published_note", "evidence", "other_dates",
                  "order", "hijri", "body_first", "body_last", "chrome_not_body", "relative",
                  "comments_first", "comment_authors", "credits"):
            if k in doc:
                d[k] = doc[k]
        d["events"] = []
        out.append(d)
    if len(glob.glob(os.path.join(HERE, "*.txt"))) != 24:
        errors.append("expected exactly 24 pages in the folder")
    for lang in ("en", "ar"):
        if sum(1 for d in DOCS if d["language"] == lang) != 12:
            errors.append(f"expected 12 {lang} documents")
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
        back = json.load(f)
    if len(back["documents"]) != 24 or any(not d["chrome_not_body"] for d in back["documents"]):
        print("the json did not load back as written", file=sys.stderr)
        return 1
    print(f"wrote transfer-50.gold.json ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
