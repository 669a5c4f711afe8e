package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Published;
import org.sitrep.model.Span;
import org.sitrep.text.TextNormalizer;

/**
 * Sorts the lines of a text page's body zone into paragraphs and chrome by what they look like:
 * their length, words, closing punctuation, dates, links and credits, whether they repeat a later
 * paragraph, and the lines beside them (captions sit next to a photo credit, chrome comes in runs).
 * No rule here names a site: the words it needs (credit labels, read-more links) are in
 * {@code boilerplate.tsv} and {@code line-shapes.tsv}.
 */
final class BodyLines {
  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_DASH = Pattern.compile(".*\\s[-–—|]$");
  private static final Pattern END_PUNCT_SPACE = Pattern.compile("[\\p{P}\\s]+$");
  private BodyLines() {}

  /**
   * One line of the body zone with its {@link TextNormalizer#fold folded} form and the blank lines
   * around it.
   */
  record Line(int start, int end, String text, String folded, int blanksBefore, int blanksAfter,
      String preset) {}

  /* A dash or a slash between words: a dateline's place and source ("الرياض - وكالات:"). */
  private static final Pattern DATELINE_PARTS = Pattern.compile("\\s[-–—]\\s|\\S\\s?/\\s?\\S");

  /* Lines this close to the top of the body may be a page's header parts: captions, decks, bylines. */
  private static final int TOP = 4;

