/// The role of a rule word or phrase in `modifiers.tsv`.
public enum ModifierKind: String, Sendable, Hashable, CaseIterable {
  /// Flips and damps the sentiment word(s) after it: `не`, `нет`, `без`, `not`, `never`. An optional
  /// value limits its reach in words (`без` 1).
  case negator
  /// A negated verb of saying or thinking: a negator whose negation also reaches over a comma into
  /// the «что» / "that" clause after it (`не скажу`: "не скажу, что вкусно"; `don't think`).
  case clauseNegator = "clause_negator"
  /// Flips the sentiment word just before it: Russian postposed `нет` ("проблем нет").
  case postNegator = "post_negator"
  /// Scales the next sentiment word up by its value: `очень` 1.3.
  case intensifier
  /// Scales the next sentiment word down by its value: `немного` 0.6.
  case diminisher
  /// Opens a clause that weighs more, and makes the one before weigh less: `но`, `однако`, `but`.
  case contrast
  /// Opens a clause that weighs less: `хотя`, `although`.
  case concession
  /// A fixed phrase whose valence is not the sum of its words: `так себе` −1.
  case idiom
  /// A verb that states what a customer expects to happen, and says nothing when it happens, but
  /// is a complaint when denied: `work` −1.8 scores only in "doesn't work", `=перезвонили` −2 only
  /// in "так и не перезвонили". Its value is the valence when a negator stands right before it.
  case expectation
  /// A word that makes its clause a wish or a hypothesis (Russian `бы`): praise in it is wished
  /// for, not given ("было бы здорово открыть кафе"), so the clause's positive sum is multiplied by
  /// the value; a complaint stays.
  case irrealis
  /// Marks a negator or post-negator that also states a lack when it negates no sentiment word:
  /// `=нет	-0.8` makes "нет парковки" and "связи нет" complaints, and `=no	-0.8` "no wifi". The
  /// value is the valence of the lack.
  case absence
  /// A noun after which a text in quotes is a name, not an opinion: `кафе` in «кафе «Уютный
  /// дворик»», `пекарня`, `магазин`. The name's words neither score nor tag.
  case naming
  /// A whole text that declines to answer: `не знаю`, `n/a`.
  case nonAnswer = "non_answer"
  /// Laughter or a kiss written as a word (`lol`, `хаха`, `xoxo`): its lexicon valence stays, and,
  /// like an emoji's, no negator or intensifier reaches it ("can never leave it lol").
  case expressive

  /// Whether lines of this kind need a value in a third field.
  var needsValue: Bool {
    switch self {
    case .intensifier, .diminisher, .idiom, .expectation, .absence, .irrealis: true
    default: false
    }
  }
}
