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

  /// A quote of the text `original`, analysed as `analysis`, standing for the clause at `clause` (the whole text when short enough),
  /// or `nil` when nothing is left to show.
  func quote(
    _ original: String, analysis: TextAnalysis, clause: Int?, evidenceCount: Int,
    origin: RecordOrigin, author: String?, rating: Double?
  ) -> Quote? {
    var text = Self.folded(original)
    var score = analysis.score
    if let clause, analysis.clauses.indices.contains(clause) {
      score = analysis.clauses[clause].score
      if text.count > maxLength { text = Self.folded(analysis.clauses[clause].text) }
    }
    text = masker.mask(text, author: author)
    text = Self.cut(text, to: maxLength)
    guard !text.isEmpty else { return nil }
    let strength = Int((abs(score) * 1000).rounded()) + 100 * min(evidenceCount, 3)
    return Quote(text: text, score: score, strength: strength, origin: origin, rating: rating)
  }

  /// Line breaks and runs of spaces folded to one space, ends trimmed.
  static func folded(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// `text` cut to at most `length` characters at a word boundary, with `…` when cut.
  static func cut(_ text: String, to length: Int) -> String {
    guard text.count > length, length > 1 else { return text }
    var prefix = String(text.prefix(length - 1))
    if let space = prefix.lastIndex(of: " "), prefix.distance(from: prefix.startIndex, to: space) > length / 2 {
      prefix = String(prefix[..<space])
    }
    return prefix.trimmingCharacters(in: .whitespaces) + "…"
  }
}
