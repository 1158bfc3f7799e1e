/// One ending of a Snowball `among` table and what to do when it is the longest match.
struct Suffix<Rule: Sendable>: Sendable {
  /// The ending as UTF-8.
  let text: StaticString
  /// The language-specific action or condition attached to the ending.
  let rule: Rule

  /// Pairs an ending with its rule; unlabelled so tables read as lists of endings.
  init(_ text: StaticString, _ rule: Rule) {
    self.text = text
    self.rule = rule
  }
}

extension Array {
  /// Sorts a Snowball table longest ending first, as `WordBuffer.longest(of:notBefore:)` needs.
  func sortedLongestFirst<Rule: Sendable>() -> [Suffix<Rule>] where Element == Suffix<Rule> {
    sorted { $0.text.utf8CodeUnitCount > $1.text.utf8CodeUnitCount }
  }
}
