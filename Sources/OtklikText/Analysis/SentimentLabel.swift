/// The sentiment label of a clause or a text.
///
/// `none` and `nonAnswer` are not opinions: reports count them apart from `neutral`, so that
/// "нет" or "затрудняюсь ответить" never dilutes the share of neutral answers.
public enum SentimentLabel: String, Sendable, Hashable, Codable, CaseIterable {
  case negative = "neg"
  case neutral = "neu"
  case positive = "pos"
  /// A text with no sentiment signal at all (no lexicon hit, no emoji).
  case none
  /// An answer that declines to answer: "нет", "-", "не знаю", "затрудняюсь ответить".
  case nonAnswer = "non_answer"

  /// Whether this label expresses an opinion (`neg`, `neu` or `pos`).
  public var isOpinion: Bool {
    switch self {
    case .negative, .neutral, .positive: true
    case .none, .nonAnswer: false
    }
  }
}
