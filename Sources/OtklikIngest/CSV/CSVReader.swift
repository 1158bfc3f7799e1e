import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming CSV reader over libcsv: a file (or standard input, `-`) in, ``RawRecord``s out.
///
/// This is the only file in Otklik that imports `CLibCSV`. It reads the file in chunks of
/// ``SourceSpec/chunkSize`` bytes, so memory does not grow with the file: it holds one chunk, one
/// record, and at most ``SourceSpec/maxFieldBytes`` (plus one chunk) of a field.
///
/// ```swift
/// let reader = try CSVReader(path: "reviews.csv", spec: spec)
/// print(reader.header.strings)
/// while let record = try reader.next() {
///   if let reject = reader.reject(for: record) { print(reject.reason); continue }
///   use(record.string(0))
/// }
/// ```
///
/// What it does on the way:
/// - **Encoding.** A UTF-8 byte-order mark is dropped. The first 64 KiB are sniffed: ASCII and UTF-8
///   (more well-formed multi-byte characters than ill-formed bytes, so a UTF-8 file with a few bad
///   bytes stays UTF-8 and only those records are rejected) are read as is; anything else is taken
///   for Windows-1251 and transcoded chunk by chunk before libcsv sees it. ``SourceSpec/encoding``
///   overrides the guess.
/// - **Delimiter.** `,` `;` or tab, guessed from the first records of the sniffed prefix (see
///   ``DelimiterDetector``) unless ``SourceSpec/delimiter`` gives it.
/// - **Line numbers.** libcsv does not report offsets, so each chunk is fed in slices that end at
///   every CR or LF; between slices the reader counts lines (CRLF counts once) and, when libcsv's
///   state says no record has begun yet, notes the line the next record starts on.
/// - **Blank lines** between records are skipped: they are neither records nor rejects, and do not
///   advance the record number (they do advance the line number).
/// - **Defects.** A record with an unescaped quote, an unterminated quote at end of file
///   (`CSV_STRICT_FINI`), a NUL byte, invalid UTF-8, a field over the size limit, or a field count
///   different from the header's still comes out of ``next()``, with ``RawRecord/defect`` set, and
///   reading goes on with the next line. An oversized field is never held whole: the reader discards
///   libcsv's buffer as soon as the field passes the limit.
///
/// The first record is the header (record 0); ``init(path:spec:)`` reads it. ``next()`` returns data
/// records, numbered from 1.
public final class CSVReader {
  /// The path as given (`-` is standard input).
  public let path: String
  /// The encoding and delimiter used, and whether each was detected.
  public let format: CSVFormat
  /// The header record (record 0).
  public private(set) var header: RawRecord
  /// Bytes read from the file so far (including a byte-order mark).
  public var bytesRead: Int { source.bytesRead }
  /// Data records returned so far, defective ones included.
  public private(set) var recordsRead = 0

  /// How many bytes at the start of a file are examined to detect its encoding and delimiter.
  public static let sniffLimit = 64 << 10

  private let source: ByteSource
  private let chunkSize: Int
  private let maxFieldBytes: Int
  private let parser: UnsafeMutablePointer<csv_parser>

  // The mutable state below is touched for every slice and, from libcsv's callbacks, for every
  // field. It is only ever used from the thread that calls `next()`, so its dynamic exclusivity
  // checks (about 9% of ingest's instructions, measured with callgrind) are switched off.

  // The decoded bytes waiting to be fed to libcsv, and where feeding stands in them.
  @exclusivity(unchecked) private var pending: [UInt8] = []
  @exclusivity(unchecked) private var rawChunk: [UInt8] = []
  @exclusivity(unchecked) private var position = 0
  @exclusivity(unchecked) private var chunkEnd = 0
  @exclusivity(unchecked) private var isSourceExhausted = false
  @exclusivity(unchecked) private var isFinished = false

  // Line bookkeeping.
  @exclusivity(unchecked) private var line = 1
  @exclusivity(unchecked) private var previousWasCR = false
  @exclusivity(unchecked) private var recordStartLine = 1
  @exclusivity(unchecked) private var isSkippingToLineEnd = false

