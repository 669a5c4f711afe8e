#!/usr/bin/env python3
"""Build and check transfer-56.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py            checks, then writes transfer-56.gold.json beside this script
       python3 make_gold.py --check    checks only, writes nothing
       python3 make_gold.py --synth DIR [--variant gold|rows|prose|glued|cut|span|page]
                                       checks, then writes DIR/documents.jsonl built from the gold itself,
                                       for score_events.py (DIR must lie outside the repository)

Theme: THE TEXT'S OWN LINE AND BLOCK STRUCTURE. Every page is a crawler's flattened text of an ordinary
news article page (masthead, menu, title, date line, byline, body, then related and footer chrome);
what changes from page to page is how the crawler laid out the article's lines and blocks: hard
wrapping with and without blank lines, the whole body on one line, bullets, tables, sub-headings,
question-and-answer turns, a dated chronology, pull quotes, blank rows and stray whitespace, sidebar
lines interleaved with the text, and a notes block and photo captions after it. Twelve situations
(SITUATIONS), each once per language: 56NN English and 56NN+12 Arabic.

Written for this set by the t56 annotator. The shape follows transfer-55's make_gold.py (read for the
format: docstring, constants, helpers, checks, the first two DOCS entries); the code is new. The per-page
decisions are typed in DOCS: the number of prose paragraphs written (`paragraphs`, which the reading
of the page must give back), the title, the body edges, the chrome lines inside the body span (`inside`),
the lines whose text the body itself contains (`unlisted`, the verbatim pull quotes of situation 9),
comments, credits, dates and the theme lines (kind + a distinctive part; the script resolves each to its
one whole unit). Theme kinds whose role is `struct` are the body's structure lines (table caption, rows
and cells, sub-headings, questions, chronology label and items): they are body, but not prose
paragraphs. Every other non-empty unit that is not the title, a body unit or a comment text is chrome:
`chrome_not_body` is computed from the page.

READER FORM AND UNITS. The gold strings are the text a careful reader sees, as the scorer compares it.
A page's rows are read as units:
  * `blank`, `lines`, `oneline` pages: every non-empty row is one unit, as it stands;
  * `spaced` pages (situation 10): every row that is not empty after str.strip() is one unit, stripped of
    its outer whitespace (spaces, tabs, no-break spaces), with no-break spaces inside it read as spaces;
    `whitespace_lines` in the json keeps the raw rows;
  * `wrap-blank` and `wrap-dense` pages (situations 1 and 3): the rows are hard-wrapped at WIDTH columns.
    A wrapped title (`title_rows`) is one unit, its rows joined with one space; from body_first's row on,
    every body paragraph is one unit, its rows joined with one space. A paragraph ends at a blank row
    (wrap-blank) or, with no blank rows (wrap-dense), at a row that ends a sentence and leaves room for the
    next row's first word (the wrapper would have pulled the word up otherwise); the checks verify that
    this reading is the only one. Chrome rows stay one unit each.
So title, body_last and every chrome line are whole units; body_first and comments_first are unit
prefixes; on the two `oneline` pages body_last is the body line's last sentence(s), a suffix that starts
after a sentence end (paragraph breaks are lost there, so no careful reader can say more).

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 56NN_<slug>.txt, documents 5601-5624 in order, 12 per language; each
    page ends with one newline, has no CR / form feed / invisible format mark / C1 control character, and
    outside situation 10 no tab, no no-break space, no row with outer spaces and no whitespace-only row;
    300-1000 words;
  * layout (LAYOUT): `blank`: a blank row before and after every body unit and around the body; `lines`:
    no blank row; `oneline`: no blank row and the body one row; `wrap-blank` / `wrap-dense`: every row at
    most WIDTH characters, every wrapped unit broken where a greedy wrapper breaks it (the next row's first
    word does not fit), paragraphs separated by blank rows (wrap-blank) or by detectable short rows and no
    blank row at all (wrap-dense); `spaced`: two or three empty rows between all non-empty rows, some of
    them holding only whitespace, and stray whitespace at row ends;
  * every gold string is non-empty, without outer spaces, verbatim in the reader form of its page, and in
    the scorer's form (score_events.norm) in the normalized raw page;
  * the title is one whole unit above the body, not chrome, not inside the normalized body;
  * body_first is the prefix of exactly one unit after the title and body_last the whole of exactly one
    unit after it (on `oneline` pages a sentence-initial suffix of the body unit); every unit of the span
    is a prose paragraph, a `struct` line, an `inside` chrome line or an `unlisted` line;
  * the body: prose 280-600 words in 5-14 paragraphs (one on `oneline` pages), as many as written, each
    of 15+ words, without ' | ', 'http' or '©', ending in . or a closing quotation mark (situation 12: a
    footnote marker may follow); after the scorer's normalization the body, with and without its struct lines, holds no
    chrome line longer than 3 characters, not the title, not comments_first, no comment author and no
    credited name, and it holds body_first, body_last and every unlisted line;
  * scripts: body_first and the title pass score_events.py's script test for the page's language; 80% of
    the body's letters are in the article's script;
  * comments: comments_first the prefix of the first comment text; two or more authors, each on one
    chrome unit 'author | stamp' after the body followed by its text; a language label (en, ar, arabizi,
    ar+en) that agrees with the text; credits (author, editor) each on a chrome unit outside the span;
  * dates: the evidence occurs once, on a chrome unit outside the body, and names exactly the
    publication day (a weekday in it must fall on that day); every other full date on any unit is listed
    in other_dates with a role on the right side of the publication day (later: comment; earlier:
    chronology, source); chronology dates stand on struct units, the others on chrome units; no unit
    and no stretch of the whitespace-collapsed page names a day and month without a year or a date not
    listed; no full date in a prose paragraph;
  * relative phrase: names the weekday of its date, 1-7 days before publication, once in the body, the
    body's only weekday name; weekday names elsewhere only on chrome units; no today / tonight /
    yesterday / tomorrow / اليوم / الليلة / أمس / غدا / البارحة anywhere;
  * theme lines: each resolves to one whole unit (or row, for the row kinds) of the role its kind
    requires and matches the kind's pattern; each situation's required kinds are present (REQUIRED), plus
    a rule per situation (check_situation).
The json is loaded again after writing and compared with what was written.
"""
import datetime, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-56.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
FIRST, LAST = 5601, 5624
WIDTH = 72

SITUATIONS = {
    1: "body hard-wrapped at 72 columns, paragraphs separated by blank rows (a text-only edition); one title wrapped over two rows",
    2: "the whole body on one very long line, paragraph breaks lost",
    3: "body hard-wrapped at 72 columns with no blank rows anywhere, sentences split across rows, paragraph ends visible only as short rows; one title wrapped over two rows",
    4: "a 'Key points' / 'أبرز النقاط' bullet list between the date line and the text, restating it",
    5: "a casualty table inside the text flattened to rows: pipe-separated cells (English) or one cell per row (Arabic)",
    6: "sub-headings inside the text (short rows without a full stop) between paragraphs, and a heading-like chrome row after it",
    7: "a question-and-answer interview (Q: / A:, س: / ج:) as the article, with an editor's note after it",
    8: "a numbered chronology with full dates inside the text, then closing paragraphs",
    9: "pull quotes repeating the text as standalone rows: one verbatim, one trimmed with an ellipsis",
    10: "every row, chrome included, separated by two or three empty rows (some holding only whitespace); stray spaces, tabs and no-break spaces at row ends and no-break spaces inside the date line",
    11: "two-column residue: a sidebar's short rows (most read, latest, times, headlines) interleaved between body paragraphs in one stretch",
    12: "a sources / notes block with numbered footnotes after the text (markers in the text) and a gallery's numbered captions after it",
}
# English situations 1, 3, 10 and Arabic 1, 3, 10 have their own layouts; of the others, English 4, 7, 8,
# 11 and Arabic 5, 6, 9, 12 are `blank`, the rest `lines` (four of each per language, and the two pages of
# a situation always differ).
LAYOUT = {}
for _k in range(1, 13):
    _own = {1: "wrap-blank", 2: "oneline", 3: "wrap-dense", 10: "spaced"}.get(_k)
    LAYOUT[5600 + _k] = _own or ("blank" if _k in (4, 7, 8, 11) else "lines")
    LAYOUT[5612 + _k] = _own or ("blank" if _k in (5, 6, 9, 12) else "lines")

CREDIT_ROLES = {"author", "editor", "translator", "translation-editor"}
COMMENT_LANGS = {"en", "ar", "arabizi", "ar+en"}
LATER = {"comment"}
EARLIER = {"chronology", "source"}
STOP_RE = re.compile(r"[.»\"”]$")
FOOTNOTE_STOP_RE = re.compile(r"[.»\"”](\[\d\])?$")

# theme-line kinds: (role, pattern the unit must match). Roles: title, evidence, body (a prose unit),
# struct (a body structure line), in (chrome inside the body span), out (chrome outside it), chrome
# (either), unlisted, any; and two row roles: body-row (a row of a wrapped body paragraph that is not its
# last row and ends inside a sentence), title-row (the first row of a wrapped title).
KINDS = {
    "wrap-continued": ("body-row", r"[^.»\"”]$"), "wrapped-title": ("title-row", None),
    "text-menu": ("out", r"^\[[^\]]+\]( \[[^\]]+\])+$"), "rule-line": ("out", r"^(=|-){10,}$"),
    "plain-menu": ("out", r"^\S.* - .* - .*\S$"),
    "one-line-body": ("body", None),
    "key-points-label": ("out", r"^(Key points|أبرز النقاط)$"), "key-point": ("out", r"^(• |- ).*\.$"),
    "table-caption": ("struct", r"^(Table|جدول): "), "table-header": ("struct", None),
    "table-row": ("struct", r"^[^|]+( \| [^|]+){2,}$"), "table-cell": ("struct", r"^[^|.:]{1,20}$"),
    "table-note": ("struct", r"^(Source|المصدر): "),
    "subheading": ("struct", r"^[^.:|]{3,40}$"), "decoy-heading": ("out", r"^[^.:|]{3,40}$"),
    "question": ("struct", r"^(Q|س): .*[?؟]$"), "answer": ("body", r"^(A|ج): "),
    "editor-note": ("out", r"(edited for length|حُرر بغرض الإيجاز)"),
    "chronology-label": ("struct", r"(chronology|تسلسل زمني)"), "chronology-item": ("struct", r"^\d\. "),
    "pull-quote": ("unlisted", r"^[\"“«].*[\"”»]\.?$"), "pull-quote-trimmed": ("in", r"^[\"“«].*….*[\"”»]$"),
    "nbsp-inside": ("evidence", None), "trailing-space": ("any", None), "trailing-tab": ("any", None),
    "trailing-nbsp": ("any", None),
    "sidebar-label": ("in", r"^(Most read|Latest|الأكثر قراءة|آخر الأخبار)$"), "sidebar-headline": ("in", r"^[^.]+$|^\d\. [^.]+$"),
    "sidebar-time": ("in", r"^\d\d:\d\d$"),
    "notes-label": ("out", r"^(Sources:|المصادر:)$"), "note": ("out", r"^\[\d\] "),
    "gallery-label": ("out", r"^(Gallery|معرض الصور)$"), "gallery-caption": ("out", r"^\d/\d "),
    "footnote-marker": ("body", r"\[\d\]"),
}
REQUIRED = {
    1: {"wrap-continued", "text-menu", "rule-line"},
    2: {"one-line-body"},
    3: {"wrap-continued", "plain-menu"},
    4: {"key-points-label", "key-point"},
    5: {"table-caption", "table-header", "table-note"},
    6: {"subheading", "decoy-heading"},
    7: {"question", "answer", "editor-note"},
    8: {"chronology-label", "chronology-item"},
    9: {"pull-quote", "pull-quote-trimmed"},
    10: {"nbsp-inside", "trailing-space", "trailing-tab", "trailing-nbsp"},
    11: {"sidebar-label", "sidebar-headline", "sidebar-time"},
    12: {"notes-label", "note", "gallery-label", "gallery-caption", "footnote-marker"},
}

