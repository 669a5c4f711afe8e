package org.sitrep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test pages in the style of conflict-news pages, written by the tests (no third-party page
 * enters the repository): four outlets reporting one invented week around Douma and a hostile
 * page whose title, text and comment carry script, event handlers, a javascript: link and
 * Unicode direction overrides.
 */
public final class NewsPages {
  private NewsPages() {}

  /** The hostile page's marker: if any of its script ran, the page would set this global. */
  public static final String PWNED = "__sitrepPwned";

  /** Writes the pages into {@code dir}; returns their paths, the hostile page last. */
  public static List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    out.add(page(dir, "alpha-douma.html", "Alpha News", "2018-04-08T10:00:00",
        "Syrian army shells Douma as talks stall",
        "<p>DAMASCUS - Syrian army troops shelled the town of Douma in Eastern Ghouta on"
            + " Saturday, April 7, 2018, SANA reported.</p>"
            + "<p>Jaish al-Islam fighters attacked army positions near Harasta on April 6,"
            + " according to an official source.</p>"
            + "<p>Russian military police entered Douma on April 8, the Russian Defense Ministry"
            + " said.</p>",
        "<div class=\"comment\"><span class=\"author\">reader1</span><p>Nobody shelled"
            + " anything.</p></div>"));
    out.add(page(dir, "beta-douma.html", "Beta Monitor", "2018-04-08T15:30:00",
        "Monitor: army bombardment of Douma kills civilians",
        "<p>The Syrian Observatory for Human Rights said Syrian army troops shelled Douma on"
            + " April 7, 2018, killing 12 civilians.</p>"
            + "<p>Jaish al-Islam denied that its fighters attacked Harasta on April 6.</p>"
            + "<p>Rebels withdrew from Douma to Jarabulus on April 9, the Observatory said.</p>",
        ""));
    out.add(page(dir, "gamma-douma.html", "Gamma TV", "2018-04-09T09:00:00",
        "Buses leave Douma for the north",
        "<p>Jaish al-Islam fighters withdrew from Douma to Eastern Qalamoun on April 9, 2018,"
            + " SANA said.</p>"
            + "<p>Syrian army troops shelled Douma on April 7, 2018, the state agency"
            + " added.</p>",
        ""));
    out.add(page(dir, "delta-idlib.html", "Delta Daily", "2019-05-02T08:00:00",
        "Airstrikes hit Idlib countryside",
        "<p>Russian warplanes bombed Khan Shaykhun in Idlib province on May 1, 2019, the"
            + " Syrian Observatory for Human Rights said.</p>"
            + "<p>Hayat Tahrir al-Sham fighters attacked Syrian army positions near Kafr Nabudah"
            + " on May 1, 2019.</p>",
        ""));
    out.add(hostile(dir));
    return out;
  }

  /** The hostile page alone. */
  public static Path hostile(Path dir) throws IOException {
    String rlo = "\u202E";
    String title = "<script>window." + PWNED + "=1</script><img src=x onerror=\"window."
        + PWNED + "=2\"> Army shells Douma " + rlo + "gnp.exe" + "\u202C";
    String body = "<p>Syrian army troops shelled Douma on April 7, 2018, SANA reported."
        + " &lt;script&gt;window." + PWNED + "=3&lt;/script&gt; &lt;img src=x onerror=window."
        + PWNED + "=4&gt; &lt;a href=\"javascript:window." + PWNED + "=5\"&gt;click&lt;/a&gt; "
        + rlo + "evil" + "\u202C" + "</p>"
        + "<p>Jaish al-Islam fighters attacked army positions in Douma on April 7, 2018,"
        + " &lt;b onmouseover=window." + PWNED + "=6&gt;an official source said.</p>";
    String comments = "<div class=\"comment\"><span class=\"author\">&lt;img src=x onerror=window."
        + PWNED + "=7&gt;</span><p>&lt;script&gt;window." + PWNED + "=8&lt;/script&gt;</p></div>";
    return page(dir, "zz-hostile.html", "Hostile " + rlo + "Outlet", "2018-04-08T12:00:00",
        title, body, comments);
  }

  static Path page(Path dir, String name, String outlet, String published, String title,
      String body, String comments) throws IOException {
    String html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>" + escape(title) + " | " + escape(outlet) + "</title>\n"
        + "<meta property=\"og:site_name\" content=\"" + escape(outlet) + "\">\n"
        + "<meta property=\"og:title\" content=\"" + escape(title) + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + published + "\">\n"
        + "</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
        + "<article><h1>" + escape(title) + "</h1>\n<div class=\"byline\">By Staff Writer</div>\n"
        + "<time datetime=\"" + published + "\">" + published.substring(0, 10) + "</time>\n"
        + "<div class=\"article-body\">" + body + "</div></article>\n"
        + "<section class=\"comments\"><h2>Comments</h2>" + comments + "</section>\n"
        + "<footer>Share on Facebook | Donate</footer></body></html>\n";
    Path p = dir.resolve(name);
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"",
        "&quot;");
  }
}
