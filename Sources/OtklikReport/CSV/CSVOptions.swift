import Foundation

/// How CSV files are written: delimiter, byte-order mark and decimal separator.
///
/// Russian Excel opens UTF-8 with a BOM and `;` between fields, and reads `0,5` as a number; so the
/// Russian default is exactly that. English default: `,`, no BOM, `0.5`. Lines end with CRLF (RFC 4180).
public struct CSVOptions: Sendable, Hashable {
  /// The field delimiter.
  public var delimiter: UInt8
  /// Whether the file starts with a UTF-8 byte-order mark.
  public var byteOrderMark: Bool
  /// The decimal separator of numbers written.
  public var decimalSeparator: Character {
    didSet { decimalSeparatorUTF8 = Array(String(decimalSeparator).utf8) }
  }
  /// ``decimalSeparator`` as UTF-8, appended to every number written.
  private var decimalSeparatorUTF8: [UInt8]

  /// Creates options.
  public init(delimiter: UInt8, byteOrderMark: Bool, decimalSeparator: Character) {
    self.delimiter = delimiter
    self.byteOrderMark = byteOrderMark
    self.decimalSeparator = decimalSeparator
    decimalSeparatorUTF8 = Array(String(decimalSeparator).utf8)
  }

  /// The default for a report in `language`.
  public static func defaults(for language: ReportLanguage) -> CSVOptions {
    switch language {
    case .ru: CSVOptions(delimiter: UInt8(ascii: ";"), byteOrderMark: true, decimalSeparator: ",")
    case .en: CSVOptions(delimiter: UInt8(ascii: ","), byteOrderMark: false, decimalSeparator: ".")
    }
  }

  /// `value` with `places` decimals and the configured separator; never `-0`.
  public func format(_ value: Double, places: Int) -> String {
    var bytes: [UInt8] = []
    appendFormatted(value, places: places, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``format(_:places:)`` of `value` to `bytes`.
  ///
  /// Rounds like `printf("%.*f")` (the exact binary value, ties to even) with integer digits instead
  /// of `String(format:)`: the value times 10^`places` is rounded to the nearest integer, and only a
  /// product within a billionth of a tie (where the product's own rounding could decide), a
  /// non-finite value, more than 9 places or a product beyond 10^15 goes through `String(format:)`.
  func appendFormatted(_ value: Double, places: Int, to bytes: inout [UInt8]) {
    guard value.isFinite, places >= 0, places < Self.powersOfTen.count else {
      return appendPrinted(value, places: places, to: &bytes)
    }
    let scaled = value.magnitude * Self.powersOfTen[places]
    guard scaled < 1e15 else { return appendPrinted(value, places: places, to: &bytes) }
    let whole = scaled.rounded(.down)
    let fraction = scaled - whole
    guard (fraction - 0.5).magnitude > 1e-9 * Swift.max(1, scaled) else {
      return appendPrinted(value, places: places, to: &bytes)
    }
    let units = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
    if units != 0 && value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
    let divisor = UInt64(Self.powersOfTen[places])
    Self.appendDigits(of: units / divisor, to: &bytes)
    guard places > 0 else { return }
    bytes += decimalSeparatorUTF8
    var remainder = units % divisor
    let first = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: places))
    for index in stride(from: first + places - 1, through: first, by: -1) {
      bytes[index] = UInt8(ascii: "0") + UInt8(remainder % 10)
      remainder /= 10
    }
  }

  /// 10^0 … 10^9, exact as `Double`.
  private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

  /// Appends the decimal digits of `value` (with `-` when negative).
  static func appendDigits(of value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    appendDigits(of: value.magnitude, to: &bytes)
  }

  /// Appends the decimal digits of `value`.
  static func appendDigits(of value: UInt64, to bytes: inout [UInt8]) {
    appendDigits(of: UInt(value), to: &bytes)
  }

  private static func appendDigits(of value: UInt, to bytes: inout [UInt8]) {
    guard value >= 10 else {
      bytes.append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 {
        buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }

  /// The `String(format:)` path: `-0` dropped, the separator replaced.
  private func appendPrinted(_ value: Double, places: Int, to bytes: inout [UInt8]) {
    var text = String(format: "%.\(places)f", value)
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      text.removeFirst()
    }
    let printed =
      decimalSeparator == "."
      ? text : text.replacingOccurrences(of: ".", with: String(decimalSeparator))
    bytes += printed.utf8
  }
}
