#!/usr/bin/env python3
"""Build and check transfer-53.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py                  checks, then writes transfer-53.gold.json beside this script
       python3 make_gold.py --check          checks only, writes nothing
       python3 make_gold.py --synth DIR [--variant gold|span|page|wide|narrow]
                                             checks, then writes DIR/documents.jsonl built from the gold
                                             itself, for score_events.py (DIR must lie outside the repo)

Theme: WHERE THE ARTICLE'S TEXT BEGINS AND ENDS AMONG SENTENCE-LIKE LINES. Every page is a crawler's
flattened text (one block per line, no wrapping) of an ordinary news article page (templates of
2019-2026) on which the lines just before the first paragraph and just after the last one read like
prose but are not the article's text (key-point boxes, editor's notes, AI summaries, decks, wire
credits, author bios, calls to action, another story's lead, update notes, gallery captions, comment
policies), while the real first and last paragraphs may look unusual (a dateline alone on its line, a
one-sentence lead, a six-word last line, a quotation, an UPDATE paragraph, a 'Background:' paragraph).
Twelve situations (SITUATIONS), each once per language: 53NN English and 53NN+12 Arabic.

Written for this set by the t53 annotator. The per-page decisions (title, body edges, the chrome lines
inside the body span, comment authors, unlisted lines, edge decoys, dates, credits) were typed in a
scratch spec outside the repository; DOCS was expanded from it by a scratch script (every non-empty
line that is not the title, a body line, a comment text or unlisted became a chrome line) and then read
through line by line. Keys per document: n, language, situation, outlet, title, published,
published_note, evidence, order, hijri, other_dates, body_first, body_last, first_shape, last_shape,
short_lines, edge_decoys, chrome_not_body, unlisted, relative, comments_first, comment_authors,
credits. `unlisted` (chrome lines that, after score_events.py's normalization, occur inside the body
and so cannot be listed) and `short_lines` stay in this script; the json carries the rest plus `file`
and `events: []`.

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 53NN_<slug>.txt, 12 per language, documents 5301-5324 in order;
    each page ends with one newline, has no tab / CR / form feed / no-break space, no line with outer
    spaces, 300-900 words, and the layout of LAYOUT;
  * every gold string is non-empty, single-line, without outer spaces and verbatim in its page;
  * the title is one whole line above the body, not chrome, not inside the normalized body;
  * body_first is the prefix of exactly one line and body_last exactly one whole line, in this order
    after the title; no body edge is chrome; every non-empty line is the title, a body line, chrome,
    unlisted, or a comment text right after its author's line;
  * the body (the span's lines that are neither chrome nor unlisted): 250-600 words, 5-10 paragraphs,
    none with ' | ', each of 18+ words unless listed in short_lines (and a short line must be a body
    edge); on `blank` pages a blank line on both sides of every body line, except between a dateline
    line and its lead (situation 4), which must be adjacent; after the scorer's normalization the
    body holds no chrome line longer than 3 characters, not the title, not comments_first, no
    comment author and no credited name, and it does hold every unlisted line;
  * EDGES: every edge decoy is a whole chrome line of a known kind on its side of the body (before
    body_first, after body_last, or inside the span); prose kinds have 8+ words; the line right above
    the body (and, on pages whose situation has an 'after' part, the line right below it) is an edge
    decoy or lies within two lines of one;
  * comments: comments_first the prefix of the first comment text after the body; two or more
    authors, each on one chrome line 'author | stamp' after the body followed by a comment text;
    credits: author / editor / translator, each name on a chrome line outside the body span;
  * dates: the evidence occurs once, on a chrome line outside the body, and names exactly the
    publication day (a weekday in it must fall on that day); other dates name their day, lie after
    the publication day (comment, update, crawl) or before it (embed, the date of an embedded post),
    on chrome lines; NO STRAY DATES: every full date any line names is the publication day or a
    listed other date, the publication day is named in full on the evidence line only, and a date
    without a year stands only in situation 4's dateline, where it names the publication day;
  * Hijri (5318, 5324): java.time.chrono.HijrahDate, run as a one-class program through `java`, must
    answer islamic-umalqura with the printed year, month and day; with no java, no gold;
  * relative phrase: names the weekday of its date, 1-7 days before publication, once in the body,
    the body's only weekday name; weekday names elsewhere only on chrome lines; no today / tonight /
    yesterday / tomorrow / اليوم / الليلة / أمس / غدا / البارحة anywhere;
  * language: agrees with score_events.py --lang on body_first, and the title's script agrees;
  * situation: each page shows its situation (check_situation, one rule per situation).
The json is loaded again after writing and compared with what was written.
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-53.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
FIRST, LAST = 5301, 5324

SITUATIONS = {
    1: "a 'Key points' / 'أبرز النقاط' box of three full-sentence bullets between the headline and the first paragraph",
    2: "an editor's note or content warning in full sentences before the text, a correction note after it",
    3: "a listen line with a duration and an 'In brief' / 'باختصار' AI summary with its note before the text",
    4: "a deck in full sentences, then the dateline alone on its line, the lead on the next line",
    5: "wire credits and notes after the text: reporting / writing / editing lines, standards line, end mark",
    6: "an analysis: the author's bio in full sentences and a views disclaimer after the text",
    7: "a call to action (Telegram, donation appeal) and a newsletter prompt in sentences after the text",
    8: "another story's lead paragraph and its link line right after the last paragraph (labelled or not)",
    9: "'UPDATE hh:mm GMT:' / 'تحديث hh:mm ت.غ:' paragraphs inside the text, an 'updated' note after it",
    10: "an embedded social post (text and handle-and-date line) inside the text, a 'Background:' / 'خلفية:' last paragraph",
    11: "photo-gallery captions in full sentences before the text, a 'Watch' / 'شاهد' video line with a duration after it",
    12: "a one-sentence lead of 8-12 words under a long caption and a long deck, a one-line quotation last, then tags and a comment policy",
}
# situations whose theme lines stand before / after the body (an edge decoy must stand near that edge)
BEFORE = {1, 2, 3, 4, 11, 12}
AFTER = {2, 5, 6, 7, 8, 9, 11, 12}
EDGE_KINDS = {
    # short labels and link lines (no word minimum)
    "box-label": 0, "listen": 0, "end-mark": 0, "related-label": 0, "related-link": 0, "video-line": 0,
    "embed-handle": 0, "tags": 0, "donation-appeal": 0, "wire-credit": 0,
    # prose-like lines (8 words or more)
    "key-point": 8, "editors-note": 8, "correction": 8, "ai-summary": 8, "ai-note": 8, "deck": 8,
    "standards": 8, "syndication-note": 8, "author-bio": 8, "disclaimer": 8,
    "call-to-action": 8, "newsletter": 8, "related-lead": 8, "update-note": 8, "embedded-post": 8,
    "caption": 8, "gallery-caption": 8, "comment-policy": 8,
}

# situation k: English page 5300+k, Arabic page 5312+k. English odd and Arabic even situations are
# `blank`, the others `lines`: six of each per language, as in transfer-50 to transfer-52.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5300 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[5312 + _k] = "lines" if _k % 2 else "blank"

ABOUT = [
    "Fifty-third transfer check set (t53): 24 text pages, 12 English (5301-5312) and 12 Arabic (5313-5324). Theme: WHERE THE ARTICLE'S TEXT BEGINS AND ENDS AMONG SENTENCE-LIKE LINES. Each page is a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page (templates of 2019-2026) on which lines just before the first paragraph and just after the last one read like prose but are not the article's text (chrome_not_body; the theme lines are also listed in edge_decoys with their kind and side), while the real first and last paragraphs (body_first, body_last) may look unusual. Twelve situations, each once per language (53NN and 53NN+12 share it, with different stories and invented outlets: a wire, broadcasters, national and regional dailies, trade sites, an aggregator, an analysis site, a non-profit newsroom, agencies, party-, army- and militia-aligned outlets): (1) a key-points box of three sentence bullets; (2) an editor's note / content warning before, a correction after; (3) a listen line and an AI summary before; (4) a sentence deck, then the dateline alone on its line and the lead on the next; (5) wire credits, standards line and end marks after; (6) an author bio and a views disclaimer after an analysis; (7) a Telegram / donation call to action and a newsletter prompt after; (8) another story's lead and link right after the last paragraph; (9) UPDATE paragraphs inside the text (body) and an 'updated' note after (not body); (10) an embedded social post inside the text and a 'Background' paragraph last (body); (11) gallery captions before, a watch-video line after; (12) an 8-12-word lead under a long caption and deck, a one-line quotation last, tags and a comment policy after. Stories of 2014-2025 in Syria, Iraq, Yemen, Libya, Sudan, Lebanon, Gaza / Israel, Iran and the Red Sea, none of transfer-52's. Outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t53 annotator without reading any Sitrep source, resource, tools/ script or Java test, without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-52's README.md, make_gold.py, transfer-52.gold.json and its pages 5202, 5214 and 5220 were read for the format, and the first 12 lines of the READMEs of transfer-51, -50 and -49 for their themes. Layout per page in make_gold.py's LAYOUT. Odd pages (5301, 5303, ..., 5313, 5315, ...) may be studied later; even pages stay the check.",
    "Gold conventions: the body is the article's own text from its first line to its last. A dateline that the crawler put on a line of its own is the first line of the body (5304 'KHARTOUM, April 17 (Halyard) -', 5316 'بنغازي (سلفيوم) -': body_first is that whole line, so a body that drops it is not complete); a dateline opening the lead paragraph belongs to it. UPDATE / تحديث paragraphs inside the text and a closing 'Background:' / 'خلفية:' paragraph are body. Never body: key-point boxes and their bullets, editor's notes, content warnings, corrections, listen lines, AI summaries and their notes, decks, wire credit lines, standards and syndication lines, end marks ('-- Ends --', '(انتهى)'), author bios, views disclaimers, calls to action, donation appeals, newsletter prompts, another story's lead and its link, 'This story has been updated' notes, embedded posts and their handle lines, captions and gallery captions, video lines, tags, comment policies, reader comments. The publication date is the article's own, never a comment stamp or an embedded post's date; beside the Hijri date only the Gregorian one counts (5318, 5324). Each text has one relative-day phrase (`relative`), 1-7 days before publication. Comments (5302, 5306, 5309, 5312, 5315, 5318, 5321, 5324) carry comments_first and comment_authors; credits list byline and wire-credit names. No events are coded in this set (events: []).",
]

DOCS = [{'n': 5301,
  'language': 'en',
  'situation': 1,
  'outlet': 'broadcaster: the news site of an international television broadcaster (Harbourline 24, invented): the '
            'Beirut port explosion',
  'title': 'Beirut port explosion kills more than 100 and injures thousands',
  'published': '2020-08-05',
  'published_note': "'Published 5 August 2020, 10:42 BST' under the byline (D Month YYYY); the text's 'on Tuesday' "
                    'is 4 August, the day of the blast',
  'evidence': {'text': '5 August 2020, 10:42 BST'},
  'other_dates': [],
  'body_first': 'Rescue teams in Beirut worked through the night',
  'body_last': 'The cabinet, meeting in emergency session, declared a two-week state of emergency in Beirut and '
               'ordered that port officials who had overseen the storage of the material since 2014 be placed under '
               'house arrest pending an investigation.',
  'first_shape': 'a one-sentence lead (42 words) right under the third bullet',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': [],
  'edge_decoys': [{'text': 'Key points', 'kind': 'box-label', 'side': 'before'},
                  {'text': '• At least 100 people were killed and around 4,000 injured when a warehouse at the port '
                           "blew up, according to Lebanon's health ministry.",
                   'kind': 'key-point',
                   'side': 'before'},
                  {'text': '• Officials have linked the blast to about 2,750 tonnes of ammonium nitrate that had '
                           'been kept at the port for six years.',
                   'kind': 'key-point',
                   'side': 'before'},
                  {'text': '• The government has declared a two-week state of emergency in the capital and says port '
                           'officials will be held under house arrest.',
                   'kind': 'key-point',
                   'side': 'before'}],
  'chrome_not_body': ['Harbourline 24',
                      'Live | World | Middle East | Business | Climate | Video | Podcasts',
                      'Middle East > Lebanon',
                      'By Claire Madden and Karim Haddad, Beirut',
                      'Published 5 August 2020, 10:42 BST',
                      'Share | Facebook | Twitter | WhatsApp | Email',
                      'Key points',
                      '• At least 100 people were killed and around 4,000 injured when a warehouse at the port blew '
                      "up, according to Lebanon's health ministry.",
                      '• Officials have linked the blast to about 2,750 tonnes of ammonium nitrate that had been '
                      'kept at the port for six years.',
                      '• The government has declared a two-week state of emergency in the capital and says port '
                      'officials will be held under house arrest.',
                      'Smoke rises over the wrecked grain silos at the port of Beirut. (Harbourline 24/Karim Haddad)',
                      "Read more: Lebanon's economic crisis explained in five charts",
                      'Tags: Lebanon | Beirut | Explosion | Hassan Diab',
                      'Share this story | Facebook | Twitter | WhatsApp',
                      'Most watched',
                      "Video shows the moment the blast hit Beirut's port district",
                      'Get the Harbourline 24 Middle East briefing every weekday | Sign up',
                      '© 2020 Harbourline 24. All rights reserved. | Terms | Privacy | Contact us',
                      'We use cookies to give you the best experience on our site. Accept | Manage settings'],
  'unlisted': [],
  'relative': {'phrase': 'on Tuesday', 'date': '2020-08-04'},
  'credits': [{'role': 'author', 'name': 'Claire Madden'}, {'role': 'author', 'name': 'Karim Haddad'}]},
 {'n': 5302,
  'language': 'en',
  'situation': 2,
  'outlet': 'national daily: the site of a US national daily (The Chesapeake Ledger, invented): Islamic State seizes '
            'Sinjar and Yazidis are trapped on the mountain',
  'title': 'Tens of thousands of Yazidis trapped on mountain after Islamic State seizes Sinjar',
  'published': '2014-08-05',
  'published_note': "'Aug. 5, 2014, 6:10 p.m. ET' under the byline (Mon. D, YYYY; 22:10 UTC, the same day); comments "
                    "6 August; the text's 'on Sunday' is 3 August, the fall of Sinjar",
  'evidence': {'text': 'Aug. 5, 2014, 6:10 p.m. ET'},
  'other_dates': [{'text': 'Aug. 6, 2014, 8:14 a.m.', 'date': '2014-08-06', 'role': 'comment'},
                  {'text': 'Aug. 6, 2014, 11:47 p.m.', 'date': '2014-08-06', 'role': 'comment'}],
  'body_first': 'ERBIL, Iraq — Tens of thousands of members',
  'body_last': '"We are a small people and we have nowhere else to go," said Khalil Qasim, a Yazidi teacher who has '
               'been organizing volunteers in Duhok. "If the world waits another week, there will be no one left on '
               'that mountain to save."',
  'first_shape': "a dateline-led lead ('ERBIL, Iraq —') right under the editor's note",
  'last_shape': 'a quotation with its attribution',
  'short_lines': [],
  'edge_decoys': [{'text': "Editor's note: This article contains descriptions of killings and of the abduction of "
                           'women and children that some readers may find distressing.',
                   'kind': 'editors-note',
                   'side': 'before'},
                  {'text': 'Correction: An earlier version of this story misstated the distance between Sinjar and '
                           'the Syrian border. The town lies about 30 miles from the border, not 60 miles.',
                   'kind': 'correction',
                   'side': 'after'}],
  'chrome_not_body': ['The Chesapeake Ledger',
                      'Subscribe | Sign in | Print edition',
                      'World | Middle East | Iraq',
                      'By Daniel Okafor and Shireen Barwari',
                      'Aug. 5, 2014, 6:10 p.m. ET',
                      'Share | Tweet | Email | Print',
                      "Editor's note: This article contains descriptions of killings and of the abduction of women "
                      'and children that some readers may find distressing.',
                      'Correction: An earlier version of this story misstated the distance between Sinjar and the '
                      'Syrian border. The town lies about 30 miles from the border, not 60 miles.',
                      'Related: Who are the Yazidis, and why are the militants targeting them?',
                      'Topics: Iraq | Islamic State | Yazidis | Kurdistan',
                      'Comments (2)',
                      'Gwen_Alder | Aug. 6, 2014, 8:14 a.m.',
                      'R. Delgado | Aug. 6, 2014, 11:47 p.m.',
                      'Commenting is closed for this article.',
                      '© 2014 The Chesapeake Ledger | Contact | Terms of Service | Privacy Policy'],
  'unlisted': [],
  'relative': {'phrase': 'on Sunday', 'date': '2014-08-03'},
  'comments_first': 'Thank you for reporting this.',
  'comment_authors': ['Gwen_Alder', 'R. Delgado'],
  'credits': [{'role': 'author', 'name': 'Daniel Okafor'}, {'role': 'author', 'name': 'Shireen Barwari'}]},
 {'n': 5303,
  'language': 'en',
  'situation': 3,
  'outlet': 'trade site: an energy-market news site (Barrel Line, invented): drone strikes on Abqaiq and Khurais',
  'title': 'Drone strikes knock out half of Saudi oil output as Houthis claim attack on Abqaiq',
  'published': '2019-09-15',
  'published_note': "'2019-09-15 08:20 GMT' in the byline line (ISO); the text's 'on Saturday' is 14 September, the "
                    'strikes',
  'evidence': {'text': '2019-09-15 08:20 GMT'},
  'other_dates': [],
  'body_first': "Drone attacks on the heart of Saudi Arabia's oil industry",
  'body_last': "Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, said the strikes had also cut about 2 "
               'billion cubic feet per day of associated gas output, and that the kingdom would give further details '
               'on the recovery of production in the coming days.',
  'first_shape': 'an ordinary lead that restates the summary in other words',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': [],
  'edge_decoys': [{'text': 'Listen to this article · 6 min', 'kind': 'listen', 'side': 'before'},
                  {'text': 'In brief', 'kind': 'box-label', 'side': 'before'},
                  {'text': 'Drone strikes on two Saudi Aramco sites have halted about 5.7 million barrels a day of '
                           "crude production, roughly half of the kingdom's output. Yemen's Houthi movement claimed "
                           'the attack, while Washington blamed Iran. Aramco says it is working to restore supply.',
                   'kind': 'ai-summary',
                   'side': 'before'},
                  {'text': 'This summary was produced with the help of an AI tool and checked by a Barrel Line '
                           'editor.',
                   'kind': 'ai-note',
                   'side': 'before'}],
  'chrome_not_body': ['BARREL LINE',
                      'Markets | Crude | Gas | Shipping | Security | Podcasts',
                      'Security > Gulf',
                      'By Priya Raman, Dubai | 2019-09-15 08:20 GMT',
                      'Listen to this article · 6 min',
                      'In brief',
                      'Drone strikes on two Saudi Aramco sites have halted about 5.7 million barrels a day of crude '
                      "production, roughly half of the kingdom's output. Yemen's Houthi movement claimed the attack, "
                      'while Washington blamed Iran. Aramco says it is working to restore supply.',
                      'This summary was produced with the help of an AI tool and checked by a Barrel Line editor.',
                      'Smoke rises over the Abqaiq processing plant in a frame from video posted on social media. '
                      '(Handout)',
                      'Read also: How much spare capacity does Saudi Arabia really have?',
                      'Share | LinkedIn | Twitter | Email',
                      'Tags: Saudi Aramco | Abqaiq | Houthis | Iran | Crude supply',
                      'Get the Barrel Line morning briefing: prices, flows and risks before the markets open | Sign '
                      'up',
                      '© 2019 Barrel Line Media Ltd | About | Advertise | Terms | Privacy',
                      'This site uses cookies. By continuing to browse you agree to our use of cookies. OK'],
  'unlisted': [],
  'relative': {'phrase': 'on Saturday', 'date': '2019-09-14'},
  'credits': [{'role': 'author', 'name': 'Priya Raman'}]},
 {'n': 5304,
  'language': 'en',
  'situation': 4,
  'outlet': 'wire: an international news agency on its own site (Halyard Wire, invented): fighting in Khartoum '
            'between the army and the RSF',
  'title': "Sudan's rival forces fight for third day as toll passes 180",
  'published': '2023-04-17',
  'published_note': "'April 17, 2023 8:14 AM GMT' under the byline (Month D, YYYY); the dateline repeats the day "
                    "without the year ('April 17'); the text's 'on Saturday' is 15 April, the start of the fighting",
  'evidence': {'text': 'April 17, 2023 8:14 AM GMT'},
  'other_dates': [],
  'body_first': 'KHARTOUM, April 17 (Halyard) -',
  'body_last': 'Diplomats said the presidents of Kenya, South Sudan and Djibouti were preparing to travel to '
               'Khartoum to try to broker talks, but it was unclear whether they could land while the airport '
               'remained a battlefield.',
  'first_shape': "the dateline alone on its line ('KHARTOUM, April 17 (Halyard) -'), the lead on the next line",
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': ['KHARTOUM, April 17 (Halyard) -'],
  'edge_decoys': [{'text': 'The battle between the army and the paramilitary Rapid Support Forces spread across '
                           'Khartoum and into Darfur for a third day, as foreign governments pressed both generals '
                           'to stop. Hospitals in the capital said they were running out of blood and medicines.',
                   'kind': 'deck',
                   'side': 'before'}],
  'chrome_not_body': ['HALYARD WIRE',
                      'World | Business | Markets | Africa | Middle East | Video | Pictures',
                      'World > Africa',
                      'The battle between the army and the paramilitary Rapid Support Forces spread across Khartoum '
                      'and into Darfur for a third day, as foreign governments pressed both generals to stop. '
                      'Hospitals in the capital said they were running out of blood and medicines.',
                      'By Samir Elhassan and Jane Whitcombe',
                      'April 17, 2023 8:14 AM GMT',
                      'Pictures: Smoke over Khartoum as fighting rages for a third day',
                      'Our Standards: The Halyard Wire Trust Principles.',
                      'Related coverage',
                      "Explainer: Who are Sudan's Rapid Support Forces?",
                      'Foreign embassies weigh evacuation plans as Khartoum airport stays shut',
                      'Share | Twitter | LinkedIn | Email',
                      'Halyard Wire, the news and media division of Halyard Group, is an independent provider of '
                      'news, pictures and video. | Contact | Terms of use | Privacy'],
  'unlisted': [],
  'relative': {'phrase': 'on Saturday', 'date': '2023-04-15'},
  'credits': [{'role': 'author', 'name': 'Samir Elhassan'}, {'role': 'author', 'name': 'Jane Whitcombe'}]},
 {'n': 5305,
  'language': 'en',
  'situation': 5,
  'outlet': 'regional daily running a wire story: a Gulf English daily (The Gulf Morning Star, invented) carrying '
            'Tradewind News Service (invented): the Saudi-led coalition begins air strikes in Yemen',
  'title': 'Saudi-led coalition launches air strikes on Houthi rebels in Yemen',
  'published': '2015-03-26',
  'published_note': "'Thu 26 Mar 2015 14.05 GMT' under the wire's source line (abbreviated weekday, D Mon YYYY); the "
                    "text's 'on Wednesday' is 25 March, Hadi leaving Aden",
  'evidence': {'text': 'Thu 26 Mar 2015 14.05 GMT'},
  'other_dates': [],
  'body_first': 'RIYADH/ADEN (TNS) - Saudi Arabia and a coalition',
  'body_last': 'Coalition officials said the campaign would go on until its goals were met.',
  'first_shape': "a dateline-led lead ('RIYADH/ADEN (TNS) -')",
  'last_shape': 'a short one-sentence paragraph (13 words) right above the credits',
  'short_lines': ['Coalition officials said the campaign would go on until its goals were met.'],
  'edge_decoys': [{'text': 'Reporting by Faisal Karim in Riyadh and Mohammed Ghalib in Aden; Additional reporting by '
                           'Lena Hart in Washington; Editing by Margaret Hale',
                   'kind': 'wire-credit',
                   'side': 'after'},
                  {'text': '(Writing by Paul Dresner)', 'kind': 'wire-credit', 'side': 'after'},
                  {'text': 'Our Standards: The Tradewind Trust Principles guide how we report and how we correct our '
                           'mistakes.',
                   'kind': 'standards',
                   'side': 'after'},
                  {'text': 'This story was supplied by Tradewind News Service and has not been edited by The Gulf '
                           'Morning Star.',
                   'kind': 'syndication-note',
                   'side': 'after'},
                  {'text': '-- Ends --', 'kind': 'end-mark', 'side': 'after'}],
  'chrome_not_body': ['THE GULF MORNING STAR',
                      'Home | UAE | Gulf | World | Business | Sport | Opinion',
                      'World',
                      'Tradewind News Service',
                      'Thu 26 Mar 2015 14.05 GMT',
                      'Share | Print | Email',
                      'A Saudi fighter jet takes off from an air base in the south of the kingdom. (TNS/File)',
                      'Reporting by Faisal Karim in Riyadh and Mohammed Ghalib in Aden; Additional reporting by Lena '
                      'Hart in Washington; Editing by Margaret Hale',
                      '(Writing by Paul Dresner)',
                      'Our Standards: The Tradewind Trust Principles guide how we report and how we correct our '
                      'mistakes.',
                      'This story was supplied by Tradewind News Service and has not been edited by The Gulf Morning '
                      'Star.',
                      '-- Ends --',
                      'Most read',
                      'UAE central bank keeps rates on hold as oil slides',
                      'Tags: Yemen | Saudi Arabia | Houthis | Decisive Storm',
                      '© 2015 The Gulf Morning Star Publishing | Advertise | Contact | Privacy'],
  'unlisted': [],
  'relative': {'phrase': 'on Wednesday', 'date': '2015-03-25'},
  'credits': [{'role': 'author', 'name': 'Faisal Karim'},
              {'role': 'author', 'name': 'Mohammed Ghalib'},
              {'role': 'author', 'name': 'Paul Dresner'},
              {'role': 'editor', 'name': 'Margaret Hale'}]},
 {'n': 5306,
  'language': 'en',
  'situation': 6,
  'outlet': 'analysis site: an English analysis and opinion site (The Hinterland Review, invented): the Gaza '
            'ceasefire of August 2014',
  'title': 'Gaza ceasefire ends 50 days of war but leaves the hardest questions for later',
  'published': '2014-08-27',
  'published_note': "'Wednesday 27 August 2014' under the author's name (weekday D Month YYYY); comments 28 August; "
                    "the text's 'on Tuesday' is 26 August, the ceasefire",
  'evidence': {'text': 'Wednesday 27 August 2014'},
  'other_dates': [{'text': '28 August 2014 09:12', 'date': '2014-08-28', 'role': 'comment'},
                  {'text': '28 August 2014 21:40', 'date': '2014-08-28', 'role': 'comment'}],
  'body_first': 'The open-ended ceasefire that Egypt brokered',
  'body_last': 'None of this guarantees that the next round is far off. Without a political track that addresses the '
               "blockade and Israel's security demands together, the quiet of this week risks becoming one more "
               'pause between wars.',
  'first_shape': 'an ordinary analytical opening',
  'last_shape': "a concluding paragraph in the author's voice, followed by the bio",
  'short_lines': [],
  'edge_decoys': [{'text': 'Hana Lindqvist is a senior fellow at the Nordic Institute for Mediterranean Studies in '
                           'Copenhagen and a former correspondent in Jerusalem and Cairo. Her book on the blockade '
                           'of Gaza is due out next year.',
                   'kind': 'author-bio',
                   'side': 'after'},
                  {'text': "The views expressed in this article are the author's own and do not necessarily reflect "
                           'the editorial policy of The Hinterland Review.',
                   'kind': 'disclaimer',
                   'side': 'after'}],
  'chrome_not_body': ['THE HINTERLAND REVIEW',
                      'Analysis | Opinion | Podcasts | Long reads | About',
                      'Analysis',
                      'Hana Lindqvist',
                      'Wednesday 27 August 2014',
                      'Share | Save | Print',
                      'Hana Lindqvist is a senior fellow at the Nordic Institute for Mediterranean Studies in '
                      'Copenhagen and a former correspondent in Jerusalem and Cairo. Her book on the blockade of '
                      'Gaza is due out next year.',
                      "The views expressed in this article are the author's own and do not necessarily reflect the "
                      'editorial policy of The Hinterland Review.',
                      'Topics: Gaza | Israel | Hamas | Egypt | Ceasefire',
                      'Comments (2)',
                      'Tomasz W. | 28 August 2014 09:12',
                      'Miriam_Levy | 28 August 2014 21:40',
                      'Log in to comment | Community guidelines',
                      'More analysis',
                      "Why Egypt holds the keys to Gaza's crossings",
                      '© 2014 The Hinterland Review. All rights reserved. | Contact | Privacy'],
  'unlisted': [],
  'relative': {'phrase': 'on Tuesday', 'date': '2014-08-26'},
  'comments_first': 'A sober piece.',
  'comment_authors': ['Tomasz W.', 'Miriam_Levy'],
  'credits': [{'role': 'author', 'name': 'Hana Lindqvist'}]},
 {'n': 5307,
  'language': 'en',
  'situation': 7,
  'outlet': 'non-profit newsroom: a reader-funded Lebanese English news site (Beirut Current, invented): the pager '
            'and walkie-talkie explosions',
  'title': 'Lebanon counts its wounded after two days of exploding pagers and radios',
  'published': '2024-09-19',
  'published_note': "'19/09/2024 | 09:30' under the byline (numeric D/M/Y, day 19); the text's 'on Tuesday' is 17 "
                    'September, the pager blasts',
  'evidence': {'text': '19/09/2024 | 09:30'},
  'order': 'dmy',
  'other_dates': [],
  'body_first': "Lebanon's hospitals were still treating hundreds of people",
  'body_last': 'The attacks come after nearly a year of cross-border fire between Hezbollah and Israel that began in '
               'October 2023, and have deepened fears that the conflict could turn into a full-scale war.',
  'first_shape': 'an ordinary lead',
  'last_shape': 'a background paragraph right above the Telegram line',
  'short_lines': [],
  'edge_decoys': [{'text': 'Follow our live coverage on Telegram and WhatsApp to get verified updates from our '
                           'reporters across Lebanon as soon as they happen.',
                   'kind': 'call-to-action',
                   'side': 'after'},
                  {'text': 'Support independent journalism: Beirut Current is funded by its readers. A monthly '
                           'contribution of any size keeps our reporters in the field and our journalism free for '
                           'everyone.',
                   'kind': 'donation-appeal',
                   'side': 'after'},
                  {'text': 'Donate now | Become a member', 'kind': 'donation-appeal', 'side': 'after'},
                  {'text': 'Sign up for The Current, our weekly newsletter, and get our best reporting from Lebanon '
                           'in your inbox every Friday.',
                   'kind': 'newsletter',
                   'side': 'after'}],
  'chrome_not_body': ['BEIRUT CURRENT',
                      'Independent journalism from Lebanon',
                      'News | Investigations | Explainers | Culture | Donate',
                      'News',
                      'By Maya Sfeir',
                      '19/09/2024 | 09:30',
                      'Relatives wait outside a hospital in the southern suburbs of Beirut. (Beirut Current/Hadi '
                      'Mrad)',
                      'Read also: What we know about the pagers that exploded across Lebanon',
                      'Follow our live coverage on Telegram and WhatsApp to get verified updates from our reporters '
                      'across Lebanon as soon as they happen.',
                      'Support independent journalism: Beirut Current is funded by its readers. A monthly '
                      'contribution of any size keeps our reporters in the field and our journalism free for '
                      'everyone.',
                      'Donate now | Become a member',
                      'Sign up for The Current, our weekly newsletter, and get our best reporting from Lebanon in '
                      'your inbox every Friday.',
                      'Tags: Lebanon | Hezbollah | Israel | Pagers | Health',
                      'Share: Facebook | X | WhatsApp | Telegram',
                      '© 2024 Beirut Current, a non-profit newsroom. | About us | Ethics | Contact'],
  'unlisted': [],
  'relative': {'phrase': 'on Tuesday', 'date': '2024-09-17'},
  'credits': [{'role': 'author', 'name': 'Maya Sfeir'}]},
 {'n': 5308,
  'language': 'en',
  'situation': 8,
  'outlet': 'aggregator: a regional news aggregator (NewsDeck Middle East, invented) relaying The Maghreb Dispatch '
            "(invented): the Tripoli government's counter-offensive against Haftar",
  'title': "Tripoli government launches counter-offensive as Haftar's forces push toward capital",
  'published': '2019-04-07',
  'published_note': "'The Maghreb Dispatch | Apr 7, 2019 | 5 min read' under the title (Mon D, YYYY); the text's 'on "
                    "Thursday' is 4 April, Haftar's order to march on Tripoli",
  'evidence': {'text': 'Apr 7, 2019'},
  'other_dates': [],
  'body_first': "Forces loyal to Libya's UN-backed Government of National Accord",
  'body_last': 'Both sides have called up reinforcements.',
  'first_shape': 'an ordinary lead',
  'last_shape': "a six-word line ('Both sides have called up reinforcements.'), then another story's lead",
  'short_lines': ['Both sides have called up reinforcements.'],
  'edge_decoys': [{'text': 'MORE ON THIS STORY', 'kind': 'related-label', 'side': 'after'},
                  {'text': 'Forces of the Libyan National Army took control of the town of Gharyan, about 100 km '
                           'south of Tripoli, with little resistance, opening a route toward the capital for the '
                           'first time since the fighting of 2014.',
                   'kind': 'related-lead',
                   'side': 'after'},
                  {'text': "Haftar's troops take Gharyan on the road to Tripoli › Read the full story",
                   'kind': 'related-link',
                   'side': 'after'}],
  'chrome_not_body': ['NewsDeck Middle East',
                      'Top stories | Gulf | Levant | North Africa | Iran | Business',
                      'North Africa › Libya',
                      'The Maghreb Dispatch | Apr 7, 2019 | 5 min read',
                      'Follow NewsDeck on Twitter and Facebook',
                      'MORE ON THIS STORY',
                      'Forces of the Libyan National Army took control of the town of Gharyan, about 100 km south of '
                      'Tripoli, with little resistance, opening a route toward the capital for the first time since '
                      'the fighting of 2014.',
                      "Haftar's troops take Gharyan on the road to Tripoli › Read the full story",
                      'Source: The Maghreb Dispatch | Read the original article',
                      'Related on NewsDeck',
                      'Oil prices edge higher as Libya fighting flares',
                      'UN envoy says national conference may be postponed',
                      'Share | Save | Copy link',
                      'NewsDeck gathers headlines from hundreds of publishers. Content belongs to its original '
                      'publishers. | About | Privacy',
                      'We use cookies to personalise your news feed. Accept all | Settings'],
  'unlisted': [],
  'relative': {'phrase': 'on Thursday', 'date': '2019-04-04'},
  'credits': []},
 {'n': 5309,
  'language': 'en',
  'situation': 9,
  'outlet': "cable news site: the site of a US cable news network (Vanguard Cable News, invented): Iran's drone and "
            'missile attack on Israel',
  'title': 'Iran launches hundreds of drones and missiles at Israel in first direct attack',
  'published': '2024-04-14',
  'published_note': "'Sunday, April 14, 2024 4:05 AM ET' under the byline (weekday, Month D, YYYY; 08:05 UTC); the "
                    "updates in the text carry times only; comments 15 April; the text's 'late on Saturday' is 13 "
                    'April, the launch',
  'evidence': {'text': 'Sunday, April 14, 2024 4:05 AM ET'},
  'other_dates': [{'text': 'April 15, 2024 at 7:02 AM', 'date': '2024-04-15', 'role': 'comment'},
                  {'text': 'April 15, 2024 at 2:31 PM', 'date': '2024-04-15', 'role': 'comment'}],
  'body_first': 'Iran launched more than 300 drones and missiles at Israel overnight',
  'body_last': "UPDATE 16:30 GMT: Israel's war cabinet met for several hours without announcing a decision. Jordan "
               'said its air force had shot down drones that entered its airspace, and flights resumed at airports '
               'in Jordan, Lebanon and Iraq after the overnight closures.',
  'first_shape': 'an ordinary lead',
  'last_shape': "the third 'UPDATE hh:mm GMT:' paragraph, which is body",
  'short_lines': [],
  'edge_decoys': [{'text': 'This story has been updated with comments from the Israeli military, the White House and '
                           'Jordan.',
                   'kind': 'update-note',
                   'side': 'after'}],
  'chrome_not_body': ['VCN Vanguard Cable News',
                      'U.S. | World | Politics | Business | Health | Video | Live TV',
                      'World > Middle East',
                      'By Ethan Marsh, Tel Aviv, and Leila Sadr',
                      'Sunday, April 14, 2024 4:05 AM ET',
                      'Watch: Interceptions light up the sky over Jerusalem (1:04)',
                      'This story has been updated with comments from the Israeli military, the White House and '
                      'Jordan.',
                      "Related: What we know about the strike on Iran's consulate in Damascus",
                      'Comments (2)',
                      'Jim Ostrowski | April 15, 2024 at 7:02 AM',
                      'Noor H. | April 15, 2024 at 2:31 PM',
                      'Join the conversation | Community rules',
                      '© 2024 Vanguard Cable News. All Rights Reserved. | Terms of Use | Privacy Policy | Ad '
                      'Choices'],
  'unlisted': [],
  'relative': {'phrase': 'on Saturday', 'date': '2024-04-13'},
  'comments_first': 'Three hundred drones and missiles',
  'comment_authors': ['Jim Ostrowski', 'Noor H.'],
  'credits': [{'role': 'author', 'name': 'Ethan Marsh'}, {'role': 'author', 'name': 'Leila Sadr'}]},
 {'n': 5310,
  'language': 'en',
  'situation': 10,
  'outlet': 'trade site: a maritime security news site (Convoy & Cargo Security Review, invented): the Houthis '
            'hijack the Galaxy Leader',
  'title': 'Houthis hijack car carrier Galaxy Leader in southern Red Sea and take crew to Yemen',
  'published': '2023-11-20',
  'published_note': "'20 Nov 2023 | 07:45 UTC' under the byline (D Mon YYYY); the embedded post is dated November "
                    "19, 2023 (the day before); the text's 'on Sunday' is 19 November, the hijacking",
  'evidence': {'text': '20 Nov 2023 | 07:45 UTC'},
  'other_dates': [{'text': 'November 19, 2023', 'date': '2023-11-19', 'role': 'embed'}],
  'body_first': "Yemen's Houthi movement seized the car carrier Galaxy Leader",
  'body_last': "Background: The Houthis, who control Sanaa and much of Yemen's Red Sea coast, have fired drones and "
               'missiles toward Israel since the war in Gaza began in October. Their leader, Abdul Malik al-Houthi, '
               'had warned that the movement would also act against Israeli ships in the Red Sea.',
  'first_shape': 'an ordinary lead',
  'last_shape': "a 'Background:' paragraph, which is body, right under a caption",
  'short_lines': [],
  'edge_decoys': [{'text': 'ADVISORY: Vehicle carrier GALAXY LEADER diverted toward the Yemeni coast after boarding '
                           'by helicopter-borne personnel west of Hodeidah. Vessels in the southern Red Sea should '
                           'report any suspicious approach at once. #RedSea #Shipping',
                   'kind': 'embedded-post',
                   'side': 'inside'},
                  {'text': '— Cobalt Maritime Risk (@CobaltMarRisk) November 19, 2023',
                   'kind': 'embed-handle',
                   'side': 'inside'},
                  {'text': 'The Galaxy Leader in an undated photograph released by its registry. (Handout)',
                   'kind': 'caption',
                   'side': 'inside'}],
  'chrome_not_body': ['CONVOY & CARGO SECURITY REVIEW',
                      'News | Piracy | Red Sea | Ports | Insurance | Events',
                      'News > Red Sea',
                      'By Tomas Lindgren',
                      '20 Nov 2023 | 07:45 UTC',
                      'ADVISORY: Vehicle carrier GALAXY LEADER diverted toward the Yemeni coast after boarding by '
                      'helicopter-borne personnel west of Hodeidah. Vessels in the southern Red Sea should report '
                      'any suspicious approach at once. #RedSea #Shipping',
                      '— Cobalt Maritime Risk (@CobaltMarRisk) November 19, 2023',
                      'The Galaxy Leader in an undated photograph released by its registry. (Handout)',
                      'Tags: Red Sea | Houthis | Hijacking | Yemen | War risk',
                      'Share: LinkedIn | X | Email',
                      'Subscribe to the CCSR weekly risk bulletin for masters, CSOs and underwriters | Subscribe',
                      'CCSR is published by Convoy & Cargo Security Review Ltd, Limassol. | Advertise | Privacy | '
                      'Contact'],
  'unlisted': [],
  'relative': {'phrase': 'on Sunday', 'date': '2023-11-19'},
  'credits': [{'role': 'author', 'name': 'Tomas Lindgren'}]},
 {'n': 5311,
  'language': 'en',
  'situation': 11,
  'outlet': 'army-aligned portal: an Iraqi military-aligned English news portal (Two Rivers Defence Post, invented): '
            'the Prime Minister declares victory in Mosul',
  'title': 'Prime Minister declares victory over Daesh in Mosul',
  'published': '2017-07-10',
  'published_note': "'Monday, 10 July 2017 - 13:20 | Joint Operations Media Desk' under the title (weekday, D Month "
                    "YYYY); the text's 'on Sunday' is 9 July, al-Abadi's arrival in Mosul",
  'evidence': {'text': 'Monday, 10 July 2017 - 13:20'},
  'other_dates': [],
  'body_first': 'Prime Minister and Commander-in-Chief of the Armed Forces Haider al-Abadi',
  'body_last': 'The Prime Minister called on Iraqis to celebrate the victory and said work would start at once on '
               'rebuilding the liberated areas and returning the displaced to their homes.',
  'first_shape': 'an ordinary lead right under four gallery captions',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': [],
  'edge_decoys': [{'text': 'Photo gallery (1/4): Soldiers of the Counter-Terrorism Service raise the Iraqi flag over '
                           'a ruined building in the Old City of Mosul.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'Photo gallery (2/4): The Prime Minister is greeted by commanders and soldiers on his '
                           'arrival at the headquarters of the Nineveh Operations Command.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'Photo gallery (3/4): Families freed from the Old City are helped by Federal Police '
                           'officers on their way to a reception centre.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'Photo gallery (4/4): Army engineers clear explosive devices from a street near the '
                           'remains of the al-Nuri mosque.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': "Watch the video report below: the Prime Minister's visit to the forces in Mosul (3:12)",
                   'kind': 'video-line',
                   'side': 'after'},
                  {'text': '▶ Play video | 3:12', 'kind': 'video-line', 'side': 'after'}],
  'chrome_not_body': ['TWO RIVERS DEFENCE POST',
                      'Home | Operations | Counter-terrorism | Army | Police | Photos | Video',
                      'Operations > Nineveh',
                      'Monday, 10 July 2017 - 13:20 | Joint Operations Media Desk',
                      'Photo gallery (1/4): Soldiers of the Counter-Terrorism Service raise the Iraqi flag over a '
                      'ruined building in the Old City of Mosul.',
                      'Photo gallery (2/4): The Prime Minister is greeted by commanders and soldiers on his arrival '
                      'at the headquarters of the Nineveh Operations Command.',
                      'Photo gallery (3/4): Families freed from the Old City are helped by Federal Police officers '
                      'on their way to a reception centre.',
                      'Photo gallery (4/4): Army engineers clear explosive devices from a street near the remains of '
                      'the al-Nuri mosque.',
                      "Watch the video report below: the Prime Minister's visit to the forces in Mosul (3:12)",
                      '▶ Play video | 3:12',
                      "Read also: Federal Police complete clearing of the Old City's western quarter",
                      'Share: Facebook | Twitter | Telegram',
                      '© 2017 Two Rivers Defence Post | Contact the media desk'],
  'unlisted': [],
  'relative': {'phrase': 'on Sunday', 'date': '2017-07-09'},
  'credits': []},
 {'n': 5312,
  'language': 'en',
  'situation': 12,
  'outlet': "national daily: the site of a UK national daily (The Morning Sentinel, invented): US strikes on Iran's "
            'nuclear sites',
  'title': "US bombs Iran's nuclear sites at Fordow, Natanz and Isfahan",
  'published': '2025-06-22',
  'published_note': "'June 22, 2025 at 9:40 AM EDT' under the byline (Month D, YYYY; 13:40 UTC); comments 23 June; "
                    "the text's 'on Saturday' is 21 June, Trump's announcement in Washington",
  'evidence': {'text': 'June 22, 2025 at 9:40 AM EDT'},
  'other_dates': [{'text': 'June 23, 2025 at 6:12 AM', 'date': '2025-06-23', 'role': 'comment'},
                  {'text': 'June 23, 2025 at 8:55 AM', 'date': '2025-06-23', 'role': 'comment'}],
  'body_first': "The United States has bombed three of Iran's main nuclear sites.",
  'body_last': '"Everyone in the region feared this moment, and nobody can tell us yet what it will cost," said a '
               'Gulf diplomat.',
  'first_shape': 'a one-sentence lead of 11 words right under a 36-word caption and a 49-word deck',
  'last_shape': "a one-line quotation with its attribution, then 'Tags:' and a comment policy",
  'short_lines': ["The United States has bombed three of Iran's main nuclear sites."],
  'edge_decoys': [{'text': "The strikes bring the United States directly into Israel's war with Iran for the first "
                           'time. Tehran said its nuclear programme would not be stopped and warned of lasting '
                           'consequences, while Gulf states urged restraint and international inspectors said they '
                           'had detected no rise in radiation outside the sites.',
                   'kind': 'deck',
                   'side': 'before'},
                  {'text': 'A satellite image from a commercial imagery company shows craters and grey dust over the '
                           'ventilation shafts of the Fordow enrichment site near the city of Qom, south of Tehran, '
                           'after the bombing by American aircraft.',
                   'kind': 'caption',
                   'side': 'before'},
                  {'text': 'Tags: Iran | United States | Israel | Nuclear weapons | Donald Trump',
                   'kind': 'tags',
                   'side': 'after'},
                  {'text': 'Comments are moderated. We welcome debate, but remarks that are abusive, off-topic or '
                           'that break the law will be removed, and repeat offenders will be blocked. Please read '
                           'our community standards before posting.',
                   'kind': 'comment-policy',
                   'side': 'after'}],
  'chrome_not_body': ['The Morning Sentinel',
                      'News | World | Politics | Business | Opinion | Sport | Culture',
                      'World › Middle East › Iran',
                      'Laura Whitby in Washington and Arash Tehrani',
                      'June 22, 2025 at 9:40 AM EDT',
                      'Share | Save',
                      "The strikes bring the United States directly into Israel's war with Iran for the first time. "
                      'Tehran said its nuclear programme would not be stopped and warned of lasting consequences, '
                      'while Gulf states urged restraint and international inspectors said they had detected no rise '
                      'in radiation outside the sites.',
                      'A satellite image from a commercial imagery company shows craters and grey dust over the '
                      'ventilation shafts of the Fordow enrichment site near the city of Qom, south of Tehran, after '
                      'the bombing by American aircraft.',
                      'Tags: Iran | United States | Israel | Nuclear weapons | Donald Trump',
                      'Comments are moderated. We welcome debate, but remarks that are abusive, off-topic or that '
                      'break the law will be removed, and repeat offenders will be blocked. Please read our '
                      'community standards before posting.',
                      'Comments (2)',
                      'PennineWalker | June 23, 2025 at 6:12 AM',
                      'Farah_M | June 23, 2025 at 8:55 AM',
                      'Most viewed',
                      'Oil jumps as markets weigh risk to Gulf shipping',
                      '© 2025 The Morning Sentinel and its affiliated companies. All rights reserved. | Terms | '
                      'Privacy | Cookies'],
  'unlisted': [],
  'relative': {'phrase': 'on Saturday', 'date': '2025-06-21'},
  'comments_first': 'So the question now is whether anything was actually destroyed',
  'comment_authors': ['PennineWalker', 'Farah_M'],
  'credits': [{'role': 'author', 'name': 'Laura Whitby'}, {'role': 'author', 'name': 'Arash Tehrani'}]},
 {'n': 5313,
  'language': 'ar',
  'situation': 1,
  'outlet': "pan-Arab news site (بوصلة العرب, invented): opposition factions take Damascus and Assad's rule falls",
  'title': 'فصائل المعارضة تعلن السيطرة على دمشق وسقوط حكم بشار الأسد',
  'published': '2024-12-08',
  'published_note': "'الأحد 8 كانون الأول 2024 - 21:15' under the byline (weekday, D Levantine month YYYY; 18:15 "
                    "UTC); the text's 'مساء يوم السبت' is 7 December, the announcement on Homs",
  'evidence': {'text': 'الأحد 8 كانون الأول 2024 - 21:15'},
  'other_dates': [],
  'body_first': 'أعلنت فصائل المعارضة السورية المسلحة في ساعات الصباح الأولى',
  'body_last': 'ودعت الأمم المتحدة ودول عربية وغربية إلى انتقال سلمي ومنظم للسلطة يحفظ وحدة سوريا ومؤسساتها، في حين '
               'قال قائد هيئة تحرير الشام أحمد الشرع إن المؤسسات العامة ستبقى تحت إشراف رئيس الحكومة حتى تسليمها '
               'رسمياً.',
  'first_shape': 'an ordinary lead right under the third bullet, which it partly restates',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': [],
  'edge_decoys': [{'text': 'أبرز النقاط', 'kind': 'box-label', 'side': 'before'},
                  {'text': '• أعلنت فصائل المعارضة المسلحة دخول العاصمة دمشق بعد هجوم خاطف بدأ من ريف حلب قبل أقل من '
                           'أسبوعين.',
                   'kind': 'key-point',
                   'side': 'before'},
                  {'text': '• غادر بشار الأسد البلاد بحسب مصادر متعددة، فيما أبدى رئيس الحكومة استعداده لتسليم '
                           'المؤسسات.',
                   'kind': 'key-point',
                   'side': 'before'},
                  {'text': '• خرج آلاف السكان إلى ساحات دمشق ابتهاجاً، وفُتحت أبواب سجن صيدنايا أمام ذوي المعتقلين.',
                   'kind': 'key-point',
                   'side': 'before'}],
  'chrome_not_body': ['بوصلة العرب',
                      'الرئيسية | سياسة | سوريا | العالم | اقتصاد | رأي | فيديو',
                      'أخبار سوريا',
                      'دمشق - رامي الحلبي',
                      'الأحد 8 كانون الأول 2024 - 21:15',
                      'أبرز النقاط',
                      '• أعلنت فصائل المعارضة المسلحة دخول العاصمة دمشق بعد هجوم خاطف بدأ من ريف حلب قبل أقل من '
                      'أسبوعين.',
                      '• غادر بشار الأسد البلاد بحسب مصادر متعددة، فيما أبدى رئيس الحكومة استعداده لتسليم المؤسسات.',
                      '• خرج آلاف السكان إلى ساحات دمشق ابتهاجاً، وفُتحت أبواب سجن صيدنايا أمام ذوي المعتقلين.',
                      'صورة: مقاتلون من فصائل المعارضة في ساحة الأمويين وسط دمشق',
                      'اقرأ أيضاً: من درعا إلى دمشق.. ثلاثة عشر عاماً من الحرب في سوريا',
                      'الوسوم: سوريا | دمشق | المعارضة | بشار الأسد',
                      'شارك: فيسبوك | إكس | واتساب | تيليغرام',
                      'اشترك في النشرة البريدية لبوصلة العرب',
                      'جميع الحقوق محفوظة © 2024 بوصلة العرب',
                      'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق'],
  'unlisted': [],
  'relative': {'phrase': 'يوم السبت', 'date': '2024-12-07'},
  'credits': [{'role': 'author', 'name': 'رامي الحلبي'}]},
 {'n': 5314,
  'language': 'ar',
  'situation': 2,
  'outlet': 'Sudanese independent news site (وادي هور, invented): the governor of West Darfur is killed in El '
            'Geneina',
  'title': 'مقتل والي غرب دارفور خميس أبكر وتصاعد الاعتداءات على المدنيين في الجنينة',
  'published': '2023-06-16',
  'published_note': "'16 يونيو 2023 | 11:40' under the desk line (D Egyptian month YYYY); the text's 'يوم الأربعاء' "
                    'is 14 June, the interview and the killing',
  'evidence': {'text': '16 يونيو 2023 | 11:40'},
  'other_dates': [],
  'body_first': 'قُتل والي ولاية غرب دارفور خميس عبد الله أبكر',
  'body_last': 'وتأتي هذه التطورات في وقت تتواصل فيه المعارك بين الجيش وقوات الدعم السريع في الخرطوم ومدن أخرى منذ '
               'منتصف أبريل، وسط تعثر المفاوضات التي ترعاها السعودية والولايات المتحدة في جدة.',
  'first_shape': 'an ordinary lead right under the content warning',
  'last_shape': 'a context paragraph right above the correction',
  'short_lines': [],
  'edge_decoys': [{'text': 'تنويه: يتضمن هذا التقرير وصفاً لعمليات قتل ولجثث تُركت في الشوارع، وقد يجد بعض القراء '
                           'تفاصيله مؤلمة.',
                   'kind': 'editors-note',
                   'side': 'before'},
                  {'text': 'تصحيح: ورد في نسخة سابقة من هذا التقرير أن الوالي قُتل داخل مقر حكومة الولاية، والصحيح '
                           'أنه اقتيد من مقر إقامته. نعتذر لقرائنا عن هذا الخطأ.',
                   'kind': 'correction',
                   'side': 'after'}],
  'chrome_not_body': ['وادي هور',
                      'موقع إخباري سوداني مستقل',
                      'الرئيسية | أخبار | دارفور | الخرطوم | تقارير | حوارات',
                      'الجنينة - مكتب دارفور',
                      '16 يونيو 2023 | 11:40',
                      'تنويه: يتضمن هذا التقرير وصفاً لعمليات قتل ولجثث تُركت في الشوارع، وقد يجد بعض القراء تفاصيله '
                      'مؤلمة.',
                      'صورة أرشيفية: نازحون من الجنينة في بلدة أدري التشادية',
                      'تصحيح: ورد في نسخة سابقة من هذا التقرير أن الوالي قُتل داخل مقر حكومة الولاية، والصحيح أنه '
                      'اقتيد من مقر إقامته. نعتذر لقرائنا عن هذا الخطأ.',
                      'الوسوم: دارفور | الجنينة | الدعم السريع | المساليت',
                      'شارك: فيسبوك | واتساب | تيليغرام',
                      'جميع الحقوق محفوظة © 2023 وادي هور'],
  'unlisted': ['دارفور'],
  'relative': {'phrase': 'يوم الأربعاء', 'date': '2023-06-14'},
  'credits': []},
 {'n': 5315,
  'language': 'ar',
  'situation': 3,
  'outlet': "Lebanese television channel's site (قناة ضفاف, invented): Hezbollah confirms Hassan Nasrallah was "
            'killed',
  'title': 'حزب الله يعلن استشهاد أمينه العام السيد حسن نصر الله في الغارات على الضاحية الجنوبية',
  'published': '2024-09-28',
  'published_note': "'السبت ٢٨ أيلول ٢٠٢٤ - ١٦:٢٠' under the byline (weekday, D Levantine month YYYY in Arabic-Indic "
                    "digits); comments 29 September; the text's 'مساء يوم الجمعة' is 27 September, the strikes",
  'evidence': {'text': 'السبت ٢٨ أيلول ٢٠٢٤ - ١٦:٢٠'},
  'other_dates': [{'text': '٢٩ أيلول ٢٠٢٤ - ٠٩:١٥', 'date': '2024-09-29', 'role': 'comment'},
                  {'text': '٢٩ أيلول ٢٠٢٤ - ٢٢:٠٤', 'date': '2024-09-29', 'role': 'comment'}],
  'body_first': 'نعى حزب الله في بيان رسمي أمينه العام',
  'body_last': 'وأعلن رئيس حكومة تصريف الأعمال نجيب ميقاتي الحداد العام ثلاثة أيام، داعياً إلى الوحدة الوطنية في '
               'مواجهة العدوان، فيما طلبت إيران عقد اجتماع طارئ لمجلس الأمن الدولي.',
  'first_shape': 'an ordinary lead right under the AI note',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': [],
  'edge_decoys': [{'text': 'استمع إلى المقال - ٥ دقائق', 'kind': 'listen', 'side': 'before'},
                  {'text': 'باختصار', 'kind': 'box-label', 'side': 'before'},
                  {'text': 'أكد حزب الله مقتل أمينه العام حسن نصر الله في غارات إسرائيلية عنيفة استهدفت مقراً '
                           'للقيادة في حارة حريك، وتعهد بمواصلة المواجهة، فيما قال الجيش الإسرائيلي إن قياديين آخرين '
                           'قتلوا في الهجوم.',
                   'kind': 'ai-summary',
                   'side': 'before'},
                  {'text': 'أُعدّ هذا الملخص بمساعدة الذكاء الاصطناعي وراجعه فريق التحرير في ضفاف.',
                   'kind': 'ai-note',
                   'side': 'before'}],
  'chrome_not_body': ['قناة ضفاف',
                      'البث المباشر | أخبار لبنان | المنطقة | العالم | برامج | فيديو',
                      'بيروت - زينب فقيه',
                      'السبت ٢٨ أيلول ٢٠٢٤ - ١٦:٢٠',
                      'استمع إلى المقال - ٥ دقائق',
                      'باختصار',
                      'أكد حزب الله مقتل أمينه العام حسن نصر الله في غارات إسرائيلية عنيفة استهدفت مقراً للقيادة في '
                      'حارة حريك، وتعهد بمواصلة المواجهة، فيما قال الجيش الإسرائيلي إن قياديين آخرين قتلوا في '
                      'الهجوم.',
                      'أُعدّ هذا الملخص بمساعدة الذكاء الاصطناعي وراجعه فريق التحرير في ضفاف.',
                      'صورة: الدخان يتصاعد من موقع الغارات في حارة حريك',
                      'اقرأ أيضاً: محطات في مسيرة السيد حسن نصر الله منذ عام 1992',
                      'الوسوم: حزب الله | الضاحية الجنوبية | حسن نصر الله | العدوان الإسرائيلي',
                      'التعليقات (2)',
                      'أبو علي العاملي | ٢٩ أيلول ٢٠٢٤ - ٠٩:١٥',
                      'ريم من صيدا | ٢٩ أيلول ٢٠٢٤ - ٢٢:٠٤',
                      'أضف تعليقاً',
                      'جميع الحقوق محفوظة © 2024 قناة ضفاف'],
  'unlisted': ['لبنان'],
  'relative': {'phrase': 'يوم الجمعة', 'date': '2024-09-27'},
  'comments_first': 'رحم الله السيد وكل الشهداء',
  'comment_authors': ['أبو علي العاملي', 'ريم من صيدا'],
  'credits': [{'role': 'author', 'name': 'زينب فقيه'}]},
 {'n': 5316,
  'language': 'ar',
  'situation': 4,
  'outlet': 'Libyan news agency (وكالة سلفيوم للأنباء, invented): Haftar launches Operation Dignity in Benghazi',
  'title': 'عشرات القتلى في بنغازي مع إطلاق حفتر عملية «الكرامة» ضد الكتائب الإسلامية',
  'published': '2014-05-17',
  'published_note': "'السبت 17 مايو 2014 - 13:05' under the deck (weekday, D Egyptian month YYYY); the text's 'يوم "
                    "الجمعة' is 16 May, the offensive",
  'evidence': {'text': 'السبت 17 مايو 2014 - 13:05'},
  'other_dates': [],
  'body_first': 'بنغازي (سلفيوم) -',
  'body_last': 'وأغلقت المحال التجارية في معظم أحياء المدينة أبوابها، فيما علّقت شركات طيران رحلاتها إلى مطار بنينا '
               'الدولي حتى إشعار آخر، وخلت الشوارع الرئيسية من المارة.',
  'first_shape': "the dateline alone on its line ('بنغازي (سلفيوم) -'), the lead on the very next line with no blank "
                 'line between',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': ['بنغازي (سلفيوم) -'],
  'edge_decoys': [{'text': 'قوات موالية للواء المتقاعد خليفة حفتر تشن هجوماً بالطائرات والمدفعية على مقرات كتائب '
                           'إسلامية في بنغازي. والحكومة المؤقتة تصف العملية بأنها محاولة انقلابية وتعلن حظر الطيران '
                           'فوق المدينة.',
                   'kind': 'deck',
                   'side': 'before'}],
  'chrome_not_body': ['وكالة سلفيوم للأنباء',
                      'الرئيسية | ليبيا | المغرب العربي | دولي | اقتصاد | صور',
                      'أخبار ليبيا',
                      'قوات موالية للواء المتقاعد خليفة حفتر تشن هجوماً بالطائرات والمدفعية على مقرات كتائب إسلامية '
                      'في بنغازي. والحكومة المؤقتة تصف العملية بأنها محاولة انقلابية وتعلن حظر الطيران فوق المدينة.',
                      'السبت 17 مايو 2014 - 13:05',
                      'صورة: دخان يتصاعد من منطقة الهواري جنوب غربي بنغازي',
                      'اقرأ أيضاً: من هو خليفة حفتر؟',
                      'الوسوم: بنغازي | حفتر | الكرامة | أنصار الشريعة',
                      'جميع الحقوق محفوظة لوكالة سلفيوم للأنباء © 2014'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الجمعة', 'date': '2014-05-16'},
  'credits': []},
 {'n': 5317,
  'language': 'ar',
  'situation': 5,
  'outlet': 'Yemeni news site running an agency story (المسند نت and وكالة الأنباء العربية المستقلة, both invented): '
            'the Houthis take Sanaa and the Peace and National Partnership Agreement is signed',
  'title': 'الحوثيون يسيطرون على مقار حكومية في صنعاء وتوقيع اتفاق «السلم والشراكة» برعاية أممية',
  'published': '2014-09-22',
  'published_note': "'2014-09-22 10:15' under the title (ISO); the text's 'مساء يوم الأحد' is 21 September, the "
                    'signing',
  'evidence': {'text': '2014-09-22 10:15'},
  'other_dates': [],
  'body_first': 'صنعاء - سيطر مسلحو جماعة أنصار الله',
  'body_last': 'وقال المتحدث باسم الجماعة محمد عبد السلام إن الاتفاق يمثل انتصاراً لإرادة الشعب اليمني، وإن الجماعة '
               'ستلتزم بتنفيذ بنوده، داعياً القوى السياسية إلى الشراكة في إدارة المرحلة المقبلة.',
  'first_shape': "a dateline-led lead ('صنعاء - ')",
  'last_shape': "a spokesman's statement right above '(انتهى)'",
  'short_lines': [],
  'edge_decoys': [{'text': '(انتهى)', 'kind': 'end-mark', 'side': 'after'},
                  {'text': 'المصدر: وكالة الأنباء العربية المستقلة (أ ع م)', 'kind': 'wire-credit', 'side': 'after'},
                  {'text': 'إعداد: منى العامري | تحرير: خالد الصبري', 'kind': 'wire-credit', 'side': 'after'}],
  'chrome_not_body': ['المسند نت',
                      'الرئيسية | أخبار محلية | عربي ودولي | تقارير | رياضة | منوعات',
                      'أخبار محلية',
                      '2014-09-22 10:15',
                      'شارك: فيسبوك | تويتر | واتساب',
                      'صورة: مسلحون حوثيون أمام أحد المباني الحكومية في صنعاء',
                      '(انتهى)',
                      'المصدر: وكالة الأنباء العربية المستقلة (أ ع م)',
                      'إعداد: منى العامري | تحرير: خالد الصبري',
                      'اقرأ أيضاً: بنود اتفاق السلم والشراكة الوطنية كما وزعها مكتب المبعوث الأممي',
                      'الوسوم: صنعاء | الحوثيون | هادي | بنعمر',
                      'جميع الحقوق محفوظة © 2014 المسند نت'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأحد', 'date': '2014-09-21'},
  'credits': [{'role': 'author', 'name': 'منى العامري'}, {'role': 'editor', 'name': 'خالد الصبري'}]},
 {'n': 5318,
  'language': 'ar',
  'situation': 6,
  'outlet': 'Iraqi analysis platform (منصة الجسر, invented): Kirkuk after the Kurdistan independence referendum',
  'title': 'ما بعد كركوك: كيف تبدد حلم الاستفتاء في ثلاثة أسابيع',
  'published': '2017-10-19',
  'published_note': "'الخميس 29 محرم 1439 هـ - 19 أكتوبر 2017 م' under the author's name (weekday, lunar Hijri "
                    "beside Gregorian D Egyptian month YYYY); comments 20 and 21 October (numeric D/M/Y); the text's "
                    "'يوم الاثنين' is 16 October, the entry into Kirkuk",
  'evidence': {'text': 'الخميس 29 محرم 1439 هـ - 19 أكتوبر 2017 م'},
  'order': 'dmy',
  'hijri': {'text': '29 محرم 1439 هـ', 'year': 1439, 'month': 1, 'day': 29},
  'other_dates': [{'text': '20/10/2017 - 09:30', 'date': '2017-10-20', 'role': 'comment'},
                  {'text': '21/10/2017 - 18:05', 'date': '2017-10-21', 'role': 'comment'}],
  'body_first': 'لم يكن أكثر المتشائمين في أربيل',
  'body_last': 'إن ما جرى في كركوك لا يغلق ملف العلاقة بين بغداد وأربيل، لكنه يعيده إلى طاولة الدستور والحوار بعد أن '
               'كاد يخرج منها. والأسابيع المقبلة ستكشف إن كان الطرفان قادرين على استثمار هذه اللحظة أم سيضيعانها كما '
               'ضاعت فرص كثيرة من قبل.',
  'first_shape': 'an ordinary analytical opening',
  'last_shape': "a concluding paragraph in the author's voice, followed by the bio",
  'short_lines': [],
  'edge_decoys': [{'text': 'سامر الجبوري كاتب وباحث عراقي متخصص في شؤون الحكم المحلي والمناطق المتنازع عليها، عمل '
                           'مراسلاً في كركوك والموصل، ويكتب بانتظام لمنصة الجسر.',
                   'kind': 'author-bio',
                   'side': 'after'},
                  {'text': 'الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة وجهة نظر منصة الجسر.',
                   'kind': 'disclaimer',
                   'side': 'after'}],
  'chrome_not_body': ['منصة الجسر',
                      'تحليلات | مقالات رأي | دراسات | حوارات | عن المنصة',
                      'تحليلات',
                      'سامر الجبوري',
                      'الخميس 29 محرم 1439 هـ - 19 أكتوبر 2017 م',
                      'سامر الجبوري كاتب وباحث عراقي متخصص في شؤون الحكم المحلي والمناطق المتنازع عليها، عمل مراسلاً '
                      'في كركوك والموصل، ويكتب بانتظام لمنصة الجسر.',
                      'الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة وجهة نظر منصة الجسر.',
                      'الوسوم: كركوك | إقليم كردستان | الاستفتاء | الحشد الشعبي',
                      'التعليقات (2)',
                      'آزاد كركوكي | 20/10/2017 - 09:30',
                      'علي الساعدي | 21/10/2017 - 18:05',
                      'أضف تعليقك',
                      'جميع الحقوق محفوظة © 2017 منصة الجسر للتحليل السياسي'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2017-10-16'},
  'comments_first': 'تحليل منصف، لكن الكاتب',
  'comment_authors': ['آزاد كركوكي', 'علي الساعدي'],
  'credits': [{'role': 'author', 'name': 'سامر الجبوري'}]},
 {'n': 5319,
  'language': 'ar',
  'situation': 7,
  'outlet': 'Gaza news network (شبكة المنطار الإخبارية, invented): Israeli forces seize the Rafah crossing',
  'title': 'دبابات الاحتلال تسيطر على معبر رفح وتغلق شريان المساعدات الوحيد للقطاع مع مصر',
  'published': '2024-05-07',
  'published_note': "'الثلاثاء 7 أيار/مايو 2024 - 12:40' under the byline (weekday, D Levantine/Egyptian month "
                    "YYYY); the text's 'يوم الاثنين' is 6 May, the evacuation order for eastern Rafah",
  'evidence': {'text': 'الثلاثاء 7 أيار/مايو 2024 - 12:40'},
  'other_dates': [],
  'body_first': 'سيطرت دبابات جيش الاحتلال الإسرائيلي على الجانب الفلسطيني',
  'body_last': 'ودعت الأمم المتحدة إلى إعادة فتح معبري رفح وكرم أبو سالم فوراً، مؤكدة أن مخزون الوقود في القطاع لا '
               'يكفي سوى لأيام قليلة، وأن أي هجوم واسع على رفح سيؤدي إلى سقوط أعداد كبيرة من الضحايا المدنيين.',
  'first_shape': 'an ordinary lead',
  'last_shape': 'a UN appeal right above the Telegram line',
  'short_lines': [],
  'edge_decoys': [{'text': 'تابعونا على قناتنا في تيليغرام لمتابعة آخر الأخبار العاجلة من غزة لحظة بلحظة، وانضموا '
                           'إلى مجتمع المنطار على واتساب.',
                   'kind': 'call-to-action',
                   'side': 'after'},
                  {'text': 'ادعم صحافتنا المستقلة: تبرعك مهما كان صغيراً يساعد مراسلينا في غزة على مواصلة العمل في '
                           'ظروف الحرب والحصار.',
                   'kind': 'donation-appeal',
                   'side': 'after'},
                  {'text': 'تبرع الآن', 'kind': 'donation-appeal', 'side': 'after'},
                  {'text': 'اشترك في نشرتنا البريدية ليصلك ملخص أهم الأخبار كل صباح.',
                   'kind': 'newsletter',
                   'side': 'after'}],
  'chrome_not_body': ['شبكة المنطار الإخبارية',
                      'الرئيسية | غزة | الضفة | القدس | الأسرى | تقارير | فيديو',
                      'غزة',
                      'رفح - محمد أبو عاصي',
                      'الثلاثاء 7 أيار/مايو 2024 - 12:40',
                      'شارك: واتساب | تيليغرام | فيسبوك',
                      'صورة: دبابة إسرائيلية عند بوابة معبر رفح في صورة نشرها جيش الاحتلال',
                      'تابعونا على قناتنا في تيليغرام لمتابعة آخر الأخبار العاجلة من غزة لحظة بلحظة، وانضموا إلى '
                      'مجتمع المنطار على واتساب.',
                      'ادعم صحافتنا المستقلة: تبرعك مهما كان صغيراً يساعد مراسلينا في غزة على مواصلة العمل في ظروف '
                      'الحرب والحصار.',
                      'تبرع الآن',
                      'اشترك في نشرتنا البريدية ليصلك ملخص أهم الأخبار كل صباح.',
                      'الوسوم: رفح | معبر رفح | الاحتلال | المساعدات',
                      'جميع الحقوق محفوظة © 2024 شبكة المنطار الإخبارية'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2024-05-06'},
  'credits': [{'role': 'author', 'name': 'محمد أبو عاصي'}]},
 {'n': 5320,
  'language': 'ar',
  'situation': 8,
  'outlet': 'Syrian opposition news site (زيتون الشام, invented): US missiles strike the Shayrat air base after Khan '
            'Shaykhun',
  'title': 'صواريخ أمريكية تضرب مطار الشعيرات رداً على مجزرة خان شيخون',
  'published': '2017-04-07',
  'published_note': "'2017/04/07 - 09:20' under the desk line (Y/M/D); the text's 'صباح يوم الثلاثاء' is 4 April, "
                    'the chemical attack on Khan Shaykhun',
  'evidence': {'text': '2017/04/07 - 09:20'},
  'other_dates': [],
  'body_first': 'استهدفت بوارج حربية أمريكية في البحر المتوسط',
  'body_last': 'وأفاد ناشطون بأن طائرات حربية أقلعت من مطار الشعيرات مجدداً بعد ساعات من الضربة، ونفذت غارات على '
               'بلدات في ريف حمص الشرقي وريف إدلب.',
  'first_shape': 'an ordinary lead',
  'last_shape': "a short report of new flights, then, with no label, another story's lead and its link line",
  'short_lines': [],
  'edge_decoys': [{'text': 'قال الدفاع المدني السوري إن فرقه انتشلت جثث عشرات المدنيين من أحياء مدينة خان شيخون، بعد '
                           'قصف بغازات سامة استهدف المدينة في ساعات الصباح الأولى، وسط عجز المستشفيات الميدانية عن '
                           'استيعاب المصابين.',
                   'kind': 'related-lead',
                   'side': 'after'},
                  {'text': 'مجزرة بالغازات السامة في خان شيخون تودي بحياة العشرات ← اقرأ المزيد',
                   'kind': 'related-link',
                   'side': 'after'}],
  'chrome_not_body': ['زيتون الشام',
                      'الرئيسية | أخبار سوريا | تقارير | حقوق الإنسان | رأي | منوعات',
                      'أخبار سوريا',
                      'حمص - فريق التحرير',
                      '2017/04/07 - 09:20',
                      'صورة: صورة وزعتها البحرية الأمريكية لإطلاق صاروخ توماهوك من إحدى المدمرتين',
                      'قال الدفاع المدني السوري إن فرقه انتشلت جثث عشرات المدنيين من أحياء مدينة خان شيخون، بعد قصف '
                      'بغازات سامة استهدف المدينة في ساعات الصباح الأولى، وسط عجز المستشفيات الميدانية عن استيعاب '
                      'المصابين.',
                      'مجزرة بالغازات السامة في خان شيخون تودي بحياة العشرات ← اقرأ المزيد',
                      'الوسوم: الشعيرات | خان شيخون | ترامب | الكيماوي',
                      'شارك: فيسبوك | تويتر | واتساب',
                      'جميع الحقوق محفوظة © 2017 زيتون الشام'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الثلاثاء', 'date': '2017-04-04'},
  'credits': []},
 {'n': 5321,
  'language': 'ar',
  'situation': 9,
  'outlet': "pan-Arab news channel's site (المدار 24, invented): Iran's ballistic missile attack on Israel",
  'title': 'إيران تطلق عشرات الصواريخ الباليستية على إسرائيل وصفارات الإنذار تدوي في تل أبيب والقدس',
  'published': '2024-10-01',
  'published_note': "'1 تشرين الأول/أكتوبر 2024 - 16:50 ت.غ' under the title (D Levantine/Egyptian month YYYY, GMT); "
                    "the updates in the text carry times only; comments 2 October; the text's 'يوم الجمعة' is 27 "
                    'September, the strike that killed Nasrallah',
  'evidence': {'text': '1 تشرين الأول/أكتوبر 2024 - 16:50 ت.غ'},
  'other_dates': [{'text': '2 تشرين الأول/أكتوبر 2024 - 08:40', 'date': '2024-10-02', 'role': 'comment'},
                  {'text': '2 تشرين الأول/أكتوبر 2024 - 11:05', 'date': '2024-10-02', 'role': 'comment'}],
  'body_first': 'أطلقت إيران وابلاً من الصواريخ الباليستية باتجاه إسرائيل',
  'body_last': 'تحديث 20:10 ت.غ: قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إيران ارتكبت خطأً كبيراً وستدفع '
               'ثمنه، فيما قال وزير الخارجية الإيراني عباس عراقجي إن عمل بلاده قد اكتمل ما لم تقرر إسرائيل استدعاء '
               'مزيد من الرد.',
  'first_shape': 'an ordinary lead',
  'last_shape': "the third 'تحديث hh:mm ت.غ:' paragraph, which is body",
  'short_lines': [],
  'edge_decoys': [{'text': 'تم تحديث هذا الخبر بإضافة تصريحات رئيس الوزراء الإسرائيلي ووزير الخارجية الإيراني '
                           'ومعلومات عن الضحايا.',
                   'kind': 'update-note',
                   'side': 'after'}],
  'chrome_not_body': ['المدار 24',
                      'مباشر | الأخبار | الشرق الأوسط | العالم | اقتصاد | برامج',
                      'الشرق الأوسط',
                      '1 تشرين الأول/أكتوبر 2024 - 16:50 ت.غ',
                      'فيديو | 00:58 | لحظة اعتراض صواريخ في سماء القدس',
                      'تم تحديث هذا الخبر بإضافة تصريحات رئيس الوزراء الإسرائيلي ووزير الخارجية الإيراني ومعلومات عن '
                      'الضحايا.',
                      'اقرأ أيضاً: ما هي الصواريخ التي تملكها إيران؟',
                      'الوسوم: إيران | إسرائيل | الحرس الثوري | صواريخ',
                      'التعليقات (2)',
                      'سامي الحداد | 2 تشرين الأول/أكتوبر 2024 - 08:40',
                      'نادين ك. | 2 تشرين الأول/أكتوبر 2024 - 11:05',
                      'جميع الحقوق محفوظة © 2024 المدار 24'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الجمعة', 'date': '2024-09-27'},
  'comments_first': 'المنطقة كلها على حافة حرب كبيرة',
  'comment_authors': ['سامي الحداد', 'نادين ك.'],
  'credits': []},
 {'n': 5322,
  'language': 'ar',
  'situation': 10,
  'outlet': 'Sudanese army-aligned media portal (منصة الكرامة, invented): the army retakes the Republican Palace in '
            'Khartoum',
  'title': 'القوات المسلحة تستعيد القصر الجمهوري وتطهر وسط الخرطوم من الميليشيا المتمردة',
  'published': '2025-03-22',
  'published_note': "'22.03.2025 | 10:15' under the title (numeric D.M.Y, day 22); the embedded post is dated 21 "
                    "مارس 2025 (the day before); the text's 'يوم الجمعة' is 21 March, the recapture",
  'evidence': {'text': '22.03.2025 | 10:15'},
  'order': 'dmy',
  'other_dates': [{'text': '21 مارس 2025', 'date': '2025-03-21', 'role': 'embed'}],
  'body_first': 'أكدت القوات المسلحة السودانية استعادة السيطرة الكاملة',
  'body_last': 'خلفية: اندلعت الحرب بين القوات المسلحة وميليشيا الدعم السريع في منتصف أبريل 2023، وسيطرت الميليشيا '
               'في أسابيعها الأولى على معظم أحياء الخرطوم، بما فيها القصر الجمهوري ومقار الوزارات، قبل أن يبدأ الجيش '
               'هجوماً واسعاً لاستعادة العاصمة في سبتمبر 2024.',
  'first_shape': 'an ordinary lead',
  'last_shape': "a 'خلفية:' paragraph, which is body",
  'short_lines': [],
  'edge_decoys': [{'text': 'تأكيد من مصادر ميدانية: وحدات من الجيش السوداني تتمركز داخل القصر الجمهوري بالخرطوم، '
                           'وتسمع أصوات اشتباكات متقطعة في محيط شارع النيل. #السودان #الخرطوم',
                   'kind': 'embedded-post',
                   'side': 'inside'},
                  {'text': '— مرصد النيل للنزاعات (@NileConflictObs) 21 مارس 2025',
                   'kind': 'embed-handle',
                   'side': 'inside'}],
  'chrome_not_body': ['منصة الكرامة',
                      'الإعلام المساند لمعركة الكرامة الوطنية',
                      'الرئيسية | الميدان | سياسة | بيانات القوات المسلحة | تقارير | فيديو',
                      'الميدان',
                      '22.03.2025 | 10:15',
                      'الخرطوم - المحرر العسكري',
                      'تأكيد من مصادر ميدانية: وحدات من الجيش السوداني تتمركز داخل القصر الجمهوري بالخرطوم، وتسمع '
                      'أصوات اشتباكات متقطعة في محيط شارع النيل. #السودان #الخرطوم',
                      '— مرصد النيل للنزاعات (@NileConflictObs) 21 مارس 2025',
                      'اقرأ أيضاً: القوات المسلحة تفك الحصار عن القيادة العامة بعد عشرين شهراً',
                      'الوسوم: القصر الجمهوري | الخرطوم | معركة الكرامة',
                      'شارك: فيسبوك | إكس | واتساب',
                      'جميع الحقوق محفوظة © 2025 منصة الكرامة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الجمعة', 'date': '2025-03-21'},
  'credits': []},
 {'n': 5323,
  'language': 'ar',
  'situation': 11,
  'outlet': "Syrian state-aligned television channel's site (قناة القلعة الفضائية, invented): the army command "
            'declares Aleppo secured after the evacuation of the eastern districts',
  'title': 'القيادة العامة للجيش تعلن عودة الأمن والأمان إلى مدينة حلب بعد خروج آخر الإرهابيين',
  'published': '2016-12-22',
  'published_note': "'22/12/2016 - 18:30' under the title (numeric D/M/Y, day 22); the text's 'يوم الأحد' is 18 "
                    'December, the resumed evacuation',
  'evidence': {'text': '22/12/2016 - 18:30'},
  'order': 'dmy',
  'other_dates': [],
  'body_first': 'أعلنت القيادة العامة للجيش والقوات المسلحة عودة الأمن',
  'body_last': 'وعمت الاحتفالات شوارع حلب الغربية، حيث خرج الأهالي إلى الساحات رافعين الأعلام الوطنية وصور الرئيس '
               'بشار الأسد، وسط إطلاق الألعاب النارية حتى ساعات متأخرة من المساء.',
  'first_shape': 'an ordinary lead right under four album captions',
  'last_shape': 'an ordinary closing paragraph',
  'short_lines': [],
  'edge_decoys': [{'text': 'ألبوم الصور 1 من 4: حافلات تقل المسلحين وعائلاتهم تغادر الأحياء الشرقية لمدينة حلب عبر '
                           'معبر الراموسة باتجاه ريف حلب الغربي.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'ألبوم الصور 2 من 4: أهالي حي الكلاسة يعودون لتفقد منازلهم بعد تحرير الحي من المجموعات '
                           'الإرهابية.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'ألبوم الصور 3 من 4: عناصر من الجيش العربي السوري يرفعون العلم الوطني في ساحة قلعة حلب '
                           'التاريخية.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'ألبوم الصور 4 من 4: ورش الهندسة تعمل على إزالة السواتر والعبوات الناسفة من شوارع الأحياء '
                           'الشرقية.',
                   'kind': 'gallery-caption',
                   'side': 'before'},
                  {'text': 'شاهد التقرير: جولة كاميرا القلعة في أحياء حلب الشرقية بعد تحريرها (04:35)',
                   'kind': 'video-line',
                   'side': 'after'},
                  {'text': '▶ تشغيل الفيديو | 04:35', 'kind': 'video-line', 'side': 'after'}],
  'chrome_not_body': ['قناة القلعة الفضائية',
                      'الرئيسية | أخبار محلية | عربي ودولي | برامج | صور | فيديو',
                      'أخبار محلية',
                      '22/12/2016 - 18:30',
                      'ألبوم الصور 1 من 4: حافلات تقل المسلحين وعائلاتهم تغادر الأحياء الشرقية لمدينة حلب عبر معبر '
                      'الراموسة باتجاه ريف حلب الغربي.',
                      'ألبوم الصور 2 من 4: أهالي حي الكلاسة يعودون لتفقد منازلهم بعد تحرير الحي من المجموعات '
                      'الإرهابية.',
                      'ألبوم الصور 3 من 4: عناصر من الجيش العربي السوري يرفعون العلم الوطني في ساحة قلعة حلب '
                      'التاريخية.',
                      'ألبوم الصور 4 من 4: ورش الهندسة تعمل على إزالة السواتر والعبوات الناسفة من شوارع الأحياء '
                      'الشرقية.',
                      'شاهد التقرير: جولة كاميرا القلعة في أحياء حلب الشرقية بعد تحريرها (04:35)',
                      '▶ تشغيل الفيديو | 04:35',
                      'اقرأ أيضاً: الجيش يبدأ إزالة الألغام من الأحياء الشرقية لحلب',
                      'الوسوم: حلب | الجيش العربي السوري | الأحياء الشرقية',
                      'شارك: فيسبوك | تويتر | تيليغرام',
                      'جميع الحقوق محفوظة © 2016 قناة القلعة الفضائية'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأحد', 'date': '2016-12-18'},
  'credits': []},
 {'n': 5324,
  'language': 'ar',
  'situation': 12,
  'outlet': "PMF-aligned Iraqi news site (راية المقاومة, invented): Iran's missile strike on the Ain al-Asad base",
  'title': 'الحرس الثوري يقصف قاعدة عين الأسد بالصواريخ ثأراً لقادة النصر',
  'published': '2020-01-08',
  'published_note': "'الأربعاء 13 جمادى الأولى 1441 هـ الموافق 8 كانون الثاني 2020 - 11:30' under the byline "
                    "(weekday, lunar Hijri, 'الموافق', D Levantine month YYYY); comments 9 January; the text's 'فجر "
                    "يوم الجمعة' is 3 January, the killing of Soleimani and al-Muhandis",
  'evidence': {'text': 'الأربعاء 13 جمادى الأولى 1441 هـ الموافق 8 كانون الثاني 2020 - 11:30'},
  'hijri': {'text': '13 جمادى الأولى 1441 هـ', 'year': 1441, 'month': 5, 'day': 13},
  'other_dates': [{'text': '9 كانون الثاني 2020 - 10:12', 'date': '2020-01-09', 'role': 'comment'},
                  {'text': '9 كانون الثاني 2020 - 16:48', 'date': '2020-01-09', 'role': 'comment'}],
  'body_first': 'الصواريخ الإيرانية تدك قاعدة عين الأسد الأمريكية غربي العراق.',
  'body_last': '«هذا أول الغيث، والقواعد الأمريكية لم تعد آمنة على أرض العراق»، قال أبو حسين الساعدي، أحد مقاتلي '
               'الحشد في بغداد.',
  'first_shape': 'a one-sentence lead of 9 words right under a 28-word caption and a 33-word deck',
  'last_shape': 'a one-line quotation with its attribution, then the tags and a comment policy',
  'short_lines': ['الصواريخ الإيرانية تدك قاعدة عين الأسد الأمريكية غربي العراق.'],
  'edge_decoys': [{'text': 'الحرس الثوري يعلن استهداف قاعدة عين الأسد في الأنبار وقاعدة أخرى في أربيل بعشرات '
                           'الصواريخ رداً على اغتيال الفريق قاسم سليماني والحاج أبي مهدي المهندس، وواشنطن تقول إنها '
                           'ما زالت تقيّم حجم الأضرار.',
                   'kind': 'deck',
                   'side': 'before'},
                  {'text': 'صورة نشرتها وسائل إعلام إيرانية تظهر لحظة إطلاق صاروخ باليستي من غرب إيران باتجاه قاعدة '
                           'عين الأسد الجوية في محافظة الأنبار غربي العراق في الساعات الأولى من الصباح.',
                   'kind': 'caption',
                   'side': 'before'},
                  {'text': 'الوسوم: عين الأسد | سليماني | المهندس | الحرس الثوري', 'kind': 'tags', 'side': 'after'},
                  {'text': 'سياسة التعليقات: نرحب بتعليقاتكم ونقاشاتكم، لكننا نحتفظ بحق حذف أي تعليق يتضمن إساءة أو '
                           'تحريضاً طائفياً أو خروجاً عن موضوع الخبر. التعليقات تعبر عن آراء أصحابها فقط.',
                   'kind': 'comment-policy',
                   'side': 'after'}],
  'chrome_not_body': ['راية المقاومة',
                      'الرئيسية | أخبار العراق | محور المقاومة | الحشد | مقالات | فيديو',
                      'أخبار العراق',
                      'بغداد - حيدر الكعبي',
                      'الأربعاء 13 جمادى الأولى 1441 هـ الموافق 8 كانون الثاني 2020 - 11:30',
                      'الحرس الثوري يعلن استهداف قاعدة عين الأسد في الأنبار وقاعدة أخرى في أربيل بعشرات الصواريخ '
                      'رداً على اغتيال الفريق قاسم سليماني والحاج أبي مهدي المهندس، وواشنطن تقول إنها ما زالت تقيّم '
                      'حجم الأضرار.',
                      'صورة نشرتها وسائل إعلام إيرانية تظهر لحظة إطلاق صاروخ باليستي من غرب إيران باتجاه قاعدة عين '
                      'الأسد الجوية في محافظة الأنبار غربي العراق في الساعات الأولى من الصباح.',
                      'الوسوم: عين الأسد | سليماني | المهندس | الحرس الثوري',
                      'سياسة التعليقات: نرحب بتعليقاتكم ونقاشاتكم، لكننا نحتفظ بحق حذف أي تعليق يتضمن إساءة أو '
                      'تحريضاً طائفياً أو خروجاً عن موضوع الخبر. التعليقات تعبر عن آراء أصحابها فقط.',
                      'التعليقات (2)',
                      'أم زينب البصرية | 9 كانون الثاني 2020 - 10:12',
                      'كرار الموسوي | 9 كانون الثاني 2020 - 16:48',
                      'جميع الحقوق محفوظة © 2020 راية المقاومة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الجمعة', 'date': '2020-01-03'},
  'comments_first': 'رحم الله الشهداء القادة',
  'comment_authors': ['أم زينب البصرية', 'كرار الموسوي'],
  'credits': [{'role': 'author', 'name': 'حيدر الكعبي'}]}]

# ---------------------------------------------------------------- what the scorer sees
def norm(s):
    """score_events.py's normalization, step by step, so that the checks see what the scorer sees."""
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
    """score_events.py --lang: Arabic when more than a third of the characters are Arabic script."""
    return "ar" if sum(1 for ch in text if "\u0600" <= ch <= "\u06ff") > len(text) / 3 else "en"


