package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Mention;
import org.sitrep.model.Timex;

/**
 * Finds who a sentence says says so: "according to X", "X said", "…,” said X", "X reported
 * that", "وقال المرصد إن", with the span of the attribution, the day the claimant spoke if the
 * sentence says, and the outlet a source told. Thread-safe.
 */
final class AttributionFinder {
  /* "He said Iran-sponsored militias were …": a pronoun speaks; what follows is the report. */
  private static final Pattern SUBJECT_PRONOUN = Pattern.compile(
      "(?i)\\b(?:he|she|they|it|we|i)\\s+(?:also\\s+|later\\s+|had\\s+|has\\s+)?$");
  /*
   * "He said", "It also cited", "…, they added", "…,” he told Reuters": a pronoun before a
   * reporting verb of the lexicon.
   */
  private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
      "(?i)(?:^|[,;.?!]?[”\"’]\\s+|[,;]\\s+|\\b(?:and|but)\\s+)(?:he|she|they|it)\\s+"
          + "(?:also\\s+|later\\s+|further\\s+)?");
  /* "announced by the council", not "said by telephone" nor "announced by decree". */
  private static final Pattern BY_AGENT_AFTER = Pattern.compile("\\s+by\\s+(?!(?:tele)?phone\\b|"
      + "video\\b|satellite\\b|text\\b|e-?mail\\b|letter\\b|radio\\b|decree\\b|"
      + "(?:the\\s+)?(?:way|end)\\b)");
  private static final Pattern PASSIVE_BEFORE = Pattern.compile(
      "(?i)\\b(?:was|were|been|being|is|are)\\s+$");
  private static final Pattern WRITTEN_SOURCE = Pattern.compile(
      "\\s*(?:the\\s+)?((?:[a-z]+-)?[A-Z][\\p{L}'’-]*(?:\\s+(?:[A-Z][\\p{L}'’-]*|state|"
          + "television|TV|radio|news|agency|channel|media|daily|newspaper|website|officials|"
          + "sources)){0,5})\\s*(?:$|[,.;:(])");
  private static final Set<String> MEDIA_WORDS = Set.of("television", "tv", "radio", "news",
      "agency", "channel", "media", "daily", "newspaper", "website");
  private static final Pattern THAT = Pattern.compile("\\b(?:that|إن|أن|ان)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern THAT_AFTER = Pattern.compile("\\s+(?:that|on \\w+ that)\\b");
  /* Words before "report(s)" that make it a noun: "according to local reports". */
  private static final Set<String> NOUN_BEFORE = Lexicon.vocabulary("report-noun");
  /* "على ما أفاد", "حسبما ذكرت": an Arabic reporting verb used as a preposition of attribution. */
  private static final Set<String> REPORT_AS = Lexicon.vocabulary("report-as");
  private static final Pattern CLAUSE_END = Pattern.compile(
      "(?i)\\s*(?:$|[,.;:\"”'’(]|(?:on|in|at|late|early|yesterday|today|last|this)\\b)");

  /*
   * An aside set off by commas right before a reporting verb: a relative clause or a participle
   * (", which is leading the offensive against the militants,", ", leading the fight against
   * ISIS,"), not "during" or "including" (", including the governor,": a speaker too).
   */
  private static final Pattern ASIDE_BEFORE = Pattern.compile("(?i),\\s+(?:who|whose|which|"
      + "(?!during\\b|including\\b|according\\b)[a-z]+ing)\\b[^,;:\"“”]*,\\s*"
      + "(?:also\\s+|later\\s+)?$");
  /*
   * A speech participle and a common noun group right before a reporting verb: "…, saying the
   * images showed that": the noun group says so, not a name before the comma.
   */
  private static final Pattern PARTICIPLE_SUBJECT = Pattern.compile(
      ",\\s*(?:saying|adding|noting|stressing|explaining|insisting|arguing|warning)\\s+"
          + "(?:that\\s+)?(?:[a-z][\\w'’-]*\\s+){1,4}$");
  /* True when a trigger ends right before sentence offset {@code at}: "denied reports". */
  private static boolean objectOfDeed(Sent s, int at) {
    for (Hit h : TriggerFinder.all(s)) {
      if (h.end() <= at && at - h.end() <= 1) {
        return true;
      }
    }
    return false;
  }

  /* Between a speaker and a coordinated reporting verb: " and says", ", and also said". */
  private static final Pattern AND_BEFORE = Pattern.compile("(?i)\\s*,?\\s+and\\s+(?:also\\s+)?");

  /*
   * The subject of the sentence's first verb, when {@code c} is the object of the verbs before
   * it with no punctuation between: "Ankara denies hitting civilians and says": Ankara. Null when
   * no trigger or no actor precedes.
   */
  private Said coordinatedSubject(Sent s, List<Mention> ms, List<int[]> unnamed, Said c) {
    Hit verb = null;
    for (Hit h : TriggerFinder.all(s)) {
      if (h.end() <= c.start() && (verb == null || h.start() < verb.start())) {
        verb = h;
      }
    }
    if (verb == null) {
      return null;
    }
    if (Sent.anyOf(s.text, verb.end() - s.start, c.start() - s.start, ",;:.\"“”")) {
      return null;
    }
    return claimants.near(s, ms, unnamed, Math.max(s.start, verb.start() - 70), verb.start(),
        false);
  }

  /* Between a state and its official's name: "'s communications director ". */
  private static final Pattern TITLE_GAP = Pattern.compile("(?:'s|’s)?(?:\\s+[a-z-]+){1,3}\\s+");
  private final ClaimantFinder claimants;
  private final ArabicSpeaker arabic;

  AttributionFinder(ClaimantFinder claimants) {
    this.claimants = claimants;
    this.arabic = new ArabicSpeaker(claimants);
  }

  /** Finds who a sentence says says so: "according to X", "X said", "X reported that". */
  List<Said> find(Sent s, List<Mention> ms, List<Timex> ts) {
    List<Said> out = new ArrayList<>();
    List<int[]> unnamed = UnnamedSources.find(s, ms);
    org.sitrep.text.ScanPattern.Finder p = Lexicon.cue("prep", s.arabic).matcher(s.text);
    while (p.find()) {
      int after = s.start + p.end();
      // "according to local reports, the army …": the phrase ends at its comma
      int stop = after + 40;
      int comma = s.text.indexOf(',', p.end());
      if (comma >= 0 && s.start + comma < stop) {
        stop = s.start + comma;
      }
      // "بحسب الناشط عمر الحوراني،": the Arabic noun group it governs, as after a verb
      Said c = s.arabic ? arabic.speakerAfter(s, ms, unnamed, p.end()) : null;
      if (c == null) {
        c = claimants.near(s, ms, unnamed, after, stop, true);
      }
      if (c == null && !s.arabic) {
        c = writtenSource(s, after, stop); // "according to al-Manar television"
      }
      if (c == null) {
        c = ClaimantFinder.pronounSource(ms, after); // "according to them": whom the pronoun stands for
      }
      if (c != null) {
        out.add(new Said(c.name(), c.kind(), c.id(), c.start(), c.end(), s.start + p.start(),
            c.end(), null));
      }
    }
    org.sitrep.text.ScanPattern.Finder v = Lexicon.cue("verb", s.arabic).matcher(s.text);
    while (v.find()) {
      if (v.group().toLowerCase(Locale.ROOT).equals("according")) {
        continue;
      }
      String form = v.group().toLowerCase(Locale.ROOT);
      if ((form.equals("report") || form.equals("reports"))
          && NOUN_BEFORE.contains(s.lastWord(s.start + v.start()))
          && !CLAUSE_END.matcher(s.text).region(v.end(), s.text.length()).lookingAt()) {
        continue; // "according to local reports": a noun; but "…, Turkish media reported" and
                  // "…, Sky News Arabia reports." speak
      }
      if ((form.equals("report") || form.equals("reports"))
          && objectOfDeed(s, s.start + v.start())) {
        continue; // s47: "the authorities denied reports that …": the denial's object, a noun
      }
      int verb = s.start + v.start();
      if (!s.arabic && PASSIVE_BEFORE.matcher(s.text.substring(Math.max(0, v.start() - 12),
          v.start())).find()) {
        continue; // "after the deal was announced": no one is named saying it
      }
      if (!s.arabic && BY_AGENT_AFTER.matcher(s.text).region(v.end(), s.text.length())
          .lookingAt() && form.endsWith("ed") && v.start() > 1
          && Character.isLetter(s.text.charAt(v.start() - 2))) {
        continue; // s55: "rejected the results announced by the electoral council": a noun's
                  // participle names who announced them; no one reports the sentence ("the
                  // strike, reported by state media," stays a report: a comma before it)
      }
      if (s.arabic && v.group().startsWith("و") && v.start() > 3) {
        continue; // "…، وأكد الرئيس أن …": a new clause's speaker, not the sentence's
      }
      Said c = null;
      boolean inverted = false;
      boolean asideDeed = false;
      if (s.arabic) {
        // "وقال المرصد إن …": the speaker follows the verb
        c = arabic.speakerAfter(s, ms, unnamed, v.end());
        inverted = c != null;
      }
      if (c == null) {
        c = claimants.near(s, ms, unnamed, Math.max(s.start, verb - 70), verb, false);
        if (!s.arabic) {
          // "Sadek Dawad, spokesman of the force loyal to the coalition, said": the person,
          // not the actor inside the apposition
          Said named = ClaimantFinder.personBefore(s, ms, verb);
          if (named != null && c != null && named.end() < c.start()) {
            // the organisation the person's apposition names first, then the person
            Said org = claimants.near(s, ms, unnamed, named.end(), verb, true);
            c = org == null ? named : new Said(org.name(), org.kind(), org.id(), named.start(),
                org.end(), named.start(), org.end(), null, named);
          } else if (named != null && c != null && c.end() <= named.start()
              && TITLE_GAP.matcher(s.text.substring(c.end() - s.start, named.start() - s.start))
                  .matches()) {
            // "Turkey's communications director Kemal Arslan said": the state, then its man
            c = new Said(c.name(), c.kind(), c.id(), c.start(), named.end(), c.start(),
                named.end(), null, named);
          } else if (named != null && (c == null || c.end() < verb - 40)) {
            c = named;
          }
        }
        // "The army, which leads the offensive against the militants, said": the one the aside
        // is about speaks, not a name inside it, and a deed inside it is not the one reported
        Matcher aside = s.arabic ? null : ASIDE_BEFORE.matcher(s.text).region(0, verb - s.start);
        int open = aside != null && aside.find() ? s.start + aside.start() : -1;
        if (c != null && open > s.start && c.start() > open) {
          Said subject = claimants.near(s, ms, unnamed, Math.max(s.start, open - 70), open, false);
          if (subject != null) {
            c = subject;
          }
        }
        if (c != null && !s.arabic && AND_BEFORE.matcher(
            s.text.substring(c.end() - s.start, verb - s.start)).matches()) {
          // s47: "Ankara denies hitting civilians and says it targets only militants": the
          // name before "and says" is the first verb's object; the speaker is its subject
          Said subject = coordinatedSubject(s, ms, unnamed, c);
          if (subject != null) {
            c = subject;
          }
        }
        if (c != null && !s.arabic && PARTICIPLE_SUBJECT.matcher(
            s.text.substring(c.end() - s.start, verb - s.start)).find()) {
          // "The UNRWA chief condemned the strike, saying the images showed that …": the
          // images show it; the chief's condemnation is no report of theirs
          c = null;
        }
        if (c != null && deedBetween(s, c.end(), open >= c.end() ? open : verb)) {
          // "ISIS blew up the mosque, announced the army", "the army took the city, Aksoy said":
          // the doer is not the speaker
          c = null;
        }
        // s50: a deed inside an aside right after the speaker is the speaker's own, outside
        // the attribution, which then opens at its verb ("Hezbollah, which is backed by Tehran,
        // said"; "Abdul-Mahdi, who chaired an emergency meeting …, said")
        asideDeed = c != null && open >= c.end() && deedBetween(s, open, verb);
        if (c != null && !s.arabic) {
          // "jets struck PKK positions on Sunday, the ministry said": the speaker is the noun
          // group after the clause's comma, not a name of the reported clause before it
          Said tail = ClaimantFinder.subjectAfterComma(s, c.end(), verb);
          if (tail != null) {
            c = tail;
          }
        }
      }
      boolean told = v.group().equalsIgnoreCase("told");
      boolean punctBefore = v.start() > 0
          && "”\",".indexOf(s.text.charAt(Math.max(0, v.start() - 2))) >= 0;
      boolean clauseAfter = THAT_AFTER.matcher(s.text).region(v.end(), s.text.length())
          .lookingAt();
      if (!inverted && !told && !s.arabic && !clauseAfter && (c == null || punctBefore)) {
        // "…,” said Rami Abdulrahman" / "قال المرصد": the speaker follows the verb
        Said after = claimants.near(s, ms, unnamed, s.start + v.end(),
            Math.min(s.end, s.start + v.end() + 60), true);
        Said person = ClaimantFinder.personAfter(s, ms, s.start + v.end());
        if (person != null && (after == null || person.start() < after.start())) {
          after = person; // "…,” said Ahmad Abo Al-Nour, who witnessed the events."
        }
        boolean subjectBefore = c == null && SUBJECT_PRONOUN.matcher(
            s.text.substring(Math.max(0, v.start() - 12), v.start())).find();
        if (after != null && after.start() - (s.start + v.end()) <= 12 && !subjectBefore
            && !newSubject(s, s.start + v.end(), after)
            && (c == null || quoteBefore(s, v.start()) || endsClause(s, after.end()))) {
          // "…,” said the Observatory." but not "X, an SDF official, said Turkish-backed
          // forces had entered …": there the one after the verb starts the reported clause
          c = after;
          inverted = true;
        }
      }
      if (c != null && c.person() == null && c.id() == null) {
        // "a source told AFP", "مصدر لوكالة فرانس برس": the agency relays its source
        Mention relay = claimants.toldOutlet(s, ms, c.end());
        if (relay != null) {
          Said agency = claimants.near(s, ms, List.of(), relay.start(), relay.end(), true);
          if (agency != null) {
            c = new Said(agency.name(), agency.kind(), agency.id(), c.start(),
                Math.max(c.end(), relay.end()), c.spanStart(), Math.max(c.spanEnd(), relay.end()),
                c.date(), c);
          }
        }
      }
      if (c != null && !Said.overlapsAny(out, c)) {
        int open = c.start() - s.start;
        if (open > 0 && s.text.charAt(open - 1) == '(') {
          for (Mention m : ms) {
            if (c.id() != null && c.id().equals(m.identifierId()) && m.end() <= c.start()
                && c.start() - m.end() <= 3) {
              c = new Said(c.name(), c.kind(), c.id(), m.start(), c.end(), m.start(), c.end(), null,
                  c.person());
            }
          }
        }
        String date = null;
        for (Timex t : ts) {
          if (t.start() >= c.start() && t.end() <= s.start + v.end() + 25 && t.value() != null) {
            date = t.value(); // "in a statement to SANA on Sunday", "reported on March 25"
          }
        }
        int end = inverted ? Math.max(c.end(), s.start + v.end()) : s.start + v.end();
        Matcher that = THAT.matcher(s.text).region(end - s.start,
            Math.min(s.text.length(), end - s.start + 6));
        if (that.lookingAt() || that.find()) {
          end = s.start + that.end();
        }
        if (inverted && !s.arabic && s.end - end <= 60) {
          end = s.end; // "…,” said the Observatory's chief Rami Abdulrahman."
        }
        out.add(new Said(c.name(), c.kind(), c.id(), c.start(), c.end(),
            inverted || asideDeed ? verb : c.start(), end, date, c.person()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /*
   * A source the catalogue does not know, named after "according to": capitalized words (after
   * "the" and lower-case modifiers such as "state") up to the phrase's end, at most six words
   * ("al-Manar television", "Syrian state TV"); an outlet when a medium word closes it.
   */
  private static Said writtenSource(Sent s, int from, int to) {
    String t = s.text.substring(from - s.start, Math.min(s.end, to) - s.start);
    Matcher m = WRITTEN_SOURCE.matcher(t);
    if (!m.lookingAt()) {
      return null;
    }
    String name = m.group(1).strip();
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    int a = from + m.start(1);
    return new Said(name, MEDIA_WORDS.contains(last) ? "outlet" : "group", null, a,
        a + name.length(), a, a + name.length(), null);
  }

  /**
   * True when the sentence's speaker is a pronoun or left unsaid: "He said …", "They added
   * that …", "وأضاف أن …", "وقال: …". Such a sentence carries the last named voice.
   */
  static boolean pronounSpeaker(Sent s) {
    if (!s.arabic) {
      Matcher p = PRONOUN_SPEAKER.matcher(s.text);
      Matcher verb = Lexicon.cue("verb", false).pattern().matcher(s.text);
      while (p.find()) {
        if (verb.region(p.end(), s.text.length()).lookingAt()
            && !verb.group().toLowerCase(Locale.ROOT).equals("according")) {
          return true;
        }
      }
      return false;
    }
    org.sitrep.text.ScanPattern.Finder v = Lexicon.cue("verb", true).matcher(s.text);
    return v.find() && v.start() <= 2 && ArabicSpeaker.speakerGroup(s, v.end()) == null;
  }

  /**
   * True when trigger {@code h} lies before every voice of an Arabic sentence, in a clause of its
   * own, and the first voice is a reporting verb's: "غداة قصف كثيف …، أعلنت المعارضة …", "…،
   * في حين أن مصدرًا … أكد أن …". An Arabic verb reports what follows it; the clause before is
   * the page's (or the report it continues), unless a quotation closes it. In English, a
   * trigger before a speaker who opens a subordinate clause ("since X said that …").
   */
  static boolean outside(Sent s, List<Said> said, Hit h) {
    if (!s.arabic && !said.isEmpty()) {
      // "Turkey has massed troops … since President X said that …": the speaker of a
      // subordinate clause does not report the main clause before it
      Said first = said.get(0);
      return h.end() <= first.start() && first.spanStart() == first.start()
          && subordinate(s.text.substring(h.end() - s.start, first.start() - s.start));
    }
    if (said.isEmpty()) {
      return false;
    }
    Said first = said.get(0);
    int at = first.spanStart() - s.start;
    if (h.end() > first.spanStart() || Lexicon.cue("prep", true).matcher(s.text, at,
        s.text.length()).lookingAt() || REPORT_AS.contains(s.lastWord(first.spanStart()))) {
      return false;
    }
    String between = s.text.substring(h.end() - s.start, at);
    int comma = Math.max(between.lastIndexOf('،'), between.lastIndexOf(','));
    if (comma < 0) {
      return false;
    }
    String before = between.substring(0, comma).stripTrailing();
    return !before.endsWith("»") && !before.endsWith("\"") && !before.endsWith("”");
  }

  private static final Set<String> SUBORDINATORS = Lexicon.vocabulary("subordinator");
  /* The last three words before a speaker, with no punctuation after the first. */
  private static final Pattern WORDS_BEFORE =
      Pattern.compile("(\\p{L}+)\\s+(?:[\\p{L}.'’-]+\\s+){0,2}$");
  /* True when a subordinator stands at most two words (a title) before the text's end. */
  private static boolean subordinate(String before) {
    Matcher m = WORDS_BEFORE.matcher(before);
    for (int at = 0; m.find(at); at = m.start() + 1) {
      if (SUBORDINATORS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /* A pronoun that opens the reported clause: "said it shelled rebels", "said they had". */
  private static final Pattern CLAUSE_PRONOUN = Pattern.compile(
      "(?i)\\s*(?:that\\s+)?(?:he|she|it|they|we|i)\\b");
  /* A possessive that opens the name after the verb: "said its forces shelled …". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\s*(?:its|their)\\b");

  /**
   * True when the words after a reporting verb [from, to) open the reported clause: a pronoun
   * or a deed before the name, or a name with a possessive whose own deed follows it ("said
   * its forces shelled"): the name is in that clause, not its speaker ("said its spokesman").
   */
  private static boolean newSubject(Sent s, int from, Said after) {
    if (CLAUSE_PRONOUN.matcher(s.text).region(from - s.start, after.start() - s.start)
        .lookingAt() || deedBetween(s, from, after.start())) {
      return true;
    }
    if (POSSESSIVE.matcher(s.text).region(from - s.start, s.text.length()).lookingAt()
        && deedBetween(s, after.end(), Math.min(s.end, after.end() + 24))) {
      return true;
    }
    // "The council said rebels fired on the troops": a deed right after the name is its own;
    // "said soldiers and fighters were killed": so is one after a name joined to it, up to the
    // clause's comma
    int to = Math.min(s.end, after.end() + 24);
    String rest = s.text.substring(after.end() - s.start, to - s.start);
    if (JOINED_NAME.matcher(rest).lookingAt()) {
      int comma = s.text.indexOf(',', after.end() - s.start);
      to = Math.min(Math.min(s.end, after.end() + 60), comma < 0 ? s.end : s.start + comma);
      return deedBetween(s, after.end(), to);
    }
    return rest.indexOf(',') < 0 && deedBetween(s, after.end(), to);
  }

  /* A second name joined to the one after the verb: " and pro-government fighters". */
  private static final Pattern JOINED_NAME = Pattern.compile("\\s+and\\s+[\\p{L}-]+\\s+\\p{L}");

  /** True when an event trigger other than speech sits in the sentence text [from, to). */
  private static boolean deedBetween(Sent s, int from, int to) {
    if (to - from < 4) {
      return false;
    }
    String between = s.text.substring(from - s.start, to - s.start);
    String lower = between.toLowerCase(Locale.ROOT);
    for (Lexicon.Trigger t : Lexicon.candidates(lower)) {
      if (TriggerFinder.NO_EVENT.equals(t.category())) {
        continue; // wording that is no event ("fought back from")
      }
      boolean speech = Category.require(t.category()).speech();
      if (!speech && t.pattern().matcher(between).find()) {
        return true;
      }
    }
    for (Hit h : TriggerFinder.all(s)) {
      // the lexicons' words too: "said the gunmen fired on the troops"
      if (h.start() >= from && h.end() <= to && !TriggerFinder.NO_EVENT.equals(
          h.trigger().category()) && !h.category().speech()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a quotation closes right before the reporting verb at index {@code v} of the
   * sentence text: "…,” said X".
   */
  private static boolean quoteBefore(Sent s, int v) {
    int i = v - 1;
    while (i >= 0 && (s.text.charAt(i) == ' ' || s.text.charAt(i) == ',')) {
      i--;
    }
    return i >= 0 && "\"”".indexOf(s.text.charAt(i)) >= 0;
  }

  /**
   * True when a speaker ending at {@code at} closes its clause: punctuation, a possessive, a
   * time ("said X on Sunday"), the end.
   */
  private static boolean endsClause(Sent s, int at) {
    return CLAUSE_END.matcher(s.text).region(at - s.start, s.text.length()).lookingAt();
  }
}
