public import OtklikText

/// The scores at which a text's sentiment becomes `pos` or `neg` (the analyser's settings), written
/// into the report's method so a reader knows what "negative" meant for this run.
public struct SentimentThresholds: Sendable, Hashable, Codable {
  /// A text scoring at or above this (on −1…1) is positive.
  public var positive: Double
  /// A text scoring at or below minus this is negative.
  public var negative: Double

  /// Creates thresholds; the defaults are the analyser's (``SentimentSettings``).
  public init(
    positive: Double = SentimentSettings().positiveThreshold,
    negative: Double = SentimentSettings().negativeThreshold
  ) {
    self.positive = positive
    self.negative = negative
  }

  /// `settings` with these thresholds.
  public func applied(to settings: SentimentSettings = SentimentSettings()) -> SentimentSettings {
    var settings = settings
    settings.positiveThreshold = positive
    settings.negativeThreshold = negative
    return settings
  }
}
