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

  /** True for a token that is an Arabic article in Latin script ("al", "el"; "ash" before '-'). */
  public static boolean isArticle(CharSequence token, boolean hyphenAfter) {
    int n = token.length();
    if (n == 2) {
      char a = Character.toLowerCase(token.charAt(0));
      char b = Character.toLowerCase(token.charAt(1));
      if ((a == 'a' || a == 'e') && b == 'l') {
        return true;
      }
      return hyphenAfter && (a == 'a' || a == 'e') && "dnrstz".indexOf(b) >= 0;
    }
    if (n == 3 && hyphenAfter) {
      String t = token.toString().toLowerCase(java.util.Locale.ROOT);
      return t.equals("ash") || t.equals("adh") || t.equals("ath") || t.equals("esh");
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

  static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }

  /** Folds an Arabic token; drops a leading article when {@code dropArticle}. */
  public static String arabic(CharSequence token, boolean dropArticle) {
    StringBuilder b = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
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
      b.append(c);
    }
    if (dropArticle && b.length() > 4 && b.charAt(0) == 'ا' && b.charAt(1) == 'ل') {
      b.delete(0, 2);
    }
    return b.toString();
  }

  /** Folds a Latin-script token to its transliteration key. */
  public static String latin(CharSequence token) {
    StringBuilder f = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = Character.toLowerCase(token.charAt(i));
      if (c < 0x80) {
        if (Character.isLetterOrDigit(c)) {
          f.append(c);
        }
        continue;
      }
      char base = baseLetter(c);
      if (base != 0) {
        f.append(base);
      }
    }
    String s = f.toString();
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder d = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      if (n == 'h' && "ksgcdtpzj".indexOf(c) >= 0) {
        d.append(switch (c) {
          case 'k' -> 'k';
          case 's', 'c' -> 's';
          case 'g' -> 'g';
          case 'd' -> 'd';
          case 't' -> 't';
          case 'p' -> 'f';
          case 'z' -> 'z';
          default -> 'j';
        });
        i++;
        continue;
      }
      if (c == 'd' && n == 'j') {
        d.append('j');
        i++;
        continue;
      }
      if (c == 'o' && n == 'u') {
        d.append('u');
        i++;
        continue;
      }
      switch (c) {
        case 'q', 'c' -> d.append('k');
        case 'o' -> d.append('u');
        case 'e' -> d.append('i');
        case 'y' -> d.append(i == 0 ? 'y' : 'i');
        case 'w' -> d.append(i == 0 ? 'w' : 'u');
        default -> d.append(c);
      }
    }
    // single letters for doubled ones
    StringBuilder v = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      if (i == 0 || d.charAt(i) != d.charAt(i - 1)) {
        v.append(d.charAt(i));
      }
    }
    StringBuilder sk = new StringBuilder(v.length());
    sk.append(v.charAt(0));
    int consonants = isVowel(v.charAt(0)) ? 0 : 1;
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!isVowel(c)) {
        if (sk.charAt(sk.length() - 1) != c) {
          sk.append(c);
        }
        consonants++;
      }
    }
    return consonants >= 3 ? sk.toString() : v.toString();
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
