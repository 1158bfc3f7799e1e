/// Names in quotes after a naming noun: «Кафе «Уютный дворик»», «пекарня "Добрый хлеб"». The words
/// of a name say nothing about the place, so they neither score nor tag.
extension AnalyzerCore {
  /// The most words a quoted name may have; a longer quote is a citation, not a name.
  static let longestName = 6

  /// Silences the words of every quoted name that follows a naming noun: their sentiment matches
  /// become the naming noun's (which scores nothing and modifies nothing), and their tags and
  /// key-phrase roles are cleared. Quotes elsewhere ("«вежливый» персонал") are left alone: scare
  /// quotes are an opinion.
  func silenceNames(_ bytes: UnsafeBufferPointer<UInt8>, in buffers: inout Buffers) {
    let tokens = buffers.output.tokens
    for matchIndex in buffers.matches.indices {
      let naming = buffers.matches[matchIndex]
      guard entries[Int(naming.entry)].role == .naming else { continue }
      let open = Int(naming.end)
      guard open < tokens.count, tokens[open].kind == .pause,
        Self.quote(in: bytes, at: Int(tokens[open].sourceStart))?.opens == true
      else { continue }
      var close = open + 1
      while close < tokens.count, close - open <= Self.longestName + 1 {
        let token = tokens[close]
        if token.kind == .pause, Self.quote(in: bytes, at: Int(token.sourceStart))?.closes == true {
          break
        }
        guard token.kind == .word || token.kind == .number else {
          close = tokens.count
          break
        }
        close += 1
      }
      guard close < tokens.count, close - open <= Self.longestName + 1, close > open + 1 else {
        continue
      }
      for other in buffers.matches.indices
      where buffers.matches[other].start > Int32(open) && buffers.matches[other].end <= Int32(close)
      {
        buffers.matches[other].entry = naming.entry
      }
      for position in (open + 1)..<close {
        buffers.infos[position].tags = .none
        buffers.infos[position].keyRole = .boundary
      }
    }
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