# ---------------------------------------------------------------- weekdays, relative-day words
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
           "الأحد": 6}
# English full names and three-letter forms as words; Arabic names also inside longer words, on purpose
# ("الأحداث" holds "الأحد" and is counted, so the pages avoid it in bodies).
DAY_RE = re.compile(r"\b(%s)\b|\b(%s)\b|(%s)" % ("|".join(EN_DAYS), "|".join(d[:3] for d in EN_DAYS),
                                                "|".join(AR_DAYS)))
RELATIVE_RE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b|اليوم|البارحة|"
                         r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)


def day_names(text):
    """[(weekday index), ...] for every weekday name in text."""
    out = []
    for full, short, ar in DAY_RE.findall(text):
        if full:
            out.append(EN_DAYS.index(full))
        elif short:
            out.append([d[:3] for d in EN_DAYS].index(short))
        else:
            out.append(AR_DAYS[ar])
    return out


# ---------------------------------------------------------------- Gregorian dates
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
             "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
             "dec": 12}
AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
             "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2,
             "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10,
             "تشرين الثاني": 11, "كانون الأول": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6,
             "جويلية": 7, "أوت": 8}
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                "رمضان", "شوال", "ذو القعدة", "ذو الحجة")


def _names(names):
    return "|".join(sorted(names, key=len, reverse=True))


