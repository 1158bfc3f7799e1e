public import Foundation
import OtklikIngest
public import OtklikReport
import OtklikText

/// What the history store keeps of one accepted record: enough to count it once across runs and to
/// compute trends over time, nothing more (no texts, no authors).
public struct RecordFacts: Sendable, Hashable {
  /// The record's identity across runs: the export's id where there is one, else a content hash.
  public var identity: String
  /// A hash of everything the record says; a changed hash under the same identity is an edit.
  public var contentHash: String
  /// The configured source.
  public var source: String
  /// The company, for reviews.
  public var company: String?
  /// When the review was written or the form submitted.
  public var date: Date?
  /// The review's rating.
  public var rating: Double?
  /// The label of the record's main text (a review's text; a survey's first open answer).
  public var label: String?
  /// The tags of all the record's texts, with the label of the clause each was found in.
  public var tags: [TagFact]

  /// One tag of a record.
  public struct TagFact: Sendable, Hashable {
    public var tagID: String
    public var label: String
    public init(tagID: String, label: String) {
      self.tagID = tagID
      self.label = label
    }
  }

  public init(
    identity: String, contentHash: String, source: String, company: String? = nil,
    date: Date? = nil, rating: Double? = nil, label: String? = nil, tags: [TagFact] = []
  ) {
    self.identity = identity
    self.contentHash = contentHash
    self.source = source
    self.company = company
    self.date = date
    self.rating = rating
    self.label = label
    self.tags = tags
  }

  /// The facts of an analysed record.
  ///
  /// Identity: a review with an export id is `source|company|id`; without one, it is a hash of
  /// source, company, branch, author and date when the author and a date with a time of day are
  /// known (so an edited text stays the same review), else of all its content — a day-only date is
  /// too coarse: two people named "Анна" may review a café on the same day. A survey response is `source|id` or a hash of
  /// its timestamp and answers.
  public init(_ analysed: AnalysedRecord) {
    let record = analysed.record
    var content = StableHash()
    var identityHash = StableHash()
    identityHash.combine(field: record.source)
    var identity: String
    switch record.content {
    case .review(let review):
      for field in [
        review.company, review.branch, review.source,
        review.date.map { "\($0.timeIntervalSince1970)" },
        review.rating.map { "\($0)" }, review.author, review.text, review.reply,
      ] {
        content.combine(field: field)
      }
      if let id = review.id, !id.isEmpty {
        identity = "\(record.source)|\(review.company)|\(id)"
      } else if review.author != nil, let date = review.date,
        date.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) != 0
      {
        for field in [
          review.company, review.branch, review.author, "\(date.timeIntervalSince1970)",
        ] {
          identityHash.combine(field: field)
        }
        identity = identityHash.hex
      } else {
        identity = content.hex
      }
      self.init(
        identity: identity, contentHash: content.hex, source: record.source,
        company: review.company, date: review.date, rating: review.rating)
    case .survey(let response):
      content.combine(field: response.timestamp.map { "\($0.timeIntervalSince1970)" })
      for segment in response.segments { content.combine(field: segment) }
      for answer in response.answers { content.combine(field: "\(answer)") }
      if let id = response.id, !id.isEmpty {
        identity = "\(record.source)|\(id)"
      } else {
        identityHash.combine(content.hex.utf8)
        identity = identityHash.hex
      }
      self.init(
        identity: identity, contentHash: content.hex, source: record.source,
        date: response.timestamp)
    }
    label = analysed.texts.first?.analysis.label.rawValue
    tags = analysed.texts.flatMap { text in
      text.analysis.tags.map { TagFact(tagID: $0.tagID, label: $0.label.rawValue) }
    }
  }
}
