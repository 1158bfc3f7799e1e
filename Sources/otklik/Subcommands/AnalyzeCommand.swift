import ArgumentParser
import Otklik

/// `otklik analyze`: one analysed row per input row (language, score, label, tags, evidence).
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse the free texts of a CSV: one output row per input row, in order.")

  @Argument(help: "The CSV file, or - for standard input.")
  var file: String

  @Option(name: .customLong("text-column"), help: "The header of the column with the text.")
  var textColumn: String

  @Option(name: .customLong("id-column"), help: "The header of an id column to copy to the output.")
  var idColumn: String?

  @Option(help: "Output format: csv or jsonl.")
  var format: String = "csv"

  @Option(
    name: .customLong("lexicon"),
    help: "An extra lexicon file loaded after the defaults (repeatable).")
  var lexicons: [String] = []

  @Option(name: .customLong("positive-threshold"), help: "Score at or above which a text is pos.")
  var positiveThreshold: Double?

  @Option(
    name: .customLong("negative-threshold"), help: "Score at or below minus which a text is neg.")
  var negativeThreshold: Double?

  func validate() throws {
    guard AnalyzeRunner.Format(rawValue: format) != nil else {
      throw ValidationError("format must be csv or jsonl")
    }
  }

  func run() throws {
    try CommandFailure.exitOnError { () throws(AnalysisError) in
      let analyzer = try AnalyzerLoader.standard(
        extraLexicons: lexicons, thresholds: (positiveThreshold, negativeThreshold))
      let runner = AnalyzeRunner(
        analyzer: analyzer, textColumn: textColumn, idColumn: idColumn,
        format: AnalyzeRunner.Format(rawValue: format) ?? .csv)
      try runner.run(path: file, output: OutputWriter())
    }
  }
}
