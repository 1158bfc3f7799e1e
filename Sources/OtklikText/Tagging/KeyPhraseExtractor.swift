/// Finds candidate themes in a clause: stemmed word pairs and triples that no tag covers.
///
/// Aggregation counts the candidates across texts and ranks them ("emerging themes", for analysts
/// to add to the taxonomy); this type only proposes them, clause by clause.
///
/// How a clause is read:
/// - a **content** word is any token that is not one of the kinds below; n-grams are made of 2 or 3
///   consecutive content words;
/// - a **stopword** (prepositions, pronouns, particles, auxiliaries, and the survey fillers
///   "хотелось бы", "больше", "нужно", see ``Stopwords``) or a one-letter token is skipped without
///   ending the run, so "места для выгула собак" gives "мест выгул", "выгул собак" and
///   "мест выгул собак"; more than ``maximumSkipped`` of them in a row end it;
/// - a **boundary** ends the run: a token covered by a tag, a sentiment word, a token with a digit,
///   a conjunction ("и", "или", "а", "and", "or", …), since a phrase across any of them is not one
///   theme.
///
/// Each n-gram's ``KeyPhrase/key`` is its content words' stems joined by spaces; its
/// ``KeyPhrase/text`` is the surface words from its first to its last content word, stopwords
/// included ("места для выгула"). An n-gram repeating a stem is dropped; each key is yielded once
/// per call.
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

  /// The candidate n-grams of one clause, pairs before triples, in text order.
  ///
  /// - Parameter tokens: the clause's tokens in text order.
  public func extract<Tokens: RandomAccessCollection>(from tokens: Tokens) -> [KeyPhrase]
  where Tokens.Element == KeyPhraseToken {
    let words = Array(tokens)
    var phrases: [KeyPhrase] = []
    var keys: Set<String> = []
    var run: [Int] = []
    var skipped = 0
    for (index, token) in words.enumerated() {
      switch role(of: token) {
      case .content:
        run.append(index)
        skipped = 0
      case .skipped:
        skipped += 1
        if skipped > Self.maximumSkipped {
          emit(run, words, into: &phrases, keys: &keys)
          run = []
        }
      case .boundary:
        emit(run, words, into: &phrases, keys: &keys)
        run = []
        skipped = 0
      }
    }
    emit(run, words, into: &phrases, keys: &keys)
    return phrases
  }

  /// How a token takes part in a run.
  private enum Role {
    case content, skipped, boundary
  }

  private func role(of token: KeyPhraseToken) -> Role {
    if token.isCovered || token.isSentiment || boundaries.contains(token.form) { return .boundary }
    if token.form.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
      return .boundary
    }
    if token.stem.isEmpty || stopwords.contains(token.form) || token.form.unicodeScalars.count < 2 {
      return .skipped
    }
    return .content
  }

  /// Adds the pairs, then the triples, of one run of content words.
  private func emit(
    _ run: [Int], _ words: [KeyPhraseToken], into phrases: inout [KeyPhrase],
    keys: inout Set<String>
  ) {
    for length in 2...3 where run.count >= length {
      for start in 0...(run.count - length) {
        let members = run[start..<(start + length)]
        let stems = members.map { words[$0].stem }
        guard Set(stems).count == length else { continue }
        let key = stems.joined(separator: " ")
        guard keys.insert(key).inserted else { continue }
        let text = words[members.first!...members.last!].map(\.surface).joined(separator: " ")
        phrases.append(KeyPhrase(key: key, text: text))
      }
    }
  }
}
