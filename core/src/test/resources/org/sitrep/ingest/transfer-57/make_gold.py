#!/usr/bin/env python3
"""Build and check transfer-57.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py            checks, then writes transfer-57.gold.json beside this script
       python3 make_gold.py --check    checks only, writes nothing
       python3 make_gold.py --synth DIR [--variant gold|empty|span|page|head|tail]
                                       checks, then writes DIR/documents.jsonl built from the gold itself,
                                       for score_events.py (DIR must lie outside the repository)

Theme: THE ARTICLE AMONG OTHER ARTICLES' TEXT ON THE SAME PAGE. Every page is a crawler's flattened text
of a news article page (templates of 2013-2024) on which the text of OTHER articles, or another
rendering of this one, stands before, inside or after the article: the next article of an infinite
scroll, a previous-article teaser above the title, live updates, a header captured twice, an AMP copy, a
paywall cut, a most-read list with lead sentences, a title only in the tab line and the breadcrumb, a
correction note, a wire round-up with the article in the middle, a newsletter box quoting another
article's lead, comments quoting other articles. Exactly one article is the page's. Twelve situations
(SITUATIONS), each once per language: 57NN English and 57NN+12 Arabic.

Written for this set by the t57 annotator. The shape follows transfer-56's make_gold.py (read for the
format: its lines 1-260, i.e. docstring, constants, ABOUT and the first DOCS entries); the code is new.
The per-page decisions are typed in DOCS: the number of prose paragraphs written (`paragraphs`), the
title, the body edges, the chrome units inside the body span (`inside`), the units outside the body
whose text the body itself contains (`unlisted`: the verbatim paragraphs of an AMP copy), comments,
credits, dates and the theme lines (kind + a distinctive part of the unit; a part starting with '='
must equal the whole unit). `chrome_not_body` is computed from the page: every unit that is not a title
unit, a body unit, a comment text or an unlisted unit (each text once, in page order).

UNITS. There is no wrapping and no stray whitespace in this set: every non-empty row is one unit, as it
stands. So the title, body_last and every chrome line are whole units; body_first and comments_first are
unit prefixes. On situation 8 there is no title unit: the title is the part of the first row (the tab
title) before ' | ' and the part of the breadcrumb row after its last ' › '.

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 57NN_<slug>.txt, documents 5701-5724 in order, 12 per language; each
    page ends with one newline, has no CR, tab, no-break space, form feed, invisible format mark or C1
    control, no row with outer spaces; 350-700 words (whitespace tokens holding a letter or digit);
  * layout (LAYOUT, six `blank` and six `lines` pages per language, three of each per half, the two
    pages of a situation always different): `lines` pages have no blank row; `blank` pages have one, and
    a blank row after every prose unit of the body (so one between any two of them);
  * every gold string is non-empty, without outer spaces, verbatim in its page and, normalized as the
    scorer does (score_events.norm), in the normalized page;
  * title: a whole unit (situation 8: see above) whose first occurrence stands above the body; no title
    unit inside the body span; the title is not inside the normalized body;
  * body edges: body_first is the prefix of exactly one unit and body_last the whole of exactly one unit,
    after it; body_last occurs once in the page; every unit of the span is a prose paragraph or a listed
    `inside` chrome unit; as many prose paragraphs as written (`paragraphs`), 220-600 prose words, each
    paragraph 12+ words, without ' | ', 'http' or '©', ending in . or a closing quotation mark (except
    situation 6's cut paragraph, which must not);
  * leaks: after the scorer's normalization no chrome unit longer than 3 characters, no comment author,
    no credited name, no comments_first inside the body; the units outside the body whose text is inside
    the body are exactly the `unlisted` ones;
  * scripts: body_first and the title pass score_events.py's script test for the page's language; 80% of
    the body's letters are in the article's script;
  * comments: comments_first the prefix of the first comment text; every author on one unit
    'author | stamp' after the body, followed by its text; a language label (en, ar) that agrees with the
    text; credits (author) each on a chrome unit above the body;
  * dates: the evidence occurs once in the page, on a chrome unit outside the body, and names exactly the
    publication day (a weekday in its unit must be that day's); every other full date on any unit is
    listed in other_dates, its text in that unit, with a role on the right side of the publication day
    (comment: on or after it; correction: after it; copy: the same day; other-article: any day); no
    full date in a body unit; no day and month without a year anywhere;
  * relative phrase: names the weekday of its date, 1-7 days before publication, once in the body, the
    body's only weekday name; no today / tonight / yesterday / tomorrow / اليوم / الليلة / أمس / غدا /
    البارحة anywhere;
  * theme lines: each part resolves to units of one text, one of which has the role its kind requires,
    and the text matches the kind's pattern; each situation's required kinds are present (REQUIRED),
    plus a rule per situation (check_situation).
The json is loaded again after writing and compared with what was written.
"""
import datetime, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-57.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
SCORER_DIR = "/work/shared/tools"
FIRST, LAST = 5701, 5724

SITUATIONS = {
    1: "infinite scroll: the next article (its own label, title, byline, date line and first paragraphs) appended after the article",
    2: "a 'previous article' teaser (label, title, date, lead paragraph, read-more link) above the article's title",
    3: "a live page: the article, then a live-updates feed of the same story by the same outlet (time rows and update texts)",
    4: "the header captured twice (desktop and mobile: masthead, menu and the title twice), the body once",
    5: "the body twice: an AMP copy after the canonical page, with the title again, another form of the date, a first paragraph with an inline dateline, some paragraphs verbatim, and trimmed",
    6: "a paywall cut: the article stops mid-sentence, then 'Subscribe to continue reading' and offers",
    7: "a 'most read' list between the body's paragraphs, each item a numbered headline and its lead sentence",
    8: "the title only in a tab-title row 'Headline | Outlet' and at the end of a breadcrumb row, no headline row",
    9: "an editor's correction note appended after the text, dated after publication",
    10: "a wire round-up page ('at a glance') where the article is one item in the middle, with its own heading, between other items with their own headings, dates and text",
    11: "a newsletter sign-up box between the body's paragraphs, quoting another article's lead",
    12: "reader comments that quote other articles' sentences, then the page's footer",
}
# `blank`: blank rows between blocks and after every body paragraph; `lines`: no blank row at all. Per
# language six of each, three per half, and the two pages of a situation always differ.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5700 + _k] = "blank" if _k in (1, 5, 9, 2, 6, 10) else "lines"
    LAYOUT[5712 + _k] = "lines" if _k in (1, 5, 9, 2, 6, 10) else "blank"

CREDIT_ROLES = {"author", "editor"}
COMMENT_LANGS = {"en", "ar"}
STOP = r"[.»\"”]$"

# theme-line kinds: (role, pattern the unit must match). Roles: title (a title unit), body (a prose
# unit), in (chrome inside the body span), out (chrome outside it), unlisted, comment (a comment text).
KINDS = {
    "next-article-label": ("out", r"^(Next article|المقال التالي)$"),
    "other-title": ("out", r"^[^|]+[^.|]$"), "other-byline": ("out", r"^(By |كتب: )"),
    "other-dateline": ("out", r"\d{1,2}:\d\d"), "other-lead": ("out", STOP), "read-more": ("out", None),
    "prev-label": ("out", r"(Previous article|الخبر السابق)"),
    "live-label": ("out", r"^(LIVE UPDATES|تغطية مباشرة)$"), "live-note": ("out", None),
    "update-time": ("out", r"^\d\d:\d\d$"), "update-text": ("out", STOP),
    "title-repeat": ("title", None), "menu-repeat": ("out", None), "mobile-menu": ("out", None),
    "masthead-repeat": ("out", None),
    "amp-label": ("out", r"AMP"), "amp-date": ("out", r"\d{4}-\d\d-\d\d"), "amp-lead": ("out", STOP),
    "amp-copy": ("unlisted", STOP),
    "paywall-cut": ("body", r"[^.»\"”]$"), "paywall": ("out", None),
    "most-read-label": ("in", r"^(MOST READ|الأكثر قراءة)$"), "list-headline": ("in", r"^\d\. [^.]+$"),
    "list-lead": ("in", STOP),
    "tab-title": ("out", r"^.+ \| [^|]+$"), "breadcrumb-title": ("out", r" › "),
    "correction": ("out", r"^(Correction|تصحيح)"),
    "roundup-label": ("out", None), "roundup-heading": ("out", r"^[^:]+: [^.]+$"), "roundup-item": ("out", STOP),
    "newsletter-label": ("in", None), "newsletter-text": ("in", None),
    "newsletter-quote": ("in", r"^[\"“«].*[\"”»]\.?$"), "newsletter-form": ("in", None),
    "comment-quote": ("comment", r"[\"“«][^\"”»]{10,}[\"”»]"),
}
REQUIRED = {
    1: {"next-article-label", "other-title", "other-byline", "other-dateline", "other-lead"},
    2: {"prev-label", "other-title", "other-dateline", "other-lead"},
    3: {"live-label", "update-time", "update-text"},
    4: {"title-repeat", "menu-repeat", "mobile-menu"},
    5: {"amp-label", "amp-date", "amp-lead", "amp-copy", "title-repeat"},
    6: {"paywall-cut", "paywall"},
    7: {"most-read-label", "list-headline", "list-lead"},
    8: {"tab-title", "breadcrumb-title"},
    9: {"correction"},
    10: {"roundup-label", "roundup-heading", "roundup-item", "other-dateline", "breadcrumb-title"},
    11: {"newsletter-label", "newsletter-quote", "newsletter-form"},
    12: {"comment-quote"},
}

