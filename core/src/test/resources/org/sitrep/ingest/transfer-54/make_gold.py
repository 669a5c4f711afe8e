#!/usr/bin/env python3
"""Build and check transfer-54.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py                  checks, then writes transfer-54.gold.json beside this script
       python3 make_gold.py --check          checks only, writes nothing
       python3 make_gold.py --synth DIR [--variant gold|span|page|strip|other-title]
                                             checks, then writes DIR/documents.jsonl built from the gold
                                             itself, for score_events.py (DIR must lie outside the repo)

Theme: TWO SCRIPTS AND TWO LANGUAGES ON ONE PAGE. Every page is a crawler's flattened text (one block
per line, no wrapping) of an ordinary news article page (templates of 2019-2026) whose article is in
one language while parts of the page are in the other language or script (Arabic or Latin), or in
Persian or Kurdish, or in mixed digits and directions. The gold language is the language of the
article's text, which is what score_events.py's script test on body_first decides. Twelve situations
(SITUATIONS), each once per language: 54NN English and 54NN+12 Arabic.

Written for this set by the t54 annotator (its checks follow the shape of t53's make_gold.py, which I
read, rewritten for this theme). The per-page decisions (title, body edges, the chrome lines inside the
body span, comment authors, dates, credits, theme lines) were typed in a scratch spec outside the
repository; DOCS was expanded from it by a scratch script (every non-empty line that is not the title,
a body line, a comment text or unlisted became a chrome line) and then read through line by line.
`unlisted` and `short_lines` stay in this script; the json carries the rest plus `file`,
`other_script_chrome` (computed: the chrome lines written mostly in a script other than the article's),
`title_plain` on the situation-7 pages (computed: the title without its marks) and `events: []`.

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 54NN_<slug>.txt, 12 per language, documents 5401-5424 in order;
    each page ends with one newline, has no tab / CR / form feed, no line with outer spaces, 300-900
    words, the layout of LAYOUT; no-break spaces and invisible format marks (U+200B-U+200F,
    U+202A-U+202E, U+2066-U+2069, U+FEFF) only on the situation-7 pages (5407, 5419), except the
    zero-width non-joiner inside Persian words on Persian chrome lines (5412);
  * every gold string is non-empty, single-line, without outer spaces and verbatim in its page;
  * the title is one whole line above the body, not chrome, not inside the normalized body; on the
    situation-2 pages the other language's headline (title_other) stands right above it;
  * body_first is the prefix of exactly one line and body_last exactly one whole line, in this order
    after the title; every non-empty line is the title, a body line, chrome, unlisted, or a comment
    text right after its author's line;
  * the body (the span's lines that are neither chrome nor unlisted): 250-600 words, 5-12 paragraphs,
    none with ' | ', each of 18+ words unless listed in short_lines; on `blank` pages a blank line on
    both sides of every body line; after the scorer's normalization the body holds no chrome line
    longer than 3 characters, not the title (nor title_other), not comments_first, no comment author
    and no credited name, and it holds every unlisted line;
  * SCRIPTS: body_first and the title pass score_events.py's script test for the page's language;
    at least 80% of the body's letters are in the article's script; an Arabic body uses no letter of
    the Persian or Kurdish alphabets; every theme line is a whole line of its role (chrome, body or
    comment text) written in the script its kind says;
  * comments: comments_first the prefix of the first comment text; two or more authors, each on one
    chrome line 'author | stamp' after the body followed by the comment text; every comment has a
    language label (en, ar, arabizi, ar+en) that agrees with its text; credits: author / editor /
    translator / translation-editor, each name on a chrome line outside the body span;
  * dates: the evidence occurs once, on a chrome line outside the body, and names exactly the
    publication day (a weekday in it must fall on that day); pub_lines are the other chrome lines that
    name the publication day in full, and no other line does; other dates name their day, lie after
    the publication day (comment) or before it (embed, original), on chrome lines; NO STRAY DATES:
    every full date any line names (English, Arabic, Kurdish and Persian month names; Latin,
    Arabic-Indic and Persian digits; ISO, Y/M/D, numeric D/M/Y with 'order' and a day above 12; Solar
    Hijri dates converted to Gregorian) is the publication day or a listed other date, and no line
    names a day and month without a year;
  * Hijri (5415): java.time.chrono.HijrahDate, run as a one-class program through `java`, must answer
    islamic-umalqura with the printed year, month and day; with no java, no gold. Solar Hijri (5403,
    5412): converted by the arithmetic below, which is first tested against twelve known Nowruz days;
  * relative phrase: names the weekday of its date, 1-7 days before publication, once in the body,
    the body's only weekday name; weekday names elsewhere only on chrome lines; no today / tonight /
    yesterday / tomorrow / اليوم / الليلة / أمس / غدا / البارحة anywhere, and the Persian and Kurdish
    'today' words (امروز, ئەمڕۆ) only on the chrome lines listed in chrome_relative;
  * marks (5407, 5419): the marks listed in `marks` are exactly those in the title and the evidence,
    none stands in body_first or body_last, and title_plain is the title without them;
  * situation: each page shows its situation (check_situation, one rule per situation).
The json is loaded again after writing and compared with what was written.
"""
import datetime, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-54.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
FIRST, LAST = 5401, 5424

SITUATIONS = {
    1: "an outlet's edition in the other language: masthead, menus and footer in the outlet's own language around the article",
    2: "a bilingual headline block: the other language's headline right above the article's headline",
    3: "dates in the other script or digits: Arabic-Indic and Persian digits, an Arabic date line beside an English one, a Latin ISO date and an English month name on an Arabic page, a lunar or Solar Hijri date beside the Gregorian one",
    4: "a quotation in the other language inside the body, with its translation on the next body line",
    5: "a translated article: a translation note, a link to the original, the original's headline (and date) in the other language",
    6: "names in the other script inside the body: Arabic-script names in parentheses (English), Latin-script names of groups, ships, agencies and platforms (Arabic)",
    7: "direction and invisible marks (RLM, LRM, ZWJ), no-break spaces and tatweel in the title and date lines",
    8: "comments in both languages and in Arabizi, with a reply",
    9: "a social-media-led article: embedded posts in the other language (text, handle, date), share and follow lines in the other language",
    10: "a multilingual agency: a language switcher line and headlines of its other editions in four languages",
    11: "a short article (about 250 words) in long chrome that is mostly in the other language",
    12: "Persian or Kurdish chrome (menus, byline, date, footer; a 'today' menu item) around the article",
}
# situation k: English page 5400+k, Arabic page 5412+k. English odd and Arabic even situations are
# `blank`, the others `lines`: six of each per language, as in transfer-50 to transfer-53.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5400 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[5412 + _k] = "lines" if _k % 2 else "blank"
MARK_PAGES = {5407, 5419}          # situation 7: marks allowed anywhere on the page
ZWNJ_PAGES = {5412}                # Persian chrome: U+200C allowed inside Persian words on chrome lines
MARKS = {"\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ", "\u200e": "LRM", "\u200f": "RLM", "\u00a0": "NBSP",
         "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO", "\u2066": "LRI",
         "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\ufeff": "BOM", "\u0640": "TATWEEL"}
INVISIBLE = set(MARKS) - {"\u0640"}
CREDIT_ROLES = {"author", "editor", "translator", "translation-editor"}
COMMENT_LANGS = {"en", "ar", "arabizi", "ar+en"}
# theme-line kinds: the role the line must have and the script it must be written in
# ('other' = the script that is not the article's; 'fa' = Persian or Kurdish letters; 'any' = no rule)
THEME_KINDS = {
    "masthead-other": ("chrome", "other"), "slogan-other": ("chrome", "other"), "menu-other": ("chrome", "other"),
    "section-other": ("chrome", "other"), "caption-other": ("chrome", "other"), "read-also-other": ("chrome", "any"),
    "tags-other": ("chrome", "other"), "newsletter-other": ("chrome", "other"), "footer-other": ("chrome", "other"),
    "cookie-other": ("chrome", "other"), "share-other": ("chrome", "other"), "follow-other": ("chrome", "other"),
    "related-other": ("chrome", "other"), "related-label-other": ("chrome", "other"),
    "headline-other": ("chrome", "other"),
    "date-other-script": ("chrome", "other"), "date-solar-hijri": ("chrome", "fa"), "date-gregorian": ("chrome", "own"),
    "date-hijri-english-month": ("chrome", "any"), "date-iso-latin": ("chrome", "any"),
    "quote-other": ("body", "other"), "quote-translation": ("body", "own"),
    "translation-note": ("chrome", "any"), "translation-credit": ("chrome", "any"), "original-link": ("chrome", "any"),
    "original-headline": ("chrome", "other"), "original-date": ("chrome", "any"),
    "comment-other": ("comment", "other"), "comment-arabizi": ("comment", "latin"), "comment-reply": ("comment", "any"),
    "embed-post-other": ("chrome", "other"), "embed-handle": ("chrome", "any"),
    "switcher": ("chrome", "any"), "editions-label": ("chrome", "own"), "edition-headline": ("chrome", "any"),
    "menu-persian": ("chrome", "fa"), "byline-persian": ("chrome", "fa"), "share-persian": ("chrome", "fa"),
    "tags-persian": ("chrome", "fa"), "related-persian": ("chrome", "fa"), "newsletter-persian": ("chrome", "fa"),
    "footer-persian": ("chrome", "fa"), "masthead-kurdish": ("chrome", "fa"), "menu-kurdish": ("chrome", "fa"),
    "date-kurdish": ("chrome", "fa"), "byline-kurdish": ("chrome", "fa"), "share-kurdish": ("chrome", "fa"),
    "related-kurdish": ("chrome", "fa"), "tags-kurdish": ("chrome", "fa"), "footer-kurdish": ("chrome", "fa"),
    "follow-kurdish": ("chrome", "fa"),
}

ABOUT = [
    "Fifty-fourth transfer check set (t54): 24 text pages, 12 English (5401-5412) and 12 Arabic (5413-5424). Theme: TWO SCRIPTS AND TWO LANGUAGES ON ONE PAGE. Each page is a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page (templates of 2019-2026) whose article is in one language while parts of the page are in the other language or script, in Persian or Kurdish, or in mixed digits and directions. The gold language is the language of the article's text (score_events.py's script test on body_first agrees). Twelve situations, each once per language (54NN and 54NN+12 share it, with different stories and invented outlets: broadcasters, regional dailies, agencies, a wire, aggregators and translation platforms, party outlets, digital outlets, a diaspora site): (1) an outlet's edition in the other language, with masthead, menus and footer in the outlet's own language; (2) a bilingual headline block, the other language's headline above the article's; (3) dates in the other script or digits, with a lunar or Solar Hijri date beside the Gregorian one; (4) a quotation in the other language inside the body, translated on the next body line; (5) a translated article with a translation note, a link to the original and the original's headline and date; (6) names in the other script inside the body; (7) RLM, LRM, ZWJ, no-break spaces and tatweel in the title and date lines; (8) comments in both languages and in Arabizi, with a reply; (9) a social-media-led article with embedded posts in the other language and share / follow lines in it; (10) a multilingual agency with a language switcher and headlines of its other editions; (11) a short article in long chrome mostly in the other language; (12) Persian or Kurdish chrome around the article. Stories of 2014-2025 in Syria, Iraq, Yemen, Libya, Sudan, Lebanon, Gaza / Israel, Iran and the Red Sea, none of transfer-53's. Outlets, writers, witnesses, commenters, accounts and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t54 annotator without reading any Sitrep source, resource, tools/ script or Java test, without running Sitrep and without seeing any Sitrep output on these pages; of the other sets only transfer-53's README.md, make_gold.py, transfer-53.gold.json and its pages 5302, 5314 and 5320 were read for the format, and the first 12 lines of the READMEs of transfer-52, -51, -50 and -42 for their themes. Layout per page in make_gold.py's LAYOUT. Odd pages (5401, 5403, ..., 5413, 5415, ...) may be studied later; even pages stay the check.",
    "Gold conventions: the title is the article's headline in the article's language (never the other language's headline above it, nor a translated original's headline); the body is the article's own text from its first line to its last, including quotations in the other language and their translations and names written in the other script; never body: mastheads, menus, section lines, switchers, bylines, date lines (in any script or calendar), translation notes and credits, links to the original, the original's headline and date, captions, read-also lines, embedded posts and their handle lines, share and follow lines, tags, related and other-edition headlines, newsletter, app and cookie lines, footers, reader comments. The publication date is the page's own Gregorian day: beside a lunar or Solar Hijri date only the Gregorian one counts (5403, 5412, 5415); on a translated page it is the translation's day, not the original's (5405, 5417); never a comment stamp or an embedded post's date. Gold strings are exactly as in the page, invisible marks included (5407, 5419: see `marks`; `title_plain` gives the title without them). Each text has one relative-day phrase (`relative`), 1-7 days before publication. Comments (5401, 5404, 5408, 5414, 5417, 5420, 5421) carry comments_first, comment_authors and comment_langs; credits list byline and translation names (roles author, editor, translator, translation-editor). `other_script_chrome` lists the chrome lines written mostly in the script that is not the article's. No events are coded in this set (events: []).",
]

