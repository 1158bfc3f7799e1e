/// The exit statuses `otklik` documents, following sysexits where one fits, so cron jobs can act on them.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// Everything read was accepted (or rejects stayed under the configured share).
  case success = 0
  /// An unexpected failure.
  case failure = 1
  /// Bad command-line usage.
  case usage = 64
  /// The run finished and wrote its report, but more records were rejected than the configured share.
  case dataRejected = 65
  /// An input file or folder is missing or unreadable.
  case noInput = 66
  /// The report folder or history store could not be written.
  case cannotCreateOutput = 73
  /// Another run holds the lock; try again later.
  case temporaryFailure = 75
  /// The config file is invalid.
  case config = 78
  /// Stopped by SIGINT (Ctrl-C) before anything was committed: 128 + 2, as shells report it.
  case interrupted = 130
  /// Stopped by SIGTERM before anything was committed: 128 + 15.
  case terminated = 143
}
