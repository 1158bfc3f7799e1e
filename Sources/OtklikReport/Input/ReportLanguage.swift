/// The language a report is written in; every label of a report is translated.
public enum ReportLanguage: String, Sendable, Hashable, Codable, CaseIterable {
  /// Russian, the default for the library's methodologists.
  case ru
  /// English.
  case en
}
