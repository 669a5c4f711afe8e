#!/usr/bin/env python3
"""Build and check transfer-51.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py                  (checks, then writes transfer-51.gold.json beside this script)
       python3 make_gold.py --check          (checks only, writes nothing)
       python3 make_gold.py --synth DIR [--variant gold|span|page]
                                             (checks, then writes DIR/documents.jsonl built from the gold
                                              itself, for score_events.py; DIR must lie outside the repo)

Theme: THE PAGE'S OWN DATE AMONG MANY OTHER DATES. Every page is a crawler's flattened text (one block
per line, no wrapping) of an ordinary news article page (templates of 2019-2026) that shows several
dates, exactly one of which is the article's publication date. Twelve situations (SITUATIONS), each
once per language: 51NN English and 51NN+12 Arabic, different stories, invented outlets.
LAYOUT: `blank` pages have a blank line between body paragraphs (and around chrome inside the body);
`lines` pages have no blank line anywhere.

Written for this set by the t51 annotator. Keys per document: file, language, situation, outlet,
title, published, published_note, evidence, other_dates, order, hijri, stamp, body_first, body_last,
chrome_not_body, relative, comments_first, comment_authors, credits, events ([] here). Kept in this
script only: `unlisted` (chrome lines that cannot be listed because, after score_events.py's
normalization, they occur inside the body). `evidence` = {text, order?, in_body?, partial?,
year_from?}; each other date = {text, date, role, order?, partial?}; partial = the text names the day
and month with no year, and `date` is the day it stands for.
Roles: crawl, update, modified, comment, latest, print (after publication); body, caption, event
(before it); related, ticker (any other day).

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 51NN_<slug>.txt (at most 200 characters), documents 5101-5124 in
    order, 12 per language; each page ends with one newline, has no tab / CR / form feed / no-break
    space, no line with outer spaces, 300-800 words, and the layout of LAYOUT;
  * gold strings non-empty, single-line, no outer spaces, verbatim in the page; the title is exactly
    one whole line, above the body; body_first the prefix of exactly one line, body_last exactly one
    whole line; chrome entries and unlisted entries are whole lines; no body edge is chrome;
  * every non-empty line is the title, a body line, chrome, unlisted, or a comment text that follows
    an author line (one comment text per author);
  * the body (the span's non-chrome lines) has 250-600 words and 5-10 paragraphs of 18+ words
    without ' | '; on `blank` pages a blank line separates every body line from its neighbours; after
    the scorer's normalization it holds no chrome line longer than 3 characters, not the title, not
    comments_first, and it holds every unlisted line;
  * comments: comments_first the prefix of one non-chrome line after the body; two or more authors,
    each on a chrome line after the body, none in the body; credits: author / editor / translator,
    each name on a chrome line outside the body span and not in the body;
  * dates: the evidence occurs once, on a chrome line (or opening the first body line when in_body),
    and names exactly the publication day (or, partial, only its day and month, with a year_from text
    that occurs once and holds the year); a weekday in a date text must fall on its day. Every other
    date names its day, differs from the publication day, lies on the side of it its role says, and
    lies in the body exactly when its role is `body`. NO STRAY DATES: every full or partial date
    found on any line is listed; the publication day itself stands on the evidence line only;
  * the parser reads English months (full, abbreviated, with a dot, upper case), Egyptian, Levantine
    and Maghrebi Arabic months, Arabic-Indic digits, ISO, Y/M/D, numeric D/M/Y with '/', '.' or '-'
    only with the page's `order` and a day above 12, and partial 'Oct. 1', '16 Dec', '26 آب';
  * Hijri (5109, 5121): java.time.chrono.HijrahDate (Umm al-Qura), run as a one-class program
    through `java`, must give the printed year, month and day; the text must read 'Shawwal 1, 1436
    AH' / '24 ربيع الأول 1437 هـ' and stand on the evidence line; with no java, no gold;
  * relative phrase: names the weekday of its date, 1-7 days before publication, occurs once in the
    body, and is the body's only weekday name; weekday names elsewhere only on chrome lines; no
    today / yesterday / tonight / tomorrow / اليوم / أمس / الليلة / غدا / البارحة anywhere;
  * language: agrees with score_events.py --lang on body_first, and the title's script agrees;
  * situation: each page shows its situation (check_situation): e.g. a crawl date above the title
    (1), an update line above the published line (2), the date in the byline with an author (3), a
    partial dateline with a later copyright year (4), a relative stamp and ticker dates (5), related
    dates above the title (6), full older dates in the first paragraph and a numeric date (7), an
    event date in the title or kicker (8), Hijri and a dated prayer / weather strip (9), dated
    comments and a later 'last modified' line (10), a latest box above the text and the date after
    it (11), a dotted month or Arabic-Indic digits, an archive widget and a copyright year range (12).
The json is loaded again after writing.
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-51.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
FIRST, LAST = 5101, 5124

SITUATIONS = {
    1: "a masthead date of the crawl day above the menu; the article's date below the title",
    2: "an 'Updated' / 'آخر تحديث' line days later printed above the 'Published' / 'نشر في' line",
    3: "the date only in the byline with the author",
    4: "the date only in a dateline without year; the year once elsewhere; a later-crawl copyright",
    5: "a relative stamp beside the absolute date; a ticker of other stories with times and dates above the title",
    6: "a related / most-read sidebar with its own dates flattened above the article; the date under the title",
    7: "the first paragraph recalls older full dates; the article's date in numeric form",
    8: "an event date in the kicker and the title that is not the publication date",
    9: "Hijri beside Gregorian; a prayer-time / weather strip dated the crawl day",
    10: "comments with later dates and times; a 'last modified' footer line",
    11: "an article with a 'Latest' box of next-day timed entries above the text; the date only at the end",
    12: "dotted month abbreviations (EN) / Arabic-Indic digits (AR); an archive widget; a copyright year range",
}

# situation k: English page 5100+k, Arabic page 5112+k. English odd and Arabic even situations are
# `blank`, the others `lines`: six of each per language, as in transfer-50.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5100 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[5112 + _k] = "lines" if _k % 2 else "blank"

ABOUT = [
    "Fifty-first transfer check set (t51): 24 text pages, 12 English (5101-5112) and 12 Arabic (5113-5124). Theme: THE PAGE'S OWN DATE AMONG MANY OTHER DATES. Each page is a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page (templates of 2019-2026) that shows several dates, exactly one of which is the article's publication date (the gold). Twelve situations, each once per language (51NN and 51NN+12 share it, with different stories and invented outlets: wires, broadcasters, regional dailies, agencies, aggregators): (1) a masthead date of the crawl day above the menu; (2) an 'Updated' / 'آخر تحديث' line days later above the 'Published' / 'نشر في' line; (3) the date only in the byline; (4) the date only in a dateline without year, the year once in a slug line or in the text, and a copyright and other dates of a later crawl; (5) a relative stamp ('5 hours ago' / 'منذ 5 ساعات') beside the absolute date and a ticker of other stories with times and dates above the title; (6) a related / most-read sidebar with its own dates flattened above the article; (7) older full dates in the first paragraph and the article's date in numeric form (D/M/Y, D.M.Y); (8) an event date in the kicker and the title ('Aug. 3', '7 أكتوبر'); (9) lunar Hijri beside Gregorian and a prayer-time / weather strip dated the crawl day; (10) comments with later dates and a 'last modified' footer; (11) an article with a 'Latest' box of next-day timed entries and its date only at the end; (12) 'Oct. 10, 2016' / Arabic-Indic digits, an archive widget and a copyright year range. Stories of 2014-2016 and 2025 in Lebanon, Yemen, Iraq, Syria, Gaza / Israel, Iran, Libya, Sudan and the Red Sea, none of transfer-49's or transfer-50's. Outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t51 annotator without reading any Sitrep source, resource, tools/ script or test, without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-50's README.md, make_gold.py, transfer-50.gold.json and its pages 5002, 5014 and 5020 were read for the format, and the first 12 lines of transfer-49's and transfer-48's READMEs for their themes. Layout per page in make_gold.py's LAYOUT. Odd pages (5101, 5103, ..., 5113, 5115, ...) may be studied later; even pages stay the check.",
    "Gold conventions (as t50's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph belongs to it (5103, 5104, 5116). Publisher apparatus is chrome: site names, slogans, mastheads with dates, prayer-time and weather strips, tickers, menus, sections, kickers, sidebars, standfirsts, date lines, bylines, captions and photo credits, video lines, 'Read more' / 'Read also' / 'اقرأ أيضاً' lines, 'Latest' boxes, reporting and editing lines, print-edition lines, tags, share lines, related and most-read lists, archive widgets, comment headers, names and stamps, 'last modified' lines, cookie and newsletter lines and footers. The publication date is the article's own first publication: not an update, a crawl-day masthead or strip, a print-edition date, a comment stamp, a 'last modified' line, a ticker, sidebar or 'Latest' entry, a caption date, an event date in the title or a date recalled in the text; beside a relative stamp the absolute date wins (5105, 5117); beside the Hijri date only the Gregorian one counts (5109, 5121); a dateline without year takes its year from the page (5104's slug line, 5116's text), never from a later copyright. Each document carries published_note, the evidence text, other_dates (each with its role) and events: [] (no events are coded in this set). Comments (5101, 5108, 5110, 5115, 5118, 5122) carry comments_first and comment_authors. credits list byline names (author, editor). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication.",
]

DOCS = [{'n': 5101,
  'language': 'en',
  'situation': 1,
  'outlet': 'regional daily: a Lebanese English-language daily (The Cedar Post, invented): the army battles '
            'militants in Arsal',
  'title': 'Army battles militants in Arsal after arrest of Syrian rebel commander',
  'published': '2014-08-03',
  'published_note': "'Aug 03, 2014 | 10:40 AM' under the title (Mon DD, YYYY); the masthead 'Friday, August 29, "
                    "2014' above the menu is the crawl day, 26 days later, and must not win; the print-edition line "
                    "'August 04, 2014' and the comment stamps (4 and 5 August) are later; the text's 'on Saturday' "
                    "(inside 'on Saturday afternoon') is 2 August",
  'evidence': {'text': 'Aug 03, 2014 | 10:40 AM'},
  'other_dates': [{'text': 'Friday, August 29, 2014', 'date': '2014-08-29', 'role': 'crawl'},
                  {'text': 'on August 04, 2014', 'date': '2014-08-04', 'role': 'print'},
                  {'text': 'Aug 04, 2014 at 08:15 AM', 'date': '2014-08-04', 'role': 'comment'},
                  {'text': 'Aug 05, 2014 at 11:02 PM', 'date': '2014-08-05', 'role': 'comment'}],
  'body_first': 'BEIRUT: Heavy fighting raged between the Lebanese Army and militants',
  'body_last': 'Lebanese officials have long warned that the war in Syria could spill over into the country, which '
               'has seen a string of car bombings and rocket attacks linked to the conflict over the past year.',
  'chrome_not_body': ['The Cedar Post',
                      "Lebanon's English-language daily since 1987",
                      'Friday, August 29, 2014 | Beirut 31°C | Subscribe | E-paper',
                      'Home | Lebanon News | Middle East | Business | Opinion | Culture | Sports | Archives',
                      'Lebanon News',
                      'Aug 03, 2014 | 10:40 AM',
                      'By Rana Khoury',
                      'Share: Facebook | Twitter | Email | Print',
                      'Lebanese Army soldiers on an armoured vehicle near the entrance to Arsal. (The Cedar '
                      'Post/Hassan Abdallah)',
                      'Read more: Arsal: a town caught between two wars',
                      'A version of this article appeared in the print edition of The Cedar Post on August 04, 2014, '
                      'on page 1.',
                      'Tags: Arsal | Lebanese Army | Syria | Nusra Front | Islamic State',
                      'Comments (2)',
                      'Ziad M. | Aug 04, 2014 at 08:15 AM',
                      'Reply',
                      'Lina_Beirut | Aug 05, 2014 at 11:02 PM',
                      'Add your comment | Comments are moderated and may take time to appear.',
                      'Most Popular',
                      "Salam: government will not bargain with the army's security",
                      'Hezbollah denies role in Arsal fighting',
                      'Copyright © 2014, The Cedar Post. All rights reserved. | About us | Contact | Advertise',
                      'This site uses cookies. By continuing to browse you agree to our use of cookies. OK'],
  'unlisted': [],
  'relative': {'phrase': 'on Saturday', 'date': '2014-08-02'},
  'comments_first': 'Pray for our soldiers.',
  'comment_authors': ['Ziad M.', 'Lina_Beirut'],
  'credits': [{'role': 'author', 'name': 'Rana Khoury'}]},
 {'n': 5102,
  'language': 'en',
  'situation': 2,
  'outlet': 'broadcaster: the English site of an international broadcaster (Horizon 24 English, invented): the '
            'Saudi-led coalition begins air strikes in Yemen',
  'title': 'Saudi-led coalition launches air strikes on Houthi rebels in Yemen',
  'published': '2015-03-26',
  'published_note': "'Published: 26 March 2015 - 04:10 GMT' under the standfirst (D Month YYYY); 'Updated: 30 March "
                    "2015 - 21:14 GMT' stands ABOVE it, four days later, and must not win; the related item '25 "
                    "March 2015' is the day before; the video durations are no dates; the text's 'on Wednesday' is "
                    '25 March',
  'evidence': {'text': 'Published: 26 March 2015 - 04:10 GMT'},
  'other_dates': [{'text': 'Updated: 30 March 2015 - 21:14 GMT', 'date': '2015-03-30', 'role': 'update'},
                  {'text': 'rebels advance | 25 March 2015', 'date': '2015-03-25', 'role': 'related'}],
  'body_first': 'Saudi Arabia and a coalition of Arab allies have launched air strikes',
  'body_last': 'Houthi-run health officials said a number of civilians had been killed in a residential area near '
               'the airport, a figure that could not be independently confirmed. Oil prices rose sharply on world '
               'markets as traders worried about shipping through the Bab al-Mandab strait.',
  'chrome_not_body': ['Horizon 24 English',
                      'Watch live | Radio | Podcasts | Sign in',
                      'News | Middle East | Africa | Europe | Americas | Business | Sport | Weather',
                      'Middle East',
                      'Saudi Arabia and its allies have begun bombing Houthi positions in a campaign they say aims '
                      'to restore President Abd-Rabbu Mansour Hadi to power.',
                      'Updated: 30 March 2015 - 21:14 GMT',
                      'Published: 26 March 2015 - 04:10 GMT',
                      'Share | Facebook | Twitter | Email',
                      'Play video 01:12',
                      'Anti-aircraft fire over Sanaa as the first strikes hit the capital',
                      'Related stories',
                      'Yemen crisis: Who are the Houthis?',
                      "Yemen's president leaves Aden as rebels advance | 25 March 2015",
                      'Arab League summit to discuss joint military force',
                      'Most watched',
                      'Inside Sanaa: a city waiting for war | 02:45',
                      '© 2015 Horizon 24. Horizon 24 is not responsible for the content of external sites. | Terms | '
                      'Privacy | Cookies | Contact'],
  'unlisted': [],
  'relative': {'phrase': 'on Wednesday', 'date': '2015-03-25'},
  'credits': []},
 {'n': 5103,
  'language': 'en',
  'situation': 3,
  'outlet': "wire: an international news wire's own site (Atlas Press, invented): Islamic State seizes Ramadi",
  'title': 'Islamic State seizes Ramadi as Iraqi forces pull out of Anbar capital',
  'published': '2015-05-17',
  'published_note': "the date stands only in the byline 'By Karim Haddad and Lucy Ward | 17 May 2015, 19:05 GMT' (D "
                    "Month YYYY); the dateline 'BAGHDAD (Atlas Press) -' has no date; the FILE PHOTO caption inside "
                    "the text carries 'April 16, 2015' and the related coverage 15 and 16 May; the text's 'on "
                    "Friday' is 15 May",
  'evidence': {'text': '17 May 2015, 19:05 GMT'},
  'other_dates': [{'text': 'April 16, 2015', 'date': '2015-04-16', 'role': 'caption'},
                  {'text': 'compound | May 15, 2015', 'date': '2015-05-15', 'role': 'related'},
                  {'text': 'checkpoints | May 16, 2015', 'date': '2015-05-16', 'role': 'related'}],
  'body_first': 'BAGHDAD (Atlas Press) - Islamic State fighters seized full control of Ramadi',
  'body_last': 'The loss of the city is likely to raise fresh questions in Washington about the strategy of relying '
               'on Iraqi ground forces backed by air power to push the militants out of the territory they seized '
               'last year.',
  'chrome_not_body': ['World | Business | Markets | Politics | Technology | Commentary | Pictures',
                      'World News',
                      'By Karim Haddad and Lucy Ward | 17 May 2015, 19:05 GMT',
                      '4 Min Read',
                      'FILE PHOTO: Members of Iraqi security forces take position during clashes with Islamic State '
                      'militants in Ramadi, Iraq, April 16, 2015. Atlas Press/Stringer/File Photo',
                      '(Additional reporting by Omar Saleh in Erbil; Editing by Tom Hale)',
                      'Atlas Press editorial guidelines: independence, integrity and freedom from bias.',
                      'Related Coverage',
                      'Iraqi forces say they repelled attack on Ramadi government compound | May 15, 2015',
                      'Families fleeing Anbar fighting wait for days at Baghdad checkpoints | May 16, 2015',
                      'Share this article: Twitter | Facebook | LinkedIn | Email',
                      'Atlas Press is the news and media division of Atlas Media Group. © 2015 Atlas Press. All '
                      'rights reserved.',
                      'We use cookies to personalise content and analyse our traffic. Accept | Manage cookies'],
  'unlisted': ['ATLAS PRESS'],
  'relative': {'phrase': 'on Friday', 'date': '2015-05-15'},
  'credits': [{'role': 'author', 'name': 'Karim Haddad'},
              {'role': 'author', 'name': 'Lucy Ward'},
              {'role': 'editor', 'name': 'Tom Hale'}]},
 {'n': 5104,
  'language': 'en',
  'situation': 4,
  'outlet': 'agency: the English service of a European news agency (MPA Mediterranean Press Agency, invented): twin '
            'suicide bombings in Burj al-Barajneh, Beirut',
  'title': 'Twin suicide bombings kill dozens in Hezbollah stronghold in Beirut',
  'published': '2015-11-12',
  'published_note': "only the dateline 'BEIRUT, Nov 12 (MPA) -' opening the text gives the day and month, with no "
                    "year; the year 2015 stands once, in the URL-like slug line '/en/world/2015/...'; the page was "
                    "crawled in 2019: the copyright '© 2019 MPA' and the 'Latest news' items of 2 and 3 December "
                    "2019 belong to the crawl and must not give the year; the text's 'on Tuesday' is 10 November",
  'evidence': {'text': 'BEIRUT, Nov 12', 'in_body': True, 'partial': True, 'year_from': '/en/world/2015/'},
  'other_dates': [{'text': 'returns | 3 December 2019', 'date': '2019-12-03', 'role': 'crawl'},
                  {'text': 'winter | 2 December 2019', 'date': '2019-12-02', 'role': 'crawl'}],
  'body_first': 'BEIRUT, Nov 12 (MPA) - Two suicide bombers blew themselves up',
  'body_last': 'Security forces sealed off the area and the army said it had begun an investigation. Hospitals in '
               'the southern suburbs appealed for blood donations as ambulances continued to ferry the wounded late '
               'into the night.',
  'chrome_not_body': ['MPA Mediterranean Press Agency',
                      'English | Français | Italiano | Ελληνικά | العربية',
                      'Home | World | Europe | Middle East | Economy | Migration | Culture | Photo',
                      '/en/world/2015/lebanon-twin-suicide-bombings-beirut-southern-suburbs-4471',
                      'Photo: Lebanese soldiers and civil defence workers at the site of the explosions in Burj '
                      'al-Barajneh. MPA/Photo service',
                      "Read also: Lebanon's southern suburbs: a timeline of attacks",
                      'Reporting by Nadia Hamdan; editing by Marco Ferri',
                      'Tags: Lebanon | Beirut | Hezbollah | Islamic State | suicide bombing',
                      'Latest news',
                      'EU ministers agree new rules on migrant returns | 3 December 2019',
                      'Greek islands: overcrowded camps face winter | 2 December 2019',
                      'Share: Facebook | X | LinkedIn | Email',
                      'MPA Mediterranean Press Agency. Registered with the press court of Rome. © 2019 MPA. All '
                      'rights reserved. | Privacy | Cookie policy'],
  'unlisted': [],
  'relative': {'phrase': 'on Tuesday', 'date': '2015-11-10'},
  'credits': [{'role': 'author', 'name': 'Nadia Hamdan'}, {'role': 'editor', 'name': 'Marco Ferri'}]},
 {'n': 5105,
  'language': 'en',
  'situation': 5,
  'outlet': 'aggregator: a news aggregator relaying a story (NewsPulse relaying The Galilee Observer, both '
            'invented): a Houthi missile hits the grounds of Ben Gurion airport',
  'title': 'Houthi missile hits Ben Gurion airport grounds, briefly halting flights',
  'published': '2025-05-04',
  'published_note': "'Source: The Galilee Observer · 4 May 2025 · 13:20 · 5 hours ago' under the title: the absolute "
                    'D Month YYYY wins over the relative stamp on the same line; the ticker above the title carries '
                    "a time alone ('17:55', the crawl day), '3 May, 22:15' (no year) and '2 May 2025'; the text's "
                    "'on Saturday' is 3 May",
  'evidence': {'text': '4 May 2025 · 13:20'},
  'stamp': '5 hours ago',
  'other_dates': [{'text': '3 May, 22:15', 'date': '2025-05-03', 'role': 'ticker', 'partial': True},
                  {'text': '2 May 2025 · Drone strike', 'date': '2025-05-02', 'role': 'ticker'}],
  'body_first': 'A ballistic missile fired from Yemen struck the grounds',
  'body_last': 'The United States has been carrying out a campaign of air strikes against Houthi targets in Yemen '
               "since March, aimed at stopping the group's attacks on shipping in the Red Sea and on Israel.",
  'chrome_not_body': ['NewsPulse',
                      'Top stories | World | Middle East | Business | Tech | Sport | For you',
                      '17:55 · Airlines cancel Tel Aviv flights after missile strike near airport',
                      '3 May, 22:15 · Gaza: aid groups warn of famine as blockade enters third month',
                      '2 May 2025 · Drone strike hits aid flotilla ship off Malta, organisers say',
                      'World › Middle East',
                      'Source: The Galilee Observer · 4 May 2025 · 13:20 · 5 hours ago',
                      'Follow | Save | Share',
                      'Video: Smoke rises near the airport access road (0:48)',
                      'Read the full story at The Galilee Observer',
                      'More from The Galilee Observer',
                      'Katz: response to Yemen will come at a time of our choosing',
                      'Get the NewsPulse morning briefing in your inbox | Sign up',
                      'NewsPulse collects headlines from more than 3,000 publishers. Stories belong to their '
                      'original sources. © 2025 NewsPulse | About | Publishers | Privacy | Terms',
                      'We and our partners use cookies. Accept all | Reject all | Settings'],
  'unlisted': [],
  'relative': {'phrase': 'on Saturday', 'date': '2025-05-03'},
  'credits': []},
 {'n': 5106,
  'language': 'en',
  'situation': 6,
  'outlet': 'regional daily: a Kurdish regional English-language daily (Zagros Tribune, invented): the Mosul '
            'offensive begins',
  'title': 'Mosul offensive begins as Peshmerga and Iraqi forces advance from east and south',
  'published': '2016-10-17',
  'published_note': "'17 Oct 2016 | 10:25' under the title (D Mon YYYY); the 'Most Read' and 'Related' sidebar "
                    'flattened above the article carries five other days in the same format (12, 14, 15, 16 and 19 '
                    "October); the text's 'on Saturday' is 15 October",
  'evidence': {'text': '17 Oct 2016 | 10:25'},
  'other_dates': [{'text': 'Mosul | 16 Oct 2016', 'date': '2016-10-16', 'role': 'related'},
                  {'text': 'city itself | 14 Oct 2016', 'date': '2016-10-14', 'role': 'related'},
                  {'text': 'October | 12 Oct 2016', 'date': '2016-10-12', 'role': 'related'},
                  {'text': 'battle | 19 Oct 2016', 'date': '2016-10-19', 'role': 'related'},
                  {'text': 'A map | 15 Oct 2016', 'date': '2016-10-15', 'role': 'related'}],
  'body_first': 'Iraqi Prime Minister Haider al-Abadi announced the start',
  'body_last': 'The coalition has estimated that several thousand IS militants remain in Mosul. Commanders expect '
               'the militants to use roadside bombs, suicide car bombs and tunnels to slow the advance.',
  'chrome_not_body': ['Zagros Tribune',
                      'Kurdistan | Iraq | Middle East | World | Economy | Opinion | Interviews | Video',
                      'Most Read',
                      '1. Erbil camps prepare for families fleeing Mosul | 16 Oct 2016',
                      '2. Peshmerga commander: we will not enter the city itself | 14 Oct 2016',
                      '3. Baghdad and Erbil agree on oil revenue share for October | 12 Oct 2016',
                      '4. Turkey insists on role in Mosul battle | 19 Oct 2016',
                      'Related',
                      'Who controls the roads to Mosul? A map | 15 Oct 2016',
                      '17 Oct 2016 | 10:25',
                      'Shwan Rasul | Khazir front',
                      'Photo: Peshmerga fighters gather near the Khazir front before the start of the operation. '
                      '(Zagros Tribune/Karwan Ali)',
                      'Read more: Mosul: what the battle means for the Kurdistan Region',
                      'Tags: Mosul | Peshmerga | Islamic State | Khazir | Iraqi army',
                      'Share: Facebook | Twitter | WhatsApp | Email',
                      'Subscribe to the Zagros Tribune newsletter | Enter your email',
                      '© 2016 Zagros Tribune. All rights reserved. | About | Contact | Advertise'],
  'unlisted': ['Kurdistan'],
  'relative': {'phrase': 'on Saturday', 'date': '2016-10-15'},
  'credits': [{'role': 'author', 'name': 'Shwan Rasul'}]},
 {'n': 5107,
  'language': 'en',
  'situation': 7,
  'outlet': 'agency: the English service of a continental news agency (CPA Continental Press Agency, invented): the '
            'Gaza ceasefire takes effect and three hostages are freed',
  'title': 'Gaza ceasefire takes hold after delay as three hostages handed to Red Cross',
  'published': '2025-01-19',
  'published_note': "'19/01/2025 - 17:40' under the title (numeric D/M/Y, unambiguous: day 19); the first paragraph "
                    "recalls '7 October 2023' and '1 December 2023' in full, which are not the publication day; the "
                    "related news carry 18/01/2025 and 15/01/2025; the text's 'on Friday' is 17 January",
  'evidence': {'text': '19/01/2025 - 17:40', 'order': 'dmy'},
  'order': 'dmy',
  'other_dates': [{'text': '7 October 2023', 'date': '2023-10-07', 'role': 'body'},
                  {'text': '1 December 2023', 'date': '2023-12-01', 'role': 'body'},
                  {'text': 'session | 18/01/2025', 'date': '2025-01-18', 'role': 'related', 'order': 'dmy'},
                  {'text': 'Doha | 15/01/2025', 'date': '2025-01-15', 'role': 'related', 'order': 'dmy'}],
  'body_first': 'Fifteen months after the Hamas-led attack on southern Israel on 7 October 2023',
  'body_last': 'The agreement was mediated by Qatar, Egypt and the United States. Talks on a second phase, which '
               'would bring the release of the remaining hostages and a permanent end to the war, are to begin in '
               'the third week of the truce.',
  'chrome_not_body': ['CPA Continental Press Agency',
                      'English service',
                      'Home | Europe | World | Middle East | Economy | Science | Sport | Photos',
                      'World > Middle East',
                      '19/01/2025 - 17:40',
                      'Gaza City / Tel Aviv (CPA)',
                      'Photo: Crowds in Tel Aviv watch the release of the hostages on a large screen. CPA/Photo desk',
                      'Related news',
                      'Israeli cabinet approves Gaza deal after overnight session | 18/01/2025',
                      'Mediators announce Gaza truce agreement in Doha | 15/01/2025',
                      'CPA - Continental Press Agency. Reproduction reserved. | Legal notice | Privacy | Contact'],
  'unlisted': [],
  'relative': {'phrase': 'on Friday', 'date': '2025-01-17'},
  'credits': []},
 {'n': 5108,
  'language': 'en',
  'situation': 8,
  'outlet': 'broadcaster: the English site of an international radio (LWR Liberty Wave Radio, invented): Yazidis '
            'mark two years since the Sinjar massacre',
  'title': 'Yazidis return to Mount Sinjar to mark August 3 massacre anniversary',
  'published': '2016-08-04',
  'published_note': "'August 04, 2016 16:20 GMT' under the byline (Month DD, YYYY); the kicker 'Aug. 3 | Two years "
                    "on' and the title's 'August 3' name the day of the 2014 massacre, not the publication day; the "
                    "comments are stamped 5 and 6 August; the text's 'on Wednesday' is 3 August (the ceremonies)",
  'evidence': {'text': 'August 04, 2016 16:20 GMT'},
  'other_dates': [{'text': 'Aug. 3 | Two years on', 'date': '2014-08-03', 'role': 'event', 'partial': True},
                  {'text': 'mark August 3 massacre', 'date': '2014-08-03', 'role': 'event', 'partial': True},
                  {'text': 'August 05, 2016 08:40', 'date': '2016-08-05', 'role': 'comment'},
                  {'text': 'August 06, 2016 21:17', 'date': '2016-08-06', 'role': 'comment'}],
  'body_first': 'Thousands of Yazidis gathered on Mount Sinjar',
  'body_last': 'The area remains tense, with rival Kurdish groups and Yazidi militias controlling different parts of '
               'the mountain and the town, and IS still holding territory a short distance to the south.',
  'chrome_not_body': ['LWR Liberty Wave Radio',
                      'Listen live | Programs | Languages | Donate',
                      'News | Middle East | Iraq | Syria | Iran | Afghanistan | Europe | Multimedia',
                      'Aug. 3 | Two years on',
                      'By Diana Petrova and Hevi Mahmoud',
                      'August 04, 2016 16:20 GMT',
                      'Share: Facebook | Twitter | Email | Print',
                      'Photo: Yazidi women hold pictures of missing relatives during a ceremony in a camp near '
                      'Duhok. (LWR/Hevi Mahmoud)',
                      "Read also: Iraq's Yazidis: who they are and what they believe",
                      'Diana Petrova reported from Prague and Hevi Mahmoud from Duhok.',
                      'Tags: Iraq | Yazidis | Sinjar | Islamic State | genocide',
                      'Comments (2)',
                      'Dilshad K. | August 05, 2016 08:40',
                      'Sarah_M | August 06, 2016 21:17',
                      'Add a comment | Please keep the discussion civil.',
                      'More from Iraq',
                      'Mosul: residents report curfews and arrests',
                      'Copyright © 2016 LWR. All rights reserved. | Privacy policy | Terms of use | Contact'],
  'unlisted': [],
  'relative': {'phrase': 'on Wednesday', 'date': '2016-08-03'},
  'comments_first': 'Thank you for not forgetting us.',
  'comment_authors': ['Dilshad K.', 'Sarah_M'],
  'credits': [{'role': 'author', 'name': 'Diana Petrova'}, {'role': 'author', 'name': 'Hevi Mahmoud'}]},
 {'n': 5109,
  'language': 'en',
  'situation': 9,
  'outlet': "regional daily: a Gulf English-language daily (Gulf Dispatch, invented): Yemen's government declares "
            'Aden liberated',
  'title': 'Yemeni government declares Aden liberated from Houthi rebels',
  'published': '2015-07-17',
  'published_note': "'Friday, July 17, 2015 | Shawwal 1, 1436 AH' under the title: weekday, Month D, YYYY beside the "
                    'lunar Hijri date (1 Shawwal 1436, Eid al-Fitr, in the Umm al-Qura calendar, checked with '
                    "java.time.chrono.HijrahDate); the prayer-times strip above everything is dated 'Wednesday, 29 "
                    "July 2015', the crawl day, and must not win; the text's 'on Tuesday' is 14 July",
  'evidence': {'text': 'Friday, July 17, 2015'},
  'hijri': {'text': 'Shawwal 1, 1436 AH', 'year': 1436, 'month': 10, 'day': 1},
  'other_dates': [{'text': 'Wednesday, 29 July 2015', 'date': '2015-07-29', 'role': 'crawl'}],
  'body_first': "Yemen's exiled government announced that the southern port city of Aden",
  'body_last': 'Officials said clearing the city of mines and unexploded shells left by the rebels would be one of '
               'the first priorities of the returning authorities.',
  'chrome_not_body': ['Abu Dhabi prayer times | Fajr 4:17 | Dhuhr 12:38 | Asr 4:05 | Maghrib 7:11 | Isha 8:41 | '
                      'Wednesday, 29 July 2015',
                      'Dubai 44°C | Abu Dhabi 45°C | Sharjah 43°C | Al Ain 46°C',
                      'Gulf Dispatch',
                      'UAE | Gulf | World | Business | Opinion | Lifestyle | Sport | Weekend',
                      'World | Yemen',
                      'Friday, July 17, 2015 | Shawwal 1, 1436 AH',
                      'Mariam Al Suwaidi, Foreign Desk',
                      'A Yemeni fighter on a pick-up truck near Aden airport. Photo: Gulf Dispatch/Agencies',
                      'Related: UN envoy calls for new humanitarian pause in Yemen',
                      'Tags: Yemen | Aden | Saudi-led coalition | Houthis',
                      'Share this story | Facebook | Twitter | WhatsApp | Email',
                      'Sign up for the Gulf Dispatch daily newsletter | Subscribe',
                      '© 2015 Gulf Dispatch Media. All rights reserved. | Contact | Advertise | Privacy | Terms'],
  'unlisted': [],
  'relative': {'phrase': 'on Tuesday', 'date': '2015-07-14'},
  'credits': [{'role': 'author', 'name': 'Mariam Al Suwaidi'}]},
 {'n': 5110,
  'language': 'en',
  'situation': 10,
  'outlet': 'regional daily: an Iraqi English-language news site (Baghdad Herald Online, invented): the death toll '
            'of the Karrada bombing passes 200',
  'title': 'Death toll from Karrada bombing passes 200 as Baghdad mourns',
  'published': '2016-07-04',
  'published_note': "'Posted 2016-07-04 09:30' under the title (ISO); the three comments are stamped 5 and 6 July "
                    "with times, and the footer 'Last modified on Thursday, 7 July 2016 11:05' is three days later: "
                    "none of them wins; the text's 'on Sunday' (inside 'early on Sunday') is 3 July",
  'evidence': {'text': '2016-07-04 09:30'},
  'other_dates': [{'text': 'July 5, 2016 at 2:14 am', 'date': '2016-07-05', 'role': 'comment'},
                  {'text': 'July 5, 2016 at 7:48 pm', 'date': '2016-07-05', 'role': 'comment'},
                  {'text': 'July 6, 2016 at 11:30 am', 'date': '2016-07-06', 'role': 'comment'},
                  {'text': 'Thursday, 7 July 2016 11:05', 'date': '2016-07-07', 'role': 'modified'}],
  'body_first': "The death toll from the truck bomb that tore through Baghdad's Karrada",
  'body_last': 'Security officials said the truck had been packed with explosives and had entered Baghdad from '
               'Diyala province to the east, and that an investigation had been opened into how it passed the '
               'checkpoints.',
  'chrome_not_body': ['Baghdad Herald Online',
                      'Independent news from Iraq in English',
                      'Home | Politics | Security | Economy | Kurdistan | Culture | Opinion | Photos',
                      'Posted 2016-07-04 09:30 | By Ahmed Jassim',
                      'Facebook | Twitter | Google+ | Email',
                      "Read also: Why do bombs still get through Baghdad's checkpoints?",
                      'Tags: Baghdad | Karrada | Islamic State | bombing | Abadi',
                      'Comments (3)',
                      'Noor Al-Hashimi | July 5, 2016 at 2:14 am',
                      'Reply',
                      'Mark T. | July 5, 2016 at 7:48 pm',
                      'Haider S. | July 6, 2016 at 11:30 am',
                      'Leave a reply | Your email address will not be published. Required fields are marked *',
                      'Last modified on Thursday, 7 July 2016 11:05',
                      '© 2016 Baghdad Herald Online | About | Contact | Privacy'],
  'unlisted': ['Security'],
  'relative': {'phrase': 'on Sunday', 'date': '2016-07-03'},
  'comments_first': 'Karrada was the heart of Baghdad.',
  'comment_authors': ['Noor Al-Hashimi', 'Mark T.', 'Haider S.'],
  'credits': [{'role': 'author', 'name': 'Ahmed Jassim'}]},
 {'n': 5111,
  'language': 'en',
  'situation': 11,
  'outlet': 'broadcaster: the English site of a European television channel (Eurovista TV, invented): the evacuation '
            'of eastern Aleppo begins',
  'title': 'First buses and ambulances leave eastern Aleppo as evacuation begins',
  'published': '2016-12-15',
  'published_note': "only after the text: 'Published 15 December 2016, 18:32 GMT' (D Month YYYY); the 'Latest' box "
                    "above the text carries three entries of the next day, 'Fri 16 Dec' with times and no year, "
                    "which must not win; the text's 'on Tuesday' is 13 December",
  'evidence': {'text': 'Published 15 December 2016, 18:32 GMT'},
  'other_dates': [{'text': 'Fri 16 Dec 10:05', 'date': '2016-12-16', 'role': 'latest', 'partial': True},
                  {'text': 'Fri 16 Dec 08:40', 'date': '2016-12-16', 'role': 'latest', 'partial': True},
                  {'text': 'Fri 16 Dec 07:15', 'date': '2016-12-16', 'role': 'latest', 'partial': True}],
  'body_first': 'The first convoy of buses and ambulances carrying wounded civilians',
  'body_last': 'President Bashar al-Assad said in a video message that the recapture of Aleppo was a historic '
               'moment, while Western governments accused Syrian and Russian forces of atrocities against civilians '
               'during the final offensive.',
  'chrome_not_body': ['Live | Programmes | Weather | Newsletters',
                      'World | Europe | Middle East | Africa | Business | Culture | Video',
                      'Syria war',
                      'Wounded civilians and fighters were among the first to leave the besieged enclave under a '
                      'deal brokered by Russia and Turkey.',
                      'Latest',
                      'Fri 16 Dec 10:05 | Evacuation suspended, Syrian state television says',
                      'Fri 16 Dec 08:40 | Russian military says thousands have left the enclave overnight',
                      'Fri 16 Dec 07:15 | UN envoy calls for observers at crossing points',
                      'See all updates',
                      'Video: Buses leave eastern Aleppo under Red Crescent escort (1:34)',
                      'Published 15 December 2016, 18:32 GMT',
                      'Tags: Syria | Aleppo | evacuation | Red Cross | Russia',
                      'Share: Facebook | Twitter | WhatsApp | Email',
                      'More on Syria',
                      'Who is left in eastern Aleppo?',
                      'Eurovista TV © 2016 | Contact | Terms | Privacy | Cookies'],
  'unlisted': ['Eurovista TV'],
  'relative': {'phrase': 'on Tuesday', 'date': '2016-12-13'},
  'credits': []},
 {'n': 5112,
  'language': 'en',
  'situation': 12,
  'outlet': 'regional daily: a US regional daily in a navy town (The Tidewater Courier, invented): missiles fired '
            'from Yemen at the USS Mason',
  'title': 'Navy destroyer targeted by missiles fired from rebel-held Yemen, Pentagon says',
  'published': '2016-10-10',
  'published_note': "'Oct. 10, 2016 at 7:45 a.m.' under the byline (abbreviated month with a dot, Mon. D, YYYY); the "
                    "text names 'the Oct. 1 strike' and 'the Oct. 8 air strike' without a year; the archive widget "
                    "lists years 2016-2021 and month names with dots, a calendar row 'October 2016: 1 2 ... 31', and "
                    "the copyright line a year range '2003-2021': none of them is a date of the article; the text's "
                    "'on Sunday' (inside 'on Sunday evening') is 9 October",
  'evidence': {'text': 'Oct. 10, 2016 at 7:45 a.m.'},
  'other_dates': [{'text': 'the Oct. 1 strike', 'date': '2016-10-01', 'role': 'body', 'partial': True},
                  {'text': 'the Oct. 8 air strike', 'date': '2016-10-08', 'role': 'body', 'partial': True}],
  'body_first': 'A Navy destroyer operating off the coast of Yemen',
  'body_last': "Analysts said the attack showed the threat the war in Yemen poses to one of the world's busiest "
               'shipping lanes, through which a large share of the oil and goods traded between Asia and Europe '
               'passes.',
  'chrome_not_body': ['The Tidewater Courier',
                      'Local | Military | Nation & World | Business | Sports | Opinion | Obituaries | e-Edition',
                      'By Jennifer Ramos | Staff writer',
                      'Oct. 10, 2016 at 7:45 a.m.',
                      'Print | Email | Facebook | Twitter',
                      'Photo: The guided-missile destroyer USS Mason during an exercise in the Atlantic. Courier '
                      'file photo',
                      'Related: Families of Mason sailors wait for news at Naval Station Norfolk',
                      'Staff writer Jennifer Ramos can be reached at the newsroom desk.',
                      'Tags: USS Mason | Navy | Yemen | Houthis | Red Sea',
                      'Archives',
                      '2016 | 2017 | 2018 | 2019 | 2020 | 2021',
                      'Jan. | Feb. | March | April | May | June | July | Aug. | Sept. | Oct. | Nov. | Dec.',
                      'October 2016: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 '
                      '30 31',
                      "Subscribe to the Courier's daily headlines | Sign up",
                      'Copyright © 2003-2021 The Tidewater Courier | Terms of service | Privacy policy | Do not sell '
                      'my information'],
  'unlisted': ['Military'],
  'relative': {'phrase': 'on Sunday', 'date': '2016-10-09'},
  'credits': [{'role': 'author', 'name': 'Jennifer Ramos'}]},
 {'n': 5113,
  'language': 'ar',
  'situation': 1,
  'outlet': 'regional daily: a Yemeni daily (صحيفة ساحل اليمن, invented): the Houthis take over Sanaa and the Peace '
            'and National Partnership Agreement is signed',
  'title': 'الحوثيون يسيطرون على مؤسسات الدولة في صنعاء وتوقيع اتفاق برعاية أممية',
  'published': '2014-09-22',
  'published_note': "'22 سبتمبر 2014 - 10:15 ص' under the title (D Egyptian-month YYYY); the masthead 'الخميس 9 "
                    "أكتوبر 2014' above the site name and menu is the crawl day, 17 days later, and must not win; "
                    "the text's 'مساء الأحد' is 21 September",
  'evidence': {'text': '22 سبتمبر 2014 - 10:15 ص'},
  'other_dates': [{'text': 'الخميس 9 أكتوبر 2014', 'date': '2014-10-09', 'role': 'crawl'}],
  'body_first': 'سيطر مسلحو جماعة الحوثي (أنصار الله) على معظم المؤسسات',
  'body_last': 'وكانت الجماعة قد بدأت منذ أسابيع اعتصامات في محيط العاصمة وداخلها للمطالبة بإسقاط الحكومة وإلغاء '
               'قرار رفع أسعار الوقود، قبل أن تتحول الاحتجاجات إلى مواجهات مسلحة في شمال صنعاء وغربها أوقعت مئات '
               'القتلى والجرحى.',
  'chrome_not_body': ['الخميس 9 أكتوبر 2014 | صنعاء 24° | عدن 33° | الدولار 214 ريالاً',
                      'صحيفة ساحل اليمن',
                      'صوت اليمنيين من صعدة إلى المهرة',
                      'الرئيسية | أخبار محلية | عربي ودولي | اقتصاد | رياضة | آراء | تحقيقات | صور',
                      'أخبار محلية',
                      '22 سبتمبر 2014 - 10:15 ص',
                      'صنعاء - فؤاد السقاف',
                      'شارك: فيسبوك | تويتر | واتساب',
                      'صورة: مسلحون حوثيون أمام بوابة مقر الفرقة الأولى مدرع شمال صنعاء (ساحل اليمن)',
                      'اقرأ أيضاً: من هم الحوثيون؟ رحلة الجماعة من جبال صعدة إلى قلب العاصمة',
                      'الوسوم: صنعاء | الحوثيون | اتفاق السلم والشراكة | هادي',
                      'أخبار ذات صلة',
                      'بنعمر يصل إلى صعدة للقاء عبد الملك الحوثي',
                      'الإصلاح يدعو أنصاره إلى ضبط النفس',
                      'اشترك في النشرة البريدية لصحيفة ساحل اليمن',
                      'جميع الحقوق محفوظة © 2014 صحيفة ساحل اليمن | من نحن | اتصل بنا | أعلن معنا'],
  'unlisted': [],
  'relative': {'phrase': 'مساء الأحد', 'date': '2014-09-21'},
  'credits': [{'role': 'author', 'name': 'فؤاد السقاف'}]},
 {'n': 5114,
  'language': 'ar',
  'situation': 2,
  'outlet': "broadcaster: a pan-Arab satellite channel's site (قناة الرافد, invented): Jaish al-Fath takes the city "
            'of Idlib',
  'title': '"جيش الفتح" يسيطر على مدينة إدلب بعد أربعة أيام من المعارك',
  'published': '2015-03-28',
  'published_note': "'نشر في: السبت 28 مارس 2015 - 19:45 (مكة المكرمة)' under the title (weekday, D Egyptian-month "
                    "YYYY); 'آخر تحديث: الخميس 2 أبريل 2015 - 14:20' stands ABOVE it, five days later, and must not "
                    "win; the related report is dated 25 March; the video durations are no dates; the text's 'يوم "
                    "الثلاثاء' is 24 March",
  'evidence': {'text': 'نشر في: السبت 28 مارس 2015 - 19:45'},
  'other_dates': [{'text': 'آخر تحديث: الخميس 2 أبريل 2015 - 14:20', 'date': '2015-04-02', 'role': 'update'},
                  {'text': 'محاور | 25 مارس 2015', 'date': '2015-03-25', 'role': 'related'}],
  'body_first': 'سيطرت فصائل المعارضة السورية المسلحة المنضوية',
  'body_last': 'ويعد سقوط إدلب ضربة كبيرة للنظام في الشمال، إذ تفتح الطريق أمام المعارضة نحو ريف اللاذقية ومناطق سهل '
               'الغاب في ريف حماة.',
  'chrome_not_body': ['قناة الرافد',
                      'البث المباشر | البرامج | English',
                      'الرئيسية | أخبار | سوريا | العراق | فلسطين | اقتصاد | رياضة | فيديو',
                      'أخبار | سوريا',
                      'آخر تحديث: الخميس 2 أبريل 2015 - 14:20 (مكة المكرمة)',
                      'نشر في: السبت 28 مارس 2015 - 19:45 (مكة المكرمة)',
                      'حفظ | مشاركة: فيسبوك | تويتر | واتساب',
                      'فيديو | 01:36',
                      'مقاتلون من المعارضة يتجولون في ساحة وسط مدينة إدلب',
                      'المصدر: الرافد + وكالات',
                      'تقارير ذات صلة',
                      'المعارضة تطلق معركة إدلب من أربعة محاور | 25 مارس 2015',
                      'من هو "جيش الفتح"؟',
                      'الأكثر مشاهدة',
                      'فيديو | 02:10 | غارات التحالف على مواقع الحوثيين في صنعاء',
                      'من نحن | اتصل بنا | الخصوصية | الشروط والأحكام',
                      'جميع الحقوق محفوظة © 2015 قناة الرافد'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الثلاثاء', 'date': '2015-03-24'},
  'credits': []},
 {'n': 5115,
  'language': 'ar',
  'situation': 3,
  'outlet': "regional daily: an Egyptian daily's news portal (بوابة الوادي نيوز, invented): Egypt strikes Islamic "
            'State positions in Derna after the killing of 21 Copts',
  'title': 'مصر تشن غارات جوية على مواقع "داعش" في درنة الليبية ثأراً لذبح 21 مصرياً',
  'published': '2015-02-16',
  'published_note': "the date stands only in the byline 'كتب: محمود عبد الحميد - الاثنين 16 فبراير 2015 - 01:30 م' "
                    "(weekday, D Egyptian-month YYYY); the comments are stamped 17 and 18 February; the text's 'مساء "
                    "الأحد' is 15 February",
  'evidence': {'text': 'الاثنين 16 فبراير 2015 - 01:30 م'},
  'other_dates': [{'text': '17 فبراير 2015 - 09:12 ص', 'date': '2015-02-17', 'role': 'comment'},
                  {'text': '18 فبراير 2015 - 11:40 م', 'date': '2015-02-18', 'role': 'comment'}],
  'body_first': 'شنت القوات الجوية المصرية فجراً ضربات مركزة',
  'body_last': 'وأدانت مؤسسة الأزهر والكنيسة القبطية الأرثوذكسية الجريمة، فيما أعلنت الحكومة حظر سفر المواطنين إلى '
               'ليبيا، وبدأت إجراءات لإجلاء العمال المصريين الراغبين في العودة عبر منفذ السلوم البري.',
  'chrome_not_body': ['بوابة الوادي نيوز',
                      'الرئيسية | أخبار مصر | عربي ودولي | حوادث | اقتصاد | رياضة | فن | مقالات',
                      'عربي ودولي',
                      'كتب: محمود عبد الحميد - الاثنين 16 فبراير 2015 - 01:30 م',
                      'طباعة | مشاركة: فيسبوك | تويتر | جوجل+',
                      'صورة: طائرة مقاتلة مصرية خلال مشاركتها في الضربات (المتحدث العسكري)',
                      'اقرأ أيضاً: أسر الضحايا في المنيا: نريد جثامين أبنائنا',
                      'الوسوم: ليبيا | درنة | داعش | الأقباط | القوات الجوية',
                      'التعليقات (2)',
                      'أبو مصطفى | 17 فبراير 2015 - 09:12 ص',
                      'ريهام فوزي | 18 فبراير 2015 - 11:40 م',
                      'أضف تعليقك',
                      'الأكثر قراءة',
                      'السيسي يستقبل وفداً من الكنيسة لتقديم التعازي',
                      'جميع الحقوق محفوظة © 2015 بوابة الوادي نيوز | من نحن | اتصل بنا'],
  'unlisted': [],
  'relative': {'phrase': 'مساء الأحد', 'date': '2015-02-15'},
  'comments_first': 'تسلم إيد رجالة الجيش',
  'comment_authors': ['أبو مصطفى', 'ريهام فوزي'],
  'credits': [{'role': 'author', 'name': 'محمود عبد الحميد'}]},
 {'n': 5116,
  'language': 'ar',
  'situation': 4,
  'outlet': 'agency: a Levant news agency (وكالة أنباء المشرق, invented): the first buses leave Darayya under the '
            'evacuation deal',
  'title': 'خروج أولى الحافلات من داريا بعد اتفاق ينهي أربع سنوات من الحصار',
  'published': '2016-08-26',
  'published_note': "only the dateline 'دمشق - 26 آب (مشرق) -' opening the text gives the day and month (Levantine "
                    "month), with no year; the year stands once in the text ('خلال عام 2016'); the print footer "
                    "'بتاريخ 14/11/2020' and the copyright '© 2020' belong to a later crawl and must not give the "
                    "year; the text's 'يوم الخميس' is 25 August",
  'evidence': {'text': 'دمشق - 26 آب', 'in_body': True, 'partial': True, 'year_from': 'خلال عام 2016'},
  'order': 'dmy',
  'other_dates': [{'text': 'بتاريخ 14/11/2020', 'date': '2020-11-14', 'role': 'crawl'}],
  'body_first': 'دمشق - 26 آب (مشرق) - بدأت حافلات تقل مقاتلين',
  'body_last': 'وكانت داريا من أولى المدن التي شهدت احتجاجات سلمية ضد الحكومة في بدايات الحراك، وتعرضت خلال سنوات '
               'الحصار لقصف متواصل دمر الجزء الأكبر من أبنيتها.',
  'chrome_not_body': ['وكالة أنباء المشرق',
                      'مشرق | الأخبار كما هي',
                      'الرئيسية | سوريا | لبنان | العراق | الأردن | فلسطين | اقتصاد | منوعات',
                      'صورة: حافلات تنتظر عند مدخل داريا لنقل المدنيين والمقاتلين (مشرق)',
                      'الوسوم: سوريا | داريا | ريف دمشق | الحصار',
                      'أخبار ذات صلة',
                      'الأمم المتحدة: نحو 600 ألف شخص يعيشون تحت الحصار في سوريا',
                      'المعضمية: مفاوضات على اتفاق مشابه',
                      'طُبع من موقع وكالة أنباء المشرق بتاريخ 14/11/2020',
                      '© 2020 وكالة أنباء المشرق. جميع الحقوق محفوظة.'],
  'unlisted': ['سوريا'],
  'relative': {'phrase': 'يوم الخميس', 'date': '2016-08-25'},
  'credits': []},
 {'n': 5117,
  'language': 'ar',
  'situation': 5,
  'outlet': 'aggregator: an Arabic news aggregator relaying a story (نبض المنطقة relaying السودان الآن, both '
            'invented): the Sudanese army retakes the Republican Palace in Khartoum',
  'title': 'الجيش السوداني يستعيد القصر الجمهوري في الخرطوم بعد نحو عامين من سيطرة الدعم السريع',
  'published': '2025-03-21',
  'published_note': "'المصدر: السودان الآن · 21 مارس 2025 - 10:40 · منذ 5 ساعات' under the title: the absolute D "
                    'Egyptian-month YYYY wins over the relative stamp on the same line; the ticker above the title '
                    "carries a time alone ('15:12', the crawl day) and three other days in three formats ('20 مارس "
                    "2025 - 23:40', '19/03/2025', '2025-03-18'); the text's 'يوم الخميس' is 20 March",
  'evidence': {'text': '21 مارس 2025 - 10:40'},
  'stamp': 'منذ 5 ساعات',
  'order': 'dmy',
  'other_dates': [{'text': '20 مارس 2025 - 23:40', 'date': '2025-03-20', 'role': 'ticker'},
                  {'text': '19/03/2025', 'date': '2025-03-19', 'role': 'ticker', 'order': 'dmy'},
                  {'text': '2025-03-18', 'date': '2025-03-18', 'role': 'ticker'}],
  'body_first': 'أعلن الجيش السوداني استعادة السيطرة على القصر الجمهوري',
  'body_last': 'وتسببت الحرب المستمرة منذ نحو عامين في مقتل عشرات الآلاف ونزوح أكثر من 12 مليون شخص داخل البلاد '
               'وخارجها، وفق تقديرات الأمم المتحدة، التي تصف الأزمة بأنها الأكبر في العالم.',
  'chrome_not_body': ['نبض المنطقة',
                      'الرئيسية | عاجل | السودان | مصر | الخليج | الشام | اقتصاد | رياضة | لك',
                      '15:12 | الأمم المتحدة تحذر من نفاد الغذاء في مخيمات شمال دارفور',
                      '20 مارس 2025 - 23:40 | الدعم السريع تعلن السيطرة على بلدة المالحة في شمال دارفور',
                      '19/03/2025 | وزارة الصحة في غزة: ارتفاع عدد القتلى منذ استئناف الغارات',
                      '2025-03-18 | إسرائيل تستأنف غاراتها الجوية على قطاع غزة',
                      'أخبار السودان',
                      'المصدر: السودان الآن · 21 مارس 2025 - 10:40 · منذ 5 ساعات',
                      'متابعة | حفظ | مشاركة',
                      'فيديو | 00:58 | جنود الجيش داخل القصر الجمهوري',
                      'اقرأ الخبر كاملاً على موقع السودان الآن',
                      'أخبار مشابهة',
                      'البرهان يتفقد القوات في أم درمان',
                      'حمل تطبيق نبض المنطقة لمتابعة الأخبار العاجلة',
                      'نبض المنطقة يجمع الأخبار من أكثر من 2,000 مصدر. المحتوى ملك لمصادره. © 2025 نبض المنطقة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الخميس', 'date': '2025-03-20'},
  'credits': []},
 {'n': 5118,
  'language': 'ar',
  'situation': 6,
  'outlet': 'regional daily: a Lebanese Arabic daily (صحيفة الشرفة, invented): the suicide attack on the Mar Elias '
            'church in Damascus',
  'title': 'هجوم انتحاري على كنيسة مار الياس في دمشق يوقع عشرات الضحايا',
  'published': '2025-06-23',
  'published_note': "'الاثنين 23 حزيران 2025' under the title (weekday, D Levantine-month YYYY); the 'الأكثر قراءة' "
                    "and 'مختارات المحرر' lists flattened above the article carry 20, 21, 22 and 24 June in the same "
                    "format; the comments are stamped 24 and 25 June; the text's 'مساء الأحد' is 22 June (the "
                    'attack)',
  'evidence': {'text': 'الاثنين 23 حزيران 2025'},
  'other_dates': [{'text': 'هجوم دمشق | 24 حزيران 2025', 'date': '2025-06-24', 'role': 'related'},
                  {'text': 'الأميركية | 22 حزيران 2025', 'date': '2025-06-22', 'role': 'related'},
                  {'text': 'لبنان | 21 حزيران 2025', 'date': '2025-06-21', 'role': 'related'},
                  {'text': 'والبقاء | 20 حزيران 2025', 'date': '2025-06-20', 'role': 'related'},
                  {'text': '24 حزيران 2025 - 08:20', 'date': '2025-06-24', 'role': 'comment'},
                  {'text': '25 حزيران 2025 - 17:45', 'date': '2025-06-25', 'role': 'comment'}],
  'body_first': 'قُتل 25 شخصاً وأصيب أكثر من 60 آخرين',
  'body_last': 'وتوالت الإدانات العربية والدولية للهجوم، ودعت دول عدة السلطات السورية الجديدة إلى ضمان حماية جميع '
               'المكونات، في وقت تسعى فيه الحكومة إلى تثبيت الأمن وإقناع العواصم الغربية برفع ما تبقى من العقوبات.',
  'chrome_not_body': ['صحيفة الشرفة',
                      'يومية سياسية مستقلة - بيروت',
                      'لبنان | سوريا | فلسطين | إقليميات | اقتصاد | ثقافة | رياضة | مقالات',
                      'الأكثر قراءة',
                      '1. عون يتلقى اتصالات تضامن بعد هجوم دمشق | 24 حزيران 2025',
                      '2. طهران تتوعد بالرد على الضربات الأميركية | 22 حزيران 2025',
                      '3. أسعار المحروقات ترتفع مجدداً في لبنان | 21 حزيران 2025',
                      'مختارات المحرر',
                      'الكنائس في سوريا: قرن من الخوف والبقاء | 20 حزيران 2025',
                      'سوريا',
                      'الاثنين 23 حزيران 2025',
                      'دمشق - مراسل الشرفة',
                      'صورة: عناصر من الدفاع المدني داخل كنيسة مار الياس بعد التفجير (الشرفة)',
                      'اقرأ أيضاً: من هي الدويلعة؟ حي مسيحي على أطراف دمشق القديمة',
                      'الوسوم: سوريا | دمشق | كنيسة مار الياس | داعش',
                      'التعليقات (2)',
                      'ريتا خوري | 24 حزيران 2025 - 08:20',
                      'سامر ح. | 25 حزيران 2025 - 17:45',
                      'أضف تعليقك',
                      'جميع الحقوق محفوظة © 2025 صحيفة الشرفة | من نحن | اتصل بنا'],
  'unlisted': [],
  'relative': {'phrase': 'مساء الأحد', 'date': '2025-06-22'},
  'comments_first': 'الرحمة للشهداء.',
  'comment_authors': ['ريتا خوري', 'سامر ح.'],
  'credits': []},
 {'n': 5119,
  'language': 'ar',
  'situation': 7,
  'outlet': 'agency: a Lebanese news agency (وكالة الجنوب للأنباء, invented): the Israeli withdrawal deadline in '
            'south Lebanon and the five points',
  'title': 'الجيش ينتشر في قرى حدودية بعد انسحاب إسرائيلي والاحتلال يبقي على خمس نقاط',
  'published': '2025-02-18',
  'published_note': "'18.02.2025 | 16:30' under the title (numeric D.M.Y with dots, unambiguous: day 18); the first "
                    "paragraph recalls '27 تشرين الثاني 2024' and '26 كانون الثاني 2025' in full, which are not the "
                    "publication day; the related news carry 17.02.2025 and 16.02.2025; the text's 'يوم الاثنين' is "
                    '17 February',
  'evidence': {'text': '18.02.2025 | 16:30', 'order': 'dmy'},
  'order': 'dmy',
  'other_dates': [{'text': '27 تشرين الثاني 2024', 'date': '2024-11-27', 'role': 'body'},
                  {'text': '26 كانون الثاني 2025', 'date': '2025-01-26', 'role': 'body'},
                  {'text': 'جنوب لبنان | 17.02.2025', 'date': '2025-02-17', 'role': 'related', 'order': 'dmy'},
                  {'text': 'الغربي | 16.02.2025', 'date': '2025-02-16', 'role': 'related', 'order': 'dmy'}],
  'body_first': 'في 27 تشرين الثاني 2024 دخل اتفاق وقف إطلاق النار',
  'body_last': 'واعتبر حزب الله أن بقاء القوات الإسرائيلية في أي نقطة داخل الأراضي اللبنانية يعد احتلالاً، وأن على '
               'الدولة اللبنانية أن تتحمل مسؤولياتها في إنهائه، مؤكداً التزامه بالتعاون مع الجيش في جنوب الليطاني.',
  'chrome_not_body': ['وكالة الجنوب للأنباء',
                      'الرئيسية | محليات | الجنوب | إقليمي | دولي | اقتصاد | تربية | صحة',
                      'الجنوب',
                      '18.02.2025 | 16:30',
                      'صورة: آليات للجيش اللبناني تدخل بلدة كفركلا الحدودية (وكالة الجنوب)',
                      'اقرأ أيضاً: ما هي النقاط الخمس التي تبقي عليها إسرائيل في الجنوب؟',
                      'أخبار ذات صلة',
                      'الجيش الإسرائيلي يعلن إبقاء قواته في خمس نقاط جنوب لبنان | 17.02.2025',
                      'عودة الأهالي إلى بلدات القطاع الغربي | 16.02.2025',
                      'تابعونا: فيسبوك | إكس | تيليغرام | واتساب',
                      'جميع الحقوق محفوظة © 2025 وكالة الجنوب للأنباء'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2025-02-17'},
  'credits': []},
 {'n': 5120,
  'language': 'ar',
  'situation': 8,
  'outlet': 'regional daily: a pan-Arab daily published in London (الجسر العربي, invented): the Sharm el-Sheikh '
            'talks on Gaza enter their third day, two years after 7 October',
  'title': 'بعد عامين على 7 أكتوبر: مفاوضات شرم الشيخ تدخل يومها الثالث وسط تفاؤل حذر',
  'published': '2025-10-08',
  'published_note': "'08 أكتوبر 2025 - 09:45 ت.غ' under the byline (DD Egyptian-month YYYY); the kicker '7 أكتوبر.. "
                    "عامان' and the title's '7 أكتوبر' name the day of the 2023 attack, not the publication day; the "
                    "related item is dated 07 أكتوبر 2025 (the anniversary); the text's 'يوم الاثنين' is 6 October "
                    '(the start of the talks)',
  'evidence': {'text': '08 أكتوبر 2025 - 09:45 ت.غ'},
  'other_dates': [{'text': '7 أكتوبر.. عامان', 'date': '2023-10-07', 'role': 'event', 'partial': True},
                  {'text': 'بعد عامين على 7 أكتوبر:', 'date': '2023-10-07', 'role': 'event', 'partial': True},
                  {'text': 'تل أبيب | 07 أكتوبر 2025', 'date': '2025-10-07', 'role': 'related'}],
  'body_first': 'تتواصل في منتجع شرم الشيخ المصري المفاوضات',
  'body_last': 'ويرى محللون أن نجاح المرحلة الأولى سيفتح الباب أمام ملفات أكثر تعقيداً، أبرزها نزع سلاح الحركة '
               'وإدارة القطاع بعد الحرب ودور القوة الدولية المقترحة.',
  'chrome_not_body': ['الجسر العربي',
                      'يومية عربية دولية تصدر من لندن',
                      'الرئيسية | أخبار | فلسطين | الخليج | مصر | المغرب العربي | رأي | ثقافة | رياضة',
                      '7 أكتوبر.. عامان',
                      'القاهرة - هبة عبد الرحمن',
                      '08 أكتوبر 2025 - 09:45 ت.غ',
                      'مشاركة: فيسبوك | إكس | واتساب | تيليغرام',
                      'صورة: جانب من مقر المفاوضات في شرم الشيخ (الجسر العربي)',
                      'اقرأ أيضاً: ما هي البنود العشرون في خطة ترامب لغزة؟',
                      'أخبار ذات صلة',
                      'في الذكرى الثانية: عائلات الرهائن تتظاهر في تل أبيب | 07 أكتوبر 2025',
                      'ترامب: نحن قريبون جداً من اتفاق في غزة',
                      'الوسوم: غزة | حماس | شرم الشيخ | خطة ترامب | الرهائن',
                      'الاشتراك في النشرة البريدية',
                      '© 2025 الجسر العربي. جميع الحقوق محفوظة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2025-10-06'},
  'credits': [{'role': 'author', 'name': 'هبة عبد الرحمن'}]},
 {'n': 5121,
  'language': 'ar',
  'situation': 9,
  'outlet': 'regional daily: a Saudi daily (صحيفة نجد الجديدة, invented): Saudi Arabia severs diplomatic ties with '
            'Iran',
  'title': 'المملكة تقطع علاقاتها الدبلوماسية مع إيران وتمهل دبلوماسييها 48 ساعة للمغادرة',
  'published': '2016-01-04',
  'published_note': "'الاثنين 24 ربيع الأول 1437 هـ - 4 يناير 2016 م' under the title: weekday, lunar Hijri D Month "
                    'YYYY (24 Rabi al-Awwal 1437 in the Umm al-Qura calendar, checked with '
                    'java.time.chrono.HijrahDate) beside the Gregorian D Egyptian-month YYYY; the prayer-times strip '
                    "at the top is dated 'الأحد 17 يناير 2016', the crawl day, and must not win; the text's 'يوم "
                    "السبت' is 2 January",
  'evidence': {'text': 'الاثنين 24 ربيع الأول 1437 هـ - 4 يناير 2016 م'},
  'hijri': {'text': '24 ربيع الأول 1437 هـ', 'year': 1437, 'month': 3, 'day': 24},
  'other_dates': [{'text': 'الأحد 17 يناير 2016', 'date': '2016-01-17', 'role': 'crawl'}],
  'body_first': 'أعلن وزير الخارجية عادل الجبير قطع العلاقات',
  'body_last': 'ويرى مراقبون أن القطيعة الدبلوماسية ستعقد جهود التسوية في المنطقة، خاصة مع اقتراب موعد محادثات '
               'السلام السورية التي ترعاها الأمم المتحدة في جنيف.',
  'chrome_not_body': ['مواقيت الصلاة - الرياض | الفجر 5:20 | الظهر 12:05 | العصر 3:09 | المغرب 5:26 | العشاء 6:46 | '
                      'الأحد 17 يناير 2016',
                      'الطقس: الرياض 14° | جدة 26° | الدمام 17° | أبها 9°',
                      'صحيفة نجد الجديدة',
                      'الرئيسية | محليات | سياسة | اقتصاد | رياضة | ثقافة | كتاب وآراء | الأخيرة',
                      'سياسة',
                      'الاثنين 24 ربيع الأول 1437 هـ - 4 يناير 2016 م',
                      'الرياض - عبدالله السبيعي',
                      'صورة: دخان يتصاعد من مبنى سفارة المملكة في طهران (وكالات)',
                      'اقرأ أيضاً: كيف تعاملت إيران مع البعثات الدبلوماسية عبر العقود؟',
                      'الوسوم: إيران | الجبير | السفارة | قطع العلاقات',
                      'شارك: تويتر | فيسبوك | واتساب',
                      'جميع الحقوق محفوظة لصحيفة نجد الجديدة © 2016 | اتصل بنا | الإعلان'],
  'unlisted': [],
  'relative': {'phrase': 'يوم السبت', 'date': '2016-01-02'},
  'credits': [{'role': 'author', 'name': 'عبدالله السبيعي'}]},
 {'n': 5122,
  'language': 'ar',
  'situation': 10,
  'outlet': 'regional daily: a Jordanian daily (صحيفة الرابية, invented): the open-ended Gaza ceasefire of August '
            '2014',
  'title': 'وقف إطلاق نار مفتوح في غزة بعد 51 يوماً من الحرب واحتفالات في شوارع القطاع',
  'published': '2014-08-27',
  'published_note': "'تاريخ النشر: 27/08/2014 - 09:10 ص' under the title (numeric D/M/Y, unambiguous: day 27); the "
                    "three comments are stamped 28 and 29 August with times (one with the Levantine month 'آب'), and "
                    "the footer 'آخر تعديل: 30/08/2014 - 12:40 م' is three days later: none of them wins; the text's "
                    "'مساء الثلاثاء' is 26 August",
  'evidence': {'text': 'تاريخ النشر: 27/08/2014 - 09:10 ص', 'order': 'dmy'},
  'order': 'dmy',
  'other_dates': [{'text': '28/08/2014 - 07:30 ص', 'date': '2014-08-28', 'role': 'comment', 'order': 'dmy'},
                  {'text': '28 آب 2014 - 10:15', 'date': '2014-08-28', 'role': 'comment'},
                  {'text': '29/08/2014 - 11:02 م', 'date': '2014-08-29', 'role': 'comment', 'order': 'dmy'},
                  {'text': 'آخر تعديل: 30/08/2014 - 12:40 م',
                   'date': '2014-08-30',
                   'role': 'modified',
                   'order': 'dmy'}],
  'body_first': 'دخل اتفاق لوقف إطلاق النار بين إسرائيل والفصائل',
  'body_last': 'وفي إسرائيل، واجه رئيس الوزراء بنيامين نتنياهو انتقادات من وزراء في حكومته اعتبروا أن الاتفاق لم '
               'يحقق أهداف العملية العسكرية، في حين رحبت الولايات المتحدة والأمم المتحدة بالتوصل إليه.',
  'chrome_not_body': ['صحيفة الرابية',
                      'الرئيسية | محليات | فلسطين | عربي ودولي | اقتصاد | رياضة | كتاب | كاريكاتير',
                      'تاريخ النشر: 27/08/2014 - 09:10 ص',
                      'عمان - الرابية - وكالات',
                      'طباعة | إرسال | مشاركة',
                      'صورة: فلسطينيون يحتفلون في أحد شوارع مدينة غزة بعد بدء سريان وقف إطلاق النار (أ ف ب)',
                      'الوسوم: غزة | وقف إطلاق النار | مصر | حماس',
                      'التعليقات (3)',
                      'أبو العبد | 28/08/2014 - 07:30 ص',
                      'ديما ن. | 28 آب 2014 - 10:15',
                      'خالد الزعبي | 29/08/2014 - 11:02 م',
                      'أضف تعليقاً | التعليقات المنشورة لا تعبر عن رأي الصحيفة',
                      'آخر تعديل: 30/08/2014 - 12:40 م',
                      'جميع الحقوق محفوظة © 2014 صحيفة الرابية'],
  'unlisted': ['فلسطين'],
  'relative': {'phrase': 'مساء الثلاثاء', 'date': '2014-08-26'},
  'comments_first': 'الحمد لله على وقف القتل.',
  'comment_authors': ['أبو العبد', 'ديما ن.', 'خالد الزعبي'],
  'credits': []},
 {'n': 5123,
  'language': 'ar',
  'situation': 11,
  'outlet': "broadcaster: a pan-Arab satellite channel's site (قناة المدار, invented): Israel strikes nuclear and "
            'military sites in Iran and kills senior commanders',
  'title': 'إسرائيل تشن ضربات واسعة على منشآت نووية وعسكرية في إيران وتقتل كبار القادة',
  'published': '2025-06-13',
  'published_note': "only after the text: 'نُشر بتاريخ: 13 يونيو 2025 - 11:40 (بتوقيت مكة المكرمة)' (D "
                    "Egyptian-month YYYY); the 'آخر المستجدات' box above the text carries three entries of the next "
                    "day, 'السبت 14 يونيو' with times and no year, which must not win; the text's 'يوم الخميس' is 12 "
                    'June',
  'evidence': {'text': 'نُشر بتاريخ: 13 يونيو 2025 - 11:40'},
  'other_dates': [{'text': 'السبت 14 يونيو - 07:10', 'date': '2025-06-14', 'role': 'latest', 'partial': True},
                  {'text': 'السبت 14 يونيو - 06:30', 'date': '2025-06-14', 'role': 'latest', 'partial': True},
                  {'text': 'السبت 14 يونيو - 05:45', 'date': '2025-06-14', 'role': 'latest', 'partial': True}],
  'body_first': 'شنت إسرائيل فجراً سلسلة غارات واسعة',
  'body_last': 'ودعت دول عربية وغربية إلى ضبط النفس وتجنب اتساع رقعة الصراع، وأغلقت دول مجاورة أجواءها مؤقتاً، فيما '
               'ارتفعت أسعار النفط بشكل حاد في الأسواق العالمية.',
  'chrome_not_body': ['قناة المدار',
                      'البث المباشر | البرامج | النشرة | English',
                      'الرئيسية | أخبار | إيران | فلسطين | الخليج | العالم | اقتصاد | فيديو',
                      'أخبار | إيران',
                      'آخر المستجدات',
                      'السبت 14 يونيو - 07:10 | صفارات الإنذار تدوي مجدداً في شمال إسرائيل',
                      'السبت 14 يونيو - 06:30 | الإعلام الإيراني: ارتفاع عدد القتلى في طهران',
                      'السبت 14 يونيو - 05:45 | مجلس الأمن يعقد جلسة طارئة بطلب من إيران',
                      'عرض كل التحديثات',
                      'فيديو | 01:20 | أعمدة الدخان تتصاعد فوق أحياء في شمال طهران',
                      'اقرأ أيضاً: ما الذي نعرفه عن البرنامج النووي الإيراني؟',
                      'نُشر بتاريخ: 13 يونيو 2025 - 11:40 (بتوقيت مكة المكرمة)',
                      'المصدر: المدار + وكالات',
                      'الوسوم: إيران | إسرائيل | الحرس الثوري | نطنز',
                      'شارك: فيسبوك | إكس | واتساب | تيليغرام',
                      'جميع الحقوق محفوظة © 2025 قناة المدار'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الخميس', 'date': '2025-06-12'},
  'credits': []},
 {'n': 5124,
  'language': 'ar',
  'situation': 12,
  'outlet': 'regional daily: a Libyan news site (بوابة ليبيا الغد, invented): Libya Dawn takes Tripoli international '
            'airport',
  'title': '"فجر ليبيا" تعلن السيطرة على مطار طرابلس الدولي بعد خمسة أسابيع من القتال',
  'published': '2014-08-24',
  'published_note': "'الأحد ٢٤ أغسطس ٢٠١٤ - ٠٣:٤٥ م' under the title (weekday, D Egyptian-month YYYY in Arabic-Indic "
                    'digits); the related news carry ١٨ and ٤ أغسطس ٢٠١٤; the archive widget lists the years '
                    "٢٠١٢-٢٠٢٢, the month names and a calendar row 'أغسطس ٢٠١٤: ١ ٢ ... ٣١', and the copyright line "
                    "a year range '٢٠١٢ - ٢٠٢٢': none of them is a date of the article; the text's 'يوم السبت' is 23 "
                    'August',
  'evidence': {'text': 'الأحد ٢٤ أغسطس ٢٠١٤'},
  'other_dates': [{'text': 'طرابلس | ١٨ أغسطس ٢٠١٤', 'date': '2014-08-18', 'role': 'related'},
                  {'text': 'مقاطعة | ٤ أغسطس ٢٠١٤', 'date': '2014-08-04', 'role': 'related'}],
  'body_first': 'أعلنت قوات "فجر ليبيا"، التي تضم كتائب من مصراتة',
  'body_last': 'وأدت المعارك إلى إغلاق المطار الرئيسي للعاصمة وتدمير جزء كبير من أسطول الطيران المدني، كما دفعت معظم '
               'السفارات الأجنبية والبعثة الأممية إلى مغادرة طرابلس، ونزوح آلاف العائلات من الأحياء الجنوبية.',
  'chrome_not_body': ['بوابة ليبيا الغد',
                      'الرئيسية | ليبيا | طرابلس | بنغازي | الجنوب | المغرب العربي | اقتصاد | رأي',
                      'الأحد ٢٤ أغسطس ٢٠١٤ - ٠٣:٤٥ م',
                      'طرابلس - ليبيا الغد',
                      'فيسبوك | تويتر | طباعة',
                      'صورة: دخان يتصاعد من محيط مطار طرابلس الدولي خلال المعارك (ليبيا الغد)',
                      'اقرأ أيضاً: مطار طرابلس.. من بوابة العاصمة إلى خط نار',
                      'الوسوم: طرابلس | المطار | فجر ليبيا | الزنتان',
                      'أخبار ذات صلة',
                      'غارات جوية مجهولة تستهدف مواقع في طرابلس | ١٨ أغسطس ٢٠١٤',
                      'البرلمان يعقد جلسته في طبرق وسط مقاطعة | ٤ أغسطس ٢٠١٤',
                      'الأرشيف',
                      '٢٠١٢ | ٢٠١٣ | ٢٠١٤ | ٢٠١٥ | ٢٠١٦ | ٢٠١٧ | ٢٠١٨ | ٢٠١٩ | ٢٠٢٠ | ٢٠٢١ | ٢٠٢٢',
                      'يناير | فبراير | مارس | أبريل | مايو | يونيو | يوليو | أغسطس | سبتمبر | أكتوبر | نوفمبر | '
                      'ديسمبر',
                      'أغسطس ٢٠١٤: ١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ ١٠ ١١ ١٢ ١٣ ١٤ ١٥ ١٦ ١٧ ١٨ ١٩ ٢٠ ٢١ ٢٢ ٢٣ ٢٤ ٢٥ ٢٦ ٢٧ ٢٨ ٢٩ ٣٠ '
                      '٣١',
                      '© ٢٠١٢ - ٢٠٢٢ بوابة ليبيا الغد. جميع الحقوق محفوظة'],
  'unlisted': ['ليبيا'],
  'relative': {'phrase': 'يوم السبت', 'date': '2014-08-23'},
  'credits': []}]


# ================================================================ what the scorer sees
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
    """score_events.py's --lang test: Arabic when more than a third of the characters are Arabic script."""
    return "ar" if sum(1 for ch in text if "\u0600" <= ch <= "\u06ff") > len(text) / 3 else "en"


