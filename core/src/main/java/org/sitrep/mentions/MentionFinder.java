package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.Actor;
import org.sitrep.knowledge.Description;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.NameIndex;
import org.sitrep.knowledge.NameTrie;
import org.sitrep.knowledge.Place;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.text.NameKeys;
import org.sitrep.text.Tokens;

/**
 * Finds actor and place mentions in a document's body paragraphs and resolves them to one
 * identity each. Thread-safe: holds only the read-only knowledge.
 */
public final class MentionFinder {
  /** The mentions of one document and the country it is mostly about (ISO alpha-2 or null). */
  /**
   * A document's mentions in its body, the country its names vote for, and the mentions of its
   * headline (read with the body's votes; events never see them, a map and a geoparser do).
   */
  public record Result(List<Mention> mentions, String country, List<Mention> headline) {
    public Result {
      mentions = List.copyOf(mentions);
      headline = List.copyOf(headline);
    }

    public Result(List<Mention> mentions, String country) {
      this(mentions, country, List.of());
    }
  }

  private static final Set<String> ADJECTIVE_PREFIXES = Set.of("pro", "anti", "non", "ex");
  private static final Set<String> ADJECTIVE_SUFFIXES = Set.of("based", "backed", "led",
      "allied", "aligned", "supported", "sponsored", "funded", "linked", "affiliated",
      "inspired", "trained", "armed");
  private static final Set<String> AGENT_KINDS =
      Set.of("group", "military", "government", "state", "police");

  private static final ThreadLocal<Tokens> TOKENS = ThreadLocal.withInitial(Tokens::new);

  private final Knowledge knowledge;

  public MentionFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /* A raw name match before resolution: token range, offsets, what the name may point to. */
  private static final class Match {
    final int start;
    final int end;
    final List<NameIndex.Target> targets;
    /** The word before is a place cue ("in", "في") for the country vote. */
    final boolean locative;
    /** The word before makes the name a place rather than an actor of that name. */
    final boolean placeCue;
    /** A local head noun follows ("a Gainesville man"): the place's own name needs no cue. */
    final boolean local;
    final boolean clitic;
    final CharSequence surface;
    private String form;
    private Map<String, Double> votes;
    /* The candidates of the name's words before {@link #admissible} chose among them, and the
     * context bits it judged them in: with the surface and the flags, what {@link #targets}
     * holds, for {@link NameFacts} (the list {@link #targets} itself is made afresh when the word
     * memo forgets it). */
    List<NameIndex.Target> candidates;
    /* The trie node the candidates are the targets of: a hash of them that reads no memory. */
    int node;
    int context;
    /* Whether a division word ("state") and a dateline stand beside the name: -1 until
     * {@link #resolve} asks, then 0 or 1. */
    byte divisionWord = -1;
    byte datelineTown = -1;

    Match(int start, int end, List<NameIndex.Target> targets, int cue, boolean clitic,
        CharSequence surface, String form) {
      this.form = form;
      this.start = start;
      this.end = end;
      this.targets = targets;
      this.locative = (cue & Cues.LOCATIVE) != 0;
      this.placeCue = (cue & Cues.PLACE_CUE) != 0;
      this.local = (cue & Cues.LOCAL) != 0;
      this.clitic = clitic;
      this.surface = surface;
    }

    private Signature signature;

    /** What the match's resolution depends on besides the document ({@link Signature}). */
    Signature signature() {
      if (signature == null) {
        signature = new Signature(this);
      }
      return signature;
    }

    /** The matched text, {@code docText[start, end)}: the surface unless an article opens it. */
    String text(String docText) {
      return end - start == surface.length() ? surface.toString() : docText.substring(start, end);
    }

    /** The spelling form of the matched words, computed when a candidate needs it. */
    String form() {
      if (form == null) {
        form = NameIndex.formOf(surface);
      }
      return form;
    }
  }

  /*
   * What a match's resolution depends on besides the document and the pass: its candidates (the
   * list itself: the same word in the same context gets the same list from the word memo), its
   * spelling form and the cues around it. Within one pass over a document, matches of equal
   * signatures resolve alike, so a name said ten times is resolved once.
   */
  private static final class Signature {
    final List<NameIndex.Target> targets;
    final String form;
    final int flags;
    /* Worked out once for every match of the signature in a document: its choice in each
     * resolution pass; what does not depend on the document is in its facts, kept across
     * documents. */
    NameFacts facts;
    final Choice[] choices = new Choice[2];

    Signature(Match m) {
      targets = m.targets;
      form = m.form();
      flags = (m.locative ? 1 : 0) | (m.clitic ? 2 : 0) | (m.placeCue ? 4 : 0)
          | (m.clitic && prepositionClitic(m.surface) ? 8 : 0) | (m.local ? 16 : 0);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature x && x.targets == targets && x.flags == flags
          && x.form.equals(form);
    }

    /* The form's hash (kept by the String) and the flags, not the candidates' identity hash:
     * that one is made afresh, at some cost, for each list the word memo hands out; matches of
     * one form with other candidates are rare and {@link #equals} tells them apart. */
    @Override
    public int hashCode() {
      return (form.hashCode() * 31 + targets.size()) * 31 + flags;
    }
  }

  /* A name's resolution in one pass: the candidates chosen, before the cues decide between them. */
  private record Choice(NameIndex.Target actor, NameIndex.Target place,
      NameIndex.Target description, boolean placeSupported) {}

  /* The population from which a one-word Arabic place name needs no place cue. */
  static final long CUELESS = 100_000;

  /* A first-order division: a country code and the division's code in it. */
  private record Division(String country, String admin1) {}

  /*
   * The divisions a first pass chose, each with the distinct names that chose it, as parallel
   * arrays: a page names a few, and a candidate's look-up compares a few short strings instead
   * of hashing a key made for it (a name may have hundreds of candidate places).
   */
  private static final class DivisionNames {
    static final DivisionNames NONE = new DivisionNames(Map.of());
    private final String[] country;
    private final String[] admin1;
    private final List<Set<String>> names;

    DivisionNames(Map<Division, Set<String>> divisions) {
      country = new String[divisions.size()];
      admin1 = new String[divisions.size()];
      names = new ArrayList<>(divisions.size());
      for (Map.Entry<Division, Set<String>> e : divisions.entrySet()) {
        country[names.size()] = e.getKey().country();
        admin1[names.size()] = e.getKey().admin1();
        names.add(e.getValue());
      }
    }

    boolean isEmpty() {
      return names.isEmpty();
    }

    /** The names that chose the division, none when no name did. */
    Set<String> of(String countryCode, String admin1Code) {
      for (int i = 0; i < admin1.length; i++) {
        if (admin1[i].equals(admin1Code) && country[i].equals(countryCode)) {
          return names.get(i);
        }
      }
      return Set.of();
    }
  }

  /** Finds and resolves the mentions of a document's body. */
  public Result find(Document doc) {
    List<Match> matches = new ArrayList<>();
    List<int[]> pronouns = new ArrayList<>();
    Tokens tokens = TOKENS.get();
    String text = doc.text();
    Span head = Headline.of(doc);
    if (head != null) {
      tokens.reset(text, head.start(), head.end());
      scan(tokens, matches, pronouns);
    }
    int headMatches = matches.size(); // the headline's matches come first
    for (Span p : doc.body().paragraphs()) {
      tokens.reset(text, p.start(), p.end());
      scan(tokens, matches, pronouns);
    }
    if (headMatches > 0 && Headline.titleCase(text, head)) {
      int all = matches.size();
      matches = headlineNamedInBody(matches, headMatches);
      headMatches -= all - matches.size();
    }
    // "Jackson and Barrow counties": no towns, and no votes for a town's state
    List<int[]> listedCounties = Counties.listed(doc);
    if (listedCounties != null && !listedCounties.isEmpty()) {
      matches.removeIf(m -> {
        for (int[] n : listedCounties) {
          if (m.start >= n[0] && m.end <= n[1]) {
            return true;
          }
        }
        return false;
      });
    }
    // matches of one signature share one Signature, which keeps what is worked out for it
    Map<Signature, Signature> signatures = new HashMap<>(matches.size() * 2);
    NameFacts.Cache facts = NameFacts.cache(knowledge.index());
    for (Match m : matches) {
      Signature own = m.signature();
      Signature shared = signatures.putIfAbsent(own, own);
      if (shared != null) {
        m.signature = shared;
        m.votes = shared.facts.votes;
      } else {
        own.facts = facts.of(m.candidates, m.node, m.context, m.surface.toString(), own.flags);
        if (own.facts.votes == null) {
          own.facts.votes = votesOf(m);
        } else {
          m.votes = own.facts.votes;
        }
      }
    }
    // the headline's names take no part in the body's votes: the body is read as without them
    Votes all = new Votes(votes(headMatches == 0 ? matches
        : matches.subList(headMatches, matches.size())));
    String country = all.best(Map.of());
    Division[] first = new Division[matches.size()];
    Mention[] made = new Mention[matches.size()];
    List<Mention> out = resolve(doc, matches, all, country, DivisionNames.NONE, first, made);
    // the divisions the document's places lie in ("Paris" in a story that names Tennessee)
    // counted by distinct names: "Gainesville" said ten times is one voice, not ten
    Map<Division, Set<String>> divisions = new HashMap<>();
    for (int i = headMatches; i < first.length; i++) {
      if (first[i] != null) {
        divisions.computeIfAbsent(first[i], k -> new java.util.HashSet<>())
            .add(matches.get(i).form());
      }
    }
    if (divisions.size() > 0) {
      out = resolve(doc, matches, all, country, new DivisionNames(divisions), first, made);
    }
    List<Mention> headline = List.of();
    if (head != null) {
      headline = new ArrayList<>();
      List<Mention> body = new ArrayList<>(out.size());
      for (Mention m : out) {
        (m.end() <= head.end() ? headline : body).add(m);
      }
      out = body;
    }
    out = Counties.apply(doc, out, knowledge, listedCounties);
    out = Repeats.apply(doc, out, knowledge, CUELESS); // "قضاء تلعفر": "قلعة تلعفر" too
    out = PersonNames.apply(doc, out, knowledge); // "Frank Buck", "coach Ripley"
    out = NameHeads.apply(doc, out); // "the Reston virus"
    out = Seats.apply(doc, out, knowledge); // "Baghdad has said", "accused Ankara of"
    out = NewNames.apply(doc, out, knowledge); // "Raqqa Civil Council", "commander Hammoud"
    out = peopleAdjectives(doc, out); // "المرتزقة السوريون": the mercenaries, not Syrians
    out = references(doc, out, pronouns, country);
    out = PersonNames.officials(doc, out); // "Interior Minister Efkan Ala"
    return new Result(out, country, headline);
  }

  /* A definite word, perhaps after a conjunction or a preposition ("المرتزقة", "والمسلحين"). */
  private static final java.util.regex.Pattern DEFINITE =
      java.util.regex.Pattern.compile("(?:[وفبل]|لل)?ال\\p{L}{2,}");

