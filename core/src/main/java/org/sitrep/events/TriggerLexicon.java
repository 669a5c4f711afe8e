package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.text.DataFiles;

/**
 * The trigger lexicon as data ({@code triggers-en.tsv}, {@code triggers-ar.tsv}): phrases of
 * lemmas or stems mapped to PLOVER categories, matched on the tokens of a sentence. English verbs
 * are inflected at load (regular rules plus {@code english-irregular.tsv}), English nouns take
 * their plurals; Arabic words are matched through their clitics and conjugation affixes, which
 * are stripped at match time. Cost grows with the text: each token is looked up in one hash
 * table, whatever the size of the lexicon.
 */
final class TriggerLexicon {
  /** One row of a lexicon file, as written, with the trigger it compiles to. */
  record Row(Lexicon.Trigger trigger, String pos, String phrase, String example, String language) {}

  /**
   * A match: the row, its character span within the matched text, and whether its verb carries
   * the Arabic future prefix س ("سيخرج").
   */
  record Match(Row row, int start, int end, boolean future) {}

  /* A word slot of a compiled phrase: the forms (English) or stems (Arabic) it accepts. */
  private record Slot(Set<String> forms, boolean verb, Set<String> lemmas, Set<String> third) {}

  /* A phrase compiled: its slots, GAP_SLOT standing for a gap of up to three words, or six
     without a clause word (words.tsv "gap-stop"). */
  private record Phrase(Row row, List<Slot> slots) {}

  private static final int GAP = 3;
  private static final int WIDE_GAP = 6;
  /* Words a wide gap does not cross (words.tsv "gap-stop"), Arabic ones in their key form. */
  private static final Set<String> GAP_STOPS = keyed("gap-stop", false);

