package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements of a parsed page in document order (the document first), each with its class and
 * id in lower case, listed once; the finders of metadata, dates and comments scan this list
 * instead of running a CSS selector over the whole tree each. A scan matches exactly what the
 * jsoup selector in its comment matches, in the same order ({@code PageElementsTest} compares
 * them).
 *
 * <p>The list is taken before the page is changed: an element removed since (a comment section)
 * is still in it, so a scan made after a change keeps only the elements still in the page.
 */
final class PageElements {
  /** A test on an element given its lower-case class and id ("" when it has none). */
  interface Match {
    boolean test(Element e, String cls, String id);
  }

  private final Document doc;
  private final List<Element> all;
  private final String[] classes;
  private final String[] ids;

  PageElements(Document doc) {
    this.doc = doc;
    this.all = doc.getAllElements();
    this.classes = new String[all.size()];
    this.ids = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Element e = all.get(i);
      if (e.attributesSize() == 0) {
        classes[i] = "";
        ids[i] = "";
      } else {
        // the lower case jsoup's attribute selectors compare ([class*=date]: Normalizer.lowerCase)
        classes[i] = e.attr("class").toLowerCase(Locale.ENGLISH);
        ids[i] = e.attr("id").toLowerCase(Locale.ENGLISH);
      }
    }
  }

  /** The elements that pass {@code m}, in document order. */
  List<Element> select(Match m) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (m.test(all.get(i), classes[i], ids[i])) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /** The elements that pass {@code m} and are still in the page, in document order. */
  List<Element> selectAttached(Match m) {
    List<Element> out = select(m);
    out.removeIf(e -> e.ownerDocument() != doc);
    return out;
  }

  /** The first element that passes {@code m}, or null. */
  Element selectFirst(Match m) {
    for (int i = 0; i < all.size(); i++) {
      if (m.test(all.get(i), classes[i], ids[i])) {
        return all.get(i);
      }
    }
    return null;
  }

  /** The elements with tag {@code tag} (jsoup's {@code getElementsByTag}, lower-case name). */
  List<Element> byTag(String tag) {
    return select((e, c, i) -> e.nameIs(tag));
  }

  /** The first element with tag {@code tag}, or null. */
  Element firstByTag(String tag) {
    return selectFirst((e, c, i) -> e.nameIs(tag));
  }

  /** True when attribute {@code key} of {@code e} equals {@code value} ignoring case ({@code [key=value]}). */
  static boolean attrIs(Element e, String key, String value) {
    return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key));
  }

  /**
   * False only when no class name of an element whose lower-case class is {@code cls} can equal,
   * ignoring case, a name that holds the lower-case ASCII {@code part}: a cheap test before
   * {@link Element#hasClass}. A class with other than ASCII letters passes (a Kelvin sign equals
   * 'k' ignoring case).
   */
  static boolean mayHaveClass(String cls, String part) {
    if (cls.isEmpty()) {
      return false;
    }
    if (cls.contains(part)) {
      return true;
    }
    for (int i = 0; i < cls.length(); i++) {
      if (cls.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} contains one of {@code words}. */
  static boolean containsAny(String s, String... words) {
    if (s.isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
