/// The character encodings Otklik reads. Everything is UTF-8 once it leaves ingest.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
  /// UTF-8, with or without a byte-order mark (the mark is dropped).
  case utf8 = "utf-8"
  /// Windows-1251 (Cyrillic), as Russian Excel saves CSV.
  case windows1251 = "windows-1251"
}
