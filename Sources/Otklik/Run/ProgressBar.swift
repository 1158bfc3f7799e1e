import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line progress display on stderr: records done, share of bytes read, MB/s and the time left.
///
/// ```
/// 12 480 records  [########------------]  41%  3.2 MB/s  ETA 0:07
/// ```
///
/// Progress is measured in bytes read out of the input files' total size, because record counts are
/// not known before the end. The line is redrawn in place (`\r`, erase to end of line) at most
/// ``interval`` apart, and erased by ``finish()`` so the log lines after it start clean. Only for a
/// person at a terminal: ``isWanted(quiet:json:)`` says when to show it. Not thread-safe: the run's
/// consumer thread owns it.
public final class ProgressBar {
  /// The input files' total size, in bytes.
  public let totalBytes: Int
  /// The shortest time between two redraws, in seconds.
  public let interval: TimeInterval
  private let write: (String) -> Void
  private let clock: () -> TimeInterval
  private let started: TimeInterval
  private var lastDraw: TimeInterval = -.infinity
  private var drawn = false

  /// A bar writing to `write` (stderr by default) and reading the time from `clock` (seconds).
  public init(
    totalBytes: Int, interval: TimeInterval = 0.2,
    write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
    clock: @escaping () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }
  ) {
    self.totalBytes = max(0, totalBytes)
    self.interval = interval
    self.write = write
    self.clock = clock
    started = clock()
  }

  /// Whether a bar belongs on stderr: it is a terminal, and neither `--quiet` nor JSON logs.
  public static func isWanted(quiet: Bool, json: Bool) -> Bool {
    !quiet && !json && isatty(STDERR_FILENO) == 1
  }

  /// Redraws the line if ``interval`` has passed since the last redraw.
  public func update(records: Int, bytes: Int) {
    let now = clock()
    guard now - lastDraw >= interval else { return }
    lastDraw = now
    drawn = true
    write(
      "\r" + Self.line(records: records, bytes: bytes, total: totalBytes, elapsed: now - started)
        + "\u{1B}[K")
  }

  /// Erases the line, if one was drawn.
  public func finish() {
    if drawn { write("\r\u{1B}[K") }
    drawn = false
  }

  /// The text of the line, without the control characters; separate so it can be tested.
  public static func line(records: Int, bytes: Int, total: Int, elapsed: TimeInterval) -> String {
    let fraction = total > 0 ? min(1, Double(bytes) / Double(total)) : 0
    let width = 20
    let filled = Int((fraction * Double(width)).rounded(.down))
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let rate = elapsed > 0 ? Double(bytes) / elapsed : 0
    var text = "\(grouped(records)) records  [\(bar)]  \(Int((fraction * 100).rounded(.down)))%"
    text += "  " + String(format: "%.1f MB/s", rate / 1_000_000)
    if rate > 0, bytes > 0, total > bytes {
      text += "  ETA " + clockText(Double(total - bytes) / rate)
    }
    return text
  }

  /// `12 480`: thousands separated by a space, readable in both report languages.
  static func grouped(_ value: Int) -> String {
    var digits = Array(String(value))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(" ", at: index)
      index -= 3
    }
    return String(digits)
  }

  /// `0:07`, `12:30`, `1:02:03`.
  static func clockText(_ seconds: Double) -> String {
    let total = Int(seconds.rounded(.up))
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    return hours > 0
      ? String(format: "%d:%02d:%02d", hours, minutes, secs)
      : String(format: "%d:%02d", minutes, secs)
  }
}
