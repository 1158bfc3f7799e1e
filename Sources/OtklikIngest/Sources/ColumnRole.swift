/// What a column means. Given in the config by header text, or guessed from the header.
public enum ColumnRole: String, Sendable, Hashable, Codable, CaseIterable {
  // Either kind.
  /// A response or review id.
  case id
  /// A column to skip.
  case ignore

  // Surveys.
  /// The submission time of a form.
  case timestamp
  /// A column that groups respondents (district, age group, gender, …).
  case segment
  /// A question with one option per respondent.
  case singleChoice = "single_choice"
  /// A question with several options per respondent in one cell.
  case multipleChoice = "multiple_choice"
  /// A numeric scale (1–5, 1–10).
  case scale
  /// Net Promoter Score, 0–10.
  case nps
  /// A free-text question.
  case open

  // Reviews.
  /// The company reviewed.
  case company
  /// The branch or address.
  case branch
  /// Where the review was published.
  case source
  /// When the review was written.
  case date
  /// The rating, 1–5.
  case rating
  /// The reviewer's name.
  case author
  /// The review text.
  case text
  /// The company's reply.
  case reply
  /// When the company replied.
  case replyDate = "reply_date"
}
