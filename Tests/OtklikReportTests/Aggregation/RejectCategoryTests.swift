import OtklikReport
import Testing

@Suite struct RejectCategoryTests {
  @Test(arguments: [
    ("expected 10 fields, found 13", "неверное число полей", "wrong number of fields"),
    ("expected 9 fields, found 5", "неверное число полей", "wrong number of fields"),
    ("rating out of range 1–5: 7", "оценка вне шкалы 1–5", "rating outside 1–5"),
    ("unreadable date: 'вчера'", "нераспознанная дата", "unreadable date"),
    ("unterminated quote at end of file", "незакрытая кавычка", "unterminated quote"),
    ("field over 1 MiB limit", "поле больше допустимого размера", "field over the size limit"),
    ("quote inside an unquoted field", "лишняя кавычка в поле", "stray quote in a field"),
    ("unescaped quote inside a quoted field", "лишняя кавычка в поле", "stray quote in a field"),
    ("invalid utf-8 bytes", "байты не в кодировке файла", "bytes not in the file's encoding"),
    ("byte not in windows-1251", "байты не в кодировке файла", "bytes not in the file's encoding"),
    ("answer out of scale 1–5: 7", "ответ вне шкалы", "answer outside its scale"),
    ("something new: 42", "something new", "something new"),
  ])
  func dropsValuesAndTranslates(reason: String, ru: String, en: String) {
    let category = RejectCategory(reason: reason)
    #expect(category.label(in: .ru) == ru)
    #expect(category.label(in: .en) == en)
  }

  @Test func reasonsDifferingOnlyInValuesShareACategory() {
    #expect(
      RejectCategory(reason: "rating out of range 1–5: 7")
        == RejectCategory(reason: "rating out of range 1–5: 0"))
  }
}
