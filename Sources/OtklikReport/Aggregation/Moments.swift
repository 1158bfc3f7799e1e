/// Count, sum and extremes of a stream of numbers: enough for a mean, mergeable exactly.
///
/// Sums are of values that are small integers or halves in practice (ratings, scales), so the
/// floating-point sum does not depend on the order of addition; merge adds sums.
public struct Moments: Sendable, Equatable {
  /// Values seen.
  public private(set) var count = 0
  /// Their sum.
  public private(set) var sum = 0.0
  /// The smallest value, when any.
  public private(set) var min: Double?
  /// The largest value, when any.
  public private(set) var max: Double?

  /// Creates empty moments.
  public init() {}

  /// Adds one value.
  public mutating func add(_ value: Double) {
    count += 1
    sum += value
    min = Swift.min(min ?? value, value)
    max = Swift.max(max ?? value, value)
  }

  /// Adds every value `other` saw.
  public mutating func merge(_ other: Moments) {
    count += other.count
    sum += other.sum
    if let value = other.min { min = Swift.min(min ?? value, value) }
    if let value = other.max { max = Swift.max(max ?? value, value) }
  }

  /// The mean, or `nil` with no values.
  public var mean: Double? { count > 0 ? sum / Double(count) : nil }
}
