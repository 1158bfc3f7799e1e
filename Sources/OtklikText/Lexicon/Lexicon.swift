/// One lexicon file parsed: its entries in file order, each a term with a valence.
///
/// Parsing checks the format (`TERM<TAB>VALENCE[<TAB># note]`) and reports the first broken line with
/// its file and line. Stemming happens later, when a ``TextAnalyzer`` is built with its stemmers.
public struct Lexicon: Sendable, Hashable {
  /// One entry: a term, its valence (−4…+4) and the line it came from.
  public struct Entry: Sendable, Hashable {
    /// The term as parsed.
    public var term: LexiconTerm
    /// The valence, −4…+4.
    public var valence: Double
    /// The 1-based line in the file.
    public var line: Int

    /// Creates an entry.
    public init(term: LexiconTerm, valence: Double, line: Int) {
      self.term = term
      self.valence = valence
      self.line = line
    }
  }

  /// The file's name, for messages.
  public var file: String
  /// The entries, in file order.
  public var entries: [Entry]

  /// Creates a lexicon from entries already parsed.
  public init(file: String, entries: [Entry]) {
    self.file = file
    self.entries = entries
  }

  /// Parses the contents of a lexicon file named `file`.
  ///
  /// - Throws: ``LexiconError`` for a missing tab, a bad or out-of-range valence, an empty term, or
  ///   a term defined twice.
  public static func parse(_ contents: String, file: String) throws(LexiconError) -> Lexicon {
    var entries: [Entry] = []
    var firstLine: [String: Int] = [:]
    for (number, fields) in TSVLines(contents) {
      guard fields.count >= 2 else {
        throw LexiconError(file: file, line: number, reason: .missingTab)
      }
      guard let term = LexiconTerm.read(fields[0]) else {
        throw LexiconError(file: file, line: number, reason: .emptyTerm)
      }
      let valence = try parseNumber(fields[1], file: file, line: number)
      guard (-4.0...4.0).contains(valence) else {
        throw LexiconError(file: file, line: number, reason: .valenceOutOfRange(valence))
      }
      if term.isTooLong {
        throw LexiconError(file: file, line: number, reason: .phraseTooLong(term.written))
      }
      // Duplicates are terms written the same way: `xD` and `XD` are two emoticons as written,
      // even though they fold to one key (the later one then wins).
      let key = fields[0].trimmingSpaces()
      if let first = firstLine[key] {
        throw LexiconError(
          file: file, line: number, reason: .duplicate(term: key, firstLine: first))
      }
      firstLine[key] = number
      entries.append(Entry(term: term, valence: valence, line: number))
    }
    return Lexicon(file: file, entries: entries)
  }

  /// Parses a decimal number field (`-1.5`, `+2`, `3`).
  static func parseNumber(_ field: String, file: String, line: Int) throws(LexiconError) -> Double {
    let text = field.trimmingSpaces()
    guard let value = Double(text), value.isFinite else {
      throw LexiconError(file: file, line: line, reason: .badValence(text))
    }
    return value
  }
}

/// The significant lines of a TSV file, numbered from 1, split on tabs; blank and `#` lines skipped,
/// a trailing `# note` field dropped.
struct TSVLines: Sequence {
  private let lines: [(Int, [String])]

  /// Splits `contents` (LF or CRLF).
  init(_ contents: String) {
    var result: [(Int, [String])] = []
    var number = 0
    var contents = contents
    // Bytes, not characters: a `Character` would join CRLF, and a `String` per line costs more
    // than the whole line's work. Splitting UTF-8 on the ASCII bytes LF and tab is exact.
    contents.withUTF8 { bytes in
      for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        number += 1
        let trimmed = Self.trimmed(line)
        if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
        var fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
          String(decoding: Self.trimmed($0), as: UTF8.self)
        }
        while fields.count > 2, let last = fields.last, last.hasPrefix("#") || last.isEmpty {
          fields.removeLast()
        }
        result.append((number, fields))
      }
    }
    lines = result
  }

  /// `bytes` without leading and trailing spaces, tabs and carriage returns.
  private static func trimmed(
    _ bytes: Slice<UnsafeBufferPointer<UInt8>>
  ) -> Slice<UnsafeBufferPointer<UInt8>> {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper, isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
    return bytes[lower..<upper]
  }

  func makeIterator() -> IndexingIterator<[(Int, [String])]> {
    lines.makeIterator()
  }
}
