package org.sitrep.mentions;

import org.sitrep.model.Document;
import org.sitrep.model.Span;

/**
 * The span of a page's headline in its text, when the headline stands before the body: the
 * finder reads it as a paragraph of its own ("Turkish forces push into Afrin" names two places
 * the body may name only as "the town").
 */
final class Headline {
  private Headline() {}

  /*
   * A headline the page's text opens with and the body does not hold; null otherwise (text
   * pages whose one line is the body, pages without a title).
   */
  static Span of(Document doc) {
    String title = doc.title();
    String text = doc.text();
    if (title == null || title.isBlank() || text == null || !text.startsWith(title)) {
      return null;
    }
    if (!doc.body().paragraphs().isEmpty()
        && doc.body().paragraphs().get(0).start() < title.length()) {
      return null;
    }
    return new Span(0, title.length());
  }

  /*
   * Whether the headline capitalizes its words ("Turkish Forces Push Into Afrin"): there a
   * capital is no sign of a name, and a word the body never names as a place is read as a
   * common word ("Push", "Mobile").
   */
  static boolean titleCase(String text, Span head) {
    int words = 0;
    int capitals = 0;
    boolean first = true;
    int i = head.start();
    while (i < head.end()) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < head.end() && Character.isLetter(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
        }
        if (!first && j - i > 3) {
          words++;
          capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        first = false;
        i = j;
      } else {
        i += Character.charCount(c);
      }
    }
    return words > 0 && capitals * 3 >= words * 2;
  }
}
