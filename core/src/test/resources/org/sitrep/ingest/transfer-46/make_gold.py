#!/usr/bin/env python3
"""Build and check transfer-46.gold.json from the pages in this folder.

usage: python3 make_gold.py            (writes transfer-46.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Like transfer-45, every page is one article as it reaches a crawler through a tool, a view or a
re-publication, so the line layout differs per page (LAYOUT below):
  lines    one block per line, no blank line anywhere;
  blank    one block per line, a blank line between the body paragraphs (blocks outside the
           body may run over several adjacent lines);
  wrapped  a text-browser dump or a plain-text e-mail: paragraphs wrapped at 72-80 columns
           (optionally indented), a blank line between paragraphs;
  report   pdftotext of a think-tank PDF: lines of up to 100 characters, a blank line between
           paragraphs, English words hyphenated across lines, footnotes, running headers and
           page footers (with a form feed) falling inside a paragraph at a page break;
  ocr      OCR of a scanned newspaper clipping: narrow lines (<= 55 characters), a blank line
           between paragraphs, OCR noise inside the text, the last line cut off.

Checks (lines are compared stripped): no gold string contains a line break; every title is a
whole line; body_first is a line prefix; body_last is a whole line or line prefix after it (on
`wrapped`, `report` and `ocr` pages: the whole last line of the last paragraph); every chrome
line is a whole line or line prefix; the body (the non-chrome lines from body_first to
body_last, joined with spaces) has 300-700 words (live blogs up to 800), 6-9 paragraphs (live
blogs 8-12), every paragraph at least 18 words, and contains no chrome line, no title and no
comments_first after score_events.py's normalization; comments_first is a line prefix after
body_last and every comment author appears on a line after it; dates are ISO; the relative date
falls on its phrase's weekday 1-7 days before publication; the body has exactly one weekday name
(the phrase's) and weekday names elsewhere sit only on listed chrome lines; no page has "today",
"yesterday", "tonight", "tomorrow", "اليوم", "أمس", "الليلة", "غداً" etc.; the layout matches
LAYOUT; the file names are 46NN_<slug>.txt.
"""
import datetime, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

LAYOUT = {
    4601: "wrapped", 4602: "lines", 4603: "blank", 4604: "wrapped", 4605: "report", 4606: "blank",
    4607: "blank", 4608: "lines", 4609: "blank", 4610: "blank", 4611: "ocr", 4612: "blank",
    4613: "wrapped", 4614: "lines", 4615: "blank", 4616: "wrapped", 4617: "report", 4618: "blank",
    4619: "blank", 4620: "lines", 4621: "blank", 4622: "blank", 4623: "ocr", 4624: "blank",
}
LIVE = {4603, 4615}
MAXLEN = {"wrapped": 80, "report": 100, "ocr": 55}

ABOUT = [
    "Forty-sixth transfer check set (t46): 24 text pages, 12 English (4601-4612) and 12 Arabic (4613-4624). Theme as transfer-45's: ONE ARTICLE AS IT REACHES A CRAWLER THROUGH A TOOL, A VIEW OR A RE-PUBLICATION, not a site template; each view once per language (46NN and 46NN+12 share the view, with different stories and outlets). Six views are transfer-45's in a different variant: (1) elinks dumps with the link number AFTER the link text ('Home[2]'), the menu as a numbered list, a 'Visible links' list, 'Written by' / 'كتبه:' bylines and a date line with a time-zone name or a Hijri date beside the Gregorian one; (2) Atom entries rendered as text ('feed/updated' or 'feed.updated' above the entry, then id, updated, title, link, published, author/name, categories, summary, content in an order unlike RSS; next entries with their dates); (3) live blogs OLDEST FIRST, with 'Posted at HH:MM' / 'نُشر في' lines, day headers, 'Updated 12 minutes ago' / 'تحديث منذ 25 دقيقة', a 'Summary' / 'ملخص' box, the first post's day earlier than the last update; (4) FORWARDED newsletter e-mails (a sharer's note, '---------- Forwarded message ---------', From / Date / Subject / To, the Date being the mailing date, then the issue with its own date); (5) pdftotext of think-tank PDFs (title page, author affiliations, key points, running header repeating a short title, footnote numbers in the text and footnotes at the page foot, 'Published:' / 'تاريخ النشر:' footers with page numbers, a form feed inside a paragraph, a 'Downloaded ... on' stamp); (6) archive.today / archive.ph captures ('Saved from', 'search', 'history', 'archived 5 Jan 2024 07:48:31 UTC', 'share download .zip report bug or abuse') above the page. Six views are new: (7) Telegram channel posts exported as text ('Channel, [16/07/2025 17:05]' or '[14.07.24 09:12]', 'Forwarded from ...', the headline as the post's first line, hashtags, a full-article link with its preview, view counts '12.4K', the channel's next posts); (8) news-aggregator copies (aggregator menus, '© AFP', 'Story by', a read-time date line, 'Story continues' / 'يتابع المقال أدناه' inside the text, 'Continue reading', 'More for you' items with relative times); (9) lite text-only versions ('Go to the full ... site', 'Updated 0914 GMT (1714 HKT) June 11, 2014', 'Source:', 'See Full Web Article'); (10) Facebook page posts copied as text (page name, '3h', a full weekday date, the page's note above the headline, link preview, reactions, 'Like · Reply · 2h' comments, 'See more'); (11) OCR of scanned newspaper clippings (a paper date line, split words, broken letters, stray '|', '»', '«', a caption inside the text, the last line cut off mid-word); (12) syndicated partner copies ('This article was originally published by X on March 22, 2025. Republished with permission.', the partner's own header, date, footer and dates). Stories of 2014-2025 in Syria, Iraq, Yemen, Libya, Sudan, Lebanon and Gaza, none of transfer-45's: Shayrat, the US-UK strikes on the Houthis, the November 2024 Lebanon ceasefire, Zamzam camp, Baghuz, al-Arouri's killing, the July 2025 strikes on Damascus, Decisive Storm, the fall of Mosul, the World Central Kitchen convoy, Sirte 2016, the Khartoum presidential palace; the STC's takeover of Aden, the drone attack on al-Kadhimi's home, 23 September 2024 in Lebanon, the Tripoli clashes of May 2025, Peace Spring, the October 2021 Sudan coup, al-Mawasi, the Damascus consulate strike, the Houthis in Sanaa, Fuad Shukr, Iraq's victory declaration, Sinwar's death. Outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text).",
    "Written blind by the t46 helper without reading any ingest code (no Java, lexicon or .tsv file, no tools/ script, no test), without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-45's README.md, make_gold.py, transfer-45.gold.json and three of its pages (4501, 4512, 4521) were read, for the format. Every page has a visible publication date (no undated page in this set). Layout per page in make_gold.py's LAYOUT.",
    "Gold conventions (as t45's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph is part of it; bylines, source lines, captions, 'Related' / 'اقرأ أيضاً' lines, sponsored and advertisement lines, 'Story continues' lines, post timestamps and 'Share' lines of live blogs, running headers, page footers and footnotes of PDFs, and every tool's own apparatus (archive banners, feed fields, e-mail headers, Telegram stamps and view counts, Facebook reactions, aggregator menus, partner notes) are chrome. On wrapped, report and ocr pages body_first is the start of the first paragraph's first line and body_last the whole last line of the last paragraph; OCR noise inside the text is page text and stays in the gold strings where it falls. The publication date is the article's own: a live blog's first post's day, not its last update (4603, 4615); an Atom entry's 'published', not its 'updated' nor the feed's (4602, 4614); the page's date under an archive banner, not the capture date (4606, 4618); a 'Published' date over a 'Last updated' one (4606, 4618); a forwarded newsletter's issue date, not the e-mail's Date header (4604, 4616); a think-tank PDF's 'Published:' footer, not the cover month nor the 'Downloaded ... on' stamp (4605, 4617); a Telegram post's stamp (4607, 4619); the aggregator's absolute date line, not its relative times (4608, 4620); a lite page's 'Updated' line, its only date (4609, 4621); a Facebook post's full date, not '3h' (4610, 4622); the clipping's paper date line (4611, 4623); a syndicated copy's ORIGINAL publication date, not the partner's own date (4612, 4624), because the text's relative dates are anchored to it. Of two calendars only the Gregorian date counts (4613, 4623). Each document carries published_note (where the date comes from and which dates were rejected) and events: [] (no events are coded in this set, so score_events.py can read the gold as it is). Comments (4601, 4606, 4610, 4618, 4622) carry comments_first and comment_authors as in t45 (the site's or page's own replies count as authors). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication.",
]

