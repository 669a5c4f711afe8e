package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path tmp;

  private Path page(String name) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "A title\n\nSome text.\n", StandardCharsets.UTF_8);
  }

  @Test
  void anUnreadableSubfolderIsOneMissingEntryAndTheRestIsFound() throws IOException {
    page("in/a.txt");
    page("in/locked/b.txt");
    page("in/open/c.txt");
    Path locked = tmp.resolve("in/locked");
    // a root user cannot be denied a folder: the lister stands in for the file system's refusal
    Inputs.Found f = Inputs.expand(List.of(tmp.resolve("in").toString()), dir -> {
      if (dir.equals(locked)) {
        throw new AccessDeniedException(dir.toString());
      }
      return Files.newDirectoryStream(dir);
    });
    assertEquals(List.of("a.txt", "c.txt"),
        f.pages().stream().map(p -> p.path().getFileName().toString()).toList());
    assertEquals(1, f.missing().size());
    assertEquals(locked.toString(), f.missing().get(0).input());
    assertEquals("cannot list folder: permission denied", f.missing().get(0).error());
  }

  @Test
  void anUnreadableSubfolderOnTheRealFileSystem() throws IOException {
    page("in/a.txt");
    page("in/locked/b.txt");
    Path locked = tmp.resolve("in/locked");
    assertTrue(locked.toFile().setReadable(false, false) && locked.toFile().setExecutable(false, false));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
          "running as root: the file system cannot deny a folder (the seam test covers it)");
      Inputs.Found f = Inputs.expand(List.of(tmp.resolve("in").toString()));
      assertEquals(1, f.pages().size());
      assertTrue(f.missing().get(0).error().contains("permission denied"), f.missing().toString());
    } finally {
      locked.toFile().setReadable(true, false);
      locked.toFile().setExecutable(true, false);
    }
  }

  @Test
  void symlinkLoopsAreNamedAsSuch() throws IOException {
    page("in/a.txt");
    Path loop = tmp.resolve("loop.txt");
    Files.createSymbolicLink(loop, loop.getFileName());
    Files.createSymbolicLink(tmp.resolve("in/up"), tmp.resolve("in"));
    Inputs.Found f = Inputs.expand(List.of(loop.toString(), tmp.resolve("in").toString()));
    assertEquals(1, f.pages().size(), f.toString());
    assertEquals(2, f.missing().size(), f.missing().toString());
    assertTrue(f.missing().get(0).error().contains("symlink loop"), f.missing().toString());
    assertTrue(f.missing().get(1).error().startsWith("symlink loop"), f.missing().toString());
  }

  @Test
  void brokenSymlinksAndMissingFilesSayWhich() throws IOException {
    Path broken = tmp.resolve("gone.txt");
    Files.createSymbolicLink(broken, tmp.resolve("nowhere.txt"));
    Path file = page("plain.txt");
    Inputs.Found f = Inputs.expand(List.of(broken.toString(), tmp.resolve("nope").toString(),
        file.resolve("x.txt").toString()));
    assertEquals(0, f.pages().size());
    assertTrue(f.missing().get(0).error().startsWith("broken symlink"), f.missing().toString());
    assertEquals("no such file or folder", f.missing().get(1).error());
    assertTrue(f.missing().get(2).error().contains("is a file, not a folder"), f.missing().toString());
  }

  @Test
  void theSameFileGivenTwiceIsTakenOnce() throws IOException {
    Path a = page("in/a.txt");
    Inputs.Found f = Inputs.expand(List.of(a.toString(), tmp.resolve("in").toString()));
    assertEquals(1, f.pages().size());
    assertEquals(1, f.notes().size());
  }
}
