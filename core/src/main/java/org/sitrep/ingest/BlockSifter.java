package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.text.TextNormalizer;

/**
 * A second opinion on the blocks the content extractor took from its chosen containers, in the
 * manner of jusText: each block is classed by its own shape (length, share of function words,
 * digits, closing punctuation: {@link ProseLines#own}); blocks that class as bad before the first
 * good block and after the last one are the container's ragged edges (a date line, a view
 * counter, the headline of the next story, a contact line; shorter than a sentence or two) and go. Only blocks written in the
 * scripts whose function words the lexicon knows (Latin, Arabic) are judged; headings, rights
 * lines and disclaimers (kept on purpose by the extractor) stay.
 */
final class BlockSifter {
  /* Edge blocks this long (characters) or longer are left alone: a sponsor's note, a review's
   * specification line or a quoted post at the end reads as a list by its words but is the
   * article's. */
  static final int EDGE_MAX = 100;

  private BlockSifter() {}

  /** Returns {@code blocks} without the bad blocks at their edges. */
  static List<ContentExtractor.Block> sift(List<ContentExtractor.Block> blocks) {
    if (blocks.size() < 2) {
      return blocks;
    }
    int n = blocks.size();
    // only the edges are classed: from each end inwards up to the first good block
    ProseLines.Kind[] kind = new ProseLines.Kind[n];
    int first = 0;
    while (first < n && (kind[first] = kindOf(blocks.get(first))) != ProseLines.Kind.GOOD) {
      first++;
    }
    if (first == n) {
      return blocks; // no prose: nothing to measure the edges against
    }
    int last = n - 1;
    while (last > first && (kind[last] = kindOf(blocks.get(last))) != ProseLines.Kind.GOOD) {
      last--;
    }
    if (first == 0 && last == n - 1) {
      return blocks;
    }
    List<ContentExtractor.Block> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ContentExtractor.Block b = blocks.get(i);
      if (i >= first && i <= last || !raggedEdge(b, kind[i])) {
        out.add(b);
      }
    }
    return out.size() == n ? blocks : List.copyOf(out);
  }

  private static ProseLines.Kind kindOf(ContentExtractor.Block b) {
    String t = b.text();
    return ProseLines.own(ProseLines.stats(t, TextNormalizer.fold(t)));
  }

  private static boolean raggedEdge(ContentExtractor.Block b, ProseLines.Kind kind) {
    return kind == ProseLines.Kind.BAD && b.text().length() < EDGE_MAX && !b.heading() && knownScript(b.text())
        && Boilerplate.get().kindOf(b.text())
            .filter(k -> k.equals("copyright") || k.equals("disclaimer")).isEmpty();
  }

  /* Whether every letter of the text is Latin or Arabic (the languages of the function words). */
  static boolean knownScript(String t) {
    for (int i = 0; i < t.length(); ) {
      int c = t.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.ARABIC) {
          return false;
        }
      }
    }
    return true;
  }
}
