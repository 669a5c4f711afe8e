package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a trigger row matches that name no deed: inside a web address, about a recording ("a
 * video captured by drones", "released a statement"), a participle made an adjective by a hyphen
 * ("U.S.-backed fighters"). Thread-safe.
 */
final class NotADeed {
  /* Words that make a report after a deed its occasion (words.tsv "occasion"). */
  private static final Set<String> OCCASION = Lexicon.vocabulary("occasion");

  private NotADeed() {}

  /*
   * A deed word about a recording, not a deed: "a video captured by drones", "released aerial
   * footage", "released a statement": a media noun right before it or among the next words.
   */
  static boolean aboutMedia(Sent s, TriggerLexicon.Match m) {
    Lexicon.Trigger row = m.row().trigger();
    if (row.flags().contains("speech")
        || !row.category().equals(TriggerFinder.NO_EVENT) && Category.require(row.category()).speech()) {
      return false; // "denounced the statement", "rejected the report": what the words are about
    }
    Set<String> media = Lexicon.words("media");
    if (media.contains(s.lastWord(s.start + m.start()))) {
      return true;
    }
    List<int[]> next = TriggerLexicon.tokens(
        s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 40)));
    for (int i = 0; i < Math.min(3, next.size()); i++) {
      int[] t = next.get(i);
      if (Sent.anyOf(s.text, m.end(), m.end() + t[0], ",;:.!?،؛")) {
        return false; // "condemned the strike, saying the images showed": another clause's
      }
      String w = s.text.substring(m.end() + t[0], m.end() + t[1]).toLowerCase(Locale.ROOT);
      if (OCCASION.contains(w)) {
        return false; // "on high alert after reports of …": the report is the deed's occasion
      }
      if (media.contains(w) || Lexicon.words("document").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /*
   * "U.S.-backed fighters", "the Russian-brokered deal", "Turkish-led forces": a participle joined
   * by a hyphen to the word before it is an adjective of the noun after it, not a deed.
   */
  static boolean compoundAdjective(String text, int start, int end) {
    if (start < 2 || text.charAt(start - 1) != '-'
        || !Character.isLetterOrDigit(text.charAt(start - 2)) && text.charAt(start - 2) != '.') {
      return false;
    }
    int e = start;
    while (e < end && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String w = text.substring(start, e);
    return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.equals("led"));
  }

  /** True when the text at {@code at} lies in a web address ("…/militants-begin-leaving-…"). */
  static boolean inUrl(String text, int at) {
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
}
