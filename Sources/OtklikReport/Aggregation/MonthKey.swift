public import Foundation

/// A calendar month (`2026-11`), the bucket of every monthly trend.
///
/// Computed from the date's UTC fields by civil-date arithmetic, because ingest stores local wall-clock
/// time as if it were UTC; no `Calendar` or time zone is consulted, so buckets never shift by machine.
public struct MonthKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1–12.
  public var month: Int

  /// Creates a month.
  public init(year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// The month that holds `date`.
  public init(_ date: Date) {
    let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month)
  }

  /// `yyyy-MM`.
  public var description: String {
    let month = self.month < 10 ? "0\(self.month)" : "\(self.month)"
    return "\(year)-\(month)"
  }

  /// Earlier months first.
  public static func < (lhs: MonthKey, rhs: MonthKey) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }
}
