/// Why `otklik brief` could not print a brief: what went wrong, where, and the exit status it maps to.
public struct BriefError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file or company the problem is about.
  public var subject: String
  /// What went wrong, lowercase and short.
  public var message: String
  /// The exit status a command reports.
  public var exitStatus: ExitStatus

  /// Creates an error.
  public init(subject: String, message: String, exitStatus: ExitStatus) {
    self.subject = subject
    self.message = message
    self.exitStatus = exitStatus
  }

  /// `subject: message`.
  public var description: String { "\(subject): \(message)" }
}
