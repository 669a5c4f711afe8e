package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * A claimant found in a sentence: its name, kind and catalogue id, the offsets of its words and
 * of the whole attribution ("X said that"), the day it spoke if the sentence says, and the
 * person who spoke for it ("Marvan Qamishlo, an SDF official, said": the SDF, then he).
 */
record Said(String name, String kind, String id, int start, int end, int spanStart,
    int spanEnd, String date, Said person) {
  Said(String name, String kind, String id, int start, int end, int spanStart, int spanEnd,
      String date) {
    this(name, kind, id, start, end, spanStart, spanEnd, date, null);
  }

  /* The end of an attribution that a deed of its speaker comes before: "… and said that". */
  private static final Pattern AND_VERB = Pattern.compile("(?i)\\band\\s+\\p{L}+\\b[^,;]{0,25}$");

  /**
   * True when {@code h} is the speaker's own deed between it and its reporting verb, in a clause
   * of its own: "The ministry rejected the accusations as baseless and said that …".
   */
  static boolean deedOfSpeaker(Sent s, List<Said> said, Hit h) {
    if (s.arabic || h.has("pos:N")) {
      return false;
    }
    for (Said c : said) {
      if (h.start() >= c.end() && h.end() <= c.spanEnd() && c.spanStart() == c.start()
          && AND_VERB.matcher(s.text.substring(h.end() - s.start, c.spanEnd() - s.start)).find()) {
        return true;
      }
    }
    return false;
  }

  /*
   * What may follow a closing attribution to the end of its sentence: "…, officials said.",
   * "…,” he told Reuters by telephone on Sunday." (no complement of its own).
   */
  private static final Pattern CLOSING_REST = Pattern.compile(
      "(?i)[^,;:“”\"]{0,45}(?:[.”\"’']*\\s*$|,\\s+(?:adding|saying|noting|citing)\\b.*)");
  /* What sets a closing attribution off from the report before it: a comma or a quote. */
  private static final Pattern SET_OFF = Pattern.compile("[,”\"’]\\s*$");

  /**
   * True when the speech act {@code h} (a denial, an accusation, a demand, a threat) is told in
   * its speaker's own clause, which no attribution of the sentence governs: "President Erdogan
   * dismissed the army's announcement", "The Syrian regime denied using chemical weapons, …, and
   * Russia said the claims were false". Its speaker {@code speaker}, the subject before it in
   * its clause, is then its claimant. An attribution governs it when it comes before it in the
   * sentence ("officials said the GNA rejected the plan") or closes the sentence after it
   * ("Turkey rejected the plan, officials said").
   */
  static boolean ownVoice(Sent s, List<Said> said, Hit h, int speakerStart, int speakerEnd) {
    if (speakerEnd > h.start() || speakerStart < clauseStart(s, said, h.start())) {
      return false;
    }
    for (Said c : said) {
      if (c.start <= speakerStart && speakerEnd <= c.end) {
        continue; // the speaker's own attribution ("the GNA rejected the plan, saying …")
      }
      if (c.spanEnd <= h.start() && !relative(s, c)) {
        return false;
      }
      if (c.spanStart >= h.end()
          && SET_OFF.matcher(s.text).region(0, c.spanStart - s.start).find()
          && CLOSING_REST.matcher(s.text)
          .region(Math.min(s.text.length(), Math.max(0, c.reach() - s.start)), s.text.length())
          .matches()) {
        return false;
      }
      if (c.spanStart <= h.start() && h.end() <= c.spanEnd) {
        return false; // the trigger lies in an attribution's own words
      }
    }
    return true;
  }

  /** The claimant as an event carries it. */
  Event.Claimant claimant() {
    return new Event.Claimant(name, kind, id);
  }

  /** Where the attribution ends, past the person who spoke for the claimant if one did. */
  int reach() {
    return person == null ? spanEnd : Math.max(spanEnd, person.spanEnd);
  }

  /*
   * Where the clause of the word at {@code at} starts: after the last attribution ("X said")
   * and the last clause break before it, else at the sentence's start.
   */
  static int clauseStart(Sent s, List<Said> said, int at) {
    int from = s.start;
    for (Said c : said) {
      if (c.reach() <= at && !relative(s, c)) {
        from = Math.max(from, c.reach());
      }
    }
    for (int[] br : s.breaks()) {
      if (br[1] <= at) {
        int closed = s.arabic ? -1 : s.relativeClauseEnd(br[0]);
        if (closed > 0 && closed <= at) {
          continue; // "The coalition, whose troops patrol the town, rejected": the main clause
        }
        from = Math.max(from, br[1]);
      }
    }
    return from;
  }

  /** The first day a sentence's claimants spoke on, or null. */
  static String reportDate(List<Said> said) {
    for (Said s : said) {
      if (s.date != null) {
        return s.date;
      }
    }
    return null;
  }

  /*
   * True when the attribution's verb lies in an English relative clause set off by commas:
   * "Turkey, which says it must protect the town, has warned Baghdad" — Turkey is the subject
   * of the main clause, which the attribution does not open.
   */
  static boolean relative(Sent s, Said c) {
    return !s.arabic && c.reach() > c.spanStart() && c.spanStart() >= s.start
        && c.reach() <= s.end && s.insideRelative(c.spanStart(), s.end, c.reach() - 1);
  }

  /** True when {@code m} lies inside the attribution of a claimant, but for {@link #relative}. */
  static boolean inAttribution(Sent s, List<Said> said, Mention m) {
    for (Said c : said) {
      if (m.start() >= c.spanStart() && m.end() <= c.spanEnd() && !relative(s, c)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code [a, b)} lies inside the attribution of one of the claimants. */
  static boolean inAttribution(List<Said> said, int a, int b) {
    for (Said s : said) {
      if (a >= s.spanStart && b <= s.spanEnd) {
        return true;
      }
    }
    return false;
  }

  /** True when the words of {@code c} overlap those of a claimant of the list. */
  static boolean overlapsAny(List<Said> list, Said c) {
    for (Said x : list) {
      if (x.start < c.end && c.start < x.end) {
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
  static List<Event.Claimant> scoped(List<Said> said, Hit h, List<Event.Claimant> chain) {
    if (said.size() < 2) {
      return chain;
    }
    Said pick = null;
    for (Said c : said) {
      if (c.spanEnd <= h.start()) {
        pick = c;
      }
    }
    if (pick == null) {
      for (Said c : said) {
        if (c.spanStart >= h.end()) {
          pick = c;
          break;
        }
      }
    }
    if (pick == null || pick == said.get(0)) {
      return chain;
    }
    List<Event.Claimant> own = new ArrayList<>();
    own.add(pick.claimant());
    if (pick.person != null) {
      own.add(pick.person.claimant());
    }
    return own;
  }
}