ABOUT = [
    "Fifty-seventh transfer check set (t57): 24 text pages, 12 English (5701-5712) and 12 Arabic (5713-5724). Theme: THE ARTICLE AMONG OTHER ARTICLES' TEXT ON THE SAME PAGE. Each page is a crawler's flattened text of a news article page (templates of 2013-2024: masthead, menu, title, byline, date line, body, then tags, related and footer chrome) on which the text of other articles, or another rendering of this one, stands before, inside or after the article, and exactly one article is the page's. Twelve situations, each once per language (57NN and 57NN+12 share it, with different stories and invented outlets of different kinds: online dailies, news sites and portals, a weekly, a magazine, news agencies, an evening paper, a news platform, a monitor's site): (1) the next article of an infinite scroll appended after the text; (2) a previous-article teaser with its lead above the title; (3) live updates of the same story after the text; (4) the header captured twice, the title twice; (5) an AMP copy after the canonical text, trimmed; (6) a paywall cut mid-sentence; (7) a most-read list with lead sentences between paragraphs; (8) the title only in a tab-title row and a breadcrumb; (9) a correction note appended; (10) a wire round-up with the article as one item in the middle; (11) a newsletter box quoting another article's lead between paragraphs; (12) comments quoting other articles. Stories of 2013-2024 in Kenya, Nigeria, Yemen, Syria, Iraq, Somalia, Cote d'Ivoire, Mali, Tunisia and Libya, none of transfer-56's. Outlets, writers, witnesses, commenters, the other articles and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t57 annotator without reading any Sitrep source, resource, lexicon, tools/ script or Java test, without building or running Sitrep and without seeing any Sitrep output; of the other sets only transfer-56's README.md, make_gold.py (lines 1-260: docstring, constants, ABOUT, the first DOCS entries), transfer-56.gold.json (its about and four documents) and its pages 5601, 5614 and 5620 were read, for the format. Odd situations (pages 5701, 5703, ..., 5711 and 5713, ..., 5723: other text after or inside the article: next article, live updates, AMP copy, most-read list, correction, newsletter box) may be studied later; even situations (other text above the title or a missing title row: previous-article teaser, header twice, tab title, round-up; a cut body; comments quoting other articles) stay the check.",
    "Gold conventions: gold strings are the text a careful reader sees, in the form score_events.py compares; every non-empty row is one unit. The title is the article's headline; on situation 8 (no headline row) it is the tab title's part before ' | ', which the breadcrumb row also ends with. The body is the article's own text from its first paragraph to its last (on a paywalled page, to the last words shown). Never body: other articles' titles, bylines, date lines and paragraphs (next article, previous-article teaser, round-up items, most-read items with their lead sentences, the newsletter box's quoted lead), live updates, the second header, the AMP copy (its verbatim paragraphs are listed in unlisted because their text is inside the body; its first paragraph carries an inline dateline and is chrome), paywall offers, correction notes, menus, bylines, date lines, tags, comments and footers. The publication date is the day the page states for the article in its date line: never another article's date, a comment stamp, a correction's date or the AMP copy's date. chrome_not_body lists every chrome unit (computed from the page); chrome_inside the chrome units between body_first and body_last. Each text has one relative-day phrase (relative), 1-7 days before publication. Credits: byline names of the article (author; 'By', 'Words by', 'Reporting by', 'additional reporting by', 'كتب', 'كتبت', 'بقلم', 'إعداد', 'تقرير' and a place-dash-name byline included); the other articles' bylines, witnesses and outlets are not credited. No events are coded in this set (events: []).",
]

