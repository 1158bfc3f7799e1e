public import Foundation

/// The three whole-summary files of a run, rendered in memory: `report.md`, `report.html` and
/// `summary.json`. (`tagged.csv` and `rejects.csv` are streamed by ``TaggedCSVWriter`` and
/// ``RejectsCSVWriter`` while records arrive.)
///
/// Rendering is pure: the same summary gives byte-identical files. ``write(to:)`` only writes into the
/// folder it is given; the pipeline owns run folders, temporary names and renames.
public struct ReportFiles: Sendable {
  /// `report.md`.
  public var markdown: Data
  /// `report.html`.
  public var html: Data
  /// `summary.json`.
  public var json: Data

  /// The file names, in the order written.
  public static let markdownName = "report.md"
  /// The HTML file's name.
  public static let htmlName = "report.html"
  /// The JSON file's name.
  public static let jsonName = "summary.json"
  /// The tagged-records file's name.
  public static let taggedName = "tagged.csv"
  /// The rejects file's name.
  public static let rejectsName = "rejects.csv"

  /// Renders every file of `summary`.
  ///
  /// The JSON is encoded while the document is composed and rendered as Markdown and HTML.
  public init(summary: ReportSummary) throws {
    let files = try [0, 1].concurrentMap { part -> [Data] in
      guard part == 0 else { return [try SummaryJSON.encode(summary)] }
      let document = ReportComposer(summary: summary).document()
      return [
        Data(MarkdownRenderer().render(document).utf8),
        Data(HTMLRenderer().render(document, language: summary.run.language).utf8),
      ]
    }
    markdown = files[0][0]
    html = files[0][1]
    json = files[1][0]
  }

  /// Writes the three files into `folder` (which must exist), replacing files of the same name.
  public func write(to folder: URL) throws {
    try markdown.write(to: folder.appendingPathComponent(Self.markdownName))
    try html.write(to: folder.appendingPathComponent(Self.htmlName))
    try json.write(to: folder.appendingPathComponent(Self.jsonName))
  }
}
