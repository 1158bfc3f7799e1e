import Foundation
import OtklikBrief
import OtklikReport

/// What `otklik brief --company NAME` prints: one company's brief in Markdown, from the last run.
///
/// A brief needs a run's results. Rather than re-running the analysis, it reads the `summary.json` of
/// the run `latest` points at in the config's output folder — the same summary the run's own
/// `briefs/` were written from — so the printed brief always matches the report on disk. Run
/// `otklik run` first when the data has changed.
public enum BriefPrinter {
  /// The Markdown brief of `company` from the last run of `configPath`.
  ///
  /// - Parameters:
  ///   - company: the company's name as the reviews spell it (case and `ё` ignored).
  ///   - language: `ru` or `en`; the config's report language when `nil`.
  ///   - configPath: the run's `otklik.yaml`.
  /// - Throws: ``BriefError``: the config, the last run's summary or the brief data missing or
  ///   broken, or a company the run did not see (the message lists those it did).
  public static func markdown(company: String, language: String?, configPath: String)
    throws(BriefError) -> String
  {
    let config: RunConfig
    do {
      config = try RunConfig.load(path: configPath)
    } catch {
      throw BriefError(subject: configPath, message: "\(error)", exitStatus: .config)
    }
    guard let language = ReportLanguage(rawValue: language ?? config.language) else {
      throw BriefError(subject: "--lang", message: "expected ru or en", exitStatus: .usage)
    }
    let summary = try lastSummary(in: config.outputDirectory)
    let data = try BriefData.load(for: config)
    let input = BriefInput(
      summary: summary, options: data.ideas.surveyOptions, needQuestions: data.ideas.needQuestions,
      catalog: data.catalog)
    guard let facts = input.company(named: company) else {
      let known = input.companies.map(\.name).joined(separator: ", ")
      throw BriefError(
        subject: company, message: "no such company in the last run (companies: \(known))",
        exitStatus: .usage)
    }
    let brief = BriefComposer(resources: data.resources, ideas: data.ideas, language: language)
      .brief(for: facts, community: input.community)
    return BriefMarkdown().render(brief)
  }

  /// The summary of the run `reports/latest` points at.
  static func lastSummary(in reports: URL) throws(BriefError) -> ReportSummary {
    let url = reports.appendingPathComponent("latest").appendingPathComponent(ReportFiles.jsonName)
    guard let bytes = FileManager.default.contents(atPath: url.path) else {
      throw BriefError(
        subject: url.path, message: "no finished run to read (run `otklik run` first)",
        exitStatus: .noInput)
    }
    do {
      return try SummaryJSON.decode(bytes)
    } catch {
      throw BriefError(
        subject: url.path, message: "not a summary this version can read: \(error)",
        exitStatus: .noInput)
    }
  }
}