# ---------------------------------------------------------------- the per-page decisions
DOCS = [
 {"n": 5701, "paragraphs": 8, "language": "en", "situation": 1,
  "outlet": "online daily: a Kenyan online daily (Rift Valley Record, invented): the Westgate mall attack",
  "title": "Gunmen hold hostages inside Nairobi's Westgate mall as death toll rises",
  "published": "2013-09-22",
  "published_note": "'Sunday, September 22, 2013 - 11:40 EAT' under the byline (08:40 UTC, the same day); the next article's 'September 21, 2013 - 08:05 EAT' is another article's date; the text's 'on Saturday' is 21 September, the attack",
  "evidence": "Sunday, September 22, 2013 - 11:40 EAT",
  "other_dates": [{"text": "September 21, 2013 - 08:05 EAT", "date": "2013-09-21", "role": "other-article"}],
  "body_first": "Kenyan security forces surrounded the Westgate shopping centre",
  "body_last": "Security analysts said the choice of a mall popular with wealthy Kenyans, diplomats and foreign residents was meant to tell the government and its Western partners that the war in Somalia would be carried to their doorstep.",
  "inside": [], "unlisted": [],
  "theme": [("next-article-label", "=Next article"), ("other-title", "Kenyan troops in Somalia prepare"),
            ("other-byline", "By Daniel Otieno"), ("other-dateline", "September 21, 2013 - 08:05 EAT"),
            ("other-lead", "Kenyan soldiers serving with"), ("other-lead", "The force has come under repeated ambush"),
            ("read-more", "=Continue reading")],
  "relative": {"phrase": "on Saturday", "date": "2013-09-21"},
  "credits": [{"role": "author", "name": "Wanjiru Kamau"}]},
 {"n": 5702, "paragraphs": 9, "language": "en", "situation": 2,
  "outlet": "news site: a Nigerian news site (Northern Star Nigeria, invented): the abduction of the Chibok schoolgirls",
  "title": "Gunmen abduct more than 100 schoolgirls from Chibok secondary school",
  "published": "2014-04-17",
  "published_note": "'17/04/2014 08:55' under the byline (Nigeria, UTC+1: the same day); the teaser's '14/04/2014 10:20' above the title is the previous article's; the text's 'late on Monday' is 14 April, the abduction",
  "evidence": "17/04/2014 08:55",
  "other_dates": [{"text": "14/04/2014 10:20", "date": "2014-04-14", "role": "other-article"}],
  "body_first": "Gunmen suspected to be members of the Islamist group Boko Haram abducted",
  "body_last": "The abduction came hours after the bombing at the Nyanya bus station near the capital, in the deadliest attack ever carried out near Abuja, and has raised new questions about the government's ability to protect civilians in the north.",
  "inside": [], "unlisted": [],
  "theme": [("prev-label", "=« Previous article"), ("other-title", "Dozens killed as blast tears"),
            ("other-dateline", "=14/04/2014 10:20"), ("other-lead", "A bomb hidden in a vehicle"),
            ("read-more", "=Read more »")],
  "relative": {"phrase": "on Monday", "date": "2014-04-14"},
  "credits": [{"role": "author", "name": "Musa Abubakar"}]},
 {"n": 5703, "paragraphs": 7, "language": "en", "situation": 3,
  "outlet": "news site: a Yemeni English-language news site (The Aden Gazette, invented): the Houthis take Sanaa",
  "title": "Houthi fighters seize key buildings in Sanaa as peace deal is signed",
  "published": "2014-09-22",
  "published_note": "'Posted: 22 Sep 2014 09:15 GMT' under the byline; the live updates after the text carry times only (13:40 ... 10:05, later the same day); comments 23 September; the text's 'on Sunday' is 21 September, the advance and the deal",
  "evidence": "22 Sep 2014 09:15 GMT",
  "other_dates": [{"text": "23 Sep 2014 at 08:30", "date": "2014-09-23", "role": "comment"},
                  {"text": "23 Sep 2014 at 12:02", "date": "2014-09-23", "role": "comment"}],
  "body_first": "Houthi fighters took control of government buildings, army headquarters",
  "body_last": "Diplomats said the deal had saved the capital from a longer battle but left the Houthis, who fought six wars against the government between 2004 and 2010, as the strongest force in the city.",
  "inside": [], "unlisted": [],
  "theme": [("live-label", "=LIVE UPDATES"), ("live-note", "Follow our live coverage"),
            ("update-time", "=13:40"), ("update-time", "=12:55"), ("update-time", "=11:20"), ("update-time", "=10:05"),
            ("update-text", "Houthi gunmen have taken up positions"), ("update-text", "Banks and schools remain closed"),
            ("update-text", "The UN envoy says"), ("update-text", "Long queues have formed")],
  "relative": {"phrase": "on Sunday", "date": "2014-09-21"},
  "comments_first": "A deal signed while the other side holds the ministries",
  "comment_authors": ["Ahmed_Taizi", "R. Hollis"],
  "comment_langs": {"Ahmed_Taizi": "en", "R. Hollis": "en"},
  "credits": [{"role": "author", "name": "Salem Bawazir"}]},
 {"n": 5704, "paragraphs": 9, "language": "en", "situation": 4,
  "outlet": "weekly's site: the site of an East African weekly (East African Sentinel, invented): the Garissa University College attack",
  "title": "Gunmen kill 147 in assault on Garissa University College",
  "published": "2015-04-03",
  "published_note": "'Friday 3 April 2015 07.30 EAT' under the byline (04:30 UTC, the same day); the text's 'on Thursday' is 2 April, the attack",
  "evidence": "Friday 3 April 2015 07.30 EAT",
  "other_dates": [],
  "body_first": "Gunmen from the Somali militant group al-Shabab killed 147 people",
  "body_last": "President Uhuru Kenyatta declared three days of national mourning and ordered the police to speed up the training of thousands of new recruits.",
  "inside": [], "unlisted": [],
  "theme": [("title-repeat", "=Gunmen kill 147 in assault on Garissa University College"),
            ("menu-repeat", "=Kenya Uganda Tanzania Somalia South Sudan Opinion"),
            ("mobile-menu", "=Menu"), ("mobile-menu", "=Search"), ("masthead-repeat", "=East African Sentinel")],
  "relative": {"phrase": "on Thursday", "date": "2015-04-02"},
  "credits": [{"role": "author", "name": "Abdi Hassan Noor"}, {"role": "author", "name": "Grace Achieng"}]},
 {"n": 5705, "paragraphs": 8, "language": "en", "situation": 5,
  "outlet": "news site: a Beirut-based English-language news site (Levant Dispatch, invented): the evacuation of east Aleppo begins",
  "title": "Thousands leave east Aleppo as evacuation begins under ceasefire deal",
  "published": "2016-12-16",
  "published_note": "'Dec 16, 2016 | 10:05 AM' under the byline (Syria, UTC+2: the same day); the AMP copy's 'Published: 2016-12-16' names the same day; the text's 'on Thursday' is 15 December, the first convoy",
  "evidence": "Dec 16, 2016 | 10:05 AM",
  "other_dates": [{"text": "Published: 2016-12-16", "date": "2016-12-16", "role": "copy"}],
  "body_first": "Buses and ambulances carried thousands of civilians and rebel fighters",
  "body_last": "The evacuation was halted several times during the night as the two sides accused each other of breaking the terms of the deal, and it was not clear how many people remained in the enclave.",
  "inside": [],
  "unlisted": ["The first convoy of wounded people", "The evacuation follows the collapse"],
  "theme": [("amp-label", "=Levant Dispatch AMP"), ("title-repeat", "=Thousands leave east Aleppo as evacuation begins under ceasefire deal"),
            ("amp-date", "=Published: 2016-12-16"), ("amp-lead", "ALEPPO — Buses and ambulances"),
            ("amp-copy", "The first convoy of wounded people"), ("amp-copy", "The evacuation follows the collapse"),
            ("read-more", "=View the full article on Levant Dispatch")],
  "relative": {"phrase": "on Thursday", "date": "2016-12-15"},
  "credits": [{"role": "author", "name": "Karim Haddad"}, {"role": "author", "name": "Emma Lawson"}]},
 {"n": 5706, "paragraphs": 9, "language": "en", "situation": 6,
  "outlet": "daily: the site of an Iraqi English-language daily (Euphrates Herald, invented): Islamic State takes Ramadi",
  "title": "Islamic State seizes Ramadi as Iraqi forces retreat from Anbar capital",
  "published": "2015-05-18",
  "published_note": "'18.05.2015 – 08:20' under the byline (Baghdad time, the same day in UTC); the text's 'on Sunday' is 17 May, the fall of the government compound",
  "evidence": "18.05.2015 – 08:20",
  "other_dates": [],
  "body_first": "Islamic State militants took full control of Ramadi",
  "body_last": "Provincial council members said the collapse had been made possible by the failure of the central government to arm tribal fighters who had asked for weapons and ammunition since the winter, and by the",
  "inside": [], "unlisted": [],
  "theme": [("paywall-cut", "Provincial council members said"), ("paywall", "=Subscribe to continue reading"),
            ("paywall", "You have read 3 of your 3 free articles"), ("paywall", "Digital: $4.99 a month"),
            ("paywall", "Already a subscriber?")],
  "relative": {"phrase": "on Sunday", "date": "2015-05-17"},
  "credits": [{"role": "author", "name": "Mustafa al-Dulaimi"}]},
 {"n": 5707, "paragraphs": 8, "language": "en", "situation": 7,
  "outlet": "news portal: a Somali English-language news portal (Horn Daily Online, invented): the Zoppe junction truck bombing in Mogadishu",
  "title": "Mogadishu truck bomb kills more than 230 in Somalia's deadliest attack",
  "published": "2017-10-16",
  "published_note": "'Published October 16, 2017' under the byline; the text's 'on Saturday' is 14 October, the bombing",
  "evidence": "October 16, 2017",
  "other_dates": [],
  "body_first": "A truck packed with explosives blew up at a busy junction in central Mogadishu",
  "body_last": "Thousands of people marched through the city to protest against the attack, many of them wearing red headbands, and demanded that the government do more to protect civilians.",
  "inside": ["MOST READ", "1. Drought pushes", "Aid agencies say new arrivals", "2. Puntland forces",
             "Officials say the fighting", "3. Parliament delays", "The speaker says talks"],
  "unlisted": [],
  "theme": [("most-read-label", "=MOST READ"), ("list-headline", "1. Drought pushes"), ("list-lead", "Aid agencies say new arrivals"),
            ("list-headline", "2. Puntland forces"), ("list-lead", "Officials say the fighting"),
            ("list-headline", "3. Parliament delays"), ("list-lead", "The speaker says talks")],
  "relative": {"phrase": "on Saturday", "date": "2017-10-14"},
  "credits": [{"role": "author", "name": "Abdirahman Warsame"}]},
 {"n": 5708, "paragraphs": 8, "language": "en", "situation": 8,
  "outlet": "magazine: a Kurdish-affairs magazine's site (The Mesopotamian, invented): Kurdish fighters drive Islamic State out of Kobani",
  "title": "Kurdish fighters drive Islamic State out of Kobani after four-month siege",
  "published": "2015-01-27",
  "published_note": "'2015-01-27 09:40' under the byline; the text's 'on Monday' is 26 January, the YPG's announcement",
  "evidence": "2015-01-27 09:40",
  "other_dates": [],
  "body_first": "Kurdish fighters have driven Islamic State militants out of Kobani",
  "body_last": "The Turkish government, which had refused to intervene and only later allowed Iraqi Kurdish fighters to cross its territory, was criticised by Kurdish leaders for keeping the border closed to reinforcements in the first weeks of the siege.",
  "inside": [], "unlisted": [],
  "theme": [("tab-title", "| The Mesopotamian"), ("breadcrumb-title", "Home › Syria ›")],
  "relative": {"phrase": "on Monday", "date": "2015-01-26"},
  "credits": [{"role": "author", "name": "Lana Rashid"}]},
 {"n": 5709, "paragraphs": 8, "language": "en", "situation": 9,
  "outlet": "daily: a West African coastal daily's English site (Gulf of Guinea Herald, invented): the Grand-Bassam beach attack",
  "title": "Gunmen kill 16 at beach resort of Grand-Bassam in Côte d'Ivoire",
  "published": "2016-03-14",
  "published_note": "'Monday 14 March 2016' under the byline; the correction note is dated 15 March and the comments 15 March; the text's 'on Sunday' is 13 March, the attack",
  "evidence": "Monday 14 March 2016",
  "other_dates": [{"text": "Correction, 15 March 2016", "date": "2016-03-15", "role": "correction"},
                  {"text": "15 March 2016 at 08:10", "date": "2016-03-15", "role": "comment"},
                  {"text": "15 March 2016 at 13:45", "date": "2016-03-15", "role": "comment"}],
  "body_first": "Gunmen opened fire on beachgoers and hotel guests at the resort town of Grand-Bassam",
  "body_last": "Security was stepped up at hotels, ports and other public places across the country, and neighbouring governments said they would review the protection of tourist sites.",
  "inside": [], "unlisted": [],
  "theme": [("correction", "Correction, 15 March 2016: An earlier version")],
  "relative": {"phrase": "on Sunday", "date": "2016-03-13"},
  "comments_first": "My cousin works in one of those hotels",
  "comment_authors": ["Yao_Abidjan", "Claire D."],
  "comment_langs": {"Yao_Abidjan": "en", "Claire D.": "en"},
  "credits": [{"role": "author", "name": "Mariam Koné"}]},
 {"n": 5710, "paragraphs": 7, "language": "en", "situation": 10,
  "outlet": "news agency: a Sahel news agency's round-up page (Sahel Wire, invented): gunmen storm the Radisson Blu hotel in Bamako",
  "title": "Mali: Gunmen storm Bamako's Radisson Blu hotel, killing at least 19",
  "published": "2015-11-21",
  "published_note": "'21 November 2015, 09:10' under the item's byline (Mali is on UTC); the other items' date rows (20 November 21:30, 21 November 07:45 and 10:20) are theirs; the text's 'on Friday' is 20 November, the attack",
  "evidence": "21 November 2015, 09:10",
  "other_dates": [{"text": "20 November 2015, 21:30", "date": "2015-11-20", "role": "other-article"},
                  {"text": "21 November 2015, 07:45", "date": "2015-11-21", "role": "other-article"},
                  {"text": "21 November 2015, 10:20", "date": "2015-11-21", "role": "other-article"}],
  "body_first": "BAMAKO — Gunmen who stormed the Radisson Blu hotel in the Malian capital",
  "body_last": "The attack came a week after the coordinated shootings and bombings in Paris and renewed fears that the armed groups of northern Mali were extending their reach to the south of the country.",
  "inside": [], "unlisted": [],
  "theme": [("roundup-label", "=Africa at a glance"), ("roundup-heading", "Niger: Army says"),
            ("roundup-heading", "Burkina Faso: Presidential campaign"), ("roundup-heading", "Chad: Lake region"),
            ("roundup-item", "NIAMEY —"), ("roundup-item", "OUAGADOUGOU —"), ("roundup-item", "N'DJAMENA —"),
            ("other-dateline", "=20 November 2015, 21:30"), ("other-dateline", "=21 November 2015, 07:45"),
            ("other-dateline", "=21 November 2015, 10:20"), ("breadcrumb-title", "Agency › Africa at a glance ›")],
  "relative": {"phrase": "on Friday", "date": "2015-11-20"},
  "credits": [{"role": "author", "name": "Oumar Traoré"}, {"role": "author", "name": "Claire Morel"}]},
 {"n": 5711, "paragraphs": 8, "language": "en", "situation": 11,
  "outlet": "online daily: an Iraqi English-language online daily (Two Rivers Daily, invented): Iran's missile strikes on Ain al-Asad and Erbil",
  "title": "Iran fires missiles at Iraqi bases hosting US troops in retaliation for Soleimani killing",
  "published": "2020-01-09",
  "published_note": "'Jan 9, 2020, 8:30 AM (Baghdad)' under the byline (05:30 UTC, the same day); the text's 'early on Wednesday' is 8 January, the strikes",
  "evidence": "Jan 9, 2020, 8:30 AM (Baghdad)",
  "other_dates": [],
  "body_first": "Iran fired more than a dozen ballistic missiles at two bases in Iraq",
  "body_last": "Hours after the missile attack, a Ukrainian airliner crashed shortly after taking off from Tehran, killing everyone on board, though officials did not link the crash to the strikes.",
  "inside": ["THE MORNING BRIEF", "Get the day's top Iraq stories", "\"Protesters in Nasiriyah", "Your email address", "=Sign up"],
  "unlisted": [],
  "theme": [("newsletter-label", "=THE MORNING BRIEF"), ("newsletter-text", "Get the day's top Iraq stories"),
            ("newsletter-quote", "\"Protesters in Nasiriyah"), ("newsletter-form", "=Your email address"),
            ("newsletter-form", "=Sign up")],
  "relative": {"phrase": "on Wednesday", "date": "2020-01-08"},
  "credits": [{"role": "author", "name": "Zainab Hussein"}, {"role": "author", "name": "Tom Archer"}]},
 {"n": 5712, "paragraphs": 8, "language": "en", "situation": 12,
  "outlet": "news site: a Tunis-based English-language news site (Maghreb Monitor, invented): the Sousse beach attack",
  "title": "Gunman kills 38 tourists at beach hotel near Sousse",
  "published": "2015-06-27",
  "published_note": "'27 June 2015 | 10:10' under the byline (Tunisia, UTC+1: the same day); comments 28 June; the text's 'on Friday' is 26 June, the attack",
  "evidence": "27 June 2015 | 10:10",
  "other_dates": [{"text": "28 June 2015 at 09:12", "date": "2015-06-28", "role": "comment"},
                  {"text": "28 June 2015 at 11:40", "date": "2015-06-28", "role": "comment"},
                  {"text": "28 June 2015 at 15:05", "date": "2015-06-28", "role": "comment"}],
  "body_first": "A gunman opened fire on tourists on the beach and around the pool",
  "body_last": "Britain sent police officers to help identify the dead and to assist the Tunisian investigation into how the gunman had been trained and whether he had accomplices.",
  "inside": [], "unlisted": [],
  "theme": [("comment-quote", "Your own report in March said"), ("comment-quote", "As another paper put it"),
            ("comment-quote", "Read your piece on the Kuwait")],
  "relative": {"phrase": "on Friday", "date": "2015-06-26"},
  "comments_first": "Your own report in March said",
  "comment_authors": ["Hedi_B", "Sarah M.", "Nour_Tn"],
  "comment_langs": {"Hedi_B": "en", "Sarah M.": "en", "Nour_Tn": "en"},
  "credits": [{"role": "author", "name": "Youssef Ben Salah"}]},
 # ------------------------------------------------------------ Arabic
 {"n": 5713, "paragraphs": 9, "language": "ar", "situation": 1,
  "outlet": "news network: an Iraqi news network's site (شبكة الرافدين الإخبارية, invented): the Karrada bombing in Baghdad",
  "title": "ارتفاع حصيلة تفجير الكرادة في بغداد إلى أكثر من 120 قتيلاً",
  "published": "2016-07-04",
  "published_note": "'الاثنين 4 يوليو 2016 - 09:20' under the byline (Baghdad time, the same day in UTC); the next article's '3 يوليو 2016 - 18:40' is another article's date; the text's 'فجر الأحد' is 3 July, the bombing",
  "evidence": "الاثنين 4 يوليو 2016 - 09:20",
  "other_dates": [{"text": "3 يوليو 2016 - 18:40", "date": "2016-07-03", "role": "other-article"}],
  "body_first": "ارتفعت حصيلة ضحايا التفجير الذي استهدف حي الكرادة التجاري",
  "body_last": "وأعلنت الحكومة الحداد الرسمي ثلاثة أيام، فيما تواصلت عمليات البحث عن المفقودين تحت الأنقاض، وتجمع ذوو الضحايا أمام دائرة الطب العدلي للتعرف على جثث أبنائهم.",
  "inside": [], "unlisted": [],
  "theme": [("next-article-label", "=المقال التالي"), ("other-title", "العبادي يأمر بسحب أجهزة"),
            ("other-byline", "كتب: حيدر الموسوي"), ("other-dateline", "=3 يوليو 2016 - 18:40"),
            ("other-lead", "أمر رئيس الوزراء حيدر العبادي بسحب"), ("other-lead", "وقال مكتب العبادي"),
            ("read-more", "=تابع القراءة")],
  "relative": {"phrase": "فجر الأحد", "date": "2016-07-03"},
  "credits": [{"role": "author", "name": "علي الساعدي"}]},
 {"n": 5714, "paragraphs": 11, "language": "ar", "situation": 2,
  "outlet": "evening paper: an Aden evening paper's site (صحيفة عدن المسائية, invented): the Saudi-led coalition begins Operation Decisive Storm",
  "title": "التحالف بقيادة السعودية يبدأ عملية «عاصفة الحزم» ضد الحوثيين في اليمن",
  "published": "2015-03-27",
  "published_note": "'2015/03/27 - 10:00' under the byline (Aden time, the same day in UTC); the teaser's '2015/03/25 - 16:30' above the title is the previous article's; the text's 'فجر الخميس' is 26 March, the first strikes",
  "evidence": "2015/03/27 - 10:00",
  "other_dates": [{"text": "2015/03/25 - 16:30", "date": "2015-03-25", "role": "other-article"}],
  "body_first": "بدأ تحالف عسكري تقوده المملكة العربية السعودية شن غارات جوية",
  "body_last": "ويأتي التدخل العسكري بعد أشهر من سيطرة الحوثيين على صنعاء، وبعد أن فر هادي من الإقامة الجبرية في العاصمة إلى عدن وأعلنها عاصمة مؤقتة للبلاد.",
  "inside": [], "unlisted": [],
  "theme": [("prev-label", "=« الخبر السابق"), ("other-title", "الحوثيون يتقدمون نحو عدن"),
            ("other-dateline", "=2015/03/25 - 16:30"), ("other-lead", "سيطر مسلحو جماعة الحوثي"),
            ("read-more", "=اقرأ المزيد")],
  "relative": {"phrase": "فجر الخميس", "date": "2015-03-26"},
  "credits": [{"role": "author", "name": "فؤاد باعباد"}]},
 {"n": 5715, "paragraphs": 9, "language": "ar", "situation": 3,
  "outlet": "news platform: a Libyan news platform (منصة الساحل الليبي, invented): forces of the Bunyan al-Marsous operation take Sirte",
  "title": "قوات البنيان المرصوص تعلن السيطرة الكاملة على سرت وطرد داعش منها",
  "published": "2016-12-06",
  "published_note": "'06.12.2016 | 09:00' under the byline (Libya, UTC+2: the same day); the live updates after the text carry times only (13:20 ... 10:40, later the same day); comments 7 December; the text's 'يوم الاثنين' is 5 December, the announcement",
  "evidence": "06.12.2016 | 09:00",
  "other_dates": [{"text": "07.12.2016 - 08:45", "date": "2016-12-07", "role": "comment"},
                  {"text": "07.12.2016 - 11:30", "date": "2016-12-07", "role": "comment"}],
  "body_first": "أعلنت قوات عملية البنيان المرصوص التابعة لحكومة الوفاق الوطني",
  "body_last": "ويحذر محللون من أن عناصر التنظيم الذين فروا قبل الحصار قد يعيدون تنظيم صفوفهم في الصحراء جنوب المدينة، وأن الانقسام السياسي في ليبيا قد يسمح لهم بالعودة.",
  "inside": [], "unlisted": [],
  "theme": [("live-label", "=تغطية مباشرة"), ("live-note", "آخر التطورات في سرت"),
            ("update-time", "=13:20"), ("update-time", "=12:05"), ("update-time", "=10:40"),
            ("update-text", "فرق الهندسة العسكرية تبدأ"), ("update-text", "المجلس الرئاسي يدعو الليبيين"),
            ("update-text", "وصول دفعة جديدة من الجرحى")],
  "relative": {"phrase": "يوم الاثنين", "date": "2016-12-05"},
  "comments_first": "رحم الله الشهداء",
  "comment_authors": ["عمر المصراتي", "Libya_Watcher"],
  "comment_langs": {"عمر المصراتي": "ar", "Libya_Watcher": "en"},
  "credits": [{"role": "author", "name": "سالم الزوي"}]},
 {"n": 5716, "paragraphs": 12, "language": "ar", "situation": 4,
  "outlet": "news network: an Idlib news network's site (شبكة إدلب الحرة, invented): the chemical attack on Khan Shaykhun",
  "title": "عشرات القتلى بينهم أطفال في هجوم بغاز سام على خان شيخون",
  "published": "2017-04-05",
  "published_note": "'الأربعاء ٥ أبريل ٢٠١٧ - ١٠:١٥' under the byline, in Arabic-Indic digits (Syria, UTC+3: the same day); the text's 'يوم الثلاثاء' is 4 April, the attack",
  "evidence": "الأربعاء ٥ أبريل ٢٠١٧ - ١٠:١٥",
  "other_dates": [],
  "body_first": "قتل عشرات المدنيين بينهم أطفال ونساء، وأصيب المئات بحالات اختناق",
  "body_last": "ويعد الهجوم الأكثر دموية من نوعه منذ الهجوم الكيميائي على الغوطة الشرقية قبل نحو أربع سنوات، الذي قتل فيه المئات.",
  "inside": [], "unlisted": [],
  "theme": [("title-repeat", "=عشرات القتلى بينهم أطفال في هجوم بغاز سام على خان شيخون"),
            ("menu-repeat", "=سوريا إدلب حماة حلب تقارير فيديو"),
            ("mobile-menu", "=القائمة"), ("mobile-menu", "=بحث"), ("masthead-repeat", "=شبكة إدلب الحرة")],
  "relative": {"phrase": "يوم الثلاثاء", "date": "2017-04-04"},
  "credits": [{"role": "author", "name": "محمد العبدالله"}]},
 {"n": 5717, "paragraphs": 9, "language": "ar", "situation": 5,
  "outlet": "news site: a Baghdad news site (موقع دجلة نيوز, invented): Abadi declares Tikrit retaken",
  "title": "العبادي يعلن تحرير تكريت من تنظيم داعش بعد شهر من المعارك",
  "published": "2015-04-01",
  "published_note": "'نشر بتاريخ: 01-04-2015 | 11:30' under the byline (day-month-year; Baghdad time, the same day in UTC); the AMP copy's '2015-04-01' names the same day; the text's 'يوم الثلاثاء' is 31 March, Abadi's visit",
  "evidence": "01-04-2015 | 11:30",
  "other_dates": [{"text": "2015-04-01", "date": "2015-04-01", "role": "copy"}],
  "body_first": "أعلن رئيس الوزراء حيدر العبادي تحرير مدينة تكريت",
  "body_last": "ويعد استعادة تكريت أكبر انتصار للقوات العراقية على التنظيم منذ سيطرته على الموصل ومساحات واسعة من شمال البلاد وغربها عام 2014.",
  "inside": [],
  "unlisted": ["وزار العبادي المدينة يوم الثلاثاء"],
  "theme": [("amp-label", "النسخة المخففة (AMP)"), ("title-repeat", "=العبادي يعلن تحرير تكريت من تنظيم داعش بعد شهر من المعارك"),
            ("amp-date", "=2015-04-01"), ("amp-lead", "بغداد (دجلة نيوز) - أعلن"),
            ("amp-copy", "وزار العبادي المدينة يوم الثلاثاء"), ("read-more", "اقرأ الخبر كاملاً")],
  "relative": {"phrase": "يوم الثلاثاء", "date": "2015-03-31"},
  "credits": [{"role": "author", "name": "رنا الجبوري"}]},
 {"n": 5718, "paragraphs": 12, "language": "ar", "situation": 6,
  "outlet": "daily: a north Iraqi daily's site (صحيفة الشمال العراقي, invented): Iraqi forces enter Kirkuk",
  "title": "القوات العراقية تدخل كركوك وتسيطر على مبنى المحافظة بعد انسحاب البيشمركة",
  "published": "2017-10-17",
  "published_note": "'17 تشرين الأول 2017' under the byline (Levantine month name); the text's 'فجر يوم الاثنين' is 16 October, the advance",
  "evidence": "17 تشرين الأول 2017",
  "other_dates": [],
  "body_first": "دخلت القوات العراقية مدينة كركوك وسيطرت على مبنى المحافظة",
  "body_last": "وقال محافظ كركوك المقال نجم الدين كريم في تصريحات لوسائل إعلام كردية إن ما جرى يمثل ضربة قاسية لمساعي الإقليم، وإن",
  "inside": [], "unlisted": [],
  "theme": [("paywall-cut", "وقال محافظ كركوك المقال"), ("paywall", "=هذا المقال متاح للمشتركين فقط"),
            ("paywall", "=اشترك لمواصلة القراءة"), ("paywall", "الاشتراك الشهري"), ("paywall", "لديك حساب؟")],
  "relative": {"phrase": "يوم الاثنين", "date": "2017-10-16"},
  "credits": [{"role": "author", "name": "كاروان عثمان"}]},
 {"n": 5719, "paragraphs": 10, "language": "ar", "situation": 7,
  "outlet": "online paper: a Tripoli online paper (صحيفة المنارة الليبية, invented): Haftar's forces advance on Tripoli",
  "title": "قوات حفتر تتقدم نحو طرابلس والمجلس الرئاسي يعلن النفير العام",
  "published": "2019-04-06",
  "published_note": "'السبت 6 أبريل 2019' under the byline; the text's 'يوم الخميس' is 4 April, Haftar's order",
  "evidence": "السبت 6 أبريل 2019",
  "other_dates": [],
  "body_first": "تقدمت قوات الجيش الوطني الليبي بقيادة المشير خليفة حفتر",
  "body_last": "وأبدت دول غربية قلقها من التصعيد، وأصدرت الولايات المتحدة وبريطانيا وفرنسا وإيطاليا والإمارات بياناً مشتركاً دعت فيه جميع الأطراف إلى خفض التوتر والعودة إلى المسار السياسي.",
  "inside": ["=الأكثر قراءة", "1. انقطاع الكهرباء", "قالت الشركة العامة للكهرباء", "2. المصرف المركزي",
             "يبدأ العمل بالإجراءات", "3. منتخب ليبيا", "يشارك في المعسكر"],
  "unlisted": [],
  "theme": [("most-read-label", "=الأكثر قراءة"), ("list-headline", "1. انقطاع الكهرباء"), ("list-lead", "قالت الشركة العامة للكهرباء"),
            ("list-headline", "2. المصرف المركزي"), ("list-lead", "يبدأ العمل بالإجراءات"),
            ("list-headline", "3. منتخب ليبيا"), ("list-lead", "يشارك في المعسكر")],
  "relative": {"phrase": "يوم الخميس", "date": "2019-04-04"},
  "credits": [{"role": "author", "name": "نوري الشريف"}]},
 {"n": 5720, "paragraphs": 12, "language": "ar", "situation": 8,
  "outlet": "monitor's site: a Syrian monitoring group's news site (المرصد الشامي, invented): Islamic State takes Palmyra",
  "title": "تنظيم داعش يسيطر على مدينة تدمر الأثرية بعد انسحاب قوات النظام",
  "published": "2015-05-22",
  "published_note": "'22 مايو 2015 - 09:00' under the byline (Syria, UTC+3: the same day); the text's 'مساء الأربعاء' is 20 May, the fighters' entry into the town",
  "evidence": "22 مايو 2015 - 09:00",
  "other_dates": [],
  "body_first": "سيطر تنظيم داعش على مدينة تدمر في ريف حمص الشرقي",
  "body_last": "ويأتي سقوط المدينة بعد أيام من سيطرة التنظيم على مدينة الرمادي في العراق، ما عزز المخاوف من قدرته على التقدم في البلدين رغم غارات التحالف الدولي.",
  "inside": [], "unlisted": [],
  "theme": [("tab-title", "| المرصد الشامي"), ("breadcrumb-title", "الرئيسية › سوريا ›")],
  "relative": {"phrase": "مساء الأربعاء", "date": "2015-05-20"},
  "credits": [{"role": "author", "name": "يوسف الحمصي"}]},
 {"n": 5721, "paragraphs": 11, "language": "ar", "situation": 9,
  "outlet": "news portal: an Omdurman news portal (بوابة أم درمان, invented): the dispersal of the Khartoum sit-in",
  "title": "قتلى وجرحى في فض اعتصام القيادة العامة بالخرطوم",
  "published": "2019-06-05",
  "published_note": "'الأربعاء 5 يونيو 2019 - 12:00' under the byline (Sudan, UTC+2: the same day); the correction is dated 6 June and the comments 6 June; the text's 'فجر يوم الاثنين' is 3 June, the dispersal",
  "evidence": "الأربعاء 5 يونيو 2019 - 12:00",
  "other_dates": [{"text": "تصحيح (6 يونيو 2019)", "date": "2019-06-06", "role": "correction"},
                  {"text": "6 يونيو 2019 - 09:15", "date": "2019-06-06", "role": "comment"},
                  {"text": "6 يونيو 2019 - 14:40", "date": "2019-06-06", "role": "comment"}],
  "body_first": "قتل عشرات المعتصمين وأصيب المئات عندما اقتحمت قوات أمنية",
  "body_last": "ودانت دول غربية والاتحاد الأفريقي الهجوم، وطالبت بتحقيق مستقل وبتسليم السلطة إلى حكومة مدنية.",
  "inside": [], "unlisted": [],
  "theme": [("correction", "تصحيح (6 يونيو 2019): ذكرت نسخة سابقة")],
  "relative": {"phrase": "يوم الاثنين", "date": "2019-06-03"},
  "comments_first": "حسبنا الله ونعم الوكيل",
  "comment_authors": ["أبو مازن", "Sudani_Abroad"],
  "comment_langs": {"أبو مازن": "ar", "Sudani_Abroad": "en"},
  "credits": [{"role": "author", "name": "سلمى عثمان"}]},
 {"n": 5722, "paragraphs": 9, "language": "ar", "situation": 10,
  "outlet": "news agency: a Levant news agency's round-up page (وكالة أنباء المشرق, invented): US and British strikes on Houthi targets in Yemen",
  "title": "اليمن: ضربات أمريكية وبريطانية على مواقع للحوثيين ردا على هجمات البحر الأحمر",
  "published": "2024-01-13",
  "published_note": "'13 يناير 2024 - 09:00' under the item's byline; the other items' date rows (12 يناير 20:15, 13 يناير 07:30 and 10:45) are theirs; the text's 'فجر الجمعة' is 12 January, the strikes",
  "evidence": "13 يناير 2024 - 09:00",
  "other_dates": [{"text": "12 يناير 2024 - 20:15", "date": "2024-01-12", "role": "other-article"},
                  {"text": "13 يناير 2024 - 07:30", "date": "2024-01-13", "role": "other-article"},
                  {"text": "13 يناير 2024 - 10:45", "date": "2024-01-13", "role": "other-article"}],
  "body_first": "صنعاء - شنت طائرات وسفن حربية أمريكية وبريطانية ضربات",
  "body_last": "ودعت دول في المنطقة إلى ضبط النفس وتجنب اتساع رقعة الصراع، بينما قالت شركات شحن كبرى إنها ستواصل تحويل سفنها إلى طريق رأس الرجاء الصالح.",
  "inside": [], "unlisted": [],
  "theme": [("roundup-label", "=الشرق الأوسط في سطور"), ("roundup-heading", "العراق: مقتل عنصرين"),
            ("roundup-heading", "سوريا: قصف مدفعي"), ("roundup-heading", "لبنان: تبادل لإطلاق النار"),
            ("roundup-item", "كركوك - قال مصدر"), ("roundup-item", "إدلب - أفاد"), ("roundup-item", "مرجعيون - قالت"),
            ("other-dateline", "=12 يناير 2024 - 20:15"), ("other-dateline", "=13 يناير 2024 - 07:30"),
            ("other-dateline", "=13 يناير 2024 - 10:45"), ("breadcrumb-title", "الوكالة › الشرق الأوسط في سطور ›")],
  "relative": {"phrase": "فجر الجمعة", "date": "2024-01-12"},
  "credits": [{"role": "author", "name": "مراد القباطي"}, {"role": "author", "name": "نادين خوري"}]},
 {"n": 5723, "paragraphs": 11, "language": "ar", "situation": 11,
  "outlet": "news network: a Khabur valley news network (شبكة الخابور الإخبارية, invented): the Islamic State attack on Ghwayran prison in Hasakah",
  "title": "معارك عنيفة في محيط سجن غويران بالحسكة بعد هجوم لتنظيم داعش",
  "published": "2022-01-22",
  "published_note": "'السبت 22/01/2022' under the byline (day/month/year); the text's 'مساء الخميس' is 20 January, the start of the attack",
  "evidence": "السبت 22/01/2022",
  "other_dates": [],
  "body_first": "تتواصل المعارك بين قوات سوريا الديمقراطية وعناصر من تنظيم داعش",
  "body_last": "وأعلن تنظيم داعش مسؤوليته عن الهجوم عبر وكالة أعماق، قائلاً إن عملية تحرير الأسرى مستمرة، فيما قالت مصادر كردية إن بين القتلى عناصر من قوات الأمن الداخلي وحراس السجن.",
  "inside": ["=النشرة الصباحية", "اشترك لتصلك", "«ارتفعت أسعار الخبز", "=بريدك الإلكتروني", "=اشترك"],
  "unlisted": [],
  "theme": [("newsletter-label", "=النشرة الصباحية"), ("newsletter-text", "اشترك لتصلك"),
            ("newsletter-quote", "«ارتفعت أسعار الخبز"), ("newsletter-form", "=بريدك الإلكتروني"),
            ("newsletter-form", "=اشترك")],
  "relative": {"phrase": "مساء الخميس", "date": "2022-01-20"},
  "credits": [{"role": "author", "name": "آلان حسن"}]},
 {"n": 5724, "paragraphs": 10, "language": "ar", "situation": 12,
  "outlet": "daily: a Nineveh daily's site (صحيفة نينوى الجديدة, invented): the offensive to retake Mosul begins",
  "title": "انطلاق العمليات العسكرية لاستعادة الموصل من تنظيم داعش",
  "published": "2016-10-18",
  "published_note": "'الثلاثاء 18 تشرين الأول 2016 - 08:00' under the byline (Baghdad time, the same day in UTC); comments 18 and 19 October; the text's 'فجر يوم الاثنين' is 17 October, Abadi's announcement",
  "evidence": "الثلاثاء 18 تشرين الأول 2016 - 08:00",
  "other_dates": [{"text": "18 تشرين الأول 2016 - 19:20", "date": "2016-10-18", "role": "comment"},
                  {"text": "19 تشرين الأول 2016 - 08:05", "date": "2016-10-19", "role": "comment"},
                  {"text": "19 تشرين الأول 2016 - 10:50", "date": "2016-10-19", "role": "comment"}],
  "body_first": "بدأت القوات العراقية وقوات البيشمركة الكردية عملية عسكرية واسعة",
  "body_last": "ويتوقع قادة عسكريون أن تستغرق المعركة أسابيع أو أشهراً، بسبب كثافة السكان والتحصينات التي أقامها التنظيم خلال أكثر من عامين.",
  "inside": [], "unlisted": [],
  "theme": [("comment-quote", "قرأت عندكم الأسبوع الماضي"), ("comment-quote", "كما كتبت صحيفة أخرى"),
            ("comment-quote", "Your story on Qayyarah")],
  "relative": {"phrase": "يوم الاثنين", "date": "2016-10-17"},
  "comments_first": "قرأت عندكم الأسبوع الماضي",
  "comment_authors": ["أم يوسف", "عمر الجبوري", "Mosul_Diaspora"],
  "comment_langs": {"أم يوسف": "ar", "عمر الجبوري": "ar", "Mosul_Diaspora": "en"},
  "credits": [{"role": "author", "name": "أنس الطائي"}]},
]