  /*
   * s45: an Arabic nisba's plural alone ("السوريون", "الليبيين") names a country's people, but
   * right after a definite noun that names no one it is that noun's adjective ("المرتزقة
   * السوريون", "مئات المسلحين السوريين"): no mention of its own.
   */
  private static List<Mention> peopleAdjectives(Document doc, List<Mention> ms) {
    List<Mention> out = null;
    String text = doc.text();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (!Knowledge.people(m.identifierId()) || m.text().indexOf(' ') >= 0
          || !NameKeys.isArabic(m.text().charAt(0))) {
        continue;
      }
      int end = m.start();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      if (start == end || !DEFINITE.matcher(text.substring(start, end)).matches()) {
        continue;
      }
      boolean named = false; // "فائز السراج الليبيين": the person's name, the people his object
      for (Mention n : ms) {
        named |= n != m && n.start() <= start && n.end() >= end && "actor".equals(n.kind());
      }
      if (!named) {
        if (out == null) {
          out = new ArrayList<>(ms);
        }
        out.remove(m);
      }
    }
    return out == null ? ms : out;
  }

  /* A title-case headline's names that the body names too, then the body's. */
  private static List<Match> headlineNamedInBody(List<Match> matches, int headMatches) {
    Set<String> body = new java.util.HashSet<>();
    for (int i = headMatches; i < matches.size(); i++) {
      body.add(matches.get(i).surface.toString());
    }
    List<Match> kept = new ArrayList<>(matches.size());
    for (int i = 0; i < matches.size(); i++) {
      if (i >= headMatches || body.contains(matches.get(i).surface.toString())) {
        kept.add(matches.get(i));
      }
    }
    return kept;
  }

  /* Per-thread scratch arrays for one paragraph's scan, grown as needed and reused. */
  private static final class Scratch {
    int[] ids = new int[256];
    int[] acronyms = new int[256];
    boolean[] article = new boolean[256];
    boolean[] start = new boolean[256];
    /* The trie nodes a token's key ids lead to from the root: the key, and without clitics. */
    int[] node = new int[256];
    int[] clitic1Node = new int[256];
    int[] clitic2Node = new int[256];
    /* The word memo's slot a token's word was last looked up in (-1: none); the slot may have
     * been taken by another word since ({@link WordMemo#again} checks). */
    int[] slots = new int[256];
    /* The context bits of the last name {@link #admissible} judged. */
    int context;

    void ensure(int n) {
      if (ids.length < n) {
        int m = Math.max(n, ids.length * 2);
        ids = new int[m];
        acronyms = new int[m];
        article = new boolean[m];
        start = new boolean[m];
        node = new int[m];
        clitic1Node = new int[m];
        clitic2Node = new int[m];
        slots = new int[m];
      }
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  /* Key id states besides real ids: not computed yet; no name holds the key. */
  private static final int LAZY = -2;
  private static final int NONE = -1;

  private void scan(Tokens t, List<Match> matches, List<int[]> pronouns) {
    Scratch sc = SCRATCH.get();
    sc.ensure(t.size());
    WordMemo memo = WordMemo.of(knowledge.index());
    try {
      scan(t, matches, pronouns, sc, memo);
    } finally {
      memo.release();
    }
  }

  private void scan(Tokens t, List<Match> matches, List<int[]> pronouns, Scratch sc,
      WordMemo memo) {
    int n = t.size();
    int[] ids = sc.ids;
    int[] acronyms = sc.acronyms;
    boolean[] article = sc.article;
    boolean[] startable = sc.start;
    int[] node0 = sc.node;
    int[] node2 = sc.clitic1Node;
    int[] node3 = sc.clitic2Node;
    int[] slots = sc.slots;
    String text = t.text();
    NameIndex index = knowledge.index();
    for (int i = 0; i < n; i++) {
      int s = t.start(i);
      int e = t.end(i);
      char c0 = text.charAt(s);
      ids[i] = LAZY;
      slots[i] = -1;
      article[i] = false;
      startable[i] = false;
      if (Character.isLowerCase(c0) && e - s > 3
          && !index.mayStartLowercase(c0, text.charAt(s + 1))) {
        continue; // most words: no name starts with them; their key is computed if reached
      }
      if (c0 >= '\u0600' && c0 <= '\u06FF') {
        int m = memo.slot(text, s, e);
        slots[i] = m;
        ids[i] = memo.key(m);
        node0[i] = memo.node(m);
        node2[i] = memo.clitic1Node(m);
        node3[i] = memo.clitic2Node(m);
        acronyms[i] = NONE;
        // a word no name starts with, with or without its clitics, is only read by walks
        startable[i] = node0[i] != NameTrie.NONE || node2[i] != NameTrie.NONE
            || node3[i] != NameTrie.NONE;
        continue;
      }
      article[i] = NameKeys.isArticle(text, s, e, t.hyphenAfter(i));
      if (article[i]) {
        continue;
      }
      if (!t.capitalized(i) && !index.lowercaseStart(text, s, e)) {
        continue; // computed only if a name reaches it
      }
      startable[i] = true;
      int m = memo.slot(text, s, e);
      slots[i] = m;
      ids[i] = memo.key(m);
      acronyms[i] = memo.acronym(m);
      node0[i] = memo.node(m);
      node2[i] = NameTrie.NONE;
      node3[i] = NameTrie.NONE;
    }
    NameTrie trie = memo.trie();
    int i = 0;
    while (i < n) {
      if (article[i]) {
        i++;
        continue;
      }
      int s = t.start(i);
      int len = t.end(i) - s;
      char p0 = text.charAt(s);
      if (len >= 4 && len <= 5 && (p0 == 't' || p0 == 'T') && isPronoun(text, s, len)) {
        pronouns.add(new int[] {s, t.end(i)});
      } else if (len <= 3 && len >= 2 && isPersonPronoun(text, s, len)) {
        pronouns.add(new int[] {s, t.end(i), PERSON});
      }
      if (!startable[i]) {
        i++;
        continue; // a lower-case word that starts no name
      }
      int limit = n; // names end before token limit: a longer one was refused
      int next = -1; // the token after the name taken at token i
      while (next < 0) {
        int bestEnd = -1;
        List<NameIndex.Target> best = null;
        int bestNode = NameTrie.NONE;
        boolean clitic = false;
        int reading = 0; // which of the word's readings the best name was found by
        int acronym = acronyms[i];
        for (int v = 0; v < 4; v++) {
          int node = switch (v) {
            case 0 -> node0[i];
            case 1 -> trie.rootChild(acronym);
            case 2 -> node2[i];
            default -> node3[i];
          };
          int j = i;
          while (node != NameTrie.NONE) {
            // longer wins; on a tie an exact-case acronym ("SANA") beats a folded key ("Sana")
            boolean better = j < limit && (j > bestEnd || (j == bestEnd && v == 1));
            if (better && trie.named(node)) {
              bestEnd = j;
              best = trie.targets(node);
              bestNode = node;
              clitic = v >= 2;
              reading = v;
            }
            if (!trie.hasChildren(node)) {
              break; // no name goes on: the next word's key is not needed
            }
            int k = j + 1;
            while (k < n && article[k] && t.start(k) - t.end(k - 1) <= 2) {
              k++;
            }
            if (k >= limit || t.start(k) - t.end(k - 1) > 2) {
              break; // names do not run over punctuation (nor past a longer one refused)
            }
            if (ids[k] == LAZY) {
              int ks = t.start(k);
              if (!trie.mayContinueWith(node, text.charAt(ks),
                  t.end(k) - ks > 1 ? text.charAt(ks + 1) : '\0')) {
                break; // its first letters start no key that goes on from here
              }
              int m = memo.slot(text, ks, t.end(k));
              slots[k] = m;
              ids[k] = memo.key(m);
            }
            node = trie.child(node, ids[k]);
            j = k;
          }
        }
        if (len == 1 && Character.isUpperCase(p0)) {
          // "U.S.", "U.K.", "D.C.": dotted initials, one acronym ("=US") split into letters
          int k = dottedInitials(t, i, n);
          if (k > i) {
            StringBuilder key = new StringBuilder("=");
            for (int x = i; x <= k; x++) {
              key.append(t.token(x));
            }
            int id = index.keyId(key);
            int node = trie.rootChild(id);
            if (node != NameTrie.NONE && trie.named(node) && k >= bestEnd && k < limit) {
              best = trie.targets(node);
              bestNode = node;
              bestEnd = k;
            }
          }
        }
        if (best != null && i > 0 && t.hyphenAfter(i - 1) && s - t.end(i - 1) == 1
            && ADJECTIVE_PREFIXES.contains(t.token(i - 1).toString().toLowerCase(Locale.ROOT))) {
          best = null; // "pro-government", "anti-ISIS": an adjective, not the entity
        }
        if (best != null && t.hyphenAfter(bestEnd) && bestEnd + 1 < n
            && ADJECTIVE_SUFFIXES.contains(t.token(bestEnd + 1).toLowerCase(Locale.ROOT))) {
          best = placesOnly(best); // "Lebanon-based", "Iran-backed": an adjective, no doer
        }
        if (best != null) {
          int pi = i > 0 && article[i - 1] && i > 1 ? i - 2 : i - 1;
          int cue = pi >= 0 ? Cues.of(t, pi) : 0;
          if (cue == Cues.OF && !(pi > 0 && Cues.placeNoun(t, pi - 1))) {
            cue = 0; // "Department of Justice": "of" is a place cue only after a place noun
          }
          if (cue == 0 && pi > 0 && text.charAt(t.start(pi)) == 'ا'
              && t.start(pi + 1) - t.end(pi) == 1 && (Cues.of(t, pi - 1) & Cues.PLACE_CUE) != 0
              && NISBA.containsKey(t.token(pi))) {
            cue = Cues.of(t, pi - 1); // "العاصمة الصومالية مقديشو": the cue before the nisba
          }
          if (bestEnd + 1 < n && t.start(bestEnd + 1) - t.end(bestEnd) == 1
              && Cues.placeAfter(t, bestEnd + 1)) {
            cue = Cues.IN; // "Hodeida city", "Idlib province": as good as "in"
          } else if (cue == 0 && bestEnd == i && bestEnd + 1 < n
              && text.charAt(t.end(bestEnd)) == ' ' && t.start(bestEnd + 1) - t.end(bestEnd) == 1
              && Cues.localHead(t, bestEnd + 1)) {
            cue = Cues.LOCAL; // "a Gainesville man", "DeKalb residents": a place if one
          }
          List<NameIndex.Target> ok = admissible(t, i, bestEnd, best, cue, clitic, memo, sc);
          int cut = reading >= 2 ? memo.cliticCut(memo.again(slots[i], text, s, t.end(i)),
              reading == 2) : 0;
          boolean afterAnd = reading == 2 && cut == 1; // "و" alone before "ل"/"ب"
          if (afterAnd && !ok.isEmpty()) {
            ok = knownAfterAnd(ok); // "ولاية" is a word, not "و" + Lae
          }
          if (!ok.isEmpty()) {
            int ms = i > 0 && article[i - 1] && t.hyphenAfter(i - 1) ? t.start(i - 1) : s;
            // "Es Sider": a romanized article written apart opens the name when the place's
            // own name opens with it (the index keys the name without it)
            int ss = s;
            if (bestEnd == i && i > 0 && t.start(i) - t.end(i - 1) == 1
                && text.charAt(t.end(i - 1)) == ' ' && t.capitalized(i - 1)
                && NameKeys.isArticle(text, t.start(i - 1), t.end(i - 1), true)
                && opensWith(ok, text, t.start(i - 1), t.end(i - 1))) {
              ms = ss = t.start(i - 1);
            }
            // a one-word name's form is its word's, which the memo keeps
            String form = bestEnd == i && !clitic
                ? memo.form(memo.again(slots[i], text, s, t.end(i)), text, s, t.end(i))
                : null;
            if (reading >= 2 && (namesActor(ok) || afterAnd)) {
              // "ومصر", "والعراق": an actor's name is spelled as its words without the clitic
              // (as "مصر" is spelled, a state's name is taken only as written); a place alone
              // keeps the clitic in its spelling, which a common word's letters seldom pass
              // ("بحجة": by the pretext, no Hajjah; "وصور": and pictures, no Tyre), but for a
              // known place after a bare "و" ("وبيروت": knownAfterAnd)
              form = NameIndex.formOf(text.subSequence(
                  s + WordMemo.writtenLength(text, s, t.end(i), cut), t.end(bestEnd)));
            }
            Match match = new Match(ms, t.end(bestEnd), ok, cue, clitic,
                text.subSequence(ss, t.end(bestEnd)), form);
            match.candidates = best;
            match.node = bestNode;
            match.context = sc.context;
            matches.add(match);
            next = bestEnd + 1;
            break;
          }
          if (bestEnd > i) {
            // "Washington, D.C" refused: the longest name the words spell is not always theirs,
            // a shorter one ("Washington") may be
            limit = bestEnd;
            continue;
          }
        }
        break;
      }
      if (next >= 0) {
        i = next;
        continue;
      }
      i++;
    }
  }

  /* The place targets of a name, or null when it names no place. */
  private static List<NameIndex.Target> placesOnly(List<NameIndex.Target> targets) {
    List<NameIndex.Target> out = new ArrayList<>(targets.size());
    for (NameIndex.Target x : targets) {
      if (x.kind() == NameIndex.Kind.PLACE) {
        out.add(x);
      }
    }
    return out.isEmpty() ? null : out;
  }

  /* The last token of a run of dotted capital initials starting at {@code i} ("U.S."), or i. */
  private static int dottedInitials(Tokens t, int i, int n) {
    String text = t.text();
    int k = i;
    while (k + 1 < n && t.end(k) < text.length() && text.charAt(t.end(k)) == '.'
        && t.start(k + 1) == t.end(k) + 1 && t.end(k + 1) - t.start(k + 1) == 1
        && Character.isUpperCase(text.charAt(t.start(k + 1)))) {
      k++;
    }
    return k;
  }

  /** "they", "them", "their" in any case. */
  /* A pronoun's third field: it stands for a person ("he", "she"), not a group ("they"). */
  private static final int PERSON = 1;

  /* The kinds of actor a person's pronoun stands for: officials, leaders, spokesmen. */
  private static final Set<String> PERSON_KINDS = Set.of("official");

  /* "he", "He", "she", "She". */
  private static boolean isPersonPronoun(String text, int s, int len) {
    char c0 = text.charAt(s);
    if (len == 3) {
      return (c0 == 's' || c0 == 'S') && text.charAt(s + 1) == 'h' && text.charAt(s + 2) == 'e';
    }
    return (c0 == 'h' || c0 == 'H') && text.charAt(s + 1) == 'e';
  }

  private static boolean isPronoun(String text, int s, int len) {
    if ((text.charAt(s + 1) | 32) != 'h' || (text.charAt(s + 2) | 32) != 'e') {
      return false;
    }
    char c3 = (char) (text.charAt(s + 3) | 32);
    return len == 4 ? c3 == 'y' || c3 == 'm' : c3 == 'i' && (text.charAt(s + 4) | 32) == 'r';
  }

  private static boolean allCapsLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops targets the context does not allow: lower-case proper names, common words. The
   * verdict depends on the targets, the first word and the context bits below only, so the word
   * memo keeps it: the same word before the same name in the same context is judged once.
   */
  private List<NameIndex.Target> admissible(Tokens t, int i, int end,
      List<NameIndex.Target> targets, int cue, boolean clitic, WordMemo memo, Scratch sc) {
    boolean capital = t.capitalized(i);
    String text = t.text();
    int ws = t.start(i);
    int len = t.end(i) - ws;
    char c0 = text.charAt(ws);
    boolean arabic = c0 >= '\u0600' && c0 <= '\u06FF';
    String word = null; // the word as a String, made when a test needs one
    boolean caps = len >= 2 && WordMemo.allCaps(text, ws, ws + len);
    int stop = 0; // 0: not looked up yet, 1: a stopword, 2: not one
    boolean locative = (cue & Cues.LOCATIVE) != 0;
    boolean places = false;
    for (NameIndex.Target x : targets) {
      if (x.kind() == NameIndex.Kind.PLACE) {
        places = true;
        break; // a name of many places ("Springfield") need not be read to its end
      }
    }
    // the checks below concern Latin place names only: a name of no place ("Hezbollah",
    // "police") needs none of their look-ups, and its verdict is kept with their bits unset
    boolean latin = !arabic && places;
    // a name whose later words are lower case ("Daraa to"): only particles may be ("Deir ez-Zor")
    boolean lowerInside = false;
    // ... unless the lower-case words are particles of names ("Dar es Salaam", "Rio de Janeiro")
    boolean particlesInside = false;
    for (int k = i + 1; latin && k <= end; k++) {
      if (!t.capitalized(k) && !t.hyphenAfter(k)
          && !NameKeys.isArticle(text, t.start(k), t.end(k), false)) {
        particlesInside = (!lowerInside || particlesInside) && k < end
            && Cues.particle(t, k);
        lowerInside = true;
      }
    }
    // "Serwan Bery", "Marvan Qamishlo": a one-word place right after a capitalized word that is
    // no common word or direction is a surname, or the tail of a longer name
    boolean afterName = latin && i == end && i > 0 && t.capitalized(i - 1)
        && t.start(i) - t.end(i - 1) == 1 && text.charAt(t.end(i - 1)) == ' '
        && !Cues.direction(t, i - 1)
        && !NameKeys.isArticle(text, t.start(i - 1), t.end(i - 1), false)
        // "Es Sider", "Ad Dawr": an Arabic article written apart is no name ("Ed Smith" is)
        && !(NameKeys.isArticle(text, t.start(i - 1), t.end(i - 1), true)
            && !PersonNames.given(t.token(i - 1)))
        && (!stopwordAt(t, i - 1) || givenNameAt(t, i - 1));
    // "Serwan Bery": a one-word place right before such a word is a first name
    afterName |= latin && i == end && end + 1 < t.size() && t.capitalized(end + 1)
        && t.start(end + 1) - t.end(end) == 1 && text.charAt(t.end(end)) == ' '
        && !Cues.placeAfter(t, end + 1) && !Cues.placeNounAfter(t, end + 1)
        && !stopwordAt(t, end + 1) && !Cues.institutionAhead(t, end + 1);
    // "Libyan", "Iranian": a nationality word names its own country, none by its consonants
    // "Operation Olive Branch", "Operation Euphrates Shield": an operation's name, not a place
    boolean operation = latin && i > 0 && Cues.operation(t, i - 1);
    // "MOSCOW — Russia's ...": an all-capital place name opening a dateline
    boolean dateline = caps && latin && i == end && Cues.dateline(t, i);
    // "Kan." and "Fla." name a state only as written, with their period: never "Khan", "Kan"
    boolean periodAfter = t.end(end) < text.length() && text.charAt(t.end(end)) == '.';
    int context = (locative ? 1 : 0) | (clitic ? 2 : 0) | (i == end ? 4 : 0)
        | (lowerInside ? 8 : 0) | (afterName ? 16 : 0) | (operation ? 32 : 0)
        | (dateline ? 64 : 0) | (particlesInside ? 128 : 0) | (periodAfter ? 256 : 0);
    sc.context = context;
    int slot = memo.again(sc.slots[i], text, ws, ws + len);
    // an abbreviation with its period ("D.C.", "Kan.") is admitted only as the text writes it:
    // that verdict depends on more than the context bits, and is neither kept nor read
    boolean asWritten = false;
    for (int k = 0; periodAfter && k < targets.size() && !asWritten; k++) {
      asWritten = targets.get(k).kind() == NameIndex.Kind.PLACE
          && targets.get(k).is(NameIndex.Target.ABBREVIATION);
    }
    List<NameIndex.Target> known = asWritten ? null : memo.admitted(slot, targets, context);
    if (known != null) {
      return known;
    }
    List<NameIndex.Target> out = new ArrayList<>(targets.size());
    String demonym = null;
    if (latin && i == end && capital) {
      word = t.token(i);
      demonym = knowledge.demonym(word).map(Place::id).orElse(null);
    }
    for (NameIndex.Target x : targets) {
      // what is asked of the target's place and surface is read from its facts where it holds
      // its place (the place record and the surface string are read only when needed)
      boolean isPlace = x.kind() == NameIndex.Kind.PLACE;
      boolean held = x.is(NameIndex.Target.HAS_PLACE);
      if (isPlace && x.is(NameIndex.Target.ABBREVIATION)
          && !(periodAfter && writtenAs(text, ws, t.end(end), x.surface()))) {
        continue; // an abbreviation's letters folded by their key are some other word
      }
      if (isPlace && x.is(NameIndex.Target.ABBREVIATION)
          && knowledge.framedName(x.surface())) {
        if (asWritten && afterNameAndComma(t, i)) {
          out.add(x); // "Frankfort, Ky.": though its letters are few
        }
        continue; // "Pa." and "S.C." name a state after a town and a comma only
      }
      if (isPlace && (demonym != null && !demonym.equals(x.id())
          || lowerInside && !x.lowercaseOk() && !curated(x)
          && !(particlesInside && lowerWordInside(x.surface())))) {
        continue; // "Yemeni" may name Yemen, never Lebanon; "Yarmouk refugee camp" is curated
      }
      if (x.kind() == NameIndex.Kind.PLACE && operation) {
        continue;
      }
      if (isPlace && afterName && x.singleToken()) {
        if (held) {
          if ((!x.is(NameIndex.Target.CURATED) || small(x.place()))
              && (x.facts() & (NameIndex.Target.COUNTRY | NameIndex.Target.ADMIN1)) == 0) {
            continue;
          }
        } else {
          Place p = place(x);
          if (p != null && (!p.curated() || small(p)) && !p.feature().equals("country")
              && !p.feature().equals("admin1")) {
            continue;
          }
        }
      }
      if (!capital && !x.lowercaseOk()) {
        continue;
      }
      if (caps && i == end && !x.exactCase() && !allCapsLetters(x.surface())
          && !(dateline && x.kind() == NameIndex.Kind.PLACE)) {
        continue; // "HTS" is not "Houthis": an all-capital token matches acronyms only
      }
      if (!arabic && i == end && len < 3 && !x.exactCase()) {
        continue; // "U" of "U.S.", "C", "Q": letters are not names
      }
      if (isPlace && x.singleToken() && i == end) {
        Place p = held ? x.place() : place(x);
        if (p == null) {
          continue;
        }
        boolean cur = held ? x.is(NameIndex.Target.CURATED) : p.curated();
        boolean admin1 = held ? x.is(NameIndex.Target.ADMIN1) : p.feature().equals("admin1");
        if ((!cur || small(p)) && !(admin1
            && x.surface().length() == len
            && x.surface().regionMatches(true, 0, text, ws, len))) {
          if (stop == 0) { // a division spelled out ("Virginia") is a place though a name too
            if (word == null) {
              word = t.token(i);
            }
            stop = stopword(word, arabic) ? 1 : 2; // once per match, not per candidate place
          }
          if (stop == 1) {
            continue;
          }
        }
        if (arabic && !cur && p.population() < CUELESS && !locative && (!clitic
            || purposeLam(word == null ? word = t.token(i) : word))) {
          continue; // a one-word Arabic place name needs a place cue: "في دوما", "بلدة جيرود";
                    // a bare "ل" is none ("لكسب": to gain, no town of Kessab)
        }

      }
      out.add(x);
    }
    if (!asWritten) {
      memo.admit(slot, targets, context, out);
    }
    return out;
  }

  /* True when a place target's name opens with the word text[from, to) and a space. */
  private static boolean opensWith(List<NameIndex.Target> targets, String text, int from,
      int to) {
    for (NameIndex.Target x : targets) {
      String name = x.surface();
      if (x.kind() == NameIndex.Kind.PLACE && name.length() > to - from
          && name.charAt(to - from) == ' ' && name.regionMatches(true, 0, text, from, to - from)) {
        return true;
      }
    }
    return false;
  }

  /* True when token i follows a capitalized word and a comma: "Columbia, S.C.". */
  private static boolean afterNameAndComma(Tokens t, int i) {
    if (i == 0 || !t.capitalized(i - 1)) {
      return false;
    }
    String text = t.text();
    int gap = t.start(i) - t.end(i - 1);
    return gap == 2 && text.charAt(t.end(i - 1)) == ',' && text.charAt(t.start(i) - 1) == ' ';
  }

  /* True for a name that ends in a period: an abbreviation ("Kan.", "W. Va."). */
  private static boolean abbreviation(String name) {
    return name.length() > 1 && name.charAt(name.length() - 1) == '.';
  }

  /*
   * True when {@code text[from, to)} spells the abbreviation {@code name} letter for letter, in
   * its case, periods and spaces aside ("W. Va." as "W.Va").
   */
  static boolean writtenAs(String text, int from, int to, String name) {
    int j = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ' ') {
        continue;
      }
      while (j < name.length() && (name.charAt(j) == '.' || name.charAt(j) == ' ')) {
        j++;
      }
      if (j >= name.length() || name.charAt(j) != c) {
        return false;
      }
      j++;
    }
    while (j < name.length() && (name.charAt(j) == '.' || name.charAt(j) == ' ')) {
      j++;
    }
    return j == name.length();
  }

  /* True when a later word of the name is written in lower case ("Dar es Salaam"). */
  private static boolean lowerWordInside(String name) {
    for (int k = name.indexOf(' '); k >= 0 && k + 1 < name.length();
        k = name.indexOf(' ', k + 1)) {
      if (Character.isLowerCase(name.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /* Given names (given-names.tsv): stopwords, yet the word after one is a surname. */
  private static final java.util.Set<String> GIVEN_NAMES = givenNames();

  private static java.util.Set<String> givenNames() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String[] r : org.sitrep.text.DataFiles.readTsv(MentionFinder.class, "given-names.tsv")) {
      out.add(r[0].strip());
    }
    return java.util.Set.copyOf(out);
  }

  /* True when a match spelled otherwise than the name it found is a given name ("Turki"). */
  private static boolean givenName(Match m, NameIndex.Target x) {
    return !x.surface().contentEquals(m.surface)
        && GIVEN_NAMES.contains(m.surface.toString().toLowerCase(java.util.Locale.ROOT));
  }

  /* True when a word, lower-cased, is a given name of given-names.tsv. */
  static boolean givenNameAt(CharSequence word) {
    return GIVEN_NAMES.contains(word.toString().toLowerCase(java.util.Locale.ROOT));
  }

  /* A populated place of GeoNames (no division: "Carolina", "Southland" name more than one). */
  private static boolean known(Place p) {
    String f = p.feature();
    return !p.curated() && (f.equals("city") || f.equals("town") || f.equals("capital"));
  }

  /* True when token k, lower-cased, is a given name ("Ahmed" of "Ahmed Nour"). */
  private static boolean givenNameAt(Tokens t, int k) {
    return GIVEN_NAMES.contains(t.text().substring(t.start(k), t.end(k))
        .toLowerCase(java.util.Locale.ROOT));
  }

  /* True when token k, lower-cased, is a common word (as isStopword of its lower case). */
  private boolean stopwordAt(Tokens t, int k) {
    String text = t.text();
    int s = t.start(k);
    int e = t.end(k);
    return Cues.plain(text, s, e) ? knowledge.isStopword(text, s, e)
        : knowledge.isStopword(t.token(k).toLowerCase(Locale.ROOT));
  }

  /** True for a common word (in Arabic also after a clitic: "وكان" is "و" + "كان"). */
  private boolean stopword(String word, boolean arabic) {
    if (knowledge.isStopword(word)) {
      return true;
    }
    if (!arabic) {
      return false;
    }
    String bare = NameKeys.arabic(word, false);
    for (String w : new String[] {word, bare}) {
      for (String p : PROCLITICS) {
        // "للحكومة" is "لل" + "حكومة", "وسوف" is "و" + "سوف" (as written, and normalized)
        if (w.startsWith(p) && w.length() - p.length() >= 2
            && (knowledge.isStopword(w.substring(p.length()))
                || knowledge.isStopword("ال" + w.substring(p.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /*
   * A curated place other than a division: its row lists the spellings of the news, so a near
   * spelling is taken without support; a division is named as written ("West" is no Wasit).
   */
  private static boolean looseSpelling(Place p) {
    return p.curated() && !p.feature().equals("admin1") && !small(p);
  }

  /* How far a curated place reaches at most to be a small one (a town, a district, a camp). */
  private static final double SMALL_KM = 10;

  /*
   * A curated town, district, camp or base: its name is as short as a town's and read as one
   * (spelled as listed, a cue or the story's country for a name alone, no surname or common
   * word); a region, a country, a continent is not small.
   */
  private static boolean small(Place p) {
    return p.curated() && p.radiusKm() < SMALL_KM && !p.feature().equals("admin1")
        && !p.feature().equals("country") && !p.feature().equals("continent");
  }

  private boolean curated(NameIndex.Target x) {
    if (x.is(NameIndex.Target.HAS_PLACE)) {
      return x.is(NameIndex.Target.CURATED);
    }
    Place p = place(x);
    return p != null && p.curated();
  }

  /*
   * True when an Arabic word opens with a bare "ل" (after an optional و/ف) and no article:
   * the "ل" of purpose before a verbal noun ("لكسب", "ولدعم") as much as "to" before a town.
   */
  static boolean purposeLam(String w) {
    int i = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.charAt(1) == 'ل'
        ? 1 : 0;
    return w.length() > i + 2 && w.charAt(i) == 'ل' && w.charAt(i + 1) != 'ل'
        && !(w.charAt(i + 1) == 'ا' && w.charAt(i + 2) == 'ل');
  }

  /* True when one of the targets is an actor. */
  private static boolean namesActor(List<NameIndex.Target> targets) {
    for (NameIndex.Target x : targets) {
      if (x.kind() == NameIndex.Kind.ACTOR) {
        return true;
      }
    }
    return false;
  }

  /*
   * The targets a name read after a bare "و" may be ("ولبنان", "وبغداد", "وبيت لحم"): actors,
   * and places curated or of a million people; a word that opens with "ول" or "وب" is most often
   * a word of its own ("ولاية", "وبين"), and a lesser place of its letters is not taken.
   */
  private List<NameIndex.Target> knownAfterAnd(List<NameIndex.Target> targets) {
    List<NameIndex.Target> out = new ArrayList<>(targets.size());
    for (NameIndex.Target x : targets) {
      Place p = x.kind() == NameIndex.Kind.PLACE ? place(x) : null;
      if (x.kind() != NameIndex.Kind.PLACE || p != null && (p.curated()
          || p.population() >= 1_000_000 || p.feature().equals("country"))) {
        out.add(x);
      }
    }
    return out;
  }

  /* Arabic proclitics a common word may carry, longest first. */
  private static final List<String> PROCLITICS = List.of("وبال", "وال", "فال", "بال", "كال",
      "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "وس", "و", "ف", "ب", "ل", "ك");

  /**
   * A one-word place name from GeoNames without a place cue before it ("in", "في"): it counts
   * only if it is the place's own name (not an alternate) in the document's country or region,
   * or a city of a million people, or, spelled just so, a city of 100,000 that no given name
   * or common word spells. Before a local head noun ("a Gainesville man") the place's
   * own name counts anywhere.
   */
  private boolean weak(Match m, NameIndex.Target x) {
    if (x.kind() != NameIndex.Kind.PLACE || !x.singleToken() || m.locative
        || m.clitic) {
      return false;
    }
    Place p = place(x);
    if (m.local && x.primary() && p != null && spelledAs(m.surface, x.surface(), p.name())) {
      return false;
    }
    return p != null && (!p.curated() || small(p));
  }

  /* True when a spelling form is in Arabic script. */
  private static boolean arabicName(String form) {
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        return c >= '\u0600' && c <= '\u06FF';
      }
    }
    return false;
  }

  /* The document's country votes as arrays, in the map's order: read once per name. */
  private static final class Votes {
    final String[] countries;
    final double[] values;

    Votes(Map<String, Double> votes) {
      countries = new String[votes.size()];
      values = new double[votes.size()];
      int i = 0;
      for (Map.Entry<String, Double> e : votes.entrySet()) {
        countries[i] = e.getKey();
        values[i++] = e.getValue();
      }
    }

    /*
     * The votes once {@code minus} (one match's own votes, a country or two) is taken out: the
     * document's array itself when there is nothing to take out.
     */
    private double[] without(Map<String, Double> minus) {
      if (minus.isEmpty()) {
        return values;
      }
      double[] v = values.clone();
      for (Map.Entry<String, Double> e : minus.entrySet()) {
        for (int i = 0; i < countries.length; i++) {
          if (countries[i].equals(e.getKey())) {
            v[i] -= e.getValue();
            break;
          }
        }
      }
      return v;
    }

    /** A country's votes in {@code values} (this document's, some taken out); 0 for none. */
    double of(String country, double[] values) {
      for (int i = 0; i < countries.length; i++) {
        if (java.util.Objects.equals(countries[i], country)) {
          return values[i];
        }
      }
      return 0;
    }

    /** The country with most votes, once {@code minus} (one match's own votes) is taken out. */
    String best(Map<String, Double> minus) {
      return best(without(minus));
    }

    private String best(double[] values) {
      String best = null;
      double top = 0.49; // a prior needs some evidence besides the name itself
      for (int i = 0; i < countries.length; i++) {
        double v = values[i];
        if (v > top) {
          top = v;
          best = countries[i];
        }
      }
      return best;
    }

    /**
     * How far a country leads the others, once {@code minus} is taken out: 1 - the runner-up's
     * votes / the country's (1 when no other country has the evidence a prior needs, as in
     * {@link #best}; 0 when one has as many votes).
     */
    private double lead(String country, double[] values) {
      double own = 0;
      double next = 0.49;
      for (int i = 0; i < countries.length; i++) {
        double v = values[i];
        if (countries[i].equals(country)) {
          own = v;
        } else if (v > next) {
          next = v;
        }
      }
      return own > 0 ? Math.max(0, 1 - (next > 0.49 ? next : 0) / own) : 0;
    }
  }

  /*
   * The document's country votes: each country's sum over the matches, in their order. Summed
   * in arrays (a page names a few countries, and no value is boxed per match), then merged into
   * the map in the order first met, as merging each vote would: the map's order, which breaks
   * ties between countries, is the same.
   */
  private Map<String, Double> votes(List<Match> matches) {
    String[] countries = new String[8];
    double[] sums = new double[8];
    int n = 0;
    for (Match m : matches) {
      for (Map.Entry<String, Double> e : votesOf(m).entrySet()) {
        String c = e.getKey();
        int i = 0;
        while (i < n && !java.util.Objects.equals(countries[i], c)) {
          i++;
        }
        if (i < n) {
          sums[i] += e.getValue();
        } else {
          if (n == countries.length) {
            countries = java.util.Arrays.copyOf(countries, 2 * n);
            sums = java.util.Arrays.copyOf(sums, 2 * n);
          }
          countries[n] = c;
          sums[n++] = e.getValue();
        }
      }
    }
    Map<String, Double> votes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      // merge, not put: a key merged into a taken bucket goes first in it, one put goes last
      votes.merge(countries[i], sums[i], Double::sum);
    }
    return votes;
  }

  /** One match's votes for the document's country, computed once. */
  private Map<String, Double> votesOf(Match m) {
    if (m.votes != null) {
      return m.votes;
    }
    Map<String, Double> votes = new HashMap<>(4);
    m.votes = votes;
    {
      List<String> candidates = new ArrayList<>();
      boolean actor = false;
      for (NameIndex.Target x : m.targets) {
        actor |= x.kind() == NameIndex.Kind.ACTOR;
      }
      double weight = 1.0;
      for (NameIndex.Target x : m.targets) {
        if (x.kind() == NameIndex.Kind.PLACE) {
          if (actor) {
            continue; // "Russia" acting is the state, not a place the story is in
          }
          Place p = place(x);
          // a bare one-word name votes only for a sizeable place of that very name
          if (p == null || village(p)
              || ((m.local || weak(m, x)) && (!x.primary() || p.population() < 50_000))) {
            continue;
          }
          if (!Knowledge.inRegion(p.countryCode()) && !x.forms().contains(m.form())) {
            continue; // outside the region only a name spelled so votes ("Twitter" is no Tottori)
          }
          if (weak(m, x) && !arabicName(m.form()) && !spelledAs(m.surface, x.surface(), p.name())) {
            // nor does a bare word whose letters only sound like a town's ("Roads" is no Rades,
            // "Class" no Kilis): its vote for a country far away unseats the page's own places
            continue;
          }
          if (!candidates.contains(p.countryCode())) {
            candidates.add(p.countryCode());
          }
          if (p.feature().equals("country")) {
            weight = 0.5; // stories name foreign countries often; towns say more
          }
        } else if (x.kind() == NameIndex.Kind.ACTOR) {
          Actor a = knowledge.actor(x.id()).orElse(null);
          if (a != null && !a.country().isEmpty()) {
            // local forces say where a story is; states, outlets and monitors much less
            votes.merge(a.country(), AGENT_KINDS.contains(a.kind()) && !a.kind().equals("state")
                ? 0.5 : 0.2, Double::sum);
          }
        }
      }
      for (String c : candidates) {
        // an ambiguous name ("Tripoli") splits its vote among its countries
        votes.merge(c, weight / candidates.size(), Double::sum);
      }
    }
    return votes;
  }

  /** The place a target names, from the target itself when the index holds it. */
  private Place place(NameIndex.Target x) {
    return x.place() != null ? x.place() : knowledge.place(x.id()).orElse(null);
  }

  private static double size(Place p) {
    if (p.curated()) {
      return p.feature().equals("region") || p.feature().equals("admin1") ? 1_000_000 : 10_000;
    }
    return p.population();
  }

  /*
   * Resolves every match. {@code divisions} holds, for each first-order division a first pass
   * chose (US, Tennessee), the distinct names that chose it; {@code chosen} each match's own
   * (filled by the first pass): a candidate in a division another name of the document lies in
   * gains.
   */
  private List<Mention> resolve(Document doc, List<Match> matches, Votes all,
      String docCountry, DivisionNames divisions, Division[] chosen,
      Mention[] made) {
    List<Mention> out = new ArrayList<>();
    boolean firstPass = divisions.isEmpty();
    Anchors anchors = firstPass ? null : new Anchors(matches, made);
    int pass = firstPass ? 0 : 1;
    // "Athens, Greece" once: the document's other "Athens" are that one too (one sense per
    // name in a document), unless the page holds the name in two places ("Paris, Texas" and
    // "Paris, France")
    Map<String, String[]> heldBy = firstPass ? Map.of() : new HashMap<>();
    String[][] containers = firstPass ? null : new String[matches.size()][];
    for (int mi = 0; !firstPass && mi < matches.size(); mi++) {
      String[] w = container(doc.text(), matches, made, mi);
      containers[mi] = w;
      if (w != null && !(w.length > 2 && w[2] == APPOSITION)) {
        heldBy.merge(matches.get(mi).form(), w,
            (a, b) -> java.util.Arrays.equals(a, b) ? a : NOWHERE);
      }
    }
    for (int mi = 0; mi < matches.size(); mi++) {
      Match m = matches.get(mi);
      Signature sig = m.signature();
      if (!firstPass && !spansDivisions(sig) && !hasVillage(sig)
          && !(containers[mi] != null && containers[mi].length > 2)) {
        if (made[mi] != null) {
          out.add(made[mi]); // one division among its places: the first pass stands
        }
        continue;
      }
      // "Washington state", "the state of Washington": the division, not the capital (rare:
      // such a match is resolved on its own, outside the per-signature cache)
      if (m.divisionWord < 0) { // the same in both passes: worked out once
        m.divisionWord = (byte) (divisionWord(doc.text(), m.start, m.end) ? 1 : 0);
        m.datelineTown = (byte) (WordMemo.allCaps(doc.text(), m.start, m.end)
            && Cues.datelineAt(doc.text(), m.start, m.end) ? 1 : 0);
      }
      boolean divisionWord = m.divisionWord == 1;
      // "Glasgow, Scotland", "Athens, Greece", "Douma, Rif Dimashq": the place named right after
      // the comma holds this one (second pass: the first pass read the name after it)
      String[] within = firstPass ? null : containers[mi];
      if (within == null && !firstPass) {
        within = heldBy.get(m.form());
        within = within == NOWHERE ? null : within;
      }
      // "WASHINGTON —": a dateline names a town, not the state or country of its name
      boolean datelineTown = m.datelineTown == 1;
      boolean own = divisionWord || within != null || datelineTown;
      Choice choice = own ? null : sig.choices[pass];
      if (choice == null) {
        choice = choose(m, all, docCountry, divisions, anchors, divisionWord, within,
            datelineTown);
        if (!own) {
          sig.choices[pass] = choice;
        }
      }
      NameIndex.Target actor = choice.actor();
      NameIndex.Target place = choice.place();
      NameIndex.Target description = choice.description();
      boolean placeSupported = choice.placeSupported();
      String text = m.text(doc.text());
      Mention made1 = null;
      if (actor != null && place != null
          && (placeSupported && !sameCountry(actor, place) || otherPlace(actor, place))) {
        actor = null; // "Lebanon" among the towns of Pennsylvania is the town, not the state
      }
      if (actor != null && divisionWord && place != null
          && "admin1".equals(place(place).feature())) {
        actor = null; // "a Washington state farm": the state, not the government in its capital
      }
      if (actor != null && (place == null || !m.placeCue
          && !(m.clitic && prepositionClitic(m.surface)))) {
        made1 = actorMention(doc, m.start, m.end, text, actor.id(), "name");
      } else if (place != null) {
        Place p = knowledge.place(place.id()).orElseThrow();
        if (firstPass && p.admin1() != null && !p.admin1().isEmpty()
            && !p.feature().equals("country") && !m.local) {
          // (a town before a local head noun is the best-known of its name: no voice for its
          // division, "DeKalb police" in Georgia is not DeKalb in Illinois)
          chosen[mi] = new Division(p.countryCode(), p.admin1());
        }
        made1 = new Mention(doc.docId(), m.start, m.end, text, "place", p.id(), p.name(), p.lat(),
            p.lon(), p.countryCode(), p.admin1(), p.feature(), null, null, "name");
      } else if (description != null) {
        made1 = new Mention(doc.docId(), m.start, m.end, text, "description", null,
            description.id(), null, null, null, null, null, null, null, "description");
      }
      if (made1 != null) {
        out.add(made1);
      }
      if (firstPass) {
        made[mi] = made1;
      }
    }
    return out;
  }

  /* The candidates a match's name resolves to in a pass, before the cues decide between them. */
  private Choice choose(Match m, Votes all, String docCountry,
      DivisionNames divisions, Anchors anchors, boolean divisionWord,
      String[] within, boolean datelineTown) {
    boolean firstPass = divisions.isEmpty();
    // the prior for a name leaves out the name's own votes: a name cannot vote for itself
    Map<String, Double> own = votesOf(m);
    double[] others = all.without(own);
    String country = own.isEmpty() ? docCountry : all.best(others);
    double lead = country == null ? 0 : all.lead(country, others);
    NameIndex.Target actor = null;
    NameIndex.Target place = null;
    NameIndex.Target description = null;
    double actorSim = 0;
    double placeSim = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    NameIndex.Target written = null; // the best place spelled just as the name is written
    double writtenScore = Double.NEGATIVE_INFINITY;
    boolean writtenSupported = false;
    // the places whose forms hold the name's, in order, with their scores: the best of them
    // spelled just as written is looked for only when the choice may yield to it (below)
    NameIndex.Target[] spelled = null;
    double[] spelledScore = null;
    int spelledN = 0;
    boolean placeSupported = false; // the chosen place has a neighbour among the document's
    // with no cue beside the name, a first-pass choice depends on the name, its surface, the
    // country and the lead alone: one made on an earlier page holds
    NameFacts facts = m.signature().facts;
    boolean shareable = firstPass && !divisionWord && within == null && !datelineTown;
    String surface = shareable ? m.surface.toString() : null;
    if (shareable) {
      Object kept = facts.choice(surface, country, lead);
      if (kept instanceof Choice c) {
        return c;
      }
      if (kept instanceof Abroad a && a.holds(all, others)) {
        return a.choice();
      }
    }
    // the countries of namesakes abroad whose support was asked (the choice depends on the
    // page's votes for them), and as bits which had it
    String[] asked = null;
    long supported = 0;
    int homeCandidate = -1; // whether the name has a candidate in the page's country (1 yes)
    if (facts.curated < 0) {
      facts.curated = (byte) (curatedName(m) ? 1 : 0);
    }
    boolean curatedName = facts.curated == 1;
    if (facts.regionExact < 0) {
      facts.regionExact = (byte) (regionExact(m) ? 1 : 0);
    }
    boolean regionExact = facts.regionExact == 1;
    double[] prominence = facts.prominence(m.targets.size());
    double[] spelling = facts.spelling(m.targets.size());
    int[] live = facts.live;
    if (live == null || facts.liveOf != m.targets) {
      live = facts.live = live(m);
      facts.liveOf = m.targets;
    }
    for (int xi : live) {
      NameIndex.Target x = m.targets.get(xi);
      switch (x.kind()) {
        case ACTOR -> {
          // the consonants alone may agree ("Biden", "Buwaydhani"): the spelling must too, and
          // of two actors whose keys agree ("Nigerian", "Nigerien") the closer spelling wins
          double sim = x.exactCase() ? 1.0 : similarity(m.form(), x.forms(), 0.55);
          // a state's name is spelled as written ("Roman" is not Romania)
          double least = sim < 0.8 && isState(x) ? 1.0 : 0.55;
          if (isState(x) && givenName(m, x)) {
            continue; // nor is a given name spelled like it: "Turki al-Maliki" is no Turkey
          }
          if (sim > least && sim > actorSim) {
            actor = x;
            actorSim = sim;
          }
        }
        case DESCRIPTION -> {
          // descriptions are common words that may share consonants ("terrorists",
          // "tourists"; "people", "pupils"): the spelling decides, and must agree closely
          double sim = similarity(m.form(), x.forms(), 0.8);
          if (sim < 1.0 && vowelTail(m.form(), x.forms())) {
            continue; // "Command" (of "General Command") is no "commando"
          }
          if (sim >= 0.8 && (description == null
              || sim > similarity(m.form(), description.forms(), 0.8))) {
            description = x;
          }
        }
        case PLACE -> {
          Place cand = place(x);
          if (curatedName && !x.primary() && cand != null && !cand.curated()) {
            continue; // "White House" is the building, not a translation of Casablanca
          }
          if (regionExact && cand != null && !cand.curated()
              && !(x.primary() && x.forms().contains(m.form())
                  && (Knowledge.inRegion(cand.countryCode())
                      || spelledAs(m.surface, x.surface(), cand.name())))) {
            // "Houla" is the curated plain, not an alternate name of Kafr Laha; "Salma" the
            // curated town, not a near spelling of Salamiyah; "Sinai" the peninsula, not
            // Chennai abroad, whose name only sounds alike
            continue;
          }
          if (cand != null && !x.primary() && !cand.curated() && cand.population() < ALIAS_TOWN
              && !Knowledge.inRegion(cand.countryCode())) {
            if (facts.ownName < 0) {
              facts.ownName = (byte) (ownNameOfAnother(m) ? 1 : 0);
            }
            if (facts.ownName == 1) {
              continue; // "Paris" is the places of that name, not Swainsboro, which once bore it
            }
          }
          if (cand != null && small(cand) && givenName(m, x)) {
            continue; // "Mohamed" is a man, not a near spelling of Mohammadiyeh
          }
          if (cand != null && cand.feature().equals("country") && givenName(m, x)) {
            continue; // "Turki al-Maliki" names no Turkey
          }
          double sim = Double.NaN; // computed when needed: most candidates never need it
          if (weak(m, x)) {
            boolean ok = x.primary() && (cand.population() >= 1_000_000
                || cand.countryCode().equals(country) || cand.feature().equals("capital"));
            if (!ok && x.primary() && cand.population() >= KNOWN_CITY && known(cand)
                && spelledAs(m.surface, x.surface(), cand.name())
                && !PersonNames.given(m.surface.toString()) && !givenNameAt(m.surface)
                && !knowledge.isStopword(m.surface.toString().toLowerCase(Locale.ROOT))) {
              // a city of 100,000 people by its own name, spelled so, though no
              // cue stands before it and the page is set elsewhere ("Kismayo", "Linz"): not a
              // given name ("Mary", "Gilbert") nor a common word ("Bay")
              ok = true;
            }
            if (!ok && x.primary() && Knowledge.inRegion(cand.countryCode())
                && x.forms().contains(m.form())) {
              sim = 1.0; // its own name in the region, spelled just so
              ok = true;
            }
            if (!ok && !arabicName(m.form()) && Knowledge.inRegion(cand.countryCode())
                && cand.countryCode().equals(country) && x.forms().contains(m.form())) {
              // a Latin name in the document's own country in the region, where names are
              // transliterated and an alternate spelling is the rule ("Dael" of Da'il), spelled
              // just so (an Arabic name without a cue is the city's government: "أعلنت دمشق")
              sim = 1.0;
              ok = true;
            }
            if (!ok && knowledge.framedName(x.surface())) {
              ok = true; // "Washington, D.C.": read only after a town and a comma, its support
            }
            if (!ok && within != null && cand.countryCode().equals(within[0])
                && x.forms().contains(m.form())) {
              sim = 1.0; // "the Syrian town of Ras al-Ain", "Douma, Syria": spelled just so there
              ok = true;
            }
            if (!ok) {
              continue;
            }
          }
          if (Double.isNaN(prominence[xi])) {
            prominence[xi] = prominence(cand);
          }
          double prior = placeScore(x, country, lead, prominence[xi]);
          if (datelineTown && cand != null && (cand.feature().equals("admin1")
              && !cand.curated() || cand.feature().equals("country"))) {
            prior -= ADMIN1_PRIOR; // its rank over a lesser namesake does not hold here
          }
          if (divisionWord && cand != null && cand.feature().equals("admin1")) {
            prior += DIVISION_WORD_PRIOR;
          }
          if (within != null && cand != null && cand.countryCode().equals(within[0])
              && (within[1] == null || within[1].equals(cand.admin1()))
              && !cand.feature().equals("country") && !cand.feature().equals("admin1")) {
            prior += within.length > 2 ? 2 * CONTAINED_PRIOR : CONTAINED_PRIOR;
          }
          boolean inDivision = false; // another name of the document lies in its division
          if (!firstPass && cand != null && cand.admin1() != null && !cand.admin1().isEmpty()) {
            Set<String> names = divisions.of(cand.countryCode(), cand.admin1());
            int votes = names.size() - (names.contains(m.form()) ? 1 : 0);
            if (votes > 0) {
              prior += DIVISION_PRIOR;
              inDivision = true;
            }
          }
          int near = anchors == null || cand == null ? 0 : anchors.near(cand, m.form());
          if (country != null && cand != null && near == 0 && !inDivision && within == null
              && !datelineTown && !cand.countryCode().equals(country)) {
            if (homeCandidate < 0) {
              if (facts.homeOf != m.targets || !country.equals(facts.homeCountry)) {
                facts.home = hasCandidateIn(m, country);
                facts.homeCountry = country;
                facts.homeOf = m.targets;
              }
              homeCandidate = facts.home ? 1 : 0;
            }
            if (homeCandidate == 0 && abroad(x, cand, country)) {
              boolean has = all.of(cand.countryCode(), others) > 0;
              int k = asked == null ? -1 : java.util.Arrays.asList(asked).indexOf(
                  cand.countryCode());
              if (k < 0 && (asked == null || asked.length < 63)) {
                asked = asked == null ? new String[1] : java.util.Arrays.copyOf(asked,
                    asked.length + 1);
                asked[asked.length - 1] = cand.countryCode();
                supported |= has ? 1L << (asked.length - 1) : 0;
              } else if (k < 0) {
                shareable = false; // too many countries to keep the answers of
              }
              if (!has) {
                // "Taza" south of Kirkuk is no Moroccan city, "مخيم الزور" west of Marib no
                // Kuwaiti town: a small place of the page's country the gazetteer lacks, whose
                // namesake abroad needs its country named, a place near it or a city's size
                continue;
              }
            }
          }
          if (cand != null && village(cand)
              && (firstPass || near == 0 && !inDivision || !x.primary())) {
            // a village needs a neighbour ("Annville" beside Hershey and Palmyra) or its state
            // named or chosen by the document's other names ("Berea" in a story on Kentucky)
            continue;
          }
          if (near > 0) {
            prior += NEAR_PRIOR + 0.5 * Math.min(near - 1, 2);
          }
          if (cand != null && x.forms().contains(m.form())) {
            if (spelled == null) {
              spelled = new NameIndex.Target[live.length];
              spelledScore = new double[live.length];
            }
            spelled[spelledN] = x;
            spelledScore[spelledN++] = prior + 6;
          }
          // a town of 100,000 spelled as written may yet outweigh a better placed namesake
          boolean asWritten = cand != null && prominence[xi] >= 5
              && x.forms().contains(m.form());
          if (prior + 6 <= bestScore && !asWritten) {
            continue; // even a perfect spelling would not beat the best so far
          }
          if (Double.isNaN(sim) && cand != null && !Knowledge.inRegion(cand.countryCode())) {
            sim = x.forms().contains(m.form()) ? 1.0 : 0.0; // all the next test asks
          } else if (Double.isNaN(sim)) {
            // below 0.55 the tests below drop it, whatever the figure (an acronym keeps it)
            if (Double.isNaN(spelling[xi])) {
              spelling[xi] = similarity(m.form(), x.forms(), x.exactCase() ? 0 : 0.55);
            }
            sim = spelling[xi];
          }
          if (sim < 1.0 && cand != null && !Knowledge.inRegion(cand.countryCode())) {
            // spellings vary where names are transliterated from Arabic; elsewhere a name
            // is spelled as the gazetteer has it: "Tennessee" is not Tunis, "Board" no town
            continue;
          }
          if (sim < 0.75 && cand != null && !looseSpelling(cand)
              && !cand.countryCode().equals(country)) {
            continue; // only the consonants agree ("Party", "Perth"): not this place
          }
          if (sim < 1.0 && cand != null && !looseSpelling(cand) && country != null
              && !cand.countryCode().equals(country) && near == 0) {
            // a spelling that only resembles the name needs support: the story's country or a
            // place near it ("al-Kassara" in a Yemeni story is no Kayseri)
            continue;
          }
          if (sim < 1.0 && cand != null && !looseSpelling(cand) && country != null
              && !Knowledge.inRegion(country) && !cand.countryCode().equals(country)) {
            continue; // a story set outside the region: "Medan" is not Mudanya, "Fife" no Fes
          }
          if (cand != null && !looseSpelling(cand) && country != null && !Knowledge.inRegion(country)
              && Knowledge.inRegion(cand.countryCode()) && !cand.countryCode().equals(country)
              && !arabicName(m.form()) && !spelledAs(m.surface, x.surface(), cand.name())) {
            // nor by the vowels the transliteration of Arabic names folds together: there, a
            // town of the region is named as it is written ("Fife" is no Fifi, "Tour" no El-Tor)
            continue;
          }
          if (sim <= 0.55 && !x.exactCase()) {
            continue; // not even a curated place or a country: "Trek" is not Turkey
          }
          if (sim < 0.8 && !x.exactCase() && cand != null && cand.feature().equals("country")) {
            continue; // a country is spelled as written, as a state is: "Morek" is no Morocco
          }
          double s = prior + 6 * sim;
          if (sim >= 1.0 && s > writtenScore && prominence[xi] >= 5
              && spelledAs(m.surface, x.surface())) {
            written = x;
            writtenScore = s;
            writtenSupported = near > 0 && !cand.feature().equals("country");
          }
          if (s > bestScore) {
            bestScore = s;
            place = x;
            placeSim = sim;
            placeSupported = near > 0 && !cand.feature().equals("country");
          }
        }
        default -> {}
      }
    }
    if (place != null && written != null && written != place
        && (placeSim < 1.0 || !spelledAs(m.surface, place.surface()))
        && outweighs(place(written), place(place))) {
      // a near spelling, or a name that only folds to the same form, does not take a name from
      // a far better known place of its country spelled just so: "Baghdad" beside Mosul is
      // the capital, not Bakhdida near it; "Lyon" beside Bordeaux the city, not Léon
      place = written;
      placeSim = 1.0;
      placeSupported = writtenSupported;
    }
    NameIndex.Target exact = null; // the best place spelled just as written
    if (place != null && spelledN > 0
        && (!placeSupported || !Knowledge.inRegion(place(place).countryCode()))
        && (placeSim < 1.0 || !spelledAs(m.surface, place.surface(), place(place).name()))) {
      String surfaceLetters = letters(m.surface);
      double exactScore = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < spelledN; k++) {
        NameIndex.Target x = spelled[k];
        Place cand = place(x);
        if (spelledScore[k] > exactScore && (lettersOf(surfaceLetters, x.surface(), cand.name())
            || Knowledge.inRegion(cand.countryCode()) && lettersOf(surfaceLetters,
                knowledge.newsNames(cand.id()).toArray(new String[0])))) {
          exact = x;
          exactScore = spelledScore[k];
        }
      }
    }
    if (place != null && exact != null && exact != place
        && asKnown(place(exact), place(place))) {
      // a place spelled just as written keeps its name from a namesake that only folds to it,
      // unless that one is better known: "Qamishli" in a story from Turkey is the Syrian city,
      // not the Turkish hamlet Kamisli; "Chile" beside Brussels the country, not Silly. In the
      // region, where transliterations vary, a namesake with a neighbour on the page stands
      place = exact;
      placeSim = 1.0;
      placeSupported = false;
    }
    if (actor != null && actorSim < 1.0 && place != null && placeSim >= 1.0) {
      actor = null; // the place is spelled as written, the actor only like it: "Homs" is no Hamas
    }
    Choice made = new Choice(actor, place, description, placeSupported);
    if (shareable) {
      facts.keep(surface, country, lead, asked == null ? made : new Abroad(made, asked,
          supported));
    }
    return made;
  }


  /*
   * The indexes of a match's targets that {@link #choose} may take ({@link NameFacts#live}): a
   * place outside the region is taken only when spelled as one of its names, which the name's
   * form decides alone; every other test of such a place only passes it over or asks for a
   * country's support, which cannot matter then.
   */
  private int[] live(Match m) {
    int[] out = new int[m.targets.size()];
    int n = 0;
    String form = m.form();
    for (int xi = 0; xi < m.targets.size(); xi++) {
      NameIndex.Target x = m.targets.get(xi);
      if (x.kind() == NameIndex.Kind.PLACE) {
        Place cand = place(x);
        if (cand != null && !Knowledge.inRegion(cand.countryCode())
            && !x.forms().contains(form)) {
          continue;
        }
      }
      out[n++] = xi;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /*
   * The country code and first-order division (null for a country) of the place named right
   * after match {@code mi} and a comma ("Glasgow, Scotland"; "Athens, Greece", where the country
   * may have been read as its state acting), as the first pass read it; null when there is none.
   */
  /* A container named by a nationality adjective: it outranks the document's country and its
   * other places, which a page datelined across a border sets against it. */
  private static final String NATIONAL = "national";

  /* "the Syrian town of", "the northern Iraqi city of", "the Turkish border town of". */
  static final java.util.regex.Pattern NATIONAL_FRAME = java.util.regex.Pattern.compile(
      "(?:^|[\\s(])([A-Z][a-z]+)\\s+(?:(?:[a-z]+(?:-[a-z]+)?|Kurdish|Arab)\\s+){0,2}"
          + "(?:town|city|village|province|governorate|region|district|capital|port)\\s+of\\s+$");

  /*
   * The country a nationality adjective before a place noun and "of" names for the place after
   * it ("the Syrian town of Ras al-Ain", "the northern Iraqi city of Mosul"), as a container; or
   * null.
   */
  private String[] nationalFrame(String text, int start, int end) {
    String arabic = arabicNationalFrame(text, start, end);
    if (arabic != null) {
      return new String[] {arabic, null, NATIONAL};
    }
    if (start < 8 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != 'f'
        || text.charAt(start - 3) != 'o') {
      return null; // no "of " right before it: most names
    }
    if (!placeNounBefore(text, start - 3)) {
      return null; // "of" follows no place noun: "the capture of Afrin", "north of Aleppo"
    }
    java.util.regex.Matcher f = NATIONAL_FRAME.matcher(text).region(Math.max(0, start - 60),
        start);
    if (!f.find()) {
      return null;
    }
    return knowledge.demonym(f.group(1)).map(p -> new String[] {p.countryCode(), null, NATIONAL})
        .orElse(null);
  }

  /* The place nouns of {@link #NATIONAL_FRAME}, which a frame ends with before "of". */
  private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province",
      "governorate", "region", "district", "capital", "port");

  /*
   * True when white space and one of {@link #PLACE_NOUNS}, whole, stand right before {@code of}
   * (the offset of "of"): what {@link #NATIONAL_FRAME} asks there, tested before its search.
   */
  static boolean placeNounBefore(String text, int of) {
    int e = of;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == of) {
      return false;
    }
    int b = e;
    while (b > 0 && e - b < 11 && text.charAt(b - 1) >= 'a' && text.charAt(b - 1) <= 'z') {
      b--;
    }
    return e - b >= 4 && e - b <= 11 && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
        && PLACE_NOUNS.contains(text.substring(b, e));
  }

  /* Arabic nationality adjectives and their countries (nisba-ar.tsv). */
  private static final Map<String, String> NISBA = new HashMap<>();
  /* Town nouns an Arabic nationality frame opens with, without their proclitics. */
  private static final Set<String> TOWN_NOUNS = Set.of("مدينة", "بلدة", "قرية", "ناحية");

  static {
    for (String[] r : org.sitrep.text.DataFiles.readTsv(MentionFinder.class, "nisba-ar.tsv")) {
      NISBA.put(r[0].strip(), r[1].strip());
    }
  }

  /*
   * The country an Arabic frame names for the town in it: a town noun right before the name and
   * a nationality adjective right after it ("في مدينة رأس العين السورية"); or null.
   */
  private static String arabicNationalFrame(String text, int start, int end) {
    if (start < 2 || end + 2 >= text.length() || text.charAt(end) != ' '
        || text.charAt(end + 1) != 'ا' || text.charAt(start - 1) != ' ') {
      return null;
    }
    int a = end + 1;
    int b = a;
    while (b < text.length() && Character.isLetter(text.charAt(b))) {
      b++;
    }
    String country = NISBA.get(text.substring(a, b));
    if (country == null) {
      return null;
    }
    int e = start - 1;
    int f = e;
    while (f > 0 && Character.isLetter(text.charAt(f - 1))) {
      f--;
    }
    String noun = text.substring(f, e);
    for (int k = 0; k <= 2 && !TOWN_NOUNS.contains(noun) && noun.length() > 4; k++) {
      char c = noun.charAt(0);
      if (c != 'و' && c != 'ب' && c != 'ل' && c != 'ف') {
        break;
      }
      noun = noun.substring(1); // "وبمدينة", "لمدينة"
    }
    return TOWN_NOUNS.contains(noun) ? country : null;
  }

  private String[] container(String text, List<Match> matches, Mention[] made, int mi) {
    String[] national = nationalFrame(text, matches.get(mi).start, matches.get(mi).end);
    if (national != null) {
      return national; // "the Syrian town of Ras al-Ain": Syria holds it
    }
    if (mi + 1 >= matches.size()) {
      return null;
    }
    Match m = matches.get(mi);
    int i = m.end;
    if (i >= text.length() || text.charAt(i) != ',' && text.charAt(i) != '،') {
      return null;
    }
    i++;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int ni = mi + 1;
    boolean apposition = false;
    if (matches.get(ni).start != i) {
      // "Victoria, capital of British Columbia": the holder comes after an apposition, whose
      // nouns may be matches of their own ("capital")
      while (ni < matches.size() && matches.get(ni).start - i <= 40
          && !(made[ni] != null && ofOrIn(text, i, matches.get(ni).start)
              && APPOSITION_FRAME.matcher(text).region(i,
              matches.get(ni).start).matches())) {
        ni++;
      }
      if (ni >= matches.size() || matches.get(ni).start - i > 40) {
        return null;
      }
      apposition = true;
    }
    if (made[ni] == null) {
      return null;
    }
    Match next = matches.get(ni);
    Mention self = made[mi];
    if (self != null && "place".equals(self.kind()) && (!apposition
        && "admin1".equals(self.feature()) || "country".equals(self.feature())
            || "continent".equals(self.feature()))) {
      // "California, United States", "Ontario, Canada": a division of its country; a country
      // is held by none ("Canada, the city of Victoria"); an apposition may say that a name
      // read as a division is a town of another ("Victoria, capital of British Columbia")
      return null;
    }
    Mention x = made[ni];
    if (ni + 1 < matches.size() && made[ni + 1] != null && x.feature() != null
        && x.feature().equals(made[ni + 1].feature()) && listed(text, next.end,
            matches.get(ni + 1).start)) {
      return null; // "in Washington, Pennsylvania and California": a list of states
    }
    if ("place".equals(x.kind()) && x.countryCode() != null && !x.countryCode().isEmpty()) {
      if ("country".equals(x.feature())) {
        return apposition ? new String[] {x.countryCode(), null, APPOSITION}
            : new String[] {x.countryCode(), null};
      }
      if ("admin1".equals(x.feature()) && x.admin1() != null && !x.admin1().isEmpty()) {
        return apposition ? new String[] {x.countryCode(), x.admin1(), APPOSITION}
            : new String[] {x.countryCode(), x.admin1()};
      }
      return null;
    }
    if ("actor".equals(x.kind()) && x.identifierId() != null) {
      Actor a = knowledge.actor(x.identifierId()).orElse(null);
      if (a != null && a.kind().equals("state") && !a.country().isEmpty()) {
        return apposition ? new String[] {a.country(), null, APPOSITION}
            : new String[] {a.country(), null};
      }
    }
    return null;
  }

  /*
   * True when text[from, to) holds " of " or " in " (white space after it): what
   * {@link #APPOSITION_FRAME} needs, tested before it is run.
   */
  static boolean ofOrIn(String text, int from, int to) {
    for (int k = from + 1; k + 2 < to; k++) {
      char a = text.charAt(k);
      char b = text.charAt(k + 1);
      if ((a == 'o' && b == 'f' || a == 'i' && b == 'n') && Character.isWhitespace(text.charAt(k - 1))
          && Character.isWhitespace(text.charAt(k + 2))) {
        return true;
      }
    }
    return false;
  }

  /* A container named in an apposition to one mention: it holds that mention alone. */
  private static final String APPOSITION = "apposition";

  /*
   * What stands between a town's name, its comma and the state or country holding it when the
   * apposition says so ("Victoria, capital of British Columbia"; "Hamilton, a port city in
   * Ontario"; "Sur, the old town of Diyarbakir"): a settlement noun, "of" or "in", and at most
   * two lower-case words and a compass adjective.
   */
  static final java.util.regex.Pattern APPOSITION_FRAME = java.util.regex.Pattern.compile(
      "(?:(?:the|a|an)\\s+)?(?:[a-z]+(?:-[a-z]+)?\\s+){0,2}"
          + "(?:capital|city|town|village|port|suburb|seat)\\s+(?:of|in)\\s+"
          + "(?:(?:the\\s+)?(?:north|south|east|west|central|northern|southern|eastern|western)"
          + "(?:-?(?:east|west|eastern|western))?\\s+)?");

  /* True when text[from, to) joins two items of a list: ", ", " and ", ", and ", " or ". */
  private static boolean listed(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    String between = text.substring(from, to).strip();
    return between.equals(",") || between.equals("and") || between.equals(", and")
        || between.equals("or") || between.equals("،") || between.equals("و");
  }

  /*
   * True when the word after a name is "state" or "province" in lower case ("Washington state",
   * "New York state governor"), or the words before it are "state of" or "province of": the name
   * is a first-order division's. A capitalized "State" after it is a body's name ("Washington
   * State University") and says nothing.
   */
  static boolean divisionWord(String text, int start, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    for (String w : DIVISION_WORDS) {
      if (text.startsWith(w, i) && (i + w.length() == text.length()
          || !Character.isLetter(text.charAt(i + w.length())))) {
        return i > end; // a space between: "Washington state", not "Washingtonstate"
      }
    }
    int j = start;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == start || j < 2 || !text.startsWith("of", j - 2)) {
      return false;
    }
    int k = j - 2;
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    for (String w : DIVISION_WORDS) {
      if (k < j - 2 && k >= w.length() && text.startsWith(w, k - w.length())
          && (k - w.length() == 0 || !Character.isLetter(text.charAt(k - w.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> DIVISION_WORDS = List.of("state", "province");

  /* True when the matched words, case and accents aside, are one of the names given. */
  static boolean spelledAs(CharSequence surface, String... names) {
    return lettersOf(letters(surface), names);
  }

  /* {@link #spelledAs} for a surface's letters already worked out. */
  private static boolean lettersOf(String w, String... names) {
    for (String n : names) {
      if (n != null && letters(n).equals(w)) {
        return true;
      }
    }
    return false;
  }

  /* The letters and digits of a name in lower case, accents dropped ("Kāshmar" -> "kashmar"). */
  private static String letters(CharSequence s) {
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /* True when a curated place abroad bears the matched words as one of its names, spelled so. */
  private boolean curatedName(Match m) {
    for (NameIndex.Target x : m.targets) {
      // outside the region only: there, names are transliterated and alternates are the rule
      if (x.kind() == NameIndex.Kind.PLACE && curated(x) && x.forms().contains(m.form())
          && !Knowledge.inRegion(place(x).countryCode())) {
        return true;
      }
    }
    return false;
  }

  /*
   * True when a place of the region is curated under the matched words spelled just so: another
   * place's alternate name spelled alike ("Houla" of Kafr Laha, "Shakhba" of Shahba) yields to it.
   */
  private boolean regionExact(Match m) {
    for (NameIndex.Target x : m.targets) {
      if (x.kind() != NameIndex.Kind.PLACE) {
        continue;
      }
      Place p = place(x);
      if (p != null && p.curated() && !p.feature().equals("country")
          && Knowledge.inRegion(p.countryCode()) && x.forms().contains(m.form())) {
        return true;
      }
    }
    return false;
  }

  /*
   * True when a one-word name's candidate is a namesake abroad, which needs support on a page
   * whose country is known and holds no candidate of the name: a town of another country, far
   * from the page's (FAR_KM from its point), neither a curated place, a division, a capital nor
   * a city of BIG_CITY people.
   */
  private boolean abroad(NameIndex.Target x, Place cand, String country) {
    if (!x.singleToken() || cand.curated() || cand.countryCode().equals(country)
        || cand.population() >= BIG_CITY || cand.feature().equals("capital")
        || cand.feature().equals("admin1") || cand.feature().equals("admin2")) {
      return false;
    }
    Place home = knowledge.place("country:" + country).orElse(null);
    return home != null
        && org.sitrep.knowledge.Geo.km(home.lat(), home.lon(), cand.lat(), cand.lon()) > FAR_KM;
  }

  /* True when a name, as written, is the own name of one of its place candidates. */
  private boolean ownNameOfAnother(Match m) {
    for (NameIndex.Target t : m.targets) {
      if (t.kind() == NameIndex.Kind.PLACE && t.primary() && t.forms().contains(m.form())) {
        return true;
      }
    }
    return false;
  }

  /* A town outside the region under this size is named by its own name where another place's
   * own name is the same ("Paris" is no Swainsboro, Georgia, which once bore it). */
  private static final long ALIAS_TOWN = 100_000;

  /* True when one of a name's place candidates lies in the country. */
  private boolean hasCandidateIn(Match m, String country) {
    for (NameIndex.Target t : m.targets) {
      Place p = t.kind() == NameIndex.Kind.PLACE ? place(t) : null;
      if (p != null && country.equals(p.countryCode())) {
        return true;
      }
    }
    return false;
  }

  /*
   * A first-pass choice that rests on the page's votes for the countries of namesakes abroad
   * ({@code asked}; {@code supported} the bits of those that had some): it holds on a page whose
   * votes give the same answers.
   */
  private record Abroad(Choice choice, String[] asked, long supported) {
    boolean holds(Votes all, double[] others) {
      for (int i = 0; i < asked.length; i++) {
        if ((all.of(asked[i], others) > 0) != ((supported >>> i & 1) == 1)) {
          return false;
        }
      }
      return true;
    }
  }

  /* A city the text names without context ("Manchester" abroad): no country cue needed. */
  private static final long BIG_CITY = 1_000_000;
  /* A city this big is named by its own name without a cue (see {@link #known}). */
  private static final long KNOWN_CITY = 100_000;
  /* How far from the page's country's point a namesake is abroad (past its border towns). */
  private static final double FAR_KM = 500;

  /* A minor place of the gazetteer (a town under 15,000 people outside the region). */
  private static boolean village(Place p) {
    return !p.curated() && p.feature().equals("village");
  }

  /* True when one of a signature's place candidates is a village, which a second pass weighs. */
  private boolean hasVillage(Signature sig) {
    NameFacts f = sig.facts;
    if (f.village < 0) {
      f.village = (byte) (hasVillage(sig.targets) ? 1 : 0);
    }
    return f.village == 1;
  }

  private boolean hasVillage(List<NameIndex.Target> targets) {
    for (NameIndex.Target x : targets) {
      if (x.kind() == NameIndex.Kind.PLACE && place(x) != null && village(place(x))) {
        return true;
      }
    }
    return false;
  }

  /*
   * True when a state actor's name was resolved, as a place, to some other place than the state's
   * country: the document's context chose that place.
   */
  private boolean otherPlace(NameIndex.Target actor, NameIndex.Target place) {
    Actor a = knowledge.actor(actor.id()).orElse(null);
    Place p = place(place);
    return a != null && p != null && a.kind().equals("state") && !a.country().isEmpty()
        && !a.country().equals(p.countryCode());
  }

  /* A state actor, or a state's forces named by nationality ("egypt|MIL"). */
  private boolean isState(NameIndex.Target x) {
    return x.id().indexOf('|') >= 0
        || knowledge.actor(x.id()).map(a -> a.kind().equals("state")).orElse(false);
  }

  /* "لليمن", "بسوريا", "ولروسيا": the name carries the prepositions ل or ب. */
  private static boolean prepositionClitic(CharSequence surface) {
    int i = 0;
    if (surface.length() > 2 && (surface.charAt(0) == 'و' || surface.charAt(0) == 'ف')) {
      i = 1;
    }
    return surface.length() > i && (surface.charAt(i) == 'ل' || surface.charAt(i) == 'ب');
  }

  /* True when a signature's place candidates lie in more than one first-order division. */
  private boolean spansDivisions(Signature sig) {
    NameFacts f = sig.facts;
    if (f.spans < 0) {
      f.spans = (byte) (spansDivisions(sig.targets) ? 1 : 0);
    }
    return f.spans == 1;
  }

  private boolean spansDivisions(List<NameIndex.Target> targets) {
    Place seen = null;
    for (NameIndex.Target x : targets) {
      if (x.kind() != NameIndex.Kind.PLACE) {
        continue;
      }
      Place p = place(x);
      if (p == null) {
        continue;
      }
      if (seen == null) {
        seen = p;
      } else if (!sameDivision(seen, p)) {
        return true;
      }
    }
    return false;
  }

  /* True when two places lie in one division: equal country codes and first-order divisions. */
  private static boolean sameDivision(Place a, Place b) {
    return String.valueOf(a.countryCode()).equals(String.valueOf(b.countryCode()))
        && String.valueOf(a.admin1()).equals(String.valueOf(b.admin1()));
  }

  /* What lying in a division another place of the document lies in is worth, in placeScore units. */
  private static final double DIVISION_PRIOR = 3;
  /* A name the page holds in two different places ("Paris, Texas", "Paris, France"). */
  private static final String[] NOWHERE = new String[0];
  /* What lying in the division or country named right after the comma is worth to a town. */
  private static final double CONTAINED_PRIOR = 8;
  /* What "state" or "province" beside the name ("Washington state") is worth to a division. */
  private static final double DIVISION_WORD_PRIOR = 6;
  /* What being a country, continent or first-order division is worth over a lesser namesake. */
  private static final double ADMIN1_PRIOR = 3;
  /* What lying in the document's country is worth when no other country has votes. */
  private static final double COUNTRY_PRIOR = 5;
  /* What lying near a town or city another name of the document was read as is worth. */
  private static final double NEAR_PRIOR = 2;
  /* How near is near: the reach of a local paper's stories. */
  private static final double NEAR_KM = 120;

  /* True when an actor is the state of the country a place candidate lies in (or is). */
  private boolean sameCountry(NameIndex.Target actor, NameIndex.Target place) {
    Actor a = knowledge.actor(actor.id()).orElse(null);
    Place p = place(place);
    return a == null || p == null || a.country().equals(p.countryCode());
  }

  /*
   * The towns and cities the first pass read the document's names as, with the name that chose
   * each: a candidate near one chosen by another name gains (distance to the document's other
   * places, the idea behind the best published geocoders' spatial minimality).
   */
  private static final class Anchors {
    private final double[] lat;
    private final double[] lon;
    private final String[] form;
    private final int n;

    Anchors(List<Match> matches, Mention[] made) {
      lat = new double[made.length];
      lon = new double[made.length];
      form = new String[made.length];
      int k = 0;
      for (int i = 0; i < made.length; i++) {
        Mention x = made[i];
        if (x == null || !"place".equals(x.kind()) || x.lat() == null
            || !("city".equals(x.feature()) || "town".equals(x.feature())
                || "capital".equals(x.feature()))) {
          continue;
        }
        String f = matches.get(i).form();
        boolean seen = false;
        for (int j = 0; j < k && !seen; j++) {
          seen = form[j].equals(f) && lat[j] == x.lat() && lon[j] == x.lon();
        }
        if (!seen) {
          lat[k] = x.lat();
          lon[k] = x.lon();
          form[k++] = f;
        }
      }
      n = k;
    }

    /* How many other names were read as a town or city within NEAR_KM of the place. */
    int near(Place p, String ownForm) {
      int c = 0;
      java.util.Set<String> counted = null;
      for (int i = 0; i < n; i++) {
        if (form[i].equals(ownForm) || Math.abs(lat[i] - p.lat()) > 1.2
            || org.sitrep.knowledge.Geo.km(lat[i], lon[i], p.lat(), p.lon()) > NEAR_KM) {
          continue;
        }
        if (counted == null) {
          counted = new java.util.HashSet<>(4);
        }
        if (counted.add(form[i])) {
          c++;
        }
      }
      return c;
    }
  }

  /*
   * How well known a place is, the first term of {@link #placeScore}: a country is better known
   * than any city ("Mexico" is the country, not the Missouri town, unless the page names the
   * town's state: the division prior). NaN for no place.
   */
  private static double prominence(Place p) {
    if (p == null) {
      return Double.NaN;
    }
    String f = p.feature();
    // an ocean or a sea has no people but is as widely known as a country: "the Atlantic" off
    // Georgia's coast is the ocean, not the Iowa town of that name
    return Math.log10((f.equals("country") || f.equals("continent") || water(p) ? 100_000_000
        : wide(p) ? Math.min(100_000_000, Math.PI * p.radiusKm() * p.radiusKm() * WORLD_DENSITY)
        : p.population()) + 10);
  }

  /*
   * People per square kilometre of the world's land, roughly: a wide named area weighs in
   * {@link #prominence} as if its extent were that densely peopled (an area 100 km across as a
   * city of two million, Luzon as one of 17 million), up to a country's weight.
   */
  private static final double WORLD_DENSITY = 60;

  /*
   * True for a curated island, region, range, desert or lake some 100 km across or more (Luzon,
   * Java, Darfur, the Andes): it has no population of its own but is better known than any
   * village that shares its name ("Luzon" north of Manila is the island, not a hamlet on
   * Mindanao).
   */
  static boolean wide(Place p) {
    if (!p.curated() || p.radiusKm() < 100) {
      return false;
    }
    String f = p.feature();
    return f.equals("island") || f.equals("region") || f.equals("mountains")
        || f.equals("desert") || f.equals("lake");
  }

  /*
   * True when a place spelled as the name is written is of the near spelling's country and ten
   * times as well known (a capital, a city over a town).
   */
  static boolean outweighs(Place written, Place near) {
    return written != null && near != null
        && written.countryCode().equals(near.countryCode())
        && prominence(written) >= prominence(near) + 1;
  }

  /*
   * True when a place spelled as the name is written is at least as well known as a settlement
   * (not a country, division or curated area) the name only folds or nears to.
   */
  static boolean asKnown(Place written, Place near) {
    if (written == null || near == null || near.curated()) {
      return false;
    }
    String f = near.feature();
    return !f.equals("country") && !f.equals("admin1") && !f.equals("continent")
        && prominence(written) >= prominence(near);
  }

  /* An ocean or a sea of the world list: known by its extent, not by a population. */
  static boolean water(Place p) {
    return p.curated() && (p.feature().equals("ocean") || p.feature().equals("sea"));
  }

  /* A place candidate's prior; {@code prominence} is {@link #prominence} of its place. */
  private double placeScore(NameIndex.Target x, String country, double lead,
      double prominence) {
    Place p = place(x);
    if (p == null) {
      return Double.NEGATIVE_INFINITY;
    }
    String f = p.feature();
    double s = prominence;
    if (country != null && country.equals(p.countryCode())) {
      // half of it for being the document's country, half as far as it leads the others: in
      // a world story naming the US, Canada and Australia, Melbourne is the Australian city
      s += COUNTRY_PRIOR * (1 + lead) / 2;
    }
    if (p.curated()) {
      s += 1.5;
    }
    if (x.primary()) {
      s += 1; // the place's own name rather than one of its alternate names
    }
    if ((f.equals("capital") || p.population() >= 1_000_000) && x.primary() && !p.curated()
        && !Knowledge.inRegion(p.countryCode()) && knowledge.namesProvince(p)) {
      s += ADMIN1_PRIOR; // "Cordoba" beside Mendoza: the city, ranked as its province was
    }
    if (f.equals("capital")) {
      s += 2;
    } else if (f.equals("admin1") && !p.curated() && knowledge.namedAsSeat(p.id())) {
      s -= 1; // "Kandahar", "Kilis": the city; the province needs "province" beside it
    } else if (f.equals("admin1") && !p.curated() || f.equals("country")
        || f.equals("continent")) {
      // a state or province is better known than a town of its name ("Nevada", "Ontario"), and
      // a country than a state of its name ("Mexico"): the lesser place needs its own support
      // (its state named, towns near it, "Nevada, Missouri")
      s += ADMIN1_PRIOR;
    }
    if (Knowledge.inRegion(p.countryCode())) {
      s += 1.5; // the genre's region: conflict news about the Middle East and North Africa
    }
    return s;
  }

  /** The best similarity (1 - edit distance / length) of a spelling form to a name's forms. */
  static double similarity(String form, List<String> forms) {
    return similarity(form, forms, 0);
  }

  /*
   * True when a Latin form and one of the forms differ only by a vowel one of them ends with
   * ("command" and "commando"): another word, not another spelling of a common noun.
   */
  static boolean vowelTail(String form, List<String> forms) {
    if (form.isEmpty() || form.charAt(0) > 0x24F) {
      return false;
    }
    for (String f : forms) {
      String longer = f.length() > form.length() ? f : form;
      String shorter = longer == f ? form : f;
      if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
          && "aeiou".indexOf(longer.charAt(longer.length() - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #similarity(String, List)} when it is at least {@code atLeast}; below that, some
   * figure below {@code atLeast}: a form whose length alone keeps it below is not compared, and
   * a comparison stops once the distance is too large.
   */
  static double similarity(String form, List<String> forms, double atLeast) {
    if (forms.contains(form)) {
      return 1.0;
    }
    double best = 0;
    for (String f : forms) {
      int len = Math.max(1, Math.max(form.length(), f.length()));
      int least = Math.abs(form.length() - f.length()); // the distance is never less
      if (1.0 - (double) least / len < atLeast) {
        continue;
      }
      int most = least; // the largest distance that still reaches atLeast
      while (most < len && 1.0 - (double) (most + 1) / len >= atLeast) {
        most++;
      }
      int d = distance(form, f, most);
      if (d <= most) {
        best = Math.max(best, 1.0 - (double) d / len);
      }
    }
    return best;
  }

  /* The edit distance of a and b, or some figure above {@code most} once it must exceed it. */
  private static int distance(String a, String b, int most) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        int c = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        cur[j] = c;
        rowMin = Math.min(rowMin, c);
      }
      if (rowMin > most) {
        return most + 1; // every path to the end passes through this row
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private Mention actorMention(Document doc, int start, int end, String text, String id,
      String how) {
    Actor a = knowledge.actor(id).orElseThrow();
    return new Mention(doc.docId(), start, end, text, "actor", a.id(), a.name(), null, null,
        a.country().isEmpty() ? null : a.country(), null, null, a.code(), a.sector(), how);
  }

  /** Links descriptions and pronouns to the latest fitting actor named before them. */
  private List<Mention> references(Document doc, List<Mention> mentions, List<int[]> pronouns,
      String country) {
    List<Mention> all = new ArrayList<>(mentions.size() + pronouns.size());
    List<Object> events = new ArrayList<>(mentions);
    for (int[] p : pronouns) {
      events.add(p);
    }
    events.sort((a, b) -> Integer.compare(startOf(a), startOf(b)));
    List<Mention> actorsSoFar = new ArrayList<>();
    for (Object e : events) {
      if (e instanceof int[] p) {
        Mention ref = p.length > 2 && p[2] == PERSON
            ? latest(actorsSoFar, PERSON_KINDS, "", "", null, p[0] - 400, true)
            : latest(actorsSoFar, AGENT_KINDS, "", "", null, p[0] - 400, true);
        if (ref != null && knowledge.actor(ref.identifierId()).isPresent()) {
          all.add(actorMention(doc, p[0], p[1], doc.text().substring(p[0], p[1]),
              ref.identifierId(), "pronoun"));
        } else if (ref != null) {
          all.add(new Mention(doc.docId(), p[0], p[1], doc.text().substring(p[0], p[1]), "actor",
              ref.identifierId(), ref.identifierText(), null, null, ref.countryCode(), null, null,
              ref.code(), ref.sector(), "pronoun"));
        }
        continue;
      }
      Mention m = (Mention) e;
      if (m.kind().equals("description")) {
        Description d = knowledge.description(m.identifierText()).orElse(null);
        if (d == null) {
          continue;
        }
        if (d.agent()) {
          Mention prev = all.isEmpty() ? null : all.get(all.size() - 1);
          if (prev != null && !d.kinds().contains("outlet") && prev.kind().equals("actor")
              && prev.identifierId() != null
              && !prev.identifierId().startsWith("agent:")
              && (m.start() - prev.end() <= 1 || possessive(doc.text(), prev.end(), m.start()))
              && m.start() >= prev.end() && !"pronoun".equals(prev.resolution())
              && !(m.text().startsWith("و") && !d.phrase().startsWith("و"))
              && !m.text().startsWith("ال") && !m.text().startsWith("لل")) {
            // "Houthi officials", "Turkish soldiers", "Russia's defence ministry": the named
            // actor's own people or body (but not a
            // conjunct: "الشرطة الروسية وشرطة النظام", nor an Arabic definite noun, which a
            // name before it does not own: "حيدر العبادي القوات المسلحة" is two actors)
            if (m.start() - prev.end() > 1) {
              // "Russia's defence ministry": the body is the named one's, and the name keeps
              // its own mention (a country named so is a place too)
              Mention own = new Mention(doc.docId(), m.start(), m.end(), m.text(), "actor",
                  prev.identifierId(), prev.identifierText(), null, null, prev.countryCode(),
                  null, null, prev.code(), prev.sector(), prev.resolution());
              all.add(own);
              actorsSoFar.add(own);
              continue;
            }
            Mention merged = new Mention(doc.docId(), prev.start(), m.end(),
                doc.text().substring(prev.start(), m.end()), "actor", prev.identifierId(),
                prev.identifierText(), null, null, prev.countryCode(), null, null, prev.code(),
                prev.sector(), prev.resolution());
            all.set(all.size() - 1, merged);
            actorsSoFar.remove(prev);
            actorsSoFar.add(merged);
            continue;
          }
          // a kind of actor ("police", "protesters", "warplanes"): itself, as written
          Mention a = new Mention(doc.docId(), m.start(), m.end(), m.text(), "actor", d.fallback(),
              m.text(), null, null, country, null, null, d.code(), d.sector(), "description");
          all.add(a);
          actorsSoFar.add(a);
          continue;
        }
        // a description looks back a few paragraphs, not the whole of a long page
        Map<String, String> byCountry = d.byCountry();
        Mention ref = byCountry.isEmpty()
            ? latest(actorsSoFar, d.kinds(), d.sector(), d.country(), country, m.start() - 3000,
                false)
            : latestOf(actorsSoFar, byCountry.values(), m.start() - 3000);
        String id = ref != null ? ref.identifierId() : fallback(d, country);
        if (id != null && knowledge.actor(id).isEmpty()) {
          // the same unnamed group again: "the militants ... the militants"
          Mention r = new Mention(doc.docId(), m.start(), m.end(), m.text(), "actor", id,
              ref == null ? m.text() : ref.identifierText(), null, null, country, null, null,
              "REB", "REB", "description");
          all.add(r);
          actorsSoFar.add(r);
        } else if (id != null) {
          Mention r = actorMention(doc, m.start(), m.end(), m.text(), id, "description");
          all.add(r);
          actorsSoFar.add(r);
        } else if (d.kinds().contains("group")) {
          // an armed group the text never names: an unnamed actor of its own
          Mention u = new Mention(doc.docId(), m.start(), m.end(), m.text(), "actor",
              "unnamed:" + unnamedKey(d.phrase()), m.text(), null, null, country, null, null,
              "REB", "REB", "description");
          all.add(u);
          actorsSoFar.add(u);
        }
        continue;
      }
      Mention prev = all.isEmpty() ? null : all.get(all.size() - 1);
      if (prev != null && m.kind().equals("actor") && "description".equals(prev.resolution())
          && prev.identifierId() != null && prev.identifierId().startsWith("agent:")
          && m.start() >= prev.end() && m.start() - prev.end() <= 1
          && knowledge.actor(m.identifierId()).map(a -> a.kind().equals("official"))
              .orElse(false)) {
        // "وزير الإعلام معمر الإرياني", "Defence Minister Hulusi Akar": the title is the
        // official's, not another actor beside him
        all.remove(all.size() - 1);
        actorsSoFar.remove(prev);
      }
      all.add(m);
      if (m.kind().equals("actor")) {
        actorsSoFar.add(m);
      }
    }
    return all;
  }

  /**
   * True when the text between a name and a kind of actor is a possessive ending alone ("'s " or
   * "’s ", or "' " after a final s): "Russia's defence ministry", "Iraq's foreign ministry".
   */
  static boolean possessive(String text, int nameEnd, int kindStart) {
    if (kindStart <= nameEnd || kindStart - nameEnd > 3) {
      return false;
    }
    String between = text.substring(nameEnd, kindStart);
    return between.equals("'s ") || between.equals("\u2019s ")
        || (between.equals("' ") || between.equals("\u2019 ")) && nameEnd > 0
            && text.charAt(nameEnd - 1) == 's';
  }

  private static final java.util.regex.Pattern LEADING_THE =
      java.util.regex.Pattern.compile("^the ");
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static String unnamedKey(String phrase) {
    return NOT_WORD.matcher(LEADING_THE.matcher(phrase.toLowerCase(Locale.ROOT)).replaceFirst(""))
        .replaceAll("-");
  }

  private static int startOf(Object o) {
    return o instanceof int[] p ? p[0] : ((Mention) o).start();
  }

  /*
   * The latest actor of the kinds named after {@code after}; a pronoun ({@code pronoun}) may
   * also take a name the catalogue lacks (NewNames), a description ("government forces") not:
   * its kinds are the catalogue's.
   */
  private Mention latest(List<Mention> seen, Set<String> kinds, String sector, String country,
      String docCountry, int after, boolean pronoun) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.start() < after) {
        break;
      }
      Actor a = knowledge.actor(m.identifierId()).orElse(null);
      if (a == null && m.identifierId() != null && m.identifierId().startsWith("unnamed:")
          && kinds.contains("group")) {
        return m; // "the militants ... They"
      }
      if (a == null && pronoun && newName(m, kinds)) {
        return m; // "the Raqqa Civil Council ... its", "commander Youssef Hammoud ... he"
      }
      if (a == null || !kinds.contains(a.kind())) {
        continue;
      }
      if (!sector.isEmpty() && !sector.equals(a.sector()) && !sector.equals(a.code())) {
        continue;
      }
      String want = country.equals("doc") ? docCountry : country;
      if (want != null && !want.isEmpty() && !want.equals(a.country())) {
        continue;
      }
      return m;
    }
    return null;
  }

  /* A name the catalogue lacks (NewNames) of one of the kinds: a person, or a body by sector. */
  private static boolean newName(Mention m, Set<String> kinds) {
    String id = m.identifierId();
    if (id == null) {
      return false;
    }
    if (id.startsWith("person:")) {
      return kinds.contains("official");
    }
    if (!id.startsWith("name:")) {
      return false;
    }
    return switch (m.sector()) {
      case "MIL" -> kinds.contains("military") || kinds.contains("group");
      case "GOV" -> kinds.contains("government");
      default -> kinds.contains("group");
    };
  }

  /* The latest mention of one of {@code ids} after {@code after}, or null. */
  private static Mention latestOf(List<Mention> seen, java.util.Collection<String> ids,
      int after) {
    for (int i = seen.size() - 1; i >= 0 && seen.get(i).start() >= after; i--) {
      if (ids.contains(seen.get(i).identifierId())) {
        return seen.get(i);
      }
    }
    return null;
  }

  private String fallback(Description d, String docCountry) {
    Map<String, String> byCountry = d.byCountry();
    if (!byCountry.isEmpty()) {
      return docCountry == null ? null : byCountry.get(docCountry);
    }
    if (!d.fallback().isEmpty()) {
      return d.fallback();
    }
    if (d.country().equals("doc") && docCountry != null) {
      // the country's regular forces (a body of its government) before militias and units
      String loose = null;
      for (Actor a : knowledge.actorsIn(docCountry)) {
        if (!d.kinds().contains(a.kind())) {
          continue;
        }
        String parentKind = knowledge.actor(a.memberOf()).map(Actor::kind).orElse("");
        if (parentKind.equals(a.kind())) {
          continue; // a ministry is a body of the government, not "the government" itself
        }
        if (parentKind.equals("government") || parentKind.equals("state")) {
          return a.id();
        }
        if (a.memberOf().isEmpty() && loose == null) {
          loose = a.id();
        }
      }
      return loose;
    }
    return null;
  }
}
