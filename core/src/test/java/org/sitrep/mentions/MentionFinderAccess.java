package org.sitrep.mentions;

/** Test access to package-private helpers of {@link MentionFinder}. */
public final class MentionFinderAccess {
  private MentionFinderAccess() {}

  public static boolean possessive(String text, int nameEnd, int kindStart) {
    return MentionFinder.possessive(text, nameEnd, kindStart);
  }
}
