/// Splits UTF-8 text into ``Token``s in one pass over the bytes.
///
/// It strips URLs, `@mentions` and a retweet `RT`, keeps `#hashtag` words, folds case and `ё`,
/// keeps `!` and `?` as signals, and reads emoji sequences and emoticons (including the Russian
/// `)))` and `(((`) as tokens. It allocates nothing per token: tokens and folded keys are appended
/// to buffers the caller reuses.
struct Tokenizer: Sendable {
  /// Emoticons as ASCII bytes with letters lowercased, longest first, so `:-)` wins over `:-`.
  private let emoticons: [[UInt8]]
  /// The bytes an emoticon can start with (a letter in both cases), as a 128-bit set.
  private let emoticonStarts: (UInt64, UInt64)

  /// Creates a tokenizer that knows `emoticons` (ASCII, e.g. `:)`, `:-(`, `<3`, `o_O`).
  ///
  /// Emoticons are matched without case (`:d` is `:D`, `t_t` is `T_T`); their keys are lowercased.
  /// Runs of brackets are recognised without being listed.
  init(emoticons: [String]) {
    let list = Set(
      emoticons.map { Self.lowercased(Array($0.utf8)) }.filter { bytes in
        bytes.count >= 2 && bytes.allSatisfy { $0 < 0x80 }
          && !bytes.allSatisfy { $0 == 0x28 || $0 == 0x29 }
      })
    self.emoticons = list.sorted { $0.count > $1.count }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for emoticon in self.emoticons {
      let first = emoticon[0]
      let cases = UTF8Scalar.isLatinLetter(UInt32(first)) ? [first, first & ~0x20] : [first]
      for byte in cases {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
      }
    }
    emoticonStarts = (low, high)
  }

