/// Snowball's English stemmer ("Porter2"), implemented from the published algorithm
/// description (Snowball, snowballstem.org, "The English (Porter2) stemming algorithm").
///
/// Regions, over the vowels a e i o u y:
/// - **R1**: everything after the first non-vowel that follows a vowel; for words starting
///   with `gener`, `commun` or `arsen`, everything after that prefix (so "generous" and
///   "general" keep apart).
/// - **R2**: R1 applied again inside R1.
///
/// A **short syllable** is a non-vowel, a vowel, then a non-vowel other than w, x or Y; or,
/// at the start of the word, a vowel then a non-vowel. A word is **short** when R1 is empty and
/// it ends in a short syllable ("hop", not "hoop").
///
/// Steps:
/// - Exceptional forms ("skies" → "sky", "dying" → "die", "news" unchanged, …) are looked up
///   first; words of one or two letters are left alone.
/// - Prelude: drop a leading apostrophe; mark a `y` at the start or after a vowel as the
///   consonant `Y` (restored to `y` at the end).
/// - Step 0: possessive `'`, `'s`, `'s'`.
/// - Step 1a: plurals (`sses` → `ss`, `ies` → `i`/`ie`, `s` after a vowel further back).
///   Words such as "inning", "proceed" stop here.
/// - Step 1b: `eed(ly)` → `ee` in R1; `ed(ly)`, `ing(ly)` after a vowel, then repair the stem
///   (`at`/`bl`/`iz` + `e`, undouble "hopp" → "hop", short word + `e`).
/// - Step 1c: final `y` after a consonant that is not the first letter → `i`.
/// - Steps 2 and 3: map derivational endings in R1 (`ization` → `ize`, `fulness` → `ful`, …).
/// - Step 4: delete endings in R2 (`ement`, `ance`, `ion` after s/t, …).
/// - Step 5: delete a final `e` (in R2, or in R1 when not after a short syllable) and the
///   second `l` of a final `ll` in R2.
///
/// As in Snowball's `among`, each step looks for the longest ending of its list, and when that
/// ending fails the step's condition the step does nothing: no shorter ending is tried.
///
/// The stemmer works on ASCII bytes in place. ASCII capitals are folded to lowercase and the
/// typographic apostrophes ’ and ‘ to `'`. A word with no ASCII letter, or with any other
/// non-ASCII character (Cyrillic, accented letters, emoji), is returned unchanged.
///
/// ```swift
/// EnglishStemmer().stem("generously")  // "generous"
/// ```
public struct EnglishStemmer: Stemmer {
  /// Creates a stemmer; it holds no state, so one instance may be shared freely.
  public init() {}

  /// Returns the stem of one English word, or the word itself when the stemmer does not apply.
  public func stem(_ word: String) -> String {
    StemmingDriver.stem(word, Self.stem(_:))
  }

  /// Returns the UTF-8 bytes of the stem of the English word whose UTF-8 bytes are `word`.
  ///
  /// See `Stemmer.stem(utf8:)`.
  public func stem(utf8 word: some Collection<UInt8>) -> [UInt8] {
    StemmingDriver.stem(utf8: word, Self.stem(_:))
  }

  /// Stems `word` in place; returns `false` when the stemmer does not apply to it.
  static func stem(_ word: inout WordBuffer) -> Bool {
    guard normalize(&word) else { return false }
    if replaceExceptionalForm(&word) || word.count < 3 { return true }

    let hasY = markConsonantY(&word)
    let regions = Regions(of: word)
    step1a(&word)
    if !isInvariantAfterStep1a(word) {
      step1b(&word, regions: regions)
      step1c(&word)
      step2(&word, regions: regions)
      step3(&word, regions: regions)
      step4(&word, regions: regions)
      step5(&word, regions: regions)
    }
    if hasY {
      for index in 0..<word.count where word[index] == upperY { word[index] = y }
    }
    return true
  }

  // MARK: - Letters

  private static let y = UInt8(ascii: "y")
  private static let upperY = UInt8(ascii: "Y")
  private static let apostrophe = UInt8(ascii: "'")

