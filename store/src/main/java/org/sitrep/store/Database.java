package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite half of the store: documents (with their mentions), coded events with their story
 * links, stories, reviews (an append-only audit trail) and failures. The truth: the Lucene index
 * is derived from it. One connection, used under the store's lock.
 */
final class Database implements AutoCloseable {
  private static final String[] SCHEMA = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " doc_id TEXT NOT NULL UNIQUE, input TEXT, outlet TEXT, title TEXT, published TEXT,"
        + " language TEXT, country TEXT, story_id TEXT, head TEXT NOT NULL, json TEXT NOT NULL,"
        + " mentions TEXT NOT NULL, linker_ids TEXT)",
    "CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, doc_id TEXT NOT NULL,"
        + " seq INTEGER NOT NULL, json TEXT NOT NULL, story_id TEXT, same_as TEXT,"
        + " version INTEGER NOT NULL, merged_pos INTEGER)",
    "CREATE INDEX IF NOT EXISTS events_version ON events(version)",
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id)",
    "CREATE INDEX IF NOT EXISTS events_seq ON events(seq)",
    "CREATE TABLE IF NOT EXISTS stories (story_id TEXT PRIMARY KEY, title TEXT,"
        + " first_date TEXT, last_date TEXT, documents INTEGER, events INTEGER,"
        + " json TEXT NOT NULL, ord INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS reviews (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " event_id TEXT NOT NULL, verdict TEXT NOT NULL, changes TEXT, note TEXT,"
        + " reviewer TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS reviews_event ON reviews(event_id)",
    "CREATE TABLE IF NOT EXISTS pending_stories (story_id TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS failures (id INTEGER PRIMARY KEY AUTOINCREMENT, input TEXT,"
        + " stage TEXT, error TEXT)",
  };

  final Connection c;

  Database(Path file) throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      // WAL: a committed transaction survives a killed process; readers never block the writer
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("PRAGMA busy_timeout=5000");
      s.execute("PRAGMA mmap_size=268435456"); // reads from the OS page cache, off the heap
      s.execute("PRAGMA cache_size=-16384");
      s.execute("PRAGMA foreign_keys=ON");
      for (String ddl : SCHEMA) {
        s.execute(ddl);
      }
      // columns a store made before them lacks: filled in by the next ingest's one re-link
      addColumn(s, "documents", "linker_ids", "TEXT");
      addColumn(s, "events", "merged_pos", "INTEGER");
    }
    c.setAutoCommit(false);
    c.commit();
    lookup = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = lookup.createStatement()) {
      s.execute("PRAGMA busy_timeout=5000");
      s.execute("PRAGMA query_only=ON");
    }
  }

  private static void addColumn(Statement s, String table, String column, String type)
      throws SQLException {
    try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        if (column.equals(r.getString("name"))) {
          return;
        }
      }
    }
    s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
  }

  /*
   * A second, read-only connection for the one question ingest workers ask while the writer
   * commits (is this document stored?): under WAL it sees every committed batch and waits for
   * no writer, so workers do not stop while a batch is written.
   */
  private final Connection lookup;

  /** Whether a committed transaction stored this document; callable from any thread. */
  boolean committedDocument(String docId) throws SQLException {
    synchronized (lookup) {
      try (PreparedStatement p = lookup.prepareStatement(
          "SELECT 1 FROM documents WHERE doc_id = ?")) {
        p.setString(1, docId);
        try (ResultSet r = p.executeQuery()) {
          return r.next();
        }
      }
    }
  }

  long version() throws SQLException {
    String v = meta("version");
    return v == null ? 0 : Long.parseLong(v);
  }

  /** Bumps the version inside the current transaction and returns the new one. */
  long nextVersion() throws SQLException {
    long v = version() + 1;
    setMeta("version", Long.toString(v));
    return v;
  }

  String meta(String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  void setMeta(String key, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = ?")) {
      p.setString(1, key);
      p.setString(2, value);
      p.setString(3, value);
      p.executeUpdate();
    }
  }

  boolean hasDocument(String docId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM documents WHERE doc_id = ?")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  long count(String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /** One string column of the rows a one-parameter query selects. */
  List<String> strings(String sql, Object... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  String string(String sql, Object... params) throws SQLException {
    List<String> s = strings(sql, params);
    return s.isEmpty() ? null : s.get(0);
  }

  void commit() throws SQLException {
    c.commit();
  }

  void rollback() {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is going away; SQLite rolls back an open transaction on its own
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      lookup.close();
    } finally {
      c.rollback();
      c.close();
    }
  }
}
