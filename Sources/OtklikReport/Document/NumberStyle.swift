import Foundation

/// How numbers are printed in a report's language: `45,3 %` and `4,25` in Russian, `45.3%` and
/// `4.25` in English. Locale-independent (no `NumberFormatter`), so output never varies by machine.
public struct NumberStyle: Sendable, Hashable {
  /// The report language.
  public var language: ReportLanguage

  /// Creates the style of `language`.
  public init(_ language: ReportLanguage) { self.language = language }

  /// `value` with `places` decimals (never `-0`), printed as `printf("%.*f")` rounds it, by the
  /// integer-digit formatting of ``CSVOptions/format(_:places:)``.
  public func decimal(_ value: Double, places: Int = 2) -> String {
    CSVOptions(delimiter: 0, byteOrderMark: false, decimalSeparator: language == .ru ? "," : ".")
      .format(value, places: places)
  }

  /// `value` with a sign always shown (`+0,35`, `−0,12` uses ASCII minus).
  public func signed(_ value: Double, places: Int = 2) -> String {
    let text = decimal(value, places: places)
    return value > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," })
      ? "+" + text : text
  }

  /// A share in [0, 1] as a percentage with one decimal.
  public func percent(_ share: Double) -> String {
    let text = decimal(share * 100, places: 1)
    return language == .ru ? text + "\u{A0}%" : text + "%"
  }

  /// A p-value: `< 0,001` below a thousandth, else three decimals.
  public func pValue(_ p: Double) -> String {
    p < 0.001 ? "< " + decimal(0.001, places: 3) : decimal(p, places: 3)
  }

  /// A p-value after "p": `= 0,140`, or `< 0,001` below a thousandth.
  public func pComparison(_ p: Double) -> String {
    p < 0.001 ? "< " + decimal(0.001, places: 3) : "= " + decimal(p, places: 3)
  }
}