DOCS = [{'n': 5401,
  'language': 'en',
  'situation': 1,
  'outlet': 'regional daily: the English edition of a pan-Arab daily published in Amman (Diffatain English / '
            'الضفتين, invented): Ismail Haniyeh killed in Tehran',
  'title': 'Hamas political leader Ismail Haniyeh killed in Tehran, group and Revolutionary Guards say',
  'published': '2024-07-31',
  'published_note': "'Jul 31, 2024 - 11:20 AM (GMT+3)' under the byline (Mon D, YYYY; 08:20 UTC, the same day); "
                    "comments 1 August; the text's 'on Tuesday' is 30 July, the swearing-in in Tehran",
  'evidence': {'text': 'Jul 31, 2024 - 11:20 AM (GMT+3)'},
  'pub_lines': [],
  'other_dates': [{'text': 'Aug 1, 2024, 08:12 AM', 'date': '2024-08-01', 'role': 'comment'},
                  {'text': 'Aug 1, 2024, 10:47 AM', 'date': '2024-08-01', 'role': 'comment'}],
  'body_first': "Ismail Haniyeh, the head of Hamas's political bureau,",
  'body_last': 'Analysts in Amman and Beirut said the killing, coming within hours of the strike in Beirut, left '
               'Iran and its allies under strong pressure to answer, while the mediators would now have to find a '
               'new counterpart inside a movement whose leader in Gaza, Yahya Sinwar, has rarely been reachable.',
  'short_lines': [],
  'chrome_not_body': ['الضفتين',
                      'صحيفة عربية مستقلة تصدر من عمّان',
                      'الرئيسية | فلسطين | الأردن | العالم العربي | اقتصاد | رأي | English',
                      'Diffatain English | Middle East | Palestine | Gulf | Opinion',
                      'World > Iran',
                      'By Rana Haddadin and Omar Khalil',
                      'Jul 31, 2024 - 11:20 AM (GMT+3)',
                      'Share | X | Facebook | WhatsApp | Telegram',
                      'إسماعيل هنية خلال مؤتمر صحفي في طهران - أرشيف الضفتين',
                      'اقرأ أيضاً: من هو إسماعيل هنية؟ محطات في حياة رئيس المكتب السياسي لحماس',
                      'الوسوم: هنية | حماس | إيران | طهران | غزة',
                      'Tags: Hamas | Iran | Gaza war | Ceasefire talks',
                      'Comments (2)',
                      'Samir_Amman | Aug 1, 2024, 08:12 AM',
                      'ليلى الخطيب | Aug 1, 2024, 10:47 AM',
                      'النشرة البريدية: اشترك في نشرة الضفتين الصباحية | اشترك',
                      'من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام',
                      'جميع الحقوق محفوظة © 2024 الضفتين',
                      'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. موافق | الإعدادات'],
  'unlisted': [],
  'theme_lines': [{'text': 'الضفتين', 'kind': 'masthead-other'},
                  {'text': 'صحيفة عربية مستقلة تصدر من عمّان', 'kind': 'slogan-other'},
                  {'text': 'الرئيسية | فلسطين | الأردن | العالم العربي | اقتصاد | رأي | English',
                   'kind': 'menu-other'},
                  {'text': 'إسماعيل هنية خلال مؤتمر صحفي في طهران - أرشيف الضفتين', 'kind': 'caption-other'},
                  {'text': 'اقرأ أيضاً: من هو إسماعيل هنية؟ محطات في حياة رئيس المكتب السياسي لحماس',
                   'kind': 'read-also-other'},
                  {'text': 'الوسوم: هنية | حماس | إيران | طهران | غزة', 'kind': 'tags-other'},
                  {'text': 'النشرة البريدية: اشترك في نشرة الضفتين الصباحية | اشترك', 'kind': 'newsletter-other'},
                  {'text': 'من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام', 'kind': 'footer-other'},
                  {'text': 'جميع الحقوق محفوظة © 2024 الضفتين', 'kind': 'footer-other'},
                  {'text': 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. موافق | الإعدادات',
                   'kind': 'cookie-other'}],
  'relative': {'phrase': 'on Tuesday', 'date': '2024-07-30'},
  'comments_first': 'The talks were the only thing',
  'comment_authors': ['Samir_Amman', 'ليلى الخطيب'],
  'comment_langs': {'Samir_Amman': 'en', 'ليلى الخطيب': 'ar+en'},
  'credits': [{'role': 'author', 'name': 'Rana Haddadin'}, {'role': 'author', 'name': 'Omar Khalil'}]},
 {'n': 5402,
  'language': 'en',
  'situation': 2,
  'outlet': 'broadcaster: the bilingual news site of an Iraqi television channel (Mesopotamia Eye TV / عين الرافدين, '
            'invented): Iraqi forces declare Ramadi liberated',
  'title': 'Iraqi forces declare Ramadi liberated and raise the flag over the government complex',
  'title_other': 'القوات العراقية تعلن تحرير الرمادي وترفع العلم فوق المجمع الحكومي',
  'published': '2015-12-28',
  'published_note': "'28/12/2015 - 14:05' under the byline (numeric D/M/Y, day 28; Baghdad time, 11:05 UTC); the "
                    "text's 'on Sunday' is 27 December, when troops reached the complex",
  'evidence': {'text': '28/12/2015 - 14:05'},
  'order': 'dmy',
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'Iraqi troops raised the national flag',
  'body_last': '"We fled in May with nothing but our papers. I want to go back even if my house is rubble, because a '
               'tent is not a life," said Umm Ahmed, a widow from the Tamim district who has spent the past seven '
               'months in a camp near Amiriyat al-Fallujah.',
  'short_lines': [],
  'chrome_not_body': ['عين الرافدين',
                      'Mesopotamia Eye TV',
                      'الرئيسية | أخبار العراق | الأنبار | فيديو | بث مباشر | English',
                      'News | Iraq | Security | Video | Live',
                      'Iraq > Security',
                      'القوات العراقية تعلن تحرير الرمادي وترفع العلم فوق المجمع الحكومي',
                      'By Haidar al-Dulaimi, Mesopotamia Eye correspondent in Anbar',
                      '28/12/2015 - 14:05',
                      'Share: Facebook | Twitter | YouTube | WhatsApp',
                      'Photo: Counter-terrorism troops gather near the government complex in central Ramadi '
                      '(Mesopotamia Eye)',
                      'Read also: Who are the tribal fighters holding the line in western Anbar?',
                      'Tags: Ramadi | Anbar | Islamic State | Counter-Terrorism Service',
                      'الكلمات المفتاحية: الرمادي | الأنبار | داعش | جهاز مكافحة الإرهاب',
                      "Most watched: Drone footage shows the scale of destruction in Ramadi's centre (03:12)",
                      'الأكثر مشاهدة: لقطات جوية لحجم الدمار في وسط الرمادي',
                      '© 2015 Mesopotamia Eye TV | عين الرافدين | All rights reserved | Contact | Privacy'],
  'unlisted': [],
  'theme_lines': [{'text': 'القوات العراقية تعلن تحرير الرمادي وترفع العلم فوق المجمع الحكومي',
                   'kind': 'headline-other'},
                  {'text': 'عين الرافدين', 'kind': 'masthead-other'},
                  {'text': 'الكلمات المفتاحية: الرمادي | الأنبار | داعش | جهاز مكافحة الإرهاب', 'kind': 'tags-other'},
                  {'text': 'الأكثر مشاهدة: لقطات جوية لحجم الدمار في وسط الرمادي', 'kind': 'related-other'}],
  'relative': {'phrase': 'on Sunday', 'date': '2015-12-27'},
  'credits': [{'role': 'author', 'name': 'Haidar al-Dulaimi'}]},
 {'n': 5403,
  'language': 'en',
  'situation': 3,
  'outlet': 'agency: the English service of a multilingual news agency in Erbil (Zagros Line News Agency, invented): '
            'Iranian missiles hit Erbil',
  'title': 'Iranian missiles hit Erbil, killing businessman and members of his family',
  'published': '2024-01-16',
  'published_note': "'Tuesday, January 16, 2024 | 11:40 AST' under the Arabic date line (weekday, Month D, YYYY; "
                    "08:40 UTC); the same day stands above it in Arabic with Arabic-Indic digits ('الثلاثاء ١٦ كانون "
                    "الثاني ٢٠٢٤ - ١١:٤٠') and below it as a Solar Hijri date in Persian digits ('۲۶ دی ۱۴۰۲', 26 "
                    "Dey 1402); the text's 'late on Monday' is 15 January, the night of the strikes",
  'evidence': {'text': 'Tuesday, January 16, 2024 | 11:40 AST'},
  'solar_hijri': {'text': '۲۶ دی ۱۴۰۲', 'year': 1402, 'month': 10, 'day': 26},
  'pub_lines': ['الثلاثاء ١٦ كانون الثاني ٢٠٢٤ - ١١:٤٠'],
  'other_dates': [],
  'body_first': "Iran's Revolutionary Guards fired ballistic missiles at Erbil",
  'body_last': 'It was the second time in less than two years that the Guards had fired missiles at Erbil, after a '
               'strike in March 2022 that they said targeted an Israeli site in the city and that Kurdish officials '
               'said hit a private residence.',
  'short_lines': [],
  'chrome_not_body': ['Zagros Line News Agency',
                      'Kurdî | عربي | فارسی | English',
                      'Home | Kurdistan | Iraq | Iran | Syria | Economy | Video',
                      'Kurdistan > Erbil',
                      'By Dilshad Rasul, Erbil',
                      'الثلاثاء ١٦ كانون الثاني ٢٠٢٤ - ١١:٤٠',
                      'Tuesday, January 16, 2024 | 11:40 AST',
                      '۲۶ دی ۱۴۰۲',
                      'Share | Facebook | X | Telegram',
                      'Rescue workers search the rubble of a house hit by a missile in Erbil. (Zagros Line/Aram '
                      'Mustafa)',
                      'Read also: Why Erbil keeps finding itself in the line of fire',
                      'Tags: Erbil | Iran | IRGC | Kurdistan Region | Missiles',
                      'بابەتی پەیوەندیدار: هێرشی مووشەکی بۆ سەر هەولێر',
                      'مواضيع ذات صلة: العراق يستدعي سفيره في طهران للتشاور',
                      "Get Zagros Line's morning briefing in your inbox | Subscribe",
                      '© 2024 Zagros Line News Agency | About | Contact | Privacy'],
  'unlisted': [],
  'theme_lines': [{'text': 'الثلاثاء ١٦ كانون الثاني ٢٠٢٤ - ١١:٤٠', 'kind': 'date-other-script'},
                  {'text': '۲۶ دی ۱۴۰۲', 'kind': 'date-solar-hijri'},
                  {'text': 'Tuesday, January 16, 2024 | 11:40 AST', 'kind': 'date-gregorian'}],
  'relative': {'phrase': 'late on Monday', 'date': '2024-01-15'},
  'credits': [{'role': 'author', 'name': 'Dilshad Rasul'}]},
 {'n': 5404,
  'language': 'en',
  'situation': 4,
  'outlet': 'wire: an international news wire (Northgate Wire, invented): calm returns to Baghdad after the Green '
            'Zone clashes',
  'title': 'Calm returns to Baghdad after Sadr orders supporters out of the Green Zone',
  'published': '2022-08-31',
  'published_note': "'31 August 2022 | 07:52 GMT' under the byline (D Month YYYY); comments 1 September; the text's "
                    "'on Monday' is 29 August, Sadr's announcement",
  'evidence': {'text': '31 August 2022 | 07:52 GMT'},
  'pub_lines': [],
  'other_dates': [{'text': '1 September 2022 | 09:15 GMT', 'date': '2022-09-01', 'role': 'comment'},
                  {'text': '1 September 2022 | 13:40 GMT', 'date': '2022-09-01', 'role': 'comment'}],
  'body_first': 'BAGHDAD (Northgate) - The streets of Baghdad',
  'body_last': "The crisis follows ten months of deadlock since the election of October 2021, in which Sadr's "
               'movement won the largest number of seats but failed to form a government. His 73 lawmakers resigned '
               'in June, and his followers had occupied parliament since late July to block rival Shiite parties '
               'from naming a prime minister.',
  'short_lines': ['«خرجنا لأن السيد أمرنا بذلك، ولولا أمره لما استطاع أحد أن يخرجنا من هنا ولو بقينا أسبوعاً '
                  'كاملاً.»'],
  'chrome_not_body': ['Northgate Wire',
                      'World | Business | Markets | Middle East | Africa | Video',
                      'Middle East > Iraq',
                      'By Saif Jabbar and Claire Ducos',
                      '31 August 2022 | 07:52 GMT',
                      '3 min read | Share | Email | Print',
                      'Supporters of Moqtada al-Sadr leave the Green Zone in Baghdad. (Northgate/Mustafa Nadhim)',
                      "Read more: Iraq's long political deadlock, explained",
                      'Topics: Iraq | Baghdad | Moqtada al-Sadr | Green Zone',
                      'Our Standards: The Northgate Trust Principles.',
                      'Comments (2)',
                      'Graham Pell | 1 September 2022 | 09:15 GMT',
                      'Noor A. | 1 September 2022 | 13:40 GMT',
                      '© 2022 Northgate Wire. All rights reserved. | Terms | Privacy | Accessibility'],
  'unlisted': [],
  'theme_lines': [{'text': '«خرجنا لأن السيد أمرنا بذلك، ولولا أمره لما استطاع أحد أن يخرجنا من هنا ولو بقينا '
                           'أسبوعاً كاملاً.»',
                   'kind': 'quote-other'},
                  {'text': '"We left because the Sayyid ordered us to, and without his order nobody could have got '
                           'us out of here even if we had stayed a whole week," said Hussein Kadhim, 24, a Sadr '
                           'supporter from Sadr City, as he walked out through a checkpoint with a rifle on his '
                           'shoulder.',
                   'kind': 'quote-translation'}],
  'relative': {'phrase': 'on Monday', 'date': '2022-08-29'},
  'comments_first': 'Sixty minutes to stop a battle.',
  'comment_authors': ['Graham Pell', 'Noor A.'],
  'comment_langs': {'Graham Pell': 'en', 'Noor A.': 'en'},
  'credits': [{'role': 'author', 'name': 'Saif Jabbar'}, {'role': 'author', 'name': 'Claire Ducos'}]},
 {'n': 5405,
  'language': 'en',
  'situation': 5,
  'outlet': 'aggregator: an English site that translates the Arabic press (Levant Digest, invented), translating a '
            'Beirut daily (Al-Marfa / المرفأ, invented): Saleh al-Arouri killed in Beirut',
  'title': "Hamas deputy leader Saleh al-Arouri killed in strike on Beirut's southern suburbs",
  'published': '2024-01-03',
  'published_note': "'3 January 2024' under the byline (D Month YYYY), the date of the translation on this page; the "
                    "Arabic original's date ('المرفأ، 2 كانون الثاني 2024 - 22:40', the evening before) stands after "
                    "the text and is not the gold; the text's 'on Tuesday' is 2 January, the strike",
  'evidence': {'text': '3 January 2024'},
  'pub_lines': [],
  'other_dates': [{'text': '2 كانون الثاني 2024 - 22:40', 'date': '2024-01-02', 'role': 'original'}],
  'body_first': "Saleh al-Arouri, the deputy head of Hamas's political bureau,",
  'body_last': 'The killing is the first Israeli strike on Beirut since the cross-border fire between Israel and '
               'Hezbollah began in October, in support of Gaza, and comes as mediators try to revive talks on a '
               'truce and an exchange of hostages and prisoners.',
  'short_lines': [],
  'chrome_not_body': ['Levant Digest',
                      'The Arab press, in English',
                      'Home | Lebanon | Syria | Palestine | Iraq | Translations | Newsletter',
                      'Translations > Lebanon',
                      'اغتيال نائب رئيس المكتب السياسي لحماس صالح العاروري بغارة على الضاحية الجنوبية لبيروت',
                      'Written by Bilal Hamdan for Al-Marfa | Translated by Nadine Sarkis',
                      '3 January 2024',
                      'Share | X | LinkedIn | Email',
                      'This article was translated from Arabic. It first appeared in Al-Marfa, a Beirut daily, and '
                      'has been edited for length.',
                      'Civil defence workers at the site of the strike in the southern suburbs of Beirut. (Al-Marfa)',
                      'Read also (in Arabic): ماذا يعني اغتيال العاروري لجبهة جنوب لبنان؟',
                      'Read in Arabic: اقرأ المقال الأصلي بالعربية على موقع المرفأ ←',
                      'Original: المرفأ، 2 كانون الثاني 2024 - 22:40',
                      'Tags: Lebanon | Hamas | Hezbollah | Beirut | Translations',
                      'Levant Digest translates reporting and commentary from the Arabic press. Translations are '
                      'checked by a second editor.',
                      'Sign up for the Levant Digest weekly | Subscribe',
                      '© 2024 Levant Digest | About | Contact | Privacy'],
  'unlisted': [],
  'theme_lines': [{'text': 'اغتيال نائب رئيس المكتب السياسي لحماس صالح العاروري بغارة على الضاحية الجنوبية لبيروت',
                   'kind': 'original-headline'},
                  {'text': 'This article was translated from Arabic. It first appeared in Al-Marfa, a Beirut daily, '
                           'and has been edited for length.',
                   'kind': 'translation-note'},
                  {'text': 'Written by Bilal Hamdan for Al-Marfa | Translated by Nadine Sarkis',
                   'kind': 'translation-credit'},
                  {'text': 'Read in Arabic: اقرأ المقال الأصلي بالعربية على موقع المرفأ ←', 'kind': 'original-link'},
                  {'text': 'Original: المرفأ، 2 كانون الثاني 2024 - 22:40', 'kind': 'original-date'},
                  {'text': 'Read also (in Arabic): ماذا يعني اغتيال العاروري لجبهة جنوب لبنان؟',
                   'kind': 'read-also-other'}],
  'relative': {'phrase': 'on Tuesday', 'date': '2024-01-02'},
  'credits': [{'role': 'author', 'name': 'Bilal Hamdan'}, {'role': 'translator', 'name': 'Nadine Sarkis'}]},
 {'n': 5406,
  'language': 'en',
  'situation': 6,
  'outlet': 'party outlet: the English news site of a Syrian Kurdish party (The Euphrates Bulletin, invented): the '
            "SDF declares the end of Islamic State's territorial rule after the fall of Baghuz",
  'title': "SDF declares the end of Islamic State's territorial rule after the fall of Baghuz",
  'published': '2019-03-24',
  'published_note': "'Sunday 24 March 2019' under the byline (weekday D Month YYYY); the text's 'on Saturday' is 23 "
                    'March, the ceremony',
  'evidence': {'text': 'Sunday 24 March 2019'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'The Syrian Democratic Forces (قوات سوريا الديمقراطية) declared',
  'body_last': '"We buried our friends along the whole road from Kobani to this river. What happened here belongs to '
               'them before it belongs to us," said Berivan Hesen, a commander of the Women\'s Protection Units '
               '(وحدات حماية المرأة) who fought in the final assault.',
  'short_lines': [],
  'chrome_not_body': ['The Euphrates Bulletin',
                      'News and views from North and East Syria',
                      'Home | North and East Syria | Politics | Women | Culture | Statements | Kurdî | عربي',
                      'North and East Syria',
                      'Bulletin desk, with reporting by Zozan Ahmed in al-Omar oil field',
                      'Sunday 24 March 2019',
                      'Share | Facebook | Twitter | Telegram',
                      'SDF fighters raise their flag in al-Baghuz Fawqani after the last fighting. (The Euphrates '
                      'Bulletin)',
                      'Read also: The women of the Deir ez-Zor Military Council (مجلس دير الزور العسكري) tell their '
                      'stories',
                      'Tags: SDF | Baghuz | Deir ez-Zor | Islamic State | al-Hol',
                      "Statement: Full text of the general command's declaration (Arabic, Kurdish, English)",
                      '© 2019 The Euphrates Bulletin | Contact | About us'],
  'unlisted': [],
  'theme_lines': [],
  'relative': {'phrase': 'on Saturday', 'date': '2019-03-23'},
  'credits': [{'role': 'author', 'name': 'Zozan Ahmed'}]},
 {'n': 5407,
  'language': 'en',
  'situation': 7,
  'outlet': 'regional daily: the English site of a Gulf daily on a right-to-left template (The Arabian Tide, '
            'invented): the Rubymar sinks in the Red Sea',
  'title': '\u200eRubymar sinks in the Red\xa0Sea two weeks after Houthi\u200d missile strike',
  'published': '2024-03-03',
  'published_note': "the date line under the byline, RLM + '3' + NBSP + 'March 2024' + RLM + ' | ' + LRM + '11:05 "
                    "GST' (D Month YYYY; 07:05 UTC); the text's 'on Saturday' is 2 March, the sinking",
  'evidence': {'text': '\u200f3\xa0March 2024\u200f | \u200e11:05 GST'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'The Rubymar, a cargo ship hit by Houthi missiles',
  'body_last': '"The fertiliser will not explode, but as it dissolves it feeds algae that starve the water of '
               'oxygen. For the reefs and the fishing grounds near Mocha, that is the real danger," said Dr Hala '
               'Bamakhrama, a marine biologist at a university in Aden.',
  'short_lines': [],
  'chrome_not_body': ['The Arabian Tide',
                      'عربي | English',
                      'News | Gulf | Yemen | Shipping | Business | Opinion | Sport',
                      'Shipping > Red Sea',
                      'By Yasmin Fadel and Tom Ashworth',
                      '\u200f3\xa0March 2024\u200f | \u200e11:05 GST',
                      'Share | X | Facebook | LinkedIn | WhatsApp',
                      'The Rubymar, listing and low in the water, photographed in the Red Sea before it sank. '
                      '(Arabian Tide/File)',
                      'Read also: How the Houthi attacks have rerouted trade between Asia and Europe',
                      'Tags: Red Sea | Houthis | Shipping | Yemen | Environment',
                      'More on this story: Crew of stricken ship evacuated to Djibouti after missile strike',
                      'Comments are closed for this article.',
                      "The Arabian Tide newsletter: the Gulf's business and politics, every weekday morning | Sign "
                      'up',
                      '© 2024 The Arabian Tide | تواصل معنا | About | Privacy | Terms'],
  'unlisted': [],
  'theme_lines': [],
  'marks': {'title': ['LRM', 'NBSP', 'ZWJ'], 'evidence': ['LRM', 'NBSP', 'RLM']},
  'relative': {'phrase': 'on Saturday', 'date': '2024-03-02'},
  'credits': [{'role': 'author', 'name': 'Yasmin Fadel'}, {'role': 'author', 'name': 'Tom Ashworth'}]},
 {'n': 5408,
  'language': 'en',
  'situation': 8,
  'outlet': 'broadcaster: the English site of a Lebanese television channel (Horizon Levant TV, invented): displaced '
            'families head south as the Israel-Hezbollah ceasefire takes hold',
  'title': 'Displaced families head south as Israel-Hezbollah ceasefire takes hold',
  'published': '2024-11-27',
  'published_note': "'Nov 27, 2024 | 14:30 GMT' under the byline (Mon D, YYYY); comments 28 November, one stamped in "
                    "Arabic ('28 نوفمبر 2024 - 07:45'); the text's 'on Tuesday' is 26 November, the cabinet's "
                    'approval',
  'evidence': {'text': 'Nov 27, 2024 | 14:30 GMT'},
  'pub_lines': [],
  'other_dates': [{'text': '28 نوفمبر 2024 - 07:45', 'date': '2024-11-28', 'role': 'comment'},
                  {'text': 'Nov 28, 2024 - 09:30', 'date': '2024-11-28', 'role': 'comment'},
                  {'text': 'Nov 28, 2024 - 11:02', 'date': '2024-11-28', 'role': 'comment'}],
  'body_first': 'Cars piled with mattresses and suitcases',
  'body_last': 'Hundreds of thousands of people fled their homes during the war, many of them to schools and public '
               'buildings in Beirut and the north, and aid agencies warned that unexploded ordnance in towns and '
               'fields posed a serious danger to those returning.',
  'short_lines': [],
  'chrome_not_body': ['Horizon Levant TV',
                      'Live TV | News | Lebanon | Region | World | Programmes | عربي',
                      'News > Lebanon',
                      'By Carla Nassar',
                      'Nov 27, 2024 | 14:30 GMT',
                      'Share on Facebook | Share on X | Copy link',
                      'A family drives past destroyed buildings near Tyre after the ceasefire came into effect. '
                      '(Horizon Levant/Hussein Baydoun)',
                      'Read also: What is in the Lebanon ceasefire agreement?',
                      'Tags: Lebanon | Hezbollah | Israel | Ceasefire | Displacement',
                      'Comments (3)',
                      'أبو علي - النبطية | 28 نوفمبر 2024 - 07:45',
                      'Jad_K | Nov 28, 2024 - 09:30',
                      'Sarah M. | Nov 28, 2024 - 11:02',
                      'Horizon Levant TV on WhatsApp: get breaking news on your phone | Join',
                      '© 2024 Horizon Levant TV | About | Contact | Privacy | Terms of use'],
  'unlisted': [],
  'theme_lines': [{'text': 'رجعنا على الضيعة مع الفجر. البيت مهدوم بس الحمد لله على السلامة، وبدنا نعرف مين رح '
                           'يعمّر.',
                   'kind': 'comment-other'},
                  {'text': 'ya 3ammo allah y5allik, bas ma fi shi madmoun. 60 yom w mnshouf eza l hodne btezbat aw '
                           'la2.',
                   'kind': 'comment-arabizi'},
                  {'text': '@Jad_K I hope you are wrong. My parents left Beirut for Tyre at dawn and they say the '
                           'road has barely moved since.',
                   'kind': 'comment-reply'}],
  'relative': {'phrase': 'on Tuesday', 'date': '2024-11-26'},
  'comments_first': 'رجعنا على الضيعة مع الفجر.',
  'comment_authors': ['أبو علي - النبطية', 'Jad_K', 'Sarah M.'],
  'comment_langs': {'أبو علي - النبطية': 'ar', 'Jad_K': 'arabizi', 'Sarah M.': 'en'},
  'comment_replies': {'Sarah M.': 'Jad_K'},
  'credits': [{'role': 'author', 'name': 'Carla Nassar'}]},
 {'n': 5409,
  'language': 'en',
  'situation': 9,
  'outlet': 'digital outlet: the English desk of a Sudanese digital news site on an Arabic template (Sudan Pulse / '
            'نبض السودان, invented): RSF fighters overrun the Zamzam displacement camp',
  'title': 'Hundreds feared dead as RSF fighters overrun Zamzam displacement camp',
  'published': '2025-04-14',
  'published_note': "'14 April 2025 | 10:15 CAT' under the byline (D Month YYYY; 08:15 UTC); the embedded Arabic "
                    "posts are dated 11 and 13 April ('11 أبريل 2025', '13 أبريل 2025'); the text's 'on Friday' is "
                    '11 April, the first day of the assault',
  'evidence': {'text': '14 April 2025 | 10:15 CAT'},
  'pub_lines': [],
  'other_dates': [{'text': '11 أبريل 2025', 'date': '2025-04-11', 'role': 'embed'},
                  {'text': '13 أبريل 2025', 'date': '2025-04-13', 'role': 'embed'}],
  'body_first': "The first messages from Zamzam came from the camp's own volunteers",
  'body_last': '"My mother could not walk any more after the first night, so we carried her on a donkey cart. Others '
               'had nothing and left their old people in the shade of trees," said Hawa Abdelrahman, 34, speaking by '
               'telephone from a school in Tawila where her family has taken shelter.',
  'short_lines': [],
  'chrome_not_body': ['نبض السودان | Sudan Pulse',
                      'الرئيسية | السودان | دارفور | كردفان | الخرطوم | English | تواصل',
                      'English > Darfur',
                      'Sudan Pulse English desk | Reporting by Adam Yahya Ishag',
                      '14 April 2025 | 10:15 CAT',
                      'شارك المقال: واتساب | فيسبوك | إكس | نسخ الرابط',
                      'عاجل: قوات الدعم السريع تقتحم معسكر زمزم من الجهة الجنوبية بعد قصف مدفعي عنيف منذ الصباح، '
                      'والأهالي يفرون نحو طويلة والفاشر.',
                      '— تنسيقية نازحي زمزم (@ZamzamIDPs) 11 أبريل 2025',
                      'نحن الآن في طويلة بعد مسيرة يومين على الأقدام. كثيرون لم يصلوا، والأطفال بلا ماء منذ ليلتين.',
                      '— مها آدم (@MahaAdamDarfur) 13 أبريل 2025',
                      'اقرأ أيضاً: خريطة السيطرة في شمال دارفور بعد عامين من الحرب',
                      'وسوم: زمزم | الفاشر | الدعم السريع | دارفور | النازحون',
                      'تابعنا على: فيسبوك | إكس | تيليغرام | يوتيوب',
                      'اشترك في نشرتنا الأسبوعية لتصلك أهم أخبار السودان | اشتراك',
                      'جميع الحقوق محفوظة © 2025 نبض السودان',
                      'يستخدم هذا الموقع ملفات تعريف الارتباط. بمتابعة التصفح فإنك توافق على ذلك. موافق'],
  'unlisted': [],
  'theme_lines': [{'text': 'عاجل: قوات الدعم السريع تقتحم معسكر زمزم من الجهة الجنوبية بعد قصف مدفعي عنيف منذ '
                           'الصباح، والأهالي يفرون نحو طويلة والفاشر.',
                   'kind': 'embed-post-other'},
                  {'text': '— تنسيقية نازحي زمزم (@ZamzamIDPs) 11 أبريل 2025', 'kind': 'embed-handle'},
                  {'text': 'نحن الآن في طويلة بعد مسيرة يومين على الأقدام. كثيرون لم يصلوا، والأطفال بلا ماء منذ '
                           'ليلتين.',
                   'kind': 'embed-post-other'},
                  {'text': '— مها آدم (@MahaAdamDarfur) 13 أبريل 2025', 'kind': 'embed-handle'},
                  {'text': 'شارك المقال: واتساب | فيسبوك | إكس | نسخ الرابط', 'kind': 'share-other'},
                  {'text': 'تابعنا على: فيسبوك | إكس | تيليغرام | يوتيوب', 'kind': 'follow-other'},
                  {'text': 'اقرأ أيضاً: خريطة السيطرة في شمال دارفور بعد عامين من الحرب', 'kind': 'read-also-other'}],
  'relative': {'phrase': 'on Friday', 'date': '2025-04-11'},
  'credits': [{'role': 'author', 'name': 'Adam Yahya Ishag'}]},
 {'n': 5410,
  'language': 'en',
  'situation': 10,
  'outlet': 'agency: the English edition of a multilingual news agency (Meridian Press Agency, invented): heavy '
            'clashes in Tripoli after the killing of Abdel Ghani al-Kikli',
  'title': 'Heavy clashes rock Tripoli after powerful militia chief is killed',
  'published': '2025-05-13',
  'published_note': "'13 May 2025 - 10:42 GMT' right under the title (D Month YYYY); the text's 'on Monday' is 12 "
                    'May, the killing',
  'evidence': {'text': '13 May 2025 - 10:42 GMT'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'TRIPOLI (MPA) - Residents of the Libyan capital',
  'body_last': 'The Stability Support Apparatus was created in 2021 by the presidential council of the previous '
               "government, which gave it a formal status while leaving it under Kikli's personal command.",
  'short_lines': [],
  'chrome_not_body': ['Meridian Press Agency',
                      'English | العربية | Français | فارسی | Türkçe',
                      'Top stories | World | Africa | Middle East | Economy | Photo | Video',
                      'Africa > Libya',
                      '13 May 2025 - 10:42 GMT',
                      'Tripoli | MPA with agencies',
                      'Share | Print | Email',
                      'Armoured vehicles of government-aligned forces in a street of Tripoli. (MPA)',
                      'Read in other languages: العربية | Français | فارسی | Türkçe',
                      'More from our other editions',
                      'العربية: اشتباكات عنيفة في طرابلس عقب مقتل قائد جهاز دعم الاستقرار',
                      "Français : Libye, des combats nocturnes secouent la capitale après la mort d'un chef de "
                      'milice',
                      'فارسی: درگیری های شدید در طرابلس پس از کشته شدن فرمانده یک گروه مسلح',
                      "Türkçe: Trablus'ta milis lideri Kikli'nin öldürülmesinin ardından şiddetli çatışmalar",
                      'Tags: Libya | Tripoli | Militias | Dbeibah',
                      '© 2025 Meridian Press Agency. All rights reserved. | Terms of use | Contact MPA'],
  'unlisted': [],
  'theme_lines': [{'text': 'English | العربية | Français | فارسی | Türkçe', 'kind': 'switcher'},
                  {'text': 'Read in other languages: العربية | Français | فارسی | Türkçe', 'kind': 'switcher'},
                  {'text': 'More from our other editions', 'kind': 'editions-label'},
                  {'text': 'العربية: اشتباكات عنيفة في طرابلس عقب مقتل قائد جهاز دعم الاستقرار',
                   'kind': 'edition-headline'},
                  {'text': "Français : Libye, des combats nocturnes secouent la capitale après la mort d'un chef de "
                           'milice',
                   'kind': 'edition-headline'},
                  {'text': 'فارسی: درگیری های شدید در طرابلس پس از کشته شدن فرمانده یک گروه مسلح',
                   'kind': 'edition-headline'},
                  {'text': "Türkçe: Trablus'ta milis lideri Kikli'nin öldürülmesinin ardından şiddetli çatışmalar",
                   'kind': 'edition-headline'}],
  'relative': {'phrase': 'on Monday', 'date': '2025-05-12'},
  'credits': []},
 {'n': 5411,
  'language': 'en',
  'situation': 11,
  'outlet': "broadcaster: the English news brief of an Arab satellite channel's site, inside its Arabic template "
            '(Al-Sarat / قناة السراة, invented): US and British strikes on Houthi targets in Yemen',
  'title': 'US and British warplanes strike Houthi targets across Yemen',
  'published': '2024-01-12',
  'published_note': "'Jan. 12, 2024 | 06:30 GMT' under the desk line (Mon. D, YYYY with a dot; 09:30 in Yemen); the "
                    "text's 'on Tuesday' is 9 January, the Houthi barrage",
  'evidence': {'text': 'Jan. 12, 2024 | 06:30 GMT'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'The United States and Britain carried out air and missile strikes',
  'body_last': 'The group says its attacks are in support of the Palestinians in Gaza.',
  'short_lines': ['The group says its attacks are in support of the Palestinians in Gaza.'],
  'chrome_not_body': ['قناة السراة',
                      'البث المباشر | الأخبار | اليمن | الخليج | العالم | اقتصاد | رياضة | برامج | English',
                      'الأكثر قراءة: الحوثيون يتوعدون بالرد على الضربات الأمريكية البريطانية',
                      'عاجل | تابعوا تغطيتنا المستمرة للتطورات في البحر الأحمر',
                      'English > Yemen',
                      'Al-Sarat English service',
                      'Jan. 12, 2024 | 06:30 GMT',
                      'شارك: واتساب | فيسبوك | إكس',
                      'اقرأ أيضاً',
                      'ما هي الأهداف التي قصفتها الطائرات الأمريكية والبريطانية في اليمن؟',
                      'خريطة تفاعلية: الهجمات على السفن في البحر الأحمر منذ نوفمبر',
                      'شركات الشحن الكبرى تعلق عبور باب المندب حتى إشعار آخر',
                      'مجلس الأمن يطالب الحوثيين بوقف الهجمات على السفن فوراً',
                      'أسعار النفط ترتفع بعد الضربات على اليمن',
                      'الأكثر مشاهدة',
                      'فيديو: لحظة إقلاع المقاتلات من حاملة طائرات أمريكية في البحر الأحمر',
                      'فيديو: سكان في صنعاء والحديدة يصفون ليلة الغارات',
                      'تقرير: كيف غيّرت أزمة البحر الأحمر طرق التجارة بين آسيا وأوروبا',
                      'برامجنا: حديث المساء | ملف الأسبوع | من الميدان | المشهد الاقتصادي',
                      'تابعونا على: فيسبوك | إكس | يوتيوب | تيليغرام | إنستغرام',
                      'الوسوم: اليمن | الحوثيون | البحر الأحمر | الولايات المتحدة | بريطانيا | صنعاء | الحديدة',
                      'حمّل تطبيق قناة السراة على هاتفك: آب ستور | غوغل بلاي',
                      'اشترك في النشرة البريدية لقناة السراة لتصلك أهم الأخبار كل صباح | اشترك الآن',
                      'من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية | شروط الاستخدام | الوظائف',
                      'قناة السراة قناة إخبارية عربية مستقلة تبث على مدار الساعة، وتقدم الأخبار والتحليلات والبرامج '
                      'الحوارية من مكاتبها ومراسليها في العواصم العربية.',
                      'جميع الحقوق محفوظة لقناة السراة © 2024',
                      'نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح وتحليل حركة الزوار وتقديم محتوى '
                      'مخصص. يمكنك تعديل تفضيلاتك في أي وقت من صفحة الإعدادات. قبول الكل | رفض | الإعدادات'],
  'unlisted': [],
  'theme_lines': [{'text': 'اقرأ أيضاً', 'kind': 'related-label-other'},
                  {'text': 'ما هي الأهداف التي قصفتها الطائرات الأمريكية والبريطانية في اليمن؟',
                   'kind': 'related-other'},
                  {'text': 'خريطة تفاعلية: الهجمات على السفن في البحر الأحمر منذ نوفمبر', 'kind': 'related-other'},
                  {'text': 'شركات الشحن الكبرى تعلق عبور باب المندب حتى إشعار آخر', 'kind': 'related-other'},
                  {'text': 'مجلس الأمن يطالب الحوثيين بوقف الهجمات على السفن فوراً', 'kind': 'related-other'},
                  {'text': 'أسعار النفط ترتفع بعد الضربات على اليمن', 'kind': 'related-other'},
                  {'text': 'الوسوم: اليمن | الحوثيون | البحر الأحمر | الولايات المتحدة | بريطانيا | صنعاء | الحديدة',
                   'kind': 'tags-other'},
                  {'text': 'اشترك في النشرة البريدية لقناة السراة لتصلك أهم الأخبار كل صباح | اشترك الآن',
                   'kind': 'newsletter-other'},
                  {'text': 'نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح وتحليل حركة الزوار وتقديم '
                           'محتوى مخصص. يمكنك تعديل تفضيلاتك في أي وقت من صفحة الإعدادات. قبول الكل | رفض | '
                           'الإعدادات',
                   'kind': 'cookie-other'}],
  'relative': {'phrase': 'on Tuesday', 'date': '2024-01-09'},
  'credits': []},
 {'n': 5412,
  'language': 'en',
  'situation': 12,
  'outlet': 'diaspora site: the English section of a Persian-language Iranian diaspora news site (Sepidar News / '
            'سپیدار, invented): Iranian strikes on Kurdish opposition camps near Koya',
  'title': 'Iranian missile and drone strikes on Kurdish opposition camps in Iraq kill 13',
  'published': '2022-09-29',
  'published_note': "'September 29, 2022 | 09:20 GMT' under the Persian byline (Month D, YYYY); the same day stands "
                    "above it as a Solar Hijri date in Persian digits ('۷ مهر ۱۴۰۱', 7 Mehr 1401); the text's 'on "
                    "Wednesday' is 28 September, the strikes",
  'evidence': {'text': 'September 29, 2022 | 09:20 GMT'},
  'solar_hijri': {'text': '۷ مهر ۱۴۰۱', 'year': 1401, 'month': 7, 'day': 7},
  'pub_lines': [],
  'other_dates': [],
  'body_first': "Iran's Revolutionary Guards fired missiles and flew explosive-laden drones",
  'body_last': 'The Iranian Kurdish parties, which have waged armed campaigns against Tehran at various times since '
               'the revolution of 1979, say they have largely given up military operations and now focus on '
               'political activity. Iran has shelled their areas repeatedly in recent years, and hit the Koya '
               'compound with missiles in 2018.',
  'short_lines': [],
  'chrome_not_body': ['سپیدار | Sepidar News',
                      'خانه | ایران | کردستان | جهان | گزارش | ویدیو | اخبار امروز | English',
                      'English > Kurdistan',
                      'گزارش از آزاد مرادی، سلیمانیه',
                      '۷ مهر ۱۴۰۱',
                      'September 29, 2022 | 09:20 GMT',
                      'اشتراک\u200cگذاری: تلگرام | توییتر | فیسبوک',
                      'Smoke rises from the compound of an Iranian Kurdish party near Koya. (Sepidar News)',
                      "Read also: The Kurdish towns at the centre of Iran's protest movement",
                      'برچسب\u200cها: کردستان | کویه | سپاه پاسداران | اعتراضات',
                      'پربیننده\u200cترین گزارش\u200cها: روایت شاهدان از شب حمله به اردوگاه کویه',
                      'برای دریافت خبرنامه سپیدار ایمیل خود را وارد کنید | عضویت',
                      'تمام حقوق این سایت محفوظ است © ۲۰۲۲ سپیدار | درباره ما | تماس با ما'],
  'unlisted': [],
  'theme_lines': [{'text': 'خانه | ایران | کردستان | جهان | گزارش | ویدیو | اخبار امروز | English',
                   'kind': 'menu-persian'},
                  {'text': 'گزارش از آزاد مرادی، سلیمانیه', 'kind': 'byline-persian'},
                  {'text': '۷ مهر ۱۴۰۱', 'kind': 'date-solar-hijri'},
                  {'text': 'اشتراک\u200cگذاری: تلگرام | توییتر | فیسبوک', 'kind': 'share-persian'},
                  {'text': 'برچسب\u200cها: کردستان | کویه | سپاه پاسداران | اعتراضات', 'kind': 'tags-persian'},
                  {'text': 'پربیننده\u200cترین گزارش\u200cها: روایت شاهدان از شب حمله به اردوگاه کویه',
                   'kind': 'related-persian'},
                  {'text': 'برای دریافت خبرنامه سپیدار ایمیل خود را وارد کنید | عضویت', 'kind': 'newsletter-persian'},
                  {'text': 'تمام حقوق این سایت محفوظ است © ۲۰۲۲ سپیدار | درباره ما | تماس با ما',
                   'kind': 'footer-persian'}],
  'relative': {'phrase': 'on Wednesday', 'date': '2022-09-28'},
  'chrome_relative': ['خانه | ایران | کردستان | جهان | گزارش | ویدیو | اخبار امروز | English'],
  'credits': [{'role': 'author', 'name': 'آزاد مرادی'}]},
 {'n': 5413,
  'language': 'ar',
  'situation': 1,
  'outlet': 'broadcaster: the Arabic edition of an English-language international news broadcaster (Atlas World News '
            '/ أطلس عربي, invented): seven aid workers killed in a strike on their convoy in Deir al-Balah',
  'title': 'مقتل سبعة من عمال الإغاثة الأجانب والفلسطينيين بغارة إسرائيلية على قافلة في دير البلح',
  'published': '2024-04-02',
  'published_note': "'2 أبريل/نيسان 2024 - 09:10 بتوقيت غرينتش' under the desk line (D Egyptian/Levantine month "
                    "YYYY); the text's 'يوم الاثنين' (inside 'مساء يوم الاثنين') is 1 April, the strike",
  'evidence': {'text': '2 أبريل/نيسان 2024 - 09:10 بتوقيت غرينتش'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'قُتل سبعة من العاملين في منظمة المطبخ المركزي العالمي',
  'body_last': 'وتقول الأمم المتحدة إن نحو مئتي عامل إغاثة قُتلوا في غزة منذ بدء الحرب، معظمهم من موظفيها المحليين، '
               'في وقت تحذر فيه من أن شمال القطاع يقترب من المجاعة.',
  'short_lines': [],
  'chrome_not_body': ['Atlas World News',
                      'Home | World | Middle East | Business | Climate | Video | Live | عربي',
                      'Atlas Arabic | Middle East | Gaza war',
                      'دير البلح - أطلس عربي',
                      '2 أبريل/نيسان 2024 - 09:10 بتوقيت غرينتش',
                      'Share | Facebook | X | WhatsApp | Copy link',
                      "Photo: The wreckage of one of the charity's cars in Deir al-Balah (Atlas/Pool)",
                      'Read more in English: Aid group pauses Gaza operations after staff killed',
                      'Most read',
                      'غزة: طوابير طويلة أمام المخابز القليلة العاملة في رفح',
                      'مجلس الأمن يناقش إدخال المساعدات عبر البحر',
                      'Topics: Gaza | Israel | Humanitarian aid | World Central Kitchen',
                      'Follow Atlas Arabic on Facebook, X and YouTube',
                      '© 2024 Atlas World News. All rights reserved. | Terms of Use | Privacy Policy | Cookie '
                      'settings'],
  'unlisted': [],
  'theme_lines': [{'text': 'Atlas World News', 'kind': 'masthead-other'},
                  {'text': 'Home | World | Middle East | Business | Climate | Video | Live | عربي',
                   'kind': 'menu-other'},
                  {'text': 'Atlas Arabic | Middle East | Gaza war', 'kind': 'section-other'},
                  {'text': 'Share | Facebook | X | WhatsApp | Copy link', 'kind': 'share-other'},
                  {'text': "Photo: The wreckage of one of the charity's cars in Deir al-Balah (Atlas/Pool)",
                   'kind': 'caption-other'},
                  {'text': 'Read more in English: Aid group pauses Gaza operations after staff killed',
                   'kind': 'read-also-other'},
                  {'text': 'Most read', 'kind': 'related-label-other'},
                  {'text': 'Topics: Gaza | Israel | Humanitarian aid | World Central Kitchen', 'kind': 'tags-other'},
                  {'text': 'Follow Atlas Arabic on Facebook, X and YouTube', 'kind': 'follow-other'},
                  {'text': '© 2024 Atlas World News. All rights reserved. | Terms of Use | Privacy Policy | Cookie '
                           'settings',
                   'kind': 'footer-other'}],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2024-04-01'},
  'credits': []},
 {'n': 5414,
  'language': 'ar',
  'situation': 2,
  'outlet': 'regional daily: the site of a bilingual Yemeni daily (Al-Minaa Daily / صحيفة الميناء, invented): '
            'Israeli strikes on Hodeidah port',
  'title': 'غارات إسرائيلية على ميناء الحديدة تشعل خزانات الوقود ومحطة الكهرباء',
  'title_other': 'Israeli jets strike Hodeidah port, setting fuel depots ablaze',
  'published': '2024-07-21',
  'published_note': "'الأحد 21/07/2024 - 10:15' under the byline (weekday, numeric D/M/Y, day 21); comments 22 July; "
                    "the text's 'يوم السبت' (inside 'عصر يوم السبت') is 20 July, the strikes",
  'evidence': {'text': 'الأحد 21/07/2024 - 10:15'},
  'order': 'dmy',
  'pub_lines': [],
  'other_dates': [{'text': '22/07/2024 - 08:20', 'date': '2024-07-22', 'role': 'comment'},
                  {'text': '22/07/2024 - 14:55', 'date': '2024-07-22', 'role': 'comment'}],
  'body_first': 'لا تزال النيران مشتعلة في خزانات الوقود',
  'body_last': 'وتبعد الحديدة أكثر من ألف وسبعمئة كيلومتر عن إسرائيل، وقد شارك في الغارات عدد من الطائرات المقاتلة '
               'وطائرات التزود بالوقود، بحسب وسائل إعلام إسرائيلية.',
  'short_lines': [],
  'chrome_not_body': ['صحيفة الميناء | Al-Minaa Daily',
                      'الرئيسية | أخبار محلية | عربي ودولي | اقتصاد | تقارير | English',
                      'أخبار محلية',
                      'Israeli jets strike Hodeidah port, setting fuel depots ablaze',
                      'الحديدة - سامي المقطري',
                      'الأحد 21/07/2024 - 10:15',
                      'شارك: فيسبوك | واتساب | تيليغرام',
                      'ألسنة اللهب تتصاعد من خزانات الوقود في ميناء الحديدة (الميناء)',
                      'اقرأ أيضاً: طوابير أمام محطات الوقود في صنعاء بعد الغارات',
                      'الوسوم: الحديدة | إسرائيل | الحوثيون | البحر الأحمر',
                      'التعليقات (2)',
                      'أحمد الزبيدي | 22/07/2024 - 08:20',
                      'Nabil Y. | 22/07/2024 - 14:55',
                      'جميع الحقوق محفوظة © 2024 صحيفة الميناء | من نحن | اتصل بنا'],
  'unlisted': [],
  'theme_lines': [{'text': 'Israeli jets strike Hodeidah port, setting fuel depots ablaze', 'kind': 'headline-other'},
                  {'text': 'Correct, the port feeds half the country. Who will pay for the damage?',
                   'kind': 'comment-other'}],
  'relative': {'phrase': 'يوم السبت', 'date': '2024-07-20'},
  'comments_first': 'الناس في الحديدة هم من يدفعون الثمن',
  'comment_authors': ['أحمد الزبيدي', 'Nabil Y.'],
  'comment_langs': {'أحمد الزبيدي': 'ar', 'Nabil Y.': 'en'},
  'credits': [{'role': 'author', 'name': 'سامي المقطري'}]},
 {'n': 5415,
  'language': 'ar',
  'situation': 3,
  'outlet': 'agency: the Arabic site of a Gulf news agency (وكالة الرمال للأنباء, invented): Turkey begins its '
            'ground offensive in north-east Syria',
  'title': 'تركيا تبدأ هجوماً برياً على شمال شرق سوريا والآلاف ينزحون من رأس العين وتل أبيض',
  'published': '2019-10-10',
  'published_note': "'الخميس ١١ صفر ١٤٤١ هـ - الموافق 10 October 2019' under the title (weekday, lunar Hijri in "
                    'Arabic-Indic digits, then the Gregorian day with an English month name); the ISO update line '
                    "'آخر تحديث: 2019-10-10 14:20 GMT' names the same day; the text's 'يوم الأربعاء' (inside 'عصر "
                    "يوم الأربعاء') is 9 October, the launch",
  'evidence': {'text': 'الخميس ١١ صفر ١٤٤١ هـ - الموافق 10 October 2019'},
  'hijri': {'text': '١١ صفر ١٤٤١ هـ', 'year': 1441, 'month': 2, 'day': 11},
  'pub_lines': ['آخر تحديث: 2019-10-10 14:20 GMT'],
  'other_dates': [],
  'body_first': 'بدأت القوات التركية وفصائل سورية موالية لها',
  'body_last': 'ويخشى مسؤولون أكراد أن يؤدي القتال إلى فرار عناصر من تنظيم داعش محتجزين في سجون تديرها قوات سوريا '
               'الديمقراطية، وقالت هذه القوات إنها قد تضطر إلى تقليص حراسة السجون لصد الهجوم.',
  'short_lines': [],
  'chrome_not_body': ['وكالة الرمال للأنباء',
                      'الرئيسية | محلي | الخليج | عربي | دولي | اقتصاد | صور | فيديو',
                      'دولي',
                      'الخميس ١١ صفر ١٤٤١ هـ - الموافق 10 October 2019',
                      'آخر تحديث: 2019-10-10 14:20 GMT',
                      'أنقرة - القامشلي (الرمال)',
                      'أرسل | اطبع | شارك',
                      'صورة: دخان يتصاعد من رأس العين بعد القصف التركي (الرمال)',
                      'اقرأ أيضاً: من هي قوات سوريا الديمقراطية؟',
                      'الكلمات الدلالية: سوريا | تركيا | نبع السلام | رأس العين | تل أبيض',
                      'Related in English: Turkey launches offensive in north-east Syria',
                      'جميع الحقوق محفوظة © 2019 وكالة الرمال للأنباء'],
  'unlisted': [],
  'theme_lines': [{'text': 'الخميس ١١ صفر ١٤٤١ هـ - الموافق 10 October 2019', 'kind': 'date-hijri-english-month'},
                  {'text': 'آخر تحديث: 2019-10-10 14:20 GMT', 'kind': 'date-iso-latin'},
                  {'text': 'Related in English: Turkey launches offensive in north-east Syria',
                   'kind': 'related-other'}],
  'relative': {'phrase': 'يوم الأربعاء', 'date': '2019-10-09'},
  'credits': []},
 {'n': 5416,
  'language': 'ar',
  'situation': 4,
  'outlet': 'regional daily: the site of an independent Sudanese daily (صحيفة الضفة الزرقاء, invented): the army '
            'retakes Wad Madani',
  'title': 'الجيش السوداني يستعيد مدينة ود مدني بعد أكثر من عام على سيطرة الدعم السريع',
  'published': '2025-01-12',
  'published_note': "'12 يناير 2025 - 11:00' under the byline (D Egyptian month YYYY); the text's 'يوم السبت' is 11 "
                    'January, the advance',
  'evidence': {'text': '12 يناير 2025 - 11:00'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'دخلت قوات الجيش السوداني والقوات المتحالفة معه',
  'body_last': 'وقال محمد عبد الرحيم، وهو معلم عاد إلى حي الدرجة بعد أشهر من النزوح في سنار: «وجدنا البيوت منهوبة '
               'والأبواب مكسورة، لكن الناس بدأوا يكنسون الشوارع. المهم أن الخوف انتهى».',
  'short_lines': [],
  'chrome_not_body': ['صحيفة الضفة الزرقاء',
                      'صحيفة سودانية يومية مستقلة',
                      'الرئيسية | أخبار السودان | الجزيرة | الخرطوم | حوارات | رأي | منوعات',
                      'أخبار الولايات',
                      'ود مدني - مراسل الضفة الزرقاء | الخرطوم - هبة عثمان',
                      '12 يناير 2025 - 11:00',
                      'جنود من الجيش السوداني عند مدخل ود مدني (الضفة الزرقاء)',
                      'اقرأ أيضاً: ود مدني.. عام تحت سيطرة الدعم السريع',
                      'الوسوم: ود مدني | الجزيرة | الجيش السوداني | الدعم السريع',
                      'شارك: فيسبوك | واتساب | إكس',
                      'جميع الحقوق محفوظة © 2025 صحيفة الضفة الزرقاء'],
  'unlisted': [],
  'theme_lines': [{'text': '"We are relieved that the fighting in Wad Madani appears to be over, but we are deeply '
                           'concerned by reports of reprisals against civilians accused of collaborating with the '
                           'RSF."',
                   'kind': 'quote-other'},
                  {'text': 'وترجمة ذلك: «نشعر بالارتياح لأن القتال في ود مدني يبدو أنه انتهى، لكننا نشعر بقلق بالغ '
                           'إزاء تقارير عن أعمال انتقامية ضد مدنيين متهمين بالتعاون مع قوات الدعم السريع».',
                   'kind': 'quote-translation'}],
  'relative': {'phrase': 'يوم السبت', 'date': '2025-01-11'},
  'credits': [{'role': 'author', 'name': 'هبة عثمان'}]},
 {'n': 5417,
  'language': 'ar',
  'situation': 5,
  'outlet': 'aggregator: an Arabic platform that translates the foreign press (مرآة الصحافة العالمية, invented), '
            'translating a US daily (The Potomac Courier, invented): three US soldiers killed in a drone attack on '
            'Tower 22 in Jordan',
  'title': 'مقتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة على قاعدة في الأردن قرب الحدود السورية',
  'published': '2024-01-29',
  'published_note': "'29 يناير 2024 - 12:45' under the translation credits (D Egyptian month YYYY), the date of the "
                    "translation on this page; the English original's date ('The Potomac Courier | January 28, "
                    "2024') stands after the text and is not the gold; comments 30 January; the text's 'يوم الأحد' "
                    'is 28 January, the attack',
  'evidence': {'text': '29 يناير 2024 - 12:45'},
  'pub_lines': [],
  'other_dates': [{'text': 'January 28, 2024', 'date': '2024-01-28', 'role': 'original'},
                  {'text': '30 يناير 2024 - 09:05', 'date': '2024-01-30', 'role': 'comment'},
                  {'text': '30 يناير 2024 - 16:40', 'date': '2024-01-30', 'role': 'comment'}],
  'body_first': 'قُتل ثلاثة جنود أمريكيين وأصيب العشرات',
  'body_last': 'وتعرضت القوات الأمريكية في العراق وسوريا لأكثر من 150 هجوماً بالصواريخ والطائرات المسيرة منذ منتصف '
               'أكتوبر الماضي، بحسب البنتاغون، لكنها لم تُسفر من قبل عن قتلى.',
  'short_lines': [],
  'chrome_not_body': ['مرآة الصحافة العالمية',
                      'الرئيسية | ترجمات | الشرق الأوسط | أمريكا | أوروبا | آسيا | تحليلات',
                      'ترجمات - الشرق الأوسط',
                      'ترجمة: رنا الحسيني | مراجعة: فادي العمري',
                      '29 يناير 2024 - 12:45',
                      'نُشر هذا التقرير بالإنجليزية في صحيفة The Potomac Courier الأمريكية، وتنشر مرآة الصحافة '
                      'العالمية ترجمته بتصرف.',
                      'صورة أرشيفية: صورة بالأقمار الصناعية للموقع العسكري قرب المثلث الحدودي بين الأردن وسوريا '
                      'والعراق',
                      'Read this in English ←',
                      'Three US soldiers killed in drone strike on base in Jordan, Pentagon says',
                      'The Potomac Courier | January 28, 2024',
                      'الوسوم: الأردن | الولايات المتحدة | البرج 22 | المقاومة الإسلامية في العراق',
                      'التعليقات (2)',
                      'مازن الرفاعي | 30 يناير 2024 - 09:05',
                      'Tom Reeves | 30 يناير 2024 - 16:40',
                      'جميع الحقوق محفوظة © 2024 مرآة الصحافة العالمية | سياسة الخصوصية'],
  'unlisted': [],
  'theme_lines': [{'text': 'ترجمة: رنا الحسيني | مراجعة: فادي العمري', 'kind': 'translation-credit'},
                  {'text': 'نُشر هذا التقرير بالإنجليزية في صحيفة The Potomac Courier الأمريكية، وتنشر مرآة الصحافة '
                           'العالمية ترجمته بتصرف.',
                   'kind': 'translation-note'},
                  {'text': 'Read this in English ←', 'kind': 'original-link'},
                  {'text': 'Three US soldiers killed in drone strike on base in Jordan, Pentagon says',
                   'kind': 'original-headline'},
                  {'text': 'The Potomac Courier | January 28, 2024', 'kind': 'original-date'},
                  {'text': 'Sad news. Thanks for making this available in Arabic for my students in Amman.',
                   'kind': 'comment-other'}],
  'relative': {'phrase': 'يوم الأحد', 'date': '2024-01-28'},
  'comments_first': 'الترجمة ممتازة',
  'comment_authors': ['مازن الرفاعي', 'Tom Reeves'],
  'comment_langs': {'مازن الرفاعي': 'ar', 'Tom Reeves': 'en'},
  'credits': [{'role': 'translator', 'name': 'رنا الحسيني'}, {'role': 'translation-editor', 'name': 'فادي العمري'}]},
 {'n': 5418,
  'language': 'ar',
  'situation': 6,
  'outlet': 'party outlet: the site of a Yemeni political party (صوت التجمع, the site of تجمع اليمن الاتحادي, both '
            'invented): fires on the abandoned Greek tanker Sounion off Hodeidah',
  'title': 'حرائق على متن ناقلة نفط يونانية مهجورة قبالة الحديدة بعد هجوم حوثي',
  'published': '2024-08-24',
  'published_note': "'24 أغسطس 2024' under the desk line (D Egyptian month YYYY); the text's 'يوم الأربعاء' is 21 "
                    'August, the attack',
  'evidence': {'text': '24 أغسطس 2024'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'أعلنت جماعة الحوثي (Ansar Allah) أنها استهدفت',
  'body_last': 'ويُظهر موقع تتبع السفن MarineTraffic أن الناقلة كانت متجهة من العراق إلى اليونان قبل الهجوم، وهي '
               'واحدة من أكثر من ثمانين سفينة تعرضت لهجمات الحوثيين منذ نوفمبر الماضي.',
  'short_lines': [],
  'chrome_not_body': ['صوت التجمع',
                      'الموقع الرسمي لتجمع اليمن الاتحادي',
                      'الرئيسية | أخبار الوطن | بيانات الحزب | البحر الأحمر | مقالات | فيديو',
                      'البحر الأحمر والملاحة',
                      'خاص - صوت التجمع',
                      '24 أغسطس 2024',
                      'صورة وزعتها البعثة الأوروبية للناقلة Sounion بعد الهجوم (Aspides)',
                      'اقرأ أيضاً: الحديدة.. مرفأ تحت النار',
                      'الوسوم: Sounion | الحوثيون | البحر الأحمر | Aspides | الحديدة',
                      'شارك عبر: فيسبوك | واتساب | تيليغرام',
                      'جميع الحقوق محفوظة لموقع صوت التجمع © 2024'],
  'unlisted': [],
  'theme_lines': [],
  'relative': {'phrase': 'يوم الأربعاء', 'date': '2024-08-21'},
  'credits': []},
 {'n': 5419,
  'language': 'ar',
  'situation': 7,
  'outlet': 'regional news site: an Arabic news site from the Galilee (منارة الجليل, invented): a rocket kills '
            'twelve children and teenagers on a football pitch in Majdal Shams',
  'title': '\u200fصـاروخ يقتل 12\xa0طفلاً وفتى في ملعب بمجـ\u200dدل شمس في الجولان المحتل',
  'published': '2024-07-28',
  'published_note': "the date line under the title, RLM + 'الأحـد' (tatweel) + NBSP + '28 تموز/يوليو 2024' + RLM + ' "
                    "| ' + LRM + '10:20 (GMT+3)' + LRM (weekday D Levantine/Egyptian month YYYY; 07:20 UTC); the "
                    "text's 'يوم السبت' (inside 'مساء يوم السبت') is 27 July, the rocket",
  'evidence': {'text': '\u200fالأحـد\xa028 تموز/يوليو 2024\u200f | \u200e10:20 (GMT+3)\u200e'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'قُتل اثنا عشر طفلاً وفتى',
  'body_last': 'ويعيش في مجدل شمس نحو أحد عشر ألف نسمة من أبناء الطائفة الدرزية، ويحتفظ معظمهم بهويتهم السورية '
               'ويرفضون الجنسية الإسرائيلية منذ احتلال إسرائيل للجولان عام 1967 وضمه لاحقاً في خطوة لم يعترف بها '
               'معظم المجتمع الدولي.',
  'short_lines': [],
  'chrome_not_body': ['منارة الجليل',
                      'الرئيسية | محليات | الجولان | فلسطين | عربي ودولي | رياضة | فن | English',
                      'محليات - الجولان',
                      '\u200fالأحـد\xa028 تموز/يوليو 2024\u200f | \u200e10:20 (GMT+3)\u200e',
                      'مجدل شمس - وسيم أبو صالح',
                      'شارك: فيسبوك | واتساب | تيليغرام',
                      'أهالي مجدل شمس يتجمعون قرب الملعب بعد سقوط الصاروخ (منارة الجليل)',
                      'اقرأ أيضاً: الجولان بين خطوط النار.. قرى على حافة المواجهة',
                      'الوسوم: مجدل شمس | الجولان | حزب الله | الحدود اللبنانية',
                      'تابعونا على تيليغرام لآخر الأخبار أولاً بأول',
                      'جميع الحقوق محفوظة © 2024 منارة الجليل'],
  'unlisted': [],
  'theme_lines': [],
  'marks': {'title': ['NBSP', 'RLM', 'TATWEEL', 'ZWJ'], 'evidence': ['LRM', 'NBSP', 'RLM', 'TATWEEL']},
  'relative': {'phrase': 'يوم السبت', 'date': '2024-07-27'},
  'credits': [{'role': 'author', 'name': 'وسيم أبو صالح'}]},
 {'n': 5420,
  'language': 'ar',
  'situation': 8,
  'outlet': 'regional daily: the site of an Iraqi daily published in Erbil (بوابة الشمال, invented): Islamic State '
            'fighters seize Mosul',
  'title': 'مسلحو داعش يسيطرون على الموصل ومئات الآلاف يفرون نحو إقليم كوردستان',
  'published': '2014-06-11',
  'published_note': "'2014/06/11 - 15:30' under the byline (Y/M/D); comments 12 June; the text's 'يوم الثلاثاء' "
                    "(inside 'فجر يوم الثلاثاء') is 10 June, the fall of the city",
  'evidence': {'text': '2014/06/11 - 15:30'},
  'pub_lines': [],
  'other_dates': [{'text': '2014/06/12 - 01:15', 'date': '2014-06-12', 'role': 'comment'},
                  {'text': '2014/06/12 - 09:40', 'date': '2014-06-12', 'role': 'comment'},
                  {'text': '2014/06/12 - 10:05', 'date': '2014-06-12', 'role': 'comment'}],
  'body_first': 'سيطر مسلحو تنظيم الدولة الإسلامية في العراق والشام',
  'body_last': 'وتشير تقديرات إلى أن المسلحين استولوا على كميات كبيرة من الأسلحة والعربات الأمريكية الصنع التي كانت '
               'بحوزة القوات العراقية، ما يثير مخاوف من تقدمهم نحو مدن أخرى في الجنوب.',
  'short_lines': [],
  'chrome_not_body': ['بوابة الشمال',
                      'صحيفة عراقية يومية تصدر في أربيل',
                      'الرئيسية | نينوى | كركوك | إقليم كوردستان | بغداد | اقتصاد | مقالات',
                      'نينوى والموصل',
                      'أربيل - فراس الجبوري',
                      '2014/06/11 - 15:30',
                      'عائلات نازحة من الموصل عند نقطة تفتيش على طريق أربيل (بوابة الشمال)',
                      'اقرأ أيضاً: سجن بادوش.. ماذا حدث للسجناء بعد سيطرة المسلحين؟',
                      'الوسوم: الموصل | داعش | نينوى | النازحون',
                      'التعليقات (3)',
                      'Omar_Mosul | 2014/06/12 - 01:15',
                      'Sarah J. | 2014/06/12 - 09:40',
                      'أبو زيد الموصلي | 2014/06/12 - 10:05',
                      'جميع الحقوق محفوظة © 2014 بوابة الشمال | اتصل بنا'],
  'unlisted': [],
  'theme_lines': [{'text': 'ahli b 7ay al-zuhour w ma 3ndhom kahraba wala may. allah ysatir 3al mosul w 3ala kul l '
                           '3arab.',
                   'kind': 'comment-arabizi'},
                  {'text': 'Praying for everyone in Mosul. How could an army of that size collapse in a few hours?',
                   'kind': 'comment-other'},
                  {'text': '@Sarah J. الجيش لم يخسر معركة، القادة غادروا أولاً وتركوا الجنود بلا أوامر. هذا ما '
                           'رأيناه بأعيننا.',
                   'kind': 'comment-reply'}],
  'relative': {'phrase': 'يوم الثلاثاء', 'date': '2014-06-10'},
  'comments_first': 'ahli b 7ay al-zuhour',
  'comment_authors': ['Omar_Mosul', 'Sarah J.', 'أبو زيد الموصلي'],
  'comment_langs': {'Omar_Mosul': 'arabizi', 'Sarah J.': 'en', 'أبو زيد الموصلي': 'ar'},
  'comment_replies': {'أبو زيد الموصلي': 'Sarah J.'},
  'credits': [{'role': 'author', 'name': 'فراس الجبوري'}]},
 {'n': 5421,
  'language': 'ar',
  'situation': 9,
  'outlet': 'digital outlet: the Arabic site of a Yemeni digital newsroom on an English template (Mocha Wire / موكا '
            'واير, invented): dozens killed in US strikes on the Ras Isa fuel port',
  'title': 'عشرات القتلى بغارات أمريكية على ميناء رأس عيسى النفطي شمال الحديدة',
  'published': '2025-04-18',
  'published_note': "'18.04.2025 | 09:40' under the title (numeric D.M.Y with dots, day 18); the two embedded "
                    "English posts are dated 'April 17, 2025' (the night of the strikes); comments 19 April; the "
                    "text's 'يوم الخميس' (inside 'مساء يوم الخميس') is 17 April",
  'evidence': {'text': '18.04.2025 | 09:40'},
  'order': 'dmy',
  'pub_lines': [],
  'other_dates': [{'text': '(@YemenConflictWatch) April 17, 2025', 'date': '2025-04-17', 'role': 'embed'},
                  {'text': '(@GulfImageryLab) April 17, 2025', 'date': '2025-04-17', 'role': 'embed'},
                  {'text': '19.04.2025 | 08:20', 'date': '2025-04-19', 'role': 'comment'},
                  {'text': '19.04.2025 | 11:05', 'date': '2025-04-19', 'role': 'comment'}],
  'body_first': 'بدأت الأخبار بمنشورات متتابعة على منصات التواصل',
  'body_last': 'وحذرت منظمات إغاثة من أن تضرر الميناء قد يؤدي إلى أزمة وقود جديدة في مناطق سيطرة الحوثيين، التي '
               'تعتمد على واردات الوقود عبر موانئ الحديدة ورأس عيسى والصليف.',
  'short_lines': [],
  'chrome_not_body': ['Mocha Wire | موكا واير',
                      'Home | Yemen | Red Sea | Economy | Explainers | About',
                      'Yemen > Hodeidah',
                      '18.04.2025 | 09:40',
                      'Mocha Wire newsroom | تحرير: نادية الشرجبي',
                      'Share | Share on X | Share on WhatsApp | Copy link',
                      'BREAKING: Massive explosions reported at Ras Isa fuel port north of Hodeidah. Large fires '
                      'visible from several kilometres away. Casualty reports coming in.',
                      '— Yemen Conflict Watch (@YemenConflictWatch) April 17, 2025',
                      'Thermal imagery from overnight shows at least four storage tanks burning at Ras Isa and a '
                      'fire near the main berth. Damage assessment ongoing.',
                      '— Gulf Imagery Lab (@GulfImageryLab) April 17, 2025',
                      'Read also: What we know about the US campaign in Yemen',
                      'Tags: Ras Isa | Hodeidah | Houthis | US strikes | Red Sea',
                      'Follow us: X | Telegram | WhatsApp Channel | Instagram',
                      'Comments (2)',
                      'صالح الأهدل | 19.04.2025 | 08:20',
                      'Ahmed Q. | 19.04.2025 | 11:05',
                      '© 2025 Mocha Wire. All rights reserved. | Privacy | Terms | Cookie settings'],
  'unlisted': [],
  'theme_lines': [{'text': 'BREAKING: Massive explosions reported at Ras Isa fuel port north of Hodeidah. Large '
                           'fires visible from several kilometres away. Casualty reports coming in.',
                   'kind': 'embed-post-other'},
                  {'text': '— Yemen Conflict Watch (@YemenConflictWatch) April 17, 2025', 'kind': 'embed-handle'},
                  {'text': 'Thermal imagery from overnight shows at least four storage tanks burning at Ras Isa and '
                           'a fire near the main berth. Damage assessment ongoing.',
                   'kind': 'embed-post-other'},
                  {'text': '— Gulf Imagery Lab (@GulfImageryLab) April 17, 2025', 'kind': 'embed-handle'},
                  {'text': 'Share | Share on X | Share on WhatsApp | Copy link', 'kind': 'share-other'},
                  {'text': 'Follow us: X | Telegram | WhatsApp Channel | Instagram', 'kind': 'follow-other'},
                  {'text': 'Read also: What we know about the US campaign in Yemen', 'kind': 'read-also-other'}],
  'relative': {'phrase': 'يوم الخميس', 'date': '2025-04-17'},
  'comments_first': 'رحم الله العمال والسائقين',
  'comment_authors': ['صالح الأهدل', 'Ahmed Q.'],
  'comment_langs': {'صالح الأهدل': 'ar', 'Ahmed Q.': 'en'},
  'credits': [{'role': 'editor', 'name': 'نادية الشرجبي'}]},
 {'n': 5422,
  'language': 'ar',
  'situation': 10,
  'outlet': 'agency: the Arabic edition of a multilingual news agency (وكالة مدار الدولية للأنباء, invented): '
            'Israeli strikes on the general staff headquarters in Damascus during the Sweida clashes',
  'title': 'غارات إسرائيلية على مقر هيئة الأركان في دمشق وسط المعارك في السويداء',
  'published': '2025-07-17',
  'published_note': "'الخميس 17 تموز 2025 - 09:30 بتوقيت دمشق' under the byline (weekday D Levantine month YYYY; "
                    "06:30 UTC); the text's 'يوم الأربعاء' is 16 July, the strikes",
  'evidence': {'text': 'الخميس 17 تموز 2025 - 09:30 بتوقيت دمشق'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'شنت طائرات حربية إسرائيلية غارات على مبنى هيئة الأركان',
  'body_last': 'وقال أحد سكان حي المالكي القريب من موقع الغارات، ويدعى نزار الخطيب: «اهتزت النوافذ كلها وخرج الناس '
               'إلى الشرفات لا يصدقون ما يرون. ظننا أن أيام الغارات على دمشق انتهت».',
  'short_lines': [],
  'chrome_not_body': ['وكالة مدار الدولية للأنباء',
                      'English | العربية | Français | فارسی | Türkçe',
                      'الرئيسية | أخبار عاجلة | الشرق الأوسط | العالم | اقتصاد | صور | فيديو',
                      'الشرق الأوسط - سوريا',
                      'دمشق - لمى حداد',
                      'الخميس 17 تموز 2025 - 09:30 بتوقيت دمشق',
                      'طباعة | إرسال | شارك',
                      'سحب الدخان تتصاعد من محيط ساحة الأمويين في دمشق بعد الغارات (مدار)',
                      'المزيد من إصداراتنا بلغات أخرى',
                      'English: Israel strikes Syrian army headquarters in Damascus as Sweida fighting rages',
                      "Français : Frappes israéliennes sur l'état-major syrien au cœur de Damas",
                      'فارسی: حمله اسرائیل به ستاد ارتش سوریه در دمشق',
                      "Türkçe: İsrail, Şam'daki Suriye Genelkurmay binasını vurdu",
                      'الوسوم: سوريا | دمشق | السويداء | إسرائيل',
                      'تابعوا وكالة مدار على منصات التواصل الاجتماعي',
                      'جميع الحقوق محفوظة © 2025 وكالة مدار الدولية للأنباء'],
  'unlisted': [],
  'theme_lines': [{'text': 'English | العربية | Français | فارسی | Türkçe', 'kind': 'switcher'},
                  {'text': 'المزيد من إصداراتنا بلغات أخرى', 'kind': 'editions-label'},
                  {'text': 'English: Israel strikes Syrian army headquarters in Damascus as Sweida fighting rages',
                   'kind': 'edition-headline'},
                  {'text': "Français : Frappes israéliennes sur l'état-major syrien au cœur de Damas",
                   'kind': 'edition-headline'},
                  {'text': 'فارسی: حمله اسرائیل به ستاد ارتش سوریه در دمشق', 'kind': 'edition-headline'},
                  {'text': "Türkçe: İsrail, Şam'daki Suriye Genelkurmay binasını vurdu", 'kind': 'edition-headline'}],
  'relative': {'phrase': 'يوم الأربعاء', 'date': '2025-07-16'},
  'credits': [{'role': 'author', 'name': 'لمى حداد'}]},
 {'n': 5423,
  'language': 'ar',
  'situation': 11,
  'outlet': 'regional daily: the Arabic brief of an English-language Gulf news site (The Gulf Compass, invented): '
            'Israel strikes military sites in Iran',
  'title': 'إسرائيل تضرب مواقع عسكرية في إيران وطهران تقول إن الأضرار محدودة',
  'published': '2024-10-27',
  'published_note': "'٢٧ أكتوبر ٢٠٢٤ - ١٠:٠٥' under the title (D Egyptian month YYYY in Arabic-Indic digits); the "
                    "text's 'يوم السبت' (inside 'فجر يوم السبت') is 26 October, the strikes",
  'evidence': {'text': '٢٧ أكتوبر ٢٠٢٤ - ١٠:٠٥'},
  'pub_lines': [],
  'other_dates': [],
  'body_first': 'شنت طائرات حربية إسرائيلية ثلاث موجات',
  'body_last': 'ودانت وزارة الخارجية الإيرانية الهجوم واعتبرته انتهاكاً للقانون الدولي، مؤكدة حق بلادها في الدفاع عن '
               'نفسها.',
  'short_lines': ['ودانت وزارة الخارجية الإيرانية الهجوم واعتبرته انتهاكاً للقانون الدولي، مؤكدة حق بلادها في الدفاع '
                  'عن نفسها.'],
  'chrome_not_body': ['The Gulf Compass',
                      'Breaking | UAE | Saudi Arabia | Middle East | World | Business | Tech | Lifestyle | Sport | '
                      'عربي',
                      'Trending: Oil prices | Iran-Israel | Red Sea shipping | Lebanon | Gaza',
                      'Sign in | Subscribe from $1 a week',
                      'عربي > الشرق الأوسط',
                      '٢٧ أكتوبر ٢٠٢٤ - ١٠:٠٥',
                      'The Gulf Compass Arabic desk',
                      'Share | X | Facebook | WhatsApp | LinkedIn | Email',
                      'Related coverage',
                      'Iran says four soldiers killed in Israeli strikes, damage limited',
                      "Oil falls as markets read Israel's strikes as measured",
                      'Explainer: What Israel hit in Iran, and what it chose not to',
                      'Gulf airlines resume flights over Iraq and Iran after overnight closure',
                      'Opinion: The region has stepped back from the brink, for now',
                      'Most popular',
                      'Dubai property prices climb for a fourteenth consecutive quarter',
                      'Saudi Arabia opens applications for new tourist visas to more countries',
                      'Which Gulf airlines are flying over Iraq and Iran this weekend',
                      'Podcasts: The Compass Briefing | Gulf Markets Weekly | The Long Read',
                      'Follow The Gulf Compass on X, Instagram, LinkedIn, YouTube and WhatsApp',
                      'Tags: Iran | Israel | Middle East | Military | Tehran | Air defence',
                      "The Gulf Compass newsletter: the region's biggest stories, explained every morning. Enter "
                      'your email address | Sign up',
                      'Download the Gulf Compass app for breaking news alerts on iOS and Android',
                      'About us | Contact us | Advertise | Careers | Terms and conditions | Privacy policy | Cookie '
                      'policy',
                      '© 2024 The Gulf Compass. All rights reserved.',
                      'We use cookies and similar technologies to personalise content and ads, to provide social '
                      'media features and to analyse our traffic. By clicking Accept, you agree to our use of '
                      'cookies. Accept all | Reject | Manage preferences'],
  'unlisted': [],
  'theme_lines': [{'text': 'Related coverage', 'kind': 'related-label-other'},
                  {'text': 'Iran says four soldiers killed in Israeli strikes, damage limited',
                   'kind': 'related-other'},
                  {'text': "Oil falls as markets read Israel's strikes as measured", 'kind': 'related-other'},
                  {'text': 'Explainer: What Israel hit in Iran, and what it chose not to', 'kind': 'related-other'},
                  {'text': 'Gulf airlines resume flights over Iraq and Iran after overnight closure',
                   'kind': 'related-other'},
                  {'text': 'Opinion: The region has stepped back from the brink, for now', 'kind': 'related-other'},
                  {'text': 'Tags: Iran | Israel | Middle East | Military | Tehran | Air defence',
                   'kind': 'tags-other'},
                  {'text': "The Gulf Compass newsletter: the region's biggest stories, explained every morning. "
                           'Enter your email address | Sign up',
                   'kind': 'newsletter-other'},
                  {'text': 'We use cookies and similar technologies to personalise content and ads, to provide '
                           'social media features and to analyse our traffic. By clicking Accept, you agree to our '
                           'use of cookies. Accept all | Reject | Manage preferences',
                   'kind': 'cookie-other'}],
  'relative': {'phrase': 'يوم السبت', 'date': '2024-10-26'},
  'credits': []},
 {'n': 5424,
  'language': 'ar',
  'situation': 12,
  'outlet': 'broadcaster: the Arabic service of an Iraqi Kurdish television channel with a Sorani Kurdish template '
            '(ئاسۆ نیوز / آسو نيوز, invented): Kurdish forces declare Kobani liberated',
  'title': 'وحدات حماية الشعب تعلن تحرير كوباني بالكامل بعد أربعة أشهر من المعارك',
  'published': '2015-01-27',
  'published_note': "'27 كانون الثاني 2015 - 13:40' under the Kurdish byline (D Levantine month YYYY); the same day "
                    "stands in the masthead in Sorani Kurdish ('سێشەممە، ٢٧ی کانوونی دووەمی ٢٠١٥'); the text's 'يوم "
                    "الاثنين' is 26 January, the announcement",
  'evidence': {'text': '27 كانون الثاني 2015 - 13:40'},
  'pub_lines': ['سێشەممە، ٢٧ی کانوونی دووەمی ٢٠١٥'],
  'other_dates': [],
  'body_first': 'أعلنت وحدات حماية الشعب الكردية سيطرتها الكاملة',
  'body_last': 'وتعد استعادة المدينة أول هزيمة كبيرة للتنظيم في سوريا منذ إعلانه ما سماه دولة الخلافة في يونيو '
               'الماضي، بعد أن تقدم بسرعة في مناطق واسعة من سوريا والعراق.',
  'short_lines': [],
  'chrome_not_body': ['ئاسۆ نیوز | آسو نيوز',
                      'سەرەکی | هەواڵ | ئەمڕۆ | کوردستان | عێراق | جیهان | ڤیدیۆ | العربية',
                      'سێشەممە، ٢٧ی کانوونی دووەمی ٢٠١٥',
                      'العربية > سوريا',
                      'ڕاپۆرتی: هێمن کەریم، کۆبانێ',
                      '27 كانون الثاني 2015 - 13:40',
                      'بڵاوکردنەوە: فەیسبووک | تویتەر | واتسئاپ',
                      'مقاتلون من وحدات حماية الشعب في أحد شوارع كوباني المدمرة (آسو نيوز)',
                      'بابەتی پەیوەندیدار: کۆبانێ لە ژێر ئاگردا، ڕۆژنامەی ڕۆژانەی شەڕ',
                      'تاگەکان: کۆبانێ | یەپەگە | داعش | سووریا',
                      'هەموو مافەکان پارێزراون بۆ ئاسۆ نیوز © ٢٠١٥',
                      'بۆ وەرگرتنی هەواڵەکان لە تێلیگرام بەشداربە'],
  'unlisted': [],
  'theme_lines': [{'text': 'ئاسۆ نیوز | آسو نيوز', 'kind': 'masthead-kurdish'},
                  {'text': 'سەرەکی | هەواڵ | ئەمڕۆ | کوردستان | عێراق | جیهان | ڤیدیۆ | العربية',
                   'kind': 'menu-kurdish'},
                  {'text': 'سێشەممە، ٢٧ی کانوونی دووەمی ٢٠١٥', 'kind': 'date-kurdish'},
                  {'text': 'ڕاپۆرتی: هێمن کەریم، کۆبانێ', 'kind': 'byline-kurdish'},
                  {'text': 'بڵاوکردنەوە: فەیسبووک | تویتەر | واتسئاپ', 'kind': 'share-kurdish'},
                  {'text': 'بابەتی پەیوەندیدار: کۆبانێ لە ژێر ئاگردا، ڕۆژنامەی ڕۆژانەی شەڕ',
                   'kind': 'related-kurdish'},
                  {'text': 'تاگەکان: کۆبانێ | یەپەگە | داعش | سووریا', 'kind': 'tags-kurdish'},
                  {'text': 'هەموو مافەکان پارێزراون بۆ ئاسۆ نیوز © ٢٠١٥', 'kind': 'footer-kurdish'},
                  {'text': 'بۆ وەرگرتنی هەواڵەکان لە تێلیگرام بەشداربە', 'kind': 'follow-kurdish'}],
  'relative': {'phrase': 'يوم الاثنين', 'date': '2015-01-26'},
  'chrome_relative': ['سەرەکی | هەواڵ | ئەمڕۆ | کوردستان | عێراق | جیهان | ڤیدیۆ | العربية'],
  'credits': [{'role': 'author', 'name': 'هێمن کەریم'}]}]


# ---------------------------------------------------------------- the scorer's view, scripts
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


FA_LETTERS = set("\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d5\u06c6\u06ce\u0695\u06b5\u06a4")  # پ چ ژ گ ک ی ە ۆ ێ ڕ ڵ ڤ


def letters(s):
    return [c for c in s if unicodedata.category(c).startswith("L") and c != "\u0640"]


def ar_share(s):
    """share of the letters of s that are in the Arabic block (the scorer's range)."""
    ls = letters(s)
    return sum(1 for c in ls if "\u0600" <= c <= "\u06ff") / len(ls) if ls else 0.0


def script_of(s):
    """'ar' when most letters are Arabic script, 'latin' when most are Latin, '' when there are none."""
    if not letters(s):
        return ""
    return "ar" if ar_share(s) > 0.5 else "latin"


def has_fa(s):
    """a letter of the Persian or Kurdish alphabets, or a Persian digit (U+06F0-U+06F9)."""
    return any(c in FA_LETTERS or "\u06f0" <= c <= "\u06f9" for c in s)


def clean(s):
    """the text with its invisible marks taken out, no-break spaces made spaces and tatweel removed."""
    return "".join(" " if c == "\u00a0" else c for c in s if c not in INVISIBLE or c == "\u00a0").replace("\u0640", "")


def to_western(s):
    return s.translate({**{0x0660 + k: str(k) for k in range(10)}, **{0x06F0 + k: str(k) for k in range(10)}})


# ---------------------------------------------------------------- weekdays, relative-day words
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
           "الأحد": 6}
# Persian and Sorani Kurdish names (matched after clean(), which drops the ZWNJ that Persian writes inside 'سه شنبه'); longest
# first, so that 'یکشنبه' is not read as 'شنبه'
FA_KU_DAYS = {"دوشنبه": 0, "سه شنبه": 1, "سهشنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3, "پنج شنبه": 3,
              "جمعه": 4, "شنبه": 5, "یکشنبه": 6, "دووشەممە": 0, "سێشەممە": 1, "چوارشەممە": 2, "پێنجشەممە": 3,
              "هەینی": 4, "شەممە": 5, "یەکشەممە": 6}
_ALL_AR = {**AR_DAYS, **FA_KU_DAYS}
DAY_RE = re.compile(r"\b(%s)\b|\b(%s)\b|(%s)" % ("|".join(EN_DAYS), "|".join(d[:3] for d in EN_DAYS),
                                                "|".join(sorted(_ALL_AR, key=len, reverse=True))))
RELATIVE_RE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b|اليوم|البارحة|"
                         r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)
FA_KU_RELATIVE_RE = re.compile(r"امروز|ئەمڕۆ|دوێنێ|دیروز|فردا|سبەی")


def day_names(text):
    """[(weekday index), ...] for every weekday name in text (Arabic names also inside longer words)."""
    out = []
    for full, short, ar in DAY_RE.findall(clean(text)):
        if full:
            out.append(EN_DAYS.index(full))
        elif short:
            out.append([d[:3] for d in EN_DAYS].index(short))
        else:
            out.append(_ALL_AR[ar])
    return out


# ---------------------------------------------------------------- Gregorian and Solar Hijri dates
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
             "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
             "dec": 12}
AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
             "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2,
             "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10,
             "تشرين الثاني": 11, "كانون الأول": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6,
             "جويلية": 7, "أوت": 8}
# Sorani Kurdish names of the Gregorian months (written with the izafe 'ی' after the day and the month)
KU_MONTHS = {"کانوونی دووەم": 1, "شوبات": 2, "ئازار": 3, "نیسان": 4, "ئایار": 5, "حوزەیران": 6, "تەمموز": 7,
             "ئاب": 8, "ئەیلوول": 9, "تشرینی یەکەم": 10, "تشرینی دووەم": 11, "کانوونی یەکەم": 12}
# Solar Hijri (Persian) months
FA_MONTHS = {"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
             "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                "رمضان", "شوال", "ذو القعدة", "ذو الحجة")

# Solar Hijri to Gregorian: the arithmetic of the 'break years' table used by the jalaali
# libraries (Borkowski's method), written out here and tested against NOWRUZ before any page is read.
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
           2456, 3178)
NOWRUZ = {1393: "2014-03-21", 1394: "2015-03-21", 1395: "2016-03-20", 1396: "2017-03-21", 1397: "2018-03-21",
          1398: "2019-03-21", 1399: "2020-03-20", 1400: "2021-03-21", 1401: "2022-03-21", 1402: "2023-03-21",
          1403: "2024-03-20", 1404: "2025-03-21"}


def _nowruz(jy):
    """the Gregorian day of 1 Farvardin of the Solar Hijri year jy."""
    gy, leap_j, jp, jump = jy + 621, -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    return datetime.date(gy, 3, 20 + leap_j - leap_g)


def solar_to_gregorian(jy, jm, jd):
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError(f"no Solar Hijri day {jy}-{jm}-{jd}")
    doy = (jm - 1) * 31 if jm <= 7 else 6 * 31 + (jm - 7) * 30
    return _nowruz(jy) + datetime.timedelta(days=doy + jd - 1)


def test_solar(problems):
    for jy, day in NOWRUZ.items():
        if _nowruz(jy).isoformat() != day:
            problems.append(f"Solar Hijri arithmetic: 1 Farvardin {jy} gives {_nowruz(jy)}, want {day}")


def _names(names):
    return "|".join(sorted(names, key=len, reverse=True))


_ENM, _ARM, _KUM, _FAM = _names(EN_MONTHS), _names(AR_MONTHS), _names(KU_MONTHS), _names(FA_MONTHS)
_ENM_CAP = _names({m.capitalize() for m in EN_MONTHS} | {m.upper() for m in EN_MONTHS})
_NA = r"(?![\u0600-\u06FF])"   # not followed by another Arabic-script letter
FULL_PATTERNS = [  # (regex, how); applied in order to the cleaned, western-digit text, each match blanked out
    (re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"), lambda g: (g[0], g[1], g[2])),
    (re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"), lambda g: (g[0], g[1], g[2])),
    (re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])"), "numeric"),
    (re.compile(r"\b(\d{1,2})\s+(%s)\b\.?,?\s+(\d{4})\b" % _ENM, re.I),
     lambda g: (g[2], EN_MONTHS[g[1].lower()], g[0])),
    (re.compile(r"\b(%s)\b\.?\s+(\d{1,2}),?\s+(\d{4})\b" % _ENM, re.I),
     lambda g: (g[2], EN_MONTHS[g[0].lower()], g[1])),
    (re.compile(r"(?<!\d)(\d{1,2})\s+(%s)(?:\s*/\s*(%s))?%s\s*,?\s*(\d{4})(?!\d)" % (_ARM, _ARM, _NA)), "arabic"),
    (re.compile(r"(?<!\d)(\d{1,2})ی?\s+(%s)ی?%s\s*(\d{4})(?!\d)" % (_KUM, _NA)),
     lambda g: (g[2], KU_MONTHS[g[1]], g[0])),
    (re.compile(r"(?<!\d)(\d{1,2})\s+(%s)%s\s*(\d{4})(?!\d)" % (_FAM, _NA)), "solar"),
]
PARTIAL_PATTERNS = [  # day and month without a year; English months capitalised ("may" the verb is none)
    (re.compile(r"\b(%s)\b\.?\s+(\d{1,2})(?![\d:])" % _ENM_CAP), lambda g: (EN_MONTHS[g[0].lower()], g[1])),
    (re.compile(r"(?<![\d:])\b(\d{1,2})\s+(%s)\b" % _ENM_CAP), lambda g: (EN_MONTHS[g[1].lower()], g[0])),
    (re.compile(r"(?<![\d:])(\d{1,2})\s+(%s)%s" % (_ARM, _NA)), lambda g: (AR_MONTHS[g[1]], g[0])),
    (re.compile(r"(?<![\d:])(\d{1,2})ی?\s+(%s)%s" % (_KUM, _NA)), lambda g: (KU_MONTHS[g[1]], g[0])),
    (re.compile(r"(?<![\d:])(\d{1,2})\s+(%s)%s" % (_FAM, _NA)), lambda g: (FA_MONTHS[g[1]], g[0])),
]
HIJRI_RE = re.compile(r"(?<!\d)(\d{1,2})\s+(%s)\s+(\d{4})\s*هـ?" % _names(HIJRI_MONTHS))


def find_dates(text, order=None):
    """(full, partial): the ISO days text names with a year (Solar Hijri days converted), and the
    (month, day) pairs it names without one. ValueError on an impossible day, on two Arabic month names
    that disagree ('أيار/مايو' must be one month), and on a numeric D/M/Y date without the page order
    'dmy' or with a day not above 12. Lunar Hijri dates are not read here (see find_hijri)."""
    t = to_western(clean(text))
    t = HIJRI_RE.sub(" ", t)
    full, partial = set(), set()
    for rx, how in FULL_PATTERNS:
        for g in rx.findall(t):
            if how == "numeric":
                a, b, y = int(g[0]), int(g[2]), g[3]
                if order != "dmy":
                    raise ValueError(f"numeric date {g[0]}{g[1]}{g[2]}{g[1]}{y} needs the page order 'dmy'")
                if a <= 12 or b > 12:
                    raise ValueError(f"numeric date {g[0]}{g[1]}{g[2]}{g[1]}{y}: the day is not above 12")
                day = datetime.date(int(y), b, a)
            elif how == "arabic":
                if g[2] and AR_MONTHS[g[2]] != AR_MONTHS[g[1]]:
                    raise ValueError(f"month names {g[1]!r} and {g[2]!r} disagree")
                day = datetime.date(int(g[3]), AR_MONTHS[g[1]], int(g[0]))
            elif how == "solar":
                day = solar_to_gregorian(int(g[2]), FA_MONTHS[g[1]], int(g[0]))
            else:
                y, m, d = how(g)
                day = datetime.date(int(y), int(m), int(d))
            full.add(day.isoformat())
        t = rx.sub(" ", t)
    for rx, how in PARTIAL_PATTERNS:
        for g in rx.findall(t):
            m, d = how(g)
            datetime.date(2000, int(m), int(d))  # 2000 is a leap year
            partial.add((int(m), int(d)))
        t = rx.sub(" ", t)
    return full, partial


def find_hijri(text):
    """[(year, month, day)] of the lunar Hijri dates in text ('١١ صفر ١٤٤١ هـ')."""
    return [(int(y), HIJRI_MONTHS.index(m) + 1, int(d)) for d, m, y in HIJRI_RE.findall(to_western(clean(text)))]


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
public class HijriT54 {
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
        problems.append("no java on PATH: the Hijri date cannot be checked, so no gold is written")
        return {}
    tmp = tempfile.mkdtemp(prefix="t54-hijri-")
    try:
        src = os.path.join(tmp, "HijriT54.java")
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


# ---------------------------------------------------------------- reading a page
LATER = {"comment"}                  # dates after publication
EARLIER = {"embed", "original"}      # dates before publication (an embedded post, the translated original)


def gold_strings(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"], doc["evidence"]["text"]]
    out += doc["chrome_not_body"] + doc["unlisted"] + doc["short_lines"] + doc["pub_lines"]
    out += [d["text"] for d in doc["other_dates"]] + [c["name"] for c in doc["credits"]]
    out += [d["text"] for d in doc["theme_lines"]] + doc.get("chrome_relative", [])
    out += doc.get("comment_authors", []) + ([doc["comments_first"]] if "comments_first" in doc else [])
    for k in ("hijri", "solar_hijri"):
        if k in doc:
            out.append(doc[k]["text"])
    if "title_other" in doc:
        out.append(doc["title_other"])
    return out


def read_page(doc, complain):
    n = doc["n"]
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        complain(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"54\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        complain(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\t"):
        complain("carriage return, form feed or tab in the page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        complain("the page must end with exactly one newline")
    if not 300 <= len(raw.split()) <= 900:
        complain(f"the page has {len(raw.split())} words")
    rows = raw[:-1].split("\n")
    if any(r != r.strip() for r in rows):
        complain("a line has leading or trailing spaces")
    if (LAYOUT[n] == "blank") != ("\n\n" in raw.strip("\n")):
        complain(f"layout {LAYOUT[n]} but blank lines {'missing' if LAYOUT[n] == 'blank' else 'found'}")
    for r in rows:
        bad = {MARKS[c] for c in r if c in INVISIBLE}
        if n in ZWNJ_PAGES and bad == {"ZWNJ"} and has_fa(r) and r in doc["chrome_not_body"]:
            continue
        if bad and n not in MARK_PAGES:
            complain(f"invisible marks {sorted(bad)} outside the situation-7 pages: {r[:40]!r}")
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
        if s not in paras:
            complain(f"a short line that is not a body line: {s[:40]!r}")
    for p in paras:
        if " | " in p or (len(p.split()) < 18 and p not in doc["short_lines"]):
            complain(f"short or piped line in the body span that is neither chrome nor a listed short line: {p[:60]!r}")
    if LAYOUT[n] == "blank":
        for a in range(i, j):
            if (a in body_idx or a + 1 in body_idx) and where[a + 1] - where[a] < 2:
                complain(f"no blank line between {lines[a][:30]!r} and {lines[a + 1][:30]!r}")
        if i > 0 and where[i] - where[i - 1] < 2 or j + 1 < len(lines) and where[j + 1] - where[j] < 2:
            complain("no blank line before the body or after it")
    body = " ".join(paras)
    words = len(body.split())
    if not 5 <= len(paras) <= 12:
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
    for what in ("title", "title_other"):
        if what in doc and norm(doc[what]) in nb:
            complain(f"the {what} occurs inside the body")
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
    check_scripts(doc, ctx, complain)
    return ctx


ARABIZI_RE = re.compile(r"(?<![\w@])[a-z]*[a-z][2357]|[2357][a-z]+", re.I)


def comment_lang_ok(label, text):
    """the label of a comment (en, ar, arabizi, ar+en) agrees with its text."""
    share, arabizi = ar_share(text), len(ARABIZI_RE.findall(text))
    if label == "ar":
        return share > 0.8
    if label == "en":
        return share == 0 and arabizi == 0
    if label == "arabizi":
        return share == 0 and arabizi >= 3
    return 0.05 < share < 0.95  # ar+en


def check_comments(doc, lines, j, cset, nb, complain):
    """Returns the indices of the comment texts (the lines right after each author's line)."""
    if "comments_first" not in doc:
        if "comment_authors" in doc:
            complain("comment_authors without comments_first")
        return set()
    authors, langs = doc.get("comment_authors", []), doc.get("comment_langs", {})
    if len(authors) < 2:
        complain("fewer than two comment authors")
    if set(langs) != set(authors) or not set(langs.values()) <= COMMENT_LANGS:
        complain("comment_langs must give one known label per comment author")
    texts = {}
    for a in authors:
        ks = [k for k in range(j + 1, len(lines)) if lines[k].startswith(a + " | ") and lines[k] in cset]
        if len(ks) != 1 or ks[0] + 1 >= len(lines) or lines[ks[0] + 1] in cset:
            complain(f"comment author {a!r}: not one chrome line 'author | stamp' followed by a comment text")
            continue
        texts[a] = ks[0] + 1
        if norm(a) in nb:
            complain(f"comment author occurs inside the body: {a!r}")
        if a in langs and not comment_lang_ok(langs[a], lines[ks[0] + 1]):
            complain(f"comment by {a!r} is not in the language {langs[a]!r}: {lines[ks[0] + 1][:40]!r}")
    for a, to in doc.get("comment_replies", {}).items():
        if a not in texts or to not in texts or not texts[to] < texts[a] \
                or not lines[texts[a]].startswith("@" + to + " "):
            complain(f"the reply of {a!r} does not open with '@{to}' under {to!r}'s comment")
    starts = [k for k in range(j + 1, len(lines)) if lines[k].startswith(doc["comments_first"])]
    if len(starts) != 1 or not texts or starts[0] != min(texts.values()):
        complain("comments_first is not the prefix of the first comment text")
    if norm(doc["comments_first"]) in nb:
        complain("comments_first occurs inside the body")
    return set(texts.values())


def own_script(doc):
    return "latin" if doc["language"] == "en" else "ar"


def other_script(doc):
    return "ar" if doc["language"] == "en" else "latin"


def check_scripts(doc, ctx, complain):
    """The language by the scorer's test, the body's script, and the theme lines' roles and scripts."""
    lang, body, lines = doc["language"], ctx["body"], ctx["lines"]
    if scorer_lang(doc["body_first"]) != lang or scorer_lang(doc["title"]) != lang:
        complain(f"language {lang} disagrees with score_events.py --lang on body_first or the title")
    own = ar_share(body) if lang == "ar" else 1 - ar_share(body)
    if own < 0.8:
        complain(f"only {own:.0%} of the body's letters are in the article's script")
    if lang == "ar" and has_fa(body):
        complain("an Arabic body uses a Persian or Kurdish letter or digit")
    body_lines = {lines[k] for k in ctx["body_idx"]}
    comment_lines = {lines[k] for k in ctx["c_texts"]}
    seen = set()
    for d in doc["theme_lines"]:
        text, kind = d["text"], d["kind"]
        if kind not in THEME_KINDS:
            complain(f"theme line of unknown kind {kind!r}")
            continue
        role, script = THEME_KINDS[kind]
        pool = {"chrome": ctx["cset"], "body": body_lines, "comment": comment_lines}[role]
        if text not in pool or lines.count(text) != 1 or text in seen:
            complain(f"theme line ({kind}) is not one whole {role} line: {text[:50]!r}")
            continue
        seen.add(text)
        want = {"own": own_script(doc), "other": other_script(doc), "latin": "latin"}.get(script)
        if script == "fa" and not has_fa(text) or want and script_of(text) != want:
            complain(f"theme line ({kind}) is not written in the script {script!r}: {text[:50]!r}")


def other_script_chrome(doc):
    """the chrome lines written mostly in the script that is not the article's (or in Persian / Kurdish)."""
    own = own_script(doc)
    return [c for c in doc["chrome_not_body"] if script_of(c) not in ("", own) or own == "ar" and has_fa(c)]


# ---------------------------------------------------------------- dates, weekdays, marks
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
    if not doc.get("published_note"):
        complain("published_note is missing")
    if ctx["raw"].count(ev) != 1:
        complain(f"the evidence occurs {ctx['raw'].count(ev)} times")
    k_ev = line_of(lines, ev)
    if k_ev < 0 or k_ev in body_idx or lines[k_ev] not in cset:
        complain("the evidence is not on one chrome line outside the body")
    names_exactly(ev, pub, order, complain, "evidence")
    if h:
        if find_hijri(h["text"]) != [(h["year"], h["month"], h["day"])]:
            complain(f"the Hijri text {h['text']!r} does not read {h['year']}-{h['month']}-{h['day']}")
        if h["text"] not in ev:
            complain("the Hijri date is not inside the evidence")
        if hijri.get(pub) != (h["year"], h["month"], h["day"], "islamic-umalqura"):
            complain(f"Hijri {h['year']}-{h['month']}-{h['day']} but HijrahDate gives {hijri.get(pub)} for {pub}")
    sh = doc.get("solar_hijri")
    if sh:
        try:
            day = solar_to_gregorian(sh["year"], sh["month"], sh["day"]).isoformat()
        except ValueError as e:
            day = str(e)
        if day != pub:
            complain(f"Solar Hijri {sh['year']}-{sh['month']}-{sh['day']} is {day}, not {pub}")
        if sh["text"] not in lines or sh["text"] not in cset:
            complain("the Solar Hijri date is not one whole chrome line")
    pub_lines = [line_of(lines, p) for p in doc["pub_lines"]]
    for p, k in zip(doc["pub_lines"], pub_lines):
        if k < 0 or k in body_idx or lines[k] not in cset:
            complain(f"pub line {p!r} is not on one chrome line outside the body")
        names_exactly(p, pub, order, complain, "pub line")
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
            full, partial = find_dates(l, order)
        except ValueError as e:
            complain(f"page line {k}: {e}")
            continue
        if full - allowed:
            complain(f"stray date {sorted(full - allowed)} on line {k}: {l[:60]!r}")
        if partial:
            complain(f"date without a year {sorted(partial)} on line {k}: {l[:60]!r}")
        if pub in full:
            named_pub.append(k)
        for y, m, d in find_hijri(l):
            if not h or (y, m, d) != (h["year"], h["month"], h["day"]) or k != k_ev:
                complain(f"a lunar Hijri date that is not the listed one on line {k}: {l[:60]!r}")
    expected = [k_ev] + pub_lines + ([line_of(lines, sh["text"])] if sh else [])
    if sorted(named_pub) != sorted(expected):
        complain(f"the publication day is named in full on lines {named_pub}, want {sorted(expected)}: "
                 "the evidence, pub_lines and the Solar Hijri line")
    check_relative(doc, ctx, complain)
    check_marks(doc, ctx, complain)
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
    allowed = set(doc.get("chrome_relative", []))
    for c in allowed:
        if c not in ctx["cset"] or not FA_KU_RELATIVE_RE.search(c):
            complain(f"chrome_relative entry is not a chrome line with a Persian or Kurdish relative-day word: {c!r}")
    for k, l in enumerate(ctx["lines"]):
        if RELATIVE_RE.search(l):
            complain(f"relative-day word on line {k}: {l[:60]!r}")
        if FA_KU_RELATIVE_RE.search(l) and l not in allowed:
            complain(f"Persian or Kurdish relative-day word on a line not in chrome_relative: {l[:60]!r}")
        if k not in ctx["body_idx"] and day_names(l) and l not in ctx["cset"]:
            complain(f"weekday name on a line that is neither body nor chrome: {l[:60]!r}")


def marks_in(s):
    return sorted({MARKS[c] for c in s if c in MARKS})


def plain(s):
    """s without its invisible marks and tatweel, no-break spaces made spaces (what a reader sees)."""
    return re.sub(r" +", " ", clean(s))


def check_marks(doc, ctx, complain):
    m = doc.get("marks")
    if doc["n"] not in MARK_PAGES:
        if m:
            complain("marks listed on a page that is not a situation-7 page")
        return
    if not m or marks_in(doc["title"]) != m.get("title") or marks_in(doc["evidence"]["text"]) != m.get("evidence"):
        complain(f"marks: the title has {marks_in(doc['title'])}, the evidence {marks_in(doc['evidence']['text'])}")
    if marks_in(doc["body_first"]) or marks_in(doc["body_last"]):
        complain("a mark stands in body_first or body_last")
    if len(m.get("title", [])) < 3:
        complain("the title carries fewer than three kinds of mark")


# ---------------------------------------------------------------- situations
SWITCHER = "English | العربية | Français | فارسی | Türkçe"
EDITION_PREFIXES = ("English:", "العربية:", "Français :", "فارسی:", "Türkçe:")


def check_situation(doc, ctx, problems):
    n, k = doc["n"], doc["situation"]
    L, t, i, j, cset = ctx["lines"], ctx["t"], ctx["i"], ctx["j"], ctx["cset"]
    en = doc["language"] == "en"
    own, other = own_script(doc), other_script(doc)
    theme = {}
    for d in doc["theme_lines"]:
        theme.setdefault(d["kind"], []).append(d["text"])

    def complain(msg):
        problems.append(f"{n}: situation {k}: {msg}")

    def wc(s):
        return len(s.split())

    def at(x):
        return L[x] if 0 <= x < len(L) else ""

    if k != (n - 5400 if n <= 5412 else n - 5412) or doc["language"] != ("en" if n <= 5412 else "ar"):
        complain("the page number does not match the situation or the language")
    if (k == 7) != (n in MARK_PAGES):
        complain("marks pages and situation 7 disagree")
    named = [doc["evidence"]["text"]] + doc["pub_lines"]
    if k == 1:
        above = [x for x in range(0, t) if L[x] in cset and script_of(L[x]) == other]
        below = [x for x in range(j + 1, len(L)) if L[x] in cset and script_of(L[x]) == other]
        if script_of(L[0]) != other or len(above) < 2 or len(below) < 2:
            complain("want a masthead in the other script and 2+ other-script chrome lines above the title and below the body")
    elif k == 2:
        to = doc.get("title_other")
        if not to or at(t - 1) != to or to not in cset or script_of(to) != other or script_of(doc["title"]) != own:
            complain("want the other language's headline (title_other, chrome) right above the title")
    elif k == 3:
        if en:
            ok = any(script_of(x) == "ar" and re.search("[\u0660-\u0669]", x) for x in named) \
                and doc.get("solar_hijri") and re.search("[\u06f0-\u06f9]", doc["solar_hijri"]["text"])
        else:
            ok = any(re.search(r"\d{4}-\d{2}-\d{2}", x) for x in named) \
                and any(re.search(r"\b(%s)\b" % _ENM, x, re.I) and ar_share(x) > 0 for x in named) \
                and doc.get("hijri") and re.search("[\u0660-\u0669]", doc["hijri"]["text"])
        if not ok:
            complain("want the publication day in the other script or digits and a Hijri or Solar Hijri date beside it")
    elif k == 4:
        q, tr = theme.get("quote-other", []), theme.get("quote-translation", [])
        body_lines = [L[x] for x in ctx["body_idx"]]
        if len(q) != 1 or len(tr) != 1 or wc(q[0]) < 12 or q[0] not in body_lines or tr[0] not in body_lines \
                or body_lines.index(tr[0]) != body_lines.index(q[0]) + 1:
            complain("want a body line in the other language followed by its translation as the next body line")
    elif k == 5:
        note = [x for x in cset if re.search(r"translated from Arabic|مترجم|بالإنجليزية.*ترجمت", x)]
        link = [x for x in cset if re.match(r"Read in Arabic|Read this in English", x)]
        orig = theme.get("original-headline", [])
        ok = len(note) == 1 and len(link) == 1 and len(orig) == 1 and script_of(orig[0]) == other \
            and any(c["role"] == "translator" for c in doc["credits"]) \
            and any(d["role"] == "original" for d in doc["other_dates"])
        if not ok:
            complain("want a translation note, a link to the original, its headline and date, and a translator")
    elif k == 6:
        if en:
            names = re.findall(r"\([\u0600-\u06FF ]+\)", ctx["body"])
            first = re.search(r"\([\u0600-\u06FF ]+\)", doc["body_first"])
        else:
            names = set(re.findall(r"[A-Za-z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*)*", ctx["body"]))
            first = re.search(r"[A-Za-z]", doc["body_first"])
        if len(names) < 5 or not first:
            complain(f"want 5+ names in the other script in the body, one in body_first (found {len(names)})")
    elif k == 8:
        langs = doc.get("comment_langs", {})
        scripts = {script_of(a) for a in doc.get("comment_authors", [])}
        ok = len(langs) >= 3 and ("ar" if en else "en") in langs.values() and "arabizi" in langs.values() \
            and doc.get("comment_replies") and scripts >= {"ar", "latin"}
        if not ok:
            complain("want 3+ comments in both languages and in Arabizi, authors in both scripts, and a reply")
    elif k == 9:
        posts, handles = theme.get("embed-post-other", []), theme.get("embed-handle", [])
        embeds = {d["date"] for d in doc["other_dates"] if d["role"] == "embed"}
        pos = [L.index(p) for p in posts]
        ok = len(posts) >= 2 and len(handles) == len(posts) \
            and all(at(x + 1) in handles and re.match(r"— .+ \(@\w+\) ", at(x + 1)) for x in pos) \
            and all(find_dates(h, doc.get("order"))[0] and find_dates(h, doc.get("order"))[0] <= embeds for h in handles) \
            and any(i - 4 <= x < i for x in pos) and any(i < x < j for x in pos) \
            and theme.get("share-other") and theme.get("follow-other")
        if not ok:
            complain("want 2+ dated embedded posts in the other language (one leading the text, one inside it) and share / follow lines in the other language")
    elif k == 10:
        heads = theme.get("edition-headline", [])
        label = theme.get("editions-label", [])
        ok = L.count(SWITCHER) == 1 and L.index(SWITCHER) < t and SWITCHER in cset and len(label) == 1 \
            and L.index(label[0]) > j and len(heads) == 4 \
            and all(L.index(h) > L.index(label[0]) and h.startswith(EDITION_PREFIXES) for h in heads) \
            and not any(h.startswith(("English:",) if en else ("العربية:",)) for h in heads)
        if not ok:
            complain("want the switcher line above the title, and an editions label with four headlines of the other editions after the body")
    elif k == 11:
        chrome_words = sum(wc(c) for c in doc["chrome_not_body"])
        other_words = sum(wc(c) for c in doc["chrome_not_body"] if script_of(c) == other)
        body_words = ctx["stats"][1]
        if not 250 <= body_words <= 280 or chrome_words < body_words or other_words < 0.6 * chrome_words:
            complain(f"want a 250-280-word body in longer chrome, 60%+ of it in the other script "
                     f"(body {body_words}, chrome {chrome_words}, other {other_words})")
    elif k == 12:
        fa = [c for c in doc["chrome_not_body"] if has_fa(c)]
        clean_body = ar_share(ctx["body"]) == 0 if en else not has_fa(ctx["body"])
        if len(fa) < 6 or not doc.get("chrome_relative") or not clean_body:
            complain("want 6+ Persian or Kurdish chrome lines with a 'today' menu item around a body free of them")


# ---------------------------------------------------------------- synthetic output and main
VARIANTS = ("gold", "span", "page", "strip", "other-title")


def synth(out_dir, variant, ctxs):
    """DIR/documents.jsonl built from the gold itself, for score_events.py. Variants: gold (the gold
    title and day, body = the span's body lines, comments, credits); span (the whole span as body, chrome
    inside it kept); page (the whole page as body); strip (as gold, but the title and the body with their
    invisible marks and tatweel taken out and no-break spaces made spaces, as a tool that cleans its text
    would give them); other-title (as gold, but the title taken from the other language's line: the
    situation-2 pages' other headline, the situation-5 pages' original headline). Never inside the
    repository."""
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
            body = "\n".join(L[k] for k in keep)
            title = doc["title"]
            if variant == "strip":
                title, body = plain(title), "\n".join(plain(L[k]) for k in keep)
            elif variant == "other-title":
                orig = [d["text"] for d in doc["theme_lines"] if d["kind"] == "original-headline"]
                title = doc.get("title_other") or (orig[0] if orig else title)
            comments = [{"author": a, "text": doc["comments_first"] if k == 0 else "", "start": None, "end": None,
                         "reply_to": None} for k, a in enumerate(doc.get("comment_authors", []))]
            rec = {"doc_id": f"t54-synth-{doc['n']}", "input": c["name"], "language": doc["language"],
                   "title": title,
                   "published": {"value": doc["published"], "precision": "day", "basis": "page",
                                 "evidence": doc["evidence"]["text"]},
                   "credits": doc["credits"], "text": c["raw"], "body": {"text": body, "paragraphs": []},
                   "comments": comments}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} synthetic documents ({variant}) to {out_dir}/documents.jsonl")
    return 0


KEYS = ("language", "situation", "outlet", "title", "title_other", "published", "published_note", "evidence",
        "order", "hijri", "solar_hijri", "pub_lines", "other_dates", "body_first", "body_last", "chrome_not_body",
        "theme_lines", "marks", "relative", "chrome_relative", "comments_first", "comment_authors",
        "comment_langs", "comment_replies", "credits")


def main(argv):
    problems, out, ctxs = [], [], {}
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        problems.append(f"expected documents {FIRST}-{LAST} in order")
    test_solar(problems)
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
        rec["other_script_chrome"] = other_script_chrome(doc)
        if doc["n"] in MARK_PAGES:
            rec["title_plain"] = plain(doc["title"])
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
        if variant not in VARIANTS:
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
