package org.sitrep.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Timex;
import org.sitrep.text.DataFiles;
import org.sitrep.text.Interruption;
import org.sitrep.text.Months;
import org.sitrep.text.Patterns;
import org.sitrep.text.ScanPattern;
import org.sitrep.text.TextNormalizer;
import org.sitrep.text.WordFilter;

/**
 * Finds temporal expressions (absolute, relative, weekdays, periods, spans, durations; English
 * and Arabic, both Arabic month systems, Arabic-Indic digits) and normalizes them against an
 * {@link Anchor}. Weekdays and month-days without a year resolve backward in past-tense text and
 * forward in future-tense text. Thread-safe.
 */
public final class DateResolver {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /**
   * The reference date expressions are read against: the publication date (basis
   * "publication"), a date the story supplies (basis "story"), a full date the page states
   * elsewhere (basis "text"), or none.
   */
  public record Anchor(LocalDate date, String basis, double confidence, Mode mode) {
    /** No reference date: only expressions with a year resolve. */
    public static final Anchor NONE = new Anchor(null, "none", 0, Mode.PAST);

    /** An anchor read as the moment of writing (past tense looks back from it). */
    public Anchor(LocalDate date, String basis, double confidence) {
      this(date, basis, confidence, Mode.PAST);
    }

    /** A publication date as the reference. */
    public static Anchor published(LocalDate d) {
      return new Anchor(d, "publication", 1.0, Mode.PAST);
    }
  }

  /**
   * How an anchor is read. PAST: it is when the text was written. NEAREST: a date from another
   * document of the story; a month-day takes the year that puts it nearest. FORWARD: the text was
   * written on or after it (the latest date the page itself states); weekdays look forward.
   */
  public enum Mode { PAST, NEAREST, FORWARD }

