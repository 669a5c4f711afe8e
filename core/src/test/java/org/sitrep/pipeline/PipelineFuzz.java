package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Event;
import org.sitrep.stories.StoryLinker;
import org.sitrep.time.DateResolver;

/**
 * The fuzz tier: 10,000 mutated news pages (HTML and text, English and Arabic, written here in
 * the style of wire reports; no third-party page) through the whole pipeline (read, mentions,
 * anchors, events, story linking) with a fixed seed. Each page must come out as a document or a
 * failure, no exception may escape, and no page may take long. Mutations: truncation, a huge
 * line without full stops, deep nesting, mixed and broken encodings, NUL bytes, byte flips, and
 * gzip (whole, cut, or a gzip header on noise). A failing case names its page number: rerun
 * with the same seed to get it back.
 */
class PipelineFuzz {
  private static final long SEED = 13;
  private static final int PAGES = 10_000;
  private static final int BATCH = 200;
  /** The most a single page may take through all stages: a guard, far above the usual ms. */
  private static final long PAGE_LIMIT_NANOS = 20_000_000_000L;

  @TempDir Path tmp;

  private static final String[] EN_ACTORS = {"the Syrian army", "Jaysh al-Islam", "Turkish forces",
    "Russian military police", "the Free Syrian Army", "rebels", "government forces",
    "the Syrian Democratic Forces", "Hezbollah", "the UN"};
  private static final String[] EN_PLACES = {"Douma", "Aleppo", "Afrin", "Daraa", "Idlib",
    "Eastern Ghouta", "Jarabulus", "Saraqib", "Raqqa", "Homs"};
  private static final String[] EN_DEEDS = {"shelled", "entered", "withdrew from", "captured",
    "agreed to a ceasefire in", "evacuated civilians from", "besieged", "denied bombing",
    "handed over weapons in", "negotiated with officials in"};
  private static final String[] AR_ACTORS = {"الجيش السوري", "جيش الإسلام", "القوات التركية",
    "الشرطة العسكرية الروسية", "الجيش السوري الحر", "فصائل المعارضة", "قوات النظام"};
  private static final String[] AR_PLACES = {"دوما", "حلب", "عفرين", "درعا", "إدلب",
    "الغوطة الشرقية", "جرابلس"};
  private static final String[] AR_DEEDS = {"قصفت", "دخلت", "انسحبت من", "سيطرت على",
    "أجلت المدنيين من", "حاصرت"};
  private static final String[] MONTHS = {"January", "March", "April", "June", "September",
    "December"};

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  /** A generated news page: text or HTML, English or Arabic. */
  static String basePage(Random r, boolean html, boolean arabic) {
    StringBuilder body = new StringBuilder();
    List<String> paras = new ArrayList<>();
    int n = 2 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      StringBuilder p = new StringBuilder();
      int sentences = 1 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (arabic) {
          p.append(pick(r, AR_ACTORS)).append(' ').append(pick(r, AR_DEEDS)).append(' ')
              .append(pick(r, AR_PLACES)).append(" يوم ").append(1 + r.nextInt(28))
              .append(" آذار ").append(2016 + r.nextInt(4)).append("، بحسب المرصد السوري. ");
        } else {
          p.append(cap(pick(r, EN_ACTORS))).append(' ').append(pick(r, EN_DEEDS)).append(' ')
              .append(pick(r, EN_PLACES)).append(" on ").append(pick(r, MONTHS)).append(' ')
              .append(1 + r.nextInt(28)).append(", ").append(2016 + r.nextInt(4))
              .append(r.nextBoolean() ? ", state media reported. " : ", a monitor said. ");
        }
      }
      paras.add(p.toString().trim());
    }
    String title = arabic ? pick(r, AR_ACTORS) + " " + pick(r, AR_DEEDS) + " " + pick(r, AR_PLACES)
        : cap(pick(r, EN_ACTORS)) + " " + pick(r, EN_DEEDS) + " " + pick(r, EN_PLACES);
    String date = (2016 + r.nextInt(4)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
    if (!html) {
      body.append(title).append("\n\n").append(date).append("\n\n");
      for (String p : paras) {
        body.append(p).append("\n\n");
      }
      return body.toString();
    }
    body.append("<!DOCTYPE html><html lang=\"").append(arabic ? "ar" : "en")
        .append("\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append("</title><meta property=\"article:published_time\" content=\"").append(date)
        .append("T10:00:00Z\"></head><body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News"
            + "</a></nav><article><h1>").append(title).append("</h1><div class=\"content\">");
    for (String p : paras) {
      body.append("<p>").append(p).append("</p>");
    }
    body.append("</div></article><div class=\"comments\"><p>Comment: what a story</p></div>"
        + "<footer>Share this</footer></body></html>");
    return body.toString();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** One mutated page: its bytes and a name (its extension says HTML or text). */
  record Case(String name, byte[] bytes, String mutation) {}

  static Case mutate(Random r, int index) {
    boolean html = r.nextBoolean();
    boolean arabic = r.nextInt(3) == 0;
    String page = basePage(r, html, arabic);
    String ext = html ? ".html" : ".txt";
    byte[] b = page.getBytes(StandardCharsets.UTF_8);
    String kind;
    // huge lines and deep nesting cost most: half the weight of the other mutations
    int slot = r.nextInt(22);
    int[] again = {0, 3, 4, 5, 6, 7, 8, 9, 10, 11}; // every kind but 1 and 2 a second time
    switch (slot < 12 ? slot : again[slot - 12]) {
      case 0 -> {
        kind = "truncated";
        b = Arrays.copyOf(b, r.nextInt(b.length + 1));
      }
      case 1 -> {
        kind = "huge line";
        String unit = arabic ? " و" + pick(r, AR_ACTORS) + " " + pick(r, AR_DEEDS) + " "
            + pick(r, AR_PLACES) + " يوم ٥ آذار"
            : " and " + pick(r, EN_ACTORS) + " " + pick(r, EN_DEEDS) + " " + pick(r, EN_PLACES)
            + " on March " + (1 + r.nextInt(28));
        int len = 1_000 + r.nextInt(r.nextInt(25) == 0 ? 12_000 : 2_000);
        StringBuilder s = new StringBuilder(page.substring(0, page.length() / 2));
        while (s.length() < len) {
          s.append(unit);
        }
        b = s.append(page.substring(page.length() / 2)).toString().getBytes(StandardCharsets.UTF_8);
      }
      case 2 -> {
        kind = "deep nesting";
        int depth = 100 + r.nextInt(r.nextInt(20) == 0 ? 3_000 : 500);
        String tag = r.nextBoolean() ? "div" : "span";
        String p = "<html><body>" + ("<" + tag + ">").repeat(depth) + "<p>" + page + "</p>"
            + (r.nextBoolean() ? ("</" + tag + ">").repeat(depth) : "") + "</body></html>";
        b = p.getBytes(StandardCharsets.UTF_8);
        ext = ".html";
      }
      case 3 -> {
        kind = "mixed encodings";
        Charset other = Charset.forName(arabic ? "windows-1256" : "windows-1252");
        int cut = r.nextInt(page.length() + 1);
        byte[] head = page.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] tail = page.substring(cut).getBytes(other);
        b = concat(head, tail);
      }
      case 4 -> {
        kind = "legacy charset";
        b = page.getBytes(Charset.forName(arabic ? "windows-1256" : "ISO-8859-1"));
      }
      case 5 -> {
        kind = "utf-16";
        Charset c = r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        b = page.getBytes(c);
        if (r.nextBoolean()) {
          b = concat(c == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF}, b);
        }
      }
      case 6 -> {
        kind = "NUL bytes";
        b = b.clone();
        for (int i = 0, k = 1 + r.nextInt(20); i < k && b.length > 0; i++) {
          b[r.nextInt(b.length)] = 0;
        }
      }
      case 7 -> {
        kind = "byte flips";
        b = b.clone();
        for (int i = 0, k = 1 + r.nextInt(b.length / 7 + 1); i < k && b.length > 0; i++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
      }
      case 8 -> {
        kind = "gzip";
        b = gzip(b);
        ext += ".gz";
      }
      case 9 -> {
        kind = "truncated gzip";
        byte[] z = gzip(b);
        b = Arrays.copyOf(z, 2 + r.nextInt(z.length - 1));
        ext += ".gz";
      }
      case 10 -> {
        kind = "gzip header on noise";
        b = new byte[2 + r.nextInt(4000)];
        r.nextBytes(b);
        b[0] = (byte) 0x1F;
        b[1] = (byte) 0x8B;
        ext += r.nextBoolean() ? ".gz" : "";
      }
      default -> {
        kind = "none";
      }
    }
    return new Case(String.format(Locale.ROOT, "fuzz-%05d%s", index, ext), b, kind);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A page's outcome in the fuzz run: what it became and how long its longest step took. */
  private record Outcome(Case c, Stages.Page page, long nanos) {}

  @Test
  void tenThousandMutatedPagesThroughTheWholePipeline() throws Exception {
    Random r = new Random(SEED);
    Knowledge knowledge = Knowledge.defaults();
    Stages stages = new Stages(knowledge, PageReader.DEFAULT_MAX_BYTES);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int documents = 0;
    int failures = 0;
    long slowest = 0;
    String slowestCase = "";
    Set<String> kinds = new HashSet<>();
    Map<String, Long> costByKind = new java.util.TreeMap<>();
    try {
      for (int start = 0; start < PAGES; start += BATCH) {
        List<Future<Outcome>> reads = new ArrayList<>();
        for (int i = start; i < Math.min(PAGES, start + BATCH); i++) {
          Case c = mutate(r, i); // generated in order: the seed alone fixes every page
          kinds.add(c.mutation());
          reads.add(pool.submit(() -> {
            long t0 = System.nanoTime();
            Stages.Page p = stages.read(c.bytes(), c.name());
            return new Outcome(c, p, System.nanoTime() - t0);
          }));
        }
        List<Outcome> batch = new ArrayList<>();
        for (Future<Outcome> f : reads) {
          Outcome o = get(f, "read");
          assertNotNull(o.page().result(), o.c().name());
          if (o.page().result() instanceof PageReader.Failed fl) {
            assertTrue(fl.failure().error() != null && !fl.failure().error().isBlank()
                && !fl.failure().error().contains("\n"), "one line a person can act on: " + fl);
            failures++;
          } else {
            documents++;
            batch.add(o);
          }
          costByKind.merge(o.c().mutation(), o.nanos(), Long::sum);
          if (o.nanos() > slowest) {
            slowest = o.nanos();
            slowestCase = o.c().name() + " (" + o.c().mutation() + ", read)";
          }
        }
        List<Stages.Page> pages = batch.stream().map(Outcome::page).toList();
        Map<String, DateResolver.Anchor> anchors;
        try {
          anchors = Stages.anchors(pages);
        } catch (Throwable e) {
          throw new AssertionError("anchors of the batch at " + start + " failed: " + e, e);
        }
        List<Future<List<Event>>> coded = new ArrayList<>();
        List<long[]> took = new ArrayList<>();
        for (Stages.Page p : pages) {
          long[] t = new long[1];
          took.add(t);
          coded.add(pool.submit(() -> {
            long t0 = System.nanoTime();
            List<Event> ev = stages.code(p, anchors.get(p.document().docId()));
            t[0] = System.nanoTime() - t0;
            return ev;
          }));
        }
        // one linker per batch, as a store or stream job links a window of pages
        StoryLinker linker = new StoryLinker(knowledge);
        for (int k = 0; k < pages.size(); k++) {
          Case c = batch.get(k).c();
          List<Event> events = get(coded.get(k), c.name() + " (" + c.mutation() + ") coding");
          try {
            linker.add(pages.get(k).document(), pages.get(k).mentions(), events);
          } catch (Throwable e) {
            throw new AssertionError(c.name() + " (" + c.mutation() + ") escaped linking: " + e,
                e);
          }
          costByKind.merge(c.mutation(), took.get(k)[0], Long::sum);
          if (took.get(k)[0] > slowest) {
            slowest = took.get(k)[0];
            slowestCase = c.name() + " (" + c.mutation() + ", events)";
          }
        }
        try {
          linker.linkedEvents();
          linker.stories();
        } catch (Throwable e) {
          fail("stories of the batch at " + start + " failed: " + e, e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "fuzz: %d pages, %d documents, %d failures, slowest step %.0f"
        + " ms (%s); seconds by mutation: %s%n", PAGES, documents, failures, slowest / 1e6,
        slowestCase, costByKind.entrySet().stream().map(e -> e.getKey() + " " + String.format(
            Locale.ROOT, "%.1f", e.getValue() / 1e9)).toList());
    assertEquals(PAGES, documents + failures, "a document or a failure for each page");
    assertTrue(documents > PAGES / 2 && failures > 100, "the mutations reach both outcomes");
    assertEquals(12, kinds.size(), "every mutation was tried: " + kinds);
    assertTrue(slowest < PAGE_LIMIT_NANOS, "a page took " + slowest / 1e9 + " s: " + slowestCase);
  }

  private static <T> T get(Future<T> f, String what) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new AssertionError(what + ": an exception escaped: " + e.getCause(), e.getCause());
    }
  }

  @Test
  void mutatedPagesOnDiskThroughTheBatchDriver() throws IOException {
    Random r = new Random(SEED + 1);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      Case c = mutate(r, i);
      Files.write(in.resolve(c.name()), c.bytes());
      names.add(c.name());
    }
    Path out = tmp.resolve("out");
    Analyzer.Summary s = new Analyzer(new Analyzer.Options(2, PageReader.DEFAULT_MAX_BYTES,
        Knowledge.defaults())).run(List.of(in.toString()), out, Analyzer.Progress.NONE);
    assertEquals(300, s.pages());
    // every page is a document, a failure, or a duplicate of an earlier page (same bytes)
    long docs = Files.readAllLines(out.resolve("documents.jsonl")).size();
    long fails = Files.readAllLines(out.resolve("failures.jsonl")).stream()
        .filter(l -> l.contains("\"stage\":\"read\"") || l.contains("\"stage\":\"ingest\"")).count();
    assertEquals(300, docs + fails + s.duplicates(), "a record for every page");
    assertTrue(Files.readString(out.resolve("run.json")).contains("\"complete\" : true"));
  }
}
