import Foundation

/// How header cells become column names and config keys.
enum HeaderText {
  /// The header as shown: line breaks and runs of spaces folded to one space, trimmed
  /// (Google Forms writes multi-line questions into the header).
  static func fold(_ header: String) -> String {
    var folded = ""
    var pendingSpace = false
    for scalar in header.unicodeScalars {
      if scalar.isSpaceLike {
        pendingSpace = !folded.isEmpty
        continue
      }
      if pendingSpace { folded += " " }
      pendingSpace = false
      folded.unicodeScalars.append(scalar)
    }
    return folded
  }

  /// The form headers and config keys are compared in: folded, lowercased, `ё` as `е`.
  static func key(_ header: String) -> String {
    fold(header).lowercased().replacingOccurrences(of: "ё", with: "е")
  }

  /// Folded names made distinct: the second `Вопрос` becomes `Вопрос (2)`, the third `Вопрос (3)`.
  static func distinctNames(_ headers: [String]) -> [String] {
    var seen: [String: Int] = [:]
    var taken = Set(headers.map { key(fold($0)) })
    return headers.map { header in
      let name = fold(header)
      let nameKey = key(name)
      let count = (seen[nameKey] ?? 0) + 1
      seen[nameKey] = count
      guard count > 1 else { return name }
      var number = count
      var candidate = "\(name) (\(number))"
      while taken.contains(key(candidate)) {
        number += 1
        candidate = "\(name) (\(number))"
      }
      taken.insert(key(candidate))
      return candidate
    }
  }

  /// For a grid column `Question [Row]`: the question and the row; `nil` otherwise.
  static func gridPosition(_ name: String) -> GridPosition? {
    guard name.hasSuffix("]"), let open = name.lastIndex(of: "[") else { return nil }
    let question = name[..<open].trimmingSpaces
    let row = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingSpaces
    guard !question.isEmpty, !row.isEmpty else { return nil }
    return GridPosition(question: String(question), row: String(row))
  }
}
