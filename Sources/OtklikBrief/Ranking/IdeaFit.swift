/// How well one idea fits one company, factor by factor, each with the numbers it rests on.
///
/// fit = ``company`` × ``library`` × ``community``; the brief prints every factor with its source, so
/// the ranking can be checked by hand.
public struct IdeaFit: Sendable, Hashable, Codable {
  /// The idea's id.
  public var idea: String
  /// How strongly the company's customers feel what the idea answers; `nil` when nothing matches.
  public var company: CompanyFactor?
  /// How well the library's resources answer the idea's needs.
  public var library: LibraryFactor
  /// How much the community wants it.
  public var community: CommunityFactor
  /// The product of the three factors (0 when the company factor is absent).
  public var score: Double
  /// Why the idea cannot be proposed even if it scores (`no hall seats 40`), else `nil`.
  public var blocker: String?

  /// Creates a fit.
  public init(
    idea: String, company: CompanyFactor?, library: LibraryFactor, community: CommunityFactor,
    blocker: String?
  ) {
    self.idea = idea
    self.company = company
    self.library = library
    self.community = community
    self.blocker = blocker
    self.score = (company?.value ?? 0) * library.value * community.value
  }

  /// share of reviews × rating gap in stars of the strongest matching complaint (or, weighted, praise).
  ///
  /// The gap is how far the reviews raising the topic sit from the rest of the company's reviews:
  /// the rest's mean minus theirs for a complaint, theirs minus the rest's for praise. (The report's
  /// impact already weighs the gap by how many raise it; multiplying that by the share again would
  /// count prevalence twice.)
  public struct CompanyFactor: Sendable, Hashable, Codable {
    /// Whether it is a complaint (`pain_point`) or praise (`strength`).
    public var basis: Basis
    /// The issue matched, with its numbers and quotes.
    public var issue: CompanyFacts.Issue
    /// The mean rating of the company's other reviews, when known.
    public var restMean: Double?
    /// The gap in stars, floored at 0, or the configured stand-in when ratings are unknown.
    public var gap: Double
    /// Whether ``gap`` is the stand-in.
    public var isGapAssumed: Bool
    /// 1 for a complaint, the configured strength weight for praise.
    public var weight: Double
    /// weight × share × gap.
    public var value: Double

    /// What the company factor rests on.
    public enum Basis: String, Sendable, Hashable, Codable {
      /// A complaint the idea answers.
      case painPoint = "pain_point"
      /// Praise the idea builds on.
      case strength
    }
  }

  /// The share of the idea's tags that the library's chosen resources answer.
  public struct LibraryFactor: Sendable, Hashable, Codable {
    /// The idea's pain-point and need tags.
    public var tags: [String]
    /// Those some chosen resource answers.
    public var covered: [String]
    /// The resources used, by id, the chosen hall first when there is one.
    public var resources: [String]
    /// The hall chosen, by id.
    public var space: String?
    /// covered / tags.
    public var value: Double
  }

  /// The share of respondents asking for what the idea answers.
  public struct CommunityFactor: Sendable, Hashable, Codable {
    /// The strongest matching signal; `nil` when no survey answer speaks for the idea.
    public var signal: CommunitySignal?
    /// The districts the share is taken in; empty when it is the overall share.
    public var districts: [String]
    /// Respondents with it in those districts (or overall).
    public var count: Int
    /// Respondents who answered there.
    public var base: Int
    /// The value used: count / base, or the configured floor when no signal matches.
    public var value: Double
  }
}
