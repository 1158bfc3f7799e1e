import Foundation

/// Writes CSV rows to a ``ByteSink``: quoting, formula safety and number formatting in one place.
///
/// A field is quoted when it holds the delimiter, a quote, CR or LF; quotes are doubled. A text cell
/// starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that Excel and LibreOffice show it
/// as text instead of running it as a formula (OWASP's CSV-injection advice). Numbers the writer formats
/// itself are never prefixed: a number is not a formula.
public struct CSVRowWriter<Sink: ByteSink> {
  /// The sink written to.
  public private(set) var sink: Sink
  /// The options in force.
  public let options: CSVOptions
  private var started = false

  /// One cell of a row.
  public enum Cell: Sendable, Hashable {
    /// Text from the data or a label: made formula-safe.
    case text(String)
    /// A number printed with `places` decimals and the configured separator.
    case number(Double, places: Int)
    /// An integer.
    case integer(Int)
    /// Nothing.
    case empty
  }

  /// Creates a writer; the BOM, if any, is written with the first row.
  public init(sink: Sink, options: CSVOptions) {
    self.sink = sink
    self.options = options
  }

  /// Writes one row.
  public mutating func write(_ cells: [Cell]) throws {
    var bytes: [UInt8] = []
    if !started {
      started = true
      if options.byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
    }
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(options.delimiter) }
      switch cell {
      case .text(let text): append(field: Self.formulaSafe(text), to: &bytes)
      case .number(let value, let places):
        append(field: options.format(value, places: places), to: &bytes)
      case .integer(let value): bytes += Array(String(value).utf8)
      case .empty: break
      }
    }
    bytes += [0x0D, 0x0A]
    try sink.write(bytes)
  }

  /// Writes a row of text cells (a header).
  public mutating func write(texts: [String]) throws {
    try write(texts.map { .text($0) })
  }

  /// Flushes the sink.
  public mutating func finish() throws {
    try sink.flush()
  }

  /// `text` with a leading `'` when it starts with `=`, `+`, `-`, `@`, tab or CR.
  public static func formulaSafe(_ text: String) -> String {
    guard let first = text.utf8.first else { return text }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      return "'" + text
    default:
      return text
    }
  }

  private func append(field: String, to bytes: inout [UInt8]) {
    let utf8 = Array(field.utf8)
    let needsQuotes = utf8.contains {
      $0 == options.delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard needsQuotes else {
      bytes += utf8
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
