import OtklikReport
import Testing

@Suite struct ChiSquareTestTests {
  /// [[10, 20], [30, 40]]: N 100, rows 30/70, columns 40/60, E = 12, 18, 28, 42.
  /// χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.7937; cell (0,0) residual −2/√(12·0.7·0.6) = −0.8909.
  @Test func handComputedTable() throws {
    let test = try #require(ChiSquareTest(table: [[10, 20], [30, 40]]))
    #expect(abs(test.statistic - 0.793651) < 1e-5)
    #expect(test.degreesOfFreedom == 1)
    #expect(test.expected == [[12, 18], [28, 42]])
    #expect(abs(test.residuals[0][0] + 0.890871) < 1e-5)
    #expect(abs(test.pValue - 0.373) < 1e-3)
    #expect(test.pValue > 0.05)
  }

  /// [[30, 10], [10, 30]]: E = 20 everywhere, χ² = 20, residual 10/√5 = 4.472, p ≈ 7.74e-6.
  @Test func strongAssociation() throws {
    let test = try #require(ChiSquareTest(table: [[30, 10], [10, 30]]))
    #expect(test.statistic == 20)
    #expect(abs(test.residuals[0][0] - 4.472136) < 1e-5)
    #expect(abs(test.residuals[0][1] + 4.472136) < 1e-5)
    #expect(abs(test.pValue - 7.744e-6) < 1e-8)
  }

  /// Critical values at 5 %: 3.841 (df 1), 5.991 (df 2), 18.307 (df 10).
  @Test(arguments: [(3.841459, 1), (5.991465, 2), (18.307038, 10)])
  func criticalValuesGiveFivePercent(x: Double, df: Int) {
    #expect(abs(ChiSquareTest.upperTail(x, degreesOfFreedom: df) - 0.05) < 1e-5)
  }

  @Test func degenerateTablesAreNotTested() {
    #expect(ChiSquareTest(table: [[5, 5]]) == nil)
    #expect(ChiSquareTest(table: [[5, 0], [7, 0]]) == nil)
    #expect(ChiSquareTest(table: []) == nil)
  }
}
