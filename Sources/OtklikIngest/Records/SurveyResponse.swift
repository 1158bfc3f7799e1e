public import Foundation

/// One respondent's row of a survey export, aligned with its file's ``SurveySchema``.
public struct SurveyResponse: Sendable, Hashable {
  /// The form's response id, when the export has one.
  public var id: String?
  /// When the form was submitted. Local wall-clock time stored as if it were UTC.
  public var timestamp: Date?
  /// One value per ``SurveySchema/segments`` entry, in the same order; `nil` when left empty.
  public var segments: [String?]
  /// One answer per ``SurveySchema/questions`` entry, in the same order.
  public var answers: [Answer]

  public init(id: String? = nil, timestamp: Date? = nil, segments: [String?], answers: [Answer]) {
    self.id = id
    self.timestamp = timestamp
    self.segments = segments
    self.answers = answers
  }
}

/// One cell of a survey question, typed by the question's kind.
public enum Answer: Sendable, Hashable {
  /// The respondent left the question empty.
  case empty
  /// A single-choice or grid answer.
  case choice(String)
  /// A multiple-choice answer, split into its options.
  case choices([String])
  /// A scale or NPS value.
  case number(Double)
  /// A free-text answer, as written.
  case text(String)
}
