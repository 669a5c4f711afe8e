#!/usr/bin/env python3
"""Build and check transfer-49.gold.json from the 24 pages in this folder.

usage: python3 make_gold.py            (checks, then writes transfer-49.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Theme: THE ORDINARY CASE, OUTLET BY OUTLET. Every page is a crawler's flattened text (one block per
line, no wrapping) of an ordinary news article page in the templates of 2019-2026, from twelve kinds
of outlet of the region, each once per language (49NN English, 49NN+12 Arabic):
 1 UK-style broadsheet   2 US cable-network site   3 Gulf daily   4 Israeli daily
 5 Turkish state broadcaster   6 Iranian agency   7 Kurdish regional outlet   8 Lebanese daily
 9 Egyptian daily   10 Maghreb news site   11 Yemeni outlet aligned with one side
12 Sudanese site (older plain template).
LAYOUT: `blank` pages have a blank line between body paragraphs (blocks outside the body may run
over adjacent lines); `lines` pages have no blank line anywhere.

Keys per document, besides those of transfer-48's json (title, published, published_note,
evidence, other_dates, body_first, body_last, chrome_not_body, relative, comments_first,
comment_authors, credits, events):
  order        "dmy" / "mdy": how numeric dates on this page read (checked by range, see below);
  hijri        a lunar Hijri date printed beside the Gregorian one (4915, 4918), checked with the
               JDK's java.time.chrono.HijrahDate (Umm al-Qura);
  solar_hijri  a Solar Hijri date printed beside the Gregorian one (4906), checked with the
               arithmetic calendar below (self-tested against ten Nowruz days);
  neutral      lines inside the body span that are neither required nor forbidden (none in this
               set; kept for the format), NOT written to the json;
  unlisted     chrome lines that cannot be listed because, after score_events.py's normalization,
               they occur inside the body text (a site name in a dateline, a section name that is a
               country); NOT written to the json, only checked and documented.

Checks (lines compared stripped; any failure prints the problems and writes nothing):
  * folder: exactly 24 pages named 49NN_<slug>.txt (at most 200 characters), 12 per language,
    documents 4901-4924 in order; each page ends with one newline, has no tab / CR / form feed,
    300-800 words, and the layout of LAYOUT;
  * every gold string is non-empty, single-line, without outer spaces, and verbatim in its page;
    the title is a whole line and not chrome; body_first is a line prefix; body_last is the whole
    last line of the span; every chrome line is a whole line or a line prefix; no duplicates;
    neither body edge is chrome;
  * every non-empty line of the page is accounted for: title, body, chrome, unlisted, or the text
    of a reader comment (after comments_first);
  * the body (the span's non-chrome lines) has 250-600 words and 5-10 paragraphs of at least 18
    words, none containing ' | '; on `blank` pages its lines are separated by blank lines;
  * after score_events.py's normalization, the body contains no chrome line longer than 3
    characters, not the title and not comments_first; every unlisted line does occur in it;
  * comments_first is a line prefix after body_last and not chrome; every comment author sits on a
    chrome line after body_last and not in the body; credits sit on chrome lines outside the body,
    with role author, editor or translator;
  * dates: published is ISO; the evidence text occurs once in the page, outside the body unless
    in_body (then on the first body line), and parses to exactly the publication day, with a
    matching weekday where it names one (full or abbreviated, English or Arabic). The parser reads
    English months (full and abbreviated), Egyptian, Levantine and Maghrebi Arabic months (with an
    optional second name after '/'), Arabic-Indic digits, ISO, Y/M/D, and numeric D/M/Y or M/D/Y
    (with '/', '.' or '-') only with the page's order and a field above 12. Every other_dates entry
    parses to its stated day, which differs from the publication day. Every date anywhere on the
    page is the publication day or one of other_dates' days;
  * the Hijri dates: java (one-class program, HijrahDate) must give the printed year, month and day
    for the publication day, and the text must read '<day> <month name> <year>'; with no java, no
    gold. The Solar Hijri date must be what the arithmetic calendar gives, and must not parse as a
    Gregorian date;
  * the relative phrase names a weekday that falls 1-7 days before publication, sits on one body
    line, occurs once, and is the body's only weekday name; weekday names elsewhere sit only on
    chrome lines; no page has today/yesterday/tonight/tomorrow, اليوم, أمس, الليلة, غدا(ً) or
    البارحة;
  * the language agrees with score_events.py's --lang test (Arabic when more than a third of
    body_first's characters are Arabic script).
The json is loaded again after writing.
"""
import datetime, glob, json, math, os, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "transfer-49.gold.json")
FIRST, LAST = 4901, 4924

# kind k: English page 4900+k, Arabic page 4912+k; English odd kinds and Arabic even kinds are
# `blank`, the others `lines` (six of each per language, as in transfer-48).
LAYOUT = {}
for _k in range(1, 13):
    LAYOUT[4900 + _k] = "blank" if _k % 2 else "lines"
    LAYOUT[4912 + _k] = "lines" if _k % 2 else "blank"

ABOUT = [
    "Forty-ninth transfer check set (t49): 24 text pages, 12 English (4901-4912) and 12 Arabic (4913-4924). Theme: THE ORDINARY CASE, OUTLET BY OUTLET: each page is a crawler's flattened text (one block per line, no wrapping) of an ordinary news article page in the templates of 2019-2026, from twelve kinds of outlet, each once per language (49NN and 49NN+12 share the kind, with different stories and invented outlets): (1) a UK-style broadsheet (standfirst, correspondent line, 'Photograph: ... via Getty Images' credits, a next-day 'Last modified'); (2) a US cable-network site ('Story by', an 'Updated' line on the next day standing above the original, video-player lines 'Now playing' / 'Video Ad Feedback' inside the text); (3) a Gulf daily (prayer-time strip, breadcrumb, 'Last updated' beside the original; the Arabic page prints the Hijri date in Arabic-Indic digits); (4) an Israeli daily (byline with date, 'Advertisement' / 'إعلان' lines, 'Read more' links and a subscriber prompt inside the text, a latest-updates box with times); (5) a Turkish state broadcaster (ANKARA dateline, numeric D.M.Y with an update on the same line; the Arabic page's only date is in the dateline); (6) an Iranian agency (news ID line; Solar Hijri beside an ISO date in English, lunar Hijri beside the Gregorian date in Arabic); (7) a Kurdish outlet (Erbil dateline, gallery counters '1/8', 'Share on WhatsApp', author box; the English page's only date is in the dateline, beside a bare '2 hours ago'); (8) a Lebanese daily (masthead date, kicker, author with a time, 'Ad' / 'إعلان' lines, numbered most-read); (9) an Egyptian daily ('Written by' / 'كتب:', 'Read also' / 'اقرأ أيضا' lines inside the text; the English page's date only at the end); (10) a Maghreb site ('18/05/2020 à 14h35', 'Lu 2 318 fois', Algerian month names 'جانفي', 'قرئ 3412 مرة'); (11) a Yemeni outlet aligned with one side ('EXCLUSIVE' / 'خاص', a relative stamp beside the absolute date, a Telegram-channel line); (12) a Sudanese site in an older plain template (dateline, radio source credit, 'N Responses to <title>' comments; numeric M/D/Y in English; the Arabic page's only date, Y/M/D in Arabic-Indic digits, at the end). Stories of 2015-2025, none of transfer-48's. Outlets, writers, witnesses, analysts, commenters and all wording invented (fictional pages written for Sitrep, no third-party text); real places and public figures, who appear in indirect speech.",
    "Written blind by the t49 helper without reading any Sitrep source, resource, tools/ script or test, without running Sitrep and without seeing any Sitrep output; of the other sets only transfer-48's README.md, make_gold.py, transfer-48.gold.json and its pages 4801, 4813 and 4818 were read, for the format. Layout per page in make_gold.py's LAYOUT. Odd pages (4901, 4903, ..., 4913, 4915, ...) may be studied later; even pages stay the check.",
    "Gold conventions (as t48's): the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph belongs to it (4902, 4905, 4906, 4907, 4912, 4917 and the city datelines). Publisher apparatus is chrome: mastheads, slogans, menus, breadcrumbs, section, kicker and label lines ('EXCLUSIVE', 'خاص'), prayer-time strips, date lines, bylines and credit lines, standfirsts, photo captions and credits, gallery counters, video-player lines, 'Advertisement' / 'Ad' / 'إعلان' lines, 'Read also' / 'Read more' / 'Related:' / 'اقرأ أيضا' / 'اقرأ المزيد' link lines, subscriber prompts, Telegram and app lines, 'Source:' / 'المصدر:' lines, news-ID lines, view counts, author boxes, tags, share lines (including those that repeat the title), related, most-read and latest-updates lists, comment headers, names and stamps, cookie and newsletter lines and footers. The publication date is the article's own first publication: not an 'Updated' / 'Last modified' / 'Last updated' / 'Update' / 'آخر تحديث' date (4901, 4902, 4903, 4905, 4910, 4914, 4915, 4922), not a comment stamp; beside a relative '3 hours ago' / 'منذ 5 ساعات' the absolute date wins (4911, 4923); beside a Hijri date only the Gregorian one counts (4906 Solar Hijri, 4915 and 4918 lunar Hijri). Each document carries published_note, the evidence text, other_dates and events: [] (no events are coded in this set). Comments (4903, 4910, 4911, 4912, 4915, 4921, 4922, 4924) carry comments_first and comment_authors. credits list byline names (author, editor, translator). Each text has one relative-day phrase, given in `relative`, 1-7 days before publication.",
]

