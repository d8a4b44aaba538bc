package org.observatory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.observatory.record.Agreement;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.DocumentInfo;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.Quote;
import org.observatory.record.SourceLink;

/** Writes one record's rows on a connection the caller owns (and whose transaction it manages). */
final class RecordRows {

  private final Connection db;

  RecordRows(Connection db) {
    this.db = db;
  }

  void insert(AnalysisRecord record) throws SQLException, JsonProcessingException {
    DocumentInfo d = record.document();
    insertDocument(record, d);
    for (int i = 0; i < record.events().size(); i++) {
      insertEvent(d.id(), i, record.events().get(i));
    }
    for (int i = 0; i < record.places().size(); i++) {
      insertPlace(d.id(), i, record.places().get(i));
    }
    for (int i = 0; i < record.quotes().size(); i++) {
      insertQuote(d.id(), i, record.quotes().get(i));
    }
    for (int i = 0; i < record.agreements().size(); i++) {
      insertAgreement(d.id(), i, record.agreements().get(i));
    }
  }

  private void insertDocument(AnalysisRecord r, DocumentInfo d) throws SQLException, JsonProcessingException {
    String published = d.published() == null ? null : d.published().value();
    String source = d.published() == null ? null : d.published().source();
    exec("INSERT INTO documents (id, external_id, title, outlet, url, published, published_source, origin, text,"
        + " record_json, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        d.id(), r.id(), d.title(), d.outlet(), d.url(), published, source, d.origin(), d.text(),
        RecordJson.write(r), Instant.now().toString());
  }

  private void insertEvent(String docId, int ordinal, Event e) throws SQLException, JsonProcessingException {
    DayRange days = DayRange.of(e.date()).orElse(new DayRange(null, null));
    DateValue date = e.date();
    Place p = e.location();
    exec("INSERT INTO events (document_id, id, ordinal, type, mode, acled_type, acled_sub_type, date_value,"
        + " date_precision, date_earliest, date_latest, modality, place_name, lat, lon, country, admin1,"
        + " place_precision, place_search, evidence_start, evidence_end, json)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        docId, e.id(), ordinal, e.type(), e.mode(),
        e.acled() == null ? null : e.acled().eventType(), e.acled() == null ? null : e.acled().subEventType(),
        date == null ? null : date.value(), date == null ? null : date.precision(), days.earliest(),
        days.latest(), e.modality(), p == null ? null : p.name(), p == null ? null : p.lat(),
        p == null ? null : p.lon(), p == null ? null : p.country(), p == null ? null : p.admin1(),
        p == null ? null : p.precision(), p == null ? null : search(p.name(), p.admin1(), p.text()),
        e.evidence() == null ? null : e.evidence().start(), e.evidence() == null ? null : e.evidence().end(),
        RecordJson.write(e));
    List<EventActor> actors = e.actors();
    for (int i = 0; i < actors.size(); i++) {
      EventActor a = actors.get(i);
      exec("INSERT INTO event_actors (document_id, event_id, position, role, text, canonical, country, sector,"
          + " search) VALUES (?,?,?,?,?,?,?,?,?)", docId, e.id(), i, a.role(), a.text(), a.canonical(),
          a.country(), a.sector(), search(a.canonical(), a.text()));
    }
    List<SourceLink> links = e.attribution();
    for (int i = 0; i < links.size(); i++) {
      exec("INSERT INTO event_sources (document_id, event_id, position, name, role) VALUES (?,?,?,?,?)",
          docId, e.id(), i, links.get(i).name(), links.get(i).role());
    }
  }

  private void insertPlace(String docId, int position, Place p) throws SQLException {
    exec("INSERT INTO places (document_id, position, text, start_offset, end_offset, name, geonames_id, lat, lon,"
        + " country, admin1, feature_code, precision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        docId, position, p.text(), p.start(), p.end(), p.name(), p.geonamesId(), p.lat(), p.lon(), p.country(),
        p.admin1(), p.featureCode(), p.precision());
  }

  private void insertQuote(String docId, int position, Quote q) throws SQLException {
    exec("INSERT INTO quotes (document_id, position, text, start_offset, end_offset, speaker, speaker_canonical,"
        + " said) VALUES (?,?,?,?,?,?,?,?)", docId, position, q.text(), q.start(), q.end(), q.speaker(),
        q.speakerCanonical(), q.said() == null ? null : q.said().value());
  }

  private void insertAgreement(String docId, int position, Agreement a)
      throws SQLException, JsonProcessingException {
    exec("INSERT INTO agreements (document_id, position, name, kind, signed, expires, json)"
        + " VALUES (?,?,?,?,?,?,?)", docId, position, a.name(), a.kind(),
        a.signed() == null ? null : a.signed().value(), a.expires() == null ? null : a.expires().value(),
        RecordJson.write(a));
  }

  /** Lower-cased, newline-joined non-null values: what substring filters search. */
  static String search(String... values) {
    return Stream.of(values).filter(Objects::nonNull).map(v -> v.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  private void exec(String sql, Object... args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      bind(st, args);
      st.executeUpdate();
    }
  }

  static void bind(PreparedStatement st, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        st.setNull(i + 1, Types.NULL);
      } else {
        st.setObject(i + 1, args[i]);
      }
    }
  }
}
