/// The immutable tables a ``TextAnalyzer`` runs on: interned words, lexicon and rule entries, phrases,
/// non-answers and the tokenizer; built once from the parsed files.
///
/// Lexicons are applied in order, so a later file (an `-extra.tsv` or an analyst's file) overrides an
/// earlier one term by term; rule entries from ``Modifiers`` override lexicon entries.
final class AnalyzerCore: Sendable {
  /// The thresholds and scales.
  let settings: SentimentSettings
  /// The tokenizer, knowing the lexicons' emoticons.
  let tokenizer: Tokenizer
  /// The stemmer for Cyrillic words.
  let russian: any WordStemmer
  /// The stemmer for Latin words.
  let english: any WordStemmer
  /// Every form and stem any entry mentions, interned.
  let ids: [String: Int32]
  /// Every compiled lexicon and rule entry.
  let entries: [CompiledEntry]
  /// Entry by the id of an exact form (exact words, emoji, emoticons).
  let exactEntries: [Int32: Int32]
  /// Entry by the id of a stem.
  let stemEntries: [Int32: Int32]
  /// Entry by the id of the stem of an inflected form whose stem differs from its lemma's
  /// ("профессионалы" for "профессионал"); consulted after ``stemEntries``.
  let formStemEntries: [Int32: Int32]
  /// Phrases grouped by the id of their first word, longest first within a group: the group of id
  /// `i` is the slots `phraseHeadStart[i]..<phraseHeadStart[i + 1]`. Phrases of valence 0 (which
  /// only remove an entry) are left out. Flat arrays of integers, so that trying a phrase costs no
  /// reference counting: this is the analyser's innermost loop.
  let phraseHeadStart: [Int32]
  /// The words of the phrase in slot `s` are `phraseWords[phraseWordStart[s]..<phraseWordStart[s + 1]]`.
  let phraseWordStart: [Int32]
  /// Each phrase word's interned id shifted left by one, its low bit set when it is matched
  /// against the form (exact) rather than the stem.
  let phraseWords: [Int32]
  /// The entry of the phrase in each slot.
  let phraseEntries: [Int32]
  /// The slots of a head group narrowed by the phrase's second word: `phrasePairs[key]` (see
  /// ``phrasePairKey(_:_:)``) is a range of ``phrasePairSlots``, ascending. A head such as "не" starts
  /// hundreds of phrases; the next token's form and stem pick the few that can match.
  let phrasePairs: [UInt64: Range<Int32>]
  /// See ``phrasePairs``.
  let phrasePairSlots: [Int32]
  /// Rule texts for evidence, made once from the settings.
  let ruleTexts: RuleTexts
  /// The compiled taxonomy, if tags are wanted.
  let tagMatcher: TagMatcher?
  /// Proposes key phrases, if wanted.
  let keyPhraseExtractor: KeyPhraseExtractor?
  /// Entry of a negator written as a suffix (`n't`), if the rules have one.
  let suffixNegator: Int32?
  /// Interned forms of the English determiners after which a modifier is read as an adjective
  /// ("a pretty dress", "what a super idea"); see ``adjectiveCues``.
  let adjectiveCueIDs: Set<Int32>
  /// The first compiled entry of each rating scale (see ``ratingEntries(appendingTo:)``).
  let ratingEntries: [Int: Int32]
  /// Whole texts that decline to answer, folded, words joined by one space.
  let nonAnswers: Set<String>
  /// The thread-local slot of this core's per-thread workspaces.
  let workspaceKey = WorkspaceKey()

