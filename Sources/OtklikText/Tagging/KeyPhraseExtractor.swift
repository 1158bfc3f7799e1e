/// Finds candidate themes in a clause: stemmed word pairs and triples that no tag covers.
///
/// Aggregation counts the candidates across texts and ranks them ("emerging themes", for analysts
/// to add to the taxonomy); this type only proposes them, clause by clause.
///
/// How a clause is read (see ``KeyPhraseRole``):
/// - n-grams are made of 2 or 3 consecutive **content** words;
/// - a **skipped** token (a stopword: prepositions, pronouns, particles, auxiliaries, indefinite
///   pronouns like "что-то", and the survey fillers "хотелось бы", "больше", "нужно", see
///   ``Stopwords``; or a one-letter token) does not end the run, so "места для выгула собак" gives
///   "мест выгул", "выгул собак" and "мест выгул собак"; more than ``maximumSkipped`` of them in a
///   row end it;
/// - a **boundary** ends the run: a conjunction ("и", "или", "а", "and", …) or a token with a digit
///   (from ``role(of:)``), and, marked by the caller, a token covered by a tag or a sentiment word,
///   since a phrase across any of them is not one theme.
///
/// Each n-gram's ``KeyPhrase/key`` is its content words' stems joined by spaces; its
/// ``KeyPhrase/text`` is what the caller's `surface` gives for the tokens from its first to its
/// last content word (the text as written, stopwords included: "места для выгула"). An n-gram
/// repeating a stem is dropped; each key is yielded once per call.
public struct KeyPhraseExtractor: Sendable {
  /// The most stopwords skipped in a row inside one n-gram.
  public static let maximumSkipped = 2

  /// Forms skipped inside a run.
  public let stopwords: Set<String>
  /// Forms that end a run.
  public let boundaries: Set<String>

  /// Creates an extractor.
  ///
  /// - Parameters:
  ///   - stopwords: lowercased forms (`ё`→`е`) to skip; Russian and English by default.
  ///   - boundaries: lowercased forms that end a run; conjunctions by default.
  public init(
    stopwords: Set<String> = Stopwords.russian.union(Stopwords.english),
    boundaries: Set<String> = Stopwords.conjunctions
  ) {
    self.stopwords = stopwords
    self.boundaries = boundaries
  }

  /// The role of a token by its form alone; cache it per distinct token.
  ///
  /// - Parameter form: the token lowercased, `ё` written `е`.
  public func role(of form: String) -> KeyPhraseRole {
    if boundaries.contains(form) { return .boundary }
    if form.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
      return .boundary
    }
    if stopwords.contains(form) || form.unicodeScalars.count < 2
      || Stopwords.indefiniteSuffixes.contains(where: { form.hasSuffix($0) })
    {
      return .skipped
    }
    return .content
  }

  /// The candidate n-grams of one clause: pairs before triples, each in text order.
  ///
  /// - Parameters:
  ///   - tokens: the clause's tokens in text order.
  ///   - surface: the text as written from the token at the range's lower bound to the one at its
  ///     upper bound (0-based offsets into `tokens`); called once per phrase yielded.
  public func extract<Tokens: RandomAccessCollection>(
    from tokens: Tokens, surface: (ClosedRange<Int>) -> String
  ) -> [KeyPhrase] where Tokens.Element == KeyPhraseToken {
    var phrases: [KeyPhrase] = []
    var run: [Int] = []
    var skipped = 0
    for (offset, token) in tokens.enumerated() {
      switch token.role {
      case .content where !token.stem.isEmpty:
        run.append(offset)
        skipped = 0
      case .content, .skipped:
        skipped += 1
        if skipped > Self.maximumSkipped {
          emit(run, tokens, surface, into: &phrases)
          run.removeAll(keepingCapacity: true)
        }
      case .boundary:
        emit(run, tokens, surface, into: &phrases)
        run.removeAll(keepingCapacity: true)
        skipped = 0
      }
    }
    emit(run, tokens, surface, into: &phrases)
    return phrases
  }

  /// Adds the pairs, then the triples, of one run of content words.
  private func emit<Tokens: RandomAccessCollection>(
    _ run: [Int], _ tokens: Tokens, _ surface: (ClosedRange<Int>) -> String,
    into phrases: inout [KeyPhrase]
  ) where Tokens.Element == KeyPhraseToken {
    for length in 2...3 where run.count >= length {
      for start in 0...(run.count - length) {
        let members = run[start..<(start + length)]
        let stems = members.map { tokens[tokens.index(tokens.startIndex, offsetBy: $0)].stem }
        // Distinct stems only; comparing two or three stems beats hashing them.
        guard stems[0] != stems[1], length == 2 || (stems[2] != stems[0] && stems[2] != stems[1])
        else { continue }
        let key = stems.joined(separator: " ")
        guard !phrases.contains(where: { $0.key == key }) else { continue }
        phrases.append(KeyPhrase(key: key, text: surface(run[start]...run[start + length - 1])))
      }
    }
  }
}
