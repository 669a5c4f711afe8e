package org.sitrep.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Geo;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;

/**
 * Links documents into stories and their events into real-world events, one document at a time
 * (so that a stream can feed it): a document joins the story whose actors and places it shares
 * most, within a time window, or opens a new one; each event joins the merged events it is
 * compatible with (same process, shared participants, nearby places, dates within the process's
 * window), merging them if it bridges several. Not thread-safe: one linker per stream.
 */
public final class StoryLinker {
  private static final Pattern ENDED = Pattern.compile(
      "(?i)\\b(?:ended|expired|over|stopped|suspended|halted|collapsed|broke down)\\b|انتهت|توقفت");
  private static final Pattern CONTINUING = Pattern.compile(
      "(?i)\\b(?:continu\\w*|ongoing|resum\\w*|underway)\\b|مستمرة|تتواصل");

  private final Knowledge knowledge;
  private final List<StoryState> stories = new ArrayList<>();
  private final Map<String, String> outletOf = new HashMap<>();
  /* The stories that hold each identity, in story order: the stories a document can join. */
  private final Map<String, List<StoryState>> storiesWith = new HashMap<>();
  /* Every event added, in the order added, and (unless links only) its full record. */
  private final List<Report> reports = new ArrayList<>();
  private final List<Event> events;
  /* One instance of each list and string the reports hold (copies of a page share them). */
  private final Map<Object, Object> shared = new HashMap<>();

  /** A linker that keeps every event's record, for {@link #linkedEvents}. */
  public StoryLinker(Knowledge knowledge) {
    this(knowledge, true);
  }

  private StoryLinker(Knowledge knowledge, boolean keepEvents) {
    this.knowledge = knowledge;
    this.events = keepEvents ? new ArrayList<>() : null;
  }

  /**
   * A linker that keeps only what linking and the story records need of each event (a few
   * ids and keys, not its text or entities), so that its memory grows by about 150 bytes an
   * event: {@link #linkedEvents} is not available; {@link #links} gives each event's story and
   * merged event, for a caller that keeps the events itself (on disk).
   */
  public static StoryLinker linksOnly(Knowledge knowledge) {
    return new StoryLinker(knowledge, false);
  }

  /*
   * One real-world event being built: its reports and what they share, and what its record
   * gathers from them (categories, actors, recipients, the first place), so that it need not
   * read them again.
   */
  final class Group {
    /* How many of its first reports sameFrame and nearby read. */
    static final int PLACES_READ = 25;

    final long seq;
    final String id;
    final String family;
    final String story;
    final List<Report> reports = new ArrayList<>();
    final Set<String> participants = new HashSet<>();
    final Set<String> doers = new HashSet<>();
    int first = Report.NO_DAY;
    int last = Report.NO_DAY;
    /*
     * The span of its reports' dates that bound its window: the days stated (sureFirst,
     * sureLast) and the days only guessed from a story's day (Report.guessed).
     */
    int sureFirst = Report.NO_DAY;
    int sureLast = Report.NO_DAY;
    int guessFirst = Report.NO_DAY;
    int guessLast = Report.NO_DAY;
    /* The sides its assaults and seizures name as doers and as targets (Report.actorSide). */
    final Set<String> doerSides = new HashSet<>();
    final Set<String> targetSides = new HashSet<>();
    /* Whether a report tells it as a campaign. */
    boolean campaign;
    /*
     * How many of its seizures tell force holding people or movement (Report.holds), and how
     * many a place taken: one report of a convoy stopped among reports of the town taken (a
     * coder reading "took the town and cut the road" as a blockade) does not make the taking a
     * blockade.
     */
    int holding;
    int taking;
    /* Whether a report gives it a topic (Kinship.TOPIC joins only reports that give none). */
    boolean topical;
    /* Latitude and longitude of its first reports (NaN for one without a place). */
    double[] places = new double[4];
    /* The same places with their province and reach (Vicinity), null for one without. */
    Vicinity.Spot[] spots = new Vicinity.Spot[2];
    int placesRead;
    boolean located;
    final Map<String, Integer> categories = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> recipients = new LinkedHashMap<>();
    Event.Location loc;
    /* The first place of a report whose place is doubted (Vicinity.foreign), if loc is none. */
    Event.Location doubtedLoc;

    /*
     * A merged event with a given number, "m" + seq: one more than the place of the report that
     * opened it among all reports added (a restored one keeps its number), so that numbers do
     * not depend on merged events that were opened and later absorbed into others.
     */
    Group(long seq, String family, String story) {
      this.seq = seq;
      this.id = "m" + seq;
      this.family = family;
      this.story = story;
    }

    void add(Report r, Event e) {
      track(r);
      Event.Location l = e.eventLoc();
      boolean at = l != null && l.lat() != null;
      Vicinity.Spot spot = Vicinity.of(l);
      place(at ? l.lat() : Double.NaN, at ? l.lon() : Double.NaN,
          spot != null && r.doubtful ? spot.withDoubt() : spot);
      for (String c : e.event()) {
        categories.merge(c, 1, Integer::sum);
      }
      for (Event.Entity a : e.actor()) {
        actors.computeIfAbsent(key(a), k -> entity(a));
      }
      for (Event.Entity a : e.recipient()) {
        recipients.computeIfAbsent(key(a), k -> entity(a));
      }
      if (loc == null && l != null && !r.doubtful) {
        loc = l;
      } else if (doubtedLoc == null && l != null && r.doubtful) {
        doubtedLoc = l;
      }
    }

    /* Takes in every report of another group, in its order: as if each were added here. */
    void absorb(Group other) {
      for (Report r : other.reports) {
        track(r);
      }
      for (int i = 0; i < other.placesRead; i++) {
        place(other.places[2 * i], other.places[2 * i + 1], other.spots[i]);
      }
      other.categories.forEach((c, n) -> categories.merge(c, n, Integer::sum));
      other.actors.forEach(actors::putIfAbsent);
      other.recipients.forEach(recipients::putIfAbsent);
      if (loc == null) {
        loc = other.loc;
      }
      if (doubtedLoc == null) {
        doubtedLoc = other.doubtedLoc;
      }
    }

    private void track(Report r) {
      if (tracking) { // a link that changed, for drainLinks
        changed.put(r.id, new Link(r.id, story, id, reports.size()));
      }
      reports.add(r);
      r.group = this;
      participants.addAll(r.participants);
      doers.addAll(r.doers);
      campaign |= r.campaign;
      if (r.holds) {
        holding++;
      } else if (Roles.is("seizure", r.category)) {
        taking++;
      }
      topical |= r.topic != null;
      if (Kinship.sided(r.family)) {
        sides(r.actorSide, doerSides);
        sides(r.targetSide, targetSides);
      }
      if (r.day != Report.NO_DAY) {
        first = first == Report.NO_DAY || r.day < first ? r.day : first;
        last = last == Report.NO_DAY || r.day > last ? r.day : last;
        if (r.guessed) {
          guessFirst = guessFirst == Report.NO_DAY || r.day < guessFirst ? r.day : guessFirst;
          guessLast = guessLast == Report.NO_DAY || r.day > guessLast ? r.day : guessLast;
        } else {
          sureFirst = sureFirst == Report.NO_DAY || r.day < sureFirst ? r.day : sureFirst;
          sureLast = sureLast == Report.NO_DAY || r.day > sureLast ? r.day : sureLast;
        }
      }
    }

    private void place(double lat, double lon, Vicinity.Spot spot) {
      if (placesRead >= PLACES_READ) {
        return;
      }
      if (places.length < 2 * (placesRead + 1)) {
        places = java.util.Arrays.copyOf(places, Math.min(2 * PLACES_READ, places.length * 2));
        spots = java.util.Arrays.copyOf(spots, places.length / 2);
      }
      spots[placesRead] = spot;
      places[2 * placesRead] = lat;
      places[2 * placesRead + 1] = lon;
      placesRead++;
      located |= !Double.isNaN(lat);
    }

    /* Whether a report tells it as force holding people or movement. */
    boolean holds() {
      return holding > 0;
    }

    /* Whether most of its seizures tell force holding people or movement, not a place taken. */
    boolean mostlyHolds() {
      return holding > taking;
    }

