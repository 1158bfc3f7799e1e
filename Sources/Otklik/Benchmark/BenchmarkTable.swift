/// A plain-text table with the first column left-aligned and the others right-aligned.
public struct BenchmarkTable: Sendable {
  private var rows: [[String]]

  /// Creates a table with a header row.
  public init(header: [String]) { rows = [header] }

  /// Adds a row (as many cells as the header).
  public mutating func add(_ row: [String]) { rows.append(row) }

  /// The table's lines, columns separated by two spaces.
  public var lines: [String] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        return index == 0 ? cell + padding : padding + cell
      }.joined(separator: "  ")
    }
  }

  /// `value` with exactly `digits` digits after the point (`0.410`, `122.0`, `3`).
  public static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    let fraction = Int(scaled - Double(whole) * scale)
    let fractionText = String(fraction)
    return
      "\(sign)\(whole).\(String(repeating: "0", count: digits - fractionText.count))\(fractionText)"
  }
}
