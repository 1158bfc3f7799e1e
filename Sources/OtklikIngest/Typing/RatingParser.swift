/// Reads a review rating on the 1–5 scale from the forms exports use.
///
/// Accepted: `5`, `5,0`, `4.5`, `4/5` (also `8/10`, scaled to 5), stars `★★★★☆` (filled stars count;
/// `☆` only pads). Anything else, or a value outside 1–5, is a ``Failure`` with a reason for the reject.
public enum RatingParser {
  /// Why a rating could not be read; ``reason`` is the text of the reject.
  public struct Failure: Error, Sendable, Hashable {
    /// A short, lowercase, factual reason: `rating out of range 1–5: 7`.
    public var reason: String
  }

  /// The rating in `text`: `nil` when empty, the value when readable and in 1–5, else a failure.
  public static func parse(_ text: some StringProtocol) -> Result<Double?, Failure> {
    let trimmed = String(text).trimmingSpaces
    if trimmed.isEmpty { return .success(nil) }
    let value: Double
    if let stars = starCount(trimmed) {
      value = Double(stars)
    } else if let slash = trimmed.firstIndex(of: "/") {
      guard let over = NumberParser.parse(trimmed[..<slash]),
        let scale = NumberParser.parse(trimmed[trimmed.index(after: slash)...]), scale > 0
      else { return .failure(Failure(reason: "rating not a number: \(quoted(trimmed))")) }
      value = over * 5 / scale
    } else if let number = NumberParser.parse(trimmed) {
      value = number
    } else {
      return .failure(Failure(reason: "rating not a number: \(quoted(trimmed))"))
    }
    guard (1...5).contains(value) else {
      return .failure(Failure(reason: "rating out of range 1–5: \(trimmed)"))
    }
    return .success(value)
  }

  /// ``parse(_:)`` of a field's UTF-8 bytes: the plain forms (`5`, `4,5`, `4.25`, stars) in 1–5 are
  /// read from the bytes without building a `String`; anything else, and every failure (whose reason
  /// quotes the text), goes through ``parse(_:)``, so the result is always the same.
  public static func parse(utf8 field: ArraySlice<UInt8>) -> Result<Double?, Failure> {
    let trimmed = UTF8Trim.trimmingSpaces(field)
    if trimmed.isEmpty { return .success(nil) }
    if let value = plainValue(trimmed), (1...5).contains(value) { return .success(value) }
    return parse(String(decoding: field, as: UTF8.self))
  }

  /// The value of trimmed bytes made of stars and spaces (starting with a star), or of one or two
  /// digits with at most two decimals after `,` or `.`; `nil` for any other form.
  ///
  /// A decimal is computed as an integer over a power of ten, which IEEE division rounds exactly as
  /// `Double("4.25")` does.
  private static func plainValue(_ bytes: ArraySlice<UInt8>) -> Double? {
    if bytes.first == 0xE2 {
      var filled = 0
      var index = bytes.startIndex
      while index < bytes.endIndex {
        if bytes[index] == 0x20 {
          index += 1
          continue
        }
        guard index + 2 < bytes.endIndex, bytes[index] == 0xE2, bytes[index + 1] == 0x98,
          bytes[index + 2] == 0x85 || bytes[index + 2] == 0x86
        else { return nil }
        if bytes[index + 2] == 0x85 { filled += 1 }
        index += 3
      }
      return Double(filled)
    }
    var units = 0
    var wholeDigits = 0
    var fractionDigits = 0
    var seenMark = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if seenMark {
          guard fractionDigits < 2 else { return nil }
          fractionDigits += 1
        } else {
          guard wholeDigits < 2 else { return nil }
          wholeDigits += 1
        }
        units = units * 10 + Int(byte - UInt8(ascii: "0"))
      case UInt8(ascii: ","), UInt8(ascii: "."):
        guard !seenMark, wholeDigits > 0 else { return nil }
        seenMark = true
      default:
        return nil
      }
    }
    guard wholeDigits > 0, !seenMark || fractionDigits > 0 else { return nil }
    switch fractionDigits {
    case 0: return Double(units)
    case 1: return Double(units) / 10
    default: return Double(units) / 100
    }
  }

  /// The number of `★` when `text` is made only of `★`, `☆` and spaces; `nil` otherwise.
  private static func starCount(_ text: Substring) -> Int? {
    var filled = 0
    var sawStar = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "★":
        filled += 1
        sawStar = true
      case "☆": sawStar = true
      case " ": continue
      default: return nil
      }
    }
    return sawStar ? filled : nil
  }

  /// `'text'`, cut to 40 characters, for reasons.
  static func quoted(_ text: Substring) -> String {
    "'" + (text.count > 40 ? text.prefix(40) + "…" : text) + "'"
  }
}
