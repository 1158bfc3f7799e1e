import Foundation
import OtklikIngest
import Testing

@Suite struct CSVReaderTests {
  static let chunkSizes = [1, 7, 65536]

  @Test(arguments: chunkSizes)
  func quotedNewlinesKeepLineNumbers(chunkSize: Int) throws {
    let (reader, records) = try Fixture.rawRecords("quoted-newline.csv", chunkSize: chunkSize)
    #expect(reader.header.strings == ["id", "text"])
    #expect(
      records.map(\.strings) == [
        ["1", "line one\nline two"], ["2", "a\r\nb\r\nc"], ["3", "plain"],
      ])
    #expect(records.map(\.origin.line) == [2, 4, 7])
    #expect(records.map(\.origin.record) == [1, 2, 3])
    #expect(records.allSatisfy { $0.defect == nil })
  }

  @Test(arguments: chunkSizes)
  func multibyteCharactersAcrossChunks(chunkSize: Int) throws {
    let (reader, records) = try Fixture.rawRecords("multibyte-boundary.csv", chunkSize: chunkSize)
    #expect(reader.format.encoding == .utf8)
    #expect(reader.header.strings == ["Район", "Отзыв"])
    #expect(
      records.map(\.strings) == [
        ["Колычёво", "Всё 👍 ок, «спасибо»\nвторая строка"], ["Центр", "ёжик"],
      ])
    #expect(records.map(\.origin.line) == [2, 4])
  }

  @Test(arguments: ["crlf.csv", "cr-only.csv", "lf-no-final-newline.csv"], chunkSizes)
  func lineEnds(name: String, chunkSize: Int) throws {
    let (_, records) = try Fixture.rawRecords(name, chunkSize: chunkSize)
    #expect(records.map(\.strings) == [["1", "2"], ["3", "4"]])
    #expect(records.map(\.origin.line) == [2, 3])
  }

  @Test func byteOrderMarkIsDropped() throws {
    let (reader, records) = try Fixture.rawRecords("utf8-with-bom.csv")
    #expect(reader.format.hadByteOrderMark)
    #expect(reader.format.encoding == .utf8)
    #expect(reader.header.strings == ["Имя", "Отзыв"])
    #expect(records.map(\.strings) == [["Анна", "Хорошо"]])
    #expect(
      reader.format.summary == "encoding utf-8 (detected, bom dropped), delimiter , (detected)")
  }

  @Test(arguments: chunkSizes)
  func windows1251IsDetectedAndTranscoded(chunkSize: Int) throws {
    let (reader, records) = try Fixture.rawRecords("windows-1251.csv", chunkSize: chunkSize)
    #expect(reader.format.encoding == .windows1251)
    #expect(reader.format.delimiter == UInt8(ascii: ";"))
    #expect(reader.header.strings == ["Район", "Отзыв"])
    #expect(
      records.map(\.strings) == [["Центр", "Ёлки, красиво"], ["Колычёво", "«Хорошо» — да"]])
  }

  @Test func everyWindows1251ByteMatchesPython() throws {
    // Bytes 0x80–0xFF except the unassigned 0x98, decoded by Python's cp1251 codec.
    let expected =
      "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџ\u{A0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{AD}®Ї°±Ііґµ¶·ё№є»јЅѕї"
      + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"
    let bytes = Array("x\n".utf8) + (0x80...0xFF).filter { $0 != 0x98 }.map { UInt8($0) } + [0x0A]
    let path = try Fixture.temporaryFile(bytes)
    let reader = try CSVReader(path: path, encoding: .windows1251)
    let record = try #require(try reader.next())
    #expect(record.string(0) == expected)
  }

  @Test(arguments: ["semicolon.csv", "tab.csv"])
  func delimiterIsDetectedOutsideQuotes(name: String) throws {
    let (reader, records) = try Fixture.rawRecords(name)
    let expected: UInt8 = name == "tab.csv" ? 0x09 : UInt8(ascii: ";")
    #expect(reader.format.delimiter == expected)
    #expect(records.count == 2)
    #expect(records[0].string(1) == (name == "tab.csv" ? "x\ty" : "x;y"))
  }

  @Test func delimiterCanBeGiven() throws {
    let reader = try CSVReader(path: Fixture.path("semicolon.csv"), delimiter: UInt8(ascii: ","))
    #expect(reader.format.summary == "encoding utf-8 (detected), delimiter , (given)")
    #expect(reader.header.strings == ["a;b;c"])
  }

  @Test func blankLinesAreNotRecords() throws {
    let (_, records) = try Fixture.rawRecords("blank-lines.csv")
    #expect(records.map(\.strings) == [["1", "2"], ["3", "4"], ["5", "6"]])
    #expect(records.map(\.origin.record) == [1, 2, 3])
    #expect(records.map(\.origin.line) == [3, 6, 8])
  }

  @Test func raggedRowsAreDefects() throws {
    let (reader, records) = try Fixture.rawRecords("ragged-rows.csv")
    let rejects = records.compactMap(reader.reject(for:))
    #expect(rejects.map(\.reason) == ["expected 3 fields, found 2", "expected 3 fields, found 4"])
    #expect(rejects.map(\.origin.line) == [3, 4])
    #expect(rejects.map(\.excerpt) == ["4,5", "6,7,8,9"])
    #expect(records.last?.strings == ["10", "11", "12"])
  }

  @Test(arguments: chunkSizes)
  func unterminatedQuoteAtEndOfFile(chunkSize: Int) throws {
    let (reader, records) = try Fixture.rawRecords(
      "unterminated-quote-at-eof.csv", chunkSize: chunkSize)
    #expect(records.count == 2)
    let reject = try #require(reader.reject(for: records[1]))
    #expect(reject.reason == "unterminated quote at end of file")
    #expect(reject.column == "b")
    #expect(
      reject.origin
        == RecordOrigin(file: Fixture.path("unterminated-quote-at-eof.csv"), record: 2, line: 3))
    #expect(reject.excerpt == "3,never closed↵still open↵")
  }

  @Test(arguments: chunkSizes)
  func unescapedQuotesRejectTheRecordAndReadingGoesOn(chunkSize: Int) throws {
    let (reader, records) = try Fixture.rawRecords("unescaped-quote.csv", chunkSize: chunkSize)
    #expect(records.map(\.origin.line) == [2, 3, 4, 5])
    #expect(
      records.map { reader.reject(for: $0)?.reason } == [
        "unescaped quote inside a quoted field", nil, "quote inside an unquoted field", nil,
      ])
    #expect(records[1].strings == ["2", "ok"])
    #expect(records[3].strings == ["4", "fine"])
  }

  @Test func nulByteRejectsItsRecord() throws {
    let (reader, records) = try Fixture.rawRecords("nul-byte.csv")
    let reject = try #require(reader.reject(for: records[0]))
    #expect(reject.reason == "nul byte in field")
    #expect(reject.column == "b")
    #expect(reject.excerpt == "1,x␀y")
    #expect(reader.reject(for: records[1]) == nil)
  }

  @Test func invalidUTF8RejectsOnlyItsRecord() throws {
    let (reader, records) = try Fixture.rawRecords("invalid-utf8.csv")
    #expect(reader.format.encoding == .utf8)
    #expect(records.map { reader.reject(for: $0)?.reason } == [nil, "invalid utf-8 bytes", nil])
    #expect(reader.reject(for: records[1])?.excerpt == "2,\u{FFFD}")
  }

  @Test func tenMegabyteFieldIsRejectedWithoutLoadingIt() throws {
    var bytes = Array("id,text\n1,short\n2,\"".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20)
    bytes += Array("\"\n3,after\n".utf8)
    let path = try Fixture.temporaryFile(bytes)
    let reader = try CSVReader(path: path)
    let first = try #require(try reader.next())
    let big = try #require(try reader.next())
    let after = try #require(try reader.next())
    #expect(first.strings == ["1", "short"])
    let reject = try #require(reader.reject(for: big))
    #expect(reject.reason == "field over 1 MiB limit")
    #expect(reject.column == "text")
    #expect(big.bytes.count < 100)
    #expect(after.strings == ["3", "after"])
    #expect(after.origin.line == 4)
    #expect(try reader.next() == nil)
  }

  @Test func fieldLimitIsConfigurable() throws {
    let (reader, records) = try Fixture.rawRecords(
      "quoted-newline.csv", chunkSize: 3, maxFieldBytes: 8)
    #expect(
      records.map { reader.reject(for: $0)?.reason } == ["field over 8 bytes limit", nil, nil])
  }

  @Test func fileLevelErrorsNameThePath() throws {
    let missing = Fixture.path("no-such-file.csv")
    #expect(throws: IngestError.fileNotFound(path: missing)) { try CSVReader(path: missing) }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: IngestError.isDirectory(path: folder)) { try CSVReader(path: folder) }
    for name in ["empty.csv", "bom-only.csv"] {
      #expect(throws: IngestError.emptyFile(path: Fixture.path(name))) {
        try CSVReader(path: Fixture.path(name))
      }
    }
    let headerOnly = try CSVReader(path: Fixture.path("header-only.csv"))
    #expect(throws: IngestError.headerOnly(path: Fixture.path("header-only.csv"))) {
      try headerOnly.next()
    }
    #expect(IngestError.fileNotFound(path: "x.csv").description == "x.csv: file not found")
    #expect(
      IngestError.isDirectory(path: "data").description == "data: is a directory, not a csv file")
    #expect(IngestError.emptyFile(path: "e.csv").description == "e.csv: empty file")
    #expect(IngestError.headerOnly(path: "h.csv").description == "h.csv: header only, no records")
  }

  @Test func bareParseCountsFieldsAndRecords() throws {
    let counts = try CSVReader.countFields(path: Fixture.path("quoted-newline.csv"), chunkSize: 5)
    #expect(counts == CSVReader.FieldCount(fields: 8, records: 4))
  }
}

