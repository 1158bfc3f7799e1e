import ArgumentParser
import Logging
import Otklik

/// The logging flags every long-running command shares: `--log-format`, `--quiet`, `--verbose`.
struct LoggingOptions: ParsableArguments {
  @Option(help: "Log line format on stderr: human or json.")
  var logFormat: StderrLogHandler.Format = .human

  @Flag(
    name: .shortAndLong,
    help:
      "Only warnings and errors on stderr, and nothing on stdout unless the run fails (for cron).")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also debug messages.")
  var verbose = false

  /// Whether a progress bar belongs on stderr: a terminal, not `--quiet`, not JSON logs.
  var showsProgress: Bool { ProgressBar.isWanted(quiet: quiet, json: logFormat == .json) }

  /// A logger writing to stderr at the level the flags ask for.
  func makeLogger() -> Logger {
    let level: Logger.Level = quiet ? .warning : verbose ? .debug : .info
    let format = logFormat
    return Logger(label: "otklik") { _ in StderrLogHandler(format: format, level: level) }
  }
}

extension StderrLogHandler.Format: ExpressibleByArgument {}