# ---------------------------------------------------------------- helpers
sys.dont_write_bytecode = True  # write nothing into the scorer's folder
sys.path.insert(0, SCORER_DIR)
try:
    from score_events import norm  # the scorer's own normalization
except ImportError:  # a copy of it, so that the checks also run where the scorer is absent
    def norm(s):
        if s is None:
            return ""
        s = unicodedata.normalize("NFKC", str(s)).lower()
        s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
        s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
        s = re.sub(r"[أإآ]", "ا", s)
        s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
        s = re.sub(r"^(the|a|an) ", "", s.strip())
        return re.sub(r"\s+", " ", s).strip()


def script_lang(t):
    """score_events.py's --lang test (Arabic = more than a third of the characters in U+0600-U+06FF)."""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


MONTHS_EN = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS_EN.update({m[:3]: i for m, i in list(MONTHS_EN.items())})
MONTHS_EN["sept"] = 9
MONTHS_AR = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
             "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
             "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
             "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}
EN_M = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
AR_M = "|".join(sorted(MONTHS_AR, key=len, reverse=True))
AL = "\u0621-\u064A"  # Arabic letters
DATE_RES = [
    (re.compile(r"(?<!\d)(\d{1,2}) (" + EN_M + r")\.?,? (\d{4})(?!\d)", re.I), "dMy"),
    (re.compile(r"\b(" + EN_M + r")\.? (\d{1,2}),? (\d{4})(?!\d)", re.I), "Mdy"),
    (re.compile(r"(?<![\d.-/])(\d{4})[-/](\d{2})[-/](\d{2})(?![\d])"), "ymd"),
    (re.compile(r"(?<![\d.-/])(\d{2})[/.-](\d{2})[/.-](\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(?<!\d)(\d{1,2}) (" + AR_M + r") (\d{4})(?!\d)"), "dAy"),
]
NOYEAR_RES = [
    re.compile(r"(?<!\d)(\d{1,2}) (" + EN_M + r")\b(?!\.?,? \d{4})", re.I),
    re.compile(r"\b(" + EN_M + r")\.? (\d{1,2})\b(?!,? \d{4})", re.I),
    re.compile(r"(?<!\d)(\d{1,2}) (" + AR_M + r")(?![" + AL + r"])(?! \d{4})"),
]
WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WD_EN_RE = re.compile(r"\b(" + "|".join(WEEKDAYS_EN) + r")\b", re.I)
WD_AR_RE = re.compile(r"(?<![" + AL + r"])(" + "|".join(WEEKDAYS_AR) + r")(?![" + AL + r"])")
BANNED_RE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b|(?<![" + AL + r"])(اليوم|الليلة|أمس|غدا|غداً|البارحة)(?![" + AL + r"])", re.I)
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
BAD_CHARS = re.compile("[\r\t\f\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\u0080-\u009f]")