ABOUT = [
    "Fifty-sixth transfer check set (t56): 24 text pages, 12 English (5601-5612) and 12 Arabic (5613-5624). Theme: THE TEXT'S OWN LINE AND BLOCK STRUCTURE. Each page is a crawler's flattened text of an ordinary news article page (templates of 2012-2025: masthead, menu, title, date line, byline, body, then related and footer chrome) whose article lines and blocks are laid out in one of twelve ways, each once per language (56NN and 56NN+12 share it, with different stories and invented outlets of different kinds: text-only editions, agencies, trade and business sites, dailies, weeklies, magazines, radio and humanitarian sites, investigative newsrooms): (1) body hard-wrapped at 72 columns with blank rows between paragraphs; (2) the whole body on one line; (3) body hard-wrapped with no blank rows; (4) a key-points bullet list above the text; (5) a casualty table flattened to rows; (6) sub-headings between paragraphs; (7) a question-and-answer interview; (8) a numbered, dated chronology inside the text; (9) pull quotes repeating the text; (10) every row separated by two or three empty rows, with stray whitespace; (11) a sidebar's short rows interleaved with the paragraphs; (12) a notes block with footnotes and numbered gallery captions after the text. Stories of 2012-2025 in Iraq, Saudi Arabia, Mali, Ethiopia, Syria, the UAE, Sudan, Burkina Faso, Yemen, Tunisia, Libya, Egypt, Algeria, Lebanon, Qatar and Somalia, none of transfer-55's. Outlets, writers, witnesses, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t56 annotator without reading any Sitrep source, resource, lexicon, tools/ script or Java test, without building or running Sitrep and without seeing any Sitrep output; of the other sets only transfer-55's README.md, make_gold.py (docstring, constants, helpers, checks, the first two DOCS entries), transfer-55.gold.json (its about and four documents) and its pages 5502, 5514 and 5520 were read, for the format. Layout per page in make_gold.py's LAYOUT. Odd situations (pages 5601, 5603, ..., 5611 and 5613, ..., 5623: wrapping, tables, interviews, pull quotes, sidebars) may be studied later; even situations (the one-line body, key points, sub-headings, chronologies, blank rows and stray whitespace, notes and galleries) stay the check.",
    "Gold conventions: gold strings are the text a careful reader sees, in the form score_events.py compares: a wrapped title or paragraph is its rows joined with one space, a spaced page's row is stripped of its outer whitespace and its no-break spaces read as spaces (whitespace_lines keeps the raw rows). The title is the article's headline (whole, even when wrapped over two rows). The body is the article's text from its first paragraph to its last, with its own structure lines (table caption, header, rows or cells and source line; sub-headings; interview questions; the chronology's label and items), listed in body_structure with their kind: they are body, and neither keeping nor dropping them changes the scorer's figures unless a tool cuts the body at them. Never body: key-points bullets, pull quotes (a verbatim one is listed in unlisted because its text is inside the body; a trimmed one is chrome), sidebar rows, an interview's editor's note, footnote and source lines, gallery captions and their labels, menus, rules, bylines, date lines, tags, related headlines, comments and footers. Footnote markers ([1]) inside paragraphs are part of the paragraph. The publication date is the day the page states for the article in its date line: never a comment stamp, a chronology date inside the text or a source note's date. On the two one-line bodies (5602, 5614) body_last is the last sentence(s), a suffix of the body line. chrome_not_body lists every chrome unit (computed from the page); chrome_inside the chrome units between body_first and body_last. Each text has one relative-day phrase (relative), 1-7 days before publication. Credits: byline names (author; 'Interview by', 'حاوره', 'إعداد' and 'كتب' included) and editing lines (editor); interviewees, witnesses, desks and outlets are not credited. No events are coded in this set (events: []).",
]