DOCS = [
    {
        "n": 4601, "language": "en",
        "outlet": "an elinks dump of an English Levant news site (The Orontes Review) on the US missile strike on al-Shayrat air base",
        "title": "US fires cruise missiles at Syrian air base after Khan Sheikhoun attack",
        "published": "2017-04-07",
        "published_note": "the date line under the byline, 'Friday, 7 April 2017, 11:20 Eastern European Summer Time' (a time-zone name, not an offset); the 'Most read' items (5 and 6 April) and the comment stamps are other dates",
        "body_first": "WASHINGTON/BEIRUT — The United States fired 59 Tomahawk cruise missiles at",
        "body_last": "crisis again at an emergency session requested by Bolivia and Russia.",
        "chrome_not_body": [
            "Skip to content[1]",
            "THE ORONTES REVIEW",
            "News and analysis from the Levant",
            "1. Home[2]",
            "6. Subscribe[7]",
            "You are here: Home[2] › Syria[3] › Idlib[8]",
            "Written by Helen Carver[9], diplomatic correspondent",
            "Friday, 7 April 2017, 11:20 Eastern European Summer Time",
            "Share: Facebook[10] | Twitter[11] | Email[12] | Print[13]",
            "[IMG: A US Navy destroyer launches a Tomahawk missile]",
            "A US Navy destroyer fires a missile in the eastern Mediterranean. (US Navy)",
            "Related: Survivors of Khan Sheikhoun describe the morning the gas came[14]",
            "Tags: Syria[15] | Khan Sheikhoun[16] | chemical weapons[17] | United States[18]",
            "Most read",
            "1. Inside the Idlib hospital that received the first victims[19] (5 April 2017)",
            "2. Moscow and Tehran pledge to stand by Damascus[20] (6 April 2017)",
            "3 comments",
            "Sam Whitfield[21] · 7 April 2017 at 12:05",
            "Reply[22]",
            "Leave a comment[27]",
            "About[28] | Contact[29] | Privacy[30]",
            "© 2017 The Orontes Review",
            "References",
            "Visible links",
            "1. https://www.orontesreview.com/syria/2017/04/07/us-strikes-shayrat-air-base#content",
        ],
        "relative": {"phrase": "on Tuesday", "date": "2017-04-04"},
        "comments_first": "Long overdue. The question is whether there is any plan after the missiles.",
        "comment_authors": ["Sam Whitfield", "Rania A.", "Helen Carver"],
    },
    {
        "n": 4602, "language": "en",
        "outlet": "an Atom feed entry rendered as text from a Yemen/Red Sea English news site (Bab al-Mandab Monitor) on the first US-UK strikes on the Houthis",
        "title": "US and British forces strike Houthi targets across Yemen after weeks of Red Sea attacks",
        "published": "2024-01-12",
        "published_note": "the entry's 'published: 2024-01-12T08:55:03+03:00'; not the entry's 'updated' (same day, 21:18), nor the feed's 'feed/updated: 2024-01-13T05:40:12Z' above the entry, nor the next entries' dates",
        "body_first": "SANAA/ADEN – American and British warplanes, ships and a submarine struck dozens of Houthi targets",
        "body_last": "Saudi Arabia, which has kept to an informal truce with the Houthis since 2022 and has been negotiating a road map to end Yemen's war, called for restraint and for avoiding escalation. The largest shipping lines have diverted hundreds of vessels around the Cape of Good Hope, adding about ten days to voyages between Asia and Europe.",
        "chrome_not_body": [
            "== Atom feed ==",
            "feed/title: Bab al-Mandab Monitor",
            "feed/subtitle: Yemen, the Red Sea and the Horn of Africa",
            "feed/id: tag:babalmandabmonitor.com,2014:feed",
            "feed/updated: 2024-01-13T05:40:12Z",
            "feed/link[self]: https://babalmandabmonitor.com/feed/atom/",
            "feed/generator: WordPress 6.4.2",
            "entries: 15",
            "== entry 1 of 15 ==",
            "id: tag:babalmandabmonitor.com,2024:/?p=33105",
            "updated: 2024-01-12T21:18:44+03:00",
            "title [text]:",
            "link[alternate]: https://babalmandabmonitor.com/yemen/2024/01/12/us-uk-strikes-houthi-targets/",
            "published: 2024-01-12T08:55:03+03:00",
            "author/name: Farida Saleh",
            "author/uri: https://babalmandabmonitor.com/author/fsaleh/",
            "category[term]: Yemen",
            "category[term]: Red Sea",
            "category[term]: Houthis",
            "summary [text]:",
            "Sanaa, Hodeidah, Dhamar and Saada hit in dozens of strikes; Houthis vow to respond as shipping lines keep avoiding the southern Red Sea.",
            "content [html]:",
            "Continue reading US and British forces strike Houthi targets across Yemen… at Bab al-Mandab Monitor.",
            "== entry 2 of 15 ==",
            "updated: 2024-01-12T19:02:10+03:00",
            "Oil climbs as tanker operators reassess Red Sea risk",
            "published: 2024-01-12T18:40:00+03:00",
            "Houthi leader warns of response to any attack on Yemen",
        ],
        "relative": {"phrase": "on Tuesday", "date": "2024-01-09"},
    },
    {
        "n": 4603, "language": "en",
        "outlet": "a live blog, oldest post first, of an English international news site (The Atlas Chronicle) on the Israel-Hezbollah ceasefire of November 2024",
        "title": "Israel-Hezbollah ceasefire: Lebanon truce begins after Israeli cabinet approves US-brokered deal",
        "published": "2024-11-26",
        "published_note": "the day header 'Tuesday 26 November 2024' above the first post ('Posted at 15:10 EET'); the page shows no first-published line, only 'Updated 12 minutes ago', and the later posts sit under 'Wednesday 27 November 2024'",
        "body_first": "Welcome to our live coverage from Beirut and Jerusalem.",
        "body_last": "The Lebanese army says it has begun reinforcing its positions in the south and asks residents to wait before returning to frontline villages, pointing to unexploded munitions and the continued presence of Israeli troops. Prime Minister Najib Mikati called the truce a fundamental step towards calm and stability and urged Israel to comply fully.",
        "chrome_not_body": [
            "The Atlas Chronicle",
            "World   Middle East   Politics   Business   Opinion   Live",
            "Updated 12 minutes ago",
            "By Nadia Farouk in Beirut and Simon Blake in Jerusalem",
            "Summary",
            "• Security cabinet backs the agreement by ten votes to one after Netanyahu's address",
            "• Guns fall silent at 4am; Israeli troops have 60 days to leave southern Lebanon",
            "• Families crowd the coastal road south despite warnings from both armies",
            "Oldest first | Newest first",
            "Tuesday 26 November 2024",
            "Wednesday 27 November 2024",
            "Posted at 15:10 EET", "Posted at 16:40 EET", "Posted at 18:25 EET", "Posted at 20:35 EET",
            "Posted at 22:05 EET", "Posted at 22:40 EET", "Posted at 04:05 EET", "Posted at 06:50 EET",
            "Posted at 08:15 EET", "Posted at 09:40 EET",
            "Share",
            "Back to top",
            "Topics: Lebanon · Israel · Hezbollah · Middle East",
            "About us · Contact · Terms · Privacy",
            "© 2024 The Atlas Chronicle",
        ],
        "relative": {"phrase": "On Sunday", "date": "2024-11-24"},
    },
    {
        "n": 4604, "language": "en",
        "outlet": "a forwarded plain-text newsletter e-mail (The Sudan Letter) on the RSF takeover of Zamzam camp",
        "title": "RSF seizes Zamzam camp after three-day assault, hundreds feared killed",
        "published": "2025-04-14",
        "published_note": "the issue's own date line 'Issue 88 | 14 April 2025'; the forwarded header's 'Date: Tue, Apr 15, 2025 at 6:05 AM' is when the issue was mailed",
        "body_first": "PORT SUDAN – The paramilitary Rapid Support Forces said they had taken",
        "body_last": "allies in Port Sudan have vowed to resist by all means.",
        "chrome_not_body": [
            "Hi Marta,",
            "Forwarding this in case it never reached you. The lead item is the",
            "Best,",
            "---------- Forwarded message ---------",
            "From: The Sudan Letter <editors@sudanletter.org>",
            "Date: Tue, Apr 15, 2025 at 6:05 AM",
            "Subject: Zamzam falls: what we know | Issue 88",
            "To: <tom.riley@reliefnet-example.org>",
            "THE SUDAN LETTER",
            "Weekly reporting and analysis on Sudan's war",
            "Issue 88 | 14 April 2025",
            "In this issue: Zamzam overrun * The road to Tawila * London talks",
            "------------------------------------------------------------------------",
            "By Amal Idris, Port Sudan",
            "[Sponsored] Support independent reporting on Sudan: become a member",
            "<https://sudanletter.org/join>",
            "Read this story online: <https://sudanletter.org/88/zamzam-falls>",
            "ELSEWHERE THIS WEEK",
            "- London: ministers to meet on Sudan without the warring parties",
            "- Khartoum: army tightens its grip on the capital's southern districts",
            "You received this email because you signed up for The Sudan Letter.",
            "Unsubscribe <https://sudanletter.org/u/7d1e0a> | Update your preferences",
            "The Sudan Letter, PO Box 4410-00100, Nairobi, Kenya",
        ],
        "relative": {"phrase": "on Friday", "date": "2025-04-11"},
    },
    {
        "n": 4605, "language": "en",
        "outlet": "pdftotext of a think-tank brief (Halden Institute for Conflict Studies, Conflict Brief No. 14) on the fall of Baghuz",
        "title": "The Fall of Baghuz and the End of the Islamic State's Territorial Caliphate",
        "published": "2019-03-28",
        "published_note": "the page footers 'Published: 28 March 2019 | haldeninstitute.org | N'; the cover says only 'March 2019', the footnotes cite 23 and 24 March 2019, and 'Downloaded from haldeninstitute.org on 11/04/2019' is the download stamp",
        "body_first": "When the US-backed Syrian Democratic Forces (SDF) announced last Saturday that their",
        "body_last": "remaining networks the grievances on which they have repeatedly rebuilt in the past.",
        "chrome_not_body": [
            "HALDEN INSTITUTE FOR CONFLICT STUDIES",
            "Conflict Brief No. 14 | March 2019",
            "What the last battle in the Euphrates valley means for Syria and Iraq",
            "Helen Marsh1 and Karim Abboud2",
            "1 Senior Fellow, Middle East Programme, Halden Institute for Conflict Studies, London",
            "2 Research Associate, Halden Institute for Conflict Studies; formerly a field researcher in Deir ez-Zor",
            "Key points",
            "• The capture of the Baghuz encampment ends the group's hold on territory, not its insurgency.",
            "• Al-Hol camp now holds more than 70,000 people, most of them women and children.",
            "• The fate of detained foreign fighters and the governance of the north-east remain unresolved.",
            "Published: 28 March 2019 | haldeninstitute.org | 1",
            "The Fall of Baghuz | Conflict Brief No. 14",
            "1 SDF General Command, statement read at the al-Omar oil field, 23 March 2019.",
            "2 SDF media office figures provided to the authors, 24 March 2019.",
            "3 UN Office for the Coordination of Humanitarian Affairs, al-Hol camp situation reports, March 2019.",
            "Published: 28 March 2019 | haldeninstitute.org | 2",
            "4 Authors' interviews with security officials in Erbil and Hasakah, February and March 2019.",
            "5 Statements by US and Turkish officials, December 2018 to March 2019.",
            "© Halden Institute for Conflict Studies 2019. This brief may be quoted with attribution.",
            "Published: 28 March 2019 | haldeninstitute.org | 3",
            "Downloaded from haldeninstitute.org on 11/04/2019 at 16:22",
        ],
        "relative": {"phrase": "last Saturday", "date": "2019-03-23"},
    },
    {
        "n": 4606, "language": "en",
        "outlet": "an archive.today capture of a Beirut English news site (Beirut Briefing) on the killing of Saleh al-Arouri",
        "title": "Hamas deputy leader Saleh al-Arouri killed in drone strike on Beirut's southern suburbs",
        "published": "2024-01-03",
        "published_note": "'Published: 01/03/2024 08:10 AM' read month-first (an AM/PM site; read day-first it would be 1 March 2024, after the capture 'archived 5 Jan 2024 07:48:31 UTC', and 'late on Tuesday' would not fit); not the 'Last updated' time nor the capture date",
        "body_first": "BEIRUT – Saleh al-Arouri, the deputy head of Hamas's political bureau",
        "body_last": "In Ramallah and other West Bank towns, shops closed in mourning, and Hamas said the killing would not break its resolve. Al-Arouri, 57, was born near Ramallah, spent years in Israeli prisons and was deported in 2010, and afterwards lived in Syria, Turkey and Lebanon. The United States had offered a reward of up to $5 million for information about him.",
        "chrome_not_body": [
            "archive.is",
            "webpage capture",
            "Saved from",
            "https://www.beirutbriefing.com/lebanon/2024/01/03/hamas-deputy-leader-arouri-killed-beirut-strike/",
            "search",
            "history ←prior next→",
            "archived 5 Jan 2024 07:48:31 UTC",
            "All snapshots from host www.beirutbriefing.com",
            "Webpage    Screenshot",
            "share    download .zip    report bug or abuse",
            "BEIRUT BRIEFING",
            "News | Lebanon | Region | Business | Opinion | Podcasts | Subscribe",
            "By Rana Saab",
            "Published: 01/03/2024 08:10 AM | Last updated: 01/03/2024 01:45 PM",
            "Firefighters and rescuers outside the damaged building in Musharrafieh. (Beirut Briefing)",
            "Share this article: Facebook | X | WhatsApp | Email",
            "Related",
            "Hezbollah and Israel trade fire as border villages empty",
            "Who was Saleh al-Arouri?",
            "2 Comments",
            "January 3, 2024 at 9:02 am",
            "January 3, 2024 at 11:37 am",
            "Reply",
            "Leave a comment",
            "About | Contact | Advertise | Privacy",
            "© 2024 Beirut Briefing. All rights reserved.",
        ],
        "relative": {"phrase": "late on Tuesday", "date": "2024-01-02"},
        "comments_first": "Beirut cannot afford another war.",
        "comment_authors": ["Karim H.", "Joanna M."],
    },
    {
        "n": 4607, "language": "en",
        "outlet": "a Telegram channel export (Syria Frontline Desk, forwarding Damascus Pulse) on the Israeli strikes on the defence ministry in Damascus",
        "title": "Israeli jets strike Syrian defence ministry in Damascus as Sweida clashes rage",
        "published": "2025-07-16",
        "published_note": "the post stamp 'Syria Frontline Desk, [16/07/2025 17:05]' (D/M/Y, unambiguous); the forwarded post carries no date of its own, the next posts are later the same day",
        "body_first": "DAMASCUS – Israeli warplanes struck the Syrian defence ministry and the army's general staff headquarters",
        "body_last": "The Syrian foreign ministry condemned the strikes as a flagrant attack on the institutions of the state. The United States said it was in contact with all sides to end the violence, and Secretary of State Marco Rubio said he expected the fighting to stop within hours.",
        "chrome_not_body": [
            "Syria Frontline Desk, [16/07/2025 17:05]",
            "[Forwarded from Damascus Pulse]",
            "#Syria #Damascus #Sweida #Israel",
            "📎 Full article: https://damascuspulse.news/en/2025/07/16/israel-strikes-defence-ministry-damascus/",
            "Damascus Pulse",
            "Strikes hit Umayyad Square and an area near the presidential palace as Israel demands a pullout from the south",
            "👁 12.4K",
            "Syria Frontline Desk, [16/07/2025 17:40]",
            "🔴 Channels close to the government say the army has begun pulling units out of Sweida city under a new ceasefire deal. Not yet confirmed.",
            "👁 9.1K",
            "Syria Frontline Desk, [16/07/2025 18:12]",
            "Video circulating of the damaged general staff building, filmed from Baramkeh. We are checking where and when it was shot.",
            "👁 7.8K",
        ],
        "relative": {"phrase": "on Sunday", "date": "2025-07-13"},
    },
    {
        "n": 4608, "language": "en",
        "outlet": "a news-aggregator copy (NewsStream) of an AFP story on the start of the Saudi-led intervention in Yemen",
        "title": "Saudi-led coalition launches air strikes on Yemen's Huthi rebels",
        "published": "2015-03-26",
        "published_note": "the aggregator's date line 'Thu, March 26, 2015 at 9:41 AM GMT+3 · 4 min read'; the 'More for you' items carry only relative times (2h, 5h, 6h, 1d)",
        "body_first": "RIYADH – Saudi Arabia and its Arab allies launched air strikes against Huthi rebels",
        "body_last": "Oil prices jumped in Asian trading on fears for shipments through the Bab al-Mandab strait off Yemen's south-western coast, one of the world's busiest sea lanes. Analysts warned that the intervention risked turning Yemen's internal conflict into a regional proxy war between Saudi Arabia and Iran.",
        "chrome_not_body": [
            "NewsStream",
            "Home  News  Finance  Sports  Entertainment  Weather  Video",
            "Search the web",
            "Sign in",
            "© AFP",
            "Story by Jean-Luc Moreau",
            "Thu, March 26, 2015 at 9:41 AM GMT+3 · 4 min read",
            "Smoke rises after an air strike on Sanaa airport (AFP Photo)",
            "Story continues",
            "Advertisement",
            "Continue reading",
            "View comments (214)",
            "Related: Yemen in crisis, a timeline of the Huthi advance",
            "More for you",
            "Oil jumps as Saudi strikes on Yemen stoke supply fears · Gulf Wire · 2h",
            "Hadi arrives in Riyadh, Saudi sources say · Red Sea Daily · 5h",
            "Iran warns of regional fallout from Yemen operation · The Levantine · 6h",
            "Egypt ready to send troops, presidency says · Nile Courier · 1d",
            "Feedback · Help · Privacy & Cookies · Terms of use · Advertise · © 2015 NewsStream",
        ],
        "relative": {"phrase": "on Wednesday", "date": "2015-03-25"},
    },
    {
        "n": 4609, "language": "en",
        "outlet": "the lite text-only version of an English international news site (GlobeWire) on the fall of Mosul",
        "title": "Militants seize Iraq's second city of Mosul as army and police flee",
        "published": "2014-06-11",
        "published_note": "'Updated 0914 GMT (1714 HKT) June 11, 2014', the only date on the page (the lite view shows no first-published time)",
        "body_first": "Baghdad (GlobeWire) -- Sunni militants of the Islamic State of Iraq and Syria overran Mosul",
        "body_last": "The militants' final push into Mosul came on Tuesday, after several days of fighting in the city's western neighborhoods. The United States said it was deeply concerned and would support Iraqi leaders in confronting the aggression, while neighbouring Turkey said it was following closely the fate of its citizens in the city, among them the staff of its consulate.",
        "chrome_not_body": [
            "GLOBEWIRE | Lite",
            "Go to the full GlobeWire site",
            "By Anna Cole and Sami Haddad, GlobeWire",
            "Updated 0914 GMT (1714 HKT) June 11, 2014",
            "Source: GlobeWire",
            "See Full Web Article",
            "Editions | Terms of Use | Privacy Policy | AdChoices",
            "© 2014 GlobeWire. All Rights Reserved.",
        ],
        "relative": {"phrase": "on Tuesday", "date": "2014-06-10"},
    },
    {
        "n": 4610, "language": "en",
        "outlet": "a Facebook page post copied as text (Coastal Pulse News) on the Israeli strike on a World Central Kitchen convoy",
        "title": "Israeli strike kills seven World Central Kitchen aid workers in central Gaza",
        "published": "2024-04-02",
        "published_note": "the post's full date 'Tuesday, April 2, 2024 at 10:26 AM'; '3h' and the comments' '2h' / '1h' are relative to the copy",
        "body_first": "DEIR AL-BALAH – Seven aid workers from the US-based charity World Central Kitchen were killed",
        "body_last": "The convoy had been distributing supplies from a shipment that arrived from Cyprus through a maritime corridor backed by several governments. Vessels still carrying about 240 tonnes of aid turned back towards Cyprus after the attack, as UN agencies warned that famine was imminent in the north of the strip.",
        "chrome_not_body": [
            "Coastal Pulse News",
            "3h · 🌍",
            "Tuesday, April 2, 2024 at 10:26 AM",
            "Our correspondent in Deir al-Balah has confirmed the names of all seven. Full report below 👇",
            "coastalpulse.news",
            "Charity pauses operations after its clearly marked convoy is hit in Deir al-Balah",
            "👍😢😡 4.2K",
            "1.1K comments · 812 shares",
            "Like    Comment    Share",
            "Most relevant",
            "Like · Reply · 2h",
            "Like · Reply · 1h",
            "View more comments",
            "Write a comment…",
        ],
        "relative": {"phrase": "late on Monday", "date": "2024-04-01"},
        "comments_first": "Heartbreaking. They came to feed people and they were killed for it.",
        "comment_authors": ["Rasha Odeh", "Mark Jensen", "Coastal Pulse News"],
    },
    {
        "n": 4611, "language": "en",
        "outlet": "OCR of a scanned clipping from a printed Libyan English daily (The Tripoli Courier) on the recapture of Sirte",
        "title": "Libyan forces say Sirte retaken from Islamic State",
        "published": "2016-12-07",
        "published_note": "the paper's header line '| THE TRIPOLI COURIER   Wednesday, December 7, 2016   5 »'",
        "body_first": "SIRTE — Forces loyal to Libya's UN-backed",
        "body_last": "to the south, where they could regroup and threa",
        "chrome_not_body": [
            "| THE TRIPOLI COURIER   Wednesday, December 7, 2016   5 »",
            "Last militant pocket in Ghiza Bahriya falls after six-month battle",
            "By Salem Bukhari",
            "Courier Correspondent",
            "FIGHTERS of the Bunyan al-Marsous force",
            "celebrate in Sirte. (Courier photo)",
            "|",
        ],
        "relative": {"phrase": "on Monday", "date": "2016-12-05"},
    },
    {
        "n": 4612, "language": "en",
        "outlet": "a syndicated partner copy on a Horn of Africa English site (The Horn Review) of a Sudan Insight story on the army retaking the Republican Palace",
        "title": "Sudan's army says it has retaken the presidential palace in Khartoum",
        "published": "2025-03-22",
        "published_note": "the original publication date in 'This article was originally published by Sudan Insight on March 22, 2025'; the partner's own '2025-04-01' under the byline and its 'Published on The Horn Review: 2025-04-01 ... | Updated: 2025-04-02' footer are the republication's; the text's 'on Friday' is 21 March",
        "body_first": "KHARTOUM – Sudan's army said it had retaken the Republican Palace in central Khartoum",
        "body_last": "The war has killed tens of thousands of people, displaced more than 12 million and pushed parts of the country into famine, according to UN agencies. Both sides have been accused of atrocities, and the United States determined in January that the RSF and allied militias had committed genocide in Darfur.",
        "chrome_not_body": [
            "THE HORN REVIEW",
            "Independent journalism from the Horn of Africa and the Nile",
            "Home | Sudan | Ethiopia | Somalia | Eritrea | South Sudan | Partners",
            "PARTNER CONTENT",
            "By Yousif Hamid | Sudan Insight",
            "2025-04-01",
            "This article was originally published by Sudan Insight on March 22, 2025. Republished with permission.",
            "This story is part of The Horn Review's partnership with independent newsrooms in the region.",
            "About Sudan Insight: Sudan Insight is an independent news site run by Sudanese journalists",
            "Published on The Horn Review: 2025-04-01 09:30 EAT | Updated: 2025-04-02 14:10 EAT",
            "More from our partners",
            "Ethiopia: tensions rise in Tigray as rival TPLF factions split (Addis Monitor, 2025-03-28)",
            "Somalia: al-Shabaab attack on presidential convoy in Mogadishu (Benadir Voice, 2025-03-19)",
            "Share: Facebook | X | LinkedIn | Email",
            "© 2025 The Horn Review. All rights reserved.",
        ],
        "relative": {"phrase": "on Friday", "date": "2025-03-21"},
    },
    {
        "n": 4613, "language": "ar",
        "outlet": "an elinks dump of a south Yemen Arabic news site (صوت خليج عدن) on the STC taking the Maashiq palace in Aden",
        "title": "المجلس الانتقالي يسيطر على قصر معاشيق ومعسكرات الحكومة في عدن",
        "published": "2019-08-11",
        "published_note": "the Gregorian half of the date line 'الأحد 10 ذو الحجة 1440 هـ - الموافق 11 آب/أغسطس 2019 - 10:25 بتوقيت مكة المكرمة' (Hijri first, both month-name systems, a time-zone name); the related items (7 and 9 August) are other dates",
        "body_first": "عدن - سيطرت قوات «الحزام الأمني» التابعة للمجلس الانتقالي الجنوبي على قصر",
        "body_last": "الأزمات الإنسانية في العالم بعد أكثر من أربع سنوات من الحرب.",
        "chrome_not_body": [
            "تخطَّ إلى المحتوى[1]",
            "أخبار اليمن والجنوب أولاً بأول",
            "1. الرئيسية[2]",
            "6. English[7]",
            "أنت هنا: الرئيسية[2] › عدن[4]",
            "كتبه: فهد باعلوي[8]",
            "الأحد 10 ذو الحجة 1440 هـ - الموافق 11 آب/أغسطس 2019 - 10:25 بتوقيت مكة المكرمة",
            "شارك: فيسبوك[9] | تويتر[10] | واتساب[11]",
            "[صورة: مسلحون من الحزام الأمني أمام بوابة قصر معاشيق]",
            "مسلحون من قوات الحزام الأمني عند إحدى بوابات قصر معاشيق في كريتر - صوت خليج عدن",
            "اقرأ أيضاً[12]: تشييع قتلى الهجوم على معسكر الجلاء وسط توتر في عدن",
            "الوسوم: عدن[13] | المجلس الانتقالي[14] | الحزام الأمني[15] | التحالف[16]",
            "أخبار ذات صلة",
            "1. هاني بن بريك يدعو إلى «النفير» نحو قصر معاشيق[17] (7 أغسطس 2019)",
            "2. الأمم المتحدة تعبر عن قلقها من المعارك في عدن[18] (9 أغسطس 2019)",
            "من نحن[19] | اتصل بنا[20] | سياسة الخصوصية[21]",
            "جميع الحقوق محفوظة © صوت خليج عدن 2019",
            "References",
            "Visible links",
            "1. https://www.sawtkhaleejaden.net/aden/2019/08/11/stc-takes-maashiq#content",
        ],
        "relative": {"phrase": "عصر السبت", "date": "2019-08-10"},
    },
    {
        "n": 4614, "language": "ar",
        "outlet": "an Atom feed entry rendered as text with dotted field names from an Iraqi Arabic news site (منصة دجلة الإخبارية) on the drone attack on al-Kadhimi's residence",
        "title": "التحقيقات مستمرة في استهداف منزل الكاظمي بطائرات مسيرة ودعوات إلى التهدئة",
        "published": "2021-11-08",
        "published_note": "'entry.published: 2021-11-08T08:15:00+03:00'; not 'entry.updated' (14:40 the same day) nor 'feed.updated: 2021-11-09T04:00:17Z' nor the next entries (one of them from 7 November)",
        "body_first": "بغداد - تتواصل التحقيقات في محاولة اغتيال رئيس مجلس الوزراء مصطفى الكاظمي",
        "body_last": "وكانت المفوضية العليا المستقلة للانتخابات قد أعلنت نتائج أولية أظهرت تراجعاً كبيراً في مقاعد القوى المرتبطة بالفصائل المسلحة، مقابل تقدم التيار الصدري الذي حل أولاً بأكثر من سبعين مقعداً في البرلمان الجديد.",
        "chrome_not_body": [
            "feed.title: منصة دجلة الإخبارية",
            "feed.subtitle: أخبار العراق لحظة بلحظة",
            "feed.id: https://dijla-platform.iq/feed/atom/",
            "feed.updated: 2021-11-09T04:00:17Z",
            "feed.language: ar",
            "entry [1/30]",
            "entry.published: 2021-11-08T08:15:00+03:00",
            "entry.updated: 2021-11-08T14:40:00+03:00",
            "entry.author.name: علي الجبوري",
            "entry.title:",
            "entry.link: https://dijla-platform.iq/news/2021/11/08/kadhimi-residence-drone-attack/",
            "entry.category: أمن",
            "entry.category: سياسة",
            "entry.summary:",
            "لجنة تحقيقية عليا تبدأ عملها.. وإدانات دولية وعربية للهجوم على مقر إقامة رئيس الحكومة في المنطقة الخضراء",
            "entry.content:",
            "entry.id: https://dijla-platform.iq/?p=58210",
            "entry [2/30]",
            "الصدر يدعو إلى ضبط النفس ويحذر من جر العراق إلى الفوضى",
            "entry [3/30]",
            "المفوضية تواصل النظر في الطعون على نتائج الانتخابات",
        ],
        "relative": {"phrase": "فجر الأحد", "date": "2021-11-07"},
    },
    {
        "n": 4615, "language": "ar",
        "outlet": "a live blog, oldest post first, of a south Lebanon Arabic news site (منصة الليطاني) on the Israeli strikes of 23 September 2024",
        "title": "تغطية مستمرة | غارات إسرائيلية واسعة على الجنوب والبقاع وموجة نزوح كبيرة نحو بيروت وصيدا",
        "published": "2024-09-23",
        "published_note": "the day header 'الاثنين 23 أيلول 2024' above the first post ('نُشر في 07:40'); not 'آخر تحديث: الثلاثاء 24/09/2024 - 07:10' nor 'تحديث منذ 25 دقيقة', and the last two posts sit under 'الثلاثاء 24 أيلول 2024'",
        "body_first": "صباح الخير، نبدأ تغطيتنا المباشرة مع تصعيد إسرائيلي",
        "body_last": "أعلنت الحكومة فتح عشرات المدارس الرسمية مراكز إيواء في بيروت وجبل لبنان والشمال، وقال وزير البيئة ناصر ياسين، منسق لجنة الطوارئ الحكومية، إن أعداد الوافدين إلى مراكز الإيواء تضاعفت خلال ساعات الليل، داعياً البلديات والجمعيات إلى المساعدة في تأمين الفرش والطعام.",
        "chrome_not_body": [
            "منصة الليطاني",
            "الرئيسية | لبنان | إقليمي | اقتصاد | مباشر",
            "تحديث منذ 25 دقيقة",
            "آخر تحديث: الثلاثاء 24/09/2024 - 07:10",
            "ملخص",
            "- مئات الغارات على قرى الجنوب والبقاع منذ ساعات الفجر",
            "- وزارة الصحة: حصيلة غير مسبوقة من الضحايا منذ عام 1990",
            "- الطرق المؤدية إلى بيروت مزدحمة بالعائلات النازحة",
            "الترتيب: الأقدم أولاً | الأحدث أولاً",
            "الاثنين 23 أيلول 2024",
            "الثلاثاء 24 أيلول 2024",
            "نُشر في 07:40", "نُشر في 08:50", "نُشر في 10:15", "نُشر في 12:30", "نُشر في 14:05",
            "نُشر في 16:20", "نُشر في 18:45", "نُشر في 21:30", "نُشر في 00:35", "نُشر في 07:10",
            "مشاركة",
            "العودة إلى الأعلى",
            "الوسوم: لبنان، الجنوب، البقاع، النزوح، حزب الله",
            "جميع الحقوق محفوظة © منصة الليطاني 2024",
        ],
        "relative": {"phrase": "يوم الجمعة", "date": "2024-09-20"},
    },
    {
        "n": 4616, "language": "ar",
        "outlet": "a forwarded plain-text Arabic newsletter e-mail (رسالة ليبيا) on the Tripoli clashes after the killing of al-Kikli",
        "title": "مقتل «غنيوة» يشعل اشتباكات عنيفة في طرابلس والدبيبة يعلن حل أجهزة أمنية",
        "published": "2025-05-14",
        "published_note": "the issue's date line 'العدد 142 | 14 أيار 2025' (Levantine month name); the forwarded header's 'التاريخ: الخميس، 15 مايو 2025 في 7:30 ص' (Egyptian month name) is the mailing date",
        "body_first": "طرابلس - عاد هدوء حذر إلى أحياء العاصمة الليبية طرابلس بعد اشتباكات",
        "body_last": "بين التشكيلات المتبقية، في ظل الانقسام المستمر بين حكومتي الغرب والشرق.",
        "chrome_not_body": [
            "أستاذ سامي، تحية طيبة،",
            "أعيد إليك توجيه عدد هذا الأسبوع من النشرة، الموضوع الأول يتناول ما",
            "مع التحية،",
            "---------- رسالة مُعاد توجيهها ---------",
            "من: رسالة ليبيا <newsletter@libya-letter.ly>",
            "التاريخ: الخميس، 15 مايو 2025 في 7:30 ص",
            "الموضوع: العدد 142: ليلة دامية في طرابلس.. ماذا بعد غنيوة؟",
            "إلى: <sami.h@mail-example.com>",
            "نشرة أسبوعية عن السياسة والأمن في ليبيا",
            "العدد 142 | 14 أيار 2025",
            "في هذا العدد: اشتباكات طرابلس * قرارات الدبيبة * موقف البعثة الأممية",
            "========================================================================",
            "إعداد: نوري بن عامر - طرابلس",
            "[إعلان] دورة «السلامة المهنية للصحفيين في مناطق النزاع» - التسجيل مفتوح",
            "<https://libya-letter.ly/training>",
            "اقرأ التقرير كاملاً على موقعنا: <https://libya-letter.ly/142/tripoli-clashes>",
            "أيضاً في هذا العدد",
            "- بنغازي: مجلس النواب يناقش مشروع الميزانية الموحدة",
            "- مصراتة: استقبال الرحلات المحولة من مطار معيتيقة",
            "تصلك هذه الرسالة لأنك مشترك في نشرة «رسالة ليبيا».",
            "إلغاء الاشتراك <https://libya-letter.ly/u/c81f2e> | تعديل التفضيلات",
            "رسالة ليبيا - طرابلس، شارع عمر المختار",
        ],
        "relative": {"phrase": "مساء الاثنين", "date": "2025-05-12"},
    },
    {
        "n": 4617, "language": "ar",
        "outlet": "pdftotext of an Arabic think-tank position paper (مركز المدار للدراسات الاستراتيجية, تقدير موقف) on Turkey's Operation Peace Spring",
        "title": "عملية «نبع السلام»: الأهداف التركية ومستقبل شرق الفرات",
        "published": "2019-10-14",
        "published_note": "the page footers 'تاريخ النشر: ١٤ تشرين الأول/أكتوبر ٢٠١٩ | ... | N' (Arabic-Indic digits, both month names); the cover says only 'تشرين الأول/أكتوبر 2019' and the footnotes cite 6, 9 and 13 October",
        "body_first": "أطلقت تركيا يوم الأربعاء، بمشاركة فصائل من «الجيش الوطني السوري» المعارض، عملية",
        "body_last": "خلال الأشهر المقبلة، على حساب مشروع الإدارة الذاتية.",
        "chrome_not_body": [
            "مركز المدار للدراسات الاستراتيجية",
            "وحدة تحليل السياسات",
            "تقدير موقف",
            "د. سليم العمر(1) - ريم الخطيب(2)",
            "(1) باحث أول في وحدة تحليل السياسات، مركز المدار للدراسات الاستراتيجية، إسطنبول",
            "(2) باحثة مساعدة في المركز، متخصصة في شؤون الجزيرة السورية",
            "تشرين الأول/أكتوبر 2019",
            "تاريخ النشر: ١٤ تشرين الأول/أكتوبر ٢٠١٩ | www.almadar-studies.org | ١",
            "عملية «نبع السلام»: الأهداف التركية ومستقبل شرق الفرات | تقدير موقف",
            "(1) بيان وزارة الدفاع التركية، 9 تشرين الأول/أكتوبر 2019؛ بيان البيت الأبيض، 6 تشرين الأول/أكتوبر 2019.",
            "(2) تصريحات الرئيس التركي أمام الجمعية العامة للأمم المتحدة، أيلول/سبتمبر 2019.",
            "(3) مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، تحديث حول الوضع في شمال شرقي سوريا، تشرين الأول/أكتوبر 2019.",
            "تاريخ النشر: ١٤ تشرين الأول/أكتوبر ٢٠١٩ | www.almadar-studies.org | ٢",
            "(4) بيان الإدارة الذاتية لشمال وشرق سوريا، 13 تشرين الأول/أكتوبر 2019.",
            "(5) بيانات وزارة الخزانة الأمريكية ومجلس الاتحاد الأوروبي، تشرين الأول/أكتوبر 2019.",
            "© مركز المدار للدراسات الاستراتيجية 2019. يسمح بالاقتباس مع الإشارة إلى المصدر.",
            "تاريخ النشر: ١٤ تشرين الأول/أكتوبر ٢٠١٩ | www.almadar-studies.org | ٣",
        ],
        "relative": {"phrase": "يوم الأربعاء", "date": "2019-10-09"},
    },
    {
        "n": 4618, "language": "ar",
        "outlet": "an archive.ph capture of a Sudanese Arabic news site (ملتقى أم درمان) on al-Burhan's coup of October 2021",
        "title": "البرهان يعلن حالة الطوارئ ويحل مجلسي السيادة والوزراء بعد اعتقال حمدوك",
        "published": "2021-10-25",
        "published_note": "'25 أكتوبر 2021 - 19:40' (Egyptian month name) before '| آخر تحديث: 26/10/2021 - 08:05'; not the capture 'archived 2 Nov 2021 09:41:07 UTC' nor the comment stamps",
        "body_first": "الخرطوم - أعلن القائد العام للقوات المسلحة السودانية الفريق أول عبد الفتاح البرهان",
        "body_last": "وقال محمد عثمان، وهو طالب جامعي شارك في الاحتجاجات في شارع الستين، لمراسلنا: «لن نعود إلى البيوت، دفعنا ثمن هذه الثورة بدماء أصدقائنا، ولن نسمح بأن تُسرق منا مرة أخرى».",
        "chrome_not_body": [
            "archive.ph",
            "webpage capture",
            "Saved from",
            "https://www.omdurman-forum.net/sudan/2021/10/25/burhan-dissolves-sovereignty-council/",
            "no other snapshots from this url",
            "archived 2 Nov 2021 09:41:07 UTC",
            "All snapshots from host www.omdurman-forum.net",
            "Webpage    Screenshot",
            "share    download .zip    report bug or abuse    search",
            "ملتقى أم درمان",
            "الرئيسية | السودان | الخرطوم | دارفور | اقتصاد | رأي | اتصل بنا",
            "الخرطوم - ملتقى أم درمان",
            "25 أكتوبر 2021 - 19:40 | آخر تحديث: 26/10/2021 - 08:05",
            "محتجون يغلقون شارعاً في الخرطوم بالإطارات المشتعلة رفضاً للانقلاب - ملتقى أم درمان",
            "شارك: فيسبوك | تويتر | واتساب | تلغرام",
            "اقرأ أيضاً",
            "مواكب 21 أكتوبر تملأ شوارع الخرطوم للمطالبة بالحكم المدني",
            "حمدوك: الأزمة الحالية هي الأخطر التي تواجه الانتقال",
            "التعليقات (3)",
            "25/10/2021 - 20:15",
            "25/10/2021 - 21:02",
            "26/10/2021 - 07:48",
            "أضف تعليقاً",
            "جميع الحقوق محفوظة © ملتقى أم درمان 2021",
        ],
        "relative": {"phrase": "يوم الخميس", "date": "2021-10-21"},
        "comments_first": "ربنا يحفظ السودان وأهله، الشارع قال كلمته ولن يتراجع.",
        "comment_authors": ["أبو مؤمن", "سارة الطيب", "ود النيل"],
    },
    {
        "n": 4619, "language": "ar",
        "outlet": "a Telegram channel export (مراسل خان يونس, forwarding وكالة الشاطئ للأنباء) on the toll of the al-Mawasi strike",
        "title": "ارتفاع حصيلة مجزرة المواصي إلى 90 شهيداً وأكثر من 300 جريح وسط تضارب حول مصير محمد الضيف",
        "published": "2024-07-14",
        "published_note": "the post stamp 'مراسل خان يونس, [14.07.24 09:12]' (dotted D.M.YY, a two-digit year); the next posts are later the same morning",
        "body_first": "خان يونس - ارتفعت حصيلة الغارات الإسرائيلية التي استهدفت منطقة المواصي",
        "body_last": "وتأتي المجزرة في وقت تحذر فيه منظمات أممية من تدهور الأوضاع الإنسانية في جنوب القطاع مع اكتظاظ المواصي بمئات آلاف النازحين، ونقص المياه والغذاء والدواء، وانتشار الأمراض الجلدية والمعوية بين الأطفال في ظل انهيار شبكات الصرف الصحي.",
        "chrome_not_body": [
            "مراسل خان يونس, [14.07.24 09:12]",
            "[مُعاد توجيهه من وكالة الشاطئ للأنباء]",
            "#غزة #خان_يونس #المواصي #مجزرة_المواصي",
            "🔗 التفاصيل كاملة عبر موقعنا: https://alshatee-news.ps/news/2024/07/14/mawasi-toll-rises/",
            "وكالة الشاطئ للأنباء",
            "الدفاع المدني: مفقودون تحت الركام.. ومجمع ناصر الطبي يتجاوز طاقته",
            "👁 34.2K",
            "مراسل خان يونس, [14.07.24 09:40]",
            "🔴 قصف مدفعي على المناطق الشرقية لمدينة خان يونس ودير البلح",
            "👁 21.7K",
            "مراسل خان يونس, [14.07.24 10:05]",
            "مستشفى ناصر يناشد المواطنين التبرع بالدم بشكل عاجل، وخاصة فصيلة O سالب",
            "👁 19.3K",
        ],
        "relative": {"phrase": "يوم السبت", "date": "2024-07-13"},
    },
    {
        "n": 4620, "language": "ar",
        "outlet": "an Arabic news-aggregator copy (رصيف الأخبار) of an AFP story on the strike on the Iranian consulate building in Damascus",
        "title": "غارة إسرائيلية تدمر مبنى القنصلية الإيرانية في دمشق وتقتل قياديين في الحرس الثوري",
        "published": "2024-04-02",
        "published_note": "the aggregator's date line '2024/4/2 - 09:14 · قراءة في 4 دقائق' (Y/M/D with slashes, no leading zeros); the 'المزيد لك' items carry only relative times",
        "body_first": "دمشق (أ ف ب) - قُتل قياديان بارزان في الحرس الثوري الإيراني",
        "body_last": "وكثفت إسرائيل خلال السنوات الماضية ضرباتها على أهداف مرتبطة بإيران وحزب الله في سوريا، وتصاعدت هذه الضربات منذ اندلاع الحرب في غزة في تشرين الأول/أكتوبر الماضي، إلا أن استهداف مبنى دبلوماسي يمثل، وفق محللين، سابقة قد تدفع طهران إلى رد مباشر.",
        "chrome_not_body": [
            "رصيف الأخبار",
            "الرئيسية  أخبار  اقتصاد  رياضة  منوعات  الطقس  فيديو",
            "ابحث في الويب",
            "تسجيل الدخول",
            "عربي ودولي",
            "© فرانس برس",
            "بقلم: فريق فرانس برس في دمشق",
            "2024/4/2 - 09:14 · قراءة في 4 دقائق",
            "عناصر إنقاذ يبحثون بين أنقاض المبنى الملحق بالسفارة الإيرانية في حي المزة (أ ف ب)",
            "يتابع المقال أدناه",
            "إعلان",
            "تابع القراءة",
            "عرض التعليقات (87)",
            "المزيد لك",
            "طهران تستدعي سفير سويسرا بصفته ممثلاً للمصالح الأمريكية · بوابة الخليج · منذ ساعتين",
            "أسعار النفط ترتفع بعد الهجوم على القنصلية في دمشق · وكالة أنباء المشرق · منذ 4 ساعات",
            "مجلس الأمن يعقد جلسة طارئة بطلب روسي · شبكة النيل · منذ 6 ساعات",
            "تعليمات الاستخدام · الخصوصية · ملفات تعريف الارتباط · أعلن معنا · © 2024 رصيف الأخبار",
        ],
        "relative": {"phrase": "يوم الاثنين", "date": "2024-04-01"},
    },
    {
        "n": 4621, "language": "ar",
        "outlet": "the lite text-only version of a pan-Arab news site (الأفق الإخباري) on the Houthis taking over government buildings in Sanaa",
        "title": "الحوثيون يسيطرون على مقار حكومية في صنعاء ويوقعون اتفاقاً مع الرئاسة برعاية أممية",
        "published": "2014-09-22",
        "published_note": "'آخر تحديث 0630 غرينتش (0930 بتوقيت صنعاء) 22 سبتمبر 2014', the only date on the page",
        "body_first": "صنعاء (الأفق) -- بسط مسلحو جماعة الحوثي سيطرتهم على مقار حكومية وعسكرية رئيسية",
        "body_last": "ودعا مجلس الأمن الدولي جميع الأطراف إلى تنفيذ الاتفاق فوراً، فيما أبدت دول الخليج قلقها من تمدد الجماعة المدعومة من إيران، التي خرجت من معقلها في صعدة وسيطرت على مدينة عمران في تموز/يوليو الماضي قبل أن تزحف نحو العاصمة.",
        "chrome_not_body": [
            "الأفق الإخباري | النسخة الخفيفة",
            "انتقل إلى الموقع الكامل",
            "بقلم أحمد الشرعبي، الأفق الإخباري",
            "آخر تحديث 0630 غرينتش (0930 بتوقيت صنعاء) 22 سبتمبر 2014",
            "المصدر: الأفق الإخباري",
            "اعرض المقال كاملاً",
            "الطبعات | شروط الاستخدام | سياسة الخصوصية",
            "© 2014 الأفق الإخباري. جميع الحقوق محفوظة.",
        ],
        "relative": {"phrase": "يوم الأحد", "date": "2014-09-21"},
    },
    {
        "n": 4622, "language": "ar",
        "outlet": "a Facebook page post copied as text (لبنان في دقيقة) on Hezbollah confirming the death of Fuad Shukr",
        "title": "حزب الله يعلن مقتل قائده العسكري فؤاد شكر في الغارة الإسرائيلية على حارة حريك",
        "published": "2024-07-31",
        "published_note": "the post's full date 'الأربعاء، ٣١ يوليو ٢٠٢٤ في ٩:٤٠ م' (Arabic-Indic digits); '٢ س' and the comments' '٢ س' / '١ س' / '٤٥ د' are relative to the copy",
        "body_first": "بيروت - أعلن حزب الله مقتل القيادي العسكري البارز فؤاد شكر",
        "body_last": "ودعت الحكومة اللبنانية إلى وقف التصعيد وتقدمت بشكوى إلى مجلس الأمن الدولي، فيما أكد حزب الله أن الرد على الاغتيال آتٍ لا محالة، في وقت كثفت فيه الوساطات الدولية اتصالاتها لاحتواء الموقف ومنع اتساع رقعة المواجهة.",
        "chrome_not_body": [
            "لبنان في دقيقة",
            "٢ س · 🌐",
            "الأربعاء، ٣١ يوليو ٢٠٢٤ في ٩:٤٠ م",
            "🔴 التفاصيل الكاملة في المنشور.. تابعوا صفحتنا لآخر المستجدات",
            "lebnanfidaqiqa.com",
            "الحزب يؤكد أن الرد آتٍ.. ووزارة الصحة تعلن حصيلة الضحايا",
            "👍😢😡 ٢٫٣ ألف",
            "٤٥٦ تعليقاً · ١٢٠ مشاركة",
            "أعجبني    تعليق    مشاركة",
            "الأكثر صلة",
            "أعجبني · رد · ٢ س",
            "أعجبني · رد · ١ س",
            "أعجبني · رد · ٤٥ د",
            "عرض المزيد من التعليقات",
            "اكتب تعليقاً...",
        ],
        "relative": {"phrase": "مساء الثلاثاء", "date": "2024-07-30"},
        "comments_first": "الله يرحم الشهداء ويصبر أهاليهم، والله يحمي لبنان من الأعظم",
        "comment_authors": ["أبو علي الضاحية", "ريم خليل", "لبنان في دقيقة"],
    },
    {
        "n": 4623, "language": "ar",
        "outlet": "OCR of a scanned clipping from a printed Iraqi Arabic daily (جريدة النخيل) on al-Abadi declaring victory over Islamic State",
        "title": "العبادي يعلن انتهاء الحرب ضد داعش وتحرير كامل الأراضي العراقية",
        "published": "2017-12-10",
        "published_note": "the Gregorian half of the paper's header 'الأحد ٢٢ ربيع الأول ١٤٣٩ هـ - ١٠ كانون الأول ٢٠١٧ م' (Arabic-Indic digits, Hijri first); the deck's 'العاشر من كانون الأول' is the new holiday, which happens to be the paper's day",
        "body_first": "بغداد - أعلن رئيس الوزراء حيدر العبادي",
        "body_last": "وتداعيات الأزمة مع إقليم كردستان بعد استفتاء الانفصا",
        "chrome_not_body": [
            "جريدة النخيل » الأحد ٢٢ ربيع الأول ١٤٣٩ هـ - ١٠ كانون الأول ٢٠١٧ م | العدد ٣٢٠٨ | ص ٣",
            "محليات",
            "مجلس الوزراء يقرر العاشر من كانون الأول عطلة رسمية سنوية",
            "بغداد - النخيل",
            "«",
            "العبادي خلال إعلان النصر في بغداد",
            "(رويترز)",
        ],
        "relative": {"phrase": "يوم السبت", "date": "2017-12-09"},
    },
    {
        "n": 4624, "language": "ar",
        "outlet": "a syndicated partner copy on a pan-Arab site (رؤى عربية) of a صحيفة الميناء story on the killing of Yahya Sinwar",
        "title": "إسرائيل تعلن مقتل يحيى السنوار في اشتباك بمدينة رفح جنوبي قطاع غزة",
        "published": "2024-10-17",
        "published_note": "the original date in 'نُشر هذا المقال أولاً في «صحيفة الميناء» بتاريخ 17 تشرين الأول/أكتوبر 2024'; the partner's '20/10/2024' under the byline and 'تاريخ النشر في رؤى عربية: 20/10/2024 ... | آخر تحديث: 21/10/2024' are the republication's; the text's 'يوم الأربعاء' is 16 October",
        "body_first": "غزة - أعلن الجيش الإسرائيلي مقتل رئيس المكتب السياسي لحركة حماس يحيى السنوار",
        "body_last": "ودعا الرئيس الأمريكي جو بايدن إلى اغتنام الفرصة للتوصل إلى وقف لإطلاق النار وإعادة المحتجزين، فيما حذرت أطراف إقليمية من أن الحرب لن تنتهي بمقتل القادة ما لم تتوقف العمليات العسكرية وتنسحب القوات الإسرائيلية من القطاع.",
        "chrome_not_body": [
            "رؤى عربية",
            "منصة للصحافة المستقلة والشراكات الإعلامية",
            "الرئيسية | فلسطين | عربي | دولي | مقالات الشركاء | من نحن",
            "مقالات الشركاء",
            "بقلم: سامر عودة | صحيفة الميناء",
            "20/10/2024",
            "نُشر هذا المقال أولاً في «صحيفة الميناء» بتاريخ 17 تشرين الأول/أكتوبر 2024، ويُعاد نشره هنا بالاتفاق معها.",
            "عن صحيفة الميناء: صحيفة إلكترونية فلسطينية مستقلة تصدر من غزة ورام الله منذ عام 2015.",
            "تاريخ النشر في رؤى عربية: 20/10/2024 - 11:30 | آخر تحديث: 21/10/2024 - 09:15",
            "شارك: فيسبوك | إكس | واتساب | تلغرام",
            "المزيد من مقالات الشركاء",
            "غزة: الدفاع المدني يحذر من توقف آلياته بسبب نفاد الوقود (صحيفة الميناء، 15 أكتوبر 2024)",
            "لبنان: غارة إسرائيلية على مبنى بلدية النبطية تقتل رئيس البلدية (منصة صور، 16 أكتوبر 2024)",
            "© 2024 رؤى عربية. جميع الحقوق محفوظة.",
        ],
        "relative": {"phrase": "يوم الأربعاء", "date": "2024-10-16"},
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
    out += doc["chrome_not_body"]
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
    if not re.fullmatch(r"46\d\d_[a-z0-9_]+\.txt", name):
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if "\r" in raw:
        err("carriage returns in page")
    for s in gold_strings(doc):
        if "\n" in s or "\f" in s or s != s.strip():
            err(f"gold string crosses a line break or has outer spaces: {s[:40]!r}")
        if s not in raw:
            err(f"gold string not verbatim in the page: {s[:40]!r}")
    raw_lines = raw.split("\n")
    idx = [k for k, l in enumerate(raw_lines) if l.strip()]
    lines = [raw_lines[k].strip() for k in idx]
    # layout
    has_blank = "\n\n" in raw.strip("\n")
    if lay == "lines" and has_blank:
        err("layout 'lines' but the page has blank lines")
    if lay != "lines" and not has_blank:
        err(f"layout '{lay}' but the page has no blank line")
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
    if lines[j] != doc["body_last"] and lay in MAXLEN:
        err("body_last of a wrapped/report/ocr page must be the whole last line")
    chrome = doc["chrome_not_body"]
    for c in chrome:
        if find_line(lines, c) < 0:
            err(f"chrome line not found: {c!r}")
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")

    def is_chrome(line):
        return any(line == c or line.startswith(c) for c in chrome)
    span = list(range(i, j + 1))
    body_idx = [k for k in span if not is_chrome(lines[k])]
    # paragraphs
    if lay in ("lines", "blank"):
        paras = [lines[k] for k in body_idx]
        if lay == "blank":
            for a, b in zip(body_idx, body_idx[1:]):
                if idx[b] - idx[a] < 2:
                    err(f"body paragraphs not separated by a blank line: {lines[b][:40]!r}")
    else:
        paras, cur, prev = [], [], None
        for k in body_idx:
            if prev is not None:
                gap = raw_lines[idx[prev] + 1:idx[k]]
                if lay == "report":
                    brk = bool(gap) and all(not g.strip() for g in gap)
                else:
                    brk = idx[k] - idx[prev] > 1
                if brk:
                    paras.append(" ".join(cur))
                    cur = []
            cur.append(lines[k])
            prev = k
        if cur:
            paras.append(" ".join(cur))
        for k in body_idx:
            if len(raw_lines[idx[k]].rstrip()) > MAXLEN[lay]:
                err(f"{lay} line longer than {MAXLEN[lay]}: {lines[k][:40]!r}")
    for p in paras:
        if len(p.split()) < 18:
            err(f"short unlisted paragraph inside body span: {p[:60]!r}")
    body_text = " ".join(paras)
    words = len(body_text.split())
    lo, hi = (8, 12) if n in LIVE else (6, 9)
    if not lo <= len(paras) <= hi:
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
        for k in ("language", "outlet", "title", "published", "published_note", "body_first",
                  "body_last", "chrome_not_body", "relative", "comments_first", "comment_authors"):
            if k in doc:
                d[k] = doc[k]
        d["events"] = []
        out.append(d)
    if len(DOCS) != 24 or [d["n"] for d in DOCS] != list(range(4601, 4625)):
        errors.append("expected documents 4601-4624 in order")
    pages = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    if len(pages) != 24:
        errors.append(f"expected 24 pages in the folder, found {len(pages)}")
    for s in stats:
        print("%d (%s): %d paragraphs, %d words, %d non-empty lines (%d lines)" % s)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems", file=sys.stderr)
        return 1
    if "--check" not in argv:
        path = os.path.join(HERE, "transfer-46.gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(path, encoding="utf-8") as f:
            json.load(f)
        print(f"wrote transfer-46.gold.json ({len(out)} documents)")
    else:
        print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
