import OtklikIngest
import Testing

@Suite struct RatingParserTests {
  @Test(arguments: [
    ("5", 5.0), ("5,0", 5.0), ("4.5", 4.5), (" 3 ", 3.0), ("★★★★☆", 4.0), ("★★★★★", 5.0),
    ("★☆☆☆☆", 1.0), ("4/5", 4.0), ("8/10", 4.0), ("1", 1.0),
  ])
  func readsEveryForm(text: String, expected: Double) throws {
    #expect(try RatingParser.parse(text).get() == expected)
  }

  @Test func emptyIsNoRating() throws {
    #expect(try RatingParser.parse("  ").get() == nil)
  }

  @Test(arguments: [
    ("7", "rating out of range 1–5: 7"), ("0", "rating out of range 1–5: 0"),
    ("5,5", "rating out of range 1–5: 5,5"), ("☆☆☆☆☆", "rating out of range 1–5: ☆☆☆☆☆"),
    ("отлично", "rating not a number: 'отлично'"), ("nan", "rating not a number: 'nan'"),
    ("4/0", "rating not a number: '4/0'"),
  ])
  func rejectsWithReason(text: String, reason: String) {
    guard case .failure(let failure) = RatingParser.parse(text) else {
      Issue.record("\(text) should not parse")
      return
    }
    #expect(failure.reason == reason)
  }
}

@Suite struct RatingParserBytesTests {
  /// Every form, with spaces and no-break spaces around, read from bytes as from text.
  @Test(arguments: [
    "5", "5,0", "4.5", " 3 ", "\u{A0}4,25\u{202F}", "★★★★☆", " ★ ★☆ ", "★★★★★", "4/5", "8/10", "1",
    "3.3", "2,75", "4,", ",5", "+4", "05", "7", "0", "5,5", "☆☆☆☆☆", "★x", "отлично", "nan", "4/0",
    "", "  ", "\u{FEFF}", "1.005", "−3",
  ])
  func bytesGiveTheSameResultAsText(text: String) {
    #expect(RatingParser.parse(utf8: ArraySlice(Array(text.utf8))) == RatingParser.parse(text))
  }
}
