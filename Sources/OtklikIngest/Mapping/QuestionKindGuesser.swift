/// Decides the kind of a survey question from its header and, when the header does not say, from the
/// first answers in the file.
///
/// From the header, in this order:
/// 1. NPS wording ("порекомендуете", "recommend", "NPS") → ``QuestionKind/nps``;
/// 2. a range ("от 1 до 10", "(1-5)", "1–5", "1 to 10", "по шкале от 0 до 10") →
///    ``QuestionKind/scale(min:max:)``, or NPS when the range is 0–10 and the header says so;
/// 3. "выберите несколько", "несколько вариантов", "все подходящие", "select all", "check all",
///    "all that apply" → ``QuestionKind/multipleChoice``;
/// 4. "почему", "что бы вы", "расскажите", "опишите", "чего не хватает", "комментарий", "why",
///    "what would", "describe", "suggest" → ``QuestionKind/open``.
///
/// Otherwise from up to ``sampleSize`` answers (the reader buffers only those records):
/// - all non-empty answers whole numbers within 0–10 → a scale `1–5` when they fit, else `1–10`
///   (or `0–10` when a 0 occurs);
/// - at least 20 % of answers join two or more pieces with ", " or ";", and at least half of the
///   pieces of those answers also occur in other answers (options recur; phrases of free text do
///   not) → multiple choice;
/// - answers mostly distinct (over 60 % distinct) and long (over 25 characters on average), or very
///   long (over 60) → open;
/// - otherwise → single choice.
enum QuestionKindGuesser {
  /// How many records are buffered to guess kinds from answers.
  static let sampleSize = 50

  /// The kind the header alone implies, or `nil` when it takes answers to decide.
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
    let openCues = [
      "почему", "что бы вы", "расскажите", "опишите", "ваши предложения", "ваше предложение",
      "комментари", "отзыв", "=feedback", "=review", "чего не хватает", "чего вам не хватает",
      "что вам нравится", "пожелани",
      "=why", "what would", "describe", "suggest", "any other", "comments", "tell us",
    ]
    if openCues.contains(where: {
      $0.hasPrefix("=") ? key.hasPrefix($0.dropFirst()) : key.contains($0)
    }) {
      return .open
    }
    return nil
  }

  /// The inclusive range written in a header: `от 1 до 10`, `(1-5)`, `1–5`, `1 to 10`, `0..10`.
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
    return nil
  }

  /// The kind a sample of answers suggests (see the type's summary); `answers` are raw cells.
  static func kind(fromAnswers answers: [String]) -> QuestionKind {
    let given = answers.map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
    guard !given.isEmpty else { return .open }
    let numbers = given.compactMap { NumberParser.parseInteger($0[...]) }
    if numbers.count == given.count, let low = numbers.min(), let high = numbers.max(), low >= 0,
      high <= 10
    {
      return .scale(min: low == 0 ? 0 : 1, max: high <= 5 && low > 0 ? 5 : 10)
    }
    let split = given.map(ChoiceSplitter.pieces(of:))
    let joined = split.filter { $0.count > 1 }
    if Double(joined.count) >= 0.2 * Double(given.count) {
      var occurrences: [String: Int] = [:]
      for piece in split.joined() { occurrences[piece, default: 0] += 1 }
      let joinedPieces = joined.joined()
      let recurring = joinedPieces.filter { occurrences[$0, default: 0] > 1 }.count
      if recurring * 2 >= joinedPieces.count { return .multipleChoice }
    }
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
