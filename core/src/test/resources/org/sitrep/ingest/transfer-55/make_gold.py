#!/usr/bin/env python3
"""Build and check transfer-55.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py            checks, then writes transfer-55.gold.json beside this script
       python3 make_gold.py --check    checks only, writes nothing
       python3 make_gold.py --synth DIR [--variant gold|span|page|raw]
                                       checks, then writes DIR/documents.jsonl built from the gold itself,
                                       for score_events.py (DIR must lie outside the repository)

Theme: WHAT THE MARKUP LEAVES IN THE TEXT. Every page is a crawler's flattened text (one block per line,
no wrapping) of an ordinary news article page whose text still carries residue of its markup or of the
crawl. Twelve situations (SITUATIONS), each once per language: 55NN English and 55NN+12 Arabic.

Written for this set by the t55 annotator. The shape follows transfer-54's make_gold.py (read for the
format); the code is new. The per-page decisions are typed in DOCS below: the title, the body edges, the
chrome lines inside the body span (`inside`, given by a distinctive part of each line), the lines whose
text the body itself contains (`unlisted`, the repeated lead of situation 8), comments, credits, dates and
the theme lines (kind + a distinctive part; the script resolves each to its one whole line). Every other
non-empty line that is not the title, a body line or a comment text is chrome: `chrome_not_body` is
computed from the page, so a chrome line cannot be forgotten, and a line wrongly left in the body is
caught by the body-line rules below (prose of 15+ words, no ' | ', no residue).

READER FORM. On the situation-1 pages (5501, 5513) the page carries HTML entities. The gold strings are
the text a reader sees: each line is read through html.unescape, and no-break spaces become spaces
(`reader`). `title_raw` and `entity_lines` keep the lines as the page has them. On every other page the
reader form is the page itself, and an entity anywhere is refused.

Checks (any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 55NN_<slug>.txt, documents 5501-5524 in order, 12 per language; each
    page ends with one newline, has no tab / CR / form feed / invisible format mark / NBSP / C1 control
    character, no line with outer spaces, 300-1000 words, the layout of LAYOUT (`blank`: a blank line
    before and after every body line and around the body; `lines`: no blank line);
  * every gold string is non-empty, single-line, without outer spaces and verbatim in the reader form of
    its page;
  * the title is one whole line above body_first's line, not chrome, not inside the normalized body;
  * body_first is the prefix of exactly one line after the title and body_last exactly one whole line
    after it; every line of the span between them is a body line, an `inside` chrome line or an
    `unlisted` line; every `inside` line lies inside the span;
  * the body: 280-600 words, 5-14 paragraphs, each of 15+ words, without ' | ', ending in . or a closing
    quotation mark, without entities, template, script, mojibake or image residue; after the scorer's
    normalization it holds no chrome line longer than 3 characters, not the title, not comments_first,
    no comment author and no credited name, and it holds every unlisted line;
  * scripts: body_first and the title pass score_events.py's script test for the page's language; 80% of
    the body's letters are in the article's script;
  * comments: comments_first the prefix of the first comment text; two or more authors, each on one
    chrome line 'author | stamp' after the body followed by its text; a language label (en, ar, arabizi,
    ar+en) that agrees with the text; replies open with '@author'; credits (author, editor) each on a
    chrome line outside the body span;
  * dates: the evidence occurs once, on a chrome line outside the body, and names exactly the publication
    day (a weekday in it must fall on that day); pub_lines are the other lines naming the publication
    day; every other full date on any line is listed in other_dates with a role on the right side of the
    publication day (later: comment, crawl, modified; earlier: embed, photo-file, jsonld-utc), on chrome
    lines; no line names a day and month without a year; Unix epochs (10 digits) are listed in `epochs`
    and fall on the publication day in the page's time zone; an ISO stamp with an offset is converted;
  * relative phrase: names the weekday of its date, 1-7 days before publication, once in the body, the
    body's only weekday name; weekday names elsewhere only on chrome lines; no today / tonight /
    yesterday / tomorrow / اليوم / الليلة / أمس / غدا / البارحة anywhere;
  * residue: entities only on the situation-1 pages; shortcodes and template placeholders only on
    situation-2 pages; mojibake (UTF-8 read as Windows-1252) only on situation-6 pages, only on chrome
    lines, and every mojibake line decodes back to clean text;
  * theme lines: each resolves to one whole line of the role its kind requires (title, evidence, body,
    chrome inside or outside the span, unlisted) and matches the kind's pattern; each situation's
    required kinds are present (REQUIRED), plus a rule per situation (check_situation).
The json is loaded again after writing and compared with what was written.
"""
import datetime, glob, html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-55.gold.json")
REPO = HERE.split(os.sep + "core" + os.sep + "src" + os.sep)[0]
FIRST, LAST = 5501, 5524

