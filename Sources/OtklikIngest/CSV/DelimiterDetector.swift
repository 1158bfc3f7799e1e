/// Guesses the field delimiter (`,` `;` or tab) from the first records of a file.
///
/// Counts each candidate outside quotes in up to ``sampleRecords`` records (a quoted field may hold
/// delimiters and line breaks) and picks the candidate whose count in the header is non-zero and
/// repeated by the most of the following records; ties go to the larger header count, then to the
/// order `,` `;` tab. Falls back to `,` when no candidate occurs in the header at all.
enum DelimiterDetector {
  /// The delimiters Otklik accepts.
  static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
  /// How many records are looked at.
  static let sampleRecords = 20

  /// The delimiter that best explains `bytes`, a decoded UTF-8 prefix of the file.
  ///
  /// When `isWholeFile` is false the last, possibly cut, record is left out of the vote.
  static func detect(in bytes: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> UInt8 {
    var records: [[Int]] = []
    var counts = [Int](repeating: 0, count: candidates.count)
    var inQuotes = false
    var hasContent = false
    var index = 0
    while index < bytes.count && records.count < sampleRecords {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
        hasContent = true
      } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
        if hasContent { records.append(counts) }
        counts = [Int](repeating: 0, count: candidates.count)
        hasContent = false
      } else if !inQuotes, let which = candidates.firstIndex(of: byte) {
        counts[which] += 1
        hasContent = true
      } else if byte != 0x20 {
        hasContent = true
      }
    }
    if isWholeFile && hasContent && records.count < sampleRecords { records.append(counts) }
    guard let header = records.first else { return candidates[0] }
    var best: (candidate: Int, agreeing: Int, inHeader: Int)?
    for candidate in candidates.indices where header[candidate] > 0 {
      let agreeing = records.dropFirst().filter { $0[candidate] == header[candidate] }.count
      if let current = best,
        (agreeing, header[candidate]) <= (current.agreeing, current.inHeader)
      {
        continue
      }
      best = (candidate, agreeing, header[candidate])
    }
    return candidates[best?.candidate ?? 0]
  }

  /// The delimiter as users write it: `,` `;` or `tab`.
  static func name(of delimiter: UInt8) -> String {
    delimiter == 0x09 ? "tab" : String(UnicodeScalar(delimiter))
  }
}