_ENM, _ARM = _names(EN_MONTHS), _names(AR_MONTHS)
_ENM_CAP = _names({m.capitalize() for m in EN_MONTHS} | {m.upper() for m in EN_MONTHS})
FULL_PATTERNS = [  # (regex, function of the groups -> (y, m, d)); applied in order, each match blanked out
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), lambda g: (g[0], g[1], g[2])),
    (re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"), lambda g: (g[0], g[1], g[2])),
    (re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])"), "numeric"),
    (re.compile(r"\b(\d{1,2})\s+(%s)\b\.?,?\s+(\d{4})\b" % _ENM, re.I),
     lambda g: (g[2], EN_MONTHS[g[1].lower()], g[0])),
    (re.compile(r"\b(%s)\b\.?\s+(\d{1,2}),?\s+(\d{4})\b" % _ENM, re.I),
     lambda g: (g[2], EN_MONTHS[g[0].lower()], g[1])),
    (re.compile(r"(?<!\d)(\d{1,2})\s+(%s)(?:\s*/\s*(%s))?\s*,?\s*(\d{4})(?!\d)" % (_ARM, _ARM)), "arabic"),
]
PARTIAL_PATTERNS = [  # day and month without a year; English months capitalised ("may" the verb is none)
    (re.compile(r"\b(%s)\b\.?\s+(\d{1,2})(?![\d:])" % _ENM_CAP), lambda g: (EN_MONTHS[g[0].lower()], g[1])),
    (re.compile(r"(?<![\d:])\b(\d{1,2})\s+(%s)\b" % _ENM_CAP), lambda g: (EN_MONTHS[g[1].lower()], g[0])),
    (re.compile(r"(?<![\d:])(\d{1,2})\s+(%s)(?![\u0600-\u06FF])" % _ARM), lambda g: (AR_MONTHS[g[1]], g[0])),
]