# ---------------------------------------------------------------- the per-page decisions
# theme: (kind, a distinctive part of the unit or row); inside / unlisted: distinctive parts of units;
# other_dates / pub_lines / evidence texts are parts of units.
DOCS = [
 {"n": 5601, "paragraphs": 8, "language": "en", "situation": 1,
  "outlet": "text-only edition: the low-bandwidth text edition of an Iraqi English-language news site (Tigris Post, invented): Abadi declares victory over Islamic State in Mosul",
  "title": "Abadi declares victory over Islamic State in Mosul after long battle",
  "published": "2017-07-11",
  "published_note": "'Tuesday 11 July 2017, 10:20 Baghdad time' under the byline (07:20 UTC, the same day); the text's 'on Monday' is 10 July, the formal announcement",
  "evidence": "Tuesday 11 July 2017, 10:20 Baghdad time",
  "pub_lines": [], "other_dates": [],
  "body_first": "Prime Minister Haider al-Abadi declared victory over the Islamic State",
  "body_last": "Officials and analysts warned that the loss of Mosul would not end the threat posed by the group, which still holds territory west of the city and in other parts of the country and is expected to return to the bombings and hit-and-run attacks it waged before 2014.",
  "inside": [],
  "theme": [("wrap-continued", "Prime Minister Haider al-Abadi declared victory over the Islamic State"),
            ("wrap-continued", "decade. Government forces retook the eastern half of the city in January"),
            ("wrap-continued", "lives in a tent south of the city. \"Victory is a word for the"),
            ("text-menu", "[Home] [Iraq]"), ("text-menu", "[Back to full site]"), ("rule-line", "====="), ("rule-line", "-----")],
  "relative": {"phrase": "on Monday", "date": "2017-07-10"},
  "credits": [{"role": "author", "name": "Omar Jabbar"}]},
 {"n": 5602, "paragraphs": 1, "language": "en", "situation": 2,
  "outlet": "trade site: a Gulf energy trade news site (Gulf Energy Monitor, invented): drone attacks on Saudi Aramco's Abqaiq and Khurais facilities",
  "title": "Drone attacks set fire to Saudi Aramco's Abqaiq plant and Khurais oilfield",
  "published": "2019-09-15",
  "published_note": "'15 September 2019 | 09:30 GST' under the byline (05:30 UTC, the same day); comments 16 September; the text's 'on Saturday' is 14 September, the attacks",
  "evidence": "15 September 2019 | 09:30 GST",
  "pub_lines": [],
  "other_dates": [{"text": "16 September 2019 at 07:45", "date": "2019-09-16", "role": "comment"},
                  {"text": "16 September 2019 at 10:12", "date": "2019-09-16", "role": "comment"}],
  "body_first": "Drone attacks claimed by Yemen's Houthi movement set off fires",
  "body_last": "The Saudi-led coalition has been fighting the Houthis since 2015, and the group has repeatedly fired missiles and drones at Saudi airports, pipelines and other facilities in what it describes as retaliation for air strikes on Yemen.",
  "inside": [],
  "theme": [("one-line-body", "Drone attacks claimed by Yemen's Houthi movement set off fires")],
  "relative": {"phrase": "on Saturday", "date": "2019-09-14"},
  "comments_first": "We heard the explosions from the compound",
  "comment_authors": ["Khalid_Dhahran", "OilWatcher88"],
  "comment_langs": {"Khalid_Dhahran": "en", "OilWatcher88": "en"},
  "credits": [{"role": "author", "name": "Nadia Rahman"}, {"role": "author", "name": "Peter Lowe"}]},
 {"n": 5603, "paragraphs": 8, "language": "en", "situation": 3,
  "outlet": "news agency: the text version of a Sahel news agency's wire page (Sahel Dispatch, invented): Ansar Dine destroys mausoleums in Timbuktu",
  "title": "Islamist fighters smash Timbuktu's ancient shrines as UNESCO appeals for an end to the destruction",
  "title_rows": 2,
  "published": "2012-07-02",
  "published_note": "'Bamako, 2 July 2012 - 11:05 GMT' under the byline (Mali is on GMT); the text's 'on Saturday' is 30 June, the start of the destruction",
  "evidence": "2 July 2012 - 11:05 GMT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Fighters of the Islamist group Ansar Dine used pickaxes, hoes and rifle",
  "body_last": "Mali's culture minister said the government would take legal action to protect the sites, but officials in Bamako admitted that they had no means of stopping the destruction while the north remained in the hands of armed groups.",
  "inside": [],
  "theme": [("wrapped-title", "Islamist fighters smash Timbuktu's ancient shrines as UNESCO appeals for"),
            ("plain-menu", "Home - Mali - Niger"),
            ("wrap-continued", "Fighters of the Islamist group Ansar Dine used pickaxes, hoes and rifle"),
            ("wrap-continued", "were crying,\" said a shopkeeper reached by telephone, who asked not to"),
            ("wrap-continued", "on the three main towns of the north, while West African leaders")],
  "relative": {"phrase": "on Saturday", "date": "2012-06-30"},
  "credits": [{"role": "author", "name": "Aminata Diallo"}]},
 {"n": 5604, "paragraphs": 8, "language": "en", "situation": 4,
  "outlet": "digital outlet: a Nairobi-based Horn of Africa news site (Horn Observer, invented): Tigrayan forces retake Mekelle",
  "title": "Tigrayan forces retake Mekelle as Ethiopia declares a unilateral ceasefire",
  "published": "2021-06-29",
  "published_note": "'29 June 2021 | 08:15 EAT' under the byline (05:15 UTC, the same day); the text's 'on Monday' is 28 June, the ceasefire declaration",
  "evidence": "29 June 2021 | 08:15 EAT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Fighters loyal to Tigray's former regional government entered Mekelle,",
  "body_last": "The United States and the European Union called on all sides to respect the ceasefire, to allow aid agencies unhindered access to the region and to begin talks on a political settlement of the conflict.",
  "inside": [],
  "theme": [("key-points-label", "Key points"), ("key-point", "• Tigrayan forces say"), ("key-point", "• The federal government has declared"),
            ("key-point", "• Crowds celebrated"), ("key-point", "• Telephone and internet links")],
  "relative": {"phrase": "on Monday", "date": "2021-06-28"},
  "credits": [{"role": "author", "name": "Hagos Gebremedhin"}, {"role": "author", "name": "Jane Mwangi"}]},
 {"n": 5605, "paragraphs": 8, "language": "en", "situation": 5,
  "outlet": "regional daily: the English site of a northeast Syrian daily (Euphrates Post, invented): the Turkish offensive in northeast Syria, day three",
  "title": "Turkish offensive in northeast Syria enters third day as tens of thousands flee",
  "published": "2019-10-11",
  "published_note": "'11 October 2019 | 12:40 Qamishli' under the byline (09:40 UTC, the same day); comments 12 October; the text's 'on Wednesday' is 9 October, the launch of the offensive",
  "evidence": "11 October 2019 | 12:40 Qamishli",
  "pub_lines": [],
  "other_dates": [{"text": "12 October 2019 at 08:20", "date": "2019-10-12", "role": "comment"},
                  {"text": "12 October 2019 at 13:05", "date": "2019-10-12", "role": "comment"}],
  "body_first": "Turkish troops and allied Syrian rebel fighters pushed deeper into northeast Syria",
  "body_last": "Aid agencies warned that the fighting could displace up to 450,000 people living near the border and disrupt aid to camps holding thousands of families of Islamic State fighters, including the sprawling al-Hol camp.",
  "inside": [],
  "theme": [("table-caption", "Table: Reported civilian deaths"), ("table-header", "Area | Civilians killed"),
            ("table-row", "Ras al-Ain (Serekaniye) |"), ("table-row", "Tal Abyad |"), ("table-row", "Qamishli |"),
            ("table-row", "Kobani and Ain Issa |"), ("table-note", "Source: local health authorities")],
  "relative": {"phrase": "on Wednesday", "date": "2019-10-09"},
  "comments_first": "My aunt is still in Serekaniye",
  "comment_authors": ["Berivan_Q", "J. Whitfield"],
  "comment_langs": {"Berivan_Q": "en", "J. Whitfield": "en"},
  "credits": [{"role": "author", "name": "Clara Jensen"}, {"role": "author", "name": "Rodi Hesen"}]},
 {"n": 5606, "paragraphs": 10, "language": "en", "situation": 6,
  "outlet": "business daily: the site of a Gulf business daily (The Gulf Ledger, invented): the Houthi drone attack on Abu Dhabi",
  "title": "Houthi drone attack on Abu Dhabi kills three and sets fuel tankers ablaze",
  "published": "2022-01-18",
  "published_note": "'Published 18 January 2022 · 07:30 GST' under the byline (03:30 UTC, the same day); the text's 'on Monday' is 17 January, the attack",
  "evidence": "Published 18 January 2022 · 07:30 GST",
  "pub_lines": [], "other_dates": [],
  "body_first": "Three people were killed and six wounded when suspected drones struck fuel tankers",
  "body_last": "Analysts said the strike showed the group's growing reach and raised the cost for the UAE of its renewed involvement in a war it had largely stepped back from in 2019, when it withdrew most of its troops.",
  "inside": [],
  "theme": [("subheading", "What happened"), ("subheading", "Who claimed it"), ("subheading", "The response"),
            ("subheading", "A widening war"), ("decoy-heading", "Read more on The Gulf Ledger")],
  "relative": {"phrase": "on Monday", "date": "2022-01-17"},
  "credits": [{"role": "author", "name": "Fatima Al Mazrouei"}]},
 {"n": 5607, "paragraphs": 8, "language": "en", "situation": 7,
  "outlet": "humanitarian news site (Relief Lines, invented): an interview with a nurse who fled the assault on Zamzam camp",
  "title": "\"They came from three sides\": a nurse describes the assault on Zamzam camp",
  "published": "2025-04-16",
  "published_note": "'16 April 2025 | 14:00 GMT' under the interviewer's line (16:00 in Darfur, the same day); the text's 'on Friday' is 11 April, the start of the assault",
  "evidence": "16 April 2025 | 14:00 GMT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Zamzam, the largest camp for displaced people in Sudan's North Darfur state,",
  "body_last": "We waited for someone to protect us for two years. Nobody came, and I do not think anybody will come now unless the fighting stops.",
  "inside": [],
  "theme": [("question", "Q: Where were you"), ("question", "Q: How many people"), ("question", "Q: Why did you decide"),
            ("question", "Q: What is the situation"), ("question", "Q: What do you want"),
            ("answer", "A: I was at the clinic"), ("answer", "A: That Zamzam was not"),
            ("editor-note", "This interview has been edited")],
  "relative": {"phrase": "on Friday", "date": "2025-04-11"},
  "credits": [{"role": "author", "name": "Hiba Abdelrahman"}]},
 {"n": 5608, "paragraphs": 7, "language": "en", "situation": 8,
  "outlet": "regional weekly: the site of a West African weekly (West Africa Weekly Review, invented): the JNIM attack on Barsalogho",
  "title": "Hundreds feared dead as jihadists attack Barsalogho residents digging trenches",
  "published": "2024-08-27",
  "published_note": "'27 August 2024 · 10:00 GMT' under the byline (Burkina Faso is on GMT); the chronology inside the text names five earlier days, the last 24 August 2024, the attack; the text's 'on Saturday' is 24 August",
  "evidence": "27 August 2024 · 10:00 GMT",
  "pub_lines": [],
  "other_dates": [{"text": "4 June 2021", "date": "2021-06-04", "role": "chronology"},
                  {"text": "24 January 2022", "date": "2022-01-24", "role": "chronology"},
                  {"text": "30 September 2022", "date": "2022-09-30", "role": "chronology"},
                  {"text": "20 April 2023", "date": "2023-04-20", "role": "chronology"},
                  {"text": "24 August 2024", "date": "2024-08-24", "role": "chronology"}],
  "body_first": "Fighters of an al-Qaeda-linked group attacked the town of Barsalogho",
  "body_last": "More than two million people have been displaced by the violence in Burkina Faso, and aid agencies say hundreds of thousands live in towns under blockade by armed groups, where food and medicine can arrive only by convoy or by air.",
  "inside": [],
  "theme": [("chronology-label", "Burkina Faso's deadliest days"), ("chronology-item", "1. 4 June 2021"),
            ("chronology-item", "2. 24 January 2022"), ("chronology-item", "3. 30 September 2022"),
            ("chronology-item", "4. 20 April 2023"), ("chronology-item", "5. 24 August 2024")],
  "relative": {"phrase": "on Saturday", "date": "2024-08-24"},
  "credits": [{"role": "author", "name": "Adama Sawadogo"}]},
 {"n": 5609, "paragraphs": 8, "language": "en", "situation": 9,
  "outlet": "magazine: the site of a Levant affairs magazine (Levantine Observer, invented): the SDF says it has taken Raqqa",
  "title": "US-backed forces say they have taken Raqqa from Islamic State",
  "published": "2017-10-18",
  "published_note": "'18 October 2017 — 09:10 Damascus' under the byline (06:10 UTC, the same day); the text's 'on Tuesday' is 17 October, the SDF announcement",
  "evidence": "18 October 2017 — 09:10 Damascus",
  "pub_lines": [], "other_dates": [],
  "body_first": "The US-backed Syrian Democratic Forces said they had taken full control of Raqqa,",
  "body_last": "The battle for the city has raised tensions with Turkey, which considers the main Kurdish militia in the alliance a terrorist group, and with the Syrian government, which has vowed to retake all of the country's territory.",
  "inside": ["“We came back to look for our house …"],
  "unlisted": ["\"The city we grew up in does not exist any more.\""],
  "theme": [("pull-quote", "\"The city we grew up in does not exist any more.\""),
            ("pull-quote-trimmed", "“We came back to look for our house …")],
  "relative": {"phrase": "on Tuesday", "date": "2017-10-17"},
  "credits": [{"role": "author", "name": "Rezan Mustafa"}]},
 {"n": 5610, "paragraphs": 8, "language": "en", "situation": 10,
  "outlet": "regional news site: a Red Sea and Yemen news site (Red Sea Bulletin, invented): Israeli strikes on Hodeidah port",
  "title": "Israeli jets strike Hodeidah port after Houthi drone kills man in Tel Aviv",
  "published": "2024-07-21",
  "published_note": "'21 July 2024 | 10:45 Aden' under the byline, written with no-break spaces ('21\\u00a0July\\u00a02024') and a trailing no-break space (07:45 UTC, the same day); comments 22 July; the text's 'on Saturday' is 20 July, the strikes",
  "evidence": "21 July 2024 | 10:45 Aden",
  "pub_lines": [],
  "other_dates": [{"text": "22 July 2024, 08:10", "date": "2024-07-22", "role": "comment"},
                  {"text": "22 July 2024, 11:32", "date": "2024-07-22", "role": "comment"}],
  "body_first": "Israeli warplanes struck the Houthi-held port of Hodeidah",
  "body_last": "Aid agencies warned that damage to the port, the main entry point for food, fuel and medicine into the north of the country, could worsen the humanitarian crisis in Yemen, where millions of people depend on aid.",
  "inside": [],
  "theme": [("nbsp-inside", "21 July 2024 | 10:45 Aden"), ("trailing-nbsp", "21 July 2024 | 10:45 Aden"),
            ("trailing-tab", "Israeli jets strike Hodeidah port"), ("trailing-space", "Home | Yemen | Shipping"),
            ("trailing-space", "Israeli warplanes struck the Houthi-held port"), ("trailing-nbsp", "Salem_Aden | 22 July 2024"),
            ("trailing-tab", "Tags: Yemen | Israel")],
  "relative": {"phrase": "on Saturday", "date": "2024-07-20"},
  "comments_first": "Fuel queues in Sanaa were already long",
  "comment_authors": ["Salem_Aden", "MarineWatcher"],
  "comment_langs": {"Salem_Aden": "en", "MarineWatcher": "en"},
  "credits": [{"role": "author", "name": "Jamal Saeed"}]},
 {"n": 5611, "paragraphs": 8, "language": "en", "situation": 11,
  "outlet": "national news site: a Tunisian English-language news site (Carthage Courier, invented): the attack on the Bardo museum",
  "title": "Gunmen kill foreign tourists in attack on Tunis's Bardo museum",
  "published": "2015-03-19",
  "published_note": "'19 March 2015 | 09:00 CET' under the byline (08:00 UTC, the same day); comments 20 March; the sidebar's times ('10:42', '11:15') name no day; the text's 'on Wednesday' is 18 March, the attack",
  "evidence": "19 March 2015 | 09:00 CET",
  "pub_lines": [],
  "other_dates": [{"text": "20 March 2015 at 09:14", "date": "2015-03-20", "role": "comment"},
                  {"text": "20 March 2015 at 12:40", "date": "2015-03-20", "role": "comment"}],
  "body_first": "Gunmen in military-style clothing attacked the Bardo National Museum",
  "body_last": "European leaders expressed solidarity with Tunisia and offered help with security, while cruise companies whose passengers were among the victims said they were reviewing their plans to call at Tunisian ports.",
  "inside": ["Most read", "1. Tunisia's tourism season", "2. Parliament session", "3. Essebsi promises", "Latest", "10:42",
             "Cruise lines review stops", "11:15", "Interior ministry names"],
  "theme": [("sidebar-label", "Most read"), ("sidebar-label", "Latest"), ("sidebar-headline", "1. Tunisia's tourism season"),
            ("sidebar-headline", "2. Parliament session"), ("sidebar-headline", "3. Essebsi promises"),
            ("sidebar-headline", "Cruise lines review stops"), ("sidebar-headline", "Interior ministry names"),
            ("sidebar-time", "10:42"), ("sidebar-time", "11:15")],
  "relative": {"phrase": "on Wednesday", "date": "2015-03-18"},
  "comments_first": "I walked past the museum with my students",
  "comment_authors": ["Amel_Tunis", "Marco R."],
  "comment_langs": {"Amel_Tunis": "en", "Marco R.": "en"},
  "credits": [{"role": "author", "name": "Youssef Ben Salah"}]},
 {"n": 5612, "paragraphs": 8, "language": "en", "situation": 12,
  "outlet": "investigative newsroom: a nonprofit migration newsroom (Migrant Routes Journal, invented): the air strike on the Tajoura detention centre",
  "title": "Air strike on Tajoura detention centre kills dozens of migrants near Tripoli",
  "published": "2019-07-04",
  "published_note": "'4 July 2019 | 16:00 CEST' under the editing line (14:00 UTC, the same day); source note [1] is dated 3 July 2019 (a source, not the publication); the text's 'on Tuesday' is 2 July, the strike (late in the night)",
  "evidence": "4 July 2019 | 16:00 CEST",
  "pub_lines": [],
  "other_dates": [{"text": "3 July 2019", "date": "2019-07-03", "role": "source"}],
  "body_first": "An air strike hit a detention centre for migrants in Tajoura,",
  "body_last": "The African Union and the European Union called for an independent investigation, and the UN Security Council met in a closed session but failed to agree on a statement condemning the attack.",
  "inside": [],
  "theme": [("notes-label", "Sources:"), ("note", "[1] Statement"), ("note", "[2] Figures"), ("note", "[3] Interviews"),
            ("note", "[4] Earlier reporting"), ("gallery-label", "Gallery"), ("gallery-caption", "1/4 The damaged"), ("gallery-caption", "2/4 Survivors"),
            ("gallery-caption", "3/4 Rescue workers"), ("gallery-caption", "4/4 Belongings"), ("footnote-marker", "The strike hit a hangar"),
            ("footnote-marker", "Health officials and rescue workers")],
  "relative": {"phrase": "on Tuesday", "date": "2019-07-02"},
  "credits": [{"role": "author", "name": "Giulia Ferraro"}, {"role": "author", "name": "Ali Zlitni"},
              {"role": "editor", "name": "Hannah Brooks"}]},
 {"n": 5613, "paragraphs": 8, "language": "ar", "situation": 1,
  "outlet": "text-only edition: the text edition of an Egyptian news portal (بوابة وادي النيل, invented): the attack on al-Rawda mosque in North Sinai",
  "title": "مقتل 305 مصلين بينهم 27 طفلاً في هجوم على مسجد الروضة بشمال سيناء والسيسي يتوعد بالرد بالقوة",
  "title_rows": 2,
  "published": "2017-11-25",
  "published_note": "'السبت 25 نوفمبر 2017 - 10:40' under the byline (Cairo time, 08:40 UTC, the same day); the text's 'يوم الجمعة' is 24 November, the attack",
  "evidence": "السبت 25 نوفمبر 2017 - 10:40",
  "pub_lines": [], "other_dates": [],
  "body_first": "قُتل 305 أشخاص على الأقل، بينهم 27 طفلاً،",
  "body_last": "وتوالت إدانات الدول العربية والغربية للهجوم، وأكد مجلس الأمن الدولي في بيان تضامنه مع مصر، فيما دعا الأزهر والكنيسة القبطية المصريين إلى الوحدة في مواجهة الإرهاب والتطرف.",
  "inside": [],
  "theme": [("wrapped-title", "مقتل 305 مصلين بينهم 27 طفلاً في هجوم على مسجد الروضة بشمال سيناء"),
            ("text-menu", "[الرئيسية] [مصر]"), ("text-menu", "[العودة إلى الموقع الكامل]"), ("rule-line", "-----"),
            ("wrap-continued", "قُتل 305 أشخاص على الأقل، بينهم 27 طفلاً، وأصيب 128 آخرون في هجوم استهدف"),
            ("wrap-continued", "سمعنا الانفجار الأول، ثم بدأ الرصاص من كل اتجاه. خرجت من بين الجثث ولم")],
  "relative": {"phrase": "يوم الجمعة", "date": "2017-11-24"},
  "credits": [{"role": "author", "name": "أحمد عبد الستار"}]},
 {"n": 5614, "paragraphs": 1, "language": "ar", "situation": 2,
  "outlet": "regional news network: a news site of eastern Syria (شبكة شرق الفرات, invented): the SDF declares the end of Islamic State's last pocket in Baghouz",
  "title": "\"قسد\" تعلن القضاء على آخر جيب لتنظيم داعش في الباغوز وانتهاء \"الخلافة\"",
  "published": "2019-03-24",
  "published_note": "'الأحد 24 مارس 2019 - 10:15' under the byline (Syria time, 08:15 UTC, the same day); comments 25 March; the text's 'يوم السبت' is 23 March, the announcement",
  "evidence": "الأحد 24 مارس 2019 - 10:15",
  "pub_lines": [],
  "other_dates": [{"text": "25 مارس 2019 - 09:30", "date": "2019-03-25", "role": "comment"},
                  {"text": "25 مارس 2019 - 14:05", "date": "2019-03-25", "role": "comment"}],
  "body_first": "أعلنت قوات سوريا الديمقراطية القضاء التام على ما وصفته بخلافة تنظيم داعش",
  "body_last": "وطالبت الإدارة الذاتية الكردية المجتمع الدولي بتحمل مسؤولياته تجاه آلاف المقاتلين الأجانب المحتجزين لديها وعائلاتهم، ودعت إلى إنشاء محكمة دولية خاصة لمحاكمتهم في سوريا.",
  "inside": [],
  "theme": [("one-line-body", "أعلنت قوات سوريا الديمقراطية القضاء التام")],
  "relative": {"phrase": "يوم السبت", "date": "2019-03-23"},
  "comments_first": "الحمد لله على انتهاء هذا الكابوس",
  "comment_authors": ["أبو عمر الديري", "Sam_K"],
  "comment_langs": {"أبو عمر الديري": "ar", "Sam_K": "en"},
  "credits": [{"role": "author", "name": "ريم الحسن"}]},
 {"n": 5615, "paragraphs": 9, "language": "ar", "situation": 3,
  "outlet": "national daily: the text version of an Algerian daily's page (جريدة الواحات, invented): the army storms the In Amenas gas complex",
  "title": "الجيش الجزائري يقتحم منشأة عين أميناس وسط مخاوف على مصير الرهائن",
  "published": "2013-01-18",
  "published_note": "'الجمعة 18 يناير 2013 - 09:00' under the byline (Algiers time, 08:00 UTC, the same day); the text's 'يوم الأربعاء' is 16 January, the seizure of the site",
  "evidence": "الجمعة 18 يناير 2013 - 09:00",
  "pub_lines": [], "other_dates": [],
  "body_first": "شنت وحدات من الجيش الوطني الشعبي هجوماً على مجمع الغاز",
  "body_last": "ويعد حقل تيقنتورين من أهم منشآت الغاز في الجزائر، إذ يوفر نحو عُشر إنتاج البلاد من الغاز الطبيعي، ويعمل فيه مئات من العمال الجزائريين إلى جانب عشرات الخبراء الأجانب.",
  "inside": [],
  "theme": [("plain-menu", "الرئيسية - الوطني"),
            ("wrap-continued", "شنت وحدات من الجيش الوطني الشعبي هجوماً على مجمع الغاز في تيقنتورين قرب"),
            ("wrap-continued", "غرفنا ساعات طويلة، وكنا نسمع الخاطفين يبحثون عن الأجانب. حين وصل الجيش")],
  "relative": {"phrase": "يوم الأربعاء", "date": "2013-01-16"},
  "credits": [{"role": "author", "name": "مراد بلقاسم"}]},
 {"n": 5616, "paragraphs": 10, "language": "ar", "situation": 4,
  "outlet": "digital news network: a Khartoum news site (شبكة أخبار المقرن, invented): Burhan dissolves the transitional institutions",
  "title": "البرهان يحل مجلسي السيادة والوزراء ويعلن الطوارئ وسقوط قتلى في احتجاجات رافضة للانقلاب",
  "published": "2021-10-26",
  "published_note": "'الثلاثاء 26 أكتوبر 2021 - 08:30' under the byline (Khartoum time, 06:30 UTC, the same day); the text's 'يوم الاثنين' is 25 October, Burhan's address",
  "evidence": "الثلاثاء 26 أكتوبر 2021 - 08:30",
  "pub_lines": [], "other_dates": [],
  "body_first": "أعلن قائد الجيش السوداني الفريق أول عبد الفتاح البرهان حل مجلس السيادة الانتقالي",
  "body_last": "ويأتي الانقلاب بعد أكثر من عامين على الإطاحة بالرئيس عمر البشير إثر احتجاجات شعبية واسعة، وفي ظل توتر متصاعد بين المكونين العسكري والمدني بشأن تسليم رئاسة مجلس السيادة إلى المدنيين.",
  "inside": [],
  "theme": [("key-points-label", "أبرز النقاط"), ("key-point", "- اعتقال رئيس الوزراء"), ("key-point", "- البرهان يحل"),
            ("key-point", "- مقتل ثلاثة متظاهرين"), ("key-point", "- واشنطن تعلق")],
  "relative": {"phrase": "يوم الاثنين", "date": "2021-10-25"},
  "credits": [{"role": "author", "name": "منى عثمان"}]},
 {"n": 5617, "paragraphs": 10, "language": "ar", "situation": 5,
  "outlet": "regional news portal: a South Lebanon news portal (بوابة الجنوب الإخبارية, invented): the deadliest day of Israeli strikes across Lebanon",
  "title": "492 شهيداً وأكثر من 1600 جريح في أعنف يوم من الغارات الإسرائيلية على لبنان",
  "published": "2024-09-24",
  "published_note": "'الثلاثاء 24 أيلول 2024 - 07:40' under the byline (Beirut time, 04:40 UTC, the same day); comments 25 أيلول; the text's 'يوم الاثنين' is 23 September, the strikes",
  "evidence": "الثلاثاء 24 أيلول 2024 - 07:40",
  "pub_lines": [],
  "other_dates": [{"text": "25 أيلول 2024 - 08:05", "date": "2024-09-25", "role": "comment"},
                  {"text": "25 أيلول 2024 - 10:30", "date": "2024-09-25", "role": "comment"}],
  "body_first": "استشهد 492 شخصاً على الأقل، بينهم 35 طفلاً و58 امرأة،",
  "body_last": "ويأتي التصعيد بعد أيام من تفجيرات أجهزة الاتصال اللاسلكية التي استهدفت عناصر في حزب الله، ومن غارة على الضاحية الجنوبية لبيروت قتلت عدداً من قادة الحزب العسكريين، ما يزيد المخاوف من حرب شاملة.",
  "inside": [],
  "theme": [("table-caption", "جدول: الحصيلة الأولية"), ("table-header", "المحافظة"), ("table-header", "الشهداء"),
            ("table-header", "الجرحى"), ("table-cell", "الجنوب"), ("table-cell", "210"), ("table-cell", "690"),
            ("table-cell", "النبطية"), ("table-cell", "150"), ("table-cell", "520"), ("table-cell", "البقاع"),
            ("table-cell", "85"), ("table-cell", "280"), ("table-cell", "بعلبك الهرمل"), ("table-cell", "47"),
            ("table-cell", "155"), ("table-note", "المصدر: وزارة الصحة العامة")],
  "relative": {"phrase": "يوم الاثنين", "date": "2024-09-23"},
  "comments_first": "نزلنا من النبطية إلى صيدا في تسع ساعات",
  "comment_authors": ["حسين ع.", "Nadine_H"],
  "comment_langs": {"حسين ع.": "ar", "Nadine_H": "en"},
  "credits": [{"role": "author", "name": "كارين شمعون"}]},
 {"n": 5618, "paragraphs": 10, "language": "ar", "situation": 6,
  "outlet": "news agency: a north Syrian news agency (وكالة أنباء الشمال, invented): Turkish forces and allied factions take Afrin",
  "title": "القوات التركية وفصائل معارضة تسيطر على مدينة عفرين بعد عملية استمرت شهرين",
  "published": "2018-03-19",
  "published_note": "'الاثنين 19 آذار 2018 - 11:00' under the byline (Syria time, 09:00 UTC, the same day); the text's 'يوم الأحد' is 18 March, the entry into the city",
  "evidence": "الاثنين 19 آذار 2018 - 11:00",
  "pub_lines": [], "other_dates": [],
  "body_first": "سيطرت القوات التركية وفصائل من الجيش السوري الحر المدعومة من أنقرة على مدينة عفرين",
  "body_last": "وأبدت الولايات المتحدة وفرنسا قلقهما من الأوضاع الإنسانية في المنطقة، في حين تقول تركيا إن العملية تهدف إلى تأمين حدودها من وحدات حماية الشعب التي تعدها امتداداً لحزب العمال الكردستاني.",
  "inside": [],
  "theme": [("subheading", "كيف سقطت المدينة"), ("subheading", "نزوح عشرات الآلاف"), ("subheading", "المواقف الدولية"),
            ("decoy-heading", "اقرأ أيضاً")],
  "relative": {"phrase": "يوم الأحد", "date": "2018-03-18"},
  "credits": [{"role": "author", "name": "جوان حسو"}]},
 {"n": 5619, "paragraphs": 9, "language": "ar", "situation": 7,
  "outlet": "magazine: a Libyan news magazine's site (مجلة الجسر الليبية, invented): an interview with an ambulance volunteer after the Tripoli clashes",
  "title": "مسعف في طرابلس: «كنا ننقل الجرحى والرصاص يمر فوق سيارة الإسعاف»",
  "published": "2022-08-29",
  "published_note": "'الاثنين 29 أغسطس 2022 - 13:20' under the interviewer's line (Tripoli time, 11:20 UTC, the same day); comments 30 August; the text's 'يوم السبت' is 27 August, the clashes",
  "evidence": "الاثنين 29 أغسطس 2022 - 13:20",
  "pub_lines": [],
  "other_dates": [{"text": "30 أغسطس 2022 - 10:15", "date": "2022-08-30", "role": "comment"},
                  {"text": "30 أغسطس 2022 - 18:40", "date": "2022-08-30", "role": "comment"}],
  "body_first": "شهدت العاصمة الليبية طرابلس يوم السبت أعنف اشتباكات منذ سنوات",
  "body_last": "نحن نتعب ونخاطر بحياتنا لننقذ الناس، ثم تعود الأسلحة نفسها بعد أشهر إلى الشوارع. طرابلس تستحق أن تعيش في سلام، وأهلها تعبوا من الحروب التي لا تنتهي.",
  "inside": [],
  "theme": [("question", "س: أين كنت"), ("question", "س: ما أصعب"), ("question", "س: هل تعرضت"), ("question", "س: كيف كان"),
            ("question", "س: هل ما زال"), ("question", "س: ماذا تقول"), ("answer", "ج: كنت في مقر الفريق"), ("answer", "ج: أقول لهم"),
            ("editor-note", "أجري الحوار عبر الهاتف")],
  "relative": {"phrase": "يوم السبت", "date": "2022-08-27"},
  "comments_first": "كل الاحترام لفرق الإسعاف",
  "comment_authors": ["نورية ب.", "Tarek_Misrata"],
  "comment_langs": {"نورية ب.": "ar", "Tarek_Misrata": "en"},
  "credits": [{"role": "author", "name": "صالح الورفلي"}]},
 {"n": 5620, "paragraphs": 9, "language": "ar", "situation": 8,
  "outlet": "radio website: the site of a Darfur radio station (إذاعة جبل مرة, invented): the RSF takes El Fasher",
  "title": "الدعم السريع تعلن السيطرة على الفاشر بعد حصار استمر أكثر من 500 يوم",
  "published": "2025-10-28",
  "published_note": "'الثلاثاء 28 أكتوبر 2025 - 09:45' under the byline (Khartoum time, 07:45 UTC, the same day); the chronology inside the text names four earlier days, the last 26 October 2025; the text's 'يوم الأحد' is 26 October",
  "evidence": "الثلاثاء 28 أكتوبر 2025 - 09:45",
  "pub_lines": [],
  "other_dates": [{"text": "15 أبريل 2023", "date": "2023-04-15", "role": "chronology"},
                  {"text": "10 مايو 2024", "date": "2024-05-10", "role": "chronology"},
                  {"text": "11 أبريل 2025", "date": "2025-04-11", "role": "chronology"},
                  {"text": "26 أكتوبر 2025", "date": "2025-10-26", "role": "chronology"}],
  "body_first": "أعلنت قوات الدعم السريع سيطرتها الكاملة على مدينة الفاشر،",
  "body_last": "ويخشى مراقبون أن يكرس سقوط المدينة تقسيماً فعلياً للسودان، بعد أن باتت قوات الدعم السريع تسيطر على عواصم ولايات دارفور الخمس، في حين يسيطر الجيش على الخرطوم ومعظم ولايات الشرق والوسط والشمال.",
  "inside": [],
  "theme": [("chronology-label", "الفاشر من الحصار إلى السقوط"), ("chronology-item", "1. 15 أبريل 2023"),
            ("chronology-item", "2. 10 مايو 2024"), ("chronology-item", "3. 11 أبريل 2025"), ("chronology-item", "4. 26 أكتوبر 2025")],
  "relative": {"phrase": "يوم الأحد", "date": "2025-10-26"},
  "credits": [{"role": "author", "name": "عبد الرحمن آدم"}]},
 {"n": 5621, "paragraphs": 10, "language": "ar", "situation": 9,
  "outlet": "regional news portal: a news portal of Lahij and Aden (بوابة لحج الإخبارية, invented): the Houthi drone attack on a parade at al-Anad air base",
  "title": "قتلى وجرحى بينهم قادة عسكريون في هجوم بطائرة مسيرة على عرض عسكري في قاعدة العند",
  "published": "2019-01-11",
  "published_note": "'الجمعة 11 يناير 2019 - 10:05' under the byline (Aden time, 07:05 UTC, the same day); the text's 'يوم الخميس' is 10 January, the attack",
  "evidence": "الجمعة 11 يناير 2019 - 10:05",
  "pub_lines": [], "other_dates": [],
  "body_first": "قُتل ستة جنود على الأقل وأصيب عدد من كبار القادة العسكريين",
  "body_last": "ويقول محللون إن الهجوم يكشف قدرة الحوثيين المتزايدة على استخدام الطائرات المسيرة في ضرب أهداف بعيدة عن خطوط المواجهة، رغم الضربات الجوية المستمرة التي يشنها التحالف بقيادة السعودية منذ نحو أربع سنوات.",
  "inside": ["«سمعنا صوت الطائرة فوقنا…"],
  "unlisted": ["«كنا نقف في الصفوف حين سمعنا صوت الطائرة فوقنا. ظننا في البداية أنها جزء من الاحتفال، ثم وقع الانفجار وتحول المكان إلى فوضى»"],
  "theme": [("pull-quote", "«كنا نقف في الصفوف حين سمعنا صوت الطائرة فوقنا. ظننا في البداية أنها جزء من الاحتفال، ثم وقع الانفجار وتحول المكان إلى فوضى»"),
            ("pull-quote-trimmed", "«سمعنا صوت الطائرة فوقنا…")],
  "relative": {"phrase": "يوم الخميس", "date": "2019-01-10"},
  "credits": [{"role": "author", "name": "وضاح الشعيبي"}]},
 {"n": 5622, "paragraphs": 10, "language": "ar", "situation": 10,
  "outlet": "Gulf daily: the site of a Gulf daily (صحيفة الوسيط الخليجي, invented): the Israeli strike on Hamas leaders in Doha",
  "title": "غارة إسرائيلية على الدوحة تستهدف قادة حماس وقطر تندد بـ\"إرهاب الدولة\"",
  "published": "2025-09-10",
  "published_note": "'الأربعاء 10 سبتمبر 2025 - 08:15' under the byline, written with no-break spaces around the month and a trailing no-break space (Doha time, 05:15 UTC, the same day); comments 11 September; the text's 'يوم الثلاثاء' is 9 September, the strike",
  "evidence": "الأربعاء 10 سبتمبر 2025 - 08:15",
  "pub_lines": [],
  "other_dates": [{"text": "11 سبتمبر 2025 - 09:20", "date": "2025-09-11", "role": "comment"},
                  {"text": "11 سبتمبر 2025 - 12:45", "date": "2025-09-11", "role": "comment"}],
  "body_first": "شنت إسرائيل غارة جوية على مبنى في العاصمة القطرية الدوحة",
  "body_last": "وتستضيف قطر المكتب السياسي لحماس منذ عام 2012، وتؤدي مع مصر والولايات المتحدة دور الوسيط في المفاوضات غير المباشرة بين الحركة وإسرائيل لإنهاء الحرب في غزة والإفراج عن الرهائن.",
  "inside": [],
  "theme": [("nbsp-inside", "الأربعاء 10 سبتمبر 2025 - 08:15"), ("trailing-nbsp", "الأربعاء 10 سبتمبر 2025 - 08:15"),
            ("trailing-tab", "غارة إسرائيلية على الدوحة"), ("trailing-space", "الرئيسية | قطر | الخليج"),
            ("trailing-space", "شنت إسرائيل غارة جوية"), ("trailing-nbsp", "الوسوم: قطر | حماس"),
            ("trailing-tab", "وتوالت الإدانات العربية"), ("trailing-space", "محمد المري | 11 سبتمبر 2025")],
  "relative": {"phrase": "يوم الثلاثاء", "date": "2025-09-09"},
  "comments_first": "الدوحة كانت دائماً مكاناً للحوار",
  "comment_authors": ["محمد المري", "Omar_Doha"],
  "comment_langs": {"محمد المري": "ar", "Omar_Doha": "en"},
  "credits": [{"role": "author", "name": "هند الكواري"}]},
 {"n": 5623, "paragraphs": 10, "language": "ar", "situation": 11,
  "outlet": "online newspaper: a Baghdad online newspaper (صحيفة الكرخ الإلكترونية, invented): the killing of Hisham al-Hashimi",
  "title": "اغتيال الخبير الأمني هشام الهاشمي بالرصاص أمام منزله في بغداد",
  "published": "2020-07-07",
  "published_note": "'الثلاثاء 7 تموز 2020 - 09:10' under the byline (Baghdad time, 06:10 UTC, the same day); the sidebar's times ('10:35', '11:02') name no day; the text's 'يوم الاثنين' is 6 July, the killing",
  "evidence": "الثلاثاء 7 تموز 2020 - 09:10",
  "pub_lines": [], "other_dates": [],
  "body_first": "اغتال مسلحون مجهولون الخبير الأمني والباحث في شؤون الجماعات المسلحة هشام الهاشمي،",
  "body_last": "وطالبت نقابة الصحفيين ومنظمات حقوقية بحماية الباحثين والكتاب الذين يتعرضون للتهديد، مؤكدة أن الإفلات من العقاب شجع على تكرار عمليات الاغتيال خلال السنوات الماضية.",
  "inside": ["الأكثر قراءة", "1. الكاظمي يأمر", "2. ارتفاع الإصابات", "3. وزارة الكهرباء", "آخر الأخبار", "10:35",
             "وفد حكومي يزور", "11:02", "ارتفاع أسعار الخضار"],
  "theme": [("sidebar-label", "الأكثر قراءة"), ("sidebar-label", "آخر الأخبار"), ("sidebar-headline", "1. الكاظمي يأمر"),
            ("sidebar-headline", "2. ارتفاع الإصابات"), ("sidebar-headline", "3. وزارة الكهرباء"),
            ("sidebar-headline", "وفد حكومي يزور"), ("sidebar-headline", "ارتفاع أسعار الخضار"),
            ("sidebar-time", "10:35"), ("sidebar-time", "11:02")],
  "relative": {"phrase": "يوم الاثنين", "date": "2020-07-06"},
  "credits": [{"role": "author", "name": "سرمد الجبوري"}]},
 {"n": 5624, "paragraphs": 10, "language": "ar", "situation": 12,
  "outlet": "analysis site: a Horn of Africa news and analysis site (مرصد القرن الأفريقي, invented): the al-Shabab attack on the Kenyan base at El Adde",
  "title": "هجوم لحركة الشباب على قاعدة للقوات الكينية في العدي جنوب غرب الصومال",
  "published": "2016-01-17",
  "published_note": "'الأحد 17 يناير 2016 - 12:30' under the editing line (Mogadishu time, 09:30 UTC, the same day); source note [2] is dated 15 January 2016 (a source, not the publication); the text's 'يوم الجمعة' is 15 January, the attack",
  "evidence": "الأحد 17 يناير 2016 - 12:30",
  "pub_lines": [],
  "other_dates": [{"text": "15 يناير 2016", "date": "2016-01-15", "role": "source"}],
  "body_first": "شن مقاتلو حركة الشباب هجوماً واسعاً على قاعدة تابعة للقوات الكينية",
  "body_last": "ويرى محللون أن حركة الشباب، رغم خسارتها معظم المدن الكبرى، لا تزال قادرة على شن هجمات منسقة واسعة في الأرياف، مستفيدة من ضعف التنسيق بين قوات البعثة والجيش الصومالي.",
  "inside": [],
  "theme": [("notes-label", "المصادر:"), ("note", "[1] شهادات"), ("note", "[2] بيان"), ("note", "[3] مقابلة"), ("note", "[4] تقارير"),
            ("gallery-label", "معرض الصور"), ("gallery-caption", "1/4 جنود"), ("gallery-caption", "2/4 آلية"), ("gallery-caption", "3/4 أعلام"),
            ("gallery-caption", "4/4 سكان"), ("footnote-marker", "وبدأ الهجوم فجر"), ("footnote-marker", "وقالت حركة الشباب في بيانات")],
  "relative": {"phrase": "يوم الجمعة", "date": "2016-01-15"},
  "credits": [{"role": "author", "name": "عبد القادر محمد نور"}, {"role": "editor", "name": "ليلى حسن فارح"}]},
]


