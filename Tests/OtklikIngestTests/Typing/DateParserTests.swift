import Foundation
import OtklikIngest
import Testing

@Suite struct DateParserTests {
  /// Seconds since 1970 of 2026-03-14 (wall clock read as UTC).
  static let day = 1_773_446_400.0
  static let evening = day + 18 * 3600 + 5 * 60 + 9

  @Test(arguments: [
    ("2026-03-14", day), ("2026-03-14T18:05:09", evening), ("2026-03-14 18:05:09", evening),
    ("2026-03-14T18:05:09Z", evening), ("2026-03-14T18:05:09.250+03:00", evening),
    ("14.03.2026", day), ("14.03.2026 18:05", evening - 9), ("14.03.2026 18:05:09", evening),
    ("3/14/2026 18:05:09", evening), ("3/14/2026 6:05:09 PM", evening), ("03/14/2026", day),
    ("2026/03/14 18:05:09", evening), ("2026/03/14", day), (" 14.03.2026 ", day),
    ("29.02.2024", 1_709_164_800.0),
  ])
  func readsEveryForm(text: String, expected: Double) throws {
    let date = try #require(DateParser.parse(text))
    #expect(date.timeIntervalSince1970 == expected)
  }

  @Test(arguments: [
    "вчера", "14.03.26", "31.02.2026", "2026-13-01", "14.03.2026 25:00", "2026-03-14T18:05:09 +99",
    "14/03/2026", "", "2026-03-14 abc",
  ])
  func refusesWhatIsNotADate(text: String) {
    #expect(DateParser.parse(text) == nil)
  }
}

@Suite struct DateParserBytesTests {
  @Test(arguments: [
    "2026-03-14", " 2026-03-14T18:05:09+03:00 ", "\u{A0}14.03.2026 18:05\u{A0}",
    "3/14/2026 6:05:09 PM",
    "2026/03/14 18:05:09", "01.02.03", "31.02.2026", "", "\u{FEFF}2026-03-14", "вчера",
  ])
  func bytesGiveTheSameDateAsText(text: String) {
    #expect(DateParser.parse(utf8: ArraySlice(Array(text.utf8))) == DateParser.parse(text))
  }
}
