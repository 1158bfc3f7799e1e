/// The tags found in one clause, each with the indexes of the tokens that matched (its evidence).
///
/// A reusable buffer: ``TagMatcher/match(_:into:)`` clears and refills it, keeping its capacity, so
/// matching clause after clause allocates nothing once the buffers have grown. Hits come in taxonomy
/// order (the order of ``Taxonomy/tags``), one per tag; a tag whose exclusion occurs in the clause
/// is absent.
public struct ClauseTags: Sendable, Equatable, RandomAccessCollection {
  /// One tag found in the clause.
  public struct Hit: Sendable, Hashable {
    /// The tag's index in ``TagMatcher/taxonomy``'s ``Taxonomy/tags``.
    public var tag: Int
    /// The indexes (0-based, within the clause) of the tokens its patterns matched, ascending.
    public var tokens: ArraySlice<Int>
  }

  /// Per found tag: its index and the range of its tokens in `evidence`.
  private var hits: [(tag: Int32, start: Int32, end: Int32)] = []
  /// The evidence token indexes of every hit, one run per hit.
  private var evidence: [Int] = []
  /// Matching scratch: `tag << 32 | token` for each matched token, sorted at the end.
  var matched: [Int64] = []
  /// Matching scratch: tags whose exclusion occurred in the clause.
  var excluded: [Int32] = []
  /// Matching scratch: the token positions of a phrase being tried.
  var phrase: [Int] = []

  /// An empty buffer.
  public init() {}

  /// The index of the first hit (0).
  public var startIndex: Int { 0 }
  /// One past the last hit.
  public var endIndex: Int { hits.count }

  /// The hit at `position`.
  public subscript(position: Int) -> Hit {
    let hit = hits[position]
    return Hit(tag: Int(hit.tag), tokens: evidence[Int(hit.start)..<Int(hit.end)])
  }

  /// Whether any tag's evidence includes the token at `index`: such tokens are not offered as key
  /// phrases.
  public func covers(token index: Int) -> Bool {
    evidence.contains(index)
  }

  /// Empties the buffer, keeping its capacity.
  mutating func reset() {
    hits.removeAll(keepingCapacity: true)
    evidence.removeAll(keepingCapacity: true)
    matched.removeAll(keepingCapacity: true)
    excluded.removeAll(keepingCapacity: true)
    phrase.removeAll(keepingCapacity: true)
  }

  /// Turns the scratch lists into hits: groups matched tokens by tag, drops excluded tags and
  /// repeated tokens.
  mutating func finish() {
    if matched.isEmpty { return }
    matched.sort()
    var index = 0
    while index < matched.count {
      let tag = Int32(truncatingIfNeeded: matched[index] >> 32)
      let isExcluded = excluded.contains(tag)
      let start = evidence.count
      while index < matched.count, Int32(truncatingIfNeeded: matched[index] >> 32) == tag {
        let token = Int(matched[index] & 0xFFFF_FFFF)
        if !isExcluded, evidence.count == start || evidence[evidence.count - 1] != token {
          evidence.append(token)
        }
        index += 1
      }
      if !isExcluded { hits.append((tag, Int32(start), Int32(evidence.count))) }
    }
  }

  /// Two buffers are equal when they hold the same hits (scratch lists are ignored).
  public static func == (lhs: ClauseTags, rhs: ClauseTags) -> Bool {
    lhs.elementsEqual(rhs)
  }
}
