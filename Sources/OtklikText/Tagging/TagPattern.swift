/// One pattern of a tag, parsed: one to four words, each matched by stem, as an exact form or as a
/// prefix of the form.
///
/// Syntax (one YAML string per pattern; case is ignored and `ё` is read as `е`):
/// - `официант` — a word, matched by stem: the matcher stems it with the caller's stemmer, so one
///   entry covers every inflection the stemmer folds together;
/// - `=хамит` — an exact word form, matched against the lowercased token only;
/// - `хам*` — a prefix of the lowercased token (at least ``minimumPrefixLength`` characters), for
///   word families a stemmer does not fold (хамство, хамка, хамоватый);
/// - `в первую очередь` — a phrase of up to ``maximumWords`` words separated by spaces, each word
///   in any of the three forms above; see ``TagMatcher`` for how phrases match.
public struct TagPattern: Sendable, Hashable, CustomStringConvertible {
  /// One word of a pattern.
  public enum Word: Sendable, Hashable {
    /// Matched by stem; holds the normalised word before stemming.
    case stem(String)
    /// Matched against the token's lowercased form exactly.
    case exact(String)
    /// Matched when the token's lowercased form starts with this text.
    case prefix(String)
  }

  /// The most words a phrase may have: longer phrases are almost never repeated verbatim.
  public static let maximumWords = 4
  /// The shortest prefix allowed, in characters: shorter ones match far too many words.
  public static let minimumPrefixLength = 3

  /// The words, in order.
  public var words: [Word]
  /// The pattern as written, lowercased, `ё`→`е`, spaces collapsed.
  public var text: String
  /// Where the pattern was written.
  public var location: TaxonomyLocation

  /// Parses a pattern.
  ///
  /// - Parameters:
  ///   - raw: the pattern as written in YAML.
  ///   - location: where it was written (kept on the pattern and put in errors).
  /// - Throws: ``TaxonomyIssue`` at `location` when the pattern is empty, blank or breaks the syntax.
  public init(_ raw: String, at location: TaxonomyLocation) throws(TaxonomyIssue) {
    func fail(_ problem: TaxonomyIssue.Problem) -> TaxonomyIssue {
      TaxonomyIssue(location: location, problem: problem)
    }
    if raw.isEmpty { throw fail(.emptyPattern) }
    let parts = Self.normalize(raw).split(whereSeparator: { $0.isWhitespace })
    if parts.isEmpty { throw fail(.blankPattern) }
    let text = parts.joined(separator: " ")
    if parts.count > Self.maximumWords {
      throw fail(.invalidPattern(text, reason: "more than \(Self.maximumWords) words"))
    }
    var words: [Word] = []
    for part in parts {
      guard let word = Self.word(part) else {
        throw fail(.invalidPattern(text, reason: Self.wordProblem(part)))
      }
      words.append(word)
    }
    self.init(words: words, text: text, location: location)
  }

  /// Creates a pattern from words already parsed.
  public init(words: [Word], text: String, location: TaxonomyLocation) {
    self.words = words
    self.text = text
    self.location = location
  }

  /// Lowercases and maps `ё` to `е`, as the tokenizer does for token forms.
  public static func normalize(_ text: String) -> String {
    String(text.lowercased().map { $0 == "ё" ? "е" : $0 })
  }

  /// The pattern as written (normalised).
  public var description: String { text }

  /// The word a pattern part stands for, or `nil` when it breaks the syntax.
  private static func word(_ part: Substring) -> Word? {
    let (isExact, isPrefix, body) = markers(part)
    guard wordProblem(isExact: isExact, isPrefix: isPrefix, body: body) == nil else { return nil }
    let text = String(body)
    return isExact ? .exact(text) : isPrefix ? .prefix(text) : .stem(text)
  }

  /// Why a part breaks the syntax, or `nil` when it does not.
  private static func wordProblem(_ part: Substring) -> String {
    let (isExact, isPrefix, body) = markers(part)
    return wordProblem(isExact: isExact, isPrefix: isPrefix, body: body) ?? ""
  }

  private static func wordProblem(isExact: Bool, isPrefix: Bool, body: Substring) -> String? {
    if isExact && isPrefix { return "a word cannot be both exact (=) and a prefix (*)" }
    if body.contains("=") || body.contains("*") {
      return "'=' may only start a word and '*' only end it"
    }
    if !body.contains(where: { $0.isLetter || $0.isNumber }) { return "a word has no letters" }
    if isPrefix && body.count < minimumPrefixLength {
      return "prefix '\(body)*' is shorter than \(minimumPrefixLength) letters"
    }
    return nil
  }

  /// Splits a leading `=` and a trailing `*` off a pattern part.
  private static func markers(_ part: Substring) -> (isExact: Bool, isPrefix: Bool, body: Substring)
  {
    var body = part
    let isExact = body.hasPrefix("=")
    if isExact { body = body.dropFirst() }
    let isPrefix = body.hasSuffix("*")
    if isPrefix { body = body.dropLast() }
    return (isExact, isPrefix, body)
  }
}
