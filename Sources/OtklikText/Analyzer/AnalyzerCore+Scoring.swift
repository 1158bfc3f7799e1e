/// The sentiment passes over one text: tokenise, resolve tokens through the cache, find entries and
/// phrases, split clauses, apply word rules, then score clauses and the text.
extension AnalyzerCore {
  /// The text-level outcome of the passes, before results are turned into public values.
  struct Outcome {
    /// The guessed language.
    var language: Language
    /// The text score in [-1, 1].
    var score: Double
    /// The text label.
    var label: SentimentLabel
    /// The non-answer phrase matched, if the whole text declines to answer.
    var nonAnswer: String?
    /// The factor applied to the whole text (neutral damping), 1 when none.
    var textScale: Double = 1
    /// Text-level rules applied, for evidence.
    var textRules: [String] = []
  }

  /// Runs every pass over `bytes`, leaving tokens, matches and clauses in `buffers`.
  func run(_ bytes: UnsafeBufferPointer<UInt8>, cache: TokenCache, in buffers: inout Buffers)
    -> Outcome
  {
    buffers.reset()
    tokenizer.tokenize(bytes, into: &buffers.output)
    let language = resolveTokens(cache: cache, in: &buffers)
    if let phrase = nonAnswer(bytes, in: &buffers) {
      return Outcome(language: language, score: 0, label: .nonAnswer, nonAnswer: phrase)
    }
    findMatches(bytes, in: &buffers)
    silenceNames(bytes, in: &buffers)
    splitClauses(in: &buffers)
    applyStandaloneModifiers(in: &buffers)
    applyWordRules(in: &buffers)
    applyAbsences(in: &buffers)
    return scoreText(language: language, in: &buffers)
  }

  /// Looks every word, emoji and emoticon up through the cache; returns the language guess.
  private func resolveTokens(cache: TokenCache, in buffers: inout Buffers) -> Language {
    var cyrillic = 0
    var latin = 0
    var infos = buffers.infos
    buffers.infos = []
    defer { buffers.infos = infos }
    buffers.output.keys.withUnsafeBufferPointer { keys in
      for token in buffers.output.tokens {
        switch token.kind {
        case .word, .emoji, .emoticon:
          let length = Int(token.keyEnd - token.keyStart)
          if token.script == .cyrillic {
            cyrillic += length / 2
          } else if token.script == .latin {
            latin += length
          }
          let key = UnsafeBufferPointer(rebasing: keys[Int(token.keyStart)..<Int(token.keyEnd)])
          let hash = TokenCache.hash(key) &+ UInt32(token.kind.rawValue)
          if let info = cache.lookup(key, hash: hash) {
            infos.append(info)
          } else {
            let form = String(decoding: key, as: UTF8.self)
            let info = resolve(key: form, kind: token.kind)
            if token.kind == .word {
              infos.append(cache.insert(key, hash: hash, info: info, form: form, stem: stem(form)))
            } else {
              infos.append(cache.insert(key, hash: hash, info: info))
            }
          }
        default:
          infos.append(.unknown)
        }
      }
    }
    return LanguageGuess.language(cyrillic: cyrillic, latin: latin)
  }

  /// The non-answer phrase if the whole text declines to answer, "-" for a text of punctuation only.
  private func nonAnswer(_ bytes: UnsafeBufferPointer<UInt8>, in buffers: inout Buffers) -> String?
  {
    var words = 0
    for token in buffers.output.tokens {
      switch token.kind {
      case .word, .number: words += 1
      case .emoji, .emoticon: return nil
      default: break
      }
      if words > 6 { return nil }
    }
    if words == 0 {
      return bytes.contains(where: { $0 > 0x20 }) ? "-" : nil
    }
    var key: [UInt8] = []
    for token in buffers.output.tokens where token.kind == .word || token.kind == .number {
      if !key.isEmpty { key.append(0x20) }
      key.append(contentsOf: buffers.output.keys[Int(token.keyStart)..<Int(token.keyEnd)])
    }
    let text = String(decoding: key, as: UTF8.self)
    return nonAnswers.contains(text) ? text : nil
  }