def to_western(s):
    return s.translate({**{0x0660 + k: str(k) for k in range(10)}, **{0x06F0 + k: str(k) for k in range(10)}})


def find_dates(text, order=None):
    """(full, partial): the ISO days text names with a year, and the (month, day) pairs it names without
    one. ValueError on an impossible day, on two Arabic month names that disagree ('أيار/مايو' must be
    one month), and on a numeric D/M/Y date without the page order 'dmy' or with a day not above 12."""
    t = to_western(text)
    full, partial = set(), set()
    for rx, how in FULL_PATTERNS:
        for g in rx.findall(t):
            if how == "numeric":
                a, b, y = int(g[0]), int(g[2]), g[3]
                if order != "dmy":
                    raise ValueError(f"numeric date {g[0]}{g[1]}{g[2]}{g[1]}{y} needs the page order 'dmy'")
                if a <= 12 or b > 12:
                    raise ValueError(f"numeric date {g[0]}{g[1]}{g[2]}{g[1]}{y}: the day is not above 12")
                ymd = (y, b, a)
            elif how == "arabic":
                if g[2] and AR_MONTHS[g[2]] != AR_MONTHS[g[1]]:
                    raise ValueError(f"month names {g[1]!r} and {g[2]!r} disagree")
                ymd = (g[3], AR_MONTHS[g[1]], g[0])
            else:
                ymd = how(g)
            full.add(datetime.date(int(ymd[0]), int(ymd[1]), int(ymd[2])).isoformat())
        t = rx.sub(" ", t)
    for rx, how in PARTIAL_PATTERNS:
        for g in rx.findall(t):
            m, d = how(g)
            datetime.date(2000, int(m), int(d))  # 2000 is a leap year
            partial.add((int(m), int(d)))
        t = rx.sub(" ", t)
    return full, partial


