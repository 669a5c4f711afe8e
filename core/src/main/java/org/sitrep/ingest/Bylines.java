package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Credit;
import org.sitrep.text.DataFiles;
import org.sitrep.text.TextNormalizer;

/**
 * Reads byline lines: credited people with their roles, the publication date, the section and
 * tags. Vocabulary from {@code bylines.tsv}.
 */
final class Bylines {
  /** What a byline line says. {@code date} is null when it states none. */
  record Parsed(List<Credit> credits, DateExpressions.Found date, String dateEvidence,
      String section, List<String> tags) {
    boolean isEmpty() {
      return credits.isEmpty() && date == null && section == null;
    }
  }

  private record Marker(String kind, String text, String value, Pattern pattern, char first) {
    Marker(String kind, String text, String value, Pattern pattern) {
      this(kind, text, value, pattern, fold(text.charAt(0)));
    }

    /*
     * False when the segment's first character cannot match the marker's (as its
     * case-insensitive regex compares them: the same, or the same upper-then-lower case); a
     * surrogate on either side is left to the regex.
     */
    boolean mayOpen(String s) {
      if (s.isEmpty()) {
        return false;
      }
      char c = s.charAt(0);
      return c == first || fold(c) == first || Character.isSurrogate(c)
          || Character.isSurrogate(first);
    }
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static final List<Marker> MARKERS = new ArrayList<>();
  private static final List<String> SECTION_HEADS = new ArrayList<>();
  /* Cities a writer's name is set beside in a header line ("صنعاء - فؤاد السقاف"), folded. */
  private static final java.util.Set<String> PLACES = new java.util.HashSet<>();
  /* Given names a writer's name beside a city opens with ("فؤاد", "Khaled"), folded. */
  private static final java.util.Set<String> GIVEN = new java.util.HashSet<>();
  /* Words of an outlet's or a desk's name, never of a person's beside a city, folded. */
  private static final java.util.Set<String> NOT_NAMES = new java.util.HashSet<>();
  /* The first words of the role markers but a bare "by", lower case: roleLine's quick test. */
  private static final java.util.Set<String> ROLE_FIRST_WORDS = new java.util.HashSet<>();
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:\\||\uD83D\uDD54|\uD83D\uDD52|\u23F0|\u2022|\u00B7|//)\\s*");

