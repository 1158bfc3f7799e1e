import Foundation

/// A word lowercased, with `ё` as `е`: as bytes when every letter is ASCII or basic Cyrillic
/// (U+0410–U+044F, `Ё`, `ё`), else as a `String`.
struct FoldedWord {
  /// The folded UTF-8 of a simple word; empty for a general one.
  let bytes: [UInt8]
  /// Letters (scalars) in a simple word; characters in a general one.
  let letters: Int
  /// The folded text of a general word; `nil` for a simple one.
  private let general: String?

  var isSimple: Bool { general == nil }

  /// Folds the UTF-8 of a run of letters.
  init(_ word: UnsafeBufferPointer<UInt8>) {
    var folded: [UInt8] = []
    folded.reserveCapacity(word.count)
    var letters = 0
    var index = 0
    while index < word.count {
      let byte = word[index]
      if byte < 0x80 {
        folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        index += 1
      } else if let pair = NameFolding.folded(byte, index + 1 < word.count ? word[index + 1] : 0) {
        folded.append(pair.0)
        folded.append(pair.1)
        index += 2
      } else {
        self = FoldedWord(string: String(decoding: word, as: UTF8.self))
        return
      }
      letters += 1
    }
    self.init(bytes: folded, letters: letters, general: nil)
  }

  /// Folds a word given as a `String`.
  init(string: String) {
    let utf8 = Array(string.utf8)
    if Self.isSimpleText(utf8) {
      self = utf8.withUnsafeBufferPointer { FoldedWord($0) }
      return
    }
    let folded = Self.fold(string)
    self.init(bytes: [], letters: folded.count, general: folded)
  }

  private init(bytes: [UInt8], letters: Int, general: String?) {
    self.bytes = bytes
    self.letters = letters
    self.general = general
  }

  /// The word as a `String`.
  var text: String { general ?? String(decoding: bytes, as: UTF8.self) }

  /// The stem: the word without a final vowel, `й` or `ь` when it has more than three letters.
  func stemmed() -> FoldedWord {
    guard letters > 3 else { return self }
    if let general {
      guard let last = general.last, Self.stemEndings.contains(last) else { return self }
      return FoldedWord(bytes: [], letters: letters - 1, general: String(general.dropLast()))
    }
    guard bytes.count >= 2,
      Self.stemEndingPairs.contains(UInt16(bytes[bytes.count - 2]) << 8 | UInt16(bytes.last!))
    else { return self }
    return FoldedWord(bytes: Array(bytes.dropLast(2)), letters: letters - 1, general: nil)
  }

  /// Whether this word is `stem` plus at most three letters.
  func isForm(of stem: FoldedWord) -> Bool {
    if general == nil, stem.general == nil {
      return letters - stem.letters <= 3 && bytes.starts(with: stem.bytes)
    }
    let word = text
    let prefix = stem.text
    return word.hasPrefix(prefix) && word.count - prefix.count <= 3
  }

  /// The folded first letter of a word, packed as its one or two UTF-8 bytes, when it is simple and
  /// not followed by a combining mark: a word with another first letter than every simple stem's can
  /// be skipped without folding it. `nil` when that cannot be told from the first letter.
  static func initial(of word: UnsafeBufferPointer<UInt8>) -> UInt16? {
    guard let lead = word.first else { return nil }
    let width: Int
    let key: UInt16
    if lead < 0x80 {
      width = 1
      key = UInt16(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead) << 8
    } else if word.count >= 2, let pair = NameFolding.folded(lead, word[1]) {
      width = 2
      key = UInt16(pair.0) << 8 | UInt16(pair.1)
    } else {
      return nil
    }
    // Only ASCII or a basic Cyrillic lead byte may follow: never a combining mark.
    if word.count > width, word[width] >= 0x80, word[width] != 0xD0, word[width] != 0xD1 {
      return nil
    }
    return key
  }

  /// Whether `utf8` holds only ASCII and basic Cyrillic letters (the bytes ``init(_:)`` folds itself).
  static func isSimpleText(_ utf8: [UInt8]) -> Bool {
    var index = 0
    while index < utf8.count {
      if utf8[index] < 0x80 {
        index += 1
      } else if index + 1 < utf8.count, NameFolding.folded(utf8[index], utf8[index + 1]) != nil {
        index += 2
      } else {
        return false
      }
    }
    return true
  }

  /// Lowercased, `ё` as `е`. Foundation's replacement (which also matches a decomposed `ё`) runs only
  /// when the bytes hold `ё` (D1 91) or a combining diaeresis (CC 88).
  private static func fold(_ word: String) -> String {
    let lower = word.lowercased()
    var previous: UInt8 = 0
    for byte in lower.utf8 {
      if (previous == 0xD1 && byte == 0x91) || (previous == 0xCC && byte == 0x88) {
        return lower.replacingOccurrences(of: "ё", with: "е")
      }
      previous = byte
    }
    return lower
  }

  /// The letters a name's stem drops: a final vowel, `й` or `ь`.
  private static let stemEndings: Set<Character> = Set("аяйьоеиыуюэ")
  /// ``stemEndings`` as their two UTF-8 bytes packed, for simple words.
  private static let stemEndingPairs: Set<UInt16> = Set(
    stemEndings.map { letter in letter.utf8.reduce(0) { $0 << 8 | UInt16($1) } })
}
