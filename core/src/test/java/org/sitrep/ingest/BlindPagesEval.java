package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;

/**
 * The blind probe pages of issue #12 ({@code blind/}: 60 text pages in the layouts of outlets
 * never seen in development, written before the ingest code was read) through the whole
 * pipeline, scored per language and per half (odd page numbers studied, even ones the check on
 * transfer; and the transfer set {@code transfer/}, 24 pages of yet other outlets, scored last):
 * title, published day, body complete (its first and last words kept), body clean (no
 * chrome line of the gold in it) and relative-day anchoring (an event told with "on Sunday",
 * "أمس", "يوم الجمعة" gets the day counted back from the publication date). Strings are compared
 * as the workplace's {@code score_events.py} compares them. Floors sit at the figures reached.
 */
class BlindPagesEval {
  private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u0652\\u0640]");
  private static final Pattern ALEF = Pattern.compile("[أإآ]");
  private static final Pattern PUNCT = Pattern.compile("[-_'\"“”()\\[\\].,:;]");
  private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @TempDir Path out;

  /** The scorer's normalization: NFKC, lower case, no diacritics, punctuation as spaces. */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    t = DIACRITICS.matcher(t).replaceAll("");
    t = ALEF.matcher(t).replaceAll("ا");
    t = PUNCT.matcher(t).replaceAll(" ");
    t = ARTICLE.matcher(t.strip()).replaceAll("");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** Counts of one language's half. */
  static final class Score {
    int pages;
    int title;
    int published;
    int complete;
    int clean;
    int relative;
    int relativePages;
    int relativeNoEvent;
    int credits;
    int creditsWanted;

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "title %d/%d published %d/%d complete %d/%d clean %d/%d relative %d/%d (no event %d)"
              + " credits %d/%d",
          title, pages, published, pages, complete, pages, clean, pages, relative, relativePages,
          relativeNoEvent, credits, creditsWanted);
    }
  }

  @Test
  void blindPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    Map<String, Score> scores = score("blind", "blind.gold.json",
        n -> n % 2 == 1 ? " odd" : " even", List.of("en odd", "en even", "ar odd", "ar even"));
    for (String lang : List.of("en", "ar")) {
      Score odd = scores.get(lang + " odd");
      Score even = scores.get(lang + " even");
      int pagesBoth = odd.pages + even.pages;
      double title = (odd.title + even.title) / (double) pagesBoth;
      double published = (odd.published + even.published) / (double) pagesBoth;
      double complete = (odd.complete + even.complete) / (double) pagesBoth;
      double clean = (odd.clean + even.clean) / (double) pagesBoth;
      double relative = (odd.relative + even.relative)
          / (double) Math.max(1, odd.relativePages + even.relativePages);
      System.out.printf(Locale.ROOT,
          "blind pages %s: title %.2f published %.2f complete %.2f clean %.2f relative %.2f%n",
          lang, title, published, complete, clean, relative);
      assertTrue(title >= FLOOR_TITLE, lang + " title " + title);
      assertTrue(published >= FLOOR_PUBLISHED, lang + " published " + published);
      assertTrue(complete >= FLOOR_COMPLETE, lang + " body complete " + complete);
      assertTrue(clean >= FLOOR_CLEAN, lang + " body clean " + clean);
      assertTrue(relative >= FLOOR_RELATIVE, lang + " relative days " + relative);
    }
  }

  /* At the figures of the s10-ingest work (2026-12-01), both languages: title EN 1.00 AR 1.00,
   * published 0.97 and 1.00, body complete 1.00, clean 0.97 and 1.00, relative days 0.90 and
   * 0.90 (s9-ingest before it: title 1.00 / 0.90, published 0.97 / 0.97, clean 0.77 / 0.87;
   * main's code before s9: title 0.47 / 0.30, published 0.93 / 0.90, clean 0.53 / 0.43). */
  private static final double FLOOR_TITLE = 0.95;
  private static final double FLOOR_PUBLISHED = 0.95;
  private static final double FLOOR_COMPLETE = 1.0;
  private static final double FLOOR_CLEAN = 0.99; // 1.00 both after s12-ingest2 (EN 0.97 before)
  private static final double FLOOR_RELATIVE = 0.85;

  /**
   * The transfer check set ({@code transfer/}: 24 pages, 12 per language, in the layouts of yet
   * other outlets, written before the s10-ingest session read the ingest code): never studied,
   * scored as one group per language.
   */
  @Test
  void transferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer", "transfer.gold.json", TRANSFER);
  }

  /**
   * The second transfer check set ({@code transfer-2/}: 24 pages, 12 per language, in the
   * layouts of outlets in neither {@code blind/} nor {@code transfer/}, written by the
   * s11-ingest session before it read the transfer set's failures): never studied.
   */
  @Test
  void secondTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-2", "transfer-2.gold.json", TRANSFER2);
  }

  /**
   * The third transfer check set ({@code transfer-3/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: UN and NGO releases, Telegram posts,
   * AMP pages, flattened print PDFs, forum threads, Jordanian, Maghreb, Gulf and Syrian media),
   * written by the s12-ingest session before it read transfer-2's failures: never studied.
   */
  @Test
  void thirdTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-3", "transfer-3.gold.json", TRANSFER3);
  }

  /* transfer-3 (never studied), the lower of the two languages at the figures of the s12-ingest
   * work (2026-12-01): title EN 0.83 AR 0.75, published 0.75 and 0.92, complete 0.92 and 1.00,
   * clean 0.50 and 0.58, relative days 0.70 and 0.86. Scored before the session's changes (the
   * misses not printed to its author): the same counts on every field; the changes made from
   * transfer-2 kept two chrome lines of its pages out ('Join Date: …' of a forum's member panel,
   * a follow prompt) and made no page whole. */
  /* Then studied by the s12-ingest2 session (its misses read, fixed by shape: ProseLines):
   * complete EN 0.92 -> 1.00, clean EN 0.50 -> 1.00, AR 0.58 -> 1.00; title, published and
   * relative days unchanged. */
  /* Then s13-ingest (its titles and published dates studied): title EN 0.83 -> 1.00, AR 0.75 ->
   * 1.00, published EN 0.75 -> 0.92, AR 0.92 -> 1.00, relative days EN 0.70 -> 0.80, AR 0.86 ->
   * 1.00. */
  /* Then s14-ingest: published EN 0.92 -> 1.00 (a label over its date, the original's date
   * over a repost's). */
  private static final Floors TRANSFER3 = new Floors(0.99, 0.99, 0.99, 0.99, 0.79);

  /**
   * The fourth transfer check set ({@code transfer-4/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: Kurdish and Turkish English sites,
   * think-tank briefs, wire copy on portals, live blogs, NGO statements, text-only and mobile
   * versions, feed-reader copies, printed-from-browser copies, Iraqi, Yemeni and Lebanese media),
   * written by the s12-ingest2 session before it read transfer-3's misses: never studied.
   */
  @Test
  void fourthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-4", "transfer-4.gold.json", TRANSFER4);
  }

  /* transfer-4 (never studied), the lower of the two languages at the figures of the s12-ingest2
   * work (2026-12-01): title EN 0.83 AR 0.92, published 1.00 and 1.00, complete 0.83 and 1.00,
   * clean 0.50 and 0.75 (before the work, scored once with its misses printed: clean 0.25 and
   * 0.33, the rest as now), relative days 0.90 and 0.90. The change between: the jusText-style
   * second opinion on body lines (ProseLines), made from transfer-3's misses. */
  /* Then studied by s13-ingest: title EN 0.83 -> 1.00, AR 0.92 -> 1.00, complete EN 0.83 ->
   * 1.00, clean EN 0.50 -> 1.00, AR 0.75 -> 0.83 (left: readers' comments that read as prose, a
   * share line under a live page). */
  /* Then s14-ingest: clean AR 0.83 -> 1.00 (a share prompt alone, a comment header with its
   * count). */
  private static final Floors TRANSFER4 = new Floors(0.99, 0.99, 0.99, 0.99, 0.89);

  /**
   * The fifth transfer check set ({@code transfer-5/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: cache and web-archive copies, OCHA
   * flash updates as PDF text, Facebook posts, newsletters, aggregator wire copy, a reader-app
   * copy, Egyptian, Jordanian, Gulf and Iraqi Kurdish outlets), written by the s13-ingest session
   * before it read transfer-3's and transfer-4's misses; studied by s14-ingest (transfer-6 is now
   * the unstudied check).
   */
  @Test
  void fifthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-5", "transfer-5.gold.json", TRANSFER5);
  }

  /* transfer-5 (unstudied until s14-ingest), the lower of the two languages at the figures of the s13-ingest
   * work (2026-12-01): title EN 0.75 AR 0.83, published 0.92 and 0.92, complete 0.92 and 0.83,
   * clean 0.58 and 0.75, relative days 0.82 and 0.64. Before the work (main at ad3d231, scored
   * once, misses printed but not read): title 0.67 / 0.50, published 0.92 / 0.83, complete
   * 0.92 / 0.83, clean 0.42 / 0.75, relative 0.82 / 0.64. The changes between were made from
   * transfer-3's and transfer-4's misses (TitleEcho, dateOutsideBody, link prompts, page breaks). */
  /* Then studied by s14-ingest (cache and archive wrappers, running headers, a caption's credit,
   * Hijri dates with vowel marks, "Read …" links, production notes): title EN 0.75 -> 1.00, AR
   * 0.83 -> 1.00, published 0.92 -> 1.00 both, complete 0.92 -> 1.00 and 0.83 -> 1.00, clean
   * 0.58 -> 1.00 and 0.75 -> 1.00, relative days 0.82 -> 0.91 and 0.64 -> 0.82. */
  private static final Floors TRANSFER5 = new Floors(0.99, 0.99, 0.99, 0.99, 0.81);

  /**
   * The sixth transfer check set ({@code transfer-6/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: live pages, UN and UNICEF releases,
   * blog platforms, a Reddit thread and a phpBB forum, printed copies dated only by their address,
   * dates only in a modified line or the lead's dateline, a Hijri-only date, AMP copies, author,
   * newsletter and tag boxes), written by the s14-ingest session before it read transfer-5's
   * misses; studied by s15-ingest (transfer-7 is now the unstudied check).
   */
  @Test
  void sixthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-6", "transfer-6.gold.json", TRANSFER6);
  }

  /* transfer-6 (never studied), the lower of the two languages. Before the s14-ingest work (main
   * at dafcd62, scored once, misses written to a file and not read): title EN 0.75 AR 1.00,
   * published 0.67 and 0.75, complete 1.00 and 1.00, clean 0.58 and 0.67, relative days 0.78
   * and 0.40. After it (its misses still not read): published EN 0.67 -> 0.75 (a label line over
   * its date, made from transfer-3's repost), every other figure unchanged. */
  /* Then studied by s15-ingest (a two-letter menu item, a headline over its date line, a site's
   * name over menu items, numbered lists, a deck over a datelined lead, end marks and author
   * boxes, islands of chrome under the body, a caption over a bracketed credit, address and
   * Hijri-only dates, opinion and outside-link notes): title EN 0.75 -> 1.00, published EN 0.75
   * -> 1.00, AR 0.75 -> 1.00, clean EN 0.58 -> 0.92, AR 0.67 -> 1.00; complete 1.00 both;
   * relative days unchanged (0.78, 0.40: the misses left are the event coder's). s17-ingest's
   * deck over the date line (from transfer-8) took EN clean 0.92 -> 1.00 (602's summary line). */
  private static final Floors TRANSFER6 = new Floors(0.99, 0.99, 0.99, 0.99, 0.39);

  /**
   * The seventh transfer check set ({@code transfer-7/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: a live-updates page, blog and
   * LinkedIn articles, monitor and UN reports, a mailing-list message, wire copy on a portal,
   * saved copies dated only by their address, dates only under the body, a numeric Hijri date, a
   * video page, a Wikinews page), written by the s15-ingest session before it read transfer-6's
   * misses; studied by s16-ingest (transfer-8 is now the unstudied check).
   */
  @Test
  void seventhTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-7", "transfer-7.gold.json", TRANSFER7);
  }

  /* transfer-7 (never studied). Before the s15-ingest work (main at b995cc1, scored once, misses
   * written to a file and not read): title EN 0.92 AR 1.00, published 0.67 and 0.75, complete
   * 0.92 and 1.00, clean 0.58 and 0.83, relative days 0.45 and 0.67. After it (made from
   * transfer-6's misses; transfer-7's read only at the end, for the report): AR published 0.75
   * -> 0.83 (the Hijri-only date), AR relative 0.67 -> 0.75; every English figure and the other
   * Arabic ones unchanged. */
  /* Then studied by s16-ingest (a date's role from its label, Unix, two-digit-year and
   * year-first date lines, a list's tag, sources and writer's-box labels, a mail's signature,
   * live, donation and disclaimer notes, a comments button above the lead): title EN 0.92 ->
   * 1.00, published EN 0.67 -> 1.00, AR 0.83 -> 1.00, complete EN 0.92 -> 1.00, clean EN 0.58 ->
   * 1.00, AR 0.83 -> 1.00, relative EN 0.45 -> 0.73, AR 0.75 -> 0.83. */
  private static final Floors TRANSFER7 = new Floors(0.99, 0.99, 0.99, 0.99, 0.72);

  /**
   * The eighth transfer check set ({@code transfer-8/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: think-tank briefs, a government press
   * release, live pages with "hours ago" beside clock times, a newsletter, printed copies, XenForo
   * forums, an unrolled thread, "Updated" above "Published", Hijri and Gregorian dates in
   * Arabic-Indic digits, an Instagram post), written by the s16-ingest session before it read
   * transfer-7's misses: never studied.
   */
  @Test
  void eighthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-8", "transfer-8.gold.json", TRANSFER8);
  }

  /* transfer-8, studied by s17-ingest, the lower of the two languages. Before the s16-ingest work
   * (main at b458575, scored once, misses written to a file and not read): title EN 0.75 AR 0.92,
   * published 0.83 and 0.92, complete 0.67 and 1.00, clean 0.42 and 0.83, relative days 0.73 and
   * 0.67; unchanged by s16's work. After s17-ingest's (made from its misses, by shape): title
   * 1.00 and 1.00, published 1.00 and 1.00, complete 1.00 and 1.00, clean 0.75 and 1.00,
   * relative 0.91 and 0.75. s18-ingest2 (a newsletter's greeting, a language switcher, short
   * notes under a divider after the text): clean EN 0.75 -> 0.92. */
  private static final Floors TRANSFER8 = new Floors(0.99, 0.99, 0.99, 0.91, 0.74);

  /**
   * The ninth transfer check set ({@code transfer-9/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: NGO and UN-agency press releases,
   * military statements, op-eds with author boxes, TV transcripts, aggregators, reader-mode
   * copies, pages dated only in their URL line or a footer, local Arabic portals with breadcrumbs
   * and related-news lists), written by the s17-ingest session before it read transfer-8's
   * misses: never studied.
   */
  @Test
  void ninthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-9", "transfer-9.gold.json", TRANSFER9);
  }

  /* transfer-9, studied by s18-ingest, the lower of the two languages. Before the s17-ingest work
   * (main at 810ca0c, scored once, misses written to a file and not read): title EN 1.00 AR 0.92,
   * published 0.83 and 1.00, complete 1.00 and 1.00, clean 0.92 and 0.83, relative days 0.25 and
   * 0.67; unchanged by s17's work. After s18-ingest's (made from its misses, by shape): title,
   * published, complete and clean 1.00 in both languages, relative 0.50 and 0.67. */
  private static final Floors TRANSFER9 = new Floors(0.99, 0.99, 0.99, 0.99, 0.49);

  /**
   * The tenth transfer check set ({@code transfer-10/}: 24 pages, 12 per language, in the layouts
   * of outlets and kinds of copy in none of the other sets: Kurdish, Iranian and Turkish English
   * outlets, regional TV sites, wire copy with two datelines, "Updated" and "First published" in
   * either order, a date only in a byline, photo galleries, comment threads, poll and newsletter
   * boxes inside the body, Gulf and Maghreb portals with tool rows and read-also blocks, a
   * Persian solar date), written by the s18-ingest session before it read transfer-9's misses:
   * never studied.
   */
  @Test
  void tenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-10", "transfer-10.gold.json", TRANSFER10);
  }

  /* transfer-10 (never studied), the lower of the two languages. Before the s18-ingest work (main
   * at babfe5e, scored once, misses written to a file and not read until the end): title EN 1.00
   * AR 1.00, published 0.92 and 1.00, complete 1.00 and 0.83, clean 0.75 and 0.83, relative days
   * 0.83 and 0.75. After it (made from transfer-9's misses and from probes of our own written
   * from the brief's list of layouts, the list transfer-10's layouts were also drawn from, by the
   * same author): title 1.00 and 1.00, published 0.92 and 1.00, complete 1.00 and 1.00, clean
   * 0.83 and 0.92, relative 0.83 and 0.75. Studied by s18-ingest2 (made from its misses, by
   * shape: a comma after the month, a poll's and a newsletter's box whole inside the text, the
   * wire's credit and editors' initials under it, "Most …" over headlines): title, published,
   * complete and clean 1.00 in both languages, relative 1.00 and 0.75. */
  private static final Floors TRANSFER10 = new Floors(0.99, 0.99, 0.99, 0.99, 0.74);

  /**
   * The eleventh transfer check set ({@code transfer-11/}: 24 pages, 12 per language, of kinds of
   * page in none of the other sets, listed by genre and by what a crawler keeps rather than from
   * a brief's list of layouts: incident logs, UN meetings coverage, book reviews, explainers,
   * letters pages, speech texts, price bulletins, a factbox, an appeal page, a journal abstract,
   * an imagery analysis, timelines, an obituary statement, a decree, a press review, a match
   * report, a page with image alt texts and a tab bar), written by the s18-ingest2 session before
   * it read transfer-10's misses: never studied.
   */
  @Test
  void eleventhTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-11", "transfer-11.gold.json", TRANSFER11);
  }

  /* transfer-11 (never studied), the lower of the two languages less 0.01. Before the
   * s18-ingest2 work (this branch at 93aaf7f, main's code, scored once, misses written to a file
   * and not read until the end): title EN 1.00 AR 0.83, published 0.83 and 1.00, complete 1.00
   * and 0.92, clean 0.67 and 0.58, relative days 0.63 and 0.56. After it (made from transfer-10's
   * and transfer-8's misses): the same in every field: nothing transferred. Studied by
   * s19-ingest (made from its misses, by shape: labelled notes under the text, a next-story
   * label, a period's label after a field's bar, a line of labelled dates, a card's fields, a
   * rating's answers side by side, a list's last items, closing formulas, a headline under the
   * date line): title, published and complete 1.00 in both languages, clean 1.00 and 0.92 (an
   * obituary's condolence line left), relative 0.75 and 0.56. */
  private static final Floors TRANSFER11 = new Floors(0.99, 0.99, 0.99, 0.91, 0.55);

  /**
   * The twelfth transfer check set ({@code transfer-12/}: 24 pages, 12 per language, ordinary
   * article pages in the layouts of real outlets' sites: national and regional dailies, wire
   * copy on portals, television and radio sites, government and state agencies, Syrian, Iraqi,
   * Yemeni and Libyan local sites, Gulf, Egyptian and Lebanese papers, with varied chrome around
   * the article), written by the s19-ingest session before it read any ingest code or
   * transfer-11's misses: never studied.
   */
  @Test
  void twelfthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-12", "transfer-12.gold.json", TRANSFER12);
  }

  /* transfer-12 (never studied), the lower of the two languages less 0.01. Before the s19-ingest
   * work (this branch at its first commit, main's code at 1b14634, scored once, misses written
   * to a file and not read until the end): title EN 0.75 AR 0.83, published 0.92 and 1.00,
   * complete 0.92 and 1.00, clean 0.75 and 0.83, relative days 0.67 and 1.00. Studied by
   * s20-ingest (made from its misses, by line class: calls to action, a ticker's line, a
   * category before a slash, a bar menu with a number, a caption's toggle, a video label, a
   * government site's banner): title, published, complete and clean 1.00 in both languages,
   * relative 0.75 and 1.00 (the event's day is chosen in events/, outside ingest). */
  private static final Floors TRANSFER12 = new Floors(0.99, 0.99, 0.99, 0.99, 0.74);

  /**
   * The thirteenth transfer check set ({@code transfer-13/}: 24 pages, 12 per language, ordinary
   * article pages in the layouts of real kinds of outlets' sites: Kurdish, Iranian, Turkish,
   * Lebanese, Yemeni, Libyan and Gulf outlets' English and Arabic editions, wire copy on a portal,
   * UN news pages, a government release behind a cookie banner, an NGO release, state agencies,
   * opposition and regional TV sites), written by the s20-ingest session before it read any
   * ingest code or transfer-12's misses: never studied.
   */
  @Test
  void thirteenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-13", "transfer-13.gold.json", TRANSFER13);
  }

  /* transfer-13 (never studied), the lower of the two languages less 0.01. Before the s20-ingest
   * work (this branch at d28e1f2, main's code at 19e4f38, scored once, misses written to a file
   * and not read until the end): title EN 0.92 AR 1.00, published 1.00 and 1.00, complete 1.00
   * and 1.00, clean 0.58 and 0.92, relative days 1.00 and 1.00. After it (made from
   * transfer-12's misses): title EN 0.92 -> 1.00 (a ticker's line), clean EN 0.58 -> 0.67 (a
   * donation box); the rest unchanged. Studied by s21-ingest (made from its misses, by line
   * class: a photo's description beside a line that is only its credit, a follow prompt ending a
   * short line, a "continues" interrupt, a feedback link and a licence line): clean EN 0.67 ->
   * 1.00, AR 0.92 -> 1.00. */
  private static final Floors TRANSFER13 = new Floors(0.99, 0.99, 0.99, 0.99, 0.99);

  /**
   * The fourteenth transfer check set ({@code transfer-14/}: 24 pages, 12 per language, ordinary
   * article pages in the layouts of kinds of outlets not in the earlier rounds where possible:
   * South Asian, African, European, Australian and US papers and broadcasters, a think tank, a
   * humanitarian portal, wire copy on a portal; Maghreb, Sudanese, Saudi, Emirati, Jordanian,
   * Palestinian, Lebanese and Egyptian papers and agencies, a pan-Arab television site, an Iraqi
   * portal), written by the s21-ingest session before it read any ingest code or transfer-13's
   * misses: never studied.
   */
  @Test
  void fourteenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-14", "transfer-14.gold.json", TRANSFER14);
  }

  /* transfer-14 (never studied), the lower of the two languages less 0.01. Before the s21-ingest
   * work (main's code at 5bcf615, scored once, misses written to a file and not read until the
   * end): title EN 0.92 AR 1.00, published 1.00 and 1.00, complete 0.92 and 0.92, clean 0.75
   * and 0.75, relative days 0.58 and 0.75. After it (made from transfer-13's misses): every
   * figure unchanged (one page, 1402, loses a caption over its bracketed credit, which the gold
   * did not list). Studied by s22-ingest (made from its misses, by line class: a caption's
   * picture-word or archive word after a bar or a dash, an Arabic bracketed "(Photographer/
   * Agency)", a rights line with its owner first, an ad slot's label, a clip's label with its
   * running time, a one-headline "Read more" box and an inline read-also link inside the text, a
   * share prompt with no imperative): title EN 0.92 -> 1.00, complete 0.92 -> 1.00 in both,
   * clean EN 0.75 -> 1.00, AR 0.75 -> 1.00; relative days (events/) unchanged. */
  private static final Floors TRANSFER14 = new Floors(0.99, 0.99, 0.99, 0.99, 0.57);

  /**
   * The fifteenth transfer check set ({@code transfer-15/}: 24 pages, 12 per language, ordinary
   * article pages in the layouts of kinds of outlets not in the earlier rounds where possible:
   * South African, Canadian, New Zealand, Singaporean, Indonesian, Omani, Philippine, Malaysian
   * and Japanese English outlets, an NGO field update, an aggregator reprint, an opinion site;
   * Omani, Qatari, Bahraini, Mauritanian, Kuwaiti and Yemeni papers and sites, an opinion site, a
   * UN agency release, an NGO field update, an aggregator reprint, a television live-coverage
   * entry, a regional agency), written by the s22-ingest session before it read any ingest code
   * or transfer-14's misses: never studied.
   */
  @Test
  void fifteenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-15", "transfer-15.gold.json", TRANSFER15);
  }

  /* transfer-15 (never studied), the lower of the two languages less 0.01. Before the s22-ingest
   * work (main's code at 6a1f4eb, scored once, misses written to a file and not read until the
   * end): title EN 1.00 AR 0.92, published 1.00 and 1.00, complete 1.00 and 1.00, clean 0.42
   * and 0.75, relative days 0.75 and 0.75. After it (made from transfer-14's misses): clean EN
   * 0.42 -> 0.50, AR 0.75 -> 0.83; the rest unchanged. */
  private static final Floors TRANSFER15 = new Floors(0.91, 0.99, 0.99, 0.41, 0.74);

  /**
   * The sixteenth transfer check set ({@code transfer-16/}: 24 pages, 12 per language, article
   * pages in the layouts of kinds of outlets and pages not in the earlier rounds: Scottish,
   * Bangladeshi, Cypriot and Maltese dailies, a South Korean wire, Russian and Chinese state
   * outlets, a German broadcaster, a UK tabloid, a US local TV station, a press-release
   * distribution site, a newsletter essay; a Tunisian radio site, a Palestinian agency, Russian,
   * Chinese and Turkish state outlets' Arabic sites, a Sudanese daily, a Gulf channel's video
   * page, a Lebanese TV site, an Emirati agency, an NGO release, a Syrian local site, a London
   * Arabic daily), written by the s23-ingest session before it read any ingest code or
   * transfer-15's misses: never studied.
   */
  @Test
  void sixteenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-16", "transfer-16.gold.json", TRANSFER16);
  }

  /* transfer-16 (never studied), the lower of the two languages less 0.01. base.jar (main before
   * the s23 transfer-15 work): title EN 1.00 AR 0.92, published 1.00 and 0.92, complete 0.92 and
   * 0.92, clean 0.83 and 0.92, relative 0.67 and 0.83. main at 176fca0 (s23's transfer-15 line
   * classes, made before this set was written) and after s23-ingest: clean EN 0.83 -> 1.00, the
   * rest unchanged (documents of this set byte-identical between 176fca0 and s23-ingest).
   * s24-ingest studied it: title, published and complete 1.00 in both languages, clean EN 1.00
   * AR 0.92, relative 0.67 and 0.92. s38: relative EN 8/12 -> 7/12, 1611's displacement "in
   * the past two weeks" now takes its own clause's span, not the day of the warning told before
   * "that" (CODING.md: the date is when the event happened). */
  private static final Floors TRANSFER16 = new Floors(0.99, 0.99, 0.99, 0.91, 0.57);

  /**
   * The seventeenth transfer check set ({@code transfer-17/}: 24 pages, 12 per language, article
   * pages in the layouts of kinds of outlets and pages not in the earlier rounds: an Indian daily
   * and TV channel, a business wire, a Hong Kong daily, a Swiss broadcaster, a Greek daily, a US
   * military paper, an Armenian and an Italian agency, a Somali site, a literary magazine, a Gulf
   * agency; an international broadcaster's and an international wire's Arabic services, a Gulf
   * daily with prayer-time tickers, a financial portal, a blog essay, a regional organisation, a
   * Spanish agency, a European and an Israeli channel's Arabic sites, a monthly magazine, an Iraqi
   * site with a correction note, a bilingual Maghreb site), written by the s24-ingest session
   * before it read any ingest code or transfer-16's misses: never studied.
   */
  @Test
  void seventeenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    checkGroupFloors("transfer-17", "transfer-17.gold.json", TRANSFER17);
  }

  /* transfer-17 (never studied), the lower of the two languages less 0.01. base.jar (main at
   * a7e68a6, before s24-ingest): title EN 1.00 AR 0.75, published 1.00 and 0.75, complete 1.00
   * and 0.75, clean 0.58 and 0.58, relative 0.67 and 0.50. Studied by the s24 lead afterwards
   * (decks, ticker rows, a statement's header, notes and credits over the lead): title 1.00 and
   * 1.00, published 1.00 and 0.92, complete 1.00 and 1.00, clean 0.75 and 1.00, relative 0.67 and
   * 0.75; the floors follow. */
  private static final Floors TRANSFER17 = new Floors(0.99, 0.91, 0.99, 0.74, 0.66);

  /**
   * The eighteenth transfer check set ({@code transfer-18/}: 24 pages, 12 per language, article
   * pages in the layouts of kinds of outlets and pages not in the earlier rounds: Ukrainian,
   * Afghan, Ethiopian and Nepali sites, a Polish public radio, a Brazilian public agency, a Nordic
   * broadcaster, a Kazakh state agency, a podcast episode page, a fact-checking site, a Catholic
   * agency, a print edition's replica text; Chadian and Somali Arabic sites, an Islamic charity, a
   * religious institution's observatory, a Korean broadcaster's Arabic service, a Libyan
   * municipal council, a Yemeni party, a Djiboutian and a Gulf agency, a Palestinian camp's
   * community site, a news app's share page, a regional government), written by the
   * s27-transfer18 helper without reading any ingest code. Its odd pages were studied by
   * s27-ingeststudy, its even pages kept as the check: the halves are printed apart ("en-study",
   * "en-check", ...), the floors held by each language as a whole.
   */
  @Test
  void eighteenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-18", TRANSFER18);
  }

  /* transfer-18, the lower of the two languages less 0.01. After s27-ingeststudy (odd pages
   * studied): title EN 0.92 AR 1.00, published 0.92 and 0.92, complete 1.00 and 1.00, clean
   * 0.75 and 1.00, relative days 0.83 and 0.92; by half, study EN title 6/6 published 6/6 clean
   * 6/6 relative 5/6, AR 6/6 6/6 6/6 6/6; check (even pages) EN 5/6 5/6 3/6 5/6, AR 6/6 5/6 6/6
   * 5/6, as before the study. Before, scored once with main at 8d5d741f (the s27 session's
   * base.jar): title EN 0.92 AR 0.92, published 0.75 and 0.92, complete 1.00 and 1.00, clean
   * 0.50 and 0.83, relative days 0.67 and 0.92. */
  private static final Floors TRANSFER18 = new Floors(0.91, 0.91, 0.99, 0.74, 0.82);

  /**
   * The nineteenth transfer check set ({@code transfer-19/}: 24 pages, 12 per language, ordinary
   * news article pages of outlets not in the earlier rounds covering Syria, Iraq, Yemen, Libya and
   * Gaza/Lebanon: Sri Lankan, Ghanaian, Ugandan, Jordanian, Bahraini, Thai and Zimbabwean dailies
   * with their own or wire copy, a Canadian and an English regional paper, a Jamaican opinion
   * column, an Azerbaijani agency, a press-freedom NGO; an Algerian channel's site, Moroccan,
   * Kuwaiti, Basra, Marib, Homs local and regional sites, Jordanian, Saudi, Libyan and Palestinian
   * dailies, a pan-Arab site and a Lebanese live coverage page), written by the s28-t19 helper
   * without reading any ingest code. Odd pages are the study half, even pages the check: the
   * halves are printed apart ("en-study", "en-check", ...), the floors held by each language.
   */
  @Test
  void nineteenthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-19", TRANSFER19);
  }

  /* transfer-19, the lower of the two languages less 0.01, scored once with main at a2648f8
   * (never studied): title EN 1.00 AR 0.92, published 1.00 and 1.00, complete 0.83 and 1.00,
   * clean 0.83 and 0.42, relative days 0.91 and 1.00; by half (pages right of 6), study EN title
   * 6 published 6 complete 5 clean 5 relative 5/5, AR 6 6 6 2 6; check EN 6 6 5 5 5, AR 5 6 6 3
   * 6. */
  private static final Floors TRANSFER19 = new Floors(0.91, 0.99, 0.99, 0.99, 0.99);

  /**
   * The twentieth transfer check set ({@code transfer-20/}: 24 pages, 8 English and 16 Arabic,
   * ordinary news article pages of outlets not in the earlier rounds covering Syria, Iraq, Yemen,
   * Libya, Sudan and Gaza/Lebanon: Tanzanian, Namibian, Trinidad and Fijian dailies with their own
   * or wire copy, Georgian, Vietnamese and Serbian English sites, a Mauritian opinion column; an
   * Egyptian portal, Lebanese, Syrian government, Qatari, Tunisian, Sudanese and Aden dailies, a
   * Syrian opposition site, an Iraqi Kurdish agency's Arabic service, a French broadcaster's,
   * an Iranian broadcaster's and a Russian agency's Arabic sites, a pan-Arab portal, an Emirati
   * channel's site, a Gulf channel's live page and a Yemeni opinion column), written by the
   * s29-t20 helper without reading any ingest code. Odd pages are the study half, even pages the
   * check: the halves are printed apart, the floors held by each language.
   */
  @Test
  void twentiethTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-20", TRANSFER20);
  }

  /* transfer-20, the lower of the two languages less 0.01, scored once with main at fcf480d (the
   * session's base.jar; 63c0c4b scores the same), never studied: title EN 1.00 AR 1.00, published
   * 1.00 and 1.00, complete 0.88 and 0.94, clean 0.88 and 0.31, relative days 1.00 and 1.00; by
   * half (pages right), study EN title 4/4 published 4/4 complete 3/4 clean 3/4 relative 4/4, AR
   * 8/8 8/8 8/8 2/8 7/7; check EN 4/4 4/4 4/4 4/4 3/3, AR 8/8 8/8 7/8 3/8 8/8. After the
   * s29-t20 study of the odd pages (captions ending in their source between stopped paragraphs,
   * other stories' headlines inside the text, a starred writer's line, a comment-word's
   * subheading, a post's signature in Arabic-Indic digits): EN complete 1.00, clean 1.00; AR
   * complete 0.94, clean 0.94; study EN clean 4/4 complete 4/4, AR clean 8/8; check EN clean
   * 4/4, AR clean 3/8 -> 7/8 (left: a bracketed "[اقرأ أيضا: …]" line; the live page's last
   * three entries). */
  private static final Floors TRANSFER20 = new Floors(0.99, 0.99, 0.93, 0.92, 0.99);

  /**
   * The twenty-first transfer check set ({@code transfer-21/}: 24 pages, 10 English and 14
   * Arabic, ordinary news article pages of outlets not in the earlier rounds covering Syria,
   * Iraq, Yemen, Libya, Sudan and Gaza/Lebanon: Kenyan, Nigerian, Pakistani and Malaysian dailies
   * with their own or wire copy, an Irish news site, an Australian public broadcaster, a Canadian
   * local chain daily, Ukrainian and Azerbaijani agencies' English services, an NGO press release;
   * a Kuwaiti opinion column, Jordanian, Moroccan, Mauritanian and Iraqi Shia sites, Bahraini and
   * Algerian dailies, a Houthi-run agency, eastern and western Libyan sites, a Palestinian
   * factional site, Turkish and Chinese state Arabic services, a Gulf sports site turned news),
   * written by the s30-t21 helper without reading any ingest code. Odd pages are the study half,
   * even pages the check: the halves are printed apart, the floors held by each language.
   */
  @Test
  void twentyFirstTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-21", TRANSFER21);
  }

  /* transfer-21, the lower of the two languages less 0.01, scored once with main at 0662a1eb
   * (never studied): title EN 1.00 AR 1.00, published 1.00 and 1.00, complete 0.80 and 0.93,
   * clean 0.80 and 0.71, relative days 0.80 and 0.92; by half (pages right), study EN title 5/5
   * published 5/5 complete 4/5 clean 3/5 relative 4/5, AR 7/7 7/7 6/7 5/7 6/6; check EN 5/5 5/5
   * 4/5 5/5 4/5, AR 7/7 7/7 7/7 5/7 6/7. */
  private static final Floors TRANSFER21 = new Floors(0.99, 0.99, 0.79, 0.70, 0.79);

  /**
   * The twenty-second transfer check set ({@code transfer-22/}: 24 pages, 10 English and 14
   * Arabic, ordinary news article pages of outlets not in the earlier rounds covering Syria,
   * Iraq, Yemen, Libya, Sudan and Gaza/Lebanon: a Ghanaian portal with AFP copy, a Ugandan daily,
   * a Philippine daily's site, an Indonesian agency's English service, an English regional chain
   * daily, a US regional TV station with AP copy, a Swedish public radio's English service, an
   * Israeli English daily, a New Zealand regional daily, a Bangladeshi opinion column; Emirati,
   * Omani and Saudi regional dailies, a Qatari opinion site's column, an Egyptian state agency, a
   * Sudanese opposition site, Aden and Sanaa sites, Iraqi Kurdish and Syrian Kurdish sites, a
   * Tunisian radio, a Lebanese TV channel, a Palestinian agency, a European broadcaster's Arabic
   * service), written by the s30-t22 helper without reading any ingest code. Odd pages are the
   * study half, even pages the check: the halves are printed apart, the floors held by each
   * language.
   */
  @Test
  void twentySecondTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-22", TRANSFER22);
  }

  /* transfer-22, the lower of the two languages less 0.01, scored once with main at d33ded1e
   * (never studied): title EN 0.80 AR 1.00, published 0.80 and 0.93, complete 0.90 and 0.93,
   * clean 0.40 and 0.79, relative days 0.78 and 0.77; by half (pages right), study EN title 3/5
   * published 4/5 complete 5/5 clean 1/5 relative 4/5, AR 7/7 7/7 6/7 6/7 6/6; check EN 5/5 4/5
   * 4/5 3/5 3/4, AR 7/7 6/7 7/7 5/7 4/7. Studied since (s30 the odd half, s31 both): EN title
   * 1.00 published 1.00 complete 1.00 clean 0.90 relative 0.89, AR 1.00 1.00 1.00 1.00 0.85;
   * floors one hundredth under the lower language. */
  private static final Floors TRANSFER22 = new Floors(0.99, 0.99, 0.99, 0.89, 0.84);

  @Test
  void twentyThirdTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-23", TRANSFER23);
  }

  /* transfer-23, the lower of the two languages less 0.01, scored once with main at 3f010614
   * (never studied; all of s31's text work in): title EN 0.92 AR 1.00, published 1.00 and 1.00,
   * complete 1.00 and 0.83, clean 0.25 and 0.83, relative days 0.64 and 0.92; by half (pages
   * right), study EN title 6/6 published 6/6 complete 6/6 clean 1/6 relative 4/6, AR 6/6 6/6 5/6
   * 5/6 5/6; check EN 5/6 6/6 6/6 2/6 3/5, AR 6/6 6/6 5/6 5/6 6/6. Its study half studied in
   * s31: EN clean 1/6 -> 3/6; the check half unchanged. */
  /* Its check half studied too in s32 (with transfer-25's and transfer-26's odd halves): EN
   * title 1.00, clean 0.25 -> 0.75 (check 2/6 -> 5/6), AR clean 0.83 -> 0.92; floors raised. */
  private static final Floors TRANSFER23 = new Floors(0.99, 0.99, 0.82, 0.74, 0.63);

  @Test
  void twentyFourthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-24", TRANSFER24);
  }

  /* transfer-24, the lower of the two languages less 0.01, scored once with main at 8999759d
   * (never studied; all of s31's text work in): title EN 0.81 AR 1.00, published 0.94 and 1.00,
   * complete 0.75 and 1.00, clean 0.50 and 0.63, relative days 0.80 and 1.00; by half (pages
   * right), study EN title 7/8 published 8/8 complete 5/8 clean 4/8 relative 6/8, AR 4/4 4/4 4/4
   * 3/4 4/4; check EN 6/8 7/8 7/8 4/8 6/7, AR 4/4 4/4 4/4 2/4 4/4. */
  /* Studied whole in s32: EN title 0.81 -> 0.94, clean 0.50 -> 0.69, AR clean 0.63 -> 0.88;
   * floors raised. */
  private static final Floors TRANSFER24 = new Floors(0.93, 0.99, 0.93, 0.74, 0.79);

  @Test
  void twentyFifthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-25", TRANSFER25);
  }

  /* transfer-25 (16 English, 8 Arabic), the lower of the two languages less 0.01. Scored once
   * blind with main at 2b4bd28a (s31's code; pages right): English title 12/16, published 16/16,
   * complete 15/16, clean 1/16; Arabic 8/8, 8/8, 8/8, 5/8; by half, English clean study 0/8,
   * check 1/8, Arabic clean study 3/4, check 2/4. Its odd half studied in s32 (with
   * transfer-26's): English title 1.00 published 1.00 complete 1.00 clean 0.56 relative 0.81,
   * Arabic 1.00 1.00 1.00 0.75 1.00; study EN clean 0/8 -> 6/8, title 5/8 -> 8/8; **check EN
   * clean 1/8 -> 3/8, title 7/8 -> 8/8, AR clean 2/4 -> 3/4**. */
  /* Then s33 (with transfer-27's and transfer-28's odd halves): English clean 0.56 -> 0.75
   * (study 6/8 -> 8/8, check 3/8 -> 4/8); floor raised. */
  private static final Floors TRANSFER25 = new Floors(0.99, 0.99, 0.99, 0.74, 0.80);

  @Test
  void twentySixthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-26", TRANSFER26);
  }

  /* transfer-26 (12 English, 12 Arabic), the lower of the two languages less 0.01. Scored once
   * blind with main at 2b4bd28a (s31's code; pages right): English title 10/12, published 12/12,
   * complete 12/12, clean 2/12; Arabic 12/12, 12/12, 10/12, 6/12; by half, English clean study
   * 1/6, check 1/6, Arabic clean study 3/6, check 3/6. Its odd half studied in s32: English title
   * 1.00 published 1.00 complete 1.00 clean 0.42 relative 0.67, Arabic 1.00 1.00 0.83 0.75 0.75;
   * study EN title 4/6 -> 6/6, clean 1/6 -> 3/6, AR clean 3/6 -> 6/6; **check EN clean 1/6 ->
   * 2/6, AR clean 3/6 =**. Then a related box's header inside the text is no commenter's name
   * (2613): AR complete 0.83 -> 0.92 (study 5/6 -> 6/6). */
  private static final Floors TRANSFER26 = new Floors(0.99, 0.99, 0.91, 0.57, 0.66);

  @Test
  void twentySeventhTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-27", TRANSFER27);
  }

  /* transfer-27 (16 English, 8 Arabic), the lower of the two languages less 0.01. Scored once
   * blind with s33's code at its first commit's state (the same figures as s32's final code,
   * f120e315; pages right): English title 15/16, published 16/16, complete 15/16, clean 4/16,
   * relative 13/16; Arabic 7/8, 8/8, 8/8, 3/8, 7/8; by half, English clean study 1/8, check 3/8,
   * Arabic clean study 2/4, check 1/4. Its odd half studied in s33: English title 16/16, clean
   * 13/16 (study 1/8 -> 8/8, **check 3/8 -> 5/8**), complete 16/16; Arabic unchanged (left: a
   * caption with a present-tense verb, a pull quote in the story's own marks). */
  private static final Floors TRANSFER27 = new Floors(0.99, 0.99, 0.99, 0.49, 0.80);

  @Test
  void twentyEighthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-28", TRANSFER28);
  }

  /* transfer-28 (12 English, 12 Arabic; mainstream outlet types: wires, national papers,
   * broadcasters, ministries, UN and regional bodies), the lower of the two languages less
   * 0.01. Scored once blind with s33's code at 9543d211 (the same figures as f120e315; pages
   * right): English title 11/12, published 10/12, complete 12/12, clean 4/12, relative 8/12;
   * Arabic 12/12, 12/12, 12/12, 6/12, 10/12; by half, English clean study 1/6, check 3/6, Arabic
   * clean study 4/6, check 2/6. Its odd half studied in s33: English clean 8/12 (study 1/6 ->
   * 5/6, **check 3/6 =**), Arabic clean 9/12 (study 4/6 -> 6/6, **check 2/6 -> 3/6**); title and
   * published unchanged (their misses are on the check half, not read). At the stop its check
   * half's misses were read; one fix made from them: a United States time zone reads a numeric
   * date month first (2810), English published 10/12 -> 11/12, relative 8/12 -> 9/12. */
  /* s34 (every page of transfer-24 to transfer-28 now studied): transfer-28 English title
   * 11/12 -> 12/12, published 11/12 -> 12/12, clean 8/12 -> 11/12, Arabic clean 9/12 -> 12/12;
   * transfer-27 English clean 13/16 -> 16/16, Arabic title 7/8 -> 8/8, clean 3/8 -> 4/8;
   * transfer-26 English clean 5/12 -> 7/12, Arabic 9/12 -> 10/12; transfer-25 English clean
   * 12/16 -> 14/16; transfer-24 English published 15/16 -> 16/16, complete 12/16 -> 15/16, clean
   * 11/16 -> 12/16. Floors of those sets raised to the figures reached. */
  private static final Floors TRANSFER28 = new Floors(0.99, 0.99, 0.99, 0.91, 0.74);

  @Test
  void twentyNinthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-29", TRANSFER29);
  }

  /* transfer-29 (12 English, 12 Arabic; regional and local outlets: Indian, Nigerian, Kenyan,
   * Pakistani, Israeli, Australian, Irish, South African, Philippine outlets, a humanitarian
   * agency, an NGO's weekly, a US local TV site; Kuwaiti, Omani, Sudanese, Libyan, Mauritanian,
   * Tunisian, Palestinian, Lebanese, Kurdistan, Yemeni, Saudi and Jordanian sites), written by a
   * helper that read no ingest code, committed before its misses were read. Scored once blind
   * (pages right) with the s34 session-start jar (214c9a12) and with s34's final code (be7606cb):
   * identical, English title 11/12, published 11/12, complete 11/12, clean 6/12, relative 10/12;
   * Arabic 12/12, 12/12, 12/12, 9/12, 12/12: the session's study of transfer-24 to transfer-28
   * moved no page of it. The lower of the two languages less 0.01. */
  /* s35 (every page of transfer-29 and transfer-30 studied): English title, published,
   * complete and relative 12/12, clean 6/12 -> 12/12 (part of it: a chrome line of three
   * characters or fewer, "Ad", no longer counted, as score_events.py does not); Arabic
   * unchanged, clean 9/12 (captions without a label, an opinion page's disclaimer). */
  /* s36: Arabic clean 9/12 -> 10/12 (a vocalized disclaimer now meets its row). */
  private static final Floors TRANSFER29 = new Floors(0.99, 0.99, 0.99, 0.82, 0.99);

  @Test
  void thirtiethTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-30", TRANSFER30);
  }

  /* transfer-30 (6 English, 6 Arabic; Nigerian, Indian, Israeli, Irish, humanitarian and US
   * local TV outlets; Kuwaiti, Sudanese, Libyan, Palestinian, Lebanese and Jordanian), written by
   * a second helper blind to the code. Scored once blind: the session-start jar English title
   * 6/6, published 6/6, complete 5/6, clean 2/6, relative 5/6, Arabic 6/6, 6/6, 6/6, 5/6, 6/6;
   * s34's final code English clean 3/6, the rest the same. */
  /* s35 (studied): English complete 6/6, clean 3/6 -> 4/6, relative 6/6; Arabic clean 6/6.
   * Left: 3003, a gold doubt (its pull quote is a substring of the paragraph that quotes it, so
   * no reader can both keep the paragraph and drop the quote), and 3005, a caption in the
   * present in the story's middle naming neither day nor label. */
  private static final Floors TRANSFER30 = new Floors(0.99, 0.99, 0.99, 0.66, 0.99);

  @Test
  void thirtyFirstTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-31", TRANSFER31);
  }

  /* transfer-31 (12 English, 12 Arabic; page kinds other than the newspaper article: an
   * aggregator, an AMP page, a magazine, a think tank, a press release, a newsletter, a fact
   * check, a photo story, an e-paper dump, a student paper, a portal, a ministry), written by a
   * helper blind to the code. Scored once blind, before any of it was read: the s35
   * session-start jar (e2af5ab6) and s35's final code alike, English title 12/12, published
   * 12/12, complete 9/12, clean 4/12, relative 9/12; Arabic 12/12, 11/12, 9/12, 5/12, 8/12: the
   * session's study of transfer-29 and transfer-30 moved no page of it. */
  /* s36: its odd half studied. English study half complete 5/6 -> 6/6, clean 0/6 -> 3/6 (left:
   * two pull quotes that are substrings of the paragraphs quoting them, a gold doubt as
   * transfer-30's 3003, and a sports portal's promo line); check half complete 4/6 -> 5/6,
   * clean 4/6 -> 3/6 (a newsletter's tail that a misread comment section used to cut now
   * leaks). Arabic study half published 5/6 -> 6/6, complete 4/6 -> 6/6, clean 2/6 -> 6/6;
   * check half unchanged (complete 5/6, clean 3/6). All: English 12/12, 12/12, 11/12, 6/12,
   * 9/12; Arabic 12/12, 12/12, 11/12, 9/12, 9/12. */
  private static final Floors TRANSFER31 = new Floors(0.99, 0.99, 0.91, 0.66, 0.74);

  @Test
  void thirtySecondTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-32", TRANSFER32);
  }

  /* transfer-32 (12 English, 12 Arabic; international outlets and foreign-language services:
   * state broadcasters and agencies, English editions of national papers, Arabic services of
   * foreign broadcasters), written by a second helper blind to the code. Scored once blind: the
   * s35 session-start jar English title 12/12, published 11/12, complete 12/12, clean 7/12,
   * relative 9/12, Arabic 11/12, 12/12, 11/12, 6/12, 11/12; s35's final code Arabic clean 7/12,
   * the rest the same. */
  /* s36: its odd half studied. English study half clean 4/6 -> 5/6, check half unchanged (3/6);
   * Arabic study half complete 5/6 -> 6/6, clean 4/6 -> 5/6, check half clean 2/6 -> 3/6. All:
   * English 12/12, 11/12, 12/12, 8/12, 9/12; Arabic 11/12, 12/12, 12/12, 8/12, 11/12. */
  /* s36, later: its check half read too after its measure (two pages mended: a read-more label
   * over a question, an update stamp dating an undated page). All: English 12/12, 12/12, 12/12,
   * 10/12, 10/12; Arabic 12/12, 12/12, 12/12, 10/12, 11/12. Left: a pull quote that is a
   * substring of its paragraph (3210 and 3219, gold doubts), a caption tailed by a hashtag, an
   * Arabic caption with a one-word credit in brackets. transfer-31 after the same: English
   * 12/12, 12/12, 11/12, 8/12, 9/12; Arabic 12/12, 12/12, 12/12, 11/12, 9/12. */
  private static final Floors TRANSFER32 = new Floors(0.99, 0.99, 0.99, 0.82, 0.82);

  @Test
  void thirtyThirdTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-33", TRANSFER33);
  }

  /* transfer-33 (12 English, 12 Arabic; pages of common CMS templates: WordPress magazine and
   * news themes, Drupal, Ghost, Blogger, Joomla, an Arc-like big paper, AMP caches, Medium- and
   * Substack-like posts, in both languages), written by a helper blind to the code, scored once
   * before any of its pages was read: the s35 session-start jar (e2af5ab6) English title 10/12,
   * published 10/12, complete 10/12, clean 6/12, relative 7/12, Arabic 11/12, 11/12, 10/12,
   * 6/12, 8/12; s36's final code English published 11/12, complete 12/12, Arabic title 12/12,
   * complete 11/12, clean 8/12, the rest the same. */
  /* s36, last: its odd half studied after that measure (writer's notes opening with a role,
   * free sign-ups, chart captions, guest lines). Study half Arabic clean 4/6 -> 6/6, English
   * 4/6 -> 5/6 (left: "ENDS", a chrome line the scorer finds inside "defends" of the text; and
   * a top bar's day taken over the post's own); check half unchanged (English clean 2/6, Arabic
   * 4/6). */
  /* s37: its check half studied (a blog's slogan over its menu, an open deck over two bylines,
   * a top bar's day under a slogan). All: English 12/12, 12/12, 12/12, 10/12, 7/12; Arabic
   * 12/12, 12/12, 11/12, 10/12, 8/12. */
  private static final Floors TRANSFER33 = new Floors(0.99, 0.99, 0.91, 0.82, 0.57);

  @Test
  void thirtyFourthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-34", TRANSFER34);
  }

  /* transfer-34 (12 English, 12 Arabic; article forms other than the report: live blogs,
   * timelines, Q&A explainers, interviews, opinion columns, obituaries, armed groups'
   * statements, TV transcripts, podcast pages, weekly roundups, data stories, corrections),
   * written by a second helper blind to the code, scored once before any page was read: the
   * s35 session-start jar English title 11/12, published 12/12, complete 11/12, clean 7/12,
   * relative 7/12, Arabic 11/12, 12/12, 11/12, 7/12, 7/12; s36's final code Arabic clean
   * 8/12, the rest the same. */
  /* s36, last: its odd half studied after that measure: study half English clean 5/6 -> 6/6,
   * Arabic 4/6 -> 6/6 (left: a live blog read from its last entry, an op-ed's two-sentence
   * headline under the site's name); check half unchanged (English clean 2/6, Arabic 4/6). */
  private static final Floors TRANSFER34 = new Floors(0.91, 0.99, 0.91, 0.66, 0.57);

  @Test
  void thirtyFifthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-35", TRANSFER35);
  }

  /* transfer-35 (12 English, 12 Arabic; everyday news reports on regional and local outlets:
   * provincial dailies, agencies' own sites, TV and radio sites, exile outlets, state agencies,
   * news blogs, weeklies, aggregators), written by a helper blind to the code, scored once
   * before any page was read: the s37 session-start jar (912673e3) English title 9/12,
   * published 10/12, complete 12/12, clean 9/12, relative 8/12, Arabic 10/12, 11/12, 12/12,
   * 9/12, 10/12; after the study of transfer-33's and -34's check halves English clean 10/12,
   * Arabic title 11/12. Then its odd half studied, then its even half after its measure
   * (English title 4/6 and clean 5/6, Arabic clean 4/6 before it). All: English 12/12, 12/12,
   * 12/12, 11/12, 8/12; Arabic 12/12, 12/12, 12/12, 12/12, 11/12. */
  private static final Floors TRANSFER35 = new Floors(0.99, 0.99, 0.99, 0.91, 0.66);

  @Test
  void thirtySixthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-36", TRANSFER36);
  }

  /* transfer-36 (12 English, 12 Arabic; crawl states and artifacts around plain reports: AMP,
   * print and mobile views, paywalls, cookie banners, an appended next article, translated and
   * syndicated copies, archive banners, embedded posts, audio players, mid-body most-read
   * lists, comments), written by a helper blind to the code, scored once before any page was
   * read, with the session-start jar and with the code after transfer-35's study half alike:
   * English title 12/12, published 11/12, complete 12/12, clean 7/12, relative 10/12, Arabic
   * 11/12, 12/12, 12/12, 8/12, 11/12. Its odd half studied; check half unchanged (English
   * clean 3/6, Arabic 4/6). All: English clean 9/12, Arabic 10/12. */
  private static final Floors TRANSFER36 = new Floors(0.91, 0.91, 0.99, 0.74, 0.82);

  @Test
  void thirtySeventhTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-37", TRANSFER37);
  }

  /* transfer-37 (12 English, 12 Arabic; what stands around the headline: kickers, series
   * labels, rails of other headlines, slogans, tickers, page-title lines, masthead days, Hijri
   * lines, bulleted decks, quote and question headlines), written by a helper blind to the
   * code, scored once before any page was read with the code after transfer-35's and -36's
   * study (the same as the session-start jar): English title 7/12, published 11/12, complete
   * 12/12, clean 8/12, relative 9/12, Arabic 8/12, 10/12, 12/12, 12/12, 9/12. Its odd half
   * studied (a series' kicker, a rail under "أهم الأخبار", bulleted highlights); check half
   * unchanged (English title 4/6, Arabic 3/6). All: English 8/12, 11/12, 12/12, 9/12, 9/12;
   * Arabic 9/12, 12/12, 12/12, 12/12, 10/12. */
  /* s37, last: its check half read after its measure (a weather bar of cities, a sponsored
   * item, a partner's line, an Arabic series' kicker, a rail with a section label): English
   * title 8/12 -> 10/12, published 11/12 -> 12/12, clean 9/12 -> 10/12; Arabic title 9/12 ->
   * 11/12. */
  private static final Floors TRANSFER37 = new Floors(0.83, 0.99, 0.99, 0.82, 0.74);

  @Test
  void thirtyEighthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-38", TRANSFER38);
  }

  /* transfer-38 (12 English, 12 Arabic; ordinary reports of outlets of countries no earlier set
   * used: Cameroon, Indonesia, Peru, Armenia, Rwanda, Ecuador, Nepal, Kazakhstan, Sri Lanka,
   * Tanzania, Serbia, Honduras; Palestinian, Kuwaiti, Omani, Bahraini, Djiboutian, Eritrean,
   * Gazan, Qatari and other Arabic sites), written by a helper blind to the code at s37's end
   * and never studied: the session-start jar (912673e3) -> s37's final code, English title
   * 11/12, published 12/12, complete 12/12, clean 9/12, relative 8/12 (all unchanged); Arabic
   * 11/12, 12/12, 12/12, clean 7/12 -> 8/12, relative 11/12. */
  /* s37, last: its odd half then studied (a slogan over a date bar and a menu the header had
   * passed, an exclusive picture's caption, a sources' disclaimer); check half unchanged
   * (English clean 4/6, Arabic 4/6). All: English title 12/12, clean 9/12; Arabic title 11/12,
   * clean 10/12. */
  private static final Floors TRANSFER38 = new Floors(0.91, 0.99, 0.99, 0.74, 0.66);

  @Test
  void thirtyNinthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-39", TRANSFER39);
  }

  /* transfer-39 (12 English, 12 Arabic; pages of the 2017-2021 wars in Syria, Iraq, Yemen and
   * Libya from outlets of every side, in that era's templates), written blind by a helper at
   * s38's start and scored before any page was read: session-start jar (9605b359) English
   * title 10/12, published 12/12, complete 12/12, clean 11/12, relative 9/12; Arabic 11/12,
   * 12/12, 12/12, 11/12, 12/12. s38's date work first: English relative 9 -> 10/12. Odd half
   * studied (a ticker's label alone, a Joomla breadcrumb), then the check half read after its
   * measure (a picture's source after a dash): English title 11/12, clean 12/12; Arabic title
   * 12/12, clean 12/12 less 3902's and 3908's misses left (a slogan over a two-item ticker,
   * a participial clause's day). */
  private static final Floors TRANSFER39 = new Floors(0.91, 0.99, 0.99, 0.91, 0.82);

  @Test
  void fortiethTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-40", TRANSFER40);
  }

  /* transfer-40 (12 and 12; what stands inside and after the article's text), written blind at
   * s38's start: session-start jar English title 11/12, published 11/12, complete 12/12,
   * clean 4/12; Arabic 12/12, 12/12, 10/12, 3/12. Odd half studied, then the check half read
   * after its measure (English clean 1/6, Arabic 2/6): English 12/12, 12/12, 12/12, clean
   * 8/12; Arabic 12/12, 12/12, 12/12, clean 7/12 (left: embedded posts' text, which its gold
   * counts out and the development gold in, pull quotes with no attribution, background boxes
   * under a lone label, a headline-only teaser). */
  private static final Floors TRANSFER40 = new Floors(0.99, 0.99, 0.99, 0.57, 0.74);

  @Test
  void fortyFirstTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-41", TRANSFER41);
  }

  /* transfer-41 (12 and 12; the same theme as transfer-40 in other countries' outlets and
   * templates), written blind after transfer-40's study and scored before any page was read:
   * session-start jar -> code after transfer-40's study, English title 10/12 -> 11/12,
   * published 11/12, complete 12/12, clean 2/12 -> 3/12; Arabic title 11/12, 12/12, 12/12,
   * clean 3/12 =. Odd half then studied (a subscription offer between the site's name and its
   * menu, a post under a platform's label or over a stamp naming the platform, a caption under
   * its credit, the makers' role lines): English title 12/12, published 12/12, clean 6/12;
   * Arabic clean 3/12; check half English clean 2/6, Arabic 1/6 (unread). */
  private static final Floors TRANSFER41 = new Floors(0.91, 0.91, 0.99, 0.24, 0.82);

  @Test
  void fortySecondTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-42", TRANSFER42);
  }

  /* transfer-42 (12 and 12; mobile, AMP, print-view, reader-mode, cached, archived and
   * syndicated crawls), written blind at s39's start and scored before any page was read:
   * session-start jar English title 11/12, published 11/12, complete 12/12, clean 11/12,
   * relative 10/12; Arabic 11/12, 12/12, 12/12, clean 10/12, relative 11/12. Odd half studied
   * (a republisher's "Reproduced from X. Read the original article": English clean 5/6 -> 6/6),
   * then the check half read after its measure (Arabic aggregators' copied-story notes: Arabic
   * clean 4/6 -> 6/6; a numeric date read the way a cached copy's capture line a few days later
   * allows, 4208: English published 11/12 -> 12/12). Now English title 11/12, published,
   * complete, clean 12/12, relative 11/12; Arabic title 11/12, published, complete, clean
   * 12/12, relative 11/12. Left: a section label shaped as a headline over the headline (4210,
   * 4220), undated archived copies dated by unrelated stories of the run (4206, 4219). */
  private static final Floors TRANSFER42 = new Floors(0.91, 0.91, 0.99, 0.99, 0.82);

  @Test
  void fortyThirdTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-43", TRANSFER43);
  }

  /* transfer-43 (12 and 12; the conflict zones' own outlets: state agencies, ministries' and
   * armies' pages, faction media, local radio, exile sites, NGO press releases; their headers),
   * written blind at s40's start and scored before any page was read: session-start jar English
   * title 7/12, published 10/12, complete 12/12, clean 9/12, relative 11/12; Arabic 10/12,
   * 11/12, 12/12, clean 9/12, relative 11/12. Odd half studied (a sidebar's dated headlines
   * over or under the story, a section's label over the headline and its deck, a kicker with a
   * tag under it, a caption closed by the page's own agency in brackets, an Arabic update note):
   * English title 4/6 -> 5/6, published 5/6 -> 6/6, clean 4/6 -> 6/6; Arabic title 5/6 -> 6/6,
   * published 5/6 -> 6/6, clean 4/6 -> 5/6. Check half unchanged by that (English title 3/6,
   * published 5/6, clean 5/6; Arabic title 5/6, clean 5/6), then read after its measure (a
   * breadcrumb ending in the line under it, a teaser list dated in words, "-انتهى-", no line
   * opening with "By" a headline): English title 5/6, published 6/6; Arabic clean 6/6. Now
   * English title 10/12, published 12/12, complete 12/12, clean 11/12, relative 11/12; Arabic
   * 11/12, 12/12, 12/12, 11/12, 11/12. Left: a site's name the lead repeats over a press
   * release (4316), a deck the lead echoes more than its headline (4311), a short Arabic
   * caption with no credit (4319), the headline of 4304. */
  private static final Floors TRANSFER43 = new Floors(0.82, 0.99, 0.99, 0.91, 0.82);

  @Test
  void fortyFourthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-44", TRANSFER44);
  }

  /* transfer-44 (12 and 12; older site templates of 2011-2019 and readers' comments: WordPress,
   * Joomla, Blogger, vBulletin, old agency sites, Facebook's comment plugin; "X says:", "Posted
   * by X on", numbered heads, forum profiles, Hijri dates, Arabic-Indic digits), written blind at
   * s43's start and scored before any page was read: session-start jar English title 12/12,
   * published 11/12, complete 12/12, clean 10/12, comment authors 3/28, comments' start 8/10;
   * Arabic 12/12, 11/12, 12/12, clean 9/12, comment authors 2/27, comments' start 7/11. Odd
   * half studied (comment heads in words and by shape, their buttons, times and profiles; the
   * Arabic count over WordPress comments; a blog's next-post link; a still of a video as a
   * caption; a comment's time dates no undated page): odd English clean 5/6 -> 6/6, authors
   * 0/14 -> 14/14; Arabic clean 5/6 -> 6/6, published 5/6 -> 6/6, authors 2/15 -> 15/15. The
   * check half, unread: English published 5/6 -> 6/6, authors 3/14 -> 10/14, comments' start
   * 3/5 -> 5/5; Arabic authors 0/12 -> 4/12, comments' start 4/5 -> 5/5; clean unchanged
   * (English 5/6, Arabic 4/6), then read after its measure (an old CMS's tool row, Blogger's
   * Arabic credit): clean 6/6 in each language. Now title, published, complete and clean 12/12
   * in each language, relative English 11/12, Arabic 11/12. */
  private static final Floors TRANSFER44 = new Floors(0.99, 0.99, 0.99, 0.99, 0.82);

  @Test
  void fortyFifthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-45", TRANSFER45);
  }

  /* transfer-45 (12 and 12; the views a crawler or a tool gives: lynx and w3m dumps, a print
   * view, AMP, reader mode, WET-like long lines, an RSS item, archive snapshots, a live blog, app
   * share text, a newsletter, a newspaper PDF-to-text), written blind at s44 and scored before
   * any page was read: English title 6/12, published 8/12, complete 11/12, clean 5/12; Arabic
   * 11/12, 10/12, 8/12, 5/12. Odd half studied (a link line is no headline; a related link
   * behind a link mark; a feed's footer; a feed's build date and a print date are no
   * publication dates): English title 8/12, clean 6/12; Arabic clean 6/12; the even half
   * unchanged; relative days English 5/12, Arabic 7/12. The floors hold the weaker language of
   * each field. */
  private static final Floors TRANSFER45 = new Floors(0.66, 0.66, 0.66, 0.49, 0.40);

  @Test
  void fortySixthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-46", TRANSFER46);
  }

  /* transfer-46 (12 and 12; tool views and re-publications again, six of transfer-45's views in
   * other variants and six new ones: elinks, an Atom entry, a live blog oldest first, a
   * forwarded newsletter, a think-tank PDF, an archive capture, a Telegram export, an aggregator
   * copy, a lite page, a Facebook post, an OCR clipping, a syndicated copy), written blind at s45
   * and scored before any page was read: English title 7/12, published 9/12, complete 11/12,
   * clean 4/12; Arabic 9/12, 8/12, 11/12, 3/12. After s45's work on transfer-45's odd half
   * (its study half; transfer-46 unread): Arabic published 9/12, the rest unchanged; relative
   * days English 8/12, Arabic 9/12. The floors hold the weaker language of each field. (This
   * eval prints every page's misses: run at s45's end, it showed them, so the set is no longer
   * unread.) */
  private static final Floors TRANSFER46 = new Floors(0.58, 0.74, 0.91, 0.24, 0.66);

  @Test
  void fortySeventhTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-47", TRANSFER47);
  }

  /* transfer-47 (12 and 12; kinds of publisher rarely crawled: a ministry, an army spokesman,
   * a UN or NGO press release, a TV video page, a local radio bulletin, a party's page, a
   * situation report, an interview, a think tank, a photo gallery, a governorate's site, an exile
   * blog), written blind at s46 and scored before any page was read: English title 9/12,
   * published 12/12, complete 12/12, clean 10/12, relative days 11/12; Arabic 8/12, 10/12, 12/12,
   * 8/12, 8/12. The floors hold the weaker language of each field. (This eval prints every
   * page's misses: run at s46 to read its relative days, it showed them.) Odd half then studied
   * (a radio's frequencies and now-playing line, a weather widget's line, an official site's
   * banner after a dash): Arabic title 10/12, published 12/12, clean 9/12 (odd half title 4 -> 6,
   * published 4 -> 6, clean 4 -> 5/6; even half unchanged); English unchanged. */
  private static final Floors TRANSFER47 = new Floors(0.66, 0.83, 0.99, 0.66, 0.66);

  @Test
  void fortyEighthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-48", TRANSFER48);
  }

  /* transfer-48 (12 and 12; the ordinary case: article pages of mainstream and mid-size outlets in
   * 2022-2026 templates: a satellite channel, a national daily, a wire's own site, a portal, a
   * state agency, an explainer, a business outlet, a local site, a diaspora translation, a fact
   * check, an opinion column, a long feature), written blind at s47 and scored before any page
   * was read (session-start jar f48600d7): English title 11/12, published 11/12, complete 12/12,
   * clean 7/12, relative days 10/12; Arabic 11/12, 9/12, 12/12, 5/12, 7/12. The floors hold the
   * weaker language of each field. (Its first run here was read through a filter that let seven
   * pages' miss lines through, of both halves: the even half is not wholly unread.) */
  private static final Floors TRANSFER48 = new Floors(0.91, 0.74, 0.99, 0.41, 0.58);

  @Test
  void fortyNinthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-49", TRANSFER49);
  }

  /* transfer-49 (12 and 12; the ordinary case outlet by outlet: a broadsheet, a cable network's
   * site, a Gulf daily, an Israeli daily, a Turkish state broadcaster, an Iranian agency, a
   * Kurdish outlet, a Lebanese daily, an Egyptian daily, a Maghreb site, a Yemeni outlet, a
   * Sudanese site), written blind at s48 and scored before any page was read (session-start jar
   * f509bd02): English title 12/12, published 12/12, complete 12/12, clean 8/12; Arabic 11/12,
   * 12/12, 12/12, 11/12; relative days 11/12 and 12/12. The floors hold the weaker language of
   * each field. Odd half then studied (comment heads with a bar and a clock, a broadsheet's
   * byline of writers in cities under its standfirst, topics lines, a menu's section over the
   * headline, a first caption closed by the site's name): English clean 8 -> 10/12 (odd 6/6,
   * even 4/6 =), Arabic title 11 -> 12/12; comment authors 3 -> 8/10 and 3 -> 9/10. */
  private static final Floors TRANSFER49 = new Floors(0.91, 0.99, 0.99, 0.66, 0.91);

  @Test
  void fiftiethTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-50", TRANSFER50);
  }

  /* transfer-50 (12 and 12; the ordinary case outlet by outlet, twelve other kinds: a wire's own
   * site, a European broadcaster, a satellite channel, a Syrian outlet, an Iraqi channel, a
   * Palestinian agency, a Russian or Chinese state outlet, a UN page, an analyst's newsletter, a
   * government agency, a Libyan or Tunisian site, a South Asian or Sudanese paper), written blind
   * at s49 and scored before any page was read (session-start jar c0756cde): English title 12/12,
   * published 10/12, complete 12/12, clean 7/12; Arabic 12/12, 11/12, 12/12, 9/12; relative days
   * 10/12 and 8/12. The floors hold the weaker language of each field. */
  private static final Floors TRANSFER50 = new Floors(0.99, 0.82, 0.99, 0.57, 0.66);

  @Test
  void fiftyFirstTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-51", TRANSFER51);
  }

  /* transfer-51 (12 and 12; the page's own date among many other dates: a masthead's day, an
   * update above the original, a byline's or a dateline's date, relative stamps and tickers,
   * related lists with dates above the body, older dates recalled in the body, an event's date in
   * the kicker, Hijri beside Gregorian, comments' and "Last modified" dates, a box of next-day
   * entries, an archive calendar), written blind at s50 and scored before any page was read
   * (session-start jar 102626a3): English title 11/12, published 10/12, complete 12/12, clean
   * 7/12, relative days 10/12; Arabic 11/12, 11/12, 12/12, 12/12, 10/12. The floors hold the
   * weaker language of each field. */
  private static final Floors TRANSFER51 = new Floors(0.91, 0.82, 0.99, 0.57, 0.82);

  @Test
  void fiftySecondTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-52", TRANSFER52);
  }

  /* transfer-52 (12 and 12; the headline among headline-like lines: a site's name and slogan, a
   * breadcrumb and a kicker over it, a browser-title form at the top, a longer deck and a caption
   * under it, a "Top stories" list above it, a quotation or question as the headline, a column's
   * and a columnist's name before it, a headline split over two lines, "Read also" and "Related"
   * lines beside it, a video page's prefixes and duration, a republished wire's source line, a
   * cookie banner, a subscription prompt, a dated menu and a ticker before it, a short headline
   * under a topic line), written blind at s51 and scored before any page was read (session-start
   * jar 47b2dd82): English title 9/12, published 12/12, complete 12/12, clean 10/12, relative
   * days 12/12; Arabic 8/12, 11/12, 12/12, 9/12, 8/12. The floors hold the weaker language of
   * each field. */
  private static final Floors TRANSFER52 = new Floors(0.66, 0.91, 0.99, 0.74, 0.66);

  @Test
  void fiftyThirdTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-53", TRANSFER53);
  }

  /* transfer-53 (12 and 12; where the article's text begins and ends among sentence-like lines:
   * a key-points box, an editor's note and a correction, a listen line and an AI summary, a deck
   * over a dateline on its own line, wire credits and trust lines, an author's bio and a
   * disclaimer, a call to action, a related story's lead, live updates and an "updated" line, an
   * embedded post and a background paragraph, a gallery's captions and a video line, a one-line
   * lead under a caption and a deck and a quotation last), written blind at s52 and scored before
   * any page was read (session-start jar a8b1a632): English title 12/12, published 12/12,
   * complete 11/12, clean 7/12, relative days 11/12; Arabic 12/12, 12/12, 10/12, 7/12, 11/12.
   * The floors hold the weaker language of each field. */
  private static final Floors TRANSFER53 = new Floors(0.99, 0.99, 0.83, 0.58, 0.91);

  @Test
  void fiftyFourthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-54", TRANSFER54);
  }

  /* transfer-54 (12 and 12; two scripts and two languages on one page: an edition in the other
   * language's chrome, a bilingual headline block, dates in other digits and calendars, quotes
   * in the other language, a translated article, transliterated names, invisible direction
   * marks, comments in both languages and Arabizi, embedded posts, a language switcher, a short
   * article in long foreign chrome, Persian and Kurdish chrome), written blind at s53 and scored
   * before any page was read (session-start jar 858d227b): English title 10/12, published
   * 11/12, complete 12/12, clean 9/12, relative days 10/12; Arabic 11/12, 12/12, 12/12, 10/12,
   * 10/12. The floors hold the weaker language of each field. */
  private static final Floors TRANSFER54 = new Floors(0.83, 0.91, 0.99, 0.74, 0.83);

  @Test
  void fiftyFifthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-55", TRANSFER55);
  }

  /* transfer-55 (12 and 12; what the markup leaves in the text: character references, shortcodes
   * and template fields, script, style and structured-data text, image residue, advertisement
   * and newsletter slots, mojibake chrome, skip links and breadcrumbs, a repeated lead and
   * title, pagination, machine timestamps, embeds, legal and correction tails), written blind at
   * s54 and scored before any page was read (session-start jar 2f86722f): English title 11/12,
   * published 12/12, complete 11/12, clean 6/12, relative days 11/12; Arabic 11/12, 12/12, 11/12,
   * 5/12, 12/12. The floors hold the weaker language of each field. */
  private static final Floors TRANSFER55 = new Floors(0.91, 0.99, 0.91, 0.41, 0.91);

  @Test
  void fiftySixthTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-56", TRANSFER56);
  }

  /* transfer-56 (12 and 12; the text's own line and block structure: hard-wrapped bodies with
   * and without blank rows, a one-line body, key points, a flattened table, sub-headings, an
   * interview, a chronology, pull quotes, rows spaced by blank rows, an interleaved sidebar, notes
   * and a gallery), written blind at s55 and scored before any page was read (session-start jar
   * f1af06ef): English title 11/12, published 12/12, complete 10/12, clean 11/12, credits 14/17;
   * Arabic 11/12, 12/12, 8/12, 11/12, 6/13; relative days 9/12 and 9/12 (counted at s55 from the
   * session-start build's events, as this eval counts them). The floors hold the weaker
   * language of each field, credits too. */
  private static final Floors TRANSFER56 = new Floors(0.91, 0.99, 0.66, 0.91, 0.75, 0.46);

  @Test
  void fiftySeventhTransferPagesStayAboveTheirFloor() throws IOException, URISyntaxException {
    studyAndCheck("transfer-57", TRANSFER57);
  }

  /* transfer-57 (12 and 12; the article among other articles' text on the page: the next
   * article, live updates, an AMP copy, most-read lists, corrections, newsletter boxes; teasers
   * of the previous article, a doubled header, a tab-title line, a round-up, a paywall cut,
   * comments quoting other articles), written blind at s56 and scored before any page was read
   * (session-start jar 610d0c5e): English title 10/12, published 10/12, complete 11/12, clean
   * 7/12, credits 13/16; Arabic 9/12, 10/12, 10/12, 10/12, 9/13. The floors hold the weaker
   * language of each field, credits too; relative days are not held (not counted at s56). */
  private static final Floors TRANSFER57 = new Floors(0.74, 0.82, 0.82, 0.58, 0, 0.68);

  /** Scores one check folder as a group per language and asserts each language's floors. */
  /* A check set's floors per field, each language held to them. */
  private record Floors(double title, double published, double complete, double clean,
      double relative, double credits) {
    /* (the sets before transfer-56 hold no floor on credits) */
    Floors(double title, double published, double complete, double clean, double relative) {
      this(title, published, complete, clean, relative, 0);
    }
  }

  private void checkGroupFloors(String folder, String goldFile, Floors floor)
      throws IOException, URISyntaxException {
    Map<String, Score> scores = score(folder, goldFile, n -> "", List.of("en", "ar"));
    for (String lang : List.of("en", "ar")) {
      Score s = scores.get(lang);
      double title = s.title / (double) s.pages;
      double published = s.published / (double) s.pages;
      double complete = s.complete / (double) s.pages;
      double clean = s.clean / (double) s.pages;
      double relative = s.relative / (double) Math.max(1, s.relativePages);
      double credits = s.credits / (double) Math.max(1, s.creditsWanted);
      System.out.printf(Locale.ROOT,
          "%s pages %s: title %.2f published %.2f complete %.2f clean %.2f relative %.2f"
              + " credits %.2f%n",
          folder, lang, title, published, complete, clean, relative, credits);
      assertTrue(title >= floor.title(), folder + " " + lang + " title " + title);
      assertTrue(published >= floor.published(), folder + " " + lang + " published " + published);
      assertTrue(complete >= floor.complete(), folder + " " + lang + " body complete " + complete);
      assertTrue(clean >= floor.clean(), folder + " " + lang + " body clean " + clean);
      assertTrue(relative >= floor.relative(), folder + " " + lang + " relative days " + relative);
      assertTrue(credits >= floor.credits(), folder + " " + lang + " credits " + credits);
    }
  }

  /* At the figures of the s11-ingest work (2026-12-01), studied: title EN 1.00 AR 1.00,
   * published 1.00 and 1.00, complete 1.00, clean 1.00 and 1.00, relative days 0.75 and 0.58
   * (s10-ingest before it: title 0.75 / 0.83, published 0.83 / 0.92, clean 0.75 / 0.58; main's
   * code before s10: title 0.67 / 0.75, published 0.75 / 0.83, clean 0.67 / 0.50, relative
   * 0.67 / 0.58). */
  private static final Floors TRANSFER = new Floors(0.99, 0.99, 1.0, 0.99, 0.57);

  /* transfer-2, studied by the s12-ingest session (2026-12-01): title EN 1.00 AR 1.00, published
   * 1.00 and 1.00, complete 1.00 and 1.00, clean 1.00 and 1.00 (from 0.67 and 0.50), relative
   * days 0.86 and 0.67. Before that, never studied, at the figures of the s11-ingest work, the lower of
   * the two languages: title EN 1.00 AR 1.00, published 1.00 and 0.92, complete 1.00 and 0.92,
   * clean 0.67 and 0.50, relative days 0.86 and 0.67. Before the s11-ingest changes (scored
   * once): title 0.92 / 0.83, published 0.92 / 0.92, complete 1.00 / 0.92, clean 0.50 / 0.33,
   * relative 0.86 / 0.67. Its before-run misses were printed, so its author saw them: the
   * changes after the first commit (made from the transfer set alone: title 1.00 / 0.92,
   * published 0.92 / 0.92, clean 0.50 / 0.42 here) followed the list of chrome and
   * probes of our own, not these pages, but are not blind to them. */
  private static final Floors TRANSFER2 = new Floors(0.99, 0.99, 0.99, 0.99, 0.66);

  /**
   * Runs the pipeline over the text pages of one probe folder and scores them against its gold,
   * grouped by language and by the suffix {@code group} gives a page number; prints each miss.
   */
  private Map<String, Score> score(String folder, String goldFile,
      java.util.function.IntFunction<String> group, List<String> keys)
      throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource(folder + "/" + goldFile).toURI()).getParent();
    JsonNode gold = new ObjectMapper().readTree(dir.resolve(goldFile).toFile());
    List<String> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> pages.add(p.toString()));
    }
    Path runOut = out.resolve(folder);
    new Analyzer(Analyzer.Options.defaults()).run(pages, runOut, Analyzer.Progress.NONE);
    Map<String, JsonNode> docs = new HashMap<>();
    for (JsonNode d : readJsonl(runOut.resolve("documents.jsonl"))) {
      docs.put(Path.of(d.get("input").asText()).getFileName().toString(), d);
    }
    Map<String, List<JsonNode>> events = new HashMap<>();
    for (JsonNode e : readJsonl(runOut.resolve("events.jsonl"))) {
      events.computeIfAbsent(e.get("doc_id").asText(), k -> new ArrayList<>()).add(e);
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String key : keys) {
      scores.put(key, new Score());
    }
    for (JsonNode g : gold.get("documents")) {
      String file = g.get("file").asText();
      int n = Integer.parseInt(file.substring(0, file.indexOf('_')));
      Score s = scores.get(g.get("language").asText() + group.apply(n));
      s.pages++;
      JsonNode d = docs.get(file);
      assertTrue(d != null, "no document for " + file);
      List<String> misses = new ArrayList<>();
      if (norm(text(d.get("title"))).equals(norm(text(g.get("title"))))) {
        s.title++;
      } else {
        misses.add("title " + text(d.get("title")));
      }
      String pub = text(d.path("published").get("value"));
      String want = text(g.get("published"));
      boolean pubOk = want == null ? pub == null || pub.isEmpty()
          : pub != null && pub.length() >= 10 && pub.substring(0, 10).equals(want);
      if (pubOk) {
        s.published++;
      } else {
        misses.add("published " + pub);
      }
      String body = norm(text(d.path("body").get("text")));
      if (body.contains(norm(g.get("body_first").asText()))
          && body.contains(norm(g.get("body_last").asText()))) {
        s.complete++;
      } else {
        misses.add("body incomplete");
      }
      List<String> leaked = new ArrayList<>();
      for (JsonNode c : g.get("chrome_not_body")) {
        // (as score_events.py: a chrome line of three characters or fewer is not counted)
        String nc = norm(c.asText());
        if (nc.length() > 3 && body.contains(nc)) {
          leaked.add(c.asText());
        }
      }
      if (leaked.isEmpty()) {
        s.clean++;
      } else {
        misses.add("leaked " + leaked);
      }
      for (JsonNode c : g.path("credits")) {
        // (as score_events.py: the name as the scorer folds it, and the same role)
        s.creditsWanted++;
        boolean found = false;
        for (JsonNode x : d.path("credits")) {
          found |= norm(text(x.get("name"))).equals(norm(text(c.get("name"))))
              && text(c.get("role")).equals(text(x.get("role")));
        }
        s.credits += found ? 1 : 0;
        if (!found) {
          misses.add("credit " + text(c.get("name")));
        }
      }
      JsonNode rel = g.get("relative");
      if (rel != null && !rel.isNull()) {
        s.relativePages++;
        String phrase = norm(rel.get("phrase").asText());
        List<String> dates = new ArrayList<>();
        for (JsonNode e : events.getOrDefault(d.get("doc_id").asText(), List.of())) {
          if (norm(text(e.get("event_text"))).contains(phrase)) {
            dates.add(text(e.get("date")));
          }
        }
        if (dates.isEmpty()) {
          s.relativeNoEvent++;
        }
        if (dates.contains(rel.get("date").asText())) {
          s.relative++;
        } else {
          misses.add("relative '" + rel.get("phrase").asText() + "' dated " + dates);
        }
      }
      if (!misses.isEmpty()) {
        System.out.println(folder + " " + file + ": " + String.join("; ", misses));
      }
    }
    scores.forEach((k, v) -> System.out.println(folder + " pages " + k + ": " + v));
    return scores;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static List<JsonNode> readJsonl(Path p) throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(m.readTree(line));
        }
      }
    }
    return out;
  }

  /*
   * Holds a transfer set's floors per language and prints its odd pages (the study half) and its
   * even pages (the check) apart.
   */
  private void studyAndCheck(String set, Floors floors)
      throws IOException, URISyntaxException {
    checkGroupFloors(set, set + ".gold.json", floors);
    score(set, set + ".gold.json", n -> n % 2 == 1 ? "-study" : "-check",
        List.of("en-study", "en-check", "ar-study", "ar-check"));
  }
}
