/// Every label a report prints, in Russian and English.
///
/// One table keyed by ``Key``: adding a label means adding a case and its two translations, and the
/// compiler refuses a case without them. Templates number their slots `{1}`, `{2}`, …; values are
/// inserted in one pass, so a value containing `{2}` is never expanded.
public struct ReportStrings: Sendable, Hashable {
  /// The language strings are given in.
  public var language: ReportLanguage

  /// Creates the table for `language`.
  public init(_ language: ReportLanguage) { self.language = language }

  /// A label or template.
  public enum Key: String, Sendable, CaseIterable {
    case defaultTitle, subtitle, dataHeading, dataTotals, file, encoding, delimiter, read, accepted
    case rejected, rejectReasons, reason, count, unknownSources, surveyHeading, respondents
    case segmentsList, answeredEmpty, multipleChoiceNote, option, share, optionSharesChart,
      scaleLine
    case distributionChart, value, npsLine, npsChart, detractors, passives, promoters, openLine
    case sentimentChart, noTags, tag, kind, negativeShort, neutralShort, positiveShort, meanScore
    case tagSharesChart, quotesFor, emergingThemes, phrase, crosstabHeading, perOptionNote, noTest
    case omittedGroups, testLine, significant, notSignificant, unreliable, meansBySegment, mean
    case companiesHeading, company, reviews, meanRating, negativeShare, replyRate, topPainPoint
    case sentimentByCompany, reviewsLine, ratingLine, negativeLine, replyLine, delayLine,
      ratingChart
    case painPoints, noPainPoints, praise, noPraise, mismatches, mismatchLine, replyDelays, delay
    case branches, branch, monthlyChart, month, impact, methodHeading, methodTest, methodSmall
    case methodShares, methodSentiment, methodScales, methodImpact, methodMismatch, methodQuotes,
      negative, neutral
    case positive, noOpinion, contents, highlightsHeading, highlightOpen, highlightOption,
      highlightNPS
    case highlightDifference, highlightCompany, highlightCompanyCalm, emergingComplaints
    case gridNote, gridRow
    case briefsHeading, briefsLine, briefProposes, briefTooThin
  }

  /// The label of `key`.
  public subscript(key: Key) -> String {
    let pair = Self.pair(key)
    return language == .ru ? pair.ru : pair.en
  }

