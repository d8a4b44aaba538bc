package org.observatory.store;

import java.util.List;

/**
 * The store's tables, versioned with {@code PRAGMA user_version}. Events are keyed by (document id, event id);
 * their actors and attribution links by (document id, event id, position). Deleting a document cascades.
 *
 * <p>Version 2 adds the cross-document merged events: {@code merged_events} (one row per merged event, its id the
 * smallest member event id, with the union of its members' day ranges and the {@code MergedEvent} as JSON) and
 * {@code merged_members} (which merged event each stored event belongs to; every stored event belongs to exactly
 * one). A version-1 store is migrated by creating these tables and filling them from the stored events.
 */
final class Schema {

  /** The version this code writes and reads: 2 added the merged-event tables ({@link #MERGED}). */
  static final int VERSION = 2;

  static final List<String> CREATE = List.of(
      """
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        external_id TEXT,
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        published_source TEXT,
        origin TEXT,
        text TEXT NOT NULL,
        record_json TEXT NOT NULL,
        stored_at TEXT NOT NULL)""",
      """
      CREATE TABLE events (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        type TEXT,
        mode TEXT,
        acled_type TEXT,
        acled_sub_type TEXT,
        date_value TEXT,
        date_precision TEXT,
        date_earliest TEXT,
        date_latest TEXT,
        modality TEXT,
        place_name TEXT,
        lat REAL,
        lon REAL,
        country TEXT,
        admin1 TEXT,
        place_precision TEXT,
        place_search TEXT,
        evidence_start INTEGER,
        evidence_end INTEGER,
        json TEXT NOT NULL,
        PRIMARY KEY (document_id, id))""",
      """
      CREATE TABLE event_actors (
        document_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        role TEXT,
        text TEXT,
        canonical TEXT,
        country TEXT,
        sector TEXT,
        search TEXT,
        PRIMARY KEY (document_id, event_id, position),
        FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, id) ON DELETE CASCADE)""",
      """
      CREATE TABLE event_sources (
        document_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT,
        role TEXT,
        PRIMARY KEY (document_id, event_id, position),
        FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, id) ON DELETE CASCADE)""",
      """
      CREATE TABLE places (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT,
        start_offset INTEGER,
        end_offset INTEGER,
        name TEXT,
        geonames_id INTEGER,
        lat REAL,
        lon REAL,
        country TEXT,
        admin1 TEXT,
        feature_code TEXT,
        precision TEXT,
        PRIMARY KEY (document_id, position))""",
      """
      CREATE TABLE quotes (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT,
        start_offset INTEGER,
        end_offset INTEGER,
        speaker TEXT,
        speaker_canonical TEXT,
        said TEXT,
        PRIMARY KEY (document_id, position))""",
      """
      CREATE TABLE agreements (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT,
        kind TEXT,
        signed TEXT,
        expires TEXT,
        json TEXT NOT NULL,
        PRIMARY KEY (document_id, position))""",
      "CREATE INDEX events_dates ON events(date_earliest, date_latest)",
      "CREATE INDEX events_type ON events(type)",
      "CREATE INDEX places_name ON places(name)");

  /** The tables version 2 added; created by a new store and by the migration from version 1. */
  static final List<String> MERGED = List.of(
      """
      CREATE TABLE IF NOT EXISTS merged_events (
        id TEXT PRIMARY KEY,
        type TEXT,
        date_earliest TEXT,
        date_latest TEXT,
        reports INTEGER NOT NULL,
        json TEXT NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS merged_members (
        merged_id TEXT NOT NULL REFERENCES merged_events(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (document_id, event_id),
        FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, id) ON DELETE CASCADE)""",
      "CREATE INDEX IF NOT EXISTS merged_members_merged ON merged_members(merged_id)",
      "CREATE INDEX IF NOT EXISTS merged_events_dates ON merged_events(date_earliest, date_latest)",
      "CREATE INDEX IF NOT EXISTS events_type_days ON events(type, date_earliest)",
      "CREATE INDEX IF NOT EXISTS events_acled_sub_type_days ON events(acled_sub_type, date_earliest)");

  private Schema() {}
}
