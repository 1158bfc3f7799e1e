import OtklikText
import Testing

/// Word → stem pairs worked out by hand from Snowball's Russian algorithm.
///
/// Notation in the comments: RV starts after the first vowel; "g1" endings need а/я before
/// them inside RV; R2 is R1 taken twice.
@Suite struct RussianStemmerTests {
  let stemmer = RussianStemmer()

  @Test(arguments: [
    ("прочитав", "прочита"),  // g1 "в" after а
    ("постояв", "постоя"),  // g1 "в" after я
    ("написавши", "написа"),  // g1 "вши" after а
    ("выпив", "вып"),  // g2 "ив"
    ("умывшись", "ум"),  // g2 "ывшись", the longest
    // "вшись" is the longest gerund ending but follows у: the class fails, then "сь" and noun "и".
    ("улыбнувшись", "улыбнувш"),
  ])
  func perfectiveGerunds(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("улыбается", "улыба"),  // "ся", then g1 verb "ет" after а
    ("нравится", "нрав"),  // "ся", then g2 verb "ит"
    ("понравилось", "понрав"),  // "сь", then g2 verb "ило"
    ("остались", "оста"),  // "сь", then g1 verb "ли" after а
    ("занимались", "занима"),
    ("открылись", "откр"),  // "сь", then g2 verb "ыли"
  ])
  func reflexiveVerbs(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("вежливые", "вежлив"), ("вежливый", "вежлив"), ("вкусная", "вкусн"), ("столовая", "столов"),
    ("хорошего", "хорош"), ("хорошему", "хорош"), ("хороших", "хорош"), ("хорошими", "хорош"),
    ("новую", "нов"), ("синюю", "син"), ("тихий", "тих"), ("самый", "сам"), ("наиболее", "наибол"),
    ("детей", "дет"), ("едой", "ед"), ("библиотекой", "библиотек"),
  ])
  func adjectives(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("читающий", "чита"),  // "ий", then g1 participle "ющ" after а
    ("работающие", "работа"),
    ("прочитавший", "прочита"),  // "ий", then g1 "вш" after а
    ("организующий", "организ"),  // "ий", then g2 "ующ"
    ("сделанных", "сдела"),  // "ых", then g1 "нн" after а
    ("организованный", "организова"),
    ("деревянный", "деревя"),  // g1 "нн" after я
  ])
  func participles(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("работает", "работа"),  // g1 "ет" after а
    ("сделали", "сдела"),  // g1 "ли" after а
    ("сказал", "сказа"),  // g1 "л" after а
    ("читаешь", "чита"),  // g1 "ешь"
    ("делайте", "дела"),  // g1 "йте" (the g2 "ейте"/"уйте" do not match)
    ("понимают", "понима"),  // g1 "ют"
    ("говорить", "говор"),  // g2 "ить"
    ("говорите", "говор"),  // g2 "ите"
    ("купили", "куп"),  // g2 "или"
    ("стоят", "сто"),  // g2 "ят"
    ("рисуют", "рис"),  // g2 "уют", longer than g1 "ют"
    ("пришла", "пришл"),  // g1 "ла" after ш fails; noun "а"
  ])
  func verbs(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("официанты", "официант"), ("книгами", "книг"), ("очередями", "очеред"), ("очереди", "очеред"),
    ("очередь", "очеред"), ("ценами", "цен"), ("сотрудников", "сотрудник"),
    ("обслуживания", "обслуживан"), ("обслуживание", "обслуживан"), ("библиотеки", "библиотек"),
    ("библиотеке", "библиотек"), ("детям", "дет"), ("парковки", "парковк"), ("хамство", "хамств"),
    ("кафе", "каф"), ("еда", "ед"), ("могу", "мог"), ("дешевле", "дешевл"), ("линии", "лин"),
    ("грязь", "гряз"), ("жизнь", "жизн"),
    ("цены", "цен"),  // verb g1 "ны" needs а/я: noun "ы"
    ("вкусно", "вкусн"), ("грязно", "грязн"), ("ужасно", "ужасн"),
    ("мать", "мат"),  // g1 verb "ть": а lies before RV, so noun "ь"
    ("ждали", "ждал"),  // g1 verb "ли": а lies before RV, so noun "и"
  ])
  func nouns(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("радио", "рад")  // noun "о" leaves "и"
  ])
  func finalIIsRemoved(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("доступность", "доступн"), ("вежливость", "вежлив"), ("активности", "активн"),
    ("скорость", "скорост"),  // "ост" starts before R2
    ("стоимость", "стоимост"),  // R2 starts after "стоимо"
  ])
  func derivationalOstInR2(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("вкуснейший", "вкусн"), ("длиннейшая", "длин"), ("красивейшее", "красив"),
  ])
  func superlatives(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("длинный", "длин"), ("ценный", "цен"),
    ("медленно", "медлен"),  // g1 verb "нно" fails after е; noun "о"; then "нн" → "н"
  ])
  func doubleNBecomesSingle(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("статьи", "стат"), ("семьи", "сем"),  // noun "и", then the soft sign
  ])
  func softSignIsRemoved(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("ждем", "ждем"),  // RV is only "м": "ем" does not fit in it
    ("мрт", "мрт"),  // no vowel, empty RV
    ("в", "в"),
  ])
  func endingsMustLieInRV(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("ещё", "ещ"), ("берёза", "берез"), ("ВКУСНО", "вкусн"), ("Ёлки", "елк"),
  ])
  func foldsYoAndCapitals(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test(arguments: [
    ("интернет-магазина", "интернет-магазин"),  // the hyphen is a non-vowel; the ending goes
    ("кто-то", "кто-т"),
    ("2024", "2024"), ("hello", "hello"), ("wi-fi", "wi-fi"), ("😀", "😀"), ("", ""),
  ])
  func otherCharacters(word: String, stem: String) {
    #expect(stemmer.stem(word) == stem)
  }
}
