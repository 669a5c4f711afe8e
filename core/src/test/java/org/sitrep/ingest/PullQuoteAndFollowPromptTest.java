package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chrome of transfer-23's study half (s31), on a page of our own wording: a pull quote set
 * inside the text (a line that is one quotation repeating a paragraph's words), a follow prompt
 * naming the site and its networks, an "ALSO IN X:" line, an "Additional reporting:" credit, a
 * newsletter's consent line, an "ADVERT" label and a reproduction rule. Fails on the code
 * before the change.
 */
class PullQuoteAndFollowPromptTest {

  @Test
  void pullQuotesPromptsAndCreditsInsideTheTextGo() {
    String body = TextPages.read("""
        Harbour News Agency
        English
        Home › World
        Aid worker killed in strike on convoy near the border crossing
        2024-03-04T10:15
        An aid worker was killed and two others were wounded on Monday when a strike hit their convoy near the border crossing, the charity said.
        He stayed because the people of the town needed him, his brother told reporters at the hospital on Tuesday.
        “He stayed because the people of the town needed him”
        ALSO IN HNA: Relatives gather outside the embassy to demand answers
        The charity said it had shared the convoy's route with both sides before it set off from the warehouse in the morning.
        ADVERT
        Get the Harbour Morning Brief
        By signing up you agree to our Terms and Privacy Policy.
        The army said it was looking into the report and that it did not target aid workers.
        Follow HNA News on Facebook and X and never miss an update!
        Additional reporting: HNA correspondent in the capital
        Reproduction of HNA materials is allowed only with a hyperlink to the source.
        """).body().text();
    assertTrue(body.contains("did not target aid workers"), body);
    assertTrue(body.contains("his brother told reporters"), body);
    assertFalse(body.contains("“He stayed"), body);
    assertFalse(body.contains("ALSO IN"), body);
    assertFalse(body.contains("ADVERT"), body);
    assertFalse(body.contains("Morning Brief"), body);
    assertFalse(body.contains("By signing up"), body);
    assertFalse(body.contains("Follow HNA"), body);
    assertFalse(body.contains("Additional reporting"), body);
    assertFalse(body.contains("Reproduction of"), body);
  }

  @Test
  void listenLabelsAndStandInPictureLabelsGo() {
    // transfer-24's study half: "New: You can now listen to articles.", "Representative image"
    String body = TextPages.read("""
        Harbour News Agency
        Drone attack halts work at gas field in the north
        Published March 4, 2024
        New: You can now listen to articles.
        A drone attack halted work at a gas field in the north on Monday, the operator said, the third such attack this year.
        Representative image
        The operator said no one was hurt and that production would resume once the damage had been assessed by its engineers.
        Listen to this article 4 min
        Local officials said the drone had been launched from an area south of the field, without naming any group.
        """).body().text();
    assertTrue(body.contains("without naming any group"), body);
    assertFalse(body.contains("listen to"), body);
    assertFalse(body.contains("Listen to"), body);
    assertFalse(body.contains("Representative image"), body);
  }
}
