/// What one column of a file means, and whether Otklik was told or guessed it.
public struct ColumnMapping: Sendable, Hashable, CustomStringConvertible {
  /// The 0-based column index.
  public var index: Int
  /// The header as shown: line breaks folded, duplicates numbered (`Вопрос (2)`).
  public var name: String
  /// The role. Survey questions carry the role of their kind (`single_choice`, `scale`, …).
  public var role: ColumnRole
  /// Whether the role came from the header words (`false`: from the config).
  public var isGuessed: Bool
  /// For a survey question: its kind.
  public var question: QuestionKind?
  /// For a survey question whose kind was read from its first answers rather than from the header
  /// or the config.
  public var isKindFromAnswers: Bool
  /// For a grid column `Question [Row]`: the question and the row.
  public var grid: GridPosition?
  /// For a choice question: the options the config lists.
  public var options: [String]

  /// Creates a column mapping from its parts.
  public init(
    index: Int, name: String, role: ColumnRole, isGuessed: Bool, question: QuestionKind? = nil,
    isKindFromAnswers: Bool = false, grid: GridPosition? = nil, options: [String] = []
  ) {
    self.index = index
    self.name = name
    self.role = role
    self.isGuessed = isGuessed
    self.question = question
    self.isKindFromAnswers = isKindFromAnswers
    self.grid = grid
    self.options = options
  }

  /// `column 'Район' → segment (guessed)`; questions show their kind: `column 'Оцените (1-5)' → scale
  /// 1–5 (guessed)`, `… (guessed from answers)`, `… (config)`.
  public var description: String {
    var target = role.rawValue
    if let question { target = Self.describe(question) }
    if let grid { target += " (grid '\(grid.question)', row '\(grid.row)')" }
    let how = isGuessed ? (isKindFromAnswers ? "guessed from answers" : "guessed") : "config"
    return "column '\(name)' → \(target) (\(how))"
  }

  /// `single_choice`, `multiple_choice`, `scale 1–5`, `nps`, `open`.
  public static func describe(_ kind: QuestionKind) -> String {
    switch kind {
    case .singleChoice: return ColumnRole.singleChoice.rawValue
    case .multipleChoice: return ColumnRole.multipleChoice.rawValue
    case .scale(let min, let max): return "scale \(min)–\(max)"
    case .nps: return ColumnRole.nps.rawValue
    case .open: return ColumnRole.open.rawValue
    }
  }
}
