import Foundation
import GRDB

extension HistoryStore {
  /// Volume, negative texts and ratings per company and per tag within a period, from every record
  /// the store holds (earlier exports included), so trends survive exports that drop old reviews.
  ///
  /// Inside a run the query sees the run's own uncommitted records.
  public func stats(in period: ReportPeriod) throws(HistoryError) -> PeriodStats {
    let range: [any DatabaseValueConvertible] = [
      period.start.timeIntervalSince1970, period.end.timeIntervalSince1970,
    ]
    return try perform { db in
      var stats = PeriodStats()
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT company, COUNT(*) AS n, SUM(label = 'neg') AS negative,
            SUM(rating) AS rating_sum, SUM(rating * rating) AS rating_squares,
            COUNT(rating) AS rating_count
          FROM records WHERE company IS NOT NULL AND date >= ? AND date < ?
          GROUP BY company
          """, arguments: StatementArguments(range))
      {
        stats.companies[row["company"]] = Self.volume(row)
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT r.company AS company, t.tag_id AS tag, COUNT(*) AS n,
            SUM(t.label = 'neg') AS negative, SUM(r.rating) AS rating_sum,
            SUM(r.rating * r.rating) AS rating_squares, COUNT(r.rating) AS rating_count
          FROM record_tags t JOIN records r ON r.identity = t.identity
          WHERE r.date >= ? AND r.date < ?
          GROUP BY r.company, t.tag_id
          """, arguments: StatementArguments(range))
      {
        let key = PeriodStats.TagKey(company: row["company"], tag: row["tag"])
        stats.tags[key] = Self.volume(row)
      }
      return stats
    }
  }

  private static func volume(_ row: Row) -> PeriodStats.Volume {
    PeriodStats.Volume(
      records: row["n"], negative: row["negative"] ?? 0, ratingSum: row["rating_sum"] ?? 0,
      ratingCount: row["rating_count"] ?? 0, ratingSquareSum: row["rating_squares"] ?? 0)
  }
}

/// What the history holds for one period: volumes per company and per (company, tag).
public struct PeriodStats: Sendable, Hashable {
  /// Per company (reviews only).
  public var companies: [String: Volume] = [:]
  /// Per tag, within a company for reviews (`company` nil for survey answers).
  public var tags: [TagKey: Volume] = [:]

  public init() {}

  /// A tag within a company.
  public struct TagKey: Sendable, Hashable, Comparable {
    public var company: String?
    public var tag: String
    public init(company: String?, tag: String) {
      self.company = company
      self.tag = tag
    }
    public static func < (a: TagKey, b: TagKey) -> Bool {
      (a.company ?? "", a.tag) < (b.company ?? "", b.tag)
    }
  }

  /// Counts for one company or tag in one period.
  public struct Volume: Sendable, Hashable {
    /// Records (or tag mentions).
    public var records: Int
    /// Of which in a negative text (or clause, for tags).
    public var negative: Int
    /// The sum of ratings, for the mean.
    public var ratingSum: Double
    /// How many records had a rating.
    public var ratingCount: Int
    /// The sum of squared ratings, for the variance (Welch's t on mean ratings).
    public var ratingSquareSum: Double

    public init(
      records: Int, negative: Int, ratingSum: Double, ratingCount: Int, ratingSquareSum: Double = 0
    ) {
      self.records = records
      self.negative = negative
      self.ratingSum = ratingSum
      self.ratingCount = ratingCount
      self.ratingSquareSum = ratingSquareSum
    }

    /// The share of negative records, or `nil` with none.
    public var negativeShare: Double? { records > 0 ? Double(negative) / Double(records) : nil }
    /// The mean rating, or `nil` with no rating.
    public var meanRating: Double? { ratingCount > 0 ? ratingSum / Double(ratingCount) : nil }
  }
}
