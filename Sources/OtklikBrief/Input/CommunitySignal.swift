/// One thing the community says it wants, with how many say so overall and in each group.
///
/// A signal is either the share of respondents choosing an answer of a closed question that stands for
/// a tag (see ``PartnershipIdeas/SurveyOption``) or the share of open answers carrying a need or
/// preference tag.
public struct CommunitySignal: Sendable, Hashable, Codable {
  /// The need or preference tag it stands for.
  public var tag: String
  /// What respondents said or chose (the option, or the tag's label).
  public var label: LocalizedText
  /// The survey source.
  public var source: String
  /// The question's title.
  public var question: String
  /// Respondents with it, overall.
  public var count: Int
  /// Respondents who answered the question (the denominator).
  public var base: Int
  /// count / base.
  public var share: Double
  /// The same share in each group of each segment.
  public var groups: [Group]

  /// Creates a signal.
  public init(
    tag: String, label: LocalizedText, source: String, question: String, count: Int, base: Int,
    share: Double,
    groups: [Group] = []
  ) {
    self.tag = tag
    self.label = label
    self.source = source
    self.question = question
    self.count = count
    self.base = base
    self.share = share
    self.groups = groups
  }

  /// What a segment column describes, as far as briefs care.
  public enum Dimension: String, Sendable, Hashable, Codable {
    /// Where respondents live: matched with a company's districts.
    case district
    /// How old they are.
    case age
    /// Anything else (gender, place chosen…).
    case other
  }

  /// The signal within one segment value.
  public struct Group: Sendable, Hashable, Codable {
    /// The segment column (`Ваш район`).
    public var segment: String
    /// What the segment describes.
    public var dimension: Dimension
    /// The value (`Колычёво`, `18–24`).
    public var value: String
    /// Respondents in the group with it.
    public var count: Int
    /// Respondents in the group who answered.
    public var base: Int
    /// count / base.
    public var share: Double
    /// Whether the group differs significantly from the rest (`above` / `below`), per the report's test.
    public var mark: String?
    /// Whether the group is too small to read alone.
    public var isSmall: Bool

    /// Creates a group.
    public init(
      segment: String, dimension: Dimension, value: String, count: Int, base: Int, share: Double,
      mark: String? = nil, isSmall: Bool = false
    ) {
      self.segment = segment
      self.dimension = dimension
      self.value = value
      self.count = count
      self.base = base
      self.share = share
      self.mark = mark
      self.isSmall = isSmall
    }
  }
}
