package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the user's files and folders into the list of pages to read, in a stable order. */
public final class Inputs {
  /** One page to read: its path and the name it goes by in the records. */
  public record Page(Path path, String input) {}

  /** An argument that names nothing readable: why. */
  public record Missing(String input, String error) {}

  /** The pages found and the arguments that could not be used. */
  public record Found(List<Page> pages, List<Missing> missing) {}

  private static final List<String> EXTENSIONS =
      List.of(".txt", ".html", ".htm", ".xhtml", ".txt.gz", ".html.gz", ".htm.gz", ".xhtml.gz");

  private Inputs() {}

  /** True for a file name that a folder scan picks up. */
  public static boolean isPageName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  /**
   * Expands arguments: a file is taken whatever its name; a folder is walked recursively for page
   * files ({@code .txt}, {@code .html}, {@code .htm}, each optionally {@code .gz}), sorted by path.
   */
  public static Found expand(List<String> args) {
    List<Page> pages = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    for (String arg : args) {
      Path p = Paths.get(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(x -> Files.isRegularFile(x, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(x))
              .filter(x -> isPageName(x.getFileName().toString()))
              .sorted()
              .forEach(x -> pages.add(new Page(x, x.toString())));
        } catch (IOException | RuntimeException e) {
          missing.add(new Missing(arg, "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.exists(p)) {
        pages.add(new Page(p, arg));
      } else {
        missing.add(new Missing(arg, "no such file or folder"));
      }
    }
    return new Found(pages, missing);
  }
}
