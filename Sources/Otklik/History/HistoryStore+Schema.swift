import GRDB

extension HistoryStore {
  /// The store's schema, one migration per version; GRDB records which have run.
  ///
  /// v1: runs, the files each read, every record's identity and facts, and its tags.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            started_at REAL NOT NULL,
            finished_at REAL,
            status TEXT NOT NULL,
            new INTEGER NOT NULL DEFAULT 0,
            seen INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0
          );
          CREATE TABLE files (
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            records INTEGER NOT NULL,
            PRIMARY KEY (run_id, path)
          );
          CREATE TABLE records (
            identity TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            company TEXT,
            date REAL,
            rating REAL,
            label TEXT,
            first_run TEXT NOT NULL,
            last_run TEXT NOT NULL
          );
          CREATE INDEX records_by_company_date ON records(company, date);
          CREATE TABLE record_tags (
            identity TEXT NOT NULL REFERENCES records(identity) ON DELETE CASCADE,
            tag_id TEXT NOT NULL,
            label TEXT NOT NULL
          );
          CREATE INDEX record_tags_by_identity ON record_tags(identity);
          CREATE INDEX record_tags_by_tag ON record_tags(tag_id);
          """)
    }
    return migrator
  }
}
