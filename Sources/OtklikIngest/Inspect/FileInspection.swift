/// What `otklik inspect` reports about one file: format, header, column roles, counts, first rejects.
///
/// The command an analyst runs before writing a config: it reads the whole file through the same
/// ``RecordReader`` a run uses, so what it shows is what a run would do with default settings.
///
/// ```
/// file: reviews.csv
/// kind: reviews (guessed)
/// encoding: utf-8 (detected)
/// delimiter: , (detected)
/// header: 3 columns
///   column 'Компания' → company (guessed)
/// records: 8 read, 4 accepted, 4 rejected
/// first rejects:
///   reviews.csv:5 (record 4), column 'Оценка': rating out of range 1–5: 7
///     | r4,Кафе «Волна»,7,Плохо
/// ```
public struct FileInspection: Sendable {
  /// What was detected and guessed.
  public var detection: FileDetection
  /// Whether the kind (survey or reviews) was guessed from the header.
  public var isKindGuessed: Bool
  /// The file's closing account.
  public var accounting: FileAccounting
  /// The first rejects, at most the limit asked for.
  public var firstRejects: [Reject]

  /// Creates an inspection from its parts; ``inspect(path:kind:delimiter:encoding:rejectLimit:)`` builds one from a file.
  public init(
    detection: FileDetection, isKindGuessed: Bool, accounting: FileAccounting,
    firstRejects: [Reject]
  ) {
    self.detection = detection
    self.isKindGuessed = isKindGuessed
    self.accounting = accounting
    self.firstRejects = firstRejects
  }

  /// Reads the file at `path` (`-`: standard input, read once) and gathers the inspection.
  ///
  /// `kind`, `delimiter` and `encoding` are guessed when `nil`. A file with no company column is
  /// inspected as it would be read without a configured company, so its records show as rejects.
  public static func inspect(
    path: String, kind: SourceKind? = nil, delimiter: UInt8? = nil, encoding: TextEncoding? = nil,
    rejectLimit: Int = 10
  ) throws(IngestError) -> FileInspection {
    var spec = SourceSpec(
      name: "inspect", kind: kind ?? .survey, delimiter: delimiter, encoding: encoding)
    let csv = try CSVReader(path: path, spec: spec)
    spec.kind = kind ?? guessKind(header: csv.header.strings)
    let reader = try RecordReader(csv: csv, spec: spec)
    var rejects: [Reject] = []
    while let outcome = try reader.next() {
      if case .rejected(let reject) = outcome, rejects.count < rejectLimit {
        rejects.append(reject)
      }
    }
    return FileInspection(
      detection: reader.detection, isKindGuessed: kind == nil, accounting: reader.accounting,
      firstRejects: rejects)
  }

  /// Reviews when the header has a rating or a company column, or review text next to a date or an
  /// author; a survey otherwise.
  public static func guessKind(header: [String]) -> SourceKind {
    let roles = Set(header.compactMap { RoleGuesser.guess(header: $0, kind: .reviews) })
    if roles.contains(.rating) || roles.contains(.company) { return .reviews }
    if roles.contains(.text) && (roles.contains(.author) || roles.contains(.date)) {
      return .reviews
    }
    return .survey
  }

  /// The report as printed, one item per line, ending with a line break.
  public var text: String {
    let format = detection.format
    var lines = [
      "file: \(detection.file)",
      "kind: \(detection.kind.rawValue) (\(isKindGuessed ? "guessed" : "given"))",
      "encoding: \(format.encoding.rawValue) (\(format.isEncodingDetected ? "detected" : "given"))"
        + (format.hadByteOrderMark ? ", byte-order mark dropped" : ""),
      "delimiter: \(format.delimiterName) (\(format.isDelimiterDetected ? "detected" : "given"))",
      "header: \(detection.header.count) columns",
    ]
    lines += detection.columns.map { "  \($0)" }
    lines += detection.unmatchedColumnSpecs.map { "  config column '\($0)' matches no header" }
    lines.append(
      "records: \(accounting.read) read, \(accounting.accepted) accepted, \(accounting.rejected) rejected"
    )
    if !firstRejects.isEmpty {
      let shown = firstRejects.count < accounting.rejected ? " (first \(firstRejects.count))" : ""
      lines.append("rejects\(shown):")
      for reject in firstRejects {
        let column = reject.column.map { ", column '\($0)'" } ?? ""
        lines.append("  \(reject.origin)\(column): \(reject.reason)")
        lines.append("    | \(reject.excerpt)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
