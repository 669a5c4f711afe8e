package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Mention;

/**
 * Finds the claimants a sentence's attribution may name: catalogue actors, unnamed sources with
 * their modifiers ("sources inside rebel-held territory"), persons named before a reporting verb,
 * and the outlet a source told. Thread-safe.
 */
final class ClaimantFinder {
  static final Set<String> COMPLEMENTIZERS = Lexicon.vocabulary("complementizer");

  /*
   * A person's name right before a reporting verb, after a comma or a sentence start:
   * "…, Aksoy said", "Hami Aksoy told Sputnik". Only names of two to four capitalized words, or
   * one after a comma, so that "The army said" is not a name.
   */
  private static final Pattern PERSON_BEFORE = Pattern.compile(
      "(?:^|[,.;:”\"]\\s*)((?:[A-Z][a-z][\\p{L}'’-]* ){0,3}[A-Z][a-zA-Z][\\p{L}'’-]*)"
          + "\\s+(?:also |later |on \\w+ )?$");
  private static final Set<String> NOT_NAMES = Lexicon.vocabulary("not-name");
  /*
   * A title, then a person's name, before the verb: "communications director X", "since
   * President X Y said".
   */
  private static final Pattern PERSON_TITLED = Pattern.compile(
      "\\b([A-Za-z][a-z]+)\\s+((?:(?:[A-Z][a-z]|(?:al|el)-[A-Z])[\\p{L}'’-]* ){0,2}"
          + "(?:[A-Z][a-zA-Z]|(?:al|el)-[A-Z])[\\p{L}'’-]*)"
          + "\\s+(?:also |later |on \\w+ )?$");
  private static final Set<String> TITLES = Lexicon.vocabulary("person-title");
  private static final Set<String> INSTITUTION = Lexicon.vocabulary("institution");
  private static final Set<String> MINISTRY = Lexicon.vocabulary("ministry");
  /* Two to four capitalized words after a reporting verb, closing their clause. */
  private static final Pattern PERSON_AFTER = Pattern.compile(
      "\\s+((?:[A-Z][a-z][\\p{L}'’-]* ){1,3}[A-Z][a-zA-Z][\\p{L}'’-]*)"
          + "(?=\\s*(?:$|[,.;:(]))");

  /* "Zohair al-Shimale, an MEE contributor in east Aleppo, said": a name, its apposition. */
  private static final Pattern PERSON_APPOSITION = Pattern.compile(
      "(?:^|[,.;:”\"]\\s*)((?:[A-Z][a-z][\\p{L}'’-]* ){0,3}[A-Z][a-z][\\p{L}'’-]*),\\s+"
          + "(?:a|an|the|who|head|chief|spokesman|spokeswoman|commander|director|member)\\b"
          + "[^,;:“”\"]{3,90},\\s+(?:also |later |on \\w+ )?$");
  private static final Pattern TOLD_BEFORE = Pattern.compile(
      "(?i)(?:\\btold|\\bto|(?:^|\\s)ل(?:ـ|وكالة|قناة|صحيفة|موقع|تلفزيون|إذاعة)?)"
          + "\\s*[(\"“«]?\\s*$");

  /* "told the German news agency (dpa)", "لوكالة الأنباء الألمانية (د.ب.أ)": whom a source told. */
  private static final Pattern TOLD_PHRASE = Pattern.compile(
      "(?i)\\s*(?:told\\b|ل(?:ـ|وكالة|قناة|صحيفة|موقع|تلفزيون|إذاعة))[^,،.;:]{0,40}?[(\"“«]?\\s*");

  private final Knowledge knowledge;

  ClaimantFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /* A pronoun right after "according to" that names an actor: the actor speaks. */
  static Said pronounSource(List<Mention> ms, int after) {
    for (Mention m : ms) {
      if (m.kind().equals("actor") && "pronoun".equals(m.resolution())
          && m.identifierId() != null && m.start() >= after && m.start() - after <= 2) {
        String name = m.identifierText() == null ? m.text() : m.identifierText();
        return new Said(name, "group", m.identifierId(), m.start(), m.end(), m.start(), m.end(),
            null);
      }
    }
    return null;
  }

