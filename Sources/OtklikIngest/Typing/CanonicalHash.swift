public import Foundation

/// A `String`'s hash for keys that are hashed per record (survey choice cells, crosstab cells,
/// company and branch names), equal for canonically
/// equivalent strings as `String`'s own hash is — so it fits `String`'s `==` — but computed on the
/// bytes of text that is always in NFC: ASCII, Latin-1 punctuation (U+0080–U+00BF), basic
/// Cyrillic (U+0400–U+047F), general punctuation (U+2002–U+206F: dashes, quotes, ellipsis) and
/// emoji (U+1F000–U+1FFFF) — no character there decomposes or combines.
///
/// `String.hash(into:)` checks normalisation scalar by scalar through Unicode tables (about 1,500
/// instructions for a 20-letter Russian answer). Other text is hashed by the bytes of its NFC form,
/// from Foundation, so a text and its canonical equivalents always hash alike.
package enum CanonicalHash {
  /// Feeds `text` into `hasher`: its NFC byte count, then its NFC bytes.
  package static func combine(_ text: String, into hasher: inout Hasher) {
    var text = text
    let isBasic = text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case 0x00..<0x80: index += 1
        case 0xC2, 0xD0, 0xD1: index += 2
        case 0xE2
        where (next == 0x80 && index + 2 < bytes.count && bytes[index + 2] >= 0x82)
          || (next == 0x81 && index + 2 < bytes.count && bytes[index + 2] < 0xB0):
          index += 3
        case 0xF0 where next == 0x9F: index += 4
        default: return false
        }
      }
      return true
    }
    var normal = isBasic ? text : text.precomposedStringWithCanonicalMapping
    normal.withUTF8 { bytes in
      hasher.combine(bytes.count)
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
  }
}

/// A `String` as a dictionary key for text looked up per record (survey choice cells, companies,
/// branches, segment values): equal as `String`s are, hashed by ``CanonicalHash``.
package struct CanonicalKey: Sendable, Hashable {
  /// The text as first written.
  package let text: String

  package init(_ text: String) { self.text = text }

  package func hash(into hasher: inout Hasher) { CanonicalHash.combine(text, into: &hasher) }

  package static func == (lhs: CanonicalKey, rhs: CanonicalKey) -> Bool { lhs.text == rhs.text }
}
