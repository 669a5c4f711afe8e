package org.sitrep.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The store's write token: created at the first start (32 random bytes, hex), written to
 * {@code DIR/token} readable by its owner only (mode 600), told to the user once; later starts
 * read it. A request that writes must carry it as {@code Authorization: Bearer <token>}.
 */
public final class Token {
  private final byte[] value;

  private Token(String value) {
    this.value = value.getBytes(StandardCharsets.US_ASCII);
  }

  /** Reads the token of the store in {@code dir}, creating it (and telling {@code once}) if new. */
  public static Token loadOrCreate(Path dir, Consumer<String> once) throws IOException {
    Path file = dir.resolve("token");
    if (!Files.exists(file)) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String t = HexFormat.of().formatHex(random);
      try {
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(
              PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createFile(file);
        }
        Files.writeString(file, t + "\n", StandardCharsets.US_ASCII);
        once.accept(t);
        return new Token(t);
      } catch (FileAlreadyExistsException raced) {
        // another start made it first: read theirs
      }
    }
    String t = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (t.length() < 32) {
      throw new IOException(file + " holds no valid token; delete it to make a new one");
    }
    return new Token(t);
  }

  /** Whether an {@code Authorization} header value carries this token (constant time). */
  public boolean admits(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, value);
  }
}