  /// Finds ratings, phrases (longest first) and single-token entries, left to right, without
  /// overlaps.
  private func findMatches(_ bytes: UnsafeBufferPointer<UInt8>, in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    let infos = buffers.infos
    buffers.matchAt.append(contentsOf: repeatElement(-1, count: tokens.count))
    var index = 0
    while index < tokens.count {
      if tokens[index].kind == .number, let rating = rating(at: index, in: bytes, buffers: buffers)
      {
        record(
          Match(start: Int32(index), end: Int32(rating.end), entry: rating.entry), in: &buffers)
        index = rating.end
        continue
      }
      let info = infos[index]
      if info.isPhraseHead, let phrase = longestPhrase(at: index, tokens: tokens, infos: infos) {
        let end = index + phrase.length
        record(Match(start: Int32(index), end: Int32(end), entry: phrase.entry), in: &buffers)
        index = end
        continue
      }
      if info.entry >= 0 {
        record(Match(start: Int32(index), end: Int32(index + 1), entry: info.entry), in: &buffers)
      }
      index += 1
    }
  }

  private func record(_ match: Match, in buffers: inout Buffers) {
    let matchIndex = Int32(buffers.matches.count)
    buffers.matches.append(match)
    for token in Int(match.start)..<Int(match.end) { buffers.matchAt[token] = matchIndex }
  }

  private func longestPhrase(
    at index: Int, tokens: [Token], infos: [TokenInfo]
  ) -> (length: Int, entry: Int32)? {
    var best: (length: Int, entry: Int32)?
    for pass in 0..<2 {
      let head = pass == 0 ? infos[index].formID : infos[index].stemID
      guard hasPhrases(startingWith: head) else { continue }
      var candidates = PhraseCandidates(
        core: self, head: head, next: index + 1 < tokens.count ? infos[index + 1] : nil)
      while let slot = candidates.next() {
        let firstWord = Int(phraseWordStart[slot])
        let length = Int(phraseWordStart[slot + 1]) - firstWord
        if let best, best.length >= length { break }
        guard index + length <= tokens.count else { continue }
        var matches = true
        for offset in 0..<length {
          let word = phraseWords[firstWord + offset]
          let position = index + offset
          let id = word & 1 == 1 ? infos[position].formID : infos[position].stemID
          if tokens[position].kind != .word || id != word >> 1 {
            matches = false
            break
          }
        }
        guard matches else { continue }
        // An idiom ending in an intensifier ("не очень") gives way when a sentiment word follows
        // ("не очень хорошо" is negation over an intensifier, not the idiom plus "хорошо").
        let lastEntry = infos[index + length - 1].entry
        if lastEntry >= 0,
          entries[Int(lastEntry)].role == .intensifier
            || entries[Int(lastEntry)].role == .diminisher
        {
          let next = index + length
          if next < tokens.count, infos[next].entry >= 0,
            entries[Int(infos[next].entry)].role.carriesValence
          {
            continue
          }
        }
        best = (length, phraseEntries[slot])
      }
    }
    return best
  }

