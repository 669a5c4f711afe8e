package org.sitrep.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One page on the input topic: the raw bytes and the name it goes by ({@code input}, a path or
 * URL), its content type, when it was fetched (epoch millis, the job's event time) and a
 * sequence number (the producer's order; ties of fetch time are broken by it).
 *
 * <p>On Kafka the key is {@code input} and the value is a JSON envelope: {@code {"input": ...,
 * "content_type": ..., "fetch_time": ..., "seq": ..., "bytes": "<base64>"}}. A value that is
 * not such an envelope becomes a page with {@link #error} set, and then a failure record.
 *
 * <p>A Flink POJO: public fields, no-argument constructor.
 */
public final class PageMessage {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String input;
  public String contentType;
  public long fetchTime;
  public long seq;
  public byte[] bytes;
  /** Why the envelope could not be read, or null. */
  public String error;

  public PageMessage() {}

  public PageMessage(String input, String contentType, long fetchTime, long seq, byte[] bytes) {
    this.input = input;
    this.contentType = contentType;
    this.fetchTime = fetchTime;
    this.seq = seq;
    this.bytes = bytes;
  }

  /** The JSON envelope of this page (UTF-8). */
  public byte[] toEnvelope() {
    ObjectNode n = JSON.createObjectNode();
    n.put("input", input);
    n.put("content_type", contentType);
    n.put("fetch_time", fetchTime);
    n.put("seq", seq);
    n.put("bytes", Base64.getEncoder().encodeToString(bytes));
    try {
      return JSON.writeValueAsBytes(n);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write an envelope", e);
    }
  }

  /**
   * Reads an envelope; {@code key} (the Kafka key, may be null), {@code offset} and {@code
   * timestamp} stand in for a missing name, sequence and fetch time. Never throws: a bad value
   * gives a page with {@link #error} set.
   */
  public static PageMessage fromEnvelope(byte[] key, byte[] value, long offset, long timestamp) {
    String name = key == null ? "offset " + offset : new String(key, StandardCharsets.UTF_8);
    PageMessage m = new PageMessage(name, null, timestamp, offset, new byte[0]);
    if (value == null) {
      m.error = "empty message (no envelope)";
      return m;
    }
    try {
      JsonNode n = JSON.readTree(value);
      if (n == null || !n.isObject() || !n.hasNonNull("bytes")) {
        m.error = "not a page envelope (a JSON object with base64 \"bytes\")";
        return m;
      }
      m.input = n.hasNonNull("input") ? n.get("input").asText() : name;
      m.contentType = n.hasNonNull("content_type") ? n.get("content_type").asText() : null;
      m.fetchTime = n.hasNonNull("fetch_time") ? n.get("fetch_time").asLong() : timestamp;
      m.seq = n.hasNonNull("seq") ? n.get("seq").asLong() : offset;
      m.bytes = Base64.getDecoder().decode(n.get("bytes").asText());
    } catch (IOException | IllegalArgumentException e) {
      m.error = "unreadable page envelope: " + e.getMessage();
    }
    return m;
  }
}
