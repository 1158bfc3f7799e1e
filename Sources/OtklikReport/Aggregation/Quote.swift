public import OtklikIngest

/// A short, masked piece of a text kept as evidence for a tag, a pain point or a mismatch.
///
/// Quotes rank by strength (how strongly the clause was scored, plus how many words matched),
/// then shorter first, then by text and origin, so the choice never depends on arrival order.
/// Duplicates collapse on ``identity``: the text's letters and digits, lowercased.
public struct Quote: TopKElement, Hashable, Codable {
  /// The masked text shown in reports.
  public var text: String
  /// The score of the clause the quote stands for, in [-1, 1].
  public var score: Double
  /// The strength used for ranking: |score| in thousandths plus 100 per matched word (up to 3).
  public var strength: Int
  /// The file the quote comes from.
  public var file: String
  /// The record number in that file.
  public var record: Int
  /// The line the record starts on.
  public var line: Int
  /// The review's rating, when the quote comes from a rated review.
  public var rating: Double?

  /// Creates a quote.
  public init(
    text: String, score: Double, strength: Int, origin: RecordOrigin, rating: Double? = nil
  ) {
    self.text = text
    self.score = score
    self.strength = strength
    self.file = origin.file
    self.record = origin.record
    self.line = origin.line
    self.rating = rating
  }

  /// The text's letters and digits, lowercased: two quotes differing only in case, spacing or
  /// punctuation are the same quote.
  public var identity: String {
    String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
      $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }))
  }

  /// Stronger first, then shorter, then by text, file and record.
  public func ranks(before other: Quote) -> Bool {
    if strength != other.strength { return strength > other.strength }
    let (a, b) = (text.unicodeScalars.count, other.text.unicodeScalars.count)
    if a != b { return a < b }
    if text != other.text { return text < other.text }
    if file != other.file { return file < other.file }
    return record < other.record
  }
}