  // The record being assembled by the callbacks.
  @exclusivity(unchecked) private var storage: [UInt8] = []
  @exclusivity(unchecked) private var fieldEnds: [Int] = []
  @exclusivity(unchecked) private var defect: RawRecord.Defect?
  @exclusivity(unchecked) private var isFieldOversized = false
  @exclusivity(unchecked) private var nextRecordNumber = 0
  @exclusivity(unchecked) private var headerFieldCount: Int?
  @exclusivity(unchecked) private var completed: RawRecord?

  private static let parserOptions = UInt8(CSV_STRICT | CSV_STRICT_FINI)

  /// Opens the file named by `path` with the encoding, delimiter and limits of `spec`, and reads the
  /// header.
  ///
  /// Throws ``IngestError`` for a missing file, a directory, an unreadable or empty file, and a broken
  /// header.
  public convenience init(path: String, spec: SourceSpec) throws(IngestError) {
    try self.init(
      path: path, delimiter: spec.delimiter, encoding: spec.encoding, chunkSize: spec.chunkSize,
      maxFieldBytes: spec.maxFieldBytes)
  }

  /// Opens the file named by `path`; `nil` for `delimiter` or `encoding` means detect it.
  public init(
    path: String, delimiter: UInt8? = nil, encoding: TextEncoding? = nil,
    chunkSize: Int = SourceSpec.defaultChunkSize,
    maxFieldBytes: Int = SourceSpec.defaultMaxFieldBytes
  ) throws(IngestError) {
    guard chunkSize > 0 else {
      throw .invalidSettings(path: path, reason: "chunk size must be positive")
    }
    guard maxFieldBytes > 0 else {
      throw .invalidSettings(path: path, reason: "field size limit must be positive")
    }
    if let delimiter, !DelimiterDetector.candidates.contains(delimiter) {
      throw .invalidSettings(path: path, reason: "delimiter must be , ; or tab")
    }
    self.path = path
    self.chunkSize = chunkSize
    self.maxFieldBytes = maxFieldBytes
    source = try ByteSource(path: path)

    let sniffed = try Self.sniff(
      source: source, chunkSize: chunkSize, delimiter: delimiter, encoding: encoding)
    format = sniffed.format
    pending = sniffed.decoded
    isSourceExhausted = sniffed.isWholeFile
    if pending.isEmpty && isSourceExhausted { throw .emptyFile(path: path) }

    parser = .allocate(capacity: 1)
    // Zeroed, so that deinit's csv_free is safe whatever happens next.
    parser.initialize(to: csv_parser())
    header = RawRecord(
      origin: RecordOrigin(file: path, record: 0, line: 1), bytes: [], fieldEnds: [])
    guard csv_init(parser, Self.parserOptions) == 0 else {
      throw .parserFailure(path: path, line: 1, cause: "cannot initialise libcsv")
    }
    configureParser()

    guard let first = try readRecord() else { throw .emptyFile(path: path) }
    if let defect = first.defect { throw .malformedHeader(path: path, reason: defect.reason) }
    header = first
    headerFieldCount = first.count
  }

  /// Reads up to ``sniffLimit`` bytes in chunk-sized reads and decides encoding and delimiter; returns
  /// the prefix decoded to UTF-8 (byte-order mark dropped) and whether it is the whole file.
  private static func sniff(
    source: ByteSource, chunkSize: Int, delimiter: UInt8?, encoding: TextEncoding?
  ) throws(IngestError) -> (format: CSVFormat, decoded: [UInt8], isWholeFile: Bool) {
    var prefix: [UInt8] = []
    var isWholeFile = false
    while prefix.count < sniffLimit {
      let got = try source.read(
        appendingTo: &prefix, maxCount: min(chunkSize, sniffLimit - prefix.count))
      if got == 0 {
        isWholeFile = true
        break
      }
    }
    let hasBOM = prefix.starts(with: [0xEF, 0xBB, 0xBF])
    let chosenEncoding: TextEncoding =
      encoding
      ?? prefix.withUnsafeBufferPointer { buffer in
        let body = UnsafeBufferPointer(rebasing: buffer[(hasBOM ? 3 : 0)...])
        let census = UTF8Validation.census(of: body)
        return census.illFormed == 0 || census.wellFormed > census.illFormed ? .utf8 : .windows1251
      }
    let dropsBOM = hasBOM && chosenEncoding == .utf8
    var decoded: [UInt8] = []
    prefix.withUnsafeBufferPointer { buffer in
      let rest = UnsafeBufferPointer(rebasing: buffer[(dropsBOM ? 3 : 0)...])
      switch chosenEncoding {
      case .utf8: decoded.append(contentsOf: rest)
      case .windows1251: Windows1251.transcode(rest, appendingTo: &decoded)
      }
    }
    let chosenDelimiter =
      delimiter
      ?? decoded.withUnsafeBufferPointer {
        DelimiterDetector.detect(in: $0, isWholeFile: isWholeFile)
      }
    let format = CSVFormat(
      encoding: chosenEncoding, isEncodingDetected: encoding == nil, hadByteOrderMark: dropsBOM,
      delimiter: chosenDelimiter, isDelimiterDetected: delimiter == nil)
    return (format, decoded, isWholeFile)
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
  }

