/// A deterministic generator of realistic CSV exports of any size: the benchmark's input.
///
/// Two layouts:
/// - **reviews** — a map site's review export: `Компания, Филиал, Дата, Оценка, Автор, Текст отзыва,
///   Ответ компании`; `,`, UTF-8, LF; ISO dates (some with a time), ratings `5`, `4,0` and `★★★★☆`.
/// - **survey** — a Google Forms export: timestamp, district, age group, gender, a multiple-choice
///   question whose options hold commas, a 1–5 scale, an NPS question and three open questions; `,`,
///   UTF-8, CRLF.
///
/// Texts are Russian with some English and mixed ones, built from ``SyntheticPhrases`` (negations,
/// contrast, sarcasm, emoji, typos). Quoted fields carry commas, doubled quotes and line breaks.
///
/// Broken rows are planted at an exact share: data row `r` (0-based) is broken when
/// `⌊(r + 1)·share⌋ > ⌊r·share⌋`, the defect cycling through a ragged row, a stray quote inside an
/// unquoted field and an out-of-range value (a rating outside 1–5, an NPS answer above 10); when the
/// share is above zero the file also ends with an unterminated quote. Each broken row is exactly one
/// record that Otklik's ingest rejects, so ``Summary/brokenRows`` is the number of rejects to expect.
///
/// The same kind, size, seed and share give byte-identical files. Rows stream through a 1 MiB buffer,
/// so memory does not depend on `size`.
///
/// ```swift
/// let summary = try SyntheticExport(kind: .reviews, size: 50_000_000, seed: 1).write(to: "reviews.csv")
/// print(summary.records, summary.brokenRows)
/// ```
public struct SyntheticExport: Sendable, Hashable {
  /// Which export to imitate.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A map site's review export.
    case reviews
    /// A Google Forms survey export.
    case survey
  }

  /// The kinds of broken row the generator plants.
  public enum Defect: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A row with one field fewer or one more than the header.
    case raggedRow = "ragged row"
    /// A `"` inside an unquoted field.
    case strayQuote = "stray quote"
    /// A rating outside 1–5 (reviews) or an NPS answer above 10 (survey).
    case outOfRange = "out-of-range value"
    /// A quoted field that never closes, at the end of the file.
    case unterminatedQuote = "unterminated quote"

    /// Declaration order: the order reports list defects in.
    public static func < (lhs: Defect, rhs: Defect) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// What was written.
  public struct Summary: Sendable, Hashable {
    /// Bytes written, header included.
    public var bytes: Int
    /// Data records written (the header not counted; a record with line breaks counts once).
    public var records: Int
    /// Broken records by defect.
    public var broken: [Defect: Int]

    /// All broken records: the rejects Otklik's ingest should report.
    public var brokenRows: Int { broken.values.reduce(0, +) }

    /// Creates a summary.
    public init(bytes: Int, records: Int, broken: [Defect: Int]) {
      self.bytes = bytes
      self.records = records
      self.broken = broken
    }
  }

  /// The layout.
  public var kind: Kind
  /// The target size in bytes; the file stops at the first row boundary at or past it (plus the
  /// final unterminated row when the broken share is above zero).
  public var size: Int
  /// The seed of the pseudo-random choices.
  public var seed: UInt64
  /// The share of broken data rows, 0…1.
  public var brokenShare: Double

  /// The default share of broken rows: one in a thousand.
  public static let defaultBrokenShare = 0.001

  /// Creates a generator.
  public init(
    kind: Kind, size: Int, seed: UInt64 = 1,
    brokenShare: Double = SyntheticExport.defaultBrokenShare
  ) {
    self.kind = kind
    self.size = size
    self.seed = seed
    self.brokenShare = brokenShare
  }

  /// The header row of `kind`, as written.
  public static func header(_ kind: Kind) -> [String] {
    switch kind {
    case .reviews:
      return ["Компания", "Филиал", "Дата", "Оценка", "Автор", "Текст отзыва", "Ответ компании"]
    case .survey:
      return [
        "Отметка времени", "Ваш район", "Ваш возраст", "Ваш пол", "Какие кухни вы любите?",
        "Как часто вы едите вне дома? (1–5)",
        "Насколько вероятно, что вы порекомендуете кафе Коломны друзьям? (0–10)", "Почему?",
        "Что вы любите есть и где?", "Чего не хватает в вашем районе?",
      ]
    }
  }

  /// Writes the export to `path` (created or truncated) and returns what was written.
  public func write(to path: String) throws(BenchmarkError) -> Summary {
    guard size > 0 else { throw .invalidOption("size must be positive") }
    guard (0...1).contains(brokenShare) else {
      throw .invalidOption("broken share must be within 0…1")
    }
    let output = try BufferedFileOutput(path: path)
    var rows = SyntheticRowWriter(export: self)
    rows.writeHeader(into: output)
    while output.bytesWritten < size {
      try rows.writeRow(into: output)
    }
    if brokenShare > 0 { rows.writeUnterminatedRow(into: output) }
    try output.close()
    return Summary(bytes: output.bytesWritten, records: rows.records, broken: rows.broken)
  }

  /// Whether data row `row` (0-based) is to be broken, and how.
  func defect(forRow row: Int) -> Defect? {
    guard brokenShare > 0 else { return nil }
    let before = Int((Double(row) * brokenShare).rounded(.down))
    let after = Int((Double(row + 1) * brokenShare).rounded(.down))
    guard after > before else { return nil }
    let cycle: [Defect] = [.raggedRow, .strayQuote, .outOfRange]
    return cycle[before % cycle.count]
  }
}
