package org.sitrep.ingest;

/** Counts over white space without a regex, as {@code Pattern.compile("\\s+")} reads it. */
final class Spaces {
  private Spaces() {}

  /**
   * The length of {@code Pattern.compile("\\s+").split(s)}: the runs of other characters, one
   * more when s opens with white space (an empty first piece), 1 when s holds no white space
   * (s itself, even empty), 0 when it holds nothing else.
   */
  static int splitLength(CharSequence s) {
    int n = s.length();
    int runs = 0;
    boolean inSpace = false;
    for (int i = 0; i < n; i++) {
      boolean sp = isSpace(s.charAt(i));
      if (sp && !inSpace) {
        runs++;
      }
      inSpace = sp;
    }
    if (runs == 0) {
      return 1;
    }
    int pieces = runs + 1;
    if (inSpace) {
      pieces--; // the empty last piece is dropped
    }
    if (pieces == 1 && isSpace(s.charAt(0))) {
      pieces = 0; // all white space: the empty first piece is dropped too
    }
    return pieces;
  }

  /** True for the characters {@code \s} matches: space, tab, line feed, VT, form feed, CR. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
