public import Foundation
public import OtklikIngest
public import OtklikReport

/// A parsed `otklik.yaml`: what to read, how to analyse it and where to write the report.
///
/// Paths in the file are relative to the file itself; here they are absolute.
public struct RunConfig: Sendable {
  /// The config file as named on the command line.
  public var file: String
  /// The folder holding the config file; relative paths start here.
  public var directory: URL
  /// The report's title.
  public var title: String
  /// The report language, `ru` or `en`.
  public var language: String
  /// Where run folders are written (`reports/` by default).
  public var outputDirectory: URL
  /// The history store (SQLite); by default `history.sqlite` in the output folder.
  public var historyPath: URL
  /// The share of rejected records above which a run exits with ``ExitStatus/dataRejected``.
  public var maxRejectShare: Double
  /// Taxonomy files layered on the defaults.
  public var taxonomyFiles: [URL]
  /// Lexicon files layered on the defaults.
  public var lexiconFiles: [URL]
  /// The scores at which a text is labelled positive or negative.
  public var sentimentThresholds: SentimentThresholds
  /// The sources, in config order.
  public var sources: [SourceConfig]

  public init(
    file: String, directory: URL, title: String, language: String, outputDirectory: URL,
    historyPath: URL? = nil, maxRejectShare: Double, taxonomyFiles: [URL], lexiconFiles: [URL],
    sentimentThresholds: SentimentThresholds = SentimentThresholds(), sources: [SourceConfig]
  ) {
    self.file = file
    self.directory = directory
    self.title = title
    self.language = language
    self.outputDirectory = outputDirectory
    self.historyPath = historyPath ?? outputDirectory.appendingPathComponent("history.sqlite")
    self.maxRejectShare = maxRejectShare
    self.taxonomyFiles = taxonomyFiles
    self.lexiconFiles = lexiconFiles
    self.sentimentThresholds = sentimentThresholds
    self.sources = sources
  }
}

/// One configured source: how to read it, and which files (a path or a glob) belong to it.
public struct SourceConfig: Sendable {
  /// How ingest reads each file of the source.
  public var spec: SourceSpec
  /// The path or glob as written, resolved against the config's folder.
  public var pattern: String
  /// The line of the source in the config, for messages about it.
  public var line: Int?

  public init(spec: SourceSpec, pattern: String, line: Int? = nil) {
    self.spec = spec
    self.pattern = pattern
    self.line = line
  }
}
