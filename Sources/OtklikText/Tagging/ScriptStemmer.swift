/// One ``Stemmer`` for texts in two scripts: a word with any Cyrillic letter goes to one stemmer
/// (Russian), every other word to the other (English).
///
/// ``TagMatcher`` stems word patterns with the stemmer the caller stems tokens with, so the
/// caller should stem tokens with this same value (or by the same rule). "Cyrillic" is any
/// letter U+0400–U+04FF, whose UTF-8 lead bytes are 0xD0–0xD3.
///
/// ```swift
/// let stemmer = ScriptStemmer(cyrillic: RussianStemmer(), latin: EnglishStemmer())
/// stemmer.stem("площадки")  // "площадк"
/// stemmer.stem("queues")    // "queue"
/// ```
public struct ScriptStemmer: Stemmer {
  /// Stems words with a Cyrillic letter.
  public var cyrillic: any Stemmer
  /// Stems every other word.
  public var latin: any Stemmer

  /// Creates a stemmer that picks by script.
  public init(cyrillic: any Stemmer, latin: any Stemmer) {
    self.cyrillic = cyrillic
    self.latin = latin
  }

  /// Otklik's pair: Snowball Russian for Cyrillic words, English (Porter2) for the rest.
  public static let russianEnglish = ScriptStemmer(cyrillic: RussianStemmer(), latin: EnglishStemmer())

  /// The stem of one lowercase word by the stemmer for its script.
  public func stem(_ word: String) -> String {
    Self.isCyrillic(word.utf8) ? cyrillic.stem(word) : latin.stem(word)
  }

  /// The UTF-8 stem of one lowercase word by the stemmer for its script.
  public func stem(utf8 word: some Collection<UInt8>) -> [UInt8] {
    Self.isCyrillic(word) ? cyrillic.stem(utf8: word) : latin.stem(utf8: word)
  }

  /// Whether the UTF-8 bytes hold a Cyrillic letter (a lead byte 0xD0–0xD3).
  public static func isCyrillic(_ utf8: some Sequence<UInt8>) -> Bool {
    utf8.contains { (0xD0...0xD3).contains($0) }
  }
}
