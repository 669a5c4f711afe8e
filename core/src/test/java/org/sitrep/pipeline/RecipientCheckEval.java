package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.events.EventCoder;
import org.sitrep.ingest.PageReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.mentions.MentionFinder;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.time.DateResolver;

/**
 * Single sentences of our own ({@code events/recipient-check.tsv}, and {@code
 * recipient-check-2.tsv} written after the mechanisms, the held-out part), each read as a page of
 * its own: the share whose first coded event names the recipient an analyst would code, per
 * language and per the structure that carries it ("against X", "X-held", a passive subject …).
 * A sentence with no event counts as a miss. The set was written and scored before the recipient
 * mechanisms it checks; the floors sit 0.02 under the figures they reached.
 */
class RecipientCheckEval {
  /*
   * Per file and language: 0.02 under the figures the branch s21-args reached; for the third
   * file (s22-args, written blind; odd rows studied, even rows held out), under s22-args'. The
   * third file's English floor went 0.78 -> 0.755 in s23: its row 20 ("Rights groups condemned
   * the killing of four protesters by security forces …") is read by its first event, the
   * condemnation, whose recipient is now the condemned forces (the "by" after an active verb's
   * object no longer makes them its doer), not the protesters of the killing coded after it.
   */
  private static final Map<String, Double> FLOOR = Map.of("recipient-check.tsv en", 0.855,
      "recipient-check.tsv ar", 0.78, "recipient-check-2.tsv en", 0.813,
      "recipient-check-2.tsv ar", 0.68, "recipient-check-3.tsv en", 0.755,
      "recipient-check-3.tsv ar", 0.63);

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"recipient-check.tsv",
      "recipient-check-2.tsv", "recipient-check-3.tsv"})
  void recipientsAreWhomTheDeedWasDoneTo(String file) throws IOException {
    Knowledge k = Knowledge.defaults();
    MentionFinder finder = new MentionFinder(k);
    EventCoder coder = new EventCoder(k);
    PageReader reader = new PageReader();
    Map<String, int[]> tally = new TreeMap<>(); // lang, or lang class -> right, rows
    List<String> misses = new ArrayList<>();
    int row = 0;
    Path path = Path.of("src/test/resources/events/" + file);
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      String[] r = line.split("\t");
      if (line.startsWith("#") || r.length < 4 || r[0].equals("lang")) {
        continue;
      }
      PageReader.Result res = reader.read(r[3].getBytes(StandardCharsets.UTF_8), "s.txt");
      Document d = assertInstanceOf(PageReader.Ok.class, res, res::toString).document();
      List<Event> ev = coder.code(d, finder.find(d).mentions(), DateResolver.Anchor.NONE);
      boolean right = !ev.isEmpty() && matches(ev.get(0).recipient(), r[2]);
      row++;
      for (String key : List.of(r[0], r[0] + " " + r[1], r[0] + (row % 2 == 1 ? " odd" : " even"))) {
        int[] t = tally.computeIfAbsent(key, x -> new int[2]);
        t[0] += right ? 1 : 0;
        t[1]++;
      }
      if (!right) {
        misses.add(row + " " + r[0] + " " + r[1] + " want " + r[2] + " got "
            + (ev.isEmpty() ? "no event" : ev.get(0).event() + " " + ev.get(0).recipient().stream()
                .map(m -> m.entityText() + "=" + m.identifierId()).toList()) + ": " + r[3]);
      }
    }
    tally.forEach((key, t) -> System.out.printf(Locale.ROOT,
        "%s %s: recipient %.3f (%d/%d)%n", file, key, (double) t[0] / t[1], t[0], t[1]));
    if (System.getProperty("recipient.misses") != null) {
      misses.forEach(m -> System.out.println("MISS " + m)); // -Drecipient.misses lists them
    }
    for (String lang : List.of("en", "ar")) {
      int[] t = tally.get(lang);
      assertTrue((double) t[0] / t[1] >= FLOOR.get(file + " " + lang),
          file + " " + lang + " recipient " + t[0] + "/" + t[1] + "; misses: " + misses);
    }
  }

  /*
   * True when one of {@code expected}'s alternatives ("a|b") is in a recipient's id, canonical
   * name or words: contained, or a whole word when it has three letters or fewer.
   */
  private static boolean matches(List<Event.Entity> recipients, String expected) {
    for (Event.Entity e : recipients) {
      String all = String.join(" ", String.valueOf(e.identifierId()),
          String.valueOf(e.identifierText()), String.valueOf(e.entityText()))
          .toLowerCase(Locale.ROOT);
      for (String want : expected.toLowerCase(Locale.ROOT).split("\\|")) {
        boolean hit = want.length() > 3 ? all.contains(want)
            : List.of(all.split("[^\\p{L}\\p{N}]+")).contains(want);
        if (hit) {
          return true;
        }
      }
    }
    return false;
  }
}
