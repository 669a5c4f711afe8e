#!/usr/bin/env python3
"""Build and check transfer-47.gold.json from the pages in this folder.

usage: python3 make_gold.py            (writes transfer-47.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Theme: KINDS OF PUBLISHER rarely seen in news crawls. Every page is a crawler's flattened text of
the publisher's own web page, one block per line (LAYOUT below):
  lines    one block per line, no blank line anywhere;
  blank    one block per line, a blank line between the body paragraphs (blocks outside the
           body may run over several adjacent lines).

Besides the gold strings, each document here has a NEUTRAL list that is NOT written to the json:
lines inside the body span that belong to the article but are not paragraphs of running text
(section headings of a situation report or an analysis, the "Q:" / "س:" lines of an interview).
The gold neither requires them (body_first / body_last never fall on them) nor forbids them (they
are not chrome). They are left out of the paragraph and word counts.

Checks (lines are compared stripped): no gold string contains a line break; every gold string
occurs verbatim in its page; every title is a whole line; body_first is a line prefix; body_last is
a whole line after it; every chrome line and every neutral line is a whole line or line prefix;
the body (the non-chrome, non-neutral lines from body_first to body_last) has 300-700 words and
6-9 paragraphs (photo galleries: 100-300 words, 2-4 paragraphs), every paragraph at least 18 words;
on `blank` pages body paragraphs are separated by blank lines; the normalized body (neutral lines
included) contains no chrome line, no title and no comments_first after score_events.py's
normalization; comments_first is a line prefix after body_last and every comment author appears on
a line after it; dates are ISO; the relative date falls on its phrase's weekday 1-7 days before
publication; the body has exactly one weekday name (the phrase's) and weekday names elsewhere sit
only on listed chrome lines; no page has "today", "yesterday", "tonight", "tomorrow", "اليوم",
"أمس", "الليلة", "غداً" etc.; the page has 250-700 words; the layout matches LAYOUT; the folder
has exactly 24 pages named 47NN_<slug>.txt (at most 200 characters).
"""
import datetime, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# kind k: English page 4700+k and Arabic page 4712+k; English odd kinds and Arabic even kinds are
# `blank`, the others `lines` (12 of each)
LAYOUT = {}
for k in range(1, 13):
    LAYOUT[4700 + k] = "blank" if k % 2 else "lines"
    LAYOUT[4712 + k] = "lines" if k % 2 else "blank"
GALLERY = {4710, 4722}

ABOUT = [
    "Forty-seventh transfer check set (t47): 24 text pages, 12 English (4701-4712) and 12 Arabic (4713-4724). Theme: KINDS OF PUBLISHER RARELY SEEN IN NEWS CRAWLS, each page a crawler's flattened text of the publisher's own web page with that publisher's own chrome, one block per line (12 pages with a blank line between blocks, 12 without). Each kind once per language (47NN and 47NN+12 share the kind, with different stories and publishers): (1) a government ministry's news page (state and ministry name, coat-of-arms alt text, 'Home > Media Centre > News', 'Date of publication:' / 'تاريخ النشر:', views, print/share, footer with address and hotline, a page-generated or print-date stamp); (2) an army's or military command's official site ('Statement No. 47' / 'بيان رقم (12)', time or date of issue, operation name, closing formula with 'Glory ... to our martyrs', signature, related statements with dates); (3) an NGO press release ('PRESS RELEASE' / 'بيان صحفي', published and last-updated lines, a place-and-date dateline opening the text, 'ENDS' / '- انتهى -', 'For further information, please contact:', notes to editors, 'About X' boilerplate); (4) a TV channel's page with a video report ('Watch live', 'Play video 02:31', a 'Now playing' line repeating the title, player controls, published and updated lines, a video summary, more videos with durations, a programme schedule with times); (5) a local radio station's bulletin page (FM frequencies, 'Listen live', 'Now on air', '13:00 bulletin' with presenters, listen-to-bulletin line, 'Also in the 13:00 bulletin'); (6) a political party's or parliament's news page (slogan, session line, 'Posted by the media office' / 'نُشر بواسطة: المكتب الإعلامي', a bloc's statement); (7) a humanitarian situation report page (report number in the title, 'Reporting period:', published and next-report dates, a download line repeating the title, key figures box, highlights bullets, headings, sector paragraphs, funding table as text lines); (8) an interview page (quoted headline, interviewer credit, a 'conducted on' date, an intro, then 'Q:' / 'س:' lines and answers, 'edited for length' note); (9) a think-tank analysis (author line, reading time, a correction update or none, key takeaways bullets, subheadings, footnote markers and notes, views disclaimer, author bio with photo alt text); (10) a photo gallery (short intro that is the article, a viewer header repeating the title, twelve '1 / 12' captions with photo credits, next gallery); (11) a governorate site (weather widget carrying the crawl day, governor's activities, 'Governorate media office', visits counter, a Hijri date beside the Gregorian one on the Arabic page); (12) a diaspora/exile blog on a Blogger-like host (blog title and tagline, weekday date header, a sharer's note in brackets above the text, 'Posted by admin at 10:42 PM' / 'نشرها المشرف في 10:42 م', labels, comments or 'No comments:' / 'لا توجد تعليقات:', 'Newer Post Older Post Home', blog archive repeating the title). Stories of 2014-2025, none of transfer-46's: the Zakho resort shelling, Wad Madani retaken, the Saada detention centre strike, the rebel offensive into Aleppo, the Iranian missiles on Erbil, the Iraqi parliament's vote on foreign troops, Marib displacement, the Tarhuna mass graves, the Stockholm Agreement, Raqqa after the battle, federal forces in Kirkuk, Ali Abdullah Saleh's killing; the Lebanon pager explosions, the LNA's Tripoli offensive, Wad al-Nourah, Nasrallah's killing, the Jisr al-Shughur market strike, Bashagha's designation, the north Gaza siege of October 2024, El Fasher's South Hospital, Assad's fall, the return to north Gaza, the Deir ez-Zor siege broken, Iraq's October 2019 protests. Media, NGO, think-tank and blog publishers, writers, witnesses, commenters and all wording invented; state publishers (ministries, armies, a parliament, governorates) are real institutions whose pages, domains and wording are invented (fictional pages written for Sitrep, no third-party text).",
    "Written blind by the t47 helper without reading any ingest code (no Java, lexicon or .tsv file, no tools/ script, no test), without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-46's README.md, make_gold.py, transfer-46.gold.json and three of its pages (4606, 4618, 4620) were read, for the format. Every page has a visible publication date. Layout per page in make_gold.py's LAYOUT.",
    "Gold conventions (as t45's and t46's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph is part of it (4703, 4715: the press releases' place-and-date line). Publisher apparatus is chrome: mastheads, slogans, emblem/coat-of-arms alt text, menus, breadcrumbs, statement numbers, operation lines, date/time-of-issue lines, views and visits counters, weather widgets, frequencies and 'Listen live' / 'Watch live' lines, 'Now on air', player lines, video summaries, bulletin and presenter lines, 'Posted by' lines, session lines, key figures boxes, highlights / key takeaways bullets (summaries, not first paragraphs), download lines, funding tables, 'ENDS', contact blocks, notes to editors, 'About X' boilerplate, footnotes, disclaimers, author bios, photo captions and credits, sharers' notes, labels, share lines, related lists, schedules, archives and footers. Section headings inside a report or analysis and the question lines of an interview are neutral (neither required nor forbidden; listed only in make_gold.py). Closing formulas and signatures after a statement (basmala above it, 'Glory ... to our martyrs', 'God is the greatest', the spokesman's title) are left unlisted: body_first / body_last are the statement's first and last paragraphs, so a tool may keep or drop them. The publication date is the article's own: the 'Date of publication' / 'تاريخ النشر' line, not the page-generated or print date (4701, 4713); the time or date of issue, not the page update (4702, 4714); 'Published', not 'Last updated' / 'Updated On' / 'آخر تحديث' / 'آخر تعديل' (4703, 4704, 4705, 4715, 4716, 4718); a situation report's publication date, not its reporting period or next-report date (4707, 4719); an interview's publication date, not the day it was conducted (4708, 4720); an analysis' date, not its correction update (4709); a governorate page's news date, not the weather widget's crawl day (4711, 4723; only the Gregorian half of 4723's Hijri-Gregorian line counts); a blog post's date header, not the archive's months (4712, 4724). Each document carries published_note and events: [] (no events are coded in this set). Comments (4705, 4712, 4716, 4720, 4723) carry comments_first and comment_authors (the site's own replies count as authors). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication.",
]

