import OtklikIngest

/// One question's answers split by the values of one segment: the raw counts of a crosstab.
///
/// `totals` counts respondents per segment value who answered; `cells` counts, per segment value
/// and option, respondents who chose the option (each at most once); `moments` holds numeric answers
/// per segment value for scales.
///
/// Every answer of every respondent passes through here, once per segment, on the run's one
/// aggregating thread: segment values and cells are keyed with ``CanonicalHash`` (same equality as
/// `String`, a fraction of its hashing cost), and a segment value's counts are found with one lookup.
public struct SegmentSplit: Sendable, Equatable {
  /// A crosstab cell's address. Equal as its two `String`s are; hashed by ``CanonicalHash``.
  public struct Cell: Sendable, Hashable {
    /// The segment value.
    public var segment: String
    /// The option (or tag id).
    public var option: String

    public func hash(into hasher: inout Hasher) {
      CanonicalHash.combine(segment, into: &hasher)
      CanonicalHash.combine(option, into: &hasher)
    }
  }

  /// What one segment value has counted.
  private struct Group: Sendable, Equatable {
    var total = 0
    var moments = Moments()
    var values = Tally<Int>()

    mutating func add(_ value: Double) {
      total += 1
      moments.add(value)
      values.add(Int(value.rounded()))
    }

    mutating func merge(_ other: Group) {
      total += other.total
      moments.merge(other.moments)
      values.merge(other.values)
    }
  }

  private var groups: [CanonicalKey: Group] = [:]
  /// Respondents per segment value and option.
  public private(set) var cells = Tally<Cell>()

  /// Creates an empty split.
  public init() {}

  /// Respondents per segment value who answered.
  /// Built from the groups on each access: read it once per summary.
  public var totals: Tally<String> {
    var totals = Tally<String>()
    for (value, group) in groups { totals.add(value.text, times: group.total) }
    return totals
  }

  /// Numeric answers per segment value (only values with one).
  /// Built from the groups on each access: read it once per summary.
  public var moments: [String: Moments] {
    var moments: [String: Moments] = [:]
    for (value, group) in groups where group.moments.count > 0 {
      moments[value.text] = group.moments
    }
    return moments
  }

  /// Numeric answers per segment value, by whole value (for NPS by segment).
  /// Built from the groups on each access: read it once per summary.
  public var values: [String: Tally<Int>] {
    var values: [String: Tally<Int>] = [:]
    for (value, group) in groups where group.moments.count > 0 { values[value.text] = group.values }
    return values
  }

  /// Counts one respondent of `segment` who chose `options` (duplicates counted once).
  public mutating func add(segment: String, options: [String]) {
    groups[CanonicalKey(segment), default: Group()].total += 1
    // Options are few: the first of equal ones counts, without hashing them into a set.
    for (index, option) in options.enumerated() where !options[..<index].contains(option) {
      cells.add(Cell(segment: segment, option: option))
    }
  }

  /// Counts one respondent of `segment` who answered `value` on a scale.
  public mutating func add(segment: String, value: Double) {
    groups[CanonicalKey(segment), default: Group()].add(value)
  }

  /// Adds every count of `other`.
  public mutating func merge(_ other: SegmentSplit) {
    for (value, group) in other.groups { groups[value, default: Group()].merge(group) }
    cells.merge(other.cells)
  }
}