def find_dates(text):
    """Every full date in text: (start, end, datetime.date). Arabic-Indic digits are read as digits."""
    t = text.translate(DIGITS)
    out = []
    for rx, form in DATE_RES:
        for m in rx.finditer(t):
            g = m.groups()
            try:
                if form == "dMy":
                    d = datetime.date(int(g[2]), MONTHS_EN[g[1].lower()], int(g[0]))
                elif form == "Mdy":
                    d = datetime.date(int(g[2]), MONTHS_EN[g[0].lower()], int(g[1]))
                elif form == "ymd":
                    d = datetime.date(int(g[0]), int(g[1]), int(g[2]))
                elif form == "dmy":
                    d = datetime.date(int(g[2]), int(g[1]), int(g[0]))
                else:
                    d = datetime.date(int(g[2]), MONTHS_AR[g[1]], int(g[0]))
            except (ValueError, KeyError):
                continue
            out.append((m.start(), m.end(), d))
    return out


def weekday_names(text, lang):
    if lang == "en":
        return [(m.start(), WEEKDAYS_EN.index(m.group(1).lower())) for m in WD_EN_RE.finditer(text)]
    return [(m.start(), WEEKDAYS_AR.index(m.group(1))) for m in WD_AR_RE.finditer(text)]


def words(t):
    return [w for w in t.split() if re.search(r"\w", w)]


