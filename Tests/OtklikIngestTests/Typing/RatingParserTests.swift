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
