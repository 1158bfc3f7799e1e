import Foundation
import OtklikReport

/// Renders a ``Brief`` as Markdown a methodologist can paste into a document.
///
/// Data text (names, quotes, labels) is written as it is, except that line breaks inside it are folded
/// to spaces and `|` is escaped in tables, so a quote never breaks the layout.
public struct BriefMarkdown: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The Markdown of `brief`, ending with a newline.
  public func render(_ brief: Brief) -> String {
    let s = BriefStrings(ReportLanguage(rawValue: brief.language) ?? .ru)
    let n = s.numbers
    var out: [String] = ["# \(s.title): \(Self.inline(brief.company))", ""]
    if let note = brief.statusNote { out += ["> **\(Self.inline(note))**", ""] }

    out += ["## \(s.whoHeading)", "", Self.inline(s.profileLine(brief.profile)) + ".", ""]
    if !brief.profile.trend.isEmpty {
      out += [
        "**\(s.trendHeading)**", "", Self.row(s.columnsTrend),
        Self.row(s.columnsTrend.map { _ in "---" }),
      ]
      for month in brief.profile.trend {
        out.append(
          Self.row([
            month.month, String(month.reviews), month.meanRating.map { n.decimal($0) } ?? "—",
            month.negativeShare.map { n.percent($0) } ?? "—",
          ]))
      }
      out.append("")
    }
    for (heading, issues) in [
      (s.painHeading, brief.profile.painPoints), (s.praiseHeading, brief.profile.praise),
    ] {
      out += ["**\(heading)**", ""]
      if issues.isEmpty { out.append("- \(s.noIssues)") }
      for issue in issues {
        out.append("- " + Self.inline(s.issueLine(issue)))
        for quote in issue.quotes {
          out.append("  > «\(Self.inline(quote.text))» — `\(quote.source)`")
        }
      }
      out.append("")
    }

    if brief.status != .notEnoughData {
      out += ["## \(s.communityHeading)", ""]
      if brief.community.isEmpty { out.append(s.noCommunity) }
      for need in brief.community { out.append("- " + Self.inline(s.needLine(need))) }
      out.append("")
    }

    if !brief.proposals.isEmpty {
      out += ["## \(s.proposalsHeading)", ""]
      for (index, proposal) in brief.proposals.enumerated() {
        out += [
          "### \(index + 1). \(Self.inline(proposal.title))", "",
          "**\(s.idea).** \(Self.inline(proposal.sentence))", "",
        ]
        out += Self.list(s.goals, proposal.goals) + Self.list(s.tasks, proposal.tasks)
        out += ["**\(s.timeFrame).** \(Self.inline(proposal.timeFrame))", ""]
        out +=
          Self.list(s.businessGives, proposal.businessGives)
          + Self.list(s.businessGets, proposal.businessGets)
        out +=
          Self.list(s.libraryGives, proposal.libraryGives)
          + Self.list(s.libraryGets, proposal.libraryGets)
        out += ["**\(s.fit): \(s.score(proposal.fit.score))**", ""]
        out += proposal.fit.factors.map { "- " + Self.inline($0.reason) }
        out.append("")
        if !proposal.evidence.isEmpty {
          out += ["**\(s.evidence)**", ""]
          out += proposal.evidence.map { "> «\(Self.inline($0.text))» — `\($0.source)`" }
          out.append("")
        }
      }
    }

    if !brief.ranking.isEmpty {
      out += [
        "## \(s.rankingHeading)", "", Self.row(s.columnsRanking),
        Self.row(s.columnsRanking.map { _ in "---" }),
      ]
      for idea in brief.ranking {
        let values = idea.fit.factors.map { s.score($0.value) }
        let factors = idea.fit.factors.count == 3 ? values : ["—"] + values
        out.append(
          Self.row(
            [Self.inline(idea.title)] + factors + [
              s.score(idea.fit.score), idea.isProposed ? s.proposed : (idea.note ?? ""),
            ]))
      }
      out.append("")
    }
    out += ["## \(s.methodHeading)", "", brief.method, ""]
    return out.joined(separator: "\n")
  }

  private static func list(_ heading: String, _ items: [String]) -> [String] {
    ["**\(heading)**", ""] + items.map { "- " + inline($0) } + [""]
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ")
      + " |"
  }

  /// Data text on one line.
  static func inline(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
