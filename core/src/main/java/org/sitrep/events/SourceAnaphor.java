package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an unnamed source that only points back ("the source added", "وأكد المصدر", "المصدر
 * ذاته", "the same sources") as the unnamed source the page introduced before it ("a senior
 * military source", "مصدر عسكري"), so that the claim names it as the page did. Which words point
 * back is data (words.tsv "source-anaphor"). One page, in reading order; not thread-safe: one
 * instance per page.
 */
final class SourceAnaphor {
  private static final Set<String> ANAPHORS = Lexicon.vocabulary("source-anaphor");
  private static final Set<String> PLURAL_ANAPHORS = Lexicon.vocabulary("source-anaphor-plural");
  private static final Set<String> PLURAL_HEADS = Lexicon.vocabulary("source-plural");
  private Said last;
  private Said lastPlural;

  /** The sentence's claimants with a pointing source named as the one before it. */
  List<Said> resolve(List<Said> said) {
    List<Said> out = null;
    for (int i = 0; i < said.size(); i++) {
      Said c = said.get(i);
      if (!c.kind().equals("unnamed")) {
        continue;
      }
      boolean plural = PLURAL_ANAPHORS.contains(key(c.name()));
      if (!plural && !anaphor(c.name())) {
        if (pluralHead(c.name())) {
          lastPlural = c;
        } else {
          last = c;
        }
        continue;
      }
      // "the source" points to the last source, "the sources" to the last sources
      Said to = plural ? lastPlural : last;
      if (to != null) {
        out = out == null ? new ArrayList<>(said) : out;
        out.set(i, new Said(to.name(), c.kind(), c.id(), c.start(), c.end(), c.spanStart(),
            c.spanEnd(), c.date(), c.person()));
      }
    }
    return out == null ? said : out;
  }

  /* True when the words are only a pointing source: "the source", "المصدر نفسه". */
  static boolean anaphor(String name) {
    String n = key(name);
    return ANAPHORS.contains(n) || PLURAL_ANAPHORS.contains(n);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("^[وف](?=ال)", "");
  }

  /* True when a source's words hold a plural head: "local sources", "مصادر مطلعة". */
  private static boolean pluralHead(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (PLURAL_HEADS.contains(w.replaceAll("^[وف]?(?:ال)?", ""))) {
        return true;
      }
    }
    return false;
  }
}