  /* A web address alone on its line, perhaps labelled or in a mail's angle brackets (s46). */
  private static final Pattern URL_ONLY =
      Pattern.compile("^(?:[\\p{L} ]{0,20}:\\s*)?<?(?:https?://|www\\.)\\S+$");
  /* A bare domain on a line of its own ("presstv.co.uk", "example.com/news"): a link. */
  private static final Pattern DOMAIN_ONLY =
      Pattern.compile("^(?:[a-z0-9-]{2,40}\\.){1,3}[a-z]{2,6}(?:/\\S*)?$");
  /* "LIVE: Latest updates on X", "WATCH: …": an all-capitals label and a link's headline. */
  private static final Pattern PROMO = Pattern.compile("^\\p{Lu}{3,}(?:\\s\\p{Lu}{2,})?\\s?:\\s.{3,80}");
  /* "Story Code: 167193", "News Link :": a label, perhaps with a short value. */
  private static final Pattern LABEL_VALUE =
      Pattern.compile("^[\\p{L}][\\p{L} ]{1,24}\\s?:\\s*[\\p{L}\\p{N}#./-]{0,30}$");
  /* A desk line of initials or short names: "MNA/PR", "و.ب/س.ك (أ ف ب)", "H. Zain / Rami". */
  private static final Pattern DESK =
      Pattern.compile("^[\\p{L}.]{1,6}(?:\\s\\p{L}{2,12})?(?:\\s?/\\s?[\\p{L}.]{1,12}(?:\\s\\p{L}{2,12})?)+"
          + "(?:\\s*\\([^)]{0,40}\\)?)?$");
  /* The wire's closing line of its credit in brackets, then the initials of writer and editor
   * apart by a slash, perhaps after dashes: "--(بترا) ع ح/ م ق", "(KUNA) AH/MQ", "(SANA) A.H / M.Q". */
  private static final String INITIALS = "\\p{L}{1,3}\\.?(?:[\\s.]\\p{L}{1,3}\\.?){0,3}";
  private static final Pattern CREDIT_DESK = Pattern.compile("^[-–—]{0,3}\\s*\\([^()]{1,30}\\)\\s*[-–—]?\\s*"
      + INITIALS + "(?:\\s?/\\s?" + INITIALS + ")+$");
  /* In the footer, a label and a list: "Tags: Syria, dam, shelling", "الكلمات الدالة: …". */
  private static final Pattern LABEL_LIST =
      Pattern.compile("^[\\p{L}][\\p{L} ]{1,24}\\s?:\\s*[^.!?؟]{1,120}$");
  /* In the footer, a short line a dash opens: "— With agency inputs". */
  private static final Pattern DASH_NOTE = Pattern.compile("^[—–-]\\s*\\p{L}.{0,50}$");
  /* A source line glued to the end of the last paragraph: "… ومنازلهم. المصدر: الدائرة …". */
  private static final Pattern SOURCE_TAIL = Pattern.compile(
      "(?<=[.!?؟])\\s+(?:source|sources|المصدر|المصادر)(?:\\s?:\\s?[^.!?؟]{2,80})?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SOURCE_LINE = Pattern.compile(
      "^(?:source|sources|المصدر|المصادر)\\s?:\\s?[^.!?؟]{2,80}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** True when a line reports someone's words ("… the army said", "قال …"): the story's, not a box's. */
  static boolean reports(String s) {
    return REPORTING.matcher(s).find();
  }

  private static final Pattern REPORTING = Pattern.compile("(?iu)\\b(?:said|says|told|tells|"
      + "according|announced|reported|reports|claimed|stated)\\b|(?:قال|قالت|أعلن|أعلنت|ذكر|ذكرت|"
      + "أفاد|أفادت|بحسب|وفق)");
  /* Words that report speech: a caption describes a picture and quotes no one. */
  private static final Pattern SPEECH = Pattern.compile("(?iu)\\b(?:said|says|told|tells|"
      + "according to|stated)\\b|(?:قال|قالت|ذكر|ذكرت|أفاد|أفادت|بحسب|وفق)");
  private static final Pattern QUOTE = Pattern.compile("[\"“«]([^\"“”«»]{20,400})[\"”»]");

  /**
   * Adds the body lines to {@code p} as paragraphs or chrome. {@code title} is the page's title
   * (or null); returns nothing, the parts hold the result.
   */
  static void sift(List<Line> ls, PageParts p, Outlets outlets) {
    sift(ls, p, outlets, false);
  }

  /**
   * As {@link #sift(List, PageParts, Outlets)}; {@code cut} says that a widget or a list of
   * other headlines ended the body, so that its last lines are not a page cut short.
   */
  static void sift(List<Line> ls, PageParts p, Outlets outlets, boolean cut) {
    int n = ls.size();
    String[] kind = new String[n];
    int[] pos = new int[n]; // the line's place among the lines the lexicon left unclassified
    for (int i = 0, k = 0; i < n; i++) {
      pos[i] = k;
      kind[i] = ls.get(i).preset;
      if (kind[i] == null) {
        kind[i] = shape(ls.get(i).text, k++);
      }
    }
    // a caption by its opening word ("صورة أرشيفية لقرية … - رووداو"), a prompt to follow the
    // site elsewhere ("Follow us on Telegram", "تابعوا آخر الأخبار عبر قناة …") and the text of a
    // script or a style sheet (s54), wherever they stand
    List<String> sites = siteNames(p);
    for (int i = 0; i < n; i++) {
      if (kind[i] != null) {
        continue;
      }
      Line l = ls.get(i);
      if (LineShapes.codeLine(l.text)) {
        kind[i] = "embed";
      } else if (LineShapes.pictureCaption(l.text, l.folded) || bracketedPicture(l.text)) {
        kind[i] = "caption";
      } else if (LineShapes.factBox(l.text, l.folded)) {
        kind[i] = "box";
      } else if (LineShapes.phoneLine(l.text, l.folded)) {
        kind[i] = "hotline";
      } else if (LineShapes.followPrompt(l.text, l.folded, sites)
          || LineShapes.linkPrompt(l.text, l.folded) || LineShapes.asideLine(l.text, l.folded)) {
        kind[i] = "share";
      } else if (LineShapes.timeAlone(l.text)) {
        kind[i] = "date";
      } else if (numberedList(l.text) || capsHeadline(l.text)) {
        kind[i] = "related";
      }
    }
    // a question over short answers one to a line (or side by side on the page's last line): a
    // poll's box set inside the text
    for (int i = 0; i + 1 < n; i++) {
      if (kind[i] == null && LineShapes.pollQuestion(ls, i)) {
        kind[i] = "poll";
        // the box's parts: its label right over the question ("Poll", "استطلاع رأي") and the
        // answers and buttons under it ("Yes", "Not sure", "Vote", "View Results"), short lines
        // none of them a sentence, up to the next line that is not one
        if (i > 0 && kind[i - 1] == null && LineShapes.pollPart(ls.get(i - 1).text, 2)) {
          kind[i - 1] = "poll";
        }
        for (int j = i + 1; j < n && kind[j] == null
            && LineShapes.pollPart(ls.get(j).text, LineShapes.POLL_ANSWER_WORDS); j++) {
          kind[j] = "poll";
        }
      }
    }
    // s33: a fact box inside the text, its label alone over one to six bulleted lines ("KEY
    // FACTS", "What we know", "BACKGROUND" over "• The insurgency began in 2017.")
    for (int i = 0; i + 1 < n; i++) {
      if (kind[i] != null || !LineShapes.boxLabelAlone(ls.get(i).folded)
          && !LineShapes.boxLabelAlone(barHead(ls.get(i).folded))) {
        continue;
      }
      int j = i + 1;
      while (j < n && j - i <= BOX_ITEMS && kind[j] == null && LineShapes.bulleted(ls.get(j).text)
          && words(ls.get(j).text) <= BOX_ITEM_WORDS) {
        j++;
      }
      boolean subject = !LineShapes.boxLabelAlone(ls.get(i).folded);
      if (subject && j > i + 1) {
        // (a label and subject over bulleted items: the box as any)
      } else if (subject && j < n && kind[j] == null
          && words(ls.get(j).text) <= BOX_PARAGRAPH_WORDS) {
        // s38: a box's label and its subject after a bar ("بطاقة تعريفية | جبهة مريس",
        // "FACT FILE | Jubbaland") over its one paragraph: the box's card, the story going on
        // under it (transfer-40's 4019, studied)
        j++;
      } else if (j == i + 1) {
        // s34: its items with no bullet, each a phrase not closed as a sentence ("حقائق أساسية"
        // over "أكثر من 12 مليون نازح داخل السودان وخارجه": transfer-28's 2822, studied), or
        // the label alone over the story going on
        while (j < n && j - i <= BOX_ITEMS && kind[j] == null && !closed(ls.get(j).text)
            && words(ls.get(j).text) >= 3 && words(ls.get(j).text) <= BOX_PHRASE_WORDS) {
          j++;
        }
      }
      for (int k = i; k < j; k++) {
        kind[k] = "box";
      }
      i = j - 1;
    }
    // two lines together, each a short line of a newsletter's box and neither a report ("Get
    // the daily news in your inbox" over "Enter your email address"): a sign-up box set inside
    // the text, with a button of a few words under it ("Subscribe", "Sign me up")
    for (int i = 0; i + 1 < n; i++) {
      // (the first may be known already as a call to action: "Get … in your inbox")
      boolean first = kind[i] == null || "subscribe".equals(kind[i]);
      if (first && kind[i + 1] == null && LineShapes.subscribeLine(ls.get(i).text)
          && LineShapes.subscribeLine(ls.get(i + 1).text)) {
        int a = i;
        int b = i + 1;
        while (b + 1 < n && kind[b + 1] == null && (LineShapes.subscribeLine(ls.get(b + 1).text)
            || LineShapes.pollPart(ls.get(b + 1).text, BUTTON_WORDS))) {
          b++;
        }
        if (a > 0 && kind[a - 1] == null && LineShapes.pollPart(ls.get(a - 1).text, 2)
            && LineShapes.subscribeBox(ls.get(a - 1).text)) {
          a--;
        }
        for (int j = a; j <= b; j++) {
          kind[j] = "subscribe";
        }
        i = b;
      }
    }
    // a line that a later paragraph says again: a deck or a pull quote above the body
    List<Set<String>> tokens = new ArrayList<>(Collections.nCopies(n, null));
    for (int i = 0; i < n && pos[i] < TOP; i++) {
      if (kind[i] == null && (repeatedLater(ls, kind, i, tokens) && !copyRun(ls, kind, i, tokens)
          || quoteRepeated(ls, kind, i))) {
        kind[i] = "repeat";
      }
    }
    // a pull quote set anywhere in the text: a line that is one quotation and nothing else,
    // whose words another line of the page says ("“He stayed because the people needed him”"
    // beside "He stayed because the people needed him, his brother said.") (s31)
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && pullQuote(ls, kind, i)) {
        kind[i] = "repeat";
      }
    }
    // s33: an embedded post between paragraphs: its author's name on a short line over the
    // post's text and the post's signature under it ("Name (Official)" / "…" / "View on Telegram
    // · 3 Mar 2025, 21:14"); the name is the embed's, as its signature is (the development
    // gold's page 031 counts the post's text as the story's)
    for (int i = 2; i < n; i++) {
      if ("embed".equals(kind[i]) && POST_SIGNATURE.matcher(ls.get(i).text).find()
          && kind[i - 1] == null && kind[i - 2] == null && words(ls.get(i - 2).text) <= 8
          && !STOPPED.matcher(ls.get(i - 2).text).find()
          && words(ls.get(i - 1).text) > words(ls.get(i - 2).text)
          && (i < 3 || kind[i - 3] != null || prose(ls.get(i - 3).text))) {
        kind[i - 2] = "embed";
      }
    }
    // s32: a photographer's credit alone on a line, "Name Name, Outlet" or "Name Name / Outlet"
    // ("Daniel Mendez, Great Lakes Sentinel"), between a sentence of forty words at most and the
    // story going on: the picture's credit, and the sentence over it its caption
    for (int i = 0; i + 1 < n; i++) {
      if (kind[i] != null || !NAME_CREDIT.matcher(ls.get(i).text.strip()).matches()
          || BY_FIRST.matcher(ls.get(i).text).lookingAt()
          || words(ls.get(i).text) > NAME_CREDIT_WORDS || !nextProse(ls, kind, i)) {
        continue;
      }
      kind[i] = "caption";
      if (i > 0 && kind[i - 1] == null && words(ls.get(i - 1).text) <= 40
          && !REPORTING.matcher(ls.get(i - 1).text).find()) {
        kind[i - 1] = "caption";
      }
    }
    // s32: what the page sets between its paragraphs by the shape of the lines around it
    for (int i = 0; i < n; i++) {
      if (kind[i] != null) {
        if ("advert".equals(kind[i]) && LineShapes.sponsorLabel(ls.get(i).folded)) {
          // "Sponsored" over "Discover new-build apartments from €295,000": the ad's own line,
          // a short one that is no sentence (a sponsor's label announces text, where
          // "Advertisement" marks a picture's slot)
          int j = i + 1;
          if (j < n && kind[j] == null && !closed(ls.get(j).text) && words(ls.get(j).text) <= 18) {
            kind[j] = "advert";
          }
        }
        continue;
      }
      Line l = ls.get(i);
      if (unstoppedQuote(l.text)) {
        // "“A ceasefire that leaves the question open only postpones the next war”" alone on
        // its line with no stop: a pull quote (a paragraph that quotes someone closes with one)
        kind[i] = "repeat";
      } else if (pos[i] < TOP && i + 1 < n && "source".equals(kind[i + 1]) && words(l.text) <= 35
          && !REPORTING.matcher(l.text).find() && nextProse(ls, kind, i + 1)) {
        // "Soldiers at the air base during an earlier rotation." over "Source: Defence Forces"
        // at the top of the text, the story going on under it: a picture's caption and its source
        kind[i] = "caption";
      } else if (farChars(l.text) && otherScript(l.text, pageScript(ls, kind))) {
        // "この記事を日本語で読む" among the paragraphs of an Arabic page: a link to the story in
        // another language
        kind[i] = "related";
      }
    }
    // a short label said twice or more between the paragraphs ("Article content" over each
    // block of a story a site cuts for its ads, "Continue reading"): the site's, not the story's
    Map<String, Integer> shortLines = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (shortLabel(ls.get(i).text)) {
        shortLines.merge(ls.get(i).folded, 1, Integer::sum);
      }
    }
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && shortLabel(ls.get(i).text)
          && shortLines.getOrDefault(ls.get(i).folded, 0) >= 2) {
        kind[i] = "repeat";
      }
    }
    // two adjacent lines near the top, neither closed as a sentence: a caption block
    for (int i = 0; i + 1 < n && pos[i + 1] < TOP + 1; i++) {
      Line a = ls.get(i);
      Line b = ls.get(i + 1);
      if (kind[i] == null && kind[i + 1] == null && a.blanksAfter == 0 && !closed(a.text)
          && !closed(b.text) && words(a.text) >= 4 && words(b.text) >= 4
          && !dateOrByline(a.text) && !dateOrByline(b.text)
          && !REPORTING.matcher(a.text + " " + b.text).find() && !wrappedOn(b.text)) {
        kind[i] = "caption";
        kind[i + 1] = "caption";
      }
    }
    // lines beside a caption, with no blank line between, short and not a sentence: its parts
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        // (s34: a short line in brackets too, "(المصدر: SBU)": transfer-27's 2722)
        if (kind[i] != null || closed(ls.get(i).text) && !bracketedCredit(ls.get(i).text)
            || ls.get(i).text.length() > 150) {
          continue;
        }
        boolean prev = i > 0 && isCaption(kind[i - 1]) && ls.get(i - 1).blanksAfter == 0;
        boolean next = i + 1 < n && isCaption(kind[i + 1]) && ls.get(i).blanksAfter == 0;
        // a date line or a byline beside a caption stays what it is
        if ((prev || next) && !dateOrByline(ls.get(i).text)) {
          kind[i] = "caption";
        }
      }
    }
    // a short sentence right under a line that is only a photo's credit, over longer prose
    // ("Photo: AGENCY/Name" over "A boy walks past a damaged school …", "الصورة: …/…" over
    // "أطفال نازحون في مخيم …"): the picture's description, when it reports no one and names no
    // day, as a lead would ("… on Monday", "أمس")
    // (the credit may stand above the body's first line, set aside with the page's header)
    for (int i = 0; i + 1 < n; i++) {
      boolean credit = i == 0 ? creditAbove(ls.get(0), p) : isCaption(kind[i - 1])
          && ls.get(i - 1).blanksAfter == 0 && creditLine(ls.get(i - 1).text);
      if (credit && kind[i] == null && pictureSentence(ls.get(i).text, ls.get(i).folded)
          && kind[i + 1] == null && words(ls.get(i + 1).text) > words(ls.get(i).text)) {
        kind[i] = "caption";
      }
    }
    // a short line above the lead that ends in a credit in brackets ("… قاعدة إنجيرليك (AA)",
    // "Troops on patrol near the border (Reuters)"): a photo's caption
    List<String> own = null; // the page's own credits (ownCredits), read once if needed
    for (int i = 0; i < n && pos[i] < TOP; i++) {
      // (s48: the first line too when a stop closes its sentence before the brackets: "…
      // crossing. (Nile Gazette)" over the lead; transfer-49's 4909, studied)
      if (kind[i] == null && (creditTailed(ls.get(i).text, outlets)
          || (i > 0 || STOP_THEN_CREDIT.matcher(ls.get(i).text.strip()).find())
              && ownCredit(ls.get(i).text, own == null ? own = ownCredits(ls, kind, sites)
              : own)) && nextProse(ls, kind, i)) {
        kind[i] = "caption";
      }
    }
    // further down, between paragraphs, only when the brackets name a picture's source as such
    // ("… (واس)", "… (أرشيفية)", "… (PA Wire)"; credit-word in line-shapes.tsv), not any
    // acronym: "… Syrian Democratic Forces (SDF)" may end a line of the story
    // s40: or the page's own: its site's name, or the agency its lead's dateline names ("…
    // at Zobe junction. (SNNS)" under "MOGADISHU, March 3 (SNNS) –": transfer-43's 4305, 4307,
    // 4321, studied)
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && pos[i] >= TOP && (creditTailed(ls.get(i).text, null)
          || ownCredit(ls.get(i).text, own == null ? own = ownCredits(ls, kind, sites) : own))
          && nextProse(ls, kind, i)) {
        kind[i] = "caption";
      }
    }
    // s33: a short closed sentence with no verb between two paragraphs of the story (or over
    // the lead): a photo's caption with no credit ("BDF soldiers of the SAMIM contingent on
    // patrol near Mueda in 2022."); s34: or one in the present that names a day ("Smoke rises
    // over Tyre after Israeli strikes on Wednesday afternoon.")
    for (int i = 0; i + 1 < n; i++) {
      if (kind[i] == null && (LineShapes.verbless(ls.get(i).text, ls.get(i).folded)
          || LineShapes.presentCaption(ls.get(i).text, ls.get(i).folded)
          || LineShapes.arabicPresentCaption(ls.get(i).text, ls.get(i).folded))
          && nextProse(ls, kind, i)
          && (i == 0 || kind[i - 1] != null || prose(ls.get(i - 1).text))) {
        kind[i] = "caption";
      }
    }
    captionCopies(ls, kind);
    embeddedPostName(ls, kind);
    embeddedPostRun(ls, kind);
    captionUnderCredit(ls, kind);
    embeddedPostAbove(ls, kind);
    otherScriptLines(ls, kind);
    factCheckBox(ls, kind);
    galleryCaptions(ls, kind);
    // s36: a printed story's jump head, a short line right above "From page 9" ("Mortar fire",
    // "الجنوب بين الصواريخ"): the page's, as the jump line is (transfer-31's 3109 and 3123)
    for (int i = 1; i < n; i++) {
      if ("jump".equals(kind[i]) && kind[i - 1] == null && words(ls.get(i - 1).text) <= JUMP_HEAD_WORDS
          && !closed(ls.get(i - 1).text) && !LineShapes.hasDigit(ls.get(i - 1).text)) {
        kind[i - 1] = "jump";
      }
    }
    // between two paragraphs that end in stops, a short line that ends in a source with no stop
    // after it: a source in brackets ("… in the old city (Ministry of Defence)", "… (عدسة
    // ناشطين)"), or a picture's source or the site's own name after a dash, a bar or a stop ("… -
    // سانا", "… الجنوبية. أ ف ب"): the picture's caption, as the paragraphs around it say by their
    // stops what the page's prose looks like
    for (int i = 1; i + 1 < n; i++) {
      if (kind[i] == null && sourceTailed(ls.get(i).text, sites)
          && stoppedParagraph(ls, kind, i, -1) && stoppedParagraph(ls, kind, i, 1)) {
        kind[i] = "caption";
      }
    }
    // s34: the same over the lead, no paragraph above it, when a picture's credit word ends it
    // ("… at Phnom Penh International Airport last Saturday. Supplied": transfer-28's 2808)
    for (int i = 0; i + 1 < n; i++) {
      if (kind[i] != null || !prose(ls.get(i).text)) {
        continue; // chrome or a label above the first line of text
      }
      // (s37: or the site's own name after a dash, "دخان يتصاعد قرب سد تشرين … - منصة وادي
      // الفرات" over the lead: transfer-36's 3613)
      if (sourceTailed(ls.get(i).text, sites) && stoppedParagraph(ls, kind, i, 1)) {
        kind[i] = "caption";
        break;
      }
      if (!closed(ls.get(i).text)) {
        continue; // (s35: a deck over the lead, not closed as a sentence)
      }
      if (i + 1 < n && kind[i + 1] == null && prose(ls.get(i + 1).text)
          && words(ls.get(i + 1).text) >= 2 * words(ls.get(i).text)
          && words(ls.get(i).text) <= LineShapes.CAPTION_OVER_LEAD_WORDS
          && LineShapes.presentCaption(ls.get(i).text, ls.get(i).folded, false)) {
        // s35: a short sentence in the present over a lead twice as long, naming no day
        // ("Rescuers work at the site of the strike in central Sumy."): the picture's caption
        // above the story (transfer-30's 3002, studied)
        kind[i] = "caption";
      }
      break;
    }
    // between two paragraphs that end in stops, one to four lines that end in none, each of six
    // to eighteen words, or of three or more behind a list's mark ("■ …", "• …"), the paragraph
    // above not opening them with a colon: other stories' headlines set inside the text, with or
    // without a mark, not the story's sentences (a subheading is shorter)
    for (int i = 1; i + 1 < n; i++) {
      if (kind[i] != null || !insetHeadline(ls.get(i).text)) {
        continue;
      }
      int j = i;
      while (j + 1 < n && j - i < 3 && kind[j + 1] == null && insetHeadline(ls.get(j + 1).text)) {
        j++;
      }
      if (stoppedParagraph(ls, kind, i, -1) && stoppedParagraph(ls, kind, j, 1)
          && !continuedBelow(ls, kind, j)) {
        for (int k = i; k <= j; k++) {
          kind[k] = "related";
        }
      }
      i = j;
    }
    // before the first paragraph of prose: bylines, dates and short labels
    for (int i = 0; i < n && pos[i] < TOP + 2; i++) {
      if (kind[i] != null) {
        continue;
      }
      String t = ls.get(i).text;
      if (creditOrDate(t, p)) {
        kind[i] = "byline";
        continue;
      }
      if (prose(t)) {
        break;
      }
      if (words(t) <= 10 && !closed(t) && Bylines.looksLikeByline(t)) {
        // "By Jane Doe with the Institute's Syria Team": a byline the parser names no one in
        kind[i] = "byline";
        continue;
      }
      if (words(t) <= 4) {
        kind[i] = "label";
        String s = t.strip();
        if (s.endsWith(":") && p.outlet == null && nextProse(ls, kind, i)) {
          // "Outlet Name:" right above the lead: the page's own credit; a dateline's place and
          // source apart by a dash or a slash ("صعدة - سبأ :", "City - Agencies:") names an
          // outlet only where a known one stands in it
          String name = s.substring(0, s.length() - 1).strip();
          p.outlet = !DATELINE_PARTS.matcher(name).find() ? outlets.byName(name)
              : outlets.findIn(name).map(Outlets.Hit::outlet).orElse(null);
        }
      }
    }
    // s35: a writer's name over the role line of the story's header ("Souleymane Kaboré" over
    // "Freelance journalist based in Ouagadougou", a name over "Africa Correspondent"): both the
    // byline, not a headline nor the lead (transfer-29's 2910, studied)
    for (int i = 1; i < n && pos[i] < TOP + 2; i++) {
      if (kind[i] == null && LineShapes.roleLine(ls.get(i).text, ls.get(i).folded)
          && ("byline".equals(kind[i - 1])
          || kind[i - 1] == null && LineShapes.nameLine(ls.get(i - 1).text))) {
        kind[i] = "byline";
        kind[i - 1] = "byline";
      }
    }
    headlinesAboveLead(ls, kind);
    // a byline or a date line among the first lines, after a deck or a quote
    for (int i = 0; i < n && pos[i] < TOP; i++) {
      if (kind[i] == null && !prose(ls.get(i).text) && creditOrDate(ls.get(i).text, p)) {
        kind[i] = "byline";
      }
    }
    // a name of a few words right above the date line among the first lines: the byline
    // ("Jane Doe" over "September 14, 2018", "إسماعيل جمال" over "14 آذار 2018")
    for (int i = 0; i + 1 < n && pos[i] < TOP; i++) {
      String t = ls.get(i).text;
      if (kind[i] == null && "byline".equals(kind[i + 1]) && words(t) <= 3 && !closed(t)
          && !LineShapes.hasDigit(t) && t.length() <= 40 && TextPageParser.dateOnly(ls.get(i + 1).text)) {
        kind[i] = "byline";
      }
    }
    // share buttons one to a line ("WhatsApp", "Telegram") beside other share lines, and a
    // share prompt of a verb and its object alone ("شارك المقال", "Share article")
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        if (kind[i] == null && (LineShapes.shareWordsOnly(ls.get(i).text)
            && (i > 0 && ("share".equals(kind[i - 1]) || LineShapes.shareWordsOnly(ls.get(i - 1).text))
            || i + 1 < n && ("share".equals(kind[i + 1])
            || LineShapes.shareWordsOnly(ls.get(i + 1).text)))
            || LineShapes.sharePrompt(ls.get(i).text))) {
          kind[i] = "share";
        }
      }
    }
    // the makers' credit line wherever it stands after the lead ("Reporting by …; editing by …")
    boolean afterLead = false;
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && afterLead && Bylines.roleLine(ls.get(i).text)) {
        kind[i] = "byline";
        p.addCredits(Bylines.parse(ls.get(i).text, true).credits());
      }
      afterLead |= kind[i] == null;
    }
    secondOpinion(ls, kind, cut);
    // a story's end mark ("###", "-ENDS-", "انتهى") or an author box's label alone ("About the
    // author") after its prose: what follows it (a release's contacts, an about box, the
    // author's name and note) is the page's footer
    boolean prose = false;
    for (int i = 0; i < n; i++) {
      if (prose && (LineShapes.endMark(ls.get(i).text.strip())
          || LineShapes.divider(ls.get(i).text) && onlyShortAfter(ls, i)
          || LineShapes.bioLabelAlone(ls.get(i).folded)
          || LineShapes.endLabelAlone(ls.get(i).folded)
          || i + 1 < n && LineShapes.notesLabelAlone(ls.get(i).folded)
          && LineShapes.footnoteLine(ls.get(i + 1).text))) {
        for (int j = i; j < n; j++) {
          if (kind[j] == null) {
            kind[j] = "footer";
          }
        }
        if (kind[i].equals("footer")) {
          kind[i] = "desk";
        }
        String writer = i + 1 < n && LineShapes.bioLabelAlone(ls.get(i).folded)
            ? LineShapes.bioName(ls.get(i + 1).text) : null;
        if (writer != null) {
          // s48: "About the author" over "Dilan Aziz is a reporter at …", "عن الكاتب" over
          // "هيمن عبد الله: مراسل …": the writer (transfer-49's 4907 and 4919, studied)
          p.addCredits(List.of(new org.sitrep.model.Credit("author", writer)));
        }
        break;
      }
      prose |= kind[i] == null;
    }
    // s36: a writer's name over a note opening with the writer's role, among the last lines
    // ("Ruth Roe" over "Kampala-based analyst covering …": transfer-33's 3303, studied)
    for (int i = Math.max(1, n - 3); i < n; i++) {
      if (kind[i] == null && (kind[i - 1] == null || "repeat".equals(kind[i - 1])
          || "byline".equals(kind[i - 1])) && LineShapes.nameLine(ls.get(i - 1).text)
          && LineShapes.roleBio(ls.get(i).text, ls.get(i).folded)) {
        // (the name may have been read as the byline's repeat)
        if (kind[i - 1] == null) {
          kind[i - 1] = "footer";
        }
        kind[i] = "footer";
      }
    }
    // the page's footer: links, labels, desk codes and source lines after the last paragraph
    int last = n - 1;
    List<String> writers = writerNames(p);
    Set<String> header = headerLines(p, n == 0 ? 0 : ls.get(0).start);
    while (last > 0 && (kind[last] != null || footer(ls.get(last).text, cut || last < n - 1)
        || lastButton(ls, kind, last)
        || last < n - 1 && introducesChrome(ls.get(last).text)
        || LineShapes.bioLine(ls.get(last).text, ls.get(last).folded)
        || last < n - 1 && LineShapes.roleBio(ls.get(last).text, ls.get(last).folded)
        || LineShapes.siteNote(ls.get(last).folded, sites)
        && !REPORTING.matcher(ls.get(last).text).find()
        || LineShapes.subscribeBox(ls.get(last).text) || LineShapes.commentNote(ls.get(last).text)
        || LineShapes.menuLine(ls.get(last).text, 5)
        || LineShapes.authorNote(ls.get(last).folded, writers)
        || postByline(ls.get(last).text, p)
        || LineShapes.postMeta(ls.get(last).text, ls.get(last).folded)
        || LineShapes.noteLine(ls.get(last).text, ls.get(last).folded)
        || LineShapes.footnoteLine(ls.get(last).text)
        || last < n - 1 && !closed(ls.get(last).text) && TextPageParser.dateOnly(ls.get(last).text)
        || headerAgain(ls.get(last), header))) {
      if (kind[last] == null) {
        kind[last] = "footer";
      }
      last--;
    }
    writerNoteAtTop(ls, kind, writers, header);
    headlinesUnderBody(ls, kind);
    islandUnderBody(ls, kind);
    boolean any = false;
    for (int i = 0; i < n; i++) {
      any |= kind[i] == null;
    }
    for (int i = 0; i < n; i++) {
      Line l = ls.get(i);
      if (kind[i] != null && (any || l.preset != null)) {
        p.chrome(l.start, l.end, kind[i]);
        continue;
      }
      int end = l.end;
      if (i == last && LineShapes.endMarkTail(l.text) > 0) {
        // "… sovereignty. Enditem": the wire's end mark after the last sentence
        int at = LineShapes.endMarkTail(l.text);
        end = l.start + at;
        String mark = l.text.substring(at);
        p.chrome(l.start + at + mark.length() - mark.stripLeading().length(), l.end, "desk");
      }
      if (i == last) {
        Matcher m = SOURCE_TAIL.matcher(l.text);
        if (m.find() && m.start() > 0) {
          end = l.start + m.start();
          int lead = m.group().length() - m.group().stripLeading().length();
          p.chrome(l.start + m.start() + lead, l.end, "source");
        }
      }
      p.paragraphs.add(new Span(l.start, end));
    }
  }

  /* The most words of a box's button ("Sign me up"). */
  private static final int BUTTON_WORDS = 3;

  /* The fewest words of a line whose copies are looked for beside a gallery's chrome. */
  private static final int COPY_WORDS = 6;

  /*
   * A gallery's caption printed once per view (the slide, its enlarged copy, its thumbnail):
   * a line of six words or more said twice or more on the page (a copy near the top may be
   * known already as said again below), one copy of it beside a caption
   * or a credit ("Photo: Name, AP", "Image 1 of 4"): every copy is the picture's caption, but
   * for a lead printed again as the caption of the picture above it (two copies, one with the
   * story's prose under it).
   */
  /* A gallery's counter alone on its line: "1 من 5", "Photo 2 of 5", "3/5". */
  private static final Pattern GALLERY_COUNTER = Pattern.compile(
      "(?iu)^(?:photo|image|picture|slide|صورة|الصورة)?\\s?\\d{1,2}\\s?(?:of|من|/)\\s?\\d{1,2}$");
  /* The most words of a gallery picture's caption under its counter. */
  private static final int GALLERY_CAPTION_WORDS = 40;

  /*
   * s36: a gallery set in the text, two counters or more ("1 من 5", "2 من 5"), each over its
   * picture's caption: the line under each counter is the caption (transfer-32's 3222).
   */
  private static void galleryCaptions(List<Line> ls, String[] kind) {
    int n = ls.size();
    boolean[] counter = new boolean[n];
    int counters = 0;
    for (int i = 0; i < n; i++) {
      counter[i] = ls.get(i).text.length() <= 20
          && GALLERY_COUNTER.matcher(TextNormalizer.asciiDigits(ls.get(i).text.strip())).matches();
      counters += counter[i] ? 1 : 0;
    }
    if (counters < 2) {
      return;
    }
    // a gallery inside a story: twice as many paragraphs of prose as counters, not under one;
    // a gallery page's captions are its text ("1 / 20" over each: transfer-10's 1007 and 1022)
    int paragraphs = 0;
    for (int i = 0; i < n; i++) {
      if (kind[i] == null && !(i > 0 && counter[i - 1]) && prose(ls.get(i).text)) {
        paragraphs++;
      }
    }
    if (paragraphs < 2 * counters) {
      return;
    }
    for (int i = 0; i + 1 < n; i++) {
      if (counter[i] && kind[i + 1] == null && words(ls.get(i + 1).text) <= GALLERY_CAPTION_WORDS) {
        kind[i + 1] = "caption";
      }
    }
  }

  /* The most lines from a fact check's claim label to its rating label. */
  private static final int CLAIM_BOX_LINES = 6;
  /* The most words of a verdict's text under its label alone. */
  private static final int VERDICT_WORDS = 60;

  /*
   * s36: a fact check's box over its text: a claim label alone ("Claim", "الادعاء المتداول"),
   * the claim, and within six lines a rating label, alone ("Our verdict", "الحكم") with the
   * verdict's sentence under it or with its value ("Rating: Partly false"): the box's, not the
   * story's (transfer-31's 3107 and 3119, studied). Only the first such box, among the page's
   * first lines.
   */
  private static void factCheckBox(List<Line> ls, String[] kind) {
    int n = ls.size();
    for (int i = 0; i < Math.min(n, TOP * 3); i++) {
      if (kind[i] != null && !kind[i].equals("label") || !LineShapes.claimLabel(ls.get(i).folded)) {
        continue;
      }
      int last = -1;
      boolean alone = false;
      for (int j = i + 1; j < n && j <= i + CLAIM_BOX_LINES; j++) {
        int v = LineShapes.verdictLabel(ls.get(j).folded);
        if (v > 0) {
          last = j;
          alone = v == 1;
        } else if (last >= 0) {
          break;
        }
      }
      if (last < 0) {
        return;
      }
      if (alone && last + 1 < n && kind[last + 1] == null
          && words(ls.get(last + 1).text) <= VERDICT_WORDS) {
        last++;
      }
      for (int k = i; k <= last; k++) {
        if (kind[k] == null || kind[k].equals("label")) {
          kind[k] = "box";
        }
      }
      return;
    }
  }

  private static void captionCopies(List<Line> ls, String[] kind) {
    Map<String, List<Integer>> copies = new HashMap<>();
    for (int i = 0; i < ls.size(); i++) {
      if ((kind[i] == null || "repeat".equals(kind[i])) && ls.get(i).text.length() >= 4 * COPY_WORDS
          && words(ls.get(i).text) >= COPY_WORDS) {
        copies.computeIfAbsent(ls.get(i).folded, x -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> at : copies.values()) {
      if (at.size() < 2) {
        continue;
      }
      boolean beside = false;
      for (int i : at) {
        beside |= i > 0 && isCaption(kind[i - 1]) || i + 1 < ls.size() && isCaption(kind[i + 1]);
      }
      if (beside || at.size() >= 3 && words(ls.get(at.get(0)).text) >= COPY_WORDS + 2) {
        // (a line of eight words or more printed three times is a gallery's or a box's, beside
        // a credit or not; a subhead may be said again in each part of a page)
        for (int i : at) {
          // of two copies, one with the story's prose right under it is the lead, said again
          // as the picture's caption
          if (kind[i] == null && (at.size() > 2 || !(i + 1 < ls.size() && kind[i + 1] == null
              && prose(ls.get(i + 1).text)))) {
            kind[i] = "caption";
          }
        }
      }
    }
  }

  /* The most words of a headline in a box of links. */
  private static final int HEADLINE_WORDS = 20;

  /*
   * Two or more headlines of other stories in a row above the lead (a "More on" box, a list of
   * videos): lines of four to twenty words, none closed as a sentence nor a byline, a date or a
   * long report of anyone's words, with only chrome, labels of one to three words ("More on:",
   * "Email(required)"), dates and bylines between them, and the first paragraph of prose under
   * them closed as a sentence, as a story's paragraphs are (so a page that never closes its
   * paragraphs keeps them). A deck is one such line and stays for the deck's rules.
   */
  private static void headlinesAboveLead(List<Line> ls, String[] kind) {
    int n = ls.size();
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (kind[i] != null) {
        continue;
      }
      String t = ls.get(i).text.strip();
      int w = words(t);
      if (run.size() >= 2 && teaser(t)) {
        run.add(i); // the last headline's teaser, cut short ("… could rise again,...")
        continue;
      }
      if (sentenceEnd(t) && w >= 4) {
        if (run.size() >= 2 && w >= 10) {
          for (int j : run) {
            kind[j] = "related";
          }
          return;
        }
        if (w >= 10 && !nextProse(ls, kind, i)) {
          // a sentence with no prose under it ("Chat with us … as it unfolds." over a list of
          // videos): a prompt above the box, not the lead; the box is what follows it
          run.clear();
          continue;
        }
        return;
      }
      if (w > HEADLINE_WORDS || w >= 12 && REPORTING.matcher(t).find()) {
        return; // (a lead that reports someone's words, unclosed: a headline's "X says Y" is short)
      }
      if (w >= 4 && !dateOrByline(t)) {
        run.add(i); // (a label, a date or a byline between them is passed over)
      }
    }
  }

  /*
   * Headlines of other stories left under the story's last paragraph, each with the list's own
   * chrome under it (a byline and a time stamp per item, a box's label): the lines after the
   * last paragraph of prose (ten words or more, closed as a sentence) that the rules left, when
   * there are two or more and every one is a headline's shape (three to twenty words, no
   * sentence's end) followed by chrome or another such line, with chrome under at least one of
   * them. A subhead over a paragraph cut at the page's end has prose under it, not chrome.
   */
  private static void headlinesUnderBody(List<Line> ls, String[] kind) {
    int n = ls.size();
    int lastProse = -1;
    for (int i = n - 1; i >= 0 && lastProse < 0; i--) {
      if (kind[i] == null && sentenceEnd(ls.get(i).text) && words(ls.get(i).text) >= 10) {
        lastProse = i;
      }
    }
    if (lastProse < 0) {
      return;
    }
    List<Integer> items = new ArrayList<>();
    boolean chromeUnder = false;
    for (int i = lastProse + 1; i < n; i++) {
      if (kind[i] != null) {
        continue;
      }
      String t = ls.get(i).text.strip();
      int w = words(t);
      if (w < ITEM_MIN_WORDS || w > HEADLINE_WORDS || sentenceEnd(t)) {
        return;
      }
      if (i + 1 < n && kind[i + 1] != null) {
        chromeUnder = true;
      } else if (i + 1 == n) {
        return; // the page's last line: perhaps a paragraph the copy was cut in
      }
      items.add(i);
    }
    if (items.size() >= 2 && chromeUnder) {
      for (int i : items) {
        kind[i] = "related";
      }
    }
  }

  /*
   * Closed as a sentence, but not by a quote right after a word: "… in case of elections'" ends
   * a headline's quotation, where a sentence's quote closes after its stop ("… he said.\"").
   */
  static boolean sentenceEnd(String text) {
    String t = text.strip();
    if (!closed(t)) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return !("'’\"”".indexOf(c) >= 0 && t.length() > 1
        && Character.isLetterOrDigit(t.charAt(t.length() - 2)));
  }

  /* A line under the body shorter than this may be an island of chrome (a box's one line). */
  private static final int ISLAND_CHARS = 70;

  /*
   * The last paragraph left under the body when it is a short sentence (under seventy
   * characters) and chrome stands between it and a full paragraph above: a box's line among the page's footer
   * (an author's note under "Written by …" and "120 Followers", a newsletter's description
   * under "Subscribe to …"), not the story's end. A caption or a time stamp between the two
   * leaves it the body's (a live page's last entry under its stamp).
   */
  private static void islandUnderBody(List<Line> ls, String[] kind) {
    int last = -1;
    for (int i = kind.length - 1; i >= 0 && last < 0; i--) {
      if (kind[i] == null) {
        last = i;
      }
    }
    if (last > 0 && labelledItem(ls, kind, last)) {
      kind[last] = "related";
      return;
    }
    if (last <= 0 || ls.get(last).text.strip().length() >= ISLAND_CHARS
        || !closed(ls.get(last).text.strip())) {
      return; // a line not closed may be a page cut short: its last words are the body's
    }
    int above = last - 1;
    while (above >= 0 && kind[above] != null) {
      above--;
    }
    if (above < 0 || above == last - 1 || ls.get(above).text.strip().length() < ISLAND_CHARS) {
      return;
    }
    for (int i = above + 1; i < last; i++) {
      if ("caption".equals(kind[i]) || "date".equals(kind[i]) || "related".equals(kind[i])
          || "promo".equals(kind[i]) || "advert".equals(kind[i])) {
        // a photo between two paragraphs, a live page's stamp over its last entry, one link to
        // another story or an ad's label set inside the text ("اقرأ أيضاً: …", "READ: …")
        return;
      }
    }
    kind[last] = "footer";
  }

  /* The most words of a box's label over the one headline left under the body. */
  private static final int ITEM_LABEL_WORDS = 3;
  /* The fewest and most words of that headline. */
  private static final int ITEM_MIN_WORDS = 3;
  private static final int ITEM_MAX_WORDS = 15;

  /*
   * The page's last line as the one headline of a box under the body ("Sponsored Articles" over
   * "Five reasons to visit …", "You might like" over a headline): a line of three to fifteen
   * words that ends no sentence, right under a chrome line of at most three words that ends none
   * either and holds no digit (the box's label), with more chrome between that label and the
   * story's last paragraph. A line cut short at the page's end follows the prose itself.
   */
  private static boolean labelledItem(List<Line> ls, String[] kind, int last) {
    String t = ls.get(last).text.strip();
    int w = words(t);
    if (w < ITEM_MIN_WORDS || w > ITEM_MAX_WORDS || closed(t) || t.endsWith(":")
        || kind[last - 1] == null) {
      return false;
    }
    String label = ls.get(last - 1).text.strip();
    if (words(label) > ITEM_LABEL_WORDS || closed(label) || LineShapes.hasDigit(label)) {
      return false;
    }
    // chrome between the label and the body's last paragraph
    return last >= 3 && kind[last - 2] != null;
  }

  /* A list item's opening: a bullet, or a few words holding a digit (a date, a time, a number)
   * and then a colon or a dash ("24 شباط 2018: …", "2:15 pm - …", "Incident 3 - …"). */
  private static final Pattern ITEM_HEAD =
      Pattern.compile("^(?:[-–—•*·▪►]\\s*\\S|[^:.!?؟]{1,30}?(?::|\\s[-–—]\\s))");

  /* The shape of a list item's opening: "bullet", "numbered" (a digit before the colon or
   * dash), or null for a line that opens no item. */
  private static String itemShape(String t) {
    String s = t.strip();
    Matcher m = ITEM_HEAD.matcher(s);
    if (!m.lookingAt()) {
      return null;
    }
    if (LineShapes.bulleted(s)) {
      return "bullet";
    }
    String head = m.group();
    return words(head) <= 5 && LineShapes.hasDigit(head) ? "numbered" : null;
  }

  /* The fewest items of a list under the prose that keep it in the body. */
  private static final int LIST_ITEMS = 3;

  /*
   * True when line {@code i}, under the body's last line of prose, is one of three lines or more
   * in a row that open alike (a timeline's dates, a list's bullets) right under a line of the
   * body: the list the text announced goes on, its items as short as they may be.
   */
  private static boolean listGoesOn(List<Line> ls, String[] kind, int i) {
    String shape = itemShape(ls.get(i).text);
    if (shape == null) {
      return false;
    }
    int top = i;
    while (top > 0 && kind[top - 1] == null && shape.equals(itemShape(ls.get(top - 1).text))) {
      top--;
    }
    int bottom = i;
    while (bottom + 1 < ls.size() && kind[bottom + 1] == null
        && shape.equals(itemShape(ls.get(bottom + 1).text))) {
      bottom++;
    }
    return bottom - top + 1 >= LIST_ITEMS && top > 0 && kind[top - 1] == null;
  }

  /*
   * The jusText-style second opinion (ProseLines) on the lines the rules above left: lines of a
   * print column's wrapped paragraph that read as prose are body whatever a rule called one of
   * them; above the first good block and under the last one, a line that reads as chrome (short
   * and between bad neighbours, or few function words) is chrome; inside the body, a line with a
   * credit's © or mostly links (an embedded post's address) is chrome.
   */
  private static void secondOpinion(List<Line> ls, String[] kind, boolean cut) {
    int n = ls.size();
    List<String> texts = new ArrayList<>(n);
    List<String> folded = new ArrayList<>(n);
    boolean[] blankAfter = new boolean[n];
    boolean[] chrome = new boolean[n];
    for (int i = 0; i < n; i++) {
      texts.add(ls.get(i).text);
      folded.add(ls.get(i).folded);
      blankAfter[i] = ls.get(i).blanksAfter > 0;
      chrome[i] = kind[i] != null;
    }
    int[] block = new int[n];
    ProseLines.Kind[] own = new ProseLines.Kind[n];
    ProseLines.Stats[] stats = new ProseLines.Stats[n];
    ProseLines.Kind[] k = ProseLines.classify(texts, folded, blankAfter, chrome, block, own, stats);
    // the body's edges: its first and last lines that read as prose by themselves (or, with none,
    // as near-prose)
    int first = -1;
    int lastGood = -1;
    for (ProseLines.Kind want : List.of(ProseLines.Kind.GOOD, ProseLines.Kind.NEAR_GOOD)) {
      for (int i = 0; i < n && first < 0; i++) {
        if (own[i] == want) {
          first = i;
        }
      }
      for (int i = n - 1; i >= 0 && lastGood < 0; i--) {
        if (own[i] == want) {
          lastGood = i;
        }
      }
    }
    if (first < 0) {
      return; // no line reads as prose: the rules' verdict stands
    }
    for (int i = 0; i < n; i++) {
      boolean wrapped = block[i] != i || i + 1 < n && block[i + 1] == i;
      if (wrapped) {
        if (k[i] == ProseLines.Kind.GOOD && ls.get(i).preset == null) {
          kind[i] = null; // a wrapped line of a paragraph, not a caption or a label
        }
        continue;
      }
      if (kind[i] != null) {
        continue;
      }
      ProseLines.Stats s = stats[i];
      if ((i < first || i > lastGood) && (own[i] == ProseLines.Kind.SHORT
          || own[i] == ProseLines.Kind.BAD) && !(i == n - 1 && !cut && truncated(ls, kind, i))
          && !(i > lastGood && listGoesOn(ls, kind, i))) {
        kind[i] = i < first ? "label" : "footer"; // a short or chrome-like line at an edge
      } else if (s.credit() || s.linkChars() * 5 > s.chars()) {
        kind[i] = s.credit() ? "caption" : "link"; // a credit or an embedded post's address
      } else if ((i + 1 < n && (creditOnly(ls.get(i + 1).text) && !rightsNotice(ls.get(i + 1))
          || "caption".equals(kind[i + 1]) && (bracketedCredit(ls.get(i + 1).text)
          || creditLine(ls.get(i + 1).text) && (pictureSentence(texts.get(i), folded.get(i))
          || PICTURE_PHRASE.matcher(texts.get(i)).find())))
          || slashCredit(texts.get(i)))
          && words(texts.get(i)) <= 25 && !REPORTING.matcher(texts.get(i)).find()
          || i + 1 < n && "caption".equals(kind[i + 1]) && creditLine(ls.get(i + 1).text)
          && words(texts.get(i)) <= 30 && verblessOpening(texts.get(i))) {
        // a sentence over a photo's credit line, or one a credit in brackets ends
        // ("… (Shutterstock/File Photo)", "(AFP/John Doe)")
        kind[i] = "caption";
      }
    }
  }

  /*
   * The page's rights notice with its year ("© 2019 AFP"), which the lexicon read as such: the
   * copy's end, not a photo's credit.
   */
  private static boolean rightsNotice(Line l) {
    return "copyright".equals(l.preset) && RIGHTS_YEAR.matcher(l.text).find();
  }

  private static final Pattern RIGHTS_YEAR = Pattern.compile("(?:19|20)\\d\\d");

  private static final Pattern CREDIT_ONLY =
      Pattern.compile("^(?:©.{2,40}|\\([^()]{2,40}\\))$");

  /*
   * The page's last line, short, where no widget ended the body: a paragraph the page was cut
   * in ("Russia, a key all", "وكان زعيم جماعة ا") when the body's prose is right above it or
   * a conjunction opens it, and it holds no digit.
   */
  private static boolean truncated(List<Line> ls, String[] kind, int i) {
    String t = ls.get(i).text.strip();
    char c = t.isEmpty() ? ' ' : t.charAt(0);
    boolean conjunction = (c == 'و' || c == 'ف') && t.indexOf(' ') > 2;
    if (LineShapes.hasDigit(t)) {
      return false; // "LEBANON PAGE 3": a print page's footer
    }
    return conjunction || i > 0 && kind[i - 1] == null && prose(ls.get(i - 1).text);
  }

  /* A line that ends in a credit in brackets with a slash: an agency and a photographer. */
  private static boolean slashCredit(String t) {
    String s = t.strip();
    if (!s.endsWith(")") && !s.endsWith("]")) {
      return false;
    }
    Matcher m = CREDIT_TAIL.matcher(s);
    return m.matches() && m.group(2).indexOf('/') > 0 && words(m.group(2)) <= 4;
  }

  /*
   * A line that is only a photo's credit: "© UNOCHA/Staff", "(The Daily Star/Staff)"; a © or an
   * agency and a photographer apart by a slash ("(د ب أ)" alone closes a wire story).
   */
  /*
   * s34: a short line in brackets that says it is a picture's ("(لقطة من مقطع متداول)", "(Photo:
   * handout)"): a caption's credit, and the line over it the caption (transfer-26's 2618).
   */
  private static boolean bracketedPicture(String t) {
    String s = t.strip();
    if (!bracketedCredit(s) || s.length() < 6) {
      return false;
    }
    String inner = s.substring(1, s.length() - 1).strip();
    return LineShapes.pictureCaption(inner, TextNormalizer.fold(inner));
  }

  /* A short line in brackets the rules read as a photo's credit ("(photo credit: REUTERS)"). */
  private static boolean bracketedCredit(String t) {
    String s = t.strip();
    return s.length() <= 44 && (s.startsWith("(") && s.endsWith(")")
        || s.startsWith("[") && s.endsWith("]"));
  }

  private static boolean creditOnly(String t) {
    String s = t.strip();
    return s.length() <= 44 && (s.indexOf('/') > 0 || s.startsWith("©"))
        && CREDIT_ONLY.matcher(s).matches();
  }

  /* The most words of a line that is only a photo's credit ("Photo: AGENCY/Jane Roe"). */
  private static final int CREDIT_LINE_WORDS = 10;

  /*
   * A line that is only a photo's credit, not a source's: a few words the credit shapes read as
   * one (photo-credit in line-shapes.tsv, or a © or bracketed name), with a slash between
   * agency and photographer, a © or a picture-word's label ("Photo: UNICEF/Jane Roe",
   * "(Photo credit: NAME/AFP via Getty Images)", "Photograph: AFP"); never a sentence nor a
   * source alone ("(Reuters)" closes a wire story).
   */
  static boolean creditLine(String t) {
    String s = t.strip();
    if (s.length() > 100 || words(s) > CREDIT_LINE_WORDS
        || s.endsWith(".") && words(s) > 4) {
      return false; // a sentence, not a credit
    }
    boolean shaped = LineShapes.photoCredit(s) || creditOnly(s) || bracketedCredit(s);
    return shaped && (s.indexOf('/') > 0 || s.indexOf('©') >= 0 || LineShapes.labelledPicture(s));
  }

  /*
   * True when the text line right above {@code first} (no blank line between) was set aside
   * with the page's header as a caption and is only a photo's credit.
   */
  private static boolean creditAbove(Line first, PageParts p) {
    for (int j = p.chrome.size() - 1; j >= 0; j--) {
      org.sitrep.model.Chrome c = p.chrome.get(j);
      if (c.end() > first.start() || c.end() > p.text.length()) {
        continue;
      }
      String gap = p.text.substring(c.end(), first.start());
      if (!gap.isBlank() || gap.indexOf('\n') != gap.lastIndexOf('\n')) {
        return false; // another line, or a blank one, between them
      }
      return "caption".equals(c.kind()) && creditLine(p.text.substring(c.start(), c.end()));
    }
    return false;
  }

  /* A sentence that says it describes a picture ("… in a photo released by the group on
   * Monday.", "… in this handout image", "… pictured on 3 May"): over a credit line it is the
   * picture's caption even when it names a day (s33, transfer-26's study half). */
  private static final Pattern PICTURE_PHRASE = Pattern.compile("(?iu)\\b(?:(?:in|from) (?:a|an|"
      + "this|the|these|an undated) (?:[\\p{L}-]+ ){0,2}(?:photo|photograph|picture|image|"
      + "video grab|screen grab|screengrab|screenshot|still)s?|pictured)\\b");

  /*
   * s34: a line whose first sentence has no verb ("Mourners at a funeral in …, on Sunday.
   * Families said …"): over a photo's credit line, the picture's caption and what it adds, though
   * its second sentence reports someone or its first names a day (transfer-28's 2802, studied).
   */
  private static boolean verblessOpening(String t) {
    Matcher m = SENTENCE_END.matcher(t);
    if (!m.find()) {
      return false;
    }
    String first = t.substring(0, m.start() + 1);
    return LineShapes.verbless(first, org.sitrep.text.TextNormalizer.fold(first));
  }

  /* A sentence's stop before the next one's capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");

  /* The most words of a fact box's item with no bullet. */
  private static final int BOX_PHRASE_WORDS = 20;

  /* The most bulleted lines of a fact box, and the most words of one. */
  private static final int BOX_ITEMS = 6;
  private static final int BOX_ITEM_WORDS = 40;

  /* A line's end in a sentence's stop or a colon. */
  private static final Pattern STOPPED = Pattern.compile("[.!?؟…:]\\s*$");
  /* A social post's signature: the network's name or the author's handle. */
  private static final Pattern POST_SIGNATURE = Pattern.compile("(?iu)\\b(?:telegram|twitter|x|"
      + "instagram|facebook|tiktok|threads|bluesky|mastodon)\\b|@\\w{2,}");

  /* The most words of a photo's description beside its credit line. */
  private static final int PICTURE_SENTENCE_WORDS = 25;

  /*
   * A sentence that may describe a picture: four to twenty-five words, quoting and reporting no
   * one and naming no day as a lead dates its event (day-word in line-shapes.tsv).
   */
  private static boolean pictureSentence(String t, String folded) {
    int w = words(t);
    return w >= 4 && w <= PICTURE_SENTENCE_WORDS && t.length() <= 240
        && !REPORTING.matcher(t).find() && !QUOTE.matcher(t).find()
        && !LineShapes.namesDay(folded);
  }

  /*
   * The page's last line as a button under a chrome line ("موافق" under a cookie notice, "OK"):
   * one or two words, not a sentence, the line above it chrome already.
   */
  private static boolean lastButton(List<Line> ls, String[] kind, int i) {
    String t = ls.get(i).text.strip();
    return i == ls.size() - 1 && i > 0 && kind[i - 1] != null && words(t) <= 2
        && t.length() <= 20 && !closed(t) && !LineShapes.hasDigit(t);
  }

  /*
   * A line that announces what follows it, under the last paragraph, with only chrome after it
   * ("Press TV can also be reached at these mirror addresses:", "For more information, please
   * contact:"): at most sixteen words ending in a colon.
   */
  private static boolean introducesChrome(String t) {
    String s = t.strip();
    return s.endsWith(":") && s.length() <= 160 && words(s) <= 16;
  }

  /*
   * The names the page goes by, folded: its outlet's, and the short masthead and credit lines of
   * its header ("Anadolu Agency" atop the page).
   */
  /* A line that a header line says again holds at most this many words. */
  private static final int HEADER_AGAIN_WORDS = 6;

  /*
   * The folded text of the short chrome lines above the body (a masthead, the site's or the
   * sender's name, a section), read once per page.
   */
  private static Set<String> headerLines(PageParts p, int bodyStart) {
    Set<String> out = new java.util.HashSet<>();
    for (org.sitrep.model.Chrome c : p.chrome) {
      if (c.start() < bodyStart && c.end() - c.start() <= 60) {
        String f = TextNormalizer.fold(p.text.substring(c.start(), c.end())).strip();
        if (f.length() >= 3) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /*
   * A short line, no sentence, under the body that repeats a line of the page's header word for
   * word ("المشهد اليمني" atop the page and again under the text, a statement's sender signing
   * it): the site's or the sender's name, not the story's last line.
   */
  private static boolean headerAgain(Line l, Set<String> header) {
    return !header.isEmpty() && words(l.text) <= HEADER_AGAIN_WORDS && !closed(l.text)
        && header.contains(l.folded.strip());
  }

  private static List<String> siteNames(PageParts p) {
    List<String> names = new ArrayList<>();
    if (p.outlet != null && p.outlet.name() != null) {
      names.add(TextNormalizer.fold(p.outlet.name()));
      for (String alias : Outlets.get().namesOf(p.outlet)) {
        names.add(TextNormalizer.fold(alias)); // "AP" is also "Associated Press"
      }
    }
    boolean masthead = false;
    for (org.sitrep.model.Chrome c : p.chrome) {
      // the first masthead line is the site's name; those under it are its sections ("Egypt",
      // "Politics"), which a story's sentence may name
      boolean first = c.kind().equals("masthead") && !masthead;
      masthead |= c.kind().equals("masthead");
      if ((first || c.kind().equals("byline")) && c.end() - c.start() <= 40) {
        names.add(TextNormalizer.fold(p.text.substring(c.start(), c.end()).strip()));
      }
    }
    names.removeIf(x -> x.length() < 3);
    return names;
  }

  /* A sentence's stop right before a closing credit in brackets: "… crossing. (Nile Gazette)". */
  private static final Pattern STOP_THEN_CREDIT =
      Pattern.compile("[.!?؟]\\s*[(\\[][^()\\[\\]]{2,30}[)\\]]$");
  private static final Pattern CREDIT_TAIL =
      Pattern.compile("^(.{10,200}?)\\s*[(\\[]\\s*([^()\\[\\]]{2,30}?)\\s*[)\\]]\\.?$");
  /* A credit in brackets opening with a picture-word, perhaps after an agency's: "(Photo by …)",
   * "[Image: …]", "(AP Photo/Jane Roe)", "(الصورة من …)". */
  private static final Pattern PICTURE_TAIL = Pattern.compile("(?iu)^(.{10,240}?)\\s*[(\\[]\\s*"
      + "(?:(?:[a-z]{2,8}\\s)?(?:photo|photos|picture|image|photograph|foto|video|credit|الصورة|صورة|الصور|تصوير|عدسة)"
      + "(?:\\s?credit)?(?:\\s?[:/]|\\s(?:by|from|courtesy|of|من|ل|لـ))"
      // (s36: or a courtesy line alone, "(Courtesy of a relief volunteer)": transfer-32's 3207)
      + "|(?:courtesy(?:\\sof)?|بإذن من|بإذن|بعدسة|مقدمة من)\\s)\\s?[^()\\[\\]]{2,60}[)\\]]\\.?$");
  /* The most words of a caption before a picture's credit in brackets. */
  private static final int PICTURE_TAIL_WORDS = 40;
  private static final Pattern ACRONYM = Pattern.compile("(?:[A-Z]{2,6}(?:\\s?/\\s?[A-Z]{2,6})?)"
      // an Arabic agency's letters one by one ("أ ف ب", "د ب أ"; s33, transfer-28's study half)
      + "|[\\u0621-\\u064A](?:\\s[\\u0621-\\u064A]){1,3}");

  /*
   * A picture's description that ends in its credit in brackets: a few words (three to twenty),
   * not closed as a sentence, reporting no one, then "(AA)", "(Reuters)", "(أ ف ب)": an agency's
   * initials or a known outlet's name.
   */
  /* The most words of a closed sentence that a credit in brackets may close as a caption. */
  private static final int CAPTION_SENTENCE = 12;
  /* The most words of a caption that a picture's credit word closes after its stop. */
  private static final int CREDITED_SENTENCE = 25;

  /* Brackets near a lead's start: its dateline's agency ("Homs, Oct. 7 (BNNA) –"). */
  private static final Pattern LEAD_AGENCY = Pattern.compile("[(]([^()]{2,30})[)]");
  /* The words a lead must have for its dateline's agency to be read. */
  private static final int LEAD_WORDS = 15;

  /*
   * The page's own credits, folded: its site's names and the agency in brackets near the start
   * of its first line of prose (the lead's dateline).
   */
  private static List<String> ownCredits(List<Line> ls, String[] kind, List<String> sites) {
    List<String> out = new ArrayList<>(sites);
    int seen = 0; // (a note over the lead may come first: three lines of prose are looked at)
    for (int i = 0; i < ls.size() && seen < 3; i++) {
      String t = ls.get(i).text;
      if (kind[i] == null && words(t) >= LEAD_WORDS) {
        seen++;
        Matcher m = LEAD_AGENCY.matcher(t.substring(0, Math.min(100, t.length())));
        if (m.find()) {
          out.add(TextNormalizer.fold(m.group(1).strip()));
          break;
        }
      }
    }
    out.removeIf(x -> x.length() < 2);
    return out;
  }

  /*
   * A short line that ends in the page's own credit in brackets ("… at the scene of the attack.
   * (SNNS)"), the picture's source being the site or the agency of its dateline: a caption, as
   * with a picture-source word ({@link #creditTailed}).
   */
  private static boolean ownCredit(String t, List<String> own) {
    String s = t.strip();
    if (own.isEmpty() || s.length() < 14 || s.length() > 240 || !s.endsWith(")")) {
      return false;
    }
    Matcher m = CREDIT_TAIL.matcher(s);
    if (!m.matches()) {
      return false;
    }
    String before = m.group(1).strip();
    int w = words(before);
    if (w < 3 || w > CREDITED_SENTENCE || before.endsWith(",") || before.endsWith("،")
        || REPORTING.matcher(before).find()) {
      return false; // (a story's line names its agency at its start, not after its stop)
    }
    return own.contains(TextNormalizer.fold(m.group(2).strip()));
  }

  /* With {@code outlets} null, only a credit-word of line-shapes.tsv in the brackets counts. */
  private static boolean creditTailed(String t, Outlets outlets) {
    String s = t.strip();
    if (s.length() < 14 || s.length() > 240 || s.indexOf(')') < 0 && s.indexOf(']') < 0) {
      return false; // no bracket closes it: most lines
    }
    Matcher pm = PICTURE_TAIL.matcher(s);
    if (pm.matches()) {
      // s34: a credit in brackets that says it is a picture's ("… on Tuesday evening. (Photo by
      // Jane Roe | The Ledger)", "… في بوداي (الصورة من مواقع التواصل الاجتماعي)"): a caption of
      // any sentence a photo's may have (transfer-25's 2502 and 2522, studied)
      int w = words(pm.group(1));
      return w >= 3 && w <= PICTURE_TAIL_WORDS;
    }
    Matcher m = CREDIT_TAIL.matcher(s);
    if (!m.matches()) {
      return false;
    }
    String before = m.group(1).strip();
    int w = words(before);
    // a closed sentence before the credit only when short ("Soldiers patrol near the border.
    // (AA)": a caption's sentence); a longer one is a paragraph that ends in its source
    if (w < 3 || w > 20 || closed(before) && w > CAPTION_SENTENCE || before.endsWith(",")
        || before.endsWith("،") || REPORTING.matcher(before).find()) {
      return false;
    }
    String credit = m.group(2).strip();
    if (LineShapes.creditWord(credit)) {
      return true;
    }
    if (outlets == null) {
      return false; // the picture-source words only
    }
    if (ACRONYM.matcher(credit).matches() || credit.indexOf('/') > 0 && words(credit) <= 4) {
      return true;
    }
    Optional<Outlets.Hit> h = outlets.findIn(credit);
    return h.isPresent() && h.get().start() == 0 && h.get().end() == credit.length();
  }

  /* An agency's or a photographer's name, a slash and the other's: "UNSMIC/Jane Roe". */
  private static final Pattern AGENCY_SLASH_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,2}\\s?/\\s?\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}");
  /* A sentence, its stop, a name and "for" an outlet, perhaps in brackets: "… blockade. Yacouba
   * Sanfo for The Long Meridian", "… in Kyiv. (Jane Roe for Agency)". */
  private static final Pattern PHOTOGRAPHER_FOR = Pattern.compile("^(.{10,240}?[.!?])\\s+[(\\[]?"
      + "\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){1,3}\\sfor\\s(?:the\\s|The\\s)?"
      + "\\p{Lu}[\\p{L}&'’.-]*(?:\\s\\p{Lu}[\\p{L}&'’.-]*){0,4}[)\\]]?$");
  /* A sentence, its stop, a picture-word, a colon (or "by", "courtesy of") and a credit: "…
   * Screenshots: Site", "… Photo courtesy of a resident". */
  private static final Pattern LABELLED_CREDIT = Pattern.compile("(?iu)^(.{10,240}?[.!?)])\\s+"
      + "(?:[—–-]\\s)?(?:photo|photos|picture|pictures|image|images|screenshot|screenshots|screengrab"
      + "|video|credit|illustration|graphic|graphics|الصورة|صورة|تصوير)"
      // (s37: or "Photo courtesy of", "Photo by" with no colon: transfer-33's 3308)
      + "(?:\\s?:|\\s(?:courtesy\\sof|courtesy|by|credit:?))"
      + "\\s?[^.!?؟:]{2,60}$");
  /* A sentence, its stop and a credit of a source, a slash and a name: "… in Port Sudan.
   * Handout/Red Sea State Information Office", "… on Monday. AFP/Jane Roe". */
  private static final Pattern SLASH_CREDIT_AFTER_STOP = Pattern.compile("^(.{10,240}?[.!?])\\s+"
      + "\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,2}\\s?/\\s?"
      + "\\p{Lu}[\\p{L}.&'’-]*(?:\\s(?:of\\s|the\\s|for\\s)?\\p{Lu}[\\p{L}.&'’-]*){0,5}$");
  /* A sentence, its stop, a slash and a name: "… in January. / SNA Media". */
  private static final Pattern SLASH_AFTER_STOP = Pattern.compile("^(.{10,240}?[.!?])\\s*/\\s*"
      + "(\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,3})$");
  private static final Pattern SOURCE_AFTER_MARK = Pattern.compile(
      "^(.{10,200}?)(?:\\s[-–—|]|[.])\\s((?:[^-–—|.!?؟:،,()\\[\\]\\d]|(?<=\\p{L})-(?=\\p{L})){2,30})$");
  /* The marks that end a sentence; a closing bracket is not one of them here. */
  private static final String STOPS = ".!?؟…\"”»'’";

  /*
   * A picture's description that ends in its source with no stop after it: three to twenty
   * words reporting no one, then a source of one to five words with no digit, in brackets or
   * after a dash, a bar or a stop. After a mark the source must be one that pictures are
   * credited to (credit-word) or the site itself (one of {@code sites}, folded).
   */
  static boolean sourceTailed(String t, List<String> sites) {
    String s = t.strip();
    if (s.length() < 14 || s.length() > 240 || STOPS.indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    Matcher sl = SLASH_AFTER_STOP.matcher(s);
    if (sl.matches()) {
      // s34: a name of one to four capitalized words after the sentence's stop and a slash
      // ("… near Balcad in January. / SNA Media"): the picture's credit (transfer-26's 2606)
      int w = words(sl.group(1));
      return w >= 3 && w <= CREDITED_SENTENCE && !REPORTING.matcher(sl.group(1)).find();
    }
    Matcher pf = PHOTOGRAPHER_FOR.matcher(s);
    if (!pf.matches()) {
      // s37: or a source and a name apart by a slash ("… in the south of Port Sudan.
      // Handout/Red Sea State Information Office": transfer-36's 3601)
      pf = SLASH_CREDIT_AFTER_STOP.matcher(s);
    }
    if (!pf.matches()) {
      // s36: or a picture-word and a colon after it ("… (right). Screenshots: CheckPoint Facts",
      // "… airport road. — Photo: Tribune Wire": transfer-31's 3107, studied)
      pf = LABELLED_CREDIT.matcher(s);
    }
    if (pf.matches()) {
      // s36: a photographer's name and the outlet he shot it for after the sentence ("… before
      // the blockade. Yacouba Sanfo for The Long Meridian": transfer-31's 3103, studied)
      int w = words(pf.group(1));
      return w >= 3 && w <= CREDITED_SENTENCE && !REPORTING.matcher(pf.group(1)).find();
    }
    Matcher m = CREDIT_TAIL.matcher(s);
    boolean bracket = m.matches();
    if (!bracket) {
      m = SOURCE_AFTER_MARK.matcher(s);
      if (!m.matches()) {
        return false;
      }
    }
    String before = m.group(1).strip();
    String source = m.group(2).strip();
    int w = words(before);
    if (!bracket && AGENCY_SLASH_NAME.matcher(source).matches() && w >= 3 && w <= CREDITED_SENTENCE
        && !REPORTING.matcher(before).find()) {
      return true; // s34: "… Ituri province. UNSMIC/Bienvenu Kasongo": an agency and its photographer
    }
    if (w < 3 || w > CREDITED_SENTENCE || before.endsWith(",")
        || before.endsWith("،") || REPORTING.matcher(before).find() || words(source) > 5
        || LineShapes.hasDigit(source)) {
      return false;
    }
    if (LineShapes.creditWord(source)) {
      // s34: a picture's credit word after the sentence's stop ("… last Saturday. Supplied",
      // "… in December. Yonhap"): a caption of any length a photo's may have (transfer-28's
      // 2808 and 2812, studied); a site's name or a bracketed source only after a short one
      return true;
    }
    int space = source.strip().indexOf(' ');
    if (space > 0 && words(source) <= 3 && !bracket
        && LineShapes.creditWord(source.strip().substring(0, space))) {
      // s37: a credit word and whose it is after a dash ("… إلى منطقة طويلة - خاص المنصة", an
      // exclusive picture of the site: transfer-38's 3817, studied)
      return true;
    }
    if (w > 20 || closed(before) && w > CAPTION_SENTENCE) {
      return false;
    }
    String f = TextNormalizer.fold(source);
    if (bracket) {
      // a source of two words or more ("(وزارة الدفاع الروسية)", "(عدسة ناشطين)"); one word in
      // brackets is as often the short name of what the words before it name ("… (قسد)"),
      // unless it is the site's own name ("… غرب خان يونس - (الواحة)": transfer-35's 3514)
      if (words(source) >= 2 || siteNamed(f, sites)) {
        return true;
      }
      // (or a word of the site's name, "(الواحة)" on "قناة الواحة الفضائية")
      for (String site : sites) {
        if (f.length() >= 4 && words(site) <= SITE_WORDS && (" " + site + " ").contains(" " + f + " ")) {
          return true;
        }
      }
      return false;
    }
    return siteNamed(f, sites);
  }

  /* The most words of a site's name a bracketed word of it may name. */
  private static final int SITE_WORDS = 4;

  /* Whether folded {@code f} is one of the page's {@code sites}, or its first or last words. */
  private static boolean siteNamed(String f, List<String> sites) {
    for (String site : sites) {
      if (f.length() >= 3 && (site.equals(f) || site.endsWith(" " + f) || site.startsWith(f + " "))) {
        return true;
      }
    }
    return false;
  }

  /* A line that is only a social account's handle: "@RedSeaNavWatch". */
  private static final Pattern HANDLE_ONLY = Pattern.compile("@[\\p{L}\\p{N}_.]{2,30}");
  /* The most words of an account's display name over its handle. */
  private static final int ACCOUNT_NAME_WORDS = 6;

  /*
   * s37: an embedded post flattened into lines sets the account's display name over its handle
   * ("مرصد البحر الأحمر للملاحة" over "@RedSeaNavWatch", then the post, its stamp and "View on
   * X"): the name is the embed's too, not a subhead of the story (transfer-36's 3621, studied).
   */
  private static void embeddedPostName(List<Line> ls, String[] kind) {
    for (int i = 1; i < ls.size(); i++) {
      String t = ls.get(i - 1).text.strip();
      if ("embed".equals(kind[i]) && kind[i - 1] == null
          && HANDLE_ONLY.matcher(ls.get(i).text.strip()).matches()
          && words(t) <= ACCOUNT_NAME_WORDS && !closed(t) && !LineShapes.hasDigit(t)) {
        kind[i - 1] = "embed";
      }
    }
  }

  /* The most words of a box's one paragraph under its label and subject. */
  private static final int BOX_PARAGRAPH_WORDS = 60;

  /* What stands before a line's first bar or colon ("بطاقة تعريفية | جبهة مريس"), when a subject
   * of one to four words follows it; else the line. */
  private static String barHead(String folded) {
    int k = folded.indexOf('|');
    if (k < 0) {
      k = folded.indexOf(':');
    }
    if (k <= 0 || words(folded.substring(k + 1)) == 0 || words(folded.substring(k + 1)) > 4) {
      return folded;
    }
    return folded.substring(0, k).strip();
  }

  /* The most lines an embedded post holds between its platform's name and its signature, and
   * between its handle or its "View … on X" line and its stamp. */
  private static final int POST_LINES = 4;
  private static final int POST_TEXT_LINES = 2;
  private static final int PLATFORM_LABEL_WORDS = 4;

  /*
   * s38: an embedded post's account name over its text and a stamp that names the platform
   * ("Bafut Community Watch" / the post / "1 October 2024 · View on Facebook": transfer-41's
   * 4103, studied); the post's text stays.
   */
  private static void embeddedPostAbove(List<Line> ls, String[] kind) {
    for (int j = 2; j < ls.size(); j++) {
      if (!"embed".equals(kind[j]) || !LineShapes.namesPlatform(ls.get(j).folded)
          || kind[j - 1] != null && !"caption".equals(kind[j - 1])
          || words(ls.get(j - 1).text) > POST_WORDS) {
        continue;
      }
      if ((kind[j - 2] == null || "embed".equals(kind[j - 2]))
          && accountName(ls.get(j - 2).text)) {
        kind[j - 2] = "embed";
        kind[j - 1] = null; // the post's text between stays, as above (no picture's caption)
      }
    }
  }

  private static final int POST_WORDS = 60;

  /* An account's display name: a few words, no stop, no digit. */
  private static boolean accountName(String t) {
    String n = t.strip();
    return words(n) <= ACCOUNT_NAME_WORDS && !closed(n) && !LineShapes.hasDigit(n);
  }

  /* A picture's credit alone, its label first ("PHOTO | THE GAZETTE / NAME", "Photo: Name"). */
  private static final Pattern CREDIT_FIRST = Pattern.compile(
      "(?i)^\\s*(photo|photos|pic|picture|image|foto|fot\\.|الصورة|صورة|تصوير)\\s?[|:/]\\s?[^.!?؟]{2,80}$");
  private static final int CREDIT_CAPTION_WORDS = 40;

  /* A caption's first sentence: a noun phrase with no verb, or a scene in the present tense
   * ("Soldiers at a checkpoint on the outskirts of Bawku, Upper East Region."), where the
   * story's paragraph under a caption's credit reports ("The head of the mission condemned …"). */
  private static boolean pictureShaped(String t) {
    int stop = t.indexOf(". ");
    String first = stop > 0 ? t.substring(0, stop + 1) : t;
    String f = TextNormalizer.fold(first);
    return LineShapes.verbless(first, f) || LineShapes.presentCaption(first, f)
        || LineShapes.arabicPresentCaption(first, f);
  }

  /* The credit after its label names whose the picture is, not what it shows ("صورة: طفل يحمل
   * غالون ماء" is a caption): an outlet and a name with a slash, capitals only, or three words
   * at most. */
  private static boolean creditAlone(String c) {
    Matcher m = CREDIT_FIRST.matcher(c);
    if (!m.matches()) {
      return false;
    }
    String who = c.substring(m.end(1)).replaceFirst("^\\s?[|:/]\\s?", "");
    return who.indexOf('/') >= 0 || words(who) <= 3
        || who.chars().anyMatch(Character::isLetter) && who.equals(who.toUpperCase(java.util.Locale.ROOT))
            && who.chars().anyMatch(Character::isUpperCase);
  }

  /*
   * s38: a picture's credit alone with its label first over a line that is no report: the
   * caption under its credit (transfer-41's 4101, studied).
   */
  private static void captionUnderCredit(List<Line> ls, String[] kind) {
    for (int i = 2; i < ls.size(); i++) {
      String c = ls.get(i - 1).text.strip();
      String t = ls.get(i).text.strip();
      // (the credit between two paragraphs: under a paragraph of the story, not under the
      // caption it closes, "caption" / "Photo: Name" / the story's next paragraph)
      if (kind[i] == null && kind[i - 1] != null && words(c) <= 10 && kind[i - 2] == null
          && prose(ls.get(i - 2).text) && closed(ls.get(i - 2).text)
          && creditAlone(c) && words(t) <= CREDIT_CAPTION_WORDS
          && pictureShaped(t)
          && !REPORTING.matcher(t).find() && !LineShapes.hasDigit(t)) {
        kind[i] = "caption";
      }
    }
  }

  /*
   * s38: an embedded post flattened into lines under its platform's name alone ("Telegram" /
   * "Kyiv Volunteer Rescue Network" / the post / "48.2K views · 08:14" / "Open in Telegram"):
   * the platform's name and the account's name down to the post's signature are the embed's,
   * the post's own words the story's quotation (transfer-40's 4011, studied; its gold counts the
   * post's text out, the development gold counts an embedded tweet's text in).
   */
  private static void embeddedPostRun(List<Line> ls, String[] kind) {
    for (int i = 0; i < ls.size(); i++) {
      // (or from its handle, "@TripoliWatchLY", down to its stamp: transfer-40's 4013)
      // (or from "View this post on Instagram" down to "A post shared by …": transfer-40's 4008)
      boolean handle = "embed".equals(kind[i])
          && (HANDLE_ONLY.matcher(ls.get(i).text.strip()).matches()
              || LineShapes.namesPlatform(ls.get(i).folded));
      // (s38: or a short label naming the platform, "منشور على فيسبوك", "Facebook post":
      // transfer-41's 4113, studied)
      boolean label = kind[i] == null && words(ls.get(i).text) <= PLATFORM_LABEL_WORDS
          && !closed(ls.get(i).text) && LineShapes.namesPlatform(ls.get(i).folded);
      if (!handle && !label
          && (kind[i] != null || !LineShapes.platformName(ls.get(i).folded))) {
        continue;
      }
      int reach = handle ? POST_TEXT_LINES : POST_LINES;
      // (a signature naming the platform, "View post on Facebook", closes a post: it opens one
      // only over a line that signs it in turn, a handle, a stamp or "A post shared by …")
      boolean closer = handle && !HANDLE_ONLY.matcher(ls.get(i).text.strip()).matches();
      for (int j = i + 1; j < ls.size() && j <= i + reach + 1; j++) {
        if ("embed".equals(kind[j])) {
          String sig = ls.get(j).text;
          if (j > i + 1 && (!closer || sig.indexOf('@') >= 0 || LineShapes.hasDigit(sig))) {
            // the post's own words stay the story's quotation, as the development gold has an
            // embedded tweet's text (its signature, "— Name (@handle) date", is the page's)
            for (int k = i; k < j; k++) {
              if (k == i || accountName(ls.get(k).text)) {
                kind[k] = "embed";
              }
            }
          }
          break;
        }
        if (kind[j] != null || words(ls.get(j).text) > POST_RUN_WORDS) {
          break;
        }
      }
    }
  }

  /* A post's signature under its text: a dash, the account's name and its handle. */
  private static final Pattern POST_SIGNED = Pattern.compile("^\\s*[—–-]\\s*\\S.*\\(@\\w{2,}\\)");
  /* The least share of English function words of a Latin post read as English. */
  private static final double ENGLISH_SHARE = 0.2;
  /* The most words of a headline-shaped line in the other script. */
  private static final int OTHER_HEADLINE_WORDS = 18;

  /*
   * s53: lines in the other of the page's two scripts (Latin on an Arabic page, Arabic on an
   * English one): an embedded post's text above its signature ("— تنسيقية نازحي زمزم
   * (@ZamzamIDPs) 11 أبريل 2025" under an Arabic post on an English page) is the post's, not the
   * story's quotation, as the story is told in the other language (a post in a third language,
   * the Turkish original of a ministry's statement on an Arabic page, stays the story's
   * quotation, as the development gold has it); a line shaped as a headline (five to eighteen
   * words, no stop, digit, colon or bar) is another story's or the original's headline. A
   * sentence quoted in the other language with its stop stays (transfer-54's odd half, studied).
   */
  private static void otherScriptLines(List<Line> ls, String[] kind) {
    int arabic = 0;
    int latin = 0;
    Character.UnicodeScript[] script = new Character.UnicodeScript[ls.size()];
    for (int i = 0; i < ls.size(); i++) {
      if (kind[i] == null) {
        script[i] = mainScript(ls.get(i).text);
        if (words(ls.get(i).text) >= 10) {
          arabic += script[i] == Character.UnicodeScript.ARABIC ? 1 : 0;
          latin += script[i] == Character.UnicodeScript.LATIN ? 1 : 0;
        }
      }
    }
    // the script of most of the text's paragraphs, twice as many as of the other
    Character.UnicodeScript page = arabic >= 3 && arabic >= 2 * latin
        ? Character.UnicodeScript.ARABIC
        : latin >= 3 && latin >= 2 * arabic ? Character.UnicodeScript.LATIN : null;
    if (page == null) {
      return;
    }
    Character.UnicodeScript other = page == Character.UnicodeScript.ARABIC
        ? Character.UnicodeScript.LATIN : Character.UnicodeScript.ARABIC;
    for (int i = 0; i < ls.size(); i++) {
      String t = ls.get(i).text;
      if (kind[i] == null && script[i] == other && words(t) >= 5
          && words(t) <= OTHER_HEADLINE_WORDS && !closed(t) && !QUOTE.matcher(t).find()
          && !LineShapes.hasDigit(t) && t.indexOf('@') < 0 && t.indexOf(':') < 0
          && t.indexOf('|') < 0 && !t.contains("://")) {
        kind[i] = "related"; // no date, address, label or list: a headline
      }
      if (kind[i] == null || t.indexOf("(@") < 0 || !POST_SIGNED.matcher(t).find()) {
        continue;
      }
      for (int j = i - 1; j >= 0 && j >= i - POST_TEXT_LINES; j--) {
        String p = ls.get(j).text;
        if (kind[j] != null || script[j] != other
            || other == Character.UnicodeScript.LATIN
                && ProseLines.stats(p).functionShare() < ENGLISH_SHARE) {
          break; // (a third language's original, "— T.C. Millî Savunma Bakanlığı", is quoted)
        }
        kind[j] = "embed";
      }
    }
  }

  /* The most words of a line of an embedded post inside a run. */
  private static final int POST_RUN_WORDS = 40;

  private static final Pattern LIST_MARK = Pattern.compile("^\\s*[•▪►■□●◆◾▶▸]\\s*\\S");

  /*
   * A headline's shape inside the text: no stop, colon or comma at its end, three to eighteen
   * words behind a list's mark, six to eighteen in a script without capitals, or five to
   * eighteen that end in an attribution after a comma (", WHO says").
   */
  static boolean insetHeadline(String t) {
    String s = t.strip();
    if (s.isEmpty() || s.length() > 200) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    if (STOPS.indexOf(c) >= 0 || ":,،;)]".indexOf(c) >= 0) {
      return false;
    }
    int w = words(s);
    if (w > 18 || w < 3) {
      return false;
    }
    if (LIST_MARK.matcher(s).find()) {
      return true;
    }
    // with no mark, only in a script without capitals: English pages set subheadings of six
    // words and more ("What you need to make jam", a list's "2. Don't forget …", a deal's
    // product; the Zyte text proxy lost five such lines to this rule), Arabic ones short ones
    int first = -1;
    for (int k = 0; k < s.length() && first < 0; k++) {
      if (Character.isLetter(s.charAt(k))) {
        first = s.charAt(k);
      }
    }
    if (w >= 6 && first >= 0 && !Character.isUpperCase(first) && !Character.isLowerCase(first)
        && !STORY_GOES_ON.matcher(s).lookingAt()) {
      return true;
    }
    // a headline's attribution after a comma, in the present tense no story's sentence ends in
    // without a stop ("Cholera cases pass one million, WHO says")
    return w >= 5 && HEADLINE_SAYS.matcher(s).find();
  }

  /* An Arabic line that opens with "and" and a verb of the story's telling ("وقال", "وأضافت",
   * "فيما أكد", "وكانت"): the story's next sentence, unstopped, never another story's headline. */
  private static final Pattern STORY_GOES_ON = Pattern.compile(
      "^(?:و|ف|فيما\\s|بينما\\s|كما\\s)(?:قال|قالت|أضاف|أضافت|اضاف|اضافت|أكد|أكدت|اكد|اكدت|أشار|أشارت|"
      + "اشار|اشارت|أوضح|أوضحت|اوضح|اوضحت|تابع|تابعت|ذكر|ذكرت|أفاد|أفادت|افاد|افادت|لفت|لفتت|كان|كانت|"
      + "يأتي|تأتي|جاء|جاءت|أعلن|أعلنت|اعلن|اعلنت|بحسب|وفق|حسب|أشار|نقل|نقلت)");

  private static final Pattern HEADLINE_SAYS = Pattern.compile(
      ",\\s(?:[\\p{L}\\p{N}.'’&-]+\\s){1,4}(?:says|say|warns|warn|claims|claim|confirms|confirm)$");

  /* Whether the body line under line {@code i} goes on with a small letter (a wrapped sentence). */
  private static boolean continuedBelow(List<Line> ls, String[] kind, int i) {
    for (int j = i + 1; j < ls.size(); j++) {
      if (kind[j] == null) {
        String t = ls.get(j).text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
      }
    }
    return false;
  }

  /*
   * Whether the nearest body line before ({@code dir} -1) or after (+1) line {@code i}, past a
   * subheading's short label, is a paragraph: twelve words or more, ending in a stop.
   */
  private static boolean stoppedParagraph(List<Line> ls, String[] kind, int i, int dir) {
    for (int j = i + dir; j >= 0 && j < ls.size(); j += dir) {
      if (kind[j] == null && !shortLabel(ls.get(j).text)) {
        String t = ls.get(j).text.strip();
        return words(t) >= 12 && !t.isEmpty() && STOPS.indexOf(t.charAt(t.length() - 1)) >= 0;
      }
    }
    return false;
  }

  /* A line that is only a date, or a short byline ("By TOI STAFF", "10 May 2018, 2:41 am"). */
  private static boolean dateOrByline(String t) {
    return t.length() <= 120 && (TextPageParser.dateOnly(t)
        || Bylines.looksLikeByline(t) && words(t) <= 8 && !Bylines.parse(t, true).isEmpty());
  }

  /*
   * A writer's note right under the headline ("Jane Roe is a Cairo-based analyst of …"): the
   * first line of the body, read as an author's note (a name of two to four words, a bio-word,
   * a role within eight words) whose name is a credited writer's or stands alone on a line of
   * the page's header (the byline), with more of the body under it.
   */
  private static void writerNoteAtTop(List<Line> ls, String[] kind, List<String> writers,
      Set<String> header) {
    int first = -1;
    int more = 0;
    for (int i = 0; i < ls.size(); i++) {
      if (kind[i] == null) {
        if (first < 0) {
          first = i;
        } else {
          more++;
        }
      }
    }
    if (first < 0 || more == 0) {
      return;
    }
    Line l = ls.get(first);
    String f = l.folded;
    boolean named = LineShapes.authorNote(f, writers);
    for (String h : header) {
      if (!named && h.length() >= 5 && f.length() > h.length() && f.charAt(h.length()) == ' '
          && f.startsWith(h)) {
        int w = words(h);
        named = w >= 2 && w <= 4;
      }
    }
    if (named && LineShapes.bioLine(l.text, f)) {
      kind[first] = "author-note";
    } else if (LineShapes.noteLine(l.text, f)) {
      // "Correction: an earlier version of this story …", "تصحيح: …" over the lead: the
      // desk's note on the story, set above it as often as under it
      kind[first] = "note";
    }
  }

  /* The folded names of the page's credited writers. */
  private static List<String> writerNames(PageParts p) {
    List<String> names = new ArrayList<>();
    for (org.sitrep.model.Credit c : p.credits) {
      if (c.name() != null) {
        names.add(TextNormalizer.fold(c.name().strip()));
      }
    }
    return names;
  }

  /*
   * A byline under the article ("Posted by Jane at 9:30 PM", "نشر بواسطة سامر في 9:30 م"): a
   * short line that reads as a byline and names someone; its credits are the page's.
   */
  private static boolean postByline(String t, PageParts p) {
    if (t.length() > 100 || words(t) > 10 || closed(t) || !Bylines.looksLikeByline(t)) {
      return false;
    }
    Bylines.Parsed b = Bylines.parse(t, true);
    if (b.credits().isEmpty()) {
      return false;
    }
    p.addCredits(b.credits());
    return true;
  }

  private static boolean isCaption(String k) {
    return "caption".equals(k);
  }

  /* A date alone, or with its weekday only: no label, no time, no sentence ("الثلاثاء 24 أيلول
   * 2024"; a page's date line with its time, "October 12, 2019 13:46", is read for both). */
  private static boolean dayHeader(String s) {
    if (LineShapes.CLOCK.matcher(org.sitrep.text.TextNormalizer.asciiDigits(s)).find()) {
      return false;
    }
    String rest = TextPageParser.restAroundDate(s);
    return rest != null && words(rest) <= 1 && rest.indexOf(':') < 0
        && (rest.isEmpty() || !LineShapes.hasDigit(rest));
  }

  /* The chrome kind a line has by its own shape, or null. */
  private static String shape(String t, int index) {
    String s = t.strip();
    if (URL_ONLY.matcher(s).matches() || s.indexOf('.') > 0 && s.length() <= 80
        && DOMAIN_ONLY.matcher(s).matches()) {
      return "link";
    }
    if (SOURCE_LINE.matcher(s).matches()) {
      return "source";
    }
    if (LineShapes.otherCalendar(s) || LineShapes.stampLine(s)) {
      return "date";
    }
    if (index > 0 && s.length() <= 60 && !closed(s) && dayHeader(s)) {
      // s46: a date alone inside the text, a live blog's day over its posts ("Wednesday 27
      // November 2024": transfer-46's 4603, studied)
      return "date";
    }
    if (LineShapes.readMore(s)) {
      return "related";
    }
    if (LineShapes.endMark(s)) {
      return "desk";
    }
    if (PROMO.matcher(s).matches() && !closed(s) && words(s) <= 12) {
      return "promo";
    }
    if (s.length() < 200 && TRAILING_DASH.matcher(s).matches()) {
      return "related"; // a headline cut before its site's name: "… بعد اتفاق سوتشي –"
    }
    if (LineShapes.photoCredit(s)) {
      return "caption";
    }
    if (LineShapes.shareBar(s)) {
      return "share";
    }
    if (index < TOP && dateEnded(s)) {
      return "caption";
    }
    if (index < TOP - 1 && teaser(s)) {
      return "teaser";
    }
    return null;
  }

  /**
   * A wire-photo caption: a sentence that ends with a place and a full date ("… in Tripoli,
   * Libya April 20, 2019." or "… on February 16, 2020."), perhaps with a credit after it, and
   * reports no one's words.
   */
  private static boolean dateEnded(String s) {
    if (s.length() < 40 || s.length() > 500) {
      return false;
    }
    // the dates first: most lines have none, and then the words need no search
    List<DateExpressions.Found> dates = DateExpressions.all(s, false, Integer.MAX_VALUE);
    if (dates.isEmpty() || dates.get(dates.size() - 1).start() < 20
        || SPEECH.matcher(s).find()) {
      return false;
    }
    String after = s.substring(dates.get(dates.size() - 1).end()).strip();
    return after.isEmpty() || after.equals(".") || after.length() <= 80 && after.startsWith(".")
        && (after.contains("/") || after.contains("(") || after.contains(":")
        || after.contains("©"));
  }

  /* "1 ", " 2 ", " 3 " in a line, in this order: the ranks of a flattened list. */
  private static final Pattern RANKS = Pattern.compile(
      "^1\\s\\S.*?\\s2\\s[\\p{Lu}\\p{N}\\p{IsArabic}'‘\"“].*?\\s3\\s[\\p{Lu}\\p{N}\\p{IsArabic}'‘\"“]");

  /*
   * A list of other headlines flattened onto one line, each after its rank ("1 Photo sparks …
   * 2 Aides left notes … 3 …"): the ranks 1, 2 and 3 each alone, 2 and 3 before a headline's
   * first word (a capital, a digit, an Arabic letter or a quote), the line not closed as a
   * sentence.
   */
  static boolean numberedList(String t) {
    String s = t.strip();
    return s.length() > 40 && s.startsWith("1 ") && !closed(s) && RANKS.matcher(s).find();
  }

  /* The fewest words of a headline set in capitals as a link between paragraphs. */
  private static final int CAPS_HEADLINE_WORDS = 7;

  /*
   * A link to another story set in capitals between the paragraphs ("SENATOR ELIMINATED FROM
   * 'THE TALENT SHOW'"): seven words or more, every letter a capital, no sentence's end. A
   * subhead in capitals is shorter ("WHAT YOU NEED", "THE BORDER TOWNS").
   */
  static boolean capsHeadline(String t) {
    String s = t.strip();
    if (s.isEmpty() || Character.isLowerCase(s.charAt(0)) || Character.isLowerCase(s.charAt(s.length() - 1))
        || words(s) < CAPS_HEADLINE_WORDS || sentenceEnd(s)) {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0;
  }

  /* A teaser cut short: "… the evacuation of civilians and fighters from …". */
  private static boolean teaser(String s) {
    if (s.length() <= 60 || !(s.endsWith("…") || s.endsWith("..."))) {
      return false;
    }
    String cut = s.substring(0, s.length() - (s.endsWith("…") ? 1 : 3)).stripTrailing();
    // "… diagnosed with the plague,...": a word or a comma before the cut
    return !cut.isEmpty() && (Character.isLetter(cut.codePointBefore(cut.length()))
        || cut.endsWith(",") || cut.endsWith("،"));
  }

  /* A line that ends as a sentence does. */
  static boolean closed(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    if (c == ']') {
      // "… in the area.[3]": a sentence and its footnote's number
      s = FOOTNOTE_MARK.matcher(s).replaceFirst("");
      if (s.isEmpty()) {
        return false;
      }
      c = s.charAt(s.length() - 1);
    }
    return ".!?؟…\"”»)'’:".indexOf(c) >= 0;
  }

  private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?:\\s?\\[\\d{1,3}\\])+$");

  /* One to four words, no sentence's end, no digit alone: a label's shape. */
  private static boolean shortLabel(String t) {
    int w = words(t);
    return w >= 1 && w <= 4 && t.length() <= 40 && !closed(t.strip());
  }

  /* A line that reads as prose: a closed sentence of some words, or a long line. */
  static boolean prose(String t) {
    int w = words(t);
    return w >= 10 || w >= 4 && closed(t) && !t.strip().endsWith(":");
  }

  private static boolean nextProse(List<Line> ls, String[] kind, int i) {
    for (int j = i + 1; j < ls.size(); j++) {
      if (kind[j] == null) {
        return prose(ls.get(j).text);
      }
    }
    return false;
  }

  /**
   * The number of words of {@code t}: a letter or digit and the letters, digits, apostrophes,
   * stops and hyphens after it ({@code [\p{L}\p{N}][\p{L}\p{N}'’.-]*}, counted by a scan).
   */
  static int words(String t) {
    int w = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      int c = t.codePointAt(i);
      if (!letterOrDigit(c)) {
        i++; // as a regex search moves on: by one char
        continue;
      }
      w++;
      i += Character.charCount(c);
      while (i < n) {
        int d = t.codePointAt(i);
        if (!letterOrDigit(d) && d != '\'' && d != '’' && d != '.' && d != '-') {
          break;
        }
        i += Character.charCount(d);
      }
    }
    return w;
  }

  /* A byline ("By REUTERS") or a line that is only a date ("October 12, 2019 13:46"). */
  private static boolean creditOrDate(String t, PageParts p) {
    if (t.length() > 120) {
      return false;
    }
    boolean date = TextPageParser.dateOnly(t);
    if (!date && !(Bylines.looksLikeByline(t) && words(t) <= 8)) {
      return false;
    }
    Bylines.Parsed b = Bylines.parse(t, true);
    if (!date && b.isEmpty()) {
      return false;
    }
    p.addCredits(b.credits());
    if (LineShapes.otherDateLabel(t)) {
      return true; // "Saved on: …": a date line, but not the page's date
    }
    if (p.published.value() == null || p.publishedIsUpdate || "day".equals(p.published.precision())
        && p.published.evidence() != null && p.published.evidence().startsWith("date ")) {
      Optional<DateExpressions.Found> d = DateExpressions.find(t, true);
      boolean update = DateExpressions.UPDATED.matcher(t).find();
      if (d.isPresent() && !update && (p.published.value() == null || p.publishedIsUpdate
          || d.get().value().startsWith(p.published.value()))) {
        // a crawler's day gains the time the page states; s45: a publication date line goes
        // over an update's stamp read before it (a feed's "Last build date" over its item's
        // "تاريخ النشر: …": transfer-45's 4519, studied)
        p.published = new Published(d.get().value(), d.get().precision(), "page", t.strip());
        p.publishedIsUpdate = false;
      } else if (d.isPresent() && update && p.published.value() == null) {
        // s36: an update's stamp under the text when the page states no other date ("Last
        // modified: Sat, 14 Sep 2024 16:05 GMT": transfer-32's 3212, studied): the latest day
        // the page can have been published on, which an original date would outrank
        p.published = new Published(d.get().value(), d.get().precision(), "page", t.strip());
        p.publishedIsUpdate = true;
      }
    }
    return true;
  }

  /*
   * s45: a line that opens in a lower-case letter: the rest of a sentence a line wrapped at a
   * fixed width (a plain-text e-mail's, a text browser's: transfer-45's 4511, studied), no
   * caption's line of its own.
   */
  static boolean wrappedOn(String t) {
    String s = t.strip();
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  /* The most words of a line under a divider that leaves the lines under it to the footer. */
  private static final int UNDER_DIVIDER_WORDS = 15;

  /* Every line after line {@code i} is short (at most fifteen words): no paragraph follows. */
  private static boolean onlyShortAfter(List<Line> ls, int i) {
    if (i + 1 >= ls.size()) {
      return false;
    }
    for (int j = i + 1; j < ls.size(); j++) {
      if (words(ls.get(j).text) > UNDER_DIVIDER_WORDS) {
        return false;
      }
    }
    return true;
  }

  /* A footer line: a link, a label and its value, a desk code, a source, or a few bare words. */
  private static boolean footer(String t, boolean inRun) {
    String s = t.strip();
    // a few bare words only inside a run of footer lines: the last line of a page cut short
    // ("وذكر م") is text
    return URL_ONLY.matcher(s).matches() || LABEL_VALUE.matcher(s).matches()
        || DESK.matcher(s).matches() || CREDIT_DESK.matcher(s).matches()
        || SOURCE_LINE.matcher(s).matches()
        || LABEL_LIST.matcher(s).matches() && words(s) <= 14
        || DASH_NOTE.matcher(s).matches() && words(s) <= 6 && !closed(s)
        || inRun && words(s) <= 3 && !closed(s) && s.length() <= 30;
  }

  /*
   * True when most words of line i come back in one later paragraph. {@code tokens} keeps the
   * lines' tokens once read.
   */
  private static boolean repeatedLater(List<Line> ls, String[] kind, int i,
      List<Set<String>> tokens) {
    return sayAgain(ls, kind, i, i + 1, tokens) >= 0;
  }

  /*
   * s56: true when line i and the line under it are said again, one under the other, further
   * down (an AMP or print copy of the story appended after it: transfer-57's 5705 and 5717,
   * studied): the text's own paragraphs, which the copy repeats, not a deck; the copy is
   * TextPageParser's to drop.
   */
  private static boolean copyRun(List<Line> ls, String[] kind, int i, List<Set<String>> tokens) {
    return i > 0 && pairAgain(ls, kind, i - 1, tokens) || pairAgain(ls, kind, i, tokens);
  }

  /* True when lines i and i + 1 are said again further down, one right under the other. */
  private static boolean pairAgain(List<Line> ls, String[] kind, int i, List<Set<String>> tokens) {
    if (i + 1 >= ls.size() || kind[i] != null || kind[i + 1] != null) {
      return false;
    }
    for (int from = i + 2; from < ls.size(); ) {
      int j = sayAgain(ls, kind, i, from, tokens);
      if (j < 0) {
        return false;
      }
      if (j + 1 < ls.size() && kind[j + 1] == null
          && sayAgain(ls, kind, i + 1, j + 1, tokens) == j + 1) {
        return true;
      }
      from = j + 1;
    }
    return false;
  }

  /* The first line from {@code from} on that says most (3/4) of line i's words again, or -1. */
  private static int sayAgain(List<Line> ls, String[] kind, int i, int from,
      List<Set<String>> tokens) {
    Set<String> a = tokens(ls, i, tokens);
    if (a.size() < 6) {
      return -1;
    }
    for (int j = from; j < ls.size(); j++) {
      if (kind[j] != null) {
        continue;
      }
      Set<String> b = tokens(ls, j, tokens);
      int common = 0;
      for (String x : a) {
        if (b.contains(x)) {
          common++;
        }
      }
      if (common >= 0.75 * a.size()) {
        return j;
      }
    }
    return -1;
  }

  /* True when line i quotes words (six or more) that a later paragraph quotes too: a pull quote. */
  /* The most words of a printed story's jump head. */
  private static final int JUMP_HEAD_WORDS = 6;
  /* The fewest words of a pull quote that a paragraph says word for word (s36: "“Every convoy
   * is a gamble.”", «لا نريد أن نعيش حرباً أخرى»: transfer-31's 3103 and 3123, studied). */
  private static final int PULL_QUOTE_LEAST_WORDS = 4;
  /* The most words of a pull quote. */
  private static final int PULL_QUOTE_WORDS = 30;
  /* A line that is one quotation in curly or straight double marks, perhaps closed by a stop. */
  /* (s35: with the speaker after a dash, "“We heard the siren …” — Name Name, Town": the
   * page's setting of a quote, transfer-29's 2905, studied; s36: in single marks, "‘We heard the
   * whistle and then the roof came down’": transfer-31's 3109, studied) */
  private static final Pattern WHOLE_QUOTE = Pattern.compile(
      "^[“\"«‘]([^“”\"«»]{20,300})[”\"»’][.!?]?(?:\\s?[—–-]\\s?\\p{L}[^“”\"«».!?]{1,60})?$");

  /* A quote's closing mark, then a dash and who said it: a pull quote's signature. */
  private static final Pattern DASH_ATTRIBUTION = Pattern.compile("[”\"»’][.!?]?\\s?[—–-]\\s?\\p{L}");

  /* "Name Name, Outlet", "Name Name / The Outlet Name": a photographer's credit line. */
  private static final Pattern NAME_CREDIT = Pattern.compile(
      "(?-i:\\p{Lu})[\\p{L}.'’-]+(?:\\s(?-i:\\p{Lu})[\\p{L}.'’-]+){1,3}\\s?[,/|]\\s?"
          + "(?-i:\\p{Lu})[\\p{L}.&'’-]*(?:\\s(?:(?-i:\\p{Lu})[\\p{L}.&'’-]*|of|and|for|de|al))*");
  private static final int NAME_CREDIT_WORDS = 9;
  /* A byline's first words: "By Jane Roe | Outlet" is no photographer's credit. */
  static final Pattern BY_FIRST = Pattern.compile("\\s*(?:by|written by|words by)\\s",
      Pattern.CASE_INSENSITIVE);

  /* A line that is one quotation and no stop, in a script with capitals. */
  private static final Pattern UNSTOPPED_QUOTE =
      Pattern.compile("^[“\"]([^“”\"«»]{20,300}[^.!?,;:…“”\"«»\\s])[”\"]$");
  /* The most words of a pull quote with no stop. */
  private static final int UNSTOPPED_QUOTE_WORDS = 30;

  private static boolean unstoppedQuote(String t) {
    String s = t.strip();
    Matcher m = UNSTOPPED_QUOTE.matcher(s);
    if (!m.matches()) {
      return false;
    }
    int w = words(s);
    if (w < 6 || w > UNSTOPPED_QUOTE_WORDS) {
      return false;
    }
    int c = m.group(1).codePointAt(0);
    return Character.isUpperCase(c) || Character.isLowerCase(c);
  }

  /* The share of the page's prose lines in one script that makes it the page's. */
  private static final double PAGE_SCRIPT = 0.8;

  /*
   * The script of most of the page's unclassified lines of ten words or more (Latin, Arabic),
   * when four in five of them and three at least are in it; else null.
   */
  private static Character.UnicodeScript pageScript(List<Line> ls, String[] kind) {
    int arabic = 0;
    int latin = 0;
    int all = 0;
    for (int i = 0; i < ls.size(); i++) {
      if (kind[i] == null && words(ls.get(i).text) >= 10) {
        all++;
        Character.UnicodeScript sc = mainScript(ls.get(i).text);
        if (sc == Character.UnicodeScript.ARABIC) {
          arabic++;
        } else if (sc == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    if (all < 3) {
      return null;
    }
    return arabic >= PAGE_SCRIPT * all ? Character.UnicodeScript.ARABIC
        : latin >= PAGE_SCRIPT * all ? Character.UnicodeScript.LATIN : null;
  }

  /* The script most of a line's letters are in (Han, Hiragana, Katakana and Hangul as Han). */
  private static Character.UnicodeScript mainScript(String t) {
    int latin = 0;
    int arabic = 0;
    int cjk = 0;
    int other = 0;
    for (int i = 0; i < t.length(); ) {
      int c = t.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (c < 0x0250) {
        latin++; // Basic Latin to Latin Extended-B, read without the script table
        continue;
      }
      if (c >= 0x0600 && c <= 0x06FF) {
        arabic++;
        continue;
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      if (sc == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (sc == Character.UnicodeScript.ARABIC) {
        arabic++;
      } else if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
          || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
        cjk++;
      } else {
        other++;
      }
    }
    int max = Math.max(Math.max(latin, arabic), Math.max(cjk, other));
    if (max == 0) {
      return Character.UnicodeScript.UNKNOWN;
    }
    return max == arabic ? Character.UnicodeScript.ARABIC : max == latin
        ? Character.UnicodeScript.LATIN : max == cjk ? Character.UnicodeScript.HAN
        : Character.UnicodeScript.COMMON;
  }

  /* Whether a line holds a character of the Han, Kana or Hangul blocks (U+2E80 and up); the
   * page's script is read only for such lines (they are rare). */
  private static boolean farChars(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= 0x2E80) {
        return true;
      }
    }
    return false;
  }

  /*
   * A line mostly of Chinese, Japanese or Korean letters on a page in Arabic or Latin script
   * ("この記事を日本語で読む", "阅读简体中文版"): a link to the story in another language. A page
   * of neither script is left as it is; a line of another alphabet may be a quoted post (the
   * Turkish original of a ministry's statement on an Arabic page is the story's).
   */
  private static boolean otherScript(String t, Character.UnicodeScript page) {
    if (page == null || t.length() > 300) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        letters++;
      }
    }
    if (letters < 4) {
      return false;
    }
    Character.UnicodeScript sc = mainScript(t);
    return sc == Character.UnicodeScript.HAN;
  }

  private static boolean pullQuote(List<Line> ls, String[] kind, int i) {
    String t = ls.get(i).text.strip();
    Matcher m = WHOLE_QUOTE.matcher(t);
    if (!m.matches() || words(t) > PULL_QUOTE_WORDS) {
      return false;
    }
    String quoted = END_PUNCT_SPACE.matcher(TextNormalizer.fold(m.group(1))).replaceAll("").strip();
    int qw = words(quoted);
    if (qw < PULL_QUOTE_LEAST_WORDS) {
      return false;
    }
    for (int j = 0; j < ls.size(); j++) {
      if (j != i && kind[j] == null && ls.get(j).folded.length() > quoted.length()
          && ls.get(j).folded.contains(quoted)) {
        return true;
      }
    }
    if (qw < 6) {
      return false; // (a short quote is the page's only when a paragraph says it word for word)
    }
    if (DASH_ATTRIBUTION.matcher(t).find()) {
      // s38: '"Our people know what to do when the sirens go" — senior Defence Forces officer':
      // a quote signed after a dash is set apart by the page; the story's quotes say who spoke
      // in their sentence (transfer-40's 4005, studied)
      return true;
    }
    // a pull quote set in the other marks than the story's quotes (“…” alone on its line where
    // every quote of the text is in straight marks, or the other way round): the page's
    // typography, not the story's (s33, transfer-27's study half)
    if (otherMarks(ls, kind, i, t.charAt(0))) {
      return true;
    }
    // an edited pull quote ("Every strike that kills civilians becomes a recruitment tool for
    // the militias." under "… 'Every strike that kills civilians is a recruitment tool for
    // Fano.'"): a paragraph near it says four of its words in a row and most of the others (s33)
    String[] q =
        ECHO_SPLIT.splitAsStream(quoted).filter(w -> !w.isEmpty()).toArray(String[]::new);
    for (int j = Math.max(0, i - ECHO_REACH); j <= Math.min(ls.size() - 1, i + ECHO_REACH); j++) {
      if (j != i && kind[j] == null && ls.get(j).folded.length() > quoted.length()
          && echoes(q, ls.get(j).folded)) {
        return true;
      }
    }
    return false;
  }

  /* The fewest quotes of the text in the other marks that make a quote line's marks the
   * page's pull quotes'. */
  private static final int OTHER_MARK_QUOTES = 2;

  /*
   * True when line i's opening mark ({@code mark}: a straight or a curly double quote) is used
   * by no other line of the text, and at least two quotes of the text open with the other.
   */
  private static boolean otherMarks(List<Line> ls, String[] kind, int i, char mark) {
    if (mark != '"' && mark != '“') {
      return false;
    }
    int same = 0;
    int other = 0;
    for (int j = 0; j < ls.size(); j++) {
      if (j == i || kind[j] != null) {
        continue;
      }
      String t = ls.get(j).text;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (c == '“' || c == '"' && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)))) {
          if (c == mark) {
            same++;
          } else {
            other++;
          }
        }
      }
    }
    return same == 0 && other >= OTHER_MARK_QUOTES;
  }

  /* How many lines up or down an edited pull quote's paragraph may stand. */
  private static final int ECHO_REACH = 3;
  /* The least share of a pull quote's words its paragraph holds, and the least run of them. */
  private static final double ECHO_SHARE = 0.6;
  private static final int ECHO_RUN = 4;
  private static final Pattern ECHO_SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  /* True when {@code para} (folded) holds four of the quote's words in a row and three in five
   * of its words in all. */
  private static boolean echoes(String[] q, String para) {
    String[] ws = ECHO_SPLIT.split(para);
    Set<String> have = new HashSet<>(java.util.Arrays.asList(ws));
    int held = 0;
    for (String w : q) {
      if (have.contains(w)) {
        held++;
      }
    }
    if (held < ECHO_SHARE * q.length) {
      return false;
    }
    String padded = " " + String.join(" ", ws) + " ";
    for (int k = 0; k + ECHO_RUN <= q.length; k++) {
      String run = " " + String.join(" ", java.util.Arrays.copyOfRange(q, k, k + ECHO_RUN)) + " ";
      if (padded.contains(run)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoteRepeated(List<Line> ls, String[] kind, int i) {
    Matcher q = QUOTE.matcher(ls.get(i).text);
    while (q.find()) {
      String quoted = END_PUNCT_SPACE.matcher(TextNormalizer.fold(q.group(1))).replaceAll("");
      if (words(quoted) < 6) {
        continue;
      }
      for (int j = i + 1; j < ls.size(); j++) {
        if (kind[j] == null && ls.get(j).folded.contains(quoted)) {
          return true;
        }
      }
    }
    return false;
  }

  /* The tokens of line i (tokenSet of its folded form), read once into {@code cache}. */
  private static Set<String> tokens(List<Line> ls, int i, List<Set<String>> cache) {
    Set<String> t = cache.get(i);
    if (t == null) {
      t = tokenSet(ls.get(i).folded);
      cache.set(i, t);
    }
    return t;
  }

  /** The runs of two or more letters and digits of {@code s}: what {@code [\p{L}\p{N}]{2,}} finds. */
  static Set<String> tokenSet(String s) {
    Set<String> t = new HashSet<>();
    int k = 0;
    while (k < s.length()) {
      int end = letterOrDigitRun(s, k);
      if (end > k && Character.codePointCount(s, k, end) >= 2) {
        t.add(s.substring(k, end));
        k = end;
      } else {
        k++; // as a regex search moves on: by one char
      }
    }
    return t;
  }

  /* Where the run of letters and digits (\p{L}, \p{N}) that starts at k ends (k when none does). */
  private static int letterOrDigitRun(String s, int k) {
    int i = k;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!letterOrDigit(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /* What the regex class [\p{L}\p{N}] takes. */
  private static boolean letterOrDigit(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * True when a run of chrome starts at line {@code i}: at least four short lines among the
   * next six (a few words, not a sentence), one of which comes back later in the page — the
   * badges and buttons of a comment section ("Member", "Upvoted", "Reply"), never a list of
   * places, whose items do not repeat. {@code next} are the next (at most six) lines, {@code
   * nextFolded} their {@link TextNormalizer#fold folded} forms, {@code restFolded} the folded
   * forms of the lines after them.
   */
  static boolean chromeRun(List<String> next, List<String> nextFolded, List<String> restFolded) {
    if (next.size() < 4) {
      return false;
    }
    int shortLines = 0;
    for (String t : next) {
      if (words(t) <= 3 && !closed(t) && t.length() <= 30) {
        shortLines++;
      }
    }
    if (shortLines < 4 || words(next.get(0)) > 3 || closed(next.get(0))) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < next.size(); k++) {
      if (words(next.get(k)) <= 3 && !seen.add(nextFolded.get(k))) {
        return true;
      }
    }
    for (int k = 0; k < next.size(); k++) {
      if (words(next.get(k)) > 3) {
        continue;
      }
      if (restFolded.contains(nextFolded.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words of the lexicon {@code line-shapes.tsv}. */
  static final class LineShapes {
    private static final List<Pattern> READ_MORE = new ArrayList<>();
    /* A comment's head and apparatus (s43): the verbs after a commenter's name, the words
     * before it, the words after it naming whom he answers (folded phrases), the words of its
     * buttons and counters (folded), and a forum profile's lines. */
    private static final List<String> COMMENT_SAID = new ArrayList<>();
    private static final List<String> COMMENT_BY = new ArrayList<>();
    private static final List<String> COMMENT_REPLY_TO = new ArrayList<>();
    private static final java.util.Set<String> COMMENT_META_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> COMMENT_RANK_WORDS = new java.util.HashSet<>();
    private static final List<Pattern> COMMENT_PROFILE = new ArrayList<>();
    private static final java.util.Set<String> RELATED_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> COMMENT_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> HOME_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> SUBSCRIBE_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> BIO_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> COMMENT_NOTE_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> FOLLOW_WORDS = new java.util.HashSet<>();
    /* Words and phrases of a cookie-consent banner (folded). */
    private static final List<String> CONSENT_PHRASES = new ArrayList<>();
    /* Names of a site's legal pages ("legal-phrase"), words of a caption's illustration note
     * ("illustration-word") and the words that end a link line ("link-end"), all folded. */
    private static final List<String> LEGAL_PHRASES = new ArrayList<>();
    /* A daily feature's label ("Quote of the day", "حديث اليوم"; day-box in line-shapes.tsv). */
    private static final List<Pattern> DAY_BOX = new ArrayList<>();
    /* Phrases by which a site names itself as one (site-phrase in line-shapes.tsv). */
    private static final List<String> SITE_PHRASES = new ArrayList<>();
    private static final java.util.Set<String> ILLUSTRATION_WORDS = new java.util.HashSet<>();
    /* Words of a series' part in a kicker ("series-word"), folded. */
    private static final java.util.Set<String> SERIES_WORDS = new java.util.HashSet<>();
    /* How a picture was made, after a caption's comma ("picture-participle"), folded. */
    private static final java.util.Set<String> PICTURE_PARTICIPLES = new java.util.HashSet<>();
    /* What a caption's closing brackets name as its picture's source ("credit-word"), folded. */
    private static final java.util.Set<String> CREDIT_WORDS = new java.util.HashSet<>();
    private static final List<String> LINK_ENDS = new ArrayList<>();
    /* Imperatives of links and buttons, and citation labels (folded, whole phrases). */
    private static final List<String> LINK_VERBS = new ArrayList<>();
    private static final List<String> ASIDE_PHRASES = new ArrayList<>();
    private static final List<String> CITE_LABELS = new ArrayList<>();
    /* Words that make a header over other headlines a box inside the text ("also"), folded. */
    private static final java.util.Set<String> ALSO_WORDS = new java.util.HashSet<>();
    /* Words a comments' header holds beside its comment-word ("Reader comments", "أضف تعليقك"). */
    private static final java.util.Set<String> COMMENT_HEADER_WORDS = new java.util.HashSet<>();
    /* Openings of a post's filing line under its text ("Posted in", "نشر في"), folded. */
    private static final List<String> POST_META = new ArrayList<>();
    private static final java.util.Set<String> CHANNEL_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> ROLE_NOUNS = new java.util.HashSet<>();
    /* Folded phrases that open a caption ("picture-word") or an author's note ("bio-label"). */
    private static final List<String> PICTURE_WORDS = new ArrayList<>();
    private static final java.util.Set<String> PICTURE_FIRST = new java.util.HashSet<>();
    /* Folded words of a gallery's label ("gallery", "slideshow", "ألبوم"). */
    private static final java.util.Set<String> GALLERY_WORDS = new java.util.HashSet<>();
    private static final List<String> BIO_LABELS = new ArrayList<>();
    /* Labels of the apparatus under an article ("Sources", "الكاتب") and of dates that are not
     * the page's publication ("Reporting period", "Saved on"), folded. */
    private static final java.util.Set<String> END_LABELS = new java.util.HashSet<>();
    private static final java.util.Set<String> NOTES_LABELS = new java.util.HashSet<>();
    private static final List<String> OTHER_DATE_LABELS = new ArrayList<>();
    /* Labels of a note under an article ("Methodology", "Our standards", "تنويه") and words by
     * which a label points to another article ("next", "التالي"), folded. */
    private static final List<String> NOTE_LABELS = new ArrayList<>();
    private static final java.util.Set<String> NEXT_WORDS = new java.util.HashSet<>();
    /* A call to action's imperatives, the words after them, what it asks for, app stores' names
     * and a reader's appeal (folded; action-next single words). */
    private static final List<String> ACTION_VERBS = new ArrayList<>();
    private static final java.util.Set<String> ACTION_NEXT = new java.util.HashSet<>();
    private static final List<String> ACTION_OBJECTS = new ArrayList<>();
    private static final List<String> STORE_NAMES = new ArrayList<>();
    private static final List<String> APPEAL_PHRASES = new ArrayList<>();
    /* Words by which a box speaks to its reader (folded single words). */
    private static final java.util.Set<String> READER_WORDS = new java.util.HashSet<>();
    /* The key word of each store name and appeal, and the first word of each action-verb: quick
     * tests before the phrases. */
    private static final java.util.Set<String> CALL_WORDS_ANY = new java.util.HashSet<>();
    private static final java.util.Set<String> VERB_FIRST = new java.util.HashSet<>();
    private static int callWordMax;
    private static int[] callWordHashes = new int[0];
    private static int[] verbHashes = new int[0];
    /* Labels of a ticker's, a banner's or a media item's line ("Breaking", "عاجل", "فيديو"). */
    private static final List<String> TICKER_LABELS = new ArrayList<>();
    /* Labels of a headline's summary box ("Key points", "Highlights", "أبرز النقاط"), folded. */
    private static final java.util.Set<String> SUMMARY_LABELS = new java.util.HashSet<>();
    private static final java.util.Set<String> BOX_LABELS = new java.util.HashSet<>();
    /* Words of a note on how a summary box was made ("This summary was produced with the help of
     * an AI tool", "أعد هذا الملخص بمساعدة الذكاء الاصطناعي"), folded. */
    private static final java.util.Set<String> SUMMARY_NOTES = new java.util.HashSet<>();
    /* A fact check's box: the label of the claim checked and of its rating (folded). */
    private static final java.util.Set<String> CLAIM_LABELS = new java.util.HashSet<>();
    private static final java.util.Set<String> VERDICT_LABELS = new java.util.HashSet<>();
    private static final java.util.Set<String> VERB_FORMS = new java.util.HashSet<>();
    private static final java.util.Set<String> PAST_FORMS = new java.util.HashSet<>();
    private static final java.util.Set<String> ARABIC_T_NOUNS = new java.util.HashSet<>();
    private static final java.util.Set<String> CALL_WORDS_PHONE = new java.util.HashSet<>();
    private static final List<String> VIEW_PHRASES = new ArrayList<>();
    /* Labels of a sponsor's text ("Sponsored", "Partner content", "محتوى ممول"), folded. */
    private static final java.util.Set<String> SPONSOR_LABELS = new java.util.HashSet<>();
    /* Words that open a clip's or a recording's label ("Watch: …", "فيديو | …"), folded. */
    private static final java.util.Set<String> CLIP_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> PLATFORM_NAMES = new java.util.HashSet<>();
    private static final java.util.Set<String> ALONE_TICKER_LABELS = new java.util.HashSet<>();
    private static final List<String> END_MARKS = new ArrayList<>();
    private static Pattern endMarkLine = Pattern.compile("(?!)");
    private static Pattern endMarkTail = Pattern.compile("(?!)");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–—•*·▪►]\\s*\\S");
    private static final List<Pattern> CREDIT = new ArrayList<>();
    /* What each credit pattern's matches hold (its row without the first-character guard). */
    private static final List<org.sitrep.text.RequiredText> CREDIT_NEEDS = new ArrayList<>();
    private static final List<Pattern> OTHER_CALENDAR = new ArrayList<>();
    /* The same dates found anywhere in a line (the rows without their leading ".{0,30}"). */
    private static final List<Pattern> OTHER_CALENDAR_DATE = new ArrayList<>();
    private static final java.util.Set<String> DATE_WORDS = new java.util.HashSet<>();
    /* Folded words by which a lead dates its event (day-word). */
    private static final java.util.Set<String> DAY_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> SHARE_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> SHARE_VERBS = new java.util.HashSet<>();
    /* What a share prompt asks to share: the page itself (page-word in line-shapes.tsv). */
    private static final java.util.Set<String> PAGE_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> SITE_WORDS = new java.util.HashSet<>();
    private static final java.util.Set<String> MENU_WORDS = new java.util.HashSet<>();
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]+");
    private static final Pattern NOT_LETTER_DIGIT_COLON = Pattern.compile("[^\\p{L}\\p{M}\\d:]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}-]+");
    /* A time zone's abbreviation: two to five capital letters ("EET", "AEST"). */
    private static final Pattern ZONE_WORD = Pattern.compile("\\p{Lu}{2,5}");
    private static final Pattern DAY_OR_TIME =
        Pattern.compile("\\d{1,2}(?::\\d{2}){0,2}|\\d{1,2}(?:st|nd|rd|th)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟]\\s*$");
    private static final Pattern MENU_PUNCT = Pattern.compile("[.!?؟;،,\"“”\\p{N}]");
    // items apart by a bar, an arrow, a bullet or a slash, or by a run of spaces or a tab (the
    // gaps a flattened horizontal menu leaves: "Home  About Us  Contact")
    private static final Pattern MENU_BAR = Pattern.compile("\\s*[|•·]\\s*");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?؟;،,\"“”]");
    static final Pattern MENU_SEP = Pattern.compile("\\s*[|>»›•·/]\\s*|\\s{2,}|\\t");

    /* True when s opens with a list's bullet ("• Over 500 families displaced"): an item of a
     * list, never a headline. */
    static boolean bulleted(String s) {
      return BULLET.matcher(s).find();
    }

    /* True when s holds a digit of any script. */
    static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    static {
      for (String[] r : org.sitrep.text.DataFiles.readTsv(BodyLines.class, "line-shapes.tsv")) {
        if (r.length < 2) {
          throw new IllegalStateException("line-shapes.tsv: row needs 2 columns: " + r[0]);
        }
        Pattern p = Pattern.compile(r[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        switch (r[0]) {
          case "read-more" -> READ_MORE.add(p);
          // searched at every place of a line's end: guarded by the letters its words open with
          case "photo-credit" -> {
            CREDIT.add(Pattern.compile(org.sitrep.text.Patterns.withFirstCharGuard(r[1]),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            CREDIT_NEEDS.add(org.sitrep.text.RequiredText.of(
                Pattern.compile(r[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
          }
          case "other-calendar" -> {
            OTHER_CALENDAR.add(p);
            OTHER_CALENDAR_DATE.add(Pattern.compile(r[1].replaceFirst("^\\.\\{0,30\\}", ""),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
          }
          case "share-verb" -> {
            for (String w : r[1].split("\\|")) {
              SHARE_VERBS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          case "share-word" -> {
            for (String w : r[1].split("\\|")) {
              SHARE_WORDS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          case "menu-word" -> {
            for (String w : r[1].split("\\|")) {
              MENU_WORDS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          case "site-word" -> {
            for (String w : r[1].split("\\|")) {
              SITE_WORDS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          case "related-word" -> {
            for (String w : r[1].split("\\|")) {
              RELATED_WORDS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          case "comment-word" -> {
            for (String w : r[1].split("\\|")) {
              COMMENT_WORDS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          case "comment-said" -> addLongestFirst(COMMENT_SAID, r[1]);
          case "comment-by" -> addLongestFirst(COMMENT_BY, r[1]);
          case "comment-reply-to" -> addLongestFirst(COMMENT_REPLY_TO, r[1]);
          case "comment-meta-word" -> addFolded(COMMENT_META_WORDS, r[1]);
          case "comment-rank-word" -> {
            addFolded(COMMENT_RANK_WORDS, r[1]);
            addFolded(COMMENT_META_WORDS, r[1]);
          }
          case "comment-profile" -> COMMENT_PROFILE.add(p);
          case "home-word" -> addFolded(HOME_WORDS, r[1]);
          case "page-word" -> addFolded(PAGE_WORDS, r[1]);
          case "subscribe-word" -> addFolded(SUBSCRIBE_WORDS, r[1]);
          case "bio-word" -> addFolded(BIO_WORDS, r[1]);
          case "comment-note-word" -> addFolded(COMMENT_NOTE_WORDS, r[1]);
          case "follow-word" -> addFolded(FOLLOW_WORDS, r[1]);
          case "consent-phrase" -> addPhrases(CONSENT_PHRASES, r[1]);
          case "legal-phrase" -> addPhrases(LEGAL_PHRASES, r[1]);
          case "site-phrase" -> addPhrases(SITE_PHRASES, r[1]);
          case "day-box" -> DAY_BOX.add(p);
          case "illustration-word" -> addFolded(ILLUSTRATION_WORDS, r[1]);
          case "credit-word" -> addFolded(CREDIT_WORDS, r[1]);
          case "link-end" -> addPhrases(LINK_ENDS, r[1]);
          case "link-verb" -> addPhrases(LINK_VERBS, r[1]);
          case "aside-phrase" -> addPhrases(ASIDE_PHRASES, r[1]);
          case "cite-label" -> addPhrases(CITE_LABELS, r[1]);
          case "post-meta" -> addPhrases(POST_META, r[1]);
          case "also-word" -> addFolded(ALSO_WORDS, r[1]);
          case "comment-header-word" -> addFolded(COMMENT_HEADER_WORDS, r[1]);
          case "channel-word" -> addFolded(CHANNEL_WORDS, r[1]);
          case "role-noun" -> addFolded(ROLE_NOUNS, r[1]);
          case "picture-word" -> {
            for (String w : r[1].split("\\|")) {
              String f = org.sitrep.text.TextNormalizer.fold(w.strip());
              PICTURE_WORDS.add(f);
              PICTURE_FIRST.add(f.split(" ")[0]);
            }
          }
          case "gallery-word" -> addFolded(GALLERY_WORDS, r[1]);
          case "bio-label" -> BIO_LABELS.add(org.sitrep.text.TextNormalizer.fold(r[1].strip()));
          case "end-mark" -> END_MARKS.add(r[1]);
          case "end-label" -> addFolded(END_LABELS, r[1]);
          case "notes-label" -> addFolded(NOTES_LABELS, r[1]);
          case "other-date-label" -> {
            addPhrases(OTHER_DATE_LABELS, r[1]);
            // the longer label first, so that "saved on" is tried before "saved"
            OTHER_DATE_LABELS.sort((a, b) -> b.length() - a.length());
          }
          case "note-label" -> addPhrases(NOTE_LABELS, r[1]);
          case "next-word" -> addFolded(NEXT_WORDS, r[1]);
          case "action-verb" -> addPhrases(ACTION_VERBS, r[1]);
          case "action-next" -> addFolded(ACTION_NEXT, r[1]);
          case "action-object" -> addPhrases(ACTION_OBJECTS, r[1]);
          case "store-name" -> addPhrases(STORE_NAMES, r[1]);
          case "appeal-phrase" -> addPhrases(APPEAL_PHRASES, r[1]);
          case "reader-word" -> addFolded(READER_WORDS, r[1]);
          case "sponsor-label" -> addFolded(SPONSOR_LABELS, r[1]);
          case "summary-label" -> addFolded(SUMMARY_LABELS, r[1]);
          case "box-label" -> addFolded(BOX_LABELS, r[1]);
          case "summary-note" -> addFolded(SUMMARY_NOTES, r[1]);
          case "claim-label" -> addFolded(CLAIM_LABELS, r[1]);
          case "verdict-label" -> addFolded(VERDICT_LABELS, r[1]);
          case "verb-form" -> addFolded(VERB_FORMS, r[1]);
          case "past-form" -> addFolded(PAST_FORMS, r[1]);
          case "arabic-t-noun" -> addFolded(ARABIC_T_NOUNS, r[1]);
          case "call-word" -> addFolded(CALL_WORDS_PHONE, r[1]);
          case "view-phrase" -> addPhrases(VIEW_PHRASES, r[1]);
          case "clip-word" -> addFolded(CLIP_WORDS, r[1]);
          case "platform-name" -> addFolded(PLATFORM_NAMES, r[1]);
          case "alone-ticker-label" -> addFolded(ALONE_TICKER_LABELS, r[1]);
          case "picture-participle" -> addFolded(PICTURE_PARTICIPLES, r[1]);
          case "ticker-label" -> {
            addPhrases(TICKER_LABELS, r[1]);
            TICKER_LABELS.sort((a, b) -> b.length() - a.length()); // "breaking news" first
          }
          case "day-word" -> addFolded(DAY_WORDS, r[1]);
          case "series-word" -> addFolded(SERIES_WORDS, r[1]);
          case "date-word" -> {
            for (String w : r[1].split("\\|")) {
              DATE_WORDS.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
            }
          }
          default -> throw new IllegalStateException("line-shapes.tsv: unknown kind " + r[0]);
        }
      }
    }

    static {
      for (List<String> phrases : List.of(STORE_NAMES, APPEAL_PHRASES)) {
        for (String ph : phrases) {
          // the phrase's longest word, its key: a line without it cannot hold the phrase
          String key = "";
          for (String w : ph.split(" ")) {
            key = w.length() > key.length() ? w : key;
          }
          CALL_WORDS_ANY.add(key);
          callWordMax = Math.max(callWordMax, key.length());
        }
      }
      for (String v : ACTION_VERBS) {
        VERB_FIRST.add(v.split(" ")[0]);
      }
      callWordHashes = CALL_WORDS_ANY.stream().mapToInt(String::hashCode).sorted().toArray();
      verbHashes = VERB_FIRST.stream().mapToInt(String::hashCode).sorted().toArray();
      if (!END_MARKS.isEmpty()) {
        String any = "(?:" + String.join("|", END_MARKS) + ")";
        endMarkLine = Pattern.compile("^\\s*" + any + "\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        endMarkTail = Pattern.compile("(?<=[.!?؟\"”»])\\s+" + any + "\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      }
    }

    private static void addPhrases(List<String> list, String phrases) {
      for (String w : phrases.split("\\|")) {
        list.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
      }
    }

    /* The most words of a site's name line. */
    private static final int SITE_NAME_WORDS = 10;

    /**
     * A site's name line, not a headline: at most ten words that a site-phrase closes after a
     * dash or a bar ("Name of the Party - Official Website", "… - الموقع الرسمي") or opens
     * ("Official website of …", "الموقع الرسمي لـ…").
     */
    static boolean siteNameLine(String s) {
      String t = s.strip();
      if (t.isEmpty() || words(t) > SITE_NAME_WORDS) {
        return false;
      }
      String f = org.sitrep.text.TextNormalizer.fold(t);
      int cut = Math.max(Math.max(f.lastIndexOf(" - "), f.lastIndexOf(" | ")),
          Math.max(f.lastIndexOf(" – "), f.lastIndexOf(" — ")));
      String tail = cut > 0 ? NOT_LETTER.matcher(f.substring(cut + 3)).replaceAll(" ").strip() : "";
      for (String phrase : SITE_PHRASES) {
        if (tail.equals(phrase) || f.startsWith(phrase + " ")) {
          return true;
        }
      }
      return false;
    }

    /* True when a short header's folded text holds an also-word ("Read also", "اقرأ أيضاً"). */
    static boolean saysAlso(String folded) {
      if (folded.length() > 48) {
        return false;
      }
      for (String w : NOT_LETTER.split(folded)) {
        if (ALSO_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /* The most words of a poll's question, and of each of its answers. */
    private static final int POLL_QUESTION_WORDS = 25;
    /* s34: an answer of a few words ("Yes, keep them there", "No, bring them home":
     * transfer-27's 2706, studied). */
    static final int POLL_ANSWER_WORDS = 5;
    private static final int POLL_ANSWER_CHARS = 32;

    /* A short line of a box, a poll's answer or button ("Not sure", "View Results", "Vote"): at
     * most {@code most} words and 25 characters, not a sentence, no digit. */
    static boolean pollPart(String s, int most) {
      String t = s.strip();
      return !t.isEmpty() && words(t) <= most && t.length() <= POLL_ANSWER_CHARS && !closed(t)
          && !hasDigit(t);
    }

    /* A label's end: a colon, a dash or a bar, and the text after it. */
    private static final Pattern LABEL_END = Pattern.compile("^\\s*[:|–—▪•●■◆►»-]\\s*(\\S.*)$");
    /* A short label before a slash and the headline after it ("عام / …", "Politics/ …"). */
    private static final Pattern SLASH_LABEL =
        Pattern.compile("^\\s*(\\p{L}+(?:\\s\\p{L}+)?)\\s*/\\s+(\\S.*)$");
    /* The fewest words of a headline after a label. */
    private static final int LABELLED_HEADLINE_WORDS = 4;

    /**
     * The headline after an agency's category label before a slash ("عام / …", "Politics/ …": a
     * label of one or two words, then at least four words), or null when the line has none. A
     * ticker's label is not taken off a headline (a site may title its story "Breaking: …").
     */
    static String afterSlashLabel(String s) {
      Matcher m = SLASH_LABEL.matcher(s.strip());
      return m.matches() && words(m.group(2)) >= LABELLED_HEADLINE_WORDS ? m.group(2).strip() : null;
    }

    /* A summary box's label alone on a line ("KEY POINTS", "Highlights:", "أبرز النقاط"). */
    static boolean summaryLabel(String folded) {
      return folded.length() <= 40
          && SUMMARY_LABELS.contains(END_PUNCT_SPACE.matcher(folded).replaceAll("").strip());
    }

    /* s52: a short line saying how the summary box above it was made ("This summary was
     * produced with the help of an AI tool and checked by an editor."): the box's last line. */
    static boolean summaryNote(String folded) {
      if (words(folded) > SUMMARY_NOTE_WORDS) {
        return false;
      }
      String padded = " " + NOTE_PUNCT.matcher(folded).replaceAll(" ") + " ";
      for (String n : SUMMARY_NOTES) {
        if (padded.contains(" " + n + " ")) {
          return true;
        }
      }
      return false;
    }

    private static final int SUMMARY_NOTE_WORDS = 30;
    private static final Pattern NOTE_PUNCT = Pattern.compile("[\\p{P}\\s]+");

    /* A telephone number: seven digits or more in groups, or three to six right after "on",
     * "at", "الرقم", "رقم" (a short one counts only in a line speaking to its reader). */
    private static final Pattern PHONE = Pattern.compile("(?:\\+\\d{1,3}[\\s.-]?)?\\(?\\d{2,4}\\)?"
        + "(?:[\\s.-]?\\d{2,4}){2,4}|(?:\\bon|\\bat|الرقم|رقم)\\s\\+?\\d{3,6}\\b");
    private static final int PHONE_LINE_WORDS = 45;
    private static final Pattern DATE_LIKE = Pattern.compile(
        "\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{2}|\\d{4})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");

    /**
     * A line giving a number to call: a telephone number and a call-word (line-shapes.tsv), at
     * most forty-five words, reporting and quoting no one ("… can call the duty line on +382 20
     * 555 010, available 24 hours a day").
     */
    static boolean phoneLine(String s, String folded) {
      if (s.length() > 400) {
        return false;
      }
      int seen = 0;
      for (int i = 0; i < s.length() && seen < 3; i++) {
        seen += Character.isDigit(s.charAt(i)) ? 1 : 0;
      }
      if (seen < 3) {
        return false; // most lines: no number of three digits or more to call
      }
      boolean callWord = false;
      for (String w : CALL_WORDS_PHONE) {
        if (folded.contains(w)) {
          callWord = true; // a word holding it: the whole words are checked below
          break;
        }
      }
      if (!callWord || words(s) > PHONE_LINE_WORDS) {
        return false;
      }
      Matcher m = PHONE.matcher(org.sitrep.text.TextNormalizer.asciiDigits(s));
      // s34: a code to dial on a phone's keypad ("Dial *747#"): a service's, for its reader
      // (transfer-27's 2702, studied)
      boolean full = USSD.matcher(s).find();
      boolean shortNumber = false;
      while (m.find() && !full) {
        if (DATE_LIKE.matcher(m.group().strip()).matches()) {
          continue; // "12.03.2025", "2025-03-12": a date, not a number to call
        }
        int digits = 0;
        for (int i = m.start(); i < m.end(); i++) {
          digits += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        full = digits >= 7;
        shortNumber |= m.group().charAt(0) > '9' && m.group().charAt(0) != '+'
            && m.group().charAt(0) != '(';
      }
      if (!full && !shortNumber || QUOTE.matcher(s).find() || REPORTING.matcher(s).find()) {
        return false;
      }
      boolean call = false;
      boolean reader = false;
      for (String w : NOT_LETTER.split(folded)) {
        call |= CALL_WORDS_PHONE.contains(w);
        reader |= READER_WORDS.contains(w);
      }
      // a short number ("… عبر الرقم 998") only where the line speaks to its reader: a story
      // may tell that the civil defence urged residents to call it
      return call && (full || reader);
    }

    /* A code dialled on a phone's keypad: "*747#", "*120*3#". */
    private static final Pattern USSD = Pattern.compile("\\*\\d{2,4}(?:\\*\\d{1,6})*#");

    /* Marks at a word's ends. */
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /* The most characters of a caption told by having no verb (twenty long words). */
    private static final int VERBLESS_CHARS = 200;
    /* The most words of a caption told by having no verb. */
    private static final int VERBLESS_WORDS = 20;

    /**
     * A closed English sentence of four to twenty words with no verb in it (verb-form in
     * line-shapes.tsv, a word in -ed or -n't), naming no one speaking and quoting no one: a
     * photo's caption ("The port of Bar, Montenegro's main commercial harbour.").
     */
    static boolean verbless(String s, String folded) {
      if (s.length() > VERBLESS_CHARS) {
        return false; // most lines: a paragraph longer than any such caption
      }
      String t = s.strip();
      int w = words(t);
      if (w < 4 || w > VERBLESS_WORDS || !t.endsWith(".") || t.endsWith("..")
          || !Character.isUpperCase(t.charAt(0)) || t.charAt(0) > 0x24F
          || QUOTE.matcher(t).find() || t.indexOf('"') >= 0 || t.indexOf('“') >= 0
          || t.indexOf(':') >= 0 || t.indexOf('?') >= 0) {
        return false;
      }
      int head = -1; // the words before the first preposition or comma
      int k = 0;
      boolean english = false;
      boolean afterComma = false; // whether the word before ended in a comma
      for (String raw : folded.split(" ")) {
        String x = EDGE_PUNCT.matcher(raw.replace('’', '\'')).replaceAll("");
        if (x.isEmpty()) {
          continue;
        }
        if (x.charAt(0) > 0x24F || OTHER_FUNCTION_WORDS.contains(x)) {
          return false; // not a Latin line, or not English
        }
        if (k == 0 && CONJUNCTIONS.contains(x)) {
          return false; // "Or even for …": a sentence's tail
        }
        english |= ENGLISH_FUNCTION_WORDS.contains(x);
        if (head >= 1 && afterComma && PICTURE_PARTICIPLES.contains(x)) {
          // s37: a participle after the noun phrase and its comma ("The registration line
          // outside the coliseum, photographed from the school gate."): a reduced clause of the
          // picture's description, no verb of a sentence (transfer-33's 3304)
          afterComma = false;
          k++;
          continue;
        }
        afterComma = raw.endsWith(",");
        if (VERB_FORMS.contains(x) || x.length() >= 4 && x.endsWith("ed") || x.endsWith("n't")
            || x.endsWith("'s") && (VERB_FORMS.contains(x.substring(0, x.length() - 2))
            || PRONOUNS.contains(x.substring(0, x.length() - 2)))) {
          return false;
        }
        if (head < 0 && HEAD_ENDS.contains(x)) {
          head = k;
        }
        k++;
        if (head < 0 && raw.endsWith(",")) {
          head = k;
        }
      }
      // a caption's subject is a short noun phrase before its place or time ("A burned-out car
      // on a street in …", "BDF soldiers of the …"); "The port handles most of …" has a verb
      // the list lacks after its subject
      return english && head >= 1 && head <= VERBLESS_HEAD;
    }

    /* The words that open a relative clause. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");

    /**
     * s34: a closed English sentence of five to twenty-five words in the present ("Smoke rises
     * over Tyre after Israeli strikes on Wednesday afternoon.", "A container ship is loaded at
     * the Port of Kaohsiung on Friday.") that names a day: a photo's caption, as a report tells
     * a past day's event in the past. A verb in the present (verb-form, not past-form) or "is"
     * and "are" before a participle; no past-form word (a past, an auxiliary, a modal, a pronoun,
     * a verb whose past is its present), no word in -ed but after "is" or "are", one sentence,
     * no quote, naming no one speaking (transfer-25's 2508 and transfer-26's 2602, studied).
     */
    static boolean presentCaption(String s, String folded) {
      return presentCaption(s, folded, true);
    }

    /* As {@link #presentCaption(String, String)}; {@code day}: whether it must name a day. */
    static boolean presentCaption(String s, String folded, boolean day) {
      if (s.length() > VERBLESS_CHARS + 40) {
        return false;
      }
      String t = s.strip();
      // the tests of single characters first: most lines fail one of them
      if (t.length() < 20 || !t.endsWith(".") || t.endsWith("..") || t.charAt(0) > 0x24F
          || !Character.isUpperCase(t.charAt(0)) || t.indexOf('"') >= 0 || t.indexOf('“') >= 0
          || t.indexOf(':') >= 0 || t.indexOf('?') >= 0 || t.indexOf(';') >= 0) {
        return false;
      }
      int w = words(t);
      if (w < 5 || w > PRESENT_CAPTION_WORDS || INNER_STOP.matcher(t).find()
          || QUOTE.matcher(t).find() || REPORTING.matcher(t).find() || day && !namesDay(folded)
          || !day && !NAMED_PLACE.matcher(t).find()) {
        // (with no day it must name where: "… in central Sumy"; a feature's short lead in the
        // present names none: "Retiring early takes time and incredible discipline.")
        return false;
      }
      boolean present = false;
      boolean english = false;
      String prev = "";
      int k = 0;
      for (String raw : folded.split(" ")) {
        String x = EDGE_PUNCT.matcher(raw.replace('’', '\'')).replaceAll("");
        if (x.isEmpty()) {
          continue;
        }
        // s35: the verb of a relative clause may be past ("Families who fled Zamzam camp
        // arrive in Tawila …": transfer-30's 3005, studied); it is no verb of the caption's own
        boolean relative = k > 1 && RELATIVES.contains(prev);
        if (x.charAt(0) > 0x24F || OTHER_FUNCTION_WORDS.contains(x)
            || PAST_FORMS.contains(x) && !relative
            || x.endsWith("n't") || x.endsWith("'s") && PRONOUNS.contains(x.substring(0, x.length() - 2))) {
          return false;
        }
        if (k == 0 && CONJUNCTIONS.contains(x)) {
          return false;
        }
        english |= ENGLISH_FUNCTION_WORDS.contains(x) || HEAD_ENDS.contains(x);
        if (x.length() >= 4 && x.endsWith("ed") && !prev.equals("is") && !prev.equals("are")
            && !relative) {
          return false; // a past, or a participle no present passive holds
        }
        present |= k > 0 && !relative && VERB_FORMS.contains(x);
        prev = x;
        k++;
      }
      return english && present;
    }

    /**
     * s34: a short closed Arabic sentence whose subject comes first and whose verb is in the
     * present ("محمود أبو ظاهر يعرض صور أقاربه في منزله بمدينة مالمو.", "الطواقم تنقل إصابة …"):
     * a photo's caption, as a report opens with its verb in the past or names who says so. Five
     * to twenty words, no digit, no quote, no reporting word, one sentence; the first word no
     * conjunction, particle or verb; a word opening with ي or ت (not a noun: arabic-t-noun) among
     * the second to fourth words (transfer-25's 2521 and transfer-27's 2717, studied).
     */
    static boolean arabicPresentCaption(String s, String folded) {
      String t = s.strip();
      if (t.length() > VERBLESS_CHARS || t.length() < 20 || t.charAt(0) < 0x621
          || t.charAt(0) > 0x64A || !t.endsWith(".") || t.endsWith("..")
          || t.indexOf('«') >= 0 || t.indexOf('"') >= 0 || t.indexOf(':') >= 0
          || t.indexOf('؟') >= 0 || t.indexOf(". ") >= 0 || hasDigit(t)
          || REPORTING.matcher(t).find()) {
        return false;
      }
      String[] ws = NOT_LETTER.split(folded.strip());
      int w = ws.length;
      if (w < 5 || w > VERBLESS_WORDS || ws[0].isEmpty() || ws[0].charAt(0) < 0x621
          || ws[0].charAt(0) > 0x64A) {
        return false;
      }
      char c0 = ws[0].charAt(0);
      if (c0 == 'و' || c0 == 'ف' || c0 == 'ي' || c0 == 'ت' || c0 == 'أ' || c0 == 'إ'
          || c0 == 'ا' && !ws[0].startsWith("ال") || ARABIC_PARTICLES.contains(ws[0])) {
        return false; // a conjunction, a verb or a particle first: a report's sentence
      }
      for (int k = 1; k <= 3 && k < w; k++) {
        String x = ws[k];
        if (x.length() >= 4 && (x.charAt(0) == 'ي' && !x.startsWith("يوم") && !x.startsWith("يون")
            && !x.startsWith("يول") && !x.startsWith("ينا")
            || x.charAt(0) == 'ت' && !ARABIC_T_NOUNS.contains(x)
            && !(x.length() == 5 && x.charAt(3) == 'ي'))) {
          // (not a verbal noun of the form تفعيل: "تسجيل", "تنفيذ")
          return true;
        }
      }
      return false;
    }

    private static final java.util.Set<String> ARABIC_PARTICLES = java.util.Set.of("ان", "إن",
        "أن", "كما", "قد", "لكن", "لقد", "ثم", "حيث", "بينما", "منذ", "لم", "لن", "ما", "لا", "هذا",
        "هذه", "ذلك", "تلك", "هو", "هي", "هم", "نحن", "في", "على", "من", "الى", "إلى", "عن", "مع",
        "بعد", "قبل", "خلال", "عند", "وسط", "رغم", "اذ", "إذ", "اذا", "إذا");

    /* The most words of a caption in the present. */
    private static final int PRESENT_CAPTION_WORDS = 25;
    /* The most words of a caption in the present over the lead that names no day. */
    static final int CAPTION_OVER_LEAD_WORDS = 16;
    /* A place named after a preposition of place, perhaps behind two lower-case words ("at the
     * site in central Sumy", "near Kherson"). */
    private static final Pattern NAMED_PLACE = Pattern.compile(
        "\\b(?:in|at|near|outside|inside)\\s+(?:[a-z]+\\s+){0,2}\\p{Lu}");
    /* A sentence's stop inside a line, before another sentence. */
    private static final Pattern INNER_STOP = Pattern.compile("[.!?]\\s+\\p{Lu}");

    /* The most words before a verbless caption's first preposition or comma. */
    private static final int VERBLESS_HEAD = 3;
    private static final java.util.Set<String> HEAD_ENDS = java.util.Set.of("of", "in", "on",
        "at", "near", "during", "after", "before", "with", "from", "by", "as", "outside",
        "inside", "amid", "under", "over", "along", "across", "into", "toward", "towards",
        "behind", "beside", "between", "for", "following");
    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS =
        java.util.Set.of("the", "of", "a", "an", "near", "at", "during", "and", "with", "its");
    /* Function words of the other languages in Latin script that a page may be in. */
    private static final java.util.Set<String> OTHER_FUNCTION_WORDS = java.util.Set.of("der",
        "die", "das", "und", "ein", "eine", "ist", "le", "la", "les", "des", "du", "et", "est",
        "el", "los", "las", "del", "y", "que", "es", "il", "di", "della", "och", "og",
        "het", "een", "van", "da", "do", "dos", "uma", "um", "ve", "bir", "ja", "je", "na", "se",
        "yang", "dan", "és", "az");
    private static final java.util.Set<String> CONJUNCTIONS =
        java.util.Set.of("and", "but", "or", "so", "yet", "because", "while", "although");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "he", "she",
        "that", "there", "here", "what", "who", "where", "this", "which");

    /* A fact box's label alone on a line ("KEY FACTS", "What we know:"): a box-label or a
     * summary-label. */
    static boolean boxLabelAlone(String folded) {
      if (folded.length() > 40 || folded.isEmpty()) {
        return false;
      }
      int end = folded.length();
      while (end > 0 && !Character.isLetterOrDigit(folded.charAt(end - 1))) {
        end--; // the label's colon or stop and the spaces after it, as END_PUNCT_SPACE takes
      }
      String f = folded.substring(0, end).strip();
      return BOX_LABELS.contains(f) || SUMMARY_LABELS.contains(f);
    }

    /* The most words of a fact box's label before its colon. */
    private static final int BOX_LABEL_WORDS_MAX = 4;

    /**
     * A fact box set inside the text as one line ("KEY CONTEXT: The M23 is one of more than 100
     * armed groups …", "خلفية: …"): a box-label, then a colon and the box's text. A Latin label
     * in capitals only: "Context: …" in sentence case opens paragraphs of some outlets' stories.
     * (s33, transfer-25's study half)
     */
    static boolean factBox(String s, String folded) {
      int colon = s.indexOf(':');
      if (colon <= 0 || colon > 40 || s.length() > 900) {
        return false;
      }
      String label = s.substring(0, colon).strip();
      if (words(label) > BOX_LABEL_WORDS_MAX || words(s) - words(label) < 5) {
        return false;
      }
      int fc = folded.indexOf(':');
      if (fc <= 0 || !BOX_LABELS.contains(folded.substring(0, fc).strip())) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (c < 0x250 && Character.isLowerCase(c)) {
          return false; // "Context: …" in sentence case
        }
      }
      return true;
    }

    /* A fact check's claim label alone ("Claim", "The claim:", "الادعاء المتداول"). */
    static boolean claimLabel(String folded) {
      return folded.length() <= 40
          && CLAIM_LABELS.contains(END_PUNCT_SPACE.matcher(folded).replaceAll("").strip());
    }

    /*
     * A fact check's rating label, alone (1: "Our verdict", "الحكم") or before its value (2:
     * "Rating: Partly false", "الحكم: مضلّل"); 0 when the line is neither.
     */
    static int verdictLabel(String folded) {
      if (folded.length() > 60) {
        return 0;
      }
      String f = END_PUNCT_SPACE.matcher(folded).replaceAll("").strip();
      if (VERDICT_LABELS.contains(f)) {
        return 1;
      }
      int colon = f.indexOf(':');
      return colon > 0 && VERDICT_LABELS.contains(f.substring(0, colon).strip())
          && words(f.substring(colon + 1)) <= 4 ? 2 : 0;
    }

    /* A sponsor's label alone on a line ("Sponsored", "Partner content", "محتوى ممول"). */
    static boolean sponsorLabel(String folded) {
      String f = END_PUNCT_SPACE.matcher(folded).replaceAll("").strip();
      return SPONSOR_LABELS.contains(f);
    }

    /* A clip's or a recording's label: a clip-word, then a colon, a bar or a play mark ("Watch:
     * …", "Listen: …", "فيديو | …", "شاهد: …"). */
    static boolean clipLabel(String s) {
      String t = s.strip();
      int k = firstWordEnd(t);
      if (k == 0 || k >= t.length()) {
        return false;
      }
      String rest = t.substring(k).stripLeading();
      return !rest.isEmpty() && (rest.charAt(0) == ':' || rest.charAt(0) == '|' || rest.charAt(0) == '▶')
          && CLIP_WORDS.contains(org.sitrep.text.TextNormalizer.fold(t.substring(0, k)));
    }

    /* A line of a few words that names a social platform ("View this post on Instagram"). */
    static boolean namesPlatform(String folded) {
      if (folded.length() > 60) {
        return false;
      }
      for (String w : folded.split("[^\\p{L}]+")) {
        if (w.length() > 1 && PLATFORM_NAMES.contains(w)) {
          return true; // ("x" alone is too short a word to tell)
        }
      }
      return false;
    }

    /* A social platform's name alone on a line ("Telegram", "X", "تلغرام"). */
    static boolean platformName(String folded) {
      return folded.length() <= 20 && PLATFORM_NAMES.contains(
          END_PUNCT_SPACE.matcher(folded).replaceAll("").strip());
    }


    /* s38: a clip's label of a few words opening with a clip-word and no stop ("LISTEN",
     * "استمع إلى التقرير", "Watch the video"): over a running time or a clip's line, the
     * player's (transfer-40's 4005 and 4017, studied). */
    static boolean clipHead(String s) {
      String t = s.strip();
      if (t.isEmpty() || t.length() > 40 || words(t) > CLIP_HEAD_WORDS || closed(t)
          || hasDigit(t)) {
        return false;
      }
      int k = firstWordEnd(t);
      return k > 0 && CLIP_WORDS.contains(org.sitrep.text.TextNormalizer.fold(t.substring(0, k)));
    }

    /* Where the first word of {@code t} ends: its letters and their marks. */
    private static int firstWordEnd(String t) {
      int k = 0;
      while (k < t.length() && (Character.isLetter(t.charAt(k)) || Character.getType(t.charAt(k))
          == Character.NON_SPACING_MARK)) {
        k++;
      }
      return k;
    }

    private static final int CLIP_HEAD_WORDS = 4;

    /* s38: a breaking-news ticker's label alone on its line ("BREAKING", "عاجل"): the line
     * under it is the ticker's item, not the headline (transfer-39's 3905 and 3917, studied). */
    static boolean tickerLabelAlone(String s) {
      String f = END_PUNCT_SPACE.matcher(org.sitrep.text.TextNormalizer.fold(s.strip()))
          .replaceAll("").strip();
      return f.length() <= 20 && ALONE_TICKER_LABELS.contains(f);
    }

    /* The text after a ticker's, a banner's or a media item's label and its colon, dash or bar
     * ("BREAKING: …", "عاجل: …"), when a headline's words follow; else null. */
    static String afterTickerLabel(String s) {
      String t = s.strip();
      String f = org.sitrep.text.TextNormalizer.fold(t);
      for (String label : TICKER_LABELS) {
        if (f.startsWith(label) && f.length() > label.length()) {
          // the label's length in the line: fold keeps letters one for one but for marks
          int cut = labelEnd(t, label.length());
          Matcher m = cut < 0 ? null : LABEL_END.matcher(t.substring(cut));
          if (m != null && m.matches() && words(m.group(1)) >= LABELLED_HEADLINE_WORDS) {
            return m.group(1).strip();
          }
          return null;
        }
      }
      return null;
    }

    /* The index in t after its first n folded characters (diacritics and tatweels skipped), or -1. */
    private static int labelEnd(String t, int n) {
      int k = 0;
      int seen = 0;
      while (k < t.length() && seen < n) {
        char ch = t.charAt(k);
        if (Character.isWhitespace(ch)) {
          // (s37: fold keeps one space between words, which a character alone folds to nothing:
          // "On Air Now: …" was cut two letters late, transfer-35's 3504)
          if (k == 0 || !Character.isWhitespace(t.charAt(k - 1))) {
            seen++;
          }
          k++;
          continue;
        }
        String c = org.sitrep.text.TextNormalizer.fold(t.substring(k, k + 1));
        seen += c.length();
        k++;
      }
      return seen == n ? k : -1;
    }

    /* The most words of a call to action, and of a line naming an app store. */
    private static final int CALL_WORDS = 30;
    private static final int STORE_LINE_WORDS = 12;
    /* Where a sentence or a clause of a line begins: after a stop, a colon, a comma or a bar. */
    private static final Pattern CLAUSE = Pattern.compile("[.!?؟:;،,|]+\\s*|\\s[-–—]\\s");
    /* Words of a call for money or support rather than for an app or a newsletter. */
    private static final Pattern MONEY = Pattern.compile("donat|contribut|support|تبرع|دعم|مساهم");

    /**
     * A call to action, wherever it stands: a line of at most thirty words, quoting and reporting
     * no one, a sentence or clause of which opens with an imperative of such calls (action-verb:
     * "Get the app …", "… Download now", "تبرع الآن …") and that holds what such calls ask for
     * (action-object: an app, alerts, a newsletter, a donation, support for the site); a short
     * line naming an app store (store-name: "Available on the App Store and Google Play"); or a
     * line appealing to the reader for money or support (appeal-phrase: "Your donation helps
     * …", "… تحتاج إلى دعمك"). Returns "donation" for a call for money or support, "subscribe"
     * for another, null for no call. {@code folded} is the line folded.
     */
    static String callToAction(String s, String folded) {
      if (s.length() > 240) {
        return null;
      }
      if (!mayCall(folded)) {
        return null; // most lines: no store's or appeal's key word, no clause opening a call
      }
      int w = words(s);
      if (w > CALL_WORDS) {
        return null;
      }
      String padded = " " + String.join(" ", NOT_LETTER.split(folded)).strip() + " ";
      boolean appeal = holdsPhrase(padded, APPEAL_PHRASES);
      boolean call = appeal || w <= STORE_LINE_WORDS && holdsPhrase(padded, STORE_NAMES);
      if (!call && holdsPhrase(padded, ACTION_OBJECTS)) {
        for (String clause : CLAUSE.split(s)) {
          if (opensCall(clause)) {
            call = true;
            break;
          }
        }
      }
      if (!call || QUOTE.matcher(s).find() || REPORTING.matcher(s).find()) {
        return null;
      }
      return appeal || MONEY.matcher(padded).find() ? "donation" : "subscribe";
    }

    /* The most words of a call's button under its pitch ("Donate now", "تبرع الآن"). */
    private static final int BUTTON_WORDS = 3;

    /**
     * A call's button: a line of at most three words, no sentence, taken as a call to action
     * ({@code kind} "donation" or "subscribe").
     */
    static boolean callButton(String s, String folded, String kind) {
      boolean call = "donation".equals(kind) || "subscribe".equals(kind);
      if (!call && kind != null || s.length() > 40 || s.isEmpty()) {
        return false;
      }
      if (!call) {
        // most short lines: their first word opens no call
        int sp = 0;
        while (sp < folded.length() && isWordChar(folded.charAt(sp))) {
          sp++;
        }
        if (!VERB_FIRST.contains(folded.substring(0, sp))) {
          return false;
        }
      }
      if (words(s) > BUTTON_WORDS || closed(s)) {
        return false;
      }
      return call || bareCall(folded);
    }

    /* A button's bare imperative: an action-verb and nothing after it but action-next words
     * ("Give today", "Subscribe", "Join now", "تبرع الآن"). */
    private static boolean bareCall(String folded) {
      String padded = String.join(" ", NOT_LETTER.split(folded)).strip();
      for (String v : ACTION_VERBS) {
        if (padded.equals(v) || padded.startsWith(v + " ")) {
          String rest = padded.substring(v.length()).strip();
          boolean next = true;
          for (String w : rest.isEmpty() ? new String[0] : rest.split(" ")) {
            next &= ACTION_NEXT.contains(w);
          }
          if (next) {
            return true;
          }
        }
      }
      return false;
    }

    /* The kind of a button and its pitch: "donation" when either asks for money or support. */
    static String buttonKind(String buttonFolded, String pitchFolded) {
      return MONEY.matcher(buttonFolded).find() || MONEY.matcher(pitchFolded).find()
          || GIVE.matcher(buttonFolded).find() ? "donation" : "subscribe";
    }

    private static final Pattern GIVE = Pattern.compile("\\bgive\\b");

    /**
     * The pitch over a call's button: a line of at most thirty words that speaks to its reader
     * (reader-word: "Your gift can provide …", "يمكنك …"), quoting and reporting no one. Only
     * with the button right under it (see {@link #callButton}): a story may say "you".
     */
    static boolean buttonPitch(String s, String folded) {
      if (s.length() > 240 || words(s) > CALL_WORDS) {
        return false;
      }
      boolean reader = false;
      for (String w : NOT_LETTER.split(folded)) {
        if (READER_WORDS.contains(w)) {
          reader = true;
          break;
        }
      }
      return reader && !QUOTE.matcher(s).find() && !REPORTING.matcher(s).find();
    }

    /* True when the folded line may be a call: it holds the key word of a store's name or of an
     * appeal, or a clause of it (the line, or after a stop, colon, comma or bar) opens with the
     * first word of an action-verb. One scan of its letter runs, each word's String hash read in
     * place: a substring only for a likely word. */
    private static boolean mayCall(String folded) {
      int n = folded.length();
      boolean start = true;
      int i = 0;
      while (i < n) {
        char c = folded.charAt(i);
        if (!isWordChar(c)) {
          if (".!?؟:;،,|".indexOf(c) >= 0) {
            start = true;
          } else if (c != ' ') {
            start = false;
          }
          i++;
          continue;
        }
        int j = i + 1;
        int h = c;
        while (j < n && isWordChar(folded.charAt(j))) {
          h = 31 * h + folded.charAt(j);
          j++;
        }
        if (j - i <= callWordMax && java.util.Arrays.binarySearch(callWordHashes, h) >= 0
            && CALL_WORDS_ANY.contains(folded.substring(i, j))) {
          return true;
        }
        if (start && java.util.Arrays.binarySearch(verbHashes, h) >= 0
            && VERB_FIRST.contains(folded.substring(i, j))) {
          return true;
        }
        start = false;
        i = j;
      }
      return false;
    }

    private static boolean isWordChar(char c) {
      return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /* True when a clause opens with an action-verb: one of two words or more, or one word
     * followed by an action-next word or nothing ("Download now", "Donate"). */
    private static boolean opensCall(String clause) {
      String t = clause.strip();
      int sp = t.indexOf(' ');
      if (t.isEmpty() || (sp < 0 ? t : t.substring(0, sp)).indexOf('-') >= 0) {
        return false; // "Follow-up talks …"
      }
      String[] ws = NOT_LETTER.split(org.sitrep.text.TextNormalizer.fold(t).strip());
      for (String v : ACTION_VERBS) {
        String[] vs = v.split(" ");
        if (ws.length < vs.length || !String.join(" ", java.util.Arrays.copyOf(ws, vs.length))
            .equals(v)) {
          continue;
        }
        if (vs.length > 1 || ws.length == 1 || ACTION_NEXT.contains(ws[1])
            || PHONE_NEXT.matcher(t).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    /* A verb and a number to dial or text right after it ("Dial 988 then …", "text 838255"). */
    private static final Pattern PHONE_NEXT = Pattern.compile("\\S+\\s+\\+?[\\d\\p{Nd}][\\d\\p{Nd} -]{2,}");

    /* True when the padded text (" w1 w2 … ") holds one of the phrases as whole words. */
    private static boolean holdsPhrase(String padded, List<String> phrases) {
      for (String ph : phrases) {
        if (padded.contains(" " + ph + " ")) {
          return true;
        }
      }
      return false;
    }

    /* The most words of a line of a newsletter's box set inside the text. */
    private static final int SUBSCRIBE_LINE_WORDS = 12;

    /* A line of a newsletter's box ("Get the daily news in your inbox", "Enter your email
     * address", "اشترك في نشرتنا"): a subscribe-word in a short line reporting no one, not
     * closed as a sentence unless of eight words or fewer. */
    static boolean subscribeLine(String s) {
      int w = words(s);
      return w <= SUBSCRIBE_LINE_WORDS && subscribeBox(s) && (w <= 8 || !closed(s))
          && !QUOTE.matcher(s).find();
    }

    /* The most words of a greeting or of a language switcher. */
    private static final int ASIDE_WORDS = 8;

    /**
     * A line that speaks to the reader about the page rather than telling the story: a
     * newsletter's greeting ("Welcome to the Morning Brief.", "أهلاً بكم في النشرة") or a
     * language switcher ("Also available in العربية", "Read this in French", "اقرأ بالإنجليزية"):
     * at most eight words opening with an aside-phrase, reporting no one.
     */
    static boolean asideLine(String s, String folded) {
      return s.length() <= 80 && words(s) <= ASIDE_WORDS && opensWith(folded.strip(), ASIDE_PHRASES)
          && !REPORTING.matcher(s).find() && !QUOTE.matcher(s).find();
    }

    /*
     * True when line {@code i} is a question ("Should the army withdraw?", "هل تتوقع …؟") over
     * two short answers or more, one to a line ("Yes", "No", "لا أعرف"), or side by side on the
     * last line ("Was this helpful?" over "Yes No", "نعم لا"): a poll's or a rating's box.
     */
    static boolean pollQuestion(List<Line> ls, int i) {
      String t = ls.get(i).text.strip();
      if (t.isEmpty() || t.charAt(t.length() - 1) != '?' && t.charAt(t.length() - 1) != '؟'
          || words(t) > POLL_QUESTION_WORDS) {
        return false;
      }
      int answers = 0;
      for (int j = i + 1; j < ls.size() && answers < 2; j++) {
        String a = ls.get(j).text.strip();
        if (words(a) > POLL_ANSWER_WORDS || a.length() > POLL_ANSWER_CHARS || closed(a)) {
          return false;
        }
        answers++;
      }
      return answers == 2 || answers == 1 && i + 2 == ls.size()
          && words(ls.get(i + 1).text) >= 2 && pollPart(ls.get(i + 1).text, POLL_ANSWER_WORDS);
    }

    /* A post's filing line holds at most this many words. */
    private static final int POST_META_WORDS = 40;

    /**
     * True for a post's filing line ("This entry was posted in Security and tagged … on April 3,
     * 2020 by …", "نشر في أخبار محلية بتاريخ 3 أبريل 2020"): at most forty words opening with a
     * post-meta phrase and holding a full date. Under the text it is chrome, and its date dates a
     * page nothing else dated.
     */
    static boolean postMeta(String s, String folded) {
      if (s.length() > 400 || !hasDigit(s) || !opensWith(folded.strip(), POST_META)
          || words(s) > POST_META_WORDS) {
        return false;
      }
      return DateExpressions.find(s, true).isPresent();
    }

    /* Whether folded text opens with one of {@code phrases} as whole words. */
    private static boolean opensWith(String folded, List<String> phrases) {
      for (String ph : phrases) {
        if (folded.startsWith(ph) && (folded.length() == ph.length()
            || !Character.isLetterOrDigit(folded.charAt(ph.length())))) {
          return true;
        }
      }
      return false;
    }

    /**
     * A link or a button written as a sentence: a line of at most twelve words opening with the
     * imperative of a link ("Click to read the article in Turkish", "Find out more about our
     * work in X", "اضغط هنا لمتابعة …"; link-verb), quoting no one; or a citation label and what
     * follows it ("Cite as: …", "للاستشهاد: …"; cite-label).
     */
    static boolean linkPrompt(String s, String folded) {
      if (s.length() > 160) {
        return false;
      }
      String f = folded.strip();
      if (opensWith(f, CITE_LABELS)) {
        int c = f.indexOf(':');
        return c > 0 && c <= 30;
      }
      int w = words(s);
      if (w > 12) {
        return false;
      }
      boolean opens = opensWith(f, LINK_VERBS);
      if (!opens) {
        // "لمتابعة الخبر من مصدره اضغط هنا": the link's words at the line's end
        int e = f.length();
        while (e > 0 && " .!:…»›>".indexOf(f.charAt(e - 1)) >= 0) {
          e--;
        }
        String bare = f.substring(0, e);
        for (String ph : LINK_ENDS) {
          if (bare.endsWith(ph) && (bare.length() == ph.length()
              || !Character.isLetterOrDigit(bare.charAt(bare.length() - ph.length() - 1)))) {
            opens = true;
            break;
          }
        }
      }
      if (!opens) {
        // a row of buttons in title case ("Text-Only Version Go To Full Site"): a link-verb
        // anywhere in a short line whose every word is capitalized, no sentence's end
        if (w > 8 || closed(s) || !titleCased(s)) {
          return false;
        }
        for (String ph : LINK_VERBS) {
          if (f.indexOf(" " + ph + " ") > 0) {
            opens = true;
            break;
          }
        }
      }
      return opens && !SPEECH.matcher(s).find() && !REPORTING.matcher(s).find();
    }

    /* Every word opens with a capital letter (a script with capitals only). */
    private static boolean titleCased(String s) {
      int n = 0;
      for (String w : SPACES_OR_HYPHENS.split(s.strip())) {
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
          continue;
        }
        if (!Character.isUpperCase(w.codePointAt(0))) {
          return false;
        }
        n++;
      }
      return n >= 3;
    }

    /* s54: the marks of a page's script, style or data text ("function(", "=>", "){", "});",
     * "!==", "typeof", "var x =", "window.", ".push(", '{"@context":'). */
    private static final Pattern CODE_MARK = Pattern.compile(
        "function\\s?\\(|=>|\\)\\s?\\{|\\}\\)?;|[!=]==|\\btypeof\\b"
            + "|\\b(?:var|let|const)\\s+[\\w$]+\\s?="
            + "|\\b(?:window|document)\\.[\\w$]+|\\.push\\(|\\{\\s?\"@?[\\w$-]+\"\\s?:");
    /* A quoted key of structured data and its colon: '"@type":', '"headline": '. */
    private static final Pattern JSON_KEY = Pattern.compile("\"[\\w@$-]{1,40}\"\\s?:");
    /* A style sheet's rule: a selector, then properties with their colons in braces. */
    private static final Pattern STYLE_RULE = Pattern.compile(
        "^(?:[.#@]?[\\w-]+(?:[ >+~,.:#\\w-]*[\\w-])?\\s?\\{[^{}]*:[^{}]*\\}\\s?)+$");

    /**
     * s54: text a crawl kept from the page's script, style sheet or structured data, whatever
     * its words ("googletag.cmd.push(function() {…});", ".footer-links a{color:#767676}",
     * '{"@context":"https://schema.org",…}'): two marks of code, a whole line of style rules, or
     * an object of three quoted keys. No sentence of prose has them (transfer-55's 5503 and 5515,
     * studied).
     */
    static boolean codeLine(String s) {
      if (s.indexOf('{') < 0 && s.indexOf(';') < 0 && s.indexOf('=') < 0) {
        return false;
      }
      String t = s.strip();
      // structured data: an object of three quoted keys or more ('{"@context":"…","@type":…')
      return found(CODE_MARK, s, 2) || STYLE_RULE.matcher(t).matches()
          || (t.startsWith("{") || t.startsWith("[{")) && found(JSON_KEY, s, 3);
    }

    /* True when {@code p} is found at least {@code times} times in {@code s}. */
    private static boolean found(Pattern p, String s, int times) {
      Matcher m = p.matcher(s);
      int n = 0;
      while (n < times && m.find()) {
        n++;
      }
      return n >= times;
    }

    /**
     * A time alone on a line: a stamp with no year ("17.05 GMT", "منذ 40 دقيقة"), or two to four
     * date words with no digit ("منذ ساعة", "an hour ago"): a live page's entry time, no prose.
     */
    static boolean timeAlone(String s) {
      int w = words(s);
      return stampLine(s) || w >= 2 && w <= 4 && dateWordsOnly(s)
          || s.length() <= 50 && ZONED_TIME.matcher(org.sitrep.text.TextNormalizer.asciiDigits(s.strip())).matches();
    }

    /*
     * A clip's running time alone on a line: "02:36", "00:02:41", "(3:12)", "2:14 min", a
     * player's "00:00 / 01:47". Returns 2 when the line can only be a player's (a unit of
     * minutes, or two times with a slash), 1 when it may be a clock's time as well, else 0.
     */
    static int runningTime(String s) {
      if (s.length() > 30) {
        return 0;
      }
      Matcher m = RUNNING_TIME.matcher(org.sitrep.text.TextNormalizer.asciiDigits(s.strip()));
      if (!m.matches()) {
        return 0;
      }
      return m.group(1) != null || m.group(2) != null ? 2 : 1;
    }

    private static final Pattern RUNNING_TIME = Pattern.compile(
        "[(\\[]?\\d{1,2}:\\d{2}(?::\\d{2})?[)\\]]?(\\s?/\\s?\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "(\\s?(?:min|mins|minutes|sec|secs|seconds|دقيقة|دقائق|د|ث))?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /* A clock time and whose time it is ("12:10 بتوقيت بيروت", "09:45 Beirut time", "10:30 GMT"):
     * an entry's stamp on a live page (s28). */
    private static final Pattern ZONED_TIME = Pattern.compile(
        "\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|ص|م)?\\s+"
            + "(?:(?:بتوقيت|بالتوقيت|توقيت)(?:\\s\\p{L}+){1,2}|(?:\\p{L}+\\s){0,2}time|local time|gmt|utc|كتغ)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /*
     * A media item's label: a headline of three words or more with its clip's running time after
     * it ("Rescuers search for survivors in Khan Sheikhoun 02:31", "Play video 01:12"), no other
     * digit, no date word and no sentence's stop before the time: a video or audio link (a
     * player's list beside the story), never the page's headline nor its date line ("Updated at
     * 10:58" holds a date word). (s22-ingest)
     */
    static boolean mediaLabel(String s) {
      String t = s.strip();
      Matcher m = DURATION_END.matcher(t);
      if (t.length() > 160 || !m.find()) {
        return false;
      }
      String head = t.substring(0, m.start()).strip();
      if (clipLabel(head) && words(head) >= 2) {
        return true; // "Listen: the 7 o'clock bulletin on the arrivals ▶ 03:12"
      }
      // s38: "The Examiner Daily | What now for Irish troops in Lebanon? | 24:32": a show's
      // name and an episode's title in bars before the time; a question's stop inside them
      boolean barred = head.endsWith("|") && head.indexOf('|') < head.length() - 1;
      if (head.isEmpty() || hasDigit(head) || words(head) < 2
          || !barred && STOP.matcher(head).find()) {
        return false;
      }
      for (String w : NOT_LETTER.split(head)) {
        if (!w.isEmpty() && DATE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))
            && w.length() > 1) {
          return false; // "Posted at 10:58", "آخر تحديث 10:58": a time stamp's words
        }
      }
      return true;
    }

    /* A sentence's stop, at a word's end. */
    private static final Pattern STOP = Pattern.compile("[.!?؟](?:\\s|$)");

    /* A clip's running time closing a line: "02:31", "1:04:10", "(3:12)", not a clock's "10:58 am". */
    private static final Pattern DURATION_END =
        Pattern.compile("\\s[(\\[]?\\d{1,2}:\\d{2}(?::\\d{2})?[)\\]]?$");

    private static void addFolded(java.util.Set<String> set, String words) {
      for (String w : words.split("\\|")) {
        set.add(org.sitrep.text.TextNormalizer.fold(w.strip()));
      }
    }

    private LineShapes() {}

    /* Whether a caption's bracketed tail names a picture's source ("واس", "PA Wire", "أرشيفية"). */
    static boolean creditWord(String credit) {
      return CREDIT_WORDS.contains(org.sitrep.text.TextNormalizer.fold(credit.strip()));
    }

    /* A divider of marks alone on a line ("• • •", "* * *", "———"): after the prose, with
     * nothing but short lines under it (a thread's or a newsletter's notes), the text's end. */
    static boolean divider(String s) {
      String t = s.strip();
      return t.length() >= 3 && t.length() <= 20 && DIVIDER.matcher(t).matches();
    }

    private static final Pattern DIVIDER = Pattern.compile("(?:[•·*∗⁂~_=—–-]\\s?){3,}");

    /* A wire story's end mark alone on a line ("Enditem", "(end)", "انتهى"). */
    static boolean endMark(String s) {
      // up to a closing formula's length ("والسلام عليكم ورحمة الله وبركاته")
      return s.length() <= 40 && endMarkLine.matcher(s).matches();
    }

    /* Where an end mark after the last sentence of a line starts ("… sovereignty. Enditem"), or -1. */
    static int endMarkTail(String s) {
      Matcher m = endMarkTail.matcher(s);
      return m.find() ? m.start() : -1;
    }

    /**
     * A breadcrumb: two items or more between ">", "»", "›", "/" or "|", the first a word of a
     * site's home ("home-word": "Home > Middle East", "الرئيسية » سياسة » مقتل …").
     */
    static boolean breadcrumb(String s) {
      String t = s.strip();
      if (t.length() > 240) {
        return false;
      }
      int sep = -1;
      for (int k = 0; k < t.length() && sep < 0; k++) {
        sep = ">»›/|".indexOf(t.charAt(k)) >= 0 ? k : -1;
      }
      if (sep < 0) {
        return false; // no separator: most lines
      }
      String[] items = BREADCRUMB_SEP.split(t, 2);
      return items.length == 2 && !items[1].isBlank()
          && HOME_WORDS.contains(org.sitrep.text.TextNormalizer.fold(items[0].strip()));
    }

    private static final Pattern BREADCRUMB_SEP = Pattern.compile("\\s*[>»›/|]\\s*");

    /**
     * A line of a newsletter or subscription box: at most sixteen words, not a report, holding a
     * word of such boxes ("subscribe-word": "Get the top stories in your inbox").
     */
    static boolean subscribeBox(String s) {
      return s.length() <= 160 && words(s) <= 16 && holds(s, SUBSCRIBE_WORDS)
          && !REPORTING.matcher(s).find();
    }

    /**
     * A line of a cookie-consent banner: at most 30 words, not a report, holding a phrase of such
     * banners ("consent-phrase": "We use some essential cookies …", "Accept additional cookies",
     * "نستخدم ملفات تعريف الارتباط"). {@code folded} is the line folded.
     */
    static boolean consentLine(String s, String folded) {
      if (s.length() > 240) {
        return false;
      }
      boolean held = false;
      for (String c : CONSENT_PHRASES) {
        if (folded.contains(c)) {
          held = true;
          break;
        }
      }
      int w = -1;
      if (!held) {
        if (!mayNameLegalPage(folded)) {
          return false; // most lines
        }
        // the names of a site's legal pages: two of them, or one in a line of a few words
        int legal = 0;
        for (String c : LEGAL_PHRASES) {
          if (folded.contains(c)) {
            legal++;
          }
        }
        if (legal == 0) {
          return false;
        }
        w = words(s);
        held = legal >= 2 || w <= 8;
      }
      return held && (w < 0 ? words(s) : w) <= 30 && !REPORTING.matcher(s).find();
    }

    /* Words one of which every legal-phrase holds ("Terms of Use", "Privacy Policy", "شروط
     * الاستخدام"): a line without any names none. */
    private static final String[] LEGAL_KEYS = {"polic", "terms", "privacy", "agreement",
        "guidelines", "شروط", "سياسة", "اتفاقية"};

    private static boolean mayNameLegalPage(String folded) {
      for (String k : LEGAL_KEYS) {
        if (folded.indexOf(k) >= 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * A note on readers' comments: at most 25 words, not a report, holding a word of such notes
     * ("comment-note-word": "Please keep comments civil").
     */
    static boolean commentNote(String s) {
      return s.length() <= 240 && words(s) <= 25 && holds(s, COMMENT_NOTE_WORDS)
          && !REPORTING.matcher(s).find();
    }

    /* True when a word of {@code s}, folded, is in {@code set}. */
    private static boolean holds(String s, java.util.Set<String> set) {
      for (String w : NOT_LETTER.split(org.sitrep.text.TextNormalizer.fold(s))) {
        if (set.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * An author's note: the line opens with the name of one of the page's writers ({@code names},
     * folded) and a word of such notes after it ("bio-word": "Jane Roe is a reporter …").
     */
    static boolean authorNote(String folded, List<String> names) {
      if (folded.length() > 400) {
        return false;
      }
      for (String name : names) {
        if (name.length() >= 5 && folded.startsWith(name + " ")) {
          String[] rest = NOT_LETTER.split(folded.substring(name.length()).strip(), 2);
          if (rest.length > 0 && BIO_WORDS.contains(rest[0])) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * A line that states a date and little else ("Last Update: Sunday, 19 March 2017 KSA 11:06 -
     * GMT 08:06", "Posted By: Staff | March 19, 2017", "منذ 3 ساعات | 19 مارس 2017"): besides its
     * dates only the date words of the lexicon, short capitalized zone codes and at most one
     * other word, or a byline of a few words. A headline that names a date ("Talks to resume in
     * Geneva on March 23, 2017") has more words of its own.
     */
    static boolean dateLine(String s) {
      if (s.length() > 140 || !hasDigit(s)) {
        return false;
      }
      List<DateExpressions.Found> dates = DateExpressions.all(s, true, 3);
      if (dates.isEmpty()) {
        return false;
      }
      StringBuilder rest = new StringBuilder();
      int from = 0;
      for (DateExpressions.Found d : dates) {
        rest.append(s, from, d.start()).append(' ');
        from = d.end();
      }
      rest.append(s, from, s.length());
      // "الأحد - 25 جمادى الأولى 1439 هـ - 11 فبراير 2018 مـ": another calendar's date beside it
      String restText = withoutOtherCalendarDates(rest.toString());
      int other = 0;
      for (String w : NOT_LETTER.split(restText)) {
        if (w.isEmpty()) {
          continue;
        }
        boolean zone = w.length() <= 4 && w.codePoints().allMatch(Character::isUpperCase);
        if (!zone && !DATE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))) {
          other++;
        }
      }
      return other <= 1 || other <= 5 && Bylines.looksLikeByline(s)
          || labelledAtStart(s, dates.get(0))
          || other <= 3 && namedAtStart(s, dates.get(0), other);
    }

    /* A writer's name before the date: two or three capitalized words, a separator at most. */
    private static final Pattern NAME_BEFORE_DATE = Pattern.compile(
        "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2}\\s*[,/|–—-]?\\s*");

    /*
     * True when {@code s} opens with a writer's name of two or three capitalized words and then
     * its full date, and those are all its words besides date words ("Christian Kahle,
     * 03.11.2023 15:32 Uhr", "Jane Roe / 07.11.2023 / 09:30"): a byline with its date; one
     * word may follow the date.
     */
    private static boolean namedAtStart(String s, DateExpressions.Found first, int other) {
      if (other < 2 || first.value().length() < 10) {
        return false; // a name of one word, or a date without its day
      }
      String head = s.substring(0, first.start());
      // (one word may follow the date: "Uhr", "heures")
      return NAME_BEFORE_DATE.matcher(head).matches()
          && other - BodyLines.words(head) <= 1;
    }

    /* What may stand between a publication label and its date: "Published on 13/11/2023". */
    private static final Pattern LABEL_GAP = Pattern.compile(
        "[\\s:：\\-–—|]*(?:(?:on|at|في|بتاريخ)(?![\\p{L}]))?[\\s:：\\-–—|]*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /*
     * True when {@code s} opens with a publication label whose date {@code first} follows it
     * right away ("Published on 13/11/2023 - 09:52 By Jane Roe - Reporter - Agency - City",
     * "نشر في 3 مارس 2020 بواسطة …"): the page's date line whatever credits it goes on with.
     */
    private static boolean labelledAtStart(String s, DateExpressions.Found first) {
      String head = s.substring(0, first.start());
      if (head.length() > 40 || !HtmlDates.opensWithPublicationLabel(head)) {
        return false;
      }
      java.util.regex.Matcher m = HtmlDates.publicationLabel(head.strip());
      return m != null && LABEL_GAP.matcher(head.strip().substring(m.end())).matches();
    }

    /**
     * A time stamp with no year: only date words, month names and numbers or times, at least a
     * number and a word ("Last updated 3 hours ago", "آخر تحديث منذ 3 ساعات", "Tuesday, April 10",
     * "الثلاثاء 10 نيسان الساعة 10:45"): chrome, never a headline, never prose.
     */
    /*
     * A row of figures a ticker or a widget shows ("Brent 64.55 ▼ 1.20%", "مواقيت الصلاة: الفجر
     * 4:38 الظهر 11:45 …", "الرياض 34° غائم جزئيا"): a rise or fall arrow; a degree sign in a
     * line of a few words; three clock times or more; or figures making up half the words or
     * more, three at least. A headline with a figure or two ("3 killed in …", "Oil jumps 10%")
     * is none. Never a headline, never prose.
     */
    static boolean dataLine(String s) {
      if (s.length() > 160 || !hasDigit(s) || closed(s.strip())) {
        return false;
      }
      String a = org.sitrep.text.TextNormalizer.asciiDigits(s);
      if (ARROW.matcher(a).find() || words(a) <= 6 && DEGREES.matcher(a).find()) {
        return true;
      }
      Matcher deg = DEGREES.matcher(a);
      if (deg.find() && deg.find()) {
        return true; // s37: two temperatures, a weather bar of cities ("Galați 19°C, clear | …")
      }
      int figures = 0;
      int times = 0;
      int all = 0;
      for (String w : a.strip().split("\\s+")) {
        all++;
        if (FIGURE.matcher(w).matches()) {
          figures++;
          times += CLOCK.matcher(w).matches() ? 1 : 0;
        }
      }
      return times >= 3 || figures >= 3 && figures * 2 >= all;
    }

    /* A figure: digits with their separators, a time, a per cent. */
    private static final Pattern FIGURE = Pattern.compile("[+-]?\\d[\\d.,:]*(?:%|[ap]m)?",
        Pattern.CASE_INSENSITIVE);
    /* A time, perhaps with its half of the day glued on ("7:47pm": a table of times, s32). */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?:[ap]m)?",
        Pattern.CASE_INSENSITIVE);
    /* A ticker's rise or fall arrow. */
    private static final Pattern ARROW = Pattern.compile("[▲▼△▽↑↓]");
    /* A temperature: "34°", "34 °C". */
    private static final Pattern DEGREES = Pattern.compile("\\d\\s?°");

    static boolean stampLine(String s) {
      if (s.length() > 60 || !hasDigit(s) || words(s) > 8) {
        return false;
      }
      if (DateExpressions.find(s, true).isPresent()) {
        return false; // "Updated 21-09-14": a complete date, its year in two digits
      }
      boolean number = false;
      boolean word = false;
      for (String w : NOT_LETTER_DIGIT_COLON.split(org.sitrep.text.TextNormalizer.asciiDigits(s))) {
        if (w.isEmpty()) {
          continue;
        }
        if (DAY_OR_TIME.matcher(w).matches()) {
          number = true;
        } else if (DATE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))
            || org.sitrep.text.Months.month(w) != null) {
          word = true;
        } else if (!number || !ZONE_WORD.matcher(w).matches()) {
          // s46: a time zone's letters after the time, "Posted at 16:40 EET" (a live blog's
          // post stamps: transfer-46's 4603, studied)
          return false;
        }
      }
      return number && word;
    }

    /* Folded phrases of a row, longest first (so "comment by" is tried before "by"). */
    private static void addLongestFirst(List<String> into, String row) {
      addPhrases(into, row);
      into.sort((a, b) -> b.length() - a.length());
    }

    /* A comment's number before its head ("#3", "1.", "3)"), and a mention's "@". */
    private static final Pattern COMMENT_NUMBER = Pattern.compile(
        "^(?:#\\s?[\\d٠-٩]{1,4}|[\\d٠-٩]{1,3}[.)-])\\s+|^@");
    /* What may follow a commenter's name on its line: a place or affiliation after a dash or a
     * dot, a time after "on"/"at"/"في"/"—"/"|", a date's digits. */
    private static final Pattern NAME_TAIL = Pattern.compile(
        "\\s+(?:[-–—·|@•]|on|at|في|الساعة|بتاريخ|\\()\\s.*$|\\s+[\\d٠-٩].*$");
    /* A place or affiliation after a dash or a dot ("أبو صهيب - بنغازي 17-05-2014"). */
    private static final Pattern NAME_PLACE = Pattern.compile("\\s[-–—·|•]\\s");
    private static final Pattern NAME_END_MARKS = Pattern.compile("(?:[\\s:…،,]|\\.{2,})+$");

    /**
     * The writer's name a comment's head line gives in a form of words, or null: "Samir H.
     * says:", "Anonymous said...", "سالم المصراتي يقول:", "Comment by Haneen — July 25, 2014 @
     * 1:10 pm", "Posted by Fatima on 17/02/2015 at 21:37", "Maya R. in reply to Abu Hadi",
     * "#1 أبو صهيب - بنغازي 17-05-2014 15:22", "1. محمد عاطف". The name keeps its own words
     * ("Mariam from Benghazi"), not the place, date or addressee after it. {@code numbered}:
     * a number before a name alone makes it a head too.
     */
    static String commentAuthor(String line) {
      String t = line.strip();
      if (t.length() > 120 || t.isEmpty()) {
        return null;
      }
      boolean numbered = false; // "#3 X": a forum's or a comment plugin's post number
      java.util.regex.Matcher num = COMMENT_NUMBER.matcher(t);
      if (num.find()) {
        numbered = t.startsWith("#");
        t = t.substring(num.end()).strip(); // "1. X" is a head only over its time (the caller)
      }
      String f = org.sitrep.text.TextNormalizer.fold(t);
      for (String by : COMMENT_BY) {
        if (f.startsWith(by + " ") && t.length() > by.length() + 1) {
          return nameBefore(t.substring(skipWords(t, by)), null);
        }
      }
      for (String to : COMMENT_REPLY_TO) {
        int at = f.indexOf(" " + to + " ");
        if (at > 0) {
          return nameOf(t, wordsIn(f.substring(0, at)));
        }
      }
      String core = NAME_END_MARKS.matcher(f).replaceFirst("");
      boolean marked = core.length() < f.length() && f.substring(core.length()).matches(
          ".*[:.…].*");
      for (String said : COMMENT_SAID) {
        if (marked && core.endsWith(" " + said)) {
          // "Samir H. says:", "Anonymous said...", "سالم المصراتي يقول:"
          return nameOf(t, wordsIn(core.substring(0, core.length() - said.length())));
        }
      }
      for (Pattern p : COMMENT_PROFILE) {
        if (p.matcher(t).matches()) {
          return null; // "المشاركات: 412": a poster's profile
        }
      }
      java.util.regex.Matcher sep = NAME_PLACE.matcher(t);
      if (numbered || sep.find() && hasDigit(t)) {
        // "May 27, 2012 at 6:41 pm" is a time, not May's comment; but "Mohammed K. | September
        // 15, 2019 at 10:05 am" is his (barHead)
        boolean named = !numbered
            && barHead(t.substring(0, sep.start()).strip(), t.substring(sep.end()));
        return !numbered && !named && (dateLine(t) || TextPageParser.dateOnly(t)) ? null
            : nameBefore(t, null);
      }
      return null;
    }

    /*
     * A commenter's name before a bar and his comment's time ("Mohammed K. | September 15, 2019
     * at 10:05 am", "أحمد سعيد | 16 فبراير 2015 - 01:10 م"): two to four words, no digit, no
     * date, every Latin word capitalized or a name's particle, and a clock after the bar (a
     * related headline's date has none: "Flights suspended at Srinagar airport — May 7, 2025").
     */
    private static boolean barHead(String head, String tail) {
      int n = wordsIn(head);
      if (n < 2 && !USER_HANDLE.matcher(head).matches() || n > 4 || hasDigit(head)
          || dateLine(head) || TextPageParser.dateOnly(head)
          || !CLOCK.matcher(org.sitrep.text.TextNormalizer.fold(tail)).find()) {
        return false;
      }
      if (USER_HANDLE.matcher(head).matches()) {
        return true; // "patriot_mike": a handle is written as its user chose
      }
      String[] ws = WHITE.split(head);
      for (int i = 0; i < ws.length; i++) {
        String w = ws[i];
        int c = w.codePointAt(0);
        if (c < 0x0250 && Character.isLetter(c) && !Character.isUpperCase(c)
            && !NAME_PARTICLE.matcher(w).matches()
            && !(i == 1 && ws.length == 3 && w.equals("from"))) { // s51: "Layla from Dearborn"
          return false;
        }
      }
      return true;
    }

    private static final Pattern WHITE = Pattern.compile("\\s+");
    /* s50: a user's handle of one word, joined by underscores ("Lina_Beirut"): a name too. */
    private static final Pattern USER_HANDLE = Pattern.compile("\\p{L}+(?:_\\p{L}+)+");
    /* Lower-case words inside a Latin name ("al-Hamdani", "bin", "de"). */
    private static final Pattern NAME_PARTICLE = Pattern.compile(
        "(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|bint|abu|de|da|del|van|von|le|la)(?:-.*)?");

    /** True when a comment's head line opens with the words before its writer ("Posted by"). */
    static boolean commentByLine(String line) {
      String f = org.sitrep.text.TextNormalizer.fold(line.strip());
      for (String by : COMMENT_BY) {
        if (f.startsWith(by + " ")) {
          return true;
        }
      }
      return false;
    }

    /**
     * A commenter's name line without the place, affiliation or time after it ("Tariq Nasser ·
     * Taiz", "أبو علي - بغداد"): the line as it is when nothing follows the name.
     */
    static String commentName(String line) {
      String t = COMMENT_NUMBER.matcher(line.strip()).replaceFirst("");
      String name = NAME_END_MARKS.matcher(NAME_TAIL.matcher(t).replaceFirst("")).replaceFirst("")
          .strip();
      return name.isEmpty() ? t : name;
    }

    /* The first {@code n} words of {@code t} as written, or null when they are no name. */
    private static String nameOf(String t, int n) {
      String[] w = t.split("\\s+");
      if (n < 1 || n > 5 || n > w.length) {
        return null;
      }
      String name = String.join(" ", java.util.Arrays.copyOf(w, n));
      return nameLike(name) ? name : null;
    }

    /* The name at the start of {@code t}, before a place, time or date after it; or null. */
    private static String nameBefore(String t, String fallback) {
      String name = NAME_TAIL.matcher(t).replaceFirst("");
      name = NAME_END_MARKS.matcher(name).replaceFirst("").strip();
      return nameLike(name) ? name : fallback;
    }

    /* An initial before a name ("S. Pillai"): its stop is no sentence's mark. */
    private static final Pattern INITIAL = Pattern.compile("(?<!\\p{L})\\p{Lu}\\.(?=\\s)");

    /* One to five words, a letter first, no sentence's mark inside (an initial's stop aside). */
    private static boolean nameLike(String name) {
      int n = name.isEmpty() ? 0 : name.split("\\s+").length;
      return n >= 1 && n <= 5 && Character.isLetter(name.codePointAt(0))
          && !INITIAL.matcher(name).replaceAll("").matches(".*[.!?؟;:،,\"“”«»].*[\\p{L}].*")
          && !hasDigit(name);
    }

    private static int wordsIn(String s) {
      return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /* The offset in {@code t} after as many words as the folded phrase {@code by} holds. */
    private static int skipWords(String t, String by) {
      int n = wordsIn(by);
      java.util.regex.Matcher w = Pattern.compile("\\S+\\s*").matcher(t);
      int end = 0;
      for (int i = 0; i < n && w.find(); i++) {
        end = w.end();
      }
      return end;
    }

    /**
     * True when a line around a comment is its apparatus, not its words: a date or a time
     * alone, buttons and counters ("Reply", "Report abuse", "رد | اقتباس", "إعجاب (45) | رد",
     * "أعجبني · رد · 37 · 2 أغسطس 2014 الساعة 10:02 ص", "عضو جديد"), a forum profile's line
     * ("المشاركات: 412", "رد: <the thread's title>").
     */
    static boolean commentMeta(String line) {
      String t = line.strip();
      if (t.isEmpty() || t.length() > 160) {
        return false;
      }
      if (timeOrProfile(t)) {
        return true;
      }
      boolean meta = false;
      for (String w : NOT_LETTER.split(t)) {
        if (w.isEmpty()) {
          continue;
        }
        String f = org.sitrep.text.TextNormalizer.fold(w);
        if (COMMENT_META_WORDS.contains(f)) {
          meta = true;
        } else if (!DATE_WORDS.contains(f)) {
          return false;
        }
      }
      return meta || POST_NUMBER_ALONE.matcher(t).matches();
    }

    /* A post's number alone ("#3", "12"). */
    private static final Pattern POST_NUMBER_ALONE = Pattern.compile("#?\\s?[\\d٠-٩]{1,4}");

    /* A comment's time alone (where the line holds a digit) or a forum profile's line. */
    private static boolean timeOrProfile(String t) {
      for (Pattern p : COMMENT_PROFILE) {
        if (p.matcher(t).matches()) {
          return true;
        }
      }
      return t.length() <= 100 && hasDigit(t) && (dateLine(t) || TextPageParser.dateOnly(t));
    }

    /**
     * True when a line under a commenter's name is his comment's stamp: its time, a forum
     * profile's line, or his rank ("عضو جديد", "Senior Member"); not a button, which follows
     * the comment's words ("Reply").
     */
    static boolean commentStamp(String line) {
      String t = line.strip();
      if (t.isEmpty() || t.length() > 160) {
        return false;
      }
      if (timeOrProfile(t)) {
        return true;
      }
      boolean rank = false;
      for (String w : NOT_LETTER.split(t)) {
        if (!w.isEmpty() && !(rank = COMMENT_RANK_WORDS.contains(
            org.sitrep.text.TextNormalizer.fold(w)))) {
          return false;
        }
      }
      return rank;
    }

    /** True when {@code s} holds date words and punctuation only ("Sunday, ", "الأحد "). */
    static boolean dateWordsOnly(String s) {
      if (s.length() > 30 || hasDigit(s)) {
        return false;
      }
      for (String w : NOT_LETTER.split(s)) {
        if (!w.isEmpty() && !DATE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))) {
          return false;
        }
      }
      return true;
    }

    /**
     * A share bar: a short line not closed as a sentence whose words are mostly share words and
     * network names, at least two of them ("Share this article: Facebook Twitter WhatsApp Email",
     * "Share on Facebook Share on Twitter", "شارك هذا المقال: فيسبوك تويتر واتساب").
     */
    static boolean shareBar(String s) {
      if (s.length() > 160 || words(s) > 14 || SENTENCE_END.matcher(s).find()) {
        return false;
      }
      int share = 0;
      int other = 0;
      int counts = 0;
      for (String w : NOT_WORD.split(s)) {
        if (w.isEmpty()) {
          continue;
        }
        if (SHARE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))) {
          share++;
        } else if (w.codePoints().allMatch(Character::isDigit)) {
          counts++; // "Facebook 214 Twitter 37": the counts of the buttons
        } else {
          other++;
        }
      }
      return (share >= 3 || share >= 2 && counts >= 1) && other <= 1 && share + other <= 14;
    }

    /*
     * One or two words of a share bar alone on a line ("WhatsApp", "تيليغرام"), perhaps with the
     * button's count ("Facebook 12", "فيسبوك ٢٣").
     */
    static boolean shareWordsOnly(String s) {
      if (s.length() > 30 || words(s) > 3) {
        return false;
      }
      int share = 0;
      int counts = 0;
      for (String w : NOT_WORD.split(s)) {
        if (w.isEmpty()) {
          continue;
        }
        if (w.codePoints().allMatch(Character::isDigit)) {
          counts++;
          continue;
        }
        if (!SHARE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))) {
          return false;
        }
        share++;
      }
      return share > 0 && share <= 2 && counts <= 1;
    }

    /*
     * A share prompt of two words, a share verb and its object ("Share article", "شارك المقال"),
     * or of three, a share verb, a share word and the name of what the page is ("Share this
     * gallery", "شارك هذا الألبوم").
     */
    static boolean sharePrompt(String s) {
      if (s.length() > 30) {
        return sharingAsked(s);
      }
      int w = words(s);
      if (w == 2 && shareWordsOnly(s) || w == 3 && !closed(s)) {
        String[] ws = NOT_WORD.split(s.strip());
        return ws.length == w && SHARE_VERBS.contains(org.sitrep.text.TextNormalizer.fold(ws[0]))
            && (w == 2 || SHARE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(ws[1])));
      }
      return false;
    }

    /* The most words of a prompt that asks the reader to share the page in other words. */
    private static final int SHARING_PROMPT_WORDS = 16;

    /*
     * A prompt to share the page in a sentence of its own, with no imperative first ("Help keep
     * family & friends informed by sharing this article", "Know someone who would like this?
     * Share this story with them", "ساعدنا في نشر الحقيقة بمشاركة هذا الخبر"): a line of up to
     * sixteen words not closed by a stop, a share verb (share-verb in line-shapes.tsv) right
     * before one or two share words ("this article", "هذا الخبر"), reporting no one. (s22-ingest)
     */
    static boolean sharingAsked(String s) {
      String t = s.strip();
      if (t.length() > 160 || t.endsWith(".") || words(t) > SHARING_PROMPT_WORDS
          || REPORTING.matcher(t).find()) {
        return false;
      }
      String[] ws = NOT_WORD.split(t);
      for (int k = 0; k + 1 < ws.length; k++) {
        if (!SHARE_VERBS.contains(org.sitrep.text.TextNormalizer.fold(ws[k]))) {
          continue;
        }
        String a = org.sitrep.text.TextNormalizer.fold(ws[k + 1]);
        String b = k + 2 < ws.length ? org.sitrep.text.TextNormalizer.fold(ws[k + 2]) : "";
        if (PAGE_WORDS.contains(a) || SHARE_WORDS.contains(a) && !a.equals("on")
            && PAGE_WORDS.contains(b)) {
          return true;
        }
      }
      return false;
    }


    /**
     * A line of a site's menu or breadcrumb: three or more short items between separators ("Home
     * | World | Middle East", "News > Middle East > Syria", "الرئيسية | أخبار | سوريا"), or a run of
     * date words alone (a weekday menu, "Monday Tuesday Wednesday …").
     */
    static boolean menuLine(String s) {
      return menuLine(s, 3);
    }

    /*
     * s51: the day's date as a menu's first item, then three sections or more of three words at
     * most and no year ("الجمعة 8 آب 2025 | لبنان | عربي ودولي | اقتصاد | رأي"; transfer-52's
     * 5223, studied): the site's menu under the crawl day, not a date line of the article.
     */
    private static boolean datedMenu(String t) {
      String[] barred = MENU_BAR.split(t);
      if (barred.length < 4 || !TextPageParser.dateOnly(barred[0].strip())) {
        return false;
      }
      for (int k = 1; k < barred.length; k++) {
        String item = barred[k];
        if (item.isBlank() || words(item) > 3 || YEAR.matcher(item).find()
            || SENTENCE_MARK.matcher(item).find()) {
          return false;
        }
      }
      return true;
    }

    /**
     * A menu line whose items apart by separators may hold up to {@code itemWords} words each
     * (under the text, five: a row of links, "Corrections and clarifications | Send us a tip |
     * Report error").
     */
    static boolean menuLine(String s, int itemWords) {
      String t = s.strip();
      if (breadcrumb(t)) {
        return true;
      }
      if (t.length() > 200) {
        return false;
      }
      if (MENU_PUNCT.matcher(t).find()) {
        // "Local News | Sports | Weather 72°F | e-Edition": four items or more apart by bars,
        // each of three words at most, may hold a number (a temperature, an edition's)
        int bars = 0;
        for (int k = 0; k < t.length(); k++) {
          char c = t.charAt(k);
          bars += c == '|' || c == '•' || c == '·' ? 1 : 0;
        }
        if (bars >= 3 && datedMenu(t)) {
          return true;
        }
        if (bars < 3 || SENTENCE_MARK.matcher(t).find() || YEAR.matcher(t).find()) {
          return false; // most lines: no bars
        }
        String[] barred = MENU_BAR.split(t);
        if (barred.length < 4) {
          return false;
        }
        for (String item : barred) {
          if (item.isBlank() || words(item) > 3) {
            return false;
          }
        }
        return true;
      }
      String[] items = MENU_SEP.split(t);
      if (items.length >= 3) {
        int shortItems = 0;
        for (String item : items) {
          if (!item.isBlank() && words(item) <= itemWords) {
            shortItems++;
          }
        }
        if (shortItems == items.length) {
          return true;
        }
      }
      String[] ws = NOT_LETTER.split(t);
      if (menuWords(ws)) {
        return true;
      }
      int dateWords = 0;
      for (String w : ws) {
        if (!w.isEmpty() && DATE_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))) {
          dateWords++;
        } else if (!w.isEmpty()) {
          return false;
        }
      }
      return dateWords >= 3;
    }

    /* Four words or more, at least two thirds of them words of a site's menu ("menu-word"). */
    private static boolean menuWords(String[] ws) {
      int all = 0;
      int menu = 0;
      for (String w : ws) {
        if (!w.isEmpty()) {
          all++;
          if (MENU_WORDS.contains(org.sitrep.text.TextNormalizer.fold(w))) {
            menu++;
          }
        }
      }
      return all >= 4 && all <= 16 && 3 * menu >= 2 * all;
    }

    /* "...المزيد", "Read more »": a link to the rest of another article. */
    /**
     * A header over a list of other headlines, by its shape: at most five words, no sentence
     * punctuation, a word of such headers ("related-word": "Related coverage", "الأخبار ذات
     * الصلة", "More from Syria"), and the next line a bulleted item.
     */
    static boolean relatedHeader(String folded, String next) {
      if (next == null || !BULLET.matcher(next).find() || folded.length() > 48
          || folded.matches(".*[.!?؟]\\s*$")) {
        return false;
      }
      String[] w = folded.split("[^\\p{L}\\p{N}]+");
      if (w.length > 5) {
        return false;
      }
      for (String x : w) {
        if (RELATED_WORDS.contains(x)) {
          return true;
        }
      }
      return false;
    }

    /* A field of a metadata line: a label of one to three words, a colon, a short value. */
    private static final Pattern LABEL_FIELD =
        Pattern.compile("^\\p{L}+(?:\\s\\p{L}+){0,2}\\s?:\\s?\\S.{0,58}$");
    /* A field of a metadata line that is a numeric date, a time, or both ("2019-12-04 10:22:31"). */
    private static final Pattern NUMERIC_FIELD = Pattern.compile("^[\\p{Nd}][\\p{Nd}\\s/.:\\-–]{3,24}$");

    /**
     * True when a line is a row of metadata fields set apart by bars: each field a label and its
     * value ("Source: …", "المحرر: …") or a numeric date and time, at least one of each
     * ("المصدر: … | 2019-12-04 10:22:31 | المحرر: …"). Such a line states who and when, never the
     * headline.
     */
    static boolean fieldsLine(String text) {
      String t = text.strip();
      if (t.length() > 200 || t.indexOf('|') < 0) {
        return false;
      }
      int labels = 0;
      int dates = 0;
      for (String f : t.split("\\|")) {
        String x = f.strip();
        if (x.isEmpty()) {
          continue;
        }
        if (NUMERIC_FIELD.matcher(x).matches() && x.chars().filter(Character::isDigit).count() >= 4) {
          dates++;
        } else if (LABEL_FIELD.matcher(x).matches()) {
          labels++;
        } else {
          return false;
        }
      }
      return labels >= 1 && dates >= 1;
    }

    /* The most words of a box's own label ("Related Articles", "Read More", "اقرأ أيضا"). */
    private static final int BOX_LABEL_WORDS = 3;

    /**
     * True when a short line ({@code text}, {@code folded}) labels a box of links rather than
     * being one of its headlines: a read-more link, or at most three words, no sentence, one of
     * them a related-word or an also-word ("Related Articles", "Most Read", "شاهد أيضا"). A box
     * printed twice over ("Read More" and "Related Articles" above each of its links) has such
     * lines between its headlines.
     */
    static boolean boxLabel(String text, String folded) {
      String t = text.strip();
      if (readMore(t)) {
        return true;
      }
      if (words(t) > BOX_LABEL_WORDS || closed(t)) {
        return false;
      }
      for (String x : folded.split("[^\\p{L}\\p{N}]+")) {
        if (RELATED_WORDS.contains(x) || ALSO_WORDS.contains(x)) {
          return true;
        }
      }
      return false;
    }

    /* A count at either end of a short header: "(3)", "[12]", "12". */
    private static final Pattern COUNT =
        Pattern.compile("^[(\\[]?\\p{Nd}{1,5}[)\\]]?\\s+|\\s*[(\\[]?\\p{Nd}{1,5}[)\\]]?$");

    /**
     * A short header after the body that opens the readers' comments or a list of other
     * headlines, by its shape: at most six words, no digit (but a comments header with its count:
     * "Comments (12)"), not a sentence, a word of such headers ("comment-word": "Discussion",
     * "النقاش"; "related-word": "مواضيع مرتبطة", "More on Syria"). Returns "comment-widget",
     * "related-header" or null. A related header has no paragraph of prose (twenty words or
     * more, closed) below it ({@code below}: the folded lines after it), so that a subheading in
     * the article ("More strikes") is not one.
     */
    static String tailHeader(String s, List<String> below) {
      String t = s.strip();
      if (t.endsWith(":")) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (hasDigit(t)) {
        // "Comments (3)", "عدد التعليقات (٣)", "12 Comments": the readers' comments and their
        // count
        String bare = COUNT.matcher(t).replaceAll("").strip();
        return bare.length() < t.length() && !bare.isEmpty() && !hasDigit(bare)
            && words(bare) <= 3 && "comment-widget".equals(tailHeader(bare, List.of()))
            ? "comment-widget" : null;
      }
      if (t.isEmpty() || t.length() > 48 || words(t) > 6 || closed(t)
          || BULLET.matcher(t).find()) {
        return null;
      }
      boolean comment = false;
      boolean related = false;
      for (String w : NOT_LETTER.split(org.sitrep.text.TextNormalizer.fold(t))) {
        comment |= COMMENT_WORDS.contains(w);
        related |= RELATED_WORDS.contains(w);
      }
      if (comment && words(t) <= 3) {
        return subheading(t, below) ? null : "comment-widget";
      }
      if (!related && !dayBox(t)) {
        return null;
      }
      for (String b : below) {
        if (words(b) >= 20 && closed(b)) {
          return null;
        }
      }
      return "related-header";
    }

    /*
     * A comment-word's short line that is a subheading of the story ("Reactions abroad", "ردود
     * الفعل الدولية"): it holds a word that is neither a comment-word nor one a comments' header
     * holds beside it (comment-header-word: "reader", "your", "add"), and a paragraph of the story
     * (twenty words or more, closed) comes right under it.
     */
    private static boolean subheading(String t, List<String> below) {
      if (words(t) < 2 || below.isEmpty() || words(below.get(0)) < 20 || !closed(below.get(0))) {
        return false;
      }
      for (String w : NOT_LETTER.split(org.sitrep.text.TextNormalizer.fold(t))) {
        if (!w.isEmpty() && !COMMENT_WORDS.contains(w) && !COMMENT_HEADER_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /* The most words of a daily feature's label. */
    private static final int DAY_BOX_WORDS = 4;

    /*
     * A daily feature's label ("Quote of the day", "Photo of the week", "حديث اليوم", "صورة
     * اليوم"): a box the site sets under every article, as a list of other headlines is.
     */
    static boolean dayBox(String t) {
      if (words(t) > DAY_BOX_WORDS) {
        return false;
      }
      for (Pattern p : DAY_BOX) {
        if (p.matcher(t).matches()) {
          return true;
        }
      }
      return false;
    }

    static boolean readMore(String s) {
      if (words(s) > 5) {
        return false;
      }
      for (Pattern p : READ_MORE) {
        if (p.matcher(s).matches()) {
          return true;
        }
      }
      return false;
    }

    /**
     * A short line that is a date of another calendar ("الأحد 15 شوال 1439 هـ", "ט"ו בתמוז
     * תשע"ח"): chrome, never read as the Gregorian date.
     */
    /* {@code s} without the dates of another calendar in it (their digits made ASCII). */
    static String withoutOtherCalendarDates(String s) {
      if (!hasDigit(s)) {
        return s;
      }
      String t = calendarText(s);
      for (Pattern p : OTHER_CALENDAR_DATE) {
        t = p.matcher(t).replaceAll(" ");
      }
      return t;
    }

    /* A line as the calendar rows read it: ASCII digits, no Arabic short vowels, shadda or
     * tatweel ("٢١ شوّال ١٤٤٠هـ" is "21 شوال 1440هـ"). */
    private static String calendarText(String s) {
      String t = org.sitrep.text.TextNormalizer.asciiDigits(s);
      return HARAKAT.matcher(t).find() ? HARAKAT.matcher(t).replaceAll("") : t;
    }

    private static final Pattern HARAKAT = Pattern.compile("[\\u064B-\\u0652\\u0640]");

    static boolean otherCalendar(String s) {
      if (s.length() > 80 || words(s) > 10) {
        return false;
      }
      String t = calendarText(s.strip());
      for (Pattern p : OTHER_CALENDAR) {
        if (p.matcher(t).matches()) {
          // "Monday, March 5, 2018 | 18 Adar 5778": a Gregorian date beside it makes the line
          // the page's date line
          return DateExpressions.find(withoutOtherCalendarDates(t), true).isEmpty();
        }
      }
      return false;
    }

    /*
     * True when a line ({@code folded}) names one of the page's own names and speaks of a site
     * or a service ("site-word"): the site's note under an article.
     */
    static boolean siteNote(String folded, List<String> names) {
      if (folded.length() > 320 || names.isEmpty()) {
        return false;
      }
      boolean named = false;
      for (String name : names) {
        int k = folded.indexOf(name);
        if (k >= 0 && (k == 0 || !Character.isLetter(folded.charAt(k - 1)))
            && (k + name.length() == folded.length()
            || !Character.isLetter(folded.charAt(k + name.length())))) {
          named = true;
          break;
        }
      }
      if (!named) {
        return false;
      }
      for (String w : NOT_WORD.split(folded)) {
        if (SITE_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A prompt to follow the site elsewhere ("Follow UN News", "Follow us on Telegram", "تابعوا
     * آخر الأخبار عبر قناة الراية على تيليجرام"): at most twelve words, not closed as a sentence,
     * opening with a "follow-word" and holding a network's name ("share-word"), a channel word
     * ("channel-word") or one of the page's own names ({@code names}, folded); or such a prompt
     * as the last sentence of a short line, after a sentence of a few words that reports no one
     * ("Stay up to date with the latest news. Follow X on Google News").
     */
    static boolean followPrompt(String s, String folded, List<String> names) {
      if (followClause(s, folded, names)) {
        return true;
      }
      if (s.length() > 200) {
        return false;
      }
      // the last sentence: after the last stop that a space follows, none at the line's end
      int k = s.length() - 1;
      while (k > 0 && !(".!?؟".indexOf(s.charAt(k - 1)) >= 0
          && Character.isWhitespace(s.charAt(k)))) {
        if (".!?؟".indexOf(s.charAt(k)) >= 0 && k == s.length() - 1) {
          return false; // the line ends as a sentence does
        }
        k--;
      }
      if (k <= 0) {
        return false;
      }
      String last = s.substring(k).strip();
      String lastFolded = org.sitrep.text.TextNormalizer.fold(last);
      if (!FOLLOW_WORDS.contains(firstWord(lastFolded)) || words(s) > FOLLOW_LINE_WORDS
          || words(s.substring(0, k)) > FOLLOW_LEAD_WORDS) {
        return false;
      }
      return !REPORTING.matcher(s).find() && !QUOTE.matcher(s).find()
          && followClause(last, lastFolded, names);
    }

    /* The most words of a line that ends in a prompt to follow the site. */
    private static final int FOLLOW_LINE_WORDS = 24;
    /* The most words before such a prompt on its line. */
    private static final int FOLLOW_LEAD_WORDS = 12;

    /* A prompt to follow the site elsewhere on a line of its own (see followPrompt). */
    private static boolean followClause(String s, String folded, List<String> names) {
      if (s.length() > 120 || !FOLLOW_WORDS.contains(firstWord(folded)) || words(s) > 12
          || SENTENCE_END.matcher(s).find()) {
        return false; // most lines: long, or another first word
      }
      String[] ws = NOT_LETTER.split(folded.strip());
      int first = ws.length > 0 && ws[0].isEmpty() ? 1 : 0;
      if (ws.length <= first || !FOLLOW_WORDS.contains(ws[first])) {
        return false;
      }
      for (int k = first + 1; k < ws.length; k++) {
        if (CHANNEL_WORDS.contains(ws[k]) || SHARE_WORDS.contains(ws[k]) && !ws[k].equals("on")
            && !ws[k].equals("this") && !ws[k].equals("على") && !ws[k].equals("عبر")
            && !ws[k].equals("هذا")) {
          return true;
        }
      }
      for (String name : names) {
        if (name.length() >= 3 && folded.contains(name)) {
          return true;
        }
      }
      return ws.length - first <= 3; // "Follow UN News": the verb and a short name
    }

    /**
     * A picture's caption by its opening word ("picture-word": "صورة أرشيفية لقرية … - رووداو",
     * "Photo taken on Oct. 10 shows smoke … (Xinhua)"): at most forty words, quoting no one,
     * and either no sentence or ended by a credit (in brackets, after a dash or a slash, a ©).
     */
    static boolean pictureCaption(String s, String folded) {
      if (s.length() > 320) {
        return false;
      }
      if (galleryCaption(folded)) {
        return true;
      }
      if (opensWith(folded, VIEW_PHRASES)) {
        // "جانب من تشييع الضحايا …", "واجهة المتحف قبل الحرب.", "A general view of the port."
        int w = words(s);
        return w >= 3 && w <= PICTURE_SENTENCE_WORDS && !SPEECH.matcher(s).find()
            && !REPORTING.matcher(s).find() && !QUOTE.matcher(s).find();
      }
      if (!PICTURE_FIRST.contains(firstWord(folded))) {
        // "Header image: Smoke rises over the port. — Agency": a label of a few words, one of
        // them a picture-word, before a colon
        int c = folded.indexOf(':');
        if (c <= 0 || c > 30 || !pictureLabel(folded.substring(0, c))) {
          return false; // most lines: another first word, no such label
        }
        String rest = s.substring(Math.min(s.length(), s.indexOf(':') + 1)).strip();
        int w = words(rest);
        return w >= 3 && w <= 40 && !SPEECH.matcher(rest).find()
            && (!closed(rest) || CREDIT_END.matcher(rest).find());
      }
      boolean opens = false;
      for (String w : PICTURE_WORDS) {
        if (folded.startsWith(w) && folded.length() > w.length()
            && !Character.isLetterOrDigit(folded.charAt(w.length()))) {
          opens = true;
          break;
        }
      }
      int w = words(s);
      // s34: a picture-word and the verb of who released it ("صورة نشرها جهاز الأمن … قال إنها
      // …", "Image released by … which it said shows …"): a caption, though it tells what its
      // source says of it (transfer-27's 2722, studied)
      if (!opens || w > 40 || w < 3) {
        return false;
      }
      String[] first = NOT_LETTER.split(folded, 4);
      if (SPEECH.matcher(s).find() && !(first.length >= 3 && RELEASE_WORDS.contains(first[1]))) {
        return false;
      }
      String t = s.strip();
      if (!closed(t) || CREDIT_END.matcher(t).find()) {
        return true;
      }
      // "صورة أرشيفية لمقر الأمانة العامة في القاهرة.", "Archive photo of the ministry.": a
      // picture-word and an archive-word first, a sentence describing a picture (s33)
      if (first.length >= 3 && ARCHIVE_WORDS.contains(first[1]) && !REPORTING.matcher(s).find()) {
        return true;
      }
      // "File photo used for illustrative purposes only.": a note that it only illustrates
      for (String x : NOT_LETTER.split(folded)) {
        if (ILLUSTRATION_WORDS.contains(x)) {
          return w <= 15 && !REPORTING.matcher(s).find();
        }
      }
      return false;
    }

    /* The word after a picture-word that says the picture is an archive's. */
    private static final Set<String> ARCHIVE_WORDS =
        Set.of("ارشيفيه", "archive", "archival", "file"); // folded: no hamza, ة as ه

    /* Verbs of a picture's release right after its picture-word (folded). */
    private static final Set<String> RELEASE_WORDS = Set.of("نشرها", "نشرتها", "بثها", "بثتها",
        "وزعها", "وزعتها", "تداولها", "تداولتها", "released", "distributed", "provided", "handed");

    /* True when the folded line names a day as a lead dates its event (day-word), a word
     * alone or after the Arabic conjunction ("وأمس", "والأحد"). */
    /* A part's number: "(3 of 5)", "(3/5)", "Part 3", "(٣ من ٥)", "الحلقة 3". */
    private static final Pattern PART_NUMBER = Pattern.compile(
        "(?iu)\\(\\s*\\p{Nd}{1,2}\\s*(?:of|/|من)\\s*\\p{Nd}{1,2}\\s*\\)|\\b(?:part|episode|chapter)\\s+\\p{Nd}{1,2}\\b"
            // (and the Arabic part's word before its number, "| الحلقة 3": transfer-37's 3720)
            + "|(?:الحلقة|حلقة|الجزء)\\s*\\p{Nd}{1,2}(?!\\p{Nd})");
    /* The most words of a series' kicker. */
    private static final int SERIES_LABEL_WORDS = 14;

    /**
     * s37: a series' kicker over the headline: at most fourteen words, not closed as a sentence,
     * that name the series (series-word in line-shapes.tsv, "SERIES —", "الحلقة") and the part
     * ("(3 of 5)", "Part 3"), or open with the series-word before a dash, a bar or a colon
     * (transfer-37's 3703).
     */
    static boolean seriesLabel(String s) {
      String t = s.strip();
      if (t.isEmpty() || words(t) > SERIES_LABEL_WORDS || t.endsWith(".")) {
        return false;
      }
      String f = org.sitrep.text.TextNormalizer.fold(t);
      boolean named = false;
      for (String w : NOT_LETTER.split(f)) {
        if (SERIES_WORDS.contains(w)) {
          named = true;
          break;
        }
      }
      if (named && PART_NUMBER.matcher(t).find()) {
        return true;
      }
      Matcher m = SERIES_OPENER.matcher(f);
      return m.lookingAt() && SERIES_WORDS.contains(m.group(1));
    }

    /* A word and a dash, a bar or a colon opening a line: "SERIES — ", "سلسلة: ". */
    private static final Pattern SERIES_OPENER = Pattern.compile(
        "^(\\p{L}+)\\s*[—–|:-]\\s");

    static boolean namesDay(String folded) {
      for (String w : NOT_LETTER.split(folded)) {
        if (DAY_WORDS.contains(w) || w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
            && DAY_WORDS.contains(w.substring(1))) {
          return true;
        }
      }
      return false;
    }

    /* True when the line opens with a label of a picture-word before a colon ("Photo: …",
     * "Photograph: …", "الصورة: …") or dots ("Credit...Jane Roe for The Outlet", "Photo… "),
     * or with a credit's label alone ("Credit: Jane Roe"). */
    static boolean labelledPicture(String s) {
      String folded = org.sitrep.text.TextNormalizer.fold(s.strip());
      int c = folded.indexOf(':');
      for (String dots : LABEL_DOTS) {
        int d = folded.indexOf(dots);
        if (d > 0 && (c < 0 || d < c)) {
          c = d;
        }
      }
      if (c <= 0 || c > 30) {
        return false;
      }
      String label = folded.substring(0, c).strip();
      return CREDIT_LABEL.matcher(label).matches()
          || pictureLabel(CREDIT_WORD_END.matcher(label).replaceFirst(""));
    }

    /* Dots that may end a label in place of its colon. */
    private static final List<String> LABEL_DOTS = List.of("...", "…");
    /* A photo's credit labelled as such, with no picture-word: "Credit", "Credits". */
    private static final Pattern CREDIT_LABEL = Pattern.compile("credits?");

    /* "credit" after a picture-word in a label ("photo credit"). */
    private static final Pattern CREDIT_WORD_END = Pattern.compile("\\s+credits?$");

    /* A picture's label with its place in a gallery before a colon ("Photo gallery (2/4):",
     * "ألبوم الصور 1 من 4:"). */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
        "^(\\p{L}[\\p{L} ]{0,30}?)\\s*\\(?(\\d{1,2})\\s*(?:/|of|من)\\s*(\\d{1,2})\\)?\\s*[:：]");

    /*
     * s52: a gallery's caption: a picture-word or a gallery-word, the picture's place in the
     * gallery and a colon, then the caption, a sentence of its own ("Photo gallery (1/4):
     * Soldiers raise the flag over …", "ألبوم الصور 2 من 4: أهالي الحي يعودون …": transfer-53's
     * odd half).
     */
    static boolean galleryCaption(String folded) {
      Matcher m = GALLERY_COUNTER.matcher(folded);
      if (!m.find()) {
        return false;
      }
      int place = Integer.parseInt(m.group(2));
      if (place == 0 || place > Integer.parseInt(m.group(3))) {
        return false;
      }
      boolean pictured = false;
      for (String w : SPACES.split(m.group(1).strip())) {
        pictured |= PICTURE_WORDS.contains(w) || GALLERY_WORDS.contains(w);
      }
      int w = words(folded.substring(m.end()));
      return pictured && w >= 3 && w <= 60;
    }

    /* A label of one to three words, one of them a picture-word ("header image", "main photo"). */
    private static boolean pictureLabel(String label) {
      String[] ws = SPACES.split(label.strip());
      if (ws.length > 3) {
        return false;
      }
      for (String w : ws) {
        if (PICTURE_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /* The first run of letters of a folded line ("" when it opens with another character). */
    private static String firstWord(String folded) {
      int i = 0;
      while (i < folded.length() && Character.isLetter(folded.charAt(i))) {
        i++;
      }
      return folded.substring(0, i);
    }

    /* A credit at the end of a caption: "(شينخوا)", "- رووداو", "/Reuters", "© UNOCHA". */
    private static final Pattern CREDIT_END = Pattern.compile(
        "(?:[(\\[][^()\\[\\]]{2,40}[)\\]]|\\s[-–—/]\\s?[\\p{L}][\\p{L} .]{1,30}|©[^.]{2,60})\\.?$");

    /**
     * An author's note under an article without its writer's byline: a bio label opening it
     * ("About the author: …", "نبذة عن الكاتب"), or a name of two to four words, a "bio-word" and,
     * within eight words after it, a "role-noun" ("Sam Reed is a freelance analyst who …", "سامر
     * العلي صحفي سوري …"). {@code folded} is the line folded.
     */
    /* True when a line is a notes label and nothing else ("Notes", "هوامش"). */
    static boolean notesLabelAlone(String folded) {
      return folded.length() <= 30
          && NOTES_LABELS.contains(END_PUNCT_SPACE.matcher(folded.strip()).replaceAll(""));
    }

    /* True when a line is the label of an article's sources, notes or writer's box and nothing
     * else ("Sources", "Footnotes", "المصادر", "الكاتب"). */
    static boolean endLabelAlone(String folded) {
      if (folded.length() > 30) {
        return false;
      }
      return END_LABELS.contains(END_PUNCT_SPACE.matcher(folded.strip()).replaceAll(""));
    }

    /*
     * True when a line opens with a label that gives its date another role than the page's
     * publication ("Reporting period: …", "Saved on: 2024-05-11", "تاريخ الحفظ: …"): the label,
     * then a colon, or a space and a digit; the line's first field or one after a bar or a slash
     * ("Report No. 412 | Covering 06/05/2019 06:00 to 07/05/2019 06:00").
     */
    static boolean otherDateLabel(String s) {
      if (s.length() > 120 || !hasDigit(s)) {
        return false;
      }
      if (s.indexOf('|') < 0 && s.indexOf('/') < 0 && s.indexOf('•') < 0 && s.indexOf('·') < 0) {
        return otherDateField(s);
      }
      for (String field : FIELD_BREAK.split(s)) {
        if (otherDateField(field)) {
          return true;
        }
      }
      return false;
    }

    /* What parts the fields of a line: a bar, a slash or a bullet with a space on either side
     * ("Report No. 412 | Covering 06/05/2019 …", "Received: … / Accepted: …"). */
    static final Pattern FIELD_BREAK = Pattern.compile("\\s[|/•·]\\s");

    /* True when one field of a line opens with an other-date-label and then a colon or a digit. */
    private static boolean otherDateField(String s) {
      String f = org.sitrep.text.TextNormalizer.fold(LEADING_MARKS.matcher(s).replaceFirst(""));
      for (String label : OTHER_DATE_LABELS) {
        if (f.startsWith(label) && f.length() > label.length()) {
          int k = label.length();
          while (k < f.length() && f.charAt(k) == ' ') {
            k++;
          }
          if (k < f.length() && (f.charAt(k) == ':' || k > label.length() && Character.isDigit(f.charAt(k)))) {
            return true;
          }
        }
      }
      return false;
    }

    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}]+");

    /* The most words of a note's label before its colon, and of the whole note. */
    private static final int NOTE_LABEL_WORDS = 5;
    private static final int NOTE_WORDS = 60;

    /**
     * s34: a reference under an article's text, its number first ("(1) Statement by the command
     * on the port, 17 April 2025.", "[2] https://…"): a source the text cites, ending in the
     * year of its date or giving an address; read from the page's end up, where a study's notes
     * stand (transfer-28's 2814, studied).
     */
    static boolean footnoteLine(String s) {
      String t = s.strip();
      if (t.length() > 400) {
        return false;
      }
      Matcher m = FOOTNOTE.matcher(org.sitrep.text.TextNormalizer.asciiDigits(t));
      return m.matches() && (REFERENCE_END.matcher(m.group(1)).find()
          || m.group(1).contains("http") || m.group(1).contains("www."));
    }

    private static final Pattern FOOTNOTE =
        Pattern.compile("^(?:\\(\\d{1,2}\\)|\\[\\d{1,2}\\])\\s*(\\S.{4,})$");
    /* A reference's date at its end: its year, perhaps in brackets, and a stop. */
    private static final Pattern REFERENCE_END = Pattern.compile("(?:19|20)\\d\\d\\)?\\s*[.)]?\\s*$");

    /**
     * True for a note under an article ("Methodology: prices collected by our enumerators …",
     * "Our Standards: …", "تنويه: الأسعار …", "للمشاركة في بريد القراء: أرسلوا …"): a label of at
     * most five words that opens with a note-label, then a colon and the note. Not a quote, not
     * a report of anyone's words.
     */
    static boolean noteLine(String s, String folded) {
      int colon = folded.indexOf(':');
      if (colon <= 0 || colon > 60 || words(s) > NOTE_WORDS) {
        return false;
      }
      String label = folded.substring(0, colon).strip();
      return words(label) <= NOTE_LABEL_WORDS && opensWith(label, NOTE_LABELS)
          && !QUOTE.matcher(s).find();
    }

    /* The most words of a label that points to another article ("Next story", "الخبر التالي"). */
    private static final int NEXT_LABEL_WORDS = 3;

    /**
     * True for a line that points to the next or the previous article by its headline ("Next
     * story: Vegetable prices rise in Beirut markets", "الخبر التالي: …"): a label of at most
     * three words holding a next-word and otherwise only related- and share-words, a colon, and
     * a headline that is not a sentence.
     */
    static boolean nextStory(String s, String folded) {
      int colon = folded.indexOf(':');
      if (colon <= 0 || colon > 40 || s.length() > 160) {
        return false;
      }
      String label = folded.substring(0, colon).strip();
      String rest = s.substring(s.indexOf(':') + 1).strip();
      if (words(label) > NEXT_LABEL_WORDS || words(rest) < 2 || closed(rest)) {
        return false;
      }
      boolean next = false;
      for (String w : NOT_LETTER.split(label)) {
        if (w.isEmpty()) {
          continue;
        }
        if (NEXT_WORDS.contains(w)) {
          next = true;
        } else if (!RELATED_WORDS.contains(w) && !SHARE_WORDS.contains(w)) {
          return false;
        }
      }
      return next;
    }

    /* The most words of a writer's note that opens with the writer's role. */
    private static final int ROLE_BIO_WORDS = 45;

    /*
     * s36: a writer's note with no name, opening with the writer's role ("Kampala-based analyst
     * covering the Great Lakes region. She previously …", "صحافي لبناني يغطي الشأن السوري منذ
     * …": transfer-33's 3303 and 3313, studied): a role-noun among the first three words, closed,
     * at most 45 words, no one quoted nor reported. Read only in the footer, with chrome under it.
     */
    /* "Dilan Aziz is a reporter …": a bio's opening name, two to four capitalized words. */
    private static final Pattern BIO_NAME = Pattern.compile(
        "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s+(?:is|was)\\s+(?:a|an|the)\\s");

    /*
     * The writer an author's note under its label opens with ("Dilan Aziz is a reporter at …",
     * "هيمن عبد الله: مراسل مرآة كردستان في أربيل"), or null.
     */
    static String bioName(String t) {
      String s = t.strip();
      Matcher m = BIO_NAME.matcher(s);
      if (m.lookingAt()) {
        return m.group(1);
      }
      int colon = s.indexOf(':');
      if (colon > 0 && colon <= 40) {
        String name = s.substring(0, colon).strip();
        String rest = s.substring(colon + 1).strip();
        int w = words(name);
        if (w >= 2 && w <= 4 && !hasDigit(name) && roleBio(rest,
            org.sitrep.text.TextNormalizer.fold(rest))) {
          return name;
        }
      }
      return null;
    }

    static boolean roleBio(String s, String folded) {
      if (s.length() > 400 || !closed(s) || words(s) > ROLE_BIO_WORDS || SPEECH.matcher(s).find()
          || REPORTING.matcher(s).find()) {
        return false;
      }
      String[] ws = NOT_LETTER.split(folded.strip(), 5);
      if (ws.length == 0 || ROLE_BIO_NOT_FIRST.contains(ws[0]) || ROLE_BIO_VERBS.matcher(s).find()) {
        return false; // "The correspondent added that …": a report's sentence about someone
      }
      for (int k = 0; k < Math.min(3, ws.length); k++) {
        if (ROLE_NOUNS.contains(ws[k])) {
          return true;
        }
      }
      return false;
    }

    /* Words that open a report's sentence about someone, not a writer's note. */
    private static final Set<String> ROLE_BIO_NOT_FIRST = Set.of("the", "a", "an", "this", "that",
        "our", "his", "her", "their", "its", "one", "another", "و", "وقال", "واضاف", "وأضاف");
    /* Verbs that tell of what someone said or did, in a report. */
    private static final Pattern ROLE_BIO_VERBS = Pattern.compile("(?iu)\\b(?:added|noted|explained"
        + "|stressed|continued|confirmed|warned|reported|announced|described|pointed out|insisted)\\b"
        + "|(?:أضاف|وأضاف|أكد|وأكد|أشار|وأشار|أفاد|وأفاد|ذكر|وذكر|أعلن|وأعلن)");

    /* The most words of a writer's role line in a story's header. */
    private static final int ROLE_LINE_WORDS = 8;

    /*
     * A writer's role on a line of its own ("Freelance journalist based in Ouagadougou", "Africa
     * Correspondent", "مراسل الشبكة في الخرطوم"): two to eight words with no digit, no sentence's
     * end and no word of speech, a role-noun among the first three.
     */
    static boolean roleLine(String s, String folded) {
      if (s.length() > 80 || hasDigit(s) || closed(s)) {
        return false;
      }
      int w = words(s);
      if (w < 2 || w > ROLE_LINE_WORDS || SPEECH.matcher(s).find()) {
        return false;
      }
      String[] ws = NOT_LETTER.split(folded.strip(), 5);
      for (int k = 0; k < Math.min(3, ws.length); k++) {
        if (ROLE_NOUNS.contains(ws[k])) {
          return true;
        }
      }
      return false;
    }

    /*
     * A person's name alone on a line: two to four words, each capitalized in a script that has
     * capitals, no digit, no sentence's end, at most forty characters.
     */
    static boolean nameLine(String s) {
      String t = s.strip();
      if (t.length() > 40 || hasDigit(t) || closed(t)) {
        return false;
      }
      String[] ws = NOT_LETTER.split(t);
      if (ws.length < 2 || ws.length > 4) {
        return false;
      }
      for (String x : ws) {
        if (x.isEmpty()) {
          return false;
        }
        int c = x.codePointAt(0);
        if (Character.isLowerCase(c) || !Character.isLetter(c)) {
          return false;
        }
      }
      return true;
    }

    /*
     * A writer's line under an opinion piece behind an asterisk, opening with a role ("* كاتب
     * وصحفي يمني", "* Writer and analyst based in Aden", "* The writer is a …"): at most twenty
     * words, quoting no one.
     */
    static boolean starredRole(String s, String folded) {
      String t = s.strip();
      if (!t.startsWith("*") || t.startsWith("**") || words(t) > 20 || SPEECH.matcher(t).find()) {
        return false;
      }
      String[] ws = NOT_LETTER.split(folded.strip().replaceFirst("^\\*+\\s*", ""), 4);
      return ws.length > 1 && (ROLE_NOUNS.contains(ws[0])
          || ws[0].equals("the") && ROLE_NOUNS.contains(ws[1]));
    }

    /* True when a line is an author's-note label and nothing else ("About the author"). */
    static boolean bioLabelAlone(String folded) {
      if (folded.length() > 44) {
        return false;
      }
      String f = END_PUNCT_SPACE.matcher(folded.strip()).replaceAll("");
      return f.length() <= 40 && BIO_LABELS.contains(f);
    }

    static boolean bioLine(String s, String folded) {
      if (folded.length() > 400) {
        return false;
      }
      if (starredRole(s, folded)) {
        return true;
      }
      for (String label : BIO_LABELS) {
        if (folded.startsWith(label) && (folded.length() == label.length()
            || !Character.isLetterOrDigit(folded.charAt(label.length())))) {
          return true;
        }
      }
      String[] ws = NOT_LETTER.split(folded.strip(), 16);
      String[] orig = NOT_LETTER.split(s.strip(), 16);
      if (ws.length < 4 || orig.length != ws.length || SPEECH.matcher(s).find()) {
        return false;
      }
      int c0 = orig[0].isEmpty() ? 'a' : orig[0].codePointAt(0);
      boolean cased = Character.isUpperCase(c0) || Character.isLowerCase(c0);
      for (int k = 2; k <= 4 && k < ws.length; k++) {
        // the name: capitalized words in a script that has capitals
        boolean name = true;
        for (int j = 0; j < k && name; j++) {
          int c = orig[j].isEmpty() ? 'a' : orig[j].codePointAt(0);
          name = !orig[j].isEmpty() && (Character.isUpperCase(c) || !Character.isLowerCase(c)
              && !Character.isUpperCase(c) && Character.isLetter(c));
        }
        if (!name) {
          break;
        }
        if (ROLE_NOUNS.contains(ws[k]) && !cased) {
          // "سامر العلي صحفي سوري": the role right after a name in a script without capitals
          // (in English, "Rights Watch researcher Jane Doe called for …" is a sentence)
          return true;
        }
        if (BIO_WORDS.contains(ws[k])) {
          for (int j = k + 1; j < Math.min(ws.length, k + 9); j++) {
            if (ROLE_NOUNS.contains(ws[j])) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /* A caption's photo credit at the end of a line: "Photo: Hawar", "REUTERS/Ayman al-Sahili". */
    static boolean photoCredit(String s) {
      if (s.length() > 500) {
        return false;
      }
      String tail = s.substring(Math.max(0, s.length() - 90));
      String folded = null;
      for (int i = 0; i < CREDIT.size(); i++) {
        if (!CREDIT_NEEDS.get(i).none()) {
          folded = folded == null ? org.sitrep.text.RequiredText.fold(tail) : folded;
          if (!CREDIT_NEEDS.get(i).mayMatch(folded)) {
            continue; // the tail lacks the ":" or "/" every such credit holds
          }
        }
        Matcher m = CREDIT.get(i).matcher(tail);
        if (m.find()) {
          return true;
        }
      }
      return false;
    }
  }
}
