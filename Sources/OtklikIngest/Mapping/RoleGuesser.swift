/// Guesses a column's role from its header text, in Russian or English.
///
/// Each rule lists cues matched against the header's lowercased words (`ё` read as `е`): a cue is a
/// word prefix (`район` matches "Районы", "районе"), `=word` an exact word (`=пол`, so that "полезно"
/// is not gender), and a cue with a space a phrase contained in the header. Rules are tried in order,
/// so the more specific ones ("Дата ответа" is a reply date, "ID ответа" an id) come first. Survey
/// questions are not guessed here: a survey column that no rule claims is a question, and
/// ``QuestionKindGuesser`` decides its kind; a header that asks for free text is never a segment.
enum RoleGuesser {
  private typealias Rule = (role: ColumnRole, cues: [String])

  private static let common: [Rule] = [
    (
      .id,
      ["=id", "=ид", "=uid", "=номер", "№", "id ответа", "response id", "review id", "id отзыва"]
    )
  ]

  private static let survey: [Rule] = [
    (
      .timestamp,
      [
        "отметка времени", "=timestamp", "время создания", "время отправки", "дата и время",
        "=submitted",
        "created at", "дата заполнения", "дата прохождения", "=дата", "=date", "=время", "=time",
      ]
    ),
    (
      .ignore,
      ["=email", "e-mail", "электронн", "=почта", "телефон", "=phone", "=фио", "=имя", "=name"]
    ),
    (
      .segment,
      [
        "район", "=district", "=neighbourhood", "=neighborhood", "возраст", "=age", "age group",
        "=пол",
        "=gender", "=sex", "=лет", "образовани", "=education", "род занятий", "=occupation",
        "=доход",
        "=income", "=город", "=city", "населенный пункт", "семейное положение", "=дети",
      ]
    ),
  ]

  private static let reviews: [Rule] = [
    (.replyDate, ["дата ответа", "reply date", "response date", "replied at", "время ответа"]),
    (.id, ["id ответа"]),
    (.reply, ["ответ", "=reply", "=response", "=answer", "owner response"]),
    (
      .company,
      [
        "компани", "организаци", "=company", "=organization", "=organisation", "=business",
        "заведени", "=бренд", "=brand", "=название", "название организации", "business name",
        "=партнер", "=partner",
      ]
    ),
    (
      .branch,
      ["филиал", "адрес", "=branch", "=address", "=location", "=точка", "=отделение", "=магазин"]
    ),
    (.source, ["источник", "площадк", "=source", "=platform", "=site", "=сайт", "=сервис"]),
    (
      .date,
      [
        "=дата", "=date", "время создания", "отметка времени", "=timestamp", "=created",
        "опубликован", "=published", "=время", "=time",
      ]
    ),
    (.rating, ["оценк", "рейтинг", "=rating", "=score", "=stars", "звезд", "=балл", "=баллы"]),
    (
      .author,
      ["автор", "=author", "=имя", "=name", "пользовател", "=user", "=reviewer", "=клиент"]
    ),
    (
      .text,
      [
        "отзыв", "текст", "комментари", "=review", "=text", "=comment", "=comments", "=body",
        "=content", "=feedback", "=сообщение",
      ]
    ),
  ]

  /// The role the header suggests for a file of `kind`, or `nil` (for a survey: a question).
  static func guess(header: String, kind: SourceKind) -> ColumnRole? {
    let key = HeaderText.key(header)
    let words = key.split { !$0.isLetter && !$0.isNumber && $0 != "№" && $0 != "-" }.map(
      String.init)
    let rules = common + (kind == .survey ? survey : reviews)
    for rule in rules where rule.cues.contains(where: { matches($0, key: key, words: words) }) {
      // "Чего не хватает в вашем районе?" mentions a district but asks for free text.
      if rule.role == .segment && QuestionKindGuesser.leansOpen(header) { return nil }
      return rule.role
    }
    return nil
  }

  private static func matches(_ cue: String, key: String, words: [String]) -> Bool {
    if cue.contains(" ") { return key.contains(cue) }
    if cue.hasPrefix("=") {
      let word = cue.dropFirst()
      return words.contains { $0 == word }
    }
    return words.contains { $0.hasPrefix(cue) }
  }
}
