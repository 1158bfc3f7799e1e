/// One survey source's results, question by question.
public struct SurveySummary: Sendable, Hashable, Codable {
  /// The source name.
  public var source: String
  /// Responses.
  public var respondents: Int
  /// Responses per file.
  public var files: [CountedText]
  /// The segment column names, in schema order.
  public var segments: [String]
  /// One summary per question, in schema order.
  public var questions: [Question]

  /// One question's results. Exactly one of `options`, `scale`, `nps`, `open` is present, by `kind`.
  public struct Question: Sendable, Hashable, Codable {
    /// The question's index in the schema.
    public var index: Int
    /// The header text.
    public var title: String
    /// `single_choice`, `multiple_choice`, `scale`, `nps` or `open`.
    public var kind: String
    /// Respondents who answered.
    public var answered: Int
    /// Respondents who left it empty.
    public var empty: Int
    /// Choice questions: every option, most chosen first; share = count / answered (multiple choice:
    /// per respondent, so shares may add up to more than 1).
    public var options: [OptionShare]?
    /// Scales.
    public var scale: Scale?
    /// NPS questions.
    public var nps: NPS?
    /// Open questions.
    public var open: Open?
    /// Crosstabs by each segment (choice questions and the tags of open questions).
    public var crosstabs: [CrosstabSummary]
    /// Scale and NPS means by each segment (descriptive; no test).
    public var segmentMeans: [SegmentMeans]
    /// For a row of a grid question `Question [Row]`: the shared question and the row.
    public var grid: Grid?
  }

  /// The place of a question in a grid `Question [Row]`.
  public struct Grid: Sendable, Hashable, Codable {
    /// The shared question text.
    public var question: String
    /// The row label.
    public var row: String
  }

  /// An option with its count and share.
  public struct OptionShare: Sendable, Hashable, Codable {
    /// The option text.
    public var option: String
    /// Respondents who chose it.
    public var count: Int
    /// count / respondents who answered.
    public var share: Double
  }

  /// A whole value of a scale with its count and share.
  public struct ValueShare: Sendable, Hashable, Codable {
    /// The value.
    public var value: Int
    /// Respondents who gave it.
    public var count: Int
    /// count / respondents who answered.
    public var share: Double
  }

  /// A numeric scale's results.
  public struct Scale: Sendable, Hashable, Codable {
    /// The scale's lowest value.
    public var min: Int
    /// The scale's highest value.
    public var max: Int
    /// The mean of the exact answers.
    public var mean: Double
    /// Every value of the scale, low to high, zeros included.
    public var distribution: [ValueShare]
    /// Respondents who gave one of the two highest values.
    public var top2BoxCount: Int
    /// top2BoxCount / answered.
    public var top2Box: Double
  }

  /// Net Promoter Score: promoters 9–10, passives 7–8, detractors 0–6.
  public struct NPS: Sendable, Hashable, Codable {
    /// Respondents who answered.
    public var respondents: Int
    /// Respondents answering 9 or 10.
    public var promoters: Int
    /// Respondents answering 7 or 8.
    public var passives: Int
    /// Respondents answering 0 to 6.
    public var detractors: Int
    /// promoters / respondents.
    public var promoterShare: Double
    /// passives / respondents.
    public var passiveShare: Double
    /// detractors / respondents.
    public var detractorShare: Double
    /// 100 × (promoterShare − detractorShare), −100…100, one decimal.
    public var score: Double
    /// Every value 0–10, zeros included.
    public var distribution: [ValueShare]
  }

  /// An open question's results.
  public struct Open: Sendable, Hashable, Codable {
    /// Non-empty answers analysed.
    public var texts: Int
    /// Answers that are not non-answers: the denominator of tag shares.
    public var substantive: Int
    /// Texts by sentiment; non-answers and texts without signal apart.
    public var sentiment: SentimentCounts
    /// Tags found, most frequent first.
    public var tags: [TagSummary]
    /// Key phrases no tag covers, seen at least `emergingMinCount` times, most frequent first.
    public var emergingThemes: [Theme]
  }

  /// A tag in the answers to an open question.
  public struct TagSummary: Sendable, Hashable, Codable {
    /// The tag.
    public var tag: TagRef
    /// Answers with the tag.
    public var count: Int
    /// count / substantive answers.
    public var share: Double
    /// Those answers by the sentiment of the clause the tag was found in.
    public var sentiment: SentimentCounts
    /// The mean of those clause scores, −1…1.
    public var meanScore: Double
    /// Representative quotes, strongest first.
    public var quotes: [Quote]
  }

  /// An emerging theme: a key phrase no tag covers.
  public struct Theme: Sendable, Hashable, Codable {
    /// The stem key.
    public var key: String
    /// The phrase as written (shortest form seen).
    public var text: String
    /// Answers it occurred in.
    public var count: Int
  }

  /// Means of a scale by the values of one segment.
  public struct SegmentMeans: Sendable, Hashable, Codable {
    /// The segment column.
    public var segment: String
    /// One group per segment value, largest first.
    public var groups: [Group]

    /// One segment value's mean.
    public struct Group: Sendable, Hashable, Codable {
      /// The segment value.
      public var value: String
      /// Respondents.
      public var n: Int
      /// Their mean.
      public var mean: Double
      /// For NPS: the group's score.
      public var nps: Double?
      /// Whether n < `minSegment`.
      public var isSmall: Bool
    }
  }
}

/// A tag as reports name it.
public struct TagRef: Sendable, Hashable, Codable {
  /// The tag id.
  public var id: String
  /// `need`, `preference`, `pain_point` or `praise` (from the catalogue, else from the match).
  public var kind: String
  /// The label in the report's language (the id when the catalogue lacks it).
  public var label: String
}