  init(
    lexicons: [Lexicon], modifiers: Modifiers, russian: any WordStemmer, english: any WordStemmer,
    settings: SentimentSettings, taxonomy: Taxonomy?, keyPhrases: Bool
  ) {
    self.settings = settings
    self.tagMatcher = taxonomy.map { TagMatcher(taxonomy: $0, stemmer: BilingualStemmer()) }
    self.keyPhraseExtractor = keyPhrases ? KeyPhraseExtractor() : nil
    self.russian = russian
    self.english = english
    var builder = Builder(russian: russian, english: english)
    self.adjectiveCueIDs = Set(Self.adjectiveCues.map { builder.intern($0) })
    var emoticons: [String] = []
    let expressive = Set(
      modifiers.entries.filter { $0.kind == .expressive }.compactMap(\.term.singleWord))
    for lexicon in lexicons {
      for entry in lexicon.entries {
        if case .symbol(let symbol) = entry.term { emoticons.append(symbol) }
        var compiled = CompiledEntry(
          term: entry.term.written, file: lexicon.file, role: .sentiment, value: entry.valence)
        compiled.isExpressive = entry.term.singleWord.map(expressive.contains) ?? false
        builder.add(entry.term, compiled)
      }
    }
    var absences: [String: Double] = [:]
    for entry in modifiers.entries where entry.kind == .absence {
      absences[entry.term.written] = entry.value
    }
    var nonAnswers: Set<String> = []
    var suffixNegator: Int32?
    for entry in modifiers.entries {
      let role: CompiledEntry.Role
      switch entry.kind {
      case .expressive, .absence:
        continue
      case .nonAnswer:
        nonAnswers.insert(
          Self.nonAnswerKey(
            entry.term.written.hasPrefix("=")
              ? String(entry.term.written.dropFirst()) : entry.term.written))
        continue
      case .negator, .clauseNegator: role = .negator
      case .postNegator: role = .postNegator
      case .intensifier: role = .intensifier
      case .diminisher: role = .diminisher
      case .contrast: role = .contrast
      case .concession: role = .concession
      case .idiom: role = .idiom
      case .expectation: role = .expectation
      case .irrealis: role = .irrealis
      case .naming: role = .naming
      }
      var compiled = CompiledEntry(
        term: entry.term.written, file: modifiers.file, role: role, value: entry.value)
      if role == .negator || role == .postNegator {
        compiled.absence = absences[entry.term.written] ?? 0
      }
      compiled.deniesClause = entry.kind == .clauseNegator
      if entry.kind == .negator,
        entry.term.written.hasPrefix("n'") || entry.term.written.hasPrefix("=n'")
      {
        suffixNegator = builder.append(compiled)
        continue
      }
      builder.add(entry.term, compiled)
    }
    self.ratingEntries = Self.ratingEntries { builder.append($0) }
    builder.indexPhrases()
    self.tokenizer = Tokenizer(emoticons: emoticons)
    self.ids = builder.ids
    self.entries = builder.entries
    self.exactEntries = builder.exactEntries
    self.stemEntries = builder.stemEntries
    self.formStemEntries = builder.formStemEntries
    var starts: [Int32] = [0]
    var wordStarts: [Int32] = [0]
    var words: [Int32] = []
    var phraseEntries: [Int32] = []
    for id in 0..<builder.ids.count {
      for index in builder.phraseHeads[Int32(id)] ?? [] {
        let phrase = builder.phrases[Int(index)]
        let entry = builder.entries[Int(phrase.entry)]
        if entry.role == .sentiment, entry.value == 0 { continue }
        words += phrase.words.map { $0.id << 1 | ($0.isExact ? 1 : 0) }
        wordStarts.append(Int32(words.count))
        phraseEntries.append(phrase.entry)
      }
      starts.append(Int32(phraseEntries.count))
    }
    var pairs: [UInt64: [Int32]] = [:]
    for head in 0..<builder.ids.count {
      for slot in starts[head]..<starts[head + 1] {
        let first = Int(wordStarts[Int(slot)])
        let second = Int(wordStarts[Int(slot) + 1]) - first > 1 ? words[first + 1] >> 1 : Int32.min
        pairs[Self.phrasePairKey(Int32(head), second), default: []].append(slot)
      }
    }
    var pairSlots: [Int32] = []
    var pairRanges: [UInt64: Range<Int32>] = [:]
    for (key, slots) in pairs {
      pairRanges[key] = Int32(pairSlots.count)..<Int32(pairSlots.count + slots.count)
      pairSlots += slots
    }
    self.phraseHeadStart = starts
    self.phraseWordStart = wordStarts
    self.phraseWords = words
    self.phraseEntries = phraseEntries
    self.phrasePairs = pairRanges
    self.phrasePairSlots = pairSlots
    self.ruleTexts = RuleTexts(settings)
    self.suffixNegator = suffixNegator
    self.nonAnswers = nonAnswers
  }

