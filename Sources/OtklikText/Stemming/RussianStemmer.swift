/// Snowball's Russian stemmer, implemented from the published algorithm description
/// (Snowball, snowballstem.org, "Russian stemming algorithm").
///
/// The algorithm strips inflectional endings and two derivational ones, working on three
/// regions of the word:
/// - **RV**: everything after the first vowel (а е и о у ы э ю я). Every ending removed must
///   lie in RV, including the `а`/`я` that some endings require before them; so a stem always
///   keeps at least one vowel.
/// - **R1**: everything after the first non-vowel that follows a vowel.
/// - **R2**: R1 applied again inside R1; only the derivational `ость` needs it.
///
/// Steps, each searching for the longest ending of its class:
/// 1. A perfective gerund (`вшись`, `ив`, …); failing that, strip a reflexive `ся`/`сь`, then
///    the first class that matches of: adjectival (an adjective ending, optionally after a
///    participle suffix such as `ющ`, `нн`, `ивш`), verb, noun.
/// 2. A final `и`.
/// 3. `ост`/`ость` when it lies in R2.
/// 4. `нн` → `н`; or a superlative `ейш`/`ейше` and then `нн` → `н`; or a final soft sign `ь`.
///
/// Endings of "group 1" (`в`, `ла`, `нн`, `ем`, …) are removed only after `а` or `я`, which
/// stays in the stem. When the longest ending found fails its condition, the class fails: no
/// shorter ending is tried, as in Snowball's `among`.
///
/// The stemmer works on UTF-8 bytes without decoding: every Cyrillic letter is two bytes and
/// endings are matched as byte strings. It only ever deletes, so the stem is a prefix of the
/// (case- and `ё`-folded) word. Capital Cyrillic letters and `ё` are folded to lowercase `е`
/// first. A word without Cyrillic letters (Latin, digits, emoji) is returned unchanged; other
/// characters inside a Cyrillic word (a hyphen, a digit) are kept and count as non-vowels, so
/// "интернет-магазина" becomes "интернет-магазин".
///
/// ```swift
/// RussianStemmer().stem("вежливые")  // "вежлив"
/// ```
public struct RussianStemmer: Stemmer {
  /// Creates a stemmer; it holds no state, so one instance may be shared freely.
  public init() {}

  /// Returns the stem of one Russian word, or the word itself when it has no Cyrillic letters.
  public func stem(_ word: String) -> String {
    StemmingDriver.stem(word, Self.stem(_:))
  }

  /// Returns the UTF-8 bytes of the stem of the Russian word whose UTF-8 bytes are `word`.
  ///
  /// See `Stemmer.stem(utf8:)`; the result is always a prefix of the folded input.
  public func stem(utf8 word: some Collection<UInt8>) -> [UInt8] {
    StemmingDriver.stem(utf8: word, Self.stem(_:))
  }

  /// Stems `word` in place; returns `false` when the word has no Cyrillic letter.
  static func stem(_ word: inout WordBuffer) -> Bool {
    guard foldCase(word) else { return false }
    let regions = Regions(of: word)
    let rv = regions.rv

    // Step 1.
    if !removePerfectiveGerund(&word, rv: rv) {
      if let found = word.longest(of: reflexiveEndings, notBefore: rv) {
        word.truncate(to: found.start)
      }
      if !removeAdjectival(&word, rv: rv), !remove(verbEndings, from: &word, rv: rv) {
        _ = remove(nounEndings, from: &word, rv: rv)
      }
    }

    // Step 2.
    if word.ends(with: "и", notBefore: rv) {
      word.truncate(to: word.count - 2)
    }

    // Step 3.
    if let found = word.longest(of: derivationalEndings, notBefore: rv), found.start >= regions.r2 {
      word.truncate(to: found.start)
    }

    // Step 4.
    if let found = word.longest(of: superlativeEndings, notBefore: rv) {
      word.truncate(to: found.start)
      undoubleN(&word, rv: rv)
    } else if word.ends(with: "нн", notBefore: rv) {
      undoubleN(&word, rv: rv)
    } else if word.ends(with: "ь", notBefore: rv) {
      word.truncate(to: word.count - 2)
    }
    return true
  }

