/// Ratings written in a text ("10/10", "2 из 5", "4 out of 5"): a verdict as plain as a
/// sentiment word, scored by where it falls on its scale.
extension AnalyzerCore {
  /// The scales a rating in a text is read on; a fraction on another scale ("24/7", "50/50", a
  /// sports score) is not a rating.
  static let ratingScales = [5, 10]

  /// The valence of `points` on `scale`: the top of the scale is +3, the middle says nothing, the
  /// bottom is about −3.5 (a score of 0 is a verdict of its own).
  static func ratingValence(_ points: Int, of scale: Int) -> Double {
    let valence = (Double(points) / Double(scale) - 0.55) * 20 / 3
    return abs(valence) < 0.5 ? 0 : (valence * 100).rounded() / 100
  }

  /// The compiled entries of every rating, by scale: the entry of `points` is `first + points`.
  static func ratingEntries(appendingTo append: (CompiledEntry) -> Int32) -> [Int: Int32] {
    var firsts: [Int: Int32] = [:]
    for scale in ratingScales {
      for points in 0...scale {
        let entry = append(
          CompiledEntry(
            term: "\(points)/\(scale)", file: "rating", role: .sentiment,
            value: ratingValence(points, of: scale)))
        if points == 0 { firsts[scale] = entry }
      }
    }
    return firsts
  }

  /// The rating that starts at the number token `index`, and the token after it: `N/M` (spaces
  /// allowed around the slash), `N из M` or `N out of M`, with M a rating scale and N on it. A
  /// number glued to a slash, dot or comma before it, or a slash after the scale, is part of a
  /// date or a decimal ("12/10/2026", "9.5/10"), not a rating.
  func rating(
    at index: Int, in bytes: UnsafeBufferPointer<UInt8>, buffers: borrowing Buffers
  ) -> (end: Int, entry: Int32)? {
    let tokens = buffers.output.tokens
    let keys = buffers.output.keys
    let first = tokens[index]
    guard let points = Self.integer(keys, first), points <= 10 else { return nil }
    if first.sourceStart > 0 {
      let before = bytes[Int(first.sourceStart) - 1]
      if before == 0x2F || before == 0x2E || before == 0x2C { return nil }
    }
    var scaleIndex = index + 1
    guard scaleIndex < tokens.count else { return nil }
    if tokens[scaleIndex].kind == .number {
      let gap = bytes[Int(first.sourceEnd)..<Int(tokens[scaleIndex].sourceStart)]
      guard gap.contains(0x2F), gap.allSatisfy({ $0 == 0x2F || $0 == 0x20 }),
        gap.count(where: { $0 == 0x2F }) == 1
      else { return nil }
    } else if buffers.output.isWord(at: scaleIndex, oneOf: Self.russianOutOf) {
      scaleIndex += 1
    } else if buffers.output.isWord(at: scaleIndex, oneOf: Self.englishOut),
      buffers.output.isWord(at: scaleIndex + 1, oneOf: Self.englishOf)
    {
      scaleIndex += 2
    } else {
      return nil
    }
    guard scaleIndex < tokens.count, tokens[scaleIndex].kind == .number,
      let scale = Self.integer(keys, tokens[scaleIndex]), let firstEntry = ratingEntries[scale],
      points <= scale
    else { return nil }
    let end = Int(tokens[scaleIndex].sourceEnd)
    if end + 1 < bytes.count, bytes[end] == 0x2F, bytes[end + 1] >= 0x30, bytes[end + 1] <= 0x39 {
      return nil
    }
    let entry = firstEntry + Int32(points)
    guard entries[Int(entry)].value != 0 else { return nil }
    return (scaleIndex + 1, entry)
  }

  /// «N из M», "N out of M".
  private static let russianOutOf = [Array("из".utf8)]
  private static let englishOut = [Array("out".utf8)]
  private static let englishOf = [Array("of".utf8)]

  /// The value of a number token of one or two ASCII digits.
  private static func integer(_ keys: [UInt8], _ token: Token) -> Int? {
    guard token.kind == .number, token.keyEnd - token.keyStart <= 2 else { return nil }
    var value = 0
    for byte in keys[Int(token.keyStart)..<Int(token.keyEnd)] {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
