/// The bytes of a UTF-8 field without leading and trailing space-like characters, as
/// `String.trimmingSpaces` trims them (see ``Unicode/Scalar/isSpaceLike``), without building a
/// `String`: the typing of ratings and dates reads fields as bytes.
enum UTF8Trim {
  /// `bytes` (valid UTF-8) without leading and trailing spaces, tabs, line breaks and no-break spaces.
  static func trimmingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper {
      let width = spaceWidth(bytes, at: lower, upper: upper)
      guard width > 0 else { break }
      lower += width
    }
    while lower < upper {
      let width = trailingSpaceWidth(bytes, lower: lower, upper: upper)
      guard width > 0 else { break }
      upper -= width
    }
    return bytes[lower..<upper]
  }

  /// The width of the space-like character starting at `index`, or 0.
  private static func spaceWidth(_ bytes: ArraySlice<UInt8>, at index: Int, upper: Int) -> Int {
    switch bytes[index] {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return 1
    case 0xC2 where index + 1 < upper && bytes[index + 1] == 0xA0: return 2
    case 0xE2
    where index + 2 < upper && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x87 || bytes[index + 2] == 0xAF):
      return 3
    case 0xEF where index + 2 < upper && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF:
      return 3
    default: return 0
    }
  }

  /// The width of the space-like character ending at `upper`, or 0.
  private static func trailingSpaceWidth(
    _ bytes: ArraySlice<UInt8>, lower: Int, upper: Int
  ) -> Int {
    let last = bytes[upper - 1]
    if last < 0x80 { return spaceWidth(bytes, at: upper - 1, upper: upper) }
    if upper - lower >= 2, bytes[upper - 2] == 0xC2, last == 0xA0 { return 2 }
    if upper - lower >= 3, spaceWidth(bytes, at: upper - 3, upper: upper) == 3 { return 3 }
    return 0
  }
}