  // MARK: - Endings

  /// What an ending needs before it can be removed.
  enum Condition: Sendable {
    /// Removed wherever it lies in RV ("group 2" endings and the unconditional classes).
    case none
    /// Removed only after `а` or `я` in RV, which stays ("group 1" endings).
    case afterAOrYa
  }

  private static let perfectiveGerundEndings: [Suffix<Condition>] = [
    Suffix("в", .afterAOrYa), Suffix("вши", .afterAOrYa), Suffix("вшись", .afterAOrYa),
    Suffix("ив", .none), Suffix("ивши", .none), Suffix("ившись", .none),
    Suffix("ыв", .none), Suffix("ывши", .none), Suffix("ывшись", .none),
  ].sortedLongestFirst()

  private static let adjectiveEndings: [Suffix<Condition>] = [
    "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
    "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
  ].map { Suffix($0, Condition.none) }.sortedLongestFirst()

  private static let participleEndings: [Suffix<Condition>] = [
    Suffix("ем", .afterAOrYa), Suffix("нн", .afterAOrYa), Suffix("вш", .afterAOrYa),
    Suffix("ющ", .afterAOrYa), Suffix("щ", .afterAOrYa),
    Suffix("ивш", .none), Suffix("ывш", .none), Suffix("ующ", .none),
  ].sortedLongestFirst()

  private static let reflexiveEndings: [Suffix<Condition>] = [
    Suffix("ся", .none), Suffix("сь", .none),
  ]

  private static let verbEndings: [Suffix<Condition>] =
    ([
      "ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть",
      "ешь", "нно",
    ].map { Suffix($0, Condition.afterAOrYa) }
    + [
      "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им",
      "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть",
      "ишь", "ую", "ю",
    ].map { Suffix($0, Condition.none) }).sortedLongestFirst()

  private static let nounEndings: [Suffix<Condition>] = [
    "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой",
    "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию",
    "ью", "ю", "ия", "ья", "я",
  ].map { Suffix($0, Condition.none) }.sortedLongestFirst()

  private static let superlativeEndings: [Suffix<Condition>] = [
    Suffix("ейше", .none), Suffix("ейш", .none),
  ]

  private static let derivationalEndings: [Suffix<Condition>] = [
    Suffix("ость", .none), Suffix("ост", .none),
  ]

  // MARK: - Steps

  /// Removes the longest ending of `table` found in RV if its condition holds.
  private static func remove(_ table: [Suffix<Condition>], from word: inout WordBuffer, rv: Int)
    -> Bool
  {
    guard let found = word.longest(of: table, notBefore: rv) else { return false }
    switch found.rule {
    case .none:
      break
    case .afterAOrYa:
      guard found.start - 2 >= rv, isAOrYa(word, at: found.start - 2) else { return false }
    }
    word.truncate(to: found.start)
    return true
  }

  private static func removePerfectiveGerund(_ word: inout WordBuffer, rv: Int) -> Bool {
    remove(perfectiveGerundEndings, from: &word, rv: rv)
  }

  /// Removes an adjective ending and then, optionally, a participle suffix before it.
  private static func removeAdjectival(_ word: inout WordBuffer, rv: Int) -> Bool {
    guard remove(adjectiveEndings, from: &word, rv: rv) else { return false }
    _ = remove(participleEndings, from: &word, rv: rv)
    return true
  }

  /// Turns a final `нн` lying in RV into `н`.
  private static func undoubleN(_ word: inout WordBuffer, rv: Int) {
    if word.ends(with: "нн", notBefore: rv) {
      word.truncate(to: word.count - 2)
    }
  }

  // MARK: - Letters

