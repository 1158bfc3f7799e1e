import ArgumentParser
import Foundation
import Otklik

/// `otklik bench pipeline`: times libcsv's bare parse, ingest, ingest + analysis and the full run on
/// one generated file, each in its own process, and compares them (and pandas + VADER when present).
struct BenchPipelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pipeline",
    abstract: "Time every stage of a run on a generated export against libcsv's bare parse.",
    discussion: """
      Prints, per stage, the median wall time of --runs runs, MB/s, records/s, the peak resident set \
      and the ratio to libcsv's bare parse. pandas + VADER (bench/pandas_vader.py) runs once on the \
      same file when python3 can import pandas and vaderSentiment, and is skipped otherwise.
      """)

  @Option(help: "Input size: 50MB, 500MB, 2GB (decimal units).")
  var size: String = "50MB"

  @Option(help: "Runs per stage; the median is reported.")
  var runs: Int = 3

  @Option(help: "Analysis threads (default: one per core).")
  var threads: Int?

  @Option(help: "What to generate: reviews or survey.")
  var kind: String = "reviews"

  @Option(help: "Seed of the generator.")
  var seed: UInt64 = 1

  @Option(help: "Keep the input in this file: reused when it exists, generated there otherwise.")
  var keep: String?

  @Option(
    name: .customLong("python-script"),
    help: "The pandas + VADER script (default: bench/pandas_vader.py found from here up).")
  var pythonScript: String?

  @Flag(name: .customLong("no-python"), help: "Skip the pandas + VADER comparison.")
  var noPython = false

  func validate() throws {
    guard ByteSize.parse(size) != nil else {
      throw ValidationError("size must look like 50MB, 500MB or 2GB")
    }
    guard runs > 0 else { throw ValidationError("runs must be positive") }
    guard (threads ?? 1) > 0 else { throw ValidationError("threads must be positive") }
    guard SyntheticExport.Kind(rawValue: kind) != nil else {
      throw ValidationError("kind must be reviews or survey")
    }
  }

  func run() throws {
    var benchmark = PipelineBenchmark(
      executable: Self.executablePath,
      pythonScript: pythonScript ?? Self.locate("bench/pandas_vader.py"))
    benchmark.comparesWithPython = !noPython
    benchmark.kind = SyntheticExport.Kind(rawValue: kind) ?? .reviews
    benchmark.size = ByteSize.parse(size) ?? benchmark.size
    benchmark.runs = runs
    benchmark.seed = seed
    benchmark.keep = keep
    if let threads { benchmark.threads = threads }
    let report = try BenchmarkFailure.exitOnError { () throws(BenchmarkError) in
      try benchmark.run { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
    }
    print(report.text, terminator: "")
  }

  /// This binary, so that every stage runs the same build.
  static var executablePath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }

  /// `relative` in the current folder or one of its parents, or `nil`.
  static func locate(_ relative: String) -> String? {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }
}

/// `otklik bench stage`: runs one benchmark stage in this process and writes what it counted; the
/// child side of `otklik bench pipeline`, hidden from help.
struct BenchStageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stage", abstract: "Run one benchmark stage (used by bench pipeline).",
    shouldDisplay: false)

  @Argument(help: "bare, ingest or analysis.")
  var stage: String

  @Option(help: "The CSV file.")
  var input: String

  @Option(help: "reviews or survey.")
  var kind: String = "reviews"

  @Option(help: "The run config (for analysis).")
  var config: String = ""

  @Option(help: "Analysis threads.")
  var threads: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Where to write `records N rejected M`.")
  var result: String

  func run() throws {
    guard let stage = BenchmarkStage(rawValue: stage), stage != .fullRun else {
      throw ValidationError("stage must be bare, ingest or analysis")
    }
    let count = try stage.perform(
      input: input, kind: SyntheticExport.Kind(rawValue: kind) ?? .reviews, config: config,
      threads: max(1, threads))
    try count.line.write(toFile: result, atomically: false, encoding: .utf8)
  }
}

/// Prints a benchmark error to stderr and turns it into the documented exit status.
enum BenchmarkFailure {
  /// Runs `body`; on ``BenchmarkError`` prints `otklik: message` to stderr and exits with its status.
  static func exitOnError<T>(_ body: () throws(BenchmarkError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      FileHandle.standardError.write(Data("otklik: \(error.description)\n".utf8))
      throw ExitCode(error.exitStatus.rawValue)
    }
  }
}
