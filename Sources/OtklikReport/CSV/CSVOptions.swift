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
  public var decimalSeparator: Character

  /// Creates options.
  public init(delimiter: UInt8, byteOrderMark: Bool, decimalSeparator: Character) {
    self.delimiter = delimiter
    self.byteOrderMark = byteOrderMark
    self.decimalSeparator = decimalSeparator
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
    var text = String(format: "%.\(places)f", value)
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      text.removeFirst()
    }
    return decimalSeparator == "."
      ? text : text.replacingOccurrences(of: ".", with: String(decimalSeparator))
  }
}
