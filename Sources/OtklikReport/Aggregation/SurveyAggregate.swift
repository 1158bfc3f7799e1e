public import OtklikIngest

/// Everything one survey source adds up to, question by question.
public struct SurveyAggregate: Sendable, Equatable {
  /// The source's schema; questions and segments line up with it by index.
  public let schema: SurveySchema
  /// Responses aggregated.
  public private(set) var respondents = 0
  /// Responses per file.
  public private(set) var files = Tally<String>()
  /// One aggregate per schema question.
  public private(set) var questions: [QuestionAggregate]

  /// Creates an empty aggregate for `schema`.
  init(schema: SurveySchema, quoteCapacity: Int) {
    self.schema = schema
    questions = schema.questions.map {
      QuestionAggregate(
        kind: $0.kind, segments: schema.segments.count, quoteCapacity: quoteCapacity)
    }
  }

  /// Counts one response, with the analyses of its open answers.
  mutating func add(
    _ response: SurveyResponse, texts: [AnalysedText], origin: RecordOrigin, maker: QuoteMaker
  ) {
    respondents += 1
    files.add(origin.file)
    for (index, answer) in response.answers.enumerated() where index < questions.count {
      let analysis = texts.first(where: { $0.field == index })?.analysis
      questions[index].add(
        answer, analysis: analysis, segments: response.segments, origin: origin, maker: maker)
    }
  }

  /// Adds everything `other` counted; both have the same schema.
  mutating func merge(_ other: SurveyAggregate) {
    respondents += other.respondents
    files.merge(other.files)
    for index in questions.indices where index < other.questions.count {
      questions[index].merge(other.questions[index])
    }
  }
}
