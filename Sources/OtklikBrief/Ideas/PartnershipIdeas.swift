/// The idea templates, the ranking's settings and the mapping of survey answers to tags: the contents
/// of `data/partnership-ideas.yaml`.
public struct PartnershipIdeas: Sendable, Hashable {
  /// The ideas, in file order.
  public var ideas: [PartnershipIdea]
  /// The settings of the ranking.
  public var scoring: Scoring
  /// Which answers of closed survey questions stand for which tags.
  public var surveyOptions: [SurveyOption]
  /// Pieces of the titles of open questions whose tags count as community needs ("не хватает",
  /// "сделало бы"); empty: every open question counts. "What do you like to eat and where?" names
  /// cafés without asking for one, so only questions about lacks and wishes should speak for needs.
  public var needQuestions: [String]

  /// Creates the contents of an ideas file.
  public init(
    ideas: [PartnershipIdea], scoring: Scoring = Scoring(), surveyOptions: [SurveyOption] = [],
    needQuestions: [String] = []
  ) {
    self.ideas = ideas
    self.scoring = scoring
    self.surveyOptions = surveyOptions
    self.needQuestions = needQuestions
  }

  /// The numbers that decide when a brief proposes an idea and when it says the data is too thin.
  public struct Scoring: Sendable, Hashable, Codable {
    /// A company with fewer reviews gets "not enough data" instead of proposals (default 10).
    public var minReviews: Int
    /// The lowest fit score an idea must exceed to be proposed (default 0.01).
    public var threshold: Double
    /// Proposals per brief at most (default 3).
    public var maxProposals: Int
    /// The community factor of an idea no survey answer speaks for (default 0.1): such an idea can
    /// still be proposed on a strong pain point, at a tenth of the weight of one everybody asks for.
    public var communityFloor: Double
    /// The rating gap, in stars, assumed for a topic whose reviews carry no ratings (default 1).
    public var unknownGap: Double
    /// How much praise counts against complaints in the company factor (default 0.25): the library
    /// answers a partner's pains first and builds on its strengths second.
    public var strengthWeight: Double

    /// Creates settings; every argument has the shipped default.
    public init(
      minReviews: Int = 10, threshold: Double = 0.01, maxProposals: Int = 3,
      communityFloor: Double = 0.1,
      unknownGap: Double = 1, strengthWeight: Double = 0.25
    ) {
      self.minReviews = minReviews
      self.threshold = threshold
      self.maxProposals = maxProposals
      self.communityFloor = communityFloor
      self.unknownGap = unknownGap
      self.strengthWeight = strengthWeight
    }
  }

  /// Answers of one closed survey question that stand for a tag ("Wi-Fi и розетки…" → coworking).
  ///
  /// Closed questions carry no tags of their own; this mapping lets their shares count as community
  /// needs. Several options of a single-choice question are added up ("Да, обязательно" + "Скорее да");
  /// of a multiple-choice question the most chosen one counts, since respondents may tick several.
  public struct SurveyOption: Sendable, Hashable, Codable {
    /// The tag the answers stand for.
    public var tag: String
    /// A piece of the question's title, compared with case and line breaks ignored.
    public var question: String
    /// The options, as the survey spells them.
    public var options: [String]

    /// Creates a mapping.
    public init(tag: String, question: String, options: [String]) {
      self.tag = tag
      self.question = question
      self.options = options
    }
  }

  /// The idea with this id, if any.
  public func idea(id: String) -> PartnershipIdea? {
    ideas.first { $0.id == id }
  }
}
