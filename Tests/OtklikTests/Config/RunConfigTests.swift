import Foundation
import Otklik
import OtklikIngest
import OtklikReport
import Testing

@Suite struct RunConfigTests {
  let directory = URL(fileURLWithPath: "/data/otklik", isDirectory: true)

  @Test func readsSourcesColumnsAndRelativePaths() throws {
    let yaml = """
      report:
        title: Вкусы города
        lang: en
        output: ../reports
        max_reject_share: 0.1
      sources:
        - name: taste
          kind: survey
          path: samples/taste-*.csv
          delimiter: ";"
          encoding: cp1251
          columns:
            " Ваш район ": segment
            Как часто?: { role: scale, range: 1-5 }
            Кухни: { role: multiple_choice, options: ["Выпечка, пироги", Суши] }
        - name: partners
          kind: reviews
          path: /abs/reviews.csv
          company: Пекарня
      """
    let config = try RunConfig.parse(yaml, file: "otklik.yaml", directory: directory)
    #expect(config.title == "Вкусы города")
    #expect(config.language == "en")
    #expect(config.outputDirectory.path == "/data/reports")
    #expect(config.historyPath.path == "/data/reports/history.sqlite")
    #expect(config.maxRejectShare == 0.1)
    #expect(config.sources.map(\.spec.name) == ["taste", "partners"])
    let taste = config.sources[0]
    #expect(taste.pattern == "/data/otklik/samples/taste-*.csv")
    #expect(taste.spec.delimiter == UInt8(ascii: ";"))
    #expect(taste.spec.encoding == .windows1251)
    #expect(taste.spec.columns["ваш район"] == ColumnSpec(role: .segment))
    #expect(taste.spec.columns["как часто?"] == ColumnSpec(role: .scale, range: 1...5))
    #expect(taste.spec.columns["кухни"]?.options == ["Выпечка, пироги", "Суши"])
    #expect(config.sources[1].pattern == "/abs/reviews.csv")
    #expect(config.sources[1].spec.company == "Пекарня")
    #expect(config.sentimentThresholds == SentimentThresholds())
  }

  @Test func readsSentimentThresholdsEitherMayBeLeftOut() throws {
    let sources = "sources:\n  - {name: a, kind: survey, path: a.csv}\n"
    let both = try RunConfig.parse(
      "analysis:\n  thresholds: { positive: 0.2, negative: 0.05 }\n" + sources,
      file: "otklik.yaml", directory: directory)
    #expect(both.sentimentThresholds == SentimentThresholds(positive: 0.2, negative: 0.05))
    let one = try RunConfig.parse(
      "analysis:\n  thresholds: { negative: 0.3 }\n" + sources, file: "otklik.yaml",
      directory: directory)
    #expect(one.sentimentThresholds == SentimentThresholds(positive: 0.1, negative: 0.3))
  }

  @Test(arguments: [
    (
      "sources:\n  - name: a\n    kind: survy\n    path: a.csv\n",
      "otklik.yaml:3: sources[0].kind: unknown kind 'survy' (expected survey or reviews)"
    ),
    (
      "report:\n  colour: red\nsources: []\n",
      "otklik.yaml:2: report.colour: unknown key (expected one of: history, lang, max_reject_share, output, title)"
    ),
    (
      "sources:\n  - name: a\n    kind: reviews\n",
      "otklik.yaml:2: sources[0]: missing key 'path'"
    ),
    (
      "sources:\n  - name: a\n    kind: reviews\n    path: a.csv\n    columns:\n      Текст: txt\n",
      "otklik.yaml:6: sources[0].columns.Текст: unknown role 'txt' (expected one of: id, ignore, timestamp, segment, single_choice, multiple_choice, scale, nps, open, company, branch, source, date, rating, author, text, reply, reply_date)"
    ),
    (
      "sources:\n  - name: a\n    kind: survey\n    path: a.csv\n    columns:\n      Q: { role: scale, range: five }\n",
      "otklik.yaml:6: sources[0].columns.Q.range: expected a range like 1-5"
    ),
    (
      "report:\n  lang: de\nsources:\n  - {name: a, kind: survey, path: a.csv}\n",
      "otklik.yaml:2: report.lang: unknown language 'de' (expected ru or en)"
    ),
    ("sources: [\n", "otklik.yaml:2: invalid yaml: did not find expected node content"),
    ("report:\n  title: x\n", "otklik.yaml:1: missing key 'sources'"),
    (
      "analysis:\n  thresholds: { positive: 1.5 }\nsources:\n  - {name: a, kind: survey, path: a.csv}\n",
      "otklik.yaml:2: analysis.thresholds.positive: must be a score above 0 and below 1"
    ),
    (
      "analysis:\n  thresholds: { pos: 0.2 }\nsources:\n  - {name: a, kind: survey, path: a.csv}\n",
      "otklik.yaml:2: analysis.thresholds.pos: unknown key (expected one of: negative, positive)"
    ),
    (
      "sources:\n  - {name: a, kind: survey, path: a.csv}\n  - {name: a, kind: reviews, path: b.csv}\n",
      "otklik.yaml:3: sources[1]: source name 'a' is used twice"
    ),
  ])
  func reportsFileLineAndKey(yaml: String, message: String) {
    #expect {
      try RunConfig.parse(yaml, file: "otklik.yaml", directory: directory)
    } throws: { error in
      (error as? ConfigError)?.description == message
    }
  }

  @Test func missingFileAndDirectoryAreClearErrors() throws {
    let missing = "/nonexistent/otklik.yaml"
    #expect(throws: ConfigError(file: missing, message: "no such file")) {
      try RunConfig.load(path: missing)
    }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: ConfigError(file: folder, message: "is a directory, not a config file")) {
      try RunConfig.load(path: folder)
    }
  }
}
