/// Everything behind one text's labels, for `otklik explain`: the tokens with their stems, the
/// analysis (clauses, hits with their rules, tags) and the text-level rules.
public struct Explanation: Sendable, Hashable {
  /// One token as the analyser saw it.
  public struct Token: Sendable, Hashable {
    /// The token as written.
    public var text: String
    /// What it is: `word`, `number`, `emoji`, `emoticon`, `!`, `?`, `pause`, `end`.
    public var kind: String
    /// The folded form (lowercase, `ё`→`е`); empty for punctuation.
    public var folded: String
    /// The stem for words; the folded form otherwise.
    public var stem: String
    /// Whether it was written in capitals.
    public var isCaps: Bool
    /// The lexicon or rule entry it is part of, as written in its file, if any.
    public var entry: String?
    /// The entry's role: `sentiment`, `idiom`, `negator`, `intensifier`, …
    public var role: String?
    /// The index of its clause.
    public var clause: Int

    /// Creates a token description.
    public init(
      text: String, kind: String, folded: String, stem: String, isCaps: Bool, entry: String?,
      role: String?,
      clause: Int
    ) {
      self.text = text
      self.kind = kind
      self.folded = folded
      self.stem = stem
      self.isCaps = isCaps
      self.entry = entry
      self.role = role
      self.clause = clause
    }
  }

  /// The text analysed.
  public var text: String
  /// Its tokens in order.
  public var tokens: [Token]
  /// The analysis, with clause scores, evidence and tags.
  public var analysis: TextAnalysis
  /// Rules applied to the whole text (neutral damping).
  public var textRules: [String]
  /// The score at or above which a text is `pos`.
  public var positiveThreshold: Double
  /// The score at or below minus which a text is `neg`.
  public var negativeThreshold: Double

  /// Creates an explanation.
  public init(
    text: String, tokens: [Token], analysis: TextAnalysis, textRules: [String],
    positiveThreshold: Double,
    negativeThreshold: Double
  ) {
    self.text = text
    self.tokens = tokens
    self.analysis = analysis
    self.textRules = textRules
    self.positiveThreshold = positiveThreshold
    self.negativeThreshold = negativeThreshold
  }
}
