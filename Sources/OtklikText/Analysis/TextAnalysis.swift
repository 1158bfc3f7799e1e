/// Everything Otklik learned from one free text: language, sentiment, tags and key phrases,
/// each with the evidence that produced it.
public struct TextAnalysis: Sendable, Hashable {
  /// The guessed language.
  public var language: Language
  /// The text's score in [-1, 1].
  public var score: Double
  /// The text's label (thresholds on `score`, or `none` / `nonAnswer`).
  public var label: SentimentLabel
  /// Clause by clause, in text order.
  public var clauses: [ClauseAnalysis]
  /// Tags found, each with the sentiment of its clause. A tag appears once per text
  /// (the strongest clause wins); the evidence lists the words that matched.
  public var tags: [TagMatch]
  /// Stemmed word pairs and triples that no tag covers, for "emerging themes".
  public var keyPhrases: [KeyPhrase]

  public init(
    language: Language, score: Double, label: SentimentLabel, clauses: [ClauseAnalysis] = [],
    tags: [TagMatch] = [], keyPhrases: [KeyPhrase] = []
  ) {
    self.language = language
    self.score = score
    self.label = label
    self.clauses = clauses
    self.tags = tags
    self.keyPhrases = keyPhrases
  }
}

/// The sentiment of one clause, with the lexicon hits and rules behind it.
public struct ClauseAnalysis: Sendable, Hashable {
  /// The clause's text as written (after URL stripping).
  public var text: String
  /// The clause's score in [-1, 1].
  public var score: Double
  /// The clause's label.
  public var label: SentimentLabel
  /// Why: each lexicon hit with the rules that changed it.
  public var evidence: [Evidence]

  public init(text: String, score: Double, label: SentimentLabel, evidence: [Evidence] = []) {
    self.text = text
    self.score = score
    self.label = label
    self.evidence = evidence
  }
}

/// One contribution to a clause's score: a lexicon hit and what the rules did to it.
public struct Evidence: Sendable, Hashable {
  /// The words as written in the text ("не вкусно").
  public var words: String
  /// The lexicon entry that matched (a stem, word, phrase, emoji or rule name).
  public var entry: String
  /// The lexicon valence, −4…+4.
  public var valence: Double
  /// The valence after rules were applied.
  public var weighted: Double
  /// The rules applied, in order ("negation", "intensifier ×1.5", "contrast", …).
  public var rules: [String]

  public init(words: String, entry: String, valence: Double, weighted: Double, rules: [String] = [])
  {
    self.words = words
    self.entry = entry
    self.valence = valence
    self.weighted = weighted
    self.rules = rules
  }
}

/// A taxonomy tag found in a text, with the sentiment of the clause it was found in.
public struct TagMatch: Sendable, Hashable {
  /// The tag's id in the taxonomy.
  public var tagID: String
  /// The tag's kind.
  public var kind: TagKind
  /// The score of the clause it was found in, in [-1, 1].
  public var score: Double
  /// The label of that clause.
  public var label: SentimentLabel
  /// The words of the text that matched the tag's patterns.
  public var evidence: [String]
  /// The index of the clause in ``TextAnalysis/clauses``.
  public var clause: Int

  public init(
    tagID: String, kind: TagKind, score: Double, label: SentimentLabel, evidence: [String],
    clause: Int
  ) {
    self.tagID = tagID
    self.kind = kind
    self.score = score
    self.label = label
    self.evidence = evidence
    self.clause = clause
  }
}

/// A candidate theme: a stemmed n-gram, with the words as first written for display.
public struct KeyPhrase: Sendable, Hashable {
  /// Stems joined by a space: the identity used for counting ("детск площадк").
  public var key: String
  /// The words as written in this text ("детских площадок").
  public var text: String

  public init(key: String, text: String) {
    self.key = key
    self.text = text
  }
}
