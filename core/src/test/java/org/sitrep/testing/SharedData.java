package org.sitrep.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.pipeline.Analyzer;

/**
 * Locates the workplace's shared evaluation data ({@code ../shared} beside the checkout). Tests
 * that need it skip themselves when it is absent, as on a user's fresh clone.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, if present: searched upward from the working directory. */
  public static Optional<Path> find() {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The shared folder, or skips the calling test when it is absent. */
  public static Path require() {
    Optional<Path> p = find();
    Assumptions.assumeTrue(p.isPresent(), "../shared is absent: skipping");
    return p.get();
  }

  /**
   * Runs the default pipeline over the seed pages into {@code out} (skipping the calling test
   * when the shared folder is absent) and returns the shared folder.
   */
  public static Path analyzeSeeds(Path out) throws IOException {
    Path shared = require();
    new Analyzer(Analyzer.Options.defaults()).run(List.of(shared.resolve("seeds").toString()),
        out, Analyzer.Progress.NONE);
    return shared;
  }
}
