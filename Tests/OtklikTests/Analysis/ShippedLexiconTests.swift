import Foundation
import OtklikText
import Testing

@testable import Otklik

/// The shipped lexicons and rules (`data/`), not a fixture: factual sentences of reviews, surveys and
/// posts stay neutral, and plain opinions keep their side. An entry that over-calls polarity on
/// ordinary words — a food name as praise, the weather as a complaint — fails here.
@Suite struct ShippedLexiconTests {
  static let analyzer: TextAnalyzer = {
    let folder = AnalyzerFixtureFolder.data
    return try! AnalyzerLoader(dataFolder: folder).load()
  }()

  @Test(arguments: [
    "Открылись в 9, купили хлеб", "Заказали пиццу и чай, забрали через 20 минут",
    "Был дождливый день, пришли к пяти", "Кафе рядом с поликлиникой", "Ходим сюда по выходным",
    "Yeah, we ordered soup and tea", "We are interested in the lunch menu",
    "It was a rainy day, we came at 5", "The cafe is near the cancer clinic",
    "Hang out spot for students", "We stopped by on our road trip", "Soup of the day.",
    "Plan D: we meet at noon", "Back from the market.", "Yup, open on Sundays",
    "Курьер приехал в девять", "We don't know the answer yet", "Перезвонили на следующий день",
  ])
  func factualTextsStayNeutral(text: String) {
    let label = Self.analyzer.analyze(text).label
    #expect(label == .neutral || label == .none, "\(text) → \(label)")
  }

  @Test(arguments: [
    ("Очень вкусно и уютно, спасибо!", SentimentLabel.positive),
    ("Ждали час, официант нахамил", .negative),
    ("Great coffee, friendly staff", .positive), ("Cold soup and a rude cashier", .negative),
    ("Hell yeah, best burger in town", .positive), ("Ugh, the wifi is down again", .negative),
    ("Курьер так и не приехал", .negative), ("Деньги до сих пор не вернули", .negative),
    ("Сеть не ловит в подъезде", .negative), ("The charger doesn't fit", .negative),
    ("My order never arrived", .negative), ("Nobody called back", .negative),
    ("Не могу не порекомендовать", .positive),
    ("Нельзя не отметить вежливость персонала", .positive),
    ("The staff couldn't have been nicer", .positive), ("It could not be better", .positive),
    ("Not exactly cheap", .negative), ("Нет парковки и негде присесть", .negative),
    ("Персонал не особо приветливый", .negative), ("Service was a joke", .negative),
  ])
  func plainOpinionsKeepTheirSide(text: String, label: SentimentLabel) {
    #expect(Self.analyzer.analyze(text).label == label, "\(text)")
  }
}

extension ShippedLexiconTests {
  /// Russian review and survey language of the users' domain: food, staff, queues, prices, shops,
  /// delivery, trips, the city; denied expectations, idioms, slang and common misspellings.
  @Test(arguments: [
    ("Суп переперчен так, что есть невозможно.", SentimentLabel.negative),
    ("Эклеры просто тают во рту, спасибо кондитеру!", .positive),
    ("Нам так и не принесли приборы.", .negative),
    ("Стол после прошлых гостей никто не убрал.", .negative),
    ("Перепутали заказ и даже не извинились.", .negative),
    ("Администратор пошла навстречу и пересадила нас к окну.", .positive),
    ("Работает одна касса, очередь до выхода.", .negative),
    ("Цены по-божески, ассортимент радует.", .positive),
    ("В магазине переклеивают сроки, купили просрочку.", .negative),
    ("На ценнике одна цена, пробили по другой цене.", .negative),
    ("Курьер привез пиццу помятую, соус разлился.", .negative),
    ("Пицца приехала горячей, курьер вежливый.", .positive),
    ("Гид бубнил, ничего не было слышно.", .negative),
    ("Нам не дали скучать весь вечер.", .positive),
    ("Ноги моей здесь больше не будет.", .negative),
    ("В районе мало лавочек и негде посидеть с коляской.", .negative),
    ("Место ламповое, кофе зачетный, не хочется уходить.", .positive),
    ("Сервис хромает, мягко говоря.", .negative),
    ("Капец как долго везли заказ.", .negative),
    ("Страшно вкусно и мегауютно, вернемся!", .positive),
  ])
  func reviewLanguageKeepsItsSide(text: String, label: SentimentLabel) {
    #expect(Self.analyzer.analyze(text).label == label, "\(text)")
  }
}

extension ShippedLexiconTests {
  @Test(arguments: [
    ("Кафе «Уютный дворик» закрыли", SentimentLabel.none),
    ("Тариф \"Всё включено\" подключили вчера", .none),
    ("The film \"Life is Beautiful\" is on tonight", .none),
    ("Кафе «Уютный дворик» — грязно и шумно", .negative),
    ("«Вежливый» персонал нахамил", .negative),
    ("Салон красоты «Прекрасная леди» открылся на Пушкина", .none),
    ("Гуляем в парке Победы", .none), ("Живу на улице Мира", .none),
    ("Victory Park is closed on Mondays", .none), ("Happy Valley, Oregon", .none),
    ("Schiller Park Bank Robber caught", .negative), ("Кафе УЖАСНОЕ", .negative),
    ("What a damn movie!", .negative),
  ])
  func nameNextToANamingNounIsNoOpinion(text: String, label: SentimentLabel) {
    #expect(Self.analyzer.analyze(text).label == label, "\(text)")
  }

  @Test func nameNextToANamingNounIsNoTopic() {
    let tags = { (text: String) in Self.analyzer.analyze(text).tags.map(\.tagID) }
    #expect(tags("Встретились в грузинском кафе").contains("cuisine_georgian"))
    #expect(!tags("Встретились в кафе «Грузинский дворик»").contains("cuisine_georgian"))
    #expect(tags("Встретились в кафе «Грузинский дворик»").contains("cafes_places_to_eat"))
    // Nor a theme: the name's words are kept out of key phrases.
    let phrases = { (text: String) in Self.analyzer.analyze(text).keyPhrases.map(\.text) }
    #expect(phrases("Мы часто ходим в старый двор на углу").contains("старый двор"))
    #expect(
      !phrases("Мы часто ходим в кафе «Старый двор» на углу").contains { $0.contains("двор") })
  }
}

/// The checkout's `data/` folder, found from this file's path.
enum AnalyzerFixtureFolder {
  static let data = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")
}
