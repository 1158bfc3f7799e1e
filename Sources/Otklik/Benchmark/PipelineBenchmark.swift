import Foundation

/// `otklik bench pipeline`: times every stage of a run on one generated file, each stage in its own
/// child process, and compares each with libcsv's bare parse (and pandas + VADER when available).
///
/// In one run it generates (or reuses, with ``keep``) a synthetic export (see ``SyntheticExport``),
/// writes a run config for it, then runs each ``BenchmarkStage`` ``runs`` times as a child — the
/// hidden `otklik bench stage` command for the first three, the real `otklik run` for the full run —
/// and takes the median wall time and the largest peak resident set of the runs. Children keep
/// stages from polluting each other's memory peak and warm caches stay what a user would get: the
/// file itself stays in the page cache between runs (the first run of the bare parse warms it).
public struct PipelineBenchmark: Sendable {
  /// The export to generate and time.
  public var kind: SyntheticExport.Kind = .reviews
  /// Its size in bytes.
  public var size: Int = 50_000_000
  /// The generator's seed.
  public var seed: UInt64 = 1
  /// The generator's share of broken rows.
  public var brokenShare: Double = SyntheticExport.defaultBrokenShare
  /// Runs per stage; the median is reported.
  public var runs: Int = 3
  /// Analysis threads for the analysis stage and the full run.
  public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
  /// Where to keep the input: reused when the file exists, generated there otherwise, never removed.
  /// `nil` generates into a temporary folder that is removed at the end.
  public var keep: String?
  /// The `otklik` executable the children run.
  public var executable: String
  /// The pandas + VADER script, or `nil` to skip that comparison.
  public var pythonScript: String?
  /// Whether to time pandas + VADER at all.
  public var comparesWithPython = true
  /// The Python interpreter.
  public var python: String = "python3"

  /// Creates a benchmark that re-runs `executable` for each stage.
  public init(executable: String, pythonScript: String? = nil) {
    self.executable = executable
    self.pythonScript = pythonScript
  }

  /// Runs the whole benchmark; `progress` receives one line per step (for stderr).
  public func run(progress: (String) -> Void) throws(BenchmarkError) -> PipelineReport {
    guard runs > 0 else { throw .invalidOption("runs must be positive") }
    guard threads > 0 else { throw .invalidOption("threads must be positive") }
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-bench-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    } catch {
      throw .io(path: work.path, cause: "cannot create the work folder")
    }
    defer { try? FileManager.default.removeItem(at: work) }

    let input = try prepareInput(work: work, progress: progress)
    let bytes = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
    let config = work.appendingPathComponent("otklik-bench.yaml")
    try writeConfig(to: config, input: input, reports: work.appendingPathComponent("reports"))
    let log = work.appendingPathComponent("children.log").path

