/// A template of a partnership the library can propose: what it answers, what each side puts in and
/// takes out, and the one-sentence offer with slots filled from a company's data.
///
/// Loaded from `data/partnership-ideas.yaml`. An idea fits a company when the company's reviews raise
/// one of its ``painPoints`` (as complaints) or ``strengths`` (as praise); the library's resources and
/// the community's ``needs`` decide how well (see ``IdeaRanker``).
public struct PartnershipIdea: Sendable, Hashable, Codable {
  /// The idea's id, unique in the file (`career_days`).
  public var id: String
  /// A short title.
  public var title: LocalizedText
  /// The offer in one sentence, with slots such as `{company}` and `{pain_point}` (see ``Slot``).
  public var sentence: LocalizedText
  /// Pain-point tags whose complaints the idea answers.
  public var painPoints: [String]
  /// Tags whose praise the idea builds on (a bakery praised for taste hosts a tasting).
  public var strengths: [String]
  /// Community need and preference tags the idea answers.
  public var needs: [String]
  /// Pieces of company names the idea suits (`пекарн`, `такси`), compared with case and `ё` ignored;
  /// empty when it suits any company. A river trip suits a boat company, not a supermarket.
  public var companyNames: [String]
  /// The library resources it uses, by id.
  public var resources: [String]
  /// The seats a hall must have, when the idea needs one of the library's spaces.
  public var seats: Int?
  /// Where the idea happens, which decides whose survey answers count and which hall is offered.
  public var place: Place
  /// What the business contributes.
  public var businessGives: [Contribution]
  /// What the business gains.
  public var businessGets: [Contribution]
  /// What the library gains.
  public var libraryGets: [Contribution]
  /// Goals of the partnership.
  public var goals: [LocalizedText]
  /// Tasks that reach them.
  public var tasks: [LocalizedText]
  /// How long it takes, in words (`6 weeks: …`).
  public var timeFrame: LocalizedText

  /// Creates an idea.
  public init(
    id: String, title: LocalizedText, sentence: LocalizedText, painPoints: [String],
    strengths: [String],
    needs: [String], companyNames: [String] = [], resources: [String], seats: Int?,
    place: Place = .company, businessGives: [Contribution],
    businessGets: [Contribution], libraryGets: [Contribution], goals: [LocalizedText],
    tasks: [LocalizedText], timeFrame: LocalizedText
  ) {
    self.id = id
    self.title = title
    self.sentence = sentence
    self.painPoints = painPoints
    self.strengths = strengths
    self.needs = needs
    self.companyNames = companyNames
    self.resources = resources
    self.seats = seats
    self.place = place
    self.businessGives = businessGives
    self.businessGets = businessGets
    self.libraryGets = libraryGets
    self.goals = goals
    self.tasks = tasks
    self.timeFrame = timeFrame
  }

  /// Where an idea happens.
  public enum Place: String, Sendable, Hashable, Codable, CaseIterable {
    /// Near the company: the survey answers of its districts count (the default).
    case company
    /// In the district that asks for the idea's need most (the largest share among groups that are
    /// not small): a pop-up goes where there is no café, wherever the company is.
    case districtMostInNeed = "district_most_in_need"
  }

  /// What one side puts in or takes out, with its category so briefs can group and count them.
  public struct Contribution: Sendable, Hashable, Codable {
    /// The category (`staff_time`, `future_employees`, `new_audiences`, …; see the allowed lists).
    public var kind: String
    /// The contribution in words.
    public var text: LocalizedText

    /// Creates a contribution.
    public init(kind: String, text: LocalizedText) {
      self.kind = kind
      self.text = text
    }

    /// Categories of what a business gives.
    public static let businessGives = [
      "equipment", "funding", "venue", "products", "staff_time", "expertise", "promotion",
    ]
    /// Categories of what a business gets.
    public static let businessGets = [
      "future_employees", "reputation", "sustainability", "new_customers", "feedback",
    ]
    /// Categories of what the library gets.
    public static let libraryGets = [
      "equipment", "new_audiences", "new_format", "funding", "expertise",
    ]
  }

  /// Whether the idea suits a company of this name (always, when ``companyNames`` is empty).
  public func suits(company name: String) -> Bool {
    let key = DistrictName.key(name)
    return companyNames.isEmpty || companyNames.contains { key.contains(DistrictName.key($0)) }
  }

  /// The slots an idea's sentence may use, each filled from the company's or the community's data.
  public enum Slot: String, Sendable, CaseIterable {
    /// The company's name.
    case company
    /// The company's districts, or the city when unknown.
    case district
    /// Reviews of the company.
    case reviews
    /// The label of the matched complaint or praise, whichever the idea rests on.
    case topic
    /// The share of reviews raising it.
    case topicShare = "topic_share"
    /// The label of the matched pain point (ideas with ``painPoints`` and no ``strengths``).
    case painPoint = "pain_point"
    /// The share of reviews raising it (ideas with ``painPoints`` and no ``strengths``).
    case painShare = "pain_share"
    /// The label of the matched praise (ideas with ``strengths`` and no ``painPoints``).
    case strength
    /// The label of the matched community need (needs ``needs``).
    case need
    /// The share of the community asking for it (needs ``needs``).
    case share
  }
}
