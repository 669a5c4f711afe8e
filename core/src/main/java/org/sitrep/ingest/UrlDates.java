package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Published;

/**
 * Reads the day a page's address holds ("/2018/08/02/", "/2020-04-28-", "/20200428/",
 * "/news-29.10.2021.html"): the HTML reader's canonical address and a text page's address line
 * (a printed copy's, a saved copy's) alike.
 */
final class UrlDates {
  private UrlDates() {}

  /* A full date in the page's address: /2018/08/02/, /2020-04-28-, /20200428/, _20030331_. */
  private static final Pattern URL_DATE = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

  /* The same written day first: /meldungen/29-10-2021, /news-29.10.2021.html. */
  private static final Pattern URL_DATE_DMY = Pattern.compile(
      "[/_-](0[1-9]|[12]\\d|3[01])([-_.])(0[1-9]|1[0-2])\\2((?:19|20)\\d{2})(?=[/_.-]|$)");

  /* Month and day unpadded between slashes: /details/2019/3/4/1528913/. */
  private static final Pattern URL_DATE_UNPADDED = Pattern.compile(
      "/((?:19|20)\\d{2})/([1-9]|1[0-2])/([1-9]|[12]\\d|3[01])/");

  /* An address in a line of text. */
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  /** The day in {@code url}'s path (not its host, not a web archive's stamp), or null. */
  static Published find(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String path = url.strip().replaceFirst("^[a-z]+://[^/]+", "");
    path = path.replaceFirst("^/web/\\d{14}/.*?://[^/]+", ""); // an archive's own stamp is no date
    Matcher m = URL_DATE.matcher(path);
    if (m.find()) {
      return new Published(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "day", "url",
          url.strip());
    }
    m = URL_DATE_DMY.matcher(path);
    if (m.find()) {
      return new Published(m.group(4) + "-" + m.group(3) + "-" + m.group(1), "day", "url",
          url.strip());
    }
    m = URL_DATE_UNPADDED.matcher(path);
    if (m.find()) {
      return new Published(String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(1),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), "day", "url", url.strip());
    }
    return null;
  }

  /** The day of the first address in a line of text that holds one, or null. */
  static Published inLine(String line) {
    Matcher m = URL.matcher(line);
    return m.find() ? find(m.group()) : null;
  }
}
