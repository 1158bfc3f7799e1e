import Foundation
public import Logging

/// Writes log events to standard error, one line each: readable by a person, or JSON for collectors.
///
/// Diagnostics go to stderr and data to stdout or files, so `otklik … > out.csv` and cron mail stay
/// clean. Human lines read `2026-11-30T02:21:38Z warning: message key=value` (UTC); JSON lines carry `ts`,
/// `level`, `message` and the metadata as strings, keys sorted.
public struct StderrLogHandler: LogHandler {
  /// How lines are written.
  public enum Format: String, Sendable, CaseIterable {
    case human
    case json
  }

  /// The line format.
  public var format: Format
  public var logLevel: Logger.Level
  public var metadata: Logger.Metadata = [:]

  public init(format: Format, level: Logger.Level) {
    self.format = format
    self.logLevel = level
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var fields = metadata
    if let extra = event.metadata { fields.merge(extra) { $1 } }
    let line = Self.line(
      format: format, date: Date(), level: event.level, message: "\(event.message)",
      metadata: fields)
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// One formatted line, newline included; separate from ``log(event:)`` so it can be tested.
  public static func line(
    format: Format, date: Date, level: Logger.Level, message: String, metadata: Logger.Metadata
  ) -> String {
    let keys = metadata.keys.sorted()
    switch format {
    case .human:
      let stamp = date.ISO8601Format()
      let pairs = keys.map { " \($0)=\(metadata[$0]!)" }.joined()
      return "\(stamp) \(level): \(message)\(pairs)\n"
    case .json:
      var object = "{\"ts\":\(OutputText.json(date.ISO8601Format()))"
      object +=
        ",\"level\":\(OutputText.json(level.rawValue)),\"message\":\(OutputText.json(message))"
      for key in keys {
        object += ",\(OutputText.json(key)):\(OutputText.json("\(metadata[key]!)"))"
      }
      return object + "}\n"
    }
  }
}