# ---------------------------------------------------------------- helpers
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


def letters(s):
    return [c for c in s if unicodedata.category(c).startswith("L")]


def ar_share(s):
    ls = letters(s)
    return sum(1 for c in ls if "\u0600" <= c <= "\u06ff") / len(ls) if ls else 0.0


def situation_of(n):
    return n - 5600 if n <= 5612 else n - 5612


def reader(row, layout):
    """the text a reader sees in one row: on spaced pages stripped, no-break spaces as spaces."""
    if layout == "spaced":
        return row.strip().replace("\u00a0", " ")
    return row


def tokens(s):
    return set(norm(s).split()) - {"•"}


EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
# Arabic letters and marks (not the Arabic comma or other punctuation of the block) bound Arabic words
_AL = r"\u0621-\u063A\u0641-\u065F\u0670-\u06D3"
_NB, _NA = r"(?<![%s])" % _AL, r"(?![%s])" % _AL
DAY_RE = re.compile(r"\b(%s)\b|%s(%s)%s" % ("|".join(EN_DAYS), _NB, "|".join(sorted(AR_DAYS, key=len, reverse=True)), _NA))
RELATIVE_RE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b|اليوم|البارحة|"
                         r"%s(أمس|الليلة|غدا|غداً)%s" % (_NB, _NA), re.I)


