/// Something that reduces a lowercased word to its stem.
///
/// ``TagMatcher`` stems every word pattern at compile time with the stemmer the caller will use on
/// tokens, so a pattern and a token meet on the same stem whatever the stemmer does. Implementations
/// get words already lowercased with `ё` mapped to `е`.
public protocol Stemming: Sendable {
  /// The stem of a lowercased word.
  func stem(_ word: String) -> String
}

/// Stems Cyrillic words with one stemmer and all other words with another: Russian and English
/// Snowball stemmers behind one ``Stemming``.
///
/// A word counts as Cyrillic when its first letter is in U+0400–U+04FF. The tokenizer must pick the
/// stemmer for a token by the same rule, or patterns and tokens stop meeting on the same stem.
public struct ScriptStemmer: Stemming {
  /// Stems words whose first letter is Cyrillic.
  public var cyrillic: any Stemming
  /// Stems every other word.
  public var latin: any Stemming

  /// Creates a stemmer that dispatches on the script of a word's first letter.
  public init(cyrillic: any Stemming, latin: any Stemming) {
    self.cyrillic = cyrillic
    self.latin = latin
  }

  /// The word's stem by the stemmer for its script.
  public func stem(_ word: String) -> String {
    Self.isCyrillic(word) ? cyrillic.stem(word) : latin.stem(word)
  }

  /// Whether the first letter of `word` is Cyrillic (U+0400–U+04FF); `false` when it has none.
  public static func isCyrillic(_ word: String) -> Bool {
    for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
      return (0x0400...0x04FF).contains(scalar.value)
    }
    return false
  }
}
