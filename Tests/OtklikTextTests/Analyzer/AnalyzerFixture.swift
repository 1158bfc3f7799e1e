import Foundation
import OtklikText

/// A small hand-written lexicon and the project's own `modifiers.tsv`, so rule tests do not move
/// when the big lexicons change.
enum AnalyzerFixture {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Russian test entries: lemmas (stemmed), exact forms, phrases.
  static let russian = """
    # fixture: a few dozen Russian entries
    хороший\t2
    отличный\t3
    вкусный\t2
    невкусный\t-2
    вежливый\t2
    приветливый\t2
    уютный\t2
    чистый\t1.5
    нормальный\t1
    =терпимо\t0.4
    быстрый\t1.5
    плохой\t-2
    ужасный\t-3
    грязный\t-2
    грубый\t-2.5
    хамить\t-2.5
    хамство\t-2.5
    шумный\t-1.5
    холодный\t-1
    медленный\t-1.5
    проблема\t-1.5
    =проблем\t-2
    претензия\t-2
    понравиться\t2
    нравиться\t2
    любить\t2
    спасибо\t2
    =рекомендую\t2
    =лучше\t2
    =дорого\t-1.5
    =дешево\t1
    ждать час\t-2
    =ждали час\t-2
    очередь\t-1
    обман\t-3
    """

  /// English test entries.
  static let english = """
    good\t2
    great\t3
    excellent\t3
    delicious\t3
    friendly\t2
    nice\t2
    cozy\t2
    happy\t2.5
    love\t3
    like\t1.5
    recommend\t2
    better\t2
    bad\t-2.5
    terrible\t-3
    awful\t-3
    rude\t-2.5
    dirty\t-2
    slow\t-1.5
    disappointed\t-2
    expensive\t-1
    pretty\t1.5
    =damn\t-0.8
    =lol\t1.5
    """

  /// Emoji and emoticons.
  static let emoji = """
    👍\t2
    👎\t-2
    😡\t-3
    😢\t-2
    ❤️\t3
    :)\t2
    :(\t-2
    )))\t2
    (((\t-2
    )\t1
    =/\t-1
    \\=D\t2.3
    o_O\t-1
    T_T\t-2
    """

  /// The rule words the engine ships.
  static var modifiers: Modifiers {
    let url = packageRoot.appendingPathComponent("data/lexicons/modifiers.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return (try? Modifiers.parse(text, file: "modifiers.tsv"))
      ?? Modifiers(file: "modifiers.tsv", entries: [])
  }

  /// The analyser over the fixture lexicons with the real stemmers and default settings.
  static let analyzer: TextAnalyzer = make()

  /// An analyser over the fixture with `settings`.
  /// An analyser over the fixture whose rule words leave out every line of `kind`, to show what
  /// that kind of rule changes.
  static func make(without kind: ModifierKind) -> TextAnalyzer {
    let rules = modifiers
    return make(
      modifiers: Modifiers(file: rules.file, entries: rules.entries.filter { $0.kind != kind }))
  }

  static func make(
    settings: SentimentSettings = SentimentSettings(), modifiers: Modifiers = modifiers
  ) -> TextAnalyzer {
    let lexicons = [
      (try? Lexicon.parse(russian, file: "ru-fixture.tsv")),
      (try? Lexicon.parse(english, file: "en-fixture.tsv")),
      (try? Lexicon.parse(emoji, file: "emoji-fixture.tsv")),
    ].compactMap { $0 }
    return TextAnalyzer(
      lexicons: lexicons, modifiers: modifiers, russian: RussianStemmer(),
      english: EnglishStemmer(), settings: settings)
  }
}
