/// What the config says about one column: its role and, where it matters, its range or options.
public struct ColumnSpec: Sendable, Hashable {
  /// The role of the column.
  public var role: ColumnRole
  /// For a scale: the inclusive range; guessed from the header ("от 1 до 10", "(1-5)") when absent.
  public var range: ClosedRange<Int>?
  /// For a choice question: the known options, so that options containing commas split correctly.
  public var options: [String]

  public init(role: ColumnRole, range: ClosedRange<Int>? = nil, options: [String] = []) {
    self.role = role
    self.range = range
    self.options = options
  }
}