# ================================================================ weekdays and relative-day words
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
           "السبت": 5, "الأحد": 6}
# Arabic names with no word boundary on purpose: "الأحداث" contains "الأحد" and is caught.
DAY_RE = re.compile(r"\b(" + "|".join(EN_DAYS) + r")\b|(" + "|".join(AR_DAYS) + r")")
ABBR_RE = re.compile(r"\b(" + "|".join(EN_ABBR) + r")\b")
REL_WORDS = re.compile(r"\b(today|yesterday|tonight|tomorrow)\b|اليوم|البارحة|"
                       r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)


def weekdays_in(text):
    found = set()
    for m in DAY_RE.finditer(text):
        found.add(EN_DAYS.index(m.group(1)) if m.group(1) else AR_DAYS[m.group(2)])
    for m in ABBR_RE.finditer(text):
        found.add(EN_ABBR.index(m.group(1)))
    return found


# ================================================================ Gregorian dates, full and partial
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
             "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
AR_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8}
HIJRI_AR = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
            "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
HIJRI_EN = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani",
            "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]
_EN = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_AR = "|".join(sorted(AR_MONTHS, key=len, reverse=True))
# month names for partial dates: capitalised or upper case only ("may" the verb is not a month)
_ENCAP = "|".join(sorted({k.capitalize() for k in EN_MONTHS} | {k.upper() for k in EN_MONTHS}, key=len, reverse=True))
RE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
RE_YMD = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
RE_NUM = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])")
RE_EN_DMY = re.compile(r"\b(\d{1,2})\s+(" + _EN + r")\b\.?\s*[,،]?\s+(\d{4})\b", re.I)
RE_EN_MDY = re.compile(r"\b(" + _EN + r")\b\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
RE_AR_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(" + _AR + r")(?:\s*/\s*(" + _AR + r"))?"
                       r"\s*,?\s*(\d{4})(?!\d)")
