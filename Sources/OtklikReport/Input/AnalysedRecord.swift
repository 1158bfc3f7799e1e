public import OtklikIngest
public import OtklikText

/// A record with the analysis of each of its free texts: what aggregation consumes.
public struct AnalysedRecord: Sendable {
  /// The typed record from ingest.
  public var record: Record
  /// One analysis per free text: for a review, its text (field 0); for a survey response, each
  /// non-empty open answer, keyed by the index of its question in the ``SurveySchema``.
  public var texts: [AnalysedText]

  public init(record: Record, texts: [AnalysedText]) {
    self.record = record
    self.texts = texts
  }
}

/// The analysis of one free-text field of a record.
public struct AnalysedText: Sendable {
  /// For a review, 0; for a survey, the index of the open question in ``SurveySchema/questions``.
  public var field: Int
  /// What the text analysis found.
  public var analysis: TextAnalysis

  public init(field: Int, analysis: TextAnalysis) {
    self.field = field
    self.analysis = analysis
  }
}
