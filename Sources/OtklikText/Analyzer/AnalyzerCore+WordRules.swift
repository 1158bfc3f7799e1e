/// The word-level rules of the sentiment passes: a modifier that modifies nothing scores alone;
/// negation, intensifiers, diminishers, capitals and denied expectations shape each sentiment match;
/// a negator that negates nothing states a lack.
extension AnalyzerCore {
  /// Scores an intensifier or diminisher that is also a sentiment word by its own valence when it
  /// modifies nothing: no sentiment word follows within the intensifier's reach, no rule word right
  /// after it, and it either ends its run of words or follows a determiner ("Damn!", "She is
  /// pretty.", "What a pretty dress"; but "pretty good", "pretty much", "pretty early start").
  func applyStandaloneModifiers(in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    for matchIndex in buffers.matches.indices {
      let fallback = entries[Int(buffers.matches[matchIndex].entry)].fallback
      guard fallback >= 0 else { continue }
      let start = Int(buffers.matches[matchIndex].start)
      let end = Int(buffers.matches[matchIndex].end)
      let endsRun =
        end >= tokens.count || (tokens[end].kind != .word && tokens[end].kind != .number)
      let followsDeterminer = start > 0 && adjectiveCueIDs.contains(buffers.infos[start - 1].formID)
      guard endsRun || followsDeterminer else { continue }
      var position = end
      var words = 0
      var modifies = false
      while position < tokens.count, words < settings.intensifierWindow,
        tokens[position].kind == .word || tokens[position].kind == .number
      {
        let covering = buffers.matchAt[position]
        if covering >= 0 {
          let role = entries[Int(buffers.matches[Int(covering)].entry)].role
          // A rule word right after it ("pretty much") is modified; a naming noun is a plain word.
          modifies = (words == 0 && role != .naming) || role.carriesValence
          if role != .naming { break }
        }
        words += 1
        position += 1
      }
      if !modifies { buffers.matches[matchIndex].entry = fallback }
    }
  }

  /// Finds the rhetorical questions: a question whose first word (after at most one discourse word
  /// such as "and", «ну», «разве») is a negator. In English any such opening asserts ("Isn't it
  /// lovely?", "Don't you think it's overpriced?"); in Russian only with «ли» right after it or
  /// «разве» / «неужели» before it («Не слишком ли дорого?», «Разве не здорово?»), since «Не
  /// подскажете…?» is a polite request.
  func markRhetoricalQuestions(in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    for index in buffers.clauses.indices where buffers.clauses[index].isQuestion {
      var position = Int(buffers.clauses[index].firstToken)
      let end = Int(buffers.clauses[index].endToken)
      var skipped = 0
      while position < end, skipped <= 1, tokens[position].kind == .word {
        let covering = buffers.matchAt[position]
        if covering >= 0 {
          let match = buffers.matches[Int(covering)]
          let role = entries[Int(match.entry)].role
          if role == .negator || role == .postNegator {
            let start = Int(match.start)
            let after = Int(match.end)
            let asserts =
              tokens[start].script != .cyrillic
              || buffers.output.isWord(at: start - 1, oneOf: Self.rhetoricalLeads)
              || buffers.output.isWord(at: after, oneOf: Self.questionParticles)
              || buffers.output.isWord(at: after + 1, oneOf: Self.questionParticles)
            if asserts { buffers.clauses[index].rhetoricalNegator = match.start }
            break
          }
          guard role == .contrast else { break }
        } else {
          guard buffers.output.isWord(at: position, oneOf: Self.discourseWords) else { break }
        }
        skipped += 1
        position += 1
      }
    }
  }

  private static let discourseWords = [
    "and", "so", "oh", "well", "а", "и", "ну", "разве", "неужели", "ведь",
  ]
  .map { Array($0.utf8) }
  private static let rhetoricalLeads = ["разве", "неужели"].map { Array($0.utf8) }
  private static let questionParticles = [Array("ли".utf8)]