    /*
     * Whether a report can still join it: a group naming fewer than two participants, none of
     * them specific, with no place among the reports sameFrame reads, fits no report (fits
     * needs shared participants or a shared place) and so never changes.
     */
    boolean open() {
      if (located || participants.size() >= 2) {
        return true;
      }
      for (String x : participants) {
        if (specific(x)) {
          return true;
        }
      }
      return false;
    }
  }

  /* A story being built, with indexes of its reports for the contradictions. */
  private static final class StoryState {
    final int seq;
    final String id;
    final List<String> docs = new ArrayList<>();
    final Map<String, Integer> identities = new HashMap<>();
    /* The points of the towns and sites among its identities (lat, lon), as they joined. */
    final List<double[]> sites = new ArrayList<>();
    /* Its merged events in the order made, and those that can still grow, by family. */
    final Set<Group> groups = new LinkedHashSet<>();
    final Map<String, Set<Group>> open = new LinkedHashMap<>();
    /* Asserted reports by process and category, denied ones in order. */
    final Map<String, Asserted> asserted = new HashMap<>();
    final List<Report> denied = new ArrayList<>();
    /* Refusals of a process (Refusals), in order. */
    final List<Report> refusals = new ArrayList<>();
    /* Denial statements, accusations and asserted deeds (Denials), in order. */
    final List<Report> statements = new ArrayList<>();
    final List<Report> accusations = new ArrayList<>();
    final List<Report> deeds = new ArrayList<>();
    /* Evacuation destinations: reports by place (within 50 km of the first). */
    final List<List<Report>> places = new ArrayList<>();
    /* Reports giving a status, by process and status, in order. */
    final Map<String, Map<String, List<Report>>> statuses = new LinkedHashMap<>();
    /* "Talks are over" reports in order; the first "talks continue" report of each day. */
    final List<Report> over = new ArrayList<>();
    final Map<Integer, Report> continuing = new HashMap<>();
    Report firstContinuing;
    Report firstContinuingUndated;
    LocalDate first;
    LocalDate last;
    int firstEvent = Report.NO_DAY;
    int lastEvent = Report.NO_DAY;
    /* The countries its trusted places are in (Vicinity.foreign). */
    final Set<String> countries = new HashSet<>();

    StoryState(String id, int seq) {
      this.seq = seq;
      this.id = id;
    }
  }

  /* Asserted reports of one process and category, and where each participant's are. */
  private static final class Asserted {
    final List<Report> reports = new ArrayList<>();
    final Map<String, int[]> byParticipant = new HashMap<>();

    void add(Report r) {
      int at = reports.size();
      reports.add(r);
      for (String p : r.participants) {
        int[] list = byParticipant.get(p);
        if (list == null) {
          list = new int[] {0, 0, 0, 0}; // list[0] is the count
        } else if (list[0] + 1 == list.length) {
          list = java.util.Arrays.copyOf(list, list.length * 2);
        }
        list[++list[0]] = at;
        byParticipant.put(p, list);
      }
    }
  }

  /** Adds a document with its mentions and events; returns the id of the story it joined. */
  public String add(Document doc, List<Mention> mentions, List<Event> events) {
    return add(doc, mentions, events, null);
  }

