import Foundation
import OtklikIngest
import OtklikText

/// Streams `tagged.csv`: every accepted record with its sentiment, tags and evidence, one row per
/// analysed text (a review's text, each open answer of a survey response; a response with no open
/// answer still gets one row), as records arrive.
///
/// Columns (header in the report language, same order in both): source, kind, file, record, line, id,
/// company, branch, date, rating, segments (`name=value | …`), question, text, language, sentiment,
/// score, tags (ids, `|`-separated), tag_sentiments (`id:neg|…`), tag_evidence (`id: words; …`),
/// sentiment_evidence (`words → weighted [rules]; …`). Texts are masked for phone numbers, e-mail
/// addresses and the author's name; the author column is never written.
///
/// The rows are rendered by a concrete ``TaggedRowRenderer`` straight into bytes; this generic type
/// only hands them to the sink, so the per-record work runs specialised from any caller's module.
public struct TaggedCSVWriter<Sink: ByteSink> {
  /// The sink written to.
  public private(set) var sink: Sink
  private var renderer: TaggedRowRenderer

  /// Creates a writer for `sources` (survey schemas give question titles and segment names).
  public init(sink: Sink, options: CSVOptions, sources: [ReportSource], language: ReportLanguage) {
    self.sink = sink
    renderer = TaggedRowRenderer(options: options, sources: sources, language: language)
  }

  /// The header row in `language`.
  public static func header(_ language: ReportLanguage) -> [String] {
    TaggedRowRenderer.header(language)
  }

  /// Writes the rows of one record (and the header before the first).
  public mutating func write(_ analysed: AnalysedRecord) throws {
    renderer.render(analysed)
    try flushRenderer()
  }

  /// Writes the header if no row was written, and flushes the sink.
  /// Writes rows rendered elsewhere by a ``TaggedRowFormatter`` with the same options (the header
  /// goes first, once).
  public mutating func write(rows: [UInt8]) throws {
    renderer.renderHeaderIfNeeded()
    try flushRenderer()
    if !rows.isEmpty { try sink.write(rows) }
  }

  public mutating func finish() throws {
    renderer.renderHeaderIfNeeded()
    try flushRenderer()
    try sink.flush()
  }

  private mutating func flushRenderer() throws {
    guard !renderer.encoder.bytes.isEmpty else { return }
    try sink.write(renderer.encoder.bytes)
    renderer.encoder.clear()
  }
}
