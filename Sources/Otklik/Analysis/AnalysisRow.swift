import OtklikText

/// Renders one analysed text as a CSV row or a JSON line for `otklik analyze`.
enum AnalysisRow {
  /// The CSV header for rows with or without an id column.
  static func csvHeader(hasID: Bool) -> String {
    (hasID ? "row,id," : "row,") + "language,score,label,tags,evidence\n"
  }

  /// One CSV row.
  static func csv(row: Int, id: String?, analysis: TextAnalysis) -> String {
    var fields = [String(row)]
    if let id { fields.append(OutputText.csvField(id)) }
    fields.append(analysis.language.rawValue)
    fields.append(OutputText.score(analysis.score))
    fields.append(analysis.label.rawValue)
    fields.append(
      OutputText.csvField(
        analysis.tags.map { "\($0.tagID):\($0.label.rawValue)" }.joined(separator: "; ")))
    fields.append(OutputText.csvField(evidenceSummary(analysis)))
    return fields.joined(separator: ",") + "\n"
  }

  /// Evidence in one line: `words=entry(valence→weighted)[rules]`, separated by `; `.
  static func evidenceSummary(_ analysis: TextAnalysis) -> String {
    analysis.clauses.flatMap(\.evidence).map { evidence in
      var text =
        "\(evidence.words)=\(evidence.entry)(\(OutputText.score(evidence.valence))→\(OutputText.score(evidence.weighted)))"
      if !evidence.rules.isEmpty { text += "[" + evidence.rules.joined(separator: ", ") + "]" }
      return text
    }.joined(separator: "; ")
  }

  /// One JSON line with every clause, evidence, tag and key phrase.
  static func json(row: Int, id: String?, analysis: TextAnalysis) -> String {
    var parts = ["\"row\":\(row)"]
    if let id { parts.append("\"id\":\(OutputText.json(id))") }
    parts.append("\"language\":\(OutputText.json(analysis.language.rawValue))")
    parts.append("\"score\":\(OutputText.score(analysis.score))")
    parts.append("\"label\":\(OutputText.json(analysis.label.rawValue))")
    let clauses = analysis.clauses.map { clause in
      let evidence = clause.evidence.map { item in
        "{\"words\":\(OutputText.json(item.words)),\"entry\":\(OutputText.json(item.entry)),"
          + "\"valence\":\(OutputText.score(item.valence)),\"weighted\":\(OutputText.score(item.weighted)),"
          + "\"rules\":[\(item.rules.map(OutputText.json).joined(separator: ","))]}"
      }
      return
        "{\"text\":\(OutputText.json(clause.text)),\"score\":\(OutputText.score(clause.score)),"
        + "\"label\":\(OutputText.json(clause.label.rawValue)),\"evidence\":[\(evidence.joined(separator: ","))]}"
    }
    parts.append("\"clauses\":[\(clauses.joined(separator: ","))]")
    let tags = analysis.tags.map { tag in
      "{\"id\":\(OutputText.json(tag.tagID)),\"kind\":\(OutputText.json(tag.kind.rawValue)),"
        + "\"label\":\(OutputText.json(tag.label.rawValue)),\"score\":\(OutputText.score(tag.score)),"
        + "\"clause\":\(tag.clause),\"evidence\":[\(tag.evidence.map(OutputText.json).joined(separator: ","))]}"
    }
    parts.append("\"tags\":[\(tags.joined(separator: ","))]")
    let phrases = analysis.keyPhrases.map {
      "{\"key\":\(OutputText.json($0.key)),\"text\":\(OutputText.json($0.text))}"
    }
    parts.append("\"key_phrases\":[\(phrases.joined(separator: ","))]")
    return "{" + parts.joined(separator: ",") + "}\n"
  }
}
