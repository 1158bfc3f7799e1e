import OtklikReport

/// Renders a ``Brief`` as one self-contained HTML page: inline CSS, no scripts, nothing fetched.
///
/// Every piece of data text passes through ``escape(_:)``, so a review containing `<script>` shows as
/// text. The page prints on A4 as it reads on screen.
public struct BriefHTML: Sendable {
  /// Creates a renderer.
  public init() {}

  private static let style = """
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b;max-width:54rem;margin:2rem auto;padding:0 1rem}
    h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid #d5dae1;padding-bottom:.2rem;margin-top:2rem}
    h3{font-size:1.1rem;margin-top:1.5rem}.note{background:#fff4d6;border-left:4px solid #e0a800;padding:.6rem .9rem}
    blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.7rem;border-left:3px solid #c3cad4;color:#3b4450}
    code,.src{font-size:.8rem;color:#66707c}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
    th,td{border:1px solid #d5dae1;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f1f3f6}
    .idea{font-size:1.05rem;background:#eef5ee;border-left:4px solid #3b8a3e;padding:.6rem .9rem}
    .cols{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem}@media print{body{margin:0}}
    """

  /// The HTML of `brief`, ending with a newline.
  public func render(_ brief: Brief) -> String {
    let s = BriefStrings(ReportLanguage(rawValue: brief.language) ?? .ru)
    let n = s.numbers
    let e = Self.escape
    var out = [
      "<!DOCTYPE html>", "<html lang=\"\(e(brief.language))\">", "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(e(s.title)): \(e(brief.company))</title>", "<style>\(Self.style)</style>",
      "</head>", "<body>",
      "<h1>\(e(s.title)): \(e(brief.company))</h1>",
    ]
    if let note = brief.statusNote {
      out.append("<p class=\"note\"><strong>\(e(note))</strong></p>")
    }
    out += ["<h2>\(e(s.whoHeading))</h2>", "<p>\(e(s.profileLine(brief.profile))).</p>"]
    if !brief.profile.trend.isEmpty {
      out.append(
        "<table><caption>\(e(s.trendHeading))</caption><tr>"
          + s.columnsTrend.map { "<th>\(e($0))</th>" }.joined() + "</tr>")
      for month in brief.profile.trend {
        let cells = [
          month.month, String(month.reviews), month.meanRating.map { n.decimal($0) } ?? "—",
          month.negativeShare.map { n.percent($0) } ?? "—",
        ]
        out.append("<tr>" + cells.map { "<td>\(e($0))</td>" }.joined() + "</tr>")
      }
      out.append("</table>")
    }
    for (heading, issues) in [
      (s.painHeading, brief.profile.painPoints), (s.praiseHeading, brief.profile.praise),
    ] {
      out += ["<h3>\(e(heading))</h3>", "<ul>"]
      if issues.isEmpty { out.append("<li>\(e(s.noIssues))</li>") }
      for issue in issues {
        out.append("<li>\(e(s.issueLine(issue)))" + issue.quotes.map(Self.quote).joined() + "</li>")
      }
      out.append("</ul>")
    }
    if brief.status != .notEnoughData {
      out.append("<h2>\(e(s.communityHeading))</h2>")
      if brief.community.isEmpty { out.append("<p>\(e(s.noCommunity))</p>") }
      out += ["<ul>"] + brief.community.map { "<li>\(e(s.needLine($0)))</li>" } + ["</ul>"]
    }
    if !brief.proposals.isEmpty {
      out.append("<h2>\(e(s.proposalsHeading))</h2>")
      for (index, proposal) in brief.proposals.enumerated() {
        out += [
          "<h3>\(index + 1). \(e(proposal.title))</h3>",
          "<p class=\"idea\"><strong>\(e(s.idea)).</strong> \(e(proposal.sentence))</p>",
          "<div class=\"cols\">", Self.list(s.goals, proposal.goals),
          Self.list(s.tasks, proposal.tasks), "</div>",
          "<p><strong>\(e(s.timeFrame)).</strong> \(e(proposal.timeFrame))</p>",
          "<div class=\"cols\">", Self.list(s.businessGives, proposal.businessGives),
          Self.list(s.businessGets, proposal.businessGets),
          Self.list(s.libraryGives, proposal.libraryGives),
          Self.list(s.libraryGets, proposal.libraryGets), "</div>",
          Self.list("\(s.fit): \(s.score(proposal.fit.score))", proposal.fit.factors.map(\.reason)),
        ]
        if !proposal.evidence.isEmpty {
          out.append("<h4>\(e(s.evidence))</h4>" + proposal.evidence.map(Self.quote).joined())
        }
      }
    }
    if !brief.ranking.isEmpty {
      out += [
        "<h2>\(e(s.rankingHeading))</h2>",
        "<table><tr>" + s.columnsRanking.map { "<th>\(e($0))</th>" }.joined() + "</tr>",
      ]
      for idea in brief.ranking {
        let values = idea.fit.factors.map { s.score($0.value) }
        let cells =
          [idea.title] + (idea.fit.factors.count == 3 ? values : ["—"] + values)
          + [s.score(idea.fit.score), idea.isProposed ? s.proposed : (idea.note ?? "")]
        out.append("<tr>" + cells.map { "<td>\(e($0))</td>" }.joined() + "</tr>")
      }
      out.append("</table>")
    }
    out += [
      "<h2>\(e(s.methodHeading))</h2>", "<p>\(e(brief.method))</p>", "</body>", "</html>", "",
    ]
    return out.joined(separator: "\n")
  }

  private static func list(_ heading: String, _ items: [String]) -> String {
    "<div><h4>\(escape(heading))</h4><ul>" + items.map { "<li>\(escape($0))</li>" }.joined()
      + "</ul></div>"
  }

  private static func quote(_ quote: Brief.Quote) -> String {
    "<blockquote>«\(escape(quote.text))» <span class=\"src\">\(escape(quote.source))</span></blockquote>"
  }

  /// `text` with `&`, `<`, `>`, `"` and `'` as character references and control characters other than
  /// tab and line feed dropped, so data text can never become markup.
  static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
