package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

/**
 * A page that nothing else dated takes the date of a line that is only a date outside its body:
 * a channel post's date under the post, a forum post's date among the member panel above it
 * (pages in wording of our own). Both fail on the parser before dateOutsideBody.
 */
class DateOutsideBodyTest {
  private static Document read(String page) {
    return TextPages.read(page);
  }

  @Test
  void aPostsDateUnderThePost() {
    Document d = read("""
        Telegram
        Valley Field Notes
        8.2K subscribers
        Floods cut the coastal road near Marsa
        Floods cut the coastal road near the town of Marsa early on Thursday after two days of heavy rain, local officials said.
        Crews worked through the night to clear the mud, and the officials said the road could reopen by the weekend.
        #Marsa #floods
        👁 3.1K
        10:42
        March 4, 2021
        """);
    assertEquals("2021-03-04", d.published().value().substring(0, 10));
    assertFalse(d.body().text().contains("March 4, 2021"));
  }

  @Test
  void aForumPostsDateAmongItsMemberPanel() {
    Document d = read("""
        Harbour Talk Forum > Local News > Fire destroys warehouse at the old harbour
        Register
        FAQ
        Calendar
        Today's Posts
        Search
        Thread Tools
        Display Modes
        #1
        02-17-2022, 08:05 PM
        harbour_watch
        Senior Member
        Join Date: Jan 2015
        Fire destroys warehouse at the old harbour
        A fire destroyed a warehouse at the old harbour early on Thursday, and firefighters needed six hours to bring the flames under control, the civil defence said.
        No one was hurt, but the owners said the stored grain was lost and that the damage ran into the millions.
        Reply With Quote
        """);
    assertEquals("2022-02-17", d.published().value().substring(0, 10));
  }
}
