package org.sitrep.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's tab-separated resource files: {@code #} comment lines, one row per line. */
public final class DataFiles {
  private DataFiles() {}

  /**
   * Returns the rows of a classpath resource, each split on tabs, skipping blank and comment lines.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  public static List<String[]> readTsv(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + resource + " next to " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