  /// The template of `key` with `{1}`, `{2}`, … replaced by `values`.
  public func format(_ key: Key, _ values: String...) -> String {
    let template = Array(self[key].unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < template.count {
      if template[index] == "{", index + 2 < template.count, template[index + 2] == "}",
        let slot = Int(String(template[index + 1])), slot >= 1, slot <= values.count
      {
        output.append(contentsOf: values[slot - 1].unicodeScalars)
        index += 3
      } else {
        output.append(template[index])
        index += 1
      }
    }
    return String(output)
  }

  /// The name of a question kind (`single_choice`, …).
  public func kindName(_ kind: String) -> String {
    switch (kind, language) {
    case ("single_choice", .ru): "один вариант"
    case ("single_choice", .en): "single choice"
    case ("multiple_choice", .ru): "несколько вариантов"
    case ("multiple_choice", .en): "multiple choice"
    case ("scale", .ru): "шкала"
    case ("scale", .en): "scale"
    case ("nps", _): "NPS"
    case ("open", .ru): "открытый вопрос"
    case ("open", .en): "open question"
    default: kind
    }
  }

  /// The name of a tag kind (`need`, `preference`, `pain_point`, `praise`).
  public func tagKindName(_ kind: String) -> String {
    switch (kind, language) {
    case ("need", .ru): "потребность"
    case ("need", .en): "need"
    case ("preference", .ru): "предпочтение"
    case ("preference", .en): "preference"
    case ("pain_point", .ru): "болевая точка"
    case ("pain_point", .en): "pain point"
    case ("praise", .ru): "похвала"
    case ("praise", .en): "praise"
    default: kind.isEmpty ? "—" : kind
    }
  }

  /// The name of a reply-delay bucket (`le_1d`, …).
  public func delayBucketName(_ bucket: String) -> String {
    switch (bucket, language) {
    case ("le_1d", .ru): "до 1 дня"
    case ("le_1d", .en): "within 1 day"
    case ("le_3d", .ru): "до 3 дней"
    case ("le_3d", .en): "within 3 days"
    case ("le_7d", .ru): "до 7 дней"
    case ("le_7d", .en): "within 7 days"
    case ("le_30d", .ru): "до 30 дней"
    case ("le_30d", .en): "within 30 days"
    case ("gt_30d", .ru): "больше 30 дней"
    case ("gt_30d", .en): "over 30 days"
    default: bucket
    }
  }

  // swift-format-ignore
  private static func pair(_ key: Key) -> (ru: String, en: String) {
    switch key {
    case .defaultTitle: ("Отклик: предпочтения жителей и болевые точки компаний", "Otklik: community preferences and company pain points")
    case .subtitle: ("Запуск {1} · {2}", "Run {1} · {2}")
    case .contents: ("Содержание", "Contents")
    case .emergingComplaints:
      (
        "Частые фразы в негативных отзывах, которых нет в таксономии:",
        "Frequent phrases in negative reviews that no tag covers:"
      )
    case .gridNote:
      (
        "Сводка по всем строкам вопроса: доля ответивших на строку, выбравших вариант; подробности по каждой строке ниже.",
        "All rows of the question at a glance: the share of each row's respondents choosing each option; details per row below."
      )
    case .gridRow: ("Строка", "Row")
    case .briefsHeading: ("Предложения о партнёрстве", "Partnership briefs")
    case .briefsLine:
      (
        "Для каждой компании — записка к первой встрече: её болевые точки, чего хотят жители рядом и что может предложить библиотека.",
        "For each company, a brief for a first meeting: its pain points, what the community around it wants and what the library can offer."
      )
    case .briefProposes: ("есть предложения", "with proposals")
    case .briefTooThin: ("без предложений (почему — в записке)", "no proposal yet (the brief says why)")
    case .highlightsHeading: ("Главное", "Highlights")
    case .highlightOpen: ("«{1}»: чаще всего — {2}.", "“{1}”: most often {2}.")
    case .highlightOption: ("«{1}»: чаще всего выбирают «{2}» ({3}).", "“{1}”: the most chosen option is “{2}” ({3}).")
    case .highlightNPS: ("«{1}»: NPS {2}.", "“{1}”: NPS {2}.")
    case .highlightDifference: ("«{1}»: ответы значимо различаются по группам «{2}».", "“{1}”: answers differ significantly by {2}.")
    case .highlightCompany: ("{1}: отзывов {2}, средняя оценка {3}; главная болевая точка — {4} ({5} отз., влияние {6}★).", "{1}: {2} reviews, mean rating {3}; main pain point: {4} ({5} reviews, impact {6}★).")
    case .highlightCompanyCalm: ("{1}: отзывов {2}, средняя оценка {3}; жалоб по темам нет.", "{1}: {2} reviews, mean rating {3}; no complaints on known topics.")
    case .dataHeading: ("Данные", "Data")
    case .dataTotals: ("Прочитано записей: {1}, принято: {2}, отклонено: {3}.", "Records read: {1}, accepted: {2}, rejected: {3}.")
    case .file: ("Файл", "File")
    case .encoding: ("Кодировка", "Encoding")
    case .delimiter: ("Разделитель", "Delimiter")
    case .read: ("Прочитано", "Read")
    case .accepted: ("Принято", "Accepted")
    case .rejected: ("Отклонено", "Rejected")
    case .rejectReasons: ("Причины отклонения (подробно — в rejects.csv):", "Reasons for rejection (details in rejects.csv):")
    case .reason: ("Причина", "Reason")
    case .count: ("Число", "Count")
    case .unknownSources: ("Записи источников без описания не учтены: {1}.", "Records of undescribed sources were not counted: {1}.")
    case .surveyHeading: ("Предпочтения жителей: опрос «{1}»", "Community preferences: survey “{1}”")
    case .respondents: ("Анкет: {1}.", "Responses: {1}.")
    case .segmentsList: ("Группы для сравнения: {1}.", "Groups compared: {1}.")
    case .answeredEmpty: ("{1}; ответили: {2}, пропустили: {3}.", "{1}; answered: {2}, skipped: {3}.")
    case .multipleChoiceNote: ("Можно было выбрать несколько вариантов: доли считаются от ответивших, их сумма может быть больше 100 %.", "Several options could be chosen: shares are of respondents, so they may add up to more than 100%.")
    case .option: ("Вариант", "Option")
    case .share: ("Доля", "Share")
    case .optionSharesChart: ("Доли вариантов: {1}", "Option shares: {1}")
    case .scaleLine: ("Среднее {1} по шкале {2}–{3}; две верхние оценки (top-2-box): {4} ({5}).", "Mean {1} on a {2}–{3} scale; top-2-box: {4} ({5}).")
    case .distributionChart: ("Распределение ответов: {1}", "Distribution of answers: {1}")
    case .value: ("Значение", "Value")
    case .npsLine: ("NPS {1}: промоутеры {2} ({3}), нейтральные {4} ({5}), критики {6} ({7}).", "NPS {1}: promoters {2} ({3}), passives {4} ({5}), detractors {6} ({7}).")
    case .npsChart: ("NPS: {1}", "NPS: {1}")
    case .detractors: ("критики (0–6)", "detractors (0–6)")
    case .passives: ("нейтральные (7–8)", "passives (7–8)")
    case .promoters: ("промоутеры (9–10)", "promoters (9–10)")
    case .openLine: ("Ответов с текстом: {1}, по существу: {2}; отказов от ответа: {3}; без оценочных слов: {4}.", "Text answers: {1}, substantive: {2}; non-answers: {3}; without sentiment signal: {4}.")
    case .sentimentChart: ("Тональность ответов: {1}", "Sentiment of answers: {1}")
    case .noTags: ("Темы из таксономии в ответах не найдены.", "No taxonomy tags were found in the answers.")
    case .tag: ("Тема", "Tag")
    case .kind: ("Вид", "Kind")
    case .negativeShort: ("негатив", "neg")
    case .neutralShort: ("нейтр.", "neu")
    case .positiveShort: ("позитив", "pos")
    case .meanScore: ("Средняя тональность", "Mean sentiment")
    case .tagSharesChart: ("Доли тем: {1}", "Tag shares: {1}")
    case .quotesFor: ("Цитаты — {1}:", "Quotes — {1}:")
    case .emergingThemes: ("Новые темы (частые фразы, которых нет в таксономии):", "Emerging themes (frequent phrases no tag covers):")
    case .phrase: ("Фраза", "Phrase")
    case .crosstabHeading: ("{1} — по группам «{2}»", "{1} — by {2}")
    case .perOptionNote: ("Для каждого варианта отдельный тест хи-квадрат (выбрал / не выбрал × группа); p — в последнем столбце, * — значимо.", "A separate chi-square test per option (chose / did not × group); p in the last column, * marks significance.")
    case .noTest: ("Тест не проводился: меньше двух групп или вариантов с ответами.", "No test: fewer than two groups or options with answers.")
    case .omittedGroups: ("Ещё {1} групп не показаны: слишком много разных значений.", "{1} more groups not shown: too many distinct values.")
    case .testLine: ("Хи-квадрат = {1}, степеней свободы {2}, p {3}: {4}.", "Chi-square = {1}, df = {2}, p {3}: {4}.")
    case .significant: ("различия между группами значимы", "the groups differ significantly")
    case .notSignificant: ("значимых различий нет", "no significant difference")
    case .unreliable: ("Осторожно: у {1} ячеек ожидаемое число меньше порога, тест ненадёжен.", "Caution: {1} of cells have a small expected count; the test is unreliable.")
    case .meansBySegment: ("Средние по группам «{1}» (описательно, без теста):", "Means by {1} (descriptive, no test):")
    case .mean: ("Среднее", "Mean")
    case .companiesHeading: ("Болевые точки компаний", "Company pain points")
    case .company: ("Компания", "Company")
    case .reviews: ("Отзывы", "Reviews")
    case .meanRating: ("Средняя оценка", "Mean rating")
    case .negativeShare: ("Доля негатива", "Negative share")
    case .replyRate: ("Доля ответов", "Reply rate")
    case .topPainPoint: ("Главная болевая точка", "Top pain point")
    case .sentimentByCompany: ("Тональность отзывов по компаниям (негатив / нейтр. / позитив / без оценки)", "Review sentiment by company (neg / neu / pos / no opinion)")
    case .reviewsLine: ("Отзывов: {1}, с текстом: {2}", "Reviews: {1}, with text: {2}")
    case .ratingLine: ("Средняя оценка: {1} (оценок: {2})", "Mean rating: {1} ({2} rated)")
    case .negativeLine: ("Доля негативных текстов: {1}", "Share of negative texts: {1}")
    case .replyLine: ("Компания ответила на {1} отзывов ({2})", "The company replied to {1} of reviews ({2})")
    case .delayLine: ("Среднее время ответа: {1} дн. (по {2} ответам с датами)", "Mean reply delay: {1} days (over {2} dated replies)")
    case .ratingChart: ("Распределение оценок: {1}", "Rating distribution: {1}")
    case .painPoints: ("Болевые точки", "Pain points")
    case .noPainPoints: ("Жалоб на темы из таксономии нет.", "No complaints about taxonomy topics.")
    case .praise: ("За что хвалят", "Praise")
    case .noPraise: ("Похвалы по темам из таксономии нет.", "No praise on taxonomy topics.")
    case .mismatches: ("Оценка расходится с текстом", "Rating and text disagree")
    case .mismatchLine: ("5★ с негативным текстом: {1}; 1★ с позитивным текстом: {2}. Стоит перечитать:", "5★ with a negative text: {1}; 1★ with a positive text: {2}. Worth a look:")
    case .replyDelays: ("Скорость ответов:", "Reply delays:")
    case .delay: ("Срок", "Delay")
    case .branches: ("Филиалы", "Branches")
    case .branch: ("Филиал", "Branch")
    case .monthlyChart: ("Отзывы по месяцам: {1}", "Reviews by month: {1}")
    case .month: ("Месяц", "Month")
    case .impact: ("Влияние, ★", "Impact, ★")
    case .methodHeading: ("Как считали", "Method")
    case .methodTest: ("Различия между группами: тест хи-квадрат Пирсона на независимость, уровень значимости {1}; ячейка отмечена ▲ (больше ожидаемого) или ▼ (меньше), если тест значим и скорректированный стандартизованный остаток по модулю больше {2}.", "Group differences: Pearson's chi-square test of independence at significance level {1}; a cell is marked ▲ (above expectation) or ▼ (below) when the test is significant and its adjusted standardised residual exceeds {2} in absolute value.")
    case .methodSmall: ("° — малая ячейка: ожидаемое число меньше {1} или в группе меньше {2} человек; такие ячейки не отмечаются как значимые.", "° marks a small cell: expected count below {1} or fewer than {2} people in the group; such cells are never marked significant.")
    case .methodSentiment: ("Тональность текста — оценка от −1 до 1 по словарю с правилами (отрицание, усиление, противопоставление): позитив при оценке не ниже {1}, негатив — не выше −{2}, между ними — нейтрально.", "A text's sentiment is a score from −1 to 1 from the lexicon and its rules (negation, intensifiers, contrast): positive at {1} or above, negative at −{2} or below, neutral in between.")
    case .methodShares: ("Доли вариантов считаются от ответивших на вопрос; доли тем — от ответов по существу (без отказов от ответа); доля негатива — от отзывов с текстом. Отказы от ответа и тексты без оценочных слов считаются отдельно от нейтральных.", "Option shares are of those who answered the question; tag shares of substantive answers (non-answers excluded); negative share of reviews with a text. Non-answers and texts without sentiment signal are counted apart from neutral ones.")
    case .methodScales: ("Top-2-box — доля двух верхних значений шкалы. NPS = доля промоутеров (9–10) минус доля критиков (0–6), в процентных пунктах.", "Top-2-box is the share of the two highest values of a scale. NPS = share of promoters (9–10) minus share of detractors (0–6), in percentage points.")
    case .methodImpact: ("Влияние болевой точки — на сколько звёзд выросла бы средняя оценка без отзывов с этой жалобой: n·(μ − μₜ)/(N − n), где N и μ — число и среднее всех оценок, n и μₜ — отзывов с жалобой. Оно растёт и с разрывом в оценках, и с числом жалоб. Для похвалы — на сколько упала бы средняя без хвалящих отзывов.", "The impact of a pain point is how many stars higher the mean rating would be without the reviews raising it: n·(μ − μₜ)/(N − n), where N and μ are the count and mean of all ratings, n and μₜ those of the complaining reviews. It grows with both the rating gap and the number of complaints. For praise, how much lower the mean would be without the praising reviews.")
    case .methodMismatch: ("Расхождение оценки и текста: 5★ при негативном тексте или 1★ при позитивном.", "Rating/text mismatch: 5★ with a negative text, or 1★ with a positive one.")
    case .methodQuotes: ("Цитаты выбраны по силе оценки и числу совпавших слов, короткие предпочтительнее, повторы убраны; телефоны, адреса e-mail и имена авторов скрыты.", "Quotes are chosen by strength of sentiment and number of matched words, shorter first, without duplicates; phone numbers, e-mail addresses and author names are masked.")
    case .negative: ("негатив", "negative")
    case .neutral: ("нейтрально", "neutral")
    case .positive: ("позитив", "positive")
    case .noOpinion: ("без оценки", "no opinion")
    }
  }
}
