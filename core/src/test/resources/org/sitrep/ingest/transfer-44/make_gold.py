#!/usr/bin/env python3
"""Build and check transfer-44.gold.json from the pages in this folder.

usage: python3 make_gold.py            (writes transfer-44.gold.json beside this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Every title must be a whole line of its page; body_first a prefix of a line; body_last a whole
line (or a line prefix) after it; every chrome line a whole line or a line prefix; comments_first
a line prefix after body_last; every comment author on a line after body_last. The body (the
non-chrome lines from body_first to body_last) must have 6-9 paragraphs and 300-700 words, must
contain no chrome line and no comment text (normalized as score_events.py does), and must contain
exactly one weekday name: the one in the gold `relative` phrase. Weekday names elsewhere on the
page may occur only in chrome lines (date lines). Dates must be ISO; the relative date must fall
on the weekday of its phrase, 1-7 days before the publication date (or before the date the story
assumes, for the pages with no visible date). Pages in BLANK must have a blank line between
blocks, the others none.
"""
import datetime, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

BLANK = {4401, 4402, 4405, 4406, 4410, 4411, 4414, 4415, 4418, 4419, 4422, 4423}

# pages with no visible publication date: the date their invented story assumes
ASSUMED = {4408: "2014-08-05", 4419: "2015-08-17"}

ABOUT = [
    "Forty-fourth transfer check set (t44): 24 text pages in the style of ../shared/dev-pages, 12 English (4401-4412) and 12 Arabic (4413-4424), on OLDER SITE TEMPLATES (2011-2019) AND READER-COMMENT TAILS: pages as a crawler flattened them from that era's CMSs and sites - WordPress news blogs ('Posted by admin on ...', 'Filed under:', 'N Responses to ...', 'X says:' / 'X يقول:', 'Reply' / 'رد', 'Leave a Reply' / 'اترك تعليقاً' forms with 'Name *', 'Email *', 'Website'), Joomla news sites ('Details / Written by / Category / Published on / Hits', 'كتب بواسطة', 'الزيارات', 'Print | Email | Font size' rows, 'Last Updated on ...' at the bottom, '< Prev Next >', 'Previous article: ...' / 'الخبر السابق: ...', JComments '#1 name date' with 'Quote | Reply'), vBulletin forum threads (the news as post #1 with post number, M-D-Y or D-M-Y post date, user info, 'Join Date' / 'تاريخ التسجيل', 'Last edited by ...', signature, replies as comments with 'رد:' title prefixes, quote blocks, 'Reply With Quote' / 'رد مع اقتباس', similar threads with dates), Blogger news blogs (weekday date header above the post, 'Posted by ... at ...' / 'مرسلة بواسطة ... في ...' after the body, 'Labels:' / 'التسميات:', 'Anonymous said...' / 'غير معرف يقول...' with the timestamp after the comment text, 'Post a Comment', 'Newer Post Older Post Home', blog archive repeating the title), old agency sites ('Date: 10/10/2016 - Time: 11:20', 'Visits: 1,245', 'عدد القراءات', agency datelines, editor initials, 'Add your comment' / 'أضف تعليقك' forms with field labels, comment policy lines, 'No comments yet', 'Comments are closed' / 'التعليقات مغلقة'), early responsive pages (menu icons, Facebook comments plugin with 'Like · Reply · 14 · Sep 30, 2015' / 'أعجبني · رد · 37 · ...' lines, like and dislike counts, numbered comments, 'Votes: +15 / -1'), republished wire copy ('GAZA (Reuters) -' with reporting credits, 'BEIT HANOUN, Palestinian Territories (AFP) -', 'رفح (الأراضي الفلسطينية) (أ ف ب) -'), Hijri and Gregorian date lines, Arabic-Indic digits in dates, tag clouds - on Houla, Mosul, Misrata, Shejaiya, the Sanaa funeral hall, the Rawda mosque, Ghouta, Sinjar, Derna, Mokha, Beit Hanoun, Sheikh Zuweid, Baba Amr, Ramadi, Sirte, Sanaa (September 2014), Rafah, Karm al-Qawadis, Douma, the al-Nuri mosque, Benghazi (Operation Dignity), Dahyan, al-Barth and Jabalia, 2011-2018; outlets, writers, commenters and all wording invented (fictional pages written for Sitrep, no third-party text).",
    "Written blind by the t44 helper without reading any ingest code (no Java, lexicon or .tsv file, no tools/ script, no test), without running Sitrep and without reading any other transfer or blind set's pages or gold (only transfer-43's README, the first two documents of its gold and two of its pages, for the format). Odd pages are the study half, even pages the check half. Blank lines between blocks: 4401, 4402, 4405, 4406, 4410, 4411, 4414, 4415, 4418, 4419, 4422, 4423 (three per language in each half). No visible publication date (published null): 4408 (a Kurdish English portal whose Joomla 'Written by | Category | Hits' line has no date; the only dates on the page are the readers' comments, 2014-08-06, after the text) and 4419 (a Syrian local network page with a views counter and no date; the only dates are the comments, 18/08/2015 and 19/08/2015 in Arabic-Indic digits, after the text).",
    "Gold conventions: the body is the article's own paragraphs from the first to the last; a dateline opening the first paragraph ('HOMS -', 'MOSUL -', 'GAZA (Reuters) -', 'SANA'A, Oct. 10 (YTNA) -', 'BEIT HANOUN, Palestinian Territories (AFP) -', 'حمص -', 'رفح (الأراضي الفلسطينية) (أ ف ب) -', 'صعدة 11 أغسطس (نشوان) -') is part of it; city/writer byline lines on their own ('صنعاء - يمن المستقبل نت', 'دوما - أبو أنس الدوماني', 'الموصل - رعد الطائي') are chrome, and so are wire reporting credits ('(Additional reporting by ...)'), editor initials ('eh/jr', 'ع ش/س ح/م ت', 'م.ص/ع.ن'), source lines and forum signatures. Reader comments are not body: the gold gives comments_first (the opening words of the first comment's text, not its author or date line) and comment_authors (the names shown on the comment lines, without the place or job that follows them; 'Anonymous' and 'غير معرف' are not listed) on every page that shows comments; forum replies are comments, the thread's first post is the article. Every chrome line inside the body span is listed (captions); above and after the text the gold lists the main chrome lines: slogans, breadcrumbs, bylines, date lines in both calendars, hit and visit counters, tool rows, tags and tag clouds, previous/next lines, comment headings, comment author/date lines, comment forms and policy lines, 'comments are closed' lines, teasers and footers (not every menu item, and no line whose text also occurs inside the body). The publication date is the article's own date: a 'Published' or 'Posted' date beats a 'Last Updated' one in either position (4402, 4412, 4421, 4423); of two calendars only the Gregorian date counts (4416, 4420, 4424); a forum thread's date is its first post's date (4404 '07-21-2014, 08:42 AM', M-D-Y; 4413 '22-02-2012, 11:40 PM', D-M-Y); dates of comments, 'Last edited' lines, teasers, similar threads, related news and copyright ranges are never it. Each text has one relative-day phrase for an event, given in the gold `relative`, 1-7 days before publication; for the two undated pages it is the date the invented story assumes (4408: story of 2014-08-05, 'early on Sunday' = 2014-08-03; 4419: story of 2015-08-17, 'ظهر الأحد' = 2015-08-16).",
]

