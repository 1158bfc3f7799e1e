/// A taxonomy compiled for fast matching, independent of any tokenizer.
///
/// Matching runs in two steps so that the costly part happens once per distinct token:
/// 1. ``lookup(form:stem:)`` maps a token (its lowercased form with `ё`→`е`, and its stem) to a
///    ``TokenTags`` value: which pattern words it satisfies. The caller keeps it in its token cache.
/// 2. ``match(_:into:)`` takes a clause as the sequence of its tokens' ``TokenTags`` and finds the
///    tags, with integer work only and no allocation once its ``ClauseTags`` buffer has grown.
///
/// How patterns match (see ``TagPattern`` for the syntax):
/// - a word matches a token with the same stem, the pattern word being stemmed here with the
///   ``Stemmer`` given at compile time, which must be the one the caller stems tokens with;
/// - `=form` matches a token whose lowercased form is exactly `form`;
/// - `prefix*` matches a token whose lowercased form starts with `prefix`;
/// - a phrase matches its words in order on tokens of the clause, with at most one other token
///   between two consecutive words: "детская площадка" also finds "детская игровая площадка", and
///   "не хватает персонала" finds "не хватает нам персонала". One word of slack covers the
///   adjectives, particles and pronouns Russian puts inside a phrase, while two or more would let
///   common words pair up across a clause. The evidence is the tokens the phrase's words matched,
///   not the word skipped;
/// - a tag is found in a clause when any of its patterns matches there and none of its exclusions
///   does; its evidence is every token any of its patterns matched.
public struct TagMatcher: Sendable {
  /// The taxonomy compiled; ``ClauseTags/Hit/tag`` indexes its ``Taxonomy/tags``.
  public let taxonomy: Taxonomy

  /// Atom ids of stemmed pattern words, by stem.
  private let stemAtoms: [String: Int32]
  /// Atom ids of `=exact` pattern words, by form.
  private let exactAtoms: [String: Int32]
  /// Atom ids of `prefix*` pattern words, by prefix.
  private let prefixAtoms: [String: Int32]
  /// The distinct prefix lengths, in Unicode scalars, longest first.
  private let prefixLengths: [Int]
  /// Per prefix atom (by key), the chain of prefix atoms it starts with itself included:
  /// `chainAtoms[chainStarts[c]..<chainStarts[c + 1]]`.
  private let chainOfPrefix: [String: Int32]
  /// Where each chain's atoms start in `chainAtoms`; one more entry than there are chains.
  private let chainStarts: [Int32]
  /// The atoms of every chain, one run per chain.
  private let chainAtoms: [Int32]
  /// Every compiled pattern's atoms, one run per pattern.
  private let units: [Int32]
  /// Pattern `p`'s atoms are `units[unitStarts[p]..<unitStarts[p + 1]]`.
  private let unitStarts: [Int32]
  /// The tag index of each pattern.
  private let patternTags: [Int32]
  /// Whether each pattern is an exclusion.
  private let patternIsExclusion: [Bool]
  /// The patterns whose first atom is `a` are `firstPatterns[firstStarts[a]..<firstStarts[a + 1]]`.
  private let firstStarts: [Int32]
  /// Pattern indexes grouped by first atom.
  private let firstPatterns: [Int32]

