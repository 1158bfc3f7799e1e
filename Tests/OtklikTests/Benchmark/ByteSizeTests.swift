import Otklik
import Testing

@Suite struct ByteSizeTests {
  @Test(arguments: [
    ("50MB", 50_000_000), ("500mb", 500_000_000), ("2GB", 2_000_000_000), ("64KB", 64_000),
    ("1.5 GB", 1_500_000_000),
    ("900", 900), ("900B", 900),
  ])
  func parsesDecimalSizes(text: String, bytes: Int) {
    #expect(ByteSize.parse(text) == bytes)
  }

  @Test(arguments: ["", "MB", "-5MB", "0", "fifty", "5TB"])
  func refusesWhatIsNotAPositiveSize(text: String) {
    #expect(ByteSize.parse(text) == nil)
  }

  @Test func describesSizesShortly() {
    #expect(ByteSize.describe(50_000_000) == "50MB")
    #expect(ByteSize.describe(1_500_000_000) == "1.5GB")
    #expect(ByteSize.describe(64_000) == "64KB")
    #expect(ByteSize.describe(900) == "900B")
  }
}