DOCS = [
    {
        "n": 4401, "language": "en",
        "outlet": "a WordPress news blog on Syria ('Posted by admin on ...', 'X says:' comments) on the Houla massacre",
        "title": "Houla massacre: UN observers count more than 90 dead, many of them children",
        "published": "2012-05-27",
        "body_first": "HOMS — United Nations monitors who reached the town of Taldou",
        "body_last": "In Houla itself, residents said many families had fled to farms to the north, and those who stayed were afraid to sleep in their houses. \"Nobody trusts anything now, not the ceasefire and not the observers,\" Abu Yazan said. \"They came, they counted, and then they left.\"",
        "chrome_not_body": [
            "News, analysis and eyewitness reports from Syria",
            "Posted by admin on May 27, 2012",
            "Filed under: Homs, Massacres | 4 Comments",
            "Children's bodies laid out in a mosque in Houla, in a still from an activist video",
            "Tags: Houla, Taldou, UN observers, Annan plan, massacre",
            "« Aleppo University students march despite raids on dormitories",
            "Activists: shelling resumes on Rastan after observers leave »",
            "4 Responses to “Houla massacre: UN observers count more than 90 dead, many of them children”",
            "Samir H. says:",
            "May 27, 2012 at 6:41 pm",
            "Lena Morris says:",
            "May 28, 2012 at 1:37 am",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Post Comment",
            "Recent Posts",
            "Deir ez-Zor: funerals turn into protests in al-Mayadin",
            "© 2012 Levant Dispatch · Powered by WordPress",
        ],
        "relative": {"phrase": "on Friday", "date": "2012-05-25"},
        "comments_first": "God have mercy on the children.",
        "comment_authors": ["Samir H.", "Lena Morris", "admin", "Abu Karim"],
    },
    {
        "n": 4402, "language": "en",
        "outlet": "a Joomla-era independent Iraqi English news site on the fall of Mosul to ISIS",
        "title": "Mosul falls to ISIS militants as army units abandon their posts",
        "published": "2014-06-11",
        "body_first": "MOSUL – Militants of the Islamic State of Iraq and al-Sham (ISIS)",
        "body_last": "Security analysts in Baghdad said the fall of Mosul was the most serious blow to the Iraqi state since the withdrawal of American forces in 2011, and warned that the militants would try to push south along the Tigris towards Tikrit and Samarra.",
        "chrome_not_body": [
            "Independent news from Iraq since 2004",
            "You are here: Home > Iraq > Security",
            "Details",
            "Written by Karim al-Obeidi",
            "Category: Security",
            "Published on Wednesday, 11 June 2014 09:12",
            "Hits: 1245",
            "Print | Email | Font size: A- A+",
            "Smoke rises over the eastern side of Mosul. Photo: reader's contribution",
            "Last Updated on Wednesday, 11 June 2014 17:40",
            "Tags: Mosul, Nineveh, ISIS, Iraqi army, displacement",
            "< Prev Next >",
            "Previous article: Samarra: gunmen briefly seize university campus and take students hostage",
            "Next article: Kirkuk: Peshmerga deploy as Iraqi troops withdraw from city outskirts",
            "Comments (0)",
            "Comments are closed for this article.",
            "Most read",
            "Anbar: families flee Fallujah as shelling continues",
            "Copyright © 2004 - 2014 Tigris Monitor. All Rights Reserved.",
            "Joomla! is Free Software released under the GNU General Public License.",
        ],
        "relative": {"phrase": "on Tuesday", "date": "2014-06-10"},
    },
    {
        "n": 4403, "language": "en",
        "outlet": "a Blogger news blog from rebel-held Libya on Gaddafi forces' rocket fire on Misrata port",
        "title": "Misrata: Grad rockets fall on the port as thousands wait for a boat out",
        "published": "2011-04-20",
        "body_first": "Our correspondent in Misrata, who has been sending us reports",
        "body_last": "Our correspondent says food is still arriving by sea from Benghazi, but bread queues are long, and many families in the western districts have moved into schools in the centre because their houses are too close to the front.",
        "chrome_not_body": [
            "News and eyewitness reports from free Libya, in English",
            "About this blog",
            "Wednesday, April 20, 2011",
            "Posted by Ali Zintani at 9:14 PM",
            "Email This | BlogThis! | Share to Twitter | Share to Facebook",
            "Labels: Misrata, NATO, shelling, siege",
            "3 comments:",
            "Anonymous said...",
            "April 20, 2011 at 11:02 PM",
            "Mariam from Benghazi said...",
            "April 21, 2011 at 8:40 AM",
            "Post a Comment",
            "Newer Post Older Post Home",
            "Subscribe to: Post Comments (Atom)",
            "Blog Archive",
            "Ajdabiya: rebels regroup at the eastern gate",
            "Libyan, engineer, blogging since February 17.",
            "View my complete profile",
            "Simple template. Powered by Blogger.",
        ],
        "relative": {"phrase": "on Monday", "date": "2011-04-18"},
        "comments_first": "Allah yahmihom. Please keep posting",
        "comment_authors": ["Mariam from Benghazi", "Ali Zintani"],
    },
    {
        "n": 4404, "language": "en",
        "outlet": "a vBulletin discussion forum thread reposting Reuters wire copy on the Shejaiya shelling",
        "title": "Dozens killed in Gaza's Shejaiya as Israeli ground offensive widens",
        "published": "2014-07-21",
        "body_first": "GAZA (Reuters) - Israeli shelling and air strikes killed at least 60",
        "body_last": "U.N. Secretary-General Ban Ki-moon was expected in the region to press for a ceasefire, as an Egyptian truce proposal remained stalled after Hamas rejected it, saying it did not meet its demand for an end to the blockade of the territory.",
        "chrome_not_body": [
            "MidEastTalk Forums > World News > Middle East & North Africa > Dozens killed in Gaza's Shejaiya as Israeli ground offensive widens",
            "Remember Me?",
            "Members List",
            "Thread Tools",
            "Display Modes",
            "07-21-2014, 08:42 AM",
            "desertfox77",
            "Senior Member",
            "Join Date: Mar 2009",
            "Location: Leeds",
            "Posts: 4,312",
            "(Additional reporting by Nidal Samara in Gaza and Daniel Ferro in Jerusalem; Writing by Ruth Keller; Editing by Tom Aldous)",
            "Last edited by desertfox77; 07-21-2014 at 08:50 AM.",
            "Watching the region since 1991. Opinions my own.",
            "Reply With Quote",
            "07-21-2014, 09:15 AM",
            "Join Date: Nov 2012",
            "Originally Posted by Nadia_B",
            "« Previous Thread | Next Thread »",
            "Similar Threads",
            "Israel begins ground operation in Gaza - 07-18-2014",
            "Rockets reach Tel Aviv as Gaza death toll rises - 07-09-2014",
            "All times are GMT. The time now is 04:17 PM.",
            "Powered by vBulletin Version 3.8.7",
        ],
        "relative": {"phrase": "on Sunday", "date": "2014-07-20"},
        "comments_first": "Sixty people in one neighbourhood. I have friends in Gaza City",
        "comment_authors": ["Nadia_B", "oldhand"],
    },
    {
        "n": 4405, "language": "en",
        "outlet": "an old Sanaa news agency site's English service (Houthi-run side) on the coalition strike on the Great Hall funeral",
        "title": "Coalition air strikes on Sanaa funeral hall kill over 140 mourners",
        "published": "2016-10-10",
        "body_first": "SANA'A, Oct. 10 (YTNA) - The death toll from the air strikes",
        "body_last": "The aggression coalition has been waging an air campaign against Yemen since March 2015 in support of the fugitive former president Abd Rabbuh Mansur Hadi. Thousands of civilians have been killed in its raids, according to United Nations figures.",
        "chrome_not_body": [
            "YEMEN TRIBUNE NEWS AGENCY",
            "English | عربي",
            "Photo gallery",
            "Date: 10/10/2016 - Time: 11:20",
            "Visits: 1,245",
            "Print | Email | Font size: A+ | A-",
            "Share: Facebook | Twitter | Google+",
            "Related News",
            "09/10/2016 - Funerals held for victims of the Great Hall massacre",
            "08/10/2016 - Health ministry: hospitals in urgent need of blood donors",
            "Add your comment",
            "Comments are reviewed before publication. YTNA is not responsible for the content of readers' comments.",
            "No comments yet. Be the first to comment on this news.",
            "About YTNA | Contact | RSS",
            "All rights reserved © Yemen Tribune News Agency 2008 - 2016",
        ],
        "relative": {"phrase": "on Saturday", "date": "2016-10-08"},
    },
    {
        "n": 4406, "language": "en",
        "outlet": "an early responsive Cairo English daily's page on the Rawda mosque attack in North Sinai",
        "title": "Sinai mosque attack kills 305 worshippers in North Sinai's Bir al-Abd",
        "published": "2017-11-25",
        "body_first": "AL-ARISH – The death toll from the attack on a mosque in the village of al-Rawda",
        "body_last": "Bir al-Abd lies on the coastal road west of al-Arish, in an area that had been considered relatively calm compared with Rafah and Sheikh Zuweid, near the border with Gaza.",
        "chrome_not_body": [
            "☰ Menu",
            "Gunmen detonated a bomb and then opened fire on worshippers fleeing the Rawda mosque, the deadliest militant attack in Egypt's modern history",
            "By Hany Fawzy",
            "Published: Saturday, November 25, 2017 - 14:30",
            "Relatives of the victims at the hospital in Ismailia. Photo: The Nile Gazette",
            "Tags: North Sinai, Bir al-Abd, terrorism, Rawda mosque",
            "Comments (3)",
            "Ahmed Samir",
            "25/11/2017 16:02",
            "Like (12) | Reply",
            "26/11/2017 09:10",
            "Add a comment",
            "Your email (will not be published)",
            "Your comment",
            "Comments containing insults, incitement or advertising will not be published.",
            "Most popular",
            "Cairo: metro fares to rise from next month",
            "© 2017 The Nile Gazette. All rights reserved.",
        ],
        "relative": {"phrase": "on Friday", "date": "2017-11-24"},
        "comments_first": "May God have mercy on the martyrs.",
        "comment_authors": ["Ahmed Samir", "Lina K.", "Mostafa"],
    },
    {
        "n": 4407, "language": "en",
        "outlet": "a WordPress Syrian opposition English site on the Ghouta chemical attack",
        "title": "Hundreds killed in chemical attack on Eastern and Western Ghouta, local doctors say",
        "published": "2013-08-23",
        "body_first": "Doctors in the towns of Eastern Ghouta and in Moadamiyat al-Sham say",
        "body_last": "Local councils in Eastern Ghouta declared the area a disaster zone and appealed to humanitarian organisations to send antidotes, protective masks and medical teams through any route they could open.",
        "chrome_not_body": [
            "Damascus Suburbs Monitor",
            "Documenting the revolution in Rif Dimashq",
            "Home | Reports | Martyrs | Videos | Statements | About us",
            "Posted on August 23, 2013 by Omar Dimashqi",
            "Categories: Eastern Ghouta, Reports | 5 Comments",
            "A doctor examines a child at a field hospital in Zamalka. Photo: Damascus Suburbs Monitor",
            "Share this: Facebook | Twitter | Email",
            "5 thoughts on “Hundreds killed in chemical attack on Eastern and Western Ghouta, local doctors say”",
            "August 23, 2013 at 2:14 pm",
            "Maya R. in reply to Abu Hadi",
            "Damascus Suburbs Monitor in reply to Jonas Berg",
            "Leave a Comment",
            "Mail (will not be published) (required)",
            "Submit Comment",
            "Aleppo Assad chemical weapons Daraa Douma FSA Ghouta Homs Idlib Moadamiya siege UN",
            "← Regime jets strike Douma market for a third day",
            "Activists: UN inspectors reach Moadamiyat al-Sham under fire →",
            "Copyright © 2013 Damascus Suburbs Monitor | Powered by WordPress",
        ],
        "relative": {"phrase": "before dawn on Wednesday", "date": "2013-08-21"},
        "comments_first": "The whole world saw the videos of the children.",
        "comment_authors": ["Abu Hadi", "Maya R.", "Jonas Berg", "Damascus Suburbs Monitor"],
    },
    {
        "n": 4408, "language": "en",
        "outlet": "a Kurdish English-language Joomla portal (no date on the article) on Yazidis trapped on Mount Sinjar",
        "title": "Thousands of Yazidis trapped on Mount Sinjar after ISIS seizes the town",
        "published": None,
        "body_first": "DUHOK – Tens of thousands of Yazidis who fled the town of Sinjar",
        "body_last": "Aid workers in Duhok said the temperature on the mountain reaches 45 degrees during the day and that children were already dying of thirst and heat.",
        "chrome_not_body": [
            "The Kurdish view in English",
            "Home | Kurdistan | Iraq | Syria | Turkey | Iran | Diaspora | Opinion",
            "Written by Zagros Post staff | Category: Kurdistan | Hits: 3118",
            "Print | Email",
            "Families who fled Sinjar at a checkpoint near Duhok. Photo: Zagros Post",
            "Tags: Sinjar, Yazidis, Peshmerga, ISIS, genocide",
            "#1 Shivan 2014-08-06 03:12",
            "#2 Dilan Khalaf 2014-08-06 09:47",
            "Quote | Reply",
            "Add comment",
            "E-mail (required, but will not display)",
            "Notify me of follow-up comments",
            "Previous article: Peshmerga reinforce the Rabia border crossing",
            "Next article: Erbil: KRG opens camps for families displaced from the Nineveh Plains",
            "Copyright © 2014 Zagros Post. Powered by Joomla!",
        ],
        "relative": {"phrase": "early on Sunday", "date": "2014-08-03"},
        "comments_first": "Shame on those who ran away",
        "comment_authors": ["Shivan", "Dilan Khalaf", "Zagros Post"],
    },
    {
        "n": 4409, "language": "en",
        "outlet": "an eastern Libyan English news site on the Egyptian air strikes on Derna",
        "title": "Egyptian jets strike Derna after video shows killing of Coptic workers",
        "published": "2015-02-17",
        "body_first": "BAYDA – Egyptian warplanes carried out air strikes on targets in Derna",
        "body_last": "Thousands of Egyptian workers are believed to remain in Libya, and the Egyptian government has advised its citizens to leave the country. Families of the kidnapped men, most of whom came from the village of al-Aour in Minya province, had been appealing for months for their release.",
        "chrome_not_body": [
            "The Green Mountain Courier",
            "Libya's news in English, from Bayda to Benghazi",
            "Home › Libya › Security",
            "17/02/2015 18:05",
            "By Courier staff",
            "Print | Email | Font size: + -",
            "Derna residents at the site of the strike. Photo: Courier correspondent",
            "Readers' comments (2)",
            "Posted by Salem B. on 17/02/2015 at 20:14",
            "Posted by Fatima on 17/02/2015 at 21:37",
            "Report abuse",
            "Comments are moderated and will appear after approval. Please keep to the subject.",
            "More in Security",
            "16/02/2015 – Benghazi: clashes continue in Sabri and the port area",
            "14/02/2015 – Sirte: militants take over radio station and public buildings",
            "© 2012-2015 The Green Mountain Courier",
        ],
        "relative": {"phrase": "on Monday", "date": "2015-02-16"},
        "comments_first": "Libya needs a real army of its own",
        "comment_authors": ["Salem B.", "Fatima"],
    },
    {
        "n": 4410, "language": "en",
        "outlet": "an early responsive Yemeni English news site with Facebook comments on the Mokha wedding strike",
        "title": "Air strike on wedding party near Mokha kills dozens of guests",
        "published": "2015-09-30",
        "body_first": "MOKHA – At least 131 people, among them women and children, were killed",
        "body_last": "Human rights groups say air strikes have caused most of the civilian deaths in Yemen since the coalition began its campaign in March, and they have called on the coalition's Western suppliers to stop arms sales.",
        "chrome_not_body": [
            "BAB AL-MANDAB TIMES",
            "News / Taiz",
            "September 30, 2015 10:45 AST",
            "By Nabil al-Sharabi, Taiz",
            "Villagers search the remains of the wedding tents in al-Wahijah. Photo: Bab al-Mandab Times",
            "Read more: Taiz: families flee as fighting reaches Salah district",
            "12 Comments",
            "Sort by Top",
            "Add a comment...",
            "Khaled Al-Absi · Works at Sana'a University",
            "Like · Reply · 14 · Sep 30, 2015 11:32am",
            "Maryam Saeed · Aden, Yemen",
            "Load 9 more comments",
            "Facebook Comments Plugin",
            "About us | Advertise | Contact",
            "© 2015 Bab al-Mandab Times",
        ],
        "relative": {"phrase": "on Monday", "date": "2015-09-28"},
        "comments_first": "Where is the world? A wedding!",
        "comment_authors": ["Khaled Al-Absi", "Maryam Saeed", "Tariq Nasser"],
    },
    {
        "n": 4411, "language": "en",
        "outlet": "an old Palestinian news site's English edition republishing AFP copy on the UN school shelling in Beit Hanoun",
        "title": "Shelling of UN school in Beit Hanoun kills 15 sheltering Palestinians",
        "published": "2014-07-25",
        "body_first": "BEIT HANOUN, Palestinian Territories (AFP) - Shells slammed into a UN school",
        "body_last": "In the West Bank, thousands of Palestinians marched from Ramallah toward the Qalandia checkpoint in one of the largest protests in years and clashed with Israeli troops, medics said.",
        "chrome_not_body": [
            "CRESCENT PALESTINE NEWS",
            "English edition",
            "Home | Gaza | West Bank | Jerusalem | Prisoners | Refugees | Photos",
            "Friday, 25 July 2014 - 10:05 GMT",
            "Visits: 2,204",
            "Source: AFP",
            "Mattresses and belongings in the courtyard of the UNRWA school in Beit Hanoun (AFP photo)",
            "eh/jr",
            "Print | Email | Font size: A | A+ | A++",
            "Tags: Gaza, Beit Hanoun, UNRWA, Operation Protective Edge",
            "Previous: Gaza death toll passes 700 as Israel presses offensive",
            "Next: Qalandia: thousands march toward checkpoint, two killed",
            "2 comments",
            "Comment by Haneen — July 25, 2014 @ 1:10 pm",
            "Comment by Robert Shaw — July 25, 2014 @ 3:42 pm",
            "Comments are closed.",
            "© Crescent Palestine News 2006-2014",
        ],
        "relative": {"phrase": "on Thursday", "date": "2014-07-24"},
        "comments_first": "A school flying the UN flag.",
        "comment_authors": ["Haneen", "Robert Shaw"],
    },
    {
        "n": 4412, "language": "en",
        "outlet": "a Cairo English news portal on the Sinai Province attacks on army checkpoints in Sheikh Zuweid",
        "title": "Dozens of soldiers killed as militants storm army checkpoints in Sheikh Zuweid",
        "published": "2015-07-02",
        "body_first": "CAIRO – Egypt's army said 17 soldiers, including four officers,",
        "body_last": "The government has imposed a curfew and a state of emergency on parts of North Sinai since October, when an attack on a checkpoint at Karm al-Qawadis killed 30 soldiers. Thousands of residents of Rafah have been moved from their homes to create a buffer zone along the border with Gaza.",
        "chrome_not_body": [
            "MISR MONITOR",
            "Egypt's independent English news portal",
            "Home | Politics | Security | Economy | Society | Culture | Opinion",
            "Posted: 2 July 2015, 11:30 am",
            "Updated: 2 July 2015, 03:15 pm",
            "By Amr El-Sayed",
            "Armoured vehicles on the road between al-Arish and Sheikh Zuweid. Photo: Misr Monitor",
            "al-Arish army Islamic State militants North Sinai Rafah Sheikh Zuweid terrorism",
            "Related: Egypt's public prosecutor killed in Cairo car bombing",
            "Your comments (3)",
            "1. Sam wrote on 2 July, 2015 - 14:02",
            "2. Adel M. wrote on 2 July, 2015 - 16:40",
            "Votes: +15 / -1",
            "Comment policy: Misr Monitor welcomes debate. Comments that are abusive, off-topic or written in capital letters will be removed.",
            "Log in or register to post comments",
            "© 2015 Misr Monitor. All rights reserved.",
        ],
        "relative": {"phrase": "on Wednesday", "date": "2015-07-01"},
        "comments_first": "Condolences to the families of the soldiers.",
        "comment_authors": ["Sam", "Adel M.", "Nour"],
    },
    {
        "n": 4413, "language": "ar",
        "outlet": "a Syrian opposition vBulletin forum thread (منتديات شام الحرية) on the shelling of Baba Amr in Homs",
        "title": "حمص: عشرات الشهداء في قصف عنيف على بابا عمرو ومقتل صحفيين أجنبيين",
        "published": "2012-02-22",
        "body_first": "حمص - تواصل قوات النظام السوري قصفها العنيف على حي بابا عمرو",
        "body_last": "وشهدت مدن وبلدات سورية عدة مظاهرات تضامناً مع حمص، رفع فيها المتظاهرون لافتات تطالب بحماية المدنيين ووقف المجزرة المستمرة في بابا عمرو والخالدية والإنشاءات.",
        "chrome_not_body": [
            "منتديات شام الحرية > الأقسام الإخبارية > أخبار الثورة السورية > حمص: عشرات الشهداء في قصف عنيف على بابا عمرو ومقتل صحفيين أجنبيين",
            "اسم العضو",
            "كلمة المرور",
            "قائمة الأعضاء",
            "أدوات الموضوع",
            "22-02-2012, 11:40 PM",
            "ابن الوليد",
            "مشرف قسم الأخبار",
            "تاريخ التسجيل: Jun 2011",
            "المشاركات: 2,318",
            "المصدر: شبكة شام الإخبارية + وكالات",
            "ثورتنا مستمرة حتى النصر",
            "رد مع اقتباس",
            "23-02-2012, 12:15 AM",
            "رد: حمص: عشرات الشهداء في قصف عنيف على بابا عمرو ومقتل صحفيين أجنبيين",
            "المشاركة الأصلية كتبت بواسطة حمصي حر",
            "« الموضوع السابق | الموضوع التالي »",
            "مواضيع مشابهة",
            "حمص: قصف بابا عمرو لليوم الخامس عشر - 18-02-2012",
            "مظاهرات حاشدة في إدلب وحماة نصرة لحمص - 17-02-2012",
            "الساعة الآن 03:10 AM",
            "Powered by vBulletin Version 3.8.7",
            "اتصل بنا - منتديات شام الحرية - الأرشيف - الأعلى",
        ],
        "relative": {"phrase": "مساء الثلاثاء", "date": "2012-02-21"},
        "comments_first": "الله يرحم الشهداء ويصبر أهلنا في بابا عمرو، أهلي في الإنشاءات",
        "comment_authors": ["حمصي حر", "أم عمر"],
    },
    {
        "n": 4414, "language": "ar",
        "outlet": "a Joomla-era Iraqi Arabic news site (موقع نخيل العراق الإخباري) on the fall of Ramadi to ISIS",
        "title": "داعش يسيطر على الرامادي بعد انسحاب القوات الأمنية من مقراتها",
        "published": "2015-05-18",
        "body_first": "الأنبار - أحكم تنظيم داعش سيطرته على مدينة الرامادي",
        "body_last": "وتعد الرامادي من أهم مدن غرب العراق، إذ تقع على الطريق الدولي الرابط بين بغداد والأردن وسوريا، وكان التنظيم يسيطر على أجزاء منها منذ مطلع العام الماضي.",
        "chrome_not_body": [
            "موقع نخيل العراق الإخباري",
            "صوت العراقيين بلا رتوش",
            "كتب بواسطة: عمر الدليمي",
            "القسم: أمن",
            "الإثنين, ١٨ أيار/مايو ٢٠١٥ ١٠:٢٥",
            "الزيارات: 3412",
            "طباعة | إرسال إلى صديق | حجم الخط",
            "الكلمات الدلالية: الرامادي، الأنبار، داعش، الحشد الشعبي",
            "< السابق التالي >",
            "الخبر السابق: الحبانية.. وصول تعزيزات عسكرية جديدة إلى قاعدة الأنبار",
            "الخبر التالي: نازحو الرامادي عالقون عند جسر بزيبز",
            "التعليقات",
            "1 - أبو علي - بغداد",
            "2 - مواطن أنباري",
            "١٨/٠٥/٢٠١٥",
            "أضف تعليقك",
            "البريد الإلكتروني",
            "التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع",
            "جميع الحقوق محفوظة © 2009 - 2015 موقع نخيل العراق الإخباري",
        ],
        "relative": {"phrase": "يوم الأحد", "date": "2015-05-17"},
        "comments_first": "أين القادة الذين باعوا المدينة؟",
        "comment_authors": ["أبو علي", "مواطن أنباري"],
    },
    {
        "n": 4415, "language": "ar",
        "outlet": "a WordPress Libyan revolutionary news site (شبكة أحرار برقة الإخبارية) on the fall of Sirte and Gaddafi's death",
        "title": "تحرير سرت: مقتل القذافي بعد سقوط آخر معاقله وأسر عدد من أعوانه",
        "published": "2011-10-21",
        "body_first": "سرت - أعلن المجلس الوطني الانتقالي مقتل العقيد معمر القذافي",
        "body_last": "وتعرضت سرت لدمار واسع جراء المعارك والقصف خلال الأسابيع الماضية، ونزح معظم سكانها إلى المناطق المجاورة، وسط مخاوف من أعمال انتقامية بحق من تبقى منهم في المدينة.",
        "chrome_not_body": [
            "شبكة أحرار برقة الإخبارية",
            "صوت ثورة السابع عشر من فبراير",
            "بيانات المجلس الانتقالي",
            "نشر بواسطة admin في 21 أكتوبر 2011",
            "التصنيف: الجبهات | 4 تعليقات",
            "ثوار يحتفلون وسط سرت بعد سقوط الحي رقم 2 - شبكة أحرار برقة",
            "الوسوم: سرت، القذافي، تحرير ليبيا، الناتو",
            "« تحرير بني وليد.. الثوار يرفعون علم الاستقلال فوق القلعة",
            "المجلس الانتقالي يستعد لإعلان التحرير من بنغازي »",
            "4 تعليقات على \"تحرير سرت: مقتل القذافي بعد سقوط آخر معاقله وأسر عدد من أعوانه\"",
            "سالم المصراتي يقول:",
            "21 أكتوبر 2011 في 3:15 م",
            "admin يقول:",
            "22 أكتوبر 2011 في 12:20 ص",
            "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
            "إرسال التعليق",
            "جميع الحقوق محفوظة © 2011 شبكة أحرار برقة الإخبارية | يعمل بواسطة ووردبريس",
        ],
        "relative": {"phrase": "يوم الخميس", "date": "2011-10-20"},
        "comments_first": "الله أكبر، ألف مبروك لليبيا والليبيين",
        "comment_authors": ["سالم المصراتي", "فاطمة بنغازي", "admin", "أبو رحاب"],
    },
    {
        "n": 4416, "language": "ar",
        "outlet": "an old independent Yemeni news site (يمن المستقبل نت) on the Houthi takeover of Sanaa and the Peace and Partnership Agreement",
        "title": "الحوثيون يسيطرون على مقرات حكومية وعسكرية في صنعاء ويوقعون اتفاق السلم والشراكة",
        "published": "2014-09-22",
        "body_first": "باتت العاصمة صنعاء تحت سيطرة مسلحي جماعة الحوثي",
        "body_last": "ويرى مراقبون أن سيطرة الحوثيين على العاصمة تمثل تحولاً كبيراً في ميزان القوى في اليمن، بعد أن كانت الجماعة قبل أشهر تقاتل في محافظة عمران وتحاصر معسكر اللواء 310 فيها.",
        "chrome_not_body": [
            "يمن المستقبل نت",
            "موقع إخباري مستقل",
            "الرئيسية | أخبار محلية | عربي ودولي | تقارير | حوارات | كتابات | رياضة",
            "أخبار محلية",
            "الاثنين 27 ذو القعدة 1435هـ - 22 سبتمبر 2014م",
            "صنعاء - يمن المستقبل نت",
            "عدد القراءات: 3412",
            "طباعة | أرسل لصديق | حفظ",
            "تعليقات القراء",
            "1- أبو محمد",
            "أعجبني (24) | لم يعجبني (3)",
            "أضف تعليقك",
            "عنوان التعليق",
            "نص التعليق",
            "تنبيه: التعليقات تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع، ويحتفظ الموقع بحق حذف أي تعليق مسيء.",
            "أخبار ذات صلة",
            "اشتباكات عنيفة في شملان ومحيط جامعة الإيمان - 19 سبتمبر 2014",
            "بنعمر يصل صعدة للقاء عبد الملك الحوثي - 14 سبتمبر 2014",
            "جميع الحقوق محفوظة ليمن المستقبل نت © 2008-2014",
        ],
        "relative": {"phrase": "مساء الأحد", "date": "2014-09-21"},
        "comments_first": "الله يحفظ اليمن من الفتنة",
        "comment_authors": ["أبو محمد", "صنعاني", "مواطن من تعز"],
    },
    {
        "n": 4417, "language": "ar",
        "outlet": "an Arabic news portal (بوابة الشرق الجديد) republishing AFP copy on the Rafah bombardment after the truce collapsed",
        "title": "عشرات القتلى في قصف إسرائيلي على رفح بعد انهيار الهدنة الإنسانية",
        "published": "2014-08-02",
        "body_first": "رفح (الأراضي الفلسطينية) (أ ف ب) - قتل أكثر من مئة فلسطيني",
        "body_last": "وبذلك يرتفع عدد القتلى الفلسطينيين منذ بدء الهجوم الإسرائيلي على القطاع في الثامن من تموز/يوليو إلى أكثر من 1600، غالبيتهم من المدنيين بحسب الأرقام الفلسطينية، فيما قتل 63 جندياً إسرائيلياً وثلاثة مدنيين في إسرائيل.",
        "chrome_not_body": [
            "بوابة الشرق الجديد",
            "السبت 2 أغسطس 2014 - 09:15",
            "المصدر: أ ف ب",
            "ع ش/س ح/م ت",
            "تعليقات فيسبوك",
            "24 تعليقاً",
            "ترتيب حسب الأفضل",
            "أضف تعليقاً...",
            "محمود الغزاوي · جامعة الأزهر - غزة",
            "أعجبني · رد · 37 · 2 أغسطس 2014 الساعة 10:02 ص",
            "ريم حسن · عمّان",
            "عرض 22 تعليقاً إضافياً",
            "مكوّن تعليقات فيسبوك الإضافي",
            "الأكثر قراءة",
            "الاحتلال يعلن فقدان ضابط في رفح ويتهم حماس بخرق الهدنة",
            "الأمم المتحدة: أكثر من ربع مليون نازح في غزة",
            "© بوابة الشرق الجديد 2014",
        ],
        "relative": {"phrase": "صباح الجمعة", "date": "2014-08-01"},
        "comments_first": "حسبنا الله ونعم الوكيل، رفح تُباد",
        "comment_authors": ["محمود الغزاوي", "ريم حسن"],
    },
    {
        "n": 4418, "language": "ar",
        "outlet": "an Egyptian Arabic news portal (بوابة النيل الإخبارية) on the Karm al-Qawadis checkpoint attack in North Sinai",
        "title": "ارتفاع عدد شهداء هجوم كرم القواديس بشمال سيناء إلى 31 جندياً",
        "published": "2014-10-26",
        "body_first": "العريش - ارتفع عدد شهداء القوات المسلحة في الهجوم الإرهابي",
        "body_last": "ويعد الهجوم الأعنف على الجيش المصري في سيناء منذ سنوات، إذ يفوق هجوم رفح الذي أودى بحياة 16 جندياً في أغسطس 2012.",
        "chrome_not_body": [
            "بوابة النيل الإخبارية",
            "أخبار مصر",
            "عاجل",
            "الأحد 26 أكتوبر 2014 - 01:45 م",
            "كتب: محمود عبد الرحمن",
            "جنازة أحد شهداء كمين كرم القواديس بمحافظة الشرقية",
            "الكلمات المفتاحية: سيناء، كرم القواديس، الشيخ زويد، الإرهاب",
            "تعليقات القراء (3)",
            "(1) أحمد فوزي - مصر",
            "(2) سمير - الإسكندرية",
            "أضف تعليقك",
            "عنوان التعليق",
            "نص التعليق",
            "الآراء الواردة في التعليقات تعبر عن أصحابها فقط، والموقع غير مسؤول عنها.",
            "اقرأ أيضاً",
            "الجيش يبدأ إخلاء منازل على الشريط الحدودي في رفح",
            "تشييع جثامين شهداء سيناء في جنازات عسكرية بالمحافظات",
            "جميع الحقوق محفوظة لبوابة النيل الإخبارية © 2014",
        ],
        "relative": {"phrase": "مساء الجمعة", "date": "2014-10-24"},
        "comments_first": "رحم الله شهداء مصر الأبرار",
        "comment_authors": ["أحمد فوزي", "سمير", "هالة محمود"],
    },
    {
        "n": 4419, "language": "ar",
        "outlet": "a Syrian opposition local news network (شبكة الغوطة المحلية, no date on the article) on the Douma market air strikes",
        "title": "مجزرة سوق دوما: أكثر من مئة شهيد بغارات للطيران الحربي على سوق شعبي",
        "published": None,
        "body_first": "ارتكب طيران النظام الحربي مجزرة مروعة في مدينة دوما",
        "body_last": "وتأتي المجزرة ضمن حملة تصعيد يشنها النظام على مدن وبلدات الغوطة الشرقية، رداً على هجمات فصائل المعارضة على مواقعه في محيط حرستا وإدارة المركبات.",
        "chrome_not_body": [
            "شبكة الغوطة المحلية",
            "صوت أهالي الغوطة الشرقية",
            "أخبار الغوطة",
            "دوما - أبو أنس الدوماني",
            "عدد المشاهدات: ١٢٤٥",
            "متطوعو الدفاع المدني ينتشلون الضحايا من السوق الشعبي في دوما - شبكة الغوطة المحلية",
            "الخبر السابق: الدفاع المدني في الغوطة يطلق نداء للتبرع بالدم",
            "الخبر التالي: حملة تبرعات من أبناء الغوطة في الشمال لأهالي دوما",
            "التعليقات (٣)",
            "أبو عمر الشامي",
            "١٨/٠٨/٢٠١٥ - ١٠:٢٠",
            "١٩/٠٨/٢٠١٥ - ٠٩:٣٠",
            "أضف تعليقاً",
            "البريد الإلكتروني",
            "جميع الحقوق محفوظة © شبكة الغوطة المحلية 2013-2015",
        ],
        "relative": {"phrase": "ظهر الأحد", "date": "2015-08-16"},
        "comments_first": "رحم الله الشهداء، ولعنة الله",
        "comment_authors": ["أبو عمر الشامي", "سارة"],
    },
    {
        "n": 4420, "language": "ar",
        "outlet": "a Mosul Arabic news site (الحدباء نيوز) on ISIS blowing up the al-Nuri mosque and the Hadba minaret",
        "title": "داعش يفجر جامع النوري الكبير ومنارة الحدباء في الموصل القديمة",
        "published": "2017-06-22",
        "body_first": "فجّر تنظيم داعش الإرهابي جامع النوري الكبير ومنارته الحدباء",
        "body_last": "وتخوض القوات العراقية معارك شرسة في أزقة المدينة القديمة الضيقة، حيث يتحصن مئات من عناصر التنظيم بين المدنيين، وتقدر الأمم المتحدة أن نحو مئة ألف مدني ما زالوا محاصرين فيها في ظروف إنسانية صعبة.",
        "chrome_not_body": [
            "الحدباء نيوز",
            "أخبار الموصل ونينوى لحظة بلحظة",
            "تقارير مصورة",
            "الخميس ٢٢ حزيران ٢٠١٧",
            "٢٧ رمضان ١٤٣٨ هـ",
            "الموصل - رعد الطائي",
            "ركام جامع النوري ومنارة الحدباء بعد تفجيرهما - الحدباء نيوز",
            "الوسوم: الموصل، جامع النوري، الحدباء، داعش",
            "التعليقات",
            "محمد الموصلي",
            "٢٢/٠٦/٢٠١٧",
            "👍 ١٢٤ 👎 ٢ | رد",
            "أضف تعليقك",
            "التعليقات تخضع للمراجعة قبل النشر، ويمنع نشر التعليقات المسيئة أو الطائفية.",
            "أخبار ذات صلة",
            "جهاز مكافحة الإرهاب يتوغل في محلة الفاروق - ٢٠/٠٦/٢٠١٧",
            "نازحون من الموصل القديمة يصلون إلى حمام العليل - ١٩/٠٦/٢٠١٧",
            "حقوق النشر محفوظة © الحدباء نيوز ٢٠١٧",
        ],
        "relative": {"phrase": "مساء الأربعاء", "date": "2017-06-21"},
        "comments_first": "قلبي انكسر، الحدباء ليست حجراً",
        "comment_authors": ["محمد الموصلي", "زينب"],
    },
    {
        "n": 4421, "language": "ar",
        "outlet": "a Joomla-era eastern Libyan news site (بوابة المرج الإخبارية) on the launch of Haftar's Operation Dignity in Benghazi",
        "title": "حفتر يطلق «عملية الكرامة» ضد كتائب إسلامية في بنغازي وعشرات القتلى في الاشتباكات",
        "published": "2014-05-17",
        "body_first": "بنغازي - ارتفع عدد قتلى الاشتباكات التي شهدتها مدينة بنغازي",
        "body_last": "وتشهد بنغازي منذ أشهر موجة اغتيالات وتفجيرات استهدفت عسكريين وأفراد أمن وناشطين وقضاة وإعلاميين، تتهم أطراف عديدة الجماعات المتشددة بالوقوف وراءها.",
        "chrome_not_body": [
            "بوابة المرج الإخبارية",
            "مقالات الرأي",
            "أنت هنا: الرئيسية / ليبيا / بنغازي",
            "كتب بواسطة: عادل الفيتوري",
            "نشر في: 17 مايو 2014 - 13:10",
            "الزيارات: 2871",
            "طباعة | البريد الإلكتروني",
            "دخان يتصاعد من منطقة سيدي فرج خلال الاشتباكات - بوابة المرج",
            "آخر تحديث: 17 مايو 2014 - 18:30",
            "< السابق | التالي >",
            "التعليقات",
            "#1 أبو صهيب - بنغازي 17-05-2014 15:22",
            "#2 ليبي حر 17-05-2014 16:05",
            "رد | اقتباس",
            "أضف تعليقاً",
            "الاسم (مطلوب)",
            "البريد الإلكتروني (مطلوب، لن يظهر)",
            "جميع الحقوق محفوظة © 2012 - 2014 بوابة المرج الإخبارية",
        ],
        "relative": {"phrase": "يوم الجمعة", "date": "2014-05-16"},
        "comments_first": "ربي يحمي بنغازي وأهلها",
        "comment_authors": ["أبو صهيب", "ليبي حر"],
    },
    {
        "n": 4422, "language": "ar",
        "outlet": "an old Yemeni news agency site (وكالة نشوان للأنباء, Houthi-aligned) on the Dahyan school bus strike in Saada",
        "title": "مجزرة ضحيان: ارتفاع عدد الشهداء إلى 51 بينهم 40 طفلاً",
        "published": "2018-08-11",
        "body_first": "صعدة 11 أغسطس (نشوان) - ارتفع عدد شهداء المجزرة",
        "body_last": "ويأتي هذا الاستهداف في سياق سلسلة من المجازر التي يرتكبها العدوان بحق المدنيين في مختلف المحافظات منذ مارس 2015، والتي طالت الأسواق والمدارس والمستشفيات وصالات الأعراس والعزاء.",
        "chrome_not_body": [
            "وكالة نشوان للأنباء",
            "عربي ودولي",
            "التاريخ: 11/08/2018 - الساعة: 12:40",
            "عدد القراءات: 5120",
            "م.ص/ع.ن",
            "طباعة | إرسال | تكبير الخط | تصغير الخط",
            "كلمات دلالية",
            "صعدة ضحيان العدوان السعودي الأمريكي مجزرة الأطفال الحديدة الصليب الأحمر",
            "الخبر السابق: الحديدة: غارات للعدوان على مديرية التحيتا",
            "الخبر التالي: وقفات احتجاجية في صنعاء تنديداً بمجزرة أطفال ضحيان",
            "التعليقات مغلقة.",
            "من نحن | اتصل بنا | خريطة الموقع",
            "جميع الحقوق محفوظة © وكالة نشوان للأنباء 2015 - 2018",
        ],
        "relative": {"phrase": "صباح الخميس", "date": "2018-08-09"},
    },
    {
        "n": 4423, "language": "ar",
        "outlet": "an Egyptian WordPress Sinai news blog (أرض الفيروز) on the attack on the al-Barth checkpoint south of Rafah",
        "title": "استشهاد 23 من أبطال الكتيبة 103 صاعقة في هجوم إرهابي على كمين البرث جنوب رفح",
        "published": "2017-07-08",
        "body_first": "رفح - ارتفع عدد شهداء القوات المسلحة في الهجوم الإرهابي على تمركز البرث",
        "body_last": "وتفرض السلطات حالة الطوارئ وحظر التجوال في أجزاء من شمال سيناء منذ نحو ثلاث سنوات، فيما تشكو القبائل والأهالي من صعوبة التنقل ونقص الوقود والسلع في مدن المحافظة.",
        "chrome_not_body": [
            "أرض الفيروز",
            "أخبار سيناء ومدن القناة",
            "نُشر في 8 يوليو 2017 بواسطة أحمد سليمان",
            "آخر تحديث: 8 يوليو 2017 - 9:40 م",
            "جنازة عسكرية لشهداء هجوم البرث بمشاركة قادة القوات المسلحة - أرض الفيروز",
            "الوسوم: البرث، رفح، الكتيبة 103، شمال سيناء، أحمد منسي",
            "التعليقات (4)",
            "1. محمد عاطف",
            "8 يوليو 2017 الساعة 10:15 م",
            "إعجاب (45) | رد",
            "اترك تعليقاً",
            "إرسال التعليق",
            "مقالات ذات صلة",
            "السيسي يتقدم جنازة شهداء البرث في القاهرة",
            "كمين البرث.. كيف تصدى الأبطال للهجوم؟",
            "© 2017 أرض الفيروز - جميع الحقوق محفوظة",
        ],
        "relative": {"phrase": "صباح الجمعة", "date": "2017-07-07"},
        "comments_first": "الله يرحم الأبطال",
        "comment_authors": ["محمد عاطف", "أم يوسف", "كريم"],
    },
    {
        "n": 4424, "language": "ar",
        "outlet": "a Gaza Blogger news blog (غزة تحت النار) on the shelling of the UNRWA girls' school in Jabalia camp",
        "title": "مجزرة مدرسة جباليا: 16 شهيداً في قصف مدرسة للأونروا تؤوي نازحين",
        "published": "2014-07-31",
        "body_first": "جباليا - استشهد 16 مواطناً على الأقل وأصيب أكثر من مئة آخرين",
        "body_last": "وبحسب وزارة الصحة في غزة، ارتفعت حصيلة الشهداء منذ بدء العدوان إلى أكثر من 1360 شهيداً، فيما تجاوز عدد النازحين في مدارس الأونروا 240 ألفاً، في ظل انقطاع الكهرباء والمياه عن معظم مناطق القطاع.",
        "chrome_not_body": [
            "غزة تحت النار",
            "مدونة إخبارية ترصد العدوان على قطاع غزة لحظة بلحظة",
            "الصفحة الرئيسية",
            "الخميس 4 شوال 1435 هـ - 31 يوليو 2014",
            "مرسلة بواسطة محمد أبو عودة في 2:35 ص",
            "إرسال بالبريد الإلكتروني | كتابة مدونة حول هذه المشاركة | المشاركة على Twitter | المشاركة في Facebook",
            "التسميات: الأونروا، جباليا، مجازر",
            "3 تعليقات:",
            "غير معرف يقول...",
            "31 يوليو 2014 في 8:10 ص",
            "هبة من نابلس يقول...",
            "إرسال تعليق",
            "رسالة أحدث رسالة أقدم الصفحة الرئيسية",
            "الاشتراك في: تعليقات الرسالة (Atom)",
            "أرشيف المدونة",
            "قصف سوق الشجاعية خلال التهدئة",
            "قالب بسيط. يتم التشغيل بواسطة Blogger.",
        ],
        "relative": {"phrase": "فجر الأربعاء", "date": "2014-07-30"},
        "comments_first": "حسبي الله ونعم الوكيل، حتى مدارس",
        "comment_authors": ["هبة من نابلس", "محمد أبو عودة"],
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


def find_prefix(lines, s, start=0):
    for i in range(start, len(lines)):
        if lines[i] == s or lines[i].startswith(s):
            return i
    return -1


def check(doc, errors):
    n = doc["n"]
    def err(msg):
        errors.append(f"{n}: {msg}")
    files = glob.glob(os.path.join(HERE, f"{n}_*.txt"))
    if len(files) != 1:
        err(f"expected one page file, found {len(files)}")
        return None
    name = os.path.basename(files[0])
    if not re.fullmatch(r"44\d\d_[a-z0-9_]+\.txt", name):
        err(f"bad file name {name}")
    raw = open(files[0], encoding="utf-8").read()
    if "\r" in raw:
        err("carriage returns in page")
    all_lines = raw.split("\n")
    lines = [l.strip() for l in all_lines if l.strip()]
    # blank-line layout
    has_blank = "\n\n" in raw.strip("\n")
    if (n in BLANK) != has_blank:
        err(f"blank-line layout wrong (blank={has_blank})")
    if n in BLANK:
        body = raw.strip("\n").split("\n")
        if any(body[i].strip() and body[i + 1].strip() for i in range(len(body) - 1)):
            err("blank-line page has two adjacent non-empty lines")
    # title
    if doc["title"] not in lines:
        err("title is not a whole line")
    # body span
    i = find_prefix(lines, doc["body_first"])
    if i < 0:
        err("body_first not a line prefix")
        return name
    j = find_prefix(lines, doc["body_last"], i)
    if j < 0:
        err("body_last not a line (prefix) after body_first")
        return name
    chrome = doc["chrome_not_body"]
    for c in chrome:
        if find_prefix(lines, c) < 0:
            err(f"chrome line not found: {c!r}")
    if len(set(chrome)) != len(chrome):
        err("duplicate chrome lines")
    def is_chrome(line):
        return any(line == c or line.startswith(c) for c in chrome)
    span = lines[i:j + 1]
    paras = [l for l in span if not is_chrome(l)]
    for l in paras:
        if len(l.split()) < 18:
            err(f"short unlisted line inside body span: {l[:60]!r}")
    words = sum(len(l.split()) for l in paras)
    if not 6 <= len(paras) <= 9:
        err(f"{len(paras)} body paragraphs")
    if not 300 <= words <= 700:
        err(f"{words} body words")
    nb = norm(" ".join(paras))
    for c in chrome:
        if len(norm(c)) > 3 and norm(c) in nb:
            err(f"chrome line occurs inside the body: {c!r}")
    if norm(doc["title"]) in nb:
        err("title occurs inside the body")
    # comments
    tail = lines[j + 1:]
    if "comments_first" in doc:
        if find_prefix(tail, doc["comments_first"]) < 0:
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
    body_text = "\n".join(paras)
    if body_text.count(rel["phrase"]) != 1:
        err(f"relative phrase occurs {body_text.count(rel['phrase'])} times in the body")
    days_in_body = DAY_RE.findall(body_text)
    if len(days_in_body) != 1:
        err(f"{len(days_in_body)} weekday names in the body")
    for l in lines:
        if REL_WORDS.search(l):
            err(f"relative word on the page: {l[:60]!r}")
        if l not in paras and DAY_RE.search(l) and not is_chrome(l):
            err(f"weekday name outside the body on a line not listed as chrome: {l[:60]!r}")
    # language
    ar = sum(1 for ch in doc["body_first"] if "\u0600" <= ch <= "\u06ff")
    if (doc["language"] == "ar") != (ar > len(doc["body_first"]) / 3):
        err("language does not match body_first script")
    return name, len(paras), words, len(lines), len(all_lines)


def main(argv):
    errors, out, stats = [], [], []
    for doc in DOCS:
        r = check(doc, errors)
        if not r or isinstance(r, str):
            continue
        name, paras, words, nonempty, total = r
        stats.append((doc["n"], paras, words, nonempty, total))
        d = {"file": name}
        for k in ("language", "outlet", "title", "published", "body_first", "body_last",
                  "chrome_not_body", "relative", "comments_first", "comment_authors"):
            if k in doc:
                d[k] = doc[k]
        out.append(d)
    if len(DOCS) != 24 or [d["n"] for d in DOCS] != list(range(4401, 4425)):
        errors.append("expected documents 4401-4424 in order")
    for s in stats:
        print("%d: %d paragraphs, %d words, %d non-empty lines (%d lines)" % s)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problems", file=sys.stderr)
        return 1
    if "--check" not in argv:
        with open(os.path.join(HERE, "transfer-44.gold.json"), "w", encoding="utf-8") as f:
            json.dump({"about": ABOUT, "documents": out}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote transfer-44.gold.json ({len(out)} documents)")
    else:
        print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
