import OtklikIngest
import Testing

@Suite struct ColumnMappingTests {
  @Test(arguments: [
    ("Отметка времени", ColumnRole.date), ("Timestamp", .date), ("ID ответа", .id),
    ("Время создания", .date),
    ("Отзыв", .text), ("Текст", .text), ("Комментарий", .text), ("Оценка", .rating),
    ("Рейтинг", .rating),
    ("Дата", .date), ("Компания", .company), ("Организация", .company), ("Филиал", .branch),
    ("Адрес", .branch), ("Автор", .author), ("Ответ", .reply), ("Ответ компании", .reply),
    ("Дата ответа", .replyDate), ("Review", .text), ("Rating", .rating), ("Company", .company),
    ("Источник", .source),
  ])
  func reviewHeadersAreGuessed(header: String, role: ColumnRole) throws {
    let path = try Fixture.temporaryFile(Array("\(header),Текст\nx,y\n".utf8))
    let reader = try RecordReader(path: path, spec: SourceSpec(name: "r", kind: .reviews))
    #expect(reader.detection.columns[0].role == role)
    #expect(reader.detection.columns[0].isGuessed)
  }

  @Test(arguments: [
    ("Отметка времени", ColumnRole.timestamp), ("Timestamp", .timestamp), ("ID ответа", .id),
    ("Район", .segment), ("В каком районе вы живёте?", .segment), ("Возраст", .segment),
    ("Пол", .segment), ("Gender", .segment), ("Email", .ignore),
    ("Чего не хватает в вашем районе?", .open),
  ])
  func surveyHeadersAreGuessed(header: String, role: ColumnRole) throws {
    let path = try Fixture.temporaryFile(Array("\(header),Почему?\nx,y\n".utf8))
    let reader = try RecordReader(path: path, spec: SourceSpec(name: "s", kind: .survey))
    #expect(reader.detection.columns[0].role == role)
  }

  @Test func guessesArePrintable() {
    let segment = ColumnMapping(index: 0, name: "Район", role: .segment, isGuessed: true)
    #expect(segment.description == "column 'Район' → segment (guessed)")
    let grid = ColumnMapping(
      index: 3, name: "Оцените [Кремль]", role: .singleChoice, isGuessed: true,
      question: .singleChoice,
      isKindFromAnswers: true, grid: GridPosition(question: "Оцените", row: "Кремль"))
    #expect(
      grid.description
        == "column 'Оцените [Кремль]' → single_choice (grid 'Оцените', row 'Кремль') (guessed from answers)"
    )
    let scale = ColumnMapping(
      index: 1, name: "Q", role: .scale, isGuessed: false, question: .scale(min: 1, max: 10))
    #expect(scale.description == "column 'Q' → scale 1–10 (config)")
  }
}
