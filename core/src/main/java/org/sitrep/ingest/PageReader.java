package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
  private final String limitName;
  private final TextPageParser textParser = new TextPageParser();
  private final HtmlPageParser htmlParser = new HtmlPageParser();

  /** A reader with the default page size limit. */
  public PageReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses pages larger than {@code maxBytes}, before or after gunzipping. */
  public PageReader(long maxBytes) {
    this(maxBytes, "the page limit");
  }

  /**
   * A reader that refuses pages larger than {@code maxBytes}, before or after gunzipping; {@code
   * limitName} says in failure messages what the limit is ("the page limit", "the memory budget
   * per page").
   */
  public PageReader(long maxBytes, String limitName) {
    this.decoder = new Decoder(maxBytes, limitName);
    this.maxBytes = maxBytes;
    this.limitName = limitName;
  }

  /**
   * Reads a page from a file; {@code input} is the path as the user gave it. Only regular files
   * are read: a folder, device, named pipe or socket is refused without opening it.
   */
  public Result read(Path path, String input) {
    byte[] bytes;
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      if (a.isDirectory()) {
        return fail(input, "read", "is a folder, not a page file");
      }
      if (!a.isRegularFile()) {
        return fail(input, "read", "not a regular file (" + specialKind(path)
            + "); only files are read");
      }
      long size = a.size();
      if (size > maxBytes) {
        return fail(input, "read", "input is " + Decoder.mb(size) + ", over " + limitName
            + " of " + Decoder.mb(maxBytes));
      }
      bytes = readAtMost(path, maxBytes);
      if (bytes == null) {
        return fail(input, "read", "input grew past " + limitName + " of "
            + Decoder.mb(maxBytes) + " while being read");
      }
    } catch (NoSuchFileException e) {
      return fail(input, "read", "no such file");
    } catch (IOException | SecurityException e) {
      return fail(input, "read", reason(e));
    }
    return read(bytes, input);
  }

  /* A file can grow between the size check and the read (a log being written): read a bounded
   * amount, null when there is more. */
  private static byte[] readAtMost(Path path, long max) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
      return in.read() < 0 ? b : null;
    }
  }

  /* What a file that is not a regular one is: named from its Unix mode where the platform has it. */
  private static String specialKind(Path path) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode");
      switch (mode & 0170000) {
        case 0020000: return "a character device";
        case 0060000: return "a block device";
        case 0010000: return "a named pipe";
        case 0140000: return "a socket";
        default: break;
      }
    } catch (IOException | RuntimeException e) {
      // not a Unix file system: say it generally
    }
    return "a device, named pipe or socket";
  }

  /**
   * One line naming why a file operation failed, for a person: "permission denied", "no such
   * file", "symlink loop", "is a folder"... rather than an exception's class name.
   */
  public static String reason(Throwable e) {
    if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "symlink loop";
    }
    if (e instanceof FileSystemException f) {
      String r = f.getReason() == null ? "" : f.getReason().toLowerCase(Locale.ROOT);
      if (r.contains("too many levels of symbolic links")) {
        return "symlink loop";
      }
      if (r.contains("is a directory")) {
        return "is a folder, not a file";
      }
      if (r.contains("not a directory")) {
        return "not a folder";
      }
      if (r.contains("read-only file system")) {
        return "read-only file system";
      }
      if (r.contains("no space left")) {
        return "no space left on the device";
      }
      if (!r.isEmpty()) {
        return r;
      }
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName()
        : Decoder.oneLine(m);
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
          : textParser.parse(org.sitrep.text.TextNormalizer.normalizePage(
              org.sitrep.text.TextNormalizer.characterReferences(decoded.text())));
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
