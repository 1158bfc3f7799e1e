import Testing

@testable import OtklikReport

@Suite struct ConcurrentMapTests {
  struct Failure: Error, Equatable { let index: Int }

  @Test func resultsComeInOrder() {
    let numbers = Array(0..<500)
    #expect(numbers.concurrentMap { $0 * $0 } == numbers.map { $0 * $0 })
    #expect([Int]().concurrentMap { $0 } == [])
    #expect([7].concurrentMap { $0 + 1 } == [8])
  }

  @Test func theFirstErrorByIndexIsRethrown() {
    #expect(throws: Failure(index: 3)) {
      try Array(0..<100).concurrentMap { (index: Int) throws -> Int in
        if index == 3 || index == 90 { throw Failure(index: index) }
        return index
      }
    }
  }
}