  static {
    for (String[] r : DataFiles.readTsv(Bylines.class, "bylines.tsv")) {
      String kind = r[0];
      String text = r[1].strip();
      if (kind.equals("section")) {
        SECTION_HEADS.add(TextNormalizer.fold(text));
        continue;
      }
      if (kind.equals("place")) {
        PLACES.add(TextNormalizer.fold(text));
        continue;
      }
      if (kind.equals("given")) {
        GIVEN.add(TextNormalizer.fold(text));
        continue;
      }
      if (kind.equals("not-name")) {
        NOT_NAMES.add(TextNormalizer.fold(text));
        continue;
      }
      Pattern p =
          Pattern.compile(
              "^" + Pattern.quote(text).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}])\\s*:?\\s*",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      MARKERS.add(new Marker(kind, text, r.length > 2 ? r[2] : "", p));
      if (kind.equals("role") && !text.equals("by")) {
        ROLE_FIRST_WORDS.add(text.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT));
      }
    }
    MARKERS.sort(Comparator.comparingInt((Marker m) -> m.text.length()).reversed());
  }

  private Bylines() {}

  /*
   * SEPARATORS.split(s): without a character a separator opens with, the one segment s (as
   * Pattern.split returns when nothing matches), with no regex run.
   */
  private static String[] segments(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '|' || c == '/' || c == '\uD83D' || c == '\u23F0' || c == '\u2022' || c == '\u00B7') {
        return SEPARATORS.split(s);
      }
    }
    return new String[] {s};
  }

  /**
   * A credit line of the copy's makers: a role marker other than a bare "by" opening the line
   * and a few names after it ("Reporting by Jane Doe; writing by John Roe", "تحرير: أحمد"),
   * not a sentence. Such a line is never the article's text wherever it stands.
   */
  static boolean roleLine(String line) {
    String s = unwrapped(line); // "(Reporting by X; editing by Y)"
    if (s.endsWith(".") && BodyLines.words(s) <= 6) {
      // s35: a short credit closed by a stop, "Edited by Hélène Marchetti." (transfer-29's
      // 2910, studied)
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.length() > ROLE_LINE_CHARS || s.isEmpty()
        || ".!?؟".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    int w = 0;
    while (w < s.length() && !Character.isWhitespace(s.charAt(w)) && s.charAt(w) != ':') {
      w++;
    }
    if (!ROLE_FIRST_WORDS.contains(s.substring(0, w).toLowerCase(java.util.Locale.ROOT))
        || BodyLines.words(s) > 10 && !shortRoles(s)) {
      return false;
    }
    if (shortRoles(s) && eachOpensWithRole(s)) {
      return true; // s49: "(تغطية صحفية X في عدن - إعداد Y - تحرير Z)", no colon needed
    }
    for (Marker m : MARKERS) {
      if (!m.kind.equals("role") || m.text.equals("by")) {
        continue;
      }
      if (!m.mayOpen(s)) {
        continue;
      }
      java.util.regex.Matcher x = m.pattern.matcher(s);
      // "Editing by X" or a marker and its colon ("تحرير: X"): a label, not a sentence's word
      if (x.lookingAt() && x.end() < s.length()
          && (m.text.endsWith(" by") || x.group().contains(":"))) {
        return true;
      }
    }
    return false;
  }


  /* The longest makers' credit line, and the most roles in it: a wire's sign-off names up to
   * five ("Reporting by …; Additional reporting by …; Writing by …; Editing by …"; s33). */
  private static final int ROLE_LINE_CHARS = 260;
  private static final int ROLES_MAX = 5;

  /*
   * Two to five roles apart by semicolons or spaced dashes, each of a few words ("Reporting by …;
   * editing by …"; s49: sixteen words, for a reporter each in a city: "Reporting by X in Aden,
   * Y in London and Z in Dubai").
   */
  private static final Pattern ROLE_PARTS = Pattern.compile(";|\\s[-–]\\s");

  private static boolean shortRoles(String s) {
    String[] parts = ROLE_PARTS.split(s);
    if (parts.length < 2 || parts.length > ROLES_MAX) {
      return false;
    }
    for (String part : parts) {
      if (BodyLines.words(part) > 16) {
        return false;
      }
    }
    return true;
  }

  /* True when every part of a line of roles opens with a role's marker other than "by". */
  private static boolean eachOpensWithRole(String s) {
    for (String part : ROLE_PARTS.split(s)) {
      String p = part.strip();
      boolean opens = false;
      for (Marker m : MARKERS) {
        if (m.kind.equals("role") && !m.text.equals("by") && m.mayOpen(p)
            && m.pattern.matcher(p).lookingAt()) {
          opens = true;
          break;
        }
      }
      if (!opens) {
        return false;
      }
    }
    return true;
  }

  /** Parses a line as a byline; {@code dayFirst} reads ambiguous numeric dates day first. */
  static Parsed parse(String line, boolean dayFirst) {
    List<Credit> credits = new ArrayList<>();
    DateExpressions.Found date = null;
    String evidence = null;
    String section = null;
    List<String> tags = new ArrayList<>();
    String[] segs = segments(line.strip());
    String bare = unwrapped(line);
    if (segs.length == 1 && roleLine(line) && shortRoles(bare)) {
      // s50: "(Additional reporting by X in Erbil; Editing by Y)": each role its own segment
      segs = ROLE_PARTS.split(bare);
    }
    for (String seg : segs) {
      String s = seg.strip();
      if (s.isEmpty()) {
        continue;
      }
      Marker marker = null;
      Matcher mm = null;
      for (Marker m : MARKERS) {
        if (!m.mayOpen(s)) {
          continue;
        }
        Matcher x = m.pattern.matcher(s);
        if (x.lookingAt()) { // the marker opens the segment ("^"): as find() would, without a
                             // try at every position of it
          marker = m;
          mm = x;
          break;
        }
      }
      Optional<DateExpressions.Found> d = DateExpressions.find(s, dayFirst);
      if (marker != null && marker.kind.equals("role")) {
        int restEnd = d.isPresent() && d.get().start() >= mm.end() ? d.get().start() : s.length();
        String rest = s.substring(mm.end(), restEnd).strip();
        if (NEWSROOMS.matcher(rest).find()) {
          continue; // s50: "Reporting by Kabul and Islamabad bureaus": desks, no one's name
        }
        for (String name : rest.split("\\s+(?:and|&|و)\\s+|\\s*,\\s*")) {
          String n = cleanName(name);
          if (!n.isEmpty() && n.length() <= 60 && n.split("\\s+").length <= 6
              && !lowerLatin(n)) {
            credits.add(new Credit(marker.value, n));
          }
        }
      }
      if (d.isPresent()) {
        boolean updated = marker != null && marker.kind.equals("updated");
        if (!updated && date == null) {
          date = d.get();
          evidence = s.substring(d.get().start(), d.get().end()).strip();
          String after = s.substring(d.get().end()).strip();
          if (!after.isEmpty()) {
            String[] st = sectionAndTags(after);
            section = st[0];
            if (st[1] != null) {
              tags.add(st[1]);
            }
          }
        }
      }
    }
    return new Parsed(credits, date, evidence, section, tags);
  }

  /** Splits "خبر عسكري جيش الإسلام" into section "خبر عسكري" and the tag "جيش الإسلام". */
  private static String[] sectionAndTags(String s) {
    String[] words = s.split("\\s+");
    String head = TextNormalizer.fold(words[0]);
    if (!SECTION_HEADS.contains(head)) {
      return new String[] {null, s};
    }
    int n = 1;
    if (words.length > 1 && isAdjective(words[1])) {
      n = 2;
    }
    String section = String.join(" ", List.of(words).subList(0, n));
    String rest = String.join(" ", List.of(words).subList(n, words.length)).strip();
    return new String[] {section, rest.isEmpty() ? null : rest};
  }

  /** An Arabic relative adjective (nisba: عسكري, سياسية) or an English lower-case word. */
  private static boolean isAdjective(String w) {
    return w.endsWith("ي") || w.endsWith("ية") || w.endsWith("يه") || w.matches("\\p{Ll}+");
  }

  /* A time after the name ("Posted by Jane at 9:30 PM", "بواسطة سامر في 9:30 م"). */
  private static final Pattern NAME_TIME = Pattern.compile(
      "\\s+(?:at|@|في|الساعة)\\s+\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|ص|م))?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static String cleanName(String s) {
    String n = s.replaceAll("^[\\s,:;\\-–|]+|[\\s,:;\\-–|]+$", "").strip();
    n = NAME_TIME.matcher(n).replaceFirst("").strip();
    // s50: "محمود عبد الحميد - الاثنين" (the day of the date after it), "Omar Saleh in Erbil"
    n = NAME_DAY.matcher(n).replaceFirst("").strip();
    return NAME_PLACE.matcher(n).replaceFirst("").strip();
  }

  /* Desks credited in a role's place: "… bureaus", "the Baghdad newsroom". */
  private static final Pattern NEWSROOMS = Pattern.compile("(?i)\\b(?:bureaus?|newsrooms?)\\s*$");

  /* A weekday after the name, a dash or a comma before it: the date's, not the name's. */
  private static final Pattern NAME_DAY = Pattern.compile(
      "\\s*[-–—,،|]\\s*" + DateExpressions.WEEKDAY + "\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /* Where the writer wrote from, after the name: " in Erbil", " in Aden and London". */
  private static final Pattern NAME_PLACE = Pattern.compile(
      "(?<=\\p{L})\\s+in\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}$");

  /* A line without the brackets around it: "(Reporting by X; editing by Y)". */
  private static String unwrapped(String line) {
    String s = line.strip();
    if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')'
        && s.indexOf('(', 1) < 0) {
      return s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  /* A writer's name beside a city ("صنعاء - فؤاد السقاف", "Beirut - Rana Khoury"). */
  private static final Pattern CITY_NAME = Pattern.compile(
      "^\\s*([\\p{L}'’ ]{2,30}?)\\s+[-–—]\\s+((?:[\\p{L}'’.-]+\\s*){2,4})$");
  /* A writer's name and a desk: "Mariam Al Suwaidi, Foreign Desk". */
  private static final Pattern NAME_DESK = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}),\\s+(?:[\\p{L}-]+\\s+){0,2}"
          + "(?:desk|correspondent|reporter|staff writer|staff reporter|bureau)\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /*
   * s55: words in Latin letters none of which is in upper case are no one's name: "By Aminata
   * Diallo, with agency correspondents" credits Aminata Diallo alone (transfer-56's 5603,
   * studied).
   */
  private static boolean lowerLatin(String n) {
    boolean latin = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isUpperCase(c) || Character.isLetter(c) && c >= 0x0250) {
        return false;
      }
      latin |= Character.isLetter(c);
    }
    return latin;
  }

  /**
   * True when the header line names a writer beside a city by the shape of the name alone, no
   * given name the lexicon lists opening it.
   */
  static boolean writerByShape(String line) {
    String w = headerWriter(line);
    return w != null && !NAME_DESK.matcher(line).matches()
        && !GIVEN.contains(TextNormalizer.fold(w.split("\\s+")[0]));
  }

  /* A name beside a city has at most so many words. */
  private static final int PERSON_WORDS = 3;

  /*
   * s55: a name a given name the lexicon does not list may open ("بيروت - كارين شمعون", "بغداد -
   * سرمد الجبوري": transfer-56's 5617, 5621 and 5623, studied): two or three words of letters, the
   * first with no article (an outlet's name opens with one, "الصمود نت"), in Latin letters each
   * in upper case, and no word of an outlet's or a desk's ("شفق نيوز", "وكالة سبأ", "Staff Desk").
   */
  private static boolean personShaped(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 2 || words.length > PERSON_WORDS || words[0].startsWith("ال")) {
      return false;
    }
    for (String w : words) {
      if (NOT_NAMES.contains(TextNormalizer.fold(w))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        if (!Character.isLetter(w.charAt(i))) {
          return false;
        }
      }
      if (w.charAt(0) < 0x0600 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * s50: the writer of a header line with no role's word: a name beside a city the lexicon lists
   * ("صنعاء - فؤاد السقاف", "الرياض - عبدالله السبيعي"), or a name and a desk ("Mariam Al
   * Suwaidi, Foreign Desk"). Null for any other line.
   */
  static String headerWriter(String line) {
    int bar = line.indexOf(" | ");
    if (bar > 0 && TextPageParser.dateOnly(line.substring(bar + 3).strip())) {
      line = line.substring(0, bar); // "منبج - آلان حسين | 12 آب 2016 - 15:40": the date apart
    }
    Matcher d = NAME_DESK.matcher(line);
    if (d.matches()) {
      return d.group(1).strip();
    }
    Matcher c = CITY_NAME.matcher(line);
    if (c.matches() && PLACES.contains(TextNormalizer.fold(c.group(1).strip()))) {
      String name = c.group(2).strip();
      // a person's name opens with a given name: "صنعاء - الصمود نت" names the outlet
      return GIVEN.contains(TextNormalizer.fold(name.split("\\s+")[0])) || personShaped(name)
          ? name : null;
    }
    return null;
  }

  /** True when a line names a credit role or a publication marker at the start of a segment. */
  static boolean looksLikeByline(String line) {
    if (line.length() > 300) {
      return false;
    }
    for (String seg : segments(line.strip())) {
      String s = seg.strip();
      for (Marker m : MARKERS) {
        if (m.mayOpen(s) && m.pattern.matcher(s).lookingAt()) { // "^": as find(), tried at the start only
          if (m.kind.equals("role") && m.text.equals("by")) {
            // "By John Smith": require a short, name-like rest.
            String rest = s.substring(2).strip();
            if (rest.isEmpty() || rest.split("\\s+").length > 8 || rest.endsWith(".")) {
              continue;
            }
          }
          return true;
        }
      }
    }
    return false;
  }
}
