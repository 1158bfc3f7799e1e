/// What was read: per-file accounting, totals and reject reasons.
public struct DataSummary: Sendable, Hashable, Codable {
  /// One file's accounting.
  public struct File: Sendable, Hashable, Codable {
    /// The file as named.
    public var file: String
    /// The encoding read.
    public var encoding: String
    /// The delimiter read, as a character (`tab` for a tab).
    public var delimiter: String
    /// Whether a UTF-8 byte-order mark was dropped.
    public var hadByteOrderMark: Bool
    /// Records read, accepted and rejected.
    public var read: Int
    /// Records accepted.
    public var accepted: Int
    /// Records rejected.
    public var rejected: Int
    /// Bytes read.
    public var bytes: Int
    /// Whether read = accepted + rejected.
    public var isBalanced: Bool
  }

  /// Files, by name.
  public var files: [File]
  /// Records read in all files.
  public var read: Int
  /// Records accepted in all files.
  public var accepted: Int
  /// Records rejected in all files.
  public var rejected: Int
  /// Reject reasons, most frequent first.
  public var rejectReasons: [CountedText]
  /// Records of sources the report was not told about (not aggregated), by source.
  public var unknownSources: [CountedText]
}
