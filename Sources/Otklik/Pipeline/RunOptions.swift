public import Foundation
public import OtklikReport

/// How one `otklik run` behaves, beyond what the config says.
public struct RunOptions: Sendable {
  /// The clock of the run: its id, the report's date, "last 30 days". Fixed by `--now` for
  /// repeatable reports.
  public var now: Date
  /// Analysis threads (the reader has a thread of its own). Reports do not depend on it.
  public var threads: Int
  /// The report language; the config's when `nil`.
  public var language: ReportLanguage?
  /// What the report covers; every dated record when `nil`.
  public var period: ReportPeriod?
  /// Whether the history store is read and written.
  public var usesHistory: Bool
  /// Records per batch handed to an analysis thread.
  public var batchSize: Int

  public init(
    now: Date = Date(), threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    language: ReportLanguage? = nil, period: ReportPeriod? = nil, usesHistory: Bool = true,
    batchSize: Int = 512
  ) {
    self.now = now
    self.threads = max(1, threads)
    self.language = language
    self.period = period
    self.usesHistory = usesHistory
    self.batchSize = max(1, batchSize)
  }

  /// The run's id and folder name: the UTC time of `now`, `20261130-021500`.
  public var runID: String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
    return String(
      format: "%04d%02d%02d-%02d%02d%02d", parts.year!, parts.month!, parts.day!, parts.hour!,
      parts.minute!, parts.second!)
  }
}