def day_names(text):
    return [EN_DAYS.index(a) if a else AR_DAYS[b] for a, b in DAY_RE.findall(text)]


EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
             "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
             "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
             "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2,
             "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10,
             "تشرين الثاني": 11, "كانون الأول": 12}


def _names(names):
    return "|".join(sorted(names, key=len, reverse=True))


_ENM, _ARM = _names(EN_MONTHS), _names(AR_MONTHS)
_ENM_CAP = _names({m.capitalize() for m in EN_MONTHS} | {m.upper() for m in EN_MONTHS})
FULL_PATTERNS = [
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), lambda g: (g[0], g[1], g[2])),
    (re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"), lambda g: (g[0], g[1], g[2])),
    (re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])"), "numeric"),
    (re.compile(r"\b(\d{1,2})\s+(%s)\b\.?,?\s+(\d{4})\b" % _ENM, re.I), lambda g: (g[2], EN_MONTHS[g[1].lower()], g[0])),
    (re.compile(r"\b(%s)\b\.?\s+(\d{1,2}),?\s+(\d{4})\b" % _ENM, re.I), lambda g: (g[2], EN_MONTHS[g[0].lower()], g[1])),
    (re.compile(r"(?<!\d)(\d{1,2})\s+(%s)%s\s*,?\s*(\d{4})(?!\d)" % (_ARM, _NA)), lambda g: (g[2], AR_MONTHS[g[1]], g[0])),
]
PARTIAL_PATTERNS = [
    (re.compile(r"\b(%s)\b\.?\s+(\d{1,2})(?![\d:])" % _ENM_CAP), lambda g: (EN_MONTHS[g[0].lower()], g[1])),
    (re.compile(r"(?<![\d:])\b(\d{1,2})\s+(%s)\b" % _ENM_CAP), lambda g: (EN_MONTHS[g[1].lower()], g[0])),
    (re.compile(r"(?<![\d:])(\d{1,2})\s+(%s)%s" % (_ARM, _NA)), lambda g: (AR_MONTHS[g[1]], g[0])),
]


