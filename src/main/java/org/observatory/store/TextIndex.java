package org.observatory.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.observatory.core.ConfigException;
import org.observatory.core.StoreException;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;
import org.observatory.record.EventActor;

/**
 * The store's full-text index (Lucene, English analysis): one entry per stored event holding its evidence
 * sentence, trigger, actors, place and its document's title, so events can be found by words
 * ({@link EventQuery#text()}). It lives in a directory beside the database ({@code <db>.text}) and is derived
 * data: SQLite stays the truth, and before its first text search in a process (or after a failed index write) the
 * {@link Store} re-indexes whatever the index lacks (say, after a crash between the SQLite commit and the index
 * commit) and drops what SQLite no longer has.
 *
 * <p>Thread safety: not synchronized itself; {@link Store} calls it under its own lock. The index writer is opened
 * per write and closed after its commit, so several processes may share a store (a writer waits for Lucene's
 * write lock, else leaves the entry to the store's next re-indexing).
 */
final class TextIndex {

  static final String KEY = "key";
  static final String DOC = "doc";
  static final String TEXT = "text";

  private static final int LOCK_ATTEMPTS = 50;
  private static final long LOCK_WAIT_MS = 100;

  private final Path dir;
  private final Analyzer analyzer = new EnglishAnalyzer();

  TextIndex(Path dir) {
    this.dir = dir;
  }

  /** The index directory of the store in {@code dbFile}. */
  static Path beside(Path dbFile) {
    return dbFile.resolveSibling(dbFile.getFileName() + ".text");
  }

  /** The key of one stored event: document id and event id. */
  static String key(String documentId, String eventId) {
    return documentId + "\u0000" + eventId;
  }

  /** Replaces the entries of each record's document by its events. */
  void index(List<AnalysisRecord> records) {
    write(w -> {
      for (AnalysisRecord r : records) {
        w.deleteDocuments(new Term(DOC, r.document().id()));
        w.addDocument(marker(r.document().id()));
        for (Event e : r.events()) {
          w.addDocument(entry(r, e));
        }
      }
    });
  }

  /** Drops the entries of these documents. */
  void remove(Set<String> documentIds) {
    if (!documentIds.isEmpty()) {
      write(w -> {
        for (String id : documentIds) {
          w.deleteDocuments(new Term(DOC, id));
        }
      });
    }
  }

  /** The document ids that have entries. */
  Set<String> documents() {
    Set<String> out = new HashSet<>();
    if (!exists()) {
      return out;
    }
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      Terms terms = MultiTerms.getTerms(reader, DOC);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          if (it.docFreq() > 0) {
            out.add(t.utf8ToString());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot read the text index: " + e.getMessage(), e);
    }
  }

  /**
   * The keys ({@link #key}) of the events matching {@code query} (Lucene's classic syntax: words, "phrases",
   * AND/OR/NOT, prefix*), best first, at most {@code max}.
   *
   * @throws ConfigException when the query does not parse
   */
  List<String> search(String query, int max) {
    Query q = parse(query);
    if (!exists()) {
      return List.of();
    }
    try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Set<String> out = new LinkedHashSet<>();
      for (ScoreDoc hit : searcher.search(q, max).scoreDocs) {
        out.add(searcher.storedFields().document(hit.doc).get(KEY));
      }
      return new ArrayList<>(out);
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot search the text index: " + e.getMessage(), e);
    }
  }

  private Query parse(String query) {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      throw new ConfigException("--text: cannot parse the query '" + query + "': " + firstLine(e.getMessage()), e);
    }
  }

  private boolean exists() {
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  /** An entry without text that marks a document as indexed, so a document without events is not re-indexed. */
  private static Document marker(String documentId) {
    Document doc = new Document();
    doc.add(new StringField(DOC, documentId, Field.Store.NO));
    return doc;
  }

  private static Document entry(AnalysisRecord r, Event e) {
    Document doc = new Document();
    doc.add(new StringField(KEY, key(r.document().id(), e.id()), Field.Store.YES));
    doc.add(new StringField(DOC, r.document().id(), Field.Store.NO));
    doc.add(new TextField(TEXT, text(r, e), Field.Store.NO));
    return doc;
  }

  /** What an event is found by: its evidence, trigger, actors, place, type and the document's title. */
  static String text(AnalysisRecord r, Event e) {
    StringJoiner j = new StringJoiner("\n");
    String body = r.document().text();
    if (e.evidence() != null && body != null && e.evidence().end() <= body.length()) {
      j.add(body.substring(e.evidence().start(), e.evidence().end()));
    }
    if (e.trigger() != null && e.trigger().text() != null) {
      j.add(e.trigger().text());
    }
    for (EventActor a : e.actors()) {
      j.add(a.text() == null ? "" : a.text()).add(a.canonical() == null ? "" : a.canonical());
    }
    if (e.location() != null && e.location().name() != null) {
      j.add(e.location().name());
    }
    if (r.document().title() != null) {
      j.add(r.document().title());
    }
    return j.toString();
  }

  @FunctionalInterface
  private interface Writes {
    void run(IndexWriter writer) throws IOException;
  }

  private void write(Writes writes) {
    try (Directory d = FSDirectory.open(dir); IndexWriter w = openWriter(d)) {
      writes.run(w);
      w.commit();
    } catch (IOException e) {
      throw new StoreException(dir + ": cannot write the text index: " + e.getMessage(), e);
    }
  }

  private IndexWriter openWriter(Directory d) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return new IndexWriter(d, new IndexWriterConfig(analyzer));
      } catch (LockObtainFailedException e) {
        if (attempt == LOCK_ATTEMPTS) {
          throw e;
        }
        pause();
      }
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(LOCK_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the text index's write lock", e);
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
