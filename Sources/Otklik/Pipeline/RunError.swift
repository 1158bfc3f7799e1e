import OtklikIngest

/// Why a run stopped before writing its report. Each case maps to a documented exit status.
public enum RunError: Error, Sendable, CustomStringConvertible {
  /// The config is invalid.
  case config(ConfigError)
  /// Lexicons or taxonomy could not be loaded.
  case analysis(AnalysisError)
  /// The library's resources or partnership ideas could not be loaded.
  case briefs(BriefError)
  /// Another run holds the lock.
  case locked(RunLockError)
  /// The report folder could not be written.
  case output(RunFolderError)
  /// The history store failed.
  case history(HistoryError)
  /// No input could be read at all.
  case noInput([String])
  /// SIGINT or SIGTERM arrived; nothing was committed.
  case interrupted(RunInterrupted)

  public var description: String {
    switch self {
    case .config(let error): "\(error)"
    case .analysis(let error): "\(error)"
    case .briefs(let error): "\(error)"
    case .locked(let error): "\(error)"
    case .output(let error): "\(error)"
    case .history(let error): "\(error)"
    case .noInput(let problems):
      "no input could be read:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
    case .interrupted(let stop): "\(stop)"
    }
  }

  /// The exit status cron sees.
  public var exitStatus: ExitStatus {
    switch self {
    case .config, .analysis: .config
    case .briefs(let error): error.exitStatus
    case .locked: .temporaryFailure
    case .output: .cannotCreateOutput
    case .history: .cannotCreateOutput
    case .noInput: .noInput
    case .interrupted(let stop): stop.exitStatus
    }
  }
}
