import ArgumentParser
import Otklik
import OtklikText

/// The flags every text-analysis command shares: extra lexicons and the label thresholds.
struct AnalyzerOptions: ParsableArguments {
  @Option(
    name: .customLong("lexicon"),
    help: "An extra lexicon file loaded after the defaults (repeatable).")
  var lexicons: [String] = []

  @Option(name: .customLong("positive-threshold"), help: "Score at or above which a text is pos.")
  var positiveThreshold: Double?

  @Option(
    name: .customLong("negative-threshold"), help: "Score at or below minus which a text is neg.")
  var negativeThreshold: Double?

  /// The analyser with the default data folder, these lexicons and thresholds.
  func load() throws(AnalysisError) -> TextAnalyzer {
    try AnalyzerLoader.standard(
      extraLexicons: lexicons, thresholds: (positiveThreshold, negativeThreshold))
  }
}
