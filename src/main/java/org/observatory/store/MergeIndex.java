package org.observatory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.observatory.record.DayInterval;
import org.observatory.merge.EventClusterer;
import org.observatory.merge.EventKey;
import org.observatory.merge.EventScorer;
import org.observatory.merge.Member;
import org.observatory.merge.MergedEvent;
import org.observatory.merge.PlaceKey;
import org.observatory.merge.Report;
import org.observatory.record.Event;

/**
 * Keeps {@code merged_events} and {@code merged_members} in step with the stored events, on a connection the
 * caller owns (and whose transaction it manages), so a document and its merges are written together.
 *
 * <p>Incremental update after a document is written: its events are the new reports; stored events of other
 * documents that could be the same event are pre-filtered in SQL (same PLOVER type or ACLED sub-type,
 * overlapping day range, modality class, a box around a located place) and kept when the {@link EventScorer}
 * calls them the same event as a new report; every member of the merged events those matches (and, on
 * replacement, the document's former events) belong to is loaded; that neighbourhood is clustered again with
 * the pure {@link EventClusterer} and its merged events are rewritten. Merged events outside it are untouched.
 */
final class MergeIndex {

  private static final String MEMBER_EVENTS = " FROM events e JOIN merged_members mm"
      + " ON mm.document_id = e.document_id AND mm.event_id = e.id WHERE mm.merged_id = ?";
  private static final String REPORT_COLUMNS = "e.document_id, d.outlet, d.published, e.json";
  private static final String REPORT_JOIN = " FROM events e JOIN documents d ON d.id = e.document_id";

  /** Sets a merged event's day range to the union of its members' ranges (as stored with the events). */
  private static final String DAYS = "UPDATE merged_events SET"
      + " date_earliest = (SELECT min(e.date_earliest)" + MEMBER_EVENTS + "),"
      + " date_latest = (SELECT max(e.date_latest)" + MEMBER_EVENTS + ") WHERE id = ?";

  private static final double KM_PER_DEGREE = 111.0;

  private final Connection db;
  private final EventScorer scorer = new EventScorer();
  private final EventClusterer clusterer = new EventClusterer(scorer);

  MergeIndex(Connection db) {
    this.db = db;
  }

