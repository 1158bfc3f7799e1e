/// Guesses a text's language from how many of its letters are Cyrillic and how many Latin.
enum LanguageGuess {
  /// The minority alphabet must hold at least this share of letters for a text to be `mixed`.
  static let mixedShare = 0.25

  /// The language for `cyrillic` and `latin` letter counts.
  static func language(cyrillic: Int, latin: Int) -> Language {
    let total = cyrillic + latin
    guard total > 0 else { return .unknown }
    let share = Double(min(cyrillic, latin)) / Double(total)
    if share >= mixedShare { return .mixed }
    return cyrillic > latin ? .russian : .english
  }
}
