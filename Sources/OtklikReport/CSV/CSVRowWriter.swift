import Foundation

/// Writes CSV rows to a ``ByteSink``: quoting, formula safety and number formatting in one place.
///
/// A field is quoted when it holds the delimiter, a quote, CR or LF; quotes are doubled. A text cell
/// starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that Excel and LibreOffice show it
/// as text instead of running it as a formula (OWASP's CSV-injection advice). Numbers the writer formats
/// itself are never prefixed: a number is not a formula.
///
/// The encoding is done by a concrete (non-generic) encoder; this type only hands each row's bytes to
/// the sink, so callers in other modules do not run unspecialised generic code per cell.
public struct CSVRowWriter<Sink: ByteSink> {
  /// The sink written to.
  public private(set) var sink: Sink
  /// The options in force.
  public var options: CSVOptions { encoder.options }
  private var encoder: CSVRowEncoder

  /// One cell of a row (see ``CSVCell``).
  public typealias Cell = CSVCell

  /// Creates a writer; the BOM, if any, is written with the first row.
  public init(sink: Sink, options: CSVOptions) {
    self.sink = sink
    encoder = CSVRowEncoder(options: options)
  }

  /// Writes one row.
  public mutating func write(_ cells: [Cell]) throws {
    encoder.appendRow(cells)
    try sink.write(encoder.bytes)
    encoder.clear()
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
    guard let first = text.utf8.first, CSVRowEncoder.opensFormula(first) else { return text }
    return "'" + text
  }
}