SITUATIONS = {
    1: "HTML entities left unescaped in the title, the date line and the body (named and numeric, Arabic letters as numeric entities)",
    2: "CMS shortcodes and template residue: [caption]...[/caption], [embed], [related_posts], {{ placeholders }}, %%date%%, 'undefined' and 'null' bylines",
    3: "script, style and JSON-LD text dumped into the page (dataLayer, CSS rules, ad-slot scripts, a JSON-LD block with datePublished)",
    4: "image residue: file names, alt texts, 'Image:' / 'Photo:' credits and lazy-load placeholders inside the text",
    5: "advertisement and widget placeholders inside the body: ADVERTISEMENT, scroll-to-continue, story continues below, newsletter box, sponsored line",
    6: "mojibake (UTF-8 read as Windows-1252) on chrome lines, never on the title or the body",
    7: "accessibility and navigation text: skip links, menu toggles, breadcrumbs, 'opens in new window', back to top",
    8: "the crawl repeated parts: og:description repeating the lead above the headline, an SEO title with the site name above the H1, a summary box",
    9: "pagination and continue-reading residue: page 1 of 2, show full article, continue reading, next page, the second page following",
    10: "machine timestamps beside the human date: ISO string, Unix epoch, 'hours ago', 'updated ... ago', a crawl date line",
    11: "social and embed residue: Instagram and X embed text, pic.twitter.com links, signature lines, video blocks with durations, follow lines",
    12: "legal and tracking tail text: cookie notice, copyright, funding note, reporting and editing credits, standards line, correction",
}
# situation k: English page 5500+k, Arabic page 5512+k. English odd and Arabic even situations are
# `blank`, the others `lines` (as in transfer-54): six of each per language.
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[5500 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[5512 + _k] = "lines" if _k % 2 else "blank"

CREDIT_ROLES = {"author", "editor", "translator", "translation-editor"}
COMMENT_LANGS = {"en", "ar", "arabizi", "ar+en"}
LATER = {"comment", "crawl", "modified"}
EARLIER = {"embed", "photo-file", "jsonld-utc"}

# ---------------------------------------------------------------- residue patterns
ENTITY_RE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
TEMPLATE_RE = re.compile(r"\[/?(caption|embed|related_posts)\b[^\]]*\]|\{\{[^}]*\}\}|%%\w+%%|:\s*(undefined|null)$")
MOJI_RE = re.compile(r"â€|Ã[\x80-\xbf\u0152-\u203a]|Â[©·°]|[ØÙ][\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a]")
SCRIPT_RE = re.compile(r"window\.dataLayer|googletag\.|typeof \w+|\{\"@context\"|^[.#][\w.\- ]+\{[^}]*\}")
IMAGE_RE = re.compile(r"\.(jpe?g|png|webp|gif)\b|^data:image/|^alt=", re.I)

# theme-line kinds: (role, pattern the line must match). Roles: title, evidence, body, in (chrome inside
# the body span), out (chrome outside it), chrome (either), unlisted.
KINDS = {
    "entity-title": ("title", None), "entity-date": ("evidence", None), "entity-body": ("body", None),
    "entity-chrome": ("chrome", None),
    "shortcode-caption": ("chrome", r"^\[caption id=\"attachment_\d+\".*\[/caption\]$"),
    "shortcode-embed": ("in", r"^\[embed\]https?://\S+\[/embed\]$"),
    "shortcode-related": ("in", r"^\[related_posts [^\]]*\]$"),
    "template-var": ("chrome", r"\{\{ ?\w+ ?\}\}"), "template-date": ("out", r"^%%date%%$"),
    "template-null": ("out", r":\s*(undefined|null)$"),
    "script-datalayer": ("out", r"^window\.dataLayer = "), "css-rule": ("out", r"^[.#][\w.\- ]+\{[^}]*\}"),
    "json-ld": ("out", r"^\{\"@context\":\"https://schema\.org\".*\"datePublished\":"),
    "script-inline": ("in", r"googletag\.|typeof \w+"),
    "image-file": ("chrome", r"\.(jpe?g|png)$"), "image-loading": ("chrome", r"^(Loading image\.\.\.|جارٍ تحميل الصورة\.\.\.)$"),
    "image-alt": ("chrome", r"^(Image: |alt=\"|صورة: )"), "image-credit": ("chrome", r"^(Photo: |الصورة: )"),
    "image-placeholder": ("in", r"^data:image/gif;base64,"),
    "ad-label": ("in", r"^(ADVERTISEMENT|إعلان)$"), "ad-scroll": ("in", r"^Advertisement - Scroll to continue$"),
    "ad-continues": ("in", r"^(Story continues below|تابع القراءة أدناه)$"),
    "newsletter-box": ("in", r"(inbox|Sign up|اشترك|اشتراك)"), "sponsored": ("in", r"^(Sponsored|محتوى مدعوم) \| "),
    "mojibake": ("chrome", None),
    "skip-link": ("out", r"^(Skip to|تخطي إلى)"), "menu-toggle": ("out", r"^(Open menu|Close menu|فتح القائمة|إغلاق القائمة)$"),
    "breadcrumb": ("out", r" [›»] .* [›»] "), "new-window": ("chrome", r"\((O|o)pens in new window\)|\(يفتح في نافذة جديدة\)"),
    "back-to-top": ("out", r"^(Back to top|العودة إلى الأعلى)"),
    "og-description": ("unlisted", None), "seo-title": ("out", r" \| "), "summary-label": ("out", r"^(Summary|ملخص المقال)$"),
    "summary-item": ("out", r"^• "),
    "page-count": ("chrome", r"^(Page [12] of 2|الصفحة [12] من 2)$"), "show-full": ("in", r"^(Show full article|عرض المقال كاملاً)$"),
    "continue-reading": ("in", r"^(Continue reading|اقرأ المزيد)$"), "next-page": ("in", r"^(Next page ›|الصفحة التالية ›)$"),
    "prev-page": ("out", r"^(‹ Previous page|‹ الصفحة السابقة) \| "),
    "iso-stamp": ("out", r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$"), "epoch": ("out", r"^data-\w+=\"\d{10}\"$"),
    "ago": ("out", r"\b(hours|m) ago\b|منذ \d+ ساعات"), "crawl": ("out", r"^(Crawled: |تاريخ الأرشفة: )"),
    "comment-ago": ("out", r"\| (\d+ hours? ago|منذ .+)$"),
    "instagram": ("in", r"^View this post on Instagram$"), "post-shared": ("in", r"^A post shared by .+ \(@\w+\)$"),
    "tweet": ("in", r"pic\.twitter\.com/\w+$"), "tweet-signature": ("in", r"^— .+ \(@\w+\) "),
    "watch": ("in", r"^(Watch|شاهد): "), "duration": ("in", r"^\d\d:\d\d$"), "telegram": ("out", r"(Telegram|تيليغرام)"),
    "cookie": ("out", r"(cookies|ملفات تعريف الارتباط)"), "copyright": ("out", r"©"),
    "funding": ("out", r"^(This article was produced with|أنتج هذا التقرير بدعم)"),
    "credits-line": ("out", r"^(Reporting by .+; Editing by |إعداد: .+ \| تحرير: )"),
    "trust": ("out", r"^(Our Standards: |معاييرنا: )"), "correction": ("out", r"^(Correction: |تصحيح: )"),
}
REQUIRED = {
    1: {"entity-title", "entity-date", "entity-body", "entity-chrome"},
    2: {"shortcode-caption", "shortcode-embed", "shortcode-related", "template-var", "template-date", "template-null"},
    3: {"script-datalayer", "css-rule", "json-ld", "script-inline"},
    4: {"image-file", "image-loading", "image-alt", "image-credit"},
    5: {"ad-label", "ad-continues", "newsletter-box", "sponsored"},
    6: {"mojibake"},
    7: {"skip-link", "menu-toggle", "breadcrumb", "new-window", "back-to-top"},
    8: {"og-description", "seo-title", "summary-label", "summary-item"},
    9: {"page-count", "show-full", "continue-reading", "next-page", "prev-page"},
    10: {"iso-stamp", "epoch", "ago", "crawl", "comment-ago"},
    11: {"instagram", "post-shared", "tweet", "tweet-signature", "watch", "duration", "telegram"},
    12: {"cookie", "copyright", "funding", "credits-line", "trust", "correction"},
}

ABOUT = [
    "Fifty-fifth transfer check set (t55): 24 text pages, 12 English (5501-5512) and 12 Arabic (5513-5524). Theme: WHAT THE MARKUP LEAVES IN THE TEXT. Each page is a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page (templates of 2016-2026) whose text still carries residue of its markup or of the crawl. Twelve situations, each once per language (55NN and 55NN+12 share it, with different stories and invented outlets: broadcasters, regional dailies, agencies, wires, party and digital outlets, aggregators): (1) HTML entities in the title, the date line and the body; (2) CMS shortcodes and unfilled template placeholders; (3) script, style and JSON-LD text; (4) image file names, alt texts, photo credits and lazy-load placeholders; (5) advertisement, newsletter and sponsored placeholders inside the body; (6) mojibake on chrome lines; (7) accessibility and navigation text; (8) og:description, SEO title and summary box repeating the text; (9) pagination and continue-reading residue; (10) ISO, epoch, 'ago' and crawl timestamps beside the date line; (11) social and embed residue; (12) legal and tracking tail text. Stories of 2014-2025 in Syria, Iraq, Yemen, Libya, Sudan, Lebanon, Gaza / Israel, Iran, Somalia, the Sahel and the Red Sea, none of transfer-54's. Outlets, writers, witnesses, commenters, accounts and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t55 annotator without reading any Sitrep source, resource, tools/ script or Java test, without running Sitrep and without seeing any Sitrep output on these pages; of the other sets only transfer-54's README.md, make_gold.py, transfer-54.gold.json and its pages 5402, 5414 and 5420 were read, for the format. Layout per page in make_gold.py's LAYOUT. Odd situations (pages 5501, 5503, ..., 5511 and 5513, ..., 5523) may be studied later; even situations stay the check.",
    "Gold conventions: gold strings are the text a reader sees; on the situation-1 pages (5501, 5513) that is the page's line with its HTML entities decoded (html.unescape, no-break spaces as spaces), and title_raw / entity_lines keep the raw lines. The title is the article's headline (the H1 line, never the SEO title with the site name, the JSON-LD headline or the og:description). The body is the article's own text from its first paragraph to its last, across pagination; never body: residue of markup or crawl (entities aside, which are decoded), shortcodes and placeholders, script, style and JSON-LD lines, image file names, alt texts, photo credits and loading lines, advertisement, newsletter and sponsored lines, mojibake lines, skip links and other accessibility text, og:description and summary boxes, page counters and continue-reading buttons, machine timestamps and crawl lines, embedded posts and their signatures, video blocks, follow lines, and the tail (reporting / editing credits, funding note, standards line, correction, copyright, cookie notice). The publication date is the day the page states for the article in its own date line, in the outlet's time zone: never a crawl date, a modification date, a comment stamp, an embedded post's date or a photo file's date; a JSON-LD datePublished in UTC that falls on the previous day (5515) is the same instant, and the page's day is the local one. chrome_not_body lists every chrome line (computed from the page); chrome_inside the chrome lines between body_first and body_last; unlisted the repeated lead (situation 8), whose text the body contains. Each text has one relative-day phrase (`relative`), 1-7 days before publication. Credits: byline names (author) and editing credits (editor); photographers, desks, placeholders ('{{ author_name }}', 'undefined', 'null') and outlets are not credited. No events are coded in this set (events: []).",
]

# ---------------------------------------------------------------- the per-page decisions
# theme: (kind, a distinctive part of the line); inside: distinctive parts of the chrome lines inside the
# span; other_dates / pub_lines / evidence texts are parts of lines.
DOCS = [
 {"n": 5501, "language": "en", "situation": 1,
  "outlet": "regional daily: the site of a Sudanese English-language daily (The Nile Courier, invented): the army retakes the Republican Palace in Khartoum",
  "title": "Sudan\u2019s army retakes Republican Palace in Khartoum after nearly two years of RSF control",
  "published": "2025-03-22",
  "published_note": "'Saturday 22 March 2025&nbsp;&#8211;&nbsp;09:15 CAT' under the byline (entities decoded: 'Saturday 22 March 2025 \u2013 09:15 CAT'; 07:15 UTC, the same day); the text's 'on Friday' is 21 March, when the army released its footage",
  "evidence": "Saturday 22 March 2025 \u2013 09:15 CAT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Sudan\u2019s army said it had taken full control of the Republican Palace",
  "body_last": "The war has killed tens of thousands of people and driven more than 12 million from their homes, according to United Nations estimates, creating what aid agencies describe as the world\u2019s largest displacement crisis.",
  "inside": ["Soldiers inside the Republican Palace compound", "Read more: Who controls what in Khartoum?"],
  "theme": [("entity-title", "Sudan\u2019s army retakes Republican Palace"), ("entity-date", "Saturday 22 March 2025"),
            ("entity-body", "Sudan\u2019s army said it had taken full control"), ("entity-body", "We heard the shooting all night"),
            ("entity-chrome", "By Amna Osman & Khalid Bakhit"), ("entity-chrome", "Soldiers inside the Republican Palace compound"),
            ("entity-chrome", "\u00a9 2025 The Nile Courier")],
  "relative": {"phrase": "on Friday", "date": "2025-03-21"},
  "credits": [{"role": "author", "name": "Amna Osman"}, {"role": "author", "name": "Khalid Bakhit"}]},
 {"n": 5502, "language": "en", "situation": 2,
  "outlet": "aggregator: a Libya news digest on WordPress (Libya Desk Digest, invented): Haftar orders his forces to march on Tripoli",
  "title": "Haftar orders his forces to march on Tripoli as the UN chief visits the capital",
  "published": "2019-04-05",
  "published_note": "'Published: 5 April 2019, 10:05' under the unfilled placeholders 'By {{ author_name }}' and '%%date%%' (D Month YYYY; Tripoli time, 08:05 UTC); comments 6 April; the text's 'on Thursday' is 4 April, Haftar's audio message",
  "evidence": "Published: 5 April 2019, 10:05",
  "pub_lines": [],
  "other_dates": [{"text": "April 6, 2019 at 08:12", "date": "2019-04-06", "role": "comment"},
                  {"text": "April 6, 2019 at 09:30", "date": "2019-04-06", "role": "comment"}],
  "body_first": "Khalifa Haftar, the commander of the self-styled Libyan National Army,",
  "body_last": "\"People are filling their cars with fuel and buying bread in case the roads are closed,\" said Mariam Ben Khalifa, a teacher in the Qasr Ben Ghashir district on the southern edge of Tripoli. \"We have lived through this before and we know how quickly it spreads.\"",
  "inside": ["[embed]https://www.youtube.com", "[related_posts limit"],
  "theme": [("shortcode-caption", "[caption id=\"attachment_48213\""), ("shortcode-embed", "[embed]"),
            ("shortcode-related", "[related_posts"), ("template-var", "By {{ author_name }}"), ("template-var", "{{ share_buttons }}"),
            ("template-var", "{{ newsletter_box }}"), ("template-date", "%%date%%"), ("template-null", "Posted by: undefined"),
            ("template-null", "Filed under: null")],
  "relative": {"phrase": "on Thursday", "date": "2019-04-04"},
  "comments_first": "Gharyan fell in a few hours.",
  "comment_authors": ["Tarek_B", "Libyan_in_Leeds"],
  "comment_langs": {"Tarek_B": "en", "Libyan_in_Leeds": "en"},
  "credits": []},
 {"n": 5503, "language": "en", "situation": 3,
  "outlet": "wire: a regional news wire (Eastbridge Wire, invented): a US strike in Baghdad kills Qassem Soleimani",
  "title": "US strike in Baghdad kills Iran's Qassem Soleimani and Iraqi militia leader",
  "published": "2020-01-03",
  "published_note": "'Published 3 January 2020 | 11:30 AST' under the byline (D Month YYYY; 08:30 UTC); the JSON-LD block above the masthead agrees ('datePublished':'2020-01-03T08:30:00Z', the same instant) and gives 'dateModified':'2020-01-04T06:10:00Z', the next day, which is not the publication; the text's 'on Tuesday' is 31 December 2019, the storming of the embassy compound",
  "evidence": "Published 3 January 2020 | 11:30 AST",
  "pub_lines": ["\"datePublished\":\"2020-01-03T08:30:00Z\""],
  "other_dates": [{"text": "\"dateModified\":\"2020-01-04T06:10:00Z\"", "date": "2020-01-04", "role": "modified"}],
  "jsonld": {"published_utc": "2020-01-03T08:30:00Z", "offset": "+03:00", "local_time": "11:30"},
  "body_first": "A US drone strike near Baghdad International Airport killed Qassem Soleimani,",
  "body_last": "Soleimani, 62, had led the Quds Force for more than two decades, directing Iran's network of allied armed groups in Iraq, Syria, Lebanon and Yemen, and was widely seen as the second most powerful figure in the Islamic Republic.",
  "inside": ["googletag.cmd.push", "if(typeof EBW"],
  "theme": [("script-datalayer", "window.dataLayer"), ("css-rule", ".article-body p{"), ("css-rule", ".footer-links a{"),
            ("json-ld", "{\"@context\""), ("script-inline", "googletag.cmd.push"), ("script-inline", "if(typeof EBW")],
  "relative": {"phrase": "on Tuesday", "date": "2019-12-31"},
  "credits": [{"role": "author", "name": "Daniel Reyes"}, {"role": "author", "name": "Zainab al-Saadi"}]},
 {"n": 5504, "language": "en", "situation": 4,
  "outlet": "digital outlet: a Yemeni English-language news site (Yemen Frontline, invented): the coalition air strike on a school bus in Dahyan",
  "title": "Coalition air strike on school bus in Saada kills dozens of children",
  "published": "2018-08-10",
  "published_note": "'10 August 2018 | 09:40 Sanaa time' under the byline (D Month YYYY; 06:40 UTC); the lead image's file name above the title carries 2018-08-09, the day of the strike, not the publication; the text's 'on Thursday' is 9 August",
  "evidence": "10 August 2018 | 09:40 Sanaa time",
  "pub_lines": [],
  "other_dates": [{"text": "dahyan-market-bus-strike-2018-08-09.jpg", "date": "2018-08-09", "role": "photo-file"}],
  "body_first": "An air strike by the Saudi-led coalition hit a bus carrying schoolchildren",
  "body_last": "Aid agencies have repeatedly warned that air strikes on markets, weddings and funerals are killing civilians at a high rate in a war that has pushed Yemen to the brink of famine and left millions without clean water or medical care.",
  "inside": ["IMG_4521.jpg", "Loading image...", "Image: A boy's schoolbag", "Photo: Yemen Frontline", "data:image/gif;base64"],
  "theme": [("image-file", "dahyan-market-bus-strike-2018-08-09.jpg"), ("image-file", "IMG_4521.jpg"),
            ("image-loading", "Loading image..."), ("image-alt", "Image: Relatives gather"), ("image-alt", "Image: A boy's schoolbag"),
            ("image-credit", "Photo: Handout"), ("image-credit", "Photo: Yemen Frontline"), ("image-placeholder", "data:image/gif")],
  "relative": {"phrase": "on Thursday", "date": "2018-08-09"},
  "credits": [{"role": "author", "name": "Yasser al-Hamdi"}]},
 {"n": 5505, "language": "en", "situation": 5,
  "outlet": "broadcaster: the English site of a Lebanese television channel (Cedar Coast TV, invented): pagers used by Hezbollah members explode across Lebanon",
  "title": "Pagers used by Hezbollah members explode across Lebanon, killing at least nine and wounding thousands",
  "published": "2024-09-18",
  "published_note": "'18 September 2024 | 08:30 Beirut' under the byline (D Month YYYY; 05:30 UTC); comments 19 September; the text's 'on Tuesday' is 17 September, the explosions",
  "evidence": "18 September 2024 | 08:30 Beirut",
  "pub_lines": [],
  "other_dates": [{"text": "19 September 2024, 08:14", "date": "2024-09-19", "role": "comment"},
                  {"text": "19 September 2024, 10:02", "date": "2024-09-19", "role": "comment"}],
  "body_first": "Thousands of pagers used by members of Hezbollah exploded",
  "body_last": "Analysts said the attack exposed a serious breach in Hezbollah's communications network, which the group had turned to after its leader urged members to give up their mobile phones, and raised fears that the conflict could widen.",
  "inside": ["ADVERTISEMENT", "Advertisement - Scroll to continue", "Levant Briefing: the day's top stories", "Enter your email address",
             "Story continues below", "Sponsored | Five hidden beaches"],
  "theme": [("ad-label", "ADVERTISEMENT"), ("ad-scroll", "Advertisement - Scroll"), ("ad-continues", "Story continues below"),
            ("newsletter-box", "Levant Briefing:"), ("newsletter-box", "Enter your email address"), ("sponsored", "Sponsored |")],
  "relative": {"phrase": "on Tuesday", "date": "2024-09-17"},
  "comments_first": "My cousin is a nurse at a hospital in the south.",
  "comment_authors": ["Rami_Haddad", "Nour K."],
  "comment_langs": {"Rami_Haddad": "en", "Nour K.": "en"},
  "credits": [{"role": "author", "name": "Rita Karam"}]},
 {"n": 5506, "language": "en", "situation": 6,
  "outlet": "regional daily: the English site of a Mogadishu daily (Benadir Herald, invented): the al-Shabab siege of the Hayat Hotel ends",
  "title": "Somali forces end 30-hour al-Shabab siege of Mogadishu hotel, at least 21 dead",
  "published": "2022-08-21",
  "published_note": "'21 August 2022 | 08:00 EAT' under the byline (D Month YYYY; 05:00 UTC); the text's 'on Friday' is 19 August, when the attack began",
  "evidence": "21 August 2022 | 08:00 EAT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Somali security forces ended a siege of the Hayat Hotel in Mogadishu",
  "body_last": "Residents criticised the time it took to end the siege, and some relatives of the victims gathered outside the Medina and Erdogan hospitals on the second night, waiting for news of those who had been inside the hotel when the gunmen attacked.",
  "inside": ["Editor\u00e2\u20ac\u2122s picks"],
  "theme": [("mojibake", "Somalia\u00e2\u20ac\u2122s most-read news"), ("mojibake", "English | Af-Soomaali |"), ("mojibake", "Editor\u00e2\u20ac\u2122s picks"),
            ("mojibake", "Don\u00e2\u20ac\u2122t miss"), ("mojibake", "Somali \u00c2\u00b7 English"), ("mojibake", "\u00c2\u00a9 2022 Benadir Herald")],
  "relative": {"phrase": "on Friday", "date": "2022-08-19"},
  "credits": [{"role": "author", "name": "Hodan Abdi Nur"}]},
 {"n": 5507, "language": "en", "situation": 7,
  "outlet": "regional daily: the site of a Sahel regional daily (Sahel Observer, invented): Niger mourns 71 soldiers killed at Inates",
  "title": "Niger mourns 71 soldiers killed in jihadist attack on Inates army camp",
  "published": "2019-12-12",
  "published_note": "'12 December 2019 | 10:20 WAT' under the byline (D Month YYYY; 09:20 UTC); the text's 'on Tuesday' is 10 December, the attack",
  "evidence": "12 December 2019 | 10:20 WAT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Niger's government declared three days of national mourning for 71 soldiers",
  "body_last": "\"The camp was too isolated and too exposed, and the soldiers there had been asking for reinforcements for months,\" said a retired officer in Niamey who asked not to be named because he was not allowed to speak to the media.",
  "inside": ["Read more: Why the tri-border area"],
  "theme": [("skip-link", "Skip to main content"), ("skip-link", "Skip to navigation"), ("menu-toggle", "Open menu"),
            ("menu-toggle", "Close menu"), ("breadcrumb", "Home \u203a Africa"), ("new-window", "Search (opens in new window)"),
            ("new-window", "Listen to this article"), ("new-window", "Share on Facebook (Opens in new window)"),
            ("new-window", "Read more: Why the tri-border area"), ("new-window", "Related: Mali's army"),
            ("back-to-top", "Back to top \u2191")],
  "relative": {"phrase": "on Tuesday", "date": "2019-12-10"},
  "credits": [{"role": "author", "name": "A\u00efcha Garba"}]},
 {"n": 5508, "language": "en", "situation": 8,
  "outlet": "aggregator: a Middle East news aggregator (Mideast Wirefeed, invented): Israeli forces rescue four hostages in Nuseirat",
  "title": "Israeli forces rescue four hostages in Nuseirat raid as Gaza officials report heavy death toll",
  "published": "2024-06-09",
  "published_note": "'9 June 2024 | 07:45 GMT' under the desk line (D Month YYYY); comments 10 June; the text's 'on Saturday' is 8 June, the raid",
  "evidence": "9 June 2024 | 07:45 GMT",
  "pub_lines": [],
  "other_dates": [{"text": "10 June 2024, 10:12", "date": "2024-06-10", "role": "comment"},
                  {"text": "10 June 2024, 11:40", "date": "2024-06-10", "role": "comment"},
                  {"text": "10 June 2024, 12:05", "date": "2024-06-10", "role": "comment"}],
  "body_first": "Israeli special forces rescued four hostages held in the Nuseirat refugee camp",
  "body_last": "Israeli officials said about 120 hostages were still held in Gaza, a third of whom are believed to be dead.",
  "inside": [],
  "unlisted": ["Israeli special forces rescued four hostages held in the Nuseirat refugee camp"],
  "theme": [("og-description", "Israeli special forces rescued four hostages held in the Nuseirat refugee camp"),
            ("seo-title", "| Mideast Wirefeed"), ("summary-label", "Summary"), ("summary-item", "\u2022 Four hostages held since October"),
            ("summary-item", "\u2022 The Gaza health ministry said 274"), ("summary-item", "\u2022 One Israeli special forces officer")],
  "relative": {"phrase": "on Saturday", "date": "2024-06-08"},
  "comments_first": "Four families got their loved ones back home",
  "comment_authors": ["Maya_L", "Khaled_Gaza", "Tom R."],
  "comment_langs": {"Maya_L": "en", "Khaled_Gaza": "en", "Tom R.": "en"},
  "comment_replies": {"Tom R.": "Khaled_Gaza"},
  "credits": []},
 {"n": 5509, "language": "en", "situation": 9,
  "outlet": "digital outlet: the English edition of a Syrian opposition news site (Levant Pulse, invented): rebels sweep into Aleppo",
  "title": "Rebels sweep into Aleppo in lightning offensive as government forces pull back",
  "published": "2024-11-30",
  "published_note": "'30 November 2024 | 11:05 Damascus' under the byline (D Month YYYY; 08:05 UTC); the text's 'on Friday' is 29 November, when the fighters entered the city",
  "evidence": "30 November 2024 | 11:05 Damascus",
  "pub_lines": [], "other_dates": [],
  "body_first": "Fighters led by Hayat Tahrir al-Sham swept into large parts of Aleppo",
  "body_last": "Analysts said the speed of the advance showed how weakened Syria's allies had become, with Russia focused on its war in Ukraine and Hezbollah battered by more than a year of conflict with Israel.",
  "inside": ["Show full article", "Continue reading", "Next page \u203a", "Page 2 of 2"],
  "theme": [("page-count", "Page 1 of 2"), ("page-count", "Page 2 of 2"), ("show-full", "Show full article"),
            ("continue-reading", "Continue reading"), ("next-page", "Next page"), ("prev-page", "\u2039 Previous page")],
  "relative": {"phrase": "on Friday", "date": "2024-11-29"},
  "credits": [{"role": "author", "name": "Karim Najjar"}]},
 {"n": 5510, "language": "en", "situation": 10,
  "outlet": "digital outlet: a Gulf shipping news site (Gulf Maritime Review, invented): the Houthis seize the Galaxy Leader",
  "title": "Houthis seize Galaxy Leader car carrier in the Red Sea and take crew hostage",
  "published": "2023-11-20",
  "published_note": "'Published 20 November 2023, 09:12 AST' under the byline (D Month YYYY; 06:12 UTC), repeated as the ISO string '2023-11-20T09:12:00+03:00' and as the epoch 1700460720 (06:12 UTC); '5 hours ago \u00b7 Updated 2m ago' and the comments' 'hours ago' stamps are relative to the crawl; the crawl line's 2023-11-21 is the next day; the text's 'on Sunday' is 19 November, the seizure",
  "evidence": "Published 20 November 2023, 09:12 AST",
  "pub_lines": ["2023-11-20T09:12:00+03:00"],
  "other_dates": [{"text": "Crawled: 2023-11-21 04:03:55 UTC", "date": "2023-11-21", "role": "crawl"}],
  "epochs": [{"text": "1700460720", "offset": "+03:00", "date": "2023-11-20"}],
  "body_first": "Yemen's Houthi movement said its forces had seized a cargo ship",
  "body_last": "\"Nobody thought they could take a ship like this with a helicopter in the middle of the sea lane,\" said a security consultant in Dubai who advises shipping companies operating in the region.",
  "inside": [],
  "theme": [("iso-stamp", "2023-11-20T09:12:00+03:00"), ("epoch", "data-published="), ("ago", "5 hours ago"),
            ("crawl", "Crawled: "), ("comment-ago", "SeaFarer_88 | 3 hours ago"), ("comment-ago", "Port_Watcher | 1 hour ago")],
  "relative": {"phrase": "on Sunday", "date": "2023-11-19"},
  "comments_first": "Twenty-five sailors who have nothing to do with any of this.",
  "comment_authors": ["SeaFarer_88", "Port_Watcher"],
  "comment_langs": {"SeaFarer_88": "en", "Port_Watcher": "en"},
  "credits": [{"role": "author", "name": "Ahmed Bahri"}]},
 {"n": 5511, "language": "en", "situation": 11,
  "outlet": "digital outlet: an Israeli English-language news site (The Negev Line, invented): Iran launches drones and missiles at Israel",
  "title": "Iran launches more than 300 drones and missiles at Israel, nearly all intercepted",
  "published": "2024-04-14",
  "published_note": "'14 April 2024 | 10:00 IDT' under the byline (D Month YYYY; 07:00 UTC); the embedded X post is signed 'April 13, 2024', before publication; the text's 'on Saturday' is 13 April, the launch",
  "evidence": "14 April 2024 | 10:00 IDT",
  "pub_lines": [],
  "other_dates": [{"text": "April 13, 2024", "date": "2024-04-13", "role": "embed"}],
  "body_first": "Iran fired more than 300 drones, cruise missiles and ballistic missiles at Israel",
  "body_last": "Israel's war cabinet met to discuss a response, and officials said no decision had been taken yet. Airspace over Israel, Jordan, Lebanon and Iraq was closed for several hours and reopened in the morning.",
  "inside": ["View this post on Instagram", "A post shared by Negev Line", "pic.twitter.com/Kx8Qw2Lm4z", "\u2014 Avi Ben-Haim",
             "Watch: How Israel's air defences work", "02:35"],
  "theme": [("instagram", "View this post on Instagram"), ("post-shared", "A post shared by"), ("tweet", "pic.twitter.com"),
            ("tweet-signature", "\u2014 Avi Ben-Haim"), ("watch", "Watch: "), ("duration", "02:35"),
            ("telegram", "Follow us on Telegram"), ("telegram", "Follow The Negev Line on Telegram")],
  "relative": {"phrase": "on Saturday", "date": "2024-04-13"},
  "credits": [{"role": "author", "name": "Leila Farahani"}]},
 {"n": 5512, "language": "en", "situation": 12,
  "outlet": "wire: an international news wire (Levant Wire Service, invented): a suspected gas attack on Khan Shaykhun",
  "title": "Suspected gas attack kills dozens in rebel-held Syrian town of Khan Shaykhun",
  "published": "2017-04-05",
  "published_note": "'5 April 2017 | 06:40 GMT' under the wire's name (D Month YYYY); the text's 'early on Tuesday' is 4 April, the attack",
  "evidence": "5 April 2017 | 06:40 GMT",
  "pub_lines": [], "other_dates": [],
  "body_first": "Dozens of people, many of them children, were killed in a suspected chemical attack",
  "body_last": "The attack came days after US officials signalled that removing Assad from power was no longer a priority for Washington, and as an international conference on Syria's future opened in Brussels.",
  "inside": [],
  "theme": [("correction", "Correction: An earlier version"), ("credits-line", "Reporting by Lina Sabbagh"),
            ("funding", "This article was produced with support"), ("trust", "Our Standards:"),
            ("copyright", "\u00a9 2017 Levant Wire Service"), ("cookie", "We use cookies")],
  "relative": {"phrase": "on Tuesday", "date": "2017-04-04"},
  "credits": [{"role": "author", "name": "Lina Sabbagh"}, {"role": "author", "name": "Tom Pettersen"},
              {"role": "editor", "name": "Mark Olvera"}]},
 {"n": 5513, "language": "ar", "situation": 1,
  "outlet": "digital outlet: a Yemeni news site (موقع المسند الإخباري, invented): the Houthis take government headquarters in Sanaa before the peace and partnership agreement is signed",
  "title": "الحوثيون يسيطرون على مقار حكومية في صنعاء قبل توقيع اتفاق \"السلم والشراكة\"",
  "published": "2014-09-22",
  "published_note": "'الاثنين 22 سبتمبر 2014&nbsp;&#8211;&nbsp;11:20' under the byline (entities decoded: 'الاثنين 22 سبتمبر 2014 \u2013 11:20'; Sanaa time, 08:20 UTC); the title spells صنعاء as five numeric entities; the text's 'يوم الأحد' (inside 'مساء يوم الأحد') is 21 September, the signing",
  "evidence": "الاثنين 22 سبتمبر 2014 \u2013 11:20",
  "pub_lines": [], "other_dates": [],
  "body_first": "سيطر مسلحو جماعة \"أنصار الله\" الحوثية على مقار حكومية",
  "body_last": "ويرى محللون أن ما جرى يمثل تحولاً كبيراً في موازين القوى في اليمن، بعد أن تقدم الحوثيون خلال أشهر من معقلهم في صعدة نحو عمران ثم إلى مشارف صنعاء، مستفيدين من الغضب الشعبي على رفع أسعار الوقود.",
  "inside": ["صورة: مسلحون حوثيون أمام مبنى حكومي"],
  "theme": [("entity-title", "الحوثيون يسيطرون على مقار حكومية"), ("entity-date", "الاثنين 22 سبتمبر 2014"),
            ("entity-body", "سيطر مسلحو جماعة"), ("entity-body", "وقال المبعوث الأممي جمال بن عمر"),
            ("entity-body", "وقال أحد سكان حي الحصبة"), ("entity-chrome", "عربي & دولي"), ("entity-chrome", "أخبار محلية \u00bb صنعاء"),
            ("entity-chrome", "صنعاء \u2013 فؤاد العبسي"), ("entity-chrome", "صورة: مسلحون حوثيون"), ("entity-chrome", "اقرأ أيضاً: من هم"),
            ("entity-chrome", "\u00a9 2014 موقع المسند")],
  "relative": {"phrase": "يوم الأحد", "date": "2014-09-21"},
  "credits": [{"role": "author", "name": "فؤاد العبسي"}]},
 {"n": 5514, "language": "ar", "situation": 2,
  "outlet": "party outlet: the news site of an Iraqi party (موقع الرافد, invented): Iraqi forces enter Kirkuk",
  "title": "القوات العراقية تدخل كركوك وتسيطر على مبنى المحافظة وحقول النفط بعد انسحاب البيشمركة",
  "published": "2017-10-17",
  "published_note": "'نشر في: الثلاثاء 17 تشرين الأول 2017 - 09:30' under the placeholders 'بقلم: null' and '%%date%%' (weekday D Levantine month YYYY; Baghdad time, 06:30 UTC); comments 18 October; the text's 'يوم الاثنين' (inside 'فجر يوم الاثنين') is 16 October, the advance",
  "evidence": "الثلاثاء 17 تشرين الأول 2017 - 09:30",
  "pub_lines": [],
  "other_dates": [{"text": "18 تشرين الأول 2017 - 08:45", "date": "2017-10-18", "role": "comment"},
                  {"text": "18 تشرين الأول 2017 - 11:20", "date": "2017-10-18", "role": "comment"}],
  "body_first": "سيطرت القوات العراقية على مدينة كركوك ومبنى المحافظة فيها",
  "body_last": "وتعد حقول نفط كركوك من أهم مصادر الدخل لحكومة إقليم كردستان، إذ تنتج مئات الآلاف من البراميل يومياً، وكانت قوات البيشمركة قد سيطرت عليها بعد انهيار الجيش العراقي أمام تنظيم داعش قبل ثلاث سنوات.",
  "inside": ["[embed]https://www.youtube.com", "[related_posts limit"],
  "theme": [("shortcode-caption", "[caption id=\"attachment_20931\""), ("shortcode-embed", "[embed]"),
            ("shortcode-related", "[related_posts"), ("template-var", "{{ breadcrumbs }}"), ("template-var", "{{ share_buttons }}"),
            ("template-date", "%%date%%"), ("template-null", "بقلم: null"), ("template-null", "القسم: undefined")],
  "relative": {"phrase": "يوم الاثنين", "date": "2017-10-16"},
  "comments_first": "المهم أن تبقى كركوك لكل أهلها",
  "comment_authors": ["حيدر الكركوكي", "Aram_K"],
  "comment_langs": {"حيدر الكركوكي": "ar", "Aram_K": "en"},
  "credits": [{"role": "editor", "name": "سلوان البياتي"}]},
 {"n": 5515, "language": "ar", "situation": 3,
  "outlet": "digital outlet: a news site in Benghazi (منصة برقة الإخبارية, invented): Egyptian jets strike Islamic State positions in Derna",
  "title": "مقاتلات مصرية تقصف مواقع لتنظيم داعش في درنة بعد ذبح 21 مصرياً في ليبيا",
  "published": "2015-02-17",
  "published_note": "'الثلاثاء 17 فبراير 2015 - 01:30 بتوقيت ليبيا' under the byline (weekday D month YYYY; Libya was on UTC+2, so 16 February 23:30 UTC); the JSON-LD block above the masthead gives 'datePublished':'2015-02-16T23:30:00Z', the same instant written in UTC, whose calendar day is the day before. The page's date is the day it states for its readers in the outlet's time zone, 17 February; the JSON-LD day is listed as jsonld-utc. The text's 'يوم الاثنين' (inside 'فجر يوم الاثنين') is 16 February, the strikes",
  "evidence": "الثلاثاء 17 فبراير 2015 - 01:30 بتوقيت ليبيا",
  "pub_lines": [],
  "other_dates": [{"text": "\"datePublished\":\"2015-02-16T23:30:00Z\"", "date": "2015-02-16", "role": "jsonld-utc"}],
  "jsonld": {"published_utc": "2015-02-16T23:30:00Z", "offset": "+02:00", "local_time": "01:30"},
  "body_first": "شنت مقاتلات تابعة لسلاح الجو المصري غارات على مواقع لتنظيم داعش",
  "body_last": "ويسيطر مسلحون بايعوا تنظيم داعش على أجزاء من درنة منذ أشهر، وتشهد ليبيا صراعاً على السلطة بين حكومتين وبرلمانين متنافسين، ما سمح للجماعات المتشددة بتوسيع نفوذها في عدة مدن.",
  "inside": ["googletag.cmd.push"],
  "theme": [("script-datalayer", "window.dataLayer"), ("css-rule", ".single-post .entry-title{"), ("css-rule", ".site-footer{"),
            ("json-ld", "{\"@context\""), ("script-inline", "googletag.cmd.push")],
  "relative": {"phrase": "يوم الاثنين", "date": "2015-02-16"},
  "credits": [{"role": "author", "name": "عبد السلام الفيتوري"}]},
 {"n": 5516, "language": "ar", "situation": 4,
  "outlet": "digital outlet: a Syrian news network (شبكة بردى الإخبارية, invented): opposition factions enter Damascus",
  "title": "فصائل المعارضة تدخل دمشق وتعلن سقوط حكم الأسد بعد هجوم خاطف",
  "published": "2024-12-09",
  "published_note": "'الاثنين 9 كانون الأول 2024 - 10:40 بتوقيت دمشق' under the byline (weekday D Levantine month YYYY; 07:40 UTC); the lead photo's file name 'photo_2024-12-08_10-22-45.jpg' carries the day before, when the picture was taken; the text's 'يوم الأحد' (inside 'فجر يوم الأحد') is 8 December",
  "evidence": "الاثنين 9 كانون الأول 2024 - 10:40 بتوقيت دمشق",
  "pub_lines": [],
  "other_dates": [{"text": "photo_2024-12-08_10-22-45.jpg", "date": "2024-12-08", "role": "photo-file"}],
  "body_first": "أعلنت فصائل المعارضة السورية المسلحة دخولها العاصمة دمشق",
  "body_last": "وفي الجنوب الغربي، قال الجيش الإسرائيلي إنه دفع بقوات إلى المنطقة العازلة في مرتفعات الجولان، معتبراً أن اتفاق فض الاشتباك الموقع عام 1974 انهار مع انسحاب الجيش السوري من مواقعه.",
  "inside": ["IMG_20241208_091533.jpg", "جارٍ تحميل الصورة...", "صورة: مقاتلون من المعارضة", "الصورة: أ.ف.ب", "alt=\"سيدة تحمل صورة"],
  "theme": [("image-file", "photo_2024-12-08"), ("image-file", "IMG_20241208_091533.jpg"), ("image-loading", "جارٍ تحميل الصورة..."),
            ("image-alt", "صورة: مقاتلون"), ("image-alt", "alt=\"سيدة"), ("image-credit", "الصورة: حشود"), ("image-credit", "الصورة: أ.ف.ب")],
  "relative": {"phrase": "يوم الأحد", "date": "2024-12-08"},
  "credits": [{"role": "author", "name": "رامي الحلبي"}]},
 {"n": 5517, "language": "ar", "situation": 5,
  "outlet": "agency: a Sudanese news agency (وكالة سنار للأنباء, invented): fighting erupts between the army and the Rapid Support Forces",
  "title": "اشتباكات عنيفة بين الجيش وقوات الدعم السريع في الخرطوم ومدن أخرى ومقتل عشرات المدنيين",
  "published": "2023-04-16",
  "published_note": "'الأحد 16 أبريل 2023 - 08:10' under the agency's dateline (weekday D month YYYY; Khartoum time, 06:10 UTC); comments 17 April; the text's 'يوم السبت' (inside 'صباح يوم السبت') is 15 April, the start of the fighting",
  "evidence": "الأحد 16 أبريل 2023 - 08:10",
  "pub_lines": [],
  "other_dates": [{"text": "17 أبريل 2023 - 07:30", "date": "2023-04-17", "role": "comment"},
                  {"text": "17 أبريل 2023 - 09:55", "date": "2023-04-17", "role": "comment"}],
  "body_first": "تواصلت الاشتباكات العنيفة بين الجيش السوداني وقوات الدعم السريع",
  "body_last": "ويأتي القتال بعد أسابيع من التوتر بين الطرفين بسبب خطة دمج قوات الدعم السريع في الجيش، وهي خطة كانت جزءاً من اتفاق سياسي لنقل السلطة إلى حكومة مدنية.",
  "inside": ["إعلان", "محتوى مدعوم |", "تابع القراءة أدناه", "اشترك في نشرة سنار", "أدخل بريدك الإلكتروني"],
  "theme": [("ad-label", "إعلان"), ("ad-continues", "تابع القراءة أدناه"), ("newsletter-box", "اشترك في نشرة سنار"),
            ("newsletter-box", "أدخل بريدك الإلكتروني"), ("sponsored", "محتوى مدعوم |")],
  "relative": {"phrase": "يوم السبت", "date": "2023-04-15"},
  "comments_first": "ربنا يحفظ أهل الخرطوم",
  "comment_authors": ["محمد الأمين", "Sudani_abroad"],
  "comment_langs": {"محمد الأمين": "ar", "Sudani_abroad": "en"},
  "credits": []},
 {"n": 5518, "language": "ar", "situation": 6,
  "outlet": "digital outlet: a Lebanese news network (شبكة الأرز, invented): Hezbollah announces that Hassan Nasrallah was killed",
  "title": "حزب الله يعلن مقتل أمينه العام حسن نصر الله في غارة إسرائيلية على الضاحية الجنوبية",
  "published": "2024-09-28",
  "published_note": "'السبت 28 أيلول 2024 - 14:30' under the byline (weekday D Levantine month YYYY; Beirut time, 11:30 UTC); the text's 'يوم الجمعة' (inside 'مساء يوم الجمعة') is 27 September, the strike",
  "evidence": "السبت 28 أيلول 2024 - 14:30",
  "pub_lines": [], "other_dates": [],
  "body_first": "أعلن حزب الله مقتل أمينه العام حسن نصر الله",
  "body_last": "ويرى محللون أن مقتل نصر الله يمثل أكبر ضربة يتلقاها الحزب منذ تأسيسه، بعد أسبوعين من تفجيرات أجهزة الاتصال ومقتل عدد من كبار قادته العسكريين، ويطرح تساؤلات عن قدرته على الرد وعن مستقبل المواجهة على الحدود.",
  "inside": ["\u00d8\u00a7\u00d9\u201a\u00d8\u00b1\u00d8\u00a3"],
  "theme": [("mojibake", "\u00d8\u00b4\u00d8\u00a8\u00d9\u0192\u00d8\u00a9 \u00d8\u00a7\u00d9\u201e\u00d8\u00a3\u00d8\u00b1\u00d8\u00b2 \u00e2\u20ac\u201c"),
            ("mojibake", "\u00d8\u00a7\u00d9\u201e\u00d8\u00b1\u00d8\u00a6\u00d9\u0160\u00d8\u00b3\u00d9\u0160\u00d8\u00a9 |"),
            ("mojibake", "\u00d8\u00a7\u00d9\u201a\u00d8\u00b1\u00d8\u00a3"),
            ("mojibake", "\u00d8\u00a7\u00d9\u201e\u00d9\u02c6\u00d8\u00b3\u00d9\u02c6\u00d9\u2026:"),
            ("mojibake", "\u00d8\u00aa\u00d8\u00a7\u00d8\u00a8\u00d8\u00b9\u00d9\u02c6\u00d9\u2020\u00d8\u00a7"),
            ("mojibake", "\u00c2\u00a9 2024 Arz Network")],
  "relative": {"phrase": "يوم الجمعة", "date": "2024-09-27"},
  "credits": [{"role": "author", "name": "زينة شمس الدين"}]},
 {"n": 5519, "language": "ar", "situation": 7,
  "outlet": "digital outlet: an Arabic news site on the Horn of Africa (القرن الأفريقي نت, invented): the toll of the Mogadishu truck bombing rises",
  "title": "ارتفاع حصيلة تفجير الشاحنة المفخخة في مقديشو إلى 276 قتيلاً وإعلان الحداد",
  "published": "2017-10-16",
  "published_note": "'الاثنين 16 أكتوبر 2017 - 12:15' under the byline (weekday D month YYYY; Mogadishu time, 09:15 UTC); the text's 'يوم السبت' (inside 'بعد ظهر يوم السبت') is 14 October, the bombing",
  "evidence": "الاثنين 16 أكتوبر 2017 - 12:15",
  "pub_lines": [], "other_dates": [],
  "body_first": "ارتفعت حصيلة التفجير الذي استهدف بشاحنة مفخخة تقاطعاً مزدحماً",
  "body_last": "ودانت الأمم المتحدة والاتحاد الأفريقي والولايات المتحدة ودول عربية الهجوم، وأكدت دعمها للحكومة الصومالية في مواجهة الجماعات المسلحة، بينما خرج مئات من سكان العاصمة في مسيرة تندد بالعنف.",
  "inside": ["اقرأ أيضاً: كيف تحولت مقديشو"],
  "theme": [("skip-link", "تخطي إلى المحتوى"), ("skip-link", "تخطي إلى القائمة"), ("menu-toggle", "فتح القائمة"),
            ("menu-toggle", "إغلاق القائمة"), ("breadcrumb", "الرئيسية \u00bb أفريقيا"), ("new-window", "بحث (يفتح"),
            ("new-window", "استمع إلى المقال"), ("new-window", "مشاركة عبر فيسبوك"), ("new-window", "اقرأ أيضاً: كيف تحولت"),
            ("back-to-top", "العودة إلى الأعلى \u2191")],
  "relative": {"phrase": "يوم السبت", "date": "2017-10-14"},
  "credits": [{"role": "author", "name": "حليمة عبدي"}]},
 {"n": 5520, "language": "ar", "situation": 8,
  "outlet": "aggregator: an Arabic news aggregator (مرصد الأخبار العربية, invented): US strikes on Fordow, Natanz and Isfahan",
  "title": "ضربات أمريكية على منشآت فوردو ونطنز وأصفهان وطهران تتوعد بالرد",
  "published": "2025-06-23",
  "published_note": "'الاثنين 23 يونيو 2025 - 08:20' under the byline (weekday D month YYYY; Tehran time, 04:50 UTC); comments 24 June; the text's 'يوم الأحد' (inside 'فجر يوم الأحد بتوقيت طهران') is 22 June, the strikes",
  "evidence": "الاثنين 23 يونيو 2025 - 08:20",
  "pub_lines": [],
  "other_dates": [{"text": "24 يونيو 2025 - 11:10", "date": "2025-06-24", "role": "comment"},
                  {"text": "24 يونيو 2025 - 12:40", "date": "2025-06-24", "role": "comment"},
                  {"text": "24 يونيو 2025 - 13:05", "date": "2025-06-24", "role": "comment"}],
  "body_first": "شنت الولايات المتحدة ضربات جوية على ثلاث منشآت نووية إيرانية",
  "body_last": "ودعا الأمين العام للأمم المتحدة إلى تجنب دوامة من الفوضى، محذراً من أن التصعيد يهدد السلم والأمن الدوليين، فيما دعت دول الخليج إلى التهدئة وتغليب الحلول الدبلوماسية.",
  "inside": [],
  "unlisted": ["شنت الولايات المتحدة ضربات جوية على ثلاث منشآت نووية إيرانية"],
  "theme": [("og-description", "شنت الولايات المتحدة ضربات جوية على ثلاث منشآت نووية إيرانية"),
            ("seo-title", "| مرصد الأخبار العربية"), ("summary-label", "ملخص المقال"), ("summary-item", "\u2022 شنت الولايات المتحدة"),
            ("summary-item", "\u2022 قال الرئيس الأمريكي"), ("summary-item", "\u2022 أكدت الوكالة الدولية")],
  "relative": {"phrase": "يوم الأحد", "date": "2025-06-22"},
  "comments_first": "المنطقة كلها على حافة حرب كبيرة",
  "comment_authors": ["أبو يوسف", "Reza_T", "سلمى ع."],
  "comment_langs": {"أبو يوسف": "ar", "Reza_T": "en", "سلمى ع.": "ar"},
  "comment_replies": {"سلمى ع.": "Reza_T"},
  "credits": [{"role": "author", "name": "نسرين كاظمي"}]},
 {"n": 5521, "language": "ar", "situation": 9,
  "outlet": "regional daily: the site of an Aden daily (صحيفة الثغر, invented): the attack on Aden airport as the new government arrives",
  "title": "مقتل 22 شخصاً على الأقل في هجوم على مطار عدن لحظة وصول الحكومة الجديدة",
  "published": "2020-12-31",
  "published_note": "'الخميس 31 ديسمبر 2020 - 10:00' under the byline (weekday D month YYYY; Aden time, 07:00 UTC); the text's 'يوم الأربعاء' (inside 'ظهر يوم الأربعاء') is 30 December, the attack",
  "evidence": "الخميس 31 ديسمبر 2020 - 10:00",
  "pub_lines": [], "other_dates": [],
  "body_first": "قتل 22 شخصاً على الأقل وأصيب أكثر من خمسين آخرين",
  "body_last": "ودانت الأمم المتحدة والولايات المتحدة ودول عربية الهجوم، وقال المبعوث الأممي مارتن غريفيث إنه عمل عنف غير مقبول، وإن الحكومة الجديدة تحتاج إلى الدعم لمعالجة التحديات الكبيرة أمامها.",
  "inside": ["عرض المقال كاملاً", "اقرأ المزيد", "الصفحة التالية", "الصفحة 2 من 2"],
  "theme": [("page-count", "الصفحة 1 من 2"), ("page-count", "الصفحة 2 من 2"), ("show-full", "عرض المقال كاملاً"),
            ("continue-reading", "اقرأ المزيد"), ("next-page", "الصفحة التالية"), ("prev-page", "\u2039 الصفحة السابقة")],
  "relative": {"phrase": "يوم الأربعاء", "date": "2020-12-30"},
  "credits": [{"role": "author", "name": "وضاح الحالمي"}]},
 {"n": 5522, "language": "ar", "situation": 10,
  "outlet": "digital outlet: a pan-African news site in Arabic (أفريقيا بالعربي, invented): soldiers announce the removal of Niger's president",
  "title": "عسكريون يعلنون عزل رئيس النيجر محمد بازوم وإغلاق الحدود وتعليق المؤسسات",
  "published": "2023-07-27",
  "published_note": "'نشر بتاريخ 27 يوليو 2023 - 08:40 بتوقيت نيامي' under the byline (D month YYYY; Niamey is UTC+1, 07:40 UTC), repeated as the ISO string '2023-07-27T08:40:00+01:00' and as the epoch 1690443600 (07:40 UTC); 'منذ 3 ساعات | آخر تحديث: منذ دقيقتين' and the comments' 'منذ' stamps are relative to the crawl; the archive line's 2023-07-28 is the next day; the text's 'يوم الأربعاء' (inside 'صباح يوم الأربعاء') is 26 July, the detention",
  "evidence": "نشر بتاريخ 27 يوليو 2023 - 08:40 بتوقيت نيامي",
  "pub_lines": ["2023-07-27T08:40:00+01:00"],
  "other_dates": [{"text": "تاريخ الأرشفة: 2023-07-28 02:14 UTC", "date": "2023-07-28", "role": "crawl"}],
  "epochs": [{"text": "1690443600", "offset": "+01:00", "date": "2023-07-27"}],
  "body_first": "أعلن عسكريون في النيجر عزل الرئيس محمد بازوم",
  "body_last": "وقال صاحب متجر في حي بلاتو القريب من القصر، طلب عدم ذكر اسمه: «أغلقنا المحلات منذ الظهر وعدنا إلى البيوت. لا أحد يعرف ماذا يجري، والجميع يتابع الإذاعة والهاتف».",
  "inside": [],
  "theme": [("iso-stamp", "2023-07-27T08:40:00+01:00"), ("epoch", "data-timestamp="), ("ago", "منذ 3 ساعات"),
            ("crawl", "تاريخ الأرشفة: "), ("comment-ago", "موسى آدم | منذ ساعة"), ("comment-ago", "Sahel_Watcher | منذ 40 دقيقة")],
  "relative": {"phrase": "يوم الأربعاء", "date": "2023-07-26"},
  "comments_first": "بعد مالي وبوركينا فاسو جاء دور النيجر",
  "comment_authors": ["موسى آدم", "Sahel_Watcher"],
  "comment_langs": {"موسى آدم": "ar", "Sahel_Watcher": "en"},
  "credits": [{"role": "author", "name": "إبراهيم محمدو"}]},
 {"n": 5523, "language": "ar", "situation": 11,
  "outlet": "broadcaster: the site of a Yemeni satellite channel (قناة الساحل اليمني, invented): three sailors killed in a Houthi missile strike on the True Confidence",
  "title": "مقتل ثلاثة بحارة في أول هجوم حوثي دامٍ على سفينة تجارية في خليج عدن",
  "published": "2024-03-07",
  "published_note": "'الخميس 7 مارس 2024 - 09:30' under the desk line (weekday D month YYYY; Aden time, 06:30 UTC); the embedded X post is signed '6 مارس 2024', the day before; the text's 'يوم الأربعاء' is 6 March, the strike",
  "evidence": "الخميس 7 مارس 2024 - 09:30",
  "pub_lines": [],
  "other_dates": [{"text": "6 مارس 2024", "date": "2024-03-06", "role": "embed"}],
  "body_first": "قتل ثلاثة من أفراد طاقم سفينة الشحن «ترو كونفيدنس»",
  "body_last": "ويأتي الهجوم بعد أيام من غرق السفينة «روبيمار» التي أصيبت بصواريخ حوثية في فبراير، وفي ظل ضربات أمريكية وبريطانية متكررة على مواقع للجماعة لم توقف هجماتها على الملاحة.",
  "inside": ["View this post on Instagram", "A post shared by Yemeni Coast TV", "pic.twitter.com/Tq7LmW3xZa", "\u2014 رصد البحر الأحمر",
             "شاهد: لحظة انتشال البحارة", "01:48"],
  "theme": [("instagram", "View this post on Instagram"), ("post-shared", "A post shared by"), ("tweet", "pic.twitter.com"),
            ("tweet-signature", "\u2014 رصد البحر الأحمر"), ("watch", "شاهد: "), ("duration", "01:48"),
            ("telegram", "تابعونا على تيليغرام |"), ("telegram", "تابعونا على تيليغرام للاطلاع")],
  "relative": {"phrase": "يوم الأربعاء", "date": "2024-03-06"},
  "credits": []},
 {"n": 5524, "language": "ar", "situation": 12,
  "outlet": "agency: an Arab news agency (وكالة المشرق للأنباء, invented): an Israeli strike on the Iranian consular building in Damascus",
  "title": "مقتل قائد في الحرس الثوري الإيراني وستة ضباط في غارة إسرائيلية على مبنى قنصلي في دمشق",
  "published": "2024-04-02",
  "published_note": "'الثلاثاء 2 نيسان 2024 - 07:50' under the agency's name (weekday D Levantine month YYYY; Damascus time, 04:50 UTC); the text's 'يوم الاثنين' (inside 'عصر يوم الاثنين') is 1 April, the strike",
  "evidence": "الثلاثاء 2 نيسان 2024 - 07:50",
  "pub_lines": [], "other_dates": [],
  "body_first": "قتل العميد في الحرس الثوري الإيراني محمد رضا زاهدي",
  "body_last": "وقال أحد سكان المزة، طلب عدم ذكر اسمه: «اهتزت النوافذ في كل الحي، وعندما خرجنا كان الدخان يغطي الأوتوستراد، وسيارات الإسعاف لم تتوقف عن الوصول حتى المساء».",
  "inside": [],
  "theme": [("correction", "تصحيح: "), ("credits-line", "إعداد: سارة الخطيب"), ("funding", "أنتج هذا التقرير"),
            ("trust", "معاييرنا: "), ("copyright", "جميع الحقوق محفوظة \u00a9 2024"), ("cookie", "نستخدم ملفات تعريف الارتباط")],
  "relative": {"phrase": "يوم الاثنين", "date": "2024-04-01"},
  "credits": [{"role": "author", "name": "سارة الخطيب"}, {"role": "editor", "name": "مازن العلي"}]},
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


def reader(line, n):
    """the text a reader sees: entities decoded on the situation-1 pages, no-break spaces as spaces."""
    if situation_of(n) != 1:
        return line
    return html.unescape(line).replace("\u00a0", " ")


def situation_of(n):
    return n - 5500 if n <= 5512 else n - 5512


def is_mojibake(s):
    if not MOJI_RE.search(s):
        return False
    try:
        back = s.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return back != s and not MOJI_RE.search(back)


EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
DAY_RE = re.compile(r"\b(%s)\b|(%s)" % ("|".join(EN_DAYS), "|".join(sorted(AR_DAYS, key=len, reverse=True))))
RELATIVE_RE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b|اليوم|البارحة|"
                         r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)


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
_NA = r"(?![\u0600-\u06FF])"
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
EPOCH_RE = re.compile(r"(?<!\d)1\d{9}(?!\d)")


def find_dates(text):
    """(full, partial): ISO days named with a year, (month, day) pairs named without one."""
    t = text.translate({0x0660 + k: str(k) for k in range(10)})
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


def offset_of(s):
    sign = 1 if s[0] == "+" else -1
    return datetime.timedelta(hours=sign * int(s[1:3]), minutes=sign * int(s[4:6]))


def first_line(lines, part):
    ks = [k for k, l in enumerate(lines) if part in l]
    return ks[0] if len(ks) == 1 else -1


# ---------------------------------------------------------------- the checks
def check_doc(doc, problems):
    n, k = doc["n"], doc["situation"]

    def complain(msg):
        problems.append(f"{n}: {msg}")

    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        complain(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"55\d\d_[a-z0-9_]+\.txt", name):
        complain(f"bad file name {name}")
    if k != situation_of(n) or doc["language"] != ("en" if n <= 5512 else "ar"):
        complain("the page number does not match the situation or the language")
    raw = open(files[0], encoding="utf-8").read()
    if any(c in raw for c in "\r\f\t\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff") or any("\x80" <= c <= "\x9f" for c in raw):
        complain("tab, CR, form feed, no-break space, invisible mark or C1 control character in the page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        complain("the page must end with exactly one newline")
    if not 300 <= len(raw.split()) <= 1000:
        complain(f"the page has {len(raw.split())} words")
    rows = raw[:-1].split("\n")
    if any(r != r.strip() for r in rows):
        complain("a line has leading or trailing spaces")
    if (LAYOUT[n] == "blank") != ("\n\n" in raw.strip("\n")):
        complain(f"layout {LAYOUT[n]} but blank lines {'missing' if LAYOUT[n] == 'blank' else 'found'}")
    where = [r for r, row in enumerate(rows) if row.strip()]
    raw_lines = [rows[r] for r in where]
    lines = [reader(l, n) for l in raw_lines]
    text = "\n".join(lines)

    # residue allowed only in its situation
    for r, l in zip(raw_lines, lines):
        if ENTITY_RE.search(r) and k != 1:
            complain(f"an HTML entity outside situation 1: {r[:50]!r}")
        if ENTITY_RE.search(l):
            complain(f"an entity survives html.unescape: {l[:50]!r}")
        if TEMPLATE_RE.search(l) and k != 2:
            complain(f"template residue outside situation 2: {l[:50]!r}")
        if MOJI_RE.search(l) and k != 6:
            complain(f"mojibake outside situation 6: {l[:50]!r}")

    # resolve the parts given in DOCS to whole lines
    def whole(part, what):
        if part in lines:
            return part
        ks = [x for x, l in enumerate(lines) if part in l]
        if len(set(lines[x] for x in ks)) != 1:
            complain(f"{what} {part[:40]!r} matches {len(set(lines[x] for x in ks))} distinct lines")
            return None
        return lines[ks[0]]

    title = doc["title"]
    if lines.count(title) != 1:
        complain("the title is not exactly one whole line")
        return None
    t = lines.index(title)
    firsts = [x for x in range(t + 1, len(lines)) if lines[x].startswith(doc["body_first"])]
    lasts = [x for x in range(t + 1, len(lines)) if lines[x] == doc["body_last"]]
    if len(firsts) != 1 or len(lasts) != 1 or not firsts[0] <= lasts[0]:
        complain("body_first is not the prefix of exactly one line after the title, or body_last not one whole line after it")
        return None
    i, j = firsts[0], lasts[0]
    inside = [whole(p, "inside") for p in doc["inside"]]
    unlisted = [whole(p, "unlisted") for p in doc.get("unlisted", [])]
    if None in inside or None in unlisted:
        return None
    # an unlisted line is a repetition standing above the title (the og:description of situation 8)
    unlisted_idx = {x for x in range(t) if lines[x] in unlisted}
    for c in inside:
        if not any(lines[x] == c for x in range(i + 1, j)):
            complain(f"an inside chrome line is not inside the body span: {c[:40]!r}")
    body_idx = [x for x in range(i, j + 1) if lines[x] not in inside and x not in unlisted_idx]
    if i not in body_idx or j not in body_idx:
        complain("a body edge is listed as chrome or unlisted")
    paras = [lines[x] for x in body_idx]
    for p in paras:
        if len(p.split()) < 15 or " | " in p or not re.search(r"[.»\"”]$", p):
            complain(f"a body line that does not read as a paragraph (15+ words, no ' | ', final stop): {p[:60]!r}")
        if TEMPLATE_RE.search(p) or MOJI_RE.search(p) or SCRIPT_RE.search(p) or IMAGE_RE.search(p) or "pic.twitter.com" in p:
            complain(f"residue in a body line: {p[:60]!r}")
    body = " ".join(paras)
    words = len(body.split())
    if not 5 <= len(paras) <= 14:
        complain(f"{len(paras)} body paragraphs")
    if not 280 <= words <= 600:
        complain(f"{words} body words")
    if LAYOUT[n] == "blank":
        for a in range(i, j):
            if (a in body_idx or a + 1 in body_idx) and where[a + 1] - where[a] < 2:
                complain(f"no blank line between {lines[a][:30]!r} and {lines[a + 1][:30]!r}")
        if i > 0 and where[i] - where[i - 1] < 2 or j + 1 < len(lines) and where[j + 1] - where[j] < 2:
            complain("no blank line before the body or after it")
    nb = norm(body)

    # comments
    c_texts, authors = {}, doc.get("comment_authors", [])
    if "comments_first" in doc:
        langs = doc.get("comment_langs", {})
        if len(authors) < 2 or set(langs) != set(authors) or not set(langs.values()) <= COMMENT_LANGS:
            complain("comments need two or more authors, each with a known language label")
        for a in authors:
            ks = [x for x in range(j + 1, len(lines)) if lines[x].startswith(a + " | ")]
            if len(ks) != 1 or ks[0] + 1 >= len(lines):
                complain(f"comment author {a!r}: not one line 'author | stamp' followed by a text")
                continue
            c_texts[a] = ks[0] + 1
            ctext = lines[ks[0] + 1]
            share = ar_share(ctext)
            want = {"ar": share > 0.8, "en": share == 0, "arabizi": share == 0, "ar+en": 0.05 < share < 0.95}
            if not want.get(langs.get(a), False):
                complain(f"comment by {a!r} is not in the language {langs.get(a)!r}")
            if norm(a) in nb:
                complain(f"comment author inside the body: {a!r}")
        for a, to in doc.get("comment_replies", {}).items():
            if a not in c_texts or to not in c_texts or not c_texts[to] < c_texts[a] or not lines[c_texts[a]].startswith("@" + to + " "):
                complain(f"the reply of {a!r} does not open with '@{to}' under {to!r}'s comment")
        if not c_texts or not lines[min(c_texts.values())].startswith(doc["comments_first"]):
            complain("comments_first is not the prefix of the first comment text")
        if norm(doc["comments_first"]) in nb:
            complain("comments_first inside the body")
    elif authors:
        complain("comment_authors without comments_first")
    comment_idx = set(c_texts.values())

    # chrome: every other non-empty line
    chrome_idx = [x for x in range(len(lines)) if x != t and x not in body_idx and x not in comment_idx
                  and x not in unlisted_idx]
    chrome = []
    for x in chrome_idx:
        if lines[x] not in chrome:
            chrome.append(lines[x])
    cset = set(chrome)
    if title in cset:
        complain("the title also stands as a chrome line")
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            complain(f"a chrome line occurs inside the normalized body: {c[:50]!r}")
    for u in unlisted:
        if norm(u) not in nb:
            complain(f"an unlisted line is not inside the normalized body: {u[:50]!r}")
        if not any(lines[x] == u for x in unlisted_idx):
            complain("an unlisted line does not stand above the title")
    if norm(title) in nb:
        complain("the title occurs inside the body")
    out_span = [x for x in chrome_idx if not i <= x <= j]

    # credits
    for c in doc["credits"]:
        if c["role"] not in CREDIT_ROLES:
            complain(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[x] for x in out_span):
            complain(f"credit {c['name']!r} is not on a chrome line outside the body span")
        if norm(c["name"]) in nb:
            complain(f"credit {c['name']!r} occurs inside the body")
        if TEMPLATE_RE.search(c["name"]) or c["name"].lower() in ("undefined", "null"):
            complain("a placeholder credited")

    # scripts
    lang = doc["language"]
    if scorer_lang(doc["body_first"]) != lang or scorer_lang(title) != lang:
        complain(f"language {lang} disagrees with score_events.py --lang on body_first or the title")
    own = ar_share(body) if lang == "ar" else 1 - ar_share(body)
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
    k_ev = first_line(lines, ev)
    if k_ev < 0 or k_ev not in out_span:
        complain("the evidence is not on one chrome line outside the body span")
    try:
        full, partial = find_dates(ev)
        if full != {pub} or partial:
            complain(f"the evidence names {sorted(full)} {sorted(partial)}, want {pub}")
    except ValueError as e:
        complain(f"evidence: {e}")
    for wd in day_names(ev):
        if wd != pub_day.weekday():
            complain("a weekday in the evidence does not fall on the publication day")
    allowed, expected_pub = {pub: set()}, {k_ev}
    for p in doc["pub_lines"]:
        kp = first_line(lines, p)
        if kp < 0 or kp not in out_span:
            complain(f"pub line {p!r} is not on one chrome line outside the body span")
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
        kd = first_line(lines, d["text"])
        if kd < 0 or kd not in chrome_idx:
            complain(f"other date {d['text']!r} is not on one chrome line")
        allowed[d["date"]] = set()
    named_pub = set()
    for x, l in enumerate(lines):
        try:
            full, partial = find_dates(l)
        except ValueError as e:
            complain(f"line {x}: {e}")
            continue
        if full - set(allowed):
            complain(f"stray date {sorted(full - set(allowed))} on line {x}: {l[:60]!r}")
        if partial:
            complain(f"date without a year {sorted(partial)} on line {x}: {l[:60]!r}")
        if pub in full:
            named_pub.add(x)
        if (full or partial) and x in body_idx:
            complain(f"a full date inside the body: {l[:60]!r}")
    if named_pub != expected_pub:
        complain(f"the publication day is named on lines {sorted(named_pub)}, want {sorted(expected_pub)}")
    epochs = {e["text"]: e for e in doc.get("epochs", [])}
    for x, l in enumerate(lines):
        for m in EPOCH_RE.findall(l):
            e = epochs.get(m)
            if not e or x not in out_span:
                complain(f"an unlisted epoch or one outside the chrome: {m}")
                continue
            local = datetime.datetime.fromtimestamp(int(m), datetime.timezone.utc) + offset_of(e["offset"])
            if local.date().isoformat() != e["date"] or e["date"] != pub:
                complain(f"epoch {m} is {local.isoformat()} local, not on {pub}")
    for p in doc["pub_lines"]:
        m = re.search(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([+-]\d\d:\d\d|Z)", p)
        if m and m.group(2) != "Z" and m.group(1)[:10] != pub:
            complain(f"ISO stamp {p!r} is not on the publication day")
    if "jsonld" in doc:
        jl = doc["jsonld"]
        line = [l for l in lines if l.startswith("{\"@context\"")]
        try:
            data = json.loads(line[0])
        except (IndexError, ValueError):
            complain("the JSON-LD line is not one JSON object")
            data = {}
        if data.get("datePublished") != jl["published_utc"]:
            complain("the JSON-LD datePublished is not the one recorded")
        if data.get("headline") != title:
            complain("the JSON-LD headline is not the title")
        utc = datetime.datetime.fromisoformat(jl["published_utc"].replace("Z", "+00:00"))
        local = utc + offset_of(jl["offset"])
        if local.date().isoformat() != pub or local.strftime("%H:%M") != jl["local_time"] or jl["local_time"] not in ev:
            complain("the JSON-LD instant is not the evidence's local day and time")

    # relative phrase and relative-day words
    rel = doc["relative"]
    rd = datetime.date.fromisoformat(rel["date"])
    if not 1 <= (pub_day - rd).days <= 7:
        complain(f"the relative date {rd} is {(pub_day - rd).days} days before {pub}")
    if day_names(rel["phrase"]) != [rd.weekday()]:
        complain(f"the phrase {rel['phrase']!r} does not name the weekday of {rd}")
    if body.count(rel["phrase"]) != 1 or len(day_names(body)) != 1:
        complain("the relative phrase is not the body's one and only weekday name")
    for x, l in enumerate(lines):
        if RELATIVE_RE.search(l):
            complain(f"relative-day word on line {x}: {l[:60]!r}")
        if x not in body_idx and day_names(l) and x not in chrome_idx:
            complain(f"weekday name on a line that is neither body nor chrome: {l[:60]!r}")

    # mojibake only on chrome lines, and decodable
    for x, l in enumerate(lines):
        if MOJI_RE.search(l):
            if x not in chrome_idx:
                complain(f"mojibake on a line that is not chrome: {l[:40]!r}")
            if not is_mojibake(l):
                complain(f"a mojibake line that does not decode back to clean text: {l[:40]!r}")

    # theme lines
    theme = []
    roles = {"title": {t}, "evidence": {k_ev}, "body": set(body_idx), "in": {x for x in chrome_idx if i < x < j},
             "out": set(out_span), "chrome": set(chrome_idx), "unlisted": unlisted_idx}
    for kind, part in doc["theme"]:
        if kind not in KINDS:
            complain(f"unknown theme kind {kind!r}")
            continue
        role, pat = KINDS[kind]
        line = whole(part, f"theme ({kind})")
        if line is None:
            continue
        ks = {x for x, l in enumerate(lines) if l == line}
        if not ks & roles[role]:
            complain(f"theme line ({kind}) is not a {role} line: {line[:50]!r}")
        if pat and not re.search(pat, line):
            complain(f"theme line ({kind}) does not match its pattern: {line[:50]!r}")
        if kind.startswith("entity-"):
            raws = {raw_lines[x] for x in ks}
            if not any(ENTITY_RE.search(r) for r in raws):
                complain(f"theme line ({kind}) carries no entity in the page: {line[:50]!r}")
        if kind == "mojibake" and not is_mojibake(line):
            complain(f"theme line (mojibake) is not mojibake: {line[:50]!r}")
        if {"text": line, "kind": kind} in theme:
            complain(f"theme line listed twice: {line[:50]!r}")
        theme.append({"text": line, "kind": kind})
    kinds = {d["kind"] for d in theme}
    if not REQUIRED[k] <= kinds:
        complain(f"situation {k} lacks theme kinds {sorted(REQUIRED[k] - kinds)}")
    ctx = {"name": name, "raw": raw, "lines": lines, "raw_lines": raw_lines, "t": t, "i": i, "j": j,
           "body_idx": body_idx, "body": body, "nb": nb, "chrome": chrome, "inside": inside, "unlisted": unlisted,
           "chrome_idx": chrome_idx, "out_span": out_span, "theme": theme, "c_texts": c_texts,
           "stats": (len(paras), words, len(raw.split()), len(lines))}
    check_situation(doc, ctx, complain)
    return ctx


def check_situation(doc, ctx, complain):
    """one rule per situation beyond the required theme kinds."""
    k, n = doc["situation"], doc["n"]
    L, R, t, i, j = ctx["lines"], ctx["raw_lines"], ctx["t"], ctx["i"], ctx["j"]
    theme = {}
    for d in ctx["theme"]:
        theme.setdefault(d["kind"], []).append(d["text"])
    if k == 1:
        # the raw title, the raw evidence line and the raw body_first line carry entities; the Arabic page
        # spells an Arabic word as numeric entities in its title
        k_ev = first_line(L, doc["evidence"])
        for x, what in ((t, "title"), (k_ev, "evidence line"), (i, "body_first line")):
            if not ENTITY_RE.search(R[x]):
                complain(f"situation 1: the raw {what} carries no entity")
        ents = [x for x in ctx["chrome_idx"] if ENTITY_RE.search(R[x])]
        if len(ents) < 3:
            complain("situation 1: fewer than three chrome lines carry entities")
        body_ents = [x for x in ctx["body_idx"] if ENTITY_RE.search(R[x])]
        if len(body_ents) < 3:
            complain("situation 1: fewer than three body lines carry entities")
        if doc["language"] == "ar" and not re.search(r"(&#15\d\d;){3,}|(&#16\d\d;){3,}|&#1[56]\d\d;&#1[56]\d\d;", R[t]):
            complain("situation 1: the Arabic title spells no Arabic letters as numeric entities")
    elif k == 2:
        if not any(i < x < j for x in ctx["chrome_idx"] if TEMPLATE_RE.search(L[x])):
            complain("situation 2: no shortcode inside the body span")
        above = [x for x in ctx["chrome_idx"] if x < i and TEMPLATE_RE.search(L[x])]
        if len(above) < 3:
            complain("situation 2: fewer than three template lines around the title and date")
    elif k == 3:
        if len([x for x in ctx["chrome_idx"] if SCRIPT_RE.search(L[x])]) < 4:
            complain("situation 3: fewer than four script, style or JSON-LD lines")
        if "jsonld" not in doc:
            complain("situation 3: no JSON-LD decision recorded")
    elif k == 4:
        ins = [x for x in range(i + 1, j) if x in ctx["chrome_idx"]]
        if len(ins) < 3:
            complain("situation 4: fewer than three image lines inside the body span")
    elif k == 5:
        ins = [x for x in range(i + 1, j) if x in ctx["chrome_idx"]]
        if len(ins) < 5:
            complain("situation 5: fewer than five placeholder lines inside the body span")
    elif k == 6:
        moj = [x for x in ctx["chrome_idx"] if MOJI_RE.search(L[x])]
        if len(moj) < 4 or not any(i < x < j for x in moj) or not any(x < t for x in moj):
            complain("situation 6: mojibake needs four chrome lines, one above the title and one inside the span")
        for x in [t] + ctx["body_idx"]:
            if MOJI_RE.search(L[x]):
                complain("situation 6: mojibake on the title or the body")
    elif k == 7:
        if not re.match(r"^(Skip to|تخطي إلى)", L[0]):
            complain("situation 7: the page does not open with a skip link")
        if not any(i < x < j for x in ctx["chrome_idx"] if re.search(KINDS["new-window"][1], L[x])):
            complain("situation 7: no 'opens in new window' line inside the span")
        if not re.match(r"^(Back to top|العودة إلى الأعلى)$", L[-1]):
            complain("situation 7: the page does not end with back to top")
    elif k == 8:
        og = theme.get("og-description", [""])[0]
        if og != L[i] or not L.index(og) < t:
            complain("situation 8: the og:description line is not the body's first line repeated above the title")
        seo = theme.get("seo-title", [""])[0]
        if not seo.startswith(doc["title"] + " | ") or not L.index(seo) < t:
            complain("situation 8: the SEO title is not the title with the site name above it")
        for s in theme.get("summary-item", []):
            toks = set(norm(s).split()) - {"•"}
            best = max(len(toks & set(norm(p).split())) / len(toks) for p in (L[x] for x in ctx["body_idx"]))
            if best < 0.6 or not t < L.index(s) < i:
                complain(f"situation 8: a summary item that does not restate a body line between title and text: {s[:40]!r}")
    elif k == 9:
        p1 = [x for x, l in enumerate(L) if re.fullmatch(r"Page 1 of 2|الصفحة 1 من 2", l)]
        p2 = [x for x, l in enumerate(L) if re.fullmatch(r"Page 2 of 2|الصفحة 2 من 2", l)]
        if len(p1) != 1 or p1[0] > i or len(p2) != 1 or not i < p2[0] < j:
            complain("situation 9: 'page 1 of 2' above the text and 'page 2 of 2' inside it")
        else:
            if len([x for x in ctx["body_idx"] if x > p2[0]]) < 3:
                complain("situation 9: the second page holds fewer than three body lines")
    elif k == 10:
        if not ctx["c_texts"] or "epochs" not in doc or not doc["pub_lines"]:
            complain("situation 10: comments with relative stamps, an epoch and an ISO line are required")
        crawl = [d for d in doc["other_dates"] if d["role"] == "crawl"]
        if len(crawl) != 1:
            complain("situation 10: one crawl date")
    elif k == 11:
        sig = theme.get("tweet-signature", [""])[0]
        if not any(d["role"] == "embed" and d["text"] in sig for d in doc["other_dates"]):
            complain("situation 11: the signature line's date is not an embed date")
        tw = theme.get("tweet", [""])[0]
        if L.index(sig) != L.index(tw) + 1:
            complain("situation 11: the signature does not follow the post")
        w = theme.get("watch", [""])[0]
        if L.index(theme.get("duration", [""])[0]) != L.index(w) + 1:
            complain("situation 11: the duration does not follow the video line")
    elif k == 12:
        tail = [L.index(theme[kk][0]) for kk in ("correction", "credits-line", "funding", "trust", "copyright", "cookie")]
        if min(tail) <= j:
            complain("situation 12: the tail lines must follow the body")
        if len([c for c in doc["credits"] if c["role"] == "editor"]) != 1:
            complain("situation 12: the credits line names one editor")


# ---------------------------------------------------------------- output
def gold_record(doc, ctx):
    rec = {"file": ctx["name"], "language": doc["language"], "situation": doc["situation"], "outlet": doc["outlet"],
           "title": doc["title"]}
    if doc["situation"] == 1:
        rec["title_raw"] = ctx["raw_lines"][ctx["t"]]
    rec.update({"published": doc["published"], "published_note": doc["published_note"],
                "evidence": {"text": doc["evidence"]}, "pub_lines": doc["pub_lines"], "other_dates": doc["other_dates"]})
    for key in ("epochs", "jsonld"):
        if key in doc:
            rec[key] = doc[key]
    rec.update({"body_first": doc["body_first"], "body_last": doc["body_last"], "chrome_not_body": ctx["chrome"],
                "chrome_inside": ctx["inside"], "unlisted": ctx["unlisted"], "theme_lines": ctx["theme"],
                "relative": doc["relative"]})
    for key in ("comments_first", "comment_authors", "comment_langs", "comment_replies"):
        if key in doc:
            rec[key] = doc[key]
    rec["credits"] = doc["credits"]
    if doc["situation"] == 1:
        rec["entity_lines"] = [{"raw": r, "reader": l} for r, l in zip(ctx["raw_lines"], ctx["lines"]) if r != l]
    if doc["situation"] == 6:
        rec["mojibake_lines"] = [{"text": l, "decoded": l.encode("cp1252").decode("utf-8")}
                                 for l in ctx["chrome"] if MOJI_RE.search(l)]
    rec["events"] = []
    return rec


VARIANTS = ("gold", "span", "page", "raw")


def synth(out_dir, variant, ctxs):
    """DIR/documents.jsonl built from the gold itself. Variants: gold (the gold title and day, body = the
    body lines, comments, credits); span (the whole body span as body, residue inside it kept); page (the
    whole page as body); raw (as gold, but the title and body as the page has them, entities not decoded).
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
            src = c["raw_lines"] if variant == "raw" else L
            body = "\n".join(src[x] for x in keep)
            title = src[c["t"]]
            comments = [{"author": a, "text": doc["comments_first"] if x == 0 else "", "start": None, "end": None,
                         "reply_to": None} for x, a in enumerate(doc.get("comment_authors", []))]
            rec = {"doc_id": f"t55-synth-{doc['n']}", "input": c["name"], "language": doc["language"], "title": title,
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
        print("%d (%s, situation %2d): %d paragraphs, %d body words, %d page words, %d non-empty lines"
              % ((doc["n"], LAYOUT[doc["n"]], doc["situation"]) + ctx["stats"]))
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
