/// A question (or a tag) split by one segment, with Pearson's chi-square test and per-cell adjusted
/// standardised residuals (see ``ChiSquareTest``).
///
/// Single choice: one r × c test over options × segment values (`test` is `chi_square_independence`).
/// Multiple choice and tags: one 2 × c test per option, chose versus did not (`chi_square_per_option`),
/// because a respondent may count in several rows. A cell is marked `above` or `below` when its test is
/// significant (p < alpha), its |residual| > residualZ, its expected count is at least minExpected and
/// its segment has at least minSegment respondents; small cells are flagged, never marked.
public struct CrosstabSummary: Sendable, Hashable, Codable {
  /// The segment column.
  public var segment: String
  /// `chi_square_independence` or `chi_square_per_option`.
  public var test: String
  /// The segment values compared (respondents who answered, largest first).
  public var groups: [Group]
  /// Segment values left out because the segment had more distinct values than allowed.
  public var omittedGroups: Int
  /// The whole-table test (single choice), when it could be computed.
  public var result: TestResult?
  /// One row per option or tag, most frequent first.
  public var rows: [Row]

  /// A segment value.
  public struct Group: Sendable, Hashable, Codable {
    /// The value.
    public var value: String
    /// Respondents in it who answered.
    public var n: Int
    /// Whether n < minSegment.
    public var isSmall: Bool
  }

  /// A test's outcome.
  public struct TestResult: Sendable, Hashable, Codable {
    /// χ².
    public var statistic: Double
    /// Degrees of freedom.
    public var degreesOfFreedom: Int
    /// p-value (6 decimals).
    public var pValue: Double
    /// Whether p < alpha.
    public var isSignificant: Bool
    /// The share of cells with an expected count below minExpected; above 0.2 the test is unreliable.
    public var smallExpectedShare: Double
  }

  /// One option or tag across the groups.
  public struct Row: Sendable, Hashable, Codable {
    /// The option text or tag id.
    public var option: String
    /// The tag label, for tag rows.
    public var label: String?
    /// Respondents with the option across the groups compared.
    public var count: Int
    /// One cell per group, same order as `groups`.
    public var cells: [Cell]
    /// The row's own 2 × c test (multiple choice and tags).
    public var result: TestResult?
  }

  /// One option in one group.
  public struct Cell: Sendable, Hashable, Codable {
    /// Respondents in the group with the option.
    public var count: Int
    /// count / group n.
    public var share: Double
    /// The expected count under independence (2 decimals).
    public var expected: Double
    /// The adjusted standardised residual (2 decimals).
    public var residual: Double
    /// `above` or `below` when the cell differs significantly, else absent.
    public var mark: String?
    /// Whether the expected count is below minExpected or the group is small.
    public var isSmall: Bool
  }
}
