/// Renders a ``ReportDocument`` as one self-contained HTML page (`report.html`).
///
/// Inline CSS and inline SVG only: no scripts, no fonts or images fetched from anywhere, so the file
/// opens offline and can be mailed. The markup is also well-formed XML (void elements self-closed,
/// every data string escaped by ``HTMLText``), which lets tests parse it. It prints: charts and
/// tables avoid page breaks, the contents list is hidden on paper.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The page for `document`, in `language` (sets `lang` and the contents heading).
  public func render(_ document: ReportDocument, language: ReportLanguage) -> String {
    let strings = ReportStrings(language)
    let chart = SVGChart()
    var html =
      "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\">\n<head>\n"
    html +=
      "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    html +=
      "<title>\(HTMLText.escape(document.title))</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n"
    html +=
      "<header>\n<h1>\(HTMLText.escape(document.title))</h1>\n<p class=\"subtitle\">\(HTMLText.escape(document.subtitle))</p>\n</header>\n"
    let sections = document.blocks.compactMap { block -> (String, String)? in
      if case .heading(2, let text, let anchor) = block { return (text, anchor) }
      return nil
    }
    if !sections.isEmpty {
      html += "<nav>\n<h2>\(HTMLText.escape(strings[.contents]))</h2>\n<ul>\n"
      for (text, anchor) in sections {
        html += "<li><a href=\"#\(HTMLText.escape(anchor))\">\(HTMLText.escape(text))</a></li>\n"
      }
      html += "</ul>\n</nav>\n"
    }
    html += "<main>\n"
    for block in document.blocks {
      switch block {
      case .heading(let level, let text, let anchor):
        let tag = "h\(max(2, min(level, 6)))"
        html += "<\(tag) id=\"\(HTMLText.escape(anchor))\">\(HTMLText.escape(text))</\(tag)>\n"
      case .paragraph(let text):
        html += "<p>\(HTMLText.escape(text))</p>\n"
      case .note(let text):
        html += "<p class=\"note\">\(HTMLText.escape(text))</p>\n"
      case .bullets(let items):
        html += "<ul>\n" + items.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
      case .links(let links):
        html += "<ul>\n"
        for link in links {
          let note = link.note.isEmpty ? "" : " — " + HTMLText.escape(link.note)
          html +=
            "<li><a href=\"\(HTMLText.escape(link.target)).html\">\(HTMLText.escape(link.text))</a>\(note)</li>\n"
        }
        html += "</ul>\n"
      case .quotes(let quotes):
        html += "<ul class=\"quotes\">\n"
        for quote in quotes {
          html +=
            "<li><q>\(HTMLText.escape(quote.text))</q> <span class=\"src\">\(HTMLText.escape(quote.attribution))</span></li>\n"
        }
        html += "</ul>\n"
      case .table(let table):
        html += Self.table(table)
      case .chart(let value):
        html += "<figure>\n\(chart.render(value))\n</figure>\n"
      }
    }
    html += "</main>\n</body>\n</html>\n"
    return html
  }

  private static func table(_ table: ReportTable) -> String {
    func cell(_ tag: String, _ text: String, _ column: Int, tint: ReportChart.Tone? = nil) -> String
    {
      var classes: [String] = []
      if table.numericColumns.contains(column) { classes.append("num") }
      if let tint { classes.append("bg-\(tint.rawValue)") }
      let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      return "<\(tag)\(attribute)>\(HTMLText.escape(text))</\(tag)>"
    }
    var html = "<div class=\"table\"><table>\n<thead><tr>"
    html += table.header.enumerated().map { cell("th", $1, $0) }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for (index, row) in table.rows.enumerated() {
      let tints = table.tints[index] ?? [:]
      html +=
        "<tr>" + row.enumerated().map { cell("td", $1, $0, tint: tints[$0]) }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table></div>\n"
  }

  /// The page's whole style sheet: system fonts, a readable measure, print rules, chart colours.
  static let style = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
      line-height: 1.45; color: #1d232a; background: #fff; margin: 0 auto; max-width: 62rem; padding: 1.5rem 2rem 4rem; }
    h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
    h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid #d5dbe1; padding-bottom: .2rem; }
    h3 { font-size: 1.12rem; margin-top: 2rem; }
    h4 { font-size: 1rem; margin-top: 1.4rem; color: #38424d; }
    .subtitle, .note { color: #5b6773; font-size: .92rem; }
    nav { background: #f4f6f8; border-radius: 6px; padding: .6rem 1.2rem; margin: 1rem 0; }
    nav h2 { font-size: 1rem; border: 0; margin: .3rem 0; }
    nav ul { margin: .2rem 0; padding-left: 1.2rem; }
    a { color: #1f5f99; }
    .table { overflow-x: auto; margin: .6rem 0 1rem; }
    table { border-collapse: collapse; font-size: .9rem; min-width: 50%; }
    th, td { border-bottom: 1px solid #e1e6eb; padding: .25rem .6rem; text-align: left; vertical-align: top; }
    th { background: #f4f6f8; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    ul.quotes { list-style: none; padding-left: 0; }
    ul.quotes li { border-left: 3px solid #c9d2db; padding: .2rem .8rem; margin: .4rem 0; }
    ul.quotes q { font-style: italic; }
    .src { color: #6b7785; font-size: .85rem; white-space: nowrap; }
    figure { margin: .8rem 0 1.2rem; }
    svg.chart { width: 100%; max-width: 720px; height: auto; font-size: 12px; font-family: inherit; }
    svg.chart text { fill: #1d232a; }
    svg.chart text.small { font-size: 11px; fill: #4a5561; }
    svg.chart .axis { stroke: #9aa5b1; stroke-width: 1; }
    .t-accent { fill: #2c7fb8; } .t-negative { fill: #c44e52; } .t-neutral { fill: #a8b0b8; }
    .t-positive { fill: #3a9a5b; } .t-muted { fill: #dde2e7; }
    td.bg-positive { background: #e3f3e8; } td.bg-negative { background: #f9e3e4; }
    td.bg-accent { background: #e2eef8; } td.bg-neutral, td.bg-muted { background: #f0f2f4; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav { display: none; }
      h2, h3, h4 { break-after: avoid; }
      figure, .table, ul.quotes li { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
