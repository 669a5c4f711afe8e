package org.sitrep.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes records as JSON Lines (one object per line, UTF-8, snake_case field names as RECORDS.md
 * fixes them). Not thread-safe: one writer per file, fed by one thread.
 */
public final class RecordWriter implements Closeable {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Writer out;
  private long count;

  /** Opens (and truncates) {@code file} for writing. */
  public RecordWriter(Path file) throws IOException {
    this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Returns one record as a JSON line without the line break. */
  public static String toJson(Object record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize " + record.getClass().getSimpleName(), e);
    }
  }

  /** The shared mapper, configured for the record contract (read and write). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Appends one record as a line. */
  public void write(Object record) throws IOException {
    out.write(toJson(record));
    out.write('\n');
    count++;
  }

  /**
   * Appends one record as a line with more fields after its own ({@code extra}'s entries, in
   * order): how a driver adds what a stage's record does not hold (a document's warnings).
   */
  public void write(Object record, java.util.Map<String, ?> extra) throws IOException {
    out.write(toJson(record, extra));
    out.write('\n');
    count++;
  }

  /** Appends a record already serialized as one JSON line (by {@link #toJson}). */
  public void writeJson(String line) throws IOException {
    out.write(line);
    out.write('\n');
    count++;
  }

  /** One record as a JSON line with more fields after its own ({@code extra}'s, in order). */
  public static String toJson(Object record, java.util.Map<String, ?> extra) {
    String json = toJson(record);
    String more = extra.isEmpty() ? "{}" : toJson(extra);
    if (more.length() > 2 && json.endsWith("}")) {
      return json.substring(0, json.length() - 1) + (json.length() > 2 ? "," : "")
          + more.substring(1);
    }
    return json;
  }

  /** How many records were written. */
  public long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
