/// How a CSV file is encoded and delimited: what the reader detected or was told.
public struct CSVFormat: Sendable, Hashable {
  /// The encoding the bytes were read in.
  public var encoding: TextEncoding
  /// Whether ``encoding`` was detected (`false`: given by the source settings).
  public var isEncodingDetected: Bool
  /// Whether a UTF-8 byte-order mark was dropped from the start of the file.
  public var hadByteOrderMark: Bool
  /// The field delimiter: `,` `;` or tab.
  public var delimiter: UInt8
  /// Whether ``delimiter`` was detected (`false`: given by the source settings).
  public var isDelimiterDetected: Bool

  /// Creates a format description from its parts.
  public init(
    encoding: TextEncoding, isEncodingDetected: Bool, hadByteOrderMark: Bool, delimiter: UInt8,
    isDelimiterDetected: Bool
  ) {
    self.encoding = encoding
    self.isEncodingDetected = isEncodingDetected
    self.hadByteOrderMark = hadByteOrderMark
    self.delimiter = delimiter
    self.isDelimiterDetected = isDelimiterDetected
  }

  /// The delimiter as users write it in the config: `,` `;` or `tab`.
  public var delimiterName: String { DelimiterDetector.name(of: delimiter) }

  /// One line for logs: `encoding utf-8 (detected, bom dropped), delimiter ; (detected)`.
  public var summary: String {
    var encodingNotes = [isEncodingDetected ? "detected" : "given"]
    if hadByteOrderMark { encodingNotes.append("bom dropped") }
    let delimiterNote = isDelimiterDetected ? "detected" : "given"
    return "encoding \(encoding.rawValue) (\(encodingNotes.joined(separator: ", "))), "
      + "delimiter \(delimiterName) (\(delimiterNote))"
  }
}