  /// Applies negation, intensifiers, diminishers and capitals to every sentiment match.
  func applyWordRules(in buffers: inout Buffers) {
    markRhetoricalQuestions(in: &buffers)
    let tokens = buffers.output.tokens
    var letters = 0
    var upper = 0
    for token in tokens where token.kind == .word {
      letters += 1
      if token.isCaps { upper += 1 }
    }
    let textIsAllCaps = letters > 0 && upper == letters
    for matchIndex in buffers.matches.indices {
      var match = buffers.matches[matchIndex]
      let entry = entries[Int(match.entry)]
      let isExpectation = entry.role == .expectation
      guard entry.role.carriesValence || isExpectation else { continue }
      let clause = buffers.clauses[Int(match.clause)]
      // Emoji, emoticons and laughter say what they say: no negator or intensifier reaches them.
      let firstKind = tokens[Int(match.start)].kind
      if firstKind == .emoji || firstKind == .emoticon || entry.isExpressive {
        match.weighted = entry.value
        match.isScored = true
        buffers.matches[matchIndex] = match
        continue
      }
      // An expectation is denied only by a negator right before it ("didn't even work"), not by
      // one further back ("I don't know the answer").
      let window = isExpectation ? settings.expectationWindow : settings.negationWindow
      // A negated verb of saying reaches a little further, over its «что» ("не думаю, что это
      // было хорошо").
      let clauseWindow = isExpectation ? window : window + settings.clauseNegationReach
      var negations = 0
      var words = 0
      var position = Int(match.start) - 1
      while position >= Int(clause.firstToken), words < clauseWindow {
        let token = tokens[position]
        if token.kind != .word && token.kind != .number {
          // "не скажу, что вкусно": a negated verb of saying reaches over the comma into its
          // «что» clause.
          if token.kind == .pause, deniesClause(across: position, in: buffers) { negations += 1 }
          break
        }
        let covering = buffers.matchAt[position]
        if covering >= 0 {
          let modifier = buffers.matches[Int(covering)]
          let rule = entries[Int(modifier.entry)]
          // A denied expectation takes the negation for itself: "не решили проблему" is the
          // problem left unsolved, not "no problem".
          if rule.role.carriesValence || rule.role == .expectation { break }
          switch rule.role {
          case .negator, .postNegator:
            // A negator with a scope (e.g. "без" 1) reaches only that many words. One after
            // "чтобы" states a purpose ("чтобы не было очередей"): the thing is still unwanted.
            // The one that opens a rhetorical question asserts rather than denies.
            if words < window || rule.deniesClause, rule.value == 0 || Double(words) < rule.value,
              modifier.start != clause.rhetoricalNegator,
              !buffers.output.isWord(at: Int(modifier.start) - 1, oneOf: Self.purposeWords)
            {
              negations += 1
            }
          case .intensifier where words < settings.intensifierWindow:
            match.scale *= rule.value
            match.rules.insert(.intensifier)
          case .diminisher where words < settings.intensifierWindow:
            match.scale *= rule.value
            match.rules.insert(.diminisher)
          default:
            break
          }
          position = Int(modifier.start) - 1
          words += 1
          continue
        }
        words += 1
        position -= 1
      }
      var value = entry.value * match.scale
      if isExpectation {
        // Its value already is the denied valence; met, it says nothing.
        guard negations > 0 else { continue }
        match.rules.insert(.deniedExpectation)
        match.weighted = value
        match.isScored = true
        buffers.matches[matchIndex] = match
        continue
      }
      // One negator or several flip once: Russian negation is concord ("никогда не пожалею"), and a
      // negative pronoun ("не ... никаких") is not flipped by the "не" it agrees with.
      // A match that itself starts with a negator ("не подвели" after "ни разу") agrees with it.
      let firstEntry = buffers.infos[Int(match.start)].entry
      let startsNegated =
        firstEntry >= 0
        && (entries[Int(firstEntry)].role == .negator
          || entries[Int(firstEntry)].role == .postNegator)
      if negations > 0, !startsNegated,
        !startsWithNegativePronoun(match, tokens: tokens, keys: buffers.output.keys)
      {
        if match.rules.contains(.intensifier) {
          value = entry.value * settings.negatedIntensifierScale
          match.rules.remove(.intensifier)
          match.rules.insert(.negationOverIntensifier)
        } else {
          value *= settings.negationScale
          match.rules.insert(.negation)
        }
      }
      let next = Int(match.end)
      // A postposed "нет" flips only when it ends the clause or phrase ("проблем нет", "претензий
      // нет."), not when it starts a new statement ("тупо нет 3G").
      if let after = postNegator(after: next, clauseEnd: Int(clause.endToken), in: &buffers),
        after >= tokens.count || (tokens[after].kind != .word && tokens[after].kind != .number)
      {
        value *= settings.negationScale
        match.rules.insert(.postNegation)
      }
      if !textIsAllCaps, value != 0,
        (Int(match.start)..<Int(match.end)).contains(where: { tokens[$0].isCaps })
      {
        value += value > 0 ? settings.capsBoost : -settings.capsBoost
        match.rules.insert(.caps)
      }
      match.weighted = value
      // An idiom of valence 0 (a service formula, a word in its literal sense) only keeps its
      // words from scoring: the text has no signal from it.
      match.isScored = entry.value != 0
      buffers.matches[matchIndex] = match
    }
  }

