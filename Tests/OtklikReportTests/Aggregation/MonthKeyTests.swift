import Foundation
import OtklikReport
import Testing

@Suite struct MonthKeyTests {
  @Test(arguments: [
    ("2026-01-01", "2026-01"), ("2026-02-28", "2026-02"), ("2024-02-29", "2024-02"),
    ("2026-12-31", "2026-12"), ("1969-12-31", "1969-12"), ("2000-03-01", "2000-03"),
  ])
  func bucketsByUTCMonth(day: String, month: String) {
    #expect(MonthKey(Fixtures.day(day)).description == month)
  }

  @Test func lastSecondOfAMonthStaysInIt() {
    let date = Fixtures.day("2026-12-01").addingTimeInterval(-1)
    #expect(MonthKey(date).description == "2026-11")
  }
}
