/// The numbers that decide what a report marks, flags and how much it shows.
///
/// The defaults are the conventional ones; the pipeline may take them from the config. Every
/// threshold used is stated in the report's method section.
public struct ReportThresholds: Sendable, Hashable, Codable {
  /// The significance level of the chi-square test of independence (default 0.05).
  public var alpha: Double
  /// The |adjusted standardised residual| above which a crosstab cell differs (default 1.96, two-sided 5 %).
  public var residualZ: Double
  /// A cell whose expected count is below this is flagged as small (default 5).
  public var minExpected: Double
  /// A segment with fewer respondents than this is flagged as small (default 10).
  public var minSegment: Int
  /// Quotes kept per tag, per pain point and per praise item (default 3).
  public var quotesPerTag: Int
  /// The longest quote in characters; longer texts are cut to the matching clause (default 220).
  public var maxQuoteLength: Int
  /// A key phrase must occur at least this often to be an emerging theme (default 2).
  public var emergingMinCount: Int
  /// Emerging themes shown per open question (default 12).
  public var emergingLimit: Int
  /// Rating/text mismatches listed per company (default 5); all are counted.
  public var mismatchExamples: Int
  /// The most segment values compared in a crosstab, largest first; the rest are counted as omitted
  /// (default 12). Scale means by segment are skipped for segments with more values.
  public var maxSegmentValues: Int

  /// Creates thresholds; every argument has the conventional default.
  public init(
    alpha: Double = 0.05, residualZ: Double = 1.96, minExpected: Double = 5, minSegment: Int = 10,
    quotesPerTag: Int = 3, maxQuoteLength: Int = 220, emergingMinCount: Int = 2,
    emergingLimit: Int = 12, mismatchExamples: Int = 5, maxSegmentValues: Int = 12
  ) {
    self.alpha = alpha
    self.residualZ = residualZ
    self.minExpected = minExpected
    self.minSegment = minSegment
    self.quotesPerTag = quotesPerTag
    self.maxQuoteLength = maxQuoteLength
    self.emergingMinCount = emergingMinCount
    self.emergingLimit = emergingLimit
    self.mismatchExamples = mismatchExamples
    self.maxSegmentValues = maxSegmentValues
  }

  private enum CodingKeys: String, CodingKey {
    case alpha, residualZ, minExpected, minSegment, quotesPerTag, maxQuoteLength, emergingMinCount
    case emergingLimit, mismatchExamples, maxSegmentValues
  }

  /// Decodes thresholds; every missing key keeps its default, so a config may name only some.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = ReportThresholds()
    alpha = try container.decodeIfPresent(Double.self, forKey: .alpha) ?? defaults.alpha
    residualZ = try container.decodeIfPresent(Double.self, forKey: .residualZ) ?? defaults.residualZ
    minExpected =
      try container.decodeIfPresent(Double.self, forKey: .minExpected) ?? defaults.minExpected
    minSegment = try container.decodeIfPresent(Int.self, forKey: .minSegment) ?? defaults.minSegment
    quotesPerTag =
      try container.decodeIfPresent(Int.self, forKey: .quotesPerTag) ?? defaults.quotesPerTag
    maxQuoteLength =
      try container.decodeIfPresent(Int.self, forKey: .maxQuoteLength) ?? defaults.maxQuoteLength
    emergingMinCount =
      try container.decodeIfPresent(Int.self, forKey: .emergingMinCount)
      ?? defaults.emergingMinCount
    emergingLimit =
      try container.decodeIfPresent(Int.self, forKey: .emergingLimit) ?? defaults.emergingLimit
    mismatchExamples =
      try container.decodeIfPresent(Int.self, forKey: .mismatchExamples)
      ?? defaults.mismatchExamples
    maxSegmentValues =
      try container.decodeIfPresent(Int.self, forKey: .maxSegmentValues)
      ?? defaults.maxSegmentValues
  }
}
