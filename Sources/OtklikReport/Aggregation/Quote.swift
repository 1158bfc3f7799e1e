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
  /// The strength used for ranking (see ``strength(score:evidenceCount:length:)``).
  public var strength: Int
  /// The file the quote comes from.
  public var file: String
  /// The record number in that file.
  public var record: Int
  /// The line the record starts on.
  public var line: Int
  /// The review's rating, when the quote comes from a rated review.
  public var rating: Double?
  /// The text's letters and digits, lowercased: two quotes differing only in case, spacing or
  /// punctuation are the same quote. Stored, because ``TopK`` compares identities on every offer.
  public let identity: String

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
    identity = Self.identity(of: text)
  }

  private enum CodingKeys: String, CodingKey {
    case text, score, strength, file, record, line, rating
  }

  /// Decodes a quote; the identity is derived from the text, never stored in JSON.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    text = try container.decode(String.self, forKey: .text)
    score = try container.decode(Double.self, forKey: .score)
    strength = try container.decode(Int.self, forKey: .strength)
    file = try container.decode(String.self, forKey: .file)
    record = try container.decode(Int.self, forKey: .record)
    line = try container.decode(Int.self, forKey: .line)
    rating = try container.decodeIfPresent(Double.self, forKey: .rating)
    identity = Self.identity(of: text)
  }

  static func identity(of text: String) -> String {
    // Fast path for ASCII and Cyrillic, byte by byte; anything else alphabetic takes the general
    // definition below, so both always agree.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x41...0x5A: bytes.append(UInt8(value + 0x20))
      case 0x61...0x7A, 0x30...0x39: bytes.append(UInt8(value))
      case 0...0x7F: continue
      case 0x0400...0x045F:
        let lower = value < 0x0410 ? value + 0x50 : value < 0x0430 ? value + 0x20 : value
        bytes.append(UInt8(0xC0 | (lower >> 6)))
        bytes.append(UInt8(0x80 | (lower & 0x3F)))
      default:
        if scalar.properties.isAlphabetic { return generalIdentity(of: text) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The identity by definition: the lowercased text's letters and ASCII digits.
  static func generalIdentity(of text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }))
  }

  /// The strength of a quote of a clause scored `score` with `evidenceCount` matched words, `length`
  /// characters long: |score| in thousandths, plus 100 per matched word (up to three), minus one per
  /// two characters beyond 100, so a short clear quote beats a long one of about the same force.
  /// Without `length` it is the upper bound for any length.
  public static func strength(score: Double, evidenceCount: Int, length: Int = 0) -> Int {
    Int((abs(score) * 1000).rounded()) + 100 * min(max(evidenceCount, 0), 3)
      - max(0, length - 100) / 2
  }

  /// Stronger first, then shorter, then by text, file and record.
  public func ranks(before other: Quote) -> Bool {
    Self.ranks(strength: strength, text: text, file: file, record: record, before: other)
  }

  /// Whether a quote with these fields would rank before `other`: the order of ``ranks(before:)``,
  /// for deciding before the identity (the dearest part of a quote) is computed.
  static func ranks(strength: Int, text: String, file: String, record: Int, before other: Quote)
    -> Bool
  {
    if strength != other.strength { return strength > other.strength }
    let (a, b) = (text.scalarCount, other.text.scalarCount)
    if a != b { return a < b }
    if text != other.text { return text < other.text }
    if file != other.file { return file < other.file }
    return record < other.record
  }
}
