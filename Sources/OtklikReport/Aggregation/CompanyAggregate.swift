import Foundation
import OtklikIngest
public import OtklikText

/// Everything the reviews of one company add up to: ratings, sentiment, months, tags, mismatches,
/// replies and branches.
public struct CompanyAggregate: Sendable, Equatable {
  /// One tag's mentions in the reviews of a company, split into complaints and praise.
  public struct TagAggregate: Sendable, Equatable {
    /// Reviews in which the tag is a complaint (found in a negative clause).
    public private(set) var painCount = 0
    /// Ratings of those reviews that have one.
    public private(set) var painRatings = Moments()
    /// Reviews in which the tag is praise (see ``CompanyAggregate/isPraise(_:)``).
    public private(set) var praiseCount = 0
    /// Ratings of those reviews that have one.
    public private(set) var praiseRatings = Moments()
    /// Reviews in which the tag was found in a neutral or unscored clause.
    public private(set) var otherCount = 0
    /// The best complaint quotes.
    public private(set) var painQuotes: TopK<Quote>
    /// The best praise quotes.
    public private(set) var praiseQuotes: TopK<Quote>

    /// Creates an empty tag aggregate keeping `quoteCapacity` quotes of each side.
    init(quoteCapacity: Int) {
      painQuotes = TopK(capacity: quoteCapacity)
      praiseQuotes = TopK(capacity: quoteCapacity)
    }

    /// Counts one review with the tag as a complaint, praise or neither, with its rating.
    mutating func add(_ match: TagMatch, rating: Double?, offerQuote: (inout TopK<Quote>) -> Void) {
      if CompanyAggregate.isPain(match) {
        painCount += 1
        if let rating { painRatings.add(rating) }
        offerQuote(&painQuotes)
      } else if CompanyAggregate.isPraise(match) {
        praiseCount += 1
        if let rating { praiseRatings.add(rating) }
        offerQuote(&praiseQuotes)
      } else {
        otherCount += 1
      }
    }

    /// Adds every count and quote of `other`.
    mutating func merge(_ other: TagAggregate) {
      painCount += other.painCount
      painRatings.merge(other.painRatings)
      praiseCount += other.praiseCount
      praiseRatings.merge(other.praiseRatings)
      otherCount += other.otherCount
      painQuotes.merge(other.painQuotes)
      praiseQuotes.merge(other.praiseQuotes)
    }
  }

  /// The reviews of a month or of a branch.
  public struct MonthAggregate: Sendable, Equatable {
    /// Reviews dated in the month.
    public internal(set) var reviews = 0
    /// Their ratings.
    public internal(set) var ratings = Moments()
    /// Those with a text.
    public internal(set) var withText = 0
    /// Those whose text is negative.
    public internal(set) var negative = 0
    /// Complaints by tag id (see ``CompanyAggregate/isPain(_:)``).
    public internal(set) var pains = Tally<String>()

    /// Adds `other`'s counts.
    mutating func merge(_ other: MonthAggregate) {
      reviews += other.reviews
      ratings.merge(other.ratings)
      withText += other.withText
      negative += other.negative
      pains.merge(other.pains)
    }
  }

  /// Reviews.
  public private(set) var reviews = 0
  /// Reviews with a non-empty text.
  public private(set) var withText = 0
  /// Ratings, exact.
  public private(set) var ratings = Moments()
  /// Ratings rounded to whole stars (1–5).
  public private(set) var stars = Tally<Int>()
  /// Texts by label.
  public private(set) var sentiment = Tally<SentimentLabel>()
  /// Dated reviews by month.
  public private(set) var months: [MonthKey: MonthAggregate] = [:]
  /// Tags by id.
  public private(set) var tags: [String: TagAggregate] = [:]
  /// Reviews of 5 stars whose text is negative.
  public private(set) var fiveStarNegative = 0
  /// Reviews of 1 star whose text is positive.
  public private(set) var oneStarPositive = 0
  /// The clearest mismatches, for an analyst to read.
  public private(set) var mismatches: TopK<Quote>
  /// Reviews with a reply from the company.
  public private(set) var replied = 0
  /// Reply delays in whole hours, where both dates are known and the reply is not earlier.
  public private(set) var replyHours = Moments()
  /// Reply delays by bucket (see ``ReplyDelayBucket``).
  public private(set) var replyBuckets = Tally<ReplyDelayBucket>()
  /// Per branch, when the export names branches.
  public var branches: [String: MonthAggregate] {
    Dictionary(uniqueKeysWithValues: branchAggregates.map { ($0.key.text, $0.value) })
  }
  /// ``branches``, keyed for the per-record lookup (see ``CanonicalKey``).
  private var branchAggregates: [CanonicalKey: MonthAggregate] = [:]
  /// Key phrases no tag covers, from negative texts only: complaints the taxonomy does not know yet.
  public private(set) var negativePhrases = PhraseTally()
  /// Quotes kept per tag and side.
  let quoteCapacity: Int

