import OtklikText
import Testing

/// Properties both stemmers keep on awkward input: no crash, never longer, the byte entry
/// point agreeing with the `String` one.
@Suite struct StemmerInvariantTests {
  static let stemmers: [any Stemmer] = [RussianStemmer(), EnglishStemmer()]

  static let awkwardWords: [String] = [
    "", "-", "'", "''", "’", "a", "y", "Y", "s", "'s", "ys", "yy", "yyy", "aaa", "sss", "ies",
    "ied",
    "eed", "ing", "ingly", "li", "ogi", "gener", "commun", "arsen", "generation", "и", "ь", "ся",
    "сь", "нн", "ейш", "ость", "вшись", "ившись", "аааа", "ьььь", "ёёё", "Ё", "0", "42", "3.14",
    "2024-й", "кто-нибудь", "санкт-петербург", "e-mail", "covid-19", "ин-т", "😀😀", "🇷🇺",
    "naïve", "мир\u{0301}", "\u{00AD}", "ab\u{0000}cd", "wi\u{2011}fi",
  ]

  static let sampleWords: [String] = [
    "вежливые", "официанты", "ждали", "улыбнувшись", "нравится", "длиннейшая", "доступность",
    "медленно", "статьи", "интернет-магазина", "ещё", "generously", "skies", "dying", "news",
    "running", "hopping", "agreed", "communication", "cleanliness", "it’s", "Running",
  ]

  @Test(arguments: stemmers.indices, awkwardWords + sampleWords)
  func neverLongerAndStable(stemmerIndex: Int, word: String) {
    let stemmer = Self.stemmers[stemmerIndex]
    let stem = stemmer.stem(word)
    #expect(stem.utf8.count <= word.utf8.count)
    let again = stemmer.stem(stem)
    #expect(again.utf8.count <= stem.utf8.count)
  }

  @Test(arguments: stemmers.indices, awkwardWords + sampleWords)
  func bytesAgreeWithString(stemmerIndex: Int, word: String) {
    let stemmer = Self.stemmers[stemmerIndex]
    let expected = Array(stemmer.stem(word).utf8)
    #expect(stemmer.stem(utf8: Array(word.utf8)) == expected)
    #expect(stemmer.stem(utf8: word.utf8) == expected)
    #expect(stemmer.stem(utf8: Array(word.utf8)[...]) == expected)
    #expect(stemmer.stem(utf8: AnyCollection(word.utf8)) == expected)  // not contiguous: copied
  }

  @Test func invalidUTF8IsKeptNotRepaired() {
    let bytes: [UInt8] = [0xD0, 0xB2, 0xD0, 0xB5, 0xD0]  // "ве" then a cut-off lead byte
    #expect(RussianStemmer().stem(utf8: bytes) == bytes)
    #expect(EnglishStemmer().stem(utf8: [0x61, 0x62, 0xFF]) == [0x61, 0x62, 0xFF])
  }

  @Test func singleLettersAreUnchanged() {
    let russian = RussianStemmer()
    for value in UInt32(0x0430)...0x044F {
      let letter = String(Character(Unicode.Scalar(value)!))
      #expect(russian.stem(letter) == letter)
    }
    let english = EnglishStemmer()
    for value in UInt32(0x61)...0x7A {
      let letter = String(Character(Unicode.Scalar(value)!))
      #expect(english.stem(letter) == letter)
    }
  }

  @Test(arguments: ["0", "7", "42", "2024", "3.14", "1990-е", "100%"])
  func numbersComeBackUnchanged(word: String) {
    #expect(EnglishStemmer().stem(word) == word)
    if !word.contains("е") { #expect(RussianStemmer().stem(word) == word) }
  }

  @Test func digitsInsideARussianWordAreNonVowels() {
    // The only vowel is the last letter, so RV is empty and nothing may be removed.
    #expect(RussianStemmer().stem("1990-е") == "1990-е")
    // Latin letters and digits are non-vowels: RV starts after the "а" of "пандемия".
    #expect(RussianStemmer().stem("covid-19-пандемия") == "covid-19-пандем")
  }
}
