package org.sitrep.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file assertions: compares a value, as pretty JSON, with an expected file, and prints a
 * line diff when they differ. Run with {@code -Dsitrep.golden.update=true} to rewrite the
 * expected files from the current output (then review the change with git diff).
 */
public final class Golden {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Golden() {}

  /** Asserts that {@code actual}, serialized as pretty JSON, equals the file {@code expected}. */
  public static void assertJson(Path expected, Object actual) {
    String got;
    try {
      got = JSON.writeValueAsString(actual).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      if (Boolean.getBoolean("sitrep.golden.update")) {
        Files.writeString(expected, got, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(expected)) {
        fail("missing golden file " + expected + "; run with -Dsitrep.golden.update=true to create"
            + " it. Output was:\n" + got);
      }
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      if (!want.equals(got)) {
        fail("output differs from " + expected + " (-Dsitrep.golden.update=true rewrites it):\n"
            + diff(want, got));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal line diff: the lines only in the expected text (-) and only in the actual (+). */
  static String diff(String want, String got) {
    List<String> a = want.lines().toList();
    List<String> b = got.lines().toList();
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.append("+ ").append(b.get(j++)).append('\n');
      } else {
        out.append("- ").append(a.get(i++)).append('\n');
      }
    }
    return out.toString();
  }
}
