/// One company's brief in one language: what a methodologist takes to a first meeting.
///
/// Composed by ``BriefComposer`` and rendered as Markdown, HTML and JSON. Texts are already in the
/// brief's language; numbers are kept as numbers (shares in [0, 1], ratings in stars) so that JSON
/// readers can use them and every one can be traced to a field of ``BriefInput``.
public struct Brief: Sendable, Hashable, Codable {
  /// The version of the JSON layout written by this code.
  public static let currentSchemaVersion = 1

  /// The JSON layout's version.
  public var schemaVersion: Int
  /// `ru` or `en`.
  public var language: String
  /// The company.
  public var company: String
  /// Whether the brief proposes anything, and if not why.
  public var status: Status
  /// The honest sentence explaining a brief without proposals; `nil` when there are proposals.
  public var statusNote: String?
  /// The company as the reviews show it.
  public var profile: Profile
  /// What the community around it asks for, strongest first.
  public var community: [CommunityNeed]
  /// The proposals, best first (empty when ``status`` is not `proposals`).
  public var proposals: [Proposal]
  /// Every idea with a company match, scored, best first: the ranking's reasons.
  public var ranking: [RankedIdea]
  /// The formula and thresholds, in words.
  public var method: String

  /// Whether the brief proposes anything.
  public enum Status: String, Sendable, Hashable, Codable {
    /// Two or three proposals.
    case proposals
    /// Fewer reviews than the minimum: nothing is proposed.
    case notEnoughData = "not_enough_data"
    /// No idea scores above the threshold.
    case noFit = "no_fit"
  }

  /// The company's facts as printed.
  public struct Profile: Sendable, Hashable, Codable {
    /// Reviews.
    public var reviews: Int
    /// Reviews with a text.
    public var withText: Int
    /// Rated reviews.
    public var ratedReviews: Int
    /// Their mean rating.
    public var meanRating: Double?
    /// Negative texts / texts.
    public var negativeShare: Double?
    /// replied / reviews.
    public var replyRate: Double
    /// Reviews the company replied to.
    public var replied: Int
    /// Districts of its branches.
    public var districts: [String]
    /// The last months, oldest first.
    public var trend: [Month]
    /// Top pain points.
    public var painPoints: [Issue]
    /// Top praise.
    public var praise: [Issue]
  }

  /// A month of the trend.
  public struct Month: Sendable, Hashable, Codable {
    /// `yyyy-MM`.
    public var month: String
    /// Reviews.
    public var reviews: Int
    /// Mean rating.
    public var meanRating: Double?
    /// Negative share.
    public var negativeShare: Double?
  }

  /// A pain point or praise as printed.
  public struct Issue: Sendable, Hashable, Codable {
    /// The tag id.
    public var tag: String
    /// Its label.
    public var label: String
    /// Reviews raising it.
    public var count: Int
    /// count / reviews with a text.
    public var share: Double
    /// Their mean rating.
    public var meanRating: Double?
    /// Impact in stars.
    public var impact: Double?
    /// One or two quotes.
    public var quotes: [Quote]
  }

  /// A quote with its source.
  public struct Quote: Sendable, Hashable, Codable {
    /// The masked text.
    public var text: String
    /// `file:line`.
    public var source: String
  }

  /// A community need matching the ideas, in the company's districts where known.
  public struct CommunityNeed: Sendable, Hashable, Codable {
    /// The tag.
    public var tag: String
    /// What respondents chose or wrote.
    public var label: String
    /// `source: question`.
    public var source: String
    /// The company's districts the numbers are for; empty when overall.
    public var districts: [String]
    /// Respondents with it there.
    public var count: Int
    /// Respondents there.
    public var base: Int
    /// count / base.
    public var share: Double
    /// The overall count.
    public var overallCount: Int
    /// The overall base.
    public var overallBase: Int
    /// The overall share.
    public var overallShare: Double
    /// Age groups significantly above the rest.
    public var standouts: [Group]
  }

  /// A segment group's numbers.
  public struct Group: Sendable, Hashable, Codable {
    /// The segment column.
    public var segment: String
    /// The value.
    public var value: String
    /// Count.
    public var count: Int
    /// Base.
    public var base: Int
    /// Share.
    public var share: Double
  }

  /// A proposal a partner can say yes to.
  public struct Proposal: Sendable, Hashable, Codable {
    /// The idea's id.
    public var idea: String
    /// Its title.
    public var title: String
    /// The offer in one sentence, slots filled.
    public var sentence: String
    /// Goals.
    public var goals: [String]
    /// Tasks.
    public var tasks: [String]
    /// Time frame.
    public var timeFrame: String
    /// What the business gives.
    public var businessGives: [String]
    /// What the business gets.
    public var businessGets: [String]
    /// What the library gives: resources, the hall first.
    public var libraryGives: [String]
    /// What the library gets.
    public var libraryGets: [String]
    /// The fit and its factors.
    public var fit: Fit
    /// Quotes behind the matched pain point or praise.
    public var evidence: [Quote]
  }

  /// A score with its three factors, each explained.
  public struct Fit: Sendable, Hashable, Codable {
    /// The product of the factors.
    public var score: Double
    /// Company × library × community, in that order.
    public var factors: [Factor]
  }

  /// One factor of a fit.
  public struct Factor: Sendable, Hashable, Codable {
    /// `company`, `library` or `community`.
    public var name: String
    /// Its value.
    public var value: Double
    /// Where it comes from, in words with the numbers.
    public var reason: String
  }

  /// An idea in the ranking table.
  public struct RankedIdea: Sendable, Hashable, Codable {
    /// The idea's id.
    public var idea: String
    /// Its title.
    public var title: String
    /// Its fit.
    public var fit: Fit
    /// Whether it is proposed.
    public var isProposed: Bool
    /// Why not, when it is not.
    public var note: String?
  }
}
