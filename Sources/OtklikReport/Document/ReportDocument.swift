/// A report as a list of blocks, built once from a summary and rendered to Markdown and HTML.
///
/// Keeping the content in one place means both formats always say the same thing; renderers only
/// decide how a block looks. Every string in a block is plain text: renderers escape it.
public struct ReportDocument: Sendable, Hashable {
  /// The title.
  public var title: String
  /// One line under the title (run id, time).
  public var subtitle: String
  /// The body, in order.
  public var blocks: [ReportBlock]

  /// Creates a document.
  public init(title: String, subtitle: String, blocks: [ReportBlock]) {
    self.title = title
    self.subtitle = subtitle
    self.blocks = blocks
  }
}

/// One block of a report.
public enum ReportBlock: Sendable, Hashable {
  /// A heading of level 2–4 with an anchor id (ASCII, unique in the document).
  case heading(level: Int, text: String, anchor: String)
  /// A paragraph.
  case paragraph(String)
  /// A small explanatory paragraph (legends, method notes).
  case note(String)
  /// A bulleted list.
  case bullets([String])
  /// Quotes, each with its attribution.
  case quotes([QuoteLine])
  /// A table.
  case table(ReportTable)
  /// A chart (HTML only; the data is always also in a table or text).
  case chart(ReportChart)
  /// A list of links to files of the run folder, each with the text before and after the link.
  case links([ReportLink])
}

/// A link to a file next to the report; renderers add the extension of their own format.
public struct ReportLink: Sendable, Hashable {
  /// The linked text.
  public var text: String
  /// The target inside the run folder, without extension (`briefs/pekarnya-kolos`).
  public var target: String
  /// Plain text after the link.
  public var note: String

  public init(text: String, target: String, note: String = "") {
    self.text = text
    self.target = target
    self.note = note
  }
}

/// A quote as shown: the masked text and where it comes from.
public struct QuoteLine: Sendable, Hashable {
  /// The quote.
  public var text: String
  /// The attribution ("2★ · reviews.csv:12").
  public var attribution: String

  /// Creates a quote line.
  public init(text: String, attribution: String) {
    self.text = text
    self.attribution = attribution
  }
}

/// A table of plain-text cells.
public struct ReportTable: Sendable, Hashable {
  /// The header cells.
  public var header: [String]
  /// The rows; every row has as many cells as the header.
  public var rows: [[String]]
  /// Columns aligned right (numbers), by index.
  public var numericColumns: Set<Int>
  /// Cells to tint, by row then column: a crosstab cell above expectation `positive`, below
  /// `negative`. HTML shades them; Markdown relies on the ▲ ▼ in the text.
  public var tints: [Int: [Int: ReportChart.Tone]]

  /// Creates a table.
  public init(
    header: [String], rows: [[String]], numericColumns: Set<Int> = [],
    tints: [Int: [Int: ReportChart.Tone]] = [:]
  ) {
    self.header = header
    self.rows = rows
    self.numericColumns = numericColumns
    self.tints = tints
  }
}

/// A bar or column chart, drawn as inline SVG by the HTML renderer.
public struct ReportChart: Sendable, Hashable {
  /// Horizontal bars (one per label) or vertical columns (one per label, for time).
  public enum Style: Sendable, Hashable {
    /// Horizontal bars, labels on the left.
    case bars
    /// Vertical columns, labels under them.
    case columns
  }

  /// The colour role of a bar segment.
  public enum Tone: String, Sendable, Hashable, CaseIterable {
    case accent, negative, neutral, positive, muted
  }

  /// One bar: stacked segments and the text printed after it.
  public struct Bar: Sendable, Hashable {
    /// The label.
    public var label: String
    /// Segments, stacked in order; values in the chart's unit.
    public var segments: [Segment]
    /// The value as printed ("45%").
    public var text: String

    /// Creates a bar.
    public init(label: String, segments: [Segment], text: String) {
      self.label = label
      self.segments = segments
      self.text = text
    }
  }

  /// One segment of a bar.
  public struct Segment: Sendable, Hashable {
    /// Its value.
    public var value: Double
    /// Its colour role.
    public var tone: Tone

    /// Creates a segment.
    public init(value: Double, tone: Tone) {
      self.value = value
      self.tone = tone
    }
  }

  /// A legend entry for stacked bars.
  public struct LegendEntry: Sendable, Hashable {
    /// The text.
    public var label: String
    /// The colour role.
    public var tone: Tone

    /// Creates a legend entry.
    public init(label: String, tone: Tone) {
      self.label = label
      self.tone = tone
    }
  }

  /// The chart's title (also its accessible name).
  public var title: String
  /// Bars or columns.
  public var style: Style
  /// The bars, top to bottom or left to right.
  public var bars: [Bar]
  /// The value of a full-length bar (1 for shares).
  public var scale: Double
  /// The legend (empty for single-tone charts).
  public var legend: [LegendEntry]

  /// Creates a chart.
  public init(title: String, style: Style, bars: [Bar], scale: Double, legend: [LegendEntry] = []) {
    self.title = title
    self.style = style
    self.bars = bars
    self.scale = scale
    self.legend = legend
  }
}