  /// ASCII bytes with the letters A–Z lowercased.
  static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
    bytes.map(lowercased)
  }

  @inline(__always)
  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// The output buffers, reused between texts.
  struct Output {
    var tokens: [Token] = []
    var keys: [UInt8] = []
    /// How many URLs were stripped: news and ads link, personal opinions seldom do.
    var links = 0

    /// Empties the buffers and keeps their capacity.
    mutating func reset() {
      tokens.removeAll(keepingCapacity: true)
      keys.removeAll(keepingCapacity: true)
      links = 0
    }

    /// Whether the token at `index` is a word whose folded key is one of `words` (UTF-8); false
    /// for an index outside the text.
    func isWord(at index: Int, oneOf words: [[UInt8]]) -> Bool {
      guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
      let key = keys[Int(tokens[index].keyStart)..<Int(tokens[index].keyEnd)]
      return words.contains { key.elementsEqual($0) }
    }
  }

  /// Tokenises `bytes`, appending to `output` (which the caller has reset).
  func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout Output) {
    let count = bytes.count
    var index = 0
    var openBrackets = 0
    while index < count {
      let byte = bytes[index]
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if UTF8Scalar.isLatinLetter(scalar) || UTF8Scalar.isCyrillicLetter(scalar)
        || UTF8Scalar.isDigit(scalar)
      {
        // An emoticon that starts with a letter or digit (`o_O`, `T_T`, `D:`, `8-)`) has a sign
        // right after it, so a word that goes on with a letter is never tried.
        if byte < 0x80, isEmoticonStart(byte), index + 1 < count, !isAlphanumeric(bytes[index + 1]),
          let end = matchEmoticon(bytes, at: index)
        {
          appendEmoticon(bytes, from: index, to: end, into: &output)
          index = end
          continue
        }
        if let end = skipURL(bytes, at: index) {
          output.links += 1
          index = end
          continue
        }
        index = readWord(bytes, at: index, into: &output)
        continue
      }
      if byte < 0x80, isEmoticonStart(byte), let end = matchEmoticon(bytes, at: index) {
        appendEmoticon(bytes, from: index, to: end, into: &output)
        index = end
        continue
      }
      switch scalar {
      case 0x40:  // @mention
        var end = index + 1
        while end < count, isHandleByte(bytes[end]) { end += 1 }
        index = end > index + 1 ? end : index + 1
      case 0x21, 0x3F:  // ! ?
        var end = index
        var exclamations: Int32 = 0
        var questions: Int32 = 0
        while end < count, bytes[end] == 0x21 || bytes[end] == 0x3F {
          if bytes[end] == 0x21 { exclamations += 1 } else { questions += 1 }
          end += 1
        }
        if questions > 0 {
          append(
            Token(
              kind: .question, script: .none, isCaps: false, count: questions,
              sourceStart: Int32(index), sourceEnd: Int32(end), keyStart: 0, keyEnd: 0), to: &output
          )
        }
        if exclamations > 0 {
          append(
            Token(
              kind: .exclamation, script: .none, isCaps: false, count: exclamations,
              sourceStart: Int32(index), sourceEnd: Int32(end), keyStart: 0, keyEnd: 0), to: &output
          )
        }
        index = end
      case 0x29, 0x28:  // ) (
        var end = index
        while end < count, bytes[end] == byte { end += 1 }
        let run = end - index
        let nextIsSpace =
          end >= count || bytes[end] == 0x20 || bytes[end] == 0x0A || bytes[end] == 0x0D
        if byte == 0x28 {
          if run >= 2 || nextIsSpace {
            appendSymbol(
              .emoticon, bytes, from: index, to: end, key: run >= 2 ? [0x28, 0x28, 0x28] : [0x28],
              into: &output)
          } else {
            openBrackets += 1
            appendPause(at: index, into: &output)
          }
        } else if run >= 2 || openBrackets == 0 {
          openBrackets = max(0, openBrackets - 1)
          appendSymbol(
            .emoticon, bytes, from: index, to: end, key: run >= 2 ? [0x29, 0x29, 0x29] : [0x29],
            into: &output)
        } else {
          openBrackets -= 1
          appendPause(at: index, into: &output)
        }
        index = end
      case 0x2E:  // .
        var end = index
        while end < count, bytes[end] == 0x2E { end += 1 }
        let betweenDigits =
          end - index == 1 && index > 0 && end < count
          && UTF8Scalar.isDigit(UInt32(bytes[index - 1])) && UTF8Scalar.isDigit(UInt32(bytes[end]))
        if !betweenDigits { appendEnd(at: index, to: end, into: &output) }
        index = end
      case 0x3B, 0x0A, 0x2026:  // ; newline …
        appendEnd(at: index, to: index + length, into: &output)
        index += length
      case 0x2C, 0x3A, 0x2D, 0x2013, 0x2014, 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x5B, 0x5D:
        appendPause(at: index, into: &output)
        index += length
      default:
        if UTF8Scalar.isEmojiBase(scalar) {
          index = readEmoji(bytes, at: index, into: &output)
        } else {
          index += length
        }
      }
    }
  }

  // MARK: - Pieces

  private static let urlPrefixes: [[UInt8]] = [
    Array("http://".utf8), Array("https://".utf8), Array("www.".utf8),
  ]

  @inline(__always)
  private func isEmoticonStart(_ byte: UInt8) -> Bool {
    byte < 64
      ? emoticonStarts.0 & (1 << UInt64(byte)) != 0
      : emoticonStarts.1 & (1 << UInt64(byte - 64)) != 0
  }

  /// Whether `byte` is an ASCII letter or digit.
  @inline(__always)
  private func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  @inline(__always)
  private func isHandleByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
  }

  /// The end of an emoticon at `index`, if one is listed there and it is not glued to digits on its
  /// left (so `3:0` never reads as an emoticon), nor, when it starts with a letter or digit, to a
  /// letter or digit.
  private func matchEmoticon(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    if index > 0 {
      let previous = bytes[index - 1]
      if previous >= 0x30 && previous <= 0x39 { return nil }
      if isAlphanumeric(bytes[index]), isAlphanumeric(previous) { return nil }
    }
    for emoticon in emoticons where index + emoticon.count <= bytes.count {
      var matches = true
      for offset in 0..<emoticon.count
      where Self.lowercased(bytes[index + offset]) != emoticon[offset] {
        matches = false
        break
      }
      if matches {
        let end = index + emoticon.count
        if end < bytes.count, emoticon.last.map(isHandleByte) == true, isHandleByte(bytes[end]) {
          continue
        }
        return end
      }
    }
    return nil
  }

  /// The end of a URL starting at `index` (`http://`, `https://`, `www.`), or nil.
  private func skipURL(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let first = bytes[index] | 0x20
    guard first == 0x68 || first == 0x77 else { return nil }
    for prefix in Self.urlPrefixes where index + prefix.count <= bytes.count {
      var matches = true
      for offset in 0..<prefix.count where bytes[index + offset] | 0x20 != prefix[offset] {
        matches = false
        break
      }
      if matches {
        var end = index + prefix.count
        while end < bytes.count, bytes[end] > 0x20 { end += 1 }
        return end
      }
    }
    return nil
  }

  /// Reads a word or number at `index`, folding it into the key buffer; returns the end.
  private func readWord(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout Output
  ) -> Int {
    let count = bytes.count
    var index = start
    let keyStart = output.keys.count
    var letters = 0
    var upper = 0
    var cyrillic = 0
    var latin = 0
    let startsWithDigit = bytes[start] >= 0x30 && bytes[start] <= 0x39
    while index < count {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if UTF8Scalar.isCyrillicLetter(scalar) {
        cyrillic += 1
      } else if UTF8Scalar.isLatinLetter(scalar) {
        latin += 1
      } else if UTF8Scalar.isDigit(scalar) {
        // digits stay in the word
      } else if scalar == 0x2D || scalar == 0x27 || scalar == 0x2019 || scalar == 0x02BC {
        // an inner hyphen or apostrophe joins letters on both sides
        let next = index + length
        guard next < count, index > start else { break }
        let (following, _) = UTF8Scalar.decode(bytes, at: next)
        guard UTF8Scalar.isLatinLetter(following) || UTF8Scalar.isCyrillicLetter(following) else {
          break
        }
        UTF8Scalar.append(UTF8Scalar.folded(scalar), to: &output.keys)
        index = next
        continue
      } else {
        break
      }
      if UTF8Scalar.isUppercase(scalar) { upper += 1 }
      if !UTF8Scalar.isDigit(scalar) { letters += 1 }
      let folded = UTF8Scalar.folded(scalar)
      if folded == scalar {
        for offset in 0..<length { output.keys.append(bytes[index + offset]) }
      } else {
        UTF8Scalar.append(folded, to: &output.keys)
      }
      index += length
    }
    // A retweet marker carries no meaning.
    if index - start == 2, bytes[start] == 0x52, bytes[start + 1] == 0x54 {
      output.keys.removeSubrange(keyStart...)
      return index
    }
    let kind: Token.Kind = startsWithDigit || letters == 0 ? .number : .word
    let script: Token.Script = letters == 0 ? .none : (cyrillic >= latin ? .cyrillic : .latin)
    append(
      Token(
        kind: kind, script: script, isCaps: letters >= 2 && upper == letters, count: 1,
        sourceStart: Int32(start), sourceEnd: Int32(index),
        keyStart: Int32(keyStart), keyEnd: Int32(output.keys.count)), to: &output)
    return index
  }

  /// Reads an emoji sequence at `index`: a base, its modifiers, and parts joined by ZWJ.
  ///
  /// The key drops variation selectors and skin tones, so `👍🏽` matches the entry for `👍`.
  private func readEmoji(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout Output
  ) -> Int {
    let keyStart = output.keys.count
    var index = start
    var expectBase = true
    while index < bytes.count {
      let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
      if expectBase {
        guard UTF8Scalar.isEmojiBase(scalar) else { break }
        UTF8Scalar.append(scalar, to: &output.keys)
        expectBase = false
      } else if UTF8Scalar.isEmojiModifier(scalar) {
        // dropped from the key
      } else if scalar == 0x200D {
        UTF8Scalar.append(scalar, to: &output.keys)
        expectBase = true
      } else if scalar >= 0x1F1E6 && scalar <= 0x1F1FF && index > start {
        // the second letter of a flag
        UTF8Scalar.append(scalar, to: &output.keys)
        index += length
        break
      } else {
        break
      }
      index += length
    }
    if expectBase, output.keys.count > keyStart, output.keys.last == 0x8D {
      output.keys.removeLast(3)  // a dangling ZWJ
    }
    append(
      Token(
        kind: .emoji, script: .none, isCaps: false, count: 1, sourceStart: Int32(start),
        sourceEnd: Int32(index), keyStart: Int32(keyStart), keyEnd: Int32(output.keys.count)),
      to: &output)
    return max(index, start + 1)
  }

  /// Appends the emoticon `bytes[start..<end]`, keyed in lowercase.
  private func appendEmoticon(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into output: inout Output
  ) {
    appendSymbol(
      .emoticon, bytes, from: start, to: end, key: bytes[start..<end].map(Self.lowercased),
      into: &output)
  }

  private func appendSymbol(
    _ kind: Token.Kind, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
    key: [UInt8],
    into output: inout Output
  ) {
    let keyStart = output.keys.count
    output.keys.append(contentsOf: key)
    append(
      Token(
        kind: kind, script: .none, isCaps: false, count: 1, sourceStart: Int32(start),
        sourceEnd: Int32(end),
        keyStart: Int32(keyStart), keyEnd: Int32(output.keys.count)), to: &output)
  }

  private func appendPause(at index: Int, into output: inout Output) {
    if let last = output.tokens.last, last.kind == .pause || last.kind == .sentenceEnd { return }
    append(
      Token(
        kind: .pause, script: .none, isCaps: false, count: 1, sourceStart: Int32(index),
        sourceEnd: Int32(index + 1), keyStart: 0, keyEnd: 0), to: &output)
  }

  private func appendEnd(at start: Int, to end: Int, into output: inout Output) {
    if let last = output.tokens.last, last.kind == .sentenceEnd || last.kind == .pause {
      output.tokens[output.tokens.count - 1].kind = .sentenceEnd
      output.tokens[output.tokens.count - 1].sourceEnd = Int32(end)
      return
    }
    append(
      Token(
        kind: .sentenceEnd, script: .none, isCaps: false, count: 1, sourceStart: Int32(start),
        sourceEnd: Int32(end), keyStart: 0, keyEnd: 0), to: &output)
  }

  @inline(__always)
  private func append(_ token: Token, to output: inout Output) {
    output.tokens.append(token)
  }
}
