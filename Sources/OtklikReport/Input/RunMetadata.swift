public import Foundation

/// What a report says about the run that produced it.
///
/// `now` is the only clock a report reads: the same inputs and the same `now` give byte-identical files.
public struct RunMetadata: Sendable, Hashable {
  /// The run's id (the name of its folder).
  public var runID: String
  /// The run's time, printed in the report and used for nothing else.
  public var now: Date
  /// The report's language.
  public var language: ReportLanguage
  /// The report's title; empty for the translated default.
  public var title: String
  /// What the report marks and flags.
  public var thresholds: ReportThresholds
  /// The sentiment thresholds the texts were labelled with.
  public var sentiment: SentimentThresholds

  /// Creates run metadata.
  public init(
    runID: String, now: Date, language: ReportLanguage = .ru, title: String = "",
    thresholds: ReportThresholds = ReportThresholds(),
    sentiment: SentimentThresholds = SentimentThresholds()
  ) {
    self.runID = runID
    self.now = now
    self.language = language
    self.title = title
    self.thresholds = thresholds
    self.sentiment = sentiment
  }
}
