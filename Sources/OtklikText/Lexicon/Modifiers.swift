/// The sentiment engine's rule words, parsed from `modifiers.tsv`.
///
/// Format: `KIND<TAB>TERM[<TAB>VALUE]`, blank lines and `#` lines ignored. TERM uses the lexicon's
/// syntax (a bare word is stemmed, `=word` is exact, spaces make a phrase). VALUE is a scale for
/// `intensifier` (> 1), `diminisher` and `irrealis` (< 1), a valence (−4…+4) for `idiom` and for `expectation`
/// (scored only when negated) and for `absence` (a lack stated by a negator), and an optional reach
/// in words for `negator`. A `non_answer` TERM is compared with the whole text, folded, words joined
/// by single spaces. An `expressive` TERM marks a lexicon word that no negator or intensifier reaches.
public struct Modifiers: Sendable, Hashable {
  /// One rule line.
  public struct Entry: Sendable, Hashable {
    /// The rule's role.
    public var kind: ModifierKind
    /// The term.
    public var term: LexiconTerm
    /// The scale or valence; 0 for kinds without one.
    public var value: Double
    /// The 1-based line.
    public var line: Int

    /// Creates an entry.
    public init(kind: ModifierKind, term: LexiconTerm, value: Double, line: Int) {
      self.kind = kind
      self.term = term
      self.value = value
      self.line = line
    }
  }

  /// The file's name, for messages.
  public var file: String
  /// The entries, in file order.
  public var entries: [Entry]

  /// Creates a rule set from entries already parsed.
  public init(file: String, entries: [Entry]) {
    self.file = file
    self.entries = entries
  }

  /// Parses the contents of a modifiers file named `file`.
  ///
  /// - Throws: ``LexiconError`` for an unknown kind, a missing tab or value, a bad number, an empty
  ///   term, a line repeated with the same kind and term, or an `absence` that marks no negator.
  public static func parse(_ contents: String, file: String) throws(LexiconError) -> Modifiers {
    var entries: [Entry] = []
    var firstLine: [String: Int] = [:]
    for (number, fields) in TSVLines(contents) {
      guard fields.count >= 2 else {
        throw LexiconError(file: file, line: number, reason: .missingTab)
      }
      let kindText = fields[0].trimmingSpaces()
      guard let kind = ModifierKind(rawValue: kindText) else {
        throw LexiconError(file: file, line: number, reason: .unknownModifierKind(kindText))
      }
      let rawTerm = fields[1].trimmingSpaces()
      guard !rawTerm.isEmpty, let parsed = LexiconTerm.read(rawTerm) else {
        throw LexiconError(file: file, line: number, reason: .emptyTerm)
      }
      if kind != .nonAnswer, parsed.isTooLong {
        throw LexiconError(file: file, line: number, reason: .phraseTooLong(parsed.written))
      }
      // A non-answer is compared with the whole text, so it stays a plain folded string.
      let term: LexiconTerm = kind == .nonAnswer ? .exact(UTF8Scalar.fold(rawTerm)) : parsed
      var value = 0.0
      if kind.needsValue {
        guard fields.count >= 3 else {
          throw LexiconError(file: file, line: number, reason: .missingValue(kindText))
        }
        value = try Lexicon.parseNumber(fields[2], file: file, line: number)
        if kind == .idiom || kind == .expectation || kind == .absence, !(-4.0...4.0).contains(value)
        {
          throw LexiconError(file: file, line: number, reason: .valenceOutOfRange(value))
        }
      } else if fields.count >= 3, kind == .negator || kind == .postNegator {
        value = try Lexicon.parseNumber(fields[2], file: file, line: number)
      }
      let key = kindText + "\t" + term.written
      if let first = firstLine[key] {
        throw LexiconError(
          file: file, line: number, reason: .duplicate(term: term.written, firstLine: first))
      }
      firstLine[key] = number
      entries.append(Entry(kind: kind, term: term, value: value, line: number))
    }
    let negators = Set(
      entries.filter { $0.kind == .negator || $0.kind == .postNegator }.map(\.term.written))
    if let stray = entries.first(where: {
      $0.kind == .absence && !negators.contains($0.term.written)
    }) {
      throw LexiconError(
        file: file, line: stray.line, reason: .absenceWithoutNegator(stray.term.written))
    }
    return Modifiers(file: file, entries: entries)
  }
}