DOCS = [
    {
        "n": 4901, "language": "en",
        "outlet": "kind 1, a UK-style broadsheet (The Albion Herald, invented): Assad flees and rebels take Damascus",
        "title": "Assad flees Syria as rebels sweep into Damascus and end five decades of family rule",
        "published": "2024-12-08",
        "published_note": "'Sun 8 Dec 2024 18.40 GMT' under the standfirst and byline (abbreviated weekday, D Mon YYYY); 'Last modified on Mon 9 Dec 2024 07.15 GMT' is the next day and must not win; the text's 'on Saturday' is 7 December",
        "evidence": {"text": "Sun 8 Dec 2024 18.40 GMT"},
        "other_dates": [{"text": "Mon 9 Dec 2024 07.15 GMT", "date": "2024-12-09"}],
        "body_first": "Syrian rebels have taken control of Damascus and Bashar al-Assad has fled the country,",
        "body_last": "For millions of Syrians scattered across Turkey, Lebanon, Jordan and Europe, the news raised a question that many had stopped asking: whether it might soon be possible to go home. More than half of the pre-war population was driven from their homes during 13 years of war, and large parts of the country's cities still lie in ruins.",
        "chrome_not_body": [
            "The Albion Herald",
            "Support the Herald: fund independent journalism from £2 a month | Sign in",
            "News | Opinion | Sport | Culture | Lifestyle",
            "World › Middle East › Syria",
            "Crowds celebrate in the capital's squares after a lightning offensive led by Hayat Tahrir al-Sham, as Russian state media says the deposed president is in Moscow",
            "Martin Ashdown in Beirut and our correspondent in Damascus",
            "Sun 8 Dec 2024 18.40 GMT",
            "Last modified on Mon 9 Dec 2024 07.15 GMT",
            "Share on Facebook | Share on X | Share via Email",
            "People celebrate in Umayyad Square in central Damascus after the announcement that Bashar al-Assad had left the country. Photograph: Yaman Qudsi/AFP via Getty Images",
            "A man walks past a defaced portrait of the former president at a checkpoint on the road into the capital. Photograph: Amer Sabbagh/EPA",
            "Explore more on these topics: Syria | Bashar al-Assad | Middle East and north Africa | Russia",
            "Share | Reuse this content",
            "Most viewed",
            "Who is Ahmed al-Sharaa, the rebel leader who toppled Assad?",
            "What happens to Russia's bases in Syria now?",
            "Inside Saydnaya: families search for the missing",
            "The fall of the Assads in pictures",
            "Sign up to Morning Dispatch: our free daily newsletter, with the day's top stories and analysis. Enter your email address | Sign up",
            "About us | Contact us | Complaints and corrections | Terms and conditions | Privacy policy | Cookie settings",
            "© 2024 Albion Herald Media Limited or its affiliated companies. All rights reserved.",
            "We use cookies to personalise content and ads and to analyse our traffic. Accept all cookies | Manage preferences",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Saturday", "date": "2024-12-07"},
        "credits": [{"role": "author", "name": "Martin Ashdown"}],
    },
    {
        "n": 4902, "language": "en",
        "outlet": "kind 2, a US cable-network news site (Atlantic News Network, ANN, invented): the US strike that killed Qasem Soleimani",
        "title": "US strike kills Iran's top general Qasem Soleimani at Baghdad airport",
        "published": "2020-01-03",
        "published_note": "'Published 6:05 AM EST, Fri January 3, 2020' under the 'Updated' line (weekday, Month D, YYYY; 11:05 UTC, the same day); 'Updated 10:42 AM EST, Sat January 4, 2020' stands first and is the next day: it must not win; the text's 'on Tuesday' is 31 December 2019",
        "evidence": {"text": "Published 6:05 AM EST, Fri January 3, 2020"},
        "other_dates": [{"text": "Updated 10:42 AM EST, Sat January 4, 2020", "date": "2020-01-04"}],
        "body_first": "(ANN) — Iran's most powerful military commander, Maj. Gen. Qasem Soleimani, was killed",
        "body_last": "Iraq's caretaker prime minister, Adel Abdul Mahdi, condemned the attack as a violation of the conditions for the American military presence in the country and called for an emergency session of parliament. Analysts warned that any response could come through Iran's network of allied militias rather than directly. \"Tehran has many ways to answer, and very few of them are predictable,\" said Laura Kemp, a senior fellow at the Halden Institute in Washington.",
        "chrome_not_body": [
            "ANN",
            "Atlantic News Network",
            "Watch Live | Audio | Sign in",
            "US | World | Politics | Business | Health | Entertainment | Style | Travel | Sports | Video",
            "World › Middle East",
            "Story by Dana Whitfield and Mark Osei, ANN",
            "Updated 10:42 AM EST, Sat January 4, 2020",
            "Published 6:05 AM EST, Fri January 3, 2020",
            "Now playing",
            "02:14 - Source: ANN",
            "Footage shows burning wreckage on the airport road in Baghdad",
            "Video Ad Feedback",
            "01:36 - Source: ANN",
            "Oil prices jump as traders weigh the risk of a wider conflict",
            "Related: Who was Qasem Soleimani, the shadow commander of Iran's regional wars?",
            "ANN's Peter Lowry and Sara Haddad contributed to this report.",
            "Paid Content",
            "The 5 best travel credit cards of the year",
            "Seniors are snapping up these comfortable shoes",
            "More from ANN",
            "Pentagon sends 3,000 more troops to the region",
            "What the strike means for US forces in Iraq",
            "Search ANN...",
            "Terms of Use | Privacy Policy | Ad Choices | Accessibility & CC | About | Newsletters | Transcripts",
            "© 2020 Atlantic News Network. All Rights Reserved.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Tuesday", "date": "2019-12-31"},
        "credits": [{"role": "author", "name": "Dana Whitfield"}, {"role": "author", "name": "Mark Osei"}],
    },
    {
        "n": 4903, "language": "en",
        "outlet": "kind 3, a Gulf daily's English site (The Gulf Courier, invented, Bahrain): the drone attacks on Abqaiq and Khurais",
        "title": "Drone attacks knock out half of Saudi oil output after strikes on Abqaiq and Khurais",
        "published": "2019-09-15",
        "published_note": "'Published: September 15, 2019 09:12 | Last updated: September 16, 2019 21:30' above the title (Month D, YYYY); the 'Last updated' beside it is the next day and must not win, nor the second comment's stamp (16 September); the text's 'on Saturday' is 14 September",
        "evidence": {"text": "September 15, 2019 09:12"},
        "other_dates": [{"text": "Last updated: September 16, 2019 21:30", "date": "2019-09-16"}, {"text": "September 16, 2019 at 8:22 am", "date": "2019-09-16"}],
        "body_first": "Riyadh: Drone strikes early on Saturday set ablaze two of Saudi Aramco's most important",
        "body_last": "Aramco's chief executive, Amin Nasser, said work was under way to restore output and that the company would give an update on progress within 48 hours. Traders expect a sharp rise in oil prices when markets open after the weekend.",
        "chrome_not_body": [
            "The Gulf Courier",
            "Bahrain's independent English daily",
            "Bahrain | Saudi Arabia | UAE | Kuwait | Oman | Qatar | World | Business | Sport | Opinion",
            "Manama prayer times: Fajr 4:01 | Sunrise 5:21 | Dhuhr 11:34 | Asr 3:02 | Maghrib 5:46 | Isha 7:16",
            "Home > Region > Saudi Arabia",
            "Published: September 15, 2019 09:12 | Last updated: September 16, 2019 21:30",
            "By Faisal Al Mannai, Senior Reporter",
            "Smoke billows from the Aramco processing facility in Abqaiq in the kingdom's Eastern Province. Image Credit: AFP",
            "Also read: Saudi Arabia intercepts drone launched towards Khamis Mushait",
            "Tags: Saudi Aramco | Abqaiq | Khurais | Houthis | Iran | Oil",
            "Share: Facebook | Twitter | WhatsApp | LinkedIn | Email",
            "2 Comments",
            "Mohammed K. | September 15, 2019 at 10:05 am",
            "Reply",
            "S. Pillai | September 16, 2019 at 8:22 am",
            "Leave a comment: Your email address will not be published.",
            "More from Region",
            "Kuwait raises security at oil facilities",
            "Oman calls for calm after attacks in Saudi Arabia",
            "Contact us | Advertise | Subscribe | Terms of use | Privacy policy",
            "© 2019 The Gulf Courier. All rights reserved.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Saturday", "date": "2019-09-14"},
        "comments_first": "Thank God nobody was killed. Praying for the workers and the firefighters",
        "comment_authors": ["Mohammed K.", "S. Pillai"],
        "credits": [{"role": "author", "name": "Faisal Al Mannai"}],
    },
    {
        "n": 4904, "language": "en",
        "outlet": "kind 4, an Israeli daily's English site (The Israel Dispatch, invented): the rocket that killed twelve children in Majdal Shams",
        "title": "Twelve children killed as rocket from Lebanon hits football pitch in Majdal Shams",
        "published": "2024-07-28",
        "published_note": "inside the byline line 'By Noa Feldman and Amir Cohen | Published 28 July 2024, 9:14 am | Updated at 3:20 pm' (D Month YYYY); the update and the 'Latest updates' items carry times only; the text's 'on Saturday' is 27 July",
        "evidence": {"text": "Published 28 July 2024, 9:14 am"},
        "other_dates": [],
        "body_first": "Twelve children and teenagers were killed when a rocket fired from Lebanon struck",
        "body_last": "The cross-border fighting began when Hezbollah opened fire on Israeli positions in support of Hamas at the start of the war in Gaza. Since then, tens of thousands of people have been displaced from their homes on both sides of the border, and entire towns in northern Israel have stood almost empty for months.",
        "chrome_not_body": [
            "The Israel Dispatch",
            "Subscribe | Log in | עברית",
            "News | Israel at War | Politics | Middle East | Opinion | Jewish World | Podcasts | Newsletters",
            "Israel at War",
            "By Noa Feldman and Amir Cohen | Published 28 July 2024, 9:14 am | Updated at 3:20 pm",
            "Advertisement",
            "Read more: Who are the Druze of the Golan Heights, and why did they refuse Israeli citizenship?",
            "You have read 3 of 5 free articles this month. Subscribe for unlimited access to The Israel Dispatch. Already a subscriber? Log in",
            "Latest updates",
            "3:05 pm Funerals end in Majdal Shams as mourners march to the cemetery",
            "1:48 pm Foreign Ministry briefs ambassadors on the attack",
            "11:20 am Airlines review flights to Beirut amid fears of escalation",
            "Join our community: Become a member of The Israel Dispatch and support independent journalism",
            "About | Contact | Advertise | Terms of use | Privacy policy | Accessibility",
            "© 2024 The Israel Dispatch. All rights reserved.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Saturday", "date": "2024-07-27"},
        "credits": [{"role": "author", "name": "Noa Feldman"}, {"role": "author", "name": "Amir Cohen"}],
    },
    {
        "n": 4905, "language": "en",
        "outlet": "kind 5, a Turkish state broadcaster's English service (TVT World, invented): Operation Claw-Sword air strikes",
        "title": "Turkish jets strike PKK/YPG targets in northern Iraq and Syria in Operation Claw-Sword",
        "published": "2022-11-20",
        "published_note": "'Mehmet Yıldız | 20.11.2022 - Update : 21.11.2022' under the title (numeric D.M.Y with dots, unambiguous: day 20); the update on the same line is the next day and must not win; the dateline 'ANKARA (TVT) –' has no date; the text's 'last Sunday' is 13 November, seven days before",
        "evidence": {"text": "20.11.2022", "order": "dmy"},
        "other_dates": [{"text": "Update : 21.11.2022", "date": "2022-11-21", "order": "dmy"}],
        "order": "dmy",
        "body_first": "ANKARA (TVT) – Turkish warplanes struck PKK/YPG terror targets in northern Iraq",
        "body_last": "Türkiye has carried out several cross-border operations in northern Syria and Iraq since 2016 to clear what officials describe as a terror corridor along its southern border. Officials have repeatedly said that a ground operation could follow if the threat to Turkish towns near the border continues.",
        "chrome_not_body": [
            "TVT WORLD",
            "Live TV | Türkçe | العربية | Deutsch | Français",
            "Türkiye | World | Business | Sport | Life | Video | Opinion",
            "Mehmet Yıldız | 20.11.2022 - Update : 21.11.2022",
            "Photo: National Defence Ministry handout",
            "Source: TVT World and agencies",
            "Edited by: Ayşe Demir",
            "Tags: Claw-Sword, PKK, YPG, counter-terrorism, northern Syria, northern Iraq",
            "Share: Facebook | X | WhatsApp | Telegram",
            "Download the TVT World app: App Store | Google Play",
            "Related",
            "Istanbul attack suspect detained, interior minister says",
            "Turkish drones neutralise terrorists in northern Iraq",
            "Corporate | Contact | Frequencies | Privacy | Terms of use",
            "© 2022 TVT World. All rights reserved.",
        ],
        "neutral": [],
        "unlisted": ["Türkiye"],
        "relative": {"phrase": "last Sunday", "date": "2022-11-13"},
        "credits": [{"role": "author", "name": "Mehmet Yıldız"}, {"role": "editor", "name": "Ayşe Demir"}],
    },
    {
        "n": 4906, "language": "en",
        "outlet": "kind 6, an Iranian news agency's English service (Persian Gulf News Agency, PGNA, invented): the IRGC's seizure of the Stena Impero",
        "title": "IRGC seizes British tanker Stena Impero in Strait of Hormuz for violating maritime rules",
        "published": "2019-07-20",
        "published_note": "'29 Tir 1398 - 11:42 | 2019-07-20 11:42' under the title: the Solar Hijri date (29 Tir 1398, checked by make_gold.py's own arithmetic) beside the ISO Gregorian date; only the Gregorian one counts, and '1398' is not a Gregorian year; 'News ID: 4618823' is no date; the text's 'on Friday' is 19 July",
        "evidence": {"text": "2019-07-20 11:42"},
        "other_dates": [],
        "solar_hijri": {"text": "29 Tir 1398", "year": 1398, "month": 4, "day": 29},
        "body_first": "TEHRAN (PGNA) – The navy of the Islamic Revolution Guards Corps (IRGC) has seized",
        "body_last": "A second tanker, the Liberian-flagged Mesdar, operated by a British company, was briefly stopped in the area and then allowed to continue its voyage after receiving a warning about environmental and safety standards, according to Iranian media.",
        "chrome_not_body": [
            "Persian Gulf News Agency",
            "فارسی | العربية | English",
            "Home | Politics | Defense | Economy | Iran | World | Culture | Sports | Photo | Video",
            "Defense",
            "News ID: 4618823",
            "29 Tir 1398 - 11:42 | 2019-07-20 11:42",
            "Read more: Iran summons British envoy over illegal seizure of tanker off Gibraltar",
            "Source: PGNA",
            "Tags: IRGC, Strait of Hormuz, Stena Impero, UK, Grace 1",
            "Related News",
            "Iran warns of firm response to any violation of its waters",
            "Hormozgan ports chief: crew of seized tanker in good health",
            "Your comment",
            "Name | Email | Send",
            "About PGNA | Contact | RSS | Archive",
            "All rights reserved for Persian Gulf News Agency.",
        ],
        "neutral": [],
        "unlisted": ["PGNA"],
        "relative": {"phrase": "on Friday", "date": "2019-07-19"},
        "credits": [],
    },
    {
        "n": 4907, "language": "en",
        "outlet": "kind 7, a Kurdish regional outlet (Erbil Mirror, invented): the IRGC missile attack on Erbil",
        "title": "Iran's Revolutionary Guards claim ballistic missile attack on Erbil",
        "published": "2022-03-14",
        "published_note": "only the dateline 'ERBIL, 14 March 2022 –' opening the text carries a date (D Month YYYY); the stamp above the title is a bare '2 hours ago'; the gallery counters '1/8' and '3/8' are no dates; the text's 'early on Sunday' is 13 March",
        "evidence": {"text": "ERBIL, 14 March 2022", "in_body": True},
        "other_dates": [],
        "body_first": "ERBIL, 14 March 2022 – Iran's Islamic Revolutionary Guard Corps (IRGC) said it fired",
        "body_last": "Iraqi leaders in Baghdad condemned the attack, and lawmakers called for a parliamentary committee to visit Erbil and examine the claims about the targeted site, amid fears that the region could become an arena for the rivalry between Iran and its enemies.",
        "chrome_not_body": [
            "Erbil Mirror",
            "Kurdistan Region | Iraq | Syria | Türkiye | Iran | World | Economy | Culture | Video",
            "Listen live | کوردی | العربية | Türkçe",
            "2 hours ago",
            "1/8",
            "Damage at a residential compound near the new US consulate building in Erbil. Photo: Erbil Mirror",
            "Share on WhatsApp | Facebook | Twitter | Telegram",
            "3/8",
            "A resident inspects shattered windows two streets from the impact site. Photo: Erbil Mirror/Hawre Karim",
            "About the author",
            "Dilan Aziz is a reporter at Erbil Mirror covering security and politics in the Kurdistan Region. Follow her on Twitter @dilanaziz",
            "Most read",
            "Fuel prices rise again in Kurdistan Region",
            "Peshmerga ministry announces new unified brigades",
            "Erbil Mirror © 2022 | About us | Contact | Privacy",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Sunday", "date": "2022-03-13"},
        "credits": [{"role": "author", "name": "Dilan Aziz"}],
    },
    {
        "n": 4908, "language": "en",
        "outlet": "kind 8, a Lebanese daily's English site (The Beirut Observer, invented): the drone strike that killed Saleh al-Arouri in Beirut",
        "title": "Israeli drone strike in Beirut's southern suburbs kills Hamas deputy chief Saleh al-Arouri",
        "published": "2024-01-03",
        "published_note": "the masthead date 'Wednesday, January 3, 2024' above the title (weekday, Month D, YYYY); the byline carries only '3 hours ago'; the text's 'on Tuesday' is 2 January",
        "evidence": {"text": "Wednesday, January 3, 2024"},
        "other_dates": [],
        "body_first": "A drone strike on an apartment in Beirut's southern suburbs on Tuesday evening killed",
        "body_last": "The killing raised fears that the exchanges of fire between Israel and Hezbollah, which have so far been largely confined to the border area, could widen into a full-scale war. Western diplomats have been urging restraint on both sides, and US officials were expected to travel to the region in the coming days.",
        "chrome_not_body": [
            "The Beirut Observer",
            "Wednesday, January 3, 2024",
            "E-paper | Newsletters | Subscribe",
            "Lebanon | Region | Economy | Opinion | Culture | Sports | Podcasts",
            "Lebanon News",
            "TARGETED KILLING",
            "By Lea Haddad · 3 hours ago",
            "Ad",
            "Tags: Saleh al-Arouri | Hamas | Hezbollah | Dahieh | Israel",
            "Share: Facebook | X | WhatsApp | Email",
            "Most Read",
            "1 Mikati says Lebanon does not seek a wider war",
            "2 Banks extend limits on dollar withdrawals for another month",
            "3 Airlines cut flights to Beirut as insurers raise premiums",
            "4 Southern border villages count losses after three months of shelling",
            "5 Power cuts return to Beirut as fuel shipment is delayed",
            "About us | Contact | Advertise | Terms | Privacy",
            "© 2024 The Beirut Observer. All Rights Reserved.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Tuesday", "date": "2024-01-02"},
        "credits": [{"role": "author", "name": "Lea Haddad"}],
    },
    {
        "n": 4909, "language": "en",
        "outlet": "kind 9, an Egyptian daily's English site (Nile Gazette, invented): the first aid convoy through Rafah and the Cairo peace summit",
        "title": "First aid convoy enters Gaza through Rafah crossing as Cairo hosts peace summit",
        "published": "2023-10-21",
        "published_note": "only at the end of the text: 'Posted: Saturday 21 October 2023 - 06:20 PM' (weekday, D Month YYYY); nothing above the title carries a date; the text's 'on Friday' is 20 October",
        "evidence": {"text": "Saturday 21 October 2023 - 06:20 PM"},
        "other_dates": [],
        "body_first": "The first convoy of humanitarian aid crossed from Egypt into the Gaza Strip through",
        "body_last": "Egyptian officials said the crossing would remain open for aid in the coming days, and that the Egyptian side was ready to receive wounded Palestinians for treatment in hospitals in North Sinai and elsewhere in the country.",
        "chrome_not_body": [
            "Nile Gazette",
            "Egypt's English-language news since 1998",
            "Egypt | Politics | Economy | Region | Sports | Arts & Culture | Opinion | Multimedia",
            "Politics",
            "Written by: Mahmoud Abdel Aziz",
            "Trucks carrying humanitarian aid wait on the Egyptian side of the Rafah border crossing. (Nile Gazette)",
            "Read also: Egypt says Rafah crossing was never closed from its side",
            "Read also: Sisi receives European leaders on the sidelines of the summit",
            "Posted: Saturday 21 October 2023 - 06:20 PM",
            "Related articles",
            "Egyptian Red Crescent: more convoys ready to move",
            "Foreign ministers arrive in Cairo for peace summit",
            "Sinai residents open homes to aid workers",
            "Share: Facebook | Twitter | WhatsApp",
            "About us | Contact us | Advertise | Privacy policy",
            "© 2023 Nile Gazette. All rights reserved.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Friday", "date": "2023-10-20"},
        "credits": [{"role": "author", "name": "Mahmoud Abdel Aziz"}],
    },
    {
        "n": 4910, "language": "en",
        "outlet": "kind 10, a Maghreb news site's English edition (Maghreb Pulse, invented, Tunis): the GNA's capture of Al-Watiya air base",
        "title": "Libya: GNA forces seize Al-Watiya air base from Haftar's troops",
        "published": "2020-05-18",
        "published_note": "'Published on 18/05/2020 à 14h35 | Updated on 19/05/2020 à 09h10' under the title (numeric D/M/Y in the French manner, unambiguous: day 18); the update and the second comment are the next day and must not win; 'Lu 2 318 fois' is a view count; the text's 'on Sunday' is 17 May",
        "evidence": {"text": "18/05/2020 à 14h35", "order": "dmy"},
        "other_dates": [{"text": "Updated on 19/05/2020 à 09h10", "date": "2020-05-19", "order": "dmy"}, {"text": "19/05/2020 à 08h15", "date": "2020-05-19", "order": "dmy"}],
        "order": "dmy",
        "body_first": "Forces loyal to the Tripoli-based Government of National Accord (GNA) took full control",
        "body_last": "In Tunis, authorities said they were monitoring developments near the border closely and had reinforced military and security deployments in the south-east, around the Ras Jedir and Dehiba crossings, to prevent any spillover of the fighting.",
        "chrome_not_body": [
            "Maghreb Pulse",
            "Tunisia | Algeria | Morocco | Libya | Mauritania | Sahel | Economy | Culture | Sport",
            "Français | العربية | English",
            "Published on 18/05/2020 à 14h35 | Updated on 19/05/2020 à 09h10",
            "Lu 2 318 fois",
            "By Sami Ben Youssef",
            "Read also: Libya: Tripoli residents endure shelling and power cuts during Ramadan",
            "Share: Facebook | Twitter | LinkedIn | WhatsApp",
            "Comments (2)",
            "Karim B. | 18/05/2020 à 16h02",
            "Nadia from Sfax | 19/05/2020 à 08h15",
            "Add a comment",
            "Most read",
            "Tunisia extends night curfew for another two weeks",
            "Algeria: new constitution draft presented to parties",
            "Morocco reopens mosques under strict conditions",
            "About | Contact | Advertising | Legal notice",
            "© 2020 Maghreb Pulse",
        ],
        "neutral": [],
        "unlisted": ["Libya"],
        "relative": {"phrase": "on Sunday", "date": "2020-05-17"},
        "comments_first": "Another victory bought with foreign drones.",
        "comment_authors": ["Karim B.", "Nadia from Sfax"],
        "credits": [{"role": "author", "name": "Sami Ben Youssef"}],
    },
    {
        "n": 4911, "language": "en",
        "outlet": "kind 11, a Yemeni outlet aligned with the government (Yemen Tribune, invented): the Houthis kill Ali Abdullah Saleh",
        "title": "Houthi militia kills former president Ali Abdullah Saleh south of Sanaa",
        "published": "2017-12-04",
        "published_note": "'3 hours ago | Dec. 4, 2017 - 5:40 PM' under the title: the relative stamp beside the absolute date (abbreviated Month D, YYYY), which wins; the third comment is stamped the next day; the text's 'on Saturday' is 2 December",
        "evidence": {"text": "Dec. 4, 2017 - 5:40 PM"},
        "other_dates": [{"text": "Dec. 5, 2017 at 6:30 am", "date": "2017-12-05"}],
        "body_first": "Sanaa – The Iran-backed Houthi militia killed former president Ali Abdullah Saleh",
        "body_last": "The International Committee of the Red Cross said the fighting in Sanaa had killed and wounded dozens of people, and it appealed for a humanitarian pause so that the wounded could be evacuated and civilians could go out to buy food and water.",
        "chrome_not_body": [
            "Yemen Tribune",
            "News of the Republic of Yemen",
            "Local | Politics | Military | Economy | Reports | Opinion | Arabic",
            "LOCAL NEWS | Sanaa",
            "EXCLUSIVE",
            "3 hours ago | Dec. 4, 2017 - 5:40 PM",
            "Yemen Tribune – Sanaa",
            "Read also: Government forces advance in Nehm, east of the capital",
            "Source: Yemen Tribune correspondents in Sanaa and Marib",
            "Join our Telegram channel for breaking news from Yemen: @YemenTribuneNews",
            "Tags: Saleh, Houthis, Sanaa, General People's Congress",
            "Comments (3)",
            "Abu Fahd al-Hamdani | Dec. 4, 2017 at 7:02 pm",
            "Mona S. | Dec. 4, 2017 at 9:45 pm",
            "Tareq Aden | Dec. 5, 2017 at 6:30 am",
            "Contact | About us | Advertise | Privacy",
            "© 2017 Yemen Tribune",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Saturday", "date": "2017-12-02"},
        "comments_first": "This is the end of the alliance of betrayal.",
        "comment_authors": ["Abu Fahd al-Hamdani", "Mona S.", "Tareq Aden"],
        "credits": [],
    },
    {
        "n": 4912, "language": "en",
        "outlet": "kind 12, a Sudanese site in an older plain template (Sudan Voices, invented): the outbreak of the war between the army and the RSF",
        "title": "Fighting between army and RSF spreads across Sudan, dozens of civilians killed",
        "published": "2023-04-16",
        "published_note": "'Posted on 04/16/2023 - 11:05 | Category: News' under the title (numeric M/D/Y, unambiguous: day 16); the dateline 'KHARTOUM / MEROWE –' has no date; the third comment is stamped the next day; the text's 'on Saturday' is 15 April",
        "evidence": {"text": "04/16/2023 - 11:05", "order": "mdy"},
        "other_dates": [{"text": "April 17, 2023 at 7:50 am", "date": "2023-04-17"}],
        "order": "mdy",
        "body_first": "KHARTOUM / MEROWE – Heavy fighting broke out across Sudan on Saturday between",
        "body_last": "Flights at Khartoum airport were suspended after several aircraft, among them a Saudi airliner preparing for take-off, were hit. Neighbourhood resistance committees in the capital opened homes and mosques to people stranded away from their families and organised first aid where hospitals could not be reached.",
        "chrome_not_body": [
            "Sudan Voices",
            "Independent news from Sudan and the Horn of Africa",
            "Home | News | Darfur | Kordofan | Khartoum | Economy | Human rights | Contact",
            "News",
            "Posted on 04/16/2023 - 11:05 | Category: News",
            "Source: Radio Jebel Marra / Sudan Voices correspondents",
            "Print this article | Email to a friend",
            "3 Responses to “Fighting between army and RSF spreads across Sudan, dozens of civilians killed”",
            "Adam Ishag says:",
            "April 16, 2023 at 1:20 pm",
            "Hawa Abdelrahman says:",
            "April 16, 2023 at 4:05 pm",
            "Osman K. says:",
            "April 17, 2023 at 7:50 am",
            "Leave a Reply",
            "Recent posts",
            "Darfur: displaced camps fear new attacks",
            "Port Sudan residents queue for fuel",
            "Copyright © 2023 Sudan Voices. All rights reserved. Powered by WordPress",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "on Saturday", "date": "2023-04-15"},
        "comments_first": "My family in Nyala cannot leave the house.",
        "comment_authors": ["Adam Ishag", "Hawa Abdelrahman", "Osman K."],
        "credits": [],
    },
    {
        "n": 4913, "language": "ar",
        "outlet": "kind 1, the Arabic edition of a UK-style broadsheet (الكرونيكل عربية, invented): the pager explosions across Lebanon",
        "title": "آلاف الإصابات في انفجار أجهزة اتصال يحملها عناصر من حزب الله في أنحاء لبنان",
        "published": "2024-09-18",
        "published_note": "'الأربعاء 18 سبتمبر 2024 - 09:20 بتوقيت غرينتش' under the byline (weekday, D Egyptian-month YYYY); the text's 'يوم الثلاثاء' is 17 September",
        "evidence": {"text": "الأربعاء 18 سبتمبر 2024"},
        "other_dates": [],
        "body_first": "بيروت - قُتل 12 شخصاً على الأقل، بينهم طفلان، وأصيب نحو 2800 آخرين",
        "body_last": "ويرى محللون أن الهجوم، الذي يُعتقد أنه استهدف شبكة الاتصال التي اعتمدها الحزب بديلاً من الهواتف الذكية خشية الاختراق، يشكل ضربة أمنية كبيرة له، ويرفع المخاوف من انزلاق المواجهة المستمرة على الحدود الجنوبية منذ نحو عام إلى حرب شاملة.",
        "chrome_not_body": [
            "الكرونيكل عربية",
            "النسخة العربية من صحيفة ذا كرونيكل البريطانية",
            "أخبار | سياسة | اقتصاد | آراء | ثقافة | منوعات | تحقيقات | بودكاست",
            "الشرق الأوسط › لبنان",
            "الحزب يتهم إسرائيل ويتوعد بالرد، ووزير الصحة يعلن حصيلة من 12 قتيلاً بينهم طفلان ونحو 2800 جريح",
            "جيمس هارتلي ومراسلنا في بيروت | ترجمة: منى سعيد",
            "الأربعاء 18 سبتمبر 2024 - 09:20 بتوقيت غرينتش",
            "مسعفون ينقلون جريحاً إلى أحد مستشفيات بيروت بعد الانفجارات. الصورة: كريم حسون/ أ ف ب عبر غيتي إيماجز",
            "شارك: آلاف الإصابات في انفجار أجهزة اتصال يحملها عناصر من حزب الله في أنحاء لبنان | فيسبوك | إكس | واتساب | البريد",
            "مواضيع: لبنان | حزب الله | إسرائيل | إيران",
            "الأكثر مشاهدة",
            "كيف تحولت أجهزة النداء إلى قنابل؟ ما نعرفه حتى الآن",
            "مستشفيات لبنان تحت الضغط: شهادات من أقسام الطوارئ",
            "واشنطن تنفي علمها المسبق بالهجوم",
            "اشترك في نشرتنا البريدية الصباحية لتصلك أهم الأخبار والتحليلات. بريدك الإلكتروني | اشترك",
            "من نحن | اتصل بنا | الشروط والأحكام | سياسة الخصوصية | إعدادات ملفات تعريف الارتباط",
            "© 2024 الكرونيكل عربية. جميع الحقوق محفوظة.",
            "نستخدم ملفات تعريف الارتباط لتخصيص المحتوى وتحليل حركة الزيارات. قبول الكل | إدارة التفضيلات",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "يوم الثلاثاء", "date": "2024-09-17"},
        "credits": [{"role": "author", "name": "جيمس هارتلي"}, {"role": "translator", "name": "منى سعيد"}],
    },
    {
        "n": 4914, "language": "ar",
        "outlet": "kind 2, a US cable network's Arabic site (أطلس نيوز عربية, invented): Trump announces the killing of Abu Bakr al-Baghdadi",
        "title": "ترامب يعلن مقتل زعيم داعش أبو بكر البغدادي في عملية أمريكية شمال غرب سوريا",
        "published": "2019-10-27",
        "published_note": "'نُشر يوم الأحد، 27 أكتوبر/تشرين الأول 2019 - 18:05 بتوقيت مكة المكرمة' (weekday, both month systems); the 'آخر تحديث: الاثنين، 28 أكتوبر/تشرين الأول 2019' line above it is the next day and must not win; the text's 'مساء السبت' is 26 October",
        "evidence": {"text": "نُشر يوم الأحد، 27 أكتوبر/تشرين الأول 2019"},
        "other_dates": [{"text": "آخر تحديث: الاثنين، 28 أكتوبر/تشرين الأول 2019", "date": "2019-10-28"}],
        "body_first": "واشنطن (أطلس نيوز) - أعلن الرئيس الأمريكي دونالد ترامب مقتل زعيم تنظيم داعش",
        "body_last": "وحذر مسؤولون أمريكيون من أن التنظيم قد يحاول الانتقام عبر هجمات في سوريا والعراق وخارجهما، في وقت يثير فيه انسحاب القوات الأمريكية من مناطق في شمال سوريا مخاوف من فرار آلاف المعتقلين من عناصره في سجون تديرها القوات الكردية.",
        "chrome_not_body": [
            "أطلس نيوز عربية",
            "شاهد البث المباشر | English | تسجيل الدخول",
            "الرئيسية | الشرق الأوسط | العالم | اقتصاد | علوم وتكنولوجيا | صحة | رياضة | فيديو",
            "الشرق الأوسط",
            "قصة بقلم: سامر الحلبي، أطلس نيوز",
            "آخر تحديث: الاثنين، 28 أكتوبر/تشرين الأول 2019 - 10:42 بتوقيت مكة المكرمة",
            "نُشر يوم الأحد، 27 أكتوبر/تشرين الأول 2019 - 18:05 بتوقيت مكة المكرمة",
            "يُعرض الآن",
            "02:31 - المصدر: أطلس نيوز",
            "كيف جرت العملية التي انتهت بمقتل البغدادي؟",
            "ملاحظات حول إعلان الفيديو",
            "01:48 - المصدر: أطلس نيوز",
            "شاهد: سكان باريشا يتفقدون آثار العملية",
            "المواضيع: داعش | سوريا | الولايات المتحدة | إدلب",
            "محتوى مدفوع",
            "أفضل 5 بطاقات ائتمان للسفر هذا العام",
            "اكتشف أسرار النوم العميق في ثلاث خطوات",
            "شروط الاستخدام | سياسة الخصوصية | اختيارات الإعلانات | من نحن | النشرات البريدية",
            "© 2019 أطلس نيوز عربية. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "مساء السبت", "date": "2019-10-26"},
        "credits": [{"role": "author", "name": "سامر الحلبي"}],
    },
    {
        "n": 4915, "language": "ar",
        "outlet": "kind 3, a Gulf daily's Arabic site (اللؤلؤة, invented, Abu Dhabi): the Houthi drone attack on Abu Dhabi",
        "title": "مقتل ثلاثة وإصابة ستة في هجوم حوثي بطائرات مسيّرة على منشآت مدنية في أبوظبي",
        "published": "2022-01-18",
        "published_note": "'الثلاثاء ١٥ جمادى الآخرة ١٤٤٣ هـ - ١٨ يناير ٢٠٢٢ م' under the title, in Arabic-Indic digits: weekday, Hijri (15 Jumada al-Akhira 1443 = 18 January 2022 in the Umm al-Qura calendar, checked with java.time.chrono.HijrahDate) beside the Gregorian date with an Egyptian month; only the Gregorian half counts; 'آخر تحديث: ١٩ يناير ٢٠٢٢' on the same line and the second comment are the next day; the text's 'يوم الاثنين' is 17 January",
        "evidence": {"text": "الثلاثاء ١٥ جمادى الآخرة ١٤٤٣ هـ - ١٨ يناير ٢٠٢٢ م"},
        "other_dates": [{"text": "آخر تحديث: ١٩ يناير ٢٠٢٢ - ٠٩:١٥", "date": "2022-01-19"}, {"text": "١٩ يناير ٢٠٢٢ - ٠٨:٤٠", "date": "2022-01-19"}],
        "hijri": {"text": "١٥ جمادى الآخرة ١٤٤٣ هـ", "year": 1443, "month": 6, "day": 15},
        "body_first": "أعلنت شرطة أبوظبي مقتل ثلاثة أشخاص وإصابة ستة آخرين بجروح",
        "body_last": "ويأتي الهجوم بعد أسابيع من تقدم قوات ألوية العمالقة في محافظة شبوة اليمنية، حيث استعادت مديريات كانت الجماعة قد سيطرت عليها، وهو ما يرى مراقبون أنه دفع الحوثيين إلى محاولة نقل المواجهة إلى العمق الإماراتي.",
        "chrome_not_body": [
            "اللؤلؤة",
            "صحيفة يومية سياسية مستقلة تصدر في أبوظبي",
            "الإمارات | الخليج | عربي ودولي | اقتصاد | رياضة | ثقافة | رأي | فيديو",
            "مواقيت الصلاة - أبوظبي: الفجر ٥:٤٥ | الشروق ٧:٠٥ | الظهر ١٢:٣٥ | العصر ٣:٤٢ | المغرب ٦:٠٢ | العشاء ٧:١٦",
            "الرئيسية > الإمارات > أخبار الدولة",
            "الثلاثاء ١٥ جمادى الآخرة ١٤٤٣ هـ - ١٨ يناير ٢٠٢٢ م | آخر تحديث: ١٩ يناير ٢٠٢٢ - ٠٩:١٥",
            "أبوظبي: «اللؤلؤة»",
            "اقرأ أيضاً: التحالف يعلن تدمير طائرات مسيّرة أطلقت باتجاه المملكة",
            "الوسوم: أبوظبي | الحوثي | هجوم إرهابي | مصفح | أدنوك",
            "شارك: فيسبوك | تويتر | واتساب | تيليغرام",
            "التعليقات (2)",
            "خالد المنصوري | ١٨ يناير ٢٠٢٢ - ١١:٠٥",
            "أم سعيد | ١٩ يناير ٢٠٢٢ - ٠٨:٤٠",
            "أضف تعليقك",
            "الأكثر قراءة",
            "1. الطقس: أجواء باردة وضباب على المناطق الساحلية",
            "2. تعديل مواعيد الدوام في المدارس الحكومية",
            "3. انطلاق معرض للكتاب في العاصمة الشهر المقبل",
            "من نحن | اتصل بنا | الإعلان | سياسة الخصوصية",
            "© 2022 اللؤلؤة. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "يوم الاثنين", "date": "2022-01-17"},
        "comments_first": "حفظ الله الإمارات وقيادتها وشعبها",
        "comment_authors": ["خالد المنصوري", "أم سعيد"],
        "credits": [],
    },
    {
        "n": 4916, "language": "ar",
        "outlet": "kind 4, the Arabic edition of an Israeli daily (الكرمل, invented): the army announces the killing of Yahya Sinwar in Rafah",
        "title": "الجيش الإسرائيلي يعلن مقتل رئيس حركة حماس يحيى السنوار في اشتباك برفح",
        "published": "2024-10-17",
        "published_note": "inside the byline 'بقلم: نوعام شاحر وعنات بيرتس | 17/10/2024 - 22:40' (numeric D/M/Y, unambiguous: day 17; 19:40 UTC, the same day); the 'آخر التحديثات' items carry times only; the text's 'يوم الأربعاء' is 16 October",
        "evidence": {"text": "17/10/2024 - 22:40", "order": "dmy"},
        "other_dates": [],
        "order": "dmy",
        "body_first": "أعلن الجيش الإسرائيلي وجهاز الأمن العام (الشاباك) مقتل رئيس المكتب السياسي",
        "body_last": "ولم يصدر عن حماس تعليق رسمي حتى ساعة متأخرة من المساء، فيما تواصلت العمليات العسكرية الإسرائيلية في شمال القطاع، حيث يحاصر الجيش مخيم جباليا منذ نحو أسبوعين.",
        "chrome_not_body": [
            "الكرمل",
            "النسخة العربية",
            "أخبار | إسرائيل | الشرق الأوسط | سياسة | اقتصاد | آراء | بودكاست",
            "اشترك | تسجيل الدخول | עברית | English",
            "الحرب في غزة",
            "بقلم: نوعام شاحر وعنات بيرتس | 17/10/2024 - 22:40",
            "إعلان",
            "اقرأ المزيد: من هو يحيى السنوار؟ من سجون إسرائيل إلى قيادة حماس",
            "هذه المقالة متاحة لمشتركي الكرمل. اشترك الآن واحصل على الشهر الأول مجاناً. لديك اشتراك؟ سجّل الدخول",
            "آخر التحديثات",
            "23:05 | عائلات المخطوفين تطالب الحكومة بصفقة فورية",
            "22:51 | البيت الأبيض: فرصة لإنهاء الحرب في غزة",
            "22:18 | الجيش ينشر صوراً من موقع الاشتباك في تل السلطان",
            "انضم إلى قناة الكرمل على واتساب لتصلك آخر الأخبار",
            "من نحن | اتصل بنا | الإعلان | شروط الاستخدام | سياسة الخصوصية",
            "© 2024 الكرمل. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "يوم الأربعاء", "date": "2024-10-16"},
        "credits": [{"role": "author", "name": "نوعام شاحر"}, {"role": "author", "name": "عنات بيرتس"}],
    },
    {
        "n": 4917, "language": "ar",
        "outlet": "kind 5, a Turkish state broadcaster's Arabic service (صوت المضيق, invented): the launch of Operation Olive Branch in Afrin",
        "title": "الجيش التركي يطلق عملية \"غصن الزيتون\" ضد تنظيم \"ي ب ك/بي كا كا\" في عفرين",
        "published": "2018-01-21",
        "published_note": "only the dateline 'أنقرة، 21 يناير 2018 (صوت المضيق) -' opening the text carries a date (D Egyptian-month YYYY); the page has no date line; the text's 'يوم السبت' is 20 January",
        "evidence": {"text": "أنقرة، 21 يناير 2018 (صوت المضيق)", "in_body": True},
        "other_dates": [],
        "body_first": "أنقرة، 21 يناير 2018 (صوت المضيق) - أعلنت رئاسة الأركان التركية بدء عملية",
        "body_last": "وتعد \"غصن الزيتون\" ثاني عملية عسكرية تركية واسعة في شمال سوريا بعد عملية \"درع الفرات\" التي أطلقتها أنقرة في أغسطس/آب 2016 وانتهت في مارس/آذار 2017 بالسيطرة على مناطق بينها جرابلس والباب.",
        "chrome_not_body": [
            "الخدمة العربية",
            "البث المباشر | Türkçe | English",
            "تركيا | الشرق الأوسط | العالم | اقتصاد | ثقافة | رياضة | فيديو",
            "تغطية: إبراهيم كايا",
            "مقاتلات تركية تقلع من قاعدة جوية جنوب شرقي البلاد للمشاركة في العملية. (صورة: وزارة الدفاع التركية)",
            "المصدر: صوت المضيق + وكالات",
            "الوسوم: غصن الزيتون، عفرين، ي ب ك، بي كا كا، سوريا",
            "شارك: فيسبوك | تويتر | واتساب | تيليغرام",
            "حمّل تطبيق صوت المضيق على هاتفك: متجر آبل | متجر غوغل",
            "أخبار ذات صلة",
            "أردوغان يؤكد رفض بلاده قيام ممر إرهابي على حدودها الجنوبية",
            "الخارجية التركية تطلع السفراء على أهداف العملية",
            "من نحن | اتصل بنا | الترددات | سياسة الخصوصية",
            "© 2018 صوت المضيق. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "unlisted": ["صوت المضيق", "تركيا"],
        "relative": {"phrase": "يوم السبت", "date": "2018-01-20"},
        "credits": [{"role": "author", "name": "إبراهيم كايا"}],
    },
    {
        "n": 4918, "language": "ar",
        "outlet": "kind 6, an Iranian news agency's Arabic service (وكالة المشرق للأنباء, invented): the IRGC missile strike on Ain al-Asad",
        "title": "الحرس الثوري يستهدف قاعدة عين الأسد الأمريكية في العراق بعشرات الصواريخ ثأراً للشهيد سليماني",
        "published": "2020-01-09",
        "published_note": "'الخميس 14 جمادى الأولى 1441 - 9 يناير 2020 - 10:25' under the title: weekday, lunar Hijri (14 Jumada al-Ula 1441 = 9 January 2020 in the Umm al-Qura calendar, checked with java.time.chrono.HijrahDate) beside the Gregorian date with an Egyptian month; only the Gregorian half counts; 'رمز الخبر: 2981542' is no date; the text's 'فجر الأربعاء' is 8 January",
        "evidence": {"text": "الخميس 14 جمادى الأولى 1441 - 9 يناير 2020"},
        "other_dates": [],
        "hijri": {"text": "14 جمادى الأولى 1441", "year": 1441, "month": 5, "day": 14},
        "body_first": "طهران - أعلن حرس الثورة الإسلامية أن وحداته الصاروخية استهدفت",
        "body_last": "وكان الفريق سليماني قد استشهد مع نائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس ورفاقهما في غارة أمريكية قرب مطار بغداد الدولي، وشارك ملايين الإيرانيين في مراسم تشييعه في عدد من المدن قبل أن يوارى الثرى في مسقط رأسه كرمان.",
        "chrome_not_body": [
            "وكالة المشرق للأنباء",
            "القسم العربي",
            "فارسی | English | العربية",
            "الرئيسية | إيران | سياسة | دفاع وأمن | اقتصاد | العالم الإسلامي | ثقافة | صور | فيديو",
            "دفاع وأمن",
            "رمز الخبر: 2981542",
            "الخميس 14 جمادى الأولى 1441 - 9 يناير 2020 - 10:25",
            "اقرأ أيضاً: مراسم تشييع مهيبة للشهيد سليماني في كرمان بمشاركة الملايين",
            "المصدر: وكالة المشرق للأنباء",
            "الوسوم: الحرس الثوري، عين الأسد، الشهيد سليماني، أمريكا، العراق",
            "أخبار ذات صلة",
            "ظريف يعلن انتهاء إجراءات الدفاع عن النفس",
            "الخارجية العراقية تستدعي السفير الإيراني احتجاجاً على الهجوم",
            "أرسل تعليقك",
            "الاسم | البريد الإلكتروني | إرسال",
            "من نحن | اتصل بنا | الأرشيف | RSS",
            "جميع الحقوق محفوظة لوكالة المشرق للأنباء.",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "فجر الأربعاء", "date": "2020-01-08"},
        "credits": [],
    },
    {
        "n": 4919, "language": "ar",
        "outlet": "kind 7, a Kurdish regional outlet's Arabic site (مرآة كردستان, invented): Iraqi forces take Kirkuk",
        "title": "القوات العراقية تسيطر على كركوك بعد انسحاب البيشمركة وآلاف العائلات تنزح نحو أربيل",
        "published": "2017-10-17",
        "published_note": "'17-10-2017 | 09:45' above the title (numeric D-M-Y with dashes, unambiguous: day 17); the gallery counters '1/8' and '4/8' are no dates; the text's 'يوم الاثنين' is 16 October",
        "evidence": {"text": "17-10-2017", "order": "dmy"},
        "other_dates": [],
        "order": "dmy",
        "body_first": "أربيل - سيطرت القوات العراقية والحشد الشعبي على مدينة كركوك",
        "body_last": "ويقول مراقبون إن خسارة كركوك وحقولها النفطية تمثل ضربة قاسية لاقتصاد الإقليم ولطموحات قيادته بعد الاستفتاء الذي صوّت فيه أكثر من 92 في المئة لصالح الاستقلال، ورفضته بغداد ودول الجوار.",
        "chrome_not_body": [
            "مرآة كردستان",
            "کوردی | English | Türkçe",
            "كوردستان | العراق | سوريا | تركيا | إيران | العالم | اقتصاد | ثقافة | فيديو",
            "17-10-2017 | 09:45",
            "1/8",
            "عائلات كوردية تغادر كركوك على طريق أربيل. تصوير: مرآة كردستان",
            "شارك عبر واتساب | فيسبوك | تويتر | تيليغرام",
            "4/8",
            "طابور من السيارات عند نقطة تفتيش على الطريق بين كركوك وأربيل. تصوير: مرآة كردستان/ شوان محمد",
            "الوسوم: كركوك، البيشمركة، الحشد الشعبي، الاستفتاء",
            "عن الكاتب",
            "هيمن عبد الله: مراسل مرآة كردستان في أربيل، يغطي الشؤون الأمنية والسياسية في الإقليم.",
            "الأكثر قراءة",
            "حكومة الإقليم تعلن موعد صرف الرواتب",
            "ارتفاع أسعار الوقود في أسواق السليمانية",
            "مرآة كردستان © 2017 | من نحن | اتصل بنا | الخصوصية",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "يوم الاثنين", "date": "2017-10-16"},
        "credits": [{"role": "author", "name": "هيمن عبد الله"}],
    },
    {
        "n": 4920, "language": "ar",
        "outlet": "kind 8, a Lebanese daily (صحيفة الأرز, invented): Hezbollah announces the killing of Hassan Nasrallah",
        "title": "حزب الله يعلن استشهاد أمينه العام حسن نصر الله في غارة إسرائيلية على الضاحية الجنوبية",
        "published": "2024-09-28",
        "published_note": "the masthead date 'السبت 28 أيلول 2024' above the title (weekday, D Levantine-month YYYY); the byline 'كتب: رامي فرحات | 14:30' carries only a time; the text's 'مساء الجمعة' is 27 September",
        "evidence": {"text": "السبت 28 أيلول 2024"},
        "other_dates": [],
        "body_first": "أعلن حزب الله في بيان استشهاد أمينه العام السيد حسن نصر الله",
        "body_last": "ويطرح اغتيال نصر الله، الذي قاد الحزب منذ عام 1992، أسئلة كبرى حول مستقبل الحزب وقيادته ومسار المواجهة المفتوحة مع إسرائيل، التي تصاعدت بشكل كبير منذ منتصف الشهر الجاري.",
        "chrome_not_body": [
            "صحيفة الأرز",
            "السبت 28 أيلول 2024",
            "سياسة | لبنان | عربي ودولي | اقتصاد | ثقافة | رياضة | رأي | كاريكاتير",
            "زلزال في الضاحية",
            "كتب: رامي فرحات | 14:30",
            "إعلان",
            "الأكثر قراءة",
            "1. المدارس الرسمية تفتح أبوابها لاستقبال النازحين",
            "2. مطار بيروت: إلغاء رحلات وتعديل مواعيد أخرى",
            "3. أسعار المحروقات ترتفع مع اشتداد الأزمة",
            "4. وزارة الصحة تنشر أرقام الطوارئ للمستشفيات",
            "5. دعوات دولية إلى وقف إطلاق النار في لبنان",
            "من نحن | اتصل بنا | للإعلان | شروط الاستخدام",
            "© 2024 صحيفة الأرز. جميع الحقوق محفوظة.",
        ],
        "neutral": [],
        "unlisted": ["لبنان"],
        "relative": {"phrase": "مساء الجمعة", "date": "2024-09-27"},
        "credits": [{"role": "author", "name": "رامي فرحات"}],
    },
    {
        "n": 4921, "language": "ar",
        "outlet": "kind 9, an Egyptian daily (بوابة الوادي, invented): Egyptian air strikes on Islamic State in Derna",
        "title": "القوات الجوية المصرية تدك معسكرات داعش في درنة الليبية ثأراً للضحايا المصريين",
        "published": "2015-02-16",
        "published_note": "inside the byline 'كتب: محمود عبد الحميد | الاثنين، 16 فبراير 2015 - 11:20 ص' (weekday, D Egyptian-month YYYY); the third comment is stamped the next day; the text's 'مساء الأحد' is 15 February",
        "evidence": {"text": "الاثنين، 16 فبراير 2015 - 11:20 ص"},
        "other_dates": [{"text": "17 فبراير 2015 - 09:30 ص", "date": "2015-02-17"}],
        "body_first": "وجهت القوات الجوية المصرية ضربة جوية مركزة ضد معسكرات",
        "body_last": "وقررت الحكومة المصرية حظر سفر المواطنين إلى ليبيا، وبدأت وزارة الخارجية التنسيق مع السلطات الليبية ودول الجوار لتسهيل عودة المصريين الراغبين في مغادرة الأراضي الليبية عبر منفذ السلوم البري والرحلات الجوية.",
        "chrome_not_body": [
            "بوابة الوادي",
            "الرئيسية | أخبار مصر | حوادث | اقتصاد | عربي ودولي | رياضة | فن | مقالات | فيديو",
            "أخبار مصر",
            "كتب: محمود عبد الحميد | الاثنين، 16 فبراير 2015 - 11:20 ص",
            "اقرأ أيضا: أسماء الضحايا المصريين في ليبيا وقراهم في محافظة المنيا",
            "اقرأ أيضا: الخارجية تدعو المصريين في ليبيا إلى التواصل مع خلية الأزمة",
            "موضوعات متعلقة",
            "السيسي يعلن الحداد العام سبعة أيام",
            "الكنيسة القبطية تنعى ضحايا ليبيا",
            "التعليقات (3)",
            "أحمد سعيد | 16 فبراير 2015 - 01:10 م",
            "أم كيرلس | 16 فبراير 2015 - 03:45 م",
            "حسام الدين | 17 فبراير 2015 - 09:30 ص",
            "أضف تعليقك",
            "جميع الحقوق محفوظة © 2015 بوابة الوادي",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "مساء الأحد", "date": "2015-02-15"},
        "comments_first": "تحيا مصر، وتحية لنسور الجو",
        "comment_authors": ["أحمد سعيد", "أم كيرلس", "حسام الدين"],
        "credits": [{"role": "author", "name": "محمود عبد الحميد"}],
    },
    {
        "n": 4922, "language": "ar",
        "outlet": "kind 10, a Maghreb news site's Arabic pages (أصداء المغرب, invented, Algiers): Haftar's forces take Sirte",
        "title": "قوات حفتر تعلن السيطرة على مدينة سرت بعد انشقاق كتيبة محلية",
        "published": "2020-01-07",
        "published_note": "'نُشر في 07 جانفي 2020 على الساعة 14:35 | آخر تحديث: 08 جانفي 2020 - 10:05' under the title (D Maghrebi-month YYYY, جانفي = January); the update and the second comment are the next day and must not win; 'قرئ 3412 مرة' is a view count; the text's 'يوم الاثنين' is 6 January",
        "evidence": {"text": "07 جانفي 2020 على الساعة 14:35"},
        "other_dates": [{"text": "آخر تحديث: 08 جانفي 2020 - 10:05", "date": "2020-01-08"}, {"text": "08 جانفي 2020 - 09:05", "date": "2020-01-08"}],
        "body_first": "أعلنت قوات القيادة العامة التي يقودها المشير خليفة حفتر",
        "body_last": "ويرى المحلل السياسي التونسي نزار المحجوب أن \"سقوط سرت يغير موازين القوى على الأرض، لكنه قد يدفع الأطراف الخارجية إلى مزيد من التدخل بدل التهدئة\"، في إشارة إلى التحضيرات الجارية لعقد مؤتمر دولي حول ليبيا في برلين.",
        "chrome_not_body": [
            "أصداء المغرب",
            "الجزائر | تونس | المغرب | ليبيا | موريتانيا | الساحل | اقتصاد | ثقافة | رياضة",
            "Français | English",
            "نُشر في 07 جانفي 2020 على الساعة 14:35 | آخر تحديث: 08 جانفي 2020 - 10:05",
            "قرئ 3412 مرة",
            "بقلم: سليم بن عمر",
            "اقرأ أيضا: ليبيا.. البرلمان التركي يوافق على إرسال قوات إلى طرابلس",
            "الكلمات المفتاحية: ليبيا، سرت، حفتر، حكومة الوفاق، تركيا",
            "شارك: فيسبوك | تويتر | واتساب",
            "التعليقات (2)",
            "مواطن من ورقلة | 07 جانفي 2020 - 16:20",
            "سارة. ت | 08 جانفي 2020 - 09:05",
            "أضف تعليقاً",
            "الأكثر قراءة",
            "الجزائر: إجراءات جديدة لتسهيل الاستثمار",
            "تونس: تشكيل الحكومة يتعثر من جديد",
            "المغرب: أمطار غزيرة تقطع طرقاً في الشمال",
            "من نحن | اتصل بنا | الإعلانات | شروط الاستخدام",
            "© 2020 أصداء المغرب",
        ],
        "neutral": [],
        "unlisted": ["ليبيا"],
        "relative": {"phrase": "يوم الاثنين", "date": "2020-01-06"},
        "comments_first": "الحل في ليبيا لن يكون عسكرياً",
        "comment_authors": ["مواطن من ورقلة", "سارة. ت"],
        "credits": [{"role": "author", "name": "سليم بن عمر"}],
    },
    {
        "n": 4923, "language": "ar",
        "outlet": "kind 11, a Yemeni outlet aligned with the Sanaa authorities (منبر صنعاء, invented): the US-British strikes on Yemen",
        "title": "عدوان أمريكي بريطاني يستهدف صنعاء والحديدة ومحافظات أخرى بعشرات الغارات",
        "published": "2024-01-13",
        "published_note": "'منذ 5 ساعات | 13 يناير 2024 - 08:10' under the title: the relative stamp beside the absolute date (D Egyptian-month YYYY), which wins; the text's 'فجر الجمعة' is 12 January",
        "evidence": {"text": "13 يناير 2024 - 08:10"},
        "other_dates": [],
        "body_first": "صنعاء - خاص: شن طيران العدوان الأمريكي البريطاني فجر الجمعة",
        "body_last": "ودانت روسيا وإيران الضربات، فيما دعت سلطنة عمان إلى ضبط النفس وحذرت من اتساع رقعة الصراع في المنطقة، وهي التي تؤدي دور الوسيط الرئيسي في المحادثات بين صنعاء والرياض منذ أشهر.",
        "chrome_not_body": [
            "منبر صنعاء",
            "صوت اليمن الحر",
            "محليات | عربي ودولي | اقتصاد | ثقافة | رياضة | تقارير | فيديو",
            "محليات | العدوان الأمريكي البريطاني على اليمن",
            "خاص",
            "منذ 5 ساعات | 13 يناير 2024 - 08:10",
            "تابعوا قناة منبر صنعاء على تيليغرام لآخر الأخبار العاجلة لحظة بلحظة: @minbar_sanaa",
            "المصدر: منبر صنعاء - خاص",
            "الوسوم: العدوان الأمريكي، صنعاء، الحديدة، البحر الأحمر، غزة",
            "شارك الخبر: فيسبوك | إكس | واتساب | تيليغرام",
            "أخبار ذات صلة",
            "مسيرات جماهيرية في صعدة وحجة تنديداً بالعدوان",
            "الأمم المتحدة تدعو إلى التهدئة في البحر الأحمر",
            "جميع الحقوق محفوظة © منبر صنعاء 2024",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "فجر الجمعة", "date": "2024-01-12"},
        "credits": [],
    },
    {
        "n": 4924, "language": "ar",
        "outlet": "kind 12, a Sudanese site in an older plain template (السودان الحر نت, invented): the army retakes Wad Madani",
        "title": "الجيش السوداني يستعيد مدينة ود مدني عاصمة ولاية الجزيرة من قوات الدعم السريع",
        "published": "2025-01-12",
        "published_note": "only at the end of the text: 'نُشر بتاريخ: ٢٠٢٥/٠١/١٢ - ١٠:٣٠' (Y/M/D in Arabic-Indic digits); nothing above the title carries a date; the third comment is stamped the next day; the text's 'يوم السبت' is 11 January",
        "evidence": {"text": "٢٠٢٥/٠١/١٢ - ١٠:٣٠"},
        "other_dates": [{"text": "2025/01/13 الساعة 08:40", "date": "2025-01-13"}],
        "body_first": "ود مدني / بورتسودان - أعلن الجيش السوداني يوم السبت دخول قواته",
        "body_last": "ويقول مراقبون إن استعادة ود مدني تفتح الطريق أمام الجيش للتقدم نحو الخرطوم بحري ووسط العاصمة، وتعيد ربط ولايات الوسط والشرق بطرق الإمداد الرئيسية، بعد أشهر من العزلة.",
        "chrome_not_body": [
            "السودان الحر نت",
            "أخبار | تقارير | حوارات | مقالات | اقتصاد | منوعات | اتصل بنا",
            "أخبار",
            "بواسطة: عثمان الطيب",
            "نُشر بتاريخ: ٢٠٢٥/٠١/١٢ - ١٠:٣٠",
            "المصدر: راديو جبل مرة - مراسلو السودان الحر نت",
            "طباعة | إرسال لصديق",
            "3 تعليقات على \"الجيش السوداني يستعيد مدينة ود مدني عاصمة ولاية الجزيرة من قوات الدعم السريع\"",
            "علي بابكر يقول:",
            "2025/01/12 الساعة 13:10",
            "إخلاص حامد تقول:",
            "2025/01/12 الساعة 17:45",
            "أبو ريان الكاملين يقول:",
            "2025/01/13 الساعة 08:40",
            "اترك رداً",
            "أحدث المقالات",
            "الخرطوم: مبادرات شبابية لتوزيع المياه في الأحياء",
            "القضارف تستقبل دفعات جديدة من النازحين",
            "حقوق النشر © 2025 السودان الحر نت. جميع الحقوق محفوظة. يعمل بواسطة ووردبريس",
        ],
        "neutral": [],
        "unlisted": [],
        "relative": {"phrase": "يوم السبت", "date": "2025-01-11"},
        "comments_first": "الحمد لله، أهل الجزيرة صبروا كثيراً",
        "comment_authors": ["علي بابكر", "إخلاص حامد", "أبو ريان الكاملين"],
        "credits": [{"role": "author", "name": "عثمان الطيب"}],
    },
]


def norm(s):
    """score_events.py's normalization, copied so that the checks see what the scorer sees."""
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
    """score_events.py's --lang test, applied to body_first."""
    ar = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(text) / 3 else "en"


# ---------------------------------------------------------------- weekdays and relative words
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
           "السبت": 5, "الأحد": 6}
# Arabic names on purpose without word boundaries: "الأحداث" contains "الأحد" and is caught.
DAY_RE = re.compile(r"\b(" + "|".join(EN_DAYS) + r")\b|(" + "|".join(AR_DAYS) + r")")
ABBR_RE = re.compile(r"\b(" + "|".join(EN_ABBR) + r")\b")
REL_WORDS = re.compile(r"\b(today|yesterday|tonight|tomorrow)\b|اليوم|البارحة|"
                       r"(?<![\u0600-\u06FF])(أمس|الليلة|غدا|غداً)(?![\u0600-\u06FF])", re.I)


def weekdays_named(text):
    """Weekday numbers (Monday 0) named in text, full names, English abbreviations, Arabic."""
    out = set()
    for m in DAY_RE.finditer(text):
        out.add(EN_DAYS.index(m.group(1)) if m.group(1) else AR_DAYS[m.group(2)])
    for m in ABBR_RE.finditer(text):
        out.add(EN_ABBR.index(m.group(1)))
    return out


# ---------------------------------------------------------------- Gregorian date parser
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
             "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
             "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
AR_MONTHS = {
    # Egyptian (Western) names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine (Syriac) names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Maghrebi names (Algeria / Tunisia, then Morocco)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12}
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
PERSIAN_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr",
                  "Aban", "Azar", "Dey", "Bahman", "Esfand"]
ROLES = {"author", "editor", "translator"}
_EN_MON = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
_AR_MON = "|".join(sorted(AR_MONTHS, key=len, reverse=True))
EN_DMY = re.compile(r"\b(\d{1,2})\s+(" + _EN_MON + r")\b\.?,?\s+(\d{4})\b", re.I)
EN_MDY = re.compile(r"\b(" + _EN_MON + r")\b\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I)
AR_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(" + _AR_MON + r")(?:\s*/\s*(?:" + _AR_MON + r"))?\s+(\d{4})")
ISO_ANY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
YMD = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
NUM = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])")


def ascii_digits(s):
    return s.translate({0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)})


def parse_dates(text, order=None):
    """Every Gregorian day that `text` names, as a set of ISO strings; raises ValueError on an
    impossible date or on a numeric date that is ambiguous or has no order."""
    t = ascii_digits(text)
    found = set()
    for y, m, d in ISO_ANY.findall(t):
        found.add(datetime.date(int(y), int(m), int(d)).isoformat())
    t = ISO_ANY.sub(" ", t)
    for y, m, d in YMD.findall(t):
        found.add(datetime.date(int(y), int(m), int(d)).isoformat())
    t = YMD.sub(" ", t)
    for a, _, b, y in NUM.findall(t):
        a, b = int(a), int(b)
        if order not in ("dmy", "mdy"):
            raise ValueError(f"numeric date without an order in {text!r}")
        d, m = (a, b) if order == "dmy" else (b, a)
        if not d > 12 >= m:
            raise ValueError(f"numeric date {a}/{b} in {text!r} is not disambiguated by range")
        found.add(datetime.date(int(y), m, d).isoformat())
    t = NUM.sub(" ", t)
    for d, mon, y in EN_DMY.findall(t):
        found.add(datetime.date(int(y), EN_MONTHS[mon.lower()], int(d)).isoformat())
    for mon, d, y in EN_MDY.findall(t):
        found.add(datetime.date(int(y), EN_MONTHS[mon.lower()], int(d)).isoformat())
    for d, mon, y in AR_DMY.findall(t):
        found.add(datetime.date(int(y), AR_MONTHS[mon], int(d)).isoformat())
    return found


def check_date_text(text, want, order, err, what):
    try:
        got = parse_dates(text, order)
    except ValueError as e:
        err(f"{what}: {e}")
        return
    if got != {want}:
        err(f"{what} {text!r} parses to {sorted(got)}, want {want}")
        return
    wd = weekdays_named(text)
    if wd and wd != {datetime.date.fromisoformat(want).weekday()}:
        err(f"{what} {text!r}: weekday does not match {want}")


# ---------------------------------------------------------------- Solar Hijri (arithmetic)
def _div(a, b):
    return math.trunc(a / b)


def _mod(a, b):
    return a - math.trunc(a / b) * b


_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
           2324, 2394, 2456, 3178]


def farvardin1(jy):
    """Gregorian day of 1 Farvardin (Nowruz) of Solar Hijri year jy, after Borkowski's
    arithmetic with the 33-year-cycle break years (as in the jalaali calendar libraries)."""
    gy, leap_j, jp, jump = jy + 621, -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    return datetime.date(gy, 3, 20 + leap_j - leap_g)


def solar_hijri(day):
    """(year, month, day) of a Gregorian day in the Solar Hijri calendar: six months of 31 days,
    five of 30, Esfand of 29 or 30."""
    jy = day.year - 621
    if day < farvardin1(jy):
        jy -= 1
    k = (day - farvardin1(jy)).days
    if k < 186:
        return jy, k // 31 + 1, k % 31 + 1
    k -= 186
    return jy, k // 30 + 7, k % 30 + 1


# Nowruz days known independently (the day of the March equinox in Tehran, before or after noon)
NOWRUZ = {1395: "2016-03-20", 1396: "2017-03-21", 1397: "2018-03-21", 1398: "2019-03-21",
          1399: "2020-03-20", 1400: "2021-03-21", 1401: "2022-03-21", 1402: "2023-03-21",
          1403: "2024-03-20", 1404: "2025-03-21"}


# ---------------------------------------------------------------- lunar Hijri (JDK)
JAVA = """import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
public class HijriCheck49 {
    public static void main(String[] args) {
        for (String a : args) {
            HijrahDate h = HijrahDate.from(LocalDate.parse(a));
            System.out.println(a + " " + h.get(ChronoField.YEAR) + " " + h.get(ChronoField.MONTH_OF_YEAR)
                    + " " + h.get(ChronoField.DAY_OF_MONTH) + " " + h.getChronology().getCalendarType());
        }
    }
}
"""


def hijri_of(days, errors):
    """{iso day: (year, month, day, calendar type)} from java.time.chrono.HijrahDate."""
    java = shutil.which("java")
    if not java:
        errors.append("no java on PATH: the Hijri dates cannot be checked")
        return {}
    tmp = tempfile.mkdtemp(prefix="t49-hijri-")
    try:
        src = os.path.join(tmp, "HijriCheck49.java")
        with open(src, "w", encoding="utf-8") as f:
            f.write(JAVA)
        r = subprocess.run([java, src] + list(days), capture_output=True, text=True, timeout=180)
        if r.returncode != 0:
            errors.append(f"java failed: {r.stderr.strip()[:300]}")
            return {}
        out = {}
        for line in r.stdout.splitlines():
            p = line.split()
            if len(p) == 5:
                out[p[0]] = (int(p[1]), int(p[2]), int(p[3]), p[4])
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- per-document checks
def find_line(lines, s, start=0):
    for k in range(start, len(lines)):
        if lines[k] == s or lines[k].startswith(s):
            return k
    return -1


def gold_strings(doc):
    out = [doc["title"], doc["body_first"], doc["body_last"], doc["relative"]["phrase"],
           doc["evidence"]["text"]]
    out += doc["chrome_not_body"] + doc["neutral"] + doc["unlisted"]
    out += [d["text"] for d in doc["other_dates"]] + [c["name"] for c in doc["credits"]]
    if "comments_first" in doc:
        out += [doc["comments_first"]] + doc["comment_authors"]
    for k in ("hijri", "solar_hijri"):
        if k in doc:
            out.append(doc[k]["text"])
    return out


def check(doc, errors, hijri):
    n = doc["n"]
    lay = LAYOUT[n]

    def err(msg):
        errors.append(f"{n}: {msg}")
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        err(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"49\d\d_[a-z0-9_]+\.txt", name) or len(name) > 200:
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if "\r" in raw or "\f" in raw or "\t" in raw:
        err("carriage return, form feed or tab in the page")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        err("the page must end with exactly one newline")
    page_words = len(raw.split())
    if not 300 <= page_words <= 800:
        err(f"the page has {page_words} words")
    for s in gold_strings(doc):
        if not s or "\n" in s or s != s.strip():
            err(f"gold string empty, multi-line or with outer spaces: {s[:40]!r}")
        elif s not in raw:
            err(f"gold string not verbatim in the page: {s[:40]!r}")
    raw_lines = raw.split("\n")
    idx = [k for k, l in enumerate(raw_lines) if l.strip()]
    lines = [raw_lines[k].strip() for k in idx]
    has_blank = "\n\n" in raw.strip("\n")
    if lay == "lines" and has_blank:
        err("layout 'lines' but the page has blank lines")
    if lay == "blank" and not has_blank:
        err("layout 'blank' but the page has no blank line")
    if doc["title"] not in lines:
        err("the title is not a whole line")
    t_idx = lines.index(doc["title"]) if doc["title"] in lines else -1
    i = find_line(lines, doc["body_first"])
    if i < 0:
        err("body_first is not a line prefix")
        return None
    j = find_line(lines, doc["body_last"], i)
    if j < 0:
        err("body_last is not a line after body_first")
        return None
    if lines[j] != doc["body_last"]:
        err("body_last must be the whole last line of the span")
    chrome, neutral, unlisted = doc["chrome_not_body"], doc["neutral"], doc["unlisted"]
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")
    for c in chrome:
        if find_line(lines, c) < 0:
            err(f"chrome not found as a line or line prefix: {c[:50]!r}")
        if c == doc["title"]:
            err("the title is listed as chrome")
    for c in neutral:
        if not i < find_line(lines, c) < j:
            err(f"neutral line not strictly inside the span: {c!r}")

    def is_chrome(line):
        return any(line == c or line.startswith(c) for c in chrome)

    def is_neutral(line):
        return any(line == c or line.startswith(c) for c in neutral)
    if is_chrome(lines[i]) or is_chrome(lines[j]):
        err("a body edge is a chrome line")
    if not t_idx < i:
        err("the title does not stand above the body")
    span = range(i, j + 1)
    body_idx = [k for k in span if not is_chrome(lines[k]) and not is_neutral(lines[k])]
    kept_idx = [k for k in span if not is_chrome(lines[k])]
    paras = [lines[k] for k in body_idx]
    if lay == "blank":
        for a, b in zip(kept_idx, kept_idx[1:]):
            if idx[b] - idx[a] < 2:
                err(f"body lines not separated by a blank line: {lines[b][:40]!r}")
    for p in paras:
        if len(p.split()) < 18 or " | " in p:
            err(f"short or piped unlisted line inside the body span: {p[:60]!r}")
    body_text = " ".join(paras)
    words = len(body_text.split())
    if not 5 <= len(paras) <= 10:
        err(f"{len(paras)} body paragraphs")
    if not 250 <= words <= 600:
        err(f"{words} body words")
    nb = norm(" ".join(lines[k] for k in kept_idx))
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            err(f"chrome occurs inside the normalized body: {c[:50]!r}")
    for u in unlisted:
        if u not in lines or is_chrome(u):
            err(f"unlisted line is not a whole, unlisted line: {u!r}")
        if norm(u) not in nb:
            err(f"unlisted line {u!r} does not occur in the body: list it as chrome")
    if norm(doc["title"]) in nb:
        err("the title occurs inside the body")
    if norm(doc["body_first"]) not in nb or norm(doc["body_last"]) not in nb:
        err("body_first / body_last not in the normalized body")
    # comments and accounting of every line
    c_idx = None
    if "comments_first" in doc:
        c_idx = find_line(lines, doc["comments_first"], j + 1)
        if c_idx < 0:
            err("comments_first is not a line prefix after the body")
        if norm(doc["comments_first"]) in nb:
            err("comments_first occurs inside the body")
        if is_chrome(doc["comments_first"]):
            err("comments_first is listed as chrome")
        if len(doc["comment_authors"]) < 2:
            err("fewer than two comment authors")
        for a in doc["comment_authors"]:
            if not any(a in lines[k] and is_chrome(lines[k]) for k in range(j + 1, len(lines))):
                err(f"comment author not on a chrome line after the body: {a!r}")
            if len(norm(a)) > 3 and norm(a) in nb:
                err(f"comment author occurs inside the body: {a!r}")
    elif "comment_authors" in doc:
        err("comment_authors without comments_first")
    for k, l in enumerate(lines):
        ok = (k == t_idx or k in kept_idx or is_chrome(l) or l in unlisted
              or (c_idx is not None and c_idx >= 0 and k >= c_idx))
        if not ok:
            err(f"line {k} is neither title, body, chrome, unlisted nor a comment: {l[:60]!r}")
    # credits
    for c in doc["credits"]:
        if c["role"] not in ROLES:
            err(f"unknown credit role {c['role']!r}")
        if not any(c["name"] in lines[k] and is_chrome(lines[k]) for k in range(len(lines)) if not i <= k <= j):
            err(f"credit {c['name']!r} is not on a chrome line outside the body")
    # dates
    pub = doc["published"]
    if not pub or not ISO_DAY.match(pub):
        err("published is not an ISO day")
        return None
    if not doc.get("published_note"):
        err("published_note missing")
    order = doc.get("order")
    ev = doc["evidence"]
    if raw.count(ev["text"]) != 1:
        err(f"evidence occurs {raw.count(ev['text'])} times")
    k = next((k for k, l in enumerate(lines) if ev["text"] in l), -1)
    if ev.get("in_body"):
        if k != i:
            err("in_body evidence is not on the first body line")
    elif i <= k <= j and not is_chrome(lines[k]):
        err("the evidence lies inside the body")
    check_date_text(ev["text"], pub, ev.get("order"), err, "evidence")
    allowed = {pub}
    for d in doc["other_dates"]:
        check_date_text(d["text"], d["date"], d.get("order"), err, "other date")
        if d["date"] == pub:
            err(f"other date {d['text']!r} falls on the publication day")
        allowed.add(d["date"])
    for l in lines:
        try:
            stray = parse_dates(l, order) - allowed
        except ValueError as e:
            err(f"page line: {e}")
            continue
        if stray:
            err(f"unlisted date {sorted(stray)} on the line {l[:60]!r}")
    if "hijri" in doc:
        h = doc["hijri"]
        got = hijri.get(pub)
        if not got:
            err("no HijrahDate answer for the publication day")
        elif (got[0], got[1], got[2]) != (h["year"], h["month"], h["day"]):
            err(f"Hijri {h} but HijrahDate gives {got}")
        else:
            want = f"{h['day']} {HIJRI_MONTHS[h['month'] - 1]} {h['year']}"
            if not ascii_digits(h["text"]).startswith(want):
                err(f"Hijri text {h['text']!r} does not read {want!r}")
    if "solar_hijri" in doc:
        h = doc["solar_hijri"]
        got = solar_hijri(datetime.date.fromisoformat(pub))
        if got != (h["year"], h["month"], h["day"]):
            err(f"Solar Hijri {h} but the arithmetic calendar gives {got}")
        elif h["text"] != f"{h['day']} {PERSIAN_MONTHS[h['month'] - 1]} {h['year']}":
            err(f"Solar Hijri text {h['text']!r} does not read the computed date")
        if parse_dates(h["text"]):
            err("the Solar Hijri text parses as a Gregorian date")
    # relative phrase and weekdays
    rel = doc["relative"]
    if not ISO_DAY.match(rel["date"]):
        err("relative date is not ISO")
        return None
    ref, rd = datetime.date.fromisoformat(pub), datetime.date.fromisoformat(rel["date"])
    if not 1 <= (ref - rd).days <= 7:
        err(f"relative date {rd} is {(ref - rd).days} days before {ref}")
    if weekdays_named(rel["phrase"]) != {rd.weekday()}:
        err(f"phrase {rel['phrase']!r} does not fall on {rd} ({rd.strftime('%A')})")
    if body_text.count(rel["phrase"]) != 1:
        err(f"relative phrase occurs {body_text.count(rel['phrase'])} times in the body")
    if not any(rel["phrase"] in lines[k] for k in body_idx):
        err("relative phrase is not on one body line")
    if len(DAY_RE.findall(body_text)) != 1:
        err(f"{len(DAY_RE.findall(body_text))} weekday names in the body")
    for k2, l in enumerate(lines):
        if REL_WORDS.search(l):
            err(f"relative-day word on the page: {l[:60]!r}")
        if k2 not in body_idx and DAY_RE.search(l) and not is_chrome(l):
            err(f"weekday name outside the body on a line that is not chrome: {l[:60]!r}")
    if scorer_lang(doc["body_first"]) != doc["language"]:
        err(f"language {doc['language']} but score_events.py --lang reads {scorer_lang(doc['body_first'])}")
    if scorer_lang(doc["title"]) != doc["language"]:
        err("the title's script does not agree with the language")
    return name, len(paras), words, page_words, len(lines), len(raw_lines)


def main(argv):
    errors, out, stats = [], [], []
    if [d["n"] for d in DOCS] != list(range(FIRST, LAST + 1)):
        errors.append(f"expected documents {FIRST}-{LAST} in order")
    for jy, day in NOWRUZ.items():
        if farvardin1(jy).isoformat() != day:
            errors.append(f"Solar Hijri self-test: 1 Farvardin {jy} computed {farvardin1(jy)}, known {day}")
    hijri = hijri_of(sorted({d["published"] for d in DOCS if "hijri" in d}), errors)
    for doc in DOCS:
        r = check(doc, errors, hijri)
        if not r:
            continue
        name, paras, words, page_words, nonempty, total = r
        stats.append((doc["n"], LAYOUT[doc["n"]], paras, words, page_words, nonempty, total))
        d = {"file": name}
        for k in ("language", "outlet", "title", "published", "published_note", "evidence",
                  "other_dates", "hijri", "solar_hijri", "body_first", "body_last", "chrome_not_body",
                  "relative", "comments_first", "comment_authors", "credits"):
            if k in doc:
                d[k] = doc[k]
        d["events"] = []
        out.append(d)
    pages = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    if len(pages) != 24:
        errors.append(f"expected 24 pages in the folder, found {len(pages)}")
    for lang in ("en", "ar"):
        nl = sum(1 for d in DOCS if d["language"] == lang)
        if nl != 12:
            errors.append(f"{nl} {lang} documents, want 12")
    for s in stats:
        print("%d (%s): %d paragraphs, %d body words, %d page words, %d non-empty lines (%d lines)" % s)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems; nothing written", file=sys.stderr)
        return 1
    if "--check" in argv:
        print("all checks passed")
        return 0
    with open(GOLD, "w", encoding="utf-8") as f:
        json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(GOLD, encoding="utf-8") as f:
        back = json.load(f)
    if len(back["documents"]) != 24:
        print("the json did not load back with 24 documents", file=sys.stderr)
        return 1
    print(f"wrote transfer-49.gold.json ({len(out)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
