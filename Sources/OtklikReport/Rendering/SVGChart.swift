/// Draws a ``ReportChart`` as inline SVG: horizontal bars with labels, or columns for time series.
///
/// Fixed geometry in a `viewBox` so charts scale with the page and print crisply; colours come from
/// CSS classes (`t-accent`, `t-negative`, …) defined once in the page's style. Coordinates are
/// printed with one decimal in a fixed format, so output is byte-stable.
struct SVGChart: Sendable {
  /// Total width in SVG units.
  let width = 720.0
  /// Width of the label column of a bar chart.
  let labelWidth = 250.0
  /// Width of the value text after bars.
  let valueWidth = 120.0
  /// Height of one bar row.
  let rowHeight = 22.0
  /// Longest label drawn; the full label is kept in a `<title>`.
  let maxLabel = 38

  /// The SVG element for `chart`.
  func render(_ chart: ReportChart) -> String {
    switch chart.style {
    case .bars: bars(chart)
    case .columns: columns(chart)
    }
  }

  private func bars(_ chart: ReportChart) -> String {
    let legendHeight = chart.legend.isEmpty ? 0.0 : 24
    let height = Double(chart.bars.count) * rowHeight + legendHeight + 8
    let plot = width - labelWidth - valueWidth
    var svg = open(chart, height: height)
    for (index, bar) in chart.bars.enumerated() {
      let y = 4 + Double(index) * rowHeight
      svg += "<g><title>\(HTMLText.escape(bar.label)): \(HTMLText.escape(bar.text))</title>"
      svg +=
        "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + 15))\" text-anchor=\"end\">\(HTMLText.escape(short(bar.label)))</text>"
      var x = labelWidth
      for segment in bar.segments where segment.value > 0 {
        let length = plot * min(1, segment.value / max(chart.scale, .leastNonzeroMagnitude))
        svg +=
          "<rect class=\"t-\(segment.tone.rawValue)\" x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(max(length, 0.5)))\" height=\"\(f(rowHeight - 6))\"/>"
        x += length
      }
      svg += "<text x=\"\(f(x + 6))\" y=\"\(f(y + 15))\">\(HTMLText.escape(bar.text))</text></g>"
    }
    svg += legend(chart.legend, y: Double(chart.bars.count) * rowHeight + 8)
    return svg + "</svg>"
  }

  private func columns(_ chart: ReportChart) -> String {
    let plotHeight = 140.0
    let top = 18.0
    let height = top + plotHeight + 40
    let step = (width - 40) / Double(max(chart.bars.count, 1))
    let barWidth = max(2, min(48, step * 0.7))
    var svg = open(chart, height: height)
    svg +=
      "<line class=\"axis\" x1=\"20\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(width - 20))\" y2=\"\(f(top + plotHeight))\"/>"
    for (index, bar) in chart.bars.enumerated() {
      let value = bar.segments.reduce(0) { $0 + $1.value }
      let barHeight = plotHeight * min(1, value / max(chart.scale, .leastNonzeroMagnitude))
      let x = 20 + step * Double(index) + (step - barWidth) / 2
      let center = x + barWidth / 2
      svg +=
        "<g><title>\(HTMLText.escape(bar.label)): \(f0(value)) \(HTMLText.escape(bar.text))</title>"
      svg +=
        "<rect class=\"t-\(bar.segments.first?.tone.rawValue ?? "accent")\" x=\"\(f(x))\" y=\"\(f(top + plotHeight - barHeight))\" width=\"\(f(barWidth))\" height=\"\(f(max(barHeight, 0.5)))\"/>"
      svg +=
        "<text x=\"\(f(center))\" y=\"\(f(top + plotHeight - barHeight - 4))\" text-anchor=\"middle\">\(f0(value))</text>"
      svg +=
        "<text x=\"\(f(center))\" y=\"\(f(top + plotHeight + 14))\" text-anchor=\"middle\" class=\"small\">\(HTMLText.escape(bar.label))</text>"
      if !bar.text.isEmpty {
        svg +=
          "<text x=\"\(f(center))\" y=\"\(f(top + plotHeight + 28))\" text-anchor=\"middle\" class=\"small\">\(HTMLText.escape(bar.text))</text>"
      }
      svg += "</g>"
    }
    return svg + "</svg>"
  }

  private func open(_ chart: ReportChart, height: Double) -> String {
    let title = HTMLText.escape(chart.title)
    return
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(title)\"><title>\(title)</title>"
  }

  private func legend(_ entries: [ReportChart.LegendEntry], y: Double) -> String {
    var svg = ""
    var x = labelWidth
    for entry in entries {
      svg +=
        "<rect class=\"t-\(entry.tone.rawValue)\" x=\"\(f(x))\" y=\"\(f(y + 4))\" width=\"12\" height=\"12\"/>"
      svg +=
        "<text x=\"\(f(x + 16))\" y=\"\(f(y + 14))\" class=\"small\">\(HTMLText.escape(entry.label))</text>"
      x += 22 + Double(entry.label.count) * 6.5
    }
    return svg
  }

  private func short(_ label: String) -> String {
    label.count > maxLabel ? String(label.prefix(maxLabel - 1)) + "…" : label
  }

  /// One decimal, fixed format.
  private func f(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// No decimals.
  private func f0(_ value: Double) -> String { String(Int(value.rounded())) }
}