def find_dates(text):
    """(full, partial): ISO days named with a year, (month, day) pairs named without one."""
    t = text.translate({0x0660 + k: str(k) for k in range(10)}).replace("\u00a0", " ")
    full, partial = set(), set()
    for rx, how in FULL_PATTERNS:
        for g in rx.findall(t):
            if how == "numeric":
                raise ValueError(f"numeric D/M/Y date {''.join(g)}: none is used in this set")
            y, m, d = how(g)
            full.add(datetime.date(int(y), int(m), int(d)).isoformat())
        t = rx.sub(" ", t)
    for rx, how in PARTIAL_PATTERNS:
        for g in rx.findall(t):
            m, d = how(g)
            datetime.date(2000, int(m), int(d))
            partial.add((int(m), int(d)))
        t = rx.sub(" ", t)
    return full, partial


def first_unit(lines, part):
    ks = [k for k, l in enumerate(lines) if part in l]
    return ks[0] if len(ks) == 1 else -1


def first_word(s):
    return s.split()[0] if s.split() else ""


# ---------------------------------------------------------------- units
class Unit:
    """one unit of the reader form: its text and the page rows it was read from."""

    def __init__(self, text, rows):
        self.text, self.rows = text, rows


def read_units(doc, rows, complain):
    """the page's units (see READER FORM AND UNITS); None when the title or the body cannot be found."""
    n, layout = doc["n"], LAYOUT[doc["n"]]
    ne = [(r, reader(rows[r], layout)) for r in range(len(rows)) if reader(rows[r], layout).strip()]
    k = doc.get("title_rows", 1)
    cands = [x for x in range(len(ne) - k + 1) if " ".join(t for _, t in ne[x:x + k]) == doc["title"]]
    if len(cands) != 1:
        complain(f"the title is not exactly one run of {k} whole row(s)")
        return None
    tx = cands[0]
    starts = [x for x in range(tx + k, len(ne)) if ne[x][1].startswith(doc["body_first"])]
    if len(starts) != 1:
        complain("body_first is not the prefix of exactly one row after the title")
        return None
    bx = starts[0]
    units = [Unit(t, [r]) for r, t in ne[:tx]]
    units.append(Unit(doc["title"], [r for r, _ in ne[tx:tx + k]]))
    units += [Unit(t, [r]) for r, t in ne[tx + k:bx]]
    if layout not in ("wrap-blank", "wrap-dense"):
        units += [Unit(t, [r]) for r, t in ne[bx:]]
        return units
    # wrapped pages: one unit per body paragraph, from body_first's row to body_last
    x, found = bx, False
    while x < len(ne):
        y = x
        while y + 1 < len(ne):
            r, t = ne[y]
            if layout == "wrap-blank" and ne[y + 1][0] > r + 1:
                break
            if layout == "wrap-dense" and STOP_RE.search(t) and len(t) + 1 + len(first_word(ne[y + 1][1])) <= WIDTH:
                break
            y += 1
        joined = " ".join(t for _, t in ne[x:y + 1])
        units.append(Unit(joined, [r for r, _ in ne[x:y + 1]]))
        x = y + 1
        if joined == doc["body_last"]:
            found = True
            break
    if not found:
        complain("body_last is not one whole paragraph of the wrapped body")
        return None
    units += [Unit(t, [r]) for r, t in ne[x:]]
    return units


