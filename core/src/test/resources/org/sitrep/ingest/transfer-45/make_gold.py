#!/usr/bin/env python3
"""Build and check transfer-45.gold.json from the pages in this folder.

usage: python3 make_gold.py            (writes transfer-45.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

The pages are one article text as it reaches a crawler through different tools and views, so the
line layout differs per page (LAYOUT below):
  lines    one block per line, no blank line anywhere;
  blank    one block per line, a blank line between the body paragraphs (blocks outside the
           body may run over several adjacent lines);
  wet      a WARC-like header, one blank line, then a few very long lines (menus glued to the
           headline) and one line per body paragraph, no blank line;
  wrapped  a text-browser or plain-text-email dump: paragraphs wrapped at 72-80 columns
           (optionally indented), a blank line between paragraphs;
  pdf      pdftotext of a newspaper page: narrow column lines (<= 42 characters), no blank line
           between paragraphs, English words hyphenated across lines.

Checks (lines are compared stripped): every title is a whole line (a substring of a line on
`wet` pages, where the headline is glued to the menus); body_first is a line prefix; body_last is
a whole line or line prefix after it (on `wrapped` and `pdf` pages: the last wrapped line of the
last paragraph); every chrome line is a whole line or line prefix (a substring on `wet` pages);
the body (the non-chrome lines from body_first to body_last, joined with spaces) has 300-700
words (live blogs up to 800), 6-9 paragraphs (live blogs 8-12; not counted on `pdf` pages),
every paragraph at least 18 words, and contains no chrome line, no title and no comments_first
after score_events.py's normalization; comments_first is a line prefix after body_last and every
comment author appears on a line after it; dates are ISO, published is null exactly for the
undated pages; the relative date falls on its phrase's weekday 1-7 days before publication (or
the date the story assumes); the body has exactly one weekday name (the phrase's) and weekday
names elsewhere sit only on listed chrome lines; no page has "today", "yesterday", "اليوم",
"أمس" etc.; the layout matches LAYOUT.
"""
import datetime, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

LAYOUT = {
    4501: "wrapped", 4502: "wrapped", 4503: "blank", 4504: "lines", 4505: "blank", 4506: "wet",
    4507: "blank", 4508: "lines", 4509: "lines", 4510: "blank", 4511: "wrapped", 4512: "pdf",
    4513: "wrapped", 4514: "wrapped", 4515: "lines", 4516: "blank", 4517: "blank", 4518: "wet",
    4519: "lines", 4520: "blank", 4521: "blank", 4522: "lines", 4523: "blank", 4524: "pdf",
}
LIVE = {4509, 4521}

# pages with no visible publication date: the date their invented story assumes
ASSUMED = {4505: "2017-10-16", 4517: "2016-06-26"}

ABOUT = [
    "Forty-fifth transfer check set (t45): 24 text pages, 12 English (4501-4512) and 12 Arabic (4513-4524), on ONE ARTICLE TEXT AS IT REACHES A CRAWLER THROUGH DIFFERENT TOOLS AND VIEWS rather than different CMSs: (1) lynx -dump text with numbered link references ('[12]Home', '[15]International Committee of the Red Cross' inline in the body) and a 'References' list of URLs at the end; (2) w3m/links dumps with the menu on one line separated by '|', search-box and table-cell remnants, '[IMG]' placeholders and a box-drawn 'Read also' cell; (3) print views ('Print this page', 'Close window', the URL line, 'Printed from ... on 03/05/2023', copyright at the bottom); (4) flattened AMP pages ('Skip to main content', 'AMP' badges, 'View non-AMP version', an 'Updated 3 hours ago' / absolute-time pair); (5) reader-mode extractions (title, then the domain, then 'By X', then a reading-time line, then the body only, no date); (6) Common-Crawl-WET-like text (a WARC header with the crawl date, the <title> line, menus, headline, byline and date glued on one long line, one line per paragraph); (7) an RSS item rendered as text (channel title, lastBuildDate, item title, RFC-822 pubDate, description, content, WordPress 'The post ... appeared first on ...' footer, 'Read more at ...', next items with their dates); (8) a Wayback Machine banner and a Google-cache header above the real page, whose capture or snapshot date is not the publication date; (9) live blogs, newest update first, with 'Key events', 'Show more', first-published and last-modified lines that straddle midnight; (10) mobile-app share text ('Shared via the ... app', 'Download the app', a sharer's note on top); (11) newsletter e-mails (a plain-text part wrapped at 72 columns, and a flattened HTML version: 'View in browser', 'Unsubscribe', 'You are receiving this because ...'); (12) pdftotext of printed newspaper pages (running header with paper, date and page number repeated, narrow flattened columns, hyphenated line breaks, pull quotes, jump lines, a form feed) - on Aleppo (2016), the Beirut port explosion, Khartoum (April 2023), the Lebanon pager blasts, Kirkuk (2017), Hodeidah (2018), Haftar's Tripoli offensive, Raqqa (2017), the Mosul offensive, El Geneina, the fall of Assad, Karrada, Saleh's death, Afrin, Nasrallah's death, the Nabulsi roundabout killings, Fallujah, Wad Madani, Aleppo (2024), the Stockholm agreement, the November 2023 Gaza truce, Tayouneh, Soleimani's killing and the Geneva 5+5 ceasefire; outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text).",
    "Written blind by the t45 helper without reading any ingest code (no Java, lexicon or .tsv file, no tools/ script, no test), without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-44's README.md, make_gold.py, transfer-44.gold.json and two of its pages (4402, 4414) were read, for the format. Layout per page in make_gold.py's LAYOUT. No visible publication date (published null): 4505 and 4517, the two reader-mode pages (reader mode drops the date line; the story dates are 2017-10-16 and 2016-06-26).",
    "Gold conventions (as t44's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph is part of it; bylines, source lines, captions, pull quotes, 'Read also' / 'READ MORE' lines, advertisements, timestamps and 'Share' lines of live-blog updates, page headers and jump lines of newspaper pages, and every tool's own apparatus (link numbers lists, banners, WARC headers, feed fields, app and newsletter footers) are chrome; inline link numbers of lynx ('[15]') stay in the body text but no gold string contains one. On wrapped and pdf pages body_first is the start of the first paragraph's first line and body_last the last line of the last paragraph (so that both match whether or not a tool re-joins the lines, and neither crosses a hyphenated break). The publication date is the article's own: a 'Published' date beats an 'Updated' one (4503, 4504, 4515); a live blog's date is its 'First published' / 'بدأت التغطية' line, i.e. its first post, not its last update after midnight (4509, 4521); a feed item's pubDate, not the channel's lastBuildDate (4507, 4519); the page's own date under a Wayback or Google-cache header, not the capture or snapshot date (4508, 4520); the article date, not the WARC-Date crawl date (4506, 4518) or the 'Printed ... on' date (4503, 4515); a newsletter's issue date (4511, 4523); the newspaper's date line (4512, 4524); of two calendars only the Gregorian date counts (4520, 4524). Comments (4501, 4508, 4514, 4520) carry comments_first and comment_authors as in t44 (the site's own replies count as authors). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication (or before the assumed date on the two undated pages).",
]

