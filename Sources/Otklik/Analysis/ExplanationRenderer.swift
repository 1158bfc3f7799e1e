public import OtklikText

/// Renders an ``Explanation`` as the plain text `otklik explain` prints: the verdict, the tokens with
/// their stems and entries, each clause with its hits and rules, tags and text-level rules.
public enum ExplanationRenderer {
  /// The whole explanation as lines of text.
  public static func render(_ explanation: Explanation) -> String {
    let analysis = explanation.analysis
    var lines: [String] = []
    lines.append("text: \(explanation.text)")
    lines.append(
      "language: \(analysis.language.rawValue)  score: \(OutputText.score(analysis.score))  label: \(analysis.label.rawValue)"
        + "  (pos >= \(explanation.positiveThreshold), neg <= -\(explanation.negativeThreshold))")
    lines.append("tokens:")
    for token in explanation.tokens where token.kind != "pause" && token.kind != "end" {
      var line = "  [\(token.clause)] \(token.text)  \(token.kind)"
      if token.kind == "word" { line += "  stem \(token.stem)" }
      if token.isCaps { line += "  CAPS" }
      if let entry = token.entry, let role = token.role { line += "  → \(role) \(entry)" }
      lines.append(line)
    }
    lines.append("clauses:")
    for (index, clause) in analysis.clauses.enumerated() {
      lines.append(
        "  [\(index)] \(clause.label.rawValue) \(OutputText.score(clause.score))  \(clause.text)")
      for evidence in clause.evidence {
        var line =
          "      \(evidence.words) = \(evidence.entry) (\(OutputText.score(evidence.valence)))"
          + " → \(OutputText.score(evidence.weighted))"
        if !evidence.rules.isEmpty { line += "  [" + evidence.rules.joined(separator: ", ") + "]" }
        lines.append(line)
      }
    }
    if !analysis.tags.isEmpty {
      lines.append("tags:")
      for tag in analysis.tags {
        lines.append(
          "  \(tag.tagID) (\(tag.kind.rawValue)) \(tag.label.rawValue) \(OutputText.score(tag.score))"
            + "  clause \(tag.clause): \(tag.evidence.joined(separator: ", "))")
      }
    }
    if !analysis.keyPhrases.isEmpty {
      lines.append("key phrases: " + analysis.keyPhrases.map(\.text).joined(separator: "; "))
    }
    if !explanation.textRules.isEmpty {
      lines.append("text rules: " + explanation.textRules.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ExplanationRenderer {
  /// Loads the standard analyser (plus `extraLexicons`) and renders the explanation of `text`.
  public static func explain(_ text: String, extraLexicons: [String] = []) throws(AnalysisError)
    -> String
  {
    render(try AnalyzerLoader.standard(extraLexicons: extraLexicons).explain(text))
  }
}
