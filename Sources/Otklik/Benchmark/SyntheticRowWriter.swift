/// Writes the rows of one ``SyntheticExport``: the byte-level half of the generator.
///
/// Every row is assembled in a reusable scratch buffer from pre-encoded phrases (see
/// ``SyntheticPhrases``) and appended to the output in one call, so a row costs a few dozen byte
/// copies and no allocation once the buffers have grown.
struct SyntheticRowWriter {
  /// Data records written so far.
  private(set) var records = 0
  /// Broken records written so far, by defect.
  private(set) var broken: [SyntheticExport.Defect: Int] = [:]

  private let export: SyntheticExport
  private var random: SplitMix
  private var line: [UInt8] = []
  private var text: [UInt8] = []
  private let lineEnd: [UInt8]
  private let rowsPerDay: Int
  private static let phrases = CompiledPhrases()

  /// A writer for `export`'s rows, seeded from its seed.
  init(export: SyntheticExport) {
    self.export = export
    random = SplitMix(seed: 0x6F74_6B6C_696B ^ export.seed &* 0x9E37_79B9_7F4A_7C15)
    lineEnd = export.kind == .survey ? [0x0D, 0x0A] : [0x0A]
    let averageRow = export.kind == .survey ? 420 : 330
    rowsPerDay = max(1, export.size / averageRow / CompiledPhrases.dayCount)
    line.reserveCapacity(8 << 10)
    text.reserveCapacity(4 << 10)
  }

  /// Appends the header row.
  mutating func writeHeader(into output: BufferedFileOutput) {
    line.removeAll(keepingCapacity: true)
    for (index, name) in SyntheticExport.header(export.kind).enumerated() {
      if index > 0 { line.append(comma) }
      appendField(Array(name.utf8))
    }
    line.append(contentsOf: lineEnd)
    output.buffer.append(contentsOf: line)
  }

  /// Appends one data row (broken when ``SyntheticExport/defect(forRow:)`` says so).
  mutating func writeRow(into output: BufferedFileOutput) throws(BenchmarkError) {
    let defect = export.defect(forRow: records)
    line.removeAll(keepingCapacity: true)
    switch export.kind {
    case .reviews: reviewRow(defect: defect)
    case .survey: surveyRow(defect: defect)
    }
    line.append(contentsOf: lineEnd)
    output.buffer.append(contentsOf: line)
    records += 1
    if let defect { broken[defect, default: 0] += 1 }
    try output.flushIfFull()
  }

  /// Appends a last row whose quoted text never closes (no line end after it).
  mutating func writeUnterminatedRow(into output: BufferedFileOutput) {
    line.removeAll(keepingCapacity: true)
    let fields = export.kind == .reviews ? 5 : 7
    for index in 0..<fields {
      if index > 0 { line.append(comma) }
      line.append(
        contentsOf: index == 3 && export.kind == .reviews ? Array("5".utf8) : Array("-".utf8))
    }
    line.append(comma)
    line.append(contentsOf: Array("\"Начали писать отзыв, и\nне дописали".utf8))
    output.buffer.append(contentsOf: line)
    records += 1
    broken[.unterminatedQuote, default: 0] += 1
  }

  // MARK: - Reviews

