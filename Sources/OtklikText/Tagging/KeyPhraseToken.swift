/// One token of a clause as the key-phrase extractor sees it.
///
/// The caller fills it from its tokenizer, its sentiment lexicon and the clause's ``ClauseTags``.
public struct KeyPhraseToken: Sendable, Hashable {
  /// The word as written in the text ("Детских"), shown in ``KeyPhrase/text``.
  public var surface: String
  /// The word lowercased with `ё`→`е`, checked against the stopword lists.
  public var form: String
  /// The word's stem, the part of ``KeyPhrase/key``.
  public var stem: String
  /// Whether the sentiment lexicon knows the word as carrying feeling on its own ("вкусный",
  /// "ужасно"): such words say how, not what, and end a phrase.
  public var isSentiment: Bool
  /// Whether a tag's evidence includes the token (``ClauseTags/covers(token:)``): themes already
  /// tagged are not emerging.
  public var isCovered: Bool

  /// Creates a token.
  public init(
    surface: String, form: String, stem: String, isSentiment: Bool = false, isCovered: Bool = false
  ) {
    self.surface = surface
    self.form = form
    self.stem = stem
    self.isSentiment = isSentiment
    self.isCovered = isCovered
  }
}