  /**
   * The claimant in {@code [from, to)}: the first (after a preposition) or the last (before a
   * verb) actor mention or unnamed source there, skipping objects of "to" ("a statement to SANA").
   */
  Said near(Sent s, List<Mention> ms, List<int[]> unnamed, int from, int to, boolean first) {
    List<Said> cands = new ArrayList<>();
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.end() <= to
          && !m.resolution().equals("pronoun") && !constructHead(s, m)) {
        String before = s.lastWord(m.start());
        if (!first && (before.equals("to") || before.equals("of") || before.equals("on")
            || before.equals("by"))) {
          continue; // "a statement to SANA", "commanded by Haftar": not the speaker
        }
        Actor a = knowledge.actor(m.identifierId()).orElse(null);
        String kind = a == null ? "group" : switch (a.kind()) {
          case "outlet" -> "outlet";
          case "official" -> "official";
          case "person" -> "person";
          case "monitor" -> "outlet";
          default -> "group";
        };
        int end = a != null && a.kind().equals("state") && !s.arabic ? institution(s, m.end())
            : m.end();
        String last = m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String name = end > m.end() || a != null && a.kind().equals("state")
            && INSTITUTION.contains(last) || ministry(m.text())
            ? s.text.substring(m.start() - s.start, end - s.start)
            : a == null || a.kind().equals("population") ? m.text() : a.name(); // "residents"
        if (!cands.isEmpty() && cands.get(cands.size() - 1).end() >= m.end()) {
          continue; // "Turkey's defence ministry": the ministry is the state's words
        }
        cands.add(new Said(name, kind, m.identifierId(), m.start(), end, m.start(), end, null));
      }
    }
    for (int[] u : unnamed) {
      if (u[0] >= from && u[1] <= to) {
        String text = s.text.substring(u[0] - s.start, u[1] - s.start);
        // "SANA correspondent": the outlet's own reporter is the outlet's chain; but "مصدر
        // بالحكومة التركية" (a source in the Turkish government) is the source, the government
        // only its modifier
        boolean covered = false;
        List<Said> modifiers = new ArrayList<>();
        for (Said c : cands) {
          if (c.start() < u[1] && u[0] < c.end()) {
            if (u[0] < c.start() && c.end() <= u[1]
                || u[0] == c.start() && c.end() < u[1] && !c.kind().equals("outlet")) {
              modifiers.add(c); // "government military sources": the sources, not the state
            } else {
              covered = true;
            }
          }
        }
        if (!covered) {
          cands.removeAll(modifiers);
          cands.add(new Said(s.arabic ? nominative(text) : text, "unnamed", null, u[0], u[1],
              u[0], u[1], null));
        }
      }
    }
    if (cands.isEmpty()) {
      return null;
    }
    cands.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return first ? cands.get(0) : cands.get(cands.size() - 1);
  }

  /*
   * An Arabic description without the article that heads a construct ("وكالة الصحافة الفرنسية":
   * agency of the French press): it names the kind of a longer name, it refers to no one before.
   */
  private static boolean constructHead(Sent s, Mention m) {
    if (!s.arabic || !"description".equals(m.resolution()) || m.text().startsWith("ال")
        || m.text().startsWith("وال") || m.identifierId() == null
        || m.identifierId().startsWith("agent:") || m.identifierId().startsWith("unnamed:")) {
      return false;
    }
    int i = m.end() - s.start;
    while (i < s.text.length() && s.text.charAt(i) == ' ') {
      i++;
    }
    return i > m.end() - s.start && s.text.startsWith("ال", i);
  }

  /*
   * True when a name as written is a ministry's ("the Turkish Defence Ministry", "الخارجية
   * الروسية"; words.tsv ministry): the claimant is the ministry as written, though the
   * catalogue reads it as the state or its forces.
   */
  private static boolean ministry(String written) {
    for (String w : written.split(" ")) {
      String x = w.toLowerCase(Locale.ROOT);
      if (MINISTRY.contains(x) || x.length() > 3 && "وبل".indexOf(x.charAt(0)) >= 0
          && MINISTRY.contains(x.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /*
   * The end of the institution words after a state's name ("Yemen government", "Turkey's
   * defence ministry"; words.tsv institution): the state speaks through them, and they name it.
   */
  private static int institution(Sent s, int at) {
    int i = at - s.start;
    if (s.text.startsWith("'s", i) || s.text.startsWith("’s", i)) {
      i += 2;
    }
    int end = at - s.start;
    int w = i;
    for (int k = 0; k < 3; k++) {
      int a = w;
      while (a < s.text.length() && s.text.charAt(a) == ' ') {
        a++;
      }
      int b = a;
      while (b < s.text.length() && Character.isLetter(s.text.charAt(b))) {
        b++;
      }
      if (b == a || a == w || !INSTITUTION.contains(s.text.substring(a, b).toLowerCase(Locale.ROOT))) {
        break;
      }
      end = b;
      w = b;
    }
    return s.start + end;
  }

  /** A person named right before the reporting verb at {@code verb}, or null. */
  static Said personBefore(Sent s, List<Mention> ms, int verb) {
    int to = verb - s.start;
    int from = Math.max(0, to - 60);
    int group = 1;
    Matcher m = PERSON_BEFORE.matcher(s.text.substring(0, to));
    if (!m.find(from)) {
      m = PERSON_APPOSITION.matcher(s.text.substring(0, to));
      if (!m.find(Math.max(0, to - 160))) {
        m = PERSON_TITLED.matcher(s.text.substring(0, to)); // "communications director X said"
        int at = from;
        boolean titled = false;
        while (!titled && m.find(at)) {
          titled = TITLES.contains(m.group(1).toLowerCase(Locale.ROOT));
          at = m.start() + 1; // "since President Donald Trump": the title, not "since"
        }
        if (!titled) {
          return null;
        }
        group = 2;
      }
    }
    String name = m.group(group);
    String first = name.split(" ")[0];
    if (NOT_NAMES.contains(first)) {
      return null;
    }
    int a = s.start + m.start(group);
    int b = s.start + m.end(group);
    return namedElsewhere(ms, a, b) ? null : new Said(name, "person", null, a, b, a, b, null);
  }

  /**
   * A person named right after a reporting verb ending at {@code verbEnd}: "…,” said Ahmad Abo
   * Al-Nour, who …". Two to four capitalized words that close their clause; a catalogue actor
   * there is found as such, not here.
   */
  static Said personAfter(Sent s, List<Mention> ms, int verbEnd) {
    Matcher m = PERSON_AFTER.matcher(s.text).region(verbEnd - s.start, s.text.length());
    if (!m.lookingAt() || NOT_NAMES.contains(m.group(1).split(" ")[0])) {
      return null;
    }
    int a = s.start + m.start(1);
    int b = s.start + m.end(1);
    return namedElsewhere(ms, a, b) ? null
        : new Said(m.group(1), "person", null, a, b, a, b, null);
  }

  /*
   * True when a mention overlapping the name [a, b) reads it otherwise: an actor the catalogue
   * knows, or a capital or country speaking for its government ("Moscow said"). A village that
   * shares a surname ("Aksoy") does not speak, and a surname the catalogue gives another man
   * inside the name ("Turki al-Maliki") is his own.
   */
  private static boolean namedElsewhere(List<Mention> ms, int a, int b) {
    for (Mention x : ms) {
      if (x.kind().equals("actor") && x.start() > a && x.end() <= b
          || x.identifierId() != null && x.identifierId().startsWith("person:")) {
        continue; // a name inside; or the person a page names by shape (NewNames)
      }
      if (x.start() < b && a < x.end() && !(x.kind().equals("place")
          && "town".equals(x.feature()))) {
        return true;
      }
    }
    return false;
  }

  /* An outlet told by the source ending at {@code from}: "told Reuters", "لوكالة فرانس برس". */
  Mention toldOutlet(Sent s, List<Mention> ms, int from) {
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.start() - from <= 60
          && knowledge.actor(m.identifierId()).map(a -> a.kind().equals("outlet")).orElse(false)
          && (TOLD_BEFORE.matcher(s.text.substring(Math.max(0, m.start() - s.start - 12),
              m.start() - s.start)).find()
              || TOLD_PHRASE.matcher(s.text.substring(from - s.start, m.start() - s.start))
                  .matches())) {
        return m;
      }
    }
    return null;
  }

  /** The claimant as the actor of a deed it reports of itself: a mention of its words. */
  /** The catalogue actor a claimant names, or null. */
  Actor actor(Said c) {
    return c.id() == null ? null : knowledge.actor(c.id()).orElse(null);
  }

  /**
   * The party a voice speaks for, as a mention at the voice's words: an official's own body when
   * the catalogue names it ("YPG spokesman Redur Xelil": the YPG), else the voice itself.
   */
  Mention partyMention(Said c) {
    Actor a = actor(c);
    if (a != null && a.kind().equals("official") && a.memberOf() != null
        && !a.memberOf().isEmpty()) {
      Actor body = knowledge.actor(a.memberOf()).orElse(null);
      if (body != null) {
        return mentionAt(c, body.id(), body);
      }
    }
    return actorMention(c);
  }

  Mention actorMention(Said c) {
    return mentionAt(c, c.id(), knowledge.actor(c.id()).orElse(null));
  }

  /* A mention at the voice's words of actor {@code id} ({@code a} its catalogue entry, or null). */
  private static Mention mentionAt(Said c, String id, Actor a) {
    return new Mention(null, c.start(), c.end(), c.name(), "actor", id,
        a == null ? c.name() : a.name(), null, null, a == null ? null : a.country(), null, null,
        a == null ? null : a.code(), a == null ? null : a.sector(), "claimant");
  }

  /*
   * An Arabic source named in its citation form: "أن مصدرًا صحفيًا أردنيًا أكد" gives "مصدر صحفي
   * أردني" (the accusative ending -ًا, with or without its mark, is case, not name).
   */
  static String nominative(String text) {
    StringBuilder b = new StringBuilder();
    for (String w : text.split(" ")) {
      String x = w;
      if (x.endsWith("ًا") || x.endsWith("اً")) {
        x = x.substring(0, x.length() - 2);
      }
      b.append(b.length() == 0 ? "" : " ").append(x);
    }
    return b.toString();
  }


  /* A noun group of a few words opened by a determiner: "the ministry", "a military statement". */
  private static final java.util.regex.Pattern DETERMINED_GROUP = java.util.regex.Pattern.compile(
      "(?i)(?:the|a|an|its|their)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}");

  /**
   * The speaker of a sentence that ends "…, the ministry said": the noun group between the last
   * comma after {@code from} and the verb at {@code verb}, when it runs from a determiner to the
   * verb (an unnamed source); null when there is no such comma or group ("Sadek Dawad,
   * spokesman of the force, said": the comma stands right before the verb).
   */
  static Said subjectAfterComma(Sent s, int from, int verb) {
    int a = Math.max(0, from - s.start);
    int b = verb - s.start;
    if (a >= b || b > s.text.length()) {
      return null;
    }
    int comma = s.text.lastIndexOf(", ", b - 1);
    if (comma < a) {
      return null;
    }
    int g0 = comma + 2;
    int g1 = b;
    while (g1 > g0 && Character.isWhitespace(s.text.charAt(g1 - 1))) {
      g1--;
    }
    if (g1 <= g0 || !DETERMINED_GROUP.matcher(s.text).region(g0, g1).matches()) {
      return null;
    }
    String text = s.text.substring(g0, g1);
    return new Said(text, "unnamed", null, s.start + g0, s.start + g1, s.start + g0,
        s.start + g1, null);
  }
}