  /// The next data record, or `nil` at the end of the file.
  ///
  /// Defective records are returned too (see ``RawRecord/defect``). Throws
  /// ``IngestError/headerOnly(path:)`` when the file ends right after its header, and
  /// ``IngestError`` for read failures.
  public func next() throws(IngestError) -> RawRecord? {
    guard let record = try readRecord() else {
      if recordsRead == 0 { throw .headerOnly(path: path) }
      return nil
    }
    recordsRead += 1
    return record
  }

  /// The ``Reject`` for a defective record (naming the column by its header), or `nil` when the
  /// record is fine.
  public func reject(for record: RawRecord) -> Reject? {
    guard let defect = record.defect else { return nil }
    return Reject(
      origin: record.origin, column: defect.field.map(columnName), reason: defect.reason,
      excerpt: record.excerpt(delimiter: format.delimiter))
  }

  /// The header text of 0-based column `index`, or `column N` past the header's end.
  public func columnName(_ index: Int) -> String {
    index < header.count ? header.string(index) : "column \(index + 1)"
  }

  // MARK: - Feeding libcsv

  private func configureParser() {
    csv_set_delim(parser, format.delimiter)
    csv_set_blk_size(parser, 16 << 10)
  }

  private var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// Feeds slices until a record completes or the file ends.
  private func readRecord() throws(IngestError) -> RawRecord? {
    while true {
      if let record = completed {
        completed = nil
        return record
      }
      if isFinished { return nil }
      if position == pending.count {
        if try !refill() {
          finish()
          continue
        }
      }
      try feedSlice()
    }
  }

  /// Reads and decodes the next chunk into `pending`; `false` at end of file.
  private func refill() throws(IngestError) -> Bool {
    pending.removeAll(keepingCapacity: true)
    position = 0
    chunkEnd = 0
    guard !isSourceExhausted else { return false }
    switch format.encoding {
    case .utf8:
      if try source.read(appendingTo: &pending, maxCount: chunkSize) == 0 {
        isSourceExhausted = true
      }
    case .windows1251:
      rawChunk.removeAll(keepingCapacity: true)
      if try source.read(appendingTo: &rawChunk, maxCount: chunkSize) == 0 {
        isSourceExhausted = true
      } else {
        rawChunk.withUnsafeBufferPointer { Windows1251.transcode($0, appendingTo: &pending) }
      }
    }
    return !pending.isEmpty
  }