  /// Whether the two bytes at `index` are `а` or `я`.
  private static func isAOrYa(_ word: WordBuffer, at index: Int) -> Bool {
    (word[index] == 0xD0 && word[index + 1] == 0xB0)
      || (word[index] == 0xD1 && word[index + 1] == 0x8F)
  }

  /// Whether a letter starts at byte `index` and is one of а е и о у ы э ю я.
  static func isVowel(_ word: WordBuffer, at index: Int) -> Bool {
    guard index + 1 < word.count else { return false }
    switch (word[index], word[index + 1]) {
    // а е и о
    case (0xD0, 0xB0), (0xD0, 0xB5), (0xD0, 0xB8), (0xD0, 0xBE): return true
    // у ы э ю я
    case (0xD1, 0x83), (0xD1, 0x8B), (0xD1, 0x8D), (0xD1, 0x8E), (0xD1, 0x8F): return true
    default: return false
    }
  }

  /// Folds capital Cyrillic letters to lowercase and `ё`/`Ё` to `е` in place; returns whether
  /// the word has any Cyrillic letter.
  ///
  /// Every fold keeps the two-byte length, so byte offsets are unchanged.
  private static func foldCase(_ word: WordBuffer) -> Bool {
    var hasCyrillic = false
    var index = 0
    while index < word.count {
      let lead = word[index]
      guard lead == 0xD0 || lead == 0xD1, index + 1 < word.count else {
        index += 1
        continue
      }
      let trail = word[index + 1]
      switch (lead, trail) {
      case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F):  // а–п, р–я
        hasCyrillic = true
      case (0xD0, 0x90...0x9F):  // А–П
        word[index + 1] = trail + 0x20
        hasCyrillic = true
      case (0xD0, 0xA0...0xAF):  // Р–Я
        word[index] = 0xD1
        word[index + 1] = trail - 0x20
        hasCyrillic = true
      case (0xD1, 0x91), (0xD0, 0x81):  // ё, Ё
        word[index] = 0xD0
        word[index + 1] = 0xB5
        hasCyrillic = true
      default:
        break
      }
      index += 2
    }
    return hasCyrillic
  }

  /// Byte offsets where RV and R2 start (the word's length when a region is empty).
  struct Regions {
    /// Start of RV: after the first vowel.
    let rv: Int
    /// Start of R2: after the first non-vowel following a vowel, taken twice.
    let r2: Int

    /// Finds RV and R2 in a case-folded word.
    init(of word: WordBuffer) {
      var scanner = LetterScanner(word: word)
      let rv = scanner.skipPastVowel()
      _ = scanner.skipPastNonVowel()  // R1, which this algorithm does not use directly.
      _ = scanner.skipPastVowel()
      self.rv = rv
      self.r2 = scanner.skipPastNonVowel()
    }
  }

  /// Walks a word letter by letter (by UTF-8 sequence) to find region boundaries.
  private struct LetterScanner {
    let word: WordBuffer
    var index = 0

    /// Moves past the next vowel and returns the offset after it (or the word's end).
    mutating func skipPastVowel() -> Int {
      skip(past: true)
    }

    /// Moves past the next non-vowel and returns the offset after it (or the word's end).
    mutating func skipPastNonVowel() -> Int {
      skip(past: false)
    }

    private mutating func skip(past vowel: Bool) -> Int {
      while index < word.count {
        let isVowel = RussianStemmer.isVowel(word, at: index)
        index += Self.sequenceLength(lead: word[index])
        if isVowel == vowel { return min(index, word.count) }
      }
      return word.count
    }

    /// The length of the UTF-8 sequence a byte starts; 1 for a stray continuation byte.
    static func sequenceLength(lead: UInt8) -> Int {
      switch lead {
      case 0xC0...0xDF: return 2
      case 0xE0...0xEF: return 3
      case 0xF0...0xF7: return 4
      default: return 1
      }
    }
  }
}
