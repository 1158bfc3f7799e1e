import Foundation

/// Pearson's chi-square test of independence on a contingency table, with adjusted standardised
/// residuals per cell.
///
/// For a table of observed counts O (rows × columns, grand total N, row totals R, column totals C):
/// expected E = R·C/N; statistic χ² = Σ (O−E)²/E over cells with E > 0; degrees of freedom
/// (r−1)(c−1) over rows and columns with a non-zero total; p = P(χ²_df ≥ χ²), the upper regularised
/// incomplete gamma Q(df/2, χ²/2). A cell's adjusted standardised residual
/// z = (O−E) / √(E·(1−R/N)·(1−C/N)) is approximately standard normal under independence, so
/// |z| > 1.96 marks a cell that differs at the two-sided 5 % level (Agresti, *Categorical Data
/// Analysis*, §2.4.5).
public struct ChiSquareTest: Sendable, Hashable {
  /// The χ² statistic.
  public var statistic: Double
  /// Degrees of freedom.
  public var degreesOfFreedom: Int
  /// The p-value, P(χ²_df ≥ statistic).
  public var pValue: Double
  /// Expected counts, same shape as the table.
  public var expected: [[Double]]
  /// Adjusted standardised residuals, same shape as the table (0 where undefined).
  public var residuals: [[Double]]

  /// Tests `table` (rows of counts, all rows the same length), or returns `nil` when fewer than two
  /// rows or two columns have a non-zero total.
  public init?(table: [[Int]]) {
    guard let width = table.first?.count, table.allSatisfy({ $0.count == width }) else {
      return nil
    }
    let rowTotals = table.map { Double($0.reduce(0, +)) }
    let columnTotals = (0..<width).map { column in Double(table.reduce(0) { $0 + $1[column] }) }
    let total = rowTotals.reduce(0, +)
    let rows = rowTotals.filter { $0 > 0 }.count
    let columns = columnTotals.filter { $0 > 0 }.count
    guard total > 0, rows >= 2, columns >= 2 else { return nil }
    var statistic = 0.0
    var expected = table.map { $0.map { _ in 0.0 } }
    var residuals = expected
    for (r, row) in table.enumerated() {
      for (c, observed) in row.enumerated() {
        let e = rowTotals[r] * columnTotals[c] / total
        expected[r][c] = e
        guard e > 0 else { continue }
        let difference = Double(observed) - e
        statistic += difference * difference / e
        let variance = e * (1 - rowTotals[r] / total) * (1 - columnTotals[c] / total)
        residuals[r][c] = variance > 0 ? difference / variance.squareRoot() : 0
      }
    }
    self.statistic = statistic
    degreesOfFreedom = (rows - 1) * (columns - 1)
    pValue = Self.upperTail(statistic, degreesOfFreedom: degreesOfFreedom)
    self.expected = expected
    self.residuals = residuals
  }

  /// P(χ²_df ≥ x): the upper regularised incomplete gamma Q(df/2, x/2).
  public static func upperTail(_ x: Double, degreesOfFreedom: Int) -> Double {
    guard x > 0, degreesOfFreedom > 0 else { return 1 }
    return regularisedUpperGamma(Double(degreesOfFreedom) / 2, x / 2)
  }

  /// Q(a, x) = Γ(a, x)/Γ(a): a series for x < a + 1, Lentz's continued fraction otherwise.
  static func regularisedUpperGamma(_ a: Double, _ x: Double) -> Double {
    let logPrefix = a * Foundation.log(x) - x - lgamma(a)
    if x < a + 1 {
      var term = 1 / a
      var sum = term
      var n = a
      for _ in 0..<1_000 {
        n += 1
        term *= x / n
        sum += term
        if abs(term) < abs(sum) * 1e-15 { break }
      }
      return max(0, min(1, 1 - sum * exp(logPrefix)))
    }
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1..<1_000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return max(0, min(1, exp(logPrefix) * h))
  }
}
