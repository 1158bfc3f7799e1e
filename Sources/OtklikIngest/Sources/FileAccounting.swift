/// The closing account of one input file: records read = accepted + rejected, always.
public struct FileAccounting: Sendable, Hashable {
  /// The file as named.
  public var file: String
  /// The encoding read (detected or given).
  public var encoding: TextEncoding
  /// Whether a UTF-8 byte-order mark was dropped.
  public var hadByteOrderMark: Bool
  /// The delimiter read (detected or given).
  public var delimiter: UInt8
  /// Data records read (the header is not counted).
  public var read: Int
  /// Records that became ``Record``s.
  public var accepted: Int
  /// Records that became ``Reject``s.
  public var rejected: Int
  /// Bytes read from the file.
  public var bytes: Int

  public init(
    file: String, encoding: TextEncoding, hadByteOrderMark: Bool, delimiter: UInt8, read: Int = 0,
    accepted: Int = 0, rejected: Int = 0, bytes: Int = 0
  ) {
    self.file = file
    self.encoding = encoding
    self.hadByteOrderMark = hadByteOrderMark
    self.delimiter = delimiter
    self.read = read
    self.accepted = accepted
    self.rejected = rejected
    self.bytes = bytes
  }

  /// Whether every record read is accounted for.
  public var isBalanced: Bool { read == accepted + rejected }
}
