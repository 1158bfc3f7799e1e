import Testing

@testable import OtklikIngest

@Suite struct UTF8ValidationTests {
  @Test(
    arguments: [
      ("привет, мир", nil), ("при\u{0}вет", nil), ("ab", nil),
    ] as [(String, Int?)])
  func validTextHasNoInvalidOffset(text: String, expected: Int?) {
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == expected)
  }

  /// The two-byte fast path stops at the first bad byte, wherever it is.
  @Test(
    arguments: [
      ([0xD0, 0xBF, 0xD1, 0x80, 0xFF], 4), ([0xD0, 0xBF, 0x20, 0xD0, 0x41], 3),
      ([0xD0, 0xBF, 0xC0, 0x80], 2), ([0xD0, 0xBF, 0x20, 0x80], 3), ([0xD0, 0xBF, 0xD0], 2),
      ([0xC1, 0xBF], 0), ([0xD0, 0xBF, 0xE0, 0x80, 0x80], 2),
    ] as [([UInt8], Int)])
  func invalidBytesAreFound(bytes: [UInt8], offset: Int) {
    #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == offset)
  }

  @Test func aTruncatedTwoByteEndIsAllowedWhenAsked() {
    let bytes: [UInt8] = [0xD0, 0xBF, 0xD1, 0x80, 0xD0]
    #expect(
      bytes.withUnsafeBufferPointer {
        UTF8Validation.firstInvalidOffset(in: $0, allowsTruncatedEnd: true)
      } == nil)
  }
}
