public import Foundation

/// Encodes a ``ReportSummary`` as `summary.json`: pretty-printed, keys sorted, slashes unescaped,
/// ending with a newline, so the same summary always gives the same bytes.
public enum SummaryJSON {
  /// The JSON bytes of `summary`.
  public static func encode(_ summary: ReportSummary) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(summary)
    data.append(0x0A)
    return data
  }

  /// Reads a summary written by ``encode(_:)``.
  public static func decode(_ data: Data) throws -> ReportSummary {
    try JSONDecoder().decode(ReportSummary.self, from: data)
  }
}
