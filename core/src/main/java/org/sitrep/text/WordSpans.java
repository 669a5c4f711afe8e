package org.sitrep.text;

/**
 * The word next to an offset of a text, past the spaces between: a run of letters, as the
 * coders read the word before a trigger or a name ("مطار" of "مطار صنعاء", "تمنع" of "تمنع
 * الدخول", "Baghdad has said"). Punctuation ends the search: no word stands before "،".
 */
public final class WordSpans {
  private WordSpans() {}

  /** The span {start, end} of the word that ends right before {@code at}, or null. */
  public static int[] before(CharSequence text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e ? new int[] {b, e} : null;
  }

  /** The span {start, end} of the word that starts right after {@code at}, or null. */
  public static int[] after(CharSequence text, int at) {
    int b = at;
    while (b < text.length() && text.charAt(b) == ' ') {
      b++;
    }
    int e = b;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return b < e ? new int[] {b, e} : null;
  }
}
