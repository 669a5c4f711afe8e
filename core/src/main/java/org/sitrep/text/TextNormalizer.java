package org.sitrep.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Normalizes decoded page text and folds strings for matching.
 *
 * <p>{@link #normalizePage} produces the document {@code text} that all offsets refer to: NFC,
 * line breaks as {@code \n}, no byte-order mark, control characters (other than newline and tab)
 * replaced by spaces. A text page's HTML character references are read before it
 * ({@link #characterReferences}).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Returns the normalized form of a whole decoded page. */
  public static String normalizePage(String raw) {
    String s = raw;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '\uFEFF';
      if (bad) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, ' ');
      }
    }
    return b == null ? s : b.toString();
  }

  /* A character reference with its semicolon: "&amp;", "&#8217;", "&#x2019;". */
  private static final Pattern CHAR_REF =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

  /**
   * s54: a text page's HTML character references read as the characters they stand for
   * ("Sudan&#8217;s", "&quot;السلم والشراكة&quot;", "&#1589;&#1606;&#1593;&#1575;&#1569;"): a crawl
   * that kept the markup's escapes, for no text page writes them as words. Only references closed
   * by their semicolon and known to HTML are read ("AT&T", "R&D", "?a=1&b=2" stay); a reference to
   * no character or to a control character (a line break among them) stays as written.
   */
  public static String characterReferences(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = CHAR_REF.matcher(s);
    StringBuilder b = null;
    int last = 0;
    while (m.find()) {
      String ch = referenced(m);
      if (ch == null) {
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length());
      }
      b.append(s, last, m.start()).append(ch);
      last = m.end();
    }
    return b == null ? s : b.append(s, last, s.length()).toString();
  }

  private static String referenced(Matcher m) {
    if (m.group(3) != null) {
      String named = Entities.getByName(m.group(3));
      return named.isEmpty() ? null : named;
    }
    int cp;
    try {
      cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    } catch (NumberFormatException e) {
      return null;
    }
    if (cp < 0x20 || cp > Character.MAX_CODE_POINT
        || cp >= 0xD800 && cp <= 0xDFFF || cp >= 0x7F && cp < 0xA0) {
      return null;
    }
    return new String(Character.toChars(cp));
  }

  /** Replaces Arabic-Indic and Extended Arabic-Indic digits by ASCII digits, one char for one. */
  public static String asciiDigits(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      out[i] = asciiDigit(s.charAt(i));
    }
    return new String(out);
  }

  /* An Arabic-Indic or Extended Arabic-Indic digit as its ASCII digit; any other char as is. */
  private static char asciiDigit(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c;
  }

  /**
   * s53: {@link #asciiDigits}, and every no-break and zero-width space read as a plain space,
   * offsets kept: "\u200F3\u00A0March 2024\u200F" is a date as "3 March 2024" is (a page set
   * right to left writes such spaces and marks in its date line; the date patterns allow the
   * direction marks where they stand, "٢٤\u200F/١\u200F/٢٠٢٢").
   */
  public static String dateForm(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      if (c < '\u00A0') {
        out[i] = c; // ASCII and Latin-1 controls: as written, the usual case
      } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u200B'
          || c == '\uFEFF') {
        out[i] = ' ';
      } else {
        out[i] = asciiDigit(c);
      }
    }
    return new String(out);
  }

  /**
   * Folds a string for lexicon matching: lower case, ASCII digits, Arabic alef/hamza/yaa/taa-marbuta
   * variants unified, tatweel and diacritics removed, whitespace collapsed, typographic quotes and
   * dashes unified.
   */
  public static String fold(String s) {
    int n = s.length();
    char[] out = new char[n];
    int[] table = FOLD;
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      int f = table[s.charAt(i)];
      if (f >= 0) {
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = (char) f;
      } else if (f == SPACE) {
        space = len > 0;
      } else if (f == WHOLE) {
        return foldWhole(s);
      }
      // DROP: a diacritic or tatweel
    }
    return new String(out, 0, len);
  }

  /* What fold does with each character: the character it writes, or one of these. */
  private static final int SPACE = -1;
  private static final int DROP = -2;
  private static final int WHOLE = -3;
  private static final int[] FOLD = foldTable();

  /*
   * The fold of each character by itself: lower case as String.toLowerCase(Locale.ROOT) writes
   * it, Arabic-Indic and Extended Arabic-Indic digits as ASCII ones, white space collapsed,
   * diacritics and tatweel dropped, then foldChar; WHOLE for the characters whose lower case
   * String.toLowerCase writes by their context or as two characters (a Greek capital sigma, a
   * dotted capital I, surrogates): the whole string is then folded the general way.
   */
  private static int[] foldTable() {
    int[] t = new int[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
      } else if (c >= '\u0660' && c <= '\u0669') {
        c = (char) ('0' + (c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        c = (char) ('0' + (c - '\u06F0'));
      } else if (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130') {
        t[i] = WHOLE;
        continue;
      } else {
        c = Character.toLowerCase(c); // what String.toLowerCase(Locale.ROOT) writes for it
      }
      if (c == ' ' || c == '\u00A0' || (c <= ' ' || c >= '\u0085') && Character.isWhitespace(c)) {
        t[i] = SPACE;
      } else if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670') {
        t[i] = DROP;
      } else {
        t[i] = foldChar(c);
      }
    }
    return t;
  }

  /* fold by the string's lower case as a whole (a Greek capital sigma, a dotted capital I,
   * characters outside the BMP). */
  private static String foldWhole(String s) {
    StringBuilder b = new StringBuilder(s.length());
    String lower = asciiDigits(s).toLowerCase(Locale.ROOT);
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
        continue;
      }
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670') {
        continue;
      }
      c = foldChar(c);
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static char foldChar(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى' -> 'ي';
      case 'ة' -> 'ه';
      case '\u2018', '\u2019', '`', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u00AB', '\u00BB' -> '"';
      case '\u2013', '\u2014', '\u2212' -> '-';
      default -> c;
    };
  }
}
