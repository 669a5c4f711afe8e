package org.sitrep.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.text.DataFiles;
import org.sitrep.text.Patterns;

/**
 * Whether a report tells an attack as a campaign (an offensive, an operation, "weeks of
 * bombardment": {@code campaign.tsv}) rather than one strike, read in its trigger and the words
 * just before it. Reports of one campaign merge over {@link #WINDOW} days; single strikes over
 * the assault's own window.
 */
final class Campaign {
  /** The most days the dated reports of one campaign may span. */
  static final long WINDOW = 60;
  /* How far before the trigger a cue is read ("more than two weeks of ferocious bombardment"). */
  private static final int BEFORE = 40;
  private static final Pattern CUES;

  static {
    List<String> latin = new ArrayList<>();
    List<String> arabic = new ArrayList<>();
    for (String[] r : DataFiles.readTsv(Campaign.class, "campaign.tsv")) {
      (r[0].chars().anyMatch(c -> c >= '\u0600' && c <= '\u06FF') ? arabic : latin).add(r[0]);
    }
    CUES = Pattern.compile("(?<![\\p{L}])(?:" + Patterns.alternationWithMarks(latin)
        + ")(?![\\p{L}])"
        + "|(?<![\\p{L}])(?:[وف]?[بل]?(?:ال)?)(?:" + Patterns.alternationWithMarks(arabic)
        + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private Campaign() {}

  /** Whether the event is an assault told as a campaign. */
  static boolean of(Event e) {
    if (!Roles.anyIs("attack", e.event())) {
      return false;
    }
    Event.TextInfo ti = e.textInfo();
    String text = e.eventText();
    if (ti == null || text == null || ti.triggerEnd() <= ti.triggerStart()) {
      return false;
    }
    int t0 = Math.max(0, ti.triggerStart() - ti.start());
    int t1 = Math.min(text.length(), ti.triggerEnd() - ti.start());
    if (t0 >= t1) {
      return false;
    }
    return CUES.matcher(text).region(Math.max(0, t0 - BEFORE), t1).find();
  }
}
