public import Foundation

/// Reads the dates and times exports write, as wall-clock time stored as if it were UTC.
///
/// Accepted forms (a time part is optional everywhere; seconds and fractions too):
/// - ISO 8601: `2026-03-14`, `2026-03-14T18:05:09`, `2026-03-14 18:05`, with `Z`, `+03:00` or
///   fractions, which are dropped: the wall clock as written is what analysts mean;
/// - Russian: `14.03.2026`, `14.03.2026 18:05`, `14.03.2026 18:05:09` (Google Forms in Russian);
/// - US: `3/14/2026 18:05:09` (Google Forms in English), with `AM`/`PM` too;
/// - `2026/03/14 18:05:09`.
/// Two-digit years are refused: `01.02.03` is ambiguous.
public enum DateParser {
  /// The date in `text`, or `nil` when it is not one of the accepted forms or not a real date.
  public static func parse(_ text: some StringProtocol) -> Date? {
    parse(trimmed: Array(String(text).trimmingSpaces.utf8))
  }

  /// ``parse(_:)`` of a field's UTF-8 bytes, trimmed as text would be, without building a `String`.
  public static func parse(utf8 field: ArraySlice<UInt8>) -> Date? {
    parse(trimmed: Array(UTF8Trim.trimmingSpaces(field)))
  }

  private static func parse(trimmed: [UInt8]) -> Date? {
    var scanner = Scanner(trimmed)
    guard let first = scanner.number() else { return nil }
    let year: Int
    let month: Int
    let day: Int
    switch scanner.peek() {
    case UInt8(ascii: "-") where first.digits == 4,
      UInt8(ascii: "/") where first.digits == 4:
      let separator = scanner.take()!
      guard let m = scanner.number(maxDigits: 2), scanner.take() == separator,
        let d = scanner.number(maxDigits: 2)
      else { return nil }
      (year, month, day) = (first.value, m.value, d.value)
    case UInt8(ascii: "."):
      _ = scanner.take()
      guard first.digits <= 2, let m = scanner.number(maxDigits: 2),
        scanner.take() == UInt8(ascii: "."),
        let y = scanner.number(), y.digits == 4
      else { return nil }
      (year, month, day) = (y.value, m.value, first.value)
    case UInt8(ascii: "/"):
      _ = scanner.take()
      guard first.digits <= 2, let d = scanner.number(maxDigits: 2),
        scanner.take() == UInt8(ascii: "/"),
        let y = scanner.number(), y.digits == 4
      else { return nil }
      (year, month, day) = (y.value, first.value, d.value)
    default:
      return nil
    }
    guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
      return nil
    }
    var seconds = 0
    if !scanner.isAtEnd {
      guard let time = scanner.time() else { return nil }
      seconds = time
    }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + seconds))
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// A cursor over the bytes of a date.
  private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func take() -> UInt8? {
      guard index < bytes.count else { return nil }
      index += 1
      return bytes[index - 1]
    }

    /// A run of 1–`maxDigits` ASCII digits.
    mutating func number(maxDigits: Int = 4) -> (value: Int, digits: Int)? {
      var value = 0
      var digits = 0
      while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        guard digits < maxDigits else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
        index += 1
      }
      return digits == 0 ? nil : (value, digits)
    }

    /// ` H:mm[:ss[.fff]][ AM|PM][Z|±hh[:mm]]` or `THH:mm…`, as seconds since midnight.
    mutating func time() -> Int? {
      guard let separator = take(), separator == UInt8(ascii: " ") || separator == UInt8(ascii: "T")
      else { return nil }
      while peek() == UInt8(ascii: " ") { index += 1 }
      guard var hour = number(maxDigits: 2)?.value, take() == UInt8(ascii: ":"),
        let minute = number(maxDigits: 2), minute.digits == 2
      else { return nil }
      var second = 0
      if peek() == UInt8(ascii: ":") {
        index += 1
        guard let value = number(maxDigits: 2), value.digits == 2 else { return nil }
        second = value.value
        if peek() == UInt8(ascii: ".") || peek() == UInt8(ascii: ",") {
          index += 1
          while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            index += 1
          }
        }
      }
      while peek() == UInt8(ascii: " ") { index += 1 }
      let rest = String(decoding: bytes[index...], as: UTF8.self).uppercased()
      switch rest {
      case "AM", "PM":
        guard (1...12).contains(hour) else { return nil }
        hour = hour % 12 + (rest == "PM" ? 12 : 0)
      case "", "Z":
        break
      default:
        guard Self.isOffset(rest) else { return nil }
      }
      guard hour < 24, minute.value < 60, second < 60 else { return nil }
      index = bytes.count
      return hour * 3600 + minute.value * 60 + second
    }

    /// `+03:00`, `-0500`, `+03`.
    private static func isOffset(_ text: String) -> Bool {
      let scalars = Array(text.unicodeScalars)
      guard let sign = scalars.first, sign == "+" || sign == "-" else { return false }
      let digits = scalars.dropFirst().filter { $0 != ":" }
      guard digits.count == 2 || digits.count == 4, digits.allSatisfy({ ("0"..."9").contains($0) })
      else { return false }
      let hours =
        Int(digits[digits.startIndex].value - 48) * 10
        + Int(digits[digits.startIndex + 1].value - 48)
      return hours <= 14
    }
  }
}
