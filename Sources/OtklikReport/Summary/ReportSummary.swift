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
  }
}

/// What was read: per-file accounting, totals and reject reasons.
public struct DataSummary: Sendable, Hashable, Codable {
  /// One file's accounting.
  public struct File: Sendable, Hashable, Codable {
    /// The file as named.
    public var file: String
    /// The encoding read.
    public var encoding: String
    /// The delimiter read, as a character (`tab` for a tab).
    public var delimiter: String
    /// Whether a UTF-8 byte-order mark was dropped.
    public var hadByteOrderMark: Bool
    /// Records read, accepted and rejected.
    public var read: Int
    /// Records accepted.
    public var accepted: Int
    /// Records rejected.
    public var rejected: Int
    /// Bytes read.
    public var bytes: Int
    /// Whether read = accepted + rejected.
    public var isBalanced: Bool
  }

  /// Files, by name.
  public var files: [File]
  /// Records read in all files.
  public var read: Int
  /// Records accepted in all files.
  public var accepted: Int
  /// Records rejected in all files.
  public var rejected: Int
  /// Reject reasons, most frequent first.
  public var rejectReasons: [CountedText]
  /// Records of sources the report was not told about (not aggregated), by source.
  public var unknownSources: [CountedText]
}

/// A text with how often it occurred.
public struct CountedText: Sendable, Hashable, Codable {
  /// The text.
  public var text: String
  /// How often.
  public var count: Int
}

/// Texts by sentiment label. `none` (no signal) and `nonAnswer` are counted apart from opinions.
public struct SentimentCounts: Sendable, Hashable, Codable {
  /// Negative texts.
  public var negative: Int
  /// Neutral texts.
  public var neutral: Int
  /// Positive texts.
  public var positive: Int
  /// Texts without any sentiment signal.
  public var none: Int
  /// Non-answers ("нет", "не знаю").
  public var nonAnswer: Int

  /// Texts with an opinion (negative + neutral + positive).
  public var opinions: Int { negative + neutral + positive }
}
