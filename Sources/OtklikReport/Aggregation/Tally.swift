/// Exact counts per key: the mergeable counter every summary is built from.
///
/// Merging adds counts key by key, so a tally of two halves merged equals the tally of the whole.
/// Memory grows with the number of distinct keys, never with the number of records.
public struct Tally<Key: Hashable & Sendable>: Sendable, Equatable {
  /// Counts by key; keys never counted are absent.
  public private(set) var counts: [Key: Int] = [:]
  /// The sum of all counts.
  public private(set) var total = 0

  /// Creates an empty tally.
  public init() {}

  /// Counts `key` `times` times.
  public mutating func add(_ key: Key, times: Int = 1) {
    guard times != 0 else { return }
    counts[key, default: 0] += times
    total += times
  }

  /// Adds every count of `other`.
  public mutating func merge(_ other: Tally<Key>) {
    for (key, count) in other.counts { counts[key, default: 0] += count }
    total += other.total
  }

  /// The count of `key` (0 when never counted).
  public subscript(key: Key) -> Int { counts[key] ?? 0 }
}

extension Tally where Key: Comparable {
  /// Keys by descending count, ties by ascending key: the order every report lists them in.
  public var rankedKeys: [Key] {
    counts.sorted { lhs, rhs in
      lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }.map(\.key)
  }
}
