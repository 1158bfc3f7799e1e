/// One company's reviews: rating, sentiment, trend, pain points and praise ranked by impact,
/// mismatches, replies and branches.
public struct CompanySummary: Sendable, Hashable, Codable {
  /// The company as written in the export.
  public var name: String
  /// Reviews.
  public var reviews: Int
  /// Reviews with a text.
  public var withText: Int
  /// Ratings, when any review has one.
  public var rating: Rating?
  /// Review texts by sentiment.
  public var sentiment: SentimentCounts
  /// negative texts / reviews with a text.
  public var negativeShare: Double?
  /// Dated reviews by month, oldest first.
  public var months: [Month]
  /// Pain points, highest impact first (see ``ImpactItem``).
  public var painPoints: [ImpactItem]
  /// Praise, highest impact first.
  public var praise: [ImpactItem]
  /// Rating / text mismatches.
  public var mismatches: Mismatches
  /// Replies by the company.
  public var replies: Replies
  /// Branches, most reviewed first (empty when the export names none).
  public var branches: [Branch]
  /// Key phrases no tag covers in negative reviews, seen in at least `emergingMinCount` of them,
  /// most frequent first: complaints to add to the taxonomy. Optional only so that summaries written
  /// before the field existed still decode; this code always writes it.
  public var emergingComplaints: [SurveySummary.Theme]?

  /// Ratings of a company.
  public struct Rating: Sendable, Hashable, Codable {
    /// Rated reviews.
    public var count: Int
    /// Their mean (3 decimals).
    public var mean: Double
    /// Whole stars 1–5, zeros included.
    public var distribution: [SurveySummary.ValueShare]
  }

  /// One month of reviews.
  public struct Month: Sendable, Hashable, Codable {
    /// `yyyy-MM`.
    public var month: String
    /// Reviews dated in it.
    public var reviews: Int
    /// Their mean rating.
    public var meanRating: Double?
    /// negative texts / texts.
    public var negativeShare: Double?
  }

  /// A pain point or a praised aspect, ranked by its impact on the mean rating.
  ///
  /// Impact of a pain point t: with N rated reviews of mean μ, and n_t of them complaining about t
  /// with mean μ_t, impact = μ_without − μ where μ_without = (N·μ − n_t·μ_t)/(N − n_t), the mean
  /// the company would have without those reviews. Equivalently n_t·(μ − μ_t)/(N − n_t): the gap
  /// between the complaints and the rest, weighted by how many complain. In stars; positive means
  /// the complaints pull the rating down. For praise, impact = μ − μ_without: how much the praising
  /// reviews hold the rating up. Absent when every rated review mentions t (no rest to compare) or
  /// none is rated. Ranking: impact (absent last), then count, then tag id.
  public struct ImpactItem: Sendable, Hashable, Codable {
    /// The tag.
    public var tag: TagRef
    /// Reviews raising it.
    public var count: Int
    /// count / reviews with a text.
    public var share: Double
    /// Those with a rating.
    public var ratedCount: Int
    /// Their mean rating.
    public var meanRating: Double?
    /// The impact in stars (3 decimals).
    public var impact: Double?
    /// One to three quotes, strongest first.
    public var quotes: [Quote]
  }

  /// Reviews whose rating and text disagree.
  public struct Mismatches: Sendable, Hashable, Codable {
    /// 5 stars with a negative text.
    public var fiveStarNegative: Int
    /// 1 star with a positive text.
    public var oneStarPositive: Int
    /// The clearest of them, strongest first.
    public var examples: [Quote]
  }

  /// Replies by the company.
  public struct Replies: Sendable, Hashable, Codable {
    /// Reviews with a reply.
    public var replied: Int
    /// replied / reviews.
    public var rate: Double
    /// Replies with both dates known.
    public var timed: Int
    /// Their mean delay in days (2 decimals).
    public var meanDelayDays: Double?
    /// Delays by bucket (`le_1d`, `le_3d`, `le_7d`, `le_30d`, `gt_30d`), all buckets listed.
    public var delays: [CountedText]
  }

  /// One branch.
  public struct Branch: Sendable, Hashable, Codable {
    /// The branch as written.
    public var name: String
    /// Reviews.
    public var reviews: Int
    /// Their mean rating.
    public var meanRating: Double?
    /// negative texts / texts.
    public var negativeShare: Double?
    /// The branch's most frequent complaints (up to three, by count then id). Optional only so that
    /// summaries written before the field existed still decode.
    public var topPainPoints: [TagCount]?
  }

  /// A tag with a count.
  public struct TagCount: Sendable, Hashable, Codable {
    /// The tag.
    public var tag: TagRef
    /// How many reviews raise it.
    public var count: Int
  }
}
