package org.observatory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.StoreException;
import org.observatory.merge.MergedEvent;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;

/**
 * The embedded SQLite store of analysis records and their events.
 *
 * <p>Writes: {@link #put} stores one record in one transaction, idempotently by document id; a failure rolls that
 * transaction back and leaves every earlier document intact. In the same transaction the document's events are
 * merged with stored reports of the same events from other documents ({@link #mergedEvents}, {@code
 * docs/merging.md}). Reads: {@link #events}, {@link #mergedEvents}, {@link #record}, {@link #counts}. The database runs in WAL mode with foreign keys on; the schema is created on first open and
 * versioned with {@code PRAGMA user_version}.
 *
 * <p>Thread safety: one JDBC connection per store; every public method is {@code synchronized}, so one store may be
 * shared by threads (their calls run one at a time). Several processes may open the same file (SQLite locking,
 * with a 5 s busy timeout). Every SQLite failure is a {@link StoreException} naming the database file.
 */
public final class Store implements AutoCloseable {

  private static final int BUSY_TIMEOUT_MS = 5000;

  private static final int SYNC_BATCH = 200;
  private static final int MAX_TEXT_HITS = 100_000;

  private final Path file;
  private final Connection db;
  private final TextIndex text;
  /** Whether the text index may lack documents: not yet checked by this process, or a write to it failed. */
  private boolean textStale = true;

  private Store(Path file, Connection db) {
    this.file = file;
    this.db = db;
    this.text = new TextIndex(TextIndex.beside(file));
  }

