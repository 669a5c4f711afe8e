package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Timex;
import org.sitrep.text.Sentences;
import org.sitrep.time.DateResolver;

/**
 * Codes PLOVER events from a document's body sentences. For each sentence it finds who says so
 * (attribution, carried over to sentences that continue a report), the event triggers, and for
 * each trigger the actor (the subject before it, or "by X" in a passive), the recipient, the
 * place, the destination of movements, the date (the sentence's own, else the date of the
 * report or of the narrative so far), sizes and the modality. Thread-safe.
 */
public final class EventCoder {
  private static final Set<String> PREPOSITIONS = Set.of("of", "in", "from", "with", "to", "on",
      "against", "at", "by", "near", "for", "towards", "toward", "inside", "over", "about", "into",
      "between", "among", "under", "than", "في", "من", "إلى", "الى", "على", "مع", "ضد", "عن");
  private static final Set<String> DESTINATION_PREPS = Set.of("to", "towards", "toward", "into",
      "for", "إلى", "الى", "نحو", "باتجاه");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?:,\\s*(?:which|who|whose|where|while|but)\\b|;|\\bthat (?:was|were|had|has|have)\\b|"
          + "\\bwhich\\b|\\bdespite\\b|\\bafter\\b|\\bbefore\\b|\\bwhile\\b|\\bbecause\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE_MODIFIER = Pattern.compile(
      "\\s+(?:in|inside|within|close to|near|from|at|with|among|on the ground in|run by|"
          + "linked to|affiliated with|loyal to|belonging to|of)\\s+"
          + "[^,;:.“”\"()]{1,70}?(?=\\s+(?:said|told|say|says|reported|added|confirmed|claimed)\\b)");
  private static final Pattern THAT = Pattern.compile("\\b(?:that|إن|أن|ان)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern REPORT_INTRO = Pattern.compile(
      "(?:released|published|issued)\\s+(?:a |an )?(?:\\w+ ){0,2}(?:report|statement)|:\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SIZE = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,3}(?:,\\d{3})+|\\d+|thousands|hundreds|dozens|scores)\\s+(?:of\\s+)?"
          + "(?:\\w+\\s+){0,3}?(civilians|people|fighters|militants|soldiers|captives|prisoners|"
          + "abductees|families|buses|dead|killed|wounded|injured)",
      Pattern.CASE_INSENSITIVE);

  /* Words every unnamed source of attribution.tsv contains: a cheap test before its regex. */
  private static final List<String> SOURCE_WORDS = List.of("source", "correspondent", "observer",
      "activist", "witness", "resident", "report", "commander", "official", "spokes", "negotiator",
      "medic", "eyewitness", "service", "media", "شهود", "مصدر", "مصادر", "ناشط", "مراسل", "قيادي", "مسؤول");

  private final Knowledge knowledge;
  private final DateResolver dates = new DateResolver();

  public EventCoder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /* A sentence of the body, with its clause breaks (offsets into the text) found once. */
  private static final class Sent {
    final int start;
    final int end;
    final int paragraph;
    final String text;
    /** Mostly Arabic letters: the sentence's script decides word order and cue lists. */
    final boolean arabic;
    private int[][] breaks;

    Sent(int start, int end, int paragraph, String text) {
      this.start = start;
      this.end = end;
      this.paragraph = paragraph;
      this.text = text;
      int ar = 0;
      int lat = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= '\u0600' && c <= '\u06FF') {
          ar++;
        } else if (c < 0x80 && Character.isLetter(c)) {
          lat++;
        }
      }
      this.arabic = ar > lat;
    }

    /** Clause breaks as {start, end} offsets into the document text. */
    int[][] breaks() {
      if (breaks == null) {
        List<int[]> b = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
          b.add(new int[] {start + m.start(), start + m.end()});
        }
        breaks = b.toArray(new int[0][]);
      }
      return breaks;
    }
  }

  /* A claimant found in a sentence: the words, identity, span of the attribution. */
  private record Said(String name, String kind, String id, int start, int end, int spanStart,
      int spanEnd, String date, Said person) {
    Said(String name, String kind, String id, int start, int end, int spanStart, int spanEnd,
        String date) {
      this(name, kind, id, start, end, spanStart, spanEnd, date, null);
    }
  }

  /** Codes the events of one document against its time anchor. */
  public List<Event> code(Document doc, List<Mention> mentions, DateResolver.Anchor anchor) {
    List<Sent> sents = new ArrayList<>();
    int pi = 0;
    for (Span p : doc.body().paragraphs()) {
      for (int[] s : Sentences.split(doc.text(), p.start(), p.end())) {
        sents.add(new Sent(s[0], s[1], pi, doc.text().substring(s[0], s[1])));
      }
      pi++;
    }
    List<Timex> times = times(doc, anchor);
    Mention mainPlace = mainPlace(doc.text(), mentions);
    List<Event> out = new ArrayList<>();
    List<Event.Claimant> carried = List.of();
    Said reportIntro = null;
    int carriedParagraph = -1;
    Narrative story = new Narrative();
    int seq = 0;
    Set<String> seen = new HashSet<>();
    // who says so, sentence by sentence; a report's date (the day its source spoke) is known
    // only once the whole report is read, so attribution is found first
    List<List<Said>> saidBy = new ArrayList<>();
    List<Said> introBy = new ArrayList<>();
    Map<Said, String> reportDates = new HashMap<>();
    Said intro = null;
    for (Sent s : sents) {
      List<Said> said = attribution(s, within(mentions, s.start, s.end), timesIn(times, s));
      if (!said.isEmpty() && REPORT_INTRO.matcher(s.text).find()) {
        intro = said.get(0);
      } else if (!said.isEmpty() && intro != null && !said.get(0).kind.equals("unnamed")
          && !said.get(0).name.equals(intro.name)) {
        intro = null;
      }
      saidBy.add(said);
      introBy.add(intro);
      if (intro != null && reportDate(said) != null) {
        reportDates.putIfAbsent(intro, reportDate(said));
      }
    }
    for (int si = 0; si < sents.size(); si++) {
      Sent s = sents.get(si);
      List<Mention> ms = within(mentions, s.start, s.end);
      List<Timex> ts = timesIn(times, s);
      List<Said> said = saidBy.get(si);
      String reportDay = reportDate(said) != null ? reportDate(said)
          : introBy.get(si) != null ? reportDates.get(introBy.get(si)) : null;
      List<Event.Claimant> chain;
      if (!said.isEmpty()) {
        Said c = said.get(0);
        List<Event.Claimant> own = new ArrayList<>();
        boolean inner = c.kind.equals("unnamed") && reportIntro != null;
        if (inner && !reportIntro.name.equalsIgnoreCase(c.name)) {
          own.add(claimant(reportIntro));
        }
        if (!inner && reportIntro != null && !reportIntro.name.equals(c.name)
            && s.paragraph != carriedParagraph) {
          reportIntro = null; // a new source takes over
        }
        own.add(claimant(c));
        if (c.person != null) {
          own.add(claimant(c.person)); // "Marvan Qamishlo, an SDF official, said": SDF, then he
        }
        chain = own;
      } else if (continues(s, carriedParagraph, reportIntro)) {
        chain = carried;
      } else {
        chain = List.of();
      }
      if (!said.isEmpty() && REPORT_INTRO.matcher(s.text).find()) {
        reportIntro = said.get(0);
      }
      carried = chain;
      carriedParagraph = s.paragraph;
      // what happened
      for (Event e : events(doc, s, ms, ts, said, chain, mainPlace, story, seq, reportDay)) {
        if (!seen.add(sameness(e))) {
          continue; // the page tells the same deed again, with nothing new: coded once
        }
        out.add(e);
        seq++;
        if (e.destination() != null) {
          story.lastDestination = findMention(ms, e.destination().text());
        }
      }
      for (Timex t : ts) {
        if (t.value() != null && t.precision().equals("day") && !t.kind().equals("span")) {
          story.date = t.value();
          story.dateText = t.text();
        }
      }
    }
    return out;
  }

  /**
   * What makes two events of one page the same report: category, mode, actors, recipients,
   * place, date, modality and claimants. A later sentence with a new claimant is a second
   * report and stays.
   */
  private static String sameness(Event e) {
    return String.join("|", e.event().toString(), e.mode().toString(),
        e.actor().stream().map(Event.Entity::identifierId).toList().toString(),
        e.recipient().stream().map(Event.Entity::identifierId).toList().toString(),
        e.eventLoc() == null ? "" : String.valueOf(e.eventLoc().gazetteerId()),
        String.valueOf(e.date()), e.claim().modality(),
        e.claim().claimants().stream().map(Event.Claimant::name).toList().toString());
  }

  private static Mention findMention(List<Mention> ms, String text) {
    for (Mention m : ms) {
      if (m.text().equals(text)) {
        return m;
      }
    }
    return null;
  }

  /** A sentence continues the report before it: same paragraph, or a continuation opening. */
  private static boolean continues(Sent s, int lastParagraph, Said intro) {
    if (s.paragraph == lastParagraph) {
      return true;
    }
    if (intro != null) {
      return true;
    }
    return Lexicon.cue("continue").matcher(s.text).lookingAt();
  }

  private static Event.Claimant claimant(Said s) {
    return new Event.Claimant(s.name, s.kind, s.id);
  }

  /** Resolves the body's temporal expressions; an undated page reads them through the story. */
  private List<Timex> times(Document doc, DateResolver.Anchor anchor) {
    List<Timex> first = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      first.addAll(dates.find(doc.text(), p.start(), p.end(), anchor));
    }
    if (anchor.date() == null || !anchor.basis().equals("story")) {
      return first;
    }
    // the page was written on or after the latest day it states; its weekdays follow that day
    LocalDate latest = null;
    for (Timex t : first) {
      if ((t.kind().equals("date") || t.kind().equals("span")) && t.precision().equals("day")
          && t.value() != null) {
        LocalDate d = LocalDate.parse(t.value());
        latest = latest == null || d.isAfter(latest) ? d : latest;
      }
    }
    if (latest == null) {
      return first;
    }
    DateResolver.Anchor forward = new DateResolver.Anchor(latest, "story", anchor.confidence(),
        DateResolver.Mode.FORWARD);
    LocalDate report = null;
    for (Span p : doc.body().paragraphs()) {
      for (Timex t : dates.find(doc.text(), p.start(), p.end(), forward)) {
        if (t.kind().equals("weekday") && t.value() != null && report == null) {
          report = LocalDate.parse(t.value());
        }
      }
    }
    DateResolver.Anchor fin = new DateResolver.Anchor(report != null ? report : latest, "story",
        anchor.confidence(), DateResolver.Mode.PAST);
    List<Timex> out = new ArrayList<>();
    for (Span p : doc.body().paragraphs()) {
      out.addAll(dates.find(doc.text(), p.start(), p.end(), fin));
    }
    return out;
  }

  private static List<Timex> timesIn(List<Timex> times, Sent s) {
    List<Timex> ts = new ArrayList<>();
    for (int i = firstAtOrAfter(times, s.start, Timex::start); i < times.size(); i++) {
      Timex t = times.get(i);
      if (t.start() >= s.end) {
        break;
      }
      if (t.end() <= s.end) {
        ts.add(t);
      }
    }
    return ts;
  }

  /** The mentions inside [s, e); mentions are in text order, so a binary search finds them. */
  private static List<Mention> within(List<Mention> all, int s, int e) {
    List<Mention> out = new ArrayList<>();
    for (int i = firstAtOrAfter(all, s, Mention::start); i < all.size(); i++) {
      Mention m = all.get(i);
      if (m.start() >= e) {
        break;
      }
      if (m.end() <= e) {
        out.add(m);
      }
    }
    return out;
  }

  private static <T> int firstAtOrAfter(List<T> sorted, int pos,
      java.util.function.ToIntFunction<T> start) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The place a document is mostly about: its most often named town or region. */
  private static Mention mainPlace(String text, List<Mention> ms) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Mention> first = new HashMap<>();
    for (Mention m : ms) {
      if (m.kind().equals("place") && !"country".equals(m.feature())
          && !text.substring(Math.max(0, m.start() - 14), m.start())
              .matches("(?is).*\\b(?:to|towards|toward|into|إلى|الى|نحو|باتجاه)\\s+(?:the\\s+)?$")) {
        count.merge(m.identifierId(), 1, Integer::sum);
        first.putIfAbsent(m.identifierId(), m);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (best == null || e.getValue() > count.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? null : first.get(best);
  }

  /** Finds who a sentence says says so: "according to X", "X said", "X reported that". */
  private List<Said> attribution(Sent s, List<Mention> ms, List<Timex> ts) {
    List<Said> out = new ArrayList<>();
    List<int[]> unnamed = new ArrayList<>();
    String lower = s.text.toLowerCase(Locale.ROOT);
    boolean maySource = false;
    for (String k : SOURCE_WORDS) {
      if (lower.contains(k)) {
        maySource = true;
        break;
      }
    }
    Matcher u = Lexicon.cue("unnamed").matcher(s.text);
    while (maySource && u.find()) {
      int end = u.end();
      // "sources inside rebel-held territory in eastern Aleppo told …": the whole description
      Matcher mod = SOURCE_MODIFIER.matcher(s.text).region(end, s.text.length());
      if (!s.arabic && mod.lookingAt()) {
        end = mod.end();
      } else if (s.arabic) {
        end = arabicModifiers(s.text, end); // "مصادر سورية مطلعة", "مصدر بالحكومة التركية"
      }
      unnamed.add(new int[] {s.start + u.start(), s.start + end});
    }
    Matcher p = Lexicon.cue("prep", s.arabic).matcher(s.text);
    while (p.find()) {
      int after = s.start + p.end();
      // "according to local reports, the army …": the phrase ends at its comma
      int stop = after + 40;
      int comma = s.text.indexOf(',', p.end());
      if (comma >= 0 && s.start + comma < stop) {
        stop = s.start + comma;
      }
      Said c = claimantNear(s, ms, unnamed, after, stop, true);
      if (c != null) {
        out.add(new Said(c.name, c.kind, c.id, c.start, c.end, s.start + p.start(), c.end,
            null));
      }
    }
    Matcher v = Lexicon.cue("verb", s.arabic).matcher(s.text);
    while (v.find()) {
      if (v.group().toLowerCase(Locale.ROOT).equals("according")) {
        continue;
      }
      if (v.group().toLowerCase(Locale.ROOT).startsWith("report")
          && NOUN_BEFORE.contains(lastWord(s, s.start + v.start()))) {
        continue; // "according to local reports": a noun, not "X reports"
      }
      int verb = s.start + v.start();
      if (s.arabic && v.group().startsWith("و") && v.start() > 3) {
        continue; // "…، وأكد الرئيس أن …": a new clause's speaker, not the sentence's
      }
      Said c = null;
      boolean inverted = false;
      if (s.arabic) {
        // "وقال المرصد إن …": the speaker follows the verb
        c = claimantNear(s, ms, unnamed, s.start + v.end(), Math.min(s.end, s.start + v.end() + 40),
            true);
        if (c != null && c.start - (s.start + v.end()) > 3 && !TITLE_BEFORE.matcher(
            s.text.substring(v.end(), c.start - s.start)).matches()) {
          c = null;
        }
        inverted = c != null;
      }
      if (c == null) {
        c = claimantNear(s, ms, unnamed, Math.max(s.start, verb - 70), verb, false);
        if (!s.arabic) {
          // "Sadek Dawad, spokesman of the force loyal to the coalition, said": the person,
          // not the actor inside the apposition
          Said named = personBefore(s, ms, verb);
          if (named != null && c != null && named.end < c.start) {
            // the organisation the person's apposition names first, then the person
            Said org = claimantNear(s, ms, unnamed, named.end, verb, true);
            c = org == null ? named : new Said(org.name, org.kind, org.id, named.start, org.end,
                named.start, org.end, null, named);
          } else if (named != null && (c == null || c.end < verb - 40)) {
            c = named;
          }
        }
        if (c != null && deedBetween(s, c.end, verb)) {
          // "ISIS blew up the mosque, announced the army", "the army took the city, Aksoy said":
          // the doer is not the speaker
          c = null;
        }
      }
      boolean told = v.group().equalsIgnoreCase("told");
      boolean punctBefore = v.start() > 0
          && "”\",".indexOf(s.text.charAt(Math.max(0, v.start() - 2))) >= 0;
      boolean clauseAfter = THAT_AFTER.matcher(s.text).region(v.end(), s.text.length())
          .lookingAt();
      if (!inverted && !told && !s.arabic && !clauseAfter && (c == null || punctBefore)) {
        // "…,” said Rami Abdulrahman" / "قال المرصد": the speaker follows the verb
        Said after = claimantNear(s, ms, unnamed, s.start + v.end(),
            Math.min(s.end, s.start + v.end() + 60), true);
        if (after != null && after.start - (s.start + v.end()) <= 12
            && (c == null || quoteBefore(s, v.start()) || endsClause(s, after.end))) {
          // "…,” said the Observatory." but not "X, an SDF official, said Turkish-backed
          // forces had entered …": there the one after the verb starts the reported clause
          c = after;
          inverted = true;
        }
      }
      if (c != null && c.person == null && c.id == null) {
        // "a source told AFP", "مصدر لوكالة فرانس برس": the agency relays its source
        Mention relay = toldOutlet(s, ms, c.end);
        if (relay != null) {
          Said agency = claimantNear(s, ms, List.of(), relay.start(), relay.end(), true);
          if (agency != null) {
            c = new Said(agency.name, agency.kind, agency.id, c.start, Math.max(c.end, relay.end()),
                c.spanStart, Math.max(c.spanEnd, relay.end()), c.date, c);
          }
        }
      }
      if (c != null && !overlapsAny(out, c)) {
        int open = c.start - s.start;
        if (open > 0 && s.text.charAt(open - 1) == '(') {
          for (Mention m : ms) {
            if (c.id != null && c.id.equals(m.identifierId()) && m.end() <= c.start
                && c.start - m.end() <= 3) {
              c = new Said(c.name, c.kind, c.id, m.start(), c.end, m.start(), c.end, null,
                  c.person);
            }
          }
        }
        String date = null;
        for (Timex t : ts) {
          if (t.start() >= c.start && t.end() <= s.start + v.end() + 25 && t.value() != null) {
            date = t.value(); // "in a statement to SANA on Sunday", "reported on March 25"
          }
        }
        int end = inverted ? Math.max(c.end, s.start + v.end()) : s.start + v.end();
        Matcher that = THAT.matcher(s.text).region(end - s.start,
            Math.min(s.text.length(), end - s.start + 6));
        if (that.lookingAt() || that.find()) {
          end = s.start + that.end();
        }
        if (inverted && !s.arabic && s.end - end <= 60) {
          end = s.end; // "…,” said the Observatory's chief Rami Abdulrahman."
        }
        out.add(new Said(c.name, c.kind, c.id, c.start, c.end, inverted ? verb : c.start, end,
            date, c.person));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  /*
   * A person's name right before a reporting verb, after a comma or a sentence start:
   * "…, Aksoy said", "Hami Aksoy told Sputnik". Only names of two to four capitalized words, or
   * one after a comma, so that "The army said" is not a name.
   */
  private static final Pattern PERSON_BEFORE = Pattern.compile(
      "(?:^|[,.;:”\"]\\s*)((?:[A-Z][a-z][\\p{L}'’-]* ){0,3}[A-Z][a-zA-Z][\\p{L}'’-]*)\\s+(?:also |later |on \\w+ )?$");
  private static final Pattern THAT_AFTER = Pattern.compile("\\s+(?:that|on \\w+ that)\\b");
  private static final Set<String> NOT_NAMES = Set.of("The", "He", "She", "They", "It", "We",
      "This", "That", "These", "Those", "But", "And", "A", "An", "His", "Her", "Their", "Its",
      "Officials", "Sources", "Reports", "Residents", "Activists", "Witnesses", "Analysts");

  /* "Zohair al-Shimale, an MEE contributor in east Aleppo, said": a name, its apposition. */
  private static final Pattern PERSON_APPOSITION = Pattern.compile(
      "(?:^|[,.;:”\"]\\s*)((?:[A-Z][a-z][\\p{L}'’-]* ){0,3}[A-Z][a-z][\\p{L}'’-]*),\\s+"
          + "(?:a|an|the|who|head|chief|spokesman|spokeswoman|commander|director|member)\\b"
          + "[^,;:“”\"]{3,90},\\s+(?:also |later |on \\w+ )?$");

  private static Said personBefore(Sent s, List<Mention> ms, int verb) {
    int to = verb - s.start;
    int from = Math.max(0, to - 60);
    Matcher m = PERSON_BEFORE.matcher(s.text.substring(0, to));
    if (!m.find(from)) {
      m = PERSON_APPOSITION.matcher(s.text.substring(0, to));
      if (!m.find(Math.max(0, to - 160))) {
        return null;
      }
    }
    String name = m.group(1);
    String first = name.split(" ")[0];
    if (NOT_NAMES.contains(first)) {
      return null;
    }
    int a = s.start + m.start(1);
    int b = s.start + m.end(1);
    for (Mention x : ms) {
      if (x.start() < b && a < x.end() && !(x.kind().equals("place")
          && "town".equals(x.feature()))) {
        // an actor the catalogue knows, or a capital or country speaking for its government
        // ("Moscow said"); a village that shares a surname ("Aksoy") does not speak
        return null;
      }
    }
    return new Said(name, "person", null, a, b, a, b, null);
  }

  /** True when an event trigger other than speech sits in the sentence text [from, to). */
  private static boolean deedBetween(Sent s, int from, int to) {
    if (to - from < 4) {
      return false;
    }
    String between = s.text.substring(from - s.start, to - s.start);
    String lower = between.toLowerCase(Locale.ROOT);
    for (Lexicon.Trigger t : Lexicon.TRIGGERS) {
      String cat = t.category();
      boolean speech = cat.equals("THREATEN") || cat.equals("ACCUSE") || cat.equals("REJECT");
      if (!speech && t.mayMatch(lower) && t.pattern().matcher(between).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<Said> list, Said c) {
    for (Said x : list) {
      if (x.start < c.end && c.start < x.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claimant in {@code [from, to)}: the first (after a preposition) or the last (before a
   * verb) actor mention or unnamed source there, skipping objects of "to" ("a statement to SANA").
   */
  private Said claimantNear(Sent s, List<Mention> ms, List<int[]> unnamed, int from, int to,
      boolean first) {
    List<Said> cands = new ArrayList<>();
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.end() <= to
          && !m.resolution().equals("pronoun")) {
        String before = lastWord(s, m.start());
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
        cands.add(new Said(a == null ? m.text() : a.name(), kind, m.identifierId(), m.start(),
            m.end(), m.start(), m.end(), null));
      }
    }
    for (int[] u : unnamed) {
      if (u[0] >= from && u[1] <= to) {
        String text = s.text.substring(u[0] - s.start, u[1] - s.start);
        // "SANA correspondent": the outlet's own reporter is the outlet's chain
        boolean covered = false;
        for (Said c : cands) {
          if (c.start < u[1] && u[0] < c.end) {
            covered = true;
          }
        }
        if (!covered) {
          cands.add(new Said(text.toLowerCase(Locale.ROOT).startsWith("the ") ? text : text,
              "unnamed", null, u[0], u[1], u[0], u[1], null));
        }
      }
    }
    if (cands.isEmpty()) {
      return null;
    }
    cands.sort((a, b) -> Integer.compare(a.start, b.start));
    return first ? cands.get(0) : cands.get(cands.size() - 1);
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his",
      "her", "some", "all", "many", "other", "several");

  /** The word before a position, past determiners: "from the US-led coalition" gives "from". */
  private static String headWord(Sent s, int at) {
    int pos = at;
    for (int k = 0; k < 3; k++) {
      String w = lastWord(s, pos);
      if (!DETERMINERS.contains(w)) {
        return w;
      }
      int i = s.text.toLowerCase(Locale.ROOT).lastIndexOf(w, pos - s.start - 1);
      if (i < 0) {
        return w;
      }
      pos = s.start + i;
    }
    return lastWord(s, pos);
  }

  private static String lastWord(Sent s, int at) {
    int i = at - s.start;
    int e = i;
    while (e > 0 && !Character.isLetter(s.text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(s.text.charAt(b - 1))) {
      b--;
    }
    return s.text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /* What the page has told so far: the narrative's date, the last destination and doers. */
  private static final class Narrative {
    String date;
    String dateText;
    Mention lastDestination;
    private final Map<String, List<Mention>> doers = new HashMap<>();
    private final Map<String, Integer> doersParagraph = new HashMap<>();

    /* The families of deeds whose doer carries over to a sentence that names none. */
    private static String family(String category) {
      return switch (category) {
        case "ASSAULT", "COERCE", "THREATEN" -> "force";
        case "RETREAT", "MOBILIZE", "AID" -> "move";
        default -> category;
      };
    }

    List<Mention> lastActor(String category, int paragraph) {
      String f = family(category);
      Integer p = doersParagraph.get(f);
      return p != null && paragraph - p <= 1 ? doers.get(f) : List.of();
    }

    void acted(String category, List<Mention> actors, int paragraph) {
      if (!actors.isEmpty()) {
        doers.put(family(category), actors);
        doersParagraph.put(family(category), paragraph);
      }
    }
  }

  /* A trigger match in a sentence. */
  private record Hit(Lexicon.Trigger trigger, int start, int end, boolean future) {
    Hit(Lexicon.Trigger trigger, int start, int end) {
      this(trigger, start, end, false);
    }
  }

  private List<Event> events(Document doc, Sent s, List<Mention> ms, List<Timex> ts,
      List<Said> said, List<Event.Claimant> chain, Mention mainPlace, Narrative story, int seq,
      String reportDay) {
    List<Hit> hits = new ArrayList<>();
    String lower = s.text.toLowerCase(Locale.ROOT);
    for (Lexicon.Trigger t : Lexicon.candidates(lower)) {
      Matcher m = t.pattern().matcher(s.text);
      while (m.find()) {
        int a = s.start + m.start();
        int b = s.start + m.end();
        if (inAttribution(said, a, b) || inUrl(s.text, m.start())) {
          continue;
        }
        hits.add(new Hit(t, a, b));
      }
    }
    for (TriggerLexicon.Match m : (s.arabic ? TriggerLexicon.ARABIC : TriggerLexicon.ENGLISH)
        .find(s.text)) {
      int a = s.start + m.start();
      int b = s.start + m.end();
      if (inAttribution(said, a, b) || inUrl(s.text, m.start()) || aboutMedia(s, m)) {
        continue;
      }
      hits.add(new Hit(m.row().trigger(), a, b, m.future()));
    }
    // the longest trigger wins where triggers overlap; then one event per category and
    // sentence, the first that has an actor: the main clause comes before "after sending two
    // convoys"
    hits.sort((x, y) -> (y.end - y.start) - (x.end - x.start));
    List<Hit> apart = new ArrayList<>();
    for (Hit h : hits) {
      boolean clash = false;
      for (Hit k : apart) {
        if (h.start < k.end && k.start < h.end) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        apart.add(h);
      }
    }
    apart.sort((x, y) -> Integer.compare(x.start, y.start));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : apart) {
      if (!contentOfAnother(s, apart, h) && !adjunct(s, apart, h) && !modifier(apart, h)
          && !purpose(s, h)) {
        kept.add(h);
      }
    }
    Map<String, Hit> coded = new HashMap<>(); // the categories this sentence has an event of
    List<Mention> prevDoers = null; // the doers of the sentence's last deed, and its trigger
    Hit prevHit = null;
    List<Mention> victims = new ArrayList<>(); // subjects of a passive attack or seizure
    // a denial: what follows "denied that" is denied by the denier
    Hit denial = null;
    for (Hit h : kept) {
      if (h.trigger.flags().contains("deny")) {
        denial = h;
        break;
      }
    }
    List<Event> out = new ArrayList<>();
    Mention denier = null;
    Hit deniedHit = null;
    for (Hit h : kept) {
      if (denial != null && h != denial && h.start > denial.start && deniedHit == null) {
        deniedHit = h; // the denial covers the first event of its complement only
      }
    }
    for (Hit h : kept) {
      Hit same = coded.get(h.trigger.category());
      if ((same != null && !newClause(s, same, h)) || background(s, h, ts)) {
        continue;
      }
      if (lastWord(s, h.start).equals("from") && FIRST_WORD_ING.matcher(
          s.text.substring(h.start - s.start, h.end - s.start)).lookingAt()) {
        continue; // "prevented from leaving", "stopped from fleeing": it did not happen
      }
      boolean denied = h == deniedHit;
      if (!denied && deniedHit != null && termOf(s, deniedHit, h)) {
        continue; // "denied that it reached an agreement with Russia to leave": part of the deal
      }
      if (denied && (h.trigger.category().equals("SANCTION")
          || h.trigger.category().equals("REJECT"))) {
        continue; // denying a stop is no stop; the REJECT carries the denial
      }
      List<Mention> actors = actors(s, ms, said, h, denied ? denial.end : -1);
      if (prevDoers != null && !s.arabic && !passive(s, h) && coordinated(s, prevHit, h)) {
        actors = prevDoers; // "seized the workers … and killed three of them": the same doers
      }
      List<Mention> targets = List.of();
      if (h.trigger.flags().contains("subject-is-target")) {
        // "Shabiha runs the page", "X is accused of": the speaker accuses the subject;
        // "the convoy came under fire": the subject suffers it, the doer is not named here
        targets = actors;
        actors = h.trigger.category().equals("ACCUSE")
            ? (said.isEmpty() || said.get(0).id == null ? List.of()
                : List.of(actorMention(said.get(0))))
            : List.of();
      }
      List<Event.Claimant> claims = scoped(said, h, chain);
      if (denied && denier != null) {
        claims = List.of(new Event.Claimant(denier.identifierText(), "group", denier.identifierId()));
      }
      if (actors.isEmpty() && !said.isEmpty() && speechAct(h)) {
        Said c = said.get(0);
        if (c.id != null) {
          actors = List.of(actorMention(c));
        }
      }
      if (s.arabic && !said.isEmpty() && said.get(0).id != null
          && said.get(0).end <= h.start && h.start - said.get(0).end <= 80
          && OWN_CONTROL.matcher(s.text.substring(h.start - s.start)).find()) {
        // "أعلن التحالف عن سيطرته على المطار": the speaker's own control
        actors = List.of(actorMention(said.get(0)));
      }
      if (actors.isEmpty() && denied && denier != null && denierActs(s, denial, h)) {
        actors = List.of(denier);
      }
      if (actors.isEmpty() && !said.isEmpty() && said.get(0).id != null
          && selfReference(s, said.get(0), h)) {
        actors = List.of(actorMention(said.get(0))); // "the LNA announced that it had destroyed"
      }
      if (actors.isEmpty() && !said.isEmpty() && said.get(0).id != null && weQuote(s, h)) {
        actors = List.of(actorMention(said.get(0))); // "“The negotiations continue and we ...”"
      }
      String category = h.trigger.category();
      Mention national = nationalAdjective(s, h);
      if (national != null) {
        actors = List.of(national); // "a Russian ultimatum", "Turkish shelling": that state's
      }
      if (passive(s, h) && (category.equals("ASSAULT") || category.equals("COERCE"))) {
        // "two soldiers were killed …": the subject suffers it, whatever else the sentence says
        for (Mention m : ms) {
          if (m.kind().equals("actor") && m.end() <= h.start && !actors.contains(m)
              && !inAttribution(said, m.start(), m.end())) {
            victims.add(m);
          }
        }
      }
      if (!victims.isEmpty()) {
        actors = new ArrayList<>(actors);
        actors.removeAll(victims);
      }
      if (actors.isEmpty()) {
        // no subject in the clause ("five buses were attacked", "shelling resumed"): the one
        // who last did a deed of the same kind in this paragraph, else no one named
        actors = new ArrayList<>(story.lastActor(h.trigger.category(), s.paragraph));
        actors.removeAll(victims);
      }
      if (h == denial && !actors.isEmpty()) {
        denier = actors.get(0);
        if (claims.isEmpty()) {
          // a denial is the denier's own word
          claims = List.of(new Event.Claimant(denier.identifierText(), "group",
              denier.identifierId()));
        }
      }
      List<Mention> recipients = targets.isEmpty() ? recipients(s, ms, said, h, actors) : targets;
      if (recipients.isEmpty() && !victims.isEmpty()) {
        recipients = distinct(victims);
      }
      if (h.trigger.flags().contains("reciprocal") && recipients.isEmpty() && actors.size() > 1) {
        recipients = actors;
      }
      String modality = denied || calledFalse(s, h) ? "denied" : modality(s, h);
      Mention dest = null;
      if (h.trigger.flags().contains("movement")) {
        dest = destination(s, ms, h);
        if (dest == null && modality.equals("planned")) {
          dest = story.lastDestination;
        }
      }
      if (dest == null && MOVING.contains(h.trigger.category())) {
        dest = movedTo(s, ms, h);
      }
      Mention place = place(s, ms, h, dest);
      if (place == null) {
        place = mainPlace;
      }
      // the date: the sentence's own, else the report's, else the narrative's
      Timex when = nearest(s, ts, h, modality.equals("planned"), kept);
      String date = null;
      String end = null;
      Event.DateInfo info;
      if (when != null && (when.value() != null || when.endValue() != null)) {
        date = when.value();
        end = when.endValue();
        info = new Event.DateInfo(when.precision(), when.basis(), when.text());
      } else if (modality.equals("planned") || s.text.startsWith("Earlier")
          || modality.equals("historical")) {
        info = new Event.DateInfo("unknown", "none", null);
      } else if (reportDay != null) {
        date = reportDay;
        info = new Event.DateInfo("day", "relative", "the day of the report");
      } else if (story.date != null) {
        date = story.date;
        info = new Event.DateInfo("day", "relative", story.dateText);
      } else if (doc.published().value() != null) {
        date = doc.published().value().substring(0, 10);
        info = new Event.DateInfo("day", "publication", doc.published().evidence());
      } else {
        info = new Event.DateInfo("unknown", "none", null);
      }
      coded.put(h.trigger.category(), h);
      List<String> modes = h.trigger.mode() == null ? List.of() : List.of(h.trigger.mode());
      double conf = 0.45 + (recipients.isEmpty() ? 0 : 0.15) + (when != null ? 0.1 : 0)
          + (place != null ? 0.1 : 0)
          + (actors.isEmpty() ? -0.15 : actors.get(0).resolution().equals("name") ? 0.1 : 0);
      story.acted(category, actors, s.paragraph);
      if (!actors.isEmpty() && !h.trigger.flags().contains("pos:N")) {
        prevDoers = actors; // verbs share a subject, not nouns: "in breach of the ceasefire"
        prevHit = h;
      }
      out.add(new Event(doc.docId() + "-e" + (seq + out.size() + 1), doc.docId(),
          categories(h, modality), modes, context(h), date, end, info, entities(actors),
          entities(recipients), location(place), location(dest), size(s),
          new Event.Claim(modality, claims, doc.outlet() == null ? null : doc.outlet().name()),
          s.text, new Event.TextInfo(seq + out.size() + 1, s.start, s.end,
              doc.text().substring(h.start, h.end), h.start, h.end),
          new Event.CiteInfo(doc.outlet() == null ? null : doc.outlet().name(), doc.title(),
              doc.language(), doc.input()),
          Math.min(0.95, conf), topic(s, h), null, null));
    }
    return out;
  }

  private static final Pattern CLAUSE_JOIN = Pattern.compile(
      "[,;:]|\\b(?:and|then|while|but|after|before)\\b|(?:^|\\s)[وف](?=\\p{L})|\\sثم\\s");

  /**
   * True when {@code later} is a deed of its own: another clause than {@code earlier} of the same
   * category ("forced the men off the buses, confiscated their weapons").
   */
  private static boolean newClause(Sent s, Hit earlier, Hit later) {
    if (later.start < earlier.end || later.trigger.flags().contains("pos:N")) {
      return false; // "blew up the mosque, a massive blast": the same deed named again
    }
    String between = s.text.substring(earlier.end - s.start, later.start - s.start);
    return between.length() > 2 && CLAUSE_JOIN.matcher(between).find();
  }

  /*
   * A deed word about a recording, not a deed: "a video captured by drones", "released aerial
   * footage", "released a statement": a media noun right before it or among the next words.
   */
  private static boolean aboutMedia(Sent s, TriggerLexicon.Match m) {
    Set<String> media = Lexicon.words("media");
    if (media.contains(lastWord(s, s.start + m.start()))) {
      return true;
    }
    List<int[]> next = TriggerLexicon.tokens(
        s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 40)));
    for (int i = 0; i < Math.min(3, next.size()); i++) {
      int[] t = next.get(i);
      String w = s.text.substring(m.end() + t[0], m.end() + t[1]).toLowerCase(Locale.ROOT);
      if (media.contains(w) || Lexicon.words("document").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /*
   * True when {@code h} is what another trigger of its clause demands, threatens or refuses
   * ("conditioned the talks on the exit of the militants", "vowed to fight", "refused to
   * leave"): part of that event, not a deed of its own.
   */
  private static boolean contentOfAnother(Sent s, List<Hit> all, Hit h) {
    for (Hit k : all) {
      String c = k.trigger.category();
      boolean governs = c.equals("REQUEST") || c.equals("THREATEN")
          || c.equals("REJECT") && !k.trigger.flags().contains("deny");
      if (governs && k.end <= h.start && h.start - k.end <= 80
          && !breakBetween(s, k.end, h.start) && !OF.matcher(
              s.text.substring(k.end - s.start, h.start - s.start)).find()
          && !Lexicon.cue("terms").matcher(s.text.substring(k.end - s.start, h.start - s.start))
              .find()) {
        return true;
      }
    }
    return false;
  }

  /* True when a purpose ("in order to", "بهدف") governs the trigger from earlier in its clause. */
  private static boolean purpose(Sent s, Hit h) {
    int from = Math.max(s.start, h.start - 150);
    Matcher m = Lexicon.cue("purpose").matcher(s.text.substring(from - s.start,
        h.start - s.start));
    int last = -1;
    while (m.find()) {
      last = from + m.end();
    }
    return last >= 0 && !breakBetween(s, last, h.start);
  }

  /* A nominal trigger that modifies the next one: "the evacuation agreement". */
  private static boolean modifier(List<Hit> all, Hit h) {
    if (!h.trigger.flags().contains("pos:N")) {
      return false;
    }
    for (Hit k : all) {
      if (k != h && k.start > h.end && k.start - h.end <= 1) {
        return true;
      }
    }
    return false;
  }

  /*
   * The chain for one trigger where a sentence has several voices ("Russia said the operation
   * was completed, but opposition leaders say thousands remain"): the last one before the
   * trigger, else the first after it; the sentence's chain when that is its first voice.
   */
  private static List<Event.Claimant> scoped(List<Said> said, Hit h, List<Event.Claimant> chain) {
    if (said.size() < 2) {
      return chain;
    }
    Said pick = null;
    for (Said c : said) {
      if (c.spanEnd <= h.start) {
        pick = c;
      }
    }
    if (pick == null) {
      for (Said c : said) {
        if (c.spanStart >= h.end) {
          pick = c;
          break;
        }
      }
    }
    if (pick == null || pick == said.get(0)) {
      return chain;
    }
    List<Event.Claimant> own = new ArrayList<>();
    own.add(claimant(pick));
    if (pick.person != null) {
      own.add(claimant(pick.person));
    }
    return own;
  }

  /* True when {@code h} is what {@code deal} is to: "an agreement with Russia to leave Tafas". */
  private static boolean termOf(Sent s, Hit deal, Hit h) {
    if (h.start < deal.end || h.start - deal.end > 25) {
      return false;
    }
    String gap = s.text.substring(deal.end - s.start, h.start - s.start);
    return TO.matcher(gap).find() || s.arabic && s.text.charAt(h.start - s.start) == 'ل';
  }

  private static final Pattern TO = Pattern.compile("(?i)\\bto\\s*$");

  /* "begged for the cessation of operations": what is asked for is their end, not them. */
  private static final Pattern OF = Pattern.compile(
      "(?i)\\b(?:cessation|end|halt|stop|suspension|ending|stopping|halting|freeze)\\s+(?:of|to)\\s+"
          + "(?:the\\s+|all\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+)?$|(?:^|\\s)(?:وقف|إيقاف|ايقاف|إنهاء|انهاء)\\s*$");

  private static boolean breakBetween(Sent s, int from, int to) {
    for (int[] br : s.breaks()) {
      if (br[0] >= from && br[1] <= to) {
        return true;
      }
    }
    return s.text.substring(from - s.start, to - s.start).indexOf(';') >= 0;
  }

  private static final Pattern ADJUNCT = Pattern.compile(
      "(?i)(?:\\b(?:under|per|in\\s+line\\s+with|in\\s+accordance\\s+with|as\\s+part\\s+of|"
          + "in\\s+(?:breach|violation|defiance)\\s+of|"
          + "in\\s+the\\s+framework\\s+of|within\\s+the\\s+framework\\s+of)"
          + "|(?:^|\\s)(?:بموجب|وفق|وفقا\\s+ل|ضمن|في\\s+إطار))"
          + "\\s+(?:the\\s+|a\\s+|an\\s+|this\\s+|that\\s+|its\\s+|their\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$");

  /*
   * True when a nominal trigger only names the framework of a verb of the same sentence: "Under
   * the same agreement, X will release …", "بموجب الاتفاق". An event before or after which
   * something happened ("after the attack, troops withdrew") is an event of its own.
   */
  private static boolean adjunct(Sent s, List<Hit> all, Hit h) {
    if (!h.trigger.flags().contains("pos:N")) {
      return false;
    }
    boolean verb = false;
    for (Hit k : all) {
      verb |= k != h && !k.trigger.flags().contains("pos:N");
    }
    return verb && ADJUNCT.matcher(s.text.substring(Math.max(0, h.start - s.start - 60),
        h.start - s.start)).find();
  }

  /*
   * The event's categories, most likely first: a retreat announced for later is a concession
   * (CODING.md: "will withdraw", "would release") as well as the retreat it promises.
   */
  private static List<String> categories(Hit h, String modality) {
    String c = h.trigger.category();
    if (c.equals("RETREAT") && modality.equals("planned")) {
      return List.of("CONCEDE", "RETREAT");
    }
    return List.of(c);
  }

  private static final Pattern FIRST_WORD_ING = Pattern.compile("\\p{L}+ing\\b");
  private static final Pattern COORDINATED = Pattern.compile(
      "(?i)(?:,|\\band)\\s+(?:(?:then|also|later|had|have|has|reportedly|subsequently)\\s+)*$");

  /* True when {@code h} is a verb coordinated with an earlier deed: "… and killed". */
  private static boolean coordinated(Sent s, Hit earlier, Hit h) {
    if (h.start < earlier.end || h.trigger.flags().contains("pos:N")) {
      return false;
    }
    String before = s.text.substring(earlier.end - s.start, h.start - s.start);
    return before.length() <= 200 && COORDINATED.matcher(before).find();
  }

  private static final Pattern SELF = Pattern.compile(
      "(?i)^\\s*(?:(?:it|they|he|she)\\b|[,،:]?\\s*(?:إنها|إنه|إنهم|أنها|أنه|أنهم|انها|انه|انهم)\\s)");

  /** The subject of the reported clause refers back to the one who reports it. */
  private static boolean selfReference(Sent s, Said c, Hit h) {
    int from = c.spanEnd - s.start;
    int to = h.start - s.start;
    // "it had destroyed", not "it had “deeply alarming reports” of civilians killed"
    return from >= 0 && from < to && to - from <= 30
        && SELF.matcher(s.text.substring(from, to)).find();
  }

  /** "The reports claiming that the hospital was bombed … are fake": the report is denied. */
  private static boolean calledFalse(Sent s, Hit h) {
    Matcher m = Lexicon.cue("denial").matcher(s.text);
    return m.find() && s.start + m.start() > h.end;
  }

  private static final Pattern WE = Pattern.compile("(?i)\\b(?:we|our|us)\\b|نحن|إننا");

  /** A trigger inside a quotation in which the speaker says "we": the speaker's side acts. */
  private static boolean weQuote(Sent s, Hit h) {
    int rs = h.start - s.start;
    int open = Math.max(s.text.lastIndexOf('“', rs), s.text.lastIndexOf('"', rs));
    if (open < 0) {
      return false;
    }
    int close = s.text.indexOf('”', rs);
    if (close < 0) {
      close = s.text.indexOf('"', rs);
    }
    String quote = s.text.substring(open, close < 0 ? s.text.length() : close);
    return WE.matcher(quote).find();
  }

  private static boolean triggerBetween(List<Hit> all, Hit self, int from, int to) {
    for (Hit o : all) {
      if (o != self && o.start >= from && o.end <= to) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern RELATIVE_BACKGROUND = Pattern.compile(
      "\\b(?:who|which|that)\\s+(?:have|has|had|were|was)(?:\\s+been)?\\s+$",
      Pattern.CASE_INSENSITIVE);

  /**
   * A trigger in a relative clause about the past with no date of its own is background, not an
   * event: "soldiers who have been captured by the armed group over the last seven years".
   */
  private static boolean background(Sent s, Hit h, List<Timex> ts) {
    int rs = h.start - s.start;
    String before = s.text.substring(Math.max(0, rs - 30), rs);
    if (!RELATIVE_BACKGROUND.matcher(before).find()) {
      return false;
    }
    for (Timex t : ts) {
      if (t.start() >= h.end && t.start() - h.end < 30 && "day".equals(t.precision())
          && !t.kind().equals("span")) {
        return false;
      }
    }
    return true;
  }

  private static String reportDate(List<Said> said) {
    for (Said s : said) {
      if (s.date != null) {
        return s.date;
      }
    }
    return null;
  }

  private static boolean speechAct(Hit h) {
    if (h.trigger.flags().contains("speech")) {
      return true;
    }
    String c = h.trigger.category();
    return c.equals("THREATEN") || c.equals("ACCUSE") || c.equals("REJECT");
  }

  private Mention actorMention(Said c) {
    Actor a = knowledge.actor(c.id).orElse(null);
    return new Mention(null, c.start, c.end, c.name, "actor", c.id, a == null ? c.name : a.name(),
        null, null, a == null ? null : a.country(), null, null, a == null ? null : a.code(),
        a == null ? null : a.sector(), "claimant");
  }

  private static boolean inAttribution(List<Said> said, int a, int b) {
    for (Said s : said) {
      if (a >= s.spanStart && b <= s.spanEnd) {
        return true;
      }
    }
    return false;
  }

  /* A speaker's title between an Arabic reporting verb and the speaker: "قال مدير المرصد". */
  private static final Pattern TITLE_BEFORE = Pattern.compile("\\s*(?:مدير|رئيس|المتحدث باسم|"
      + "الناطق باسم|الناطق الرسمي باسم|المتحدث الرسمي باسم|قائد|عضو|مسؤول في|مصدر في|مصدر من|"
      + "مصادر في|وزير|وزارة|مراسل|بيان|بيان ل|بيان صادر عن)\\s+[\"“«]?");
  private static final Set<String> COMPLEMENTIZERS = Set.of("إن", "أن", "ان", "بأن", "بان");
  private static final Pattern TOLD_BEFORE = Pattern.compile(
      "(?i)(?:\\btold|\\bto|(?:^|\\s)ل(?:ـ|وكالة|قناة|صحيفة|موقع|تلفزيون|إذاعة)?)\\s*[(\"“«]?\\s*$");

  /* An outlet told by the source ending at {@code from}: "told Reuters", "لوكالة فرانس برس". */
  private Mention toldOutlet(Sent s, List<Mention> ms, int from) {
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= from && m.start() - from <= 60
          && knowledge.actor(m.identifierId()).map(a -> a.kind().equals("outlet")).orElse(false)
          && TOLD_BEFORE.matcher(s.text.substring(Math.max(0, m.start() - s.start - 12),
              m.start() - s.start)).find()) {
        return m;
      }
    }
    return null;
  }

  /*
   * The end of an Arabic unnamed source with its modifiers: adjectives and prepositional
   * phrases up to a comma, a complementizer, a reporting verb or the outlet it spoke to, at
   * most seven words ("مصدر عسكري سوري رفيع المستوى", "مصدر بالحكومة التركية").
   */
  private static int arabicModifiers(String text, int from) {
    int end = from;
    int i = from;
    for (int w = 0; w < 7; w++) {
      int a = i;
      while (a < text.length() && text.charAt(a) == ' ') {
        a++;
      }
      int b = a;
      while (b < text.length() && Character.isLetter(text.charAt(b))) {
        b++;
      }
      if (b == a || a - i > 1) {
        break; // punctuation, a digit or a wide gap
      }
      String word = text.substring(a, b);
      if (COMPLEMENTIZERS.contains(word) || word.startsWith("ل") && !word.startsWith("لل")
          || Lexicon.words("verb").contains(word)) {
        break;
      }
      end = b;
      i = b;
    }
    return end;
  }
  /* "سيطرته", "سيطرتها" (its control), or control announced without an owner ("أعلن … السيطرة"). */
  private static final Pattern OWN_CONTROL =
      Pattern.compile("^(?:\\S*(?:ته|تها|تهم)(?:\\s|$)|ال?سيطرة\\s)");
  private static final Set<String> NOUN_BEFORE = Set.of("to", "the", "local", "preliminary",
      "media", "press", "news", "initial", "unconfirmed", "several", "some", "other", "recent",
      "these", "those", "earlier", "previous", "conflicting", "many", "first", "latest", "new");
  private static final Pattern SELF_SUBJECT = Pattern.compile("(?i)\\b(?:they|it|he|she|we)\\b");
  private static final Pattern NO_SUBJECT = Pattern.compile(
      "(?i)(?:(?:that|having|ever|any|had|have|has|was|were|would|will|being)\\b\\s*)*");

  /**
   * "X denied that they reached an agreement", "X denied reaching…": the denier is the one
   * whose deed is denied; but not in "X denied that their rivals had taken the airport".
   */
  private static boolean denierActs(Sent s, Hit denial, Hit h) {
    String gap = s.text.substring(denial.end - s.start, h.start - s.start).strip();
    return SELF_SUBJECT.matcher(gap).find() || NO_SUBJECT.matcher(gap).matches();
  }

  /* A subject right after the verb (VSO): "التي انسحبت الفصائل منها". */
  private static boolean actorRightAfter(List<Mention> ms, Hit h) {
    for (Mention x : ms) {
      if (x.kind().equals("actor") && x.start() >= h.end && x.start() - h.end <= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean actorBetween(List<Mention> ms, Mention m, Hit h) {
    for (Mention x : ms) {
      if (x != m && x.kind().equals("actor") && x.start() >= m.end() && x.end() <= h.start) {
        return true;
      }
    }
    return false;
  }

  /** True when a quotation closes right before the reporting verb at {@code v}: "…,” said X". */
  private static boolean quoteBefore(Sent s, int v) {
    int i = v - 1;
    while (i >= 0 && (s.text.charAt(i) == ' ' || s.text.charAt(i) == ',')) {
      i--;
    }
    return i >= 0 && "\"”".indexOf(s.text.charAt(i)) >= 0;
  }

  private static final Pattern CLAUSE_END = Pattern.compile(
      "(?i)\\s*(?:$|[,.;:\"”'’(]|(?:on|in|at|late|early|yesterday|today|last|this)\\b)");

  /**
   * True when a speaker ending at {@code at} closes its clause: punctuation, a possessive, a
   * time ("said X on Sunday"), the end.
   */
  private static boolean endsClause(Sent s, int at) {
    return CLAUSE_END.matcher(s.text).region(at - s.start, s.text.length()).lookingAt();
  }

  /* A nationality adjective before a nominal trigger: its state, and its forces for force. */
  private static final Map<String, String[]> NATIONAL = Map.ofEntries(
      Map.entry("russian", new String[] {"russia", "russian-military"}),
      Map.entry("turkish", new String[] {"turkey", "turkish-military"}),
      Map.entry("syrian", new String[] {"syrian-government", "syrian-arab-army"}),
      Map.entry("iranian", new String[] {"iran", "iranian-military"}),
      Map.entry("israeli", new String[] {"israel", "israeli-military"}),
      Map.entry("american", new String[] {"usa", "usa"}),
      Map.entry("iraqi", new String[] {"iraqi-army", "iraqi-army"}),
      Map.entry("lebanese", new String[] {"lebanese-army", "lebanese-army"}),
      Map.entry("jordanian", new String[] {"jordanian-army", "jordanian-army"}),
      Map.entry("egyptian", new String[] {"egyptian-army", "egyptian-army"}));
  private static final Set<String> FORCE = Set.of("ASSAULT", "COERCE", "MOBILIZE", "RETREAT");

  /**
   * "a Russian ultimatum", "Turkish shelling", "Israeli air strikes": a capitalized nationality
   * adjective right before a nominal trigger (not a verb: "Syrian rebels shelled") names the
   * actor.
   */
  private Mention nationalAdjective(Sent s, Hit h) {
    int at = h.start - s.start;
    String trigger = s.text.substring(at, h.end - s.start);
    if (trigger.endsWith("ed") || at < 2 || s.text.charAt(at - 1) != ' ') {
      return null;
    }
    int b = at - 1;
    while (b > 0 && Character.isLetter(s.text.charAt(b - 1))) {
      b--;
    }
    String word = s.text.substring(b, at - 1);
    String[] ids = word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? null
        : NATIONAL.get(word.toLowerCase(Locale.ROOT));
    if (ids == null) {
      return null;
    }
    String id = FORCE.contains(h.trigger.category()) ? ids[1] : ids[0];
    Actor a = knowledge.actor(id).orElse(null);
    if (a == null) {
      return null;
    }
    return new Mention(null, s.start + b, s.start + at - 1, word, "actor", id, a.name(), null,
        null, a.country(), null, null, a.code(), a.sector(), "adjective");
  }

  /** True when the text at {@code at} lies in a web address ("…/militants-begin-leaving-…"). */
  private static boolean inUrl(String text, int at) {
    int b = at;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    int e = at;
    while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    String word = text.substring(b, e);
    return word.contains("://") || word.startsWith("www.");
  }

  /** A passive trigger: flagged so, or after "was", "were", "been" … */
  private static final Pattern PASSIVE_AUX =
      Pattern.compile("(?is).*\\b(?:was|were|been|be|being|is|are)\\s*$");

  private static boolean passive(Sent s, Hit h) {
    return h.trigger.flags().contains("passive") || PASSIVE_AUX.matcher(
        s.text.substring(Math.max(0, h.start - s.start - 12), h.start - s.start)).matches();
  }

  /** The subject of a trigger: actor mentions before it in its clause, with their conjuncts. */
  private List<Mention> actors(Sent s, List<Mention> ms, List<Said> said, Hit h, int clauseFloor) {
    int floor = Math.max(s.start, clauseFloor);
    for (Said c : said) {
      if (c.spanEnd <= h.start) {
        floor = Math.max(floor, c.spanEnd);
      }
    }
    for (int[] br : s.breaks()) {
      if (br[1] <= h.start) {
        floor = Math.max(floor, br[1]);
      }
    }
    boolean passive = passive(s, h);
    List<Mention> out = new ArrayList<>();
    int limit = clauseEnd(s, h.end);
    if (h.trigger.flags().contains("inner-actor")) {
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.start() >= h.start && m.end() <= h.end) {
          out.add(m);
          return out; // "force all militants to leave": the militants leave
        }
      }
    }
    // an agent after a nominal or passive trigger: "chemical attack conducted by the regime"
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= h.end && m.start() - h.end <= 40
          && m.end() <= limit && headWord(s, m.start()).equals("by")
          && s.text.substring(h.end - s.start, m.start() - s.start).indexOf(',') < 0
          && !inAttribution(said, m.start(), m.end())) {
        out.add(m);
        return out;
      }
    }
    if (s.arabic) {
      // a subject right before the verb (SVO): "قوات النظام سيطرت على خان شيخون"
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.end() <= h.start && h.start - m.end() <= 2
            && m.start() >= floor && canAct(m, h) && !inAttribution(said, m.start(), m.end())) {
          out.add(m);
          return out;
        }
      }
      // after "إن"/"أن" the subject opens the clause (SVO): "إن آليات تركية محملة … دخلت"
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.end() <= h.start && h.start - m.end() <= 120
            && m.start() >= s.start && canAct(m, h)
            && COMPLEMENTIZERS.contains(lastWord(s, m.start())) && !actorBetween(ms, m, h)
            && !actorRightAfter(ms, h)) {
          out.add(m);
          return out;
        }
      }
      // else the subject follows the verb (VSO): "سيطرت فصائل الحر على قرى"
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        if (m.kind().equals("actor") && m.start() >= h.end && m.end() <= limit
            && !inAttribution(said, m.start(), m.end()) && canAct(m, h)
            && !PREPOSITIONS.contains(lastWord(s, m.start()))) {
          // "فصائل الجيش السوري الحر": the factions of a named group are that group
          if (i + 1 < ms.size() && "description".equals(m.resolution())
              && ms.get(i + 1).kind().equals("actor") && ms.get(i + 1).start() - m.end() <= 2) {
            m = ms.get(i + 1);
          }
          out.add(m);
          return out;
        }
      }
    }
    List<Mention> left = new ArrayList<>();
    for (Mention m : ms) {
      if (!m.kind().equals("actor") || m.start() < floor || m.end() > h.start
          || inAttribution(said, m.start(), m.end()) || apposition(s, m) || !canAct(m, h)) {
        continue;
      }
      String before = headWord(s, m.start());
      if (PREPOSITIONS.contains(before) && !memberOf(s, m)) {
        continue; // "in X", "with X" are not subjects; "units of X", "fighters from X" are X
      }
      if (possessiveOfOther(s, m)) {
        continue; // "their rivals had taken the airport": the rivals, not "their" owners
      }
      if (objectPronoun(m) || instrument(s, m, h)) {
        continue; // "them" is never a subject; "artillery attacks": a weapon, not a doer
      }
      left.add(m);
    }
    if (left.isEmpty() && !passive) {
      Mention antecedent = relativeAntecedent(s, ms, said, h, floor);
      if (antecedent != null) {
        return List.of(antecedent); // "militias …, who forcibly disarmed the insurgents"
      }
    }
    if (!passive && !left.isEmpty()) {
      // the nearest subject and the ones coordinated with it
      out.add(left.get(left.size() - 1));
      for (int i = left.size() - 2; i >= 0; i--) {
        String gap = s.text.substring(left.get(i).end() - s.start, left.get(i + 1).start() - s.start);
        if (gap.matches("(?i)\\s*(?:\\([^)]*\\))?\\s*(?:,|and|or|,\\s*and|و)\\s*(?:the\\s+)?"
            + "(?:other\\s+)?(?:[\\w’'-]+\\s+){0,3}")) {
          out.add(0, left.get(i));
        } else {
          break;
        }
      }
      return distinct(out);
    }
    // "talks between X and Y": both sides
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.kind().equals("actor") && m.start() >= h.start && m.end() <= limit
          && headWord(s, m.start()).equals("between")) {
        out.add(m);
        for (int j = i + 1; j < ms.size(); j++) {
          Mention n = ms.get(j);
          if (n.kind().equals("actor") && headWord(s, n.start()).equals("and")
              && n.start() - out.get(out.size() - 1).end() <= 8) {
            out.add(n);
          }
        }
        return distinct(out);
      }
    }
    // nominal: "departure of X fighters", "displace civilians and X fighters"; not after a
    // verb ("killed three of them")
    for (Mention m : ms) {
      if (!passive && !h.trigger.flags().contains("pos:V") && m.kind().equals("actor")
          && m.start() >= h.end && m.end() <= limit && !objectPronoun(m)
          && !inAttribution(said, m.start(), m.end())) {
        String before = headWord(s, m.start());
        if (before.equals("of") || before.equals("and")) {
          out.add(m);
          return out;
        }
      }
    }
    // "units of the Military Police will be deployed": the subject moves itself; but "targets
    // came under fire", "the town was seized": the subject suffers it
    String c = h.trigger.category();
    boolean suffers = c.equals("ASSAULT") || c.equals("COERCE") || c.equals("ACCUSE");
    if (passive && !left.isEmpty() && !suffers) {
      out.add(left.get(left.size() - 1));
    }
    return out;
  }

  private static boolean objectPronoun(Mention m) {
    return "pronoun".equals(m.resolution()) && m.text().equalsIgnoreCase("them");
  }

  /* A kind of actor right before a nominal trigger names the means: "artillery attacks". */
  private static boolean instrument(Sent s, Mention m, Hit h) {
    return m.identifierId() != null && m.identifierId().startsWith("agent:")
        && h.trigger.flags().contains("pos:N") && h.start - m.end() <= 1
        && h.start >= m.end();
  }

  private static final Pattern RELATIVE = Pattern.compile("(?i)^\\s*,?\\s*(?:who|which|that)\\b");

  /*
   * The subject of a relative clause is the actor it hangs on: "stopped by militias in the
   * district, who disarmed the insurgents" — the last actor before "who", within 80 characters.
   */
  private Mention relativeAntecedent(Sent s, List<Mention> ms, List<Said> said, Hit h,
      int floor) {
    for (int[] br : s.breaks()) {
      if (br[1] != floor || !RELATIVE.matcher(s.text.substring(br[0] - s.start)).find()) {
        continue;
      }
      Mention best = null;
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.end() <= br[0] && br[0] - m.end() <= 80
            && !objectPronoun(m) && !inAttribution(said, m.start(), m.end()) && canAct(m, h)) {
          best = m;
        }
      }
      return best;
    }
    return null;
  }

  private static final Pattern MEMBERS = Pattern.compile(
      "(?i)(?:fighters|members|militants|units|troops|forces|soldiers|batch|leaders|commanders|"
          + "elements|gunmen|convoy|delegation|officials|spokesman|representatives)\\s+"
          + "(?:of|from)\\s+(?:the\\s+)?$");

  private static final Pattern OWN_MEMBERS = Pattern.compile("(?i)^\\s+(?:own\\s+)?(?:fighters|"
      + "forces|troops|units|members|militants|men|gunmen|militiamen|soldiers|army|militia|"
      + "commanders?|leaders?|convoys?|positions|warplanes|jets|group|families)\\b");

  /**
   * A possessive pronoun before a noun that is not the group's own people: "their rivals",
   * "their airport". "their fighters" and "their forces" are the group itself.
   */
  private static boolean possessiveOfOther(Sent s, Mention m) {
    if (!"pronoun".equals(m.resolution()) || !m.text().equalsIgnoreCase("their")) {
      return false;
    }
    int e = m.end() - s.start;
    return e < s.text.length() && !OWN_MEMBERS.matcher(s.text.substring(e)).lookingAt();
  }

  /** "units of the Russian Military Police": the members' group is the one that acts. */
  private static boolean memberOf(Sent s, Mention m) {
    int i = m.start() - s.start;
    return MEMBERS.matcher(s.text.substring(Math.max(0, i - 40), i)).find();
  }

  /** Outlets and monitors report, accuse and deny; they do not fight or withdraw. */
  private boolean canAct(Mention m, Hit h) {
    Actor a = m.identifierId() == null ? null : knowledge.actor(m.identifierId()).orElse(null);
    if (a == null || !(a.kind().equals("outlet") || a.kind().equals("monitor"))) {
      return true;
    }
    return speechAct(h) || h.trigger.category().equals("SUPPORT");
  }

  /** "the Syrian Arab Army (SAA)": the bracketed short form repeats the name before it. */
  private static boolean apposition(Sent s, Mention m) {
    int i = m.start() - s.start;
    int e = m.end() - s.start;
    return i > 0 && s.text.charAt(i - 1) == '(' && e < s.text.length() && s.text.charAt(e) == ')';
  }

  private static List<Mention> distinct(List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Mention m : ms) {
      if (!ids.contains(m.identifierId())) {
        ids.add(m.identifierId());
        out.add(m);
      }
    }
    return out;
  }

  private static int clauseEnd(Sent s, int from) {
    for (int[] br : s.breaks()) {
      if (br[0] >= from) {
        return br[0];
      }
    }
    return s.end;
  }

  private List<Mention> recipients(Sent s, List<Mention> ms, List<Said> said, Hit h,
      List<Mention> actors) {
    int limit = clauseEnd(s, h.end);
    List<String> actorIds = new ArrayList<>();
    for (Mention a : actors) {
      if (a.identifierId() != null) {
        actorIds.addAll(knowledge.lineage(a.identifierId())); // Alloush's "they" is his group
      }
    }
    List<Mention> out = new ArrayList<>();
    Mention population = null;
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= h.end && m.end() <= limit
          && !inAttribution(said, m.start(), m.end()) && !actorIds.contains(m.identifierId())
          && canAct(m, h)) {
        if ("CVL".equals(m.code())) {
          population = population == null ? m : population; // civilians only if no one else
          continue;
        }
        out.add(m);
        break;
      }
    }
    if (out.isEmpty() && population != null) {
      out.add(population);
    }
    // "advanced on Jaish al-Islam positions": an object inside the trigger's own phrase
    for (Mention m : ms) {
      if (out.isEmpty() && m.kind().equals("actor") && m.start() >= h.start && m.end() <= h.end
          && !actorIds.contains(m.identifierId())) {
        out.add(m);
      }
    }
    return out;
  }

  private static final Set<String> MOVING = Set.of("REQUEST", "AGREE", "CONCEDE", "RETREAT",
      "THREATEN");
  private static final Pattern MOVE = Pattern.compile(
      "(?i)\\b(?:evacuat\\w*|leav\\w*|left|withdr\\w*|transfer\\w*|relocat\\w*|mov\\w*|exit\\w*|"
          + "depart\\w*|sent|bus(?:es|ed)?)\\b|إجلاء|اجلاء|خروج|نقل|ترحيل");
  private static final Pattern NEGOTIATION = Pattern.compile(
      "(?i)\\b(?:negotiat\\w*|talks|mediat\\w*)\\b|مفاوضات|تفاوض|محادثات");

  /** "evacuating “Jaish al-Islam” terrorists to Jarablos": where a movement in the clause goes. */
  private static Mention movedTo(Sent s, List<Mention> ms, Hit h) {
    int limit = clauseEnd(s, h.end);
    for (Mention m : ms) {
      if (m.kind().equals("place") && m.start() >= h.start && m.end() <= Math.max(limit, s.end)
          && DESTINATION_PREPS.contains(headWord(s, m.start()))
          && MOVE.matcher(s.text.substring(h.start - s.start, m.start() - s.start)).find()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The process an event belongs to: evacuation (agreements, demands and moves to leave) or
   * negotiation (talks, asking or agreeing to talk), read from the words around the trigger.
   */
  private static String topic(Sent s, Hit h) {
    String c = h.trigger.category();
    int a = Math.max(0, h.start - s.start - 40);
    int b = clauseEnd(s, h.end) - s.start;
    String window = s.text.substring(a, Math.max(a, Math.min(s.text.length(), b)));
    if (c.equals("CONSULT")) {
      return "negotiation";
    }
    if (c.equals("RETREAT") || c.equals("CONCEDE")) {
      return "evacuation";
    }
    if (c.equals("AGREE") || c.equals("REQUEST") || c.equals("REJECT")) {
      if (MOVE.matcher(window).find()) {
        return "evacuation";
      }
      String after = s.text.substring(h.start - s.start, Math.max(h.start - s.start, b));
      if (NEGOTIATION.matcher(after).find()) {
        return "negotiation";
      }
    }
    return null;
  }

  private static Mention destination(Sent s, List<Mention> ms, Hit h) {
    for (Mention m : ms) {
      if (m.kind().equals("place") && m.start() >= h.start) {
        String before = lastWord(s, m.start());
        if (DESTINATION_PREPS.contains(before) || before.equals("the") && s.text
            .substring(Math.max(0, m.start() - s.start - 14), m.start() - s.start)
            .matches("(?is).*\\b(?:to|towards|toward)\\s+the\\s*$")) {
          return m;
        }
      }
    }
    return null;
  }

  private static Mention place(Sent s, List<Mention> ms, Hit h, Mention dest) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : ms) {
      if (!m.kind().equals("place") || m == dest || "country".equals(m.feature())
          || (dest != null && m.identifierId().equals(dest.identifierId()))) {
        continue;
      }
      int d = m.start() >= h.end ? m.start() - h.end : h.start - m.end();
      if (d < bestDist) {
        bestDist = d;
        best = m;
      }
    }
    return best;
  }

  /** The temporal expression of a trigger's own clause nearest to it. */
  private static Timex nearest(Sent s, List<Timex> ts, Hit h, boolean planned, List<Hit> all) {
    Timex best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Timex t : ts) {
      if (t.kind().equals("duration") || (planned && t.kind().equals("span"))) {
        continue;
      }
      if (t.start() >= h.end && triggerBetween(all, h, h.end, t.start())) {
        continue; // "began deploying ... the agreement that was reached on April 7"
      }
      int d = t.start() >= h.end ? t.start() - h.end : h.start - t.end();
      if (d < bestDist) {
        bestDist = d;
        best = t;
      }
    }
    return best;
  }

  /** The modality the words around a trigger give it. */
  private static String modality(Sent s, Hit h) {
    int rs = h.start - s.start;
    int re = h.end - s.start;
    String before = s.text.substring(Math.max(0, rs - 60), rs);
    String around = s.text.substring(Math.max(0, rs - 60), Math.min(s.text.length(), re + 40));
    // the outlet distances itself from the event, not from a name: “chemical attack”,
    // "alleged airstrike"; "the so-called “Jaish al-Islam” requested" is a name in quotes
    String justBefore = s.text.substring(Math.max(0, rs - 14), rs);
    if (quoted(s.text, rs, re) || Lexicon.cue("alleged").matcher(justBefore).find()) {
      return "alleged";
    }
    if (Lexicon.cue("hypothetical").matcher(before).find()) {
      return "hypothetical";
    }
    if (Lexicon.cue("historical").matcher(s.text).find()) {
      return "historical";
    }
    if (Lexicon.cue("future").matcher(around.substring(0, Math.min(around.length(),
        before.length() + (re - rs)))).find()) {
      return "planned";
    }
    String c = h.trigger.category();
    if (!c.equals("AGREE") && !c.equals("CONSULT")
        && Lexicon.cue("terms").matcher(s.text.substring(0, rs)).find()) {
      return "planned"; // "the deal stipulates the exit of the fighters, the handover of …"
    }
    if (h.future) {
      return "planned"; // "ستدخل القوات", "وسيخرج المقاتلون"
    }
    if (Lexicon.cue("possible").matcher(around).find()) {
      return "possible";
    }
    return "asserted";
  }

  /** True when the trigger itself sits in quotation marks: “chemical attack”. */
  private static boolean quoted(String t, int s, int e) {
    int open = Math.max(t.lastIndexOf('“', s), t.lastIndexOf('"', s - 1));
    int close = t.indexOf('”', e);
    return open >= 0 && s - open <= 3 && close >= 0 && close - e <= 3;
  }

  private static List<String> context(Hit h) {
    String c = h.trigger.category();
    if ("unconventional".equals(h.trigger.mode())) {
      return List.of("military", "cbrn");
    }
    if (c.equals("ASSAULT") || c.equals("MOBILIZE") || c.equals("COERCE")) {
      return List.of("military");
    }
    if (c.equals("RETREAT") || c.equals("CONCEDE")) {
      return List.of("military", "territory");
    }
    return List.of();
  }

  private static Map<String, Object> size(Sent s) {
    Map<String, Object> out = new LinkedHashMap<>();
    Matcher m = SIZE.matcher(s.text);
    while (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      String what = m.group(2).toLowerCase(Locale.ROOT);
      String key = switch (what) {
        case "dead", "killed" -> "dead";
        case "wounded", "injured" -> "injured";
        case "captives", "prisoners", "abductees" -> "captives";
        case "buses" -> "buses";
        default -> "people";
      };
      Object value;
      if (Character.isDigit(n.charAt(0))) {
        value = Long.parseLong(n.replace(",", ""));
      } else {
        long approx = switch (n) {
          case "thousands" -> 2000;
          case "hundreds" -> 200;
          default -> 24;
        };
        Map<String, Object> v = new java.util.LinkedHashMap<>(); // a fixed key order in the JSON
        v.put("value", approx);
        v.put("text", m.group(1));
        v.put("approx", true);
        value = v;
      }
      out.putIfAbsent(key, value);
    }
    return out;
  }

  private List<Event.Entity> entities(List<Mention> ms) {
    List<Event.Entity> out = new ArrayList<>();
    for (Mention m : ms) {
      out.add(new Event.Entity(m.text(), m.identifierId(), m.identifierText(), m.code(),
          m.sector()));
    }
    return out;
  }

  private static Event.Location location(Mention m) {
    if (m == null) {
      return null;
    }
    return new Event.Location(m.identifierText(), m.text(), m.lat(), m.lon(), m.countryCode(),
        m.admin1(), m.feature(), m.identifierId());
  }
}
