/// One accepted row of an input file, typed: nothing downstream of ingest sees raw CSV.
public struct Record: Sendable {
  /// The record's place in its file.
  public var origin: RecordOrigin
  /// The name of the configured source the file belongs to.
  public var source: String
  /// The typed fields.
  public var content: Content

  /// What kind of row this is, with its fields.
  public enum Content: Sendable {
    case review(Review)
    case survey(SurveyResponse)
  }

  public init(origin: RecordOrigin, source: String, content: Content) {
    self.origin = origin
    self.source = source
    self.content = content
  }
}
