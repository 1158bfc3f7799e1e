/// A lexicon term as written in a file, before stemming.
public enum LexiconTerm: Sendable, Hashable {
  /// A word matched by stem (`хороший`).
  case word(String)
  /// An exact, lowercased word form (`=дорого`).
  case exact(String)
  /// Two to ``longestPhrase`` words matched as consecutive tokens (`так себе`).
  case phrase([PhraseWord])
  /// An emoji or an emoticon, matched as written (`👍`, `:-(`, `)))`, `=/`); `\=D` in a file is the
  /// emoticon `=D`.
  case symbol(String)

  /// One word of a phrase.
  public struct PhraseWord: Sendable, Hashable {
    /// The folded word.
    public var text: String
    /// Matched as an exact form (`=` prefix) rather than by stem.
    public var isExact: Bool

    /// Creates a phrase word.
    public init(text: String, isExact: Bool) {
      self.text = text
      self.isExact = isExact
    }
  }

  /// The most words a phrase may have ("can't recommend this place enough").
  public static let longestPhrase = 6

  /// Whether the term is a phrase of more than ``longestPhrase`` words.
  var isTooLong: Bool {
    if case .phrase(let words) = self { return words.count > Self.longestPhrase }
    return false
  }

  /// Reads a TERM field: folds case and `ё`, and decides word, exact, phrase or symbol.
  ///
  /// Returns nil for a blank term. A term with any character that is not a letter, digit, hyphen or
  /// apostrophe (and no space) is a symbol, so `=)` and `=/` are emoticons, not exact forms. An
  /// emoticon of `=` and letters only (`=D`, `=P`), which would read as an exact word, is written
  /// with a backslash before it: `\=D`.
  static func read(_ raw: String) -> LexiconTerm? {
    let trimmed = raw.trimmingSpaces()
    if trimmed.hasPrefix("\\="), trimmed.count > 2 { return .symbol(String(trimmed.dropFirst())) }
    let folded = UTF8Scalar.fold(raw).split(separator: " ", omittingEmptySubsequences: true).map(
      String.init)
    guard !folded.isEmpty else { return nil }
    if folded.count > 1 {
      return .phrase(
        folded.map { word in
          word.hasPrefix("=") && word.count > 1
            ? PhraseWord(text: String(word.dropFirst()), isExact: true)
            : PhraseWord(text: word, isExact: false)
        })
    }
    let word = folded[0]
    if word.hasPrefix("="), word.count > 1, isWordLike(word.dropFirst()) {
      return .exact(String(word.dropFirst()))
    }
    return isWordLike(Substring(word)) ? .word(word) : .symbol(trimmed)
  }

  /// Whether `text` has only letters, digits, hyphens and apostrophes.
  private static func isWordLike(_ text: Substring) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      UTF8Scalar.isLatinLetter(scalar.value) || UTF8Scalar.isCyrillicLetter(scalar.value)
        || UTF8Scalar.isDigit(scalar.value) || scalar == "-" || scalar == "'"
    }
  }

  /// The word of a single-word term, stemmed or exact; nil for phrases and symbols.
  var singleWord: String? {
    switch self {
    case .word(let word), .exact(let word): word
    case .phrase, .symbol: nil
    }
  }

  /// The term written back in file syntax (`=дорого`, `так себе`).
  public var written: String {
    switch self {
    case .word(let word): word
    case .exact(let word): "=" + word
    case .phrase(let words): words.map { ($0.isExact ? "=" : "") + $0.text }.joined(separator: " ")
    case .symbol(let symbol):
      symbol.hasPrefix("=") && Self.isWordLike(symbol.dropFirst()) ? "\\" + symbol : symbol
    }
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs; no Foundation needed.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" })
    else { return "" }
    return String(scalars[first...last])
  }
}
