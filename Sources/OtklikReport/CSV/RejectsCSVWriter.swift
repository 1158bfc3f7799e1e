public import OtklikIngest

/// Streams `rejects.csv`: one row per rejected record with file, record, line, column, reason and the
/// raw excerpt (formula-safe, quoted as needed), header in the report language.
///
/// Excerpts are masked for phone numbers and e-mail addresses like every quote: file, record and line
/// are enough to find the raw row.
public struct RejectsCSVWriter<Sink: ByteSink> {
  private var rows: CSVRowWriter<Sink>
  private let language: ReportLanguage
  private let masker: PIIMasker
  private var wroteHeader = false

  /// The sink written to.
  public var sink: Sink { rows.sink }

  /// Creates a writer.
  public init(sink: Sink, options: CSVOptions, language: ReportLanguage) {
    rows = CSVRowWriter(sink: sink, options: options)
    self.language = language
    masker = PIIMasker(language: language)
  }

  /// The header row in `language`.
  public static func header(_ language: ReportLanguage) -> [String] {
    switch language {
    case .ru: ["файл", "запись", "строка", "столбец", "причина", "фрагмент"]
    case .en: ["file", "record", "line", "column", "reason", "excerpt"]
    }
  }

  /// Writes one reject (and the header before the first).
  public mutating func write(_ reject: Reject) throws {
    try writeHeaderIfNeeded()
    try rows.write([
      .text(reject.origin.file), .integer(reject.origin.record), .integer(reject.origin.line),
      .text(reject.column ?? ""), .text(reject.reason), .text(masker.mask(reject.excerpt)),
    ])
  }

  /// Writes the header if no row was written, and flushes the sink.
  public mutating func finish() throws {
    try writeHeaderIfNeeded()
    try rows.finish()
  }

  private mutating func writeHeaderIfNeeded() throws {
    guard !wroteHeader else { return }
    wroteHeader = true
    try rows.write(texts: Self.header(language))
  }
}
