/// One token of a clause as the key-phrase extractor sees it: its stem and the part it can play.
///
/// Both are known per distinct token, so the caller keeps them in its token cache: the stem from
/// its stemmer, the role from ``KeyPhraseExtractor/role(of:)``, overridden by ``KeyPhraseRole/boundary``
/// for a token a tag covered in this clause (``ClauseTags/covers(token:)``) or that the sentiment
/// lexicon knows as a feeling word ("вкусный", "ужасно": they say how, not what).
public struct KeyPhraseToken: Sendable, Hashable {
  /// The token's stem: the part of ``KeyPhrase/key``.
  public var stem: String
  /// What the token does in a phrase.
  public var role: KeyPhraseRole

  /// Creates a token.
  public init(stem: String, role: KeyPhraseRole) {
    self.stem = stem
    self.role = role
  }
}

/// What a token does in a candidate key phrase.
public enum KeyPhraseRole: Sendable, Hashable {
  /// A word that can be part of a theme.
  case content
  /// A stopword: skipped without ending the phrase ("места для выгула").
  case skipped
  /// Ends the phrase: a conjunction, a number, a covered or a sentiment word.
  case boundary
}
