/// Names next to a naming noun: «кафе «Уютный дворик»», «салон красоты "Прекрасная леди"», «парк
/// Победы», «улица Мира», "Victory Park". The words of a name say nothing about the place, so they
/// neither score nor tag.
extension AnalyzerCore {
  /// The most words a quoted name may have; a longer quote is a citation, not a name.
  static let longestName = 6
  /// The most capitalised words an unquoted name may have.
  static let longestBareName = 3
  /// The most words between a naming noun and the quote that opens its name («салон красоты «…»»).
  static let wordsBeforeQuote = 2

  /// Silences the words of every name next to a naming noun: their sentiment matches become the
  /// naming noun's (which scores nothing and modifies nothing), and their tags and key-phrase roles
  /// are cleared. A name is a quote after the noun (a word or two may come between), or
  /// capitalised words right after a Russian noun («парк Победы») or right before an English one
  /// that is capitalised too ("Victory Park"). Quotes elsewhere ("«вежливый» персонал") are left alone: scare quotes are an
  /// opinion; so are words in capitals ("кафе УЖАСНОЕ").
  func silenceNames(_ bytes: UnsafeBufferPointer<UInt8>, in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    for matchIndex in buffers.matches.indices {
      let naming = buffers.matches[matchIndex]
      // A fixed name of a thing («салон красоты», an idiom of valence 0) names like a noun.
      let entry = entries[Int(naming.entry)]
      guard entry.role == .naming || (entry.role == .idiom && entry.value == 0) else { continue }
      let start = Int(naming.start)
      let end = Int(naming.end)
      // Russian names follow their noun («парк Победы»), English ones come before it ("Victory
      // Park").
      let isRussian = tokens[start].script == .cyrillic
      let name =
        quotedName(after: end, bytes, tokens)
        ?? (isRussian
          ? capitalisedRun(from: end, step: 1, bytes, tokens)
          : isCapitalised(start, bytes, tokens)
            ? capitalisedRun(from: start - 1, step: -1, bytes, tokens) : nil)
      guard let name else { continue }
      for other in buffers.matches.indices
      where name.contains(Int(buffers.matches[other].start))
        && name.contains(Int(buffers.matches[other].end) - 1)
      {
        buffers.matches[other].entry = naming.entry
      }
      for position in name {
        buffers.infos[position].tags = .none
        buffers.infos[position].keyRole = .boundary
      }
    }
  }

  /// The words inside the quotes that open at most ``wordsBeforeQuote`` words after `position`.
  private func quotedName(
    after position: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]
  )
    -> Range<Int>?
  {
    var open = position
    while open < tokens.count, open - position < Self.wordsBeforeQuote, tokens[open].kind == .word,
      !isCapitalised(open, bytes, tokens)
    {
      open += 1
    }
    guard open < tokens.count, tokens[open].kind == .pause,
      Self.quote(in: bytes, at: Int(tokens[open].sourceStart))?.opens == true
    else { return nil }
    var close = open + 1
    while close < tokens.count, close - open <= Self.longestName {
      let token = tokens[close]
      if token.kind == .pause {
        guard Self.quote(in: bytes, at: Int(token.sourceStart))?.closes == true else { return nil }
        return close > open + 1 ? (open + 1)..<close : nil
      }
      guard token.kind == .word || token.kind == .number else { return nil }
      close += 1
    }
    return nil
  }

  /// The run of up to ``longestBareName`` capitalised words from `position` going by `step`.
  private func capitalisedRun(
    from position: Int, step: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]
  ) -> Range<Int>? {
    var index = position
    var count = 0
    while index >= 0, index < tokens.count, count < Self.longestBareName,
      isCapitalised(index, bytes, tokens)
    {
      index += step
      count += 1
    }
    guard count > 0 else { return nil }
    return step > 0 ? position..<(position + count) : (position - count + 1)..<(position + 1)
  }

  /// Whether the token at `index` is a word that starts with a capital and is not all capitals.
  private func isCapitalised(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token])
    -> Bool
  {
    let token = tokens[index]
    guard token.kind == .word, !token.isCaps else { return false }
    return UTF8Scalar.isUppercase(UTF8Scalar.decode(bytes, at: Int(token.sourceStart)).scalar)
  }

  /// Whether the character at `index` is a quotation mark that can open or close a name: « and »,
  /// “ ” „, or a straight ".
  static func quote(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    opens: Bool, closes: Bool
  )? {
    switch bytes[index] {
    case 0x22: return (true, true)
    case 0xC2 where index + 1 < bytes.count:
      if bytes[index + 1] == 0xAB { return (true, false) }
      if bytes[index + 1] == 0xBB { return (false, true) }
      return nil
    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
      switch bytes[index + 2] {
      case 0x9C: return (true, true)
      case 0x9D: return (false, true)
      case 0x9E: return (true, false)
      default: return nil
      }
    default: return nil
    }
  }
}
