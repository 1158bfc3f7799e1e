/// The scores at which a text's sentiment becomes `pos` or `neg` (the analyser's settings), written
/// into the report's method so a reader knows what "negative" meant for this run.
public struct SentimentThresholds: Sendable, Hashable, Codable {
  /// A text scoring at or above this (on −1…1) is positive.
  public var positive: Double
  /// A text scoring at or below minus this is negative.
  public var negative: Double

  /// Creates thresholds; the defaults are the analyser's.
  public init(positive: Double = 0.1, negative: Double = 0.1) {
    self.positive = positive
    self.negative = negative
  }
}
