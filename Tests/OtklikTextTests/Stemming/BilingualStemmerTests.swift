import OtklikText
import Testing

@Suite struct BilingualStemmerTests {
  let stemmer = BilingualStemmer()

  @Test(arguments: [
    ("доставки", "доставк"), ("deliveries", "deliveri"), ("вежливые", "вежлив"),
    ("running", "run"), ("ios-приложения", "ios-приложен"), ("café", "café"), ("2024", "2024"),
    ("", ""),
  ])
  func picksTheAlgorithmByScript(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
    #expect(stemmer.stem(utf8: Array(word.utf8)) == Array(stem.utf8))
  }

  @Test(arguments: ["официанты", "хамство", "generously", "agreed", "skies"])
  func agreesWithTheLanguageStemmer(word: String) {
    let expected =
      word.unicodeScalars.contains { $0.value >= 0x400 }
      ? RussianStemmer().stem(word) : EnglishStemmer().stem(word)
    #expect(stemmer.stem(word) == expected)
  }
}
