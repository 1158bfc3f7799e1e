public import OtklikText

/// `otklik eval`: runs the analyser over a labelled CSV and scores it against the gold labels.
public struct Evaluator: Sendable {
  /// The result over one file.
  public struct Report: Sendable, Hashable {
    /// The file evaluated.
    public var path: String
    /// The confusion matrix.
    public var matrix: ConfusionMatrix
    /// Rows whose gold label is not `neg`, `neu` or `pos` (skipped).
    public var skipped: Int
    /// How often each predicted label (before folding into three classes) occurred.
    public var predicted: [SentimentLabel: Int]
    /// The thresholds in use.
    public var positiveThreshold: Double
    /// The thresholds in use.
    public var negativeThreshold: Double

    /// The report as the command prints it.
    public var text: String {
      let m = matrix
      var lines = [
        "file: \(path)",
        "rows: \(m.total)"
          + (skipped > 0 ? " (skipped \(skipped) without a neg/neu/pos label)" : ""),
        "accuracy: \(Self.fixed(m.accuracy))  macro-F1: \(Self.fixed(m.macroF1))  F1(pos,neg): \(Self.fixed(m.polarF1))",
        "F1 by class: neg \(Self.fixed(m.f1(.negative)))  neu \(Self.fixed(m.f1(.neutral)))  pos \(Self.fixed(m.f1(.positive)))",
        "confusion (rows gold, columns predicted):",
        "        " + ConfusionMatrix.classes.map { Self.pad($0.rawValue) }.joined(),
      ]
      for (row, gold) in ConfusionMatrix.classes.enumerated() {
        lines.append(
          "  " + gold.rawValue.padding(6) + m.counts[row].map { Self.pad(String($0)) }.joined())
      }
      let raw = SentimentLabel.allCases.map { "\($0.rawValue) \(predicted[$0, default: 0])" }
        .joined(separator: ", ")
      lines.append("predicted labels: \(raw) (none and non_answer count as neu)")
      lines.append("thresholds: pos >= \(positiveThreshold), neg <= -\(negativeThreshold)")
      return lines.joined(separator: "\n") + "\n"
    }

    private static func fixed(_ value: Double) -> String {
      let scaled = Int((value * 1000).rounded())
      let digits = String(scaled % 1000)
      return "\(scaled / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    private static func pad(_ text: String) -> String {
      String(repeating: " ", count: max(0, 7 - text.count)) + text
    }
  }

  /// The analyser under test.
  public var analyzer: TextAnalyzer

  /// Creates an evaluator.
  public init(analyzer: TextAnalyzer) {
    self.analyzer = analyzer
  }

  /// Evaluates `path`, reading texts from `textColumn` and gold labels (`neg`/`neu`/`pos`, also
  /// `negative`/`neutral`/`positive`) from `labelColumn`.
  public func evaluate(path: String, textColumn: String, labelColumn: String) throws(AnalysisError)
    -> Report
  {
    let table = try LabelledCSV(path: path, columns: [textColumn, labelColumn])
    var matrix = ConfusionMatrix()
    var skipped = 0
    var predicted: [SentimentLabel: Int] = [:]
    while let fields = try table.next() {
      guard let gold = Self.goldLabel(fields[1]) else {
        skipped += 1
        continue
      }
      let label = analyzer.analyze(fields[0]).label
      predicted[label, default: 0] += 1
      matrix.add(gold: gold, predicted: label)
    }
    return Report(
      path: path, matrix: matrix, skipped: skipped, predicted: predicted,
      positiveThreshold: analyzer.settings.positiveThreshold,
      negativeThreshold: analyzer.settings.negativeThreshold)
  }

  /// Reads a gold label.
  static func goldLabel(_ text: String) -> SentimentLabel? {
    switch text.lowercased().filter({ !$0.isWhitespace }) {
    case "neg", "negative", "-1": .negative
    case "neu", "neutral", "0": .neutral
    case "pos", "positive", "1": .positive
    default: nil
    }
  }
}

extension String {
  /// The string padded with spaces on the right to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}
