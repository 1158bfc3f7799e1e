/// Texts by sentiment label. `none` (no signal) and `nonAnswer` are counted apart from opinions.
public struct SentimentCounts: Sendable, Hashable, Codable {
  /// Negative texts.
  public var negative: Int
  /// Neutral texts.
  public var neutral: Int
  /// Positive texts.
  public var positive: Int
  /// Texts without any sentiment signal.
  public var none: Int
  /// Non-answers ("нет", "не знаю").
  public var nonAnswer: Int

  /// Texts with an opinion (negative + neutral + positive).
  public var opinions: Int { negative + neutral + positive }
}
