import Foundation
import OtklikText
import Testing

@Suite struct LexiconParsingTests {
  @Test func readsWordsExactFormsPhrasesAndSymbols() throws {
    let text =
      "# comment\n\nхороший\t2\n=дорого\t-1.5\t# note\nТак  Себе\t-1\n👍\t2\n:-(\t-2\nЁлки\t1\r\n"
    let lexicon = try Lexicon.parse(text, file: "ru.tsv")
    #expect(
      lexicon.entries.map(\.term) == [
        .word("хороший"), .exact("дорого"),
        .phrase([.init(text: "так", isExact: false), .init(text: "себе", isExact: false)]),
        .symbol("👍"), .symbol(":-("), .word("елки"),
      ])
    #expect(lexicon.entries.map(\.valence) == [2, -1.5, -1, 2, -2, 1])
    #expect(lexicon.entries.map(\.line) == [3, 4, 5, 6, 7, 8])
  }

  @Test func equalsBeforeASignIsAnEmoticonAndBackslashEscapesOneBeforeLetters() throws {
    let lexicon = try Lexicon.parse("=good\t2\n=/\t-1\n=)\t2\n\\=D\t2\n", file: "en.tsv")
    #expect(
      lexicon.entries.map(\.term) == [.exact("good"), .symbol("=/"), .symbol("=)"), .symbol("=D")])
    #expect(lexicon.entries[3].term.written == "\\=D")
  }

  @Test func phraseWordsCanBeExact() throws {
    let lexicon = try Lexicon.parse("=не работает\t-2\n", file: "ru.tsv")
    #expect(
      lexicon.entries[0].term
        == .phrase([.init(text: "не", isExact: true), .init(text: "работает", isExact: false)]))
  }

  @Test(arguments: [
    ("хороший 2\n", "ru.tsv:1: missing tab between term and valence"),
    ("хороший\tочень\n", "ru.tsv:1: valence 'очень' is not a number"),
    ("хороший\t5\n", "ru.tsv:1: valence 5.0 is outside -4...4"),
    ("\t2\n", "ru.tsv:1: empty term"),
    ("  \t2\n", "ru.tsv:1: empty term"),
    (
      "хороший\t2\n\nплохой\t-2\nхороший\t3\n",
      "ru.tsv:4: 'хороший' is defined twice (first on line 1)"
    ),
    (
      "один два три четыре пять шесть семь\t1\n",
      "ru.tsv:1: phrase 'один два три четыре пять шесть семь' has more than 6 words"
    ),
    ("хороший\t\n", "ru.tsv:1: valence '' is not a number"),
  ])
  func brokenLinesNameFileAndLine(text: String, message: String) {
    #expect(throws: LexiconError.self) { try Lexicon.parse(text, file: "ru.tsv") }
    do {
      _ = try Lexicon.parse(text, file: "ru.tsv")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func modifiersParseKindsAndValues() throws {
    let text =
      "negator\t=не\nnegator\t=без\t1\nintensifier\t=очень\t1.3\nidiom\tтак себе\t-1\nnon_answer\tНе знаю\n"
    let modifiers = try Modifiers.parse(text, file: "modifiers.tsv")
    #expect(
      modifiers.entries.map(\.kind) == [.negator, .negator, .intensifier, .idiom, .nonAnswer])
    #expect(modifiers.entries.map(\.value) == [0, 1, 1.3, -1, 0])
    #expect(modifiers.entries[4].term == .exact("не знаю"))
  }

  @Test(arguments: [
    (
      "booster\t=очень\t1.3\n",
      "modifiers.tsv:1: unknown modifier kind 'booster' (expected negator, clause_negator, post_negator, intensifier, diminisher, contrast, concession, idiom, expectation, irrealis, absence, naming, non_answer, expressive)"
    ),
    (
      "intensifier\t=очень\n",
      "modifiers.tsv:1: modifier kind 'intensifier' needs a value after a second tab"
    ),
    ("idiom\tтак себе\t-7\n", "modifiers.tsv:1: valence -7.0 is outside -4...4"),
    ("expectation\twork\t-5\n", "modifiers.tsv:1: valence -5.0 is outside -4...4"),
    (
      "idiom\tодин два три четыре пять шесть семь\t1\n",
      "modifiers.tsv:1: phrase 'один два три четыре пять шесть семь' has more than 6 words"
    ),
    (
      "negator\t=no\nabsence\t=nope\t-0.8\n",
      "modifiers.tsv:2: absence '=nope' marks no negator or post_negator of this file"
    ),
    (
      "expectation\twork\n",
      "modifiers.tsv:1: modifier kind 'expectation' needs a value after a second tab"
    ),
    ("negator\n", "modifiers.tsv:1: missing tab between term and valence"),
    ("negator\t=не\nnegator\t=не\n", "modifiers.tsv:2: '=не' is defined twice (first on line 1)"),
  ])
  func brokenModifierLinesNameFileAndLine(text: String, message: String) {
    do {
      _ = try Modifiers.parse(text, file: "modifiers.tsv")
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func shippedModifiersParse() throws {
    // Parsed here rather than through the fixture, which falls back to no rules: a broken line
    // fails this test with its file and line.
    let url = AnalyzerFixture.packageRoot.appendingPathComponent("data/lexicons/modifiers.tsv")
    let modifiers = try Modifiers.parse(
      try String(contentsOf: url, encoding: .utf8), file: "modifiers.tsv")
    #expect(modifiers.entries.count > 200)
    let kinds = Set(modifiers.entries.map(\.kind))
    #expect(kinds == Set(ModifierKind.allCases))
  }

  @Test func laterLexiconOverridesAndZeroRemoves() throws {
    let base = try Lexicon.parse("вкусный\t2\n=года\t1\nгоден\t1.5\n", file: "ru.tsv")
    let extra = try Lexicon.parse("вкусный\t3\n=года\t0\n", file: "ru-extra.tsv")
    let analyzer = TextAnalyzer(
      lexicons: [base, extra], modifiers: AnalyzerFixture.modifiers, russian: RussianStemmer())
    let tasty = analyzer.analyze("вкусно").clauses.first?.evidence.first
    #expect(tasty?.valence == 3)
    #expect(tasty?.entry == "вкусный")
    #expect(analyzer.analyze("два года").label == .none)
    #expect(analyzer.analyze("годен").label == .positive)
  }
}
