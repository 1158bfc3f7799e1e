import Testing

@testable import OtklikReport

@Suite struct CSVRowEncoderSpecialTests {
  /// The word-at-a-time scan finds a special byte at every position, and none where there is none.
  @Test func findsEverySpecialByteAtEveryOffset() {
    for special in [UInt8(ascii: ";"), UInt8(ascii: "\""), 0x0A, 0x0D] {
      for length in 1...20 {
        for position in 0..<length {
          var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
          bytes[position] = special
          let found = bytes.withUnsafeBufferPointer {
            CSVRowEncoder.containsSpecial($0, delimiter: UInt8(ascii: ";"))
          }
          #expect(found, "byte \(special) at \(position) of \(length)")
        }
      }
    }
    let plain = Array("Очень вкусно, спасибо! 5/5".utf8)
    #expect(!plain.withUnsafeBufferPointer { CSVRowEncoder.containsSpecial($0, delimiter: 0x3B) })
    #expect(plain.withUnsafeBufferPointer { CSVRowEncoder.containsSpecial($0, delimiter: 0x2C) })
  }
}