  /**
   * Adds a document with its mentions, events and the day its time was anchored to (for a page
   * that states no date, the day of the story it was found to belong to; null if none):
   * that day, not its events' dates, says which story an undated page can join ("the offensive
   * began October 17" is told in a June story). Returns the id of the story it joined.
   */
  public String add(Document doc, List<Mention> mentions, List<Event> events,
      LocalDate anchor) {
    settle();
    Set<String> ids = storyIds(mentions);
    LocalDate when = when(doc, events, anchor);
    // only a story sharing two identities can score: those the index names, in story order
    Map<StoryState, Integer> sharing = new HashMap<>();
    for (String id : ids) {
      for (StoryState s : storiesWith.getOrDefault(id, List.of())) {
        sharing.merge(s, 1, Integer::sum);
      }
    }
    List<StoryState> candidates = new ArrayList<>();
    sharing.forEach((s, n) -> {
      if (n >= 2) {
        candidates.add(s);
      }
    });
    candidates.sort(Comparator.comparingInt(s -> s.seq));
    StoryState best = null;
    double bestScore = 0;
    for (StoryState s : candidates) {
      double score = similarity(ids, s);
      if (score > bestScore && compatible(when, s)) {
        bestScore = score;
        best = s;
      }
    }
    if (best == null || bestScore < 0.25) {
      best = newStory("s" + (stories.size() + 1));
    }
    join(best, doc, ids, when);
    boolean undated = doc.published().value() == null;
    List<Report> kept = new ArrayList<>(events.size());
    for (Event e : events) {
      Report r = keep(best, e, e.docId().equals(doc.docId()) ? doc.docId() : e.docId(), undated);
      r.doubtful = doubted(best, e);
      kept.add(r);
    }
    // a page's accusations after its deeds: "accused the militias" may come before the page
    // tells what they did
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < events.size(); i++) {
        if (Roles.is("charge", kept.get(i).family) == (pass == 1)) {
          group(best, kept.get(i), events.get(i));
        }
      }
    }
    return best.id;
  }

  /*
   * The names a document is told apart by: kinds of actors ("police", "officials") tell none,
   * nor do names the catalogue lacks (mentions.NewNames: the spokesman one outlet quotes, the
   * unit one names, are no sign of another story).
   */
  private static Set<String> storyIds(List<Mention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      String id = m.identifierId();
      if (id != null && !id.startsWith("country:") && !id.startsWith("unnamed:")
          && !id.startsWith("agent:") && !id.equals("civilians") && !id.startsWith("person:")
          && !id.startsWith("name:")) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static LocalDate when(Document doc, List<Event> events, LocalDate anchor) {
    if (doc.published().value() != null || anchor == null) {
      return docDate(doc, events);
    }
    // a day the page writes out in full (its year, or a weekday that gives it) is the page's
    // own word and beats the day of the story its names suggested, unless it lies more than a
    // year before it (a history recalled: "on 15 March 2011 …"), as DateChooser reads it
    LocalDate own = null;
    for (Event e : events) {
      LocalDate d = date(e);
      if (d != null && explicit(e) && "day".equals(e.dateInfo().precision())
          && !"planned".equals(e.claim().modality()) // a day set for a plan is still to come
          && !d.isBefore(anchor.minusYears(1)) && (own == null || d.isAfter(own))) {
        own = d;
      }
    }
    return own != null ? own : anchor;
  }

  private StoryState newStory(String id) {
    StoryState s = new StoryState(id, stories.size());
    stories.add(s);
    byId.put(id, s);
    return s;
  }

  private void join(StoryState s, Document doc, Set<String> ids, LocalDate when) {
    s.docs.add(doc.docId());
    for (String id : ids) {
      if (s.identities.merge(id, 1, Integer::sum) == 1) {
        storiesWith.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
        double[] at = site(id);
        if (at != null && s.sites.size() < MAX_SITES) {
          s.sites.add(at);
        }
      }
    }
    if (when != null) {
      s.first = s.first == null || when.isBefore(s.first) ? when : s.first;
      s.last = s.last == null || when.isAfter(s.last) ? when : s.last;
    }
    // an unnamed outlet is still one outlet: told apart by its document
    outletOf.put(doc.docId(), doc.outlet() == null
        ? "unknown outlet (" + doc.docId().substring(0, Math.min(8, doc.docId().length())) + ")"
        : doc.outlet().name());
  }

  // ------------------------------------------------------------ links kept and restored

  /**
   * Where an event sits: its story, its merged event and its place among that merged event's
   * reports (0 for the first). What a store keeps to {@link #restore} a linker without linking
   * again.
   */
  public record Link(String eventId, String storyId, String mergedId, int position) {}

  /* A restored report waiting for its merged event to be built (settle). */
  private record Pending(Report report, Event event) {}

  private final Map<String, StoryState> byId = new HashMap<>();
  private final Map<String, Link> changed = new LinkedHashMap<>();
  private boolean tracking;
  private final Map<String, Map<String, java.util.TreeMap<Integer, Pending>>> restored =
      new LinkedHashMap<>();

  /**
   * Keeps the links that change from now on for {@link #drainLinks} (a batch run that never
   * drains them need not hold them). Returns this linker.
   */
  public StoryLinker trackLinks() {
    tracking = true;
    return this;
  }

  /**
   * The links that changed since the last call, in the order they changed: every event added
   * since, and every earlier report moved into another merged event when a report bridged two.
   * A driver that keeps them (with the documents' story ids) can {@link #restore} this linker.
   */
  public List<Link> drainLinks() {
    if (!tracking) {
      throw new IllegalStateException("call trackLinks() before adding documents");
    }
    settle();
    List<Link> out = new ArrayList<>(changed.values());
    changed.clear();
    return out;
  }

  /**
   * Puts back a document as an earlier linker linked it, without linking it again: the story it
   * joined and, for each of its events, the link that linker last gave it ({@link #drainLinks}).
   * Documents come in the order they were first added; {@link #add} may follow, and then links
   * and stories are as if this linker had added them all itself.
   */
  public void restore(Document doc, List<Mention> mentions, List<Event> events, List<Link> links,
      String storyId, LocalDate anchor) {
    if (events.size() != links.size()) {
      throw new IllegalArgumentException(events.size() + " events but " + links.size()
          + " links for " + doc.docId());
    }
    StoryState s = byId.get(storyId);
    if (s == null) {
      s = newStory(storyId);
    }
    join(s, doc, storyIds(mentions), when(doc, events, anchor));
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Link l = links.get(i);
      if (!storyId.equals(l.storyId())) {
        throw new IllegalArgumentException("event " + e.id() + " is linked to story "
            + l.storyId() + " but its document to " + storyId);
      }
      Report r = report(e, e.docId().equals(doc.docId()) ? doc.docId() : e.docId(),
          doc.published().value() == null);
      r.doubtful = doubted(s, e);
      r.seq = reports.size();
      reports.add(r);
      if (this.events != null) {
        this.events.add(e);
      }
      index(s, r);
      restored.computeIfAbsent(storyId, k -> new LinkedHashMap<>())
          .computeIfAbsent(l.mergedId(), k -> new java.util.TreeMap<>())
          .put(l.position(), new Pending(r, e));
    }
  }

  /*
   * Builds the merged events of restored documents: in the order made, reports in theirs, and
   * the index of those that can still grow (a merged event that could not grow never did).
   */
  private void settle() {
    if (restored.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Map<String, java.util.TreeMap<Integer, Pending>>> st
        : restored.entrySet()) {
      StoryState s = byId.get(st.getKey());
      List<String> ids = new ArrayList<>(st.getValue().keySet());
      Map<String, Group> had = new HashMap<>();
      for (Group g : s.groups) {
        had.put(g.id, g);
        if (!st.getValue().containsKey(g.id)) {
          ids.add(g.id); // a merged event restored earlier that no restored report joined
        }
      }
      ids.sort((a, b) -> Long.compare(number(a), number(b)));
      s.groups.clear();
      s.open.clear();
      for (String id : ids) {
        Group g = had.get(id);
        java.util.TreeMap<Integer, Pending> more = st.getValue().getOrDefault(id,
            new java.util.TreeMap<>());
        if (g == null) {
          g = new Group(number(id), more.firstEntry().getValue().report().family, s.id);
        }
        for (Pending p : more.values()) {
          g.add(p.report(), p.event());
          changed.remove(p.report().id); // as it was: not a change
        }
        s.groups.add(g);
        if (g.open()) {
          s.open.computeIfAbsent(g.family, k -> new LinkedHashSet<>()).add(g);
        }
      }
    }
    restored.clear();
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id.substring(1));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a merged event id: " + id, e);
    }
  }

  /**
   * Shared identities over the document's identities, counting only names a story has twice. An
   * official the story does not name shares the body he speaks for ("Churkin said" on one page,
   * "Russia" on another), so that naming a spokesman does not draw a page out of its story.
   */
  private double similarity(Set<String> ids, StoryState s) {
    if (ids.isEmpty()) {
      return 0;
    }
    int shared = 0;
    int told = ids.size();
    for (String id : ids) {
      if (s.identities.containsKey(id) || speaksFor(id, s)) {
        shared++;
      } else if (official(id)) {
        told--; // a spokesman quoted once tells no other story
      } else if (withinSites(id, s)) {
        told--; // a quarter of a town the story names tells no other story
      }
    }
    return shared < 2 ? 0 : (double) shared / Math.max(1, told);
  }

  /* Towns and sites nearer than this to a story's own are in its place. */
  private static final double SITE_KM = 12;
  /* A story keeps the points of this many of its places at most. */
  private static final int MAX_SITES = 64;

  /* The point of a place identity that is a town or a site (no region, division, country). */
  private double[] site(String id) {
    return knowledge.place(id).filter(p -> !p.feature().equals("region")
        && !p.feature().equals("admin1") && !p.feature().equals("country")
        && !p.feature().equals("continent"))
        .map(p -> new double[] {p.lat(), p.lon()}).orElse(null);
  }

  /* True when a town or site lies within SITE_KM of one the story names. */
  private boolean withinSites(String id, StoryState s) {
    double[] at = s.sites.isEmpty() ? null : site(id);
    if (at == null) {
      return false;
    }
    for (double[] o : s.sites) {
      if (km(at[0], at[1], o[0], o[1]) <= SITE_KM) {
        return true;
      }
    }
    return false;
  }

  private boolean official(String id) {
    return knowledge.actor(id).map(a -> a.kind().equals("official")).orElse(false);
  }

  /* An official whose body (member_of, and its own) the story names. */
  private boolean speaksFor(String id, StoryState s) {
    if (!official(id)) {
      return false;
    }
    List<String> line = knowledge.lineage(id);
    for (int i = 1; i < line.size(); i++) {
      if (s.identities.containsKey(line.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(LocalDate when, StoryState s) {
    if (when == null || s.first == null) {
      return true;
    }
    return !when.isBefore(s.first.minusDays(45)) && !when.isAfter(s.last.plusDays(45));
  }

  private static LocalDate docDate(Document doc, List<Event> events) {
    String p = doc.published().value();
    if (p != null) {
      return LocalDate.parse(p.substring(0, 10));
    }
    LocalDate latest = null;
    for (Event e : events) {
      LocalDate d = date(e);
      latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
    }
    return latest;
  }

  private static LocalDate date(Event e) {
    return e.date() == null ? null : LocalDate.parse(e.date());
  }

  /* Keeps an event's report, in the order the events come, before it is grouped (group). */
  private Report keep(StoryState s, Event e, String docId, boolean undated) {
    Report r = report(e, docId, undated);
    r.seq = reports.size();
    reports.add(r);
    if (events != null) {
      events.add(e);
    }
    index(s, r);
    return r;
  }

  /*
   * Whether linking doubts an event's place: one foreign to its story and to its participants
   * (Vicinity.foreign: often a name the gazetteer found in another country). A doubted place
   * can confirm a join (two reports at that place) but never refute one (nearby), and names a
   * merged event only when no other place does.
   */
  private static boolean doubted(StoryState s, Event e) {
    Event.Location l = e.eventLoc();
    if (l == null || l.lat() == null || l.countryCode() == null || l.countryCode().isBlank()) {
      return false;
    }
    if (Vicinity.foreign(l.countryCode(), s.countries, e)) {
      return true;
    }
    s.countries.add(l.countryCode());
    return false;
  }

  /* Puts a kept report into the merged events it fits, or a new one. */
  private void group(StoryState s, Report r, Event e) {
    List<Group> fits = new ArrayList<>();
    String family = r.family;
    for (Group g : s.open.getOrDefault(family, Set.of())) {
      if (fits(r, e, g)) {
        fits.add(g);
      }
    }
    if (Roles.is("deal", r.category)) {
      // "the deal" that does not say what it settles is the deal of the process at that place
      // ("the deal" here, "the evacuation deal" there: one deal, named by its process)
      List<Group> others = new ArrayList<>();
      for (Map.Entry<String, Set<Group>> f : s.open.entrySet()) {
        if (!f.getKey().equals(family) && deal(r, f.getKey())) {
          others.addAll(f.getValue());
        }
      }
      others.sort(Comparator.comparingLong(g -> g.seq)); // the order the groups were made in
      for (Group g : others) {
        if (fits(r, e, g)) {
          if (r.topic != null) {
            fits.add(g);
          } else {
            fits.add(0, g); // into one process only, which keeps its name
            break;
          }
        }
      }
    }
    // other families that tell the same deed: a denial, an accusation, one operation
    List<Group> kin = new ArrayList<>();
    // an act that joins a blockade or a detention is no part of an operation taking a place
    boolean holds = r.holds;
    for (Group g : fits) {
      holds |= g.holds();
    }
    for (Map.Entry<String, Set<Group>> f : s.open.entrySet()) {
      Kinship k = Kinship.of(family, f.getKey());
      if (k != Kinship.NONE && !(k == Kinship.OPERATION && holds)) {
        for (Group g : f.getValue()) {
          if (!fits.contains(g) && fits(r, e, g)) {
            kin.add(g);
          }
        }
      }
    }
    kin.sort(Comparator.comparingLong(g -> g.seq));
    if (Roles.is("charge", family) && fits.isEmpty() && kin.size() > 1) {
      // an accusation names the accused, not which of their deeds: it tells one, the first
      // made among those it fits, and bridges none
      kin = kin.subList(0, 1);
    }
    fits.addAll(kin);
    Group into;
    if (fits.isEmpty()) {
      into = new Group(r.seq + 1L, family, s.id);
      s.groups.add(into);
    } else {
      into = nearest(r, fits);
      for (Group other : fits) {
        if (other == into) {
          continue;
        }
        if (!bridgeable(into, other)) {
          continue; // an undated report fits any days: it joins the first, bridging none
        }
        into.absorb(other); // this report bridges two groups: they were one event all along
        s.groups.remove(other);
        s.open.get(other.family).remove(other);
      }
    }
    into.add(r, e);
    if (fits.isEmpty() && into.open()) {
      s.open.computeIfAbsent(family, k -> new LinkedHashSet<>()).add(into);
    }
  }

  /*
   * The report the linker keeps of an event of a page that states its date or not (undated):
   * there, a date that is not explicit is counted from the story's day, and only guessed.
   */
  private Report report(Event e, String docId, boolean undated) {
    boolean guessed = undated && !explicit(e);
    // a month or a year names no day: such a report is linked as an undated one
    String day = e.dateInfo() == null || "day".equals(e.dateInfo().precision()) ? e.date() : null;
    String family = one(family(e, day != null && !guessed || site(e)));
    String base = one(family.indexOf('/') < 0 ? family : family.substring(0, family.indexOf('/')));
    String group = Kinship.process(family);
    boolean sides = Kinship.sided(group);
    // an accusation tells the deed of the accused: they are its doers, and it names no target
    boolean accuses = Roles.is("charge", group);
    String modality = e.claim().modality();
    String status = modality.equals("denied") ? null : Status.of(e);
    Report.Place to = null;
    if (e.destination() != null && e.destination().lat() != null
        && "evacuation".equals(e.topic())) {
      to = new Report.Place(e.destination().name(), e.destination().lat(),
          e.destination().lon());
    }
    boolean over = Roles.anyIs("pressure", e.event())
        && ENDED.matcher(e.eventText()).find();
    boolean continuing = Roles.anyIs("talks", e.event())
        && CONTINUING.matcher(e.eventText()).find();
    Report r = new Report(e.id(), docId, family, base, e.event().get(0), e.topic(),
        Report.day(day), guessed, modality, one(claimantNames(e)),
        one(sorted(participants(e))),
        one(sorted(doers(e))), sides ? one(sides(e.actor()))
            : accuses ? one(sides(written(e.recipient()))) : null,
        sides ? one(sides(written(e.recipient()))) : null, one(dead(e)), status, over,
        continuing, Roles.anyIs("seizure", e.event()) && !e.mode().isEmpty()
            && HOLDS.contains(e.mode().get(0)), Campaign.of(e), to);
    r.spot = Vicinity.of(e.eventLoc());
    r.denial = Denials.statement(e);
    return r;
  }

  /* Whether an event's date is written out in its own words ("15 July 2018"). */
  private static boolean explicit(Event e) {
    return e.dateInfo() != null && "explicit".equals(e.dateInfo().basis());
  }

  /* The entities the text names (not the foe a page implies for an untargeted deed). */
  private static List<Event.Entity> written(List<Event.Entity> entities) {
    List<Event.Entity> out = new ArrayList<>();
    for (Event.Entity r : entities) {
      if (r.entityText() != null) {
        out.add(r);
      }
    }
    return out;
  }

  /* Files a report in its story's indexes for the contradictions. */
  private static void index(StoryState s, Report r) {
    if (r.day != Report.NO_DAY) {
      s.firstEvent = s.firstEvent == Report.NO_DAY || r.day < s.firstEvent ? r.day : s.firstEvent;
      s.lastEvent = s.lastEvent == Report.NO_DAY || r.day > s.lastEvent ? r.day : s.lastEvent;
    }
    if (r.modality.equals("asserted")) {
      s.asserted.computeIfAbsent(r.base + "|" + r.category, k -> new Asserted()).add(r);
    } else if (r.modality.equals("denied")) {
      s.denied.add(r);
    }
    if (r.modality.equals("asserted")) {
      if (r.denial) {
        s.statements.add(r);
      } else if (Roles.is("charge", r.category)) {
        s.accusations.add(r);
      } else if (Denials.deed(r.category)) {
        s.deeds.add(r);
      }
    }
    if (Refusals.is(r)) {
      s.refusals.add(r);
    }
    if (r.destination != null) {
      List<Report> home = null;
      for (List<Report> c : s.places) {
        Report.Place x = c.get(0).destination;
        if (km(r.destination.lat(), r.destination.lon(), x.lat(), x.lon()) <= 50) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        s.places.add(home);
      }
      home.add(r);
    }
    if (r.status != null) {
      s.statuses.computeIfAbsent(r.base, k -> new LinkedHashMap<>())
          .computeIfAbsent(r.status, k -> new ArrayList<>()).add(r);
    }
    if (r.over) {
      s.over.add(r);
    }
    if (r.continuing) {
      s.firstContinuing = s.firstContinuing == null ? r : s.firstContinuing;
      if (r.day == Report.NO_DAY) {
        s.firstContinuingUndated = s.firstContinuingUndated == null ? r
            : s.firstContinuingUndated;
      } else {
        s.continuing.putIfAbsent(r.day, r);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T one(T value) {
    if (value == null) {
      return null;
    }
    Object had = shared.putIfAbsent(value, value);
    return had == null ? value : (T) had;
  }

  private static List<String> sorted(Set<String> set) {
    List<String> out = new ArrayList<>(set);
    java.util.Collections.sort(out);
    return List.copyOf(out);
  }

  /**
   * The process an event reports, and how sure: its topic (negotiation; evacuation, where a
   * demand or a denial is an act of its own) or its category, and the modality class. Reports of
   * what happened or is planned merge, and with them a deed told as possible when it is pinned
   * to a day its page states or to a site; denials, allegations and other possibilities only
   * with their own kind.
   */
  static String family(Event e, boolean pinned) {
    String c = e.event().get(0);
    String mode = e.mode().isEmpty() ? "" : e.mode().get(0);
    String f;
    if (e.topic() == null) {
      f = c;
    } else if (mode.equals("release") || mode.equals("disarm")) {
      f = e.topic() + "-" + mode; // freeing captives and handing over weapons are acts of their own
    } else if (e.topic().equals("evacuation") && (Roles.is("demand", c) || Roles.is("refusal", c))) {
      f = e.topic() + "-" + c;
    } else if (e.topic().equals("negotiation") && Roles.is("demand", c) && !mode.equals("meet")) {
      f = c; // a condition set for talks is a demand, not the talks
    } else {
      f = e.topic();
    }
    String m = e.claim().modality();
    // a deed said likely to have happened on a day its page states or at a site ("reportedly
    // took the town on Tuesday") is one deed told less surely; a likely deal or talks are not
    // the deal or the talks, and a likelihood pinned to neither may be a forecast ("will
    // likely launch an operation in the region")
    boolean act = pinned && !Roles.is("deal", c) && !"negotiation".equals(e.topic());
    String cls = m.equals("asserted") || m.equals("planned") || act && m.equals("possible")
        ? "" : "/" + m;
    return f + cls;
  }

  /* A process a deal can settle, told with the same certainty: "AGREE" into "evacuation". */
  private static boolean dealOf(String process, String agree) {
    String deal = Roles.one("deal");
    if (!agree.startsWith(deal)) {
      return false;
    }
    String cls = agree.substring(deal.length());
    return process.equals("evacuation" + cls) || process.equals("negotiation" + cls);
  }

  /** The most days the dated reports of one event may span, by process. */
  private static long window(String family) {
    String f = family.replaceFirst("[/-].*$", "");
    return switch (f) {
      case "negotiation", "evacuation" -> 21;
      // roles.tsv: a place taken is claimed, denied and confirmed over days; a strike is told
      // within a day or two
      default -> Roles.window(f, 3);
    };
  }

  /* Whether a report of an agreement settles a process of this family, or is settled by it. */
  private static boolean deal(Report r, String groupFamily) {
    if (!Roles.is("deal", r.category)) {
      return false;
    }
    if (r.topic == null) {
      return dealOf(groupFamily, r.family);
    }
    // the deal that ends talks ("reached an agreement" told as the talks' outcome) is also the
    // deal of the process it settles, and the same deal as a bare "the agreement"
    String cls = r.family.substring(r.topic.length());
    return dealOf(r.family, groupFamily)
        || r.topic.equals("negotiation") && dealOf(groupFamily, Roles.one("deal") + cls);
  }

  private boolean fits(Report r, Event e, Group g) {
    Kinship kin = r.family.equals(g.family) || deal(r, g.family) ? Kinship.NONE
        : Kinship.of(r.family, g.family);
    if (!r.family.equals(g.family) && !deal(r, g.family) && kin == Kinship.NONE) {
      return false;
    }
    if (kin == Kinship.OPERATION) {
      // one side taking one place from one foe, told as an attack by some and a capture by
      // others: at the place, within the attack's days, the doer's side among the operation's
      // doers and not among its targets (the foe fighting back is another act)
      // forces entering a town join its taking even when one of the taking's reports tells a
      // road cut or a siege (a coder reading "took the town, cutting the road" as a blockade);
      // an attack, told more loosely, only a taking that none tells so
      boolean held = Roles.is("movement", Kinship.process(r.family)) ? g.mostlyHolds()
          : g.holds();
      return !r.holds && !held && site(e) && sameFrame(r, e, g) && sameSide(r, g)
          && within(r, g, window(Roles.one("attack")));
    }
    if (kin == Kinship.NONE && Roles.is("movement", Kinship.process(r.family))
        && otherMovers(r, g)) {
      return false; // another side's forces moving at the place are another movement
    }
    if (kin == Kinship.NONE && Kinship.deed(r.family) && returned(r, g)) {
      return false; // the foe's blow or seizure in return is another act
    }
    if (kin == Kinship.TOPIC && (r.family.equals(Kinship.untopic(r.family)) ? r.topic != null
        : g.topical)) {
      return false; // a demand of talks is not a demand of an evacuation: only one told of none
    }
    if (kin == Kinship.ACCUSATION) {
      // across categories: at the place of the deed, by those who take part in it
      if (!sameFrame(r, e, g) || !accusedIn(e, g)) {
        return false;
      }
      return within(r, g, window(g.family));
    }
    // shared participants: two, or one specific one (a state alone, like "Russia", is in many
    // processes at once, and "the militants" of two reports may be two groups)
    int shared = 0;
    boolean specific = false;
    for (String x : r.participants) {
      if (g.participants.contains(x)) {
        shared++;
        specific |= specific(x);
      }
    }
    // a report or an event that names no one ("the city was taken on Sunday") says nothing
    // against the participants of the other at their place: they join by place (Vicinity, both
    // placed) and days alone
    boolean anonymous = (r.participants.isEmpty() || g.participants.isEmpty()) && g.located
        && !r.doubtful
        && e.eventLoc() != null && e.eventLoc().lat() != null;
    if (shared < 2 && !specific && !(sameFrame(r, e, g) && !rivals(r, g)) && !anonymous) {
      return false;
    }
    // a campaign told by both is one event over weeks; a strike joins it only within its own
    // window of the whole span (not anywhere inside weeks of a campaign)
    if (r.campaign && g.campaign) {
      return within(r, g, Campaign.WINDOW) && nearby(r, e, g);
    }
    return (g.campaign ? spans(r, g, window(g.family)) : within(r, g, window(g.family)))
        && (nearby(r, e, g) || sameSpeaker(r, g));
  }

  /* The categories of acts that are statements (statements.tsv). */
  private static final Set<String> STATEMENTS = new HashSet<>();

  static {
    for (String[] row : org.sitrep.text.DataFiles.readTsv(StoryLinker.class, "statements.tsv")) {
      STATEMENTS.add(row[0]);
    }
  }

  /*
   * Whether a report tells a statement (statements.tsv) that a named official of g makes on the
   * one day all of g's stated reports give: one outlet places a call in the capital it was made
   * in, another at the front it concerns, and both tell one act.
   */
  private boolean sameSpeaker(Report r, Group g) {
    if (!STATEMENTS.contains(r.category) || r.day == Report.NO_DAY || r.guessed
        || g.sureFirst != r.day || g.sureLast != r.day) {
      return false;
    }
    for (String x : r.doers) {
      if (g.doers.contains(x)
          && knowledge.actor(x).map(a -> a.kind().equals("official")).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /*
   * The merged event a report that fits several joins: the first it fits, unless another lies
   * nearer its day (a weekday on a page with no date, guessed a week off, fits the strike of
   * the 14th and the one of the 18th: it joins the one nearer its guess, not the one told
   * first). The others it fits join too when they can be one event with it (bridgeable).
   */
  private static Group nearest(Report r, List<Group> fits) {
    Group best = fits.get(0);
    if (r.day == Report.NO_DAY || fits.size() == 1) {
      return best;
    }
    long far = daysOff(r.day, best);
    for (Group g : fits) {
      long d = daysOff(r.day, g);
      if (d < far) {
        far = d;
        best = g;
      }
    }
    return best;
  }

  /* How many days a day lies outside a merged event's stated days (else guessed; 0 if none). */
  private static long daysOff(int day, Group g) {
    int lo = g.sureFirst != Report.NO_DAY ? g.sureFirst : g.guessFirst;
    int hi = g.sureFirst != Report.NO_DAY ? g.sureLast : g.guessLast;
    if (lo == Report.NO_DAY) {
      return 0;
    }
    return Math.max(0, Math.max((long) lo - day, (long) day - hi));
  }

  /*
   * Whether two merged events that one report fits can be one: their stated days together stay
   * within the longer of their windows (a campaign spans weeks). A report that states no day
   * fits any window, so it may not chain a strike of one week to a strike of the next.
   */
  private static boolean bridgeable(Group a, Group b) {
    if (a.campaign || b.campaign || a.sureFirst == Report.NO_DAY
        || b.sureFirst == Report.NO_DAY) {
      return true;
    }
    long w = Math.max(window(a.family), window(b.family));
    return Math.max(a.sureLast, b.sureLast) - Math.min(a.sureFirst, b.sureFirst) <= w;
  }

  /*
   * Whether the whole event stays within w days: reports one day apart do not chain a week. A
   * guessed day (Report.guessed) may be Report.SLACK days off either way: it is read as the
   * day of that range nearest the event's stated days, and stretches them no further.
   */
  private static boolean within(Report r, Group g, long w) {
    return fitsSpan(r, g, w, false);
  }

  /* Whether the whole event, with r, spans at most w days (undated reports fit any). */
  private static boolean spans(Report r, Group g, long w) {
    return fitsSpan(r, g, w, true);
  }

  private static boolean fitsSpan(Report r, Group g, long w, boolean whole) {
    if (r.day == Report.NO_DAY) {
      return true;
    }
    long slack = r.guessed ? Report.SLACK : 0;
    long lo = r.day - slack;
    long hi = r.day + slack;
    if (g.sureFirst != Report.NO_DAY) {
      // the day of r's range nearest the stated span
      long d = Math.max(lo, Math.min(hi, Math.max(g.sureFirst, Math.min(g.sureLast, r.day))));
      if (!whole && d >= g.sureFirst && d <= g.sureLast) {
        return true; // a day the event already spans stretches it no further
      }
      if (Math.max(d, g.sureLast) - Math.min(d, g.sureFirst) > w) {
        return false;
      }
    }
    if (g.guessFirst != Report.NO_DAY) {
      // guessed days only say the event is somewhere near them
      long glo = (long) g.guessFirst - Report.SLACK;
      long ghi = (long) g.guessLast + Report.SLACK;
      return Math.max(lo, glo) - Math.min(hi, ghi) <= w;
    }
    return true;
  }

  /* Modes of force that hold people or movement rather than take a place (Report.holds). */
  private static final Set<String> HOLDS = Set.of("restrict", "arrest");

  /* Kinds of places too wide to be the one place an operation takes. */
  private static final Set<String> AREAS = Set.of("region", "admin1", "admin2", "country",
      "continent", "city", "capital");

  /* Whether an event is told at a site (a town, an airport, a base), not across an area. */
  private static boolean site(Event e) {
    return e.eventLoc() != null && e.eventLoc().lat() != null
        && e.eventLoc().feature() != null && !AREAS.contains(e.eventLoc().feature());
  }

  /*
   * Whether a report's doers are a side the merged event names as doer, none of them a side it
   * names as target, and its targets none of the event's doers.
   */
  private static boolean sameSide(Report r, Group g) {
    if (r.actorSide == null) {
      return false;
    }
    Set<String> doers = new HashSet<>();
    sides(r.actorSide, doers);
    Set<String> targets = new HashSet<>();
    sides(r.targetSide, targets);
    // a side the operation names as doer and as target (each side claims the place: "the
    // Houthis still hold the airport" beside "the coalition took the airport") tells its doers
    // from its targets no more
    boolean shared = false;
    for (String d : doers) {
      if (g.targetSides.contains(d) && !g.doerSides.contains(d)) {
        return false;
      }
      shared |= g.doerSides.contains(d);
    }
    for (String t : targets) {
      if (g.doerSides.contains(t) && !g.targetSides.contains(t)) {
        return false;
      }
    }
    return shared;
  }

  /*
   * Whether a report tells the foe's blow rather than the event's own: its doers are all sides
   * the merged event names only as targets, or its targets all sides it names only as doers
   * ("the coalition struck the Houthis" beside "the Houthis attacked the army").
   */
  private static boolean returned(Report r, Group g) {
    if (r.actorSide == null || r.targetSide == null) {
      return false; // a deed told without its doer or its target may have them swapped
    }
    return onlyIn(r.actorSide, g.targetSides, g.doerSides)
        || onlyIn(r.targetSide, g.doerSides, g.targetSides);
  }

  /*
   * Whether a movement's movers are none of the sides that the movements of g are told of
   * (false when either names no side): a Turkish convoy reaching a town and the Syrian army
   * entering it days later are two movements, though both are at the town in the window.
   */
  private static boolean otherMovers(Report r, Group g) {
    if (r.actorSide == null || g.doerSides.isEmpty()) {
      return false;
    }
    Set<String> movers = new HashSet<>();
    sides(r.actorSide, movers);
    return java.util.Collections.disjoint(movers, g.doerSides);
  }

  /* Whether every side of a value is in one set and none in the other (false for none). */
  private static boolean onlyIn(String value, Set<String> in, Set<String> notIn) {
    if (value == null) {
      return false;
    }
    for (String x : value.split(", ")) {
      if (!in.contains(x) || notIn.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /* Adds the sides of a Report.actorSide or targetSide value ("a, b") to a set. */
  private static void sides(String value, Set<String> to) {
    if (value != null) {
      to.addAll(List.of(value.split(", ")));
    }
  }

  /* Whether the accused of an accusation (its recipients, with their bodies) take part in g. */
  private boolean accusedIn(Event e, Group g) {
    for (Event.Entity a : e.recipient()) {
      String id = a.identifierId();
      if (id == null || id.equals("civilians")) {
        continue;
      }
      for (String x : id.startsWith("unnamed:") || id.startsWith("agent:") ? List.of(id)
          : knowledge.lineage(id)) {
        if (g.participants.contains(x)) {
          return true;
        }
      }
    }
    return false;
  }

  /* A participant that tells processes apart: not a state, not an unnamed one. */
  private boolean specific(String participant) {
    String kind = knowledge.actor(participant).map(a -> a.kind()).orElse("unnamed");
    return !kind.equals("state") && !kind.equals("unnamed");
  }

  /*
   * A report joins a process of its story told at the same place (25 km) on a date it allows
   * ("the deal", "الاتفاق", "the evacuation" of one city in one week), whoever it names: outlets
   * name different sides of one deal or one attack, and actors are what a coder reads least
   * surely. The date window is checked by the caller.
   */
  private boolean sameFrame(Report r, Event e, Group g) {
    if (e.eventLoc() == null || e.eventLoc().lat() == null) {
      return false;
    }
    for (int i = 0; i < g.placesRead; i++) {
      double lat = g.places[2 * i];
      if (!Double.isNaN(lat)
          && (km(e.eventLoc().lat(), e.eventLoc().lon(), lat, g.places[2 * i + 1]) <= 25
              || Vicinity.sameNamed(r.spot, g.spots[i]))) {
        return true;
      }
    }
    return false;
  }

  /*
   * Two reports whose doers are named groups or persons, none in common ("Jaysh al-Islam agreed",
   * "Faylaq al-Rahman agreed"): two acts at one place, not one told twice. States, armies and
   * bodies take part in many acts at once and tell none apart; a mediator (the UN's chief, an
   * envoy) speaks for no side, so only the sides' own doers can be rivals.
   */
  private boolean rivals(Report r, Group g) {
    if (r.doers.isEmpty() || g.doers.isEmpty()) {
      return false;
    }
    boolean party = false;
    for (String x : r.doers) {
      if (g.doers.contains(x)) {
        return false;
      }
      party |= !mediator(x);
    }
    if (!party) {
      return false; // a mediator's word ("the UN chief announced the truce") is no rival's
    }
    for (String x : g.doers) {
      if (!mediator(x)) {
        return true;
      }
    }
    return false;
  }

  /* Sectors of actors who speak for no side: international bodies and their officials. */
  private static final Set<String> MEDIATORS = Set.of("IGO");

  /* Whether an actor speaks for no side (MEDIATORS): an envoy, a UN secretary-general. */
  private boolean mediator(String id) {
    return knowledge.actor(id).map(a -> MEDIATORS.contains(a.sector())).orElse(false);
  }

  /*
   * Kinds of actors that tell two acts apart; states, governments and bodies do not. An outlet
   * does only when it belongs to a side (state television, a party's channel, a base's page:
   * actors.tsv member_of): an independent agency a coder reads as the doer ("AFP denied the
   * news, citing Kurdish officials") relays the act, a voice, not a side.
   */
  private static final Set<String> DOERS = Set.of("group", "official", "outlet", "police");
  private static final String OUTLET = "outlet";

  /** The named groups, forces and persons an event gives as its actors. */
  private Set<String> doers(Event e) {
    Set<String> out = new HashSet<>();
    for (Event.Entity a : e.actor()) {
      String id = a.identifierId();
      if (id == null) {
        continue;
      }
      Actor x = knowledge.actor(id).orElse(null);
      if (x != null && DOERS.contains(x.kind())
          && !(x.kind().equals(OUTLET) && knowledge.lineage(id).size() < 2)) {
        out.add(id);
      }
    }
    return out;
  }

  private static boolean nearby(Report r, Event e, Group g) {
    if (r.doubtful || e.eventLoc() == null || e.eventLoc().lat() == null) {
      return true;
    }
    // the first reports say where an event is; a long page's hundredth need not be read
    // a report without a place says nothing against a place; the event's placed reports do
    Vicinity.Spot at = Vicinity.of(e.eventLoc());
    boolean placed = false;
    for (int i = 0; i < g.placesRead; i++) {
      if (g.spots[i] != null && !g.spots[i].doubted()) {
        placed = true;
        if (Vicinity.near(at, g.spots[i])) {
          return true;
        }
      }
    }
    return !placed;
  }

  /** Who takes part in an event, with the bodies they belong to; not civilians or unnamed. */
  private Set<String> participants(Event e) {
    Set<String> out = new HashSet<>();
    List<Event.Entity> all = new ArrayList<>(e.actor());
    all.addAll(e.recipient());
    for (Event.Entity a : all) {
      String id = a.identifierId();
      if (id == null || id.equals("civilians")) {
        continue;
      }
      if (id.startsWith("unnamed:") || id.startsWith("agent:")) {
        out.add(id);
        continue;
      }
      out.addAll(knowledge.lineage(id));
    }
    return out;
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    return Geo.km(lat1, lon1, lat2, lon2);
  }

  /**
   * Every event added so far with its story and merged event set, in the order added.
   *
   * @throws IllegalStateException for a linker made by {@link #linksOnly}, which keeps no events
   */
  public List<Event> linkedEvents() {
    if (events == null) {
      throw new IllegalStateException("this linker keeps no events (linksOnly): read links()");
    }
    settle();
    List<Event> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Group g = reports.get(i).group;
      out.add(events.get(i).withStory(g.story, g.id));
    }
    return out;
  }

  /** Receives an event's links: its story and its merged event set. */
  @FunctionalInterface
  public interface Links {
    void link(String eventId, String storyId, String mergedId) throws java.io.IOException;
  }

  /**
   * Gives every event added so far its story and merged event set, in the order added (the
   * order of {@link #linkedEvents}).
   */
  public void links(Links to) throws java.io.IOException {
    settle();
    for (Report r : reports) {
      to.link(r.id, r.group.story, r.group.id);
    }
  }

  /** The stories so far as records, with merged events, corroboration and contradictions. */
  public List<Story> stories() {
    return stories(null);
  }

  /** The stories with these ids (all when null) as records, in the order they were opened. */
  public List<Story> stories(Set<String> only) {
    settle();
    List<Story> out = new ArrayList<>();
    for (StoryState s : stories) {
      if (only != null && !only.contains(s.id)) {
        continue;
      }
      List<Story.Merged> merged = new ArrayList<>();
      for (Group g : s.groups) {
        merged.add(merged(g));
      }
      merged.sort((a, b) -> a.date() == null ? (b.date() == null ? 0 : 1)
          : b.date() == null ? -1 : a.date().compareTo(b.date()));
      out.add(new Story(s.id, title(s), List.copyOf(s.docs), merged, contradictions(s)));
    }
    return out;
  }

  private Story.Merged merged(Group g) {
    List<String> reports = new ArrayList<>(g.reports.size());
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> origins = new LinkedHashSet<>();
    for (Report r : g.reports) {
      reports.add(r.id);
      String outlet = outletOf.getOrDefault(r.docId, r.docId);
      outlets.add(outlet);
      origins.add(r.claimants.get(0)); // the first claimant, or the outlet when none is named
    }
    Map<String, Integer> categories = g.categories;
    List<String> cats = new ArrayList<>(categories.keySet());
    cats.sort((a, b) -> categories.get(b) - categories.get(a));
    Map<String, Object> place = null;
    Event.Location loc = g.loc != null ? g.loc : g.doubtedLoc;
    if (loc != null) {
      place = new LinkedHashMap<>();
      place.put("name", loc.name());
      place.put("lat", loc.lat());
      place.put("lon", loc.lon());
      place.put("country_code", loc.countryCode());
      place.put("gazetteer_id", loc.gazetteerId());
    }
    String first = g.first == Report.NO_DAY ? null : LocalDate.ofEpochDay(g.first).toString();
    String last = g.last == Report.NO_DAY || g.last == g.first ? null
        : LocalDate.ofEpochDay(g.last).toString();
    return new Story.Merged(g.id, cats, first, last, new ArrayList<>(g.actors.values()),
        new ArrayList<>(g.recipients.values()), place, reports,
        new Story.Corroboration(reports.size(), outlets.size(), origins.size(),
            new ArrayList<>(origins)));
  }

  private static String key(Event.Entity a) {
    return a.identifierId() == null ? a.entityText() : a.identifierId();
  }

  private static Map<String, Object> entity(Event.Entity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity_text", a.entityText());
    m.put("identifier_id", a.identifierId());
    m.put("identifier_text", a.identifierText());
    return m;
  }

  private List<Story.Contradiction> contradictions(StoryState s) {
    List<Story.Contradiction> out = new ArrayList<>();
    // negation: one report says it happened, another that it was denied; asserted reports are
    // indexed by process, category and participant, so that only those sharing a participant
    // with the denial are read, in the order they were added
    Set<String> seen = new HashSet<>();
    for (Report a : s.denied) {
      List<String> ids = new ArrayList<>(List.of(a.id));
      Set<String> names = new LinkedHashSet<>();
      Asserted bucket = s.asserted.get(a.base + "|" + a.category);
      List<int[]> lists = new ArrayList<>();
      for (String p : a.participants) {
        int[] l = bucket == null ? null : bucket.byParticipant.get(p);
        if (l != null) {
          lists.add(l);
        }
      }
      int[] at = new int[lists.size()];
      while (true) {
        int next = Integer.MAX_VALUE; // the next report sharing a participant, in added order
        for (int i = 0; i < lists.size(); i++) {
          int[] l = lists.get(i);
          if (at[i] < l[0] && l[at[i] + 1] < next) {
            next = l[at[i] + 1];
          }
        }
        if (next == Integer.MAX_VALUE) {
          break;
        }
        for (int i = 0; i < lists.size(); i++) {
          int[] l = lists.get(i);
          if (at[i] < l[0] && l[at[i] + 1] == next) {
            at[i]++;
          }
        }
        Report b = bucket.reports.get(next);
        if (b.docId.equals(a.docId) && a.claimants.equals(b.claimants)) {
          continue; // one voice saying both is not two sides
        }
        if (!seen.add(a.id + b.id)) {
          continue;
        }
        if (seen.size() > 1000) {
          break; // past a thousand pairs no further pair is taken
        }
        ids.add(b.id);
        names.addAll(b.claimants);
        if (ids.size() > 20) {
          break; // every report that asserts what this one denies, up to a page's worth
        }
      }
      if (ids.size() > 1) {
        // the statement that tells the denial is on its side: "X denied that Y entered the town"
        List<String> told = Denials.statementsOf(a, s.statements);
        List<String> deniedIds = new ArrayList<>(List.of(a.id));
        deniedIds.addAll(told);
        List<String> all = new ArrayList<>(ids);
        all.addAll(told);
        out.add(new Story.Contradiction("negation", "modality", List.copyOf(all),
            List.of(new Story.Value("denied", a.claimants, List.copyOf(deniedIds)),
                new Story.Value("asserted", List.copyOf(names),
                List.copyOf(ids.subList(1, ids.size())))),
            a.category + " denied in one report and reported in another"));
      }
      if (seen.size() > 1000) {
        break; // past a thousand pairs no further pair is taken
      }
    }
    // negation: a denial told without its deed, against the deeds told at its place and day;
    // an accusation against the accused's denial
    out.addAll(Denials.bare(s.statements, s.deeds, s.denied));
    out.addAll(Denials.accused(s.accusations, s.denied));
    // negation: a process refused by one origin, carried out by another
    out.addAll(Refusals.contradictions(s.refusals, k -> {
      Asserted a = s.asserted.get(k);
      return a == null ? List.of() : a.reports;
    }));
    // value: where the fighters go
    if (s.places.size() >= 2) {
      List<String> ids = new ArrayList<>();
      List<Story.Value> values = new ArrayList<>();
      for (List<Report> c : s.places) {
        List<String> reports = new ArrayList<>();
        Set<String> claimants = new LinkedHashSet<>();
        for (Report e : c) {
          ids.add(e.id);
          reports.add(e.id);
          claimants.addAll(e.claimants);
        }
        values.add(new Story.Value(c.get(0).destination.name(), new ArrayList<>(claimants),
            reports));
      }
      out.add(new Story.Contradiction("value", "destination", ids, values,
          "reports disagree on where the evacuees go"));
    }
    // value: who did it, and how many died, as told by different origins of one merged event
    for (Group g : s.groups) {
      if (g.reports.size() < 2) {
        continue;
      }
      String base = g.family.replaceFirst("[/-].*$", "");
      if (Roles.is("deed", base)) {
        // rival accounts of one deed are told within its window: a merged event whose reports
        // span longer (a guessed day may be a week off) is read stretch by stretch, so that a
        // side attacked one week does not hide who is blamed for a strike the next
        for (List<Report> stretch : stretches(g, window(base))) {
          // a side that another report names as the target fought back, it is no rival
          // account; only targets the text names count (Report.targetSide: the written
          // recipients' sides), the targets of the deed itself: a siege laid on the doers of a
          // bombing is another act
          Set<String> targets = new HashSet<>();
          for (Report e : stretch) {
            String t = Kinship.process(e.family).equals(base) ? e.targetSide : null;
            if (t != null) {
              targets.addAll(List.of(t.split(", ")));
            }
          }
          disagreement(stretch, "actor", e -> {
            String d = Kinship.process(e.family).equals(base) || Roles.is("charge", e.category)
                ? e.actorSide : null;
            return d == null || targets.containsAll(List.of(d.split(", "))) ? null : d;
          }, out, "reports disagree on who did it");
        }
      }
      // tolls of one deed are told within its window: a merged event that spans longer is
      // read stretch by stretch (one week's toll is no rival count of the next week's)
      for (List<Report> stretch : stretches(g, window(base))) {
        disagreement(stretch, "size.dead", e -> e.dead, out,
            "reports disagree on how many were killed");
      }
    }
    // status: one process told as over by one origin, as halted or still going by another
    out.addAll(Status.contradictions(s.statuses));
    // status: talks over, talks go on (the first report of continuing talks within three days)
    for (Report a : s.over) {
      Report b = null;
      if (a.day == Report.NO_DAY) {
        b = s.firstContinuing;
      } else {
        b = s.firstContinuingUndated;
        for (int d = a.day - 3; d <= a.day + 3; d++) {
          Report x = s.continuing.get(d);
          if (x != null && (b == null || x.seq < b.seq)) {
            b = x;
          }
        }
      }
      if (b != null) {
        out.add(new Story.Contradiction("status", "status", List.of(a.id, b.id),
            List.of(value("ended", a), value("continuing", b)),
            "one side says it is over, the other that talks continue"));
      }
    }
    return out;
  }

  /*
   * A merged event's reports in stretches of at most w days: all of them when their days (told
   * or guessed) stay within w, reports without a day with them; else its dated reports in
   * order of day, a stretch opened by each report past the last stretch's first day plus w.
   */
  private static List<List<Report>> stretches(Group g, long w) {
    List<Report> dated = new ArrayList<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Report r : g.reports) {
      if (r.day != Report.NO_DAY) {
        dated.add(r);
        first = Math.min(first, r.day);
        last = Math.max(last, r.day);
      }
    }
    if (dated.isEmpty() || (long) last - first <= w) {
      return List.of(g.reports);
    }
    dated.sort(Comparator.comparingInt(r -> r.day));
    List<List<Report>> out = new ArrayList<>();
    List<Report> cur = null;
    int start = 0;
    for (Report r : dated) {
      if (cur == null || (long) r.day - start > w) {
        cur = new ArrayList<>();
        out.add(cur);
        start = r.day;
      }
      cur.add(r);
    }
    return out;
  }

  /*
   * Records a contradiction when reports of one merged event from different origins give
   * different values of a field (each report's value read by {@code read}, null when it gives
   * none): "armed terrorists" (state media) against the Nusra Front (Mayadeen) for one attack.
   */
  private static void disagreement(List<Report> pool, String field,
      java.util.function.Function<Report, String> read, List<Story.Contradiction> out,
      String note) {
    Map<String, List<Report>> byValue = new java.util.LinkedHashMap<>();
    Map<String, Set<String>> origins = new HashMap<>();
    for (Report e : pool) {
      String v = read.apply(e);
      if (v == null) {
        continue;
      }
      byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
      origins.computeIfAbsent(v, k -> new HashSet<>()).add(e.claimants.get(0));
    }
    if (byValue.size() < 2) {
      return;
    }
    // two values told by different origins: one voice changing its mind is not two sides, but
    // a voice that gives two values against another that gives one of them is ("three dead",
    // say opposition leaders; "three", then "five", the outlet's witnesses): with two values
    // or more, two origins among them are enough
    Set<String> voices = new HashSet<>();
    for (Set<String> o : origins.values()) {
      voices.addAll(o);
    }
    if (voices.size() < 2 || byValue.size() > 6) {
      return; // one voice, or a scatter of readings rather than two sides
    }
    List<String> ids = new ArrayList<>();
    List<Story.Value> values = new ArrayList<>();
    for (Map.Entry<String, List<Report>> e : byValue.entrySet()) {
      Set<String> names = new LinkedHashSet<>();
      List<String> reports = new ArrayList<>();
      for (Report x : e.getValue()) {
        names.addAll(x.claimants);
        reports.add(x.id);
        if (ids.size() < 20) {
          ids.add(x.id);
        }
      }
      values.add(new Story.Value(e.getKey(), List.copyOf(names), List.copyOf(reports)));
    }
    out.add(new Story.Contradiction("value", field, List.copyOf(ids), List.copyOf(values), note));
  }

  /*
   * The side a report names as the doer, or null when it names none (a kind of armed actor
   * stands for the side kind-sides.tsv gives its code, other kinds for none): a unit counts for
   * the body it belongs to, and a state's army, government, police and
   * officials are one side ("the Syrian Arab Army" and "the Syrian government" agree).
   */
  private String sides(List<Event.Entity> entities) {
    Set<String> sides = new java.util.TreeSet<>();
    for (Event.Entity a : entities) {
      String id = a.identifierId();
      if (id == null || id.equals("civilians")) {
        continue;
      }
      if (id.startsWith("agent:") || id.startsWith("unnamed:")) {
        String side = a.code() == null ? null : KIND_SIDES.get(a.code());
        if (side != null) {
          sides.add(side); // "armed terrorists", "the rebels": a side, though no one named
        }
        continue;
      }
      List<String> line = knowledge.lineage(id);
      String root = line.get(line.size() - 1);
      Actor r = knowledge.actor(root).orElse(null);
      if (r == null) {
        sides.add(a.identifierText() == null ? id : a.identifierText());
      } else if (STATE_SIDE.contains(r.kind()) && !r.country().isEmpty()) {
        sides.add(r.country() + " state");
      } else {
        sides.add(r.name());
      }
    }
    return sides.isEmpty() ? null : String.join(", ", sides);
  }

  /* The side a kind of armed actor stands for, by its code (kind-sides.tsv). */
  private static final Map<String, String> KIND_SIDES = new HashMap<>();

  static {
    for (String[] r : org.sitrep.text.DataFiles.readTsv(StoryLinker.class, "kind-sides.tsv")) {
      KIND_SIDES.put(r[0], r[1]);
    }
  }

  private static final Set<String> STATE_SIDE = Set.of("state", "government", "military",
      "police", "official");

  /* The number of dead a report gives, or null. */
  private static String dead(Event e) {
    Object d = e.size() == null ? null : e.size().get("dead");
    if (d instanceof Map<?, ?> m) {
      d = m.get("value");
    }
    return d == null ? null : String.valueOf(d);
  }

  private static Story.Value value(Object v, Report e) {
    return new Story.Value(v, e.claimants, List.of(e.id));
  }

  /* Who says so: the name of each claimant, or the outlet when the report names none. */
  private List<String> claimantNames(Event e) {
    List<String> out = new ArrayList<>();
    for (Event.Claimant c : e.claim().claimants()) {
      out.add(c.name());
    }
    if (out.isEmpty()) {
      out.add(outletOf.getOrDefault(e.docId(), e.docId()));
    }
    return List.copyOf(out);
  }

  private String title(StoryState s) {
    String place = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : s.identities.entrySet()) {
      if (knowledge.place(e.getKey()).isPresent() && e.getValue() > best) {
        best = e.getValue();
        place = knowledge.place(e.getKey()).get().name();
      }
    }
    List<String> names = new ArrayList<>();
    s.identities.entrySet().stream()
        .filter(e -> knowledge.actor(e.getKey()).map(a -> !a.kind().equals("outlet")
            && !a.kind().equals("monitor")).orElse(false))
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(2)
        .forEach(e -> names.add(knowledge.actor(e.getKey()).get().name()));
    StringBuilder t = new StringBuilder(place == null ? "Story" : place);
    if (!names.isEmpty()) {
      t.append(": ").append(String.join(", ", names));
    }
    LocalDate first = s.firstEvent == Report.NO_DAY ? null : LocalDate.ofEpochDay(s.firstEvent);
    LocalDate last = s.lastEvent == Report.NO_DAY ? null : LocalDate.ofEpochDay(s.lastEvent);
    if (first != null) {
      String a = first.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
      String b = last.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
      t.append(", ").append(a.equals(b) && first.getYear() == last.getYear() ? a
          : a + (first.getYear() == last.getYear() ? "" : " " + first.getYear()) + "–" + b)
          .append(' ').append(last.getYear());
    }
    return t.toString();
  }
}
