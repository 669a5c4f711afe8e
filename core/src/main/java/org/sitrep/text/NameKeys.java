package org.sitrep.text;

/**
 * Transliteration-aware keys for matching names: two spellings of one name get one key.
 *
 * <p>Latin: lower case, no diacritics or apostrophes, common transliteration pairs folded (kh/k,
 * gh/g, q/k, sh/ch/s, dj/j, th/t, dh/d, ph/f, ou/u), doubled letters single, and the vowels
 * dropped after the first letter ("Jarablos", "Jarablus", "Jarabulus" → {@code jrbls}); names
 * with fewer than three consonants keep their folded vowels ("Duma", "Douma" → {@code duma}).
 * Arabic: no diacritics or tatweel, alef/hamza, yaa and taa-marbuta variants unified.
 * The Arabic article and the Latin articles al-/el-/ad-/ash-/… are separate tokens that
 * {@link #isArticle} lets callers skip.
 */
public final class NameKeys {
  private NameKeys() {}

  /**
   * {@link Character#toLowerCase(char)} with fast paths for ASCII and the Arabic block (which has
   * no case): the matcher lower-cases letters of every word it looks up.
   */
  public static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u0600' && c <= '\u06FF') {
      return c;
    }
    return Character.toLowerCase(c);
  }

  /** True for a token that is an Arabic article in Latin script ("al", "el"; "ash" before '-'). */
  public static boolean isArticle(CharSequence token, boolean hyphenAfter) {
    return isArticle(token.toString(), 0, token.length(), hyphenAfter);
  }

  /** {@link #isArticle(CharSequence, boolean)} for the word {@code text[from, to)}. */
  public static boolean isArticle(String text, int from, int to, boolean hyphenAfter) {
    int n = to - from;
    if (n == 2) {
      char a = lower(text.charAt(from));
      char b = lower(text.charAt(from + 1));
      if ((a == 'a' || a == 'e') && b == 'l') {
        return true;
      }
      return hyphenAfter && (a == 'a' || a == 'e') && "dnrstz".indexOf(b) >= 0;
    }
    if (n == 3 && hyphenAfter) {
      char a = lower(text.charAt(from));
      char b = lower(text.charAt(from + 1));
      char c = lower(text.charAt(from + 2));
      return (a == 'a' && ((b == 's' && c == 'h') || (b == 'd' && c == 'h') || (b == 't'
          && c == 'h'))) || (a == 'e' && b == 's' && c == 'h');
    }
    return false;
  }

  /** The matching key of one token (Latin or Arabic script). */
  public static String key(CharSequence token) {
    if (token.length() > 0 && isArabic(token.charAt(0))) {
      return arabic(token, true);
    }
    return latin(token);
  }

  /** True for a letter of the basic Arabic block. */
  public static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }

  /** Folds an Arabic token; drops a leading article when {@code dropArticle}. */
  public static String arabic(CharSequence token, boolean dropArticle) {
    char[] buf = buffer(token.length());
    int len = arabicInto(token.toString(), 0, token.length(), buf);
    int off = dropArticle ? arabicArticleLength(buf, 0, len) : 0;
    return new String(buf, off, len - off);
  }

  /**
   * Folds the Arabic word {@code text[from, to)} into {@code out} (which holds at least
   * {@code to - from} characters) and returns the folded length; nothing is allocated.
   */
  public static int arabicInto(String text, int from, int to, char[] out) {
    int len = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0640' || c == '\u0670') {
        continue;
      }
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
        case 'ى' -> c = 'ي';
        case 'ة' -> c = 'ه';
        case 'ؤ' -> c = 'و';
        case 'ئ' -> c = 'ي';
        default -> {}
      }
      out[len++] = c;
    }
    return len;
  }

  /**
   * 2 when the folded Arabic word {@code buf[off, off + len)} starts with an article that a key
   * drops (the word is longer than four letters), else 0.
   */
  public static int arabicArticleLength(char[] buf, int off, int len) {
    return len > 4 && buf[off] == 'ا' && buf[off + 1] == 'ل' ? 2 : 0;
  }

  /** Folds a Latin-script token to its transliteration key. */
  public static String latin(CharSequence token) {
    return latin(token, false);
  }

  /**
   * The spelling form of a token: folded like its key but with its vowels, to tell apart names
   * whose consonants agree ("Saraqib" and "Sorocaba").
   */
  public static String form(CharSequence token) {
    if (token.length() > 0 && isArabic(token.charAt(0))) {
      return arabic(token, true);
    }
    return latin(token, true);
  }

  /**
   * The key of a token whose spelling form ({@link #form}) is {@code form}: the form itself in
   * Arabic, its consonant skeleton in Latin script when it has three consonants or more; equal
   * to {@link #key} of the token, without folding it again.
   */
  public static String keyOfForm(String form) {
    if (form.isEmpty() || isArabic(form.charAt(0))) {
      return form;
    }
    int consonants = 0;
    for (int i = 0; i < form.length(); i++) {
      if (!isVowel(form.charAt(i))) {
        consonants++;
      }
    }
    if (consonants < 3) {
      return form;
    }
    StringBuilder b = new StringBuilder(form.length());
    b.append(form.charAt(0));
    for (int i = 1; i < form.length(); i++) {
      char c = form.charAt(i);
      if (!isVowel(c) && b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /* A scratch buffer per thread for the String-returning folds. */
  private static final ThreadLocal<char[][]> BUFFERS =
      ThreadLocal.withInitial(() -> new char[][] {new char[64]});

  private static char[] buffer(int n) {
    char[][] bufs = BUFFERS.get();
    if (bufs[0].length < n) {
      bufs[0] = new char[n * 2];
    }
    return bufs[0];
  }

  private static String latin(CharSequence token, boolean formOnly) {
    char[] buf = buffer(token.length());
    return new String(buf, 0, latinInto(token.toString(), 0, token.length(), formOnly, buf));
  }

  /**
   * Folds the Latin-script word {@code text[from, to)} into {@code out} (which holds at least
   * {@code to - from} characters) and returns the length of its key, or of its spelling form
   * when {@code formOnly}; nothing is allocated.
   */
  public static int latinInto(String text, int from, int to, boolean formOnly,
      char[] out) {
    char[] f = out;
    int len = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          f[len++] = (char) (c + 32);
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          f[len++] = c;
        }
        continue;
      }
      char base = baseLetter(Character.toLowerCase(c));
      if (base != 0) {
        f[len++] = base;
      }
    }
    if (len == 0) {
      return 0;
    }
    // transliteration pairs, in place: the output never outgrows the input
    int d = 0;
    for (int i = 0; i < len; i++) {
      char c = f[i];
      char nx = i + 1 < len ? f[i + 1] : 0;
      char o;
      if (nx == 'h' && "ksgcdtpzj".indexOf(c) >= 0) {
        o = switch (c) {
          case 'k' -> 'k';
          case 's', 'c' -> 's';
          case 'g' -> 'g';
          case 'd' -> 'd';
          case 't' -> 't';
          case 'p' -> 'f';
          case 'z' -> 'z';
          default -> 'j';
        };
        i++;
      } else if (c == 'd' && nx == 'j') {
        o = 'j';
        i++;
      } else if (c == 'o' && nx == 'u') {
        o = 'u';
        i++;
      } else if (c == 'e' && (nx == 'i' || nx == 'y')) {
        o = 'a'; // "Sheikh"/"Shaykh", "Deir"/"Dayr", "Jeish"/"Jaish"
      } else {
        o = switch (c) {
          case 'q', 'c' -> 'k';
          case 'o' -> 'u';
          case 'e' -> 'i';
          case 'y' -> d == 0 ? 'y' : 'i';
          case 'w' -> d == 0 ? 'w' : 'u';
          default -> c;
        };
      }
      if (d == 0 || f[d - 1] != o) {
        f[d++] = o; // doubled letters single
      }
    }
    // the consonant skeleton, when it is long enough to tell names apart
    int consonants = 0;
    for (int i = 0; i < d; i++) {
      if (!isVowel(f[i])) {
        consonants++;
      }
    }
    if (consonants < 3 || formOnly) {
      return d;
    }
    int k = 1; // in place as well: the skeleton never outruns the letters it is read from
    for (int i = 1; i < d; i++) {
      char c = f[i];
      if (!isVowel(c) && f[k - 1] != c) {
        f[k++] = c;
      }
    }
    return k;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u';
  }

  private static char baseLetter(char c) {
    if (c >= '\u0300' && c <= '\u036F') {
      return 0; // combining mark
    }
    if ("ʿʾ‘’`´ʻʼ'".indexOf(c) >= 0) {
      return 0;
    }
    String from = "àáâãäåāăąçćčďđḑḍḏèéêëēĕėęěğġģħḩḥẖìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšṣţťŧṭṯùúûüũūŭůűųŵýÿŷźżžẓẕ";
    String to = "aaaaaaaaacccdddddeeeeeeeeeggghhhhiiiiiiiiijkllllnnnnooooooooorrrssssstttttuuuuuuuuuuwyyyzzzzz";
    int i = from.indexOf(c);
    if (i >= 0) {
      return to.charAt(i);
    }
    return Character.isLetterOrDigit(c) ? c : 0;
  }
}
