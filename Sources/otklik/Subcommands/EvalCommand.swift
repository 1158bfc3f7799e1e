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

  @Option(
    name: .customLong("lexicon"),
    help: "An extra lexicon file loaded after the defaults (repeatable).")
  var lexicons: [String] = []

  @Option(name: .customLong("positive-threshold"), help: "Score at or above which a text is pos.")
  var positiveThreshold: Double?

  @Option(
    name: .customLong("negative-threshold"), help: "Score at or below minus which a text is neg.")
  var negativeThreshold: Double?

  func run() throws {
    let reports = try CommandFailure.exitOnError { () throws(AnalysisError) in
      let evaluator = Evaluator(
        analyzer: try AnalyzerLoader.standard(
          extraLexicons: lexicons, thresholds: (positiveThreshold, negativeThreshold)))
      return try files.map { file throws(AnalysisError) in
        try evaluator.evaluate(path: file, textColumn: textColumn, labelColumn: labelColumn).text
      }
    }
    print(reports.joined(separator: "\n"), terminator: "")
  }
}
