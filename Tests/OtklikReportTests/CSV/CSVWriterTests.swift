import Foundation
import OtklikIngest
import OtklikReport
import OtklikText
import Testing

@Suite struct CSVWriterTests {
  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+7 916", "'+7 916"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("обычный", "обычный"), ("", ""),
  ])
  func textCellsAreFormulaSafe(text: String, safe: String) {
    #expect(CSVRowWriter<Data>.formulaSafe(text) == safe)
  }

  @Test func quotingDelimiterQuotesAndLineBreaks() throws {
    var writer = CSVRowWriter(sink: Data(), options: .defaults(for: .en))
    try writer.write([
      .text("a,b"), .text("say \"hi\""), .text("two\nlines"), .number(-0.5, places: 2), .integer(3),
      .empty,
    ])
    try writer.write([.text("=1+1;x")])
    try writer.finish()
    #expect(
      String(decoding: writer.sink, as: UTF8.self)
        == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",-0.50,3,\r\n'=1+1;x\r\n")
  }

  @Test func russianDefaultsAreBOMSemicolonAndDecimalComma() throws {
    var writer = CSVRowWriter(sink: Data(), options: .defaults(for: .ru))
    try writer.write([.text("a;b"), .number(4.25, places: 2)])
    try writer.write([.text("c")])
    let bytes = [UInt8](writer.sink)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "\"a;b\";4,25\r\nc\r\n")
  }

  @Test func taggedRowsCarrySentimentTagsAndMaskedText() throws {
    var writer = TaggedCSVWriter(
      sink: Data(), options: .defaults(for: .en), sources: Fixtures.sources, language: .en)
    for record in Fixtures.reviewRecords.prefix(4) { try writer.write(record) }
    try writer.write(Fixtures.surveyRecords[0])
    try writer.write(Fixtures.surveyRecords[7])
    try writer.finish()
    let lines = String(decoding: writer.sink, as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines[0] == TaggedCSVWriter<Data>.header(.en).joined(separator: ","))
    #expect(lines[4].hasPrefix("reviews,review,reviews.csv,4,5,,Пекарня,Заречье,2026-10-15,1.0,,,"))
    #expect(
      lines[4].contains(
        "\"[name], ждали час! Пишите на [e-mail]\",ru,neg,-0.900,waiting,waiting:neg,\"waiting: ждали, час\""
      ))
    #expect(!lines.joined().contains("Анна"))
    #expect(
      lines[5].contains("Район=Центр,Что хотели бы?,\"Нет детских площадок, позвоните [phone]\""))
    // A response without open answers still has its row.
    #expect(lines[6].hasPrefix("taste,survey,taste.csv,8,9,,,,,,Район=Центр,,"))
    #expect(lines.count == 8)
  }

  @Test func evidenceUsesTheConfiguredDecimalSeparator() throws {
    let clause = ClauseAnalysis(
      text: "не вкусно", score: -0.5, label: .negative,
      evidence: [
        Evidence(
          words: "не вкусно", entry: "вкусн", valence: 2, weighted: -1.5, rules: ["negation"])
      ])
    let analysis = TextAnalysis(
      language: .russian, score: -0.5, label: .negative, clauses: [clause])
    var writer = TaggedCSVWriter(
      sink: Data(), options: .defaults(for: .ru), sources: Fixtures.sources, language: .ru)
    try writer.write(Fixtures.review(1, rating: 2, text: "не вкусно", analysis: analysis))
    try writer.finish()
    let text = String(decoding: writer.sink.dropFirst(3), as: UTF8.self)
    #expect(text.hasSuffix(";не вкусно;ru;neg;-0,500;;;;не вкусно → -1,50 [negation]\r\n"))
  }

  @Test func rowsRenderedElsewhereWriteTheSameFile() throws {
    let records = [
      Fixtures.review(1, rating: 2, text: "Звоните +7 916 123-45-67, =СУММ(1)", analysis: nil),
      Fixtures.review(2, rating: 5, text: "вкусно", analysis: nil),
    ]
    var direct = TaggedCSVWriter(
      sink: Data(), options: .defaults(for: .ru), sources: Fixtures.sources, language: .ru)
    for record in records { try direct.write(record) }
    try direct.finish()
    var formatter = TaggedRowFormatter(
      options: .defaults(for: .ru), sources: Fixtures.sources, language: .ru)
    let rendered = records.map { formatter.rows(of: $0) }
    var copied = TaggedCSVWriter(
      sink: Data(), options: .defaults(for: .ru), sources: Fixtures.sources, language: .ru)
    for rows in rendered { try copied.write(rows: rows) }
    try copied.finish()
    #expect(copied.sink == direct.sink)
    #expect(!String(decoding: copied.sink, as: UTF8.self).contains("916 123"))
  }

  @Test func emptyTaggedFileHasItsHeader() throws {
    var writer = TaggedCSVWriter(
      sink: Data(), options: .defaults(for: .ru), sources: [], language: .ru)
    try writer.finish()
    let text = String(decoding: writer.sink.dropFirst(3), as: UTF8.self)
    #expect(text == TaggedCSVWriter<Data>.header(.ru).joined(separator: ";") + "\r\n")
  }

  @Test func rejectsRowsAreSafeAndMasked() throws {
    var writer = RejectsCSVWriter(sink: Data(), options: .defaults(for: .en), language: .en)
    try writer.write(
      Reject(
        origin: RecordOrigin(file: "r.csv", record: 7, line: 9), column: "Оценка",
        reason: "rating out of range 1–5: 7",
        excerpt: "=HYPERLINK(\"x\"),+7 916 123 45 67"))
    try writer.finish()
    let text = String(decoding: writer.sink, as: UTF8.self)
    #expect(
      text
        == "file,record,line,column,reason,excerpt\r\nr.csv,7,9,Оценка,rating out of range 1–5: 7,\"'=HYPERLINK(\"\"x\"\"),[phone]\"\r\n"
    )
  }

  @Test func fileHandleSinkWritesEverythingOnFinish() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "otklik-\(UUID().uuidString).csv")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    var writer = RejectsCSVWriter(
      sink: FileHandleSink(handle: handle, capacity: 16), options: .defaults(for: .en),
      language: .en)
    for index in 1...50 {
      try writer.write(
        Reject(
          origin: RecordOrigin(file: "f.csv", record: index, line: index + 1), reason: "r",
          excerpt: "e"))
    }
    try writer.finish()
    try handle.close()
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
    #expect(lines.count == 52)
    #expect(lines[50] == "f.csv,50,51,,r,e")
  }
}
