#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reusable buffers of one analysis: tokenizer output, resolved tokens, matches and clauses.
///
/// The passes take them `inout` as a plain struct, so their loops run without the dynamic
/// exclusivity checks that class properties would cost.
struct Buffers {
  /// The tokens and their folded keys.
  var output = Tokenizer.Output()
  /// Each token's resolved info, by token index.
  var infos: [TokenInfo] = []
  /// Entries, phrases and rule words found, in text order.
  var matches: [Match] = []
  /// For each token, the index of the match that covers it, or −1.
  var matchAt: [Int32] = []
  /// The clauses, in text order.
  var clauses: [ClauseSpan] = []
  /// One clause's word tokens' tag atoms, and their token indices, for the tag matcher.
  var tagTokens: [TokenTags] = []
  var tagPositions: [Int32] = []
  /// The tag matcher's reusable result buffer.
  var clauseTags = ClauseTags()

  /// Empties every buffer, keeping capacity.
  mutating func reset() {
    output.reset()
    infos.removeAll(keepingCapacity: true)
    matches.removeAll(keepingCapacity: true)
    matchAt.removeAll(keepingCapacity: true)
    clauses.removeAll(keepingCapacity: true)
  }
}

/// One thread's buffers and token cache for one analyser. Reusing them keeps the hot path free of
/// per-token allocations; keeping one per thread means analysers shared across threads need no lock.
final class Workspace {
  /// The buffers, lent to each analysis.
  var buffers = Buffers()
  /// Resolved tokens, kept across this thread's analyses.
  let cache = TokenCache()

  /// Lends the buffers to `body` as a plain value (moved out, so no copy) and takes them back.
  func withBuffers<Result>(_ body: (TokenCache, inout Buffers) -> Result) -> Result {
    var lent = buffers
    buffers = Buffers()
    defer { buffers = lent }
    return body(cache, &lent)
  }

  /// The calling thread's workspace for `core`, made on first use.
  static func current(for core: AnalyzerCore) -> Workspace {
    if let pointer = pthread_getspecific(core.workspaceKey.key) {
      return Unmanaged<Workspace>.fromOpaque(pointer).takeUnretainedValue()
    }
    let workspace = Workspace()
    pthread_setspecific(core.workspaceKey.key, Unmanaged.passRetained(workspace).toOpaque())
    return workspace
  }
}

/// A thread-local slot (a pthread key) holding each thread's ``Workspace`` for one analyser; a
/// thread's workspace is released when the thread ends.
final class WorkspaceKey: @unchecked Sendable {
  /// The pthread key; set once in `init`, never changed (hence `@unchecked Sendable`).
  let key: pthread_key_t

  init() {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<Workspace>.fromOpaque(pointer).release()
    }
    self.key = key
  }
}

/// A lexicon entry, phrase or rule word found in the token stream.
struct Match: Sendable {
  /// The first token.
  var start: Int32
  /// One past the last token.
  var end: Int32
  /// The compiled entry.
  var entry: Int32
  /// The clause it lies in.
  var clause: Int32 = 0
  /// The contribution after word-level rules (before clause weights).
  var weighted: Double = 0
  /// Whether it counts towards the score: every sentiment word, emoji and emoticon, an idiom of
  /// valence other than 0, an expectation only when negated, and a negator that states a lack.
  /// Set by the word rules.
  var isScored = false
  /// Word-level rules applied (``MatchRules``).
  var rules: MatchRules = []
  /// The product of intensifier and diminisher scales applied.
  var scale: Double = 1
}

/// The word-level rules a match went through, as bits.
struct MatchRules: OptionSet, Sendable {
  /// The bits.
  let rawValue: UInt16
  /// One rule each.
  static let negation = MatchRules(rawValue: 1 << 0)
  static let negationOverIntensifier = MatchRules(rawValue: 1 << 1)
  static let postNegation = MatchRules(rawValue: 1 << 2)
  static let intensifier = MatchRules(rawValue: 1 << 3)
  static let diminisher = MatchRules(rawValue: 1 << 4)
  static let caps = MatchRules(rawValue: 1 << 5)
  static let deniedExpectation = MatchRules(rawValue: 1 << 6)
  static let absence = MatchRules(rawValue: 1 << 7)
}

/// A clause: a run of tokens between sentence ends and contrast words.
struct ClauseSpan: Sendable {
  /// The first token and one past the last.
  var firstToken: Int32
  var endToken: Int32
  /// The byte range in the original text.
  var sourceStart: Int32
  var sourceEnd: Int32
  /// The contrast or concession weight.
  var weight: Double = 1
  /// Opened by a contrast or concession word; followed by a contrast clause.
  var opensWithContrast = false
  var opensWithConcession = false
  var precedesContrast = false
  /// Part of the last sentence of a long text.
  var isConclusion = false
  /// How many `!` end it.
  var exclamations: Int32 = 0
  /// Whether a `?` ends it.
  var isQuestion = false
  /// The token of the negator that opens it when it is a rhetorical question ("Isn't it lovely?",
  /// «Не слишком ли дорого?»): such a question asserts, so that negator flips nothing and the
  /// question is not damped; −1 for none.
  var rhetoricalNegator: Int32 = -1
  /// Whether it has an emoji or emoticon: a question with one ("Congrats? :)") is not damped.
  var hasSymbol = false
  /// What its sum was multiplied by as a question; 1 when it is not damped.
  var questionScale: Double = 1
  /// The damping of an irrealis word in it ("бы"), applied to a positive sum; 1 for none.
  var irrealisScale: Double = 1
  /// What its sum was multiplied by as a wish; 1 when it is not damped.
  var wishScale: Double = 1
  /// Sum of the matches' weighted valences plus punctuation effects, before the weight.
  var sum: Double = 0
  /// What its exclamation marks added to `sum`.
  var punctuationBoost: Double = 0
  /// Whether any sentiment match lies in it.
  var hasSignal = false
}
