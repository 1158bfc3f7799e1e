import ArgumentParser
import Otklik

/// `otklik bench`: speed measurements, one subcommand per stage.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure the speed of a stage.",
    subcommands: [TextBenchCommand.self, BenchPipelineCommand.self, BenchStageCommand.self])
}

/// `otklik bench text`: texts/s and MB/s of text analysis on one core.
struct TextBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Analyse generated short texts on one core and report texts/s and MB/s.")

  @Option(help: "How many texts to generate and analyse.")
  var count: Int = 300_000

  func validate() throws {
    guard count > 0 else { throw ValidationError("count must be positive") }
  }

  func run() throws {
    let result = try CommandFailure.exitOnError { () throws(AnalysisError) in
      TextBenchmark(analyzer: try AnalyzerLoader.standard()).run(count: count)
    }
    print(result.text, terminator: "")
  }
}
