import Foundation

/// The reusable buffers of one thread's analyses: tokenizer output, resolved tokens, matches,
/// clauses and the token cache. Reusing them keeps the hot path free of per-token allocations.
final class Workspace {
  var output = Tokenizer.Output()
  var infos: [TokenInfo] = []
  var matches: [Match] = []
  /// For each token, the index of the match that covers it, or −1.
  var matchAt: [Int32] = []
  var clauses: [ClauseSpan] = []
  let cache = TokenCache()

  /// Empties every buffer, keeping capacity (the cache stays).
  func reset() {
    output.reset()
    infos.removeAll(keepingCapacity: true)
    matches.removeAll(keepingCapacity: true)
    matchAt.removeAll(keepingCapacity: true)
    clauses.removeAll(keepingCapacity: true)
  }

  /// The calling thread's workspace for `core`, made on first use.
  ///
  /// Each thread has its own, so analysers copied across threads never share mutable state and
  /// need no lock.
  static func current(for core: AnalyzerCore) -> Workspace {
    let dictionary = Thread.current.threadDictionary
    if let workspace = dictionary[core.workspaceKey] as? Workspace { return workspace }
    let workspace = Workspace()
    dictionary[core.workspaceKey] = workspace
    return workspace
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
  /// Word-level rules applied (``MatchRules``).
  var rules: MatchRules = []
  /// The product of intensifier and diminisher scales applied.
  var scale: Double = 1
}

/// The word-level rules a match went through, as bits.
struct MatchRules: OptionSet, Sendable {
  let rawValue: UInt16
  static let negation = MatchRules(rawValue: 1 << 0)
  static let negationOverIntensifier = MatchRules(rawValue: 1 << 1)
  static let postNegation = MatchRules(rawValue: 1 << 2)
  static let intensifier = MatchRules(rawValue: 1 << 3)
  static let diminisher = MatchRules(rawValue: 1 << 4)
  static let caps = MatchRules(rawValue: 1 << 5)
}

/// A clause: a run of tokens between sentence ends and contrast words.
struct ClauseSpan: Sendable {
  var firstToken: Int32
  var endToken: Int32
  var sourceStart: Int32
  var sourceEnd: Int32
  /// The contrast or concession weight.
  var weight: Double = 1
  var opensWithContrast = false
  var opensWithConcession = false
  var precedesContrast = false
  var exclamations: Int32 = 0
  var isQuestion = false
  /// Sum of the matches' weighted valences plus punctuation effects, before the weight.
  var sum: Double = 0
  var punctuationBoost: Double = 0
  var hasSignal = false
}
