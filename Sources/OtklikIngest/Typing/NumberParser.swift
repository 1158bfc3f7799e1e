/// Reads the numbers people type into exports: `5`, `5,0`, `4.5`, `-1`, with no exponent, `nan` or `inf`.
enum NumberParser {
  /// The number `text` holds (surrounding spaces ignored, `,` or `.` as the decimal mark), or `nil`.
  static func parse(_ text: Substring) -> Double? {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty, trimmed.utf8.count <= 32 else { return nil }
    var normalized = ""
    var seenDigit = false
    var seenMark = false
    for (offset, byte) in trimmed.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        seenDigit = true
        normalized.unicodeScalars.append(UnicodeScalar(byte))
      case UInt8(ascii: ","), UInt8(ascii: "."):
        guard !seenMark else { return nil }
        seenMark = true
        normalized += "."
      case UInt8(ascii: "-"), UInt8(ascii: "+"):
        guard offset == 0 else { return nil }
        normalized.unicodeScalars.append(UnicodeScalar(byte))
      default:
        return nil
      }
    }
    return seenDigit ? Double(normalized) : nil
  }

  /// The integer `text` holds, or `nil` (also for fractions).
  static func parseInteger(_ text: Substring) -> Int? {
    guard let value = parse(text), value.rounded() == value, abs(value) < 1e9 else { return nil }
    return Int(value)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs, line breaks and no-break spaces.
  var trimmingSpaces: Substring {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end && scalars[start].isSpaceLike { start = scalars.index(after: start) }
    while end > start && scalars[scalars.index(before: end)].isSpaceLike {
      end = scalars.index(before: end)
    }
    return Substring(Substring.UnicodeScalarView(scalars[start..<end]))
  }
}

extension Unicode.Scalar {
  /// Spaces, tabs, line breaks and the no-break space.
  var isSpaceLike: Bool {
    switch value {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2007, 0x202F, 0xFEFF: return true
    default: return false
    }
  }
}
