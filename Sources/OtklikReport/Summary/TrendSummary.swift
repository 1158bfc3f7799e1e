/// Period-over-period change for each company and each (company, tag): the report period against
/// the period of the same length just before it, each change marked by ``ChangeTest``.
///
/// Built by the pipeline from its history store (the report itself keeps no history), so it is
/// absent from summaries of runs without one. Rows are sorted by company, then by tag id.
public struct TrendSummary: Sendable, Hashable, Codable {
  /// The report period.
  public var period: TrendPeriod
  /// The period of the same length before it.
  public var previous: TrendPeriod
  /// How many same-length periods before the report period the alerts compare it with.
  public var historyPeriods: Int
  /// One row per company with reviews in either period.
  public var companies: [TrendRow]
  /// One row per (company, tag) mentioned in either period.
  public var tags: [TrendRow]

  /// Creates a trend summary.
  public init(
    period: TrendPeriod, previous: TrendPeriod, historyPeriods: Int, companies: [TrendRow],
    tags: [TrendRow]
  ) {
    self.period = period
    self.previous = previous
    self.historyPeriods = historyPeriods
    self.companies = companies
    self.tags = tags
  }
}

/// A span of days, as the report prints it.
public struct TrendPeriod: Sendable, Hashable, Codable {
  /// How the analyst wrote it (`30d`, `2026-11`) or the dates.
  public var label: String
  /// The first day, `yyyy-MM-dd`.
  public var first: String
  /// The last day (inclusive), `yyyy-MM-dd`.
  public var last: String

  /// Creates a period.
  public init(label: String, first: String, last: String) {
    self.label = label
    self.first = first
    self.last = last
  }
}

/// One company's, or one tag's within a company, numbers in both periods.
public struct TrendRow: Sendable, Hashable, Codable {
  /// The company.
  public var company: String
  /// The tag id; `nil` in a company row.
  public var tag: String?
  /// The tag's label in the report language.
  public var tagLabel: String?
  /// Reviews (company rows) or mentions (tag rows).
  public var volume: TrendChange
  /// The share of negative reviews (or of negative mentions).
  public var negativeShare: TrendChange
  /// The mean rating of the reviews (or of the reviews mentioning the tag).
  public var meanRating: TrendChange

  /// Creates a row.
  public init(
    company: String, tag: String? = nil, tagLabel: String? = nil, volume: TrendChange,
    negativeShare: TrendChange, meanRating: TrendChange
  ) {
    self.company = company
    self.tag = tag
    self.tagLabel = tagLabel
    self.volume = volume
    self.negativeShare = negativeShare
    self.meanRating = meanRating
  }

  /// Whether any of the three measures is marked up or down.
  public var isMarked: Bool {
    [volume.mark, negativeShare.mark, meanRating.mark].contains { $0 == .up || $0 == .down }
  }
}

/// One measure in both periods, with the test statistic and its verdict.
public struct TrendChange: Sendable, Hashable, Codable {
  /// The value in the report period (`nil` with no data).
  public var current: Double?
  /// The value in the previous period.
  public var previous: Double?
  /// z or t, rounded to 2 decimals; `nil` when not tested.
  public var statistic: Double?
  /// The verdict.
  public var mark: TrendMark

  /// Creates a change.
  public init(current: Double?, previous: Double?, statistic: Double?, mark: TrendMark) {
    self.current = current
    self.previous = previous
    self.statistic = statistic
    self.mark = mark
  }
}

/// What a test said about a change.
public enum TrendMark: String, Sendable, Hashable, Codable {
  /// Up, beyond noise.
  case up
  /// Down, beyond noise.
  case down
  /// Within noise.
  case none
  /// Too little data to test.
  case insufficient
}
