package org.sitrep.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An output folder written all at once: a run writes its files into a hidden folder inside it
 * ({@code .sitrep-run-*}) and {@link #commit} moves them into place, with a {@code run.json}
 * that says the folder holds a complete run. Until then the folder's previous files are
 * untouched; a run killed while the files are being moved leaves {@code run.json} saying
 * {@code "complete": false}.
 */
public final class RunFolder {
  /** The file that says what run wrote the folder and whether it completed. */
  public static final String RUN_FILE = "run.json";

  private static final String STAGING_PREFIX = ".sitrep-run-";

  private final Path dir;
  private final Path staging;

  private RunFolder(Path dir, Path staging) {
    this.dir = dir;
    this.staging = staging;
  }

  /**
   * Prepares {@code dir} for a run: creates it if missing and a hidden staging folder in it.
   *
   * @throws IOException with a message naming the cause: the path is a file, permission denied…
   */
  public static RunFolder open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException(dir + " is a file, not a folder; --out needs a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException("cannot create the folder " + dir + ": " + cause(e), e);
    }
    try {
      return new RunFolder(dir, Files.createTempDirectory(dir, STAGING_PREFIX));
    } catch (IOException e) {
      throw new IOException("cannot write into " + dir + ": " + cause(e), e);
    }
  }

  /** Where a record file is written during the run. */
  public Path file(String name) {
    return staging.resolve(name);
  }

  /** Drops what the run wrote; the folder keeps its previous files. */
  public void abandon() {
    deleteTree(staging);
  }

  /**
   * Moves the run's files into place and writes {@code run.json} from {@code run} (whose {@code
   * complete} entry it sets); then removes the staging folders of this and earlier, killed, runs.
   */
  public void commit(Map<String, Object> run) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(staging)) {
      for (Path p : s) {
        files.add(p);
      }
    }
    files.sort(Comparator.naturalOrder());
    Map<String, Object> marking = new LinkedHashMap<>();
    marking.put("complete", false);
    marking.put("note", "a run was replacing the files of this folder and did not finish;"
        + " they may be a mix of two runs");
    marking.put("started", run.get("started"));
    writeJson(RUN_FILE, marking);
    try {
      for (Path f : files) {
        move(f, dir.resolve(f.getFileName().toString()));
      }
      Map<String, Object> done = new LinkedHashMap<>();
      done.put("complete", true);
      done.putAll(run);
      done.put("complete", true);
      List<String> names = new ArrayList<>();
      for (Path f : files) {
        names.add(f.getFileName().toString());
      }
      done.put("files", names);
      writeJson(RUN_FILE, done);
    } catch (IOException e) {
      throw new IOException("cannot write into " + dir + ": " + cause(e), e);
    }
    deleteTree(staging);
    cleanStale();
  }

  private void writeJson(String name, Map<String, Object> value) throws IOException {
    Path tmp = staging.resolve(name + ".tmp");
    String json;
    try {
      json = RecordWriter.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
    move(tmp, dir.resolve(name));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /* Staging folders left by runs that were killed: the folder is ours now that a run completed. */
  private void cleanStale() {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
      for (Path p : s) {
        deleteTree(p);
      }
    } catch (IOException | RuntimeException e) {
      // leftovers are harmless: hidden, and the next run tries again
    }
  }

  private static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a hidden leftover is cleaned by the next run
    }
  }

  /** One line naming why a file operation failed. */
  static String cause(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String r = f.getReason().toLowerCase(Locale.ROOT);
      return r.contains("not a directory") ? "a part of the path is a file, not a folder" : r;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
