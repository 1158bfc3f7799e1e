/// The kind of problem behind a reject, without the record's own values, so the report's table of
/// reasons stays short (and bounded however many rows are broken) and reads in the report language.
///
/// Ingest words each reason for one record ("rating out of range 1–5: 7"); the category drops the
/// value ("rating out of range 1–5") and names the problem in Russian or English. The values stay
/// in `rejects.csv`. A reason this table does not know keeps its text up to the first colon.
public struct RejectCategory: Sendable, Hashable, Comparable {
  /// The category's key: a known category's name, or an unknown reason's text before any colon.
  public var key: String

  /// The category of one ingest reason.
  public init(reason: String) {
    key =
      Self.known.first { entry in entry.prefixes.contains { reason.hasPrefix($0) } }?.key
      ?? String(reason.prefix { $0 != ":" })
  }

  /// The category's label in `language`.
  public func label(in language: ReportLanguage) -> String {
    guard let entry = Self.known.first(where: { $0.key == key }) else { return key }
    return language == .ru ? entry.ru : entry.en
  }

  public static func < (a: RejectCategory, b: RejectCategory) -> Bool { a.key < b.key }

  /// One category: the starts of the ingest reasons it covers, and its labels.
  private struct Entry {
    var key: String
    var prefixes: [String]
    var ru: String
    var en: String
  }

  /// Ingest's reasons by category.
  private static let known: [Entry] = [
    Entry(
      key: "field-count", prefixes: ["expected "], ru: "неверное число полей",
      en: "wrong number of fields"),
    Entry(
      key: "unterminated-quote", prefixes: ["unterminated quote"], ru: "незакрытая кавычка",
      en: "unterminated quote"),
    Entry(
      key: "stray-quote", prefixes: ["unescaped quote", "quote inside"],
      ru: "лишняя кавычка в поле", en: "stray quote in a field"),
    Entry(
      key: "nul-byte", prefixes: ["nul byte"], ru: "нулевой байт в поле", en: "NUL byte in a field"),
    Entry(
      key: "encoding", prefixes: ["invalid utf-8", "byte not in", "invalid bytes"],
      ru: "байты не в кодировке файла", en: "bytes not in the file's encoding"),
    Entry(
      key: "field-size", prefixes: ["field over", "field too large"],
      ru: "поле больше допустимого размера", en: "field over the size limit"),
    Entry(
      key: "empty-record", prefixes: ["empty record"], ru: "пустая строка (все поля пусты)",
      en: "empty record (every field empty)"),
    Entry(
      key: "empty-review", prefixes: ["empty review"], ru: "отзыв без текста и оценки",
      en: "review with neither text nor rating"),
    Entry(key: "no-company", prefixes: ["no company"], ru: "не указана компания", en: "no company"),
    Entry(
      key: "rating-text", prefixes: ["rating not a number"], ru: "оценка не число",
      en: "rating is not a number"),
    Entry(
      key: "rating-range", prefixes: ["rating out of range"], ru: "оценка вне шкалы 1–5",
      en: "rating outside 1–5"),
    Entry(
      key: "date", prefixes: ["unreadable date"], ru: "нераспознанная дата",
      en: "unreadable date"),
    Entry(
      key: "timestamp", prefixes: ["unreadable timestamp"], ru: "нераспознанная отметка времени",
      en: "unreadable timestamp"),
    Entry(
      key: "scale-range", prefixes: ["answer out of scale"], ru: "ответ вне шкалы",
      en: "answer outside its scale"),
    Entry(
      key: "nps-range", prefixes: ["nps answer out of range"], ru: "ответ NPS вне 0–10",
      en: "NPS answer outside 0–10"),
  ]
}
