package org.sitrep.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
  private int mergedIds;

  public StoryLinker(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /* One real-world event being built: its reports and what they share. */
  private final class Group {
    final String id;
    final String family;
    final List<Event> events = new ArrayList<>();
    final Set<String> participants = new HashSet<>();
    final Set<String> doers = new HashSet<>();
    LocalDate first;
    LocalDate last;
    StoryState story;

    Group(String family) {
      this("m" + (++mergedIds), family);
    }

    Group(String id, String family) {
      this.id = id;
      this.family = family;
    }

    void add(Event e) {
      if (tracking && story != null) { // a link that changed, for drainLinks
        changed.put(e.id(), new Link(e.id(), story.id, id, events.size()));
      }
      events.add(e);
      participants.addAll(participants(e));
      doers.addAll(doers(e));
      LocalDate d = date(e);
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
  }

  /* A story being built. */
  private static final class StoryState {
    final String id;
    final int ord;
    final List<String> docs = new ArrayList<>();
    final Map<String, Integer> identities = new HashMap<>();
    final List<Group> groups = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    LocalDate first;
    LocalDate last;

    StoryState(String id, int ord) {
      this.id = id;
      this.ord = ord;
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
    StoryState best = null;
    double bestScore = 0;
    // only stories that share a name can score: found through the names, in the stories' order
    java.util.TreeMap<Integer, StoryState> candidates = new java.util.TreeMap<>();
    for (String id : ids) {
      for (StoryState s : storiesOf.getOrDefault(id, List.of())) {
        candidates.put(s.ord, s);
      }
    }
    for (StoryState s : candidates.values()) {
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
    for (Event e : events) {
      link(best, e);
    }
    return best.id;
  }

  /* The names a document is told apart by: kinds of actors ("police", "officials") tell none. */
  private static Set<String> storyIds(List<Mention> mentions) {
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      String id = m.identifierId();
      if (id != null && !id.startsWith("country:") && !id.startsWith("unnamed:")
          && !id.startsWith("agent:") && !id.equals("civilians")) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static LocalDate when(Document doc, List<Event> events, LocalDate anchor) {
    return doc.published().value() == null && anchor != null ? anchor : docDate(doc, events);
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
        storiesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
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

  private final Map<String, StoryState> byId = new HashMap<>();
  private final Map<String, List<StoryState>> storiesOf = new HashMap<>();
  private final Map<String, Link> changed = new LinkedHashMap<>();
  private boolean tracking;
  private final Map<String, Map<String, java.util.TreeMap<Integer, Event>>> restored =
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
      addOrder.putIfAbsent(e.id(), addOrder.size());
      s.events.add(e);
      restored.computeIfAbsent(storyId, k -> new LinkedHashMap<>())
          .computeIfAbsent(l.mergedId(), k -> new java.util.TreeMap<>()).put(l.position(), e);
    }
  }

  /* Builds the merged events of restored documents: in the order made, reports in theirs. */
  private void settle() {
    if (restored.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Map<String, java.util.TreeMap<Integer, Event>>> st
        : restored.entrySet()) {
      StoryState s = byId.get(st.getKey());
      List<String> ids = new ArrayList<>(st.getValue().keySet());
      for (Group g : s.groups) {
        if (!st.getValue().containsKey(g.id)) {
          ids.add(g.id); // a merged event restored earlier that no restored report joined
        }
      }
      ids.sort((a, b) -> Long.compare(number(a), number(b)));
      Map<String, Group> had = new HashMap<>();
      s.groups.forEach(g -> had.put(g.id, g));
      s.groups.clear();
      for (String id : ids) {
        Group g = had.get(id);
        java.util.TreeMap<Integer, Event> more = st.getValue().getOrDefault(id,
            new java.util.TreeMap<>());
        if (g == null) {
          g = new Group(id, family(more.firstEntry().getValue()));
        }
        for (Event e : more.values()) {
          g.add(e);
          changed.remove(e.id()); // as it was: not a change
        }
        g.story = s;
        s.groups.add(g);
        mergedIds = (int) Math.max(mergedIds, number(id));
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

  /** Shared identities over the document's identities, counting only names a story has twice. */
  private static double similarity(Set<String> ids, StoryState s) {
    if (ids.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String id : ids) {
      if (s.identities.containsKey(id)) {
        shared++;
      }
    }
    return shared < 2 ? 0 : (double) shared / ids.size();
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

  private void link(StoryState s, Event e) {
    addOrder.putIfAbsent(e.id(), addOrder.size());
    s.events.add(e);
    List<Group> fits = new ArrayList<>();
    String family = family(e);
    for (Group g : s.groups) {
      if (g.family.equals(family) && fits(e, g)) {
        fits.add(g);
      }
    }
    if (e.event().get(0).equals("AGREE")) {
      // "the deal" that does not say what it settles is the deal of the process at that place
      // ("the deal" here, "the evacuation deal" there: one deal, named by its process)
      for (Group g : s.groups) {
        if (!g.family.equals(family) && fits(e, g)) {
          if (e.topic() != null) {
            fits.add(g);
          } else {
            fits.add(0, g); // into one process only, which keeps its name
            break;
          }
        }
      }
    }
    Group into;
    if (fits.isEmpty()) {
      into = new Group(family(e));
      into.story = s;
      s.groups.add(into);
    } else {
      into = fits.get(0);
      for (Group other : fits.subList(1, fits.size())) {
        for (Event x : other.events) {
          into.add(x); // this report bridges two groups: they were one event all along
        }
        s.groups.remove(other);
      }
    }
    into.add(e);
  }

  /**
   * The process an event reports, and how sure: its topic (negotiation; evacuation, where a
   * demand or a denial is an act of its own) or its category, and the modality class. Reports of
   * what happened or is planned merge; denials, possibilities and allegations only with their
   * own kind.
   */
  static String family(Event e) {
    String c = e.event().get(0);
    String mode = e.mode().isEmpty() ? "" : e.mode().get(0);
    String f;
    if (e.topic() == null) {
      f = c;
    } else if (mode.equals("release") || mode.equals("disarm")) {
      f = e.topic() + "-" + mode; // freeing captives and handing over weapons are acts of their own
    } else if (e.topic().equals("evacuation") && (c.equals("REQUEST") || c.equals("REJECT"))) {
      f = e.topic() + "-" + c;
    } else if (e.topic().equals("negotiation") && c.equals("REQUEST") && !mode.equals("meet")) {
      f = "REQUEST"; // a condition set for talks is a demand, not the talks
    } else {
      f = e.topic();
    }
    String m = e.claim().modality();
    String cls = m.equals("asserted") || m.equals("planned") ? "" : "/" + m;
    return f + cls;
  }

  /* A process a deal can settle, told with the same certainty: "AGREE" into "evacuation". */
  private static boolean dealOf(String process, String agree) {
    if (!agree.startsWith("AGREE")) {
      return false;
    }
    String cls = agree.substring("AGREE".length());
    return process.equals("evacuation" + cls) || process.equals("negotiation" + cls);
  }

  private static String base(Event e) {
    return family(e).replaceFirst("/.*$", "");
  }

  /** The most days the dated reports of one event may span, by process. */
  private static long window(String family) {
    String f = family.replaceFirst("[/-].*$", "");
    return switch (f) {
      case "negotiation", "evacuation" -> 21;
      case "MOBILIZE" -> 14;
      case "COERCE" -> 5; // a place taken is claimed, denied and confirmed over days
      case "ASSAULT" -> 2;
      default -> 3;
    };
  }

  private boolean fits(Event e, Group g) {
    String family = family(e);
    boolean deal = e.event().get(0).equals("AGREE")
        && (e.topic() == null ? dealOf(g.family, family) : dealOf(family, g.family));
    if (!family.equals(g.family) && !deal) {
      return false;
    }
    // shared participants: two, or one specific one (a state alone, like "Russia", is in many
    // processes at once, and "the militants" of two reports may be two groups)
    Set<String> shared = new HashSet<>(participants(e));
    shared.retainAll(g.participants);
    boolean specific = false;
    for (String x : shared) {
      String kind = knowledge.actor(x).map(a -> a.kind()).orElse("unnamed");
      specific |= !kind.equals("state") && !kind.equals("unnamed");
    }
    if (shared.size() < 2 && !specific && !(sameFrame(e, g) && !rivals(e, g))) {
      return false;
    }
    LocalDate d = date(e);
    if (d != null && g.first != null) {
      long w = window(g.family);
      // the whole event stays within its window: reports one day apart do not chain a week
      LocalDate from = d.isBefore(g.first) ? d : g.first;
      LocalDate to = d.isAfter(g.last) ? d : g.last;
      if (ChronoUnit.DAYS.between(from, to) > w) {
        return false;
      }
    }
    return nearby(e, g);
  }

  /*
   * A report joins a process of its story told at the same place (25 km) on a date it allows
   * ("the deal", "الاتفاق", "the evacuation" of one city in one week), whoever it names: outlets
   * name different sides of one deal or one attack, and actors are what a coder reads least
   * surely. The date window is checked by the caller.
   */
  private boolean sameFrame(Event e, Group g) {
    if (e.eventLoc() == null || e.eventLoc().lat() == null) {
      return false;
    }
    for (Event x : g.events.subList(0, Math.min(25, g.events.size()))) {
      if (x.eventLoc() != null && x.eventLoc().lat() != null
          && km(e.eventLoc().lat(), e.eventLoc().lon(), x.eventLoc().lat(), x.eventLoc().lon())
              <= 25) {
        return true;
      }
    }
    return false;
  }

  /*
   * Two reports whose doers are named groups or persons, none in common ("Jaysh al-Islam agreed",
   * "Faylaq al-Rahman agreed"): two acts at one place, not one told twice. States, armies and
   * bodies take part in many acts at once and tell none apart.
   */
  private boolean rivals(Event e, Group g) {
    Set<String> mine = doers(e);
    if (mine.isEmpty() || g.doers.isEmpty()) {
      return false;
    }
    for (String x : mine) {
      if (g.doers.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /* Kinds of actors that tell two acts apart; states, governments and bodies do not. */
  private static final Set<String> DOERS = Set.of("group", "official", "outlet", "police");

  /** The named groups, forces and persons an event gives as its actors. */
  private Set<String> doers(Event e) {
    Set<String> out = new HashSet<>();
    for (Event.Entity a : e.actor()) {
      String id = a.identifierId();
      if (id == null) {
        continue;
      }
      String kind = knowledge.actor(id).map(x -> x.kind()).orElse("");
      if (DOERS.contains(kind)) {
        out.add(id);
      }
    }
    return out;
  }

  private static boolean nearby(Event e, Group g) {
    if (e.eventLoc() == null || e.eventLoc().lat() == null) {
      return true;
    }
    // the first reports say where an event is; a long page's hundredth need not be read
    for (Event x : g.events.subList(0, Math.min(25, g.events.size()))) {
      if (x.eventLoc() == null || x.eventLoc().lat() == null
          || km(e.eventLoc().lat(), e.eventLoc().lon(), x.eventLoc().lat(), x.eventLoc().lon())
              <= 60) {
        return true;
      }
    }
    return false;
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

  /** Every event added so far with its story and merged event set, in the order added. */
  public List<Event> linkedEvents() {
    settle();
    Map<String, String[]> links = new HashMap<>();
    List<Event> order = new ArrayList<>();
    for (StoryState s : stories) {
      for (Group g : s.groups) {
        for (Event e : g.events) {
          links.put(e.id(), new String[] {s.id, g.id});
        }
      }
      order.addAll(s.events);
    }
    order.sort((a, b) -> Integer.compare(seq(a), seq(b)));
    List<Event> out = new ArrayList<>(order.size());
    for (Event e : order) {
      String[] l = links.get(e.id());
      out.add(e.withStory(l[0], l[1]));
    }
    return out;
  }

  private final Map<String, Integer> addOrder = new HashMap<>();

  private int seq(Event e) {
    return addOrder.computeIfAbsent(e.id(), k -> addOrder.size());
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
    List<String> reports = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> origins = new LinkedHashSet<>();
    Map<String, Integer> categories = new LinkedHashMap<>();
    Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
    Map<String, Map<String, Object>> recipients = new LinkedHashMap<>();
    Event.Location loc = null;
    for (Event e : g.events) {
      reports.add(e.id());
      String outlet = outletOf.getOrDefault(e.docId(), e.docId());
      outlets.add(outlet);
      origins.add(e.claim().claimants().isEmpty() ? outlet
          : e.claim().claimants().get(0).name());
      for (String c : e.event()) {
        categories.merge(c, 1, Integer::sum);
      }
      for (Event.Entity a : e.actor()) {
        actors.putIfAbsent(key(a), entity(a));
      }
      for (Event.Entity a : e.recipient()) {
        recipients.putIfAbsent(key(a), entity(a));
      }
      if (loc == null && e.eventLoc() != null) {
        loc = e.eventLoc();
      }
    }
    List<String> cats = new ArrayList<>(categories.keySet());
    cats.sort((a, b) -> categories.get(b) - categories.get(a));
    Map<String, Object> place = null;
    if (loc != null) {
      place = new LinkedHashMap<>();
      place.put("name", loc.name());
      place.put("lat", loc.lat());
      place.put("lon", loc.lon());
      place.put("country_code", loc.countryCode());
      place.put("gazetteer_id", loc.gazetteerId());
    }
    return new Story.Merged(g.id, cats, g.first == null ? null : g.first.toString(),
        g.last == null || g.last.equals(g.first) ? null : g.last.toString(),
        new ArrayList<>(actors.values()), new ArrayList<>(recipients.values()), place, reports,
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
    // indexed by process and category so that a long page is not read pair by pair
    Map<String, List<Event>> asserted = new HashMap<>();
    for (Event b : s.events) {
      if (b.claim().modality().equals("asserted")) {
        asserted.computeIfAbsent(base(b) + "|" + b.event().get(0), k -> new ArrayList<>()).add(b);
      }
    }
    Set<String> seen = new HashSet<>();
    for (Event a : s.events) {
      if (!a.claim().modality().equals("denied")) {
        continue;
      }
      List<String> aNames = claimantNames(a);
      Set<String> pa = participants(a);
      // every report that asserts what this one denies is the other side, up to a page's worth
      List<String> ids = new ArrayList<>(List.of(a.id()));
      Set<String> names = new LinkedHashSet<>();
      for (Event b : asserted.getOrDefault(base(a) + "|" + a.event().get(0), List.of())) {
        if (b.docId().equals(a.docId()) && aNames.equals(claimantNames(b))) {
          continue; // one voice saying both is not two sides
        }
        Set<String> shared = new HashSet<>(pa);
        shared.retainAll(participants(b));
        if (shared.isEmpty() || !seen.add(a.id() + b.id()) || seen.size() > 1000) {
          continue;
        }
        ids.add(b.id());
        names.addAll(claimantNames(b));
        if (ids.size() > 20) {
          break;
        }
      }
      if (ids.size() > 1) {
        out.add(new Story.Contradiction("negation", "modality", List.copyOf(ids),
            List.of(value("denied", a), new Story.Value("asserted", List.copyOf(names),
                List.copyOf(ids.subList(1, ids.size())))),
            a.event().get(0) + " denied in one report and reported in another"));
      }
    }
    // value: where the fighters go
    List<Event> moves = new ArrayList<>();
    for (Event e : s.events) {
      if (e.destination() != null && e.destination().lat() != null
          && "evacuation".equals(e.topic())) {
        moves.add(e);
      }
    }
    List<List<Event>> places = new ArrayList<>();
    for (Event e : moves) {
      List<Event> home = null;
      for (List<Event> c : places) {
        Event x = c.get(0);
        if (km(e.destination().lat(), e.destination().lon(), x.destination().lat(),
            x.destination().lon()) <= 50) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        places.add(home);
      }
      home.add(e);
    }
    if (places.size() >= 2) {
      List<String> ids = new ArrayList<>();
      List<Story.Value> values = new ArrayList<>();
      for (List<Event> c : places) {
        List<String> reports = new ArrayList<>();
        Set<String> claimants = new LinkedHashSet<>();
        for (Event e : c) {
          ids.add(e.id());
          reports.add(e.id());
          claimants.addAll(claimantNames(e));
        }
        values.add(new Story.Value(c.get(0).destination().name(), new ArrayList<>(claimants),
            reports));
      }
      out.add(new Story.Contradiction("value", "destination", ids, values,
          "reports disagree on where the evacuees go"));
    }
    // value: who did it, and how many died, as told by different origins of one merged event
    for (Group g : s.groups) {
      if (g.events.size() < 2) {
        continue;
      }
      String base = g.family.replaceFirst("[/-].*$", "");
      if (base.equals("ASSAULT") || base.equals("COERCE")) {
        // a side that another report names as the target fought back, it is no rival account;
        // only targets the text names count (not the foe a page implies for an untargeted deed)
        Set<String> targets = new HashSet<>();
        for (Event e : g.events) {
          List<Event.Entity> written = new ArrayList<>();
          for (Event.Entity r : e.recipient()) {
            if (r.entityText() != null) {
              written.add(r);
            }
          }
          String t = sides(written);
          if (t != null) {
            targets.addAll(List.of(t.split(", ")));
          }
        }
        disagreement(g, "actor", e -> {
          String d = sides(e.actor());
          return d == null || targets.containsAll(List.of(d.split(", "))) ? null : d;
        }, out, "reports disagree on who did it");
      }
      disagreement(g, "size.dead", StoryLinker::dead, out,
          "reports disagree on how many were killed");
    }
    // status: one process told as over by one origin, as halted or still going by another
    out.addAll(Status.contradictions(s.events, StoryLinker::base, this::claimantNames));
    // status: talks over, talks go on
    for (Event a : s.events) {
      boolean over = (a.event().contains("THREATEN") || a.event().contains("SANCTION"))
          && ENDED.matcher(a.eventText()).find();
      if (!over) {
        continue;
      }
      for (Event b : s.events) {
        if (b.event().contains("CONSULT") && CONTINUING.matcher(b.eventText()).find()
            && closeInTime(a, b, 3)) {
          out.add(new Story.Contradiction("status", "status", List.of(a.id(), b.id()),
              List.of(value("ended", a), value("continuing", b)),
              "one side says it is over, the other that talks continue"));
          break;
        }
      }
    }
    return out;
  }

  /*
   * Records a contradiction when reports of one merged event from different origins give
   * different values of a field (each report's value read by {@code read}, null when it gives
   * none): "armed terrorists" (state media) against the Nusra Front (Mayadeen) for one attack.
   */
  private void disagreement(Group g, String field, java.util.function.Function<Event, String> read,
      List<Story.Contradiction> out, String note) {
    Map<String, List<Event>> byValue = new java.util.LinkedHashMap<>();
    Map<String, Set<String>> origins = new HashMap<>();
    for (Event e : g.events) {
      String v = read.apply(e);
      if (v == null) {
        continue;
      }
      byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
      origins.computeIfAbsent(v, k -> new HashSet<>()).add(claimantNames(e).get(0));
    }
    if (byValue.size() < 2) {
      return;
    }
    // two values told by different origins: one voice changing its mind is not two sides
    Set<String> all = new HashSet<>();
    int voices = 0;
    for (Set<String> o : origins.values()) {
      voices += all.addAll(o) ? 1 : 0;
    }
    if (voices < 2 || byValue.size() > 6) {
      return; // one voice, or a scatter of readings rather than two sides
    }
    List<String> ids = new ArrayList<>();
    List<Story.Value> values = new ArrayList<>();
    for (Map.Entry<String, List<Event>> e : byValue.entrySet()) {
      Set<String> names = new LinkedHashSet<>();
      List<String> reports = new ArrayList<>();
      for (Event x : e.getValue()) {
        names.addAll(claimantNames(x));
        reports.add(x.id());
        if (ids.size() < 20) {
          ids.add(x.id());
        }
      }
      values.add(new Story.Value(e.getKey(), List.copyOf(names), List.copyOf(reports)));
    }
    out.add(new Story.Contradiction("value", field, List.copyOf(ids), List.copyOf(values), note));
  }

  /*
   * The side a report names as the doer, or null when it names none (a kind of actor names no
   * one): a unit counts for the body it belongs to, and a state's army, government, police and
   * officials are one side ("the Syrian Arab Army" and "the Syrian government" agree).
   */
  private String sides(List<Event.Entity> entities) {
    Set<String> sides = new java.util.TreeSet<>();
    for (Event.Entity a : entities) {
      String id = a.identifierId();
      if (id == null || id.startsWith("agent:") || id.startsWith("unnamed:")
          || id.equals("civilians")) {
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

  private static boolean closeInTime(Event a, Event b, int days) {
    if (a.date() == null || b.date() == null) {
      return true;
    }
    return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.date()), LocalDate.parse(b.date())))
        <= days;
  }

  private Story.Value value(Object v, Event e) {
    return new Story.Value(v, claimantNames(e), List.of(e.id()));
  }

  private List<String> claimantNames(Event e) {
    List<String> out = new ArrayList<>();
    for (Event.Claimant c : e.claim().claimants()) {
      out.add(c.name());
    }
    if (out.isEmpty()) {
      out.add(outletOf.getOrDefault(e.docId(), e.docId()));
    }
    return out;
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
    LocalDate first = null;
    LocalDate last = null;
    for (Event e : s.events) {
      LocalDate d = date(e);
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
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