# partial dates (day and month, no year), looked for after the full dates are taken out
RE_EN_PMD = re.compile(r"\b(" + _ENCAP + r")\b\.?\s+(\d{1,2})(?![\d:])")
RE_EN_PDM = re.compile(r"(?<![\d:])\b(\d{1,2})\s+(" + _ENCAP + r")\b")
RE_AR_PDM = re.compile(r"(?<![\d:])(\d{1,2})\s+(" + _AR + r")(?![\u0600-\u06FF])")


def ascii_digits(s):
    return s.translate({0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)})


def parse_dates(text, order=None):
    """(full, partial): the Gregorian days text names as ISO strings, and the (month, day) pairs it
    names without a year. Raises ValueError on an impossible date, on two month names that disagree,
    and on a numeric D/M or M/D date without the page's order or not disambiguated by range."""
    t = ascii_digits(text)
    full, partial = set(), set()

    def add(y, m, d):
        full.add(datetime.date(int(y), int(m), int(d)).isoformat())
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
    t = RE_EN_DMY.sub(" ", t)
    for mon, d, y in RE_EN_MDY.findall(t):
        add(y, EN_MONTHS[mon.lower()], d)
    t = RE_EN_MDY.sub(" ", t)
    for d, mon, alt, y in RE_AR_DMY.findall(t):
        if alt and AR_MONTHS[alt] != AR_MONTHS[mon]:
            raise ValueError(f"month names {mon!r} and {alt!r} disagree in {text!r}")
        add(y, AR_MONTHS[mon], d)
    t = RE_AR_DMY.sub(" ", t)

    def add_p(m, d):
        datetime.date(2000, m, int(d))          # 2000 is a leap year: 29 February passes
        partial.add((m, int(d)))
    for mon, d in RE_EN_PMD.findall(t):
        add_p(EN_MONTHS[mon.lower()], d)
    t = RE_EN_PMD.sub(" ", t)
    for d, mon in RE_EN_PDM.findall(t):
        add_p(EN_MONTHS[mon.lower()], d)
    for d, mon in RE_AR_PDM.findall(t):
        add_p(AR_MONTHS[mon], d)
    return full, partial


