import ArgumentParser
import Otklik

/// `otklik explain`: why a text got its label — tokens, stems, hits, rules, clause scores, tags.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract:
      "Show why a text gets its sentiment and tags: tokens, stems, lexicon hits, rules, clause scores."
  )

  @Argument(help: "The text to explain.")
  var text: String

  @Option(
    name: .customLong("lexicon"),
    help: "An extra lexicon file loaded after the defaults (repeatable).")
  var lexicons: [String] = []

  func run() throws {
    let rendered = try CommandFailure.exitOnError { () throws(AnalysisError) in
      try ExplanationRenderer.explain(text, extraLexicons: lexicons)
    }
    print(rendered, terminator: "")
  }
}
