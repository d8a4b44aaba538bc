package org.observatory.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL for an {@link EventQuery}: a date window by overlap of day ranges, substring filters on lower-cased
 * search columns (lower-cased in Java, so non-ASCII names match case-insensitively), whole-value type match.
 *
 * @param sql the statement (events: selecting {@code document_id, json}; merged events: {@code json})
 * @param args its parameters in order
 */
record EventSql(String sql, List<Object> args) {

  private static final String DATED = "(e.date_earliest IS NOT NULL OR e.date_latest IS NOT NULL)";

  static EventSql of(EventQuery q) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT e.document_id, e.json FROM events e WHERE ")
        .append(conditions(q, args))
        .append(" ORDER BY e.date_earliest IS NULL, e.date_earliest, e.date_latest, e.document_id, e.ordinal");
    limit(q, sql, args);
    return new EventSql(sql.toString(), List.copyOf(args));
  }

  /**
   * The merged events ({@code merged_events m}) with at least one member event meeting every criterion of
   * {@code q}, ordered by the union of their members' day ranges (undated last), then id; selects {@code m.json}.
   */
  static EventSql merged(EventQuery q) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT m.json FROM merged_events m WHERE EXISTS (SELECT 1 FROM"
        + " merged_members mm JOIN events e ON e.document_id = mm.document_id AND e.id = mm.event_id"
        + " WHERE mm.merged_id = m.id AND ")
        .append(conditions(q, args))
        .append(") ORDER BY m.date_earliest IS NULL, m.date_earliest, m.date_latest, m.id");
    limit(q, sql, args);
    return new EventSql(sql.toString(), List.copyOf(args));
  }

  /** The criteria of {@code q} on events aliased {@code e}, appending their parameters to {@code args}. */
  private static String conditions(EventQuery q, List<Object> args) {
    StringBuilder sql = new StringBuilder("1 = 1");
    if (q.since() != null) {
      sql.append(" AND ").append(DATED).append(" AND coalesce(e.date_latest, '9999-12-31') >= ?");
      args.add(q.since().toString());
    }
    if (q.until() != null) {
      sql.append(" AND ").append(DATED).append(" AND coalesce(e.date_earliest, '0000-01-01') <= ?");
      args.add(q.until().toString());
    }
    if (q.place() != null) {
      sql.append(" AND instr(e.place_search, ?) > 0");
      args.add(lower(q.place()));
    }
    if (q.actor() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM event_actors a WHERE a.document_id = e.document_id"
          + " AND a.event_id = e.id AND instr(a.search, ?) > 0)");
      args.add(lower(q.actor()));
    }
    if (q.text() != null) {
      sql.append(" AND (e.document_id || char(0) || e.id) IN (SELECT key FROM temp.text_hits)");
    }
    if (q.type() != null) {
      sql.append(" AND (lower(e.type) = ? OR lower(e.acled_type) = ? OR lower(e.acled_sub_type) = ?)");
      String t = lower(q.type());
      args.add(t);
      args.add(t);
      args.add(t);
    }
    return sql.toString();
  }

  private static void limit(EventQuery q, StringBuilder sql, List<Object> args) {
    if (q.limit() != null) {
      sql.append(" LIMIT ?");
      args.add(q.limit());
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
