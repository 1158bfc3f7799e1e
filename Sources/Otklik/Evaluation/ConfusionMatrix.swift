public import OtklikText

/// Counts of gold labels against predicted labels over `neg`, `neu`, `pos`, and the scores derived
/// from them.
///
/// Predictions of `none` and `non_answer` count as `neu`: an evaluation set only knows three classes.
public struct ConfusionMatrix: Sendable, Hashable {
  /// The classes, in row and column order.
  public static let classes: [SentimentLabel] = [.negative, .neutral, .positive]

  /// `counts[gold][predicted]`, indexed by ``classes``.
  public private(set) var counts: [[Int]] = Array(repeating: [0, 0, 0], count: 3)

  /// An empty matrix.
  public init() {}

  /// The class index of a label, folding `none` and `non_answer` into `neu`.
  static func index(of label: SentimentLabel) -> Int {
    switch label {
    case .negative: 0
    case .positive: 2
    case .neutral, .none, .nonAnswer: 1
    }
  }

  /// Counts one pair.
  public mutating func add(gold: SentimentLabel, predicted: SentimentLabel) {
    counts[Self.index(of: gold)][Self.index(of: predicted)] += 1
  }

  /// How many pairs were counted.
  public var total: Int { counts.joined().reduce(0, +) }

  /// The share of pairs where prediction equals gold.
  public var accuracy: Double {
    total == 0 ? 0 : Double((0..<3).map { counts[$0][$0] }.reduce(0, +)) / Double(total)
  }

  /// F1 of one class (0 when it is never gold nor predicted).
  public func f1(_ label: SentimentLabel) -> Double {
    let index = Self.index(of: label)
    let truePositives = Double(counts[index][index])
    let predicted = Double((0..<3).map { counts[$0][index] }.reduce(0, +))
    let gold = Double(counts[index].reduce(0, +))
    guard predicted + gold > 0 else { return 0 }
    return 2 * truePositives / (predicted + gold)
  }

  /// The mean F1 of the classes that occur in the gold labels.
  public var macroF1: Double {
    let present = (0..<3).filter { counts[$0].reduce(0, +) > 0 }
    guard !present.isEmpty else { return 0 }
    return present.map { f1(Self.classes[$0]) }.reduce(0, +) / Double(present.count)
  }

  /// The mean F1 of `pos` and `neg` only (the SentiRuEval convention for texts about companies).
  public var polarF1: Double { (f1(.positive) + f1(.negative)) / 2 }
}
