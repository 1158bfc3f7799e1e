public import OtklikIngest

/// What a report needs to know about one configured source: its name, kind and, for a survey, its schema.
///
/// A survey source may be read from several files; they share one schema, so the source is described
/// once and every ``AnalysedRecord`` whose ``Record/source`` names it is aggregated against that schema.
public struct ReportSource: Sendable, Hashable {
  /// The source's name in the config; matches ``Record/source``.
  public var name: String
  /// Survey or reviews.
  public var kind: SourceKind
  /// The schema of a survey source; `nil` for reviews.
  public var schema: SurveySchema?

  /// Creates a description of a source.
  public init(name: String, kind: SourceKind, schema: SurveySchema? = nil) {
    self.name = name
    self.kind = kind
    self.schema = schema
  }
}
