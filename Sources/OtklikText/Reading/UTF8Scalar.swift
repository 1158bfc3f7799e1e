/// Byte-level helpers for the UTF-8 the tokenizer reads: decoding one scalar, classifying it and
/// writing its lowercase form.
///
/// The hot loop never builds `Character`s; it decodes scalars straight from the bytes and only
/// cares about Latin and Cyrillic letters, digits, emoji and a few punctuation marks.
enum UTF8Scalar {
  /// Decodes the scalar starting at `index`, returning it and its length in bytes.
  ///
  /// Malformed bytes decode as U+FFFD of length 1, so the reader always advances.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    scalar: UInt32, length: Int
  ) {
    let b0 = UInt32(bytes[index])
    if b0 < 0x80 { return (b0, 1) }
    let count = bytes.count
    if b0 & 0xE0 == 0xC0, index + 1 < count {
      return (((b0 & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
    }
    if b0 & 0xF0 == 0xE0, index + 2 < count {
      let value =
        ((b0 & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6)
        | (UInt32(bytes[index + 2]) & 0x3F)
      return (value, 3)
    }
    if b0 & 0xF8 == 0xF0, index + 3 < count {
      let value =
        ((b0 & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
        | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F)
      return (value, 4)
    }
    return (0xFFFD, 1)
  }

  /// Whether `scalar` is a Latin ASCII letter.
  @inline(__always)
  static func isLatinLetter(_ scalar: UInt32) -> Bool {
    (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A
  }

  /// Whether `scalar` is a Russian letter (А–я, Ё, ё) or another letter of the basic Cyrillic block.
  @inline(__always)
  static func isCyrillicLetter(_ scalar: UInt32) -> Bool {
    scalar >= 0x0400 && scalar <= 0x045F
  }

  /// Whether `scalar` is an uppercase Latin or Cyrillic letter.
  @inline(__always)
  static func isUppercase(_ scalar: UInt32) -> Bool {
    (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x0400 && scalar <= 0x042F)
  }

  /// Whether `scalar` is an ASCII digit.
  @inline(__always)
  static func isDigit(_ scalar: UInt32) -> Bool {
    scalar >= 0x30 && scalar <= 0x39
  }

  /// The lowercase form used for matching: Latin and Cyrillic lowered, `ё` folded into `е`,
  /// the typographic apostrophe folded into `'`.
  @inline(__always)
  static func folded(_ scalar: UInt32) -> UInt32 {
    switch scalar {
    case 0x41...0x5A: return scalar + 0x20
    case 0x0401, 0x0451: return 0x0435
    case 0x0410...0x042F: return scalar + 0x20
    case 0x0400...0x040F: return scalar + 0x50
    case 0x2019, 0x02BC: return 0x27
    default: return scalar
    }
  }

  /// Whether `scalar` starts or continues an emoji: pictographs, dingbats, symbols, flags.
  @inline(__always)
  static func isEmojiBase(_ scalar: UInt32) -> Bool {
    (scalar >= 0x1F000 && scalar <= 0x1FAFF) || (scalar >= 0x2600 && scalar <= 0x27BF)
      || scalar == 0x2764 || scalar == 0x2B50 || scalar == 0x2B55 || scalar == 0x203C
      || scalar == 0x2049 || (scalar >= 0x2190 && scalar <= 0x21FF && scalar != 0x2192)
  }

  /// Whether `scalar` only modifies the emoji before it (variation selector, skin tone).
  @inline(__always)
  static func isEmojiModifier(_ scalar: UInt32) -> Bool {
    scalar == 0xFE0F || scalar == 0xFE0E || (scalar >= 0x1F3FB && scalar <= 0x1F3FF)
  }

  /// Appends the UTF-8 encoding of `scalar` to `buffer`.
  @inline(__always)
  static func append(_ scalar: UInt32, to buffer: inout [UInt8]) {
    if scalar < 0x80 {
      buffer.append(UInt8(scalar))
    } else if scalar < 0x800 {
      buffer.append(UInt8(0xC0 | (scalar >> 6)))
      buffer.append(UInt8(0x80 | (scalar & 0x3F)))
    } else if scalar < 0x10000 {
      buffer.append(UInt8(0xE0 | (scalar >> 12)))
      buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      buffer.append(UInt8(0x80 | (scalar & 0x3F)))
    } else {
      buffer.append(UInt8(0xF0 | (scalar >> 18)))
      buffer.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      buffer.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// Folds a whole string for matching: lowercase, `ё`→`е`, apostrophes unified.
  static func fold(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { append(folded(scalar.value), to: &out) }
    return String(decoding: out, as: UTF8.self)
  }
}