  /// Creates an empty aggregate.
  init(quoteCapacity: Int, mismatchCapacity: Int) {
    self.quoteCapacity = quoteCapacity
    mismatches = TopK(capacity: mismatchCapacity)
  }

  /// Whether a tag match is a complaint: found in a negative clause, and not a praise-only tag.
  public static func isPain(_ match: TagMatch) -> Bool {
    match.label == .negative && match.kind != .praise
  }

  /// Whether a tag match is praise: a pain-point aspect in a positive clause, or a praise tag in a
  /// clause that is not negative.
  public static func isPraise(_ match: TagMatch) -> Bool {
    switch match.kind {
    case .praise: match.label != .negative
    case .painPoint, .need, .preference: match.label == .positive
    }
  }

  /// Counts one review with the analysis of its text, if it has one.
  mutating func add(
    _ review: Review, analysis: TextAnalysis?, origin: RecordOrigin, maker: QuoteMaker
  ) {
    reviews += 1
    var drafts = QuoteMaker.Drafts()
    let hasText = !review.text.allSatisfy(\.isWhitespace)
    let label = hasText ? analysis?.label : nil
    var month = MonthAggregate()
    month.reviews = 1
    if hasText {
      withText += 1
      month.withText = 1
      if let label { sentiment.add(label) }
      if label == .negative { month.negative = 1 }
      for match in analysis?.tags ?? [] where Self.isPain(match) { month.pains.add(match.tagID) }
    }
    if let rating = review.rating {
      ratings.add(rating)
      month.ratings.add(rating)
      let star = min(5, max(1, Int(rating.rounded())))
      stars.add(star)
      let mismatch = (star == 5 && label == .negative) || (star == 1 && label == .positive)
      if star == 5 && label == .negative { fiveStarNegative += 1 }
      if star == 1 && label == .positive { oneStarPositive += 1 }
      if mismatch, let analysis {
        maker.offer(
          review.text, analysis: analysis, clause: nil, evidenceCount: 0, origin: origin,
          author: review.author, rating: rating, drafts: &drafts, to: &mismatches)
      }
    }
    if let date = review.date { months[MonthKey(date), default: MonthAggregate()].merge(month) }
    if let branch = review.branch.map(Self.trimmed), !branch.isEmpty {
      branchAggregates[CanonicalKey(branch), default: MonthAggregate()].merge(month)
    }
    if let reply = review.reply, !reply.allSatisfy(\.isWhitespace) {
      replied += 1
      if let date = review.date, let replyDate = review.replyDate, replyDate >= date {
        let hours = (replyDate.timeIntervalSince(date) / 3_600).rounded()
        replyHours.add(hours)
        replyBuckets.add(ReplyDelayBucket(hours: hours))
      }
    }
    guard hasText, let analysis else { return }
    if analysis.label == .negative { negativePhrases.addOnce(analysis.keyPhrases) }
    for match in analysis.tags {
      tags[match.tagID, default: TagAggregate(quoteCapacity: quoteCapacity)]
        .add(match, rating: review.rating) { top in
          maker.offer(
            review.text, analysis: analysis, clause: match.clause,
            evidenceCount: match.evidence.count,
            origin: origin, author: review.author, rating: review.rating, drafts: &drafts,
            to: &top)
        }
    }
  }

  /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation's scan when the text starts and
  /// ends with a character that is never whitespace: company and branch names are trimmed once per
  /// record, and `Кафе «Ладья»` ends with a guillemet.
  static func trimmed(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
      isNeverWhitespace(first), isNeverWhitespace(last)
    else { return text.trimmingCharacters(in: .whitespaces) }
    return text
  }

  /// Printable ASCII, Latin-1 letters and signs (not the no-break space), Cyrillic, the dashes,
  /// quotes and ellipsis of General Punctuation (U+2010–U+2027), and `№`.
  private static func isNeverWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21...0x7E, 0xA1...0xFF, 0x400...0x4FF, 0x2010...0x2027, 0x2116: true
    default: false
    }
  }

  /// Adds everything `other` counted.
  mutating func merge(_ other: CompanyAggregate) {
    reviews += other.reviews
    withText += other.withText
    ratings.merge(other.ratings)
    stars.merge(other.stars)
    sentiment.merge(other.sentiment)
    for (key, month) in other.months { months[key, default: MonthAggregate()].merge(month) }
    for (id, tag) in other.tags {
      tags[id, default: TagAggregate(quoteCapacity: quoteCapacity)].merge(tag)
    }
    fiveStarNegative += other.fiveStarNegative
    oneStarPositive += other.oneStarPositive
    mismatches.merge(other.mismatches)
    replied += other.replied
    replyHours.merge(other.replyHours)
    replyBuckets.merge(other.replyBuckets)
    for (name, branch) in other.branchAggregates {
      branchAggregates[name, default: MonthAggregate()].merge(branch)
    }
    negativePhrases.merge(other.negativePhrases)
  }
}
