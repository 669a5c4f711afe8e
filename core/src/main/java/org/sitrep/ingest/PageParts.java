package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Chrome;
import org.sitrep.model.Comment;
import org.sitrep.model.Credit;
import org.sitrep.model.Outlet;
import org.sitrep.model.Published;
import org.sitrep.model.Related;
import org.sitrep.model.Span;

/** What a page parser found, gathered before it becomes an immutable Document. */
final class PageParts {
  String text = "";
  String title;
  Outlet outlet;
  Published published = Published.NONE;
  /* True while the date found is a "last updated" date, which an original date replaces. */
  boolean publishedIsUpdate;
  /* Whether the publication date was read under an "Originally published" label. */
  boolean publishedIsOriginal;
  /* Whether the page's date is that of an unlabelled date line above the headline (a site's
   * header day, perhaps the day it was read): a labelled publication line under the headline
   * ("Published: …", "نشر في: …") has the page's own date. */
  boolean publishedAboveTitle;
  /* Whether the title's line stands right above the page's date line. */
  boolean titleOverCredit;
  final List<Credit> credits = new ArrayList<>();
  String dateline;
  String section;
  final List<String> tags = new ArrayList<>();
  final List<Span> paragraphs = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  final List<Related> related = new ArrayList<>();
  final List<Chrome> chrome = new ArrayList<>();
  String language;
  /* The offset of the body's first line where the headline was found there, else -1. */
  int headlineInBody = -1;
  /** Whether the title joins two lines of the header (a headline the crawl broke in two). */
  boolean titleJoined;

  /** A copy of what was found so far, for {@link #restore} when a reading is taken back. */
  PageParts copy() {
    PageParts c = new PageParts();
    c.restore(this);
    return c;
  }

  /** Sets every finding back to those of {@code s} (a {@link #copy}). */
  void restore(PageParts s) {
    text = s.text;
    title = s.title;
    outlet = s.outlet;
    published = s.published;
    publishedIsUpdate = s.publishedIsUpdate;
    publishedIsOriginal = s.publishedIsOriginal;
    publishedAboveTitle = s.publishedAboveTitle;
    titleOverCredit = s.titleOverCredit;
    dateline = s.dateline;
    section = s.section;
    language = s.language;
    headlineInBody = s.headlineInBody;
    titleJoined = s.titleJoined;
    set(credits, s.credits);
    set(tags, s.tags);
    set(paragraphs, s.paragraphs);
    set(comments, s.comments);
    set(related, s.related);
    set(chrome, s.chrome);
  }

  private static <T> void set(List<T> to, List<T> from) {
    List<T> keep = new ArrayList<>(from);
    to.clear();
    to.addAll(keep);
  }

  void chrome(int start, int end, String kind) {
    if (end > start) {
      chrome.add(new Chrome(start, end, kind));
    }
  }

  void addCredits(List<Credit> found) {
    for (Credit c : found) {
      if (!credits.contains(c)) {
        credits.add(c);
      }
    }
  }
}