def resolve(units, part):
    """Indexes of the units a DOCS part names ('=' + text: the whole unit; else a substring)."""
    if part.startswith("="):
        return [i for i, u in enumerate(units) if u == part[1:]]
    return [i for i, u in enumerate(units) if part in u]


# ---------------------------------------------------------------- reading a page
class Page:
    def __init__(self, path):
        self.path = path
        self.file = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            self.raw = f.read()
        self.rows = self.raw.split("\n")
        if self.rows and self.rows[-1] == "":
            self.rows = self.rows[:-1]
        self.units = [r for r in self.rows if r.strip()]
        self.unit_row = [k for k, r in enumerate(self.rows) if r.strip()]
        self.layout = "blank" if any(not r.strip() for r in self.rows) else "lines"


def analyse(doc, page, errs):
    """Resolve a DOCS entry against its page; return the derived facts (indexes and roles)."""
    n, U = doc["n"], page.units
    E = lambda m: errs.append(f"{n}: {m}")
    bf = [i for i, u in enumerate(U) if u.startswith(doc["body_first"])]
    bl = [i for i, u in enumerate(U) if u == doc["body_last"]]
    if len(bf) != 1:
        E(f"body_first starts {len(bf)} units")
    if len(bl) != 1:
        E(f"body_last is {len(bl)} whole units")
    if len(bf) != 1 or len(bl) != 1:
        return None
    a, b = bf[0], bl[0]
    if b < a:
        E("body_last before body_first")
        return None
    inside = set()
    for part in doc["inside"]:
        ix = [i for i in resolve(U, part) if a <= i <= b]
        if len(ix) != 1:
            E(f"inside part {part!r} names {len(ix)} units of the span")
        inside.update(ix)
    title_units = [i for i, u in enumerate(U) if u == doc["title"]]
    # comments: 'author | stamp' then the text
    comment_text, comment_head = {}, {}
    for au in doc.get("comment_authors", []):
        ix = [i for i, u in enumerate(U) if u.startswith(au + " | ")]
        if len(ix) != 1:
            E(f"comment author {au!r} heads {len(ix)} units")
            continue
        i = ix[0]
        if i <= b or i + 1 >= len(U):
            E(f"comment of {au!r} not after the body")
            continue
        comment_head[i] = au
        comment_text[i + 1] = au
    unlisted = set()
    for part in doc["unlisted"]:
        ix = [i for i in resolve(U, part) if not a <= i <= b]
        if len(ix) != 1:
            E(f"unlisted part {part!r} names {len(ix)} units outside the span")
        unlisted.update(ix)
    role = {}
    for i in range(len(U)):
        if a <= i <= b:
            role[i] = "in" if i in inside else "body"
        elif i in title_units:
            role[i] = "title"
        elif i in comment_text:
            role[i] = "comment"
        elif i in unlisted:
            role[i] = "unlisted"
        else:
            role[i] = "out"
    body_units = [i for i in range(a, b + 1) if role[i] == "body"]
    body_text = "\n".join(U[i] for i in body_units)
    return {"a": a, "b": b, "inside": sorted(inside), "title_units": title_units, "role": role,
            "body_units": body_units, "body_text": body_text, "comment_text": comment_text,
            "comment_head": comment_head, "unlisted": sorted(unlisted)}