DOCS = [
    {
        "n": 4501, "language": "en",
        "outlet": "a lynx -dump of an English Syria news site (The Levant Ledger) on the start of the east Aleppo evacuation",
        "title": "Aleppo evacuation begins as first convoy leaves besieged east",
        "published": "2016-12-15",
        "body_first": "ALEPPO — A first convoy of ambulances and green buses carrying wounded",
        "body_last": "al-Assad's government in control of all of the country's largest cities.",
        "chrome_not_body": [
            "[1]Skip to main content",
            "[2]The Levant Ledger",
            "Independent reporting from Syria and the region",
            "* [3]Home",
            "* [8]About us",
            "[9]Syria > [10]Aleppo",
            "By [11]Rami Haddad",
            "Thursday 15 December 2016",
            "[12]Share on Facebook [13]Share on Twitter [14]Email this story",
            "[Buses at the al-Ramouseh crossing]",
            "Buses wait at the al-Ramouseh crossing. Photo: The Levant Ledger",
            "[16]READ MORE: Aleppo's last hospitals put out of service by air strikes",
            "Tags: [18]Aleppo [19]Evacuation [20]ICRC [21]Syria war",
            "Comments (3)",
            "15 December 2016 at 4:12 pm",
            "15 December 2016 at 6:40 pm",
            "[22]Reply",
            "[25]Leave a comment",
            "[26]About [27]Contact [28]Privacy policy",
            "© 2016 The Levant Ledger. All rights reserved.",
            "References",
            "1. https://www.levantledger.com/syria/2016/12/15/aleppo-evacuation-first-convoy#main",
            "15. https://www.icrc.org/en/where-we-work/middle-east/syria",
        ],
        "relative": {"phrase": "late on Tuesday", "date": "2016-12-13"},
        "comments_first": "Praying for everyone on those buses.",
        "comment_authors": ["Nour K.", "Mark Ellison", "The Levant Ledger"],
    },
    {
        "n": 4502, "language": "en",
        "outlet": "a w3m/links dump of a Lebanese English news site (Cedar Wire) on the Beirut port explosion",
        "title": "Beirut blast: at least 100 dead as rescuers search port ruins",
        "published": "2020-08-05",
        "body_first": "BEIRUT – The death toll from the huge explosion that tore through the port of",
        "body_last": "they would send field hospitals and aid flights.",
        "chrome_not_body": [
            "[IMG] Cedar Wire",
            "Home | Lebanon | Region | Economy | Culture | Opinion | Video | العربية",
            "Lebanon › Politics",
            "Section: Lebanon      Date: 05/08/2020 - 11:20      By: Maya Khoury",
            "Smoke and fire over the port of Beirut minutes after the explosion. (Cedar Wire)",
            "Share: [IMG] [IMG] [IMG] [IMG]",
            "[IMG]",
            "┌──────────────────────────────────────────────────────────────────┐",
            "│ Read also: Diab cabinet under fire over years of port warnings",
            "└──────────────────────────────────────────────────────────────────┘",
            "Advertisement",
            "Tags: Beirut port | explosion | ammonium nitrate | Hassan Diab",
            "Related articles",
            "04/08/2020   Huge explosion rocks Beirut, dozens feared dead",
            "03/08/2020   Foreign minister Hitti resigns, warns of a failed state",
            "01/08/2020   Power cuts reach 20 hours a day in parts of the capital",
            "[IMG] Most read   [IMG] Newsletter   [IMG] Podcasts",
            "About us | Contact | Advertise | Terms of use",
            "Copyright © 2020 Cedar Wire. All rights reserved.",
        ],
        "relative": {"phrase": "on Tuesday", "date": "2020-08-04"},
    },
    {
        "n": 4503, "language": "en",
        "outlet": "the print view of a Sudan/Nile English news site (Nile Valley Post) on the second day of army-RSF fighting in Khartoum",
        "title": "Fighting between army and RSF spreads across Khartoum, dozens killed",
        "published": "2023-04-16",
        "body_first": "KHARTOUM – Fierce fighting between Sudan's army and the paramilitary Rapid Support Forces",
        "body_last": "The United Nations, the African Union, the Arab League and the United States called for an immediate end to the fighting. The army said it had agreed to a UN proposal to open safe corridors for urgent humanitarian cases for three hours each day, but residents said the shelling had not stopped by nightfall.",
        "chrome_not_body": [
            "Nile Valley Post",
            "Print this page | Close window",
            "https://www.nilevalleypost.com/sudan/2023/04/16/khartoum-fighting-army-rsf-spreads",
            "Published: 16 April 2023 14:05 (GMT+2) | Updated: 17 April 2023 09:30 (GMT+2)",
            "By Amira Osman, Nile Valley Post correspondent",
            "Printed from Nile Valley Post on 03/05/2023 at 10:12.",
            "Close window",
            "© 2023 Nile Valley Post. All rights reserved.",
        ],
        "relative": {"phrase": "on Saturday", "date": "2023-04-15"},
    },
    {
        "n": 4504, "language": "en",
        "outlet": "a flattened AMP page of an English international news site (Meridian Herald) on the Hezbollah pager explosions",
        "title": "Hundreds of Hezbollah pagers explode across Lebanon, killing at least nine",
        "published": "2024-09-17",
        "body_first": "BEIRUT – Hundreds of paging devices used by members of Hezbollah exploded",
        "body_last": "Explosions were also reported in Syria, where pagers wounded several people, according to a war monitor. The United Nations special coordinator for Lebanon called the attack extremely concerning and urged all sides to exercise maximum restraint.",
        "chrome_not_body": [
            "Skip to main content",
            "Meridian Herald",
            "AMP",
            "Middle East",
            "Thousands wounded as devices detonate almost simultaneously in Beirut's southern suburbs, the south and the Bekaa Valley",
            "By Daniel Rourke and Lina Haddad",
            "Published Sept. 17, 2024 6:12 p.m. GMT+3",
            "Updated 3 hours ago",
            "Sept. 18, 2024 1:40 a.m. GMT+3",
            "Listen to this article · 6 min",
            "Ambulances outside the American University of Beirut Medical Center. Photo: Meridian Herald",
            "Advertisement",
            "Read more: Israel and Hezbollah, a timeline of the border war since October",
            "More on this story",
            "Lebanon's hospitals appeal for blood donors as wounded flood emergency rooms",
            "Analysis: how a pager became a weapon",
            "View non-AMP version",
            "Terms · Privacy · Cookie settings",
            "© 2024 Meridian Herald. All rights reserved.",
        ],
        "relative": {"phrase": "late on Monday", "date": "2024-09-16"},
    },
    {
        "n": 4505, "language": "en",
        "outlet": "a reader-mode (Readability) extraction of an Iraqi English news site (tworiversreport.com, no date) on Iraqi forces taking Kirkuk",
        "title": "Iraqi forces take control of Kirkuk as Kurdish Peshmerga pull back",
        "published": None,
        "body_first": "KIRKUK — Iraqi government forces took control of the provincial council building",
        "body_last": "The United States, which has armed and trained both the Iraqi army and the Peshmerga in the war against Islamic State, urged both sides to avoid escalation. The oil fields around Kirkuk, among them Bai Hassan and Avana, produce a large share of the crude that the Kurdish region exports through Turkey.",
        "chrome_not_body": [
            "tworiversreport.com",
            "By Sarah Mitchell",
            "5–6 minutes",
        ],
        "relative": {"phrase": "on Sunday", "date": "2017-10-15"},
    },
    {
        "n": 4506, "language": "en",
        "outlet": "a Common-Crawl-WET-like text of a Yemen/Red Sea English news site (Red Sea Observer) on the start of the Hodeidah offensive",
        "title": "Coalition-backed forces close in on Hodeidah airport as battle for port city begins",
        "published": "2018-06-14",
        "body_first": "ADEN – Yemeni pro-government forces backed by the Saudi-led coalition",
        "body_last": "The Houthis, who have controlled Hodeidah since 2014, have warned that they would target coalition ships in the Red Sea if the assault went on. The coalition accuses the group of using the port to smuggle Iranian weapons, including missiles fired at Saudi cities, a charge the Houthis and Tehran deny.",
        "chrome_not_body": [
            "WARC/1.0",
            "WARC-Target-URI: https://redseaobserver.com/yemen/2018/06/14/hodeidah-offensive-airport/",
            "WARC-Date: 2018-06-21T07:14:52Z",
            "Content-Length: 6174",
            " | Red Sea Observer",
            "Red Sea Observer Home Yemen Gulf Horn of Africa Economy Opinion Multimedia About us Subscribe Search Yemen",
            "By Nabil al-Sharabi 2018-06-14 12:47 Share Facebook Twitter WhatsApp Email",
            "Smoke rises over the southern outskirts of Hodeidah. Photo: Red Sea Observer",
            "Tags Hodeidah Yemen Saudi-led coalition UAE Houthis Red Sea Related stories",
            "UN envoy holds talks in Sanaa to avert Hodeidah assault",
            "Aid agencies pull foreign staff out of Hodeidah",
            "© 2018 Red Sea Observer. All rights reserved. Privacy policy Terms of use Contact",
        ],
        "relative": {"phrase": "on Wednesday", "date": "2018-06-13"},
    },
    {
        "n": 4507, "language": "en",
        "outlet": "an RSS item rendered as text from a Libyan English news feed (Libya Monitor Online) on Haftar's advance on Tripoli",
        "title": "Haftar's forces push towards Tripoli as UN chief warns against escalation",
        "published": "2019-04-05",
        "body_first": "TRIPOLI – Forces loyal to eastern Libyan commander Khalifa Haftar",
        "body_last": "Haftar has presented himself as the only leader able to bring order to Libya and defeat Islamist militants, and he has the backing of Egypt and the UAE. His opponents accuse him of seeking to install a military dictatorship, and many in western Libya fear a repeat of the long and destructive battle for Benghazi.",
        "chrome_not_body": [
            "Libya Monitor Online - Latest news",
            "https://www.libyamonitor.net",
            "Independent news and analysis from Libya",
            "Last build date: Sat, 06 Apr 2019 08:15:00 +0200",
            "Language: en-gb",
            "Item 1 of 20",
            "Link: https://www.libyamonitor.net/news/2019/04/05/haftar-forces-push-towards-tripoli/",
            "pubDate: Fri, 05 Apr 2019 16:20:00 +0200",
            "Author: newsdesk@libyamonitor.net (Salem Ben Ali)",
            "Category: Security",
            "Description: Eastern commander's troops take Gharyan and clash with western armed groups south of the capital; Guterres meets Haftar in Benghazi.",
            "Content:",
            "The post Haftar's forces push towards Tripoli as UN chief warns against escalation appeared first on Libya Monitor Online.",
            "Read more at Libya Monitor Online:",
            "GUID: https://www.libyamonitor.net/?p=48213",
            "Next items in this feed",
            "Clashes near old Tripoli airport as GNA forces mobilise - Sat, 06 Apr 2019 07:40:00 +0200",
            "National Oil Corporation says output unaffected by fighting - Thu, 04 Apr 2019 19:05:00 +0200",
        ],
        "relative": {"phrase": "on Thursday", "date": "2019-04-04"},
    },
    {
        "n": 4508, "language": "en",
        "outlet": "a Wayback Machine capture of a north-east Syria English news site (Euphrates Post) on the SDF declaring victory in Raqqa",
        "title": "SDF declares victory over Islamic State in Raqqa after four-month battle",
        "published": "2017-10-17",
        "body_first": "RAQQA – The US-backed Syrian Democratic Forces said they had taken full control of Raqqa",
        "body_last": "Kurdish officials said Raqqa would be handed to a civilian council of local Arab and Kurdish figures that would run the city and oversee reconstruction. But its future remains uncertain, with the Syrian government insisting that it will eventually return all areas of the country to state control.",
        "chrome_not_body": [
            "The Wayback Machine - https://web.archive.org/web/20171019083112/https://www.euphratespost.com/syria/2017/10/17/sdf-declares-victory-raqqa/",
            "143 captures",
            "17 Oct 2017 - 02 Mar 2021",
            "SEP OCT NOV",
            "2016 2017 2018",
            "About this capture",
            "COLLECTED BY",
            "Organization: Archive Team",
            "Formed in 2009, the Archive Team (not to be confused with the archive.org Archive-It Service)",
            "TIMESTAMPS",
            "Euphrates Post",
            "News from northern and eastern Syria",
            "Home Syria Iraq Kurds Analysis Contact",
            "By Joanna Brooks",
            "October 17, 2017",
            "3 Comments",
            "An SDF fighter at the Naim roundabout in central Raqqa. Photo: Euphrates Post",
            "Share this:",
            "Facebook Twitter Email",
            "SDF fighters enter Raqqa's old city after breaching the Rafiqa wall",
            "3 thoughts on “",
            "October 17, 2017 at 2:41 pm",
            "October 17, 2017 at 5:03 pm",
            "October 18, 2017 at 9:20 am",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "© 2017 Euphrates Post. All rights reserved.",
        ],
        "relative": {"phrase": "on Sunday", "date": "2017-10-15"},
        "comments_first": "Congratulations to the people of Raqqa.",
        "comment_authors": ["Hassan R.", "Jeremy T.", "Euphrates Post"],
    },
    {
        "n": 4509, "language": "en",
        "outlet": "a live blog of a British-style English daily (The Northern Standard) on the first day of the Mosul offensive",
        "title": "Battle for Mosul: Iraqi and Kurdish forces launch offensive to retake city from Isis – live",
        "published": "2016-10-17",
        "body_first": "We are closing this live blog for now.",
        "body_last": "Good morning and welcome to our live coverage of the offensive to retake Mosul, the largest city still held by Islamic State in Iraq, which the militants captured in June 2014. Tens of thousands of Iraqi troops, Kurdish Peshmerga, Sunni tribal fighters and Shia militias are taking part, backed by coalition air power.",
        "chrome_not_body": [
            "The Northern Standard",
            "News Sport Opinion Culture Lifestyle",
            "Abadi announces start of operation as troops advance on villages east and south of the city; aid agencies brace for up to a million displaced",
            "Martin Hale in Erbil and Claire Dobson (now)",
            "First published on Mon 17 Oct 2016 05.10 BST",
            "Last modified on Tue 18 Oct 2016 00.52 BST",
            "Key events",
            "17.40 BST UN: up to a million could flee as fighting nears the city",
            "15.20 BST Peshmerga say nine villages retaken east of Mosul",
            "07.30 BST Abadi announces start of the Mosul offensive",
            "Show more",
            "Live feed",
            "Show key events only",
            "Please turn on JavaScript to use this feature",
            "00.52 BST", "23.10 BST", "21.35 BST", "19.05 BST", "17.40 BST", "15.20 BST",
            "12.55 BST", "10.15 BST", "07.30 BST", "05.10 BST",
            "Share",
            "Topics",
            "Reuse this content",
            "© 2016 The Northern Standard",
        ],
        "relative": {"phrase": "on Saturday", "date": "2016-10-15"},
    },
    {
        "n": 4510, "language": "en",
        "outlet": "a mobile-app share text from a Sudan news app (Sudan Now) on the killing of West Darfur governor Khamis Abakar",
        "title": "West Darfur governor killed in El Geneina hours after accusing RSF of genocide",
        "published": "2023-06-15",
        "body_first": "EL GENEINA – The governor of Sudan's West Darfur state, Khamis Abakar",
        "body_last": "The killing came as talks between the army and the RSF in the Saudi city of Jeddah remained suspended, after several short-lived ceasefires collapsed. Fighting also continued in Khartoum, where residents reported air strikes and artillery exchanges in the south of the capital.",
        "chrome_not_body": [
            "This is awful. Sharing in case you haven't seen it",
            "Sudan Now",
            "Sudan Now | Darfur | 15.06.2023 | 08:40",
            "Shared via the Sudan Now app",
            "Get the news that matters, wherever you are. Download the app:",
            "App Store: https://apps.apple.com/app/sudan-now/id1488210033",
            "Google Play: https://play.google.com/store/apps/details?id=com.sudannow.news",
            "https://sudannow.app/s/k7Qx2",
        ],
        "relative": {"phrase": "on Wednesday", "date": "2023-06-14"},
    },
    {
        "n": 4511, "language": "en",
        "outlet": "the plain-text part of a regional newsletter e-mail (The Mashreq Brief, Levant Insight) on the fall of Assad",
        "title": "Assad falls as rebels enter Damascus and the president flees to Moscow",
        "published": "2024-12-09",
        "body_first": "DAMASCUS – Syrian rebels led by the Islamist group Hayat Tahrir al-Sham",
        "body_last": "preserving the unity and territorial integrity of their country.",
        "chrome_not_body": [
            "View in browser <https://levantinsight.com/brief/2024-12-09?utm_source=email&utm_medium=brief>",
            "THE MASHREQ BRIEF",
            "Levant Insight's daily briefing on Syria, Lebanon, Iraq and Jordan",
            "Issue 612 | December 9, 2024",
            "Good morning. There is only one story in this edition of the brief, and",
            "we have set aside our regular sections to give it room. - Karim",
            "------------------------------------------------------------------------",
            "By Karim Nassar, Beirut",
            "[Sponsored] Arabic for journalists: spring courses now open <https://levantinsight.com/courses>",
            "Read the full story and our live map on the website",
            "<https://levantinsight.com/syria/2024/12/09/assad-falls-rebels-enter-damascus>",
            "ALSO IN THE BRIEF",
            "* Lebanon: displaced families keep heading back to border villages",
            "* Iraq: Baghdad closes Qaim crossing and reinforces the Syrian border",
            "* Jordan: Nassib crossing shut as Syrian side changes hands",
            "You are receiving this because you subscribed to The Mashreq Brief at",
            "Unsubscribe <https://levantinsight.com/u/9f3a2c> | Manage preferences <https://levantinsight.com/prefs/9f3a2c>",
            "Forwarded this email? Subscribe here <https://levantinsight.com/brief/subscribe>",
            "Levant Insight, 14 Hamra Street, Beirut, Lebanon",
        ],
        "relative": {"phrase": "early on Sunday", "date": "2024-12-08"},
    },
    {
        "n": 4512, "language": "en",
        "outlet": "pdftotext of two pages of a printed Baghdad English daily (The Baghdad Observer) on the Karrada bombing",
        "title": "Karrada bombing kills at least 125 as Baghdad shoppers prepare for Eid",
        "published": "2016-07-04",
        "body_first": "BAGHDAD — A suicide truck bomb tore",
        "body_last": "district's clothes and shoe shops.",
        "chrome_not_body": [
            "THE BAGHDAD OBSERVER           MONDAY, JULY 4, 2016           3",
            "HOME NEWS",
            "Families and shoppers among victims as fire sweeps through mall",
            "By Ali Jawad",
            "Observer Staff Writer",
            "“They went to buy Eid clothes",
            "and never came home”",
            "Firefighters at the burned Hadi Centre in Karrada. (Observer/Saad Ali)",
            "See KARRADA, Page 4",
            "BAGHDAD OBSERVER · www.baghdadobserver.iq · Editorial: 07901 234 567",
            "4           MONDAY, JULY 4, 2016           THE BAGHDAD OBSERVER",
            "KARRADA: From Page 3",
            "IN BRIEF",
            "Basra oil exports reach record in June",
            "Subscribe to The Baghdad Observer: delivery in Baghdad, Basra and Erbil",
            "BAGHDAD OBSERVER · www.baghdadobserver.iq · Advertising: 07701 876 543",
        ],
        "relative": {"phrase": "early on Sunday", "date": "2016-07-03"},
    },
    {
        "n": 4513, "language": "ar",
        "outlet": "a lynx -dump of a pan-Arab Yemeni news site (الوادي نت) on the killing of Ali Abdullah Saleh",
        "title": "مقتل علي عبد الله صالح على يد الحوثيين بعد أيام من فض الشراكة معهم",
        "published": "2017-12-04",
        "body_first": "صنعاء - أعلنت جماعة الحوثي مقتل الرئيس اليمني السابق علي عبد الله صالح",
        "body_last": "التوصل إلى تسوية سياسية تنهي معاناة ملايين اليمنيين.",
        "chrome_not_body": [
            "[1]تخطَّ إلى المحتوى",
            "[2]الوادي نت",
            "موقع إخباري يمني مستقل",
            "* [3]الرئيسية",
            "* [9]English",
            "[10]اليمن",
            "بقلم [11]نبيل الحكيمي",
            "الاثنين 4 كانون الأول (ديسمبر) 2017 - 16:40",
            "[12]شارك على فيسبوك [13]شارك على تويتر",
            "[صورة أرشيفية لعلي عبد الله صالح]",
            "علي عبد الله صالح خلال خطاب سابق في صنعاء - أرشيف",
            "[16]اقرأ أيضاً: اشتباكات عنيفة في حي حدة ومحيط منزل صالح",
            "الوسوم: [17]اليمن [18]صالح [19]الحوثيون",
            "أخبار ذات صلة",
            "* [20]صالح يدعو التحالف إلى فتح صفحة جديدة ويطالب أنصاره بالانتفاض",
            "* [21]مواجهات في محيط جامع الصالح بين الحوثيين وأنصار المؤتمر",
            "[22]من نحن [23]اتصل بنا",
            "جميع الحقوق محفوظة © الوادي نت 2017",
            "References",
            "1. https://www.alwadi-net.com/#content",
            "14. https://www.almasirah.net/",
        ],
        "relative": {"phrase": "يوم السبت", "date": "2017-12-02"},
    },
    {
        "n": 4514, "language": "ar",
        "outlet": "a w3m/links dump of a Syrian opposition news site (مرصد الشمال السوري) on the start of Turkey's Operation Olive Branch in Afrin",
        "title": "انطلاق عملية «غصن الزيتون» التركية في عفرين وقصف على قرى حدودية",
        "published": "2018-01-21",
        "body_first": "عفرين - دخلت قوات تركية وفصائل من الجيش السوري الحر منطقة عفرين",
        "body_last": "نزوح جديدة إذا امتدت المعارك إلى مركز المدينة.",
        "chrome_not_body": [
            "[IMG] مرصد الشمال السوري",
            "الرئيسية | أخبار سوريا | تقارير | حوارات | رأي | فيديو | English",
            "أخبار سوريا › حلب وريفها",
            "القسم: أخبار سوريا      التاريخ: ٢١/٠١/٢٠١٨ - ١١:٣٠      المشاهدات: ٢٤١٧",
            "دخان يتصاعد من قرية قرب راجو بعد غارة تركية (مرصد الشمال السوري)",
            "شارك: [IMG] [IMG] [IMG]",
            "[IMG]",
            "إعلان",
            "الكلمات الدلالية: عفرين | غصن الزيتون | تركيا | الوحدات الكردية",
            "التعليقات (٣)",
            "أبو خالد الحلبي         ٢١/٠١/٢٠١٨ - ١٢:٤٠",
            "روناهي                  ٢١/٠١/٢٠١٨ - ١٣:١٥",
            "[رد]",
            "أضف تعليقاً",
            "الاسم: [",
            "[إرسال]",
            "الأكثر قراءة",
            "٢٠/٠١/٢٠١٨   أنقرة تعلن بدء غارات على مواقع الوحدات الكردية في عفرين",
            "١٩/٠١/٢٠١٨   حشود تركية على الحدود قبالة عفرين وإعزاز",
            "من نحن | اتصل بنا | سياسة الخصوصية",
            "جميع الحقوق محفوظة © مرصد الشمال السوري ٢٠١٨",
        ],
        "relative": {"phrase": "يوم السبت", "date": "2018-01-20"},
        "comments_first": "الله يحمي المدنيين من كل الأطراف",
        "comment_authors": ["أبو خالد الحلبي", "روناهي", "مرصد الشمال السوري"],
    },
    {
        "n": 4515, "language": "ar",
        "outlet": "the print view of a Lebanese Arabic news site (الأرز نيوز) on Hezbollah confirming Hassan Nasrallah's death",
        "title": "حزب الله يعلن مقتل أمينه العام حسن نصر الله في غارة إسرائيلية على الضاحية الجنوبية",
        "published": "2024-09-28",
        "body_first": "بيروت - أعلن حزب الله مقتل أمينه العام حسن نصر الله",
        "body_last": "ويعد نصر الله، الذي تولى الأمانة العامة للحزب عام 1992 بعد اغتيال سلفه عباس الموسوي، أبرز شخصية في تاريخ الحزب، وقد قاده خلال حرب تموز 2006 وخلال التدخل العسكري في سوريا، وصولاً إلى المواجهة المفتوحة مع إسرائيل منذ تشرين الأول الماضي.",
        "chrome_not_body": [
            "الأرز نيوز",
            "اطبع هذه الصفحة | أغلق النافذة",
            "https://www.alarz-news.com/lebanon/2024/09/28/hezbollah-confirms-nasrallah-killed",
            "تاريخ النشر: 28 أيلول 2024 - 14:10 | آخر تحديث: 29 أيلول 2024 - 09:05",
            "كتب: جاد الحسيني",
            "طُبعت هذه الصفحة من موقع الأرز نيوز بتاريخ 02/10/2024 الساعة 18:22.",
            "أغلق النافذة",
            "جميع الحقوق محفوظة © الأرز نيوز 2024.",
        ],
        "relative": {"phrase": "مساء الجمعة", "date": "2024-09-27"},
    },
    {
        "n": 4516, "language": "ar",
        "outlet": "a flattened AMP page of a Palestinian Arabic news site (بوابة الساحل الفلسطينية) on the killings at the Nabulsi roundabout",
        "title": "مجزرة دوار النابلسي: أكثر من 100 شهيد برصاص الاحتلال خلال انتظار شاحنات الطحين",
        "published": "2024-02-29",
        "body_first": "غزة - استشهد 104 فلسطينيين على الأقل",
        "body_last": "وبهذه الحصيلة يرتفع عدد الشهداء في قطاع غزة منذ السابع من أكتوبر الماضي إلى أكثر من 30 ألفاً، غالبيتهم من النساء والأطفال، بحسب وزارة الصحة، في وقت تتواصل فيه المفاوضات بوساطة قطرية ومصرية للتوصل إلى هدنة قبل حلول شهر رمضان.",
        "chrome_not_body": [
            "تخطَّ إلى المحتوى الرئيسي",
            "بوابة الساحل الفلسطينية",
            "AMP",
            "القائمة",
            "الاحتلال يزعم أن معظم الضحايا سقطوا في التدافع.. وشهود: الرصاص انهمر من كل جهة",
            "غزة - مراسل بوابة الساحل",
            "آخر تحديث: منذ 3 ساعات",
            "الخميس 29 شباط/فبراير 2024 - 15:20 (بتوقيت القدس)",
            "مشاركة",
            "جثامين شهداء دوار النابلسي في باحة مستشفى الشفاء - بوابة الساحل",
            "إعلان",
            "اقرأ أيضاً: الأونروا: لم ندخل أي مساعدات إلى شمال غزة منذ أكثر من شهر",
            "المزيد حول هذا الموضوع",
            "مستشفى كمال عدوان يناشد لإدخال الوقود قبل توقف المولدات",
            "عرض النسخة الكاملة (غير AMP)",
            "الشروط والأحكام · الخصوصية",
            "© 2024 بوابة الساحل الفلسطينية. جميع الحقوق محفوظة.",
        ],
        "relative": {"phrase": "يوم الثلاثاء", "date": "2024-02-27"},
    },
    {
        "n": 4517, "language": "ar",
        "outlet": "a reader-mode (Readability) extraction of an Iraqi Arabic news site (alrafidain-post.com, no date) on the full recapture of Fallujah",
        "title": "القوات العراقية تعلن تحرير الفلوجة بالكامل من تنظيم داعش",
        "published": None,
        "body_first": "الفلوجة - أعلن قائد عمليات تحرير الفلوجة الفريق الركن عبد الوهاب الساعدي",
        "body_last": "ويأتي تحرير الفلوجة في إطار استعدادات الحكومة لمعركة استعادة مدينة الموصل، ثاني أكبر مدن العراق وأبرز معاقل التنظيم، التي تعهد رئيس الوزراء حيدر العبادي بتحريرها قبل نهاية العام.",
        "chrome_not_body": [
            "alrafidain-post.com",
            "بقلم: مصطفى العبيدي",
            "وقت القراءة: 4 - 5 دقائق",
        ],
        "relative": {"phrase": "يوم الخميس", "date": "2016-06-23"},
    },
    {
        "n": 4518, "language": "ar",
        "outlet": "a Common-Crawl-WET-like text of a Sudanese Arabic news site (صدى الجزيرة نت) on the RSF taking Wad Madani",
        "title": "قوات الدعم السريع تسيطر على ود مدني بعد انسحاب الجيش وموجة نزوح جديدة",
        "published": "2023-12-19",
        "body_first": "ود مدني - أعلنت قوات الدعم السريع سيطرتها على مدينة ود مدني",
        "body_last": "ويأتي سقوط ود مدني بعد تعثر جولات المحادثات بين الطرفين في مدينة جدة السعودية، وسط دعوات إقليمية ودولية لوقف إطلاق النار ومحاسبة المسؤولين عن الانتهاكات بحق المدنيين.",
        "chrome_not_body": [
            "WARC/1.0",
            "WARC-Target-URI: https://www.sada-algezira.net/news/2023/12/19/rsf-wad-madani/",
            "WARC-Date: 2024-02-27T03:41:09Z",
            "Content-Length: 7381",
            " | صدى الجزيرة نت",
            "صدى الجزيرة نت الرئيسية أخبار السودان الجزيرة الخرطوم دارفور اقتصاد مقالات فيديو اتصل بنا بحث أخبار السودان",
            "ود مدني - عوض الله الطيب الثلاثاء 19 ديسمبر 2023 - 10:30 شارك فيسبوك تويتر واتساب",
            "نازحون من ود مدني على الطريق إلى سنار - صدى الجزيرة نت",
            "الوسوم ود مدني ولاية الجزيرة الدعم السريع الجيش السوداني النزوح أخبار ذات صلة",
            "اشتباكات عنيفة في حنتوب شرقي ود مدني",
            "نازحو الجزيرة يصلون سنار في ظروف قاسية",
            "جميع الحقوق محفوظة © صدى الجزيرة نت 2023 سياسة الخصوصية شروط الاستخدام اتصل بنا",
        ],
        "relative": {"phrase": "يوم الجمعة", "date": "2023-12-15"},
    },
    {
        "n": 4519, "language": "ar",
        "outlet": "an RSS item rendered as text from an Aleppo Arabic news feed (منبر الشهباء) on the opposition taking most of Aleppo",
        "title": "فصائل المعارضة تسيطر على معظم أحياء حلب وانسحاب قوات النظام نحو ريف المدينة الجنوبي",
        "published": "2024-11-30",
        "body_first": "حلب - سيطرت فصائل المعارضة السورية المسلحة بقيادة هيئة تحرير الشام",
        "body_last": "ويعد الهجوم الأول من نوعه على حلب منذ عام 2016، حين استعادت قوات النظام بدعم روسي وإيراني الأحياء الشرقية من المدينة بعد حصار طويل، وتأتي التطورات في وقت انشغلت فيه روسيا بحربها في أوكرانيا وتعرض فيه حزب الله لضربات قاسية في لبنان.",
        "chrome_not_body": [
            "منبر الشهباء - آخر الأخبار",
            "https://www.shahbaa-minbar.net",
            "أخبار حلب والشمال السوري على مدار الساعة",
            "آخر تحديث للخلاصة: Sun, 01 Dec 2024 07:05:00 +0300",
            "اللغة: ar",
            "العنصر 1 من 25",
            "الرابط: https://www.shahbaa-minbar.net/news/2024/11/30/opposition-controls-aleppo/",
            "تاريخ النشر: Sat, 30 Nov 2024 18:30:00 +0300",
            "الكاتب: غرفة الأخبار",
            "التصنيف: حلب",
            "التصنيف: أخبار ميدانية",
            "الوصف: الفصائل ترفع أعلامها فوق قلعة حلب ومبنى المحافظة.. وغارات روسية على المدينة وإدلب",
            "المحتوى:",
            "ظهر المقال فصائل المعارضة تسيطر على معظم أحياء حلب",
            "اقرأ المزيد على منبر الشهباء:",
            "المعرّف: https://www.shahbaa-minbar.net/?p=91734",
            "العناصر التالية في الخلاصة",
            "الفصائل تدخل مطار حلب الدولي وتتقدم نحو ريف حماة - Sun, 01 Dec 2024 06:50:00 +0300",
            "الدفاع المدني: حصيلة جديدة لضحايا الغارات على إدلب - Sat, 30 Nov 2024 21:10:00 +0300",
        ],
        "relative": {"phrase": "فجر يوم الأربعاء", "date": "2024-11-27"},
    },
    {
        "n": 4520, "language": "ar",
        "outlet": "a Google-cache copy of a Hodeidah Arabic news site (تهامة بوست) on the Stockholm agreement",
        "title": "اتفاق في السويد على وقف إطلاق النار في الحديدة وانسحاب القوات من المدينة وموانئها",
        "published": "2018-12-13",
        "body_first": "ريمبو (السويد) - توصلت الحكومة اليمنية وجماعة الحوثي",
        "body_last": "وتشهد أطراف مدينة الحديدة منذ يونيو الماضي معارك بين القوات الحكومية المدعومة من التحالف بقيادة السعودية والإمارات والحوثيين، وسط مخاوف دولية من أن يؤدي القتال داخل المدينة إلى توقف دخول الغذاء والوقود عبر مينائها الذي يعد شريان الحياة لملايين السكان.",
        "chrome_not_body": [
            "هذه هي النسخة المخبأة من Google لـ https://www.tihama-post.net/news/2018/12/13/stockholm-hodeidah-agreement/.",
            "النسخة الكاملة النسخة النصية فقط عرض المصدر",
            "نصيحة: للعثور على مصطلح البحث بسرعة في هذه الصفحة",
            "تهامة بوست",
            "الرئيسية | محليات | الحديدة | تقارير | رأي | اتصل بنا",
            "محليات",
            "الخميس 5 ربيع الآخر 1440 هـ - 13 ديسمبر 2018 م",
            "تهامة بوست - متابعات",
            "غوتيريش يتوسط رئيسي الوفدين خلال إعلان الاتفاق - تهامة بوست",
            "شارك الخبر: فيسبوك | تويتر | واتساب",
            "التعليقات (2)",
            "13/12/2018 - 9:40 م",
            "14/12/2018 - 8:15 ص",
            "أضف تعليقك",
            "جميع الحقوق محفوظة © تهامة بوست 2018",
        ],
        "relative": {"phrase": "يوم الخميس الماضي", "date": "2018-12-06"},
        "comments_first": "نتمنى أن يكون هذا الاتفاق بداية النهاية",
        "comment_authors": ["عبدالله الزبيدي", "أم ريم"],
    },
    {
        "n": 4521, "language": "ar",
        "outlet": "a live blog of a Palestinian Arabic news agency site (وكالة الزيتونة الإخبارية) on the first day of the November 2023 Gaza truce",
        "title": "تغطية مباشرة | الهدنة الإنسانية في غزة تدخل حيز التنفيذ وبدء أول عملية تبادل للأسرى",
        "published": "2023-11-24",
        "body_first": "نختتم هنا تغطيتنا المباشرة لأحداث أول أيام الهدنة الإنسانية",
        "body_last": "وكانت الحكومة الإسرائيلية قد صادقت فجر الأربعاء على اتفاق الهدنة بعد اجتماع مطول، ويقضي الاتفاق بوقف القتال أربعة أيام قابلة للتمديد، والإفراج عن 50 محتجزاً من النساء والأطفال مقابل 150 أسيرة وأسيراً فلسطينياً من السجون الإسرائيلية.",
        "chrome_not_body": [
            "وكالة الزيتونة الإخبارية",
            "الرئيسية | فلسطين | عربي ودولي | تقارير | مباشر",
            "بدأت التغطية: الجمعة 24 تشرين الثاني/نوفمبر 2023 - 06:55 بتوقيت القدس",
            "آخر تحديث: السبت 25 تشرين الثاني/نوفمبر 2023 - 00:50",
            "أبرز الأحداث",
            "21:40 تسليم 13 محتجزاً إسرائيلياً و11 أجنبياً للصليب الأحمر",
            "17:30 دخول 200 شاحنة مساعدات عبر معبر رفح",
            "07:00 بدء سريان الهدنة في عموم القطاع",
            "تحديث تلقائي",
            "00:50", "23:15", "21:40", "19:05", "17:30", "16:10", "14:20", "11:45", "09:30",
            "مشاركة",
            "عرض المزيد",
            "الوسوم: غزة، الهدنة الإنسانية، تبادل الأسرى، قطر",
            "جميع الحقوق محفوظة © وكالة الزيتونة الإخبارية 2023",
        ],
        "relative": {"phrase": "فجر الأربعاء", "date": "2023-11-22"},
    },
    {
        "n": 4522, "language": "ar",
        "outlet": "a mobile-app share text from a Beirut news app (نبض بيروت) on the Tayouneh clashes",
        "title": "اشتباكات الطيونة: ستة قتلى برصاص قناصة خلال تظاهرة ضد المحقق العدلي في انفجار المرفأ",
        "published": "2021-10-14",
        "body_first": "بيروت - قتل ستة أشخاص وأصيب أكثر من ثلاثين آخرين بجروح",
        "body_last": "وأعاد المشهد إلى أذهان اللبنانيين ذكريات الحرب الأهلية التي اندلعت عام 1975 وكانت منطقة عين الرمانة والشياح أحد خطوط التماس الأولى فيها، وسط مخاوف من أن تؤدي الأزمة إلى تعطيل عمل الحكومة الجديدة برئاسة نجيب ميقاتي.",
        "chrome_not_body": [
            "شوفوا شو صار بالطيونة 💔 الله يحمي البلد",
            "نبض بيروت",
            "نبض بيروت | لبنان | ١٤/١٠/٢٠٢١ - ١٧:٢٥",
            "تمت المشاركة عبر تطبيق نبض بيروت",
            "آخر الأخبار لحظة بلحظة. حمّل التطبيق مجاناً:",
            "App Store | Google Play",
            "https://nabdbeirut.app/s/Xr82q",
        ],
        "relative": {"phrase": "مساء الاثنين", "date": "2021-10-11"},
    },
    {
        "n": 4523, "language": "ar",
        "outlet": "the flattened HTML version of an Iraqi Arabic morning newsletter (نشرة الجسر الصباحية, الجسر العراقي) on the killing of Soleimani and al-Muhandis",
        "title": "مقتل قاسم سليماني وأبو مهدي المهندس بضربة أمريكية قرب مطار بغداد",
        "published": "2020-01-03",
        "body_first": "بغداد - قتل قائد فيلق القدس في الحرس الثوري الإيراني اللواء قاسم سليماني",
        "body_last": "وقال مواطن من حي الكرادة يدعى علي الربيعي: «سمعنا الانفجارات قرابة الواحدة فجراً ولم نعرف ما الذي حدث، وفي الصباح امتلأت الهواتف بالأخبار، الناس خائفون من أن يصبح العراق ساحة للحرب بين أمريكا وإيران».",
        "chrome_not_body": [
            "عرض في المتصفح",
            "نشرة الجسر الصباحية",
            "أهم أخبار العراق والمنطقة في بريدك كل صباح",
            "العدد 287 | 3 كانون الثاني 2020",
            "صباح الخير،",
            "نخصص عدد هذا الصباح لخبر واحد هز المنطقة",
            "الخبر الرئيسي",
            "بقلم: حيدر الساعدي - بغداد",
            "إعلان | دورات اللغة الإنجليزية للصحفيين في بغداد وأربيل - سجل الآن",
            "اقرأ الخبر كاملاً على موقعنا",
            "أخبار أخرى في هذا العدد",
            "- البصرة: محتجون يعتصمون أمام مبنى المحافظة للمطالبة بفرص العمل",
            "- أربيل: حكومة الإقليم تعلن صرف رواتب شهر تشرين الثاني",
            "تصلك هذه الرسالة لأنك اشتركت في نشرة الجسر الصباحية عبر موقع الجسر العراقي.",
            "إلغاء الاشتراك | تعديل تفضيلات البريد",
            "هل وصلتك هذه الرسالة من صديق؟ اشترك الآن",
            "© 2020 الجسر العراقي - بغداد، شارع أبو نؤاس",
        ],
        "relative": {"phrase": "يوم الثلاثاء", "date": "2019-12-31"},
    },
    {
        "n": 4524, "language": "ar",
        "outlet": "pdftotext of a page of a printed Libyan Arabic daily (صحيفة برنيق) on the Geneva 5+5 permanent ceasefire",
        "title": "توقيع اتفاق وقف دائم لإطلاق النار في ليبيا برعاية أممية في جنيف",
        "published": "2020-10-24",
        "body_first": "جنيف - وقع ممثلو حكومة الوفاق الوطني",
        "body_last": "الأقاليم الثلاثة ومختلف القوى السياسية.",
        "chrome_not_body": [
            "برنيق              السبت ٢٤ أكتوبر ٢٠٢٠ م - ٧ ربيع الأول ١٤٤٢ هـ              العدد ١٨٣٤",
            "سياسة",
            "اللجنة العسكرية (5+5) تتفق على خروج المرتزقة خلال ثلاثة أشهر وفتح الطرق والرحلات الجوية",
            "جنيف - «برنيق» - وكالات",
            "ستيفاني وليامز تتوسط وفدي اللجنة العسكرية المشتركة بعد التوقيع في جنيف (أ ف ب)",
            "«تعبنا من الحرب.. نريد الطريق الساحلي مفتوحاً»",
            "في سطور",
            "المؤسسة الوطنية للنفط: الإنتاج يقترب من 500 ألف برميل يومياً",
            "٥              صحيفة برنيق - السبت ٢٤ أكتوبر ٢٠٢٠              www.berenice-news.ly",
        ],
        "relative": {"phrase": "يوم الاثنين", "date": "2020-10-19"},
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


def find_line(lines, s, start=0, sub=False):
    for i in range(start, len(lines)):
        if lines[i] == s or lines[i].startswith(s) or (sub and s in lines[i]):
            return i
    return -1


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
    if not re.fullmatch(r"45\d\d_[a-z0-9_]+\.txt", name):
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if "\r" in raw:
        err("carriage returns in page")
    raw_lines = raw.split("\n")
    # keep the raw index of every non-empty line, to test blank-line separation in the body
    idx = [k for k, l in enumerate(raw_lines) if l.strip()]
    lines = [raw_lines[k].strip() for k in idx]
    sub = lay == "wet"
    # layout
    has_blank = "\n\n" in raw.strip("\n")
    if lay == "lines" and has_blank:
        err("layout 'lines' but the page has blank lines")
    if lay in ("blank", "wrapped") and not has_blank:
        err(f"layout '{lay}' but the page has no blank line")
    if lay == "wet":
        head, _, rest = raw.partition("\n\n")
        if not head.startswith("WARC/1.0") or "\n\n" in rest.strip("\n"):
            err("layout 'wet' needs a WARC header, one blank line, then no blank line")
    # title
    if sub:
        if not any(doc["title"] in l for l in lines):
            err("title not found in a line")
    elif doc["title"] not in lines:
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
    if lines[j] != doc["body_last"] and lay in ("wrapped", "pdf"):
        err("body_last of a wrapped page must be the whole last line")
    chrome = doc["chrome_not_body"]
    for c in chrome:
        if find_line(lines, c, sub=sub) < 0:
            err(f"chrome line not found: {c!r}")
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")

    def is_chrome(line):
        return any(line == c or line.startswith(c) or (sub and c in line) for c in chrome)
    span = list(range(i, j + 1))
    body_idx = [k for k in span if not is_chrome(lines[k])]
    # paragraphs
    if lay in ("lines", "blank", "wet"):
        paras = [lines[k] for k in body_idx]
        if lay == "blank":
            for a, b in zip(body_idx, body_idx[1:]):
                if idx[b] - idx[a] < 2:
                    err(f"body paragraphs not separated by a blank line: {lines[b][:40]!r}")
    elif lay == "wrapped":
        paras, cur, prev = [], [], None
        for k in body_idx:
            if prev is not None and idx[k] - idx[prev] > 1:
                paras.append(" ".join(cur))
                cur = []
            cur.append(lines[k])
            prev = k
        if cur:
            paras.append(" ".join(cur))
        for k in body_idx:
            if len(raw_lines[idx[k]]) > 80:
                err(f"wrapped line longer than 80: {lines[k][:40]!r}")
    else:  # pdf
        paras = [" ".join(lines[k] for k in body_idx)]
        for k in body_idx:
            if len(lines[k]) > 42:
                err(f"column line longer than 42: {lines[k][:40]!r}")
    for p in paras:
        if len(p.split()) < 18:
            err(f"short unlisted paragraph inside body span: {p[:60]!r}")
    body_text = " ".join(paras)
    words = len(body_text.split())
    lo, hi = (8, 12) if n in LIVE else (6, 9)
    if lay != "pdf" and not lo <= len(paras) <= hi:
        err(f"{len(paras)} body paragraphs")
    if not 300 <= words <= (800 if n in LIVE else 700):
        err(f"{words} body words")
    nb = norm(body_text)
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            err(f"chrome line occurs inside the body: {c!r}")
    if norm(doc["title"]) in nb:
        err("title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        err("body_first / body_last not in the normalized body")
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
    if pub is not None and not ISO.match(pub):
        err("published not ISO")
    if (pub is None) != (n in ASSUMED):
        err("published null exactly for the undated pages")
    rel = doc["relative"]
    if not ISO.match(rel["date"]):
        err("relative date not ISO")
    ref = datetime.date.fromisoformat(pub or ASSUMED[n])
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (ref - rd).days <= 7:
        err(f"relative date {rd} is {(ref - rd).days} days before {ref}")
    wd = weekday_of_phrase(rel["phrase"])
    if wd is None or wd != rd.weekday():
        err(f"phrase {rel['phrase']!r} does not fall on {rd} ({rd.strftime('%A')})")
    if body_text.count(rel["phrase"]) != 1:
        err(f"relative phrase occurs {body_text.count(rel['phrase'])} times in the body")
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
    return name, len(paras), words, len(lines), len(raw_lines)


def main(argv):
    errors, out, stats = [], [], []
    for doc in DOCS:
        r = check(doc, errors)
        if not r or isinstance(r, str):
            continue
        name, paras, words, nonempty, total = r
        stats.append((doc["n"], LAYOUT[doc["n"]], paras, words, nonempty, total))
        d = {"file": name}
        for k in ("language", "outlet", "title", "published", "body_first", "body_last",
                  "chrome_not_body", "relative", "comments_first", "comment_authors"):
            if k in doc:
                d[k] = doc[k]
        out.append(d)
    if len(DOCS) != 24 or [d["n"] for d in DOCS] != list(range(4501, 4525)):
        errors.append("expected documents 4501-4524 in order")
    for s in stats:
        print("%d (%s): %d paragraphs, %d words, %d non-empty lines (%d lines)" % s)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems", file=sys.stderr)
        return 1
    if "--check" not in argv:
        with open(os.path.join(HERE, "transfer-45.gold.json"), "w", encoding="utf-8") as f:
            json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote transfer-45.gold.json ({len(out)} documents)")
    else:
        print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
