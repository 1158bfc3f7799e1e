/// Everything ingest needs to read the files of one configured source.
///
/// Built by the pipeline from `otklik.yaml`; the defaults are what `otklik inspect` assumes.
public struct SourceSpec: Sendable, Hashable {
  /// The source's name in the config; records carry it.
  public var name: String
  /// Survey or reviews.
  public var kind: SourceKind
  /// The field delimiter, or `nil` to detect `,` `;` or tab from the first records.
  public var delimiter: UInt8?
  /// The encoding, or `nil` to detect (BOM, valid UTF-8, else Windows-1251).
  public var encoding: TextEncoding?
  /// Column specs keyed by header text, compared without case and surrounding spaces.
  /// Columns not named here have their role guessed from the header.
  public var columns: [String: ColumnSpec]
  /// For reviews: the company to use when the file has no company column.
  public var company: String?
  /// A field longer than this many bytes rejects its record instead of being loaded.
  public var maxFieldBytes: Int
  /// How many bytes are read from the file and fed to libcsv at a time.
  public var chunkSize: Int

  /// The default field size limit: 1 MiB.
  public static let defaultMaxFieldBytes = 1 << 20
  /// The default read size: 64 KiB.
  public static let defaultChunkSize = 64 << 10

  public init(
    name: String, kind: SourceKind, delimiter: UInt8? = nil, encoding: TextEncoding? = nil,
    columns: [String: ColumnSpec] = [:], company: String? = nil,
    maxFieldBytes: Int = SourceSpec.defaultMaxFieldBytes,
    chunkSize: Int = SourceSpec.defaultChunkSize
  ) {
    self.name = name
    self.kind = kind
    self.delimiter = delimiter
    self.encoding = encoding
    self.columns = columns
    self.company = company
    self.maxFieldBytes = maxFieldBytes
    self.chunkSize = chunkSize
  }
}
