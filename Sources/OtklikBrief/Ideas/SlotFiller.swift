/// Finds and fills the `{slot}` placeholders of an idea's sentence.
enum SlotFiller {
  /// The slot names in `text`, in order (`{company}` gives `company`).
  static func slots(in text: String) -> [String] {
    var names: [String] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      names.append(String(after[..<close]))
      rest = after[after.index(after: close)...]
    }
    return names
  }

  /// `text` with each `{slot}` replaced by its value; `nil` when a slot has no value.
  static func fill(_ text: String, with values: [String: String]) -> String? {
    var output = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      guard let value = values[String(after[..<close])] else { return nil }
      output += rest[..<open]
      output += value
      rest = after[after.index(after: close)...]
    }
    return output + rest
  }
}
