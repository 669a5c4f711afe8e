#!/usr/bin/env python3
"""Build and check transfer-52.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py                  checks, then writes transfer-52.gold.json beside this script
       python3 make_gold.py --check          checks only, writes nothing
       python3 make_gold.py --synth DIR [--variant gold|span|page|decoy|first-line|title-half]
                                             checks, then writes DIR/documents.jsonl built from the gold
                                             itself, for score_events.py (DIR must lie outside the repo)

Theme: THE HEADLINE AMONG HEADLINE-LIKE LINES. Every page is a crawler's flattened text (one block per
line, no wrapping) of an ordinary news article page (templates of 2019-2026) on which several lines
above or near the body look like a title; exactly one of them is the article's headline, the gold
title. Twelve situations (SITUATIONS), each once per language: 52NN English and 52NN+12 Arabic, with
different stories and invented outlets. LAYOUT: `blank` pages have a blank line around every line of
the body span; `lines` pages have no blank line anywhere.

Written for this set by the t52 annotator. The per-page data (DOCS) were typed by hand in a scratch
spec outside the repository; the chrome lists were then filled in by a scratch script from the
decisions per page (title line, body edges, the chrome lines inside the body span, comment texts,
unlisted lines) and read through. Keys per document: n, language, situation, outlet, title,
title_lines (5207, 5219: the headline as the crawler split it over two lines; title is the two joined
with one space), title_decoys (the headline-like lines that are NOT the title, each with its kind),
published, published_note, evidence, order, hijri, other_dates, body_first, body_last,
chrome_not_body, unlisted, relative, comments_first, comment_authors, credits. `unlisted` (chrome
lines that, after score_events.py's normalization, occur inside the body and so cannot be listed)
stays in this script; the json carries everything else plus `file` and `events: []`.

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 52NN_<slug>.txt, documents 5201-5224 in order, 12 per language;
    each page ends with one newline, has no tab / CR / form feed / no-break space, no line with
    outer spaces, 300-800 words, and the layout of LAYOUT;
  * every gold string is non-empty, single-line, without outer spaces and verbatim in its page;
  * TITLE: one whole line (or, with title_lines, two adjacent whole lines whose join is the title,
    the first ending without punctuation), above the body, not chrome, not inside the body; every
    decoy (title_decoys) is a whole chrome line that differs from the title after the scorer's
    normalization, and at least two decoys stand above the body (check_title);
  * body_first the prefix of exactly one line, body_last exactly one whole line, in order after the
    title; chrome entries and unlisted entries whole lines; no body edge is chrome;
  * every non-empty line is a title line, a body line, chrome, unlisted, or a comment text right
    after its author's line (one per author);
  * the body (the span's non-chrome lines): 250-600 words, 5-10 paragraphs of 18+ words without
    ' | '; on `blank` pages blank lines around each body line; after the scorer's normalization it
    holds no chrome line longer than 3 characters, not the title, no decoy, not comments_first, and
    it holds every unlisted line;
  * comments: comments_first the prefix of one non-chrome line after the body; two or more authors,
    each on a chrome line after the body, none in the body; credits: author / editor / translator,
    each name on a chrome line outside the body span and not in the body;
  * dates: the evidence occurs once, on a chrome line outside the body, and names exactly the
    publication day (a weekday in it must fall on that day); every other date names its day, differs
    from the publication day and lies on the side of it its role says; NO STRAY DATES: every date
    the parser finds on any line is the publication day or a listed other date, and the publication
    day stands on the evidence line only;
  * Hijri (5218, 5224): java.time.chrono.HijrahDate, run as a one-class program through `java`,
    must answer islamic-umalqura with the printed year, month and day; with no java, no gold;
  * relative phrase: names the weekday of its date, 1-7 days before publication, once in the body,
    the body's only weekday name; weekday names elsewhere only on chrome lines; no today / tonight /
    yesterday / tomorrow / اليوم / الليلة / أمس / غدا / البارحة anywhere;
  * language: agrees with score_events.py --lang on body_first, and the title's script agrees;
  * situation: each page shows its situation (check_situation, one rule per situation).
The json is loaded again after writing.
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-52.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
FIRST, LAST = 5201, 5224

SITUATIONS = {
    1: "site name and slogan line, a breadcrumb line and a one-word kicker ('EXCLUSIVE' / 'عاجل') above the headline",
    2: "the browser-title form 'Headline | Outlet' / 'Outlet - Headline...' at the very top, the menu, then the headline in full",
    3: "a photo caption and its credit line directly under the headline, then a deck longer than the headline",
    4: "a 'Top stories' / 'الأكثر قراءة' list of five undated headlines flattened above the headline",
    5: "a headline that is a quotation, followed by a shorter SEO subtitle",
    6: "an opinion page: column name and columnist on lines before the headline, the author's bio after the body",
    7: "a headline split over two lines by the crawler (the first line ends without punctuation)",
    8: "an all-caps (EN) headline, or a headline (AR), with a 'Read also' and a 'Related' line of similar length just under it",
    9: "a video page: 'WATCH:' / 'شاهد:' prefix, a duration line, a play / transcript line, then the text",
    10: "a republished wire story: the outlet's header, the wire's source line, the headline, then the dated update lines",
    11: "a cookie banner, a subscription prompt, a weekday-date menu line and a breaking ticker, all before the headline",
    12: "a short headline (3-5 words) below a longer topic line and above a longer deck",
}
DECOY_KINDS = {"site-name", "slogan", "breadcrumb", "section", "kicker", "browser-title", "caption", "credit",
               "deck", "list-header", "top-story", "seo-subtitle", "column-name", "columnist", "read-also",
               "related", "duration", "play-line", "video-item", "wire-source", "update", "cookie-banner",
               "subscription", "date-menu", "ticker", "topic"}

# situation k: English page 5200+k, Arabic page 5212+k. English odd and Arabic even situations are
# `blank`, the others `lines`: six of each per language, as in transfer-50 and transfer-51.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5200 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[5212 + _k] = "lines" if _k % 2 else "blank"

ABOUT = [
    "Fifty-second transfer check set (t52): 24 text pages, 12 English (5201-5212) and 12 Arabic (5213-5224). Theme: THE HEADLINE AMONG HEADLINE-LIKE LINES. Each page is a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page (templates of 2019-2026) on which several lines above or near the body look like a title; exactly one is the article's headline (the gold title). Twelve situations, each once per language (52NN and 52NN+12 share it, with different stories and invented outlets: wires, agencies, broadcasters, regional and national dailies, aggregators, party-aligned and army-aligned outlets, a trade site): (1) site name and slogan, breadcrumb and a kicker above the headline; (2) the browser-title form at the top; (3) a caption and credit directly under the headline and a longer deck; (4) a list of five undated top stories above the headline; (5) a quotation headline and a shorter SEO subtitle; (6) an opinion column: column name and columnist before the headline, bio after the body; (7) a headline split over two lines (gold: the two joined with one space); (8) an all-caps headline / a headline with 'Read also' and 'Related' lines of similar length under it; (9) a video page with a 'WATCH:' / 'شاهد:' headline, a duration and a play line; (10) a republished wire story with the wire's source line above the headline and update lines under it; (11) a cookie banner, subscription prompt, dated menu line and breaking ticker before the headline; (12) a 3-5-word headline between a longer topic line and a longer deck. Stories of 2014-2016 and 2025 in Syria, Iraq, Yemen, Libya, Sudan, Lebanon, Gaza / Israel, Iran and the Red Sea, none of transfer-51's. Outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t52 annotator without reading any Sitrep source, resource, tools/ script or test, without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-51's README.md, make_gold.py, transfer-51.gold.json and its pages 5102, 5114 and 5120 were read for the format, and the first 12 lines of the READMEs of transfer-50, -49 and -48 for their themes. Layout per page in make_gold.py's LAYOUT. Odd pages (5201, 5203, ..., 5213, 5215, ...) may be studied later; even pages stay the check.",
    "Gold conventions: the title is the article's headline as the page prints it, whole: a 'WATCH:' / 'شاهد:' prefix on the headline line is part of it (5209, 5221), an all-caps headline keeps its capitals (5208; the scorer folds case), a headline split by the crawler is the two lines joined with one space (5207, 5219). Never the title: the browser-title bar, site names and slogans, breadcrumbs, sections, kickers, topic lines, decks and standfirsts, SEO subtitles, captions and credits, column names and columnists, top-story and most-read lists, 'Read also' / 'Related' lines, video lists, duration and play lines, wire source lines, update lines, cookie banners, subscription prompts, dated menus and tickers: each page lists its headline-like neighbours in title_decoys with their kind. The body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph belongs to it. Publisher apparatus is chrome (chrome_not_body). The publication date is the article's own first publication, never a crawl-day menu date, an update, a comment stamp; beside the Hijri date only the Gregorian one counts (5218, 5224). Each text has one relative-day phrase (`relative`), 1-7 days before publication. Comments (5202, 5206, 5209, 5211, 5218, 5220, 5221) carry comments_first and comment_authors; credits list byline names. No events are coded in this set (events: []).",
]

DOCS = [{'n': 5201,
  'language': 'en',
  'situation': 1,
  'outlet': 'party-aligned outlet: the English site of a Syrian Kurdish party-aligned news site (Amude Herald, '
            'invented): Kurdish fighters drive Islamic State out of Kobani',
  'title': 'YPG fighters drive Islamic State out of Kobani after four-month siege',
  'title_decoys': [{'text': 'AMUDE HERALD — Voice of free Rojava since 2012', 'kind': 'site-name'},
                   {'text': 'Home > Rojava > Kobani', 'kind': 'breadcrumb'},
                   {'text': 'EXCLUSIVE', 'kind': 'kicker'}],
  'published': '2015-01-27',
  'published_note': "'27 Jan 2015 | 14:20' in the byline under the title (D Mon YYYY); the text's 'on Monday' is 26 "
                    'January, the day of the YPG announcement',
  'evidence': {'text': '27 Jan 2015 | 14:20'},
  'other_dates': [],
  'body_first': "KOBANI — Kurdish fighters of the People's Protection Units (YPG)",
  'body_last': 'The Syrian Observatory for Human Rights, a monitoring group based in Britain, said more than 1,000 '
               'Islamic State fighters had been killed in the battle for the town, along with several hundred '
               'Kurdish fighters and volunteers. The figures could not be independently verified.',
  'chrome_not_body': ['AMUDE HERALD — Voice of free Rojava since 2012',
                      'Home | Rojava | Syria | Kurdistan | Middle East | Opinion | Video | Contact',
                      'Home > Rojava > Kobani',
                      'EXCLUSIVE',
                      'By Rezan Hasso in Kobani | 27 Jan 2015 | 14:20',
                      'YPJ fighters on a rooftop in eastern Kobani after the militants withdrew. (Amude Herald/Rezan '
                      'Hasso)',
                      "Read also: Kobani diary: a teacher's notes from the siege",
                      'Tags: Kobani | YPG | YPJ | Islamic State | Rojava',
                      'Share: Facebook | Twitter | WhatsApp | Email',
                      'Get the Amude Herald weekly digest in your inbox | Subscribe',
                      '© 2015 Amude Herald. All rights reserved. | About us | Contact | Privacy',
                      'We use cookies to improve your experience. Accept | Learn more'],
  'unlisted': [],
  'relative': {'phrase': 'on Monday', 'date': '2015-01-26'},
  'credits': [{'role': 'author', 'name': 'Rezan Hasso'}]},
 {'n': 5202,
  'language': 'en',
  'situation': 2,
  'outlet': 'broadcaster: the news site of an international television broadcaster (Meridian 24, invented): Russia '
            'begins air strikes in Syria',
  'title': 'Russia launches first air strikes in Syria as Moscow says it targets Islamic State',
  'title_decoys': [{'text': 'Russia launches first air strikes in Syria as Moscow says it targets Islamic State | '
                            'Meridian 24',
                    'kind': 'browser-title'},
                   {'text': 'Meridian 24', 'kind': 'site-name'},
                   {'text': 'World > Middle East', 'kind': 'breadcrumb'},
                   {'text': "Read also: Why is Russia getting involved in Syria's war?", 'kind': 'read-also'}],
  'published': '2015-09-30',
  'published_note': "'September 30, 2015 18:40 GMT' under the byline (Month D, YYYY); the comments are stamped 1 and "
                    "2 October; the text's 'on Monday' is 28 September (Putin's speech at the UN)",
  'evidence': {'text': 'September 30, 2015 18:40 GMT'},
  'other_dates': [{'text': 'October 1, 2015 09:12', 'date': '2015-10-01', 'role': 'comment'},
                  {'text': 'October 2, 2015 22:40', 'date': '2015-10-02', 'role': 'comment'}],
  'body_first': 'Russian warplanes carried out their first air strikes in Syria',
  'body_last': 'US Defence Secretary Ash Carter said that backing the Syrian government without a political '
               'transition would only make the war worse, and officials in Paris and London said they would examine '
               'whether the Russian jets were hitting Islamic State at all.',
  'chrome_not_body': ['Russia launches first air strikes in Syria as Moscow says it targets Islamic State | Meridian '
                      '24',
                      'Meridian 24',
                      'Live TV | News | World | Middle East | Business | Science | Video | Weather',
                      'World > Middle East',
                      'By Tom Barrett and Hana Saleh',
                      'September 30, 2015 18:40 GMT',
                      'Share | Facebook | Twitter | Email',
                      "Read also: Why is Russia getting involved in Syria's war?",
                      'Video: Russian jets take off from the air base near Latakia (0:52)',
                      'Tags: Syria | Russia | Islamic State | Homs | Vladimir Putin',
                      'Comments (2)',
                      'MarkH_Leeds | October 1, 2015 09:12',
                      'Rania K. | October 2, 2015 22:40',
                      'Add a comment | Please keep comments civil and on topic.',
                      'More on this story',
                      'Syria war: who is fighting whom?',
                      'Putin and Obama meet at the UN as rifts over Syria remain',
                      '© 2015 Meridian 24. Meridian 24 is not responsible for the content of external sites. | Terms '
                      '| Privacy | Cookies'],
  'unlisted': [],
  'relative': {'phrase': 'on Monday', 'date': '2015-09-28'},
  'comments_first': 'So now two air forces are bombing the same country',
  'comment_authors': ['MarkH_Leeds', 'Rania K.'],
  'credits': [{'role': 'author', 'name': 'Tom Barrett'}, {'role': 'author', 'name': 'Hana Saleh'}]},
 {'n': 5203,
  'language': 'en',
  'situation': 3,
  'outlet': 'wire: an international news agency on its own site (Compass Wire, invented): Syrian government forces '
            'retake Palmyra',
  'title': 'Syrian troops retake Palmyra from Islamic State with Russian air support',
  'title_decoys': [{'text': 'Syrian army soldiers walk past the Roman theatre in the ancient city of Palmyra after '
                            'its recapture from Islamic State militants, in a handout picture released by the army.',
                    'kind': 'caption'},
                   {'text': 'Photo: Handout via Compass Wire', 'kind': 'credit'},
                   {'text': 'The fall of the desert city is the biggest setback for the militants in Syria since '
                            'Russia began its air campaign and opens the road east towards Deir ez-Zor and Raqqa, '
                            'but antiquities officials fear the damage to the ancient site is extensive.',
                    'kind': 'deck'},
                   {'text': 'Factbox: What Islamic State destroyed in Palmyra', 'kind': 'read-also'}],
  'published': '2016-03-27',
  'published_note': "'2016-03-27 16:05 GMT' in the byline (ISO) under the deck; the text's 'on Friday' is 25 March "
                    '(the castle)',
  'evidence': {'text': '2016-03-27 16:05 GMT'},
  'other_dates': [],
  'body_first': 'BEIRUT (Compass Wire) - Syrian government forces backed by Russian air strikes',
  'body_last': "Russia's defence ministry said its aircraft had flown dozens of sorties a day in support of the "
               'advance. Moscow withdrew part of its air force from Syria earlier this month but kept a force at its '
               'base near Latakia.',
  'chrome_not_body': ['World | Middle East | Africa | Europe | Markets | Photos | Video',
                      'Middle East',
                      'Syrian army soldiers walk past the Roman theatre in the ancient city of Palmyra after its '
                      'recapture from Islamic State militants, in a handout picture released by the army.',
                      'Photo: Handout via Compass Wire',
                      'The fall of the desert city is the biggest setback for the militants in Syria since Russia '
                      'began its air campaign and opens the road east towards Deir ez-Zor and Raqqa, but antiquities '
                      'officials fear the damage to the ancient site is extensive.',
                      'By Lina Barakat and Peter Grant | 2016-03-27 16:05 GMT',
                      'Factbox: What Islamic State destroyed in Palmyra',
                      '(Additional reporting by Samir Khoury in Damascus; Editing by Anne Whitfield)',
                      'Compass Wire standards: accuracy, fairness and independence.',
                      'Related coverage',
                      "Islamic State blows up Palmyra's Temple of Bel, satellite images show",
                      'UN envoy says Syria talks to resume next month',
                      'Share: Twitter | Facebook | LinkedIn | Email',
                      '© 2016 Compass Wire. All rights reserved. | Terms of use | Privacy | Cookies'],
  'unlisted': ['COMPASS WIRE'],
  'relative': {'phrase': 'on Friday', 'date': '2016-03-25'},
  'credits': [{'role': 'author', 'name': 'Lina Barakat'},
              {'role': 'author', 'name': 'Peter Grant'},
              {'role': 'editor', 'name': 'Anne Whitfield'}]},
 {'n': 5204,
  'language': 'en',
  'situation': 4,
  'outlet': 'aggregator: a news aggregator relaying a Gulf English daily (Newsreel Now relaying The Gulf Mirror, '
            'both invented): US strikes on the Ras Isa fuel port in Yemen',
  'title': 'US strikes on Ras Isa fuel port kill dozens, Houthis say',
  'title_decoys': [{'text': 'Top stories', 'kind': 'list-header'},
                   {'text': 'Iran and US to hold second round of nuclear talks in Rome', 'kind': 'top-story'},
                   {'text': "Sudan's paramilitary forces attack Zamzam camp as the war enters its third year",
                    'kind': 'top-story'},
                   {'text': 'Aid agencies say food stocks in Gaza are running out as the blockade continues',
                    'kind': 'top-story'},
                   {'text': 'Oil edges higher as traders weigh new sanctions on Iranian crude exports',
                    'kind': 'top-story'},
                   {'text': 'Lebanese army deploys further south as Israeli troops hold five hilltops',
                    'kind': 'top-story'},
                   {'text': 'World › Middle East', 'kind': 'breadcrumb'}],
  'published': '2025-04-18',
  'published_note': "'18/04/2025 07:30' on the source line under the title (numeric D/M/Y, day 18); the five 'Top "
                    "stories' above the title carry no date; the text's 'on Thursday' is 17 April (the strikes, late "
                    'in the day)',
  'evidence': {'text': '18/04/2025 07:30', 'order': 'dmy'},
  'order': 'dmy',
  'other_dates': [],
  'body_first': 'United States air strikes on the Ras Isa fuel port',
  'body_last': 'The US campaign, which began in the middle of March, has hit hundreds of targets across Yemen. The '
               'Houthis began attacking ships in the Red Sea in late 2023, saying they were acting in solidarity '
               'with Gaza.',
  'chrome_not_body': ['Newsreel Now',
                      'For you | Top stories | World | Middle East | Business | Tech | Sport | Saved',
                      'Top stories',
                      'Iran and US to hold second round of nuclear talks in Rome',
                      "Sudan's paramilitary forces attack Zamzam camp as the war enters its third year",
                      'Aid agencies say food stocks in Gaza are running out as the blockade continues',
                      'Oil edges higher as traders weigh new sanctions on Iranian crude exports',
                      'Lebanese army deploys further south as Israeli troops hold five hilltops',
                      'World › Middle East',
                      'From The Gulf Mirror | 18/04/2025 07:30 | 4 min read',
                      'Follow The Gulf Mirror | Save | Share',
                      'Read the full story at The Gulf Mirror',
                      'More from The Gulf Mirror',
                      'Saudi and Iranian ministers discuss regional security in Tehran',
                      'Shipping insurers raise Red Sea premiums again',
                      'Get the Newsreel Now morning briefing | Sign up',
                      'Newsreel Now collects headlines from thousands of publishers. Stories belong to their '
                      'original sources. © 2025 Newsreel Now | About | Privacy | Terms',
                      'We and our partners use cookies. Accept all | Reject all | Settings'],
  'unlisted': [],
  'relative': {'phrase': 'on Thursday', 'date': '2025-04-17'},
  'credits': []},
 {'n': 5205,
  'language': 'en',
  'situation': 5,
  'outlet': 'agency: a humanitarian news agency (Crossroads Humanitarian News, invented): families flee the Fallujah '
            'siege',
  'title': "'We ate soup made from grass,' says mother who fled the Fallujah siege",
  'title_decoys': [{'text': 'Humanitarian news from the front lines of crisis', 'kind': 'slogan'},
                   {'text': 'Iraq | Displacement', 'kind': 'section'},
                   {'text': 'Fallujah families describe months of hunger', 'kind': 'seo-subtitle'},
                   {'text': "Read also: Inside the screening centres where Fallujah's men wait for days",
                    'kind': 'read-also'}],
  'published': '2016-06-20',
  'published_note': "'Jun 20, 2016' on the date-and-place line under the subtitle (Mon DD, YYYY); the text's 'on "
                    "Friday' is 17 June (the government compound)",
  'evidence': {'text': 'Jun 20, 2016'},
  'other_dates': [],
  'body_first': 'Umm Ahmed walked for two nights with her five children',
  'body_last': 'For Umm Ahmed, the priority is simpler. "I want milk for the youngest and a tent that does not burn '
               'in the sun," she said. "After that, I want to know when we can go home, and whether we still have a '
               'home."',
  'chrome_not_body': ['Humanitarian news from the front lines of crisis',
                      'Home | Conflicts | Displacement | Food | Health | Data | About',
                      'Iraq | Displacement',
                      'Fallujah families describe months of hunger',
                      'Jun 20, 2016 | Amiriyat al-Fallujah, Iraq',
                      'By Noor al-Rawi',
                      "Read also: Inside the screening centres where Fallujah's men wait for days",
                      'Share this story: Twitter | Facebook | Email',
                      'Tags: Iraq | Fallujah | displacement | food security | Anbar',
                      'Crossroads is an independent, non-profit news agency. Donate to support our reporting.',
                      '© 2016 Crossroads Humanitarian News | Privacy | Republishing guidelines'],
  'unlisted': ['CROSSROADS'],
  'relative': {'phrase': 'on Friday', 'date': '2016-06-17'},
  'credits': [{'role': 'author', 'name': 'Noor al-Rawi'}]},
 {'n': 5206,
  'language': 'en',
  'situation': 6,
  'outlet': 'regional daily: the opinion section of a Gulf English-language daily (The Corniche Daily, invented): a '
            'column on the Iran nuclear agreement',
  'title': 'Iran deal buys time, but the region will pay for what it leaves out',
  'title_decoys': [{'text': 'Opinion', 'kind': 'section'},
                   {'text': 'THE LONG VIEW', 'kind': 'column-name'},
                   {'text': 'Omar Farouk Nasser', 'kind': 'columnist'},
                   {'text': 'Read also: What the Vienna agreement means for oil markets', 'kind': 'read-also'}],
  'published': '2015-07-16',
  'published_note': "'Thursday 16 July 2015' under the title (weekday D Month YYYY); the comments are stamped 17 and "
                    "18 July; the bio's 'every Thursday' is no date; the text's 'on Tuesday' is 14 July (the "
                    'agreement)',
  'evidence': {'text': 'Thursday 16 July 2015'},
  'other_dates': [{'text': '17 July 2015 08:05', 'date': '2015-07-17', 'role': 'comment'},
                  {'text': '17 July 2015 14:31', 'date': '2015-07-17', 'role': 'comment'},
                  {'text': '18 July 2015 19:50', 'date': '2015-07-18', 'role': 'comment'}],
  'body_first': 'The agreement reached in Vienna between Iran and the six world powers',
  'body_last': 'The next ten years will show whether this agreement was the beginning of a wider settlement or '
               'simply a pause in a longer contest. For the families of Aleppo, Sanaa and Anbar, the answer matters '
               'far more than the number of centrifuges in Natanz.',
  'chrome_not_body': ['The Corniche Daily',
                      'News | Business | Opinion | Lifestyle | Sport | E-paper',
                      'Opinion',
                      'THE LONG VIEW',
                      'Omar Farouk Nasser',
                      'Thursday 16 July 2015',
                      'Share: Facebook | Twitter | LinkedIn | Email',
                      'Read also: What the Vienna agreement means for oil markets',
                      'Omar Farouk Nasser is a former diplomat and a senior fellow at the Gulf Institute for '
                      'Strategic Studies. His column, The Long View, appears every Thursday. The views expressed are '
                      'his own.',
                      'Tags: Iran | nuclear deal | Vienna | Gulf | sanctions',
                      'Comments (3)',
                      'Khalid_Doha | 17 July 2015 08:05',
                      'J. Peterson | 17 July 2015 14:31',
                      'Sara M. | 18 July 2015 19:50',
                      'Post a comment | Comments are moderated.',
                      'More from Opinion',
                      "Why Yemen's war cannot be won from the air",
                      '© 2015 The Corniche Daily. All rights reserved. | Contact | Advertise | Privacy'],
  'unlisted': [],
  'relative': {'phrase': 'on Tuesday', 'date': '2015-07-14'},
  'comments_first': 'A clear and fair column.',
  'comment_authors': ['Khalid_Doha', 'J. Peterson', 'Sara M.'],
  'credits': [{'role': 'author', 'name': 'Omar Farouk Nasser'}]},
 {'n': 5207,
  'language': 'en',
  'situation': 7,
  'outlet': 'specialist trade site: a maritime and shipping news site (Bosphorus Maritime Review, invented): the '
            'Houthis sink the Eternity C in the Red Sea',
  'title': 'Houthis claim sinking of second bulk carrier in Red Sea as search for Eternity C crew continues',
  'title_lines': ['Houthis claim sinking of second bulk carrier in Red Sea',
                  'as search for Eternity C crew continues'],
  'title_decoys': [{'text': 'BOSPHORUS MARITIME REVIEW', 'kind': 'site-name'},
                   {'text': 'Security › Red Sea', 'kind': 'breadcrumb'},
                   {'text': 'See also: Red Sea transits: the numbers behind the slow recovery', 'kind': 'read-also'}],
  'published': '2025-07-09',
  'published_note': "'Wednesday, July 9, 2025 - 11:30 GMT' under the byline (weekday, Month D, YYYY); the text's 'on "
                    "Sunday' is 6 July (the attack on the Magic Seas)",
  'evidence': {'text': 'Wednesday, July 9, 2025 - 11:30 GMT'},
  'other_dates': [],
  'body_first': 'The Houthi movement in Yemen said it had sunk the Liberian-flagged bulk carrier Eternity C',
  'body_last': 'The Houthis said the ships belonged to companies whose other vessels had called at Israeli ports, '
               'and warned that they would keep attacking any ship linked to Israel until the war in Gaza ends.',
  'chrome_not_body': ['BOSPHORUS MARITIME REVIEW',
                      'Shipping | Tankers | Dry bulk | Containers | Ports | Security | Insurance | Events',
                      'Security › Red Sea',
                      'By Nikos Stavrou, Piraeus',
                      'Wednesday, July 9, 2025 - 11:30 GMT',
                      'Save article | Print | Share',
                      'The Eternity C on a previous call in the eastern Mediterranean. (Photo: Bosphorus Maritime '
                      'Review archive)',
                      'See also: Red Sea transits: the numbers behind the slow recovery',
                      'Tags: Red Sea | Houthis | Eternity C | Magic Seas | bulk carriers | war risk',
                      'Share: LinkedIn | X | Email',
                      'Subscribe to BMR Daily Briefing | Sign up',
                      '© 2025 Bosphorus Maritime Review. All rights reserved. | Terms | Privacy | Cookie settings'],
  'unlisted': [],
  'relative': {'phrase': 'on Sunday', 'date': '2025-07-06'},
  'credits': [{'role': 'author', 'name': 'Nikos Stavrou'}]},
 {'n': 5208,
  'language': 'en',
  'situation': 8,
  'outlet': 'regional news site: an independent Libyan English-language news site (Libya Coast Observer, invented): '
            'forces say Sirte is fully retaken from Islamic State',
  'title': 'FORCES SAY SIRTE FULLY RETAKEN FROM ISLAMIC STATE AFTER SIX-MONTH BATTLE',
  'title_decoys': [{'text': 'Independent English-language news from Libya', 'kind': 'slogan'},
                   {'text': 'Read also: Misrata buries its fighters as the long battle for Sirte ends',
                    'kind': 'read-also'},
                   {'text': 'Related: How Islamic State lost its only stronghold on the Libyan coast',
                    'kind': 'related'}],
  'published': '2016-12-06',
  'published_note': "'Dec. 6, 2016' in the byline under the 'Read also' and 'Related' lines (Mon. D, YYYY with a "
                    "dot); the text's 'on Monday' is 5 December (the last buildings taken)",
  'evidence': {'text': 'Dec. 6, 2016'},
  'other_dates': [],
  'body_first': "Forces loyal to Libya's UN-backed Government of National Accord",
  'body_last': 'Analysts warn that militants who fled the city before the siege closed may regroup in the desert to '
               "the south, and that the rivalry between Libya's competing governments and armed factions could undo "
               'the gains.',
  'chrome_not_body': ['Libya Coast Observer',
                      'Independent English-language news from Libya',
                      'Home | Politics | Security | Economy | Society | Oil | Opinion',
                      'Security',
                      'Read also: Misrata buries its fighters as the long battle for Sirte ends',
                      'Related: How Islamic State lost its only stronghold on the Libyan coast',
                      'By Salem Ben Ali | Dec. 6, 2016',
                      'Photo: Fighters of the Al-Bunyan al-Marsous forces in the Ghiza Bahriya district of Sirte. '
                      '(Libya Coast Observer)',
                      'Tags: Sirte | Islamic State | Misrata | Al-Bunyan al-Marsous | GNA',
                      'Share: Facebook | Twitter | WhatsApp',
                      '© 2016 Libya Coast Observer | About | Contact | Advertise'],
  'unlisted': [],
  'relative': {'phrase': 'on Monday', 'date': '2016-12-05'},
  'credits': [{'role': 'author', 'name': 'Salem Ben Ali'}]},
 {'n': 5209,
  'language': 'en',
  'situation': 9,
  'outlet': 'broadcaster: the video section of an international television broadcaster (Horizon World TV, invented): '
            'the first aid convoy in months reaches Madaya',
  'title': 'WATCH: First aid convoy in months reaches starving town of Madaya',
  'title_decoys': [{'text': 'Video > Middle East', 'kind': 'breadcrumb'},
                   {'text': '02:35', 'kind': 'duration'},
                   {'text': 'Play video | Show transcript | Autoplay: on', 'kind': 'play-line'},
                   {'text': 'WATCH: Madaya residents describe life under siege in smuggled footage',
                    'kind': 'video-item'},
                   {'text': 'WATCH: Inside Zabadani after months of fighting', 'kind': 'video-item'}],
  'published': '2016-01-11',
  'published_note': "'Monday 11 January 2016 19:10 GMT' under the play line (weekday D Month YYYY); the duration "
                    "'02:35' is no date; the comments are stamped 12 and 13 January; the text's 'on Thursday' is 7 "
                    "January (the government's approval)",
  'evidence': {'text': 'Monday 11 January 2016 19:10 GMT'},
  'other_dates': [{'text': '12 January 2016 08:44', 'date': '2016-01-12', 'role': 'comment'},
                  {'text': '13 January 2016 17:02', 'date': '2016-01-13', 'role': 'comment'}],
  'body_first': 'A convoy of more than 40 lorries carrying food, medicine and blankets',
  'body_last': 'Aid officials said a single convoy would not be enough, and called for regular access to Madaya and '
               'to the other besieged towns. "This must not be a one-time event," a Red Cross spokeswoman told the '
               'channel.',
  'chrome_not_body': ['Horizon World TV',
                      'Live | News | Video | Programmes | Weather | Sign in',
                      'Video > Middle East',
                      '02:35',
                      'Play video | Show transcript | Autoplay: on',
                      'Monday 11 January 2016 19:10 GMT',
                      'More videos',
                      'WATCH: Madaya residents describe life under siege in smuggled footage',
                      'WATCH: Inside Zabadani after months of fighting',
                      'Comments (2)',
                      'Lucy_Brennan | 12 January 2016 08:44',
                      'Hasan Idlibi | 13 January 2016 17:02',
                      'Share: Facebook | Twitter | Email | Embed',
                      '© 2016 Horizon World TV | Terms | Privacy | Accessibility | Cookies'],
  'unlisted': [],
  'relative': {'phrase': 'on Thursday', 'date': '2016-01-07'},
  'comments_first': 'Heartbreaking footage.',
  'comment_authors': ['Lucy_Brennan', 'Hasan Idlibi'],
  'credits': []},
 {'n': 5210,
  'language': 'en',
  'situation': 10,
  'outlet': 'regional daily republishing a wire: a Cyprus English-language daily running a wire story (Nicosia '
            'Evening Post, Transworld Press, both invented): Iraqi forces retake Tikrit',
  'title': 'Iraqi forces retake Tikrit from Islamic State, prime minister says',
  'title_decoys': [{'text': "Cyprus's independent English-language daily", 'kind': 'slogan'},
                   {'text': 'World', 'kind': 'section'},
                   {'text': 'Transworld Press', 'kind': 'wire-source'},
                   {'text': 'Updated: 01 Apr 2015 07:12 GMT', 'kind': 'update'},
                   {'text': 'Updated: 01 Apr 2015 11:30 GMT', 'kind': 'update'}],
  'published': '2015-03-31',
  'published_note': "'Published: 31 Mar 2015 18:47 GMT' under the title (D Mon YYYY); two 'Updated' lines of 1 April "
                    "follow it; the text's 'on Wednesday' is 25 March (the first coalition strikes on Tikrit)",
  'evidence': {'text': 'Published: 31 Mar 2015 18:47 GMT'},
  'other_dates': [{'text': 'Updated: 01 Apr 2015 07:12 GMT', 'date': '2015-04-01', 'role': 'update'},
                  {'text': 'Updated: 01 Apr 2015 11:30 GMT', 'date': '2015-04-01', 'role': 'update'}],
  'body_first': 'BAGHDAD (TWP) - Iraqi government forces and Shia militias have retaken the centre of Tikrit',
  'body_last': '"We want to go home, but first we want to know that our houses are still standing and that no one '
               'will take revenge on us," said Mahmoud, a teacher from Tikrit who has lived in Samarra since June.',
  'chrome_not_body': ['Nicosia Evening Post',
                      "Cyprus's independent English-language daily",
                      'Home | Cyprus | Greece | World | Business | Opinion | Sport | Classifieds',
                      'World',
                      'Transworld Press',
                      'Published: 31 Mar 2015 18:47 GMT',
                      'Updated: 01 Apr 2015 07:12 GMT',
                      'Updated: 01 Apr 2015 11:30 GMT',
                      'Share: Facebook | Twitter | Email | Print',
                      '(Reporting by Transworld Press correspondents in Baghdad and Tikrit)',
                      'This story has not been edited by Nicosia Evening Post staff and is published from a '
                      'syndicated wire feed.',
                      'Tags: Iraq | Tikrit | Islamic State | Haider al-Abadi',
                      'Most read',
                      'Cyprus talks to resume in May, UN envoy says',
                      'Nicosia Evening Post, 2 Vyronos Avenue, Nicosia. © 2015 Nicosia Evening Post Ltd. All rights '
                      'reserved.'],
  'unlisted': [],
  'relative': {'phrase': 'on Wednesday', 'date': '2015-03-25'},
  'credits': []},
 {'n': 5211,
  'language': 'en',
  'situation': 11,
  'outlet': 'broadcaster: the news site of a US cable news network (NBN News, invented): Islamic State militants '
            'seize Mosul',
  'title': 'ISIS militants seize Mosul as Iraqi soldiers abandon posts and flee',
  'title_decoys': [{'text': 'We use cookies and similar technologies to personalize content and ads. By clicking '
                            'Accept you agree to this. Accept | Manage preferences',
                    'kind': 'cookie-banner'},
                   {'text': 'Subscribe for unlimited access: your first month for $1. Already a subscriber? Sign in',
                    'kind': 'subscription'},
                   {'text': 'Thursday, June 12, 2014 | U.S. | World | Politics | Money | Tech | Video | Live TV',
                    'kind': 'date-menu'},
                   {'text': 'BREAKING: Militants seize Tikrit as offensive pushes toward Baghdad', 'kind': 'ticker'},
                   {'text': 'NBN News > World > Middle East', 'kind': 'breadcrumb'},
                   {'text': "Related: Who are the ISIS militants taking over Iraq's cities?", 'kind': 'related'}],
  'published': '2014-06-10',
  'published_note': "'June 10, 2014 at 4:52 PM ET' under the byline (Month D, YYYY); the menu line's 'Thursday, June "
                    "12, 2014' is the crawl day and the ticker belongs to it; the comments are stamped 11 June; the "
                    "text's 'on Friday' is 6 June (the start of the assault)",
  'evidence': {'text': 'June 10, 2014 at 4:52 PM ET'},
  'other_dates': [{'text': 'Thursday, June 12, 2014', 'date': '2014-06-12', 'role': 'crawl'},
                  {'text': 'June 11, 2014 at 7:15 AM', 'date': '2014-06-11', 'role': 'comment'},
                  {'text': 'June 11, 2014 at 9:42 PM', 'date': '2014-06-11', 'role': 'comment'}],
  'body_first': 'Militants of the Islamic State of Iraq and Syria overran Mosul',
  'body_last': 'Analysts warned that the militants could move south along the Tigris towards Baiji and Tikrit, and '
               'that the collapse of the army in Mosul raised questions about the billions of dollars Washington has '
               'spent on training Iraqi forces.',
  'chrome_not_body': ['We use cookies and similar technologies to personalize content and ads. By clicking Accept '
                      'you agree to this. Accept | Manage preferences',
                      'Subscribe for unlimited access: your first month for $1. Already a subscriber? Sign in',
                      'Thursday, June 12, 2014 | U.S. | World | Politics | Money | Tech | Video | Live TV',
                      'BREAKING: Militants seize Tikrit as offensive pushes toward Baghdad',
                      'NBN News > World > Middle East',
                      'By Daniel Kerr and Aya Mansour, NBN',
                      'June 10, 2014 at 4:52 PM ET',
                      'Photo: Iraqi families fleeing Mosul wait at a Kurdish checkpoint outside Erbil. (NBN/Getty)',
                      "Related: Who are the ISIS militants taking over Iraq's cities?",
                      'Comments (2)',
                      'patriot_mike | June 11, 2014 at 7:15 AM',
                      'Layla from Dearborn | June 11, 2014 at 9:42 PM',
                      '© 2014 NBN News Network. All rights reserved. | Terms of use | Privacy policy | Ad choices'],
  'unlisted': [],
  'relative': {'phrase': 'on Friday', 'date': '2014-06-06'},
  'comments_first': 'We spent eight years and a trillion dollars',
  'comment_authors': ['patriot_mike', 'Layla from Dearborn'],
  'credits': [{'role': 'author', 'name': 'Daniel Kerr'}, {'role': 'author', 'name': 'Aya Mansour'}]},
 {'n': 5212,
  'language': 'en',
  'situation': 12,
  'outlet': "national daily: a UK national daily's news site (The Northern Standard, invented): Israeli strikes end "
            'the Gaza ceasefire',
  'title': 'Israeli strikes shatter Gaza truce',
  'title_decoys': [{'text': 'Israel-Hamas war: latest news, analysis and live updates from Gaza and Israel',
                    'kind': 'topic'},
                   {'text': 'More than 400 people have been killed in Gaza, according to health officials in the '
                            'territory, as Israel launched its heaviest wave of strikes since the ceasefire began in '
                            'January and said further military action would follow',
                    'kind': 'deck'},
                   {'text': 'Read more: What is left of the ceasefire deal, and who broke it?', 'kind': 'read-also'}],
  'published': '2025-03-18',
  'published_note': "'Tue 18 Mar 2025 10.15 GMT' under the byline (abbreviated weekday, D Mon YYYY, a dot in the "
                    "time); the text's 'on Sunday' is 16 March",
  'evidence': {'text': 'Tue 18 Mar 2025 10.15 GMT'},
  'other_dates': [],
  'body_first': 'Israel has launched a wave of air strikes across the Gaza Strip',
  'body_last': 'Relatives of Israeli hostages said the government had chosen to give up on their loved ones, and '
               "called for protests outside the prime minister's office in Jerusalem.",
  'chrome_not_body': ['The Northern Standard',
                      'News | Opinion | Sport | Culture | Lifestyle | Support us',
                      'World | Europe | US | Middle East | Africa | Asia | Environment',
                      'Israel-Hamas war: latest news, analysis and live updates from Gaza and Israel',
                      'More than 400 people have been killed in Gaza, according to health officials in the '
                      'territory, as Israel launched its heaviest wave of strikes since the ceasefire began in '
                      'January and said further military action would follow',
                      'Harriet Cole in Jerusalem and Sami Awad in Khan Younis',
                      'Tue 18 Mar 2025 10.15 GMT',
                      'Share | Email | Save',
                      'Read more: What is left of the ceasefire deal, and who broke it?',
                      'Topics: Israel-Gaza war | Gaza | Hamas | Israel | Middle East',
                      'Most viewed',
                      'The long road home: a photo essay from northern Gaza',
                      'Support independent journalism: make a contribution from just £1',
                      '© 2025 The Northern Standard. All rights reserved.'],
  'unlisted': [],
  'relative': {'phrase': 'on Sunday', 'date': '2025-03-16'},
  'credits': [{'role': 'author', 'name': 'Harriet Cole'}, {'role': 'author', 'name': 'Sami Awad'}]},
 {'n': 5213,
  'language': 'ar',
  'situation': 1,
  'outlet': 'party-aligned outlet: a Syrian Kurdish news site aligned with the autonomous administration (شبكة ديريك '
            'الإخبارية, invented): the SDF declares Manbij freed from Islamic State',
  'title': 'قوات سوريا الديمقراطية تعلن تحرير مدينة منبج بالكامل من تنظيم داعش',
  'title_decoys': [{'text': 'شبكة ديريك الإخبارية — صوت الإدارة الذاتية الديمقراطية في شمال سوريا',
                    'kind': 'site-name'},
                   {'text': 'الرئيسية » أخبار » شمال سوريا', 'kind': 'breadcrumb'},
                   {'text': 'عاجل', 'kind': 'kicker'},
                   {'text': 'اقرأ أيضاً: منبج.. خريطة السيطرة في ريف حلب الشمالي', 'kind': 'read-also'}],
  'published': '2016-08-12',
  'published_note': "'12 آب 2016 - 15:40' on the byline line under the title (D Levantine month YYYY); the text's "
                    "'يوم الأربعاء' is 10 August",
  'evidence': {'text': '12 آب 2016 - 15:40'},
  'other_dates': [],
  'body_first': 'أعلن مجلس منبج العسكري المنضوي في صفوف قوات سوريا الديمقراطية',
  'body_last': 'وأكد المجلس العسكري أن إدارة المدينة ستسلم إلى مجلس مدني من أبنائها بمختلف مكوناتهم، داعياً الأهالي '
               'النازحين إلى التريث في العودة حتى الانتهاء من إزالة الألغام.',
  'chrome_not_body': ['شبكة ديريك الإخبارية — صوت الإدارة الذاتية الديمقراطية في شمال سوريا',
                      'الرئيسية | أخبار | تقارير | مقالات | فيديو | English | Kurdî',
                      'الرئيسية » أخبار » شمال سوريا',
                      'عاجل',
                      'منبج - آلان حسين | 12 آب 2016 - 15:40',
                      'صورة: أهالي منبج يحتفلون في أحد شوارع المدينة بعد خروج عناصر التنظيم (شبكة ديريك)',
                      'اقرأ أيضاً: منبج.. خريطة السيطرة في ريف حلب الشمالي',
                      'الوسوم: منبج | قوات سوريا الديمقراطية | داعش | ريف حلب',
                      'شارك: فيسبوك | تويتر | واتساب',
                      'جميع الحقوق محفوظة © 2016 شبكة ديريك الإخبارية'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأربعاء', 'date': '2016-08-10'},
  'credits': [{'role': 'author', 'name': 'آلان حسين'}]},
 {'n': 5214,
  'language': 'ar',
  'situation': 2,
  'outlet': "party-aligned outlet: a Houthi-aligned satellite channel's site (قناة الصمود, invented): Oman announces "
            'a ceasefire between the Houthis and the United States',
  'title': 'سلطنة عمان تعلن اتفاقاً لوقف إطلاق النار بين صنعاء وواشنطن يضمن حرية الملاحة في البحر الأحمر',
  'title_decoys': [{'text': 'قناة الصمود - سلطنة عمان تعلن اتفاقاً لوقف إطلاق النار بين صنعاء وواشنطن...',
                    'kind': 'browser-title'},
                   {'text': 'قناة الصمود', 'kind': 'site-name'},
                   {'text': 'محلي | سياسة', 'kind': 'section'},
                   {'text': 'اقرأ أيضاً: ميناء رأس عيسى.. شاهد على جرائم العدوان الأمريكي', 'kind': 'read-also'}],
  'published': '2025-05-06',
  'published_note': "'الثلاثاء 6 مايو 2025 - 21:30 بتوقيت صنعاء' under the title (weekday D Egyptian month YYYY; "
                    "18:30 UTC, the same day); the bar line at the top is 'outlet - headline...' cut short; the "
                    "text's 'يوم الاثنين' is 5 May (the Israeli strikes on Hodeidah)",
  'evidence': {'text': 'الثلاثاء 6 مايو 2025 - 21:30'},
  'other_dates': [],
  'body_first': 'أعلنت سلطنة عمان التوصل إلى اتفاق لوقف إطلاق النار',
  'body_last': 'ويرى محللون أن الاتفاق يمثل تحولاً في الموقف الأمريكي الذي راهن على القوة العسكرية لوقف عمليات '
               'القوات المسلحة اليمنية في البحر الأحمر، دون أن يحقق ذلك الهدف على مدى أكثر من عام ونصف.',
  'chrome_not_body': ['قناة الصمود - سلطنة عمان تعلن اتفاقاً لوقف إطلاق النار بين صنعاء وواشنطن...',
                      'قناة الصمود',
                      'البث المباشر | الأخبار | البرامج | المقاومة | فلسطين | تقارير | فيديو',
                      'محلي | سياسة',
                      'الثلاثاء 6 مايو 2025 - 21:30 بتوقيت صنعاء',
                      'مشاركة: واتساب | تيليجرام | إكس',
                      'فيديو | 01:52 | مشاهد من آثار الغارات الأمريكية على ميناء رأس عيسى',
                      'اقرأ أيضاً: ميناء رأس عيسى.. شاهد على جرائم العدوان الأمريكي',
                      'الوسوم: عمان | وقف إطلاق النار | البحر الأحمر | أمريكا',
                      'الأكثر مشاهدة',
                      'فيديو | 03:10 | جولة في ميناء الحديدة بعد الغارات',
                      'جميع الحقوق محفوظة © 2025 قناة الصمود الفضائية'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2025-05-05'},
  'credits': []},
 {'n': 5215,
  'language': 'ar',
  'situation': 3,
  'outlet': 'agency: a Palestinian news agency covering the diaspora (وكالة مرايا الشتات للأنباء, invented): Islamic '
            'State overruns much of Yarmouk camp',
  'title': 'تنظيم داعش يسيطر على أجزاء واسعة من مخيم اليرموك جنوب دمشق',
  'title_decoys': [{'text': 'الشتات', 'kind': 'section'},
                   {'text': 'فلسطينيون يحملون مساعداتهم في أحد شوارع مخيم اليرموك المدمرة قبل اقتحام التنظيم للمخيم، '
                            'في صورة من الأرشيف',
                    'kind': 'caption'},
                   {'text': 'تصوير: وكالة مرايا الشتات / أرشيف', 'kind': 'credit'},
                   {'text': 'يعيش نحو ثمانية عشر ألف لاجئ فلسطيني وسوري محاصرين داخل المخيم بين نيران التنظيم '
                            'المهاجم وقصف قوات النظام، وسط نقص حاد في الغذاء والماء والدواء ونداءات أممية عاجلة لفتح '
                            'ممرات آمنة لإجلاء المدنيين',
                    'kind': 'deck'}],
  'published': '2015-04-04',
  'published_note': "'السبت 4 نيسان/أبريل 2015 - 12:35' on the dateline-and-date line under the deck (weekday D "
                    "Levantine/Egyptian month YYYY); the text's 'يوم الأربعاء' is 1 April (the assault)",
  'evidence': {'text': 'السبت 4 نيسان/أبريل 2015 - 12:35'},
  'other_dates': [],
  'body_first': 'سيطر مسلحو تنظيم داعش على أجزاء واسعة من مخيم اليرموك',
  'body_last': 'ويخضع المخيم لحصار خانق منذ أكثر من عامين، مات خلاله عشرات من سكانه جوعاً أو بسبب نقص الرعاية '
               'الطبية، بحسب منظمات حقوقية، وتراجع عدد سكانه من أكثر من مئة وخمسين ألفاً قبل الحرب.',
  'chrome_not_body': ['وكالة مرايا الشتات للأنباء',
                      'الرئيسية | فلسطين | الشتات | عربي ودولي | تقارير | صور | فيديو',
                      'الشتات',
                      'فلسطينيون يحملون مساعداتهم في أحد شوارع مخيم اليرموك المدمرة قبل اقتحام التنظيم للمخيم، في '
                      'صورة من الأرشيف',
                      'تصوير: وكالة مرايا الشتات / أرشيف',
                      'يعيش نحو ثمانية عشر ألف لاجئ فلسطيني وسوري محاصرين داخل المخيم بين نيران التنظيم المهاجم وقصف '
                      'قوات النظام، وسط نقص حاد في الغذاء والماء والدواء ونداءات أممية عاجلة لفتح ممرات آمنة لإجلاء '
                      'المدنيين',
                      'دمشق - مراسل الوكالة | السبت 4 نيسان/أبريل 2015 - 12:35',
                      'اقرأ أيضاً: مخيم اليرموك.. من عاصمة الشتات إلى مخيم للجوع',
                      'الوسوم: اليرموك | داعش | اللاجئون الفلسطينيون | دمشق',
                      'شارك الخبر: فيسبوك | تويتر | واتساب',
                      'جميع الحقوق محفوظة © 2015 وكالة مرايا الشتات للأنباء'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأربعاء', 'date': '2015-04-01'},
  'credits': []},
 {'n': 5216,
  'language': 'ar',
  'situation': 4,
  'outlet': 'aggregator: a Libyan news aggregator relaying a Libyan daily (بوابة ليبيا الآن relaying صحيفة السرايا '
            'الليبية, both invented): Tripoli clashes after the killing of Abdelghani al-Kikli',
  'title': 'هدوء حذر في طرابلس بعد اشتباكات عنيفة أعقبت مقتل رئيس جهاز دعم الاستقرار',
  'title_decoys': [{'text': 'كل أخبار ليبيا في مكان واحد', 'kind': 'slogan'},
                   {'text': 'الأكثر قراءة', 'kind': 'list-header'},
                   {'text': 'المجلس الرئاسي يدعو إلى وقف فوري لإطلاق النار في العاصمة', 'kind': 'top-story'},
                   {'text': 'البعثة الأممية تطالب بحماية المدنيين وتدعو إلى الحوار', 'kind': 'top-story'},
                   {'text': 'تعليق الدراسة والامتحانات في مدارس وجامعات طرابلس', 'kind': 'top-story'},
                   {'text': 'إغلاق مطار معيتيقة وتحويل الرحلات إلى مطار مصراتة', 'kind': 'top-story'},
                   {'text': 'وزارة الصحة تعلن حالة الطوارئ في مستشفيات العاصمة', 'kind': 'top-story'},
                   {'text': 'أمن | طرابلس', 'kind': 'section'}],
  'published': '2025-05-14',
  'published_note': "'14-05-2025 | 11:20' on the source line under the title (numeric D-M-Y with dashes, day 14); "
                    "the five most-read headlines above the title carry no date; the text's 'مساء الاثنين' is 12 May "
                    '(the killing)',
  'evidence': {'text': '14-05-2025 | 11:20', 'order': 'dmy'},
  'order': 'dmy',
  'other_dates': [],
  'body_first': 'يسود هدوء حذر أحياء العاصمة الليبية طرابلس',
  'body_last': 'وأفاد مركز طب الطوارئ والدعم بانتشال عدد من الجثث من مناطق الاشتباك، دون أن يحدد عدد الضحايا، فيما '
               'أغلقت محال تجارية أبوابها وخلت الطرقات من المارة في عدة أحياء.',
  'chrome_not_body': ['بوابة ليبيا الآن',
                      'كل أخبار ليبيا في مكان واحد',
                      'الرئيسية | سياسة | أمن | اقتصاد | مجتمع | رياضة | مقالات',
                      'الأكثر قراءة',
                      'المجلس الرئاسي يدعو إلى وقف فوري لإطلاق النار في العاصمة',
                      'البعثة الأممية تطالب بحماية المدنيين وتدعو إلى الحوار',
                      'تعليق الدراسة والامتحانات في مدارس وجامعات طرابلس',
                      'إغلاق مطار معيتيقة وتحويل الرحلات إلى مطار مصراتة',
                      'وزارة الصحة تعلن حالة الطوارئ في مستشفيات العاصمة',
                      'أمن | طرابلس',
                      'المصدر: صحيفة السرايا الليبية | 14-05-2025 | 11:20',
                      'اقرأ أيضاً: من هو غنيوة الككلي؟ سيرة أحد أبرز قادة التشكيلات في طرابلس',
                      'للاطلاع على الخبر كاملاً زوروا موقع صحيفة السرايا الليبية',
                      'تطبيق بوابة ليبيا الآن متاح على آيفون وأندرويد',
                      '© 2025 بوابة ليبيا الآن - جميع المواد ملك لمصادرها الأصلية'],
  'unlisted': [],
  'relative': {'phrase': 'مساء الاثنين', 'date': '2025-05-12'},
  'credits': []},
 {'n': 5217,
  'language': 'ar',
  'situation': 5,
  'outlet': 'regional news site: a Gaza news network (شبكة ساحل غزة الإخبارية, invented): displaced Palestinians '
            'return to northern Gaza',
  'title': '«عدنا ولن نغادر مرة أخرى».. عشرات الآلاف من النازحين يعبرون نحو شمال القطاع',
  'title_decoys': [{'text': 'أخبار غزة', 'kind': 'section'},
                   {'text': 'عودة النازحين إلى مدينة غزة والشمال', 'kind': 'seo-subtitle'},
                   {'text': 'اقرأ أيضاً: ماذا ينتظر العائدين إلى الشمال؟ أحياء بلا ماء ولا كهرباء',
                    'kind': 'read-also'}],
  'published': '2025-01-27',
  'published_note': "'27 يناير 2025 | 13:05' under the subtitle (D Egyptian month YYYY); the text's 'يوم السبت' is "
                    '25 January (the second exchange)',
  'evidence': {'text': '27 يناير 2025 | 13:05'},
  'other_dates': [],
  'body_first': 'بدأ عشرات الآلاف من النازحين الفلسطينيين العودة سيراً على الأقدام',
  'body_last': 'وقدرت مصادر محلية عدد من عبروا إلى الشمال خلال الساعات الأولى بأكثر من مئتي ألف نازح، في حين تستمر '
               'حركة العودة حتى ساعات المساء وسط إجراءات أمنية مشددة.',
  'chrome_not_body': ['شبكة ساحل غزة الإخبارية',
                      'الرئيسية | أخبار غزة | الضفة | القدس | الأسرى | تقارير | صور | فيديو',
                      'أخبار غزة',
                      'عودة النازحين إلى مدينة غزة والشمال',
                      '27 يناير 2025 | 13:05',
                      'غزة - سماح أبو شمالة',
                      'صورة: نازحون يسيرون على شارع الرشيد باتجاه مدينة غزة (ساحل غزة)',
                      'اقرأ أيضاً: ماذا ينتظر العائدين إلى الشمال؟ أحياء بلا ماء ولا كهرباء',
                      'الوسوم: غزة | النازحون | شارع الرشيد | وقف إطلاق النار',
                      'تابعونا على: تيليجرام | فيسبوك | إنستغرام',
                      'جميع الحقوق محفوظة © 2025 شبكة ساحل غزة الإخبارية'],
  'unlisted': [],
  'relative': {'phrase': 'يوم السبت', 'date': '2025-01-25'},
  'credits': [{'role': 'author', 'name': 'سماح أبو شمالة'}]},
 {'n': 5218,
  'language': 'ar',
  'situation': 6,
  'outlet': 'regional daily: the opinion pages of a Gulf Arabic daily (صحيفة الساحل الشرقي, invented): a column on '
            'the Kuwait talks on Yemen',
  'title': 'مشاورات الكويت.. فرصة اليمنيين الأخيرة قبل أن تبتلعهم الحرب',
  'title_decoys': [{'text': 'مقالات الرأي', 'kind': 'section'},
                   {'text': 'نافذة على الجنوب', 'kind': 'column-name'},
                   {'text': 'بدر السهلي', 'kind': 'columnist'}],
  'published': '2016-04-24',
  'published_note': "'الأحد 17 رجب 1437 هـ - 24 أبريل 2016 م' under the title: lunar Hijri beside Gregorian (D "
                    "Egyptian month YYYY); the comments are stamped 25/04/2016 and 26/04/2016; the text's 'يوم "
                    "الخميس' is 21 April (the opening session)",
  'evidence': {'text': 'الأحد 17 رجب 1437 هـ - 24 أبريل 2016 م'},
  'order': 'dmy',
  'hijri': {'text': '17 رجب 1437 هـ', 'year': 1437, 'month': 7, 'day': 17},
  'other_dates': [{'text': '25/04/2016 - 08:15', 'date': '2016-04-25', 'role': 'comment', 'order': 'dmy'},
                  {'text': '26/04/2016 - 19:40', 'date': '2016-04-26', 'role': 'comment', 'order': 'dmy'}],
  'body_first': 'انطلقت مشاورات السلام اليمنية في الكويت برعاية الأمم المتحدة',
  'body_last': 'اليمنيون تعبوا من الحرب، ومن الانتظار، ومن الوعود. وإذا ضاعت هذه الفرصة فقد لا تتكرر قريباً، وسيكون '
               'الثمن أجيالاً أخرى تكبر على صوت المدافع بدل أجراس المدارس.',
  'chrome_not_body': ['صحيفة الساحل الشرقي',
                      'الرئيسية | محليات | الخليج | عربي ودولي | اقتصاد | رأي | رياضة',
                      'مقالات الرأي',
                      'نافذة على الجنوب',
                      'بدر السهلي',
                      'الأحد 17 رجب 1437 هـ - 24 أبريل 2016 م',
                      'بدر السهلي كاتب وباحث في الشؤون اليمنية والخليجية، عمل سابقاً في السلك الدبلوماسي، ويكتب '
                      'زاوية «نافذة على الجنوب» أسبوعياً في صحيفة الساحل الشرقي.',
                      'الآراء الواردة في المقال تعبر عن رأي كاتبها',
                      'التعليقات (2)',
                      'أبو فيصل | 25/04/2016 - 08:15',
                      'سالم الحضرمي | 26/04/2016 - 19:40',
                      'أضف تعليقك',
                      '© 2016 صحيفة الساحل الشرقي. جميع الحقوق محفوظة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الخميس', 'date': '2016-04-21'},
  'comments_first': 'مقال في الصميم.',
  'comment_authors': ['أبو فيصل', 'سالم الحضرمي'],
  'credits': [{'role': 'author', 'name': 'بدر السهلي'}]},
 {'n': 5219,
  'language': 'ar',
  'situation': 7,
  'outlet': 'army outlet: a Sudanese army-aligned military media portal (بوابة الدرع الأخضر, invented): the army '
            'enters Wad Madani',
  'title': 'القوات المسلحة تدخل مدينة ود مدني وتبسط سيطرتها على حاضرة ولاية الجزيرة بعد أكثر من عام على دخول '
           'الميليشيا المتمردة',
  'title_lines': ['القوات المسلحة تدخل مدينة ود مدني وتبسط سيطرتها',
                  'على حاضرة ولاية الجزيرة بعد أكثر من عام على دخول الميليشيا المتمردة'],
  'title_decoys': [{'text': 'منبر التوجيه والإعلام العسكري - السودان', 'kind': 'slogan'},
                   {'text': 'أخبار الميدان', 'kind': 'section'},
                   {'text': 'طالع أيضاً: خريطة العمليات في ولاية الجزيرة منذ بداية التمرد', 'kind': 'read-also'}],
  'published': '2025-01-12',
  'published_note': "'2025/01/12 - 10:00 ص' under the two-line title (Y/M/D); the text's 'يوم السبت' is 11 January "
                    "(the forces meet at the city's entrances)",
  'evidence': {'text': '2025/01/12 - 10:00 ص'},
  'other_dates': [],
  'body_first': 'أكدت القيادة العامة للقوات المسلحة أن قواتها دخلت مدينة ود مدني',
  'body_last': 'وتعد ود مدني ثاني أكبر مدن السودان وعقدة مواصلات رئيسية تربط الخرطوم بشرق البلاد وجنوبه، ويرى '
               'مراقبون عسكريون أن استعادتها تفتح الطريق أمام القوات للتقدم نحو العاصمة.',
  'chrome_not_body': ['بوابة الدرع الأخضر',
                      'منبر التوجيه والإعلام العسكري - السودان',
                      'الرئيسية | أخبار القوات المسلحة | بيانات | الميدان | صور | فيديو | تواصل معنا',
                      'أخبار الميدان',
                      '2025/01/12 - 10:00 ص',
                      'ود مدني - مكتب الدرع الأخضر',
                      'صورة: جنود القوات المسلحة يرفعون العلم في أحد ميادين مدينة ود مدني (الدرع الأخضر)',
                      'طالع أيضاً: خريطة العمليات في ولاية الجزيرة منذ بداية التمرد',
                      'الوسوم: ود مدني | ولاية الجزيرة | القوات المسلحة | الدعم السريع',
                      'شارك: فيسبوك | إكس | واتساب',
                      'جميع الحقوق محفوظة © 2025 بوابة الدرع الأخضر'],
  'unlisted': [],
  'relative': {'phrase': 'يوم السبت', 'date': '2025-01-11'},
  'credits': []},
 {'n': 5220,
  'language': 'ar',
  'situation': 8,
  'outlet': "broadcaster: an Iraqi satellite channel's news site (قناة الزقورة الفضائية, invented): security forces "
            'regain control of Kirkuk after an Islamic State attack',
  'title': 'القوات الأمنية تستعيد السيطرة على كركوك وتقتل العشرات من مهاجمي داعش',
  'title_decoys': [{'text': 'أخبار العراق', 'kind': 'section'},
                   {'text': 'اقرأ أيضاً: عائلات كركوك تروي ساعات الرعب في الأحياء الجنوبية للمدينة',
                    'kind': 'read-also'},
                   {'text': 'ذات صلة: معركة الموصل تدخل أسبوعها الأول وسط تقدم على عدة محاور', 'kind': 'related'}],
  'published': '2016-10-22',
  'published_note': "'٢٢ تشرين الأول ٢٠١٦ - ١١:٠٥' under the 'اقرأ أيضاً' and 'ذات صلة' lines (D Levantine month "
                    "YYYY in Arabic-Indic digits); the comments are stamped 23 and 24 October; the text's 'يوم "
                    "الجمعة' is 21 October (the attack)",
  'evidence': {'text': '٢٢ تشرين الأول ٢٠١٦ - ١١:٠٥'},
  'other_dates': [{'text': '٢٣ تشرين الأول ٢٠١٦', 'date': '2016-10-23', 'role': 'comment'},
                  {'text': '٢٤ تشرين الأول ٢٠١٦', 'date': '2016-10-24', 'role': 'comment'}],
  'body_first': 'أعلنت قيادة شرطة كركوك استعادة السيطرة على أغلب المواقع',
  'body_last': 'وأكد محافظ كركوك نجم الدين كريم أن الوضع تحت السيطرة، وأن الأجهزة الأمنية ستحاسب كل من تعاون مع '
               'المهاجمين، داعياً إلى عدم الانجرار وراء الشائعات على مواقع التواصل الاجتماعي.',
  'chrome_not_body': ['قناة الزقورة الفضائية',
                      'البث المباشر | أخبار العراق | عربي ودولي | برامج | رياضة | اتصل بنا',
                      'أخبار العراق',
                      'اقرأ أيضاً: عائلات كركوك تروي ساعات الرعب في الأحياء الجنوبية للمدينة',
                      'ذات صلة: معركة الموصل تدخل أسبوعها الأول وسط تقدم على عدة محاور',
                      '٢٢ تشرين الأول ٢٠١٦ - ١١:٠٥ | كركوك - مراسل القناة',
                      'صورة: عناصر من القوات الأمنية في أحد شوارع كركوك بعد انتهاء الاشتباكات',
                      'التعليقات (2)',
                      'أبو علي الكركوكي | ٢٣ تشرين الأول ٢٠١٦',
                      'نوال من بغداد | ٢٤ تشرين الأول ٢٠١٦',
                      'أضف تعليقاً',
                      'الوسوم: كركوك | داعش | البيشمركة | الموصل',
                      'جميع الحقوق محفوظة © 2016 قناة الزقورة الفضائية'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الجمعة', 'date': '2016-10-21'},
  'comments_first': 'الرحمة للشهداء والشفاء للجرحى',
  'comment_authors': ['أبو علي الكركوكي', 'نوال من بغداد'],
  'credits': []},
 {'n': 5221,
  'language': 'ar',
  'situation': 9,
  'outlet': "broadcaster: a pan-Arab satellite channel's video page (قناة المشرق الآن, invented): Israeli strikes "
            'hit the general staff building in Damascus',
  'title': 'شاهد: لحظة استهداف مبنى هيئة الأركان في دمشق بغارات إسرائيلية',
  'title_decoys': [{'text': 'فيديو > سوريا', 'kind': 'breadcrumb'},
                   {'text': '01:48', 'kind': 'duration'},
                   {'text': '▶ تشغيل الفيديو | النص المكتوب للفيديو', 'kind': 'play-line'},
                   {'text': 'بالصور: آثار الدمار في محيط ساحة الأمويين بعد الغارات', 'kind': 'read-also'},
                   {'text': 'بالصور: نازحون من السويداء يصلون إلى درعا', 'kind': 'video-item'},
                   {'text': 'شاهد: دخان يتصاعد فوق دمشق بعد الغارات', 'kind': 'video-item'}],
  'published': '2025-07-16',
  'published_note': "'16.07.2025 | 19:45 بتوقيت دمشق' under the play line (numeric D.M.Y with dots, day 16; 16:45 "
                    "UTC); the duration '01:48' is no date; the comments are stamped 17.07.2025 and 18.07.2025; the "
                    "text's 'يوم الأحد' is 13 July (the start of the Sweida clashes)",
  'evidence': {'text': '16.07.2025 | 19:45', 'order': 'dmy'},
  'order': 'dmy',
  'other_dates': [{'text': '17.07.2025 | 08:10', 'date': '2025-07-17', 'role': 'comment', 'order': 'dmy'},
                  {'text': '18.07.2025 | 21:30', 'date': '2025-07-18', 'role': 'comment', 'order': 'dmy'}],
  'body_first': 'شنت طائرات حربية إسرائيلية سلسلة غارات على مبنى هيئة الأركان العامة',
  'body_last': 'من جهتها، أعلنت الولايات المتحدة أنها تتواصل مع جميع الأطراف لوقف التصعيد، معربة عن قلقها من تدهور '
               'الوضع في الجنوب السوري، وسط دعوات عربية ودولية لضبط النفس.',
  'chrome_not_body': ['قناة المشرق الآن',
                      'مباشر | أخبار | فيديو | برامج | تحقيقات | رياضة | English',
                      'فيديو > سوريا',
                      '01:48',
                      '▶ تشغيل الفيديو | النص المكتوب للفيديو',
                      '16.07.2025 | 19:45 بتوقيت دمشق',
                      'بالصور: آثار الدمار في محيط ساحة الأمويين بعد الغارات',
                      'المزيد من الفيديو',
                      'بالصور: نازحون من السويداء يصلون إلى درعا',
                      'شاهد: دخان يتصاعد فوق دمشق بعد الغارات',
                      'التعليقات (2)',
                      'ماجد الشامي | 17.07.2025 | 08:10',
                      'رنا. ع | 18.07.2025 | 21:30',
                      'شارك: فيسبوك | إكس | واتساب | تيليغرام',
                      '© 2025 قناة المشرق الآن. جميع الحقوق محفوظة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأحد', 'date': '2025-07-13'},
  'comments_first': 'حمى الله دمشق وأهلها',
  'comment_authors': ['ماجد الشامي', 'رنا. ع'],
  'credits': []},
 {'n': 5222,
  'language': 'ar',
  'situation': 10,
  'outlet': 'regional news site republishing a wire: a Libyan news site running an agency story (موقع فسيفساء ليبيا, '
            'وكالة أنباء الساحل المتوسطي, both invented): the Presidential Council arrives in Tripoli by sea',
  'title': 'المجلس الرئاسي لحكومة الوفاق يصل إلى طرابلس بحراً وسط تحذيرات من المواجهة',
  'title_decoys': [{'text': 'أخبار ليبيا على مدار الساعة', 'kind': 'slogan'},
                   {'text': 'وكالة أنباء الساحل المتوسطي (ساحل)', 'kind': 'wire-source'},
                   {'text': 'آخر تحديث: 31 مارس 2016 - 09:05 ت.غ', 'kind': 'update'},
                   {'text': 'تحديث: 31 مارس 2016 - 13:40 ت.غ', 'kind': 'update'}],
  'published': '2016-03-30',
  'published_note': "'نشر في: 30 مارس 2016 - 17:20 ت.غ' under the title (D Egyptian month YYYY, GMT); two update "
                    "lines of 31 March follow it; the text's 'يوم الأحد' is 27 March",
  'evidence': {'text': 'نشر في: 30 مارس 2016 - 17:20 ت.غ'},
  'other_dates': [{'text': 'آخر تحديث: 31 مارس 2016 - 09:05', 'date': '2016-03-31', 'role': 'update'},
                  {'text': 'تحديث: 31 مارس 2016 - 13:40', 'date': '2016-03-31', 'role': 'update'}],
  'body_first': 'طرابلس (ساحل) - وصل رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج',
  'body_last': 'ويحظى المجلس الرئاسي بدعم عدد من الكتائب المسلحة في العاصمة، بينما تعارضه كتائب أخرى موالية لحكومة '
               'الإنقاذ، ما يثير مخاوف من اندلاع مواجهات في شوارع طرابلس.',
  'chrome_not_body': ['موقع فسيفساء ليبيا',
                      'أخبار ليبيا على مدار الساعة',
                      'الرئيسية | ليبيا | المغرب العربي | عربي ودولي | اقتصاد | رياضة',
                      'وكالة أنباء الساحل المتوسطي (ساحل)',
                      'نشر في: 30 مارس 2016 - 17:20 ت.غ',
                      'آخر تحديث: 31 مارس 2016 - 09:05 ت.غ',
                      'تحديث: 31 مارس 2016 - 13:40 ت.غ',
                      'صورة: السراج لدى وصوله إلى القاعدة البحرية في طرابلس (ساحل)',
                      'المصدر: وكالة أنباء الساحل المتوسطي (ساحل)',
                      'اقرأ أيضاً في فسيفساء ليبيا: من هو فائز السراج؟',
                      'الوسوم: طرابلس | السراج | حكومة الوفاق | المجلس الرئاسي',
                      'جميع الحقوق محفوظة © 2016 موقع فسيفساء ليبيا'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأحد', 'date': '2016-03-27'},
  'credits': []},
 {'n': 5223,
  'language': 'ar',
  'situation': 11,
  'outlet': "regional daily: a Lebanese Arabic daily's site (صحيفة الأرز الجديدة, invented): the cabinet tasks the "
            'army with a plan for a state monopoly on arms',
  'title': 'مجلس الوزراء يكلف الجيش وضع خطة لحصر السلاح بيد الدولة قبل نهاية العام',
  'title_decoys': [{'text': 'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على '
                            'ذلك. موافق | المزيد',
                    'kind': 'cookie-banner'},
                   {'text': 'اشترك الآن واحصل على وصول غير محدود إلى جميع المقالات والأرشيف. اشترك | لديك حساب؟ '
                            'تسجيل الدخول',
                    'kind': 'subscription'},
                   {'text': 'الجمعة 8 آب 2025 | لبنان | عربي ودولي | اقتصاد | رأي | ثقافة | رياضة',
                    'kind': 'date-menu'},
                   {'text': 'عاجل | الجيش يبدأ إعداد خطته لحصر السلاح بيد الدولة وفق المهلة الحكومية',
                    'kind': 'ticker'},
                   {'text': 'صحيفة الأرز الجديدة', 'kind': 'site-name'},
                   {'text': 'اقرأ أيضاً: ماذا تتضمن الورقة الأمريكية بشأن سلاح حزب الله؟', 'kind': 'read-also'}],
  'published': '2025-08-06',
  'published_note': "'2025-08-06 08:30' under the title (ISO); the menu line's 'الجمعة 8 آب 2025' is the crawl day, "
                    "and the urgent ticker belongs to it; the text's 'يوم الثلاثاء' is 5 August (the session)",
  'evidence': {'text': '2025-08-06 08:30'},
  'other_dates': [{'text': 'الجمعة 8 آب 2025', 'date': '2025-08-08', 'role': 'crawl'}],
  'body_first': 'كلف مجلس الوزراء اللبناني الجيش وضع خطة تطبيقية',
  'body_last': 'وفي الضاحية الجنوبية لبيروت، جاب مناصرون للحزب الشوارع على دراجات نارية احتجاجاً على القرار، قبل أن '
               'تنتشر وحدات من الجيش في عدد من المحاور لمنع أي احتكاك.',
  'chrome_not_body': ['يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك. '
                      'موافق | المزيد',
                      'اشترك الآن واحصل على وصول غير محدود إلى جميع المقالات والأرشيف. اشترك | لديك حساب؟ تسجيل '
                      'الدخول',
                      'الجمعة 8 آب 2025 | لبنان | عربي ودولي | اقتصاد | رأي | ثقافة | رياضة',
                      'عاجل | الجيش يبدأ إعداد خطته لحصر السلاح بيد الدولة وفق المهلة الحكومية',
                      'صحيفة الأرز الجديدة',
                      '2025-08-06 08:30',
                      'بيروت - ريما عاصي',
                      'صورة: جانب من جلسة مجلس الوزراء في القصر الجمهوري (الأرز الجديدة)',
                      'اقرأ أيضاً: ماذا تتضمن الورقة الأمريكية بشأن سلاح حزب الله؟',
                      'الوسوم: مجلس الوزراء | حصر السلاح | الجيش اللبناني | حزب الله',
                      'شارك: فيسبوك | إكس | واتساب',
                      'النشرة الإخبارية: اشترك لتصلك أبرز الأخبار صباح كل يوم',
                      '© 2025 صحيفة الأرز الجديدة. جميع الحقوق محفوظة'],
  'unlisted': ['لبنان'],
  'relative': {'phrase': 'يوم الثلاثاء', 'date': '2025-08-05'},
  'credits': [{'role': 'author', 'name': 'ريما عاصي'}]},
 {'n': 5224,
  'language': 'ar',
  'situation': 12,
  'outlet': 'regional news site: a Sudanese news site (سودان نبض, invented): the RSF take El Fasher',
  'title': 'الدعم السريع يسيطر على الفاشر',
  'title_decoys': [{'text': 'أخبار السودان لحظة بلحظة', 'kind': 'slogan'},
                   {'text': 'الحرب في السودان: تغطية مستمرة من الفاشر ودارفور وكردفان', 'kind': 'topic'},
                   {'text': 'بعد حصار استمر نحو ثمانية عشر شهراً، أعلنت قوات الدعم السريع سيطرتها على مقر الفرقة '
                            'السادسة مشاة آخر معاقل الجيش في إقليم دارفور، وسط مخاوف أممية من انتهاكات واسعة بحق '
                            'المدنيين الفارين',
                    'kind': 'deck'},
                   {'text': 'اقرأ أيضاً: الفاشر.. خمسمئة يوم من الحصار والجوع', 'kind': 'read-also'}],
  'published': '2025-10-27',
  'published_note': "'الاثنين 5 جمادى الأولى 1447 هـ الموافق 27 أكتوبر 2025 - 14:10' under the deck: lunar Hijri "
                    "beside Gregorian (D Egyptian month YYYY); the text's 'يوم الأحد' is 26 October (the RSF inside "
                    'the division headquarters)',
  'evidence': {'text': 'الاثنين 5 جمادى الأولى 1447 هـ الموافق 27 أكتوبر 2025 - 14:10'},
  'hijri': {'text': '5 جمادى الأولى 1447 هـ', 'year': 1447, 'month': 5, 'day': 5},
  'other_dates': [],
  'body_first': 'أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر',
  'body_last': 'وتشهد المدينة حصاراً منذ مايو من العام الماضي، عانى خلاله السكان من نقص حاد في الغذاء والدواء، واضطر '
               'كثيرون منهم إلى أكل علف الحيوانات، بحسب منظمات إنسانية.',
  'chrome_not_body': ['سودان نبض',
                      'أخبار السودان لحظة بلحظة',
                      'الرئيسية | سياسة | الحرب | اقتصاد | منوعات | مقالات | تواصل',
                      'الحرب في السودان: تغطية مستمرة من الفاشر ودارفور وكردفان',
                      'بعد حصار استمر نحو ثمانية عشر شهراً، أعلنت قوات الدعم السريع سيطرتها على مقر الفرقة السادسة '
                      'مشاة آخر معاقل الجيش في إقليم دارفور، وسط مخاوف أممية من انتهاكات واسعة بحق المدنيين الفارين',
                      'الاثنين 5 جمادى الأولى 1447 هـ الموافق 27 أكتوبر 2025 - 14:10',
                      'بورتسودان - سودان نبض',
                      'صورة: دخان يتصاعد فوق أحياء مدينة الفاشر (أرشيفية)',
                      'اقرأ أيضاً: الفاشر.. خمسمئة يوم من الحصار والجوع',
                      'الوسوم: الفاشر | الدعم السريع | دارفور | الحرب في السودان',
                      'شارك: فيسبوك | واتساب | تيليجرام',
                      '© 2025 سودان نبض. جميع الحقوق محفوظة'],
  'unlisted': [],
  'relative': {'phrase': 'يوم الأحد', 'date': '2025-10-26'},
  'credits': []}]


# ---------------------------------------------------------------- what the scorer sees
def norm(s):
    """The normalization of score_events.py (same steps), so that the checks see what the scorer sees."""
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
    n_ar = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return "ar" if n_ar > len(text) / 3 else "en"


# ---------------------------------------------------------------- weekdays and relative-day words
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_EN3 = [w[:3] for w in WD_EN]
WD_AR = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
# Arabic names are matched inside words on purpose ("الأحداث" holds "الأحد" and counts).
WD_RE = re.compile(r"\b(%s)\b|(%s)" % ("|".join(WD_EN), "|".join(WD_AR)))
WD3_RE = re.compile(r"\b(%s)\b" % "|".join(WD_EN3))
RELATIVE_WORDS = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b|اليوم|البارحة|"
                            r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)


def weekdays(text):
    out = {WD_EN.index(a) if a else WD_AR[b] for a, b in WD_RE.findall(text)}
    return out | {WD_EN3.index(a) for a in WD3_RE.findall(text)}


def weekday_count(text):
    return len(WD_RE.findall(text)) + len(WD3_RE.findall(text))


# ---------------------------------------------------------------- Gregorian dates
MONTHS_EN = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
             "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
             "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS_AR = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
             "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
             "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
             "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
             "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8}
HIJRI_MONTHS_AR = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                   "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]


def _alt(names):
    return "|".join(sorted(names, key=len, reverse=True))


_EN, _AR = _alt(MONTHS_EN), _alt(MONTHS_AR)
# partial (day and month, no year) English dates need a capitalised month, so that the verb "may" is none
_ENC = _alt({m.capitalize() for m in MONTHS_EN} | {m.upper() for m in MONTHS_EN})
P_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
P_YMD = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
P_NUM = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])")
P_EN_DMY = re.compile(r"\b(\d{1,2})\s+(%s)\b\.?,?\s+(\d{4})\b" % _EN, re.I)
P_EN_MDY = re.compile(r"\b(%s)\b\.?\s+(\d{1,2}),?\s+(\d{4})\b" % _EN, re.I)
P_AR_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(%s)(?:\s*/\s*(%s))?\s*,?\s*(\d{4})(?!\d)" % (_AR, _AR))
P_EN_MD = re.compile(r"\b(%s)\b\.?\s+(\d{1,2})(?![\d:])" % _ENC)
P_EN_DM = re.compile(r"(?<![\d:])\b(\d{1,2})\s+(%s)\b" % _ENC)
P_AR_DM = re.compile(r"(?<![\d:])(\d{1,2})\s+(%s)(?![\u0600-\u06FF])" % _AR)


def western_digits(s):
    table = {0x0660 + k: str(k) for k in range(10)}
    table.update({0x06F0 + k: str(k) for k in range(10)})
    return s.translate(table)


def find_dates(text, order=None):
    """Return (full, partial): the ISO days the text names in full, and the (month, day) pairs it names
    without a year. Raise ValueError on an impossible day, on two Arabic month names that disagree, and
    on a numeric D/M/Y date with no page order or not made unambiguous by a day above 12."""
    t = western_digits(text)
    full, partial = set(), set()

    def day(y, m, d):
        full.add(datetime.date(int(y), int(m), int(d)).isoformat())

    for y, m, d in P_ISO.findall(t):
        day(y, m, d)
    t = P_ISO.sub(" ", t)
    for y, m, d in P_YMD.findall(t):
        day(y, m, d)
    t = P_YMD.sub(" ", t)
    for a, _sep, b, y in P_NUM.findall(t):
        a, b = int(a), int(b)
        if order != "dmy":
            raise ValueError(f"numeric date {a}.{b}.{y} in {text!r} needs the page order 'dmy'")
        if not (a > 12 and b <= 12):
            raise ValueError(f"numeric date {a}.{b}.{y} in {text!r} is ambiguous (day not above 12)")
        day(y, b, a)
    t = P_NUM.sub(" ", t)
    for d, mon, y in P_EN_DMY.findall(t):
        day(y, MONTHS_EN[mon.lower()], d)
    t = P_EN_DMY.sub(" ", t)
    for mon, d, y in P_EN_MDY.findall(t):
        day(y, MONTHS_EN[mon.lower()], d)
    t = P_EN_MDY.sub(" ", t)
    for d, mon, mon2, y in P_AR_DMY.findall(t):
        if mon2 and MONTHS_AR[mon2] != MONTHS_AR[mon]:
            raise ValueError(f"month names {mon!r} / {mon2!r} disagree in {text!r}")
        day(y, MONTHS_AR[mon], d)
    t = P_AR_DMY.sub(" ", t)

    def part(m, d):
        datetime.date(2000, m, int(d))  # a leap year, so 29 February passes
        partial.add((m, int(d)))

    for mon, d in P_EN_MD.findall(t):
        part(MONTHS_EN[mon.lower()], d)
    t = P_EN_MD.sub(" ", t)
    for d, mon in P_EN_DM.findall(t):
        part(MONTHS_EN[mon.lower()], d)
    for d, mon in P_AR_DM.findall(t):
        part(MONTHS_AR[mon], d)
    return full, partial


def names_day(text, want, order, complain, what):
    """text must name exactly the day want (ISO), in full; a weekday in it must fall on that day."""
    try:
        full, partial = find_dates(text, order)
    except ValueError as e:
        complain(f"{what}: {e}")
        return
    if full != {want} or partial:
        complain(f"{what} {text!r} names {sorted(full)} {sorted(partial)}, want {want}")
    wd = weekdays(text)
    if wd and wd != {datetime.date.fromisoformat(want).weekday()}:
        complain(f"{what} {text!r}: its weekday does not fall on {want}")


# ---------------------------------------------------------------- lunar Hijri, asked of the JDK
JAVA = """import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
public class Hijri52 {
    public static void main(String[] args) {
        for (String a : args) {
            HijrahDate h = HijrahDate.from(LocalDate.parse(a));
            System.out.println(a + " " + h.get(ChronoField.YEAR) + " " + h.get(ChronoField.MONTH_OF_YEAR) + " "
                    + h.get(ChronoField.DAY_OF_MONTH) + " " + h.getChronology().getCalendarType());
        }
    }
}
"""


def ask_jdk(days, problems):
    """{ISO day: (year, month, day, calendar)} from java.time.chrono.HijrahDate, through `java` run on a
    one-class source file in a temporary folder."""
    java = shutil.which("java")
    if not java:
        problems.append("no java on PATH: the Hijri dates cannot be checked, so no gold is written")
        return {}
    tmp = tempfile.mkdtemp(prefix="t52-hijri-")
    try:
        src = os.path.join(tmp, "Hijri52.java")
        with open(src, "w", encoding="utf-8") as f:
            f.write(JAVA)
        r = subprocess.run([java, src] + sorted(days), capture_output=True, text=True, timeout=240)
        if r.returncode != 0:
            problems.append("java failed: " + r.stderr.strip()[:300])
            return {}
        answer = {}
        for line in r.stdout.splitlines():
            p = line.split()
            if len(p) == 5:
                answer[p[0]] = (int(p[1]), int(p[2]), int(p[3]), p[4])
        return answer
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def read_hijri(text):
    """(year, month, day) from '17 رجب 1437 هـ', else None."""
    t = western_digits(text)
    for k, name in enumerate(HIJRI_MONTHS_AR):
        m = re.fullmatch(r"(\d{1,2}) " + re.escape(name) + r" (\d{4}) هـ", t)
        if m:
            return int(m.group(2)), k + 1, int(m.group(1))
    return None


# ---------------------------------------------------------------- per-page checks
LATER = {"crawl", "update", "comment"}        # roles of dates after publication
CREDIT_ROLES = {"author", "editor", "translator"}
END_PUNCT = ".?!:;,»\"'…"


def gold_strings(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"], doc["evidence"]["text"]]
    out += doc.get("title_lines", []) + [d["text"] for d in doc["title_decoys"]]
    out += doc["chrome_not_body"] + doc["unlisted"] + [d["text"] for d in doc["other_dates"]]
    out += [c["name"] for c in doc["credits"]] + doc.get("comment_authors", [])
    if "comments_first" in doc:
        out.append(doc["comments_first"])
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
    if not re.fullmatch(r"52\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        complain(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\t\u00a0"):
        complain("carriage return, form feed, tab or no-break space in the page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        complain("the page must end with exactly one newline")
    if not 300 <= len(raw.split()) <= 800:
        complain(f"the page has {len(raw.split())} words")
    all_lines = raw.split("\n")
    if any(l != l.strip() for l in all_lines):
        complain("a line has leading or trailing spaces")
    has_blank = "\n\n" in raw.strip("\n")
    if (LAYOUT[n] == "blank") != has_blank:
        complain(f"layout {LAYOUT[n]} but blank lines {'found' if has_blank else 'missing'}")
    for s in gold_strings(doc):
        if not s or "\n" in s or s != s.strip():
            complain(f"gold string empty, multi-line or with outer spaces: {s[:40]!r}")
        elif s not in raw and s != doc["title"]:
            complain(f"gold string not verbatim in the page: {s[:40]!r}")
    where = [k for k, l in enumerate(all_lines) if l.strip()]
    return name, raw, [all_lines[k] for k in where], where


def check_title(doc, lines, cset, complain):
    """The title is one whole line, or two adjacent whole lines (title_lines) joined with one space.
    Returns the index of its (first) line, or None."""
    tl = doc.get("title_lines") or [doc["title"]]
    if " ".join(tl) != doc["title"] or len(tl) not in (1, 2):
        complain("title_lines do not join into the title with one space")
        return None
    starts = [k for k in range(len(lines) - len(tl) + 1) if lines[k:k + len(tl)] == tl]
    if len(starts) != 1 or any(lines.count(x) != 1 for x in tl):
        complain("the title is not exactly one whole line (or one pair of adjacent whole lines)")
        return None
    if len(tl) == 2:
        if tl[0][-1] in END_PUNCT:
            complain("the first line of a split title ends with punctuation")
        if doc["title"] in lines:
            complain("a split title also stands joined on one line")
    if any(x in cset for x in tl):
        complain("a title line is listed as chrome")
    kinds = set()
    for d in doc["title_decoys"]:
        kinds.add(d["kind"])
        if d["kind"] not in DECOY_KINDS:
            complain(f"unknown decoy kind {d['kind']!r}")
        if d["text"] not in cset:
            complain(f"decoy is not a whole chrome line: {d['text'][:50]!r}")
        if norm(d["text"]) == norm(doc["title"]) or any(norm(d["text"]) == norm(x) for x in tl):
            complain(f"decoy equals the title after normalization: {d['text'][:50]!r}")
    return starts[0]


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
    t = check_title(doc, lines, cset, complain)
    if t is None:
        return None
    t_end = t + len(doc.get("title_lines") or [1])
    firsts = [k for k, l in enumerate(lines) if l.startswith(doc["body_first"])]
    if len(firsts) != 1 or lines.count(doc["body_last"]) != 1:
        complain("body_first is not the prefix of exactly one line, or body_last not exactly one whole line")
        return None
    i, j = firsts[0], lines.index(doc["body_last"])
    if not t_end <= i <= j:
        complain("the title, body_first and body_last are not in this order")
        return None
    if lines[i] in cset or lines[j] in cset:
        complain("a body edge is listed as chrome")
    above = [d for d in doc["title_decoys"] if d["text"] in lines[:i]]
    if len(above) < 2:
        complain("fewer than two decoys stand above the body")
    body_idx = [k for k in range(i, j + 1) if lines[k] not in cset]
    paras = [lines[k] for k in body_idx]
    if LAYOUT[n] == "blank":
        for a in range(i, j):
            if (a in body_idx or a + 1 in body_idx) and where[a + 1] - where[a] < 2:
                complain(f"no blank line between {lines[a][:30]!r} and {lines[a + 1][:30]!r}")
    for p in paras:
        if len(p.split()) < 18 or " | " in p:
            complain(f"short or piped line in the body span that is not chrome: {p[:60]!r}")
    body = " ".join(paras)
    words = len(body.split())
    if not 5 <= len(paras) <= 10:
        complain(f"{len(paras)} body paragraphs")
    if not 250 <= words <= 600:
        complain(f"{words} body words")
    nb = norm(body)
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            complain(f"chrome occurs inside the normalized body: {c[:50]!r}")
    for u in unlisted:
        if norm(u) not in nb:
            complain(f"unlisted line {u!r} is not inside the normalized body: list it as chrome")
    for x in [doc["title"]] + doc.get("title_lines", []):
        if norm(x) in nb:
            complain(f"the title (or a title line) occurs inside the body: {x[:40]!r}")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        complain("body_first / body_last are not in the normalized body")
    c_idx, c_texts = check_comments(doc, lines, j, cset, nb, complain)
    for k, l in enumerate(lines):
        if not (t <= k < t_end or k in body_idx or l in cset or l in unlisted or k in c_texts):
            complain(f"line {k} is neither title, body, chrome, unlisted nor a comment text: {l[:60]!r}")
    for c in doc["credits"]:
        if c["role"] not in CREDIT_ROLES:
            complain(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[k] and lines[k] in cset for k in range(len(lines)) if not i <= k <= j):
            complain(f"credit {c['name']!r} is not on a chrome line outside the body span")
        if norm(c["name"]) in nb:
            complain(f"credit {c['name']!r} occurs inside the body")
    return {"name": name, "raw": raw, "lines": lines, "t": t, "t_end": t_end, "i": i, "j": j,
            "body_idx": body_idx, "body": body, "cset": cset, "c_idx": c_idx,
            "stats": (len(paras), words, len(raw.split()), len(lines), len(raw.split("\n")) - 1)}


def check_comments(doc, lines, j, cset, nb, complain):
    if "comments_first" not in doc:
        if "comment_authors" in doc:
            complain("comment_authors without comments_first")
        return None, set()
    authors = doc.get("comment_authors", [])
    if len(authors) < 2:
        complain("fewer than two comment authors")
    starts = [k for k in range(j + 1, len(lines)) if lines[k].startswith(doc["comments_first"])]
    if len(starts) != 1 or lines[starts[0]] in cset:
        complain("comments_first is not the prefix of exactly one non-chrome line after the body")
    if norm(doc["comments_first"]) in nb:
        complain("comments_first occurs inside the body")
    texts = set()
    for a in authors:
        ks = [k for k in range(j + 1, len(lines)) if lines[k].startswith(a + " | ") and lines[k] in cset]
        if len(ks) != 1 or ks[0] + 1 >= len(lines) or lines[ks[0] + 1] in cset:
            complain(f"comment author {a!r}: not one chrome line 'author | stamp' followed by a comment text")
        else:
            texts.add(ks[0] + 1)
        if norm(a) in nb:
            complain(f"comment author occurs inside the body: {a!r}")
    if starts and starts[0] != min(texts, default=-1):
        complain("comments_first is not the first comment text")
    return (starts[0] if starts else None), texts


def line_with(lines, text):
    ks = [k for k, l in enumerate(lines) if text in l]
    return ks[0] if len(ks) == 1 else -1


def check_dates(doc, problems, hijri, ctx):
    n, lines, cset, body_idx = doc["n"], ctx["lines"], ctx["cset"], ctx["body_idx"]

    def complain(msg):
        problems.append(f"{n}: {msg}")
    pub = doc["published"]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub or ""):
        complain("published is not an ISO day")
        return None
    if not doc.get("published_note"):
        complain("published_note is missing")
    order, ev = doc.get("order"), doc["evidence"]
    if ev.get("order", order) != order:
        complain("the evidence's order differs from the page's")
    if ctx["raw"].count(ev["text"]) != 1:
        complain(f"the evidence occurs {ctx['raw'].count(ev['text'])} times")
    k_ev = line_with(lines, ev["text"])
    if k_ev < 0 or k_ev in body_idx or lines[k_ev] not in cset:
        complain("the evidence is not on one chrome line outside the body")
    h = doc.get("hijri")
    ev_text = ev["text"].replace(h["text"], " ") if h else ev["text"]
    names_day(ev_text, pub, order, complain, "evidence")
    if h:
        if read_hijri(h["text"]) != (h["year"], h["month"], h["day"]):
            complain(f"the Hijri text {h['text']!r} does not read {h['year']}-{h['month']}-{h['day']}")
        if h["text"] not in ev["text"]:
            complain("the Hijri date is not inside the evidence")
        jdk = hijri.get(pub)
        if not jdk or jdk != (h["year"], h["month"], h["day"], "islamic-umalqura"):
            complain(f"Hijri {h['year']}-{h['month']}-{h['day']} but HijrahDate gives {jdk} for {pub}")
    allowed = {pub}
    for d in doc["other_dates"]:
        role = d.get("role")
        if role not in LATER:
            complain(f"other date {d['text']!r}: unknown role {role!r}")
            continue
        names_day(d["text"], d["date"], d.get("order", order), complain, "other date")
        if not d["date"] > pub:
            complain(f"other date {d['text']!r} ({role}) is not after the publication day")
        k = line_with(lines, d["text"])
        if k < 0 or k in body_idx or lines[k] not in cset:
            complain(f"other date {d['text']!r} is not on one chrome line outside the body")
        allowed.add(d["date"])
    on_lines = []
    for k, l in enumerate(lines):
        probe = l.replace(h["text"], " ") if h else l
        try:
            full, partial = find_dates(probe, order)
        except ValueError as e:
            complain(f"page line {k}: {e}")
            continue
        if full - allowed or partial:
            complain(f"unlisted date {sorted(full - allowed)} {sorted(partial)} on line {k}: {l[:60]!r}")
        if pub in full:
            on_lines.append(k)
    if on_lines != [k_ev]:
        complain(f"the publication day stands on lines {on_lines}, want only the evidence line {k_ev}")
    check_relative(doc, ctx, complain)
    if scorer_lang(doc["body_first"]) != doc["language"] or scorer_lang(doc["title"]) != doc["language"]:
        complain(f"language {doc['language']} disagrees with score_events.py --lang on body_first or the title")
    return k_ev


def check_relative(doc, ctx, complain):
    rel, pub = doc["relative"], datetime.date.fromisoformat(doc["published"])
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (pub - rd).days <= 7:
        complain(f"relative date {rd} is {(pub - rd).days} days before {pub}")
    if weekdays(rel["phrase"]) != {rd.weekday()}:
        complain(f"phrase {rel['phrase']!r} does not name the weekday of {rd}")
    if ctx["body"].count(rel["phrase"]) != 1 or weekday_count(ctx["body"]) != 1:
        complain("the relative phrase is not the body's one and only weekday name")
    for k, l in enumerate(ctx["lines"]):
        if RELATIVE_WORDS.search(l):
            complain(f"relative-day word on line {k}: {l[:60]!r}")
        if k not in ctx["body_idx"] and weekdays(l) and l not in ctx["cset"]:
            complain(f"weekday name on a line that is not chrome: {l[:60]!r}")


def check_situation(doc, ctx, k_ev, problems):
    """Each page shows its situation (SITUATIONS): the decoys stand where the situation says."""
    n, s, title = doc["n"], doc["situation"], doc["title"]
    lines, t, te, i, j = ctx["lines"], ctx["t"], ctx["t_end"], ctx["i"], ctx["j"]

    def complain(msg):
        problems.append(f"{n}: situation {s}: {msg}")
    if doc["language"] != ("en" if n - FIRST < 12 else "ar") or s != (n - FIRST) % 12 + 1:
        complain("the page number does not match its language or situation")
    kind = {}
    for d in doc["title_decoys"]:
        k = lines.index(d["text"]) if d["text"] in lines else -1
        kind.setdefault(d["kind"], []).append(k)
    at = lambda k: next((d["kind"] for d in doc["title_decoys"] if 0 <= k < len(lines) and d["text"] == lines[k]), None)
    chars = lambda k: len(lines[k])
    if s == 1:
        if at(t - 1) != "kicker" or len(lines[t - 1].split()) > 2 or not any(
                0 <= k < t and re.search(r" [>»›] ", lines[k]) for k in kind.get("breadcrumb", [])) \
                or kind.get("site-name") != [0]:
            complain("needs the site-name line first, a breadcrumb above the title and a one-word kicker right above it")
    elif s == 2:
        bar, names = lines[0], [lines[k] for k in kind.get("site-name", [])]
        sides = re.split(r" \| | - ", bar, maxsplit=1)
        ok = at(0) == "browser-title" and len(sides) == 2 and t > 2
        if ok:
            head = sides[0] if sides[1] in names else sides[1] if sides[0] in names else None
            ok = head is not None and (head == title or (head[-3:] in ("...", "…") and title.startswith(head.rstrip(".…"))))
        if not ok:
            complain("needs the bar 'headline | outlet' / 'outlet - headline...' as the first line and the full title below the menu")
    elif s == 3:
        if (at(te), at(te + 1), at(te + 2)) != ("caption", "credit", "deck") or len(lines[te + 2].split()) <= len(title.split()):
            complain("needs a caption and a credit directly under the title, then a deck longer than the title")
    elif s == 4:
        hk = kind.get("list-header", [-1])[0]
        if not 0 <= hk < t or [at(k) for k in range(hk + 1, hk + 6)] != ["top-story"] * 5 \
                or len(kind.get("top-story", [])) != 5 or not max(kind["top-story"]) < t \
                or any(find_dates(lines[k]) != (set(), set()) for k in kind["top-story"]):
            complain("needs a list header and five undated top stories on the next lines, all above the title")
    elif s == 5:
        if title[0] not in "'\"“«" or at(te) != "seo-subtitle" or chars(te) >= len(title):
            complain("needs a quotation headline followed by a shorter SEO subtitle")
    elif s == 6:
        cn, cw = kind.get("column-name", [-1])[0], kind.get("columnist", [-1])[0]
        name = lines[cw] if cw >= 0 else "?"
        bio = [k for k in range(j + 1, len(lines)) if lines[k].startswith(name + " ")]
        if not (0 <= cn < cw < t) or not bio or {"role": "author", "name": name} not in doc["credits"]:
            complain("needs the column name and the columnist above the title and the columnist's bio after the body")
    elif s == 7:
        if len(doc.get("title_lines", [])) != 2:
            complain("needs a title split over two lines")
    elif s == 8:
        prefixes = ("Read also:", "Related:") if doc["language"] == "en" else ("اقرأ أيضاً:", "ذات صلة:")
        if doc["language"] == "en" and not (title == title.upper() and re.search(r"[A-Z]", title)):
            complain("the English headline must be in capitals")
        if (at(te), at(te + 1)) != ("read-also", "related") or not (lines[te].startswith(prefixes[0]) and lines[te + 1].startswith(prefixes[1])) \
                or any(abs(chars(k) - len(title)) > 0.25 * len(title) for k in (te, te + 1)):
            complain("needs a 'Read also' and a 'Related' line of similar length right under the title")
    elif s == 9:
        if not re.match(r"(WATCH|شاهد|بالصور): ", title) or at(te) != "duration" or not re.fullmatch(r"\d{2}:\d{2}", lines[te]) \
                or at(te + 1) != "play-line" or not i - (te + 1) <= 2:
            complain("needs a 'WATCH:' / 'شاهد:' title, a duration line, a play line, then the text")
    elif s == 10:
        ups = kind.get("update", [])
        if at(t - 1) != "wire-source" or k_ev != te or len(ups) < 1 or sorted(ups) != list(range(te + 1, te + 1 + len(ups))):
            complain("needs the wire's source line right above the title, the date line under it and the update lines next")
    elif s == 11:
        first = [at(k) for k in range(4)]
        crawl = [d for d in doc["other_dates"] if d["role"] == "crawl" and d["text"] in lines[2]]
        if first != ["cookie-banner", "subscription", "date-menu", "ticker"] or not crawl or t < 4 or not weekdays(lines[2]):
            complain("needs a cookie banner, a subscription prompt, a weekday-date menu line (crawl day) and a ticker first")
    elif s == 12:
        if not 3 <= len(title.split()) <= 5 or at(t - 1) != "topic" or at(te) != "deck" \
                or chars(t - 1) <= len(title) or chars(te) <= len(title):
            complain("needs a 3-5-word title between a longer topic line and a longer deck")


# ---------------------------------------------------------------- synthetic outputs built from the gold
def synth(out_dir, variant, ctxs):
    """Write out_dir/documents.jsonl from the gold itself, for score_events.py. Variants: gold (the
    gold title, day, body = the span's non-chrome lines, comments, credits); span (the body keeps the
    chrome inside the span); page (the whole page as body); decoy (the title is the first decoy);
    first-line (the title is the page's first line); title-half (a split title's first line, the
    gold elsewhere). Never inside the repository."""
    out_dir = os.path.abspath(out_dir)
    if out_dir == REPO or out_dir.startswith(REPO + os.sep):
        print(f"refusing to write synthetic output inside {REPO}", file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "documents.jsonl"), "w", encoding="utf-8") as f:
        for doc in DOCS:
            c = ctxs[doc["n"]]
            title = doc["title"]
            if variant == "decoy":
                title = doc["title_decoys"][0]["text"]
            elif variant == "first-line":
                title = c["lines"][0]
            elif variant == "title-half" and doc.get("title_lines"):
                title = doc["title_lines"][0]
            if variant == "page":
                body = c["raw"]
            elif variant == "span":
                body = "\n".join(c["lines"][c["i"]:c["j"] + 1])
            else:
                body = "\n".join(c["lines"][k] for k in c["body_idx"])
            comments = [{"author": a, "text": doc["comments_first"] if k == 0 else "", "start": None, "end": None,
                         "reply_to": None} for k, a in enumerate(doc.get("comment_authors", []))]
            rec = {"doc_id": f"t52-synth-{doc['n']}", "input": c["name"], "language": doc["language"],
                   "title": title,
                   "published": {"value": doc["published"], "precision": "day", "basis": "page",
                                 "evidence": doc["evidence"]["text"]},
                   "credits": doc["credits"], "text": c["raw"], "body": {"text": body, "paragraphs": []},
                   "comments": comments}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} synthetic documents ({variant}) to {out_dir}/documents.jsonl")
    return 0


KEYS = ("language", "situation", "outlet", "title", "title_lines", "title_decoys", "published", "published_note",
        "evidence", "order", "hijri", "other_dates", "body_first", "body_last", "chrome_not_body", "relative",
        "comments_first", "comment_authors", "credits")


def main(argv):
    problems, out, ctxs = [], [], {}
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        problems.append(f"expected documents {FIRST}-{LAST} in order")
    hijri = ask_jdk({d["published"] for d in DOCS if "hijri" in d}, problems)
    for doc in DOCS:
        ctx = check_page(doc, problems)
        if not ctx:
            continue
        k_ev = check_dates(doc, problems, hijri, ctx)
        if k_ev is not None:
            check_situation(doc, ctx, k_ev, problems)
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
        return synth(argv[argv.index("--synth") + 1], variant, ctxs)
    if "--check" in argv:
        print("all checks passed")
        return 0
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(GOLD, encoding="utf-8") as f:
        back = json.load(f)
    if back["documents"] != json.loads(json.dumps(out, ensure_ascii=False)):
        print("the json did not load back as written", file=sys.stderr)
        return 1
    print(f"wrote {os.path.basename(GOLD)} ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
