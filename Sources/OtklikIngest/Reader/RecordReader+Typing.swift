/// Typing one raw record into a review or a survey response.
extension RecordReader {
  /// A review from `raw`, or a reject naming the field that could not be read.
  func review(from raw: RawRecord) -> IngestOutcome {
    var review = Review(company: "", text: "")
    var texts: [String] = []
    for column in typedColumns {
      switch column.role {
      case .rating:
        switch RatingParser.parse(utf8: raw.field(column.index)) {
        case .success(let rating): review.rating = review.rating ?? rating
        case .failure(let failure): return reject(raw, column: column.index, failure.reason)
        }
        continue
      case .date, .timestamp, .replyDate:
        let field = raw.field(column.index)
        guard !UTF8Trim.trimmingSpaces(field).isEmpty else { continue }
        guard let date = DateParser.parse(utf8: field) else {
          let value = raw.string(column.index).trimmingSpaces
          return reject(
            raw, column: column.index, "unreadable date: \(RatingParser.quoted(value))")
        }
        if column.role == .replyDate {
          review.replyDate = review.replyDate ?? date
        } else {
          review.date = review.date ?? date
        }
        continue
      case .ignore, .segment, .singleChoice, .multipleChoice, .scale, .nps: continue
      case .company: if !review.company.isEmpty { continue }
      case .id: if review.id != nil { continue }
      case .branch: if review.branch != nil { continue }
      case .source: if review.source != nil { continue }
      case .author: if review.author != nil { continue }
      case .reply: if review.reply != nil { continue }
      case .text, .open: break
      }
      // Only the fields a review keeps become `String`s, trimmed as bytes first.
      let value = Self.trimmedString(raw, column.index)
      switch column.role {
      case .text, .open: if !value.isEmpty { texts.append(value) }
      case .company: review.company = value
      case .id: review.id = nonEmpty(value)
      case .branch: review.branch = nonEmpty(value)
      case .source: review.source = nonEmpty(value)
      case .author: review.author = nonEmpty(value)
      case .reply: review.reply = nonEmpty(value)
      default: continue
      }
    }
    if review.company.isEmpty {
      guard let company = configuredCompany else {
        let hasColumn = detection.columns.contains { $0.role == .company }
        return reject(
          raw, column: nil,
          hasColumn
            ? "no company: empty company field and none configured"
            : "no company: no company column and none configured")
      }
      review.company = company
    }
    review.text = texts.joined(separator: "\n")
    if review.text.isEmpty && review.rating == nil {
      return reject(raw, column: nil, "empty review: no text and no rating")
    }
    return .record(Record(origin: raw.origin, source: sourceName, content: .review(review)))
  }

  /// Field `index` of `raw` without surrounding spaces, as a `String` (one copy of the bytes).
  private static func trimmedString(_ raw: RawRecord, _ index: Int) -> String {
    UTF8Trim.trimmingSpaces(raw.field(index)).withUnsafeBufferPointer {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// A survey response from `raw`, aligned with ``schema``, or a reject.
  func surveyResponse(from raw: RawRecord) -> IngestOutcome {
    guard let schema else { return reject(raw, column: nil, "no survey schema") }
    var response = SurveyResponse(segments: [], answers: [])
    if let column = schema.timestampColumn {
      let value = raw.string(column).trimmingSpaces
      if !value.isEmpty {
        guard let date = DateParser.parse(value) else {
          return reject(raw, column: column, "unreadable timestamp: \(RatingParser.quoted(value))")
        }
        response.timestamp = date
      }
    }
    if let column = schema.idColumn {
      response.id = nonEmpty(Self.trimmedString(raw, column))
    }
    response.segments = schema.segments.map { nonEmpty(Self.trimmedString(raw, $0.column)) }
    response.answers.reserveCapacity(schema.questions.count)
    for question in schema.questions {
      let value = Self.trimmedString(raw, question.column)
      if value.isEmpty {
        response.answers.append(.empty)
        continue
      }
      switch question.kind {
      case .singleChoice: response.answers.append(.choice(value))
      case .multipleChoice:
        response.answers.append(.choices(splitChoices(value, column: question.column)))
      case .open: response.answers.append(.text(value))
      case .scale(let low, let high):
        guard let number = Self.leadingNumber(value) else {
          // A non-answer ("затрудняюсь ответить") stays text.
          response.answers.append(.text(value))
          continue
        }
        guard Double(low) <= number && number <= Double(high) else {
          return reject(
            raw, column: question.column, "answer out of scale \(low)–\(high): \(value)")
        }
        response.answers.append(.number(number))
      case .nps:
        guard let number = Self.leadingNumber(value) else {
          response.answers.append(.text(value))
          continue
        }
        guard (0...10).contains(number), number.rounded() == number else {
          return reject(raw, column: question.column, "nps answer out of range 0–10: \(value)")
        }
        response.answers.append(.number(number))
      }
    }
    return .record(Record(origin: raw.origin, source: sourceName, content: .survey(response)))
  }

  /// The number a scale answer starts with: `7`, `4,5`, `5 — очень часто`, `10 (точно)`.
  static func leadingNumber(_ value: String) -> Double? {
    if let number = NumberParser.parse(value[...]) { return number }
    let digits = value.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    guard !digits.isEmpty, let next = value.dropFirst(digits.count).first,
      next == " " || next == "-" || next == "(" || next == "—" || next == "–"
    else { return nil }
    return NumberParser.parse(digits)
  }

  private func nonEmpty(_ value: String) -> String? { value.isEmpty ? nil : value }
}