  /// Ids, entry and phrase-head flag of one word form.
  ///
  /// A negative contraction is looked up without its apostrophe ("don't" as "dont"), so one entry
  /// or phrase ("dont buy") serves both spellings, as tweets and reviews write either.
  private func resolveWord(_ written: String, isWord: Bool) -> TokenInfo {
    var info = TokenInfo.unknown
    let key = Self.contractionKey(written)
    info.formID = ids[key] ?? -1
    let stemmed = isWord ? stem(key) : key
    info.stemID = ids[stemmed] ?? -1
    if info.formID >= 0, let entry = exactEntries[info.formID] {
      info.entry = isBlank(entry) ? -1 : entry
    } else if info.stemID >= 0, let entry = stemEntries[info.stemID] ?? formStemEntries[info.stemID]
    {
      info.entry = entry
    } else if let suffixNegator, written.hasSuffix("n't") {
      info.entry = suffixNegator
    }
    info.isPhraseHead =
      hasPhrases(startingWith: info.formID) || hasPhrases(startingWith: info.stemID)
    return info
  }

  /// A word as entries are keyed: a negative contraction loses its apostrophe ("don't" → "dont").
  static func contractionKey(_ word: String) -> String {
    word.hasSuffix("n't") ? String(word.dropLast(2)) + "t" : word
  }

  /// Common inflected forms of a Russian lemma whose stem the stemmer may cut differently from the
  /// lemma's: the present tense of `-овать`/`-евать` verbs ("радовать" → "радует"), the plural of a
  /// noun ending in a consonant ("профессионал" → "профессионалы"), with the fleeting vowel of
  /// `-ок`/`-ек`/`-ец` dropped ("недостаток" → "недостатки", "молодец" → "молодцы").
  static func inflectedForms(of lemma: String) -> [String] {
    guard lemma.utf8.first.map({ $0 == 0xD0 || $0 == 0xD1 }) == true, lemma.count >= 4 else {
      return []
    }
    for suffix in ["оваться", "еваться"] where lemma.hasSuffix(suffix) {
      return [String(lemma.dropLast(suffix.count)) + "уется"]
    }
    for suffix in ["овать", "евать"] where lemma.hasSuffix(suffix) {
      let base = String(lemma.dropLast(suffix.count))
      return [base + "ует", base + "уют"]
    }
    guard let last = lemma.last, "бвгджзклмнпрстфхцчшщ".contains(last) else { return [] }
    if lemma.hasSuffix("ок") || lemma.hasSuffix("ек") {
      return [lemma + "и", String(lemma.dropLast(2)) + "ки"]
    }
    if lemma.hasSuffix("ец") { return [lemma + "ы", String(lemma.dropLast(2)) + "цы"] }
    return [lemma + "ы", lemma + "а"]
  }

  /// Words after which an intensifier that is also an adjective ("pretty", "super") is read as the
  /// adjective when no sentiment word follows it: articles and determiners.
  static let adjectiveCues = [
    "a", "an", "the", "what", "such", "this", "that", "my", "your", "his", "her", "our", "their",
  ]

