/// One token of a text: a word, a number, an emoji, an emoticon or a punctuation signal.
///
/// Tokens point into two buffers instead of owning strings, so tokenising allocates nothing per
/// token: `source` is the byte range in the original text (for showing words as written), `key` the
/// range in the workspace's folded-key buffer (lowercase, `ё`→`е`) used for lookups.
struct Token: Sendable, Hashable {
  /// What a token is.
  enum Kind: UInt8, Sendable {
    /// Letters (and digits after a letter), with inner hyphens and apostrophes.
    case word
    /// Digits first.
    case number
    /// An emoji sequence (base, modifiers, ZWJ-joined parts).
    case emoji
    /// An ASCII emoticon (`:)`, `:-(`, `<3`) or a run of brackets (`)))`, `(((`).
    case emoticon
    /// One or more `!`; `count` says how many.
    case exclamation
    /// One or more `?`.
    case question
    /// A comma, colon, dash, bracket or quote: ends a negation scope, not a clause.
    case pause
    /// `.`, `…`, `;` or a line break: ends a sentence.
    case sentenceEnd
  }

  /// Which alphabet a word is written in.
  enum Script: UInt8, Sendable {
    /// No letters, Latin letters, Cyrillic letters.
    case none, latin, cyrillic
  }

  /// What the token is.
  var kind: Kind
  /// The alphabet of a word; `none` otherwise.
  var script: Script
  /// Every letter is uppercase and there are at least two.
  var isCaps: Bool
  /// For `!` and `?` runs, their length; 1 otherwise.
  var count: Int32
  /// The byte range in the original text.
  var sourceStart: Int32
  var sourceEnd: Int32
  /// The byte range of the folded key in ``Tokenizer/Output/keys``.
  var keyStart: Int32
  var keyEnd: Int32
}