  /** Ids of the merged events the stored events of {@code documentId} belong to. */
  Set<String> mergedIdsOf(String documentId) throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (PreparedStatement st = db.prepareStatement(
        "SELECT DISTINCT merged_id FROM merged_members WHERE document_id = ?")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  /**
   * Re-merges after the events of {@code documentId} were written; {@code formerMergedIds} are the merged events
   * its previous version belonged to (empty for a new document).
   */
  void documentWritten(String documentId, Set<String> formerMergedIds)
      throws SQLException, JsonProcessingException {
    List<Report> fresh = reports("WHERE e.document_id = ?", documentId);
    Map<String, Report> neighbourhood = new LinkedHashMap<>();
    Set<String> touched = new TreeSet<>(formerMergedIds);
    for (Report r : fresh) {
      neighbourhood.put(r.event().id(), r);
      candidates(r, touched, neighbourhood);
    }
    for (String mergedId : touched) {
      for (Report r : reports("JOIN merged_members mm ON mm.document_id = e.document_id AND mm.event_id = e.id"
          + " WHERE mm.merged_id = ?", mergedId)) {
        neighbourhood.putIfAbsent(r.event().id(), r);
      }
    }
    delete(touched);
    insert(clusterer.cluster(neighbourhood.values()));
  }

  /** Empties the merged tables and merges every stored event from scratch. */
  void rebuild() throws SQLException, JsonProcessingException {
    try (Statement st = db.createStatement()) {
      st.executeUpdate("DELETE FROM merged_events");
    }
    insert(clusterer.cluster(reports("")));
  }

  /**
   * Adds to {@code out} stored events of other documents that could merge with {@code r}, noting their merges:
   * the SQL pre-filter of the scorer's hard conditions (type or ACLED sub-type, overlapping days, modality class,
   * and for a located place a box of the widest radius around it).
   */
  private void candidates(Report r, Set<String> touched, Map<String, Report> out)
      throws SQLException, JsonProcessingException {
    EventKey key = EventKey.of(r.documentId(), r.event());
    DayInterval days = key.days();
    if (days == null || !days.bounded() || days.days() > EventScorer.MAX_DATE_DAYS) {
      return;
    }
    List<Object> args = new ArrayList<>(List.of(r.documentId(), String.valueOf(r.event().type()),
        String.valueOf(key.type()), acledSubType(r), days.last().toString(), days.first().toString()));
    StringBuilder sql = new StringBuilder("SELECT " + REPORT_COLUMNS + ", mm.merged_id" + REPORT_JOIN
        + " LEFT JOIN merged_members mm ON mm.document_id = e.document_id AND mm.event_id = e.id"
        + " WHERE e.document_id <> ? AND (e.type IN (?, ?) OR e.acled_sub_type = ?)"
        + " AND e.date_earliest <= ? AND e.date_latest >= ?");
    if (EventKey.FACTUAL.equals(key.modalityClass())) {
      sql.append(" AND (e.modality IS NULL OR lower(trim(e.modality)) IN ('', 'asserted', 'reported'))");
    } else {
      sql.append(" AND lower(trim(e.modality)) = ?");
      args.add(key.modalityClass());
    }
    if (key.place() != null && key.place().located()) {
      double dLat = PlaceKey.ADMIN1_RADIUS_KM / KM_PER_DEGREE;
      double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(key.place().lat())));
      sql.append(" AND (e.lat IS NULL OR e.lon IS NULL OR (e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?))");
      args.addAll(List.of(key.place().lat() - dLat, key.place().lat() + dLat, key.place().lon() - dLon,
          key.place().lon() + dLon));
    }
    try (PreparedStatement st = db.prepareStatement(sql.toString())) {
      RecordRows.bind(st, args.toArray());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Report c = report(rs);
          if (scorer.score(key, EventKey.of(c.documentId(), c.event())).sameEvent()) {
            out.putIfAbsent(c.event().id(), c);
            Optional.ofNullable(rs.getString(5)).ifPresent(touched::add);
          }
        }
      }
    }
  }

  /** The ACLED sub-type as stored, or a value no row has (SQL {@code = NULL} would be unknown, not false). */
  private static String acledSubType(Report r) {
    return r.event().acled() == null || r.event().acled().subEventType() == null ? "\u0000"
        : r.event().acled().subEventType();
  }

  private List<Report> reports(String where, Object... args) throws SQLException, JsonProcessingException {
    List<Report> out = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement("SELECT " + REPORT_COLUMNS + REPORT_JOIN + " " + where)) {
      RecordRows.bind(st, args);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(report(rs));
        }
      }
    }
    return out;
  }

  private static Report report(ResultSet rs) throws SQLException, JsonProcessingException {
    return new Report(rs.getString(1), rs.getString(2), rs.getString(3), RecordJson.read(rs.getString(4),
        Event.class));
  }

  private void delete(Collection<String> mergedIds) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("DELETE FROM merged_events WHERE id = ?")) {
      for (String id : mergedIds) {
        st.setString(1, id);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void insert(List<MergedEvent> merged) throws SQLException, JsonProcessingException {
    try (PreparedStatement row = db.prepareStatement(
        "INSERT INTO merged_events (id, type, reports, json) VALUES (?,?,?,?)");
        PreparedStatement member = db.prepareStatement(
            "INSERT INTO merged_members (merged_id, document_id, event_id) VALUES (?,?,?)");
        PreparedStatement days = db.prepareStatement(DAYS)) {
      for (MergedEvent m : merged) {
        RecordRows.bind(row, m.id(), m.type(), m.reports(), RecordJson.write(m));
        row.executeUpdate();
        for (Member x : m.members()) {
          RecordRows.bind(member, m.id(), x.documentId(), x.eventId());
          member.executeUpdate();
        }
        RecordRows.bind(days, m.id(), m.id(), m.id());
        days.executeUpdate();
      }
    }
  }
}
