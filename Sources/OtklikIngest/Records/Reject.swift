/// A record that could not be accepted, with the reason: nothing is dropped silently.
public struct Reject: Sendable, Hashable {
  /// Where the rejected record starts.
  public var origin: RecordOrigin
  /// The column involved, by header text, when the problem is in one field.
  public var column: String?
  /// A short, lowercase, factual reason ("rating out of range 1–5: 7").
  public var reason: String
  /// The start of the raw record, for the analyst to find it (at most a few hundred characters).
  public var excerpt: String

  public init(origin: RecordOrigin, column: String? = nil, reason: String, excerpt: String) {
    self.origin = origin
    self.column = column
    self.reason = reason
    self.excerpt = excerpt
  }
}
