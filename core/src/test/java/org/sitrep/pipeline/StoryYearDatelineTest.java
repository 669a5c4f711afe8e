package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.PageReader;
import org.sitrep.ingest.YearlessDates;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.output.RecordWriter;
import org.sitrep.time.DateResolver;

/**
 * An undated page whose dateline writes the day and month but no year ("TRIPOLI, April 9 (LNA)
 * –") takes the year of its story's pages as its publication day, basis "inferred"; a sentence
 * that opens with a day ("Since April 7, …") is no dateline.
 */
class StoryYearDatelineTest {
  @TempDir Path tmp;

  private static final PageReader READER = new PageReader();

  private static Document read(String text) {
    PageReader.Result r = READER.read(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    return assertInstanceOf(PageReader.Ok.class, r).document();
  }

  private static YearlessDates.LeadDay lead(String text) {
    Document d = read(text);
    return YearlessDates.leadDay(d.text(), d.body().paragraphs());
  }

  private static DateResolver.Anchor story(String day) {
    return new DateResolver.Anchor(LocalDate.parse(day), "story", 0.8,
        DateResolver.Mode.NEAREST);
  }

  private static final String UNDATED = "Forces say they hold the road south of Gharyan\n\n"
      + "TRIPOLI, April 9 (LNA) – Forces loyal to the eastern command said on Tuesday they held"
      + " the road south of Gharyan after a night of clashes with the Tripoli government's units."
      + "\n\nA spokesman for the Gharyan council said families had left the western quarter.\n";

  @Test
  void datelinesOfSeveralShapesGiveTheirDayAndMonth() {
    YearlessDates.LeadDay a = lead(UNDATED);
    assertNotNull(a);
    assertEquals(4, a.month());
    assertEquals(9, a.day());
    YearlessDates.LeadDay b = lead("Ministry reports a strike near the port\n\n"
        + "Aden. May 3. SABA – The ministry said a strike hit a depot near the port.\n\n"
        + "No casualties were reported.\n");
    assertNotNull(b);
    assertEquals(5, b.month());
    YearlessDates.LeadDay c = lead("وصول قافلة إلى المدينة\n\n"
        + "عدن، 3 مايو (سبأ) - وصلت قافلة من المساعدات إلى المدينة صباح اليوم.\n\n"
        + "وقال مسؤول محلي إن القافلة تضم عشرين شاحنة.\n");
    assertNotNull(c);
    assertEquals(3, c.day());
  }

  @Test
  void aSentenceOpeningWithADayIsNoDateline() {
    assertNull(lead("Army advances on the town\n\n"
        + "Since April 7, the army and allied units have advanced on the town from three sides."
        + "\n\nThe group has not answered the offer.\n"));
    assertNull(lead("Talks postponed\n\n"
        + "On April 4, the mediators put off a round of talks with the local notables.\n\n"
        + "They gave no new date.\n"));
  }

  @Test
  void theYearNearestTheStorysDateIsTakenAcrossTheNewYear() {
    Document d = read("Convoy reaches the border crossing\n\n"
        + "GENEVA, Jan. 2 (UNN) – A convoy of aid reached the border crossing on Thursday, the"
        + " agency said.\n\nIt carried food for some twenty thousand people.\n");
    Published p = Stages.inferredPublished(d, story("2019-12-30"));
    assertNotNull(p);
    assertEquals("2020-01-02", p.value());
    assertEquals("inferred", p.basis());
    assertEquals("day", p.precision());
    assertTrue(p.evidence().startsWith("Jan. 2"), p.evidence());
  }

  @Test
  void noStoryDateNoPageDateOrAFarStoryGivesNothing() {
    Document d = read(UNDATED);
    assertNull(Stages.inferredPublished(d, null));
    assertNull(Stages.inferredPublished(d, DateResolver.Anchor.NONE));
    assertNull(Stages.inferredPublished(d, story("2019-09-30")), "over three months away");
    assertNull(Stages.inferredPublished(d, DateResolver.Anchor.published(
        LocalDate.parse("2019-04-08"))), "not a story's date");
    Document dated = read("Forces say they hold the road south of Gharyan\n\n"
        + "TRIPOLI, April 9, 2019 (LNA) – Forces said they held the road south of Gharyan.\n\n"
        + "A spokesman said families had left.\n");
    assertNotNull(dated.published().value());
    assertNull(Stages.inferredPublished(dated, story("2019-04-08")));
  }

  @Test
  void analyzeWritesTheInferredDayAndLeavesTheOtherDocumentsAsTheyWere() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-dated.txt"), "Clashes south of Gharyan, council says\n\n"
        + "8 April 2019\n\n"
        + "Clashes broke out south of Gharyan on Monday between the eastern command's forces and"
        + " units of the Tripoli government, a spokesman for the Gharyan council said.\n\n"
        + "The council said families were leaving the western quarter of Gharyan.\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b-undated.txt"), UNDATED, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    new Analyzer(Analyzer.Options.defaults()).run(List.of(in.toString()), out,
        Analyzer.Progress.NONE);
    Map<String, JsonNode> docs = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
      JsonNode n = RecordWriter.mapper().readTree(line);
      docs.put(Path.of(n.get("input").asText()).getFileName().toString(), n);
    }
    assertEquals("2019-04-08", docs.get("a-dated.txt").get("published").get("value").asText());
    assertEquals("page", docs.get("a-dated.txt").get("published").get("basis").asText());
    JsonNode b = docs.get("b-undated.txt").get("published");
    assertEquals("2019-04-09", b.get("value").asText());
    assertEquals("inferred", b.get("basis").asText());
    assertTrue(b.get("evidence").asText().contains("April 9"), b.toString());
    assertTrue(docs.get("b-undated.txt").has("warnings"), "the record is otherwise as written");
    assertTrue(Files.notExists(out.resolve("documents.jsonl.tmp")));
  }
}