# ---------------------------------------------------------------- the checks
def check_doc(doc, problems):
    n, k = doc["n"], doc["situation"]
    layout = LAYOUT[n]

    def complain(msg):
        problems.append(f"{n}: {msg}")

    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        complain(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"56\d\d_[a-z0-9_]+\.txt", name):
        complain(f"bad file name {name}")
    if k != situation_of(n) or doc["language"] != ("en" if n <= 5612 else "ar"):
        complain("the page number does not match the situation or the language")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\u200b\u200c\u200d\u200e\u200f\ufeff") or any("\x80" <= c <= "\x9f" for c in raw):
        complain("CR, form feed, invisible mark or C1 control character in the page")
    if layout != "spaced" and any(c in raw for c in "\t\u00a0"):
        complain("tab or no-break space outside situation 10")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        complain("the page must end with exactly one newline")
    if not 300 <= len(raw.split()) <= 1000:
        complain(f"the page has {len(raw.split())} words")
    rows = raw[:-1].split("\n")
    if layout != "spaced" and any(r != r.strip() for r in rows):
        complain("a row has outer whitespace or holds only whitespace outside situation 10")

    units = read_units(doc, rows, complain)
    if units is None:
        return None
    lines = [u.text for u in units]
    text = "\n".join(lines)
    nraw = norm(raw)

    # every gold string: non-empty, single-line, no outer spaces, in the reader form and in the scorer's form
    golds = [doc["title"], doc["body_first"], doc["body_last"], doc["evidence"]] + doc["pub_lines"] + \
        [d["text"] for d in doc["other_dates"]] + doc.get("inside", []) + doc.get("unlisted", []) + \
        ([doc["comments_first"]] if "comments_first" in doc else []) + doc.get("comment_authors", []) + \
        [c["name"] for c in doc["credits"]] + [p for _, p in doc["theme"]]
    for g in golds:
        if not g or "\n" in g or g != g.strip():
            complain(f"a gold string is empty, multi-line or has outer spaces: {g[:40]!r}")
        elif g not in text and not any(g in reader(r, layout) for r in rows):
            complain(f"a gold string is not in the page's reader form: {g[:40]!r}")
        elif norm(g) and norm(g) not in nraw:
            complain(f"a gold string is not in the scorer's form of the page: {g[:40]!r}")

    def whole(part, what):
        if part in lines:
            return part
        ks = [x for x, l in enumerate(lines) if part in l]
        if len(set(lines[x] for x in ks)) != 1:
            complain(f"{what} {part[:40]!r} matches {len(set(lines[x] for x in ks))} distinct units")
            return None
        return lines[ks[0]]

    title = doc["title"]
    if lines.count(title) != 1:
        complain("the title is not exactly one whole unit")
        return None
    t = lines.index(title)
    firsts = [x for x in range(t + 1, len(lines)) if lines[x].startswith(doc["body_first"])]
    if len(firsts) != 1:
        complain("body_first is not the prefix of exactly one unit after the title")
        return None
    i = firsts[0]
    if layout == "oneline":
        j = i
        u = lines[i]
        cut = len(u) - len(doc["body_last"])
        if not u.endswith(doc["body_last"]) or cut < 2 or u[cut - 1] != " " or not STOP_RE.search(u[:cut - 1]):
            complain("body_last is not a sentence-initial suffix of the one-line body")
    else:
        lasts = [x for x in range(t + 1, len(lines)) if lines[x] == doc["body_last"]]
        if len(lasts) != 1 or not i <= lasts[0]:
            complain("body_last is not exactly one whole unit after body_first")
            return None
        j = lasts[0]

    inside = [whole(p, "inside") for p in doc.get("inside", [])]
    unlisted = [whole(p, "unlisted") for p in doc.get("unlisted", [])]
    if None in inside or None in unlisted:
        return None
    for c in inside:
        if not any(lines[x] == c for x in range(i + 1, j)):
            complain(f"an inside chrome unit is not inside the body span: {c[:40]!r}")
    unlisted_idx = {x for x in range(len(lines)) if lines[x] in unlisted and x != i and x != j}
    struct_parts = [p for kind, p in doc["theme"] if KINDS.get(kind, ("",))[0] == "struct"]
    struct = [whole(p, "struct") for p in struct_parts]
    if None in struct:
        return None
    struct_idx = [x for x in range(i, j + 1) if lines[x] in struct]
    for s in struct:
        if not any(lines[x] == s for x in range(i + 1, j)):
            complain(f"a struct unit is not inside the body span: {s[:40]!r}")
    body_idx = [x for x in range(i, j + 1) if lines[x] not in inside and x not in unlisted_idx]
    prose_idx = [x for x in body_idx if x not in struct_idx]
    if i not in prose_idx or j not in prose_idx:
        complain("a body edge is chrome, unlisted or a struct unit")
    paras = [lines[x] for x in prose_idx]
    stop = FOOTNOTE_STOP_RE if k == 12 else STOP_RE
    for p in paras:
        if len(p.split()) < 15 or " | " in p or not stop.search(p) or "http" in p or "©" in p:
            complain(f"a body unit that does not read as a paragraph (15+ words, no ' | ', final stop): {p[:60]!r}")
    words = sum(len(p.split()) for p in paras)
    if layout == "oneline":
        if len(paras) != 1:
            complain("a one-line body must be one unit")
    elif not 5 <= len(paras) <= 14:
        complain(f"{len(paras)} prose paragraphs")
    if len(paras) != doc["paragraphs"]:
        complain(f"{len(paras)} prose paragraphs read, {doc['paragraphs']} written (a break a reader cannot see?)")
    if not 280 <= words <= 600:
        complain(f"{words} prose words in the body")
    body_full = "\n".join(lines[x] for x in body_idx)
    body_prose = "\n".join(paras)
    nb, nbp = norm(body_full), norm(body_prose)
    for what, g in (("body_first", doc["body_first"]), ("body_last", doc["body_last"])):
        if norm(g) not in nb or norm(g) not in nbp:
            complain(f"{what} is not in the normalized body")

    # layout
    def gap(a, b):
        return units[b].rows[0] - units[a].rows[-1]

    blank_rows = [r for r, row in enumerate(rows) if not row.strip()]
    if layout in ("lines", "oneline", "wrap-dense") and blank_rows:
        complain(f"layout {layout} but blank rows found")
    if layout == "oneline" and (len(units[i].rows) != 1 or len(lines[i]) < 1500):
        complain("the one-line body is not one row of 1500+ characters")
    if layout == "blank":
        for a in range(i, j):
            if (a in body_idx or a + 1 in body_idx) and gap(a, a + 1) < 2:
                complain(f"no blank row between {lines[a][:30]!r} and {lines[a + 1][:30]!r}")
        if gap(i - 1, i) < 2 or j + 1 < len(units) and gap(j, j + 1) < 2:
            complain("no blank row before the body or after it")
        if not blank_rows:
            complain("layout blank but no blank rows")
    if layout in ("wrap-blank", "wrap-dense"):
        for r, row in enumerate(rows):
            if len(row) > WIDTH:
                complain(f"row {r} is longer than {WIDTH} characters")
        for u in units:
            for a, b in zip(u.rows, u.rows[1:]):
                if b != a + 1:
                    complain(f"a blank row inside a wrapped unit: {u.text[:30]!r}")
                elif len(rows[a]) + 1 + len(first_word(rows[b])) <= WIDTH:
                    complain(f"row {a} is broken before a word that fits: {rows[a][:30]!r}")
        if layout == "wrap-blank":
            for a in range(i, j):
                if gap(a, a + 1) < 2:
                    complain(f"no blank row between paragraphs {lines[a][:30]!r} and {lines[a + 1][:30]!r}")
        if layout == "wrap-dense":
            for a in range(i, j):
                last = rows[units[a].rows[-1]]
                if not STOP_RE.search(last) or len(last) + 1 + len(first_word(lines[a + 1])) > WIDTH:
                    complain(f"the end of paragraph {lines[a][:30]!r} cannot be seen (no short row)")
    if layout == "spaced":
        ner = [r for r, row in enumerate(rows) if row.strip()]
        for a, b in zip(ner, ner[1:]):
            if not 3 <= b - a <= 4:
                complain(f"rows {a} and {b}: not two or three empty rows between them")
        if len([r for r in blank_rows if rows[r]]) < 4:
            complain("fewer than four whitespace-only rows")
        if len([r for r in ner if rows[r] != rows[r].rstrip()]) < 6:
            complain("fewer than six rows with trailing whitespace")

    # comments
    c_texts, authors = {}, doc.get("comment_authors", [])
    if "comments_first" in doc:
        langs = doc.get("comment_langs", {})
        if len(authors) < 2 or set(langs) != set(authors) or not set(langs.values()) <= COMMENT_LANGS:
            complain("comments need two or more authors, each with a known language label")
        for a in authors:
            ks = [x for x in range(j + 1, len(lines)) if lines[x].startswith(a + " | ")]
            if len(ks) != 1 or ks[0] + 1 >= len(lines):
                complain(f"comment author {a!r}: not one unit 'author | stamp' followed by a text")
                continue
            c_texts[a] = ks[0] + 1
            share = ar_share(lines[ks[0] + 1])
            want = {"ar": share > 0.8, "en": share == 0, "arabizi": share == 0, "ar+en": 0.05 < share < 0.95}
            if not want.get(langs.get(a), False):
                complain(f"comment by {a!r} is not in the language {langs.get(a)!r}")
            if norm(a) in nb:
                complain(f"comment author inside the body: {a!r}")
        if not c_texts or not lines[min(c_texts.values())].startswith(doc["comments_first"]):
            complain("comments_first is not the prefix of the first comment text")
        if norm(doc["comments_first"]) in nb:
            complain("comments_first inside the body")
    elif authors:
        complain("comment_authors without comments_first")
    comment_idx = set(c_texts.values())

    # chrome: every other unit
    chrome_idx = [x for x in range(len(lines)) if x != t and x not in body_idx and x not in comment_idx
                  and x not in unlisted_idx]
    chrome = []
    for x in chrome_idx:
        if lines[x] not in chrome:
            chrome.append(lines[x])
    if title in set(chrome):
        complain("the title also stands as a chrome unit")
    for c in chrome:
        if len(norm(c)) > 3 and (norm(c) in nb or norm(c) in nbp):
            complain(f"a chrome unit occurs inside the normalized body: {c[:50]!r}")
    for s in struct:
        if s in chrome:
            complain(f"a struct unit also stands as chrome: {s[:40]!r}")
    for u in unlisted:
        if norm(u) not in nbp:
            complain(f"an unlisted unit is not inside the normalized prose: {u[:50]!r}")
    if norm(title) in nb:
        complain("the title occurs inside the body")
    out_span = [x for x in chrome_idx if not i <= x <= j]

    # credits
    for c in doc["credits"]:
        if c["role"] not in CREDIT_ROLES:
            complain(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[x] for x in out_span):
            complain(f"credit {c['name']!r} is not on a chrome unit outside the body span")
        if norm(c["name"]) in nb:
            complain(f"credit {c['name']!r} occurs inside the body")

    # scripts
    lang = doc["language"]
    if scorer_lang(doc["body_first"]) != lang or scorer_lang(title) != lang:
        complain(f"language {lang} disagrees with score_events.py --lang on body_first or the title")
    own = ar_share(body_full) if lang == "ar" else 1 - ar_share(body_full)
    if own < 0.8:
        complain(f"only {own:.0%} of the body's letters are in the article's script")

    # dates
    pub = doc["published"]
    try:
        pub_day = datetime.date.fromisoformat(pub)
    except ValueError:
        complain("published is not an ISO day")
        return None
    ev = doc["evidence"]
    if text.count(ev) != 1:
        complain(f"the evidence occurs {text.count(ev)} times")
    k_ev = first_unit(lines, ev)
    if k_ev < 0 or k_ev not in out_span:
        complain("the evidence is not on one chrome unit outside the body span")
    try:
        full, partial = find_dates(ev)
        if full != {pub} or partial:
            complain(f"the evidence names {sorted(full)} {sorted(partial)}, want {pub}")
    except ValueError as e:
        complain(f"evidence: {e}")
    for wd in day_names(ev):
        if wd != pub_day.weekday():
            complain("a weekday in the evidence does not fall on the publication day")
    allowed, expected_pub = {pub}, {k_ev}
    for p in doc["pub_lines"]:
        kp = first_unit(lines, p)
        if kp < 0 or kp not in out_span:
            complain(f"pub line {p!r} is not on one chrome unit outside the body span")
        expected_pub.add(kp)
    for d in doc["other_dates"]:
        role = d["role"]
        if role not in LATER | EARLIER:
            complain(f"other date {d['text']!r}: unknown role {role!r}")
        try:
            f2, p2 = find_dates(d["text"])
        except ValueError as e:
            complain(f"other date: {e}")
            continue
        if f2 != {d["date"]} or p2:
            complain(f"other date {d['text']!r} names {sorted(f2)}, want {d['date']}")
        if role in LATER and not d["date"] > pub or role in EARLIER and not d["date"] < pub:
            complain(f"other date {d['text']!r} ({role}) is on the wrong side of the publication day")
        kd = first_unit(lines, d["text"])
        where = set(struct_idx) if role == "chronology" else set(chrome_idx)
        if kd < 0 or kd not in where:
            complain(f"other date {d['text']!r} ({role}) is not on one {'struct' if role == 'chronology' else 'chrome'} unit")
        allowed.add(d["date"])
    named_pub = set()
    for x, l in enumerate(lines):
        try:
            full, partial = find_dates(l)
        except ValueError as e:
            complain(f"unit {x}: {e}")
            continue
        if full - allowed:
            complain(f"stray date {sorted(full - allowed)} on unit {x}: {l[:60]!r}")
        if partial:
            complain(f"date without a year {sorted(partial)} on unit {x}: {l[:60]!r}")
        if pub in full:
            named_pub.add(x)
        if (full or partial) and x in prose_idx:
            complain(f"a date inside a prose paragraph: {l[:60]!r}")
    if named_pub != expected_pub:
        complain(f"the publication day is named on units {sorted(named_pub)}, want {sorted(expected_pub)}")
    try:
        full, partial = find_dates(" ".join(lines))
        if full - allowed or partial:
            complain(f"the collapsed page names {sorted(full - allowed)} {sorted(partial)} across units")
    except ValueError as e:
        complain(f"collapsed page: {e}")

    # relative phrase and relative-day words
    rel = doc["relative"]
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (pub_day - rd).days <= 7:
        complain(f"the relative date {rd} is {(pub_day - rd).days} days before {pub}")
    if day_names(rel["phrase"]) != [rd.weekday()]:
        complain(f"the phrase {rel['phrase']!r} does not name the weekday of {rd}")
    if body_full.count(rel["phrase"]) != 1 or len(day_names(body_full)) != 1:
        complain("the relative phrase is not the body's one and only weekday name")
    for x, l in enumerate(lines):
        if RELATIVE_RE.search(l):
            complain(f"relative-day word on unit {x}: {l[:60]!r}")
        if x not in body_idx and day_names(l) and x not in chrome_idx:
            complain(f"weekday name on a unit that is neither body nor chrome: {l[:60]!r}")

    # theme lines
    theme = []
    roles = {"title": {t}, "evidence": {k_ev}, "body": set(prose_idx), "struct": set(struct_idx),
             "in": {x for x in chrome_idx if i < x < j}, "out": set(out_span), "chrome": set(chrome_idx),
             "unlisted": unlisted_idx, "any": set(range(len(lines)))}
    unit_of_row = {r: x for x, u in enumerate(units) for r in u.rows}
    for kind, part in doc["theme"]:
        if kind not in KINDS:
            complain(f"unknown theme kind {kind!r}")
            continue
        role, pat = KINDS[kind]
        if role in ("body-row", "title-row"):
            rs = [r for r, row in enumerate(rows) if row == part]
            if len(rs) != 1:
                complain(f"theme row ({kind}) is not exactly one whole row: {part[:40]!r}")
                continue
            x = unit_of_row.get(rs[0])
            u = units[x] if x is not None else None
            if role == "body-row" and (x not in prose_idx or rs[0] == u.rows[-1]):
                complain(f"theme row ({kind}) is not a non-final row of a body paragraph: {part[:40]!r}")
            if role == "title-row" and (x != t or len(u.rows) < 2 or rs[0] != u.rows[0]):
                complain(f"theme row ({kind}) is not the first row of a wrapped title: {part[:40]!r}")
            line = part
        else:
            line = whole(part, f"theme ({kind})")
            if line is None:
                continue
            ks = {x for x, l in enumerate(lines) if l == line}
            if not ks & roles[role]:
                complain(f"theme unit ({kind}) is not a {role} unit: {line[:50]!r}")
            if kind.startswith("trailing-") or kind == "nbsp-inside":
                raws = [rows[units[x].rows[0]] for x in ks]
                want = {"trailing-space": lambda r: r.endswith(" "), "trailing-tab": lambda r: r.rstrip(" ").endswith("\t"),
                        "trailing-nbsp": lambda r: r.rstrip(" \t").endswith("\u00a0"),
                        "nbsp-inside": lambda r: "\u00a0" in r.strip()}[kind]
                if not any(want(r) for r in raws):
                    complain(f"theme unit ({kind}) does not carry it in the page: {line[:50]!r}")
        if pat and not re.search(pat, line):
            complain(f"theme unit ({kind}) does not match its pattern: {line[:50]!r}")
        if {"text": line, "kind": kind} in theme:
            complain(f"theme unit listed twice: {line[:50]!r}")
        theme.append({"text": line, "kind": kind})
    kinds = {d["kind"] for d in theme}
    if not REQUIRED[k] <= kinds:
        complain(f"situation {k} lacks theme kinds {sorted(REQUIRED[k] - kinds)}")
    ctx = {"name": name, "raw": raw, "rows": rows, "units": units, "lines": lines, "t": t, "i": i, "j": j,
           "body_idx": body_idx, "prose_idx": prose_idx, "struct_idx": struct_idx, "nb": nb, "nbp": nbp,
           "chrome": chrome, "inside": inside, "unlisted": unlisted, "unlisted_idx": unlisted_idx,
           "chrome_idx": chrome_idx, "out_span": out_span, "theme": theme, "c_texts": c_texts, "k_ev": k_ev,
           "stats": (len(paras), words, len(raw.split()), len(rows), len(lines))}
    check_situation(doc, ctx, complain)
    return ctx


