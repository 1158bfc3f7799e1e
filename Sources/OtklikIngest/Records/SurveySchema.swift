/// What the columns of one survey file mean: which are segments, which are questions and of what kind.
///
/// A schema is fixed once a file's header has been read (from the config, or guessed), so every
/// ``SurveyResponse`` of the file lines up with it by index.
public struct SurveySchema: Sendable, Hashable {
  /// The column holding the submission time, if any.
  public var timestampColumn: Int?
  /// The column holding a response id, if any.
  public var idColumn: Int?
  /// Columns that split respondents into groups (district, age group, gender, …).
  public var segments: [SurveySegment]
  /// Every question column, in file order.
  public var questions: [SurveyQuestion]

  public init(
    timestampColumn: Int? = nil, idColumn: Int? = nil, segments: [SurveySegment],
    questions: [SurveyQuestion]
  ) {
    self.timestampColumn = timestampColumn
    self.idColumn = idColumn
    self.segments = segments
    self.questions = questions
  }
}

/// A column that splits respondents into groups, such as district or age group.
public struct SurveySegment: Sendable, Hashable {
  /// The 0-based column index in the file.
  public var column: Int
  /// The header text, as written.
  public var name: String

  public init(column: Int, name: String) {
    self.column = column
    self.name = name
  }
}

/// One question column of a survey.
public struct SurveyQuestion: Sendable, Hashable {
  /// The 0-based column index in the file.
  public var column: Int
  /// The header text, as written (line breaks folded to spaces).
  public var title: String
  /// How answers are read and reported.
  public var kind: QuestionKind
  /// For a grid question `Question [Row]`: the question and the row; `nil` otherwise.
  public var grid: GridPosition?

  public init(column: Int, title: String, kind: QuestionKind, grid: GridPosition? = nil) {
    self.column = column
    self.title = title
    self.kind = kind
    self.grid = grid
  }
}

/// The place of a column in a grid question written as `Question [Row]`.
public struct GridPosition: Sendable, Hashable {
  /// The shared question text.
  public var question: String
  /// The row label inside the brackets.
  public var row: String

  public init(question: String, row: String) {
    self.question = question
    self.row = row
  }
}

/// How a survey question's answers are read.
public enum QuestionKind: Sendable, Hashable {
  /// One option per respondent.
  case singleChoice
  /// Several options per respondent, joined in one cell.
  case multipleChoice
  /// A numeric scale, inclusive on both ends (1–5, 1–10).
  case scale(min: Int, max: Int)
  /// Net Promoter Score, 0–10.
  case nps
  /// Free text, analysed for sentiment and tags.
  case open
}
