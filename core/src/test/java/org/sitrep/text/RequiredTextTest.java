package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void readsTheLiteralTextOfTheTopLevel() {
    assertEquals(List.of(List.of(" not necessarily ")),
        RequiredText.pieces(".{0,80}\\b(?:do|does|did) not necessarily (reflect|represent)\\b")
            .subList(1, 2));
    assertEquals(List.of(List.of(":")),
        RequiredText.pieces("(?:photo|image)s?\\s?:\\s?[^.!?:]{2,60}\\)?\\.?$").subList(1, 2));
    // an optional letter is no piece, and a repeated one ends its run
    assertEquals(List.of(List.of("photo"), List.of("credit")),
        RequiredText.pieces("photos?\\s+credit"));
    assertEquals(List.of(List.of("ab")), RequiredText.pieces("ab+c?"));
  }

  @Test
  void anAlternationNeedsOneOfItsAlternativesTexts() {
    assertEquals(List.of(List.of("read more", "see also")),
        RequiredText.pieces("read more|see also"));
    assertEquals(List.of(List.of("tweet", "share"), List.of(" ")),
        RequiredText.pieces("(tweet|share) (this|it)?"));
    // an alternative that needs no text: the whole needs none
    assertEquals(List.of(), RequiredText.pieces("[$€£]\\d+|\\d+\\s?usd"));
    assertEquals(List.of(), RequiredText.pieces("(?:a|\\d)b?"));
  }

  @Test
  void optionalGroupsAndLookaroundsNeedNothing() {
    assertEquals(List.of(List.of("x")), RequiredText.pieces("(?:abc)?[xyz]?(?=def)x(?!ghi)"));
  }

  @Test
  void aPlainClassNeedsOneOfItsMembers() {
    assertEquals(List.of(List.of("x", "y", "z"), List.of("x")),
        RequiredText.pieces("(?:abc)?[xyz]+(?=def)x(?!ghi)"));
    assertEquals(List.of(List.of("]", "a"), List.of("]")), RequiredText.pieces("[]a]{2}\\]"));
    assertEquals(List.of(List.of("(", "[")), RequiredText.pieces("[^.!?]\\s?[(\\[]\\s?"));
    // negated, ranges, sets named by an escape, nested classes: no piece
    assertEquals(List.of(List.of("x")), RequiredText.pieces("[^a]x"));
    assertEquals(List.of(List.of("x")), RequiredText.pieces("[a-c]x"));
    assertEquals(List.of(List.of("y")), RequiredText.pieces("[\\sx]y"));
    assertEquals(List.of(List.of("y")), RequiredText.pieces("[a[bc]]y"));
    // but a dash first or last is a member
    assertEquals(List.of(List.of("-", "+")), RequiredText.pieces("[-+]\\d"));
  }

  @Test
  void theTestNeverRulesOutAMatch() {
    String[] regexes = {
        ".{0,80}\\b(do|does|did) not necessarily (reflect|represent|express)\\b",
        "(?:(?:photo|image)s?\\s?(?:credit)?|credits?|(?:تصوير|عدسة))\\s?:\\s?[^.!?؟:]{2,60}\\)?\\.?$",
        "(?:reuters|afp|ap)(?:\\s?photo)?/[\\p{L}][\\p{L}\\p{N} .'’/-]{1,60}\\)?\\.?$",
        "(أضف|اضف|أكتب)\\s(تعليقك|تعليقا)",
        "(?-i:\\p{Lu}\\p{Ll}+) ?/ ?(?-i:\\p{Lu})\\w+",
        "[^.!?؟]\\s?[(\\[]\\s?(afp|ap|reuters|سانا)\\s?[)\\]]\\.?$",
        "[^★☆]{0,24}[★☆][★☆\\s]{2,}.{0,40}",
    };
    String[] lines = {
        "The views expressed here DO NOT NECESSARILY REFLECT those of the site",
        "Displaced families near the border. PHOTO CREDIT: Jane Roe",
        "Smoke over the town (Reuters Photo/John Doe)",
        "صورة للمدينة. تصوير: أحمد علي",
        "أضف تعليقك",
        "Smoke rises (Jane Roe / Reuters)",
        "Smoke ſeen over Raqqa", // a long s folds to s, as the regex's case-insensitive match does
        "an ordinary sentence of the body, with no credit at all.",
        "Fighters near the front line [AFP]",
        "Rated ★★★☆ by readers",
    };
    for (String re : regexes) {
      Pattern p = Pattern.compile(re, CI);
      RequiredText needs = RequiredText.of(p);
      for (String line : lines) {
        if (p.matcher(line).find()) {
          assertTrue(needs.mayMatch(RequiredText.fold(line)), re + " / " + line);
        }
      }
    }
    RequiredText credit = RequiredText.of(Pattern.compile(regexes[1], CI));
    assertFalse(credit.mayMatch(RequiredText.fold(lines[7])), "a line without a colon");
    assertTrue(RequiredText.of(Pattern.compile("s", CI)).mayMatch(RequiredText.fold("ſ")));
    RequiredText stars = RequiredText.of(Pattern.compile(regexes[6], CI));
    assertFalse(stars.mayMatch(RequiredText.fold(lines[7])), "a line without a star");
  }
}
