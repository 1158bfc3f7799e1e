import OtklikText
import Testing

/// Tokenizing seen through ``TextAnalyzer/explain(_:)``, which lists every token.
@Suite struct TokenizerTests {
  let analyzer = AnalyzerFixture.analyzer

  private func tokens(_ text: String) -> [String] {
    analyzer.explain(text).tokens.filter { $0.kind != "pause" && $0.kind != "end" }.map {
      "\($0.kind):\($0.folded.isEmpty ? $0.text : $0.folded)"
    }
  }

  @Test func foldsCaseAndYo() {
    #expect(tokens("ЁЖИК Ёлка ёж") == ["word:ежик", "word:елка", "word:еж"])
    #expect(tokens("Hello WORLD") == ["word:hello", "word:world"])
  }

  @Test func stripsURLsMentionsAndRetweets() {
    #expect(
      tokens("RT @user_1: смотри https://t.co/abc?x=1 и www.example.com/x ок") == [
        "word:смотри", "word:и", "word:ок",
      ])
  }

  @Test func readsEmoticonsStartingWithALetterOrEyes() {
    #expect(tokens("o_O what") == ["emoticon:o_o", "word:what"])
    #expect(tokens("T_T =/ =D") == ["emoticon:t_t", "emoticon:=/", "emoticon:=d"])
    // ...but not inside words or numbers.
    #expect(tokens("photo_Of 8:30") == ["word:photo", "word:of", "number:8", "number:30"])
  }

  @Test func keepsHashtagWords() {
    #expect(tokens("#вкусно #Good") == ["word:вкусно", "word:good"])
  }

  @Test func keepsHyphensAndApostrophesInsideWords() {
    #expect(
      tokens("кто-то don't it’s -да-") == ["word:кто-то", "word:don't", "word:it's", "word:да"])
  }

  @Test func numbersAreTheirOwnTokens() {
    #expect(
      tokens("в 9.30 купили 2кг") == [
        "word:в", "number:9", "number:30", "word:купили", "number:2кг",
      ])
    let kinds = analyzer.explain("в 9.30 купили 2кг").tokens.map(\.kind)
    #expect(!kinds.contains("end"))
  }

  @Test func emojiSequencesAreOneToken() {
    #expect(tokens("👍🏽👍") == ["emoji:👍", "emoji:👍"])
    #expect(tokens("👨‍👩‍👧 ок") == ["emoji:👨‍👩‍👧", "word:ок"])
    #expect(tokens("❤️") == ["emoji:❤"])
    #expect(tokens("🇷🇺") == ["emoji:🇷🇺"])
  }

  @Test func emoticonsAndBracketRuns() {
    #expect(
      tokens("супер :) плохо :( ок))) эх((((") == [
        "word:супер", "emoticon::)", "word:плохо", "emoticon::(", "word:ок", "emoticon:)))",
        "word:эх", "emoticon:(((",
      ])
    #expect(tokens("счёт 3:0") == ["word:счет", "number:3", "number:0"])
  }

  @Test func aClosingBracketAfterAnOpeningOneIsNotASmile() {
    #expect(tokens("кафе (у парка) ок") == ["word:кафе", "word:у", "word:парка", "word:ок"])
    #expect(tokens("ок)") == ["word:ок", "emoticon:)"])
  }

  @Test func capitalsAreFlaggedPerToken() {
    let flags = analyzer.explain("Очень ПЛОХО, а Я нет").tokens.filter { $0.kind == "word" }.map(
      \.isCaps)
    #expect(flags == [false, true, false, false, false])
  }

  @Test func sentencesAndClausesSplitAtEndsAndContrastWords() {
    let clauses = analyzer.analyze("Вкусно. Уютно! Чисто? Быстро… Дёшево; но шумно").clauses.map(
      \.text)
    #expect(clauses == ["Вкусно.", "Уютно!", "Чисто?", "Быстро…", "Дёшево;", "но шумно"])
    #expect(
      analyzer.analyze("Good food, but slow service").clauses.map(\.text) == [
        "Good food,", "but slow service",
      ])
  }

  @Test func htmlEntitiesAreDecoded() {
    #expect(
      analyzer.analyze("Вкусно &amp; уютно &quot;да&quot;").clauses.map(\.text) == [
        "Вкусно & уютно \"да\""
      ])
    #expect(tokens("ок&lt;3 &amp;lt;") == ["word:ок", "number:3", "word:lt"])
  }

  @Test func malformedBytesDoNotStopTheReader() {
    let bytes: [UInt8] = [0xD0, 0x20, 0xFF, 0x61, 0x62]
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(tokens(text).last == "word:ab")
  }
}
