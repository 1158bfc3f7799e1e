import Foundation

/// Masks personal data in a text before it can reach a report: phone numbers, e-mail addresses and
/// the author's own name.
///
/// Phone numbers are recognised in the Russian forms `+7 (916) 123-45-67`, `8 916 123 45 67`,
/// `8(916)1234567`, `+79161234567`, `89161234567`, `916 123-45-67` (ten digits from 9) and the local
/// `123-45-67`, and international numbers written with `+` and 11–13 digits: digits separated by spaces, `-`, `.`, `(` and `)`, not glued to other digits. E-mail
/// addresses are `local@domain.tld`, Cyrillic letters allowed. The scan works on UTF-8 bytes: every
/// character it needs to recognise is ASCII.
public struct PIIMasker: Sendable, Hashable {
  /// What a phone number becomes.
  public var phoneMask: String
  /// What an e-mail address becomes.
  public var emailMask: String
  /// What a word of the author's name becomes.
  public var nameMask: String

  /// Creates a masker with the placeholders of `language`.
  public init(language: ReportLanguage) {
    switch language {
    case .ru: (phoneMask, emailMask, nameMask) = ("[телефон]", "[e-mail]", "[имя]")
    case .en: (phoneMask, emailMask, nameMask) = ("[phone]", "[e-mail]", "[name]")
    }
  }

  /// Returns `text` with phone numbers, e-mail addresses and the words of `author` (three letters or
  /// more, whole words, any case) replaced by placeholders.
  public func mask(_ text: String, author: String? = nil) -> String {
    // Without an author, only a digit or `@` can start something to mask.
    if author == nil, !Self.mayHoldContact(text) { return text }
    var bytes = Array(text.utf8)
    var ranges = emailRanges(in: bytes) + phoneRanges(in: bytes)
    if let author { ranges += nameRanges(of: AuthorName(author), in: bytes) }
    guard !ranges.isEmpty else { return text }
    ranges.sort {
      $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var cursor = 0
    for item in ranges where item.range.lowerBound >= cursor {
      output += bytes[cursor..<item.range.lowerBound]
      output += Array(item.mask.utf8)
      cursor = item.range.upperBound
    }
    output += bytes[cursor...]
    bytes = output
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `text` has a digit or `@`, without which no phone number or e-mail address starts.
  private static func mayHoldContact(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      bytes.contains { isDigit($0) || $0 == UInt8(ascii: "@") }
    }
  }

  private struct Masked {
    var range: Range<Int>
    var mask: String
    var lowerBound: Int { range.lowerBound }
    var upperBound: Int { range.upperBound }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  private func phoneRanges(in bytes: [UInt8]) -> [Masked] {
    var found: [Masked] = []
    var start = 0
    while start < bytes.count {
      let byte = bytes[start]
      let opens = Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
      if !opens
        || (start > 0 && (Self.isDigit(bytes[start - 1]) || Self.isASCIILetter(bytes[start - 1])))
      {
        start += 1
        continue
      }
      if let end = phoneEnd(from: start, in: bytes) {
        found.append(Masked(range: start..<end, mask: phoneMask))
        start = end
      } else {
        start += 1
      }
    }
    return found
  }

  /// The end of the longest phone number starting at `start`, if one does.
  private func phoneEnd(from start: Int, in bytes: [UInt8]) -> Int? {
    var digits: [UInt8] = []
    var separators = 0
    var dashes = 0
    var index = start
    var best: Int?
    let plus = bytes[start] == UInt8(ascii: "+")
    if plus { index += 1 }
    while index < bytes.count, digits.count < (plus ? 13 : 11) {
      let byte = bytes[index]
      if Self.isDigit(byte) {
        digits.append(byte)
        index += 1
        let glued = index < bytes.count && Self.isDigit(bytes[index])
        if !glued && isPhone(digits, plus: plus, dashes: dashes, separators: separators) {
          best = index
        }
      } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
      {
        // A separator may not repeat more than twice in a row ("8 - 916"), which keeps prose apart.
        if index > start, !Self.isDigit(bytes[index - 1]), index >= start + 2,
          !Self.isDigit(bytes[index - 2])
        {
          break
        }
        if byte == UInt8(ascii: "-") { dashes += 1 }
        separators += 1
        index += 1
      } else {
        break
      }
    }
    return best
  }

  private func isPhone(_ digits: [UInt8], plus: Bool, dashes: Int, separators: Int) -> Bool {
    if plus {
      // +7 and ten digits, or another country code: 11–13 digits in all.
      return digits[0] == UInt8(ascii: "7") ? digits.count == 11 : (11...13).contains(digits.count)
    }
    switch digits.count {
    case 11: return digits[0] == UInt8(ascii: "7") || digits[0] == UInt8(ascii: "8")
    case 10: return digits[0] == UInt8(ascii: "9")
    case 7: return dashes == 2 && separators == 2
    default: return false
    }
  }

  private static func isEmailLocal(_ byte: UInt8) -> Bool {
    isDigit(byte) || isASCIILetter(byte) || byte >= 0x80 || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: "-")
  }

  private static func isEmailDomain(_ byte: UInt8) -> Bool {
    isDigit(byte) || isASCIILetter(byte) || byte >= 0x80 || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "-")
  }

  private func emailRanges(in bytes: [UInt8]) -> [Masked] {
    var found: [Masked] = []
    for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
      var lower = at
      while lower > 0, Self.isEmailLocal(bytes[lower - 1]) { lower -= 1 }
      var upper = at + 1
      while upper < bytes.count, Self.isEmailDomain(bytes[upper]) { upper += 1 }
      // A trailing dot ends the sentence, not the address.
      while upper > at + 1, bytes[upper - 1] == UInt8(ascii: ".") { upper -= 1 }
      let domain = bytes[(at + 1)..<upper]
      guard lower < at, let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > at + 1,
        upper - dot > 2
      else { continue }
      found.append(Masked(range: lower..<upper, mask: emailMask))
    }
    return found
  }

  /// Every word of the text that is a form of a word of the author's name (see ``AuthorName``).
  ///
  /// Words are runs of alphabetic scalars, decoded straight from the bytes.
  private func nameRanges(of author: AuthorName, in bytes: [UInt8]) -> [Masked] {
    guard !author.isEmpty else { return [] }
    var found: [Masked] = []
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let (scalar, width) = Self.scalar(at: offset, in: buffer)
        guard Self.isAlphabetic(scalar) else {
          offset += width
          continue
        }
        let wordStart = offset
        offset += width
        while offset < buffer.count {
          let (next, nextWidth) = Self.scalar(at: offset, in: buffer)
          guard Self.isAlphabetic(next) else { break }
          offset += nextWidth
        }
        if author.matches(UnsafeBufferPointer(rebasing: buffer[wordStart..<offset])) {
          found.append(Masked(range: wordStart..<offset, mask: nameMask))
        }
      }
    }
    return found
  }

  /// The scalar starting at `offset` of valid UTF-8, and its width in bytes.
  private static func scalar(
    at offset: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    if lead < 0xE0 {
      let value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
    }
    if lead < 0xF0 {
      let value =
        (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
        | UInt32(bytes[offset + 2] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
    }
    let value =
      (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
      | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
  }

  /// `scalar.properties.isAlphabetic`, answered without a property lookup for ASCII and basic
  /// Cyrillic letters.
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value >= 0x410 && value <= 0x44F { return true }
    return scalar.properties.isAlphabetic
  }
}
