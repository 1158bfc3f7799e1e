/// A text with how often it occurred.
public struct CountedText: Sendable, Hashable, Codable {
  /// The text.
  public var text: String
  /// How often.
  public var count: Int
}
