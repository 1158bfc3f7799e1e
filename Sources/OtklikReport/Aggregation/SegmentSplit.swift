/// One question's answers split by the values of one segment: the raw counts of a crosstab.
///
/// `totals` counts respondents per segment value who answered; `cells` counts, per segment value
/// and option, respondents who chose the option (each at most once); `moments` holds numeric answers
/// per segment value for scales.
public struct SegmentSplit: Sendable, Equatable {
  /// A crosstab cell's address.
  public struct Cell: Sendable, Hashable {
    /// The segment value.
    public var segment: String
    /// The option (or tag id).
    public var option: String
  }

  /// Respondents per segment value who answered.
  public private(set) var totals = Tally<String>()
  /// Respondents per segment value and option.
  public private(set) var cells = Tally<Cell>()
  /// Numeric answers per segment value.
  public private(set) var moments: [String: Moments] = [:]
  /// Numeric answers per segment value, by whole value (for NPS by segment).
  public private(set) var values: [String: Tally<Int>] = [:]

  /// Creates an empty split.
  public init() {}

  /// Counts one respondent of `segment` who chose `options` (duplicates counted once).
  public mutating func add(segment: String, options: [String]) {
    totals.add(segment)
    for option in Set(options) { cells.add(Cell(segment: segment, option: option)) }
  }

  /// Counts one respondent of `segment` who answered `value` on a scale.
  public mutating func add(segment: String, value: Double) {
    totals.add(segment)
    moments[segment, default: Moments()].add(value)
    values[segment, default: Tally()].add(Int(value.rounded()))
  }

  /// Adds every count of `other`.
  public mutating func merge(_ other: SegmentSplit) {
    totals.merge(other.totals)
    cells.merge(other.cells)
    for (segment, value) in other.moments { moments[segment, default: Moments()].merge(value) }
    for (segment, tally) in other.values { values[segment, default: Tally()].merge(tally) }
  }
}
