import Foundation
import OtklikIngest
import Testing

@Suite struct RecordReaderTests {
  static func readAll(_ name: String, spec: SourceSpec) throws -> (RecordReader, [IngestOutcome]) {
    let reader = try RecordReader(path: Fixture.path(name), spec: spec)
    var outcomes: [IngestOutcome] = []
    while let outcome = try reader.next() { outcomes.append(outcome) }
    return (reader, outcomes)
  }

  static func reviews(_ outcomes: [IngestOutcome]) -> [String: Review] {
    var found: [String: Review] = [:]
    for case .record(let record) in outcomes {
      if case .review(let review) = record.content { found[review.id ?? review.text] = review }
    }
    return found
  }

  static func rejects(_ outcomes: [IngestOutcome]) -> [Reject] {
    outcomes.compactMap { if case .rejected(let reject) = $0 { reject } else { nil } }
  }

  @Test func reviewsAreTypedAndBadOnesRejected() throws {
    let (reader, outcomes) = try Self.readAll(
      "reviews-map-export.csv", spec: SourceSpec(name: "partners", kind: .reviews))
    let reviews = Self.reviews(outcomes)
    #expect(reviews.keys.sorted() == ["r1", "r2", "r3", "r8"])
    let first = try #require(reviews["r1"])
    #expect(first.company == "Пекарня «Колос»")
    #expect(first.branch == "ул. Октябрьская 5")
    #expect(first.source == "Яндекс Карты")
    #expect(first.rating == 5)
    #expect(first.author == "Анна")
    #expect(first.text == "Вкусно, свежо!")
    #expect(first.reply == "Спасибо!")
    #expect(first.date == DateParser.parse("2026-03-14"))
    #expect(first.replyDate == DateParser.parse("2026-03-15"))
    #expect(reviews["r2"]?.rating == 4.5)
    #expect(reviews["r3"]?.rating == 4 && reviews["r3"]?.text == "")
    #expect(reviews["r8"]?.text == "Очень\nдолго ждали")
    #expect(reviews["r8"]?.rating == 4)
    let rejects = Self.rejects(outcomes)
    #expect(
      rejects.map(\.reason) == [
        "rating out of range 1–5: 7", "unreadable date: 'вчера'",
        "no company: empty company field and none configured",
        "empty review: no text and no rating",
      ])
    #expect(rejects.map(\.column) == ["Оценка", "Дата", nil, nil])
    #expect(rejects.map(\.origin.line) == [5, 6, 7, 8])
    #expect(rejects[0].excerpt == "r4,Кафе «Волна»,,,2026/03/14 18:05:09,7,Пётр,Плохо,,")
    let accounting = reader.accounting
    #expect((accounting.read, accounting.accepted, accounting.rejected) == (8, 4, 4))
    #expect(reader.schema == nil)
  }

  @Test func companyComesFromTheSourceWhenTheFileHasNone() throws {
    let spec = SourceSpec(name: "cruise", kind: .reviews, company: "Теплоход «Ока»")
    let (reader, outcomes) = try Self.readAll("reviews-without-company.csv", spec: spec)
    #expect(reader.detection.format.delimiter == UInt8(ascii: ";"))
    let companies = outcomes.compactMap { outcome -> String? in
      guard case .record(let record) = outcome, case .review(let review) = record.content else {
        return nil
      }
      return review.company
    }
    #expect(companies == ["Теплоход «Ока»", "Теплоход «Ока»"])
    let (_, without) = try Self.readAll(
      "reviews-without-company.csv", spec: SourceSpec(name: "c", kind: .reviews))
    #expect(
      Self.rejects(without).map(\.reason)
        == Array(repeating: "no company: no company column and none configured", count: 2))
  }

  @Test func surveySchemaFromGoogleFormsHeaders() throws {
    let (reader, outcomes) = try Self.readAll(
      "survey-google-forms.csv", spec: SourceSpec(name: "taste", kind: .survey))
    let schema = try #require(reader.schema)
    #expect(schema.timestampColumn == 0)
    #expect(schema.segments.map(\.name) == ["Ваш район", "Ваш возраст"])
    #expect(
      schema.questions.map(\.title) == [
        "Какие кухни вы любите? (выберите несколько)", "Как часто вы едите вне дома? (1-5)",
        "Насколько вероятно, что вы порекомендуете кафе города друзьям?",
        "Оцените места [Набережная]",
        "Оцените места [Кремль]", "Что бы вы хотели есть и где?",
        "Что бы вы хотели есть и где? (2)",
      ])
    #expect(
      schema.questions.map(\.kind) == [
        .multipleChoice, .scale(min: 1, max: 5), .nps, .singleChoice, .singleChoice, .open, .open,
      ])
    #expect(schema.questions[3].grid == GridPosition(question: "Оцените места", row: "Набережная"))
    #expect(
      reader.detection.lines == [
        "encoding utf-8 (detected), delimiter , (detected)",
        "column 'Отметка времени' → timestamp (guessed)",
        "column 'Ваш район' → segment (guessed)",
        "column 'Ваш возраст' → segment (guessed)",
        "column 'Какие кухни вы любите? (выберите несколько)' → multiple_choice (guessed)",
        "column 'Как часто вы едите вне дома? (1-5)' → scale 1–5 (guessed)",
        "column 'Насколько вероятно, что вы порекомендуете кафе города друзьям?' → nps (guessed)",
        "column 'Оцените места [Набережная]' → single_choice (grid 'Оцените места', row 'Набережная') (guessed from answers)",
        "column 'Оцените места [Кремль]' → single_choice (grid 'Оцените места', row 'Кремль') (guessed from answers)",
        "column 'Что бы вы хотели есть и где?' → open (guessed from answers)",
        "column 'Что бы вы хотели есть и где? (2)' → open (guessed from answers)",
      ])
    var responses: [SurveyResponse] = []
    for case .record(let record) in outcomes {
      if case .survey(let response) = record.content { responses.append(response) }
    }
    #expect(responses.count == 3)
    #expect(responses[0].timestamp == DateParser.parse("2026-03-14T18:05:09"))
    #expect(responses[0].segments == ["Колычёво", "18-24"])
    #expect(
      responses[0].answers == [
        .choices(["Русская", "Грузинская"]), .number(4), .number(9), .choice("Нравится"),
        .choice("Очень нравится"),
        .text("Хачапури в центре, у кремля"), .text("Пельмени дома"),
      ])
    #expect(responses[1].answers[0] == .choices(["Суши, роллы"]))
    #expect(responses[1].answers[1] == .text("затрудняюсь ответить"))
    #expect(responses[1].answers[5] == .text("нет"))
    #expect(responses[2].answers[0] == .choices(["Суши, роллы", "Русская"]))
    #expect(responses[2].answers[4] == .empty)
    let rejects = Self.rejects(outcomes)
    #expect(rejects.map(\.reason) == ["answer out of scale 1–5: 6"])
    #expect(rejects.map(\.column) == ["Как часто вы едите вне дома? (1-5)"])
    #expect(
      rejects.map(\.origin) == [
        RecordOrigin(file: Fixture.path("survey-google-forms.csv"), record: 4, line: 6)
      ])
  }

  @Test func configOverridesGuesses() throws {
    let spec = SourceSpec(
      name: "taste", kind: .survey,
      columns: [
        "  КАКИЕ КУХНИ ВЫ ЛЮБИТЕ? (выберите несколько) ": ColumnSpec(
          role: .multipleChoice, options: ["Суши, роллы"]),
        "Как часто вы едите вне дома? (1-5)": ColumnSpec(role: .scale, range: 1...10),
        "Ваш возраст": ColumnSpec(role: .ignore),
        "Нет такого столбца": ColumnSpec(role: .segment),
      ])
    let (reader, outcomes) = try Self.readAll("survey-google-forms.csv", spec: spec)
    #expect(reader.schema?.segments.map(\.name) == ["Ваш район"])
    #expect(
      reader.detection.columns[4].description
        == "column 'Как часто вы едите вне дома? (1-5)' → scale 1–10 (config)")
    #expect(reader.detection.lines.last == "config column 'Нет такого столбца' matches no header")
    #expect(Self.rejects(outcomes).isEmpty)
    #expect(reader.accounting.accepted == 4)
  }

  @Test func fileLevelErrorsComeFromInit() throws {
    let spec = SourceSpec(name: "s", kind: .survey)
    #expect(throws: IngestError.headerOnly(path: Fixture.path("header-only.csv"))) {
      try RecordReader(path: Fixture.path("header-only.csv"), spec: spec)
    }
    #expect(throws: IngestError.emptyFile(path: Fixture.path("empty.csv"))) {
      try RecordReader(path: Fixture.path("empty.csv"), spec: spec)
    }
    let noText = IngestError.invalidSettings(
      path: Fixture.path("semicolon.csv"),
      reason: "no review text column: give one the role text in the config")
    #expect(throws: noText) {
      try RecordReader(
        path: Fixture.path("semicolon.csv"), spec: SourceSpec(name: "r", kind: .reviews))
    }
  }

  /// Every fixture either fails as a whole file or balances: read = accepted + rejected.
  @Test(arguments: Fixture.all, [SourceKind.survey, .reviews])
  func accountingBalancesOnEveryFixture(name: String, kind: SourceKind) throws {
    let spec = SourceSpec(name: "any", kind: kind, company: "Компания", chunkSize: 7)
    let reader: RecordReader
    do {
      reader = try RecordReader(path: Fixture.path(name), spec: spec)
    } catch {
      let isNoTextColumn: Bool
      if case .invalidSettings = error {
        isNoTextColumn = kind == .reviews
      } else {
        isNoTextColumn = false
      }
      #expect(["empty.csv", "bom-only.csv", "header-only.csv"].contains(name) || isNoTextColumn)
      return
    }
    var seen = 0
    while try reader.next() != nil { seen += 1 }
    let accounting = reader.accounting
    #expect(accounting.isBalanced)
    #expect(accounting.read == seen)
    #expect(
      accounting.bytes
        == (try FileManager.default.attributesOfItem(atPath: Fixture.path(name))[.size] as? Int))
  }
}

@Suite struct EmptyRecordTests {
  @Test func aRowOfDelimitersIsRejectedNotDropped() throws {
    let (reader, outcomes) = try RecordReaderTests.readAll(
      "delimiters-only-row.csv", spec: SourceSpec(name: "s", kind: .survey))
    let rejects = RecordReaderTests.rejects(outcomes)
    #expect(rejects.map(\.reason) == ["empty record: every field is empty"])
    #expect(rejects.map(\.origin.line) == [3])
    #expect(reader.accounting.read == 3 && reader.accounting.accepted == 2)
  }
}
