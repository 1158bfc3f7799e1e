/// A fast UTF-8 validity check over raw bytes, without building a `String`.
///
/// Rejects what the Unicode standard calls ill-formed: stray continuation bytes, overlong forms,
/// surrogates, scalars above U+10FFFF, and truncated sequences (unless the caller says the buffer may
/// end in the middle of a character, as a file prefix can).
enum UTF8Validation {
  /// The offset of the first ill-formed byte, or `nil` when `bytes` is valid UTF-8.
  ///
  /// With `allowsTruncatedEnd`, a sequence cut off by the end of the buffer counts as valid.
  static func firstInvalidOffset(
    in bytes: UnsafeBufferPointer<UInt8>, allowsTruncatedEnd: Bool = false
  ) -> Int? {
    var index = 0
    while true {
      index = skipASCII(in: bytes, from: index)
      // Fast path for two-byte characters (Cyrillic text): a lead C2–DF and a continuation byte,
      // with the single ASCII bytes (spaces) between words, without a call per character.
      while index + 1 < bytes.count, bytes[index] &- 0xC2 < 0x1E, bytes[index + 1] & 0xC0 == 0x80 {
        index += 2
        if index < bytes.count && bytes[index] < 0x80 { index += 1 }
      }
      guard index < bytes.count else { return nil }
      let length = sequenceLength(in: bytes, at: index)
      if length > 0 {
        index += length
      } else if length < 0 && allowsTruncatedEnd {
        return nil
      } else {
        return index
      }
    }
  }

  /// Whether `bytes` is entirely valid UTF-8.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    firstInvalidOffset(in: bytes) == nil
  }

  /// How many well-formed multi-byte characters and how many ill-formed bytes `bytes` holds; a
  /// sequence cut off by the end of the buffer counts as neither.
  ///
  /// Used to tell a UTF-8 file with a few bad bytes (many good sequences) from a Windows-1251 file
  /// (almost none: Cyrillic letters there are single bytes that rarely pair up as UTF-8).
  static func census(of bytes: UnsafeBufferPointer<UInt8>) -> (wellFormed: Int, illFormed: Int) {
    var wellFormed = 0
    var illFormed = 0
    var index = 0
    while true {
      index = skipASCII(in: bytes, from: index)
      guard index < bytes.count else { break }
      let length = sequenceLength(in: bytes, at: index)
      if length > 0 {
        wellFormed += 1
        index += length
      } else if length < 0 {
        break
      } else {
        illFormed += 1
        index += 1
      }
    }
    return (wellFormed, illFormed)
  }

  /// The first non-ASCII offset at or after `start`, eight bytes at a time where possible.
  private static func skipASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = bytes.count
    while index + 8 <= count {
      let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < count && bytes[index] < 0x80 { index += 1 }
    return index
  }

  /// The length of the well-formed sequence at `index`: 1–4; 0 when ill-formed; -1 when the buffer
  /// ends before a so far well-formed sequence does.
  private static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return 0
    }
    for offset in 1..<length {
      guard index + offset < bytes.count else { return -1 }
      let byte = bytes[index + offset]
      if offset == 1 {
        if byte < lower || byte > upper { return 0 }
      } else if byte & 0xC0 != 0x80 {
        return 0
      }
    }
    return length
  }
}
