package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Timex;

/**
 * Codes the events of one sentence: for each trigger, its actors (the subject, the doers of a
 * coordinated verb, the speaker of a speech act or of its own deed, the denier, or the last doer
 * of the narrative), recipients, places, date, modality and claimants; one event per category
 * and clause. Thread-safe.
 */
final class SentenceCoder {
  /* "سيطرته", "سيطرتها" (its control), or control announced without an owner ("أعلن … السيطرة"). */
  private static final Pattern OWN_CONTROL =
      Pattern.compile("^(?:\\S*(?:ته|تها|تهم)(?:\\s|$)|ال?سيطرة\\s)");
  /* A proclitic ("و", "ف", "ل", "س", "ب") or the article: no bare verb form. */
  private static final Pattern VERB_PREFIX = Pattern.compile("^(?:[وفلسب]|ال)");

  private final ClaimantFinder claimants;
  private final ActorFinder doers;
  private final RecipientFinder objects;
  private final Nationality nationality;
  private final DestinationFinder destinations;

  SentenceCoder(ClaimantFinder claimants, ActorFinder doers, RecipientFinder objects,
      Nationality nationality, DestinationFinder destinations) {
    this.destinations = destinations;
    this.claimants = claimants;
    this.doers = doers;
    this.objects = objects;
    this.nationality = nationality;
  }

