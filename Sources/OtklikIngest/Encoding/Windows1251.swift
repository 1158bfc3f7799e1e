/// Windows-1251 → UTF-8 transcoding, table-driven, one chunk at a time.
///
/// Windows-1251 is a single-byte encoding, so a chunk boundary can never split a character and each
/// chunk is transcoded on its own. Bytes below 0x80 are ASCII and copied as is; every other byte is
/// looked up in a 128-entry table of pre-encoded UTF-8 sequences (2 or 3 bytes). The one unassigned
/// byte, 0x98, becomes 0xFF, a byte that is never valid UTF-8, so the record holding it is rejected as
/// "invalid bytes" downstream instead of being silently replaced.
enum Windows1251 {
  /// Appends the UTF-8 form of `input` to `output`.
  static func transcode(_ input: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) {
    output.reserveCapacity(output.count + input.count * 2)
    for byte in input {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let entry = table[Int(byte &- 0x80)]
      let length = Int(entry >> 24)
      output.append(UInt8(truncatingIfNeeded: entry >> 16))
      if length > 1 { output.append(UInt8(truncatingIfNeeded: entry >> 8)) }
      if length > 2 { output.append(UInt8(truncatingIfNeeded: entry)) }
    }
  }

  /// The Unicode scalars of bytes 0x80–0xBF (0 marks the unassigned 0x98). Bytes 0xC0–0xFF are
  /// А–я, U+0410–U+044F, in order.
  private static let upperHalf: [UInt32] = [
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
  ]

  /// For bytes 0x80–0xFF: the length of the UTF-8 sequence in the top byte, then up to 3 bytes.
  private static let table: [UInt32] = (0..<128).map { index -> UInt32 in
    let scalar = index < 64 ? upperHalf[index] : UInt32(0x0410 + index - 64)
    if scalar == 0 { return 1 << 24 | 0xFF << 16 }
    if scalar < 0x800 {
      return 2 << 24 | (0xC0 | scalar >> 6) << 16 | (0x80 | scalar & 0x3F) << 8
    }
    return 3 << 24 | (0xE0 | scalar >> 12) << 16 | (0x80 | scalar >> 6 & 0x3F) << 8
      | (0x80 | scalar & 0x3F)
  }
}
