import OtklikReport

/// The fixed words of a brief in its language: headings, labels and the phrases numbers sit in.
///
/// One table for the Markdown and HTML renderers and the composer, so both formats say the same thing.
struct BriefStrings {
  /// The brief's language.
  let language: ReportLanguage
  /// How numbers are printed in it.
  let numbers: NumberStyle

  init(_ language: ReportLanguage) {
    self.language = language
    self.numbers = NumberStyle(language)
  }

  /// `ru` in a Russian brief, `en` in an English one.
  func pick(_ ru: String, _ en: String) -> String {
    language == .ru ? ru : en
  }

  var title: String { pick("Предложение о партнёрстве", "Partnership brief") }
  var whoHeading: String { pick("Компания в данных", "The company in the data") }
  var communityHeading: String {
    pick("Чего хотят жители рядом", "What the community around it wants")
  }
  var proposalsHeading: String { pick("Предложения", "Proposals") }
  var rankingHeading: String { pick("Почему именно эти идеи", "Why these ideas") }
  var methodHeading: String { pick("Как считали", "How it was scored") }
  var painHeading: String { pick("На что жалуются", "Top pain points") }
  var praiseHeading: String { pick("За что хвалят", "What customers praise") }
  var trendHeading: String { pick("По месяцам", "By month") }
  var goals: String { pick("Цели", "Goals") }
  var tasks: String { pick("Задачи", "Tasks") }
  var timeFrame: String { pick("Сроки", "Time frame") }
  var businessGives: String { pick("Компания вкладывает", "The business gives") }
  var businessGets: String { pick("Компания получает", "The business gets") }
  var libraryGives: String { pick("Библиотека вкладывает", "The library gives") }
  var libraryGets: String { pick("Библиотека получает", "The library gets") }
  var evidence: String { pick("Основания", "Evidence") }
  var fit: String { pick("Соответствие", "Fit") }
  var idea: String { pick("Идея", "Idea") }
  var proposed: String { pick("предложена", "proposed") }
  var noCommunity: String {
    pick(
      "Опросы не говорят ни об одной из потребностей, на которые отвечают идеи.",
      "The surveys say nothing about the needs the ideas answer.")
  }
  var noIssues: String { pick("нет", "none") }
  var columnsRanking: [String] {
    [
      pick("Идея", "Idea"), pick("Компания", "Company"), pick("Библиотека", "Library"),
      pick("Жители", "Community"), pick("Итог", "Score"), pick("Статус", "Status"),
    ]
  }
  var columnsTrend: [String] {
    [
      pick("Месяц", "Month"), pick("Отзывы", "Reviews"), pick("Средняя оценка", "Mean rating"),
      pick("Доля негативных", "Negative share"),
    ]
  }

  /// "отзывов: 94, с текстом: 94; средняя оценка 3,53 (оценок: 94); негативных текстов 21,3 %; …".
  func profileLine(_ profile: Brief.Profile) -> String {
    var parts = [
      pick(
        "отзывов: \(profile.reviews), с текстом: \(profile.withText)",
        "\(profile.reviews) reviews, \(profile.withText) with text")
    ]
    if let mean = profile.meanRating {
      parts.append(
        pick(
          "средняя оценка \(numbers.decimal(mean)) (оценок: \(profile.ratedReviews))",
          "mean rating \(numbers.decimal(mean)) (\(profile.ratedReviews) ratings)"))
    }
    if let negative = profile.negativeShare {
      parts.append(
        pick(
          "негативных текстов \(numbers.percent(negative))",
          "negative texts \(numbers.percent(negative))"))
    }
    parts.append(
      pick(
        "ответы компании: \(profile.replied) (\(numbers.percent(profile.replyRate)))",
        "company replies: \(profile.replied) (\(numbers.percent(profile.replyRate)))"))
    if !profile.districts.isEmpty {
      parts.append(pick("районы: ", "districts: ") + profile.districts.joined(separator: ", "))
    }
    return parts.joined(separator: "; ")
  }

  /// "«Ожидание» — 32 отзыва (34,0 %), средняя оценка 1,80, влияние на рейтинг 1,27".
  func issueLine(_ issue: Brief.Issue) -> String {
    var text = pick(
      "«\(issue.label)» — отзывов: \(issue.count) (\(numbers.percent(issue.share)))",
      "\"\(issue.label)\" — \(issue.count) reviews (\(numbers.percent(issue.share)))")
    if let mean = issue.meanRating {
      text += pick(
        ", их средняя оценка \(numbers.decimal(mean))",
        ", their mean rating \(numbers.decimal(mean))")
    }
    if let impact = issue.impact {
      text += pick(
        ", влияние на рейтинг \(numbers.decimal(impact)) зв.",
        ", impact on the rating \(numbers.decimal(impact)) stars")
    }
    return text
  }

  /// "«Wi-Fi…» — 45 из 61 опрошенных (73,8 %) в районах Центр; по городу 120 из 344 (34,9 %)".
  func needLine(_ need: Brief.CommunityNeed) -> String {
    var text =
      quoted(need.label) + " — "
      + pick(
        "\(need.count) из \(need.base) опрошенных (\(numbers.percent(need.share)))",
        "\(need.count) of \(need.base) respondents (\(numbers.percent(need.share)))")
    if !need.districts.isEmpty {
      text += " " + inDistricts(need.districts)
      text += pick(
        "; по всем опрошенным \(need.overallCount) из \(need.overallBase) (\(numbers.percent(need.overallShare)))",
        "; all respondents \(need.overallCount) of \(need.overallBase) (\(numbers.percent(need.overallShare)))"
      )
    } else {
      text += pick(" по всем опрошенным", " of all respondents")
    }
    if !need.standouts.isEmpty {
      let groups = need.standouts.map {
        "\($0.value): \($0.count) / \($0.base) (\(numbers.percent($0.share)))"
      }
      text += pick("; заметно чаще: ", "; markedly more often: ") + groups.joined(separator: ", ")
    }
    return text + " [\(need.source)]"
  }

  /// "в районе Центр" / "в районах Колычёво, Старая Коломна" / "in Колычёво, Старая Коломна".
  func inDistricts(_ districts: [String]) -> String {
    pick(districts.count == 1 ? "в районе " : "в районах ", "in ")
      + districts.joined(separator: ", ")
  }

  /// `text` in the language's quotation marks: «…» in Russian, "…" in English.
  func quoted(_ text: String) -> String {
    pick("«\(text)»", "\"\(text)\"")
  }

  /// "0,123" for scores and factors.
  func score(_ value: Double) -> String { numbers.decimal(value, places: 3) }
}
