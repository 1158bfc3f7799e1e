/// Stems a word of either language, choosing the algorithm by the word's script.
///
/// Texts here mix Russian and English ("заказ через app, delivery быстрая"), so the analyser
/// cannot pick one stemmer per text. A word with any Cyrillic letter goes to `RussianStemmer`
/// (other characters in it are kept, see there); any other word goes to `EnglishStemmer`,
/// which returns it unchanged unless it is plain ASCII with a letter. The choice costs one
/// scan of the bytes.
///
/// ```swift
/// let stemmer = BilingualStemmer()
/// stemmer.stem("доставки")    // "доставк"
/// stemmer.stem("deliveries")  // "deliveri"
/// ```
public struct BilingualStemmer: Stemmer {
  private let russian = RussianStemmer()
  private let english = EnglishStemmer()

  /// Creates a stemmer; it holds no state, so one instance may be shared freely.
  public init() {}

  /// Returns the stem of one word by the algorithm of its script.
  public func stem(_ word: String) -> String {
    StemmingDriver.stem(word, Self.stem(_:))
  }

  /// Returns the UTF-8 bytes of the stem of one word by the algorithm of its script.
  ///
  /// See `Stemmer.stem(utf8:)`.
  public func stem(utf8 word: some Collection<UInt8>) -> [UInt8] {
    StemmingDriver.stem(utf8: word, Self.stem(_:))
  }

  /// Stems `word` in place by the algorithm of its script.
  static func stem(_ word: inout WordBuffer) -> Bool {
    hasCyrillic(word) ? RussianStemmer.stem(&word) : EnglishStemmer.stem(&word)
  }

  /// Whether the word has a two-byte sequence in the Cyrillic block U+0400–U+04FF.
  private static func hasCyrillic(_ word: WordBuffer) -> Bool {
    var index = 0
    while index + 1 < word.count {
      let lead = word[index]
      if lead == 0xD0 || lead == 0xD1 || lead == 0xD2 || lead == 0xD3,
        word[index + 1] & 0xC0 == 0x80
      {
        return true
      }
      index += 1
    }
    return false
  }
}