  private mutating func reviewRow(defect: SyntheticExport.Defect?) {
    let phrases = Self.phrases
    appendField(pick(phrases.companies))
    line.append(comma)
    appendField(pick(phrases.branches))
    line.append(comma)
    let day = min(records / rowsPerDay, CompiledPhrases.dayCount - 1)
    line.append(contentsOf: phrases.isoDays[day])
    if roll(100) < 50 { appendTime(separator: UInt8(ascii: "T"), padHour: true) }
    line.append(comma)

    let rating = Self.rating(roll(100))
    if defect == .outOfRange {
      line.append(contentsOf: pick(phrases.badRatings))
    } else {
      switch roll(100) {
      case 0..<4: appendField(phrases.stars[rating - 1])
      case 4..<8: appendField(phrases.decimalRatings[rating - 1])
      default: line.append(UInt8(ascii: "0") + UInt8(rating))
      }
    }
    line.append(comma)
    appendField(pick(phrases.authors))
    line.append(comma)

    if defect == .strayQuote {
      text.removeAll(keepingCapacity: true)
      pick(phrases.strayQuote).fill(into: &text, random: &random)
      line.append(contentsOf: text)  // Unquoted on purpose: the quote inside breaks the row.
      line.append(comma)
      return
    }
    composeReview(rating: rating)
    appendField(text)
    if defect == .raggedRow && records % 2 == 0 { return }  // One field short.
    line.append(comma)
    if roll(100) < 30 {
      text.removeAll(keepingCapacity: true)
      pick(phrases.replies).fill(into: &text, random: &random)
      if roll(100) < 15 { text.append(contentsOf: phrases.replySignature) }
      appendField(text)
    }
    if defect == .raggedRow {  // One field too many.
      line.append(comma)
      line.append(contentsOf: phrases.extraField)
    }
  }

  /// A rating 1–5 from a roll 0–99, skewed the way map sites are (many fives, a bump at one).
  private static func rating(_ roll: Int) -> Int {
    switch roll {
    case 0..<46: 5
    case 46..<64: 4
    case 64..<74: 3
    case 74..<83: 2
    default: 1
    }
  }

  /// Fills `text` with a review of 1–3 sentences matching `rating`.
  private mutating func composeReview(rating: Int) {
    let phrases = Self.phrases
    text.removeAll(keepingCapacity: true)
    if roll(100) < 2 { return }  // A rating without text.
    let language = roll(100)
    let sentences = [1, 1, 1, 2, 2, 2, 2, 3, 3, 3][roll(10)]
    for index in 0..<sentences {
      if index > 0 { appendJoiner() }
      let set: [PhraseTemplate]
      let tone = roll(100)
      if language < 80 {
        switch rating {
        case 4...5: set = tone < 85 ? phrases.positive : tone < 95 ? phrases.mixed : phrases.neutral
        case 3:
          set =
            tone < 60
            ? phrases.mixed
            : tone < 80 ? phrases.neutral : tone < 90 ? phrases.positive : phrases.negative
        default: set = tone < 85 ? phrases.negative : tone < 93 ? phrases.sarcastic : phrases.mixed
        }
      } else if language < 92 {
        switch rating {
        case 4...5: set = tone < 90 ? phrases.positiveEnglish : phrases.mixedEnglish
        case 3: set = phrases.mixedEnglish
        default: set = phrases.negativeEnglish
        }
      } else {
        set = phrases.mixedLanguage
      }
      pick(set).fill(into: &text, random: &random)
    }
    finishText()
  }

  // MARK: - Survey

  private mutating func surveyRow(defect: SyntheticExport.Defect?) {
    let phrases = Self.phrases
    let day = min(records / rowsPerDay, CompiledPhrases.dayCount - 1)
    line.append(contentsOf: phrases.dottedDays[day])
    appendTime(separator: UInt8(ascii: " "), padHour: false)
    line.append(comma)
    appendField(pick(phrases.districts))
    line.append(comma)
    appendField(pick(phrases.ages))
    line.append(comma)
    appendField(pick(phrases.genders))
    line.append(comma)
    text.removeAll(keepingCapacity: true)
    let first = roll(phrases.cuisines.count)
    let count = 1 + roll(3)
    for index in 0..<count {
      if index > 0 { text.append(contentsOf: [comma, UInt8(ascii: " ")]) }
      text.append(contentsOf: phrases.cuisines[(first + index * 2) % phrases.cuisines.count])
    }
    appendField(text)
    line.append(comma)
    if roll(100) >= 5 { line.append(UInt8(ascii: "1") + UInt8(roll(5))) }
    line.append(comma)
    if defect == .outOfRange {
      line.append(contentsOf: pick(phrases.badNPS))
    } else {
      appendNumber(roll(11))
    }
    line.append(comma)
    let isSingleLine = defect == .strayQuote
    if isSingleLine {
      text.removeAll(keepingCapacity: true)
      pick(phrases.strayQuote).fill(into: &text, random: &random)
      line.append(contentsOf: text)
    } else {
      appendOpenAnswer(phrases.surveyWhy, multiline: true)
    }
    line.append(comma)
    appendOpenAnswer(phrases.surveyLikes, multiline: !isSingleLine)
    if defect == .raggedRow && records % 2 == 0 { return }
    line.append(comma)
    appendOpenAnswer(phrases.surveyLacks, multiline: !isSingleLine)
    if defect == .raggedRow {
      line.append(comma)
      line.append(contentsOf: phrases.extraField)
    }
  }

