/// Folding of names on UTF-8 bytes — lowercase, `ё` as `е` — for the two alphabets names in this
/// project are written in: ASCII and basic Cyrillic (`А`–`я`, `Ё`, `ё`). Anything else is left to
/// the callers' `String` definitions, which these shortcuts must agree with.
package enum NameFolding {
  /// The folded UTF-8 of a basic Cyrillic letter, or `nil` for any other two-byte sequence.
  package static func folded(_ lead: UInt8, _ trail: UInt8) -> (UInt8, UInt8)? {
    switch (lead, trail) {
    case (0xD0, 0x90...0x9F): (0xD0, trail + 0x20)  // А–П → а–п
    case (0xD0, 0xA0...0xAF): (0xD1, trail - 0x20)  // Р–Я → р–я
    case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F): (lead, trail)  // а–я
    case (0xD0, 0x81), (0xD1, 0x91): (0xD0, 0xB5)  // Ё, ё → е
    default: nil
    }
  }

  /// `text` without ASCII white space at its ends, lowercased, `ё` as `е` — or `nil` when it has a
  /// character outside ASCII and basic Cyrillic.
  package static func trimmedFolded(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
      var lower = 0
      var upper = bytes.count
      while lower < upper, isSpace(bytes[lower]) { lower += 1 }
      while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
      var output: [UInt8] = []
      output.reserveCapacity(upper - lower)
      var index = lower
      while index < upper {
        let byte = bytes[index]
        if byte < 0x80 {
          output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
          index += 1
        } else if index + 1 < upper, let pair = folded(byte, bytes[index + 1]) {
          output.append(pair.0)
          output.append(pair.1)
          index += 2
        } else {
          return nil
        }
      }
      return String(decoding: output, as: UTF8.self)
    }
  }
}