def check_situation(doc, ctx, complain):
    """one rule per situation beyond the required theme kinds."""
    k, n = doc["situation"], doc["n"]
    L, U, R, t, i, j = ctx["lines"], ctx["units"], ctx["rows"], ctx["t"], ctx["i"], ctx["j"]
    prose, struct, chrome_idx = ctx["prose_idx"], ctx["struct_idx"], ctx["chrome_idx"]
    inside_idx = [x for x in chrome_idx if i < x < j]
    theme = {}
    for d in ctx["theme"]:
        theme.setdefault(d["kind"], []).append(d["text"])
    if k in (1, 3):
        multi = [x for x in prose if len(U[x].rows) >= 3]
        if len(multi) < 5:
            complain(f"situation {k}: fewer than five body paragraphs wrapped over three rows or more")
        if (doc.get("title_rows", 1) > 1) != ("wrapped-title" in theme):
            complain(f"situation {k}: a wrapped title and its theme row go together")
        if n in (5603, 5613) and doc.get("title_rows", 1) < 2:
            complain(f"situation {k}: this page's title is the wrapped one")
    elif k == 2:
        if i != j or len(L[i].split()) < 280:
            complain("situation 2: the body is not one unit of 280+ words")
        if len(re.findall(r"[.»\"”] (?=\S)", L[i])) < 7:
            complain("situation 2: the one-line body holds fewer than eight sentences")
    elif k == 4:
        lab = [x for x in chrome_idx if L[x] in theme.get("key-points-label", [])]
        pts = [x for x in chrome_idx if L[x] in theme.get("key-point", [])]
        if len(lab) != 1 or not ctx["k_ev"] < lab[0] < i or not 3 <= len(pts) <= 5:
            complain("situation 4: one key-points label between the date line and the text, with three to five points")
        elif pts != list(range(lab[0] + 1, lab[0] + 1 + len(pts))) or pts[-1] + 1 != i:
            complain("situation 4: the points must follow the label and stand right above the text")
        for x in pts:
            toks = tokens(L[x])
            best = max(len(toks & tokens(L[p])) / len(toks) for p in prose)
            if best < 0.5 or norm(re.sub(r"^(• |- )", "", L[x])) in ctx["nb"]:
                complain(f"situation 4: a key point that does not restate the text in other words: {L[x][:40]!r}")
    elif k == 5:
        if not struct or struct != list(range(struct[0], struct[-1] + 1)):
            complain("situation 5: the table rows are not one consecutive block")
        elif not (struct[0] - 1 in prose and struct[-1] + 1 in prose and struct[0] - 1 > i):
            complain("situation 5: the table must stand between prose paragraphs, two or more before it")
        head = theme.get("table-header", [])
        if doc["language"] == "en":
            rows_ = theme.get("table-row", [])
            if len(head) != 1 or len(rows_) < 4 or any(r.count(" | ") != head[0].count(" | ") for r in rows_):
                complain("situation 5: a header and four or more rows with as many cells")
        else:
            cells = theme.get("table-cell", [])
            if len(head) < 2 or len(cells) < 4 * len(head) or len(cells) % len(head):
                complain("situation 5: header cells and four or more rows of as many cells, one per row")
    elif k == 6:
        subs = [x for x in struct if L[x] in theme.get("subheading", [])]
        if len(subs) < 3 or any(x + 1 not in prose or len(L[x].split()) > 7 for x in subs):
            complain("situation 6: three or more short sub-headings, each followed by a paragraph")
        dec = [x for x in chrome_idx if L[x] in theme.get("decoy-heading", [])]
        if len(dec) != 1 or dec[0] <= j:
            complain("situation 6: one heading-like chrome unit after the text")
    elif k == 7:
        qs = [x for x in struct if L[x] in theme.get("question", [])]
        if len(qs) < 4 or any(x + 1 not in prose or not re.match(r"^(A|ج): ", L[x + 1]) for x in qs):
            complain("situation 7: four or more questions, each followed by an answer")
        if re.match(r"^(Q|A|س|ج): ", L[i]) or re.match(r"^(Q|A|س|ج): ", L[j]) or not qs or not i < qs[0]:
            complain("situation 7: the body opens with an introduction and ends with an unlabelled paragraph")
        notes = [x for x in chrome_idx if L[x] in theme.get("editor-note", [])]
        if len(notes) != 1 or notes[0] != j + 1:
            complain("situation 7: the editor's note stands right after the text")
    elif k == 8:
        items = [x for x in struct if L[x] in theme.get("chronology-item", [])]
        lab = [x for x in struct if L[x] in theme.get("chronology-label", [])]
        nums = [int(L[x].split(".")[0]) for x in items]
        if nums != list(range(1, len(items) + 1)) or len(items) < 4:
            complain("situation 8: four or more items numbered 1, 2, ...")
        if len(lab) != 1 or items != list(range(lab[0] + 1, lab[0] + 1 + len(items))):
            complain("situation 8: the items follow one label")
        days = []
        for x in items:
            f, _ = find_dates(L[x])
            if len(f) != 1:
                complain(f"situation 8: an item without exactly one full date: {L[x][:40]!r}")
            days += sorted(f)
        if days != sorted(days):
            complain("situation 8: the chronology is not in order")
        if items and (len([x for x in prose if x > items[-1]]) < 2 or len([x for x in prose if x < lab[0]]) < 2):
            complain("situation 8: two or more paragraphs before the chronology and after it")
    elif k == 9:
        if not ctx["unlisted_idx"] or not all(i < x < j for x in ctx["unlisted_idx"]):
            complain("situation 9: the verbatim pull quote must stand inside the span")
        for q in theme.get("pull-quote-trimmed", []):
            toks = tokens(q)
            best = max(len(toks & tokens(L[p])) / len(toks) for p in prose)
            if best < 0.6 or norm(q) in ctx["nb"]:
                complain(f"situation 9: a trimmed pull quote that does not repeat a paragraph: {q[:40]!r}")
    elif k == 10:
        ev_row = R[U[ctx["k_ev"]].rows[0]]
        if "\u00a0" not in ev_row.strip():
            complain("situation 10: no no-break space inside the date line")
        if not any(R[U[t].rows[0]] != R[U[t].rows[0]].rstrip() for _ in [0]):
            complain("situation 10: the title row carries no trailing whitespace")
    elif k == 11:
        groups, run = [], []
        for x in range(i, j + 1):
            if x in inside_idx:
                run.append(x)
            elif run:
                groups.append(run)
                run = []
        if len(groups) < 3 or len(inside_idx) < 6:
            complain("situation 11: six or more sidebar units in three or more groups inside the span")
        for g in groups:
            if g[0] - 1 not in prose or g[-1] + 1 not in prose:
                complain("situation 11: a sidebar group that is not between two paragraphs")
        if groups and any(x not in prose and x not in inside_idx for x in range(groups[0][0], groups[-1][-1] + 1)):
            complain("situation 11: the interleaved stretch holds something else")
    elif k == 12:
        notes = [x for x in chrome_idx if L[x] in theme.get("note", [])]
        caps = [x for x in chrome_idx if L[x] in theme.get("gallery-caption", [])]
        labels = [x for x in chrome_idx if L[x] in theme.get("notes-label", []) + theme.get("gallery-label", [])]
        if len(notes) < 3 or len(caps) < 3 or len(labels) != 2 or min(notes + caps + labels) <= j:
            complain("situation 12: a notes label with three or more notes and a gallery label with three or more captions after the text")
        marks = sorted(set(re.findall(r"\[(\d)\]", "\n".join(L[x] for x in prose))))
        noted = sorted(re.match(r"^\[(\d)\]", L[x]).group(1) for x in notes)
        if marks != noted or re.search(r"\[\d\]", doc["body_first"] + doc["body_last"]):
            complain("situation 12: the markers in the text and the notes do not match, or a body edge carries one")
        if [L[x].split()[0] for x in caps] != [f"{a}/{len(caps)}" for a in range(1, len(caps) + 1)]:
            complain("situation 12: the captions are not numbered 1/N ... N/N")


# ---------------------------------------------------------------- output
def gold_record(doc, ctx):
    U, R, L = ctx["units"], ctx["rows"], ctx["lines"]
    rec = {"file": ctx["name"], "language": doc["language"], "situation": doc["situation"], "layout": LAYOUT[doc["n"]],
           "outlet": doc["outlet"], "title": doc["title"]}
    if len(U[ctx["t"]].rows) > 1:
        rec["title_lines"] = [R[r] for r in U[ctx["t"]].rows]
    rec.update({"published": doc["published"], "published_note": doc["published_note"],
                "evidence": {"text": doc["evidence"]}, "pub_lines": doc["pub_lines"], "other_dates": doc["other_dates"],
                "body_first": doc["body_first"], "body_last": doc["body_last"],
                "body_structure": [{"text": L[x], "kind": next(d["kind"] for d in ctx["theme"] if d["text"] == L[x])}
                                   for x in ctx["struct_idx"]],
                "chrome_not_body": ctx["chrome"], "chrome_inside": ctx["inside"], "unlisted": ctx["unlisted"],
                "theme_lines": ctx["theme"], "relative": doc["relative"]})
    if LAYOUT[doc["n"]] in ("wrap-blank", "wrap-dense"):
        rec["wrap"] = {"width": WIDTH, "paragraph_rows": [len(U[x].rows) for x in ctx["prose_idx"]]}
    for key in ("comments_first", "comment_authors", "comment_langs"):
        if key in doc:
            rec[key] = doc[key]
    rec["credits"] = doc["credits"]
    if LAYOUT[doc["n"]] == "spaced":
        rec["whitespace_lines"] = [{"raw": R[u.rows[0]], "reader": u.text} for u in U if R[u.rows[0]] != u.text]
    rec["events"] = []
    return rec


VARIANTS = ("gold", "rows", "prose", "glued", "cut", "span", "page")


def synth(out_dir, variant, ctxs):
    """DIR/documents.jsonl built from the gold itself. Variants: gold (the gold title and day, body = the
    body units, comments, credits); rows (the body as the page's rows, wraps kept); prose (struct units
    dropped); glued (each wrapped unit's rows joined with no space); cut (the body stops before the first
    unit of the span that is not a prose paragraph); span (every unit of the body span, chrome inside it
    kept); page (the whole page as body). Never inside the repository."""
    out_dir = os.path.abspath(out_dir)
    if out_dir == REPO or out_dir.startswith(REPO + os.sep):
        print(f"refusing to write synthetic output inside {REPO}", file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "documents.jsonl"), "w", encoding="utf-8") as f:
        for doc in DOCS:
            c = ctxs[doc["n"]]
            U, L, R, i, j = c["units"], c["lines"], c["rows"], c["i"], c["j"]
            keep = c["body_idx"]
            if variant == "prose":
                keep = c["prose_idx"]
            elif variant == "cut":
                stop = next((x for x in range(i, j + 1) if x not in c["prose_idx"]), j + 1)
                keep = list(range(i, stop))
            elif variant == "span":
                keep = list(range(i, j + 1))
            elif variant == "page":
                keep = list(range(len(L)))
            if variant == "rows":
                body = "\n".join(R[r] for x in keep for r in U[x].rows)
            elif variant == "glued":
                body = "\n".join("".join(R[r].strip() for r in U[x].rows) for x in keep)
            else:
                body = "\n".join(L[x] for x in keep)
            comments = [{"author": a, "text": doc["comments_first"] if x == 0 else "", "start": None, "end": None,
                         "reply_to": None} for x, a in enumerate(doc.get("comment_authors", []))]
            rec = {"doc_id": f"t56-synth-{doc['n']}", "input": c["name"], "language": doc["language"], "title": doc["title"],
                   "published": {"value": doc["published"], "precision": "day", "basis": "page", "evidence": doc["evidence"]},
                   "credits": doc["credits"], "text": c["raw"], "body": {"text": body, "paragraphs": []},
                   "comments": comments}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} synthetic documents ({variant}) to {out_dir}/documents.jsonl")
    return 0


def main(argv):
    problems, out, ctxs = [], [], {}
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        problems.append(f"expected documents {FIRST}-{LAST} in order")
    for doc in DOCS:
        ctx = check_doc(doc, problems)
        if not ctx:
            continue
        ctxs[doc["n"]] = ctx
        print("%d (%-10s situation %2d): %d paragraphs, %d prose words, %d page words, %d rows, %d units"
              % ((doc["n"], LAYOUT[doc["n"]] + ",", doc["situation"]) + ctx["stats"]))
        out.append(gold_record(doc, ctx))
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
        if variant not in VARIANTS:
            print(f"unknown variant {variant!r}", file=sys.stderr)
            return 2
        return synth(argv[argv.index("--synth") + 1], variant, ctxs)
    if "--check" in argv:
        print("all checks passed")
        return 0
    gold = {"about": ABOUT, "documents": out}
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(GOLD, encoding="utf-8") as f:
        back = json.load(f)
    if back != json.loads(json.dumps(gold, ensure_ascii=False)):
        print("the json did not load back as written", file=sys.stderr)
        return 1
    print(f"wrote {os.path.basename(GOLD)} ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