  /// Whether `byte` is one of a e i o u y (the marked consonant `Y` is not a vowel).
  private static func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"), y:
      return true
    default:
      return false
    }
  }

  /// Whether some byte in `range` of the word is a vowel.
  private static func hasVowel(_ word: WordBuffer, in range: Range<Int>) -> Bool {
    range.contains { isVowel(word[$0]) }
  }

  /// Whether the first `end` bytes of the word end in a short syllable.
  private static func endsInShortSyllable(_ word: WordBuffer, at end: Int) -> Bool {
    if end >= 3 {
      let last = word[end - 1]
      if !isVowel(last), last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != upperY,
        isVowel(word[end - 2]), !isVowel(word[end - 3])
      {
        return true
      }
    }
    return end == 2 && isVowel(word[0]) && !isVowel(word[1])
  }

  /// Folds ASCII capitals, turns ’ and ‘ into `'`, and checks the stemmer applies: returns
  /// `false` for a word with other non-ASCII bytes or no ASCII letter.
  private static func normalize(_ word: inout WordBuffer) -> Bool {
    var hasLetter = false
    var read = 0
    var write = 0
    while read < word.count {
      var byte = word[read]
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"):
        hasLetter = true
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        byte += 0x20
        hasLetter = true
      case 0xE2:  // ’ (E2 80 99) and ‘ (E2 80 98) become '
        guard read + 2 < word.count, word[read + 1] == 0x80,
          word[read + 2] == 0x98 || word[read + 2] == 0x99
        else { return false }
        byte = apostrophe
        read += 2
      case 0x80...:
        return false
      default:
        break
      }
      word[write] = byte
      write += 1
      read += 1
    }
    word.truncate(to: write)
    return hasLetter
  }

  /// Removes a leading apostrophe and marks `y` at the start or after a vowel as `Y`; returns
  /// whether any `Y` was marked.
  private static func markConsonantY(_ word: inout WordBuffer) -> Bool {
    if word[0] == apostrophe { word.remove(at: 0) }
    var hasY = false
    for index in 0..<word.count where word[index] == y && (index == 0 || isVowel(word[index - 1])) {
      word[index] = upperY
      hasY = true
    }
    return hasY
  }

  /// Byte offsets where R1 and R2 start (the word's length when a region is empty).
  struct Regions {
    /// Start of R1.
    let r1: Int
    /// Start of R2.
    let r2: Int

    /// Prefixes after which R1 starts, whatever the letters (from the Porter2 description).
    private static let prefixesWithR1: [StaticString] = ["gener", "commun", "arsen"]

    /// Finds R1 and R2 in a word whose consonant `y`s are already marked `Y`.
    init(of word: WordBuffer) {
      let prefix = Self.prefixesWithR1.first { prefix in
        let length = prefix.utf8CodeUnitCount
        guard word.count >= length else { return false }
        return (0..<length).allSatisfy { word[$0] == prefix.utf8Start[$0] }
      }
      let r1 = prefix.map(\.utf8CodeUnitCount) ?? Self.regionStart(in: word, from: 0)
      self.r1 = r1
      self.r2 = Self.regionStart(in: word, from: r1)
    }

    /// The offset after the first non-vowel that follows a vowel, searching from `start`.
    private static func regionStart(in word: WordBuffer, from start: Int) -> Int {
      var index = start
      while index < word.count, !EnglishStemmer.isVowel(word[index]) { index += 1 }
      while index < word.count, EnglishStemmer.isVowel(word[index]) { index += 1 }
      return min(index + 1, word.count)
    }
  }

  // MARK: - Exceptional forms

  private static let exceptionalForms: [(word: StaticString, stem: StaticString)] = [
    ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
    ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
    ("singly", "singl"),
    ("sky", "sky"), ("news", "news"), ("howe", "howe"),
    ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
  ]

  private static let invariantAfterStep1a: [StaticString] = [
    "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
  ]

  /// Replaces a whole word listed among the exceptional forms; returns whether it was one.
  private static func replaceExceptionalForm(_ word: inout WordBuffer) -> Bool {
    guard let form = exceptionalForms.first(where: { word.equals($0.word) }) else { return false }
    word.replace(from: 0, with: form.stem)
    return true
  }

  private static func isInvariantAfterStep1a(_ word: WordBuffer) -> Bool {
    invariantAfterStep1a.contains { word.equals($0) }
  }

  // MARK: - Step 0 and 1

  /// Step 0 (possessives) and step 1a (plurals).
  private static func step1a(_ word: inout WordBuffer) {
    if word.ends(with: "'s'") {
      word.truncate(to: word.count - 3)
    } else if word.ends(with: "'s") {
      word.truncate(to: word.count - 2)
    } else if word.ends(with: "'") {
      word.truncate(to: word.count - 1)
    }

    if word.ends(with: "sses") {
      word.truncate(to: word.count - 2)
    } else if word.ends(with: "ied") || word.ends(with: "ies") {
      let start = word.count - 3
      word.replace(from: start, with: start > 1 ? "i" : "ie")
    } else if word.ends(with: "us") || word.ends(with: "ss") {
      return
    } else if word.ends(with: "s"), hasVowel(word, in: 0..<max(word.count - 2, 0)) {
      word.truncate(to: word.count - 1)
    }
  }

  private enum Step1bRule: Sendable {
    case eed, ed
  }

  private static let step1bEndings: [Suffix<Step1bRule>] = [
    Suffix("eed", .eed), Suffix("eedly", .eed),
    Suffix("ed", .ed), Suffix("edly", .ed), Suffix("ing", .ed), Suffix("ingly", .ed),
  ].sortedLongestFirst()

  /// Step 1b: `eed`, `ed`, `ing` and their `-ly` forms.
  private static func step1b(_ word: inout WordBuffer, regions: Regions) {
    guard let found = word.longest(of: step1bEndings) else { return }
    switch found.rule {
    case .eed:
      if found.start >= regions.r1 { word.replace(from: found.start, with: "ee") }
    case .ed:
      guard hasVowel(word, in: 0..<found.start) else { return }
      word.truncate(to: found.start)
      if word.ends(with: "at") || word.ends(with: "bl") || word.ends(with: "iz") {
        word.replace(from: word.count, with: "e")
      } else if endsInUndoubledDouble(word) {
        word.truncate(to: word.count - 1)
      } else if regions.r1 == word.count, endsInShortSyllable(word, at: word.count) {
        word.replace(from: word.count, with: "e")
      }
    }
  }

  /// Whether the word ends in bb, dd, ff, gg, mm, nn, pp, rr or tt.
  private static func endsInUndoubledDouble(_ word: WordBuffer) -> Bool {
    guard word.count >= 2, word[word.count - 1] == word[word.count - 2] else { return false }
    switch word[word.count - 1] {
    case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"),
      UInt8(ascii: "m"),
      UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return true
    default:
      return false
    }
  }

  /// Step 1c: a final `y`/`Y` after a non-vowel that is not the first letter becomes `i`.
  private static func step1c(_ word: inout WordBuffer) {
    let last = word.count - 1
    guard last >= 2, word[last] == y || word[last] == upperY, !isVowel(word[last - 1]) else {
      return
    }
    word[last] = UInt8(ascii: "i")
  }

  // MARK: - Steps 2 to 5

  private enum MappingRule: Sendable {
    /// Replace the ending with this text.
    case replace(StaticString)
    /// Step 2 `ogi` → `og`, only after `l`.
    case ogiAfterL
    /// Step 2 `li` deleted, only after c d e g h k m n r t.
    case liAfterValidEnding
    /// Step 3 `ative` deleted, only in R2.
    case deleteInR2
  }

  private static let step2Endings: [Suffix<MappingRule>] = [
    Suffix("tional", .replace("tion")), Suffix("enci", .replace("ence")),
    Suffix("anci", .replace("ance")), Suffix("abli", .replace("able")),
    Suffix("entli", .replace("ent")), Suffix("izer", .replace("ize")),
    Suffix("ization", .replace("ize")), Suffix("ational", .replace("ate")),
    Suffix("ation", .replace("ate")), Suffix("ator", .replace("ate")),
    Suffix("alism", .replace("al")), Suffix("aliti", .replace("al")),
    Suffix("alli", .replace("al")), Suffix("fulness", .replace("ful")),
    Suffix("ousli", .replace("ous")), Suffix("ousness", .replace("ous")),
    Suffix("iveness", .replace("ive")), Suffix("iviti", .replace("ive")),
    Suffix("biliti", .replace("ble")), Suffix("bli", .replace("ble")),
    Suffix("ogi", .ogiAfterL), Suffix("fulli", .replace("ful")),
    Suffix("lessli", .replace("less")), Suffix("li", .liAfterValidEnding),
  ].sortedLongestFirst()

  private static let step3Endings: [Suffix<MappingRule>] = [
    Suffix("tional", .replace("tion")), Suffix("ational", .replace("ate")),
    Suffix("alize", .replace("al")), Suffix("icate", .replace("ic")),
    Suffix("iciti", .replace("ic")), Suffix("ical", .replace("ic")),
    Suffix("ful", .replace("")), Suffix("ness", .replace("")), Suffix("ative", .deleteInR2),
  ].sortedLongestFirst()

  /// Steps 2 and 3: the longest ending of `table`, if it lies in R1, is mapped by its rule.
  private static func map(
    _ word: inout WordBuffer, with table: [Suffix<MappingRule>], regions: Regions
  ) {
    guard let found = word.longest(of: table), found.start >= regions.r1 else { return }
    switch found.rule {
    case .replace(let replacement):
      word.replace(from: found.start, with: replacement)
    case .ogiAfterL:
      if found.start > 0, word[found.start - 1] == UInt8(ascii: "l") {
        word.replace(from: found.start, with: "og")
      }
    case .liAfterValidEnding:
      if found.start > 0, isValidLiEnding(word[found.start - 1]) { word.truncate(to: found.start) }
    case .deleteInR2:
      if found.start >= regions.r2 { word.truncate(to: found.start) }
    }
  }

  private static func isValidLiEnding(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"),
      UInt8(ascii: "h"),
      UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return true
    default:
      return false
    }
  }

  private static func step2(_ word: inout WordBuffer, regions: Regions) {
    map(&word, with: step2Endings, regions: regions)
  }

  private static func step3(_ word: inout WordBuffer, regions: Regions) {
    map(&word, with: step3Endings, regions: regions)
  }

  private enum Step4Rule: Sendable {
    case delete, ionAfterSOrT
  }

  private static let step4Endings: [Suffix<Step4Rule>] =
    ([
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
      "iti", "ous", "ive", "ize",
    ].map { Suffix($0, Step4Rule.delete) } + [Suffix("ion", .ionAfterSOrT)]).sortedLongestFirst()

  /// Step 4: the longest ending of the list, if it lies in R2, is deleted.
  private static func step4(_ word: inout WordBuffer, regions: Regions) {
    guard let found = word.longest(of: step4Endings), found.start >= regions.r2 else { return }
    switch found.rule {
    case .delete:
      word.truncate(to: found.start)
    case .ionAfterSOrT:
      guard found.start > 0 else { return }
      let before = word[found.start - 1]
      if before == UInt8(ascii: "s") || before == UInt8(ascii: "t") {
        word.truncate(to: found.start)
      }
    }
  }

  /// Step 5: a final `e` or the second `l` of a final `ll`.
  private static func step5(_ word: inout WordBuffer, regions: Regions) {
    let start = word.count - 1
    guard start >= 0 else { return }
    if word[start] == UInt8(ascii: "e") {
      if start >= regions.r2 || (start >= regions.r1 && !endsInShortSyllable(word, at: start)) {
        word.truncate(to: start)
      }
    } else if word[start] == UInt8(ascii: "l") {
      if start >= regions.r2, start > 0, word[start - 1] == UInt8(ascii: "l") {
        word.truncate(to: start)
      }
    }
  }
}
