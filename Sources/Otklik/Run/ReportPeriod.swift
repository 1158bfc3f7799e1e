public import Foundation

/// The span of time a report covers, and the span of the same length before it for comparison.
///
/// Dates are whole days in the exports' local time, which ingest stores as if it were UTC, so all
/// arithmetic here is in UTC. The end is exclusive.
public struct ReportPeriod: Sendable, Hashable, CustomStringConvertible {
  /// The first instant inside the period.
  public var start: Date
  /// The first instant after the period.
  public var end: Date
  /// How the analyst wrote it, or the dates.
  public var description: String

  public init(start: Date, end: Date, description: String) {
    self.start = start
    self.end = end
    self.description = description
  }

  /// Whether a date falls inside the period.
  public func contains(_ date: Date) -> Bool { date >= start && date < end }

  /// The first day, `yyyy-MM-dd`.
  public var firstDay: String { Self.day(start) }
  /// The last day inside the period (the end is exclusive), `yyyy-MM-dd`.
  public var lastDay: String { Self.day(end.addingTimeInterval(-1)) }

  /// The period of the same length that ends where this one starts.
  public var previous: ReportPeriod {
    let length = end.timeIntervalSince(start)
    let start = self.start.addingTimeInterval(-length)
    return ReportPeriod(
      start: start, end: self.start,
      description: "\(Self.day(start))..\(Self.day(self.start.addingTimeInterval(-86_400)))")
  }

  /// Parses `30d` (the last 30 days up to and including today), `8w`, `2026-11` (a month),
  /// `2026` (a year) or `2026-09-01..2026-11-30` (inclusive days).
  ///
  /// - Throws: ``ReportPeriodError`` with the text and the forms accepted.
  public static func parse(_ text: String, now: Date) throws(ReportPeriodError) -> ReportPeriod {
    let text = text.trimmingCharacters(in: .whitespaces)
    let today = calendar.startOfDay(for: now)
    let tomorrow = today.addingTimeInterval(86_400)
    if let unit = text.last, "dw".contains(unit), let count = Int(text.dropLast()), count > 0 {
      let days = unit == "d" ? count : count * 7
      return ReportPeriod(
        start: tomorrow.addingTimeInterval(-86_400 * Double(days)), end: tomorrow,
        description: text)
    }
    if let range = text.range(of: "..") {
      guard let first = day(String(text[..<range.lowerBound])),
        let last = day(String(text[range.upperBound...])), first <= last
      else { throw ReportPeriodError(text: text) }
      return ReportPeriod(start: first, end: last.addingTimeInterval(86_400), description: text)
    }
    let parts = text.split(separator: "-").map { Int($0) }
    if parts.count == 2, let year = parts[0], let month = parts[1], (1...12).contains(month),
      let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
      let end = calendar.date(byAdding: .month, value: 1, to: start)
    {
      return ReportPeriod(start: start, end: end, description: text)
    }
    if parts.count == 1, let year = parts[0], (1900...9999).contains(year),
      let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1)),
      let end = calendar.date(byAdding: .year, value: 1, to: start)
    {
      return ReportPeriod(start: start, end: end, description: text)
    }
    throw ReportPeriodError(text: text)
  }

  private static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  private static func day(_ text: String) -> Date? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
      return nil
    }
    let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == parts[2]
    else { return nil }
    return date
  }

  private static func day(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }
}

/// A `--period` value that is none of the accepted forms.
public struct ReportPeriodError: Error, Sendable, Hashable, CustomStringConvertible {
  public var text: String
  public init(text: String) { self.text = text }
  public var description: String {
    "invalid period '\(text)' (expected 30d, 8w, 2026-11, 2026 or 2026-09-01..2026-11-30)"
  }
}
