import Foundation

/// Renders a ``ReportDocument`` as GitHub-flavoured Markdown (`report.md`).
///
/// Charts are left out: every chart's numbers are also in a table or a sentence. Data text is
/// escaped so that a review cannot add headings, links, HTML or table columns.
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The Markdown text of `document`, ending with one newline.
  public func render(_ document: ReportDocument) -> String {
    var lines: [String] = [
      "# " + Self.escape(document.title), "", "_" + Self.escape(document.subtitle) + "_", "",
    ]
    for block in document.blocks {
      switch block {
      case .heading(let level, let text, _):
        lines.append(String(repeating: "#", count: max(2, min(level, 6))) + " " + Self.escape(text))
      case .paragraph(let text):
        lines.append(Self.escape(text))
      case .note(let text):
        lines.append("_" + Self.escape(text) + "_")
      case .bullets(let items):
        lines += items.map { "- " + Self.escape($0) }
      case .links(let links):
        lines += links.map {
          "- [\(Self.escape($0.text))](\($0.target).md)"
            + ($0.note.isEmpty ? "" : " — " + Self.escape($0.note))
        }
      case .quotes(let quotes):
        // One blockquote per quote: consecutive `>` lines would merge into one paragraph.
        for (index, quote) in quotes.enumerated() {
          if index > 0 { lines.append(">") }
          let line =
            "> «" + Self.escape(quote.text) + "» — _" + Self.escape(quote.attribution) + "_"
          lines += line.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        }
      case .table(let table):
        lines += Self.table(table)
      case .chart:
        continue
      }
      lines.append("")
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func table(_ table: ReportTable) -> [String] {
    func row(_ cells: [String]) -> String {
      "| " + cells.map { escape($0, startsLine: false) }.joined(separator: " | ") + " |"
    }
    let rule = table.header.indices.map { table.numericColumns.contains($0) ? "---:" : "---" }
    return [row(table.header), "| " + rule.joined(separator: " | ") + " |"] + table.rows.map(row)
  }

  /// `text` on one line with Markdown's active characters backslash-escaped.
  ///
  /// Always escaped: `\\`, `` ` ``, `*`, `_`, `<`, `>`, `|`, `~`. Brackets only when the text could
  /// form a link (`](` or `][`), so masks like `[телефон]` stay readable; `#`, `-`, `+` only when
  /// they start a line (`startsLine`), where they would open a heading or a list.
  static func escape(_ text: String, startsLine: Bool = true) -> String {
    // One pass over the bytes decides whether anything needs escaping at all (most text does not).
    var linkLike = false
    var needsEscaping = false
    var previous: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["):
        if previous == UInt8(ascii: "]") { linkLike = true }
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
        UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
        needsEscaping = true
      default: break
      }
      previous = byte
    }
    let first = text.utf8.first
    let escapesFirst =
      startsLine
      && (first == UInt8(ascii: "#") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+"))
    if !needsEscaping && !linkLike && !escapesFirst { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count)
    if startsLine, let first = text.unicodeScalars.first,
      first == "#" || first == "-" || first == "+"
    {
      output.unicodeScalars.append("\\")
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "[" where linkLike, "]" where linkLike:
        output.unicodeScalars.append("\\")
        output.unicodeScalars.append(scalar)
      case "\\", "`", "*", "_", "<", ">", "|", "~":
        output.unicodeScalars.append("\\")
        output.unicodeScalars.append(scalar)
      case "\n", "\r", "\t":
        output.unicodeScalars.append(" ")
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
