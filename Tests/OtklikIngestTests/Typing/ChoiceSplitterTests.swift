import OtklikIngest
import Testing

@Suite struct ChoiceSplitterTests {
  @Test func configuredOptionsWithCommasStayWhole() {
    let splitter = ChoiceSplitter(options: ["Кофе, чай", "Выпечка", "Завтраки, бранчи"])
    #expect(splitter.split("Кофе, чай, Выпечка") == ["Кофе, чай", "Выпечка"])
    #expect(splitter.split("Завтраки, бранчи; Выпечка") == ["Завтраки, бранчи", "Выпечка"])
    #expect(splitter.split("Кофе, чай") == ["Кофе, чай"])
  }

  @Test func optionsSeenWholeAreLearned() {
    var splitter = ChoiceSplitter()
    splitter.learn("Пицца")
    splitter.learn("Пицца, Бургеры")
    #expect(splitter.knownOptions == ["Пицца"])
    #expect(splitter.split("Бургеры, Пицца") == ["Бургеры", "Пицца"])
  }

  @Test func lowercaseContinuationJoinsThePreviousOption() {
    let splitter = ChoiceSplitter(options: ["Русская"])
    #expect(splitter.split("Суши, роллы, Русская") == ["Суши, роллы", "Русская"])
    #expect(splitter.split("Русская;Грузинская") == ["Русская", "Грузинская"])
    #expect(splitter.split("") == [])
  }

  @Test func aRespondentsOwnAnswerAfterAKnownOptionStandsAlone() {
    let splitter = ChoiceSplitter(options: ["Кофе и десерты", "Итальянская (пицца, паста)"])
    #expect(splitter.split("Кофе и десерты, шаурма") == ["Кофе и десерты", "шаурма"])
    #expect(
      splitter.split("Итальянская (пицца, паста), морепродукты, рыба")
        == ["Итальянская (пицца, паста)", "морепродукты, рыба"])
  }
}
