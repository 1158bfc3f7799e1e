/// The ingest stage for one file: CSV in, typed ``Record``s and ``Reject``s out, with the accounting.
///
/// ```swift
/// let reader = try RecordReader(path: "data/reviews.csv", spec: spec)
/// for line in reader.detection.lines { log.info("\(line)") }   // what was detected and guessed
/// while let outcome = try reader.next() {
///   switch outcome {
///   case .record(let record): analyse(record)
///   case .rejected(let reject): rejects.append(reject)
///   }
/// }
/// assert(reader.accounting.isBalanced)   // read = accepted + rejected
/// ```
///
/// Streaming: it holds one record at a time, except that a survey whose question kinds cannot be
/// told from the headers or the config buffers its first ``QuestionKindGuesser/sampleSize`` records
/// to decide them (reviews buffer one, to report a header-only file at once). Every record read ends
/// up either accepted or rejected; blank lines are not records (see ``CSVReader``), but a line of
/// delimiters only (`,,,`, as spreadsheets leave behind) is, and is rejected as an empty record.
///
/// File-level problems (missing, directory, empty, header only, a reviews file without a text
/// column) are thrown from ``init(path:spec:)`` as ``IngestError``.
public final class RecordReader {
  /// What was detected and guessed about the file.
  public let detection: FileDetection
  /// For a survey: what its columns mean; `nil` for reviews.
  public let schema: SurveySchema?
  /// The account so far; at the end of the file, the file's closing account.
  public var accounting: FileAccounting {
    var account = counts
    account.bytes = csv.bytesRead
    return account
  }

  private let csv: CSVReader
  private let spec: SourceSpec
  private var lookahead: [RawRecord]
  private var lookaheadIndex = 0
  private var counts: FileAccounting
  private var splitters: [Int: ChoiceSplitter] = [:]
  /// The index and role of every column that is not ignored, in column order: what typing a review
  /// walks for each record (the full ``ColumnMapping``s are not copied per record).
  let typedColumns: [(index: Int, role: ColumnRole)]

  /// Opens `path` as a file of `spec`'s source: reads the header, maps the columns (config first,
  /// then guesses) and, for a survey, fixes the schema.
  public convenience init(path: String, spec: SourceSpec) throws(IngestError) {
    try self.init(csv: CSVReader(path: path, spec: spec), spec: spec)
  }

  /// Maps the columns of a file already opened (its header read), as ``init(path:spec:)`` does.
  init(csv: CSVReader, spec: SourceSpec) throws(IngestError) {
    self.csv = csv
    let path = csv.path
    self.spec = spec
    let names = HeaderText.distinctNames(csv.header.strings)
    var (columns, unmatched) = Self.mapColumns(names: names, header: csv.header, spec: spec)

    // Buffer what is needed: the first records for kinds read from answers, else one record.
    let needsAnswers = columns.contains {
      $0.isKindFromAnswers || ($0.role == .scale && $0.question == nil)
    }
    let wanted = needsAnswers ? QuestionKindGuesser.sampleSize : 1
    var buffered: [RawRecord] = []
    while buffered.count < wanted, let raw = try csv.next() { buffered.append(raw) }
    lookahead = buffered
    let sample = buffered.filter { $0.defect == nil }
    for index in columns.indices
    where columns[index].isKindFromAnswers
      || (columns[index].role == .scale && columns[index].question == nil)
    {
      let fromAnswers = QuestionKindGuesser.kind(
        fromAnswers: sample.map { $0.string(index) },
        leansOpen: QuestionKindGuesser.leansOpen(columns[index].name))
      let kind: QuestionKind
      switch (columns[index].role, fromAnswers) {
      case (.scale, .scale): kind = fromAnswers
      case (.scale, _): kind = .scale(min: 1, max: 5)  // A configured scale with words for answers.
      default: kind = fromAnswers
      }
      columns[index].question = kind
      columns[index].role = Self.role(of: kind)
    }

    if spec.kind == .reviews, !columns.contains(where: { $0.role == .text || $0.role == .open }) {
      throw .invalidSettings(
        path: path, reason: "no review text column: give one the role text in the config")
    }

    detection = FileDetection(
      file: path, kind: spec.kind, format: csv.format, header: names, columns: columns,
      unmatchedColumnSpecs: unmatched)
    schema = spec.kind == .survey ? Self.schema(for: columns) : nil
    typedColumns = columns.filter { $0.role != .ignore }.map { ($0.index, $0.role) }
    counts = FileAccounting(
      file: path, encoding: csv.format.encoding, hadByteOrderMark: csv.format.hadByteOrderMark,
      delimiter: csv.format.delimiter)
    for column in columns where column.question == .multipleChoice {
      var splitter = ChoiceSplitter(options: column.options)
      for record in sample { splitter.learn(record.string(column.index)) }
      splitters[column.index] = splitter
    }
  }