  private static final Map<String, Integer> DAYS = new HashMap<>();
  private static final Map<String, String> PERIODS = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Map<String, Integer> ORDINALS = new HashMap<>();
  private static final Map<String, String> UNITS = new HashMap<>();
  private static final ScanPattern FULL_DMY;
  private static final ScanPattern FULL_MDY;
  private static final ScanPattern ISO =
      ScanPattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)", 0);
  private static final ScanPattern DM;
  private static final ScanPattern MD;
  private static final ScanPattern MY;
  private static final ScanPattern MO;
  private static final ScanPattern YEAR = ScanPattern.compile(
      "(?<![\\p{L}])(?:in|since|during|until|by|في|عام|سنة|منذ)\\s+(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final ScanPattern RELDAY;
  private static final ScanPattern PERIOD;
  private static final ScanPattern WEEKDAY;
  private static final ScanPattern WITHIN;
  private static final ScanPattern OVER_LAST;
  private static final ScanPattern AR_OVER_LAST;
  private static final ScanPattern ORDINAL;
  private static final ScanPattern FUTURE = ScanPattern.compile(
      "(?<![\\p{L}])(will|would|shall|'ll|is to|are to|was to|is expected|are expected|plans? to|"
          + "(?:is|are) (?:due|set|slated) to|"
          + "planned|scheduled|upcoming|going to|next|سوف|سيتم|من المقرر|من المتوقع|المقبل|"
          + "القادم|المقبلة|القادمة)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /*
   * "كان من المتوقع أن …", "كان من المقرر": what was expected or scheduled, told in the past: the
   * future cue after it looks back from the page's day, not ahead.
   */
  /* How many words before a date its verb may stand ("took control of most of the northern
   * city of Raqqa on Monday"). */
  private static final int PAST_VERB_REACH = 12;
  /* Words that open another clause: a verb before them is not the date's. */
  private static final Set<String> CLAUSE_STOPS = Set.of("that", "and", "but", "which", "who",
      "if", "when", "while", "as", "after", "before", "by", "until", "till", "from", "because");
  /* Common irregular past forms of news verbs (regular ones end in -ed). */
  private static final Set<String> PAST_IRREGULAR = Set.of("said", "told", "took", "hit", "struck",
      "shot", "fought", "began", "made", "came", "went", "held", "met", "saw", "gave", "left",
      "fled", "won", "lost", "sent", "led", "broke", "blew", "fell", "rose", "overran", "drove",
      "threw", "brought", "caught", "sought", "spoke", "wrote", "stood", "ran", "put", "set",
      "found", "knew", "became", "withdrew", "overtook", "beat", "slew", "stole", "bore", "tore",
      "swept", "kept", "dealt", "meant", "felt", "heard", "paid", "laid", "built", "spent",
      "was", "were");
  /* -ed words that announce the future: "scheduled on Monday". */
  private static final Set<String> PLANNED = Set.of("planned", "scheduled", "expected", "slated",
      "proposed", "intended", "postponed", "delayed", "rescheduled", "called", "billed");
  /* Before such a verb: the future or an infinitive ("will be held", "is to be opened"). */
  private static final Set<String> AUXILIARIES = Set.of("be", "to", "will", "would", "shall",
      "should", "could", "might", "may", "must", "been", "being", "can", "ll", "is", "are", "am",
      "not", "get", "gets");
  private static final Pattern PAST_FRAME = Pattern.compile("(?<![\\p{L}])[وف]?كانت?\\s+$");

  static {
    for (String[] r : DataFiles.readTsv(DateResolver.class, "time-lexicon.tsv")) {
      String k = key(r[1]);
      switch (r[0]) {
        case "day" -> DAYS.put(k, Integer.parseInt(r[2].strip()));
        case "period" -> PERIODS.put(k, r[2].strip());
        case "weekday" -> WEEKDAYS.put(k, Integer.parseInt(r[2].strip()));
        case "number" -> NUMBERS.put(k, Integer.parseInt(r[2].strip()));
        case "ordinal" -> ORDINALS.put(k, Integer.parseInt(r[2].strip()));
        case "unit" -> UNITS.put(k, r[2].strip());
        default -> throw new IllegalStateException("time-lexicon.tsv: unknown kind " + r[0]);
      }
    }
    String m = "(" + Months.alternation() + ")";
    int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    FULL_DMY = ScanPattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + m
        + "(?:\\s*/\\s*(?:" + Months.alternation() + "))?[,،]?\\s+(\\d{4})(?!\\d)", f);
    FULL_MDY = ScanPattern.compile("(?<![\\p{L}])" + m
        + "\\s+(\\d{1,2})(?:st|nd|rd|th)?[,،]?\\s+(\\d{4})(?!\\d)", f);
    DM = ScanPattern.compile(
        "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+|من\\s+)?" + m
        + "(?![\\p{L}])", f);
    MD = ScanPattern.compile(
        "(?<![\\p{L}])" + m + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:\\p{L}])", f);
    MY = ScanPattern.compile("(?<![\\p{L}])" + m + "[,،]?\\s+(\\d{4})(?!\\d)", f);
    // a month named alone behind a preposition ("in February", "since early March"): no day,
    // no year written; never one a day or year follows (those are DM, MD and MY)
    MO = ScanPattern.compile("(?<![\\p{L}])(?:in|since|until|during|by|last)\\s+"
        + "(?:(?:early|late|mid)[\\s-]+)?" + m + "(?![\\p{L}])(?![,،]?\\s*\\d)", f);
    RELDAY = ScanPattern.compile(
        "(?<![\\p{L}])(" + alternation(DAYS.keySet()) + ")(?![\\p{L}])", f);
    PERIOD = ScanPattern.compile("(?<![\\p{L}])(" + alternation(PERIODS.keySet()) + ")(?![\\p{L}])",
        f);
    WEEKDAY = ScanPattern.compile(
        "(?<![\\p{L}])(?:(last|next|this|past|coming)\\s+)?(?:(?:يوم|صباح|"
        + "مساء|ليلة|ليل|فجر|ظهر|عصر|ظهيرة)\\s+)?(?:(اليوم)\\s+)?(" + alternation(WEEKDAYS.keySet())
        + ")(?:\\s+(morning|afternoon|evening|night|الماضي|الفائت|المقبل|القادم))?(?![\\p{L}])", f);
    String num = "(\\d{1,3}|" + alternation(NUMBERS.keySet()) + ")";
    String unit = "(" + alternation(UNITS.keySet()) + ")";
    WITHIN = ScanPattern.compile("(?<![\\p{L}])(?:within|in the next|over the next|during the next|"
        + "خلال|في غضون|في غضون ال)\\s+(?:the\\s+next\\s+)?" + num + "[\\s-]+" + unit
        + "(?![\\p{L}])", f);
    OVER_LAST = ScanPattern.compile(
        "(?<![\\p{L}])(?:over|during|in|for)\\s+the\\s+(?:last|past)\\s+"
        + num + "\\s+" + unit + "(?![\\p{L}])", f);
    AR_OVER_LAST = ScanPattern.compile(
        "(?<![\\p{L}])خلال\\s+(?:ال)?(سنوات|أعوام|أيام|أشهر|أسابيع"
        + "|ساعات)\\s+(?:ال)?" + num + "\\s+(?:الماضية|الأخيرة)", f);
    ORDINAL = ScanPattern.compile(
        "(?<![\\p{L}])(" + alternation(ORDINALS.keySet()) + ")\\s+من\\s+(?:"
        + "الشهر\\s+(الجاري|الحالي|الماضي)|" + m + ")", f);
  }

  private static String key(String s) {
    return SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static String alternation(java.util.Collection<String> words) {
    return Patterns.alternation(words);
  }

  /* A match before normalization. */
  private record Raw(int start, int end, String kind, Matcher m) {}

  /** Finds and normalizes the temporal expressions of {@code text[from, to)}. */
  public List<Timex> find(String text, int from, int to, Anchor anchor) {
    String t = TextNormalizer.asciiDigits(text.substring(from, to));
    List<Raw> raws = new ArrayList<>();
    // a cheap scan of the words says which patterns can match and where month names are
    Cues cues = cues(t);
    for (int[] m : cues.months) {
      collect(MO, "mo", t, Math.max(0, m[0] - 16), Math.min(t.length(), m[1] + 6), raws);
    }
    for (int[] m : cues.months) {
      if (!cues.digits) {
        break; // each of these needs a digit, the full dates and MY four in a row
      }
      int a = Math.max(0, m[0] - 14);
      int b = Math.min(t.length(), m[1] + 40);
      if (cues.year) {
        collect(FULL_DMY, "full-dmy", t, a, b, raws);
        collect(FULL_MDY, "full-mdy", t, a, b, raws);
      }
      collect(DM, "dm", t, a, b, raws);
      collect(MD, "md", t, a, b, raws);
      if (cues.year) {
        collect(MY, "my", t, a, b, raws);
      }
    }
    if (cues.year) {
      collect(ISO, "iso", t, 0, t.length(), raws);
      collect(YEAR, "year", t, 0, t.length(), raws);
    }
    if (cues.ordinal) {
      collect(ORDINAL, "ordinal", t, 0, t.length(), raws);
    }
    if (cues.unit) {
      collect(WITHIN, "within", t, 0, t.length(), raws);
      collect(OVER_LAST, "over-last", t, 0, t.length(), raws);
      collect(AR_OVER_LAST, "ar-over-last", t, 0, t.length(), raws);
    }
    if (cues.weekday) {
      collect(WEEKDAY, "weekday", t, 0, t.length(), raws);
    }
    if (cues.relative) {
      collect(RELDAY, "relday", t, 0, t.length(), raws);
      collect(PERIOD, "period", t, 0, t.length(), raws);
    }
    dedupe(raws);
    // longest first; a shorter match inside a kept one is dropped
    raws.sort(Comparator.comparingInt((Raw r) -> -(r.end - r.start)).thenComparingInt(r -> r.start));
    // kept spans never overlap, so the one starting last before a match's end is the only one
    // that can overlap it: a sorted map answers in log time what a scan of all kept spans did
    java.util.TreeMap<Long, Raw> keptByStart = new java.util.TreeMap<>(); // key: start, end
    for (Raw r : raws) {
      Interruption.check();
      Map.Entry<Long, Raw> before = keptByStart.lowerEntry((long) r.end << 32);
      boolean overlaps = before != null && before.getValue().end > r.start;
      if (!overlaps && admissible(r, t)) {
        keptByStart.put(((long) r.start << 32) | r.end, r);
      }
    }
    List<Raw> kept = new ArrayList<>(keptByStart.values());
    if (kept.isEmpty()) {
      return List.of();
    }
    List<Timex> out = new ArrayList<>();
    Sentences sentences = new Sentences(t);
    for (Raw r : kept) {
      Interruption.check();
      boolean future = sentences.future(r.start, r.end);
      Timex x = normalize(r, t, text, from, anchor, future);
      if (x != null) {
        out.add(span(x, t, r, from, anchor));
      }
    }
    return out;
  }

  /*
   * The sentences of a text, for "does the sentence around this match speak of the future":
   * the sentence ends are found once, and each sentence is searched once, so the cost is linear
   * in the text however many dates a sentence holds (it was a scan per date: quadratic on long
   * text without full stops).
   */
  private static final class Sentences {
    private final String t;
    private final int[] ends;
    private final Map<Long, Boolean> memo = new HashMap<>();

    Sentences(String t) {
      this.t = t;
      int n = 0;
      int[] e = new int[16];
      for (int i = 0; i < t.length(); i++) {
        if (".!?؟\n".indexOf(t.charAt(i)) >= 0) {
          if (n == e.length) {
            e = java.util.Arrays.copyOf(e, n * 2);
          }
          e[n++] = i;
        }
      }
      this.ends = java.util.Arrays.copyOf(e, n);
    }

    boolean future(int start, int end) {
      if (pastVerbBefore(t, start)) {
        return false; // "the White House said late on Monday that X would pay": said on Monday
      }
      // the sentence runs from after the last end before start to the first end at or after end
      int i = java.util.Arrays.binarySearch(ends, start - 1);
      int before = i >= 0 ? i : -i - 2; // index of the last end < start, or -1
      int s = before < 0 ? 0 : ends[before] + 1;
      int j = java.util.Arrays.binarySearch(ends, end);
      int after = j >= 0 ? j : -j - 1; // index of the first end >= end
      int e = after < ends.length ? ends[after] : t.length();
      // the clause around the date, when it says more than the date: "Under the deal announced
      // on Sunday, the militants will leave" is past; "On Sunday, talks will resume" is not
      int cs = start;
      while (cs > s && ",;،".indexOf(t.charAt(cs - 1)) < 0) {
        cs--;
      }
      int ce = end;
      while (ce < e && ",;،".indexOf(t.charAt(ce)) < 0) {
        ce++;
      }
      if (words(cs, start) + words(end, ce) >= 3) {
        s = cs;
        e = ce;
      }
      int from = s;
      int to = e;
      long key = ((long) from << 32) | to;
      return memo.computeIfAbsent(key, k -> {
        ScanPattern.Finder m = FUTURE.opaqueMatcher(t, from, to);
        while (m.find()) {
          if (!PAST_FRAME.matcher(t).region(Math.max(from, m.start() - 8), m.start()).find()) {
            return true;
          }
        }
        return false;
      });
    }

    /*
     * True when the verb the date hangs on stands before it in the past tense, within five
     * words and no clause break ("said late on Monday", "stormed the post on Saturday", "were
     * killed in the village on Sunday": an -ed form or a common irregular past), unless an
     * auxiliary of the future, the present or an infinitive stands right before that verb ("is
     * expected to be opened on Thursday", "is not completed by Friday"). A clause marked off by
     * no comma (a crawl that stripped them) is otherwise read whole, and a "would" elsewhere in
     * it sent a past day a week ahead.
     */
    static boolean pastVerbBefore(String t, int start) {
      int[] w = new int[2];
      int at = start;
      for (int k = 0; k < PAST_VERB_REACH; k++) {
        if (!previousWord(t, at, w)) {
          return false;
        }
        String word = t.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        at = w[0];
        if (CLAUSE_STOPS.contains(word) || AUXILIARIES.contains(word)) {
          return false; // another clause, or the future: the verb is not before the date
        }
        if (!(PAST_IRREGULAR.contains(word)
            || word.length() > 4 && word.endsWith("ed") && !PLANNED.contains(word))) {
          continue; // a lead ("late on"), an object ("stormed the post on Saturday")
        }
        for (int j = 0; j < 2 && previousWord(t, at, w); j++) {
          if (AUXILIARIES.contains(t.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
            return false;
          }
          at = w[0];
        }
        return true;
      }
      return false;
    }

    /* The Latin word that ends right before position {@code at} (spaces between), into w. */
    private static boolean previousWord(String t, int at, int[] w) {
      int e = at;
      while (e > 0 && t.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > 0 && (t.charAt(b - 1) < 128 && Character.isLetter(t.charAt(b - 1)))) {
        b--;
      }
      if (b == e) {
        return false;
      }
      w[0] = b;
      w[1] = e;
      return true;
    }

    /* The number of words in [from, to). */
    private int words(int from, int to) {
      int n = 0;
      boolean in = false;
      for (int i = from; i < to; i++) {
        boolean letter = Character.isLetter(t.charAt(i));
        if (letter && !in) {
          n++;
        }
        in = letter;
      }
      return n;
    }
  }

  private static void collect(ScanPattern p, String kind, String t, int from, int to,
      List<Raw> out) {
    ScanPattern.Finder m = p.matcher(t, from, to);
    while (m.find()) {
      out.add(new Raw(m.start(), m.end(), kind,
          (Matcher) p.pattern().matcher(t).region(m.start(), m.end())));
    }
  }

  private static void dedupe(List<Raw> raws) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    raws.removeIf(r -> !seen.add(r.start + ":" + r.end + ":" + r.kind));
  }

  /* What a word scan found: month names (spans), digits, and keywords of the other patterns. */
  private static final class Cues {
    final List<int[]> months = new ArrayList<>();
    boolean digits;
    boolean year; // four ASCII digits in a row
    boolean ordinal;
    boolean unit;
    boolean weekday;
    boolean relative;
  }

  /* Arabic plural units that mark a span ("خلال السنوات …") besides the lexicon's units. */
  private static final java.util.Set<String> AR_UNITS =
      java.util.Set.of("سنوات", "السنوات", "الأيام", "الأشهر", "الساعات");
  /*
   * Every word a test of cues() can accept (the words of month names, weekdays, the first words
   * of relative days and periods, units, ordinals): a word the filter rules out is none of them,
   * and cues() makes no String of it.
   */
  private static final WordFilter CUE_WORDS;

  private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();
  private static final java.util.Set<String> ORDINAL_FIRST = new java.util.HashSet<>();

  static {
    for (String k : DAYS.keySet()) {
      FIRST_WORDS.add(k.split(" ")[0]);
    }
    for (String k : PERIODS.keySet()) {
      FIRST_WORDS.add(k.split(" ")[0]);
    }
    for (String k : ORDINALS.keySet()) {
      ORDINAL_FIRST.add(k.split(" ")[0]);
    }
    List<String> cueWords = new ArrayList<>(Months.plainWords());
    cueWords.addAll(WEEKDAYS.keySet());
    cueWords.addAll(FIRST_WORDS);
    cueWords.addAll(UNITS.keySet());
    cueWords.addAll(ORDINAL_FIRST);
    cueWords.addAll(AR_UNITS);
    CUE_WORDS = new WordFilter(cueWords);
  }

  private static Cues cues(String t) {
    Cues c = new Cues();
    int n = t.length();
    int i = 0;
    String prev = null;
    int prevStart = 0;
    int run = 0;
    while (i < n) {
      char ch = t.charAt(i);
      if (ch >= '0' && ch <= '9') {
        c.digits = true;
        c.year |= ++run >= 4;
        i++;
        continue;
      }
      run = 0;
      if (!Character.isLetter(ch)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '.')) {
        i++;
      }
      if (!CUE_WORDS.mayHold(t, s, t.charAt(i - 1) == '.' ? i - 1 : i)) {
        prev = null; // no cue, and no opener of a month name: its String is not needed
        continue;
      }
      String w = t.substring(s, i).toLowerCase(Locale.ROOT);
      if (w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      if (Months.plain(w) != null) {
        c.months.add(new int[] {s, i});
      } else if (prev != null && Months.opensName(prev)
          && Months.plain(prev + " " + w) != null) {
        c.months.add(new int[] {prevStart, i}); // "كانون الثاني", "تشرين الأول"
      }
      if (WEEKDAYS.containsKey(w)) {
        c.weekday = true;
      }
      if (FIRST_WORDS.contains(w)) {
        c.relative = true;
      }
      if (UNITS.containsKey(w) || AR_UNITS.contains(w)) {
        c.unit = true;
      }
      if (ORDINAL_FIRST.contains(w)) {
        c.ordinal = true;
      }
      prev = w;
      prevStart = s;
    }
    return c;
  }

  /** English month and weekday names are proper nouns: "may 3" is not a date, "May 3" is. */
  private static boolean admissible(Raw r, String t) {
    if (r.kind.equals("md") || r.kind.equals("my") || r.kind.equals("weekday")) {
      int i = r.start;
      if (r.kind.equals("weekday")) {
        Matcher m = matched(r);
        i = m.start(3);
      }
      char c = t.charAt(i);
      return Character.isUpperCase(c) || c >= '\u0600';
    }
    return true;
  }

  private static Matcher matched(Raw r) {
    Matcher m = r.m;
    m.reset();
    m.region(r.start, r.end);
    if (!m.lookingAt()) {
      throw new IllegalStateException("lost match");
    }
    return m;
  }

  private Timex normalize(Raw r, String t, String original, int from, Anchor a, boolean future) {
    Matcher m = matched(r);
    String text = original.substring(from + r.start, from + r.end);
    int s = from + r.start;
    int e = from + r.end;
    LocalDate ref = a.date();
    switch (r.kind) {
      case "full-dmy", "full-mdy", "iso" -> {
        int y;
        int mo;
        int d;
        if (r.kind.equals("iso")) {
          y = Integer.parseInt(m.group(1));
          mo = Integer.parseInt(m.group(2));
          d = Integer.parseInt(m.group(3));
        } else if (r.kind.equals("full-dmy")) {
          d = Integer.parseInt(m.group(1));
          mo = Months.month(m.group(2));
          y = Integer.parseInt(m.group(3));
        } else {
          mo = Months.month(m.group(1));
          d = Integer.parseInt(m.group(2));
          y = Integer.parseInt(m.group(3));
        }
        LocalDate date = date(y, mo, d);
        return date == null ? null
            : new Timex(s, e, text, "date", date.toString(), null, "day", "explicit", 0.95);
      }
      case "dm", "md" -> {
        int mo = Months.month(m.group(r.kind.equals("dm") ? 2 : 1));
        int d = Integer.parseInt(m.group(r.kind.equals("dm") ? 1 : 2));
        if (d < 1 || d > 31) {
          return null;
        }
        if (ref == null) {
          return new Timex(s, e, text, "date", null, null, "unknown", "none", 0.3);
        }
        DayOfWeek told = a.basis().equals("publication") ? null : weekdayBefore(t, r.start);
        LocalDate pinned = told == null ? null : yearOfWeekday(ref, mo, d, told);
        if (pinned != null) {
          // "Wednesday, August 21st": the weekday says the year, as a year written out would
          return new Timex(s, e, text, "date", pinned.toString(), null, "day", "explicit", 0.9);
        }
        LocalDate date = a.mode() == Mode.PAST ? withYear(ref, mo, d, future) : nearest(ref, mo, d);
        return date == null ? null
            : new Timex(s, e, text, "date", date.toString(), null, "day", basis(a), 0.9 * conf(a));
      }
      case "my" -> {
        int mo = Months.month(m.group(1));
        int y = Integer.parseInt(m.group(2));
        LocalDate date = date(y, mo, 1);
        return date == null ? null
            : new Timex(s, e, text, "date", date.toString(), null, "month", "explicit", 0.9);
      }
      case "mo" -> {
        String name = m.group(1);
        if (!Character.isUpperCase(name.charAt(0)) && name.charAt(0) < '\u0600') {
          return null; // "in may": no month
        }
        int mo = Months.month(name);
        if (ref == null) {
          return new Timex(s, e, text, "date", null, null, "unknown", "none", 0.3);
        }
        LocalDate date = LocalDate.of(ref.getYear(), mo, 1);
        LocalDate month = ref.withDayOfMonth(1);
        if (future) {
          date = date.isBefore(month) ? date.plusYears(1) : date; // the next such month
        } else if (a.mode() == Mode.PAST ? date.isAfter(month)
            : date.isAfter(month.plusMonths(2))) {
          date = date.minusYears(1); // the last such month
        }
        return new Timex(s, e, text, "date", date.toString(), null, "month", basis(a),
            0.8 * conf(a));
      }
      case "year" -> {
        int y = Integer.parseInt(m.group(1));
        if (y < 1900 || y > 2100) {
          return null;
        }
        return new Timex(s, e, text, "date", y + "-01-01", null, "year", "explicit", 0.9);
      }
      case "ordinal" -> {
        int d = ORDINALS.get(key(m.group(1)));
        if (ref == null) {
          return new Timex(s, e, text, "date", null, null, "unknown", "none", 0.3);
        }
        LocalDate date;
        if (m.group(3) != null) {
          date = withYear(ref, Months.month(m.group(3)), d, future);
        } else {
          LocalDate month = m.group(2).equals("الماضي") ? ref.minusMonths(1) : ref;
          date = date(month.getYear(), month.getMonthValue(), d);
        }
        return date == null ? null
            : new Timex(s, e, text, "date", date.toString(), null, "day", basis(a), 0.85 * conf(a));
      }
      case "relday" -> {
        int off = DAYS.get(key(m.group(1)));
        if (ref == null) {
          return new Timex(s, e, text, "relative", null, null, "unknown", "none", 0.3);
        }
        return new Timex(s, e, text, "relative", ref.plusDays(off).toString(), null, "day",
            "relative", 0.9 * conf(a));
      }
      case "period" -> {
        String[] p = PERIODS.get(key(m.group(1))).split(":");
        int off = Integer.parseInt(p[1]);
        if (ref == null) {
          return new Timex(s, e, text, "period", null, null, "unknown", "none", 0.3);
        }
        return switch (p[0]) {
          case "week" -> {
            LocalDate mon = ref.plusWeeks(off).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            yield new Timex(s, e, text, "period", mon.toString(), mon.plusDays(6).toString(), "day",
                "relative", 0.6 * conf(a));
          }
          case "month" -> new Timex(s, e, text, "period",
              ref.plusMonths(off).withDayOfMonth(1).toString(), null, "month", "relative",
              0.8 * conf(a));
          default -> new Timex(s, e, text, "period", ref.plusYears(off).withDayOfYear(1).toString(),
              null, "year", "relative", 0.8 * conf(a));
        };
      }
      case "weekday" -> {
        int dow = WEEKDAYS.get(key(m.group(3)));
        String before = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String after = m.group(4) == null ? "" : m.group(4);
        boolean today = m.group(2) != null;
        if (ref == null) {
          return new Timex(s, e, text, "weekday", null, null, "unknown", "none", 0.3);
        }
        DayOfWeek w = DayOfWeek.of(dow);
        LocalDate date;
        if (today && ref.getDayOfWeek() == w) {
          date = ref; // "اليوم الأحد": today, which is Sunday
        } else if (today && ref.plusDays(1).getDayOfWeek() == w) {
          date = ref.plusDays(1); // "اليوم الأحد" stamped late on Saturday (another time zone)
        } else if (today) {
          // "اليوم الاثنين" on a page of Thursday: a report of Monday's, copied on; its Monday
          date = future ? ref.with(TemporalAdjusters.next(w)) : ref.with(TemporalAdjusters.previous(w));
        } else if (before.equals("last") || before.equals("past") || after.equals("الماضي")
            || after.equals("الفائت")) {
          date = ref.with(TemporalAdjusters.previous(w));
        } else if (before.equals("next") || before.equals("coming") || after.equals("المقبل")
            || after.equals("القادم")) {
          date = ref.with(TemporalAdjusters.next(w));
        } else if (future || a.mode() == Mode.FORWARD) {
          date = ref.with(TemporalAdjusters.nextOrSame(w));
        } else {
          date = ref.with(TemporalAdjusters.previousOrSame(w));
        }
        return new Timex(s, e, text, "weekday", date.toString(), null, "day", "relative",
            0.85 * conf(a));
      }
      case "within" -> {
        int n = number(m.group(1));
        String unit = UNITS.get(key(m.group(2)));
        if (ref == null || n <= 0) {
          return new Timex(s, e, text, "duration", null, null, "unknown", "none", 0.3);
        }
        LocalDate end = plus(ref, n, unit);
        return new Timex(s, e, text, "span", ref.toString(), end.toString(), "day", "relative",
            0.8 * conf(a));
      }
      case "over-last", "ar-over-last" -> {
        boolean ar = r.kind.equals("ar-over-last");
        int n = number(m.group(ar ? 2 : 1));
        String unitWord = m.group(ar ? 1 : 2);
        String unit = UNITS.getOrDefault(key(unitWord), arabicUnit(unitWord));
        if (ref == null || n <= 0) {
          return new Timex(s, e, text, "duration", null, null, "unknown", "none", 0.3);
        }
        LocalDate start = plus(ref, -n, unit);
        String precision = unit.equals("years") ? "year" : unit.equals("months") ? "month" : "day";
        return new Timex(s, e, text, "span", start.toString(), ref.toString(), precision,
            "relative", 0.7 * conf(a));
      }
      default -> {
        return null;
      }
    }
  }

  /** "since April 7" runs from the date to the reference date; "until April 12" ends there. */
  private static Timex span(Timex x, String t, Raw r, int from, Anchor a) {
    if (x.value() == null || x.endValue() != null) {
      return x;
    }
    int i = r.start;
    while (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    String before = t.substring(Math.max(0, i - 8), i).toLowerCase(Locale.ROOT);
    String own = x.text().toLowerCase(Locale.ROOT);
    boolean since = before.endsWith("since") || before.endsWith("منذ") || own.startsWith("since")
        || own.startsWith("منذ");
    if (since && a.date() != null) {
      return new Timex(x.start(), x.end(), x.text(), "span", x.value(), a.date().toString(),
          x.precision(), x.basis(), x.confidence());
    }
    if (before.endsWith("until") || before.endsWith("till") || before.endsWith("حتى")) {
      return new Timex(x.start(), x.end(), x.text(), "span", null, x.value(), x.precision(),
          x.basis(), x.confidence());
    }
    return x;
  }

  private static String arabicUnit(String w) {
    return switch (w) {
      case "سنوات", "أعوام" -> "years";
      case "أشهر" -> "months";
      case "أسابيع" -> "weeks";
      case "ساعات" -> "hours";
      default -> "days";
    };
  }

  private static int number(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    return NUMBERS.getOrDefault(key(s), -1);
  }

  private static LocalDate plus(LocalDate d, int n, String unit) {
    return switch (unit) {
      case "hours" -> d.plusDays(n / 24 + (n % 24 == 0 ? 0 : (n > 0 ? 1 : -1)));
      case "weeks" -> d.plusWeeks(n);
      case "months" -> d.plusMonths(n);
      case "years" -> d.plusYears(n);
      default -> d.plusDays(n);
    };
  }

  /* A weekday written just before a month-day ("Wednesday, August 21st", "الأربعاء 21 آب"). */
  private static final Pattern WEEKDAY_BEFORE;

  static {
    WEEKDAY_BEFORE = Pattern.compile("(?<![\\p{L}])(" + alternation(WEEKDAYS.keySet())
        + ")\\s*[,،]?\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /* The weekday written just before position {@code at} of {@code t}, or null. */
  private static DayOfWeek weekdayBefore(String t, int at) {
    Matcher w = WEEKDAY_BEFORE.matcher(t.substring(Math.max(0, at - 24), at));
    return w.find() ? DayOfWeek.of(WEEKDAYS.get(key(w.group(1)))) : null;
  }

  /*
   * The month-day that falls on the weekday the page gives it, in the year nearest the
   * reference among the six before it and the one after (a weekday repeats on a month-day every
   * five to eleven years, so at most one such year lies that close); null when none does.
   */
  static LocalDate yearOfWeekday(LocalDate ref, int month, int day, DayOfWeek weekday) {
    LocalDate best = null;
    for (int y = ref.getYear() - 6; y <= ref.getYear() + 1; y++) {
      LocalDate d = date(y, month, day);
      if (d != null && d.getDayOfWeek() == weekday && (best == null
          || Math.abs(ChronoUnit.DAYS.between(d, ref)) < Math.abs(ChronoUnit.DAYS.between(best, ref)))) {
        best = d;
      }
    }
    return best;
  }

  private static String basis(Anchor a) {
    if (a.basis().equals("text")) {
      return "relative"; // read from a full date the page states elsewhere
    }
    return a.basis().equals("story") ? "story" : "publication";
  }

  private static double conf(Anchor a) {
    return a.confidence() <= 0 ? 0.5 : a.confidence();
  }

  /**
   * The month-day's date in the reference's year; in past-tense text a date more than two weeks
   * after the reference belongs to the year before, in future-tense text a date long before it to
   * the year after.
   */
  static LocalDate withYear(LocalDate ref, int month, int day, boolean future) {
    LocalDate d = date(ref.getYear(), month, day);
    if (d == null) {
      return null;
    }
    if (!future && d.isAfter(ref.plusDays(14))) {
      return date(ref.getYear() - 1, month, day);
    }
    if (future && ChronoUnit.DAYS.between(d, ref) > 60) {
      return date(ref.getYear() + 1, month, day);
    }
    return d;
  }

  /**
   * The month-day read against a date from another page of the story: the latest of the three
   * years around it that is not more than two months after it (a page reports what has
   * happened, and the story's pages are written within weeks of each other: "October 17" read
   * against 23 June 2017 is 17 October 2016), else the nearest.
   */
  static LocalDate nearest(LocalDate ref, int month, int day) {
    LocalDate best = null;
    LocalDate limit = ref.plusDays(60);
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate d = date(y, month, day);
      if (d != null && !d.isAfter(limit)) {
        best = d;
      }
    }
    if (best != null) {
      return best;
    }
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate d = date(y, month, day);
      if (d != null && (best == null
          || Math.abs(ChronoUnit.DAYS.between(d, ref)) < Math.abs(ChronoUnit.DAYS.between(best, ref)))) {
        best = d;
      }
    }
    return best;
  }

  private static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
