package org.observatory.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL for an {@link EventQuery}: a date window by overlap of day ranges, substring filters on lower-cased
 * search columns (lower-cased in Java, so non-ASCII names match case-insensitively), whole-value type match.
 *
 * @param sql the statement selecting {@code document_id, json}
 * @param args its parameters in order
 */
record EventSql(String sql, List<Object> args) {

  private static final String DATED = "(e.date_earliest IS NOT NULL OR e.date_latest IS NOT NULL)";

  static EventSql of(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT e.document_id, e.json FROM events e WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
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
    if (q.type() != null) {
      sql.append(" AND (lower(e.type) = ? OR lower(e.acled_type) = ? OR lower(e.acled_sub_type) = ?)");
      String t = lower(q.type());
      args.add(t);
      args.add(t);
      args.add(t);
    }
    sql.append(" ORDER BY e.date_earliest IS NULL, e.date_earliest, e.date_latest, e.document_id, e.ordinal");
    if (q.limit() != null) {
      sql.append(" LIMIT ?");
      args.add(q.limit());
    }
    return new EventSql(sql.toString(), List.copyOf(args));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
