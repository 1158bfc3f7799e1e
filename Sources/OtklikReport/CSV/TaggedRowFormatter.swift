/// Renders the `tagged.csv` rows of one record into bytes, for ``TaggedCSVWriter/write(rows:)``.
///
/// Rendering — masking personal data, formatting numbers, quoting — is most of the cost of
/// `tagged.csv`, and it depends on the record alone; so a run renders on its analysis threads, one
/// formatter per batch, and the single writing thread only copies bytes, in order.
public struct TaggedRowFormatter: Sendable {
  private var renderer: TaggedRowRenderer

  /// A formatter with the options, sources and language of the writer that will write its rows.
  public init(options: CSVOptions, sources: [ReportSource], language: ReportLanguage) {
    var rowOptions = options
    rowOptions.byteOrderMark = false  // the writer's, before its header
    renderer = TaggedRowRenderer(options: rowOptions, sources: sources, language: language)
  }

  /// The CSV rows of one record (one per free text, or one for a record without text).
  public mutating func rows(of analysed: AnalysedRecord) -> [UInt8] {
    renderer.renderRows(analysed)
    defer { renderer.encoder.clear() }
    return renderer.encoder.bytes
  }
}
