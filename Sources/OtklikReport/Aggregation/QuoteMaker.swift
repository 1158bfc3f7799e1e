import Foundation
import OtklikIngest
import OtklikText

/// Turns an analysed text into a quote: picks the whole text or the relevant clause, masks personal
/// data, cuts at a word boundary, and scores its strength.
struct QuoteMaker: Sendable, Equatable {
  /// The masker every quote passes through.
  var masker: PIIMasker
  /// The longest quote in characters.
  var maxLength: Int

  /// Whether a quote whose strength is at most `strength` could still enter `top`: when `top` is full
  /// and its last quote is stronger, no text can rank before it, so building the quote (masking,
  /// cutting) is skipped. Skipping never changes the result, so merging stays exact.
  static func couldEnter(_ top: TopK<Quote>, strength: Int) -> Bool {
    guard top.capacity > 0 else { return false }
    guard top.isFull, let last = top.elements.last else { return true }
    return strength >= last.strength
  }

  /// The quote texts of one record, each made (folded, masked, cut) at most once however many tags
  /// offer it.
  struct Drafts {
    /// Made texts by clause index, `-1` for the whole text.
    fileprivate var made: [(clause: Int, text: String)] = []
  }

  /// Offers `top` a quote of the text `original`, analysed as `analysis`, standing for the clause at
  /// `clause` (the whole text when short enough, else the clause); nothing when the text is empty or
  /// the quote could not enter. `drafts` keeps the texts made for the record's earlier offers.
  func offer(
    _ original: String, analysis: TextAnalysis, clause: Int?, evidenceCount: Int,
    origin: RecordOrigin, author: String?, rating: Double?, drafts: inout Drafts,
    to top: inout TopK<Quote>
  ) {
    var score = analysis.score
    var key = -1
    if let clause, analysis.clauses.indices.contains(clause) {
      score = analysis.clauses[clause].score
      key = clause
    }
    let bound = Quote.strength(score: score, evidenceCount: evidenceCount)
    guard Self.couldEnter(top, strength: bound) else { return }
    let text: String
    if let made = drafts.made.first(where: { $0.clause == key }) {
      text = made.text
    } else {
      text = draft(original, analysis: analysis, clause: key, author: author)
      drafts.made.append((key, text))
    }
    guard !text.isEmpty else { return }
    let strength = Quote.strength(
      score: score, evidenceCount: evidenceCount, length: text.scalarCount)
    // A full top-k keeps a new quote only if it ranks before the last one (a kept duplicate ranks
    // no lower than the last), so the quote's identity is computed only for quotes that may enter.
    if top.isFull, let last = top.elements.last,
      !Quote.ranks(
        strength: strength, text: text, file: origin.file, record: origin.record, before: last)
    {
      return
    }
    top.add(Quote(text: text, score: score, strength: strength, origin: origin, rating: rating))
  }

  /// The quote text for the clause at `clause` (`-1` for none): the whole text folded, or the clause
  /// when the whole is too long, masked and cut.
  private func draft(
    _ original: String, analysis: TextAnalysis, clause: Int, author: String?
  ) -> String {
    var text = Self.folded(original)
    if clause >= 0, Self.isLonger(text, than: maxLength) {
      text = Self.folded(analysis.clauses[clause].text)
    }
    return Self.cut(masker.mask(text, author: author), to: maxLength)
  }

  /// Line breaks and runs of spaces folded to one space, ends trimmed.
  static func folded(_ text: String) -> String {
    switch whitespace(in: text) {
    case .folded: return text
    case .ascii: return asciiFolded(text)
    case .other: return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
  }

  /// What folding `text` takes.
  private enum Whitespace {
    /// Nothing: no white space but single inner ASCII spaces.
    case folded
    /// Only ASCII white space, none of it joined into one `Character` with a mark after it or a
    /// prepended mark before it: folded on bytes.
    case ascii
    /// Non-ASCII white space (U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000), or white space that a following mark could join into one `Character`:
    /// folded by `Character`, as the definition says.
    case other
  }

  /// Scans the bytes of `text` once to tell which folding it takes.
  private static func whitespace(in text: String) -> Whitespace {
    var text = text
    return text.withUTF8 { bytes in
      var isFolded = true
      var mayJoin = false
      var previousWasSpace = true  // a leading space is not folded
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case 0x20, 0x09...0x0D:
          if previousWasSpace || byte != 0x20 { isFolded = false }
          previousWasSpace = true
          // ASCII, Latin and Cyrillic letters never extend a preceding character; anything else
          // is decoded and checked.
          if next >= 0xCC && !(0xD0...0xD1).contains(next),
            Self.extendsPrevious(bytes[(index + 1)...])
          {
            mayJoin = true
          }
          if Self.followsPrepend(bytes, at: index) { mayJoin = true }
          index += 1
          continue
        case 0xC2 where next == 0x85 || next == 0xA0: return .other
        case 0xE1 where next == 0x9A && third == 0x80: return .other
        case 0xE2
        where next == 0x80
          && ((0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third)):
          return .other
        case 0xE2 where next == 0x81 && third == 0x9F: return .other
        case 0xE3 where next == 0x80 && third == 0x80: return .other
        default: break
        }
        previousWasSpace = false
        index += 1
      }
      if previousWasSpace && !bytes.isEmpty { isFolded = false }
      return mayJoin ? .other : isFolded ? .folded : .ascii
    }
  }

  /// Whether the scalar `bytes` start with joins the character before it into one `Character`
  /// (a mark, a joiner or format character, an emoji skin tone): a superset of the grapheme
  /// extenders, so that any doubt goes the exact way.
  private static func extendsPrevious(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
    default: return properties.isGraphemeExtend || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }
  }

  /// Whether the scalar before `index` is a prepended mark (Arabic number signs and a few others),
  /// which joins the character after it — here white space — into one `Character`. ASCII and
  /// Cyrillic letters are told apart by their bytes without decoding.
  private static func followsPrepend(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index > 0, bytes[index - 1] >= 0x80 else { return false }
    if index >= 2, bytes[index - 2] == 0xD0 || bytes[index - 2] == 0xD1 { return false }
    var start = index - 1
    while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    var iterator = bytes[start..<index].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    switch scalar.value {
    case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD,
      0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
      return true
    default: return false
    }
  }

  /// Runs of ASCII white space as one space, none at the ends.
  private static func asciiFolded(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace { output.append(0x20) }
      pendingSpace = false
      output.append(byte)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// `text` cut to at most `length` characters at a word boundary, with `…` when cut.
  static func cut(_ text: String, to length: Int) -> String {
    guard isLonger(text, than: length), length > 1 else { return text }
    var prefix = String(text.prefix(length - 1))
    if let space = prefix.lastIndex(of: " "),
      prefix.distance(from: prefix.startIndex, to: space) > length / 2
    {
      prefix = String(prefix[..<space])
    }
    return prefix.trimmingCharacters(in: .whitespaces) + "…"
  }

  /// Whether `text` has more than `length` characters. Characters are counted (grapheme breaking is
  /// slow) only when the text has more than `length` bytes and Unicode scalars: a character is one or
  /// more of each.
  static func isLonger(_ text: String, than length: Int) -> Bool {
    guard text.utf8.count > length else { return false }
    return text.scalarCount > length && text.count > length
  }
}
