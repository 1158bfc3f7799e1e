public import Foundation

/// Encodes a ``Brief`` as JSON: pretty-printed, keys sorted, slashes unescaped, ending with a newline,
/// so the same brief always gives the same bytes.
public enum BriefJSON {
  /// The JSON bytes of `brief`.
  public static func encode(_ brief: Brief) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(brief)
    data.append(0x0A)
    return data
  }

  /// Reads a brief written by ``encode(_:)``.
  public static func decode(_ data: Data) throws -> Brief {
    try JSONDecoder().decode(Brief.self, from: data)
  }
}
