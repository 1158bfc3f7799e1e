/// One company as its reviews show it: volume, rating, trend, pain points, praise and where it is.
public struct CompanyFacts: Sendable, Hashable, Codable {
  /// The company as written in the export.
  public var name: String
  /// Reviews.
  public var reviews: Int
  /// Reviews with a text.
  public var withText: Int
  /// Rated reviews.
  public var ratedReviews: Int
  /// Their mean rating, 1–5.
  public var meanRating: Double?
  /// Negative texts / reviews with a text.
  public var negativeShare: Double?
  /// Reviews by month, oldest first.
  public var months: [Month]
  /// Pain points raised as complaints, strongest impact first.
  public var painPoints: [Issue]
  /// Aspects praised, strongest first.
  public var praise: [Issue]
  /// The districts of its branches, most reviewed first (empty when unknown).
  public var districts: [District]
  /// Reviews the company replied to.
  public var replied: Int
  /// replied / reviews.
  public var replyRate: Double

  /// Creates a company's facts.
  public init(
    name: String, reviews: Int, withText: Int, ratedReviews: Int, meanRating: Double?,
    negativeShare: Double?,
    months: [Month] = [], painPoints: [Issue] = [], praise: [Issue] = [],
    districts: [District] = [],
    replied: Int = 0, replyRate: Double = 0
  ) {
    self.name = name
    self.reviews = reviews
    self.withText = withText
    self.ratedReviews = ratedReviews
    self.meanRating = meanRating
    self.negativeShare = negativeShare
    self.months = months
    self.painPoints = painPoints
    self.praise = praise
    self.districts = districts
    self.replied = replied
    self.replyRate = replyRate
  }

  /// One month of reviews.
  public struct Month: Sendable, Hashable, Codable {
    /// `yyyy-MM`.
    public var month: String
    /// Reviews dated in it.
    public var reviews: Int
    /// Their mean rating.
    public var meanRating: Double?
    /// Negative texts / texts.
    public var negativeShare: Double?

    /// Creates a month.
    public init(month: String, reviews: Int, meanRating: Double?, negativeShare: Double?) {
      self.month = month
      self.reviews = reviews
      self.meanRating = meanRating
      self.negativeShare = negativeShare
    }
  }

  /// A pain point or a praised aspect with its numbers and quotes.
  public struct Issue: Sendable, Hashable, Codable {
    /// The taxonomy tag id.
    public var tag: String
    /// Its label.
    public var label: LocalizedText
    /// Reviews raising it.
    public var count: Int
    /// count / reviews with a text.
    public var share: Double
    /// The mean rating of those reviews.
    public var meanRating: Double?
    /// How many stars it moves the company's mean rating (see the report's impact); `nil` when unknown.
    public var impact: Double?
    /// Masked quotes, strongest first.
    public var quotes: [Quote]

    /// Creates an issue.
    public init(
      tag: String, label: LocalizedText, count: Int, share: Double, meanRating: Double? = nil,
      impact: Double? = nil, quotes: [Quote] = []
    ) {
      self.tag = tag
      self.label = label
      self.count = count
      self.share = share
      self.meanRating = meanRating
      self.impact = impact
      self.quotes = quotes
    }
  }

  /// A masked quote with where it comes from.
  public struct Quote: Sendable, Hashable, Codable {
    /// The masked text.
    public var text: String
    /// The file it was read from.
    public var file: String
    /// The line its record starts on.
    public var line: Int
    /// The review's rating.
    public var rating: Double?

    /// Creates a quote.
    public init(text: String, file: String, line: Int, rating: Double? = nil) {
      self.text = text
      self.file = file
      self.line = line
      self.rating = rating
    }
  }

  /// A district the company has a branch in.
  public struct District: Sendable, Hashable, Codable {
    /// The district as the export spells it.
    public var name: String
    /// Reviews of that branch.
    public var reviews: Int

    /// Creates a district.
    public init(name: String, reviews: Int) {
      self.name = name
      self.reviews = reviews
    }
  }
}
