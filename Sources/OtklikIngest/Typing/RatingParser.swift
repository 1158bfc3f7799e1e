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
