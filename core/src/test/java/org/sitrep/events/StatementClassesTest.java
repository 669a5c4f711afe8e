package org.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Classes of statement wording that coded nothing or the wrong thing on the studied blind pages
 * (issue #10): threats of a response, claims called false, responsibility laid on a party, the
 * end of a quotation as a clause break, a participle that describes a force. Our own sentences.
 */
class StatementClassesTest {
  static List<String> categories(String sentence) {
    return EventCoderTest.code("2019-08-12", sentence).stream()
        .map(e -> e.event().get(0)).toList();
  }

  @Test
  void aThreatOfAResponseIsAThreat() {
    assertTrue(categories("Turkey would respond firmly to any provocation on its border, the"
        + " ministry said.").contains("THREATEN"));
    assertTrue(categories("The council will not tolerate attacks on the port, its spokesman"
        + " said.").contains("THREATEN"));
    assertTrue(categories("There will be a heavy price to pay for this, the general said.")
        .contains("THREATEN"));
  }

  @Test
  void claimsCalledFalseAreRejected() {
    assertTrue(categories("The foreign ministry said the claims were false.")
        .contains("REJECT"));
  }

  @Test
  void responsibilityLaidOnAPartyAccusesIt() {
    List<Event> ev = EventCoderTest.code("2019-08-12", "The Yemeni foreign ministry said the"
        + " Southern Transitional Council bore full responsibility for the bloodshed.");
    Event e = EventCoderTest.first(ev, "ACCUSE").orElseThrow();
    assertFalse(e.recipient().isEmpty(), "the party held responsible");
  }

  @Test
  void aQuotationEndsTheClauseOfItsThreat() {
    List<String> c = categories("\"The coalition will not tolerate any threat to the city,\""
        + " he said, adding that a coalition jet had struck a target near the port.");
    assertTrue(c.contains("THREATEN"), c.toString());
    assertTrue(c.contains("ASSAULT"), "the strike is a deed of its own: " + c);
  }

  @Test
  void aForceBackedByAnotherIsNoSupport() {
    List<String> c = categories("Separatist fighters backed by the United Arab Emirates took"
        + " control of the airport on Saturday.");
    assertFalse(c.contains("SUPPORT"), c.toString());
    assertTrue(c.contains("COERCE"), c.toString());
  }

  @Test
  void whatAMoveIsMeantToPreventIsNoDeed() {
    assertEquals(List.of(), categories("We moved our families out so that the militia could"
        + " not kill them, the commander said.").stream()
        .filter(x -> x.equals("ASSAULT")).toList());
  }

  @Test
  void aGapInAPhraseStaysInsideItsClause() {
    // "defend * government" would reach across the comma into the attribution
    List<String> c = categories("Rebel fighters took the airport after the presidential guard"
        + " units defending it withdrew, two government officials said.");
    assertTrue(c.contains("RETREAT"), c.toString());
    assertFalse(c.contains("SUPPORT"), c.toString());
  }

  @Test
  void aSecondVerbAfterADemandIsADeedOfItsOwn() {
    List<String> c = categories("The council called for calm in the capital and deployed"
        + " troops at the main crossings on Sunday.");
    assertTrue(c.contains("REQUEST") && c.contains("MOBILIZE"), c.toString());
    assertFalse(categories("The council demanded that the militia be disarmed and disbanded.")
        .contains("SANCTION"));
  }

  @Test
  void theSpeakersOwnDeedBeforeAndSaidIsCoded() {
    List<String> c = categories("The Turkish foreign ministry rejected the accusations and said"
        + " it supported the envoy's initiative.");
    assertTrue(c.contains("REJECT"), c.toString());
    assertTrue(c.contains("SUPPORT"), "a second report, not what the rejection refuses: " + c);
  }

  @Test
  void eachTermOfAListedDealIsAnEvent() {
    List<Event> ev = EventCoderTest.code("2018-04-08", "Under the deal, the fighters will hand"
        + " over their heavy weapons, free all the abductees and leave for Idlib within 48 hours.");
    List<String> modes = ev.stream().filter(e -> e.event().contains("RETREAT"))
        .flatMap(e -> e.mode().stream()).toList();
    assertTrue(modes.containsAll(List.of("disarm", "release", "withdraw")), modes.toString());
    assertFalse(categories("At least 40 people were killed in the town, rescue workers said.")
        .contains("AID"));
  }

  @Test
  void aDeedNamedAgainAsATimeIsNoNewEvent() {
    List<String> c = categories("On Monday, a day after the attack, the militia agreed to leave"
        + " the district.");
    assertFalse(c.contains("ASSAULT"), c.toString());
    assertTrue(c.contains("CONCEDE"), c.toString());
  }
}