  /// Splits tokens into clauses at sentence ends, `!`, `?` and contrast or concession words.
  private func splitClauses(in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    guard !tokens.isEmpty else { return }
    var start = 0
    var hasContent = false
    var pending = ClauseSpan(
      firstToken: 0, endToken: 0, sourceStart: tokens[0].sourceStart, sourceEnd: 0)

    func close(at end: Int) {
      guard end > start else { return }
      pending.firstToken = Int32(start)
      pending.endToken = Int32(end)
      pending.sourceStart = tokens[start].sourceStart
      pending.sourceEnd = tokens[end - 1].sourceEnd
      if !hasContent, !buffers.clauses.isEmpty {
        // Punctuation alone belongs to the clause before it.
        let last = buffers.clauses.count - 1
        buffers.clauses[last].endToken = Int32(end)
        buffers.clauses[last].sourceEnd = pending.sourceEnd
        buffers.clauses[last].exclamations += pending.exclamations
        buffers.clauses[last].isQuestion = buffers.clauses[last].isQuestion || pending.isQuestion
        buffers.clauses[last].hasSymbol = buffers.clauses[last].hasSymbol || pending.hasSymbol
      } else {
        buffers.clauses.append(pending)
      }
      start = end
      hasContent = false
      pending = ClauseSpan(firstToken: 0, endToken: 0, sourceStart: 0, sourceEnd: 0)
    }

    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .sentenceEnd:
        close(at: index + 1)
      case .exclamation, .question:
        var end = index
        while end < tokens.count, tokens[end].kind == .exclamation || tokens[end].kind == .question
        {
          if tokens[end].kind == .exclamation {
            pending.exclamations += tokens[end].count
          } else {
            pending.isQuestion = true
          }
          end += 1
        }
        close(at: end)
        index = end
        continue
      case .word:
        let matchIndex = buffers.matchAt[index]
        if matchIndex >= 0, buffers.matches[Int(matchIndex)].start == Int32(index) {
          let entry = entries[Int(buffers.matches[Int(matchIndex)].entry)]
          let role = entry.role
          if role == .irrealis { pending.irrealisScale = min(pending.irrealisScale, entry.value) }
          if role == .contrast || role == .concession {
            if hasContent { close(at: index) }
            if role == .contrast {
              pending.opensWithContrast = true
            } else {
              pending.opensWithConcession = true
            }
          }
        }
        hasContent = true
      case .number:
        hasContent = true
      case .emoji, .emoticon:
        hasContent = true
        pending.hasSymbol = true
      case .pause:
        // A concession clause ends at its comma: "хотя дорого, | вкусно".
        if pending.opensWithConcession, hasContent { close(at: index + 1) }
      }
      index += 1
    }
    close(at: tokens.count)
    for clauseIndex in buffers.clauses.indices where buffers.clauses[clauseIndex].opensWithContrast
    {
      buffers.clauses[clauseIndex].weight = settings.contrastAfterWeight
      if clauseIndex > 0 {
        buffers.clauses[clauseIndex - 1].precedesContrast = true
        buffers.clauses[clauseIndex - 1].weight *= settings.contrastBeforeWeight
      }
    }
    applyConclusionWeight(tokens: tokens, in: &buffers)
    for clauseIndex in buffers.clauses.indices
    where buffers.clauses[clauseIndex].opensWithConcession {
      buffers.clauses[clauseIndex].weight *= settings.concessionWeight
    }
    var clauseIndex = 0
    for matchIndex in buffers.matches.indices {
      while clauseIndex < buffers.clauses.count - 1,
        buffers.matches[matchIndex].start >= buffers.clauses[clauseIndex].endToken
      {
        clauseIndex += 1
      }
      buffers.matches[matchIndex].clause = Int32(clauseIndex)
    }
  }

  /// Weighs the clauses of the last sentence by ``SentimentSettings/conclusionWeight`` when the
  /// text has three sentences or more.
  private func applyConclusionWeight(tokens: [Token], in buffers: inout Buffers) {
    guard settings.conclusionWeight != 1, buffers.clauses.count >= 3 else { return }
    var sentences = 1
    var lastStart = 0
    for index in buffers.clauses.indices.dropLast() {
      let last = tokens[Int(buffers.clauses[index].endToken) - 1].kind
      if last == .sentenceEnd || last == .exclamation || last == .question {
        sentences += 1
        lastStart = index + 1
      }
    }
    guard sentences >= 3 else { return }
    for index in lastStart..<buffers.clauses.count {
      buffers.clauses[index].weight *= settings.conclusionWeight
      buffers.clauses[index].isConclusion = true
    }
  }

  /// Sums clauses, applies punctuation, contrast weights and neutral damping, and labels the text.
  private func scoreText(language: Language, in buffers: inout Buffers) -> Outcome {
    var hits = 0
    var strongest = 0.0
    for match in buffers.matches where match.isScored {
      let clause = Int(match.clause)
      buffers.clauses[clause].sum +=
        match.weighted < 0 ? match.weighted * settings.negativeWeight : match.weighted
      buffers.clauses[clause].hasSignal = true
      hits += 1
      strongest = max(strongest, abs(valence(of: match)))
    }
    var raw = 0.0
    var positiveClauses = 0
    var negativeClauses = 0
    for index in buffers.clauses.indices {
      var clause = buffers.clauses[index]
      if clause.sum != 0, clause.exclamations > 0 {
        let boost = Double(min(clause.exclamations, 4)) * settings.exclamationBoost
        clause.punctuationBoost = clause.sum > 0 ? boost : -boost
        clause.sum += clause.punctuationBoost
      }
      if clause.isQuestion, clause.exclamations == 0, !clause.hasSymbol,
        clause.rhetoricalNegator < 0
      {
        clause.questionScale = questionScale(for: clause.sum)
        clause.sum *= clause.questionScale
      }
      if clause.sum > 0, clause.irrealisScale < 1 {
        clause.wishScale = clause.irrealisScale
        clause.sum *= clause.wishScale
      }
      raw += clause.sum * clause.weight
      if clause.hasSignal {
        switch label(for: normalize(clause.sum)) {
        case .positive: positiveClauses += 1
        case .negative: negativeClauses += 1
        default: break
        }
      }
      buffers.clauses[index] = clause
    }
    guard hits > 0 else { return Outcome(language: language, score: 0, label: .none) }
    var outcome = Outcome(language: language, score: 0, label: .neutral)
    if hits == 1, strongest <= settings.weakHitLimit {
      outcome.textScale = raw >= 0 ? settings.weakHitScale : settings.weakNegativeHitScale
      outcome.textRules.append(raw >= 0 ? ruleTexts.weakHit : ruleTexts.weakNegativeHit)
    }
    if buffers.output.links > 0, raw > 0, settings.linkScale != 1 {
      outcome.textScale *= settings.linkScale
      outcome.textRules.append(ruleTexts.link)
    }
    outcome.score = normalize(raw * outcome.textScale)
    outcome.label = label(for: outcome.score)
    applyClauseVote(positive: positiveClauses, negative: negativeClauses, to: &outcome)
    return outcome
  }

  /// Labels a long text by the share of its positive clauses among its polar ones: summed, a long
  /// review's score saturates and hides that it blames almost as much as it praises.
  private func applyClauseVote(positive: Int, negative: Int, to outcome: inout Outcome) {
    let polar = positive + negative
    guard settings.voteMinimumClauses > 0, polar >= settings.voteMinimumClauses else { return }
    let share = Double(positive) / Double(polar)
    let verdict: SentimentLabel =
      share >= settings.votePositiveShare
      ? .positive : share <= settings.voteNegativeShare ? .negative : .neutral
    guard verdict != outcome.label else { return }
    outcome.label = verdict
    outcome.textRules.append("clause vote \(positive) pos / \(negative) neg")
  }

  /// The question scale for a clause sum: asking about a good thing is not praise, while a
  /// complaint put as a question ("почему так долго?") is still a complaint.
  func questionScale(for sum: Double) -> Double {
    sum >= 0 ? settings.questionScale : settings.negativeQuestionScale
  }

  /// Maps a raw sum into (−1, 1): x/√(x²+α).
  func normalize(_ raw: Double) -> Double {
    raw == 0 ? 0 : raw / (raw * raw + settings.alpha).squareRoot()
  }

  /// The label for a score with the configured thresholds.
  func label(for score: Double) -> SentimentLabel {
    if score >= settings.positiveThreshold { return .positive }
    if score <= -settings.negativeThreshold { return .negative }
    return .neutral
  }

  /// A number for rule text: at most two decimals, no trailing zeros.
  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