def md(iso):
    x = datetime.date.fromisoformat(iso)
    return (x.month, x.day)


def check_date(text, want, order, partial, err, what):
    """text must name exactly the day want: in full, or (partial) by day and month alone."""
    try:
        full, part = parse_dates(text, order)
    except ValueError as e:
        err(f"{what}: {e}")
        return
    if partial:
        if full or part != {md(want)}:
            err(f"{what} {text!r} should name only the day and month of {want}: {sorted(full)} {sorted(part)}")
    elif full != {want} or part:
        err(f"{what} {text!r} parses to {sorted(full)} {sorted(part)}, want {want}")
    wd = weekdays_in(text)
    if wd and wd != {datetime.date.fromisoformat(want).weekday()}:
        err(f"{what} {text!r}: the weekday does not fall on {want}")


# ================================================================ lunar Hijri (the JDK)
JAVA_SRC = """import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
public class HijriCheck51 {
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
    """{ISO day: (year, month, day, calendar type)} from java.time.chrono.HijrahDate, run as a
    one-class program through `java` in a temporary folder."""
    java = shutil.which("java")
    if not java:
        errors.append("no java on PATH: the Hijri dates cannot be checked, so no gold is written")
        return {}
    tmp = tempfile.mkdtemp(prefix="t51-hijri-")
    try:
        src = os.path.join(tmp, "HijriCheck51.java")
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


def read_hijri(text):
    """(year, month, day) from 'Shawwal 1, 1436 AH' or '24 ربيع الأول 1437 هـ', else None."""
    t = ascii_digits(text)
    for k, name in enumerate(HIJRI_EN):
        m = re.fullmatch(re.escape(name) + r" (\d{1,2}), (\d{4}) AH", t)
        if m:
            return int(m.group(2)), k + 1, int(m.group(1))
    for k, name in enumerate(HIJRI_AR):
        m = re.fullmatch(r"(\d{1,2}) " + re.escape(name) + r" (\d{4}) هـ", t)
        if m:
            return int(m.group(2)), k + 1, int(m.group(1))
    return None


# ================================================================ per-page checks
AFTER = {"crawl", "update", "modified", "comment", "latest", "print"}   # later than publication
BEFORE = {"body", "caption", "event"}                                   # earlier than publication
ANY = {"related", "ticker"}                                             # any day but publication
CREDIT_ROLES = {"author", "editor", "translator"}


def strings_of(doc):
    ev = doc["evidence"]
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"], ev["text"]]
    out += doc["chrome_not_body"] + doc["unlisted"] + [d["text"] for d in doc["other_dates"]]
    out += [c["name"] for c in doc["credits"]]
    for k in ("stamp", "comments_first"):
        if k in doc:
            out.append(doc[k])
    out += doc.get("comment_authors", [])
    if "year_from" in ev:
        out.append(ev["year_from"])
    if "hijri" in doc:
        out.append(doc["hijri"]["text"])
    return out


def check_page(doc, errors):
    n, lay = doc["n"], LAYOUT[doc["n"]]

    def err(msg):
        errors.append(f"{n}: {msg}")
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        err(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"51\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\t\u00a0"):
        err("carriage return, form feed, tab or no-break space in the page")
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
    if any(l != l.strip() for l in raw_lines):
        err("a line has leading or trailing spaces")
    pos = [k for k, l in enumerate(raw_lines) if l.strip()]
    lines = [raw_lines[k] for k in pos]
    blank_inside = "\n\n" in raw.strip("\n")
    if lay == "lines" and blank_inside:
        err("layout 'lines' but the page has blank lines")
    if lay == "blank" and not blank_inside:
        err("layout 'blank' but the page has no blank line")
    if lines.count(doc["title"]) != 1:
        err("the title is not exactly one whole line")
        return None
    t = lines.index(doc["title"])
    starts = [k for k, l in enumerate(lines) if l.startswith(doc["body_first"])]
    if len(starts) != 1 or lines.count(doc["body_last"]) != 1:
        err("body_first is not the prefix of exactly one line, or body_last not exactly one whole line")
        return None
    i, j = starts[0], lines.index(doc["body_last"])
    if not t < i <= j:
        err("title, body_first and body_last are not in this order")
        return None
    chrome, unlisted = doc["chrome_not_body"], doc["unlisted"]
    cset = set(chrome)
    if len(cset) != len(chrome):
        err("duplicate chrome lines")
    for c in chrome:
        if c not in lines:
            err(f"chrome is not a whole line of the page: {c[:50]!r}")
    for u in unlisted:
        if u not in lines or u in cset:
            err(f"unlisted entry is not a whole line outside the chrome list: {u!r}")
    if doc["title"] in cset or lines[i] in cset or lines[j] in cset:
        err("the title or a body edge is listed as chrome")
    body_idx = [k for k in range(i, j + 1) if lines[k] not in cset]
    paras = [lines[k] for k in body_idx]
    if lay == "blank":
        for a, b in zip(range(i, j), range(i + 1, j + 1)):
            if (a in body_idx or b in body_idx) and pos[b] - pos[a] < 2:
                err(f"no blank line between span lines {lines[a][:30]!r} / {lines[b][:30]!r}")
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
        if norm(u) not in nb:
            err(f"unlisted line {u!r} does not occur in the normalized body: list it as chrome")
    if norm(doc["title"]) in nb:
        err("the title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        err("body_first / body_last not in the normalized body")
    c_idx, comment_lines = None, []
    if "comments_first" in doc:
        cs = [k for k in range(j + 1, len(lines)) if lines[k].startswith(doc["comments_first"])]
        if len(cs) != 1 or lines[cs[0]] in cset:
            err("comments_first is not the prefix of exactly one non-chrome line after the body")
        else:
            c_idx = cs[0]
        if norm(doc["comments_first"]) in nb:
            err("comments_first occurs inside the body")
        authors = doc.get("comment_authors", [])
        if len(authors) < 2:
            err("fewer than two comment authors")
        for a in authors:
            if not any(a in lines[k] and lines[k] in cset for k in range(j + 1, len(lines))):
                err(f"comment author not on a chrome line after the body: {a!r}")
            if norm(a) in nb:
                err(f"comment author occurs inside the body: {a!r}")
        if c_idx is not None:
            comment_lines = [k for k in range(c_idx, len(lines)) if lines[k] not in cset and lines[k] not in unlisted]
            for k in comment_lines:
                if not any(a in lines[k - 1] for a in authors):
                    err(f"comment text does not follow an author line: {lines[k][:40]!r}")
            if len(comment_lines) != len(authors):
                err(f"{len(comment_lines)} comment texts for {len(authors)} authors")
    elif "comment_authors" in doc:
        err("comment_authors without comments_first")
    for k, l in enumerate(lines):
        if not (k == t or k in body_idx or l in cset or l in unlisted or k in comment_lines):
            err(f"line {k} is neither title, body, chrome, unlisted nor a comment: {l[:60]!r}")
    for c in doc["credits"]:
        if c["role"] not in CREDIT_ROLES:
            err(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[k] and lines[k] in cset for k in range(len(lines)) if not i <= k <= j):
            err(f"credit {c['name']!r} is not on a chrome line outside the body span")
        if norm(c["name"]) in nb:
            err(f"credit {c['name']!r} occurs inside the body")
    return {"name": name, "raw": raw, "lines": lines, "t": t, "i": i, "j": j, "body_idx": body_idx,
            "body_text": body_text, "cset": cset, "c_idx": c_idx, "comment_lines": comment_lines,
            "stats": (len(paras), words, page_words, len(lines), len(raw_lines) - 1)}


def line_of(lines, text):
    return next((k for k, l in enumerate(lines) if text in l), -1)


def check_dates(doc, errors, hijri, ctx):
    n = doc["n"]
    lines, t, i, j, body_idx, cset = ctx["lines"], ctx["t"], ctx["i"], ctx["j"], ctx["body_idx"], ctx["cset"]

    def err(msg):
        errors.append(f"{n}: {msg}")
    pub = doc["published"]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub or ""):
        err("published is not an ISO day")
        return None
    if not doc.get("published_note"):
        err("published_note missing")
    order, ev = doc.get("order"), doc["evidence"]
    if ev.get("order", order) != order:
        err("the evidence's order differs from the page's order")
    if ctx["raw"].count(ev["text"]) != 1:
        err(f"the evidence occurs {ctx['raw'].count(ev['text'])} times")
    k_ev = line_of(lines, ev["text"])
    if ev.get("in_body"):
        if k_ev != i or not lines[i].startswith(ev["text"]):
            err("in_body evidence does not open the first body line")
    elif k_ev < 0 or k_ev in body_idx or lines[k_ev] not in cset:
        err("the evidence is not on a chrome line outside the body")
    check_date(ev["text"], pub, order, ev.get("partial"), err, "evidence")
    if ev.get("partial"):
        yf = ev.get("year_from", "")
        if ctx["raw"].count(yf) != 1 or str(datetime.date.fromisoformat(pub).year) not in ascii_digits(yf):
            err("a partial evidence needs a year_from text that occurs once and holds the year")
    h = doc.get("hijri")
    if h:
        got, read = hijri.get(pub), read_hijri(h["text"])
        if read != (h["year"], h["month"], h["day"]):
            err(f"the Hijri text {h['text']!r} does not read {h['year']}-{h['month']}-{h['day']}")
        if not got:
            err("no HijrahDate answer for the publication day")
        elif got[:3] != (h["year"], h["month"], h["day"]) or got[3] != "islamic-umalqura":
            err(f"Hijri {h} but HijrahDate gives {got}")
        if k_ev < 0 or h["text"] not in lines[k_ev]:
            err("the Hijri date does not stand on the line of the Gregorian evidence")
    allowed_full, allowed_md = {pub}, set()
    if ev.get("partial"):
        allowed_md.add(md(pub))
    for d in doc["other_dates"]:
        role = d.get("role")
        if role not in AFTER | BEFORE | ANY:
            err(f"other date {d['text']!r} has no known role")
            continue
        check_date(d["text"], d["date"], order, d.get("partial"), err, "other date")
        if d["date"] == pub:
            err(f"other date {d['text']!r} falls on the publication day")
        if role in AFTER and not d["date"] > pub or role in BEFORE and not d["date"] < pub:
            err(f"other date {d['text']!r} ({role}) is on the wrong side of the publication day")
        on_body = [k for k in body_idx if d["text"] in lines[k]]
        if (role == "body") != bool(on_body) or (role == "body") == any(
                d["text"] in lines[k] for k in range(len(lines)) if k not in body_idx):
            err(f"other date {d['text']!r}: role {role} but found {'in' if on_body else 'outside'} the body")
        (allowed_md.add(md(d["date"])) if d.get("partial") else allowed_full.add(d["date"]))
    pub_lines, pub_md_lines = [], []
    for k, l in enumerate(lines):
        probe = l.replace(h["text"], " ") if h else l
        try:
            full, part = parse_dates(probe, order)
        except ValueError as e:
            err(f"page line: {e}")
            continue
        if full - allowed_full or part - allowed_md:
            err(f"unlisted date {sorted(full - allowed_full)} {sorted(part - allowed_md)} on the line {l[:60]!r}")
        if pub in full:
            pub_lines.append(k)
        if md(pub) in part:
            pub_md_lines.append(k)
    want = ([], [k_ev]) if ev.get("partial") else ([k_ev], [])
    if (pub_lines, pub_md_lines) != want:
        err(f"the publication day stands on lines {pub_lines} / {pub_md_lines}, want only the evidence line {k_ev}")
    rel = doc["relative"]
    ref, rd = datetime.date.fromisoformat(pub), datetime.date.fromisoformat(rel["date"])
    if not 1 <= (ref - rd).days <= 7:
        err(f"relative date {rd} is {(ref - rd).days} days before {ref}")
    if weekdays_in(rel["phrase"]) != {rd.weekday()}:
        err(f"phrase {rel['phrase']!r} does not name {rd} ({rd.strftime('%A')})")
    body_text = ctx["body_text"]
    if body_text.count(rel["phrase"]) != 1:
        err("the relative phrase does not occur exactly once in the body")
    if len(DAY_RE.findall(body_text)) + len(ABBR_RE.findall(body_text)) != 1:
        err("the body names another weekday besides the relative phrase")
    for k, l in enumerate(lines):
        if REL_WORDS.search(l):
            err(f"relative-day word on the page: {l[:60]!r}")
        if k not in body_idx and weekdays_in(l) and l not in cset:
            err(f"weekday name on a line that is not chrome: {l[:60]!r}")
    if scorer_lang(doc["body_first"]) != doc["language"] or scorer_lang(doc["title"]) != doc["language"]:
        err(f"language {doc['language']} disagrees with score_events.py --lang on body_first or the title")
    return k_ev


def check_situation(doc, ctx, k_ev, errors):
    """The page shows its situation (see SITUATIONS): the dates stand where the situation says."""
    n, s, pub = doc["n"], doc["situation"], doc["published"]
    lines, t, i, j, cset = ctx["lines"], ctx["t"], ctx["i"], ctx["j"], ctx["cset"]

    def err(msg):
        errors.append(f"{n}: situation {s}: {msg}")
    by = {}
    for d in doc["other_dates"]:
        by.setdefault(d["role"], []).append((line_of(lines, d["text"]), d))
    days = lambda d: (datetime.date.fromisoformat(d["date"]) - datetime.date.fromisoformat(pub)).days
    ev = doc["evidence"]
    if doc["language"] != ("en" if n - FIRST < 12 else "ar") or doc["situation"] != (n - FIRST) % 12 + 1:
        err("the page number does not match its language or situation")
    if s == 1:
        if not by.get("crawl") or any(k >= t or days(d) < 3 for k, d in by["crawl"]) or k_ev <= t:
            err("needs a masthead crawl date above the title, 3+ days later, and the date below the title")
    elif s == 2:
        if not by.get("update") or any(k >= k_ev or days(d) < 2 for k, d in by["update"]):
            err("needs an update line 2+ days later standing above the published line")
    elif s == 3:
        authors = [c["name"] for c in doc["credits"] if c["role"] == "author"]
        if not any(a in lines[k_ev] for a in authors) or ev.get("in_body"):
            err("the date must stand in the byline with an author")
    elif s == 4:
        cy = [int(y) for l in lines if "©" in l for y in re.findall(r"\d{4}", ascii_digits(l))]
        if not (ev.get("partial") and ev.get("in_body") and cy and all(y > int(pub[:4]) for y in cy)):
            err("needs a dateline without year in the body and a later copyright year")
    elif s == 5:
        st = doc.get("stamp", "")
        if not re.fullmatch(r"\d+ hours ago|منذ \d+ ساعات", st) or st not in lines[k_ev]:
            err("needs a relative stamp on the evidence line")
        if len(by.get("ticker", [])) < 2 or any(k >= t for k, _ in by["ticker"]):
            err("needs two or more ticker dates above the title")
    elif s == 6:
        if len(by.get("related", [])) < 2 or any(k >= t for k, _ in by["related"]) or k_ev <= t:
            err("needs two or more related / most-read dates above the title and the date below it")
    elif s == 7:
        first = [d for k, d in by.get("body", []) if k == i and not d.get("partial")]
        num = ascii_digits(ev["text"])
        if not first or not (RE_NUM.search(num) or RE_ISO.search(num) or RE_YMD.search(num)):
            err("needs full older dates in the first paragraph and a numeric publication date")
    elif s == 8:
        if not by.get("event") or any(k > t for k, _ in by["event"]):
            err("needs an event date in the title or in a kicker above it")
    elif s == 9:
        strip = [d for k, d in by.get("crawl", []) if k < t and ("°" in lines[k] or "Fajr" in lines[k] or "الفجر" in lines[k])]
        if "hijri" not in doc or not strip:
            err("needs the Hijri date beside the Gregorian one and a prayer-time or weather strip dated the crawl day")
    elif s == 10:
        c_idx = ctx["c_idx"]
        com = [k for k, _ in by.get("comment", []) if c_idx is not None and k >= c_idx - 1]
        mod = [k for k, _ in by.get("modified", [])]
        if len(com) < 2 or len(com) != len(by["comment"]) or not mod or min(mod) < max(com):
            err("needs dated comments and a 'last modified' line after them")
    elif s == 11:
        if len(by.get("latest", [])) < 2 or any(k >= i for k, _ in by["latest"]) or k_ev <= j:
            err("needs a latest box of next-day entries above the text and the date only after it")
    elif s == 12:
        if doc["language"] == "en" and not re.search(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.", ev["text"]):
            err("the English date needs an abbreviated month with a dot")
        if doc["language"] == "ar" and not re.search(r"[\u0660-\u0669]", ev["text"]):
            err("the Arabic date needs Arabic-Indic digits")
        archive = [l for l in lines if len(re.findall(r"\d{4}", ascii_digits(l))) >= 5 and l in cset]
        span = [l for l in lines if "©" in l and re.search(r"\d{4}\s*[-–]\s*\d{4}", ascii_digits(l))]
        if not archive or not span:
            err("needs an archive widget with years and a copyright line with a year range")


# ================================================================ synthetic outputs (for scoring the gold itself)
def synth(out_dir, variant, ctxs):
    """Write out_dir/documents.jsonl built from the gold itself: title, publication day, body (the
    span's non-chrome lines; 'span' keeps the chrome inside the span, 'page' takes the whole page),
    comments (gold authors, the first carrying comments_first) and credits. Never inside the repo."""
    out_dir = os.path.abspath(out_dir)
    if out_dir.startswith(REPO + os.sep) or out_dir == REPO:
        print(f"refusing to write synthetic output inside {REPO}", file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "documents.jsonl"), "w", encoding="utf-8") as f:
        for doc in DOCS:
            c = ctxs[doc["n"]]
            if variant == "page":
                body = c["raw"]
            elif variant == "span":
                body = "\n".join(c["lines"][c["i"]:c["j"] + 1])
            else:
                body = "\n".join(c["lines"][k] for k in c["body_idx"])
            comments = [{"author": a, "text": doc["comments_first"] if k == 0 else "", "start": None,
                         "end": None, "reply_to": None} for k, a in enumerate(doc.get("comment_authors", []))]
            rec = {"doc_id": f"t51-synth-{doc['n']}", "input": c["name"], "language": doc["language"],
                   "title": doc["title"],
                   "published": {"value": doc["published"], "precision": "day", "basis": "page",
                                 "evidence": doc["evidence"]["text"]},
                   "credits": doc["credits"], "text": c["raw"], "body": {"text": body, "paragraphs": []},
                   "comments": comments}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} synthetic documents ({variant}) to {out_dir}/documents.jsonl")
    return 0


# ================================================================ main
KEYS = ("language", "situation", "outlet", "title", "published", "published_note", "evidence", "other_dates",
        "order", "hijri", "stamp", "body_first", "body_last", "chrome_not_body", "relative",
        "comments_first", "comment_authors", "credits")


def main(argv):
    errors, out, ctxs = [], [], {}
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        errors.append(f"expected documents {FIRST}-{LAST} in order")
    hijri = jdk_hijri({d["published"] for d in DOCS if "hijri" in d}, errors)
    for doc in DOCS:
        ctx = check_page(doc, errors)
        if not ctx:
            continue
        k_ev = check_dates(doc, errors, hijri, ctx)
        if k_ev is not None:
            check_situation(doc, ctx, k_ev, errors)
        ctxs[doc["n"]] = ctx
        print("%d (%s, situation %2d): %d paragraphs, %d body words, %d page words, %d non-empty lines (%d lines)"
              % ((doc["n"], LAYOUT[doc["n"]], doc["situation"]) + ctx["stats"]))
        d = {"file": ctx["name"]}
        d.update({k: doc[k] for k in KEYS if k in doc})
        d["events"] = []
        out.append(d)
    if len(glob.glob(os.path.join(HERE, "*.txt"))) != 24:
        errors.append("expected exactly 24 pages in the folder")
    for lang in ("en", "ar"):
        if sum(1 for d in DOCS if d["language"] == lang) != 12:
            errors.append(f"expected 12 {lang} documents")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems; nothing written", file=sys.stderr)
        return 1
    if "--synth" in argv:
        k = argv.index("--synth")
        variant = argv[argv.index("--variant") + 1] if "--variant" in argv else "gold"
        return synth(argv[k + 1], variant, ctxs)
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
    print(f"wrote {os.path.basename(GOLD)} ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