  /// Appends an open answer of one or two sentences from `set`, blank now and then.
  private mutating func appendOpenAnswer(_ set: [PhraseTemplate], multiline: Bool) {
    text.removeAll(keepingCapacity: true)
    guard roll(100) >= 15 else { return }
    pick(set).fill(into: &text, random: &random)
    if roll(100) < 25 {
      if multiline {
        appendJoiner()
      } else {
        text.append(contentsOf: [UInt8(ascii: ";"), UInt8(ascii: " ")])
      }
      pick(set).fill(into: &text, random: &random)
    }
    finishText()
    appendField(text)
  }

  // MARK: - Bytes

  private let comma = UInt8(ascii: ",")

  /// Between two sentences: a line break now and then, else `. ` or `! `.
  private mutating func appendJoiner() {
    switch roll(100) {
    case 0..<8: text.append(0x0A)
    case 8..<20: text.append(contentsOf: [UInt8(ascii: "!"), UInt8(ascii: " ")])
    default: text.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: " ")])
    }
  }

  /// Ends `text`: an emoji or smiley now and then, a typo now and then.
  private mutating func finishText() {
    if roll(100) < 25 { text.append(contentsOf: pick(Self.phrases.emoji)) }
    if roll(100) < 10 { plantTypo() }
  }

  /// Swaps two neighbouring letters somewhere in `text`: two ASCII letters, or two two-byte Cyrillic
  /// letters (so the result stays valid UTF-8).
  private mutating func plantTypo() {
    guard text.count > 8 else { return }
    var index = roll(text.count - 4)
    let end = min(text.count - 4, index + 48)
    while index < end {
      let byte = text[index]
      if (byte == 0xD0 || byte == 0xD1) && (text[index + 2] == 0xD0 || text[index + 2] == 0xD1) {
        text.swapAt(index, index + 2)
        text.swapAt(index + 1, index + 3)
        return
      }
      if Self.isASCIILetter(byte) && Self.isASCIILetter(text[index + 1]) {
        text.swapAt(index, index + 1)
        return
      }
      index += 1
    }
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Appends `field`, quoted (inner quotes doubled) when it holds a comma, a quote or a line break.
  private mutating func appendField(_ field: [UInt8]) {
    var needsQuotes = false
    var hasQuote = false
    field.withUnsafeBufferPointer { bytes in
      for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
        needsQuotes = true
        if byte == 0x22 {
          hasQuote = true
          break
        }
      }
    }
    guard needsQuotes else {
      line.append(contentsOf: field)
      return
    }
    line.append(0x22)
    if hasQuote {
      for byte in field {
        if byte == 0x22 { line.append(0x22) }
        line.append(byte)
      }
    } else {
      line.append(contentsOf: field)
    }
    line.append(0x22)
  }

  /// ` 9:05:07` or `T09:05:07`: a time of day between 8:00 and 22:59.
  private mutating func appendTime(separator: UInt8, padHour: Bool) {
    line.append(separator)
    let hour = 8 + roll(15)
    if padHour || hour >= 10 {
      appendTwoDigits(hour)
    } else {
      line.append(UInt8(ascii: "0") + UInt8(hour))
    }
    line.append(UInt8(ascii: ":"))
    appendTwoDigits(roll(60))
    line.append(UInt8(ascii: ":"))
    appendTwoDigits(roll(60))
  }

  private mutating func appendTwoDigits(_ value: Int) {
    line.append(UInt8(ascii: "0") + UInt8(value / 10))
    line.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  private mutating func appendNumber(_ value: Int) {
    if value >= 10 { line.append(UInt8(ascii: "0") + UInt8(value / 10)) }
    line.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  private mutating func roll(_ bound: Int) -> Int { random.next(below: bound) }

  private mutating func pick<Element>(_ items: [Element]) -> Element { items[roll(items.count)] }
}

/// ``SyntheticPhrases`` compiled once to bytes and templates.
private struct CompiledPhrases: Sendable {
  static let dayCount = 731  // 2024-01-01 … 2025-12-31.

  let positive, negative, mixed, sarcastic, neutral: [PhraseTemplate]
  let positiveEnglish, negativeEnglish, mixedEnglish, mixedLanguage: [PhraseTemplate]
  let replies, surveyWhy, surveyLikes, surveyLacks, strayQuote: [PhraseTemplate]
  let companies, branches, authors, emoji, districts, ages, genders, cuisines: [[UInt8]]
  let stars, decimalRatings, badRatings, badNPS: [[UInt8]]
  let isoDays, dottedDays: [[UInt8]]
  let replySignature = Array("\nС уважением, команда".utf8)
  let extraField = Array("лишнее поле".utf8)

  /// Compiles every bank and template, and the calendar of 2024–2025.
  init() {
    let slots = SyntheticPhrases.slots
    func compile(_ patterns: [String]) -> [PhraseTemplate] {
      patterns.map { PhraseTemplate($0, slots: slots) }
    }
    func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
    positive = compile(SyntheticPhrases.positive)
    negative = compile(SyntheticPhrases.negative)
    mixed = compile(SyntheticPhrases.mixed)
    sarcastic = compile(SyntheticPhrases.sarcastic)
    neutral = compile(SyntheticPhrases.neutral)
    positiveEnglish = compile(SyntheticPhrases.positiveEnglish)
    negativeEnglish = compile(SyntheticPhrases.negativeEnglish)
    mixedEnglish = compile(SyntheticPhrases.mixedEnglish)
    mixedLanguage = compile(SyntheticPhrases.mixedLanguage)
    replies = compile(SyntheticPhrases.replies)
    surveyWhy = compile(SyntheticPhrases.surveyWhy)
    surveyLikes = compile(SyntheticPhrases.surveyLikes)
    surveyLacks = compile(SyntheticPhrases.surveyLacks)
    strayQuote = compile(SyntheticPhrases.strayQuote)
    companies = bytes(SyntheticPhrases.companies)
    branches = bytes(SyntheticPhrases.branches)
    authors = bytes(SyntheticPhrases.authors)
    emoji = slots.words(named: "emoji")
    districts = bytes(SyntheticPhrases.districts)
    ages = bytes(SyntheticPhrases.ages)
    genders = bytes(SyntheticPhrases.genders)
    cuisines = bytes(SyntheticPhrases.cuisines)
    stars = bytes(
      (1...5).map { String(repeating: "★", count: $0) + String(repeating: "☆", count: 5 - $0) })
    decimalRatings = bytes((1...5).map { "\($0),0" })
    badRatings = bytes(["0", "6", "7", "10", "-1"])
    badNPS = bytes(["11", "12", "15"])
    var iso: [[UInt8]] = []
    var dotted: [[UInt8]] = []
    let monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for year in 2024...2025 {
      for month in 1...12 {
        let days = month == 2 && year != 2024 ? 28 : monthDays[month - 1]
        for day in 1...days {
          let mm = month < 10 ? "0\(month)" : "\(month)"
          let dd = day < 10 ? "0\(day)" : "\(day)"
          iso.append(Array("\(year)-\(mm)-\(dd)".utf8))
          dotted.append(Array("\(dd).\(mm).\(year)".utf8))
        }
      }
    }
    isoDays = iso
    dottedDays = dotted
  }
}
