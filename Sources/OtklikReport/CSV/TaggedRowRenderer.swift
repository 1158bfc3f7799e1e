import Foundation
import OtklikIngest
import OtklikText

/// Renders the rows of `tagged.csv` (see ``TaggedCSVWriter``) straight into CSV bytes.
///
/// Concrete, so the per-record work (masking, number formatting, quoting) is compiled once,
/// specialised, in this module; fields go to the encoder's buffer one by one, lists (tags, evidence)
/// are assembled in its scratch buffer instead of through joined `String`s.
struct TaggedRowRenderer {
  /// The encoder holding the rendered bytes.
  var encoder: CSVRowEncoder
  private let schemas: [String: SurveySchema]
  private let masker: PIIMasker
  private let language: ReportLanguage
  private var wroteHeader = false

  /// Creates a renderer for `sources` (survey schemas give question titles and segment names).
  init(options: CSVOptions, sources: [ReportSource], language: ReportLanguage) {
    encoder = CSVRowEncoder(options: options)
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

  /// Renders the header if it was not rendered yet.
  mutating func renderHeaderIfNeeded() {
    guard !wroteHeader else { return }
    wroteHeader = true
    for title in Self.header(language) { encoder.appendText(title) }
    encoder.endRow()
  }

  /// Renders the rows of one record (and the header before the first).
  mutating func render(_ analysed: AnalysedRecord) {
    renderHeaderIfNeeded()
    renderRows(analysed)
  }

  /// Renders the rows of one record, never the header.
  mutating func renderRows(_ analysed: AnalysedRecord) {
    let record = analysed.record
    switch record.content {
    case .review(let review):
      appendOrigin(record, kind: "review")
      encoder.appendText(review.id ?? "")
      encoder.appendText(review.company)
      encoder.appendText(review.branch ?? "")
      appendDay(review.date)
      if let rating = review.rating {
        encoder.appendNumber(rating, places: 1)
      } else {
        encoder.appendEmpty()
      }
      encoder.appendEmpty()
      encoder.appendEmpty()
      let text = masker.mask(review.text, author: review.author)
      appendAnalysis(text: text, analysis: analysed.texts.first(where: { $0.field == 0 })?.analysis)
      encoder.endRow()
    case .survey(let response):
      let schema = schemas[record.source]
      let segments = response.segments.enumerated().compactMap { index, value -> String? in
        guard let value, !value.isEmpty else { return nil }
        let name =
          schema?.segments.indices.contains(index) == true
          ? schema!.segments[index].name : "\(index + 1)"
        return "\(name)=\(value)"
      }.joined(separator: " | ")
      let texts = analysed.texts.sorted { $0.field < $1.field }
      if texts.isEmpty {
        appendSurveyPrefix(record, response: response, segments: segments)
        encoder.appendEmpty()
        appendAnalysis(text: "", analysis: nil)
        encoder.endRow()
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
        appendSurveyPrefix(record, response: response, segments: segments)
        encoder.appendText(title)
        appendAnalysis(text: written, analysis: text.analysis)
        encoder.endRow()
      }
    }
  }

  /// Source, kind, file, record and line.
  private mutating func appendOrigin(_ record: Record, kind: String) {
    encoder.appendText(record.source)
    encoder.appendText(kind)
    encoder.appendText(record.origin.file)
    encoder.appendInteger(record.origin.record)
    encoder.appendInteger(record.origin.line)
  }

  /// The columns of a survey row up to the segments.
  private mutating func appendSurveyPrefix(
    _ record: Record, response: SurveyResponse, segments: String
  ) {
    appendOrigin(record, kind: "survey")
    encoder.appendText(response.id ?? "")
    encoder.appendEmpty()
    encoder.appendEmpty()
    appendDay(response.timestamp)
    encoder.appendEmpty()
    encoder.appendText(segments)
  }

  /// The text column and the analysis columns (empty without an analysis).
  private mutating func appendAnalysis(text: String, analysis: TextAnalysis?) {
    encoder.appendText(text)
    guard let analysis else {
      for _ in 0..<7 { encoder.appendEmpty() }
      return
    }
    let tags = analysis.tags.sorted { $0.tagID < $1.tagID }
    encoder.appendText(analysis.language.rawValue)
    encoder.appendText(analysis.label.rawValue)
    encoder.appendNumber(analysis.score, places: 3)
    for (index, tag) in tags.enumerated() {
      if index > 0 { encoder.scratch.append(UInt8(ascii: "|")) }
      encoder.scratch.appendUTF8(tag.tagID)
    }
    encoder.appendScratchAsText()
    for (index, tag) in tags.enumerated() {
      if index > 0 { encoder.scratch.append(UInt8(ascii: "|")) }
      encoder.scratch.appendUTF8(tag.tagID)
      encoder.scratch.append(UInt8(ascii: ":"))
      encoder.scratch.appendUTF8(tag.label.rawValue)
    }
    encoder.appendScratchAsText()
    for (index, tag) in tags.enumerated() {
      if index > 0 { encoder.scratch.appendUTF8("; ") }
      encoder.scratch.appendUTF8(tag.tagID)
      encoder.scratch.appendUTF8(": ")
      encoder.scratch.appendUTF8(masker.mask(tag.evidence.joined(separator: ", ")))
    }
    encoder.appendScratchAsText()
    var first = true
    for clause in analysis.clauses {
      for item in clause.evidence {
        if !first { encoder.scratch.appendUTF8("; ") }
        first = false
        encoder.scratch.appendUTF8(masker.mask(item.words))
        encoder.scratch.appendUTF8(" → ")
        encoder.options.appendFormatted(item.weighted, places: 2, to: &encoder.scratch)
        if !item.rules.isEmpty {
          encoder.scratch.appendUTF8(" [")
          for (index, rule) in item.rules.enumerated() {
            if index > 0 { encoder.scratch.appendUTF8(", ") }
            encoder.scratch.appendUTF8(rule)
          }
          encoder.scratch.append(UInt8(ascii: "]"))
        }
      }
    }
    encoder.appendScratchAsText()
  }

  /// The `yyyy-MM-dd` of a date stored as UTC wall-clock time as a text field, or an empty field.
  private mutating func appendDay(_ date: Date?) {
    guard let date else { return encoder.appendEmpty() }
    let month = MonthKey(date)
    let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    let day = days - Self.daysFromCivil(year: month.year, month: month.month) + 1
    CSVOptions.appendDigits(of: month.year, to: &encoder.scratch)
    for part in [month.month, day] {
      encoder.scratch.append(UInt8(ascii: "-"))
      if part < 10 { encoder.scratch.append(UInt8(ascii: "0")) }
      CSVOptions.appendDigits(of: part, to: &encoder.scratch)
    }
    encoder.appendScratchAsText()
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
