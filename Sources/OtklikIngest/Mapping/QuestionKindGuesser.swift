/// Decides the kind of a survey question from its header and, when the header does not settle it,
/// from the first answers in the file.
///
/// The header settles it, in this order:
/// 1. NPS wording ("порекомендуете", "recommend", "NPS") → ``QuestionKind/nps``;
/// 2. a range ("от 1 до 10", "(1-5)", "1–5", "1 to 10", "1 — почти никогда, 5 — часто") →
///    ``QuestionKind/scale(min:max:)``, or NPS when the range is 0–10 and the header asks how likely;
/// 3. "выберите несколько", "несколько вариантов", "все подходящие", "select all", "check all",
///    "all that apply" → ``QuestionKind/multipleChoice``.
///
/// Otherwise up to ``sampleSize`` answers decide (the reader buffers only those records):
/// - all non-empty answers whole numbers within 0–10 → a scale `1–5` when they fit, else `1–10`
///   (or `0–10` when a 0 occurs);
/// - at least 20 % of answers join two or more options with ", " or ";" (split as
///   ``ChoiceSplitter`` does, so "Да, обязательно" is one option), and at least half of the options
///   of those answers also occur in other answers (options recur; phrases of free text do not) →
///   multiple choice;
/// - a header that asks for free text ("почему", "что бы вы", "расскажите", "опишите", "чего не
///   хватает", "комментарий", "why", "what would", "describe", "suggest": see ``leansOpen(_:)``) →
///   open;
/// - answers mostly distinct (over 60 % distinct) and long (over 25 characters on average), or very
///   long (over 60) → open;
/// - otherwise → single choice.
enum QuestionKindGuesser {
  /// How many records are buffered to guess kinds from answers.
  static let sampleSize = 50

  /// The kind the header alone settles, or `nil` when it takes answers to decide.
  static func kind(fromHeader header: String) -> QuestionKind? {
    let key = HeaderText.key(header)
    if ["порекоменд", "recommend", "nps"].contains(where: key.contains) { return .nps }
    if let range = scaleRange(in: key) {
      return range == 0...10 && key.contains("вероятн")
        ? .nps : .scale(min: range.lowerBound, max: range.upperBound)
    }
    let multipleCues = [
      "выберите несколько", "несколько вариантов", "все подходящие", "все, что подходит",
      "можно выбрать несколько", "select all", "check all", "all that apply", "multiple answers",
    ]
    if multipleCues.contains(where: key.contains) { return .multipleChoice }
    return nil
  }

  /// Whether the header asks for free text ("Почему?", "Чего не хватает в вашем районе?"): such a
  /// question is open unless its answers are clearly numbers or recurring options.
  static func leansOpen(_ header: String) -> Bool {
    let key = HeaderText.key(header)
    let cues = [
      "почему", "что бы вы", "что сделало бы", "расскажите", "опишите", "ваши предложения",
      "ваше предложение", "комментари", "отзыв", "=feedback", "=review", "чего не хватает",
      "чего вам не хватает", "что вам нравится", "что вы любите", "пожелани", "=why", "what would",
      "describe", "suggest", "any other", "comments", "tell us",
    ]
    return cues.contains { $0.hasPrefix("=") ? key.hasPrefix($0.dropFirst()) : key.contains($0) }
  }

  /// The inclusive range written in a header: `от 1 до 10`, `(1-5)`, `1–5`, `1 to 10`, `0..10`, or
  /// labelled ends `1 — никогда, 5 — часто`.
  static func scaleRange(in key: String) -> ClosedRange<Int>? {
    let scalars = Array(key.unicodeScalars)
    var numbers: [(value: Int, end: Int, start: Int)] = []
    var index = 0
    while index < scalars.count {
      guard ("0"..."9").contains(scalars[index]) else {
        index += 1
        continue
      }
      let start = index
      var value = 0
      while index < scalars.count, ("0"..."9").contains(scalars[index]) {
        value = value * 10 + Int(scalars[index].value - 48)
        index += 1
      }
      numbers.append((value, index, start))
    }
    for (first, second) in zip(numbers, numbers.dropFirst()) {
      let between = String(String.UnicodeScalarView(scalars[first.end..<second.start]))
        .trimmingCharacters(in: " ")
      let joins = ["-", "–", "—", "до", "to", "..", "…", "-до"]
      guard joins.contains(between) || between.hasSuffix("до") else { continue }
      guard first.value < second.value, first.value <= 1, second.value <= 100 else { continue }
      return first.value...second.value
    }
    // Labelled ends: "1 — почти никогда, 5 — несколько раз в неделю".
    let labelled = numbers.filter { number in
      var index = number.end
      while index < scalars.count, scalars[index] == " " { index += 1 }
      guard index < scalars.count, ["—", "–", "-"].contains(scalars[index]) else { return false }
      index += 1
      while index < scalars.count, scalars[index] == " " { index += 1 }
      return index < scalars.count && scalars[index].properties.isAlphabetic
    }
    if labelled.count >= 2, let low = labelled.first, let high = labelled.last, low.value <= 1,
      high.value > low.value, high.value <= 10
    {
      return low.value...high.value
    }
    return nil
  }

  /// The kind a sample of answers suggests (see the type's summary); `answers` are raw cells and
  /// `leansOpen` says whether the header asks for free text.
  static func kind(fromAnswers answers: [String], leansOpen: Bool = false) -> QuestionKind {
    let given = answers.map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
    guard !given.isEmpty else { return .open }
    let numbers = given.compactMap { NumberParser.parseInteger($0[...]) }
    if numbers.count == given.count, let low = numbers.min(), let high = numbers.max(), low >= 0,
      high <= 10
    {
      return .scale(min: low == 0 ? 0 : 1, max: high <= 5 && low > 0 ? 5 : 10)
    }
    let splitter = ChoiceSplitter()
    let split = given.map(splitter.split)
    let joined = split.filter { $0.count > 1 }
    if Double(joined.count) >= 0.2 * Double(given.count) {
      var occurrences: [String: Int] = [:]
      for option in split.joined() { occurrences[option, default: 0] += 1 }
      let joinedOptions = joined.joined()
      let recurring = joinedOptions.filter { occurrences[$0, default: 0] > 1 }.count
      if recurring * 2 >= joinedOptions.count { return .multipleChoice }
    }
    if leansOpen { return .open }
    let distinctShare = Double(Set(given).count) / Double(given.count)
    let averageLength = Double(given.reduce(0) { $0 + $1.count }) / Double(given.count)
    if (distinctShare > 0.6 && averageLength > 25) || averageLength > 60 { return .open }
    return .singleChoice
  }
}

extension String {
  /// The string without the given leading and trailing characters.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var view = self[...]
    while view.first == character { view = view.dropFirst() }
    while view.last == character { view = view.dropLast() }
    return String(view)
  }
}
