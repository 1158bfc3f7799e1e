public import Foundation
import GRDB

/// The embedded SQLite store of past runs: which records each run saw, so re-runs count nothing
/// twice, and the facts that trends over time are computed from.
///
/// A run's writes form one transaction, opened by ``begin(run:startedAt:)`` and committed by
/// ``commit(_:)`` after the report folder is in place: a run killed at any moment leaves the store as
/// the previous run left it (SQLite rolls the open transaction back), and the next run counts the
/// same records as new again, exactly as a clean run would.
///
/// Not thread-safe: one run's consumer thread owns it.
public final class HistoryStore: @unchecked Sendable {
  /// The database file.
  public let path: String
  private let queue: DatabaseQueue
  private var runID: String?

  /// How a record relates to what the store already holds.
  public enum Novelty: String, Sendable, Hashable {
    /// Never seen before.
    case new
    /// Seen in an earlier run, unchanged.
    case seen
    /// Seen in an earlier run with different content (an edited review): stored anew.
    case updated
    /// Already read in this run (overlapping exports): not to be counted again.
    case duplicate
  }

  /// Opens (creating if needed) and migrates the store.
  public init(path: String) throws(HistoryError) {
    self.path = path
    do {
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      var configuration = Configuration()
      configuration.busyMode = .timeout(10)
      // One transaction spans the whole run (see the type's documentation).
      configuration.allowsUnsafeTransactions = true
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try Self.migrator.migrate(queue)
    } catch {
      throw HistoryError(path: path, message: Self.describe(error))
    }
  }

  /// Starts a run: opens its transaction and records the run as running.
  public func begin(run: String, startedAt: Date) throws(HistoryError) {
    try perform { db in
      try db.beginTransaction(.immediate)
      try db.execute(
        sql: "INSERT OR REPLACE INTO runs (id, started_at, status) VALUES (?, ?, 'running')",
        arguments: [run, startedAt.timeIntervalSince1970])
    }
    runID = run
  }

  /// Classifies a record against the store and records it for this run.
  public func classify(_ facts: RecordFacts) throws(HistoryError) -> Novelty {
    guard let runID else { throw HistoryError(path: path, message: "no run has begun") }
    return try perform { db in
      let existing = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT content_hash, last_run FROM records WHERE identity = ?"),
        arguments: [facts.identity])
      let novelty: Novelty
      if let existing {
        let hash: String = existing["content_hash"]
        let lastRun: String = existing["last_run"]
        if lastRun == runID {
          return .duplicate
        }
        novelty = hash == facts.contentHash ? .seen : .updated
      } else {
        novelty = .new
      }
      try db.cachedStatement(
        sql: """
          INSERT INTO records
            (identity, content_hash, source, company, date, rating, label, first_run, last_run)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(identity) DO UPDATE SET
            content_hash = excluded.content_hash, source = excluded.source,
            company = excluded.company, date = excluded.date, rating = excluded.rating,
            label = excluded.label, last_run = excluded.last_run
          """
      ).execute(arguments: [
        facts.identity, facts.contentHash, facts.source, facts.company,
        facts.date?.timeIntervalSince1970, facts.rating, facts.label, runID, runID,
      ])
      if novelty != .seen {
        try db.cachedStatement(sql: "DELETE FROM record_tags WHERE identity = ?")
          .execute(arguments: [facts.identity])
        let insert = try db.cachedStatement(
          sql: "INSERT INTO record_tags (identity, tag_id, label) VALUES (?, ?, ?)")
        for tag in facts.tags {
          try insert.execute(arguments: [facts.identity, tag.tagID, tag.label])
        }
      }
      return novelty
    }
  }

  /// Records one input file of this run.
  public func addFile(
    source: String, path file: String, size: Int, contentHash: String, records: Int
  )
    throws(HistoryError)
  {
    guard let runID else { throw HistoryError(path: path, message: "no run has begun") }
    try perform { db in
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO files (run_id, source, path, size, content_hash, records)
          VALUES (?, ?, ?, ?, ?, ?)
          """, arguments: [runID, source, file, size, contentHash, records])
    }
  }

  /// Finishes the run: stores its counts and commits everything it wrote.
  public func commit(_ counts: HistoryCounts, finishedAt: Date) throws(HistoryError) {
    guard let runID else { throw HistoryError(path: path, message: "no run has begun") }
    try perform { db in
      try db.execute(
        sql: """
          UPDATE runs SET status = 'done', finished_at = ?, new = ?, seen = ?, updated = ?,
            duplicates = ? WHERE id = ?
          """,
        arguments: [
          finishedAt.timeIntervalSince1970, counts.new, counts.seen, counts.updated,
          counts.duplicates, runID,
        ])
      try db.commit()
    }
    self.runID = nil
  }

  /// Abandons the run: nothing it wrote is kept.
  public func rollback() {
    try? queue.writeWithoutTransaction { db in
      if db.isInsideTransaction { try db.rollback() }
    }
    runID = nil
  }

  /// The runs the store holds, newest first.
  public func runs() throws(HistoryError) -> [HistoryRun] {
    try perform { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM runs WHERE status = 'done' ORDER BY started_at DESC, id DESC"
      ).map { row in
        HistoryRun(
          id: row["id"], startedAt: Date(timeIntervalSince1970: row["started_at"]),
          counts: HistoryCounts(
            new: row["new"], seen: row["seen"], updated: row["updated"],
            duplicates: row["duplicates"]))
      }
    }
  }

  /// Runs a block on the database, turning GRDB errors into ``HistoryError``.
  func perform<T>(_ block: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.writeWithoutTransaction(block)
    } catch let error as HistoryError {
      throw error
    } catch {
      throw HistoryError(path: path, message: Self.describe(error))
    }
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      return (error.message ?? "sqlite error \(error.resultCode.rawValue)").lowercased()
    }
    return "\(error)"
  }
}

/// How many of a run's records were new, seen before, updated, or read twice in the run.
public struct HistoryCounts: Sendable, Hashable {
  public var new = 0
  public var seen = 0
  public var updated = 0
  public var duplicates = 0

  public init(new: Int = 0, seen: Int = 0, updated: Int = 0, duplicates: Int = 0) {
    self.new = new
    self.seen = seen
    self.updated = updated
    self.duplicates = duplicates
  }

  /// Counts one classified record.
  public mutating func add(_ novelty: HistoryStore.Novelty) {
    switch novelty {
    case .new: new += 1
    case .seen: seen += 1
    case .updated: updated += 1
    case .duplicate: duplicates += 1
    }
  }
}

/// A finished run as the store remembers it.
public struct HistoryRun: Sendable, Hashable {
  public var id: String
  public var startedAt: Date
  public var counts: HistoryCounts
}