  /// Scores a negator that states a lack ("нет парковки", "связи нет", "no wifi") when it negates no
  /// sentiment word: before a word, when none of the words it reaches is a sentiment word or an
  /// expectation; a post-negator also after a plain word, when it ends the clause.
  func applyAbsences(in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    for matchIndex in buffers.matches.indices {
      let match = buffers.matches[matchIndex]
      let entry = entries[Int(match.entry)]
      guard entry.absence != 0 else { continue }
      let clause = buffers.clauses[Int(match.clause)]
      let end = Int(match.end)
      let clauseEnd = Int(clause.endToken)
      let isWord = { (index: Int) in
        tokens[index].kind == .word || tokens[index].kind == .number
      }
      var statesLack = false
      if end < clauseEnd, isWord(end) {
        statesLack = true
        var position = end
        while position < min(clauseEnd, end + settings.negationWindow), isWord(position) {
          let covering = buffers.matchAt[position]
          if covering >= 0 {
            let role = entries[Int(buffers.matches[Int(covering)].entry)].role
            if role.carriesValence || role == .expectation {
              statesLack = false
              break
            }
          }
          position += 1
        }
      } else if entry.role == .postNegator, Int(match.start) > Int(clause.firstToken),
        isWord(Int(match.start) - 1)
      {
        // A plain word before it: no entry, or a naming noun ("ни одного кафе нет").
        let covering = buffers.matchAt[Int(match.start) - 1]
        guard covering < 0 || entries[Int(buffers.matches[Int(covering)].entry)].role == .naming
        else { continue }
        statesLack = true
      }
      guard statesLack else { continue }
      buffers.matches[matchIndex].weighted = entry.absence
      buffers.matches[matchIndex].rules.insert(.absence)
      buffers.matches[matchIndex].isScored = true
    }
  }

  /// The valence a match stands for before any rule: its entry's, or the lack a negator states.
  func valence(of match: Match) -> Double {
    let entry = entries[Int(match.entry)]
    return match.rules.contains(.absence) ? entry.absence : entry.value
  }

  /// The end (one past its last token) of a post-negator among the next
  /// ``SentimentSettings/postNegationWindow`` words after `position` ("вкусной еды нет", "проблем
  /// с машиной не возникало"), stopping at a sentiment word or punctuation.
  private func postNegator(after position: Int, clauseEnd: Int, in buffers: inout Buffers) -> Int? {
    var index = position
    while index < min(clauseEnd, position + settings.postNegationWindow) {
      guard buffers.output.tokens[index].kind == .word else { return nil }
      let matchIndex = buffers.matchAt[index]
      if matchIndex >= 0 {
        let match = buffers.matches[Int(matchIndex)]
        return entries[Int(match.entry)].role == .postNegator ? Int(match.end) : nil
      }
      index += 1
    }
    return nil
  }

  /// Whether the pause at `position` stands between a negated verb of saying or thinking and the
  /// «что» / "that" that opens its clause.
  private func deniesClause(across position: Int, in buffers: borrowing Buffers) -> Bool {
    guard position > 0, buffers.output.isWord(at: position + 1, oneOf: Self.complementizers) else {
      return false
    }
    let covering = buffers.matchAt[position - 1]
    return covering >= 0 && entries[Int(buffers.matches[Int(covering)].entry)].deniesClause
  }

  private static let complementizers = [Array("что".utf8), Array("that".utf8)]

  /// "чтобы" and "чтоб": a negation after them states a purpose ("so that there is no …") rather
  /// than a denial.
  private static let purposeWords = ["чтобы", "чтоб"].map { Array($0.utf8) }

  /// Whether a match starts with a Russian negative pronoun or adverb (`ни…`: никакой, ничего).
  private func startsWithNegativePronoun(_ match: Match, tokens: [Token], keys: [UInt8]) -> Bool {
    let token = tokens[Int(match.start)]
    let start = Int(token.keyStart)
    guard token.keyEnd - token.keyStart >= 6 else { return false }
    return keys[start] == 0xD0 && keys[start + 1] == 0xBD && keys[start + 2] == 0xD0
      && keys[start + 3] == 0xB8
  }
}
