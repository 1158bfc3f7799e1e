/// Everything a run reports, in the order reports show it: the input of every renderer and of
/// `summary.json`.
///
/// A value type of plain fields so that later features (trends, alerts, partnership briefs) read it
/// without touching aggregation. Lists are already in their display order; numbers are rounded as
/// they are printed (shares to 4 decimals, means to 3), so JSON and text agree. The JSON schema is
/// documented in `Sources/OtklikReport/OtklikReport.docc/OtklikReport.md`; ``schemaVersion`` changes when a field is removed
/// or changes meaning, never when one is added.
public struct ReportSummary: Sendable, Hashable, Codable {
  /// The version of this schema written by this code.
  public static let currentSchemaVersion = 1

  /// The schema version of this summary.
  public var schemaVersion: Int
  /// The run.
  public var run: Run
  /// The thresholds and definitions the numbers rest on.
  public var method: Method
  /// What was read and rejected.
  public var data: DataSummary
  /// One summary per survey source, by source name.
  public var surveys: [SurveySummary]
  /// One summary per company, most reviewed first.
  public var companies: [CompanySummary]
  /// Change against the previous period; `nil` when the run kept no history.
  public var trends: TrendSummary?
  /// Companies and pain points outside their historical band, most striking first; `nil` when the
  /// run kept no history, empty when nothing alerts.
  public var alerts: [TrendAlert]?
  /// The partnership briefs written next to the report, one per company; `nil` when none were.
  public var briefs: [BriefLink]?

  /// Creates a summary.
  public init(
    schemaVersion: Int = ReportSummary.currentSchemaVersion, run: Run, method: Method,
    data: DataSummary, surveys: [SurveySummary], companies: [CompanySummary]
  ) {
    self.schemaVersion = schemaVersion
    self.run = run
    self.method = method
    self.data = data
    self.surveys = surveys
    self.companies = companies
  }

  /// The run a summary belongs to.
  public struct Run: Sendable, Hashable, Codable {
    /// The run id.
    public var id: String
    /// The run's `now` as ISO 8601 UTC (`2026-11-30T02:00:00Z`).
    public var generatedAt: String
    /// The report language.
    public var language: ReportLanguage
    /// The report title.
    public var title: String
  }

  /// The test, thresholds and definitions used.
  public struct Method: Sendable, Hashable, Codable {
    /// The test applied to crosstabs: `chi_square_independence`.
    public var significanceTest: String
    /// The thresholds in force.
    public var thresholds: ReportThresholds
    /// The sentiment thresholds the texts were labelled with (optional when decoding: added later).
    public var sentiment: SentimentThresholds

    /// Creates a method description.
    public init(
      significanceTest: String, thresholds: ReportThresholds,
      sentiment: SentimentThresholds = SentimentThresholds()
    ) {
      self.significanceTest = significanceTest
      self.thresholds = thresholds
      self.sentiment = sentiment
    }

    private enum CodingKeys: String, CodingKey {
      case significanceTest, thresholds, sentiment
    }

    /// Decodes a method; a summary written before `sentiment` existed reads with the defaults.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      significanceTest = try container.decode(String.self, forKey: .significanceTest)
      thresholds = try container.decode(ReportThresholds.self, forKey: .thresholds)
      sentiment =
        try container.decodeIfPresent(SentimentThresholds.self, forKey: .sentiment)
        ?? SentimentThresholds()
    }
  }
}
