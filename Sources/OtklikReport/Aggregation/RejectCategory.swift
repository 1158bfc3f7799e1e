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
      Self.known.first { reason.hasPrefix($0.prefix) }?.key
      ?? String(reason.prefix { $0 != ":" })
  }

  /// The category's label in `language`.
  public func label(in language: ReportLanguage) -> String {
    guard let entry = Self.known.first(where: { $0.key == key }) else { return key }
    return language == .ru ? entry.ru : entry.en
  }

  public static func < (a: RejectCategory, b: RejectCategory) -> Bool { a.key < b.key }

  private struct Entry {
    var prefix: String
    var key: String
    var ru: String
    var en: String
  }

  /// Ingest's reasons by the start of their text.
  private static let known: [Entry] = [
    Entry(
      prefix: "expected ", key: "field-count", ru: "неверное число полей",
      en: "wrong number of fields"),
    Entry(
      prefix: "unterminated quote", key: "unterminated-quote", ru: "незакрытая кавычка",
      en: "unterminated quote"),
    Entry(
      prefix: "unescaped quote", key: "stray-quote", ru: "лишняя кавычка в поле",
      en: "stray quote in a field"),
    Entry(
      prefix: "quote inside", key: "stray-quote", ru: "лишняя кавычка в поле",
      en: "stray quote in a field"),
    Entry(
      prefix: "nul byte", key: "nul-byte", ru: "нулевой байт в поле", en: "NUL byte in a field"),
    Entry(
      prefix: "invalid utf-8", key: "encoding", ru: "байты не в кодировке файла",
      en: "bytes not in the file's encoding"),
    Entry(
      prefix: "byte not in", key: "encoding", ru: "байты не в кодировке файла",
      en: "bytes not in the file's encoding"),
    Entry(
      prefix: "invalid bytes", key: "encoding", ru: "байты не в кодировке файла",
      en: "bytes not in the file's encoding"),
    Entry(
      prefix: "field over", key: "field-size", ru: "поле больше допустимого размера",
      en: "field over the size limit"),
    Entry(
      prefix: "field too large", key: "field-size", ru: "поле больше допустимого размера",
      en: "field over the size limit"),
    Entry(
      prefix: "empty record", key: "empty-record", ru: "пустая строка (все поля пусты)",
      en: "empty record (every field empty)"),
    Entry(
      prefix: "empty review", key: "empty-review", ru: "отзыв без текста и оценки",
      en: "review with neither text nor rating"),
    Entry(prefix: "no company", key: "no-company", ru: "не указана компания", en: "no company"),
    Entry(
      prefix: "rating not a number", key: "rating-text", ru: "оценка не число",
      en: "rating is not a number"),
    Entry(
      prefix: "rating out of range", key: "rating-range", ru: "оценка вне шкалы 1–5",
      en: "rating outside 1–5"),
    Entry(prefix: "unreadable date", key: "date", ru: "нераспознанная дата", en: "unreadable date"),
    Entry(
      prefix: "unreadable timestamp", key: "timestamp", ru: "нераспознанная отметка времени",
      en: "unreadable timestamp"),
    Entry(
      prefix: "answer out of scale", key: "scale-range", ru: "ответ вне шкалы",
      en: "answer outside its scale"),
    Entry(
      prefix: "nps answer out of range", key: "nps-range", ru: "ответ NPS вне 0–10",
      en: "NPS answer outside 0–10"),
  ]
}
