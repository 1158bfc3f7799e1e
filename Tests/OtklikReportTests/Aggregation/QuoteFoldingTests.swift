import Testing

@testable import OtklikReport

@Suite struct QuoteFoldingTests {
  /// The folding a quote gets, as written before the byte-level shortcut.
  static func slowFold(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  @Test(arguments: [
    "", " ", "вкусно", "очень вкусно — но долго", " ведущий пробел", "хвост ", "два  пробела",
    "строка\nперенос", "таб\tуляция", "неразрывный\u{00A0}пробел", "узкий\u{202F}пробел",
    "em\u{2003}space", "«кавычки» и … многоточие", "идеографический\u{3000}пробел",
    "линия\u{2028}разрыв", "огам\u{1680}пробел", "next\u{0085}line", "★★★★☆ 5/5",
    "  много\r\n\r\nстрок  \n", "\t\n", "пробел \u{0301}и знак", "строка\n\u{200D}дальше",
    "a \u{1F3FB} b", "Ёж\n ёж", "число\u{0600} 5  раз", "x\u{0600}  y", "😤  ок", "«так» —  нет",
  ])
  func matchesTheDefinition(text: String) {
    #expect(QuoteMaker.folded(text) == Self.slowFold(text))
  }
}

@Suite struct QuoteIdentityTests {
  @Test(arguments: [
    "", "Вкусно!", "ОЧЕНЬ вкусно, 5/5 😊", "Ёлки — ЁЖ «ёж»", "Ѐ Ѓ Ї Џ ѐ ѓ ї џ", "Café crème",
    "İstanbul",
    "Ⓐ Ⅻ ＡＢＣ", "ǅ ß ς", "x\u{0301}y", "12 345 ₽", "Straße",
  ])
  func fastPathMatchesTheDefinition(text: String) {
    #expect(Quote.identity(of: text) == Quote.generalIdentity(of: text))
  }
}

@Suite struct QuoteCharacterCountTests {
  /// The byte and scalar shortcuts never change the answer of counting characters.
  @Test func isLongerAgreesWithCountingCharacters() {
    let texts = [
      "", "abc", "Очень вкусно", "e\u{301}te\u{301}", "👍🏻👍🏻 ok", "🇷🇺 флаг", "Ёлка\r\nи й",
      "👩‍👩‍👧 семья",
    ]
    for text in texts {
      for length in 0...(text.utf8.count + 1) {
        #expect(
          QuoteMaker.isLonger(text, than: length) == (text.count > length), "\(text) \(length)")
      }
    }
  }
}
