public import Foundation
public import OtklikIngest
public import OtklikReport

/// What a finished run did: where its report is and how every input record was accounted for.
public struct RunResult: Sendable {
  /// The committed run folder.
  public var folder: URL
  /// One entry per input file read, in reading order.
  public var files: [FileAccounting]
  /// Files that could not be read, with the reason (the report covers the others).
  public var failedFiles: [String]
  /// How the run's records relate to earlier runs; `nil` without history.
  public var history: HistoryCounts?
  /// Accepted records left out of the report because their date is outside `--period`.
  public var outsidePeriod: Int
  /// What the analyst was told about guessed columns, one line each.
  public var guesses: [String]
  /// The share of rejected records above which the run exits with ``ExitStatus/dataRejected``.
  public var maxRejectShare: Double
  /// Companies and pain points outside their historical band (see ``TrendAnalysis``); empty
  /// without history.
  public var alerts: [TrendAlert] = []

  /// Records read in all files.
  public var read: Int { files.reduce(0) { $0 + $1.read } }
  /// Records rejected in all files.
  public var rejected: Int { files.reduce(0) { $0 + $1.rejected } }

  /// Success, too many rejects, or missing input, in that order of precedence from last to first.
  public var exitStatus: ExitStatus {
    if !failedFiles.isEmpty { return .noInput }
    if read > 0, Double(rejected) / Double(read) > maxRejectShare { return .dataRejected }
    return .success
  }
}
