/// Splits a multiple-choice cell into its options, keeping options that contain a comma whole.
///
/// Forms join the chosen options with ", " (Google Forms) or ";" (Yandex Forms, Excel). An option
/// such as "Суши, роллы" would be cut in two by a plain split, so pieces are first split on ";" and
/// then on ", ", and consecutive pieces are joined back, longest first, when the join is a known
/// option: one given in the config, or one seen whole (as a cell of its own) earlier in the column.
/// A piece that is not known and starts with a lowercase letter is also joined to an unknown piece
/// before it ("Суши, роллы" when "роллы" was never an option), since form options start with a
/// capital; after a known option it stands alone (a respondent's own "Other" answer: "шаурма").
///
/// Real answers repeat (a handful of option combinations), so ``learnAndSplit(_:)`` remembers the
/// split of each distinct cell while the known options stay the same, and which cells can never be
/// an option; both memories are bounded by ``maxCachedCells``.
public struct ChoiceSplitter: Sendable {
  /// How many options a splitter learns from cells at most.
  public static let maxLearnedOptions = 1000
  /// How many distinct cells' splits (and how many multi-piece cells) are remembered at most.
  public static let maxCachedCells = 4096

  /// The options known so far, by their exact text.
  public private(set) var knownOptions: Set<String>
  /// Splits of trimmed cells under the current ``knownOptions``; emptied when an option is learned.
  private var splits: [CanonicalKey: [String]] = [:]
  /// Trimmed cells of more than one piece: never an option, whatever else is known.
  private var compoundCells: Set<String> = []

  /// A splitter that knows `options` from the start (the config's list).
  public init(options: [String] = []) {
    knownOptions = Set(options.map { String($0.trimmingSpaces) })
  }

  /// Learns from a cell: a cell without separators, or one equal to a known option, is an option.
  ///
  /// At most ``maxLearnedOptions`` options are learned, so a column of free text answered in a
  /// choice question cannot make the set grow with the file.
  public mutating func learn(_ cell: String) {
    learn(trimmed: String(cell.trimmingSpaces))
  }

  /// The options in `cell`, in order, trimmed; empty for an empty cell.
  public func split(_ cell: String) -> [String] {
    let trimmed = String(cell.trimmingSpaces)
    if trimmed.isEmpty { return [] }
    if knownOptions.contains(trimmed) { return [trimmed] }
    return splitUnknown(trimmed)
  }

  /// ``learn(_:)`` then ``split(_:)`` of one cell, trimming it once and reusing the split of an
  /// equal cell seen since the last option was learned: the same result as the two calls.
  public mutating func learnAndSplit(_ cell: String) -> [String] {
    let trimmed = String(cell.trimmingSpaces)
    // A cell seen since the last option was learned was learned then: learning it again changes
    // nothing, so one lookup answers (real answers repeat a handful of combinations).
    if let cached = splits[CanonicalKey(trimmed)] { return cached }
    learn(trimmed: trimmed)
    if trimmed.isEmpty { return [] }
    let options = knownOptions.contains(trimmed) ? [trimmed] : splitUnknown(trimmed)
    if splits.count < Self.maxCachedCells { splits[CanonicalKey(trimmed)] = options }
    return options
  }

  private mutating func learn(trimmed: String) {
    guard knownOptions.count < Self.maxLearnedOptions, !trimmed.isEmpty,
      !knownOptions.contains(trimmed), !compoundCells.contains(trimmed)
    else { return }
    if Self.pieces(of: trimmed).count == 1 {
      knownOptions.insert(trimmed)
      splits.removeAll(keepingCapacity: true)
    } else if compoundCells.count < Self.maxCachedCells {
      compoundCells.insert(trimmed)
    }
  }

  /// The options of a trimmed, non-empty cell that is not itself a known option.
  private func splitUnknown(_ trimmed: String) -> [String] {
    var options: [String] = []
    for part in trimmed.split(separator: ";") {
      let pieces = Self.commaPieces(of: part)
      var index = 0
      while index < pieces.count {
        var taken = 0
        for end in stride(from: pieces.count, to: index, by: -1)
        where knownOptions.contains(pieces[index..<end].joined(separator: ", ")) {
          taken = end - index
          break
        }
        var option: String
        if taken > 0 {
          option = pieces[index..<index + taken].joined(separator: ", ")
          index += taken
        } else {
          // An unknown option: lowercase pieces after it that are not options of their own belong
          // to it ("Суши, роллы"; a respondent's own "морепродукты, рыба").
          option = pieces[index]
          index += 1
          while index < pieces.count, !knownOptions.contains(pieces[index]),
            pieces[index].first?.isLowercase == true
          {
            option += ", " + pieces[index]
            index += 1
          }
        }
        options.append(option)
      }
    }
    return options
  }

  /// The pieces of `cell` split on ";" and ", ", trimmed, empties dropped (no option knowledge).
  static func pieces(of cell: String) -> [String] {
    cell.split(separator: ";").flatMap(commaPieces(of:))
  }

  private static func commaPieces(of part: Substring) -> [String] {
    part.split(separator: ", ").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
  }
}