  /// The key of ``phrasePairs`` for phrases starting with `head` whose second word has the interned
  /// id `second` (`Int32.min` for one-word phrases).
  static func phrasePairKey(_ head: Int32, _ second: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: head)) << 32 | UInt64(UInt32(bitPattern: second))
  }

  /// Whether any phrase starts with the word of interned id `id` (−1: none).
  func hasPhrases(startingWith id: Int32) -> Bool {
    id >= 0 && phraseHeadStart[Int(id) + 1] > phraseHeadStart[Int(id)]
  }

  /// Spellings to try when a word has no entry: runs of three or more equal letters shortened to
  /// one and to two; for Latin words, `-in` → `-ing`, `-est` removed, `-iest`/`-ier` → `-y`.
  static func variants(of word: String) -> [String] {
    if let laughter = laughter(word) { return [laughter] }
    var result: [String] = []
    var scalars = Array(word.unicodeScalars)
    var hasRun = false
    if scalars.count >= 3 {
      for index in 2..<scalars.count
      where scalars[index] == scalars[index - 1] && scalars[index] == scalars[index - 2] {
        hasRun = true
        break
      }
    }
    if hasRun {
      for keep in [1, 2] {
        var out = String.UnicodeScalarView()
        var run = 0
        for (index, scalar) in scalars.enumerated() {
          run = index > 0 && scalars[index - 1] == scalar ? run + 1 : 1
          if run <= keep || run == 2 && keep == 2 { out.append(scalar) }
        }
        result.append(String(out))
      }
      scalars = Array(result[0].unicodeScalars)
    }
    let base = hasRun ? result[0] : word
    guard scalars.allSatisfy({ $0.isASCII }), base.count >= 4 else { return result }
    if base.hasSuffix("in") { result.append(base + "g") }
    if base.hasSuffix("iest") {
      result.append(String(base.dropLast(4)) + "y")
    } else if base.hasSuffix("est"), base.count >= 6 {
      result.append(String(base.dropLast(3)))
      result.append(String(base.dropLast(2)))
    }
    // "-ier" only: a bare "-er" is as often a noun ("number", "manager") as a comparative.
    if base.hasSuffix("ier") { result.append(String(base.dropLast(3)) + "y") }
    return result
  }

  /// The dictionary spelling of a written laugh or kiss of any length: "ahahah", "hahaa",
  /// "jajaja" → "haha", "ахахаха", "хехе" → "хаха", "lolol" → "lol", "xoxoxo" → "xoxo"; nil for
  /// any other word.
  static func laughter(_ word: String) -> String? {
    let scalars = Array(word.unicodeScalars.lazy.map(\.value))
    guard scalars.count >= 4, scalars.count <= 40 else { return nil }
    func alternates(_ first: Set<UInt32>, _ second: Set<UInt32>) -> Bool {
      var expectFirst = first.contains(scalars[0])
      for scalar in scalars {
        if expectFirst, first.contains(scalar) {
          expectFirst = false
        } else if !expectFirst, second.contains(scalar) {
          expectFirst = true
        } else if !expectFirst, first.contains(scalar) || second.contains(scalar) {
          continue  // a doubled letter: "hahaa"
        } else {
          return false
        }
      }
      return true
    }
    let latinH: Set<UInt32> = [0x68, 0x6A]  // h, j
    let latinVowels: Set<UInt32> = [0x61, 0x65]  // a, e
    let cyrillicH: Set<UInt32> = [0x445]  // х
    let cyrillicVowels: Set<UInt32> = [0x430, 0x435]  // а, е
    if alternates(latinH, latinVowels) || alternates(latinVowels, latinH) { return "haha" }
    if alternates(cyrillicH, cyrillicVowels) || alternates(cyrillicVowels, cyrillicH) {
      return "хаха"
    }
    if alternates([0x6C], [0x6F]) { return "lol" }
    if alternates([0x78], [0x6F]) { return "xoxo" }
    return nil
  }

  /// Whether an entry is a zero-valence sentiment entry, which only blocks other matches.
  func isBlank(_ entry: Int32) -> Bool {
    entries[Int(entry)].role == .sentiment && entries[Int(entry)].value == 0
  }

  /// The stem of a folded word, with the stemmer of its alphabet.
  func stem(_ word: String) -> String {
    let isCyrillic = word.utf8.contains { $0 == 0xD0 || $0 == 0xD1 }
    return isCyrillic ? russian.stem(word) : english.stem(word)
  }

  /// The key a text is compared with to decide whether it is a non-answer: letters and digits
  /// folded (with apostrophes and hyphens inside words kept), every other run a single space.
  static func nonAnswerKey(_ text: String) -> String {
    var words: [String] = []
    var current = ""
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isInnerMark = !current.isEmpty && (scalar == "'" || scalar == "\u{2019}" || scalar == "-")
      if UTF8Scalar.isLatinLetter(value) || UTF8Scalar.isCyrillicLetter(value)
        || UTF8Scalar.isDigit(value) || isInnerMark
      {
        current.unicodeScalars.append(Unicode.Scalar(UTF8Scalar.folded(value)) ?? scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: " ")
  }

  /// Resolves a token's folded key: ids, the single-token entry and whether a phrase starts with it.
  ///
  /// Runs once per distinct token (the ``TokenCache`` remembers the answer).
  func resolve(key: String, kind: Token.Kind) -> TokenInfo {
    var info = TokenInfo.unknown
    switch kind {
    case .word, .number:
      info = resolveWord(key, isWord: kind == .word)
      if kind == .word, let tagMatcher {
        info.tags = tagMatcher.lookup(form: key, stem: stem(key))
      }
      if kind == .word, let keyPhraseExtractor {
        info.keyRole = keyPhraseExtractor.role(of: key)
      }
      if info.entry < 0, kind == .word {
        // Spelling variants: elongated letters ("ооочень", "sooo"), dropped g ("lovin"),
        // English comparatives and superlatives ("coolest", "happier").
        for variant in Self.variants(of: key) {
          let candidate = resolveWord(variant, isWord: true)
          if candidate.entry >= 0 {
            info.entry = candidate.entry
            break
          }
        }
      }
    case .emoji, .emoticon:
      info.formID = ids[key] ?? -1
      if info.formID >= 0, let entry = exactEntries[info.formID] {
        info.entry = entry
      } else if kind == .emoji, let first = key.unicodeScalars.first, let id = ids[String(first)],
        let entry = exactEntries[id]
      {
        info.entry = entry
      }
    default:
      break
    }
    return info
  }
}

