/// One CSV record as bytes, before any typing: its fields, where it starts, and what is wrong with it.
///
/// The fields live back to back in one `bytes` array with their end offsets in `fieldEnds`, so a
/// record costs two allocations however many fields it has, and none when the reader can reuse the
/// previous record's storage (the consumer dropped it). Fields are UTF-8 (the reader transcodes
/// Windows-1251) and, unless ``defect`` says otherwise, valid and free of NUL bytes.
public struct RawRecord: Sendable, Hashable {
  /// Where the record starts: file, record number (header = 0), physical line.
  public var origin: RecordOrigin
  /// Every field's bytes, concatenated.
  public var bytes: [UInt8]
  /// The end offset in ``bytes`` of each field; field `i` spans `fieldEnds[i-1]..<fieldEnds[i]`.
  public var fieldEnds: [Int]
  /// Why the record cannot be used, when it cannot; its fields may then be partial.
  public var defect: Defect?

  /// A problem that makes a whole record unusable, found while reading it.
  public struct Defect: Sendable, Hashable {
    /// The 0-based field the problem is in, when it is in one field.
    public var field: Int?
    /// A short, lowercase, factual reason: "unterminated quote at end of file".
    public var reason: String

    /// Creates a defect; `field` is 0-based.
    public init(field: Int?, reason: String) {
      self.field = field
      self.reason = reason
    }
  }

  /// Creates a record from its concatenated field bytes and their end offsets.
  public init(origin: RecordOrigin, bytes: [UInt8], fieldEnds: [Int], defect: Defect? = nil) {
    self.origin = origin
    self.bytes = bytes
    self.fieldEnds = fieldEnds
    self.defect = defect
  }

  /// The number of fields.
  public var count: Int { fieldEnds.count }

  /// The bytes of field `index` (0-based), without copying.
  public func field(_ index: Int) -> ArraySlice<UInt8> {
    let start = index == 0 ? 0 : fieldEnds[index - 1]
    return bytes[start..<fieldEnds[index]]
  }

  /// Field `index` as a `String` (invalid bytes, possible only in a defective record, become U+FFFD).
  public func string(_ index: Int) -> String {
    field(index).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
  }

  /// Every field as a `String`.
  public var strings: [String] { (0..<count).map(string) }

  /// The start of the record for a human: fields joined by `delimiter`, line breaks shown as `↵`,
  /// NUL bytes as `␀`, cut to `limit` characters with `…`.
  public func excerpt(delimiter: UInt8, limit: Int = 160) -> String {
    var text = ""
    let separator = String(UnicodeScalar(delimiter))
    for index in 0..<count {
      if index > 0 { text += separator }
      text += string(index)
      if text.count > limit { break }
    }
    var shown = ""
    var length = 0
    var previousWasCR = false
    for character in text.unicodeScalars {
      if character == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = character == "\r"
      if length == limit {
        shown += "…"
        break
      }
      switch character {
      case "\r", "\n": shown += "↵"
      case "\0": shown += "␀"
      default: shown.unicodeScalars.append(character)
      }
      length += 1
    }
    return shown
  }
}
