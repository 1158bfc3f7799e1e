/// Turns the buffers after a run into public values: ``TextAnalysis`` and explanation tokens.
extension AnalyzerCore {
  /// Builds the text's analysis: clauses with scores, labels and evidence.
  func makeAnalysis(
    _ bytes: UnsafeBufferPointer<UInt8>, outcome: Outcome, cache: TokenCache,
    in buffers: inout Buffers
  ) -> TextAnalysis {
    if let phrase = outcome.nonAnswer {
      let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces()
      let evidence = Evidence(
        words: text, entry: phrase, valence: 0, weighted: 0, rules: ["non-answer"])
      let clause = ClauseAnalysis(text: text, score: 0, label: .nonAnswer, evidence: [evidence])
      return TextAnalysis(
        language: outcome.language, score: 0, label: .nonAnswer, clauses: [clause])
    }
    let tokens = buffers.output.tokens
    var clauses: [ClauseAnalysis] = []
    clauses.reserveCapacity(buffers.clauses.count)
    var matchIndex = 0
    let matches = buffers.matches
    for (index, span) in buffers.clauses.enumerated() {
      var clauseRules: [String] = []
      if span.opensWithContrast { clauseRules.append(ruleTexts.contrastAfter) }
      if span.precedesContrast { clauseRules.append(ruleTexts.contrastBefore) }
      if span.opensWithConcession { clauseRules.append(ruleTexts.concession) }
      if span.isConclusion { clauseRules.append(ruleTexts.conclusion) }
      if span.questionScale != 1, span.hasSignal {
        clauseRules.append("question ×\(Self.format(span.questionScale))")
      }
      if span.wishScale != 1 {
        clauseRules.append("\(ruleTexts.wish) ×\(Self.format(span.wishScale))")
      }
      let clauseScale = span.weight * span.questionScale * span.wishScale * outcome.textScale
      var evidence: [Evidence] = []
      while matchIndex < matches.count, matches[matchIndex].clause == Int32(index) {
        let match = matches[matchIndex]
        matchIndex += 1
        guard match.isScored else { continue }
        let entry = entries[Int(match.entry)]
        var rules = wordRules(match)
        rules.append(contentsOf: clauseRules)
        rules.append(contentsOf: outcome.textRules)
        if entry.role == .idiom { rules.insert("idiom", at: 0) }
        let words = source(
          bytes, from: tokens[Int(match.start)].sourceStart,
          to: tokens[Int(match.end) - 1].sourceEnd)
        evidence.append(
          Evidence(
            words: words, entry: entry.term, valence: valence(of: match),
            weighted: match.weighted * clauseScale, rules: rules))
      }
      if span.punctuationBoost != 0 {
        let marks = String(repeating: "!", count: Int(min(span.exclamations, 4)))
        evidence.append(
          Evidence(
            words: marks, entry: "exclamation", valence: 0,
            weighted: span.punctuationBoost * span.weight * outcome.textScale,
            rules: ["exclamation ×\(min(span.exclamations, 4))"] + clauseRules))
      }
      let score = normalize(span.sum)
      let label: SentimentLabel = span.hasSignal ? self.label(for: score) : .none
      clauses.append(
        ClauseAnalysis(
          text: source(bytes, from: span.sourceStart, to: span.sourceEnd), score: score,
          label: label, evidence: evidence))
    }
    var analysis = TextAnalysis(
      language: outcome.language, score: outcome.score, label: outcome.label, clauses: clauses)
    if tagMatcher != nil || keyPhraseExtractor != nil {
      addTags(bytes, cache: cache, to: &analysis, in: &buffers)
    }
    return analysis
  }

  /// The rules a match went through, as evidence text.
  private func wordRules(_ match: Match) -> [String] {
    var rules: [String] = []
    if match.rules.contains(.intensifier) {
      rules.append("intensifier ×\(Self.format(match.scale))")
    }
    if match.rules.contains(.diminisher) { rules.append("diminisher ×\(Self.format(match.scale))") }
    if match.rules.contains(.negation) { rules.append(ruleTexts.negation) }
    if match.rules.contains(.negationOverIntensifier) {
      rules.append(ruleTexts.negatedIntensifier)
    }
    if match.rules.contains(.postNegation) { rules.append(ruleTexts.postNegation) }
    if match.rules.contains(.caps) { rules.append(ruleTexts.caps) }
    if match.rules.contains(.deniedExpectation) { rules.append(ruleTexts.deniedExpectation) }
    if match.rules.contains(.absence) { rules.append(ruleTexts.absence) }
    return rules
  }

  /// The source text between two byte offsets, trimmed.
  func source(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int32, to end: Int32) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)]), as: UTF8.self)
      .trimmingSpaces()
  }

  /// Describes every token of the last run, with stems and the entries they are part of.
  func explainTokens(_ bytes: UnsafeBufferPointer<UInt8>, in buffers: inout Buffers) -> [Explanation
    .Token]
  {
    var clause = 0
    var result: [Explanation.Token] = []
    for (index, token) in buffers.output.tokens.enumerated() {
      while clause < buffers.clauses.count - 1, Int32(index) >= buffers.clauses[clause].endToken {
        clause += 1
      }
      let folded = String(
        decoding: buffers.output.keys[Int(token.keyStart)..<Int(token.keyEnd)], as: UTF8.self)
      var entry: String?
      var role: String?
      if !buffers.matchAt.isEmpty, buffers.matchAt[index] >= 0 {
        let compiled = entries[Int(buffers.matches[Int(buffers.matchAt[index])].entry)]
        entry = compiled.term
        role = Self.roleName(compiled.role)
      }
      result.append(
        Explanation.Token(
          text: source(bytes, from: token.sourceStart, to: token.sourceEnd),
          kind: Self.kindName(token.kind),
          folded: folded, stem: token.kind == .word ? stem(folded) : folded, isCaps: token.isCaps,
          entry: entry,
          role: role, clause: clause))
    }
    return result
  }

  private static func kindName(_ kind: Token.Kind) -> String {
    switch kind {
    case .word: "word"
    case .number: "number"
    case .emoji: "emoji"
    case .emoticon: "emoticon"
    case .exclamation: "!"
    case .question: "?"
    case .pause: "pause"
    case .sentenceEnd: "end"
    }
  }

  private static func roleName(_ role: CompiledEntry.Role) -> String {
    switch role {
    case .sentiment: "sentiment"
    case .idiom: "idiom"
    case .negator: "negator"
    case .postNegator: "post_negator"
    case .intensifier: "intensifier"
    case .diminisher: "diminisher"
    case .contrast: "contrast"
    case .concession: "concession"
    case .expectation: "expectation"
    case .irrealis: "irrealis"
    case .naming: "naming"
    }
  }
}
