package org.sitrep.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Mention;

/**
 * Protests as PLOVER codes them: a crowd's deeds of force, blockades and marches are
 * its protest ("protesters stormed parliament", "rioters looted shops", "قطع محتجون الطرق"), and
 * what a protest demands, rejects or supports in its own clause is its aim, not a deed of its
 * own ("protested in the capital, demanding the resignation", "مظاهرات تطالب برحيل النظام").
 * The crowds are the agent kinds of {@code words.tsv} "crowd"; what each category becomes is its
 * {@code categories.tsv} "crowd" column, and which categories are aims its "aim" column.
 * Lexicon rows flagged "crowd" ("gathered", "blocked the avenue") are protests only when a crowd
 * does them.
 */
final class Crowds {
  private static final Set<String> CROWDS = Lexicon.vocabulary("crowd");
  /* People whose blockades are protests too (words.tsv "assembly": fishermen, students,
     workers), though their deeds of force stay deeds of force. */
  private static final Set<String> ASSEMBLIES = Lexicon.vocabulary("assembly");
  /* What a crowd's deeds become (categories.tsv "crowd"): the protests whose aims are no deeds. */
  private static final Set<String> PROTESTS = Category.crowdTargets();

  private Crowds() {}

  /** The trigger as the protest it is when all its doers are crowds, else {@code h} itself. */
  static Hit asProtest(Hit h, List<Mention> actors) {
    String to = h.category().crowd();
    if (to == null || !all(actors)) {
      return h;
    }
    int slash = to.indexOf('/');
    Lexicon.Trigger t = h.trigger();
    return new Hit(new Lexicon.Trigger(to.substring(0, slash), to.substring(slash + 1),
        t.flags(), t.pattern(), t.literals()), h.start(), h.end(), h.future());
  }

  /** True when there are doers and all are crowds (protesters, rioters). */
  static boolean all(List<Mention> actors) {
    return all(actors, false);
  }

  /**
   * True when there are doers and all are crowds, or (with {@code assemblies}) people whose
   * blockades are protests ("fishermen blocked the port": s56; not "traders gathered at the
   * market": a gathering of theirs is no protest by itself).
   */
  static boolean all(List<Mention> actors, boolean assemblies) {
    for (Mention m : actors) {
      String id = m.identifierId();
      String kind = id == null || !id.startsWith("agent:") ? null : id.substring(6);
      if (kind == null || !CROWDS.contains(kind) && !(assemblies && ASSEMBLIES.contains(kind))) {
        return false;
      }
    }
    return !actors.isEmpty();
  }

  /** True when {@code h} states the aim of a protest coded before it in its clause. */
  static boolean aim(Sent s, Map<String, Hit> coded, Hit h) {
    if (!h.category().aim()) {
      return false;
    }
    for (String category : PROTESTS) {
      Hit protest = coded.get(category);
      if (protest != null && h.start() >= protest.end()
          && !TriggerFinder.newClause(s, protest, h)) {
        return true;
      }
    }
    return false;
  }
}