  /// Compiles a taxonomy.
  ///
  /// - Parameters:
  ///   - taxonomy: the tags to look for.
  ///   - stemmer: stems the word patterns; it must be the stemmer the caller uses for token stems
  ///     (``BilingualStemmer`` in Otklik).
  public init(taxonomy: Taxonomy, stemmer: some Stemmer) {
    var atoms = AtomTable()
    var compiled: [(tag: Int32, isExclusion: Bool, units: [Int32])] = []
    var seen: Set<[Int32]> = []
    for (tagIndex, tag) in taxonomy.tags.enumerated() {
      for (isExclusion, patterns) in [(false, tag.patterns), (true, tag.exclusions)] {
        for pattern in patterns {
          let patternUnits = pattern.words.map { atoms.id(for: $0, stemmer: stemmer) }
          // One key per tag, kind and word sequence: a repeated pattern would only repeat evidence.
          guard seen.insert([Int32(tagIndex), isExclusion ? 1 : 0] + patternUnits).inserted else {
            continue
          }
          compiled.append((Int32(tagIndex), isExclusion, patternUnits))
        }
      }
    }
    self.taxonomy = taxonomy
    stemAtoms = atoms.stems
    exactAtoms = atoms.exacts
    prefixAtoms = atoms.prefixes
    prefixLengths = Set(atoms.prefixes.keys.map { $0.unicodeScalars.count }).sorted(by: >)
    // A form's matching prefixes are nested, so the longest one found names them all: give each
    // prefix the chain of prefix words it itself starts with.
    var chains: [String: Int32] = [:]
    var starts: [Int32] = [0]
    var flat: [Int32] = []
    for (prefix, atom) in atoms.prefixes.sorted(by: { $0.value < $1.value }) {
      let scalars = Array(prefix.unicodeScalars)
      let chain = atoms.prefixes.filter { other, _ in
        let otherScalars = Array(other.unicodeScalars)
        return otherScalars.count <= scalars.count && scalars.starts(with: otherScalars)
      }.map(\.value).sorted()
      assert(chain.contains(atom))
      chains[prefix] = Int32(starts.count - 1)
      flat += chain
      starts.append(Int32(flat.count))
    }
    chainOfPrefix = chains
    chainStarts = starts
    chainAtoms = flat
    units = compiled.flatMap(\.units)
    var unitOffsets: [Int32] = [0]
    for pattern in compiled {
      unitOffsets.append(unitOffsets[unitOffsets.count - 1] + Int32(pattern.units.count))
    }
    unitStarts = unitOffsets
    patternTags = compiled.map(\.tag)
    patternIsExclusion = compiled.map(\.isExclusion)
    var byFirst = [[Int32]](repeating: [], count: Int(atoms.count))
    for (index, pattern) in compiled.enumerated() {
      byFirst[Int(pattern.units[0])].append(Int32(index))
    }
    var offsets: [Int32] = [0]
    for group in byFirst { offsets.append(offsets[offsets.count - 1] + Int32(group.count)) }
    firstStarts = offsets
    firstPatterns = byFirst.flatMap { $0 }
  }

  /// The pattern words one token satisfies; store the result per distinct token.
  ///
  /// - Parameters:
  ///   - form: the token lowercased, `ё` written `е`.
  ///   - stem: the token's stem by the stemmer given at compile time.
  public func lookup(form: String, stem: String) -> TokenTags {
    var chain: Int32 = -1
    if !prefixLengths.isEmpty {
      let scalars = form.unicodeScalars
      let length = scalars.count
      for prefixLength in prefixLengths where prefixLength <= length {
        let end = scalars.index(scalars.startIndex, offsetBy: prefixLength)
        if let found = chainOfPrefix[String(scalars[..<end])] {
          chain = found
          break
        }
      }
    }
    return TokenTags(
      stemAtom: stemAtoms[stem] ?? -1, exactAtom: exactAtoms[form] ?? -1, prefixChain: chain)
  }

  /// ``lookup(form:stem:)`` for a tokenizer that holds forms and stems as UTF-8 bytes.
  public func lookup(utf8Form form: some Collection<UInt8>, utf8Stem stem: some Collection<UInt8>)
    -> TokenTags
  {
    lookup(form: String(decoding: form, as: UTF8.self), stem: String(decoding: stem, as: UTF8.self))
  }

  /// Finds the tags of one clause.
  ///
  /// - Parameters:
  ///   - tokens: the clause's tokens' ``TokenTags`` in text order (from ``lookup(form:stem:)`` of
  ///     this matcher), e.g. `clauseTokens.lazy.map(\.tags)`.
  ///   - result: cleared and filled with the hits; reuse one buffer for many clauses.
  public func match<Tokens: RandomAccessCollection>(
    _ tokens: Tokens, into result: inout ClauseTags
  ) where Tokens.Element == TokenTags {
    result.reset()
    let count = tokens.count
    for position in 0..<count {
      let token = tokens[tokens.index(tokens.startIndex, offsetBy: position)]
      if token.stemAtom >= 0 {
        start(token.stemAtom, at: position, tokens, count: count, into: &result)
      }
      if token.exactAtom >= 0 {
        start(token.exactAtom, at: position, tokens, count: count, into: &result)
      }
      if token.prefixChain >= 0 {
        let chain = Int(token.prefixChain)
        for slot in Int(chainStarts[chain])..<Int(chainStarts[chain + 1]) {
          start(chainAtoms[slot], at: position, tokens, count: count, into: &result)
        }
      }
    }
    result.finish()
  }