def names_exactly(text, want, order, complain, what):
    """text names the day want (ISO) in full and nothing else; a weekday in it falls on that day."""
    try:
        full, partial = find_dates(text, order)
    except ValueError as e:
        complain(f"{what} {text!r}: {e}")
        return
    if full != {want} or partial:
        complain(f"{what} {text!r} names {sorted(full)} {sorted(partial)}, want {want}")
    wd = set(day_names(text))
    if wd and wd != {datetime.date.fromisoformat(want).weekday()}:
        complain(f"{what} {text!r}: the weekday does not fall on {want}")


# ---------------------------------------------------------------- lunar Hijri, asked of the JDK
JAVA_SRC = """import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
public class HijriT53 {
    public static void main(String[] args) {
        for (String a : args) {
            HijrahDate h = HijrahDate.from(LocalDate.parse(a));
            System.out.println(a + " " + h.get(ChronoField.YEAR) + " " + h.get(ChronoField.MONTH_OF_YEAR) + " "
                    + h.get(ChronoField.DAY_OF_MONTH) + " " + h.getChronology().getCalendarType());
        }
    }
}
"""


def ask_java(days, problems):
    """{ISO day: (year, month, day, calendar type)} from java.time.chrono.HijrahDate: the one-class
    program above, written to a temporary folder and run with `java` (source-file mode)."""
    java = shutil.which("java")
    if not java:
        problems.append("no java on PATH: the Hijri dates cannot be checked, so no gold is written")
        return {}
    tmp = tempfile.mkdtemp(prefix="t53-hijri-")
    try:
        src = os.path.join(tmp, "HijriT53.java")
        with open(src, "w", encoding="utf-8") as f:
            f.write(JAVA_SRC)
        r = subprocess.run([java, src] + sorted(days), capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            problems.append("java failed: " + r.stderr.strip()[:300])
            return {}
        out = {}
        for line in r.stdout.splitlines():
            p = line.split()
            if len(p) == 5:
                out[p[0]] = (int(p[1]), int(p[2]), int(p[3]), p[4])
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def read_hijri(text):
    """(year, month, day) from '29 محرم 1439 هـ', else None."""
    t = to_western(text)
    for k, name in enumerate(HIJRI_MONTHS):
        m = re.fullmatch(r"(\d{1,2}) " + re.escape(name) + r" (\d{4}) هـ", t)
        if m:
            return int(m.group(2)), k + 1, int(m.group(1))
    return None


# ---------------------------------------------------------------- reading a page
LATER = {"comment", "update", "crawl"}   # dates after publication
EARLIER = {"embed"}                      # dates before publication (an embedded post)
CREDIT_ROLES = {"author", "editor", "translator"}


def gold_strings(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"], doc["evidence"]["text"]]
    out += [d["text"] for d in doc["edge_decoys"]] + doc["chrome_not_body"] + doc["unlisted"] + doc["short_lines"]
    out += [d["text"] for d in doc["other_dates"]] + [c["name"] for c in doc["credits"]]
    out += doc.get("comment_authors", []) + ([doc["comments_first"]] if "comments_first" in doc else [])
    if "hijri" in doc:
        out.append(doc["hijri"]["text"])
    return out


def read_page(doc, complain):
    n = doc["n"]
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        complain(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"53\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        complain(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\t\u00a0"):
        complain("carriage return, form feed, tab or no-break space in the page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        complain("the page must end with exactly one newline")
    if not 300 <= len(raw.split()) <= 900:
        complain(f"the page has {len(raw.split())} words")
    rows = raw[:-1].split("\n")
    if any(r != r.strip() for r in rows):
        complain("a line has leading or trailing spaces")
    if (LAYOUT[n] == "blank") != ("\n\n" in raw.strip("\n")):
        complain(f"layout {LAYOUT[n]} but blank lines {'missing' if LAYOUT[n] == 'blank' else 'found'}")
    for s in gold_strings(doc):
        if not s or "\n" in s or s != s.strip():
            complain(f"gold string empty, multi-line or with outer spaces: {s[:40]!r}")
        elif s not in raw:
            complain(f"gold string not verbatim in the page: {s[:40]!r}")
    where = [k for k, r in enumerate(rows) if r.strip()]
    return name, raw, [rows[k] for k in where], where


# ---------------------------------------------------------------- the page: title, body, chrome
def check_page(doc, problems):
    n = doc["n"]

    def complain(msg):
        problems.append(f"{n}: {msg}")
    got = read_page(doc, complain)
    if not got:
        return None
    name, raw, lines, where = got
    chrome, unlisted = doc["chrome_not_body"], doc["unlisted"]
    cset = set(chrome)
    if len(cset) != len(chrome):
        complain("a chrome line is listed twice")
    for c in chrome + unlisted:
        if c not in lines:
            complain(f"chrome / unlisted entry is not a whole line: {c[:50]!r}")
    if set(unlisted) & cset:
        complain("a line is both chrome and unlisted")
    if lines.count(doc["title"]) != 1 or doc["title"] in cset:
        complain("the title is not exactly one whole line, or it is listed as chrome")
        return None
    t = lines.index(doc["title"])
    firsts = [k for k, l in enumerate(lines) if l.startswith(doc["body_first"])]
    if len(firsts) != 1 or lines.count(doc["body_last"]) != 1:
        complain("body_first is not the prefix of exactly one line, or body_last not exactly one whole line")
        return None
    i, j = firsts[0], lines.index(doc["body_last"])
    if not t < i <= j:
        complain("the title, body_first and body_last are not in this order")
        return None
    if lines[i] in cset or lines[j] in cset or lines[i] in unlisted or lines[j] in unlisted:
        complain("a body edge is listed as chrome or unlisted")
    body_idx = [k for k in range(i, j + 1) if lines[k] not in cset and lines[k] not in unlisted]
    paras = [lines[k] for k in body_idx]
    for s in doc["short_lines"]:
        if s not in (lines[i], lines[j]):
            complain(f"a short line that is not a body edge: {s[:40]!r}")
    for p in paras:
        if " | " in p or (len(p.split()) < 18 and p not in doc["short_lines"]):
            complain(f"short or piped line in the body span that is neither chrome nor a listed short line: {p[:60]!r}")
    dl = doc["situation"] == 4
    if LAYOUT[n] == "blank":
        for a in range(i, j):
            gap = where[a + 1] - where[a]
            if dl and a == i:
                if gap != 1:
                    complain("the dateline line and the lead must stand on adjacent lines")
            elif (a in body_idx or a + 1 in body_idx) and gap < 2:
                complain(f"no blank line between {lines[a][:30]!r} and {lines[a + 1][:30]!r}")
        if i > 0 and where[i] - where[i - 1] < 2 or j + 1 < len(lines) and where[j + 1] - where[j] < 2:
            complain("no blank line before the body or after it")
    body = " ".join(paras)
    words = len(body.split())
    if not 5 <= len(paras) <= 10:
        complain(f"{len(paras)} body paragraphs")
    if not 250 <= words <= 600:
        complain(f"{words} body words")
    nb = norm(body)
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            complain(f"chrome occurs inside the normalized body (list it as unlisted): {c[:50]!r}")
    for u in unlisted:
        if norm(u) not in nb:
            complain(f"unlisted line {u!r} is not inside the normalized body: list it as chrome")
    if norm(doc["title"]) in nb:
        complain("the title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        complain("body_first / body_last are not in the normalized body")
    c_texts = check_comments(doc, lines, j, cset, nb, complain)
    for k, l in enumerate(lines):
        if not (k == t or k in body_idx or l in cset or l in unlisted or k in c_texts):
            complain(f"line {k} is neither title, body, chrome, unlisted nor a comment text: {l[:60]!r}")
    for c in doc["credits"]:
        if c["role"] not in CREDIT_ROLES:
            complain(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[k] and lines[k] in cset for k in range(len(lines)) if not i <= k <= j):
            complain(f"credit {c['name']!r} is not on a chrome line outside the body span")
        if norm(c["name"]) in nb:
            complain(f"credit {c['name']!r} occurs inside the body")
    ctx = {"name": name, "raw": raw, "lines": lines, "where": where, "t": t, "i": i, "j": j,
           "body_idx": body_idx, "body": body, "nb": nb, "cset": cset, "c_texts": c_texts,
           "stats": (len(paras), words, len(raw.split()), len(lines), len(raw.split("\n")) - 1)}
    check_edges(doc, ctx, complain)
    return ctx


def check_comments(doc, lines, j, cset, nb, complain):
    """Returns the indices of the comment texts (the lines right after each author's line)."""
    if "comments_first" not in doc:
        if "comment_authors" in doc:
            complain("comment_authors without comments_first")
        return set()
    authors = doc.get("comment_authors", [])
    if len(authors) < 2:
        complain("fewer than two comment authors")
    texts = []
    for a in authors:
        ks = [k for k in range(j + 1, len(lines)) if lines[k].startswith(a + " | ") and lines[k] in cset]
        if len(ks) != 1 or ks[0] + 1 >= len(lines) or lines[ks[0] + 1] in cset:
            complain(f"comment author {a!r}: not one chrome line 'author | stamp' followed by a comment text")
        else:
            texts.append(ks[0] + 1)
        if norm(a) in nb:
            complain(f"comment author occurs inside the body: {a!r}")
    starts = [k for k in range(j + 1, len(lines)) if lines[k].startswith(doc["comments_first"])]
    if len(starts) != 1 or not texts or starts[0] != min(texts):
        complain("comments_first is not the prefix of the first comment text")
    if norm(doc["comments_first"]) in nb:
        complain("comments_first occurs inside the body")
    return set(texts)


def check_edges(doc, ctx, complain):
    """The theme lines: each edge decoy is a whole chrome line of a known kind on its side of the body,
    prose kinds with 8+ words; a decoy stands next to the body's first line (and to its last line when
    the situation has an 'after' part), at most two lines away."""
    lines, i, j, cset = ctx["lines"], ctx["i"], ctx["j"], ctx["cset"]
    at = {}
    for d in doc["edge_decoys"]:
        kind, side, text = d["kind"], d["side"], d["text"]
        if kind not in EDGE_KINDS or side not in ("before", "after", "inside"):
            complain(f"edge decoy of unknown kind or side: {kind!r} {side!r}")
            continue
        if text not in cset or lines.count(text) != 1:
            complain(f"edge decoy is not one whole chrome line: {text[:50]!r}")
            continue
        k = lines.index(text)
        at[k] = d
        if side == "before" and not ctx["t"] < k < i or side == "after" and not k > j \
                or side == "inside" and not i < k < j:
            complain(f"edge decoy not on its side ({side}) of the body: {text[:50]!r}")
        if len(text.split()) < EDGE_KINDS[kind]:
            complain(f"edge decoy of kind {kind} has fewer than {EDGE_KINDS[kind]} words: {text[:50]!r}")
    if doc["situation"] in BEFORE and not any(d["side"] == "before" for d in doc["edge_decoys"]):
        complain("a situation with a 'before' part has no edge decoy before the body")
    if doc["situation"] == 10 and not any(d["side"] == "inside" for d in doc["edge_decoys"]):
        complain("situation 10 has no edge decoy inside the body span")
    near_before = [k for k in at if at[k]["side"] == "before" and i - 3 <= k < i]
    if any(d["side"] == "before" for d in doc["edge_decoys"]) and not near_before:
        complain("no edge decoy within two lines above body_first")
    if doc["situation"] in AFTER and not [k for k in at if at[k]["side"] == "after" and j < k <= j + 3]:
        complain("no edge decoy within two lines below body_last")


# ---------------------------------------------------------------- dates, weekdays, language
def line_of(lines, text):
    ks = [k for k, l in enumerate(lines) if text in l]
    return ks[0] if len(ks) == 1 else -1


def check_dates(doc, problems, hijri, ctx):
    n, lines, cset, body_idx = doc["n"], ctx["lines"], ctx["cset"], set(ctx["body_idx"])

    def complain(msg):
        problems.append(f"{n}: {msg}")
    pub, order, ev, h = doc["published"], doc.get("order"), doc["evidence"]["text"], doc.get("hijri")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub or ""):
        complain("published is not an ISO day")
        return None
    pday = datetime.date.fromisoformat(pub)
    if not doc.get("published_note"):
        complain("published_note is missing")
    if ctx["raw"].count(ev) != 1:
        complain(f"the evidence occurs {ctx['raw'].count(ev)} times")
    k_ev = line_of(lines, ev)
    if k_ev < 0 or k_ev in body_idx or lines[k_ev] not in cset:
        complain("the evidence is not on one chrome line outside the body")
    names_exactly(ev.replace(h["text"], " ") if h else ev, pub, order, complain, "evidence")
    if h:
        if read_hijri(h["text"]) != (h["year"], h["month"], h["day"]):
            complain(f"the Hijri text {h['text']!r} does not read {h['year']}-{h['month']}-{h['day']}")
        if h["text"] not in ev:
            complain("the Hijri date is not inside the evidence")
        if hijri.get(pub) != (h["year"], h["month"], h["day"], "islamic-umalqura"):
            complain(f"Hijri {h['year']}-{h['month']}-{h['day']} but HijrahDate gives {hijri.get(pub)} for {pub}")
    allowed = {pub}
    for d in doc["other_dates"]:
        role = d.get("role")
        if role not in LATER | EARLIER:
            complain(f"other date {d['text']!r}: unknown role {role!r}")
            continue
        names_exactly(d["text"], d["date"], order, complain, "other date")
        if role in LATER and not d["date"] > pub or role in EARLIER and not d["date"] < pub:
            complain(f"other date {d['text']!r} ({role}) is on the wrong side of the publication day")
        k = line_of(lines, d["text"])
        if k < 0 or k in body_idx or lines[k] not in cset:
            complain(f"other date {d['text']!r} is not on one chrome line outside the body")
        allowed.add(d["date"])
    named_pub = []
    for k, l in enumerate(lines):
        try:
            full, partial = find_dates(l.replace(h["text"], " ") if h else l, order)
        except ValueError as e:
            complain(f"page line {k}: {e}")
            continue
        if full - allowed:
            complain(f"stray date {sorted(full - allowed)} on line {k}: {l[:60]!r}")
        if partial and not (doc["situation"] == 4 and k == ctx["i"] and partial == {(pday.month, pday.day)}):
            complain(f"date without a year {sorted(partial)} on line {k}: {l[:60]!r}")
        if pub in full:
            named_pub.append(k)
    if named_pub != [k_ev]:
        complain(f"the publication day is named in full on lines {named_pub}, want only the evidence line {k_ev}")
    check_relative(doc, ctx, complain)
    if scorer_lang(doc["body_first"]) != doc["language"] or scorer_lang(doc["title"]) != doc["language"]:
        complain(f"language {doc['language']} disagrees with score_events.py --lang on body_first or the title")
    return k_ev


def check_relative(doc, ctx, complain):
    rel, pub = doc["relative"], datetime.date.fromisoformat(doc["published"])
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (pub - rd).days <= 7:
        complain(f"the relative date {rd} is {(pub - rd).days} days before {pub}")
    if day_names(rel["phrase"]) != [rd.weekday()]:
        complain(f"the phrase {rel['phrase']!r} does not name the weekday of {rd}")
    if ctx["body"].count(rel["phrase"]) != 1 or len(day_names(ctx["body"])) != 1:
        complain("the relative phrase is not the body's one and only weekday name")
    for k, l in enumerate(ctx["lines"]):
        if RELATIVE_RE.search(l):
            complain(f"relative-day word on line {k}: {l[:60]!r}")
        if k not in ctx["body_idx"] and day_names(l) and l not in ctx["cset"]:
            complain(f"weekday name on a line that is neither body nor chrome: {l[:60]!r}")


# ---------------------------------------------------------------- situations
def check_situation(doc, ctx, problems):
    n, k = doc["n"], doc["situation"]
    L, t, i, j, cset = ctx["lines"], ctx["t"], ctx["i"], ctx["j"], ctx["cset"]
    ar = doc["language"] == "ar"

    def complain(msg):
        problems.append(f"{n}: situation {k}: {msg}")

    def wc(s):
        return len(s.split())

    def at(x):
        return L[x] if 0 <= x < len(L) else ""

    def chrome_at(x):
        return at(x) in cset

    if k != (n - 5300 if n <= 5312 else n - 5312) or doc["language"] != ("en" if n <= 5312 else "ar"):
        complain("the page number does not match the situation or the language")
    above, below = range(t + 1, i), range(j + 1, len(L))
    if k == 1:
        heads = [x for x in above if L[x] in ("Key points", "Summary", "أبرز النقاط", "ملخص")]
        if len(heads) != 1 or heads[0] != i - 4 or not all(
                L[x].startswith("• ") and wc(L[x]) >= 10 and L[x].endswith(".") and chrome_at(x)
                for x in range(i - 3, i)):
            complain("want a box header, then exactly three full-sentence bullets right above body_first")
    elif k == 2:
        note = [x for x in above if L[x].startswith(("Editor's note:", "تنويه:")) and wc(L[x]) >= 12]
        corr = [x for x in below if L[x].startswith(("Correction:", "تصحيح:"))
                and ("earlier version" in L[x] or "نسخة سابقة" in L[x])]
        if len(note) != 1 or note[0] != i - 1 or len(corr) != 1 or corr[0] != j + 1:
            complain("want the editor's note right above body_first and the correction right below body_last")
    elif k == 3:
        listen = [x for x in above if re.match(r"(Listen to this article|استمع إلى المقال)", L[x])
                  and re.search(r"\d.*(min|دقائق)", to_western(L[x]))]
        label = [x for x in above if L[x] in ("In brief", "باختصار", "AI summary")]
        ok = len(listen) == 1 and len(label) == 1 and listen[0] < label[0] == i - 3 and wc(L[i - 2]) >= 25 \
            and re.search(r"\bAI\b|الذكاء الاصطناعي", L[i - 1]) and chrome_at(i - 1) and chrome_at(i - 2)
        if not ok:
            complain("want a listen line with a duration, then the summary label, the summary and the AI note")
    elif k == 4:
        dl = re.fullmatch(r"[A-Z][A-Z/ ]+, [A-Z][a-z]+ \d{1,2} \([A-Za-z ]+\) -", L[i]) if not ar else \
            re.fullmatch(r"[\u0600-\u06FF ]+ \([\u0600-\u06FF ]+\) -", L[i])
        deck = [x for x in above if chrome_at(x) and wc(L[x]) >= 20 and L[x].endswith(".")]
        if not dl or doc["body_first"] != L[i] or i + 1 not in ctx["body_idx"] or wc(at(i + 1)) < 18 \
                or len(deck) != 1 or deck[0] < i - 3:
            complain("want a sentence deck within three lines above a dateline line that is the whole body_first")
    elif k == 5:
        if not ar:
            need = [r"^Reporting by .*; Editing by ", r"^\(Writing by .*\)$", r"^Our Standards: ", r"^-- Ends --$"]
        else:
            need = [r"^\(انتهى\)$", r"^المصدر: وكالة .*\([\u0600-\u06FF ]+\)$", r"تحرير: "]
        found = [[x for x in below if re.search(p, L[x]) and chrome_at(x)] for p in need]
        if not all(len(f) == 1 and f[0] <= j + 5 for f in found) or found[0][0] != j + 1 \
                or not any(c["role"] == "editor" for c in doc["credits"]):
            complain("want the credit, standards and end lines right after body_last, and an editor credited")
    elif k == 6:
        author = [c["name"] for c in doc["credits"] if c["role"] == "author"]
        if len(author) != 1 or not at(j + 1).startswith(author[0] + " ") or wc(at(j + 1)) < 20 \
                or not re.search(r"views expressed|الآراء الواردة", at(j + 2)):
            complain("want the author's bio right after body_last, then the views disclaimer")
    elif k == 7:
        cta = re.search(r"Telegram|تيليغرام", at(j + 1)) and wc(at(j + 1)) >= 12
        give = [x for x in below if re.search(r"^Support |^ادعم |Donate|تبرع", L[x]) and x <= j + 4]
        news = [x for x in below if re.search(r"newsletter|نشرتنا البريدية|النشرة البريدية", L[x]) and x <= j + 5]
        if not (cta and give and news):
            complain("want a Telegram call to action right after body_last, a donation appeal and a newsletter prompt")
    elif k == 8:
        lead = j + 2 if at(j + 1) == "MORE ON THIS STORY" else j + 1
        if ar and lead != j + 1 or not ar and lead != j + 2:
            complain("want a 'MORE ON THIS STORY' label (English) / no label (Arabic) right after body_last")
        if wc(at(lead)) < 20 or not at(lead).endswith(".") or not chrome_at(lead) \
                or not re.search(r"(Read|اقرأ).*(›|←)|(›|←).*(Read|اقرأ)", at(lead + 1)):
            complain("want another story's lead (a sentence of 20+ words) and then its link line")
    elif k == 9:
        rx = r"UPDATE \d\d:\d\d GMT: " if not ar else r"تحديث \d\d:\d\d ت\.غ: "
        ups = [x for x in ctx["body_idx"] if re.match(rx, L[x])]
        if len(ups) < 2 or ups[-1] != j or not re.match(r"This story has been updated|تم تحديث هذا الخبر", at(j + 1)):
            complain("want 2+ update paragraphs in the body, the last one body_last, then the 'updated' note")
    elif k == 10:
        embeds = [d["date"] for d in doc["other_dates"] if d["role"] == "embed"]
        handle = [x for x in range(i + 1, j) if re.match(r"— .+ \(@\w+\) ", L[x]) and chrome_at(x)]
        ok = len(handle) == 1 and chrome_at(handle[0] - 1) and wc(L[handle[0] - 1]) >= 15 and len(embeds) == 1
        if ok:
            full, _ = find_dates(L[handle[0]], doc.get("order"))
            ok = full == set(embeds)
        if not ok or not re.match(r"Background: |خلفية: ", L[j]):
            complain("want an embedded post and its dated handle line inside the span, and a 'Background:' last paragraph")
    elif k == 11:
        caps = [x for x in range(i - 4, i) if chrome_at(x) and wc(L[x]) >= 10 and L[x].endswith(".")
                and re.match(r"Photo gallery \(\d/\d\)|ألبوم الصور \d من \d", L[x])]
        if len(caps) != 4 or not re.match(r"Watch|شاهد", at(j + 1)) or not re.search(r"\d:\d\d", at(j + 1)):
            complain("want four gallery captions right above body_first and a watch line with a duration right after body_last")
    elif k == 12:
        ok = 8 <= wc(L[i]) <= 12 and chrome_at(i - 1) and chrome_at(i - 2) and wc(L[i - 1]) >= 25 \
            and wc(L[i - 2]) >= 25 and L[j][0] in "\"«“" and re.match(r"Tags: |الوسوم: ", at(j + 1)) \
            and re.search(r"[Cc]omments|التعليقات", at(j + 2)) and wc(at(j + 2)) >= 20
        if not ok:
            complain("want an 8-12-word lead under a long caption and deck, a quotation last, tags and a comment policy")


# ---------------------------------------------------------------- synthetic output and main
def synth(out_dir, variant, ctxs):
    """DIR/documents.jsonl built from the gold itself, for score_events.py. Variants: gold (the gold
    title and day, body = the span's body lines, comments, credits); span (the whole span as body, chrome
    inside it kept); page (the whole page as body); wide (the span widened to the nearest edge decoy on
    each side, as a tool that takes sentence-like neighbours for text would); narrow (the body without
    its first and last lines, as a tool that drops a dateline, a short lead or a quotation would).
    Never inside the repository."""
    out_dir = os.path.abspath(out_dir)
    if out_dir == REPO or out_dir.startswith(REPO + os.sep):
        print(f"refusing to write synthetic output inside {REPO}", file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "documents.jsonl"), "w", encoding="utf-8") as f:
        for doc in DOCS:
            c = ctxs[doc["n"]]
            L, i, j = c["lines"], c["i"], c["j"]
            keep = c["body_idx"]
            if variant == "span":
                keep = list(range(i, j + 1))
            elif variant == "page":
                keep = list(range(len(L)))
            elif variant == "wide":
                pos = [L.index(d["text"]) for d in doc["edge_decoys"]]
                lo = max([p for p in pos if p < i], default=i)
                hi = min([p for p in pos if p > j], default=j)
                keep = sorted(set(range(lo, i)) | set(c["body_idx"]) | set(range(j + 1, hi + 1)))
            elif variant == "narrow":
                keep = c["body_idx"][1:-1]
            body = "\n".join(L[k] for k in keep)
            comments = [{"author": a, "text": doc["comments_first"] if k == 0 else "", "start": None, "end": None,
                         "reply_to": None} for k, a in enumerate(doc.get("comment_authors", []))]
            rec = {"doc_id": f"t53-synth-{doc['n']}", "input": c["name"], "language": doc["language"],
                   "title": doc["title"],
                   "published": {"value": doc["published"], "precision": "day", "basis": "page",
                                 "evidence": doc["evidence"]["text"]},
                   "credits": doc["credits"], "text": c["raw"], "body": {"text": body, "paragraphs": []},
                   "comments": comments}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} synthetic documents ({variant}) to {out_dir}/documents.jsonl")
    return 0


KEYS = ("language", "situation", "outlet", "title", "published", "published_note", "evidence", "order", "hijri",
        "other_dates", "body_first", "body_last", "first_shape", "last_shape", "edge_decoys", "chrome_not_body",
        "relative", "comments_first", "comment_authors", "credits")


def main(argv):
    problems, out, ctxs = [], [], {}
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        problems.append(f"expected documents {FIRST}-{LAST} in order")
    hijri = ask_java({d["published"] for d in DOCS if "hijri" in d}, problems)
    for doc in DOCS:
        ctx = check_page(doc, problems)
        if not ctx:
            continue
        if check_dates(doc, problems, hijri, ctx) is not None:
            check_situation(doc, ctx, problems)
        ctxs[doc["n"]] = ctx
        print("%d (%s, situation %2d): %d paragraphs, %d body words, %d page words, %d non-empty lines (%d lines)"
              % ((doc["n"], LAYOUT[doc["n"]], doc["situation"]) + ctx["stats"]))
        rec = {"file": ctx["name"]}
        rec.update({k: doc[k] for k in KEYS if k in doc})
        rec["events"] = []
        out.append(rec)
    if len(glob.glob(os.path.join(HERE, "*.txt"))) != 24:
        problems.append("expected exactly 24 pages in the folder")
    for lang in ("en", "ar"):
        if sum(1 for d in DOCS if d["language"] == lang) != 12:
            problems.append(f"expected 12 {lang} documents")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        return 1
    if "--synth" in argv:
        variant = argv[argv.index("--variant") + 1] if "--variant" in argv else "gold"
        if variant not in ("gold", "span", "page", "wide", "narrow"):
            print(f"unknown variant {variant!r}", file=sys.stderr)
            return 2
        return synth(argv[argv.index("--synth") + 1], variant, ctxs)
    if "--check" in argv:
        print("all checks passed")
        return 0
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(GOLD, encoding="utf-8") as f:
        back = json.load(f)
    if back != json.loads(json.dumps({"about": ABOUT, "documents": out}, ensure_ascii=False)):
        print("the json did not load back as written", file=sys.stderr)
        return 1
    print(f"wrote {os.path.basename(GOLD)} ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