  /**
   * Opens (creating when absent, with its parent directories) the store in {@code dbFile}.
   *
   * @throws StoreException when the file cannot be created or opened, is not a SQLite database, or was written
   *     by a newer schema
   */
  public static Store open(Path dbFile) {
    Objects.requireNonNull(dbFile, "dbFile");
    Path file = dbFile.toAbsolutePath().normalize();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      if (Files.isDirectory(file)) {
        throw new StoreException(file + ": is a directory, not a database file");
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot create the store's directory: " + e.getMessage(), e);
    }
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file);
      configure(db);
      migrate(db, file);
      return new Store(file, db);
    } catch (SQLException e) {
      closeQuietly(db);
      throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
    } catch (StoreException e) {
      closeQuietly(db);
      throw e;
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /**
   * Stores {@code record} unless its document is already stored (then nothing changes and the status is
   * {@link StoreResult.Status#UNCHANGED}). One transaction; on failure nothing of this record remains.
   *
   * @throws StoreException naming the database and the document when the write fails
   */
  public synchronized StoreResult put(AnalysisRecord record) {
    String id = documentId(record);
    StoreResult result = inTransaction(id, () -> {
      Optional<Integer> stored = storedEventCount(id);
      if (stored.isPresent()) {
        return new StoreResult(id, StoreResult.Status.UNCHANGED, stored.get());
      }
      new RecordRows(db).insert(record);
      new MergeIndex(db).documentWritten(id, Set.of());
      return new StoreResult(id, StoreResult.Status.STORED, record.events().size());
    });
    if (result.status() != StoreResult.Status.UNCHANGED) {
      indexText(record);
    }
    return result;
  }

  /**
   * Stores {@code record}, replacing any earlier record of the same document (for re-analysis with a newer
   * pipeline). One transaction; on failure the earlier record stays.
   */
  public synchronized StoreResult replace(AnalysisRecord record) {
    String id = documentId(record);
    StoreResult result = inTransaction(id, () -> {
      boolean existed = storedEventCount(id).isPresent();
      MergeIndex merges = new MergeIndex(db);
      Set<String> formerMerges = merges.mergedIdsOf(id);
      try (PreparedStatement st = db.prepareStatement("DELETE FROM documents WHERE id = ?")) {
        st.setString(1, id);
        st.executeUpdate();
      }
      new RecordRows(db).insert(record);
      merges.documentWritten(id, formerMerges);
      StoreResult.Status status = existed ? StoreResult.Status.REPLACED : StoreResult.Status.STORED;
      return new StoreResult(id, status, record.events().size());
    });
    indexText(record);
    return result;
  }

  /** Events matching {@code query}, ordered by date (earliest possible day; undated last), then document and order in it. */
  public synchronized List<StoredEvent> events(EventQuery query) {
    loadTextHits(query);
    EventSql sql = EventSql.of(query);
    try (PreparedStatement st = db.prepareStatement(sql.sql())) {
      RecordRows.bind(st, sql.args().toArray());
      List<StoredEvent> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredEvent(rs.getString(1), RecordJson.read(rs.getString(2), Event.class)));
        }
      }
      return out;
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(file + ": cannot query events: " + e.getMessage(), e);
    }
  }

  /**
   * Merged events (the same real-world event as reported by one or more stored documents, see
   * {@code docs/merging.md}) with at least one member event matching {@code query}, ordered by the earliest day
   * their members allow (undated last), then id. {@code limit} counts merged events.
   */
  public synchronized List<MergedEvent> mergedEvents(EventQuery query) {
    loadTextHits(query);
    EventSql sql = EventSql.merged(query);
    try (PreparedStatement st = db.prepareStatement(sql.sql())) {
      RecordRows.bind(st, sql.args().toArray());
      List<MergedEvent> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(RecordJson.read(rs.getString(1), MergedEvent.class));
        }
      }
      return out;
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(file + ": cannot query merged events: " + e.getMessage(), e);
    }
  }

  /** The stored record of a document, exactly as it was put. */
  public synchronized Optional<AnalysisRecord> record(String documentId) {
    try (PreparedStatement st = db.prepareStatement("SELECT record_json FROM documents WHERE id = ?")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(RecordJson.read(rs.getString(1), AnalysisRecord.class)) : Optional.empty();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(file + ": cannot read document " + documentId + ": " + e.getMessage(), e);
    }
  }

  /** Whether a document with this id is stored. */
  public synchronized boolean contains(String documentId) {
    try {
      return storedEventCount(documentId).isPresent();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read document " + documentId + ": " + e.getMessage(), e);
    }
  }

  /** Stored documents and events. */
  public synchronized StoreCounts counts() {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)")) {
      rs.next();
      return new StoreCounts(rs.getLong(1), rs.getLong(2));
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot count: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot close the store: " + e.getMessage(), e);
    }
  }

  /** A unit of work inside one transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException, JsonProcessingException;
  }

  private <T> T inTransaction(String documentId, Work<T> work) {
    try {
      db.setAutoCommit(false);
      try {
        T result = work.run();
        db.commit();
        return result;
      } catch (SQLException | JsonProcessingException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(file + ": cannot store document " + documentId + " (nothing of it was written): "
          + e.getMessage(), e);
    }
  }

  /**
   * Adds a stored record to the text index. SQLite already holds the record, so a failure here loses nothing: the
   * index is marked stale and brought up to date before the next text search.
   */
  private void indexText(AnalysisRecord record) {
    try {
      text.index(List.of(record));
    } catch (StoreException e) {
      textStale = true;
    }
  }

  /** Brings the text index in line with the documents table: indexes what it lacks, drops what SQLite lost. */
  private void syncText() {
    try {
      Set<String> indexed = text.documents();
      Set<String> stored = new HashSet<>();
      try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM documents")) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
      Set<String> gone = new HashSet<>(indexed);
      gone.removeAll(stored);
      text.remove(gone);
      List<String> missing = stored.stream().filter(id -> !indexed.contains(id)).sorted().toList();
      for (int i = 0; i < missing.size(); i += SYNC_BATCH) {
        List<AnalysisRecord> batch = new ArrayList<>();
        for (String id : missing.subList(i, Math.min(missing.size(), i + SYNC_BATCH))) {
          record(id).ifPresent(batch::add);
        }
        text.index(batch);
      }
      textStale = false;
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot list documents for the text index: " + e.getMessage(), e);
    }
  }

  /** Puts the keys of the events matching the query's text into {@code temp.text_hits} (emptied first). */
  private void loadTextHits(EventQuery query) {
    if (query.text() == null) {
      return;
    }
    if (textStale) {
      syncText();
    }
    List<String> keys = text.search(query.text(), MAX_TEXT_HITS);
    try (Statement st = db.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS text_hits (key TEXT PRIMARY KEY)");
      st.execute("DELETE FROM temp.text_hits");
      try (PreparedStatement ins = db.prepareStatement("INSERT OR IGNORE INTO temp.text_hits VALUES (?)")) {
        for (String k : keys) {
          ins.setString(1, k);
          ins.addBatch();
        }
        ins.executeBatch();
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot prepare the text search: " + e.getMessage(), e);
    }
  }

  /** The number of events of a stored document, or empty when it is not stored. */
  private Optional<Integer> storedEventCount(String documentId) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        "SELECT (SELECT count(*) FROM events WHERE document_id = d.id) FROM documents d WHERE d.id = ?")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    }
  }

  private static String documentId(AnalysisRecord record) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(record.document(), "record.document");
    return Objects.requireNonNull(record.document().id(), "record.document.id");
  }

  private static void configure(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA foreign_keys = ON");
    }
  }

  private static void migrate(Connection db, Path file) throws SQLException {
    int version = userVersion(db);
    if (version > Schema.VERSION) {
      throw new StoreException(file + ": written by a newer Observatory (schema " + version + ", this one reads "
          + Schema.VERSION + ")");
    }
    if (version == 0) {
      createSchema(db);
    } else if (version == 1) {
      addMergedEvents(db);
    }
  }

  private static void createSchema(Connection db) throws SQLException {
    db.setAutoCommit(false);
    try (Statement st = db.createStatement()) {
      for (String ddl : Schema.CREATE) {
        st.execute(ddl);
      }
      for (String ddl : Schema.MERGED) {
        st.execute(ddl);
      }
      st.execute("PRAGMA user_version = " + Schema.VERSION);
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /**
   * Migrates a version-1 store to version 2 in one transaction: creates the merged-event tables and merges every
   * stored event. When another process migrated it meanwhile (the version read inside the transaction is no
   * longer 1), nothing is done.
   */
  private static void addMergedEvents(Connection db) throws SQLException {
    db.setAutoCommit(false);
    try (Statement st = db.createStatement()) {
      for (String ddl : Schema.MERGED) {
        st.execute(ddl);
      }
      if (userVersion(db) == 1) {
        new MergeIndex(db).rebuild();
        st.execute("PRAGMA user_version = " + Schema.VERSION);
      }
      db.commit();
    } catch (SQLException | JsonProcessingException | RuntimeException e) {
      db.rollback();
      throw e instanceof SQLException s ? s : new SQLException("cannot merge the stored events: " + e, e);
    } finally {
      db.setAutoCommit(true);
    }
  }

  private static int userVersion(Connection db) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException ignored) {
        // the open failure is what the caller needs to hear about
      }
    }
  }
}
