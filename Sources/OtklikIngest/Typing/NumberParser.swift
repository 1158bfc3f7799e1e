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

extension Substring {
  /// The text without leading and trailing spaces, tabs, line breaks and no-break spaces.
  var trimmingSpaces: Substring {
    // Fast path: an ASCII non-space at both ends (the usual case) means nothing to trim.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20,
      last < 0x80
    {
      return self
    }
    var scalars = unicodeScalars[...]
    while let first = scalars.first, first.isSpaceLike { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isSpaceLike { scalars = scalars.dropLast() }
    return Substring(scalars)
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs, line breaks and no-break spaces.
  var trimmingSpaces: Substring { self[...].trimmingSpaces }
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
