package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.ingest.PageReader;

/**
 * Expands the user's files and folders into the list of pages to read, in a stable order. A
 * folder that cannot be listed, a broken symlink or a symlink loop becomes one {@link Missing}
 * entry; the rest of the input is still found.
 */
public final class Inputs {
  /** One page to read: its path and the name it goes by in the records. */
  public record Page(Path path, String input) {}

  /** An argument (or a folder or link inside one) that names nothing readable: why. */
  public record Missing(String input, String error) {}

  /**
   * The pages found, the inputs that could not be used, and notes on what was skipped (the same
   * file reached twice).
   */
  public record Found(List<Page> pages, List<Missing> missing, List<String> notes) {
    public Found {
      pages = List.copyOf(pages);
      missing = List.copyOf(missing);
      notes = List.copyOf(notes);
    }
  }

  /** Lists a folder; a seam for tests (a root user cannot be denied a folder). */
  interface Lister {
    DirectoryStream<Path> list(Path dir) throws IOException;
  }

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
   * Symlinked folders are followed once (a loop is reported, not followed). The same file named
   * twice is taken once.
   */
  public static Found expand(List<String> args) {
    return expand(args, Files::newDirectoryStream);
  }

  static Found expand(List<String> args, Lister lister) {
    List<Page> pages = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<Object> seenFiles = new HashSet<>();
    for (String arg : args) {
      Path p;
      try {
        p = Paths.get(arg);
      } catch (InvalidPathException e) {
        missing.add(new Missing(arg, "not a valid path: " + e.getReason()));
        continue;
      }
      String problem = problem(p);
      if (problem != null) {
        missing.add(new Missing(arg, problem));
        continue;
      }
      if (Files.isDirectory(p)) {
        List<Page> found = new ArrayList<>();
        walk(p, lister, found, missing, new HashSet<>());
        found.sort((a, b) -> a.path().compareTo(b.path()));
        for (Page f : found) {
          add(f, pages, notes, seenFiles);
        }
      } else {
        add(new Page(p, arg), pages, notes, seenFiles);
      }
    }
    return new Found(pages, missing, notes);
  }

  private static void add(Page page, List<Page> pages, List<String> notes, Set<Object> seen) {
    Object key = fileKey(page.path());
    if (key != null && !seen.add(key)) {
      notes.add(page.input() + ": the same file as an earlier input; read once");
      return;
    }
    pages.add(page);
  }

  private static Object fileKey(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      Object k = a.fileKey();
      return k != null ? k : p.toRealPath();
    } catch (IOException | SecurityException e) {
      return null; // the reader will say what is wrong with it
    }
  }

  /** Why a path given by the user cannot be used, or null when it exists. */
  static String problem(Path p) {
    if (Files.exists(p)) {
      return null;
    }
    if (Files.isSymbolicLink(p)) {
      try {
        p.toRealPath();
      } catch (FileSystemException e) {
        if (isLoop(e)) {
          return "symlink loop (the link leads back to itself)";
        }
        return "broken symlink: " + describeTarget(p) + " does not exist";
      } catch (IOException e) {
        return "broken symlink: " + PageReader.reason(e);
      }
      return "broken symlink: " + describeTarget(p);
    }
    Path parent = p.toAbsolutePath().getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      return "no such file or folder (" + parent + " is a file, not a folder)";
    }
    if (parent != null && Files.isDirectory(parent) && !Files.isReadable(parent)) {
      return "cannot see into " + parent + ": permission denied";
    }
    return "no such file or folder";
  }

  private static String describeTarget(Path link) {
    try {
      return "its target " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "its target";
    }
  }

  private static boolean isLoop(FileSystemException e) {
    String m = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
    return e instanceof FileSystemLoopException || m.contains("too many levels of symbolic links")
        || m.contains("loop");
  }

  /*
   * Depth first, every folder listed on its own: a folder that cannot be listed is one Missing
   * entry and its siblings are still walked. Folders are known by their real path, so a symlink
   * back up the tree is reported once instead of followed forever.
   */
  private static void walk(Path dir, Lister lister, List<Page> out, List<Missing> missing,
      Set<Path> onPath) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      missing.add(new Missing(dir.toString(), "cannot open folder: " + PageReader.reason(e)));
      return;
    }
    if (!onPath.add(real)) {
      missing.add(new Missing(dir.toString(), "symlink loop: leads back to " + real
          + ", already being searched; not followed"));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = lister.list(dir)) {
      for (Path c : s) {
        children.add(c);
      }
    } catch (IOException | RuntimeException e) {
      missing.add(new Missing(dir.toString(), "cannot list folder: " + PageReader.reason(e)));
      onPath.remove(real);
      return;
    }
    for (Path c : children) {
      boolean link = Files.isSymbolicLink(c);
      if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
        walk(c, lister, out, missing, onPath);
      } else if (link && Files.isDirectory(c)) {
        walk(c, lister, out, missing, onPath);
      } else if (isPageName(c.getFileName().toString())) {
        if (link && !Files.exists(c)) {
          missing.add(new Missing(c.toString(), problem(c)));
        } else {
          out.add(new Page(c, c.toString())); // the reader refuses what is not a regular file
        }
      }
    }
    onPath.remove(real);
  }
}