    var report = PipelineReport(
      input: input, kind: kind, bytes: bytes, threads: threads, runs: runs, stages: [], python: nil)
    for stage in BenchmarkStage.allCases {
      var outcomes: [ChildProcess.Outcome] = []
      var count: BenchmarkStage.Count?
      for run in 1...runs {
        if stage == .fullRun {
          try? FileManager.default.removeItem(at: work.appendingPathComponent("reports"))
        }
        let result = work.appendingPathComponent("result-\(stage.rawValue).txt").path
        let child = ChildProcess(
          program: executable,
          arguments: arguments(for: stage, input: input, config: config.path, result: result),
          logPath: log)
        let outcome = try child.run()
        guard outcome.status == 0 else {
          throw .stageFailed(stage: stage.rawValue, cause: Self.failure(outcome, log: log))
        }
        if stage != .fullRun {
          let line = (try? String(contentsOfFile: result, encoding: .utf8)) ?? ""
          guard let counted = BenchmarkStage.Count(line: line) else {
            throw .stageFailed(stage: stage.rawValue, cause: "no result written")
          }
          count = counted
        }
        outcomes.append(outcome)
        progress("\(stage.title): run \(run)/\(runs) \(BenchmarkTable.fixed(outcome.seconds, 2)) s")
      }
      // The full run reads what ingest reads; its record count is the ingest stage's.
      let records = count?.records ?? report.stages.first { $0.stage == .ingest }?.records ?? 0
      report.stages.append(
        PipelineReport.StageResult(
          stage: stage, seconds: outcomes.map(\.seconds),
          peakResidentBytes: outcomes.map(\.peakResidentBytes).max() ?? 0,
          records: records, rejected: count?.rejected))
    }
    report.python = try runPython(input: input, log: log, progress: progress)
    return report
  }

  /// The command line of one stage's child.
  private func arguments(for stage: BenchmarkStage, input: String, config: String, result: String)
    -> [String]
  {
    switch stage {
    case .fullRun:
      return ["run", "--config", config, "--no-history", "--threads", "\(threads)", "--quiet"]
    default:
      return [
        "bench", "stage", stage.rawValue, "--input", input, "--kind", kind.rawValue, "--config",
        config,
        "--threads", "\(threads)", "--result", result,
      ]
    }
  }

  /// The input file: ``keep`` when it exists, else generated (into ``keep`` or the work folder).
  private func prepareInput(work: URL, progress: (String) -> Void) throws(BenchmarkError) -> String
  {
    let path =
      keep.map { URL(fileURLWithPath: $0).path }
      ?? work.appendingPathComponent(
        "\(kind.rawValue)-\(ByteSize.describe(size)).csv"
      ).path
    if keep != nil, FileManager.default.fileExists(atPath: path) {
      progress("reusing \(path)")
      return path
    }
    progress("generating a \(ByteSize.describe(size)) \(kind.rawValue) export")
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try SyntheticExport(kind: kind, size: size, seed: seed, brokenShare: brokenShare)
      .write(to: path)
    progress(
      GenerationReport(path: path, summary: summary, seconds: (clock.now - start).seconds).text)
    return path
  }

  /// A config with one source, the input, reporting into `reports`.
  private func writeConfig(to url: URL, input: String, reports: URL) throws(BenchmarkError) {
    let yaml = """
      # Written by `otklik bench pipeline`.
      report:
        title: "Otklik benchmark"
        lang: ru
        output: "\(reports.path)"
        max_reject_share: 0.05
      sources:
        - name: bench-\(kind.rawValue)
          kind: \(kind.rawValue)
          path: "\(input)"

      """
    do {
      try yaml.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      throw .io(path: url.path, cause: "cannot write the run config")
    }
  }

  /// Times the pandas + VADER script once, or says why it was skipped.
  private func runPython(input: String, log: String, progress: (String) -> Void)
    throws(BenchmarkError)
    -> PipelineReport.Python
  {
    guard comparesWithPython else { return .skipped("--no-python") }
    guard let pythonScript else { return .skipped("no bench/pandas_vader.py found") }
    let check = try? ChildProcess(
      program: python, arguments: ["-c", "import pandas, vaderSentiment"], logPath: nil
    ).run()
    guard let check, check.status == 0 else {
      return .skipped(
        "python3 with pandas and vaderSentiment not available (pip install pandas vaderSentiment)")
    }
    progress("pandas + VADER: running \(pythonScript) once")
    let outcome = try ChildProcess(
      program: python, arguments: [pythonScript, input, "--kind", kind.rawValue], logPath: log
    )
    .run()
    guard outcome.status == 0 else {
      return .skipped("pandas + VADER failed: \(Self.failure(outcome, log: log))")
    }
    return .ran(seconds: outcome.seconds, peakResidentBytes: outcome.peakResidentBytes)
  }

  /// Why a child failed: its status and the last line it logged.
  private static func failure(_ outcome: ChildProcess.Outcome, log: String) -> String {
    let last =
      (try? String(contentsOfFile: log, encoding: .utf8))?
      .split(separator: "\n").last.map(String.init) ?? ""
    let ended =
      outcome.signal.map { "killed by signal \($0)" } ?? "exit status \(outcome.status ?? -1)"
    return last.isEmpty ? ended : "\(ended): \(last)"
  }
}
