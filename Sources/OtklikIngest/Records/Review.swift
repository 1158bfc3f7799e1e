public import Foundation

/// A customer review of a company, as exported from a map service, a review site or the company.
///
/// Only `company` and `text` are required; every other field is optional because exports differ.
/// A review with a rating but no text is still a review (its `text` is empty).
public struct Review: Sendable, Hashable {
  /// The export's own review id, when it has one; the history store uses it as the identity.
  public var id: String?
  /// The company reviewed (trimmed, as written in the export).
  public var company: String
  /// The branch or address, when the export names one.
  public var branch: String?
  /// Where the review was published ("Яндекс Карты", "2ГИС", …), when known.
  public var source: String?
  /// When the review was written. Local wall-clock time stored as if it were UTC.
  public var date: Date?
  /// The rating on a 1–5 scale (fractions allowed: "4.5", "4,5").
  public var rating: Double?
  /// The author's name as exported; it never reaches a report unmasked.
  public var author: String?
  /// The review text (may be empty).
  public var text: String
  /// The company's reply, when there is one.
  public var reply: String?
  /// When the company replied, when the export says.
  public var replyDate: Date?

  public init(
    id: String? = nil, company: String, branch: String? = nil, source: String? = nil,
    date: Date? = nil, rating: Double? = nil, author: String? = nil, text: String,
    reply: String? = nil, replyDate: Date? = nil
  ) {
    self.id = id
    self.company = company
    self.branch = branch
    self.source = source
    self.date = date
    self.rating = rating
    self.author = author
    self.text = text
    self.reply = reply
    self.replyDate = replyDate
  }
}
