import Foundation
import OtklikIngest
import OtklikText

/// Streams `tagged.csv`: every accepted record with its sentiment, tags and evidence, one row per
/// analysed text (a review's text, each open answer of a survey response; a response with no open
/// answer still gets one row), as records arrive.
///
/// Columns (header in the report language, same order in both): source, kind, file, record, line, id,
/// company, branch, date, rating, segments (`name=value | …`), question, text, language, sentiment,
/// score, tags (ids, `|`-separated), tag_sentiments (`id:neg|…`), tag_evidence (`id: words; …`),
/// sentiment_evidence (`words → weighted [rules]; …`). Texts are masked for phone numbers, e-mail
/// addresses and the author's name; the author column is never written.
public struct TaggedCSVWriter<Sink: ByteSink> {
  private var rows: CSVRowWriter<Sink>
  private let schemas: [String: SurveySchema]
  private let masker: PIIMasker
  private let language: ReportLanguage
  private let options: CSVOptions
  private var wroteHeader = false

  /// The sink written to.
  public var sink: Sink { rows.sink }

  /// Creates a writer for `sources` (survey schemas give question titles and segment names).
  public init(sink: Sink, options: CSVOptions, sources: [ReportSource], language: ReportLanguage) {
    rows = CSVRowWriter(sink: sink, options: options)
    self.options = options
    var schemas: [String: SurveySchema] = [:]
    for source in sources { if let schema = source.schema { schemas[source.name] = schema } }
    self.schemas = schemas
    masker = PIIMasker(language: language)
    self.language = language
  }

  /// The header row in `language`.
  public static func header(_ language: ReportLanguage) -> [String] {
    switch language {
    case .ru:
      [
        "источник", "вид", "файл", "запись", "строка", "id", "компания", "филиал", "дата", "оценка",
        "группы", "вопрос", "текст", "язык", "тональность", "балл", "темы", "тональность_тем",
        "слова_тем", "слова_тональности",
      ]
    case .en:
      [
        "source", "kind", "file", "record", "line", "id", "company", "branch", "date", "rating",
        "segments", "question", "text", "language", "sentiment", "score", "tags", "tag_sentiments",
        "tag_evidence", "sentiment_evidence",
      ]
    }
  }

  /// Writes the rows of one record (and the header before the first).
  public mutating func write(_ analysed: AnalysedRecord) throws {
    try writeHeaderIfNeeded()
    let record = analysed.record
    let origin: [CSVRowWriter<Sink>.Cell] = [
      .text(record.source), .text(""), .text(record.origin.file), .integer(record.origin.record),
      .integer(record.origin.line),
    ]
    switch record.content {
    case .review(let review):
      var prefix = origin
      prefix[1] = .text("review")
      prefix += [
        .text(review.id ?? ""), .text(review.company), .text(review.branch ?? ""),
        review.date.map { .text(Self.day($0)) } ?? .empty,
        review.rating.map { .number($0, places: 1) } ?? .empty, .empty, .empty,
      ]
      let text = masker.mask(review.text, author: review.author)
      try rows.write(
        prefix
          + analysisCells(
            text: text, analysis: analysed.texts.first(where: { $0.field == 0 })?.analysis))
    case .survey(let response):
      var prefix = origin
      prefix[1] = .text("survey")
      let schema = schemas[record.source]
      let segments = response.segments.enumerated().compactMap { index, value -> String? in
        guard let value, !value.isEmpty else { return nil }
        let name =
          schema?.segments.indices.contains(index) == true
          ? schema!.segments[index].name : "\(index + 1)"
        return "\(name)=\(value)"
      }.joined(separator: " | ")
      prefix += [
        .text(response.id ?? ""), .empty, .empty,
        response.timestamp.map { .text(Self.day($0)) } ?? .empty,
        .empty, .text(segments),
      ]
      let texts = analysed.texts.sorted { $0.field < $1.field }
      if texts.isEmpty {
        try rows.write(prefix + [.empty] + analysisCells(text: "", analysis: nil))
      }
      for text in texts {
        let title =
          schema?.questions.indices.contains(text.field) == true
          ? schema!.questions[text.field].title : "\(text.field + 1)"
        var written = ""
        if response.answers.indices.contains(text.field),
          case .text(let value) = response.answers[text.field]
        {
          written = masker.mask(value)
        }
        try rows.write(
          prefix + [.text(title)] + analysisCells(text: written, analysis: text.analysis))
      }
    }
  }

  /// Writes the header if no row was written, and flushes the sink.
  public mutating func finish() throws {
    try writeHeaderIfNeeded()
    try rows.finish()
  }

  private mutating func writeHeaderIfNeeded() throws {
    guard !wroteHeader else { return }
    wroteHeader = true
    try rows.write(texts: Self.header(language))
  }

  private func analysisCells(text: String, analysis: TextAnalysis?) -> [CSVRowWriter<Sink>.Cell] {
    guard let analysis else {
      return [.text(text), .empty, .empty, .empty, .empty, .empty, .empty, .empty]
    }
    let tags = analysis.tags.sorted { $0.tagID < $1.tagID }
    let evidence = analysis.clauses.flatMap(\.evidence).map { item in
      let rules = item.rules.isEmpty ? "" : " [" + item.rules.joined(separator: ", ") + "]"
      return "\(masker.mask(item.words)) → \(options.format(item.weighted, places: 2))\(rules)"
    }
    return [
      .text(text), .text(analysis.language.rawValue), .text(analysis.label.rawValue),
      .number(analysis.score, places: 3), .text(tags.map(\.tagID).joined(separator: "|")),
      .text(tags.map { "\($0.tagID):\($0.label.rawValue)" }.joined(separator: "|")),
      .text(
        tags.map { "\($0.tagID): " + masker.mask($0.evidence.joined(separator: ", ")) }.joined(
          separator: "; ")),
      .text(evidence.joined(separator: "; ")),
    ]
  }

  /// `yyyy-MM-dd` of a date stored as UTC wall-clock time.
  static func day(_ date: Date) -> String {
    let month = MonthKey(date)
    let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    let firstOfMonth = Self.daysFromCivil(year: month.year, month: month.month)
    let day = days - firstOfMonth + 1
    return month.description + (day < 10 ? "-0\(day)" : "-\(day)")
  }

  /// Days since 1970-01-01 of the first day of a month (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