  /* True when a claimant of the chain is a reporter: unnamed sources, an outlet, a monitor. */
  private static boolean reporters(List<Event.Claimant> claims) {
    for (Event.Claimant c : claims) {
      if ("unnamed".equals(c.kind()) || "outlet".equals(c.kind())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Codes the events of sentence {@code s}, given its mentions {@code ms}, temporal expressions
   * {@code ts}, claimants {@code said} and claimant chain, the page's main place, the narrative
   * so far, the number of events coded before it and the day of its report (or null). The
   * narrative learns the doers of the sentence's deeds.
   */
  List<Event> code(Document doc, Sent s, List<Mention> ms, List<Timex> ts, List<Said> said,
      List<Event.Claimant> chain, Mention mainPlace, Narrative story, int seq, String reportDay) {
    List<Hit> kept = new ArrayList<>();
    for (Hit h : TriggerFinder.find(s, said)) {
      if (!insideName(ms, h)) {
        kept.add(h);
      }
    }
    Map<String, Hit> coded = new HashMap<>(); // the categories this sentence has an event of
    List<Mention> prevDoers = null; // the doers of the sentence's last deed, and its trigger
    Hit prevHit = null;
    List<Mention> victims = new ArrayList<>(); // subjects of a passive attack or seizure
    // a denial: what follows "denied that" is denied by the denier
    Hit denial = null;
    for (Hit h : kept) {
      if (h.has("deny")) {
        denial = h;
        break;
      }
    }
    List<Event> out = new ArrayList<>();
    List<EventAssembler.Findings> findings = new ArrayList<>();
    Map<Hit, List<Mention>> deeds = new HashMap<>(); // the doers of the sentence's deeds of force
    Mention denier = null;
    Hit deniedHit = null;
    java.util.Set<Hit> reacted = DeedNouns.reactedTo(s, ms, kept);
    for (Hit h : kept) {
      if (denial != null && h != denial && h.start() > denial.start() && deniedHit == null) {
        deniedHit = h; // the denial covers the first event of its complement only
      }
    }
    for (Hit h : kept) {
      // s54: "would not negotiate", "لن تتفاوض": a refusal made now, a REJECT, not one more of
      // its deed's category ("after a cabinet meeting … would not negotiate with")
      boolean refused = ModalityClassifier.refused(s, h);
      Hit same = coded.get(refused ? "REJECT" : h.trigger().category());
      if ((same != null && !TriggerFinder.newClause(s, same, h))
          || TriggerFinder.background(s, h, ts)) {
        continue;
      }
      Hit advance = coded.get("ASSAULT");
      if (h.has("armed") && h.has("movement") && "MOBILIZE".equals(h.trigger().category())
          && advance != null && advance.has("movement") && advance.start() < h.start()) {
        continue; // "advanced on Douma … and have even entered it": where the advance ended
      }
      if (Crowds.aim(s, coded, h)) {
        continue; // "protested …, demanding the resignation": the protest's aim
      }
      if (!s.arabic && reacted.contains(h) && !story.deedDoers(h.trigger().category(),
          DeedNouns.noun(s, h), false).isEmpty()) {
        // s54: "Russia condemned the attack", the page's deed of that kind told before: the
        // reaction's object, not a deed told again (CODING.md: several sentences may describe
        // one event; code it once). Not in Arabic, where the blind golds' odd halves code such
        // deeds more often than not ("ودانت الأمم المتحدة الهجوم المروع")
        continue;
      }
      if (TriggerFinder.prevented(s, h)) {
        continue; // "prevented from leaving", "stopped from fleeing": it did not happen
      }
      boolean denied = h == deniedHit;
      if (!denied && deniedHit != null && TriggerFinder.termOf(s, deniedHit, h)) {
        continue; // "denied that it reached an agreement with Russia to leave": part of the deal
      }
      if (denied && h.category().dropDenied()) {
        continue; // denying a stop is no stop; the REJECT carries the denial
      }
      List<Mention> actors = doers.actors(s, ms, said, h, denied ? denial.end() : -1);
      if (prevDoers != null && !s.arabic && !ActorFinder.passive(s, h)
          && ActorFinder.coordinated(s, prevHit, h)) {
        actors = prevDoers; // "seized the workers … and killed three of them": the same doers
      }
      List<Mention> matrix = Adjunct.subject(s, ms, said, h);
      if (matrix != null) {
        actors = matrix; // "The military released footage, refuting the claims"
      }
      if (actors.isEmpty()) {
        List<Mention> timed = Adjunct.timeSubject(s, ms, said, h);
        if (timed != null) {
          actors = timed; // "retook the town after killing dozens of insurgents"
        }
      }
      List<Mention> targets = List.of();
      if (h.has("subject-is-target")) {
        // "Shabiha runs the page", "X is accused of": the speaker accuses the subject;
        // "the convoy came under fire": the subject suffers it, the doer is not named here
        List<Mention> agents = Casualties.agentsAfter(s, h, actors);
        if (!agents.isEmpty()) {
          // "the checkpoint came under attack by IS fighters", "… fire from Houthi positions":
          // the agent after it does it, the subject before it suffers it
          Mention subject = Casualties.subjectBefore(s, ms, said, h);
          targets = subject == null ? List.of() : objects.forces(s, ms,
              Casualties.subject(s, ms, subject));
          actors = agents;
        } else {
          targets = actors;
          actors = h.category().speakerActs()
              ? (said.isEmpty() || said.get(0).id() == null ? List.of()
                  : List.of(claimants.actorMention(said.get(0))))
              : List.of();
        }
      }
      List<Event.Claimant> claims = AttributionFinder.outside(s, said, h) ? story.voiceBefore
          : Said.scoped(said, h, chain);
      if (denied && denier != null) {
        claims = List.of(new Event.Claimant(denier.identifierText(), "group",
            denier.identifierId()));
      }
      if (actors.isEmpty() && !h.has("subject-is-target")) {
        Mention speaker = SpeakerSubject.of(s, ms, said, h, claimants);
        if (speaker != null) {
          actors = List.of(speaker); // "The GNA said it had launched an operation"
        }
      }
      if (actors.isEmpty() && !said.isEmpty() && h.speechAct()) {
        Said c = said.get(0);
        if (c.id() != null) {
          actors = List.of(claimants.actorMention(c));
        }
      }
      if (s.arabic && !said.isEmpty() && said.get(0).id() != null
          && said.get(0).end() <= h.start() && h.start() - said.get(0).end() <= 80
          && OWN_CONTROL.matcher(s.text.substring(h.start() - s.start)).find()) {
        // "أعلن التحالف عن سيطرته على المطار": the speaker's own control
        actors = List.of(claimants.actorMention(said.get(0)));
      } else if (s.arabic && (h.has("pos:N") || bare(s, h)) && !said.isEmpty()
          && said.get(0).id() != null
          && said.get(0).reach() <= h.start() && h.start() - said.get(0).reach() <= 2
          && !h.category().speech() && !actorInside(ms, h)
          && !DateChooser.wordBetween(s, said.get(0).end(), h.start(),
              ClaimantFinder.COMPLEMENTIZERS)) {
        // "أعلن الجيش أسر 123 عنصرا": a deed the speaker announces as its object, naming no
        // doer of its own, is the speaker's (s52: not a noun after "إن", "وقالت الوزارة إن
        // القصف انتهاك": the subject of a clause of its own)
        actors = List.of(claimants.actorMention(said.get(0)));
      }
      actors = ArabicSubjects.patrons(s, ms, actors); // "المجموعات التابعة لهيئة تحرير الشام"
      actors = Owners.of(s, ms, said, actors, claimants); // "the LNA said its air force had"
      Mention owner = Owners.ofNoun(s, ms, h);
      if (owner != null) {
        actors = List.of(owner); // "strikes on Houthi reinforcements heading to Marib"
      }
      Mention cause = ArabicSubjects.causeDoer(s, ms, kept, h);
      if (cause != null) {
        // "قتل 4 جنود … بقصف مدفعي لقوات النظام": the attack's doer; the subject suffers it
        for (Mention m : actors) {
          if (m.end() <= h.start() && !victims.contains(m)) {
            victims.add(m);
          }
        }
        actors = List.of(cause);
        if (targets.stream().anyMatch(t -> java.util.Objects.equals(t.identifierId(),
            cause.identifierId()))) {
          // "استشهد ثلاثة مدنيين جراء العدوان": whom it befell stands between verb and cause
          Mention hit = null;
          for (Mention m : ms) {
            if (m.kind().equals("actor") && m.start() >= h.end() && m.end() <= cause.start()) {
              hit = m;
              break;
            }
          }
          targets = hit == null ? List.of() : List.of(hit);
        }
      }
      // an adverbial participle's row, or an Arabic verbal noun read as one ("، مطالبة")
      boolean adverbial = h.has("adverbial") || ArabicSubjects.circumstantial(s, h);
      if (adverbial) {
        // "وأشار المسماري إلى …، نافيا ورود أي بلاغ": the speaker, else the sentence's subject
        Mention subject = doers.sentenceSubject(s, ms, h);
        if (!said.isEmpty() && said.get(0).end() <= h.start() && (said.get(0).id() != null
            || "person".equals(said.get(0).kind()) || "group".equals(said.get(0).kind()))) {
          // (s52: a speaker the catalogue does not know speaks too: "وأكد الشيخ … أن …، محملا";
          // a kind of actor among its words is that speaker: "محافظ المدينة")
          Said c = said.get(0);
          Mention agent = c.id() != null ? null : ms.stream().filter(m -> m.kind().equals("actor")
              && m.start() >= c.start() && m.end() <= c.end()).findFirst().orElse(null);
          actors = List.of(agent != null ? agent : claimants.actorMention(c));
        } else if (subject != null) {
          actors = List.of(subject);
        } else {
          // "، داعيا عناصر التنظيم إلى": whom the participle addresses is not its doer
          int at = h.start();
          actors = actors.stream().filter(m -> m.end() <= at).toList();
        }
      }
      if (s.arabic && h.speechAct() && !h.has("pos:N") && (h.has("pos:V")
          && SpeakerSubject.coordinatedVerb(s, h) && (actors.isEmpty()
              || actors.get(0).start() < h.start())
          || !actors.isEmpty() && !adverbial
              && SpeakerSubject.reportBetween(s, ms, actors.get(0).end(), h))) {
        // s45: a verb after a comma and "و" with no subject after it ("قالت منظمة … (يونيسف) إن
        // …، ودعت أطراف النزاع إلى"), or a speech act after a reporting verb with no subject of
        // its own ("هنأ … فائز السراج الليبيين …، وقال إن "دماء الشهداء لن تذهب هدرا""), is the
        // sentence's subject's, not the nearest name's (an object does not speak)
        Mention subject = doers.sentenceSubject(s, ms, h);
        if (subject != null) {
          actors = List.of(subject);
        }
      }
      Said andSpeaker = SpeakerSubject.andVerbSpeaker(s, said, h, ms);
      if (andSpeaker != null) {
        actors = List.of(claimants.actorMention(andSpeaker)); // "X said …, and denounced"
      }
      Said giver = actors.isEmpty() ? SpeakerSubject.announcedAid(s, ms, said, h) : null;
      if (giver != null) {
        actors = List.of(claimants.actorMention(giver)); // "Britain announced £120m in aid"
      }
      Said self = SpeakerSubject.pronounSubject(s, said, h);
      if (self != null) {
        actors = List.of(claimants.actorMention(self)); // "قالت الفصائل في بيان إنها سيطرت"
      }
      int[] own = SpeakerSubject.ownForces(s, h);
      Said possessor = own == null ? null : SpeakerSubject.speakerBefore(said, h);
      Mention force = possessor == null ? null
          : objects.owned(s, claimants.actorMention(possessor), own[0], own[1]);
      if (force != null) {
        actors = List.of(force); // "أعلنت الحكومة أن قواتها سيطرت": the speaker's own forces
      }
      if (actors.isEmpty() && denied && denier != null
          && SpeakerSubject.denierActs(s, denial, h)) {
        actors = List.of(denier);
      }
      if (actors.isEmpty() && !said.isEmpty() && said.get(0).id() != null
          && SpeakerSubject.selfReference(s, said.get(0), h)) {
        // "the LNA announced that it had destroyed"
        actors = List.of(claimants.actorMention(said.get(0)));
      }
      if (actors.isEmpty() && !said.isEmpty() && said.get(0).id() != null
          && SpeakerSubject.weQuote(s, h)) {
        // "“The negotiations continue and we ...”"
        actors = List.of(claimants.actorMention(said.get(0)));
      }
      String category = h.trigger().category();
      List<Mention> both = BothSides.subject(s, h, story.parties);
      if (both != null) {
        actors = both; // "both sides agreed": the parties the page last named together
      }
      Mention national = nationality.adjective(s, h);
      if (national != null && Nationality.insideName(ms, national)) {
        national = null; // "سيطر الجيش السوري الحر": the adjective is part of a name
      }
      if (national != null && h.has("adverbial") && national.start() >= h.end()) {
        // s50: an adjective after an adverbial participle qualifies its object ("متهما الحكومة
        // الإسرائيلية"), not the deed
        national = null;
      }
      actors = nationality.qualified(s, actors, h); // "قوات النظام التركي": Turkey's forces
      Mention subject = national == null ? nationality.arabicSubject(s, h) : null;
      if (subject != null && !Nationality.insideName(ms, subject)) {
        national = subject; // "أن حافلات تركية دخلت": Turkey's
      }
      if (national != null) {
        actors = List.of(national); // "a Russian ultimatum", "Turkish shelling": that state's
      } else if (actors.isEmpty() && targets.isEmpty()) {
        national = nationality.subject(s, h); // "a Turkish air raid hit", "by an American"
        if (national != null) {
          actors = List.of(national);
        }
      }
      if (actors.isEmpty() && !s.arabic && h.category().victim()) {
        Mention attacker = causeDoer(s, ms, kept, h); // "was killed in an Israeli strike"
        if (attacker != null) {
          actors = List.of(attacker);
        }
      }
      List<Mention> toll = h.category().family().equals("force") && !h.has("reciprocal")
          ? Casualties.of(s, ms, kept, h) : List.of();
      for (Mention m : toll) {
        if (!victims.contains(m)) {
          victims.add(m); // "the shelling led to the death of three soldiers": they suffer it
        }
      }
      if (ActorFinder.passive(s, h) && h.category().victim()) {
        // "two soldiers were killed …": the subject suffers it, whatever else the sentence says
        for (Mention m : ms) {
          if (m.kind().equals("actor") && m.end() <= h.start() && !actors.contains(m)
              && !Said.inAttribution(said, m.start(), m.end())) {
            victims.add(m);
          }
        }
      }
      if (!s.arabic && "release".equals(h.trigger().mode()) && ActorFinder.passive(s, h)) {
        // "the commander, Mahmoud Hamza, was released": the one set free
        Mention freed = null;
        for (Mention m : ms) {
          if (m.kind().equals("actor") && m.end() <= h.start() && h.start() - m.end() <= 80
              && !actors.contains(m) && !Said.inAttribution(said, m.start(), m.end())) {
            freed = m;
          }
        }
        if (freed != null && !victims.contains(freed)) {
          victims.add(freed);
        }
      }
      // "16 people were killed", "reports of civilians killed": whom the deed was done to
      Mention sufferer = Casualties.sufferer(s, ms, h, ActorFinder.passive(s, h));
      if (sufferer != null && !victims.contains(sufferer)) {
        victims.add(sufferer);
      }
      if (!victims.isEmpty()) {
        actors = new ArrayList<>(actors);
        actors.removeAll(victims);
      }
      if (h.has("crowd") && !Crowds.all(actors, "obstruct".equals(h.trigger().mode()))) {
        continue; // "officials gathered": only a crowd's gathering is a protest ("fishermen
        // blocked the port" is one: words.tsv "assembly")
      }
      Hit protest = Crowds.asProtest(h, actors);
      if (protest != h) {
        Hit before = coded.get(protest.trigger().category());
        if (before != null && !TriggerFinder.newClause(s, before, protest)) {
          continue; // "demonstrators protested and blocked roads": one protest
        }
        h = protest; // "rioters looted shops": a crowd's deed is its protest
        category = h.trigger().category();
      }
      if (actors.size() != 1 || actors.get(0) != doers.announcer(s, ms, h)) {
        actors = Evaluated.withoutSpeaker(s, ms, kept, h, actors); // "France condemned the attack"
      }
      if (actors.isEmpty() && targets.isEmpty()) {
        Mention gain = ClaimedGain.doer(s, ms, said, h, claimants, nationality);
        if (gain != null) {
          actors = List.of(gain); // "the town centre was taken, the Turkish ministry said"
        }
      }
      if (actors.isEmpty() && h.category().family().equals("move")) {
        actors = Carriers.carried(s, ms, h); // "buses carrying gunmen left"
        Mention movers = actors.isEmpty() ? Casualties.movers(s, h) : null;
        if (movers != null) {
          actors = List.of(movers); // "Thousands of people fleeing El Geneina reached Adre"
        }
      }
      if (h.has("armed") && !Forces.armed(s, actors, h)) {
        continue; // "9,000 people entered the country": only armed men's entry is a deployment
      }
      if (actors.isEmpty() && targets.isEmpty() && reacted.contains(h)
          && !DeedNouns.mutual(s, h)) {
        // "Damascus condemned the incursion": the deed the page told before, by its doers
        actors = new ArrayList<>(story.deedDoers(h.trigger().category(), DeedNouns.noun(s, h),
            true));
        actors.removeAll(victims);
      }
      if (actors.isEmpty()) {
        // no subject in the clause ("five buses were attacked", "shelling resumed"): the one
        // who last did a deed of the same kind in this paragraph, else no one named
        actors = new ArrayList<>(story.lastActor(h.trigger().category(), s.paragraph));
        actors.removeAll(victims);
      }
      if (actors.isEmpty() && targets.isEmpty() && !h.has("pos:V") && !h.category().speech()
          && !h.has("reciprocal") && !DeedNouns.mutual(s, h)
          && h.category().family().equals("force") && DeedNouns.definite(s, h)) {
        // "ودانت الجامعة العربية الهجوم", "condemned the strikes": the deed told before
        actors = new ArrayList<>(story.deedDoers(h.trigger().category(), DeedNouns.noun(s, h),
            false));
        actors.removeAll(victims);
      }
      if (h == denial && !actors.isEmpty()) {
        denier = actors.get(0);
        if (claims.isEmpty()) {
          // a denial is the denier's own word
          claims = List.of(new Event.Claimant(denier.identifierText(), "group",
              denier.identifierId()));
        }
      }
      if (h.speechAct() && !h.has("pos:N") && !s.arabic && !actors.isEmpty()
          && actors.get(0).identifierId() != null
          && Said.ownVoice(s, said, h, actors.get(0).start(), actors.get(0).end())) {
        // "President Erdogan dismissed the army's announcement": a speech act in its speaker's
        // own clause is the speaker's word, not that of another voice of the sentence; in a
        // sentence of no voice ("The GNA rejected the plan."), the outlet's, not that of a
        // speaker of the sentences before it
        Mention speaker = actors.get(0);
        Said voice = said.isEmpty() ? null
            : claimants.near(s, ms, List.of(), speaker.start(), speaker.end(), true);
        if (!said.isEmpty()) {
          claims = List.of(voice != null ? voice.claimant()
              : new Event.Claimant(speaker.identifierText(), "group", speaker.identifierId()));
        } else if (!claims.isEmpty()
            && !speaker.identifierId().equals(claims.get(0).identifierId())
            && !reporters(claims)) {
          // a denier's own word stays, and so does a report the page goes on relaying from
          // sources, an outlet or a monitor ("Russia gave the militants a three-day notice",
          // local sources said before)
          claims = List.of();
        } else if (!claims.isEmpty()
            && !speaker.identifierId().equals(claims.get(0).identifierId())
            && "REJECT".equals(h.category().name())) {
          // but a named party's denial in a sentence of no voice is its own word, never the
          // report of the monitor or sources quoted before it ("The monitor said jets struck
          // the town. The ministry denied carrying out any strike.")
          claims = List.of(new Event.Claimant(speaker.identifierText(), "group",
              speaker.identifierId()));
        }
      }
      actors = objects.forces(s, ms, actors); // "GNA fighters", "ميليشيات حفتر": the force
      Mention operator = actors.size() == 1 ? objects.weaponOwner(s, ms, actors.get(0)) : null;
      if (operator != null) {
        actors = objects.forces(s, ms, List.of(operator)); // "Warplanes of the coalition": its
      }
      actors = nationality.owned(s, actors, h); // "Turkish tanks rolled in": Turkey's forces
      if (actors.size() == 1) {
        actors = List.of(nationality.stateModifier(s, actors.get(0), h)); // "U.S. air strikes"
      }
      List<Mention> recipients = targets.isEmpty() ? objects.recipients(s, ms, said, h, actors, kept,
          s.paragraph - story.namedParagraph <= 1 ? story.named : List.of())
          : targets;
      if (targets.isEmpty() && !toll.isEmpty()) {
        recipients = objects.forces(s, ms, toll); // the deed's toll names whom it hit
      } else if (targets.isEmpty() && sufferer != null) {
        // the subject it was done to comes before any population named after it ("16 people
        // were killed, among them two women")
        recipients = objects.forces(s, ms, Casualties.subject(s, ms, sufferer));
      } else if (recipients.isEmpty() && !victims.isEmpty()) {
        recipients = objects.forces(s, ms, ActorFinder.distinct(victims)); // "GNA fighters"
      }
      if (recipients.isEmpty() && targets.isEmpty()) {
        recipients = objects.forces(s, ms, Casualties.killedAfter(s, ms, h)); // ", killing 14"
      }
      recipients = nationality.owned(s, recipients, h); // "one Turkish soldier was killed"
      recipients = RecipientFinder.wholes(s, ms, recipients); // "فصائل في الحشد الشعبي"
      recipients = nationality.qualified(s, recipients, h); // "من جيش الاحتلال التركي"
      if (both != null && h.category().mutual()) {
        recipients = both; // the two sides agree with each other
      }
      if ((h.has("reciprocal") || h.category().mutual()) && recipients.isEmpty()
          && actors.size() > 1) {
        recipients = actors;
      }
      String modality = ModalityClassifier.modality(s, h, denied);
      // s53: "Israel will widen its strikes if …": a deed promised on a condition is a threat,
      // made now; not a guess ("activists believe … will"), not a second one where the
      // sentence has its own threat word; so is a pledge to fight ("متعهدا بمواصلة المعركة")
      boolean threat = ((modality.equals("planned") || modality.equals("hypothetical"))
          && Conditionals.threat(s, h) || TriggerFinder.pledgesForce(s, h))
          && kept.stream().noneMatch(k -> k.trigger().category().equals("THREATEN"));
      refused &= !threat;
      if (threat || refused) {
        modality = "asserted";
      }
      Mention dest = destinations.find(s, ms, h, modality, story);
      Mention place = CityAnaphor.place(s, ms, h, PlaceFinder.place(s, ms, h, dest, said), story);
      if (place == null) {
        place = mainPlace;
      }
      // the date: the sentence's own, else the report's, else the narrative's
      DateChooser.Dated dated = DateChooser.date(doc, s, ts, h, kept, modality, reportDay,
          story);
      coded.put(refused ? "REJECT" : h.trigger().category(), h);
      if (!(h.has("subject-is-target") && h.speechAct()
          && h.category().family().equals("force"))) {
        // s49: the speaker of a threat written as its content ("the enemy will pay a heavy
        // price", the army spokesman said) is no doer later deeds of force fall back on
        story.acted(category, actors, s.paragraph);
      }
      if (!h.category().speech() && h.category().family().equals("force")) {
        story.deed(category, DeedNouns.noun(s, h), actors);
        deeds.put(h, actors);
      } else if (h.has("armed")) {
        story.deed(category, DeedNouns.noun(s, h), actors); // "tanks crossed into Syria"
      }
      if (h.category().mutual() && both == null) {
        List<Mention> parties = BothSides.parties(actors, recipients);
        if (parties.size() >= 2) {
          story.parties = parties;
        }
      }
      if (!actors.isEmpty() && !h.has("pos:N")) {
        prevDoers = actors; // verbs share a subject, not nouns: "in breach of the ceasefire"
        prevHit = h;
      }
      EventAssembler.Findings f = new EventAssembler.Findings(h, actors, recipients, place,
          dest, dated, modality, claims, threat, refused);
      findings.add(f);
      out.add(EventAssembler.assemble(doc, s, f, seq + out.size() + 1));
    }
    for (int i = 0; i < out.size(); i++) {
      EventAssembler.Findings f = findings.get(i);
      String c = f.hit().trigger().category();
      if (!f.recipients().isEmpty() || !DeedNouns.reaction(c)) {
        continue;
      }
      // "Oman condemned the strikes", "ودانت الجامعة العربية الهجوم", "UNESCO welcomed the
      // recapture": aimed at their doers
      List<Mention> aimed = new ArrayList<>(DeedNouns.condemned(s, ms, f.hit(), f.actors(), kept,
          deeds, story));
      aimed.removeIf(m -> f.actors().stream().anyMatch(a -> java.util.Objects.equals(
          a.identifierId(), m.identifierId())));
      if (!aimed.isEmpty()) {
        out.set(i, EventAssembler.assemble(doc, s, new EventAssembler.Findings(f.hit(),
            f.actors(), aimed, f.place(), f.destination(), f.dated(), f.modality(), f.claims(),
            f.threat(), f.refused()),
            seq + i + 1));
      }
    }
    return out;
  }

  /*
   * True when a trigger opens inside a name the catalogue or gazetteer knows, after its
   * first word: the "Gulf Cooperation Council" cooperates with no one, "حركة طالبان" demands
   * nothing; but a name that opens with the deed's own noun ("الرتل التركي", the Turkish
   * column) still moves.
   */
  /* "killed in an Israeli strike", "died in a U.S. drone attack": the cause after a victim. */
  private static final java.util.regex.Pattern CAUSE_GAP = java.util.regex.Pattern.compile(
      "(?i)[^,;.]{0,40}?\\b(?:in|by|during)\\s+(?:an?|the)\\s+");

  /*
   * The doer of an English victim's deed, named by the attack that caused it: the nationality
   * or the actor before the attack's noun right after "in"/"by" ("Shukr was killed in an
   * Israeli strike", "two soldiers died in a Hezbollah rocket attack"); null when none is.
   */
  private Mention causeDoer(Sent s, List<Mention> ms, List<Hit> hits, Hit h) {
    for (Hit k : hits) {
      if (k == h || k.start() <= h.end() || k.start() - h.end() > 80
          || !k.trigger().category().equals(h.trigger().category())) {
        continue;
      }
      java.util.regex.Matcher gap = CAUSE_GAP.matcher(s.text).region(h.end() - s.start,
          k.start() - s.start);
      if (!gap.lookingAt()) {
        return null;
      }
      int from = s.start + gap.end();
      if (s.text.substring(gap.end(), k.start() - s.start).split(" ").length > 3) {
        return null; // the attack's noun group holds three words before its noun at most
      }
      Mention national = nationality.within(s, k, from, k.start());
      if (national != null) {
        return national;
      }
      for (Mention m : ms) {
        if (m.kind().equals("actor") && m.start() >= from && m.end() <= k.start()
            && ActorFinder.named(m.identifierId())) {
          return m;
        }
      }
      return null;
    }
    return null;
  }

  private static boolean insideName(List<Mention> ms, Hit h) {
    for (Mention m : ms) {
      // the trigger's first word is a word of the name: "لهيئة تحرير الشام من البلدة" is no
      // liberation of a town, though the trigger's gap reaches past the name
      if ("name".equals(m.resolution()) && m.start() < h.start() && h.start() < m.end()) {
        return true;
      }
      // a word of a person's name the page gives: "فؤاد شكر" thanks no one
      if (m.identifierId() != null && m.identifierId().startsWith("person:")
          && m.start() < h.start() && h.end() <= m.end()) {
        return true;
      }
      // the whole trigger is an actor's name: "قيادة العمليات المشتركة" is a command, no joint
      // command formed
      if ("name".equals(m.resolution()) && m.kind().equals("actor") && m.start() == h.start()
          && h.end() == m.end()) {
        return true;
      }
    }
    return false;
  }

  /* True when an actor is named inside the trigger's own words ("سيطرة الحوثيين على"). */
  private static boolean actorInside(List<Mention> ms, Hit h) {
    for (Mention m : ms) {
      if (m.kind().equals("actor") && m.start() >= h.start() && m.end() <= h.end()) {
        return true;
      }
    }
    return false;
  }

  /*
   * A verb-form trigger with no proclitic right after a speaker is the speaker's verbal noun:
   * a finite verb cannot follow another verb's subject with no conjunction, so in "أعلن ترامب
   * رفع العقوبات" the bare "رفع" is the lifting he announces, not "he lifted".
   */
  private static boolean bare(Sent s, Hit h) {
    return !VERB_PREFIX.matcher(s.text.substring(h.start() - s.start)).find()
        && !ClaimantFinder.COMPLEMENTIZERS.contains(s.lastWord(h.start()));
  }

}
