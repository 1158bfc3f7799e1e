/// Builds ``CrosstabSummary`` values from a ``SegmentSplit``: picks the groups, runs the tests and
/// marks the cells.
struct CrosstabBuilder: Sendable {
  /// The thresholds in force.
  var thresholds: ReportThresholds

  /// The crosstab of `split` over `options` (in display order), or `nil` when fewer than two segment
  /// values answered. `perOption` chooses one 2 × c test per row instead of one r × c test.
  func crosstab(
    segment: String, split: SegmentSplit, options: [String], labels: [String: String] = [:],
    perOption: Bool
  ) -> CrosstabSummary? {
    let totals = split.totals
    let allGroups = totals.rankedKeys
    guard allGroups.count >= 2 else { return nil }
    let kept = Array(allGroups.prefix(thresholds.maxSegmentValues))
    let groups = kept.map {
      CrosstabSummary.Group(
        value: $0, n: totals[$0], isSmall: totals[$0] < thresholds.minSegment)
    }
    let table = options.map { option in
      kept.map { split.cells[SegmentSplit.Cell(segment: $0, option: option)] }
    }
    var rows: [CrosstabSummary.Row] = []
    var result: CrosstabSummary.TestResult?
    if perOption {
      for (index, option) in options.enumerated() {
        let chose = table[index]
        let rest = zip(groups, chose).map { $0.n - $1 }
        let test = ChiSquareTest(table: [chose, rest])
        let rowResult = test.map { self.result(of: $0, cellsChecked: [0, 1]) }
        rows.append(
          row(
            option: option, label: labels[option], counts: chose, groups: groups, test: test,
            testRow: 0, isSignificant: rowResult?.isSignificant ?? false, result: rowResult))
      }
    } else {
      let test = ChiSquareTest(table: table)
      result = test.map { self.result(of: $0, cellsChecked: Array(options.indices)) }
      for (index, option) in options.enumerated() {
        rows.append(
          row(
            option: option, label: labels[option], counts: table[index], groups: groups,
            test: test, testRow: index, isSignificant: result?.isSignificant ?? false, result: nil))
      }
    }
    return CrosstabSummary(
      segment: segment, test: perOption ? "chi_square_per_option" : "chi_square_independence",
      groups: groups, omittedGroups: allGroups.count - kept.count, result: result, rows: rows)
  }

  private func result(of test: ChiSquareTest, cellsChecked rows: [Int])
    -> CrosstabSummary.TestResult
  {
    let cells = rows.flatMap { test.expected[$0] }
    let small = cells.filter { $0 < thresholds.minExpected }.count
    return CrosstabSummary.TestResult(
      statistic: SummaryMath.round(test.statistic, 3), degreesOfFreedom: test.degreesOfFreedom,
      pValue: SummaryMath.round(test.pValue, 6), isSignificant: test.pValue < thresholds.alpha,
      smallExpectedShare: SummaryMath.share(small, cells.count))
  }

  private func row(
    option: String, label: String?, counts: [Int], groups: [CrosstabSummary.Group],
    test: ChiSquareTest?, testRow: Int, isSignificant: Bool, result: CrosstabSummary.TestResult?
  ) -> CrosstabSummary.Row {
    var cells: [CrosstabSummary.Cell] = []
    for (column, group) in groups.enumerated() {
      let expected = test?.expected[testRow][column] ?? 0
      let residual = test?.residuals[testRow][column] ?? 0
      let isSmall = group.isSmall || expected < thresholds.minExpected
      var mark: String?
      if isSignificant, !isSmall, abs(residual) > thresholds.residualZ {
        mark = residual > 0 ? "above" : "below"
      }
      cells.append(
        CrosstabSummary.Cell(
          count: counts[column], share: SummaryMath.share(counts[column], group.n),
          expected: SummaryMath.round(expected, 2), residual: SummaryMath.round(residual, 2),
          mark: mark, isSmall: isSmall))
    }
    return CrosstabSummary.Row(
      option: option, label: label, count: counts.reduce(0, +), cells: cells, result: result)
  }
}
