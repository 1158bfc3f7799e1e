/// A failure of `otklik generate` or `otklik bench pipeline`: a bad option, a file that cannot be
/// written, a stage that failed in its child process.
public enum BenchmarkError: Error, Sendable, CustomStringConvertible, Equatable {
  /// An option is out of range or unreadable ("size must be positive").
  case invalidOption(String)
  /// A file could not be written or read.
  case io(path: String, cause: String)
  /// A stage's child process could not start or ended badly.
  case stageFailed(stage: String, cause: String)

  /// The exit status a command should end with.
  public var exitStatus: ExitStatus {
    switch self {
    case .invalidOption: .usage
    case .io: .cannotCreateOutput
    case .stageFailed: .failure
    }
  }

  /// A short, lowercase message naming what failed.
  public var description: String {
    switch self {
    case .invalidOption(let message): message
    case .io(let path, let cause): "\(path): \(cause)"
    case .stageFailed(let stage, let cause): "bench stage \(stage): \(cause)"
    }
  }
}
