import Foundation
import OtklikIngest

extension ReportAggregate {
  /// The summary of everything aggregated, for `metadata`'s run, labelled from `catalog`.
  ///
  /// Pure: the same aggregate, metadata and catalogue always give the same summary.
  public func summary(metadata: RunMetadata, catalog: TagCatalog) -> ReportSummary {
    let language = metadata.language
    let surveyList = surveys.keys.sorted().map {
      surveys[$0]!.summary(
        source: $0, thresholds: metadata.thresholds, catalog: catalog, language: language)
    }
    let companies = self.companies
    let companyList = companies.keys.sorted { lhs, rhs in
      let (a, b) = (companies[lhs]!.reviews, companies[rhs]!.reviews)
      return a != b ? a > b : lhs < rhs
    }.map {
      companies[$0]!.summary(
        name: $0, thresholds: metadata.thresholds, catalog: catalog, language: language)
    }
    return ReportSummary(
      run: ReportSummary.Run(
        id: metadata.runID, generatedAt: Self.iso8601(metadata.now), language: language,
        title: metadata.title.isEmpty ? ReportStrings(language)[.defaultTitle] : metadata.title),
      method: ReportSummary.Method(
        significanceTest: "chi_square_independence", thresholds: metadata.thresholds,
        sentiment: metadata.sentiment),
      data: dataSummary(language), surveys: surveyList, companies: companyList)
  }

  private func dataSummary(_ language: ReportLanguage) -> DataSummary {
    let fileList = files.keys.sorted().map { name in
      let file = files[name]!
      return DataSummary.File(
        file: name, encoding: file.encoding.rawValue, delimiter: Self.delimiterName(file.delimiter),
        hadByteOrderMark: file.hadByteOrderMark, read: file.read, accepted: file.accepted,
        rejected: file.rejected, bytes: file.bytes, isBalanced: file.isBalanced)
    }
    return DataSummary(
      files: fileList, read: fileList.reduce(0) { $0 + $1.read },
      accepted: fileList.reduce(0) { $0 + $1.accepted },
      rejected: fileList.reduce(0) { $0 + $1.rejected },
      rejectReasons: rejectReasons.rankedKeys.map {
        CountedText(text: $0.label(in: language), count: rejectReasons[$0])
      }, unknownSources: unknownSources.countedTexts)
  }

  private static func delimiterName(_ byte: UInt8) -> String {
    byte == 9 ? "tab" : String(UnicodeScalar(byte))
  }

  /// `date` as `yyyy-MM-ddTHH:mm:ssZ` in UTC.
  static func iso8601(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