DOCS = [
    {
        "n": 4701, "language": "en",
        "outlet": "a government ministry's news page (Iraq's Ministry of Foreign Affairs, invented domain and wording) on the Turkish shelling of a tourist resort near Zakho",
        "title": "Ministry of Foreign Affairs condemns Turkish shelling of tourist resort in Zakho and summons Turkey's chargé d'affaires",
        "published": "2022-07-21",
        "published_note": "'Date of publication: 21/07/2022' (D/M/Y, unambiguous); not the footer's 'Page last generated: 2022-07-25 03:14' (a cache/crawl stamp) nor the related news dates (22/07, 26/07, 28/07/2022); the text's 'on Wednesday' is 20 July",
        "body_first": "Baghdad – The Ministry of Foreign Affairs condemns in the strongest terms the Turkish artillery shelling",
        "body_last": "The Ministry extends its sincere condolences to the families of the victims and its wishes for a speedy recovery to the wounded, and affirms that it will pursue every diplomatic and legal avenue to secure the rights of the victims and their families.",
        "chrome_not_body": [
            "Republic of Iraq",
            "[Coat of arms of the Republic of Iraq]",
            "Home | The Ministry | The Minister | Consular Services | Iraqi Missions Abroad | Media Centre | Contact Us",
            "العربية | English | Kurdî",
            "Home > Media Centre > News",
            "Date of publication: 21/07/2022",
            "Views: 3,417",
            "Print | Send to a friend | Share: Facebook | Twitter | Telegram",
            "Related news",
            "Foreign Minister receives the UN Special Representative to discuss the Zakho attack (22/07/2022)",
            "Iraq's mission to the Security Council submits the complaint on the Zakho attack (26/07/2022)",
            "Consular section facilitates travel of the wounded for treatment abroad (28/07/2022)",
            "Ministry of Foreign Affairs – Republic of Iraq",
            "Address: Al-Salhiya, Karkh, Baghdad, Republic of Iraq",
            "Hotline: 5300 | Consular emergencies: +964 780 000 0000 | Email: info@foreignministry-iq.org",
            "Accessibility | Terms of use | Privacy policy",
            "© 2022 Ministry of Foreign Affairs. All rights reserved.",
            "Page last generated: 2022-07-25 03:14 (Baghdad time)",
        ],
        "neutral": [],
        "relative": {"phrase": "on Wednesday", "date": "2022-07-20"},
    },
    {
        "n": 4702, "language": "en",
        "outlet": "an army's official spokesman site (Sudan Armed Forces, invented domain and wording): Statement No. 47 on retaking Wad Madani",
        "title": "Armed forces and supporting forces enter Wad Madani and liberate the capital of Al Jazirah state",
        "published": "2025-01-11",
        "published_note": "'Time of issue: Saturday 11 January 2025, 19:30 (Khartoum time, GMT+2)'; not 'Page updated: 2025-01-13 08:02' nor the related statements' dates (09/01, 06/01, 02/01/2025); the text's 'on Thursday' is 9 January",
        "body_first": "The General Command of the Armed Forces announces to the great Sudanese people that our forces",
        "body_last": "The General Command salutes the officers, soldiers, mobilised volunteers and joint forces who fought in this battle, and pays tribute to the steadfast people of Al Jazirah, who endured more than a year of killing, looting and displacement at the hands of the militia.",
        "chrome_not_body": [
            "Sudan Armed Forces – Official Website",
            "Office of the Official Spokesman",
            "[Emblem of the Sudan Armed Forces]",
            "Home | Statements | Operations | News | Martyrs | Media Library | Contact",
            "العربية | English",
            "Home > Statements > Statement No. 47",
            "Statement No. 47",
            "Time of issue: Saturday 11 January 2025, 19:30 (Khartoum time, GMT+2)",
            "Operation: Battle of Dignity – Al Jazirah axis",
            "Share this statement: Facebook | X | Telegram | WhatsApp",
            "Print statement",
            "Related statements",
            "Statement No. 46 – Forces repel militia attack on El Fasher (09/01/2025)",
            "Statement No. 45 – Air force strikes militia supply convoys in North Kordofan (06/01/2025)",
            "Statement No. 44 – Clarification on reports circulating on social media (02/01/2025)",
            "All statements »",
            "Page updated: 2025-01-13 08:02",
            "General Command headquarters, Khartoum | Media enquiries: media@safspokesman-sd.org",
            "© Sudan Armed Forces – Office of the Official Spokesman",
        ],
        "neutral": [],
        "relative": {"phrase": "on Thursday", "date": "2025-01-09"},
    },
    {
        "n": 4703, "language": "en",
        "outlet": "an NGO press release page (Crossroads Medical Relief, invented) on the air strike on the Saada detention centre",
        "title": "Yemen: Saada hospitals overwhelmed after air strike on detention centre",
        "published": "2022-01-22",
        "published_note": "'Published 22 Jan 2022' and the dateline 'SANAA/GENEVA, 22 January 2022 –'; not 'Last updated 24 Jan 2022', nor the notes to editors' '21 January 2022' (the day of the strike), nor the other releases' dates; the text's 'early on Friday' is 21 January",
        "body_first": "SANAA/GENEVA, 22 January 2022 – Surgical teams supported by Crossroads Medical Relief in Saada",
        "body_last": "The organisation calls for the urgent medical evacuation of the most critically wounded to hospitals in Sanaa, for unimpeded access for medical supplies into Saada, and for an independent investigation into the circumstances of the strike. The Saudi-led coalition has disputed the accounts of the attack.",
        "chrome_not_body": [
            "Emergency medical care where it is needed most",
            "Who we are | Where we work | News and press | Reports | Careers | Donate",
            "News and press > Press releases",
            "PRESS RELEASE",
            "Published 22 Jan 2022 | Last updated 24 Jan 2022",
            "ENDS",
            "For further information, please contact:",
            "Lena Morgan, Press Officer, Geneva: +41 22 000 00 00 | press@crossroadsmedicalrelief.org",
            "Yemen communications team, Sanaa: +967 1 000 000",
            "Notes to editors",
            "- Crossroads Medical Relief has supported the emergency room and surgical ward of the Al-Jumhuri hospital in Saada since March 2018.",
            "- Spokespeople are available for interviews in English, Arabic and French.",
            "- Photos and video recorded in Saada on 21 January 2022 are available on request.",
            "About Crossroads Medical Relief",
            "Crossroads Medical Relief is an independent medical humanitarian organisation, founded in 2004",
            "Share: Facebook | Twitter | LinkedIn | Email",
            "More press releases",
            "Yemen: Cholera cases climb in Hodeidah as funding runs short (9 Dec 2021)",
            "Syria: Winter storms flood camps in the north-west (20 Jan 2022)",
            "© 2022 Crossroads Medical Relief | Registered charity | Privacy | Cookies",
        ],
        "neutral": [],
        "relative": {"phrase": "early on Friday", "date": "2022-01-21"},
    },
    {
        "n": 4704, "language": "en",
        "outlet": "a TV channel's page with a video report (Meridian Arab Television, invented) on the rebel offensive into Aleppo",
        "title": "Rebels sweep into Aleppo as government forces pull back from the city",
        "published": "2024-11-30",
        "published_note": "'Published On 30 Nov 2024 | 14:05 GMT'; not 'Updated On 1 Dec 2024 | 09:40 GMT', nor the schedule's times; the text's 'on Wednesday' is 27 November",
        "body_first": "Opposition fighters led by Hayat Tahrir al-Sham have pushed into the heart of Aleppo",
        "body_last": "Analysts said the offensive came at a time when Assad's main allies were stretched, Russia by its war in Ukraine and Iran and Hezbollah by more than a year of conflict with Israel. Turkey, which backs some of the armed factions in the north, said it was following developments closely and called for calm.",
        "chrome_not_body": [
            "MATV | Meridian Arab Television",
            "Watch live",
            "News | Syria | Middle East | World | Business | Programmes | Schedule | Video",
            "English | العربية",
            "Play video 02:31",
            "Now playing: Rebels sweep into Aleppo as government forces pull back from the city",
            "Subtitles: Off | Quality: Auto | Share | Embed",
            "By Omar Haddad, in Gaziantep",
            "Published On 30 Nov 2024 | 14:05 GMT",
            "Updated On 1 Dec 2024 | 09:40 GMT",
            "Source: MATV and news agencies",
            "Share: Facebook | X | WhatsApp | Copy link",
            "More videos",
            "02:04 Families flee western Aleppo countryside as fighting spreads",
            "01:47 Moscow and Tehran pledge support to Damascus",
            "03:12 Inside Idlib: the rebel enclave that launched the offensive",
            "Schedule (Makkah time, GMT+3)",
            "17:00 News bulletin",
            "17:30 The Syria File",
            "18:00 Inside the Story",
            "19:00 Evening News with Rania Salem",
            "21:00 Documentary: Cities of the Euphrates",
            "Watch live | Schedule | Download the MATV app",
            "About MATV | Contact | Terms | Privacy",
            "© 2024 Meridian Arab Television. All rights reserved.",
        ],
        "neutral": [],
        "relative": {"phrase": "on Wednesday", "date": "2024-11-27"},
    },
    {
        "n": 4705, "language": "en",
        "outlet": "a local radio station's bulletin page (Citadel FM 98.6, Erbil, invented) on the Iranian missile strikes on Erbil",
        "title": "Erbil residents describe night of missile strikes as Iraq recalls its ambassador to Tehran",
        "published": "2024-01-16",
        "published_note": "'Posted 1/16/2024 1:24 PM' (M/D/Y, unambiguous: day 16); not 'Updated 1/16/2024 4:10 PM' (same day), nor the bulletin time '13:00', nor the comment stamps; the text's 'late on Monday' is 15 January",
        "body_first": "Residents of the Kurdistan Region's capital spent a sleepless night after a series of ballistic missiles",
        "body_last": "It was the second time in less than two years that Iranian missiles had struck Erbil. In March 2022 the Revolutionary Guards fired a dozen missiles at the city, damaging a house owned by another prominent businessman, in an attack that also drew protests from Baghdad.",
        "chrome_not_body": [
            "CITADEL FM 98.6",
            "Erbil's community radio",
            "FM 98.6 Erbil | FM 101.2 Duhok | FM 95.4 Sulaimani",
            "Listen live ▶",
            "Now on air: Afternoon Drive with Dilan Aziz",
            "Home | News | Bulletins | Programmes | Presenters | Podcasts | Contact",
            "News bulletins > 13:00 bulletin",
            "13:00 bulletin | Presented by Shvan Rasul and Hana Karim",
            "Posted 1/16/2024 1:24 PM | Updated 1/16/2024 4:10 PM",
            "▶ Listen to the full bulletin (06:12)",
            "Share: Facebook | X | WhatsApp | Telegram",
            "Also in the 13:00 bulletin",
            "Duhok: power cuts extended as winter demand peaks",
            "Sulaimani: teachers' salary protest enters third week",
            "Comments (2)",
            "Nazdar K. | 1/16/2024 2:05 PM",
            "Rebwar Ali | 1/16/2024 3:40 PM",
            "Reply",
            "Leave a comment",
            "Presenters: Dilan Aziz | Shvan Rasul | Hana Karim | Karwan Omer",
            "Citadel FM 98.6 · 100 Meter Street, Erbil, Kurdistan Region of Iraq · Studio line +964 750 000 0000",
            "© 2024 Citadel FM. All rights reserved.",
        ],
        "neutral": [],
        "relative": {"phrase": "late on Monday", "date": "2024-01-15"},
        "comments_first": "Stay safe Erbil. The explosions woke us up in Ankawa too.",
        "comment_authors": ["Nazdar K.", "Rebwar Ali"],
    },
    {
        "n": 4706, "language": "en",
        "outlet": "a political party's news page (Dijla Citizenship Party, invented) with its parliamentary bloc's statement on the Iraqi parliament's vote on foreign troops",
        "title": "Dijla bloc: parliament's vote on foreign forces must open a sovereign policy, not a new alignment",
        "published": "2020-01-06",
        "published_note": "'Posted by the media office | 2020-01-06' (Y-M-D); not the session line's '5 January 2020' (the session's day, which is the text's 'on Sunday'), nor the bloc's other items (2019-12-22, 2019-11-30, 2019-11-12)",
        "body_first": "Baghdad – The parliamentary bloc of the Dijla Citizenship Party said it had voted in favour",
        "body_last": "The bloc renewed its support for the peaceful protest movement that has filled Tahrir Square and the squares of the south since October, and called for the killers of demonstrators to be brought to justice and for early elections under a fair electoral law.",
        "chrome_not_body": [
            "\"A state of citizens, not of sects\"",
            "Home | About the party | Parliamentary bloc | Statements | Activities | Join us | Contact",
            "Home > News > Parliamentary bloc",
            "Posted by the media office | 2020-01-06 | Parliamentary bloc, Statements",
            "Council of Representatives – fourth electoral cycle, extraordinary session of 5 January 2020",
            "Tags: parliament, sovereignty, foreign forces, Dijla bloc",
            "Share: Facebook | Twitter | Telegram | Print",
            "More from the parliamentary bloc",
            "Dijla bloc submits proposal for a new electoral districts law (2019-12-22)",
            "MP Hadi Salman visits wounded protesters in Nasiriyah (2019-11-30)",
            "Party congress postponed until after early elections (2019-11-12)",
            "Dijla Citizenship Party – Media office | Karrada, Baghdad | media@dijlaparty.iq",
            "© 2020 Dijla Citizenship Party. All rights reserved.",
        ],
        "neutral": [],
        "relative": {"phrase": "on Sunday", "date": "2020-01-05"},
    },
    {
        "n": 4707, "language": "en",
        "outlet": "a humanitarian situation report web page (Yemen Joint Response Platform, invented) on displacement in Marib",
        "title": "Yemen: Marib Displacement – Situation Report No. 3",
        "published": "2021-03-09",
        "published_note": "'Published: 9 March 2021'; not the 'Reporting period: 1-7 March 2021', nor 'Next report: 16 March 2021', nor the related reports' dates; the text's 'On Sunday' is 7 March",
        "body_first": "Hostilities continued across the western districts of Marib governorate during the reporting period",
        "body_last": "Protection: Partners report a growing number of separated children and of households headed by women among the new arrivals, and have opened two new protection desks at the main reception points on the roads into the city.",
        "chrome_not_body": [
            "Yemen Joint Response Platform",
            "Coordinated information for humanitarian partners in Yemen",
            "Home | Situation reports | Maps | Funding | Partners | Contact",
            "Situation reports > Marib",
            "Reporting period: 1-7 March 2021",
            "Published: 9 March 2021 | Next report: 16 March 2021",
            "Download PDF: Yemen: Marib Displacement – Situation Report No. 3 (PDF, 412 KB)",
            "KEY FIGURES",
            "people displaced in Marib since 8 February",
            "families in new or expanded displacement sites",
            "sites hosting displaced people in the governorate",
            "US$ 18.3 million",
            "required for the Marib response plan",
            "Highlights",
            "- Fighting along the western and north-western frontlines displaced more than 2,000 people during the week.",
            "- Several displacement sites in Sirwah have emptied as families moved closer to Marib city.",
            "- Shelter, water and health remain the most urgent needs; partners report a gap of 62 per cent.",
            "Funding",
            "Sector | Required (US$) | Received (US$) | Coverage",
            "Shelter/NFI | 5.2 million | 1.9 million | 37%",
            "Total | 18.3 million | 6.9 million | 38%",
            "For further information, please contact:",
            "Reports Unit, Yemen Joint Response Platform | reports@yjrp.org",
            "Share: Email | Twitter | Print",
            "Related reports",
            "Yemen: Marib Displacement – Situation Report No. 2 (2 March 2021)",
            "Yemen: Marib Displacement – Flash Update No. 1 (15 February 2021)",
            "© 2021 Yemen Joint Response Platform | Terms of use | Privacy",
        ],
        "neutral": ["Needs and response"],
        "relative": {"phrase": "On Sunday", "date": "2021-03-07"},
    },
    {
        "n": 4708, "language": "en",
        "outlet": "an interview (Q&A) page of a regional English news site (The Maghreb Dispatch, invented) with a forensic doctor on the Tarhuna mass graves",
        "title": "'We open a grave and the families are waiting at the edge': a Libyan forensic doctor on Tarhuna",
        "published": "2020-06-14",
        "published_note": "'Sun 14 Jun 2020 · 08:15 EET' (abbreviated weekday and month); not 'The interview was conducted by phone from Tripoli on June 12', nor the read-next dates; the text's 'on Thursday' is 11 June",
        "body_first": "Dr. Ibrahim Bashir is a forensic pathologist from Tripoli who has joined the teams",
        "body_last": "That is for the prosecutors and the courts, and for international investigators if they are allowed to come. Our duty is to keep the evidence intact, so that whenever there is a trial nobody can say the graves were disturbed. The families want two things: the truth, and a grave with a name on it.",
        "chrome_not_body": [
            "THE MAGHREB DISPATCH",
            "Home | Libya | Tunisia | Algeria | Sahel | Interviews | Opinion | Newsletter",
            "Sun 14 Jun 2020 · 08:15 EET",
            "Interview by Claire Dumont",
            "The interview was conducted by phone from Tripoli on June 12.",
            "[Photo: Search teams mark a site on farmland outside Tarhuna. (The Maghreb Dispatch)]",
            "Share: Twitter | Facebook | WhatsApp | Email",
            "Tags: Libya, Tarhuna, mass graves, human rights",
            "Read next",
            "Government forces retake Tarhuna as Haftar's offensive on Tripoli collapses (5 June 2020)",
            "Mines left in southern Tripoli kill returning residents (28 May 2020)",
            "Sign up for our weekly Maghreb newsletter",
            "© 2020 The Maghreb Dispatch | About | Contact | Privacy",
        ],
        "neutral": [
            "Q: What did you find when you first reached Tarhuna?",
            "Q: How many graves have the teams opened so far?",
            "Q: Who are the families looking for?",
            "Q: What do you need most?",
            "Q: Do you expect anyone to be held accountable?",
        ],
        "relative": {"phrase": "on Thursday", "date": "2020-06-11"},
    },
    {
        "n": 4709, "language": "en",
        "outlet": "an analysis page of a think tank's website (The Socotra Centre for Policy Research, invented) on the Stockholm Agreement and Hodeidah",
        "title": "The Stockholm deal buys Hodeidah time, not peace",
        "published": "2018-12-17",
        "published_note": "the date line 'December 17, 2018'; not the correction note 'Updated December 19, 2018', nor the notes' '13 December 2018' (the agreement, the text's 'on Thursday'), nor the related analyses' dates",
        "body_first": "After a week of talks at a castle in the Swedish village of Rimbo",
        "body_last": "The next round of talks is planned for the end of January. If by then the forces have not moved, the coalition will be tempted to resume its offensive, and the opening won in Sweden will have been lost. The agreement has bought the people of Hodeidah time. Only the parties can turn that time into peace.",
        "chrome_not_body": [
            "THE SOCOTRA CENTRE",
            "for Policy Research",
            "Research | Analysis | Events | Experts | About | Support us",
            "Analysis › Yemen",
            "Rania Al-Hakimi",
            "December 17, 2018",
            "Reading time: 9 min",
            "Updated December 19, 2018: this piece was corrected to give the right month for the next round of talks.",
            "Key takeaways",
            "• The Stockholm Agreement averts, for now, a battle for Hodeidah port.",
            "• Its language on the withdrawal of forces is vague and leaves open who will run the city.",
            "• Without strong UN monitoring, the ceasefire risks becoming another paper truce.",
            "Notes",
            "[1] Office of the UN Special Envoy for Yemen, statement at the close of the Sweden consultations, 13 December 2018.",
            "[2] Texts published by the Office of the Special Envoy, 13 December 2018.",
            "[3] On the 2014 takeover of Hodeidah, see the Centre's paper",
            "The views expressed are the author's own and do not necessarily reflect those of the Socotra Centre for Policy Research.",
            "About the author",
            "[Photo: Portrait of Rania Al-Hakimi]",
            "Rania Al-Hakimi is a non-resident fellow at the Socotra Centre",
            "Share: Twitter | LinkedIn | Email | Print",
            "Related analysis",
            "The battle for Hodeidah: what is at stake for Yemen's food supply (June 14, 2018)",
            "© 2018 The Socotra Centre for Policy Research. All rights reserved.",
        ],
        "neutral": ["What the text says, and what it does not", "Why it may still hold"],
        "relative": {"phrase": "on Thursday", "date": "2018-12-13"},
    },
    {
        "n": 4710, "language": "en",
        "outlet": "a photo-gallery page of a regional English news site (The Levant Ledger, invented) on Raqqa after the battle",
        "title": "In pictures: Raqqa after the battle",
        "published": "2017-10-24",
        "published_note": "'Published 24.10.2017 · 11:30 CET' (dotted D.M.Y, unambiguous: day 24); not the next gallery's '18.10.2017'; the intro's 'on Friday' is 20 October",
        "body_first": "Four days after the US-backed Syrian Democratic Forces declared on Friday that Raqqa had been liberated",
        "body_last": "The battle, which began in June, cost hundreds of civilian lives according to monitoring groups. The pictures below show the city's landmarks, from the Naim roundabout, where the group once staged public executions, to the stadium that was its last stronghold, and the first people who have begun to return.",
        "chrome_not_body": [
            "THE LEVANT LEDGER",
            "News | Syria | Iraq | Lebanon | Photos | Video | Opinion",
            "Photo gallery · 12 photos",
            "Published 24.10.2017 · 11:30 CET",
            "Photos by Karim Sawan and Ellen Brandt",
            "Gallery: Raqqa after the battle",
            "1 / 12",
            "An SDF fighter walks past destroyed buildings near the Naim roundabout in central Raqqa. (Photo: Karim Sawan / The Levant Ledger)",
            "2 / 12",
            "Deminers clear a street leading to the municipal stadium, the last position held by Islamic State fighters. (Photo: Ellen Brandt / The Levant Ledger)",
            "3 / 12",
            "The stadium's stands, used by the group as a prison, after the final assault. (Photo: Karim Sawan / The Levant Ledger)",
            "4 / 12",
            "A family returns to check on their house in the Mashlab district, on the city's eastern edge. (Photo: Ellen Brandt / The Levant Ledger)",
            "7 / 12",
            "Fighters of the SDF celebrate in the Naim roundabout, holding up the flag of their alliance. (Photo: Karim Sawan / The Levant Ledger)",
            "12 / 12",
            "Dusk over the Euphrates and the bridge that leads south out of the city. (Photo: Ellen Brandt / The Levant Ledger)",
            "« Previous | Next »",
            "Next gallery",
            "In pictures: Mosul's Old City three months on (18.10.2017)",
            "Share this gallery: Facebook | Twitter | Pinterest | Email",
            "All photos © The Levant Ledger. Reproduction without permission is prohibited.",
            "© 2017 The Levant Ledger",
        ],
        "neutral": [],
        "relative": {"phrase": "on Friday", "date": "2017-10-20"},
    },
    {
        "n": 4711, "language": "en",
        "outlet": "a governorate's official site (Kirkuk Governorate, invented domain and wording), governor's activities, on the acting governor's meeting after federal forces took Kirkuk",
        "title": "Acting governor meets community leaders and pledges protection for all of Kirkuk's components",
        "published": "2017-10-18",
        "published_note": "the date line '18 October 2017 | Visits: 1,245'; not the weather widget's 'Saturday 4 Nov 2017' (the day the page was crawled), nor the latest news dates (19, 20, 22 October 2017); the text's 'on Monday' is 16 October",
        "body_first": "Kirkuk – The acting governor of Kirkuk, Rakan Saeed al-Jubouri, received at the governorate building",
        "body_last": "The delegation expressed its support for the measures taken by the local administration and for the role of the federal forces in maintaining security, and called for a joint committee of the province's components to follow up the return of displaced families and the compensation of those whose property was damaged.",
        "chrome_not_body": [
            "Kirkuk Governorate",
            "Official website of the Kirkuk provincial administration",
            "[Logo of Kirkuk Governorate]",
            "Kirkuk 24°C Clear | Saturday 4 Nov 2017 | Humidity 31% | Wind 9 km/h",
            "Home | The Governor | Provincial Council | Districts | Services | Investment | Media office | Contact",
            "العربية | Kurdî | Türkmence | English",
            "Governor's activities",
            "Governorate media office",
            "18 October 2017 | Visits: 1,245",
            "Print | Share on Facebook | Share on Twitter",
            "Latest news",
            "Governor receives UN delegation to discuss the return of displaced families (19 October 2017)",
            "Electricity directorate restores power to the Azadi and Rahimawa districts (20 October 2017)",
            "Provincial council session postponed for lack of quorum (22 October 2017)",
            "Media office of Kirkuk Governorate | Governorate building, Kirkuk, Republic of Iraq",
            "Hotline: 115 | media@kirkukgov-iq.org",
            "Total visits: 1,982,406",
            "© 2017 Kirkuk Governorate – All rights reserved",
        ],
        "neutral": [],
        "relative": {"phrase": "on Monday", "date": "2017-10-16"},
    },
    {
        "n": 4712, "language": "en",
        "outlet": "a Yemeni diaspora blog on a Blogger-like host (Yemen From Afar, invented) on the killing of Ali Abdullah Saleh",
        "title": "Saleh's last stand: what our families in Sanaa told us this week",
        "published": "2017-12-06",
        "published_note": "the Blogger date header 'Wednesday, December 6, 2017' (with 'Posted by admin at 10:42 PM'); not the comments' 'December 6/7, 2017 at …' nor the archive's months; the text's 'on Monday' is 4 December",
        "body_first": "For five days the guns hardly stopped in the south of Sanaa.",
        "body_last": "For those of us in Sheffield, Birmingham and Michigan, the week was spent on the phone. We will keep publishing what our families and readers send us. If you have news from Sanaa, write to us through the contact page, and we will protect your name.",
        "chrome_not_body": [
            "Yemen From Afar",
            "Notes, news and letters from Yemenis abroad – Sheffield, Birmingham, Dearborn and beyond",
            "Home | About | Contact us | Write for us",
            "Wednesday, December 6, 2017",
            "[Shared with us by a reader whose family lives in Sanaa's Hadda district. Please share it widely.]",
            "Posted by admin at 10:42 PM",
            "Labels: Ali Abdullah Saleh, Houthis, Sanaa, Yemen war",
            "Email This | BlogThis! | Share to Twitter | Share to Facebook | Share to Pinterest",
            "3 comments:",
            "Abdulrahman Al-Qadhi said...",
            "December 6, 2017 at 11:15 PM",
            "Noor S. said...",
            "December 7, 2017 at 2:03 AM",
            "admin said...",
            "December 7, 2017 at 9:30 AM",
            "Post a Comment",
            "Newer Post Older Post Home",
            "Subscribe to: Post Comments (Atom)",
            "Blog Archive",
            "▼ 2017 (64)",
            "▼ December (3)",
            "Sanaa fighting: messages from Hadda",
            "Cholera appeal: thank you",
            "► November (7)",
            "► 2016 (71)",
            "About Me",
            "A volunteer collective of Yemenis in Britain and the United States. View my complete profile",
            "Powered by Blogger.",
        ],
        "neutral": [],
        "relative": {"phrase": "on Monday", "date": "2017-12-04"},
        "comments_first": "My cousin in Hadda confirms all of this.",
        "comment_authors": ["Abdulrahman Al-Qadhi", "Noor S.", "admin"],
    },
    {
        "n": 4713, "language": "ar",
        "outlet": "a government ministry's news page (Lebanon's Ministry of Public Health, invented domain and wording) on the toll of the pager explosions",
        "title": "وزير الصحة: ارتفاع حصيلة تفجير أجهزة الاتصال إلى 12 شهيداً ونحو 2800 جريح",
        "published": "2024-09-18",
        "published_note": "'تاريخ النشر: الأربعاء 18 أيلول 2024 - 11:20' (weekday, Levantine month); not the print-view stamp 'تاريخ الطباعة: 03/10/2024 - 09:47' at the foot, nor the related news dates (17, 19, 20 أيلول 2024); the text's 'يوم الثلاثاء' is 17 September",
        "body_first": "بيروت - أعلن وزير الصحة العامة الدكتور فراس الأبيض ارتفاع حصيلة التفجيرات",
        "body_last": "وختم الوزير بالتأكيد أن ما جرى اعتداء على لبنان وجريمة تطال المدنيين، داعياً المجتمع الدولي إلى تحمل مسؤولياته، ومتوجهاً بالشكر إلى كل من وقف إلى جانب القطاع الصحي في هذه الساعات الصعبة.",
        "chrome_not_body": [
            "الجمهورية اللبنانية",
            "وزارة الصحة العامة",
            "[شعار الجمهورية اللبنانية: الأرزة]",
            "الرئيسية | الوزارة | الخدمات | المستشفيات | الإحصاءات | المركز الإعلامي | اتصل بنا",
            "English | Français",
            "الرئيسية > المركز الإعلامي > الأخبار",
            "تاريخ النشر: الأربعاء 18 أيلول 2024 - 11:20",
            "عدد المشاهدات: 8,912",
            "طباعة | إرسال إلى صديق | مشاركة: فيسبوك | إكس | واتساب",
            "أخبار ذات صلة",
            "غرفة عمليات الطوارئ الصحية تنشر لائحة المستشفيات التي تستقبل المصابين (17 أيلول 2024)",
            "وزير الصحة يتفقد الجرحى في عدد من مستشفيات بيروت (19 أيلول 2024)",
            "وصول طائرة مساعدات طبية إلى مطار رفيق الحريري الدولي (20 أيلول 2024)",
            "وزارة الصحة العامة - الجمهورية اللبنانية",
            "العنوان: بئر حسن، بيروت - لبنان",
            "الخط الساخن: 1555 | البريد الإلكتروني: info@moph-lebanon.org",
            "شروط الاستخدام | سياسة الخصوصية | خريطة الموقع",
            "© 2024 وزارة الصحة العامة. جميع الحقوق محفوظة.",
            "تاريخ الطباعة: 03/10/2024 - 09:47",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الثلاثاء", "date": "2024-09-17"},
    },
    {
        "n": 4714, "language": "ar",
        "outlet": "a military command's official site (the Libyan National Army's General Command, invented domain and wording): statement No. 12 of Operation Flood of Dignity on the Tripoli airport",
        "title": "قواتنا المسلحة تسيطر على مطار طرابلس الدولي وتواصل تقدمها نحو قلب العاصمة",
        "published": "2019-04-06",
        "published_note": "'تاريخ الإصدار: 2019/04/06 - الساعة 14:30 (بتوقيت ليبيا)' (Y/M/D with slashes); not the related statements' dates (2019/04/04, 2019/04/03, 2019/03/28); the text's 'يوم الخميس' is 4 April",
        "body_first": "تعلن القيادة العامة للقوات المسلحة العربية الليبية أن وحداتها المشاركة",
        "body_last": "وتهيب القيادة العامة بوسائل الإعلام تحري الدقة واستقاء المعلومات من مصادرها الرسمية، وتؤكد أن بياناتها تصدر تباعاً عبر المكتب الإعلامي للقيادة العامة وعبر المتحدث الرسمي باسمها دون سواهما.",
        "chrome_not_body": [
            "[شعار القوات المسلحة العربية الليبية]",
            "الرئيسية | البيانات | العمليات | الأخبار | الشهداء | المكتبة المرئية | تواصل معنا",
            "الرئيسية > البيانات > بيان رقم (12)",
            "بيان رقم (12)",
            "تاريخ الإصدار: 2019/04/06 - الساعة 14:30 (بتوقيت ليبيا)",
            "مشاركة البيان: فيسبوك | تويتر | يوتيوب",
            "بيانات ذات صلة",
            "بيان رقم (11) - انطلاق عملية «طوفان الكرامة» لتحرير العاصمة (2019/04/04)",
            "بيان رقم (10) - توضيح حول تحركات الوحدات العسكرية في المنطقة الغربية (2019/04/03)",
            "بيان رقم (9) - تأمين حقول الجنوب الغربي وخطوط الإمداد (2019/03/28)",
            "جميع الحقوق محفوظة للقيادة العامة للقوات المسلحة العربية الليبية © 2019",
            "الرجمة - بنغازي | البريد الإلكتروني: media@lnagc-ly.org",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الخميس", "date": "2019-04-04"},
    },
    {
        "n": 4715, "language": "ar",
        "outlet": "an NGO press release page (شبكة النيل الأزرق للإغاثة, invented) on the Wad al-Nourah killings",
        "title": "السودان: شبكة النيل الأزرق تدعو إلى تحقيق مستقل في مقتل أكثر من مئة مدني في ود النورة",
        "published": "2024-06-07",
        "published_note": "'نُشر في 7 يونيو 2024' (Egyptian month) and the dateline '7 حزيران/يونيو 2024' (both month names); not 'آخر تحديث 9 يونيو 2024' nor the other releases' dates; the text's 'يوم الأربعاء' is 5 June",
        "body_first": "بورتسودان/نيروبي، 7 حزيران/يونيو 2024 - دعت شبكة النيل الأزرق للإغاثة",
        "body_last": "ودعت الشبكة طرفي النزاع إلى الالتزام بالقانون الدولي الإنساني وحماية المدنيين، وإلى السماح بوصول المساعدات الإنسانية والفرق الطبية دون عوائق إلى القرى المتضررة، كما طالبت المجتمع الدولي بممارسة ضغط حقيقي لوقف الهجمات على المدنيين في ولاية الجزيرة وسائر أنحاء البلاد.",
        "chrome_not_body": [
            "من نحن | أين نعمل | الأخبار والبيانات | التقارير | الوظائف | تبرع الآن",
            "الأخبار والبيانات > بيانات صحفية",
            "بيان صحفي",
            "نُشر في 7 يونيو 2024 | آخر تحديث 9 يونيو 2024",
            "- انتهى -",
            "للمزيد من المعلومات، يرجى التواصل مع:",
            "مكتب الإعلام، نيروبي: media@bluenilerelief.org | +254 700 000 000",
            "ملاحظات للمحررين",
            "- تعمل شبكة النيل الأزرق للإغاثة في ولايات الجزيرة وسنار والنيل الأزرق منذ عام 2013.",
            "- يتوافر متحدثون لإجراء المقابلات باللغتين العربية والإنجليزية.",
            "عن شبكة النيل الأزرق للإغاثة",
            "شبكة النيل الأزرق للإغاثة منظمة إنسانية سودانية مستقلة",
            "شارك: فيسبوك | إكس | لينكدإن | البريد الإلكتروني",
            "بيانات صحفية أخرى",
            "السودان: تحذير من مجاعة في مخيمات النزوح بولاية سنار (22 مايو 2024)",
            "السودان: نداء لتمويل عاجل لمراكز الإيواء في القضارف (2 مايو 2024)",
            "© 2024 شبكة النيل الأزرق للإغاثة | سياسة الخصوصية",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الأربعاء", "date": "2024-06-05"},
    },
    {
        "n": 4716, "language": "ar",
        "outlet": "a TV channel's page with a video report (تلفزيون الضفاف, invented) on Hezbollah confirming Hassan Nasrallah's death",
        "title": "حزب الله يعلن مقتل أمينه العام حسن نصر الله في الغارات الإسرائيلية على الضاحية الجنوبية",
        "published": "2024-09-28",
        "published_note": "'نُشر في: 28/09/2024 - 16:20 بتوقيت بيروت' (D/M/Y, unambiguous: day 28); not 'آخر تحديث: 29/09/2024 - 10:05', nor the programme guide's times, nor the comment stamps; the text's 'مساء الجمعة' is 27 September",
        "body_first": "بيروت - أعلن حزب الله مقتل أمينه العام السيد حسن نصر الله",
        "body_last": "وقال أحد سكان حارة حريك، ويدعى حسين، لمراسلة الضفاف: «سمعنا انفجارات متتالية لم نسمع مثلها من قبل، اهتزت الأرض تحتنا، وحين خرجنا لم نجد الشارع الذي نعرفه، كان الغبار يغطي كل شيء».",
        "chrome_not_body": [
            "تلفزيون الضفاف",
            "شاهد البث المباشر",
            "الرئيسية | لبنان | فلسطين | عربي ودولي | اقتصاد | برامج | دليل البرامج | فيديو",
            "تشغيل الفيديو 03:14",
            "الآن يُعرض: حزب الله يعلن مقتل أمينه العام حسن نصر الله في الغارات الإسرائيلية على الضاحية الجنوبية",
            "الترجمة: إيقاف | الجودة: تلقائي | مشاركة | تضمين",
            "تقرير: مراسلة الضفاف في بيروت زينب حمود",
            "نُشر في: 28/09/2024 - 16:20 بتوقيت بيروت | آخر تحديث: 29/09/2024 - 10:05",
            "ملخص الفيديو: تقرير من موقع الغارة في حارة حريك، وردود الفعل الأولى في لبنان والمنطقة على إعلان حزب الله.",
            "المصدر: الضفاف + وكالات",
            "شارك: فيسبوك | إكس | واتساب | تلغرام | نسخ الرابط",
            "فيديوهات ذات صلة",
            "02:45 نازحون يفترشون ساحة الشهداء وكورنيش بيروت",
            "01:58 مجلس الأمن يعقد جلسة طارئة بشأن لبنان",
            "04:10 من هو حسن نصر الله؟",
            "دليل البرامج (بتوقيت بيروت)",
            "18:00 نشرة الأخبار الرئيسية",
            "19:30 حديث الساعة",
            "21:00 ساحات مفتوحة",
            "22:30 وثائقي: مدن على خط النار",
            "التعليقات (3)",
            "أبو حسن | 28/09/2024 - 17:02",
            "ميرنا ع. | 28/09/2024 - 18:40",
            "سامي الخوري | 29/09/2024 - 08:15",
            "أضف تعليقاً",
            "من نحن | اتصل بنا | شروط الاستخدام | الخصوصية",
            "© 2024 تلفزيون الضفاف. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "relative": {"phrase": "مساء الجمعة", "date": "2024-09-27"},
        "comments_first": "رحم الله الشهداء، والله يحمي لبنان وأهله من هذه الحرب.",
        "comment_authors": ["أبو حسن", "ميرنا ع.", "سامي الخوري"],
    },
    {
        "n": 4717, "language": "ar",
        "outlet": "a local radio station's bulletin page (إذاعة نبض العاصي, Idlib, invented) on the Russian strike on the Jisr al-Shughur market",
        "title": "مقتل تسعة مدنيين بغارة روسية على سوق للخضار في جسر الشغور",
        "published": "2023-06-26",
        "published_note": "'الإثنين ٢٦ حزيران ٢٠٢٣ - ١٣:٢٥ بتوقيت دمشق' (weekday, Levantine month, Arabic-Indic digits); not the bulletin time '13:00' nor the 'على الهواء الآن' line; the text's 'يوم الأحد' is 25 June",
        "body_first": "إدلب - قُتل تسعة مدنيين وأصيب أكثر من ثلاثين آخرين بجروح",
        "body_last": "وأعلنت مديرية الصحة في إدلب رفع الجاهزية في المستشفيات، ودعت الأهالي إلى التبرع بالدم في مراكز بنك الدم في إدلب وجسر الشغور، فيما أعلنت المجالس المحلية في عدد من البلدات إغلاق الأسواق الشعبية مؤقتاً حفاظاً على سلامة الأهالي، حتى إشعار آخر.",
        "chrome_not_body": [
            "إذاعة نبض العاصي",
            "إذاعة محلية تبث من الشمال السوري",
            "إدلب FM 98.6 | جسر الشغور FM 101.4 | أريحا FM 96.2",
            "استمع للبث المباشر ▶",
            "على الهواء الآن: صباح الخير يا شمال - مع رنا العلي",
            "الرئيسية | الأخبار | النشرات | البرامج | المذيعون | البودكاست | اتصل بنا",
            "النشرات الإخبارية > نشرة الساعة 13:00",
            "نشرة الساعة 13:00 | تقديم: محمد الحسين وهبة خطاب",
            "الإثنين ٢٦ حزيران ٢٠٢٣ - ١٣:٢٥ بتوقيت دمشق",
            "▶ استمع إلى النشرة كاملة (٠٧:٤٠)",
            "مشاركة: فيسبوك | واتساب | تلغرام | إكس",
            "أيضاً في نشرة الساعة 13:00",
            "ارتفاع أسعار الأضاحي في أسواق إدلب قبل العيد",
            "الدفاع المدني يخمد حريقاً في أحراج ريف جسر الشغور",
            "مذيعو الإذاعة: رنا العلي | محمد الحسين | هبة خطاب | عمر السيد",
            "إذاعة نبض العاصي - إدلب، سوريا | للتواصل والإعلان عبر واتساب: +90 500 000 00 00",
            "© ٢٠٢٣ إذاعة نبض العاصي",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الأحد", "date": "2023-06-25"},
    },
    {
        "n": 4718, "language": "ar",
        "outlet": "a parliament's news page (Libya's House of Representatives, invented domain and wording), with a bloc's statement, on the designation of Fathi Bashagha",
        "title": "مجلس النواب يختار فتحي باشاغا رئيساً للحكومة ويقر التعديل الدستوري الثاني عشر",
        "published": "2022-02-10",
        "published_note": "'نُشر بواسطة: المكتب الإعلامي | الخميس 10 فبراير 2022 - 15:40' (weekday, Egyptian month); not 'آخر تعديل: 12 فبراير 2022 - 10:02', nor the related sessions' dates (7 and 3 فبراير 2022); the text's 'يوم الاثنين' is 7 February",
        "body_first": "طبرق - صوّت مجلس النواب، في جلسته الرسمية المنعقدة بمدينة طبرق",
        "body_last": "ودعت رئاسة المجلس الأطراف السياسية والعسكرية كافة إلى احترام قرار السلطة التشريعية والحفاظ على وحدة البلاد وأمنها، والعمل على تهيئة الظروف لتسليم السلطة سلمياً ودون عراقيل، بما يلبي تطلعات الليبيين إلى الاستقرار.",
        "chrome_not_body": [
            "الموقع الرسمي | «الشعب مصدر السلطات»",
            "[شعار مجلس النواب الليبي]",
            "الرئيسية | عن المجلس | رئاسة المجلس | اللجان | الجلسات | القوانين والقرارات | المركز الإعلامي",
            "الرئيسية > المركز الإعلامي > أخبار الجلسات",
            "الجلسة الرسمية رقم (4) لسنة 2022 | مقر المجلس - طبرق",
            "نُشر بواسطة: المكتب الإعلامي | الخميس 10 فبراير 2022 - 15:40",
            "آخر تعديل: 12 فبراير 2022 - 10:02",
            "الوسوم: جلسات المجلس، الحكومة الجديدة، التعديل الدستوري",
            "طباعة | مشاركة: فيسبوك | تويتر",
            "أخبار الجلسات ذات الصلة",
            "المجلس يستمع إلى عروض المترشحين لرئاسة الحكومة (7 فبراير 2022)",
            "رئاسة المجلس تعلن قائمة المترشحين المستوفين للشروط (3 فبراير 2022)",
            "مجلس النواب الليبي - المكتب الإعلامي | طبرق - ليبيا | البريد الإلكتروني: media@hor-libya.org",
            "جميع الحقوق محفوظة © مجلس النواب الليبي 2022",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الاثنين", "date": "2022-02-07"},
    },
    {
        "n": 4719, "language": "ar",
        "outlet": "a humanitarian situation report web page (تحالف الاستجابة الإنسانية في فلسطين, invented) on the siege of North Gaza governorate",
        "title": "قطاع غزة: الوضع الإنساني في محافظة شمال غزة - تقرير الوضع رقم 5",
        "published": "2024-10-21",
        "published_note": "'تاريخ الإصدار: 21 أكتوبر 2024' (Egyptian month); not the 'فترة التقرير: 13-19 تشرين الأول/أكتوبر 2024' (both month names), nor 'التقرير المقبل: 28 أكتوبر 2024', nor the related reports' dates; the text's 'يوم السبت' (inside 'مساء يوم السبت') is 19 October",
        "body_first": "تواصلت خلال فترة التقرير العمليات العسكرية الإسرائيلية في محافظة شمال غزة",
        "body_last": "الحماية: أفاد الشركاء بفصل رجال عن عائلاتهم واحتجازهم عند نقاط التفتيش خلال عمليات النزوح، وبوجود أعداد متزايدة من الأطفال غير المصحوبين بذويهم، وأنشأوا نقطتين لتقديم الدعم النفسي والإحالة في مدينة غزة.",
        "chrome_not_body": [
            "تحالف الاستجابة الإنسانية في فلسطين",
            "الرئيسية | تقارير الوضع | الخرائط | التمويل | الشركاء | اتصل بنا",
            "تقارير الوضع > قطاع غزة",
            "فترة التقرير: 13-19 تشرين الأول/أكتوبر 2024",
            "تاريخ الإصدار: 21 أكتوبر 2024 | التقرير المقبل: 28 أكتوبر 2024",
            "تحميل التقرير بصيغة PDF:",
            "أرقام رئيسية",
            "نحو 400 ألف",
            "شخص يُقدَّر بقاؤهم في شمال وادي غزة",
            "مستشفيات تعمل جزئياً في محافظة شمال غزة",
            "يوماً من الحصار المشدد على جباليا ومحيطها",
            "أبرز المستجدات",
            "- استمرار العمليات العسكرية والحصار في جباليا وبيت لاهيا وبيت حانون للأسبوع الثاني على التوالي.",
            "- أوامر إخلاء جديدة تشمل معظم محافظة شمال غزة، ونزوح عشرات الآلاف نحو مدينة غزة.",
            "- المستشفيات الثلاثة في المحافظة تعمل بالحد الأدنى وسط نقص حاد في الوقود والمستلزمات.",
            "القطاع | المطلوب (دولار) | المستلم (دولار) | نسبة التغطية",
            "الغذاء | 12.0 مليون | 4.8 مليون | 40%",
            "المجموع | 29.0 مليون | 10.5 مليون | 36%",
            "للمزيد من المعلومات يرجى التواصل مع: وحدة التقارير - reports@phr-coalition.org",
            "مشاركة: البريد الإلكتروني | إكس | طباعة",
            "تقارير ذات صلة",
            "قطاع غزة: الوضع الإنساني في محافظة شمال غزة - تقرير الوضع رقم 4 (14 أكتوبر 2024)",
            "تحديث عاجل: أوامر إخلاء جديدة في شمال غزة (7 أكتوبر 2024)",
            "© 2024 تحالف الاستجابة الإنسانية في فلسطين | شروط الاستخدام | الخصوصية",
        ],
        "neutral": ["الاحتياجات والاستجابة"],
        "relative": {"phrase": "يوم السبت", "date": "2024-10-19"},
    },
    {
        "n": 4720, "language": "ar",
        "outlet": "an interview page of a Darfur news platform (صدى دارفور, invented) with a doctor in El Fasher after the attack on the South Hospital",
        "title": "طبيبة في الفاشر: «نعالج الجرحى على الأرض بعد إغلاق المستشفى الجنوبي»",
        "published": "2024-06-12",
        "published_note": "'نُشر: 2024-06-12 09:00 (توقيت غرينتش)' (Y-M-D); not 'أُجري الحوار ... في 10 حزيران/يونيو 2024' (the day it was conducted), nor the other interviews' dates, nor the comment stamps; the text's 'يوم السبت' is 8 June",
        "body_first": "تعمل الدكتورة آمنة إسحاق، وهي طبيبة أطفال من مدينة الفاشر",
        "body_last": "فكرت في ذلك مرات كثيرة من أجل أطفالي، لكن الطريق نفسه خطر، ومن بقي من الأطباء قليلون. إذا غادرنا جميعاً فمن سيبقى لهؤلاء الناس؟ سأبقى ما دام هناك من يحتاج إليّ، وما دامت لدينا أدوية نعطيها.",
        "chrome_not_body": [
            "صدى دارفور",
            "منصة إخبارية مستقلة",
            "الرئيسية | أخبار | تقارير | حوارات | رأي | منوعات | من نحن",
            "حوارات",
            "حاورتها: نجلاء عثمان",
            "نُشر: 2024-06-12 09:00 (توقيت غرينتش)",
            "أُجري الحوار عبر هاتف يعمل بالأقمار الصناعية في 10 حزيران/يونيو 2024.",
            "شارك: فيسبوك | إكس | واتساب",
            "الوسوم: الفاشر، دارفور، المستشفيات، الدعم السريع",
            "حوارات أخرى",
            "ناشط من الجنينة: «ما زلنا نبحث عن المفقودين» (2024-05-20)",
            "مزارعة من الجزيرة: «خسرنا الموسم كله» (2024-04-28)",
            "التعليقات (2)",
            "عثمان آدم | 12 يونيو 2024 الساعة 11:32",
            "هالة م. | 12 يونيو 2024 الساعة 14:05",
            "أضف تعليقك",
            "© 2024 صدى دارفور | من نحن | اتصل بنا",
        ],
        "neutral": [
            "س: كيف تصفين الوضع داخل الفاشر حالياً؟",
            "س: ماذا حدث في المستشفى الجنوبي؟",
            "س: أين تعالجون المرضى الآن؟",
            "س: ما أكثر ما تحتاجونه؟",
            "س: كيف يتعامل الأطفال مع ما يجري؟",
            "س: هل تفكرين في مغادرة المدينة؟",
        ],
        "relative": {"phrase": "يوم السبت", "date": "2024-06-08"},
        "comments_first": "الله يحفظك يا دكتورة ويحفظ أهل الفاشر.",
        "comment_authors": ["عثمان آدم", "هالة م."],
    },
    {
        "n": 4721, "language": "ar",
        "outlet": "an analysis page of a think tank's website (مركز نون للدراسات المشرقية, invented) on Syria after Assad's fall",
        "title": "سوريا بعد الأسد: أربعة أسئلة تحدد شكل المرحلة الانتقالية",
        "published": "2024-12-12",
        "published_note": "the date line '12 كانون الأول/ديسمبر 2024' (both month names); not the footnotes' 8 and 9 كانون الأول/ديسمبر 2024 nor the related analyses' dates; the text's 'يوم الأحد' (inside 'فجر يوم الأحد') is 8 December",
        "body_first": "لم يكن أحد من المراقبين يتوقع أن ينهار نظام بشار الأسد",
        "body_last": "تبدو المرحلة المقبلة مفتوحة على احتمالات عدة، وما ستقرره الأسابيع الأولى، من شكل الحكومة إلى طريقة التعامل مع السلاح والمفقودين، سيحدد ما إذا كانت سوريا تتجه نحو دولة جامعة لكل أبنائها أم نحو صراعات جديدة على إرث النظام.",
        "chrome_not_body": [
            "مركز نون للدراسات المشرقية",
            "الرئيسية | الأبحاث | تحليلات | أوراق سياسات | فعاليات | الخبراء | عن المركز",
            "تحليلات > سوريا",
            "د. كريم النابلسي",
            "12 كانون الأول/ديسمبر 2024",
            "مدة القراءة: 8 دقائق",
            "أبرز النقاط",
            "• سقوط النظام بعد أحد عشر يوماً من بدء الهجوم يعكس تآكلاً داخلياً طويلاً أكثر مما يعكس قوة المهاجمين.",
            "• تكليف حكومة إدلب بتصريف الأعمال يطرح سؤال الشمول والتمثيل.",
            "• الموقفان التركي والإسرائيلي سيحددان هامش حركة السلطة الجديدة.",
            "الهوامش",
            "(1) وكالات الأنباء، 8 كانون الأول/ديسمبر 2024.",
            "(2) انظر ورقة المركز «الاقتصاد السوري في عام الحرب الإقليمية»، أيلول/سبتمبر 2024.",
            "(3) تصريحات وزير الخارجية التركي، 9 كانون الأول/ديسمبر 2024.",
            "الآراء الواردة في هذا المقال تعبر عن رأي كاتبه ولا تعكس بالضرورة موقف مركز نون للدراسات المشرقية.",
            "عن الكاتب",
            "[صورة: الدكتور كريم النابلسي]",
            "شارك: فيسبوك | إكس | لينكدإن | طباعة",
            "تحليلات ذات صلة",
            "حلب في يد الفصائل: ماذا تغير في ميزان القوى؟ (2 كانون الأول/ديسمبر 2024)",
            "حماة وحمص: الطريق إلى دمشق (6 كانون الأول/ديسمبر 2024)",
            "© 2024 مركز نون للدراسات المشرقية. جميع الحقوق محفوظة.",
        ],
        "neutral": [
            "السؤال الأول: من يحكم؟",
            "السؤال الثاني: ماذا عن السلاح؟",
            "السؤال الثالث: ماذا يريد الجيران؟",
            "السؤال الرابع: العدالة أم الاستقرار؟",
        ],
        "relative": {"phrase": "يوم الأحد", "date": "2024-12-08"},
    },
    {
        "n": 4722, "language": "ar",
        "outlet": "a photo-gallery page of a Palestinian news site (ضوء الخبر, invented) on the return of the displaced to north Gaza",
        "title": "بالصور: مئات الآلاف يعودون سيراً على الأقدام إلى شمال قطاع غزة",
        "published": "2025-01-28",
        "published_note": "'نُشر بتاريخ ٢٨ يناير ٢٠٢٥ - ١٠:١٥ بتوقيت القدس' (Arabic-Indic digits, Egyptian month); not the next album's '١٩ يناير ٢٠٢٥'; the intro's 'يوم الاثنين' is 27 January",
        "body_first": "بدأ مئات آلاف النازحين الفلسطينيين يوم الاثنين رحلة العودة",
        "body_last": "يوثق مصورونا في هذا الألبوم لحظات العودة الأولى، من طوابير العائدين على الطريق الساحلي إلى لقاءات العائلات التي فرقتها الحرب بعد خمسة عشر شهراً من النزوح والانتظار.",
        "chrome_not_body": [
            "ضوء الخبر",
            "الرئيسية | فلسطين | عربي | دولي | صور | فيديو | رأي",
            "ألبوم صور · ١٢ صورة",
            "نُشر بتاريخ ٢٨ يناير ٢٠٢٥ - ١٠:١٥ بتوقيت القدس",
            "تصوير: محمود أبو ريالة وياسمين الكرد",
            "عرض الألبوم: مئات الآلاف يعودون سيراً على الأقدام إلى شمال قطاع غزة",
            "١ / ١٢",
            "آلاف النازحين يسيرون على شارع الرشيد الساحلي باتجاه مدينة غزة. (تصوير: محمود أبو ريالة / ضوء الخبر)",
            "٢ / ١٢",
            "رجل يحمل طفلته على كتفيه وحقيبة على ظهره عند مدخل المدينة الجنوبي. (تصوير: ياسمين الكرد / ضوء الخبر)",
            "٣ / ١٢",
            "عائلة تدفع عربة محملة بالفرش والأواني وخزان مياه صغير. (تصوير: محمود أبو ريالة / ضوء الخبر)",
            "٥ / ١٢",
            "طوابير السيارات تنتظر التفتيش على شارع صلاح الدين. (تصوير: محمود أبو ريالة / ضوء الخبر)",
            "١٢ / ١٢",
            "غروب الشمس على الطريق الساحلي وآخر العائدين يصلون إلى المدينة. (تصوير: ياسمين الكرد / ضوء الخبر)",
            "« السابق | التالي »",
            "الألبوم التالي",
            "بالصور: فرحة في خان يونس مع بدء سريان وقف إطلاق النار (١٩ يناير ٢٠٢٥)",
            "شارك الألبوم: فيسبوك | إكس | واتساب",
            "جميع الصور محفوظة الحقوق لموقع ضوء الخبر",
            "© ٢٠٢٥ ضوء الخبر",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الاثنين", "date": "2025-01-27"},
    },
    {
        "n": 4723, "language": "ar",
        "outlet": "a governorate's official site (Deir ez-Zor Governorate, invented domain and wording), governor's activities, on the governor's tour after the siege was broken",
        "title": "محافظ دير الزور يتفقد الأحياء المحاصرة بعد فك الحصار ويوجه بإعادة الخدمات الأساسية",
        "published": "2017-09-07",
        "published_note": "the Gregorian half of 'الخميس 16 ذو الحجة 1438 هـ - الموافق 7 أيلول 2017 م' (Hijri first; 16 Dhu al-Hijjah 1438 = 7 September 2017 in the Umm al-Qura calendar, checked with java.time.chrono.HijrahDate); not the weather widget's 'السبت 21 تشرين الأول 2017' (the crawl day), nor the related news dates, nor the comment stamps; the text's 'يوم الثلاثاء' is 5 September",
        "body_first": "دير الزور - تفقد محافظ دير الزور أحياء الجورة والقصور وهرابش",
        "body_last": "وعبّر عدد من الأهالي خلال الجولة عن فرحتهم بانتهاء الحصار، مطالبين بإعادة فتح الأفران والمدارس قبل بدء العام الدراسي، وبتسهيل تواصلهم مع ذويهم في المحافظات الأخرى، فيما أكد المحافظ أن جميع المطالب ستكون موضع متابعة مباشرة.",
        "chrome_not_body": [
            "محافظة دير الزور",
            "الموقع الرسمي - الجمهورية العربية السورية",
            "[شعار الجمهورية العربية السورية]",
            "دير الزور 27° مشمس جزئياً | السبت 21 تشرين الأول 2017 | الرطوبة 18%",
            "الرئيسية | المحافظ | مجلس المحافظة | المديريات | الخدمات | الاستثمار | المكتب الإعلامي | اتصل بنا",
            "نشاطات المحافظ",
            "المكتب الإعلامي في المحافظة",
            "الخميس 16 ذو الحجة 1438 هـ - الموافق 7 أيلول 2017 م | عدد الزيارات: 1,245",
            "طباعة | إرسال لصديق | مشاركة",
            "أخبار ذات صلة",
            "وصول أولى القوافل الغذائية البرية إلى مدينة دير الزور (9 أيلول 2017)",
            "اجتماع موسع لمجلس المحافظة لمناقشة خطة إعادة الخدمات (11 أيلول 2017)",
            "التعليقات (2)",
            "أبو محمد الديري | 07/09/2017 - 19:20",
            "سلوى الحسن | 08/09/2017 - 10:05",
            "أضف تعليقاً",
            "المكتب الإعلامي لمحافظة دير الزور | مبنى المحافظة - دير الزور | الخط الساخن: 051000000",
            "إجمالي الزيارات: 2,145,980",
            "جميع الحقوق محفوظة © محافظة دير الزور 2017",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الثلاثاء", "date": "2017-09-05"},
        "comments_first": "الحمد لله على السلامة، ثلاث سنوات ونحن ننتظر هذه اللحظة.",
        "comment_authors": ["أبو محمد الديري", "سلوى الحسن"],
    },
    {
        "n": 4724, "language": "ar",
        "outlet": "an Iraqi exile blog on a Blogger-like host (دفاتر المنفى, invented) with testimonies from the first days of the October 2019 protests",
        "title": "بغداد تنتفض: شهادات من ساحة التحرير في أيام الاحتجاج الأولى",
        "published": "2019-10-03",
        "published_note": "the Blogger date header 'الخميس، 3 أكتوبر 2019' (weekday, Egyptian month) with 'نشرها المشرف في 10:42 م'; not the archive's months; the text's 'يوم الثلاثاء' is 1 October",
        "body_first": "خرج آلاف الشبان العراقيين يوم الثلاثاء إلى ساحة التحرير في بغداد",
        "body_last": "نحن في المهجر نتابع ما يجري بقلق وفخر في آن واحد. ندعو أبناء جاليتنا إلى الوقوف أمام السفارات العراقية في لندن وبرلين وستوكهولم تضامناً مع المحتجين، ونطالب بالكشف عن قتلة المتظاهرين ومحاسبتهم، وبإطلاق سراح جميع المعتقلين.",
        "chrome_not_body": [
            "دفاتر المنفى",
            "مدونة عراقيين في الشتات: أخبار وشهادات وحنين إلى البلاد",
            "الرئيسية | من نحن | اتصل بنا | اكتب معنا",
            "الخميس، 3 أكتوبر 2019",
            "[ننشر هذه الشهادات كما وصلتنا من أصدقاء المدونة في بغداد والناصرية، مع تعديلات لغوية بسيطة. شاركوها على أوسع نطاق.]",
            "نشرها المشرف في 10:42 م",
            "التسميات: احتجاجات تشرين، بغداد، الناصرية، العراق",
            "إرسال بالبريد الإلكتروني | كتابة مدونة حول هذه المشاركة | المشاركة على X | المشاركة في Facebook",
            "لا توجد تعليقات:",
            "إرسال تعليق",
            "رسالة أحدث رسالة أقدم الصفحة الرئيسية",
            "الاشتراك في: تعليقات الرسالة (Atom)",
            "أرشيف المدونة",
            "▼ 2019 (41)",
            "▼ أكتوبر (2)",
            "انقطاع الإنترنت: كيف تتواصلون مع أهلكم؟",
            "► سبتمبر (4)",
            "► 2018 (37)",
            "من أنا",
            "مجموعة من العراقيين في أوروبا. عرض الملف الشخصي الكامل الخاص بي",
            "يتم التشغيل بواسطة Blogger.",
        ],
        "neutral": [],
        "relative": {"phrase": "يوم الثلاثاء", "date": "2019-10-01"},
    },
]


def norm(s):
    """score_events.py's normalization."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s)
    s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
           "السبت": 5, "الأحد": 6}
DAY_RE = re.compile(r"\b(" + "|".join(EN_DAYS) + r")\b|(" + "|".join(AR_DAYS) + r")")
REL_WORDS = re.compile(r"\b(today|yesterday|tonight|tomorrow)\b|اليوم|البارحة|(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])",
                       re.I)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def weekday_of_phrase(phrase):
    m = DAY_RE.search(phrase)
    if not m:
        return None
    if m.group(1):
        return EN_DAYS.index(m.group(1))
    return AR_DAYS[m.group(2)]


def find_line(lines, s, start=0):
    for i in range(start, len(lines)):
        if lines[i] == s or lines[i].startswith(s):
            return i
    return -1


def gold_strings(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"]]
    out += doc["chrome_not_body"] + doc["neutral"]
    if "comments_first" in doc:
        out += [doc["comments_first"]] + doc["comment_authors"]
    return out


def check(doc, errors):
    n = doc["n"]
    lay = LAYOUT[n]

    def err(msg):
        errors.append(f"{n}: {msg}")
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        err(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"47\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if "\r" in raw or "\f" in raw or "\t" in raw:
        err("carriage return, form feed or tab in page")
    page_words = len(raw.split())
    if not 250 <= page_words <= 700:
        err(f"page has {page_words} words")
    for s in gold_strings(doc):
        if "\n" in s or "\f" in s or s != s.strip() or not s:
            err(f"gold string crosses a line break, is empty or has outer spaces: {s[:40]!r}")
        if s not in raw:
            err(f"gold string not verbatim in the page: {s[:40]!r}")
    raw_lines = raw.split("\n")
    idx = [k for k, l in enumerate(raw_lines) if l.strip()]
    lines = [raw_lines[k].strip() for k in idx]
    # layout
    has_blank = "\n\n" in raw.strip("\n")
    if lay == "lines" and has_blank:
        err("layout 'lines' but the page has blank lines")
    if lay == "blank" and not has_blank:
        err("layout 'blank' but the page has no blank line")
    # title
    if doc["title"] not in lines:
        err("title is not a whole line")
    # body span
    i = find_line(lines, doc["body_first"])
    if i < 0:
        err("body_first not a line prefix")
        return name
    j = find_line(lines, doc["body_last"], i)
    if j < 0:
        err("body_last not a line (prefix) after body_first")
        return name
    if lines[j] != doc["body_last"]:
        err("body_last must be the whole last line")
    chrome, neutral = doc["chrome_not_body"], doc["neutral"]
    for c in chrome:
        if find_line(lines, c) < 0:
            err(f"chrome line not found: {c!r}")
    for c in neutral:
        k = find_line(lines, c)
        if not i < k < j:
            err(f"neutral line not inside the body span: {c!r}")
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")

    def is_chrome(line):
        return any(line == c or line.startswith(c) for c in chrome)

    def is_neutral(line):
        return any(line == c or line.startswith(c) for c in neutral)
    span = list(range(i, j + 1))
    body_idx = [k for k in span if not is_chrome(lines[k]) and not is_neutral(lines[k])]
    kept_idx = [k for k in span if not is_chrome(lines[k])]
    paras = [lines[k] for k in body_idx]
    if lay == "blank":
        for a, b in zip(kept_idx, kept_idx[1:]):
            if idx[b] - idx[a] < 2:
                err(f"body lines not separated by a blank line: {lines[b][:40]!r}")
    for p in paras:
        if len(p.split()) < 18:
            err(f"short unlisted paragraph inside body span: {p[:60]!r}")
    body_text = " ".join(paras)
    words = len(body_text.split())
    if n in GALLERY:
        (plo, phi), (wlo, whi) = (2, 4), (100, 300)
    else:
        (plo, phi), (wlo, whi) = (6, 9), (300, 700)
    if not plo <= len(paras) <= phi:
        err(f"{len(paras)} body paragraphs")
    if not wlo <= words <= whi:
        err(f"{words} body words")
    nb = norm(" ".join(lines[k] for k in kept_idx))
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            err(f"chrome line occurs inside the body: {c!r}")
    if norm(doc["title"]) in nb:
        err("title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        err("body_first / body_last not in the normalized body")
    for c in neutral:
        if DAY_RE.search(c):
            err(f"weekday name on a neutral line: {c!r}")
    # comments
    tail = lines[j + 1:]
    if "comments_first" in doc:
        if find_line(tail, doc["comments_first"]) < 0:
            err("comments_first not a line prefix after the body")
        if norm(doc["comments_first"]) in nb:
            err("comments_first occurs inside the body")
        for a in doc["comment_authors"]:
            if not any(a in l for l in tail):
                err(f"comment author not after the body: {a!r}")
    elif "comment_authors" in doc:
        err("comment_authors without comments_first")
    # dates
    pub = doc["published"]
    if not pub or not ISO.match(pub):
        err("published not ISO")
        return name
    if not doc.get("published_note"):
        err("published_note missing")
    rel = doc["relative"]
    if not ISO.match(rel["date"]):
        err("relative date not ISO")
    ref = datetime.date.fromisoformat(pub)
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (ref - rd).days <= 7:
        err(f"relative date {rd} is {(ref - rd).days} days before {ref}")
    wd = weekday_of_phrase(rel["phrase"])
    if wd is None or wd != rd.weekday():
        err(f"phrase {rel['phrase']!r} does not fall on {rd} ({rd.strftime('%A')})")
    if body_text.count(rel["phrase"]) != 1:
        err(f"relative phrase occurs {body_text.count(rel['phrase'])} times in the body")
    if not any(rel["phrase"] in lines[k] for k in body_idx):
        err("relative phrase crosses a line break")
    days_in_body = DAY_RE.findall(body_text)
    if len(days_in_body) != 1:
        err(f"{len(days_in_body)} weekday names in the body")
    body_set = set(body_idx)
    for k, l in enumerate(lines):
        if REL_WORDS.search(l):
            err(f"relative word on the page: {l[:60]!r}")
        if k not in body_set and DAY_RE.search(l) and not is_chrome(l):
            err(f"weekday name outside the body on a line not listed as chrome: {l[:60]!r}")
    # language
    ar = sum(1 for ch in doc["body_first"] if "\u0600" <= ch <= "\u06ff")
    if (doc["language"] == "ar") != (ar > len(doc["body_first"]) / 3):
        err("language does not match body_first script")
    return name, len(paras), words, page_words, len(lines), len(raw_lines)


def main(argv):
    errors, out, stats = [], [], []
    for doc in DOCS:
        r = check(doc, errors)
        if not r or isinstance(r, str):
            continue
        name, paras, words, page_words, nonempty, total = r
        stats.append((doc["n"], LAYOUT[doc["n"]], paras, words, page_words, nonempty, total))
        d = {"file": name}
        for k in ("language", "outlet", "title", "published", "published_note", "body_first",
                  "body_last", "chrome_not_body", "relative", "comments_first", "comment_authors"):
            if k in doc:
                d[k] = doc[k]
        d["events"] = []
        out.append(d)
    if len(DOCS) != 24 or [d["n"] for d in DOCS] != list(range(4701, 4725)):
        errors.append("expected documents 4701-4724 in order")
    pages = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    if len(pages) != 24:
        errors.append(f"expected 24 pages in the folder, found {len(pages)}")
    for s in stats:
        print("%d (%s): %d paragraphs, %d body words, %d page words, %d non-empty lines (%d lines)" % s)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems", file=sys.stderr)
        return 1
    if "--check" not in argv:
        path = os.path.join(HERE, "transfer-47.gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(path, encoding="utf-8") as f:
            json.load(f)
        print(f"wrote transfer-47.gold.json ({len(out)} documents)")
    else:
        print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
