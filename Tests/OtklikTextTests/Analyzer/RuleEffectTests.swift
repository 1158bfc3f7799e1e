import OtklikText
import Testing

/// Each rule changes the outcome: switched off through its setting, the sentence that needs it
/// flips; switched on, scores move the way the rule says.
@Suite struct RuleEffectTests {
  let analyzer = AnalyzerFixture.analyzer

  private func score(_ text: String, _ analyzer: TextAnalyzer? = nil) -> Double {
    (analyzer ?? self.analyzer).analyze(text).score
  }

  @Test func negationFlipsAndWithoutItTheWordKeepsItsSign() {
    var settings = SentimentSettings()
    settings.negationScale = 1
    #expect(analyzer.analyze("Не вкусно").label == .negative)
    #expect(AnalyzerFixture.make(settings: settings).analyze("Не вкусно").label == .positive)
  }

  @Test func negationDampsAsWellAsFlips() {
    #expect(abs(score("Не плохо")) < abs(score("Плохо")))
    #expect(score("Не плохо") > 0)
  }

  @Test func contrastMakesTheClauseAfterWin() {
    var settings = SentimentSettings()
    settings.contrastAfterWeight = 1
    settings.contrastBeforeWeight = 1
    let text = "Еда отличная, но обслуживание плохое"
    #expect(analyzer.analyze(text).label == .negative)
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .positive)
  }

  @Test func concessionMakesItsClauseWeighLess() {
    // Negative weighting off, so that only the concession tips the balance.
    var settings = SentimentSettings()
    settings.negativeWeight = 1
    let text = "Хотя еда отличная, обслуживание ужасное"
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .negative)
    settings.concessionWeight = 1
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .neutral)
  }

  @Test(arguments: [("очень вкусно", "вкусно"), ("крайне грязно", "грязно"), ("very good", "good")])
  func intensifiersStrengthen(intensified: String, plain: String) {
    #expect(abs(score(intensified)) > abs(score(plain)))
  }

  @Test(arguments: [
    ("немного грязно", "грязно"), ("чуть медленно", "медленно"), ("slightly dirty", "dirty"),
  ])
  func diminishersWeaken(diminished: String, plain: String) {
    #expect(abs(score(diminished)) < abs(score(plain)))
    #expect((score(diminished) < 0) == (score(plain) < 0))
  }

  @Test func exclamationAmplifiesUpToFourMarks() {
    #expect(score("Вкусно!") > score("Вкусно"))
    #expect(score("Вкусно!!!") > score("Вкусно!"))
    #expect(score("Вкусно!!!!!!!!") == score("Вкусно!!!!"))
    #expect(score("Грязно!!!") < score("Грязно"))
  }

  @Test func capitalsAmplifyOnlyInAMixedCaseText() {
    #expect(score("Было ПЛОХО") < score("Было плохо"))
    #expect(score("БЫЛО ПЛОХО") == score("было плохо"))
  }

  @Test func questionsAreDamped() {
    var settings = SentimentSettings()
    settings.questionScale = 1
    let text = "Где можно купить хороший хлеб?"
    #expect(analyzer.analyze(text).label == .neutral)
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .positive)
  }

  @Test(arguments: [
    ("Isn't it good?", SentimentLabel.positive), ("Is it good?", .neutral),
    ("Не слишком ли дорого?", .negative), ("Разве не вкусно?", .positive),
    ("Не подскажете, где вкусно?", .neutral),
  ])
  func rhetoricalQuestionAssertsWhatItsNegatorSeemsToDeny(text: String, label: SentimentLabel) {
    #expect(analyzer.analyze(text).label == label, "\(text)")
  }

  @Test func complaintsPutAsQuestionsAreDampedLess() {
    var settings = SentimentSettings()
    settings.negativeQuestionScale = settings.questionScale
    #expect(analyzer.analyze("Почему так медленно?").label == .negative)
    #expect(
      AnalyzerFixture.make(settings: settings).analyze("Почему так медленно?").label == .neutral)
  }

  @Test(arguments: [
    ("The kettle does not work", SentimentLabel.negative), ("The kettle works", .none),
    ("Так и не перезвонили", .negative), ("Перезвонили через час", .none),
    ("Курьер не приехал", .negative), ("Курьер приехал", .none),
  ])
  func deniedExpectationIsAComplaintAndAMetOneSaysNothing(text: String, label: SentimentLabel) {
    #expect(analyzer.analyze(text).label == label)
  }

  @Test func expectationIsDeniedOnlyByANegatorRightBeforeIt() {
    let text = "I don't know the answer"
    #expect(analyzer.analyze(text).label == .none)
    var settings = SentimentSettings()
    settings.expectationWindow = settings.negationWindow
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .negative)
  }

  @Test func deniedExpectationTakesTheNegationForItself() throws {
    // "did not fix the slow": the slowness stays; it is not read as "not slow".
    let analysis = analyzer.analyze("They did not fix the slow wifi")
    let evidence = try #require(analysis.clauses.first?.evidence)
    #expect(evidence.map(\.entry) == ["fix", "slow"])
    #expect(evidence[0].rules == ["denied expectation"])
    #expect(evidence.allSatisfy { $0.weighted < 0 })
  }

  @Test(arguments: [
    ("Нет парковки", SentimentLabel.negative), ("Связи нет.", .negative),
    ("No wifi since morning", .negative), ("Проблем нет", .positive), ("Нет, спасибо", .nonAnswer),
    ("Нет ни одной претензии", .positive), ("No matter what", .none),
  ])
  func negatorStatesALackWhenItNegatesNoSentimentWord(text: String, label: SentimentLabel) {
    #expect(analyzer.analyze(text).label == label)
  }

  @Test func withoutAbsenceLinesANegatorAloneSaysNothing() {
    #expect(AnalyzerFixture.make(without: .absence).analyze("Нет парковки").label == .none)
  }

  @Test(arguments: [
    ("10/10 would buy again", SentimentLabel.positive), ("Ставлю 2 из 5", .negative),
    ("4 out of 5", .positive), ("1 / 10", .negative), ("0/10", .negative), ("3/5", .none),
    ("Open 24/7", .none), ("Meet on 12/10/2026", .none), ("Rated 9.5/10", .none),
    ("Счёт 2:5", .none), ("Из 10 человек пришли 5", .none),
  ])
  func ratingWrittenInTheTextIsAVerdict(text: String, label: SentimentLabel) {
    #expect(analyzer.analyze(text).label == label, "\(text)")
  }

  @Test func ratingEvidenceNamesThePointsAndTheScale() throws {
    let evidence = try #require(analyzer.analyze("Ставлю 2 из 5").clauses.first?.evidence.first)
    #expect(evidence.entry == "2/5")
    #expect(evidence.words == "2 из 5")
    #expect(evidence.valence < 0)
  }

  @Test func postNegatorReachesBackOverAFewWords() {
    let text = "Больших проблем с машиной не возникало"
    #expect(analyzer.analyze(text).label == .positive)
    var settings = SentimentSettings()
    settings.postNegationWindow = 2
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .negative)
  }

  @Test func negatedVerbOfSayingReachesIntoItsClause() {
    let text = "Не скажу, что вкусно"
    #expect(analyzer.analyze(text).label == .negative)
    #expect(analyzer.analyze("Не ожидали, что будет так вкусно").label == .positive)
    #expect(AnalyzerFixture.make(without: .clauseNegator).analyze(text).label == .positive)
  }

  @Test func negatedVerbOfSayingReachesFurtherThanANegator() {
    let text = "I don't think that it was good"
    #expect(analyzer.analyze(text).label == .negative)
    var settings = SentimentSettings()
    settings.clauseNegationReach = 0
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .positive)
  }

  @Test func praiseInAWishIsWishedForNotGiven() {
    let wish = "Было бы хорошо открыть кафе"
    #expect(analyzer.analyze(wish).label == .neutral)
    #expect(analyzer.analyze("Было бы плохо закрыть кафе").label == .negative)
    #expect(AnalyzerFixture.make(without: .irrealis).analyze(wish).label == .positive)
  }

  @Test(arguments: ["Проблем не было", "Проблем не возникало.", "Претензий нет"])
  func postNegatorOfTwoWordsFlipsTheWordBeforeIt(text: String) {
    #expect(analyzer.analyze(text).label == .positive)
  }

  @Test func idiomOfValenceZeroKeepsItsWordsFromScoringAndGivesNoSignal() {
    // "спасибо" is 2 in the fixture; in a support reply's formula it is politeness, not praise.
    #expect(analyzer.analyze("Спасибо").label == .positive)
    #expect(analyzer.analyze("Спасибо за обращение").label == .none)
  }

  @Test func singleWeakHitIsDamped() {
    var settings = SentimentSettings()
    settings.weakHitScale = 1
    #expect(analyzer.analyze("Терпимо").label == .neutral)
    #expect(AnalyzerFixture.make(settings: settings).analyze("Терпимо").label == .positive)
  }

  @Test(arguments: ["Don't buy this kettle", "Dont buy this kettle", "Don’t buy this kettle"])
  func negativeContractionMatchesWithOrWithoutApostrophe(text: String) throws {
    let lexicon = try Lexicon.parse("dont buy\t-2.5\n", file: "contractions.tsv")
    let analyzer = TextAnalyzer(
      lexicons: [lexicon], modifiers: AnalyzerFixture.modifiers, russian: RussianStemmer(),
      english: EnglishStemmer(), settings: SentimentSettings())
    let analysis = analyzer.analyze(text)
    #expect(analysis.label == .negative)
    #expect(analysis.clauses.first?.evidence.first?.entry == "dont buy")
    // The idiom the rules write with an apostrophe serves the plain spelling too.
    #expect(AnalyzerFixture.analyzer.analyze("The kettle doesnt work").label == .negative)
  }

  @Test(arguments: [
    ("Цены радуют", SentimentLabel.positive), ("Там работают профессионалы", .positive),
    ("Есть недостатки", .negative), ("Продавцы молодцы", .positive),
  ])
  func russianLemmaMatchesFormsTheStemmerCutsDifferently(text: String, label: SentimentLabel)
    throws
  {
    let lexicon = try Lexicon.parse(
      "радовать\t2\nпрофессионал\t2\nнедостаток\t-2\nмолодец\t2\n", file: "lemmas.tsv")
    let analyzer = TextAnalyzer(
      lexicons: [lexicon], modifiers: AnalyzerFixture.modifiers, russian: RussianStemmer(),
      english: EnglishStemmer(), settings: SentimentSettings())
    #expect(analyzer.analyze(text).label == label)
  }

  @Test func negativeEvidenceWeighsMoreThanPositive() {
    var settings = SentimentSettings()
    settings.negativeWeight = 1
    let text = "Пицца вкусная, суп невкусный"
    #expect(AnalyzerFixture.make(settings: settings).analyze(text).label == .neutral)
    #expect(analyzer.analyze(text).label == .negative)
  }

  @Test(arguments: [
    ("ahahaha that cat", SentimentLabel.positive), ("jajaja", .positive), ("hahaa ok", .positive),
    ("lolol", .positive), ("hello there", .none), ("lala land", .none), ("ахахахах", .positive),
    ("хехе", .positive), ("ехать", .none),
  ])
  func laughsOfAnyLengthMatchTheirDictionarySpelling(text: String, label: SentimentLabel) throws {
    let lexicon = try Lexicon.parse("=haha\t2\n=lol\t2\n=хаха\t2\n", file: "laughs.tsv")
    let analyzer = TextAnalyzer(
      lexicons: [lexicon], modifiers: AnalyzerFixture.modifiers, russian: RussianStemmer(),
      english: EnglishStemmer(), settings: SentimentSettings())
    #expect(analyzer.analyze(text).label == label)
  }

  @Test func longReviewIsLabelledByTheVoteOfItsClauses() {
    let mixed = "Пицца вкусная. Официанты вежливые. Место уютное. Суп холодный. Зал грязный."
    var settings = SentimentSettings()
    settings.voteMinimumClauses = 0
    #expect(AnalyzerFixture.make(settings: settings).analyze(mixed).label == .positive)
    #expect(analyzer.analyze(mixed).label == .neutral)
    let praised = "Пицца вкусная. Официанты вежливые. Место уютное. Чисто. Суп холодный."
    #expect(analyzer.analyze(praised).label == .positive)
  }

  @Test func idiomThatEndsInAnIntensifierGivesWayToTheWordAfterIt() {
    let alone = analyzer.analyze("Не очень")
    let before = analyzer.analyze("Не очень вкусно")
    #expect(alone.clauses.first?.evidence.first?.entry == "=не очень")
    #expect(before.clauses.first?.evidence.first?.entry == "вкусный")
    #expect(before.clauses.first?.evidence.first?.rules.first == "negated intensifier ×-0.5")
  }

  @Test func thresholdsAreConfigurable() {
    var settings = SentimentSettings()
    settings.positiveThreshold = 0.99
    #expect(AnalyzerFixture.make(settings: settings).analyze("Очень вкусно").label == .neutral)
  }

  @Test func scoresStayInsideMinusOneToOne() {
    let long = String(repeating: "Отлично, вкусно, уютно!!! ", count: 200)
    let score = analyzer.analyze(long).score
    #expect(score > 0.9 && score <= 1)
  }

  @Test func textWithoutSignalIsNoneAndEmptyTextToo() {
    #expect(analyzer.analyze("Открылись в 9, купили хлеб").label == .none)
    #expect(analyzer.analyze("").label == .none)
    #expect(analyzer.analyze("   ").label == .none)
  }

  @Test func nonAnswerKeepsItsEvidence() throws {
    let analysis = analyzer.analyze("Затрудняюсь ответить.")
    #expect(analysis.label == .nonAnswer)
    let evidence = try #require(analysis.clauses.first?.evidence.first)
    #expect(evidence.entry == "затрудняюсь ответить")
    #expect(evidence.rules == ["non-answer"])
  }

  @Test func evidenceListsWordsEntryValenceAndRules() throws {
    let analysis = analyzer.analyze("Официанты вежливые, но совсем не вкусно")
    #expect(analysis.clauses.count == 2)
    #expect(analysis.clauses[0].label == .positive)
    #expect(analysis.clauses[1].label == .negative)
    #expect(analysis.label == .negative)
    let polite = try #require(analysis.clauses[0].evidence.first)
    #expect(polite.words == "вежливые")
    #expect(polite.entry == "вежливый")
    #expect(polite.valence == 2)
    #expect(polite.weighted == 1)
    #expect(polite.rules == ["before contrast ×0.5"])
    let tasty = try #require(analysis.clauses[1].evidence.first)
    #expect(tasty.words == "вкусно")
    #expect(tasty.rules.contains("contrast ×1.5"))
    #expect(tasty.weighted < 0)
  }

  @Test func languageIsGuessedFromLetters() {
    #expect(analyzer.analyze("Очень вкусно").language == .russian)
    #expect(analyzer.analyze("Very tasty").language == .english)
    #expect(analyzer.analyze("Кофе отличный, but the music was terrible").language == .mixed)
    #expect(analyzer.analyze("Сервис Wi-Fi в кафе работает хорошо и быстро").language == .russian)
    #expect(analyzer.analyze("12:30 👍").language == .unknown)
  }

  @Test func analyzerWorksFromManyThreadsAtOnce() async {
    let analyzer = self.analyzer
    let texts = ["Очень вкусно", "Ужасно грязно", "The food was not good", "Нет", "👍"]
    let expected = texts.map { analyzer.analyze($0).label }
    await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask {
          (0..<200).allSatisfy { round in
            analyzer.analyze(texts[round % texts.count]).label == expected[round % texts.count]
          }
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}
