import ArgumentParser
import Foundation
import Logging
import Otklik
import OtklikReport

/// `otklik run`: every source of a config through the pipeline into a report folder.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Read every source of a config, analyse it and write a report folder.",
    discussion: """
      Exit status: 0 success; 65 the report was written but more records were rejected than \
      report.max_reject_share; 66 an input file is missing or unreadable (the report covers the \
      others); 73 the report folder or history cannot be written; 75 another run holds the lock; \
      78 the config, lexicons or taxonomy are invalid; 64 bad usage; 130 stopped by SIGINT \
      (Ctrl-C) and 143 stopped by SIGTERM, in both cases with no report written, the history \
      unchanged and the lock released (a second signal stops at once; the next run cleans up).

      Trends compare the report period (--period, or the last 30 days up to --now) with the \
      period of the same length before it; alerts compare it with the periods before that. Both \
      need the history store and are listed first in the report and under "alerts" in \
      summary.json; each alert is also logged as a warning, which --quiet keeps, so cron mails \
      it. A progress bar is drawn on stderr only when it is a terminal, never with --quiet or \
      --log-format json.
      """)

  @Option(name: .shortAndLong, help: "The config file.")
  var config = "otklik.yaml"

  @Option(
    help:
      "The run's clock, ISO 8601 (2026-11-30 or 2026-11-30T08:00:00Z): same inputs and --now give identical reports."
  )
  var now: String?

  @Option(help: "What the report covers: 30d, 8w, 2026-11, 2026 or 2026-09-01..2026-11-30.")
  var period: String?

  @Option(help: "Report language, ru or en (default: the config's).")
  var lang: ReportLanguage?

  @Option(help: "Analysis threads (default: one per core).")
  var threads: Int?

  @Flag(help: "Neither read nor write the history store.")
  var noHistory = false

  @Option(help: .hidden)
  var batchSize: Int?

  @Option(
    help: ArgumentHelp(
      "For crash-safety tests: pause after N batches until a signal.", visibility: .hidden))
  var pauseAfterBatches: Int?

  @Flag(
    help: ArgumentHelp(
      "For crash-safety tests: pause before the report moves into place.", visibility: .hidden))
  var pauseBeforeCommit = false

  @OptionGroup var logging: LoggingOptions

  func run() throws {
    let logger = logging.makeLogger()
    let clock = try now.map(Self.parseNow) ?? Date()
    var options = RunOptions(now: clock, language: lang, usesHistory: !noHistory)
    if let threads { options.threads = max(1, threads) }
    if let batchSize { options.batchSize = max(1, batchSize) }
    if let period {
      do { options.period = try ReportPeriod.parse(period, now: clock) } catch {
        throw ValidationError(error.description)
      }
    }
    do {
      let parsed = try RunConfig.load(path: config)
      var job = ReportRun(config: parsed, options: options, logger: logger)
      job.interruption = RunInterruption.install()
      job.showsProgress = logging.showsProgress
      job.pauses = RunPauses(afterBatches: pauseAfterBatches, beforeCommit: pauseBeforeCommit)
      let result = try job.execute()
      let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      if !logging.quiet || result.exitStatus != .success {
        for line in result.lines(relativeTo: base) { print(line) }
      }
      if result.exitStatus != .success { throw ExitCode(result.exitStatus.rawValue) }
    } catch let error as ConfigError {
      logger.error("\(error)")
      throw ExitCode(ExitStatus.config.rawValue)
    } catch let error as RunError {
      logger.error("\(error)")
      throw ExitCode(error.exitStatus.rawValue)
    }
  }

  static func parseNow(_ text: String) throws -> Date {
    if let date = try? Date(text, strategy: .iso8601) { return date }
    if let day = try? Date(text + "T00:00:00Z", strategy: .iso8601) { return day }
    throw ValidationError("invalid --now '\(text)' (expected 2026-11-30 or 2026-11-30T08:00:00Z)")
  }
}

extension ReportLanguage: ExpressibleByArgument {}
