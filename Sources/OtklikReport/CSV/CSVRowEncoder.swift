/// Encodes CSV rows into a byte buffer, field by field: the non-generic core of every CSV writer.
///
/// Quoting, formula safety and number formatting follow ``CSVRowWriter``'s rules. Fields are appended
/// straight to ``bytes`` (no cell arrays, no per-field `String`s), and the type is concrete so the
/// per-record path of the report runs specialised whatever sink the writer wraps.
struct CSVRowEncoder {
  /// The options in force.
  let options: CSVOptions
  /// Encoded rows not yet handed to a sink.
  var bytes: [UInt8] = []
  /// Whether a byte-order mark is still due (before the first row).
  private var owesByteOrderMark: Bool
  /// Whether the next field is the first of its row (no delimiter before it).
  private var atRowStart = true
  /// Scratch bytes of a field assembled from pieces, reused between fields.
  var scratch: [UInt8] = []

  /// Creates an encoder; the BOM, if any, goes before the first row.
  init(options: CSVOptions) {
    self.options = options
    owesByteOrderMark = options.byteOrderMark
    bytes.reserveCapacity(4 << 10)
    scratch.reserveCapacity(1 << 10)
  }

  /// Appends one cell.
  mutating func append(_ cell: CSVCell) {
    switch cell {
    case .text(let text): appendText(text)
    case .number(let value, let places): appendNumber(value, places: places)
    case .integer(let value): appendInteger(value)
    case .empty: appendEmpty()
    }
  }

  /// Appends a text field: formula-safe, quoted when needed.
  mutating func appendText(_ text: String) {
    startField()
    var text = text
    text.withUTF8 { appendField($0, formulaSafe: true) }
  }

  /// Appends the bytes of ``scratch`` as a text field (formula-safe, quoted when needed), then
  /// empties the scratch.
  mutating func appendScratchAsText() {
    startField()
    let field = scratch
    field.withUnsafeBufferPointer { appendField($0, formulaSafe: true) }
    scratch.removeAll(keepingCapacity: true)
  }

  /// Appends a number with `places` decimals (quoted only if the separator is the delimiter).
  mutating func appendNumber(_ value: Double, places: Int) {
    startField()
    var number: [UInt8] = []
    options.appendFormatted(value, places: places, to: &number)
    number.withUnsafeBufferPointer { appendField($0, formulaSafe: false) }
  }

  /// Appends an integer in decimal digits.
  mutating func appendInteger(_ value: Int) {
    startField()
    CSVOptions.appendDigits(of: value, to: &bytes)
  }

  /// Appends an empty field.
  mutating func appendEmpty() {
    startField()
  }

  /// Ends the row with CRLF.
  mutating func endRow() {
    if atRowStart { startRowIfNeeded() }
    bytes.append(0x0D)
    bytes.append(0x0A)
    atRowStart = true
  }

  /// Appends a whole row of cells and ends it.
  mutating func appendRow(_ cells: [CSVCell]) {
    startRowIfNeeded()
    for cell in cells { append(cell) }
    endRow()
  }

  /// Empties ``bytes`` after a sink took them.
  mutating func clear() {
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func startRowIfNeeded() {
    if owesByteOrderMark {
      owesByteOrderMark = false
      bytes += [0xEF, 0xBB, 0xBF]
    }
  }

  private mutating func startField() {
    if atRowStart {
      startRowIfNeeded()
      atRowStart = false
    } else {
      bytes.append(options.delimiter)
    }
  }

  /// Whether a text field starting with `byte` gets a leading `'` (`=`, `+`, `-`, `@`, tab, CR).
  static func opensFormula(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      true
    default:
      false
    }
  }

  /// Whether `utf8` holds the delimiter, a quote, CR or LF: eight bytes at a time (the zero-byte
  /// test on the word XOR each of the four bytes), then byte by byte for the tail.
  static func containsSpecial(_ utf8: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
    var index = 0
    if let base = utf8.baseAddress {
      let raw = UnsafeRawPointer(base)
      let (delimiters, quotes) = (UInt64(delimiter) &* ones, 0x22 &* ones)
      let (linefeeds, returns) = (0x0A &* ones, 0x0D &* ones)
      while index + 8 <= utf8.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if hasZeroByte(word ^ delimiters) || hasZeroByte(word ^ quotes)
          || hasZeroByte(word ^ linefeeds) || hasZeroByte(word ^ returns)
        {
          return true
        }
        index += 8
      }
    }
    while index < utf8.count {
      let byte = utf8[index]
      if byte == delimiter || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
        return true
      }
      index += 1
    }
    return false
  }

  private mutating func appendField(_ utf8: UnsafeBufferPointer<UInt8>, formulaSafe: Bool) {
    let delimiter = options.delimiter
    let prefixed = formulaSafe && !utf8.isEmpty && Self.opensFormula(utf8[0])
    var needsQuotes = prefixed && delimiter == UInt8(ascii: "'")
    if !needsQuotes { needsQuotes = Self.containsSpecial(utf8, delimiter: delimiter) }
    guard needsQuotes else {
      if prefixed { bytes.append(UInt8(ascii: "'")) }
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    if prefixed { bytes.append(UInt8(ascii: "'")) }
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
