public import OtklikReport

/// A text in the two report languages, as the editable data files and the taxonomy give it.
///
/// Briefs are written in one language at a time; keeping both here lets one loaded file serve a
/// Russian and an English brief of the same run.
public struct LocalizedText: Sendable, Hashable, Codable {
  /// The Russian text.
  public var ru: String
  /// The English text.
  public var en: String

  /// Creates a text from its two translations.
  public init(ru: String, en: String) {
    self.ru = ru
    self.en = en
  }

  /// The same text in both languages: a name or a survey answer, which is not translated.
  public init(_ text: String) {
    self.init(ru: text, en: text)
  }

  /// The text in `language`.
  public subscript(language: ReportLanguage) -> String {
    language == .ru ? ru : en
  }
}
