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

@Suite struct ChoiceSplitterCacheTests {
  /// Learning a new option changes later splits of a cell already seen: the remembered split must
  /// not outlive it.
  @Test func learnAndSplitEqualsLearnThenSplitWhileOptionsAreLearned() {
    var cached = ChoiceSplitter()
    var plain = ChoiceSplitter()
    let cells = [
      "Суши, роллы", "Пицца, Суши", "Суши", "Пицца, Суши", "Суши, роллы", "роллы", "Суши, роллы",
      "Пицца", "Пицца, Суши", "", " Пицца ", "Пицца; Суши, роллы", "Пицца; Суши, роллы",
    ]
    for cell in cells {
      plain.learn(cell)
      #expect(cached.learnAndSplit(cell) == plain.split(cell))
    }
    #expect(cached.knownOptions == plain.knownOptions)
    #expect(cached.learnAndSplit("Суши, роллы") == ["Суши", "роллы"])
  }
}
