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
        lines += quotes.map {
          "> «" + Self.escape($0.text) + "» — _" + Self.escape($0.attribution) + "_"
        }
        .joined(separator: "\n>\n").split(separator: "\n", omittingEmptySubsequences: false).map(
          String.init)
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
    let linkLike = text.contains("](") || text.contains("][")
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
