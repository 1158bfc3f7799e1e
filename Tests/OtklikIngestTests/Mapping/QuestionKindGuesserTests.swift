import Testing

@testable import OtklikIngest

@Suite struct QuestionKindGuesserTests {
  @Test(arguments: [
    ("Насколько вероятно, что вы порекомендуете нас друзьям?", QuestionKind.nps),
    ("How likely are you to recommend us?", .nps),
    ("Оцените по шкале от 1 до 10", .scale(min: 1, max: 10)),
    ("Как часто вы едите вне дома? (1-5)", .scale(min: 1, max: 5)),
    ("Rate the service 1 to 5", .scale(min: 1, max: 5)),
    ("Какие кухни вы любите? (можно выбрать несколько)", .multipleChoice),
    ("Select all that apply", .multipleChoice),
    (
      "Как часто вы едите вне дома? (1 — почти никогда, 5 — несколько раз в неделю)",
      .scale(min: 1, max: 5)
    ),
  ])
  func headerDecides(header: String, kind: QuestionKind) {
    #expect(QuestionKindGuesser.kind(fromHeader: header) == kind)
  }

  @Test func plainQuestionNeedsAnswers() {
    #expect(QuestionKindGuesser.kind(fromHeader: "Ваше любимое место") == nil)
    #expect(QuestionKindGuesser.kind(fromHeader: "Почему?") == nil)
  }

  @Test func freeTextHeadersLeanOpenUnlessAnswersAreOptions() {
    #expect(QuestionKindGuesser.leansOpen("Чего не хватает в вашем районе?"))
    #expect(QuestionKindGuesser.leansOpen("Почему?"))
    #expect(!QuestionKindGuesser.leansOpen("Ваш район"))
    #expect(
      QuestionKindGuesser.kind(fromAnswers: ["нет", "вкусно", "нет"], leansOpen: true) == .open)
    let options = ["Летняя веранда, Недорогие обеды", "Летняя веранда", "Недорогие обеды"]
    #expect(QuestionKindGuesser.kind(fromAnswers: options, leansOpen: true) == .multipleChoice)
  }

  @Test func optionsWithLowercaseContinuationAreNotMultipleChoice() {
    let answers = ["Да, обязательно", "Скорее да", "Нет", "Да, обязательно", "Не знаю"]
    #expect(QuestionKindGuesser.kind(fromAnswers: answers) == .singleChoice)
  }

  @Test func answersDecide() {
    #expect(QuestionKindGuesser.kind(fromAnswers: ["1", "5", "3", ""]) == .scale(min: 1, max: 5))
    #expect(QuestionKindGuesser.kind(fromAnswers: ["0", "10", "7"]) == .scale(min: 0, max: 10))
    #expect(
      QuestionKindGuesser.kind(fromAnswers: ["Пицца, Суши", "Суши", "Бургеры, Пицца", "Пицца"])
        == .multipleChoice)
    #expect(
      QuestionKindGuesser.kind(fromAnswers: ["Набережная", "Кремль", "Набережная", "Кремль"])
        == .singleChoice)
    let open = [
      "нет", "нет", "Хотелось бы больше веганских кафе, особенно в Колычёво",
      "Детские площадки у реки, и чтобы было чисто", "Кинотеатр в Голутвине, как раньше",
    ]
    #expect(QuestionKindGuesser.kind(fromAnswers: open) == .open)
  }
}
