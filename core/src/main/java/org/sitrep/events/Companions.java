package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * Who a deed's doer has at its side, and what kind of actor stands for a name. A companion
 * phrase ("backed by Russian jets", "jointly with the army", "بالتعاون مع الجيش التركي",
 * "مدعومة بوحدات من القوات الخاصة") names a doer's helper, never whom the deed is done to: the
 * cue ({@code words.tsv} companion) opens the phrase and at most two words of its noun group
 * ("بوحدات من") stand between it and the actor. A kind of actor written right before a name
 * ("مليشيات “وحدات حماية الشعب”", "فصائل الجيش السوري الحر", "the militia group Hezbollah")
 * is that name: only quotes, spaces and a few kind words ({@code words.tsv} apposition-head)
 * between them. Thread-safe.
 */
final class Companions {
  private static final java.util.regex.Pattern GAP_SEPARATORS =
      java.util.regex.Pattern.compile("[\\s\"“”«»'’\\-]+");
  private static final Set<String> CUES = Lexicon.vocabulary("companion");
  private static final Set<String> HEADS = Lexicon.vocabulary("apposition-head");
  /* Words of the companion's noun group between the cue and the actor. */
  private static final int GROUP_WORDS = 2;
  /* Words of the longest cue ("with the support of"). */
  private static final int CUE_WORDS = 4;

  private Companions() {}

  /** True when {@code m} is named in a companion phrase of its clause. */
  static boolean companion(Sent s, Mention m) {
    List<String> before = wordsBefore(s, m.start(), GROUP_WORDS + CUE_WORDS);
    for (int i = 0; i <= GROUP_WORDS && i < before.size(); i++) {
      String cue = before.get(i);
      for (int k = i + 1; k <= i + CUE_WORDS; k++) {
        if (CUES.contains(cue)) {
          return true;
        }
        if (k >= before.size()) {
          break;
        }
        cue = before.get(k) + " " + cue;
      }
    }
    return false;
  }

  /**
   * The named actor {@code m} stands for when it is a kind of actor written right before that
   * name, else null.
   */
  static Mention named(Sent s, Mention m, List<Mention> ms) {
    return named(s.text, s.start, s.end, m, ms);
  }

  /**
   * The named actor {@code m} stands for in {@code text} (which starts at offset {@code base}):
   * the first named actor that starts after it, before {@code limit}, with only quotes, spaces,
   * hyphens and kind words between them; null when {@code m} is a name itself or none follows.
   */
  static Mention named(String text, int base, int limit, Mention m, List<Mention> ms) {
    if ("name".equals(m.resolution()) || !m.kind().equals("actor")) {
      return null;
    }
    for (Mention n : ms) {
      if (n.start() >= m.end() && n.start() <= limit && n.kind().equals("actor")
          && "name".equals(n.resolution()) && n.identifierId() != null) {
        return joined(text, m.end() - base, n.start() - base) ? n : null;
      }
    }
    return null;
  }

  /* Only quotes, spaces, hyphens and kind words between two indexes of a text. */
  private static boolean joined(String text, int from, int to) {
    if (to < from || to - from > 40) {
      return false;
    }
    String gap = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String w : GAP_SEPARATORS.split(gap)) {
      if (!w.isEmpty() && !HEADS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The events of a page with each recipient written as a kind of actor that the page writes,
   * once or more, right before one and the same name ("مليشيات “وحدات حماية الشعب”" … "ضد
   * المليشيات الكردية") read as that name; a kind written before two names stays as it is, and
   * a name that is one of the event's own actors is no recipient.
   */
  static List<Event> resolve(List<Event> events, String text, List<Mention> mentions) {
    Map<String, Mention> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.identifierId() == null || "name".equals(m.resolution())) {
        continue;
      }
      // the mentions are in text order: the name, if any, is among the next few
      Mention n = named(text, 0, text.length(), m,
          mentions.subList(i + 1, Math.min(mentions.size(), i + 4)));
      if (n == null) {
        continue;
      }
      Mention was = names.putIfAbsent(m.identifierId(), n);
      if (was != null && !was.identifierId().equals(n.identifierId())) {
        ambiguous.add(m.identifierId());
      }
    }
    names.keySet().removeAll(ambiguous);
    if (names.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Set<String> actors = new HashSet<>();
      e.actor().forEach(a -> actors.add(a.identifierId()));
      List<Event.Entity> recipients = new ArrayList<>();
      boolean changed = false;
      for (Event.Entity r : e.recipient()) {
        Mention n = names.get(r.identifierId());
        if (n == null) {
          recipients.add(r);
          continue;
        }
        changed = true;
        if (!actors.contains(n.identifierId())) {
          recipients.add(new Event.Entity(r.entityText(), n.identifierId(), n.identifierText(),
              n.code(), n.sector()));
        }
      }
      out.add(changed ? e.withRecipients(recipients) : e);
    }
    return out;
  }

  /* Up to {@code n} words before a position, nearest first, stopping at punctuation. */
  private static List<String> wordsBefore(Sent s, int at, int n) {
    List<String> out = new ArrayList<>();
    String t = s.text;
    int pos = at - s.start;
    while (out.size() < n) {
      int e = pos;
      while (e > 0 && !Character.isLetter(t.charAt(e - 1))
          && Character.getType(t.charAt(e - 1)) != Character.NON_SPACING_MARK) {
        char c = t.charAt(e - 1);
        if (c != ' ' && "\"“”«»'’".indexOf(c) < 0) {
          return out; // punctuation: another phrase
        }
        e--;
      }
      int b = e;
      while (b > 0 && (Character.isLetter(t.charAt(b - 1))
          || Character.getType(t.charAt(b - 1)) == Character.NON_SPACING_MARK)) {
        b--;
      }
      if (b == e) {
        return out;
      }
      out.add(t.substring(b, e).toLowerCase(Locale.ROOT));
      pos = b;
    }
    return out;
  }
}
