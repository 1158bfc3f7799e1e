import Foundation
import OtklikText
import Testing

/// Checks the shipped `data/taxonomy.yaml`: it loads, it is big enough, and on hand-written clauses
/// it finds the tags a reader would expect, and no others.
@Suite struct TaxonomyFileTests {
  /// The repository's `data/taxonomy.yaml`, found from this file's path.
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data/taxonomy.yaml")

  static let taxonomy: Taxonomy = {
    do {
      return try Taxonomy(
        yaml: String(contentsOf: url, encoding: .utf8), file: "data/taxonomy.yaml")
    } catch {
      fatalError("data/taxonomy.yaml does not load:\n\(error)")
    }
  }()

  static let stemmer = BilingualStemmer()
  static let matcher = TagMatcher(taxonomy: taxonomy, stemmer: stemmer)

  /// A plain tokenizer for the test: lowercase, `ё`→`е`, words are runs of letters, digits and
  /// inner hyphens or apostrophes.
  static func tokens(_ clause: String) -> [String] {
    let lowered = TagPattern.normalize(clause)
    var words: [String] = []
    var current = ""
    for character in lowered {
      if character.isLetter || character.isNumber
        || ((character == "-" || character == "'") && !current.isEmpty)
      {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-'")) }.filter {
      !$0.isEmpty
    }
  }

  static func tags(_ clause: String) -> Set<String> {
    let looked = tokens(clause).map { matcher.lookup(form: $0, stem: stemmer.stem($0)) }
    return Set(matcher.match(looked).map { taxonomy.tags[$0.tag].id })
  }

  @Test func loadsWithAtLeastFortyTagsOfEveryKind() {
    #expect(Self.taxonomy.tags.count >= 40)
    #expect(Set(Self.taxonomy.tags.map(\.kind)) == Set(TagKind.allCases))
    #expect(Self.taxonomy.tags.allSatisfy { !$0.labels.ru.isEmpty && !$0.labels.en.isEmpty })
  }

  @Test func everyTagHasRussianAndEnglishPatterns() {
    for tag in Self.taxonomy.tags {
      let texts = tag.patterns.map(\.text)
      let isRussian = { (text: String) in
        text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
      }
      #expect(texts.contains(where: isRussian), "\(tag.id) has no Russian pattern")
      #expect(texts.contains { !isRussian($0) }, "\(tag.id) has no English pattern")
    }
  }

  /// Hand-written clauses and the tags each must get, no more and no fewer.
  static let examples: [(clause: String, tags: [String])] = [
    // Food preferences.
    ("Люблю грузинскую кухню, особенно хинкали", ["cuisine_georgian"]),
    ("Хочется хорошей итальянской пиццы и пасты", ["cuisine_italian"]),
    ("Заказываем суши и роллы по пятницам", ["cuisine_japanese"]),
    ("Шаурма у вокзала лучшая", ["cuisine_eastern", "public_transport"]),
    ("Дома готовим плов и самсу", ["cuisine_eastern"]),
    ("Блины и пельмени как у бабушки", ["cuisine_russian"]),
    ("Обожаю свежую выпечку и круассаны", ["bakery", "freshness"]),
    ("Купить коломенскую пастилу в подарок", ["pastila_kolomna"]),
    ("Хочу постилу и калачи", ["pastila_kolomna", "bakery"]),
    ("Кофе с собой по дороге на работу", ["coffee_tea"]),
    ("Не хватает веганских блюд и здорового питания", ["healthy_food", "food_quality"]),
    ("Бургеры и картошка фри по вечерам", ["fast_food"]),
    ("Десерты тут божественные, чизкейк тает", ["desserts"]),
    ("Сходили бы на дегустацию местных производителей", ["tastings"]),
    ("Хочется бар с крафтовым пивом", ["bars_nightlife"]),
    ("We love sushi and ramen", ["cuisine_japanese"]),
    ("Best pizza and pasta in town", ["cuisine_italian"]),
    ("Хочу вок с лапшой и тайский суп", ["cuisine_asian"]),
    // Places, leisure and city life.
    ("В Щурово вообще нет ни одного кафе", ["cafes_places_to_eat"]),
    ("Только ларек и негде поесть", ["cafes_places_to_eat"]),
    ("Некуда пойти вечером, нечего делать", ["leisure"]),
    ("Хотелось бы больше фестивалей и концертов", ["events_festivals"]),
    ("Нет детских площадок для малышей", ["children_families"]),
    ("Подросткам некуда пойти", ["youth", "leisure"]),
    ("Скидки для пенсионеров", ["elderly", "prices_value"]),
    (
      "Нет пандуса, на коляске не заехать",
      ["accessibility", "children_families", "location_access"]
    ),
    ("Автобусы ходят редко, остановка далеко", ["public_transport", "location_access"]),
    ("Негде припарковаться у дома", ["parking", "location_access"]),
    ("Нужно больше деревьев и скверов", ["green_spaces"]),
    ("Гуляем по набережной Москвы-реки", ["river_embankment"]),
    ("Вдоль набережной нет фонарей, вечером страшно", ["river_embankment", "safety_lighting"]),
    ("Мусор не вывозят неделями", ["city_cleanliness"]),
    ("На улицах грязно после зимы", ["city_cleanliness"]),
    ("Поставьте скамейки и лавочки", ["benches_amenities"]),
    ("Ямы на дорогах и разбитые тротуары", ["roads_sidewalks"]),
    ("Гордость берет за наш кремль и музеи", ["culture_history"]),
    ("Сводите детей в музей пастилы", ["culture_history", "pastila_kolomna", "children_families"]),
    ("Не хватает бассейна и спортивных секций", ["sport", "education_clubs"]),
    (
      "Кружки для детей и курсы английского языка",
      ["education_clubs", "children_families", "kids_facilities"]
    ),
    (
      "Центральная библиотека — мое любимое место для чтения",
      ["libraries_reading", "recommendation"]
    ),
    ("Wi-Fi и розетки, чтобы поработать", ["wifi_coworking"]),
    ("Нужен коворкинг с хорошим интернетом", ["wifi_coworking"]),
    ("Площадка для выгула собак", ["dogs_pets"]),
    ("Рядом нет ни аптеки, ни продуктового магазина", ["shops_services"]),
    ("No pharmacy or grocery store nearby", ["shops_services"]),
    ("There is nowhere for teenagers to go in the evening", ["youth"]),
    (
      "The park needs more benches and lighting",
      ["green_spaces", "benches_amenities", "safety_lighting"]
    ),
    ("Parking near the kremlin is impossible", ["parking", "location_access", "culture_history"]),
    // Company pain points.
    ("Официантка нахамила и закатила глаза", ["staff_attitude"]),
    ("Кассиры грубые, никогда не здороваются", ["staff_attitude"]),
    ("Персонал вежливый и внимательный", ["staff_attitude"]),
    ("Ждали заказ почти час", ["service_speed"]),
    ("Огромная очередь на кассе", ["service_speed"]),
    ("В первую очередь хочу отметить интерьер", ["noise_comfort"]),
    ("Один продавец на всю очередь", ["staff_shortage", "service_speed"]),
    ("Не хватает персонала, стоишь по 20 минут", ["staff_shortage", "service_speed"]),
    ("Цены подняли в два раза", ["prices_value"]),
    ("Дороговато для такого качества", ["prices_value"]),
    ("Пицца приехала холодной и невкусной", ["cuisine_italian", "food_quality"]),
    ("Порции маленькие, ушли голодными", ["portions"]),
    ("Хлеб черствый, булки вчерашние", ["bakery", "freshness"]),
    ("Грязные столы и тараканы", ["hygiene"]),
    ("Музыка орет так, что друг друга не слышно", ["noise_comfort"]),
    ("Кофемашина опять сломалась", ["equipment"]),
    ("Доставку ждали два часа, курьер опоздал", ["delivery", "service_speed"]),
    ("На отзывы никто не отвечает, администрация игнорирует", ["management_replies"]),
    ("Закрываются слишком рано, в выходные не работают", ["working_hours"]),
    ("Карты не принимают, только наличные", ["payment"]),
    ("Забронировали столик заранее, но бронь потеряли", ["booking"]),
    ("Меню скудное, выбора почти нет", ["menu_choice"]),
    (
      "Нет детского меню и стульчика для кормления",
      ["kids_facilities", "children_families", "menu_choice"]
    ),
    ("The staff were rude and the service was slow", ["staff_attitude", "service_speed"]),
    ("Way too expensive for what you get", ["prices_value"]),
    ("Delivery was late and the food arrived cold", ["delivery", "food_quality"]),
    ("They don't accept cards, cash only", ["payment"]),
    // Praise.
    ("Всем рекомендую это место", ["recommendation"]),
    ("Очень уютная атмосфера", ["atmosphere"]),
    ("Спасибо девочкам за теплый прием", ["gratitude"]),
    ("Cozy place, highly recommend", ["atmosphere", "recommendation"]),
    // Words whose stem or form collides with a tag's word.
    ("Меня обслужили быстро", ["staff_attitude", "service_speed"]),
    ("Семь минут до остановки", ["public_transport"]),
    ("Блин, опять очередь", ["service_speed"]),
    ("В очередной раз убеждаюсь", []),
    ("В свою очередь скажу", []),
    ("Еду домой на автобусе", ["public_transport"]),
    ("Грузинская кухня отличная", ["cuisine_georgian"]),
    ("Wi-Fi не работает", ["wifi_coworking", "equipment"]),
    ("Терминал не работает, карты не принимают", ["payment"]),
    ("По воскресеньям не работают", ["working_hours"]),
    ("Booking a table was easy", ["booking"]),
    ("I read a lot of books", ["libraries_reading"]),
    ("The lid does not fit the cup", []),
    ("A new fitness club", ["sport", "education_clubs"]),
    ("Персонал библиотеки очень помогает", ["staff_attitude", "libraries_reading"]),
    ("Оставил запись в книге жалоб", ["management_replies"]),
    ("Продавщица одна на всю смену, ничего не успевает", ["staff_shortage"]),
    ("О теплоходе никто не знает, рекламы нигде нет", ["river_embankment", "awareness"]),
    ("Взяли билеты на прогулку по реке", ["booking", "river_embankment"]),
    ("Столов мало, сесть негде", ["noise_comfort"]),
    ("Бабушкины пирожки с капустой", ["bakery"]),
    ("Мероприятия по выходным", ["events_festivals"]),
    ("В выходные не протолкнуться", []),
    ("Розетки у каждого столика", ["wifi_coworking"]),
    ("Салат принесли через сорок минут", []),
    // Clauses that must stay untagged.
    ("Открылись в 9, купили и ушли", []),
    ("Затрудняюсь ответить", []),
    ("Нормально", []),
  ]

  @Test(arguments: examples)
  func findsTheExpectedTags(clause: String, expected: [String]) {
    #expect(Self.tags(clause) == Set(expected), "\(clause)")
  }

  /// Key phrases of a clause after tagging it, as `key | text`.
  static func keyPhrases(_ clause: String) -> [String] {
    let forms = tokens(clause)
    let stems = forms.map { stemmer.stem($0) }
    let found = matcher.match(zip(forms, stems).map { matcher.lookup(form: $0, stem: $1) })
    let extractor = KeyPhraseExtractor()
    let words = forms.indices.map { index in
      KeyPhraseToken(
        stem: stems[index],
        role: found.covers(token: index) ? .boundary : extractor.role(of: forms[index]))
    }
    return extractor.extract(from: words) { forms[$0].joined(separator: " ") }
      .map { "\($0.key) | \($0.text)" }
  }

  @Test func keyPhrasesLeaveOutWhatTagsCover() {
    // "тротуарам" is covered by roads_sidewalks, so only the untagged theme remains.
    #expect(
      Self.keyPhrases("Электросамокаты носятся по тротуарам")
        == ["электросамокат нос | электросамокаты носятся"])
    #expect(Self.keyPhrases("Нет детских площадок во дворе").isEmpty)
    #expect(
      Self.keyPhrases("Хотелось бы прокат лыж зимой")
        .allSatisfy { !$0.contains("лыж") })
  }

  @Test func theExamplesNameEveryTagAndNoOther() {
    let named = Set(Self.examples.flatMap(\.tags))
    #expect(named == Set(Self.taxonomy.tags.map(\.id)))
  }

}
