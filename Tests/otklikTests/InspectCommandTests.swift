import Foundation
import Testing

@Suite struct InspectCommandTests {
  static let fixtures = "Tests/OtklikIngestTests/Fixtures"

  @Test func inspectsAReviewsExport() throws {
    let result = try OtklikProcess.run([
      "inspect", "\(Self.fixtures)/reviews-map-export.csv", "--rejects", "2",
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let path = "\(Self.fixtures)/reviews-map-export.csv"
    #expect(
      result.stdout == """
        file: \(path)
        kind: reviews (guessed)
        encoding: utf-8 (detected)
        delimiter: , (detected)
        header: 10 columns
          column 'ID отзыва' → id (guessed)
          column 'Компания' → company (guessed)
          column 'Филиал' → branch (guessed)
          column 'Источник' → source (guessed)
          column 'Дата' → date (guessed)
          column 'Оценка' → rating (guessed)
          column 'Автор' → author (guessed)
          column 'Текст отзыва' → text (guessed)
          column 'Ответ компании' → reply (guessed)
          column 'Дата ответа' → reply_date (guessed)
        records: 8 read, 4 accepted, 4 rejected
        rejects (first 2):
          \(path):5 (record 4), column 'Оценка': rating out of range 1–5: 7
            | r4,Кафе «Волна»,,,2026/03/14 18:05:09,7,Пётр,Плохо,,
          \(path):6 (record 5), column 'Дата': unreadable date: 'вчера'
            | r5,Кафе «Волна»,,,вчера,3,Олег,Так себе,,

        """)
  }

  @Test func readsStandardInputWithGivenSettings() throws {
    let input = try Data(
      contentsOf: OtklikProcess.packageRoot.appendingPathComponent(
        "\(Self.fixtures)/windows-1251.csv"))
    let result = try OtklikProcess.run(
      ["inspect", "-", "--encoding", "windows-1251", "--delimiter", ";", "--kind", "survey"],
      input: input)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        file: -
        kind: survey (given)
        encoding: windows-1251 (given)
        delimiter: ; (given)
        header: 2 columns
          column 'Район' → segment (guessed)
          column 'Отзыв' → open (guessed from answers)
        records: 2 read, 2 accepted, 0 rejected

        """)
  }

  @Test func missingFileExitsWithNoInput() throws {
    let result = try OtklikProcess.run(["inspect", "no-such-file.csv"])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr == "otklik: no-such-file.csv: file not found\n")
  }

  @Test func headerOnlyFileFails() throws {
    let result = try OtklikProcess.run(["inspect", "\(Self.fixtures)/header-only.csv"])
    #expect(result.status == 1)
    #expect(result.stderr == "otklik: \(Self.fixtures)/header-only.csv: header only, no records\n")
  }

  @Test func badDelimiterIsAUsageError() throws {
    let result = try OtklikProcess.run(["inspect", "x.csv", "--delimiter", "|"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--delimiter must be ',', ';' or 'tab', not '|'"))
  }
}
