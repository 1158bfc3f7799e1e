/// The language of a text, guessed from its letters.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  case russian = "ru"
  case english = "en"
  /// Both Cyrillic and Latin words in substantial shares.
  case mixed
  /// No letters to judge by (digits, emoji, punctuation).
  case unknown
}
