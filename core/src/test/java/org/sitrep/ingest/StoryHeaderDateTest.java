package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A news network's page: the headline, the site's day in its date bar, the menu, then the story
 * with its headline printed again, its source and its own date line. The story's date is the one
 * under its headline, not the site's day above the menu. From the htmldate pages read as text
 * (study half, s29); the page is of our own wording and fails on the code before the change.
 */
class StoryHeaderDateTest {

  @Test
  void theDateUnderTheHeadlinesRepeatIsTheStorys() {
    Document d = TextPages.read("""
        Floodwaters recede in river towns as rain eases

        Wed, 9 Mar 2022

        Menu

        Home

        Region

        World

        Business

        Sport

        Issue No. 0311/22

        Floodwaters recede in river towns as rain eases

        Wire Desk

        8 Mar 2022, 21:40 GMT+3

        Floodwaters began to recede in the river towns of the northern plain on Tuesday as the rain eased for the first time in a week, officials said.

        Thousands of residents who had left their homes were told they could return to the higher districts from Wednesday morning.

        Engineers were inspecting two bridges that the water had reached, and the main road to the provincial capital stayed closed.
        """);
    assertEquals("2022-03-08", d.published().value().substring(0, 10), d.published().toString());
    assertTrue(d.body().text().startsWith("Floodwaters began to recede"), d.body().text());
  }
}
