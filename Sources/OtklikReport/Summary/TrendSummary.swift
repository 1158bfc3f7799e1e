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
  /// The thresholds the marks and the alerts were decided with (optional when decoding: added
  /// after the first trend summaries).
  public var rules: TrendRules?

  /// Creates a trend summary.
  public init(
    period: TrendPeriod, previous: TrendPeriod, historyPeriods: Int, companies: [TrendRow],
    tags: [TrendRow], rules: TrendRules? = .current
  ) {
    self.period = period
    self.previous = previous
    self.historyPeriods = historyPeriods
    self.companies = companies
    self.tags = tags
    self.rules = rules
  }
}

/// The thresholds of ``ChangeTest`` and ``BandTest``, written into `summary.json` so a program
/// reading the marks and alerts knows what they mean without reading this code.
public struct TrendRules: Sendable, Hashable, Codable {
  /// |z| or |t| beyond which a period-over-period change is marked (two-sided 5%).
  public var changeCritical: Double
  /// Records (or ratings) each period needs before a share or a mean is compared.
  public var changeMinimumPerPeriod: Int
  /// Records both periods need together before volumes are compared.
  public var changeMinimumTotal: Int
  /// Historical periods with data needed before anything alerts.
  public var alertMinimumPeriods: Int
  /// Band units (max(sd, √mean)) above the historical mean where the volume band ends.
  public var alertBandWidth: Double
  /// The smallest latest count that can alert.
  public var alertMinimumCount: Int
  /// z beyond which a negative share alerts (one-sided 1%).
  public var alertCritical: Double
  /// The smallest rise of the negative share over the historical share that can alert.
  public var alertMinimumRise: Double
  /// Records the latest period needs before its negative share can alert.
  public var alertMinimumRecords: Int

  /// The rules this code applies.
  public static let current = TrendRules(
    changeCritical: ChangeTest.critical, changeMinimumPerPeriod: ChangeTest.minimumPerPeriod,
    changeMinimumTotal: ChangeTest.minimumTotal, alertMinimumPeriods: BandTest.minimumPeriods,
    alertBandWidth: BandTest.bandWidth, alertMinimumCount: BandTest.minimumCount,
    alertCritical: BandTest.critical, alertMinimumRise: BandTest.minimumRise,
    alertMinimumRecords: BandTest.minimumRecords)
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