  /// Feeds libcsv one slice: from the current position to the next CR or LF, or to the chunk's end.
  private func feedSlice() throws(IngestError) {
    if position == chunkEnd { chunkEnd = min(position + chunkSize, pending.count) }
    let start = position
    let limit = chunkEnd
    let (end, last): (Int, UInt8) = pending.withUnsafeBufferPointer { buffer in
      let index = Self.lineEnd(in: buffer, from: start, limit: limit)
      return (index, buffer[index - 1])
    }
    position = end
    let endsLine = last == 0x0A || last == 0x0D
    defer { countLines(endsLine: endsLine, last: last) }

    if isSkippingToLineEnd {
      if endsLine { isSkippingToLineEnd = false }
      return
    }
    if parser.pointee.pstate == 0 {  // ROW_NOT_BEGUN: a record starting in this slice starts here.
      recordStartLine = line
    }
    let length = end - start
    let consumed = pending.withUnsafeBufferPointer { buffer in
      csv_parse(parser, buffer.baseAddress! + start, length, csvField, csvRecord, context)
    }
    let status = csv_error(parser)
    if consumed < length || status != 0 {
      try recover(from: status)
      if !endsLine { isSkippingToLineEnd = true }
      return
    }
    // Stop an oversized field from growing: keep only what libcsv needs to finish it.
    let state = parser.pointee
    if state.pstate == 2 && state.entry_pos > maxFieldBytes {  // FIELD_BEGUN
      isFieldOversized = true
      parser.pointee.entry_pos = state.spaces
    }
  }

  /// One past the first CR or LF in `buffer[start..<limit]`, or `limit`; eight bytes at a time
  /// while no line end is in sight.
  private static func lineEnd(
    in buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int
  ) -> Int {
    var index = start
    let base = UnsafeRawPointer(buffer.baseAddress!)
    while index + 8 <= limit {
      let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let lf = word ^ 0x0A0A_0A0A_0A0A_0A0A
      let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D
      // A zero byte in `lf` or `cr` is a line end (the classic "has a zero byte" test).
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0 { break }
      index += 8
    }
    while index < limit {
      let byte = buffer[index]
      index += 1
      if byte == 0x0A || byte == 0x0D { break }
    }
    return index
  }

  private func countLines(endsLine: Bool, last: UInt8) {
    guard endsLine else {
      previousWasCR = false
      return
    }
    if last == 0x0A && previousWasCR {
      previousWasCR = false
    } else {
      line += 1
      previousWasCR = last == 0x0D
    }
  }

  /// Turns a libcsv error into a defective record (a parse error) or a thrown error (memory), and
  /// starts a fresh parser for the next line.
  private func recover(from status: Int32) throws(IngestError) {
    guard status == CSV_EPARSE else {
      throw .parserFailure(path: path, line: line, cause: Self.explain(status))
    }
    let state = parser.pointee
    let reason =
      state.pstate == 2 && state.quoted == 0
      ? "quote inside an unquoted field" : "unescaped quote inside a quoted field"
    failRecord(reason: reason)
    csv_free(parser)
    guard csv_init(parser, Self.parserOptions) == 0 else {
      throw .parserFailure(path: path, line: line, cause: "cannot initialise libcsv")
    }
    configureParser()
  }

  /// Ends the file: flushes a last record without a line break, or rejects an unterminated quote.
  private func finish() {
    isFinished = true
    if csv_fini(parser, csvField, csvRecord, context) != 0 {
      failRecord(reason: "unterminated quote at end of file")
    }
  }

  /// Completes the record in progress as defective, keeping the start of its unfinished field for
  /// the excerpt.
  private func failRecord(reason: String) {
    let state = parser.pointee
    let field = fieldEnds.count
    if defect == nil { defect = RawRecord.Defect(field: field, reason: reason) }
    if let buffer = state.entry_buf {
      let kept = min(state.entry_pos, 512)
      storage.append(contentsOf: UnsafeBufferPointer(start: buffer, count: kept))
    }
    fieldEnds.append(storage.count)
    completeRecord()
  }

  private static func explain(_ status: Int32) -> String {
    switch status {
    case CSV_ENOMEM: return "out of memory while growing a field buffer"
    case CSV_ETOOBIG: return "field too large for memory"
    default: return "unexpected parser state"
    }
  }

  // MARK: - Callbacks

