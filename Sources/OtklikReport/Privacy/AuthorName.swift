/// The words of a text's author, folded and stemmed, to find their forms in the text.
///
/// A word of the text is a form of a name word when, folded (lowercase, `ё` as `е`), it starts with
/// the name word's stem (the folded word without a final vowel, `й` or `ь`) and adds at most three
/// letters: "Анна" finds "Анну" and "Анной", "Петрова" finds "Петровой", "Олег" does not find "Олеся".
/// Name words shorter than three letters are ignored.
///
/// Words of ASCII and basic Cyrillic letters — nearly every word of a Russian or English review —
/// are folded and compared byte by byte, without building a `String`. A word with any other letter
/// (accents, `й` or `ё` written decomposed, other scripts) is folded and compared as a `String`, by
/// canonical equivalence, so the answer is the same whichever way a word takes.
struct AuthorName {
  private let stems: [FoldedWord]
  /// The stems' folded first letters, when every stem is simple (see ``FoldedWord/initial(of:)``).
  private let initials: [UInt16]?

  /// Compiles the words of `author`.
  init(_ author: String) {
    stems = Self.words(of: author).filter { $0.letters >= 3 }.map { $0.stemmed() }
    initials =
      stems.allSatisfy(\.isSimple)
      ? stems.map { UInt16($0.bytes[0]) << 8 | UInt16($0.bytes[0] < 0x80 ? 0 : $0.bytes[1]) } : nil
  }

  /// Whether there are no name words to look for.
  var isEmpty: Bool { stems.isEmpty }

  /// Whether the word `bytes` (a run of letters of valid UTF-8) is a form of one of the name words.
  func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if let initials, let initial = FoldedWord.initial(of: bytes), !initials.contains(initial) {
      return false
    }
    let word = FoldedWord(bytes)
    return stems.contains { word.isForm(of: $0) }
  }

  /// The words of `author`: runs of letters. An author written in ASCII and basic Cyrillic is split
  /// on bytes; any other is split on `Character.isLetter`.
  private static func words(of author: String) -> [FoldedWord] {
    var utf8 = Array(author.utf8)
    guard FoldedWord.isSimpleText(utf8) else {
      return author.split(whereSeparator: { !$0.isLetter }).map { FoldedWord(string: String($0)) }
    }
    var words: [FoldedWord] = []
    var start = 0
    var index = 0
    utf8.append(0x20)
    while index < utf8.count {
      let byte = utf8[index]
      let isLetter = byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      if !isLetter {
        if index > start {
          words.append(utf8[start..<index].withUnsafeBufferPointer { FoldedWord($0) })
        }
        start = index + 1
      }
      index += byte >= 0x80 ? 2 : 1
    }
    return words
  }
}
