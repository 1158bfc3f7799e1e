/// The history store could not be opened, migrated or written.
public struct HistoryError: Error, Sendable, CustomStringConvertible {
  /// The database file.
  public var path: String
  /// What went wrong, in words (never a bare SQLite code).
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): history store: \(message)" }
}
