import Foundation
import Otklik
import Testing

@Suite struct ReportPeriodTests {
  /// 2026-11-30 15:00 UTC.
  let now = Date(timeIntervalSince1970: 1_796_050_800)

  func day(_ text: String) -> Date {
    let parts = text.split(separator: "-").map { Int($0)! }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
  }

  @Test(arguments: [
    ("30d", "2026-11-01", "2026-12-01"),
    ("1w", "2026-11-24", "2026-12-01"),
    ("2026-11", "2026-11-01", "2026-12-01"),
    ("2026-02", "2026-02-01", "2026-03-01"),
    ("2026", "2026-01-01", "2027-01-01"),
    ("2026-09-01..2026-11-30", "2026-09-01", "2026-12-01"),
  ])
  func parsesEveryForm(text: String, start: String, end: String) throws {
    let period = try ReportPeriod.parse(text, now: now)
    #expect(period.start == day(start))
    #expect(period.end == day(end))
  }

  @Test func thePreviousPeriodHasTheSameLengthAndEndsAtTheStart() throws {
    let period = try ReportPeriod.parse("2026-10-01..2026-10-31", now: now)
    let previous = period.previous
    #expect(previous.end == period.start)
    #expect(previous.start == day("2026-08-31"))
    #expect(previous.description == "2026-08-31..2026-09-30")
    #expect(period.contains(day("2026-10-31").addingTimeInterval(3_600)))
    #expect(!period.contains(day("2026-11-01")))
  }

  @Test(arguments: [
    "", "month", "0d", "2026-13", "2026-02-30..2026-03-01", "2026-11-30..2026-11-01",
  ])
  func rejectsOtherText(text: String) {
    #expect(throws: ReportPeriodError(text: text)) { try ReportPeriod.parse(text, now: now) }
  }
}
