/// A lexicon or rule entry after compilation: what a match does to the score.
struct CompiledEntry: Sendable, Hashable {
  /// What a matched entry does.
  enum Role: UInt8, Sendable {
    case sentiment, idiom, negator, postNegator, intensifier, diminisher, contrast, concession
    /// A verb (``ModifierKind/expectation``) scored only when negated (``Match/isScored``).
    case expectation
    /// A word that makes its clause a wish (``ModifierKind/irrealis``); the value damps praise.
    case irrealis
    /// A noun that introduces a quoted name (``ModifierKind/naming``).
    case naming

    /// Whether the entry carries a valence of its own.
    var carriesValence: Bool { self == .sentiment || self == .idiom }
  }

  /// The term as written in its file (`хороший`, `=дорого`, `так себе`, `👍`).
  var term: String
  /// The file it came from.
  var file: String
  /// The role.
  var role: Role
  /// The valence for sentiment, idioms and (when negated) expectations; the scale for intensifiers and diminishers.
  var value: Double
  /// For an intensifier or diminisher that is also a lexicon word of its own ("pretty", "damn"):
  /// the sentiment entry it replaced, scored instead when nothing it could modify follows; −1 for
  /// none.
  var fallback: Int32 = -1
  /// A sentiment entry for laughter or a kiss (`lol`, `хаха`, `xoxo`), which, like an emoji, no
  /// negator or intensifier reaches.
  var isExpressive = false
  /// For a negator or post-negator that also states a lack ("нет парковки", "no wifi"): the
  /// valence of the lack when it negates no sentiment word; 0 for none.
  var absence: Double = 0
  /// For a negated verb of saying or thinking (``ModifierKind/clauseNegator``): its negation reaches
  /// over a comma into the «что» / "that" clause after it.
  var deniesClause = false
}

/// A compiled phrase: consecutive word ids and the entry it stands for.
struct CompiledPhrase: Sendable, Hashable {
  /// Each word's interned id and whether it is matched against the form (exact) or the stem.
  var words: [(id: Int32, isExact: Bool)]
  /// The entry index.
  var entry: Int32

  static func == (lhs: CompiledPhrase, rhs: CompiledPhrase) -> Bool {
    lhs.entry == rhs.entry
      && lhs.words.elementsEqual(rhs.words) { $0.id == $1.id && $0.isExact == $1.isExact }
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(entry)
  }
}
