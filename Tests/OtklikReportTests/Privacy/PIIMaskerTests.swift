import Foundation
import OtklikReport
import Testing

@Suite struct PIIMaskerTests {
  let masker = PIIMasker(language: .ru)

  @Test(arguments: [
    "+7 (916) 123-45-67", "+7(916)123-45-67", "+79161234567", "8 916 123 45 67", "8(916)1234567",
    "89161234567", "8-916-123-45-67", "916 123-45-67", "9161234567", "+7 916 123 45 67",
    "8 (4966) 12-34-56", "123-45-67", "+7.916.123.45.67", "8 800 555-35-35", "+375 29 123-45-67",
    "+44 20 7946 0958",
  ])
  func masksRussianPhoneFormats(phone: String) {
    #expect(masker.mask("звоните \(phone), спасибо") == "звоните [телефон], спасибо")
  }

  @Test(arguments: [
    "в 2023 году", "заказ на 1500 руб", "12.05.2023", "с 10:00 до 22:00", "ИНН 5022012345678",
    "4,5 из 5", "дом 12-45", "2023-11-05", "+7 баллов", "счёт 3:2",
  ])
  func leavesOtherNumbersAlone(text: String) {
    #expect(masker.mask(text) == text)
  }

  @Test(arguments: [
    ("пишите на anna.petrova@mail.ru.", "пишите на [e-mail]."),
    ("почта: Ivan_1+shop@yandex.ru, ответят", "почта: [e-mail], ответят"),
    ("адрес почта@пример.рф!", "адрес [e-mail]!"),
    ("собака @ в тексте", "собака @ в тексте"),
    ("не почта a@b", "не почта a@b"),
  ])
  func masksEmailAddresses(text: String, masked: String) {
    #expect(masker.mask(text) == masked)
  }

  @Test func masksTheAuthorsNameInAnyCaseAndFormButNotOtherWords() {
    let text =
      "Меня зовут Анна Петрова, АННА — это я. Анну и Петровой знают. Аннушка тут ни при чём, Петровский тоже."
    #expect(
      masker.mask(text, author: "Анна Петрова")
        == "Меня зовут [имя] [имя], [имя] — это я. [имя] и [имя] знают. Аннушка тут ни при чём, Петровский тоже."
    )
  }

  @Test func namesMatchAcrossYo() {
    #expect(masker.mask("Алена, спасибо", author: "Алёна") == "[имя], спасибо")
    #expect(masker.mask("Олеся и Олегу", author: "Олег") == "Олеся и [имя]")
  }

  @Test func englishPlaceholders() {
    let english = PIIMasker(language: .en)
    #expect(
      english.mask("call 8 916 123 45 67 or a@b.com, Bob", author: "Bob")
        == "call [phone] or [e-mail], [name]")
  }

  @Test func everythingTogether() {
    let text = "Олег: +7 916 123-45-67 и oleg@mail.ru"
    #expect(masker.mask(text, author: "Олег") == "[имя]: [телефон] и [e-mail]")
  }

  /// Words are skipped by their first letter only when that cannot change the result: names and
  /// words starting with `й`, `ё` or accented letters, and names written decomposed, still match.
  @Test(arguments: [
    ("Йоко пришла, Йоко ушла", "Йоко", "[имя] пришла, [имя] ушла"),
    ("Ёжикова знают", "Ёжиков", "[имя] знают"),
    ("спасибо, ежикову", "Ёжиков", "спасибо, [имя]"),
    ("Élodie est là", "E\u{301}lodie", "[имя] est là"),
    ("Élodie est là", "Élodie", "[имя] est là"),
    ("JOHN and john and Johnny", "John", "[имя] and [имя] and [имя]"),
    ("Анна, Bob и Боб", "Bob Анна", "[имя], [имя] и Боб"),
  ])
  func namesMatchWhateverTheirFirstLetter(text: String, author: String, masked: String) {
    #expect(masker.mask(text, author: author) == masked)
  }

  /// Names are compared byte by byte where they can be; the answer must be the one of comparing
  /// folded `String`s (canonical equivalence) for every pair, whatever the script, case, `ё` or
  /// decomposed letters of the author's name.
  @Test func byteLevelNameMatchingAgreesWithComparingStrings() {
    let words = [
      "Анна", "анну", "АННОЙ", "Аннушка", "Алёна", "алена", "Ёжиков", "ежикову", "Йоко", "йок",
      "Олег", "Олегу", "Олеся", "Petrov", "PETROVA", "petrovs", "Oleg", "Élodie", "élodies", "Zoë",
      "Ἀθηνᾶ", "Дж", "Jo",
    ]
    let authors = words + ["E\u{301}lodie", "И\u{306}око", "Е\u{308}жиков", "Анна-Мария Петрова"]
    for author in authors {
      for word in words {
        let masked = Self.isForm(word, ofNameIn: author) ? "[имя]" : word
        #expect(masker.mask(word, author: author) == masked, "\(word) for \(author)")
      }
    }
  }

  /// The rule of ``PIIMasker`` on `String`s: the word folded starts with a name word's stem and
  /// adds at most three characters.
  private static func isForm(_ word: String, ofNameIn author: String) -> Bool {
    func fold(_ text: String) -> String {
      text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }
    let stems = author.split(whereSeparator: { !$0.isLetter }).map { fold(String($0)) }
      .filter { $0.count >= 3 }
      .map { name -> String in
        guard name.count > 3, let last = name.last, "аяйьоеиыуюэ".contains(last) else {
          return name
        }
        return String(name.dropLast())
      }
    let folded = fold(word)
    return stems.contains { folded.hasPrefix($0) && folded.count - $0.count <= 3 }
  }
}