/// The rule names evidence shows, with the settings' numbers filled in once.
struct RuleTexts: Sendable {
  let negation, negatedIntensifier, postNegation, caps, deniedExpectation, absence, wish: String
  let contrastAfter, contrastBefore, concession, weakHit, link, conclusion, weakNegativeHit: String

  init(_ settings: SentimentSettings) {
    let format = AnalyzerCore.format
    negation = "negation ×\(format(settings.negationScale))"
    negatedIntensifier = "negated intensifier ×\(format(settings.negatedIntensifierScale))"
    postNegation = "negation after ×\(format(settings.negationScale))"
    caps = "capitals +\(format(settings.capsBoost))"
    absence = "absence"
    wish = "wish"
    deniedExpectation = "denied expectation"
    contrastAfter = "contrast ×\(format(settings.contrastAfterWeight))"
    contrastBefore = "before contrast ×\(format(settings.contrastBeforeWeight))"
    concession = "concession ×\(format(settings.concessionWeight))"
    weakHit = "single weak hit ×\(format(settings.weakHitScale))"
    link = "link ×\(format(settings.linkScale))"
    conclusion = "conclusion ×\(format(settings.conclusionWeight))"
    weakNegativeHit = "single weak hit ×\(format(settings.weakNegativeHitScale))"
  }
}