# ---------------------------------------------------------------- checks
def check_page_text(doc, page, errs):
    n = doc["n"]
    E = lambda m: errs.append(f"{n}: {m}")
    if not page.raw.endswith("\n") or page.raw.endswith("\n\n"):
        E("page does not end with exactly one newline")
    if BAD_CHARS.search(page.raw):
        E(f"bad character {BAD_CHARS.search(page.raw).group()!r}")
    for k, r in enumerate(page.rows):
        if r != r.strip():
            E(f"row {k + 1} has outer whitespace")
    w = len(words(page.raw))
    if not 350 <= w <= 700:
        E(f"{w} words, not 350-700")
    if BANNED_RE.search(page.raw):
        E(f"relative-day word {BANNED_RE.search(page.raw).group()!r}")


def check_doc(doc, page, f, errs):
    n, U, lang, sit = doc["n"], page.units, doc["language"], doc["situation"]
    E = lambda m: errs.append(f"{n}: {m}")
    a, b, role = f["a"], f["b"], f["role"]
    npage = norm(page.raw)
    nbody = norm(f["body_text"])
    pub = datetime.date.fromisoformat(doc["published"])
    # gold strings
    strings = [doc["title"], doc["body_first"], doc["body_last"], doc["evidence"]]
    strings += [o["text"] for o in doc["other_dates"]] + [c["name"] for c in doc["credits"]]
    strings += doc.get("comment_authors", []) + ([doc["comments_first"]] if doc.get("comments_first") else [])
    for s in strings:
        if not s or s != s.strip():
            E(f"empty or padded gold string {s!r}")
        elif s not in page.raw:
            E(f"gold string not in the page: {s!r}")
        elif norm(s) not in npage:
            E(f"gold string not in the normalized page: {s!r}")
    # layout
    if page.layout != LAYOUT[n]:
        E(f"layout {page.layout}, LAYOUT says {LAYOUT[n]}")
    if page.layout == "blank":
        for i in f["body_units"]:
            r = page.unit_row[i]
            if r + 1 < len(page.rows) and page.rows[r + 1].strip():
                E(f"blank layout: body unit {i} not followed by a blank row")
    # title
    if sit == 8:
        if f["title_units"]:
            E("situation 8 page has a title unit")
        if not U[0].startswith(doc["title"] + " | "):
            E("tab title row does not start with the title")
        crumbs = [i for i, u in enumerate(U) if u.endswith(" › " + doc["title"])]
        if len(crumbs) != 1 or crumbs[0] >= a:
            E("no breadcrumb row ending with the title above the body")
    else:
        t = f["title_units"]
        if not t or t[0] >= a:
            E("title is not a whole unit above the body")
        if any(a <= i <= b for i in t):
            E("title unit inside the body span")
    if norm(doc["title"]) in nbody:
        E("title inside the normalized body")
    # body
    if page.raw.count(doc["body_last"]) != 1:
        E("body_last occurs more than once in the page")
    if role[a] != "body" or role[b] != "body":
        E("a body edge is not prose")
    prose = f["body_units"]
    if len(prose) != doc["paragraphs"]:
        E(f"{len(prose)} prose paragraphs read, {doc['paragraphs']} written")
    pw = sum(len(words(U[i])) for i in prose)
    if not 220 <= pw <= 600:
        E(f"{pw} prose words, not 220-600")
    for i in prose:
        u = U[i]
        if len(words(u)) < 12 or " | " in u or "http" in u or "©" in u:
            E(f"unit {i} is not a prose paragraph: {u[:50]!r}")
        ends = bool(re.search(STOP, u))
        if sit == 6 and i == b:
            if ends:
                E("the cut paragraph ends with a stop")
        elif not ends:
            E(f"prose unit {i} does not end with a stop")
        if find_dates(u):
            E(f"full date in a body unit {i}")
    for i in range(a, b + 1):
        if role[i] not in ("body", "in"):
            E(f"unit {i} in the span is neither prose nor listed chrome")
    # leaks and unlisted
    chrome = chrome_units(f, U)
    for i in chrome:
        c = norm(U[i])
        if len(c) > 3 and c in nbody:
            E(f"chrome unit inside the normalized body: {U[i]!r}")
    auto_unlisted = sorted(i for i, r in role.items()
                           if r not in ("body", "title") and not a <= i <= b and len(norm(U[i])) > 3 and norm(U[i]) in nbody)
    if auto_unlisted != f["unlisted"]:
        E(f"units outside the body whose text is in it: {auto_unlisted}, listed {f['unlisted']}")
    for s in doc.get("comment_authors", []) + [c["name"] for c in doc["credits"]]:
        if norm(s) in nbody:
            E(f"name inside the normalized body: {s!r}")
    if doc.get("comments_first") and norm(doc["comments_first"]) in nbody:
        E("comments_first inside the normalized body")
    # scripts
    if script_lang(doc["body_first"]) != lang or script_lang(doc["title"]) != lang:
        E("body_first or title fails the scorer's script test")
    letters = [ch for ch in f["body_text"] if ch.isalpha()]
    arab = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    share = arab / max(1, len(letters)) if lang == "ar" else 1 - arab / max(1, len(letters))
    if share < 0.8:
        E(f"body script share {share:.2f}")
    # comments
    if doc.get("comment_authors"):
        first = min(f["comment_text"]) if f["comment_text"] else None
        if first is None or not U[first].startswith(doc.get("comments_first", "\0")):
            E("comments_first is not the prefix of the first comment text")
        if set(doc["comment_langs"]) != set(doc["comment_authors"]):
            E("comment_langs do not match the authors")
        for i, au in f["comment_text"].items():
            lab = doc["comment_langs"].get(au)
            if lab not in COMMENT_LANGS or script_lang(U[i]) != lab:
                E(f"comment of {au!r} labelled {lab!r}")
    elif doc.get("comments_first"):
        E("comments_first without authors")
    # credits
    for c in doc["credits"]:
        if c["role"] not in CREDIT_ROLES:
            E(f"credit role {c['role']!r}")
        ix = [i for i, u in enumerate(U) if c["name"] in u]
        if not ix or any(role[i] != "out" for i in ix) or ix[0] >= a:
            E(f"credit {c['name']!r} not on a chrome unit above the body")
    # dates
    ev = [i for i, u in enumerate(U) if doc["evidence"] in u]
    if page.raw.count(doc["evidence"]) != 1 or len(ev) != 1:
        E("evidence does not occur exactly once")
    else:
        i = ev[0]
        if role[i] != "out" or a <= i <= b:
            E("evidence not on a chrome unit outside the body")
        ds = find_dates(doc["evidence"])
        if len(ds) != 1 or ds[0][2] != pub:
            E(f"evidence names {[d[2] for d in ds]}, published {pub}")
        for _, wd in weekday_names(U[i].translate(DIGITS), lang):
            if wd != pub.weekday():
                E("weekday on the date line is not the publication day's")
    for o in doc["other_dates"]:
        d = datetime.date.fromisoformat(o["date"])
        ok = {"comment": d >= pub, "correction": d > pub, "copy": d == pub, "other-article": True}.get(o["role"])
        if not ok:
            E(f"other date {o['text']!r}: role {o['role']!r} on the wrong side")
        ds = find_dates(o["text"])
        if len(ds) != 1 or ds[0][2] != d:
            E(f"other date text {o['text']!r} does not name {d}")
        ix = [i for i, u in enumerate(U) if o["text"] in u]
        if len(ix) != 1 or a <= ix[0] <= b:
            E(f"other date {o['text']!r} not on one unit outside the body")
    for i, u in enumerate(U):
        for s, e, d in find_dates(u):
            ut = u.translate(DIGITS)
            listed = [x for x in [doc["evidence"]] + [o["text"] for o in doc["other_dates"]]
                      if x.translate(DIGITS) in ut and ut.index(x.translate(DIGITS)) <= s
                      and e <= ut.index(x.translate(DIGITS)) + len(x)]
            if not listed:
                E(f"date {ut[s:e]!r} on unit {i} not listed")
        for rx in NOYEAR_RES:
            m = rx.search(u.translate(DIGITS))
            if m:
                E(f"day and month without a year on unit {i}: {m.group()!r}")
    # relative phrase
    rel = doc["relative"]
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (pub - rd).days <= 7:
        E("relative date not 1-7 days before publication")
    if f["body_text"].count(rel["phrase"]) != 1:
        E(f"relative phrase occurs {f['body_text'].count(rel['phrase'])} times in the body")
    wds = weekday_names(f["body_text"], lang)
    pw_ = weekday_names(rel["phrase"], lang)
    if len(wds) != 1 or len(pw_) != 1 or wds[0][1] != rd.weekday() or pw_[0][1] != rd.weekday():
        E(f"body weekdays {wds}, relative {rel}")
    # theme lines
    kinds = set()
    for kind, part in doc["theme"]:
        if kind not in KINDS:
            E(f"unknown kind {kind}")
            continue
        want, pat = KINDS[kind]
        ix = resolve(U, part)
        texts = {U[i] for i in ix}
        if len(texts) != 1:
            E(f"theme {kind} {part!r} names {len(texts)} different units")
            continue
        if want == "title":
            if len(ix) < 2 or any(role[i] != "title" for i in ix):
                E(f"theme {kind}: the title is not repeated")
        elif not any(role[i] == want for i in ix):
            E(f"theme {kind} {part!r}: roles {[role[i] for i in ix]}, want {want}")
        if pat and not re.search(pat, U[ix[0]]):
            E(f"theme {kind} {part!r} does not match {pat}")
        kinds.add(kind)
    if not REQUIRED[sit] <= kinds:
        E(f"missing theme kinds {REQUIRED[sit] - kinds}")
    check_situation(doc, page, f, E)


