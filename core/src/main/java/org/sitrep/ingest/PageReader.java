package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Body;
import org.sitrep.model.Document;
import org.sitrep.model.Failure;
import org.sitrep.model.Span;

/**
 * Reads one page (HTML or text a crawler flattened, either of them gzipped) into a {@link
 * Document}; a page that cannot be read becomes a {@link Failure} instead of an exception.
 *
 * <p>Thread-safe: one reader serves every worker of a run.
 */
public final class PageReader {
  /** The default largest page, before or after gunzipping: 16 MB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /** Either a document or the failure that replaced it. */
  public sealed interface Result permits Ok, Failed {}

  /** A page that was read. {@code note} says what was repaired on the way, or is null. */
  public record Ok(Document document, String note) implements Result {}

  /** A page that could not be read. */
  public record Failed(Failure failure) implements Result {}

  private final Decoder decoder;
  private final long maxBytes;
  private final TextPageParser textParser = new TextPageParser();
  private final HtmlPageParser htmlParser = new HtmlPageParser();

  /** A reader with the default page size limit. */
  public PageReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses pages larger than {@code maxBytes}, before or after gunzipping. */
  public PageReader(long maxBytes) {
    this.decoder = new Decoder(maxBytes);
    this.maxBytes = maxBytes;
  }

  /** Reads a page from a file; {@code input} is the path as the user gave it. */
  public Result read(Path path, String input) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return fail(input, "read", "input is " + Decoder.mb(size) + ", over the page limit of "
            + Decoder.mb(maxBytes));
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return fail(input, "read", "no such file");
    } catch (AccessDeniedException e) {
      return fail(input, "read", "permission denied");
    } catch (IOException | SecurityException e) {
      return fail(input, "read", "cannot read: " + Decoder.oneLine(e.getMessage()));
    }
    return read(bytes, input);
  }

  /** Reads a page from its bytes; {@code input} names it (path or URL) in the records. */
  public Result read(byte[] bytes, String input) {
    Decoder.Decoded decoded;
    try {
      decoded = decoder.decode(bytes);
    } catch (Decoder.DecodeException e) {
      return fail(input, "read", e.getMessage());
    }
    try {
      PageParts parts = isHtml(input, decoded.text())
          ? htmlParser.parse(decoded.text(), input)
          : textParser.parse(org.sitrep.text.TextNormalizer.normalizePage(decoded.text()));
      Document d = toDocument(parts, docId(bytes), input);
      return new Ok(d, decoded.note());
    } catch (RuntimeException | StackOverflowError e) {
      return fail(input, "ingest", "cannot parse page: " + e.getClass().getSimpleName() + ": "
          + Decoder.oneLine(e.getMessage()));
    }
  }

  private static Result fail(String input, String stage, String error) {
    return new Failed(new Failure(input, stage, error));
  }

  static boolean isHtml(String input, String text) {
    String name = input.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    if (name.endsWith(".txt")) {
      return false;
    }
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading()
        .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        || (head.startsWith("<") && head.contains("<body"));
  }

  private static Document toDocument(PageParts p, String docId, String input) {
    StringBuilder body = new StringBuilder();
    for (Span s : p.paragraphs) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(p.text, s.start(), s.end());
    }
    return new Document(docId, input, p.outlet, p.language, p.title, p.published,
        List.copyOf(p.credits), p.dateline, p.section, List.copyOf(p.tags), p.text,
        new Body(body.toString(), p.paragraphs), p.comments, p.related, p.chrome);
  }

  /** The stable document id: the first 16 hex digits of the SHA-256 of the input bytes. */
  static String docId(byte[] bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
