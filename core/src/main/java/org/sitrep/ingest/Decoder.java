package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns the bytes of an input into text: gunzips, refuses binary content and oversize input, and
 * picks the character set (byte-order mark, strict UTF-8, the page's declared charset, then
 * Windows-1256 for Arabic or Windows-1252).
 */
final class Decoder {
  /** Why an input could not be decoded; the message is one line a person can act on. */
  static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeException(String message) {
      super(message);
    }
  }

  /** Decoded text and the charset it was read with; {@code note} says what was repaired. */
  record Decoded(String text, String charset, boolean gzipped, String note) {}

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{2,40})",
          Pattern.CASE_INSENSITIVE);

  private final long maxBytes;
  private final String limitName;

  Decoder(long maxBytes) {
    this(maxBytes, "the page limit");
  }

  Decoder(long maxBytes, String limitName) {
    this.limitName = limitName;
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  Decoded decode(byte[] raw) throws DecodeException {
    byte[] bytes = raw;
    boolean gz = false;
    String note = null;
    if (bytes.length > maxBytes) {
      throw new DecodeException(
          "input is " + mb(bytes.length) + ", over " + limitName + " of " + mb(maxBytes));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
      gz = true;
      Gunzipped g = gunzip(bytes);
      bytes = g.bytes;
      note = g.note;
    }
    if (isBlank(bytes)) {
      throw new DecodeException(gz ? "empty page (gzip holds no text)" : "empty file");
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16.name(), gz,
          join(note, "no byte-order mark; read as " + utf16.name()));
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      throw new DecodeException("binary content (" + binary + "), not a text or HTML page");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8",
          gz, note);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          "UTF-16LE", gz, note);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          "UTF-16BE", gz, note);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", gz, note);
    }
    // Mostly UTF-8 with a few broken sequences (a cut or a bad copy): keep UTF-8, mark the rest.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
    long multibyte = lenient.chars().filter(c -> c >= 0x80 && c != '\uFFFD').count();
    if (multibyte > broken) {
      return new Decoded(lenient, "UTF-8", gz, join(note, broken + " invalid UTF-8 sequences"
          + " replaced"));
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, declared), declared.name(), gz, note);
    }
    // Not valid UTF-8 and nothing (usable) declared: Arabic legacy pages are Windows-1256.
    Charset cp1256 = Charset.forName("windows-1256");
    String arabic = new String(bytes, cp1256);
    if (arabicShare(arabic) >= 0.3) {
      return new Decoded(arabic, "windows-1256", gz, join(note, "not UTF-8; read as windows-1256"));
    }
    if (declared != null) {
      // Declared UTF-8 but broken: keep what decodes, mark the rest.
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", gz,
          join(note, "invalid UTF-8 sequences replaced"));
    }
    return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252", gz,
        join(note, "not UTF-8; read as windows-1252"));
  }

  private record Gunzipped(byte[] bytes, String note) {}

  private Gunzipped gunzip(byte[] bytes) throws DecodeException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, bytes.length * 4));
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 8192)) {
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) {
          throw new DecodeException(
              "gzip expands to more than " + limitName + " of " + mb(maxBytes));
        }
      }
      return new Gunzipped(out.toByteArray(), null);
    } catch (EOFException e) {
      if (out.size() == 0) {
        throw new DecodeException("truncated gzip: no data could be read");
      }
      return new Gunzipped(out.toByteArray(), "truncated gzip: read the first " + out.size()
          + " bytes");
    } catch (ZipException e) {
      if (out.size() == 0) {
        throw new DecodeException("corrupt gzip: " + oneLine(e.getMessage()));
      }
      return new Gunzipped(out.toByteArray(), "corrupt gzip after " + out.size() + " bytes");
    } catch (IOException e) {
      throw new DecodeException("cannot gunzip: " + oneLine(e.getMessage()));
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      int c = x & 0xFF;
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != 0x0B && c != 0x0C) {
        return false;
      }
    }
    return true;
  }

  /** Names the kind of binary content, or null when the bytes look like text. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP archive";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
      return null; // UTF-16 text has NULs by design
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "NUL bytes";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C && c != 0x1B) {
        control++;
      }
    }
    return control * 20 > n ? "control bytes" : null;
  }

  /*
   * UTF-16 text without a byte-order mark has a NUL in every other byte for ASCII (and, for
   * Arabic, 0x06 there): the other half of the pairs varies. Checked on the first 4 KB only.
   */
  static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    int evenHigh = 0;
    int oddHigh = 0;
    for (int i = 0; i < n; i += 2) {
      int e = b[i] & 0xFF;
      int o = b[i + 1] & 0xFF;
      evenZero += e == 0 ? 1 : 0;
      oddZero += o == 0 ? 1 : 0;
      evenHigh += e == 0 || e == 0x06 ? 1 : 0;
      oddHigh += o == 0 || o == 0x06 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddHigh >= 0.9 * pairs && oddZero >= 0.2 * pairs && evenZero <= 0.05 * pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenHigh >= 0.9 * pairs && evenZero >= 0.2 * pairs && oddZero <= 0.05 * pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strictUtf8(byte[] b) {
    String fast = new String(b, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast; // no replacement happened, so the bytes were valid
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static double arabicShare(String s) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c >= '\u0600' && c <= '\u06FF') {
          arabic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String mb(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }

  static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
  }
}
