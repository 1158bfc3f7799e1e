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
      score: score, evidenceCount: evidenceCount, length: text.unicodeScalars.count)
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
    if isFolded(text) { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Whether folding would leave `text` as it is: no white space but single inner ASCII spaces.
  /// Scans bytes; the sequences that encode non-ASCII white space (U+0085, U+00A0, U+1680,
  /// U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) send the text the slow way.
  private static func isFolded(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var previousWasSpace = true  // a leading space is not folded
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      let third = index + 2 < bytes.count ? bytes[index + 2] : 0
      switch byte {
      case 0x20:
        if previousWasSpace { return false }
        previousWasSpace = true
        index += 1
        continue
      case 0x09...0x0D: return false
      case 0xC2 where next == 0x85 || next == 0xA0: return false
      case 0xE1 where next == 0x9A && third == 0x80: return false
      case 0xE2
      where next == 0x80 && ((0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third)):
        return false
      case 0xE2 where next == 0x81 && third == 0x9F: return false
      case 0xE3 where next == 0x80 && third == 0x80: return false
      default: break
      }
      previousWasSpace = false
      index += 1
    }
    return !previousWasSpace || bytes.isEmpty
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
    let utf8 = text.utf8
    guard utf8.count > length else { return false }
    var scalars = 0
    for byte in utf8 where byte & 0xC0 != 0x80 { scalars += 1 }
    return scalars > length && text.count > length
  }
}