@Suite struct CSVReaderEncodingTests {
  @Test func quotedSemicolonsDoNotFoolDelimiterDetection() throws {
    let (reader, records) = try Fixture.rawRecords("comma-with-quoted-semicolons.csv")
    #expect(reader.format.delimiter == UInt8(ascii: ","))
    #expect(records.map(\.strings) == [["Кафе; бар", "a;b;c;d"], ["Пекарня", "x;y"]])
  }

  @Test func givenUTF8OnAWindows1251FileIsABrokenHeader() throws {
    let path = Fixture.path("windows-1251.csv")
    #expect(throws: IngestError.malformedHeader(path: path, reason: "invalid utf-8 bytes")) {
      try CSVReader(path: path, encoding: .utf8)
    }
  }

  @Test func unassignedWindows1251ByteRejectsItsRecord() throws {
    let bytes: [UInt8] = Array("a;b\n1;".utf8) + [0xC4, 0x98] + Array("\n2;ok\n".utf8)
    let path = try Fixture.temporaryFile(bytes)
    let reader = try CSVReader(path: path, encoding: .windows1251)
    let bad = try #require(try reader.next())
    #expect(reader.reject(for: bad)?.reason == "byte not in windows-1251")
    #expect(reader.reject(for: bad)?.column == "b")
    let good = try #require(try reader.next())
    #expect(good.strings == ["2", "ok"])
  }

  @Test func asciiPrefixIsReadAsUTF8() throws {
    let path = try Fixture.temporaryFile(Array("a,b\n1,2\n".utf8))
    let reader = try CSVReader(path: path)
    #expect(reader.format.encoding == .utf8)
  }
}
