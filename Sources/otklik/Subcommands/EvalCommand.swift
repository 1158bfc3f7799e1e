import ArgumentParser
import Otklik

/// `otklik eval`: accuracy, macro-F1, F1 over pos and neg, and the confusion matrix on a labelled CSV.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the sentiment analysis against a labelled CSV (labels neg, neu, pos).")

  @Argument(help: "The labelled CSV file(s).")
  var files: [String]

  @Option(name: .customLong("text-column"), help: "The header of the column with the text.")
  var textColumn: String = "text"

  @Option(name: .customLong("label-column"), help: "The header of the column with the gold label.")
  var labelColumn: String = "label"

  @OptionGroup var analyzer: AnalyzerOptions

  func run() throws {
    let reports = try CommandFailure.exitOnError { () throws(AnalysisError) in
      let evaluator = Evaluator(
        analyzer: try self.analyzer.load())
      return try files.map { file throws(AnalysisError) in
        try evaluator.evaluate(path: file, textColumn: textColumn, labelColumn: labelColumn).text
      }
    }
    print(reports.joined(separator: "\n"), terminator: "")
  }
}
