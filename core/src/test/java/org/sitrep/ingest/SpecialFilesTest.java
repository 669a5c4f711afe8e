package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read: devices, pipes and folders are refused without blocking. */
class SpecialFilesTest {
  @TempDir Path tmp;

  private final PageReader reader = new PageReader();

  private String error(Path p) {
    PageReader.Result r = reader.read(p, p.toString());
    return assertInstanceOf(PageReader.Failed.class, r, r::toString).failure().error();
  }

  @Test
  void aDeviceIsRefused() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    String e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(zero));
    assertEquals("not a regular file (a character device); only files are read", e);
  }

  @Test
  void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
    Path fifo = tmp.resolve("pipe.txt");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here");
      return;
    }
    Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    String e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(fifo));
    assertEquals("not a regular file (a named pipe); only files are read", e);
  }

  @Test
  void aFolderIsRefused() {
    assertEquals("is a folder, not a page file", error(tmp));
  }

  @Test
  void aMissingFileSaysSo() {
    assertEquals("no such file", error(tmp.resolve("none.txt")));
  }

  @Test
  void causesAreNamedNotExceptionClasses() {
    assertEquals("permission denied", PageReader.reason(new AccessDeniedException("/x")));
    assertEquals("symlink loop", PageReader.reason(
        new FileSystemException("/x", null, "Too many levels of symbolic links")));
    assertEquals("is a folder, not a file", PageReader.reason(
        new FileSystemException("/x", null, "Is a directory")));
  }

  @Test
  void aPageOverTheLimitSaysItsSizeAndTheLimit() throws IOException {
    Path big = Files.write(tmp.resolve("big.txt"), new byte[3000]);
    PageReader small = new PageReader(1024 * 1024 / 1000, "the memory budget per page");
    PageReader.Result r = small.read(big, "big.txt");
    String e = assertInstanceOf(PageReader.Failed.class, r).failure().error();
    assertEquals("input is 2.9 KB, over the memory budget per page of 1.0 KB", e);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRead() throws IOException {
    String text = "Army enters Douma\n\nThe army entered the town of Douma on Monday.\n";
    for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE}) {
      Path p = Files.write(tmp.resolve("u16-" + cs.name() + ".txt"), text.getBytes(cs));
      PageReader.Result r = reader.read(p, p.toString());
      PageReader.Ok ok = assertInstanceOf(PageReader.Ok.class, r, r::toString);
      assertTrue(ok.document().text().contains("entered the town of Douma"));
      assertEquals("no byte-order mark; read as " + cs.name(), ok.note());
    }
  }
}