extension AnalyzerCore {
  /// Accumulates the tables while entries are added in order.
  fileprivate struct Builder {
    let russian: any WordStemmer
    let english: any WordStemmer
    var ids: [String: Int32] = [:]
    var entries: [CompiledEntry] = []
    var exactEntries: [Int32: Int32] = [:]
    var stemEntries: [Int32: Int32] = [:]
    var formStemEntries: [Int32: Int32] = [:]
    var phraseByKey: [[Int32]: Int] = [:]
    var phrases: [CompiledPhrase] = []
    var phraseHeads: [Int32: [Int32]] = [:]

    init(russian: any WordStemmer, english: any WordStemmer) {
      self.russian = russian
      self.english = english
    }

    mutating func intern(_ text: String) -> Int32 {
      if let id = ids[text] { return id }
      let id = Int32(ids.count)
      ids[text] = id
      return id
    }

    func stem(_ word: String) -> String {
      word.utf8.contains { $0 == 0xD0 || $0 == 0xD1 } ? russian.stem(word) : english.stem(word)
    }

    mutating func append(_ entry: CompiledEntry) -> Int32 {
      entries.append(entry)
      return Int32(entries.count - 1)
    }

    /// Adds `entry` under `term`, replacing what an earlier entry put under the same key.
    @discardableResult
    ///
    /// A sentiment entry with valence 0 removes the term instead: a later file can neutralise a
    /// word an earlier one scored.
    mutating func add(_ term: LexiconTerm, _ entry: CompiledEntry) -> Int32 {
      let index = append(entry)
      let removes = entry.role == .sentiment && entry.value == 0
      switch term {
      case .word(let word):
        let main = intern(stem(AnalyzerCore.contractionKey(word)))
        keepFallback(of: index, word: word, replacing: stemEntries[main])
        stemEntries[main] = removes ? nil : index
        for form in AnalyzerCore.inflectedForms(of: word) {
          let key = intern(stem(form))
          if key != main { formStemEntries[key] = removes ? nil : index }
        }
      case .exact(let word):
        // A zero exact form stays, to block the stem entry for that form ("=года 0" keeps "года"
        // from matching "годный"); matching skips zero entries.
        let form = intern(AnalyzerCore.contractionKey(word))
        keepFallback(
          of: index, word: word,
          replacing: exactEntries[form] ?? ids[stem(word)].flatMap { stemEntries[$0] })
        exactEntries[form] = index
      case .symbol(let symbol):
        exactEntries[intern(AnalyzerCore.symbolKey(symbol))] = removes ? nil : index
      case .phrase(let words):
        let compiled = words.map { word in
          let text = AnalyzerCore.contractionKey(word.text)
          return (id: intern(word.isExact ? text : stem(text)), isExact: word.isExact)
        }
        let key = compiled.map { $0.isExact ? -$0.id - 1 : $0.id }
        let phrase = CompiledPhrase(words: compiled, entry: index)
        if let existing = phraseByKey[key] {
          phrases[existing] = phrase
        } else if removes {
          break
        } else {
          phraseByKey[key] = phrases.count
          phrases.append(phrase)
        }
      }
      return index
    }

    /// Remembers, for the intensifier or diminisher at `index`, the sentiment entry of the same
    /// word that it replaces ("pretty" 1.5 under the intensifier "pretty"); an entry of another
    /// word that only shares the stem ("простой" under "просто") is not kept.
    mutating func keepFallback(of index: Int32, word: String, replacing old: Int32?) {
      let role = entries[Int(index)].role
      guard let old, role == .intensifier || role == .diminisher else { return }
      let replaced = entries[Int(old)]
      guard replaced.role == .sentiment, replaced.value != 0,
        replaced.term == word || replaced.term == "=" + word
      else { return }
      entries[Int(index)].fallback = old
    }

    /// Indexes phrases by their first word, longest first.
    mutating func indexPhrases() {
      let order = phrases.indices.sorted { phrases[$0].words.count > phrases[$1].words.count }
      for index in order {
        phraseHeads[phrases[index].words[0].id, default: []].append(Int32(index))
      }
    }
  }

  /// The lookup key of an emoji or emoticon: variation selectors and skin tones dropped, Latin
  /// letters lowercased (emoticons match without case), a run of two or more brackets written as
  /// three.
  static func symbolKey(_ symbol: String) -> String {
    if symbol.count >= 2, symbol.allSatisfy({ $0 == ")" }) { return ")))" }
    if symbol.count >= 2, symbol.allSatisfy({ $0 == "(" }) { return "(((" }
    var scalars = String.UnicodeScalarView()
    for scalar in symbol.unicodeScalars where !UTF8Scalar.isEmojiModifier(scalar.value) {
      let value = scalar.value
      scalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value) | 0x20) : scalar)
    }
    return String(scalars)
  }
}
