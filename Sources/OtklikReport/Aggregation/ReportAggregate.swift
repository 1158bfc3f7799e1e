import Foundation
public import OtklikIngest
import OtklikText

/// The mergeable state of a whole run: survey and company aggregates, file accounting and rejects.
///
/// Feed it every ``AnalysedRecord``, ``Reject`` and ``FileAccounting`` in any order, on as many
/// shards as you like, then ``merge(_:)`` the shards: the result equals what one aggregate fed the
/// whole stream holds. Call ``summary(metadata:catalog:)`` once at the end.
public struct ReportAggregate: Sendable, Equatable {
  /// Survey aggregates by source name.
  public private(set) var surveys: [String: SurveyAggregate] = [:]
  /// Company aggregates by company name.
  public var companies: [String: CompanyAggregate] {
    Dictionary(uniqueKeysWithValues: companyAggregates.map { ($0.key.text, $0.value) })
  }
  /// ``companies``, keyed for the per-record lookup (see ``CanonicalKey``).
  private var companyAggregates: [CanonicalKey: CompanyAggregate] = [:]
  /// File accounting by file.
  public private(set) var files: [String: FileAccounting] = [:]
  /// Rejects by the kind of problem (the record's own values are in `rejects.csv`).
  public private(set) var rejectReasons = Tally<RejectCategory>()
  /// Records whose source the aggregate was not told about, by source name (not aggregated).
  public private(set) var unknownSources = Tally<String>()
  /// The sources described, by name.
  public let sources: [String: ReportSource]
  /// Quote and example limits.
  let thresholds: ReportThresholds
  /// How quotes are cut and masked.
  let maker: QuoteMaker

  /// Creates an empty aggregate for `sources`, with the quote limits and masks of `metadata`.
  public init(sources: [ReportSource], metadata: RunMetadata) {
    var byName: [String: ReportSource] = [:]
    for source in sources { byName[source.name] = source }
    self.sources = byName
    thresholds = metadata.thresholds
    maker = QuoteMaker(
      masker: PIIMasker(language: metadata.language), maxLength: metadata.thresholds.maxQuoteLength)
    for source in sources where source.kind == .survey {
      if let schema = source.schema {
        surveys[source.name] = SurveyAggregate(
          schema: schema, quoteCapacity: metadata.thresholds.quotesPerTag)
      }
    }
  }

  /// Adds one analysed record.
  public mutating func add(_ analysed: AnalysedRecord) {
    let record = analysed.record
    switch record.content {
    case .survey(let response):
      guard surveys[record.source] != nil else {
        unknownSources.add(record.source)
        return
      }
      surveys[record.source]!.add(
        response, texts: analysed.texts, origin: record.origin, maker: maker)
    case .review(let review):
      let company = CompanyAggregate.trimmed(review.company)
      let analysis = analysed.texts.first(where: { $0.field == 0 })?.analysis
      companyAggregates[
        CanonicalKey(company),
        default: CompanyAggregate(
          quoteCapacity: thresholds.quotesPerTag, mismatchCapacity: thresholds.mismatchExamples)
      ]
      .add(review, analysis: analysis, origin: record.origin, maker: maker)
    }
  }

  /// Counts one reject.
  public mutating func add(_ reject: Reject) {
    rejectReasons.add(RejectCategory(reason: reject.reason))
  }

  /// Records one file's accounting; accounting for the same file twice (two shards) is summed.
  public mutating func add(_ accounting: FileAccounting) {
    guard var current = files[accounting.file] else {
      files[accounting.file] = accounting
      return
    }
    current.read += accounting.read
    current.accepted += accounting.accepted
    current.rejected += accounting.rejected
    current.bytes += accounting.bytes
    current.hadByteOrderMark = current.hadByteOrderMark || accounting.hadByteOrderMark
    files[accounting.file] = current
  }

  /// Adds everything `other` holds; both must have been created with the same sources and metadata.
  public mutating func merge(_ other: ReportAggregate) {
    for (name, survey) in other.surveys {
      if surveys[name] == nil { surveys[name] = survey } else { surveys[name]!.merge(survey) }
    }
    for (name, company) in other.companyAggregates {
      if companyAggregates[name] == nil {
        companyAggregates[name] = company
      } else {
        companyAggregates[name]!.merge(company)
      }
    }
    for name in other.files.keys.sorted() { add(other.files[name]!) }
    rejectReasons.merge(other.rejectReasons)
    unknownSources.merge(other.unknownSources)
  }
}