  /* A words.tsv vocabulary in the Arabic key form (and lower-cased as written, when asked). */
  private static Set<String> keyed(String kind, boolean lowerToo) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : Lexicon.vocabulary(kind)) {
      out.add(ArabicClitics.key(w));
      if (lowerToo) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /* Arabic words of a time a gap does not count (words.tsv "gap-time"), in their key form. */
  private static final Set<String> GAP_TIMES = keyed("gap-time", false);

  private static boolean plain(String[] lower, int k) {
    return !GAP_STOPS.contains(lower[k]);
  }

  /*
   * A word a wide gap may cross: no clause word, or an English "and"/"or" joining two nouns of
   * one group ("fired 18 drones and three missiles", "warned companies and residents to stay
   * away"): the word after it is no verb of the lexicon, no past form, no pronoun or adverb that
   * opens a clause ("and killed", "and then", "and they").
   */
  private boolean wideGapWord(String[] lower, int k) {
    if (plain(lower, k)) {
      return true;
    }
    if (arabic || !(lower[k].equals("and") || lower[k].equals("or")) || k + 1 >= lower.length) {
      return false;
    }
    String next = lower[k + 1];
    return !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))
        && !verbForms.contains(next) && !next.endsWith("ed") && !CLAUSE_OPENERS.contains(next)
        && !GAP_STOPS.contains(next);
  }

  /* Words after "and" that open a clause of their own. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "it", "they", "we", "i",
      "you", "then", "also", "later", "now", "there", "this", "these", "those", "has", "have",
      "had", "was", "were", "is", "are", "will", "would", "could", "may", "might", "can",
      "should", "did", "does", "not", "never");
  private static final Slot GAP_SLOT = new Slot(Set.of(), false, Set.of(), Set.of());
  /* Words after which a verb's -s form is a plural noun: "forces had", "attacks of", "talks in". */
  private static final Set<String> NOUN_AFTER = Set.of("had", "have", "were", "are", "will",
      "would", "of", "in", "on", "at", "from", "loyal", "backed", "allied", "which", "who",
      "that", "and", "or", "to", "against", "near", "around", "inside", "since", "continued",
      "continue", "resumed", "began", "ended", "took", "for", "with", "by", "could", "may",
      "might", "must", "should", "also");
  /* Words after which an English word is a noun, not a verb: "the attack", "its control". */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these",
      "those", "its", "their", "his", "her", "our", "my", "your", "any", "every", "each", "no",
      "some", "another", "of", "new", "further", "such", "whose");
  /* Modals a bare verb listed after a comma may hang on: "will hand over …, free …". */
  private static final Set<String> MODALS = Set.of("will", "would", "must", "should", "shall");
  /* Words after which an English verb's bare form is a verb: "will attack", "to withdraw". */
  private static final Set<String> BARE_VERB_BEFORE = Set.of("to", "will", "would", "could",
      "can", "may", "might", "must", "should", "shall", "did", "not", "never", "they", "we", "i",
      "you", "and", "or", "cannot", "also", "jointly", "then", "immediately");

  /* A row's passive: its row flagged passive, the verb's participles, its particles in order. */
  private record Passive(Row row, Set<String> participles, List<String> particles) {}

  /* The passives of the rows by the forms of their object (the row's last word). */
  private final Map<String, List<Passive>> byObject = new HashMap<>();
  /* Auxiliaries of a passive between its object and its participle. */
  private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "are", "been",
      "being", "be");
  /* Words right before a passive's object that make it no deed (TriggerLexicon.unreal). */
  private static final Set<String> UNREAL = Set.of("if", "unless", "until", "whether");
  /* Particles a verb row may have between its verb and object ("call up reservists"). */
  private static final Set<String> PASSIVE_PARTICLES = Set.of("up", "down", "off", "out",
      "back", "over", "away");
  /* Last words of a row that are no object of its verb ("call * for", "warn * not to"). */
  private static final Set<String> NOT_OBJECTS = Set.of("for", "to", "on", "with", "against",
      "of", "up", "down", "off", "out", "back", "over", "away", "in", "into", "that", "not",
      "from", "at", "by", "until", "about", "it", "them", "him", "her", "itself", "themselves");

  /* Plural nouns without -s that are a bare verb's subject (words.tsv "plural-subject"). */
  private static final Set<String> PLURAL_SUBJECTS = Lexicon.vocabulary("plural-subject");
  /* Plurals in -s that modify the noun after them (words.tsv "not-subject"). */
  private static final Set<String> NOT_SUBJECTS = Lexicon.vocabulary("not-subject");

  static final TriggerLexicon ENGLISH = new TriggerLexicon("triggers-en.tsv", "en");
  static final TriggerLexicon ARABIC = new TriggerLexicon("triggers-ar.tsv", "ar");

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, List<Phrase>> byFirst = new HashMap<>();
  /* Every form or stem any slot accepts: a reading of a word with another stem is never kept. */
  private final Set<String> stems = new java.util.HashSet<>();
  /* Arabic readings by word, filtered to known stems: words recur, their analysis need not. */
  private final Map<String, List<ArabicClitics.Reading>> readings =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final boolean arabic;
  /* English: every form of a verb row's verb and every irregular form (see wideGapWord). */
  private final Set<String> verbForms = new java.util.HashSet<>();

  private TriggerLexicon(String resource, String language) {
    this.arabic = language.equals("ar");
    Map<String, Set<String>> irregular = arabic ? Map.of() : irregular();
    for (Set<String> forms : irregular.values()) {
      verbForms.addAll(forms);
    }
    for (String[] r : DataFiles.readTsv(TriggerLexicon.class, resource)) {
      if (r.length < 5) {
        throw new IllegalStateException(resource + ": a row needs at least 5 columns: "
            + String.join(" | ", r));
      }
      Set<String> flags = new LinkedHashSet<>();
      if (!r[2].equals("-")) {
        flags.addAll(List.of(r[2].split(",")));
      }
      flags.add("pos:" + r[3]); // the coder reads a verb's and a noun's arguments differently
      // the phrase's own words (no gaps): where two phrases cover the same words, the one that
      // names more of them is the more specific ("launched a joint operation" cooperates)
      List<String> words = new ArrayList<>();
      for (String w : r[4].strip().split(" +")) {
        if (!w.equals("*")) {
          words.add(w);
        }
      }
      Lexicon.Trigger t = new Lexicon.Trigger(r[0], r[1].equals("-") ? null : r[1],
          Set.copyOf(flags), null, List.copyOf(words));
      Row row = new Row(t, r[3], r[4], r.length > 5 ? r[5] : "", language);
      rows.add(row);
      Phrase p = compile(row, irregular);
      if (p.slots.isEmpty() || p.slots.get(0) == GAP_SLOT) {
        throw new IllegalStateException(resource + ": a phrase must start with a word: " + r[4]);
      }
      for (String f : p.slots.get(0).forms) {
        byFirst.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
      }
      for (Slot sl : p.slots) {
        stems.addAll(sl.forms);
      }
      if (!arabic) {
        passive(row, r[4], irregular);
        if (r[3].equals("V")) {
          verbForms.addAll(p.slots.get(0).forms);
        }
      }
    }
  }

  /*
   * The passive of a verb row with its object last ("impose * curfew", "call up reservists"):
   * the object before the verb's participle ("a curfew was imposed", "reservists were called
   * up", as a headline "Curfew imposed in Jos"). The object is the deed's target; its doer
   * follows "by" (flag passive). Only rows whose words after the verb are gaps or particles.
   */
  private void passive(Row row, String phrase, Map<String, Set<String>> irregular) {
    String[] words = phrase.strip().split(" +");
    Lexicon.Trigger t = row.trigger();
    if (!row.pos.equals("V") || words.length < 2 || words[words.length - 1].equals("*")
        || t.flags().contains("deny") || t.flags().contains("subject-is-target")
        || t.flags().contains("command") || t.flags().contains("passive")) {
      return;
    }
    List<String> particles = new ArrayList<>();
    for (int i = 1; i < words.length - 1; i++) {
      if (words[i].equals("*")) {
        continue;
      }
      if (!PASSIVE_PARTICLES.contains(words[i])) {
        return;
      }
      particles.add(words[i]);
    }
    Set<String> objects = new LinkedHashSet<>(List.of(words[words.length - 1].split("\\|")));
    for (String o : objects) {
      if (NOT_OBJECTS.contains(o)) {
        return;
      }
    }
    Set<String> participles = new LinkedHashSet<>();
    for (String v : words[0].split("\\|")) {
      Set<String> irr = irregular.getOrDefault(v, Set.of());
      for (String f : irr.isEmpty() ? Inflection.verbForms(v) : irr) {
        // a regular verb's participle ends in -ed; an irregular one's is any form but these
        if (!f.endsWith("ing") && !f.equals(Inflection.thirdPerson(v))
            && (!irr.isEmpty() || f.endsWith("ed"))) {
          participles.add(f);
        }
      }
    }
    Set<String> flags = new LinkedHashSet<>(t.flags());
    flags.add("passive");
    Row passive = new Row(new Lexicon.Trigger(t.category(), t.mode(), Set.copyOf(flags),
        t.pattern(), t.literals()), row.pos, row.phrase, row.example, row.language);
    Passive pv = new Passive(passive, Set.copyOf(participles), List.copyOf(particles));
    for (String o : objects) {
      byObject.computeIfAbsent(o, k -> new ArrayList<>()).add(pv);
    }
  }

  /* A headline's words before its object: no article ("Curfew imposed", not "An offensive
     launched by …", a noun and its participle). */
  private static boolean headline(String[] lower, int i) {
    for (int k = 0; k < i; k++) {
      if (lower[k].equals("a") || lower[k].equals("an") || lower[k].equals("the")) {
        return false;
      }
    }
    return true;
  }

  /* A passive's object after "no" or in a clause of "if", "unless", "until" ("if no deal is
     reached", "until these areas are secured", "if … the siege is lifted"): no deed reported. */
  private static boolean unreal(String[] lower, boolean[] pause, int i) {
    if (i > 0 && lower[i - 1].equals("no")) {
      return true;
    }
    for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (UNREAL.contains(lower[k])) {
        return true;
      }
      if (pause[k]) {
        break; // the clause's first word
      }
    }
    return false;
  }

  /* An auxiliary soon after a headline's participle: it modified its noun ("The curfew imposed
     last week was lifted"). */
  private static boolean auxAfter(String[] lower, int j) {
    for (int k = j + 1; k < lower.length && k <= j + 6; k++) {
      if (PASSIVE_AUX.contains(lower[k])) {
        return true;
      }
    }
    return false;
  }

  /*
   * The passives ({@link #passive}) in a sentence's tokens: an object, up to three words with a
   * passive auxiliary among them ("was", "were", "has been"), the participle and the row's
   * particles; without the auxiliary only at a headline's or update's start ("Curfew imposed in
   * Jos", "Mobile internet suspended"). The match spans the participle and its particles.
   */
  private void passives(String[] lower, List<int[]> toks, boolean[] pause, List<Match> out) {
    for (int i = 0; i < lower.length; i++) {
      List<Passive> ps = byObject.get(lower[i]);
      if (ps == null) {
        continue;
      }
      boolean aux = false;
      for (int j = i + 1; j < lower.length && j <= i + 4; j++) {
        if (pause[j] || !plain(lower, j)) {
          break;
        }
        for (Passive p : ps) {
          if (p.participles.contains(lower[j]) && !unreal(lower, pause, i)
              && (aux || i <= 2 && j == i + 1 && headline(lower, i) && !auxAfter(lower, j))) {
            int last = j;
            boolean ok = true;
            for (String particle : p.particles) {
              if (last + 1 < lower.length && lower[last + 1].equals(particle)) {
                last++;
              } else {
                ok = false;
                break;
              }
            }
            if (ok) {
              out.add(new Match(p.row, toks.get(j)[0], toks.get(last)[1], false));
            }
          }
        }
        aux = aux || PASSIVE_AUX.contains(lower[j]);
      }
    }
  }

  /** The rows of this lexicon in file order. */
  List<Row> rows() {
    return rows;
  }

  private Phrase compile(Row row, Map<String, Set<String>> irregular) {
    String[] words = row.phrase.strip().split(" +");
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals("*")) {
        slots.add(GAP_SLOT);
        continue;
      }
      boolean verb = row.pos.equals("V") && i == 0;
      boolean noun = row.pos.equals("N") && i == words.length - 1;
      Set<String> forms = new LinkedHashSet<>();
      Set<String> lemmas = new LinkedHashSet<>();
      Set<String> third = new LinkedHashSet<>();
      for (String alt : words[i].split("\\|")) {
        String w = arabic ? ArabicClitics.key(alt) : alt.toLowerCase(Locale.ROOT);
        forms.add(w);
        if (arabic || !irregular.getOrDefault(w, Set.of()).contains(w)) {
          lemmas.add(w); // a bare form that is only a base form ("attack", not "hit" or "cut")
        }
        if (!arabic && verb) {
          forms.addAll(Inflection.verbForms(w));
          third.add(Inflection.thirdPerson(w));
          forms.addAll(irregular.getOrDefault(w, Set.of()));
        } else if (!arabic && noun) {
          forms.add(Inflection.plural(w));
        } else if (arabic && verb && w.startsWith("ي") && w.length() > 2) {
          // the imperfect's other persons: تقصف, نقصف, أقصف
          forms.add("ت" + w.substring(1));
          if (w.length() > 3) {
            // (not of a short stem: "نصر" of "يصر" is a name's word, "حسن نصر الله")
            forms.add("ن" + w.substring(1));
          }
          forms.add("ا" + w.substring(1));
        }
      }
      slots.add(new Slot(Set.copyOf(forms), verb, Set.copyOf(lemmas), Set.copyOf(third)));
    }
    return new Phrase(row, List.copyOf(slots));
  }

  private static Map<String, Set<String>> irregular() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] r : DataFiles.readTsv(TriggerLexicon.class, "english-irregular.tsv")) {
      if (r.length < 2) {
        continue;
      }
      Set<String> forms = out.computeIfAbsent(r[0].strip().toLowerCase(Locale.ROOT),
          k -> new LinkedHashSet<>());
      for (String f : r[1].split("\\|")) {
        if (!f.isBlank()) {
          forms.add(f.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /**
   * Finds the lexicon phrases in {@code text}. Matches may overlap; each is the longest match of
   * its row at its first word.
   */
  List<Match> find(String text) {
    return find(text, null);
  }

  /**
   * As {@link #find(String)}, with {@code names} the {start, end} offsets into {@code text} of
   * the actors the mention finder named there (or null): in Arabic, a name's words count as one
   * word of a narrow gap ("سلم الجيش الإسرائيلي عبر اللجنة الدولية للصليب الأحمر جثامين": s52).
   */
  List<Match> find(String text, int[][] names) {
    List<int[]> toks = tokens(text);
    if (toks.isEmpty()) {
      return List.of();
    }
    String[] lower = new String[toks.size()];
    boolean[] named = new boolean[toks.size()];
    boolean[] pause = new boolean[toks.size()]; // a comma, semicolon or colon right before it
    for (int i = 0; i < lower.length; i++) {
      int[] t = toks.get(i);
      String w = text.substring(t[0], t[1]);
      lower[i] = arabic ? ArabicClitics.key(w) : w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      // an English name ends a wide gap: it is the object, not part of a noun group before it;
      // an Arabic name (one the mention finder found) counts as one word of a narrow gap
      named[i] = arabic ? inside(names, t) : Character.isUpperCase(w.charAt(0));
      pause[i] = i > 0 && pause(text, toks.get(i - 1)[1], t[0]);
    }
    List<Match> out = new ArrayList<>();
    if (!arabic) {
      passives(lower, toks, pause, out);
    }
    int passiveCount = out.size();
    List<Integer> joins = new ArrayList<>(); // per match after the passives: its joining "and"
    // an Arabic word's readings, looked up once for the sentence (a gap tries a word many times)
    @SuppressWarnings("unchecked")
    List<ArabicClitics.Reading>[] reads = arabic ? new List[lower.length] : null;
    for (int i = 0; i < lower.length; i++) {
      if (!arabic && !byFirst.containsKey(lower[i])) {
        continue; // most words start no phrase: no reading to build
      }
      for (ArabicClitics.Reading c : arabic ? readingsAt(reads, lower, i) : candidates(lower[i])) {
        List<Phrase> ps = byFirst.get(c.stem());
        if (ps == null) {
          continue;
        }
        for (Phrase p : ps) {
          if (!fits(p.slots.get(0), c) || (!arabic && !verbHere(p, lower, i, pause[i]))) {
            continue;
          }
          int[] joined = {-1};
          int last = match(p.slots, 1, i + 1, lower, named, pause, reads, joined);
          if (last >= 0) {
            out.add(new Match(p.row, toks.get(i)[0], toks.get(last)[1],
                arabic && c.prefix().contains("س")));
            joins.add(joined[0] < 0 ? -1 : toks.get(joined[0])[0]);
          }
        }
      }
    }
    if (joins.stream().anyMatch(j -> j >= 0)) {
      // "sent thousands of troops and heavy military hardware": a match whose wide gap crossed
      // an "and" gives way to a match from the same word that ends before that "and"
      List<Match> kept = new ArrayList<>(out.subList(0, passiveCount));
      for (int m = passiveCount; m < out.size(); m++) {
        int join = joins.get(m - passiveCount);
        Match x = out.get(m);
        boolean shorter = false;
        for (int n = passiveCount; join >= 0 && n < out.size(); n++) {
          Match y = out.get(n);
          shorter |= y.start() == x.start() && y.end() <= join;
        }
        if (!shorter) {
          kept.add(x);
        }
      }
      return kept;
    }
    return out;
  }

  /* True when text[from, to) holds a comma, semicolon or colon followed by a space: no gap
   * crosses it ("hand over their weapons, free the abductees"). */
  private static boolean pause(String text, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      if ((c == ',' || c == ';' || c == ':' || c == '،' || c == '؛')
          && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /* True when token {@code t} lies inside one of {@code names} (null: none). */
  private static boolean inside(int[][] names, int[] t) {
    if (names != null) {
      for (int[] n : names) {
        if (n[0] <= t[0] && t[1] <= n[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /*
   * True when the gap's words [from, to) hold one name after a lower-case word ("the governor of
   * Benue", "the Rapid Support Forces militia"): the name is inside the object's noun group, not
   * its head standing alone after the verb, which ends a wide gap.
   */
  private static boolean nameInside(boolean[] named, String[] lower, int from, int to) {
    if (named[from]) {
      return false;
    }
    int runs = 0;
    for (int k = from; k < to; k++) {
      if (named[k] && CALENDAR.contains(lower[k])) {
        return false; // "attacks on Friday on …": a day, no name inside the object
      }
      if (named[k] && (k == from || !named[k - 1])) {
        runs++;
      }
    }
    return runs == 1;
  }

  /* Words of a day's part after its weekday ("on Sunday night"). */
  private static final Set<String> DAY_PARTS = Set.of("night", "morning", "evening",
      "afternoon");

  /* Words that open an aside set off by commas inside a clause (words.tsv "aside-open"). */
  private static final Set<String> ASIDE_OPENERS = keyed("aside-open", true);
  private static final int ASIDE = 10;

  /*
   * The word after an aside that opens at k, right after a comma, and closes at the next comma
   * within ASIDE words ("، مساء أمس الثلاثاء،", ", speaking on condition of anonymity,"); -1 when
   * none does.
   */
  private static int asideEnd(String[] lower, boolean[] pause, int k) {
    if (!ASIDE_OPENERS.contains(lower[k])) {
      return -1;
    }
    for (int t = k + 1; t < lower.length && t <= k + ASIDE; t++) {
      if (pause[t]) {
        return t;
      }
    }
    return -1;
  }

  /*
   * The number of tokens of a time adverbial at {@code k} ("on Sunday", "on Sunday night",
   * "late on Monday", "this week", "last month", "overnight"), else 0.
   */
  private static int timeWords(String[] lower, int k) {
    int n = lower.length;
    String w = lower[k];
    if (w.equals("overnight") || w.equals("yesterday") || w.equals("today")) {
      return 1;
    }
    if ((w.equals("this") || w.equals("last")) && k + 1 < n && (lower[k + 1].equals("week")
        || lower[k + 1].equals("month") || lower[k + 1].equals("weekend"))) {
      return 2;
    }
    int at = k;
    if ((w.equals("late") || w.equals("early") || w.equals("earlier")) && k + 1 < n) {
      at = k + 1;
    }
    if (lower[at].equals("on") && at + 1 < n && WEEKDAYS.contains(lower[at + 1])) {
      int end = at + 2;
      return (end < n && DAY_PARTS.contains(lower[end]) ? end + 1 : end) - k;
    }
    return 0;
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  /* Capitalized words of the calendar: no names. */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /*
   * Returns the index of the last token of a match of slots[j..] from token k, or -1;
   * {@code joined[0]} takes the token of an "and" a wide gap of the match crossed.
   */
  private int match(List<Slot> slots, int j, int k, String[] lower, boolean[] named,
      boolean[] pause, List<ArabicClitics.Reading>[] reads, int[] joined) {
    if (j == slots.size()) {
      return k - 1;
    }
    Slot s = slots.get(j);
    if (s == GAP_SLOT) {
      boolean plain = true; // no clause word in the gap so far
      int join = -1; // the "and" joining two nouns the gap crossed (wideGapWord)
      int more = 0; // the words of a name past its first: a name counts as one word
      // (s52: an Arabic name's later words count for a narrow gap only, "سلم الجيش الإسرائيلي
      // عبر اللجنة الدولية للصليب الأحمر جثامين"; a wide gap counts every word of them)
      int names = 0;
      for (int skip = 0; (skip - more <= WIDE_GAP || skip - more - names <= GAP + 1)
          && k + skip <= lower.length; skip++) {
        if (skip > 1 && named[k + skip - 1] && named[k + skip - 2]) {
          if (arabic) {
            names++;
          } else {
            more++; // "held the Rapid Support Forces militia responsible"
          }
        } else if (arabic && skip > 0 && GAP_TIMES.contains(lower[k + skip - 1])) {
          more++; // "أعربت الوزارة يوم الاثنين عن دعمها": a time is no word of the gap
        }
        if (skip > 0 && join < 0 && !plain(lower, k + skip - 1)) {
          join = k + skip - 1;
        }
        plain = plain && (skip == 0 || wideGapWord(lower, k + skip - 1)
            && (arabic || !named[k + skip - 1] || nameInside(named, lower, k, k + skip)));
        if (skip > 0 && k + skip < pause.length && pause[k + skip] && !pause[k + skip - 1]) {
          // a time or a circumstance set off by commas between the verb's subject and its object
          // is no clause of its own: "وأصدر قائد العمليات أحمد الشرع، المعروف بأبي محمد
          // الجولاني، أمرا", "أعلنت الكتائب، مساء أمس، تعليق"
          int after = asideEnd(lower, pause, k + skip);
          if (after > 0) {
            int r = match(slots, j, after, lower, named, pause, reads, joined);
            if (r >= 0) {
              return r;
            }
          }
        }
        if (skip > 0 && (pause[k + skip - 1] || k + skip < pause.length && pause[k + skip])) {
          break; // a gap stays inside its clause: "hand over their weapons, free the abductees"
        }
        if (skip - more - names > GAP && (!plain || skip - more > WIDE_GAP)) {
          break; // a wider gap only over a plain noun group: no clause word
        }
        int r = match(slots, j + 1, k + skip, lower, named, pause, reads, joined);
        if (r >= 0) {
          if (join >= 0 && skip - more - names > GAP && joined[0] < 0) {
            joined[0] = join;
          }
          return r;
        }
      }
      return -1;
    }
    if (k >= lower.length) {
      return -1;
    }
    if (!arabic) {
      if (s.forms.contains(lower[k])) {
        return match(slots, j + 1, k + 1, lower, named, pause, reads, joined);
      }
      // "vowed on Sunday to resume …", "warned this week that …": a time between two words of
      // a phrase is no word of it
      int t = j > 0 && slots.get(j - 1) != GAP_SLOT ? timeWords(lower, k) : 0;
      return t > 0 && k + t < lower.length && s.forms.contains(lower[k + t])
          ? match(slots, j + 1, k + t + 1, lower, named, pause, reads, joined) : -1;
    }
    for (ArabicClitics.Reading c : readingsAt(reads, lower, k)) {
      if (s.forms.contains(c.stem()) && fits(s, c)) {
        return match(slots, j + 1, k + 1, lower, named, pause, reads, joined);
      }
    }
    return -1;
  }

  /*
   * True unless an English verb phrase's first word is used as a noun here: after a determiner
   * ("the attack", "its control"), or in its bare form without a word that makes it a verb
   * ("a deal", "head of"; but "will attack", "to withdraw").
   */
  private static boolean verbHere(Phrase p, String[] lower, int i, boolean listed) {
    Slot first = p.slots.get(0);
    if (!first.verb) {
      return true;
    }
    String before = i > 0 ? lower[i - 1] : "";
    if (DETERMINERS.contains(before)) {
      return false;
    }
    if (first.third.contains(lower[i]) && p.slots.size() == 1
        && (i + 1 == lower.length || NOUN_AFTER.contains(lower[i + 1]))) {
      return false; // "government forces had …", "the attacks of": a plural noun
    }
    if (first.third.contains(lower[i]) && p.slots.size() > 1 && i + 1 < lower.length
        && lower[i + 1].length() > 4 && lower[i + 1].endsWith("ed")) {
      // "forces pulled back" is no "force * back": a plural noun before its verb (a phrase of
      // one word still names the deed as a noun: "clashes erupted")
      return false;
    }
    // "will hand over the weapons, free the abductees": a bare verb listed after a modal's verb
    return !first.lemmas.contains(lower[i]) || BARE_VERB_BEFORE.contains(before) || listed
        && java.util.stream.IntStream.range(Math.max(0, i - 12), i).anyMatch(
            k -> MODALS.contains(lower[k]))
        || !listed && pluralSubject(before) && !(i + 1 < lower.length && lower[i + 1].equals("of"));
  }

  /*
   * True for a plural noun that a verb's bare form right after it has for its subject, as
   * headlines and live updates write the present ("Gunmen kill five", "Settlers torch cars",
   * "Police detain dozens"): one of words.tsv "plural-subject", or a word in -s that is no
   * singular's ending (-ss, -us, -is) nor a plural that modifies the next noun instead ("arms
   * supply", "peace talks collapse": words.tsv "not-subject").
   */
  private static boolean pluralSubject(String w) {
    if (PLURAL_SUBJECTS.contains(w)) {
      return true;
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("'s") && !NOT_SUBJECTS.contains(w);
  }

  private boolean fits(Slot s, ArabicClitics.Reading c) {
    if (!arabic) {
      return true;
    }
    return s.verb ? ArabicClitics.verbReading(c) : ArabicClitics.nounReading(c);
  }

  /* The readings of the sentence's k-th word, looked up on first use. */
  private List<ArabicClitics.Reading> readingsAt(List<ArabicClitics.Reading>[] reads,
      String[] lower, int k) {
    List<ArabicClitics.Reading> r = reads[k];
    if (r == null) {
      r = reads[k] = candidates(lower[k]);
    }
    return r;
  }

  private List<ArabicClitics.Reading> candidates(String w) {
    if (!arabic) {
      return List.of(new ArabicClitics.Reading("", w, ""));
    }
    List<ArabicClitics.Reading> known = readings.get(w);
    if (known == null) {
      known = ArabicClitics.readings(w, stems);
      if (readings.size() > 200_000) {
        readings.clear(); // a bound on memory for endless streams of new words
      }
      readings.put(w, known);
    }
    return known;
  }

  /* Words: letters and digits, with inner hyphens and apostrophes ("air-strike", "rebels'"). */
  static List<int[]> tokens(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!letterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n) {
        char d = text.charAt(i);
        if (letterOrDigit(d) || (d >= '\u064B' && d <= '\u0652') || d == '\u0640') {
          i++;
        } else if ((d == '-' || d == '\'' || d == '\u2019') && i + 1 < n
            && Character.isLetter(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      out.add(new int[] {s, i});
    }
    return out;
  }

  /* Character.isLetterOrDigit of the characters below 0x800 (Latin to Arabic), read from a table. */
  private static final boolean[] LETTER_OR_DIGIT = new boolean[0x800];

  static {
    for (char c = 0; c < LETTER_OR_DIGIT.length; c++) {
      LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean letterOrDigit(char c) {
    return c < LETTER_OR_DIGIT.length ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

}