  /// libcsv finished a field: check it and append it to the record in progress.
  fileprivate func appendField(_ data: UnsafeMutableRawPointer?, _ length: Int) {
    let index = fieldEnds.count
    if isFieldOversized || length > maxFieldBytes {
      isFieldOversized = false
      note(
        RawRecord.Defect(
          field: index, reason: "field over \(Self.describe(bytes: maxFieldBytes)) limit"))
    } else if length > 0, let data {
      let bytes = UnsafeBufferPointer(
        start: data.assumingMemoryBound(to: UInt8.self), count: length)
      if defect == nil {
        if memchr(data, 0, length) != nil {
          note(RawRecord.Defect(field: index, reason: "nul byte in field"))
        } else if !UTF8Validation.isValid(bytes) {
          let invalid =
            format.encoding == .utf8 ? "invalid utf-8 bytes" : "byte not in windows-1251"
          note(RawRecord.Defect(field: index, reason: invalid))
        }
      }
      storage.append(contentsOf: bytes)
    }
    fieldEnds.append(storage.count)
  }

  /// libcsv finished a record.
  fileprivate func endRecord() {
    if defect == nil, let expected = headerFieldCount, fieldEnds.count != expected {
      defect = RawRecord.Defect(
        field: nil, reason: "expected \(expected) fields, found \(fieldEnds.count)")
    }
    completeRecord()
  }

  private func note(_ found: RawRecord.Defect) {
    if defect == nil { defect = found }
  }

  private func completeRecord() {
    completed = RawRecord(
      origin: RecordOrigin(file: path, record: nextRecordNumber, line: recordStartLine),
      bytes: storage, fieldEnds: fieldEnds, defect: defect)
    nextRecordNumber += 1
    storage.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
    defect = nil
    isFieldOversized = false
  }

  /// `1 MiB`, `64 KiB` or `100 bytes`, for reasons.
  static func describe(bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}

// MARK: - Bare parse

extension CSVReader {
  /// What a bare parse counted.
  public struct FieldCount: Sendable, Hashable {
    /// Fields reported by libcsv.
    public var fields: Int
    /// Records reported by libcsv (header included, blank lines not).
    public var records: Int

    /// Creates a count.
    public init(fields: Int, records: Int) {
      self.fields = fields
      self.records = records
    }
  }

  /// Counts fields and records through libcsv's callbacks without copying, decoding or checking
  /// anything: the baseline a benchmark compares the full reader against.
  ///
  /// Feeds whole chunks of `chunkSize` bytes; lenient mode (no strict quote checks).
  public static func countFields(
    path: String, chunkSize: Int = SourceSpec.defaultChunkSize, delimiter: UInt8 = UInt8(ascii: ",")
  ) throws(IngestError) -> FieldCount {
    guard chunkSize > 0 else {
      throw .invalidSettings(path: path, reason: "chunk size must be positive")
    }
    let source = try ByteSource(path: path)
    var parser = csv_parser()
    guard csv_init(&parser, 0) == 0 else {
      throw .parserFailure(path: path, line: 1, cause: "cannot initialise libcsv")
    }
    defer { csv_free(&parser) }
    csv_set_delim(&parser, delimiter)
    var counts = FieldCount(fields: 0, records: 0)
    var chunk: [UInt8] = []
    chunk.reserveCapacity(chunkSize)
    while true {
      chunk.removeAll(keepingCapacity: true)
      let got = try source.read(appendingTo: &chunk, maxCount: chunkSize)
      if got == 0 { break }
      let consumed = withUnsafeMutablePointer(to: &counts) { countsPointer in
        chunk.withUnsafeBufferPointer { buffer in
          csv_parse(&parser, buffer.baseAddress, got, countField, countRecord, countsPointer)
        }
      }
      if consumed < got {
        throw .parserFailure(
          path: path, line: counts.records + 1, cause: explain(csv_error(&parser)))
      }
    }
    withUnsafeMutablePointer(to: &counts) { countsPointer in
      _ = csv_fini(&parser, countField, countRecord, countsPointer)
    }
    return counts
  }
}

private func csvField(
  _ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
  Unmanaged<CSVReader>.fromOpaque(context!).takeUnretainedValue().appendField(data, length)
}

private func csvRecord(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  Unmanaged<CSVReader>.fromOpaque(context!).takeUnretainedValue().endRecord()
}

private func countField(
  _ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
  context!.assumingMemoryBound(to: CSVReader.FieldCount.self).pointee.fields += 1
}

private func countRecord(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  context!.assumingMemoryBound(to: CSVReader.FieldCount.self).pointee.records += 1
}