  /// The next record or reject, or `nil` at the end of the file.
  public func next() throws(IngestError) -> IngestOutcome? {
    let raw: RawRecord
    if lookaheadIndex < lookahead.count {
      raw = lookahead[lookaheadIndex]
      lookaheadIndex += 1
      if lookaheadIndex == lookahead.count { lookahead = [] }
    } else if let read = try csv.next() {
      raw = read
    } else {
      return nil
    }
    counts.read += 1
    let outcome: IngestOutcome
    if let reject = csv.reject(for: raw) {
      outcome = .rejected(reject)
    } else if raw.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
      outcome = reject(raw, column: nil, "empty record: every field is empty")
    } else {
      switch spec.kind {
      case .reviews: outcome = review(from: raw)
      case .survey: outcome = surveyResponse(from: raw)
      }
    }
    switch outcome {
    case .record: counts.accepted += 1
    case .rejected: counts.rejected += 1
    }
    return outcome
  }

  /// A reject of `raw` for `reason`, in the column at `index` when given.
  func reject(_ raw: RawRecord, column index: Int?, _ reason: String) -> IngestOutcome {
    .rejected(
      Reject(
        origin: raw.origin, column: index.map { detection.header[$0] }, reason: reason,
        excerpt: raw.excerpt(delimiter: csv.format.delimiter)))
  }

  /// The choice splitter of multiple-choice column `index`, learning from `cell` first.
  func splitChoices(_ cell: String, column index: Int) -> [String] {
    splitters[index, default: ChoiceSplitter()].learnAndSplit(cell)
  }

  /// The source's name, for records.
  var sourceName: String { spec.name }
  /// The company named in the source settings, for files without a company column.
  var configuredCompany: String? { spec.company }

  // MARK: - Mapping helpers

  /// One mapping per column: the config's role when it names the column (by its shown name or its
  /// folded header, compared as ``HeaderText/key(_:)``), else a guess from the header words, else
  /// (surveys) a question whose kind the header gives or the answers will. Also returns the config
  /// keys that matched no column.
  private static func mapColumns(
    names: [String], header: RawRecord, spec: SourceSpec
  ) -> (columns: [ColumnMapping], unmatched: [String]) {
    var configured: [String: (key: String, spec: ColumnSpec)] = [:]
    for (key, column) in spec.columns { configured[HeaderText.key(key)] = (key, column) }
    var used = Set<String>()
    var columns: [ColumnMapping] = []
    for (index, name) in names.enumerated() {
      let original = HeaderText.fold(header.string(index))
      let match = [HeaderText.key(name), HeaderText.key(original)].lazy.compactMap { key in
        configured[key].map { (key, $0.spec) }
      }.first
      var column: ColumnMapping
      if let (key, given) = match {
        used.insert(key)
        column = ColumnMapping(
          index: index, name: name, role: given.role, isGuessed: false, options: given.options)
        column.question = questionKind(role: given.role, range: given.range, header: name)
      } else if let role = RoleGuesser.guess(header: name, kind: spec.kind) {
        column = ColumnMapping(index: index, name: name, role: role, isGuessed: true)
      } else if spec.kind == .survey {
        let kind = QuestionKindGuesser.kind(fromHeader: name)
        column = ColumnMapping(
          index: index, name: name, role: kind.map(role(of:)) ?? .open, isGuessed: true,
          question: kind, isKindFromAnswers: kind == nil)
      } else {
        column = ColumnMapping(index: index, name: name, role: .ignore, isGuessed: true)
      }
      if spec.kind == .survey, column.role.isQuestion {
        column.grid = HeaderText.gridPosition(name)
      }
      columns.append(column)
    }
    let unmatched = configured.filter { !used.contains($0.key) }.map(\.value.key).sorted()
    return (columns, unmatched)
  }

  private static func questionKind(role: ColumnRole, range: ClosedRange<Int>?, header: String)
    -> QuestionKind?
  {
    switch role {
    case .singleChoice: return .singleChoice
    case .multipleChoice: return .multipleChoice
    case .nps: return .nps
    case .open: return .open
    case .scale:
      guard let range = range ?? QuestionKindGuesser.scaleRange(in: HeaderText.key(header)) else {
        return nil
      }
      return .scale(min: range.lowerBound, max: range.upperBound)
    default: return nil
    }
  }

  private static func role(of kind: QuestionKind) -> ColumnRole {
    switch kind {
    case .singleChoice: return .singleChoice
    case .multipleChoice: return .multipleChoice
    case .scale: return .scale
    case .nps: return .nps
    case .open: return .open
    }
  }

  private static func schema(for columns: [ColumnMapping]) -> SurveySchema {
    var schema = SurveySchema(segments: [], questions: [])
    for column in columns {
      switch column.role {
      case .timestamp, .date:
        if schema.timestampColumn == nil { schema.timestampColumn = column.index }
      case .id:
        if schema.idColumn == nil { schema.idColumn = column.index }
      case .segment, .company, .branch, .source:
        schema.segments.append(SurveySegment(column: column.index, name: column.name))
      case .text, .reply:
        schema.questions.append(
          SurveyQuestion(column: column.index, title: column.name, kind: .open, grid: column.grid))
      case .rating:
        schema.questions.append(
          SurveyQuestion(
            column: column.index, title: column.name, kind: .scale(min: 1, max: 5),
            grid: column.grid))
      case .singleChoice, .multipleChoice, .scale, .nps, .open:
        if let kind = column.question {
          schema.questions.append(
            SurveyQuestion(column: column.index, title: column.name, kind: kind, grid: column.grid))
        }
      case .ignore, .author, .replyDate:
        break
      }
    }
    return schema
  }
}

extension ColumnRole {
  /// Whether the role is one of a survey question's kinds.
  var isQuestion: Bool {
    switch self {
    case .singleChoice, .multipleChoice, .scale, .nps, .open: return true
    default: return false
    }
  }
}