def theme_units(doc, U, kind):
    out = []
    for k, part in doc["theme"]:
        if k == kind:
            out += resolve(U, part)
    return sorted(set(out))


def check_situation(doc, page, f, E):
    sit, U, a, b, role = doc["situation"], page.units, f["a"], f["b"], f["role"]
    T = lambda k: theme_units(doc, U, k)
    nbody = norm(f["body_text"])
    if sit == 1:
        other = T("next-article-label") + T("other-title") + T("other-byline") + T("other-dateline") + T("other-lead")
        if min(other) <= b or len(T("other-lead")) < 2:
            E("next article not wholly after the body, or fewer than two of its paragraphs")
        if not T("next-article-label")[0] < T("other-title")[0] < T("other-lead")[0]:
            E("next article out of order")
    elif sit == 2:
        tease = T("prev-label") + T("other-title") + T("other-dateline") + T("other-lead")
        if max(tease) >= f["title_units"][0] or len(words(U[T("other-lead")[0]])) < 15:
            E("teaser not above the title, or its lead not a paragraph")
    elif sit == 3:
        times = T("update-time")
        if len(times) < 3 or min(times) <= b:
            E("fewer than three update times after the body")
        for i in times:
            if i + 1 not in T("update-text"):
                E(f"update time {U[i]} not followed by its text")
        if [U[i] for i in times] != sorted([U[i] for i in times], reverse=True):
            E("updates not latest first")
    elif sit == 4:
        if len(f["title_units"]) != 2 or max(f["title_units"]) >= a:
            E("title not twice above the body")
        if len(T("masthead-repeat")) < 2:
            E("masthead not twice")
    elif sit == 5:
        amp = T("amp-label") + T("amp-date") + T("amp-lead")
        if min(amp) <= b or not f["unlisted"] or min(f["unlisted"]) <= b:
            E("AMP copy not after the body")
        lead = U[T("amp-lead")[0]]
        if doc["body_first"] not in lead or lead.startswith(doc["body_first"]):
            E("AMP lead does not hold body_first after an inline dateline")
        if norm(lead) in nbody:
            E("AMP lead inside the body")
        if len(f["title_units"]) != 2 or not f["title_units"][0] < a < b < f["title_units"][1]:
            E("title not once above the body and once in the AMP copy")
        if doc["body_last"] in "\n".join(U[b + 1:]):
            E("body_last in the AMP copy (it must be trimmed)")
    elif sit == 6:
        pay = T("paywall")
        if b + 1 not in pay or any(role[i] == "body" for i in range(b + 1, len(U))):
            E("the paywall does not follow the cut paragraph")
    elif sit == 7:
        ins = f["inside"]
        if len(ins) < 5 or ins != list(range(ins[0], ins[-1] + 1)) or role[ins[0] - 1] != "body" or role[ins[-1] + 1] != "body":
            E("most-read list is not one group between two paragraphs")
        for i in T("list-lead"):
            if len(words(U[i])) < 8:
                E("list lead too short to look like a sentence")
    elif sit == 8:
        if any(u == doc["title"] for u in U):
            E("a unit equals the title")
    elif sit == 9:
        c = T("correction")
        if len(c) != 1 or c[0] <= b:
            E("correction not after the body")
        if not any(o["role"] == "correction" and o["text"] in U[c[0]] for o in doc["other_dates"]):
            E("correction not dated")
    elif sit == 10:
        heads = T("roundup-heading")
        t = f["title_units"][0]
        if not (min(heads) < t and max(heads) > b):
            E("other round-up items not both before and after the article")
        if not re.search(KINDS["roundup-heading"][1], doc["title"]):
            E("the article's heading is not in the round-up's form")
        if not any(u.endswith(" › " + doc["title"]) for u in U[:t]):
            E("breadcrumb does not name the article")
    elif sit == 11:
        ins = f["inside"]
        if len(ins) < 4 or ins != list(range(ins[0], ins[-1] + 1)):
            E("newsletter box not one group inside the span")
        q = re.sub(r"^[\"“«]|[\"”»]\.?$", "", U[T("newsletter-quote")[0]])
        if norm(q) in nbody or norm(q.rstrip(".")) in nbody:
            E("the quoted lead is in the body")
    elif sit == 12:
        if len(doc.get("comment_authors", [])) < 3:
            E("fewer than three comments")
        for i in f["comment_text"]:
            m = re.search(r"[\"“«]([^\"”»]{10,})[\"”»]", U[i])
            if not m:
                E(f"comment {i} quotes nothing")
            elif norm(m.group(1)) in nbody:
                E(f"comment {i} quotes the article itself")
        last = max(f["comment_text"])
        if last + 1 >= len(U) or role[last + 1] != "out":
            E("no footer after the comments")


def chrome_units(f, U):
    return [i for i in range(len(U)) if f["role"][i] in ("out", "in")]


# ---------------------------------------------------------------- building
def load_pages(errs):
    paths = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    names = [os.path.basename(p) for p in paths]
    want = list(range(FIRST, LAST + 1))
    got = [int(x[:4]) if re.match(r"^57\d\d_[a-z0-9_]+\.txt$", x) else None for x in names]
    if got != want:
        errs.append(f"folder: pages {got}, want {want}")
    if [d["n"] for d in DOCS] != want:
        errs.append("DOCS not 5701-5724 in order")
    if sum(d["language"] == "en" for d in DOCS) != 12 or any(
            d["language"] != ("en" if d["n"] <= 5712 else "ar") for d in DOCS):
        errs.append("languages are not 12 + 12")
    for d in DOCS:
        if d["situation"] != (d["n"] - FIRST) % 12 + 1:
            errs.append(f"{d['n']}: situation {d['situation']}")
    return {int(os.path.basename(p)[:4]): Page(p) for p in paths}


def build():
    errs = []
    pages = load_pages(errs)
    out = []
    for doc in DOCS:
        page = pages.get(doc["n"])
        if page is None:
            errs.append(f"{doc['n']}: no page")
            continue
        check_page_text(doc, page, errs)
        f = analyse(doc, page, errs)
        if f is None:
            continue
        check_doc(doc, page, f, errs)
        U = page.units
        g = {"file": page.file, "language": doc["language"], "situation": doc["situation"], "layout": page.layout,
             "outlet": doc["outlet"], "title": doc["title"], "published": doc["published"],
             "published_note": doc["published_note"], "evidence": {"text": doc["evidence"]}, "pub_lines": [],
             "other_dates": doc["other_dates"], "body_first": doc["body_first"], "body_last": doc["body_last"],
             "body_structure": [],
             "chrome_not_body": list(dict.fromkeys(U[i] for i in chrome_units(f, U))),
             "chrome_inside": [U[i] for i in f["inside"]],
             "unlisted": [U[i] for i in f["unlisted"]],
             "theme_lines": [{"text": U[resolve(U, p)[0]], "kind": k} for k, p in doc["theme"]],
             "relative": doc["relative"]}
        if doc.get("comment_authors"):
            g["comments_first"] = doc["comments_first"]
            g["comment_authors"] = doc["comment_authors"]
            g["comment_langs"] = doc["comment_langs"]
        g["credits"] = doc["credits"]
        g["events"] = []
        out.append((g, f, page))
    return errs, out


def synth(out, outdir, variant):
    real = os.path.realpath(outdir)
    if real.startswith(os.path.realpath(REPO) + os.sep):
        sys.exit("--synth DIR must lie outside the repository")
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "documents.jsonl"), "w", encoding="utf-8") as fo:
        for g, f, page in out:
            U = page.units
            if variant == "gold":
                body = "\n\n".join(U[i] for i in f["body_units"])
            elif variant == "empty":
                body = ""
            elif variant == "span":
                body = "\n\n".join(U[f["a"]:f["b"] + 1])
            elif variant == "page":
                body = page.raw
            elif variant == "head":  # from the page's first paragraph-like unit to body_last
                first = min(i for i, u in enumerate(U) if len(words(u)) >= 12 and re.search(STOP, u))
                body = "\n\n".join(U[first:f["b"] + 1])
            elif variant == "tail":  # from body_first to the unit before the page's last one
                body = "\n\n".join(U[f["a"]:len(U) - 1])
            else:
                sys.exit(f"unknown variant {variant}")
            comments = [{"author": U[i].split(" | ")[0], "text": U[i + 1]} for i in sorted(f["comment_head"])]
            rec = {"doc_id": g["file"][:4], "input": g["file"], "language": g["language"], "title": g["title"],
                   "published": {"value": g["published"], "precision": "day", "basis": "page",
                                 "evidence": g["evidence"]["text"]},
                   "credits": g["credits"], "body": {"text": body, "paragraphs": []}, "comments": comments}
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
    open(os.path.join(outdir, "events.jsonl"), "w").close()


def main(argv):
    errs, out = build()
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problems; nothing written")
        return 1
    gold = {"about": ABOUT, "documents": [g for g, f, p in out]}
    print(f"checked {len(out)} documents: {sum(g['language'] == 'en' for g, f, p in out)} en, "
          f"{sum(g['language'] == 'ar' for g, f, p in out)} ar; all checks pass")
    if "--synth" in argv:
        i = argv.index("--synth")
        variant = argv[argv.index("--variant") + 1] if "--variant" in argv else "gold"
        synth(out, argv[i + 1], variant)
        print(f"wrote {argv[i + 1]}/documents.jsonl ({variant})")
        return 0
    if "--check" in argv:
        return 0
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    with open(GOLD, "w", encoding="utf-8") as fo:
        fo.write(text)
    with open(GOLD, encoding="utf-8") as fi:
        if json.load(fi) != gold:
            print("written json differs when loaded again")
            return 1
    print(f"wrote {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
