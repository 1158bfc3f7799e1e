/// Tags and key phrases, clause by clause, after sentiment: each tag carries its clause's score
/// and label.
extension AnalyzerCore {
  /// Finds the taxonomy tags and key phrases of the analysed text in `buffers` and adds them to
  /// `analysis`. A tag found in several clauses is kept once, with the clause of strongest feeling.
  func addTags(
    _ bytes: UnsafeBufferPointer<UInt8>, cache: TokenCache, to analysis: inout TextAnalysis,
    in buffers: inout Buffers
  ) {
    let tokens = buffers.output.tokens
    // A text has a few tags: a list searched in order beats a dictionary built per text.
    var found: [(tag: Int, match: TagMatch)] = []
    for (clauseIndex, span) in buffers.clauses.enumerated() {
      buffers.tagTokens.removeAll(keepingCapacity: true)
      buffers.tagPositions.removeAll(keepingCapacity: true)
      for position in Int(span.firstToken)..<Int(span.endToken) where tokens[position].kind == .word
      {
        buffers.tagTokens.append(buffers.infos[position].tags)
        buffers.tagPositions.append(Int32(position))
      }
      guard !buffers.tagTokens.isEmpty else { continue }
      let clause = analysis.clauses[clauseIndex]
      if let tagMatcher {
        tagMatcher.match(buffers.tagTokens, into: &buffers.clauseTags)
        for hit in buffers.clauseTags {
          let words = hit.tokens.map { index in
            let token = tokens[Int(buffers.tagPositions[index])]
            return source(bytes, from: token.sourceStart, to: token.sourceEnd)
          }
          let tag = tagMatcher.taxonomy.tags[hit.tag]
          let match = TagMatch(
            tagID: tag.id, kind: tag.kind, score: clause.score, label: clause.label,
            evidence: words, clause: clauseIndex)
          if let existing = found.firstIndex(where: { $0.tag == hit.tag }) {
            if abs(clause.score) > abs(found[existing].match.score) {
              found[existing].match = match
            }
          } else {
            found.append((hit.tag, match))
          }
        }
      }
      if let keyPhraseExtractor {
        var words: [KeyPhraseToken] = []
        words.reserveCapacity(buffers.tagPositions.count)
        for (index, position) in buffers.tagPositions.enumerated() {
          let info = buffers.infos[Int(position)]
          let matchIndex = buffers.matchAt[Int(position)]
          let isSentiment = matchIndex >= 0 && buffers.matches[Int(matchIndex)].isScored
          let isCovered = tagMatcher != nil && buffers.clauseTags.covers(token: index)
          words.append(
            KeyPhraseToken(
              stem: info.text >= 0 ? cache.stems[Int(info.text)] : "",
              role: isSentiment || isCovered ? .boundary : info.keyRole))
        }
        let positions = buffers.tagPositions
        let phrases = keyPhraseExtractor.extract(from: words) { range in
          source(
            bytes, from: tokens[Int(positions[range.lowerBound])].sourceStart,
            to: tokens[Int(positions[range.upperBound])].sourceEnd)
        }
        // A text has a handful of phrases: a linear check is cheaper than hashing Cyrillic keys.
        for phrase in phrases where !analysis.keyPhrases.contains(where: { $0.key == phrase.key }) {
          analysis.keyPhrases.append(phrase)
        }
      }
    }
    analysis.tags = found.map(\.match)
  }
}
