/// A sentence pattern with `{slot}` holes, pre-encoded to UTF-8 so that filling it is a handful of
/// byte appends.
///
/// ``SyntheticExport`` builds every generated text from these: a template such as
/// `"Ждали {time}, {staff} даже не извинились"` is split once into literal byte runs and slot indices;
/// ``fill(into:random:)`` then appends the literals and, for each slot, one word chosen from that
/// slot's bank. No `String` is built per row, which is what lets the generator write 100+ MB/s.
struct PhraseTemplate: Sendable {
  private enum Piece: Sendable {
    case literal([UInt8])
    case slot(Int)
  }

  private let pieces: [Piece]
  private let banks: SlotBanks

  /// Parses `pattern`; slot names are looked up in `slots` (a name that is not there stays literal).
  init(_ pattern: String, slots: SlotBanks) {
    var pieces: [Piece] = []
    var literal: [UInt8] = []
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      literal.append(contentsOf: rest[..<open].utf8)
      let name = String(rest[rest.index(after: open)..<close])
      if let index = slots.index(of: name) {
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        literal = []
        pieces.append(.slot(index))
      } else {
        literal.append(contentsOf: rest[open...close].utf8)
      }
      rest = rest[rest.index(after: close)...]
    }
    literal.append(contentsOf: rest.utf8)
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    self.pieces = pieces
    self.banks = slots
  }

  /// Appends the template to `bytes`, each slot filled from its bank by `random`.
  func fill(into bytes: inout [UInt8], random: inout SplitMix) {
    for piece in pieces {
      switch piece {
      case .literal(let literal): bytes.append(contentsOf: literal)
      case .slot(let index): bytes.append(contentsOf: banks.pick(index, random: &random))
      }
    }
  }
}

/// Named word banks for ``PhraseTemplate`` slots, stored as UTF-8 bytes.
struct SlotBanks: Sendable {
  private let names: [String]
  private let words: [[[UInt8]]]

  /// Creates the banks from names and their words.
  init(_ banks: KeyValuePairs<String, [String]>) {
    names = banks.map(\.key)
    words = banks.map { $0.value.map { Array($0.utf8) } }
  }

  /// The index of the bank called `name`, or `nil`.
  func index(of name: String) -> Int? { names.firstIndex(of: name) }

  /// Every word of the bank called `name` (empty when there is none).
  func words(named name: String) -> [[UInt8]] { index(of: name).map { words[$0] } ?? [] }

  /// One word of bank `index`, chosen by `random`.
  func pick(_ index: Int, random: inout SplitMix) -> [UInt8] {
    let bank = words[index]
    return bank[random.next(below: bank.count)]
  }
}