  /// The tags of one clause in a new buffer: ``match(_:into:)`` for callers that do not reuse one.
  public func match<Tokens: RandomAccessCollection>(_ tokens: Tokens) -> ClauseTags
  where Tokens.Element == TokenTags {
    var result = ClauseTags()
    match(tokens, into: &result)
    return result
  }

  /// Tries every pattern whose first word is `atom`, starting at `position`, and records the ones
  /// that match.
  @inline(__always)
  private func start<Tokens: RandomAccessCollection>(
    _ atom: Int32, at position: Int, _ tokens: Tokens, count: Int, into result: inout ClauseTags
  ) where Tokens.Element == TokenTags {
    for slot in Int(firstStarts[Int(atom)])..<Int(firstStarts[Int(atom) + 1]) {
      let pattern = Int(firstPatterns[slot])
      let first = Int(unitStarts[pattern])
      let end = Int(unitStarts[pattern + 1])
      result.phrase.removeAll(keepingCapacity: true)
      result.phrase.append(position)
      guard extend(tokens, count: count, unit: first + 1, end: end, phrase: &result.phrase) else {
        continue
      }
      let tag = patternTags[pattern]
      if patternIsExclusion[pattern] {
        if !result.excluded.contains(tag) { result.excluded.append(tag) }
      } else {
        for matched in result.phrase { result.matched.append(Int64(tag) << 32 | Int64(matched)) }
      }
    }
  }

  /// Whether `token` satisfies the pattern word `atom`.
  @inline(__always)
  private func satisfies(_ token: TokenTags, _ atom: Int32) -> Bool {
    if token.stemAtom == atom || token.exactAtom == atom { return true }
    guard token.prefixChain >= 0 else { return false }
    let chain = Int(token.prefixChain)
    for slot in Int(chainStarts[chain])..<Int(chainStarts[chain + 1]) where chainAtoms[slot] == atom
    {
      return true
    }
    return false
  }

  /// Tries to match atoms `unit..<end` after the last position in `phrase`, each on the next token
  /// or the one after it, backtracking when the nearer choice leads nowhere.
  private func extend<Tokens: RandomAccessCollection>(
    _ tokens: Tokens, count: Int, unit: Int, end: Int, phrase: inout [Int]
  ) -> Bool where Tokens.Element == TokenTags {
    if unit == end { return true }
    let last = phrase[phrase.count - 1]
    for next in (last + 1)...(last + 2) where next < count {
      guard satisfies(tokens[tokens.index(tokens.startIndex, offsetBy: next)], units[unit]) else {
        continue
      }
      phrase.append(next)
      if extend(tokens, count: count, unit: unit + 1, end: end, phrase: &phrase) { return true }
      phrase.removeLast()
    }
    return false
  }
}

/// Gives each distinct pattern word (a stem, an exact form or a prefix) one integer id.
private struct AtomTable {
  var stems: [String: Int32] = [:]
  var exacts: [String: Int32] = [:]
  var prefixes: [String: Int32] = [:]
  var count: Int32 = 0

  mutating func id(for word: TagPattern.Word, stemmer: some Stemmer) -> Int32 {
    let next = count
    let id: Int32
    switch word {
    case .stem(let text): id = Self.id(for: stemmer.stem(text), in: &stems, next: next)
    case .exact(let text): id = Self.id(for: text, in: &exacts, next: next)
    case .prefix(let text): id = Self.id(for: text, in: &prefixes, next: next)
    }
    if id == next { count += 1 }
    return id
  }

  private static func id(for key: String, in table: inout [String: Int32], next: Int32) -> Int32 {
    if let existing = table[key] { return existing }
    table[key] = next
    return next
  }
}
