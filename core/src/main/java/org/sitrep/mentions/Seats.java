package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.text.WordSpans;

/**
 * A state named by its seat of government: "Baghdad has said its forces met no resistance",
 * "Peshmerga officials accused Baghdad of ignoring their requests", "talks with Baghdad",
 * "أعلنت دمشق", "نفت دمشق وموسكو", "مباحثات مع أنقرة". A national capital read as a place is
 * read as its country's state where the words around it make it act or be addressed: a verb of
 * saying or stance right after it (after "has" perhaps), a verb of addressing right before it,
 * "with" after a word of talks or deals, an Arabic verb of saying or stance right before it,
 * or a capital so read joined to it by "and"/"و". Anywhere else the capital stays the place it
 * names ("strikes on Damascus", "in Baghdad"). Thread-safe.
 */
final class Seats {
  private Seats() {}

  /* English verbs of saying or stance whose subject the capital before them is. */
  private static final Set<String> ACTS_AFTER = Set.of("said", "says", "denied", "denies",
      "accused", "accuses", "rejected", "rejects", "condemned", "condemns", "warned", "warns",
      "announced", "announces", "insisted", "insists", "demanded", "demands", "urged", "urges",
      "refused", "refuses", "agreed", "agrees", "blamed", "blames", "claimed", "claims",
      "responded", "responds", "threatened", "threatens", "welcomed", "welcomes", "summoned",
      "summons", "recalled", "expelled", "expels", "considers", "considered", "believes",
      "vowed", "vows", "pledged", "pledges", "dismissed", "dismisses", "criticised",
      "criticized", "criticises", "criticizes", "objected", "objects", "protested", "protests",
      "wants", "wanted", "hopes", "fears", "backs", "backed", "supports",
      "opposes", "opposed", "sent", "sends", "signed", "signs", "decided", "decides",
      "confirmed", "confirms", "acknowledged", "acknowledges", "argued", "argues", "stressed",
      "stresses", "called", "calls", "asked", "asks", "told", "tells", "offered", "offers",
      "declined", "declines", "refrained", "retaliated", "retaliates");
  /* Auxiliaries between the capital and such a verb: "Baghdad has said". */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would",
      "also", "quickly", "later", "then");
  /* English verbs whose object the capital after them is: "accused Baghdad of …". */
  private static final Set<String> ADDRESSED = Set.of("accused", "accuses", "accusing",
      "warned", "warns", "warning", "urged", "urges", "urging", "invited", "invites",
      "inviting", "asked", "asks", "asking", "told", "tells", "pressed", "presses", "pressing",
      "criticised", "criticized", "criticising", "criticizing", "blamed", "blames", "blaming",
      "condemned", "condemns", "condemning", "given", "gave", "gives", "giving", "called on",
      "calling on", "calls on", "demanded that", "demands that", "pushed", "pushing", "lobbied",
      "informed", "notified", "reassured", "thanked", "congratulated");
  /* Words of talks and deals before "with": "reached an understanding with Baghdad". */
  private static final Set<String> TALKS = Set.of("talks", "agreement", "deal", "understanding",
      "dialogue", "negotiations", "relations", "ties", "contacts", "coordination", "meeting",
      "met", "meets", "agreed", "signed", "negotiate", "negotiating", "cooperation", "accord",
      "truce", "ceasefire", "reconciliation", "rapprochement", "mediation", "consultations",
      "مباحثات", "محادثات", "اتفاق", "اتفاقا", "تفاهم", "تفاهما", "حوار", "مفاوضات", "علاقات",
      "اجتماع", "صفقة", "تنسيق", "التنسيق", "التفاوض", "الحوار", "العلاقات", "اتصالات",
      "مصالحة", "تعاون", "التعاون", "تقارب", "التقارب");
  /* Arabic verbs of saying or stance whose subject follows them: "أعلنت دمشق", "نفت بغداد". */
  private static final Set<String> ARABIC_ACTS = Set.of("أعلنت", "اعلنت", "نفت", "دعت",
      "اتهمت", "طالبت", "أكدت", "اكدت", "رفضت", "حذرت", "قالت", "أدانت", "ادانت", "ردت",
      "هددت", "وافقت", "أبلغت", "ابلغت", "استدعت", "طلبت", "اعتبرت", "وصفت", "نددت", "رحبت",
      "أرسلت", "ارسلت", "قررت", "تتهم", "تطالب", "تؤكد", "ترفض", "تحذر", "تدين", "تعتبر",
      "تنفي", "تدعو", "تقول", "تهدد", "توافق", "ترحب", "اشترطت", "تشترط", "أبدت", "ابدت",
      "عبرت", "أعربت", "اعربت", "جددت", "شددت", "لوحت", "أوضحت", "اوضحت", "زعمت", "ادعت",
      "سارعت", "تتمسك", "تمسكت", "أصرت", "اصرت", "تصر", "اتفقت", "وقعت", "أبرمت", "ابرمت");

  /** The mentions with each capital that acts or is addressed read as its country's state. */
  static List<Mention> apply(Document doc, List<Mention> mentions, Knowledge knowledge) {
    List<Mention> out = null;
    String text = doc.text();
    Mention last = null; // the capital read as a state just before, for "X and Y said"
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.kind().equals("place") || !"capital".equals(m.feature())
          || m.countryCode() == null) {
        continue;
      }
      boolean joined = last != null && joinedTo(text, last, m);
      if (!joined && !acts(text, m) && !addressed(text, m)) {
        continue;
      }
      Actor state = state(knowledge, m.countryCode());
      if (state == null) {
        continue;
      }
      Mention a = new Mention(m.docId(), m.start(), m.end(), m.text(), "actor", state.id(),
          state.name(), null, null, state.country(), null, null, state.code(), state.sector(),
          "name");
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      out.set(i, a);
      last = a;
      // "Damascus and Moscow have …": the capital before "and" acts with this one
      if (i > 0 && !joined && out.get(i - 1).kind().equals("place")
          && "capital".equals(out.get(i - 1).feature()) && joinedTo(text, out.get(i - 1), m)) {
        Mention p = out.get(i - 1);
        Actor s2 = state(knowledge, p.countryCode());
        if (s2 != null) {
          out.set(i - 1, new Mention(p.docId(), p.start(), p.end(), p.text(), "actor",
              s2.id(), s2.name(), null, null, s2.country(), null, null, s2.code(),
              s2.sector(), "name"));
        }
      }
    }
    List<Mention> arabic = arabicSeats(doc, out == null ? mentions : out, knowledge);
    if (!arabic.isEmpty()) {
      out = new ArrayList<>(out == null ? mentions : out);
      out.addAll(arabic);
      out.sort(java.util.Comparator.comparingInt(Mention::start));
    }
    return out == null ? mentions : out;
  }

  /*
   * Arabic capitals a page names with no place cue are found as no place (a bare "دمشق" is the
   * city's government, MentionFinder): the subject right after a verb of saying or stance
   * ("أعلنت دمشق", "نفت دمشق وموسكو") and the other side after "مع" of talks or a deal
   * ("مباحثات مع أنقرة") are read as the state, where no mention holds the word yet.
   */
  private static List<Mention> arabicSeats(Document doc, List<Mention> mentions,
      Knowledge knowledge) {
    List<Mention> out = new ArrayList<>();
    String text = doc.text();
    List<org.sitrep.model.Span> spans = new ArrayList<>(doc.body().paragraphs());
    org.sitrep.model.Span head = Headline.of(doc);
    if (head != null) {
      spans.add(0, head);
    }
    for (org.sitrep.model.Span sp : spans) {
      if (sp.end() <= sp.start() || !hasArabic(text, sp.start(), sp.end())) {
        continue;
      }
      java.util.regex.Matcher w = ARABIC_WORD.matcher(text).region(sp.start(), sp.end());
      String prev = "";
      int prevEnd = -1;
      boolean seat = false; // the word before was a capital read as a state
      List<String> recent = new ArrayList<>();
      while (w.find()) {
        String word = w.group();
        boolean adjacent = prevEnd >= 0 && text.substring(prevEnd, w.start()).isBlank();
        String bare = word.startsWith("و") ? word.substring(1) : word;
        boolean cue = adjacent && (actsArabic(prev)
            || prev.equals("مع") && talksBefore(recent)
            || seat && word.startsWith("و"));
        String name = seat && word.startsWith("و") ? bare : word;
        Place p = cue && !held(mentions, w.start(), w.end()) ? knowledge.capital(name).orElse(null)
            : null;
        Actor state = p == null || EXCLUDED.contains(name) ? null : state(knowledge,
            p.countryCode());
        seat = false;
        if (state != null) {
          int start = w.end() - name.length();
          out.add(new Mention(doc.docId(), start, w.end(), name, "actor", state.id(),
              state.name(), null, null, state.country(), null, null, state.code(),
              state.sector(), "name"));
          seat = true;
        }
        recent.add(word);
        if (recent.size() > 5) {
          recent.remove(0);
        }
        prev = word;
        prevEnd = w.end();
      }
    }
    return out;
  }

  /* A capital's Arabic name that names another country more often ("عمان": Oman, not Amman). */
  private static final Set<String> EXCLUDED = Set.of("عمان");
  private static final java.util.regex.Pattern ARABIC_WORD =
      java.util.regex.Pattern.compile("[\\u0621-\\u064A\\u0660-\\u0669\\u0670-\\u06D3]+");

  private static boolean hasArabic(String text, int from, int to) {
    for (int i = from; i < to && i < from + 200; i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A') {
        return true;
      }
    }
    return false;
  }

  private static boolean actsArabic(String w) {
    return ARABIC_ACTS.contains(w) || (w.startsWith("و") || w.startsWith("ف"))
        && ARABIC_ACTS.contains(w.substring(1));
  }

  /* A word of talks or deals among the words before "مع" (the last being "مع" itself). */
  private static boolean talksBefore(List<String> recent) {
    for (int i = 0; i < recent.size() - 1; i++) {
      String x = recent.get(i);
      String y = x.startsWith("و") ? x.substring(1) : x;
      if (TALKS.contains(y) || y.startsWith("ال") && TALKS.contains(y.substring(2))) {
        return true;
      }
    }
    return false;
  }

  /* True when a mention already holds part of [start, end). */
  private static boolean held(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m.start() < end && m.end() > start) {
        return true;
      }
    }
    return false;
  }

  /* The state of a country: its state actor, or the government that stands for it ("Syrian
     government", as StateActors keeps it). */
  private static Actor state(Knowledge knowledge, String countryCode) {
    Actor government = null;
    for (Actor a : knowledge.actorsIn(countryCode)) {
      if (a.kind().equals("state")) {
        return a;
      }
      if (government == null && a.kind().equals("government")
          && (a.memberOf() == null || a.memberOf().isEmpty())) {
        government = a;
      }
    }
    return government;
  }

  /* "Moscow and Damascus", "دمشق وموسكو": only "and" or "و" between the two names. */
  private static boolean joinedTo(String text, Mention before, Mention m) {
    if (before.end() > m.start()) {
      return false;
    }
    String between = text.substring(before.end(), m.start()).strip();
    return between.equals("and") || between.equals("و") || between.isEmpty()
        && text.charAt(m.start()) == 'و';
  }

  /* The capital does the verb after it ("Ankara denies", "Baghdad has said", "أعلنت دمشق"). */
  private static boolean acts(String text, Mention m) {
    if (arabic(m.text())) {
      int[] w = WordSpans.before(text, m.start());
      String before = w == null ? "" : word(text, w);
      if (before.startsWith("و") || before.startsWith("ف")) {
        String bare = before.substring(1);
        if (ARABIC_ACTS.contains(bare)) {
          return true;
        }
      }
      return ARABIC_ACTS.contains(before);
    }
    int[] w = WordSpans.after(text, relativeEnd(text, m.end()));
    String after = w == null ? "" : word(text, w);
    if (ACTS_AFTER.contains(after)) {
      return true;
    }
    // "Baghdad has said": past an auxiliary
    return AUXILIARIES.contains(after) && ACTS_AFTER.contains(wordAfter(text, w[1]));
  }

  /* ", which calls the operation an invasion," after a name: the offset past it, else end. */
  private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
      ", (?:which|who) [^,.;:\"“”]{3,120},");

  private static int relativeEnd(String text, int end) {
    java.util.regex.Matcher r = RELATIVE.matcher(text).region(end, text.length());
    return r.lookingAt() ? r.end() : end;
  }

  /* The capital is addressed by the verb before it, or is the other side of talks or a deal. */
  private static boolean addressed(String text, Mention m) {
    int[] w1 = WordSpans.before(text, m.start());
    if (w1 == null) {
      return false;
    }
    String before = word(text, w1);
    int[] w2 = WordSpans.before(text, w1[0]);
    if (ADDRESSED.contains(before)
        || w2 != null && ADDRESSED.contains(word(text, w2) + " " + before)) {
      return true;
    }
    if (before.equals("with") || before.equals("مع")) {
      int[] w = w2;
      for (int n = 0; n < 4 && w != null; n++) {
        String x = word(text, w);
        if (TALKS.contains(x) || x.startsWith("ال") && TALKS.contains(x.substring(2))) {
          return true;
        }
        w = WordSpans.before(text, w[0]);
      }
    }
    return false;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  /* The word that starts right after {@code at}, lower case; "" if none. */
  private static String wordAfter(String text, int at) {
    int[] w = WordSpans.after(text, at);
    return w == null ? "" : word(text, w);
  }

  private static boolean arabic(String s) {
    return !s.isEmpty() && s.charAt(0) >= '\u0600' && s.charAt(0) <= '\u06FF';
  }
}
